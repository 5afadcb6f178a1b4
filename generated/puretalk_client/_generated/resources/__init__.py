"""The resource namespaces of ``Puretalk`` and ``AsyncPuretalk``, one per resource of the spec.

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from puretalk_client._resource import LazyResource

if TYPE_CHECKING:
    from puretalk_client._generated.resources.assistants import (
        AsyncAssistants,
        Assistants,
    )
    from puretalk_client._generated.resources.calls import AsyncCalls, Calls
    from puretalk_client._generated.resources.campaigns import AsyncCampaigns, Campaigns
    from puretalk_client._generated.resources.phone_numbers import (
        AsyncPhoneNumbers,
        PhoneNumbers,
    )
    from puretalk_client._generated.resources.tts import AsyncTts, Tts
    from puretalk_client._generated.resources.voices import AsyncVoices, Voices

OPERATIONS: dict[str, str] = {
    "POST /ai-assistants": "assistants.create",
    "GET /ai-assistants/{assistant_id}": "assistants.get",
    "GET /ai-assistants": "assistants.list",
    "PATCH /ai-assistants/{assistant_id}": "assistants.update",
    "DELETE /ai-assistants/delete-llm-states": "assistants.tasks.delete",
    "POST /ai-assistants/llm-states/{assistant_id}": "assistants.tasks.upsert",
    "GET /calls/{call_id}": "calls.get",
    "GET /calls": "calls.list",
    "POST /calls/web/register": "calls.register_web_call",
    "GET /campaigns": "campaigns.list",
    "GET /phone-numbers": "phone_numbers.list",
    "POST /v1/tts/clone-voice": "tts.clone_voice",
    "POST /v1/tts": "tts.synthesize",
    "GET /voices/{id}": "voices.get",
}
"""The client method of each operation of the spec: ``METHOD path`` -> ``resource.method``."""


class SyncResources:
    """The resource namespaces of ``Puretalk``."""

    assistants: LazyResource[Assistants] = LazyResource(
        "puretalk_client._generated.resources.assistants", "Assistants"
    )
    calls: LazyResource[Calls] = LazyResource(
        "puretalk_client._generated.resources.calls", "Calls"
    )
    campaigns: LazyResource[Campaigns] = LazyResource(
        "puretalk_client._generated.resources.campaigns", "Campaigns"
    )
    phone_numbers: LazyResource[PhoneNumbers] = LazyResource(
        "puretalk_client._generated.resources.phone_numbers", "PhoneNumbers"
    )
    tts: LazyResource[Tts] = LazyResource(
        "puretalk_client._generated.resources.tts", "Tts"
    )
    voices: LazyResource[Voices] = LazyResource(
        "puretalk_client._generated.resources.voices", "Voices"
    )


class AsyncResources:
    """The resource namespaces of ``AsyncPuretalk``."""

    assistants: LazyResource[AsyncAssistants] = LazyResource(
        "puretalk_client._generated.resources.assistants", "AsyncAssistants"
    )
    calls: LazyResource[AsyncCalls] = LazyResource(
        "puretalk_client._generated.resources.calls", "AsyncCalls"
    )
    campaigns: LazyResource[AsyncCampaigns] = LazyResource(
        "puretalk_client._generated.resources.campaigns", "AsyncCampaigns"
    )
    phone_numbers: LazyResource[AsyncPhoneNumbers] = LazyResource(
        "puretalk_client._generated.resources.phone_numbers", "AsyncPhoneNumbers"
    )
    tts: LazyResource[AsyncTts] = LazyResource(
        "puretalk_client._generated.resources.tts", "AsyncTts"
    )
    voices: LazyResource[AsyncVoices] = LazyResource(
        "puretalk_client._generated.resources.voices", "AsyncVoices"
    )
