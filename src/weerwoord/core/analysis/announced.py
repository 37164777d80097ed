"""Points announced as recommendations: the items under a sentence that says it recommends them ("Wij bevelen de
minister aan:", "The Trust should:", "De provinciale omgevingsambtenaar stelt de deputatie voor:"), wherever such a
sentence stands in the report."""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.analysis import echoes, structure
from weerwoord.core.analysis.naming import RUN_IN
from weerwoord.core.analysis.recommending import RECOMMENDING_AT, SENTENCE_START
from weerwoord.core.analysis.requests import asks, verb_first
from weerwoord.core.model import Block

# a sentence that announces recommendations as the points below it: "Wij bevelen de minister aan (om):",
# "We recommend that the Secretary:", "De raad adviseert het college:", "Within one month, the Trust should:"
ANNOUNCING = re.compile(
    r"\b(?:bevel\w*|beveelt|aanbevel\w*|aanbevolen|geadviseerd|adviseer\w*|adviseren|recommend\w*|advises?|urges?|"
    r"calls? on|should|must|"
    r"needs?\s+to|"  # (a review's next steps: "Leaders and teachers need to:", "The board needs to:")
    r"moet(?:en)?|dient|dienen|"
    # (a resolution's asking: "vraagt de Vlaamse Regering:", "verzoekt de regering:", "requests the Government to:")
    r"vraagt|vragen|verzoekt|verzoeken|requests?|asks?|"
    # (an action plan's "The action plan requires the trustees to:", "we expect the CAHP to:")
    r"requires?|expects?|verwacht|verwachten|"
    # (a commission's directives: "The Provincial Department of Education is directed to:")
    r"directed|instructed|ordered"
    # (a treaty body's remedies: "Accordingly, the State party is obligated, inter alia, to:")
    r"|obligated|obliged"
    # (a consultee's conditions: "The Committee would withdraw its objection if:", "De commissie trekt haar bezwaar in
    # als:", "… would support the application provided that:")
    r"|withdraw\s+(?:its|our|the)\s+objection|support\s+the\s+(?:application|proposal|scheme)|no\s+objection"
    r"|bezwaar\s+in(?:trekken)?|(?:geen\s+)?bezwaar)\b[^.;:]{0,80}:\s*$"
    # (a proposal for a decision: "De provinciale omgevingsambtenaar stelt de deputatie voor:")
    r"|\b(?:stelt|stellen)\b[^.;:]{0,80}\bvoor(?:\s+om)?\s*:\s*$"
    # "… doen wij de volgende aanbevelingen aan de minister.", "We make the following recommendations."
    r"|\b(?:volgende|following)\s+(?:\w+\s+)?(?:aanbevelingen|adviezen|recommendations)\b[^.;:]{0,120}[.:]\s*$"
    # "The Committee recommends that General Committee direct staff to make the following changes."
    r"|\b(?:recommend\w*|beveelt|bevelen|adviseert|adviseren)\b[^.;:]{0,120}\b(?:following|volgende)\s+[^.;:]{0,40}[.:]\s*$"
    # a dictum's "… is van oordeel dat de volgende aanpassingen zich opdringen …:", "… het belang van de volgende
    # elementen:", "… the following changes are needed:"
    r"|\b(?:volgende|following)\s+(?:\w+\s+)?(?:aanpassingen|wijzigingen|elementen|aandachtspunten|changes|amendments)"
    r"\b[^.;:]{0,80}:\s*$"
    # the conditions of a favourable advice: "De GECORO verleent een gunstig advies …, op voorwaarde dat:"
    r"|\b(?:op\s+(?:de\s+)?voorwaarden?\s+dat|onder\s+(?:de\s+)?(?:volgende\s+)?voorwaarden?|on\s+(?:the\s+)?"
    r"conditions?\s+that|subject\s+to\s+the\s+following\s+conditions?)\s*:\s*$",
    re.I,
)


