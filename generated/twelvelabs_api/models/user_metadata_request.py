from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="UserMetadataRequest")


@_attrs_define
class UserMetadataRequest:
    user_metadata: Metadata
    """ Your own key-value pairs; a value is a string, number, boolean or list of strings. """

    def to_dict(self) -> dict[str, Any]:
        user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_metadata": user_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        user_metadata = Metadata.from_dict(d.pop("user_metadata"))

        user_metadata_request = cls(
            user_metadata=user_metadata,
        )

        return user_metadata_request
