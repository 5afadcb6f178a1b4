"""The pipeline's own state when a run is killed: never no generated/, never a new spec unnoticed, nothing lost.

A run is killed (``os._exit``, as SIGKILL would: no cleanup, no flush) just before its first
file-system change, then before its second, and so on until it gets through. After each kill
the state must be consistent, and the next run must recover it with the change report and the
version floor the uninterrupted run would have given.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest

from scripts.changes.journal import GENERATE_JOURNAL, UPDATE_JOURNAL, write_journal
from scripts.changes.spec_diff import Level, bump
from scripts.infra.atomic import parked, recover_tree, replace_tree
from scripts.infra.project import GENERATED, MANIFEST, RESOLVED, STATE
from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.paths import ROOT, tree_digest
from tests.helpers.publishing import publish
from tests.helpers.upstream_changes import seed_result_field_line, with_seed_result_field
from tests.helpers.versions import next_version, project_version

Runner = Callable[..., subprocess.CompletedProcess[str]]
KILLED = 137
SPEC, FIELD = with_seed_result_field(load_document(ROOT / "openapi.yaml"))
CHANGE = seed_result_field_line(FIELD)
FLOOR = next_version(project_version(), "minor")
KILLER = """
import os, runpy, shutil, sys
import scripts.infra.atomic

limit, calls, busy = int(sys.argv[1]), 0, False


def dying(function):
    def step(*args, **kwargs):
        global calls, busy
        if busy:  # a step inside a step (rmtree's unlinks) is part of it
            return function(*args, **kwargs)
        calls += 1
        if calls == limit:
            os._exit(137)
        busy = True
        try:
            return function(*args, **kwargs)
        finally:
            busy = False

    return step


if os.environ.get("NO_EXCHANGE"):  # as on a system without renameat2(RENAME_EXCHANGE)
    scripts.infra.atomic.exchange = lambda first, second: False
for module, name in [(os, "rename"), (os, "replace"), (os, "unlink"), (os, "rmdir"), (shutil, "rmtree"),
                     (scripts.infra.atomic, "exchange")]:
    setattr(module, name, dying(getattr(module, name)))
sys.argv = sys.argv[2:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


@dataclass(frozen=True)
class Repo:
    """A git repository whose openapi.yaml gained a field since generated/ was made (``old``), and the tree
    ``generate`` makes from it (``new``)."""

    path: Path
    spec: bytes
    old: dict[str, str]
    new: dict[str, str]

    def reset(self) -> None:
        """Put every file back as committed, and remove what is not (build/ included)."""
        subprocess.run(["git", "reset", "-q", "--hard"], cwd=self.path, check=True)
        subprocess.run(["git", "clean", "-q", "-fdx"], cwd=self.path, check=True)

    def tree(self) -> dict[str, str]:
        return tree_digest(self.path / GENERATED)

    def state(self) -> dict[str, str]:
        """The pipeline's state (generated/state): the resolved spec and the manifest, swapped after the tree."""
        return tree_digest(self.path / STATE)

    def floor(self) -> str:
        return str(json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))["version_floor"])

    def leftovers(self) -> list[str]:
        """Whatever a killed run left that the next run should have cleared."""
        build = self.path / "build"
        found = [path.name for path in build.glob("generate-*")] if build.exists() else []
        found += [path.name for path in self.path.glob(".openapi.yaml.*")]
        found += [name.as_posix() for name in (GENERATE_JOURNAL,) if (self.path / name).exists()]
        found += [
            parked(self.path / folder).name for folder in (GENERATED, STATE) if parked(self.path / folder).exists()
        ]
        return found


def add_result_property(spec: bytes) -> bytes:
    assert spec == (ROOT / "openapi.yaml").read_bytes()
    return dump_yaml(SPEC).encode("utf-8")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo, check=True)


