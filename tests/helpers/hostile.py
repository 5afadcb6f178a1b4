"""Hostile inputs the pipeline tests share: a secret that must never be printed, the billion laughs."""

from __future__ import annotations

SECRET = "machine ci.example login ci password n3trc-s3cret-d0-not-print"

ALIAS_BOMB = "x-bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"  {chr(98 + level)}: &{chr(98 + level)} [{', '.join([f'*{chr(97 + level)}'] * 10)}]\n" for level in range(8)
)
"""Nine levels of ten aliases each: 10**9 strings once expanded (the billion laughs)."""

BACKTRACKING_PATTERN = "([a-z]|[a-z0-9])*"
"""An I-Regexp whose two alternatives both match each letter: a failed match tries 2**n ways."""
BACKTRACKING_VALUE = "a" * 40 + "!"
"""41 characters on which :data:`BACKTRACKING_PATTERN` fails only after 2**40 tries (past 60 s unbounded)."""

DOUBLING_ACTIONS = "".join("  - target: $..[?@.*]\n    update: {a: [0]}\n" for _ in range(26))
"""26 overlay actions (52 lines), each about doubling the document: openapi.yaml grows past any memory unbounded."""

LONG_NAME = "getThing" + "X" * 4992
"""A 5000-character operationId: the generator's file name for it is too long (its traceback, unguarded)."""
