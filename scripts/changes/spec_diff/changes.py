"""The report's lines, how far they move the version, and the rendered report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from scripts.changes.spec_diff.rules import RULES, Severity
from scripts.infra.yaml_io import Document


class Level(IntEnum):
    """How far a change moves the package version (semver)."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


@dataclass(frozen=True, order=True)
class Change:
    """One line of the report: where, what, and the rule (with its level) that found it."""

    operation: str
    what: str
    rule: str

    @property
    def severity(self) -> Severity:
        """The rule's level."""
        return RULES[self.rule].severity

    @property
    def breaking(self) -> bool:
        """Whether callers that followed the old spec break (an oasdiff error)."""
        return self.severity is Severity.BREAKING

    @property
    def potentially_breaking(self) -> bool:
        """Whether callers may break; the spec cannot tell (an oasdiff warning)."""
        return self.severity is Severity.POTENTIALLY_BREAKING

    def __str__(self) -> str:
        if self.breaking:
            marker = "BREAKING"
        elif self.potentially_breaking:
            marker = "POTENTIALLY BREAKING"
        else:
            marker = "addition" if RULES[self.rule].additive else "change"
        return f"[{marker}] {self.operation}: {self.what}"


def level(changes: list[Change], old: Document, new: Document) -> Level:
    """Classify for semver: (potentially) breaking → major, other changes → minor, any other difference → patch."""
    if any(change.severity is not Severity.NOT_BREAKING for change in changes):
        return Level.MAJOR
    if changes:
        return Level.MINOR
    return Level.PATCH if old != new else Level.NONE


def _parts(version: str) -> tuple[int, int, int]:
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    return major, minor, patch


def bump(version: str, how_far: Level) -> str:
    """Return the version ``how_far`` past ``version`` (``MAJOR.MINOR.PATCH``)."""
    major, minor, patch = _parts(version)
    if how_far is Level.MAJOR:
        return f"{major + 1}.0.0"
    if how_far is Level.MINOR:
        return f"{major}.{minor + 1}.0"
    if how_far is Level.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version


def version_key(version: str) -> tuple[int, int, int]:
    """Return a comparable form of ``MAJOR.MINOR.PATCH``."""
    return _parts(version)


def report(
    changes: list[Change],
    how_far: Level,
    current: str,
    proposed: str,
    *,
    api_level: Level | None = None,
    more: str = "",
) -> str:
    """Render the change report, as printed by ``generate`` and written to build/spec-changes.md.

    ``how_far`` is the level of the whole release; ``api_level`` (``how_far`` when not given) the
    HTTP API's own, and ``more`` further sections (the Python surface) put before the version line.
    """
    lines = ["# API changes since the spec generated/ was made from", ""]
    api = how_far if api_level is None else api_level
    if api is Level.NONE:
        lines.append("No change.")
    elif not changes:
        lines.append("No change to operations, parameters or fields (descriptions, examples or similar changed).")
    else:
        breaking = sum(change.breaking for change in changes)
        maybe = sum(change.potentially_breaking for change in changes)
        also = f", {maybe} potentially breaking" if maybe else ""
        lines.append(f"{len(changes)} change(s), {breaking} breaking{also}:")
        lines.extend(f"- {change}" for change in changes)
    if more:
        lines += ["", more.rstrip("\n")]
    if version_key(proposed) <= version_key(current):  # a floor below the version (it was raised since) asks nothing
        lines += ["", f"Version: {current} needs no bump."]
    elif how_far is Level.NONE:  # the floor an earlier generation recorded, not yet reached: never a higher one
        lines += [
            "",
            f"Version: {current} -> {proposed}, for the changes an earlier generation reported (set it in "
            "pyproject.toml)",
        ]
    else:
        lines += ["", f"Version: {how_far.name.lower()} change; {current} -> {proposed} (set it in pyproject.toml)"]
    return "\n".join(lines) + "\n"
