"""Run openapi-python-client on a resolved spec: our templates, every media type, every warning in words.

- Media types the generator does not read (``audio/*``, ``image/*``, ``application/pdf``,
  ``*/*``, ``text/*``…) are mapped to ``application/octet-stream`` through its
  ``content_type_overrides``, so such responses generate as bytes: one rule for all.
- The generator's warnings are refusals (``--fail-on-warning``); each one is printed
  on its own line with its place (method, path, status) instead of an object repr.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from scripts.generation.output_cache import OutputCache
from scripts.infra.project import PipelineError
from scripts.infra.yaml_io import Document, dump_json

WORKER = "scripts.generation.generator_worker"
"""The module the generator's process runs (``python -m``)."""
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_REPR = re.compile(r"<openapi_python_client\.[\w.]+ object at 0x[0-9a-f]+>")
_PARSING = re.compile(r"WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within (?P<tag>\S+)\.")


class GeneratorError(PipelineError):
    """openapi-python-client refused the spec or failed; the message lists every reason."""


def _is_json(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _mapping(value: object) -> Mapping[str, Any]:
    """``value`` if it is a mapping, else an empty one: the spec is not validated yet when the generator starts."""
    return value if isinstance(value, Mapping) else {}


def _media_types(spec: Document) -> Iterator[str]:
    paths = _mapping(_mapping(spec).get("paths"))
    components = _mapping(_mapping(spec).get("components"))
    for item in paths.values():
        for method in HTTP_METHODS:
            for response in _mapping(_mapping(_mapping(item).get(method)).get("responses")).values():
                yield from _mapping(_mapping(response).get("content")).keys()
    for response in _mapping(components.get("responses")).values():
        yield from _mapping(_mapping(response).get("content")).keys()


def content_type_overrides(spec: Document) -> dict[str, str]:
    """Map every non-JSON response media type of ``spec`` the generator cannot read to ``application/octet-stream``."""
    overrides = {}
    for media_type in _media_types(spec):
        base = media_type.split(";", 1)[0].strip().lower()
        if not _is_json(media_type) and base != "application/octet-stream":
            overrides[media_type] = "application/octet-stream"
    return dict(sorted(overrides.items()))


def effective_config(config: Path, spec: Document, scratch: Path) -> Path:
    """Write the generator config to use: ours plus the media-type overrides of ``spec``."""
    try:
        settings = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise GeneratorError(f"openapi-python-client failed: {config.name} cannot be read: {first}") from error
    if not isinstance(settings, dict):
        raise GeneratorError(f"openapi-python-client failed: {config.name} is not a mapping of settings")
    overrides = {**content_type_overrides(spec), **(settings.get("content_type_overrides") or {})}
    if overrides:
        settings["content_type_overrides"] = overrides
    target = scratch / "generator-config.effective.json"
    target.write_text(dump_json(settings), encoding="utf-8")
    return target


def _status_for(spec: Document, method: str, path: str, detail: str) -> str:
    """Return the status codes of ``method path`` whose media types a warning names."""
    operation = ((spec.get("paths") or {}).get(path) or {}).get(method.lower()) or {}
    named, with_content = [], []
    for status, response in (operation.get("responses") or {}).items():
        content = (response or {}).get("content") or {} if isinstance(response, Mapping) else {}
        if content:
            with_content.append(str(status))
        if any(media_type in detail for media_type in content):
            named.append(str(status))
    return "/".join(named or with_content) or "(unknown)"


_STATUS_REPR = re.compile(r"status code <openapi_python_client\.[\w.]+ object at 0x[0-9a-f]+>")
_SCHEMA = re.compile(r"Unable to (?:process|parse) schema (?P<schema>\S+?):?$")
"""The heading of a schema's problem: the generator says "process" on one path and "parse" on another."""
_NOISE = ("Generating", "Warning(s) encountered", "If you believe", "Failure to process schema", "/components/")


def readable_warnings(output: str, spec: Document) -> list[str]:
    """Turn the generator's output into one line per problem: its place (operation or schema), then what.

    The generator prints a heading (``WARNING parsing GET /x within tag.``, ``Unable to
    process schema /components/schemas/X:`` or ``Unable to parse schema /components/schemas/X``),
    the cause, and the offending data as JSON;
    the data is left out, and object reprs where the generator meant a status are replaced.
    """
    problems: list[str] = []
    place, pending = "", False
    for raw in output.splitlines():
        line = raw.strip()
        if not line or line.startswith(_NOISE) or line[0] in '{}["' or line.endswith((",", "{", "[")):
            continue
        heading = _PARSING.match(line) or _SCHEMA.match(line)
        if heading:
            if pending:
                problems.append(f"{place}: (no reason given)")
            method = heading.groupdict().get("method")
            place = f"{method} {heading['path']}" if method else f"schema {heading['schema']}"
            pending = True
            continue
        if place and not place.startswith("schema"):
            method, path = place.split(" ", 1)
            line = _STATUS_REPR.sub(f"status code {_status_for(spec, method, path, line)}", line)
        line = _REPR.sub("(a name the generator did not print)", line)
        if pending or not place:
            problems.append(f"{place}: {line}" if place else line)
            pending = False
    if pending:
        problems.append(f"{place}: (no reason given)")
    return problems


def describe_errors(errors: Sequence[tuple[str, str]], spec: Document) -> str:
    """Return the generator's errors (each ``(header, detail)``) as one line each, with their place."""
    text = "\n\n".join(f"{header}\n\n{detail}" for header, detail in errors)
    problems = readable_warnings(text, spec) or [" ".join(header.split()) for header, _ in errors]
    listed = "\n".join(f"  - {problem}" for problem in problems)
    return f"openapi-python-client failed with {len(problems)} problem(s):\n{listed}"


def tools_path() -> str:
    """PATH with this interpreter's scripts folder first, so the pinned generator and ruff run."""
    return os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])


