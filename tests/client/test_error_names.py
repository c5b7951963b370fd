"""Tracebacks name the public module of the error classes, not the private one they are defined in."""

from __future__ import annotations

import importlib
import traceback

import pytest

from twelvelabs_client import errors


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_class_names_its_public_module(name: str) -> None:
    cls = getattr(errors, name)
    assert cls.__module__ == "twelvelabs_client.errors"
    assert getattr(importlib.import_module(cls.__module__), cls.__qualname__) is cls


def test_a_traceback_shows_the_public_name() -> None:
    try:
        raise errors.ConfigurationError("No API key")
    except errors.ConfigurationError as error:
        last = traceback.format_exception(error)[-1]
    assert last == "twelvelabs_client.errors.ConfigurationError: No API key\n"
    assert "_errors" not in last
