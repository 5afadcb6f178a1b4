"""Running the publish scripts as a user would: in a repository copy, with only the credentials given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

USERNAME = "ci-uploader"
PASSWORD = "Tr0ub4dor-pa55"
SCRUBBED = ("TWINE_USERNAME", "TWINE_PASSWORD", "TWINE_REPOSITORY_URL", "PURETALK_INDEX_URL", "SOURCE_DATE_EPOCH")
"""Variables of the developer's shell that would change what the scripts or pip do."""


def script(repo: Path, module: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m MODULE ARGS`` inside ``repo`` with only the given credentials."""
    environment = {name: value for name, value in os.environ.items() if name not in SCRUBBED}
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=repo, env={**environment, **env}, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def publish(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m scripts.release.publish ARGS`` inside ``repo`` with only the given credentials."""
    return script(repo, "scripts.release.publish", *args, **env)
