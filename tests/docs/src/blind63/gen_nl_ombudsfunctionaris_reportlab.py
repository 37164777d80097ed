"""Round 63 (nl): the JAARVERSLAG of the OMBUDSFUNCTIONARIS STUDENTEN of a hogeschool (invented: Hogeschool
Rijnvliet), with coded recommendations 'Aanbeveling 2025/1'-'2025/7' to the College van Bestuur, answered by the
College's OPVOLGINGSTABEL (a follow-up memo with a status table per recommendation).

Advice: annual report, 3 p.: a shaded 'In het kort' box that paraphrases some recommendations ('Ik vraag het College
onder meer ...'), 1 Inleiding (the WHW's complaints desk 'moet ... inrichten', the Reglement's 'moet ... verslag
uitbrengen'), 2 Meldingen in cijfers (a ruled table), 3 Wat deed het College met mijn aanbevelingen van vorig jaar
(the 2024 recommendation quoted as an imperative and reported as followed), 4 Signalen en aanbevelingen with three
themes 4.1-4.3, each with findings ('moet', 'zou ... moeten' in students' words and in rules) and bold hanging labels
'Aanbeveling 2025/N' before a sentence 'Ik beveel het College aan ...' / 'Ik adviseer ...'; 5 Tot slot.
Response: memo 'Opvolging aanbevelingen ombudsfunctionaris' of the College van Bestuur (Aan/Van/Datum/Kenmerk),
an introduction, a ruled table Nr. / Aanbeveling in het kort / Reactie College / Status / Gereed in the order
2025/6, 2025/1, '2025/4 en 2025/5' (ONE row, two statuses), 2025/2, 2025/7 and one row '2024/3' on LAST year's
recommendation; 2025/3 has no row (unanswered); 'Overige punten' and the closing paragraph answer nothing.
Engine: reportlab platypus (DejaVu, no shaping, so no ligatures; invariant=1).

Run: /tmp/blind63nl/bin/python tests/docs/src/blind63/gen_nl_ombudsfunctionaris_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Frame, KeepTogether, PageTemplate, Paragraph, BaseDocTemplate, Spacer, Table,
                                TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b63nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind63_nl_ombudsfunctionaris"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

TEAL = colors.HexColor("#00616e")
ORANGE = colors.HexColor("#e0701b")
PALE = colors.HexColor("#e7f1f2")
GREY = colors.HexColor("#5a5a5a")


def st(size=9.3, lead=13.8, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.2, 13.8, "SE", spaceAfter=5),
    "h": st(11.6, 15, "DSB", spaceBefore=9, spaceAfter=3, textColor=TEAL),
    "h3": st(9.6, 13, "DSB", spaceBefore=6, spaceAfter=2, textColor=TEAL),
    "q": st(8.9, 13, "SEI", spaceAfter=5, leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY),
    "box": st(8.8, 12.8, "DS", spaceAfter=3),
    "boxh": st(9.6, 13, "DSB", spaceAfter=3, textColor=TEAL),
    "lab": st(8.6, 13.8, "DSB", textColor=ORANGE),
    "rec": st(9.2, 13.8, "SEB"),
    "cell": st(7.9, 10.3, "DS"),
    "cellr": st(7.9, 10.3, "DS", alignment=2),
    "cellh": st(7.9, 10.3, "DSB", textColor=colors.white),
    "cellhr": st(7.9, 10.3, "DSB", textColor=colors.white, alignment=2),
    "cap": st(7.4, 10, "DS", textColor=GREY, spaceAfter=6),
    "kind": st(8.6, 11, "DSB", textColor=ORANGE, spaceAfter=4),
    "title": st(21, 25, "DSB", textColor=TEAL, spaceAfter=3),
    "sub": st(10.4, 14, "DS", textColor=GREY, spaceAfter=10),
    # response
    "rb": st(9.1, 13.4, "DS", spaceAfter=6),
    "rh": st(10.2, 14, "DSB", spaceBefore=6, spaceAfter=3, textColor=TEAL),
    "rt": st(15, 19, "DSB", textColor=TEAL, spaceAfter=6),
    "rm": st(8.6, 12, "DS"),
    "rmk": st(8.6, 12, "DSB", textColor=TEAL),
}
for k in ("h", "h3", "rh"):
    S[k].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(TEAL)
    c.rect(20 * mm, h - 16 * mm, 3 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont("DSB", 8.6)
    c.drawString(25 * mm, h - 12.5 * mm, "Hogeschool Rijnvliet")
    c.setFillColor(GREY)
    c.setFont("DS", 7.4)
    c.drawRightString(w - 20 * mm, h - 12.5 * mm, "Ombudsfunctionaris studenten  |  Jaarverslag 2025")
    c.setStrokeColor(ORANGE)
    c.setLineWidth(0.6)
    c.line(20 * mm, 14 * mm, w - 20 * mm, 14 * mm)
    c.setFont("DS", 7.4)
    c.drawString(20 * mm, 10 * mm, "Kenmerk OMB/2026/03")
    c.drawRightString(w - 20 * mm, 10 * mm, f"{doc.page}")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(TEAL)
    c.setFont("DSB", 11)
    c.drawString(20 * mm, h - 16 * mm, "Hogeschool Rijnvliet")
    c.setFont("DS", 7.6)
    c.setFillColor(GREY)
    c.drawString(20 * mm, h - 20 * mm, "College van Bestuur")
    c.drawRightString(w - 20 * mm, 10 * mm, f"Pagina {doc.page}")
    c.drawString(20 * mm, 10 * mm, "CvB/2026/0412  |  Opvolging aanbevelingen ombudsfunctionaris")
    c.restoreState()


def rec(code, text):
    t = Table([[Paragraph(f"Aanbeveling {code}", S["lab"]), Paragraph(text, S["rec"])]],
              colWidths=(34 * mm, 136 * mm))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, title="Jaarverslag 2025 Ombudsfunctionaris",
                          author="Ombudsfunctionaris studenten")
    fr = Frame(20 * mm, 20 * mm, 170 * mm, 252 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=adv_deco)])
    f = [Paragraph("JAARVERSLAG 2025", S["kind"]),
         Paragraph("Ombudsfunctionaris studenten", S["title"]),
         Paragraph("Verslag over 1 januari tot en met 31 december 2025, aangeboden aan het College van Bestuur "
                   "van Hogeschool Rijnvliet", S["sub"])]
    box = Table([[Paragraph("In het kort", S["boxh"])],
                 [Paragraph("In 2025 kwamen 312 meldingen binnen, 18 procent meer dan in 2024. De meeste gingen "
                            "over roosters en tentamens. Ik vraag het College onder meer om roosters eerder vast te "
                            "leggen, mantelzorgers toegang te geven tot het profileringsfonds en klagers sneller te "
                            "laten weten wie hun klacht behandelt. In hoofdstuk 4 staan al mijn aanbevelingen.",
                            S["box"])]], colWidths=(170 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (0, 0), 8),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 7), ("LINEBEFORE", (0, 0), (0, -1), 2.4, ORANGE)]))
    f += [box, Spacer(1, 4),
          Paragraph("1  Inleiding", S["h"]),
          Paragraph("De Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW) bepaalt dat iedere "
                    "instelling een centraal loket moet inrichten waar studenten een klacht, bezwaar of beroep "
                    "kunnen indienen. Naast dat loket heeft Hogeschool Rijnvliet sinds 2019 een onafhankelijke "
                    "ombudsfunctionaris. Studenten kunnen bij mij terecht als zij er met hun opleiding of een dienst "
                    "niet uitkomen. Ik bemiddel, geef informatie en signaleer structurele knelpunten.", S["b"]),
          Paragraph("Volgens artikel 6 van het Reglement ombudsfunctionaris moet ik jaarlijks verslag uitbrengen aan "
                    "het College van Bestuur. Het College reageert binnen drie maanden schriftelijk op de "
                    "aanbevelingen. Dit verslag wordt ook aan de medezeggenschapsraad toegezonden.", S["b"]),
          Paragraph("2  Meldingen in cijfers", S["h"])]
    data = [["Categorie", "2024", "2025", "Verschil"],
            ["Roosters en tentamens", "88", "121", "+33"],
            ["Studievoortgang en bijzondere omstandigheden", "61", "67", "+6"],
            ["Bejegening door medewerkers", "39", "34", "-5"],
            ["Financiële zaken en profileringsfonds", "28", "41", "+13"],
            ["Huisvesting en faciliteiten", "25", "31", "+6"],
            ["Overig", "23", "18", "-5"],
            ["Totaal", "264", "312", "+48"]]
    rows = []
    for i, r in enumerate(data):
        if i == 0:
            rows.append([Paragraph(r[0], S["cellh"])] + [Paragraph(c, S["cellhr"]) for c in r[1:]])
        else:
            rows.append([Paragraph(r[0], S["cell"])] + [Paragraph(c, S["cellr"]) for c in r[1:]])
    tab = Table(rows, colWidths=(92 * mm, 24 * mm, 24 * mm, 24 * mm))
    tab.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("LINEBELOW", (0, 1), (-1, -2), 0.3, GREY),
                             ("LINEABOVE", (0, -1), (-1, -1), 0.9, TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
    f += [tab, Spacer(1, 2), Paragraph("Tabel 1. Meldingen bij de ombudsfunctionaris naar categorie.", S["cap"]),
          Paragraph("Van de 312 meldingen kon ik er 241 binnen vier weken afronden. In 38 gevallen verwees ik de "
                    "student door naar het Loket klachten en geschillen, omdat er een formele procedure liep.",
                    S["b"]),
          Paragraph("3  Wat deed het College met mijn aanbevelingen van vorig jaar?", S["h"]),
          Paragraph("In mijn jaarverslag 2024 deed ik vier aanbevelingen. Drie daarvan zijn uitgevoerd. Zo schreef "
                    "ik als derde aanbeveling:", S["b"]),
          Paragraph("\u2018Publiceer de afhandelingstermijnen van het Loket klachten en geschillen op de "
                    "studentenwebsite.\u2019", S["q"]),
          Paragraph("Dat is in 2025 gebeurd. De aanbeveling over een vertrouwenspersoon voor internationale "
                    "studenten is nog in behandeling; het College heeft toegezegd daarop terug te komen.", S["b"]),
          Paragraph("4  Signalen en aanbevelingen", S["h"]),
          Paragraph("4.1  Roosters en tentamens", S["h3"]),
          Paragraph("Het aantal meldingen over roosters steeg opnieuw. Studenten hoorden soms pas twee weken voor "
                    "een blok wanneer hun tentamens zouden plaatsvinden. Wie naast de studie werkt of voor een "
                    "familielid zorgt, kan dan niet op tijd plannen. Een student schreef mij: \u2018Je moet je "
                    "werkrooster zes weken vooruit doorgeven, maar het tentamenrooster komt pas als het al te laat "
                    "is.\u2019 Volgens de Onderwijs- en examenregeling moet het rooster \u2018tijdig\u2019 bekend "
                    "zijn, maar wat tijdig is, bepaalt elke opleiding zelf.", S["b"]),
          rec("2025/1", "Ik beveel het College aan om de tentamenroosters uiterlijk zes weken voor de start van "
                        "een blok definitief te publiceren."),
          Paragraph("Studenten weten bovendien vaak niet bij wie zij met een roosterprobleem terechtkunnen. Zij "
                    "worden van de roostermaker naar de studieloopbaanbegeleider en weer terug gestuurd.", S["b"]),
          rec("2025/2", "Ik beveel aan om bij elke opleiding één vast aanspreekpunt voor roosterklachten aan te "
                        "wijzen."),
          Paragraph("4.2  Studievertraging door bijzondere omstandigheden", S["h3"]),
          Paragraph("Studenten met een functiebeperking moeten hun tentamenvoorzieningen, zoals extra tijd of een "
                    "aparte ruimte, elk studiejaar opnieuw aanvragen, ook als hun beperking blijvend is. Dat kost "
                    "hen en de decanen veel tijd.", S["b"]),
          rec("2025/3", "Ik adviseer het College om tentamenvoorzieningen bij een blijvende beperking voor de hele "
                        "studieduur toe te kennen in plaats van per studiejaar."),
          Paragraph("Het profileringsfonds is nu alleen open voor studenten met een functiebeperking, topsporters "
                    "en bestuursleden. Studenten die door mantelzorg vertraging oplopen, vallen erbuiten, terwijl "
                    "de regeling volgens de toelichting juist \u2018studenten in een kwetsbare positie\u2019 zou "
                    "moeten ondersteunen. Bovendien duurt het gemiddeld elf weken voordat op een aanvraag wordt "
                    "beslist.", S["b"]),
          rec("2025/4", "Ik beveel aan het profileringsfonds open te stellen voor studenten die door mantelzorg "
                        "studievertraging oplopen."),
          rec("2025/5", "Ik adviseer om de beslistermijn voor aanvragen bij het profileringsfonds terug te brengen "
                        "van twaalf naar zes weken."),
          Paragraph("4.3  Afhandeling van klachten", S["h3"]),
          Paragraph("Klagers horen vaak wekenlang niets nadat zij hun klacht hebben ingediend. Het Loket stuurt "
                    "een automatisch bericht, maar daarin staat niet wie de klacht behandelt. Ook de "
                    "medezeggenschap weet niet wat er met mijn aanbevelingen gebeurt; in de hogeschoolraad werd "
                    "daar in 2025 twee keer naar gevraagd.", S["b"]),
          rec("2025/6", "Ik beveel het College aan om klagers binnen vijf werkdagen een persoonlijke "
                        "ontvangstbevestiging met de naam van hun behandelaar te sturen."),
          rec("2025/7", "Ik adviseer het College om jaarlijks aan de hogeschoolraad te rapporteren welke "
                        "aanbevelingen van de ombudsfunctionaris zijn uitgevoerd."),
          Paragraph("5  Tot slot", S["h"]),
          Paragraph("Ik dank de studenten die mij in vertrouwen namen, en de medewerkers die met mij naar "
                    "oplossingen zochten. Ik zie de reactie van het College met belangstelling tegemoet.", S["b"]),
          Paragraph("mr. drs. H.W. (Hanneke) Oosterbaan<br/>Ombudsfunctionaris studenten", S["b"])]
    doc.build(f)


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4,
                          title="Opvolging aanbevelingen ombudsfunctionaris", author="College van Bestuur")
    fr = Frame(20 * mm, 18 * mm, 170 * mm, 248 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=res_deco)])
    meta = Table([[Paragraph(k, S["rmk"]), Paragraph(v, S["rm"])] for k, v in (
        ("Aan", "mr. drs. H.W. Oosterbaan, ombudsfunctionaris studenten"),
        ("Afschrift", "Hogeschoolraad"),
        ("Van", "College van Bestuur"),
        ("Datum", "14 april 2026"),
        ("Kenmerk", "CvB/2026/0412"),
        ("Onderwerp", "Opvolging aanbevelingen jaarverslag 2025"))], colWidths=(26 * mm, 144 * mm))
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6), ("LINEBELOW", (0, -1), (-1, -1), 0.6,
                                                                         TEAL)]))
    f = [Paragraph("MEMO", S["kind"]), meta, Spacer(1, 8),
         Paragraph("Opvolging aanbevelingen ombudsfunctionaris", S["rt"]),
         Paragraph("Het College heeft het jaarverslag 2025 van de ombudsfunctionaris besproken in zijn vergadering "
                   "van 7 april 2026. Het College waardeert de heldere signalen en de persoonlijke toon van het "
                   "verslag. In de tabel hieronder staat per aanbeveling wat het College ermee doet, welke status "
                   "de aanbeveling heeft en wanneer de uitvoering gereed is. De tabel wordt voortaan elk half jaar "
                   "bijgewerkt.", S["rb"]),
         Paragraph("Stand van zaken per aanbeveling", S["rh"])]
    rows = [("Nr.", "Aanbeveling in het kort", "Reactie College", "Status", "Gereed"),
            ("2025/6", "Snelle bevestiging van klachten",
             "Het Loket stuurt vanaf 1 mei 2026 binnen vijf werkdagen een persoonlijke bevestiging, ondertekend "
             "door de medewerker die de klacht behandelt. Het College volgt deze aanbeveling volledig.",
             "Overgenomen", "mei 2026"),
            ("2025/1", "Tentamenroosters eerder bekend",
             "Voor de propedeuse wordt het definitieve rooster vanaf 2026-2027 zes weken vooraf gepubliceerd. "
             "Voor de hoofdfase kiest het College voor vier weken, omdat stages en minoren later vastliggen.",
             "Deels overgenomen", "sept. 2026"),
            ("2025/4 en 2025/5", "Profileringsfonds",
             "Vanaf 1 september 2026 kunnen ook studenten met mantelzorgtaken een beroep doen op het fonds; de "
             "Regeling profileringsfonds wordt daarop aangepast. De beslistermijn gaat naar acht weken. Een "
             "termijn van zes weken acht het College niet haalbaar zolang de commissie uit drie leden bestaat.",
             "2025/4 overgenomen; 2025/5 deels overgenomen", "sept. 2026"),
            ("2025/2", "Aanspreekpunt roosters",
             "Het College kiest niet voor een extra aanspreekpunt per opleiding. Roosterklachten blijven lopen "
             "via het centrale Studentenloket, dat sinds januari een eigen roosterdesk heeft.",
             "Niet overgenomen", "-"),
            ("2025/7", "Rapportage aan de hogeschoolraad",
             "Het College neemt kennis van deze aanbeveling. Het zal haar betrekken bij de evaluatie van het "
             "Reglement ombudsfunctionaris in 2027.",
             "Kennisgenomen", "2027"),
            ("2024/3", "Termijnen Loket (uit jaarverslag 2024)",
             "De behandeltermijnen van het Loket staan sinds mei 2025 op de studentenwebsite. Deze aanbeveling "
             "is afgerond.",
             "Afgerond", "-")]
    tr = []
    for i, r in enumerate(rows):
        sty = S["cellh"] if i == 0 else S["cell"]
        tr.append([Paragraph(c, sty) for c in r])
    t = Table(tr, colWidths=(18 * mm, 32 * mm, 76 * mm, 26 * mm, 18 * mm), repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.3, GREY), ("BACKGROUND", (0, -1), (-1, -1), PALE),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2)]))
    f += [t, Spacer(1, 8),
          Paragraph("Overige punten", S["rh"]),
          Paragraph("Het College herkent de stijging van het aantal meldingen over huisvesting en faciliteiten. De "
                    "directie Facilitaire Zaken onderzoekt dit voorjaar of er in de tentamenperiodes voldoende "
                    "stilteplekken zijn. Over de vertrouwenspersoon voor internationale studenten ontvangt de "
                    "ombudsfunctionaris voor de zomer een afzonderlijk bericht.", S["rb"]),
          Paragraph("Het College bespreekt de voortgang halfjaarlijks met de ombudsfunctionaris. De eerstvolgende "
                    "bijgewerkte tabel verschijnt in oktober 2026.", S["rb"]),
          Paragraph("Namens het College van Bestuur,<br/>drs. P.J.M. (Pieter) van Koeverden, voorzitter", S["rb"])]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        ("2025/1", "Ik beveel het College aan om de tentamenroosters uiterlijk",
         "Voor de hoofdfase kiest het College voor vier weken", "partly"),
        ("2025/2", "Ik beveel aan om bij elke opleiding één vast aanspreekpunt",
         "Het College kiest niet voor een extra aanspreekpunt per opleiding", "disagrees"),
        ("2025/3", "Ik adviseer het College om tentamenvoorzieningen bij een blijvende beperking",
         None, "unanswered"),
        ("2025/4", "Ik beveel aan het profileringsfonds open te stellen voor studenten",
         "kunnen ook studenten met mantelzorgtaken een beroep doen op het fonds", "agrees"),
        ("2025/5", "Ik adviseer om de beslistermijn voor aanvragen bij het profileringsfonds",
         "Een termijn van zes weken acht het College niet haalbaar", "partly"),
        ("2025/6", "Ik beveel het College aan om klagers binnen vijf werkdagen",
         "Het College volgt deze aanbeveling volledig", "agrees"),
        ("2025/7", "Ik adviseer het College om jaarlijks aan de hogeschoolraad te rapporteren",
         "Het College neemt kennis van deze aanbeveling", "noted"),
    ], ["Het College waardeert de heldere signalen en de persoonlijke toon",
        "De behandeltermijnen van het Loket staan sinds mei 2025",
        "onderzoekt dit voorjaar of er in de tentamenperiodes voldoende stilteplekken",
        "De eerstvolgende bijgewerkte tabel verschijnt in oktober 2026"],
        "JAARVERSLAG 2025 of the OMBUDSFUNCTIONARIS STUDENTEN of the invented Hogeschool Rijnvliet, answered by the "
        "College van Bestuur's OPVOLGINGSTABEL (a follow-up memo with a status table). The WHW is real; the "
        "Reglement, figures, people and the quoted 2024 recommendation are invented. The seven recommendations are "
        "coded 'Aanbeveling 2025/1'-'2025/7' as bold orange hanging labels before a bold sentence ('Ik beveel het "
        "College aan ...', 'Ik adviseer ...'); numbers are the codes. Not recommendations: the shaded 'In het kort' "
        "box paraphrasing three of them ('Ik vraag het College onder meer om ...'), the WHW's 'moet ... inrichten', "
        "the Reglement's 'moet ik jaarlijks verslag uitbrengen', Tabel 1, the 2024 recommendation quoted as an "
        "imperative ('Publiceer de afhandelingstermijnen ...') and reported as done, a student's 'Je moet ...', the "
        "OER's 'moet ... bekend zijn', 'moeten ... aanvragen', 'zou moeten ondersteunen'. Response: memo with a "
        "ruled table Nr. / Aanbeveling in het kort / Reactie College / Status / Gereed, rows 2025/6, 2025/1, "
        "'2025/4 en 2025/5', 2025/2, 2025/7, 2024/3: 2025/6 agrees ('Overgenomen'); 2025/1 partly (six weeks for "
        "the propedeuse only, four for the hoofdfase; 'Deels overgenomen'); ONE row '2025/4 en 2025/5': 4 agrees "
        "(fund open to carers) + 5 partly (eight weeks instead of six; status cell '2025/4 overgenomen; 2025/5 deels "
        "overgenomen'); 2025/2 disagrees ('kiest niet voor', 'Niet overgenomen'); 2025/7 noted ('neemt kennis van', "
        "'Kennisgenomen'); 2025/3 (facilities for the whole study) has NO row: unanswered. Unmatched: the "
        "introduction, the row 2024/3 on LAST year's recommendation (quoted in the advice, not one of this year's), "
        "'Overige punten' and the closing paragraph.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
