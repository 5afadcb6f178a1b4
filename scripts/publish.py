"""Publish the puretalk-client distribution to the internal package index.

``python -m scripts.publish [--repository-url URL] [--dry-run] [--skip-verify]``:

1. refuse unless ``generated/`` is in sync with its inputs (never skipped) and, unless
   ``--skip-verify``, ``nox -s typecheck tests`` pass for the current tree;
2. build the sdist and the wheel into ``dist/`` reproducibly (``SOURCE_DATE_EPOCH`` from
   the last commit) and run ``twine check --strict`` on them;
3. read the index's PEP 503 page ``<URL>/simple/puretalk-client/`` and compare sha256s:
   every file already there and identical → "already published", exit 0; a file of the
   same version that differs → error, nothing uploaded; otherwise upload only the
   missing files with ``twine upload``.

The upload URL comes from ``--repository-url`` or ``PURETALK_INDEX_URL``; credentials from
``TWINE_USERNAME`` / ``TWINE_PASSWORD`` (or keyring). They reach twine through its
environment, never its argv, and every line this script prints has them replaced by ``***``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from html.parser import HTMLParser
from pathlib import Path
from typing import IO
from urllib.parse import quote, quote_plus, unquote, urldefrag, urljoin, urlsplit, urlunsplit

from scripts.generate import check, version_problem
from scripts.project import FIX_COMMAND, GENERATED, PipelineError

ROOT = Path(__file__).resolve().parent.parent
DIST = "dist"
INDEX_URL_VARIABLE = "PURETALK_INDEX_URL"
CREDENTIAL_VARIABLES = ("TWINE_USERNAME", "TWINE_PASSWORD")
VERIFY_SESSIONS = ("typecheck", "tests")
FALLBACK_EPOCH = 1_580_601_600  # 2020-02-02, hatchling's own default: used only outside a git checkout
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MASK = "***"
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@")
_UPLOAD_STATUS = re.compile(r"HTTPError: (\d{3})")


class PublishError(Exception):
    """Publishing was refused or failed; the message says why and what to do."""


@dataclass(frozen=True)
class Credentials:
    """Index credentials; ``repr`` never shows the password."""

    username: str | None = None
    password: str | None = field(default=None, repr=False)

    def secrets(self) -> list[str]:
        """Return every form in which these credentials could appear in output, longest first."""
        forms: set[str] = set()
        values = [self.password or ""]
        if self.username and len(self.username) >= 3:  # masking "a" everywhere would garble every message
            values.append(self.username)
        for value in filter(None, values):
            forms.update({value, quote(value, safe=""), quote_plus(value)})
        if self.username and self.password:
            forms.add(base64.b64encode(f"{self.username}:{self.password}".encode()).decode())
        return sorted(forms, key=len, reverse=True)

    def authorization(self) -> str | None:
        """Return the HTTP basic ``Authorization`` header value, when both parts are known."""
        if self.username is None or self.password is None:
            return None
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return f"Basic {token}"


@dataclass(frozen=True)
class Console:
    """Print progress and errors with every credential masked."""

    credentials: tuple[Credentials, ...] = ()

    def scrub(self, text: str) -> str:
        """Replace URL userinfo and every form of the credentials by ``***``."""
        text = _USERINFO.sub(rf"\1{MASK}@", text)
        secrets = {secret for credentials in self.credentials for secret in credentials.secrets()}
        for secret in sorted(secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        return text

    def say(self, message: str) -> None:
        """Print a progress line to stdout."""
        print(self.scrub(message), flush=True)

    def warn(self, message: str) -> None:
        """Print a warning to stderr."""
        print(self.scrub(f"warning: {message}"), file=sys.stderr, flush=True)

    def error(self, message: str) -> None:
        """Print an error to stderr."""
        print(self.scrub(f"error: {message}"), file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Index:
    """Where to upload (the URL twine gets) and where to look (its PEP 503 simple index)."""

    upload_url: str
    simple_url: str


@dataclass(frozen=True)
class IndexFile:
    """A file the index lists: its name, its URL and the hashes its link carries."""

    filename: str
    url: str
    hashes: Mapping[str, str]


@dataclass(frozen=True)
class Plan:
    """What to upload, and what the index already holds with identical bytes."""

    upload: list[Path]
    present: list[Path]


def split_userinfo(url: str) -> tuple[str, Credentials]:
    """Return ``url`` without ``user:password@`` and the credentials it carried."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, Credentials()
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    username = unquote(parts.username) if parts.username is not None else None
    password = unquote(parts.password) if parts.password is not None else None
    return bare, Credentials(username, password)


