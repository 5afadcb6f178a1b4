"""A first run's warm-up: on the other core, while the generator parses, fill what later steps read from the caches.

``python -m scripts.generation.warm_up ROOT`` compiles the runtime's modules (``overlays/puretalk_client``,
which the import gate imports the package with) into the gate's cache, and the facade's templates into the
template cache. Neither depends on the spec, so on a first run (nothing cached yet) this is work the
generator's process would otherwise do itself later, on the run's one critical path. The generator's process
starts it (:func:`start_warm_up`) only when the runtime is not cached: on later runs there is nothing to do.

Whatever it has not finished when a step needs it, that step does as before; each entry is written in one
step, so a step never reads half of one.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts.generation.compiled_cache import COMPILED_CACHE, compile_into, uncached
from scripts.infra.project import PACKAGE, cache_dir

RUNTIME = Path("overlays") / PACKAGE.split(".")[0]
"""The runtime the import gate imports the generated package with."""


def runtime_modules(root: Path) -> list[Path]:
    """Return the runtime's modules under ``root``, named as the gate's imports find them."""
    return sorted((root / RUNTIME).rglob("*.py"))


def start_warm_up(root: Path) -> subprocess.Popen[bytes] | None:
    """Start the warm-up of ``root``'s caches in a process of its own; ``None`` when the runtime is cached already."""
    if not uncached(runtime_modules(root), cache_dir(root) / COMPILED_CACHE):
        return None
    command = [sys.executable, "-m", __name__, str(root)]
    try:
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return None  # each step compiles what it needs itself


def stop_warm_up(process: subprocess.Popen[bytes] | None) -> None:
    """End a :func:`start_warm_up` process: what it has not done, the steps did themselves."""
    if process is not None and process.poll() is None:
        process.kill()
    if process is not None:
        process.wait()


def warm_up(root: Path) -> None:
    """Compile the runtime's uncached modules into the gate's cache, then the facade's templates into theirs."""
    cache = cache_dir(root) / COMPILED_CACHE
    for path in runtime_modules(root):
        compile_into(cache, path)
    from scripts.generation.facade_render import compile_templates  # Jinja: only once the modules are compiled

    compile_templates(root)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m scripts.generation.warm_up ROOT``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) != 1:
        return 2
    warm_up(Path(arguments[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