def killed_at(repo: Path, limit: int, module: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m MODULE ARGS`` in ``repo``, killed just before its ``limit``-th file-system change."""
    return subprocess.run(
        [sys.executable, "-c", KILLER, str(limit), module, *args],
        cwd=repo, env={**os.environ, **env}, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def each_kill(repo: Repo, module: str, *args: str, **env: str) -> Iterator[subprocess.CompletedProcess[str]]:
    """Yield the result of the run killed at each step in turn (the repository reset before each); stop when it
    gets through."""
    for limit in count(1):
        repo.reset()
        result = killed_at(repo.path, limit, module, *args, **env)
        if result.returncode != KILLED:
            assert result.returncode == 0, result.stdout + result.stderr
            assert limit > 5, f"only {limit - 1} steps: the kill points are not where the changes are"
            return
        yield result


@pytest.fixture
def repo(repo_copy: Path, run_pipeline: Runner) -> Repo:
    git(repo_copy, "init", "-q")
    old = tree_digest(repo_copy / GENERATED)
    spec = add_result_property((repo_copy / "openapi.yaml").read_bytes())
    (repo_copy / "openapi.yaml").write_bytes(spec)
    git(repo_copy, "add", "-A")
    git(repo_copy, "commit", "-qm", "a spec change, not generated yet")
    done = run_pipeline(repo_copy, "generate")
    assert done.returncode == 0, done.stderr
    assert CHANGE in done.stdout
    return Repo(repo_copy, spec, old, tree_digest(repo_copy / GENERATED))


def test_generate_killed_at_any_step_leaves_a_tree_and_the_next_run_loses_nothing(
    repo: Repo, run_pipeline: Runner
) -> None:
    seen = set()
    repo.reset()
    old_state = repo.state()
    run_pipeline(repo.path, "generate")
    new_state = repo.state()
    for killed in each_kill(repo, "scripts.generation.generate", "generate"):
        assert (repo.path / GENERATED).is_dir(), "killed with no generated/ at all"
        assert repo.tree() in (repo.old, repo.new), "killed with a tree that is neither the old nor the new"
        recover_tree(repo.path / STATE)  # what the next run does first: a kill between two renames, undone
        assert repo.state() in (old_state, new_state), "killed with a state that is neither the old nor the new"
        assert not (repo.tree() == repo.old and repo.state() == new_state), "the state ahead of the tree"
        seen.add("new" if repo.tree() == repo.new else "old")

        after = run_pipeline(repo.path, "generate")
        assert after.returncode == 0, after.stderr
        assert repo.tree() == repo.new
        assert repo.floor() == FLOOR
        assert CHANGE in killed.stdout + after.stdout, "the change report was lost"
        if CHANGE not in killed.stdout:
            assert CHANGE in (repo.path / "build" / "spec-changes.md").read_text(encoding="utf-8")
        assert repo.leftovers() == []
    assert seen == {"old", "new"}


def test_update_spec_killed_at_any_step_is_noticed_and_finished(
    repo: Repo, run_pipeline: Runner, tmp_path: Path
) -> None:
    source = tmp_path / "new-openapi.yaml"
    source.write_bytes(repo.spec)
    repo.reset()
    (repo.path / "openapi.yaml").write_bytes((ROOT / "openapi.yaml").read_bytes())
    git(repo.path, "commit", "-qam", "openapi.yaml as generated/ was made from it: update-spec brings the change")
    seen = set()
    for killed in each_kill(repo, "scripts.changes.update_spec", str(source)):
        spec_is_new = (repo.path / "openapi.yaml").read_bytes() == repo.spec
        assert repo.tree() in (repo.old, repo.new)
        assert not (repo.tree() == repo.new and not spec_is_new), "generated/ ahead of openapi.yaml"
        seen.add(("new spec" if spec_is_new else "old spec", "new tree" if repo.tree() == repo.new else "old tree"))
        checked = run_pipeline(repo.path, "check")
        if spec_is_new and repo.tree() == repo.old:
            assert checked.returncode == 1
            assert checked.stderr.splitlines()[0].startswith(f"error: openapi.yaml: update-spec from '{source}'")
            assert "was interrupted" in checked.stderr and "finish with `nox -s generate`" in checked.stderr

        after = run_pipeline(repo.path, "generate")
        assert after.returncode == 0, after.stderr
        if spec_is_new:
            assert repo.tree() == repo.new
            assert repo.floor() == FLOOR
            assert CHANGE in killed.stdout + after.stdout, "the change report was lost"
        assert not (repo.path / UPDATE_JOURNAL).exists()
    assert seen == {("old spec", "old tree"), ("new spec", "old tree"), ("new spec", "new tree")}


def test_without_an_atomic_exchange_a_kill_between_the_two_renames_is_recovered(
    repo: Repo, run_pipeline: Runner
) -> None:
    # Where renameat2(RENAME_EXCHANGE) is missing, replace_tree takes two renames: the kill between them.
    runs = each_kill(repo, "scripts.generation.generate", "generate", NO_EXCHANGE="1")
    killed = next((run for run in runs if not (repo.path / GENERATED).exists()), None)
    assert killed is not None, "no step left generated/ parked"
    assert killed.returncode == KILLED and parked(repo.path / GENERATED).is_dir()
    checked = run_pipeline(repo.path, "check")  # check puts the old tree back, then finds it out of date
    assert checked.returncode == 1 and "changed: models/register_web_call_result.py" in checked.stderr
    assert repo.tree() == repo.old and not parked(repo.path / GENERATED).exists()
    after = run_pipeline(repo.path, "generate")
    assert after.returncode == 0 and CHANGE in after.stdout
    assert repo.tree() == repo.new


def test_a_tree_swap_cut_between_its_two_renames_is_put_back(tmp_path: Path) -> None:
    target, fresh = tmp_path / "generated", tmp_path / "fresh"
    for folder, content in ((target, "old"), (fresh, "new")):
        folder.mkdir()
        (folder / "file").write_text(content, encoding="utf-8")
    target.rename(parked(target))  # the state between the two renames
    recover_tree(target)
    assert (target / "file").read_text(encoding="utf-8") == "old" and not parked(target).exists()
    replace_tree(fresh, target)
    assert (target / "file").read_text(encoding="utf-8") == "new"
    assert (fresh / "file").read_text(encoding="utf-8") == "old"  # the old tree takes the fresh one's place


def test_publish_refuses_while_an_interrupted_update_is_pending(repo: Repo) -> None:
    repo.reset()  # generated/ is the old tree, openapi.yaml the new spec: as update-spec leaves them when killed
    journal = {"source": "https://docs.example.com/llms.txt", "spec_sha256": hashlib.sha256(repo.spec).hexdigest()}
    write_journal(repo.path, UPDATE_JOURNAL, journal)
    result = publish(repo.path, "--skip-verify", "--dry-run", "--repository-url", "http://127.0.0.1:9/")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines()[0].startswith(
        "error: refusing to publish: openapi.yaml: update-spec from 'https://docs.example.com/llms.txt' was interrupted"
    )
    assert not (repo.path / "dist").exists()


INTERRUPTER = """
import os, runpy, shutil, signal, sys
import scripts.infra.atomic

signal.signal(signal.SIGINT, signal.default_int_handler)  # as at a terminal, even when started in the background
limit, calls, busy = int(sys.argv[1]), 0, False


def interrupted(function):
    def step(*args, **kwargs):
        global calls, busy
        if busy:
            return function(*args, **kwargs)
        calls += 1
        busy = True
        try:
            return function(*args, **kwargs)
        finally:
            busy = False
            if calls == limit:  # Ctrl-C just after this step (the swap of generated/ is one)
                os.kill(os.getpid(), signal.SIGINT)

    return step


for module, name in [(os, "rename"), (os, "replace"), (os, "unlink"), (os, "rmdir"), (shutil, "rmtree"),
                     (scripts.infra.atomic, "exchange")]:
    setattr(module, name, interrupted(getattr(module, name)))
sys.argv = sys.argv[2:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def interrupted_at(repo: Path, limit: int, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m MODULE ARGS`` in ``repo`` with a SIGINT just after its ``limit``-th file-system change."""
    return subprocess.run(
        [sys.executable, "-c", INTERRUPTER, str(limit), module, *args],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def project_version(repo: Path) -> str:
    return str(tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def test_update_spec_interrupted_at_any_step_keeps_spec_and_tree_together_and_its_bump(
    repo: Repo, run_pipeline: Runner, tmp_path: Path
) -> None:
    source = tmp_path / "new-openapi.yaml"
    source.write_bytes(repo.spec)
    repo.reset()
    (repo.path / "openapi.yaml").write_bytes((ROOT / "openapi.yaml").read_bytes())
    git(repo.path, "commit", "-qam", "openapi.yaml as generated/ was made from it: update-spec brings the change")
    current = project_version(repo.path)
    proposed = bump(current, Level.MINOR)  # the change adds a response field
    seen = set()
    for limit in count(1):
        repo.reset()
        interrupted = interrupted_at(repo.path, limit, "scripts.changes.update_spec", "--bump", str(source))
        if interrupted.returncode == 0:
            assert limit > 5, f"only {limit - 1} steps: the interrupts are not where the changes are"
            assert project_version(repo.path) == proposed
            break
        assert interrupted.returncode == 128 + signal.SIGINT, interrupted.stdout + interrupted.stderr
        spec_is_new = (repo.path / "openapi.yaml").read_bytes() == repo.spec
        state = ("new spec" if spec_is_new else "old spec", "new tree" if repo.tree() == repo.new else "old tree")
        assert repo.tree() in (repo.old, repo.new)
        assert state in {("old spec", "old tree"), ("new spec", "new tree")}, f"after step {limit}: {state}"
        said = interrupted.stderr.splitlines()[-1]
        if (repo.path / UPDATE_JOURNAL).exists():
            assert said == (
                "update-spec stopped after the swap: openapi.yaml and generated/ are the new spec's; "
                "finish with `nox -s generate`"
            )
        else:
            assert said == "update-spec interrupted; openapi.yaml and generated/ agree."
        seen.add(state)
        if state == ("old spec", "old tree") and not (repo.path / UPDATE_JOURNAL).exists():
            status = subprocess.run(["git", "status", "--porcelain"], cwd=repo.path, capture_output=True, text=True)
            assert status.stdout == "", f"after step {limit}, nothing pending, yet not as committed: {status.stdout}"
            continue  # as if never run: what follows is any generate's business

        after = run_pipeline(repo.path, "generate")  # what a user runs after Ctrl-C (check tells them to)
        assert after.returncode == 0, after.stderr
        if spec_is_new:
            assert repo.tree() == repo.new
            assert project_version(repo.path) == repo.floor() == proposed, "--bump was lost"
            assert CHANGE in interrupted.stdout + after.stdout, "the change report was lost"
        else:
            assert repo.tree() == repo.old
            assert "No change." in after.stdout
            assert project_version(repo.path) == repo.floor() == current, "a floor for no change"
        assert not (repo.path / UPDATE_JOURNAL).exists() and repo.leftovers() == []
    assert seen == {("old spec", "old tree"), ("new spec", "new tree")}


def test_no_change_records_no_floor_above_the_version_even_after_a_killed_run(repo: Repo, run_pipeline: Runner) -> None:
    # As a generate killed after its swap leaves it: the new tree, and the journal of what it replaced
    # (the spec and floor of the old tree). Then the spec change is dropped by hand: the next run
    # measures against the killed run's base, finds no change, and records no floor above the version.
    current = project_version(repo.path)
    manifest = json.loads((repo.path / MANIFEST).read_text(encoding="utf-8"))
    old_resolved = json.loads((ROOT / RESOLVED).read_text(encoding="utf-8"))
    assert repo.tree() == repo.new and manifest["version_floor"] != current
    entry = {"fingerprint": manifest["fingerprint"], "resolved": old_resolved, "version_floor": current}
    write_journal(repo.path, GENERATE_JOURNAL, entry)
    (repo.path / "openapi.yaml").write_bytes((ROOT / "openapi.yaml").read_bytes())
    after = run_pipeline(repo.path, "generate")
    assert after.returncode == 0, after.stderr
    assert "No change." in after.stdout and f"Version: {current} needs no bump." in after.stdout
    assert repo.tree() == repo.old and repo.floor() == current


def _running(pid: int) -> bool:
    """Whether process ``pid`` still runs (an exited one may linger as a zombie until its new parent reaps it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def test_a_killed_pipeline_takes_the_generators_process_with_it(repo_copy: Path, tmp_path: Path) -> None:
    # An orphaned generator would go on writing into a scratch folder the next run has cleared.
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from scripts.generation.generate import TEMPLATES, apply_overlays\n"
        "from scripts.generation.generator import Generator\n"
        "from scripts.infra.project import CONFIG\n"
        "root, scratch = Path(sys.argv[1]), Path(sys.argv[2])\n"
        "generator = Generator.start(root)\n"
        "generator.run(apply_overlays(root), root / CONFIG, root / TEMPLATES, scratch / 'package')\n"
        "print(flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", code, str(repo_copy), str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        parent.stdout.readline()  # the generator's process has its request: it is generating now
        (worker,) = map(int, Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split())
        parent.kill()
        parent.wait(timeout=10)
        killed = time.monotonic()
        while time.monotonic() - killed < 0.5:  # a generation takes about a second more: it must not finish it
            if not _running(worker):
                break
            time.sleep(0.02)
        else:
            os.kill(worker, signal.SIGKILL)
            raise AssertionError("the generator's process outlived the pipeline")
    finally:
        parent.kill()
