"""Forms of advice and response met first in the blind rounds 27 and 28 (each test fails on the code before it).

Recommendations as numbered titles over their text, lettered points under theme sub-headings, boxes headed by the
label in capitals, Roman numerals hanging beside their text; replies after "Reply of the Government", table rows led
by the points' letters, a subject line ending "(aanbeveling VI)"; the words of acceptance, refusal and promise those
replies use.
"""

from __future__ import annotations

import pytest

from tests.core.expected_pairs import DOCS
from tests.core.helpers import block as _block
from weerwoord.core.analysis import chapter_lists, parts, readings, stance, structure, table_replies
from weerwoord.core.analysis.naming import HEADING_REF_TAIL, RESPONSE_ONLY
from weerwoord.core.analysis.sections import find_replies
from weerwoord.core.model import TextRun
from weerwoord.core.reading import reader


def _verdict(text: str, lang: str, rec: str = "") -> str:
    marks = stance.find_marks(TextRun(text, []), lang, rec)
    return stance.verdict(marks, text, lang, rec)[0]


# ---- the advice


def test_numbered_titles_over_the_items_text_are_the_items() -> None:
    """ "1. Budgetary allocation" (a bold heading, a little smaller than the chapter's) over the item's text: the
    items of the chapter, each recommendation its text without the title."""
    blocks = [
        _block("heading", "OBSERVATIONS/RECOMMENDATIONS OF THE COMMITTEE", size=12.0, bold=True),
        _block("heading", "Budgetary allocation and utilisation", size=11.5, bold=True, label="1."),
        _block(
            "paragraph", "The Committee recommend that the first instalment is released in April.", size=11.5, bold=True
        ),
        _block("heading", "Dedicated maintenance funds", size=11.5, bold=True, label="2."),
        _block(
            "paragraph",
            "The Committee recommend that the second instalment be linked to a budget.",
            size=11.5,
            bold=True,
        ),
        _block("heading", "Social audit of works", size=11.5, bold=True, label="3."),
        _block(
            "paragraph",
            "The Committee recommend that maintenance works be brought within the social audit.",
            size=11.5,
            bold=True,
        ),
    ]
    found = chapter_lists.chapter_lists(blocks, 11.5)
    assert found, "no list found under the chapter heading"
    items = found[0][0]
    assert [c.number for c in items] == ["1", "2", "3"]
    first = structure._to_recommendation(items[0])
    assert first.text.startswith("The Committee recommend that the first instalment")


def test_lettered_points_go_on_under_theme_sub_headings() -> None:
    blocks = [
        _block("heading", "3 Adviezen", size=11.5, bold=True),
        _block("paragraph", "De raad adviseert het college:", size=9.5),
        _block("heading", "Onderwijs", size=9.5, italic=True),
        _block("item", "de besparing op kleinschalig onderwijs niet door te voeren;", size=9.5, label="a)", x0=85.0),
        _block(
            "item",
            "het budget voor studentassistenten op het niveau van 2025 te houden;",
            size=9.5,
            label="b)",
            x0=85.0,
        ),
        _block("heading", "Personeel", size=9.5, italic=True),
        _block(
            "item",
            "af te zien van de voorgenomen vacaturestop voor wetenschappelijk personeel;",
            size=9.5,
            label="c)",
            x0=85.0,
        ),
        _block("heading", "Huisvesting", size=9.5, italic=True),
        _block(
            "item",
            "de renovatie van het hoofdgebouw niet verder uit te stellen dan 2027.",
            size=9.5,
            label="d)",
            x0=85.0,
        ),
    ]
    found = chapter_lists.chapter_lists(blocks, 9.5)
    assert [c.number for c in found[0][0]] == ["a", "b", "c", "d"]


def test_boxes_headed_by_the_label_in_capitals_are_a_reading() -> None:
    """Unnumbered boxes "AANBEVELING" over their text through the chapters: the eight recommendations, numbered by
    their place; the summary's short bullets are not preferred to them."""
    found = readings.recommendation_readings(reader.read_document(DOCS / "blind27_nl_visitatie_hbo_advice.pdf"))
    bare = [r for r in found if r.kind == "bare"]
    assert bare and [c.number for c in bare[0].items] == [str(k) for k in range(1, 9)]
    assert bare[0].items[0].blocks[0].text.startswith("Betrek de wijkverpleging")


