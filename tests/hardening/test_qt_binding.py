"""The Qt binding keeps Python's None alive: a long paint session must not abort the window."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

app = QApplication([])
image = QImage(20, 20, QImage.Format.Format_RGB888)
painter = QPainter(image)
colour = QColor("red")
for _ in range(100_000):  # about what a few minutes of scrolling with highlights paints
    painter.fillRect(QRectF(1, 1, 5, 5), colour)
    painter.setPen(colour)
painter.end()
print("alive")
"""


def test_many_void_calls_do_not_free_none() -> None:
    # PySide6 6.12.0 loses a reference to None on each call that returns nothing; before Python 3.12
    # (where None became immortal) the process then dies with "Fatal Python error: none_dealloc".
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "alive", r.stderr[-500:]
