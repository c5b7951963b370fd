from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.analysis_mode import AnalysisMode, check_analysis_mode
from ..models.batch_model_name import BatchModelName, check_batch_model_name
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_defaults import BatchDefaults
    from ..models.batch_item_request import BatchItemRequest


T = TypeVar("T", bound="CreateAnalyzeBatchRequest")


@_attrs_define
class CreateAnalyzeBatchRequest:
    model_name: BatchModelName
    analysis_mode: AnalysisMode
    """ `general`: prompt-based text; `time_based_metadata`: segments described by `segment_definitions`. """
    requests: list[BatchItemRequest]
    """ 1 to 1,000 requests; their `custom_id` values (where given) are unique. """
    defaults: BatchDefaults | Unset = UNSET
    """ Values for every request that does not set them; a request's `prompt` or `response_format` replaces the
    default whole. """

    def to_dict(self) -> dict[str, Any]:
        model_name: str = self.model_name

        analysis_mode: str = self.analysis_mode

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_name": model_name,
                "analysis_mode": analysis_mode,
                "requests": requests,
            }
        )
        if defaults is not UNSET:
            field_dict["defaults"] = defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_defaults import BatchDefaults  # noqa: PLC0415
        from ..models.batch_item_request import BatchItemRequest  # noqa: PLC0415

        d = dict(src_dict)
        model_name = check_batch_model_name(d.pop("model_name"))

        analysis_mode = check_analysis_mode(d.pop("analysis_mode"))

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = BatchItemRequest.from_dict(requests_item_data)

            requests.append(requests_item)

        _defaults = d.pop("defaults", UNSET)
        defaults: BatchDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = BatchDefaults.from_dict(_defaults)

        create_analyze_batch_request = cls(
            model_name=model_name,
            analysis_mode=analysis_mode,
            requests=requests,
            defaults=defaults,
        )

        return create_analyze_batch_request
