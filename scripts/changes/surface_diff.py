"""What changed in the Python surface of the client between two generations, and how breaking it is.

The HTTP diff (:mod:`scripts.changes.spec_diff`) cannot see what only the client's names decide: a method or
keyword renamed by the overlay (``x-puretalk-method``, ``x-puretalk-arguments``) or by the naming rule, a
model class renamed. :func:`surface_changes` compares two surfaces as ``generate`` records them in the
manifest (key ``surface``)::

    {"methods": {"calls.get": {"operation": "GET /calls/{call_id}", "returns": "Call",
                               "params": [{"name": "call_id", "source": "call_id", "type": "str",
                                           "required": true, "kind": "positional"}]}},
     "models": {"Call": {"fields": {"call_id": {"type": "str", "required": true}}}},
     "resources": ["calls"]}

Every removal or rename a caller's code would trip over is breaking (:attr:`Level.MAJOR`), every
addition minor (:attr:`Level.MINOR`). A surface that is missing or not of that shape reports nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from scripts.changes.spec_diff import Level

__all__ = ["SurfaceChange", "render_surface", "surface_changes", "surface_level"]


@dataclass(frozen=True)
class SurfaceChange:
    """One line of the Python surface report: how far it moves the version, and what changed, by Python name."""

    level: Level
    text: str

    @property
    def breaking(self) -> bool:
        """Whether code written against the old surface breaks (needs a major version)."""
        return self.level is Level.MAJOR

    def __str__(self) -> str:
        return f"[{'BREAKING' if self.breaking else 'addition'}] {self.text}"


@dataclass(frozen=True)
class _Param:
    name: str
    source: str
    type: str
    required: bool
    kind: str


@dataclass(frozen=True)
class _Method:
    dotted: str
    operation: str
    returns: str
    params: tuple[_Param, ...]

    @property
    def call(self) -> str:
        return f"client.{self.dotted}()"


def _mapping(value: object) -> Mapping[str, object]:
    if isinstance(value, Mapping) and all(isinstance(key, str) for key in value):
        return value
    return {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _params(value: object) -> tuple[_Param, ...]:
    params = []
    for entry in value if isinstance(value, list) else []:
        item = _mapping(entry)
        name = _text(item.get("name"))
        if name:
            source = _text(item.get("source")) or name
            kind = _text(item.get("kind")) or "keyword"
            params.append(_Param(name, source, _text(item.get("type")), item.get("required") is True, kind))
    return tuple(params)


def _methods(surface: Mapping[str, object]) -> dict[str, _Method]:
    methods = {}
    for dotted, entry in _mapping(surface.get("methods")).items():
        item = _mapping(entry)
        params = _params(item.get("params"))
        methods[dotted] = _Method(dotted, _text(item.get("operation")), _text(item.get("returns")), params)
    return methods


def _fields(model: object) -> dict[str, tuple[str, bool]]:
    fields = _mapping(_mapping(model).get("fields"))
    return {name: (_text(_mapping(f).get("type")), _mapping(f).get("required") is True) for name, f in fields.items()}


def _models(surface: Mapping[str, object]) -> dict[str, dict[str, tuple[str, bool]]]:
    return {name: _fields(model) for name, model in _mapping(surface.get("models")).items()}


def _resources(surface: Mapping[str, object]) -> list[str]:
    value = surface.get("resources")
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _union(annotation: str) -> frozenset[str]:
    """Return the top-level members of a ``A | B[C | D]`` annotation (brackets respected)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return frozenset(part for part in parts if part)


def _widened(old: str, new: str) -> bool:
    """Whether ``new`` accepts every value ``old`` did (its union holds every member of ``old``'s)."""
    return _union(old) <= _union(new)


def _breaking(text: str) -> SurfaceChange:
    return SurfaceChange(Level.MAJOR, text)


def _minor(text: str) -> SurfaceChange:
    return SurfaceChange(Level.MINOR, text)


def _pair_renames(removed: list[str], added: list[str], key: Mapping[str, object]) -> dict[str, str]:
    """Pair each removed name with the added name that has the same ``key`` (operation, source, fields).

    Only one-to-one matches pair: two removed names with the same key stay removals.
    """
    by_key: dict[object, list[str]] = {}
    for name in added:
        by_key.setdefault(key[name], []).append(name)
    old_by_key: dict[object, list[str]] = {}
    for name in removed:
        old_by_key.setdefault(key[name], []).append(name)
    pairs = {}
    for value, olds in old_by_key.items():
        news = by_key.get(value, [])
        if len(olds) == 1 and len(news) == 1:
            pairs[olds[0]] = news[0]
    return pairs


