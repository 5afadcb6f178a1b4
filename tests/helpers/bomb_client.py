"""Run in a subprocess: call bomb servers in every mode and print, as JSON, how much the process grew in each.

``python -m tests.helpers.bomb_client CAP STREAM_BYTES NAME=BASE_URL…``. Each mode is called
first against the small answer (imports and caches out of the way), then the peak resident
size (``ru_maxrss``) is taken as the baseline; after each mode against each bomb, the growth
of that peak over the baseline is recorded with the error the mode ended in, the seconds it
took and, for ``iter_bytes``, the largest chunk and the bytes streamed (it stops after
``STREAM_BYTES``). The peak only grows: each figure bounds every mode measured before it.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from puretalk_client import AsyncPuretalk, Puretalk

KEY = "bomb-test-key"


def _peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _sync_modes(client: Puretalk, stream_bytes: int) -> dict[str, Callable[[str], Any]]:
    def parsed(call_id: str) -> Any:
        return client.calls.get(call_id)

    def raw(call_id: str) -> Any:
        return client.calls.with_raw_response.get(call_id).parse()

    def streamed_parse(call_id: str) -> Any:
        with client.calls.with_streaming_response.get(call_id) as response:
            return response.parse()

    def streamed_iter_bytes(call_id: str) -> Any:
        largest = total = 0
        with client.calls.with_streaming_response.get(call_id) as response:
            for chunk in response.iter_bytes():
                largest, total = max(largest, len(chunk)), total + len(chunk)
                if total >= stream_bytes:
                    break
        return {"largest_chunk": largest, "streamed": total}

    return {
        "sync parsed": parsed,
        "sync raw": raw,
        "sync streamed parse": streamed_parse,
        "sync streamed iter_bytes": streamed_iter_bytes,
    }


def _async_modes(client: AsyncPuretalk, stream_bytes: int) -> dict[str, Callable[[str], Awaitable[Any]]]:
    async def parsed(call_id: str) -> Any:
        return await client.calls.get(call_id)

    async def raw(call_id: str) -> Any:
        return (await client.calls.with_raw_response.get(call_id)).parse()

    async def streamed_parse(call_id: str) -> Any:
        async with client.calls.with_streaming_response.get(call_id) as response:
            return await response.parse()

    async def streamed_iter_bytes(call_id: str) -> Any:
        largest = total = 0
        async with client.calls.with_streaming_response.get(call_id) as response:
            async for chunk in response.iter_bytes():
                largest, total = max(largest, len(chunk)), total + len(chunk)
                if total >= stream_bytes:
                    break
        return {"largest_chunk": largest, "streamed": total}

    return {
        "async parsed": parsed,
        "async raw": raw,
        "async streamed parse": streamed_parse,
        "async streamed iter_bytes": streamed_iter_bytes,
    }


def _record(outcome: dict[str, Any], started: float, baseline: int) -> dict[str, Any]:
    return {**outcome, "seconds": time.monotonic() - started, "grown": _peak() - baseline}


def _outcome(result: Any) -> dict[str, Any]:
    return result if isinstance(result, dict) else {"error": None}


async def _run_async(base_url: str, cap: int, stream_bytes: int, baseline: int | None) -> dict[str, Any]:
    """Warm every async mode up (``baseline`` None) or measure each against the bomb."""
    results: dict[str, Any] = {}
    async with AsyncPuretalk(api_key=KEY, base_url=base_url, max_retries=0, max_response_bytes=cap) as client:
        modes = _async_modes(client, stream_bytes)
        for name, mode in modes.items():
            if baseline is None:
                await mode("ok")
                continue
            started = time.monotonic()
            try:
                outcome = _outcome(await mode("c-1"))
            except Exception as error:  # the test asserts which one
                outcome = {"error": type(error).__name__}
            results[name] = _record(outcome, started, baseline)
    return results


def _run_sync(base_url: str, cap: int, stream_bytes: int, baseline: int | None) -> dict[str, Any]:
    """Warm every sync mode up (``baseline`` None) or measure each against the bomb."""
    results: dict[str, Any] = {}
    with Puretalk(api_key=KEY, base_url=base_url, max_retries=0, max_response_bytes=cap) as client:
        for name, mode in _sync_modes(client, stream_bytes).items():
            if baseline is None:
                mode("ok")
                continue
            started = time.monotonic()
            try:
                outcome = _outcome(mode("c-1"))
            except Exception as error:  # the test asserts which one
                outcome = {"error": type(error).__name__}
            results[name] = _record(outcome, started, baseline)
    return results


def main() -> None:
    """Measure every mode against each bomb server named in ``sys.argv``; print the results as JSON."""
    cap, stream_bytes = int(sys.argv[1]), int(sys.argv[2])
    servers = dict(argument.split("=", 1) for argument in sys.argv[3:])
    first = next(iter(servers.values()))
    _run_sync(first, cap, stream_bytes, None)
    asyncio.run(_run_async(first, cap, stream_bytes, None))
    baseline = _peak()
    results: dict[str, Any] = {}
    for case, base_url in servers.items():
        measured = _run_sync(base_url, cap, stream_bytes, baseline)
        measured.update(asyncio.run(_run_async(base_url, cap, stream_bytes, baseline)))
        results[case] = measured
    print(json.dumps(results))


if __name__ == "__main__":
    main()