SUB_HEADING_WORDS = 8
# a point lettered with a capital after a sentence that announces points: "A. Evalueer …"
CAPITAL_POINT = re.compile(r"^([A-H])[.)]\s+(?=[A-Z])")
ROMAN_POINT = re.compile(r"^(I{1,3}|IV|VI{0,3}|IX|X)\s+(?=[A-Z][a-z])")


def announcing(b: Block) -> bool:
    # (every form ends the block with a colon or a stop: looked for in its last 300 characters only)
    # (a lead-in set in bold reads as a heading: "Within three months, the ICB should:")
    # (not what another body decided before, told in the past: "Het college verleende de vergunning onder de
    # volgende voorwaarden:", "In 2023 the Council granted the licence subject to the following conditions:")
    tail = b.text[max(0, len(b.text) - 300) :]
    if b.table_row or b.text.rstrip()[-1:] not in ".:" or not ANNOUNCING.search(tail):
        return False
    last = SENTENCE_START.split(tail)[-1]  # (only for a lead-in: every block of a long report comes here)
    return not (last.rstrip().endswith(":") and DECIDED_BEFORE.search(last))


# a decision told in the past tense
DECIDED_BEFORE = re.compile(
    r"\b(?:verleende|verleenden|besloot|besloten|keurde|keurden|granted|decided|imposed|approved)\b", re.I
)


def announced_lists(
    blocks: list[Block], points: list[structure._Candidate]
) -> list[tuple[int, list[structure._Candidate]]]:
    """The points under each lead-in apart, with where the lead-in stands, where two lead-ins or more announce
    points of their own (a permit officer's report repeats the first decision's conditions, "onder de volgende
    voorwaarden: 1. … 3.", before its own proposal "stelt de deputatie voor: 1° … 7°"); each list numbered by its
    own labels. None where one lead-in announces them all, or where the lists do not each number their points anew
    (bullets, or one numbering running on through them). ``points``: :func:`announced_points` of the blocks."""
    own = [_own_label(c.blocks[0].label) for c in points]
    if not all(own):
        return []
    leads = [i for i, b in enumerate(blocks) if announcing(b)]
    groups: dict[int, list[tuple[str, structure._Candidate]]] = {}
    for n, c in zip(own, points, strict=True):
        groups.setdefault(max(i for i in leads if i < c.start_index), []).append((str(n), c))
    if len(groups) < 2 or any(len({n for n, _ in g}) < len(g) for g in groups.values()):
        return []
    # (each list numbered anew, or in a style of its own: research questions 1-3, then recommendations a-g)
    styles = [{_label_style(c.blocks[0].label) for _, c in g} for g in groups.values()]
    if len(set(own)) == len(own) and not (all(len(st) == 1 for st in styles) and len({*map(frozenset, styles)}) > 1):
        return []
    return [
        (lead, [structure._Candidate(n, c.blocks, c.start_index, numbered=True) for n, c in items])
        for lead, items in groups.items()
    ]


