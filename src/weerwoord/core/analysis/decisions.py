"""A council's decision and the explanation of each of its points: "besluit: … 2. aanbeveling A over te nemen en …;
4. aanbeveling C niet over te nemen;" over a "Toelichting" that takes them up by number ("Bij beslispunt 4. De
rekenkamer stelt haar eigen onderzoeksprogramma vast; …") or a raadsvoorstel's "Argumenten" numbered on from the
point they argue for ("1.1 Met meetbare doelen … kan de raad sturen", "3.1 Een nieuw panel voegt weinig toe").

The point decides; its explanation says why and how. Each point's reply is the point and its explanation together.
"""

from __future__ import annotations

import re
from dataclasses import replace

from weerwoord.core.model import Block, Reply, TextRun

# "Bij beslispunt 3. …", "Beslispunt 4: …", "Ad beslispunt 5 …"; or an argument numbered by its point: "1.2 Eén …"
EXPLAINS = re.compile(
    r"^(?:(?:bij|ad|toelichting bij|toelichting op)\s+)?beslispunt\s+(\d{1,2})\b|^(\d{1,2})\.\d{1,2}\s+(?=[A-ZÀ-Ý])",
    re.I,
)


def with_explanations(replies: list[Reply], blocks: list[Block]) -> list[Reply]:
    """The replies with each decision point's explanation added to it: points that name what they decide on (a
    number of the list, no heading of their own), two or more, and the paragraphs elsewhere that take one up."""
    points = {r.label: r for r in replies if r.label.isdigit() and r.numbers and r.heading is None}
    if len(points) < 2:
        return replies
    extra: dict[str, list[TextRun]] = {}
    for b in blocks:
        if b.kind != "paragraph" or b.table_row:
            continue
        m = EXPLAINS.match(b.text)
        number = (m.group(1) or m.group(2)) if m else None
        if number in points and b.text[:60] not in points[number].text:  # (not one the point's section holds)
            extra.setdefault(number, []).append(b.run)
    return [
        replace(r, run=TextRun.concat([r.run, *extra[r.label]], sep="\n\n")) if r.label in extra else r for r in replies
    ]
