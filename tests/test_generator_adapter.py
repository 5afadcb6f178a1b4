"""The generator's classes are touched by one module only: ``scripts/generation/adapter.py``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ADAPTER = Path("scripts/generation/adapter.py")
GENERATOR = "openapi_python_client"


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _name_checks(tree: ast.AST) -> list[int]:
    """Lines comparing ``type(x).__name__`` with ``==`` or ``in`` (matching classes by name strings)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                if (
                    isinstance(side, ast.Attribute)
                    and side.attr == "__name__"
                    and isinstance(side.value, ast.Call)
                    and isinstance(side.value.func, ast.Name)
                    and side.value.func.id == "type"
                ):
                    lines.append(node.lineno)
    return lines


def _sources() -> list[Path]:
    files = [*sorted((ROOT / "scripts").rglob("*.py")), *sorted((ROOT / "overlays").rglob("*.py"))]
    return [*files, ROOT / "noxfile.py"]


def test_only_the_adapter_imports_the_generator() -> None:
    """No module but the adapter imports openapi_python_client (the adapter does)."""
    offenders = []
    adapter_imports = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = [name for name in _imports(tree) if name.split(".")[0] == GENERATOR]
        if path.relative_to(ROOT) == ADAPTER:
            adapter_imports = found
        elif found:
            offenders.append(f"{path.relative_to(ROOT)}: {found}")
    assert offenders == []
    assert adapter_imports, "the adapter is where the generator's classes are read"


def test_no_class_matched_by_name_string() -> None:
    """Classes are told apart with isinstance, never ``type(x).__name__ == "..."``."""
    offenders = []
    for path in _sources():
        lines = _name_checks(ast.parse(path.read_text(encoding="utf-8")))
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in lines]
    assert offenders == []


def test_the_adapter_hands_out_no_generator_object() -> None:
    """Every public function of the adapter is annotated, and none returns a generator class or ``Any``."""
    tree = ast.parse((ROOT / ADAPTER).read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(GENERATOR)
        for alias in node.names
    }
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            assert node.returns is not None, node.name
            returned = {name.id for name in ast.walk(node.returns) if isinstance(name, ast.Name)}
            assert not returned & (imported | {"Any"}), f"{node.name} returns {returned & (imported | {'Any'})}"
