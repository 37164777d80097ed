"""Forms met first in blind round 54, mended after it was scored at first sight (each test fails on the code
before it, unless it guards against a false match)."""

from __future__ import annotations

from pathlib import Path

from weerwoord.core.analysis import stance
from weerwoord.core.analysis.compare import compare
from weerwoord.core.analysis.recommending import recommending_sentences_in
from weerwoord.core.model import TextRun

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _verdict(recommendation: str, reply: str, language: str = "en") -> str:
    marks = stance.find_marks(TextRun(reply, ()), language, recommendation)
    return stance.verdict(marks, reply, language, recommendation)[0]


def test_a_belgian_councils_requests_and_the_governments_amendments() -> None:
    """A Nationale Arbeidsraad advice: "De Raad vraagt de verwijzing naar cao nr. 85 te behouden", "Hij verzoekt de
    regering de wet … te evalueren", "Daarnaast stelt de Raad voor dat …" (a "te" and its verb later in the sentence,
    past "nr. 85"); not the members' own requests, nor "De Raad vraagt zich af". The bullets describing the bill
    ("Voor dit advies zijn de volgende bepalingen van belang: - artikel 4 verplicht …") ask nothing. The government's
    amendments "Nr. 6 VAN DE REGERING — Art. 8" each with its "VERANTWOORDING" (one section, not two) answer the
    recommendation that names their article ("… in artikel 8 jaarlijks te indexeren")."""
    assert recommending_sentences_in(
        "De Raad vraagt de verwijzing naar collectieve arbeidsovereenkomst nr. 85 te behouden."
    )
    assert recommending_sentences_in("Hij verzoekt de regering de wet twee jaar na de inwerkingtreding te evalueren.")
    assert recommending_sentences_in("Daarnaast stelt de Raad voor dat de FOD een modelregeling opstelt.")
    assert not recommending_sentences_in("De Raad vraagt zich af of dit werkt.")
    assert not recommending_sentences_in("De leden die de werkgevers vertegenwoordigen, vragen artikel 6 te schrappen.")
    assert not recommending_sentences_in("De Raad stelt vast dat de regering ingaat op het advies.")
    result = compare(DOCS / "blind54_nl_nar_advice.pdf", DOCS / "blind54_nl_nar_response.pdf")
    texts = [p.recommendation.text for p in result.pairs]
    assert len(texts) == 7
    assert not any(t.startswith("artikel") for t in texts)
    assert "nr. 85" in texts[1] and texts[1].rstrip().endswith("te behouden.")
    first = result.pairs[0].reply
    assert first is not None and "Art. 8" in (first.heading or "")
    assert "De regering kiest voor een aanpassing om de twee jaar" in first.text  # (its VERANTWOORDING)
    assert not any((u.heading or "").strip() == "VERANTWOORDING" for u in result.unmatched_replies)
