"""Index types, under the names the official package's documentation uses."""

from twelvelabs_api.models import CreateIndexResponse, Index, IndexedAsset, IndexModel

IndexesCreateRequestModelsItem = IndexModel
IndexesCreateResponse = CreateIndexResponse
IndexSchema = Index

__all__ = [
    "CreateIndexResponse",
    "Index",
    "IndexModel",
    "IndexSchema",
    "IndexedAsset",
    "IndexesCreateRequestModelsItem",
    "IndexesCreateResponse",
]
