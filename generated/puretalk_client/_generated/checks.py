"""The value check of every enum of the spec (``puretalk_client.types`` exports them).

Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand.
"""

from puretalk_client._generated.models.assistant_settings_model import (
    check_assistant_settings_model,
)
from puretalk_client._generated.models.assistant_settings_who_speaks_first import (
    check_assistant_settings_who_speaks_first,
)
from puretalk_client._generated.models.clone_voice_gender import (
    check_clone_voice_gender,
)
from puretalk_client._generated.models.clone_voice_language import (
    check_clone_voice_language,
)
from puretalk_client._generated.models.list_calls_call_type import (
    check_list_calls_call_type,
)
from puretalk_client._generated.models.list_calls_status import check_list_calls_status
from puretalk_client._generated.models.text_to_speech_encoding import (
    check_text_to_speech_encoding,
)
from puretalk_client._generated.models.text_to_speech_output_format import (
    check_text_to_speech_output_format,
)

__all__ = [
    "check_assistant_settings_model",
    "check_assistant_settings_who_speaks_first",
    "check_clone_voice_gender",
    "check_clone_voice_language",
    "check_list_calls_call_type",
    "check_list_calls_status",
    "check_text_to_speech_encoding",
    "check_text_to_speech_output_format",
]
