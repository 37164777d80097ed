"""Round 48 (nl): an (invented) ADVIES of the ADVIESRAAD GEVAARLIJKE STOFFEN (AGS) to the state secretary of IenW on
hydrogen in existing residential areas (proeftuinen): title page block with addressee and kenmerk, running header
from page 2 and 'pagina N van M', a Samenvatting with SHORT unnumbered bullets that group the advice (trap), the
adviesvragen as a numbered list 1-3 (trap), a table of gas properties (figures, trap), the Gaswet and the Besluit
externe veiligheid with 'moeten' (trap), the AGS's own 2021 advice quoted as an imperative (trap), 'zou ... moeten'
findings; the recommendations a numbered list 1.-8. in the closing chapter '5 Adviezen' (bold imperative + plain
explanation; 6 addressed to the netbeheerders). Answered by the state secretary's LETTER to the AGS chair in
Rijksoverheid style (logo strip, reference sidebar on every page), with thematic headings in another order and
without numbers. Engine: reportlab platypus (DejaVu, no shaping; two-pass 'pagina N van M'). Answer key:
README-nl.md.

Run: /tmp/blind48nl/bin/python tests/docs/src/blind48/gen_nl_ags_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b48nl as B  # noqa: E402

NAME = "blind48_nl_ags"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")

ORANGE = colors.HexColor("#c2571a")
BLUE = colors.HexColor("#154273")
GREY = colors.HexColor("#555555")


def st(fam, size=9.2, lead=13.4, **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


A = {
    "b": st("DS", 9, 13.4, alignment=4, spaceAfter=5),
    "s": st("DS", 7.8, 10.5, spaceAfter=2),
    "t": st("DSB", 20, 24, textColor=ORANGE, spaceAfter=4),
    "st": st("DS", 11.5, 15, textColor=GREY, spaceAfter=8),
    "h2": st("DSB", 11.5, 15, textColor=ORANGE, spaceBefore=9, spaceAfter=4),
    "h3": st("DSB", 9.2, 12.5, spaceBefore=5, spaceAfter=3),
    "q": st("DSI", 8.8, 12.8, leftIndent=8 * mm, rightIndent=8 * mm, spaceAfter=5),
    "li": st("DS", 9, 13.4, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2.5, alignment=4),
    "rec": st("DS", 9, 13.4, leftIndent=7 * mm, bulletIndent=0, spaceAfter=5, alignment=4),
    "c": st("DS", 8, 10.4),
    "cb": st("DSB", 8, 10.4),
    "lb": st("DR", 10, 14.6, spaceAfter=7),
    "lh": st("DRB", 10, 14.6, spaceBefore=4, spaceAfter=2),
    "sb": st("DS", 6.8, 9, textColor=colors.black),
}


def build(story_fn, path, deco, margins=(24, 22, 24, 20)):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                                topMargin=margins[2] * mm, bottomMargin=margins[3] * mm,
                                title=os.path.basename(path), author="blind48")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.5)
        c.setFillColor(GREY)
        if doc.page > 1:
            c.drawString(24 * mm, A4[1] - 13 * mm, "Adviesraad Gevaarlijke Stoffen")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Waterstof in de wijk | AGS-advies 2026-03")
            c.setStrokeColor(ORANGE)
            c.setLineWidth(0.5)
            c.line(24 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
        else:
            c.setFillColor(ORANGE)
            c.rect(0, A4[1] - 9 * mm, A4[0], 9 * mm, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.drawRightString(A4[0] - 22 * mm, 11 * mm, f"pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def advice_story():
    s = []
    s.append(Paragraph("<font name='DSB' size='11' color='#c2571a'>Adviesraad Gevaarlijke Stoffen</font><br/>"
                       "<font size='7.5'>Postbus 20901 | 2500 EX Den Haag | www.adviesraadgevaarlijkestoffen.nl"
                       "</font>", A["s"]))
    s.append(Spacer(1, 12 * mm))
    s.append(Paragraph("Waterstof in de wijk", A["t"]))
    s.append(Paragraph("Advies over de veiligheid van waterstof in proeftuinen in de bestaande woningbouw", A["st"]))
    meta = [("Aan", "de staatssecretaris van Infrastructuur en Waterstaat"),
            ("Kenmerk", "AGS-advies 2026-03 / AGS/2026/041"),
            ("Datum", "26 maart 2026"),
            ("Adviesvraag", "brief van 9 oktober 2025, IENW/BSK-2025/266120")]
    t = Table([[Paragraph(k, A["cb"]), Paragraph(v, A["c"])] for k, v in meta], colWidths=[32 * mm, 132 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, ORANGE),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, ORANGE), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s.append(t)
    s.append(Paragraph("Samenvatting", A["h2"]))
    s.append(Paragraph(
        "Het kabinet wil in een beperkt aantal woonwijken ervaring opdoen met waterstof als vervanger van aardgas. "
        "In de eerste proeftuinen worden vanaf 2027 ongeveer 1.900 woningen via het bestaande gasnet met waterstof "
        "verwarmd. Waterstof gedraagt zich anders dan aardgas: het lekt gemakkelijker, ontsteekt bij een veel "
        "lagere energie en brandt met een bijna onzichtbare vlam. Volgens de AGS kunnen die risico's beheerst "
        "worden, mits de veiligheidseisen vooraf duidelijk zijn. Samengevat komt het advies op het volgende neer:",
        A["b"]))
    for t in ("heldere eisen aan druk en ligging van het net, en een rekenmethode voor het risico;",
              "geur als eerste waarschuwing, aangevuld met detectie in de woning;",
              "een sterke rol voor de veiligheidsregio en centrale registratie van incidenten;",
              "meer kennis over waterstof in kruipruimten, en geen uitrol zonder onafhankelijke evaluatie."):
        s.append(Paragraph(t, A["li"], bulletText="\u2013"))
    s.append(Paragraph("1 Aanleiding en adviesvraag", A["h2"]))
    s.append(Paragraph("Bij brief van 9 oktober 2025 heeft de staatssecretaris de AGS gevraagd om advies over de "
                       "volgende vragen:", A["b"]))
    for i, t in enumerate((
            "Welke risico's voor de externe en interne veiligheid brengt het gebruik van waterstof in het "
            "bestaande lagedruknet met zich mee?",
            "Is de huidige regelgeving voor gasnetten en gasinstallaties toereikend om die risico's te beheersen?",
            "Welke aanvullende maatregelen zijn nodig voordat de eerste proeftuinen in gebruik worden genomen?"), 1):
        s.append(Paragraph(t, A["li"], bulletText=f"{i}."))
    s.append(Paragraph("De AGS heeft voor dit advies gesproken met de netbeheerders, Netbeheer Nederland, de "
                       "Inspectie Leefomgeving en Transport (ILT), het Instituut Fysieke Veiligheid, drie "
                       "veiligheidsregio's en de gemeenten van de vier beoogde proeftuinen.", A["b"]))
    s.append(Paragraph("2 Waterstof en aardgas vergeleken", A["h2"]))
    s.append(Paragraph("De tabel toont de eigenschappen die voor de veiligheid het meest van belang zijn.", A["b"]))
    rows = [("Eigenschap", "Aardgas (Gronings)", "Waterstof"),
            ("Onderste explosiegrens (vol.-% in lucht)", "5,0", "4,0"),
            ("Bovenste explosiegrens (vol.-% in lucht)", "15,0", "75,0"),
            ("Minimale ontstekingsenergie (mJ)", "0,28", "0,017"),
            ("Laminaire vlamsnelheid (m/s)", "0,4", "2,9"),
            ("Zichtbaarheid vlam bij daglicht", "goed", "nauwelijks")]
    t = Table([[Paragraph(c, A["cb"] if i == 0 else A["c"]) for c in r] for i, r in enumerate(rows)],
              colWidths=[78 * mm, 43 * mm, 43 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f6e3d6")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d9a27f")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(Paragraph("Waterstof is geurloos. Aardgas wordt al sinds de jaren zestig geodoriseerd met THT "
                       "(tetrahydrothiofeen), zodat bewoners een lek ruiken lang voordat de onderste "
                       "explosiegrens wordt bereikt. Voor waterstof is nog geen geurstof voorgeschreven.", A["b"]))
    s.append(Paragraph("3 Regelgeving en risico's", A["h2"]))
    s.append(Paragraph("Volgens de Gaswet moeten netbeheerders zorgen voor een veilig en betrouwbaar net. Het "
                       "Besluit externe veiligheid buisleidingen geldt alleen voor leidingen met een druk boven "
                       "16 bar; voor het lagedruknet in woonwijken (tot 100 mbar) bestaan geen wettelijke eisen "
                       "aan afstanden of risico's. Netbeheerders moeten zich houden aan de NEN 7244-reeks, maar die "
                       "normen zijn geschreven voor aardgas.", A["b"]))
    s.append(Paragraph("In haar advies 'Waterstof: veilig op weg' van 2021 schreef de AGS al: 'Ontwikkel een "
                       "veiligheidskader voor waterstof in de gebouwde omgeving voordat de eerste pilots "
                       "starten.' Het programma Waterstofwijken heeft sindsdien een Veiligheidsrichtlijn "
                       "proeftuinen opgesteld, die volgens de AGS een goede basis is. De richtlijn is echter niet "
                       "bindend.", A["b"]))
    s.append(Paragraph("Een lek in een kruipruimte of meterkast kan bij waterstof sneller tot een ontvlambaar "
                       "mengsel leiden dan bij aardgas. Over de verspreiding in die kleine ruimten is weinig "
                       "bekend; de metingen die er zijn, komen uit laboratoriumopstellingen. Een bewoner zou bij "
                       "een lek in principe direct moeten worden gewaarschuwd, maar dat is niet overal "
                       "gegarandeerd.", A["b"]))
    s.append(Paragraph("4 Rol van de hulpdiensten", A["h2"]))
    s.append(Paragraph("Brandweerlieden kunnen een waterstofbrand moeilijk zien en hebben beperkte ervaring met "
                       "waterstof in woningen. De veiligheidsregio's die de AGS sprak, zijn bij de voorbereiding "
                       "van de proeftuinen wisselend betrokken: in twee van de vier gemeenten pas nadat de keuze "
                       "voor de wijk was gemaakt.", A["b"]))
    s.append(Paragraph("5 Adviezen", A["h2"]))
    s.append(Paragraph("Op grond van het voorgaande geeft de AGS de staatssecretaris de volgende adviezen:",
                       A["b"]))
    recs = (
        "<b>Stel voor waterstofnetten in woonwijken een wettelijke maximale werkdruk van 100 mbar vast en leg ook "
        "de minimale afstanden tot gevels en kruipruimten in regelgeving vast.</b> Nu ontbreekt elke wettelijke "
        "ondergrens; een niet-bindende richtlijn geeft te weinig zekerheid.",
        "<b>Laat het RIVM een rekenmethode ontwikkelen voor het plaatsgebonden risico en het groepsrisico van "
        "waterstofnetten in woonwijken.</b> Zonder zo'n methode kunnen gemeenten de risico's niet wegen in hun "
        "omgevingsplan.",
        "<b>Verplicht netbeheerders om waterstof in de gebouwde omgeving te odoriseren.</b> Een geurstof is de "
        "eenvoudigste en meest beproefde waarschuwing voor bewoners.",
        "<b>Verplicht een waterstofdetector met automatische afsluiter in elke woning die op waterstof wordt "
        "aangesloten.</b> De detector vult de geur aan voor bewoners die slecht ruiken of slapen.",
        "<b>Geef de veiligheidsregio een adviesrecht bij de keuze en de inrichting van elke proeftuin.</b> "
        "Zo kunnen bereikbaarheid, bluswater en de opleiding van brandweerpersoneel tijdig worden geregeld.",
        "<b>De AGS adviseert de netbeheerders alle incidenten en bijna-incidenten in de proeftuinen centraal te "
        "registreren en de gegevens te delen met de ILT en de AGS.</b> Alleen zo wordt van elke proeftuin geleerd.",
        "<b>Financier onderzoek naar de verspreiding van waterstof in kruipruimten en meterkasten onder "
        "praktijkomstandigheden.</b>",
        "<b>Besluit pas over een grootschalige toepassing van waterstof in woonwijken nadat de proeftuinen "
        "onafhankelijk zijn geëvalueerd, en maak die evaluatie openbaar.</b>",
    )
    for i, t in enumerate(recs, 1):
        s.append(Paragraph(t, A["rec"], bulletText=f"{i}."))
    s.append(Spacer(1, 4))
    s.append(KeepTogether([
        Paragraph("De AGS is graag bereid dit advies toe te lichten.", A["b"]),
        Paragraph("Hoogachtend,<br/><br/>prof. dr. ir. M.C. (Marieke) Jansen-Rietveld<br/>voorzitter Adviesraad "
                  "Gevaarlijke Stoffen<br/><br/>ir. P. (Pieter) de Graaf<br/>secretaris", A["b"])]))
    return s


SIDEBAR = [("", "Directoraat-Generaal Milieu en Internationaal"), ("", "Directie Omgevingsveiligheid"),
           ("", "Rijnstraat 8"), ("", "2515 XP Den Haag"), ("", "Postbus 20901"), ("", "2500 EX Den Haag"),
           ("", ""), ("Contactpersoon", "drs. S. (Sanne) Kuipers"), ("", ""),
           ("Ons kenmerk", "IENW/BSK-2026/118403"), ("", ""), ("Uw kenmerk", "AGS/2026/041"), ("", ""),
           ("Bijlage(n)", "0")]


def res_deco(total):
    def draw(c, doc):
        c.saveState()
        # logo strip
        c.setFillColor(BLUE)
        c.rect(A4[0] / 2 - 5 * mm, A4[1] - 26 * mm, 10 * mm, 26 * mm, stroke=0, fill=1)
        c.setFont("DS", 8.5)
        c.setFillColor(colors.black)
        c.drawString(A4[0] / 2 + 8 * mm, A4[1] - 17 * mm, "Ministerie van Infrastructuur")
        c.drawString(A4[0] / 2 + 8 * mm, A4[1] - 21 * mm, "en Waterstaat")
        y = A4[1] - (58 if doc.page == 1 else 40) * mm
        x = 152 * mm
        items = SIDEBAR if doc.page == 1 else SIDEBAR[-6:-4] + [("", ""), ("Datum", "12 juni 2026")]
        for k, v in items:
            if k:
                c.setFont("DSB", 6.8)
                c.drawString(x, y, k)
                y -= 8.5
            c.setFont("DS", 6.8)
            c.drawString(x, y, v)
            y -= 8.5
        c.setFont("DS", 6.8)
        c.drawString(x, 12 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def response_story():
    s = []
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("&gt; Retouradres Postbus 20901 2500 EX Den Haag", st("DS", 6, 8)))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("Adviesraad Gevaarlijke Stoffen<br/>t.a.v. de voorzitter, prof. dr. ir. M.C. "
                       "Jansen-Rietveld<br/>Postbus 20901<br/>2500 EX Den Haag", A["lb"]))
    s.append(Spacer(1, 10 * mm))
    meta = Table([[Paragraph("Datum", A["c"]), Paragraph("12 juni 2026", A["c"])],
                  [Paragraph("Betreft", A["c"]), Paragraph("Reactie op AGS-advies 'Waterstof in de wijk'", A["c"])]],
                 colWidths=[20 * mm, 100 * mm])
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(meta)
    s.append(Spacer(1, 8 * mm))
    L = A["lb"]
    H = A["lh"]
    s.append(Paragraph("Geachte mevrouw Jansen-Rietveld,", L))
    s.append(Paragraph("Op 26 maart 2026 ontving ik uw advies 'Waterstof in de wijk'. Ik dank de AGS voor het "
                       "heldere en tijdige advies. Het komt op het moment dat de netbeheerders en de gemeenten de "
                       "proeftuinen voorbereiden, en het helpt mij om de veiligheid vanaf het begin goed te "
                       "regelen. Hieronder ga ik per onderwerp op uw advies in.", L))
    s.append(Paragraph("Risico's berekenen", H))
    s.append(Paragraph("Ik heb het RIVM opdracht gegeven een rekenmethode te ontwikkelen voor waterstofnetten in "
                       "woonwijken, zoals u adviseert. De methode wordt in het voorjaar van 2027 opgeleverd en "
                       "daarna opgenomen in de Handleiding Risicoberekeningen.", L))
    s.append(Paragraph("Eisen aan het net", H))
    s.append(Paragraph("De maximale werkdruk van 100 mbar leg ik vast in het Besluit gasnetten waterstof, dat ik "
                       "dit najaar in consultatie breng. Voor de afstanden tot gevels en kruipruimten kies ik "
                       "een andere weg: die worden uitgewerkt in een nieuwe NEN-norm, waarnaar het besluit "
                       "verwijst. Zo kunnen de eisen sneller worden aangepast aan de ervaringen in de "
                       "proeftuinen.", L))
    s.append(Paragraph("Geur en detectie", H))
    s.append(Paragraph("Met de AGS vind ik geur de belangrijkste waarschuwing. Ik neem in het besluit een plicht "
                       "voor netbeheerders op om waterstof in de gebouwde omgeving te odoriseren. Een verplichte "
                       "detector met afsluiter in elke woning neem ik niet over. De netbeheerders bieden in de "
                       "proeftuinen op vrijwillige basis een detector aan; een wettelijke plicht voor "
                       "woningeigenaren acht ik niet evenredig, nu de geurstof al een betrouwbare waarschuwing "
                       "geeft.", L))
    s.append(Paragraph("Evaluatie en besluitvorming", H))
    s.append(Paragraph("De proeftuinen worden geëvalueerd door een onafhankelijk onderzoeksbureau, en de "
                       "evaluatie wordt openbaar. Ik deel niet de opvatting dat alle voorbereidingen voor een "
                       "bredere toepassing moeten wachten tot die evaluatie klaar is: de netbeheerders moeten "
                       "tijdig weten waar zij aan toe zijn. Het besluit over een grootschalige uitrol neemt het "
                       "kabinet pas na de evaluatie.", L))
    s.append(Paragraph("Veiligheidsregio's", H))
    s.append(Paragraph("Dit is al zo geregeld. Voor elke proeftuin is een omgevingsvergunning nodig, en het "
                       "bevoegd gezag vraagt de veiligheidsregio daarbij verplicht om advies. Ik zal de gemeenten "
                       "er via de VNG op wijzen dat zij de veiligheidsregio ook bij de keuze van de wijk betrekken.",
                       L))
    s.append(Paragraph("Incidentregistratie", H))
    s.append(Paragraph("Het advies over de registratie van incidenten is gericht aan de netbeheerders. Ik heb het "
                       "onder de aandacht gebracht van Netbeheer Nederland, en ik wacht hun reactie af.", L))
    s.append(Paragraph("Verduurzaming van de gebouwde omgeving", H))
    s.append(Paragraph("Waterstof zal voor de verwarming van woningen naar verwachting een beperkte rol spelen; "
                       "warmtenetten en warmtepompen blijven de hoofdroute. Over de voortgang van het Programma "
                       "Versnelling Verduurzaming Gebouwde Omgeving informeert de minister van VRO de Tweede "
                       "Kamer in het najaar.", L))
    s.append(Paragraph("Tot slot", H))
    s.append(Paragraph("Ik stuur een afschrift van deze brief aan de Tweede Kamer, Netbeheer Nederland en het "
                       "Veiligheidsberaad. Ik zie uit naar de verdere samenwerking met de AGS.", L))
    s.append(Paragraph("Hoogachtend,<br/><br/>DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT -<br/>"
                       "OPENBAAR VERVOER EN MILIEU,<br/><br/><br/>mr. drs. W.F. Tjoeng", L))
    return s


def expected():
    recs = [
        ("1", "Stel voor waterstofnetten in woonwijken een wettelijke maximale werkdruk",
         "Voor de afstanden tot gevels en kruipruimten kies ik", "partly"),
        ("2", "Laat het RIVM een rekenmethode ontwikkelen voor het plaatsgebonden risico",
         "Ik heb het RIVM opdracht gegeven een rekenmethode te ontwikkelen", "agrees"),
        ("3", "Verplicht netbeheerders om waterstof in de gebouwde omgeving te odoriseren",
         "Ik neem in het besluit een plicht voor netbeheerders op", "agrees"),
        ("4", "Verplicht een waterstofdetector met automatische afsluiter in elke woning",
         "Een verplichte detector met afsluiter in elke woning neem ik niet over", "disagrees"),
        ("5", "Geef de veiligheidsregio een adviesrecht bij de keuze en de inrichting",
         "Dit is al zo geregeld. Voor elke proeftuin is een omgevingsvergunning nodig", "agrees", ["partly"]),
        ("6", "De AGS adviseert de netbeheerders alle incidenten en bijna-incidenten",
         "Ik heb het onder de aandacht gebracht van Netbeheer Nederland", "noted"),
        ("7", "Financier onderzoek naar de verspreiding van waterstof in kruipruimten", None, "unanswered"),
        ("8", "Besluit pas over een grootschalige toepassing van waterstof in woonwijken",
         "Ik deel niet de opvatting dat alle voorbereidingen", "partly", ["agrees"]),
    ]
    unmatched = ["warmtenetten en warmtepompen blijven de hoofdroute",
                 "Ik stuur een afschrift van deze brief aan de Tweede Kamer"]
    notes = ("AGS-advies 2026-03 'Waterstof in de wijk' to the state secretary of IenW: orange title block, meta "
             "table, Samenvatting with four SHORT dash bullets grouping the advice (trap), adviesvragen 1.-3. "
             "(questions, trap), a gas-properties table, Gaswet/Bevb/NEN 7244 with 'moeten', the AGS's 2021 "
             "imperative quoted (trap), 'zou ... moeten' finding; recommendations 1.-8. in '5 Adviezen' (bold "
             "imperative + explanation; 6 'De AGS adviseert de netbeheerders'). Reply: the state secretary's "
             "LETTER to the AGS chair (logo strip, reference sidebar), thematic headings without numbers in the "
             "order 2, 1, 3+4, 8, 5, 6: RIVM method commissioned (2 agrees); 100 mbar in the Besluit but distances "
             "in a NEN standard (1 partly); ONE section 'Geur en detectie': odorisation duty (3 agrees) and 'Een "
             "verplichte detector ... neem ik niet over', voluntary detectors (4 disagrees); independent public "
             "evaluation and decision after it, but preparations do not wait (8 partly, agrees acceptable); 'Dit is "
             "al zo geregeld' via the omgevingsvergunning, municipalities reminded (5 agrees, partly acceptable); "
             "incident registration is for the netbeheerders, passed on to Netbeheer Nederland (6 noted); 7 "
             "(research on crawl spaces) unanswered. Unmatched: 'Verduurzaming van de gebouwde omgeving' and "
             "'Tot slot'.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco)
    build(response_story, B.out(NAME + "_response.pdf"), res_deco, margins=(24, 66, 30, 22))
    expected()
    sys.exit(0 if B.check(NAME) else 1)
