"""Compare security: how callers authenticate (schemes) and what each operation requires.

An operation's requirement is a list of alternatives, each a set of schemes (with
OAuth scopes) used together; an empty list, or an empty alternative, lets callers in
without credentials. A scheme renamed with its definition unchanged is the same scheme.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from scripts.changes.spec_diff.changes import Change
from scripts.changes.spec_diff.document import Operation, Spec, mapping, sequence
from scripts.changes.spec_diff.schema_view import canonical

Requirement = dict[frozenset[str], dict[str, frozenset[str]]]
"""Alternatives keyed by their set of scheme names; each maps a scheme to its scopes."""
Emit = Callable[[str, str], None]
GLOBAL = "every operation without its own security"
_URLS = ("authorizationUrl", "tokenUrl", "refreshUrl")


def _requirement(raw: Any, renames: Mapping[str, str]) -> tuple[Requirement, bool]:
    """Read a security requirement: its alternatives, and whether callers may come without credentials."""
    alternatives: Requirement = {}
    anonymous = not sequence(raw)
    for option in sequence(raw):
        scopes = {
            renames.get(str(name), str(name)): frozenset(str(scope) for scope in sequence(values))
            for name, values in mapping(option).items()
        }
        if scopes:
            alternatives[frozenset(scopes)] = scopes
        else:
            anonymous = True
    return alternatives, anonymous


def _names(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative))


def compare_requirements(old: Any, new: Any, renames: Mapping[str, str], emit: Emit) -> None:
    """Report what changed between two security requirements (``security`` lists)."""
    before, before_open = _requirement(old, renames)
    after, after_open = _requirement(new, {})
    if before_open and not after_open:
        emit("security-requirement-added", f"credentials now required: {', '.join(_names(a) for a in after)}")
    elif after_open and not before_open:
        emit("security-requirement-removed", "credentials no longer required")
    for alternative in before:
        if alternative not in after and not after_open:
            emit("security-alternative-removed", f"security {_names(alternative)} no longer accepted")
    for alternative in after:
        if alternative not in before and before:
            emit("security-alternative-added", f"security {_names(alternative)} now accepted")
    for alternative, scopes in before.items():
        for scheme, needed in after.get(alternative, {}).items():
            added, removed = sorted(needed - scopes[scheme]), sorted(scopes[scheme] - needed)
            if added:
                emit("security-scope-added", f"security {scheme} requires scope(s): {', '.join(added)}")
            if removed:
                emit("security-scope-removed", f"security {scheme} no longer requires scope(s): {', '.join(removed)}")


class _Collector:
    """Collects the changes reported under one name."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.changes: list[Change] = []

    def __call__(self, rule: str, what: str) -> None:
        self.changes.append(Change(self.where, what, rule))


def _definition(scheme: Mapping[str, Any]) -> str:
    return canonical({key: value for key, value in scheme.items() if key != "description"})


class SecurityDiffer:
    """Compares the security of an old and a new document."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.old_schemes = {str(k): mapping(old.resolve(v)) for k, v in old.security_schemes().items()}
        self.new_schemes = {str(k): mapping(new.resolve(v)) for k, v in new.security_schemes().items()}
        gone = {name: _definition(s) for name, s in self.old_schemes.items() if name not in self.new_schemes}
        fresh = {_definition(s): name for name, s in self.new_schemes.items() if name not in self.old_schemes}
        self.renames = {name: fresh[text] for name, text in gone.items() if text in fresh}

    def operation(self, old: Operation, new: Operation) -> list[Change]:
        """Find the changes to what ``new`` requires, unless both inherit the document's requirement."""
        if "security" not in old.raw and "security" not in new.raw:
            return []
        emit = _Collector(new.name)
        compare_requirements(
            old.raw.get("security", self.old.root.get("security")),
            new.raw.get("security", self.new.root.get("security")),
            self.renames,
            emit,
        )
        return emit.changes

    def document(self, inheriting: bool) -> list[Change]:
        """Find the changes to the document's requirement (when some operation inherits it) and to schemes in use."""
        emit = _Collector(GLOBAL)
        if inheriting:
            compare_requirements(self.old.root.get("security"), self.new.root.get("security"), self.renames, emit)
        changes = emit.changes
        used = self._used_schemes()
        for name, before in self.old_schemes.items():
            after = self.new_schemes.get(self.renames.get(name, name))
            if after is None or name not in used:
                continue
            emit = _Collector(f"security scheme {self.renames.get(name, name)}")
            self._scheme(before, after, emit)
            changes += emit.changes
        return changes

    def _used_schemes(self) -> set[str]:
        requirements = [self.old.root.get("security")]
        requirements += [operation.raw.get("security") for operation in self.old.operations()]
        return {str(name) for raw in requirements for option in sequence(raw) for name in mapping(option)}

    def _scheme(self, old: Mapping[str, Any], new: Mapping[str, Any], emit: Emit) -> None:
        kind = old.get("type")
        if kind != new.get("type"):
            emit("security-scheme-changed", f"type changed: {kind} -> {new.get('type')}")
            return
        for key in ("in", "name", "scheme", "bearerFormat", "openIdConnectUrl", "flow", *_URLS):
            before, after = old.get(key), new.get(key)
            if key in ("name", "scheme") and isinstance(before, str) and isinstance(after, str):
                case_blind = key == "scheme" or old.get("in") == "header"
                if case_blind and before.lower() == after.lower():
                    continue
            if before != after:
                emit("security-scheme-changed", f"{key} changed: {before} -> {after}")
        self._scopes(mapping(old.get("scopes")), mapping(new.get("scopes")), "", emit)
        old_flows, new_flows = mapping(old.get("flows")), mapping(new.get("flows"))
        for flow, definition in old_flows.items():
            if flow not in new_flows:
                emit("security-scheme-changed", f"OAuth flow {flow} removed")
                continue
            before, after = mapping(definition), mapping(new_flows[flow])
            for key in _URLS:
                if before.get(key) != after.get(key):
                    emit(
                        "security-scheme-changed",
                        f"OAuth flow {flow} {key} changed: {before.get(key)} -> {after.get(key)}",
                    )
            self._scopes(mapping(before.get("scopes")), mapping(after.get("scopes")), f"OAuth flow {flow} ", emit)
        for flow in new_flows:
            if flow not in old_flows:
                emit("security-scheme-extended", f"OAuth flow {flow} added")

    @staticmethod
    def _scopes(old: Mapping[str, Any], new: Mapping[str, Any], where: str, emit: Emit) -> None:
        added = sorted(str(scope) for scope in new if scope not in old)
        removed = sorted(str(scope) for scope in old if scope not in new)
        if added:
            emit("security-scheme-extended", f"{where}scope(s) added: {', '.join(added)}")
        if removed:
            emit("security-scheme-extended", f"{where}scope(s) removed: {', '.join(removed)}")
