"""A small library of the project's own pairs for the register's tests, with a follow-up letter for one pair."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.pdfmaker import Pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"

# folder name → (advice, response) in tests/docs
LIBRARY = {
    "rsj-terugkeer": ("blind3_nl_longreply_advice.pdf", "blind3_nl_longreply_response.pdf"),
    "ombudsman-carers": ("blind6_en_ombudsman_advice.pdf", "blind6_en_ombudsman_response.pdf"),
    "taskforce-air": ("blind4_en_long_numbers_advice.pdf", "blind4_en_long_numbers_response.pdf"),
    "rekenkamer-jeugd": ("blind10_nl_rekenkamer_advice.pdf", "blind10_nl_rekenkamer_response.pdf"),
}
FOLLOWED_UP = "rsj-terugkeer"
FOLLOW_UP_DATE = "2025-03-10"


def follow_up_letter(path: Path) -> Path:
    """A progress letter (voortgangsbrief) on the RSJ advice: per recommendation what was done since."""
    pdf = Pdf()
    pdf.line("Ministerie van Justitie en Veiligheid")
    pdf.line("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    pdf.gap()
    pdf.line("Datum 10 maart 2025")
    pdf.line("Betreft Voortgangsbrief re-integratie van gedetineerden")
    pdf.gap()
    pdf.paragraph(
        "Geachte voorzitter, in april 2024 heb ik uw Kamer de kabinetsreactie op het RSJ-advies Bouwen aan terugkeer"
        " gestuurd. Met deze voortgangsbrief bericht ik u per aanbeveling over de stand van zaken."
    )
    pdf.heading("Aanbeveling 1")
    pdf.paragraph(
        "Sinds 1 januari 2025 beschikt iedere gedetineerde bij vertrek over een geldig identiteitsbewijs. De afspraken"
        " met de gemeenten zijn uitgevoerd en de aanbeveling is daarmee afgerond."
    )
    pdf.heading("Aanbeveling 2")
    pdf.paragraph(
        "Het kabinet blijft van mening dat gemeenten niet wettelijk verantwoordelijk moeten worden voor de nazorg."
        " De gemeenten zijn in 2024 ondersteund met een handreiking."
    )
    pdf.heading("Aanbeveling 3")
    pdf.paragraph(
        "Het aantal plaatsen in kleinschalige beveiligde voorzieningen is uitgebreid tot 650. Ik zal uw Kamer"
        " uiterlijk medio 2026 informeren over de verdere uitbreiding."
    )
    pdf.heading("Aanbeveling 4")
    pdf.paragraph("Over de eigen bijdrage van gedetineerden is nog geen besluit genomen.")
    pdf.heading("Aanbeveling 5")
    pdf.paragraph(
        "De pilot met de reclassering vanaf de eerste dag van detentie is afgerond. De uitkomsten zijn als bijlage"
        " bij deze brief gevoegd."
    )
    pdf.gap()
    pdf.line("Hoogachtend,")
    pdf.line("de Minister voor Rechtsbescherming")
    return pdf.save(path)


def make_library(root: Path, names: list[str] | None = None, follow_up: bool = True) -> Path:
    """Copies of the pairs, one sub-folder each (advice and response under neutral names, so their content
    decides which is which), and the follow-up letter beside the followed-up pair."""
    root.mkdir(parents=True, exist_ok=True)
    for name in names or list(LIBRARY):
        advice, response = LIBRARY[name]
        folder = root / name
        folder.mkdir()
        shutil.copy(DOCS / advice, folder / f"document-b{Path(advice).suffix}")
        shutil.copy(DOCS / response, folder / f"document-a{Path(response).suffix}")
        if follow_up and name == FOLLOWED_UP:
            follow_up_letter(folder / "document-c.pdf")
    return root


def loose_pair(folder: Path, name: str = "ombudsman-carers") -> list[Path]:
    """A pair's two documents as loose files in ``folder`` ("one.pdf", the advice; "two.pdf", the response), as a
    reader drops them on the register."""
    folder.mkdir(parents=True, exist_ok=True)
    advice, response = LIBRARY[name]
    shutil.copy(DOCS / advice, folder / "one.pdf")
    shutil.copy(DOCS / response, folder / "two.pdf")
    return [folder / "one.pdf", folder / "two.pdf"]
