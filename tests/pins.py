"""Pins: what the tests deliberately hold fixed about today's Puretalk API, and only that.

A pin is a fact we promised someone: the seed operation is Puretalk's own documentation
(tests/data/seed), the names below are the ones users' code calls today, and the spec
decisions are how we wrote openapi.yaml from the facts. Every other test reads the
version, the operations, the names and the models at run time (from pyproject.toml,
openapi.yaml, the overlay and the generated package), so that an upstream change plus
the version ``update-spec --bump`` proposes leaves ``./nox`` green.

Pins hold as subsets: an upstream addition never breaks one. Change a pin only on
purpose, in the same pull request that says why: when Puretalk changes the seed
operation itself, when a name users have is renamed or removed (a breaking release,
in CHANGELOG.md), or when a spec decision is revised in docs/spec-decisions.md.
"""

from __future__ import annotations

import re
from typing import Any

from scripts.infra.yaml_io import parse_document
from tests.helpers.paths import ROOT, SEED_PAGE

SEED_OPERATION = ("post", "/calls/web/register")
"""The operation of Puretalk's page in tests/data/seed: openapi.yaml must keep it exactly as documented."""

SEED_TOP_LEVEL = ("openapi", "info", "servers", "security")
"""The seed's top-level keys that openapi.yaml shares verbatim."""

NAMES_USERS_HAVE = {
    "GET /ai-assistants": "assistants.list",
    "POST /ai-assistants": "assistants.create",
    "GET /ai-assistants/{assistant_id}": "assistants.get",
    "PATCH /ai-assistants/{assistant_id}": "assistants.update",
    "POST /ai-assistants/llm-states/{assistant_id}": "assistants.tasks.upsert",
    "DELETE /ai-assistants/delete-llm-states": "assistants.tasks.delete",
    "GET /phone-numbers": "phone_numbers.list",
    "GET /campaigns": "campaigns.list",
    "GET /calls": "calls.list",
    "GET /calls/{call_id}": "calls.get",
    "POST /calls/web/register": "calls.register_web_call",
    "GET /voices/{id}": "voices.get",
    "POST /v1/tts": "tts.synthesize",
    "POST /v1/tts/clone-voice": "tts.clone_voice",
}
"""``client.<name>`` for each operation users call today: every one must survive (more may be added)."""

RESOURCES_USERS_HAVE = {"assistants", "calls", "phone_numbers", "campaigns", "voices", "tts"}
"""The resources (``client.<resource>``, the generated ``api/<tag>/`` modules) users have today."""

SPEC_DECISIONS = ROOT / "docs" / "spec-decisions.md"
ODDITIES_DECIDED = set(range(1, 16))
"""The oddities of docs/puretalk-api-facts.md §15 that docs/spec-decisions.md must each answer."""


def seed_spec() -> dict[str, Any]:
    """The OpenAPI document on the seed page (tests/data/seed/register-web-call.md)."""
    match = re.search(r"````yaml[^\n]*\n(.*?)````", SEED_PAGE.read_text(encoding="utf-8"), re.S)
    assert match, "the seed page has no yaml block"
    spec = parse_document(match.group(1))
    assert isinstance(spec, dict)
    return spec
