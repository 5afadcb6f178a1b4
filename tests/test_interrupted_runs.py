"""The pipeline's own state when a run is killed: never no generated/, never a new spec unnoticed, nothing lost.

A run is killed (SIGKILL: no cleanup, no flush) just before its first file-system change, then before its
second, and so on until it gets through. After each kill the state must be consistent, and the next run must
recover it with the change report and the version floor the uninterrupted run would have given.

The file-system steps are ``os.rename``, ``os.replace``, ``os.unlink``, ``os.rmdir``, ``shutil.rmtree`` and
``scripts.infra.atomic.exchange``; a step made inside another (rmtree's unlinks) is part of it.

**Snapshots of one run** (the SIGKILL tests). What a kill just before step k leaves is the repository as it is
on disk at that moment, and what the process had written to its stdout and stderr by then (a kill flushes
nothing). So the command runs once, under :data:`SNAPSHOTTER`: just before each step it pauses the run's other
processes (the generator's process and any child of it: SIGSTOP, each seen stopped before its own children are
listed, so nothing writes while the copy is made), copies the repository (``.git`` left out: no command run on a
snapshot reads it) into ``snapshots/<k>/`` and records how many bytes its stdout and stderr files held, then
resumes them and takes the step. Paused, the copy is the state at one instant, as a kill's is (a real kill takes
the generator's process with it); a file that vanished mid-copy would be skipped and recorded, and the tests
require there be none. Each snapshot is then checked exactly as a killed repository was, its recovery commands run
inside the snapshot's folder. Two snapshots with the same disk state (every file, build/ included; the lock
file's owner line aside) share one recovery: the recovery is deterministic given the disk state.

**One real kill per SIGKILL test** holds the method to what a kill leaves: the run is killed for real
(``os._exit(137)``) at one step (the first swap of generated/, or where generated/ is parked) and the repository
and output it leaves must equal that step's snapshot, the scratch folder's random name, its generator's timing
and the lock file's owner line aside.

**SIGINT** (update-spec interrupted) is handled by the process, so its reaction is what is tested, and a copy of
the disk is not enough: the process itself is copied. The command runs once, under :data:`FORKER`: just after each
step it copies the repository aside and forks. The child is the run at that point (its memory, its unflushed
output, its handlers and open files); it gets the SIGINT where :data:`INTERRUPTER` sends it, reacts in the
repository's own folder and exits, its stdout and stderr in files of its own that start with what the run had
written. The parent waits, moves what the child left to ``interrupts/<k>/``, puts its copy back and goes on.
A step where the run has a process of its own (the generator's, which a child would share), a second thread, or a
file open in the folder but the lock file is not forked: that step is one real interrupted run, as before. One
forked step (the first swap, whose Ctrl-C waits for the second) is also interrupted for real, and must leave the
same code, output and repository. Runs that left the same disk state share one recovery, as above.

The prepared repository (the spec changed and committed, then generated) is made once per process and copied for
each test; :meth:`Repo.reset` puts back the committed modes too, so that equal states compare equal.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.changes.journal import GENERATE_JOURNAL, UPDATE_JOURNAL, write_journal
from scripts.changes.spec_diff import Level, bump
from scripts.infra.atomic import parked, recover_tree, replace_tree
from scripts.infra.project import GENERATED, MANIFEST, RESOLVED, STATE
from scripts.infra.yaml_io import dump_yaml, load_document
from tests.helpers.paths import NOT_COPIED, ROOT, tree_digest
from tests.helpers.publishing import publish
from tests.helpers.upstream_changes import seed_result_field_line, with_seed_result_field
from tests.helpers.versions import next_version, project_version

Runner = Callable[..., subprocess.CompletedProcess[str]]
KILLED = 137
SPEC, FIELD = with_seed_result_field(load_document(ROOT / "openapi.yaml"))
CHANGE = seed_result_field_line(FIELD)
FLOOR = next_version(project_version(), "minor")


def _steps_run_by(wrapper: str) -> str:
    """The end of a wrapper script: the six step functions replaced by ``wrapper`` of each, then the command run.

    With ``NO_EXCHANGE`` set, the exchange of two folders is first made to fail, as on a system without
    renameat2(RENAME_EXCHANGE) (``replace_tree`` then takes two renames).
    """
    return (
        'if os.environ.get("NO_EXCHANGE"):\n'
        "    scripts.infra.atomic.exchange = lambda first, second: False\n"
        'for module, name in [(os, "rename"), (os, "replace"), (os, "unlink"), (os, "rmdir"), (shutil, "rmtree"),\n'
        '                     (scripts.infra.atomic, "exchange")]:\n'
        f"    setattr(module, name, {wrapper}(getattr(module, name)))\n"
        "sys.argv = sys.argv[2:]\n"
        'runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)\n'
    )


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

""" + _steps_run_by("dying")


