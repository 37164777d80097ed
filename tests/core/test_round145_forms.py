"""Forms met first in blind round 145, mended in session 47 after round 145 was scored at first sight on 7fff5f5e
(each test fails on that code)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_bold_sentences_that_say_what_we_want_and_ask() -> None:
    """A children in care council's bold asks in running text: "We want the council to tell every young person …" and
    "We are asking the council to give every care leaver …" ask, as "Please pay for travel …" does."""
    pairs = compare_pair("blind145_en_care_council").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("We want the council to tell every young person")
    assert pairs[2].recommendation.text.startswith("We are asking the council to give every care leaver")
    assert [p.verdict for p in pairs] == ["agrees", "disagrees", "partly", "agrees", "noted", "disagrees", "unanswered"]


def test_a_lead_in_that_names_two_recommendations_before_its_colon() -> None:
    """ "4.4 On the ageing servers and on staffing (recommendations 3 and 4): the … supplier cannot support …; …
    Management does not agree that a dedicated security manager post is needed": the staffing refused, the servers
    replaced later than proposed."""
    by_number = {p.number: p for p in compare_pair("blind145_en_ransomware_review").pairs}
    assert by_number["3"].verdict == "partly" and by_number["4"].verdict == "disagrees"


def test_a_paragraph_after_those_named_by_their_places_answers_another() -> None:
    """ "Over de tweede en de vierde aanbeveling het volgende. …" then, in the same section, "Een samenwerking met een
    marktpartij voor de exploitatie is een interessante gedachte. … nemen daar … nog geen standpunt over in": that
    paragraph answers the sixth, and only the sixth is noted."""
    by_number = {p.number: p for p in compare_pair("blind145_nl_secondopinion").pairs}
    assert by_number["4.6"].reply is not None and by_number["4.6"].verdict == "noted"
    assert by_number["4.2"].verdict == "partly" and by_number["4.4"].verdict == "disagrees"


def test_kept_at_a_figure_and_applied_more_narrowly() -> None:
    """ "… so we have decided to keep the exemption at 21 for now" where 25 was asked refuses; "accepts the principle
    behind the Board's recommendation but has decided to apply it more narrowly" is a part."""
    assert (
        verdict(
            "It would cost about 190,000 pounds a year, so we have decided to keep the exemption at 21 for now. We "
            "will look at it again next year.",
            "en",
            "The council should make care leavers exempt from council tax until they are 25, not just until 21.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "The Government accepts the principle behind the Board's recommendation but has decided to apply it more "
            "narrowly. Main carers whose youngest child is under one will be able to attend by telephone.",
            "en",
            "exempts claimants who are the main carer of a child under three from the in-person requirement",
        )
        == "partly"
    )


def test_taken_along_but_not_yet_said_how() -> None:
    """ "Wij nemen jullie voorstel daarin mee, maar kunnen nu nog niet zeggen of het een aparte evaluatie wordt":
    noted, nothing of it done yet."""
    rec = "Betrek de leerlingenraad bij de evaluatie van de nieuwe regels na een halfjaar."
    reply = (
        "Hoe wij de nieuwe regels evalueren, bespreken wij in het nieuwe schooljaar met de medezeggenschapsraad. Wij "
        "nemen jullie voorstel daarin mee, maar kunnen nu nog niet zeggen of het een aparte evaluatie wordt."
    )
    assert verdict(reply, "nl", rec) == "noted"


def test_tried_out_before_then_not_introduced() -> None:
    """ "Dynamische verlichting op fietspaden hebben wij op de N438 beproefd. … Wij voeren deze verlichting daarom niet
    in als standaard": tried out before and refused, no part done."""
    rec = "Verlicht fietspaden langs provinciale wegen alleen nog met dynamische verlichting."
    reply = (
        "Dynamische verlichting op fietspaden hebben wij op de N438 beproefd. Fietsers gaven aan zich in het donker "
        "minder veilig te voelen. Wij voeren deze verlichting daarom niet in als standaard."
    )
    assert verdict(reply, "nl", rec) == "disagrees"
