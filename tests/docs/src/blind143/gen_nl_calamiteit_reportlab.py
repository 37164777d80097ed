"""Round 143 (nl): the CALAMITEITENRAPPORT of an (invented) external investigation team into a medication error with a
fatal outcome at a nursing home, commissioned by the care group's board; its seven recommendations are a LETTERED
LIST '(a)'-'(g)' under '6 Aanbevelingen', after the root causes lettered '(a)'-'(d)' in exactly the same list style
under '5 Oorzaken'; answered by the board's BESTUURLIJKE REACTIE EN VERBETERPLAN, a short letter with a ruled TABLE
'Aanb. | Standpunt raad van bestuur | Gereed' in another order.

Advice (reportlab, sans, dark-teal rule and headings, metadata and timeline tables, running head from p. 2, 'blz. n
van m'): the care-quality law paraphrased with 'moet' (trap), the group's own 2023 medication policy quoted as an
imperative ('Laat elke wijziging in de medicatie ...', trap), causes '(a)'-'(d)' in the same lettered style (trap),
'Het onderzoeksteam beveelt niet aan om het digitale aftekensysteem te vervangen door papieren lijsten' (trap), a
closing line naming '(a) en (b)' (trap). Response (reportlab, 'blz. n'), table in the order c, a, e, b, f, d: c
agrees, a agrees, e disagrees, b partly, f noted, d partly; g unanswered; the introduction (notification and the
talk with the client council) and the closing answer nothing. All bodies, places, people, figures and reference
numbers invented; the law named as context only.

Run: /tmp/blind143nl/bin/python tests/docs/src/blind143/gen_nl_calamiteit_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b143nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind143_nl_calamiteit"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#1f5a5a")
LINE = colors.HexColor("#9dbcbc")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.4, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.5, leading=11.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
HEADC = ParagraphStyle("headc", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"blz. {doc.page} van {of_m}" if of_m else
                             f"blz. {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def ruled(rows, widths, header=True):
    data = [[P(c, HEADC if (header and i == 0) else (CELLB if j == 0 else CELL)) for j, c in enumerate(r)]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
          ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK), ("TOPPADDING", (0, 0), (-1, -1), 3),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), INK))
    t.setStyle(TableStyle(st))
    return t


def lettered(items):
    """A lettered list '(a)' ... in one style (causes and recommendations alike)."""
    out = []
    for letter, text in items:
        t = Table([[P(f"({letter})", BODY), P(text, BODY)]], colWidths=[9 * mm, 156 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        out.append(t)
    return out


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def advice():
    build(advice_story(), NAME + "_advice.pdf", "x", "x", "x", of_m=9)
    import pymupdf
    m = len(pymupdf.open(B.out(NAME + "_advice.pdf")))
    build(advice_story(), NAME + "_advice.pdf", "Zorggroep Wendelaar - rapport calamiteitenonderzoek De Rietkraag - "
          "ZW/CAL/2026-07", "Rapport calamiteitenonderzoek", "Onderzoeksteam calamiteit ZW/CAL/2026-07", of_m=m)


def advice_story():
    meta = Table([[P("Opdrachtgever", CELL), P("raad van bestuur Stichting Zorggroep Wendelaar, Oosterlo", CELL)],
                  [P("Locatie", CELL), P("verpleeghuis De Rietkraag, afdeling Lisdodde (psychogeriatrie, 24 "
                                         "bewoners)", CELL)],
                  [P("Onderzoeksteam", CELL), P("dr. M.A. Hoogendijk, specialist ouderengeneeskunde (voorzitter, "
                                                "extern); R. Tjalma, openbaar apotheker (extern); S. Kaya, "
                                                "verpleegkundige niveau 5", CELL)],
                  [P("Kenmerk en datum", CELL), P("ZW/CAL/2026-07, definitief rapport van 29 juli 2026", CELL)]],
                 colWidths=[34 * mm, 136 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6f0f0"))]))
    s = [P("Onderzoeksteam calamiteit - Stichting Zorggroep Wendelaar - Kerklaan 9, 7881 HG Oosterlo", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Rapport calamiteitenonderzoek", TITLE),
         P("Medicatievoorval met dodelijke afloop, afdeling Lisdodde, mei 2026 - vertrouwelijk tot vaststelling door "
           "de raad van bestuur", SMALL),
         Spacer(1, 5), meta, Spacer(1, 4),
         P("1. Aanleiding", H2),
         P("Op 11 mei 2026 werd de heer B. (87 jaar), bewoner van de afdeling Lisdodde, met een hersenbloeding naar "
           "het ziekenhuis gebracht, waar hij twee dagen later overleed. Achteraf bleek dat hij van 7 tot en met 10 "
           "mei de dubbele dosis van een bloedverdunner had gekregen. De raad van bestuur heeft het voorval als "
           "calamiteit gemeld en een extern onderzoeksteam ingesteld."),
         P("2. Kader", H2),
         P("Volgens de Wet kwaliteit, klachten en geschillen zorg moet een zorgaanbieder een calamiteit onverwijld "
           "melden bij de toezichthouder, en moet hij het voorval onderzoeken en maatregelen nemen om herhaling te "
           "voorkomen. Het medicatiebeleid van de zorggroep, vastgesteld in 2023, bepaalt:"),
         P("'Laat elke wijziging in de medicatie van een bewoner door twee zorgverleners controleren voordat zij in "
           "het aftekensysteem wordt doorgevoerd.'", QUOTE),
         P("Het onderzoeksteam stelt vast dat deze regel op de afdeling Lisdodde wel bekend was, maar bij telefonisch "
           "doorgegeven wijzigingen niet werd toegepast."),
         P("3. Werkwijze", H2),
         P("Het team voerde veertien gesprekken, met zorgmedewerkers, de specialist ouderengeneeskunde, de "
           "apotheek en de dochter van de heer B., en analyseerde het elektronisch toedienregistratiesysteem, de "
           "roosters en de incidentmeldingen van het afgelopen jaar."),
         P("4. Verloop", H2),
         ruled([["Datum", "Gebeurtenis"],
                ["6 mei, 16.40 uur", "De arts geeft telefonisch een verlaging van de dosering door; een "
                 "afdelingsmedewerker voert de nieuwe dosering in, maar beëindigt de oude niet."],
                ["7 - 10 mei", "Oude en nieuwe dosering staan naast elkaar op de toedienlijst en worden beide "
                 "afgetekend, vier keer door een uitzendkracht."],
                ["10 mei, 23.10 uur", "De nachtverpleegkundige, die drie afdelingen heeft, ziet blauwe plekken maar "
                 "legt geen verband met de medicatie."],
                ["11 mei, 07.30 uur", "De heer B. is niet aanspreekbaar; hij wordt met spoed opgenomen."]],
               (32, 138)),
         P("5. Oorzaken", H2),
         P("Het onderzoeksteam komt tot de volgende basisoorzaken:")]
    s += lettered([
        ("a", "De wijziging werd telefonisch doorgegeven en op de afdeling met de hand ingevoerd, zonder tweede "
              "controle."),
        ("b", "Het aftekensysteem waarschuwt niet wanneer hetzelfde middel twee keer op de toedienlijst staat."),
        ("c", "In de nachtdienst was één verpleegkundige verantwoordelijk voor drie afdelingen met samen 68 "
              "bewoners."),
        ("d", "Twee van de vier medewerkers die aftekenden, werkten via een uitzendbureau en hadden geen instructie "
              "over het systeem gehad.")])
    s += [Spacer(1, 4),
          P("Het onderzoeksteam beveelt niet aan om het digitale aftekensysteem te vervangen door papieren lijsten, "
            "zoals op de afdeling is voorgesteld: het probleem lag niet bij het systeem zelf, maar bij de manier "
            "waarop wijzigingen erin terechtkwamen."),
          P("6. Aanbevelingen", H2),
          P("Het onderzoeksteam doet de raad van bestuur de volgende aanbevelingen:")]
    s += lettered([
        ("a", "Laat de apotheek elke wijziging in de dosering van bloedverdunners rechtstreeks in het aftekensysteem "
              "zetten, zonder tussenkomst van de afdeling."),
        ("b", "Voer voor bloedverdunners, insuline en opiaten een dubbele controle in bij elke toediening, ook in de "
              "nachtdienst."),
        ("c", "Zorg dat de specialist ouderengeneeskunde na elke opname en elke overplaatsing binnen 24 uur een "
              "medicatiereview doet."),
        ("d", "Geef medewerkers die via een uitzendbureau werken pas toegang tot het aftekensysteem nadat zij de "
              "e-learning medicatieveiligheid hebben afgerond."),
        ("e", "Stel een medicatiecommissie in met de apotheker, de specialist ouderengeneeskunde en twee "
              "verpleegkundigen, die elk kwartaal alle medicatie-incidenten bespreekt."),
        ("f", "Onderzoek of de afdelingen van De Rietkraag in de nacht met een extra verpleegkundige kunnen worden "
              "bezet."),
        ("g", "Bied de nabestaanden van de heer B. een gesprek aan met de bestuurder over de uitkomsten van dit "
              "onderzoek.")])
    s += [P("7. Tot slot", H2),
          P("Het onderzoeksteam heeft open en betrokken medewerkers gesproken, die zelf het meest geschrokken zijn van "
            "wat er is gebeurd. De aanbevelingen (a) en (b) raken de kern van dit voorval en verdienen voorrang."),
          Spacer(1, 4),
          P("Oosterlo, 29 juli 2026<br/>dr. M.A. Hoogendijk, voorzitter van het onderzoeksteam")]
    return s


def response():
    rows = [["Aanb.", "Standpunt raad van bestuur", "Gereed"],
            ["(c)", "Overgenomen. Sinds 1 september doet de specialist ouderengeneeskunde de review op de eerste "
             "werkdag na opname of overplaatsing; de secretaresse plant die direct in.", "gereed"],
            ["(a)", "Eens. De koppeling tussen het apotheeksysteem en het aftekensysteem is op 22 augustus in gebruik "
             "genomen; handmatige invoer op de afdeling is voor deze middelen niet meer mogelijk.", "gereed"],
            ["(e)", "Niet overgenomen. De bestaande commissie voor meldingen van incidenten in de zorg bespreekt "
             "medicatiefouten al maandelijks, met de apotheker erbij; een tweede overleg voegt daar niets aan "
             "toe.", "-"],
            ["(b)", "Ten dele. Overdag en 's avonds geldt de dubbele controle vanaf oktober bij alle toedieningen van "
             "deze middelen. In de nacht is een tweede collega niet altijd aanwezig; daar controleert de "
             "verpleegkundige via beeldbellen met de dienstdoende collega van een andere locatie.", "oktober 2026"],
            ["(f)", "Wij hebben kennisgenomen van deze aanbeveling. De bezetting in de nacht maakt deel uit van de "
             "meerjarige personeelsplanning, die in het voorjaar van 2027 wordt herzien.", "-"],
            ["(d)", "Gedeeltelijk. Uitzendkrachten die langer dan een maand bij ons werken, volgen de e-learning. Wie "
             "korter werkt, krijgt bij de eerste dienst een instructie van een vaste collega en tekent alleen samen "
             "met die collega af.", "november 2026"]]
    s = [P("Stichting Zorggroep Wendelaar - raad van bestuur - Kerklaan 9, 7881 HG Oosterlo", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Bestuurlijke reactie en verbeterplan", TITLE),
         P("bij het rapport calamiteitenonderzoek ZW/CAL/2026-07 - Oosterlo, 9 september 2026 - ons kenmerk "
           "ZW/RvB/2026-114", SMALL),
         Spacer(1, 6),
         P("Op 29 juli 2026 ontvingen wij het rapport van het externe onderzoeksteam. Wij hebben het rapport "
           "vastgesteld en het met deze reactie aan de toezichthouder gezonden. Op 2 september spraken wij het door "
           "met de centrale cliëntenraad en met de teams van De Rietkraag."),
         P("Wij zijn het onderzoeksteam erkentelijk voor het zorgvuldige en eerlijke rapport. De conclusies erkennen "
           "wij volledig: dit had niet mogen gebeuren. In de tabel hieronder staat per aanbeveling ons standpunt en "
           "wanneer de maatregel gereed is. De volgorde is die van de uitvoering."),
         ruled(rows, (15, 130, 25)),
         Spacer(1, 4),
         P("Wij rapporteren in het kwaliteitsverslag 2026 over de voortgang van dit verbeterplan, en laten over een "
           "jaar door de interne auditor toetsen of de maatregelen werken."),
         Spacer(1, 4),
         P("Namens de raad van bestuur,<br/>drs. J.C. (Joyce) Veldhuis-Ramdin, bestuurder")]
    build(s, NAME + "_response.pdf", "Zorggroep Wendelaar - bestuurlijke reactie en verbeterplan - ZW/RvB/2026-114",
          "Bestuurlijke reactie en verbeterplan", "Stichting Zorggroep Wendelaar")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("a", "Laat de apotheek elke wijziging in de dosering van bloedverdunners",
         "De koppeling tussen het apotheeksysteem en het aftekensysteem", "agrees"),
        ("b", "Voer voor bloedverdunners, insuline en opiaten een dubbele controle",
         "controleert de verpleegkundige via beeldbellen met de dienstdoende collega", "partly"),
        ("c", "Zorg dat de specialist ouderengeneeskunde na elke opname en elke",
         "doet de specialist ouderengeneeskunde de review op de eerste werkdag", "agrees"),
        ("d", "Geef medewerkers die via een uitzendbureau werken pas toegang",
         "krijgt bij de eerste dienst een instructie van een vaste collega", "partly"),
        ("e", "Stel een medicatiecommissie in met de apotheker, de specialist",
         "een tweede overleg voegt daar niets aan toe", "disagrees"),
        ("f", "Onderzoek of de afdelingen van De Rietkraag in de nacht",
         "maakt deel uit van de meerjarige personeelsplanning", "noted"),
        ("g", "Bied de nabestaanden van de heer B. een gesprek aan", None, "unanswered"),
    ], ["Op 2 september spraken wij het door met de centrale cliëntenraad",
        "Wij rapporteren in het kwaliteitsverslag 2026 over de voortgang"],
        "Advice: the report of an external CALAMITY INVESTIGATION (calamiteitenonderzoek) into a fatal medication "
        "error at a nursing home, for the care group's board; the seven recommendations are a LETTERED LIST "
        "'(a)'-'(g)' under '6 Aanbevelingen'. Traps: the care-quality law paraphrased with 'moet', the group's own "
        "2023 medication policy quoted as an imperative ('Laat elke wijziging in de medicatie ... controleren ...'), "
        "a timeline table, the root causes '(a)'-'(d)' under '5 Oorzaken' in exactly the same lettered style, 'Het "
        "onderzoeksteam beveelt niet aan om het digitale aftekensysteem te vervangen door papieren lijsten', a "
        "closing line naming '(a) en (b)'. Response: the board's BESTUURLIJKE REACTIE EN VERBETERPLAN, a letter with "
        "a ruled TABLE 'Aanb. | Standpunt raad van bestuur | Gereed' in the order of execution c, a, e, b, f, d: c "
        "agrees ('Overgenomen', review on the first working day), a agrees ('Eens', pharmacy link), e disagrees ('Niet "
        "overgenomen', the existing incident committee suffices), b partly ('Ten dele', at night by video call), f "
        "noted ('kennisgenomen', part of the staffing plan), d partly ('Gedeeltelijk', e-learning only for staff "
        "staying over a month). g (a talk with the next of kin) has no row and is never answered. The introduction "
        "(report sent, talk with the client council) and the closing (reporting in the quality report, an audit in a "
        "year) answer nothing.")
    print("written", NAME)
