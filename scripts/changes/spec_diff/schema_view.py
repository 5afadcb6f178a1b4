"""A schema read flat: ``$ref`` followed, ``allOf`` merged, nullability and constraints normalised.

:class:`SchemaReader` memoises one :class:`Flat` per schema node, and cuts
``allOf`` cycles (a schema that includes itself reads as what it adds on the way).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from scripts.changes.spec_diff.document import Spec, SpecDiffError, mapping, sequence

UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")
MAX_DEPTH = 200
"""How deep schemas may nest (through properties, items, allOf…) before the diff refuses the document."""


@dataclass(frozen=True)
class Bound:
    """A limit on a value: the number, and whether the limit itself is excluded."""

    value: Fraction
    exclusive: bool = False

    def stricter_upper(self, other: Bound) -> bool:
        """Whether this upper bound admits less than ``other``."""
        return self.value < other.value or (self.value == other.value and self.exclusive and not other.exclusive)

    def stricter_lower(self, other: Bound) -> bool:
        """Whether this lower bound admits less than ``other``."""
        return self.value > other.value or (self.value == other.value and self.exclusive and not other.exclusive)

    def __str__(self) -> str:
        number = int(self.value) if self.value.denominator == 1 else float(self.value)
        return f"{number} (exclusive)" if self.exclusive else str(number)


@dataclass
class Flat:
    """What a schema constrains, after ``$ref`` and ``allOf``; ``types`` None means any type."""

    types: frozenset[str] | None = None
    nullable: bool = False
    format: str | None = None
    enum: tuple[str, ...] | None = None
    const: str | None = None
    upper: dict[str, Bound] = field(default_factory=dict)
    lower: dict[str, Bound] = field(default_factory=dict)
    multiple_of: Fraction | None = None
    unique_items: bool = False
    pattern: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    additional: Any = None
    alternatives: list[Any] | None = None
    combiner: str = ""
    discriminator: Mapping[str, Any] | None = None
    default: str | None = None
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    alias: Any = None
    """The one ``allOf`` / ``anyOf`` / ``oneOf`` part this schema only wraps, if so (it names the schema)."""


def canonical(value: Any) -> str:
    """Write a value as comparable, printable JSON text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _number(value: Any) -> Fraction | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return Fraction(str(value)) if isinstance(value, float) else Fraction(value)
    except (ValueError, OverflowError):
        return None


def _is_null_schema(node: Any) -> bool:
    if not isinstance(node, Mapping):
        return False
    kind = node.get("type")
    return kind == "null" or kind == ["null"] or node.get("enum") == [None]


def _types(node: Mapping[str, Any]) -> tuple[frozenset[str] | None, bool]:
    declared = node.get("type")
    names = [declared] if isinstance(declared, str) else [t for t in sequence(declared) if isinstance(t, str)]
    nullable = "null" in names or node.get("nullable") is True or node.get("x-nullable") is True
    kinds = frozenset(name for name in names if name != "null")
    if kinds:
        return kinds, nullable
    if "properties" in node or "additionalProperties" in node:
        return frozenset({"object"}), nullable
    if "items" in node:
        return frozenset({"array"}), nullable
    return None, nullable


def _upper(node: Mapping[str, Any]) -> dict[str, Bound]:
    bounds: dict[str, Bound] = {}
    maximum, exclusive = _number(node.get("maximum")), node.get("exclusiveMaximum")
    candidates = []
    if maximum is not None:
        candidates.append(Bound(maximum, exclusive is True))
    if _number(exclusive) is not None:
        candidates.append(Bound(_number(exclusive) or Fraction(0), True))
    for candidate in candidates:
        if "maximum" not in bounds or candidate.stricter_upper(bounds["maximum"]):
            bounds["maximum"] = candidate
    for key in UPPER_BOUNDS[1:]:
        number = _number(node.get(key))
        if number is not None:
            bounds[key] = Bound(number)
    return bounds


def _lower(node: Mapping[str, Any]) -> dict[str, Bound]:
    bounds: dict[str, Bound] = {}
    minimum, exclusive = _number(node.get("minimum")), node.get("exclusiveMinimum")
    candidates = []
    if minimum is not None:
        candidates.append(Bound(minimum, exclusive is True))
    if _number(exclusive) is not None:
        candidates.append(Bound(_number(exclusive) or Fraction(0), True))
    for candidate in candidates:
        if "minimum" not in bounds or candidate.stricter_lower(bounds["minimum"]):
            bounds["minimum"] = candidate
    for key in LOWER_BOUNDS[1:]:
        number = _number(node.get(key))
        if number is not None:
            bounds[key] = Bound(number)
    return bounds


