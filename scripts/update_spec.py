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
report proposes (the lowest the recorded API changes allow), when it is below it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx

from scripts.generate import generate, project_version
from scripts.overlay import OverlayError, apply_overlay
from scripts.project import GENERATED, MANIFEST, OVERLAY, ROOT, SPEC, PipelineError
from scripts.spec_diff import version_key
from scripts.yaml_io import Document, DocumentError, dump_yaml, load_document, parse_document

FENCE = re.compile(r"^(`{3,}|~{3,})[ \t]*ya?ml\b[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)")
MERGED_KEYS = ("paths", "components", "tags")
PYPROJECT = "pyproject.toml"
PROJECT_VERSION = re.compile(
    r'^\[project\][ \t]*$.*?^version[ \t]*=[ \t]*"(?P<version>[^"\n]*)"', re.MULTILINE | re.DOTALL
)


class SourceError(Exception):
    """The source could not be read, or does not hold a usable spec; the message names the cause."""


@dataclass(frozen=True)
class Loaded:
    """A spec as it will be written: the parsed document and the text for openapi.yaml."""

    document: Document
    text: str
    origin: str


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str, client: httpx.Client) -> str:
    """GET ``url`` as text; raise :class:`SourceError` naming the URL on any failure or non-200 answer."""
    try:
        response = client.get(url)
    except httpx.HTTPError as error:
        raise SourceError(f"cannot download {url}: {type(error).__name__}: {error}") from error
    if response.status_code != 200:
        raise SourceError(f"cannot download {url}: HTTP {response.status_code}")
    return response.text


def _is_openapi(document: Any) -> bool:
    return isinstance(document, Mapping) and "openapi" in document and "paths" in document


def fragments(markdown: str, origin: str) -> list[Document]:
    """Find the OpenAPI fragments in the yaml code blocks of a Markdown page."""
    found = []
    for match in FENCE.finditer(markdown):
        try:
            document = parse_document(match.group(2), origin)
        except DocumentError:
            continue
        if _is_openapi(document):
            found.append(document)
    return found


def links(markdown: str, base: str) -> list[str]:
    """List the http(s) links of a Markdown index, absolute, in order, each once."""
    seen: dict[str, None] = {}
    for target in LINK.findall(markdown):
        url = urljoin(base, target).split("#", 1)[0]
        if _is_url(url):
            seen.setdefault(url, None)
    return list(seen)


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
        for path, item in document.get("paths", {}).items():
            path_item = merged.setdefault("paths", {}).setdefault(path, {})
            for key, value in item.items():
                put(path_item, key, value, f"paths.{path}.{key}", origin)
        for section, entries in document.get("components", {}).items():
            target = merged.setdefault("components", {}).setdefault(section, {})
            for name, value in entries.items():
                put(target, name, value, f"components.{section}.{name}", origin)
        for tag in document.get("tags", []):
            tags = merged.setdefault("tags", [])
            if tag not in tags:
                tags.append(tag)
    if conflicts:
        raise SourceError("conflicting definitions, merge refused:\n  " + "\n  ".join(conflicts))
    merged.setdefault("paths", {})
    return merged


def load(source: str, client: httpx.Client) -> Loaded:
    """Read SOURCE (file, OpenAPI URL, or docs index URL) into the spec to write."""
    if _is_url(source):
        text = fetch(source, client)
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as error:
            raise SourceError(f"cannot read {source}: {error.strerror}") from error
    try:
        document = parse_document(text, source)
    except DocumentError:
        document = None
    if _is_openapi(document):
        return Loaded(document, text if text.endswith("\n") else text + "\n", source)
    own = fragments(text, source)
    if own:
        merged = merge([(source, fragment) for fragment in own])
        return Loaded(merged, _merged_text(merged, source, 1), source)
    pages = links(text, source if _is_url(source) else "")
    if not pages:
        raise SourceError(f"{source} is neither an OpenAPI document nor a page or index holding OpenAPI fragments")
    pieces = [(page, fragment) for page in pages for fragment in fragments(fetch(page, client), page)]
    if not pieces:
        raise SourceError(f"none of the {len(pages)} pages linked from {source} holds an OpenAPI fragment")
    merged = merge(pieces)
    return Loaded(merged, _merged_text(merged, source, len({page for page, _ in pieces})), source)


