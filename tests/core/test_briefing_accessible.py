"""What a screen reader and a viewer learn from the briefing PDF: its language, its title (shown as the window
title), copied text in plain letters. Its tags: test_tagged_briefing.py."""

from __future__ import annotations

import pymupdf

from tests.core.test_export_fixtures import build_comparison, make_pair_files
from weerwoord.core.publishing.briefing import briefing_pdf
from weerwoord.core.publishing.pdf_text import LIGATURES
from weerwoord.core.words import speaking


def test_language_title_shown_and_plain_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = build_comparison(*make_pair_files(tmp_path / "in"))
    for language, word in (("nl", "Aanbeveling"), ("en", "Recommendation")):
        with speaking(language):
            doc = pymupdf.open("pdf", briefing_pdf(result))
        catalog = doc.pdf_catalog()
        kind, lang = doc.xref_get_key(catalog, "Lang")
        assert kind == "string" and lang.split("-")[0] == language
        assert doc.xref_get_key(catalog, "ViewerPreferences/DisplayDocTitle") == ("bool", "true")
        assert doc.metadata["title"].endswith(result.advice.title) and doc.metadata["author"] == "Weerwoord"
        text = "".join(page.get_text() for page in doc)
        assert word in text and not set(LIGATURES) & set(text)
        assert doc.xref_get_key(catalog, "MarkInfo/Marked") == ("bool", "true")
