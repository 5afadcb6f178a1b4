"""Apply an OpenAPI Overlay 1.0 document to an OpenAPI document.

Targets are RFC 9535 JSONPath queries, evaluated by ``jsonpath-rfc9535``.
Semantics follow the Overlay 1.0 specification, with one deliberate
tightening: an action whose target matches nothing is an error
(:class:`OverlayError` naming the action), because after an upstream spec
change it means one of our fixes silently stopped applying. The one exception
is an action under an operation (or path) that upstream removed
(``$.paths['/x'].get…`` where ``/x`` has no ``get`` any more, but the base spec,
the one generated/ was made from, had it): there is nothing left to fix or name,
so it is skipped, and :func:`apply_overlay` says which (the change report lists
them, to be deleted from the overlay). A target under an operation the base never
had either is a typo, not an upstream removal: it fails, naming the action.

Why not oas-patch: its 0.6.0 release treats ``remove: false`` as a removal,
and it does not fail on dangling targets, so this small applier over a
maintained JSONPath library is both safer and shorter.

An overlay is reviewed code, but a typo must not hang CI or fill its memory, so each
action is bounded: its target at most :data:`MAX_TARGET` characters, the regular
expressions of its filters (``match``, ``search``) at most :data:`MAX_MATCH_SECONDS`
per match and :data:`MAX_REGEX_SECONDS` in all (the ``regex`` package's timeout: a
pattern that backtracks catastrophically is stopped, not waited for), at most
:data:`MAX_SELECTED` nodes selected, and the whole overlay adds at most
:data:`MAX_GROWTH` bytes to the document (counted as the update's JSON size times
the nodes it is merged into, before anything is merged). Each refusal names the action.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonpath_rfc9535
import regex
from iregexp_check import check as is_iregexp
from jsonpath_rfc9535.function_extensions import Match, Search
from jsonpath_rfc9535.function_extensions._pattern import map_re  # I-Regexp to `regex` syntax, as the library maps it

from scripts.generation.spec_guard import place
from scripts.infra.project import PipelineError, format_bytes, shown
from scripts.infra.yaml_io import Document

MAX_TARGET = 1000
"""The longest JSONPath target accepted: the parser recurses on nesting, and crashes on very long queries."""
MAX_MATCH_SECONDS = 0.25
"""The longest one ``match``/``search`` of a filter may run (a spec's strings take microseconds)."""
MAX_REGEX_SECONDS = 2.0
"""The longest all the ``match``/``search`` calls of one action may run together."""
MAX_SELECTED = 10_000
"""The most nodes one action's target may select (Puretalk's whole spec has about 3,000 in all)."""
MAX_GROWTH = 4 * 2**20
"""The most bytes (as JSON) all the updates of an overlay may add to the document together."""


class OverlayError(PipelineError):
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


class _RegexTimeout(PipelineError):
    """A filter's regular expression ran past its time; the message says which cap."""


class _RegexBudget:
    """The time the regular expressions of one action may still take."""

    def __init__(self) -> None:
        self.deadline = 0.0
        self.restart()

    def restart(self) -> None:
        """Give the next action its whole budget."""
        self.deadline = time.monotonic() + MAX_REGEX_SECONDS

    def run(self, pattern: str, matching: Callable[[float], object]) -> bool:
        """Call ``matching(timeout)`` within the budget; a pattern that is not valid counts as no match."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _RegexTimeout(f"its regular expressions ran past {MAX_REGEX_SECONDS:g} s in all")
        timeout = min(left, MAX_MATCH_SECONDS)
        try:
            return bool(matching(timeout))
        except TimeoutError as cause:
            if timeout < MAX_MATCH_SECONDS:
                raise _RegexTimeout(f"its regular expressions ran past {MAX_REGEX_SECONDS:g} s in all") from cause
            raise _RegexTimeout(
                f"the regular expression {shown(pattern)} ran past {MAX_MATCH_SECONDS:g} s on one value "
                "(it backtracks without bound: rewrite it)"
            ) from cause
        except (TypeError, regex.error):
            return False


class _BoundedMatch(Match):
    """The standard ``match`` function, stopped at the action's time budget."""

    def __init__(self, budget: _RegexBudget) -> None:
        self.budget = budget

    def __call__(self, string: str, pattern: object) -> bool:
        """Return whether all of ``string`` matches the I-Regexp ``pattern``."""
        if not isinstance(pattern, str) or not isinstance(string, str) or not is_iregexp(pattern):
            return False
        return self.budget.run(pattern, lambda timeout: regex.fullmatch(map_re(pattern), string, timeout=timeout))


class _BoundedSearch(Search):
    """The standard ``search`` function, stopped at the action's time budget."""

    def __init__(self, budget: _RegexBudget) -> None:
        self.budget = budget

    def __call__(self, string: str, pattern: object) -> bool:
        """Return whether some part of ``string`` matches the I-Regexp ``pattern``."""
        if not isinstance(pattern, str) or not isinstance(string, str) or not is_iregexp(pattern):
            return False
        return self.budget.run(
            pattern, lambda timeout: regex.search(map_re(pattern), string, regex.VERSION1, timeout=timeout)
        )


class _Environment(jsonpath_rfc9535.JSONPathEnvironment):
    """RFC 9535 JSONPath whose ``match`` and ``search`` run under a :class:`_RegexBudget`."""

    def __init__(self) -> None:
        self.budget = _RegexBudget()
        super().__init__()

    def setup_function_extensions(self) -> None:
        """Install the standard functions, with the bounded regular expressions."""
        super().setup_function_extensions()
        self.function_extensions["match"] = _BoundedMatch(self.budget)
        self.function_extensions["search"] = _BoundedSearch(self.budget)


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


def _in_place(document: Document, node: jsonpath_rfc9535.JSONPathNode) -> bool:
    """Whether ``node`` is still where it was selected (an update of an enclosing node may have replaced it)."""
    try:
        return _parent(document, node.location)[node.location[-1]] is node.value
    except (LookupError, TypeError):
        return False


def _removal_order(node: jsonpath_rfc9535.JSONPathNode) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    return len(node.location), tuple((0, step) if isinstance(step, int) else (1, step) for step in node.location)


def _select(environment: _Environment, document: Document, action: _Action) -> list[jsonpath_rfc9535.JSONPathNode]:
    """Return the nodes ``action`` targets: at most :data:`MAX_SELECTED`, its regular expressions within their time."""
    if len(action.target) > MAX_TARGET:
        raise OverlayError(f"action #{action.index + 1}: target longer than {MAX_TARGET} characters")
    environment.budget.restart()
    try:
        query = environment.compile(action.target)
        nodes = list(itertools.islice(query.finditer(document), MAX_SELECTED + 1))
    except jsonpath_rfc9535.JSONPathError as error:
        raise OverlayError(f"{action.name}: invalid JSONPath: {' '.join(str(error).split())}") from error
    except RecursionError as cause:
        raise OverlayError(f"{action.name}: JSONPath nested too deeply to evaluate") from cause
    except _RegexTimeout as error:
        raise OverlayError(f"{action.name}: {error}") from error
    if len(nodes) > MAX_SELECTED:
        raise OverlayError(f"{action.name} selects more than {MAX_SELECTED:,} nodes (the cap on one action)")
    if not nodes:
        raise OverlayError(f"{action.name} matches nothing in the document")
    return list({node.location: node for node in nodes}.values())  # a node selected twice is one place


def _apply_action(document: Document, action: _Action, nodes: list[jsonpath_rfc9535.JSONPathNode]) -> Document:
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
        if isinstance(node.value, dict) and not isinstance(action.update, Mapping):
            kind = type(action.update).__name__
            raise OverlayError(f"{action.name}: the update of an object must be an object, not {kind}")
        if node.location and not _in_place(document, node):
            raise OverlayError(
                f"{action.name}: it selects {place(node.location)}, which its update of an enclosing node replaced"
            )
        merged = _merge(node.value, action.update)
        if not node.location:
            document = merged
        else:
            _parent(document, node.location)[node.location[-1]] = merged
    return document


def _json_size(value: Any) -> int:
    """Return the length of ``value`` as compact JSON: what merging it once adds to a document, at most."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


_OPERATION_TARGET = re.compile(
    r"""\$\.paths\[(?P<quote>['"])(?P<path>(?:(?!(?P=quote))[^\\])*)(?P=quote)\]"""
    r"(?:\.(?P<method>get|put|post|delete|options|head|patch|trace)\b|\[(?P<q2>['\"])"
    r"(?P<method2>get|put|post|delete|options|head|patch|trace)(?P=q2)\])?"
)


def removed_operation(document: Document, target: str) -> str | None:
    """Return ``METHOD path`` (or ``path``) when ``target`` lies under an operation ``document`` does not have."""
    found = _OPERATION_TARGET.match(target)
    paths = document.get("paths") if isinstance(document, dict) else None
    if found is None or not isinstance(paths, dict):
        return None
    path, method = found["path"], found["method"] or found["method2"]
    item = paths.get(path)
    if not isinstance(item, dict):
        return f"{method.upper()} {path}" if method else path
    if method and method not in item:
        return f"{method.upper()} {path}"
    return None


def apply_overlay(
    document: Document, overlay: Mapping[str, Any], skipped: list[str] | None = None, *, base: Document | None = None
) -> Document:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order.

    Raises :class:`OverlayError` naming the action when an action is malformed, its target
    matches nothing, or it passes a cap (see the module's documentation). An action under an
    operation the document no longer has, but ``base`` (the spec generated/ was made from) had,
    is skipped instead, and named in ``skipped``; without a base, or when the base did not have
    that operation either, the action fails.
    """
    actions = _parse_actions(overlay)
    environment = _Environment()
    result: Document = copy.deepcopy(document)
    grown = 0
    for action in actions:
        gone = removed_operation(result, action.target)
        if gone is not None:
            if base is None or removed_operation(base, action.target) is not None:
                raise OverlayError(
                    f"{action.name}: {gone} does not exist, and the spec generated/ was made from did not have it "
                    "either, so upstream did not remove it: fix the target"
                )
            if skipped is not None:
                skipped.append(f"{action.name}: {gone} is gone upstream")
            continue
        nodes = _select(environment, result, action)
        if not action.remove:
            grown += len(nodes) * _json_size(action.update)
            if grown > MAX_GROWTH:
                raise OverlayError(
                    f"{action.name}: merging its update into {len(nodes):,} nodes would make the overlay add "
                    f"more than {format_bytes(MAX_GROWTH)} to the document (the cap on an overlay's growth)"
                )
        result = _apply_action(result, action, nodes)
    return result
