"""Forms met first in blind rounds 107 and 108, mended after round 108 was scored at first sight (each test fails on
the code before it, 4ae1390, except the guards, which say so)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def _verdict(language: str, asked: str, reply: str) -> str:
    return verdict(reply, language, asked)


def test_a_summary_under_a_theme_heading_links_its_recommendation() -> None:
    """A management response as a table "Thema | Aanbeveling (samengevat) | Respons | Timing": the summary line under
    the theme ("Onthaal" / "Openingsuren onthaalbalies") says which recommendation the row answers, after the last
    row linked too; a summary naming two ("Toekomst van De Wingerd; onderhoudsplanning") answers both, each on its
    own sentence (the opening one by the name it shares with one alone)."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind107_nl_gemeenschapscentra").pairs}
    assert by_number["2"].reply is not None and "Openingsuren onthaalbalies" in by_number["2"].reply.text
    assert by_number["3"].reply is not None and "retributiereglement" in by_number["3"].reply.text
    assert by_number["4"].reply is not None and by_number["4"].reply is by_number["6"].reply
    assert (by_number["4"].verdict, by_number["6"].verdict) == ("disagrees", "agrees")
    assert by_number["7"].verdict == "partly"  # "blijven echter voorlopig onder de huidige diensten vallen"
    assert by_number["5"].reply is None


def test_a_document_title_over_a_subtitle_is_no_summary() -> None:
    """Guard (passes before and after): a petition's answer headed by the document's title, its text opening with the
    subtitle "Antwoord van de Vlaamse Regering", keeps its links by content."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind69_nl_verzoekschrift").pairs}
    assert by_number["5"].reply is not None


def test_instead_the_very_thing_asked() -> None:
    """ "Instead, Council will take on the booking work itself: an online booking system with keypad locks will be
    rolled out to all halls by November 2026" does what was asked, in place of a grant refused before; "Rather than
    commission an external audit, we will ask our internal auditors …" stays a lesser form (a guard)."""
    asked = "Install keyless entry and an online booking system at every hall by the end of 2026."
    reply = (
        "Instead, Council will take on the booking work itself: an online booking system with keypad locks will be "
        "rolled out to all halls by November 2026, so that committees no longer need to handle keys."
    )
    assert _verdict("en", asked, reply) == "agrees"
    audit = "commission an independent audit of its registration appeals process and publish the auditor's findings;"
    rather = (
        "4.3 Registration appeals. Rather than commission an external audit, we will ask our internal auditors to "
        "review the appeals process as part of the 2026/27 audit plan, and will publish a summary of their findings."
    )
    assert _verdict("en", audit, rather) == "partly"


def test_not_doing_what_was_asked_to_stop() -> None:
    """ "Stop naming new streets after living persons" answered "We agree. With immediate effect officers will not
    approve a name that commemorates a living person": the stop, done (the ban itself refused, "We will not ban leaf
    blowers in parks", stays a refusal: a guard)."""
    asked = "Stop naming new streets after living persons, including councillors and company directors."
    reply = (
        "We agree. With immediate effect officers will not approve a name that commemorates a living person, and "
        "this rule will be written into the new Street Naming Policy."
    )
    assert _verdict("en", asked, reply) == "agrees"
    assert _verdict("en", "Ban leaf blowers in parks.", "We will not ban leaf blowers in parks.") == "disagrees"


def test_a_deed_in_the_present_passive_before_a_semicolon() -> None:
    """ "… naast de nummerplaat wordt een toegangskaart ingevoerd die …; toegang met de elektronische identiteitskaart
    is technisch niet haalbaar": a part done, the rest refused."""
    asked = (
        "Voorzie naast de nummerplaat ook toegang met de elektronische identiteitskaart, zodat inwoners zonder eigen "
        "wagen het park kunnen gebruiken."
    )
    reply = (
        "In verband met punt 3.1: naast de nummerplaat wordt een toegangskaart ingevoerd die op aanvraag aan gezinnen "
        "zonder wagen wordt bezorgd; toegang met de elektronische identiteitskaart is technisch niet haalbaar met het "
        "gekozen systeem."
    )
    assert _verdict("nl", asked, reply) == "partly"


def test_a_term_and_a_review_after_it_are_both_asked() -> None:
    """ "Kies voor een looptijd van vier jaar met een tussentijdse evaluatie na twee jaar" asks for four years (not a
    change from four to two): "Wij sluiten de nieuwe overeenkomst af voor vier jaar" does it."""
    asked = (
        "Kies voor een looptijd van vier jaar met een tussentijdse evaluatie na twee jaar in plaats van een contract "
        "voor onbepaalde tijd."
    )
    reply = (
        "Wij sluiten de nieuwe overeenkomst af voor vier jaar, van 2027 tot en met 2030, met een tussentijdse "
        "evaluatie in het najaar van 2028."
    )
    assert _verdict("nl", asked, reply) == "agrees"


