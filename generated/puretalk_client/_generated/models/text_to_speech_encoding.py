from typing import Literal

TextToSpeechEncoding = Literal["alaw", "mp3", "mulaw", "pcm_f32le", "pcm_s16le"]

TEXT_TO_SPEECH_ENCODING_VALUES: set[TextToSpeechEncoding] = {
    "alaw",
    "mp3",
    "mulaw",
    "pcm_f32le",
    "pcm_s16le",
}


def check_text_to_speech_encoding(value: str) -> TextToSpeechEncoding:
    if value in TEXT_TO_SPEECH_ENCODING_VALUES:
        return value
    raise ValueError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_SPEECH_ENCODING_VALUES!r}"
    )
