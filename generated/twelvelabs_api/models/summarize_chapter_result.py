from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summarize_chapter import SummarizeChapter
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="SummarizeChapterResult")


@_attrs_define
class SummarizeChapterResult:
    summarize_type: Literal["chapter"]
    id: str | Unset = UNSET
    chapters: list[SummarizeChapter] | Unset = UNSET
    usage: TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summarize_type = self.summarize_type

        id = self.id

        chapters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chapters, Unset):
            chapters = []
            for chapters_item_data in self.chapters:
                chapters_item = chapters_item_data.to_dict()
                chapters.append(chapters_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summarize_type": summarize_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if chapters is not UNSET:
            field_dict["chapters"] = chapters
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summarize_chapter import SummarizeChapter  # noqa: PLC0415
        from ..models.token_usage import TokenUsage  # noqa: PLC0415

        d = dict(src_dict)
        summarize_type = cast(Literal["chapter"], d.pop("summarize_type"))
        if summarize_type != "chapter":
            raise ValueError(f"summarize_type must match const 'chapter', got '{summarize_type}'")

        id = d.pop("id", UNSET)

        _chapters = d.pop("chapters", UNSET)
        chapters: list[SummarizeChapter] | Unset = UNSET
        if _chapters is not UNSET:
            chapters = []
            for chapters_item_data in _chapters:
                chapters_item = SummarizeChapter.from_dict(chapters_item_data)

                chapters.append(chapters_item)

        _usage = d.pop("usage", UNSET)
        usage: TokenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = TokenUsage.from_dict(_usage)

        summarize_chapter_result = cls(
            summarize_type=summarize_type,
            id=id,
            chapters=chapters,
            usage=usage,
        )

        summarize_chapter_result.additional_properties = d
        return summarize_chapter_result

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