def test_numerals_hanging_beside_their_text_label_it() -> None:
    """ "I." … "V." in the margin beside bold text on a page whose statistics table made two columns of unequal
    width: each numeral labels its item (they were read as headings of their own, their text apart)."""
    doc = reader.read_document(DOCS / "blind27_nl_bezwaarcommissie_advice.pdf")
    labels = [
        b.label for b in doc.blocks if b.kind == "item" and b.label.rstrip(".") in ("I", "II", "III", "IV", "V", "VI")
    ]
    assert labels == ["I.", "II.", "III.", "IV.", "V.", "VI."]
    first = next(b for b in doc.blocks if b.label == "I.")
    assert first.text.startswith("Laat elk besluit in het sociaal domein")


# ---- the response


@pytest.mark.parametrize(
    ("label", "is_one"),
    [
        ("Reply of the Government", True),
        ("Response from the Department", True),
        ("Reactie van het college:", True),
        ("Reply of the Committee", False),  # the advisory body's comment, no reply
    ],
)
def test_a_reply_label_by_whom(label: str, is_one: bool) -> None:
    assert bool(RESPONSE_ONLY.match(label)) is is_one


def test_a_quoted_item_then_reply_of_the_government() -> None:
    """An action-taken report: "Recommendation (Serial No. 4)", the item quoted, then "Reply of the Government":
    the reply is what follows the label, under the quotation."""
    doc = reader.read_document(DOCS / "blind27_en_lok_sabha_atr_response.pdf")
    replies = find_replies(doc)
    assert not any((r.heading or "").strip() == "Reply of the Government" for r in replies)


@pytest.mark.parametrize(
    ("heading", "numbers"),
    [
        ("Secretariaat van de commissie (aanbeveling VI)", ["VI"]),
        ("Informatie (aanbevelingen IV en V)", ["IV", "V"]),
        ("Funding (recommendations b and c)", ["b", "c"]),
        ("Heat in hospitals (Recommendations 1 and 2)", ["1", "2"]),
    ],
)
def test_a_subject_heading_names_its_recommendations_at_the_end(heading: str, numbers: list[str]) -> None:
    m = HEADING_REF_TAIL.search(heading)
    assert m is not None
    assert table_replies.numbers_in(m.group(1)) == [n.lower() if n.isdigit() else n for n in numbers]


@pytest.mark.parametrize(
    ("cell", "numbers"),
    [
        ("a) Kleinschalig onderwijs in het eerste jaar", ["a"]),
        ("d) en e) Werkdrukmiddelen", ["d", "e"]),
        ("Budget", []),
    ],
)
def test_a_table_row_led_by_the_points_letters(cell: str, numbers: list[str]) -> None:
    assert table_replies._row_numbers(cell) == numbers


def test_a_table_of_two_rows_drawn_as_boxes_is_a_table() -> None:
    """The action table goes on on the next page with its header and one row, six boxes: still a table, so the
    row's verdict cell ("Deels overgenomen") is not read into the reply's sentence."""
    doc = reader.read_document(DOCS / "blind27_nl_universiteitsraad_response.pdf")
    rows = [b for b in doc.blocks if b.table_row and "Lindenlaan" in b.text]
    assert rows, "the row on the second page was not read as a table row"
    assert not any("elders op Deels de campus" in b.text for b in doc.blocks)


def test_a_sentence_that_points_back_belongs_to_the_one_before() -> None:
    """One paragraph answers two recommendations; "Dit onderdeel nemen wij daarom niet over" refuses the second,
    whose sentences come just before it, not the first."""
    text = (
        "De ontvangstbevestiging passen wij aan: zij noemt vanaf 1 augustus 2025 de mogelijkheid om vergoeding van "
        "de kosten van een advocaat te vragen. Het openbaar maken van de adviezen zelf vinden wij niet verstandig. "
        "Ook geanonimiseerd zijn veel zaken tot personen te herleiden. De commissie maakt haar lijn al kenbaar. "
        "Dit onderdeel nemen wij daarom niet over."
    )
    mine = "Wijs bezwaarmakers in de ontvangstbevestiging op de mogelijkheid om een vergoeding van de kosten te vragen."
    theirs = "Publiceer de adviezen van de commissie in geanonimiseerde vorm op de website."
    owners = parts.owned(text, [mine, theirs])
    assert owners[-1][2] == 1, owners


