"""Readings of an advice: every plausible set of its recommendations, each with what found it, in words.

A reading is a list of candidate items (:class:`structure._Candidate`) and a description a reader
understands ("the 14 numbered items under 'Conclusions and recommendations'"). :func:`recommendation_readings`
returns them all, the one the advice alone favours first; :mod:`choice` weighs them against the response.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from weerwoord.core.analysis import (
    chapter_lists,
    columns_named,
    cross_refs,
    emphasis,
    gathering,
    going_on,
    headed,
    imperatives,
    items_text,
    label_kinds,
    run_in_titled,
    structure,
    summaries,
    tags,
)
from weerwoord.core.analysis.announced import announced_lists, announced_points, asking_items
from weerwoord.core.analysis.chains import chain_readings, ends_with, recommendations_chapter, short
from weerwoord.core.analysis.inline_points import inline_points
from weerwoord.core.analysis.key_advice import LISTS, keyed_list
from weerwoord.core.analysis.motions import motion_clauses
from weerwoord.core.analysis.numbered_asking import asking_paragraphs, bold_asking_paragraphs
from weerwoord.core.analysis.recommending import SENTENCE_START, recommending_blocks
from weerwoord.core.analysis.requests import asks, request_runs
from weerwoord.core.analysis.titled_points import coded_titles, titled_points
from weerwoord.core.model import Block, Document, Recommendation
from weerwoord.core.reading.page_lines import PAGE_NUMBER_RE
from weerwoord.core.words import _


@dataclass
@dataclass
class Reading:
    """One plausible set of recommendations in an advice: which detector found it, in words, and its items."""

    # "labelled" | "chapter" | "list" | "aside" | "chain" | "bare" | "announced" | "improve" | "highlighted" | "tagged"
    # | "sentences" | "requests" | "coded" | "echo" | "gathered" | "answered" | "imperatives" | "titled"
    kind: str
    description: str  # "the 7 items labelled 'Recommendation N'"
    items: list[structure._Candidate]
    chapter: list[structure._Candidate] | None = None  # a summary list with the same numbers repeats them in short
    stated_twice: bool = False  # … or word for word: the advice says twice what its recommendations are

    def key(self) -> tuple[int, ...]:
        return tuple(sorted(c.start_index for c in self.items))

    @property
    def name(self) -> str:
        """A short stable name the reader's choice is kept under: "chapter@212" (its kind, where it begins)."""
        return f"{self.kind}@{min(c.start_index for c in self.items)}"


def find_recommendations(doc: Document) -> list[Recommendation]:
    """The recommendations of an advice, in its order, each once (short repeats go into ``also_at``): the
    first of :func:`recommendation_readings`; :mod:`choice` weighs them all against the response."""
    found = recommendation_readings(doc)
    return build(found[0], doc) if found else []