SNAPSHOTTER = """
import json, os, runpy, shutil, signal, sys, time
import scripts.infra.atomic

folder, root, calls, busy = sys.argv[1], os.getcwd(), 0, False
log = os.open(os.path.join(folder, "steps.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)


def children(pid):
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += map(int, handle.read().split())
    except (FileNotFoundError, ProcessLookupError):
        pass
    return found


def stopped(pid):
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/stat") as handle:
                if handle.read().rpartition(")")[2].split()[0] not in "TtZX":
                    return False
    except (FileNotFoundError, ProcessLookupError):
        pass
    return True


def pause():  # every process this run started, each seen stopped before its own children are listed
    paused, pending = [], children(os.getpid())
    while pending:
        pid = pending.pop()
        try:
            os.kill(pid, signal.SIGSTOP)
        except ProcessLookupError:
            continue
        paused.append(pid)
        while not stopped(pid):
            time.sleep(0.0005)
        pending += children(pid)
    return paused


def copy(source, target, vanished):  # a file or folder gone meanwhile is skipped and named in vanished
    try:
        entries = list(os.scandir(source))
    except FileNotFoundError:
        vanished.append(source)
        return
    os.mkdir(target)
    for entry in entries:
        if source == root and entry.name == ".git":
            continue
        into = os.path.join(target, entry.name)
        try:
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), into)
            elif entry.is_dir():
                copy(entry.path, into, vanished)
            else:
                shutil.copy2(entry.path, into)
        except FileNotFoundError:
            vanished.append(entry.path)
    try:
        shutil.copystat(source, target)
    except FileNotFoundError:
        vanished.append(source)


def snapshot(function, args):
    paused = pause()
    vanished = []
    try:
        copy(root, os.path.join(folder, str(calls)), vanished)
        record = {"step": calls, "name": function.__name__, "args": [str(arg) for arg in args],
                  "stdout": os.fstat(1).st_size, "stderr": os.fstat(2).st_size, "vanished": vanished}
        os.write(log, (json.dumps(record) + "\\n").encode())
    finally:
        for pid in paused:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass


def snapshotted(function):
    def step(*args, **kwargs):
        global calls, busy
        if busy:  # a step inside a step (rmtree's unlinks) is part of it
            return function(*args, **kwargs)
        calls += 1
        busy = True
        try:
            snapshot(function, args)  # what a kill just before this step would leave
            return function(*args, **kwargs)
        finally:
            busy = False

    return step

""" + _steps_run_by("snapshotted")
"""Run ``python -m MODULE ARGS`` (argv[2:]) in the current folder, copying it into ``argv[1]/<k>/`` just before
each file-system step k; ``argv[1]/steps.jsonl`` records each step, its name and the output written before it."""

LOCK = Path("build") / ".lock"
SCRATCH = re.compile(rb"generate-[a-z0-9_]{8}")
"""The random part of a scratch folder's name (``build/generate-*``), in paths and in the files naming them."""
TIMING = re.compile(rb'"seconds": [0-9.e-]+')
"""What differs between two runs in the generator's result (``generator-result.json``): how long it took."""


