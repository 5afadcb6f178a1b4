"""Reading openapi.yaml (or a resolved spec) in tests: its operations by method and path."""

from __future__ import annotations

from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every operation of ``spec`` by ``(method, path)``."""
    return {
        (method, path): item[method] for path, item in spec["paths"].items() for method in METHODS if method in item
    }