def recommendation_readings(doc: Document) -> list[Reading]:
    """Every plausible reading of the advice's recommendations, the one the advice alone favours first."""
    blocks = doc.blocks
    advising = list(recommending_blocks(blocks))  # (once: the sentences, and the sentences after the lists)
    labelled = structure._labelled(blocks)
    labelled = tags.most_by_word(labelled, [_label_word(c, blocks) for c in labelled])  # (not a quoted "Proposal 1")
    in_chapters = chapter_lists.chapter_lists(blocks, doc.body_size)
    chapter = in_chapters[0][0] if in_chapters else []
    out: list[Reading] = []
    labelled_reading = None
    if len({c.number for c in labelled}) >= 2:
        # labels stand where the text discusses them; the reader expects them in the order of their numbers
        labelled_reading = Reading(
            "labelled",
            _("the {count} items labelled “{label} N” in the text").format(
                count=len({c.number for c in labelled}), label=_label_word(labelled[0], blocks)
            ),
            structure.in_label_order(labelled),
            chapter or None,
        )
    series_word, series = ("", []) if labelled else tags.series_labels(blocks)
    # (or the codes of several themes, where the labels found are one theme's: "HOU 1" … and "EMP 1", "FAM 1" …)
    family_word, family = tags.label_families(blocks)
    if not family:  # (or labels graded by kind: "Key recommendation 1", "Improvement recommendation 1" …)
        family_word, family = label_kinds.recommendation_kinds(blocks)
    if len(family) > max(len({c.number for c in labelled}), len(series)):
        series_word, series = family_word, family
    if series:
        # (a label of the document's own, "AFI 1" … "AFI 7", numbered 1 to N over texts that ask)
        labelled = series
        labelled_reading = Reading(
            "labelled",
            _("the {count} items labelled “{label} N” in the text").format(count=len(series), label=series_word),
            series,
            chapter or None,
        )
    if labelled_reading and len(labelled) >= len(chapter):
        out.append(labelled_reading)
    for items, heading in in_chapters:
        chosen = asking_items(items)
        out.append(Reading("chapter", _("the numbered list under “{heading}”").format(heading=short(heading)), chosen))
    if labelled_reading and labelled_reading not in out:
        out.append(labelled_reading)
    elif labelled and not out:
        out.append(
            Reading(
                "labelled",
                _("the item labelled “{label} {number}”").format(
                    label=_label_word(labelled[0], blocks), number=labelled[0].number
                ),
                labelled,
            )
        )
    if out and out[0].kind in ("chapter", "list"):
        # the list, and the sentences after it that go on recommending ("Wij adviseren u verder …"): its own reading
        more = going_on.after_list(blocks, out[0].items, advising)
        if more:
            description = _("{reading} and the {count} recommending sentences after it")
            out.insert(
                0,
                Reading(
                    "continued",
                    description.format(reading=out[0].description, count=len(more)),
                    out[0].items + more,
                    out[0].chapter,
                ),
            )
    keyed = keyed_list(out[0].description, out[0].items, blocks) if out and out[0].kind in LISTS else None
    if keyed:  # (and the key recommendation boxed before the list: "ONS KERNADVIES" / "Handhaaf …", the first)
        out.insert(0, Reading(out[0].kind, keyed[0], keyed[1], out[0].chapter))
    listed = {r.key() for r in out}

    def offer(reading: Reading) -> None:
        """Add a reading unless another one already stands on the same items."""
        if reading.key() not in listed:
            out.append(reading)
            listed.add(reading.key())

    for items in chapter_lists.any_recommendation_lists(blocks):
        if in_chapters and all(c.blocks[0].kind == "heading" for c in items):
            continue  # (the report's numbered chapters, beside its list under "Recommendations")
        description = _("the list of {count} numbered items on p. {page}").format(
            count=len(items), page=items[0].blocks[0].page
        )
        offer(Reading("list", description, items))
    clauses = motion_clauses(blocks)
    if clauses:
        description = _("the {count} clauses of a motion (“THAT …”, “AND THAT …”)").format(count=len(clauses))
        offer(Reading("list", description, clauses))
    aside = structure._labelled(_aside_blocks(doc.furniture))
    if len({c.number for c in aside}) >= 2:
        # set apart in boxes beside the body ("Recommendation 3" in a shaded sidebar): labelled there, they are them
        out.append(
            Reading(
                "aside",
                _("the {count} boxes labelled “{label} N” beside the text").format(
                    count=len(aside), label=_label_word(aside[0])
                ),
                structure.in_label_order(aside),
            )
        )
    for description, items in chain_readings(blocks):
        offer(Reading("chain", description, items))
    points = announced_points(blocks)  # (once: offered, listed apart, gathered)
    under = headed.under_headings(blocks)  # (once: offered, gathered)
    bare = tags.bare_labels(blocks)
    label = tags.bare_label(blocks, bare[0]) if bare else ""
    # the readings found by a pattern of their own, each worth offering from two items on
    for kind, items, template in (
        ("bare", bare, _("the {count} paragraphs that open with “{label}” and no number of their own")),
        ("announced", points, _("the {count} points listed after “we recommend …:”")),
        ("inline", inline_points(blocks), _("the {count} points labelled inside the sentences that recommend them")),
        ("improve", _improvement_items(blocks), _("the {count} points under headings that say what must improve")),
        # (the paragraphs 5.1-5.7 of the recommendations chapter before the same read as sentences under its heading,
        # which a chain of all the report's paragraphs covers and so sets aside)
        (
            "chapter",
            recommendations_chapter(blocks),
            _("the {count} numbered paragraphs of the recommendations chapter"),
        ),
        ("headed", under, _("the {count} sentences that ask under headings “Recommendations”")),
        (
            "highlighted",
            bold_asking_paragraphs(blocks),
            _("the {count} numbered paragraphs set in bold that ask for action"),
        ),
        (
            "highlighted",
            asking_paragraphs(blocks),
            _("the {count} numbered paragraphs that open by asking someone to act"),
        ),
    ):
        if len(items) >= 2:
            offer(Reading(kind, template.format(count=len(items), label=label), items))
    for lead, items in announced_lists(blocks, points):
        if len(items) >= 2:
            description = _("the {count} points listed after “{lead}”").format(
                count=len(items), lead=short(SENTENCE_START.split(blocks[lead].text)[-1], 10)
            )
            offer(Reading("announced", description, items))
    chain = out[0] if out and out[0].kind == "chain" else None
    chapter_at = next(
        (k for k, r in enumerate(out) if chain and r.kind == "chapter" and ends_with(chain.items, r.items)), None
    )
    if chapter_at is not None:
        # (a chain through the conclusions into the recommendations chapter, "5.1"–"6.7": the chapter's paragraphs
        # first, the conclusions are no recommendations)
        out.insert(0, out.pop(chapter_at))
    bare_at = next((k for k, r in enumerate(out) if r.kind == "bare" and len(r.items) >= 3), None)
    if bare_at is not None and out[0].kind in ("chain", "list"):
        # (paragraphs the advice labels "Aanbeveling" itself before paragraphs that are only numbered)
        out.insert(0, out.pop(bare_at))
    announced = next((k for k, r in enumerate(out) if r.kind == "announced"), None)
    more = going_on.after_list(blocks, out[announced].items, advising) if announced is not None else []
    if announced is not None and more:
        # (the points, and the sentences after them that go on recommending, before the points alone)
        description = _("{reading} and the {count} recommending sentences after it").format(
            reading=out[announced].description, count=len(more)
        )
        out.insert(announced, Reading("continued", description, out[announced].items + more))
        listed.add(out[announced].key())
    # (a paragraph under "Recommendation" has no number of its own, whatever it was numbered by for its reading)
    bare = [structure._Candidate(c.number, c.blocks, c.start_index, numbered=False) for c in tags.bare_labels(blocks)]
    # (each with the letter of the paragraph it stands in as its label, if the paragraph opens "[d]")
    sentences = [
        structure._Candidate(r.number, [Block("paragraph", r.run, label=_bracketed(blocks[i].text))], i, numbered=False)
        for i, r in structure._recommending_sentences(blocks, advising)
    ]
    # (and the points after "… requests the minister's advice as to:", a request set as the others are, with those
    # requests; not a summary's points after "De raad vraagt:", which the requests in the text say at length)
    leads = {i for i, _, run, _ in advising if run.text.endswith(":")}
    alike = bool(points) and points[0].start_index - 1 in leads
    # (each chapter's list without its conclusions: "The Committee: - expresses grave dismay …; - urges …")
    lists = [structure._without_conclusions(items) for items, _ in in_chapters]
    few = gathering.few_under_recommendations(in_chapters)
    # (and the sentences under "Recommendations for action" headings, with the sentences elsewhere that say "I would
    # urge the team to …": a report form's recommendations, most in their boxes, one in the running text)
    before = [c for c in sentences if bare and c.start_index < bare[0].start_index]  # (before "Advies." paragraphs)
    sources = [points, bare, *lists, under, sentences if alike or few or under else before]
    gathered = gathering.by_enclosing_numbers(gathering.gathered(sources), blocks)
    if gathered:
        description = _("the {count} points and paragraphs under “Recommendations” through the report").format(
            count=len(gathered)
        )
        offer(Reading("gathered", description, gathered))
    series = gathering.code_series([items for items, _ in in_chapters])
    if series:
        # (the lists of several chapters, each numbered by a code of its own: "N1" … "N5", then "O1", "O2")
        description = _("the {count} points numbered by codes under the chapters that advise (“{first}” … “{last}”)")
        first, last = series[0].number, series[-1].number
        whole = Reading("coded", description.format(count=len(series), first=first, last=last), series)
        # (the advice's favourite where its favourite is one of these lists: the others are as much its own)
        if out and out[0].kind == "chapter" and set(out[0].key()) < set(whole.key()):
            out.insert(0, whole)
        else:
            offer(whole)
    in_cells = columns_named.numbered_in_cells(blocks)
    if in_cells:
        # (several to a cell: "1. The Agency should … 5. The Department should …" beside the finding they answer)
        description = _("the {count} points numbered inside a table's cells").format(count=len(in_cells))
        offer(Reading("column", description, in_cells))
    in_column = columns_named.column_items(blocks)
    if in_column:
        # (the cells under a header "Recommendations", beside a column of findings)
        description = _("the {count} cells under a column headed by the recommendations").format(count=len(in_column))
        offer(Reading("column", description, in_column))
    coded = coded_titles(blocks) or titled_points(blocks)
    if coded:
        description = _("the {count} texts under a code (“{code}” …)").format(count=len(coded), code=coded[0].number)
        offer(Reading("coded", description, coded))
    for items in (r for r in request_runs(blocks) if not going_on.said_more_widely(r, sentences)):
        # requests set alike, without numbers ("We vragen …", "The Commission should …", a verb first)
        description = _("the {count} requests set alike, from “{first}”").format(
            count=len(items), first=short(items[0].blocks[0].text, 6)
        )
        offer(Reading("requests", description, items))
    titled = run_in_titled.titled_asks(blocks)  # (after the requests: one that stands on the same paragraphs is theirs)
    if titled:
        description = _("the {count} paragraphs led by a title in bold that ask").format(count=len(titled))
        offer(Reading("titled", description, titled))
    said = {c.blocks[0].text[:60] for c in sentences}
    emphasised = emphasis.bold_sentences(blocks)
    if emphasised and not all(c.blocks[0].text[:60] in said for c in emphasised):
        # (bold sentences that all say "we recommend" are that reading's, which has them all)
        description = _("the {count} sentences set in bold that ask for action").format(count=len(emphasised))
        offer(Reading("emphasis", description, emphasised))
    coded_in_text = tags.bracketed(blocks)
    if coded_in_text:
        # (marked by the advice itself: its favourite, unless labels say otherwise)
        description = _("the {count} passages closed by a code in square brackets (“[{code}]” …)").format(
            count=len(coded_in_text), code=coded_in_text[0].number
        )
        _first_unless_labelled(out, Reading("tagged", description, coded_in_text))
    tagged = tags.tagged(blocks)
    if len(tagged) >= 2:
        description = _("the {count} paragraphs tagged “(Recommendation N)” at their end").format(count=len(tagged))
        # (numbered 1 to N by their tags, the advice's own word: its favourite, unless labels say so too)
        counted = [c.number for c in tagged] == [str(k) for k in range(1, len(tagged) + 1)]
        _first_unless_labelled(out, Reading("tagged", description, tagged), favourite=counted)
    lists = [r.items for r in out if r.kind in ("labelled", "coded", "aside", "list")]
    families = gathering.code_series(lists + gathering.code_labelled(blocks))  # (and items labelled "M1", "S1" …)
    if families:
        # (code series found apart: "AANBEVELING A1" … "A3" in boxes, then "B1" … "B4" in a table of details)
        description = _("the {count} points numbered by codes through the advice (“{first}” … “{last}”)")
        first, last = families[0].number, families[-1].number
        offer(Reading("coded", description.format(count=len(families), first=first, last=last), families))
    if sentences:
        description = _("the {count} sentences that say “we recommend”").format(count=len(sentences))
        # (named "sentences@0" as ever, the name a reader's choice of it is kept under)
        anchored = [replace(c, start_index=0) for c in sentences]
        out.append(Reading("sentences", description, anchored))
    if all(len(r.items) < 3 for r in out) and (in_text := imperatives.imperative_sentences(blocks, sentences)):
        description = _("the {count} sentences that ask, most in the imperative").format(count=len(in_text))
        offer(Reading("imperatives", description, in_text))
    for k in range(len(out) - 1, -1, -1):
        # (a list, and the sentences after it that a sentence counts: "… makes three further recommendations.")
        said_after = going_on.counted_after(blocks, out[k].items) if out[k].kind not in ("continued", "counted") else []
        if said_after:
            description = _("{reading} and the {count} recommendations said after it")
            out.insert(
                k,
                Reading(
                    "counted",
                    description.format(reading=out[k].description, count=len(said_after)),
                    out[k].items + said_after,
                ),
            )
            listed.add(out[k].key())
    out = _headed_unless_covered(out)
    if out and out[0].kind == "labelled" and len(out[0].items) == 1 and any(len(r.items) >= 3 for r in out[1:]):
        # (one item labelled, the advice's own number as a whole: "RECOMMENDATION 2026-1 TO THE SECRETARY OF ENERGY"
        # over its points 1-7, after the lists; the response decides, a tie goes to the list)
        out.append(out.pop(0))
    return summaries.repeats_set_apart(out)