# ---- the words of the replies


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The recommendations of the Committee have been accepted.", "en", "agrees"),
        ("The recommendation has therefore been implemented.", "en", "agrees"),
        ("Kelmshire Council accepts it in full.", "en", "agrees"),
        ("The Department does not, therefore, propose to publish the inspection reports.", "en", "disagrees"),
        ("This practice meets what the Committee asks.", "en", "agrees"),
        ("Deze werkwijze voldoet aan wat de commissie vraagt.", "nl", "agrees"),
        ("Wij zien daarom af van een verplichte internationale component in de deeltijd.", "nl", "disagrees"),
        (
            "Wij kiezen er bewust voor om in de deeltijdvariant geen internationale module aan te bieden.",
            "nl",
            "disagrees",
        ),
    ],
)
def test_acceptance_and_refusal_in_other_words(text: str, lang: str, expected: str) -> None:
    assert _verdict(text, lang, "Make international experience possible for part-time students.") == expected


def test_a_promise_in_the_recommendations_words_is_agreement() -> None:
    rec = "Betrek bij de evaluatie van de wet uitdrukkelijk de ervaringen van journalisten en onderzoekers."
    reply = (
        "Ik zeg toe dat het onderzoeksbureau dat de evaluatie uitvoert, de ervaringen van journalisten en onderzoekers "
        "uitdrukkelijk in de vraagstelling meekrijgt."
    )
    assert _verdict(reply, "nl", rec) == "agrees"
    assert _verdict("Ik zeg toe dat ik uw Kamer voor de zomer informeer.", "nl", rec) != "agrees"  # not what was asked


def test_a_number_sign_and_not_less_than_limit_nothing() -> None:
    rec = "Release the first instalment of central assistance to the States in the first quarter of every year."
    reply = (
        "The first instalment for 2025-26 was released to 24 States in May 2025. The second instalment will be "
        "released after a budget provision of not less than the amount assessed. [O.M. No. P-17025/3/2025-RC]"
    )
    assert _verdict(reply, "en", rec) == "agrees"


def test_will_look_at_puts_off() -> None:
    rec = "Record complaints about delay separately and report the figures to the Assembly."
    reply = "We will look at how complaints about delay are recorded when we replace the complaints system."
    assert _verdict(reply, "en", rec) != "agrees"


def test_an_annex_that_responds_is_read_row_by_row() -> None:
    """After the Minister's signed letter, "Annex: HMPPS response to the issues raised for the Prison Service" holds a
    table "Issue raised by the Board | HMPPS response": each row a reply, though an annex otherwise ends the replies."""
    doc = reader.read_document(DOCS / "blind26_en_imb_response.pdf")
    headings = [r.heading for r in find_replies(doc)]
    assert "Staffing of the segregation unit" in headings
    assert "In-cell telephones on C wing" in headings


def test_a_table_row_whose_code_and_reply_read_as_one() -> None:
    """A county's answer to a grand jury: one table, "R2 | The recommendation will be implemented in part. …", the
    code and the reply one item: a reply by that code, its own number."""
    doc = reader.read_document(DOCS / "blind28_en_grandjury_response.pdf")
    labels = [r.label for r in table_replies.rows_by_title(doc.blocks)]
    assert [x for x in labels if x.startswith("R")] == ["R1", "R2", "R3", "R4", "R5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The recommendation will not be implemented because it is not reasonable.", "disagrees"),
        ("The recommendation requires further analysis. A report will follow within six months.", "noted"),
        ("The recommendation is directed to the Sheriff-Coroner, who will respond separately.", "noted"),
        ("The recommendation has not yet been implemented, but will be by March 2026.", "agrees"),
        ("n/a\n\nDisagree\n\nManagement shares the concern about inclusion, but a target would not fit.", "disagrees"),
        ("January 2026\n\nPartially agree\n\nTracer studies will be encouraged.", "partly"),
        ("Status: Implemented. ORR does not propose to take any further action.", "agrees"),
        ("I accept this cause of concern. A review was already under way.", "agrees"),
        (
            "Network Rail has taken the recommendation into consideration and has taken action to implement it.",
            "agrees",
        ),
    ],
)
def test_the_set_phrases_of_statutory_and_management_responses(text: str, expected: str) -> None:
    assert _verdict(text, "en", "Reduce the waiting time for 911 calls to ten seconds.") == expected


