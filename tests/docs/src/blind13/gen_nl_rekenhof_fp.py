"""Blind round 13, pair ``blind13_nl_rekenhof``: a Belgian Rekenhof audit report to the Vlaams Parlement and the
Flemish minister's answer (a letter in running text).

Engine: fpdf2, fonts Liberation Serif / Sans from /usr/share/fonts/truetype/liberation (Debian fonts-liberation);
footnotes are printed by the page footer (see _nl_common.fpdf_doc_class).
Run from the repository root with a Python that has fpdf2 (and pymupdf for the check), e.g.
    /tmp/blind13nlenv/bin/python tests/docs/src/blind13/gen_nl_rekenhof_fp.py
Writes tests/docs/blind13_nl_rekenhof_advice.pdf and tests/docs/blind13_nl_rekenhof_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fpdf.fonts import FontFace  # noqa: E402

from _nl_common import DOCS, fpdf_doc_class  # noqa: E402

Doc = fpdf_doc_class()
RED = (155, 28, 38)

RECS = [
    ("Het VEKA moet de controle op de facturen risicogericht organiseren en de resultaten van die controles "
     "systematisch registreren.", "2.3"),
    ("De Vlaamse Regering moet een maximale behandeltermijn voor premieaanvragen reglementair vastleggen.", "2.3"),
    ("Het VEKA moet de eigendoms- en inkomensgegevens automatisch opvragen bij de FOD Financiën en de Algemene "
     "Administratie van de Patrimoniumdocumentatie, in plaats van de aanvrager die documenten te laten opladen.",
     "2.3"),
    ("Het VEKA moet onterecht uitbetaalde premies systematisch en tijdig terugvorderen.", "2.3"),
    ("De Vlaamse Regering moet evalueren of de verhoogde premie voor de laagste inkomenscategorie haar doelgroep "
     "bereikt, en de inkomensgrenzen zo nodig bijsturen.", "3.3"),
    ("Het VEKA moet in zijn jaarverslag rapporteren over de gerealiseerde energiebesparing en niet alleen over het "
     "aantal toegekende premies.", "3.3"),
]


def bullet(d, text):
    d.set_font("serif", "", d.size)
    if d.get_y() + 11 > d.page_break_trigger:
        d.add_page()
    y = d.get_y()
    d.set_xy(d.l_margin + 3, y)
    d.cell(4, d.size * 0.52, "\u2022")
    d.set_xy(d.l_margin + 8, y)
    d.multi_cell(d.epw - 8, d.size * 0.52, text, align="J", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)


def advice():
    d = Doc(header_text="Mijn VerbouwPremie: toekenning, controle en doelbereik  |  Rekenhof, maart 2025",
            footer_text="{page}", family="serif", size=10.5)
    d.set_title("Mijn VerbouwPremie: toekenning, controle en doelbereik")
    d.set_author("Rekenhof")
    # cover
    d.add_page()
    d.set_fill_color(*RED)
    d.rect(0, 0, 12, 297, "F")
    d.set_y(40)
    d.set_font("sans", "B", 12)
    d.set_text_color(*RED)
    d.cell(0, 6, "REKENHOF", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(95)
    d.set_font("sans", "B", 24)
    d.multi_cell(0, 11, "Mijn VerbouwPremie", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 15)
    d.multi_cell(0, 8, "Toekenning, controle en doelbereik", new_x="LMARGIN", new_y="NEXT")
    d.set_y(230)
    d.set_font("sans", "", 10)
    d.multi_cell(0, 5.5, "Verslag van het Rekenhof aan het Vlaams Parlement\nBrussel, maart 2025",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 8)
    d.ln(8)
    d.multi_cell(0, 4, "Goedgekeurd in de Nederlandse kamer van het Rekenhof van 26 februari 2025.",
                 new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.heading("Samenvatting", size=15, color=RED, before=0)
    d.para("**Mijn VerbouwPremie**", after=0.5)
    d.para("Sinds 1 oktober 2022 kunnen Vlaamse eigenaars en huurders met de Mijn VerbouwPremie een tegemoetkoming "
           "krijgen voor renovatiewerken aan hun woning. De premie vervangt de vroegere renovatiepremie van het "
           "Agentschap Wonen-Vlaanderen en de energiepremies van de netbeheerder. In 2024 keerde het Vlaams "
           "Energie- en Klimaatagentschap (VEKA) 412,6 miljoen euro uit aan ongeveer 118.000 aanvragers.")
    d.para("**Toekenning en controle**", after=0.5)
    d.para("Het Rekenhof stelde vast dat het VEKA de aanvragen grotendeels correct behandelt, maar dat de controle "
           "op facturen weinig gericht is en niet systematisch wordt geregistreerd. De behandeltermijn liep in 2023 "
           "op tot gemiddeld 97 dagen. Aanvragers moeten gegevens opladen die de overheid zelf al bezit. "
           "Onterecht uitbetaalde premies worden niet altijd teruggevorderd.")
    d.para("**Doelbereik**", after=0.5)
    d.para("De verhoogde premie voor de laagste inkomenscategorie bereikt maar een beperkt deel van de doelgroep: "
           "slechts 14 % van de premies ging naar die categorie. Het VEKA rapporteert enkel over aantallen en "
           "bedragen, niet over de energiebesparing die de premie oplevert.")
    d.para("**Aanbevelingen**", after=0.5)
    d.para("Het Rekenhof formuleert zes aanbevelingen, onder meer over een risicogerichte controle, het automatisch "
           "opvragen van gegevens en een evaluatie van het doelbereik. Een overzicht staat achteraan in dit verslag.")
    d.para("**Antwoord van de minister**", after=0.5)
    d.para("De Vlaamse minister van Energie, Klimaat en Wonen antwoordde op 7 februari 2025. Hij onderschrijft de "
           "meeste aanbevelingen, maar acht een reglementaire behandeltermijn niet wenselijk. Zijn antwoord is "
           "integraal opgenomen in bijlage.")

    d.add_page()
    d.heading("Hoofdstuk 1  Inleiding", size=14, color=RED, before=0)
    d.heading("1.1  Onderzoeksthema", size=11, before=1)
    d.para("De Mijn VerbouwPremie is het belangrijkste Vlaamse instrument om de renovatie van het woningpatrimonium "
           "te ondersteunen. De premie is geregeld in het besluit van de Vlaamse Regering van 1 juli 2022.¹ Het "
           "bedrag hangt af van de inkomenscategorie van de aanvrager en van het soort werken.")
    d.note("1", "Besluit van de Vlaamse Regering van 1 juli 2022 tot wijziging van diverse bepalingen van het "
                "Energiebesluit van 19 november 2010, wat betreft de invoering van de Mijn VerbouwPremie.")
    d.heading("1.2  Onderzoeksvragen", size=11, before=1)
    d.para("Het onderzoek ging na:")
    for i, q in enumerate(["of het VEKA de premieaanvragen correct en tijdig behandelt;",
                           "of de controle op de aanvragen en de uitbetalingen doeltreffend is;",
                           "of de premie de beoogde doelgroepen bereikt en of het VEKA over de resultaten "
                           "rapporteert."], 1):
        d.para(f"{i}.  {q}", indent=4, after=1)
    d.heading("1.3  Onderzoeksmethode en procedure", size=11, before=1)
    d.para("Het Rekenhof analyseerde een steekproef van 300 dossiers uit 2023 en 2024, de gegevens uit de "
           "databank van het VEKA en interviews met medewerkers. Het kondigde het onderzoek op 2 april 2024 aan bij "
           "de minister en het VEKA. Het ontwerpverslag werd op 18 december 2024 aan de minister en de "
           "administrateur-generaal bezorgd. De minister antwoordde op 7 februari 2025.²")
    d.note("2", "De brief van de minister is als bijlage opgenomen in dit verslag.")

    d.heading("Hoofdstuk 2  Toekenning en controle", size=14, color=RED, before=4)
    d.heading("2.1  Behandeling van de aanvragen", size=11, before=1)
    d.para("In 2023 bedroeg de gemiddelde behandeltermijn 97 dagen; 22 % van de aanvragen was na vier maanden nog "
           "niet behandeld. De regelgeving bevat geen termijn waarbinnen het VEKA moet beslissen. Aanvragers "
           "moeten een eigendomsbewijs en een aanslagbiljet opladen, hoewel die gegevens bij de FOD Financiën en "
           "de Patrimoniumdocumentatie beschikbaar zijn. Onvolledige aanvragen zijn de belangrijkste oorzaak van "
           "vertraging.")
    d.heading("2.2  Controle en terugvordering", size=11, before=1)
    d.para("Het VEKA controleert een willekeurige selectie van facturen, zonder rekening te houden met risico's "
           "zoals hoge bedragen of aannemers met eerdere onregelmatigheden. De resultaten worden in een afzonderlijk "
           "rekenblad bijgehouden en niet in het dossierbeheersysteem. In 41 dossiers uit de steekproef stelde "
           "het Rekenhof vast dat de premie te hoog was; in 29 daarvan was nog geen terugvordering gestart.³")
    d.note("3", "Het gaat om een totaalbedrag van 187.450 euro. Voor een deel van die dossiers is de "
                "verjaringstermijn van vijf jaar nog niet verstreken.")
    d.heading("2.3  Conclusie en aanbevelingen", size=11, before=1)
    d.para("De toekenning verloopt grotendeels correct, maar de controle is te weinig gericht en de terugvordering "
           "is onvolledig. Het Rekenhof beveelt aan:")
    for rec, _ in RECS[:4]:
        bullet(d, rec)

    d.heading("Hoofdstuk 3  Doelbereik en rapportering", size=14, color=RED, before=4)
    d.heading("3.1  Bereik van de laagste inkomenscategorie", size=11, before=1)
    d.para("Aanvragers in de laagste inkomenscategorie krijgen een verhoogde premie. Toch ging in 2024 slechts "
           "14 % van de premies naar die categorie, terwijl ze ongeveer 30 % van de eigenaar-bewoners uitmaakt. "
           "Vooral de voorfinanciering van de werken vormt een drempel.")
    d.heading("3.2  Rapportering", size=11, before=1)
    d.para("Het jaarverslag van het VEKA vermeldt het aantal premies en de uitbetaalde bedragen per type werk. Het "
           "bevat geen informatie over de energiebesparing of de CO2-reductie die de premie oplevert.")
    d.heading("3.3  Conclusie en aanbevelingen", size=11, before=1)
    d.para("Of de premie haar doelen bereikt, is onvoldoende bekend. Het Rekenhof beveelt aan:")
    for rec, _ in RECS[4:]:
        bullet(d, rec)

    d.heading("Overzicht van de aanbevelingen", size=14, color=RED, before=5)
    d.set_font("sans", "", 9)
    with d.table(col_widths=(10, 125, 25), text_align=("CENTER", "LEFT", "CENTER"), line_height=4.6,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(235, 222, 222)),
                 first_row_as_headings=True) as t:
        row = t.row()
        for h in ("Nr.", "Aanbeveling", "Punt in het verslag"):
            row.cell(h)
        for i, (rec, punt) in enumerate(RECS, 1):
            row = t.row()
            row.cell(str(i))
            row.cell(rec)
            row.cell(punt)
    d.output(str(DOCS / "blind13_nl_rekenhof_advice.pdf"))


class Letter(Doc):
    def footer(self):
        self.set_y(-16)
        self.set_font("sans", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 4, "Koning Albert II-laan 19, 1210 Brussel  |  T 02 552 66 00  |  kabinet.peeters@vlaanderen.be",
                  align="L")
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)


def response():
    d = Letter(family="serif", size=11, cover=False)
    d.set_title("Antwoord van de minister op het ontwerpverslag Mijn VerbouwPremie")
    d.add_page()
    d.set_font("sans", "B", 11)
    d.cell(0, 5, "VLAAMSE REGERING", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 10)
    d.cell(0, 5, "Jan Peeters", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 9)
    d.cell(0, 4.5, "Vlaams minister van Energie, Klimaat en Wonen", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(118, 48)
    d.set_font("serif", "", 10.5)
    d.multi_cell(70, 5, "Rekenhof\nDe heer Eerste Voorzitter\nRegentschapsstraat 2\n1000 BRUSSEL",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(82)
    d.set_font("sans", "", 7.5)
    labels = ("uw bericht van", "uw kenmerk", "ons kenmerk", "bijlagen")
    values = ("18 december 2024", "A10-4.112.903", "KAB/EKW/2025/0117", "-")
    x0 = d.l_margin
    for i, (lab, val) in enumerate(zip(labels, values)):
        d.set_xy(x0 + i * 41, 82)
        d.set_font("sans", "", 7.5)
        d.cell(40, 4, lab)
        d.set_xy(x0 + i * 41, 86.5)
        d.set_font("sans", "", 9.5)
        d.cell(40, 4.5, val)
    d.set_xy(x0, 97)
    d.set_font("sans", "B", 9.5)
    d.cell(0, 5, "betreft  ontwerpverslag Mijn VerbouwPremie: toekenning, controle en doelbereik",
           new_x="LMARGIN", new_y="NEXT")
    d.set_y(106)
    d.set_font("sans", "", 9.5)
    d.cell(0, 5, "Brussel, 7 februari 2025", new_x="LMARGIN", new_y="NEXT")
    d.ln(7)
    P = d.para
    P("Mijnheer de Eerste Voorzitter,", align="L")
    P("Met uw brief van 18 december 2024 bezorgde u mij het ontwerpverslag van het Rekenhof over de Mijn "
      "VerbouwPremie. Ik dank u voor de grondige analyse en voor de gelegenheid om erop te reageren. Ik heb het "
      "verslag samen met het VEKA bestudeerd.")
    P("Vooraf wil ik enkele vaststellingen nuanceren. De gemiddelde behandeltermijn van 97 dagen heeft betrekking "
      "op 2023, toen het aantal aanvragen door de energiecrisis uitzonderlijk hoog lag. In 2024 bedroeg de "
      "gemiddelde termijn nog 61 dagen. Ook het aandeel onvolledige aanvragen is sinds de lancering van het nieuwe "
      "aanvraagplatform in maart 2024 gevoelig gedaald.")
    P("Het Rekenhof vraagt de controle op de facturen risicogericht te organiseren en de eigendoms- en "
      "inkomensgegevens rechtstreeks bij de bevoegde federale diensten op te vragen. Ik kan mij in beide "
      "aanbevelingen vinden. Het VEKA werkt sinds januari 2025 met een risicomodel dat dossiers selecteert op basis "
      "van onder meer het factuurbedrag en de aannemer, en de resultaten van elke controle worden voortaan in het "
      "dossierbeheersysteem geregistreerd. De koppeling met de gegevens van de FOD Financiën en de "
      "Patrimoniumdocumentatie wordt momenteel uitgewerkt en zal tegen eind 2025 operationeel zijn. Vanaf dan hoeft "
      "een aanvrager die documenten niet langer zelf op te laden.")
    P("Wat het bereik van de verhoogde premie betreft, deel ik de bezorgdheid van het Rekenhof dat kwetsbare "
      "gezinnen de weg naar de premie nog te weinig vinden. Het VEKA zal in de loop van 2026 een evaluatie "
      "uitvoeren naar het bereik van de laagste inkomenscategorie, in samenwerking met de Energiehuizen. De "
      "inkomensgrenzen zelf wens ik evenwel niet te wijzigen vóór het einde van deze legislatuur: voor burgers en "
      "aannemers primeert de stabiliteit van de regeling. Het voorfinancieringsprobleem pak ik aan via de Mijn "
      "VerbouwLening.")
    P("Het Rekenhof beveelt ook aan om een maximale behandeltermijn reglementair vast te leggen. Dat lijkt mij niet "
      "aangewezen. Een bindende termijn zou bij piekmomenten leiden tot minder grondig gecontroleerde dossiers, of "
      "tot extra personeel dat op andere momenten onderbenut blijft. Het VEKA blijft wel streven naar een "
      "beslissing binnen drie maanden.")
    P("Tot slot vraagt het Rekenhof om in het jaarverslag te rapporteren over de gerealiseerde energiebesparing. "
      "Ik neem die suggestie mee. Het VEKA onderzoekt of op basis van de gegevens uit het energieprestatiecertificaat "
      "een betrouwbare schatting van de besparing per dossier mogelijk is. Pas als dat onderzoek is afgerond, kan ik "
      "beslissen over de manier van rapporteren.")
    P("Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.")
    P("Met de meeste hoogachting,", align="L", after=14)
    P("Jan Peeters\nVlaams minister van Energie, Klimaat en Wonen", align="L")
    d.output(str(DOCS / "blind13_nl_rekenhof_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    print("written")
