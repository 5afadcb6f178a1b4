"""Which of the pipeline's own modules a generation runs: computed from their imports, never listed by hand.

The fingerprint (:func:`scripts.commands.generate.current_fingerprint`) covers every module of
``scripts`` that the ``generate`` process or the generator's process can import, so that a change
to any of them (``yaml_io.py``, which writes the resolved spec's bytes, ``overlay.py``…) makes the fast
``check`` fail just as ``check --full`` would. :func:`generation_modules` follows the import
statements of the two entry modules statically (``ast``, nothing is imported): every ``import`` and
``from … import`` (relative ones too), at the top of a module or inside a function, with each package's
``__init__.py`` on the way. It reads the import lines with a regular expression (50 times faster than
``ast``, and this runs in every fast ``check``), so it errs on the side of more: a module imported only
for type checking counts too, and so would an import statement quoted at the start of a docstring's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

TOP = "scripts"
_IMPORT = re.compile(
    rb"^[ \t]*(?:from[ \t]+(?P<source>\.*[\w.]*)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n]*)"
    rb"|import[ \t]+(?P<modules>[^\n]*))",
    re.MULTILINE,
)
_NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def _module_file(root: Path, name: str) -> Path | None:
    """Return the source file of module ``name`` (``scripts.x.y``) under ``root``; ``None``: not one of ours."""
    base = root.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _package(name: str, path: Path) -> str:
    """Return the package that relative imports in module ``name`` (at ``path``) start from."""
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _names(text: str) -> list[str]:
    """Return the imported names of an import list (``a, b as c`` or a parenthesised one), comments left out."""
    names = []
    for line in text.strip("()").splitlines():
        for part in line.split("#", 1)[0].split(","):
            found = _NAME.match(part.strip())
            if found:
                names.append(found.group())
    return names


def _imported(name: str, path: Path, root: Path) -> Iterable[str]:
    """Every module name the source of ``name`` imports anywhere in its body (the caller keeps ``scripts.*``)."""
    for found in _IMPORT.finditer(path.read_bytes()):
        if found["modules"] is not None:
            yield from _names(found["modules"].decode("utf-8", "replace"))
            continue
        source = found["source"].decode("utf-8", "replace")
        level = len(source) - len(source.lstrip("."))
        if level:
            parts = _package(name, path).split(".")
            anchor = ".".join(parts[: len(parts) - level + 1])
            base = f"{anchor}.{source[level:]}" if source[level:] else anchor
        else:
            base = source
        yield base
        for imported in _names(found["names"].decode("utf-8", "replace")):  # it may name a module scripts.x.y
            if _module_file(root, f"{base}.{imported}") is not None:
                yield f"{base}.{imported}"


def generation_modules(root: Path, entries: Iterable[str]) -> list[str]:
    """Return the sorted root-relative paths of every module reachable from ``entries`` by import, parents included."""
    seen: set[str] = set()
    pending = list(entries)
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen or not (name == TOP or name.startswith(f"{TOP}.")):
            continue
        seen.add(name)
        parts = name.split(".")
        pending.extend(".".join(parts[:end]) for end in range(1, len(parts)))  # the packages it lives in
        path = _module_file(root, name)
        if path is None:
            continue
        found.add(path.relative_to(root).as_posix())
        pending.extend(_imported(name, path, root))
    return sorted(found)
