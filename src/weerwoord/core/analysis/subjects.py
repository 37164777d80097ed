"""Sections whose title names two subjects ("Enforcement and financial assistance", "On advocacy and weekend
activity, the Group agreed …", "Taal en kosten."): the recommendations each subject is about (alignment step 5c)."""

from __future__ import annotations

import re

from weerwoord.core.analysis.likeness import STOP, WORD, terms
from weerwoord.core.analysis.naming import RUN_IN, title_line
from weerwoord.core.analysis.titled import DASH_TITLE
from weerwoord.core.model import Recommendation, Reply

OWN_NUMBER = r"\d{1,2}(?:\.\d{1,2})*\.?\s+"  # a section's own number before its title or text: "4.3 ", "2. "
TOPIC_OPENING = re.compile(
    rf"^(?:{OWN_NUMBER})?(?:on|regarding|as regards|over|wat betreft|ten aanzien van|met betrekking tot)\s+"
    # (ended by a comma, or by the speaker: "Over het eerder uitbetalen … en het automatisch toekennen zegt de wethouder
    # het volgende.")
    r"([^,.:;]{3,80}?)(?:,|\s+(?=(?:zegt|zei|merkt|meldt|antwoordt|says|said|notes|noted)\s))",
    re.I,
)
SUMMARY_LABEL = re.compile(r"^(.{3,80}?)\s+(?:samenvatting|summary|advies|advice|aanbeveling)[.:]\s", re.I)
AND = re.compile(r"\s+(?:and|en|&)\s+|\s*;\s*")

Links = dict[int, tuple[int, str, float]]


def two_subjects(rp: Reply) -> list[str]:
    """Each subject a section's title names, where it names two or more: its heading (without its number), or the
    topic its text opens with ("On advocacy and weekend activity, …"), or a title run in ("Parkeren en bus. …")."""
    title = re.sub(f"^{OWN_NUMBER}", "", rp.heading or "")
    if not title:
        topic, run_in = TOPIC_OPENING.match(rp.text), RUN_IN.match(rp.text)
        dashed = DASH_TITLE.match(rp.text)  # ("Waarborgfonds en fietsenstalling – niet akkoord. …")
        title = topic.group(1) if topic else run_in.group(0) if run_in else dashed.group(1) if dashed else ""
    parts = _subjects(title)
    # (or the title before the summary of the advice that heads the section: "Riool en steigers Samenvatting. De
    # commissie vraagt …")
    before_label = SUMMARY_LABEL.match(title) if not parts else None
    parts = parts or (_subjects(before_label.group(1)) if before_label else [])
    # (or the title line under a heading of one subject: "Gebouwen" over "Toekomst van De Wingerd; onderhoudsplanning")
    return parts or _subjects(title_line(rp.heading, rp.text))


def _subjects(title: str) -> list[str]:
    parts = [p for p in AND.split(title.strip().rstrip(".:")) if p.strip()] if len(title.split()) <= 10 else []
    return parts if len(parts) >= 2 and all(WORD.findall(p.lower()) for p in parts) else []


def fits(subject: str, rec: str) -> bool:
    """Whether a recommendation speaks of a subject a title names, also in a compound ("Parkeren" of "15
    parkeerplaatsen", "bus" of "de nieuwe bushalte")."""
    if set(terms(subject)) & set(terms(rec)):
        return True
    return any(w.startswith(h) for h in heads(subject) for w in WORD.findall(rec.lower()))


def _in_compound(subject: str, rec: str) -> bool:
    """Whether a word of the subject stands whole in a longer word of the recommendation ("walstroom" in "ten minste
    acht walstroompunten")."""
    said = [w for w in WORD.findall(rec.lower()) if len(w) >= 8]
    return any(len(p) >= 5 and p not in STOP and w != p and p in w for p in WORD.findall(subject.lower()) for w in said)


def heads(text: str) -> set[str]:
    """The first five letters of each word of three letters or more (no stop word; a hyphenated word by its parts,
    "90-night": "night"): "cap", "night", "platf"."""
    parts = [p for w in WORD.findall(text.lower()) for p in w.split("-")]
    return {p[:5] for p in parts if len(p) >= 3 and p not in STOP}


