"""Weerwoord: an advisory report and the government's reply, side by side."""

__version__ = "0.1.0"
