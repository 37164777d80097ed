"""A large advice (~300 pages, 60 recommendations) and its response (~60 pages), generated for the benchmark."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

VERSION = "big-3"  # change when the generated documents change; the cache under .bench/ is keyed by it

A4 = pymupdf.paper_rect("a4")
MARGIN_X = 72.0
TOP = 80.0
BOTTOM = 770.0
GAP = 24.0  # between two columns


def _words(text: str) -> list[str]:
    return text.split()


FILLER = _words(
    "de het een van in op met voor door over naar bij uit tegen zonder tussen onder binnen "
    "internationale samenwerking ontwikkeling beleid landen regering organisaties afspraken kader "
    "ruimte jaren periode gevolgen risico's kansen inzet middelen partners bondgenoten verdragen "
    "veiligheid stabiliteit welvaart instituties verhoudingen context analyse ontwikkelingen "
    "afgelopen komende belangrijke grote kleine nieuwe bestaande mondiale regionale nationale "
    "economische politieke juridische maatschappelijke militaire technologische vraagstukken "
    "is zijn wordt worden heeft hebben kan kunnen blijft blijven laat laten vraagt vragen toont "
    "bovendien daarnaast echter ook vooral steeds mede mogelijk feitelijk tegelijk vervolgens"
)
PREFIXES = _words(
    "energie water cyber handels defensie klimaat migratie ontwikkelings landbouw visserij ruimtevaart "
    "gezondheids grondstoffen arbeids onderwijs innovatie sanctie wapenbeheersings mensenrechten "
    "voedsel infrastructuur data export investerings belasting"
)
SUFFIXES = _words("beleid samenwerking strategie fonds toezicht diplomatie agenda verdrag netwerk monitor")
PLACES = _words(
    "Sahel Balkan Arctis Kaukasus Levant Maghreb Benelux Oostzee Noordzee Hoorn Andes Mekong Donau Rijn "
    "Gangesdelta Zambezi Orinoco Atacama Kalahari Patagonië Lapland Anatolië Karpaten Pyreneeën Siberië "
    "Tibet Sumatra Borneo Luzon Honshu Tasmanië Madagaskar Sicilië Kreta Cyprus Malta IJsland Groenland "
    "Caribisch Antillen Suriname Guyana Mali Niger Tsjaad Soedan Jemen Oman Irak Syrië Libanon Jordanië "
    "Egypte Libië Tunesië Algerije Marokko Senegal Ghana Nigeria Kenia"
)
ACTIONS = (
    "te versterken",
    "uit te breiden",
    "structureel te financieren",
    "onder te brengen in een Europees kader",
    "jaarlijks te evalueren",
    "beter af te stemmen met de bondgenoten",
    "wettelijk te verankeren",
    "op te nemen in de begroting",
)
REPLIES = {
    "agrees": (
        "Het kabinet onderschrijft deze aanbeveling.",
        "Het kabinet neemt deze aanbeveling over.",
        "Het kabinet deelt de analyse van de AIV.",
    ),
    "partly": ("Het kabinet deelt in beginsel de analyse van de AIV, maar plaatst een kanttekening.",),
    "disagrees": (
        "Het kabinet neemt deze aanbeveling niet over.",
        "Het kabinet ziet geen aanleiding om de voorgestelde maatregel te nemen.",
    ),
    "noted": ("Het kabinet neemt kennis van deze aanbeveling en zal haar betrekken bij de verdere uitwerking.",),
}


@dataclass
class Topic:
    number: int
    title: str
    words: list[str]
    place: str
    action: str
    verdict: str


@dataclass
class Typesetter:
    """Lines of text onto A4 pages: one or two columns, running header and page numbers, wrapped with Helvetica."""

    doc: pymupdf.Document
    header: str
    footer: str  # with {n} for the page number
    columns: int = 1
    page: pymupdf.Page | None = None
    y: float = BOTTOM
    col: int = 0
    writers: list[pymupdf.TextWriter] = field(default_factory=list)
    regular: pymupdf.Font = field(default_factory=lambda: pymupdf.Font("helv"))
    bold: pymupdf.Font = field(default_factory=lambda: pymupdf.Font("hebo"))
    italic: pymupdf.Font = field(default_factory=lambda: pymupdf.Font("heit"))

    def _col_box(self) -> tuple[float, float]:
        width = A4.width - 2 * MARGIN_X
        if self.columns == 1:
            return MARGIN_X, MARGIN_X + width
        w = (width - GAP) / 2
        x0 = MARGIN_X + self.col * (w + GAP)
        return x0, x0 + w

    def new_page(self) -> None:
        self.flush()
        self.page = self.doc.new_page(width=A4.width, height=A4.height)
        tw = pymupdf.TextWriter(self.page.rect)
        n = self.doc.page_count
        if n > 1:
            tw.append((MARGIN_X, 50), self.header, font=self.italic, fontsize=8)
        tw.append((A4.width / 2 - 20, 810), self.footer.format(n=n), font=self.regular, fontsize=8)
        self.writers = [tw]
        self.y = TOP
        self.col = 0

    def flush(self) -> None:
        if self.page is not None:
            for tw in self.writers:
                tw.write_text(self.page)
        self.writers = []

    def set_columns(self, n: int) -> None:
        if n != self.columns:
            self.columns = n
            self.new_page()

    def space(self, h: float) -> None:
        self.y += h

    def _room(self, h: float) -> None:
        if self.page is None or self.y + h > BOTTOM:
            if self.columns == 2 and self.col == 0 and self.page is not None:
                self.col = 1
                self.y = TOP
            else:
                self.new_page()

    def text(
        self,
        text: str,
        size: float = 10.0,
        font: str = "regular",
        label: str = "",
        hang: float = 18.0,
        after: float = 6.0,
    ) -> None:
        f = {"regular": self.regular, "bold": self.bold, "italic": self.italic}[font]
        lead = round(size * 1.35, 2)
        x0, x1 = self._col_box()
        indent = hang if label else 0.0
        lines: list[str] = []
        current: list[str] = []
        width = 0.0
        space = f.text_length(" ", fontsize=size)
        avail = x1 - x0 - indent
        for word in text.split():
            w = f.text_length(word, fontsize=size)
            if current and width + space + w > avail:
                lines.append(" ".join(current))
                current, width = [], 0.0
            width = w if not current else width + space + w
            current.append(word)
        if current:
            lines.append(" ".join(current))
        for k, line in enumerate(lines):
            self._room(lead)
            x0, x1 = self._col_box()
            base = self.y + size
            if k == 0 and label:
                self.writers[0].append((x0, base), label, font=f, fontsize=size)
            self.writers[0].append((x0 + indent, base), line, font=f, fontsize=size)
            self.y += lead
        self.y += after


def topics(seed: int = 109) -> list[Topic]:
    rnd = random.Random(seed)
    out = []
    verdicts = ["agrees"] * 30 + ["partly"] * 10 + ["disagrees"] * 10 + ["noted"] * 10
    rnd.shuffle(verdicts)
    for n in range(1, 61):
        prefix = PREFIXES[(n - 1) % len(PREFIXES)]
        suffix = SUFFIXES[(n - 1) // len(PREFIXES) * 3 % len(SUFFIXES)]
        other = SUFFIXES[((n - 1) // len(PREFIXES) * 3 + 1 + n) % len(SUFFIXES)]
        place = PLACES[n - 1]
        words = [prefix + suffix, prefix + other, place]
        title = f"{(prefix + suffix).capitalize()} in {place}"
        out.append(Topic(n, title, words, place, ACTIONS[n % len(ACTIONS)], verdicts[n - 1]))
    return out


def filler(rnd: random.Random, words: int, topic: Topic | None = None) -> str:
    out = []
    sentence: list[str] = []
    for _ in range(words):
        w = rnd.choice(FILLER)
        if topic is not None and rnd.random() < 0.06:
            w = rnd.choice(topic.words)
        sentence.append(w)
        if len(sentence) >= rnd.randint(9, 18):
            out.append(" ".join(sentence).capitalize() + ".")
            sentence = []
    if sentence:
        out.append(" ".join(sentence).capitalize() + ".")
    return " ".join(out)


def recommendation_text(t: Topic, rnd: random.Random) -> str:
    lead = rnd.choice(
        (
            "De AIV beveelt het kabinet aan om",
            "Het kabinet dient",
            "De AIV adviseert de regering om",
            "Het kabinet moet",
        ),
    )
    return (
        f"{lead} het {t.words[0]} voor de regio {t.place} {t.action}, en daarbij het "
        f"{t.words[1]} te betrekken. {filler(rnd, rnd.randint(15, 40), t)}"
    )


def make_advice(path: Path, ts: list[Topic]) -> None:
    rnd = random.Random(1)
    doc = pymupdf.open()
    t = Typesetter(doc, "AIV-advies nr. 999 | Internationale samenwerking in een veranderende wereld", "{n}")
    t.new_page()
    t.space(200)
    t.text("Internationale samenwerking in een veranderende wereld", size=22, font="bold", after=20)
    t.text("Advies nr. 999 van de Adviesraad Internationale Vraagstukken", size=12, after=8)
    t.text("Gegenereerd voor de prestatietest van Weerwoord; de inhoud is willekeurig.", size=10, font="italic")
    chapters = [
        ("Inleiding", 1, 8, None),
        ("Bevindingen", 1, 36, "findings"),
        ("De mondiale context", 2, 40, None),
        ("Europese samenwerking", 1, 40, "sub"),
        ("Regionale verhoudingen", 2, 44, None),
        ("Economische veiligheid", 1, 40, "sub"),
        ("Nederland in de wereld", 2, 40, None),
        ("Beleidsinstrumenten", 1, 30, "steps"),
    ]
    for number, (title, columns, pages, extra) in enumerate(chapters, start=1):
        t.columns = columns
        t.new_page()
        t.text(f"{number} {title}", size=16, font="bold", after=12)
        start = doc.page_count
        k = 0
        while doc.page_count < start + pages:
            k += 1
            topic = ts[rnd.randrange(len(ts))]
            if k % 7 == 0:
                t.text(f"{number}.{k // 7} {topic.title}", size=12, font="bold", after=6)
            if extra == "findings" and k % 11 == 3:
                for i in range(1, rnd.randint(4, 9)):
                    t.text(filler(rnd, rnd.randint(20, 45), topic), label=f"{i}.", after=3)
                t.space(4)
            elif extra == "steps" and k % 9 == 4:
                for letter in "abcde"[: rnd.randint(3, 5)]:
                    t.text(filler(rnd, rnd.randint(12, 30), topic), label=f"{letter})", after=3)
                t.space(4)
            elif extra == "sub" and k % 13 == 5:
                for _ in range(rnd.randint(3, 6)):
                    t.text(filler(rnd, rnd.randint(10, 25), topic), label="•", after=3)
                t.space(4)
            else:
                t.text(filler(rnd, rnd.randint(60, 160), topic))
    t.columns = 1
    t.new_page()
    t.text(f"{len(chapters) + 1} Conclusies en aanbevelingen", size=16, font="bold", after=12)
    t.text(filler(rnd, 220), after=6)
    t.text("De AIV komt tot de volgende aanbevelingen aan het kabinet:", after=6)
    for tp in ts:
        t.text(recommendation_text(tp, rnd), label=f"{tp.number}.", after=5)
    t.columns = 1
    t.new_page()
    t.text("Literatuur", size=16, font="bold", after=12)
    for i in range(1, 80):
        t.text(f"Auteur {i}, {filler(rnd, rnd.randint(6, 14))} Den Haag, {1990 + i % 30}.", size=9, after=2)
    t.flush()
    doc.set_metadata({"title": "Internationale samenwerking in een veranderende wereld"})
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def response_order(ts: list[Topic]) -> list[Topic]:
    order = list(ts)
    order[20:28] = reversed(order[20:28])  # a block answered in another order
    order[40], order[47] = order[47], order[40]
    return order


def make_response(path: Path, ts: list[Topic]) -> None:
    rnd = random.Random(2)
    doc = pymupdf.open()
    t = Typesetter(doc, "Kabinetsreactie op AIV-advies nr. 999", "Pagina {n}")
    t.new_page()
    t.text("Kabinetsreactie op het AIV-advies Internationale samenwerking in een veranderende wereld", 14, "bold")
    t.text("Inleiding", size=11, font="bold", after=6)
    t.text(filler(rnd, 250), after=8)
    for tp in response_order(ts):
        t.text(f"{tp.number}. {tp.title}", size=11, font="bold", label="", after=6)
        opening = rnd.choice(REPLIES[tp.verdict])
        t.text(f"{opening} Het {tp.words[0]} voor {tp.place} is van belang. {filler(rnd, 90, tp)}")
        for _ in range(rnd.randint(3, 5)):
            t.text(filler(rnd, rnd.randint(80, 140), tp))
    t.text("Tot slot", size=11, font="bold", after=6)
    t.text(filler(rnd, 120), after=12)
    t.text("De Minister van Buitenlandse Zaken,", after=30)
    t.flush()
    doc.set_metadata({"title": "Kabinetsreactie op AIV-advies nr. 999"})
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def big_pair(cache: Path) -> tuple[Path, Path]:
    """The generated pair, made once per :data:`VERSION` under ``cache``."""
    folder = cache / VERSION
    advice, response = folder / "advice.pdf", folder / "response.pdf"
    if not (advice.is_file() and response.is_file()):
        folder.mkdir(parents=True, exist_ok=True)
        ts = topics()
        make_advice(folder / "advice.tmp.pdf", ts)
        make_response(folder / "response.tmp.pdf", ts)
        (folder / "advice.tmp.pdf").replace(advice)
        (folder / "response.tmp.pdf").replace(response)
    return advice, response


def expected_verdicts() -> dict[str, str]:
    return {str(t.number): t.verdict for t in topics()}
