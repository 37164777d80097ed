"""A bounded cache of rendered pages, least recently used first out, measured in bytes."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QImage

Key = tuple[int, str, int, float]  # generation, side, page, device scale


class PageCache:
    """Rendered page images keyed by document generation, side, page and device scale."""

    def __init__(self, limit_bytes: int = 96 * 1024 * 1024) -> None:
        self.limit = limit_bytes
        self.size = 0
        self._images: OrderedDict[Key, QImage] = OrderedDict()

    def put(self, key: Key, image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self.size -= old.sizeInBytes()
        self._images[key] = image
        self.size += image.sizeInBytes()
        while self.size > self.limit and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self.size -= dropped.sizeInBytes()

    def get(self, key: Key) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def any_scale(self, generation: int, side: str, page: int) -> QImage | None:
        """Some rendering of the page at another scale, to stretch while the sharp one is on its way."""
        for (gen, s, p, _), image in reversed(self._images.items()):
            if gen == generation and s == side and p == page:
                return image
        return None

    def __len__(self) -> int:
        return len(self._images)