def _headed_unless_covered(out: list[Reading]) -> list[Reading]:
    """The readings without the sentences under "Recommendations" headings where another reading holds more items
    in the same places (the cells of a table's column headed "Recommendations" read as a column already)."""
    kept = []
    for r in out:
        places = {c.start_index for c in r.items}
        if r.kind == "headed" and any(
            o is not r and len(o.items) > len(r.items) and places <= {c.start_index for c in o.items} for o in out
        ):
            continue
        kept.append(r)
    return kept


def _first_unless_labelled(out: list[Reading], reading: Reading, favourite: bool = True) -> None:
    """Add a reading the advice marks itself: first (its favourite), unless labels already are; else last."""
    out.insert(0 if favourite and not (out and out[0].kind == "labelled") else len(out), reading)


def with_echoes(found: list[Reading], echoed: list[structure._Candidate]) -> list[Reading]:
    """The readings of the advice with the passages the response repeats (:mod:`echoes`) as one more: weighed
    second, after the advice's own favourite, so that the response decides between them; the only one when the
    advice alone shows none."""
    if len(echoed) < 2:
        return found
    text = _("the {count} passages of the advice the response repeats word for word").format(count=len(echoed))
    return _second(found, Reading("echo", text, echoed))


CONTINUED_WITHIN = 6  # blocks after a list's last item where the item after it, quoted and cited, may stand


