from typing import Literal

AssistantSettingsModel = Literal["puretalk-plg"]

ASSISTANT_SETTINGS_MODEL_VALUES: set[AssistantSettingsModel] = {
    "puretalk-plg",
}


def check_assistant_settings_model(value: str) -> AssistantSettingsModel:
    if value in ASSISTANT_SETTINGS_MODEL_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANT_SETTINGS_MODEL_VALUES!r}"
    )
