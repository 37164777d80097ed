"""Reply sections of a response: where each reply begins and ends, its heading, and the numbers it names.

Headings ("Aanbeveling 3", "1. Housing supply", subject lines), a quoted recommendation followed by "Government
response", inline labels, ordinals ("Het tweede advies betreft …"), paraphrases ("De Raad beveelt aan …"), and
responses set as tables, one row per recommendation. What comes before the first reply and after the signature is
told apart by the caller (:mod:`compare`).
"""

from __future__ import annotations

import re
from collections import Counter

from weerwoord.core.analysis import table_replies
from weerwoord.core.analysis.annexes import (
    annexed_rows,
    closing,
    sections_after_table,
    trim_closing,
    with_sections_before,
)
from weerwoord.core.analysis.asides import stands_apart
from weerwoord.core.analysis.decisions import decided_points, sibling_decisions, with_explanations
from weerwoord.core.analysis.naming import (
    AGENDA_POINT,
    DOING_MARKER,
    ITEM_CODE,
    MARGIN_LABEL,
    OWN_MARKER,
    PARAPHRASE_OPENING,
    QUESTION_CITES,
    REPLY_DETAIL,
    RESPONSE_MARKER,
    RESPONSE_ONLY,
    agenda_numbers,
    coded_list,
    codes_opening_paragraphs,
    reply_marker_at,
    results_as_text,
    source_codes,
)
from weerwoord.core.analysis.naming import is_marker as _is_marker
from weerwoord.core.analysis.questions import answers_to_questions, listed_answers, run_in_answers
from weerwoord.core.analysis.run_ins import (
    NUMBERED_DASH,
    advised_quotes,
    bold_led_beside,
    labelled_like_headings,
    numbered_run_in,
    quote_then_reply,
    run_in_label,
    run_in_title,
    run_in_words,
    split_by,
)
from weerwoord.core.analysis.section_refs import (
    MORE_CODES,
    PARAGRAPH_REF,
    explicit_ref,
    lone_bare_ordinals,
    refs_in_opening,
)
from weerwoord.core.analysis.structure import (
    BULLET_LABEL,
    DIGIT_LABEL,
    SIGNATURE,
    _label_number,
)
from weerwoord.core.analysis.subsections import quote_runs, recurring_parts_joined, themes_within
from weerwoord.core.analysis.table_replies import (
    TABLE_LETTER,
    overview_table,
    rows_by_title,
    rows_naming_recommendations,
)
from weerwoord.core.model import Block, Document, Reply, TextRun


