"""Reading openapi.yaml (or a resolved spec) in tests: its operations by method and path."""

from __future__ import annotations

from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every operation of ``spec`` by ``(method, path)``."""
    return {
        (method, path): item[method] for path, item in spec["paths"].items() for method in METHODS if method in item
    }


def resolve_refs(node: Any, root: dict[str, Any]) -> Any:
    """Inline every local ``$ref`` of ``node`` from ``root`` (for schemas that are not recursive)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = root
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return resolve_refs(target, root)
        return {key: resolve_refs(value, root) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve_refs(item, root) for item in node]
    return node


def operation_keys(spec: dict[str, Any]) -> set[str]:
    """Every operation of ``spec`` as ``"METHOD /path"``, the form ``OPERATIONS`` (of the generated resources) uses."""
    return {f"{method.upper()} {path}" for method, path in operations(spec)}
