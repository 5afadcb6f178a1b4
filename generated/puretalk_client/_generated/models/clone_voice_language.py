from typing import Literal

CloneVoiceLanguage = Literal[
    "de",
    "en",
    "es",
    "fr",
    "hi",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "ru",
    "sv",
    "tr",
    "zh",
]

CLONE_VOICE_LANGUAGE_VALUES: set[CloneVoiceLanguage] = {
    "de",
    "en",
    "es",
    "fr",
    "hi",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "ru",
    "sv",
    "tr",
    "zh",
}


def check_clone_voice_language(value: str) -> CloneVoiceLanguage:
    if value in CLONE_VOICE_LANGUAGE_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {CLONE_VOICE_LANGUAGE_VALUES!r}"
    )