def find_replies(doc: Document, quotes: frozenset[int] = frozenset()) -> list[Reply]:
    """The reply sections of a response, in document order.

    ``quotes``: blocks that quote a recommendation (found by :mod:`choice` for a reading of the advice): each
    starts a section and is its heading, with a block right before it under the same number ("1. PAC conclusion:
    …" before "1. PAC recommendation: …")."""
    blocks = results_as_text(doc.blocks)
    rows = rows_naming_recommendations(blocks)
    if len(rows) >= 2 and not overview_table(blocks, rows):
        return with_sections_before(blocks, rows)
    titled = rows_by_title(blocks)
    if titled:
        titled = with_sections_before(blocks, titled)
        return titled + sections_after_table(blocks, len(titled))
    if answers := listed_answers(blocks) or run_in_answers(blocks):  # (written questions answered by number)
        return answers
    starts = _section_starts(blocks, doc.body_size)
    # (not a short heading that comes back under each section, "VERANTWOORDING"; unless a reply's own heading)
    starts = recurring_parts_joined(
        blocks, starts, {i for i in starts if _is_marker(blocks[i]) or explicit_ref(blocks[i])}
    )
    # a paragraph that takes up another recommendation in words ("De raad vraagt ook om …") right after one that
    # names its own ("Wat betreft meerjarige contracten (aanbeveling 2c): …") answers that other one
    starts = sorted(
        {
            *starts,
            *(
                i
                for i in range(1, len(blocks))
                if blocks[i].kind == "paragraph"
                and blocks[i - 1].kind == "paragraph"
                and not blocks[i].table_row
                and PARAPHRASE_OPENING.match(blocks[i].text)
                and (explicit_ref(blocks[i - 1]) or refs_in_opening(blocks[i - 1].text))
                and not explicit_ref(blocks[i])
                and not refs_in_opening(blocks[i].text)
            ),
        }
    )
    heads: dict[int, int] = {}  # a section's start -> the first block of its body, for sections a quote begins
    # (an e-mail answering under the lines it quotes, "> Wij vragen de stad om …": each quote heads its reply)
    for a, z in quote_runs(blocks):
        starts, heads[a] = [i for i in starts if not a <= i <= z], z
    for q in sorted(quotes | advised_quotes(blocks)):  # (and "De raad adviseert: …" over each reply)
        first = q - 1 if q > 0 and blocks[q - 1].label and blocks[q - 1].label == blocks[q].label else q
        starts = [i for i in starts if not first <= i <= q]
        heads[first] = q + 1
    starts = sorted({*starts, *heads})
    starts, joined = _quotes_answered_together(blocks, starts)
    # an annex or a closing heading ends the reply before it without being a reply itself
    stops = [i for i, b in enumerate(blocks) if b.kind == "heading" and closing(b) and i not in starts]
    replies: list[Reply] = []
    # (the numbers the response's own paragraphs open with before a word in small letters, as a minute's decisions
    # do: "3 agreed that …", "4 noted that …")
    own_points = frozenset(m.group(1) for b in blocks if (m := OWN_POINT.match(b.text)))
    group: str | None = None  # the heading over the sections that follow ("Recommendations accepted")
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        end = min([end, *(i for i in stops if start < i < end)])
        head = blocks[start]
        body = blocks[start + 1 : end]
        # headings right before the next section head a group of sections, not this one's last words
        over_next = k + 1 < len(starts) and end == starts[k + 1]
        heading_text, heading_run, label, numbers = _heading_of(head)
        # (an item that is its own reply keeps its text, so all of what follows it may be the next group's heading)
        own = 0 if heading_text is None and head.kind == "item" else 1
        trailing = 0
        while (
            over_next
            and len(body) > trailing + own
            and body[-1 - trailing].kind == "heading"
            and not DECISION_LINE.match(body[-1 - trailing].text)  # ("Besluit: aangenomen, …" ends this reply)
        ):
            trailing += 1
        next_group = body[-1].text if trailing else None
        body = body[: len(body) - trailing]
        if start in heads:  # a quoted recommendation is the heading, the reply follows it (or stands after it)
            *quoted, last = blocks[start : heads[start]]
            quote_run, reply_in_it = quote_then_reply(last)
            heading_run = TextRun.concat([*(b.run for b in quoted), quote_run], sep=" ")
            heading_text, body = heading_run.text, [*reply_in_it, *blocks[heads[start] : end]]
        colon = _theme(head) if head.kind == "item" and BULLET_LABEL.match(head.label) else None
        if colon is not None:
            heading_run = head.run.slice(0, colon)
            heading_text = heading_run.text
            body = [Block("paragraph", head.run.slice(colon + 1, len(head.text)).strip()), *body]
        if head.table_row:
            # a table row: the recommendation's cell is the heading, the row's other cells the reply
            body = [b for b in body if b.table_row == head.table_row]
            heading_run = head.run
            heading_text = f"{head.label} {head.text}".strip()
        if heading_text is None:
            body = blocks[start : end - trailing]
            title = run_in_title(head)
            more = MORE_CODES.match(head.text) if head.kind == "item" else None
            if more:  # "TR-01 | and TR-04. Management will …": the codes are the heading, each its own
                heading_run = head.run.slice(0, more.end()).strip()
                heading_text = f"{head.label} {heading_run.text}".strip()
                body = [Block("paragraph", head.run.slice(more.end(), len(head.text)).strip()), *body[1:]]
            elif title:  # "3.5 Dijkvak 4 Hemmerden. Het dagelijks bestuur …": the title run in is the heading
                heading_run = head.run.slice(0, title).strip()
                heading_text = heading_run.text
                body = [Block("paragraph", head.run.slice(title, len(head.text)).strip()), *body[1:]]
        subtitle = None  # (or the numbers under a subject: "Runway strips" / "Safety Recommendations 2026-016 …")
        sub_ref = (explicit_ref(body[0]) or []) if body and body[0].kind == "heading" and not numbers else []
        if (
            heading_run is not None
            and body
            and (_is_subtitle(body[0]) or sub_ref)
            and len(body[0].text.split()) <= 16
            and not _is_marker(body[0])  # ("Department's response: Comply" under the quote opens the reply)
        ):
            subtitle, numbers = body[0].text, numbers or sub_ref
            heading_run = TextRun.concat([heading_run, body[0].run], sep=" — ")
            heading_text = heading_run.text
            body = body[1:]
        # a quoted recommendation followed by "Government response:" (or "What we are doing"): the quote is the heading
        marker_at = reply_marker_at(body, blocks[start:end])
        if marker_at is not None and marker_at <= 3:
            quote = body[:marker_at]
            if quote:
                extra = TextRun.concat([b.run for b in quote], sep=" ")
                heading_run = TextRun.concat([heading_run, extra], sep=" ") if heading_run else extra
                heading_text = heading_run.text
            marker = body[marker_at]
            m = RESPONSE_MARKER.match(marker.text)
            # ("Government response" as a heading; "What we are doing")
            said = marker.text.strip()
            alone = m is None and (RESPONSE_ONLY.match(said) or DOING_MARKER.match(said))
            rest = marker.run.slice(m.end() if m else len(marker.text) if alone else 0, len(marker.text)).strip()
            body = ([Block(marker.kind, rest)] if rest.text else []) + body[marker_at + 1 :]
            # (the quote led by the numbers of the report's paragraphs it repeats: "5.6 en 5.2 Maandelijkse …")
            led = QUOTE_NUMBERS.match(heading_text or "") if not numbers else None
            numbers = re.findall(r"\d{1,2}\.\d{1,2}", led.group(1)) if led else numbers
            asked = QUESTION_CITES.search(" ".join(b.text for b in quote)) if not numbers and quote else None
            numbers = table_replies.numbers_in(asked.group(1), False) if asked else numbers
        if k == len(starts) - 1:
            body = trim_closing(body)
        if (
            head.kind == "item"
            and numbers
            and heading_text is not None
            and not _said(body)
            and (_answers(head) or not any(b.text.strip() for b in body))
        ):
            # a point that names what it answers and answers it, with no text of its own under it: it is the reply
            # ("a. Recommendation 6 is approved and has been carried out. …" before "b. Recommendation 7 …"; a
            # decision's point with nothing under it, "4. aanbeveling C niet over te nemen;")
            heading_text, heading_run, body = None, None, [Block("paragraph", head.run), *body]
        titles_only = heading_text is not None and all(b.kind == "heading" for b in body)
        if not any(b.text.strip() for b in body) or titles_only:
            # a heading over other headings (a part title) answers nothing itself; the nearest heading over the next
            # sections is their group ("3. Response …" / "Category 1: To be implemented")
            own_title = head.text if head.kind == "heading" else group
            group = next_group or (body[-1].text if body else subtitle or own_title)
            continue
        run = TextRun.concat([b.run for b in body], sep="\n\n") if body else TextRun("", [])
        if not numbers:
            numbers = (
                refs_in_opening(run.text, own_points) or codes_opening_paragraphs(run.text) or source_codes(run.text)
            )
        numbers = [*numbers, *(n for n in joined.get(start, []) if n not in numbers)]
        replies.append(Reply(f"r{len(replies) + 1}", heading_text, run, heading_run, numbers, label, group))
        group = next_group or group
    replies = with_explanations(replies, blocks)  # (a decision's points, each with its explanation)
    if agenda_numbers([b.text for b in blocks if b.kind == "heading"]):
        for rp in replies:  # (the minutes' own agenda points, "Punt 2. Advies van de stad …", cite nothing)
            if AGENDA_POINT.match(rp.heading or ""):
                rp.numbers = []
    return answers_to_questions(replies) + annexed_rows(blocks, len(replies), max(starts, default=-1))


