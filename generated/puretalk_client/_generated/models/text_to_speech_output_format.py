from typing import Literal

TextToSpeechOutputFormat = Literal["mp3", "raw", "wav"]

TEXT_TO_SPEECH_OUTPUT_FORMAT_VALUES: set[TextToSpeechOutputFormat] = {
    "mp3",
    "raw",
    "wav",
}


def check_text_to_speech_output_format(value: str) -> TextToSpeechOutputFormat:
    if value in TEXT_TO_SPEECH_OUTPUT_FORMAT_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_SPEECH_OUTPUT_FORMAT_VALUES!r}"
    )
