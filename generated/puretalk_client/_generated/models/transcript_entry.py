from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import ResponseMismatch as _ResponseMismatch
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.turn_latency import TurnLatency


T = TypeVar("T", bound="TranscriptEntry")


@_attrs_define(init=False, repr=False)
class TranscriptEntry(_BaseModel):
    """
    Attributes:
        role (str | None):  Example: user.
        content (str | None):  Example: Hello.
        function_name (str | None):
        interrupted (bool | None):
        function_args (str | None): The function's arguments, as a JSON string
        tool_calls (list[Any] | None):
        turn_latency (TurnLatency | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _role: str | NotGiven
    _content: None | str | NotGiven
    _function_name: None | str | NotGiven
    _interrupted: bool | None | NotGiven
    _function_args: None | str | NotGiven
    _tool_calls: list[Any] | NotGiven
    _turn_latency: None | TurnLatency | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "role",
        "content",
        "function_name",
        "interrupted",
        "function_args",
        "tool_calls",
        "turn_latency",
    )

    def __init__(
        self,
        role: str | NotGiven = UNSET,
        content: None | str | NotGiven = UNSET,
        function_name: None | str | NotGiven = UNSET,
        interrupted: bool | None | NotGiven = UNSET,
        function_args: None | str | NotGiven = UNSET,
        tool_calls: list[Any] | NotGiven = UNSET,
        turn_latency: None | TurnLatency | NotGiven = UNSET,
    ) -> None:
        self._role = role
        self._content = content
        self._function_name = function_name
        self._interrupted = interrupted
        self._function_args = function_args
        self._tool_calls = tool_calls
        self._turn_latency = turn_latency
        self.additional_properties = {}

    @property
    def role(self) -> str | None:
        return None if isinstance(self._role, Unset) else self._role

    @role.setter
    def role(self, value: str | NotGiven) -> None:
        self._role = value

    @property
    def content(self) -> str | None:
        return None if isinstance(self._content, Unset) else self._content

    @content.setter
    def content(self, value: None | str | NotGiven) -> None:
        self._content = value

    @property
    def function_name(self) -> str | None:
        return None if isinstance(self._function_name, Unset) else self._function_name

    @function_name.setter
    def function_name(self, value: None | str | NotGiven) -> None:
        self._function_name = value

    @property
    def interrupted(self) -> bool | None:
        return None if isinstance(self._interrupted, Unset) else self._interrupted

    @interrupted.setter
    def interrupted(self, value: bool | None | NotGiven) -> None:
        self._interrupted = value

    @property
    def function_args(self) -> str | None:
        """The function's arguments, as a JSON string"""
        return None if isinstance(self._function_args, Unset) else self._function_args

    @function_args.setter
    def function_args(self, value: None | str | NotGiven) -> None:
        self._function_args = value

    @property
    def tool_calls(self) -> list[Any] | None:
        return None if isinstance(self._tool_calls, Unset) else self._tool_calls

    @tool_calls.setter
    def tool_calls(self, value: list[Any] | NotGiven) -> None:
        self._tool_calls = value

    @property
    def turn_latency(self) -> TurnLatency | None:
        return None if isinstance(self._turn_latency, Unset) else self._turn_latency

    @turn_latency.setter
    def turn_latency(self, value: None | TurnLatency | NotGiven) -> None:
        self._turn_latency = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        from ..models.turn_latency import TurnLatency  # noqa: PLC0415

        role = self._role

        content: None | str | Unset
        if isinstance(self._content, Unset):
            content = UNSET
        else:
            content = self._content

        function_name: None | str | Unset
        if isinstance(self._function_name, Unset):
            function_name = UNSET
        else:
            function_name = self._function_name

        interrupted: bool | None | Unset
        if isinstance(self._interrupted, Unset):
            interrupted = UNSET
        else:
            interrupted = self._interrupted

        function_args: None | str | Unset
        if isinstance(self._function_args, Unset):
            function_args = UNSET
        else:
            function_args = self._function_args

        tool_calls: list[Any] | Unset = UNSET
        if not isinstance(self._tool_calls, Unset):
            tool_calls = self._tool_calls

        turn_latency: dict[str, Any] | None | Unset
        if isinstance(self._turn_latency, Unset):
            turn_latency = UNSET
        elif isinstance(self._turn_latency, TurnLatency):
            turn_latency = self._turn_latency.to_dict()
        else:
            turn_latency = self._turn_latency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if function_args is not UNSET:
            field_dict["function_args"] = function_args
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if turn_latency is not UNSET:
            field_dict["turn_latency"] = turn_latency

        return field_dict

    @classmethod
    def from_dict(
        cls: type[T],
        src_dict: Mapping[str, Any],
        _check: _Check | None = None,
        _at: Any = None,
    ) -> T:
        """Make a model of a JSON object (fields the spec does not know go to ``additional_properties``).

        Under ``_check`` (an answer), each value is checked against the spec as it is read.
        """
        _root: Any = cls.__name__ if _at is None else _at
        _here: list[Any]
        if _check is not None and not isinstance(src_dict, dict):
            _not_object(_check, _root, src_dict)
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_function_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        function_name = _parse_function_name(d.pop("function_name", UNSET))

        def _parse_interrupted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        interrupted = _parse_interrupted(d.pop("interrupted", UNSET))

        def _parse_function_args(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        function_args = _parse_function_args(d.pop("function_args", UNSET))

        _here = [_root, "tool_calls"]
        tool_calls: list[Any] | Unset = d.pop("tool_calls", UNSET)

        _here = [_root, "turn_latency"]

        def _parse_turn_latency(data: object) -> None | TurnLatency | Unset:
            _mismatch: _ResponseMismatch | None = None
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_latency_type_1 = TurnLatency.from_dict(data, _check, _here)

                return turn_latency_type_1
            except _ResponseMismatch as _error:
                _mismatch = _mismatch or _error
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if _mismatch is not None:
                raise _mismatch
            return cast(None | TurnLatency | Unset, data)

        turn_latency = _parse_turn_latency(d.pop("turn_latency", UNSET))

        transcript_entry = cls(
            role=role,
            content=content,
            function_name=function_name,
            interrupted=interrupted,
            function_args=function_args,
            tool_calls=tool_calls,
            turn_latency=turn_latency,
        )

        transcript_entry.additional_properties = d
        if _check is not None:
            _checked(transcript_entry, _check, _root, d)
        return transcript_entry

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the spec does not document."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# the models from_dict reads, imported once this class exists (models may refer to each other), not on every call
from ..models.turn_latency import TurnLatency  # noqa: E402
