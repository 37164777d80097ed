"""Round 60 (nl): an ADVIES of the RAAD VAN ADVIES VAN CURACAO on an ontwerp-landsverordening (childcare), answered by
the NADER RAPPORT of the minister to the Gouverneur of Curacao.

Advice: Raad van Advies title block (Aan/Datum/No./Betreft), 1 Inleiding (request, the duty to hear the Raad), 2
Algemene opmerkingen and 3 Artikelsgewijze opmerkingen with hierarchical paragraph numbers '2.1'-'2.5' and '3.1'-'3.5'
in a hanging margin; recommendations only in 2.2, 2.3, 2.4, 3.2, 3.3, 3.4, 3.5, as 'De Raad adviseert ...' sentences
inside the paragraph (not at its start), plus 4 Redactionele kanttekeningen (dash list), 5 Dictum. Numbers: the
paragraph numbers. Traps: draft articles quoted ('De houder moet ...'), a cost table, the Raad's 2019 advice quoted
('De regering dient ...'), 2.1 and 2.5 and 3.1 without recommendation, findings 'zou ... moeten'.
Response: NADER RAPPORT (to the Gouverneur, Onderwerp, 'heb ik de eer'), sections with bold titles, first the points
that changed the draft, then the rest: 'Overgangsrecht (artikel 21)' 3.5 partly; 'Toezicht en handhaving' 3.4 agrees +
2.3 disagrees in one paragraph; 'Geldigheidsduur van de vergunning' 3.2 agrees; 'Financiele gevolgen' 2.2 agrees;
'Consultatie' 2.4 noted; 'Redactionele kanttekeningen' and 'Overige wijzigingen' unmatched. 3.3 (Papiamentu) unanswered.
Engine: reportlab platypus (DejaVu, bulletText hanging numbers, invariant=1).

Run: /tmp/blind60nl/bin/python tests/docs/src/blind60/gen_nl_rvacur_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b60nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind60_nl_rvacur"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

BLUE = colors.HexColor("#002b7f")
YEL = colors.HexColor("#f9e814")
GREY = colors.HexColor("#555555")


def st(size=9.4, lead=14, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.4, 14, "SE", spaceAfter=5, alignment=4),
    "num": st(9.4, 14, "SE", spaceAfter=5, alignment=4, leftIndent=12 * mm, bulletIndent=0, bulletFontName="DSB",
              bulletFontSize=9.2),
    "q": st(8.9, 13, "SEI", spaceAfter=5, leftIndent=20 * mm, rightIndent=8 * mm, textColor=GREY),
    "h": st(10.4, 14, "DSB", spaceBefore=8, spaceAfter=4, textColor=BLUE),
    "t": st(14, 18, "DSB", spaceAfter=2),
    "ts": st(9.4, 13, "DS", textColor=GREY, spaceAfter=8),
    "m": st(8.6, 12, "DS"),
    "cell": st(8.1, 10.8, "DS"),
    "cellh": st(8.1, 10.8, "DSB", textColor=colors.white),
    "dash": st(9.2, 13.4, "SE", leftIndent=18 * mm, bulletIndent=13 * mm, spaceAfter=2.5, alignment=4),
    "rb": st(9.6, 14.6, "SE", spaceAfter=6, alignment=4),
    "rh": st(9.6, 14, "SEB", spaceBefore=6, spaceAfter=3),
    "rc": st(11, 15, "SEB", alignment=1, spaceAfter=2),
    "rcs": st(9.2, 13, "SE", alignment=1, spaceAfter=10),
}
S["h"].keepWithNext = 1
S["rh"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(BLUE)
    c.rect(0, h - 7 * mm, w, 7 * mm, stroke=0, fill=1)
    c.setFillColor(YEL)
    c.rect(0, h - 8.6 * mm, w, 1.6 * mm, stroke=0, fill=1)
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    if doc.page > 1:
        c.drawString(24 * mm, h - 15 * mm, "Raad van Advies  |  No. RvA/LV-026/2026  |  ontwerp-Landsverordening "
                     "kinderopvang")
    c.drawCentredString(w / 2, 12 * mm, f"- {doc.page} -")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    c.drawRightString(w - 26 * mm, 12 * mm, f"{doc.page}")
    c.restoreState()


def num(n, t):
    return Paragraph(t, S["num"], bulletText=n)


def advice():
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Advies Raad van Advies",
                            author="Raad van Advies", creator="reportlab")
    meta = Table([[Paragraph("Aan", S["m"]), Paragraph("de Minister van Sociale Ontwikkeling, Arbeid en Welzijn",
                                                       S["m"])],
                  [Paragraph("Datum", S["m"]), Paragraph("Willemstad, 26 februari 2026", S["m"])],
                  [Paragraph("No.", S["m"]), Paragraph("RvA/LV-026/2026", S["m"])],
                  [Paragraph("Betreft", S["m"]), Paragraph("ontwerp-landsverordening houdende regels inzake de "
                                                           "kwaliteit van en het toezicht op kinderopvang "
                                                           "(Landsverordening kinderopvang)", S["m"])]],
                 colWidths=(24 * mm, 138 * mm))
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.6, BLUE),
                              ("TEXTCOLOR", (0, 0), (0, -1), GREY), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    cost = Table([[Paragraph("Post", S["cellh"]), Paragraph("2027", S["cellh"]), Paragraph("2028", S["cellh"]),
                   Paragraph("2029", S["cellh"])],
                  [Paragraph("Subsidie kwaliteitsverbetering", S["cell"]), Paragraph("NAf 1,8 mln", S["cell"]),
                   Paragraph("NAf 2,4 mln", S["cell"]), Paragraph("NAf 2,4 mln", S["cell"])],
                  [Paragraph("Vergunningverlening en toezicht", S["cell"]), Paragraph("NAf 0,6 mln", S["cell"]),
                   Paragraph("NAf 0,9 mln", S["cell"]), Paragraph("NAf 0,9 mln", S["cell"])],
                  [Paragraph("Opleiding beroepskrachten", S["cell"]), Paragraph("NAf 0,5 mln", S["cell"]),
                   Paragraph("NAf 0,5 mln", S["cell"]), Paragraph("-", S["cell"])]],
                 colWidths=(70 * mm, 26 * mm, 26 * mm, 26 * mm))
    cost.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("LINEBELOW", (0, 1), (-1, -1), 0.4,
                                                                       colors.HexColor("#b9c3dc")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    sig = Table([[Paragraph("De Vice-Voorzitter,", S["m"]), Paragraph("De Secretaris,", S["m"])],
                 [Spacer(1, 10), Spacer(1, 10)],
                 [Paragraph("mr. E.R. Martina-Statia", S["m"]), Paragraph("mr. drs. J.F. Coffie", S["m"])]],
                colWidths=(70 * mm, 70 * mm))
    f = [Paragraph("RAAD VAN ADVIES", st(10, 13, "DSB", textColor=BLUE, spaceAfter=1)),
         Paragraph("Curaçao", S["ts"]),
         Paragraph("Advies", st(9, 12, "DS", textColor=GREY, spaceAfter=1)),
         Paragraph("Ontwerp-Landsverordening kinderopvang", S["t"]), Spacer(1, 4), meta, Spacer(1, 8),
         Paragraph("1. Inleiding", S["h"]),
         num("1.1", "Bij brief van 8 januari 2026, no. 2026/000412, heeft de Minister van Sociale Ontwikkeling, "
                    "Arbeid en Welzijn het bovengenoemde ontwerp met toelichting aan de Raad van Advies voor "
                    "advies voorgelegd. Op grond van de Staatsregeling van Curaçao wordt de Raad over elk ontwerp "
                    "van landsverordening gehoord voordat het aan de Staten wordt aangeboden."),
         Paragraph("2. Algemene opmerkingen", S["h"]),
         num("2.1", "Het ontwerp introduceert een vergunningplicht voor kindercentra en gastouderopvang, "
                    "kwaliteitseisen en een stelsel van toezicht en bestuurlijke boetes. Artikel 3, eerste lid, "
                    "van het ontwerp luidt:"),
         Paragraph("'De houder van een kindercentrum moet beschikken over een vergunning van Onze Minister en "
                   "draagt zorg voor verantwoorde kinderopvang.'", S["q"]),
         num("", "De Raad onderschrijft het doel van het ontwerp. Op dit moment werken naar schatting 140 "
                 "kinderopvanglocaties zonder enige vorm van toezicht. In zijn advies van 2019 over een eerder "
                 "ontwerp merkte de Raad al op: 'De regering dient te waarborgen dat ieder kind in een veilige "
                 "omgeving wordt opgevangen.' Dat ontwerp is destijds niet aan de Staten aangeboden."),
         num("2.2", "De toelichting vermeldt de kosten van de regeling voor de eerste drie jaren (tabel 1), maar "
                    "zegt niets over de dekking ervan."),
         cost,
         Paragraph("Tabel 1. Geraamde kosten volgens de toelichting.", st(7.8, 10, "DS", textColor=GREY,
                                                                          spaceBefore=2, spaceAfter=6,
                                                                          leftIndent=12 * mm)),
         num("", "Vanwege de beperkte begrotingsruimte van het Land is dat een wezenlijke omissie. De Raad "
                 "adviseert in de toelichting een meerjarenraming van de kosten op te nemen, met de dekking in de "
                 "begroting van het ministerie en de gevolgen voor de ouderbijdragen."),
         num("2.3", "Het ontwerp legt het toezicht op de kinderopvang bij de beleidsdirectie van het ministerie, "
                    "die ook de vergunningen verleent en de subsidies verstrekt. Daarmee worden beleid, "
                    "vergunningverlening en toezicht in één hand gelegd. De Raad adviseert het toezicht op te "
                    "dragen aan een onafhankelijke inspectie, zoals de Inspectie Volksgezondheid, en dit in het "
                    "ontwerp vast te leggen."),
         num("2.4", "Uit de toelichting blijkt dat de branchevereniging van kinderopvangorganisaties en de "
                    "vereniging van gastouders zijn geraadpleegd. Het ontwerp raakt echter ook de arbeidsmarkt en "
                    "de koopkracht van ouders. De Raad adviseert over het ontwerp alsnog het advies van de "
                    "Sociaal Economische Raad in te winnen."),
         num("2.5", "Het ontwerp verwijst in de toelichting naar het Verdrag inzake de rechten van het kind. Volgens "
                    "de toelichting zou de regering ook de opvang van kinderen van 4 tot 12 jaar buiten schooltijd "
                    "moeten regelen, maar die valt buiten dit ontwerp. De Raad heeft daarover geen opmerkingen."),
         Paragraph("3. Artikelsgewijze opmerkingen", S["h"]),
         num("3.1", "<i>Artikel 1.</i> De begripsbepalingen geven de Raad geen aanleiding tot het maken van "
                    "opmerkingen."),
         num("3.2", "<i>Artikel 4.</i> De vergunning wordt volgens het ontwerp voor onbepaalde tijd verleend. Een "
                    "houder die niet meer aan de eisen voldoet, kan dan alleen met een intrekkingsbesluit worden "
                    "aangesproken. De Raad adviseert de geldigheidsduur van de vergunning te beperken tot vijf "
                    "jaar, met de mogelijkheid van verlenging na een inspectiebezoek."),
         num("3.3", "<i>Artikel 9.</i> Het ontwerp stelt eisen aan de opleiding van beroepskrachten, maar niet aan "
                    "hun taalvaardigheid. De meeste kinderen op Curaçao groeien op met het Papiamentu. De Raad "
                    "adviseert in artikel 9 op te nemen dat in elke groep ten minste één beroepskracht het "
                    "Papiamentu goed beheerst."),
         num("3.4", "<i>Artikel 15.</i> De maximale bestuurlijke boete bedraagt NAf 50.000. Voor een kleine "
                    "gastouder staat een boete van die hoogte niet in verhouding tot de omzet. De Raad adviseert "
                    "het maximum te verlagen tot NAf 10.000, met een hoger maximum voor herhaalde "
                    "overtredingen."),
         num("3.5", "<i>Artikel 21.</i> Bestaande locaties krijgen één jaar om aan de nieuwe eisen te voldoen. "
                    "Volgens de branchevereniging zou die termijn voor de verbouwing van buitenruimtes minstens "
                    "drie jaar moeten zijn. De Raad adviseert de overgangstermijn voor bestaande locaties te "
                    "verlengen tot drie jaar."),
         Paragraph("4. Redactionele kanttekeningen", S["h"]),
         Paragraph("In artikel 2, tweede lid, 'kinderopvangcentrum' vervangen door 'kindercentrum'.", S["dash"],
                   bulletText="-"),
         Paragraph("In artikel 11 de verwijzing naar 'artikel 7' vervangen door 'artikel 8'.", S["dash"],
                   bulletText="-"),
         Paragraph("In de toelichting de citeertitel consequent schrijven als 'Landsverordening kinderopvang'.",
                   S["dash"], bulletText="-"),
         Paragraph("5. Dictum", S["h"]),
         Paragraph("De Raad van Advies heeft bezwaren tegen het ontwerp en geeft u in overweging het niet aan de "
                   "Staten aan te bieden dan nadat met het vorenstaande rekening zal zijn gehouden.", S["b"]),
         Spacer(1, 8),
         sig]
    doc.build(f, onFirstPage=adv_deco, onLaterPages=adv_deco)


def response():
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=26 * mm, rightMargin=26 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, title="Nader rapport",
                            author="Ministerie van Sociale Ontwikkeling, Arbeid en Welzijn", creator="reportlab")
    f = [Paragraph("NADER RAPPORT", S["rc"]),
         Paragraph("Ministerie van Sociale Ontwikkeling, Arbeid en Welzijn<br/>Willemstad, 23 april 2026", S["rcs"]),
         Paragraph("Aan de Gouverneur van Curaçao", S["rb"]),
         Paragraph("<b>Onderwerp:</b> nader rapport inzake het ontwerp-landsverordening houdende regels inzake de "
                   "kwaliteit van en het toezicht op kinderopvang (Landsverordening kinderopvang)", S["rb"]),
         Paragraph("Onder verwijzing naar het advies van de Raad van Advies van 26 februari 2026, no. "
                   "RvA/LV-026/2026, heb ik de eer u het volgende te berichten. Het ontwerp is naar aanleiding "
                   "van het advies op verschillende punten aangepast. Hieronder ga ik eerst in op de punten die "
                   "tot een wijziging van het ontwerp hebben geleid, en daarna op de overige opmerkingen van de "
                   "Raad.", S["rb"]),
         Paragraph("Overgangsrecht (artikel 21)", S["rh"]),
         Paragraph("De Raad vraagt bestaande locaties meer tijd te geven om aan de nieuwe eisen te voldoen. De "
                   "regering heeft de overgangstermijn verlengd van één naar twee jaar. Een termijn van drie jaar "
                   "acht de regering te lang: kinderen zouden dan nog jarenlang worden opgevangen op locaties "
                   "waarvan de veiligheid niet vaststaat. Voor de aanpassing van buitenruimtes kan de minister op "
                   "verzoek één keer uitstel van ten hoogste een jaar verlenen.", S["rb"]),
         Paragraph("Toezicht en handhaving (artikelen 12 tot en met 15)", S["rh"]),
         Paragraph("Het maximum van de bestuurlijke boete is, zoals de Raad voorstelt, teruggebracht tot NAf "
                   "10.000; bij een herhaalde overtreding binnen twee jaar geldt een maximum van NAf 25.000. Het "
                   "toezicht blijft wel bij het ministerie. Een afzonderlijke inspectie oprichten of de taak bij de "
                   "Inspectie Volksgezondheid onderbrengen past niet binnen de huidige formatie en zou de invoering "
                   "jaren vertragen. De regering heeft het advies op dit onderdeel dan ook niet gevolgd; wel wordt "
                   "binnen het ministerie een afdeling toezicht ingericht die los staat van de afdeling die de "
                   "subsidies verstrekt.", S["rb"]),
         Paragraph("Geldigheidsduur van de vergunning (artikel 4)", S["rh"]),
         Paragraph("Artikel 4 is aangepast. De vergunning wordt voortaan verleend voor vijf jaar en kan na een "
                   "positief inspectiebezoek telkens met vijf jaar worden verlengd.", S["rb"]),
         Paragraph("Financiële gevolgen", S["rh"]),
         Paragraph("Paragraaf 6 van de toelichting is aangevuld met een meerjarenraming tot en met 2030. De kosten "
                   "worden gedekt binnen de begroting van het ministerie, onder meer door een herschikking van de "
                   "subsidie aan de buitenschoolse opvang. De gevolgen voor de ouderbijdragen zijn eveneens "
                   "beschreven.", S["rb"]),
         Paragraph("Consultatie", S["rh"]),
         Paragraph("De regering heeft kennisgenomen van de opmerking van de Raad over de Sociaal Economische Raad. "
                   "Het ontwerp is ter informatie aan de SER gezonden. Een eventueel ongevraagd advies van de SER "
                   "zal de regering betrekken bij de behandeling van het ontwerp in de Staten.", S["rb"]),
         Paragraph("Redactionele kanttekeningen", S["rh"]),
         Paragraph("Aan de redactionele kanttekeningen van de Raad is gevolg gegeven.", S["rb"]),
         Paragraph("Overige wijzigingen", S["rh"]),
         Paragraph("Van de gelegenheid is gebruikgemaakt om in artikel 18 de regeling van de klachtencommissie te "
                   "vereenvoudigen en om de datum van inwerkingtreding te stellen op 1 januari 2027.", S["rb"]),
         Paragraph("Ik moge u verzoeken het hierbij gevoegde gewijzigde ontwerp en de gewijzigde toelichting aan "
                   "de Staten aan te bieden.", S["rb"]),
         Spacer(1, 10),
         Paragraph("De Minister van Sociale Ontwikkeling, Arbeid en Welzijn,", S["rb"]),
         Spacer(1, 12),
         Paragraph("drs. Q.M. Rosalia", S["rb"])]
    doc.build(f, onFirstPage=res_deco, onLaterPages=res_deco)


def expected():
    B.write_expected(NAME, [
        ("2.2", "De Raad adviseert in de toelichting een meerjarenraming van de kosten",
         "Paragraaf 6 van de toelichting is aangevuld met een meerjarenraming", "agrees"),
        ("2.3", "De Raad adviseert het toezicht op te dragen aan een onafhankelijke inspectie",
         "De regering heeft het advies op dit onderdeel dan ook niet gevolgd", "disagrees"),
        ("2.4", "De Raad adviseert over het ontwerp alsnog het advies van de",
         "De regering heeft kennisgenomen van de opmerking van de Raad", "noted"),
        ("3.2", "De Raad adviseert de geldigheidsduur van de vergunning te beperken tot",
         "De vergunning wordt voortaan verleend voor vijf jaar", "agrees"),
        ("3.3", "De Raad adviseert in artikel 9 op te nemen dat in elke",
         None, "unanswered"),
        ("3.4", "De Raad adviseert het maximum te verlagen tot NAf 10.000",
         "is, zoals de Raad voorstelt, teruggebracht tot NAf 10.000", "agrees"),
        ("3.5", "De Raad adviseert de overgangstermijn voor bestaande locaties te verlengen tot",
         "De regering heeft de overgangstermijn verlengd van één naar twee jaar", "partly"),
    ], ["heb ik de eer u het volgende te berichten",
        "Aan de redactionele kanttekeningen van de Raad is gevolg gegeven",
        "in artikel 18 de regeling van de klachtencommissie te vereenvoudigen",
        "Ik moge u verzoeken het hierbij gevoegde gewijzigde ontwerp"],
        "ADVIES of the RAAD VAN ADVIES of Curaçao on an ontwerp-landsverordening on childcare (the draft, the "
        "figures, the people and the quoted 2019 advice are invented; the Staatsregeling van Curaçao and the "
        "Verdrag inzake de rechten van het kind are real, what is said of them is not to be relied on). "
        "Paragraphs numbered '1.1', '2.1'-'2.5', '3.1'-'3.5' in a hanging margin (continuation paragraphs without a "
        "number); the seven recommendations are the 'De Raad adviseert ...' sentences inside 2.2, 2.3, 2.4, 3.2, "
        "3.3, 3.4 and 3.5 (numbers are those paragraph numbers; in 2.2 the sentence stands in the continuation "
        "after Table 1; never at the paragraph's start). Not recommendations: 1.1 (the duty to hear the Raad), "
        "2.1 with the quoted draft article ('moet beschikken') and the quoted 2019 advice ('De regering dient te "
        "waarborgen'), Table 1 of costs, 2.5 ('zou ... moeten regelen', 'geen opmerkingen'), 3.1 ('geen "
        "aanleiding'), the branch's view in 3.5 ('zou ... moeten zijn'), 4 Redactionele kanttekeningen (three "
        "dash items), 5 Dictum ('geeft u in overweging'). Response: NADER RAPPORT of the minister to the "
        "Gouverneur, bold section titles by subject (article numbers, not paragraph numbers), first the points "
        "that changed the draft, order 3.5, 3.4+2.3, 3.2, 2.2, 2.4: 3.5 partly (two years, not three); ONE "
        "paragraph 'Toezicht en handhaving': 3.4 agrees (NAf 10.000, 'zoals de Raad voorstelt') + 2.3 disagrees "
        "(supervision stays with the ministry, 'niet gevolgd'); 3.2 agrees (five years); 2.2 agrees (multi-year "
        "estimate and cover added); 2.4 noted ('heeft kennisgenomen', sent to the SER for information, an "
        "unsolicited SER advice will be considered). 3.3 (Papiamentu in every group) UNANSWERED. The opening, "
        "'Redactionele kanttekeningen', 'Overige wijzigingen' and the closing request answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