PRELUDE = """\
import os, signal, sys, threading, time
parent = os.getppid()
if sys.platform == "linux":  # the kernel ends this process with the pipeline (PR_SET_PDEATHSIG)
    import ctypes
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
def orphaned():  # elsewhere (and if the pipeline died before the line above): look
    while os.getppid() == parent:
        time.sleep(0.05)
    os._exit(3)  # the pipeline was killed: nothing will read what this process writes, nor clear it
threading.Thread(target=orphaned, daemon=True).start()
from scripts.generation import generator_worker
for name in ("openapi_python_client", "openapi_python_client.parser", "openapi_python_client.config"):
    try:
        __import__(name)
    except ImportError:
        pass
request = sys.stdin.readline().strip()
code = generator_worker.main([request]) if request else 0
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)  # the result is written: tearing down the generator's objects and modules would only cost time
"""
"""What the generator's process runs: it imports the worker and the generator at once, then waits for its request.

So those imports (the larger part of its start) overlap with the pipeline's own imports and its reading
of the spec and the overlay. An empty line (the pipeline refused the spec before it was handed over, or
died) ends it with nothing done. It imports nothing of the generated packages: the worker's gate needs that.
Once the worker has written its result (a closed file) and its output is flushed, the process ends at once
(``os._exit``): the interpreter's teardown of the parse, the templates and the imported package took longer
than the facade's rendering (0.27 s on our spec, 0.69 s at 140 operations, medians on the loaded two-core
machine the bench ran on) and served nothing.
A pipeline killed outright (SIGKILL) takes the generator's process with it (on Linux the kernel does it,
elsewhere a thread that watches the parent), so an orphan cannot write into a scratch folder that the next
run has already cleared.
"""


class Generator:
    """The generator's process (:mod:`scripts.generation.generator_worker`) on a resolved spec.

    :meth:`start` starts it before the spec is even read, so that its imports run meanwhile;
    :meth:`run` hands it the resolved spec; it then runs while the pipeline validates.

    It writes the package (the generator's modules and the facade), formats it and passes the
    compile-and-import gate; :meth:`wait` returns what it reports (names, renames, surface).
    """

    def __init__(self, root: Path) -> None:
        """Start the generator's process in ``root``; it waits for :meth:`run`."""
        self.root = root
        self.spec_text = ""
        """The resolved spec as written for the generator: the state and the validator cache reuse these bytes."""
        self.seconds = 0.0
        """How long the generator itself (parse and build) ran, once it finished."""
        self._result: Path | None = None
        self._output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 - closed in wait()/stop()
        self._process = subprocess.Popen(
            [sys.executable, "-c", PRELUDE],
            stdin=subprocess.PIPE,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PATH": tools_path(), "PYTHONPATH": str(root.resolve())},
            cwd=root,
            text=True,
        )

    @classmethod
    def start(cls, root: Path) -> Generator:
        """Start the generator's process in ``root`` (see :data:`PRELUDE`)."""
        return cls(root)

    def run(
        self,
        spec: Document,
        config: Path,
        templates: Path,
        package_dir: Path,
        *,
        spec_text: str | None = None,
        output: OutputCache | None = None,
    ) -> None:
        """Hand the process the resolved ``spec``: it generates into ``package_dir`` (which must not exist yet).

        ``spec_text`` is ``spec`` as JSON if the caller has it already; with ``output``, the process keeps
        what it made there once the gate passed (:mod:`scripts.generation.output_cache`).
        """
        scratch = package_dir.parent
        spec_file = scratch / "openapi.resolved.json"
        self.spec_text = dump_json(spec) if spec_text is None else spec_text
        spec_file.write_text(self.spec_text, encoding="utf-8")
        self._result = scratch / "generator-result.json"
        request: dict[str, object] = {
            "spec": str(spec_file),
            "config": str(effective_config(config, spec, scratch)),
            "templates": str(templates.resolve()),
            "package_dir": str(package_dir),
            "root": str(self.root.resolve()),
            "result": str(self._result),
        }
        if output is not None:
            request["output"] = {"folder": str(output.folder), "key": output.key}
        request_file = scratch / "generator-request.json"
        request_file.write_text(json.dumps(request), encoding="utf-8")
        stdin = self._process.stdin
        if stdin is not None:
            with contextlib.suppress(BrokenPipeError):  # it died already: wait() says how
                stdin.write(f"{request_file}\n")
                stdin.close()

    def wait(self) -> dict[str, Any]:
        """Wait for the worker; return its result, or raise :class:`GeneratorError` with what it refused."""
        if self._result is None:
            raise GeneratorError("the generator's process was never handed a spec")
        returncode = self._process.wait()
        self._output.seek(0)
        output = self._output.read()
        self._output.close()
        try:
            result = json.loads(self._result.read_text(encoding="utf-8"))
        except (OSError, ValueError) as cause:
            tail = " ".join(output.strip().splitlines()[-1:])[:200] or f"exit {returncode}"
            raise GeneratorError(f"openapi-python-client failed (exit {returncode}): {tail}") from cause
        if returncode != 0 or "error" in result:
            raise GeneratorError(str(result.get("error") or f"exit {returncode}"))
        self.seconds = float(result.get("seconds", 0.0))
        return dict(result)

    def stop(self) -> None:
        """Stop the generator (the pipeline refused the spec on its own account)."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self._process.stdin.close()
        self._output.close()
