from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from puretalk_client._validate import Check as _Check
from puretalk_client._validate import checked as _checked
from puretalk_client._validate import not_object as _not_object

from ..types import UNSET, NotGiven, Unset
from ..types import BaseModel as _BaseModel

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities


T = TypeVar("T", bound="PhoneNumberDetails")


@_attrs_define(init=False, repr=False)
class PhoneNumberDetails(_BaseModel):
    """
    Attributes:
        postal_code (str | None):  Example: 94105.
        capabilities (PhoneNumberCapabilities | None):
        locality (str | None):  Example: San Francisco.
        region (str | None):  Example: CA.
        iso_country (str | None):  Example: US.

    A field the server did not send reads as None, like a null one: ``model_fields_set`` holds the fields that were sent.
    """

    _postal_code: None | str | NotGiven
    _capabilities: PhoneNumberCapabilities | NotGiven
    _locality: None | str | NotGiven
    _region: None | str | NotGiven
    _iso_country: None | str | NotGiven
    additional_properties: dict[str, Any]
    __match_args__ = (
        "postal_code",
        "capabilities",
        "locality",
        "region",
        "iso_country",
    )

    def __init__(
        self,
        postal_code: None | str | NotGiven = UNSET,
        capabilities: PhoneNumberCapabilities | NotGiven = UNSET,
        locality: None | str | NotGiven = UNSET,
        region: None | str | NotGiven = UNSET,
        iso_country: None | str | NotGiven = UNSET,
    ) -> None:
        self._postal_code = postal_code
        self._capabilities = capabilities
        self._locality = locality
        self._region = region
        self._iso_country = iso_country
        self.additional_properties = {}

    @property
    def postal_code(self) -> str | None:
        return None if isinstance(self._postal_code, Unset) else self._postal_code

    @postal_code.setter
    def postal_code(self, value: None | str | NotGiven) -> None:
        self._postal_code = value

    @property
    def capabilities(self) -> PhoneNumberCapabilities | None:
        return None if isinstance(self._capabilities, Unset) else self._capabilities

    @capabilities.setter
    def capabilities(self, value: PhoneNumberCapabilities | NotGiven) -> None:
        self._capabilities = value

    @property
    def locality(self) -> str | None:
        return None if isinstance(self._locality, Unset) else self._locality

    @locality.setter
    def locality(self, value: None | str | NotGiven) -> None:
        self._locality = value

    @property
    def region(self) -> str | None:
        return None if isinstance(self._region, Unset) else self._region

    @region.setter
    def region(self, value: None | str | NotGiven) -> None:
        self._region = value

    @property
    def iso_country(self) -> str | None:
        return None if isinstance(self._iso_country, Unset) else self._iso_country

    @iso_country.setter
    def iso_country(self, value: None | str | NotGiven) -> None:
        self._iso_country = value

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object of this model (absent fields left out)."""
        postal_code: None | str | Unset
        if isinstance(self._postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self._postal_code

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self._capabilities, Unset):
            capabilities = self._capabilities.to_dict()

        locality: None | str | Unset
        if isinstance(self._locality, Unset):
            locality = UNSET
        else:
            locality = self._locality

        region: None | str | Unset
        if isinstance(self._region, Unset):
            region = UNSET
        else:
            region = self._region

        iso_country: None | str | Unset
        if isinstance(self._iso_country, Unset):
            iso_country = UNSET
        else:
            iso_country = self._iso_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if locality is not UNSET:
            field_dict["locality"] = locality
        if region is not UNSET:
            field_dict["region"] = region
        if iso_country is not UNSET:
            field_dict["iso_country"] = iso_country

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

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal_code", UNSET))

        _here = [_root, "capabilities"]
        _capabilities = d.pop("capabilities", UNSET)
        capabilities: PhoneNumberCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = PhoneNumberCapabilities.from_dict(
                _capabilities, _check, _here
            )

        def _parse_locality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locality = _parse_locality(d.pop("locality", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_iso_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_country = _parse_iso_country(d.pop("iso_country", UNSET))

        phone_number_details = cls(
            postal_code=postal_code,
            capabilities=capabilities,
            locality=locality,
            region=region,
            iso_country=iso_country,
        )

        phone_number_details.additional_properties = d
        if _check is not None:
            _checked(phone_number_details, _check, _root, d)
        return phone_number_details

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
from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
