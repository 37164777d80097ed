"""A library of pairs: a folder with one sub-folder per pair; which file is which, told by their first pages.

In a sub-folder the advice is the document that sounds least like a letter answering
(:func:`weerwoord.core.reading.order.response_score`); of the others, the earliest dated (or, undated, the one that
sounds most like a response) is the response and the rest are follow-ups (voortgangsbrief, progress update).
Also read here from the first pages: the advisory body and each document's own date.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from weerwoord.core.reading.order import HEAD_CHARS, HEAD_PAGES, order_pair, response_score
from weerwoord.core.reading.reader import KNOWN_SUFFIXES, TEXT_SUFFIXES
from weerwoord.core.register.dates import document_date
from weerwoord.core.words import _, n_

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
            why = n_(
                "{n} document in the folder: a pair needs an advice and a response",
                "{n} documents in the folder: a pair needs an advice and a response",
                len(docs),
            )
            problems.append((folder.name, why.format(n=len(docs))))
            continue
        pairs.append(PairFolder(folder.name, folder, tuple(docs)))
    return pairs, problems


def gather(paths: Sequence[str | Path]) -> tuple[list[PairFolder], list[tuple[str, str]]]:
    """The pairs in what the reader dropped or chose: a library folder (one sub-folder per pair), a pair's own
    folder, or loose documents, put into pairs by their content (:func:`group_documents`). Pair names are made
    unique ("name (2)"); what holds no pair is listed as (name, why)."""
    pairs: list[PairFolder] = []
    problems: list[tuple[str, str]] = []
    loose: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, trouble = scan(path)
            if not found and not trouble:
                trouble = [(path.name, _("the folder holds no pair: no sub-folders and fewer than two documents"))]
            pairs += found
            problems += trouble
        elif path.is_file() and path.suffix.lower() in KNOWN_SUFFIXES and not path.name.startswith("."):
            loose.append(path)
        else:
            problems.append(
                (path.name, _("not a document Weerwoord reads (PDF, XPS, EPUB or plain text) nor a folder"))
            )
    heads = {f: head(f) for f in loose} if len(loose) > 2 else {}
    groups, alone = group_documents(loose, heads)
    for files in groups:
        advice, _response, _follow_ups = order_files(tuple(files), heads or {f: head(f) for f in files})
        pairs.append(PairFolder(advice.stem, advice.parent, tuple(sorted(files))))
    problems += [(f.name, _("no other document given answers it or is answered by it")) for f in alone]
    seen: dict[str, int] = {}
    unique: list[PairFolder] = []
    for pair in pairs:
        n = seen[pair.name] = seen.get(pair.name, 0) + 1
        unique.append(pair if n == 1 else PairFolder(f"{pair.name} ({n})", pair.folder, pair.files))
    return unique, problems


_WORD = re.compile(r"[^\W\d_]{5,}")


def group_documents(files: Sequence[Path], heads: dict[Path, str] | None = None) -> tuple[list[list[Path]], list[Path]]:
    """Loose documents put into pairs by their first pages: ``(groups, left alone)``.

    Two documents are one pair. Of more, each is linked to the document whose first pages share the most words
    with its own, a word counting the more the fewer documents use it (a title's words, not "report"); the
    documents so linked together are a pair (with a follow-up when three). A larger cluster is cut into pairs,
    the closest first, and a document left over joins its closest pair as a follow-up when it sounds more like
    a response than that pair's advice; the rest is left alone. ``heads``: the first pages, when read already.
    """
    if len(files) < 2:
        return [], list(files)
    if len(files) == 2:
        return [list(files)], []
    heads = heads or {f: head(f) for f in files}
    words = {f: set(_WORD.findall(heads[f].lower())) for f in files}
    used: dict[str, int] = {}
    for ws in words.values():
        for w in ws:
            used[w] = used.get(w, 0) + 1
    weight = {w: math.log(len(files) / n) for w, n in used.items()}
    mass = {f: math.sqrt(sum(weight[w] for w in words[f])) or 1.0 for f in files}

    def near(a: Path, b: Path) -> float:
        return sum(weight[w] for w in words[a] & words[b]) / (mass[a] * mass[b])

    order = {f: n for n, f in enumerate(files)}
    best = {f: max((g for g in files if g != f), key=lambda g: (near(f, g), -order[g])) for f in files}
    cluster = {f: f for f in files}  # union-find over the links to the closest document

    def root(f: Path) -> Path:
        while cluster[f] != f:
            cluster[f] = cluster[cluster[f]]
            f = cluster[f]
        return f

    for f in files:
        if near(f, best[f]) > 0:
            cluster[root(f)] = root(best[f])
    clusters: dict[Path, list[Path]] = {}
    for f in files:
        clusters.setdefault(root(f), []).append(f)
    score = {f: response_score(heads[f].lower()) for f in files}
    groups: list[list[Path]] = []
    alone: list[Path] = []
    for members in clusters.values():
        if len(members) == 1:
            alone += members
        elif len(members) <= 3:
            groups.append(members)
        else:
            pairs, rest = _cut(members, near)
            groups += pairs
            home = {f: pair for pair in pairs for f in pair}
            for f in rest:
                pair = home.get(best[f])
                if pair is not None and score[f] > min(score[g] for g in pair):
                    pair.append(f)
                else:
                    alone.append(f)
    groups.sort(key=lambda g: min(order[f] for f in g))
    return groups, sorted(alone, key=order.__getitem__)


def _cut(members: list[Path], near: Callable[[Path, Path], float]) -> tuple[list[list[Path]], list[Path]]:
    """A cluster cut into pairs, the closest two first: ``(pairs, left over)``."""
    links = sorted(
        ((near(a, b), i, j) for i, a in enumerate(members) for j, b in enumerate(members) if i < j), reverse=True
    )
    taken: set[int] = set()
    pairs: list[list[Path]] = []
    for weight, i, j in links:
        if weight > 0 and i not in taken and j not in taken:
            taken |= {i, j}
            pairs.append([members[i], members[j]])
    return pairs, [f for n, f in enumerate(members) if n not in taken]


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
