"""Replies with no verdict in words: what they do on the recommendation's subject decides (analysis/deeds.py).

The texts are written for this test in the forms public bodies use (an action plan's row, a letter's paragraph);
each case would fail if deeds were ignored (the old fallback said "noted" to all of them) or counted too freely.
"""

from __future__ import annotations

import pytest

from weerwoord.core.analysis import deeds, stance
from weerwoord.core.analysis.phrases import phrase_book
from weerwoord.core.analysis.spans import sentence_spans
from weerwoord.core.model import TextRun


def _verdict(reply: str, lang: str, rec: str) -> tuple[str, str]:
    marks = stance.find_marks(TextRun(reply, []), lang, rec)
    return stance.verdict(marks, reply, lang, rec)


CUPBOARDS = (
    "The trust must ensure that medicines are stored securely and at the correct temperature in all areas of the "
    "emergency department."
)
NURSES = "The trust must ensure that there are enough registered children's nurses on every shift in the ward."
TRAINING = "Provide annual training on dam safety inspections to all regional engineers."
ZORGPLAN = (
    "Zorgverleners stellen het zorgleefplan samen met de bewoner op en evalueren het zorgleefplan twee keer per jaar "
    "in een multidisciplinair overleg."
)


@pytest.mark.parametrize(
    ("reply", "lang", "rec", "want"),
    [
        # an action plan's row: what was fitted and installed, no "accepted" anywhere
        (
            "All medicines cupboards in the emergency department fitted with digital locks on 10 February 2025. "
            "New temperature-monitored fridges with remote alarms installed in resus and majors.",
            "en",
            CUPBOARDS,
            "agrees",
        ),
        # done in part, and the rest not before a date
        (
            "From June 2025 two registered children's nurses on every day shift. "
            "Full cover of night shifts with registered children's nurses is not expected before April 2026.",
            "en",
            NURSES,
            "partly",
        ),
        # the decision put off: a study of the need, with a date, is no deed
        (
            "The bureau will evaluate the need for annual training as part of its 2026 workforce review and will "
            "inform the inspector of the outcome. Target date: March 31, 2026.",
            "en",
            TRAINING,
            "noted",
        ),
        # passed to someone else
        (
            "Training of regional engineers is a matter for the regional directors. We will share the report on "
            "dam safety training with them by June 2025.",
            "en",
            TRAINING,
            "noted",
        ),
        # the recommendation repeated is no deed, even with a date in it
        (
            "The inspector recommended that annual training on dam safety inspections be provided from 2025.",
            "en",
            TRAINING,
            "noted",
        ),
        (
            "Alle zorgleefplannen die langer dan een jaar niet zijn besproken, zijn uiterlijk 1 februari 2025 "
            "geëvalueerd. Vanaf maart 2025 plant iedere verzorgende twee multidisciplinaire overleggen per jaar "
            "voor het zorgleefplan van haar bewoners.",
            "nl",
            ZORGPLAN,
            "agrees",
        ),
        # an evaluation under way is a decision put off (the recommendation asks for no evaluation)
        (
            "Het beleidskader voor het zorgleefplan wordt op dit moment geëvalueerd; de resultaten over het "
            "multidisciplinair overleg worden eind 2025 verwacht.",
            "nl",
            "Stel het zorgleefplan samen met de bewoner op en bespreek het twee keer per jaar in een multidisciplinair "
            "overleg.",
            "noted",
        ),
        (
            "Wij bezien in 2025 of een multidisciplinair overleg over het zorgleefplan twee keer per jaar haalbaar "
            "is, en wachten daarvoor de evaluatie van de pilot af.",
            "nl",
            ZORGPLAN,
            "noted",
        ),
        # what was to change stays as it is: done in part ("één loket", but two schemes with their own rules)
        (
            "Vanaf 2026 opent de gemeente één digitaal loket voor bijzondere bijstand en de energietoeslag. Beide "
            "regelingen blijven wel bestaan, elk met een eigen aanvraagformulier.",
            "nl",
            "Voeg de bijzondere bijstand en de energietoeslag samen tot één regeling met één loket.",
            "partly",
        ),
        (
            "From April 2026 one online portal will take applications for both grants. The two grant schemes will "
            "remain separate, each with its own eligibility rules.",
            "en",
            "Merge the home insulation grant and the heat pump grant into one scheme with one application portal.",
            "partly",
        ),
        # what exists already, then the recommendation taken as a reason to explore: the answer is put off
        (
            "Huurders kunnen nu al een klacht indienen bij de huurcommissie. Wij zien uw aanbeveling als aanleiding "
            "om te verkennen of die route sneller kan; wij komen daar in het najaar van 2026 op terug.",
            "nl",
            "Richt een onafhankelijk meldpunt op voor klachten van huurders over achterstallig onderhoud.",
            "noted",
        ),
        # what the recommendation would close stays open, and nothing else is done: a refusal
        (
            "The Tilburg office is the only one in the region and serves the flood response. The office will "
            "therefore be retained.",
            "en",
            "Close the regional office in Tilburg and move its staff to the Breda office.",
            "disagrees",
        ),
        (
            "Het loket in Zwolle blijft open, omdat veel inwoners zonder computer er hun aanvraag doen.",
            "nl",
            "Sluit het loket in Zwolle en laat inwoners hun aanvraag voortaan digitaal indienen.",
            "disagrees",
        ),
    ],
)
def test_what_a_reply_does_decides_when_it_says_no_verdict(reply: str, lang: str, rec: str, want: str) -> None:
    verdict, reason = _verdict(reply, lang, rec)
    assert verdict == want, reason


