"""Forms met first in blind round 30 (and the verdicts of shared replies before it); each test fails on the code
before it.

Requests numbered as paragraphs ("[12] I recommend that …") in two columns; a bulleted point whose bold lead
sentence runs on into plain text; a running title printed once at the top of the page a sentence runs on to; "km²";
the words of deciding against, of a part not pursued, of results "shared with"; what a reply does, cut from what
follows ", but"; a review already completed; a shared reply judged on its own paragraphs.
"""

from __future__ import annotations

import re

import pytest

from tests.core.helpers import block as _block
from tests.core.helpers import verdict as _verdict
from weerwoord.core.analysis import (
    chapter_lists,
    codes,
    deeds,
    likeness,
    naming,
    parts,
    requests,
    speakers,
    stance,
    structure,
    table_replies,
)
from weerwoord.core.analysis import cited as cited_module
from weerwoord.core.analysis.naming import HEADING_REF_TAIL, REPLY_REF
from weerwoord.core.analysis.phrases import phrase_book
from weerwoord.core.analysis.spans import sentence_spans
from weerwoord.core.model import Block, Piece, TextRun
from weerwoord.core.reading import breaks, ruled_tables
from weerwoord.core.reading.page_lines import clean_word


def _placed(kind: str, text: str, page: int, top: float, size: float = 9.0, **kw: object) -> Block:
    """A block of one line at ``top`` on ``page``."""
    piece = Piece(0, len(text), page, (60.0, top, 500.0, top + size), line=int(top))
    return Block(kind, TextRun(text, [piece]), size=size, **kw)  # type: ignore[arg-type]


# ---- the advice


def test_requests_numbered_as_paragraphs_in_two_columns_are_one_reading() -> None:
    """Bold "[n] I recommend that …" paragraphs among plain numbered ones, three in each column of a two-column
    page: one reading of six, not two of three (and not none: the bracketed number hid the request)."""
    blocks: list[Block] = []
    for k, x in enumerate((63.0, 63.0, 63.0, 314.0, 314.0, 314.0)):
        n = 10 + 2 * k
        blocks.append(_block("paragraph", f"[{n}] The register was incomplete when my staff examined it.", x0=x))
        blocks.append(
            _block(
                "paragraph",
                f"[{n + 1}] I recommend that DSIS record every search number {k} of a bulk dataset in an audit log.",
                x0=x,
                bold=True,
            )
        )
    runs = requests.request_runs(blocks)
    assert runs and len(runs[0]) == 6


def test_an_indented_box_is_no_second_column() -> None:
    """Requests in boxes indented a few points from the running text stay apart from requests in it."""
    blocks = [
        _block("paragraph", f"{k}.1 Finding number {k} about the transport of children.", x0=72.0) for k in range(8)
    ]
    blocks += [_block("paragraph", f"The Authority should ensure thing {k} happens.", x0=78.0) for k in range(3)]
    assert requests._body_edges(blocks) == {round(72.0 / 8)}
    columns = blocks + [_block("paragraph", f"Finding {k} in the right-hand column.", x0=314.0) for k in range(6)]
    assert requests._body_edges(columns) == {round(72.0 / 8), round(314.0 / 8)}


def test_a_bold_lead_sentence_runs_on_into_plain_text() -> None:
    """ "■ Stel vóór het droogteseizoen van 2027" (bold, read as a heading) / "een regionale verdringingsreeks
    vast. Leg daarin vast …" (plain): one point."""
    blocks = [
        _placed("heading", "Stel vóór het droogteseizoen van 2027", 1, 100.0, bold=True, label="■"),
        _placed("paragraph", "een regionale verdringingsreeks vast. Leg daarin vast hoe wordt gekozen.", 1, 112.0),
    ]
    out, _ = breaks.join_across_breaks(blocks, [], plain_text=False)
    assert len(out) == 1 and out[0].kind == "item"
    assert out[0].text.startswith("Stel vóór het droogteseizoen van 2027 een regionale verdringingsreeks")


