"""Index credentials: where they come from, and keeping them out of output and of subprocesses that need none.

They come from ``TWINE_USERNAME`` / ``TWINE_PASSWORD``, then from the index URL's userinfo,
then from keyring (as twine looks them up). :class:`Console` prints every line with them,
in every form they could take (URL-quoted, in a basic ``Authorization`` header), replaced by ``***``.
"""

from __future__ import annotations

import base64
import importlib
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, quote_plus, unquote, urlunsplit

from scripts.infra.urls import check_url, masked

INDEX_URL_VARIABLE = "PURETALK_INDEX_URL"
CREDENTIAL_VARIABLES = ("TWINE_USERNAME", "TWINE_PASSWORD")
MASK = "***"
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


@dataclass(frozen=True)
class Credentials:
    """Index credentials; ``repr`` never shows the password."""

    username: str | None = None
    password: str | None = field(default=None, repr=False)
    raw: tuple[str, ...] = field(default=(), repr=False)
    """The forms the URL carried them in (percent-encoded as the user wrote them)."""

    def secrets(self) -> list[str]:
        """Return every form in which these credentials could appear in output, longest first."""
        forms: set[str] = set()
        values = [self.password or ""]
        if self.username and len(self.username) >= 3:  # masking "a" everywhere would garble every message
            values.append(self.username)
        for value in filter(None, values):
            forms.update({value, quote(value, safe=""), quote_plus(value)})
        forms.update(filter(None, self.raw))
        forms.update({_ESCAPE.sub(lambda match: match.group().lower(), form) for form in forms})
        if self.username and self.password:
            forms.add(base64.b64encode(f"{self.username}:{self.password}".encode()).decode())
        return sorted(forms, key=len, reverse=True)

    def authorization(self) -> str | None:
        """Return the HTTP basic ``Authorization`` header value, when both parts are known."""
        if self.username is None or self.password is None:
            return None
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return f"Basic {token}"


@dataclass(frozen=True)
class Console:
    """Print progress and errors with every credential masked."""

    credentials: tuple[Credentials, ...] = ()

    def scrub(self, text: str) -> str:
        """Replace URL userinfo and every form of the credentials by ``***``."""
        text = masked(text)
        secrets = {secret for credentials in self.credentials for secret in credentials.secrets()}
        for secret in sorted(secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        return text

    def say(self, message: str) -> None:
        """Print a progress line to stdout."""
        print(self.scrub(message), flush=True)

    def warn(self, message: str) -> None:
        """Print a warning to stderr."""
        print(self.scrub(f"warning: {message}"), file=sys.stderr, flush=True)

    def error(self, message: str) -> None:
        """Print an error to stderr."""
        print(self.scrub(f"error: {message}"), file=sys.stderr, flush=True)


def split_userinfo(url: str) -> tuple[str, Credentials]:
    """Return ``url`` without ``user:password@`` and the credentials it carried.

    :class:`scripts.infra.urls.URLError` (one line, credentials masked) when it is not a valid URL.
    """
    parts = check_url(url, "the index URL")
    if parts.username is None and parts.password is None:
        return url, Credentials()
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    username = unquote(parts.username) if parts.username is not None else None
    password = unquote(parts.password) if parts.password is not None else None
    raw = tuple(value for value in (parts.password, parts.username) if value and len(value) >= 3)
    return bare, Credentials(username, password, raw)


def environment_credentials(environ: Mapping[str, str], url_credentials: Credentials) -> Credentials:
    """Read TWINE_USERNAME / TWINE_PASSWORD, falling back to the ones in the URL."""
    username = environ.get("TWINE_USERNAME") or url_credentials.username
    password = environ.get("TWINE_PASSWORD") or url_credentials.password
    return Credentials(username, password)


def keyring_credentials(url: str, credentials: Credentials) -> Credentials:
    """Complete missing credentials from keyring, as twine does (the service is the upload URL)."""
    if credentials.password is not None:
        return credentials
    try:
        keyring = importlib.import_module("keyring")
        found = keyring.get_credential(url, credentials.username)
    except Exception:  # no keyring installed, or no usable backend: go on without
        return credentials
    if found is None:
        return credentials
    username = found.username or credentials.username
    return Credentials(None if username is None else str(username), str(found.password))


def clean_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """Return ``environ`` without credentials or the index URL, for subprocesses that need neither."""
    dropped = {*CREDENTIAL_VARIABLES, INDEX_URL_VARIABLE, "TWINE_REPOSITORY_URL"}
    return {name: value for name, value in environ.items() if name not in dropped}
