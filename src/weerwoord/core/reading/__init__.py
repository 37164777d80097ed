"""Reading: a file (PDF, XPS, EPUB or plain text) in, a :class:`~weerwoord.core.model.Document` out.

The entry is ``reader`` (``read_document``, ``read_pair``). The file is opened by ``opening`` (its bytes read
while it stands still, every failure in plain words), each page read by ``extraction`` (lines of words with
their rectangles, sizes and styles; ruled tables), and the pages laid out by ``layout``: words cleaned
(``page_lines``), running headers, footers, sidebars and footnotes set aside (``furniture``), columns put in
reading order (``columns``), lines grouped into paragraphs and hyphenation undone (``paragraphs``,
``ruled_tables``), paragraphs joined across page and column breaks (``breaks``). Beside them: a forked helper
process that shares the pages of long documents (``parallel``), time and memory limits (``guard``), the
language of the text (``language``) and which of two files is the advice (``order``). Nothing here knows about
recommendations.
"""