OWN_POINT = re.compile(r"^(\d{1,2})\.?\s+(?=[a-z])")


def _said(blocks: list[Block]) -> bool:
    """Whether the blocks hold a sentence of a reply: a paragraph or a point of more than six words."""
    return any(b.kind != "heading" and len(b.text.split()) > 6 for b in blocks)


def _answers(b: Block) -> bool:
    """Whether a point goes on past its first sentence: more than twelve words over two sentences or more, a reply
    ("Recommendation 7 is approved. Safety Alert 04-26 went to every unit …"), not a decision's one line
    ("1. De aanbevelingen 1, 3 en 4 van het rapport over te nemen;")."""
    return len(b.text.split()) > 12 and bool(_NEXT_SENTENCE.search(b.text))


_NEXT_SENTENCE = re.compile(r"[.;:]\s+[A-ZÀ-Ý]")


def _quotes_answered_together(blocks: list[Block], starts: list[int]) -> tuple[list[int], dict[int, list[str]]]:
    """Quoted recommendations one after the other, answered together below the last ("Recommendation 1" + its
    quote, "Recommendation 2" + its quote, then the reply to both): a section under a recommendation's number that
    holds only a quote set apart (in italics) runs on through the next such section, whose numbers it takes too.

    Returns the starts left and, for each section that took others, their numbers."""
    out: list[int] = []
    taken: dict[int, list[str]] = {}
    k = 0
    while k < len(starts):
        first = starts[k]
        out.append(first)
        j = k
        while j + 1 < len(starts):
            here, nxt = starts[j], starts[j + 1]
            body = [b for b in blocks[here + 1 : nxt] if b.text.strip()]
            named = explicit_ref(blocks[nxt])
            # (or the quote is the section's head, nothing under it: "R2: Use a red tray …" set in italics, then
            # "R6: Refresh water jugs …" and "Our response. We accept both of these …")
            alone = not body and blocks[here].italic and blocks[nxt].italic
            if not (alone or (body and all(b.italic for b in body))) or not named or not explicit_ref(blocks[here]):
                break
            taken.setdefault(first, []).extend(named)
            j += 1
        k = j + 1
    return out, taken


