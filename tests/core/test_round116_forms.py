"""Forms met first in blind round 116, mended after round 116 was scored at first sight (each test fails on the code
before it, cd8a8e9)."""

from __future__ import annotations

from tests.core.helpers import compare_pair, verdict


def test_recommendations_counted_off_ten_eerste_ten_slotte() -> None:
    """ "Ten eerste adviseren wij het college om …", "Ten tweede adviseren wij om …", "Ten derde vragen wij u om …",
    two to a paragraph, through "Ten slotte adviseren wij …"; the findings counted off the same way before them
    ("Ten eerste is het plan helder …") recommend nothing. Answered by a besluitenlijst's points by ordinal."""
    pairs = compare_pair("blind116_nl_collectieplan").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Ten eerste adviseren wij het college")
    assert pairs[2].recommendation.text.startswith("Ten derde vragen wij u")
    assert [p.verdict for p in pairs] == ["agrees", "disagrees", "partly", "agrees", "noted", "unanswered", "partly"]


def test_numbers_in_words_and_a_meeting_transcript() -> None:
    """ "Recommendation One - Rebuilding grants" … "Recommendation Seven": numbered as their words say; answered in a
    meeting's transcript, "[7.05 pm] MR HOLLOWAY: … On recommendation five, yes: …", "That's recommendation one"; a
    resident's question from the floor ("[7.23 pm] RESIDENT (COL): … Who do we ring about that?") answers nothing;
    "What we can't do is make it open-ended" leaves a part undone; "we won't be adding generators" refuses."""
    pairs = compare_pair("blind116_en_bushfire_recovery").pairs
    assert [p.recommendation.number for p in pairs] == [str(k) for k in range(1, 8)]
    assert pairs[4].reply is not None and "On recommendation five" in pairs[4].reply.text
    assert pairs[3].reply is not None and "belongs to the Shire" in pairs[3].reply.text
    assert pairs[5].reply is None
    assert [p.verdict for p in pairs] == ["agrees", "partly", "disagrees", "noted", "agrees", "unanswered", "disagrees"]


def test_number_words_read_as_digits_in_place() -> None:
    from weerwoord.core.analysis.number_names import with_digits
    from weerwoord.core.analysis.structure import REC_LABEL

    text = "Recommendation Seven - Neighbourhood Safer Places"
    assert len(with_digits(text)) == len(text)
    m = REC_LABEL.match(text)
    assert m is not None and m.group(1) == "7" and text[m.end() :] == "Neighbourhood Safer Places"
    assert with_digits("Aanbevelingen twee en drie") == "Aanbevelingen 2    en 3   "
    assert with_digits("het advies een plek te geven") == "het advies een plek te geven"  # (an article, no number)


def test_unnumbered_labels_after_the_bodys_initials() -> None:
    """Shaded boxes "SSG RECOMMENDATION" over one sentence each, under consultation questions that are no
    recommendations: the seven boxes, numbered by their place."""
    pairs = compare_pair("blind116_en_site_stakeholder").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("Bring forward the demolition")
    assert pairs[5].recommendation.text.startswith("Hold at least two of the SSG's public meetings")


def test_a_council_decision_directs_and_splits_its_clauses() -> None:
    """ "City Council direct the General Manager, … to provide a free adult pass for three months, rather than six"
    does part of it; "… to make community rooms available at no charge …; and City Council not adopt Recommendation 3
    …" grants the rooms (no charge is no negation) and refuses recommendation 3 in its own clause; a Part that only
    receives the advisory body's presentation "for information" answers no recommendation that names that body."""
    pairs = compare_pair("blind116_en_newcomer_deck").pairs
    assert [p.verdict for p in pairs] == ["agrees", "partly", "disagrees", "agrees", "agrees", "noted", "unanswered"]
    assert pairs[6].reply is None


def test_a_stop_asked_and_refused() -> None:
    """Where "the Council should stop using sheriff officers" was asked, "We will not stop using sheriff officers"
    refuses (elsewhere "will not stop" keeps doing a thing)."""
    asked = "The Council should stop using sheriff officers to collect council tax arrears."
    said = "The Council said: We will not stop using sheriff officers, because we are required to collect the tax."
    assert verdict(said, "en", asked) == "disagrees"
    assert compare_pair("blind116_en_truth_commission").pairs[3].verdict == "disagrees"


def test_a_list_of_questions_is_no_list_of_recommendations() -> None:
    """ "Op de wijkavonden kwamen steeds dezelfde vragen terug: 1. Wat kost de aansluiting mij …?" lists questions,
    not points announced; the dash lists after "Wij adviseren het college daarom om:" and "Verder adviseren wij:" are
    the seven recommendations."""
    pairs = compare_pair("blind116_nl_warmtenet").pairs
    assert len(pairs) == 7
    assert pairs[0].recommendation.text.startswith("de aansluitbijdrage voor eigenaar-bewoners")
    assert pairs[5].recommendation.text.startswith("de keuze voor het warmtenet pas definitief")


def test_contracted_negations_a_part_left_undone_and_a_council_direction() -> None:
    """ "we won't be adding generators" refuses (a contracted negation is a negation); "What we can't do is make it
    open-ended" leaves a part undone after what is done; "City Council direct the General Manager … to provide …
    for three months, rather than six" decides a part."""
    assert (
        verdict(
            "On the safer places, they meet the standard, so we won't be adding generators or satellite phones there.",
            "en",
            "Install back-up power and a satellite phone at each of the Safer Places.",
        )
        == "disagrees"
    )
    assert (
        verdict(
            "From 1 July the pods can stay on your land for up to three years. What we can't do is make it open-ended.",
            "en",
            "Allow temporary housing pods to stay on land until the new home is finished.",
        )
        == "partly"
    )
    assert (
        verdict(
            "City Council direct the General Manager, Transit, to provide a free adult pass for three months, rather "
            "than six, to newcomers.",
            "en",
            "Give every newcomer a free adult transit pass for their first six months.",
        )
        == "partly"
    )
