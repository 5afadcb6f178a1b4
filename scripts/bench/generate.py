"""The whole ``generate`` against openapi-python-client alone, side by side, at two sizes.

Each round times, in a copy of this checkout's inputs, the whole pipeline step as users run it
(``python -m scripts.commands.generate generate``: overlay, validation and the change report beside the
generator, the facade, formatting, the compile-and-import gate, the swap) and, on the same
resolved spec and generator config, ``openapi-python-client generate`` alone (with its post
hooks, the pinned ruff). Rounds alternate, so both see the same machine; only the ratio of the
medians is meaningful. Sizes: our spec (14 operations), and one of about 140 operations made
from it by repeating every path under ten prefixes (as an upstream that grew tenfold would look;
the copies are named by the rule in docs/pipeline.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts.commands.generate import HELPERS, TEMPLATES, apply_overlays, facade_inputs
from scripts.generation.generator import HTTP_METHODS, effective_config, tools_path
from scripts.generation.output_cache import OUTPUT_CACHE
from scripts.infra.project import CACHE_ENV, CONFIG, GENERATED, OVERLAY, ROOT, SPEC, STATE
from scripts.infra.yaml_io import Document, dump_json, load_document

GOALS = {"ours": 1.25, "grown": 1.15}
"""The most the whole ``generate`` may take, as a multiple of the generator alone."""
COPIES = 10


def _checkout_copy(target: Path, spec: Document | None = None) -> Path:
    """Copy what ``generate`` reads and runs into ``target`` (``spec`` replacing openapi.yaml if given)."""
    for name in (OVERLAY, CONFIG, "pyproject.toml", *facade_inputs(ROOT)):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    folders = (
        TEMPLATES,
        HELPERS,
        GENERATED.as_posix(),
        STATE.as_posix(),
        "scripts",
        "overlays/puretalk_client",
        "overlays/puretalk_client",
    )
    for folder in folders:
        ignored = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / folder, target / folder, dirs_exist_ok=True, ignore=ignored)
    if spec is None:
        shutil.copy2(ROOT / SPEC, target / SPEC)
    else:
        (target / SPEC).write_text(json.dumps(spec), encoding="utf-8")
    return target


def grown_spec(copies: int = COPIES) -> Document:
    """Return our spec with every path repeated under ``/r1`` … ``/r<copies>`` (same components)."""
    spec: Document = load_document(ROOT / SPEC)
    paths = dict(spec["paths"])
    for index in range(1, copies):
        for path, item in spec["paths"].items():
            paths[f"/r{index}{path}"] = json.loads(json.dumps(item))
    return {**spec, "paths": paths}


def _timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed: {(result.stdout + result.stderr).strip()[-400:]}")
    return seconds


CACHES = {
    "cold": "nothing kept (a fresh clone's first run)",
    "warm": "all kept but the output (a spec change: the next run after it)",
    "unchanged": "everything kept (the same inputs again: a second generate, a check --full aside)",
}
"""What each round keeps of the earlier rounds' caches (docs/pipeline.md, "What a run keeps for the next")."""


def _drop(cache: Path, caches: str) -> None:
    """Before a round: drop what ``caches`` (a key of :data:`CACHES`) says the round may not reuse of ``cache``."""
    if caches == "cold":
        shutil.rmtree(cache, ignore_errors=True)
    elif caches == "warm":
        shutil.rmtree(cache / OUTPUT_CACHE, ignore_errors=True)


def bench_generate(rounds: int, *, caches: str = "warm") -> dict[str, tuple[float, float, int]]:
    """Median seconds of the whole ``generate`` and of the generator alone, and the operation count, per size.

    A run keeps what it can reuse in ``build/cache`` (the validator's verdict, the compiled templates, ruff's
    output, the compiled modules, each by the bytes it was made from, and the whole output by all its
    inputs; docs/pipeline.md, "What a run keeps for the next"). ``caches`` (:data:`CACHES`) says what
    each round may reuse of the rounds before it: ``warm`` measures the run after a spec change, ``cold``
    a fresh clone's first run, ``unchanged`` a run whose inputs have not changed.
    """
    results = {}
    # both contenders may cache bytecode, as in a user's checkout (a machine-wide PYTHONDONTWRITEBYTECODE would
    # make every round compile our scripts again, while the generator's modules come precompiled by pip)
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONDONTWRITEBYTECODE", CACHE_ENV)}
    env["PATH"] = tools_path()
    generator = shutil.which("openapi-python-client", path=tools_path())
    if generator is None:
        raise RuntimeError("openapi-python-client is not installed; run the bench through nox")
    with tempfile.TemporaryDirectory(prefix="bench-inputs-") as folder:
        for name, spec in (("ours", None), ("grown", grown_spec())):
            root = _checkout_copy(Path(folder) / name, spec)
            resolved = apply_overlays(root)
            alone = Path(folder) / f"{name}-alone"
            alone.mkdir()
            (alone / "spec.json").write_text(dump_json(resolved), encoding="utf-8")
            config = effective_config(root / CONFIG, resolved, alone)
            operations = sum(1 for item in resolved["paths"].values() for method in item if method in HTTP_METHODS)
            whole, bare = [], []
            cache = Path(folder) / f"{name}-cache"  # the bench's own: never the PURETALK_CACHE_DIR of its caller
            ours = {**env, CACHE_ENV: str(cache)}
            for number in range(rounds):
                _drop(cache, caches)
                whole.append(_timed([sys.executable, "-m", "scripts.commands.generate", "generate"], root, ours))
                out = alone / f"out-{number}"
                bare.append(_timed([
                    generator, "generate", "--path", str(alone / "spec.json"), "--config", str(config),
                    "--custom-template-path", str((root / TEMPLATES).resolve()), "--meta", "none",
                    "--output-path", str(out), "--fail-on-warning",
                ], alone, env))  # fmt: skip
                shutil.rmtree(out, ignore_errors=True)
            results[name] = (statistics.median(whole), statistics.median(bare), operations)
    return results


def report(rounds: int, *, caches: str = "warm") -> list[str]:
    """Run :func:`bench_generate` and describe it, one line per size."""
    lines = [f"generate, whole process vs openapi-python-client alone ({rounds} rounds each, interleaved, {caches}: "]
    lines[0] += f"{CACHES[caches]}):"
    for name, (whole, bare, operations) in bench_generate(rounds, caches=caches).items():
        goal = f"goal <= {GOALS[name]}x" if caches != "unchanged" else "no goal: the generator does not run"
        lines.append(
            f"  {name:<6} {operations:4d} operations: generate {whole:6.2f} s, generator alone {bare:6.2f} s "
            f"= {whole / bare:4.2f}x ({goal})"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """``python -m scripts.bench.generate [ROUNDS] [--caches cold|warm|unchanged]``: this bench alone."""
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("rounds", type=int, nargs="?", default=5, help="interleaved rounds per spec size")
    parser.add_argument(
        "--caches",
        choices=sorted(CACHES),
        default="warm",
        help="what each round may reuse of the rounds before it (default: warm, all but the output)",
    )
    parser.add_argument("--cold", action="store_const", const="cold", dest="caches", help="as --caches cold")
    args = parser.parse_args(argv)
    print("\n".join(report(args.rounds, caches=args.caches)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
