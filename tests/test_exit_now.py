"""The commands' exit (``scripts.infra.project.exit_now``): output flushed, the code kept, a lost pipe said.

The commands end with ``os._exit`` to skip the interpreter's teardown; what the teardown did that matters
is flushing the output and, when that fails, a non-zero status.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers.paths import ROOT

CODE = "from scripts.infra.project import exit_now\nprint('said', end='')\nexit_now({code})\n"
BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
"""The output buffered, as it is by default: the flush is exit_now's."""


def test_the_output_is_flushed_and_the_code_kept() -> None:
    for code in (0, 1, 3):
        done = subprocess.run(
            [sys.executable, "-c", CODE.format(code=code)],
            cwd=ROOT,
            env=BUFFERED,
            capture_output=True,
            text=True,
            check=False,
        )
        assert (done.returncode, done.stdout) == (code, "said")


def test_output_that_cannot_be_written_ends_a_successful_run_with_120() -> None:
    # a pipe whose reader is gone: the first flush fails, as `generate | head -0` would
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(0.2)\n" + CODE.format(code=0)],
        cwd=ROOT, env=BUFFERED, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert child.stdout is not None
    child.stdout.close()
    assert child.wait(timeout=60) == 120
