"""Indexing-task types, under the names the official package's documentation uses."""

from twelvelabs_api.models import CreateIndexingTaskResponse, IndexingTask

TasksRetrieveResponse = IndexingTask
TasksCreateResponse = CreateIndexingTaskResponse

__all__ = ["CreateIndexingTaskResponse", "IndexingTask", "TasksCreateResponse", "TasksRetrieveResponse"]