def continued(found: list[Reading], echoed: list[structure._Candidate]) -> list[Reading]:
    """Each numbered list with the item after its last one, where the response quotes it under the next number
    and it stands right after the list (a table's last row carried over to the next page without its rules: "7 |
    Onderzoek tijdig de inzet van een elektrisch veerschip …", quoted under "Advies 7")."""
    out: list[Reading] = []
    for r in found:
        numbers = [c.number for c in sorted(r.items, key=lambda c: c.start_index)]
        last = max((c.start_index for c in r.items), default=-1)
        counted = numbers == [str(k) for k in range(1, len(numbers) + 1)]
        nxt = next(
            (
                e
                for e in echoed
                if counted
                and e.numbered
                and e.number == str(len(numbers) + 1)
                and last < e.start_index <= last + CONTINUED_WITHIN
            ),
            None,
        )
        out.append(replace(r, items=[*r.items, nxt]) if nxt is not None else r)
    return out


def with_cited(found: list[Reading], items: list[structure._Candidate]) -> list[Reading]:
    """The readings of the advice with the recommendations the response cites by their numbers or codes
    (:mod:`cited`) as one more, weighed second (the response decides); the only one when the advice alone shows
    none."""
    if not items:
        return found
    text = _("the {count} items the response cites by their numbers").format(count=len(items))
    # (the same items numbered otherwise are another reading: "A1 That the Council …" set alike and counted 1–8)
    return _second(found, Reading("cited", text, items), numbered=True)


