"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .forbidden import Forbidden
from .precondition_failed import PreconditionFailed
from .register_web_call_request import RegisterWebCallRequest
from .register_web_call_response import RegisterWebCallResponse
from .register_web_call_result import RegisterWebCallResult

__all__ = (
    "Error",
    "Forbidden",
    "PreconditionFailed",
    "RegisterWebCallRequest",
    "RegisterWebCallResponse",
    "RegisterWebCallResult",
)