def announced_points(blocks: list[Block]) -> list[structure._Candidate]:
    """The points listed under sentences that announce them as recommendations ("Wij bevelen de minister aan:"
    and bullets), wherever in the report such a sentence stands, numbered by their place through the report."""
    out: list[structure._Candidate] = []
    for i, b in enumerate(blocks):
        if not announcing(b):
            continue
        before = len(out)
        for j in range(i + 1, len(blocks)):
            item = blocks[j]
            if (
                item.kind == "heading"
                and not item.label
                and len(item.text.split()) <= SUB_HEADING_WORDS
                and j + 1 < len(blocks)
                and blocks[j + 1].kind == "item"
                and not CAPITAL_POINT.match(item.text)
                and _continues([c for c in out if c.start_index > i], blocks[j + 1].label)
            ):
                continue  # a sub-heading over the next points of one list ("Getting paid", "Bidding for City work")
            set_alone = item.kind in ("paragraph", "heading") and not item.table_row
            capital = (CAPITAL_POINT.match(item.text) or ROMAN_POINT.match(item.text)) if set_alone else None
            # (not the report's next chapter, lettered as its others: "E. Closing" after "D. Recommendations")
            if capital and len(item.text[capital.end() :].split()) < (5 if item.kind == "heading" else 2):
                break
            if capital:
                # "A. Evalueer de nieuwe organisatie …", "II Schrap het voornemen …" (a numeral in a cell of its own
                # beside the text): a capital or a numeral is no label elsewhere (initials, the English "I")
                run = item.run.slice(capital.end(), len(item.text))
                point = replace(item, kind="paragraph", run=run, label=f"{capital.group(1)}.")
                out.append(structure._Candidate(capital.group(1), [point], j))
                continue
            lead = out[-1].blocks[0] if out and out[-1].start_index > i else None
            if lead is not None and lead.label[:1].isupper() and item.kind == "paragraph" and item.x0 > lead.x0 + 4:
                out[-1].blocks.append(item)  # the explanation set in under a lettered point
                continue
            if item.kind == "paragraph" and not item.table_row and _asks_run_in(item.text):
                # points set as paragraphs, each with a title of a few words run in ("Taakafbakening. Leg in de
                # instellingsregeling vast …"), which the response may answer by ("Taakafbakening. Ik neem …")
                out.append(structure._Candidate(str(len(out) + 1), [item], j, numbered=False))
                continue
            sub = _sub_point(b.text, item, j)
            if sub is not None:
                out.append(sub)  # "7.1 The Municipal Manager must:" / "7.1.1 Within 30 working days, provide …"
                continue
            if item.kind != "item" or item.table_row:
                break
            if structure.BULLET_LABEL.match(item.text.strip()):  # (a bullet the layout set apart)
                continue
            first = next((c.blocks[0] for c in out if c.start_index > i), None)
            if first is not None and item.x0 > first.x0 + 8 and _label_style(item.label) != _label_style(first.label):
                out[-1].blocks.append(item)  # a sub-point, indented under its point ("e. …: (i) …; (ii) …")
                continue
            if first is not None and item.x0 < first.x0 - 8 and _label_style(item.label) != _label_style(first.label):
                break  # the report's next numbered paragraph, out at its margin ("10." after "(a)" and "(b)")
            if len(item.text.split()) >= 5 and not disclaimed(item.text):
                out.append(structure._Candidate(str(len(out) + 1), [item], j, numbered=False))
        if len(out) > before and all(c.blocks[-1].text.rstrip().endswith("?") for c in out[before:]):
            del out[before:]  # questions ("Op de wijkavonden kwamen steeds dezelfde vragen terug: 1. Wat kost …?")
    # points lettered or numbered by the report itself ("a." to "f.") keep the report's numbers
    own = [n for n in (_own_label(c.blocks[0].label) for c in out) if n]
    if out and len(own) == len(out) and len(set(own)) == len(own):
        out = [structure._Candidate(n, c.blocks, c.start_index, numbered=True) for n, c in zip(own, out, strict=True)]
    return out


OWN_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")


# a point that says it is none: "We considered asking for a third courtroom …, but the Forum does not make that
# recommendation, because …"
DISCLAIMING = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:make\s+(?:that|this|such\s+a|a|any)\s+recommendation|recommend)\b"
    r"|\bmakes?\s+no\s+(?:such\s+)?recommendation\b|\b(?:has|have)\s+no\s+(?:advice|recommendations?)\b"
    r"|\b(?:heeft|hebben)\s+geen\s+(?:advies|aanbeveling(?:en)?)\b"
    r"|\b(?:doet|doen)\s+(?:[\w-]+\s+){0,3}?geen\s+aanbeveling|\b(?:beveelt|bevelen)\s+(?:[\w-]+\s+){0,3}?niet\s+aan\b",
    re.I,
)
ASKING_WORDS = re.compile(r"\b(?:should|must|shall|moet|moeten|dient|dienen|zou|zouden)\b", re.I)
_STILL_RECOMMENDS = re.compile(r"\b(?:recommends|urges|beveelt|bevelen)\b", re.I)


