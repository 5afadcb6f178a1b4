"""Compare two schemas in one direction: what a request may send, or what a response may return.

A request is contravariant (the new schema must accept everything the old one did),
a response covariant (the new one may return only what the old one could), so every
rule comes in two directions. Findings carry a path relative to the compared schema
(``results[].voice.name``); the caller names the place. Comparisons are memoised by
the pair of schema nodes, and a pair met again on its own path (a recursive schema)
is cut there, so any cycle of ``$ref``, ``allOf``, ``items`` or ``properties`` ends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from fractions import Fraction
from typing import Any

from scripts.changes.spec_diff.document import Spec, SpecDiffError, mapping
from scripts.changes.spec_diff.schema_view import LOWER_BOUNDS, MAX_DEPTH, UPPER_BOUNDS, Bound, Flat, SchemaReader

_WIDER_FORMATS = frozenset(
    {
        ("float", "double"),
        ("int32", "int64"),
        ("int32", "bigint"),
        ("int64", "bigint"),
        ("date", "date-time"),
        ("time", "date-time"),
    }
)
_MATCH_ALL = frozenset({"", ".*", "^.*$", "^.*", ".*$", "[\\s\\S]*", "^[\\s\\S]*$"})
_TYPE_WORDS = {"changed": "changed", "generalized": "widened", "specialized": "narrowed", "compatible": "changed"}


class Direction(Enum):
    """Which way values travel: sent by the client, or returned to it."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True)
class Context:
    """How a schema is compared: its direction, whether values are typed JSON, whether it is a parameter's root."""

    direction: Direction
    strongly_typed: bool = True
    parameter: bool = False


@dataclass(frozen=True)
class Finding:
    """A change found inside a schema: the rule, where (relative path steps), and what."""

    rule: str
    path: tuple[str, ...]
    detail: str


def render_path(path: tuple[str, ...]) -> str:
    """``("results", "[]", "name")`` → ``results[].name``."""
    text = ""
    for step in path:
        text += step if step == "[]" or not text else f".{step}"
    return text


def _covered(kind: str, kinds: frozenset[str]) -> bool:
    return kind in kinds or (kind == "integer" and "number" in kinds)


def _subset(small: frozenset[str] | None, large: frozenset[str] | None) -> bool:
    """Whether every value of types ``small`` is one of types ``large`` (integer is a number)."""
    if large is None:
        return True
    return bool(small) and all(_covered(kind, large) for kind in small or ())


def _contained(source: frozenset[str] | None, target: frozenset[str] | None, strongly_typed: bool) -> bool:
    """Whether values of ``source`` stay valid as ``target``; on a text wire anything reads as a string."""
    if _subset(source, target):
        return True
    return not strongly_typed and target == frozenset({"string"})


def _format_contained(target: str | None, source: str | None) -> bool:
    return target is None or (source is not None and (source, target) in _WIDER_FORMATS)


def _type_text(flat: Flat) -> str:
    kind = "|".join(sorted(flat.types)) if flat.types else "any"
    return f"{kind}:{flat.format}" if flat.format else kind