@dataclass(frozen=True)
class Repo:
    """A git repository whose openapi.yaml gained a field since generated/ was made (``old``), and the tree
    ``generate`` makes from it (``new``), with its state (``new_state``)."""

    path: Path
    spec: bytes
    old: dict[str, str]
    new: dict[str, str]
    new_state: dict[str, str]

    def reset(self) -> None:
        """Put every file back as committed, its mode too, and remove what is not (build/ included).

        ``git reset --hard`` leaves a file whose bytes are as committed with the mode it has (a module a run
        replaced through a temporary file is 0600): the mode is put back as a checkout makes it.
        """
        subprocess.run(["git", "reset", "-q", "--hard"], cwd=self.path, check=True)
        subprocess.run(["git", "clean", "-q", "-fdx"], cwd=self.path, check=True)
        listed = subprocess.run(
            ["git", "ls-files", "-s", "-z"], cwd=self.path, capture_output=True, check=True
        ).stdout.decode()
        mask = os.umask(0)
        os.umask(mask)
        for line in filter(None, listed.split("\0")):
            mode, _, name = line.partition("\t")
            if mode.startswith("100"):  # a regular file (not a link, not a submodule)
                executable = mode.split()[0] == "100755"
                (self.path / name).chmod((0o777 if executable else 0o666) & ~mask)

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

    def disk(self, *, between_runs: bool = False) -> dict[str, str]:
        """Every entry under the repository but ``.git``: a file's mode and sha256, a folder's mode, a link's target.

        The lock file's content is left out: it is the owner line of the last run that held the lock, read only
        by a run that waits for a live holder. ``between_runs`` also leaves out what differs between two runs
        of the same command: the random name of the scratch folder (in paths and in files) and the generator's
        timing in its result.
        """
        entries = {}
        for path in sorted(self.path.rglob("*")):
            relative = path.relative_to(self.path)
            if relative.parts[0] == ".git":
                continue
            name = relative.as_posix()
            mode = f"{path.lstat().st_mode:o}"
            if path.is_symlink():
                entry = f"link {path.readlink()}"
            elif path.is_dir():
                entry = f"folder {mode}"
            elif relative == LOCK:
                entry = f"lock {mode}"
            else:
                data = path.read_bytes()
                if between_runs:
                    data = TIMING.sub(b'"seconds": ?', SCRATCH.sub(b"generate-?", data))
                entry = f"file {mode} {hashlib.sha256(data).hexdigest()}"
            if between_runs:
                name = SCRATCH.sub(b"generate-?", name.encode()).decode()
            entries[name] = entry
        return entries


@dataclass(frozen=True)
class Snapshot:
    """The repository and the output a kill just before step ``step`` (a call of ``name``) leaves."""

    step: int
    name: str
    repo: Repo
    stdout: str
    stderr: str


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


