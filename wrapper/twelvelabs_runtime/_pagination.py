"""Pagers, shaped like the official package's: a pager holds one page (`items`, `has_next`, `page_info`
and every field of the page) and fetches the next one only when asked (`next_page()`), or as iteration
reaches it. Iterating a pager walks every item across pages; `iter_pages()` yields the pagers of this and
each following page.

Pages are numbered (`page=`; the last one is known from `page_info.total_page`, so a walk makes no
request past it) or chained by a token the previous page gives (`next_page_token`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def _field(page: Any, path: str) -> Any:
    for name in path.split("."):
        page = getattr(page, name, None)
    return page


def _more_numbered(page: Any, number: int, results: str) -> bool:
    total = _field(page, "page_info.total_page")
    # Without a page count, stop at the first empty page (as the official package does).
    return number < total if isinstance(total, int) else bool(_field(page, results))


def _next_token(page: Any, path: str) -> str | None:
    token = _field(page, path)
    return token if isinstance(token, str) and token else None


class _Page(Generic[T]):
    def __init__(self, page: Any, results: str, follow: Callable[[], Any] | None) -> None:
        self.response = page  # the page as the API answered it
        self.items: list[T] = list(_field(page, results) or [])
        self._follow = follow  # fetches the next page (async: gives an awaitable of it)
        self.has_next = follow is not None

    @property
    def page_info(self) -> Any:
        return getattr(self.response, "page_info", None)

    def __getattr__(self, name: str) -> Any:
        # Every field of the page (`data`, `search_pool`, ...), as where the official package returns the
        # page itself rather than a pager.
        if name.startswith("_") or "response" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.response, name)


class SyncPager(_Page[T]):
    @classmethod
    def numbered(cls, fetch: Callable[[int], Any], results: str, number: int = 1) -> SyncPager[T]:
        page = fetch(number)
        more = _more_numbered(page, number, results)
        return cls(page, results, (lambda: cls.numbered(fetch, results, number + 1)) if more else None)

    @classmethod
    def tokened(cls, first: Callable[[], Any], fetch: Callable[[str], Any], token: str, results: str) -> SyncPager[T]:
        page = first()
        following = _next_token(page, token)
        follow = (lambda: cls.tokened(lambda: fetch(following), fetch, token, results)) if following else None
        return cls(page, results, follow)

    def next_page(self) -> SyncPager[T] | None:
        return self._follow() if self._follow else None

    def iter_pages(self) -> Iterator[SyncPager[T]]:
        page: SyncPager[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPager(_Page[T]):
    @classmethod
    async def numbered(cls, fetch: Callable[[int], Awaitable[Any]], results: str, number: int = 1) -> AsyncPager[T]:
        page = await fetch(number)
        more = _more_numbered(page, number, results)
        return cls(page, results, (lambda: cls.numbered(fetch, results, number + 1)) if more else None)

    @classmethod
    async def tokened(
        cls, first: Callable[[], Awaitable[Any]], fetch: Callable[[str], Awaitable[Any]], token: str, results: str
    ) -> AsyncPager[T]:
        page = await first()
        following = _next_token(page, token)
        follow = (lambda: cls.tokened(lambda: fetch(following), fetch, token, results)) if following else None
        return cls(page, results, follow)

    async def next_page(self) -> AsyncPager[T] | None:
        return await self._follow() if self._follow else None

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
    """What an async list returns: `await` it for the first page's `AsyncPager` (as the official package
    does), or `async for` it directly over every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPager[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPager[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._first():
            yield item
