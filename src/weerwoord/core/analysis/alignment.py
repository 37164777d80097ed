"""Linking each recommendation to its reply: by number, by quotation, by content; unanswered stays so."""

from __future__ import annotations

import re

from weerwoord.core.analysis import cross_refs
from weerwoord.core.analysis.anchors import anchored, spoken_topics
from weerwoord.core.analysis.annexes import CLOSING_PARAGRAPH
from weerwoord.core.analysis.asides import aside
from weerwoord.core.analysis.assignment import best_assignment
from weerwoord.core.analysis.beside_one import BESIDE, beside_one
from weerwoord.core.analysis.bill_articles import same_article
from weerwoord.core.analysis.likeness import similarity_matrix, terms
from weerwoord.core.analysis.named_inside import NAMED_INSIDE, named_by
from weerwoord.core.analysis.named_numbers import resolve
from weerwoord.core.analysis.naming import BARE_CODE, JOINED_CODE, PARAPHRASE_OPENING, is_title, says_nothing
from weerwoord.core.analysis.ordinals import ORDINALS
from weerwoord.core.analysis.parts import owned
from weerwoord.core.analysis.quoting import quote_score
from weerwoord.core.analysis.sharing import own_words
from weerwoord.core.analysis.structure import AGENCY_TO, first_sentence
from weerwoord.core.analysis.subjects import link_subjects
from weerwoord.core.analysis.titled import by_titles
from weerwoord.core.model import Pair, Recommendation, Reply
from weerwoord.core.wordlists import words

WORD_OF_LETTERS = re.compile(r"\b[^\W\d_]{2,}\b")

PLURAL_HEADING = re.compile(r"\b(?:aanbevelingen|adviezen|recommendations|suggesties|suggestions)\b", re.I)
NOT_ANSWERED = re.compile(
    r"\b(?:(?:had|has|have)\s+not\s+(?:yet\s+)?received\s+(?:a\s+|any\s+)?(?:response|reply)|no\s+(?:response|reply)\s+"
    r"(?:has\s+been\s+|was\s+)?received|(?:nog\s+)?geen\s+(?:reactie|antwoord)\s+(?:\w+\s+){0,3}ontvangen)\b",
    re.I,
)
ROW_WORDS = 120  # a table row's reply, at most
LETTER_CELL = re.compile(r"[A-H](?:\s*(?:,|and|en|&)\s*[A-H])+")  # a cell naming two or more: "B and E"
MORE_THAN_ONE = re.compile(
    r"\b(?:both|beide|beiden|allebei|two recommendations|twee aanbevelingen|these (?:two )?recommendations|"
    r"deze (?:twee )?aanbevelingen|(?:your|the|the \w+'s) recommendations (?:on|about)|"
    r"aanbevelingen (?:over|op het gebied van))\b",
    re.I,
)


# a decision that takes the advice in as a whole: "City Council receive the presentation from the Partnership Council
# for information" (it shares the body's name with a recommendation that names it, and answers none)
RECEIVED = re.compile(r"\breceives?\b[^.;]{0,160}\bfor (?:information|noting)\b", re.I)


def _heading_names(heading: str | None, number: str) -> bool:
    """Whether a section's heading names the recommendation's number ("Recommendation 1 (paragraph 2.24)")."""
    return bool(heading) and re.search(rf"(?<![\w.]){re.escape(number)}(?![\w.]|\.\d)", heading or "") is not None


