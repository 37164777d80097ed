"""Round 109 (nl): the SIGNALERINGSRAPPORT of a local volunteer foundation for refugees (statushouders) on how a Dutch
municipality carries out the Wet inburgering 2021, answered by the wethouder's MEMO to the raadscommissie, citing
'aanbeveling 6' etc. in running prose.

Advice (fpdf2, sans, blue band letterhead, running head from p. 2, 'blz. n/m'): numbered 'Conclusie 1'-'Conclusie 4'
findings (traps: Wi2021 art. 16 'moet', 'artikel 7.2 van de Verordening', the 2024 rekenkamer quoted with 'moet',
six months, 2,4 euro), recommendations a NUMBERED LIST 1.-7. inside a shaded box 'Onze aanbevelingen'. Response: memo,
order 6, 2+7, 1, 4, 5; 3 unanswered. All invented.

Run: /tmp/blind109nl/bin/python tests/docs/src/blind109/gen_nl_statushouders_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b109nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind109_nl_statushouders"
F = B.tmp_fonts()
BLUE = (31, 78, 121)


class Doc(FPDF):
    head = ""
    foot = "blz. {n}/{m}"

    def header(self):
        if self.page_no() > 1:
            self.set_font("S", "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*BLUE)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot):
    pdf = Doc(format="A4")
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
        pdf.add_font("S", style, F[key])
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, txt, size=10, style="", h=5.2):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, h, txt, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def head(pdf, txt):
    pdf.ln(1)
    pdf.set_text_color(*BLUE)
    para(pdf, txt, 11.5, "B", 6)
    pdf.set_text_color(0, 0, 0)


RECS = [
    "Wijs elke nieuwe statushouder binnen twee weken na vestiging een vaste klantregisseur toe die het hele "
    "inburgeringstraject begeleidt.",
    "Bied de taallessen voor de B1-route aan in Breemhorst zelf, zodat statushouders niet meer naar Zwartemeer hoeven "
    "te reizen.",
    "Vergoed de reiskosten naar het taalcentrum volledig zolang er geen taalaanbod in de eigen gemeente is.",
    "Zet de maatjes van de stichting structureel in tijdens het eerste jaar en geef hun een vaste "
    "vrijwilligersvergoeding.",
    "Stel een tolkenbudget beschikbaar voor alle gesprekken over het persoonlijk plan inburgering en participatie.",
    "Verleng de periode waarin de gemeente de vaste lasten betaalt van zes naar twaalf maanden.",
    "Open een inloopspreekuur in het gemeentehuis waar statushouders zonder afspraak met vragen terechtkunnen.",
]


def advice():
    pdf = new("Stichting Welkom in Breemhorst - signaleringsrapport 2026", "blz. {n}/{m}")
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, 210, 26, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 7)
    pdf.set_font("S", "B", 13)
    pdf.cell(0, 6, "Stichting Welkom in Breemhorst", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.5)
    pdf.cell(0, 5, "vrijwilligers voor nieuwkomers - Molenstraat 14, 7761 BR Breemhorst", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(34)
    para(pdf, "Signaleringsrapport: twee jaar inburgering in Breemhorst", 15, "B", 7)
    para(pdf, "Aan het college van burgemeester en wethouders en de gemeenteraad van Breemhorst\n"
              "Kenmerk SWB/2026/07 - Breemhorst, 5 oktober 2026", 8.5, "", 4.5)
    head(pdf, "1. Waarom dit rapport")
    para(pdf, "Sinds de Wet inburgering 2021 regisseert de gemeente het inburgeringstraject van statushouders. Onze "
              "stichting begeleidt met 38 vrijwilligers de 61 statushouders die sinds januari 2024 in Breemhorst "
              "zijn komen wonen. In dit rapport brengen wij in kaart wat wij in de praktijk zien. Wij spraken met "
              "24 statushouders, 17 maatjes en drie medewerkers van het taalcentrum in Zwartemeer.")
    head(pdf, "2. Wat wij zien")
    para(pdf, "Conclusie 1. De brede intake gebeurt op tijd, maar daarna wisselt het contactpersoon vaak. Artikel 16 "
              "van de Wet inburgering 2021 bepaalt dat de gemeente een persoonlijk plan inburgering en participatie "
              "moet vaststellen; dat gebeurde in 52 van de 61 gevallen binnen de termijn van tien weken.")
    para(pdf, "Conclusie 2. De taallessen worden alleen in Zwartemeer gegeven. De reis kost per retour 2,4 euro en "
              "ruim anderhalf uur. Het verzuim ligt bij deelnemers uit de buitendorpen twee keer zo hoog als bij "
              "deelnemers die in de kern wonen.")
    para(pdf, "Conclusie 3. De gemeente betaalt in de eerste zes maanden de huur, energie en zorgverzekering "
              "(ontzorgen), zoals artikel 7.2 van de Verordening inburgering Breemhorst 2022 voorschrijft. Na die "
              "zes maanden ontstaan bij een op de drie huishoudens betalingsachterstanden.")
    para(pdf, "Conclusie 4. Gesprekken over het persoonlijk plan worden vaak zonder tolk gevoerd. Statushouders "
              "tekenen afspraken die zij niet goed begrijpen.")
    para(pdf, "De rekenkamercommissie schreef in 2024 al: 'De gemeente moet sturen op resultaat en niet alleen op "
              "het naleven van termijnen.' Wij sluiten ons daarbij aan. Onze maatjes moeten nu vaak gaten vullen "
              "die niet door vrijwilligers gevuld zouden mogen worden.")
    head(pdf, "3. Onze aanbevelingen")
    para(pdf, "Op basis van deze conclusies doet de stichting de volgende aanbevelingen aan het college:")
    pdf.set_fill_color(232, 239, 247)
    y0 = pdf.get_y()
    pdf.set_font("S", "", 10)
    lines = []
    for i, r in enumerate(RECS, 1):
        lines.append(f"{i}.  {r}")
    pdf.set_x(26)
    pdf.multi_cell(158, 5.4, "\n".join(lines), fill=True, border=0, align="L", new_x="LMARGIN", new_y="NEXT",
                   padding=(3, 4, 3, 4))
    pdf.ln(3)
    _ = y0
    head(pdf, "4. Tot besluit")
    para(pdf, "Wij hebben het rapport op 29 september 2026 besproken met de beleidsmedewerker inburgering. Wij gaan "
              "graag in gesprek met de raadscommissie Samenleving en bieden aan om statushouders zelf hun ervaringen "
              "te laten vertellen.")
    para(pdf, "Namens het bestuur,\nFatima El Amrani, voorzitter - Peter van Dijk, coördinator vrijwilligers")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Memo wethouder Sociaal Domein - BRH/SD/2026/884", "pagina {n} van {m}")
    para(pdf, "GEMEENTE BREEMHORST", 13, "B", 6)
    pdf.set_font("S", "", 9.5)
    for k, v in (("Aan", "Raadscommissie Samenleving"), ("Van", "Wethouder J. (Joyce) Hermsen, Sociaal Domein"),
                 ("Datum", "18 november 2026"), ("Kenmerk", "BRH/SD/2026/884"),
                 ("Onderwerp", "Reactie op het signaleringsrapport van Stichting Welkom in Breemhorst")):
        pdf.cell(28, 5.5, k + ":")
        pdf.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*BLUE)
    pdf.line(22, pdf.get_y() + 2, 188, pdf.get_y() + 2)
    pdf.ln(6)
    para(pdf, "Op 5 oktober ontving het college het signaleringsrapport van Stichting Welkom in Breemhorst. Met deze "
              "memo informeer ik uw commissie over onze reactie, zodat u die kunt betrekken bij de bespreking op "
              "2 december. Het college heeft grote waardering voor de vrijwilligers van de stichting, die een "
              "onmisbare rol spelen naast het werk van de gemeente.")
    head(pdf, "Financiële stabiliteit")
    para(pdf, "Wij herkennen het beeld van betalingsachterstanden na afloop van het ontzorgen. Het college neemt "
              "aanbeveling 6 over: vanaf 1 januari 2027 betaalt de gemeente de vaste lasten standaard twaalf "
              "maanden, met een afbouwgesprek in de tiende maand. De verordening wordt hiervoor in januari aan de "
              "raad voorgelegd.")
    head(pdf, "Taallessen en bereikbaarheid")
    para(pdf, "Over de aanbevelingen 2 en 7 het volgende. Met het taalcentrum is afgesproken dat vanaf februari 2027 "
              "twee B1-groepen les krijgen in de bibliotheek aan het Kerkplein in Breemhorst. Een inloopspreekuur "
              "in het gemeentehuis voeren wij echter niet in: wij werken bewust op afspraak, en statushouders "
              "kunnen met vragen al terecht bij het Taalhuis in de bibliotheek.")
    head(pdf, "Vaste contactpersoon")
    para(pdf, "Dit punt (aanbeveling 1) is inmiddels geregeld. Sinds 1 september 2026 heeft iedere nieuwe statushouder "
              "binnen twee weken een vaste klantregisseur die het traject tot het einde begeleidt.")
    head(pdf, "Inzet van maatjes")
    para(pdf, "De gemeente wil de maatjes structureel betrekken en sluit daarvoor een convenant met de stichting "
              "voor de jaren 2027-2029. Een vaste vrijwilligersvergoeding past niet in ons vrijwilligersbeleid; wel "
              "kunnen maatjes hun gemaakte onkosten declareren tot 150 euro per jaar.")
    head(pdf, "Tolken")
    para(pdf, "Het college begrijpt de vraag om een tolkenbudget. Wij laten eerst uitzoeken hoe vaak een tolk nodig is "
              "en wat dat kost, en wegen aanbeveling 5 daarna mee bij de Voorjaarsnota 2027.")
    head(pdf, "Huisvesting en taakstelling")
    para(pdf, "Los van het rapport meld ik dat Breemhorst de taakstelling voor het tweede halfjaar van 2026 naar "
              "verwachting haalt: 14 van de 16 statushouders zijn al gehuisvest, de laatste twee in december.")
    para(pdf, "Ik ga graag met u en met de stichting in gesprek tijdens de commissievergadering van 2 december.\n\n"
              "Joyce Hermsen\nwethouder Sociaal Domein")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Wijs elke nieuwe statushouder binnen twee weken na vestiging een vaste klantregisseur",
         "Sinds 1 september 2026 heeft iedere nieuwe statushouder", "agrees"),
        (2, "Bied de taallessen voor de B1-route aan in Breemhorst zelf",
         "twee B1-groepen les krijgen in de bibliotheek", "agrees"),
        (3, "Vergoed de reiskosten naar het taalcentrum volledig zolang er geen", None, "unanswered"),
        (4, "Zet de maatjes van de stichting structureel in tijdens het eerste jaar",
         "sluit daarvoor een convenant met de stichting", "partly"),
        (5, "Stel een tolkenbudget beschikbaar voor alle gesprekken over het persoonlijk plan",
         "wegen aanbeveling 5 daarna mee bij de Voorjaarsnota 2027", "noted"),
        (6, "Verleng de periode waarin de gemeente de vaste lasten betaalt",
         "betaalt de gemeente de vaste lasten standaard twaalf maanden", "agrees"),
        (7, "Open een inloopspreekuur in het gemeentehuis waar statushouders zonder afspraak",
         "Een inloopspreekuur in het gemeentehuis voeren wij echter niet in", "disagrees"),
    ]
    unmatched = ["Het college heeft grote waardering voor de vrijwilligers",
                 "14 van de 16 statushouders zijn al gehuisvest",
                 "Ik ga graag met u en met de stichting in gesprek"]
    notes = ("Dutch volunteer foundation's signaleringsrapport on inburgering (fpdf2, 2 p.): numbered findings "
             "'Conclusie 1'-'Conclusie 4' as traps (Wi2021 art. 16 'moet', art. 7.2 Verordening, the 2024 "
             "rekenkamercommissie quoted with 'moet', figures); recommendations a NUMBERED LIST 1.-7. in a shaded box "
             "under '3. Onze aanbevelingen'. Response: wethouder's memo to the raadscommissie with subject heads, "
             "citing 'aanbeveling N' in prose (not for all), order 6, 2+7, 1, 4, 5; 'Taallessen en bereikbaarheid' = 2 "
             "agrees (B1 groups in the library) + 7 disagrees (no inloopspreekuur); 6 agrees; 1 agrees (done); 4 "
             "partly (convenant, no vergoeding); 5 noted (Voorjaarsnota); 3 (reiskosten) unanswered; the opening, "
             "'Huisvesting en taakstelling' and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