def _second(found: list[Reading], reading: Reading, numbered: bool = False) -> list[Reading]:
    """``found`` with ``reading`` weighed second, unless a reading of the same items (``numbered``: and the same
    numbers) is there already."""

    def numbers(r: Reading) -> list[str]:
        return [c.number for c in sorted(r.items, key=lambda c: c.start_index)] if numbered else []

    if any(r.key() == reading.key() and numbers(r) == numbers(reading) for r in found):
        return found
    return [*found[:1], reading, *found[1:]]


def _bracketed(text: str) -> str:
    return "".join(f"[{x}]" for x in cross_refs.bracketed_label(text))


def _label_word(c: structure._Candidate, blocks: list[Block] | None = None) -> str:
    # (a table's label cell beside the text: "Adviespunt 1" | "De districtsraad vraagt …"; not a box's text, which
    # stands apart from the running text)
    at = blocks[c.start_index] if blocks is not None else c.blocks[0]
    first = at if at is not c.blocks[0] and structure.REC_LABEL.match(at.text) else c.blocks[0]
    labelled = first.label and not structure.REC_LABEL.match(first.text)  # (not "12. Recommendation #1: …")
    text = f"{first.label} {first.text}" if labelled else first.text
    return text.split()[0].capitalize() if text.split() else "Recommendation"


