"""Round 132 (nl): the JAARVERSLAG of an (invented) COMMISSIE VAN TOEZICHT at a penitentiary institution, its seven
recommendations UNNUMBERED run-in paragraphs opened by a bold 'Aanbeveling:' at the end of theme sub-sections 3.1-3.5
(two in 3.1 and 3.5, none in 3.4's first paragraph, bold 'Aandachtspunt:' paragraphs beside them), running across the
page break; answered by the VESTIGINGSDIRECTEUR's letter BY THEME without any numbers, in another order, one paragraph
answering two, one recommendation never answered.

Advice (reportlab, serif, plum headings, running head from p. 2, 'pagina n van m'): the Penitentiaire beginselenwet
paraphrased with 'moet' (trap), figures on complaints numbered 1-4 (trap), bold 'Aandachtspunt:' paragraphs (trap),
the 2024 recommendation quoted as an imperative (trap), a closing line naming 'de eerste en de laatste aanbeveling'
(trap). Response (reportlab, 2 p.): klachtrecht = 7 agrees, dagprogramma en opleiding = 1 and 2 in ONE paragraph
(both agree), bezoek = 4 disagrees, zorg = 3 partly, arbeid = 5 noted; 6 unanswered; the introduction, 'Personeel'
(figures), 'Luchtplaats' and the closing answer nothing. All bodies, places, people, figures and reference numbers
invented; the Penitentiaire beginselenwet is named as context only.

Run: /tmp/blind132nl/bin/python tests/docs/src/blind132/gen_nl_penitentiair_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b132nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

NAME = "blind132_nl_penitentiair"
FS = B.tmp_fonts(files=B.SERIF_FILES, family="B132NL Serif")
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

PLUM = colors.HexColor("#5a2a52")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.8, leading=14, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=7 * mm, bulletIndent=1 * mm, spaceAfter=3)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=17, leading=21, textColor=PLUM, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=PLUM, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=10, leading=13.5, textColor=PLUM, spaceBefore=4, spaceAfter=2,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
LH = ParagraphStyle("lh", parent=BODY, fontName="S-B", spaceBefore=6, spaceAfter=2, keepWithNext=True)


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
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b132_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b132_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def P(t, s=BODY):
    return Paragraph(t, s)


def advice_story():
    return [
        P("Commissie van Toezicht bij de Penitentiaire Inrichting Hollandse Waard", SMALL), Spacer(1, 8),
        P("Jaarverslag 2025", TITLE),
        P("<b>Bevindingen en aanbevelingen over het verslagjaar 2025, locatie Waardhoven</b>"),
        P("Vastgesteld in de vergadering van 12 februari 2026 - kenmerk CvT-HW/2026/07 - aan de "
          "vestigingsdirecteur, met een afschrift aan de Raad voor Strafrechtstoepassing", SMALL),
        Spacer(1, 6),
        P("1. Over de commissie", H2),
        P("De Commissie van Toezicht houdt onafhankelijk toezicht op de manier waarop gedetineerden in de "
          "inrichting worden behandeld. Volgens de Penitentiaire beginselenwet moet de commissie een "
          "beklagcommissie instellen en moet zij elke maand een commissielid als maandcommissaris aanwijzen, bij wie "
          "gedetineerden terecht kunnen met vragen en klachten. De commissie telde in 2025 elf leden. De "
          "maandcommissarissen hielden 164 spreekuren en spraken daarin met 612 gedetineerden."),
        P("2. Het jaar in cijfers", H2),
        P("Over het beklag in 2025 vallen vier dingen op:"),
        P("1. Er kwamen 388 klaagschriften binnen, tegen 301 in 2024.", ITEM, ),
        P("2. Van de afgehandelde klachten werd 22 procent gegrond verklaard.", ITEM),
        P("3. Bijna een derde van de klachten ging over het vervallen van activiteiten.", ITEM),
        P("4. 146 klachten werden via bemiddeling opgelost, zonder uitspraak.", ITEM),
        P("3. Bevindingen en aanbevelingen per thema", H2),
        P("3.1 Dagprogramma en bejegening", H3),
        P("Door het tekort aan personeel werd het dagprogramma in 2025 op 71 dagen ingekort. Op die dagen "
          "bleven gedetineerden op de afdeling Noord soms 21 uur per dag op cel. Gedetineerden spraken met "
          "waardering over de meeste medewerkers, maar meldden ook dat nieuwe collega's gespannen situaties niet "
          "altijd goed wisten te hanteren."),
        P("<b>Aanbeveling:</b> Zorg dat het dagprogramma op de afdelingen ook bij personeelstekort ten minste vier "
          "uur per dag buiten de cel blijft bieden, en maak vooraf bekend welke activiteiten als eerste vervallen."),
        P("<b>Aanbeveling:</b> Bied nieuwe medewerkers binnen drie maanden na hun indiensttreding de training "
          "de-escalerend werken aan, in plaats van pas na hun proeftijd."),
        P("3.2 Medische en psychische zorg", H3),
        P("De wachttijd voor de huisarts was in 2025 gemiddeld vier werkdagen. Op de afdeling voor kort verblijf "
          "zitten veel mensen met psychische klachten, terwijl de psycholoog daar alleen op verzoek komt."),
        P("<b>Aandachtspunt:</b> de medicijnen worden 's avonds al om 16.30 uur uitgedeeld. De commissie vraagt "
          "hier geen wijziging, maar volgt de gevolgen voor de nachtrust."),
        P("<b>Aanbeveling:</b> Richt op de afdeling voor kort verblijf een vast wekelijks spreekuur van de "
          "psycholoog in, zodat gedetineerden niet eerst een schriftelijk verzoek hoeven te doen."),
        P("3.3 Bezoek en contact met de buitenwereld", H3),
        P("In ons jaarverslag 2024 schreven wij:"),
        P("'Verleng de bezoektijden op zaterdag, zodat werkende familieleden op bezoek kunnen komen.'", QUOTE),
        P("Die aanbeveling is in mei 2025 opgevolgd: het bezoek op zaterdag duurt nu tot 16.00 uur. Videobellen is "
          "alleen mogelijk voor gedetineerden in het plusprogramma; in 2025 waren dat er gemiddeld 83."),
        P("<b>Aanbeveling:</b> Sta videobellen toe voor alle gedetineerden, ook voor wie in het basisprogramma "
          "verblijft, met een vast tegoed van twee gesprekken per week."),
        P("3.4 Arbeid en re-integratie", H3),
        P("De werkzaal metaal is sinds maart 2025 gesloten omdat de afzuiginstallatie niet meer aan de eisen "
          "voldoet. Daardoor hebben 26 gedetineerden geen werk. Het re-integratiecentrum werkt goed; de commissie "
          "hoorde veel positieve verhalen over de hulp bij het aanvragen van een identiteitsbewijs."),
        P("<b>Aanbeveling:</b> Onderzoek of de werkzaal metaal met een tijdelijke afzuiginstallatie weer open kan, "
          "vooruitlopend op de renovatie van het arbeidsgebouw."),
        P("3.5 Beklag en bemiddeling", H3),
        P("Bemiddeling door de maandcommissaris loste in 2025 veel klachten snel op. Klagers horen alleen niet "
          "altijd wat er met de afspraken is gebeurd. Ook weten vooral anderstalige gedetineerden niet goed hoe zij "
          "een klacht kunnen indienen."),
        P("<b>Aanbeveling:</b> Informeer klagers binnen twee weken na een bemiddeling schriftelijk over de "
          "afspraken die zijn gemaakt en over de uitvoering daarvan."),
        P("<b>Aanbeveling:</b> Hang op elke afdeling de folder over het klachtrecht op in ten minste vijf talen "
          "en geef hem bij binnenkomst aan iedere nieuwe gedetineerde mee."),
        P("4. Tot slot", H2),
        P("De commissie dankt de medewerkers van de inrichting voor de open samenwerking. Zij bespreekt dit "
          "jaarverslag graag met de directie in het overleg van april, en wil daar vooral stilstaan bij de eerste "
          "en de laatste aanbeveling."),
        Spacer(1, 6),
        P("Namens de Commissie van Toezicht,<br/>mr. A.M. (Annelies) Verkerk-Brand, voorzitter<br/>"
          "drs. T. (Tarik) el Ouali, secretaris"),
    ]


def response_story():
    return [
        P("Dienst Justitiële Inrichtingen - Penitentiaire Inrichting Hollandse Waard", SMALL),
        P("Postbus 4410 - 3370 GK Waardhoven", SMALL), Spacer(1, 12),
        P("Aan de Commissie van Toezicht bij PI Hollandse Waard<br/>t.a.v. mevrouw mr. A.M. Verkerk-Brand, "
          "voorzitter"),
        Spacer(1, 6),
        P("Datum: 26 maart 2026<br/>Ons kenmerk: PIHW/DIR/2026-0219<br/>Onderwerp: reactie op het jaarverslag "
          "2025", SMALL),
        Spacer(1, 10),
        P("Geachte mevrouw Verkerk-Brand,"),
        P("Dank voor het jaarverslag 2025 van uw commissie, dat ik op 16 februari ontving. Het verslag is met het "
          "managementteam en met de afdelingshoofden besproken. Graag geef ik per onderwerp aan wat wij met uw "
          "bevindingen doen."),
        P("Personeel", LH),
        P("Eerst iets over de bezetting, omdat die veel van uw bevindingen verklaart. In 2025 zijn 31 nieuwe "
          "penitentiair inrichtingswerkers begonnen en zijn er 24 vertrokken. Het ziekteverzuim daalde van 9,8 naar "
          "8,1 procent. Eind 2025 stonden nog 17 vacatures open."),
        P("Klachtrecht", LH),
        P("Uw voorstel over de voorlichting over het klachtrecht nemen wij volledig over. De folder is vertaald in "
          "het Engels, Arabisch, Pools, Roemeens en Turks en hangt vanaf april op alle afdelingen; bij de intake "
          "krijgt iedere nieuwe gedetineerde een exemplaar in zijn eigen taal."),
        P("Dagprogramma en opleiding", LH),
        P("Wij delen uw zorg over het ingekorte dagprogramma. Vanaf 1 mei 2026 geldt een ondergrens van vier uur "
          "activiteiten per dag, ook bij onderbezetting, en staat op elke afdeling een lijst die vooraf laat zien "
          "welke activiteit bij tekort als eerste vervalt. Ook de opleiding passen wij aan zoals u voorstelt: nieuwe "
          "collega's volgen de training de-escalerend werken voortaan in hun eerste drie maanden."),
        P("Bezoek en videobellen", LH),
        P("Videobellen blijft gekoppeld aan het plusprogramma. Het is voor ons een van de weinige middelen om goed "
          "gedrag te belonen, en wij hebben op dit moment niet de ruimte en het toezicht om het voor iedereen "
          "mogelijk te maken. Daarom nemen wij dit voorstel niet over."),
        P("Zorg", LH),
        P("De psycholoog houdt vanaf juni een vast spreekuur op de afdeling voor kort verblijf, maar eens per "
          "twee weken en niet wekelijks; voor meer uren is in de formatie geen plaats. Dringende vragen kunnen "
          "gedetineerden ook tussendoor via de verpleging stellen."),
        P("Arbeid", LH),
        P("Of een tijdelijke afzuiginstallatie mogelijk is, hangt af van de planning van de renovatie, die bij het "
          "Rijksvastgoedbedrijf ligt. Wij nemen uw suggestie mee in het overleg dat daarover in het najaar plaatsvindt "
          "en kunnen nu nog niets toezeggen."),
        P("Luchtplaats", LH),
        P("Los van uw verslag meld ik dat de luchtplaats van de afdeling Zuid in de zomer een nieuwe overkapping "
          "krijgt, waardoor gedetineerden ook bij regen naar buiten kunnen."),
        KeepTogether([
            P("Ik kijk uit naar ons overleg in april en dank u en de leden van de commissie voor uw inzet in het "
              "afgelopen jaar."),
            Spacer(1, 4),
            P("Met vriendelijke groet,<br/><br/>drs. M.J. (Marleen) Hoogendoorn<br/>vestigingsdirecteur PI "
              "Hollandse Waard")]),
    ]


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Commissie van Toezicht PI Hollandse Waard - Jaarverslag 2025",
          "Jaarverslag 2025 Commissie van Toezicht", "pagina {n} van {m}", "Commissie van Toezicht PI Hollandse Waard")
    build(response_story, NAME + "_response.pdf", "PI Hollandse Waard - reactie jaarverslag 2025",
          "Reactie op het jaarverslag 2025", "pagina {n} van {m}", "PI Hollandse Waard")
    B.write_expected(NAME, [
        (1, "Zorg dat het dagprogramma op de afdelingen ook bij personeelstekort",
         "geldt een ondergrens van vier uur activiteiten per dag", "agrees"),
        (2, "Bied nieuwe medewerkers binnen drie maanden na hun indiensttreding",
         "Ook de opleiding passen wij aan zoals u voorstelt", "agrees"),
        (3, "Richt op de afdeling voor kort verblijf een vast",
         "maar eens per twee weken en niet wekelijks", "partly"),
        (4, "Sta videobellen toe voor alle gedetineerden, ook voor wie",
         "Daarom nemen wij dit voorstel niet over", "disagrees"),
        (5, "Onderzoek of de werkzaal metaal met een tijdelijke afzuiginstallatie",
         "kunnen nu nog niets toezeggen", "noted"),
        (6, "Informeer klagers binnen twee weken na een bemiddeling schriftelijk", None, "unanswered"),
        (7, "Hang op elke afdeling de folder over het klachtrecht op",
         "De folder is vertaald in het Engels, Arabisch", "agrees"),
    ], ["Het ziekteverzuim daalde van 9,8 naar 8,1 procent",
        "krijgt, waardoor gedetineerden ook bij regen naar buiten kunnen",
        "Het verslag is met het managementteam en met de afdelingshoofden besproken",
        "dank u en de leden van de commissie voor uw inzet"],
        "Advice: the annual report of a Commissie van Toezicht at a penitentiary institution; the seven "
        "recommendations are UNNUMBERED run-in paragraphs opened by a bold 'Aanbeveling:' at the end of theme "
        "sub-sections 3.1-3.5 (2 + 1 + 1 + 1 + 2), running across the page break. Traps: the Penitentiaire "
        "beginselenwet paraphrased with 'moet', a numbered list 1-4 of complaint figures, a bold 'Aandachtspunt:' "
        "paragraph that asks no change, the 2024 recommendation quoted as an imperative ('Verleng de bezoektijden op "
        "zaterdag', already carried out), a closing line naming 'de eerste en de laatste aanbeveling'. Response: the "
        "director's letter by THEME with bold run-in headings and no numbers, in the order 7, 1+2, 4, 3, 5: 7 agrees "
        "(leaflet in five languages from April), 1 and 2 in ONE paragraph (both agree: four-hour floor from 1 May, "
        "training in the first three months), 4 disagrees (video calls stay a reward of the plus programme), 3 "
        "partly (fortnightly, not weekly), 5 noted (taken into the autumn talks with the Rijksvastgoedbedrijf, "
        "nothing promised). 6 (written feedback after mediation) is never answered. The introduction, 'Personeel' "
        "(staff figures), 'Luchtplaats' (the institution's own news) and the closing answer nothing.")
