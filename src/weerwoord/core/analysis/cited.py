"""The recommendations the response cites, found in the advice by what the response calls them.

A response that names what it answers ("Recommendation 2024-02-I-LA-R5", "(rn. 24)", "Recommendation vii.",
"2.2 R/2025/031") tells where to look in the advice, whatever form the advice gives its recommendations: the block
labelled so ("vii."), opening with it ("24 Bied …"), titled by it ("2024-02-I-LA-R1" over its text) or the table row
led by it ("R/2025/031 | Finding | Ensure that …"). The numbers between those cited, and those the series goes on
to in the same type, are looked up too: a recommendation nobody answered is still one ("R3").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from weerwoord.core.analysis import structure
from weerwoord.core.model import Block

MIN_CITED = 3  # fewer citations than this say too little about the advice's form
MIN_WORDS = 6  # a recommendation's text: a title of a few words is not
_SERIES = re.compile(r"^(.*?)(\d+)$")  # "r/2025/03" + "1", "2024-02-i-la-r" + "5", "" + "24"
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


def cited_items(blocks: list[Block], cited: list[str]) -> list[structure._Candidate]:
    """The recommendations the response cites (``cited``, lower case), and the rest of their series, each found in
    the advice's ``blocks``; none when fewer than :data:`MIN_CITED` are found."""
    wanted = [c for c in dict.fromkeys(cited) if c and not c.startswith(("#", "@")) and not _own_number(blocks, c)]
    if not wanted:
        return []
    where = _index(blocks)
    found: dict[str, structure._Candidate] = {}
    for ident in wanted:
        item = _find(blocks, ident, where.get(ident, []))
        if item is not None:
            found[ident] = item
    if len(found) < MIN_CITED:
        return []
    style = {(blocks[c.start_index].bold, blocks[c.start_index].kind) for c in found.values()}
    # (and, where nearly all those cited open alike, "5.1.4 The Commission recommends that …", opening so: not the
    # numbered findings between them, "5.1.2 The Commission further finds …")
    openings = [_opening(blocks[c.start_index]) for c in found.values()]
    common = max(set(openings), key=openings.count)
    alike = common if openings.count(common) >= ALIKE_SHARE * len(openings) else None
    for ident in _series(list(found)):
        if ident not in found:
            item = _find(blocks, ident, where.get(ident, []))
            if item is None or (blocks[item.start_index].bold, blocks[item.start_index].kind) not in style:
                continue
            if alike is None or _opening(blocks[item.start_index]) == alike:
                found[ident] = item
    items = sorted((_with_run_on(blocks, c) for c in found.values()), key=lambda c: c.start_index)
    # a response answers conclusions too ("I welcome the Committee's recognition at paragraph 13"): where most of
    # what it cites asks someone to act, what does not is no recommendation
    asking = [c for c in items if _asks(blocks[c.start_index]) or any(RECOMMENDS.search(b.text) for b in c.blocks[1:])]
    if len(asking) >= len(items) / 2:
        items = asking
    else:  # (or a series of codes that ask beside one that finds: "R1." … after "F1." …, both answered)
        items = _asking_series(items, {id(c) for c in asking})
    # (and where nearly all those cited recommend in so many words, "Wij adviseren …", those of the series it does not
    # cite must too: not a finding that says what others must do, "Zij moeten hun drainage … aanpassen", nor an earlier
    # advice quoted, "… schreef de klankbordgroep in 2019: 'Het waterschap moet …'")
    # (paragraphs numbered through the report, "14", "15": not codes a report gives its recommendations only, "R3")
    named = [c for c in items if c.number.lower() in wanted]
    saying = [c for c in named if _recommends(c)]
    if all(c.number.isdigit() for c in named) and len(saying) >= ALIKE_SHARE * len(named):
        items = [c for c in items if c.number.lower() in wanted or _recommends(c)]
    items = _this_years(items, wanted)
    if len(items) < MIN_CITED:
        return []
    starts = [c.start_index for c in items]
    return items if len(set(starts)) == len(starts) else []


def _asking_series(items: list[structure._Candidate], asking: set[int]) -> list[structure._Candidate]:
    """Of items coded in two series or more ("F1" … "F8", "R1" … "R7"), those of the series that all ask, where the
    others ask none of them; else all."""
    series: dict[str, list[structure._Candidate]] = {}
    for c in items:
        series.setdefault(re.sub(r"[\d.]+$", "", c.number.upper()), []).append(c)
    if len(series) < 2 or any(not prefix.isalpha() for prefix in series):
        return items
    kept = [g for g in series.values() if all(id(c) in asking for c in g)]
    others = [g for g in series.values() if not any(id(c) in asking for c in g)]
    if kept and len(kept) + len(others) == len(series):
        return sorted((c for g in kept for c in g), key=lambda c: c.start_index)
    return items


YEAR_IN_CODE = re.compile(r"-((?:19|20)\d\d)-")  # "FG-2025-03": the year of a code


