"""Read YAML and JSON documents the way OpenAPI means them, and write them back.

YAML 1.1 resolvers turn ``2021-01-01`` into a ``date`` and ``on`` into ``True``;
OpenAPI documents are JSON data, so the loader here keeps timestamps as strings
and only constructs the JSON-compatible types (no ``!!binary``, ``!!set``…).

Every document is hostile until read: it is refused, with one line naming the source
and the cause, when it is larger than :data:`MAX_DOCUMENT_BYTES`, not UTF-8, empty,
nested deeper than :data:`MAX_DEPTH`, or uses a YAML alias (``*name``: an alias bomb
expands a few lines into billions of nodes, and a shared node would let an overlay
update one place and change another). The checks run before anything builds the
document, so a refusal is quick and its memory bounded. A string (value or key) holding a
lone surrogate (JSON's ``"\ud800"`` escape: no Unicode text, and no file can hold it) is
refused too, naming where it is, instead of failing later in whatever writes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from scripts.infra.project import PipelineError, format_bytes

Document = Any
"""A parsed JSON/YAML document: dicts, lists and scalars."""

MAX_DOCUMENT_BYTES = 16 * 2**20
"""The largest document read (16 MiB; Puretalk's spec is about 40 KB)."""
MAX_DEPTH = 100
"""The deepest nesting of mappings and lists accepted (openapi.yaml is 13 deep; the validator needs < 200)."""


_SURROGATE = re.compile("[\ud800-\udfff]")


class DocumentError(PipelineError):
    """A file that cannot be read or parsed as YAML/JSON; the message starts with the source."""


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it (several times faster), else the pure-Python one."""

_JSON_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "str", "seq", "map"))


class _JsonishLoader(_SafeLoader):  # type: ignore[valid-type,misc]  # chosen at import time, both are SafeLoaders
    """SafeLoader without the timestamp resolver (timestamps stay strings) and with JSON types only.

    Mapping keys are strings, as in JSON: an unquoted ``200:`` is read as ``"200"``; a key
    that is not a string or an integer (``null``, ``true``, ``1.5``, a list) is refused.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        """Build the mapping with string keys only."""
        mapping = super().construct_mapping(node, deep=deep)
        keys: dict[str, Any] = {}
        for key, value in mapping.items():
            if isinstance(key, bool) or not isinstance(key, (str, int)):
                raise yaml.constructor.ConstructorError(
                    None, None, f"a mapping key must be a string, not {type(key).__name__}", node.start_mark
                )
            keys[str(key)] = value
        return keys


_JsonishLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_JsonishLoader.yaml_constructors = {
    tag: constructor
    for tag, constructor in yaml.SafeLoader.yaml_constructors.items()
    if tag in _JSON_TAGS
    or tag is None  # None: any other tag (!!binary, !!set...) is "could not determine a constructor"
}

_OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _one_line(error: yaml.YAMLError) -> str:
    """Say what PyYAML found wrong, and where, on one line (its own message spans several)."""
    if isinstance(error, yaml.MarkedYAMLError) and error.problem:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        context = f" ({error.context})" if error.context else ""
        return f"{where}{error.problem}{context}"
    return " ".join(str(error).split())


def _where(event: yaml.Event) -> str:
    mark = event.start_mark
    return "" if mark is None else f"line {mark.line + 1}: "


def _scan(text: str, source: str) -> None:
    """Refuse aliases and deep nesting from the parser's events, before anything builds (or recurses into) nodes."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            if isinstance(event, _OPENING):
                depth += 1
                if depth > MAX_DEPTH:
                    raise DocumentError(f"{source}: {_where(event)}nested deeper than {MAX_DEPTH} levels")
            elif isinstance(event, _CLOSING):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                raise DocumentError(
                    f"{source}: {_where(event)}YAML alias *{str(event.anchor)[:40]} refused "
                    "(aliases can expand without bound; an OpenAPI document is plain JSON data)"
                )
    except yaml.YAMLError as error:
        raise DocumentError(f"{source}: not valid YAML/JSON: {_one_line(error)}") from error


def _check_tree(document: Document, source: str, *, depth: bool) -> None:
    """Refuse a lone surrogate in any string or key, and (with ``depth``) nesting past :data:`MAX_DEPTH`.

    Walked without recursion; a string is searched only when it is not ASCII (which Python knows at once).
    """
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, str):
            if not node.isascii() and _SURROGATE.search(node):
                raise DocumentError(f"{source}: {_surrogate_at(document)}")
            continue
        if not isinstance(node, (dict, list)):
            continue
        if depth and level > MAX_DEPTH:
            raise DocumentError(f"{source}: nested deeper than {MAX_DEPTH} levels")
        if isinstance(node, dict):
            stack.extend((key, level) for key in node)
            node = node.values()
        stack.extend((child, level + 1) for child in node if isinstance(child, (dict, list, str)))


def _surrogate_at(document: Document) -> str:
    """Say where the first string holding a lone surrogate is, and which (escaped, so the message can be printed)."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(document, ())]
    while stack:
        node, location = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            for text in (key, value):
                if isinstance(text, str) and _SURROGATE.search(text):
                    where = " > ".join((*location, str(key).encode("utf-8", "backslashreplace").decode()))
                    found = _SURROGATE.search(text)
                    code = ord(found.group()) if found is not None else 0
                    return (
                        f"a lone surrogate \\u{code:04x} in a string at {where[-200:]}: "
                        "not Unicode text (a JSON escape of half a UTF-16 pair)"
                    )
            stack.append((value, (*location, str(key).encode("utf-8", "backslashreplace").decode())))
    return "a lone surrogate in a string: not Unicode text (a JSON escape of half a UTF-16 pair)"


def _parse_json(text: str, source: str) -> Document | None:
    """Parse ``text`` as JSON; ``None`` when it is not JSON (YAML flow style also starts with ``{`` or ``[``)."""
    try:
        document = json.loads(text)
    except RecursionError as cause:
        raise DocumentError(f"{source}: nested deeper than {MAX_DEPTH} levels") from cause
    except ValueError:
        return None
    _check_tree(document, source, depth=True)
    return document


def parse_document(text: str, source: str = "<string>") -> Document:
    """Parse JSON (with :mod:`json`) or YAML text; raise :class:`DocumentError` naming ``source``.

    Refused: more than :data:`MAX_DOCUMENT_BYTES`, nothing but whitespace and comments,
    nesting deeper than :data:`MAX_DEPTH`, YAML aliases, and tags other than JSON's types.
    """
    if len(text) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{source}: larger than {format_bytes(MAX_DOCUMENT_BYTES)}")
    surrogate = None if text.isascii() else _SURROGATE.search(text)
    if surrogate is not None:  # decoded from a charset that allows them (UTF-7...): no parser can take it
        line = text.count("\n", 0, surrogate.start()) + 1
        code = ord(surrogate.group())
        raise DocumentError(f"{source}: line {line}: a lone surrogate \\u{code:04x}: not Unicode text")
    if text.lstrip().startswith(("{", "[")):
        parsed = _parse_json(text, source)
        if parsed is not None:
            return parsed
    _scan(text, source)
    try:
        document = yaml.load(text, Loader=_JsonishLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        raise DocumentError(f"{source}: not valid YAML/JSON: {_one_line(error)}") from error
    except ValueError as error:  # an integer of more than 4300 digits
        raise DocumentError(f"{source}: not valid YAML/JSON: {str(error).split(';')[0]}") from error
    if document is None:
        raise DocumentError(f"{source}: empty document")
    _check_tree(document, source, depth=False)  # the events checked the depth already
    return document


def decode_utf8(data: bytes, source: str) -> str:
    """Decode ``data`` as UTF-8; raise :class:`DocumentError` naming the first bad byte and its line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise DocumentError(f"{source}: not UTF-8 text: byte 0x{data[error.start]:02x} on line {line}") from error


def read_capped(path: Path, source: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read the regular file at ``path`` once, at most ``limit`` bytes; refuse a larger one, or anything else.

    A FIFO, a device (``/dev/zero``, reached through a symlink or not), a socket or a folder is
    refused before a byte is read: the file is opened without blocking (a FIFO with no writer
    would hold the open forever) and its kind checked on the open descriptor, not on the name.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise DocumentError(f"{source}: cannot be read: {error.strerror or error}") from error
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise DocumentError(f"{source}: not a regular file ({_kind(status.st_mode)}): refused")
        if status.st_size > limit:
            raise DocumentError(f"{source}: larger than {format_bytes(limit)}")
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise DocumentError(f"{source}: cannot be read: {error.strerror or error}") from error
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise DocumentError(f"{source}: larger than {format_bytes(limit)}")
    return data


def _kind(mode: int) -> str:
    """Name the kind of file ``mode`` describes."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a plain file")


def digest_capped(path: Path, source: str, limit: int = MAX_DOCUMENT_BYTES) -> str:
    """Return the sha256 of the regular file at ``path``, read as :func:`read_capped` reads it (and refused alike)."""
    return hashlib.sha256(read_capped(path, source, limit)).hexdigest()


def load_document(path: Path, source: str | None = None) -> Document:
    """Read and parse the YAML or JSON file at ``path``; errors name it as ``source`` (default: the path)."""
    name = str(path) if source is None else source
    return parse_document(decode_utf8(read_capped(path, name), name), name)


def dump_json(document: Document) -> str:
    """Serialise ``document`` as stable, readable JSON (key order kept, trailing newline)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def dump_yaml(document: Document) -> str:
    """Serialise ``document`` as block-style YAML, keeping key order."""
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
