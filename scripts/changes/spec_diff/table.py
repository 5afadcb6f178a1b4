"""``python -m scripts.changes.spec_diff.table [--check]``: write the rule table into docs/version-policy.md.

The table sits between ``<!-- spec-diff-rules:begin -->`` and ``<!-- spec-diff-rules:end -->``
and is :func:`scripts.changes.spec_diff.rules.rules_table`, one row per rule. With ``--check``
nothing is written: the exit status is 1 when the page's table differs.
"""

from __future__ import annotations

import argparse
import re
import sys

from scripts.changes.spec_diff.rules import rules_table
from scripts.infra.project import ROOT

PAGE = ROOT / "docs" / "version-policy.md"
"""The page that holds the table."""

_TABLE = re.compile(r"(<!-- spec-diff-rules:begin -->\n)(.*?)(<!-- spec-diff-rules:end -->)", re.S)


def with_table(text: str) -> str:
    """Return the page's text with the table between its markers replaced by the catalogue's.

    Raises ValueError unless the page has exactly one pair of markers.
    """
    if len(_TABLE.findall(text)) != 1:
        raise ValueError("the page needs exactly one <!-- spec-diff-rules:begin --> ... :end --> pair")
    return _TABLE.sub(lambda match: match.group(1) + rules_table() + match.group(3), text)


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the rule table of docs/version-policy.md."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.changes.spec_diff.table", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when the table differs")
    args = parser.parse_args(argv)
    text = PAGE.read_text(encoding="utf-8")
    try:
        new = with_table(text)
    except ValueError as error:
        print(f"error: {PAGE.relative_to(ROOT)}: {error}", file=sys.stderr)
        return 2
    if new == text:
        return 0
    if args.check:
        print(
            f"{PAGE.relative_to(ROOT)}: the rule table differs; run python -m scripts.changes.spec_diff.table",
            file=sys.stderr,
        )
        return 1
    PAGE.write_text(new, encoding="utf-8")
    print(f"wrote the rule table into {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
