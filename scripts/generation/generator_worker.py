"""The generator's process: openapi-python-client in-process, the facade from its parse, formatting, the gate.

``python -m scripts.generation.generator_worker REQUEST.json`` runs in a process of its own (so the
pipeline validates and diffs the spec on the other core meanwhile) and:

1. parses the resolved spec with the pinned generator's own data model (``GeneratorData``)
   and builds the package from it with our templates (``Project.build``);
2. derives the facade from that same parse (:mod:`scripts.generation.facade_model`) and renders
   ``resources/`` and ``api.md`` through templates (:mod:`scripts.generation.facade_render`);
3. formats the package with the pinned ruff (the generator's own imports sorted and
   pruned, while step 2 runs; the facade is only formatted: its imports are computed); a module
   ruff formatted before from the same bytes is taken from :mod:`scripts.generation.format_cache`,
   and one unchanged since the package in place is linked to its file there;
4. the gate: every module compiles, and every module of the package imports, in this
   interpreter, which has imported nothing of ``puretalk_client`` before;
5. keeps the package and the result for a later run with the same inputs, when asked
   (:mod:`scripts.generation.output_cache`), then writes the result (the Python names of the
   operations, the renames the name allocator made, the Python surface, or one-line problems)
   to ``RESULT.json``.

Nothing is read back from the generated Python: the facade and the surface come from the parse.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
import tokenize
import traceback
import unicodedata
from pathlib import Path
from typing import Any

from scripts.generation import adapter
from scripts.generation.compiled_cache import COMPILED_CACHE, CachedFinder, start_precompiling, stop_precompiling
from scripts.generation.facade_model import FacadeError, build_facade
from scripts.generation.facade_render import CHECKS_MODULE, render, render_api_md
from scripts.generation.format_cache import FORMAT_CACHE, Formatting, replace_file
from scripts.generation.generator import describe_errors
from scripts.generation.ir import Parse
from scripts.generation.output_cache import OutputCache
from scripts.generation.warm_up import start_warm_up, stop_warm_up
from scripts.infra.project import GENERATED, PACKAGE, PipelineError, cache_dir, source_root

MAX_CAUSE = 200
TEMPLATE_CACHE = "jinja"
"""Where compiled templates are kept between runs (the generator's, by its version), in generation's cache folder."""


class WorkerError(PipelineError):
    """A step refused or failed; the message says which and why, one line per problem."""


def _generate(request: dict[str, Any], spec: dict[str, Any]) -> tuple[Parse, float]:
    """Return step 1: the IR of the generator's parse, its models built (our templates); every warning refuses."""
    started = time.perf_counter()
    where = adapter.Request(
        Path(request["spec"]),
        Path(request["config"]),
        Path(request["templates"]),
        Path(request["package_dir"]),
        template_cache=cache_dir(Path(request["root"])) / TEMPLATE_CACHE,
    )
    try:
        parse = adapter.parse(where, spec)
    except adapter.ParseRefused as refused:
        raise WorkerError(describe_errors(refused.problems, spec)) from None
    return parse, time.perf_counter() - started


def _ruff_command(*arguments: str) -> list[str]:
    """Return the pinned ruff's command (beside this interpreter first), ignoring every setting but ``arguments``."""
    ruff = shutil.which("ruff", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if ruff is None:
        raise WorkerError("ruff is not installed; run the pipeline through nox")
    return [ruff, *arguments[:1], "--isolated", "--no-cache", "--quiet", *arguments[1:]]


FIX_IMPORTS = ("check", "--fix-only", "--select", "F401,I")
"""Step 3's first half, on the generator's own modules: imports pruned and sorted (the facade computes its own)."""
FORMAT = ("format",)


def _fix_imports(package_dir: Path, modules: list[Path]) -> subprocess.Popen[str] | None:
    """Start step 3's first half on ``modules`` (the generator's), while the facade is rendered into ``resources/``.

    :func:`_ruff` waits for it. ``None`` when there is nothing to fix.
    """
    if not modules:
        return None
    command = _ruff_command(*FIX_IMPORTS, *(path.relative_to(package_dir).as_posix() for path in modules))
    return subprocess.Popen(
        command, cwd=package_dir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True
    )


def _ruff(package_dir: Path, fixing: subprocess.Popen[str] | None, modules: list[Path]) -> None:
    """Step 3, the post hooks (pinned ruff): when ``fixing`` (:func:`_fix_imports`) ends, format ``modules``."""
    output, returncode = "", 0
    if fixing is not None:
        output, _ = fixing.communicate()
        returncode = fixing.returncode
    if returncode == 0 and modules:
        relative = [path.relative_to(package_dir).as_posix() for path in modules]
        result = subprocess.run(
            _ruff_command(*FORMAT, *relative), capture_output=True, text=True, cwd=package_dir, check=False
        )
        output, returncode = result.stdout + result.stderr, result.returncode
    if returncode != 0:
        first = output.strip().splitlines()[:1]
        raise WorkerError(f"ruff failed on the generated package: {first[0] if first else returncode}")


def _escape(text: str) -> str:
    return "".join(
        (f"\\u{ord(character):04x}" if ord(character) <= 0xFFFF else f"\\U{ord(character):08x}")
        if unicodedata.category(character) == "Cf" else character
        for character in text
    )  # fmt: skip


def _has_format_character(text: str) -> bool:
    """Tell whether ``text`` holds a format character (category ``Cf``); ASCII text (most modules) holds none."""
    return not text.isascii() and any(unicodedata.category(character) == "Cf" for character in set(text))


def escape_format_characters(package_dir: Path) -> None:
    """Write every format character (bidi controls ``U+202E``, ``U+2066``…) of generated source as an escape.

    Spec text reaches generated source only inside string literals (docstrings included), where
    its escape means the same character, so what the source shows is what it does. A format
    character anywhere else (a raw string, a name) is refused in one line.
    """
    for path in sorted(package_dir.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if not _has_format_character(source):
            continue
        pieces, last = [], 0
        lines = source.splitlines(keepends=True)
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line))
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            text = token.string
            if not _has_format_character(text):
                continue
            prefix = text[: len(text) - len(text.lstrip("rRbBuUfF"))].lower()
            if token.type not in (tokenize.STRING, tokenize.COMMENT) or "r" in prefix:
                where = f"{path.name}:{token.start[0]}"
                raise WorkerError(f"generated module {where}: a format character outside a string literal")
            begin = starts[token.start[0] - 1] + token.start[1]
            end = starts[token.end[0] - 1] + token.end[1]
            pieces += [source[last:begin], _escape(text)]
            last = end
        replace_file(path, "".join([*pieces, source[last:]]).encode("utf-8"))  # never written through a link


def _modules(package_dir: Path, source_root: Path) -> list[str]:
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        relative = path.relative_to(source_root).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        names.append(".".join(parts))
    return names


def gate(package_dir: Path, overlays: Path, cache: Path | None = None) -> None:
    """Step 4: every module of the package compiles and imports; a failure is one line naming the file and line.

    Importing compiles each module first, so a syntax error is reported as such, with its place. With
    ``cache``, a module whose very bytes compiled before takes that code object
    (:mod:`scripts.generation.compiled_cache`): the package is written afresh each run, and the runtime
    has no bytecode beside it, so their compilation was most of the gate.
    """
    loaded = [name for name in sys.modules if name.split(".")[0] == PACKAGE.split(".")[0]]
    if loaded:
        raise WorkerError(f"the import gate needs a fresh interpreter, but {loaded[0]} is imported")
    sys.dont_write_bytecode = True  # nothing but sources lands in the package
    # package_dir is <scratch>/puretalk_client/_generated: the overlay's puretalk_client extends its __path__
    # with <scratch>/puretalk_client (pkgutil.extend_path), so the fresh subpackage imports as the wheel's will
    root = source_root(package_dir)
    sys.path[:0] = [str(root), str(overlays)]
    precompiling = None
    if cache is not None:  # for the rest of this process, which ends after the gate
        sys.meta_path.insert(0, CachedFinder((PACKAGE.split(".")[0],), [root, overlays], cache))
        runtime = sorted((overlays / PACKAGE.split(".")[0]).rglob("*.py"))
        precompiling = start_precompiling([*sorted(package_dir.rglob("*.py")), *runtime], cache)
    try:
        _import_all(package_dir, root)
    finally:
        stop_precompiling(precompiling)


def _import_all(package_dir: Path, root: Path) -> None:
    """Import every module of the package (the gate's second half); a failure is one line naming the file and line."""
    for name in _modules(package_dir, root):
        try:
            importlib.import_module(name)
        except SyntaxError as error:
            where = f"{Path(error.filename or name).name}:{error.lineno or '?'}"
            raise WorkerError(f"generated module {name} does not compile: {where}: {error.msg}") from None
        except Exception as error:  # the gate reports any failure of generated code as one line
            frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
            where = f"{Path(frame.filename).name}:{frame.lineno}" if frame else name
            cause = " ".join(str(error).split())[:MAX_CAUSE]
            message = f"generated module {name} does not import: {where}: {type(error).__name__}: {cause}"
            raise WorkerError(message) from None


def run(request: dict[str, Any]) -> dict[str, Any]:
    """Do steps 1 to 4; return what the pipeline needs of the generation.

    On a first run (nothing cached yet), a second process fills the caches of what does not depend on the spec
    while the generator parses (:mod:`scripts.generation.warm_up`).
    """
    package_dir, root = Path(request["package_dir"]), Path(request["root"])
    warming = start_warm_up(root)
    try:
        return _run(request, package_dir, root)
    finally:
        stop_warm_up(warming)


def _run(request: dict[str, Any], package_dir: Path, root: Path) -> dict[str, Any]:
    """Do :func:`run`'s steps."""
    spec = json.loads(Path(request["spec"]).read_text(encoding="utf-8"))
    try:
        parse, seconds = _generate(request, spec)
    except FacadeError as error:
        raise WorkerError(str(error)) from None
    ruff = Path(_ruff_command(*FORMAT)[0])
    formatting = Formatting(package_dir, cache_dir(root) / FORMAT_CACHE, root / GENERATED, (FIX_IMPORTS, FORMAT), ruff)
    pending = formatting.take(sorted(package_dir.rglob("*.py")))  # the generator's modules: the facade comes next
    fixing = _fix_imports(package_dir, pending)
    try:
        facade = build_facade(parse, spec, root)
        render(facade, package_dir, root)
        api_md = render_api_md(facade, root)
        pending += formatting.take([package_dir / CHECKS_MODULE, *sorted((package_dir / "resources").rglob("*.py"))])
    except BaseException as error:
        if fixing is not None:
            fixing.kill()  # the package will not be used: its formatting need not finish
            fixing.communicate()
        if isinstance(error, FacadeError):
            raise WorkerError(str(error)) from None
        raise
    _ruff(package_dir, fixing, pending)
    formatting.keep()
    escape_format_characters(package_dir)
    gate(package_dir, root / "overlays", cache_dir(root) / COMPILED_CACHE)
    result = {
        "seconds": seconds,
        "operations": [
            {"method": item.method, "path": item.path, "dotted": item.dotted, "named_by": item.named_by}
            for item in facade.operations
        ],
        "renames": [str(rename) for rename in facade.renames],
        "surface": facade.surface(),
        "api_md": api_md,
    }
    output = request.get("output")
    if isinstance(output, dict):  # the same inputs again take this output (scripts/generation/output_cache.py)
        OutputCache(Path(output["folder"]), str(output["key"])).keep(package_dir, {**result, "seconds": 0.0})
    return result


def main(argv: list[str] | None = None) -> int:
    """Entry point: read the request, write the result (``{"error": ...}`` on a refusal), exit 0 or 1."""
    args = sys.argv[1:] if argv is None else argv
    request = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    result_path = Path(request["result"])
    try:
        result = run(request)
        code = 0
    except WorkerError as error:
        result, code = {"error": str(error)}, 1
    except RecursionError:
        result, code = {"error": "openapi-python-client: the spec is nested too deeply to generate"}, 1
    except Exception as crash:  # the generator's own crash on an odd spec: one line, never a traceback
        cause = " ".join(str(crash).split())[:MAX_CAUSE]
        result, code = {"error": f"openapi-python-client crashed on the spec: {type(crash).__name__}: {cause}"}, 1
    result_path.write_text(json.dumps(result), encoding="utf-8")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
