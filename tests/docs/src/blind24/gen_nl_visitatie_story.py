"""blind24_nl_visitatie: report of a bestuurlijke visitatiecommissie of an (invented) water board and the dagelijks
bestuur's reaction to the algemeen bestuur, grouped by verdict. Engine: PyMuPDF Story (HTML + CSS, DejaVu Sans)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _b24nl import check, out, story_build, write_expected  # noqa: E402

NAME = "blind24_nl_visitatie"

CSS = """
body { font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 1.35; }
p.title { font-size: 21pt; font-weight: bold; color: #00607a; margin-bottom: 4pt; }
p.sub { font-size: 13pt; color: #00607a; margin-bottom: 12pt; }
p.meta { font-size: 8.5pt; color: #666666; margin-bottom: 12pt; }
h1 { font-size: 14pt; color: #00607a; margin-top: 12pt; margin-bottom: 5pt; }
h2 { font-size: 11pt; margin-top: 8pt; margin-bottom: 3pt; }
h3 { font-size: 10pt; font-style: italic; font-weight: normal; margin-bottom: 2pt; }
p.cell { font-size: 9pt; margin-bottom: 0; }
p.fn { font-size: 7.5pt; margin-bottom: 1pt; }
p.small { font-size: 8.5pt; color: #444444; }
p.boxtitle { color: #00607a; margin-bottom: 3pt; }
p.boxp { margin-bottom: 3pt; }
p.rec { margin-left: 22pt; text-indent: -22pt; margin-bottom: 5pt; }
p.subrec { margin-left: 44pt; text-indent: -18pt; margin-bottom: 4pt; }
ul { margin-top: 0; }
li { margin-bottom: 3pt; }
"""

advice = [
    ("meta", ["Bestuurlijke visitatie waterschappen 2025  |  Waterschap Dommelvliet",
              "Rapport van de visitatiecommissie  |  oktober 2025"]),
    ("title", "Stromend bestuur"),
    ("sub", "Rapport van de visitatiecommissie Waterschap Dommelvliet"),
    ("h1", "Voorwoord"),
    ("p", "In het voorjaar van 2025 vroeg het algemeen bestuur van Waterschap Dommelvliet ons om als "
          "visitatiecommissie een spiegel voor te houden. Dat hebben wij met plezier gedaan. Wij troffen een "
          "waterschap met vakkundige medewerkers en een betrokken bestuur, dat tegelijk worstelt met de vraag hoe "
          "het de opgaven van klimaat, droogte en betaalbaarheid tegelijk het hoofd kan bieden."),
    ("p", "De visitatie is een collegiale toets, geen inspectie of audit. Onze bevindingen en aanbevelingen zijn "
          "bedoeld als bijdrage aan het gesprek dat het bestuur met zichzelf en met de omgeving voert.<sup>1</sup>"),
    ("p", "<i>Drs. W.F. Hoekstra-Lamers, voorzitter van de visitatiecommissie</i>"),
    ("h1", "1  Opzet van de visitatie"),
    ("p", "De visitatie volgt het landelijke kader dat de waterschappen samen hebben opgesteld. De commissie "
          "bestond uit een oud-dijkgraaf, een oud-wethouder, een hoogleraar waterbeheer en een "
          "bestuurskundige. Zij voerde in juni en juli 2025 gesprekken met 46 personen binnen en buiten het "
          "waterschap, las de belangrijkste beleids- en verantwoordingsdocumenten en bezocht twee projecten in "
          "het veld."),
    ("table", ["Perspectief", "Centrale vraag"],
     [["Bestuur", "Stuurt het bestuur op heldere doelen en legt het daarover verantwoording af?"],
      ["Omgeving", "Kent het waterschap zijn partners en inwoners, en kennen zij het waterschap?"],
      ["Organisatie", "Is de organisatie toegerust op de opgaven van de komende tien jaar?"],
      ["Financiën", "Zijn de lasten voor inwoners en bedrijven beheersbaar en uitlegbaar?"]], [0.25, 0.75]),
    ("small", "Tabel 1. De vier perspectieven van de visitatie."),
    ("h1", "2  Beeld van het waterschap"),
    ("p", "Dommelvliet beheert het watersysteem in een gebied van ruim 1.900 km² met veertien gemeenten, een "
          "intensieve landbouw en snelgroeiende stedelijke kernen. De droge zomers van 2018, 2020 en 2022 hebben "
          "diepe sporen nagelaten. Het waterschap heeft daarop met een eigen droogteprogramma gereageerd."),
    ("p", "De commissie ziet veel dat goed gaat:"),
    ("ul", ["de technische kennis in de organisatie is hoog en wordt door partners gewaardeerd;",
            "het waterschap heeft de dijkversterkingen langs de Maas op tijd en binnen budget afgerond;",
            "de samenwerking met de provincie over grondwater is de afgelopen jaren sterk verbeterd."]),
    ("fn", ["<sup>1</sup> De commissie dankt de ambtelijke secretaris, mevrouw L. Brandsma, voor de "
            "voorbereiding en de verslaglegging van de gesprekken."]),
    ("h1", "3  Bevindingen"),
    ("h2", "3.1  Bestuur"),
    ("p", "Het bestuursprogramma 2023-2027 is ambitieus maar weinig concreet. Het bevat 31 voornemens, waarvan "
          "slechts vijf meetbaar zijn geformuleerd. Het algemeen bestuur ontvangt uitvoerige rapportages, maar "
          "leden geven aan dat zij moeilijk kunnen beoordelen of het waterschap op koers ligt."),
    ("h2", "3.2  Omgeving"),
    ("p", "Gemeenten waarderen de deskundigheid van het waterschap, maar vinden het lastig om de juiste persoon te "
          "vinden. Bij ruimtelijke plannen schuift het waterschap vaak laat aan. Agrariërs en inwoners voelen "
          "zich bij peilbesluiten pas gehoord als er al een ontwerp ligt. Twee recente peilbesluiten leidden tot "
          "bezwaarprocedures die mogelijk voorkomen hadden kunnen worden."),
    ("h2", "3.3  Organisatie"),
    ("p", "Het waterschap kampt met vacatures in technische functies, zoals hydrologen en "
          "procestechnologen, die gemiddeld meer dan zes maanden openstaan. Kennis over droogte en grondwater is "
          "verspreid over vier afdelingen en wordt niet altijd gedeeld."),
    ("h2", "3.4  Financiën"),
    ("p", "De waterschapsbelasting is sinds 2020 met gemiddeld 7,8 procent per jaar gestegen, meer dan bij "
          "vergelijkbare waterschappen. De meerjarenraming laat tot 2030 een verdere stijging zien. Het bestuur "
          "heeft geen expliciete keuze gemaakt over de maximaal aanvaardbare lastenontwikkeling. Gezamenlijke "
          "inkoop met de buurwaterschappen vindt alleen incidenteel plaats."),
    ("h1", "4  Aanbevelingen"),
    ("p", "Op grond van deze bevindingen doet de commissie de volgende aanbevelingen. Zij richt zich daarbij tot "
          "het bestuur als geheel; waar het om een taak van het algemeen bestuur gaat, staat dat vermeld."),
    ("raw", '<p class="rec"><b>1.</b>&nbsp;&nbsp;&nbsp;&nbsp;Formuleer als algemeen bestuur een beperkt aantal '
            'meetbare doelen voor de bestuursperiode en evalueer die jaarlijks in een openbare vergadering.</p>'),
    ("raw", '<p class="rec"><b>2.</b>&nbsp;&nbsp;&nbsp;&nbsp;Versterk de verbinding met de omgeving, in het '
            'bijzonder door:</p>'),
    ("raw", '<p class="subrec">a.&nbsp;&nbsp;&nbsp;een vast aanspreekpunt per gemeente aan te wijzen voor '
            'ruimtelijke plannen en klimaatadaptatie;</p>'),
    ("raw", '<p class="subrec">b.&nbsp;&nbsp;&nbsp;inwoners en agrariërs al in de verkenningsfase van een '
            'peilbesluit te betrekken.</p>'),
    ("raw", '<p class="rec"><b>3.</b>&nbsp;&nbsp;&nbsp;&nbsp;Stel een meerjarige investeringsstrategie op die de '
            'stijging van de waterschapsbelasting tot 2030 begrenst.</p>'),
    ("raw", '<p class="rec"><b>4.</b>&nbsp;&nbsp;&nbsp;&nbsp;Maak de organisatie wendbaar:</p>'),
    ("raw", '<p class="subrec">a.&nbsp;&nbsp;&nbsp;bouw een strategische personeelsplanning op voor technische '
            'functies die nu al moeilijk vervulbaar zijn;</p>'),
    ("raw", '<p class="subrec">b.&nbsp;&nbsp;&nbsp;bundel de kennis over droogte en grondwater in één '
            'programmateam.</p>'),
    ("raw", '<p class="rec"><b>5.</b>&nbsp;&nbsp;&nbsp;&nbsp;Leg de samenwerking met de buurwaterschappen vast in '
            'een convenant met concrete afspraken over gezamenlijke inkoop en kennisdeling.</p>'),
    ("h1", "5  Tot slot"),
    ("p", "De commissie heeft Dommelvliet leren kennen als een waterschap dat open staat voor reflectie. Zij "
          "adviseert het bestuur om over twee jaar, halverwege de volgende bestuursperiode, zelf de balans op te "
          "maken van wat met dit rapport is gedaan."),
]

response = [
    ("meta", ["Waterschap Dommelvliet  |  Postbus 3150, 5203 DC 's-Hertogenbosch"]),
    ("title", "Reactie dagelijks bestuur op het visitatierapport"),
    ("table", ["Aan", "Van", "Datum", "Zaaknummer"],
     [["Algemeen bestuur", "Dagelijks bestuur", "25 november 2025", "DV-2025-004812"]], [0.25, 0.25, 0.25, 0.25]),
    ("h2", "Algemene reactie"),
    ("p", "Het dagelijks bestuur is de visitatiecommissie erkentelijk voor haar open en scherpe blik. Het rapport "
          "bevestigt wat wij zelf ook zien: een sterke organisatie die nog te weinig naar buiten kijkt. Wij "
          "leggen u hieronder per soort reactie voor hoe wij met de aanbevelingen willen omgaan. Het algemeen "
          "bestuur neemt over deze reactie op 10 december 2025 een besluit."),
    ("h2", "Aanbevelingen die wij overnemen"),
    ("p", "<b>Meetbare bestuursdoelen.</b> Wij stellen het algemeen bestuur voor om in maart 2026 vijf tot zeven "
          "meetbare doelen vast te stellen voor de rest van de bestuursperiode, met een jaarlijkse openbare "
          "evaluatie bij de jaarrekening."),
    ("p", "<b>Een vast gezicht voor gemeenten.</b> Per 1 januari 2026 heeft iedere gemeente in ons gebied een "
          "eigen accountmanager die ruimtelijke plannen en klimaatadaptatie in één hand houdt."),
    ("p", "<b>Personeelsplanning.</b> Hier zijn wij al mee bezig: de strategische personeelsplanning voor de "
          "technische functies is in september 2025 vastgesteld en wordt nu uitgevoerd, onder meer met een "
          "eigen traineeprogramma."),
    ("h2", "Aanbevelingen die wij gedeeltelijk overnemen"),
    ("p", "<b>Vroeg betrekken bij peilbesluiten.</b> Bij grote peilbesluiten organiseren wij voortaan in de "
          "verkenningsfase keukentafelgesprekken en een informatieavond. Voor kleine peilaanpassingen "
          "houden wij vast aan de huidige procedure, omdat een uitgebreide verkenning daar niet in "
          "verhouding staat tot het belang."),
    ("h2", "Aanbevelingen die wij niet overnemen"),
    ("p", "<b>Een plafond voor de lastenstijging.</b> Wij begrijpen de zorg over de stijging van de "
          "waterschapsbelasting. Een vooraf vastgelegd maximum vinden wij echter niet verstandig, omdat de "
          "wettelijke normen voor waterveiligheid en waterkwaliteit ons weinig ruimte laten om investeringen uit "
          "te stellen. Wij kiezen wel voor meer transparantie over de lastenontwikkeling in de begroting."),
    ("h2", "Waar wij anderen nodig hebben"),
    ("p", "<b>Convenant met de buurwaterschappen.</b> Een convenant kunnen wij niet alleen sluiten. Wij hebben het "
          "voorstel ingebracht in het regionaal bestuurlijk overleg van de vier waterschappen en wachten de reactie "
          "van onze collega's af; over de uitkomst informeren wij u in het voorjaar."),
    ("h2", "Vervolg"),
    ("p", "De voortgang op de overgenomen aanbevelingen wordt opgenomen in de halfjaarlijkse bestuursrapportage. "
          "Over twee jaar maken wij, zoals de commissie voorstelt, zelf de balans op."),
    ("h2", "Voorstel"),
    ("p", "Het dagelijks bestuur stelt het algemeen bestuur voor om kennis te nemen van het visitatierapport en "
          "in te stemmen met deze reactie."),
    ("p", "Het dagelijks bestuur van Waterschap Dommelvliet,<br/>de secretaris-directeur,&nbsp;&nbsp;&nbsp;&nbsp;"
          "de dijkgraaf,<br/>ir. K.P. Jongerius&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
          "&nbsp;&nbsp;&nbsp;&nbsp;mr. A.E. van den Broek"),
]

expected = {
    "recommendations": [
        {"number": "1", "starts_with": "Formuleer als algemeen bestuur een beperkt aantal meetbare doelen",
         "reply_contains": "in maart 2026 vijf tot zeven meetbare doelen", "verdict": "agrees"},
        {"number": "2a", "starts_with": "een vast aanspreekpunt per gemeente aan te wijzen voor ruimtelijke plannen",
         "reply_contains": "heeft iedere gemeente in ons gebied een eigen accountmanager", "verdict": "agrees"},
        {"number": "2b", "starts_with": "inwoners en agrariërs al in de verkenningsfase van een peilbesluit",
         "reply_contains": "Voor kleine peilaanpassingen houden wij vast aan", "verdict": "partly"},
        {"number": "3", "starts_with": "Stel een meerjarige investeringsstrategie op die de stijging",
         "reply_contains": "Een vooraf vastgelegd maximum vinden wij echter niet verstandig",
         "verdict": "disagrees"},
        {"number": "4a", "starts_with": "bouw een strategische personeelsplanning op voor technische functies",
         "reply_contains": "Hier zijn wij al mee bezig", "verdict": "agrees"},
        {"number": "4b", "starts_with": "bundel de kennis over droogte en grondwater in één programmateam",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "Leg de samenwerking met de buurwaterschappen vast in een convenant",
         "reply_contains": "wachten de reactie van onze collega's af", "verdict": "noted"},
    ],
    "unmatched_replies_contain": [
        "is de visitatiecommissie erkentelijk voor haar open en scherpe blik",
        "wordt opgenomen in de halfjaarlijkse bestuursrapportage",
        "stelt het algemeen bestuur voor om kennis te nemen",
    ],
    "notes": ("Genre new to the rounds: a bestuurlijke visitatie (peer review) of an invented water board, PyMuPDF "
              "Story, and the dagelijks bestuur's memo to the algemeen bestuur. Recommendations in chapter 4 are "
              "'1.'-'5.' where 2 and 4 are only lead-ins ('Versterk ... in het bijzonder door:', 'Maak de "
              "organisatie wendbaar:') whose sub-points a./b. are the actual recommendations (numbers 2a, 2b, 4a, "
              "4b; seven in all); a perspective table, a 'ziet veel dat goed gaat' bullet list and a 'Tot slot' "
              "suggestion are not recommendations. The reply is grouped BY VERDICT ('Aanbevelingen die wij "
              "overnemen / gedeeltelijk overnemen / niet overnemen / Waar wij anderen nodig hebben') with bold "
              "run-in short titles in its own words and no numbers at all; order 1, 2a, 4a, 2b, 3, 5. 4a 'Hier zijn "
              "wij al mee bezig' (agrees); 3 'niet verstandig' under 'niet overnemen' (disagrees); 5 depends on the "
              "neighbours, 'wachten de reactie ... af' (noted); 4b (one drought team) is never answered. 'Algemene "
              "reactie', 'Vervolg' and 'Voorstel' are unmatched."),
}

if __name__ == "__main__":
    story_build(out(f"{NAME}_advice.pdf"), advice, CSS,
                "Visitatiecommissie Waterschap Dommelvliet  |  Stromend bestuur  |  oktober 2025",
                "Bestuurlijke visitatie waterschappen 2025                                                  "
                "pagina {PAGE} van {N}", box_bg="#e3f0f3")
    story_build(out(f"{NAME}_response.pdf"), response, CSS,
                "Waterschap Dommelvliet  |  DV-2025-004812", "Reactie DB op visitatierapport  -  {PAGE}/{N}",
                box_bg="#e3f0f3")
    write_expected(NAME, expected)
    sys.exit(0 if check(NAME) else 1)