class SchemaDiffer:
    """Compares schemas of an old and a new document."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.old_reader, self.new_reader = SchemaReader(old), SchemaReader(new)
        self._memo: dict[tuple[int, int, Context], tuple[Any, Any, list[Finding]]] = {}
        self._open: set[tuple[int, int, Context]] = set()
        self._same: dict[str, bool] = {}
        self._refs: dict[int, tuple[Any, frozenset[str]]] = {}

    # -- unchanged subtrees -------------------------------------------------

    def refs_in(self, node: Any) -> frozenset[str]:
        """Every ``$ref`` string written inside ``node`` (not following them)."""
        if not isinstance(node, Mapping | list):
            return frozenset()
        cached = self._refs.get(id(node))
        if cached is not None:
            return cached[1]
        found: set[str] = set()
        pending = [node]
        while pending:
            current = pending.pop()
            if isinstance(current, Mapping):
                if isinstance(current.get("$ref"), str):
                    found.add(current["$ref"])
                pending.extend(current.values())
            elif isinstance(current, list):
                pending.extend(current)
        refs = frozenset(found)
        self._refs[id(node)] = (node, refs)
        return refs

    def same_ref(self, ref: str) -> bool:
        """Whether ``ref`` means the same in both documents (equal text, and so for every ``$ref`` inside)."""
        if ref in self._same:
            return self._same[ref]
        self._same[ref] = True
        try:
            old, new = self.old.resolve({"$ref": ref}), self.new.resolve({"$ref": ref})
        except ValueError:
            self._same[ref] = False
            return False
        same = old == new and all(self.same_ref(inner) for inner in self.refs_in(old))
        self._same[ref] = same
        return same

    def unchanged(self, old: Any, new: Any) -> bool:
        """Whether two subtrees are equal text whose every ``$ref`` means the same in both documents."""
        return bool(old == new and all(self.same_ref(ref) for ref in self.refs_in(old)))

    # -- comparison ------------------------------------------------------------

    def compare(self, old_node: Any, new_node: Any, context: Context) -> list[Finding]:
        """Find the changes from ``old_node`` to ``new_node`` (schemas, or ``$ref``s to them)."""
        old_ref, new_ref = mapping(old_node).get("$ref"), mapping(new_node).get("$ref")
        if isinstance(old_ref, str) and old_ref == new_ref and self.same_ref(old_ref):
            return []
        old, new = self.old.resolve(old_node), self.new.resolve(new_node)
        key = (id(old), id(new), context)
        if key in self._memo:
            return self._memo[key][2]
        if key in self._open:
            return []
        if len(self._open) >= MAX_DEPTH:
            raise SpecDiffError(f"{self.new.name}: schemas nested too deeply (over {MAX_DEPTH} levels)")
        self._open.add(key)
        try:
            findings = self._compare(old_node, new_node, context)
        finally:
            self._open.discard(key)
        self._memo[key] = (old, new, findings)
        return findings

    def _compare(self, old_node: Any, new_node: Any, context: Context) -> list[Finding]:
        old, new = self.old_reader.flat(old_node), self.new_reader.flat(new_node)
        found: list[Finding] = []

        def add(rule: str, detail: str) -> None:
            found.append(Finding(rule, (), detail))

        request = context.direction is Direction.REQUEST
        if old.alternatives is not None or new.alternatives is not None:
            found += self._alternatives(old_node, new_node, old, new, context)
        else:
            self._types(old, new, context, add)
            self._values(old, new, request, add)
            self._bounds(old, new, request, add)
            self._other_constraints(old, new, request, add)
            found += self._properties(old, new, context)
            child = replace(context, parameter=False)
            if old.items is not None and new.items is not None:
                found += _under("[]", self.compare(old.items, new.items, child))
            if old.additional is not None and new.additional is not None:
                found += _under("*", self.compare(old.additional, new.additional, child))
        if old.nullable != new.nullable:
            made = "nullable" if new.nullable else "not-nullable"
            add(f"{context.direction.value}-made-{made}", f"made {made.replace('-', ' ')}")
        self._annotations(old, new, context, add)
        return found

    def _types(self, old: Flat, new: Flat, context: Context, add: Callable[[str, str], None]) -> None:
        type_changed, format_changed = old.types != new.types, old.format != new.format
        if not type_changed and not format_changed:
            return
        strongly = context.strongly_typed
        widened = type_changed and _subset(old.types, new.types)
        narrowed = type_changed and (old.types is None or _subset(new.types, old.types))
        if context.direction is Direction.REQUEST:
            breaking = (type_changed and not _contained(old.types, new.types, strongly)) or (
                format_changed and not _format_contained(new.format, old.format)
            )
            kind = "changed" if breaking else "generalized" if widened or not type_changed else "compatible"
        else:
            breaking = (type_changed and not narrowed and not _contained(new.types, old.types, strongly)) or (
                format_changed and not _format_contained(old.format, new.format)
            )
            if breaking:
                format_widened = not type_changed and _format_contained(new.format, old.format)
                kind = "generalized" if widened or format_widened else "changed"
            else:
                kind = "specialized" if narrowed or not type_changed else "compatible"
        what = "type" if not format_changed else "format" if not type_changed else "type/format"
        add(
            f"{context.direction.value}-type-{kind}",
            f"{what} {_TYPE_WORDS[kind]}: {_type_text(old)} -> {_type_text(new)}",
        )

    def _values(self, old: Flat, new: Flat, request: bool, add: Callable[[str, str], None]) -> None:
        side = "request" if request else "response"
        if old.enum is None and new.enum is not None:
            add(f"{side}-enum-added", f"restricted to enum: {_listed(new.enum)}")
        elif old.enum is not None and new.enum is None:
            add(f"{side}-enum-removed", f"enum removed (was {_listed(old.enum)})")
        elif old.enum is not None and new.enum is not None:
            added = [value for value in new.enum if value not in old.enum]
            removed = [value for value in old.enum if value not in new.enum]
            if added:
                add(f"{side}-enum-value-added", f"enum value(s) added: {_listed(added)}")
            if removed:
                add(f"{side}-enum-value-removed", f"enum value(s) removed: {_listed(removed)}")
        if old.const != new.const:
            if new.const is None:
                rule = "request-const-removed" if request else "response-const-changed"
                add(rule, f"const removed (was {old.const})")
            elif old.const is None:
                add("request-const-changed" if request else "response-const-added", f"const added: {new.const}")
            else:
                add(f"{side}-const-changed", f"const changed: {old.const} -> {new.const}")

    def _bounds(self, old: Flat, new: Flat, request: bool, add: Callable[[str, str], None]) -> None:
        side = "request" if request else "response"
        for key in UPPER_BOUNDS:
            before, after = old.upper.get(key), new.upper.get(key)
            if before == after:
                continue
            if before is None:
                tighter, text = True, f"set: {after}"
            elif after is None:
                tighter, text = False, f"removed (was {before})"
            else:
                tighter = after.stricter_upper(before)
                text = f"{'lowered' if tighter else 'raised'}: {before} -> {after}"
            if request and before is None:
                rule = "request-upper-bound-set"
            else:
                rule = f"{side}-upper-bound-{'lowered' if tighter else 'raised'}"
            add(rule, _exclusivity(key, before, after) or f"{_bound_name(key, before, after)} {text}")
        for key in LOWER_BOUNDS:
            zero = Bound(Fraction(0)) if key == "minLength" else None
            before, after = old.lower.get(key, zero), new.lower.get(key, zero)
            if before == after:
                continue
            if before is None:
                tighter, text = True, f"set: {after}"
            elif after is None:
                tighter, text = False, f"removed (was {before})"
            else:
                tighter = after.stricter_lower(before)
                text = f"{'raised' if tighter else 'lowered'}: {before} -> {after}"
            if request and before is None:
                rule = "request-lower-bound-set"
            else:
                rule = f"{side}-lower-bound-{'raised' if tighter else 'lowered'}"
            add(rule, _exclusivity(key, before, after) or f"{_bound_name(key, before, after)} {text}")

    def _other_constraints(self, old: Flat, new: Flat, request: bool, add: Callable[[str, str], None]) -> None:
        before, after = old.multiple_of, new.multiple_of
        if before != after:
            text = f"multipleOf changed: {before} -> {after}".replace("None", "none")
            if request:
                relaxed = after is None or (before is not None and before % after == 0)
                add("request-multiple-of-relaxed" if relaxed else "request-multiple-of-changed", text)
            else:
                tightened = before is None or (after is not None and after % before == 0)
                add("response-multiple-of-tightened" if tightened else "response-multiple-of-changed", text)
        if old.unique_items != new.unique_items:
            side = "request" if request else "response"
            add(
                f"{side}-unique-items-{'added' if new.unique_items else 'removed'}",
                "uniqueItems " + ("set" if new.unique_items else "removed"),
            )
        old_pattern = None if old.pattern in _MATCH_ALL else old.pattern
        new_pattern = None if new.pattern in _MATCH_ALL else new.pattern
        if old_pattern != new_pattern:
            text = f"pattern changed: {old_pattern!r} -> {new_pattern!r}".replace("None", "none")
            if not request:
                add("response-pattern-changed", text)
            elif old_pattern is None:
                add("request-pattern-added", text)
            elif new_pattern is None:
                add("request-pattern-removed", text)
            else:
                add("request-pattern-changed", text)

    def _annotations(self, old: Flat, new: Flat, context: Context, add: Callable[[str, str], None]) -> None:
        if old.default != new.default:
            rule = "parameter-default-changed" if context.parameter else "default-changed"
            if old.default is None:
                add(rule, f"default added: {new.default}")
            elif new.default is None:
                add(rule, f"default removed (was {old.default})")
            else:
                add(rule, f"default changed: {old.default} -> {new.default}")
        before, after = _discriminator(old.discriminator), _discriminator(new.discriminator)
        if before != after:
            renamed = before is not None and after is not None and before[0] != after[0]
            request = context.direction is Direction.REQUEST
            rule = "request-discriminator-property-changed" if renamed and request else "discriminator-changed"
            add(rule, _discriminator_text(before, after))

    def _properties(self, old: Flat, new: Flat, context: Context) -> list[Finding]:
        request = context.direction is Direction.REQUEST
        side = context.direction.value
        child = replace(context, parameter=False)
        found: list[Finding] = []
        for name in [*old.properties, *(name for name in new.properties if name not in old.properties)]:
            step = (name,)
            if name not in new.properties:
                gone = self.old_reader.flat(old.properties[name])
                if request:
                    rule = "request-read-only-field-changed" if gone.read_only else "request-field-removed"
                elif gone.write_only:
                    rule = "response-write-only-field-changed"
                else:
                    rule = (
                        "response-required-field-removed" if name in old.required else "response-optional-field-removed"
                    )
                found.append(Finding(rule, step, "removed"))
                continue
            if name not in old.properties:
                fresh = self.new_reader.flat(new.properties[name])
                required = name in new.required
                kind = self.new_reader.describe(new.properties[name])
                if request:
                    rule = "required-request-field-added" if required and not fresh.read_only else "request-field-added"
                else:
                    rule = "response-field-added"
                found.append(Finding(rule, step, f"added ({kind}{', required' if required else ''})"))
                continue
            before, after = self.old_reader.flat(old.properties[name]), self.new_reader.flat(new.properties[name])
            inner: list[Finding] = []
            was_required, is_required = name in old.required, name in new.required
            if was_required != is_required:
                made = "required" if is_required else "optional"
                inner.append(Finding(f"{side}-field-made-{made}", (), f"made {made}"))
            if before.read_only != after.read_only or before.write_only != after.write_only:
                access = "writeOnly" if after.write_only else "readOnly" if after.read_only else "read-write"
                became_write_only = not request and after.write_only and not before.write_only and was_required
                became_read_only = request and after.read_only and not before.read_only
                rule = (
                    "response-field-made-write-only"
                    if became_write_only
                    else "request-field-made-read-only"
                    if became_read_only
                    else "read-only-write-only-changed"
                )
                inner.append(Finding(rule, (), f"made {access}"))
            if before.deprecated != after.deprecated:
                inner.append(
                    Finding("field-deprecated", (), "deprecated" if after.deprecated else "no longer deprecated")
                )
            inner += self.compare(old.properties[name], new.properties[name], child)
            inert = (request and before.read_only and after.read_only) or (
                not request and before.write_only and after.write_only
            )
            if inert:
                rule = "request-read-only-field-changed" if request else "response-write-only-field-changed"
                inner = [Finding(rule, finding.path, finding.detail) for finding in inner]
            found += _under(name, inner)
        return found

    def _overlap(self, options: list[Any]) -> bool:
        """Whether a value could match two of ``options`` (their types overlap, or one has no type)."""
        seen: list[frozenset[str]] = []
        for option in options:
            kinds = self.new_reader.flat(option).types
            if kinds is None or any(_subset(kinds, other) or _subset(other, kinds) for other in seen):
                return True
            seen.append(kinds)
        return False

    def _alternatives(self, old_node: Any, new_node: Any, old: Flat, new: Flat, context: Context) -> list[Finding]:
        side = context.direction.value
        combiner = new.combiner or old.combiner
        olds = old.alternatives if old.alternatives is not None else [old_node if old.alias is None else old.alias]
        news = new.alternatives if new.alternatives is not None else [new_node if new.alias is None else new.alias]
        before, after = _keyed(olds, self.old, self.old_reader), _keyed(news, self.new, self.new_reader)
        found = [
            Finding(f"{side}-alternative-removed", (), f"{combiner} alternative {key} removed")
            for key in before
            if key not in after
        ]
        wrapped = (
            context.direction is Direction.REQUEST
            and old.alternatives is None
            and new.combiner == "oneOf"
            and new.discriminator is None
            and self._overlap(news)
        )
        if wrapped:
            found.append(Finding("request-wrapped-in-one-of", (), f"restructured into oneOf: {', '.join(after)}"))
        else:
            found += [
                Finding(f"{side}-alternative-added", (), f"{combiner} alternative {key} added")
                for key in after
                if key not in before
            ]
        child = replace(context, parameter=False)
        for key in before:
            if key in after:
                found += _under(f"{combiner}[{key}]", self.compare(before[key], after[key], child))
        return found


def _listed(values: tuple[str, ...] | list[str], most: int = 10) -> str:
    shown = ", ".join(value if len(value) <= 60 else value[:57] + "..." for value in values[:most])
    return shown + (f" and {len(values) - most} more" if len(values) > most else "")


def _bound_name(key: str, before: Bound | None, after: Bound | None) -> str:
    exclusive = any(bound is not None and bound.exclusive for bound in (before, after))
    if exclusive and key in ("maximum", "minimum"):
        return "exclusiveMaximum" if key == "maximum" else "exclusiveMinimum"
    return key


def _exclusivity(key: str, before: Bound | None, after: Bound | None) -> str:
    """Describe a bound whose value stayed and whose exclusivity flipped (OpenAPI 3.0's boolean form), or ''."""
    if before is None or after is None or before.value != after.value or before.exclusive == after.exclusive:
        return ""
    flag = "exclusiveMaximum" if key == "maximum" else "exclusiveMinimum"
    made = "made exclusive" if after.exclusive else "no longer exclusive"
    return f"{key} {made} ({flag}: {str(after.exclusive).lower()}): {Bound(after.value)}"


def _under(step: str, findings: list[Finding]) -> list[Finding]:
    return [Finding(finding.rule, (step, *finding.path), finding.detail) for finding in findings]


def _keyed(options: list[Any], spec: Spec, reader: SchemaReader) -> dict[str, Any]:
    """Alternatives by a name that survives reordering: the ``$ref`` name, a title, or the type."""
    keyed: dict[str, Any] = {}
    for option in options:
        ref = mapping(option).get("$ref")
        if isinstance(ref, str):
            key = ref.rsplit("/", 1)[-1]
        else:
            title = mapping(spec.resolve(option)).get("title")
            key = str(title) if isinstance(title, str) else reader.describe(option)
        unique, count = key, 1
        while unique in keyed:
            count += 1
            unique = f"{key}#{count}"
        keyed[unique] = option
    return keyed


def _discriminator(node: Mapping[str, Any] | None) -> tuple[str, dict[str, str]] | None:
    if node is None:
        return None
    return str(node.get("propertyName", "")), {str(k): str(v) for k, v in mapping(node.get("mapping")).items()}


def _discriminator_text(before: tuple[str, dict[str, str]] | None, after: tuple[str, dict[str, str]] | None) -> str:
    if before is None:
        return "discriminator added"
    if after is None:
        return "discriminator removed"
    parts = []
    if before[0] != after[0]:
        parts.append(f"property name {before[0]} -> {after[0]}")
    added = sorted(after[1].keys() - before[1].keys())
    removed = sorted(before[1].keys() - after[1].keys())
    changed = sorted(key for key in before[1].keys() & after[1].keys() if before[1][key] != after[1][key])
    for label, keys in (("mapping added", added), ("mapping removed", removed), ("mapping changed", changed)):
        if keys:
            parts.append(f"{label}: {', '.join(keys)}")
    return "discriminator " + "; ".join(parts)