def _own(node: Mapping[str, Any]) -> Flat:
    types, nullable = _types(node)
    enum = node.get("enum")
    multiple = _number(node.get("multipleOf"))
    pattern = node.get("pattern")
    return Flat(
        types=types,
        nullable=nullable,
        format=str(node["format"]) if isinstance(node.get("format"), str) else None,
        enum=tuple(canonical(value) for value in enum) if isinstance(enum, list) else None,
        const=canonical(node["const"]) if "const" in node else None,
        upper=_upper(node),
        lower=_lower(node),
        multiple_of=multiple if multiple is not None and multiple > 0 else None,
        unique_items=node.get("uniqueItems") is True,
        pattern=pattern if isinstance(pattern, str) else None,
        properties=dict(mapping(node.get("properties"))),
        required=frozenset(name for name in sequence(node.get("required")) if isinstance(name, str)),
        items=node.get("items") if isinstance(node.get("items"), Mapping) else None,
        additional=node.get("additionalProperties") if isinstance(node.get("additionalProperties"), Mapping) else None,
        discriminator=node["discriminator"] if isinstance(node.get("discriminator"), Mapping) else None,
        default=canonical(node["default"]) if "default" in node else None,
        read_only=node.get("readOnly") is True,
        write_only=node.get("writeOnly") is True,
        deprecated=node.get("deprecated") is True,
    )


def _merge(flat: Flat, part: Flat) -> None:
    """Fold an ``allOf`` part into ``flat`` (``flat``'s own keywords win where both say something)."""
    if flat.types is None:
        flat.types = part.types
    elif part.types is not None:
        both = flat.types & part.types
        if not both and {"integer", "number"} <= flat.types | part.types:
            both = frozenset({"integer"})
        flat.types = both or flat.types
    for name in ("format", "enum", "const", "multiple_of", "pattern", "items", "additional", "discriminator"):
        if getattr(flat, name) is None:
            setattr(flat, name, getattr(part, name))
    if flat.default is None:
        flat.default = part.default
    if flat.alternatives is None and part.alternatives is not None:
        flat.alternatives, flat.combiner = part.alternatives, part.combiner
    for key, bound in part.upper.items():
        if key not in flat.upper or bound.stricter_upper(flat.upper[key]):
            flat.upper[key] = bound
    for key, bound in part.lower.items():
        if key not in flat.lower or bound.stricter_lower(flat.lower[key]):
            flat.lower[key] = bound
    for name, schema in part.properties.items():
        flat.properties[name] = schema if name not in flat.properties else {"allOf": [flat.properties[name], schema]}
    flat.required |= part.required
    flat.unique_items |= part.unique_items
    flat.read_only |= part.read_only
    flat.write_only |= part.write_only
    flat.deprecated |= part.deprecated


class SchemaReader:
    """Reads schemas of one document flat, once each."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._flat: dict[int, tuple[Any, Flat]] = {}
        self._reading: set[int] = set()

    def flat(self, node: Any) -> Flat:
        """Read ``node`` flat (a schema, or a ``$ref`` to one)."""
        resolved = self.spec.resolve(node)
        if not isinstance(resolved, Mapping):
            return Flat()
        key = id(resolved)
        if key in self._flat:
            return self._flat[key][1]
        if key in self._reading:
            return Flat()
        if len(self._reading) >= MAX_DEPTH:
            raise SpecDiffError(f"{self.spec.name}: schemas nested too deeply (over {MAX_DEPTH} levels)")
        self._reading.add(key)
        try:
            flat = self._read(resolved)
        finally:
            self._reading.discard(key)
        self._flat[key] = (resolved, flat)
        return flat

    def _read(self, node: Mapping[str, Any]) -> Flat:
        flat = _own(node)
        says_nullability = "type" in node or "nullable" in node
        raw_parts = list(sequence(node.get("allOf")))
        for combiner in ("oneOf", "anyOf"):
            options = sequence(node.get(combiner))
            if not options:
                continue
            real = [option for option in options if not _is_null_schema(self.spec.resolve(option))]
            if len(real) < len(options):
                flat.nullable = True
                says_nullability = True
            if len(real) == 1 and flat.types is None and not flat.properties:
                raw_parts.append(real[0])
            elif real and flat.alternatives is None:
                flat.alternatives, flat.combiner = real, combiner
        if len(raw_parts) == 1 and flat.types is None and not flat.properties and flat.alternatives is None:
            flat.alias = raw_parts[0]
        parts = [self.flat(part) for part in raw_parts]
        for part in parts:
            _merge(flat, part)
        if parts and not says_nullability:
            flat.nullable = all(part.nullable for part in parts)
        return flat

    def describe(self, node: Any, depth: int = 0) -> str:
        """Name the type shortly: ``string``, ``integer|null``, ``array<string>``, ``string:date-time``."""
        flat = self.flat(node)
        if depth > 3:
            kind = "…"
        elif flat.alternatives is not None:
            kinds = {kind for option in flat.alternatives for kind in self.describe(option, depth + 1).split("|")}
            kind = "|".join(sorted(kinds - {"null"}))
        elif flat.types is None:
            kind = "any"
        else:
            kind = "|".join(sorted(flat.types))
        if flat.types == frozenset({"array"}) and depth < 3:
            kind = f"array<{self.describe(flat.items, depth + 1) if flat.items is not None else 'any'}>"
        elif flat.format:
            kind = f"{kind}:{flat.format}"
        return kind + ("|null" if flat.nullable else "")