def test_a_running_title_once_at_the_top_of_the_next_page_is_set_aside() -> None:
    """A point cut by the page break, the next page's small running title, the point's last words."""
    blocks = [
        _placed("item", "Breid het meetnet voor grondwaterstanden uit tot ten minste één meetpunt in de", 1, 780.0),
        _placed("paragraph", "Deltacommissaris · advies zoetwaterverdeling bij droogte · DC/2026/0031", 2, 40.0, 7.5),
        _placed("paragraph", "hoge zandgronden. Dat is nodig om de kaart betrouwbaar te maken.", 2, 80.0),
    ]
    out, debris = breaks.join_across_breaks(blocks, [], plain_text=False)
    assert [b.text for b in debris] == ["Deltacommissaris · advies zoetwaterverdeling bij droogte · DC/2026/0031"]
    assert len(out) == 1 and out[0].text.endswith("betrouwbaar te maken.")


def test_a_table_cell_does_not_run_on_past_a_running_title() -> None:
    cell = _placed("paragraph", "Ensure that every purchase order is approved by the investigator", 1, 780.0)
    cell.table_row = 9
    blocks = [
        cell,
        _placed("paragraph", "University of Carrick | Internal Audit | IA 2025/07", 2, 40.0, 7.5),
        _placed("paragraph", "before the investigator had approved it in three of the cases we saw.", 2, 80.0),
    ]
    out, debris = breaks.join_across_breaks(blocks, [], plain_text=False)
    assert not debris and len(out) == 3


@pytest.mark.parametrize(("word", "kept"), [("km²", "km²"), ("m³", "m³"), ("km²,", "km²,"), ("Raad²", "Raad")])
def test_a_square_unit_keeps_its_power(word: str, kept: str) -> None:
    assert clean_word(word, plain_text=False) == kept


# ---- the response: verdicts


@pytest.mark.parametrize(
    ("rec", "reply", "want"),
    [
        (
            "Richt een regionaal zoetwaterfonds op waarin rijk, provincies en waterschappen elk een derde bijdragen.",
            "Het BO besluit geen regionaal zoetwaterfonds op te richten. Maatregelen worden betaald uit het fonds.",
            "disagrees",
        ),
        (
            "Breid het meetnet voor grondwaterstanden uit tot ten minste één meetpunt per vierkante kilometer in de "
            "hoge zandgronden.",
            "Het BO stemt in met een uitbreiding van het grondwatermeetnet, maar in een tempo dat past bij de "
            "beschikbare middelen: in 2026 worden 40 extra meetbuizen geplaatst, eerst in de hoge zandgronden; een "
            "dichtheid van één per km² wordt niet nagestreefd.",
            "partly",
        ),
        (
            "Waarborg dat elke gedetineerde ook bij een ingekort dagprogramma dagelijks een uur kan luchten.",
            "Uw aanbeveling 2025-1 sluit aan bij wat wij al doen. Sinds oktober 2025 geldt in de PI een "
            "afschaalprotocol waarin het luchten als laatste onderdeel vervalt.",
            "agrees",
        ),
    ],
)
def test_dutch_decisions_in_the_replys_own_words(rec: str, reply: str, want: str) -> None:
    assert _verdict(reply, "nl", rec) == want


def test_results_shared_with_the_council_are_no_agreement() -> None:
    reply = (
        "Ik geef het Kenniscentrum Jeugd de opdracht om in 2026 het aanbod in kaart te brengen. "
        "De resultaten deel ik met de Jeugdraad."
    )
    marks = stance.find_marks(TextRun(reply, []), "nl", "Betrek jongeren bij elke beslissing over speelruimte.")
    assert not [m for m in marks if m.category == "agreement"]
    assert _verdict("Die zorg deel ik volledig.", "nl") == "agrees"


# ---- the response: deeds


def test_a_review_already_completed_is_done_not_put_off() -> None:
    rec = (
        "Increase the number of officers profiled to the segregation unit, so that men held there receive their "
        "daily entitlement to showers, telephone calls and exercise."
    )
    reply = (
        "A staffing review of the segregation unit was completed in August 2025. As a result, two additional "
        "officers will be profiled to the unit from 1 December 2025, which will allow the regime to be delivered."
    )
    assert _verdict(reply, "en", rec) == "agrees"