def test_a_verdict_in_words_still_decides_over_deeds() -> None:
    reply = (
        "The Government does not accept this recommendation. From 2025 the trust will fit digital locks to the "
        "medicines cupboards in the emergency department only."
    )
    assert _verdict(reply, "en", CUPBOARDS)[0] != "agrees"


def test_the_reason_quotes_the_deed() -> None:
    reply = "All medicines cupboards in the emergency department fitted with digital locks on 10 February 2025."
    verdict, reason = _verdict(reply, "en", CUPBOARDS)
    assert verdict == "agrees"
    assert "digital locks" in reason


def test_a_verb_the_recommendation_asks_for_is_no_deferral() -> None:
    rec = "The landlord should review all complaints about damp and mould closed since April 2022."
    reply = "We will review every damp and mould complaint closed since April 2022 by the end of March 2026."
    text = reply
    found = deeds.find(text, rec, phrase_book("en"), sentence_spans(text))
    assert found.done, "reviewing is what was asked here, not a way of putting it off"


def test_a_review_as_a_thing_does_not_name_the_advice() -> None:
    # "review" is both a put-off verb and the name of an advisory body's report ("the Review"); in "transport
    # reviews … every annual review" it is neither the advice named nor a double put-off, so it does not outweigh
    # what is already done
    rec = (
        "The Education Authority should establish a dedicated transport helpline for parents of children with "
        "special educational needs, open from 7.30am on school days."
    )
    reply = (
        "The Authority already operates a dedicated special educational needs transport line, which opened in "
        "September 2024 and is staffed from 7.30am to 6pm on school days. Revised guidance for transport reviews, "
        "to be issued by March 2026, will require children's views to be recorded at every annual review."
    )
    verdict, reason = _verdict(reply, "en", rec)
    assert verdict == "agrees", reason


@pytest.mark.parametrize(
    ("rec", "reply"),
    [
        # the very act asked for, dated, in other words around it: an ombudsman's remedy done
        (
            "Apologise to Mrs C for the delay in responding to her complaint.",
            "I wrote to Mrs C on 3 March 2025 to apologise for the failings in her father's care.",
        ),
        # "share" is a put-off word ("will share our thinking"), but not where sharing is what was asked
        (
            "Share our findings with the consultant responsible for Mr A's care.",
            "Your findings were shared with the consultant concerned, who discussed them at her appraisal on "
            "27 February 2025.",
        ),
        # the negation repeats what the apology was asked for: no limit on the deed
        (
            "Apologise to Mrs C for the delay in responding to her complaint and for not keeping her informed.",
            "I wrote to Mrs C on 3 March 2025 to apologise. The same letter apologised for the time we took to answer "
            "her complaint and for not keeping her informed.",
        ),
    ],
)
def test_the_act_asked_for_done_is_agreement(rec: str, reply: str) -> None:
    verdict, reason = _verdict(reply, "en", rec)
    assert verdict == "agrees", reason


