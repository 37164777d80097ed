"""Reading: a file (PDF, XPS, EPUB or plain text) in, a :class:`~app.core.model.Document` out.

Words with their rectangles in reading order, page furniture (headers, footers, sidebars) set aside,
footnotes, columns, ruled tables and hyphenation resolved (``layout``); a forked helper process that
shares the pages of long documents (``parallel``); time and memory limits (``guard``); the language
of the text (``language``). Nothing here knows about recommendations.
"""
