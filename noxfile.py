"""The puretalk-client pipeline: regenerate, verify, lint, type-check, test, build.

Every tool is installed from the pinned files in requirements/ (the generated
bytes depend on their versions). ``nox`` alone runs check, lint, typecheck and tests.

Sessions that forward the user's arguments (publish, update-spec, spec-watch) log their command
line themselves, URL credentials masked, and every line nox logs is masked the same way
(:func:`scripts.infra.urls.masked`, the pipeline's one rule for secrets in URLs).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shlex
import sys
from pathlib import Path

import nox
from nox.command import CommandFailed

ROOT = Path(__file__).parent
if str(ROOT) not in sys.path:  # nox runs from its own environment: scripts/ is importable from the checkout only
    sys.path.insert(0, str(ROOT))

from scripts.infra.urls import masked  # noqa: E402  (standard library only: nox's interpreter has nothing else)

REQUIREMENTS = ROOT / "requirements"
ACTIONLINT = ROOT / "node_modules" / "@tktco" / "node-actionlint" / "bin" / "node-actionlint.js"

NOX_RUNNER = {"NOX_RUNNER_PYTHON": sys.executable}
"""For sessions that run nox again (publish's verification, the tests): the interpreter running this nox
(scripts/infra/nox_command.py). So an installed nox of the pinned version and ./nox work the same."""

# Sessions that write the checkout (generate, check, update-spec, spec-watch, build, publish) keep
# their virtualenv (reuse_venv=True; the pins are installed again each run): a second run of one then
# waits for the first on build/.lock (scripts/infra/run_lock.py) instead of deleting the virtualenv it runs in.
nox.options.sessions = ["check", "lint", "typecheck", "tests"]
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = False


class _MaskedLog(logging.Filter):
    """Mask URL credentials in every line nox logs: its "Command ... failed" line repeats the whole command."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with every URL's userinfo masked; keep the record."""
        record.msg, record.args = masked(record.getMessage()), ()
        return True


logging.getLogger("nox").addFilter(_MaskedLog())


def _run_forwarding(session: nox.Session, *args: str, env: dict[str, str] | None = None) -> None:
    """Run a command that carries the user's arguments; log it with URL credentials masked, not as nox would."""
    session.log(masked(shlex.join(args)))
    session.run(*args, env=env, log=False)


COMPILED = {"UV_COMPILE_BYTECODE": "1"}
"""For the sessions whose tests start hundreds of interpreters: uv, unlike pip, installs without bytecode, and
where PYTHONDONTWRITEBYTECODE is set (as on the machines this project is built on) nothing writes it later,
so each interpreter compiled the generator's dependencies again: one ``generate`` took 2.5 s of CPU, not 0.8 s."""
SOURCES = ("scripts", "overlays", "generated", "tests")
"""Our own modules, compiled before the tests start for the same reason (the suite's copies of the checkout
take the ``__pycache__`` folders along: tests/helpers/paths.py)."""


def _install(session: nox.Session, *names: str, compiled: bool = False) -> None:
    """Install the pinned requirement files ``requirements/<name>.txt`` (``compiled``: with their bytecode)."""
    for name in names:
        session.install("-r", str(REQUIREMENTS / f"{name}.txt"), env=COMPILED if compiled else None)


def _compile_sources(session: nox.Session) -> None:
    """Write the bytecode of :data:`SOURCES` (``__pycache__`` is ignored by git and left out of the builds)."""
    session.run("python", "-m", "compileall", "-q", "-j", "0", *SOURCES, silent=True)


@nox.session(reuse_venv=True)
def generate(session: nox.Session) -> None:
    """Regenerate generated/puretalk_client/_generated from openapi.yaml and the overlay."""
    _install(session, "generate")
    session.run("python", "-m", "scripts.commands.generate", "generate", *session.posargs)


@nox.session(reuse_venv=True)
def check(session: nox.Session) -> None:
    """Fail when generated/ is not exactly what `generate` would produce now."""
    _install(session, "generate")
    session.run("python", "-m", "scripts.commands.generate", "check", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Run ruff on everything but generated/; check .github/workflows with actionlint, their schema and zizmor."""
    _install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    workflows = sorted(str(path.relative_to(ROOT)) for path in (ROOT / ".github" / "workflows").glob("*.y*ml"))
    if not workflows:
        session.error("no workflow in .github/workflows to check")
    _install_prism(session)  # node_modules holds the pinned actionlint (a wasm build) beside Prism
    session.run("node", str(ACTIONLINT), ".github/workflows/*.{yml,yaml}", external=True)
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *workflows)
    session.run("zizmor", "--offline", "--no-progress", *workflows)


@nox.session
def typecheck(session: nox.Session) -> None:
    """Run mypy --strict on overlays/ and scripts/, and on the generated package; report both passes."""
    _install(session, "typecheck")
    failed = []
    # the generated subpackage by its import name: its folder has no __init__.py above it (generated/puretalk_client)
    for targets in (("overlays/puretalk_client", "scripts"), ("-p", "puretalk_client._generated")):
        try:
            session.run("mypy", "--strict", *targets)
        except CommandFailed:
            failed.append(" ".join(targets))
    if failed:
        session.error(f"mypy --strict failed on: {'; '.join(failed)}")


def _install_prism(session: nox.Session) -> None:
    """Install the pinned Prism from package-lock.json (npm ci) unless node_modules already matches it."""
    lock = ROOT / "package-lock.json"
    stamp = ROOT / "node_modules" / ".lock.sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    stamp.write_text(digest, encoding="utf-8")


PARALLEL = ("-n", "auto", "--dist", "loadgroup")
"""pytest-xdist: one worker per core; tests marked ``xdist_group`` (sharing Prism, a server, a build) share one."""


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite on every core (pytest-xdist); extra arguments go to pytest (``-- -n 0 -m unit``)."""
    _install(session, "tests", compiled=True)
    session.install("--no-deps", "-e", ".")
    _install_prism(session)
    _compile_sources(session)
    # Everything the suite installs is downloaded here, before the first test: the wheels that the publish and
    # wheel tests install (and python -m build's backend) come from <venv>/wheelhouse, offline.
    session.run("python", "-m", "tests.helpers.wheelhouse")
    offline = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(Path(session.virtualenv.location) / "wheelhouse")}
    session.run("pytest", *PARALLEL, *session.posargs, env={**NOX_RUNNER, **offline})


MOCK_PORT = 4010
"""Where ``nox -s mock`` serves by default (Prism's own default port)."""


@nox.session(venv_backend="none")
def mock(session: nox.Session) -> None:
    """Serve openapi.yaml with the pinned Prism mock on 127.0.0.1 (port 4010, or `-- PORT`) until Ctrl-C.

    The README's examples run against it: it prints the two variables to set. Prism answers each
    operation with the spec's example and drops the server's /api prefix, so the base URL has none.
    """
    port = session.posargs[0] if session.posargs else str(MOCK_PORT)
    if len(session.posargs) > 1 or not port.isdigit() or not 0 < int(port) < 65536:
        session.error(f"usage: nox -s mock [-- PORT] (PORT: 1 to 65535, got {' '.join(session.posargs)!r})")
    _install_prism(session)
    url = f"http://127.0.0.1:{port}"
    print(f"Mock Puretalk API (Prism, serving openapi.yaml) on {url}", flush=True)
    print(f"  export PURETALK_BASE_URL={url} PURETALK_API_KEY=any-key", flush=True)
    prism = ROOT / "node_modules" / ".bin" / "prism"
    session.run(str(prism), "mock", "--host", "127.0.0.1", "--port", port, str(ROOT / "openapi.yaml"), external=True)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Run the spec fuzzer deeper than `./nox` does: PURETALK_FUZZ_EXAMPLES examples (default 200), random seeds."""
    _install(session, "tests", compiled=True)
    session.install("--no-deps", "-e", ".")
    _compile_sources(session)
    examples = os.environ.get("PURETALK_FUZZ_EXAMPLES", "200")
    session.run("pytest", "tests/test_facade_fuzz.py", "-q", *session.posargs, env={"PURETALK_FUZZ_EXAMPLES": examples})


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark per call against raw httpx with retell-sdk and vapi-server-sdk in the same run; import; generate."""
    _install(session, "generate", "runtime", "bench")
    session.install("--no-deps", "-e", ".")
    session.run("python", "-m", "scripts.bench", *session.posargs)


@nox.session(reuse_venv=True)
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel into dist/ reproducibly, as publish does, and run twine check on them."""
    _install(session, "build")
    session.run("python", "-m", "scripts.release.reproducible_build")


@nox.session(reuse_venv=True)
def publish(session: nox.Session) -> None:
    """Verify, build reproducibly and upload to the internal index (PURETALK_INDEX_URL)."""
    _install(session, "generate", "publish")
    _run_forwarding(session, "python", "-m", "scripts.release.publish", *session.posargs, env=NOX_RUNNER)


@nox.session(name="update-spec", reuse_venv=True)
def update_spec(session: nox.Session) -> None:
    """Replace openapi.yaml from a file, a spec URL or the docs' llms.txt, then regenerate."""
    if not session.posargs:
        session.error("usage: nox -s update-spec -- SOURCE (a file, an OpenAPI URL, or the docs' llms.txt URL)")
    _install(session, "generate")
    _run_forwarding(session, "python", "-m", "scripts.commands.update_spec", *session.posargs)


@nox.session(name="spec-watch", reuse_venv=True)
def spec_watch(session: nox.Session) -> None:
    """CI's spec watch: update-spec --bump from SOURCE, then write whether and how the API changed (--out DIR)."""
    if not session.posargs:
        session.error("usage: nox -s spec-watch -- SOURCE --out DIR")
    _install(session, "generate")
    _run_forwarding(session, "python", "-m", "scripts.commands.spec_watch", *session.posargs)


@nox.session
def drill(session: nox.Session) -> None:
    """Whole-suite drill, not in the default run (~8 min on 2 cores): in a copy, issue 17's change, update-spec, ./nox.

    Copies the tracked files into a temporary folder (``-- --into DIR`` to choose it), applies an
    additive upstream change there (a new operation with no operationId answering audio/wav, a new
    optional request field, a new response field) with ``./nox -s update-spec -- --bump SOURCE``,
    then runs the whole ``./nox`` in the copy with no other edit and reports how it ended.
    """
    _install(session, "generate")
    session.run("python", "-m", "tests.drill", *session.posargs)


@nox.session
def lock(session: nox.Session) -> None:
    """Re-pin requirements/*.txt from requirements/*.in (uv pip compile, run inside requirements/)."""
    session.install("uv")
    session.chdir(REQUIREMENTS)  # relative names: the lock files' headers name no machine's paths
    for source in sorted(REQUIREMENTS.glob("*.in")):
        session.run(
            "uv", "pip", "compile", "--quiet", "--universal", "--python-version", "3.11",
            source.name, "-o", source.with_suffix(".txt").name,
        )  # fmt: skip
