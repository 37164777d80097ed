"""Round 69 (nl): a BESLUIT of the EUROPESE OMBUDSMAN closing a STRATEGISCH ONDERZOEK (own-initiative inquiry,
invented: OI/4/2025/KRG on the digital accessibility of the Commission's portal for EU funding and tenders) with
'suggesties voor verbetering', answered by the EUROPESE COMMISSIE: a short cover letter signed by a Commissioner
and an annex 'Antwoord van de Commissie' under theme headings, in another order.

Advice: 3 p.: a blue title block, 'Besluit in strategisch onderzoek OI/4/2025/KRG', every body paragraph NUMBERED
1-15 with the number hanging in the left margin (the EU decision style), sections 'Achtergrond', 'Het onderzoek',
'Beoordeling van de Ombudsman', 'Conclusie', 'Suggesties voor verbetering'. The seven suggestions are UNNUMBERED
bullets '•' after 'De Ombudsman doet de volgende suggesties voor verbetering:' inside one numbered paragraph (14);
each opens 'De Commissie zou ...'; numbers are their order. Traps: Directive (EU) 2016/2102 and UNCRPD art. 9
('moeten ... zorgen', 'moeten ... nemen'), a ruled table of test results per portal module, the Ombudsman's 2021
suggestion quoted and reported as partly followed, the assessment's 'zou ... moeten' paraphrases and 'De Ombudsman
is van mening', the procedural request to reply within three months.
Response: Commission letter 'C(2026) 1542 final' (1 p., nothing but intro and close) + 'Bijlage' with bold theme
headings: 'Algemene opmerkingen' (nothing), 'Naleving van de norm en toegankelijke formulieren' (1 partly: end of
2027, not 2026; 3 agrees), 'Opleiding van de helpdesk' (6 agrees), 'Indieningstermijnen' (5 disagrees: 'kan deze
suggestie niet aanvaarden'), 'Toegankelijkheidsverklaring' (2 agrees), 'Jaarlijkse rapportage' (7 noted: 'neemt
nota ... zal nagaan'), 'Verdere stappen' (nothing); 4 (users with disabilities testing new functions) unanswered.
Engine: reportlab platypus (DejaVu, hanging paragraph numbers as two-column Tables, `invariant=1`).

Run: /tmp/blind69nl/bin/python tests/docs/src/blind69/gen_nl_euombudsman_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b69nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind69_nl_euombudsman"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

EO = colors.HexColor("#1d3c78")
PALE = colors.HexColor("#e9eef7")
GREY = colors.HexColor("#5a5a5a")


def st(size=9.0, lead=13.4, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(8.9, 13.2, "SE", alignment=4),
    "num": st(8.0, 13.2, "DS", textColor=GREY),
    "h": st(10.8, 14, "DSB", spaceBefore=8, spaceAfter=4, textColor=EO),
    "bul": st(8.9, 13.0, "SE", leftIndent=5 * mm, bulletIndent=0.5 * mm, spaceBefore=2, alignment=4),
    "q": st(8.7, 12.6, "SEI", leftIndent=7 * mm, rightIndent=5 * mm, textColor=GREY),
    "cell": st(7.8, 10, "DS"),
    "cellb": st(7.8, 10, "DSB"),
    "cap": st(7.2, 9.4, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=6),
    "tt": st(15, 19, "DSB", textColor=colors.white),
    "ts": st(9.6, 13, "DS", textColor=colors.white),
    # response
    "r": st(9.2, 13.8, "DS", spaceAfter=6, alignment=4),
    "rh": st(9.4, 13.6, "DSB", spaceBefore=7, spaceAfter=2),
    "rt": st(11.2, 15, "DSB", spaceAfter=6),
    "small": st(7.8, 10.4, "DS", textColor=GREY),
}
S["h"].keepWithNext = 1
S["rh"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page > 1:
        c.setFillColor(GREY)
        c.setFont("DS", 7.2)
        c.drawString(20 * mm, h - 12 * mm, "Europese Ombudsman")
        c.drawRightString(w - 20 * mm, h - 12 * mm, "Besluit in strategisch onderzoek OI/4/2025/KRG")
        c.setStrokeColor(EO)
        c.setLineWidth(0.4)
        c.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    c.drawCentredString(w / 2, 10 * mm, f"{doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREY)
    c.setFont("DS", 7.2)
    if doc.page > 1:
        c.drawString(22 * mm, h - 12 * mm, "C(2026) 1542 final - Bijlage")
    c.drawCentredString(w / 2, 10 * mm, f"{doc.page}")
    c.restoreState()


N = [0]


def np(text, extra=None):
    """A numbered paragraph: number hanging in the left margin, text (and optional extra flowables) right."""
    N[0] += 1
    right = [Paragraph(text, S["b"])] + (extra or [])
    t = Table([[Paragraph(str(N[0]), S["num"]), right]], colWidths=(10 * mm, 160 * mm))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, title="Besluit in strategisch onderzoek "
                          "OI/4/2025/KRG", author="Europese Ombudsman")
    fr = Frame(20 * mm, 18 * mm, 170 * mm, 260 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=adv_deco)])
    title = Table([[[Paragraph("EUROPESE OMBUDSMAN", S["ts"]), Spacer(1, 2 * mm),
                     Paragraph("Besluit in strategisch onderzoek OI/4/2025/KRG over de digitale toegankelijkheid "
                               "van het portaal voor financiering en aanbestedingen van de Europese Commissie",
                               S["tt"]),
                     Spacer(1, 1 * mm), Paragraph("Besluit  |  Zaak OI/4/2025/KRG  |  Geopend op 12/03/2025  |  "
                                                  "Besluit van 28/11/2025  |  Betrokken instelling: Europese "
                                                  "Commissie", S["ts"])]]], colWidths=(170 * mm,))
    title.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), EO), ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm), ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm)]))
    f = [title, Spacer(1, 5 * mm),
         Paragraph("Achtergrond", S["h"]),
         np("Via het portaal voor financiering en aanbestedingen (hierna: het portaal) vragen organisaties en "
            "burgers EU-subsidies aan en dienen zij offertes in voor aanbestedingen van de Commissie. Het portaal "
            "wordt jaarlijks door ruim 400 000 gebruikers geraadpleegd."),
         np("Op grond van Richtlijn (EU) 2016/2102 moeten de lidstaten ervoor zorgen dat de websites van hun "
            "openbare instanties toegankelijk zijn voor personen met een handicap. De richtlijn is niet van "
            "toepassing op de instellingen van de Unie zelf. Wel moeten de Unie en haar instellingen op grond van "
            "artikel 9 van het VN-Verdrag inzake de rechten van personen met een handicap passende maatregelen "
            "nemen om de toegankelijkheid van informatie en communicatie te waarborgen."),
         np("De Ombudsman ontving tussen 2022 en 2024 negentien klachten over het portaal van personen met een "
            "visuele of motorische beperking. In zaak 1187/2021 deed zij al de volgende suggestie:"),
         Paragraph("'De Commissie zou ervoor moeten zorgen dat gebruikers van schermlezers alle stappen van de "
                   "aanvraagprocedure zelfstandig kunnen doorlopen.'", S["q"]), Spacer(1, 2 * mm),
         np("De Commissie heeft die suggestie gedeeltelijk opgevolgd: de registratie en het indienen van "
            "voorstellen zijn verbeterd, maar de module voor het opstellen van het budget is nog altijd niet met "
            "een schermlezer te gebruiken."),
         Paragraph("Het onderzoek", S["h"]),
         np("Op 12 maart 2025 opende de Ombudsman op eigen initiatief een strategisch onderzoek. Zij stelde de "
            "Commissie vragen over de toegankelijkheid van het portaal, liet een onafhankelijke toets uitvoeren en "
            "sprak met het Europees Gehandicaptenforum en met vijf organisaties die regelmatig subsidies "
            "aanvragen."),
         np("De toets beoordeelde zes onderdelen van het portaal aan de hand van de geharmoniseerde norm EN 301 "
            "549, die verwijst naar niveau AA van de Web Content Accessibility Guidelines (WCAG) 2.1. Tabel 1 "
            "geeft de resultaten."),
         ]
    rows = [["Onderdeel van het portaal", "Succescriteria getoetst", "Niet voldaan", "Ernstigste probleem"],
            ["Registratie en profiel", "50", "4", "tijdslimiet zonder waarschuwing"],
            ["Zoeken naar oproepen", "50", "7", "filters niet met toetsenbord bedienbaar"],
            ["Voorstel indienen", "50", "9", "foutmeldingen niet gekoppeld aan velden"],
            ["Budgetmodule", "50", "16", "tabel niet leesbaar met schermlezer"],
            ["Verplichte formulieren (pdf)", "38", "21", "formulieren zonder tags"],
            ["Helpdesk en contact", "50", "3", "chatvenster zonder label"]]
    t = Table([[Paragraph(c, S["cellb"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=(48 * mm, 30 * mm, 22 * mm, 60 * mm))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), PALE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    tt = Table([["", [t, Paragraph("Tabel 1. Resultaten van de toegankelijkheidstoets, september 2025", S["cap"])]]],
               colWidths=(10 * mm, 160 * mm))
    tt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    f += [tt,
          Paragraph("Beoordeling van de Ombudsman", S["h"]),
          np("De Ombudsman erkent dat de Commissie sinds 2021 in de toegankelijkheid van het portaal heeft "
             "geïnvesteerd. Toch voldoet geen enkel onderdeel volledig aan de norm. De ernstigste problemen doen zich "
             "voor in de budgetmodule en bij de verplichte formulieren, die alleen als pdf zonder tags beschikbaar "
             "zijn."),
          np("De Ombudsman is van mening dat de Commissie als instelling die zelf toegankelijkheid van de lidstaten "
             "verlangt, ten minste dezelfde norm zou moeten halen. Een instelling die anderen aan een norm houdt, "
             "zou daarin het goede voorbeeld moeten geven."),
          np("Het portaal bevat geen toegankelijkheidsverklaring. Gebruikers weten daardoor niet welke onderdelen "
             "problemen geven en waar zij die kunnen melden. Meldingen komen nu binnen via de algemene helpdesk, die "
             "ze niet afzonderlijk registreert."),
          np("Drie van de organisaties die de Ombudsman sprak, misten een indieningstermijn omdat het portaal op "
             "het laatste moment niet met hun hulptechnologie werkte. De Commissie liet in die gevallen geen "
             "indiening buiten de termijn toe."),
          np("De medewerkers van de helpdesk zijn niet opgeleid om gebruikers van schermlezers of spraaksoftware "
             "te helpen. De Ombudsman stelt vast dat zij in de onderzochte gesprekken meermaals adviseerden een "
             "collega zonder beperking het formulier te laten invullen."),
          np("Nieuwe functies worden getest door een externe dienstverlener. Personen met een handicap zijn niet "
             "bij die tests betrokken."),
          Paragraph("Conclusie", S["h"]),
          np("De Ombudsman sluit dit strategisch onderzoek af met de conclusie dat de Commissie aanzienlijke "
             "vooruitgang heeft geboekt, maar dat het portaal nog niet voldoende toegankelijk is voor personen met "
             "een handicap."),
          ]
    sug = [
        "De Commissie zou ervoor moeten zorgen dat alle onderdelen van het portaal uiterlijk eind 2026 voldoen aan "
        "niveau AA van de WCAG 2.1.",
        "De Commissie zou voor het portaal een toegankelijkheidsverklaring moeten publiceren, met een contactpunt "
        "waar gebruikers problemen kunnen melden.",
        "De Commissie zou de verplichte formulieren ook als bewerkbaar en toegankelijk document moeten aanbieden, "
        "naast de huidige pdf-versie.",
        "De Commissie zou personen met een handicap en hun organisaties moeten betrekken bij het testen van nieuwe "
        "functies, vóór die in gebruik worden genomen.",
        "De Commissie zou een indiening na afloop van de termijn moeten aanvaarden wanneer de aanvrager aantoont "
        "dat een toegankelijkheidsprobleem van het portaal de tijdige indiening heeft verhinderd.",
        "De Commissie zou de medewerkers van de helpdesk moeten opleiden in het ondersteunen van gebruikers van "
        "hulptechnologie.",
        "De Commissie zou jaarlijks moeten rapporteren over het aantal meldingen van toegankelijkheidsproblemen en "
        "over de wijze waarop deze zijn opgelost.",
    ]
    f += [Paragraph("Suggesties voor verbetering", S["h"]),
          np("De Ombudsman doet de volgende suggesties voor verbetering:",
             [Paragraph(s, S["bul"], bulletText="\u2022") for s in sug]),
          np("De Commissie wordt verzocht de Ombudsman binnen drie maanden te laten weten hoe zij met deze "
             "suggesties omgaat. De Ombudsman zal het antwoord van de Commissie op haar website publiceren."),
          Spacer(1, 4 * mm),
          Paragraph("Teresa Amaral Kowalczyk<br/>Europese Ombudsman", S["b"]),
          Paragraph("Straatsburg, 28/11/2025", S["b"])]
    doc.build(f)


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, title="C(2026) 1542 final",
                          author="Europese Commissie")
    fr = Frame(24 * mm, 20 * mm, 162 * mm, 255 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=res_deco)])
    r = S["r"]
    f = [Paragraph("<b>EUROPESE COMMISSIE</b>", S["rt"]),
         Paragraph("Brussel, 9.3.2026<br/>C(2026) 1542 final", S["small"]), Spacer(1, 6 * mm),
         Paragraph("Mevrouw T. Amaral Kowalczyk<br/>Europese Ombudsman<br/>1, avenue du Président Robert Schuman"
                   "<br/>CS 30403<br/>F-67001 Straatsburg Cedex", S["r"]), Spacer(1, 4 * mm),
         Paragraph("<b>Betreft: strategisch onderzoek OI/4/2025/KRG - digitale toegankelijkheid van het portaal "
                   "voor financiering en aanbestedingen</b>", r),
         Paragraph("Mevrouw de Ombudsman,", r),
         Paragraph("Ik dank u voor uw besluit van 28 november 2025 en voor de zorgvuldigheid waarmee uw diensten "
                   "het portaal hebben onderzocht. Hierbij ontvangt u het antwoord van de Commissie op de suggesties "
                   "voor verbetering. Het antwoord is opgenomen in de bijlage bij deze brief.", r),
         Paragraph("De diensten van de Commissie blijven graag beschikbaar voor verdere toelichting.", r),
         Paragraph("Met de meeste hoogachting,", r), Spacer(1, 3 * mm),
         Paragraph("Voor de Commissie<br/>Piotr Lindqvist-Serrano<br/>Lid van de Commissie", r),
         PageBreak(),
         Paragraph("BIJLAGE", S["small"]),
         Paragraph("Antwoord van de Europese Commissie op de suggesties voor verbetering van de Europese Ombudsman "
                   "in strategisch onderzoek OI/4/2025/KRG", S["rt"]),
         Paragraph("Algemene opmerkingen", S["rh"]),
         Paragraph("De Commissie hecht groot belang aan de toegankelijkheid van haar digitale diensten. In haar "
                   "Strategie voor de rechten van personen met een handicap 2021-2030 heeft zij zich ertoe verbonden "
                   "het goede voorbeeld te geven. Het portaal wordt momenteel volledig vernieuwd; de nieuwe versie "
                   "wordt in fasen tussen 2026 en 2028 in gebruik genomen.", r),
         Paragraph("Naleving van de norm en toegankelijke formulieren", S["rh"]),
         Paragraph("De Commissie streeft naar volledige naleving van niveau AA van de WCAG 2.1 voor alle onderdelen "
                   "van het portaal tegen het einde van 2027. Een eerdere datum is niet haalbaar, omdat de "
                   "budgetmodule pas in de tweede fase van de vernieuwing wordt vervangen. De andere onderdelen "
                   "worden in 2026 aangepast.", r),
         Paragraph("Vanaf de oproepen van 2026 worden alle verplichte formulieren ook aangeboden als toegankelijk "
                   "document dat kan worden bewerkt, naast de bestaande pdf-versie.", r),
         Paragraph("Opleiding van de helpdesk", S["rh"]),
         Paragraph("Alle medewerkers van de helpdesk volgen in 2026 een verplichte opleiding over hulptechnologie, "
                   "die samen met het Europees Gehandicaptenforum is ontwikkeld. Nieuwe medewerkers volgen de "
                   "opleiding bij hun indiensttreding.", r),
         Paragraph("Indieningstermijnen", S["rh"]),
         Paragraph("De Commissie kan deze suggestie niet aanvaarden. De gelijke behandeling van aanvragers vereist "
                   "dat voor iedereen dezelfde termijn geldt. Wanneer het portaal zelf niet beschikbaar is, wordt "
                   "de termijn al voor alle aanvragers verlengd; een individuele uitzondering is niet mogelijk.", r),
         Paragraph("Toegankelijkheidsverklaring", S["rh"]),
         Paragraph("De Commissie aanvaardt deze suggestie. Een toegankelijkheidsverklaring met een afzonderlijk "
                   "meldpunt wordt uiterlijk in juni 2026 op het portaal gepubliceerd. Meldingen worden voortaan "
                   "apart geregistreerd.", r),
         Paragraph("Jaarlijkse rapportage", S["rh"]),
         Paragraph("De Commissie neemt nota van deze suggestie. Zij zal nagaan of gegevens over meldingen kunnen "
                   "worden opgenomen in het jaarlijkse activiteitenverslag van het directoraat-generaal.", r),
         Paragraph("Verdere stappen", S["rh"]),
         Paragraph("De Commissie zal de Ombudsman op de hoogte houden van de voortgang van de vernieuwing van het "
                   "portaal en nodigt haar diensten uit voor een demonstratie van de nieuwe versie in het najaar "
                   "van 2026.", r)]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        ("1", "De Commissie zou ervoor moeten zorgen dat alle onderdelen van",
         "tegen het einde van 2027", "partly"),
        ("2", "De Commissie zou voor het portaal een toegankelijkheidsverklaring moeten publiceren,",
         "Een toegankelijkheidsverklaring met een afzonderlijk meldpunt wordt", "agrees"),
        ("3", "De Commissie zou de verplichte formulieren ook als bewerkbaar en",
         "Vanaf de oproepen van 2026 worden alle verplichte formulieren", "agrees"),
        ("4", "De Commissie zou personen met een handicap en hun organisaties", None, "unanswered"),
        ("5", "De Commissie zou een indiening na afloop van de termijn",
         "De Commissie kan deze suggestie niet aanvaarden", "disagrees"),
        ("6", "De Commissie zou de medewerkers van de helpdesk moeten opleiden",
         "Alle medewerkers van de helpdesk volgen in 2026", "agrees"),
        ("7", "De Commissie zou jaarlijks moeten rapporteren over het aantal meldingen",
         "De Commissie neemt nota van deze suggestie", "noted"),
    ], [
        "Ik dank u voor uw besluit van 28 november 2025",
        "De diensten van de Commissie blijven graag beschikbaar",
        "De Commissie hecht groot belang aan de toegankelijkheid",
        "zal de Ombudsman op de hoogte houden",
    ], "BESLUIT of the EUROPEAN OMBUDSMAN (Dutch version) closing an own-initiative STRATEGISCH ONDERZOEK with "
       "'suggesties voor verbetering', answered by the EUROPEAN COMMISSION (cover letter C(2026) 1542 final signed "
       "by a Commissioner + annex). The Ombudsman, the Commission, Directive (EU) 2016/2102, the UNCRPD, EN 301 549, "
       "WCAG 2.1, the European Disability Forum and the Strategy 2021-2030 are real; the inquiry number, the "
       "Ombudsman's and Commissioner's names, the complaint 1187/2021 and its quoted suggestion, the test results "
       "and dates are invented. Body paragraphs are NUMBERED 1-15 in the left margin (EU decision style); the "
       "seven suggestions are UNNUMBERED bullets inside paragraph 14 after 'De Ombudsman doet de volgende "
       "suggesties voor verbetering:', each 'De Commissie zou ... moeten'; numbers are their order. Not "
       "recommendations: the directive's and UNCRPD's 'moeten', Tabel 1, the 2021 suggestion quoted ('zou ervoor "
       "moeten zorgen') and reported as partly followed, the assessment's 'zou ... moeten halen' / 'zou daarin het "
       "goede voorbeeld moeten geven', the Conclusie, paragraph 15's procedural request to reply within three "
       "months. Response: the cover letter (intro and close: nothing); annex with bold theme headings in another "
       "order: 'Algemene opmerkingen' (nothing), ONE section 'Naleving van de norm en toegankelijke formulieren' "
       "(1 partly: full AA by the end of 2027 instead of 2026; 3 agrees, second paragraph), 'Opleiding van de "
       "helpdesk' = 6 agrees, 'Indieningstermijnen' = 5 disagrees, 'Toegankelijkheidsverklaring' = 2 agrees, "
       "'Jaarlijkse rapportage' = 7 noted ('neemt nota ... zal nagaan'), 'Verdere stappen' (nothing); 4 "
       "(involving users with disabilities in testing) UNANSWERED. No reply names a suggestion number.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
