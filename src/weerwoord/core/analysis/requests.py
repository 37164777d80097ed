"""Requests set alike: a reading of the recommendations that needs no number, no label and no chapter title.

Advice that does not number its recommendations still asks in words the reader recognises at the opening of each
one: "We vragen de Vlaamse Regering om …", "The Commission should …", "De Raad adviseert …", a verb first
("Apologise to Mrs C …", "Reserveer op de rijksbegroting …"), often after a title run in ("Eén loket. We vragen …").
Such openings also occur in the running text; what sets the recommendations apart is that they stand together,
set alike (the same kind of block, weight, slant and indent, or the same column of a table), three or more in a
run with at most a title between them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from weerwoord.core import wordlists
from weerwoord.core.analysis import codes, structure
from weerwoord.core.analysis.cited import code_year
from weerwoord.core.analysis.echoes import OPENING_PREPOSITIONS, request
from weerwoord.core.analysis.naming import RUN_IN
from weerwoord.core.analysis.recommending import ACTOR_QUESTION, NOT_AFTER, POINTS_NAMED, lost
from weerwoord.core.analysis.spans import first_sentence
from weerwoord.core.analysis.structure import row_cells
from weerwoord.core.analysis.table_replies import DOTTED
from weerwoord.core.analysis.tallies import number_words
from weerwoord.core.model import Block
from weerwoord.core.wordlists import function_words

# the advisory body or "we" asking, at the opening: "We vragen", "Wij bevelen … aan", "The Ombudsman suggests"
ASKING = re.compile(
    r"^(?:please\s+(?=[a-z]+\s)|"  # ("Please send all letters about appointments in Easy Read.")
    r"(?:(?:daarom|therefore|ook|also|tot slot|finally)\s*,?\s+)?"
    r"(?:we|wij|ik|i|de raad|de commissie|de adviesraad|het college|the (?:council|committee|commission|ombudsman|"
    r"board|inquiry|panel|review))\s+(?:also\s+|ook\s+)?"
    r"(?:vragen|vraagt|verzoeken|verzoekt|bevelen|beveelt|adviseren|adviseert|raden|raadt|pleiten|pleit|roepen|roept|"
    r"ask|asks|urge|urges|call|calls|recommend|recommends|suggest|suggests|propose|proposes|invite|invites"
    # (an Easy Read report's "We want every doctor's surgery to give …"; not "We want to thank …")
    r"|want(?!\s+to\b)|wants(?!\s+to\b)|willen\s+(?=dat\b))\b"
    # (or the verb first after an opening word, as Dutch puts it: "Tot slot adviseert de raad om …")
    r"|(?:daarom|daarnaast|verder|voorts|ook|tot slot|ten slotte)\s*,?\s+(?:adviseert|adviseren|beveelt|bevelen|vraagt|"
    r"vragen|raadt|raden|verzoekt|verzoeken)\s+(?:de raad|de commissie|de adviesraad|wij|we|ik)\b)",
    re.I,
)
# someone who should or must act, within the opening words: "The Commission should …", "Gemeenten moeten …";
# not a finding in the past ("should have", "had moeten") nor a negation of it
OUGHT = re.compile(
    r"^(?:[^.;:]{0,120}?\s)?(?:should|must|ought to|moet|moeten|dient|dienen|zou moeten|zouden moeten)\b"
    r"(?!\s+(?:have|hebben|not|niet|be noted)\b)",
    re.I,
)
# a consultation's question the advice answers, printed before its answer: "Question 4: Do you agree with the proposed
# annual fee …? (Yes / No / Don't know)", "Vraag 3. Bent u het eens …", "Q7 What enforcement powers should …"
QUESTION_PUT = re.compile(
    r"^(?:question|vraag|consultation question|consultatievraag|q)\s*\d{1,2}[a-z]?\s*[:.)]?\s", re.I
)
LEAD_IN = re.compile(
    # (not what points back at them: "… every six months until each of these actions has been completed.")
    r"(?<!\bof\s)(?<!\bvan\s)\b(?:these|the\s+following|deze|de\s+volgende)\s+(?:\w+\s+)?(?:things|points|steps|actions|dingen|punten|stappen"
    r"|acties|maatregelen|measures)\b[^.;:]{0,30}[.:]\s*$",
    re.I,
)
ANSWER_ASKED = re.compile(
    r"\b(?:to\s+(?:answer|respond|reply)|te\s+(?:antwoorden|reageren))\b(?:\s+[\w-]+){0,4}?\s+(?:by|before|within|vóór|binnen)\b"
    # (an answer asked for, after its article or owner: "your response by 1 May"; not a thing that is no answer, "the
    # emergency response before they go off duty")
    r"|\b(?:a|an|the|your|their|its|our|written|formal|full|uw|een|het|jullie|hun|haar|zijn|schriftelijke?|formele)\s+"
    r"(?:antwoord|reactie|answer|response|reply)\s+(?:\w+\s+){0,2}(?:by|before|within|vóór|binnen)\b",
    re.I,
)
MIN_RUN = 3
MAX_GAP = 2  # blocks between two requests of one run: a title ("Advies II"), a short note


# a paragraph's own number before its text (structure.MARGIN_NUMBER): "[12] I recommend that …", "22 Toon …"
# (or by its section: "7.1 Submits to the Committee …", a committee's report numbering each paragraph)
# (or by a code of letters, a stop and a number in the margin: "R.1 Stel een schriftelijke onthaalprocedure op …")
PARAGRAPH_NUMBER = re.compile(
    rf"^(?:{structure.MARGIN_NUMBER}|({structure.SECTION_NUMBER}|(?-i:[A-Z]{{1,3}})\.\d{{1,2}})\s+(?=[A-Z]))"
)


# a sentence that opens by the law it states
PREAMBLE = re.compile(r"(?:whereas|overwegende(?:\s+dat)?|considering\s+that)\b", re.I)
BY_LAW = re.compile(
    r"(?:under|pursuant to|in accordance with)\s+(?:section|article|regulation|rule|s\.)\s*\d"
    r"|(?:op grond van|krachtens|ingevolge|volgens)\s+(?:artikel|art\.)\s*\d"
    # (or a law by its name: "Op grond van de Waterwet moet de beheerder …", "Under the Licensing Act 2003 the council
    # must …")
    r"|(?:op grond van|krachtens|ingevolge|volgens)\s+(?:de|het)\s+(?-i:[A-Z])\w*wet\b"
    r"|(?:under|pursuant to)\s+the\s+(?-i:[A-Z])[\w ()-]{2,60}?\s+Act\b",
    re.I,
)


def paragraph_number(b: Block) -> str | None:
    """The number a block's text opens with as its paragraph's own (none when it has a list label)."""
    m = None if b.label else PARAGRAPH_NUMBER.match(b.text.strip())
    return (m.group(1) or m.group(2) or m.group(3)) if m else None


def _opening(b: Block) -> str:
    """The block's text after a paragraph's number, a recommendation label or a title run in ("Advies II",
    "Eén loket.")."""
    text = PARAGRAPH_NUMBER.sub("", b.text.strip())
    label = structure.REC_LABEL.match(text)
    if label:
        text = text[label.end() :]
    run_in = RUN_IN.match(text)
    return text[run_in.end() :] if run_in else text


def asks(b: Block) -> bool:
    """Whether a block opens by asking someone to act."""
    if (b.kind == "heading" and len(b.text.split()) < 8) or QUESTION_PUT.match(b.text.strip()):
        return False
    text = _opening(b)
    parts = text.split()
    if len(parts) < 6 or text.rstrip().endswith(":") or structure.CONCLUSION_ONLY.match(text):
        return False
    if BY_LAW.match(text) or PREAMBLE.match(text):
        # a duty the law sets: "Under section 55 of the Police Act 1996 the commissioner must publish …"; or a
        # resolution's ground: "WHEREAS the responsibility for the curriculum … rests with the faculty; therefore be it"
        return False
    if text.rstrip().endswith("?"):
        # a question put to whoever must act: "Will the Minister ensure that …?"; not one put to the reader ("Do you
        # support the proposed hours …?", a consultation's questions)
        return bool(ACTOR_QUESTION.match(text))
    if (m := ASKING.match(text)) and NOT_AFTER.match(text, m.end()):
        return False  # (what it does not advise: "Wij adviseren niet om de flat te slopen: …")
    if m or request(text) or OUGHT.match(" ".join(parts[:14])):
        return True
    # a verb first, where the block is set apart as a point (a table cell, a list item, a titled paragraph)
    set_apart = bool(b.table_row or b.label or b.kind == "item" or RUN_IN.match(b.text.strip()) or paragraph_number(b))
    # (or a heading of eight words or more: "Install flood warning sirens in Lower Wirraway and at the …" in a bar;
    # not a title, a noun before its preposition: "Advies over de conceptnota …")
    # (nor a title and its subtitle: "Strategische doelstelling 1 - Gezond eten …")
    heading = (
        b.kind == "heading"
        and len(parts) > 1
        and parts[1].lower() not in _PREPOSITIONS
        and not TITLE_PARTS.search(text)
    )
    return (set_apart or heading) and opens_with_verb(text)


TITLE_PARTS = re.compile(r"\s[-–—:|]\s|:\s")
_PREPOSITIONS = wordlists.words("title-prepositions")  # resources/language/title-prepositions.txt


_NOUN_PREPOSITIONS = frozenset(("om", "van", "over", "voor", "tot", "uit", "naar"))
# (and after these, a plural verb a few words on: "Leerlingen met een deeltijdrooster vallen buiten …"; not
# "Handhaven met een last onder dwangsom, zodat …")
_SUBJECT_PREPOSITIONS = frozenset(("met", "zonder", "in", "op", "bij", "aan"))


def opens_with_verb(text: str) -> bool:
    """Whether a text opens with a verb, as a point that asks does ("Ensure that", "Reserveer op", "Require Schools
    to …"; not "Mrs C said", "Tabel 1.", "ACM concludeert …", "Reviewed relevant state laws")."""
    parts = text.split()
    if len(parts) < 2:
        return False
    first, second = (w.strip(",.;:").lower() for w in parts[:2])
    # (or a number after the verb, a lower-case word after it: "Protect 24 elective beds …"; not "Table 24 shows")
    counted = (
        parts[1].isdigit()  # (no year, no number closing a clause: "Since 2011, no one …")
        and not re.fullmatch(r"(?:19|20)\d\d", parts[1])
        and len(parts) > 2
        and parts[2][:1].islower()
        and first not in wordlists.words("numbered-things")
    )
    after = parts[1].lstrip("'\"‘“(")  # (a quoted object: "Replace 'where possible' with a firm target …")
    return (
        (after[:1].islower() or counted or (len(parts) > 2 and parts[2].lower() in ("to", "om")))
        and parts[0][:1].isupper()
        and not parts[0].isupper()  # "ACM concludeert …": an acronym is who speaks, not what to do
        and first not in number_words()  # "Seven of the eleven process rooms lack …": a count, no verb
        and first not in OPENING_PREPOSITIONS
        and first not in wordlists.words("quantity-words")  # ("Driekwart van de reizigers vindt …": a share)
        and verb_first(first, second)
        # "Reviewed relevant state laws": done, not to do ("Bied", "Verbied honden …", "Besteed", "Vergoed", "Proceed"
        # ask)
        and not (first.endswith("ed") and len(first) > 4 and not first.endswith(("bied", "eed", "goed")))
        and second != "werd"
        # (a plural noun and its preposition: "Verzoeken om handhaving blijven … liggen", "Klachten over …")
        and not (first.endswith("en") and len(first) > 6 and second in _NOUN_PREPOSITIONS)
        and not (
            first.endswith("en")
            and len(first) > 6
            and second in _SUBJECT_PREPOSITIONS
            and any(w.endswith("en") and len(w) > 4 and w not in function_words() for w in parts[3:6])
        )
        # (a plural in -ers and its verb: "Ouders vinden het lastig …", "Medewerkers met een teamleider die …,
        # geven …"; no verb of the kind asks ends so)
        and not (first.endswith("ers") and len(first) > 4 and (second.endswith("en") or len(first) > 6))
        # (two plural forms, a subject and its verb: "Jongeren vallen tussen wal en schip", not "Bied iedereen …")
        and not (
            first.endswith("en")
            and second.endswith("en")
            and len(first) > 4
            and second not in function_words() | {"geen", "tien", "zeven", "negen"}  # "Reken geen …"
        )
    )


def verb_first(first: str, second: str) -> bool:
    """Whether two opening words (lower case) read as a verb and what follows it ("laat klachten", "publish the"),
    not a subject and its verb ("de onderzoekers", "walstroom is")."""
    return first not in function_words() and not structure.DECLARATIVE.match(second)


# the running text's left edge: where most plain paragraphs start, and on pages of two columns also the second
# column's, far to the right (an indent of a few points is a box or a quote, not a column)
BODY_SHARE = 0.15
COLUMN_APART = 100.0  # points
BODY = 10_000  # the indent of a block at a left edge of the running text, whichever column


def _style(b: Block, column: int, body: frozenset[int]) -> tuple[str, bool, bool, int]:
    """How a block is set: kind, weight, slant, and its indent (at the running text's left edge, in either
    column, the same), or for a table cell its column."""
    x = round(b.x0 / 8)
    where = -column - 1 if b.table_row else (BODY if x in body else x)
    return (b.kind if b.kind != "heading" else "paragraph", b.bold, b.italic, where)


def _body_edges(blocks: list[Block]) -> frozenset[int]:
    edges = Counter(round(b.x0 / 8) for b in blocks if b.kind == "paragraph" and not b.table_row)
    if not edges:
        return frozenset()
    main = edges.most_common(1)[0][0]
    total = sum(edges.values())
    return frozenset(
        x for x, n in edges.items() if x == main or (n >= BODY_SHARE * total and abs(x - main) * 8 >= COLUMN_APART)
    )


def _columns(blocks: list[Block]) -> dict[int, int]:
    """For each table cell, its column: its place from the left among the cells of its row, counted apart for each
    table (a table of the norms tested, "3.2 | Onvrijwillige zorg volgens het stappenplan Wzd | voldoet niet", is not
    the table of requests under the next heading)."""
    rows: dict[int, list[int]] = {}
    table = 0
    tables: dict[int, int] = {}
    for i, b in enumerate(blocks):
        if b.table_row:
            rows.setdefault(b.table_row, []).append(i)
            tables.setdefault(b.table_row, table)
        elif b.kind == "heading" or len(b.text.split()) > 12:
            table += 1  # (text between two tables; a page's running title is no text)
    # (tables of as many columns are one: a report's table per complaint, "No. | Ref. | What we found | What the
    # Board should do", each under its own heading)
    # (a cell's column by its left edge among the row's edges: a cell of bulleted points is several blocks)
    edges = {row: sorted({round(blocks[i].x0 / 8) for i in cells}) for row, cells in rows.items()}
    shapes: dict[int, int] = {}
    for row in rows:
        shapes[tables[row]] = max(len(edges[row]), shapes.get(tables[row], 0))
    first_alike: dict[int, int] = {}
    same = {t: first_alike.setdefault(shape, t) for t, shape in sorted(shapes.items())}
    out: dict[int, int] = {}
    for row, cells in rows.items():
        for i in cells:
            out[i] = edges[row].index(round(blocks[i].x0 / 8)) + TABLE_APART * same[tables[row]]
    return out


TABLE_APART = 100  # columns of a later table count on from here


NOTHING_ASKED = re.compile(
    r"^\s*(?:geen\s+(?:voorstel|advies|aanbeveling|opmerking)(?:en)?|no\s+(?:recommendation|proposal|change|comment)s?"
    r"|n\.?v\.?t\.?|none)\b",
    re.I,
)


def _asks_nothing(blocks: list[Block], i: int) -> bool:
    """Whether a cell asks nothing, or its row says no work is to be done."""
    return bool(NOTHING_ASKED.match(blocks[i].text)) or no_work_in_row(blocks, i)


def no_work_in_row(blocks: list[Block], i: int) -> bool:
    """Whether a cell of the table row block ``i`` stands in says no work is to be done ("No work at present; check
    again …"; not a proposal's "No change to …" beside the advice's request to change it)."""
    return any(NO_WORK.match(blocks[j].text) for j in row_cells(blocks, i))


NO_WORK = re.compile(
    r"^\s*(?:no\s+(?:further\s+)?(?:work|action)s?|geen\s+(?:verdere\s+)?(?:werk|actie|maatregel)(?:en)?)\b", re.I
)


def request_runs(blocks: list[Block]) -> list[list[structure._Candidate]]:
    """Requests set alike, each group a candidate reading, the largest first. Requests set apart from the running
    text (table cells of one column, list items, bold or italic, titled, indented) are grouped wherever they stand
    in the document; requests in plain running text only where three or more stand together."""
    # (not a lead-in to them: "We want the health board to do these things."; nor the request for an answer to them:
    # "We want the health board to answer us by the end of April 2026.")
    asking = [
        i
        for i, b in enumerate(blocks)
        if asks(b)
        and not LEAD_IN.search(b.text[-200:])
        and not LEAD_IN.search(first_sentence(b.text))  # ("Wij bevelen … de volgende maatregelen aan. De bedragen …")
        and not ANSWER_ASKED.search(b.text[:200])
        # (nor a motion lost, nor a line that singles out the points by their numbers)
        and not lost(blocks, i)
        and not POINTS_NAMED.search(b.text)
    ]
    columns = _columns(blocks)
    body = _body_edges(blocks)
    groups: dict[tuple[str, bool, bool, int], list[int]] = {}
    runs: list[list[int]] = []
    for i in asking:
        b = blocks[i]
        style = _style(b, columns.get(i, 0), body)
        apart = bool(b.table_row or b.label or b.bold or b.italic or RUN_IN.match(b.text.strip()))
        if apart or style[3] != BODY:
            groups.setdefault(style, []).append(i)
            continue
        if runs and _style(blocks[runs[-1][-1]], 0, body) == style and _no_break(blocks, runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = _with_commands_between(blocks, runs, body)
    for style, g in groups.items():
        if style[3] < 0 and len(g) >= MIN_RUN:
            groups[style] = _whole_column(blocks, g, columns)
        elif len(g) >= MIN_RUN and not blocks[g[0]].table_row:
            groups[style] = _whole_run(blocks, g, style, body)
    found = [_same_opening_between(blocks, g) for g in [*groups.values(), *runs] if len(g) >= MIN_RUN]
    # the advisory body asking in so many words ("De raad vraagt …", "De raad beveelt aan …", "The Committee
    # recommends …") wherever it stands, bold or not, between paragraphs of findings: one group however set
    bodies = [i for i in asking if ASKING.match(_opening(blocks[i])) and not blocks[i].table_row]
    if len(bodies) >= MIN_RUN and all(not set(bodies) <= set(g) for g in found):
        found.append(bodies)
    out = []
    # (not a cell of the column that asks nothing: "Geen voorstel: wij steunen deze actie van harte.")
    # (nor a cell of a row that asks nothing in another: "Small bleeding canker … | No work at present; …")
    found = [g for g in ([i for i in g if not _asks_nothing(blocks, i)] for g in found) if len(g) >= MIN_RUN]
    for group in sorted(found, key=len, reverse=True):
        # numbered as their paragraphs are, when each is ("In paragraph 14, the Board recommended …", "(rn. 24)");
        # else by their place
        # (or by the number each is labelled with: "1.2 | Zorg dat elk zorgleefplan …", the norm's number)
        numbers: list[str | None] = [
            paragraph_number(blocks[i]) or _row_code(blocks, i) or _label_of_its_own(blocks[i].label) for i in group
        ]
        coded = [n for n in numbers if n]
        if len(coded) >= 3 and len(coded) >= 2 * len(numbers) / 3 and len(set(coded)) == len(coded):
            # (cells of another table beside the coded rows, a cover sheet's "Director of …", are no requests)
            group = [i for i, n in zip(group, numbers, strict=True) if n]
            numbers = list(coded)
            # (and the column's other rows under a code, however they ask: "H1 | Northvale Hospitals NHS Trust to
            # ensure …" among "MA1 | The Partnership should …")
            group, numbers = _coded_column(blocks, group, numbers, columns)
            group, numbers = _latest_year(group, numbers)
        if all(numbers) and len(set(numbers)) == len(numbers):
            items = [
                structure._Candidate(str(n), _without_number(_with_points(blocks, i)), i, numbered=True)
                for n, i in zip(numbers, group, strict=True)
            ]
            # (codes of one series in the order of their numbers, as the reader looks them up: "H6" set in a box
            # before "H5")
            series = [re.fullmatch(r"([A-Z]{1,3})(\d{1,2})", c.number) for c in items]
            if all(series) and len({m.group(1) for m in series if m}) == 1:
                items.sort(key=lambda c: int(c.number.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
            out.append(items)
        else:
            by_place = enumerate(group, 1)
            out.append([structure._Candidate(str(k), _with_points(blocks, i), i, numbered=False) for k, i in by_place])
    return out


def _with_commands_between(blocks: list[Block], runs: list[list[int]], body: frozenset[int]) -> list[list[int]]:
    """Runs of plain requests, each of two or more with the paragraphs set alike right after it that open with a verb,
    taking in the runs they reach ("Leg zonnepanelen op het platte dak …" after "Vervang …", "Dek …", before "Stel …":
    a table's first column read as paragraphs, each cell a command)."""
    out: list[list[int]] = []
    for run in runs:
        if out and run[0] in out[-1]:
            out[-1] += [i for i in run if i not in out[-1]]
            continue
        # (not paragraphs that open in bold: what they say in bold is the reading of its own, "set in bold")
        plain = not any(s == 0 for i in run for s, _e in blocks[i].bold_spans)
        out.append([*run, *(_commands_after(blocks, run, body) if len(run) >= 2 and plain else [])])
    return out


def _commands_after(blocks: list[Block], run: list[int], body: frozenset[int]) -> list[int]:
    """The paragraphs set as the run's last, right after it, that open with a verb (six words or more)."""
    style = _style(blocks[run[-1]], 0, body)
    more: list[int] = []
    for j in range(run[-1] + 1, len(blocks)):
        b = blocks[j]
        if _style(b, 0, body) != style or len(b.text.split()) < 6 or not opens_with_verb(_opening(b)):
            break
        more.append(j)
    return more


def _latest_year(group: list[int], numbers: list[str | None]) -> tuple[list[int], list[str | None]]:
    """Where the codes carry years ("FG-2025-01" … beside last year's "FG-2024-01" … in a follow-up table), those of
    the latest year alone, three or more: the others were advised before (and a finding's "4." is none)."""
    years = [code_year(n or "") for n in numbers]
    latest = max((y for y in years if y), default=None)
    keep = [k for k, y in enumerate(years) if y is not None and y == latest]
    if latest is None or len(keep) < MIN_RUN or len(keep) == len(numbers):
        return group, numbers
    return [group[k] for k in keep], [numbers[k] for k in keep]


def _whole_run(
    blocks: list[Block], group: list[int], style: tuple[str, bool, bool, int], body: frozenset[int]
) -> list[int]:
    """Requests set apart, one after the other, with the paragraphs set alike between and after them that open with
    a verb however they go on: a checklist's "Keep every cooling center open …", "Offer free round-trip rides …",
    "Require operators of County-funded senior housing …" (its items with nothing else between)."""
    run = {group[0]}
    k = group[0]
    while k + 1 < len(blocks) and _style(blocks[k + 1], 0, body) == style and _asks_too(blocks[k + 1]):
        k += 1
        run.add(k)
    if not set(group) <= run:
        # (other text between them: the requests themselves, and where each stands under the same title, those under
        # it between them that open with a verb however they go on: "Action required" / "Arrange for an independent
        # … advocate …")
        titles = {blocks[k - 1].text.strip() if k and blocks[k - 1].kind == "heading" else "" for k in group}
        title = next(iter(titles)) if len(titles) == 1 else ""
        under = [k for k in range(group[0], group[-1]) if title and blocks[k - 1].kind == "heading"]
        alike = [k for k in under if blocks[k - 1].text.strip() == title and _asks_too(blocks[k])]
        return sorted({*group, *alike})
    return sorted(run)


def _asks_too(b: Block) -> bool:
    """A paragraph of a run of requests that opens with a verb and says enough (not a title: "Searching the
    datasets")."""
    return b.kind != "heading" and len(b.text.split()) >= 6 and opens_with_verb(b.text)


def _whole_column(blocks: list[Block], group: list[int], columns: dict[int, int]) -> list[int]:
    """A table column of requests with the cells between them that ask otherwise: a verb before a name ("Geef
    Suriname en de Caribische delen … een vaste zetel" among "Verhoog het budget …" and "Laat de uitvoering …")."""
    column = columns[group[0]]  # (the group's, as its style holds it)
    # (only in rows of the table between two of them, no text between: not a cover sheet's cells before them)
    rows = [
        i
        for a, b in itertools.pairwise(group)
        if all(blocks[k].table_row for k in range(a + 1, b))
        for i in range(a + 1, b)
    ]
    between = [
        i
        for i in rows
        if columns.get(i) == column
        and len(blocks[i].text.split()) >= 6
        and blocks[i].text[:1].isupper()
        and blocks[i].text.rstrip()[-1:] in ".;"  # (a sentence; not a title of a group of rows)
        and blocks[i].text.split()[0].lower() not in function_words()
        and not NO_ADVICE.match(blocks[i].text)
    ]
    # (and a cell of the column carried over a page break, read out of its table at the column's edge: "Finish the
    # sprinkler program. The Department should …")
    edge = blocks[group[0]].x0
    carried = [
        i
        for i in range(group[0], group[-1])
        if not blocks[i].table_row
        and blocks[i].kind == "paragraph"
        and abs(blocks[i].x0 - edge) <= EDGE
        and len(blocks[i].text.split()) >= 6
        and opens_with_verb(blocks[i].text)
    ]
    return sorted({*group, *between, *carried})


EDGE = 4.0  # points: a carried cell starts this near the column's edge


# a row of the column that says it advises nothing: "Geen advies. De commissie vindt deze verhoging redelijk."
NO_ADVICE = re.compile(
    r"(?:geen\s+(?:nieuwe?\s+)?(?:advies|aanbeveling|opmerkingen?)|no\s+(?:new\s+)?(?:recommendation|comment)s?|none"
    r"|n\.?v\.?t|not\s+applicable)\b",
    re.I,
)


def _coded_column(
    blocks: list[Block], group: list[int], numbers: list[str | None], columns: dict[int, int]
) -> tuple[list[int], list[str | None]]:
    """The coded requests of one table column, with that column's other rows under a code of their own."""
    column = {columns.get(i) for i in group}
    if len(column) != 1 or not all(blocks[i].table_row for i in group):
        return group, numbers
    found = dict(zip(group, numbers, strict=True))
    for j, b in enumerate(blocks):
        code = _row_code(blocks, j) if b.table_row and columns.get(j) in column and j not in found else None
        if code and code not in found.values() and len(b.text.split()) >= 6 and not _asks_nothing(blocks, j):
            found[j] = code
    return sorted(found), [found[i] for i in sorted(found)]


def _label_of_its_own(label: str) -> str | None:
    """The number a request's own label gives it: "3." → "3", "R1" → "R1", "1.2" → "1.2" (a norm's number)."""
    m = DOTTED_LABEL.fullmatch(label)
    return m.group(1) if m else structure._label_number(label)


DOTTED_LABEL = re.compile(rf"({DOTTED})\.?")


def _same_opening_between(blocks: list[Block], group: list[int]) -> list[int]:
    """A group of requests with the one between them that opens in the very words they all open with, however it
    is set ("De Commissie adviseert …" in plain type, its points in bold, among bold ones), also as the lead-in
    to its points ("…, met in ieder geval:")."""
    openings = {" ".join(_opening(blocks[i]).lower().split()[:3]) for i in group}
    if len(openings) != 1 or not ASKING.match(next(iter(openings)) + " "):
        return group
    (opening,) = openings
    more = [
        i
        for i in range(group[0] + 1, group[-1])
        if i not in group
        and blocks[i].kind != "heading"
        and not blocks[i].table_row
        and len(blocks[i].text.split()) >= 6
        and " ".join(_opening(blocks[i]).lower().split()[:3]) == opening
    ]
    return sorted([*group, *more]) if more else group


def _without_number(parts: list[Block]) -> list[Block]:
    """A request's blocks, the first without the paragraph's own number it is numbered by ("5.1.4 The Commission
    recommends …" → "The Commission recommends …")."""
    first = parts[0]
    m = None if first.label else PARAGRAPH_NUMBER.match(first.text)
    if m is None or not m.group(3):
        return parts
    return [replace(first, run=first.run.slice(m.end(), len(first.text))), *parts[1:]]


def _with_points(blocks: list[Block], i: int) -> list[Block]:
    """A request and, where it leads in to them ("…, met in ieder geval:"), the points listed under it."""
    out = [blocks[i]]
    if not blocks[i].text.rstrip().endswith(":"):
        return out
    for b in blocks[i + 1 :]:
        if b.kind != "item" or b.table_row or b.x0 <= blocks[i].x0:
            break
        out.append(b)
    return out


def _row_code(blocks: list[Block], i: int) -> str | None:
    """The code in the first cell of the table row a request stands in ("R/2025/031 | Finding | Ensure that …")."""
    for j in row_cells(blocks, i):
        if blocks[j].label and ROW_CODE.fullmatch(blocks[j].label):
            return blocks[j].label
    return None


ROW_CODE = re.compile(rf"{codes.YEAR_CODE}|{codes.LONG_CODE}|(?-i:[A-Z]{{1,2}}\d{{1,2}})")


def _no_break(blocks: list[Block], a: int, b: int) -> bool:
    """Nothing between two requests but a title or two ("Advies II") and the cells of tables."""
    loose = 0
    for j in range(a + 1, b):
        between = blocks[j]
        if between.table_row:
            continue
        loose += 1
        if loose > MAX_GAP or len(between.text.split()) > 12:
            return False
    return True


# what follows a verb put first as a command: an article or a particle ("Refresh the …", "Take a …", "Work with …")
_AFTER_COMMAND = wordlists.words("after-command")  # resources/language/after-command.txt


def imperative(text: str) -> bool:
    """Whether a point opens as a command ("Refresh the Council Plan so that it has …"), not as a statement ("Rural
    bus services have declined …", "Demand-responsive transport can work …")."""
    words = text.split()
    return (
        len(words) >= 3
        and opens_with_verb(text)
        and words[1].lower() in _AFTER_COMMAND
        and not structure.DECLARATIVE.search(" ".join(words[:4]))
    )
