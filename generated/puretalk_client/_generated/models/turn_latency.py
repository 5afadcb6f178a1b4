from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

T = TypeVar("T", bound="TurnLatency")


@_attrs_define(init=False, repr=False)
class TurnLatency(_BaseModel):
    """
    Attributes:
        latency (float | None):
        eou_delay (float | None):
        llm_latency (float | None):
        tts_latency (float | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _latency: float | NotGiven
    _eou_delay: float | NotGiven
    _llm_latency: float | NotGiven
    _tts_latency: float | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "latency",
        "eou_delay",
        "llm_latency",
        "tts_latency",
    )

    def __init__(
        self,
        latency: float | NotGiven = UNSET,
        eou_delay: float | NotGiven = UNSET,
        llm_latency: float | NotGiven = UNSET,
        tts_latency: float | NotGiven = UNSET,
    ) -> None:
        self._latency = latency
        self._eou_delay = eou_delay
        self._llm_latency = llm_latency
        self._tts_latency = tts_latency
        self.additional_properties = {}

    @property
    def latency(self) -> float | None:
        return None if isinstance(self._latency, Unset) else self._latency

    @latency.setter
    def latency(self, value: float | NotGiven) -> None:
        self._latency = value

    @property
    def eou_delay(self) -> float | None:
        return None if isinstance(self._eou_delay, Unset) else self._eou_delay

    @eou_delay.setter
    def eou_delay(self, value: float | NotGiven) -> None:
        self._eou_delay = value

    @property
    def llm_latency(self) -> float | None:
        return None if isinstance(self._llm_latency, Unset) else self._llm_latency

    @llm_latency.setter
    def llm_latency(self, value: float | NotGiven) -> None:
        self._llm_latency = value

    @property
    def tts_latency(self) -> float | None:
        return None if isinstance(self._tts_latency, Unset) else self._tts_latency

    @tts_latency.setter
    def tts_latency(self, value: float | NotGiven) -> None:
        self._tts_latency = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        latency = self._latency

        eou_delay = self._eou_delay

        llm_latency = self._llm_latency

        tts_latency = self._tts_latency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latency is not UNSET:
            field_dict["latency"] = latency
        if eou_delay is not UNSET:
            field_dict["eou_delay"] = eou_delay
        if llm_latency is not UNSET:
            field_dict["llm_latency"] = llm_latency
        if tts_latency is not UNSET:
            field_dict["tts_latency"] = tts_latency

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
        latency = d.pop("latency", UNSET)

        eou_delay = d.pop("eou_delay", UNSET)

        llm_latency = d.pop("llm_latency", UNSET)

        tts_latency = d.pop("tts_latency", UNSET)

        turn_latency = cls(
            latency=latency,
            eou_delay=eou_delay,
            llm_latency=llm_latency,
            tts_latency=tts_latency,
        )

        turn_latency.additional_properties = d
        if _check is not None:
            _checked(turn_latency, _check, _root, d)
        return turn_latency

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
