"""The desktop window: a thin PySide6 layer that draws what the core returns."""
