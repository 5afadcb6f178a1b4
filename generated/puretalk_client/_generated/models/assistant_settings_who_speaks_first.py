from typing import Literal

AssistantSettingsWhoSpeaksFirst = Literal["assistant", "user"]

ASSISTANT_SETTINGS_WHO_SPEAKS_FIRST_VALUES: set[AssistantSettingsWhoSpeaksFirst] = {
    "assistant",
    "user",
}


def check_assistant_settings_who_speaks_first(
    value: str,
) -> AssistantSettingsWhoSpeaksFirst:
    if value in ASSISTANT_SETTINGS_WHO_SPEAKS_FIRST_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_SETTINGS_WHO_SPEAKS_FIRST_VALUES!r}"
    )
