"""A library of pairs: a folder with one sub-folder per pair; which file is which, told by their first pages.

In a sub-folder the advice is the document that sounds least like a letter answering
(:func:`app.core.reading.order.response_score`); of the others, the earliest dated (or, undated, the one that
sounds most like a response) is the response and the rest are follow-ups (voortgangsbrief, progress update).
Also read here from the first pages: the advisory body and each document's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.core.reading.order import HEAD_CHARS, HEAD_PAGES, order_pair, response_score
from app.core.reading.reader import KNOWN_SUFFIXES, TEXT_SUFFIXES
from app.core.register.dates import document_date

_FOLLOW_UP_NAME = re.compile(r"voortgang|follow|progress|update|jaarverslag|annual|monitor|tweede|later", re.I)


@dataclass(frozen=True)
class PairFolder:
    """One sub-folder of the library: its name (the pair's name in the register) and its documents."""

    name: str
    folder: Path
    files: tuple[Path, ...]


def scan(library: str | Path) -> tuple[list[PairFolder], list[tuple[str, str]]]:
    """The pairs of a library folder, by name, and the sub-folders that hold no pair (name, why).

    A library that is itself one pair (documents, no sub-folders) is one pair named after it."""
    root = Path(library)
    folders = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    if not folders and len(_documents(root)) >= 2:
        folders = [root]
    pairs: list[PairFolder] = []
    problems: list[tuple[str, str]] = []
    for folder in folders:
        docs = _documents(folder)
        if len(docs) < 2:
            problems.append(
                (folder.name, f"{len(docs)} document(s) in the folder: a pair needs an advice and a response")
            )
            continue
        pairs.append(PairFolder(folder.name, folder, tuple(docs)))
    return pairs, problems


def _documents(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in KNOWN_SUFFIXES
    )


def head(path: str | Path) -> str:
    """The text of a file's first pages as printed (case kept), or '' when it cannot be read without help."""
    p = Path(path)
    try:
        if p.suffix.lower() in TEXT_SUFFIXES:
            with p.open("rb") as fh:
                return fh.read(HEAD_CHARS * 2).decode("utf-8", "replace")[:HEAD_CHARS]
        import pymupdf

        with pymupdf.open(p) as doc:
            if doc.needs_pass:
                return ""
            parts = [doc[i].get_text() for i in range(min(HEAD_PAGES, doc.page_count))]
    except Exception:  # unreadable: reading it properly will say what is wrong
        return ""
    return "".join(parts)[:HEAD_CHARS]


def order_files(files: tuple[Path, ...], heads: dict[Path, str]) -> tuple[Path, Path, list[Path]]:
    """``(advice, response, follow-ups)`` of a pair's documents (``heads``: their first pages' text)."""
    if len(files) == 2:
        a, b = files
        ta, tb = heads.get(a, ""), heads.get(b, "")
        sa, sb = response_score(ta.lower()), response_score(tb.lower())
        if ta and tb and sa != sb:
            return (b, a, []) if sa > sb else (a, b, [])
        first, second = order_pair(a, b)
        return Path(first), Path(second), []
    scores = {f: response_score(heads.get(f, "").lower()) for f in files}
    advice = min(files, key=lambda f: (scores[f], bool(_FOLLOW_UP_NAME.search(f.name)), f.name))
    rest = [f for f in files if f != advice]

    def when(f: Path) -> tuple[int, str, float]:
        named = 1 if _FOLLOW_UP_NAME.search(f.name) else 0
        date = document_date(heads.get(f, ""))[0]
        return (named, date or "9999", -scores[f])

    rest.sort(key=when)
    return advice, rest[0], rest[1:]


_BODY_WORDS = re.compile(
    r"\b(?:adviesraad|raad|commissie|rekenkamer|rekenkamercommissie|inspectie|ombudsman|college|planbureau|"
    r"autoriteit|council|committee|commission|panel|taskforce|task force|office|inspectorate|authority|board|"
    r"tribunal|agency|court|ombudsperson|auditor)\b",
    re.I,
)
_BODY_LEAD = re.compile(
    r"^(?:(?:final\s+|interim\s+|annual\s+)?(?:report|advice|review|a\s+report)\s+(?:of|by|from)\s+|"
    r"(?:advies|rapport|briefadvies|onderzoek|jaarverslag)\s+(?:van|door)\s+|(?:the|de|het)\s+)+",
    re.I,
)
_ADDRESSED = re.compile(r"^(?:report|letter|brief|advies)\s+(?:to|aan)\b|^(?:aan|to)\s", re.I)
_THANKS = re.compile(
    r"\b(?:dankt|bedankt|thanks|thank|welcomes|verwelkomt)\s+(?:de|het|the)\s+([A-Z][\w'’\- ]{3,80}?)\s+"
    r"(?:\(\w+\)\s+)?(?:voor|for)\b"
)


_CONNECTORS = {"voor", "van", "de", "het", "en", "for", "of", "on", "and", "the", "&", "in", "op"}


def _name_at_start(text: str) -> str:
    """The capitalised name a line starts with ("Raad voor Cultuur" of "Raad voor Cultuur concludeert …")."""
    words: list[str] = []
    for word in text.split():
        bare = word.strip(",.:;()")
        if bare[:1].isupper() or (words and bare.lower() in _CONNECTORS):
            words.append(bare)
            if bare != word:
                break
        else:
            break
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    return " ".join(words)


def advisory_body(advice_head: str, response_head: str = "", title: str = "") -> str:
    """The body that gave the advice, as its title page names it ("Raad voor Digitale Uitvoering"), else as the
    response thanks it ("The Government thanks the Clean Air Taskforce for …"); '' when neither says."""
    skip = " ".join(title.lower().split())
    for line in advice_head.splitlines()[:25]:
        text = " ".join(line.split())
        if not text or len(text) > 90 or _ADDRESSED.search(text) or not _BODY_WORDS.search(text):
            continue
        if skip and (text.lower() in skip or skip.startswith(text.lower())):
            continue
        text = re.split(r"\s+[·|–—∙•]\s+|,\s|\s\(", text)[0]
        name = _name_at_start(_BODY_LEAD.sub("", text).strip(" .:;"))
        if _BODY_WORDS.search(name) and len(name.split()) >= 2:
            return name
    m = _THANKS.search(" ".join(response_head.split()))
    return m.group(1).strip() if m else ""
