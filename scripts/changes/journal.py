"""Journals of the pipeline's changes that take more than one step, so a run after a killed one knows what it left.

- ``build/generate.journal.json``: written by ``generate`` just before it swaps the new tree in,
  removed once it has printed its report. It holds what the change report is measured against
  (the resolved spec and version floor of the tree being replaced), keyed by the new tree's
  fingerprint: a run that finds that tree in place measures against the same base, so the
  change report of a killed run is not lost.
- ``build/update-spec.journal.json``: written by ``update-spec`` before it replaces openapi.yaml,
  with the new spec's sha256 and whether ``--bump`` was asked; removed by the ``generate`` that makes
  generated/ from the new spec, once it has applied ``--bump`` (:func:`scripts.changes.versioning.finish_update`).
  While openapi.yaml is the spec it wrote and generated/ is not made from it, ``check`` and
  ``publish`` say so instead of going on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scripts.infra.atomic import discard_temporaries, write_atomic

GENERATE_JOURNAL = Path("build") / "generate.journal.json"
UPDATE_JOURNAL = Path("build") / "update-spec.journal.json"


def write_journal(root: Path, name: Path, entry: dict[str, Any]) -> None:
    """Record ``entry`` in the journal ``name`` under ``root`` (atomically)."""
    write_atomic(root / name, json.dumps(entry, ensure_ascii=False) + "\n")


def read_journal(root: Path, name: Path) -> dict[str, Any] | None:
    """Return the journal ``name`` under ``root``, or ``None`` when there is none (or only a torn one)."""
    try:
        entry = json.loads((root / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) else None


def remove_journal(root: Path, name: Path) -> None:
    """Remove the journal ``name`` under ``root`` and any temporary file a killed write of it left."""
    (root / name).unlink(missing_ok=True)
    discard_temporaries(root / name)
