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
    from ..models.campaign import Campaign


T = TypeVar("T", bound="CampaignPage")


@_attrs_define(init=False, repr=False)
class CampaignPage(_BaseModel):
    """
    Attributes:
        count (int | None): Total number of campaigns Example: 100.
        campaigns (list[Campaign] | None):

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _count: int | NotGiven
    _campaigns: list[Campaign] | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "count",
        "campaigns",
    )

    def __init__(
        self,
        count: int | NotGiven = UNSET,
        campaigns: list[Campaign] | NotGiven = UNSET,
    ) -> None:
        self._count = count
        self._campaigns = campaigns
        self.additional_properties = {}

    @property
    def count(self) -> int | None:
        """Total number of campaigns"""
        return None if isinstance(self._count, Unset) else self._count

    @count.setter
    def count(self, value: int | NotGiven) -> None:
        self._count = value

    @property
    def campaigns(self) -> list[Campaign] | None:
        return None if isinstance(self._campaigns, Unset) else self._campaigns

    @campaigns.setter
    def campaigns(self, value: list[Campaign] | NotGiven) -> None:
        self._campaigns = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        count = self._count

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self._campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

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
        count = d.pop("count", UNSET)

        _here = [_root, "campaigns"]
        _campaigns = d.pop("campaigns", UNSET)
        campaigns: list[Campaign] | Unset = UNSET
        if _campaigns is not UNSET:
            if _check is not None and not isinstance(_campaigns, list):
                _not_array(_check, _here, _campaigns)
            campaigns = []
            _depth_campaigns = len(_here)
            _here.append(0)
            for _index_campaigns, campaigns_item_data in enumerate(_campaigns):
                _here[_depth_campaigns] = _index_campaigns
                campaigns_item = Campaign.from_dict(campaigns_item_data, _check, _here)

                campaigns.append(campaigns_item)
            del _here[_depth_campaigns:]

        campaign_page = cls(
            count=count,
            campaigns=campaigns,
        )

        campaign_page.additional_properties = d
        if _check is not None:
            _checked(campaign_page, _check, _root, d)
        return campaign_page

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
from ..models.campaign import Campaign  # noqa: E402
