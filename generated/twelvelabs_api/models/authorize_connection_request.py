from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.connection_provider import ConnectionProvider, check_connection_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizeConnectionRequest")


@_attrs_define
class AuthorizeConnectionRequest:
    provider: ConnectionProvider
    redirect_uri: str
    """ One of the registered redirect URIs. """
    custom_id: str | Unset = UNSET
    """ Your own id for the connection (e.g. your user's). """

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        redirect_uri = self.redirect_uri

        custom_id = self.custom_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
                "redirect_uri": redirect_uri,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = check_connection_provider(d.pop("provider"))

        redirect_uri = d.pop("redirect_uri")

        custom_id = d.pop("custom_id", UNSET)

        authorize_connection_request = cls(
            provider=provider,
            redirect_uri=redirect_uri,
            custom_id=custom_id,
        )

        return authorize_connection_request
