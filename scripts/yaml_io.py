"""Read YAML and JSON documents the way OpenAPI means them, and write them back.

YAML 1.1 resolvers turn ``2021-01-01`` into a ``date`` and ``on`` into ``True``;
OpenAPI documents are JSON data, so the loader here keeps timestamps as strings
and only resolves the JSON-compatible scalar types.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

Document = Any
"""A parsed JSON/YAML document: dicts, lists and scalars."""


class DocumentError(Exception):
    """A file that cannot be read or parsed as YAML/JSON."""


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it (several times faster), else the pure-Python one."""


class _JsonishLoader(_SafeLoader):  # type: ignore[valid-type,misc]  # chosen at import time, both are SafeLoaders
    """SafeLoader without the timestamp resolver (timestamps stay strings)."""


_JsonishLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_document(text: str, source: str = "<string>") -> Document:
    """Parse JSON (with :mod:`json`) or YAML text; raise :class:`DocumentError` naming ``source``."""
    if text.lstrip().startswith(("{", "[")):
        try:
            return json.loads(text)
        except ValueError:
            pass  # YAML flow style also starts so; let the YAML parser say what is wrong
    try:
        return yaml.load(text, Loader=_JsonishLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        raise DocumentError(f"{source}: not valid YAML/JSON: {error}") from error


def load_document(path: Path) -> Document:
    """Read and parse the YAML or JSON file at ``path``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read: {error.strerror}") from error
    return parse_document(text, str(path))


def dump_json(document: Document) -> str:
    """Serialise ``document`` as stable, readable JSON (key order kept, trailing newline)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def dump_yaml(document: Document) -> str:
    """Serialise ``document`` as block-style YAML, keeping key order."""
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
