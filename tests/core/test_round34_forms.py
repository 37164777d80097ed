"""Forms met first in blind round 34 (each test fails on the code before it, unless it guards against a false match).

An observer mission's annex table "No. | Context | Recommendation | …", answered in a matrix of the commission's own
codes ("PER-03") whose source cell names the mission's recommendations by its initials ("SODN 4, SODN 5; CEW 2"),
over a page break with the header row repeated.
"""

from __future__ import annotations

from tests.core.helpers import block as _block
from tests.core.helpers import verdict
from weerwoord.core.analysis import items_text, section_refs, structure
from weerwoord.core.analysis.compare import _by_the_advices_initials
from weerwoord.core.model import Document, Reply, TextRun
from weerwoord.core.reading.ruled_tables import ROW_LABEL


def test_the_cell_of_its_row_that_asks_is_the_items_text() -> None:
    blocks = [
        _block("item", "No spending limits exist; observers noted large disparities.", label="5", table_row=5),
        _block("paragraph", "Parliament", table_row=5),
        _block("paragraph", "Set limits on campaign spending by candidates and enforce them.", table_row=5),
        _block("item", "Introduce a register of lobbyists and publish it every month.", label="6", table_row=6),
        _block("paragraph", "The Electoral Commission should also publish its own meetings.", table_row=6),
    ]
    fifth = items_text.asking_cell(structure._Candidate("5", [blocks[0]], 0), blocks)
    assert fifth.blocks[0].text.startswith("Set limits")
    # an item that asks itself keeps its own text
    sixth = items_text.asking_cell(structure._Candidate("6", [blocks[3]], 3), blocks)
    assert sixth.blocks[0].text.startswith("Introduce a register")


def test_recommendations_named_by_the_advisory_bodys_initials() -> None:
    advice = Document(
        "a.pdf",
        "",
        "",
        1,
        "en",
        [(595.0, 842.0)],
        [_block("paragraph", "The SODN mission was invited by the Commission. SODN observers visited 212 stations.")],
    )
    replies = [
        Reply(
            "r1", "PER-01", TextRun("SODN 2\n\nPublish results by polling station\n\nAccepted", []), numbers=["per-01"]
        ),
        Reply("r2", "PER-02", TextRun("CEW 6\n\nCivic education in schools\n\nAccepted", []), numbers=["per-02"]),
        Reply("r3", "PER-03", TextRun("SODN 4, SODN 5; CEW 2\n\nCampaign finance\n\nAccepted", []), numbers=["per-03"]),
    ]
    _by_the_advices_initials(replies, advice)
    assert [r.numbers for r in replies] == [["2"], ["per-02"], ["4", "5"]]


def test_a_rows_own_code_opens_a_row_after_a_page_break() -> None:
    assert ROW_LABEL.match("PER-06")
    assert ROW_LABEL.match("12")
    assert not ROW_LABEL.match("continued from the previous page")


def test_a_resolution_asking_the_government_announces_its_points() -> None:
    from weerwoord.core.analysis import announced

    blocks = [
        _block("paragraph", "E. overwegende dat de Vlaamse Regering een recht op kinderopvang vooropstelt;"),
        _block("paragraph", "vraagt de Vlaamse Regering:"),
        _block("item", "het aantal plaatsen met inkomenstarief tegen 2028 met 4.000 uit te breiden;", label="1."),
        _block(
            "item", "de voorrangsregels voor kwetsbare gezinnen verplicht te maken voor alle organisatoren;", label="2."
        ),
        _block("item", "de wachttijden voor een plaats jaarlijks per gemeente openbaar te maken.", label="3."),
    ]
    assert [c.number for c in announced.announced_points(blocks)] == ["1", "2", "3"]


def _verdict(reply: str, rec: str, lang: str = "en") -> str:
    return verdict(reply, lang, rec)


def test_no_commitment_refuses() -> None:
    rec = "Will the Minister commit to reducing the population of the prison to its certified normal accommodation?"
    reply = (
        "I understand the Board's concerns. The prison will need to operate above its certified normal accommodation "
        "for the foreseeable future, and I am therefore not in a position to make the commitment the Board seeks."
    )
    assert _verdict(reply, rec) == "disagrees"


def test_done_although_not_all_and_no_longer_cancelled() -> None:
    rec = (
        "Ensure that men in the segregation unit are offered at least 30 minutes in the open air every day, and that "
        "the exercise yard is made usable in wet weather."
    )
    reply = (
        "The drainage in the segregation unit exercise yard was replaced in June 2026, so that exercise is no longer "
        "cancelled in wet weather, although with current staffing the unit cannot yet guarantee 30 minutes in the "
        "open air for every man every day."
    )
    assert _verdict(reply, rec) == "partly"


def test_a_group_titled_in_the_governments_own_words_states_its_verdict() -> None:
    from weerwoord.core.analysis import verdict_labels

    assert verdict_labels.group_verdict("Wat wij overnemen", "nl") == ("agrees", "overnemen")
    assert verdict_labels.group_verdict("Wat wij gedeeltelijk overnemen", "nl") == ("partly", "gedeeltelijk overnemen")
    assert verdict_labels.heading_verdict("3. Wat wij (nog) niet overnemen", "nl") == ("disagrees", "niet overnemen")
    assert verdict_labels.group_verdict("Wat wij doen", "nl") is None  # what is done, no verdict


def test_a_paragraph_naming_chapter_codes_answers_them() -> None:

    text = "Recommendations 4-1 and 4-2 (public data platform). The Administration will build the platform in 2027."
    assert section_refs.refs_in_opening(text) == ["4-1", "4-2"]
    assert section_refs.refs_in_opening("Recommendations 4 and 5 are addressed to the states.") == ["4", "5"]


def test_a_label_after_a_run_in_naming_the_recommendation_is_its_verdict() -> None:
    rec = "An independent evaluation of the programme should be commissioned after five years."
    reply = (
        "Recommendation 5-2 (independent evaluation). Adopted. The Office of Policy will procure an evaluation in "
        "FY2029 and will publish the final report."
    )
    assert _verdict(reply, rec) == "agrees"
    # the same word inside a sentence is no label
    reply = "Recommendation 5-2 (independent evaluation). The approach adopted last year will be kept."
    assert _verdict(reply, rec) != "agrees"
