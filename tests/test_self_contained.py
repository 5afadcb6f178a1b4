"""The checkout stands alone: no test, script or doc names a path outside it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers.paths import COMPLIANT_SETS, ROOT, SEED_PAGE

# Ways a file could reach outside the checkout: the folder above it, the lead's shared/
# reference folder (by any route), or an absolute path of the machine it was written on.
OUTSIDE = re.compile(
    r"\bROOT\.parent\b"
    r"|\.\./+shared\b"
    r"|\bshared/+(?:seed|reference)\b"
    r"|\bparents?\b[^\n]{0,20}[\"']shared[\"']"
    r"|(?<![\w.~])/work/"
)
SEARCHED = ("tests", "scripts", "docs", "overlays", ".ci")
SEARCHED_FILES = ("README.md", "noxfile.py", "nox", "pyproject.toml", "generator-config.yaml")
TEXT_SUFFIXES = frozenset({".py", ".md", ".yaml", ".yml", ".toml", ".txt", ".json", ""})


def _searched() -> list[Path]:
    files = [ROOT / name for name in SEARCHED_FILES]
    for folder in SEARCHED:
        files += [path for path in sorted((ROOT / folder).rglob("*")) if path.is_file()]
    this = Path(__file__).resolve()  # it names the patterns it looks for
    return [
        path
        for path in files
        if path.resolve() != this and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts
    ]


def test_nothing_names_a_path_outside_the_checkout() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _searched()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if OUTSIDE.search(line)
    ]
    assert found == [], "copy what these need into the repository (e.g. tests/data/):\n" + "\n".join(found)


def test_the_pattern_catches_the_ways_out() -> None:
    # Written with a placeholder, so that a grep of the repository for such paths does not find these samples.
    for sample in (
        'COMPLIANT_SETS = ROOT.parent / "{out}" / "reference" / "overlay-compliant-sets"',
        'Path(__file__).parents[2] / "{out}" / "seed"',
        "see ../{out}/seed/register-web-call.md",
        "written from {out}/reference/puretalk-api-facts.md",
        'open("/work/{out}/design.md")',
    ):
        line = sample.format(out="shared")
        assert OUTSIDE.search(line), line
    for line in ('ROOT / "tests" / "data" / "seed"', "`../tests/data/seed/register-web-call.md`", "~/work/x"):
        assert not OUTSIDE.search(line), line


def test_the_copied_data_carries_its_origin_and_licence() -> None:
    assert "Apache License" in (COMPLIANT_SETS / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License 2.0" in (COMPLIANT_SETS / "ORIGIN.md").read_text(encoding="utf-8")
    assert "docs.puretalk.ai" in (SEED_PAGE.parent / "ORIGIN.md").read_text(encoding="utf-8")
