from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_warning import AnalysisWarning


T = TypeVar("T", bound="ImportedFile")


@_attrs_define
class ImportedFile:
    file_id: str
    name: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    status: str | Unset = UNSET
    """ `imported`, `pending` or `failed`. """
    asset_id: str | Unset = UNSET
    """ The asset the file became. """
    error: AnalysisWarning | Unset = UNSET
    """ A warning or error about a generation (for example truncation); the message is not a contract. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        name = self.name

        mime_type = self.mime_type

        status = self.status

        asset_id = self.asset_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if status is not UNSET:
            field_dict["status"] = status
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_warning import AnalysisWarning  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("file_id")

        name = d.pop("name", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        status = d.pop("status", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        _error = d.pop("error", UNSET)
        error: AnalysisWarning | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AnalysisWarning.from_dict(_error)

        imported_file = cls(
            file_id=file_id,
            name=name,
            mime_type=mime_type,
            status=status,
            asset_id=asset_id,
            error=error,
        )

        imported_file.additional_properties = d
        return imported_file

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
