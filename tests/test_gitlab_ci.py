"""docs/gitlab-ci.yml, the GitLab CI equivalent of the workflows: valid for GitLab, runnable shell, same flows."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers.paths import ROOT

GITLAB_CI = ROOT / "docs" / "gitlab-ci.yml"
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"
KEYWORDS = {"stages", "workflow", "default", "variables", "include"}


def load() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(GITLAB_CI.read_text(encoding="utf-8"))
    return document


def jobs() -> dict[str, dict[str, Any]]:
    return {name: job for name, job in load().items() if name not in KEYWORDS}


def scripts(job: dict[str, Any]) -> str:
    return "\n".join(job.get("before_script", []) + job["script"])


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """Validate ``path`` against GitLab's CI schema as check-jsonschema ships it (no network)."""
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.gitlab-ci", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_it_is_valid_for_gitlab() -> None:
    result = validate(GITLAB_CI)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_job(tmp_path: Path) -> None:
    broken = tmp_path / "gitlab-ci.yml"
    broken.write_text(GITLAB_CI.read_text(encoding="utf-8").replace("when: on_success", "when: sometimes"))
    result = validate(broken)
    assert result.returncode == 1
    assert "$.checks" in result.stdout


@pytest.mark.parametrize("name", sorted(jobs()))
def test_every_script_is_valid_shell(name: str) -> None:
    result = subprocess.run(["bash", "-n"], input=scripts(jobs()[name]), capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_merge_request_script_is_valid_python() -> None:
    script = scripts(jobs()["spec-watch-propose"])
    program = re.search(r"<<'PY'\n(.*?)\nPY\n", script, re.DOTALL)
    assert program is not None
    compile(program.group(1), "spec-watch-propose", "exec")
    assert '"PRIVATE-TOKEN": os.environ["SPEC_WATCH_TOKEN"]' in program.group(1)


def test_the_jobs_run_the_same_commands_as_the_github_workflows() -> None:
    found = jobs()
    assert set(found) == {"checks", "spec-watch", "spec-watch-propose", "publish"}
    assert found["checks"]["script"] == ["./nox"]
    assert found["checks"]["parallel"]["matrix"] == [{"PYTHON_VERSION": ["3.11", "3.14"]}]
    assert found["spec-watch"]["script"][0] == (
        './nox -s spec-watch -- "${PURETALK_SPEC_SOURCE:-https://docs.puretalk.ai/llms.txt}" --out "$SPEC_WATCH_OUT"'
    )
    assert "environment" not in found["spec-watch"], "the job that runs the generator gets no secret"
    assert found["spec-watch-propose"]["environment"]["name"] == "spec-watch"
    assert found["publish"]["script"][-1].startswith("./nox -s publish")
    assert found["publish"]["rules"] == [{"if": "$CI_COMMIT_TAG =~ /^v/"}]
    assert found["publish"]["resource_group"] == "publish"
    assert found["publish"]["environment"]["name"] == "internal-index"


def test_no_script_expands_a_publishing_secret() -> None:
    for name, job in jobs().items():
        assert not re.search(r"\$\{?(TWINE_PASSWORD|TWINE_USERNAME)\b", scripts(job)), name


def test_the_ci_page_names_what_the_gitlab_file_needs() -> None:
    page = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    gitlab = page[page.index("**GitLab.**") :]
    header = GITLAB_CI.read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert "docs/ci.md" in header, "the file's header points at the page that explains it"
    for name in re.findall(r"^#\s+([A-Z][A-Z_]+)\s", header, re.M):
        assert name in page, name
    assert "SPEC_WATCH_TOKEN" in gitlab
    assert "`SPEC_WATCH=1`" in gitlab and '$SPEC_WATCH == "1"' in GITLAB_CI.read_text(encoding="utf-8")
    environments = {job["environment"]["name"] for job in jobs().values() if isinstance(job.get("environment"), dict)}
    assert environments, "the secrets are scoped to environments"
    for environment in environments:
        assert f"`{environment}`" in gitlab, environment
