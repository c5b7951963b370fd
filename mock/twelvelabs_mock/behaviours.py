"""What the document cannot say, hooked onto the generic engine: resources with a lifecycle or rules
keyed by their collection's path, and the operations that are not CRUD keyed by operationId."""

from __future__ import annotations

from . import analysis, analyze_tasks, assets, embeddings, indexes, multipart, search
from .engine import Behaviours


def default_behaviours() -> Behaviours:
    return Behaviours(
        resources={
            "/assets": assets.Assets(),
            "/indexes": indexes.Indexes(),
            "/indexes/{index-id}/indexed-assets": indexes.IndexedAssets(),
            "/tasks": indexes.IndexingTasks(),
            "/analyze/tasks": analyze_tasks.AnalyzeTasks(),
            "/analyze/batches": analyze_tasks.AnalyzeBatches(),
            multipart.UPLOADS: multipart.Uploads(),
            "/embed": embeddings.Embeddings(embeddings.legacy),
            "/embed/tasks": embeddings.Embeddings(embeddings.video_task, "embedding"),
            "/embed-v2": embeddings.Embeddings(embeddings.v2),
            "/embed-v2/tasks": embeddings.Embeddings(embeddings.v2, "embedding"),
        },
        operations={
            "analyze": analysis.analyze,
            "gist": analysis.gist,
            "summarize": analysis.summarize,
            "cancelAnalyzeTask": analyze_tasks.cancel,
            "cancelAnalyzeBatch": analyze_tasks.cancel_batch,
            "createSearch": search.search,
            "retrieveSearchPage": search.search_page,
            "createResponse": analysis.create_response,
            "reportChunkBatch": multipart.report,
        },
    )