def test_what_is_done_before_but_and_what_is_not_after_it() -> None:
    rec = (
        "We also ask the Scottish Government to set out how it will ensure that bail supervision assessments are "
        "available to courts at weekends and on public holidays."
    )
    reply = (
        "Turning to paragraph 15, weekend and public holiday cover is more difficult to achieve. We will fund "
        "weekend assessments in the four busiest sheriffdoms from October 2025, but I am not in a position to "
        "commit to nationwide cover until we have evidence of how those services are used."
    )
    done = deeds.find(reply, rec, phrase_book("en"), sentence_spans(reply))
    assert done.done and done.limits
    assert _verdict(reply, "en", rec) == "partly"


def test_setting_goals_for_the_period_does_not_repeat_the_advice() -> None:
    """ "vast te stellen voor de rest van de bestuursperiode" is no "stelt voor" of the advisory body."""
    rec = (
        "Formuleer als algemeen bestuur een beperkt aantal meetbare doelen voor de bestuursperiode en evalueer die "
        "jaarlijks in een openbare vergadering."
    )
    reply = (
        "Wij stellen het algemeen bestuur voor om in maart 2026 vijf tot zeven meetbare doelen vast te stellen voor "
        "de rest van de bestuursperiode, met een jaarlijkse openbare evaluatie bij de jaarrekening."
    )
    assert _verdict(reply, "nl", rec) == "agrees"
    restated = "De raad stelt voor om meetbare doelen te formuleren voor de bestuursperiode in 2026."
    assert _verdict(restated, "nl", rec) == "noted"


def test_after_a_refusal_wel_zal_ik_is_the_part_done() -> None:
    rec = (
        "Gemeenten nemen valpreventie op in hun lokale gezondheidsbeleid en bieden een woningscan en "
        "woningaanpassingen aan."
    )
    reply = (
        "Over het eerste punt merk ik op dat gemeenten hun lokale gezondheidsbeleid zelf vaststellen. Ik ga hen "
        "niet verplichten valpreventie daarin op te nemen. Wel zal ik samen met de VNG gemeenten wijzen op de "
        "mogelijkheden van de woningscan en woningaanpassingen vanuit de Wmo."
    )
    assert _verdict(reply, "nl", rec) == "partly"


# ---- round 30, Dutch: margin numbers, capital letters in a table, the answerer's own name


def test_points_numbered_in_the_margin_keep_their_numbers() -> None:
    """ACM's randnummers: "22 Toon de volledige prijs …" (bold, every paragraph numbered so): a reading numbered
    22, 23, … as the response cites them ("(rn. 24)"), each text without its number; "16 ACM concludeert dat …" is
    no request."""
    blocks = [_block("paragraph", "16 ACM concludeert dat consumenten de prijs niet vooraf kennen.", bold=True)]
    blocks += [
        _block(
            "paragraph", f"{n} {verb} de prijs van een laadsessie vóór de start van die sessie, punt {n}.", bold=True
        )
        for n, verb in ((22, "Toon"), (23, "Reken"), (24, "Bied"))
    ]
    runs = requests.request_runs(blocks)
    assert [[c.number for c in run] for run in runs] == [["22", "23", "24"]]
    assert structure._to_recommendation(runs[0][0]).text.startswith("Toon de prijs van een laadsessie")


@pytest.mark.parametrize(
    ("heading", "numbers"),
    [
        ("Prijs vóór de start (rn. 22) — Standpunt BELN: eens.", "22"),
        ("Tariefwijzigingen en tariefgegevens (rn. 25 en 26)", "25 en 26"),
        ("Vergaderstructuur (aanbevelingen A en B)", "A en B"),
    ],
)
def test_a_heading_names_its_points_by_margin_number(heading: str, numbers: str) -> None:
    m = HEADING_REF_TAIL.search(heading)
    assert m is not None and m.group(1) == numbers


