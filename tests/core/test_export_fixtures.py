"""Real PDFs made on the spot, and a Comparison built by hand over them (no analysis needed)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pymupdf

from weerwoord.core.model import Category, Comparison, Document, Mark, Pair, Piece, Recommendation, Reply, TextRun

ADVICE_PAGES = [
    [
        (16, "Advies digitale weerbaarheid"),
        (13, "Aanbevelingen"),
        (11, "1. Het kabinet moet een nationaal meldpunt voor digitale incidenten"),
        (11, "oprichten dat dag en nacht bereikbaar is."),
        (11, "2. Investeer structureel in de opleiding van cyberspecialisten bij gemeenten."),
    ],
    [
        (11, "3. Stel een jaarlijkse rapportage aan de Kamer verplicht over de voortgang."),
    ],
]
RESPONSE_PAGES = [
    [
        (16, "Kabinetsreactie op het advies"),
        (13, "Aanbeveling 1"),
        (11, "Het kabinet neemt deze aanbeveling over en zal in 2025 een meldpunt"),
        (11, "oprichten. Het meldpunt wordt ondergebracht bij het NCSC."),
        (13, "Aanbeveling 2"),
        (11, "Het kabinet deelt de analyse, maar heeft bedenkingen bij structurele"),
        (11, "financiering van opleidingen door het Rijk."),
    ],
    [
        (13, "Aanbeveling 3"),
        (11, "Het kabinet neemt deze aanbeveling niet over. De bestaande rapportages volstaan."),
        (13, "Overige opmerkingen"),
        (11, "De minister dankt de raad voor het zorgvuldige advies."),
    ],
]


def write_pdf(path: Path, pages: list[list[tuple[float, str]]], *, start_y: float = 80) -> Path:
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page(width=595, height=842)
        y = start_y
        for size, text in lines:
            y += size * 1.6
            page.insert_text((72, y), text, fontsize=size, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_for(doc: pymupdf.Document, needle: str) -> TextRun:
    """The TextRun of the first occurrence of ``needle`` (word by word) in ``doc``, with word rectangles."""
    want = needle.split()
    for page in doc:
        words = page.get_text("words")
        for i in range(len(words) - len(want) + 1):
            if [w[4] for w in words[i : i + len(want)]] != want:
                continue
            pieces = []
            offset = 0
            for w in words[i : i + len(want)]:
                line = (page.number + 1) * 10000 + w[5] * 100 + w[6]
                pieces.append(Piece(offset, offset + len(w[4]), page.number + 1, tuple(w[:4]), line))
                offset += len(w[4]) + 1
            return TextRun(" ".join(want), pieces)
    raise AssertionError(f"{needle!r} not in document")


def mark(run: TextRun, phrase: str, category: Category, rule: str) -> Mark:
    start = run.text.index(phrase)
    end = start + len(phrase)
    return Mark(category, rule, start, end, phrase, run.spans(start, end))


def document(path: Path, title: str) -> Document:
    doc = pymupdf.open(path)
    sizes = [(p.rect.width, p.rect.height) for p in doc]
    count = doc.page_count
    doc.close()
    return Document(str(path), sha(path), title, count, "nl", sizes, [])


def make_pair_files(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return (
        write_pdf(folder / "advies.pdf", ADVICE_PAGES),
        write_pdf(folder / "kabinetsreactie.pdf", RESPONSE_PAGES),
    )


def build_comparison(advice_path: Path, response_path: Path) -> Comparison:
    a = pymupdf.open(advice_path)
    r = pymupdf.open(response_path)
    rec1 = Recommendation(
        "1",
        True,
        run_for(
            a,
            "Het kabinet moet een nationaal meldpunt voor digitale incidenten oprichten"
            " dat dag en nacht bereikbaar is.",
        ),
    )
    rec2 = Recommendation(
        "2", True, run_for(a, "Investeer structureel in de opleiding van cyberspecialisten bij gemeenten.")
    )
    rec3 = Recommendation(
        "3", True, run_for(a, "Stel een jaarlijkse rapportage aan de Kamer verplicht over de voortgang.")
    )
    reply1 = Reply(
        "r1",
        "Aanbeveling 1",
        run_for(
            r,
            "Het kabinet neemt deze aanbeveling over en zal in 2025 een meldpunt oprichten. "
            "Het meldpunt wordt ondergebracht bij het NCSC.",
        ),
        heading_run=run_for(r, "Aanbeveling 1"),
        numbers=["1"],
    )
    reply2 = Reply(
        "r2",
        "Aanbeveling 2",
        run_for(
            r,
            "Het kabinet deelt de analyse, maar heeft bedenkingen bij structurele financiering"
            " van opleidingen door het Rijk.",
        ),
        heading_run=run_for(r, "Aanbeveling 2"),
        numbers=["2"],
    )
    reply3 = Reply(
        "r3",
        "Aanbeveling 3",
        run_for(r, "Het kabinet neemt deze aanbeveling niet over. De bestaande rapportages volstaan."),
        heading_run=run_for(r, "Aanbeveling 3"),
        numbers=["3"],
    )
    other = Reply(
        "r4",
        "Overige opmerkingen",
        run_for(r, "De minister dankt de raad voor het zorgvuldige advies."),
        heading_run=run_for(r, "Overige opmerkingen"),
    )
    pairs = [
        Pair(
            rec1,
            reply1,
            "number",
            0.98,
            "agrees",
            "The reply takes the recommendation over and commits to a date.",
            [
                mark(reply1.run, "neemt deze aanbeveling over", "agreement", "neemt ... over"),
                mark(reply1.run, "zal in 2025 een meldpunt oprichten", "commitment", "zal ... <jaar>"),
            ],
        ),
        Pair(
            rec2,
            reply2,
            "number",
            0.95,
            "partly",
            "Agreement with the analysis, reservations about funding.",
            [
                mark(reply2.run, "deelt de analyse", "agreement", "deelt de analyse"),
                mark(reply2.run, "heeft bedenkingen bij", "reservation", "bedenkingen"),
            ],
        ),
        Pair(
            rec3,
            reply3,
            "number",
            0.97,
            "disagrees",
            "The reply declines the recommendation.",
            [mark(reply3.run, "neemt deze aanbeveling niet over", "disagreement", "niet over")],
        ),
    ]
    result = Comparison(
        document(advice_path, "Advies digitale weerbaarheid"),
        document(response_path, "Kabinetsreactie op het advies"),
        pairs,
        [other],
    )
    a.close()
    r.close()
    return result
