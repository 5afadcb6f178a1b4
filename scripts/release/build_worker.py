"""Build the sdist and the wheel of a project in one isolated environment: ``python build_worker.py ROOT OUTDIR``.

``python -m build --sdist --wheel`` makes a fresh virtualenv for each of the two (installing the
build backend twice); both are built from the source tree, so one environment gives the same bytes
in about half the time. Run as a script in its own process (by
:func:`scripts.release.reproducible_build.build_distributions`, with the cleaned environment and
``SOURCE_DATE_EPOCH``): it imports nothing but ``build`` and the standard library.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from build import BuildBackendException, BuildException, ProjectBuilder
from build.env import DefaultIsolatedEnv

DISTRIBUTIONS: tuple[Literal["sdist", "wheel"], ...] = ("sdist", "wheel")
"""What is built, in this order (as ``python -m build --sdist --wheel`` does)."""


def build_both(root: Path, outdir: Path) -> list[Path]:
    """Build every one of :data:`DISTRIBUTIONS` of ``root`` into ``outdir`` in one isolated environment."""
    built = []
    with DefaultIsolatedEnv() as env:
        builder = ProjectBuilder.from_isolated_env(env, root)
        env.install(builder.build_system_requires)
        for distribution in DISTRIBUTIONS:
            env.install(builder.get_requires_for_build(distribution))
            built.append(Path(builder.build(distribution, outdir)))
    return built


def main(argv: list[str]) -> int:
    """Build ``ROOT`` into ``OUTDIR``; print each file built, or the one reason it failed (exit 1)."""
    if len(argv) != 2:
        print("usage: build_worker.py ROOT OUTDIR", file=sys.stderr)
        return 2
    try:
        for path in build_both(Path(argv[0]), Path(argv[1])):
            print(f"built {path.name}")
    except (BuildException, BuildBackendException) as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
