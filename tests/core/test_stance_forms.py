"""Stance language in the forms replies really take: a minister's "ik", Dutch clause-final negation, decisions
opening a reply, an acceptance of several recommendations at once, the aim shared but not the way."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.core.helpers import verdict as _verdict
from weerwoord.core.analysis import compare, verdict_labels
from weerwoord.core.model import TextRun

PHRASES = Path(__file__).resolve().parents[2] / "resources" / "phrases"


def _ik_form(third: str, group: list[str]) -> str | None:
    """The first person of a Dutch verb whose third person (``ziet``) and plural (``zien``) stand in ``group``."""
    if not third.endswith("t") or len(third) < 3 or third.endswith("*"):
        return None
    plurals = [w for w in group if w.endswith("en") or w.endswith("aan")]
    if not any(p[:3] == third[:3] for p in plurals):
        return None  # no plural of this word: a noun or adjective ("gewenst", "uitgangspunt")
    if third + "en" in group or third + "ten" in group:
        return third  # "acht" / "achten", "zet" / "zetten"
    if third.endswith("aat"):
        return third[:-2] if third[:-2] + "an" in group else None  # "gaat" / "gaan" → "ga"
    return third[:-1]


def test_every_dutch_verb_has_the_ministers_ik_form() -> None:
    """A minister writes "Ik zie geen aanleiding", "Ik volg deze aanbeveling": wherever a rule lists a verb's third
    person and plural ("ziet|zien"), it lists the first person too."""
    data = tomllib.loads((PHRASES / "nl.toml").read_text(encoding="utf-8"))
    missing = []
    for rule in data["rule"]:
        patterns = rule["pattern"] if isinstance(rule["pattern"], list) else [rule["pattern"]]
        for pattern in patterns:
            for token in pattern.split():
                group = token.rstrip("?").split("|")
                for word in group:
                    form = _ik_form(word, group)
                    if (
                        form
                        and form not in group
                        and not any(g.endswith("*") and form.startswith(g[:-1]) for g in group)
                    ):
                        missing.append((rule["id"], token, form))
    assert [m for m in missing if m[2] != "lijk"] == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ik zie daarom geen aanleiding om de regeling te wijzigen.", "disagrees"),
        ("Ik volg deze aanbeveling. Vanaf maart 2026 krijgt iedere aanvrager een brief.", "agrees"),
        ("Deze aanbeveling volg ik niet.", "disagrees"),
        ("Uw aanbeveling over het register neem ik over.", "agrees"),
        ("Een jaarlijkse herhaling acht ik niet doelmatig.", "disagrees"),
    ],
)
def test_a_minister_writing_ik(text: str, verdict: str) -> None:
    assert _verdict(text, "nl") == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ik onderschrijf uw conclusie dat sprake is van een onvolkomenheid echter niet.", "disagrees"),
        ("Het kabinet deelt de analyse van de raad op dit punt niet.", "disagrees"),
        # the negation closes a subordinate clause's "whether or not": no refusal
        ("Het kabinet onderschrijft het advies, ongeacht of de gemeenten meedoen of niet.", "agrees"),
        # the negation belongs to a later clause
        ("Het kabinet onderschrijft het advies, maar de wet verandert daardoor niet.", "agrees"),
    ],
)
def test_dutch_negation_closing_the_clause(text: str, verdict: str) -> None:
    assert _verdict(text, "nl") == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Overgenomen. Het ontwerpbesluit wordt in het najaar voor consultatie aangeboden.", "agrees"),
        ("Deels overgenomen. De termijn wordt verkort, maar niet tot zes weken.", "partly"),
        ("Niet overgenomen. De huidige regeling volstaat.", "disagrees"),
        ("Kennisgenomen. De minister bespreekt dit met de sector.", "noted"),
        # a decision with a condition after it is no plain acceptance
        ("Overgenomen met uitzondering van de termijn: die wordt niet verkort.", "partly"),
    ],
)
def test_a_dutch_reply_opening_with_its_decision(text: str, verdict: str) -> None:
    assert _verdict(text, "nl") == verdict


def test_an_acceptance_of_several_does_not_overrule_a_limit_on_one() -> None:
    text = (
        "Uw beide aanbevelingen op dit terrein neem ik over. Voor de toets vooraf kies ik wel voor een andere grens "
        "dan u voorstelt."
    )
    assert _verdict(text, "nl", "Laat meerwerk boven € 250.000 vooraf toetsen.") == "partly"
    # the same acceptance of this one recommendation alone decides
    assert (
        _verdict("Deze aanbeveling neem ik over. Ik kies wel voor een andere grens dan u voorstelt.", "nl") == "agrees"
    )


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (
            "Het kabinet deelt het doel om werkgevers minder lasten te bezorgen, maar wil zicht houden op de lonen.",
            "nl",
            "partly",
        ),
        ("Toegang tot een speelplek kan niet op iedere locatie worden gegarandeerd.", "nl", "partly"),
        (
            "The Government accepts the case for longer-term funding. Each authority will receive an allocation for "
            "three years, rather than the five-year settlement the Review proposes.",
            "en",
            "partly",
        ),
        ("The Commission will then consider whether guidance is the most appropriate instrument.", "en", "noted"),
    ],
)
def test_a_part_given_and_a_decision_put_off(text: str, lang: str, verdict: str) -> None:
    assert _verdict(text, lang) == verdict


ADVICE = "\n\n".join(
    [
        "Advies over inkoop",
        "Aanbevelingen",
        "1. Zorg ervoor dat het contractenregister van Rijkswaterstaat uiterlijk eind 2025 volledig is en alle "
        "lopende contracten bevat.",
        "2. Laat contractwijzigingen en meerwerk boven € 250.000 voortaan vooraf toetsen op rechtmatigheid en leg "
        "die toets vast in het dossier.",
        "3. Actualiseer de risicoanalyses van alle bedrijfskritische systemen van de inspectie.",
    ]
)

RESPONSE = "\n\n".join(
    [
        "Reactie van de minister",
        "Inkoop",
        "Uw beide aanbevelingen over inkoop neem ik over. Rijkswaterstaat vult het contractenregister aan met de "
        "ontbrekende contracten; uiterlijk 1 december 2025 is het register volledig. Voor de toets vooraf op "
        "contractwijzigingen en meerwerk kies ik wel voor een andere grens dan u voorstelt: de toets geldt voor "
        "wijzigingen boven € 1 miljoen.",
        "Informatiebeveiliging",
        "Aanbeveling 3 neem ik over. De risicoanalyses worden dit jaar geactualiseerd.",
    ]
)


def test_one_paragraph_answering_two_is_split_by_its_sentences(tmp_path: Path) -> None:
    """A reply of one paragraph accepts two recommendations and limits the second in a sentence of its own: the
    limit counts for the second only."""
    advice = tmp_path / "advies.txt"
    response = tmp_path / "reactie.txt"
    advice.write_text(ADVICE, encoding="utf-8")
    response.write_text(RESPONSE, encoding="utf-8")
    result = compare.compare(advice, response)
    verdicts = {p.number: p.verdict for p in result.pairs}
    assert verdicts == {"1": "agrees", "2": "partly", "3": "agrees"}, [(p.number, p.reason) for p in result.pairs]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # the agency named before its verdict: "concurs" is inside "non-concurs"
        ("HUD concurs with this recommendation. REAC will report quarterly.", "en", "agrees"),
        ("HUD non-concurs with this recommendation. Existing remedies are sufficient.", "en", "disagrees"),
        ("HUD partially concurs with this recommendation.", "en", "partly"),
        ("The Trust accepts this concern. Since May the transfer checklist requires a new assessment.", "en", "agrees"),
        (
            "The Government agrees that a clear standard is needed. We do not consider that primary legislation is "
            "necessary. Instead, the Secretary of State will issue a direction requiring delivery within 24 hours.",
            "en",
            "partly",
        ),
        ("Both are addressed to the company, which has accepted both. The Government welcomes this.", "en", "agrees"),
        ("The Government accepts the first part of this recommendation. It will amend the guidance.", "en", "partly"),
        # what is done instead of what was asked is a refusal, not a part given
        (
            "The Department does not support transferring the levy to the Revenue Commissioners. The Department will "
            "instead amend the Derelict Sites Act 1990 so that unpaid levies are a charge on the property.",
            "en",
            "disagrees",
        ),
        ("Het kabinet ziet echter geen meerwaarde in het aanwijzen van één bewindspersoon.", "nl", "disagrees"),
        (
            "Het kabinet neemt de aanbeveling om partnerschappen breder te maken dan winning alleen over.",
            "nl",
            "agrees",
        ),
        # a comma may stand between the advice and the verb that takes it over
        ("Het eerste advies van de raad, om het onderzoek gelijk te trekken, neem ik over.", "nl", "agrees"),
        ("Of een langere termijn nodig is, zal ik met de PO-Raad, de AVS en de opleidingen bezien.", "nl", "noted"),
        ("Het advies om kleine werkgevers vrij te stellen, is niet overgenomen.", "nl", "disagrees"),
        # a nader rapport: the bill or its explanation changed as advised
        ("De toelichting is aangevuld. In paragraaf 3.2 wordt nu uiteengezet wat het voorstel beoogt.", "nl", "agrees"),
        ("Het voorstel is in lijn met het advies aangevuld met een overgangsbepaling.", "nl", "agrees"),
        (
            "De regering volgt dit advies niet. Wel is de memorie van toelichting op dit punt aangevuld.",
            "nl",
            "disagrees",
        ),
        ("Een vergelijkbare regeling acht de regering op dit moment echter niet opportuun.", "nl", "disagrees"),
        ("Een landelijk maximum van twaalf kinderen kunnen wij op dit moment niet invoeren.", "nl", "disagrees"),
        (
            "Een toets vóór ingebruikname vindt het kabinet noodzakelijk. De eis dat een externe partij die toets "
            "uitvoert, neemt het kabinet niet over.",
            "nl",
            "partly",
        ),
        (
            "Het kabinet deelt de opvatting dat burgers moeten weten hoe de overheid selecteert. De criteria worden "
            "echter niet in alle gevallen volledig gepubliceerd.",
            "nl",
            "partly",
        ),
        # the negation of a question in a clause of its own ("waarom … niet geldt") is no refusal
        ("In paragraaf 9 is nu gemotiveerd waarom het voorstel niet voor Caribisch Nederland geldt.", "nl", "agrees"),
        (
            "Naar aanleiding van dit advies is in paragraaf 4.3 een overzicht opgenomen. Een rapportageplicht neemt de "
            "regering niet op.",
            "nl",
            "partly",
        ),
    ],
)
def test_verdicts_named_after_the_agency_and_parts_given(text: str, lang: str, verdict: str) -> None:
    rec = "Transfer the collection of the Derelict Sites Levy to the Revenue Commissioners." if "levy" in text else ""
    assert _verdict(text, lang, rec) == verdict


@pytest.mark.parametrize(
    ("heading", "lang", "expected"),
    [
        ("Recommendation 3 – Reject", "en", "disagrees"),
        ("Recommendations 6 and 7 – Accept in principle", "en", "partly"),
        ("Recommendation 5 — Noted", "en", "noted"),
        ("Aanbeveling 2: overgenomen", "nl", "agrees"),
        ("Recommendation 4 – Funding for schools", "en", None),  # a title, no verdict
        ("Agreed in part.", "en", "partly"),  # an action plan's verdict cell over the row
        ("Funding for schools", "en", None),
        ("Funding (Recommendations 1 and 2)", "en", None),
        # the verdict behind "Response:" and other labels of a recommendation
        ("Action Required 5 — Response: Accept", "en", "agrees"),
        ("Recommendation 4 — Government response: Accepted in part", "en", "partly"),
        ("Aanbeveling 3 – reactie: niet overgenomen", "nl", "disagrees"),
        ("Recommendation 7 – Response", "en", None),
    ],
)
def test_a_verdict_stated_in_the_replys_heading(heading: str, lang: str, expected: str | None) -> None:
    stated = verdict_labels.heading_verdict(heading, lang)
    assert (stated[0] if stated else None) == expected


def test_a_list_that_reads_its_page_column_into_the_text_is_no_fuller_text() -> None:
    """An annex lists the recommendations beside a "Page" column read into the text: the same recommendation in the
    body, whole, is kept; a summary's short form gives way to the full text."""
    from weerwoord.core.analysis import items_text
    from weerwoord.core.model import Recommendation

    body = "The Welsh Government should provide recurrent, ring-fenced funding for every secondary school."
    annex = "The Welsh Government should provide recurrent, ring- Page 6 fenced funding for every secondary school."
    short = "Recurrent funding for schools."
    kept = items_text.dedupe(
        [
            Recommendation("2", True, TextRun(body, [])),
            Recommendation("2", True, TextRun(annex, [])),
            Recommendation("3", True, TextRun(short, [])),
            Recommendation("3", True, TextRun(body, [])),
        ]
    )
    assert [r.text for r in kept] == [body, body]


