"""Two runs in one checkout at once: the second waits for the first (saying so) or refuses in one line, never collides.

Real processes: ``python -m scripts.commands.generate`` twice, ``check`` during ``generate``, a killed holder;
and the lock handed from a run to the child run it starts (as spec-watch hands it to update-spec).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from scripts.infra.project import GENERATED, PACKAGE_DIR
from scripts.infra.run_lock import FD_VARIABLE, LOCK, WAIT_VARIABLE
from tests.helpers.paths import tree_digest

DEADLINE = 120.0
COLLISIONS = ("problems)", "FileNotFoundError", "Traceback")


def start(repo: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    """Start ``python -m scripts.commands.generate ARGS`` in ``repo``."""
    return subprocess.Popen(
        [sys.executable, "-m", "scripts.commands.generate", *args],
        cwd=repo, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def holder(repo: Path) -> str:
    """Who the lock file says holds it ('' when nobody has written it yet)."""
    try:
        return (repo / LOCK).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def wait_until_held(repo: Path, process: subprocess.Popen[str], what: str) -> None:
    """Wait until ``process`` holds the checkout's lock."""
    deadline = time.monotonic() + DEADLINE
    while holder(repo) != f"pid {process.pid}, {what}":
        assert process.poll() is None, f"{what} ended before it took the lock: {process.communicate()}"
        assert time.monotonic() < deadline, f"{what} never took the lock"
        time.sleep(0.01)


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def test_two_generates_at_once_both_succeed_the_second_after_the_first(repo_copy: Path) -> None:
    before = tree_digest(repo_copy / GENERATED)
    first = start(repo_copy, "generate")
    wait_until_held(repo_copy, first, "generate")
    second = start(repo_copy, "generate")
    results = [finish(first), finish(second)]
    for code, out, err in results:
        assert code == 0, out + err
        assert not any(word in out + err for word in COLLISIONS), out + err
        assert "generated generated/puretalk_client/_generated" in out
    waited = results[1][2].splitlines()
    assert waited[0] == (
        f"generate: another run (pid {first.pid}, generate) holds build/.lock in this checkout; waiting up to 600 s"
    )
    assert tree_digest(repo_copy / GENERATED) == before
    assert list((repo_copy / "build").glob("generate-*")) == []


def test_check_during_generate_waits_and_finds_the_tree_in_sync(repo_copy: Path) -> None:
    stale = repo_copy / "build" / "generate-killed"  # what a killed run left: generate removes it, under the lock
    (stale / PACKAGE_DIR).mkdir(parents=True)
    generating = start(repo_copy, "generate")
    wait_until_held(repo_copy, generating, "generate")
    checking = start(repo_copy, "check", "--full")  # --full: it builds its own scratch tree under build/
    code, out, err = finish(generating)
    assert code == 0, out + err
    code, out, err = finish(checking)
    assert code == 0, out + err
    assert not any(word in out + err for word in COLLISIONS), out + err
    assert "another run" in err and "waiting up to" in err
    assert "generated/puretalk_client/_generated is in sync" in out
    assert list((repo_copy / "build").glob("generate-*")) == []


HOLDER = """
import sys, time
from pathlib import Path
from scripts.infra.run_lock import run_lock

with run_lock(Path("."), "publish"):
    time.sleep(float(sys.argv[1]))
"""


def hold(repo: Path, seconds: float) -> subprocess.Popen[str]:
    """Start a process that holds ``repo``'s lock for ``seconds`` as a publish run would, and wait until it does."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(seconds)],
        cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    wait_until_held(repo, process, "publish")
    return process


def test_a_second_run_refuses_in_one_line_when_told_not_to_wait_or_after_waiting_its_time(repo_copy: Path) -> None:
    before = tree_digest(repo_copy / GENERATED)
    holding = hold(repo_copy, 60)
    try:
        code, out, err = finish(start(repo_copy, "generate", **{WAIT_VARIABLE: "0"}))
        assert code == 1
        assert err.splitlines()[0] == (
            f"error: another run (pid {holding.pid}, publish) holds build/.lock in this checkout; "
            "generate refused, nothing changed"
        )
        assert "Traceback" not in err and out == ""

        code, _, err = finish(start(repo_copy, "check", **{WAIT_VARIABLE: "0.3"}))
        assert code == 1
        lines = err.splitlines()
        assert lines[0] == (
            f"check: another run (pid {holding.pid}, publish) holds build/.lock in this checkout; waiting up to 0.3 s"
        )
        assert lines[1] == (
            f"error: another run (pid {holding.pid}, publish) still holds build/.lock after 0.3 s "
            f"({WAIT_VARIABLE}); check refused, nothing changed"
        )
        assert holding.poll() is None, "the holder ended before the runs asked: nothing was tested"
    finally:
        holding.kill()
        holding.communicate(timeout=60)
    assert tree_digest(repo_copy / GENERATED) == before
    assert not (repo_copy / "build" / "spec-changes.md").exists()


def test_a_killed_holder_leaves_the_checkout_unlocked(repo_copy: Path) -> None:
    holding = hold(repo_copy, 60)
    holding.send_signal(signal.SIGKILL)
    holding.communicate(timeout=60)
    code, out, err = finish(start(repo_copy, "check", **{WAIT_VARIABLE: "0"}))
    assert code == 0, out + err
    assert "another run" not in err


LOCKED_CHILD = """
import os, subprocess, sys
from pathlib import Path
from scripts.infra.run_lock import child_environment, run_lock

root = Path(sys.argv[1])
probe = (
    "from pathlib import Path; from scripts.infra.run_lock import run_lock\\n"
    "with run_lock(Path('.'), 'child'): print('child ran')"
)
with run_lock(root, "parent"):
    env, fds = child_environment(root)
    handed = subprocess.run([sys.executable, "-c", probe], cwd=root, env=env, pass_fds=fds,
                            capture_output=True, text=True, check=False)
    env.pop("{fd}")
    alone = subprocess.run([sys.executable, "-c", probe], cwd=root, env=env,
                           capture_output=True, text=True, check=False)
    print(handed.returncode, handed.stdout.strip(), "|", alone.returncode, alone.stderr.strip().splitlines()[-1])
""".replace("{fd}", FD_VARIABLE)


def test_a_run_hands_its_lock_to_the_child_run_it_starts_and_to_no_other(repo_copy: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOCKED_CHILD, str(repo_copy)],
        cwd=repo_copy, env={**os.environ, WAIT_VARIABLE: "0"}, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    handed, alone = result.stdout.strip().split(" | ")
    assert handed == "0 child ran"
    assert alone.startswith("1 scripts.infra.run_lock.LockError: another run (pid ")
    assert alone.endswith(", parent) holds build/.lock in this checkout; child refused, nothing changed")


def test_spec_watch_hands_its_lock_to_the_update_spec_it_runs(repo_copy: Path, tmp_path: Path) -> None:
    source = tmp_path / "openapi.yaml"
    source.write_bytes((repo_copy / "openapi.yaml").read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "scripts.commands.spec_watch", str(source), "--out", str(tmp_path / "out")],
        cwd=repo_copy, env={**os.environ, WAIT_VARIABLE: "0"}, capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr  # with no wait, a lock not handed down refuses
    assert "another run" not in result.stderr
    assert "spec watch: no change" in result.stdout
