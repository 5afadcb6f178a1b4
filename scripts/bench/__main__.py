"""Benchmarks of the client's overhead, as ratios against a baseline measured in the same run.

1. Per call: ``client.calls.register_web_call`` against raw ``httpx.Client.post(...).json()``,
   both over the same ``httpx.MockTransport``;
   then ``AsyncPuretalk`` against ``httpx.AsyncClient`` the same way, in one event loop.
2. Import: the cumulative ``-X importtime`` of ``puretalk_client`` against ``httpx``, each in
   fresh interpreters.
3. Generate: the pipeline's time outside openapi-python-client against the generator's own,
   on our spec and on one ten times its size (:mod:`scripts.bench.generate`).

Timings alternate between contenders round by round and report medians of the CPU time
the process used (``time.process_time``: time spent waiting for a shared core is not
counted), since the machines are noisy; only the ratios are meaningful.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable

import httpx

BODY = json.dumps(
    {"msg": "Success", "err": False, "results": {"call_id": "696a4c8f-3eaf-41bf-a052-2c2fe630c046", "token": "eyJ.x.y"}}
).encode()
ASSISTANT = "e1f09482-2910-45e1-a2f3-ab75cd9a5a51"
BASE_URL = "https://api.puretalk.ai/api"
GOAL_CALL = 1.15
GOAL_ASYNC_CALL = 1.10
GOAL_IMPORT = 1.5


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"Content-Type": "application/json"})


def _per_call(function: Callable[[], object], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        function()
    return (time.process_time() - started) / calls


def bench_calls(calls: int, rounds: int) -> dict[str, float]:
    """Median seconds per call of each contender over the same MockTransport."""
    from puretalk_client import Puretalk

    transport = httpx.MockTransport(_handler)
    raw = httpx.Client(transport=transport, base_url=BASE_URL, headers={"X-API-KEY": "bench-key"})
    client = Puretalk(api_key="bench-key", http_client=httpx.Client(transport=transport))

    contenders: dict[str, Callable[[], object]] = {
        "httpx": lambda: raw.post("/calls/web/register", json={"assistant_id": ASSISTANT}).json(),
        "puretalk_client": lambda: client.calls.register_web_call(assistant_id=ASSISTANT),
    }
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for function in contenders.values():
        _per_call(function, calls // 10)  # warm up: imports, caches
    for _ in range(rounds):
        for name, function in contenders.items():
            samples[name].append(_per_call(function, calls))
    return {name: statistics.median(values) for name, values in samples.items()}


async def _async_per_call(function: Callable[[], Awaitable[object]], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        await function()
    return (time.process_time() - started) / calls


async def _bench_async_calls(calls: int, rounds: int) -> dict[str, float]:
    from puretalk_client import AsyncPuretalk

    transport = httpx.MockTransport(_handler)
    raw = httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers={"X-API-KEY": "bench-key"})
    client = AsyncPuretalk(api_key="bench-key", http_client=httpx.AsyncClient(transport=transport))

    async def raw_call() -> object:
        return (await raw.post("/calls/web/register", json={"assistant_id": ASSISTANT})).json()

    contenders: dict[str, Callable[[], Awaitable[object]]] = {
        "httpx async": raw_call,
        "puretalk_client async": lambda: client.calls.register_web_call(assistant_id=ASSISTANT),
    }
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for function in contenders.values():
        await _async_per_call(function, calls // 10)
    for _ in range(rounds):
        for name, function in contenders.items():
            samples[name].append(await _async_per_call(function, calls))
    await raw.aclose()
    await client.close()
    return {name: statistics.median(values) for name, values in samples.items()}


def bench_async_calls(calls: int, rounds: int) -> dict[str, float]:
    """Median seconds per call of ``AsyncPuretalk`` and ``httpx.AsyncClient`` over the same MockTransport."""
    return asyncio.run(_bench_async_calls(calls, rounds))


def _import_time(module: str) -> float:
    """Cumulative import time of ``module`` in a fresh interpreter, in seconds (from -X importtime)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, check=True
    )
    for line in result.stderr.splitlines():
        parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1e6
    raise RuntimeError(f"no importtime line for {module}")


def bench_imports(rounds: int) -> dict[str, float]:
    """Median cumulative import time of httpx and of puretalk_client."""
    samples: dict[str, list[float]] = {"httpx": [], "puretalk_client": []}
    for _ in range(rounds):
        for module in samples:
            samples[module].append(_import_time(module))
    return {module: statistics.median(values) for module, values in samples.items()}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the ratios against their goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=2000, help="calls per round")
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds")
    parser.add_argument("--import-rounds", type=int, default=15, help="fresh interpreters per module")
    parser.add_argument("--generate-rounds", type=int, default=3, help="generations per spec size (0: skip)")
    args = parser.parse_args(argv)

    per_call = bench_calls(args.calls, args.rounds)
    base = per_call["httpx"]
    print(f"per call over httpx.MockTransport ({args.rounds} rounds x {args.calls} calls, medians):")
    for name, seconds in per_call.items():
        print(f"  {name:<16} {seconds * 1e6:8.1f} us   {seconds / base:5.2f}x httpx")
    call_ratio = per_call["puretalk_client"] / base
    async_per_call = bench_async_calls(args.calls, args.rounds)
    async_base = async_per_call["httpx async"]
    print(f"async per call over httpx.MockTransport ({args.rounds} rounds x {args.calls} calls, medians):")
    for name, seconds in async_per_call.items():
        print(f"  {name:<22} {seconds * 1e6:8.1f} us   {seconds / async_base:5.2f}x httpx async")
    async_ratio = async_per_call["puretalk_client async"] / async_base

    imports = bench_imports(args.import_rounds)
    import_ratio = imports["puretalk_client"] / imports["httpx"]
    print(f"cumulative import time ({args.import_rounds} fresh interpreters each, medians):")
    for name, seconds in imports.items():
        print(f"  {name:<16} {seconds * 1e3:8.1f} ms   {seconds / imports['httpx']:5.2f}x httpx")

    if args.generate_rounds:
        from scripts.bench.generate import report

        print("\n".join(report(args.generate_rounds)))
    print(f"register_web_call: {call_ratio:.2f}x httpx (goal <= {GOAL_CALL}x)")
    print(f"async register_web_call: {async_ratio:.2f}x httpx async (goal <= {GOAL_ASYNC_CALL}x)")
    print(f"import puretalk_client: {import_ratio:.2f}x httpx (goal <= {GOAL_IMPORT}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
