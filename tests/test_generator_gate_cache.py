"""What the generator's process keeps between runs, by bytes: the gate's compiled modules, ruff's formatting.

The same bytes reuse the code, others compile; the gate itself still imports every module, and a
module that does not compile is refused on every run, naming its file and line (nothing of it is
kept). A module ruff formatted before is not formatted again, and one unchanged since the package in
place is a link to that file, never written through.
"""

from __future__ import annotations

import marshal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.generation.compiled_cache import MIN_PRECOMPILED, cached_compilation, start_precompiling, uncached
from scripts.generation.format_cache import Formatting, replace_file
from scripts.generation.warm_up import runtime_modules, start_warm_up, stop_warm_up
from scripts.infra.project import CACHE_ENV, PACKAGE_DIR, source_root
from tests.helpers.paths import ROOT

PROBE = "gate_cache_probe"


def _import_value(source_root: Path, cache: Path) -> object:
    """Import the probe package afresh through the cache and return its ``VALUE``."""
    for name in [name for name in sys.modules if name.partition(".")[0] == PROBE]:
        del sys.modules[name]
    with cached_compilation([PROBE], [source_root], cache):
        module = __import__(PROBE)
    return module.VALUE


def test_the_same_bytes_take_the_cached_code_and_other_bytes_are_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source_root, cache = tmp_path / "src", tmp_path / "cache"
    package = source_root / PROBE
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(source_root))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    try:
        assert _import_value(source_root, cache) == 1
        (entry,) = cache.iterdir()
        # an entry that says otherwise for the same bytes proves the code came from the cache, not a compilation
        entry.write_bytes(marshal.dumps(compile("VALUE = 2\n", "other.py", "exec", dont_inherit=True)))
        assert _import_value(source_root, cache) == 2
        (package / "__init__.py").write_text("VALUE = 3\n", encoding="utf-8")
        assert _import_value(source_root, cache) == 3
        assert len(list(cache.iterdir())) == 2
        assert not (package / "__pycache__").exists(), "nothing is written beside the sources"
    finally:
        sys.modules.pop(PROBE, None)


