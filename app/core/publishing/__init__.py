"""Publishing: a :class:`~app.core.model.Comparison` and the reader's notes in, files to hand out.

Annotated copies of both PDFs (``export_pdf``), the briefing report as PDF and Word (``briefing``),
the pairs tables (``tables``), XFDF review files (``xfdf``), the words and colours they share
(``report_text``), and the one call that writes them all (``export``).
"""
