from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadStatus")


@_attrs_define
class UploadStatus:
    """What `wait_for_upload_completion` returns and shows its callback (the official helper's result):
    the session's status and its chunk counts, read from each status page. Not an API response.

    """

    status: str
    """ The session's status: `active`, then `completed`, `failed` or `expired`. """
    completed_chunks: int
    total_chunks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        completed_chunks = self.completed_chunks

        total_chunks = self.total_chunks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "completed_chunks": completed_chunks,
                "total_chunks": total_chunks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        completed_chunks = d.pop("completed_chunks")

        total_chunks = d.pop("total_chunks")

        upload_status = cls(
            status=status,
            completed_chunks=completed_chunks,
            total_chunks=total_chunks,
        )

        upload_status.additional_properties = d
        return upload_status

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
