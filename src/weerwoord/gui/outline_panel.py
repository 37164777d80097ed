"""The contents panel: each document's headings and page thumbnails; choosing one takes its page view there."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from weerwoord.gui import theme
from weerwoord.gui.pane import Pane
from weerwoord.gui.worker import SIDES, OpenedDocument, PdfWorker

THUMB_WIDTH = 96  # logical pixels
LEVELS = 3  # heading sizes told apart; smaller ones sit at the third level


def _t(text: str) -> str:
    return QCoreApplication.translate("outline_panel", text)


def heading_levels(blocks: list[Any]) -> list[tuple[int, Any]]:
    """The document's headings with a level from 0: the larger the type, the higher (at most LEVELS levels)."""
    headings = [b for b in blocks if b.kind == "heading" and b.text.strip()]
    sizes = sorted({round(b.size * 2) / 2 for b in headings}, reverse=True)
    rank = {size: min(i, LEVELS - 1) for i, size in enumerate(sizes)}
    return [(rank[round(b.size * 2) / 2], b) for b in headings]


@cache
def _blank(width: int, height: int, ratio: float) -> QIcon:
    """A page not drawn yet: white with a grey edge, the thumbnail's size."""
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9aa0a6"))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.end()
    return QIcon(pixmap)


class DocumentContents(QSplitter):
    """One document: its headings above, its pages as thumbnails below."""

    def __init__(self, role: str) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.headings = QTreeWidget()
        self.headings.setHeaderHidden(True)
        self.headings.setAccessibleName(_t("Headings of the {0}").format(role.lower()))
        self.headings.setToolTip(_t("Enter or a click shows the heading's page"))
        self.headings.setUniformRowHeights(True)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbs.setUniformItemSizes(True)
        self.thumbs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thumbs.setSpacing(4)
        self.thumbs.setAccessibleName(_t("Pages of the {0}").format(role.lower()))
        self.thumbs.setToolTip(_t("Arrow keys or a click show the page"))
        for view in (self.headings, self.thumbs):
            theme.keep_selection_readable(view)  # the system's blue failed 4.5:1 under Breeze Dark
            self.addWidget(view)
        self.setSizes([300, 500])
        self.page_sizes: list[tuple[float, float]] = []
        self.heading_items: list[QTreeWidgetItem] = []

    def set_pages(self, sizes: list[tuple[float, float]]) -> None:
        self.page_sizes = list(sizes)
        self.thumbs.clear()
        ratio = self.thumbs.devicePixelRatioF()
        tallest = max((THUMB_WIDTH * h / w for w, h in sizes if w > 0), default=THUMB_WIDTH * 1.41)
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, min(round(tallest), THUMB_WIDTH * 3)))
        for page, (w, h) in enumerate(sizes, start=1):
            height = max(8, min(round(THUMB_WIDTH * h / w), THUMB_WIDTH * 3))
            item = QListWidgetItem(_blank(THUMB_WIDTH, height, ratio), str(page))
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _t("Page {0}").format(page))
            self.thumbs.addItem(item)

    def set_headings(self, blocks: list[Any] | None) -> None:
        self.headings.clear()
        self.heading_items = []
        if blocks is None:
            self._note(_t("The headings appear once the document is read."))
            return
        levelled = heading_levels(blocks)
        if not levelled:
            self._note(_t("No headings found: use the pages below."))
            return
        parents: list[QTreeWidgetItem] = []
        for level, block in levelled:
            text = " ".join(f"{block.label} {block.text}".split())
            short = text if len(text) <= 90 else text[:88].rstrip() + "…"
            item = QTreeWidgetItem([short])
            item.setToolTip(0, _t("{0} (p. {1})").format(text, block.page))
            top = min((p.rect[1] for p in block.run.pieces if p.page == block.page), default=0.0)
            item.setData(0, Qt.ItemDataRole.UserRole, (block.page, top))
            del parents[level:]
            (parents[-1].addChild(item) if parents else self.headings.addTopLevelItem(item))
            while len(parents) < level:  # a deeper heading with no parent at the level above: hang it here
                parents.append(item)
            parents.append(item)
        self.headings.expandAll()
        self.heading_items = _all_items(self.headings)

    def _note(self, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.headings.addTopLevelItem(item)


class ContentsPanel(QWidget):
    """A sidebar panel: a tab per document, each with its headings and thumbnails."""

    def __init__(self, roles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(_t("Document contents"))
        self.docs = {side: DocumentContents(role) for side, role in roles.items()}
        for side, doc in self.docs.items():
            self.tabs.addTab(doc, roles[side])
        layout.addWidget(self.tabs, 1)


class Contents:
    """Fills the contents panel from the open pair and moves the page views: headings, thumbnails, the page shown."""

    def __init__(self, pair: Any, panel: ContentsPanel, panes: dict[str, Pane], worker: PdfWorker) -> None:
        self.pair = pair
        self.panel = panel
        self.panes = panes
        self.scales: dict[str, dict[int, float]] = {side: {} for side in SIDES}
        self.arrived: dict[str, set[int]] = {side: set() for side in SIDES}
        self._following = False  # the lists follow a page view: their changes do not move it back
        self._due = QTimer(panel, singleShot=True, interval=30)
        self._due.timeout.connect(self.request_thumbnails)
        worker.opened.connect(self._opened)
        worker.rendered.connect(self._rendered)
        pair.analysisFinished.connect(self._analysed)
        pair.closing.connect(self._closing)
        panel.tabs.currentChanged.connect(lambda _i: self._due.start())
        for side, doc in panel.docs.items():
            doc.headings.itemActivated.connect(lambda item, _c, s=side: self._heading_chosen(s, item))
            doc.headings.itemClicked.connect(lambda item, _c, s=side: self._heading_chosen(s, item))
            doc.thumbs.currentItemChanged.connect(lambda item, _prev, s=side: self._page_chosen(s, item))
            doc.thumbs.verticalScrollBar().valueChanged.connect(lambda _v: self._due.start())
            panes[side].view.currentPageChanged.connect(lambda page, s=side: self._page_shown(s, page))
            doc.set_headings(None)

    def shown(self) -> bool:
        return self.panel.isVisible()

    # --- what the pair brings --------------------------------------------------------------------

    def _closing(self) -> None:
        for side, doc in self.panel.docs.items():
            doc.set_pages([])
            doc.set_headings(None)
            self.scales[side] = {}
            self.arrived[side] = set()
            self.panes[side].view.also_render([])

    def _opened(self, gen: int, doc: OpenedDocument) -> None:
        if gen != self.pair.generation or doc.side not in self.panel.docs:
            return
        ratio = self.panel.devicePixelRatioF()
        self.scales[doc.side] = {
            page: round(THUMB_WIDTH * ratio / w, 4) for page, (w, _h) in enumerate(doc.page_sizes, start=1) if w > 0
        }
        self.arrived[doc.side] = set()
        self.panel.docs[doc.side].set_pages(doc.page_sizes)
        self._page_shown(doc.side, self.panes[doc.side].page.value())
        self._due.start()

    def _analysed(self) -> None:
        analysed = self.pair.analysed
        for side, doc in self.panel.docs.items():
            document = getattr(analysed, side, None) if analysed is not None else None
            doc.set_headings(document.blocks if document is not None else [])
            self._page_shown(side, self.panes[side].page.value())

    def _rendered(self, gen: int, side: str, page: int, scale: float, image: QImage) -> None:
        if gen != self.pair.generation or self.scales.get(side, {}).get(page) != scale:
            return
        item = self.panel.docs[side].thumbs.item(page - 1)
        if item is not None:
            pixmap = QPixmap.fromImage(image)
            painter = QPainter(pixmap)  # an edge: a white page on a white list (or a dark one) keeps its shape
            painter.setPen(QColor("#9aa0a6"))
            painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
            painter.end()
            pixmap.setDevicePixelRatio(self.panel.devicePixelRatioF())
            item.setIcon(QIcon(pixmap))
            self.arrived[side].add(page)

    def request_thumbnails(self) -> None:
        """The thumbnails in sight (and a row around them) of the document shown; none while the panel is hidden."""
        for side, doc in self.panel.docs.items():
            view = self.panes[side].view
            if not self.shown() or self.panel.tabs.currentWidget() is not doc or not doc.page_sizes:
                view.also_render([])
                continue
            area = doc.thumbs.viewport().rect().adjusted(0, -200, 0, 200)
            wanted = []
            for row in range(doc.thumbs.count()):
                item = doc.thumbs.item(row)
                page = row + 1
                if page in self.arrived[side] or page not in self.scales[side]:
                    continue
                if doc.thumbs.visualItemRect(item).intersects(area):
                    wanted.append((page, self.scales[side][page]))
            view.also_render(wanted)

    # --- moving the pages, and following them ----------------------------------------------------

    def _heading_chosen(self, side: str, item: QTreeWidgetItem) -> None:
        place = item.data(0, Qt.ItemDataRole.UserRole)
        if place and not self._following:
            page, top = place
            self.panes[side].view.go_to_page(page, top)

    def _page_chosen(self, side: str, item: QListWidgetItem | None) -> None:
        if item is not None and not self._following and self.panel.docs[side].thumbs.hasFocus():
            self.panes[side].view.go_to_page(int(item.data(Qt.ItemDataRole.UserRole)))

    def _page_shown(self, side: str, page: int) -> None:
        """The page view moved: its thumbnail becomes the current one, and its heading."""
        doc = self.panel.docs[side]
        self._following = True
        try:
            item = doc.thumbs.item(page - 1)
            if item is not None and doc.thumbs.currentItem() is not item:
                doc.thumbs.setCurrentItem(item)
                doc.thumbs.scrollToItem(item)
            last = None
            for heading in doc.heading_items:
                place = heading.data(0, Qt.ItemDataRole.UserRole)
                if place and place[0] <= page:
                    last = heading
            if last is not None and doc.headings.currentItem() is not last:
                doc.headings.setCurrentItem(last)
                doc.headings.scrollToItem(last)
        finally:
            self._following = False


def _all_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    out: list[QTreeWidgetItem] = []
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        if item is not None:
            out.append(item)
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))
    return out
