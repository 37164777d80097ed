"""Themes under a numbered section: a response whose numbered sections ("5.2 Reactie op de begrotingsbrief") answer
point by point under smaller headings of their own ("Huuropbrengst voormalig gemeentehuis", "Jeugdzorg"), each a
reply of its own."""

from __future__ import annotations

from collections import Counter

from weerwoord.core.model import Block

SMALLER = 0.5  # pt: a theme's heading is set this much smaller than its section's numbered heading, or more


def themes_within(blocks: list[Block], numbered: list[int], headings: list[int]) -> list[int]:
    """The headings (from ``headings``, the subject headings) that stand two or more in one style under a numbered
    heading (from ``numbered``), smaller than it, each over text of its own."""
    out: list[int] = []
    # (a heading that comes back under each section, "Our response", "What we will do", is a part of each reply)
    seen: dict[str, int] = {}
    for i in headings:
        key = " ".join(blocks[i].text.lower().split())
        seen[key] = seen.get(key, 0) + 1
    for a in numbered:
        # (the section ends at the next heading of its own level or above: the next number, an annex)
        level = blocks[a].size - SMALLER
        above = (j for j in range(a + 1, len(blocks)) if blocks[j].kind == "heading" and blocks[j].size >= level)
        b = next(above, len(blocks))
        smaller = [i for i in headings if a < i < b and blocks[i].size < blocks[a].size - SMALLER]
        # (not where it comes back as often as the themes; a status over some of them comes back as well:
        # "Status: gerealiseerd" over two of five)
        themes = [i for i in smaller if 2 * seen[" ".join(blocks[i].text.lower().split())] < max(3, len(smaller))]
        styles = {(blocks[i].bold, blocks[i].italic, round(blocks[i].size, 1)) for i in themes}
        if len(themes) < 2 or len(styles) > 1:
            continue
        ends = [*themes[1:], b]
        if all(
            any(blocks[j].kind != "heading" and blocks[j].text.strip() for j in range(i + 1, e))
            for i, e in zip(themes, ends, strict=True)
        ):
            out.extend(themes)
    return out


def _text_under(blocks: list[Block], start: int, end: int) -> bool:
    return any(blocks[j].kind != "heading" and blocks[j].text.strip() for j in range(start + 1, end))


def recurring_parts_joined(blocks: list[Block], starts: list[int], own: set[int]) -> list[int]:
    """The starts without a short heading that comes back under every section ("VERANTWOORDING" under each amendment
    "Nr. 5 VAN DE REGERING — Art. 4"): a part of the section before it, not a reply of its own; ``own``: the starts
    whose heading is a reply's own all the same (it names its recommendation, or it marks a reply)."""
    counts = Counter(blocks[i].text.strip().lower() for i in starts if blocks[i].kind == "heading")
    recurring = {
        i
        for i in starts
        if blocks[i].kind == "heading"
        and counts[blocks[i].text.strip().lower()] >= 3
        and len(blocks[i].text.split()) <= 3
        and i not in own
    }
    kept = [i for i in starts if i not in recurring]
    # (where they alternate with sections of their own, each under its own heading)
    alternate = len(kept) >= max(2, len(recurring)) and recurring and min(kept) < min(recurring)
    return kept if alternate else starts


def quote_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """The runs of lines an e-mail quotes ("> …"), each with text after it: where each begins and ends (two or more,
    else none)."""
    runs: list[tuple[int, int]] = []
    for i, b in enumerate(blocks):
        if b.kind == "item" and b.label == ">":
            a = runs.pop()[0] if runs and runs[-1][1] == i else i
            runs.append((a, i + 1))
    answered = [(a, z) for a, z in runs if z < len(blocks) and blocks[z].kind == "paragraph"]
    return answered if len(answered) >= 2 else []