def test_bytes_that_do_not_compile_are_refused_each_time_and_never_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source_root, cache = tmp_path / "src", tmp_path / "cache"
    package = source_root / PROBE
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("VALUE = (\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(source_root))
    try:
        for _ in range(2):
            with pytest.raises(SyntaxError) as raised:
                _import_value(source_root, cache)
            assert Path(str(raised.value.filename)).name == "__init__.py"
            assert not cache.exists() or not list(cache.iterdir())
    finally:
        sys.modules.pop(PROBE, None)


def _gate(package_dir: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """Run the worker's gate on ``package_dir`` in a fresh interpreter, as the generator's process does."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom scripts.generation.generator_worker import WorkerError, gate\n"
        "try:\n    gate(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))\n"
        "except WorkerError as error:\n    print(error)\n    raise SystemExit(1)\n"
    )
    overlays = source_root(package_dir) / "overlays"
    client = overlays / "puretalk_client"  # the runtime's package, reduced to joining its folders as the real one does:
    client.mkdir(parents=True, exist_ok=True)  # it precedes an installed puretalk_client, whose __init__ imports more
    init = "from pkgutil import extend_path\n\n__path__ = extend_path(__path__, __name__)\n"
    (client / "__init__.py").write_text(init, encoding="utf-8")
    arguments = [sys.executable, "-c", code, str(package_dir), str(overlays), str(cache)]
    environment = {"PYTHONPATH": str(ROOT)}
    return subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True, check=False, env=environment)


def test_the_gate_refuses_a_module_that_does_not_compile_on_every_run_then_passes_once_fixed(tmp_path: Path) -> None:
    package_dir = tmp_path / "scratch" / PACKAGE_DIR
    package_dir.mkdir(parents=True)
    (package_dir / "__init__.py").write_text('"""Probe."""\n', encoding="utf-8")
    (package_dir / "broken.py").write_text("VALUE = 1\nVALUE = (\n", encoding="utf-8")
    cache = tmp_path / "cache"
    for _ in range(2):
        refused = _gate(package_dir, cache)
        assert refused.returncode == 1, refused.stderr
        assert refused.stdout.startswith(
            "generated module puretalk_client._generated.broken does not compile: broken.py:2"
        ), refused.stdout + refused.stderr
    (package_dir / "broken.py").write_text("VALUE = 1\n", encoding="utf-8")
    (package_dir / "fails.py").write_text("raise RuntimeError('at import')\n", encoding="utf-8")
    for _ in range(2):  # the second time from the cache: the module's code still runs
        refused = _gate(package_dir, cache)
        assert refused.returncode == 1, refused.stderr
        assert (
            "generated module puretalk_client._generated.fails does not import: fails.py:1: RuntimeError: at import"
            in (refused.stdout)
        )
    (package_dir / "fails.py").unlink()
    passed = _gate(package_dir, cache)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    entries = len(list(cache.iterdir()))
    assert entries == 4, "one entry for each bytes compiled: the two __init__, broken (fixed), fails"


def test_a_first_run_has_a_second_process_compile_what_is_not_cached_but_never_what_does_not_compile(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    sources = [tmp_path / f"module_{number}.py" for number in range(MIN_PRECOMPILED)]
    for number, path in enumerate(sources):
        path.write_text(f"VALUE = {number}\n", encoding="utf-8")
    broken = tmp_path / "broken.py"
    broken.write_text("VALUE = (\n", encoding="utf-8")
    assert start_precompiling(sources[1:], cache) is None, "too few to be worth a process"
    process = start_precompiling([*sources, broken], cache)
    assert process is not None
    assert process.wait(timeout=60) == 0
    assert uncached(sources, cache) == [] and uncached([broken], cache) == [broken]
    entries = [entry.read_bytes() for entry in cache.iterdir() if entry.suffix != ".tmp"]
    codes = [marshal.loads(data) for data in entries]  # noqa: S302 - written a moment ago by the test's process
    assert sorted(code.co_filename for code in codes) == sorted(str(path) for path in sources), "the gate's names"
    values = set()
    for code in codes:
        namespace: dict[str, object] = {}
        exec(code, namespace)  # noqa: S102 - the code of our own probe modules
        values.add(namespace["VALUE"])
    assert values == set(range(MIN_PRECOMPILED))
    assert start_precompiling([*sources, broken], cache) is None, "all cached but one: nothing left worth it"


def test_a_first_runs_warm_up_compiles_the_runtime_and_every_facade_template_and_later_runs_have_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    process = start_warm_up(ROOT)
    assert process is not None, "nothing cached, yet no warm-up"
    assert process.wait(timeout=120) == 0
    assert uncached(runtime_modules(ROOT), cache / "compiled") == []
    templates = sorted((ROOT / "templates" / "facade").glob("*.jinja"))
    assert len(list((cache / "jinja").glob("__jinja2_*.cache"))) == len(templates), "a facade template not warmed"
    assert start_warm_up(ROOT) is None, "the runtime is cached: a later run starts no process"
    stop_warm_up(None)


def _formatting(package_dir: Path, cache: Path, current: Path) -> Formatting:
    return Formatting(package_dir, cache, current, (("format",),))


def test_formatted_modules_are_kept_by_their_bytes_and_unchanged_ones_linked_to_the_package_in_place(
    tmp_path: Path,
) -> None:
    cache, current = tmp_path / "cache", tmp_path / "current" / "puretalk_api"
    current.mkdir(parents=True)
    (current / "models.py").write_bytes(b"X = 1\n")
    first = tmp_path / "first" / "puretalk_api"
    first.mkdir(parents=True)
    (first / "models.py").write_bytes(b"X=1\n")
    (first / "other.py").write_bytes(b"Z=3\n")
    formatting = _formatting(first, cache, current)
    assert formatting.take([first / "models.py"]) == [first / "models.py"], "never seen: ruff formats it"
    (first / "models.py").write_bytes(b"X = 1\n")  # what ruff makes of it
    formatting.keep()

    second = tmp_path / "second" / "puretalk_api"
    second.mkdir(parents=True)
    (second / "models.py").write_bytes(b"X=1\n")
    (second / "other.py").write_bytes(b"Y=2\n")
    formatting = _formatting(second, cache, current)
    assert formatting.take(sorted(second.glob("*.py"))) == [second / "other.py"]
    assert (second / "models.py").read_bytes() == b"X = 1\n"
    assert (second / "models.py").stat().st_ino == (current / "models.py").stat().st_ino, "linked, not rewritten"
    replace_file(second / "models.py", b"X = 2\n")
    assert (current / "models.py").read_bytes() == b"X = 1\n", "a rewrite never goes through the link"
    assert stat.S_IMODE((second / "models.py").stat().st_mode) == 0o644, "as the generator's own files"

    third = tmp_path / "third" / "puretalk_api"
    third.mkdir(parents=True)
    (third / "models.py").write_bytes(b"X=1\n")
    (third / "helpers.py").write_bytes(b"")  # another name at the package's top: local imports may differ
    assert _formatting(third, cache, current).take([third / "models.py"]) == [third / "models.py"]
