"""The articles of a bill that an advice and a response's sections name: a section headed by one is about the
recommendation that alone names it."""

from __future__ import annotations

import re

from weerwoord.core.model import Recommendation, Reply

# an article of the bill an advice speaks of, and an amendment's heading names: "in artikel 8", "Art. 8", "article 12"
ARTICLE = re.compile(r"\b(?:artikel|article|art\.)\s*(\d{1,3}(?:/\d{1,2})?[a-z]?)\b(?!\s*(?:,|van|of)\s)", re.I)
RUN_IN_REACH = 80  # characters: a run-in title's end
SAME_ARTICLE = 0.2  # what naming the one article of the bill adds to a recommendation's likeness with a section


def same_article(recs: list[Recommendation], replies: list[Reply], sims: list[list[float]]) -> None:
    """A section headed by an article of the bill ("Nr. 6 VAN DE REGERING — Art. 8") is about the recommendation that
    alone names that article ("… de forfaitaire vergoeding in artikel 8 jaarlijks te indexeren")."""
    named: dict[str, list[int]] = {}
    for i, rec in enumerate(recs):
        for a in dict.fromkeys(m.group(1).lower() for m in ARTICLE.finditer(f"{rec.text} {rec.title}")):
            named.setdefault(a, []).append(i)
    if not named:
        return
    for j, rp in enumerate(replies):
        # (or run in at its text's opening: "Artikel 21 - tuchtmaatregelen. Wij hebben uw voorstel genoteerd.")
        run_in = rp.text[: rp.text.find(".", 0, RUN_IN_REACH) + 1] if ARTICLE.match(rp.text) else ""
        for a in {m.group(1).lower() for m in ARTICLE.finditer(f"{rp.heading or ''} {run_in}")}:
            if len(named.get(a, [])) == 1:
                sims[named[a][0]][j] += SAME_ARTICLE
