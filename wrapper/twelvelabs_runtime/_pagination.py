"""Pagers over page-numbered lists, shaped like the official package's: a pager holds one page (`items`,
`has_next`, `page_info`) and fetches the next ones only as iteration reaches them.

`list()` fetches the first page. Iterating a pager walks every item across pages; `iter_pages()` yields
the pagers of this and each following page; `next_page()` fetches the next one. Unlike the official
package, `has_next` reads the page count, so a walk makes no extra request past the last page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class _Page(Generic[T]):
    def __init__(self, page: Any, number: int, results: str) -> None:
        self.response = page  # the page as the API answered it (`data` and `page_info`)
        self.page_number = number
        self.items: list[T] = list(getattr(page, results, None) or [])
        info = getattr(page, "page_info", None)
        total = getattr(info, "total_page", None)
        # Without a page count, stop at the first empty page (as the official package does).
        self.has_next = number < total if isinstance(total, int) else bool(self.items)

    @property
    def page_info(self) -> Any:
        return getattr(self.response, "page_info", None)

    def __getattr__(self, name: str) -> Any:
        # Every field of the page as the API answered it (`data`, ...), as where the official package
        # returns the page itself rather than a pager.
        if name.startswith("_") or "response" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.response, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page={self.page_number}, items={len(self.items)}, has_next={self.has_next})"


class SyncPager(_Page[T]):
    def __init__(self, fetch: Callable[[int], Any], results: str, number: int = 1) -> None:
        super().__init__(fetch(number), number, results)
        self._fetch = fetch
        self._results = results

    def next_page(self) -> SyncPager[T] | None:
        return SyncPager(self._fetch, self._results, self.page_number + 1) if self.has_next else None

    def iter_pages(self) -> Iterator[SyncPager[T]]:
        page: SyncPager[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPager(_Page[T]):
    def __init__(self, page: Any, fetch: Callable[[int], Awaitable[Any]], results: str, number: int) -> None:
        super().__init__(page, number, results)
        self._fetch = fetch
        self._results = results

    @classmethod
    async def first(cls, fetch: Callable[[int], Awaitable[Any]], results: str, number: int = 1) -> AsyncPager[T]:
        return cls(await fetch(number), fetch, results, number)

    async def next_page(self) -> AsyncPager[T] | None:
        if not self.has_next:
            return None
        return await AsyncPager.first(self._fetch, self._results, self.page_number + 1)

    async def iter_pages(self) -> AsyncIterator[AsyncPager[T]]:
        page: AsyncPager[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPagerRequest(Generic[T]):
    """What an async `list()` returns: `await` it for the first page's `AsyncPager` (as the official
    package does), or `async for` it directly over every item."""

    def __init__(self, fetch: Callable[[int], Awaitable[Any]], results: str, number: int = 1) -> None:
        self._fetch = fetch
        self._results = results
        self._number = number

    async def _first(self) -> AsyncPager[T]:
        return await AsyncPager.first(self._fetch, self._results, self._number)

    def __await__(self) -> Generator[Any, None, AsyncPager[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first():
            yield item