def test_recommendations_gathered_from_boxes_and_a_heading() -> None:
    """Unnumbered bullets after "By 31 March 2026, the chief constable should:" in two boxes, and a paragraph under a
    heading "Recommendation" for the commissioner: one reading of seven, numbered by place."""
    found = readings.recommendation_readings(reader.read_document(DOCS / "blind28_en_hmicfrs_advice.pdf"))
    gathered = [r for r in found if r.kind == "gathered"]
    assert gathered and len(gathered[0].items) == 7
    assert gathered[0].items[-1].blocks[0].text.startswith("By 31 March 2026, the police and crime commissioner")


def test_a_heading_that_asks_is_the_recommendation() -> None:
    """ "Recommendation II: Strengthen the role of employers …" over a paragraph that explains: the heading is the
    recommendation's text, not a title to drop."""
    c = structure._Candidate(
        "II",
        [
            _block("heading", "Recommendation II: Strengthen the role of employers in the governance of institutes"),
            _block("paragraph", "Where employers sat on institute boards, completion rates were higher."),
        ],
        0,
    )
    assert structure._to_recommendation(c).text.startswith("Strengthen the role of employers")
    titled = structure._Candidate(
        "2",
        [
            _block("heading", "Recommendation 2 – Coastal college hubs"),
            _block("paragraph", "The Government should fund a network of coastal colleges."),
        ],
        0,
    )
    assert structure._to_recommendation(titled).text.startswith("The Government should fund")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Aanbeveling 2025-03 · prioriteit hoog", "2025-03"),
        ("Safety recommendation R/2025/056", "R/2025/056"),
        ("Recommendation 4: the Trust should …", "4"),
    ],
)
def test_a_recommendation_numbered_by_its_year(text: str, number: str) -> None:
    m = structure.REC_LABEL.match(text)
    assert m is not None and m.group(1) == number
    assert table_replies.numbers_in(f"aanbeveling {number}") == [number.lower() if number.isdigit() else number]


def test_a_citation_by_year_code_stays_whole() -> None:
    from weerwoord.core.analysis.choice import CITED

    m = CITED.search("Naar aanleiding van aanbeveling 2025-03 zijn de beheerrechten beperkt.")
    assert m is not None and m.group(1) == "2025-03"


def test_a_row_that_lists_what_it_answers_and_a_bare_numeral_column() -> None:
    """An action plan: rows "I", "II", "III", "VI" in a number column without full stops, and one row "V en IV"."""
    doc = reader.read_document(DOCS / "blind28_nl_hrj_audit_response.pdf")
    replies = find_replies(doc)
    assert [r.label for r in replies if r.label][:4] == ["I", "II", "III", "VI"]
    assert any(r.numbers == ["V", "IV"] for r in replies)


def test_a_section_that_says_no_answer_came_answers_nothing() -> None:
    from weerwoord.core.analysis.alignment import NOT_ANSWERED

    assert NOT_ANSWERED.search(
        "HSSIB had not received a response from the Society to safety recommendation R/2025/056."
    )
    assert NOT_ANSWERED.search("Op aanbeveling 4 hebben wij nog geen reactie van de provincie ontvangen.")
    assert not NOT_ANSWERED.search("We received a response from every organisation and publish them in full.")


def test_points_lettered_with_capitals_after_an_announcing_sentence() -> None:
    """ "… adviseert positief, onder de volgende voorwaarden:" 1.–4., then "… de volgende aanbevelingen mee:" and
    "A. Evalueer …" to "C."; a running title "Advies Koers 2027 · pagina 1" between them is furniture."""
    doc = reader.read_document(DOCS / "blind28_nl_or_advies_advice.pdf")
    assert not any("pagina 1" in b.text for b in doc.blocks)
    announced = [r for r in readings.recommendation_readings(doc) if r.kind == "announced"]
    assert announced and [c.number for c in announced[0].items] == ["1", "2", "3", "4", "A", "B", "C"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uw eerste en tweede voorwaarde neem ik beide over.", "agrees"),
        ("Aan de wens om zeven teamleiders te behouden kan ik niet tegemoetkomen.", "disagrees"),
    ],
)
def test_dutch_acceptance_of_both_and_a_polite_refusal(text: str, expected: str) -> None:
    assert _verdict(text, "nl", "Het aantal teamleiders blijft zeven.") == expected