def code_year(code: str) -> str | None:
    """The year a code carries ("2025" of "FG-2025-03"), or None."""
    m = YEAR_IN_CODE.search(code)
    return m.group(1) if m else None


def _this_years(items: list[structure._Candidate], cited: list[str]) -> list[structure._Candidate]:
    """The items of the year most of those cited carry, where codes carry years ("FG-2025-01" … "-07"): an earlier
    year's ("FG-2024-03", in the report's follow-up of last year's) was answered once more, not advised anew."""
    years = Counter(y for c in cited if (y := code_year(c)))
    if len(years) < 2:
        return items
    main, n = years.most_common(1)[0]
    if n < 3 * (sum(years.values()) - n):
        return items
    return [c for c in items if code_year(c.number) in (None, main)]


# what would be wise, said as advice: "Het is daarom verstandig de nationale kampioenschappen voortaan …"
WISE = re.compile(r"\b(?:is|lijkt)\s+(?:\w+\s+){0,2}?(?:verstandig|wise|sensible)\b", re.I)
RECOMMENDS = re.compile(
    r"\b(?:advis\w*|adviseer\w*|aanbevel\w*|beveelt|bevelen|recommend\w*|urges?|raadt|raden)\b", re.I
)


def _recommends(item: structure._Candidate) -> bool:
    """Whether an item recommends in so many words ("Wij adviseren …"), in any of its paragraphs."""
    return any(RECOMMENDS.search(b.text) for b in item.blocks)


RUN_ON_INDENT = 8.0  # points: a paragraph of a numbered one stands this far right of its number, or further
RUN_ON_BLOCKS = 3


def _with_run_on(blocks: list[Block], item: structure._Candidate) -> structure._Candidate:
    """A numbered paragraph with the paragraphs that run on under its text, indented past its number, up to the
    next number or heading ("16 Aan de Kanaalweg … staan 37 woningen …" and "Bewoners vrezen …. Wij adviseren
    daarom …" under it)."""
    first = blocks[item.start_index]
    more: list[Block] = []
    for b in blocks[item.start_index + 1 : item.start_index + 1 + RUN_ON_BLOCKS]:
        if b.kind != "paragraph" or b.label or b.table_row or b.x0 < first.x0 + RUN_ON_INDENT:
            break
        more.append(b)
    return replace(item, blocks=[*item.blocks, *more]) if more and first.kind == "item" else item


def _own_number(blocks: list[Block], ident: str) -> bool:
    """Whether ``ident`` is the advice's own number, its title on the first page ("ADVIES 2026-05"), which the
    response names as what it answers as a whole ("Advies 2026-05 van de cultuurraad …: voorwaardelijk gunstig")."""
    own = re.compile(rf"(?:advies|advice|rapport|report)\s+(?:nr\.?\s*|no\.?\s*)?{re.escape(ident)}", re.I)
    return any(b.page == 1 and b.kind == "heading" and own.fullmatch(b.text.strip()) for b in blocks[:40])


def _series(idents: list[str]) -> list[str]:
    """The identifiers of the series the found ones belong to: the numbers between them, and up to three before
    and after ("r1" … "r6" where "r1", "r2", "r4" were cited)."""
    romans = [i for i in idents if i in _ROMANS]
    if romans and (len(romans) == len(idents) or len(romans) >= 2):
        # (also beside a finding the response answers by its number: "Ad bevinding 4" among "Ad I" … "Ad VI")
        top = max(_ROMANS.index(i) for i in romans)
        return _ROMANS[: min(len(_ROMANS), top + 4)] + _series([i for i in idents if i not in _ROMANS])
    if len(idents) >= 2 and all(len(i) == 1 and "a" <= i <= "z" for i in idents):
        # (letters, "A" … "F" cited: "G", the one no reply names, after them)
        return [chr(c) for c in range(ord("a"), min(ord("z"), ord(max(idents)) + 3) + 1)]
    out: list[str] = []
    by_prefix: dict[str, list[tuple[int, int]]] = {}
    for ident in idents:
        m = _SERIES.match(ident)
        if m:
            by_prefix.setdefault(m.group(1), []).append((int(m.group(2)), len(m.group(2))))
    for prefix, numbers in by_prefix.items():
        if len(numbers) < (1 if prefix else 2):
            continue  # (a code's series from one of it, "M-1" → "M-2", "M-3"; bare numbers from two)
        width = min(w for _, w in numbers)
        low, high = min(n for n, _ in numbers), max(n for n, _ in numbers)
        for n in range(max(0, low - 3), high + 4):
            out.append(f"{prefix}{n:0{width}d}")
    return out


def _token(word: str) -> str:
    return word.strip().strip("()").rstrip(".):").lower()


