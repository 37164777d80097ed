"""Round 29 (nl): the annual report (jaarverslag 2025) of the Commissie van Toezicht (CvT) of an invented prison,
PI Hoogeveld, with six recommendations in shaded boxes labelled with year codes 'Aanbeveling 2025-1' .. '2025-6'
spread over the chapters (2025-6 addressed to the staatssecretaris), a table on the follow-up of LAST year's
recommendations 2024-1 .. 2024-3 and 'De commissie stelt vast ...' conclusions. Response: the vestigingsdirecteur's
letter (Rijkshuisstijl-like sidebar with kenmerk on page 1) answering per theme in another order (4, 1, 3, 2, 5),
citing codes only sometimes; a section on the 2024 recommendations and one on the beklagcommissie's workload answer
no recommendation; 2025-6 unanswered. Engine: reportlab (Liberation fonts, running header, 'pagina N van M')."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate)

sys.path.insert(0, os.path.dirname(__file__))
import _b29nl as B  # noqa: E402

NAME = "blind29_nl_cvt_gevangenis"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
             ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
             ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
             ("LRI", "LiberationSerif-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(n, LIB + f))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRB")

GREEN = colors.HexColor("#1f5c4a")
SHADE = colors.HexColor("#e3efe9")
body = ParagraphStyle("b", fontName="LR", fontSize=10.5, leading=14.5, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=17, leading=21, textColor=GREEN, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, textColor=GREEN, spaceBefore=10, spaceAfter=5)
small = ParagraphStyle("s", fontName="LS", fontSize=8.5, leading=11)
boxlab = ParagraphStyle("bl", fontName="LSB", fontSize=9, leading=12, textColor=GREEN, spaceAfter=3)
boxtxt = ParagraphStyle("bt", fontName="LSB", fontSize=10, leading=13.5)
lbody = ParagraphStyle("lb", fontName="LS", fontSize=10, leading=14, spaceAfter=7, alignment=TA_LEFT)
lh = ParagraphStyle("lh", fontName="LSB", fontSize=10, leading=14, spaceBefore=8, spaceAfter=3)


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass page numbering: 'pagina N van M'."""
    header = ""
    first_header = True

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("LS", 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            if self._pageNumber > 1 or self.first_header:
                self.drawString(25 * mm, 285 * mm, self.header)
                self.setStrokeColor(GREEN)
                self.line(25 * mm, 283.5 * mm, 185 * mm, 283.5 * mm)
            self.drawRightString(185 * mm, 12 * mm, f"pagina {self._pageNumber} van {n}")
            super().showPage()
        super().save()


def box(code, text):
    t = Table([[Paragraph(code, boxlab)], [Paragraph(text, boxtxt)]], colWidths=[160 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
    return KeepTogether([Spacer(1, 4), t, Spacer(1, 8)])


def P(t, s=body):
    return Paragraph(t, s)


def advice():
    fl = []
    fl.append(P("Commissie van Toezicht bij de Penitentiaire Inrichting Hoogeveld", small))
    fl.append(Spacer(1, 6))
    fl.append(P("Jaarverslag 2025", h1))
    fl.append(P("Vastgesteld in de vergadering van 14 januari 2026. Dit jaarverslag wordt op grond van artikel 8 van "
                "de Penitentiaire maatregel toegezonden aan de vestigingsdirecteur, de Raad voor "
                "Strafrechtstoepassing en Jeugdbescherming en de staatssecretaris van Justitie en Veiligheid.", body))
    fl.append(P("1. De commissie en haar werkzaamheden", h2))
    fl.append(P("De Commissie van Toezicht (CvT) houdt onafhankelijk toezicht op de bejegening van gedetineerden en "
                "op de naleving van de regels in de inrichting (artikel 7 van de Penitentiaire beginselenwet). De "
                "commissie telde in 2025 negen leden. Elke maand hield een lid van de commissie spreekuur op alle "
                "afdelingen; in totaal spraken maandcommissarissen 412 gedetineerden. De beklagcommissie behandelde "
                "286 beklagzaken, waarvan 61 gegrond werden verklaard.", body))
    fl.append(P("De PI Hoogeveld heeft 304 plaatsen, verdeeld over een huis van bewaring, een gevangenis, een "
                "extra zorgvoorziening (EZV) en een afdeling voor beperkt beveiligde detentie. De bezetting lag "
                "het hele jaar boven 97 procent; in de zomer werden op twee afdelingen meerpersoonscellen ingezet.", body))
    fl.append(P("2. Opvolging van de aanbevelingen uit 2024", h2))
    fl.append(P("In het jaarverslag over 2024 deed de commissie drie aanbevelingen. De stand van zaken is als volgt.", body))
    rows = [["Nr.", "Aanbeveling 2024 (verkort)", "Stand van zaken januari 2026"],
            ["2024-1", "Zorg dat nieuwe gedetineerden binnen 24 uur een intakegesprek met de medische dienst hebben.",
             "Uitgevoerd."],
            ["2024-2", "Herstel de defecte intercoms op de cellen van afdeling C.", "Gedeeltelijk uitgevoerd; "
             "vervanging loopt tot maart 2026."],
            ["2024-3", "Bied gedetineerden in de EZV meer arbeid aan.", "Niet uitgevoerd."]]
    t = Table([[Paragraph(c, small) for c in r] for r in rows], colWidths=[16 * mm, 84 * mm, 60 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl += [t, Spacer(1, 8)]
    fl.append(P("3. Dagprogramma en bejegening", h2))
    fl.append(P("Door personeelstekort is het dagprogramma in 2025 op 71 dagen ingekort; op die dagen bleef een deel "
                "van de gedetineerden tot 23 uur per dag op cel. Gedetineerden klagen vooral dat het luchten dan als "
                "eerste vervalt. De commissie stelt vast dat het wettelijk minimum van een uur verblijf in de "
                "buitenlucht per dag (artikel 49 Penitentiaire beginselenwet) op die dagen niet altijd is gehaald.", body))
    fl.append(box("Aanbeveling 2025-1", "Waarborg dat elke gedetineerde ook bij een ingekort dagprogramma dagelijks "
                  "ten minste een uur kan luchten, en leg vast welke programmaonderdelen bij personeelstekort als "
                  "laatste vervallen."))
    fl.append(P("Bij medische gesprekken met gedetineerden die geen Nederlands spreken, wordt volgens de "
                "maandcommissarissen vaak een medegedetineerde of een personeelslid als tolk ingezet. Dat schaadt "
                "het medisch beroepsgeheim en leidt tot misverstanden over medicatie.", body))
    fl.append(box("Aanbeveling 2025-2", "Zet bij alle medische gesprekken met anderstalige gedetineerden een "
                  "professionele tolk in, zo nodig via de telefoon, en registreer hoe vaak dat gebeurt."))
    fl.append(P("4. Beklag en bemiddeling", h2))
    fl.append(P("De termijn van vier weken voor de uitspraak op een beklag (artikel 62 Penitentiaire beginselenwet) "
                "werd in 38 procent van de zaken overschreden. Een belangrijke oorzaak is dat de inrichting "
                "stukken, zoals het verslag van een ordemaatregel, laat aanlevert. De commissie stelt vast dat de "
                "bemiddeling door maandcommissarissen in 2025 in 94 zaken een beklag heeft voorkomen.", body))
    fl.append(box("Aanbeveling 2025-3", "Lever de stukken bij een beklag binnen vijf werkdagen na het verzoek van "
                  "de beklagcommissie aan, en wijs daarvoor binnen de inrichting een vast aanspreekpunt aan."))
    fl.append(P("5. Personeel", h2))
    fl.append(P("Op de afdelingen werkten in 2025 gemiddeld 23 procent uitzendkrachten en flexibele medewerkers. "
                "Gedetineerden zeggen dat zij daardoor vaak niet weten wie hun mentor is. De commissie waardeert "
                "de inzet van het vaste personeel, dat veel extra diensten draaide.", body))
    fl.append(box("Aanbeveling 2025-4", "Geef elke gedetineerde binnen een week na binnenkomst een vaste mentor uit "
                  "het vaste personeel, en zorg voor een vaste vervanger bij afwezigheid."))
    fl.append(P("6. Bezoek en contact met kinderen", h2))
    fl.append(P("De bezoekzaal is in 2023 gerenoveerd, maar er is geen aparte ruimte voor bezoek van jonge kinderen. "
                "Kinderen zitten tijdens het bezoek aan dezelfde tafels als volwassenen, zonder speelgoed of "
                "privacy. De commissie beveelt aan:", body))
    fl.append(box("Aanbeveling 2025-5", "Richt in de bezoekzaal een afgeschermde kinderhoek in en maak het mogelijk "
                  "dat gedetineerde ouders eens per maand een extra bezoekuur met hun kinderen krijgen."))
    fl.append(P("7. Landelijke punten", h2))
    fl.append(P("Veel gedetineerden met een korte straf verlaten de inrichting zonder geldig identiteitsbewijs, "
                "omdat de gemeente het aanvragen vanuit detentie niet mogelijk maakt. Dit is geen zaak die de "
                "vestigingsdirecteur alleen kan oplossen; de commissie richt deze aanbeveling daarom tot de "
                "staatssecretaris.", body))
    fl.append(box("Aanbeveling 2025-6 (aan de staatssecretaris van Justitie en Veiligheid)", "Maak met de VNG "
                  "landelijke afspraken zodat gedetineerden al tijdens hun detentie een identiteitskaart kunnen "
                  "aanvragen en ophalen."))
    fl.append(P("8. Tot slot", h2))
    fl.append(P("De commissie dankt de directie en het personeel voor de open samenwerking en ziet uit naar de "
                "reactie van de vestigingsdirecteur op dit jaarverslag.", body))
    fl.append(P("mr. H.J. Dekkers-Ouwens, voorzitter<br/>drs. M. Yildiz, secretaris", body))
    return fl


def sidebar(c, doc):
    if doc.page != 1:
        return
    c.setFillColor(GREEN)
    c.rect(95 * mm, 280 * mm, 20 * mm, 17 * mm, stroke=0, fill=1)
    c.setFont("LSB", 9)
    c.setFillColor(colors.black)
    c.drawString(118 * mm, 291 * mm, "Dienst Justitiële Inrichtingen")
    c.setFont("LS", 9)
    c.drawString(118 * mm, 287 * mm, "Ministerie van Justitie en Veiligheid")
    x, y = 152 * mm, 250 * mm
    lines = [("LSB", "Penitentiaire Inrichting"), ("LSB", "Hoogeveld"), ("LS", "Vestigingsdirectie"), ("LS", ""),
             ("LS", "Postbus 4120"), ("LS", "7901 HA Hoogeveld"), ("LS", ""), ("LSB", "Contactpersoon"),
             ("LS", "mw. R. Bosschaart"), ("LS", ""), ("LSB", "Datum"), ("LS", "5 maart 2026"), ("LS", ""),
             ("LSB", "Ons kenmerk"), ("LS", "PIH-2026/0417"), ("LS", ""), ("LSB", "Uw kenmerk"),
             ("LS", "CvT-PIH 2026-03"), ("LS", ""), ("LSB", "Bijlagen"), ("LS", "geen")]
    for f, t in lines:
        c.setFont(f, 7.5)
        c.drawString(x, y, t)
        y -= 10


def response():
    fl = [Spacer(1, 6)]
    fl.append(P("Commissie van Toezicht bij de PI Hoogeveld<br/>t.a.v. de voorzitter, mr. H.J. Dekkers-Ouwens<br/>"
                "Postbus 4120<br/>7901 HA Hoogeveld", lbody))
    fl.append(Spacer(1, 14))
    fl.append(P("<b>Onderwerp</b>  Reactie op het jaarverslag 2025 van de Commissie van Toezicht", lbody))
    fl.append(Spacer(1, 6))
    fl.append(P("Geachte mevrouw Dekkers-Ouwens,", lbody))
    fl.append(P("Op 16 januari 2026 ontving ik het jaarverslag 2025 van uw commissie. Ik dank u en de leden voor het "
                "zorgvuldige werk en de vele gesprekken die de maandcommissarissen met gedetineerden hebben gevoerd. "
                "Hieronder reageer ik per onderwerp op de aanbevelingen. Ik volg daarbij niet de volgorde van het "
                "jaarverslag, maar begin met het onderwerp dat op dit moment de meeste aandacht vraagt: het "
                "personeel.", lbody))
    fl.append(P("Personeel en mentoraat", lh))
    fl.append(P("Ik deel uw zorg over het aandeel flexibele medewerkers. Het werven en opleiden van vast personeel "
                "en de verdeling van de formatie over de inrichtingen worden landelijk door het hoofdkantoor van "
                "DJI geregeld; daar gaat de inrichting niet zelf over. Ik neem kennis van de aanbeveling over vaste "
                "mentoren en heb haar doorgezet naar de sectordirecteur gevangeniswezen, met het verzoek haar te "
                "betrekken bij de landelijke formatieronde van dit najaar.", lbody))
    fl.append(P("Dagprogramma en luchten", lh))
    fl.append(P("Uw aanbeveling 2025-1 sluit aan bij wat wij al doen. Sinds oktober 2025 geldt in de PI een "
                "afschaalprotocol waarin het luchten als laatste onderdeel vervalt en alleen bij calamiteiten. "
                "Dit protocol wordt dus al toegepast; sinds de invoering is het luchten op geen enkele dag "
                "vervallen.", lbody))
    fl.append(P("Beklag", lh))
    fl.append(P("De te late aanlevering van stukken is ook mij een doorn in het oog. Ik neem de aanbeveling over: "
                "per 1 april 2026 is het bureau Juridische Zaken het vaste aanspreekpunt voor de beklagcommissie, "
                "en stukken worden voortaan binnen vijf werkdagen na het verzoek geleverd. Wij rapporteren de "
                "commissie elk kwartaal over het percentage tijdig aangeleverde dossiers.", lbody))
    fl.append(P("Tolken bij medische gesprekken", lh))
    fl.append(P("Ik ben het met u eens dat medegedetineerden niet als tolk mogen optreden en heb de medische dienst "
                "daar opnieuw op gewezen. Een professionele tolk bij elk gesprek is echter niet haalbaar: bij korte "
                "contacten over bijvoorbeeld het uitreiken van medicatie volstaat een vertaalapp of een "
                "meertalige folder. Bij spreekuren van de arts en de psycholoog wordt vanaf 1 mei 2026 altijd een "
                "telefonische tolk ingezet. Een aparte registratie van het aantal tolkgesprekken zie ik niet "
                "zitten, omdat het medisch dossier daarvoor niet is ingericht.", lbody))
    fl.append(P("Bezoek met kinderen", lh))
    fl.append(P("Het belang van contact tussen gedetineerde ouders en hun kinderen onderschrijf ik. Toch neem ik uw "
                "aanbeveling over de bezoekzaal en het extra bezoekuur op dit moment niet over. De bezoekzaal is "
                "pas in 2023 heringericht en er is geen ruimte voor een afgeschermde hoek zonder het aantal "
                "bezoektafels te verminderen. Een extra bezoekuur vraagt personeel dat ik nu niet heb. Ik verwijs "
                "ouders wel naar de landelijke vader-kinddagen, die twee keer per jaar in de inrichting worden "
                "gehouden.", lbody))
    fl.append(P("Aanbevelingen uit 2024", lh))
    fl.append(P("U vraagt in uw overzicht naar de intercoms op afdeling C. De laatste intercoms worden in de week "
                "van 16 maart 2026 vervangen; daarna is deze aanbeveling volledig uitgevoerd. Voor de arbeid in de "
                "EZV loopt een gesprek met de werkmeesters over een kleinschalig werkproject.", lbody))
    fl.append(P("Werkwijze van de beklagcommissie", lh))
    fl.append(P("Tot slot heb ik met belangstelling gelezen dat de bemiddeling door maandcommissarissen veel beklag "
                "voorkomt. Ik stel voor dat wij in het eerstvolgende periodieke overleg bespreken hoe afdelingshoofden "
                "vaker bij die bemiddeling kunnen aansluiten.", lbody))
    fl.append(P("Ik zie uit naar de verdere samenwerking.", lbody))
    fl.append(P("Met vriendelijke groet,<br/><br/>drs. P.A. van Leeuwarden-Smit<br/>vestigingsdirecteur PI Hoogeveld",
                lbody))
    return fl


def build(fname, flow, header, letter=False):
    doc = BaseDocTemplate(B.out(fname), pagesize=A4, title=header, author="", creator="reportlab",
                          leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm, bottomMargin=22 * mm,
                          invariant=1)
    if letter:
        first = Frame(25 * mm, 22 * mm, 118 * mm, 228 * mm, id="f1", showBoundary=0)
        later = Frame(25 * mm, 22 * mm, 118 * mm, 250 * mm, id="f2", showBoundary=0)
        doc.addPageTemplates([PageTemplate("first", [first], onPage=sidebar),
                              PageTemplate("later", [later], onPage=sidebar)])
        flow = [NextPageTemplate("later")] + flow
    else:
        fr = Frame(25 * mm, 22 * mm, 160 * mm, 253 * mm, id="f", showBoundary=0)
        doc.addPageTemplates([PageTemplate("all", [fr])])

    class C(NumberedCanvas):
        pass
    C.header = header
    C.first_header = not letter
    doc.build(flow, canvasmaker=C)


RECS = [
    ("2025-1", "Waarborg dat elke gedetineerde ook bij een ingekort dagprogramma", "afschaalprotocol waarin het "
     "luchten als laatste onderdeel vervalt", "agrees"),
    ("2025-2", "Zet bij alle medische gesprekken met anderstalige gedetineerden een", "vanaf 1 mei 2026 altijd "
     "een telefonische tolk ingezet", "partly"),
    ("2025-3", "Lever de stukken bij een beklag binnen vijf werkdagen", "per 1 april 2026 is het bureau Juridische "
     "Zaken", "agrees"),
    ("2025-4", "Geef elke gedetineerde binnen een week na binnenkomst een", "heb haar doorgezet naar de "
     "sectordirecteur gevangeniswezen", "noted", ["partly"]),
    ("2025-5", "Richt in de bezoekzaal een afgeschermde kinderhoek in en", "extra bezoekuur op dit moment niet over",
     "disagrees"),
    ("2025-6", "Maak met de VNG landelijke afspraken zodat gedetineerden al", None, "unanswered"),
]
UNMATCHED = ["laatste intercoms worden in de week van 16 maart",
             "hoe afdelingshoofden vaker bij die bemiddeling kunnen aansluiten"]
NOTES = ("Commissie van Toezicht annual report (reportlab; running header and 'pagina N van M' on every page) with "
         "six recommendations ONLY in shaded framed boxes labelled with year codes 'Aanbeveling 2025-1'..'2025-6' "
         "spread over chapters 3-7 (2025-6 addressed to the staatssecretaris, label with addressee in brackets); a "
         "table of LAST year's recommendations 2024-1..3 with their status, 'De commissie stelt vast ...' "
         "conclusions and article references (art. 49, 62 Pbw) are not recommendations. Response: the director's "
         "letter with a DJI-style kenmerk sidebar on page 1 (datum, ons kenmerk PIH-2026/0417, uw kenmerk), "
         "unnumbered theme headings in the order 4, 1, 3, 2, 5, only 2025-1 cited by code: 4 belongs to DJI "
         "headquarters, 'neem kennis van ... doorgezet' (noted, also partly); 1 'wordt dus al toegepast' (agrees); "
         "3 'neem de aanbeveling over' with a date (agrees); 2 telephone interpreter at doctors' consultations only, "
         "no registration (partly); 5 'neem ik ... op dit moment niet over' after a polite agreement in principle "
         "(disagrees); 2025-6 (to the staatssecretaris) unanswered. 'Aanbevelingen uit 2024' (intercoms) and "
         "'Werkwijze van de beklagcommissie' answer no recommendation.")

if __name__ == "__main__":
    build(NAME + "_advice.pdf", advice(), "Commissie van Toezicht PI Hoogeveld \u2013 Jaarverslag 2025")
    build(NAME + "_response.pdf", response(), "PI Hoogeveld \u2013 reactie op het jaarverslag 2025 van de CvT",
          letter=True)
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
