"""How much of ``generate`` the pipeline spends outside openapi-python-client, at two sizes.

Each round generates into a scratch folder, from a copy of this checkout's inputs:
our spec (14 operations), and a spec of about 140 operations made from it by
repeating every path under ten prefixes (as an upstream that grew tenfold would
look; the copies carry no operationId, so they are named by the rule in docs/pipeline.md).
The generator's own wall time is measured by the pipeline itself; "outside" is
the rest (overlay, facade rendering, formatting, fingerprints; validation and the
diff run beside the generator). Only the ratio outside/generator is meaningful.
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from scripts.generate import FACADE_INPUTS, HELPERS, TEMPLATES, generate_into
from scripts.generator import HTTP_METHODS
from scripts.project import CONFIG, GENERATED, OVERLAY, ROOT, SPEC
from scripts.yaml_io import Document, load_document

GOAL_OUTSIDE = 0.15
COPIES = 10


def _checkout_copy(target: Path, spec: Document | None = None) -> Path:
    """Copy the inputs ``generate`` reads into ``target`` (``spec`` replacing openapi.yaml if given)."""
    for name in (OVERLAY, CONFIG, "pyproject.toml", *FACADE_INPUTS):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    for folder in (TEMPLATES, HELPERS, GENERATED.as_posix()):
        shutil.copytree(ROOT / folder, target / folder)
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


def _round(root: Path) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        started = time.perf_counter()
        generation = generate_into(Path(scratch) / "puretalk_api", root)
        total = time.perf_counter() - started
    return total, generation.generator_seconds


def bench_generate(rounds: int) -> dict[str, tuple[float, float, int]]:
    """Median total and generator seconds, and the operation count, for our spec and the grown one."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-inputs-") as folder:
        grown = grown_spec()
        for name, spec in (("ours", None), ("grown", grown)):
            root = _checkout_copy(Path(folder) / name, spec)
            document = spec or load_document(ROOT / SPEC)
            operations = sum(1 for item in document["paths"].values() for method in item if method in HTTP_METHODS)
            samples = [_round(root) for _ in range(rounds)]
            results[name] = (
                statistics.median(total for total, _ in samples),
                statistics.median(generator for _, generator in samples),
                operations,
            )
    return results


def report(rounds: int) -> list[str]:
    """Run :func:`bench_generate` and describe it, one line per size."""
    lines = [f"generate, pipeline time outside openapi-python-client ({rounds} rounds each, medians):"]
    for name, (total, generator, operations) in bench_generate(rounds).items():
        outside = total - generator
        lines.append(
            f"  {name:<6} {operations:4d} operations: total {total:6.2f} s, generator {generator:6.2f} s, "
            f"outside {outside:5.2f} s = {outside / generator:4.2f}x the generator (goal <= {GOAL_OUTSIDE}x)"
        )
    return lines
