"""Hostile inputs the pipeline tests share: a secret that must never be printed, the billion laughs."""

from __future__ import annotations

SECRET = "machine ci.example login ci password n3trc-s3cret-d0-not-print"

ALIAS_BOMB = "x-bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"  {chr(98 + level)}: &{chr(98 + level)} [{', '.join([f'*{chr(97 + level)}'] * 10)}]\n" for level in range(8)
)
"""Nine levels of ten aliases each: 10**9 strings once expanded (the billion laughs)."""
