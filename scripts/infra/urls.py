"""Checking a URL before it is used, and showing one without the credentials it may carry.

Every URL the user gives (``--repository-url``, ``PURETALK_INDEX_URL``, ``--simple-url``, an
update-spec source) and every URL an index page links goes through :func:`check_url`: http(s),
a host, a port from 1 to 65535, no space or control character, and one that httpx (which reads
the pages) accepts too. The authority ends at the first ``/``, ``?`` or ``#`` and the userinfo at
its last ``@``, as httpx, twine (rfc3986) and :func:`urllib.parse.urlsplit` all read it: a
password holding one of ``/?#@`` must be percent-encoded. A refusal is one line and shows the URL
through :func:`masked`, which hides everything between ``://`` and the last ``@``, whatever the
URL's shape, so a password that broke the URL is not shown either.

:func:`masked` is the one rule for secrets in URLs: every URL the pipeline prints, writes or posts
(failure messages, ``::error`` annotations, openapi.yaml's header, the spec-watch pull request, nox's
own command lines) goes through it. It runs in time linear in its text, whatever the text (a docs page
or a change report is hostile), and imports nothing but the standard library at module level, so the
noxfile can use it in nox's own interpreter.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from scripts.infra.project import PipelineError, shown  # the standard library alone, as this module

SCHEMES = ("http", "https")
MASK = "***"
_URL_END = re.compile(r"[\s'\"<>]")
"""Where a URL in a text ends: at whitespace, a quote or an angle bracket."""
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_ENCODE_HINT = "; a password holding / ? # or @ must be percent-encoded (%2F %3F %23 %40), or given in TWINE_PASSWORD"


class URLError(PipelineError, ValueError):
    """A URL that cannot be used; the message is one line and shows no credentials."""


def masked(text: str) -> str:
    """Return ``text`` with the userinfo of every URL in it (up to the last ``@`` of the URL) replaced by ``***``.

    A URL runs from its ``://`` to the next whitespace, quote or angle bracket; everything between
    the first ``://`` of such a stretch and its last ``@`` is hidden, whatever the scheme or the shape
    of what lies between (a password may hold ``/?#@`` unencoded). Each ``://`` is found with
    :meth:`str.find` and its stretch is looked at once: linear time, however hostile the text.
    """
    if "@" not in text or "://" not in text:
        return text
    pieces: list[str] = []
    done = position = 0
    while (scheme_end := text.find("://", position)) >= 0:
        delimiter = _URL_END.search(text, scheme_end)
        end = len(text) if delimiter is None else delimiter.start()
        at = text.rfind("@", scheme_end + 3, end)
        if at >= 0:
            pieces += [text[done : scheme_end + 3], MASK]
            done = at
        position = end
    return "".join([*pieces, text[done:]]) if pieces else text


def has_userinfo(url: str) -> bool:
    """Whether ``url`` carries a ``user:password@`` (or any ``@`` before its host); a URL that does not split counts."""
    try:
        return "@" in urlsplit(url).netloc
    except ValueError:
        return "@" in url


def _refuse(url: str, what: str, reason: str) -> URLError:
    hint, text = "", masked(url)
    if "@" in url:
        hint = _ENCODE_HINT
        if f"{MASK}@" not in text:  # no scheme to mask after: whatever precedes the last @ may be a password
            text = f"{MASK}@{text.rpartition('@')[2]}"
    return URLError(f"{what} {shown(text)} is not a valid URL: {reason}{hint}")


def check_url(url: str, what: str = "the URL") -> SplitResult:
    """Return the parts of ``url``, or raise :class:`URLError` saying in one line (credentials masked) what is wrong."""
    control = _CONTROL.search(url)
    if control is not None:
        raise _refuse(url, what, f"a space or control character at position {control.start()}")
    try:
        parts = urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL": an unbalanced [ or ]
        raise _refuse(url, what, "its host has an unbalanced [ or ]") from None
    if parts.scheme.lower() not in SCHEMES:
        raise _refuse(url, what, "it must start with https:// or http://")
    try:
        port = parts.port
    except ValueError:  # the message would quote the "port", which may be part of a password
        raise _refuse(url, what, "its port is not a number from 1 to 65535") from None
    if not parts.hostname:
        raise _refuse(url, what, "it has no host")
    if port == 0:
        raise _refuse(url, what, "its port is 0")
    import httpx  # imported here: the noxfile imports this module in nox's own interpreter, without httpx

    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise _refuse(url, what, "httpx cannot read it") from None
    return parts