def each_kill(repo: Repo, folder: Path, module: str, *args: str, **env: str) -> list[Snapshot]:
    """What the run killed at each step in turn leaves (the repository reset first), from one run under
    :data:`SNAPSHOTTER` into ``folder``, which must then get through; the repository is left as that run left it."""
    repo.reset()
    folder.mkdir()
    with (folder / "stdout").open("wb") as stdout, (folder / "stderr").open("wb") as stderr:
        done = subprocess.run(
            [sys.executable, "-c", SNAPSHOTTER, str(folder), module, *args],
            cwd=repo.path, env={**os.environ, **env}, stdout=stdout, stderr=stderr, timeout=300, check=False,
        )  # fmt: skip
    printed, complained = (folder / "stdout").read_bytes(), (folder / "stderr").read_bytes()
    assert done.returncode == 0, (printed + complained).decode("utf-8", "replace")
    records = [json.loads(line) for line in (folder / "steps.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["step"] for record in records] == list(range(1, len(records) + 1))
    limit = len(records) + 1  # the first step a kill could not reach: the run got through
    assert limit > 5, f"only {limit - 1} steps: the kill points are not where the changes are"
    assert [record["vanished"] for record in records if record["vanished"]] == [], "a copy was not of one instant"
    return [
        Snapshot(
            step=record["step"],
            name=record["name"],
            repo=dataclasses.replace(repo, path=folder / str(record["step"])),
            stdout=printed[: record["stdout"]].decode("utf-8", "replace"),
            stderr=complained[: record["stderr"]].decode("utf-8", "replace"),
        )
        for record in records
    ]


def held_to_a_real_kill(repo: Repo, snapshot: Snapshot, module: str, *args: str, **env: str) -> None:
    """Kill the run for real just before ``snapshot``'s step: it must leave what the snapshot holds (call it
    before anything is run in the snapshot)."""
    repo.reset()
    killed = killed_at(repo.path, snapshot.step, module, *args, **env)
    assert killed.returncode == KILLED, killed.stdout + killed.stderr
    assert (killed.stdout, killed.stderr) == (snapshot.stdout, snapshot.stderr)
    assert repo.disk(between_runs=True) == snapshot.repo.disk(between_runs=True), f"step {snapshot.step}"


class Recoveries:
    """The recovery commands' results by the disk state they started from: run once per distinct state."""

    def __init__(self, run_pipeline: Runner) -> None:
        self.run_pipeline = run_pipeline
        self.done: dict[str, tuple[list[subprocess.CompletedProcess[str]], Repo]] = {}
        self.runs = 0

    def recover(self, repo: Repo, *commands: str) -> tuple[list[subprocess.CompletedProcess[str]], Repo]:
        """Run each of ``commands`` in turn in ``repo``, unless a repository in the same state already did; return
        their results and the repository they left (``repo``, or the one that ran them first)."""
        key = hashlib.sha256(json.dumps([commands, repo.disk()], sort_keys=True).encode()).hexdigest()
        if key not in self.done:
            self.runs += 1
            self.done[key] = ([self.run_pipeline(repo.path, command) for command in commands], repo)
        return self.done[key]


_TEMPLATE: list[Repo] = []
"""The prepared repository, made once per process (each xdist worker makes its own) and copied for each test."""


def _prepared(folder: Path, run_pipeline: Runner) -> Repo:
    shutil.copytree(ROOT, folder, ignore=NOT_COPIED)
    git(folder, "init", "-q")
    old = tree_digest(folder / GENERATED)
    spec = add_result_property((folder / "openapi.yaml").read_bytes())
    (folder / "openapi.yaml").write_bytes(spec)
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "a spec change, not generated yet")
    done = run_pipeline(folder, "generate")
    assert done.returncode == 0, done.stderr
    assert CHANGE in done.stdout
    return Repo(folder, spec, old, tree_digest(folder / GENERATED), tree_digest(folder / STATE))


@pytest.fixture
def repo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, run_pipeline: Runner) -> Repo:
    """A copy of the repository in git, its spec changed and committed, then generated (as a user's checkout)."""
    if not _TEMPLATE:
        _TEMPLATE.append(_prepared(tmp_path_factory.mktemp("interrupted-runs") / "repo", run_pipeline))
    copy = tmp_path / "repo"
    shutil.copytree(_TEMPLATE[0].path, copy, symlinks=True)
    return dataclasses.replace(_TEMPLATE[0], path=copy)


def test_generate_killed_at_any_step_leaves_a_tree_and_the_next_run_loses_nothing(
    repo: Repo, run_pipeline: Runner, tmp_path: Path
) -> None:
    seen = set()
    repo.reset()
    old_state, new_state = repo.state(), repo.new_state
    snapshots = each_kill(repo, tmp_path / "snapshots", "scripts.commands.generate", "generate")
    assert repo.tree() == repo.new and repo.state() == new_state  # the run that got through
    swap = next(killed for killed in snapshots if killed.name == "exchange")  # generated/ swapped in
    held_to_a_real_kill(repo, swap, "scripts.commands.generate", "generate")
    recoveries = Recoveries(run_pipeline)
    for killed in snapshots:
        killed_repo = killed.repo
        assert (killed_repo.path / GENERATED).is_dir(), "killed with no generated/ at all"
        assert killed_repo.tree() in (repo.old, repo.new), "killed with a tree that is neither the old nor the new"
        recover_tree(killed_repo.path / STATE)  # what the next run does first: a kill between two renames, undone
        assert killed_repo.state() in (old_state, new_state), "killed with a state that is neither the old nor the new"
        assert not (killed_repo.tree() == repo.old and killed_repo.state() == new_state), "the state ahead of the tree"
        seen.add("new" if killed_repo.tree() == repo.new else "old")

        (after,), recovered = recoveries.recover(killed_repo, "generate")
        assert after.returncode == 0, after.stderr
        assert recovered.tree() == repo.new
        assert recovered.floor() == FLOOR
        assert CHANGE in killed.stdout + after.stdout, f"the change report was lost (step {killed.step})"
        if CHANGE not in killed.stdout:
            assert CHANGE in (recovered.path / "build" / "spec-changes.md").read_text(encoding="utf-8")
        assert recovered.leftovers() == []
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
    snapshots = each_kill(repo, tmp_path / "snapshots", "scripts.commands.update_spec", str(source))
    swap = next(killed for killed in snapshots if killed.name == "exchange")  # generated/ swapped in
    held_to_a_real_kill(repo, swap, "scripts.commands.update_spec", str(source))
    recoveries = Recoveries(run_pipeline)
    for killed in snapshots:
        killed_repo = killed.repo
        spec_is_new = (killed_repo.path / "openapi.yaml").read_bytes() == repo.spec
        tree_is_new = killed_repo.tree() == repo.new
        assert killed_repo.tree() in (repo.old, repo.new)
        assert not (tree_is_new and not spec_is_new), "generated/ ahead of openapi.yaml"
        seen.add(("new spec" if spec_is_new else "old spec", "new tree" if tree_is_new else "old tree"))
        (checked, after), recovered = recoveries.recover(killed_repo, "check", "generate")
        if spec_is_new and not tree_is_new:
            assert checked.returncode == 1
            assert checked.stderr.splitlines()[0].startswith(f"error: openapi.yaml: update-spec from '{source}'")
            assert "was interrupted" in checked.stderr and "finish with `nox -s generate`" in checked.stderr

        assert after.returncode == 0, after.stderr
        if spec_is_new:
            assert recovered.tree() == repo.new
            assert recovered.floor() == FLOOR
            assert CHANGE in killed.stdout + after.stdout, f"the change report was lost (step {killed.step})"
        assert not (recovered.path / UPDATE_JOURNAL).exists()
    assert seen == {("old spec", "old tree"), ("new spec", "old tree"), ("new spec", "new tree")}