def _uncited(recs: list[Recommendation], replies: list[Reply], citing: dict[int, list[int]]) -> set[int]:
    """The recommendations a response that names what it answers never names: when it cites most of them by their
    numbers or codes ("(H-25-20)", "Recommendation 4"), one it never cites is not answered by sharing another's
    reply on a few words in common (a safety board's recommendation to the industry, answered by nobody)."""
    if not recs:
        return set()
    said = " ".join(f"{rp.group or ''} {rp.heading or ''} {rp.text}" for rp in replies)
    named = set(citing)
    # (and the rows of an action plan numbered as the recommendations are, in a column of their own: "2.1"; not a
    # letter's own sections "2.", "3.", numbered as it pleases)
    labels = {rp.label.lower() for rp in replies if rp.label and not rp.label.isdigit()}
    labelled = {i for i, rec in enumerate(recs) if rec.number.lower() in labels}
    named |= labelled
    codes = all(CODE.fullmatch(rec.number) for rec in recs)
    # (looked for in what follows each naming word, and among the words for codes: not the whole response once per
    # recommendation, 60 times over 66 pages)
    # ("GA.1" with its stop: a code of letters, a stop and a number, also at a sentence's end)
    tokens = set()
    if codes:
        tokens = {t.lower() for t in re.findall(r"[\w-]+", said)}
        tokens |= {t.lower().rstrip(".") for t in re.findall(r"[\w.-]+", said)}
    naming = "\n".join(said[m.start() : m.start() + 300] for m in re.finditer(NAMING, said, re.I))
    for i, rec in enumerate(recs):
        number = re.escape(rec.number)
        # a plain number only where it follows the word: "Recommendation 6", "recommendations (5) and (6)"
        listed = rf"{NAMING}(?:\(?[\w.]+\)?\s*(?:,|and|en|&|to|t/m|-|–)\s*)*\(?{number}(?!\w|\.\d)"
        if (rec.number.lower() in tokens) if codes else re.search(listed, naming, re.I):
            named.add(i)
    # (named by their places, "The fourth recommendation, …", "On the Commission's sixth recommendation": named)
    places = {n[1:] for rp in replies for n in rp.numbers if n.startswith("#") and n[1:].isdigit()}
    named |= {i for i in range(len(recs)) if str(i + 1) in places}
    if ORDINAL_MENTION.search(said) and (not places or LAST_MENTION.search(said)):
        return set()  # "Turning to the last of your recommendations": named in words, not by number
    # the response names what it answers throughout: all but one or two, each in a section citing it
    if codes and (len(named) < 2 or len(named) < 0.6 * len(recs)):
        return set()  # a code is named nowhere by chance
    cited_or_labelled = len(set(citing) | labelled)
    if not codes and (len(named) < 3 or len(named) < 0.75 * len(recs) or cited_or_labelled < 0.75 * len(recs)):
        return set()
    return set(range(len(recs))) - named


def _mention(places: str) -> re.Pattern[str]:
    """A recommendation named by one of ``places`` in words: "the third recommendation", "the last of your
    recommendations", "het laatste advies"."""
    return re.compile(
        rf"\b(?:the|de|het|your|uw)\s+(?:{places})\s+"
        r"(?:of\s+(?:your|the)\s+)?(?:recommendations?|aanbeveling(?:en)?|advies)\b",
        re.I,
    )


_LAST = "last|final|laatste"
ORDINAL_MENTION = _mention(_LAST + "|" + "|".join(ORDINALS))
LAST_MENTION = _mention(_LAST)
NAMING = r"\b(?:recommendations?|aanbeveling(?:en)?|rec\.|adviezen|adviespunt(?:en)?|advies)\s+(?:no\.?\s*|nr\.?\s*)?"


# a code of letters and digits a response can name a recommendation by: "H-25-18", "A3", "R12" (not "3", "b")
CODE = re.compile(
    r"[A-Za-z]{1,3}-?\d{1,4}(?:-\d{1,4})?|[A-Za-z]{1,4}\.\d{1,3}|\d{1,2}-\d{1,2}"
)  # "H-25-20", "A2", "GA.1", "4-6"


AGREEING = 0.06  # the similarity at which a section numbered as a recommendation is also about it

SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s")


def _agency(text: str) -> set[str]:
    """The names of the body an action is set for: "Northvale", "ICB" of "The ICB to offer …"."""
    m = AGENCY_TO.match(text)
    return _names(m.group(0)) - {"The"} if m else set()


def _names(text: str) -> set[str]:
    """The words of a text that open with a capital, as names do (two letters or more)."""
    return {w.strip(".,:;()") for w in text.split() if w[:1].isupper() and len(w.strip(".,:;()")) >= 2}


