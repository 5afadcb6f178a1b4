"""``client.voices``: get a text-to-speech voice."""

from __future__ import annotations

from puretalk_api.api.voices import get_voice
from puretalk_api.models import Voice, VoiceEnvelope
from puretalk_client._resource import AsyncAPIResource, SyncAPIResource
from puretalk_client._response import Operation, results_of


def _get(voice_id: int) -> Operation[Voice]:
    return Operation(get_voice, {"id": voice_id}, VoiceEnvelope, results_of)


class Voices(SyncAPIResource):
    """Voices: ``get``."""

    def get(self, id: int) -> Voice:
        """Fetch one voice by its numeric ID."""
        return self._run(_get(id))


class AsyncVoices(AsyncAPIResource):
    """Voices: ``get``."""

    async def get(self, id: int) -> Voice:
        """Fetch one voice by its numeric ID."""
        return await self._run(_get(id))
