"""Round 47 (nl): an (invented) ADVIES of the COMMISSIE VAN AANBESTEDINGSEXPERTS on a complaint about a European
tender for pupil transport (geschiktheidseis, gunningscriteria), with Aanbestedingswet articles and a Gids
Proportionaliteit rule quoted (traps), a table of award criteria K1-K4 (trap), the complainant's own request quoted
and not followed (trap), a finding 'zou ... moeten' (trap), recommendations as UNNUMBERED 'De Commissie beveelt ...
aan' sentences inside the assessment of each complaint part plus two in the closing 'Advies' section after a short
recap (trap); answered by the tender's NOTA VAN INLICHTINGEN nr. 2 (landscape A4, table Nr | Document/paragraaf |
Vraag of aanleiding | Antwoord, rows for bidders' questions too). Engine: reportlab platypus (DejaVu; two-pass
'pagina N van M'). Answer key: README-nl.md.

Run: /tmp/blind47nl/bin/python tests/docs/src/blind47/gen_nl_aanbesteding_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b47nl as B  # noqa: E402

NAME = "blind47_nl_aanbesteding"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")

TEAL = colors.HexColor("#00677f")
GREY = colors.HexColor("#555555")


def st(fam, size=9.2, lead=13.4, **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


A = {
    "b": st("DR", 9.4, 13.6, alignment=4, spaceAfter=5),
    "s": st("DS", 7.8, 10.5, spaceAfter=2),
    "h1": st("DSB", 15, 19, textColor=TEAL, spaceAfter=5),
    "h2": st("DSB", 10.8, 14, textColor=TEAL, spaceBefore=8, spaceAfter=4),
    "h3": st("DSB", 9.4, 12.5, spaceBefore=5, spaceAfter=3),
    "q": st("DRI", 9, 13, leftIndent=8 * mm, rightIndent=8 * mm, spaceAfter=5),
    "c": st("DS", 8, 10.4),
    "cb": st("DSB", 8, 10.4),
}


def build(story_fn, path, deco, pagesize=A4, margins=(22, 22, 24, 20)):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                                topMargin=margins[2] * mm, bottomMargin=margins[3] * mm,
                                title=os.path.basename(path), author="blind47")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.5)
        c.setFillColor(GREY)
        if doc.page > 1:
            c.drawString(22 * mm, A4[1] - 13 * mm, "Commissie van Aanbestedingsexperts")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Advies 812 | Leerlingenvervoer Regio Lindeveld")
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.5)
            c.line(22 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
        c.drawString(22 * mm, 11 * mm, "Advies 812, 12 mei 2026")
        c.drawRightString(A4[0] - 22 * mm, 11 * mm, f"pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def rec(t):
    return Paragraph(t, A["b"])


def advice_story():
    s = []
    s.append(Paragraph("<font name='DSB' size='12' color='#00677f'>Commissie van Aanbestedingsexperts</font><br/>"
                       "<font size='7.5'>Postbus 16375 | 2500 BJ Den Haag | www.commissievanaanbestedingsexperts.nl"
                       "</font>", A["s"]))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Advies 812", A["h1"]))
    meta = [("Datum", "12 mei 2026"),
            ("Klager", "een vervoersonderneming (hierna: klager)"),
            ("Aanbestedende dienst", "gemeente Lindeveld, mede namens de gemeenten Aa en Veen, Hoogmoer, Oldenwerf "
                                     "en Sint-Joost (hierna: aanbestedende dienst)"),
            ("Aanbesteding", "Europese openbare procedure 'Leerlingenvervoer Regio Lindeveld 2027-2031', kenmerk "
                             "LV-2026-AB-014, vier percelen"),
            ("Onderwerp", "hoogte van de omzeteis, beoordeling kwaliteitscriterium K2, indexering, termijnen")]
    t = Table([[Paragraph(k, A["cb"]), Paragraph(v, A["c"])] for k, v in meta], colWidths=[38 * mm, 128 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, TEAL),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s.append(t)
    s.append(Paragraph("1 Samenvatting", A["h2"]))
    s.append(Paragraph("Klager heeft op 3 april 2026 een klacht ingediend over de aanbesteding van het "
                       "leerlingenvervoer in vijf gemeenten. De klacht bestaat uit vier onderdelen. De Commissie "
                       "acht klachtonderdeel 1 (omzeteis) en klachtonderdeel 2 (beoordeling K2) gegrond, "
                       "klachtonderdeel 3 (gunning per perceel) ongegrond en klachtonderdeel 4 (indexering) "
                       "gedeeltelijk gegrond. Zij doet de aanbestedende dienst daarom een aantal aanbevelingen.",
                       A["b"]))
    s.append(Paragraph("2 Procesverloop", A["h2"]))
    s.append(Paragraph("Klager heeft zijn klacht eerst bij het klachtenmeldpunt van de aanbestedende dienst "
                       "ingediend. Dat heeft de klacht op 27 maart 2026 ongegrond verklaard. De Commissie heeft de "
                       "klacht op 7 april 2026 in behandeling genomen. De aanbestedende dienst heeft op 17 april 2026 "
                       "gereageerd en klager heeft op 22 april 2026 nog een aanvulling gestuurd. De uiterste datum "
                       "voor inschrijving is nu 2 juni 2026.", A["b"]))
    s.append(Paragraph("3 Beschrijving van de aanbesteding", A["h2"]))
    s.append(Paragraph("Het gaat om het aangepast vervoer van ongeveer 1.150 leerlingen naar speciaal onderwijs, in "
                       "vier percelen, voor vier jaar met twee optionele verlengingen van een jaar. De totale "
                       "geraamde waarde is EUR 22,4 miljoen; perceel 2 (Hoogmoer en Oldenwerf) is met EUR 1,4 "
                       "miljoen per jaar het grootste. De gunning vindt plaats op basis van de beste "
                       "prijs-kwaliteitverhouding (artikel 2.114 Aanbestedingswet 2012), met de volgende "
                       "criteria:", A["b"]))
    rows = [("Code", "Gunningscriterium", "Weging", "Maximaal"),
            ("K1", "Plan van aanpak vervoer en planning", "20%", "200 punten"),
            ("K2", "Visie op veiligheid en omgang met leerlingen", "25%", "250 punten"),
            ("K3", "Duurzaamheid en inzet emissievrije voertuigen", "15%", "150 punten"),
            ("K4", "Communicatie met ouders en scholen", "10%", "100 punten"),
            ("P", "Prijs (ritprijs per leerling)", "30%", "300 punten")]
    t = Table([[Paragraph(c, A["cb"] if i == 0 else A["c"]) for c in r] for i, r in enumerate(rows)],
              colWidths=[16 * mm, 92 * mm, 24 * mm, 34 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebef")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("4 Beschrijving van de klacht", A["h2"]))
    s.append(Paragraph("Klager stelt dat de omzeteis van EUR 4,5 miljoen per jaar voor alle percelen "
                       "onevenredig hoog is (klachtonderdeel 1), dat niet duidelijk is hoe de beoordelaars bij K2 tot "
                       "een score komen (klachtonderdeel 2), dat de aanbestedende dienst ten onrechte geen maximum "
                       "stelt aan het aantal percelen dat één inschrijver kan winnen (klachtonderdeel 3) en dat de "
                       "jaarlijkse prijsaanpassing op basis van de consumentenprijsindex de werkelijke kosten niet "
                       "volgt (klachtonderdeel 4). Klager schrijft:", A["b"]))
    s.append(Paragraph("'Trek de aanbesteding in en begin opnieuw, met een marktconsultatie vooraf en percelen per "
                       "gemeente.'", A["q"]))
    s.append(Paragraph("5 Beoordeling", A["h2"]))
    s.append(Paragraph("5.1 Klachtonderdeel 1: de omzeteis", A["h3"]))
    s.append(Paragraph("Een aanbestedende dienst mag alleen geschiktheidseisen stellen die in een redelijke "
                       "verhouding staan tot de opdracht (artikel 1.10 en artikel 2.90 Aanbestedingswet 2012). "
                       "Voorschrift 3.5 B van de Gids Proportionaliteit luidt: <i>'De aanbestedende dienst stelt "
                       "geen eis aan de omzet die hoger is dan 300% van de geraamde waarde van de opdracht op "
                       "jaarbasis.'</i> De eis van EUR 4,5 miljoen blijft daar voor perceel 2 net binnen, maar voor de "
                       "drie kleinere percelen (EUR 0,6 tot 0,9 miljoen per jaar) ligt zij ver daarboven. De "
                       "aanbestedende dienst heeft niet gemotiveerd waarom één eis voor alle percelen nodig is.",
                       A["b"]))
    s.append(rec("De Commissie beveelt de aanbestedende dienst aan de omzeteis per perceel vast te stellen, op "
                 "ten hoogste 150% van de geraamde jaarwaarde van dat perceel. Zij wijst erop dat de dienst de "
                 "continuïteit van het vervoer ook met andere middelen kan borgen, zoals een bankgarantie."))
    s.append(rec("Ook beveelt de Commissie aan in de aanbestedingsleidraad uitdrukkelijk op te nemen dat leden van "
                 "een combinatie hun omzet bij elkaar mogen optellen. Paragraaf 3.6 van de leidraad staat "
                 "combinaties toe, maar zegt hierover niets, en dat heeft bij klager tot verwarring geleid."))
    s.append(Paragraph("De Commissie acht klachtonderdeel 1 gegrond.", A["b"]))
    s.append(Paragraph("5.2 Klachtonderdeel 2: de beoordeling van K2", A["h3"]))
    s.append(Paragraph("Bij K2 vraagt de aanbestedende dienst een visie van ten hoogste vier pagina's. Bijlage 4 "
                       "noemt alleen de scores 'uitstekend', 'goed', 'voldoende' en 'onvoldoende', zonder te zeggen "
                       "wanneer een visie welk oordeel krijgt. Een inschrijver kan zo niet weten waarop hij wordt "
                       "beoordeeld. De Commissie is van oordeel dat de beoordelingssystematiek transparanter zou "
                       "moeten zijn; dat volgt uit het transparantiebeginsel van artikel 1.8 Aanbestedingswet "
                       "2012.", A["b"]))
    s.append(rec("Zij beveelt de aanbestedende dienst aan in bijlage 4 per score te beschrijven aan welke "
                 "elementen een visie op veiligheid moet voldoen, bijvoorbeeld de opleiding van chauffeurs, het "
                 "werken met vaste chauffeurs en het handelen bij incidenten."))
    s.append(rec("Daarnaast beveelt de Commissie aan dat de beoordelingscommissie haar scores per inschrijver "
                 "schriftelijk motiveert in een beoordelingsverslag, dat de inschrijvers op verzoek kunnen "
                 "inzien."))
    s.append(Paragraph("De Commissie acht klachtonderdeel 2 gegrond.", A["b"]))
    s.append(Paragraph("5.3 Klachtonderdeel 3: gunning per perceel", A["h3"]))
    s.append(Paragraph("Een aanbestedende dienst is niet verplicht het aantal percelen te beperken dat één "
                       "inschrijver kan winnen (artikel 1.5, vierde lid, Aanbestedingswet 2012 laat dat toe, maar "
                       "schrijft het niet voor). De aanbestedende dienst heeft gemotiveerd waarom zij daar niet voor "
                       "kiest. De Commissie acht klachtonderdeel 3 ongegrond en ziet ook geen aanleiding om, zoals "
                       "klager vraagt, de aanbesteding in te trekken.", A["b"]))
    s.append(Paragraph("5.4 Klachtonderdeel 4: de prijsindexering", A["h3"]))
    s.append(Paragraph("De consumentenprijsindex volgt de kosten van personeel en brandstof in het taxi- en "
                       "zorgvervoer maar ten dele. Artikel 6.2 van de conceptovereenkomst geeft de dienst bovendien "
                       "de ruimte om de indexering 'in bijzondere omstandigheden' op te schorten. Dat is een "
                       "onduidelijke bepaling die het risico eenzijdig bij de vervoerder legt.", A["b"]))
    s.append(rec("De Commissie beveelt aan de jaarlijkse prijsaanpassing te baseren op de landelijke "
                 "indexeringsformule voor het taxi- en zorgvervoer en de opschortingsbepaling in artikel 6.2 te "
                 "schrappen."))
    s.append(Paragraph("De Commissie acht klachtonderdeel 4 gedeeltelijk gegrond: de keuze voor een index is aan de "
                       "aanbestedende dienst, de opschortingsbepaling is dat niet.", A["b"]))
    s.append(Paragraph("6 Advies", A["h2"]))
    s.append(Paragraph("Samengevat: de omzeteis moet per perceel worden bepaald en lager worden, de beoordeling van "
                       "K2 moet voorspelbaarder en controleerbaarder worden, en de indexering moet evenwichtiger. De "
                       "Commissie verwacht dat deze aanpassingen in een nota van inlichtingen kunnen worden "
                       "verwerkt.", A["b"]))
    s.append(rec("Omdat inschrijvers hun inschrijving op de gewijzigde stukken moeten kunnen afstemmen, beveelt de "
                 "Commissie aan de termijn voor inschrijving met ten minste tien dagen te verlengen."))
    s.append(rec("Tot slot geeft de Commissie de aanbestedende dienst in overweging bij een volgende aanbesteding "
                 "van het leerlingenvervoer vooraf een marktconsultatie te houden, zodat eisen als deze eerder "
                 "op hun haalbaarheid worden getoetst."))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Den Haag, 12 mei 2026<br/>mr. A.C. (Annelies) Brinkhorst-Veldman, voorzitter<br/>"
                       "ir. R. (Ruben) Oosterbaan, lid<br/>drs. H.J. (Henk) van der Spek, lid", A["s"]))
    return s


RL = landscape(A4)


def res_deco(total):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.5)
        c.setFillColor(GREY)
        c.drawString(18 * mm, RL[1] - 11 * mm, "Gemeente Lindeveld | Inkoop en Contractmanagement")
        c.drawRightString(RL[0] - 18 * mm, RL[1] - 11 * mm,
                          "LV-2026-AB-014 Leerlingenvervoer Regio Lindeveld 2027-2031 | Nota van Inlichtingen 2")
        c.setStrokeColor(colors.HexColor("#8a1538"))
        c.line(18 * mm, RL[1] - 12.5 * mm, RL[0] - 18 * mm, RL[1] - 12.5 * mm)
        c.drawString(18 * mm, 9 * mm, "Versie 1.0 | 20 mei 2026")
        c.drawRightString(RL[0] - 18 * mm, 9 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def response_story():
    s = []
    s.append(Paragraph("<font name='DSB' size='14' color='#8a1538'>Nota van Inlichtingen 2</font>", A["s"]))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("<b>Europese openbare aanbesteding Leerlingenvervoer Regio Lindeveld 2027-2031</b> | "
                       "kenmerk LV-2026-AB-014 | TenderNed-kenmerk 421877 | publicatiedatum nota: 20 mei 2026",
                       A["c"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Deze Nota van Inlichtingen maakt deel uit van de aanbestedingsdocumenten. Bij tegenstrijdigheid "
                       "gaat deze nota voor op de Aanbestedingsleidraad, de bijlagen en Nota van Inlichtingen 1. De "
                       "nota bevat (A) de wijzigingen die de aanbestedende dienst aanbrengt naar aanleiding van het "
                       "advies van de Commissie van Aanbestedingsexperts van 12 mei 2026 (advies 812), en (B) de "
                       "antwoorden op de vragen uit de tweede vragenronde. Vragen zijn geanonimiseerd en waar nodig "
                       "ingekort. Gewijzigde passages zijn in de gepubliceerde documenten geel gemarkeerd.",
                       st("DS", 8.4, 11.5, spaceAfter=4)))
    hdr = ("Nr.", "Document / paragraaf", "Vraag of aanleiding", "Antwoord / wijziging")
    rows = [
        ("A", "", "<b>Wijzigingen naar aanleiding van advies 812</b>", ""),
        ("2.1", "Aanbestedingsleidraad, § 1.4 Planning",
         "Advies 812, onderdeel 6: verleng de inschrijftermijn.",
         "De uiterste datum en tijd voor inschrijving wordt verschoven van 2 juni 2026 naar dinsdag 16 juni 2026, "
         "12.00 uur. De gewijzigde planning staat in § 1.4. De voorlopige gunningsbeslissing volgt uiterlijk 7 juli "
         "2026; de ingangsdatum van de overeenkomst (1 januari 2027) blijft ongewijzigd."),
        ("2.2", "Aanbestedingsleidraad, § 4.2 Financiële en economische draagkracht; § 3.6 Combinaties",
         "Advies 812, klachtonderdeel 1 (omzeteis).",
         "De omzeteis wordt per perceel vastgesteld. Wij kiezen voor tweemaal de geraamde jaarwaarde van het "
         "perceel, en dus niet voor de 150% die de Commissie noemt: gezien het continuïteitsrisico bij vervoer "
         "van kwetsbare leerlingen vinden wij een lagere eis niet verantwoord. De eisen worden: perceel 1 EUR 1,6 "
         "mln, perceel 2 EUR 2,8 mln, perceel 3 EUR 1,2 mln, perceel 4 EUR 1,8 mln. <br/>Aan § 3.6 is toegevoegd "
         "dat de leden van een combinatie hun omzet bij elkaar mogen optellen om aan de omzeteis te voldoen; "
         "dit is conform het advies."),
        ("2.3", "Bijlage 4 Beoordelingssystematiek, criterium K2",
         "Advies 812, klachtonderdeel 2 (beschrijving per score).",
         "Bijlage 4 is aangevuld met een tabel die per score beschrijft welke elementen de visie op veiligheid "
         "moet bevatten: opleiding en scholing van chauffeurs, inzet van vaste chauffeurs per route, het "
         "incidentenprotocol en de begeleiding van leerlingen met gedragsproblemen. De Commissie wordt hierin "
         "volledig gevolgd."),
        ("2.4", "Bijlage 4, § 4.3 Werkwijze beoordelingscommissie",
         "Advies 812, klachtonderdeel 2 (beoordelingsverslag).",
         "Hier neemt de aanbestedende dienst het advies niet over. De beoordelaars scoren eerst individueel en "
         "komen daarna in een consensusoverleg tot één score. Iedere inschrijver krijgt in de gunningsbeslissing "
         "een motivering van de eigen scores en die van de winnende inschrijver, zoals artikel 2.130 van de wet "
         "vraagt. Een afzonderlijk beoordelingsverslag ter inzage voegt daar naar ons oordeel niets aan toe en "
         "wordt niet opgesteld."),
        ("2.5", "Aanbestedingsleidraad, § 9 Evaluatie",
         "Advies 812, onderdeel 6: marktconsultatie bij een volgende aanbesteding.",
         "De aanbestedende dienst heeft kennisgenomen van deze suggestie. Of bij de volgende aanbesteding (vanaf "
         "2030) een marktconsultatie wordt gehouden, wordt bezien bij de evaluatie van deze aanbesteding."),
        ("B", "", "<b>Vragen uit de tweede vragenronde</b>", ""),
        ("2.6", "Programma van Eisen, § 5.2 Voertuigen",
         "Mogen in perceel 3 elektrische voertuigen met een actieradius van 200 km worden ingezet, gelet op de "
         "lange ritten naar De Wissel in Oldenwerf?",
         "Ja. De langste enkele rit in perceel 3 is 54 km. Het laden moet buiten de ritten om plaatsvinden; "
         "laadtijd telt niet als wachttijd voor leerlingen."),
        ("2.7", "Bijlage 6 Prijsformulier (Excel)",
         "Het prijsformulier is beveiligd, waardoor wij de rekenregels niet kunnen zien. Kan het blad worden "
         "vrijgegeven?",
         "Een nieuwe versie van het prijsformulier zonder wachtwoord op de rekenregels is op TenderNed geplaatst "
         "(bijlage 6, versie 2). Alleen de gele cellen mogen worden ingevuld."),
        ("2.8", "Conceptovereenkomst, art. 11 Boete",
         "Wordt de boete bij te laat ophalen per leerling of per rit berekend?",
         "Per rit. Artikel 11.2 is in die zin verduidelijkt."),
    ]
    data = [[Paragraph(h, A["cb"]) for h in hdr]]
    for r in rows:
        data.append([Paragraph(x, A["cb"] if i == 0 else A["c"]) for i, x in enumerate(r)])
    t = Table(data, colWidths=[13 * mm, 52 * mm, 70 * mm, 126 * mm], repeatRows=1)
    sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1dde3")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, r in enumerate(rows, start=1):
        if r[0] in ("A", "B"):
            sty += [("SPAN", (2, i), (3, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4"))]
    t.setStyle(TableStyle(sty))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Nadere vragen over deze nota kunnen uitsluitend via de berichtenmodule van TenderNed worden "
                       "gesteld, uiterlijk op 2 juni 2026. Er volgt geen derde vragenronde.", st("DS", 8.4, 11.5)))
    return s


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco)
    build(response_story, B.out(NAME + "_response.pdf"), res_deco, pagesize=RL, margins=(18, 18, 17, 15))
    recs = [
        ("1", "De Commissie beveelt de aanbestedende dienst aan de omzeteis per",
         "Wij kiezen voor tweemaal de geraamde jaarwaarde van het", "partly"),
        ("2", "Ook beveelt de Commissie aan in de aanbestedingsleidraad uitdrukkelijk op",
         "hun omzet bij elkaar mogen optellen om aan de omzeteis te voldoen", "agrees"),
        ("3", "Zij beveelt de aanbestedende dienst aan in bijlage 4 per score",
         "Bijlage 4 is aangevuld met een tabel die per score", "agrees"),
        ("4", "Daarnaast beveelt de Commissie aan dat de beoordelingscommissie haar scores",
         "Hier neemt de aanbestedende dienst het advies niet over", "disagrees"),
        ("5", "De Commissie beveelt aan de jaarlijkse prijsaanpassing te baseren op",
         None, "unanswered"),
        ("6", "Omdat inschrijvers hun inschrijving op de gewijzigde stukken moeten kunnen",
         "wordt verschoven van 2 juni 2026 naar dinsdag 16 juni 2026", "agrees"),
        ("7", "Tot slot geeft de Commissie de aanbestedende dienst in overweging",
         "De aanbestedende dienst heeft kennisgenomen van deze suggestie", "noted"),
    ]
    unmatched = ["De langste enkele rit in perceel 3 is 54 km",
                 "Een nieuwe versie van het prijsformulier zonder wachtwoord"]
    notes = ("Commissie van Aanbestedingsexperts advies 812 on a complaint about the European tender "
             "'Leerlingenvervoer Regio Lindeveld 2027-2031': letterhead, a meta table (klager, aanbestedende dienst, "
             "kenmerk), running header from page 2 and 'pagina N van M', a Samenvatting naming which complaint parts "
             "are gegrond, an award-criteria table with codes K1-K4/P (trap), Aanbestedingswet articles 1.5, 1.8, "
             "1.10, 2.90, 2.114 and Gids Proportionaliteit voorschrift 3.5 B quoted (traps), the complainant's own "
             "imperative request quoted and rejected (trap), 'zou ... moeten zijn' finding (trap), contract article "
             "6.2. Seven UNNUMBERED recommendations, numbered 1-7 in document order: 'De Commissie beveelt ... aan' "
             "sentences in 5.1 (1, 2), 5.2 (3, 4) and 5.4 (5), and after a 'Samengevat' recap paragraph with 'moet' "
             "(trap) two more in section 6 (6 term extension, 7 'geeft in overweging'). Reply: NOTA VAN INLICHTINGEN "
             "2 (landscape A4 table Nr | Document/paragraaf | Vraag of aanleiding | Antwoord), part A on the advice in "
             "the order 6, 1+2, 3, 4, 7: 2.1 closing date 2 to 16 June (6 agrees); ONE row 2.2 with the turnover "
             "requirement per lot at twice the annual value instead of 150% (1 partly) and the added sentence that "
             "members of a combination may add up their turnover 'conform het advies' (2 agrees); 2.3 scoring table "
             "in bijlage 4 (3 agrees); 2.4 'Hier neemt de aanbestedende dienst het advies niet over', no separate "
             "beoordelingsverslag (4 disagrees); 2.5 'heeft kennisgenomen van deze suggestie' (7 noted); 5 "
             "(indexation, contract article 6.2) unanswered. Part B rows 2.6-2.8 "
             "answer bidders' questions (unmatched).")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)
