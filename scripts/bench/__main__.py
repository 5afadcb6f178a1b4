"""Benchmarks of the client's overhead, as ratios against a baseline measured in the same run.

1. Per call, sync and async: ``client.calls.register_web_call`` (lenient, the default, and
   strict) against raw httpx (``post(...).json()``), and in the same run two peers, each making its own create-web-call:
   retell-sdk (Stainless, ``call.create_web_call``) and vapi-server-sdk (Fern,
   ``calls.create``), all over one ``httpx.MockTransport`` that answers each its own body.
   The peers come from requirements/bench.txt (the ``bench`` session installs it); a peer
   that is not installed is left out of the table, said so.
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
import importlib
import importlib.metadata
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

ASSISTANT = "e1f09482-2910-45e1-a2f3-ab75cd9a5a51"
CALL_ID = "696a4c8f-3eaf-41bf-a052-2c2fe630c046"
KEY = "bench-key"
GOAL_CALL = 1.10
GOAL_ASYNC_CALL = 1.10
GOAL_IMPORT = 1.5
BASELINE = "raw httpx"
OURS = "puretalk-client"
STRICT = "puretalk-client strict"
RETELL = "retell-sdk"
VAPI = "vapi-server-sdk"

BODIES = {
    "/api/calls/web/register": {"msg": "Success", "err": False, "results": {"call_id": CALL_ID, "token": "eyJ.x.y"}},
    "/v3/create-web-call": {
        "access_token": "eyJ.x.y",
        "call_id": CALL_ID,
        "expires_at": 1767225600000,
        "ice_servers": [{"urls": "stun:stun.example:3478"}],
        "transport": "gateway",
    },
    "/call": {
        "id": CALL_ID,
        "orgId": "org-1",
        "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-01T00:00:00.000Z",
        "type": "webCall",
        "status": "queued",
        "assistantId": ASSISTANT,
    },
}
"""What the one MockTransport answers, by path: each contender's own create-web-call answer."""
_ENCODED = {path: json.dumps(body).encode() for path, body in BODIES.items()}
_JSON = {"Content-Type": "application/json"}

Sync = Callable[[], object]
Async = Callable[[], Awaitable[object]]


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=_ENCODED[request.url.path], headers=_JSON)


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _peer(module: str) -> Any:
    """Import a peer SDK (installed by requirements/bench.txt only, so unknown to the type checker)."""
    return importlib.import_module(module)


def sync_contenders(transport: httpx.MockTransport) -> dict[str, Sync]:
    """Each contender's create-web-call over ``transport`` (peers only if installed)."""
    from puretalk_client import Puretalk

    raw = httpx.Client(transport=transport, base_url="https://api.puretalk.ai/api", headers={"X-API-KEY": KEY})
    ours = Puretalk(api_key=KEY, http_client=httpx.Client(transport=transport))
    strict = ours.with_options(strict_response_validation=True)
    contenders: dict[str, Sync] = {
        BASELINE: lambda: raw.post("/calls/web/register", json={"assistant_id": ASSISTANT}).json(),
        OURS: lambda: ours.calls.register_web_call(assistant_id=ASSISTANT),
        STRICT: lambda: strict.calls.register_web_call(assistant_id=ASSISTANT),
    }
    if _version(RETELL):
        retell = _peer("retell").Retell(api_key=KEY, http_client=httpx.Client(transport=transport))
        contenders[RETELL] = lambda: retell.call.create_web_call(agent_id=ASSISTANT)
    if _version(VAPI):
        vapi = _peer("vapi").Vapi(token=KEY, httpx_client=httpx.Client(transport=transport))
        contenders[VAPI] = lambda: vapi.calls.create(assistant_id=ASSISTANT)
    return contenders


def async_contenders(transport: httpx.MockTransport) -> dict[str, Async]:
    """Each contender's async create-web-call over ``transport`` (peers only if installed)."""
    from puretalk_client import AsyncPuretalk

    raw = httpx.AsyncClient(transport=transport, base_url="https://api.puretalk.ai/api", headers={"X-API-KEY": KEY})
    ours = AsyncPuretalk(api_key=KEY, http_client=httpx.AsyncClient(transport=transport))
    strict = ours.with_options(strict_response_validation=True)

    async def raw_call() -> object:
        return (await raw.post("/calls/web/register", json={"assistant_id": ASSISTANT})).json()

    contenders: dict[str, Async] = {
        BASELINE: raw_call,
        OURS: lambda: ours.calls.register_web_call(assistant_id=ASSISTANT),
        STRICT: lambda: strict.calls.register_web_call(assistant_id=ASSISTANT),
    }
    if _version(RETELL):
        retell = _peer("retell").AsyncRetell(api_key=KEY, http_client=httpx.AsyncClient(transport=transport))
        contenders[RETELL] = lambda: retell.call.create_web_call(agent_id=ASSISTANT)
    if _version(VAPI):
        vapi = _peer("vapi").AsyncVapi(token=KEY, httpx_client=httpx.AsyncClient(transport=transport))
        contenders[VAPI] = lambda: vapi.calls.create(assistant_id=ASSISTANT)
    return contenders


