"""A generation's kept output (scripts/generation/output_cache.py): taken for the same inputs, never stale or edited.

The same inputs again make the same bytes without the generator; a changed input (a runtime module
the gate imports) runs it; a kept file that changed (a second link of a file in ``generated/``
edited by hand) is never taken, so ``check`` still finds the edit and ``generate`` undoes it;
``check --full`` never takes one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.commands.generate import Generation, check, generate, generate_into
from scripts.generation.output_cache import MAX_KEPT, OUTPUT_CACHE, OutputCache
from scripts.infra.project import CACHE_ENV, GENERATED, PACKAGE_DIR
from tests.helpers.paths import tree_digest


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own: what it finds kept is what it made."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def _generated(repo: Path, into: Path) -> tuple[Generation, dict[str, str]]:
    """Generate ``repo`` into the fresh folder ``into``; return what it found and the package's files."""
    generation = generate_into(into / PACKAGE_DIR, into / "state", repo)
    return generation, tree_digest(into / PACKAGE_DIR)


def test_the_same_inputs_take_the_kept_output_and_a_changed_runtime_module_does_not(
    repo_copy: Path, cache: Path, tmp_path: Path
) -> None:
    first, made = _generated(repo_copy, tmp_path / "first")
    assert first.generator_seconds > 0
    second, taken = _generated(repo_copy, tmp_path / "second")
    assert second.generator_seconds == 0, "the generator ran for inputs it had made an output from"
    assert taken == made
    assert (second.api_md, second.surface, second.operations) == (first.api_md, first.surface, first.operations)
    assert tree_digest(tmp_path / "second" / "state") == tree_digest(tmp_path / "first" / "state")

    client = repo_copy / "overlays" / "puretalk_client" / "_client.py"  # the gate imports the package with it
    client.write_text(client.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    third, _ = _generated(repo_copy, tmp_path / "third")
    assert third.generator_seconds > 0, "a runtime module changed, yet the kept output was taken"
    assert len(list((cache / OUTPUT_CACHE).iterdir())) == 2


def test_a_kept_file_that_changed_is_never_taken_and_the_next_output_replaces_it(
    repo_copy: Path, cache: Path, tmp_path: Path
) -> None:
    _, made = _generated(repo_copy, tmp_path / "first")
    (entry,) = (cache / OUTPUT_CACHE).iterdir()
    kept = next(path for path in sorted(entry.rglob("*.py")) if path.name != "__init__.py")
    with kept.open("a", encoding="utf-8") as handle:  # in place, as an edit through a second link would be
        handle.write("EDITED = True\n")
    again, remade = _generated(repo_copy, tmp_path / "again")
    assert again.generator_seconds > 0 and remade == made
    assert "EDITED" not in kept.read_text(encoding="utf-8")
    after, taken = _generated(repo_copy, tmp_path / "after")
    assert after.generator_seconds == 0 and taken == made


def test_check_finds_a_hand_edit_of_generated_and_generate_undoes_it(repo_copy: Path, cache: Path) -> None:
    generate(repo_copy)
    generate(repo_copy)  # taken: generated/ now shares its files with the kept output
    edited = repo_copy / GENERATED / "models" / "__init__.py"
    with edited.open("a", encoding="utf-8") as handle:
        handle.write("EDITED = True\n")
    assert check(repo_copy) == ["changed: models/__init__.py"]
    generate(repo_copy)
    assert "EDITED" not in edited.read_text(encoding="utf-8")
    assert check(repo_copy, full=True) == []


def test_check_full_never_takes_a_kept_output(repo_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(repo_copy)

    def forbidden(self: OutputCache, package_dir: Path) -> None:
        raise AssertionError("check --full took a kept output")

    monkeypatch.setattr(OutputCache, "take", forbidden)
    assert check(repo_copy, full=True) == []


def test_only_the_most_recently_used_outputs_are_kept(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "module.py").write_text("VALUE = 1\n", encoding="utf-8")
    folder = tmp_path / "outputs"
    for number in range(MAX_KEPT + 2):
        OutputCache(folder, f"key-{number:02d}").keep(package, {"number": number})
    assert OutputCache(folder, "key-02").take(tmp_path / "taken") == {"number": 2}  # used again: now the newest
    OutputCache(folder, "key-99").keep(package, {"number": 99})
    kept = sorted(path.name for path in folder.iterdir())
    assert len(kept) == MAX_KEPT and "key-02" in kept and "key-99" in kept
    assert (tmp_path / "taken" / "module.py").read_text(encoding="utf-8") == "VALUE = 1\n"
