"""What the page view and its helpers share: a rectangle on a page, a mark drawn there, the worker as it is asked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in the page's points
WordAt = tuple[int, int]  # page (1-based), index of the word on it


class Renderer(Protocol):
    """What the view asks of the worker."""

    def request_renders(self, side: str, wanted: list[tuple[int, float]]) -> None: ...

    def request_words(self, side: str, page: int) -> None: ...


@dataclass(frozen=True)
class Highlight:
    """A translucent mark on a page: a stance phrase, with what it is and why."""

    page: int
    rects: tuple[Rect, ...]
    category: str
    tooltip: str
    about_recommendation: bool = True  # False: about third parties, drawn as a dashed outline
