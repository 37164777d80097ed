"""Round 134 (nl): the EVALUATIERAPPORT of an (invented) municipal EVALUATIECOMMISSIE VERKIEZINGEN on the
gemeenteraadsverkiezingen, its seven recommendations a NUMBERED LIST 1.-7. in the closing chapter, counting on over
three sub-headings and running across the page break; answered by the burgemeester's RAADSINFORMATIEBRIEF BY THEME,
without numbers, in another order (one paragraph answering two, one recommendation never answered).

Advice (reportlab, serif, plum headings, running head from p. 2, 'pagina n'): the research questions numbered 1.-4.
(trap), the Kieswet paraphrased with 'moet' (trap), findings with figures, the 2022 evaluation quoted as an
imperative (trap), a closing line naming 'de aanbevelingen 2, 5 en 6' (trap). Response (reportlab): 4 agrees and 5
noted (one paragraph), 1 agrees, 3 partly, 6 agrees, 2 disagrees; 7 unanswered; the introduction, 'Opkomst en
kosten' (figures, 'punt 3 van de begroting') and the closing answer nothing. All bodies, places, people, figures and
reference numbers invented; the Kieswet is named as context only.

Run: /tmp/blind134nl/bin/python tests/docs/src/blind134/gen_nl_verkiezingen_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b134nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

NAME = "blind134_nl_verkiezingen"
FS = B.tmp_fonts(files=B.SERIF_FILES, family="B134NL Serif")
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

PLUM = colors.HexColor("#5b2a4f")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.9, leading=14.2, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=16, leading=20, textColor=PLUM, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.6, leading=15, textColor=PLUM, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-I", fontSize=10.2, leading=13.5, textColor=PLUM, spaceBefore=4, spaceAfter=2,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(PLUM)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page))
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, "pagina {n}"), onLaterPages=page_fn(head, "pagina {n}"))


def P(t, s=BODY):
    return Paragraph(t, s)


def item(n, t):
    return Paragraph(f"{n}.&nbsp;&nbsp;{t}".replace("&nbsp;", " "), ITEM)


def advice():
    s = [P("Evaluatiecommissie Verkiezingen gemeente Lindehoven - Postbus 310, 4140 AH Lindehoven", SMALL),
         Spacer(1, 5),
         P("Evaluatie van de gemeenteraadsverkiezingen van 18 maart 2026", TITLE),
         P("Rapport EVC-2026-01 - vastgesteld op 28 april 2026 - aangeboden aan de burgemeester en de gemeenteraad "
           "van Lindehoven", SMALL),
         Spacer(1, 6),
         P("1  Opdracht en werkwijze", H2),
         P("De gemeenteraad stelde in 2022 een onafhankelijke evaluatiecommissie in die na elke verkiezing nagaat "
           "hoe de verkiezing in Lindehoven is verlopen. De commissie bestaat uit drie leden: een oud-griffier, een "
           "docent bestuurskunde en een inwoner die al twintig jaar stembureauvoorzitter is. Zij kreeg voor deze "
           "evaluatie de volgende onderzoeksvragen mee:"),
         item(1, "Hoe verliep de werving en de opleiding van de stembureauleden?"),
         item(2, "Waren de stemlokalen voor alle kiezers goed bereikbaar en toegankelijk?"),
         item(3, "Verliepen het tellen op het stembureau en het centrale tellen ordelijk en controleerbaar?"),
         item(4, "Hoe tevreden waren kiezers over de informatie die zij van de gemeente kregen?"),
         P("De commissie bezocht op de verkiezingsdag 19 van de 42 stembureaus, was aanwezig bij het centrale "
           "tellen op 19 maart, sprak met 31 stembureauleden en medewerkers van het team Burgerzaken en hield een "
           "korte enquête onder 612 kiezers."),
         P("2  Het wettelijk kader", H2),
         P("De Kieswet schrijft veel voor. Een stembureau moet uit ten minste drie leden bestaan, en elk lid moet "
           "een training hebben gevolgd voordat het op de dag zelf aan de slag gaat. Het stemlokaal moet toegankelijk "
           "zijn voor kiezers met een lichamelijke beperking, en de uitslag moet na afloop openbaar worden gemaakt. "
           "Hoe de gemeente die regels uitvoert, laat de wet grotendeels aan de burgemeester over."),
         P("De burgemeester benoemt de leden van de stembureaus en wijst de stemlokalen aan. Het centrale tellen "
           "gebeurt onder verantwoordelijkheid van het gemeentelijk stembureau, dat de uitslag in een openbare "
           "zitting vaststelt. De gemeenteraad gaat over het budget voor de verkiezingen, en daarmee ook over de "
           "vergoeding die stembureauleden krijgen. Sommige aanbevelingen in dit rapport vragen dus een besluit van "
           "de burgemeester, andere vragen om geld dat de raad beschikbaar moet stellen."),
         P("3  Bevindingen", H2),
         P("De verkiezingen zijn ordelijk verlopen. De opkomst lag op 54,8 procent, iets hoger dan in 2022. Op de "
           "dag zelf waren 338 stembureauleden en tellers actief; zes leden meldden zich op het laatste moment af en "
           "werden vervangen door reserves. Ongeveer een op de vijf leden had de online training niet afgerond. In "
           "drie stembureaus werden de stembiljetten van twee lijsten verwisseld bij het sorteren; de fouten zijn bij "
           "het centrale tellen hersteld."),
         P("Van de 42 stemlokalen waren er 29 volledig toegankelijk. In de wijken Oud-Lindehoven en De Brink lag "
           "het dichtstbijzijnde toegankelijke stembureau voor sommige kiezers op meer dan anderhalve kilometer. "
           "Het centrale tellen vond plaats in de raadzaal, waar waarnemers soms op vier meter afstand stonden en "
           "niet konden zien wat er werd ingevoerd."),
         P("Over de informatie aan kiezers is het beeld gemengd. Van de 612 kiezers in de enquête vond 81 procent "
           "de stempas en de kandidatenlijst duidelijk. Kiezers die moeite hebben met lezen, en kiezers die het "
           "Nederlands nog niet goed beheersen, vonden de informatie te ingewikkeld; een aantal van hen ging met "
           "de stempas naar de bibliotheek of naar een buurvrouw om uitleg te vragen. De uitslagen per stembureau "
           "stonden pas na negen dagen op de website, en dan alleen als pdf-bestand."),
         P("Het team Burgerzaken bestaat uit vier medewerkers, van wie twee de verkiezingen al sinds 2010 "
           "organiseren. Zij werkten in de laatste twee weken voor de verkiezing gemiddeld dertien uur over per "
           "week. Bij ziekte van een van hen was er geen vervanger met dezelfde kennis. De commissie vergeleek "
           "Lindehoven met drie gemeenten van vergelijkbare omvang; die hebben voor de verkiezingen gemiddeld "
           "anderhalve formatieplaats meer beschikbaar en werken met een vast draaiboek dat na elke verkiezing wordt "
           "bijgewerkt."),
         P("Bij de vorige evaluatie schreef de commissie: "),
         P("'Zorg dat elk stembureau een reservelijst heeft met ten minste twee namen en telefoonnummers.'", QUOTE),
         P("Dat is uitgevoerd: alle stembureaus hadden dit jaar zo'n lijst, en die heeft haar nut bewezen. De "
           "commissie ziet geen reden om daar nog iets over te zeggen."),
         P("4  Conclusies", H2),
         P("De commissie concludeert dat de verkiezingen in Lindehoven betrouwbaar zijn verlopen. Tegelijk is de "
           "marge klein: het team Burgerzaken draait op een paar ervaren mensen, de opleiding van de leden is niet "
           "sluitend en de controle bij het centrale tellen hangt af van wie er die dag zit. Kiezers zijn over het "
           "algemeen tevreden, maar wie slecht leest of slecht ter been is, heeft het lastiger dan nodig."),
         P("De commissie heeft ook gekeken naar de vraag of de gemeente moet overstappen op elektronisch tellen of "
           "op een landelijke pilot met een nieuw stembiljet. Zij ziet daar op dit moment geen aanleiding toe: de "
           "problemen die zij zag, liggen bij de organisatie en niet bij het stembiljet. Een aanbeveling daarover "
           "doet zij daarom niet."),
         P("5  Aanbevelingen", H2),
         P("Op grond van het voorgaande doet de commissie de volgende aanbevelingen aan de burgemeester.", BODY),
         P("Stembureauleden en stemlokalen", H3),
         item(1, "Laat voortaan alleen stembureauleden meewerken die de online training aantoonbaar hebben afgerond, "
                 "en organiseer voor alle voorzitters een praktijkoefening in de week voor de verkiezing."),
         item(2, "Verhoog de vergoeding voor stembureauleden van 175 euro naar 225 euro per dag, zodat het werven "
                 "van leden minder moeite kost."),
         item(3, "Zorg dat in elke wijk ten minste één stemlokaal volledig toegankelijk is voor kiezers die "
                 "in een rolstoel zitten of slecht zien."),
         P("Het tellen van de stemmen", H3),
         item(4, "Houd het centrale tellen voortaan in een ruimere zaal, waar waarnemers op korte afstand kunnen "
                 "meekijken en de invoer op een groot scherm zien."),
         item(5, "Laat de invoer van de uitslagen bij het centrale tellen steeds door een tweede, onafhankelijke "
                 "medewerker controleren voordat de cijfers worden vastgesteld."),
         P("Kiezers informeren", H3),
         item(6, "Stuur met de stempas een uitleg in eenvoudige taal mee, met pictogrammen die laten zien hoe het "
                 "stemmen in zijn werk gaat."),
         item(7, "Publiceer de uitslag per stembureau binnen 24 uur na het centrale tellen als open data op de "
                 "website van de gemeente."),
         P("6  Tot slot", H2),
         P("De aanbevelingen 2, 5 en 6 vragen om een besluit vóór 1 oktober 2026, omdat de voorbereiding van de "
           "Tweede Kamerverkiezing dan begint. De commissie bespreekt dit rapport graag met de raadscommissie "
           "Bestuur."),
         P("Evaluatiecommissie Verkiezingen Lindehoven,<br/>mr. H.A. Terpstra-Bos, voorzitter<br/>dr. W.J. Oudshoorn"
           "<br/>A. el Idrissi"),
         ]
    build(s, NAME + "_advice.pdf", "Evaluatiecommissie Verkiezingen Lindehoven - rapport EVC-2026-01 - "
          "gemeenteraadsverkiezingen 2026", "Evaluatie gemeenteraadsverkiezingen 2026",
          "Evaluatiecommissie Verkiezingen Lindehoven")


def response():
    s = [P("Gemeente Lindehoven - De burgemeester", SMALL),
         Spacer(1, 5),
         P("Raadsinformatiebrief: reactie op de evaluatie van de verkiezingen", TITLE),
         P("Kenmerk RIB 2026-041 - 9 juni 2026 - aan de gemeenteraad van Lindehoven - behandelend ambtenaar: "
           "K. Veldhuis, team Burgerzaken", SMALL),
         Spacer(1, 6),
         P("Geachte leden van de raad,"),
         P("Op 28 april ontving ik het rapport van de Evaluatiecommissie Verkiezingen over de "
           "gemeenteraadsverkiezingen van maart. Ik dank de commissie voor haar grondige werk en ben blij met haar "
           "conclusie dat de verkiezingen betrouwbaar zijn verlopen. In deze brief laat ik u weten wat ik met het "
           "rapport doe."),
         P("Opkomst en kosten", H2),
         P("De verkiezingen kostten dit jaar 412.000 euro, 38.000 euro meer dan geraamd. Het tekort komt vooral "
           "door de huur van extra locaties en door hogere drukkosten. Ik vang dat op binnen de post "
           "Burgerzaken; een wijziging van punt 3 van de begroting is daarvoor niet nodig. Met een opkomst van 54,8 "
           "procent zit Lindehoven net boven het landelijk gemiddelde."),
         P("Tellen en controleren", H2),
         P("Vanaf de volgende verkiezing verhuist het centrale tellen naar de sporthal De Wissel. Daar "
           "staan de tafels zo dat waarnemers op twee meter kunnen meekijken, en de invoer is op een groot scherm te "
           "volgen. Over een tweede, onafhankelijke controle van de invoer ben ik nog niet zeker. Het team "
           "Burgerzaken is klein en de Kiesraad werkt aan een landelijke handreiking. Ik wacht die "
           "handreiking af en kom er bij de voorbereiding van de volgende verkiezing op terug."),
         P("De stembureauleden", H2),
         P("Ik neem het advies over de opleiding over. Wie de e-learning niet heeft afgerond, wordt vanaf "
           "de Tweede Kamerverkiezing niet meer ingeroosterd, en alle voorzitters krijgen in de week "
           "ervoor een oefenavond in het stadhuis."),
         P("Toegankelijke stemlokalen", H2),
         P("Ook ik vind dat iedere kiezer dicht bij huis moet kunnen stemmen. In De Brink komt bij de "
           "volgende verkiezing een toegankelijk stemlokaal in het wijkcentrum. In Oud-Lindehoven is "
           "er voorlopig geen geschikt gebouw; daar bieden wij kiezers die dat nodig hebben een taxi aan naar het "
           "stembureau in de bibliotheek. Een toegankelijk lokaal in die wijk verwacht ik pas na de verbouwing van "
           "de Mariaschool in 2028."),
         P("Informatie voor kiezers", H2),
         P("Bij de stempas voor de volgende verkiezing zit een folder in eenvoudige taal, die wij samen met "
           "het Taalhuis en een groep laaggeletterde inwoners maken. Daarin staan ook tekeningen van het stemhokje "
           "en het rode potlood."),
         P("Wat ik niet overneem", H2),
         P("De commissie stelt voor de vergoeding voor stembureauleden te verhogen. Ik doe dat niet. Met "
           "175 euro per dag zit Lindehoven in de middenmoot van de regio, en dit jaar vonden wij zonder veel moeite "
           "genoeg leden. Ik houd de vergoeding daarom gelijk."),
         P("Tot slot", H2),
         P("Ik stuur een afschrift van deze brief aan de evaluatiecommissie en bespreek de brief graag met "
           "u in de commissie Bestuur van 24 juni."),
         P("Met vriendelijke groet,<br/>de burgemeester van Lindehoven,<br/><br/>drs. M.C. van Wageningen"),
         ]
    build(s, NAME + "_response.pdf", "Gemeente Lindehoven - raadsinformatiebrief RIB 2026-041",
          "Raadsinformatiebrief evaluatie verkiezingen", "Gemeente Lindehoven")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Laat voortaan alleen stembureauleden meewerken die de online training",
         "wordt vanaf de Tweede Kamerverkiezing niet meer ingeroosterd", "agrees"),
        (2, "Verhoog de vergoeding voor stembureauleden van 175 euro naar",
         "Ik houd de vergoeding daarom gelijk", "disagrees"),
        (3, "Zorg dat in elke wijk ten minste één stemlokaal volledig",
         "In Oud-Lindehoven is er voorlopig geen geschikt gebouw", "partly"),
        (4, "Houd het centrale tellen voortaan in een ruimere zaal",
         "verhuist het centrale tellen naar de sporthal De Wissel", "agrees"),
        (5, "Laat de invoer van de uitslagen bij het centrale tellen",
         "Ik wacht die handreiking af en kom er", "noted"),
        (6, "Stuur met de stempas een uitleg in eenvoudige taal mee",
         "samen met het Taalhuis en een groep laaggeletterde inwoners", "agrees"),
        (7, "Publiceer de uitslag per stembureau binnen 24 uur na", None, "unanswered"),
    ], ["Ik dank de commissie voor haar grondige werk",
        "De verkiezingen kostten dit jaar 412.000 euro",
        "bespreek de brief graag met u in de commissie Bestuur"],
        "Advice: a municipal elections evaluation committee's report on the council elections; the seven "
        "recommendations are a NUMBERED LIST 1.-7. in chapter 5, counting on over three italic sub-headings "
        "(1-3, 4-5, 6-7) and running across the page break, each a bare imperative. Traps: the research questions "
        "numbered 1.-4. in the same list style, the Kieswet paraphrased with 'moet', findings and conclusions with "
        "figures, the 2022 evaluation quoted as an imperative (carried out), a closing line naming 'De "
        "aanbevelingen 2, 5 en 6'. Response: the burgemeester's raadsinformatiebrief BY THEME with no numbers at "
        "all; 'Opkomst en kosten' (figures, 'punt 3 van de begroting', nothing), then 'Tellen en controleren' "
        "answering 4 and 5 in ONE paragraph (4 agrees: counting moves to the sports hall with a big screen; 5 "
        "noted: waits for the Kiesraad's guidance, no decision), 1 agrees (no rostering without the e-learning, "
        "practice evening), 3 partly (De Brink yes, Oud-Lindehoven only in 2028, a taxi meanwhile), 6 agrees "
        "(plain-language leaflet with drawings), 2 disagrees under 'Wat ik niet overneem' (fee stays 175 euro). "
        "7 (results per polling station as open data within 24 hours) is never answered. The introduction and "
        "'Tot slot' answer nothing.")
    print("written", NAME)
