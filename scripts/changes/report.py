"""The one change report of a generation: HTTP changes, Python-surface changes, one level, the version it needs.

``generate`` makes it once (:mod:`scripts.commands.generate`) and writes it twice, side by side:
``build/spec-changes.md`` for people and ``build/spec-changes.json`` for the steps that come after.
Those steps read the JSON and never recompute it, so they cannot disagree:

- spec-watch (:mod:`scripts.commands.spec_watch`): whether the pull request's title says
  ``[BREAKING]`` is :attr:`ChangeReport.breaking`, the report's own level;
- the changelog (:mod:`scripts.changes.changelog`): a version's lines come from the report's changes;
- ``check`` and ``--bump`` (:mod:`scripts.changes.versioning`): the version floor recorded in the
  manifest is the report's :attr:`ChangeReport.version`.

The JSON carries the fingerprint of the tree it describes, so a reader can tell a report of
the tree in place from a stale one (:func:`read_report`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from scripts.infra.atomic import write_atomic
from scripts.infra.project import PipelineError
from scripts.infra.urls import masked

if TYPE_CHECKING:  # imported where used: generate loads this module before it starts the generator's process
    from scripts.changes.spec_diff import Change, Level
    from scripts.changes.surface_diff import SurfaceChange

REPORT = Path("build") / "spec-changes.md"
"""The change report for people, as ``generate`` prints it."""
REPORT_JSON = Path("build") / "spec-changes.json"
"""The same report as data, beside the Markdown: what spec-watch, the changelog and ``--bump`` read."""
FORMAT = 1


class ReportError(PipelineError):
    """The change report is missing, torn, of another tree, or not of the expected shape."""


@dataclass(frozen=True)
class ChangeReport:
    """What one generation found, decided once: every reader takes its verdict from here."""

    changes: tuple[Change, ...]
    """The HTTP API's changes (:mod:`scripts.changes.spec_diff`)."""
    surface_changes: tuple[SurfaceChange, ...]
    """The Python surface's changes (:mod:`scripts.changes.surface_diff`)."""
    level: Level
    """How far the whole release moves the version: the higher of the HTTP level and the surface's."""
    api_level: Level
    """The HTTP API's own level (below :attr:`level` when only the Python surface moved it further)."""
    current_version: str
    """pyproject.toml's version when the report was made."""
    version: str
    """The lowest version these changes (and those of earlier generations) allow: the version floor."""
    fingerprint: str
    """The fingerprint of the generated tree this report describes."""
    python_names: dict[str, str] = field(default_factory=dict)
    """``METHOD path`` to the Python call users write (``client.calls.get()``)."""
    text: str = ""
    """The rendered Markdown, exactly as printed and written to :data:`REPORT`."""

    @property
    def breaking(self) -> bool:
        """Whether the release breaks callers: a major level, from the HTTP API or the Python surface."""
        from scripts.changes.spec_diff import Level

        return self.level is Level.MAJOR

    def to_json(self) -> dict[str, object]:
        """Return the report as JSON-ready data."""
        return {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            "level": self.level.name.lower(),
            "api_level": self.api_level.name.lower(),
            "breaking": self.breaking,
            "current_version": self.current_version,
            "version": self.version,
            "changes": [
                {
                    "operation": change.operation,
                    "what": change.what,
                    "rule": change.rule,
                    "severity": change.severity.name.lower(),
                }
                for change in self.changes
            ],
            "surface_changes": [
                {"level": change.level.name.lower(), "text": change.text, "breaking": change.breaking}
                for change in self.surface_changes
            ],
            "python_names": dict(sorted(self.python_names.items())),
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: object) -> ChangeReport:
        """Read a report written by :meth:`to_json`; raise :class:`ReportError` when it is not one."""
        from scripts.changes.spec_diff import Change
        from scripts.changes.surface_diff import SurfaceChange

        try:
            if not isinstance(data, Mapping) or data.get("format") != FORMAT:
                raise ReportError("not a change report of this pipeline's format")
            changes = tuple(
                Change(str(item["operation"]), str(item["what"]), str(item["rule"])) for item in data["changes"]
            )
            for change in changes:
                _ = change.severity  # a rule this pipeline does not know: the report is not its own
            surface = tuple(SurfaceChange(_level(item["level"]), str(item["text"])) for item in data["surface_changes"])
            names = data.get("python_names") or {}
            return cls(
                changes=changes,
                surface_changes=surface,
                level=_level(data["level"]),
                api_level=_level(data["api_level"]),
                current_version=str(data["current_version"]),
                version=str(data["version"]),
                fingerprint=str(data["fingerprint"]),
                python_names={str(key): str(value) for key, value in dict(names).items()},
                text=str(data.get("text", "")),
            )
        except ReportError:
            raise
        except (KeyError, TypeError, ValueError) as error:
            raise ReportError(f"{REPORT_JSON.as_posix()} is not a change report: {type(error).__name__}") from error


def _level(value: object) -> Level:
    from scripts.changes.spec_diff import Level

    try:
        return Level[str(value).upper()]
    except KeyError as cause:
        raise ReportError(f"{REPORT_JSON.as_posix()}: unknown level {value!r}") from cause


def write_report(root: Path, report: ChangeReport) -> None:
    """Write the report's Markdown and its JSON beside it, each atomically (JSON last: it is what readers trust).

    Both go through the one masking function: a URL of the spec (an OAuth ``tokenUrl`` that
    changed) is written with its credentials, if any, as ``***``.
    """
    write_atomic(root / REPORT, masked(report.text))
    write_atomic(root / REPORT_JSON, masked(json.dumps(report.to_json(), indent=2, ensure_ascii=False)) + "\n")


def read_report(root: Path, fingerprint: str | None = None) -> ChangeReport:
    """Read ``build/spec-changes.json``; with ``fingerprint``, refuse a report of any other tree (a stale one)."""
    path = root / REPORT_JSON
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ReportError(f"{REPORT_JSON.as_posix()} is missing: run `nox -s generate` to make it") from error
    except (OSError, ValueError) as error:
        raise ReportError(f"{REPORT_JSON.as_posix()} cannot be read: {type(error).__name__}") from error
    report = ChangeReport.from_json(data)
    if fingerprint is not None and report.fingerprint != fingerprint:
        raise ReportError(
            f"{REPORT_JSON.as_posix()} describes another generation (fingerprint {report.fingerprint[:12]}, "
            f"not {fingerprint[:12]}): run `nox -s generate` again"
        )
    return report