@pytest.mark.parametrize(
    ("text", "rec", "verdict"),
    [
        # the evaluation asked for is under way: the noun of the verb asked for is no deferral
        (
            "De evaluatie van de Subsidieregeling Water vasthouden Drenthe is in juni 2025 gestart. Het bureau meet "
            "daarbij in 40 projecten het effect op de grondwaterstand.",
            "Laat de Subsidieregeling Water vasthouden Drenthe evalueren en meet het effect op de grondwaterstand.",
            "agrees",
        ),
        # a polite "we do not pre-empt" is no limit of what is promised
        (
            "Wij lopen niet vooruit op het oordeel van Staten. Een jaarlijkse rapportage over de voortgang, met "
            "daarin de gemeten effecten per deelgebied, zeggen wij graag toe; de eerste verschijnt in het voorjaar "
            "van 2026.",
            "Vraag Gedeputeerde Staten om jaarlijks te rapporteren over de voortgang en de gemeten effecten per "
            "deelgebied.",
            "agrees",
        ),
        (
            "Wij onderschrijven het belang van draagvlak. Wij gaan met de sector in gesprek en zullen daarna bezien "
            "welke aanpak wij kiezen.",
            "Betrek agrariërs actief bij het ontwerp van maatregelen via gebiedstafels.",
            "noted",
        ),
    ],
)
def test_deeds_and_deferrals_in_a_provincial_reply(text: str, rec: str, verdict: str) -> None:
    assert _verdict(text, "nl", rec) == verdict