def resolve_index(url: str) -> Index:
    """Derive the simple index from the upload URL: ``<upload URL>/simple/``."""
    scheme = urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise PublishError(f"the index URL must start with https:// or http://, not {url!r}")
    return Index(upload_url=url, simple_url=url.rstrip("/") + "/simple/")


def environment_credentials(environ: Mapping[str, str], url_credentials: Credentials) -> Credentials:
    """Read TWINE_USERNAME / TWINE_PASSWORD, falling back to the ones in the URL."""
    username = environ.get("TWINE_USERNAME") or url_credentials.username
    password = environ.get("TWINE_PASSWORD") or url_credentials.password
    return Credentials(username, password)


def keyring_credentials(url: str, credentials: Credentials) -> Credentials:
    """Complete missing credentials from keyring, as twine does (the service is the upload URL)."""
    if credentials.password is not None:
        return credentials
    try:
        keyring = importlib.import_module("keyring")
        found = keyring.get_credential(url, credentials.username)
    except Exception:  # no keyring installed, or no usable backend: go on without
        return credentials
    if found is None:
        return credentials
    username = found.username or credentials.username
    return Credentials(None if username is None else str(username), str(found.password))


def clean_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """Return ``environ`` without credentials or the index URL, for subprocesses that need neither."""
    dropped = {*CREDENTIAL_VARIABLES, INDEX_URL_VARIABLE, "TWINE_REPOSITORY_URL"}
    return {name: value for name, value in environ.items() if name not in dropped}


def verify_in_sync(root: Path) -> None:
    """Refuse unless ``generated/`` is what ``nox -s generate`` would produce now, and the version is high enough."""
    try:
        differing = check(root)
    except PipelineError as error:
        raise PublishError(f"cannot verify {GENERATED.as_posix()}: {error}") from error
    if differing:
        lines = "\n".join(f"  {line}" for line in differing)
        raise PublishError(
            f"{GENERATED.as_posix()} is out of sync with its inputs; refusing to publish:\n{lines}\n"
            f"Fix it with: {FIX_COMMAND}"
        )
    problem = version_problem(root)
    if problem:
        raise PublishError(f"refusing to publish: {problem}")