def _answered(name: str, result: object) -> None:
    """Refuse to time a contender whose call did not give the call it was answered (an error path is no bench)."""
    found = result["results"]["call_id"] if isinstance(result, dict) else None
    found = found or getattr(result, "call_id", None) or getattr(result, "id", None)
    if found != CALL_ID:
        raise RuntimeError(f"{name}: its call gave {result!r}, not the call {CALL_ID}")


def _per_call(function: Sync, calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        function()
    return (time.process_time() - started) / calls


def bench_calls(calls: int, rounds: int) -> dict[str, float]:
    """Median CPU seconds per call of each contender over one MockTransport, rounds alternating."""
    contenders = sync_contenders(httpx.MockTransport(_handler))
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for name, function in contenders.items():
        _answered(name, function())
        _per_call(function, max(calls // 10, 1))  # warm up: imports, caches
    for _ in range(rounds):
        for name, function in contenders.items():
            samples[name].append(_per_call(function, calls))
    return {name: statistics.median(values) for name, values in samples.items()}


async def _async_per_call(function: Async, calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        await function()
    return (time.process_time() - started) / calls


async def _bench_async_calls(calls: int, rounds: int) -> dict[str, float]:
    contenders = async_contenders(httpx.MockTransport(_handler))
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for name, function in contenders.items():
        _answered(name, await function())
        await _async_per_call(function, max(calls // 10, 1))
    for _ in range(rounds):
        for name, function in contenders.items():
            samples[name].append(await _async_per_call(function, calls))
    return {name: statistics.median(values) for name, values in samples.items()}


def bench_async_calls(calls: int, rounds: int) -> dict[str, float]:
    """Median CPU seconds per call of each async contender over one MockTransport, in one event loop."""
    return asyncio.run(_bench_async_calls(calls, rounds))


def table(sync: dict[str, float], asynchronous: dict[str, float]) -> list[str]:
    """Render one table: each contender against raw httpx, sync and async, as a ratio and in µs per call."""
    names = {OURS: f"{OURS} (lenient)", STRICT: STRICT, RETELL: f"{RETELL} (Stainless)", VAPI: f"{VAPI} (Fern)"}
    heading = f"{'sync':>8} {'µs/call':>9} {'+µs':>7}   {'async':>6} {'µs/call':>9} {'+µs':>7}"
    lines = [
        f"{'per call, against raw httpx':<34} {heading}",
        f"{BASELINE:<34} {1.0:>7.2f}x {sync[BASELINE] * 1e6:>9.1f} {'':>7}   "
        f"{1.0:>5.2f}x {asynchronous[BASELINE] * 1e6:>9.1f} {'':>7}",
    ]
    for name in (OURS, STRICT, RETELL, VAPI):
        if name not in sync or name not in asynchronous:
            lines.append(f"{names[name]:<34} not installed (pip install -r requirements/bench.txt)")
            continue
        version = _version(name) if name in (RETELL, VAPI) else None
        label = f"{names[name]} {version}" if version else names[name]
        row = []
        for measured in (sync, asynchronous):
            base, seconds = measured[BASELINE], measured[name]
            row.append(f"{seconds / base:>5.2f}x {seconds * 1e6:>9.1f} {(seconds - base) * 1e6:>+7.1f}")
        lines.append(f"{label:<34}   {row[0]}   {row[1]}")
    return lines


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
    """Run the benchmarks and print the table of per-call costs and the ratios against their goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=2000, help="calls per round")
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds")
    parser.add_argument("--import-rounds", type=int, default=15, help="fresh interpreters per module (0: skip)")
    parser.add_argument("--generate-rounds", type=int, default=5, help="generations per spec size (0: skip)")
    args = parser.parse_args(argv)

    per_call = bench_calls(args.calls, args.rounds)
    async_per_call = bench_async_calls(args.calls, args.rounds)
    print(f"per call over one httpx.MockTransport ({args.rounds} rounds x {args.calls} calls, medians of CPU time):")
    print("\n".join(f"  {line}" for line in table(per_call, async_per_call)))
    call_ratio = per_call[OURS] / per_call[BASELINE]
    async_ratio = async_per_call[OURS] / async_per_call[BASELINE]

    import_ratio = None
    if args.import_rounds:
        imports = bench_imports(args.import_rounds)
        import_ratio = imports["puretalk_client"] / imports["httpx"]
        print(f"cumulative import time ({args.import_rounds} fresh interpreters each, medians):")
        for name, seconds in imports.items():
            print(f"  {name:<16} {seconds * 1e3:8.1f} ms   {seconds / imports['httpx']:5.2f}x httpx")

    if args.generate_rounds:
        from scripts.bench.generate import report

        for caches in ("warm", "cold"):  # after a spec change; a fresh clone's first run
            print("\n".join(report(args.generate_rounds, caches=caches)))
    print(f"register_web_call: {call_ratio:.2f}x raw httpx (goal <= {GOAL_CALL}x)")
    print(f"async register_web_call: {async_ratio:.2f}x raw httpx async (goal <= {GOAL_ASYNC_CALL}x)")
    if import_ratio is not None:
        print(f"import puretalk_client: {import_ratio:.2f}x httpx (goal <= {GOAL_IMPORT}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
