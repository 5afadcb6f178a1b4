"""scripts/ is organised by flow, and its subpackages import one way (scripts/commands/__init__.py).

``infra`` <- ``generation`` <- ``changes`` <- ``commands`` <- ``release``; ``bench`` measures
from the top. Every import is read from the source, lazy ones (inside functions) included.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers.paths import ROOT

ORDER = ("infra", "generation", "changes", "commands", "release", "bench")
SCRIPTS = ROOT / "scripts"


def imported_subpackages(path: Path) -> set[str]:
    """The ``scripts`` subpackages a module imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        found.update(name.split(".")[1] for name in names if name.startswith("scripts.") and name.count(".") >= 1)
    return found


def test_every_module_of_scripts_is_in_a_subpackage_of_the_order() -> None:
    loose = [path.name for path in SCRIPTS.glob("*.py") if path.name != "__init__.py"]
    assert loose == []
    assert {path.name for path in SCRIPTS.iterdir() if (path / "__init__.py").is_file()} == set(ORDER)


def test_no_subpackage_imports_a_later_one() -> None:
    problems = []
    for path in sorted(SCRIPTS.rglob("*.py")):
        mine = path.relative_to(SCRIPTS).parts[0]
        for theirs in imported_subpackages(path):
            if ORDER.index(theirs) > ORDER.index(mine):
                problems.append(f"{path.relative_to(ROOT)} imports scripts.{theirs}")
    assert problems == []


def test_the_check_sees_a_later_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from scripts.commands.generate import check\n", encoding="utf-8")
    assert imported_subpackages(module) == {"commands"}
