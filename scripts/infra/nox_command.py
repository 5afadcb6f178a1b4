"""Finding the nox that runs this pipeline, for the steps that run nox again (publish's verification, the tests).

``nox`` installed at the pinned version (requirements/nox.txt) and ``./nox`` (which installs that
version into .nox-bootstrap/) are the same: the noxfile hands every session the interpreter that
runs nox in ``NOX_RUNNER_PYTHON``, and a step that runs nox again runs ``<that python> -m nox``.
Outside a nox session, ``nox`` on ``PATH`` is used.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from scripts.infra.project import PipelineError

NOX_PYTHON = "NOX_RUNNER_PYTHON"
"""Set by the noxfile for its sessions: the Python interpreter nox itself runs on (``sys.executable`` there)."""


def nox_command(environ: Mapping[str, str] | None = None) -> list[str]:
    """Return the command that runs the nox running this pipeline (``python -m nox``), else ``nox`` from PATH.

    Raises :class:`PipelineError` (one line) when there is neither.
    """
    env = os.environ if environ is None else environ
    python = env.get(NOX_PYTHON, "")
    if python and Path(python).is_file() and os.access(python, os.X_OK):
        return [python, "-m", "nox"]
    found = shutil.which("nox", path=env.get("PATH"))
    if found is not None:
        return [found]
    raise PipelineError(
        f"nox not found: run this through nox (./nox, or nox installed from requirements/nox.txt), "
        f"or put nox on PATH ({NOX_PYTHON} is not set)"
    )