def test_capital_letters_of_a_table_and_the_row_a_page_break_left_unread() -> None:
    """Rows "A" … "F" of a recommendations table (bare capitals), then "G Laat …" set as text after the page break,
    its explanation indented under it: one list A–G."""
    blocks = [_block("heading", "5 Aanbevelingen", bold=True, size=11.5)]
    for k, letter in enumerate("ABCDEF"):
        blocks.append(
            _block("item", f"Verhoog het budget voor onderdeel {k} met tien procent.", label=letter, x0=108.0)
        )
    blocks.append(_block("heading", "G Laat de nieuwe werkwijze na twee jaar opnieuw evalueren.", bold=True, x0=80.0))
    blocks.append(_block("paragraph", "Toelichting: Een nieuwe werkwijze heeft tijd nodig.", x0=108.0, italic=True))
    blocks.append(_block("heading", "6 Tot slot", bold=True, size=11.5))
    found = chapter_lists.chapter_lists(blocks, 9.5)
    assert found and [c.number for c in found[0][0]] == list("ABCDEFG")


def test_the_answering_body_is_learned_from_the_response() -> None:
    """ "Het Presidium ziet geen aanleiding …": no word of the phrase lists names the Presidium, the response does,
    opening sentence after sentence; the advisory body ("De commissie …") is not learned."""
    text = (
        "Het Presidium neemt het advies over. Het Presidium deelt de analyse. Het Presidium stelt voor te verhogen. "
        "De Commissie stelt vast dat het werkt. De Commissie vraagt veel. De Commissie adviseert ook."
    )
    who = speakers.answerers(text, phrase_book("nl").advisory)
    assert who == frozenset({"presidium"})
    rec = "Stel een digitaal inwonerspanel in dat voor elke grote Statenbeslissing wordt geraadpleegd."
    reply = "Het Presidium ziet geen aanleiding om een eigen digitaal panel van de Staten op te richten."
    plain = stance.find_marks(TextRun(reply, []), "nl", rec)
    learned = stance.find_marks(TextRun(reply, []), "nl", rec, speakers=who)
    assert not any(m.about_recommendation and m.category == "disagreement" for m in plain)
    assert stance.verdict(learned, reply, "nl", rec)[0] == "disagrees"


def test_a_smaller_step_proposed_after_a_refusal_is_partly() -> None:
    rec = (
        "Verhoog de fractievergoeding met 25 procent per fractie, zodat ook kleine fracties een medewerker aanstellen."
    )
    reply = (
        "Het Presidium deelt de analyse dat kleine fracties moeite hebben het werk bij te houden. Een verhoging met "
        "een kwart gaat het Presidium echter te ver. Het Presidium stelt voor de fractievergoeding per fractie met 10 "
        "procent te verhogen en een gedeelde medewerker voor kleine fracties beschikbaar te stellen."
    )
    marks = stance.find_marks(TextRun(reply, []), "nl", rec, speakers=frozenset({"presidium"}))
    assert stance.verdict(marks, reply, "nl", rec)[0] == "partly"
    # the advisory body's proposal repeated is no step of the government's
    repeated = reply.replace("Het Presidium stelt voor", "De RSJ stelt voor")
    marks = stance.find_marks(TextRun(repeated, []), "nl", rec, speakers=frozenset({"presidium"}))
    assert stance.verdict(marks, repeated, "nl", rec)[0] == "disagrees"


def test_fully_agreeing_with_the_subject_between() -> None:
    assert _verdict("Wat de mondhygiënisten betreft, ben ik het volledig eens met het KCE.", "nl") == "agrees"
    assert _verdict("Daar ben ik het niet mee eens.", "nl") == "disagrees"


# ---- round 30, English: safety-board codes, lower-case Roman lists, action plans, places


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("2024-02-I-LA-R5 and R6", ["2024-02-i-la-r5", "2024-02-i-la-r6"]),
        ("H-25-20", ["h-25-20"]),
        ("2025-01 en 2025-06", ["2025-01", "2025-06"]),
        ("v. and vi.", ["V", "VI"]),
    ],
)
def test_the_numbers_a_reference_names(text: str, numbers: list[str]) -> None:
    assert table_replies.numbers_in(text) == numbers


