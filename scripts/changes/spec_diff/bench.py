"""Benchmark of the spec diff on a 140-operation spec, as ratios against ``copy.deepcopy`` of it in the same run.

``python -m scripts.changes.spec_diff.bench``: openapi.yaml's operations are repeated under
``/v0``…``/v9`` (14 x 10 = 140 operations, shared components), then diffed against
(1) an equal copy, (2) a copy whose text changed outside the operations, (3) a copy
where one shared schema changed, and (4) a copy where every component schema's text
changed, so that no comparison can be skipped. Medians of alternating rounds; the
machine is shared, so only the ratios are meaningful.
"""

from __future__ import annotations

import argparse
import copy
import functools
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scripts.changes.spec_diff.api_diff import diff
from scripts.infra.yaml_io import load_document

ROOT = Path(__file__).resolve().parents[3]
GOAL_SECONDS = 0.2


def spec_of(copies: int) -> dict[str, Any]:
    """Load openapi.yaml with its paths repeated under ``copies`` version prefixes."""
    spec: dict[str, Any] = load_document(ROOT / "openapi.yaml")
    paths = spec["paths"]
    spec["paths"] = {f"/v{index}{path}": copy.deepcopy(item) for index in range(copies) for path, item in paths.items()}
    return spec


def variants(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Build the new documents each scenario diffs ``spec`` against."""
    equal = copy.deepcopy(spec)
    text = copy.deepcopy(spec)
    text["info"]["description"] = "changed"
    one = copy.deepcopy(spec)
    schemas = one["components"]["schemas"]
    shared = max(schemas, key=lambda name: str(spec["paths"]).count(f"/schemas/{name}'"))
    schemas[shared]["description"] = "changed"
    schemas[shared].setdefault("properties", {})["added_by_bench"] = {"type": "string"}
    every = copy.deepcopy(spec)
    for schema in every["components"]["schemas"].values():
        schema["description"] = "changed"
    return {
        "equal copy": equal,
        "text outside operations": text,
        f"one shared schema ({shared})": one,
        "every schema's text": every,
    }


def _seconds(function: Callable[[], object], repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        function()
    return (time.perf_counter() - started) / repeat


def main(argv: list[str] | None = None) -> int:
    """Time each scenario and print it against the same-run deepcopy baseline and the goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--copies", type=int, default=10, help="how many times the paths are repeated")
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds")
    parser.add_argument("--repeat", type=int, default=3, help="runs per round")
    args = parser.parse_args(argv)
    spec = spec_of(args.copies)
    operations = sum(1 for item in spec["paths"].values() for key in item if key != "parameters")
    contenders: dict[str, Callable[[], object]] = {"deepcopy (baseline)": lambda: copy.deepcopy(spec)}
    for name, new in variants(spec).items():
        contenders[f"diff: {name}"] = functools.partial(diff, spec, new)
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.rounds):
        for name, function in contenders.items():
            samples[name].append(_seconds(function, args.repeat))
    base = statistics.median(samples["deepcopy (baseline)"])
    print(f"spec diff on {operations} operations ({args.rounds} rounds x {args.repeat}, medians):")
    worst = 0.0
    for name, values in samples.items():
        seconds = statistics.median(values)
        if name.startswith("diff"):
            worst = max(worst, seconds)
        print(f"  {name:<44} {seconds * 1e3:8.1f} ms   {seconds / base:6.2f}x deepcopy")
    print(f"slowest diff: {worst * 1e3:.1f} ms (goal < {GOAL_SECONDS * 1e3:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
