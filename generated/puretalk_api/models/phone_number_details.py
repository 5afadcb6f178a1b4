from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities


T = TypeVar("T", bound="PhoneNumberDetails")


@_attrs_define
class PhoneNumberDetails:
    """
    Attributes:
        postal_code (None | str | Unset):  Example: 94105.
        capabilities (PhoneNumberCapabilities | Unset):
        locality (None | str | Unset):  Example: San Francisco.
        region (None | str | Unset):  Example: CA.
        iso_country (None | str | Unset):  Example: US.
    """

    postal_code: None | str | Unset = UNSET
    capabilities: PhoneNumberCapabilities | Unset = UNSET
    locality: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    iso_country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        locality: None | str | Unset
        if isinstance(self.locality, Unset):
            locality = UNSET
        else:
            locality = self.locality

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        iso_country: None | str | Unset
        if isinstance(self.iso_country, Unset):
            iso_country = UNSET
        else:
            iso_country = self.iso_country

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal_code", UNSET))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: PhoneNumberCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = PhoneNumberCapabilities.from_dict(_capabilities)

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
        return phone_number_details

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
