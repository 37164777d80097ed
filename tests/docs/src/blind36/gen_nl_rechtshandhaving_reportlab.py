"""Round 36 (nl, Caribisch Nederland): an (invented) inspection report of the Raad voor de rechtshandhaving on the
handling of domestic violence by the police (KPCN) and the Openbaar Ministerie BES, answered by a joint PLAN VAN
AANPAK of the korpschef and the hoofdofficier (a new reply form). Advice: A4, title block, running header and
'pagina N van M', a Samenvatting with a shaded box 'De aanbevelingen in het kort' (short paraphrases, a trap),
numbered onderzoeksvragen, a figures table per island, an earlier (2021) recommendation of the Raad quoted, findings
with 'zou ... moeten', Rijkswet articles, numbered conclusions 'Conclusie 1'-'4', and the seven recommendations in
chapter 5 under addressee sub-headings as paragraphs that carry their number only as a TAG AT THE END
'(aanbeveling N)'. Response: plan van aanpak with its own action numbering 'Actie 1'-'5' in another order, one
action answering aanbevelingen 2 and 3 with different verdicts, aanbeveling 6 (to the minister) not answered, and a
section on an awareness campaign and a planning table that answer nothing. Engine: reportlab (Liberation, no
shaping, so no ligatures).

Run: /tmp/blind36nl/bin/python tests/docs/src/blind36/gen_nl_rechtshandhaving_reportlab.py"""
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
import _b36nl as B  # noqa: E402

NAME = "blind36_nl_rechtshandhaving"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LA", "LiberationSans-Regular"), ("LAB", "LiberationSans-Bold"), ("LAI", "LiberationSans-Italic"),
             ("LABI", "LiberationSans-BoldItalic"), ("LS", "LiberationSerif-Regular"),
             ("LSB", "LiberationSerif-Bold"), ("LSI", "LiberationSerif-Italic"), ("LSBI", "LiberationSerif-BoldItalic")):
    pdfmetrics.registerFont(TTFont(n, LIB + f + ".ttf"))
pdfmetrics.registerFontFamily("LA", normal="LA", bold="LAB", italic="LAI", boldItalic="LABI")
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

TEAL = colors.HexColor("#0b5563")
PALE = colors.HexColor("#e4f0f1")
GR = colors.HexColor("#555555")
NAVY = colors.HexColor("#1d2f5e")


def styles(font, accent):
    return dict(
        body=ParagraphStyle("b", fontName=font, fontSize=9.4, leading=13.2, spaceAfter=5),
        h1=ParagraphStyle("h1", fontName=font + "B", fontSize=17, leading=21, textColor=accent, spaceAfter=4),
        sub=ParagraphStyle("sub", fontName=font, fontSize=11, leading=14, textColor=accent, spaceAfter=6),
        h2=ParagraphStyle("h2", fontName=font + "B", fontSize=11.5, leading=15, textColor=accent, spaceBefore=9,
                          spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", fontName=font + "BI", fontSize=9.8, leading=13, spaceBefore=5, spaceAfter=3,
                          keepWithNext=1),
        box=ParagraphStyle("box", fontName=font, fontSize=9, leading=12.4, spaceAfter=2),
        boxh=ParagraphStyle("boxh", fontName=font + "B", fontSize=9.6, leading=13, textColor=accent, spaceAfter=4),
        item=ParagraphStyle("it", fontName=font, fontSize=9.4, leading=13, leftIndent=16, firstLineIndent=-16,
                            spaceAfter=4),
        bul=ParagraphStyle("bu", fontName=font, fontSize=9, leading=12.4, leftIndent=10, firstLineIndent=-10,
                           spaceAfter=2),
        q=ParagraphStyle("q", fontName=font + "I", fontSize=9, leading=12.4, leftIndent=16, rightIndent=16,
                         spaceAfter=5),
        cell=ParagraphStyle("c", fontName=font, fontSize=8.4, leading=10.8),
        cellw=ParagraphStyle("cw", fontName=font + "B", fontSize=8.4, leading=10.8, textColor=colors.white),
        small=ParagraphStyle("s", fontName=font, fontSize=7.8, leading=10.2, textColor=GR),
        rec=ParagraphStyle("r", fontName=font, fontSize=9.4, leading=13.2, spaceAfter=6, leftIndent=8,
                           borderPadding=0),
    )


