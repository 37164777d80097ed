"""Round 57 (nl): an AANBEVELING of the BENELUXPARLEMENT (the Interparliamentary Assembly of Belgium, the
Netherlands and Luxembourg) to the three governments and the Benelux Comité van Ministers, answered by the written
ANTWOORD VAN HET COMITE VAN MINISTERS (the reply the Committee of Ministers sends to the Parliament, published as the
next document in the same series).

Advice: Doc. 1017/2, adopted text with a bilingual banner, the preamble ('Gelet op ...', 'Herinnerend aan zijn
aanbeveling van 6 december 2019 ...' quoting an older request, 'Overwegende dat ...' with the Dutch 15-minute norm
('moet'), 'Stelt vast dat ...'), then 'Beveelt de regeringen van Belgie, Luxemburg en Nederland aan:' with
infinitive clauses 1.-6. and 'Beveelt het Comite van Ministers aan:' with 7. (one numbering through two blocks),
'Verzoekt het Comite ...' (a procedural request, not a recommendation), then the rapporteurs' Toelichting with
numbered 'knelpunten' 1-4, a table of rides per border region and a quote from a meldkamer chief ('zouden ... moeten').
Response: Doc. 1017/3, Roman-numbered sections without recommendation numbers: I Algemeen (thanks, context),
II Werkprogramma (7 agrees), III Inzet over de grens (1 agrees, 2 partly in its own paragraph), IV Kosten en
verkeersregels (4 agrees + 5 disagrees in ONE paragraph), V Meldkamers (3 noted: competence of the regions,
passed on), VI Overige ontwikkelingen (a joint exercise; answers nothing); 6 (training module) unanswered. Engine:
reportlab platypus (DejaVu; no shaping, so no ligatures).

Run: /tmp/blind57nl/bin/python tests/docs/src/blind57/gen_nl_benelux_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b57nl as B  # noqa: E402

NAME = "blind57_nl_benelux"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

BLUE = colors.HexColor("#1f4e8c")
GREY = colors.HexColor("#5a5a5a")
LIGHT = colors.HexColor("#e8eef7")


def st(size=9.5, lead=14, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.6, 14.2, spaceAfter=5, alignment=4),
    "pre": st(9.6, 14.2, spaceAfter=5, alignment=4, leftIndent=0),
    "c": st(10.5, 14, "SEB", alignment=1, spaceBefore=4, spaceAfter=6),
    "t": st(13, 17, "SEB", alignment=1, spaceAfter=3),
    "ts": st(9.5, 13, "SEI", alignment=1, spaceAfter=10),
    "h": st(10.5, 14, "DSB", textColor=BLUE, spaceBefore=9, spaceAfter=4),
    "li": st(9.6, 14.2, leftIndent=8 * mm, firstLineIndent=-8 * mm, spaceAfter=4, alignment=4),
    "q": st(9.2, 13.4, "SEI", leftIndent=10 * mm, rightIndent=10 * mm, spaceAfter=6, textColor=GREY),
    "cell": st(8.4, 11, "DS"), "cellb": st(8.4, 11, "DSB"),
    "rb": st(9.6, 14.4, "DS", spaceAfter=5, alignment=4),
    "rh": st(10, 14, "DSB", spaceBefore=8, spaceAfter=3),
    "rt": st(12, 16, "DSB", spaceAfter=2),
    "rs": st(9.4, 13.4, "DS", spaceAfter=12, textColor=GREY),
    "sig": st(9.4, 13.4, "DS"),
}


def deco(doc_no, kind):
    def f(c, doc):
        c.saveState()
        w, h = A4
        c.setFillColor(BLUE)
        c.rect(22 * mm, h - 20 * mm, w - 44 * mm, 7.5 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DSB", 9)
        c.drawString(25 * mm, h - 17.3 * mm, "BENELUXPARLEMENT")
        c.setFont("DS", 9)
        c.drawRightString(w - 25 * mm, h - 17.3 * mm, "PARLEMENT BENELUX")
        c.setFillColor(GREY)
        c.setFont("DS", 7.6)
        c.drawString(22 * mm, h - 25 * mm, "Interparlementaire Assemblée van België, Luxemburg en Nederland")
        c.setFont("DSB", 8.4)
        c.drawRightString(w - 22 * mm, h - 25 * mm, doc_no)
        c.setFont("DS", 7.6)
        c.drawString(22 * mm, 13 * mm, kind)
        c.drawRightString(w - 22 * mm, 13 * mm, f"{doc.page}")
        c.restoreState()
    return f


def hang(n, t):
    tb = Table([[Paragraph(n, S["b"]), Paragraph(t, S["b"])]], colWidths=(9 * mm, 153 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def advice():
    P = lambda t, s="b": Paragraph(t, S[s])  # noqa: E731
    f = [Spacer(1, 8 * mm),
         P("Zitting van 13 en 14 maart 2026", "ts"),
         P("AANBEVELING", "t"),
         P("inzake grensoverschrijdende ambulancezorg in de Benelux", "c"),
         P("aangenomen door het Beneluxparlement in de plenaire vergadering van 14 maart 2026<br/>"
           "op voorstel van de commissie voor Cultuur, Onderwijs, Volksgezondheid en Sociale Zaken", "ts"),
         P("<b>Het Beneluxparlement,</b>"),
         P("Gelet op het verslag van de commissie voor Cultuur, Onderwijs, Volksgezondheid en Sociale Zaken "
           "(rapporteurs: mevrouw Lieve Vanderstraeten en de heer Joost Wijnbergen, Doc. 1017/1);"),
         P("Gelet op het Verdrag tot herziening van het Verdrag tot instelling van de Benelux Economische Unie, "
           "ondertekend op 17 juni 2008, in het bijzonder artikel 2;"),
         P("Herinnerend aan zijn aanbeveling van 6 december 2019 inzake spoedeisende hulp in de grensregio's "
           "(Doc. 963/2), waarin het de regeringen verzocht <i>de wederzijdse inzet van ambulances bij ernstige "
           "ongevallen in de grensstreek uiterlijk in 2021 te regelen</i>, en vaststellend dat dit slechts voor de "
           "grens tussen Zeeuws-Vlaanderen en Oost-Vlaanderen is gebeurd;"),
         P("Overwegende dat in de grensstreek van de drie landen jaarlijks ruim 4 800 ambulanceritten plaatsvinden "
           "waarbij de dichtstbijzijnde ambulance in het buurland staat;"),
         P("Overwegende dat een ambulance in Nederland volgens de landelijke norm in 95 procent van de gevallen "
           "binnen vijftien minuten ter plaatse moet zijn, en dat die norm in verscheidene grensgemeenten niet wordt "
           "gehaald;"),
         P("Overwegende dat de meldkamers aan weerszijden van de grens niet kunnen zien welke voertuigen in het "
           "buurland beschikbaar zijn, en dat zij elkaar in de praktijk telefonisch moeten raadplegen;"),
         P("Stelt vast dat patiënten na een rit over de grens nog steeds een rekening van de buitenlandse "
           "ambulancedienst kunnen ontvangen, die zij vervolgens zelf bij hun verzekeraar moeten indienen;"),
         Spacer(1, 2 * mm),
         P("<b>Beveelt de regeringen van België, Luxemburg en Nederland aan:</b>"),
         ]
    recs1 = (
        ("1.", "een Benelux-kaderovereenkomst te sluiten op grond waarvan een meldkamer in de grensstreek zonder "
               "voorafgaande toestemming van het buurland de ambulance kan inzetten die het snelst ter plaatse kan "
               "zijn;"),
        ("2.", "de beroepskwalificaties van ambulanceverpleegkundigen en ambulancehulpverleners wederzijds te "
               "erkennen, zodat zij over de grens dezelfde handelingen mogen verrichten als in eigen land;"),
        ("3.", "de meldkamers in de grensregio's uiterlijk in 2028 technisch met elkaar te verbinden, zodat zij "
               "elkaars beschikbare voertuigen in real time kunnen zien;"),
        ("4.", "afspraken te maken over de onderlinge verrekening van de kosten van grensoverschrijdende ritten "
               "tussen ziekenfondsen, zorgverzekeraars en de Luxemburgse gezondheidskas, zodat de patiënt geen "
               "rekening meer ontvangt;"),
        ("5.", "de regels over het gebruik van optische en geluidssignalen door ambulances in de drie "
               "verkeersreglementen op elkaar af te stemmen;"),
        ("6.", "een gemeenschappelijke meertalige opleidingsmodule voor meldkamermedewerkers in de grensregio's te "
               "ontwikkelen en te financieren;"),
    )
    for n, t in recs1:
        f.append(hang(n, t))
    f.append(P("<b>Beveelt het Comité van Ministers aan:</b>"))
    f.append(hang("7.", "de grensoverschrijdende spoedeisende zorg als prioriteit op te nemen in het "
                       "Gemeenschappelijk Werkprogramma 2027-2030 van de Benelux Unie en het Parlement jaarlijks over "
                       "de voortgang te informeren;"))
    f.append(P("<b>Verzoekt</b> het Comité van Ministers het Parlement binnen zes maanden na de aanneming van deze "
               "aanbeveling in kennis te stellen van het gevolg dat eraan wordt gegeven."))
    f.append(Spacer(1, 3 * mm))
    f.append(P("De voorzitter,<br/>Marc Delvaulx", "b"))
    f.append(P("De griffier,<br/>Ingrid Schoemaker-Ries", "b"))

    f.append(P("Toelichting van de rapporteurs", "h"))
    f.append(P("<b>1. Aanleiding.</b> De commissie heeft op 23 en 24 oktober 2025 een werkbezoek gebracht aan de "
               "meldkamers in Maastricht, Hasselt en Ettelbruck. Zij sprak er met meldkamermedewerkers, ambulance"
               "personeel, ziekenfondsen en zorgverzekeraars."))
    f.append(P("<b>2. Knelpunten.</b> De commissie heeft vier knelpunten vastgesteld:"))
    for n, t in (("1.", "Voor iedere inzet over de grens is toestemming nodig van de meldkamer van het buurland; dat "
                        "kost volgens de meldkamers gemiddeld vier minuten."),
                 ("2.", "Een Belgische ambulancehulpverlener mag in Nederland geen medicatie toedienen; een "
                        "Nederlandse ambulanceverpleegkundige mag in België meer dan een Belgische collega."),
                 ("3.", "Facturen voor grensoverschrijdende ritten worden in de helft van de gevallen eerst aan de "
                        "patiënt gestuurd."),
                 ("4.", "In Luxemburg moeten ambulances bij een spoedrit altijd beide signalen voeren; in België en "
                        "Nederland is dat niet het geval.")):
        f.append(P(f"{n} {t}", "li"))
    f.append(P("<b>3. Omvang.</b> Tabel 1 geeft het aantal ritten waarbij de dichtstbijzijnde ambulance in het "
               "buurland stond, naar grensregio (2025, opgave van de meldkamers)."))
    rows = [["Grensregio", "Ritten", "waarvan over de grens uitgevoerd", "gemiddelde vertraging"],
            ["Zeeuws-Vlaanderen / Oost-Vlaanderen", "1 120", "1 010", "1 min."],
            ["Zuid-Limburg / Limburg (B) / Luik", "2 240", "690", "6 min."],
            ["Noord-Brabant / Antwerpen", "980", "210", "5 min."],
            ["Provincie Luxemburg / Groothertogdom", "470", "95", "8 min."]]
    t = Table([[Paragraph(c, S["cellb"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=(62 * mm, 22 * mm, 48 * mm, 34 * mm))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f += [t, Spacer(1, 4 * mm)]
    f.append(P("<b>4. Werkbezoek.</b> Het hoofd van een meldkamer vatte het tijdens het werkbezoek zo samen:"))
    f.append(P("'Wij zien de wagen van de collega's aan de overkant niet op ons scherm staan. We zouden elkaars "
               "wagens gewoon moeten kunnen zien, net zoals we dat binnen de eigen provincie doen.'", "q"))
    f.append(P("De rapporteurs merken op dat de technische koppeling van meldkamers niet overal een zaak van de "
               "regeringen is: in Nederland zijn de meldkamers een verantwoordelijkheid van de veiligheidsregio's en "
               "de politie, in België van de federale overheid en in Luxemburg van het CGDIS."))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=30 * mm, bottomMargin=22 * mm, title="Doc. 1017/2")
    d = deco("Doc. 1017/2", "Aanbeveling grensoverschrijdende ambulancezorg")
    doc.build(f, onFirstPage=d, onLaterPages=d)


def response():
    P = lambda t, s="rb": Paragraph(t, S[s])  # noqa: E731
    f = [Spacer(1, 6 * mm),
         P("Antwoord van het Comité van Ministers", "rt"),
         P("op de aanbeveling van het Beneluxparlement inzake grensoverschrijdende ambulancezorg in de Benelux "
           "(Doc. 1017/2)<br/>Brussel, 29 september 2026", "rs"),
         P("I. Algemeen", "rh"),
         P("Het Comité van Ministers dankt het Beneluxparlement voor zijn aanbeveling en voor het grondige verslag "
           "van de commissie. Grensoverschrijdende zorg is een van de onderwerpen waarop de Benelux Unie voor de "
           "inwoners van de grensstreek een direct verschil kan maken. Bij de voorbereiding van dit antwoord zijn de "
           "bevoegde federale, gemeenschaps- en gewestelijke diensten in België, de ministeries in Luxemburg en "
           "Nederland en het Secretariaat-Generaal betrokken."),
         P("II. Het Gemeenschappelijk Werkprogramma", "rh"),
         P("Het Comité van Ministers heeft op 16 juni 2026 het Gemeenschappelijk Werkprogramma 2027-2030 vastgesteld. "
           "Spoedeisende zorg in de grensstreek is daarin als een van de vijf prioriteiten van het hoofdstuk "
           "Gezondheid opgenomen. Het Secretariaat-Generaal zal het Parlement voortaan elk jaar in zijn commissie "
           "voor Cultuur, Onderwijs, Volksgezondheid en Sociale Zaken over de voortgang informeren, voor het eerst "
           "in het voorjaar van 2027."),
         P("III. De inzet van ambulances over de grens", "rh"),
         P("De drie regeringen onderschrijven de wens van het Parlement dat de snelste ambulance wordt ingezet, aan "
           "welke kant van de grens die ook staat. Het Secretariaat-Generaal bereidt daarom een Benelux-beschikking "
           "voor die de afzonderlijke bilaterale akkoorden vervangt en de voorafgaande toestemming van de meldkamer "
           "van het buurland laat vervallen. De beschikking zal naar verwachting in het voorjaar van 2027 ter "
           "ondertekening aan het Comité worden voorgelegd."),
         P("Over de beroepskwalificaties is het Comité terughoudender. Voor ambulanceverpleegkundigen is wederzijdse "
           "erkenning haalbaar, omdat hun opleidingen op hetzelfde Europese niveau zijn geregeld; zij wordt in de "
           "beschikking opgenomen. Voor ambulancehulpverleners en hulpverleners-ambulanciers verschillen de "
           "opleidingen zo sterk dat de regeringen een algemene erkenning niet verantwoord achten. Voor hen blijft "
           "gelden dat zij over de grens alleen de handelingen verrichten die ook in het ontvangende land zijn "
           "toegestaan."),
         P("IV. Kosten en verkeersregels", "rh"),
         P("Het RIZIV, de Caisse nationale de santé en Zorgverzekeraars Nederland hebben in juli 2026 een protocol "
           "ondertekend waarin de kosten van grensoverschrijdende ritten voortaan rechtstreeks tussen de "
           "verzekeringsinstellingen worden verrekend; de patiënt krijgt vanaf 1 januari 2027 geen factuur meer. Een "
           "aanpassing van de verkeersreglementen acht het Comité daarentegen niet nodig. Een ambulance die de "
           "grens overschrijdt, volgt de regels van het land waar zij rijdt, en de meldkamers hebben bevestigd dat "
           "dit in de praktijk geen problemen oplevert. De regeringen zullen hun verkeersregels op dit punt daarom "
           "niet wijzigen."),
         P("V. De meldkamers", "rh"),
         P("Het Comité neemt kennis van de aanbeveling over de koppeling van de meldkamers. Zoals de rapporteurs "
           "zelf opmerken, ligt deze bevoegdheid in de drie landen bij verschillende overheden. Het Comité heeft de "
           "aanbeveling doorgestuurd naar de Belgische federale overheidsdienst Binnenlandse Zaken, het Luxemburgse "
           "CGDIS en de Nederlandse meldkamerorganisatie, met het verzoek de mogelijkheden te verkennen. Een termijn "
           "kan het Comité daarvoor op dit moment niet noemen."),
         P("VI. Overige ontwikkelingen", "rh"),
         P("Van 3 tot 5 november 2026 houden de hulpdiensten van de drie landen in de Euregio Maas-Rijn de "
           "grensoverschrijdende oefening 'Grenzeloos 2026', met een gesimuleerd busongeval op de E25. De leden van "
           "de commissie zijn uitgenodigd de oefening bij te wonen."),
         Spacer(1, 8 * mm),
         P("Namens het Comité van Ministers,", "sig"),
         Spacer(1, 8 * mm),
         P("Sandrine Weiler-Hoffmann<br/>Voorzitter van het Comité van Ministers van de Benelux Unie", "sig"),
         ]
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=30 * mm, bottomMargin=22 * mm, title="Doc. 1017/3")
    d = deco("Doc. 1017/3", "Antwoord van het Comité van Ministers")
    doc.build(f, onFirstPage=d, onLaterPages=d)


def expected():
    B.write_expected(NAME, [
        ("1", "een Benelux-kaderovereenkomst te sluiten op grond waarvan een meldkamer in de grensstreek",
         "bereidt daarom een Benelux-beschikking voor die de afzonderlijke bilaterale akkoorden vervangt", "agrees"),
        ("2", "de beroepskwalificaties van ambulanceverpleegkundigen en ambulancehulpverleners wederzijds te erkennen",
         "een algemene erkenning niet verantwoord achten", "partly"),
        ("3", "de meldkamers in de grensregio's uiterlijk in 2028 technisch met elkaar",
         "Het Comité neemt kennis van de aanbeveling over de koppeling", "noted"),
        ("4", "afspraken te maken over de onderlinge verrekening van de kosten van",
         "de patiënt krijgt vanaf 1 januari 2027 geen factuur meer", "agrees"),
        ("5", "de regels over het gebruik van optische en geluidssignalen door ambulances",
         "Een aanpassing van de verkeersreglementen acht het Comité daarentegen niet nodig", "disagrees"),
        ("6", "een gemeenschappelijke meertalige opleidingsmodule voor meldkamermedewerkers in de grensregio's",
         None, "unanswered"),
        ("7", "de grensoverschrijdende spoedeisende zorg als prioriteit op te nemen in het",
         "Spoedeisende zorg in de grensstreek is daarin als een van de", "agrees"),
    ], ["Het Comité van Ministers dankt het Beneluxparlement voor zijn aanbeveling",
        "houden de hulpdiensten van de drie landen in de Euregio Maas-Rijn"],
        "Beneluxparlement AANBEVELING (Doc. 1017/2; session, rapporteurs, figures, the 2019 recommendation Doc. 963/2 "
        "and all people invented) on cross-border ambulance care, addressed to the three governments and the Benelux "
        "Committee of Ministers. The seven recommendations are the infinitive clauses with hanging numbers 1.-6. "
        "under 'Beveelt de regeringen van België, Luxemburg en Nederland aan:' and 7. under 'Beveelt het Comité van "
        "Ministers aan:' (one numbering through two blocks). Not recommendations: the 'Gelet op' citations, the "
        "2019 recommendation quoted in italics ('de wederzijdse inzet van ambulances ... te regelen'), the "
        "'Overwegende dat' recitals (the Dutch 15-minute norm with 'moet', 'moeten raadplegen'), 'Stelt vast dat', "
        "the procedural 'Verzoekt het Comité van Ministers het Parlement binnen zes maanden ... in kennis te "
        "stellen', and the rapporteurs' Toelichting: numbered knelpunten 1.-4., table 1 of rides per border region, "
        "a meldkamer chief's quote ('We zouden elkaars wagens gewoon moeten kunnen zien'), the remark on competences. "
        "Response: Doc. 1017/3, the Committee of Ministers' ANTWOORD with Roman-numbered theme sections and no "
        "recommendation numbers, in the order 7, 1, 2, 4+5, 3: II 7 agrees (priority in the work programme, yearly "
        "report); III 1 agrees (a Benelux decision replacing bilateral agreements), 2 partly in its own paragraph "
        "(recognition for nurses only, not for ambulance assistants); IV ONE paragraph 4 agrees (protocol, no "
        "invoices from 2027) + 5 disagrees ('acht het Comité daarentegen niet nodig'); V 3 noted ('neemt kennis "
        "van', competence of other authorities, passed on, no term); 6 (training module) UNANSWERED. I Algemeen "
        "(thanks) and VI Overige ontwikkelingen (an exercise) answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
