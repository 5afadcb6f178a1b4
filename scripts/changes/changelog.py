"""CHANGELOG.md: a section per version, written by ``update-spec --bump`` from the change report.

A version's section holds what people write under its heading, kept as it is, and one block
between :data:`BEGIN` and :data:`END` that ``update-spec --bump`` writes from the same data as
the change report: breaking changes first, by the Python names users call (method, keyword,
model) where the Python surface report has them, then additions, then the rest. Running it
again for the same version merges the new lines into that block (none is lost, none doubled)
and leaves everything outside it alone. ``check`` and ``publish`` refuse a version without a
section (:func:`changelog_problem`).

Every line comes from the spec (paths, names), so each is one list item whose text is a code
span: it cannot open a heading, close the block, hold HTML or a link, or mention anyone in the
spec-watch pull request; whitespace is collapsed and the length capped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from scripts.changes.spec_diff import Change, Level, Severity
from scripts.changes.spec_diff.rules import RULES
from scripts.changes.surface_diff import SurfaceChange
from scripts.infra.atomic import write_atomic

if TYPE_CHECKING:
    from scripts.changes.report import ChangeReport

CHANGELOG = Path("CHANGELOG.md")
BEGIN = "<!-- update-spec --bump: begin (lines here are rewritten; write your notes outside this block) -->"
END = "<!-- update-spec --bump: end -->"
GROUPS = ("Breaking changes", "Added", "Changed")
MAX_LINE = 400
PREAMBLE = (
    "# Changelog\n\n"
    "What each release of puretalk-client changed, newest first. `nox -s update-spec -- --bump SOURCE` "
    "writes the section of the version it proposes from the change report (breaking changes first, by "
    "the Python names you call); notes written under a version's heading, outside the generated block, "
    "are kept. `check` and `publish` refuse a version that has no section here.\n"
)
_HEADING = re.compile(r"^## \[?v?(?P<version>[0-9][^\s\]]*)\]?(?:\s.*)?$")


@dataclass
class Entries:
    """A version's generated lines, by group: breaking changes, additions, the rest."""

    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def groups(self) -> list[tuple[str, list[str]]]:
        """Return the groups in the order they are written, with their headings."""
        return list(zip(GROUPS, (self.breaking, self.added, self.changed), strict=True))

    def __bool__(self) -> bool:
        return bool(self.breaking or self.added or self.changed)


def _line(text: str) -> str:
    """Make ``text`` (spec-derived) one harmless Markdown list item's text: a code span on one line."""
    flat = " ".join(text.split())
    flat = flat if len(flat) <= MAX_LINE else flat[: MAX_LINE - 1] + "…"
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{ticks}{pad}{flat}{pad}{ticks}"


def _unique(lines: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(_line(line) for line in lines if line.strip()))


def entries(
    changes: Sequence[Change],
    surface: Sequence[SurfaceChange],
    level: Level,
    python_names: dict[str, str] | None = None,
) -> Entries:
    """Sort the report's changes into changelog lines; ``python_names`` maps ``METHOD path`` to ``client.x.y()``."""
    names = python_names or {}

    def http(change: Change) -> str:
        name = names.get(change.operation)
        where = f"{change.operation} ({name})" if name else change.operation
        maybe = " (potentially breaking)" if change.potentially_breaking else ""
        return f"{where}: {change.what}{maybe}"

    found = Entries()
    found.breaking = _unique(
        [item.text for item in surface if item.breaking]
        + [http(change) for change in changes if change.breaking or change.potentially_breaking]
    )
    found.added = _unique(
        [item.text for item in surface if not item.breaking]
        + [
            http(change)
            for change in changes
            if change.severity is Severity.NOT_BREAKING and RULES[change.rule].additive
        ]
    )
    found.changed = _unique(
        http(change)
        for change in changes
        if change.severity is Severity.NOT_BREAKING and not RULES[change.rule].additive
    )
    if not found and level is not Level.NONE:
        found.changed = [_line("The spec's descriptions, examples or similar changed; the API and the client did not.")]
    return found