def _stream(command: list[str], cwd: Path, env: Mapping[str, str], console: Console) -> int:
    """Run ``command``, relaying its combined output line by line (scrubbed); return its exit code."""
    with subprocess.Popen(
        command, cwd=cwd, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        output: IO[str] | None = process.stdout
        for line in output or ():
            console.say(line.rstrip("\n"))
        return process.wait()


def verify_sessions(root: Path, console: Console, environ: Mapping[str, str]) -> None:
    """Run ``nox -s typecheck tests`` on this tree; refuse when they fail."""
    nox = shutil.which("nox", path=environ.get("PATH"))
    if nox is None:
        raise PublishError("nox is not on PATH: run this through ./nox -s publish")
    sessions = " ".join(VERIFY_SESSIONS)
    console.say(f"verifying: nox -s {sessions}")
    command = [nox, "--noxfile", str(root / "noxfile.py"), "-s", *VERIFY_SESSIONS]
    code = _stream(command, root, clean_environment(environ), console)
    if code != 0:
        raise PublishError(f"nox -s {sessions} failed (exit {code}); refusing to publish")


def source_date_epoch(root: Path, environ: Mapping[str, str], console: Console) -> int:
    """Return ``SOURCE_DATE_EPOCH`` if set, else the time of the last commit of ``root``, else a fixed value."""
    given = environ.get("SOURCE_DATE_EPOCH")
    if given:
        try:
            return int(given)
        except ValueError as error:
            raise PublishError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {given!r}") from error
    git = shutil.which("git")
    if git is not None:
        top = subprocess.run(
            [git, "rev-parse", "--show-toplevel"], cwd=root, capture_output=True, text=True, check=False
        )
        if top.returncode == 0 and Path(top.stdout.strip()).resolve() == root.resolve():
            last = subprocess.run(
                [git, "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, check=False
            )
            if last.returncode == 0 and last.stdout.strip().isdigit():
                return int(last.stdout.strip())
    console.warn(f"{root} is not a git checkout with a commit: SOURCE_DATE_EPOCH={FALLBACK_EPOCH} (fixed)")
    return FALLBACK_EPOCH


def _run_quiet(command: list[str], cwd: Path, env: Mapping[str, str], what: str) -> None:
    result = subprocess.run(command, cwd=cwd, env=dict(env), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise PublishError(f"{what} failed (exit {result.returncode}):\n{output}")


def build_distributions(root: Path, outdir: Path, epoch: int, environ: Mapping[str, str] | None = None) -> list[Path]:
    """Build the sdist and the wheel of ``root`` into ``outdir`` (emptied first) with ``SOURCE_DATE_EPOCH``."""
    shutil.rmtree(outdir, ignore_errors=True)
    env = {**clean_environment(os.environ if environ is None else environ), "SOURCE_DATE_EPOCH": str(epoch)}
    command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(outdir), str(root)]
    _run_quiet(command, root, env, "python -m build")
    files = sorted(outdir.glob("*.whl")) + sorted(outdir.glob("*.tar.gz"))
    if len(files) != 2:
        raise PublishError(f"expected one wheel and one sdist in {outdir}, found {[f.name for f in files]}")
    return files


def twine_check(files: Iterable[Path], root: Path, environ: Mapping[str, str]) -> None:
    """Run ``twine check --strict`` on the built files."""
    command = [sys.executable, "-m", "twine", "check", "--strict", *(str(path) for path in files)]
    _run_quiet(command, root, clean_environment(environ), "twine check")


def sha256(path: Path) -> str:
    """Return the sha256 of a file, in hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_digest(path: Path, algorithm: str) -> str:
    """Return the digest of a file with any hashlib algorithm, in hex."""
    return hashlib.new(algorithm, path.read_bytes()).hexdigest()


def normalize_name(name: str) -> str:
    """Normalise a project name as PEP 503 does."""
    return re.sub(r"[-_.]+", "-", name).lower()


def name_and_version(filename: str) -> tuple[str, str] | None:
    """Return the normalised project name and the version in a wheel or sdist file name."""
    if filename.endswith(".whl"):
        parts = filename[: -len(".whl")].split("-")
        return (normalize_name(parts[0]), parts[1]) if len(parts) >= 5 else None
    for suffix in (".tar.gz", ".zip"):
        if filename.endswith(suffix):
            name, _, version = filename[: -len(suffix)].rpartition("-")
            return (normalize_name(name), version) if name else None
    return None


class _LinkParser(HTMLParser):
    """Collect ``(href, text)`` of every anchor of a PEP 503 page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Start collecting an anchor's text."""
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_data(self, data: str) -> None:
        """Collect the text inside an anchor."""
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        """Record the finished anchor."""
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def parse_simple_page(html: str, page_url: str) -> dict[str, IndexFile]:
    """Return the files a PEP 503 project page lists, by name, with the hashes of their ``#<algo>=`` fragments."""
    parser = _LinkParser()
    parser.feed(html)
    files = {}
    for href, text in parser.links:
        url, fragment = urldefrag(urljoin(page_url, href))
        algorithm, _, value = fragment.partition("=")
        hashes = {algorithm.lower(): value.lower()} if algorithm and value else {}
        filename = text or unquote(urlsplit(url).path.rsplit("/", 1)[-1])
        files[filename] = IndexFile(filename=filename, url=url, hashes=hashes)
    return files


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Surface redirects as errors, so that credentials never follow one to another host."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message, newurl: str
    ) -> None:
        """Refuse every redirect; the caller follows same-origin ones itself."""
        return None


_OPENER = urllib.request.build_opener(_NoRedirects())


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def http_get(url: str, credentials: Credentials) -> bytes | None:
    """Fetch ``url`` with basic auth; ``None`` when the index does not have it (404, or a redirect elsewhere)."""
    origin = _origin(url)
    for _ in range(5):
        if _origin(url)[0] not in ("http", "https"):
            raise PublishError(f"refusing to fetch {url}: not http(s)")
        request = urllib.request.Request(url, headers={"Accept": "text/html"})  # noqa: S310 (scheme checked)
        authorization = credentials.authorization()
        if authorization is not None and _origin(url) == origin:
            request.add_unredirected_header("Authorization", authorization)
        try:
            with _OPENER.open(request, timeout=60) as response:
                body: bytes = response.read()
                return body
        except urllib.error.HTTPError as error:
            error.close()
            if error.code == 404:
                return None
            if error.code in REDIRECTS and error.headers.get("Location"):
                target = urljoin(url, error.headers["Location"])
                if _origin(target) != origin:
                    return None  # e.g. pypiserver's fallback to PyPI: the project is not on *this* index
                url = target
                continue
            if error.code in (401, 403):
                hint = "check TWINE_USERNAME / TWINE_PASSWORD"
                if authorization is None:
                    hint = "the index needs credentials: set TWINE_USERNAME / TWINE_PASSWORD (or use keyring)"
                raise PublishError(f"authentication failed (HTTP {error.code}) reading {url}: {hint}") from None
            raise PublishError(f"the index answered HTTP {error.code} for {url}") from None
        except urllib.error.URLError as error:
            raise PublishError(f"cannot reach the index at {url}: {error.reason}") from None
    raise PublishError(f"too many redirects reading {url}")


def list_index(index: Index, project: str, credentials: Credentials) -> dict[str, IndexFile]:
    """Return the files the index lists for ``project`` (empty when it has none)."""
    page_url = f"{index.simple_url}{normalize_name(project)}/"
    body = http_get(page_url, credentials)
    return {} if body is None else parse_simple_page(body.decode("utf-8", errors="replace"), page_url)


def _matches(path: Path, listed: IndexFile, credentials: Credentials) -> bool:
    """Compare a built file with a listed one: by the link's hash, or by downloading it when it has none."""
    for algorithm, expected in listed.hashes.items():
        if algorithm in hashlib.algorithms_guaranteed:
            return file_digest(path, algorithm) == expected
    body = http_get(listed.url, credentials)
    if body is None:
        raise PublishError(f"the index lists {listed.filename} but does not serve it ({listed.url})")
    return hashlib.sha256(body).hexdigest() == sha256(path)


def built_version(built: list[Path], project: str) -> str:
    """Return the version of the built files, which must all be of ``project``."""
    found = {name_and_version(path.name) for path in built}
    if len(found) != 1 or (parsed := found.pop()) is None or parsed[0] != project:
        raise PublishError(f"the built files are not one version of {project}: {[path.name for path in built]}")
    return parsed[1]


def plan_upload(built: list[Path], listed: Mapping[str, IndexFile], credentials: Credentials, index: Index) -> Plan:
    """Decide what to upload; refuse when the index holds the same version with different files."""
    name_version = name_and_version(built[0].name)
    if name_version is None:
        raise PublishError(f"cannot read the project and version from {built[0].name}")
    ours = {path.name: path for path in built}
    conflicts = []
    for filename, entry in sorted(listed.items()):
        if name_and_version(filename) != name_version:
            continue
        if filename not in ours:
            conflicts.append(f"  {filename}: on the index, not among the files built now")
        elif not _matches(ours[filename], entry, credentials):
            shown = ", ".join(f"{algo} {value}" for algo, value in entry.hashes.items()) or "(downloaded)"
            conflicts.append(f"  {filename}: index {shown}; built sha256 {sha256(ours[filename])}")
    if conflicts:
        project, version = name_version
        raise PublishError(
            f"{project} {version} is already on {index.simple_url} with different files:\n"
            + "\n".join(conflicts)
            + "\nNothing was uploaded. A published version never changes: raise `version` in pyproject.toml."
        )
    present = [path for path in built if path.name in listed]
    return Plan(upload=[path for path in built if path.name not in listed], present=present)


def upload(files: list[Path], index: Index, credentials: Credentials, root: Path, console: Console) -> None:
    """Upload the files with ``twine upload``; credentials go through its environment, never its argv."""
    env = {**clean_environment(os.environ), "COLUMNS": "200", "TWINE_NON_INTERACTIVE": "1"}
    if credentials.username is not None:
        env["TWINE_USERNAME"] = credentials.username
    if credentials.password is not None:
        env["TWINE_PASSWORD"] = credentials.password
    command = [
        sys.executable, "-m", "twine", "--no-color", "upload",
        "--repository-url", index.upload_url,
        "--non-interactive", "--disable-progress-bar",
        *(str(path) for path in files),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return
    lines = (result.stdout + result.stderr).strip().splitlines()
    output = console.scrub("\n".join(line.rstrip() for line in lines))
    status = _UPLOAD_STATUS.search(output)
    if status is not None and status.group(1) in ("401", "403"):
        reason = f"authentication failed (HTTP {status.group(1)}) uploading to {index.upload_url}"
        raise PublishError(f"{reason}: check TWINE_USERNAME / TWINE_PASSWORD\n{output}")
    hint = ""
    if credentials.authorization() is None:
        hint = "\nSet TWINE_USERNAME and TWINE_PASSWORD, or store the credentials in keyring for the upload URL."
    raise PublishError(f"twine upload failed (exit {result.returncode}):\n{output}{hint}")


def project_name(root: Path) -> str:
    """Return the distribution name pyproject.toml declares, PEP 503-normalised."""
    with (root / "pyproject.toml").open("rb") as handle:
        return normalize_name(str(tomllib.load(handle)["project"]["name"]))


def publish(
    index: Index | None,
    *,
    dry_run: bool,
    skip_verify: bool,
    root: Path,
    environ: Mapping[str, str],
    credentials: Credentials,
    console: Console,
) -> int:
    """Verify, build, compare with the index and upload what is missing; return the exit code."""
    if index is None and not dry_run:
        raise PublishError(f"no index to publish to: set {INDEX_URL_VARIABLE} or pass --repository-url URL")
    verify_in_sync(root)
    console.say(f"{GENERATED.as_posix()} is in sync")
    project = project_name(root)
    if index is not None:
        list_index(index, project, credentials)  # fail fast on a wrong URL or wrong credentials
    if skip_verify:
        console.warn(f"--skip-verify: not running nox -s {' '.join(VERIFY_SESSIONS)}")
    else:
        verify_sessions(root, console, environ)

    epoch = source_date_epoch(root, environ, console)
    built = build_distributions(root, root / DIST, epoch, environ)
    twine_check(built, root, environ)
    for path in built:
        console.say(f"built {DIST}/{path.name}  sha256 {sha256(path)}  (SOURCE_DATE_EPOCH={epoch})")
    version = built_version(built, project)
    if index is None:
        console.say(f"dry run: built and checked {project} {version}; no index given, so nothing compared")
        return 0

    plan = plan_upload(built, list_index(index, project, credentials), credentials, index)
    if not plan.upload:
        console.say(f"{project} {version} is already published at {index.upload_url} (identical sha256); nothing to do")
        return 0
    for path in plan.present:
        console.say(f"already on the index, identical: {path.name}")
    names = ", ".join(path.name for path in plan.upload)
    if dry_run:
        console.say(f"dry run: would upload {names} to {index.upload_url}")
        return 0
    console.say(f"uploading {names} to {index.upload_url}")
    upload(plan.upload, index, credentials, root, console)
    missing = plan_upload(built, list_index(index, project, credentials), credentials, index).upload
    if missing:
        raise PublishError(f"the index does not list {', '.join(p.name for p in missing)} after the upload")
    console.say(f"published {project} {version} to {index.upload_url}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m scripts.publish", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repository-url",
        metavar="URL",
        help=f"upload URL of the index (default: ${INDEX_URL_VARIABLE}); its simple index is URL/simple/",
    )
    parser.add_argument("--dry-run", action="store_true", help="do everything but the upload")
    parser.add_argument(
        "--skip-verify",
        action="store_true",
        help=f"do not run nox -s {' '.join(VERIFY_SESSIONS)} (the generated/ sync check always runs)",
    )
    args = parser.parse_args(argv)
    environ = dict(os.environ)
    raw_url: str | None = args.repository_url or environ.get(INDEX_URL_VARIABLE) or None
    bare_url, url_credentials = split_userinfo(raw_url) if raw_url else (None, Credentials())
    credentials = environment_credentials(environ, url_credentials)
    console = Console((credentials, url_credentials))
    try:
        index = None
        if bare_url is not None:
            index = resolve_index(bare_url)
            credentials = keyring_credentials(bare_url, credentials)
            console = Console((credentials, url_credentials))
        return publish(
            index,
            dry_run=args.dry_run,
            skip_verify=args.skip_verify,
            root=ROOT,
            environ=environ,
            credentials=credentials,
            console=console,
        )
    except PublishError as error:
        console.error(str(error))
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
