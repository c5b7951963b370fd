"""Request and response types, under the names the official package's documentation uses."""

from twelvelabs_api.models import (
    AnalyzeImageInput,
    AnalyzePromptV2,
    AnalyzeTask,
    AnalyzeTaskResult,
    Asset,
    AsyncResponseFormat,
    CancelAnalyzeTaskResponse,
    CreateAnalyzeTaskResponse,
    Gist,
    NonStreamAnalyzeResponse,
    SegmentDefinition,
    SegmentField,
    SmeMediaSource,
    StreamEndEvent,
    StreamEndMetadata,
    StreamStartEvent,
    StreamStartMetadata,
    SummarizeChapter,
    SummarizeChapterResult,
    SummarizeHighlight,
    SummarizeHighlightResult,
    SummarizeSummaryResult,
    SyncResponseFormat,
    TextGenerationEvent,
    TokenUsage,
    VideoContextAssetId,
    VideoContextBase64String,
    VideoContextUrl,
)

from ._streaming import UnknownStreamEvent

VideoContext_Url = VideoContextUrl
VideoContext_AssetId = VideoContextAssetId
VideoContext_Base64String = VideoContextBase64String
VideoContext = VideoContextUrl | VideoContextAssetId | VideoContextBase64String
ResponseFormat = SyncResponseFormat
AnalyzeTaskResponse = AnalyzeTask
StreamAnalyzeResponse_StreamStart = StreamStartEvent
StreamAnalyzeResponse_TextGeneration = TextGenerationEvent
StreamAnalyzeResponse_StreamEnd = StreamEndEvent
StreamAnalyzeResponse = StreamStartEvent | TextGenerationEvent | StreamEndEvent | UnknownStreamEvent
SummarizeResponse_Summary = SummarizeSummaryResult
SummarizeResponse_Chapter = SummarizeChapterResult
SummarizeResponse_Highlight = SummarizeHighlightResult
SummarizeResponse = SummarizeSummaryResult | SummarizeChapterResult | SummarizeHighlightResult
SummarizeChapterResultChaptersItem = SummarizeChapter
SummarizeHighlightResultHighlightsItem = SummarizeHighlight

__all__ = [
    "AnalyzeImageInput", "AnalyzePromptV2", "AnalyzeTask", "AnalyzeTaskResponse", "AnalyzeTaskResult", "Asset",
    "AsyncResponseFormat", "CancelAnalyzeTaskResponse", "CreateAnalyzeTaskResponse", "Gist",
    "NonStreamAnalyzeResponse", "ResponseFormat", "SegmentDefinition", "SegmentField", "SmeMediaSource",
    "StreamAnalyzeResponse", "StreamAnalyzeResponse_StreamEnd", "StreamAnalyzeResponse_StreamStart",
    "StreamAnalyzeResponse_TextGeneration", "StreamEndEvent", "StreamEndMetadata", "StreamStartEvent",
    "StreamStartMetadata", "SummarizeChapter", "SummarizeChapterResult", "SummarizeChapterResultChaptersItem",
    "SummarizeHighlight", "SummarizeHighlightResult", "SummarizeHighlightResultHighlightsItem",
    "SummarizeResponse", "SummarizeResponse_Chapter", "SummarizeResponse_Highlight", "SummarizeResponse_Summary",
    "SummarizeSummaryResult", "SyncResponseFormat", "TextGenerationEvent", "TokenUsage", "UnknownStreamEvent",
    "VideoContext", "VideoContextAssetId", "VideoContextBase64String", "VideoContextUrl", "VideoContext_AssetId",
    "VideoContext_Base64String", "VideoContext_Url",
]  # fmt: skip