def _names_another(text: str, at: int, recs: list[Recommendation], i: int) -> bool:
    """Whether the paragraph of ``text`` around ``at`` names a recommendation other than the ``i``-th by its number
    or its place ("Aanbeveling 1 …", "the third"; not a paragraph of the plan, "Paragraph 4.3 … now reads")."""
    start, end = text.rfind("\n\n", 0, at) + 1, text.find("\n\n", at)
    paragraph = text[start : end if end >= 0 else len(text)]
    others = {r.number.lower() for k, r in enumerate(recs) if k != i} | {
        f"#{n}" for n in ORDINALS.values() if n != str(i + 1)
    }
    return any(named_by(m) in others for m in NAMED_INSIDE.finditer(paragraph))


def _sibling(a: Reply, b: Reply) -> bool:
    """Whether two sections are numbered at one level under one parent ("3.5 …" and "3.4 …"; in their headings, or
    opening their text where they have none: paragraphs "4.1 Cabinet is pleased …")."""
    ma, mb = SECTION_NUMBER.match(a.heading or a.text[:12]), SECTION_NUMBER.match(b.heading or b.text[:12])
    return bool(ma and mb and ma.group(1).rsplit(".", 1)[0] == mb.group(1).rsplit(".", 1)[0])


# a part of a report to a council, numbered as its template numbers them ("1. PURPOSE", "5. IMPLICATIONS"): no number
# of the advice's
REPORT_PART = re.compile(
    r"^\s*\d{1,2}\.?\s+(?:purpose|background|introduction|recommendations?|response|implications|consultation|"
    r"summary|next steps|financial implications|legal implications|risks?|conclusions?|doel|aanleiding|inleiding|"
    r"achtergrond|beslispunten|voorstel|argumenten|kanttekeningen|financiën|communicatie|uitvoering|vervolg)\s*:?\s*$",
    re.I,
)


def _agrees(sims: list[list[float]], at: int, j: int, together: frozenset[int] = frozenset()) -> bool:
    """Whether section ``j`` is, by its content, about recommendation ``at`` as much as about any other (four fifths
    of the best likeness or more; not one it names beside it, ``together``) and about it at all."""
    rivals = [k for k in range(len(sims)) if k == at or k not in together]
    best = max(rivals, key=lambda k: sims[k][j])
    return (best == at or sims[at][j] >= 0.8 * sims[best][j]) and sims[at][j] >= AGREEING