def test_an_act_asked_for_but_refused_is_no_deed() -> None:
    rec = "Apologise to Mrs C for the delay in responding to her complaint."
    reply = "We will not apologise to Mrs C, as the delay of March 2025 was caused by her own representative."
    assert _verdict(reply, "en", rec)[0] != "agrees"


def test_a_word_of_passing_on_the_recommendation_says_itself_passes_nothing_on() -> None:
    # "vragen" passes a matter to others ("wij vragen de provincie …"), but here asking is what the letter must say
    rec = "Wijs bezwaarmakers in de ontvangstbevestiging op de mogelijkheid om een vergoeding van de kosten te vragen."
    reply = (
        "De ontvangstbevestiging passen wij aan: zij noemt vanaf 1 augustus 2025 de mogelijkheid om vergoeding van "
        "de kosten van een advocaat te vragen."
    )
    verdict, reason = _verdict(reply, "nl", rec)
    assert verdict == "agrees", reason


@pytest.mark.parametrize(
    ("rec", "reply", "lang", "want"),
    [
        # the passive says what is done: "wordt opgenomen", "worden aangeplant"
        (
            "Maak een bomenplan dat voor elke gekapte boom op openbaar domein twee nieuwe bomen voorziet, bij "
            "voorkeur in dezelfde wijk.",
            "Het bomenplan wordt opgenomen als nieuwe actie 31: voor elke gekapte boom op openbaar domein worden "
            "twee bomen aangeplant, zo mogelijk in dezelfde wijk.",
            "nl",
            "agrees",
        ),
        # … and so does the English one, with the act asked for named by a noun of its verb ("pay" → "payments")
        (
            "pay Mrs Dunmore £1,250 in recognition of the distress caused by the failings in discharge planning.",
            "Both payments were made to Mrs Dunmore by bank transfer. Remittance advice sent to the Ombudsman.",
            "en",
            "agrees",
        ),
        # the one thing the recommendation opens by asking for, done at a date
        (
            "Richt een klimaatforum op waarin inwoners, verenigingen en ondernemers jaarlijks de voortgang "
            "bespreken met het college.",
            "Het klimaatforum, ten slotte, wordt in het voorjaar van 2026 voor het eerst samengeroepen.",
            "nl",
            "agrees",
        ),
        # what happened is no deed: "zijn opgelopen", and a noun in "-heid" is no participle
        (
            "De Vlaamse Regering zorgt voor voldoende middelen voor de diensten ondersteuningsplan, zodat iedere "
            "aanvrager binnen twee maanden hulp krijgt.",
            "Wat de diensten ondersteuningsplan betreft, erken ik dat de wachttijden er te lang zijn opgelopen. Het "
            "ondersteuningsplan is een gedeelde verantwoordelijkheid van de diensten en de aanvrager.",
            "nl",
            "noted",
        ),
        # another body named as the one that does it ("door het College"), or only "could be" done
        (
            "Richt een centraal digitaal onthaal in voor ondernemingen en advocaten, zodat vragen over dossiers "
            "niet langer per kamer worden behandeld.",
            "Het digitale onthaal van de hoven en rechtbanken wordt centraal ontwikkeld door het College van de "
            "hoven en rechtbanken.",
            "nl",
            "noted",
        ),
        (
            "Publish the inspection reports of all registered providers on the authority's website.",
            "The inspection reports could have been made available on the authority's website.",
            "en",
            "noted",
        ),
        # taking note, then passing it on: no deed of the replying body
        (
            "Vraag de provincie de maximumsnelheid op de Kroonlandseweg te verlagen naar 60 km per uur.",
            "Wij hebben kennisgenomen van dit advies en zullen het doorgeven aan de provincie, die de "
            "maximumsnelheid in 2026 bestudeert.",
            "nl",
            "noted",
        ),
    ],
)
def test_a_passive_or_the_thing_asked_for_tells_a_deed(rec: str, reply: str, lang: str, want: str) -> None:
    verdict, reason = _verdict(reply, lang, rec)
    assert verdict == want, reason
