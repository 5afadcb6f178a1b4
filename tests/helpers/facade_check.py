"""Generating a small spec in a scratch project, and the checks every generated facade must pass.

- :func:`scratch_project` lays out a project folder (the repository's templates, config and
  overlays, a spec and an overlay of the test's own) so ``generate_into`` runs on it;
- :func:`generate_or_refuse` runs the whole pipeline step (overlay, validation, the generator's
  worker with its compile-and-import gate) and returns the package or the one-line refusal;
- :func:`foreign_statements` compares the generated modules' statements against the vocabulary
  the facade templates emit: a statement or call that spec text smuggled in is reported;
- :func:`unreachable_operations` imports the package in a fresh interpreter and names every
  operation of the spec that ``Puretalk`` does not reach under its reported name.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from scripts.commands.generate import generate_into
from scripts.infra.project import PACKAGE_DIR, PipelineError, source_root
from tests.helpers.paths import ROOT
from tests.helpers.spec import METHODS

BASE_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Hostile", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.test"}],
    "paths": {},
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "name": {"type": "string", "nullable": True}},
            }
        }
    },
}


def scratch_project(tmp: Path, spec: dict[str, Any], overlay_actions: list[dict[str, Any]] | None = None) -> Path:
    """A project folder in ``tmp`` holding ``spec`` and an overlay of ``overlay_actions`` (none by default)."""
    root = tmp / "project"
    root.mkdir()
    for name in ("templates", "overlays", "scripts"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yaml", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    (root / "openapi.yaml").write_text(json.dumps(spec), encoding="utf-8")
    overlay = {"overlay": "1.0.0", "info": {"title": "test", "version": "1"}, "actions": overlay_actions or []}
    if not overlay["actions"]:
        overlay["actions"] = [{"target": "$.info", "update": {"x-test": True}}]
    (root / "overlays" / "openapi.overlay.yaml").write_text(yaml.safe_dump(overlay), encoding="utf-8")
    return root


def generate_or_refuse(root: Path) -> tuple[Path | None, str]:
    """Generate ``root``'s package into ``root/build/puretalk_client/_generated``: ``(package, report)`` or refusal.

    ``source_root(package)`` (``root/build``) is the folder to put on ``sys.path`` to import it.
    """
    package = root / "build" / PACKAGE_DIR
    package.parent.mkdir(parents=True, exist_ok=True)
    try:
        generation = generate_into(package, root / "build" / "state", root)
    except PipelineError as error:
        return None, str(error)
    return package, generation.report()


def spec_operations(spec: dict[str, Any]) -> set[str]:
    """``METHOD path`` of every operation of ``spec``."""
    return {
        f"{method.upper()} {path}"
        for path, item in spec.get("paths", {}).items()
        for method in METHODS
        if method in item
    }


_STATEMENTS = (
    ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Return, ast.If,
    ast.Raise, ast.Expr, ast.Assign, ast.AnnAssign, ast.With, ast.Pass,
)  # fmt: skip
_CALLABLE_BUILTINS = frozenset({"isinstance", "TypeError", "type", "dict"})
_EXPRESSION_CALLS = frozenset({"check_envelope"})


def _defined_names(tree: ast.Module) -> set[str]:
    names = set(_CALLABLE_BUILTINS)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def foreign_statements(package: Path) -> list[str]:
    """Statements or calls in ``resources/`` that no facade template emits (each as ``file:line: what``)."""
    problems: list[str] = []
    for path in sorted((package / "resources").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = _defined_names(tree)
        for node in ast.walk(tree):
            where = f"{path.name}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.stmt) and not isinstance(node, _STATEMENTS):
                problems.append(f"{where}: a {type(node).__name__} statement")
            if isinstance(node, ast.Expr) and not isinstance(node.value, ast.Constant):
                call = node.value
                name = call.func.id if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
                if name not in _EXPRESSION_CALLS:
                    problems.append(f"{where}: an expression statement {ast.unparse(node)[:80]!r}")
            if isinstance(node, ast.Call):
                root_name = node.func
                while isinstance(root_name, (ast.Attribute, ast.Call, ast.Subscript)):
                    root_name = root_name.value if not isinstance(root_name, ast.Call) else root_name.func
                if not isinstance(root_name, ast.Name) or root_name.id not in defined:
                    problems.append(f"{where}: a call of {ast.unparse(node.func)[:80]!r}")
            if isinstance(node, ast.Name) and node.id in {"__import__", "eval", "exec", "compile", "open", "os"}:
                problems.append(f"{where}: the name {node.id}")
    return problems


_REACH = """
import json, sys
from puretalk_client._generated.resources import OPERATIONS
from puretalk_client import Puretalk, AsyncPuretalk
missing = []
for client in (Puretalk(api_key="test-key", base_url="https://api.example.test"),
               AsyncPuretalk(api_key="test-key", base_url="https://api.example.test")):
    for operation, dotted in OPERATIONS.items():
        target = client
        try:
            for part in dotted.split("."):
                target = getattr(target, part)
        except AttributeError as error:
            missing.append(f"{operation} -> {dotted}: {error}")
            continue
        if not callable(target):
            missing.append(f"{operation} -> {dotted}: not callable")
print(json.dumps({"operations": sorted(OPERATIONS), "missing": missing}))
"""


def unreachable_operations(package: Path, spec: dict[str, Any]) -> list[str]:
    """Operations of ``spec`` that the client built from ``package`` does not reach (fresh interpreter)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source_root(package)), str(ROOT / "overlays")])}
    result = subprocess.run(
        [sys.executable, "-c", _REACH], capture_output=True, text=True, env=env, timeout=120, check=False,
        cwd=source_root(package),
    )  # fmt: skip
    if result.returncode != 0:
        return [f"the package does not import: {result.stderr.strip().splitlines()[-1:]}"]
    found = json.loads(result.stdout)
    missing = list(found["missing"])
    missing += [f"{key}: not in OPERATIONS" for key in sorted(spec_operations(spec) - set(found["operations"]))]
    return missing
