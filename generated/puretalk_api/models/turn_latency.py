from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TurnLatency")


@_attrs_define
class TurnLatency:
    """
    Attributes:
        latency (float | Unset):
        eou_delay (float | Unset):
        llm_latency (float | Unset):
        tts_latency (float | Unset):
    """

    latency: float | Unset = UNSET
    eou_delay: float | Unset = UNSET
    llm_latency: float | Unset = UNSET
    tts_latency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latency = self.latency

        eou_delay = self.eou_delay

        llm_latency = self.llm_latency

        tts_latency = self.tts_latency

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        return turn_latency

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
