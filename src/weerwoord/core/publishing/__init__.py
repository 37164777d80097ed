"""Publishing: a :class:`~weerwoord.core.model.Comparison` and the reader's notes in, files to hand out.

Annotated copies of both PDFs (``export_pdf``, with the key and summary pages of ``key_page`` and the
XFDF twin from ``pdf_annots_xfdf``), the briefing report as PDF and Word (``briefing``),
the pairs tables (``tables``), XFDF review files (``xfdf``), the words and colours they share
(``report_text``), and the one call that writes them all (``export``).
"""
