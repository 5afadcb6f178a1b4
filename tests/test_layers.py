"""The packages import one way: puretalk_core <- puretalk_api <- puretalk_client.

Each module's imports that run (those under ``if TYPE_CHECKING:`` are for the type checker
only) are read from its source; a lower layer never imports a higher one, so no package
needs a lazy ``__getattr__`` to break a loop.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import ROOT

LAYERS = {"puretalk_core": 0, "puretalk_api": 1, "puretalk_client": 2}
FOLDERS = {
    "puretalk_core": ROOT / "overlays" / "puretalk_core",
    "puretalk_api": ROOT / "generated" / "puretalk_api",
    "puretalk_client": ROOT / "overlays" / "puretalk_client",
}


def _runtime_imports(tree: ast.Module, package: str, module: str) -> set[str]:
    """Top-level package names a module imports when it runs (relative imports resolved; TYPE_CHECKING skipped)."""
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                found.add(package if node.level else (node.module or "").split(".")[0])
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    visit([child])

    visit(tree.body)
    del module
    return found


def test_no_layer_imports_a_higher_one() -> None:
    problems = []
    for package, folder in FOLDERS.items():
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for imported in _runtime_imports(tree, package, path.stem):
                if imported in LAYERS and LAYERS[imported] > LAYERS[package]:
                    problems.append(f"{path.relative_to(ROOT)} imports {imported}")
    assert problems == []


def test_the_runtime_imports_alone_and_the_client_eagerly() -> None:
    code = (
        "import sys, puretalk_core._resource, puretalk_core._response, puretalk_core._models, "
        "puretalk_core._pagination, puretalk_core._validate\n"
        "assert not any(name.split('.')[0] in ('puretalk_api', 'puretalk_client') for name in sys.modules)\n"
        "import puretalk_client\n"
        "assert 'Puretalk' in vars(puretalk_client) and 'AsyncPuretalk' in vars(puretalk_client)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    tree = ast.parse("from puretalk_client import Puretalk\nif TYPE_CHECKING:\n    import puretalk_api\n")
    assert _runtime_imports(tree, "puretalk_core", "x") == {"puretalk_client"}
