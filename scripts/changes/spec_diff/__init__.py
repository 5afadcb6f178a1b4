"""What changed between two OpenAPI documents, for a user of the generated client, and how breaking it is.

Operations match by method and path shape; within each, the parameters, request
body, responses (every status, every media type, headers) and security are compared,
and every schema in the direction its values travel: a request must still accept what
callers sent, a response may only return what callers could read. Each change comes
from a rule in :mod:`scripts.changes.spec_diff.rules` with oasdiff's level (breaking,
potentially breaking, not breaking); the levels decide the semver part
(:func:`level`), and :func:`report` renders what ``generate`` prints.
"""

from __future__ import annotations

from scripts.changes.spec_diff.api_diff import diff
from scripts.changes.spec_diff.changes import Change, Level, bump, level, report, version_key
from scripts.changes.spec_diff.document import SpecDiffError
from scripts.changes.spec_diff.rules import RULES, Rule, Severity, rules_table

__all__ = [
    "RULES",
    "Change",
    "Level",
    "Rule",
    "Severity",
    "SpecDiffError",
    "bump",
    "diff",
    "level",
    "report",
    "rules_table",
    "version_key",
]
