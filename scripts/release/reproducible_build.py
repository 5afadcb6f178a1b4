"""Building the sdist and the wheel reproducibly: the same tree gives byte-identical files.

``SOURCE_DATE_EPOCH`` is the time of the last commit (an exported value wins; outside a
git checkout a fixed value is used, with a warning), so every timestamp in the archives is
that time. ``python -m scripts.release.reproducible_build`` (``nox -s build``) builds into ``dist/``
and runs ``twine check --strict``, exactly as ``nox -s publish`` does before uploading.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from scripts.infra.project import ROOT, PipelineError, PublishError, file_digest
from scripts.infra.run_lock import run_lock
from scripts.release.credentials import Console, clean_environment

DIST = "dist"
FALLBACK_EPOCH = 1_580_601_600  # 2020-02-02, hatchling's own default: used only outside a git checkout


def source_date_epoch(root: Path, environ: Mapping[str, str], console: Console) -> int:
    """Return ``SOURCE_DATE_EPOCH`` if set, else the time of the last commit of ``root``, else a fixed value."""
    given = environ.get("SOURCE_DATE_EPOCH")
    if given:
        try:
            return int(given)
        except ValueError as error:
            raise PublishError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {given!r}") from error
    git = shutil.which("git")
    if git is not None:
        top = subprocess.run(
            [git, "rev-parse", "--show-toplevel"], cwd=root, capture_output=True, text=True, check=False
        )
        if top.returncode == 0 and Path(top.stdout.strip()).resolve() == root.resolve():
            last = subprocess.run(
                [git, "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, check=False
            )
            if last.returncode == 0 and last.stdout.strip().isdigit():
                return int(last.stdout.strip())
    console.warn(f"{root} is not a git checkout with a commit: SOURCE_DATE_EPOCH={FALLBACK_EPOCH} (fixed)")
    return FALLBACK_EPOCH


def _run_quiet(command: list[str], cwd: Path, env: Mapping[str, str], what: str) -> None:
    result = subprocess.run(command, cwd=cwd, env=dict(env), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise PublishError(f"{what} failed (exit {result.returncode}):\n{output}")


def build_distributions(root: Path, outdir: Path, epoch: int, environ: Mapping[str, str] | None = None) -> list[Path]:
    """Build the sdist and the wheel of ``root`` into ``outdir`` (emptied first) with ``SOURCE_DATE_EPOCH``."""
    shutil.rmtree(outdir, ignore_errors=True)
    env = {**clean_environment(os.environ if environ is None else environ), "SOURCE_DATE_EPOCH": str(epoch)}
    # The same bytes as `python -m build --sdist --wheel --outdir OUTDIR ROOT`, with one isolated environment;
    # -P: the worker's folder (scripts/release) is not put on sys.path, so none of its modules shadows another.
    command = [sys.executable, "-P", str(Path(__file__).with_name("build_worker.py")), str(root), str(outdir)]
    _run_quiet(command, root, env, "python -m build")
    files = sorted(outdir.glob("*.whl")) + sorted(outdir.glob("*.tar.gz"))
    if len(files) != 2:
        raise PublishError(f"expected one wheel and one sdist in {outdir}, found {[f.name for f in files]}")
    return files


def twine_check(files: Iterable[Path], root: Path, environ: Mapping[str, str]) -> None:
    """Run ``twine check --strict`` on the built files."""
    command = [sys.executable, "-m", "twine", "check", "--strict", *(str(path) for path in files)]
    _run_quiet(command, root, clean_environment(environ), "twine check")


def build_checked(root: Path, environ: Mapping[str, str], console: Console) -> list[Path]:
    """Build ``root`` into ``root/dist`` reproducibly, ``twine check`` the files, and print each with its sha256."""
    epoch = source_date_epoch(root, environ, console)
    built = build_distributions(root, root / DIST, epoch, environ)
    twine_check(built, root, environ)
    for path in built:
        console.say(f"built {DIST}/{path.name}  sha256 {file_digest(path)}  (SOURCE_DATE_EPOCH={epoch})")
    return built


def main() -> int:
    """Entry point of ``nox -s build``: build dist/ reproducibly and check it, under the checkout's lock."""
    console = Console()
    try:
        with run_lock(ROOT, "build"):
            build_checked(ROOT, dict(os.environ), console)
    except (PublishError, PipelineError) as error:
        console.error(str(error))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
