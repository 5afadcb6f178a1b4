"""``python -m scripts.changes.spec_diff OLD NEW [--version X.Y.Z]``: the change report between two spec files.

Both files are validated with openapi-spec-validator first; a file that cannot be
read or is not a valid OpenAPI document gets one line on stderr and exit status 2.
The exit status is 1 when the change needs a major version, else 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from scripts.changes.spec_diff.api_diff import diff
from scripts.changes.spec_diff.changes import Level, bump, level, report
from scripts.changes.spec_diff.document import SpecDiffError
from scripts.infra.yaml_io import Document, DocumentError, load_document


def _load(path: Path) -> Document:
    """Read and validate one document; raise :class:`SpecDiffError` (one line) if it is not a valid one."""
    document = load_document(path)
    try:
        validate(document)
    except OpenAPIValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "<root>"
        message = str(error.message).splitlines()[0] if str(error.message) else "invalid"
        raise SpecDiffError(f"{path}: not a valid OpenAPI document at {where}: {message}") from error
    except Exception as error:  # the validator raises other types for documents it cannot even classify
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SpecDiffError(f"{path}: not a valid OpenAPI document: {first}") from error
    return document


def main(argv: list[str] | None = None) -> int:
    """Print the change report from OLD to NEW and the version it needs after ``--version``."""
    parser = argparse.ArgumentParser(prog="python -m scripts.changes.spec_diff", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the spec before the change (YAML or JSON)")
    parser.add_argument("new", type=Path, help="the spec after the change")
    parser.add_argument("--version", default="0.1.0", help="the package version before the change (default 0.1.0)")
    args = parser.parse_args(argv)
    try:
        old, new = _load(args.old), _load(args.new)
        changes = diff(old, new)
        how_far = level(changes, old, new)
        text = report(changes, how_far, args.version, bump(args.version, how_far))
    except (DocumentError, SpecDiffError, ValueError) as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    print(text, end="")
    return 1 if how_far is Level.MAJOR else 0


if __name__ == "__main__":
    raise SystemExit(main())
