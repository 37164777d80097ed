"""What the PDF worker hands the window, as plain data: opened documents, words, hits, the analysis, annotations."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from weerwoord.core.errors import ExportError, WeerwoordError

SIDES = ("advice", "response")

# (x0, y0, x1, y1, text, block, line) in page coordinates
Word = tuple[float, float, float, float, str, int, int]


@dataclass
class OpenedDocument:
    """What the window needs to lay out a document before any page is drawn."""

    side: str
    path: str
    page_sizes: list[tuple[float, float]]


@dataclass
class SearchHit:
    """One occurrence of the searched phrase: where, and the line around it."""

    side: str
    page: int
    rects: list[tuple[float, float, float, float]]
    context: str


@dataclass
class Analysed:
    """The documents as the core read them and the comparison (or the error that stopped it)."""

    advice: Any = None  # weerwoord.core.model.Document
    response: Any = None
    comparison: Any = None  # weerwoord.core.model.Comparison
    corrections: Any = None  # the weerwoord.core.keeping.corrections.Corrections applied
    error: WeerwoordError | None = None
    warning: str = ""  # a problem that did not stop the analysis (the store could not be read)


@dataclass
class DocAnnotation:
    """An annotation already in an opened PDF (a reviewer's note or highlight), as plain data."""

    side: str
    page: int  # 1-based
    kind: str  # PyMuPDF's type name: "Text", "Highlight", "FreeText"
    rect: tuple[float, float, float, float]
    author: str
    content: str
    date: str  # as the PDF has it (D:YYYYMMDD…)
    quote: str = ""  # the words under a highlight


class ExportCancelled(ExportError):
    """The reader stopped the export; the files written before are complete."""


class ReviewCancelled(WeerwoordError):
    """The reader stopped a review import; the notes added before are whole and stay."""


@dataclass
class WorkerState:
    """The documents open on the worker thread (only it touches them) and the word boxes read from them."""

    docs: dict[str, Any] = field(default_factory=dict)  # side -> pymupdf.Document
    shas: dict[str, str] = field(default_factory=dict)  # side -> sha256 of the bytes shown
    generation: int = -1  # the pair these documents belong to
    words: OrderedDict[tuple[str, int], list[Word]] = field(default_factory=OrderedDict)


class Jobs:
    """What the worker's kinds of job (worker_pages, worker_analysis, worker_export, worker_review) share of it."""

    _state: WorkerState
    _stopping: bool
    _generation: int  # the pair the window shows now (a job for an older one is dropped)
    language: str  # the language of the analysis's sentences and the worker's messages: the window sets its own

    if TYPE_CHECKING:

        def _submit(self, job: Callable[[], None]) -> None: ...
        def _serve_all_quick(self) -> None: ...