def _index(blocks: list[Block]) -> dict[str, list[int]]:
    """Where each block may be called something: its label, its first word (or two, a code "OA 26/01"), a short
    heading's last word (one pass over a long advice, not one per identifier)."""
    out: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        words = b.text.split()
        keys = {_token(b.label)} if b.label.strip() else set()
        if words:
            keys.add(_token(words[0]))
            if len(words) >= 2 and words[1][:1].isdigit():
                keys.add(_token(f"{words[0]} {words[1]}"))  # a code of two words: "OA 26/01 - Achterstand"
            if b.kind == "heading" and len(words) <= 5:
                keys.add(_token(words[-1]))
        for key in keys:
            out.setdefault(key, []).append(i)
    return out


def _find(blocks: list[Block], ident: str, candidates: list[int]) -> structure._Candidate | None:
    """The block of the advice that is the recommendation called ``ident``, the fullest where there are several
    (a summary's short form and the full text); ``candidates``: the blocks that may be called so."""
    # (a letter alone with its bracket or stop, or before a capital: "(a) Replace …", "A Tell people …"; not the
    # article opening "A parish councillor …")
    stop = r"(?:[.):]|(?=\s+(?-i:[A-Z]))|(?=\s*$))" if len(ident) == 1 and ident.isalpha() else "[.):]?"
    opening = re.compile(rf"^\(?{re.escape(ident)}{stop}(?:\s+(?=\S)|\s*$)", re.I)  # (a title alone too)
    # … or a short title ending in it: "Recommendation M-2", "Recommendations Recommendation M-1"
    title = re.compile(rf"^(?:\S+\s+){{0,4}}\(?{re.escape(ident)}[.):]?$", re.I)
    best: tuple[int, structure._Candidate] | None = None
    for i in candidates:
        b = blocks[i]
        label = _token(b.label)
        text = b.text.strip()
        if label == ident:
            at = _text_of(blocks, i)
        elif opening.match(text):
            enough = len(text.split()) - len(ident.split()) >= MIN_WORDS and b.kind != "heading"
            at = i if enough else _text_of(blocks, i)
        elif title.match(text) and b.kind == "heading":
            at = _text_of(blocks, i)
        else:
            continue
        if at is None:
            continue
        words = len(blocks[at].text.split())
        if words >= MIN_WORDS and (best is None or words > best[0]):
            printed = re.search(re.escape(ident), f"{b.label} {text}", re.I)
            number = printed.group(0) if printed else ident
            block = blocks[at]
            opens = opening.match(block.text) if at == i else None
            # "A1 That the Council …": the code is its label, the text follows it (also after a margin number:
            # "7. R1 De HRJ beveelt …")
            if opens:
                block = replace(block, run=block.run.slice(opens.end(), len(block.text)).strip(), label=number)
            best = (words, structure._Candidate(number, [block], at))
    return best[1] if best else None


def _text_of(blocks: list[Block], i: int) -> int | None:
    """Where the text of an item titled or labelled at ``i`` stands: the item itself when it says enough, the text
    under a title, or the cell of its table row that asks."""
    b = blocks[i]
    if b.table_row:
        from weerwoord.core.analysis.naming import RUN_IN
        from weerwoord.core.analysis.requests import asks

        cells = structure.row_cells(blocks, i)
        asking = [j for j in cells if asks(blocks[j])]
        # (a cell that opens with a title of its own describes the risk the row is on: "Hand-armtrillingen.
        # Medewerkers groen werken …" beside "Laat de blootstelling … meten")
        untitled = [j for j in asking if not RUN_IN.match(blocks[j].text.strip())]
        return (untitled or asking)[0] if asking else max(cells, key=lambda j: len(blocks[j].text.split()))
    if len(b.text.split()) >= MIN_WORDS and b.kind != "heading":
        return i
    for j in range(i + 1, min(len(blocks), i + 3)):
        if blocks[j].table_row:
            break  # (not a table's cell under a chapter's title: "2 Normenkader" over a table of norms)
        if blocks[j].kind != "heading" and len(blocks[j].text.split()) >= MIN_WORDS:
            return j  # (the text under a title, however long the title: "V.1.1. Een richtlijn voor het gebruik …")
    return i if len(b.text.split()) >= 8 else None


ALIKE_SHARE = 0.75  # of the items cited, that open in the same words, for the rest of their series to open so too


def _opening(b: Block) -> str:
    """A block's first three words after its own number ("the commission recommends")."""
    from weerwoord.core.analysis.requests import PARAGRAPH_NUMBER

    return " ".join(PARAGRAPH_NUMBER.sub("", b.text.strip()).lower().split()[:3])


def _asks(b: Block) -> bool:
    """Whether a cited item asks someone to act: a request (:func:`requests.asks`), a recommending verb, or a verb
    first ("Amend Board Bylaw 9322 so that …", under its code, not set apart by a label of its own)."""
    from weerwoord.core.analysis.requests import asks, verb_first

    if asks(b) or structure.REC_VERB.search(b.text) or WISE.search(b.text):
        return True
    words = b.text.split()
    return (
        len(words) >= MIN_WORDS
        and words[0][:1].isupper()
        and not words[0].isupper()
        and verb_first(words[0].lower(), words[1].lower().strip(",.;:"))
        and not words[0].lower().endswith(("ed", "s"))
    )
