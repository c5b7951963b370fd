from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateRedirectUriRequest")


@_attrs_define
class CreateRedirectUriRequest:
    redirect_uri: str

    def to_dict(self) -> dict[str, Any]:
        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "redirect_uri": redirect_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        redirect_uri = d.pop("redirect_uri")

        create_redirect_uri_request = cls(
            redirect_uri=redirect_uri,
        )

        return create_redirect_uri_request
