"""Resource namespaces: one class per documented section of the API, sync and async."""

OPERATIONS: dict[str, str] = {
    "listAssistants": "assistants.list",
    "createAssistant": "assistants.create",
    "getAssistant": "assistants.get",
    "updateAssistant": "assistants.update",
    "upsertLlmStates": "assistants.tasks.upsert",
    "deleteLlmStates": "assistants.tasks.delete",
    "listPhoneNumbers": "phone_numbers.list",
    "listCampaigns": "campaigns.list",
    "listCalls": "calls.list",
    "getCall": "calls.get",
    "registerWebCall": "calls.register_web_call",
    "getVoice": "voices.get",
    "textToSpeech": "tts.synthesize",
    "cloneVoice": "tts.clone_voice",
}
"""Which client method covers each operationId of the spec (a test keeps this complete)."""