def test_a_date_is_no_code() -> None:
    assert not re.search(codes.LONG_CODE, "on 2024-02-15 the board met")
    assert not re.fullmatch(codes.YEAR_CODE, "2024-02-I")


@pytest.mark.parametrize(
    ("heading", "numbers"),
    [
        ("Recommendations 2024-02-I-LA-R5 and R6 (Ardent Materials, Inc.)", ["2024-02-i-la-r5", "2024-02-i-la-r6"]),
        ("Recommendation vii.", ["VII"]),
        ("Recommendations v. and vi.", ["V", "VI"]),
    ],
)
def test_a_heading_names_codes_and_lower_case_numerals(heading: str, numbers: list[str]) -> None:
    m = REPLY_REF.match(heading)
    assert m is not None and table_replies.numbers_in(m.group(1)) == numbers


def test_a_lower_case_roman_list_goes_on_under_a_sub_heading() -> None:
    blocks = [_block("heading", "RECOMMENDATIONS AND FOLLOW-UP", bold=True, size=11.5, label="VI.")]
    blocks.append(_block("heading", "Regarding central governments", bold=True, italic=True, x0=99.0))
    for numeral in ("i", "ii", "iii", "iv"):
        blocks.append(
            _block("item", f"that a rule number {numeral} be adopted and made public;", label=f"{numeral}.", x0=99.0)
        )
    blocks.append(_block("heading", "Regarding law enforcement agencies", bold=True, italic=True, x0=99.0))
    for numeral in ("v", "vi", "vii"):
        blocks.append(
            _block("item", f"that a rule number {numeral} be adopted and made public;", label=f"{numeral}.", x0=99.0)
        )
    found = chapter_lists.chapter_lists(blocks, 9.5)
    assert found and [c.number for c in found[0][0]] == ["i", "ii", "iii", "iv", "v", "vi", "vii"]


def test_codes_opening_a_sections_paragraphs_are_what_it_answers() -> None:
    text = (
        "2.1 R/2025/032 (staff time). Agreed. The reconciliation will be monthly.\n\n"
        "2.2 R/2025/031 (approval of purchase orders). Agreed and complete. Since 1 October 2025 …"
    )
    assert naming.codes_opening_paragraphs(text) == ["r/2025/032", "r/2025/031"]
    assert naming.codes_opening_paragraphs("In 2025/26 the budget rose.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2.2 R/2025/031 (approval of purchase orders). Agreed and complete. The system now refuses orders.", "agrees"),
        ("5.1 R/2025/033 (closed grants). Not agreed. Clearing balances is already a central task.", "disagrees"),
        ("3.1 Accepted. 3.2 Partially accepted. One deep dive a year instead of two.", "partly"),
    ],
)
def test_a_verdict_after_the_number_or_code_it_answers(text: str, want: str) -> None:
    marks = stance.find_marks(TextRun(text, []), "en", "")
    if want == "partly":
        marks = parts.for_recommendation(marks, text, "3.2", ["3.1"])
    assert stance.verdict(marks, text, "en")[0] == want


def test_a_verdict_in_words_over_a_status_cell() -> None:
    text = "Chief Medical Officer\n\nOn track\n\n3.2 Partially accepted. One deep dive a year."
    marks = stance.find_marks(TextRun(text, []), "en", "")
    assert stance.verdict(marks, text, "en")[0] == "partly"


def test_replies_taking_up_their_recommendations_by_place() -> None:
    text = (
        "Two of the Inspector-General's recommendations concern audit logs. The first, that every search be logged, "
        "has been implemented in full. The second, that her office read those logs remotely, we are unable to "
        "accept. Connecting our holdings to a system outside would create a risk we do not consider justified."
    )
    first = parts.own_parts(text, "12", ["15"], "record every search", "give my office access to the logs")
    second = parts.own_parts(text, "15", ["12"], "give my office access to the logs", "record every search")
    assert "implemented in full" in " ".join(text[a:b] for a, b in first)
    assert "unable to accept" not in " ".join(text[a:b] for a, b in first)
    assert "do not consider justified" in " ".join(text[a:b] for a, b in second)
    # a part of one recommendation is no place among them
    one = "Het eerste deel van het advies nemen wij over. Het tweede deel nemen wij niet over."
    assert not parts.by_place(one, "2", ["3"])


