"""Contains all the data models used in inputs/outputs; each loads on first use"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_presigned_urls import AdditionalPresignedUrls
    from .analysis_mode import AnalysisMode
    from .analysis_warning import AnalysisWarning
    from .analyze_batch_list import AnalyzeBatchList
    from .analyze_batch_status_response import AnalyzeBatchStatusResponse
    from .analyze_image_input import AnalyzeImageInput
    from .analyze_model_name import AnalyzeModelName
    from .analyze_prompt_v2 import AnalyzePromptV2
    from .analyze_request import AnalyzeRequest
    from .analyze_task import AnalyzeTask
    from .analyze_task_canceled_webhook_data import AnalyzeTaskCanceledWebhookData
    from .analyze_task_canceled_webhook_data_status import (
        AnalyzeTaskCanceledWebhookDataStatus,
    )
    from .analyze_task_canceled_webhook_event import AnalyzeTaskCanceledWebhookEvent
    from .analyze_task_canceled_webhook_event_type import (
        AnalyzeTaskCanceledWebhookEventType,
    )
    from .analyze_task_failed_webhook_data import AnalyzeTaskFailedWebhookData
    from .analyze_task_failed_webhook_data_status import (
        AnalyzeTaskFailedWebhookDataStatus,
    )
    from .analyze_task_failed_webhook_event import AnalyzeTaskFailedWebhookEvent
    from .analyze_task_failed_webhook_event_type import (
        AnalyzeTaskFailedWebhookEventType,
    )
    from .analyze_task_list import AnalyzeTaskList
    from .analyze_task_ready_webhook_data import AnalyzeTaskReadyWebhookData
    from .analyze_task_ready_webhook_data_status import (
        AnalyzeTaskReadyWebhookDataStatus,
    )
    from .analyze_task_ready_webhook_event import AnalyzeTaskReadyWebhookEvent
    from .analyze_task_ready_webhook_event_type import AnalyzeTaskReadyWebhookEventType
    from .analyze_task_request_params import AnalyzeTaskRequestParams
    from .analyze_task_result import AnalyzeTaskResult
    from .analyze_task_status import AnalyzeTaskStatus
    from .analyze_task_video_source import AnalyzeTaskVideoSource
    from .analyze_task_webhook_data_base import AnalyzeTaskWebhookDataBase
    from .analyze_task_webhook_error import AnalyzeTaskWebhookError
    from .analyze_task_webhook_event_base import AnalyzeTaskWebhookEventBase
    from .analyze_task_webhook_info import AnalyzeTaskWebhookInfo
    from .analyze_task_webhook_video_source import AnalyzeTaskWebhookVideoSource
    from .analyze_task_webhook_video_source_system_metadata import (
        AnalyzeTaskWebhookVideoSourceSystemMetadata,
    )
    from .analyze_task_webhook_video_source_type import (
        AnalyzeTaskWebhookVideoSourceType,
    )
    from .asset import Asset
    from .asset_detail import AssetDetail
    from .asset_hls import AssetHls
    from .asset_indexed_asset import AssetIndexedAsset
    from .asset_indexed_asset_list import AssetIndexedAssetList
    from .asset_list import AssetList
    from .asset_method import AssetMethod
    from .asset_source import AssetSource
    from .asset_source_details import AssetSourceDetails
    from .asset_source_details_provider_type_0 import AssetSourceDetailsProviderType0
    from .asset_source_type_type_0 import AssetSourceTypeType0
    from .asset_status import AssetStatus
    from .asset_thumbnail import AssetThumbnail
    from .asset_transcription import AssetTranscription
    from .asset_type import AssetType
    from .async_audio_input_request import AsyncAudioInputRequest
    from .async_audio_input_request_embedding_option_item import (
        AsyncAudioInputRequestEmbeddingOptionItem,
    )
    from .async_audio_input_request_embedding_scope_item import (
        AsyncAudioInputRequestEmbeddingScopeItem,
    )
    from .async_audio_input_request_embedding_type_item import (
        AsyncAudioInputRequestEmbeddingTypeItem,
    )
    from .async_document_input_request import AsyncDocumentInputRequest
    from .async_document_input_request_embedding_option_item import (
        AsyncDocumentInputRequestEmbeddingOptionItem,
    )
    from .async_document_input_request_embedding_scope_item import (
        AsyncDocumentInputRequestEmbeddingScopeItem,
    )
    from .async_document_input_request_embedding_type_item import (
        AsyncDocumentInputRequestEmbeddingTypeItem,
    )
    from .async_image_input_request import AsyncImageInputRequest
    from .async_image_input_request_embedding_option_item import (
        AsyncImageInputRequestEmbeddingOptionItem,
    )
    from .async_image_input_request_embedding_scope_item import (
        AsyncImageInputRequestEmbeddingScopeItem,
    )
    from .async_image_input_request_embedding_type_item import (
        AsyncImageInputRequestEmbeddingTypeItem,
    )
    from .async_model_name import AsyncModelName
    from .async_response_format import AsyncResponseFormat
    from .async_response_format_json_schema import AsyncResponseFormatJsonSchema
    from .async_response_format_segment_time_format import (
        AsyncResponseFormatSegmentTimeFormat,
    )
    from .async_response_format_type import AsyncResponseFormatType
    from .async_temporal_segmentation import AsyncTemporalSegmentation
    from .async_video_input_request import AsyncVideoInputRequest
    from .async_video_input_request_embedding_option_item import (
        AsyncVideoInputRequestEmbeddingOptionItem,
    )
    from .async_video_input_request_embedding_scope_item import (
        AsyncVideoInputRequestEmbeddingScopeItem,
    )
    from .async_video_input_request_embedding_type_item import (
        AsyncVideoInputRequestEmbeddingTypeItem,
    )
    from .audio_embedding_metadata import AudioEmbeddingMetadata
    from .audio_embedding_result import AudioEmbeddingResult
    from .audio_input_request import AudioInputRequest
    from .audio_input_request_embedding_option_item import (
        AudioInputRequestEmbeddingOptionItem,
    )
    from .audio_input_request_embedding_scope_item import (
        AudioInputRequestEmbeddingScopeItem,
    )
    from .audio_input_request_embedding_type_item import (
        AudioInputRequestEmbeddingTypeItem,
    )
    from .audio_segment import AudioSegment
    from .audio_segmentation import AudioSegmentation
    from .audio_segmentation_fixed import AudioSegmentationFixed
    from .audio_segmentation_strategy import AudioSegmentationStrategy
    from .audio_stream import AudioStream
    from .authorize_connection_request import AuthorizeConnectionRequest
    from .authorize_connection_response import AuthorizeConnectionResponse
    from .base_embedding_metadata import BaseEmbeddingMetadata
    from .base_segment import BaseSegment
    from .batch_defaults import BatchDefaults
    from .batch_item_error import BatchItemError
    from .batch_item_request import BatchItemRequest
    from .batch_item_status import BatchItemStatus
    from .batch_model_name import BatchModelName
    from .batch_prompt import BatchPrompt
    from .batch_result_item import BatchResultItem
    from .batch_status import BatchStatus
    from .batch_video_context import BatchVideoContext
    from .cancel_analyze_task_response import CancelAnalyzeTaskResponse
    from .chunk_info import ChunkInfo
    from .chunk_info_status import ChunkInfoStatus
    from .completed_chunk import CompletedChunk
    from .completed_chunk_proof_type import CompletedChunkProofType
    from .connection import Connection
    from .connection_account import ConnectionAccount
    from .connection_list import ConnectionList
    from .connection_picker_token import ConnectionPickerToken
    from .connection_provider import ConnectionProvider
    from .connection_status import ConnectionStatus
    from .create_analyze_batch_request import CreateAnalyzeBatchRequest
    from .create_analyze_batch_response import CreateAnalyzeBatchResponse
    from .create_analyze_task_request import CreateAnalyzeTaskRequest
    from .create_analyze_task_response import CreateAnalyzeTaskResponse
    from .create_asset_request import CreateAssetRequest
    from .create_asset_upload_response import CreateAssetUploadResponse
    from .create_asset_upload_response_upload_headers import (
        CreateAssetUploadResponseUploadHeaders,
    )
    from .create_async_embedding_request import CreateAsyncEmbeddingRequest
    from .create_async_embedding_request_input_type import (
        CreateAsyncEmbeddingRequestInputType,
    )
    from .create_async_embedding_request_model_name import (
        CreateAsyncEmbeddingRequestModelName,
    )
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_task_request import CreateEmbeddingTaskRequest
    from .create_embedding_task_response import CreateEmbeddingTaskResponse
    from .create_embedding_v2_task_response import CreateEmbeddingV2TaskResponse
    from .create_embedding_v2_task_response_metadata import (
        CreateEmbeddingV2TaskResponseMetadata,
    )
    from .create_embeddings_request import CreateEmbeddingsRequest
    from .create_embeddings_request_input_type import CreateEmbeddingsRequestInputType
    from .create_embeddings_request_model_name import CreateEmbeddingsRequestModelName
    from .create_entities_bulk_request import CreateEntitiesBulkRequest
    from .create_entities_bulk_response import CreateEntitiesBulkResponse
    from .create_entity_collection_request import CreateEntityCollectionRequest
    from .create_entity_request import CreateEntityRequest
    from .create_index_request import CreateIndexRequest
    from .create_index_request_addons_item import CreateIndexRequestAddonsItem
    from .create_index_response import CreateIndexResponse
    from .create_indexed_asset_request import CreateIndexedAssetRequest
    from .create_indexed_asset_response import CreateIndexedAssetResponse
    from .create_indexing_task_request import CreateIndexingTaskRequest
    from .create_indexing_task_response import CreateIndexingTaskResponse
    from .create_item_collection_request import CreateItemCollectionRequest
    from .create_knowledge_store_item_request import CreateKnowledgeStoreItemRequest
    from .create_knowledge_store_request import CreateKnowledgeStoreRequest
    from .create_multipart_upload_request import CreateMultipartUploadRequest
    from .create_redirect_uri_request import CreateRedirectUriRequest
    from .created_batch_item import CreatedBatchItem
    from .document_embedding_metadata import DocumentEmbeddingMetadata
    from .document_segmentation import DocumentSegmentation
    from .document_sequential_segmentation import DocumentSequentialSegmentation
    from .document_sequential_segmentation_strategy import (
        DocumentSequentialSegmentationStrategy,
    )
    from .document_spatial_segmentation import DocumentSpatialSegmentation
    from .document_spatial_segmentation_strategy import (
        DocumentSpatialSegmentationStrategy,
    )
    from .embedding_data import EmbeddingData
    from .embedding_data_embedding_option import EmbeddingDataEmbeddingOption
    from .embedding_data_embedding_scope import EmbeddingDataEmbeddingScope
    from .embedding_data_quadrant import EmbeddingDataQuadrant
    from .embedding_media_metadata_audio import EmbeddingMediaMetadataAudio
    from .embedding_media_metadata_image import EmbeddingMediaMetadataImage
    from .embedding_media_metadata_multi_input import EmbeddingMediaMetadataMultiInput
    from .embedding_media_metadata_text_image import EmbeddingMediaMetadataTextImage
    from .embedding_media_metadata_video import EmbeddingMediaMetadataVideo
    from .embedding_model_name import EmbeddingModelName
    from .embedding_response import EmbeddingResponse
    from .embedding_success_response import EmbeddingSuccessResponse
    from .embedding_task import EmbeddingTask
    from .embedding_task_list import EmbeddingTaskList
    from .embedding_task_media_metadata_audio import EmbeddingTaskMediaMetadataAudio
    from .embedding_task_media_metadata_document import (
        EmbeddingTaskMediaMetadataDocument,
    )
    from .embedding_task_media_metadata_image import EmbeddingTaskMediaMetadataImage
    from .embedding_task_media_metadata_video import EmbeddingTaskMediaMetadataVideo
    from .embedding_task_option import EmbeddingTaskOption
    from .embedding_task_response import EmbeddingTaskResponse
    from .embedding_task_response_error import EmbeddingTaskResponseError
    from .embedding_task_scope import EmbeddingTaskScope
    from .embedding_task_status import EmbeddingTaskStatus
    from .embedding_task_status_response import EmbeddingTaskStatusResponse
    from .embedding_task_status_video_embedding import EmbeddingTaskStatusVideoEmbedding
    from .embedding_task_video_embedding import EmbeddingTaskVideoEmbedding
    from .embedding_usage import EmbeddingUsage
    from .embedding_usage_input_tokens import EmbeddingUsageInputTokens
    from .embedding_usage_truncation_reason import EmbeddingUsageTruncationReason
    from .embedding_v2_task_list import EmbeddingV2TaskList
    from .entity import Entity
    from .entity_assets_request import EntityAssetsRequest
    from .entity_bulk_error import EntityBulkError
    from .entity_collection import EntityCollection
    from .entity_collection_list import EntityCollectionList
    from .entity_list import EntityList
    from .entity_metadata import EntityMetadata
    from .entity_status import EntityStatus
    from .error_response import ErrorResponse
    from .finish_reason import FinishReason
    from .get_upload_status_response import GetUploadStatusResponse
    from .gist import Gist
    from .gist_request import GistRequest
    from .gist_type import GistType
    from .image_embedding_metadata import ImageEmbeddingMetadata
    from .image_embedding_result import ImageEmbeddingResult
    from .image_input_request import ImageInputRequest
    from .import_ import Import
    from .import_file_request import ImportFileRequest
    from .import_files_request import ImportFilesRequest
    from .import_files_response import ImportFilesResponse
    from .import_list import ImportList
    from .imported_file import ImportedFile
    from .incomplete_upload_summary import IncompleteUploadSummary
    from .index import Index
    from .index_list import IndexList
    from .index_model import IndexModel
    from .index_model_info import IndexModelInfo
    from .index_model_model_name import IndexModelModelName
    from .index_model_model_options_item import IndexModelModelOptionsItem
    from .index_reference import IndexReference
    from .indexed_asset import IndexedAsset
    from .indexed_asset_detailed import IndexedAssetDetailed
    from .indexed_asset_list import IndexedAssetList
    from .indexed_asset_status import IndexedAssetStatus
    from .indexing_task import IndexingTask
    from .indexing_task_detailed import IndexingTaskDetailed
    from .indexing_task_list import IndexingTaskList
    from .indexing_task_status import IndexingTaskStatus
    from .item_collection import ItemCollection
    from .item_collection_items_request import ItemCollectionItemsRequest
    from .item_collection_list import ItemCollectionList
    from .item_collection_metadata import ItemCollectionMetadata
    from .knowledge_store import KnowledgeStore
    from .knowledge_store_asset_type import KnowledgeStoreAssetType
    from .knowledge_store_ingestion_config import KnowledgeStoreIngestionConfig
    from .knowledge_store_item import KnowledgeStoreItem
    from .knowledge_store_item_list import KnowledgeStoreItemList
    from .knowledge_store_item_metadata import KnowledgeStoreItemMetadata
    from .knowledge_store_item_status import KnowledgeStoreItemStatus
    from .knowledge_store_item_system_metadata import KnowledgeStoreItemSystemMetadata
    from .knowledge_store_list import KnowledgeStoreList
    from .knowledge_store_metadata import KnowledgeStoreMetadata
    from .knowledge_store_search_request import KnowledgeStoreSearchRequest
    from .knowledge_store_search_request_filter import KnowledgeStoreSearchRequestFilter
    from .knowledge_store_search_request_group_by import (
        KnowledgeStoreSearchRequestGroupBy,
    )
    from .knowledge_store_search_request_search_options_item import (
        KnowledgeStoreSearchRequestSearchOptionsItem,
    )
    from .knowledge_store_search_response import KnowledgeStoreSearchResponse
    from .knowledge_store_search_result import KnowledgeStoreSearchResult
    from .knowledge_store_search_result_metadata import (
        KnowledgeStoreSearchResultMetadata,
    )
    from .list_entities_sort_by import ListEntitiesSortBy
    from .list_entities_sort_option import ListEntitiesSortOption
    from .list_entity_collections_sort_by import ListEntityCollectionsSortBy
    from .list_entity_collections_sort_option import ListEntityCollectionsSortOption
    from .list_incomplete_uploads_response import ListIncompleteUploadsResponse
    from .list_indexed_assets_sort_by import ListIndexedAssetsSortBy
    from .list_indexed_assets_sort_option import ListIndexedAssetsSortOption
    from .list_indexes_model_family import ListIndexesModelFamily
    from .list_indexes_sort_by import ListIndexesSortBy
    from .list_indexes_sort_option import ListIndexesSortOption
    from .list_item_collections_sort_by import ListItemCollectionsSortBy
    from .list_item_collections_sort_option import ListItemCollectionsSortOption
    from .list_knowledge_store_items_sort_by import ListKnowledgeStoreItemsSortBy
    from .list_knowledge_store_items_sort_option import (
        ListKnowledgeStoreItemsSortOption,
    )
    from .list_knowledge_stores_sort_by import ListKnowledgeStoresSortBy
    from .list_knowledge_stores_sort_option import ListKnowledgeStoresSortOption
    from .list_tasks_sort_by import ListTasksSortBy
    from .list_tasks_sort_option import ListTasksSortOption
    from .list_videos_sort_by import ListVideosSortBy
    from .list_videos_sort_option import ListVideosSortOption
    from .media_embedding_task import MediaEmbeddingTask
    from .media_embedding_task_audio_embedding import MediaEmbeddingTaskAudioEmbedding
    from .media_embedding_task_document_embedding import (
        MediaEmbeddingTaskDocumentEmbedding,
    )
    from .media_embedding_task_image_embedding import MediaEmbeddingTaskImageEmbedding
    from .media_embedding_task_video_embedding import MediaEmbeddingTaskVideoEmbedding
    from .media_source import MediaSource
    from .media_status import MediaStatus
    from .metadata import Metadata
    from .metadata_filter import MetadataFilter
    from .multi_input_media_source import MultiInputMediaSource
    from .multi_input_media_source_media_type import MultiInputMediaSourceMediaType
    from .multi_input_request import MultiInputRequest
    from .multipart_upload_status_type import MultipartUploadStatusType
    from .multipart_upload_type import MultipartUploadType
    from .non_stream_analyze_response import NonStreamAnalyzeResponse
    from .page_info import PageInfo
    from .presigned_url_chunk import PresignedUrlChunk
    from .presigned_urls_request import PresignedUrlsRequest
    from .range_filter import RangeFilter
    from .redirect_uri import RedirectUri
    from .redirect_uri_list import RedirectUriList
    from .report_chunk_batch_request import ReportChunkBatchRequest
    from .report_chunk_batch_response import ReportChunkBatchResponse
    from .response_annotation import ResponseAnnotation
    from .response_annotation_type_type_0 import ResponseAnnotationTypeType0
    from .response_create_request import ResponseCreateRequest
    from .response_create_request_include_item import ResponseCreateRequestIncludeItem
    from .response_incomplete_details import ResponseIncompleteDetails
    from .response_input_item import ResponseInputItem
    from .response_input_item_role import ResponseInputItemRole
    from .response_input_item_type import ResponseInputItemType
    from .response_object import ResponseObject
    from .response_object_object_type_0 import ResponseObjectObjectType0
    from .response_object_type_type_0 import ResponseObjectTypeType0
    from .response_output_content_part import ResponseOutputContentPart
    from .response_output_content_part_type_type_0 import (
        ResponseOutputContentPartTypeType0,
    )
    from .response_output_item import ResponseOutputItem
    from .response_output_item_phase_type_0 import ResponseOutputItemPhaseType0
    from .response_output_item_role_type_0 import ResponseOutputItemRoleType0
    from .response_output_item_type_type_0 import ResponseOutputItemTypeType0
    from .response_selection import ResponseSelection
    from .response_selection_kind import ResponseSelectionKind
    from .response_status import ResponseStatus
    from .response_stream_content_part_added_event import (
        ResponseStreamContentPartAddedEvent,
    )
    from .response_stream_content_part_done_event import (
        ResponseStreamContentPartDoneEvent,
    )
    from .response_stream_func_call_args_done_event import (
        ResponseStreamFuncCallArgsDoneEvent,
    )
    from .response_stream_keep_alive_event import ResponseStreamKeepAliveEvent
    from .response_stream_output_item_added_event import (
        ResponseStreamOutputItemAddedEvent,
    )
    from .response_stream_output_item_done_event import (
        ResponseStreamOutputItemDoneEvent,
    )
    from .response_stream_output_text_delta_event import (
        ResponseStreamOutputTextDeltaEvent,
    )
    from .response_stream_output_text_done_event import (
        ResponseStreamOutputTextDoneEvent,
    )
    from .response_stream_response_event import ResponseStreamResponseEvent
    from .response_stream_response_event_type import ResponseStreamResponseEventType
    from .response_usage import ResponseUsage
    from .retrieve_asset_transcription_include_item import (
        RetrieveAssetTranscriptionIncludeItem,
    )
    from .retrieve_indexed_asset_embedding_option_item import (
        RetrieveIndexedAssetEmbeddingOptionItem,
    )
    from .retrieve_video_embedding_option_item import RetrieveVideoEmbeddingOptionItem
    from .search_clip import SearchClip
    from .search_clip_user_metadata import SearchClipUserMetadata
    from .search_item import SearchItem
    from .search_item_user_metadata import SearchItemUserMetadata
    from .search_option import SearchOption
    from .search_page_info import SearchPageInfo
    from .search_pool import SearchPool
    from .search_request import SearchRequest
    from .search_request_group_by import SearchRequestGroupBy
    from .search_request_operator import SearchRequestOperator
    from .search_request_query_media_type import SearchRequestQueryMediaType
    from .search_request_transcription_options_item import (
        SearchRequestTranscriptionOptionsItem,
    )
    from .search_results import SearchResults
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
    from .technical_metadata import TechnicalMetadata
    from .temporal_segmentation_dynamic import TemporalSegmentationDynamic
    from .temporal_segmentation_dynamic_dynamic import (
        TemporalSegmentationDynamicDynamic,
    )
    from .temporal_segmentation_fixed import TemporalSegmentationFixed
    from .temporal_segmentation_fixed_fixed import TemporalSegmentationFixedFixed
    from .text_embedding_result import TextEmbeddingResult
    from .text_generation_event import TextGenerationEvent
    from .text_image_input_request import TextImageInputRequest
    from .text_input_request import TextInputRequest
    from .text_param import TextParam
    from .text_param_format_json_schema import TextParamFormatJsonSchema
    from .text_param_format_json_schema_schema import TextParamFormatJsonSchemaSchema
    from .text_param_format_text import TextParamFormatText
    from .time_based_metadata_entry import TimeBasedMetadataEntry
    from .time_range import TimeRange
    from .token_usage import TokenUsage
    from .transcription_segment import TranscriptionSegment
    from .transcription_sentence import TranscriptionSentence
    from .transcription_status import TranscriptionStatus
    from .transcription_utterance import TranscriptionUtterance
    from .transcription_word import TranscriptionWord
    from .unlimited_tokens import UnlimitedTokens
    from .update_entity_collection_request import UpdateEntityCollectionRequest
    from .update_entity_request import UpdateEntityRequest
    from .update_index_request import UpdateIndexRequest
    from .update_item_collection_request import UpdateItemCollectionRequest
    from .update_knowledge_store_request import UpdateKnowledgeStoreRequest
    from .upload_status import UploadStatus
    from .user_metadata_request import UserMetadataRequest
    from .video import Video
    from .video_context_asset_id import VideoContextAssetId
    from .video_context_base_64_string import VideoContextBase64String
    from .video_context_url import VideoContextUrl
    from .video_embedding import VideoEmbedding
    from .video_embedding_metadata import VideoEmbeddingMetadata
    from .video_embedding_segment import VideoEmbeddingSegment
    from .video_embedding_video_embedding import VideoEmbeddingVideoEmbedding
    from .video_hls import VideoHls
    from .video_input_request import VideoInputRequest
    from .video_input_request_embedding_option_item import (
        VideoInputRequestEmbeddingOptionItem,
    )
    from .video_input_request_embedding_scope_item import (
        VideoInputRequestEmbeddingScopeItem,
    )
    from .video_input_request_embedding_type_item import (
        VideoInputRequestEmbeddingTypeItem,
    )
    from .video_list import VideoList
    from .video_segmentation_dynamic import VideoSegmentationDynamic
    from .video_segmentation_dynamic_dynamic import VideoSegmentationDynamicDynamic
    from .video_segmentation_fixed import VideoSegmentationFixed
    from .video_segmentation_fixed_fixed import VideoSegmentationFixedFixed
    from .video_stream import VideoStream
    from .video_system_metadata import VideoSystemMetadata

_MODULES = {
    "AdditionalPresignedUrls": ".additional_presigned_urls",
    "AnalysisMode": ".analysis_mode",
    "AnalysisWarning": ".analysis_warning",
    "AnalyzeBatchList": ".analyze_batch_list",
    "AnalyzeBatchStatusResponse": ".analyze_batch_status_response",
    "AnalyzeImageInput": ".analyze_image_input",
    "AnalyzeModelName": ".analyze_model_name",
    "AnalyzePromptV2": ".analyze_prompt_v2",
    "AnalyzeRequest": ".analyze_request",
    "AnalyzeTask": ".analyze_task",
    "AnalyzeTaskCanceledWebhookData": ".analyze_task_canceled_webhook_data",
    "AnalyzeTaskCanceledWebhookDataStatus": ".analyze_task_canceled_webhook_data_status",
    "AnalyzeTaskCanceledWebhookEvent": ".analyze_task_canceled_webhook_event",
    "AnalyzeTaskCanceledWebhookEventType": ".analyze_task_canceled_webhook_event_type",
    "AnalyzeTaskFailedWebhookData": ".analyze_task_failed_webhook_data",
    "AnalyzeTaskFailedWebhookDataStatus": ".analyze_task_failed_webhook_data_status",
    "AnalyzeTaskFailedWebhookEvent": ".analyze_task_failed_webhook_event",
    "AnalyzeTaskFailedWebhookEventType": ".analyze_task_failed_webhook_event_type",
    "AnalyzeTaskList": ".analyze_task_list",
    "AnalyzeTaskReadyWebhookData": ".analyze_task_ready_webhook_data",
    "AnalyzeTaskReadyWebhookDataStatus": ".analyze_task_ready_webhook_data_status",
    "AnalyzeTaskReadyWebhookEvent": ".analyze_task_ready_webhook_event",
    "AnalyzeTaskReadyWebhookEventType": ".analyze_task_ready_webhook_event_type",
    "AnalyzeTaskRequestParams": ".analyze_task_request_params",
    "AnalyzeTaskResult": ".analyze_task_result",
    "AnalyzeTaskStatus": ".analyze_task_status",
    "AnalyzeTaskVideoSource": ".analyze_task_video_source",
    "AnalyzeTaskWebhookDataBase": ".analyze_task_webhook_data_base",
    "AnalyzeTaskWebhookError": ".analyze_task_webhook_error",
    "AnalyzeTaskWebhookEventBase": ".analyze_task_webhook_event_base",
    "AnalyzeTaskWebhookInfo": ".analyze_task_webhook_info",
    "AnalyzeTaskWebhookVideoSource": ".analyze_task_webhook_video_source",
    "AnalyzeTaskWebhookVideoSourceSystemMetadata": ".analyze_task_webhook_video_source_system_metadata",
    "AnalyzeTaskWebhookVideoSourceType": ".analyze_task_webhook_video_source_type",
    "Asset": ".asset",
    "AssetDetail": ".asset_detail",
    "AssetHls": ".asset_hls",
    "AssetIndexedAsset": ".asset_indexed_asset",
    "AssetIndexedAssetList": ".asset_indexed_asset_list",
    "AssetList": ".asset_list",
    "AssetMethod": ".asset_method",
    "AssetSource": ".asset_source",
    "AssetSourceDetails": ".asset_source_details",
    "AssetSourceDetailsProviderType0": ".asset_source_details_provider_type_0",
    "AssetSourceTypeType0": ".asset_source_type_type_0",
    "AssetStatus": ".asset_status",
    "AssetThumbnail": ".asset_thumbnail",
    "AssetTranscription": ".asset_transcription",
    "AssetType": ".asset_type",
    "AsyncAudioInputRequest": ".async_audio_input_request",
    "AsyncAudioInputRequestEmbeddingOptionItem": ".async_audio_input_request_embedding_option_item",
    "AsyncAudioInputRequestEmbeddingScopeItem": ".async_audio_input_request_embedding_scope_item",
    "AsyncAudioInputRequestEmbeddingTypeItem": ".async_audio_input_request_embedding_type_item",
    "AsyncDocumentInputRequest": ".async_document_input_request",
    "AsyncDocumentInputRequestEmbeddingOptionItem": ".async_document_input_request_embedding_option_item",
    "AsyncDocumentInputRequestEmbeddingScopeItem": ".async_document_input_request_embedding_scope_item",
    "AsyncDocumentInputRequestEmbeddingTypeItem": ".async_document_input_request_embedding_type_item",
    "AsyncImageInputRequest": ".async_image_input_request",
    "AsyncImageInputRequestEmbeddingOptionItem": ".async_image_input_request_embedding_option_item",
    "AsyncImageInputRequestEmbeddingScopeItem": ".async_image_input_request_embedding_scope_item",
    "AsyncImageInputRequestEmbeddingTypeItem": ".async_image_input_request_embedding_type_item",
    "AsyncModelName": ".async_model_name",
    "AsyncResponseFormat": ".async_response_format",
    "AsyncResponseFormatJsonSchema": ".async_response_format_json_schema",
    "AsyncResponseFormatSegmentTimeFormat": ".async_response_format_segment_time_format",
    "AsyncResponseFormatType": ".async_response_format_type",
    "AsyncTemporalSegmentation": ".async_temporal_segmentation",
    "AsyncVideoInputRequest": ".async_video_input_request",
    "AsyncVideoInputRequestEmbeddingOptionItem": ".async_video_input_request_embedding_option_item",
    "AsyncVideoInputRequestEmbeddingScopeItem": ".async_video_input_request_embedding_scope_item",
    "AsyncVideoInputRequestEmbeddingTypeItem": ".async_video_input_request_embedding_type_item",
    "AudioEmbeddingMetadata": ".audio_embedding_metadata",
    "AudioEmbeddingResult": ".audio_embedding_result",
    "AudioInputRequest": ".audio_input_request",
    "AudioInputRequestEmbeddingOptionItem": ".audio_input_request_embedding_option_item",
    "AudioInputRequestEmbeddingScopeItem": ".audio_input_request_embedding_scope_item",
    "AudioInputRequestEmbeddingTypeItem": ".audio_input_request_embedding_type_item",
    "AudioSegment": ".audio_segment",
    "AudioSegmentation": ".audio_segmentation",
    "AudioSegmentationFixed": ".audio_segmentation_fixed",
    "AudioSegmentationStrategy": ".audio_segmentation_strategy",
    "AudioStream": ".audio_stream",
    "AuthorizeConnectionRequest": ".authorize_connection_request",
    "AuthorizeConnectionResponse": ".authorize_connection_response",
    "BaseEmbeddingMetadata": ".base_embedding_metadata",
    "BaseSegment": ".base_segment",
    "BatchDefaults": ".batch_defaults",
    "BatchItemError": ".batch_item_error",
    "BatchItemRequest": ".batch_item_request",
    "BatchItemStatus": ".batch_item_status",
    "BatchModelName": ".batch_model_name",
    "BatchPrompt": ".batch_prompt",
    "BatchResultItem": ".batch_result_item",
    "BatchStatus": ".batch_status",
    "BatchVideoContext": ".batch_video_context",
    "CancelAnalyzeTaskResponse": ".cancel_analyze_task_response",
    "ChunkInfo": ".chunk_info",
    "ChunkInfoStatus": ".chunk_info_status",
    "CompletedChunk": ".completed_chunk",
    "CompletedChunkProofType": ".completed_chunk_proof_type",
    "Connection": ".connection",
    "ConnectionAccount": ".connection_account",
    "ConnectionList": ".connection_list",
    "ConnectionPickerToken": ".connection_picker_token",
    "ConnectionProvider": ".connection_provider",
    "ConnectionStatus": ".connection_status",
    "CreateAnalyzeBatchRequest": ".create_analyze_batch_request",
    "CreateAnalyzeBatchResponse": ".create_analyze_batch_response",
    "CreateAnalyzeTaskRequest": ".create_analyze_task_request",
    "CreateAnalyzeTaskResponse": ".create_analyze_task_response",
    "CreateAssetRequest": ".create_asset_request",
    "CreateAssetUploadResponse": ".create_asset_upload_response",
    "CreateAssetUploadResponseUploadHeaders": ".create_asset_upload_response_upload_headers",
    "CreateAsyncEmbeddingRequest": ".create_async_embedding_request",
    "CreateAsyncEmbeddingRequestInputType": ".create_async_embedding_request_input_type",
    "CreateAsyncEmbeddingRequestModelName": ".create_async_embedding_request_model_name",
    "CreateEmbeddingRequest": ".create_embedding_request",
    "CreateEmbeddingTaskRequest": ".create_embedding_task_request",
    "CreateEmbeddingTaskResponse": ".create_embedding_task_response",
    "CreateEmbeddingV2TaskResponse": ".create_embedding_v2_task_response",
    "CreateEmbeddingV2TaskResponseMetadata": ".create_embedding_v2_task_response_metadata",
    "CreateEmbeddingsRequest": ".create_embeddings_request",
    "CreateEmbeddingsRequestInputType": ".create_embeddings_request_input_type",
    "CreateEmbeddingsRequestModelName": ".create_embeddings_request_model_name",
    "CreateEntitiesBulkRequest": ".create_entities_bulk_request",
    "CreateEntitiesBulkResponse": ".create_entities_bulk_response",
    "CreateEntityCollectionRequest": ".create_entity_collection_request",
    "CreateEntityRequest": ".create_entity_request",
    "CreateIndexRequest": ".create_index_request",
    "CreateIndexRequestAddonsItem": ".create_index_request_addons_item",
    "CreateIndexResponse": ".create_index_response",
    "CreateIndexedAssetRequest": ".create_indexed_asset_request",
    "CreateIndexedAssetResponse": ".create_indexed_asset_response",
    "CreateIndexingTaskRequest": ".create_indexing_task_request",
    "CreateIndexingTaskResponse": ".create_indexing_task_response",
    "CreateItemCollectionRequest": ".create_item_collection_request",
    "CreateKnowledgeStoreItemRequest": ".create_knowledge_store_item_request",
    "CreateKnowledgeStoreRequest": ".create_knowledge_store_request",
    "CreateMultipartUploadRequest": ".create_multipart_upload_request",
    "CreateRedirectUriRequest": ".create_redirect_uri_request",
    "CreatedBatchItem": ".created_batch_item",
    "DocumentEmbeddingMetadata": ".document_embedding_metadata",
    "DocumentSegmentation": ".document_segmentation",
    "DocumentSequentialSegmentation": ".document_sequential_segmentation",
    "DocumentSequentialSegmentationStrategy": ".document_sequential_segmentation_strategy",
    "DocumentSpatialSegmentation": ".document_spatial_segmentation",
    "DocumentSpatialSegmentationStrategy": ".document_spatial_segmentation_strategy",
    "EmbeddingData": ".embedding_data",
    "EmbeddingDataEmbeddingOption": ".embedding_data_embedding_option",
    "EmbeddingDataEmbeddingScope": ".embedding_data_embedding_scope",
    "EmbeddingDataQuadrant": ".embedding_data_quadrant",
    "EmbeddingMediaMetadataAudio": ".embedding_media_metadata_audio",
    "EmbeddingMediaMetadataImage": ".embedding_media_metadata_image",
    "EmbeddingMediaMetadataMultiInput": ".embedding_media_metadata_multi_input",
    "EmbeddingMediaMetadataTextImage": ".embedding_media_metadata_text_image",
    "EmbeddingMediaMetadataVideo": ".embedding_media_metadata_video",
    "EmbeddingModelName": ".embedding_model_name",
    "EmbeddingResponse": ".embedding_response",
    "EmbeddingSuccessResponse": ".embedding_success_response",
    "EmbeddingTask": ".embedding_task",
    "EmbeddingTaskList": ".embedding_task_list",
    "EmbeddingTaskMediaMetadataAudio": ".embedding_task_media_metadata_audio",
    "EmbeddingTaskMediaMetadataDocument": ".embedding_task_media_metadata_document",
    "EmbeddingTaskMediaMetadataImage": ".embedding_task_media_metadata_image",
    "EmbeddingTaskMediaMetadataVideo": ".embedding_task_media_metadata_video",
    "EmbeddingTaskOption": ".embedding_task_option",
    "EmbeddingTaskResponse": ".embedding_task_response",
    "EmbeddingTaskResponseError": ".embedding_task_response_error",
    "EmbeddingTaskScope": ".embedding_task_scope",
    "EmbeddingTaskStatus": ".embedding_task_status",
    "EmbeddingTaskStatusResponse": ".embedding_task_status_response",
    "EmbeddingTaskStatusVideoEmbedding": ".embedding_task_status_video_embedding",
    "EmbeddingTaskVideoEmbedding": ".embedding_task_video_embedding",
    "EmbeddingUsage": ".embedding_usage",
    "EmbeddingUsageInputTokens": ".embedding_usage_input_tokens",
    "EmbeddingUsageTruncationReason": ".embedding_usage_truncation_reason",
    "EmbeddingV2TaskList": ".embedding_v2_task_list",
    "Entity": ".entity",
    "EntityAssetsRequest": ".entity_assets_request",
    "EntityBulkError": ".entity_bulk_error",
    "EntityCollection": ".entity_collection",
    "EntityCollectionList": ".entity_collection_list",
    "EntityList": ".entity_list",
    "EntityMetadata": ".entity_metadata",
    "EntityStatus": ".entity_status",
    "ErrorResponse": ".error_response",
    "FinishReason": ".finish_reason",
    "GetUploadStatusResponse": ".get_upload_status_response",
    "Gist": ".gist",
    "GistRequest": ".gist_request",
    "GistType": ".gist_type",
    "ImageEmbeddingMetadata": ".image_embedding_metadata",
    "ImageEmbeddingResult": ".image_embedding_result",
    "ImageInputRequest": ".image_input_request",
    "Import": ".import_",
    "ImportFileRequest": ".import_file_request",
    "ImportFilesRequest": ".import_files_request",
    "ImportFilesResponse": ".import_files_response",
    "ImportList": ".import_list",
    "ImportedFile": ".imported_file",
    "IncompleteUploadSummary": ".incomplete_upload_summary",
    "Index": ".index",
    "IndexList": ".index_list",
    "IndexModel": ".index_model",
    "IndexModelInfo": ".index_model_info",
    "IndexModelModelName": ".index_model_model_name",
    "IndexModelModelOptionsItem": ".index_model_model_options_item",
    "IndexReference": ".index_reference",
    "IndexedAsset": ".indexed_asset",
    "IndexedAssetDetailed": ".indexed_asset_detailed",
    "IndexedAssetList": ".indexed_asset_list",
    "IndexedAssetStatus": ".indexed_asset_status",
    "IndexingTask": ".indexing_task",
    "IndexingTaskDetailed": ".indexing_task_detailed",
    "IndexingTaskList": ".indexing_task_list",
    "IndexingTaskStatus": ".indexing_task_status",
    "ItemCollection": ".item_collection",
    "ItemCollectionItemsRequest": ".item_collection_items_request",
    "ItemCollectionList": ".item_collection_list",
    "ItemCollectionMetadata": ".item_collection_metadata",
    "KnowledgeStore": ".knowledge_store",
    "KnowledgeStoreAssetType": ".knowledge_store_asset_type",
    "KnowledgeStoreIngestionConfig": ".knowledge_store_ingestion_config",
    "KnowledgeStoreItem": ".knowledge_store_item",
    "KnowledgeStoreItemList": ".knowledge_store_item_list",
    "KnowledgeStoreItemMetadata": ".knowledge_store_item_metadata",
    "KnowledgeStoreItemStatus": ".knowledge_store_item_status",
    "KnowledgeStoreItemSystemMetadata": ".knowledge_store_item_system_metadata",
    "KnowledgeStoreList": ".knowledge_store_list",
    "KnowledgeStoreMetadata": ".knowledge_store_metadata",
    "KnowledgeStoreSearchRequest": ".knowledge_store_search_request",
    "KnowledgeStoreSearchRequestFilter": ".knowledge_store_search_request_filter",
    "KnowledgeStoreSearchRequestGroupBy": ".knowledge_store_search_request_group_by",
    "KnowledgeStoreSearchRequestSearchOptionsItem": ".knowledge_store_search_request_search_options_item",
    "KnowledgeStoreSearchResponse": ".knowledge_store_search_response",
    "KnowledgeStoreSearchResult": ".knowledge_store_search_result",
    "KnowledgeStoreSearchResultMetadata": ".knowledge_store_search_result_metadata",
    "ListEntitiesSortBy": ".list_entities_sort_by",
    "ListEntitiesSortOption": ".list_entities_sort_option",
    "ListEntityCollectionsSortBy": ".list_entity_collections_sort_by",
    "ListEntityCollectionsSortOption": ".list_entity_collections_sort_option",
    "ListIncompleteUploadsResponse": ".list_incomplete_uploads_response",
    "ListIndexedAssetsSortBy": ".list_indexed_assets_sort_by",
    "ListIndexedAssetsSortOption": ".list_indexed_assets_sort_option",
    "ListIndexesModelFamily": ".list_indexes_model_family",
    "ListIndexesSortBy": ".list_indexes_sort_by",
    "ListIndexesSortOption": ".list_indexes_sort_option",
    "ListItemCollectionsSortBy": ".list_item_collections_sort_by",
    "ListItemCollectionsSortOption": ".list_item_collections_sort_option",
    "ListKnowledgeStoreItemsSortBy": ".list_knowledge_store_items_sort_by",
    "ListKnowledgeStoreItemsSortOption": ".list_knowledge_store_items_sort_option",
    "ListKnowledgeStoresSortBy": ".list_knowledge_stores_sort_by",
    "ListKnowledgeStoresSortOption": ".list_knowledge_stores_sort_option",
    "ListTasksSortBy": ".list_tasks_sort_by",
    "ListTasksSortOption": ".list_tasks_sort_option",
    "ListVideosSortBy": ".list_videos_sort_by",
    "ListVideosSortOption": ".list_videos_sort_option",
    "MediaEmbeddingTask": ".media_embedding_task",
    "MediaEmbeddingTaskAudioEmbedding": ".media_embedding_task_audio_embedding",
    "MediaEmbeddingTaskDocumentEmbedding": ".media_embedding_task_document_embedding",
    "MediaEmbeddingTaskImageEmbedding": ".media_embedding_task_image_embedding",
    "MediaEmbeddingTaskVideoEmbedding": ".media_embedding_task_video_embedding",
    "MediaSource": ".media_source",
    "MediaStatus": ".media_status",
    "Metadata": ".metadata",
    "MetadataFilter": ".metadata_filter",
    "MultiInputMediaSource": ".multi_input_media_source",
    "MultiInputMediaSourceMediaType": ".multi_input_media_source_media_type",
    "MultiInputRequest": ".multi_input_request",
    "MultipartUploadStatusType": ".multipart_upload_status_type",
    "MultipartUploadType": ".multipart_upload_type",
    "NonStreamAnalyzeResponse": ".non_stream_analyze_response",
    "PageInfo": ".page_info",
    "PresignedUrlChunk": ".presigned_url_chunk",
    "PresignedUrlsRequest": ".presigned_urls_request",
    "RangeFilter": ".range_filter",
    "RedirectUri": ".redirect_uri",
    "RedirectUriList": ".redirect_uri_list",
    "ReportChunkBatchRequest": ".report_chunk_batch_request",
    "ReportChunkBatchResponse": ".report_chunk_batch_response",
    "ResponseAnnotation": ".response_annotation",
    "ResponseAnnotationTypeType0": ".response_annotation_type_type_0",
    "ResponseCreateRequest": ".response_create_request",
    "ResponseCreateRequestIncludeItem": ".response_create_request_include_item",
    "ResponseIncompleteDetails": ".response_incomplete_details",
    "ResponseInputItem": ".response_input_item",
    "ResponseInputItemRole": ".response_input_item_role",
    "ResponseInputItemType": ".response_input_item_type",
    "ResponseObject": ".response_object",
    "ResponseObjectObjectType0": ".response_object_object_type_0",
    "ResponseObjectTypeType0": ".response_object_type_type_0",
    "ResponseOutputContentPart": ".response_output_content_part",
    "ResponseOutputContentPartTypeType0": ".response_output_content_part_type_type_0",
    "ResponseOutputItem": ".response_output_item",
    "ResponseOutputItemPhaseType0": ".response_output_item_phase_type_0",
    "ResponseOutputItemRoleType0": ".response_output_item_role_type_0",
    "ResponseOutputItemTypeType0": ".response_output_item_type_type_0",
    "ResponseSelection": ".response_selection",
    "ResponseSelectionKind": ".response_selection_kind",
    "ResponseStatus": ".response_status",
    "ResponseStreamContentPartAddedEvent": ".response_stream_content_part_added_event",
    "ResponseStreamContentPartDoneEvent": ".response_stream_content_part_done_event",
    "ResponseStreamFuncCallArgsDoneEvent": ".response_stream_func_call_args_done_event",
    "ResponseStreamKeepAliveEvent": ".response_stream_keep_alive_event",
    "ResponseStreamOutputItemAddedEvent": ".response_stream_output_item_added_event",
    "ResponseStreamOutputItemDoneEvent": ".response_stream_output_item_done_event",
    "ResponseStreamOutputTextDeltaEvent": ".response_stream_output_text_delta_event",
    "ResponseStreamOutputTextDoneEvent": ".response_stream_output_text_done_event",
    "ResponseStreamResponseEvent": ".response_stream_response_event",
    "ResponseStreamResponseEventType": ".response_stream_response_event_type",
    "ResponseUsage": ".response_usage",
    "RetrieveAssetTranscriptionIncludeItem": ".retrieve_asset_transcription_include_item",
    "RetrieveIndexedAssetEmbeddingOptionItem": ".retrieve_indexed_asset_embedding_option_item",
    "RetrieveVideoEmbeddingOptionItem": ".retrieve_video_embedding_option_item",
    "SearchClip": ".search_clip",
    "SearchClipUserMetadata": ".search_clip_user_metadata",
    "SearchItem": ".search_item",
    "SearchItemUserMetadata": ".search_item_user_metadata",
    "SearchOption": ".search_option",
    "SearchPageInfo": ".search_page_info",
    "SearchPool": ".search_pool",
    "SearchRequest": ".search_request",
    "SearchRequestGroupBy": ".search_request_group_by",
    "SearchRequestOperator": ".search_request_operator",
    "SearchRequestQueryMediaType": ".search_request_query_media_type",
    "SearchRequestTranscriptionOptionsItem": ".search_request_transcription_options_item",
    "SearchResults": ".search_results",
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
    "TechnicalMetadata": ".technical_metadata",
    "TemporalSegmentationDynamic": ".temporal_segmentation_dynamic",
    "TemporalSegmentationDynamicDynamic": ".temporal_segmentation_dynamic_dynamic",
    "TemporalSegmentationFixed": ".temporal_segmentation_fixed",
    "TemporalSegmentationFixedFixed": ".temporal_segmentation_fixed_fixed",
    "TextEmbeddingResult": ".text_embedding_result",
    "TextGenerationEvent": ".text_generation_event",
    "TextImageInputRequest": ".text_image_input_request",
    "TextInputRequest": ".text_input_request",
    "TextParam": ".text_param",
    "TextParamFormatJsonSchema": ".text_param_format_json_schema",
    "TextParamFormatJsonSchemaSchema": ".text_param_format_json_schema_schema",
    "TextParamFormatText": ".text_param_format_text",
    "TimeBasedMetadataEntry": ".time_based_metadata_entry",
    "TimeRange": ".time_range",
    "TokenUsage": ".token_usage",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionSentence": ".transcription_sentence",
    "TranscriptionStatus": ".transcription_status",
    "TranscriptionUtterance": ".transcription_utterance",
    "TranscriptionWord": ".transcription_word",
    "UnlimitedTokens": ".unlimited_tokens",
    "UpdateEntityCollectionRequest": ".update_entity_collection_request",
    "UpdateEntityRequest": ".update_entity_request",
    "UpdateIndexRequest": ".update_index_request",
    "UpdateItemCollectionRequest": ".update_item_collection_request",
    "UpdateKnowledgeStoreRequest": ".update_knowledge_store_request",
    "UploadStatus": ".upload_status",
    "UserMetadataRequest": ".user_metadata_request",
    "Video": ".video",
    "VideoContextAssetId": ".video_context_asset_id",
    "VideoContextBase64String": ".video_context_base_64_string",
    "VideoContextUrl": ".video_context_url",
    "VideoEmbedding": ".video_embedding",
    "VideoEmbeddingMetadata": ".video_embedding_metadata",
    "VideoEmbeddingSegment": ".video_embedding_segment",
    "VideoEmbeddingVideoEmbedding": ".video_embedding_video_embedding",
    "VideoHls": ".video_hls",
    "VideoInputRequest": ".video_input_request",
    "VideoInputRequestEmbeddingOptionItem": ".video_input_request_embedding_option_item",
    "VideoInputRequestEmbeddingScopeItem": ".video_input_request_embedding_scope_item",
    "VideoInputRequestEmbeddingTypeItem": ".video_input_request_embedding_type_item",
    "VideoList": ".video_list",
    "VideoSegmentationDynamic": ".video_segmentation_dynamic",
    "VideoSegmentationDynamicDynamic": ".video_segmentation_dynamic_dynamic",
    "VideoSegmentationFixed": ".video_segmentation_fixed",
    "VideoSegmentationFixedFixed": ".video_segmentation_fixed_fixed",
    "VideoStream": ".video_stream",
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
    "AdditionalPresignedUrls",
    "AnalysisMode",
    "AnalysisWarning",
    "AnalyzeBatchList",
    "AnalyzeBatchStatusResponse",
    "AnalyzeImageInput",
    "AnalyzeModelName",
    "AnalyzePromptV2",
    "AnalyzeRequest",
    "AnalyzeTask",
    "AnalyzeTaskCanceledWebhookData",
    "AnalyzeTaskCanceledWebhookDataStatus",
    "AnalyzeTaskCanceledWebhookEvent",
    "AnalyzeTaskCanceledWebhookEventType",
    "AnalyzeTaskFailedWebhookData",
    "AnalyzeTaskFailedWebhookDataStatus",
    "AnalyzeTaskFailedWebhookEvent",
    "AnalyzeTaskFailedWebhookEventType",
    "AnalyzeTaskList",
    "AnalyzeTaskReadyWebhookData",
    "AnalyzeTaskReadyWebhookDataStatus",
    "AnalyzeTaskReadyWebhookEvent",
    "AnalyzeTaskReadyWebhookEventType",
    "AnalyzeTaskRequestParams",
    "AnalyzeTaskResult",
    "AnalyzeTaskStatus",
    "AnalyzeTaskVideoSource",
    "AnalyzeTaskWebhookDataBase",
    "AnalyzeTaskWebhookError",
    "AnalyzeTaskWebhookEventBase",
    "AnalyzeTaskWebhookInfo",
    "AnalyzeTaskWebhookVideoSource",
    "AnalyzeTaskWebhookVideoSourceSystemMetadata",
    "AnalyzeTaskWebhookVideoSourceType",
    "Asset",
    "AssetDetail",
    "AssetHls",
    "AssetIndexedAsset",
    "AssetIndexedAssetList",
    "AssetList",
    "AssetMethod",
    "AssetSource",
    "AssetSourceDetails",
    "AssetSourceDetailsProviderType0",
    "AssetSourceTypeType0",
    "AssetStatus",
    "AssetThumbnail",
    "AssetTranscription",
    "AssetType",
    "AsyncAudioInputRequest",
    "AsyncAudioInputRequestEmbeddingOptionItem",
    "AsyncAudioInputRequestEmbeddingScopeItem",
    "AsyncAudioInputRequestEmbeddingTypeItem",
    "AsyncDocumentInputRequest",
    "AsyncDocumentInputRequestEmbeddingOptionItem",
    "AsyncDocumentInputRequestEmbeddingScopeItem",
    "AsyncDocumentInputRequestEmbeddingTypeItem",
    "AsyncImageInputRequest",
    "AsyncImageInputRequestEmbeddingOptionItem",
    "AsyncImageInputRequestEmbeddingScopeItem",
    "AsyncImageInputRequestEmbeddingTypeItem",
    "AsyncModelName",
    "AsyncResponseFormat",
    "AsyncResponseFormatJsonSchema",
    "AsyncResponseFormatSegmentTimeFormat",
    "AsyncResponseFormatType",
    "AsyncTemporalSegmentation",
    "AsyncVideoInputRequest",
    "AsyncVideoInputRequestEmbeddingOptionItem",
    "AsyncVideoInputRequestEmbeddingScopeItem",
    "AsyncVideoInputRequestEmbeddingTypeItem",
    "AudioEmbeddingMetadata",
    "AudioEmbeddingResult",
    "AudioInputRequest",
    "AudioInputRequestEmbeddingOptionItem",
    "AudioInputRequestEmbeddingScopeItem",
    "AudioInputRequestEmbeddingTypeItem",
    "AudioSegment",
    "AudioSegmentation",
    "AudioSegmentationFixed",
    "AudioSegmentationStrategy",
    "AudioStream",
    "AuthorizeConnectionRequest",
    "AuthorizeConnectionResponse",
    "BaseEmbeddingMetadata",
    "BaseSegment",
    "BatchDefaults",
    "BatchItemError",
    "BatchItemRequest",
    "BatchItemStatus",
    "BatchModelName",
    "BatchPrompt",
    "BatchResultItem",
    "BatchStatus",
    "BatchVideoContext",
    "CancelAnalyzeTaskResponse",
    "ChunkInfo",
    "ChunkInfoStatus",
    "CompletedChunk",
    "CompletedChunkProofType",
    "Connection",
    "ConnectionAccount",
    "ConnectionList",
    "ConnectionPickerToken",
    "ConnectionProvider",
    "ConnectionStatus",
    "CreateAnalyzeBatchRequest",
    "CreateAnalyzeBatchResponse",
    "CreateAnalyzeTaskRequest",
    "CreateAnalyzeTaskResponse",
    "CreateAssetRequest",
    "CreateAssetUploadResponse",
    "CreateAssetUploadResponseUploadHeaders",
    "CreateAsyncEmbeddingRequest",
    "CreateAsyncEmbeddingRequestInputType",
    "CreateAsyncEmbeddingRequestModelName",
    "CreatedBatchItem",
    "CreateEmbeddingRequest",
    "CreateEmbeddingsRequest",
    "CreateEmbeddingsRequestInputType",
    "CreateEmbeddingsRequestModelName",
    "CreateEmbeddingTaskRequest",
    "CreateEmbeddingTaskResponse",
    "CreateEmbeddingV2TaskResponse",
    "CreateEmbeddingV2TaskResponseMetadata",
    "CreateEntitiesBulkRequest",
    "CreateEntitiesBulkResponse",
    "CreateEntityCollectionRequest",
    "CreateEntityRequest",
    "CreateIndexedAssetRequest",
    "CreateIndexedAssetResponse",
    "CreateIndexingTaskRequest",
    "CreateIndexingTaskResponse",
    "CreateIndexRequest",
    "CreateIndexRequestAddonsItem",
    "CreateIndexResponse",
    "CreateItemCollectionRequest",
    "CreateKnowledgeStoreItemRequest",
    "CreateKnowledgeStoreRequest",
    "CreateMultipartUploadRequest",
    "CreateRedirectUriRequest",
    "DocumentEmbeddingMetadata",
    "DocumentSegmentation",
    "DocumentSequentialSegmentation",
    "DocumentSequentialSegmentationStrategy",
    "DocumentSpatialSegmentation",
    "DocumentSpatialSegmentationStrategy",
    "EmbeddingData",
    "EmbeddingDataEmbeddingOption",
    "EmbeddingDataEmbeddingScope",
    "EmbeddingDataQuadrant",
    "EmbeddingMediaMetadataAudio",
    "EmbeddingMediaMetadataImage",
    "EmbeddingMediaMetadataMultiInput",
    "EmbeddingMediaMetadataTextImage",
    "EmbeddingMediaMetadataVideo",
    "EmbeddingModelName",
    "EmbeddingResponse",
    "EmbeddingSuccessResponse",
    "EmbeddingTask",
    "EmbeddingTaskList",
    "EmbeddingTaskMediaMetadataAudio",
    "EmbeddingTaskMediaMetadataDocument",
    "EmbeddingTaskMediaMetadataImage",
    "EmbeddingTaskMediaMetadataVideo",
    "EmbeddingTaskOption",
    "EmbeddingTaskResponse",
    "EmbeddingTaskResponseError",
    "EmbeddingTaskScope",
    "EmbeddingTaskStatus",
    "EmbeddingTaskStatusResponse",
    "EmbeddingTaskStatusVideoEmbedding",
    "EmbeddingTaskVideoEmbedding",
    "EmbeddingUsage",
    "EmbeddingUsageInputTokens",
    "EmbeddingUsageTruncationReason",
    "EmbeddingV2TaskList",
    "Entity",
    "EntityAssetsRequest",
    "EntityBulkError",
    "EntityCollection",
    "EntityCollectionList",
    "EntityList",
    "EntityMetadata",
    "EntityStatus",
    "ErrorResponse",
    "FinishReason",
    "GetUploadStatusResponse",
    "Gist",
    "GistRequest",
    "GistType",
    "ImageEmbeddingMetadata",
    "ImageEmbeddingResult",
    "ImageInputRequest",
    "Import",
    "ImportedFile",
    "ImportFileRequest",
    "ImportFilesRequest",
    "ImportFilesResponse",
    "ImportList",
    "IncompleteUploadSummary",
    "Index",
    "IndexedAsset",
    "IndexedAssetDetailed",
    "IndexedAssetList",
    "IndexedAssetStatus",
    "IndexingTask",
    "IndexingTaskDetailed",
    "IndexingTaskList",
    "IndexingTaskStatus",
    "IndexList",
    "IndexModel",
    "IndexModelInfo",
    "IndexModelModelName",
    "IndexModelModelOptionsItem",
    "IndexReference",
    "ItemCollection",
    "ItemCollectionItemsRequest",
    "ItemCollectionList",
    "ItemCollectionMetadata",
    "KnowledgeStore",
    "KnowledgeStoreAssetType",
    "KnowledgeStoreIngestionConfig",
    "KnowledgeStoreItem",
    "KnowledgeStoreItemList",
    "KnowledgeStoreItemMetadata",
    "KnowledgeStoreItemStatus",
    "KnowledgeStoreItemSystemMetadata",
    "KnowledgeStoreList",
    "KnowledgeStoreMetadata",
    "KnowledgeStoreSearchRequest",
    "KnowledgeStoreSearchRequestFilter",
    "KnowledgeStoreSearchRequestGroupBy",
    "KnowledgeStoreSearchRequestSearchOptionsItem",
    "KnowledgeStoreSearchResponse",
    "KnowledgeStoreSearchResult",
    "KnowledgeStoreSearchResultMetadata",
    "ListEntitiesSortBy",
    "ListEntitiesSortOption",
    "ListEntityCollectionsSortBy",
    "ListEntityCollectionsSortOption",
    "ListIncompleteUploadsResponse",
    "ListIndexedAssetsSortBy",
    "ListIndexedAssetsSortOption",
    "ListIndexesModelFamily",
    "ListIndexesSortBy",
    "ListIndexesSortOption",
    "ListItemCollectionsSortBy",
    "ListItemCollectionsSortOption",
    "ListKnowledgeStoreItemsSortBy",
    "ListKnowledgeStoreItemsSortOption",
    "ListKnowledgeStoresSortBy",
    "ListKnowledgeStoresSortOption",
    "ListTasksSortBy",
    "ListTasksSortOption",
    "ListVideosSortBy",
    "ListVideosSortOption",
    "MediaEmbeddingTask",
    "MediaEmbeddingTaskAudioEmbedding",
    "MediaEmbeddingTaskDocumentEmbedding",
    "MediaEmbeddingTaskImageEmbedding",
    "MediaEmbeddingTaskVideoEmbedding",
    "MediaSource",
    "MediaStatus",
    "Metadata",
    "MetadataFilter",
    "MultiInputMediaSource",
    "MultiInputMediaSourceMediaType",
    "MultiInputRequest",
    "MultipartUploadStatusType",
    "MultipartUploadType",
    "NonStreamAnalyzeResponse",
    "PageInfo",
    "PresignedUrlChunk",
    "PresignedUrlsRequest",
    "RangeFilter",
    "RedirectUri",
    "RedirectUriList",
    "ReportChunkBatchRequest",
    "ReportChunkBatchResponse",
    "ResponseAnnotation",
    "ResponseAnnotationTypeType0",
    "ResponseCreateRequest",
    "ResponseCreateRequestIncludeItem",
    "ResponseIncompleteDetails",
    "ResponseInputItem",
    "ResponseInputItemRole",
    "ResponseInputItemType",
    "ResponseObject",
    "ResponseObjectObjectType0",
    "ResponseObjectTypeType0",
    "ResponseOutputContentPart",
    "ResponseOutputContentPartTypeType0",
    "ResponseOutputItem",
    "ResponseOutputItemPhaseType0",
    "ResponseOutputItemRoleType0",
    "ResponseOutputItemTypeType0",
    "ResponseSelection",
    "ResponseSelectionKind",
    "ResponseStatus",
    "ResponseStreamContentPartAddedEvent",
    "ResponseStreamContentPartDoneEvent",
    "ResponseStreamFuncCallArgsDoneEvent",
    "ResponseStreamKeepAliveEvent",
    "ResponseStreamOutputItemAddedEvent",
    "ResponseStreamOutputItemDoneEvent",
    "ResponseStreamOutputTextDeltaEvent",
    "ResponseStreamOutputTextDoneEvent",
    "ResponseStreamResponseEvent",
    "ResponseStreamResponseEventType",
    "ResponseUsage",
    "RetrieveAssetTranscriptionIncludeItem",
    "RetrieveIndexedAssetEmbeddingOptionItem",
    "RetrieveVideoEmbeddingOptionItem",
    "SearchClip",
    "SearchClipUserMetadata",
    "SearchItem",
    "SearchItemUserMetadata",
    "SearchOption",
    "SearchPageInfo",
    "SearchPool",
    "SearchRequest",
    "SearchRequestGroupBy",
    "SearchRequestOperator",
    "SearchRequestQueryMediaType",
    "SearchRequestTranscriptionOptionsItem",
    "SearchResults",
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
    "TechnicalMetadata",
    "TemporalSegmentationDynamic",
    "TemporalSegmentationDynamicDynamic",
    "TemporalSegmentationFixed",
    "TemporalSegmentationFixedFixed",
    "TextEmbeddingResult",
    "TextGenerationEvent",
    "TextImageInputRequest",
    "TextInputRequest",
    "TextParam",
    "TextParamFormatJsonSchema",
    "TextParamFormatJsonSchemaSchema",
    "TextParamFormatText",
    "TimeBasedMetadataEntry",
    "TimeRange",
    "TokenUsage",
    "TranscriptionSegment",
    "TranscriptionSentence",
    "TranscriptionStatus",
    "TranscriptionUtterance",
    "TranscriptionWord",
    "UnlimitedTokens",
    "UpdateEntityCollectionRequest",
    "UpdateEntityRequest",
    "UpdateIndexRequest",
    "UpdateItemCollectionRequest",
    "UpdateKnowledgeStoreRequest",
    "UploadStatus",
    "UserMetadataRequest",
    "Video",
    "VideoContextAssetId",
    "VideoContextBase64String",
    "VideoContextUrl",
    "VideoEmbedding",
    "VideoEmbeddingMetadata",
    "VideoEmbeddingSegment",
    "VideoEmbeddingVideoEmbedding",
    "VideoHls",
    "VideoInputRequest",
    "VideoInputRequestEmbeddingOptionItem",
    "VideoInputRequestEmbeddingScopeItem",
    "VideoInputRequestEmbeddingTypeItem",
    "VideoList",
    "VideoSegmentationDynamic",
    "VideoSegmentationDynamicDynamic",
    "VideoSegmentationFixed",
    "VideoSegmentationFixedFixed",
    "VideoStream",
    "VideoSystemMetadata",
)