def test_an_opening_that_names_two_by_their_places() -> None:
    from weerwoord.core.analysis.section_refs import refs_in_opening as _refs_in_opening

    assert _refs_in_opening("Uw eerste en tweede aanbeveling neem ik beide over. Het sociaal plan …") == ["#1", "#2"]


def test_the_leftovers_under_your_recommendations() -> None:
    """ "Uw aanbevelingen": one section answering A, B and C sentence by sentence, naming none."""
    from weerwoord.core.analysis.compare import compare as run

    name = "blind28_nl_or_advies"
    result = run(DOCS / f"{name}_advice.pdf", DOCS / f"{name}_response.pdf")
    headings = {p.number: (p.reply.heading if p.reply else None) for p in result.pairs}
    assert headings["A"] == headings["B"] == headings["C"] == "Uw aanbevelingen", headings


def test_a_box_beside_the_running_text_is_read_after_it() -> None:
    """A GGD advice: findings on the left, a shaded "GGD adviseert" box on the right of each theme, their lines on the
    same baselines. The box's bullets are read whole after the findings, not line by line across both."""
    doc = reader.read_document(DOCS / "blind28_nl_ggd_omgevingsplan_advice.pdf")
    texts = [b.text for b in doc.blocks]
    first = next(t for t in texts if t.startswith("Houd tussen de rijksweg"))
    assert "ten minste 100 meter" in first and "stikstofdioxide" not in first
    assert any(t.startswith("Langs de rijksweg is de jaargemiddelde concentratie stikstofdioxide") for t in texts)


def test_boxes_inside_a_column_stay_in_it() -> None:
    """The HRJ audit sets its "Aanbeveling I"–"VII" boxes inside the columns of a two-column page: the column's own
    text stands above and below each box, and all seven are still read as labelled items."""
    found = readings.recommendation_readings(reader.read_document(DOCS / "blind28_nl_hrj_audit_advice.pdf"))
    labelled = [r for r in found if r.kind == "labelled"]
    assert labelled and [c.number for c in labelled[0].items] == ["I", "II", "III", "IV", "V", "VI", "VII"]


def test_numerals_beside_their_text_after_an_announcing_sentence() -> None:
    """ "De GMR adviseert …, met de volgende zes aanbevelingen." and then "I Voeg een meerjarenraming toe …" to "VI",
    each numeral in a cell of its own beside the bold text, an explanation set in under it."""
    found = readings.recommendation_readings(reader.read_document(DOCS / "blind29_nl_gmr_advice.pdf"))
    announced = [r for r in found if r.kind == "announced"]
    assert announced and [c.number for c in announced[0].items] == ["I", "II", "III", "IV", "V", "VI"]
    assert announced[0].items[0].blocks[0].text.startswith("Voeg een meerjarenraming toe")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Aanbeveling 2025-1 · dagprogramma", "2025-1"),  # a dash and one digit
        ("Advies 2025/07 goedgekeurd op de plenaire vergadering", None),  # the advice's own number
        ("Advies 2025/3 over de archivering van chatberichten", None),
    ],
)
def test_year_codes_and_an_advices_own_number(text: str, number: str | None) -> None:
    m = structure.REC_LABEL.match(text)
    assert (m.group(1) if m else None) == number


def test_a_label_of_the_board_and_an_addressee_in_brackets() -> None:
    assert RESPONSE_ONLY.match("Reactie raad van bestuur")
    c = structure._Candidate(
        "6", [_block("paragraph", "(aan de staatssecretaris van Justitie en Veiligheid) Maak met de VNG afspraken.")], 0
    )
    assert structure._to_recommendation(c).text.startswith("Maak met de VNG afspraken")