def _section_starts(blocks: list[Block], body_size: float) -> list[int]:
    rows = [i for i, b in enumerate(blocks) if b.table_row and b.kind == "item" and b.label]
    answered = [
        i for i in rows if any(b.table_row == blocks[i].table_row and len(b.text.split()) >= 8 for b in blocks[i + 1 :])
    ]
    if len(answered) >= 2:
        # a table with one row per recommendation: each row is a reply (see find_replies); a section under a
        # heading of its own after the table ("Other matters raised in the report") is one too
        following = [i for i, b in enumerate(blocks) if i > rows[-1] and b.kind == "heading" and not b.table_row]
        return rows + [i for i in following if not closing(blocks[i])]
    # otherwise a table (an overview of verdicts at the end) starts no reply of its own
    in_table = {i for i, b in enumerate(blocks) if b.table_row}
    explicit = [i for i in _explicit_starts(blocks) if i not in in_table]
    quoted = [i for i, b in enumerate(blocks) if _is_marker(b) and i not in in_table]
    # ("Onze reactie" under each quote, two or more; not as a sub-heading right under a section's own heading, "2.
    # Planning capacity": a part of it)
    marking = [i for i, b in enumerate(blocks) if OWN_MARKER.match(b.text) or DOING_MARKER.match(b.text.strip())]
    own = [i for i in marking if i not in in_table and i and blocks[i - 1].kind != "heading"]
    quoted = sorted({*quoted, *own}) if len(own) >= 2 else quoted
    if len(quoted) >= 2:
        heard = Counter(b.text.strip().lower() for b in blocks if b.kind == "heading")  # (each heading's count)
        starts = []
        for i in quoted:
            j = i - 1
            # the quote: the block(s) right before the marker, back to a heading or a labelled block
            while (
                j > 0
                and blocks[j].kind != "heading"
                and explicit_ref(blocks[j]) is None
                and i - j < 3
                and not _is_marker(blocks[j - 1])
                and not OWN_MARKER.match(blocks[j - 1].text)  # (nor over the answer before it: "Ons antwoord: …")
                and blocks[j - 1].kind != "heading"
                and _set_alike(blocks[j - 1], blocks[j])  # a quote set apart (italic, indented) ends where it began
            ):
                j -= 1
            if (
                j > 0
                and (blocks[j - 1].kind == "heading" or explicit_ref(blocks[j - 1]) is not None)
                and not _is_marker(blocks[j - 1])
            ):
                j -= 1
            # more quotes above, answered together by the reply below ("Recommendation 1" + its quote, then
            # "Recommendation 2" + its quote, then "Government response"), and a part heading over them that names
            # them ("Funding (Recommendations 1 and 2)")
            while (
                j >= 2
                and blocks[j - 1].italic
                and not _is_marker(blocks[j - 1])
                and blocks[j - 2].kind == "heading"
                and explicit_ref(blocks[j - 2]) is not None
            ):
                j -= 2
            if j >= 1 and blocks[j - 1].kind == "heading" and explicit_ref(blocks[j - 1]) is not None:
                j -= 1
            # (a sub-heading that comes back over each quote, under the subject's own: "Dental appointments" / "You
            # told us" / the ask in other words / "What we are doing")
            under = j >= 1 and blocks[j].kind == blocks[j - 1].kind == "heading"
            if under and heard[blocks[j].text.strip().lower()] > 1:
                j -= 1
            starts.append(max(j, 0))
        first = min(starts)
        quote_parts = {k for i in quoted for k in range(i - 3, i + 1)}
        subjects = [
            i
            for i, b in enumerate(blocks)
            if b.kind == "heading" and i > first and i not in quote_parts and _subject_heading(b) and not closing(b)
        ]
        return sorted(set(starts) | set(subjects))
    themed = [
        i
        for i, b in enumerate(blocks)
        if b.kind == "item"
        and BULLET_LABEL.match(b.label)
        and _theme(b) is not None
        and i not in in_table
        and len(b.text[(_theme(b) or 0) :].split()) >= 15
    ]
    if len(themed) >= 3:
        return themed  # "• Digitale toegankelijkheid: Het kabinet …": one bullet per reply, led by its theme
    numbered = [i for i, b in enumerate(blocks) if _numbered_heading(b) and i not in in_table]
    # numbered lines that follow each other with no text between are a list (an annex of acronyms), not headings
    # (not a chapter's heading right over its first section's: "3 Reactie op de adviezen" / "3.1 Toeristenbelasting")
    # (nor a part's heading over its first reply's, led by a recommendation's code: "2. Responses to the
    # recommendations" / "TF4 - offensive graffiti")
    in_runs = {
        i
        for i in numbered
        if (
            i + 1 in numbered and not _parent_of(blocks[i], blocks[i + 1]) and not _code_under(blocks[i], blocks[i + 1])
        )
        or (
            i - 1 in numbered and not _parent_of(blocks[i - 1], blocks[i]) and not _code_under(blocks[i - 1], blocks[i])
        )
    }
    numbered = [i for i in numbered if i not in in_runs]
    headings = [
        i for i, b in enumerate(blocks) if b.kind == "heading" and i > 0 and _subject_heading(b) and i not in in_runs
    ]
    paraphrased = {i for i, b in enumerate(blocks) if PARAPHRASE_OPENING.match(b.text)}
    if len(numbered) >= 2:
        level = [blocks[i] for i in numbered]
        styles = {(b.bold, b.italic) for b in level}
        sizes = [b.size for b in level]
        same_level = [
            i
            for i in headings
            if (blocks[i].bold, blocks[i].italic) in styles and min(abs(blocks[i].size - z) for z in sizes) < 0.6
        ]
        starts = sorted({*numbered, *explicit, *same_level, *themes_within(blocks, numbered, headings)})
    elif len(explicit) >= 1:
        starts = sorted(set(explicit) | set(headings))
        if not headings or any(blocks[i].kind == "paragraph" for i in explicit):
            # a letter (or a section) answering paragraph by paragraph: by ordinal or number ("Het tweede advies
            # betreft …", "Over advies 5 …") and by paraphrase ("De raad adviseert verder om …") alike
            # (and another body's advice run in among them: "Advies van de milieuraad. De milieuraad vraagt …")
            # (or an aside: "Separately, we are planning a fifth surgery …", after the last reply)
            others = {i for i, b in enumerate(blocks) if b.kind == "paragraph" and stands_apart(b.text)}
            starts = sorted(set(starts) | paraphrased | others)
    elif len(headings) >= 2:
        starts = headings
    else:
        starts = sorted(paraphrased)
    starts = sorted({*starts, *labelled_like_headings(blocks, starts)})
    # paragraphs led by a label of a few words run in ("Tarieven. De aanbeveling om …"), three or more of them: each
    # a reply of its own, where the response has fewer sections than that
    run_in = [i for i, b in enumerate(blocks) if run_in_label(b) and i not in starts]
    # (not a form's fields, the same labels under each heading: "Summary of submission: …", "Chief Executive's
    # Response: …", "Chief Executive's Recommendation: …")
    label_of = {i: run_in_words(blocks[i]) for i in run_in}
    labels = Counter(label_of.values())
    run_in = [i for i in run_in if labels[label_of[i]] < 2]
    if len(run_in) >= 3 and len(run_in) > len(starts):
        starts = sorted({*starts, *run_in})
    starts = sorted({*starts, *bold_led_beside(blocks, starts, run_in)})
    # (or three or more numbered decisions run in, an agenda item's: "3 Eindadvies …" / "Besluit 3.1 – …", "Besluit
    # 3.2 – …", "Besluit 3.3 – …", also where a decision's line in bold stands between two: "Besluit: aangenomen")
    decided = [i for i in run_in if NUMBERED_DASH.match(blocks[i].text)]
    if len(decided) >= 3:
        starts = sorted({*starts, *decided})
    # … and those numbered, on from their section's number ("3. Reactie op het toetsingsadvies" / "3.1 Stikstof.
    # …", "3.2 Monitoring. …") or through the response ("5. Funding for free basic services. …"), three or more in
    # all, two or more in a section: each a reply of its own
    numbered_in = [i for i, b in enumerate(blocks) if numbered_run_in(b) and i not in starts]
    for section in split_by(starts, numbered_in) if len(numbered_in) >= 3 else []:
        if len(section) >= 2:
            starts = sorted({*starts, *section})
    starts = sorted({*starts, *sibling_decisions(blocks, explicit), *decided_points(blocks)})
    starts = [i for i in starts if not closing(blocks[i]) or explicit_ref(blocks[i])]
    # after the letter's signature ("Met vriendelijke groet", "Yours sincerely"), a heading starts a part of its own
    # (the advisory body's afterword, a "Nawoord van de rekenkamer"): it is no part of the last reply
    signed = next(
        (i for i, b in enumerate(blocks) if SIGNATURE.match(b.text.strip()) and len(b.text.split()) <= 12), None
    )
    if signed is not None and starts and signed > starts[0]:
        after = next((i for i in range(signed + 1, len(blocks)) if _part_after_signature(blocks[i])), None)
        if after is not None and after not in starts and any(len(b.text.split()) >= 12 for b in blocks[after + 1 :]):
            starts = sorted([*starts, after])
    if explicit:
        # a decision or a sub-heading printed in a margin column beside a reply ("Accept", "Financial
        # implications") is part of it; the same words over full-width text head a section of their own
        starts = [i for i in starts if i in explicit or not _margin_label(blocks, i)]
    # a decision's line in bold after a reply is its end, no section ("Voorstel 3.3 – Reservefonds. …" / "Besluit:
    # aangenomen, met een verhoging van 15 procent")
    starts = [i for i in starts if not (DECISION_LINE.match(blocks[i].text) and i > starts[0])]
    # a heading right under a section's heading is its subtitle ("Aanbeveling 1" / "Overzicht van …")
    return [i for i in starts if not (i - 1 in starts and blocks[i - 1].kind == "heading" and _is_subtitle(blocks[i]))]