def build(reading: Reading, doc: Document) -> list[Recommendation]:
    """The recommendations of one reading: conclusions left out, lettered points apart, repeats found."""
    blocks = doc.blocks
    if reading.kind == "sentences":  # (standing for the paragraph they are in, if it opens "[d]")
        said = summaries.said_with_repeats(reading.items, reading.chapter)
        items_text.sentence_titles(said, reading.items, blocks)  # (each under its own title: "Thema 2 - …")
        return said
    if reading.kind in ("answered", "imperatives", "titled"):  # (passages answered, sentences that ask: as cut)
        recs = [Recommendation(c.number, c.numbered, c.blocks[0].run) for c in reading.items]
        if reading.kind == "titled":  # (each under its bold title: "Interim orders")
            items_text.titles(recs, [run_in_titled.title_of(blocks[c.start_index]) for c in reading.items])
        return recs
    # the highlighted paragraphs and the bold sentences were chosen for asking someone to act: none is a conclusion
    # (nor is a text under a recommendation's code, nor one its tag calls a recommendation)
    items = (
        reading.items
        if reading.kind in ("highlighted", "coded", "gathered", "emphasis", "tagged")
        else structure._without_conclusions(reading.items)
    )
    if reading.kind in ("continued", "counted"):  # (the sentences after the list were chosen for recommending)
        in_text = {id(b) for b in blocks}
        items = [*items, *(c for c in reading.items if id(c.blocks[0]) not in in_text)]
    chosen = [
        items_text.field_above(items_text.asking_cell(c, blocks), blocks) for c in structure._with_sub_points(items)
    ]
    made = []
    taken: set[tuple[int, int]] = set()
    for c in chosen:
        rec = structure._to_recommendation(c)
        items_text.without_vote(rec)
        rec.addressee = items_text.addressee(blocks, c.start_index)
        if reading.kind == "bare" and not rec.cites:
            # ("Recommendation: …" under a numbered paragraph stands for it: "Training (paragraph 9)")
            place = structure._enclosing_number(blocks, c.start_index)
            rec.cites = (place,) if place and place.isdigit() else ()
        items_text.full_text(rec, c, blocks, taken)  # (a summary table's short form, its full text at "3.3")
        made.append(rec)
    items_text.titles(made, [items_text.title(blocks, c.start_index) for c in chosen])
    recs = items_text.dedupe(made)
    used = {id(b) for c in chosen for b in c.blocks}
    if reading.chapter:
        structure._numbered_repeats(recs, reading.chapter)  # a summary list with the same numbers repeats them in short
        used |= {id(b) for c in reading.chapter for b in c.blocks}
    items_text.find_repeats(recs, blocks, used)
    return recs


