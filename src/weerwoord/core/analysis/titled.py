"""Sections titled as the advice titles its recommendations: a table's theme beside each request ("Brandveiligheid |
Laat de brandweer elk kot controleren …"), a sub-heading over each, answered under the same title ("Brandveiligheid –
akkoord. Vanaf 1 februari 2027 voert de hulpverleningszone …"), however few other words the two share."""

from __future__ import annotations

import re

from weerwoord.core.model import Recommendation, Reply

# a section's title run in before its verdict or its text: "Brandveiligheid – akkoord.", "Kotlabel: …"
TITLE = r"^\W*([^\W\d][^.:;–—\n]{1,60}?)"
RUN_IN_TITLE = re.compile(rf"{TITLE}\s*(?:[–—:]|\s-\s)")
COLON_TITLE = re.compile(r"^\W*([^\W\d][^.:;\n]{1,60}?)\s*:")
DASH_TITLE = re.compile(rf"{TITLE}\s+[–—]\s")  # (before a dash only: "Waarborgfonds en fietsenstalling – …")
# … and a verdict of a few words after the dash, all before the first stop: "Kotlabel – gedeeltelijk akkoord."
TITLED_LABEL = re.compile(rf"{TITLE}\s+[–—]\s+(?P<label>(?:\S+\s+){{0,3}}\S+?\.)(?=\s)")


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", text.lower()) if len(w) >= 3)


def by_titles(
    recs: list[Recommendation], replies: list[Reply], links: dict[int, tuple[int, str, float]], used: set[int]
) -> None:
    """Link each recommendation still without a reply to the one section titled with its title's words (the same
    words, no more), where no other recommendation has that title."""
    titles = [_words(r.title) for r in recs]
    heads: list[tuple[frozenset[str], ...]] = []
    for rp in replies:
        m = RUN_IN_TITLE.match(rp.text)
        # (or up to its colon, a dash in it: "Thema 2 - Parkeren: advies niet gevolgd.")
        colon = COLON_TITLE.match(rp.text)
        head = _words(rp.heading or "") | (_words(m.group(1)) if m else frozenset())
        heads.append((head, _words(colon.group(1))) if colon else (head,))
    for i, own in enumerate(titles):
        if i in links or not own:
            continue
        fits = [j for j, head in enumerate(heads) if j not in used and own in head]
        rivals = [k for k, other in enumerate(titles) if k != i and other == own]
        if len(fits) == 1 and not rivals:
            links[i] = (fits[0], "content", 0.7)
            used.add(fits[0])