def test_without_an_atomic_exchange_a_kill_between_the_two_renames_is_recovered(
    repo: Repo, run_pipeline: Runner, tmp_path: Path
) -> None:
    # Where renameat2(RENAME_EXCHANGE) is missing, replace_tree takes two renames: the kill between them.
    runs = each_kill(repo, tmp_path / "snapshots", "scripts.commands.generate", "generate", NO_EXCHANGE="1")
    killed = next((run for run in runs if not (run.repo.path / GENERATED).exists()), None)
    assert killed is not None, "no step left generated/ parked"
    held_to_a_real_kill(repo, killed, "scripts.commands.generate", "generate", NO_EXCHANGE="1")
    killed_repo = killed.repo
    assert parked(killed_repo.path / GENERATED).is_dir()
    checked = run_pipeline(killed_repo.path, "check")  # check puts the old tree back, then finds it out of date
    assert checked.returncode == 1 and "changed: models/register_web_call_result.py" in checked.stderr
    assert killed_repo.tree() == repo.old and not parked(killed_repo.path / GENERATED).exists()
    after = run_pipeline(killed_repo.path, "generate")
    assert after.returncode == 0 and CHANGE in after.stdout
    assert killed_repo.tree() == repo.new


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

""" + _steps_run_by("interrupted")


FORKER = """
import json, os, runpy, shutil, signal, sys, threading, time
import scripts.infra.atomic

