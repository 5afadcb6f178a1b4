"""Replace openapi.yaml with a new upstream spec, then regenerate.

SOURCE is a local file, the URL of an OpenAPI document (YAML or JSON), or the URL of
Puretalk's docs index (``llms.txt``: a Markdown list of page links). Each API page of
that site carries an OpenAPI fragment in a yaml code block; pages without one are
skipped, and the fragments are merged: paths united, identical components kept once,
conflicting ones reported by name and the merge refused.

openapi.yaml is replaced only when the new spec validates and the overlay still
applies; then ``generate`` runs (and puts openapi.yaml back if it fails). Any failure
exits non-zero naming its cause, with openapi.yaml and generated/ untouched.

With ``--bump``, the version in pyproject.toml is then raised to the one the change
report proposes (the lowest the recorded API changes allow), when it is below it, and
the changes are written into that version's section of CHANGELOG.md (:mod:`scripts.changes.changelog`).

Pages are hostile: their yaml blocks and their links are found by scanners that look at each
character a bounded number of times (:func:`yaml_blocks`, :func:`link_targets`), and the work on
what was downloaded checks the run's deadline between steps. A source URL with credentials is
refused (:func:`refuse_credentials`), and every URL shown or written goes through
:func:`scripts.infra.urls.masked`.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from scripts.changes.journal import UPDATE_JOURNAL, read_journal, remove_journal, write_journal
from scripts.changes.versioning import PYPROJECT, VersionError
from scripts.changes.versioning import with_version as _with_version
from scripts.commands.generate import base_of, generate, made_from, recover_state, validate
from scripts.generation.overlay import OverlayError, apply_overlay
from scripts.generation.spec_guard import check_local_refs, check_names, check_openapi, check_refs
from scripts.infra.atomic import discard_temporaries, signals_deferred, write_atomic
from scripts.infra.fetching import (
    Deadline,
    Fetcher,
    FetchError,
    Limits,
    Origin,
    add_limit_options,
    limits_from,
    run_fetches,
)
from scripts.infra.project import FIX_COMMAND, OVERLAY, ROOT, SPEC, PipelineError, exit_now, shown
from scripts.infra.run_lock import run_lock
from scripts.infra.urls import has_userinfo, masked
from scripts.infra.yaml_io import (
    Document,
    DocumentError,
    decode_utf8,
    dump_yaml,
    load_document,
    parse_document,
    read_capped,
)

FENCE_OPENING = re.compile(r"^(`{3,}|~{3,})[ \t]*ya?ml\b[^\n]*\n", re.MULTILINE)
"""The first line of a yaml code block: a fence of three or more backticks or tildes, then ``yaml`` or ``yml``."""
FENCE_CLOSING = re.compile(r"^(`{3,}|~{3,})[ \t]*\r?$", re.MULTILINE)
"""A line that is a fence and nothing else: it closes a block opened by exactly the same fence."""
LINK = re.compile(r"\[[^\[\]]*+\]\(\s*+(?:<(?=[^)\s>]))?([^)\s>]++)")
"""The start of a Markdown link ``[text](target``, from the last ``[`` before its ``]``; possessive, so linear."""
_NO_CLOSING: array[int] = array("q")
CHECK_EVERY = 1024
"""How many links are looked at between two checks of the deadline."""
SPEC_START = re.compile(r"""["']?(?:openapi|swagger)["']?[ \t]*:""")
MERGED_KEYS = ("paths", "components", "tags")
INTERRUPTED = 130
"""Exit status after Ctrl-C (128 + SIGINT, as a shell reports it)."""
DOCS_LIMITS = Limits(page_bytes=16 * 2**20, total_bytes=64 * 2**20, pages=500, deadline=300.0)
"""What one update-spec run reads at most, unless its options say otherwise (see docs/pipeline.md)."""


class SourceError(PipelineError):
    """The source could not be read, or does not hold a usable spec; the message names the cause, URLs masked."""

    def __init__(self, message: str) -> None:
        super().__init__(masked(message))


@dataclass(frozen=True)
class Loaded:
    """A spec as it will be written: the parsed document and the text for openapi.yaml."""

    document: Document
    text: str
    origin: str


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


async def fetch(url: str, fetcher: Fetcher) -> str:
    """GET ``url`` as text; raise :class:`SourceError` naming the URL on any refusal, failure or non-200 answer."""
    try:
        page = await fetcher.get(url)
        if page.redirect is not None:
            target = shown(masked(page.redirect))  # masked before it is cut: a cut could drop the "@"
            raise SourceError(f"{url}: redirected to {target}, off {fetcher.origin}: not followed")
        if page.status != 200:
            raise SourceError(f"{url}: HTTP {page.status}")
        return page.text()
    except FetchError as error:
        raise SourceError(str(error)) from None


def _is_openapi(document: Any) -> bool:
    return isinstance(document, Mapping) and "openapi" in document and "paths" in document


def _meant_as_spec(text: str) -> bool:
    """Whether ``text`` begins like an OpenAPI or Swagger document (then it is refused, not skipped, if broken)."""
    for line in text[:4096].splitlines():
        start = line.strip()
        if start and not start.startswith("#") and start != "---":
            return SPEC_START.match(start) is not None or (
                start.startswith("{") and ('"openapi"' in text[:4096] or '"swagger"' in text[:4096])
            )
    return False


def _spec_document(text: str, origin: str) -> Document | None:
    """Parse ``text`` into the spec it is, refused (naming ``origin``) if broken, hostile or Swagger 2.0.

    ``None`` when it is not a spec: then a text that does not even parse is no error.
    """
    meant = _meant_as_spec(text)
    try:
        document = parse_document(text, origin)
    except DocumentError:
        if meant:
            raise
        return None
    if not (meant or _is_openapi(document) or (isinstance(document, Mapping) and "swagger" in document)):
        return None
    check_openapi(document, origin)
    check_local_refs(document, origin)
    if not _is_openapi(document):
        raise SourceError(f"{origin}: an OpenAPI document without paths")
    return document


def yaml_blocks(markdown: str) -> Iterator[str]:
    """Yield the text of each yaml code block of a Markdown page, in order, in time linear in the page.

    A block opens on a line that starts with a fence (three or more backticks or tildes) followed
    by ``yaml`` or ``yml``, and closes at the next line that is exactly the same fence (trailing
    spaces allowed); lines in between that look like fences are its text. An opening that nothing
    closes is no block, and the lines after it are read as usual. The closing lines are listed
    once, by fence, and each block's end found among them by binary search; the openings inside
    a block are passed over by the regular expression engine: each line is looked at a bounded
    number of times, whatever the page (a page of unclosed fences is as quick as any other).
    """
    first = FENCE_OPENING.search(markdown)
    if first is None or FENCE_CLOSING.search(markdown, first.end()) is None:
        return
    closings: defaultdict[str, array[int]] = defaultdict(lambda: array("q"))  # by fence: where its closings start
    for closing in FENCE_CLOSING.finditer(markdown, first.end()):
        closings[closing.group(1)].append(closing.start())
    resume = first.start()
    while resume >= 0:
        for opening in FENCE_OPENING.finditer(markdown, resume):
            ends = closings.get(opening.group(1), _NO_CLOSING)
            found = bisect_left(ends, opening.end())
            if found < len(ends):
                yield markdown[opening.end() : ends[found]]
                resume = ends[found] + 1  # the lines inside are the block's text: look past them
                break
        else:
            resume = -1


def link_targets(markdown: str) -> Iterator[str]:
    """Yield the target of each Markdown link ``[text](target ...)`` of a page, in order, in linear time.

    A link is a ``[``, text without ``]``, ``](``, optional whitespace, the target (up to whitespace,
    ``)`` or ``>``, between optional angle brackets), then anything up to the next ``)``. Each
    character is looked at a bounded number of times: a ``[`` or ``(`` that nothing closes costs
    nothing more than the text after it, and the search stops at once when no ``)`` is left.
    """
    last_parenthesis = markdown.rfind(")")
    position = 0
    while (link := LINK.search(markdown, position)) is not None:
        if link.end(1) > last_parenthesis:  # no ")" after this target, nor after any later one
            return
        yield link.group(1)
        position = markdown.find(")", link.end(1)) + 1


def fragments(markdown: str, origin: str, checkpoint: Callable[[], None] | None = None) -> list[Document]:
    """Find the OpenAPI fragments in the yaml code blocks of a Markdown page.

    A block that is (or begins like) a spec is read under every guard and refused if broken;
    other yaml blocks (configuration examples and the like) are skipped. ``checkpoint`` is called
    before each block is parsed (the run's deadline).
    """
    found: list[Document] = []
    for block in yaml_blocks(markdown):
        if checkpoint is not None:
            checkpoint()
        document = _spec_document(block, origin)
        if document is not None:
            found.append(document)
    return found


def links(
    markdown: str, base: str, origin: Origin, checkpoint: Callable[[], None] | None = None
) -> tuple[list[str], int]:
    """List the links of a Markdown index on ``origin``, absolute, in order, each once; and how many others it has.

    A link that carries credentials (``user:password@``) is not read, and counted with the others.
    ``checkpoint`` is called every :data:`CHECK_EVERY` links (the run's deadline).
    """
    seen: dict[str, None] = {}
    targets: set[str] = set()
    elsewhere = 0
    for number, target in enumerate(link_targets(markdown)):
        if checkpoint is not None and number % CHECK_EVERY == 0:
            checkpoint()
        if target in targets:
            continue
        targets.add(target)
        try:
            url = urljoin(base, target).split("#", 1)[0]
        except ValueError:  # "http://[::1": not a URL; counted with the links not read
            elsewhere += 1
            continue
        if not _is_url(url):
            continue
        if has_userinfo(url):
            elsewhere += 1
            continue
        try:
            same = Origin.of(url) == origin
        except FetchError:
            same = False
        if same:
            seen.setdefault(url, None)
        else:
            elsewhere += 1
    return list(seen), elsewhere


def _sections(document: Mapping[str, Any], key: str, origin: str) -> Mapping[str, Mapping[str, Any]]:
    """Return ``document[key]`` when it is a mapping of mappings (``paths``, ``components``), else refuse it."""
    value = document.get(key, {})
    if not isinstance(value, Mapping) or not all(isinstance(entry, Mapping) for entry in value.values()):
        raise SourceError(f"{origin}: '{key}' is not a mapping of mappings")
    return value


def merge(pieces: list[tuple[str, Document]]) -> Document:
    """Merge OpenAPI fragments; raise :class:`SourceError` listing every conflict by name."""
    merged: dict[str, Any] = {}
    owner: dict[str, str] = {}
    conflicts: list[str] = []

    def put(target: dict[str, Any], key: str, value: Any, name: str, origin: str) -> None:
        if key not in target:
            target[key] = value
            owner[name] = origin
        elif target[key] != value:
            conflicts.append(f"{name} (in {owner[name]} and {origin})")

    for origin, document in pieces:
        for key, value in document.items():
            if key not in MERGED_KEYS:
                put(merged, key, value, key, origin)
        for path, item in _sections(document, "paths", origin).items():
            path_item = merged.setdefault("paths", {}).setdefault(path, {})
            for key, value in item.items():
                put(path_item, key, value, f"paths.{path}.{key}", origin)
        for section, entries in _sections(document, "components", origin).items():
            target = merged.setdefault("components", {}).setdefault(section, {})
            for name, value in entries.items():
                put(target, name, value, f"components.{section}.{name}", origin)
        tags = document.get("tags", [])
        if not isinstance(tags, list):
            raise SourceError(f"{origin}: 'tags' is not a list")
        for tag in tags:
            tags = merged.setdefault("tags", [])
            if tag not in tags:
                tags.append(tag)
    if conflicts:
        raise SourceError("conflicting definitions, merge refused:\n  " + "\n  ".join(conflicts))
    merged.setdefault("paths", {})
    return merged


def _from_text(text: str, source: str, checkpoint: Callable[[], None]) -> Loaded | None:
    """Read ``text`` as a spec, or as a page whose fragments merge into one; ``None`` when it is neither."""
    document = _spec_document(text, source)
    if document is not None:
        return Loaded(document, text if text.endswith("\n") else text + "\n", source)
    own = fragments(text, source, checkpoint)
    if own:
        merged = merge([(source, fragment) for fragment in own])
        return Loaded(merged, _merged_text(merged, source, 1), source)
    return None


async def _load_url(source: str, fetcher: Fetcher) -> Loaded:
    text = await fetch(source, fetcher)
    loaded = _from_text(text, source, fetcher.check_deadline)
    if loaded is not None:
        return loaded
    pages, elsewhere = links(text, source, fetcher.origin, fetcher.check_deadline)
    if not pages:
        raise SourceError(f"{source}: neither an OpenAPI document nor a page or index holding OpenAPI fragments")
    if len(pages) >= fetcher.limits.pages:
        raise SourceError(
            f"{source}: links {len(pages)} pages, more than the cap of {fetcher.limits.pages} allows (--max-pages)"
        )
    if elsewhere:
        print(masked(f"{source}: {elsewhere} link(s) off {fetcher.origin} not read"))
    pieces = [
        (page, fragment)
        for page in pages
        for fragment in fragments(await fetch(page, fetcher), page, fetcher.check_deadline)
    ]
    fetcher.check_deadline()
    if not pieces:
        raise SourceError(f"{source}: none of the {len(pages)} pages it links holds an OpenAPI fragment")
    merged = merge(pieces)
    return Loaded(merged, _merged_text(merged, source, len({page for page, _ in pieces})), source)


def load(source: str, limits: Limits = DOCS_LIMITS) -> Loaded:
    """Read SOURCE (file, OpenAPI URL, or docs index URL) into the spec to write, under ``limits``.

    A URL must be https (plain http only to localhost), carry no credentials, and every page it
    links is read from its origin only. A local file is a spec or a page with fragments, never an
    index of links. Reading what came (a local file's too) stops at the deadline of ``limits``.
    """
    if _is_url(source):
        refuse_credentials(source)
        try:
            return run_fetches(source, limits, lambda fetcher: _load_url(source, fetcher), accept="text/*, */*")
        except FetchError as error:
            raise SourceError(str(error)) from None
    deadline = Deadline(limits.deadline)
    text = decode_utf8(read_capped(Path(source), source, limits.page_bytes), source)
    try:
        loaded = _from_text(text, source, lambda: deadline.check(source))
    except FetchError as error:
        raise SourceError(str(error)) from None
    if loaded is None:
        raise SourceError(
            f"{source}: neither an OpenAPI document nor a page holding OpenAPI fragments "
            "(an index of links is read from its URL, so that its pages stay on its origin)"
        )
    return loaded


def refuse_credentials(source: str) -> None:
    """Refuse, in one line with the URL masked, a source URL that carries credentials (``user:password@``).

    update-spec sends no credentials: one in the URL would be sent with every request, and the URL
    is shown in its messages, written into openapi.yaml's first line and into the spec watch's pull
    request. A docs site that needs them is out of reach; serve the spec or its pages where it needs none.
    """
    if has_userinfo(source):
        raise SourceError(
            f"{source}: a source URL with credentials (user:password@) is refused: update-spec sends none, "
            "and the URL is written into openapi.yaml and the pull request; use a URL that needs none"
        )


def _merged_text(document: Document, source: str, pages: int) -> str:
    header = f"# Merged by `nox -s update-spec` from {pages} page(s) of {masked(source)}\n"
    return header + dump_yaml(document)


def check_usable(loaded: Loaded, root: Path) -> None:
    """Refuse a spec with a non-local, dangling or cyclic ``$ref``, an invalid one, or one the overlay does not fit."""
    document = loaded.document
    try:
        check_openapi(document, loaded.origin)
        check_refs(document, loaded.origin)
    except DocumentError as error:
        raise SourceError(str(error)) from error
    try:
        validate(document, f"the new spec ({loaded.origin})")
    except PipelineError as error:
        raise SourceError(str(error)) from error
    try:
        resolved = apply_overlay(document, load_document(root / OVERLAY, OVERLAY), base=base_of(root).resolved)
    except OverlayError as error:
        raise SourceError(f"{OVERLAY} no longer applies to the new spec: {error}") from error
    try:
        check_names(resolved, f"the new spec ({loaded.origin}, after the overlay)")
    except DocumentError as error:
        raise SourceError(str(error)) from error


def with_version(pyproject: str, version: str) -> str:
    """Return pyproject.toml's text with its ``[project]`` version set to ``version``.

    See :mod:`scripts.changes.versioning`.
    """
    try:
        return _with_version(pyproject, version)
    except VersionError as error:
        raise SourceError(str(error)) from error


def update_spec(source: str, root: Path = ROOT, *, bump: bool = False, limits: Limits = DOCS_LIMITS) -> None:
    """Load SOURCE, check it, write openapi.yaml and regenerate; restore openapi.yaml if generation fails.

    With ``bump``, then raise the version in pyproject.toml to the one the change report proposes.
    It runs under the checkout's lock (:mod:`scripts.infra.run_lock`): a second run waits for it.
    """
    with run_lock(root, "update-spec"):
        _update_spec(source, root, bump=bump, limits=limits)


def _update_spec(source: str, root: Path, *, bump: bool, limits: Limits) -> None:
    """Do :func:`update_spec`'s work under the lock.

    The journal (:mod:`scripts.changes.journal`) is written before openapi.yaml, with ``--bump`` in it. Up to the
    swap of generated/ a failure or an interrupt puts the old spec back and drops the journal; from the
    swap on, the new spec and the new tree are in place together and stay: the journal is then dropped
    only by the ``generate`` that finishes the update (applying ``--bump``), this run's or the next one.
    """
    recover_state(root)  # the package and the state: a kill may have cut either swap
    spec_path = root / SPEC
    discard_temporaries(spec_path)
    if bump:  # refuse before anything is written, not after
        with_version((root / PYPROJECT).read_text(encoding="utf-8"), "0.0.0")
    loaded = load(source, limits)
    check_usable(loaded, root)
    previous = read_capped(spec_path, SPEC)
    new = loaded.text.encode("utf-8")
    digest = hashlib.sha256(new).hexdigest()
    try:
        write_journal(root, UPDATE_JOURNAL, {"source": masked(source), "spec_sha256": digest, "bump": bump})
        write_atomic(spec_path, new)
        generate(root)  # its last step applies --bump and drops the journal (scripts.changes.versioning.finish_update)
    except BaseException:
        with signals_deferred():  # a second Ctrl-C does not cut the restore short
            if made_from(root) != digest:  # the swap has not happened: back to the old spec, as if never run
                write_atomic(spec_path, previous)
                remove_journal(root, UPDATE_JOURNAL)
        raise


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m scripts.commands.update_spec SOURCE``."""
    parser = argparse.ArgumentParser(prog="nox -s update-spec --", description=__doc__.splitlines()[0])
    parser.add_argument("source", help="a file, the URL of an OpenAPI document, or the URL of the docs' llms.txt")
    parser.add_argument(
        "--bump", action="store_true", help="then set pyproject.toml's version to the one the change report proposes"
    )
    add_limit_options(parser, DOCS_LIMITS)
    args = parser.parse_args(argv)
    try:
        update_spec(args.source, bump=args.bump, limits=limits_from(args, DOCS_LIMITS))
    except (SourceError, PipelineError, DocumentError) as error:
        print(masked(f"error: {error}"), file=sys.stderr)
        print(_left(ROOT, f"{SPEC} and generated/ were left unchanged."), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_left(ROOT, f"update-spec interrupted; {SPEC} and generated/ agree."), file=sys.stderr)
        return INTERRUPTED
    return 0


def _left(root: Path, otherwise: str) -> str:
    """Say what a run that stopped early left: an update for ``generate`` to finish, or ``otherwise``."""
    if read_journal(root, UPDATE_JOURNAL) is None:
        return otherwise
    return f"update-spec stopped after the swap: {SPEC} and generated/ are the new spec's; finish with `{FIX_COMMAND}`"


if __name__ == "__main__":
    exit_now(main())
