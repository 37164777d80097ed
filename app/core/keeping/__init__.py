"""The reader's data: what the user adds to an analysis, kept locally and never lost.

The SQLite store of notes, corrections and recent pairs (``store``), text-quote anchors that find a
passage again in a revised text (``anchor``), the corrections and how they are applied
(``corrections``), and whole-or-nothing file writes (``atomic``).
"""