def _param_changes(old: _Method, new: _Method) -> Iterator[SurfaceChange]:
    call = new.call
    old_params = {param.name: param for param in old.params}
    new_params = {param.name: param for param in new.params}
    gone = [name for name in old_params if name not in new_params]
    came = [name for name in new_params if name not in old_params]
    key: dict[str, object] = {name: old_params[name].source for name in gone}
    key.update({name: new_params[name].source for name in came})
    renamed = _pair_renames(gone, came, key)
    for name in gone:
        if name in renamed:
            yield _breaking(f"{call}: keyword {name} renamed to {renamed[name]}")
        else:
            yield _breaking(f"{call}: keyword {name} removed")
    pairs = [(old_params[name], new_params[name]) for name in old_params if name in new_params]
    pairs += [(old_params[name], new_params[renamed[name]]) for name in renamed]
    for before, after in pairs:
        if after.required and not before.required:
            yield _breaking(f"{call}: keyword {after.name} is now required")
        elif before.required and not after.required:
            yield _minor(f"{call}: keyword {after.name} is now optional")
        if before.type != after.type:
            if _widened(before.type, after.type):
                yield _minor(f"{call}: keyword {after.name} now accepts {after.type} (was {before.type})")
            else:
                yield _breaking(f"{call}: keyword {after.name} type changed from {before.type} to {after.type}")
        if before.kind != after.kind:
            yield _breaking(f"{call}: {after.name} is now {after.kind} (was {before.kind})")
    for name in came:
        if name in renamed.values():
            continue
        param = new_params[name]
        if param.required:
            yield _breaking(f"{call}: new required {param.kind} argument {name}")
        else:
            yield _minor(f"{call}: new optional keyword {name}: {param.type}")
    old_order = [param.name for param in old.params if param.kind == "positional" and param.name in new_params]
    new_order = [param.name for param in new.params if param.kind == "positional" and param.name in old_params]
    if old_order != new_order and sorted(old_order) == sorted(new_order):
        yield _breaking(f"{call}: positional arguments reordered: ({', '.join(old_order)}) -> ({', '.join(new_order)})")
    if old.returns != new.returns:
        yield _breaking(f"{call}: returns {new.returns or 'nothing'} (was {old.returns or 'nothing'})")


def _method_changes(old: dict[str, _Method], new: dict[str, _Method]) -> Iterator[SurfaceChange]:
    gone = [name for name in old if name not in new]
    came = [name for name in new if name not in old]
    key: dict[str, object] = {name: old[name].operation for name in gone if old[name].operation}
    key.update({name: new[name].operation for name in came if new[name].operation})
    renamed = _pair_renames([name for name in gone if name in key], [name for name in came if name in key], key)
    for name in gone:
        if name in renamed:
            yield _breaking(f"renamed {old[name].call} -> {new[renamed[name]].call} ({old[name].operation})")
        else:
            where = f" ({old[name].operation})" if old[name].operation else ""
            yield _breaking(f"removed {old[name].call}{where}")
    for name in old:
        if name in new:
            yield from _param_changes(old[name], new[name])
        elif name in renamed:
            yield from _param_changes(old[name], new[renamed[name]])
    for name in came:
        if name not in renamed.values():
            where = f" ({new[name].operation})" if new[name].operation else ""
            yield _minor(f"new method {new[name].call}{where}")


def _model_changes(
    old: dict[str, dict[str, tuple[str, bool]]], new: dict[str, dict[str, tuple[str, bool]]]
) -> Iterator[SurfaceChange]:
    gone = [name for name in old if name not in new]
    came = [name for name in new if name not in old]
    key: dict[str, object] = {name: tuple(sorted(old[name].items())) for name in gone}
    key.update({name: tuple(sorted(new[name].items())) for name in came})
    renamed = _pair_renames(gone, came, key)
    for name in gone:
        if name in renamed:
            yield _breaking(f"model {name} renamed to {renamed[name]}")
        else:
            yield _breaking(f"model {name} removed")
    for name, fields in old.items():
        if name not in new:
            continue
        for field, (kind, required) in fields.items():
            if field not in new[name]:
                yield _breaking(f"model {name}: field {field} removed")
                continue
            new_kind, new_required = new[name][field]
            if new_kind != kind:
                yield _breaking(f"model {name}: field {field} type changed from {kind} to {new_kind}")
            if new_required != required:
                now = "required" if new_required else "optional"
                yield _breaking(f"model {name}: field {field} is now {now}")
        for field, (kind, required) in new[name].items():
            if field not in fields:
                yield (_breaking if required else _minor)(
                    f"model {name}: new {'required' if required else 'optional'} field {field}: {kind}"
                )
    for name in came:
        if name not in renamed.values():
            yield _minor(f"new model {name}")


def surface_changes(old: object, new: object) -> list[SurfaceChange]:
    """Compare two recorded surfaces; ``[]`` when either is missing (``None``) or not a mapping."""
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        return []
    before, after = _mapping(old), _mapping(new)
    changes = list(_method_changes(_methods(before), _methods(after)))
    changes += _model_changes(_models(before), _models(after))
    old_resources, new_resources = _resources(before), _resources(after)
    changes += [_breaking(f"removed resource client.{name}") for name in old_resources if name not in new_resources]
    changes += [_minor(f"new resource client.{name}") for name in new_resources if name not in old_resources]
    return changes


def surface_level(changes: list[SurfaceChange]) -> Level:
    """How far ``changes`` move the version: major when any is breaking, minor for additions only."""
    return max((change.level for change in changes), default=Level.NONE)


def render_surface(changes: list[SurfaceChange]) -> str:
    """Render the report's "Python surface" section (breaking changes first), or ``""`` when nothing changed."""
    if not changes:
        return ""
    ordered = sorted(changes, key=lambda change: -change.level)
    breaking = sum(change.breaking for change in changes)
    lines = ["## Python surface", "", f"{len(changes)} change(s), {breaking} breaking:"]
    lines += [f"- {change}" for change in ordered]
    return "\n".join(lines) + "\n"
