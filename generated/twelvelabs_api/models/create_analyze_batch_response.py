from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_status import BatchStatus, check_batch_status

if TYPE_CHECKING:
    from ..models.created_batch_item import CreatedBatchItem


T = TypeVar("T", bound="CreateAnalyzeBatchResponse")


@_attrs_define
class CreateAnalyzeBatchResponse:
    batch_id: str
    status: BatchStatus | str
    total_items: int
    created_at: datetime.datetime
    expires_at: datetime.datetime
    """ 24 hours after `created_at`; unfinished items are then canceled. """
    items: list[CreatedBatchItem]
    """ The analysis task of each request, in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        total_items = self.total_items

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
                "total_items": total_items,
                "created_at": created_at,
                "expires_at": expires_at,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_batch_item import CreatedBatchItem  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_status(data: object) -> BatchStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_batch_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchStatus | str, data)

        status = _parse_status(d.pop("status"))

        total_items = d.pop("total_items")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at").replace("Z", "+00:00"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at").replace("Z", "+00:00"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreatedBatchItem.from_dict(items_item_data)

            items.append(items_item)

        create_analyze_batch_response = cls(
            batch_id=batch_id,
            status=status,
            total_items=total_items,
            created_at=created_at,
            expires_at=expires_at,
            items=items,
        )

        create_analyze_batch_response.additional_properties = d
        return create_analyze_batch_response

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