def link_subjects(recs: list[Recommendation], replies: list[Reply], links: Links, uncited: set[int]) -> None:
    """Step 5c: a section whose title names two subjects answers, besides its own, the one left that the other
    subject is about (and it alone); one no recommendation took yet, the one left for each subject ("Parkeren en
    bus.")."""
    rec_terms: list[set[str]] = []  # (each recommendation's terms, once, where a title names two subjects)
    # (not the title over the whole response, before the first section linked: "Advies toerismeraad over
    # toerismebeleidsplan en logiesbelasting: standpunt van het college")
    first = min((jj for jj, _, _ in links.values()), default=0)
    for j, rp in enumerate(replies):
        owning = [i for i, (jj, _, _) in links.items() if jj == j]
        subjects = two_subjects(rp) if len(owning) <= 1 and j >= first else []
        if not subjects:
            continue
        rec_terms = rec_terms or [set(terms(r.text)) for r in recs]
        left = [i for i in range(len(recs)) if i not in links and i not in uncited]
        if not owning:
            found = [[i for i in left if fits(part, recs[i].text)] for part in subjects]
            if all(len(f) == 1 for f in found) and len({f[0] for f in found}) == len(found):
                for f in found:
                    links[f[0]] = (j, "content", 0.5)
            continue
        mine = rec_terms[owning[0]]
        for part in subjects:
            named = set(terms(part)) - mine
            fits_one = [i for i in range(len(recs)) if i not in links and i not in uncited and named & rec_terms[i]]
            if named and len(fits_one) == 1 and len(set(terms(part)) & mine) < len(named):
                links[fits_one[0]] = (j, "content", 0.5)
            elif not fits(part, recs[owning[0]].text):
                # (a subject too short to weigh as a term, "bus", that the one linked does not speak of; or one said
                # whole in a compound, "walstroom" of "walstroompunten", not "grondverwerving" of "gronden")
                # (and beside another word of it in the section: "passantenhaven"; not "kinderarmoede" alone under
                # "Armoede en sociaal minimum")
                fit = fits if not named else _in_compound
                said = set(terms(rp.text))
                fits_one = [
                    i for i in left if i not in links and fit(part, recs[i].text) and (not named or rec_terms[i] & said)
                ]
                if len(fits_one) == 1:
                    links[fits_one[0]] = (j, "content", 0.5)


# a heading's subjects after the numbers it names: "Aanbevelingen II en VI - hulpverlening en sluitingstijden",
# "Points (b) and (f): the Safety Advisory Group and staffing"
# (or in brackets: "Recommendations 2 and 5 (street trees; cool spaces)")
SUBJECTS_AFTER = re.compile(r"(?:\s[–—-]\s*|:\s*)([^:–—]{3,120})$|\s\(([^()]{3,120})\)$")

# or before them: "Rent and fires, recommendations (a) and (b): the rent …", "Bus en parkeren (adviezen 2 en 5)."
SUBJECTS_BEFORE = re.compile(
    rf"^(?:{OWN_NUMBER})?([^,:;()–—]{{3,60}}?)\s*(?:,|\s[–—-]|\()\s*"
    r"((?:the\s+)?(?:recommendations?|aanbevelingen|aanbeveling|adviezen|advies|points?|punten)\s[^:]{1,40}?)\)?\s*(?::|$)",
    re.I,
)


def heading_subjects(heading: str | None, numbers: list[str]) -> dict[str, str]:
    """The subject a heading names for each of the numbers it names, in the same order ("II en VI - hulpverlening en
    sluitingstijden": II hulpverlening, VI sluitingstijden); empty where it names as many subjects as numbers not."""
    heading = (heading or "").strip().rstrip(".")  # (a title run in: "Ad advies 6 en 1 (informeren en streefwaarden).")
    m = SUBJECTS_AFTER.search(heading)
    before = SUBJECTS_BEFORE.match(heading)
    if before is not None:
        named, subjects = before.group(2), before.group(1)
    elif m is not None:
        named, subjects = heading[: m.start()], m.group(1) or m.group(2)
    else:
        return {}
    found = [p.strip() for p in AND.split(subjects.strip().rstrip(".")) if p.strip()]
    at = {n: _place(named, n) for n in numbers}
    if len(found) != len(numbers) or len(found) < 2 or None in at.values():
        return {}
    return dict(zip(sorted(numbers, key=lambda n: at[n] or 0), found, strict=True))


def _place(text: str, number: str) -> int | None:
    m = re.search(rf"(?<![\w]){re.escape(number)}(?![\w])", text, re.I if not number.isupper() else 0)
    return m.start() if m else None


def fitted_subjects(heading: str | None, texts: dict[str, str]) -> dict[str, str]:
    """The subject a heading without numbers names for each of the recommendations it answers, by what each speaks
    of ("Lumen limits and signs" over the lumen cap and the sign shut-off); empty unless each subject fits one of
    them alone, and each of them one subject."""
    title = re.sub(f"^{OWN_NUMBER}", "", (heading or "").strip().rstrip(".:"))
    found = [p.strip() for p in AND.split(title) if p.strip()] if 0 < len(title.split()) <= 8 else []
    if len(found) != len(texts) or len(found) < 2:
        return {}
    owners = [[n for n, text in texts.items() if fits(subject, text)] for subject in found]
    if any(len(o) != 1 for o in owners) or len({o[0] for o in owners}) != len(found):
        return {}
    return {o[0]: subject for o, subject in zip(owners, found, strict=True)}
