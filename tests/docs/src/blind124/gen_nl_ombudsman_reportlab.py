"""Round 124 (nl): the RAPPORT of a municipal OMBUDSCOMMISSIE after an investigation on its own initiative
('onderzoek uit eigen beweging') into how the gemeente handles requests for KWIJTSCHELDING of municipal taxes; its
seven recommendations are a NUMBERED LIST 1.-7. after the lead-in 'De ombudscommissie beveelt het college aan om:',
each item an infinitive clause ending in ';', item 4 running ACROSS THE PAGE BREAK; answered by the college's
LETTER whose replies stand in ONE RULED TABLE 'Nr. | Reactie van het college | Planning' (a row '3 en 4' answering
two, no row for 6, a last row 'Overig' that answers nothing).

Advice (reportlab, sans headings, serif body, 3 p., teal rule, running head from p. 2, 'pagina n van m'): the
research questions as a numbered list 1.-3. (trap), a figures table (trap), the Awb paraphrased with 'moet' (trap),
'Oordeel' paragraphs naming the behoorlijkheidsvereisten (conclusions, trap), the commission's 2021 recommendation
quoted as an imperative (trap), a closing line naming 'de aanbevelingen 1 en 2' (trap). Response (reportlab, 2 p.):
opening (nothing); table rows 1, 2, '3 en 4', 5, 7, 'Overig' (nothing); a paragraph of figures and the closing
(nothing); 6 never answered. Verdicts: 1 agrees, 2 agrees, 3 partly, 4 agrees, 5 disagrees, 6 unanswered, 7 noted.
All bodies, places, people, figures and reference numbers invented; the Algemene wet bestuursrecht and the
Invorderingswet are named as context only.

Run: /tmp/blind124nl/bin/python tests/docs/src/blind124/gen_nl_ombudsman_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b124nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind124_nl_ombudsman"
FS = B.tmp_fonts()
FR = B.tmp_fonts(family="B124NL Serif", files=B.SERIF_FILES)
for fam, paths in (("S", FS), ("R", FR)):
    for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
        pdfmetrics.registerFont(TTFont(fam + suf, paths[key]))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

TEAL = colors.HexColor("#1f6670")
PALE = colors.HexColor("#e5f0f1")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="R", fontSize=9.8, leading=14.2, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=8 * mm, bulletIndent=1.5 * mm, bulletFontName="R",
                      spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="S", fontSize=7.8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=18, leading=22, textColor=TEAL)
SUB = ParagraphStyle("s", fontName="S", fontSize=10.5, leading=14)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="R-I", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.4, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(24 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.5)
            canv.line(24 * mm, A4[1] - 13.5 * mm, A4[0] - 24 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 24 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b124_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                                topMargin=20 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b124_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def rule():
    r = Table([[""]], colWidths=[162 * mm], rowHeights=[2.4])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL)]))
    return r


def item(n, text, style=ITEM):
    return Paragraph(text, style, bulletText=f"{n}.")


def advice_story():
    P = Paragraph
    figs = Table([[P(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate([
        ["", "2023", "2024", "2025"],
        ["Verzoeken om kwijtschelding", "2.106", "2.274", "2.418"],
        ["Gemiddelde behandelduur (dagen)", "46", "71", "97"],
        ["Afgehandeld binnen acht weken", "68%", "49%", "31%"],
        ["Toegewezen (geheel of gedeeltelijk)", "64%", "62%", "61%"],
        ["Klachten bij de ombudscommissie", "7", "12", "23"]])],
        colWidths=[78 * mm, 26 * mm, 26 * mm, 26 * mm])
    figs.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fc3c7")),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [
        P("OMBUDSCOMMISSIE ZEVERDAL", SMALL), Spacer(1, 3), rule(), Spacer(1, 8),
        P("Wachten op kwijtschelding", TITLE),
        P("Rapport van een onderzoek uit eigen beweging naar de behandeling van verzoeken om kwijtschelding van "
          "gemeentelijke belastingen", SUB),
        Spacer(1, 3),
        P("Rapportnummer OCZ-2026-11 - vastgesteld op 14 april 2026 - aan het college van burgemeester en "
          "wethouders van Zeverdal", SMALL),
        Spacer(1, 6),
        P("1 Aanleiding", H2),
        P("Inwoners met een laag inkomen kunnen de gemeente vragen om hun afvalstoffenheffing en rioolheffing niet "
          "te hoeven betalen. In 2025 kreeg de ombudscommissie 23 klachten over de afhandeling van zulke verzoeken, "
          "tegen 7 in 2023. Inwoners vertelden dat zij maanden op een besluit wachtten, in de tussentijd aanmaningen "
          "en zelfs een dwangbevel kregen, en een afwijzing niet begrepen. Omdat de klachten op elkaar leken, "
          "besloot de commissie in oktober 2025 tot een onderzoek uit eigen beweging.", BODY),
        P("2 Onderzoeksvragen en aanpak", H2),
        P("De commissie stelde zich de volgende vragen:", BODY),
        item(1, "Hoe lang duurt de behandeling van een verzoek om kwijtschelding, en waardoor?"),
        item(2, "Wat merkt de inwoner van de invordering terwijl zijn verzoek loopt?"),
        item(3, "Zijn de besluiten en brieven begrijpelijk voor de inwoner?"),
        P("Wij bestudeerden 60 dossiers uit 2025, spraken met elf inwoners, met vijf medewerkers van het team "
          "Belastingen en met de schuldhulpverlening van de gemeente, en lazen de werkinstructies en de "
          "modelbrieven.", BODY),
        P("3 Wat wij vonden", H2),
        figs, Spacer(1, 5),
        P("Het aantal verzoeken steeg in drie jaar met ruim 300, terwijl de bezetting van het team gelijk bleef. "
          "De behandelduur verdubbelde. In 41 van de 60 dossiers die wij bekeken, ging de invordering gewoon door "
          "terwijl het verzoek nog niet beoordeeld was; in 9 dossiers werden kosten voor een dwangbevel in rekening "
          "gebracht. Volgens de werkinstructie schort het team de invordering alleen op als de inwoner daar "
          "uitdrukkelijk om vraagt.", BODY),
        P("De Algemene wet bestuursrecht bepaalt dat een bestuursorgaan binnen de wettelijke of een redelijke "
          "termijn moet beslissen, en dat het de aanvrager moet laten weten wanneer die termijn niet gehaald wordt. "
          "In geen van de 60 dossiers kreeg de inwoner zo'n bericht.", BODY),
        P("De afwijzingsbrieven noemen het artikel uit de Leidraad invordering waarop de afwijzing berust, maar niet "
          "welk bedrag aan inkomen of vermogen te hoog was. Acht van de elf inwoners die wij spraken, wisten niet "
          "waarom zij waren afgewezen. Drie van hen kwamen later bij de schuldhulpverlening terecht, steeds via "
          "een buurvrouw of de voedselbank en niet via de gemeente.", BODY),
        P("De commissie wees al eerder op de brieven. In haar jaarverslag over 2021 schreef zij: 'Stuur bij "
          "elke aanmaning een folder mee over de mogelijkheid van kwijtschelding.' Die folder wordt sinds 2022 "
          "meegestuurd.", QUOTE),
        P("4 Oordeel", H2),
        P("De ombudscommissie oordeelt dat het college bij de behandeling van verzoeken om kwijtschelding niet "
          "behoorlijk heeft gehandeld. Het vereiste van voortvarendheid is geschonden: de behandelduur is te lang en "
          "de inwoner hoort niet wanneer hij een besluit kan verwachten. Ook het vereiste van goede "
          "informatieverstrekking is niet nageleefd, omdat afwijzingen niet uitleggen waar het op stukliep. "
          "Dat de invordering doorloopt terwijl het verzoek nog ligt, vindt de commissie in strijd met het "
          "vereiste van evenredigheid.", BODY),
        P("De commissie ziet ook dat de medewerkers van het team hun best doen onder grote druk. Het probleem zit "
          "niet bij hen, maar in de werkwijze en in de capaciteit. Wie kwijtschelding aanvraagt, heeft weinig "
          "geld. Een aanmaning of een dwangbevel met kosten komt voor zo iemand hard aan, en kan ertoe leiden dat "
          "andere rekeningen blijven liggen. Een gemeente die een verzoek om kwijtschelding ontvangt, weet dat zij "
          "met een kwetsbare inwoner te maken heeft, en mag van zichzelf verwachten dat zij daar in haar werkwijze "
          "rekening mee houdt.", BODY),
        P("5 Reactie op het verslag van bevindingen", H2),
        P("Het college kreeg op 3 maart 2026 het verslag van bevindingen ter inzage. In zijn reactie van 24 maart "
          "liet het weten de bevindingen te herkennen. Het wees erop dat het team Belastingen in 2025 ook de "
          "overgang naar een nieuw belastingsysteem moest verwerken, waardoor de achterstand opliep. Die "
          "toelichting hebben wij in paragraaf 3 verwerkt. Het college vroeg ons verder om de namen van de "
          "medewerkers met wie wij spraken niet in het rapport op te nemen; dat hebben wij ook niet gedaan.", BODY),
        P("Op de vraag waarom de invordering niet uit zichzelf wordt opgeschort, antwoordde het college dat het "
          "belastingsysteem dat technisch niet ondersteunde. Volgens de leverancier kan dat sinds januari 2026 wel. "
          "De commissie merkt op dat de Invorderingswet 1990 en de gemeentelijke regels de gemeente ruimte laten "
          "om de invordering op te schorten; daarvoor is geen verzoek van de inwoner nodig. Het college liet ook weten "
          "dat een nieuwe werkinstructie in voorbereiding is, maar die hebben wij nog niet kunnen inzien.", BODY),
        P("6 Aanbevelingen", H2),
        P("De ombudscommissie beveelt het college aan om:", BODY),
        item(1, "verzoeken om kwijtschelding binnen acht weken af te handelen en de aanvrager zelf te laten weten "
                "wanneer die termijn niet gehaald wordt, met de datum waarop hij wel een besluit krijgt;"),
        item(2, "de invordering van de aanslag uit zichzelf op te schorten zolang een verzoek om kwijtschelding in "
                "behandeling is, zodat er geen aanmaningen, dwangbevelen of kosten volgen;"),
        item(3, "inwoners die een bijstandsuitkering van de gemeente ontvangen, voortaan zonder apart verzoek "
                "automatisch kwijtschelding te verlenen, zoals veel andere gemeenten al doen;"),
        item(4, "alle brieven over kwijtschelding te herschrijven in eenvoudige taal, samen met inwoners die zelf "
                "kwijtschelding hebben aangevraagd, en in elke afwijzing uit te leggen welk inkomen of vermogen "
                "de doorslag gaf en hoeveel te hoog dat was, zodat de inwoner kan nagaan of de berekening klopt "
                "en of het zin heeft om bezwaar te maken of een nieuw verzoek in te dienen;"),
        item(5, "een vast telefonisch spreekuur in te stellen waarop inwoners rechtstreeks een medewerker van het "
                "team Belastingen kunnen spreken over hun verzoek;"),
        item(6, "de gemeenteraad elk jaar te informeren over het aantal verzoeken, de behandelduur en het aandeel "
                "toewijzingen;"),
        item(7, "afgewezen aanvragers in de afwijzingsbrief een gesprek met de schuldhulpverlening van de gemeente "
                "aan te bieden, met een naam en een telefoonnummer."),
        P("7 Tot slot", H2),
        P("De ombudscommissie ontvangt binnen drie maanden graag de reactie van het college, en vraagt daarin in "
          "elk geval te vermelden wanneer de aanbevelingen 1 en 2 zijn uitgevoerd. Over een jaar gaat de commissie "
          "na wat er met dit rapport is gebeurd.", BODY),
        P("Ombudscommissie Zeverdal<br/>mr. Hester Wijnbergen, voorzitter<br/>drs. Joost Ramdin, lid<br/>"
          "Ayla Kocak, lid", BODY),
    ]


def response_story():
    P = Paragraph
    rows = [
        ["1", "Wij nemen deze aanbeveling over. Het team Belastingen krijgt er vanaf 1 juli 2026 twee medewerkers "
              "bij. Wie na zeven weken nog geen besluit heeft, ontvangt van ons automatisch een brief met de datum "
              "waarop het besluit uiterlijk volgt.", "1 oktober 2026"],
        ["2", "Overgenomen. Vanaf de dag waarop wij een verzoek ontvangen, zetten wij de invordering stil. Er "
              "volgen dan geen aanmaningen of dwangbevelen meer tot het besluit is genomen. Kosten die in 2025 "
              "ten onrechte zijn berekend, betalen wij terug.", "per direct"],
        ["3 en 4", "Automatische kwijtschelding voeren wij in voor inwoners die op 1 januari al ten minste twaalf "
                   "maanden een bijstandsuitkering van ons ontvangen. Voor wie korter een uitkering heeft, blijft "
                   "een verzoek nodig, omdat wij anders niet zeker weten of er geen vermogen is.<br/><br/>"
                   "De brieven over kwijtschelding schrijven wij helemaal opnieuw, samen met het ervaringspanel van "
                   "de Formulierenbrigade. Elke afwijzing vermeldt voortaan het berekende bedrag en het bedrag "
                   "waarmee het inkomen of vermogen te hoog is.",
         "belastingjaar 2027<br/><br/>1 januari 2027"],
        ["5", "Deze aanbeveling nemen wij niet over. Inwoners kunnen op werkdagen van 8.30 tot 17.00 uur het "
              "Klantcontactcentrum bellen; als de vraag daar niet beantwoord kan worden, belt een medewerker van "
              "het team binnen twee werkdagen terug. Een apart spreekuur zou juist de tijd kosten die wij nodig "
              "hebben om sneller te beslissen.", "-"],
        ["7", "Wij zien het belang van een warme overdracht naar de schuldhulpverlening. Of dat in de "
              "afwijzingsbrief moet, of op een andere manier, betrekken wij bij de herijking van het armoedebeleid "
              "die de raad in het voorjaar van 2027 ontvangt.", "voorjaar 2027"],
        ["Overig", "In uw rapport noemt u de grote werkdruk bij het team. Wij hebben inmiddels een tijdelijke "
                   "kracht aangetrokken om de achterstand van 2025 weg te werken.", "-"],
    ]
    head = [P("Nr.", CELLB), P("Reactie van het college", CELLB), P("Planning", CELLB)]
    table = Table([head] + [[P(a, CELLB), P(b, CELL), P(c, CELL)] for a, b, c in rows],
                  colWidths=[17 * mm, 113 * mm, 32 * mm], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fc3c7")),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [
        P("GEMEENTE ZEVERDAL", SMALL), Spacer(1, 3), rule(), Spacer(1, 8),
        P("Ombudscommissie Zeverdal<br/>t.a.v. mevrouw mr. H. Wijnbergen<br/>Postbus 180<br/>7731 AD Zeverdal",
          BODY),
        Spacer(1, 6),
        P("Zeverdal, 30 juni 2026<br/>Ons kenmerk: BEL/2026/3317<br/>Uw kenmerk: OCZ-2026-11<br/>Behandeld door: "
          "team Belastingen, 0529 48 11 00", SMALL),
        Spacer(1, 6),
        P("<b>Onderwerp: reactie op het rapport 'Wachten op kwijtschelding'</b>", BODY),
        Spacer(1, 3),
        P("Geachte mevrouw Wijnbergen,", BODY),
        P("Wij danken de ombudscommissie voor het zorgvuldige onderzoek. Het rapport is voor ons aanleiding "
          "geweest om de werkwijze van het team Belastingen op een aantal punten direct te veranderen. Wij hebben "
          "het rapport op 23 juni in ons college besproken en het ook aan de gemeenteraad gestuurd. In de tabel "
          "hieronder leest u per aanbeveling onze reactie en wanneer wij de maatregel uitvoeren.", BODY),
        Spacer(1, 2),
        table,
        Spacer(1, 8),
        P("Ter informatie: in de eerste vijf maanden van 2026 ontvingen wij 1.032 verzoeken om kwijtschelding. De "
          "gemiddelde behandelduur daalde van 97 naar 74 dagen; de achterstand bedraagt nog 286 verzoeken.", BODY),
        P("Wij verwachten u met deze reactie voldoende te hebben geïnformeerd. Over een jaar informeren wij u graag "
          "over de resultaten.", BODY),
        P("Met vriendelijke groet,<br/>burgemeester en wethouders van Zeverdal,<br/><br/>de secretaris, "
          "drs. P.A. Hoornstra<br/>de burgemeester, E.M. van Dalsum-Arends", BODY),
    ]


def expected():
    recs = [
        (1, "verzoeken om kwijtschelding binnen acht weken af te handelen",
         "Wie na zeven weken nog geen besluit heeft", "agrees"),
        (2, "de invordering van de aanslag uit zichzelf op te schorten",
         "zetten wij de invordering stil", "agrees"),
        (3, "inwoners die een bijstandsuitkering van de gemeente ontvangen, voortaan zonder",
         "Voor wie korter een uitkering heeft, blijft een verzoek nodig", "partly"),
        (4, "alle brieven over kwijtschelding te herschrijven in eenvoudige taal",
         "samen met het ervaringspanel van de Formulierenbrigade", "agrees"),
        (5, "een vast telefonisch spreekuur in te stellen waarop inwoners",
         "Deze aanbeveling nemen wij niet over", "disagrees"),
        (6, "de gemeenteraad elk jaar te informeren over het aantal verzoeken", None, "unanswered"),
        (7, "afgewezen aanvragers in de afwijzingsbrief een gesprek met de schuldhulpverlening",
         "betrekken wij bij de herijking van het armoedebeleid", "noted"),
    ]
    unmatched = ["Het rapport is voor ons aanleiding geweest om de werkwijze",
                 "Wij hebben inmiddels een tijdelijke kracht aangetrokken",
                 "in de eerste vijf maanden van 2026 ontvingen wij 1.032 verzoeken",
                 "Over een jaar informeren wij u graag over de resultaten"]
    notes = ("Advice: a municipal ombudscommissie's report of an investigation on its own initiative into "
             "kwijtschelding of municipal taxes (reportlab, 3 p.); the seven recommendations are a NUMBERED LIST "
             "1.-7. of infinitive clauses ending in ';' after the lead-in 'De ombudscommissie beveelt het college "
             "aan om:' in chapter 5, item 4 running across the page break. Traps: the research questions as a "
             "numbered list 1.-3., a figures table, the Awb paraphrased with 'moet', 'Oordeel' paragraphs on the "
             "behoorlijkheidsvereisten (conclusions, no recommendations), the 2021 annual report's recommendation "
             "quoted as an imperative, a closing line naming 'de aanbevelingen 1 en 2'. Response: the college's "
             "letter with ONE RULED TABLE 'Nr. | Reactie van het college | Planning' in the advice's order: row 1 "
             "= 1 agrees (date letter after seven weeks, from 1 October 2026); row 2 = 2 agrees ('Overgenomen'); "
             "ONE row '3 en 4': its first paragraph = 3 partly (automatic only after twelve months of benefit), its "
             "second = 4 agrees (letters rewritten with a panel, amounts in every refusal); row 5 = 5 disagrees "
             "('nemen wij niet over', the call centre instead); row 7 = 7 noted (taken into the review of the "
             "poverty policy in spring 2027, nothing promised); a last row 'Overig' on the team's workload, the "
             "opening, a paragraph of 2026 figures and the closing answer nothing; no row for 6 (yearly report "
             "to the council): unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Ombudscommissie Zeverdal - rapport 'Wachten op kwijtschelding' - "
          "OCZ-2026-11", "Wachten op kwijtschelding", "pagina {n} van {m}", "Ombudscommissie Zeverdal")
    build(response_story, NAME + "_response.pdf", "Gemeente Zeverdal - reactie op rapport OCZ-2026-11 - "
          "BEL/2026/3317", "Reactie op rapport Wachten op kwijtschelding", "{n}", "Gemeente Zeverdal")
    expected()
