"""Contains all the data models used in inputs/outputs; each loads on first use"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analysis_mode import AnalysisMode
    from .analysis_warning import AnalysisWarning
    from .analyze_image_input import AnalyzeImageInput
    from .analyze_model_name import AnalyzeModelName
    from .analyze_prompt_v2 import AnalyzePromptV2
    from .analyze_request import AnalyzeRequest
    from .analyze_task import AnalyzeTask
    from .analyze_task_list import AnalyzeTaskList
    from .analyze_task_result import AnalyzeTaskResult
    from .analyze_task_status import AnalyzeTaskStatus
    from .analyze_task_video_source import AnalyzeTaskVideoSource
    from .asset import Asset
    from .asset_list import AssetList
    from .asset_method import AssetMethod
    from .asset_status import AssetStatus
    from .async_model_name import AsyncModelName
    from .async_response_format import AsyncResponseFormat
    from .async_response_format_json_schema import AsyncResponseFormatJsonSchema
    from .async_response_format_segment_time_format import (
        AsyncResponseFormatSegmentTimeFormat,
    )
    from .async_response_format_type import AsyncResponseFormatType
    from .cancel_analyze_task_response import CancelAnalyzeTaskResponse
    from .create_analyze_task_request import CreateAnalyzeTaskRequest
    from .create_analyze_task_response import CreateAnalyzeTaskResponse
    from .create_asset_request import CreateAssetRequest
    from .create_index_request import CreateIndexRequest
    from .create_index_request_addons_item import CreateIndexRequestAddonsItem
    from .create_index_response import CreateIndexResponse
    from .create_indexed_asset_request import CreateIndexedAssetRequest
    from .create_indexed_asset_request_user_metadata import (
        CreateIndexedAssetRequestUserMetadata,
    )
    from .create_indexed_asset_response import CreateIndexedAssetResponse
    from .create_indexing_task_request import CreateIndexingTaskRequest
    from .create_indexing_task_response import CreateIndexingTaskResponse
    from .error_response import ErrorResponse
    from .finish_reason import FinishReason
    from .gist import Gist
    from .gist_request import GistRequest
    from .gist_type import GistType
    from .index import Index
    from .index_list import IndexList
    from .index_model import IndexModel
    from .index_model_info import IndexModelInfo
    from .index_model_model_name import IndexModelModelName
    from .index_model_model_options_item import IndexModelModelOptionsItem
    from .indexed_asset import IndexedAsset
    from .indexed_asset_list import IndexedAssetList
    from .indexed_asset_status import IndexedAssetStatus
    from .indexed_asset_user_metadata import IndexedAssetUserMetadata
    from .indexing_task import IndexingTask
    from .indexing_task_list import IndexingTaskList
    from .indexing_task_status import IndexingTaskStatus
    from .list_indexed_assets_sort_by import ListIndexedAssetsSortBy
    from .list_indexed_assets_sort_option import ListIndexedAssetsSortOption
    from .list_indexes_model_family import ListIndexesModelFamily
    from .list_indexes_sort_by import ListIndexesSortBy
    from .list_indexes_sort_option import ListIndexesSortOption
    from .list_tasks_sort_by import ListTasksSortBy
    from .list_tasks_sort_option import ListTasksSortOption
    from .non_stream_analyze_response import NonStreamAnalyzeResponse
    from .page_info import PageInfo
    from .segment_definition import SegmentDefinition
    from .segment_field import SegmentField
    from .segment_field_items import SegmentFieldItems
    from .segment_field_items_type import SegmentFieldItemsType
    from .segment_field_type import SegmentFieldType
    from .sme_media_source import SmeMediaSource
    from .stream_end_event import StreamEndEvent
    from .stream_end_metadata import StreamEndMetadata
    from .stream_start_event import StreamStartEvent
    from .stream_start_metadata import StreamStartMetadata
    from .summarize_chapter import SummarizeChapter
    from .summarize_chapter_result import SummarizeChapterResult
    from .summarize_highlight import SummarizeHighlight
    from .summarize_highlight_result import SummarizeHighlightResult
    from .summarize_request import SummarizeRequest
    from .summarize_summary_result import SummarizeSummaryResult
    from .summarize_type import SummarizeType
    from .sync_response_format import SyncResponseFormat
    from .sync_response_format_json_schema import SyncResponseFormatJsonSchema
    from .text_generation_event import TextGenerationEvent
    from .time_range import TimeRange
    from .token_usage import TokenUsage
    from .unlimited_tokens import UnlimitedTokens
    from .update_index_request import UpdateIndexRequest
    from .video_context_asset_id import VideoContextAssetId
    from .video_context_base_64_string import VideoContextBase64String
    from .video_context_url import VideoContextUrl
    from .video_system_metadata import VideoSystemMetadata

_MODULES = {
    "AnalysisMode": ".analysis_mode",
    "AnalysisWarning": ".analysis_warning",
    "AnalyzeImageInput": ".analyze_image_input",
    "AnalyzeModelName": ".analyze_model_name",
    "AnalyzePromptV2": ".analyze_prompt_v2",
    "AnalyzeRequest": ".analyze_request",
    "AnalyzeTask": ".analyze_task",
    "AnalyzeTaskList": ".analyze_task_list",
    "AnalyzeTaskResult": ".analyze_task_result",
    "AnalyzeTaskStatus": ".analyze_task_status",
    "AnalyzeTaskVideoSource": ".analyze_task_video_source",
    "Asset": ".asset",
    "AssetList": ".asset_list",
    "AssetMethod": ".asset_method",
    "AssetStatus": ".asset_status",
    "AsyncModelName": ".async_model_name",
    "AsyncResponseFormat": ".async_response_format",
    "AsyncResponseFormatJsonSchema": ".async_response_format_json_schema",
    "AsyncResponseFormatSegmentTimeFormat": ".async_response_format_segment_time_format",
    "AsyncResponseFormatType": ".async_response_format_type",
    "CancelAnalyzeTaskResponse": ".cancel_analyze_task_response",
    "CreateAnalyzeTaskRequest": ".create_analyze_task_request",
    "CreateAnalyzeTaskResponse": ".create_analyze_task_response",
    "CreateAssetRequest": ".create_asset_request",
    "CreateIndexRequest": ".create_index_request",
    "CreateIndexRequestAddonsItem": ".create_index_request_addons_item",
    "CreateIndexResponse": ".create_index_response",
    "CreateIndexedAssetRequest": ".create_indexed_asset_request",
    "CreateIndexedAssetRequestUserMetadata": ".create_indexed_asset_request_user_metadata",
    "CreateIndexedAssetResponse": ".create_indexed_asset_response",
    "CreateIndexingTaskRequest": ".create_indexing_task_request",
    "CreateIndexingTaskResponse": ".create_indexing_task_response",
    "ErrorResponse": ".error_response",
    "FinishReason": ".finish_reason",
    "Gist": ".gist",
    "GistRequest": ".gist_request",
    "GistType": ".gist_type",
    "Index": ".index",
    "IndexList": ".index_list",
    "IndexModel": ".index_model",
    "IndexModelInfo": ".index_model_info",
    "IndexModelModelName": ".index_model_model_name",
    "IndexModelModelOptionsItem": ".index_model_model_options_item",
    "IndexedAsset": ".indexed_asset",
    "IndexedAssetList": ".indexed_asset_list",
    "IndexedAssetStatus": ".indexed_asset_status",
    "IndexedAssetUserMetadata": ".indexed_asset_user_metadata",
    "IndexingTask": ".indexing_task",
    "IndexingTaskList": ".indexing_task_list",
    "IndexingTaskStatus": ".indexing_task_status",
    "ListIndexedAssetsSortBy": ".list_indexed_assets_sort_by",
    "ListIndexedAssetsSortOption": ".list_indexed_assets_sort_option",
    "ListIndexesModelFamily": ".list_indexes_model_family",
    "ListIndexesSortBy": ".list_indexes_sort_by",
    "ListIndexesSortOption": ".list_indexes_sort_option",
    "ListTasksSortBy": ".list_tasks_sort_by",
    "ListTasksSortOption": ".list_tasks_sort_option",
    "NonStreamAnalyzeResponse": ".non_stream_analyze_response",
    "PageInfo": ".page_info",
    "SegmentDefinition": ".segment_definition",
    "SegmentField": ".segment_field",
    "SegmentFieldItems": ".segment_field_items",
    "SegmentFieldItemsType": ".segment_field_items_type",
    "SegmentFieldType": ".segment_field_type",
    "SmeMediaSource": ".sme_media_source",
    "StreamEndEvent": ".stream_end_event",
    "StreamEndMetadata": ".stream_end_metadata",
    "StreamStartEvent": ".stream_start_event",
    "StreamStartMetadata": ".stream_start_metadata",
    "SummarizeChapter": ".summarize_chapter",
    "SummarizeChapterResult": ".summarize_chapter_result",
    "SummarizeHighlight": ".summarize_highlight",
    "SummarizeHighlightResult": ".summarize_highlight_result",
    "SummarizeRequest": ".summarize_request",
    "SummarizeSummaryResult": ".summarize_summary_result",
    "SummarizeType": ".summarize_type",
    "SyncResponseFormat": ".sync_response_format",
    "SyncResponseFormatJsonSchema": ".sync_response_format_json_schema",
    "TextGenerationEvent": ".text_generation_event",
    "TimeRange": ".time_range",
    "TokenUsage": ".token_usage",
    "UnlimitedTokens": ".unlimited_tokens",
    "UpdateIndexRequest": ".update_index_request",
    "VideoContextAssetId": ".video_context_asset_id",
    "VideoContextBase64String": ".video_context_base_64_string",
    "VideoContextUrl": ".video_context_url",
    "VideoSystemMetadata": ".video_system_metadata",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AnalysisMode",
    "AnalysisWarning",
    "AnalyzeImageInput",
    "AnalyzeModelName",
    "AnalyzePromptV2",
    "AnalyzeRequest",
    "AnalyzeTask",
    "AnalyzeTaskList",
    "AnalyzeTaskResult",
    "AnalyzeTaskStatus",
    "AnalyzeTaskVideoSource",
    "Asset",
    "AssetList",
    "AssetMethod",
    "AssetStatus",
    "AsyncModelName",
    "AsyncResponseFormat",
    "AsyncResponseFormatJsonSchema",
    "AsyncResponseFormatSegmentTimeFormat",
    "AsyncResponseFormatType",
    "CancelAnalyzeTaskResponse",
    "CreateAnalyzeTaskRequest",
    "CreateAnalyzeTaskResponse",
    "CreateAssetRequest",
    "CreateIndexedAssetRequest",
    "CreateIndexedAssetRequestUserMetadata",
    "CreateIndexedAssetResponse",
    "CreateIndexingTaskRequest",
    "CreateIndexingTaskResponse",
    "CreateIndexRequest",
    "CreateIndexRequestAddonsItem",
    "CreateIndexResponse",
    "ErrorResponse",
    "FinishReason",
    "Gist",
    "GistRequest",
    "GistType",
    "Index",
    "IndexedAsset",
    "IndexedAssetList",
    "IndexedAssetStatus",
    "IndexedAssetUserMetadata",
    "IndexingTask",
    "IndexingTaskList",
    "IndexingTaskStatus",
    "IndexList",
    "IndexModel",
    "IndexModelInfo",
    "IndexModelModelName",
    "IndexModelModelOptionsItem",
    "ListIndexedAssetsSortBy",
    "ListIndexedAssetsSortOption",
    "ListIndexesModelFamily",
    "ListIndexesSortBy",
    "ListIndexesSortOption",
    "ListTasksSortBy",
    "ListTasksSortOption",
    "NonStreamAnalyzeResponse",
    "PageInfo",
    "SegmentDefinition",
    "SegmentField",
    "SegmentFieldItems",
    "SegmentFieldItemsType",
    "SegmentFieldType",
    "SmeMediaSource",
    "StreamEndEvent",
    "StreamEndMetadata",
    "StreamStartEvent",
    "StreamStartMetadata",
    "SummarizeChapter",
    "SummarizeChapterResult",
    "SummarizeHighlight",
    "SummarizeHighlightResult",
    "SummarizeRequest",
    "SummarizeSummaryResult",
    "SummarizeType",
    "SyncResponseFormat",
    "SyncResponseFormatJsonSchema",
    "TextGenerationEvent",
    "TimeRange",
    "TokenUsage",
    "UnlimitedTokens",
    "UpdateIndexRequest",
    "VideoContextAssetId",
    "VideoContextBase64String",
    "VideoContextUrl",
    "VideoSystemMetadata",
)