def _merged_text(document: Document, source: str, pages: int) -> str:
    header = f"# Merged by `nox -s update-spec` from {pages} page(s) of {source}\n"
    return header + dump_yaml(document)


def check_usable(document: Document, root: Path) -> None:
    """Refuse a spec that does not validate or to which the overlay no longer applies."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as error:
        path = "/".join(str(part) for part in error.absolute_path) or "<root>"
        raise SourceError(f"the new spec is not a valid OpenAPI document at {path}: {error.message}") from error
    try:
        apply_overlay(document, load_document(root / OVERLAY))
    except OverlayError as error:
        raise SourceError(f"{OVERLAY} no longer applies to the new spec: {error}") from error


def with_version(pyproject: str, version: str) -> str:
    """Return pyproject.toml's text with its ``[project]`` version set to ``version``, nothing else changed."""
    match = PROJECT_VERSION.search(pyproject)
    try:
        expected = tomllib.loads(pyproject)
    except tomllib.TOMLDecodeError as error:
        raise SourceError(f"--bump cannot set the version: {PYPROJECT} is not valid TOML: {error}") from error
    expected.setdefault("project", {})["version"] = version
    if match is not None:
        changed = pyproject[: match.start("version")] + version + pyproject[match.end("version") :]
        if tomllib.loads(changed) == expected:
            return changed
    raise SourceError(
        f'--bump cannot set the version: {PYPROJECT} has no `version = "..."` line in its [project] table'
    )


def bump_version(root: Path = ROOT) -> tuple[str, str]:
    """Raise pyproject.toml's version to the floor recorded by the last generation, if below; return (old, new)."""
    current = project_version(root)
    manifest = json.loads((root / GENERATED / MANIFEST).read_text(encoding="utf-8"))
    floor = str(manifest.get("version_floor", current))
    if version_key(floor) <= version_key(current):
        return current, current
    path = root / PYPROJECT
    path.write_text(with_version(path.read_text(encoding="utf-8"), floor), encoding="utf-8")
    return current, floor


def update_spec(source: str, root: Path = ROOT, *, bump: bool = False) -> None:
    """Load SOURCE, check it, write openapi.yaml and regenerate; restore openapi.yaml if generation fails.

    With ``bump``, then raise the version in pyproject.toml to the one the change report proposes.
    """
    if bump:  # refuse before anything is written, not after
        with_version((root / PYPROJECT).read_text(encoding="utf-8"), "0.0.0")
    with httpx.Client(timeout=httpx.Timeout(30.0, connect=10.0), follow_redirects=True) as client:
        loaded = load(source, client)
    check_usable(loaded.document, root)
    spec_path = root / SPEC
    previous = spec_path.read_bytes()
    spec_path.write_text(loaded.text, encoding="utf-8")
    try:
        generate(root)
    except BaseException:
        spec_path.write_bytes(previous)
        raise
    if bump:
        old, new = bump_version(root)
        print(f"{PYPROJECT}: version {old} -> {new} (--bump)" if new != old else f"{PYPROJECT}: version {old} kept")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m scripts.update_spec SOURCE``."""
    parser = argparse.ArgumentParser(prog="nox -s update-spec --", description=__doc__.splitlines()[0])
    parser.add_argument("source", help="a file, the URL of an OpenAPI document, or the URL of the docs' llms.txt")
    parser.add_argument(
        "--bump", action="store_true", help="then set pyproject.toml's version to the one the change report proposes"
    )
    args = parser.parse_args(argv)
    try:
        update_spec(args.source, bump=args.bump)
    except (SourceError, PipelineError, DocumentError) as error:
        print(f"error: {error}", file=sys.stderr)
        print(f"{SPEC} and generated/ were left unchanged.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
