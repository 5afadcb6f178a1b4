from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_array as _not_array
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.llm_state import LlmState


T = TypeVar("T", bound="LlmStatesUpsert")


@_attrs_define(init=False, repr=False)
class LlmStatesUpsert(_BaseModel):
    """
    Attributes:
        llm_states (list[LlmState] | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _llm_states: list[LlmState] | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = ("llm_states",)

    def __init__(
        self,
        llm_states: list[LlmState] | NotGiven = UNSET,
    ) -> None:
        self._llm_states = llm_states
        self.additional_properties = {}

    @property
    def llm_states(self) -> list[LlmState] | None:
        return None if isinstance(self._llm_states, Unset) else self._llm_states

    @llm_states.setter
    def llm_states(self, value: list[LlmState] | NotGiven) -> None:
        self._llm_states = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        llm_states: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._llm_states, Unset):
            llm_states = []
            for llm_states_item_data in self._llm_states:
                llm_states_item = llm_states_item_data.to_dict()
                llm_states.append(llm_states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm_states is not UNSET:
            field_dict["llm_states"] = llm_states

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
        _here = [_root, "llm_states"]
        _llm_states = d.pop("llm_states", UNSET)
        llm_states: list[LlmState] | Unset = UNSET
        if _llm_states is not UNSET:
            if _check is not None and not isinstance(_llm_states, list):
                _not_array(_check, _here, _llm_states)
            llm_states = []
            _depth_llm_states = len(_here)
            _here.append(0)
            for _index_llm_states, llm_states_item_data in enumerate(_llm_states):
                _here[_depth_llm_states] = _index_llm_states
                llm_states_item = LlmState.from_dict(
                    llm_states_item_data, _check, _here
                )

                llm_states.append(llm_states_item)
            del _here[_depth_llm_states:]

        llm_states_upsert = cls(
            llm_states=llm_states,
        )

        llm_states_upsert.additional_properties = d
        if _check is not None:
            _checked(llm_states_upsert, _check, _root, d)
        return llm_states_upsert

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
from ..models.llm_state import LlmState  # noqa: E402