def align(
    recs: list[Recommendation],
    replies: list[Reply],
    repeated: dict[int, int] | None = None,
    together: frozenset[int] = frozenset(),
    parts: bool = True,
    aliases: dict[str, str] | None = None,
) -> tuple[list[Pair], list[Reply]]:
    """Pairs in the advice's order, and the reply sections that answer no recommendation. ``repeated``: for a
    recommendation the response repeats word for word (:mod:`echoes`), the section that repeats it; ``together``:
    those whose repeat stands right before another's, both answered in the section after them. A section that
    also answers the recommendation beside its own (step 7) is linked with confidence ``BESIDE``, which the
    weighing of readings does not count: it tells which recommendations a section answers, not which reading is
    right. ``parts``: whether a compound also meets its parts (see :func:`likeness.with_parts`); ``aliases``: the
    abbreviations the documents define (:mod:`abbreviations`)."""
    sims = similarity_matrix(recs, replies, parts, aliases)
    same_article(recs, replies, sims)
    for j, rp in enumerate(replies):
        if aside(rp):
            for row in sims:
                row[j] = 0.0
    index = {r.number.lower(): i for i, r in enumerate(recs)}  # "Aanbeveling B" is answered as "aanbeveling b"
    links: dict[int, tuple[int, str, float]] = {}  # rec index -> (reply index, kind, confidence)

    # 1. explicit references: "Aanbeveling 3", "Aanbevelingen 4 en 5", "Recommendation 2"; where two sections
    #    cite the same number (a Treasury Minute answering two reports, each numbered from 1), the one that
    #    quotes or speaks of the recommendation most
    citing: dict[int, list[int]] = {}
    lettered = bool(recs) and all(re.fullmatch(r"[A-H]", r.number) for r in recs)  # ("Recommendation A" … "G")
    # ("SP-01" … "SP-07", "BS1" … "BS7")
    coding = next((c for c in (BARE_CODE, JOINED_CODE) if recs and all(c.fullmatch(r.number) for r in recs)), None)
    for j, rp in enumerate(replies):
        for num in rp.numbers:
            for point in resolve(index, num.lower(), recs):
                citing.setdefault(point, []).append(j)
        # (such codes named on their own, where the reply names none after the word: "in relation to SP-02"; not
        # a recital listing them all, "contains seven recommendations identified as, M-1, …")
        named = {m.group(0).lower() for m in coding.finditer(rp.text)} & set(index) if coding else set()
        # (or the letters of a row's cell standing alone in its text: "B and E", where every recommendation is a letter;
        # in a row, not in a long section whose margin labels its paragraphs, "A en F" beside two of them)
        if lettered and len(rp.text.split()) <= ROW_WORDS:
            named |= {
                x.lower()
                for p in rp.text.split("\n\n")
                if LETTER_CELL.fullmatch(p.strip())
                for x in re.findall(r"[A-H]", p)
            }
            named &= set(index)
        if not rp.numbers and (len(named) < 3 or len(named) < 0.5 * len(recs)):
            for code in sorted(named, key=lambda c: index[c]):
                citing.setdefault(index[code], []).append(j)
    if not any(r.numbered for r in recs) and any(
        not resolve(index, num.lower(), recs) for rp in replies for num in rp.numbers
    ):
        # the advice printed no numbers (bullets counted 1, 2, 3 by place) and the response cites numbers beyond
        # them: its numbers are its own, a link by one where the content agrees ("Paragraph 4" … "Paragraph 9" of
        # the Committee's decision, quoted in turn, are no fourth to ninth bullet)
        # (a section that names two, "Het tweede en het vijfde advies hangen samen", is about each beside the other)
        named_in = {j: frozenset(p for p, js in citing.items() if j in js) for js in citing.values() for j in js}
        citing = {point: [j for j in js if _agrees(sims, point, j, named_in[j])] for point, js in citing.items()}
        citing = {point: js for point, js in citing.items() if js}
    for point, js in citing.items():
        if len(js) > 1:  # a heading that names it first ("Recommendation 1 (paragraph 2.24)"), then what quotes it
            js = sorted(
                js,
                key=lambda j: (
                    not _heading_names(replies[j].heading, recs[point].number),
                    -quote_score(recs[point], replies[j]),
                    -sims[point][j],
                ),
            )
        links[point] = (js[0], "number", 0.97)
    unanswered: set[int] = set()
    for point, (j, _, _) in list(links.items()):
        # a short section naming it to say no answer came ("op aanbeveling 4 is nog geen reactie ontvangen"): none
        if len(replies[j].text.split()) <= 80 and NOT_ANSWERED.search(replies[j].text):
            del links[point]
            unanswered.add(point)

    # 2. the sections' own numbering, when it follows the advice's (checked against the content); not where the
    #    advice printed no numbers (bullets counted 1, 2, 3 by place): a section's "1." is then its own
    # (nor a question's number: "3. Bent u bereid gemeenten te verplichten …?" numbers the questions put)
    labelled = [
        (j, rp.label)
        for j, rp in enumerate(replies)
        if rp.label
        and not rp.numbers
        and not (rp.heading or "").rstrip().endswith("?")
        and not REPORT_PART.match(rp.heading or "")
    ]
    if not any(r.numbered for r in recs):
        labelled = []
    if labelled:
        agree = 0
        comparable = 0
        for j, label in labelled:
            at = index.get(label.lower())
            if at is None:
                continue
            comparable += 1
            # (by what the two share, not by a word or two in common: a meeting's "2. Mededelingen" is no reply)
            if _agrees(sims, at, j):
                agree += 1
        if comparable and agree >= 0.6 * comparable:
            for j, label in labelled:
                at = index.get(label.lower())
                if at is not None and at not in links:
                    conf = 0.9 if sims[at][j] >= 0.05 else 0.6
                    links[at] = (j, "number", conf)

    used = {j for j, _, _ in links.values()}
    # 3. quotation: the reply repeats the recommendation's words, found where the response repeats a passage of
    #    the advice, else by comparing the recommendation's opening with the sections closest to it
    for i, j in (repeated or {}).items():
        if i not in links and (j not in used or i in together):
            links[i] = (j, "quote", 0.95)
            used.add(j)
    for i, rec in enumerate(recs):
        if i in links:
            continue
        candidates = sorted(range(len(replies)), key=lambda j: -sims[i][j])[:3]
        for j in candidates:
            if j in used:
                continue
            q = quote_score(rec, replies[j])
            if q >= 82:
                links[i] = (j, "quote", min(0.95, q / 100))
                used.add(j)
                break
    # 3b. the report's paragraphs a recommendation stands for, named over a reply ("Paragraphs 10 and 11 - …" over the
    #     reply to the items tagged "(§ 10)" and "(§ 11)"), where no quote took it
    for j, rp in enumerate(replies):
        for i in cross_refs.answering(recs, rp) if not rp.numbers else []:
            if i not in links:
                links[i] = (j, "number", 0.95)
                used.add(j)

    # a section with hardly any text (a title page, a part heading, a title of no sentence) answers nothing by content
    titles = {j for j, rp in enumerate(replies) if is_title(rp.text)}
    thin = titles | {j for j, rp in enumerate(replies) if len(rp.text.split()) < 8}
    # (nor a member's turn in a verbatim record, a question that repeats what was advised: "01.02 Bram De Wolf
    # (N-VA): Mevrouw de staatssecretaris, …"; nor a correction of the report's facts)
    silent = {j for j, rp in enumerate(replies) if not rp.numbers and says_nothing(rp.heading, rp.text)}
    used |= thin | silent
    by_titles(recs, replies, links, used)  # (a section under the recommendation's own title: "Brandveiligheid – …")
    # 4. content: greedy on the strongest similarities, one reply per recommendation (not a coded one the response,
    #    citing the others by their codes, never names: "GA.2" where "GA.1", "RM.1", … head its sections)
    uncited = _uncited(recs, replies, citing)
    # (or where the response names all the others in so many words: "Aanbeveling III", "Aanbevelingen I en II")
    cited_all_but_one = len(set(citing)) >= max(3, len(recs) - 1)
    coded_uncited = uncited if cited_all_but_one or all(CODE.fullmatch(r.number) for r in recs) else set()
    pairs_by_score = sorted(
        (
            (sims[i][j], i, j)
            for i in range(len(recs))
            if i not in links and i not in coded_uncited and i not in unanswered
            for j in range(len(replies))
            if j not in used
        ),
        reverse=True,
    )
    for score, i, j in pairs_by_score:
        if i in links or j in used:
            continue
        row = sorted((sims[i][k] for k in range(len(replies)) if k != j and k not in titles), reverse=True)
        second = row[0] if row else 0.0
        # (a recommendation linked already, to a section it fits twice as well, is no rival: "2.2 Waiting times by
        # hospital" linked at 0.35 does not stand against "4.1 Monthly data on two-year waits" at 0.17)
        column = sorted(
            (
                sims[k][j]
                for k in range(len(recs))
                if k != i and not (k in links and sims[k][links[k][0]] >= 2 * sims[k][j])
            ),
            reverse=True,
        )
        rival = column[0] if column else 0.0
        if score < 0.12 or (score < 0.25 and (score < 1.25 * second or score < 1.1 * rival)):
            continue
        margin = score - max(second, rival)
        conf = max(0.3, min(0.85, 0.45 + score + margin))
        links[i] = (j, "content", conf)
        used.add(j)

    # 4b. a section left over that opens by saying what was recommended ("Ook adviseert de Raad de verplichting
    #     gefaseerd in te voeren.") answers the recommendation still without a reply that sentence is clearly
    #     closest to (the whole section, about what is done, may share few words with it)
    open_recs = [i for i in range(len(recs)) if i not in links]
    for j, rp in enumerate(replies):
        if j in used or not open_recs or not PARAPHRASE_OPENING.match(rp.text):
            continue
        said = set(terms(first_sentence(rp.text)))
        if len(said) < 2:
            continue
        shares = sorted(((len(said & set(terms(recs[i].text))), i) for i in open_recs), reverse=True)
        best, i = shares[0]
        runner_up = shares[1][0] if len(shares) > 1 else 0
        if best >= 2 and best >= 0.5 * len(said) and best > runner_up:
            open_recs.remove(i)
            links[i] = (j, "content", 0.6)
            used.add(j)

    # 4c. the rest by the assignment that fits them best together: a section one recommendation shares a few
    #     words with may be the only fit of another (greedy linking above left both out, neither standing out)
    #     (among the sections between the first and the last reply linked so far: an introduction, an afterword of
    #     the advisory body, a closing summary answer nothing)
    open_recs = [i for i in range(len(recs)) if i not in links]
    linked_at = [j for j, _, _ in links.values()]
    first, last = (min(linked_at), max(linked_at)) if len(linked_at) >= 2 else (0, len(replies) - 1)
    # (and the sections numbered as those linked are, right before or after them: "3.5" after "3.1"–"3.4")
    while first > 0 and _sibling(replies[first - 1], replies[first]):
        first -= 1
    while last + 1 < len(replies) and _sibling(replies[last + 1], replies[last]):
        last += 1
    free = [j for j in range(first, last + 1) if j not in used]
    if open_recs and free:
        weights = [[sims[i][j] for j in free] for i in open_recs]
        # (the strongest fits first: a section linked so leaves a gap of one beside it for the next)
        for r, c in sorted(best_assignment(weights), key=lambda rc: -weights[rc[0]][rc[1]]):
            i, j = open_recs[r], free[c]
            col_best = max(w[c] for w in weights)
            # (a gap of one section between two linked ones, left for one recommendation: a weaker fit suffices)
            # (and standing out: half as much again as its rivals in the row and among the open recommendations)
            rivals = [sims[i][k] for k in range(len(replies)) if k != j] + [sims[k][j] for k in open_recs if k != i]
            # (or beside one linked section, standing out three times over: "4.1" before the linked "4.2"–"4.7")
            top = max(rivals, default=0.0)
            gap = (j - 1 in linked_at and j + 1 in linked_at and sims[i][j] >= 1.5 * top) or (
                (j - 1 in linked_at or j + 1 in linked_at) and sims[i][j] >= 3 * top
            )
            floor = 0.08 if gap else 0.12
            if sims[i][j] >= floor and sims[i][j] >= 0.6 * max(weights[r]) and sims[i][j] >= 0.8 * col_best:
                links[i] = (j, "content", 0.4)
                used.add(j)
                linked_at.append(j)

    # 4d. a section headed by the body a recommendation sets an action for ("3.5 Northvale ICB." for "The ICB to
    #     offer all Ashcombe practices …"; an update on an action plan, agency by agency), where no other section and
    #     no other recommendation left claims it
    answering_now = {jj for jj, _, _ in links.values()}
    claims: dict[int, list[int]] = {}
    for i, rec in enumerate(recs):
        agency = set() if i in links or i in uncited else _agency(rec.text)
        heads = [
            j for j, rp in enumerate(replies) if agency and j not in answering_now and agency & _names(rp.heading or "")
        ]
        if len(heads) == 1:
            claims.setdefault(heads[0], []).append(i)
    for j, claimants in claims.items():
        if len(claimants) == 1:
            links[claimants[0]] = (j, "content", 0.5)

    # 4e. a section no one took that opens on its topic, the way minutes report a speaker ("Over geluidsisolatie
    #     zegt de gedeputeerde dat …"), answers the one recommendation still open that speaks of that topic
    spoken_topics(recs, replies, links, thin)

    def _owns_a_paragraph(i: int, j: int) -> bool:
        """Whether a paragraph of section ``j``, which answers others already, is clearly about recommendation ``i``
        among them."""
        others = [k for k, (jj, _, _) in links.items() if jj == j]
        if len(others) < 2:
            return False
        stretches = owned(replies[j].text, [*(recs[k].text for k in others), recs[i].text])
        mine = len(others)
        return any(o == mine and len(replies[j].text[a:b].split()) >= 12 for a, b, o in stretches)

    before_five = {k: jj for k, (jj, _, _) in links.items()}  # (for step 9)

    # 5. one reply may answer two recommendations: a recommendation still without one takes the reply that
    #    stands out for it by far, even when that reply already answers another
    for i in range(len(recs)):
        if i in links or not replies:
            continue
        # (a member's turn or a correction of the report's facts answers nothing: no rival)
        ranked = sorted((k for k in range(len(replies)) if k not in silent), key=lambda k: -sims[i][k]) or [0]
        best = ranked[0]
        second = sims[i][ranked[1]] if len(ranked) > 1 else 0.0
        # (a section under a theme heading answering two recommendations by content alone: each stands out for it)
        distinct = sims[i][best] >= 2.5 * second
        if i in uncited:
            continue
        if best not in thin | silent and sims[i][best] >= 0.15 and distinct:
            links[i] = (best, "content", max(0.3, min(0.7, 0.3 + sims[i][best])))
        elif best not in thin | silent and sims[i][best] >= 0.05 and distinct and _owns_a_paragraph(i, best):
            # (weaker, in a section answering several already, where a paragraph of it is clearly about this one:
            # a minister's statement, "The Council has applied for exceptional financial support …")
            links[i] = (best, "content", 0.4)

    # 5b. a section no recommendation took yet, under a heading that speaks of several ("Uw aanbevelingen", "Other
    #     recommendations") and naming none: the recommendations still without a reply that its sentences are
    #     clearly about, two or more
    #     (after the first section linked: a report's own "2. Recommendations" at its head, "That Cabinet: 2.1
    #     thanks the Group …", proposes its decisions and answers nothing)

    first_linked = min((jj for jj, _, _ in links.values()), default=0)
    last_linked = max((jj for jj, _, _ in links.values()), default=0)
    for j, rp in enumerate(replies):
        open_recs = [i for i in range(len(recs)) if i not in links and i not in uncited]
        heading = rp.heading or ""
        taken = any(jj == j for jj, _, _ in links.values())  # (a section of replies to others: not the leftovers')
        if j < first_linked or len(open_recs) < 2 or rp.numbers or taken:
            continue
        # (or a paragraph without a heading of its own between replies linked, in a letter answering paragraph by
        # paragraph: "De volgorde van de wijken stemmen wij … af op …. Een garantie dat de woonlasten niet stijgen,
        # kunnen wij niet geven …")
        between = not heading and j < last_linked
        if (len(heading.split()) > 4 or not PLURAL_HEADING.search(heading)) and not between:
            continue
        owners = {o for _, _, o in owned(rp.text, [recs[i].text for i in open_recs]) if o is not None}
        if len(owners) >= 2:
            for o in owners:
                links[open_recs[o]] = (j, "content", 0.5)

    # 5c. a section whose title names two subjects answers, besides its own, the one its other subject is about
    link_subjects(recs, replies, links, uncited)

    # 6. a section that says it answers more than one ("accepts both recommendations", "Twee aanbevelingen van de
    #    raad gaan over …") answers the recommendation still without a reply that is closest to it
    answering: dict[int, int] = {}
    for j, _, _ in links.values():
        answering[j] = answering.get(j, 0) + 1
    # (not one under the quote of the recommendation it answers: "… developed with both trusts")
    quoted = {j for j, how, _ in links.values() if how == "quote"}
    for i in range(len(recs)):
        if i in links or not replies or i in uncited:
            continue
        # the sections that say so and answer one so far, the closest first (a section of general thanks may be
        # closer by its words than the one that says "Twee aanbevelingen richten zich tot gemeenten")
        saying = [
            j
            for j in range(len(replies))
            # (not one that names the one it answers: "On recommendation five, yes: both recovery officers …")
            if answering.get(j) == 1
            and j not in quoted
            and not replies[j].numbers
            and MORE_THAN_ONE.search(replies[j].text[:500])
            and sims[i][j] >= 0.05
        ]
        if not saying:
            continue
        chosen = max(saying, key=lambda k: sims[i][k])
        own = max(range(len(recs)), key=lambda k: sims[k][chosen])  # whom that section is closest to
        if own != i:
            links[i] = (chosen, "content", 0.5)
            answering[chosen] = 2

    # 7. a section that answers the recommendation beside it in the advice (two points of one request, "as to:
    #    • whether … • whether …") answers this one too where some of its sentences are clearly about this one and
    #    some about that one
    for i in range(len(recs)):
        if i in links or i in uncited:
            continue
        fitting: list[int] = []
        for k in (i - 1, i + 1):
            # (not a section that quotes the one beside: it answers what it quotes)
            if k not in links or not 0 <= k < len(recs) or links[k][1] in ("reference", "quote"):
                continue
            j = links[k][0]
            if sum(1 for jj, _, _ in links.values() if jj == j) > 1:
                continue
            text = replies[j].text
            stretches = owned(text, [recs[k].text, recs[i].text])
            # (a sentence or more that speaks of this one in its own words, which the other lacks: not a line that
            # happens to be closer to it, "Lead: National Public Health Laboratory.", "NEW DELHI; 9 December, …", "I
            # hope this response is helpful …")
            its_own = own_words(recs[i].text, recs[k].text)
            about_it = [
                text[a:b]
                for a, b, o in stretches
                if o == 1
                and len(WORD_OF_LETTERS.findall(text[a:b])) >= 8
                and _telling(its_own & set(terms(text[a:b])))
                and not CLOSING_PARAGRAPH.match(text[a:b].strip())
                and not RECEIVED.search(text[a:b])
                # (nor one in a paragraph that names another by its number: "Aanbeveling 1 … in september …")
                and not _names_another(text, a, recs, i)
            ]
            # (and some about the other, or about both, that say more than its own words: not only the recommendation
            # quoted, "Vul de risicoparagraaf aan …", over the reply that is about it)
            theirs = set(terms(recs[k].text))
            answer = [t for a, b, o in stretches if o != 1 for t in [set(terms(text[a:b]))] if len(t - theirs) >= 3]
            if about_it and answer:
                fitting.append(j)
        if fitting:  # (the one of the two sections it shares more with)
            links[i] = (max(fitting, key=lambda jj: sims[i][jj]), "content", BESIDE)

    # 8. a section no one took that alone shares with a recommendation still open words no other says (minutes)
    claimed = used | {jj for jj, _, _ in links.values()}
    still = [k for k in range(len(recs)) if k not in links and k not in uncited]
    for i, j in anchored(recs, replies, still, set(range(first, last + 1)) - claimed).items():
        # (weighed as a link beside another's: in choosing a reading, words left over are no evidence for it)
        links[i] = (j, "content", BESIDE)

    # 9. a section of several answering one before step 5 answers, too, the one still open it stands out for
    #    (or a section that names those it answers, a paragraph of which, after theirs, is clearly its own)
    beside_one(recs, replies, sims, links, before_five, thin | silent, uncited)

    pairs: list[Pair] = []
    for i, rec in enumerate(recs):
        if i in links:
            j, kind, conf = links[i]
            pairs.append(Pair(rec, replies[j], kind, conf, "noted", ""))  # type: ignore[arg-type]
        else:
            pairs.append(Pair(rec, None, "content", 0.0, "unanswered", ""))
    linked = {j for j, _, _ in links.values()}
    # (closings were left out when sections were found; sections before the first reply are judged by the caller)
    unmatched = [rp for j, rp in enumerate(replies) if j not in linked and j not in thin]
    return pairs, unmatched


_BODIES = frozenset(t for w in words("advisory-bodies") for t in terms(w))  # ("inspectorat", "council")


def _telling(shared: set[str]) -> bool:
    """Whether the terms a stretch shares with a recommendation tell it is about it: not the advisory body's name
    alone ("… in our quarterly return to the Inspectorate" for "send the Inspectorate … an assessment …")."""
    return bool(shared - _BODIES) or len(shared) > 1