@pytest.mark.parametrize(
    ("text", "rec", "verdict"),
    [
        # the analysis shared, one part done from a date, the other part refused for want of money
        (
            "Het kabinet deelt de analyse van de raad dat het zorgverlof te weinig wordt benut. Met ingang van 1 "
            "januari 2027 verruim ik het langdurend zorgverlof van zes naar negen keer de wekelijkse arbeidsduur. "
            "Voor een gedeeltelijke doorbetaling van dit verlof, met compensatie voor werkgevers, is binnen de "
            "begroting geen ruimte.",
            "Verruim het langdurend zorgverlof naar twaalf keer de wekelijkse arbeidsduur en laat werkgevers een deel "
            "daarvan doorbetalen, met compensatie door de overheid.",
            "partly",
        ),
        (
            "Sinds 1 juli 2025 is een mantelzorgwoning vergunningvrij. Het kabinet geeft daarmee invulling aan wat de "
            "raad vraagt.",
            "Neem de belemmeringen weg voor het bouwen van mantelzorgwoningen.",
            "agrees",
        ),
        (
            "Het kabinet erkent dat het regionale openbaar vervoer kwetsbaar is. Daarom stelt het kabinet voor "
            "2026 tot en met 2028 € 150 miljoen extra beschikbaar voor het regionale openbaar vervoer. Een "
            "structurele verhoging past niet binnen de huidige begrotingskaders.",
            "Verhoog de rijksbijdrage aan het regionale openbaar vervoer vanaf 2027 structureel.",
            "partly",
        ),
    ],
)
def test_a_part_done_from_a_date_and_a_part_refused(text: str, rec: str, verdict: str) -> None:
    assert _verdict(text, "nl", rec) == verdict


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (
            "The MHRA has already taken action. We consider that this recommendation has been implemented.",
            "en",
            "agrees",
        ),
        ("This work is already complete. A demand assessment was finished in October 2025.", "en", "agrees"),
        ("Dat is al staand beleid: sinds 1 januari 2026 vergoedt DJI de reiskosten volledig.", "nl", "agrees"),
        ("Het CORB is al gestart met de aanbesteding van een nieuw systeem.", "nl", "agrees"),
    ],
)
def test_done_already_is_an_acceptance(text: str, lang: str, verdict: str) -> None:
    assert _verdict(text, lang) == verdict


