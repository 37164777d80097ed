"""The reader's data: what the user adds to an analysis, kept locally and never lost.

In: the pair's hashes and what the reader does (a note, a correction, a cut, an opened pair). Out: the same
back, whole, from a SQLite file in the user's data folder, and the files written from it.

The store (``store``: opening, recent pairs, settings) with its notes (``notes_table``) and corrections with
undo history (``correction_history``), on the SQLite transaction shape the register shares (``database``);
its safety nets (``recovery``: salvage of a damaged store, daily backups); text-quote anchors that find a
passage again in a revised text (``anchor``); the corrections and how they are applied (``corrections``);
replies cut by the reader (``cuts``); note text kept until it is saved (``unsaved``); every note in one JSON
file (``notes_export``); whole-or-nothing file writes (``atomic``).
"""
