from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionPickerToken")


@_attrs_define
class ConnectionPickerToken:
    access_token: str
    expires_in: int
    """ Seconds until the token expires. """
    app_id: str | Unset = UNSET
    developer_key: str | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        app_id = self.app_id

        developer_key = self.developer_key

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if developer_key is not UNSET:
            field_dict["developer_key"] = developer_key
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        app_id = d.pop("app_id", UNSET)

        developer_key = d.pop("developer_key", UNSET)

        scope = d.pop("scope", UNSET)

        connection_picker_token = cls(
            access_token=access_token,
            expires_in=expires_in,
            app_id=app_id,
            developer_key=developer_key,
            scope=scope,
        )

        connection_picker_token.additional_properties = d
        return connection_picker_token

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
