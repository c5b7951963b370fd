from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_provider import ConnectionProvider, check_connection_provider
from ..models.connection_status import ConnectionStatus, check_connection_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_account import ConnectionAccount


T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    id: str
    provider: ConnectionProvider | str
    status: ConnectionStatus | str
    custom_id: str | Unset = UNSET
    account: ConnectionAccount | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    connected_at: datetime.datetime | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider: str
        if isinstance(self.provider, str):
            provider = self.provider
        else:
            provider = self.provider

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        custom_id = self.custom_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        connected_at: str | Unset = UNSET
        if not isinstance(self.connected_at, Unset):
            connected_at = self.connected_at.isoformat()

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "provider": provider,
                "status": status,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if account is not UNSET:
            field_dict["account"] = account
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if connected_at is not UNSET:
            field_dict["connected_at"] = connected_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_account import ConnectionAccount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("_id")

        def _parse_provider(data: object) -> ConnectionProvider | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = check_connection_provider(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionProvider | str, data)

        provider = _parse_provider(d.pop("provider"))

        def _parse_status(data: object) -> ConnectionStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_connection_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionStatus | str, data)

        status = _parse_status(d.pop("status"))

        custom_id = d.pop("custom_id", UNSET)

        _account = d.pop("account", UNSET)
        account: ConnectionAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = ConnectionAccount.from_dict(_account)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        _connected_at = d.pop("connected_at", UNSET)
        connected_at: datetime.datetime | Unset
        if isinstance(_connected_at, Unset):
            connected_at = UNSET
        else:
            connected_at = datetime.datetime.fromisoformat(_connected_at.replace("Z", "+00:00"))

        _last_used_at = d.pop("last_used_at", UNSET)
        last_used_at: datetime.datetime | Unset
        if isinstance(_last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = datetime.datetime.fromisoformat(_last_used_at.replace("Z", "+00:00"))

        connection = cls(
            id=id,
            provider=provider,
            status=status,
            custom_id=custom_id,
            account=account,
            scopes=scopes,
            connected_at=connected_at,
            last_used_at=last_used_at,
        )

        connection.additional_properties = d
        return connection

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
