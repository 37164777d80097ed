"""Forms met first in blind round 102, mended after round 102 was scored at first sight (each test fails on the code
before it)."""

from __future__ import annotations

from tests.core.helpers import compare_pair


def _verdict(language: str, asked: str, reply: str) -> str:
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    return stance.verdict(stance.find_marks(TextRun(reply, []), language, asked), reply, language, asked)[0]


def test_a_decision_list_opening_each_item_with_its_codes() -> None:
    """An officers' decision list numbers its items 1.-5. and opens each with the codes it answers and a title after
    a comma ("1. AM5, pound figures. Supported. …", "3. AM3 and AM4, fees and after-hours cover. …"): each item is a
    reply to those codes, and the verdict right after the title ("Partly supported.", "Supported in part.") is its
    label."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind102_en_animal_plan").pairs}
    assert by_number["AM5"].reply is not None and by_number["AM5"].link == "number"
    assert by_number["AM3"].reply is not None and by_number["AM3"].reply is by_number["AM4"].reply
    assert by_number["AM7"].reply is None
    assert [by_number[c].verdict for c in ("AM1", "AM2", "AM3", "AM4", "AM5", "AM6")] == [
        "partly",
        "agrees",
        "disagrees",
        "noted",
        "agrees",
        "partly",
    ]


def test_a_table_cell_of_codes_joined_by_a_slash() -> None:
    """An action list "Code | Onderwerp | Reactie | Gereed" answers two cards in one row, coded "K-02 / K-03": that
    row answers both."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind102_nl_koningsdag").pairs}
    assert by_number["K-02"].reply is not None and by_number["K-02"].reply is by_number["K-03"].reply
    assert by_number["K-02"].link == "number"
    assert by_number["K-06"].reply is None


def test_decisions_coded_and_tagged_with_the_paragraph_they_answer() -> None:
    """A club's decision list codes its decisions and tags each with the advice's paragraph in brackets, no stop
    after it: "B26-34 (advies 3.7) Na zonsondergang blijft …", "B26-32 (advies 3.2 en 3.5) Er komt …": each answers
    those paragraphs (by number, also where its words are few)."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind102_nl_ijsbaan").pairs}
    assert by_number["3.7"].reply is not None and "zonsondergang" in by_number["3.7"].reply.text
    assert by_number["3.7"].link == "number"
    assert by_number["3.2"].reply is by_number["3.5"].reply
    assert by_number["3.4"].reply is None


def test_a_refusal_after_the_matter_is_said_to_be_anothers() -> None:
    """A county memo: "Shade at bus stops is the responsibility of the Regional Transit District … The County will
    not be funding shade structures from the general fund, although Transportation will share the Task Force's
    list": a refusal after a matter passed to others stands (only a decision put off first leaves it open)."""
    assert (
        _verdict(
            "en",
            "Install shade structures at the 50 busiest unshaded bus stops in the unincorporated county by June 2027.",
            "Shade at bus stops is the responsibility of the Regional Transit District, which owns the stops and "
            "shelters. The County will not be funding shade structures from the general fund, although "
            "Transportation will share the Task Force's list with the District.",
        )
        == "disagrees"
    )


def test_not_something_we_can_commit_to() -> None:
    """A council letter: "… translating them fully is not something we can commit to in the period of this scheme"
    is a refusal (it was read as a commitment, "commit to"); the verdict of that reply stays "partly" here, as the
    landing pages it keeps are read as a part done."""
    from weerwoord.core.analysis import stance
    from weerwoord.core.model import TextRun

    reply = "Translating them fully is not something we can commit to in the period of this scheme."
    marks = stance.find_marks(TextRun(reply, []), "en", "Provide the portals fully in Irish.")
    assert [(m.category, m.rule) for m in marks] == [("disagreement", "en.dis.not-something-we-can")]
