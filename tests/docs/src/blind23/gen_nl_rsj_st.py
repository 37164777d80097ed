"""Blind round 23 (nl): advies van de Raad voor Strafrechtstoepassing en Jeugdbescherming (RSJ) over verlof en
re-integratie in de justitiële jeugdinrichtingen, met zeven adviezen als letters a.-g. (advies e. met sub-punten
(i) en (ii)) in een slothoofdstuk, voorafgegaan door een samenvatting die ze in eigen woorden noemt; en de
beleidsreactie van de staatssecretaris van Justitie en Veiligheid als Kamerbrief ('ik') die de adviezen met
rangtelwoorden aanduidt ('het eerste en het tweede advies', 'het vierde advies'), per thema en in een andere
volgorde, met een contextsectie die niets beantwoordt en één advies onbeantwoord.
Engine: PyMuPDF Story (HTML + CSS, Liberation fonts), A4.
Run: /tmp/blind23nl/bin/python tests/docs/src/blind23/gen_nl_rsj_st.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b23nl as H

NAME = "blind23_nl_rsj"
T = "Met verlof naar huis"
SUB = "Advies over verlof en re-integratie in de justitiële jeugdinrichtingen"
A = {
    "a": "Zorg ervoor dat iedere jongere uiterlijk zes weken na binnenkomst een individueel verlofplan heeft, "
         "dat met de jongere, zijn ouders en de jeugdreclassering is besproken.",
    "b": "Verkort de termijn waarbinnen de directeur op een verlofaanvraag beslist van vier weken naar ten "
         "hoogste tien werkdagen.",
    "c": "Maak het mogelijk dat jongeren die een eerste verlof zonder incidenten hebben doorlopen, daarna ook "
         "zonder begeleiding van een groepsleider op verlof gaan.",
    "d": "Stel per inrichting een onafhankelijke verlofcommissie in die de directeur adviseert over elke "
         "afwijzing van een verlofaanvraag.",
    "e": "Neem de praktische drempels voor verlof weg, in het bijzonder door:<br/>"
         "(i) de reiskosten van jongeren en hun begeleiders volledig te vergoeden;<br/>"
         "(ii) vervoer te regelen voor jongeren van wie het verlofadres niet met het openbaar vervoer "
         "bereikbaar is.",
    "f": "Spreek met de Vereniging van Nederlandse Gemeenten af dat gemeenten al tijdens het verblijf een "
         "vast contactpersoon voor iedere jongere aanwijzen.",
    "g": "Rapporteer jaarlijks aan de Tweede Kamer over het aantal verleende en geweigerde verloven per "
         "inrichting en over de redenen van weigering.",
}


def advice():
    return [
        ("cover", [("Raad voor Strafrechtstoepassing en Jeugdbescherming", 12, True, 4),
                   ("Advies", 12, False, 90), (T, 26, True, 6), (SUB, 14, False, 6),
                   ("Den Haag, 12 februari 2026", 11, False, 24),
                   ("Dit advies is vastgesteld in de raadsvergadering van 29 januari 2026 en uitgebracht aan de "
                    "staatssecretaris van Justitie en Veiligheid.", 9.5, False, 250)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "Samenvatting"),
        ("p", "Verlof is een van de belangrijkste instrumenten om een jongere voor te bereiden op het leven na de "
              "jeugdinrichting. De Raad constateert dat verlof in de praktijk laat, traag en ongelijk wordt "
              "toegekend. Jongeren wachten lang op een besluit, mogen vaak alleen onder begeleiding weg en zien "
              "hun verlof sneuvelen op praktische problemen zoals reiskosten."),
        ("p", "De Raad vraagt de staatssecretaris daarom om vroeg in het verblijf met een verlofplan te beginnen, "
              "sneller te beslissen, meer ruimte te geven voor onbegeleid verlof en de praktische drempels weg "
              "te nemen. Daarnaast pleit de Raad voor een onafhankelijke toets van afwijzingen, voor betere "
              "aansluiting met gemeenten en voor een jaarlijkse verantwoording aan het parlement."),
        ("h1", "1  Inleiding"),
        ("h2", "1.1  Aanleiding"),
        ("p", "De Raad voor Strafrechtstoepassing en Jeugdbescherming (RSJ) brengt dit advies uit op eigen "
              "initiatief.[[1]] Aanleiding zijn signalen uit de Commissies van Toezicht bij de justitiële "
              "jeugdinrichtingen (jji's) en uit de beklagrechtspraak van de Raad. In 2024 en 2025 behandelde de "
              "beroepscommissie van de Raad 143 beroepen tegen verlofbeslissingen, bijna twee keer zoveel als "
              "in 2021."),
        ("p", "Op grond van de Beginselenwet justitiële jeugdinrichtingen (Bjj) kan de directeur een jongere "
              "verlof verlenen om zijn terugkeer in de samenleving voor te bereiden.[[2]] Verlof maakt deel uit "
              "van het perspectiefplan dat voor iedere jongere wordt opgesteld. Het is bedoeld om contact met "
              "het gezin, school en werk te herstellen en om stap voor stap vrijheden op te bouwen."),
        ("h2", "1.2  Werkwijze"),
        ("p", "De Raad sprak met directeuren en gedragsdeskundigen van vier jji's, met 26 jongeren, met ouders, "
              "jeugdreclasseerders en met medewerkers van vijf gemeenten. Daarnaast analyseerde de Raad de "
              "beroepszaken over verlof uit de jaren 2021 tot en met 2025 en de verlofcijfers die de Dienst "
              "Justitiële Inrichtingen (DJI) op verzoek van de Raad aanleverde."),
        ("notes", [(1, "Artikel 2, eerste lid, van de Wet Raad voor strafrechtstoepassing en jeugdbescherming."),
                   (2, "Artikel 3, zesde lid, Bjj en de Regeling verlof en beperkingen jeugdinrichtingen.")]),
        ("h1", "2  Bevindingen"),
        ("h2", "2.1  Verlof begint laat"),
        ("p", "Jongeren in een jji verblijven gemiddeld ruim vijf maanden in de inrichting. Een eerste verlof "
              "vindt gemiddeld pas na elf weken plaats, en voor een op de drie jongeren komt het er tijdens het "
              "verblijf helemaal niet van. Vaak wordt pas over verlof gesproken als het perspectiefplan al "
              "maanden loopt. Jongeren weten dan niet waaraan zij moeten voldoen om in aanmerking te komen."),
        ("p", "Wanneer een aanvraag eenmaal is ingediend, duurt het lang voordat de directeur beslist. De "
              "regeling kent een termijn van vier weken, maar de Raad trof dossiers aan waarin zes tot acht weken "
              "verstreken. Voor een jongere die een ouder wil bezoeken of een sollicitatiegesprek heeft, is dat "
              "te laat: de gelegenheid is dan voorbij."),
        ("h2", "2.2  Begeleiding als vaste voorwaarde"),
        ("p", "In drie van de vier bezochte inrichtingen gaat een jongere standaard onder begeleiding van een "
              "groepsleider op verlof, ook na meerdere verloven zonder incidenten. Groepsleiders zijn daardoor "
              "een dag van de groep, wat bij de huidige personeelstekorten tot afgezegde verloven leidt. "
              "Jongeren ervaren de begeleiding bovendien als stigmatiserend, bijvoorbeeld op school of bij een "
              "werkgever."),
        ("h2", "2.3  Praktische drempels"),
        ("p", "Veel jongeren komen uit gezinnen met een laag inkomen. De reiskosten voor ouders die hun kind "
              "ophalen, of voor de jongere zelf, worden slechts gedeeltelijk vergoed. Jongeren van wie het "
              "verlofadres buiten de stad ligt, kunnen soms niet binnen de verloftijden heen en terug reizen. "
              "De Raad sprak een jongere die zijn verlof teruggaf omdat de reis vier uur per richting kostte."),
        ("h2", "2.4  Weigering en toetsing"),
        ("p", "Een afwijzing van een verlofaanvraag wordt vaak summier gemotiveerd. Van de beroepen die de "
              "beroepscommissie in 2025 behandelde, werd 38 procent gegrond verklaard, meestal wegens een "
              "ondeugdelijke motivering.[[3]] Jongeren en hun advocaten wijzen erop dat binnen de inrichting "
              "niemand meekijkt voordat een afwijzing de deur uitgaat."),
        ("h2", "2.5  Aansluiting op de gemeente"),
        ("p", "Gemeenten zijn verantwoordelijk voor onderwijs, huisvesting, zorg en inkomen na het verblijf. In "
              "de praktijk komt het contact met de gemeente vaak pas in de laatste weken op gang. Verlof wordt "
              "daardoor zelden benut om die voorzieningen alvast te regelen. Uit de cijfers van DJI blijkt verder "
              "dat niet per inrichting wordt bijgehouden hoeveel verloven worden geweigerd en waarom."),
        ("notes", [(3, "RSJ, Jaarverslag 2025, p. 41. Het landelijke percentage gegronde beroepen in jeugdzaken "
                       "lag in dat jaar op 24 procent.")]),
        ("h1", "3  Beschouwing"),
        ("p", "De Raad ziet verlof niet als beloning maar als onderdeel van de opdracht van de inrichting om de "
              "jongere voor te bereiden op zijn terugkeer. Dat uitgangspunt staat ook in de Bjj. Het gaat dan "
              "niet aan dat verlof afhankelijk is van de beschikbaarheid van een groepsleider, van het budget "
              "van de ouders of van de vraag of een aanvraag tijdig op het bureau van de directeur belandt."),
        ("p", "Tegelijk is de Raad zich ervan bewust dat verlof risico's meebrengt, voor de samenleving en voor de "
              "jongere zelf. Juist daarom pleit de Raad voor een zorgvuldig en vroegtijdig verlofplan, waarin de "
              "voorwaarden voor iedere stap vooraf duidelijk zijn. Een goed voorbereid verlof is veiliger dan "
              "een verlof dat op het laatste moment wordt geregeld."),
        ("h1", "4  Adviezen"),
        ("p", "Op grond van het voorgaande adviseert de Raad de staatssecretaris van Justitie en Veiligheid:"),
        ("np", "a.", A["a"]),
        ("np", "b.", A["b"]),
        ("np", "c.", A["c"]),
        ("np", "d.", A["d"]),
        ("np", "e.", A["e"]),
        ("np", "f.", A["f"]),
        ("np", "g.", A["g"]),
        ("p", "De Raad is graag bereid zijn advies toe te lichten."),
        ("p", "Raad voor Strafrechtstoepassing en Jeugdbescherming\n\nmr. W.J. Haverkamp, voorzitter\n"
              "drs. S. el Idrissi, secretaris"),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Justitie en Veiligheid</b>\nDirectoraat-Generaal Straffen en Beschermen"),
        ("p", "> Retouradres Postbus 20301 2500 EH Den Haag\n\nAan de Voorzitter van de Tweede Kamer\n"
              "der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("small", "Datum 17 april 2026\nOnderwerp Beleidsreactie op het RSJ-advies 'Met verlof naar huis'\n"
                  "Ons kenmerk 6213877"),
        ("p", "Op 12 februari 2026 heeft de Raad voor Strafrechtstoepassing en Jeugdbescherming (RSJ) het advies "
              "'Met verlof naar huis' uitgebracht over verlof en re-integratie in de justitiële jeugdinrichtingen. "
              "Met deze brief bied ik u het advies aan en geef ik mijn reactie. Ik dank de Raad voor het heldere "
              "advies en voor de gesprekken die hij met jongeren en hun ouders heeft gevoerd."),
        ("h3", "Context: capaciteit en personeel"),
        ("p", "Het advies verschijnt op een moment dat de jeugdinrichtingen onder druk staan. De bezetting lag in "
              "2025 gemiddeld op 94 procent en het verloop onder groepsleiders is hoog.[[1]] Ik heb uw Kamer "
              "eerder geïnformeerd over de maatregelen om personeel te werven en te behouden. Die maatregelen "
              "zijn ook van belang voor de uitvoering van de voorstellen in dit advies, maar bespreek ik hier "
              "niet opnieuw."),
        ("h3", "Verlofplan en beslistermijn"),
        ("p", "Ik onderschrijf het uitgangspunt van de Raad dat verlof onderdeel is van de voorbereiding op "
              "terugkeer en geen beloning. Het eerste en het tweede advies neem ik daarom over. DJI zal het "
              "perspectiefplan zo aanpassen dat vanaf 1 september 2026 voor iedere jongere binnen zes weken na "
              "binnenkomst een verlofplan wordt opgesteld. De Regeling verlof en beperkingen jeugdinrichtingen "
              "wordt per 1 januari 2027 gewijzigd, zodat de directeur binnen tien werkdagen op een "
              "verlofaanvraag beslist."),
        ("h3", "Begeleid en onbegeleid verlof"),
        ("p", "Het derde advies neem ik in beginsel over. Ik ben het met de Raad eens dat standaard begeleiding "
              "na een aantal geslaagde verloven niet nodig is. Een vaste regel dat na één verlof zonder "
              "incidenten onbegeleid verlof volgt, gaat mij echter te ver. Of een jongere zonder begeleiding op "
              "verlof kan, blijft een beslissing per geval, op advies van de gedragsdeskundige. Ik vraag DJI wel "
              "om die afweging voortaan na het tweede verlof expliciet te maken en vast te leggen."),
        ("h3", "Reiskosten en vervoer"),
        ("p", "De Raad vraagt in het vijfde advies om de praktische drempels weg te nemen. Dat is al staand "
              "beleid: sinds 1 januari 2026 vergoedt DJI de reiskosten van de jongere en van één begeleidende "
              "ouder volledig, op basis van het tarief van het openbaar vervoer. Voor jongeren van wie het "
              "verlofadres slecht bereikbaar is, zet DJI het eigen vervoerscontract in. Ik zal DJI vragen de "
              "inrichtingen hierover opnieuw te informeren, omdat de Raad signaleert dat dit niet overal bekend "
              "is."),
        ("h3", "Toetsing van afwijzingen"),
        ("p", "Het vierde advies betreft een onafhankelijke verlofcommissie per inrichting. Ik deel de zorg van "
              "de Raad over de kwaliteit van de motivering van afwijzingen, maar niet de conclusie dat daarvoor "
              "een nieuwe commissie nodig is. Jongeren kunnen al in beklag en beroep gaan, en de Commissies van "
              "Toezicht houden toezicht op de inrichting. Een extra commissie voegt daar naar mijn oordeel weinig "
              "aan toe en vergt capaciteit die beter op de groep kan worden ingezet. Ik ga wel met DJI na hoe de "
              "motivering van afwijzingen kan verbeteren, onder meer met een vast format."),
        ("h3", "Aansluiting met gemeenten"),
        ("p", "Het zesde advies richt zich op afspraken met de gemeenten. Gemeenten zijn zelf verantwoordelijk "
              "voor de nazorg, en ik ga daar niet over. Ik neem kennis van het advies en zal het betrekken bij "
              "het bestuurlijk overleg met de VNG in het najaar, waar de landelijke afspraken over nazorg "
              "opnieuw worden bezien."),
        ("h3", "Tot slot"),
        ("p", "Ik ben de Raad erkentelijk voor zijn advies. Ik zal uw Kamer in de voortgangsbrief over het "
              "justitiële jeugdbeleid, die ik voor het einde van dit jaar verwacht, informeren over de stand "
              "van zaken."),
        ("p", "De Staatssecretaris van Justitie en Veiligheid,\n\n\nM.C. Brouwer-Lindeman"),
        ("notes", [(1, "DJI, Jaarbericht 2025, hoofdstuk 4 (justitiële jeugdinrichtingen).")]),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "a", "starts_with": "Zorg ervoor dat iedere jongere uiterlijk zes weken na binnenkomst",
         "reply_contains": "voor iedere jongere binnen zes weken na binnenkomst een verlofplan",
         "verdict": "agrees"},
        {"number": "b", "starts_with": "Verkort de termijn waarbinnen de directeur op een verlofaanvraag beslist",
         "reply_contains": "de directeur binnen tien werkdagen op een verlofaanvraag beslist",
         "verdict": "agrees"},
        {"number": "c", "starts_with": "Maak het mogelijk dat jongeren die een eerste verlof zonder incidenten",
         "reply_contains": "Het derde advies neem ik in beginsel over", "verdict": "partly"},
        {"number": "d", "starts_with": "Stel per inrichting een onafhankelijke verlofcommissie in",
         "reply_contains": "maar niet de conclusie dat daarvoor een nieuwe commissie nodig is",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "e", "starts_with": "Neem de praktische drempels voor verlof weg, in het bijzonder door",
         "reply_contains": "vergoedt DJI de reiskosten van de jongere en van", "verdict": "agrees"},
        {"number": "f", "starts_with": "Spreek met de Vereniging van Nederlandse Gemeenten af",
         "reply_contains": "Ik neem kennis van het advies en zal het betrekken", "verdict": "noted"},
        {"number": "g", "starts_with": "Rapporteer jaarlijks aan de Tweede Kamer over het aantal verleende",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [
        "Met deze brief bied ik u het advies aan en geef ik mijn reactie",
        "De bezetting lag in 2025 gemiddeld op 94 procent",
        "informeren over de stand van zaken",
    ],
    "notes": "RSJ advice (ongevraagd advies) laid out with PyMuPDF Story: cover, contents, a 'Samenvatting' that "
             "paraphrases all seven recommendations in one run-on sentence (must not be taken as the "
             "recommendations), findings 2.1-2.5 and a 'Beschouwing', then chapter 4 'Adviezen' with a lead-in "
             "sentence and lettered items a.-g. in a hanging-label column; e. has sub-points (i) and (ii) that "
             "belong to e. and are not separate recommendations. Response: Kamerbrief of the staatssecretaris "
             "JenV ('ik') with italic thematic sub-headings and no letters at all: the advice is referred to by "
             "ordinals ('Het eerste en het tweede advies neem ik ... over', 'het vijfde advies', 'Het vierde "
             "advies', 'Het zesde advies'), so the reader must map ordinals to letters. Order: context section "
             "(answers nothing, unmatched), a+b in one paragraph (both agree, each with its own concrete "
             "commitment), c partly ('in beginsel over ... gaat mij echter te ver'), e agrees ('Dat is al "
             "staand beleid'), d disagrees ('Ik deel de zorg ... maar niet de conclusie'; an 'Ik ga wel ... na' "
             "softener follows, hence also partly), f noted ('ik ga daar niet over. Ik neem kennis van ... zal "
             "het betrekken bij'), closing 'Tot slot' (unmatched). g (annual report to the Kamer) is not "
             "answered; the closing promise of a voortgangsbrief is not a reply to g.",
}

if __name__ == "__main__":
    kw = dict(header=f"RSJ  |  {T}  |  12 februari 2026", footer="{page}", title=f"{T} - {SUB}",
              accent="#6b2d5c", body="serif", size=10.5)
    H.build(H.st_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ministerie van Justitie en Veiligheid  |  Ons kenmerk 6213877",
              footer=lambda n: f"Pagina {n}", title="Beleidsreactie RSJ-advies Met verlof naar huis",
              accent="#154273", body="sans", size=10)
    H.build(H.st_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    sys.exit(0 if H.check(NAME) else 1)