def entries_from_report(report: ChangeReport) -> Entries:
    """Sort the lines of the one change report (:mod:`scripts.changes.report`) into a version's changelog lines."""
    return entries(report.changes, report.surface_changes, report.level, report.python_names)


def _block(found: Entries) -> list[str]:
    lines = [BEGIN]
    for heading, items in found.groups():
        if items:
            lines += ["", f"### {heading}", "", *(f"- {item}" for item in items)]
    return [*lines, "", END]


def _parse_block(lines: list[str]) -> Entries:
    """Read back a generated block's lines (between the markers) into its groups."""
    found = Entries()
    current: list[str] | None = None
    for line in lines:
        if line.startswith("### "):
            current = dict(zip(GROUPS, (found.breaking, found.added, found.changed), strict=True)).get(line[4:].strip())
        elif line.startswith("- ") and current is not None:
            current.append(line[2:])
    return found


def _merge(old: Entries, new: Entries) -> Entries:
    merged = Entries()
    for (_, target), (_, before), (_, after) in zip(merged.groups(), old.groups(), new.groups(), strict=True):
        target.extend(dict.fromkeys([*before, *after]))
    return merged


def _sections(lines: list[str]) -> list[tuple[int, int, str]]:
    """Return ``(start, end, version)`` of each ``## VERSION`` section (it ends at the next ``#`` or ``##`` heading)."""
    headings = [index for index, line in enumerate(lines) if re.match(r"##? ", line)] + [len(lines)]
    found = []
    for start, end in itertools.pairwise(headings):
        match = _HEADING.match(lines[start])
        if match:
            found.append((start, end, match.group("version")))
    return found


def with_section(text: str, version: str, found: Entries) -> str:
    """Return CHANGELOG.md's ``text`` with ``found`` in ``version``'s section (made, newest first, when missing)."""
    lines = (text or PREAMBLE).splitlines()
    for start, end, named in _sections(lines):
        if named != version:
            continue
        body = lines[start + 1 : end]
        if BEGIN in body and END in body[body.index(BEGIN) :]:
            first = body.index(BEGIN)
            last = first + body[first:].index(END)
            merged = _merge(_parse_block(body[first + 1 : last]), found)
            body = body[:first] + _block(merged) + body[last + 1 :]
        else:
            while body and not body[-1].strip():
                body.pop()
            body = [*body, "", *_block(found), ""] if body else ["", *_block(found), ""]
        return "\n".join([*lines[: start + 1], *body, *lines[end:]]).rstrip("\n") + "\n"
    sections = _sections(lines)
    at = sections[0][0] if sections else len(lines)
    new = [f"## {version}", "", *_block(found), ""]
    head = lines[:at]
    if head and head[-1].strip():
        head.append("")
    return "\n".join([*head, *new, *lines[at:]]).rstrip("\n") + "\n"


def section(text: str, version: str) -> str | None:
    """Return ``version``'s section of CHANGELOG.md's ``text`` (heading included), or ``None`` when it has none."""
    lines = text.splitlines()
    for start, end, named in _sections(lines):
        if named == version:
            return "\n".join(lines[start:end]).strip("\n") + "\n"
    return None


def record(root: Path, version: str, found: Entries) -> bool:
    """Write ``found`` into ``version``'s section of ``root``/CHANGELOG.md; ``False`` (nothing written) when empty."""
    if not found:
        return False
    path = root / CHANGELOG
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    write_atomic(path, with_section(text, version, found))
    return True


def changelog_problem(root: Path, version: str) -> str | None:
    """Say, in one line, why CHANGELOG.md does not cover ``version``, if it does not."""
    path = root / CHANGELOG
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return f"{CHANGELOG} is missing: add it with a `## {version}` section saying what this version changed"
    except UnicodeDecodeError:
        return f"{CHANGELOG} is not UTF-8 text"
    if section(text, version) is None:
        return (
            f"{CHANGELOG} has no section for version {version}: add `## {version}` saying what changed "
            "(`nox -s update-spec -- --bump SOURCE` writes one)"
        )
    return None