DECISION_LINE = re.compile(r"^(?:besluit|besloten|decision|resolved)\s*:\s", re.I)


SIGNER = re.compile(r"^(?:[a-z]+\.?\s)*(?:[A-Z]\.\s?)+(?:[a-z]+\s)*[A-Z][\w-]+$")  # "M. Harbers", "drs. H. Bakker"


def _part_after_signature(b: Block) -> bool:
    """A heading after the signature that starts a part of its own ("Nawoord van de rekenkamer"), not a name."""
    t = b.text.strip()
    return b.kind == "heading" and _subject_heading(b) and len(t.split()) >= 2 and not SIGNER.match(t)


def _set_alike(a: Block, b: Block) -> bool:
    """Whether two blocks are set in the same style: slant, weight and indent."""
    return a.italic == b.italic and a.bold == b.bold and abs(a.x0 - b.x0) < 4


def _margin_label(blocks: list[Block], i: int) -> bool:
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return bool(MARGIN_LABEL.match(blocks[i].text)) and nxt is not None and nxt.x0 > blocks[i].x0 + 40


THEME = re.compile(r"^[A-ZÀ-Ý][^.:;!?]{2,70}:\s+\S")


def _theme(b: Block) -> int | None:
    """Where the theme of a bullet ends ("Begrijpelijke taal: Het kabinet …" → the colon), if it has one."""
    m = THEME.match(b.text)
    if m is None:
        return None
    colon = b.text.index(":", 0, m.end())
    # (not a sentence going on after its colon in small letters: "Het college wenst de belasting … niet te wijzigen:
    # het belastingreglement werd pas …")
    if len(b.text[:colon].split()) >= 6 and b.text[m.end() - 1].islower():
        return None
    return colon


