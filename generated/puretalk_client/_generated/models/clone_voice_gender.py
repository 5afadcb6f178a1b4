from typing import Literal

CloneVoiceGender = Literal["female", "male"]

CLONE_VOICE_GENDER_VALUES: set[CloneVoiceGender] = {
    "female",
    "male",
}


def check_clone_voice_gender(value: str) -> CloneVoiceGender:
    if value in CLONE_VOICE_GENDER_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {CLONE_VOICE_GENDER_VALUES!r}"
    )