@pytest.mark.parametrize(
    ("heading", "verdict"),
    [
        ("Recommendation #1.2 Partially Concur", "partly"),
        ("Recommendation #2.1 Do Not Concur", "disagrees"),
        ("Recommendations #2.2 and #2.3 Concur", "agrees"),
        ("Recommendation 3 – Reject", "disagrees"),
    ],
)
def test_a_verdict_label_in_the_heading(heading: str, verdict: str) -> None:
    stated = verdict_labels.heading_verdict(heading, "en")
    assert stated is not None and stated[0] == verdict


def test_a_title_in_the_heading_is_no_verdict() -> None:
    assert verdict_labels.heading_verdict("Recommendation 3 Funding for the regions", "en") is None


def test_a_progress_status_opening_the_reply() -> None:
    text = "Partially implemented. The Department has decided to add two criteria to the existing framework instead."
    assert _verdict(text, "en") == "partly"


@pytest.mark.parametrize(
    ("reply", "lang", "expected"),
    [
        # an action plan's status cell under what was done
        ("All cupboards fitted with digital locks.\n\nChief Pharmacist\n\nGreen – complete", "en", "agrees"),
        ("Training for all ward staff.\n\nStatus: in progress", "en", "agrees"),
        ("Nieuwe werkinstructie voor de balie.\n\nAfgerond", "nl", "agrees"),
        # the same word opening a sentence is no status
        ("Complete restructuring of the service is not planned.", "en", None),
        ("Afgerond wordt er pas in 2027, als de wet is gewijzigd.", "nl", None),
    ],
)
def test_a_status_cell_on_its_own_is_a_verdict(reply: str, lang: str, expected: str | None) -> None:
    got = _verdict(reply, lang, "Restructure the service and train all ward staff.")
    assert got == expected if expected else got != "agrees"