def _code_under(a: Block, b: Block) -> bool:
    """Whether heading ``b``, led by a code ("TF4"), stands under ``a``, led by a number ("2."): a part and its first
    reply, no list of numbered lines."""
    return DIGIT_LABEL.match(a.label or "") is not None and ITEM_CODE.fullmatch((b.label or "").strip()) is not None


def _is_subtitle(b: Block) -> bool:
    # (not a heading led by a recommendation's code, "TF4 - offensive graffiti" right under "2. Responses to the
    # recommendations": the first reply, not the part's subtitle)
    coded = bool(b.label) and ITEM_CODE.fullmatch(b.label.strip()) is not None
    return b.kind == "heading" and explicit_ref(b) is None and not _numbered_heading(b) and not coded


def _parent_of(a: Block, b: Block) -> bool:
    """Whether heading ``b`` is numbered as the first section under ``a`` ("3 …" then "3.1 …"), neither having
    another numbered heading after it at once (no list of three)."""
    na = re.match(r"(\d{1,2})\.?\s", f"{a.label} {a.text}".strip())
    nb = re.match(r"(\d{1,2})\.1\.?\s", f"{b.label} {b.text}".strip())
    return bool(na and nb and na.group(1) == nb.group(1))


def _explicit_starts(blocks: list[Block]) -> list[int]:
    """Blocks that name the recommendations they answer; a paragraph naming one of the numbers its section's
    heading already named ("Recommendations 5, 6 and 9" … "Recommendation 9 is a matter for …") stays in it."""
    out: list[int] = []
    covering: set[str] = set()
    covering_at = -2
    listed = coded_list(blocks)
    for i, b in enumerate(blocks):
        if i in listed:
            continue
        refs = explicit_ref(b)
        if b.kind == "heading" and refs:
            covering, covering_at = set(refs), i
        elif b.kind == "heading" and i != covering_at + 1:  # (a subtitle right under it keeps it)
            covering = set()
        if refs is None:
            continue
        if b.kind != "heading" and covering and set(refs) <= covering:
            continue
        if b.kind == "item" and covering and ITEM_CODE.fullmatch(b.label.strip()):
            continue  # coded points under a heading that names what it answers ("R8 — …" / "S1 Camden: …")
        out.append(i)
    lone = lone_bare_ordinals(blocks, out)
    return [i for i in out if i not in lone]


