"""Pagers over page-numbered lists: pages are fetched only as iteration reaches them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")
PageT = TypeVar("PageT")


def _has_next(page: Any, number: int, results: str) -> bool:
    info = getattr(page, "page_info", None)
    total = getattr(info, "total_page", None)
    if isinstance(total, int):
        return number < total
    return bool(getattr(page, results, None))  # no page count: stop at the first empty page


class SyncPager(Generic[T]):
    """`for item in pager` walks every item across pages; `iter_pages()` yields the pages themselves."""

    def __init__(self, fetch: Callable[[int], Any], results: str = "data", first_page: int = 1) -> None:
        self._fetch = fetch
        self._results = results
        self._first_page = first_page

    def iter_pages(self) -> Iterator[Any]:
        number = self._first_page
        while True:
            page = self._fetch(number)
            yield page
            if not _has_next(page, number, self._results):
                return
            number += 1

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from getattr(page, self._results)


class AsyncPager(Generic[T]):
    def __init__(self, fetch: Callable[[int], Awaitable[Any]], results: str = "data", first_page: int = 1) -> None:
        self._fetch = fetch
        self._results = results
        self._first_page = first_page

    async def iter_pages(self) -> AsyncIterator[Any]:
        number = self._first_page
        while True:
            page = await self._fetch(number)
            yield page
            if not _has_next(page, number, self._results):
                return
            number += 1

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in getattr(page, self._results):
                yield item
