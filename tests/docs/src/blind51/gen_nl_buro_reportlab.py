"""Round 51 (nl): an (invented) ADVIES of BuRO (Bureau Risicobeoordeling & onderzoek of the NVWA) on Listeria in
pre-packed raw vegetables and salads; recommendations as UNNUMBERED bullets in a shaded box 'Advies van BuRO',
grouped under three addressee lines (minister of VWS, inspecteur-generaal NVWA, both), after numbered research
questions with their answers ('Conclusies', with 'moet'-findings), a quoted 2022 advice and a table of sampling
figures. Answered by the NVWA's REACTIE ('Reactie NVWA op advies BuRO'), a nota in Rijksoverheid style with a
right-hand column. Engine: reportlab (platypus, DejaVu, no shaping, two-pass 'pagina N van M'). Answer key:
README-nl.md.

Run: /tmp/blind51nl/bin/python tests/docs/src/blind51/gen_nl_buro_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

sys.path.insert(0, os.path.dirname(__file__))
import _b51nl as B  # noqa: E402

NAME = "blind51_nl_buro"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")

BLUE = colors.HexColor("#154273")
GREY = colors.HexColor("#555555")
SHADE = colors.HexColor("#e6eef6")


def st(size=9, lead=13, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9, 13.2, alignment=4, spaceAfter=5),
    "h1": st(15, 19, "DSB", textColor=BLUE, spaceAfter=4),
    "h2": st(10.5, 14, "DSB", textColor=BLUE, spaceBefore=8, spaceAfter=3),
    "h3": st(9, 13, "DSB", spaceBefore=4, spaceAfter=2),
    "li": st(9, 13, alignment=4, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=3),
    "q": st(9, 13, "DSI", alignment=4, leftIndent=10 * mm, rightIndent=8 * mm, spaceAfter=6),
    "c": st(8, 10.5), "cb": st(8, 10.5, "DSB"),
    "side": st(7, 9.4, textColor=GREY),
    "sideb": st(7, 9.4, "DSB", textColor=GREY),
}


def p(t, s="b"):
    return Paragraph(t, S[s])


def build(story_fn, path, deco, left=25 * mm, right=22 * mm):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=28 * mm,
                                bottomMargin=22 * mm, title="", author="")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = A4
        if doc.page == 1:
            c.setFillColor(BLUE)
            c.rect(W / 2 - 5 * mm, H - 26 * mm, 10 * mm, 26 * mm, stroke=0, fill=1)
            c.setFont("DS", 8)
            c.setFillColor(colors.black)
            c.drawString(W / 2 + 8 * mm, H - 14 * mm, "Nederlandse Voedsel- en")
            c.drawString(W / 2 + 8 * mm, H - 18 * mm, "Warenautoriteit")
            c.setFont("DSB", 8)
            c.drawString(W / 2 + 8 * mm, H - 23 * mm, "BuRO")
        else:
            c.setFont("DS", 7.3)
            c.setFillColor(GREY)
            c.drawString(25 * mm, H - 14 * mm, "BuRO | Advies over Listeria in voorverpakte rauwkost en salades")
            c.drawRightString(W - 22 * mm, H - 14 * mm, "TRCVWA/2026/1187")
        c.setFont("DS", 7.3)
        c.setFillColor(GREY)
        c.drawRightString(W - 22 * mm, 11 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def box(flow):
    t = Table([[flow]], colWidths=[163 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def advice_story():
    s = [Spacer(1, 2 * mm)]
    meta = Table([[p("Aan de minister van Volksgezondheid, Welzijn en Sport en de inspecteur-generaal van de "
                     "Nederlandse Voedsel- en Warenautoriteit", "c"),
                   p("<b>Datum</b> 4 maart 2026<br/><b>Ons kenmerk</b> TRCVWA/2026/1187<br/><b>Contact</b> "
                     "dr. ir. E.J. Kamphuis<br/>buro@nvwa.nl", "c")]], colWidths=[95 * mm, 68 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [meta, Spacer(1, 6 * mm)]
    s.append(p("Advies van BuRO over de risico's van Listeria monocytogenes in voorverpakte rauwkost en salades",
               "h1"))
    s.append(p("Aanleiding", "h2"))
    s.append(p("In 2025 meldde het RIVM 141 patiënten met listeriose, het hoogste aantal sinds de meldplicht in "
               "2008. Bij twee uitbraakclusters werd de bron gevonden in voorverpakte gesneden groente en "
               "maaltijdsalades. De minister van VWS heeft BuRO op 2 oktober 2025 gevraagd de risico's in kaart te "
               "brengen. BuRO heeft daarbij de volgende vragen beantwoord:"))
    for i, q in enumerate(["Hoe groot is het risico op listeriose door het eten van voorverpakte rauwkost en "
                           "salades, in het bijzonder voor kwetsbare groepen?",
                           "Welke factoren in productie en distributie dragen het meest bij aan dat risico?",
                           "Welke maatregelen zijn het meest effectief om het risico te verkleinen?"], 1):
        s.append(Paragraph(q, S["li"], bulletText=f"{i}."))
    s.append(p("Conclusies", "h2"))
    s.append(p("<b>Vraag 1.</b> Het risico voor de algemene bevolking is laag. Voor zwangeren, ouderen boven de 75 "
               "jaar en mensen met een verminderde weerstand is het risico wel relevant: zij maken 84 procent van "
               "de patiënten uit. Omdat de ziekte bij deze groepen ernstig verloopt (sterfte rond 15 procent), "
               "moet het risico volgens BuRO als aanzienlijk worden beschouwd."))
    s.append(p("<b>Vraag 2.</b> De belangrijkste factoren zijn besmetting in de productieomgeving (snijmachines, "
               "afvoerputten), een te lange houdbaarheidstermijn en temperatuurschommelingen in de keten. Bedrijven "
               "moeten op grond van Verordening (EG) nr. 2073/2005 aantonen dat hun producten gedurende de hele "
               "houdbaarheid onder de 100 kve/g blijven; dat gebeurt in de praktijk niet altijd."))
    s.append(p("<b>Vraag 3.</b> Maatregelen aan het begin van de keten (hygiëne bij productie, omgevingsmonsters) en "
               "kortere houdbaarheid hebben het grootste effect. Voorlichting helpt, maar bereikt vooral zwangeren "
               "en minder de oudere consument."))
    recs = [
        ("Aan de minister van VWS", [
            "Dring in Europees verband aan op een strenger criterium voor Listeria in kant-en-klare "
            "levensmiddelen: 'niet aantoonbaar in 25 gram' gedurende de hele houdbaarheid.",
            "Laat het Voedingscentrum de voorlichting over voorverpakte salades en rauwkost voor zwangeren en "
            "ouderen actualiseren, en richt die ook op zorginstellingen.",
            "Onderzoek met de sector of de houdbaarheidstermijn van voorverpakte gesneden rauwkost kan worden "
            "beperkt tot vijf dagen."]),
        ("Aan de inspecteur-generaal van de NVWA", [
            "Verhoog de bemonsteringsfrequentie bij producenten die in de afgelopen drie jaar positieve "
            "monsters hadden.",
            "Neem bij inspecties van producenten structureel omgevingsmonsters, zoals van afvoerputten en "
            "snijmachines.",
            "Deel de resultaten van whole genome sequencing van Listeria-isolaten binnen twee weken met het "
            "RIVM, zodat clusters sneller worden herkend."]),
        ("Aan beiden", [
            "Publiceer jaarlijks een openbaar overzicht van de aangetroffen besmettingen per productgroep."]),
    ]
    inner = [p("<b>Advies van BuRO</b>", "h3")]
    for who, items in recs:
        inner.append(p(f"<i>{who}</i>", "b"))
        for it in items:
            inner.append(Paragraph(it, S["li"], bulletText="•"))
    s.append(Spacer(1, 2 * mm))
    s.append(box(inner))
    s.append(p("Onderbouwing", "h2"))
    s.append(p("Tabel 1 vat de resultaten samen van de NVWA-monitoring van kant-en-klare groente en salades in "
               "de jaren 2023-2025."))
    data = [["Productgroep", "monsters", "positief", "> 100 kve/g"],
            ["Gesneden rauwkost (zakjes)", "612", "31 (5,1%)", "3"],
            ["Maaltijdsalades met vis of vlees", "488", "22 (4,5%)", "4"],
            ["Vegetarische salades", "355", "9 (2,5%)", "0"],
            ["Kiemgroente", "97", "6 (6,2%)", "1"]]
    t = Table([[p(c, "cb" if r == 0 else "c") for c in row] for r, row in enumerate(data)],
              colWidths=[70 * mm, 28 * mm, 32 * mm, 33 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE), ("LINEBELOW", (0, 1), (-1, -1), 0.3,
                                                                      colors.HexColor("#9aaabb"))]))
    s += [t, p("<i>Tabel 1. Bron: NVWA, monitoring microbiologie kant-en-klaar 2023-2025.</i>", "c"),
          Spacer(1, 3 * mm)]
    s.append(p("Het aandeel positieve monsters is in vier jaar niet gedaald. In 2022 adviseerde BuRO al:"))
    s.append(p("'De NVWA dient bij producenten met herhaalde positieve bevindingen een verscherpt "
               "toezichtregime toe te passen.' (advies TRCVWA/2022/3342)", "q"))
    s.append(p("Een verscherpt regime is sindsdien bij vijf bedrijven toegepast. De NVWA neemt tijdens inspecties "
               "vooral productmonsters; omgevingsmonsters worden alleen bij een uitbraakonderzoek genomen. Zowel de "
               "sector als de toezichthouder zou daarom meer aandacht moeten geven aan de productieomgeving. De "
               "typering van isolaten gebeurt bij de NVWA, het RIVM ontvangt de sequenties gemiddeld na 37 dagen."))
    s.append(p("Dit advies is opgesteld door BuRO met medewerking van het RIVM en de Wageningen Food Safety "
               "Research. Het is op 4 maart 2026 vastgesteld door de directeur van BuRO."))
    s.append(Spacer(1, 4 * mm))
    s.append(p("prof. dr. ir. A.M. Verhoeff<br/>directeur Bureau Risicobeoordeling &amp; onderzoek"))
    return s


def res_deco(total):
    def draw(c, doc):
        c.saveState()
        W, H = A4
        c.setFillColor(BLUE)
        c.rect(W / 2 - 5 * mm, H - 26 * mm, 10 * mm, 26 * mm, stroke=0, fill=1)
        c.setFont("DS", 8)
        c.setFillColor(colors.black)
        c.drawString(W / 2 + 8 * mm, H - 14 * mm, "Nederlandse Voedsel- en")
        c.drawString(W / 2 + 8 * mm, H - 18 * mm, "Warenautoriteit")
        c.setFont("DSB", 7)
        c.setFillColor(GREY)
        x = W - 48 * mm
        y = H - 42 * mm
        for lbl, val in (("Inspecteur-generaal", None), (None, "Catharijnesingel 59"), (None, "3511 GG Utrecht"),
                         ("Datum", "15 april 2026"), ("Kenmerk", "NVWA/IG/2026/0412"), ("Betreft", None),
                         (None, "Reactie op advies"), (None, "TRCVWA/2026/1187")):
            if lbl:
                c.setFont("DSB", 7)
                c.drawString(x, y, lbl)
                y -= 9
            if val:
                c.setFont("DS", 7)
                c.drawString(x, y, val)
                y -= 9
            if lbl in ("Kenmerk",) or val in ("3511 GG Utrecht",):
                y -= 5
        c.setFont("DS", 7)
        c.drawString(x, 11 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def response_story():
    s = []
    s.append(p("Reactie NVWA op advies BuRO over Listeria in voorverpakte rauwkost en salades", "h1"))
    s.append(p("<b>Nota</b> aan de minister van Volksgezondheid, Welzijn en Sport, ter kennisname; afschrift aan "
               "de directeur BuRO", "c"))
    s.append(Spacer(1, 3 * mm))
    s.append(p("Inleiding", "h2"))
    s.append(p("Op 4 maart 2026 bracht BuRO zijn advies uit over de risico's van Listeria in voorverpakte rauwkost "
               "en salades. De NVWA herkent het beeld en dankt BuRO voor de heldere onderbouwing. In deze nota "
               "geeft de NVWA haar reactie op de adviezen die aan haar zijn gericht. Op de adviezen aan de "
               "minister van VWS reageert de minister zelf; waar de NVWA daarbij een rol heeft, is dat hieronder "
               "aangegeven."))
    s.append(p("Sequencing en samenwerking met het RIVM", "h2"))
    s.append(p("De NVWA deelt de sequenties van Listeria-isolaten nu al met het RIVM, maar dat duurt te lang. "
               "Vanaf juli 2026 worden de gegevens via een gedeelde databank uitgewisseld. Een termijn van twee "
               "weken is met de huidige laboratoriumcapaciteit niet haalbaar; de NVWA streeft naar maximaal vier "
               "weken en bekijkt in 2027 of verdere verkorting mogelijk is."))
    s.append(p("Toezicht bij producenten", "h2"))
    s.append(p("De NVWA neemt het advies over om vaker te bemonsteren bij producenten met een voorgeschiedenis "
               "van positieve monsters. Vanaf 1 juni 2026 worden deze bedrijven ten minste vier keer per jaar "
               "bemonsterd in plaats van één keer. Het advies om bij elke inspectie omgevingsmonsters te nemen, "
               "neemt de NVWA niet over. Het bemonsteren van de productieomgeving is een verplichting van het "
               "bedrijf zelf in het kader van de voedselveiligheidsplannen (HACCP). De NVWA controleert of "
               "bedrijven dat goed doen en neemt zelf alleen omgevingsmonsters bij een vermoeden van besmetting."))
    s.append(p("Openbaarheid", "h2"))
    s.append(p("De NVWA publiceert de resultaten van haar monitoring vanaf het verslagjaar 2026 jaarlijks op haar "
               "website, uitgesplitst naar productgroep. De eerste publicatie verschijnt in het voorjaar van 2027."))
    s.append(p("Adviezen aan de minister van VWS", "h2"))
    s.append(p("Het advies om in Europees verband aan te dringen op een strenger microbiologisch criterium is aan "
               "de minister van VWS gericht. De NVWA levert het ministerie desgevraagd de monitoringgegevens die "
               "voor de inbreng in het Permanent Comité (PAFF) nodig zijn."))
    s.append(p("Wat de voorlichting betreft: het Voedingscentrum heeft op verzoek van VWS de informatie over "
               "listeria voor zwangeren en ouderen in maart 2026 vernieuwd. Samen met ActiZ is een factsheet voor "
               "keukens van zorginstellingen gemaakt, die de NVWA meeneemt bij inspecties in de zorg."))
    s.append(p("Lopende zaken", "h2"))
    s.append(p("De terugroepactie van koolsalade van een producent in Noord-Brabant in januari 2026 staat los van "
               "dit advies. Het onderzoek naar die zaak is in handen van de NVWA-IOD en wordt in mei 2026 "
               "afgerond."))
    s.append(Spacer(1, 6 * mm))
    s.append(p("mr. drs. H.W. Lansink<br/>inspecteur-generaal van de Nederlandse Voedsel- en Warenautoriteit"))
    return s


def expected():
    recs = [
        ("1", "Dring in Europees verband aan op een strenger criterium voor Listeria",
         "levert het ministerie desgevraagd de monitoringgegevens", "noted"),
        ("2", "Laat het Voedingscentrum de voorlichting over voorverpakte salades en rauwkost",
         "het Voedingscentrum heeft op verzoek van VWS de informatie", "agrees"),
        ("3", "Onderzoek met de sector of de houdbaarheidstermijn van voorverpakte", None, "unanswered"),
        ("4", "Verhoog de bemonsteringsfrequentie bij producenten die in de afgelopen drie jaar",
         "De NVWA neemt het advies over om vaker te bemonsteren", "agrees"),
        ("5", "Neem bij inspecties van producenten structureel omgevingsmonsters",
         "omgevingsmonsters te nemen, neemt de NVWA niet over", "disagrees"),
        ("6", "Deel de resultaten van whole genome sequencing van Listeria-isolaten",
         "de NVWA streeft naar maximaal vier weken", "partly"),
        ("7", "Publiceer jaarlijks een openbaar overzicht van de aangetroffen besmettingen",
         "publiceert de resultaten van haar monitoring vanaf het verslagjaar 2026", "agrees"),
    ]
    B.write_expected(NAME, recs, ["De terugroepactie van koolsalade van een producent in Noord-Brabant"],
                     "BuRO advice: the seven unnumbered bullets in the shaded box 'Advies van BuRO' (numbered 1-7 "
                     "in reading order, under three addressee lines) are the recommendations; the numbered "
                     "research questions, the 'Conclusies' with 'moet'-findings, the quoted 2022 advice and the "
                     "'zou ... moeten' sentence in the Onderbouwing are not. NVWA reaction (nota, other order): "
                     "6 partly (data shared, four weeks instead of two); 4 agrees and 5 disagrees in ONE "
                     "paragraph 'Toezicht bij producenten'; 7 agrees; 1 noted (addressed to the minister, NVWA "
                     "only supplies data); 2 agrees (Voedingscentrum already updated); 3 (shorter shelf life) "
                     "unanswered. 'Lopende zaken' (recall) answers nothing.")


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco)
    build(response_story, B.out(NAME + "_response.pdf"), res_deco, right=55 * mm)
    expected()
    sys.exit(0 if B.check(NAME) else 1)
