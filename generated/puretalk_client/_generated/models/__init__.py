"""Contains all the data models used in inputs/outputs"""

from .assistant import Assistant
from .assistant_create import AssistantCreate
from .assistant_envelope import AssistantEnvelope
from .assistant_list import AssistantList
from .assistant_ref import AssistantRef
from .assistant_settings import AssistantSettings
from .assistant_settings_model import AssistantSettingsModel
from .assistant_settings_who_speaks_first import AssistantSettingsWhoSpeaksFirst
from .assistant_update import AssistantUpdate
from .call import Call
from .call_analysis import CallAnalysis
from .call_envelope import CallEnvelope
from .call_list import CallList
from .call_metadata_object import CallMetadataObject
from .campaign import Campaign
from .campaign_list_envelope import CampaignListEnvelope
from .campaign_page import CampaignPage
from .campaign_schedule import CampaignSchedule
from .clone_voice import CloneVoice
from .clone_voice_gender import CloneVoiceGender
from .clone_voice_language import CloneVoiceLanguage
from .cloned_voice import ClonedVoice
from .cloned_voice_envelope import ClonedVoiceEnvelope
from .envelope import Envelope
from .error import Error
from .forbidden import Forbidden
from .list_calls_call_type import ListCallsCallType
from .list_calls_status import ListCallsStatus
from .llm_state import LlmState
from .llm_state_function import LlmStateFunction
from .llm_state_function_parameters import LlmStateFunctionParameters
from .llm_state_parameters import LlmStateParameters
from .llm_state_position import LlmStatePosition
from .llm_state_tool import LlmStateTool
from .llm_states_delete import LlmStatesDelete
from .llm_states_upsert import LlmStatesUpsert
from .paginated_list import PaginatedList
from .phone_number import PhoneNumber
from .phone_number_capabilities import PhoneNumberCapabilities
from .phone_number_details import PhoneNumberDetails
from .phone_number_list import PhoneNumberList
from .post_analysis_item import PostAnalysisItem
from .precondition_failed import PreconditionFailed
from .register_web_call_request import RegisterWebCallRequest
from .register_web_call_response import RegisterWebCallResponse
from .register_web_call_result import RegisterWebCallResult
from .text_to_speech import TextToSpeech
from .text_to_speech_encoding import TextToSpeechEncoding
from .text_to_speech_output_format import TextToSpeechOutputFormat
from .transcript_entry import TranscriptEntry
from .turn_latency import TurnLatency
from .user import User
from .voice import Voice
from .voice_envelope import VoiceEnvelope

__all__ = (
    "Assistant",
    "AssistantCreate",
    "AssistantEnvelope",
    "AssistantList",
    "AssistantRef",
    "AssistantSettings",
    "AssistantSettingsModel",
    "AssistantSettingsWhoSpeaksFirst",
    "AssistantUpdate",
    "Call",
    "CallAnalysis",
    "CallEnvelope",
    "CallList",
    "CallMetadataObject",
    "Campaign",
    "CampaignListEnvelope",
    "CampaignPage",
    "CampaignSchedule",
    "ClonedVoice",
    "ClonedVoiceEnvelope",
    "CloneVoice",
    "CloneVoiceGender",
    "CloneVoiceLanguage",
    "Envelope",
    "Error",
    "Forbidden",
    "ListCallsCallType",
    "ListCallsStatus",
    "LlmState",
    "LlmStateFunction",
    "LlmStateFunctionParameters",
    "LlmStateParameters",
    "LlmStatePosition",
    "LlmStatesDelete",
    "LlmStatesUpsert",
    "LlmStateTool",
    "PaginatedList",
    "PhoneNumber",
    "PhoneNumberCapabilities",
    "PhoneNumberDetails",
    "PhoneNumberList",
    "PostAnalysisItem",
    "PreconditionFailed",
    "RegisterWebCallRequest",
    "RegisterWebCallResponse",
    "RegisterWebCallResult",
    "TextToSpeech",
    "TextToSpeechEncoding",
    "TextToSpeechOutputFormat",
    "TranscriptEntry",
    "TurnLatency",
    "User",
    "Voice",
    "VoiceEnvelope",
)