def test_a_second_verb_of_the_clause_after_a_semicolon() -> None:
    """ "Het zwerfkattenbeleid blijft buiten de nieuwe overeenkomst; wij blijven de vrijwilligers … steunen en zien
    geen aanleiding voor een apart jaarbudget": "wij" is the subject of "zien geen aanleiding"."""
    asked = (
        "Neem het zwerfkattenbeleid (vangen, castreren en terugzetten) op in de overeenkomst en stel daar een vast "
        "jaarbudget voor beschikbaar."
    )
    reply = (
        "Het zwerfkattenbeleid blijft buiten de nieuwe overeenkomst; wij blijven de vrijwilligers via de bestaande "
        "subsidieregeling steunen en zien geen aanleiding voor een apart jaarbudget."
    )
    assert _verdict("nl", asked, reply) == "disagrees"


def test_a_boxed_letter_label_read_on_one_line_with_its_text() -> None:
    """A box "Advies A | Behoud de mogelijkheid …" read as one line "Advies A Behoud de mogelijkheid …": A is found
    with B–G, and the table row answering A and B splits between them."""
    pairs = compare_pair("blind108_nl_dagbesteding").pairs
    assert [p.recommendation.number for p in pairs] == ["A", "B", "C", "D", "E", "F", "G"]
    assert pairs[0].recommendation.text.startswith("Behoud de mogelijkheid van dagbesteding")
    assert pairs[0].verdict == "agrees"


def test_a_subject_of_a_heading_said_in_a_compound() -> None:
    """ "Woonboten en walstroom" over the houseboats (refused) answers "Plaats … ten minste acht walstroompunten"
    too."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind108_nl_watersport").pairs}
    assert by_number["6"].reply is not None and by_number["6"].reply is by_number["5"].reply
    assert (by_number["5"].verdict, by_number["6"].verdict) == ("disagrees", "agrees")


def test_a_status_line_giving_each_number_its_own() -> None:
    """An officer's table row for recommendations 3 and 4 ends "3: Not proceeding 4: Funded": each status is its
    number's, and the sentences before it go by their content."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind108_en_festive_season").pairs}
    assert (by_number["3"].verdict, by_number["4"].verdict) == ("disagrees", "agrees")


def test_not_prepared_to_allow_and_a_sentence_between_two_of_one() -> None:
    """ "The administration is not prepared to allow amplification at the level proposed" refuses; standing between
    two sentences about the sound limit, it is that one's, not the enforcement's in the same paragraph."""
    asked = "Permit amplified sound up to 80 decibels at 10 feet between 10 a.m. and 8 p.m."
    reply = "The administration is not prepared to allow amplification at the level proposed."
    assert _verdict("en", asked, reply) == "disagrees"
    by_number = {p.recommendation.number: p for p in compare_pair("blind107_en_busking").pairs}
    assert (by_number["3"].verdict, by_number["6"].verdict) == ("disagrees", "agrees")


def test_a_closing_participle_after_a_noun_of_its_form() -> None:
    """ "Wel wordt een meerjarig onderhoudsplan voor alle vijf gebouwen opgemaakt, met …": "gebouwen" looks like a
    participle but the clause's verb is "opgemaakt"; done."""
    asked = "Stel een meerjarig onderhoudsplan op voor de vijf gebouwen, met voorrang voor toegankelijkheid."
    reply = (
        "Wel wordt een meerjarig onderhoudsplan voor alle vijf gebouwen opgemaakt, met toegankelijk sanitair als "
        "eerste prioriteit."
    )
    assert _verdict("nl", asked, reply) == "agrees"


def test_codes_of_capitals_and_a_number_named_in_a_minute() -> None:
    """A committee's minutes name the codes in each item's title, "2.3 Advertising and design consultation (BS4 and
    BS6).": BS6 is answered there beside BS4 (by the code, said as such in the link's evidence); and a resolution
    after a refusal ("… a 2030 deadline is not affordable …. Resolved: that the renewal programme give priority …
    with a target of replacing half of them by June 2030") does a part."""
    by_number = {p.recommendation.number: p for p in compare_pair("blind107_en_bus_shelters").pairs}
    assert by_number["BS6"].reply is not None and by_number["BS6"].reply is by_number["BS4"].reply
    assert by_number["BS6"].link == "number"
    assert (by_number["BS4"].verdict, by_number["BS6"].verdict) == ("disagrees", "partly")
    assert by_number["BS1"].verdict == "partly"
    from weerwoord.core.analysis.evidence import link_evidence

    assert link_evidence(by_number["BS6"]) == ["The response names recommendation BS6 (p. 1)."]