SA = styles("LA", TEAL)
SS = styles("LS", NAVY)


def build(fname, story, onpage):
    total = "?"
    for _ in (0, 1):
        doc = SimpleDocTemplate(B.out(fname), pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm,
                                topMargin=24 * mm, bottomMargin=21 * mm, title="", author="")
        doc._total = total
        doc.build(list(story), onFirstPage=onpage, onLaterPages=onpage)
        total = doc.page


def advice():
    S = SA

    def P(t, st="body"):
        return Paragraph(t, S[st])

    def onpage(c, doc):
        c.saveState()
        w, h = A4
        if doc.page > 1:
            c.setFont("LA", 7.6)
            c.setFillColor(GR)
            c.drawString(23 * mm, h - 14 * mm, "Raad voor de rechtshandhaving")
            c.drawRightString(w - 23 * mm, h - 14 * mm, "Achter de voordeur | Inspectierapport 2026-03")
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.5)
            c.line(23 * mm, h - 16 * mm, w - 23 * mm, h - 16 * mm)
        else:
            c.setFillColor(TEAL)
            c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
        c.setFont("LA", 7.6)
        c.setFillColor(GR)
        c.drawRightString(w - 23 * mm, 12 * mm, f"pagina {doc.page} van {doc._total}")
        c.restoreState()

    st = [Spacer(1, 6 * mm),
          P("RAAD VOOR DE RECHTSHANDHAVING  \u2022  CURAÇAO, SINT MAARTEN EN BONAIRE, SINT EUSTATIUS EN SABA", "small"),
          Spacer(1, 3 * mm), P("Achter de voordeur", "h1"),
          P("Inspectie naar de aanpak van huiselijk geweld door politie en Openbaar Ministerie in Caribisch "
            "Nederland", "sub"),
          P("Inspectierapport 2026-03 | Willemstad / Kralendijk, 21 april 2026", "small"), Spacer(1, 5 * mm)]

    st += [P("Samenvatting", "h2"),
           P("Huiselijk geweld komt op Bonaire, Sint Eustatius en Saba minstens zo vaak voor als in Europees "
             "Nederland, maar het wordt minder vaak gemeld en nog minder vaak vervolgd. De Raad heeft onderzocht hoe "
             "het Korps Politie Caribisch Nederland (KPCN) en het Openbaar Ministerie BES (OM BES) met meldingen en "
             "aangiften omgaan. De Raad ziet inzet en betrokkenheid bij individuele medewerkers, maar ook dat de "
             "aanpak sterk afhangt van wie er toevallig dienst heeft. Op Sint Eustatius en Saba is vaak geen "
             "gespecialiseerde kennis beschikbaar, en slachtoffers horen soms maanden niets over hun zaak.")]
    kort = Table([[[P("De aanbevelingen in het kort", "boxh"),
                    P("\u2022 elke melding registreren, ook zonder aangifte;", "bul"),
                    P("\u2022 deskundige agenten op alle drie de eilanden;", "bul"),
                    P("\u2022 aangifte in een veilige ruimte en in de eigen taal;", "bul"),
                    P("\u2022 snellere vervolgingsbeslissingen;", "bul"),
                    P("\u2022 slachtoffers beter informeren;", "bul"),
                    P("\u2022 opvang op Sint Eustatius en Saba structureel betalen;", "bul"),
                    P("\u2022 een huisverbod voor Caribisch Nederland onderzoeken.", "bul")]]], colWidths=[164 * mm])
    kort.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st += [kort, Spacer(1, 2 * mm)]

    st += [P("1  Inleiding", "h2"),
           P("De Raad voor de rechtshandhaving is belast met de algemene inspectie van de justitiële keten in "
             "Curaçao, Sint Maarten en Caribisch Nederland (artikel 3, eerste lid, van de Rijkswet Raad voor de "
             "rechtshandhaving). In zijn jaarplan 2025 heeft de Raad aangekondigd de aanpak van huiselijk geweld in "
             "Caribisch Nederland te inspecteren. Het onderzoek liep van mei tot en met november 2025."),
           P("De Raad heeft zich laten leiden door de volgende onderzoeksvragen:"),
           P("1.  Hoe worden meldingen en aangiften van huiselijk geweld ontvangen en geregistreerd?", "item"),
           P("2.  Hoe verlopen de opsporing en de beslissing over vervolging?", "item"),
           P("3.  Hoe worden slachtoffers geïnformeerd en ondersteund?", "item"),
           P("Al in 2021 deed de Raad in het rapport <i>Geweld in afhankelijkheidsrelaties</i> een aanbeveling "
             "over dit onderwerp:"),
           P("\u2018Zorg voor een eenduidige registratie van zaken van huiselijk geweld, zodat de omvang van het "
             "probleem zichtbaar wordt.\u2019", "q"),
           P("Die aanbeveling is destijds door de minister overgenomen, maar de registratie is sindsdien nauwelijks "
             "veranderd (zie paragraaf 3.1)."),
           P("2  Feiten en cijfers", "h2"),
           P("Tabel 1 geeft het aantal meldingen, aangiften en vervolgingsbeslissingen per eiland. De cijfers over "
             "2025 zijn voorlopig.")]
    rows = [["Eiland", "Meldingen 2024", "Meldingen 2025", "Aangiften 2025", "Vervolgd 2025", "Doorlooptijd (dagen)"],
            ["Bonaire", "212", "238", "97", "41", "126"], ["Sint Eustatius", "34", "29", "11", "3", "188"],
            ["Saba", "12", "15", "4", "1", "203"], ["Totaal", "258", "282", "112", "45", "139"]]
    t = Table([[Paragraph(c, S["cellw"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=[28 * mm, 26 * mm, 26 * mm, 26 * mm, 24 * mm, 34 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("LINEBELOW", (0, 1), (-1, -1), 0.4, GR),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [KeepTogether([t, P("Tabel 1. Meldingen en aangiften huiselijk geweld per eiland (bron: KPCN en OM BES, "
                              "bewerking Raad). Doorlooptijd: gemiddeld aantal dagen van aangifte tot "
                              "vervolgingsbeslissing.", "small")]), Spacer(1, 2 * mm)]
    st += [P("3  Bevindingen", "h2"),
           P("3.1  Melding en aangifte", "h3"),
           P("Een melding van huiselijk geweld leidt alleen tot een registratie als er ook aangifte wordt gedaan. "
             "Meldingen zonder aangifte komen in het dagrapport terecht, maar niet in het bedrijfsprocessensysteem. "
             "Volgens de Aanwijzing huiselijk geweld en kindermishandeling BES zou de politie bij elke melding een "
             "risicotaxatie moeten maken; dat gebeurde in 14 van de 40 onderzochte dossiers. Aangiften worden op "
             "Bonaire opgenomen aan de balie van het bureau in Kralendijk, waar andere bezoekers kunnen meeluisteren. "
             "Een aangeefster vertelde de Raad dat zij haar verhaal in het Nederlands moest doen, terwijl zij "
             "liever Spaans sprak."),
           P("3.2  Opsporing en vervolging", "h3"),
           P("Het KPCN heeft op Bonaire twee aandachtsfunctionarissen huiselijk geweld. Op Sint Eustatius en Saba "
             "is er geen, en bij verlof op Bonaire is er niemand die het werk overneemt. De gemiddelde tijd tussen "
             "aangifte en vervolgingsbeslissing is 139 dagen (tabel 1). Een slachtoffer hoort in de regel pas iets "
             "als de verdachte wordt gedagvaard; bij een sepot ontvangt het slachtoffer meestal geen bericht."),
           P("3.3  Samenwerking in de keten", "h3"),
           P("Opvang voor slachtoffers is er alleen op Bonaire. Op Sint Eustatius en Saba worden slachtoffers "
             "ad hoc ondergebracht, betaald uit incidentele middelen van het openbaar lichaam. Een huisverbod, zoals "
             "de Wet tijdelijk huisverbod dat in Europees Nederland kent, bestaat in Caribisch Nederland niet."),
           P("4  Conclusies", "h2"),
           P("<b>Conclusie 1.</b> De omvang van huiselijk geweld in Caribisch Nederland is niet bekend, omdat "
             "meldingen zonder aangifte niet worden geregistreerd.", "item"),
           P("<b>Conclusie 2.</b> De kwaliteit van de aanpak hangt af van de beschikbaarheid van enkele "
             "deskundige medewerkers op Bonaire.", "item"),
           P("<b>Conclusie 3.</b> De doorlooptijden zijn lang en slachtoffers worden onvoldoende geïnformeerd.",
             "item"),
           P("<b>Conclusie 4.</b> Voorzieningen voor bescherming en opvang ontbreken op de Bovenwindse eilanden.",
             "item")]

    def rec(text, n):
        return P(text + f" <font name='LAI' size='8.4' color='#0b5563'>(aanbeveling {n})</font>", "rec")

    st += [P("5  Aanbevelingen", "h2"),
           P("Op grond van artikel 27 van de Rijkswet Raad voor de rechtshandhaving doet de Raad de volgende "
             "aanbevelingen. De Raad verzoekt de betrokkenen binnen zes maanden aan te geven hoe zij aan de "
             "aanbevelingen opvolging geven."),
           P("Aan de korpschef van het Korps Politie Caribisch Nederland", "h3"),
           rec("Registreer elke melding van huiselijk geweld, ook als er geen aangifte volgt, als incident in het "
               "bedrijfsprocessensysteem, met een vaste code voor huiselijk geweld.", 1),
           rec("Zorg dat op elk van de drie eilanden ten minste één agent is opgeleid als aandachtsfunctionaris "
               "huiselijk geweld, en regel vervanging bij verlof en ziekte.", 2),
           rec("Neem aangiften van huiselijk geweld op in een afgesloten ruimte en bied aangevers de mogelijkheid "
               "de aangifte in het Papiaments, Engels of Spaans te doen.", 3),
           P("Aan de hoofdofficier van justitie van het Openbaar Ministerie BES", "h3"),
           rec("Neem in zaken van huiselijk geweld binnen dertig dagen na de aangifte een vervolgingsbeslissing en "
               "leg die termijn vast in de Aanwijzing.", 4),
           rec("Informeer slachtoffers schriftelijk en in hun eigen taal over elke beslissing in hun zaak, dus ook "
               "over een sepot.", 5),
           P("Aan de minister van Justitie en Veiligheid", "h3"),
           rec("Zorg in overleg met de openbare lichamen voor een structurele financiering van de opvang van "
               "slachtoffers op Sint Eustatius en Saba.", 6),
           rec("Laat onderzoeken of een tijdelijk huisverbod in Caribisch Nederland kan worden ingevoerd, en "
               "betrek daarbij de ervaringen in Europees Nederland.", 7),
           Spacer(1, 3 * mm),
           P("De Raad voor de rechtshandhaving, mr. dr. E.R. Gumbs-Doran (voorzitter), drs. P.J. Hassell, "
             "mr. A.M. de Windt-Frans", "small")]
    build(NAME + "_advice.pdf", st, onpage)


def response():
    S = SS

    def P(t, st="body"):
        return Paragraph(t, S[st])

    def onpage(c, doc):
        c.saveState()
        w, h = A4
        c.setFont("LS", 7.8)
        c.setFillColor(GR)
        if doc.page == 1:
            c.setFillColor(NAVY)
            c.rect(23 * mm, h - 22 * mm, 4 * mm, 12 * mm, stroke=0, fill=1)
            c.setFont("LSB", 9)
            c.drawString(30 * mm, h - 14 * mm, "Korps Politie Caribisch Nederland")
            c.drawString(30 * mm, h - 19 * mm, "Openbaar Ministerie BES")
            c.setFont("LS", 7.8)
            c.setFillColor(GR)
            c.drawRightString(w - 23 * mm, h - 14 * mm, "Kaya Gobernador N. Debrot 41, Kralendijk, Bonaire")
        else:
            c.drawString(23 * mm, h - 14 * mm, "Plan van aanpak huiselijk geweld | versie 1.0")
            c.line(23 * mm, h - 16 * mm, w - 23 * mm, h - 16 * mm)
        c.drawString(23 * mm, 12 * mm, "KPCN / OM BES | kenmerk KPCN-2026/0917")
        c.drawRightString(w - 23 * mm, 12 * mm, f"{doc.page}/{doc._total}")
        c.restoreState()

    meta = Table([[P("Aan", "cell"), P("de minister van Justitie en Veiligheid, ter kennisneming aan de Raad voor de "
                                       "rechtshandhaving", "cell")],
                  [P("Datum", "cell"), P("20 oktober 2026", "cell")],
                  [P("Betreft", "cell"), P("Plan van aanpak naar aanleiding van het inspectierapport 'Achter de "
                                           "voordeur' (2026-03)", "cell")]], colWidths=[22 * mm, 142 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.5, NAVY)]))
    st = [Spacer(1, 6 * mm), P("Plan van aanpak", "h1"), P("Aanpak huiselijk geweld in Caribisch Nederland",
                                                           "sub"), meta, Spacer(1, 4 * mm)]
    st += [P("1. Inleiding", "h2"),
           P("Op 21 april 2026 publiceerde de Raad voor de rechtshandhaving zijn inspectierapport over de aanpak van "
             "huiselijk geweld. De korpschef en de hoofdofficier herkennen het beeld dat de Raad schetst en danken "
             "de Raad voor het zorgvuldige onderzoek. In dit plan beschrijven wij welke acties wij ondernemen. De "
             "acties zijn genummerd; bij elke actie staat op welke aanbeveling zij betrekking heeft."),
           P("2. Acties van het Openbaar Ministerie BES", "h2"),
           P("<b>Actie 1 \u2013 Slachtofferinformatie (aanbeveling 5).</b> Het OM BES stuurt slachtoffers sinds "
             "januari 2026 al bij elke beslissing een brief, ook bij een sepot. De standaardbrieven zijn "
             "beschikbaar in het Nederlands, het Papiaments en het Engels; een Spaanse versie volgt dit najaar. "
             "Wij zien deze aanbeveling daarmee als uitgevoerd."),
           P("<b>Actie 2 \u2013 Doorlooptijden (aanbeveling 4).</b> Het OM BES deelt de zorg over de lange "
             "doorlooptijden, maar neemt een vaste termijn van dertig dagen niet over. Voor een zorgvuldige "
             "beslissing is vaak een rapportage van de reclassering of een forensisch onderzoek in Europees "
             "Nederland nodig, en die termijn kan het OM niet beïnvloeden. Het OM streeft wel naar een beslissing "
             "binnen negentig dagen en rapporteert vanaf 2027 per kwartaal over de gerealiseerde doorlooptijden."),
           P("3. Acties van het Korps Politie Caribisch Nederland", "h2"),
           P("<b>Actie 3 \u2013 Deskundigheid en aangifteruimte (aanbevelingen 2 en 3).</b> Het KPCN heeft in "
             "augustus 2026 twee agenten op Sint Eustatius en één agent op Saba de opleiding tot "
             "aandachtsfunctionaris laten volgen; met de twee functionarissen op Bonaire is er nu op elk eiland "
             "iemand, en bij afwezigheid neemt een collega van een ander eiland het werk over. Aan de "
             "aanbeveling over de aangifte komen wij voor een deel tegemoet: op Bonaire is een afgesloten "
             "spreekkamer ingericht, maar een aangifte in het Spaans kunnen wij alleen met een telefonische tolk "
             "opnemen, omdat wij geen Spaanstalige agenten op de eilanden hebben."),
           P("<b>Actie 4 \u2013 Registratie (aanbeveling 1).</b> Vanaf 1 januari 2027 wordt elke melding van "
             "huiselijk geweld geregistreerd in het bedrijfsprocessensysteem, met de code HG-01, ongeacht of er "
             "aangifte volgt. Wij nemen deze aanbeveling dus volledig over."),
           P("4. Aanbevelingen aan de minister", "h2"),
           P("<b>Actie 5 \u2013 Huisverbod (aanbeveling 7).</b> Deze aanbeveling is gericht aan de minister. De "
             "korpschef en de hoofdofficier merken op dat zij een verkenning naar een tijdelijk huisverbod van "
             "harte zouden steunen, en zijn bereid hun praktijkervaring daarvoor beschikbaar te stellen. Of en "
             "wanneer zo'n verkenning plaatsvindt, is aan de minister."),
           P("5. Voorlichting", "h2"),
           P("Samen met de drie openbare lichamen voeren wij in november 2026 de campagne 'Papia, no keda ketu' "
             "(Praat, zwijg niet). Radiospots, posters in de supermarkten en voorlichting op de scholen moeten "
             "de drempel om geweld te melden verlagen. De campagne wordt betaald uit het budget voor "
             "preventie van de openbare lichamen."),
           P("6. Planning", "h2")]
    rows = [["Actie", "Trekker", "Gereed"], ["1 Slachtofferinformatie", "OM BES", "december 2026"],
            ["2 Doorlooptijden", "OM BES", "eerste rapportage april 2027"],
            ["3 Deskundigheid en aangifteruimte", "KPCN", "gereed"], ["4 Registratie", "KPCN", "januari 2027"],
            ["5 Huisverbod", "minister van JenV", "n.v.t."]]
    t = Table([[Paragraph(c, S["cellw"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=[70 * mm, 45 * mm, 49 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("LINEBELOW", (0, 1), (-1, -1), 0.4, GR)]))
    st += [t, Spacer(1, 6 * mm),
           P("Kralendijk, 20 oktober 2026", "body"),
           P("De korpschef van het Korps Politie Caribisch Nederland, C.J. Thodé<br/>De hoofdofficier van justitie "
             "van het Openbaar Ministerie BES, mr. H.L. Anthony", "body")]
    build(NAME + "_response.pdf", st, onpage)


def expected():
    recs = [
        ("1", "Registreer elke melding van huiselijk geweld, ook als er geen aangifte volgt",
         "Wij nemen deze aanbeveling dus volledig over", "agrees"),
        ("2", "Zorg dat op elk van de drie eilanden ten minste één agent",
         "bij afwezigheid neemt een collega van een ander eiland", "agrees"),
        ("3", "Neem aangiften van huiselijk geweld op in een afgesloten ruimte",
         "een aangifte in het Spaans kunnen wij alleen met een telefonische tolk", "partly"),
        ("4", "Neem in zaken van huiselijk geweld binnen dertig dagen na de aangifte",
         "neemt een vaste termijn van dertig dagen niet over", "disagrees", ["partly"]),
        ("5", "Informeer slachtoffers schriftelijk en in hun eigen taal over elke beslissing",
         "Wij zien deze aanbeveling daarmee als uitgevoerd", "agrees"),
        ("6", "Zorg in overleg met de openbare lichamen voor een structurele financiering", None, "unanswered"),
        ("7", "Laat onderzoeken of een tijdelijk huisverbod in Caribisch Nederland kan worden ingevoerd",
         "een verkenning naar een tijdelijk huisverbod van harte zouden steunen", "noted"),
    ]
    unmatched = ["Praat, zwijg niet", "De campagne wordt betaald uit het budget voor preventie"]
    notes = ("Raad voor de rechtshandhaving inspection report (reportlab): the seven recommendations are paragraphs "
             "in chapter 5 under three addressee sub-headings, numbered only by a tag at the END '(aanbeveling N)'. "
             "Traps: Samenvatting box 'De aanbevelingen in het kort' (seven paraphrasing bullets), numbered "
             "onderzoeksvragen 1-3, a quoted 2021 recommendation ('Zorg voor een eenduidige registratie ...'), "
             "'zou ... moeten' in 3.1, Rijkswet articles 3 and 27, table 1, 'Conclusie 1'-'4'. Response: plan van "
             "aanpak of KPCN and OM BES with its own numbering 'Actie 1'-'5' in the order 5, 4, 2+3, 1, 7: 5 already "
             "done ('als uitgevoerd': agrees); 4 thirty-day term 'niet over', aims at ninety days (disagrees, also "
             "partly); Actie 3 covers 2 (an officer on every island plus replacement: agrees) and 3 (closed room yes, "
             "Spanish only via telephone interpreter: partly); 1 'volledig over' (agrees); 7 addressed to the "
             "minister, they 'would support' a study, 'is aan de minister' (noted). 6 (shelter funding, minister) "
             "is not mentioned: unanswered. Section 5 'Voorlichting' (campaign) and the planning table answer "
             "nothing; the campaign is the unmatched section.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)
