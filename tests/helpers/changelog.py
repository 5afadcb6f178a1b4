"""Giving a version a CHANGELOG.md section by hand, as a person who sets the version by hand must."""

from __future__ import annotations

from pathlib import Path


def add_section(repo: Path, version: str, note: str = "Written by hand.") -> None:
    """Append a ``## VERSION`` section to ``repo``/CHANGELOG.md (``check`` needs one for the current version)."""
    path = repo / "CHANGELOG.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n## {version}\n\n{note}\n", encoding="utf-8")