def test_what_the_recommendation_itself_denies_is_no_limit() -> None:
    rec = "DSIS revise its procedures so that no analyst is given access to bulk datasets before completing the module."
    reply = (
        "We have already acted on the point about analyst training. Since 1 August 2025 access to the bulk data "
        "environment has been switched on only once the revised course has been passed, and 212 of our 230 analysts "
        "have now done so. The remaining 18 have no access until they complete it."
    )
    assert _verdict(reply, "en", rec) == "agrees"


def test_an_action_plan_row_over_a_page_break_past_a_running_title() -> None:
    top = _placed("paragraph", "Two deep dives a year would crowd out other priorities", 1, 780.0, x0=240.0)
    top.table_row = 5
    ref = _placed("paragraph", "3.1 and 3.2", 1, 760.0, x0=60.0)
    ref.table_row, ref.label = 5, "3.1 and 3.2"
    title = _placed("paragraph", "Board of Directors (Public), 29 January 2026 | Agenda item 11", 2, 40.0, 8.0)
    rest = _placed(
        "paragraph", "on the Quality Committee agenda; the committee will hold one deep dive.", 2, 90.0, x0=240.0
    )
    rest.table_row = 6
    out = ruled_tables.continue_rows([ref, top, title, rest])
    assert "on the Quality Committee agenda" in top.text and rest not in out


# ---- what the response calls the recommendations, looked up in the advice


def test_the_recommendations_the_response_cites_are_found_by_what_it_calls_them() -> None:
    """Codes over imperatives ("2024-02-I-LA-R1" a heading, its text below), one never cited ("R3") found as the
    series goes on; a finding in another style is not taken."""
    blocks = [_block("paragraph", "Findings 1. The hose failed because no review was made of the change.")]
    for k in range(1, 6):
        blocks.append(_block("heading", f"2024-02-I-LA-R{k}", bold=True))
        blocks.append(_block("paragraph", f"Install remotely operated valve number {k} on the liquid outlet lines."))
    cited = ["2024-02-i-la-r5", "2024-02-i-la-r1", "2024-02-i-la-r4", "2024-02-i-la-r2"]
    items = cited_module.cited_items(blocks, cited)
    assert [c.number for c in items] == [f"2024-02-I-LA-R{k}" for k in range(1, 6)]
    assert all(blocks[c.start_index].text.startswith("Install") for c in items)
    assert cited_module.cited_items(blocks, cited[:2]) == []  # two citations say too little


def test_a_cited_conclusion_is_no_recommendation_among_requests() -> None:
    """ "I welcome the Committee's recognition at paragraph 13": the response answers conclusions too."""
    blocks = [
        _block(
            "item",
            "The Committee welcomes the additional funding for bail supervision this year.",
            label="13.",
            bold=True,
        ),
        _block(
            "item",
            "The Committee recommends that the Government fund bail supervision everywhere.",
            label="14.",
            bold=True,
        ),
        _block(
            "item",
            "The Committee recommends that the Government publish an evaluation of monitoring.",
            label="18.",
            bold=True,
        ),
        _block(
            "item",
            "The Committee recommends that the Prison Service hold remand prisoners apart.",
            label="21.",
            bold=True,
        ),
    ]
    items = cited_module.cited_items(blocks, ["13", "18", "21"])
    assert [c.number for c in items] == ["14", "18", "21"]


def test_an_adverb_and_its_inflected_adjective_share_a_stem() -> None:
    """ "een jaarlijks mondonderzoek" asked, "Het jaarlijkse mondonderzoek komt er wel" answered; not "jaar"."""
    assert likeness._stem("jaarlijks") == likeness._stem("jaarlijkse") == "jaarlijk"
    assert likeness._stem("dagelijkse") == likeness._stem("dagelijks")