def _numbered_heading(b: Block) -> bool:
    if b.kind == "heading" and (DIGIT_LABEL.match(b.label) or re.match(r"^\d{1,2}(?:\.\d{1,2})*[a-z]?[.)]?\s", b.text)):
        return True
    if b.kind != "item" or not DIGIT_LABEL.match(b.label):
        return False
    text = b.text.rstrip()
    return (len(text.split()) <= 16 and not text.endswith((".", ";", ","))) or (
        (b.italic or b.bold) and len(text.split()) <= 20
    )


def _subject_heading(b: Block) -> bool:
    t = b.text.strip()
    return 1 <= len(t.split()) <= 16 and not t.endswith((",",)) and not _is_marker(b) and not REPLY_DETAIL.match(t)


QUOTE_NUMBERS = re.compile(r"^(\d{1,2}\.\d{1,2}(?:\s*(?:,|en|and|&)\s*\d{1,2}\.\d{1,2})*)\s+(?=[A-ZÀ-Ý])")
_BARE_NUMBER = re.compile(r"[IVX]{1,4}|\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z]{1,2}\d{1,2}")


def _heading_of(b: Block) -> tuple[str | None, TextRun | None, str, list[str]]:
    explicit = explicit_ref(b)
    label = ""
    number = _label_number(b.label) if b.label else None
    if number is None and b.table_row and _BARE_NUMBER.fullmatch(b.label):
        number = b.label  # a table's number column: "III", "12", "A2" without a full stop
    lettered = TABLE_LETTER.fullmatch(b.label) if number is None and b.table_row else None
    number = lettered.group(1) or lettered.group(2) if lettered else number  # "(c)": a lettered list's row
    if number:
        label = number
    if b.kind == "heading" or _numbered_heading(b) or explicit is not None:
        if b.kind == "paragraph" and explicit is not None and len(b.text.split()) > 6:
            return None, None, label, explicit  # "Aanbeveling 3. Het kabinet …" opens the reply itself
        if b.kind == "item" and explicit is not None and len(b.text.split()) > 6 and PARAGRAPH_REF.match(b.text):
            return None, None, "", explicit  # "1. to approve recommendation (a) of the CRP. …": a decision's number
        coded = b.kind == "item" and ITEM_CODE.fullmatch(b.label.strip())
        if coded and explicit is not None and len(b.text.split()) > 6:
            return None, None, label, explicit  # "A3  Bicycle parking. The Active Travel Office will …" too
        text = f"{b.label} {b.text}".strip() if b.label else b.text
        if not label and b.kind == "heading":
            hm = re.match(r"^(\d{1,2}[a-z]?)[.)]?\s", b.text)
            roman = re.match(r"^((?-i:[IVX]{1,4}))[.)]?\s+(?=[A-ZÀ-Ý])", b.text)  # "IV Ouderbetrokkenheid"
            label = hm.group(1).lower() if hm else roman.group(1) if roman else ""
        return text, b.run, label, explicit or []
    return None, None, label, explicit or []