def _continues(points: list[structure._Candidate], label: str) -> bool:
    """Whether a point labelled ``label`` goes on with ``points`` (the first of them, or the next number after the
    last): a list broken by a sub-heading, not the report's next numbered paragraph ("6." after point "1.")."""
    number = _own_label(label)
    if not number or not number.isdigit():
        return False
    last = _own_label(points[-1].blocks[0].label) if points else "0"
    return last is not None and last.isdigit() and int(number) == int(last) + 1


def disclaimed(text: str) -> bool:
    """Whether a point says it is no recommendation and asks nothing itself (nor recommends beside it: "The
    Committee does not recommend the creation of a separate offence …. It recommends that the State party:")."""
    rest = DISCLAIMING.sub(" ", text)
    return rest != text and not ASKING_WORDS.search(text) and not _STILL_RECOMMENDS.search(rest)


def _sub_point(lead: str, item: Block, j: int) -> structure._Candidate | None:
    """A paragraph numbered under the lead-in's own number, as its point: "7.1.1 Within 30 working days, provide …"
    under "7.1 The Municipal Manager must:"."""
    m, n = OWN_NUMBER.match(lead), OWN_NUMBER.match(item.text)
    if item.kind != "paragraph" or item.table_row or not m or not n or not n.group(1).startswith(m.group(1) + "."):
        return None
    point = replace(item, kind="item", run=item.run.slice(n.end(), len(item.text)), label=n.group(1))
    return structure._Candidate(n.group(1), [point], j)


def _asks_run_in(text: str) -> bool:
    """A paragraph that is a point asking for something, with or without a run-in label."""
    m = RUN_IN.match(text)
    rest = text[m.end() :] if m else text
    if len(rest.split()) < 5 or rest.rstrip().endswith(":"):
        return False
    first, second = (w.strip(",.;:").lower() for w in rest.split()[:2])
    # a verb first ("Laat klachten …", "Publish …"), not a subject ("De onderzoekers danken …")
    return bool(m) and bool(structure.REC_VERB.search(rest) or echoes.request(rest) or verb_first(first, second))


def _label_style(label: str) -> str:
    """How a label is made, whatever its value: "a." and "e." alike, "(i)" and "(iv)" alike, "7." and "10." alike."""
    return re.sub(r"\d+", "9", re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", label)))


def _own_label(label: str) -> str | None:
    """The number or letter of a list label ("3." → "3", "b)" → "b"); None for a bullet."""
    m = re.fullmatch(r"\(?([a-z])[.)]", label.strip())
    return m.group(1) if m else structure._label_number(label)


def asking_items(items: list[structure._Candidate]) -> list[structure._Candidate]:
    """A chapter's numbered paragraphs without the one that announces them ("14. The Forum makes the following
    recommendations …:") and one that says it is none ("18. We considered asking for a third courtroom …, but the
    Forum does not make that recommendation"); where most open by recommending ("[21] I recommend that …"), without
    those that recommend or ask nothing ("[20] I have considered each proposal …", "[30] Under section 28 …");
    all of them where fewer than two would be left."""
    kept = [c for c in items if not (len(c.blocks) == 1 and (announcing(c.blocks[0]) or disclaimed(c.blocks[0].text)))]
    opening = [c for c in kept if RECOMMENDING_AT.match(c.blocks[0].text)]
    if len(opening) >= 3 and 3 * len(opening) >= 2 * len(kept):
        kept = [c for c in kept if c in opening or asks(c.blocks[0]) or _recommends_within(c)]
    return kept if len(kept) >= 2 else items


def _recommends_within(c: structure._Candidate) -> bool:
    """Whether a paragraph has a sentence that recommends, after its first."""
    return any(RECOMMENDING_AT.match(c.text, m.end()) for m in SENTENCE_START.finditer(c.text))