signal.signal(signal.SIGINT, signal.default_int_handler)  # as at a terminal, even when started in the background
folder, root, calls, busy, forked = sys.argv[1], os.getcwd(), 0, False, False
lock = os.path.join(root, "build", ".lock")
log = os.open(os.path.join(folder, "steps.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
rename, rmdir = os.rename, os.rmdir


def children():
    found = []
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children") as handle:
            found += handle.read().split()
    return found


def copy(source, target):
    os.mkdir(target)
    for entry in os.scandir(source):
        if source == root and entry.name == ".git":
            continue
        into = os.path.join(target, entry.name)
        if entry.is_symlink():
            os.symlink(os.readlink(entry.path), into)
        elif entry.is_dir():
            copy(entry.path, into)
        else:
            shutil.copy2(entry.path, into)
    shutil.copystat(source, target)


def move(source, target):  # every entry of folder source but .git into folder target
    for name in os.listdir(source):
        if name != ".git":
            rename(os.path.join(source, name), os.path.join(target, name))


def open_inside():  # files the run holds open in the folder, but the lock file (kept in place: see fork)
    found = []
    for descriptor in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{descriptor}")
        except OSError:
            continue
        if target.startswith(root + os.sep) and target != lock:
            found.append(target)
    return found


def fork(name):
    # True in the child: the run itself, to be interrupted now; the parent waits for it, then puts the folder back
    global forked
    record = {"step": calls, "name": name}
    if children() or threading.active_count() > 1 or open_inside():  # the child would share or lack them
        record["forked"] = False
        os.write(log, (json.dumps(record) + "\\n").encode())
        return False
    saved, result = os.path.join(folder, "saved"), os.path.join(folder, str(calls))
    copy(root, saved)
    sizes = {1: os.fstat(1).st_size, 2: os.fstat(2).st_size}
    pid = os.fork()
    if pid == 0:
        forked = True
        for descriptor, name in ((1, "stdout"), (2, "stderr")):
            with open(os.path.join(folder, name), "rb") as handle:
                written = handle.read(sizes[descriptor])
            output = os.open(f"{result}.{name}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.write(output, written)
            os.dup2(output, descriptor)
            os.close(output)
        return True
    deadline = time.monotonic() + 240
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.002)
    os.mkdir(result)
    move(root, result)
    move(saved, root)
    rmdir(saved)
    kept = os.path.join(result, "build", ".lock")
    if os.path.exists(kept):  # the lock file the run holds open stays where it works, with the content it had
        with open(kept, "rb") as handle:
            left = handle.read()  # what the child left in it
        with open(lock, "rb") as handle:
            had = handle.read()
        rename(kept, lock + ".child")
        rename(lock, kept)
        rename(lock + ".child", lock)
        for path, data in ((lock, had), (kept, left)):
            with open(path, "r+b") as handle:
                handle.truncate(0)
                handle.write(data)
    record.update(forked=True, returncode=os.waitstatus_to_exitcode(status))
    os.write(log, (json.dumps(record) + "\\n").encode())
    return False


def interrupted(function):
    def step(*args, **kwargs):
        global calls, busy
        if busy or forked:
            return function(*args, **kwargs)
        calls += 1
        busy = True
        try:
            return function(*args, **kwargs)
        finally:
            busy = True  # what fork() does is not a step
            child = fork(function.__name__)
            busy = False
            if child:  # Ctrl-C just after this step, in the child only (the swap of generated/ is one)
                os.kill(os.getpid(), signal.SIGINT)

    return step

""" + _steps_run_by("interrupted")
"""Run ``python -m MODULE ARGS`` (argv[2:]) in the current folder; just after each file-system step k, fork: the
child, interrupted (SIGINT) where :data:`INTERRUPTER` would interrupt it, reacts in the folder and leaves it, with
its output, as ``argv[1]/<k>/`` (and ``<k>.stdout``, ``<k>.stderr``); the parent waits, puts back the copy of the
folder it took before the fork and goes on. The lock file (build/.lock, which the run holds open) keeps its inode in
the folder the parent works in, each side getting the content it had. Not forked at a step where the run has a
process of its own (the generator's: the child would share it), a thread, or another file open in the folder:
``steps.jsonl`` says which steps were forked."""


def interrupted_at(repo: Path, limit: int, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m MODULE ARGS`` in ``repo`` with a SIGINT just after its ``limit``-th file-system change."""
    return subprocess.run(
        [sys.executable, "-c", INTERRUPTER, str(limit), module, *args],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


@dataclass(frozen=True)
class Interrupted:
    """What the run interrupted just after step ``step`` (a call of ``name``) left: its result and the repository."""

    step: int
    name: str
    run: subprocess.CompletedProcess[str]
    repo: Repo


def each_interrupt(repo: Repo, folder: Path, module: str, *args: str) -> list[Interrupted | int]:
    """The run interrupted just after each step in turn, from one run under :data:`FORKER` into ``folder`` (the
    repository reset first), which must then get through; a step it could not fork is given by its number."""
    repo.reset()
    folder.mkdir()
    with (folder / "stdout").open("wb") as stdout, (folder / "stderr").open("wb") as stderr:
        done = subprocess.run(
            [sys.executable, "-c", FORKER, str(folder), module, *args],
            cwd=repo.path, stdout=stdout, stderr=stderr, timeout=300, check=False,
        )  # fmt: skip
    output = (folder / "stdout").read_text(encoding="utf-8") + (folder / "stderr").read_text(encoding="utf-8")
    assert done.returncode == 0, output
    records = [json.loads(line) for line in (folder / "steps.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["step"] for record in records] == list(range(1, len(records) + 1))
    limit = len(records) + 1  # the first step an interrupt could not follow: the run got through
    assert limit > 5, f"only {limit - 1} steps: the interrupts are not where the changes are"
    found: list[Interrupted | int] = []
    for record in records:
        step = record["step"]
        if not record["forked"]:
            found.append(step)
            continue
        said, complained = ((folder / f"{step}.{name}").read_text(encoding="utf-8") for name in ("stdout", "stderr"))
        run = subprocess.CompletedProcess([module, *args], record["returncode"], said, complained)
        found.append(Interrupted(step, record["name"], run, dataclasses.replace(repo, path=folder / str(step))))
    return found


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
    command = ("scripts.commands.update_spec", "--bump", str(source))
    runs = each_interrupt(repo, tmp_path / "interrupts", *command)
    assert project_version(repo.path) == proposed  # the run that got through
    assert sum(isinstance(run, Interrupted) for run in runs) > len(runs) // 2, "most steps were not forked"
    # held to a real interrupt: the first swap (its Ctrl-C waits for the second), checked before anything runs there
    swap = next(run for run in runs if isinstance(run, Interrupted) and run.name == "exchange")
    repo.reset()
    real = interrupted_at(repo.path, swap.step, *command)
    assert (real.returncode, real.stdout, real.stderr) == (swap.run.returncode, swap.run.stdout, swap.run.stderr)
    assert repo.disk(between_runs=True) == swap.repo.disk(between_runs=True)
    assert (repo.path / LOCK).read_bytes() == (swap.repo.path / LOCK).read_bytes() == b"", "the lock is released"

    seen = set()
    recovered: dict[str, tuple[subprocess.CompletedProcess[str], tuple[dict[str, str], str, str, bool], list[str]]]
    recovered = {}
    for run in runs:
        if isinstance(run, Interrupted):
            limit, interrupted, at = run.step, run.run, run.repo
        else:  # not forked (the generator's process was running): interrupted for real
            limit, at = run, repo
            repo.reset()
            interrupted = interrupted_at(repo.path, limit, *command)
        assert interrupted.returncode == 128 + signal.SIGINT, interrupted.stdout + interrupted.stderr
        spec_is_new = (at.path / "openapi.yaml").read_bytes() == repo.spec
        state = ("new spec" if spec_is_new else "old spec", "new tree" if at.tree() == repo.new else "old tree")
        assert at.tree() in (repo.old, repo.new)
        assert state in {("old spec", "old tree"), ("new spec", "new tree")}, f"after step {limit}: {state}"
        said = interrupted.stderr.splitlines()[-1]
        if (at.path / UPDATE_JOURNAL).exists():
            assert said == (
                "update-spec stopped after the swap: openapi.yaml and generated/ are the new spec's; "
                "finish with `nox -s generate`"
            )
        else:
            assert said == "update-spec interrupted; openapi.yaml and generated/ agree."
        seen.add(state)
        if state == ("old spec", "old tree") and not (at.path / UPDATE_JOURNAL).exists():
            status = subprocess.run(
                ["git", "--no-optional-locks", f"--git-dir={repo.path / '.git'}", f"--work-tree={at.path}",
                 "status", "--porcelain"],
                cwd=at.path, capture_output=True, text=True, check=True,
            )  # fmt: skip
            assert status.stdout == "", f"after step {limit}, nothing pending, yet not as committed: {status.stdout}"
            continue  # as if never run: what follows is any generate's business

        key = json.dumps(at.disk(), sort_keys=True)  # one recovery per disk state (the module docstring)
        if key not in recovered:
            after = run_pipeline(at.path, "generate")  # what a user runs after Ctrl-C (check tells them to)
            left = (at.tree(), project_version(at.path), at.floor(), (at.path / UPDATE_JOURNAL).exists())
            recovered[key] = after, left, at.leftovers()
        after, (tree, version, floor, journal), leftovers = recovered[key]
        assert after.returncode == 0, after.stderr
        if spec_is_new:
            assert tree == repo.new
            assert version == floor == proposed, "--bump was lost"
            assert CHANGE in interrupted.stdout + after.stdout, "the change report was lost"
        else:
            assert tree == repo.old
            assert "No change." in after.stdout
            assert version == floor == current, "a floor for no change"
        assert not journal and leftovers == []
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
        "from scripts.commands.generate import TEMPLATES, apply_overlays\n"
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
