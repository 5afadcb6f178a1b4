"""Inside the one package users import, the layers import one way: runtime <- generated <- client.

1. the runtime: the private modules of ``puretalk_client`` (``_auth``, ``_response``, ``_helpers``…),
   hand-written, in ``overlays/puretalk_client``;
2. the generated code (``puretalk_client._generated``, in ``generated/puretalk_client/``), derived from the spec;
3. the client: ``puretalk_client`` itself (``__init__``), ``_client``, ``resources``, ``types``
   (the models and enums users annotate with) and ``testing`` (the fake API users test with,
   which makes clients).

Each module's imports that run (those under ``if TYPE_CHECKING:`` are for the type checker
only) are read from its source; a lower layer never imports a higher one, so no module
needs a lazy ``__getattr__`` to break a loop.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import ROOT

CLIENT = ROOT / "overlays" / "puretalk_client"
GENERATED = ROOT / "generated" / "puretalk_client" / "_generated"
GENERATED_PACKAGE = "puretalk_client._generated"
CLIENT_LAYER = frozenset(
    {
        "puretalk_client",
        "puretalk_client._client",
        "puretalk_client.resources",
        "puretalk_client.testing",
        "puretalk_client.types",
    }
)


def layer_of(module: str) -> int | None:
    """Return a module's layer (0 runtime, 1 generated, 2 client), or None for one not ours."""
    if module == GENERATED_PACKAGE or module.startswith(GENERATED_PACKAGE + "."):
        return 1
    if module.split(".")[0] != "puretalk_client":
        return None
    head = ".".join(module.split(".")[:2])
    return 2 if module in CLIENT_LAYER or head in CLIENT_LAYER - {"puretalk_client"} else 0


def _module_name(path: Path) -> str:
    base = CLIENT.parent if path.is_relative_to(CLIENT) else GENERATED.parents[1]
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def runtime_imports(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    """Modules a module imports when it runs (relative imports resolved; TYPE_CHECKING skipped)."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    found.add(".".join([*base, *([node.module] if node.module else [])]))
                else:
                    found.add(node.module or "")
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    visit([child])

    visit(tree.body)
    return found


def test_no_layer_imports_a_higher_one() -> None:
    problems = []
    for folder in (CLIENT, GENERATED):
        for path in sorted(folder.rglob("*.py")):
            module = _module_name(path)
            mine = layer_of(module)
            assert mine is not None, module
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for imported in runtime_imports(tree, module, path.name == "__init__.py"):
                theirs = layer_of(imported)
                if theirs is not None and theirs > mine:
                    problems.append(f"{path.relative_to(ROOT)} imports {imported}")
    assert problems == []


def test_the_client_imports_eagerly_from_any_entry_point() -> None:
    for first in ("puretalk_client._resource", "puretalk_client._generated.resources.calls", "puretalk_client"):
        code = (
            f"import {first}\n"
            "import puretalk_client\n"
            "assert 'Puretalk' in vars(puretalk_client) and 'AsyncPuretalk' in vars(puretalk_client)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, (first, result.stderr)


def test_the_checker_sees_a_violation() -> None:
    tree = ast.parse("from puretalk_client import Puretalk\nif TYPE_CHECKING:\n    import puretalk_client._generated\n")
    imported = runtime_imports(tree, "puretalk_client._response", is_package=False)
    assert imported == {"puretalk_client"}
    assert layer_of("puretalk_client") == 2 > layer_of("puretalk_client._response") == 0
    assert layer_of("puretalk_client.resources") == 2
    assert layer_of("puretalk_client._generated.models") == 1
