"""Apply an OpenAPI Overlay 1.0 document to an OpenAPI document.

Targets are RFC 9535 JSONPath queries, evaluated by ``jsonpath-rfc9535``.
Semantics follow the Overlay 1.0 specification, with one deliberate
tightening: an action whose target matches nothing is an error
(:class:`OverlayError` naming the action), because after an upstream spec
change it means one of our fixes silently stopped applying.

Why not oas-patch: its 0.6.0 release treats ``remove: false`` as a removal,
and it does not fail on dangling targets, so this small applier over a
maintained JSONPath library is both safer and shorter.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonpath_rfc9535

from scripts.spec_guard import shown
from scripts.yaml_io import Document

MAX_TARGET = 1000
"""The longest JSONPath target accepted: the parser recurses on nesting, and crashes on very long queries."""


class OverlayError(Exception):
    """An overlay document that is malformed or that does not apply."""


@dataclass(frozen=True)
class _Action:
    index: int
    target: str
    description: str | None
    update: Any
    remove: bool

    @property
    def name(self) -> str:
        """How the action is named in error messages."""
        label = f"action #{self.index + 1} (target {shown(self.target)}"
        if self.description:
            label += f", {shown(self.description)}"
        return label + ")"


def _parse_actions(overlay: Mapping[str, Any]) -> list[_Action]:
    if not isinstance(overlay, Mapping) or "overlay" not in overlay:
        raise OverlayError("not an Overlay document: the top-level 'overlay' version field is missing")
    raw_actions = overlay.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise OverlayError("the overlay has no 'actions' list")
    actions = []
    for index, raw in enumerate(raw_actions):
        if not isinstance(raw, Mapping) or not isinstance(raw.get("target"), str):
            raise OverlayError(f"action #{index + 1} has no string 'target'")
        remove = raw.get("remove", False)
        if not isinstance(remove, bool):
            raise OverlayError(f"action #{index + 1}: 'remove' must be a boolean, got {shown(remove)}")
        if not remove and "update" not in raw:
            target = raw["target"]
            raise OverlayError(f"action #{index + 1} (target {shown(target)}) has neither 'update' nor 'remove: true'")
        description = raw.get("description")
        actions.append(
            _Action(
                index=index,
                target=raw["target"],
                description=description if isinstance(description, str) else None,
                update=raw.get("update"),
                remove=remove,
            )
        )
    return actions


def _merge(target: Any, update: Any) -> Any:
    """Recursively merge ``update`` into ``target`` (Overlay 1.0 update semantics)."""
    if isinstance(target, dict) and isinstance(update, Mapping):
        for key, value in update.items():
            if key in target:
                target[key] = _merge(target[key], value)
            else:
                target[key] = copy.deepcopy(value)
        return target
    if isinstance(target, list):
        if isinstance(update, Sequence) and not isinstance(update, str):
            target.extend(copy.deepcopy(list(update)))
        else:
            target.append(copy.deepcopy(update))
        return target
    return copy.deepcopy(update)


def _parent(document: Any, location: tuple[str | int, ...]) -> Any:
    node = document
    for step in location[:-1]:
        node = node[step]
    return node


def _removal_order(node: jsonpath_rfc9535.JSONPathNode) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    return len(node.location), tuple((0, step) if isinstance(step, int) else (1, step) for step in node.location)


def _apply_action(document: Document, action: _Action) -> Document:
    if len(action.target) > MAX_TARGET:
        raise OverlayError(f"action #{action.index + 1}: target longer than {MAX_TARGET} characters")
    try:
        query = jsonpath_rfc9535.compile(action.target)
        nodes = list(query.find(document))
    except jsonpath_rfc9535.JSONPathError as error:
        raise OverlayError(f"{action.name}: invalid JSONPath: {' '.join(str(error).split())}") from None
    except RecursionError:
        raise OverlayError(f"{action.name}: JSONPath nested too deeply to evaluate") from None
    if not nodes:
        raise OverlayError(f"{action.name} matches nothing in the document")
    if action.remove:
        # Remove deepest and last-indexed nodes first so that earlier locations stay valid.
        for node in sorted(nodes, key=_removal_order, reverse=True):
            if not node.location:
                raise OverlayError(f"{action.name}: the document root cannot be removed")
            del _parent(document, node.location)[node.location[-1]]
        return document
    for node in nodes:
        if not isinstance(node.value, (dict, list)):
            kind = type(node.value).__name__
            raise OverlayError(f"{action.name}: an update target must be an object or an array, not {kind}")
        merged = _merge(node.value, action.update)
        if not node.location:
            document = merged
        else:
            _parent(document, node.location)[node.location[-1]] = merged
    return document


def apply_overlay(document: Document, overlay: Mapping[str, Any]) -> Document:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order.

    Raises :class:`OverlayError` naming the action when an action is malformed
    or its target matches nothing.
    """
    actions = _parse_actions(overlay)
    result: Document = copy.deepcopy(document)
    for action in actions:
        result = _apply_action(result, action)
    return result