# an inspectorate's "Wat moet er beter" and "Action the trust MUST take to improve:", "Areas for improvement"
IMPROVE_HEADING = re.compile(
    r"\b(?:wat moet (?:er )?beter|verbeterpunten|verbetermaatregelen|verbeteracties|"
    r"(?:must|should) (?:do|take|improve)|areas? for improvement|what (?:must|should) (?:be )?improve|"
    r"what needs? to (?:be )?improve|needs? to improve|wat (?:moet|kan) (?:er )?(?:beter|verbeteren|verbeterd)|"
    # (or what the assessed team must do next: "What the team needs to explore", "Wat het team moet doen")
    r"what (?:the \w+ )?(?:needs?|has|have) to (?:do|explore|address|consider|work on|change)|"
    r"wat (?:het|de) \w+ (?:moet|nog moet) (?:doen|onderzoeken|verbeteren))",
    re.I,
)


def _improvement_items(blocks: list[Block]) -> list[structure._Candidate]:
    """The points listed under headings that say what must improve, wherever such headings stand (one per theme
    of an inspection report), numbered by their place."""
    out: list[structure._Candidate] = []
    rows: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "heading" or len(b.text.split()) > 14 or not IMPROVE_HEADING.search(b.text):
            continue
        for j in range(i + 1, len(blocks)):
            item = blocks[j]
            if structure.BULLET_LABEL.match(item.text.strip()):
                continue  # a bullet the layout set apart from its text
            if item.kind == "heading":
                break
            if item.kind == "item" and len(item.text.split()) >= 6:
                out.append(structure._Candidate(str(len(out) + 1), [item], j, numbered=False))
            elif item.table_row and item.table_row not in rows and asks(item):
                # (or a table's rows, each its cell that asks: "The provider must ensure that … | Regulation 12")
                rows.add(item.table_row)
                out.append(structure._Candidate(str(len(out) + 1), [item], j, numbered=False))
    return out


def _aside_blocks(furniture: list[Block]) -> list[Block]:
    """The blocks set aside that may be labelled recommendations: not headings, but for the labels themselves and
    the text right under one ("ADVIES 7" over "Maak het abonnement … geldig op de buurtbussen.", set in bold)."""
    out: list[Block] = []
    label_x: float | None = None  # the left edge of the last label: its box's text stands under it
    labels = [structure.REC_LABEL.match(b.text) is not None for b in furniture]
    for k, b in enumerate(furniture):
        if labels[k]:
            label_x = b.x0
        elif PAGE_NUMBER_RE.match(b.text.strip()) or (label_x is not None and abs(b.x0 - label_x) > 8):
            continue  # (the page's number and its footer, set aside too: "pagina 3 van 3", "Secretariaat: …")
        if b.kind != "heading" or labels[k] or (k > 0 and labels[k - 1]):
            out.append(b)
    return out


def covered(reading: Reading, found: list[Reading]) -> int:
    """For a reading of one item: the items of the largest other reading one of whose items holds its text."""
    if len(reading.items) != 1:
        return 0
    said = " ".join(reading.items[0].text.split())
    held = [o for o in found if len(o.items) > 1 and any(said in " ".join(c.text.split()) for c in o.items)]
    return max((len(o.items) for o in held), default=0)


def doubled(recs: list[Recommendation]) -> int:
    """How many of a reading's recommendations say what one before them says (their first thirty words: many open
    alike, "The executive heads of the United Nations system organizations should, by the end of 2026, …")."""
    seen: set[tuple[str, ...]] = set()
    count = 0
    for r in recs:
        opening = tuple(re.findall(r"\w+", r.text.lower())[:30])
        count += len(opening) >= 8 and opening in seen
        seen.add(opening)
    return count
