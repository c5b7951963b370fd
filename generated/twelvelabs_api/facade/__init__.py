"""The generated public facade: resource classes, sync and async."""
