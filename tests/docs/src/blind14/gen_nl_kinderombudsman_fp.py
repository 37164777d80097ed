"""Blind round 14 (nl), pair blind14_nl_kinderombudsman — fpdf2.

Advice: De Kinderombudsman, rapport KOM007/2025 on homeless families with children: cover, Inhoudsopgave, a
Samenvatting that repeats the recommendations as short unnumbered bullets, quotes of children, footnotes, running
header and 'pagina N' footer, chapter 5 'Aanbevelingen' numbered 1-7 under three addressee lines.
Response: Kamerbrief of the staatssecretaris (VWS, also on behalf of the minister of VRO) with letterhead sidebar,
unnumbered theme headings in another order, two sections answering two recommendations each, one recommendation
unanswered, 'Financiële gevolgen' and closing.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind14nlenv && /tmp/blind14nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind14nlenv/bin/python tests/docs/src/blind14/gen_nl_kinderombudsman_fp.py
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fpdf import FPDF  # noqa: E402

from _nl_b14 import DOCS, LIB, fpdf_doc_class  # noqa: E402

NAME = "blind14_nl_kinderombudsman"
Doc = fpdf_doc_class()
ORANGE = (214, 96, 24)


def advice() -> None:
    d = Doc(header_text="De Kinderombudsman  |  Eerst een dak, dan de rest  |  KOM007/2025",
            footer_text="pagina {page}", family="sans", size=10)
    d.set_title("Eerst een dak, dan de rest")
    d.set_author("De Kinderombudsman")
    # cover
    d.add_page()
    d.set_fill_color(*ORANGE)
    d.rect(0, 0, 210, 120, style="F")
    d.set_text_color(255)
    d.set_xy(24, 30)
    d.set_font("sans", "B", 13)
    d.cell(0, 8, "De Kinderombudsman")
    d.set_xy(24, 62)
    d.set_font("sans", "B", 26)
    d.multi_cell(160, 12, "Eerst een dak, dan de rest")
    d.set_x(24)
    d.set_font("sans", "", 13)
    d.multi_cell(160, 7, "Onderzoek naar de opvang van dakloze gezinnen met minderjarige kinderen")
    d.set_text_color(0)
    d.set_xy(24, 250)
    d.set_font("sans", "", 10)
    d.multi_cell(160, 5, "Rapport KOM007/2025\nDen Haag, 12 juni 2025")

    # contents + samenvatting
    d.add_page()
    d.heading("Inhoudsopgave", size=15, color=ORANGE)
    d.set_font("sans", "", 10)
    for t, p in (("Samenvatting", "2"), ("1  Inleiding", "3"), ("2  Wat kinderen ons vertelden", "3"),
                 ("3  Bevindingen", "3"), ("4  Conclusies", "3"), ("5  Aanbevelingen", "4")):
        d.cell(140, 6.5, t)
        d.cell(0, 6.5, p, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.heading("Samenvatting", size=15, color=ORANGE)
    d.para("Steeds meer gezinnen met kinderen raken dakloos. Gemeenten schatten dat in 2024 ruim 2.300 kinderen met "
           "hun ouders in een gezinsopvang, een hotel of een vakantiepark verbleven, en dat er daarnaast duizenden "
           "kinderen 'rondzwerven' bij familie en vrienden. De Kinderombudsman onderzocht hoe het deze kinderen "
           "vergaat en of gemeenten en het Rijk genoeg doen om hun rechten te beschermen.")
    d.para("De conclusie is dat het belang van het kind in de opvang te weinig voorop staat. Gezinnen worden "
           "weggestuurd omdat zij geen 'regiobinding' hebben, kinderen verblijven soms maanden in één kamer met "
           "hun ouders en broertjes en zusjes, en er is vaak niemand die specifiek op hen let. Ook na de opvang "
           "lopen gezinnen vast, omdat er geen woning beschikbaar is.")
    d.para("De Kinderombudsman beveelt daarom onder meer aan:", after=1)
    for t in ("gezinnen met kinderen altijd binnen 24 uur onderdak te bieden;",
              "landelijke kwaliteitseisen voor gezinsopvang te stellen;",
              "ieder kind in de opvang een eigen begeleider te geven;",
              "dakloze gezinnen voorrang te geven bij de toewijzing van woningen;",
              "ervoor te zorgen dat kinderen op hun eigen school kunnen blijven."):
        d.para("\u2013  " + t, indent=4, after=0.8)

    # chapters
    d.add_page()
    d.heading("1  Inleiding", size=14, color=ORANGE)
    d.para("In 2024 ontving de Kinderombudsman 87 klachten en signalen over dakloze gezinnen, bijna twee keer zo "
           "veel als in 2022. Ouders, hulpverleners en scholen meldden dat kinderen lang in onveilige of ongeschikte "
           "situaties verbleven. Dat was voor de Kinderombudsman aanleiding voor een eigen onderzoek op grond van "
           "artikel 11b van de Wet Nationale ombudsman.")
    d.para("De onderzoeksvragen waren: (a) hoe ervaren kinderen het verblijf in de opvang; (b) hoe gaan gemeenten "
           "om met de toegang tot de opvang voor gezinnen; en (c) welke belemmeringen zijn er bij de uitstroom naar "
           "een woning? Wij spraken met 34 kinderen en 21 ouders, bezochten negen opvanglocaties en vroegen alle "
           "centrumgemeenten naar hun werkwijze.")
    d.heading("2  Wat kinderen ons vertelden", size=14, color=ORANGE)
    d.para("Kinderen vertelden ons vooral over het gebrek aan rust en ruimte. Een meisje van elf: 'We slapen met "
           "z'n vijven in één kamer. Als mijn broertje huilt, ben ik de hele nacht wakker en dan kan ik me op "
           "school niet concentreren.' Een jongen van vijftien: 'Niemand hier vraagt hoe het met mij gaat. Ze "
           "praten alleen met mijn moeder over papieren.'")
    d.para("Veel kinderen moesten van school wisselen toen zij in een opvang in een andere gemeente terechtkwamen. "
           "Zij verloren daardoor hun vrienden en soms ook hun plek in de klas. 'Ik ben dit jaar al op mijn derde "
           "school', vertelde een jongen van negen.")
    d.heading("3  Bevindingen", size=14, color=ORANGE)
    d.para("Toegang. Volgens de Wet maatschappelijke ondersteuning 2015 is de maatschappelijke opvang landelijk "
           "toegankelijk.\u00b9 Toch stuurden 11 van de 43 centrumgemeenten gezinnen in 2024 door naar de gemeente "
           "waar zij het laatst woonden, ook als het gezin daar niet veilig was. Gezinnen wachtten gemiddeld negen "
           "dagen op een plek; in die tijd sliepen zij in de auto, bij kennissen of in een hotel op eigen kosten.")
    d.note("\u00b9", "Artikel 1.2.1 en 2.3.1 Wmo 2015; zie ook de handreiking 'Landelijke toegang maatschappelijke "
           "opvang' van de VNG (2023).")
    d.para("Kwaliteit. Er zijn geen landelijke eisen aan de gezinsopvang. Op vier van de negen bezochte locaties "
           "deelde een gezin één kamer, zonder plek om huiswerk te maken. Slechts drie locaties hadden een "
           "medewerker met specifieke aandacht voor kinderen.")
    d.para("Uitstroom. Dakloze gezinnen verblijven gemiddeld zeven maanden in de opvang. In 2024 gaven 19 "
           "centrumgemeenten dakloze gezinnen geen urgentie voor een sociale huurwoning.\u00b2 Waar wel een "
           "doorstroomvoorziening bestond, verbleven gezinnen gemiddeld drie maanden korter in de opvang.")
    d.note("\u00b2", "Op grond van de Huisvestingswet 2014 bepalen gemeenten zelf welke groepen urgentie krijgen.")
    d.heading("4  Conclusies", size=14, color=ORANGE)
    d.para("Het Internationaal Verdrag inzake de Rechten van het Kind (IVRK) bepaalt dat ieder kind recht heeft "
           "op een levensstandaard die toereikend is voor zijn ontwikkeling (artikel 27) en dat het belang van het "
           "kind een eerste overweging is bij alle maatregelen die kinderen betreffen (artikel 3). De "
           "Kinderombudsman concludeert dat Nederland deze verplichtingen voor dakloze kinderen onvoldoende "
           "nakomt. De toegang tot de opvang is niet gegarandeerd, de kwaliteit verschilt sterk en de weg naar een "
           "woning is te lang.")

    d.add_page()
    d.heading("5  Aanbevelingen", size=14, color=ORANGE)
    d.para("Op grond van dit onderzoek doet de Kinderombudsman de volgende aanbevelingen.")
    recs = [
        ("Aan de staatssecretaris van Volksgezondheid, Welzijn en Sport:", [
            "Zorg ervoor dat ieder gezin met minderjarige kinderen dat zich meldt voor maatschappelijke opvang "
            "binnen 24 uur een veilige verblijfplek krijgt, ongeacht regiobinding, en leg dit vast in de Wmo 2015.",
            "Stel landelijke kwaliteitseisen voor gezinsopvang vast, met ten minste een eigen kamer per gezin, een "
            "rustige plek om huiswerk te maken en toegang tot een buitenspeelplek.",
            "Zorg dat ieder kind in de opvang binnen twee weken een eigen begeleider heeft die aandacht heeft voor "
            "zijn welzijn, school en gezondheid.",
        ]),
        ("Aan de minister van Volkshuisvesting en Ruimtelijke Ordening:", [
            "Verplicht gemeenten om dakloze gezinnen met minderjarige kinderen urgentie te verlenen voor een "
            "sociale huurwoning.",
            "Stimuleer de bouw van doorstroomvoorzieningen en spreek met gemeenten af dat een gezin niet langer dan "
            "zes maanden in de opvang verblijft.",
        ]),
        ("Aan de colleges van burgemeester en wethouders (via de VNG):", [
            "Zorg dat kinderen die in een opvang in een andere gemeente verblijven op hun eigen school kunnen blijven "
            "en vergoed zo nodig het vervoer.",
            "Vraag kinderen in de opvang periodiek naar hun ervaringen en gebruik die om de opvang te verbeteren.",
        ]),
    ]
    n = 0
    for who, items in recs:
        d.para(who, style="B", after=1.5)
        for t in items:
            n += 1
            d.set_font("sans", "B", 10)
            y = d.get_y()
            d.set_xy(d.l_margin, y)
            d.cell(8, 5.2, f"{n}.")
            d.set_xy(d.l_margin + 8, y)
            d.set_font("sans", "", 10)
            d.multi_cell(d.epw - 8, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
            d.ln(2)
        d.ln(1.5)
    d.para("De Kinderombudsman vraagt de staatssecretaris, de minister en de VNG om binnen drie maanden te laten "
           "weten wat zij met deze aanbevelingen doen. De Kinderombudsman volgt de uitvoering en komt in 2026 met "
           "een vervolgrapportage.")
    d.para("drs. A.M. van der Laan\nDe Kinderombudsman", after=0)
    d.output(str(DOCS / f"{NAME}_advice.pdf"))


class Letter(FPDF):
    """Kamerbrief: logo strip, sidebar on every page (full on page 1, short on later pages), 'Pagina N van M'."""

    def __init__(self):
        super().__init__(format="A4", unit="mm")
        for fam, base in (("sans", "LiberationSans"),):
            self.add_font(fam, "", LIB + base + "-Regular.ttf")
            self.add_font(fam, "B", LIB + base + "-Bold.ttf")
            self.add_font(fam, "I", LIB + base + "-Italic.ttf")
        self.set_margins(22, 45, 62)
        self.set_auto_page_break(True, 28)
        self.set_creation_date(datetime(2025, 9, 15, tzinfo=timezone.utc))
        self.alias_nb_pages()

    def header(self):
        side = 155
        if self.page_no() == 1:
            self.set_fill_color(21, 66, 115)
            self.rect(99, 0, 12, 26, style="F")
            self.set_font("sans", "", 10)
            self.set_xy(114, 14)
            self.multi_cell(80, 4.6, "Ministerie van Volksgezondheid,\nWelzijn en Sport")
            lines = [("B", "Directie Maatschappelijke Ondersteuning"), ("", ""), ("B", "Bezoekadres"),
                     ("", "Parnassusplein 5"), ("", "2511 VX  Den Haag"), ("", "www.rijksoverheid.nl"), ("", ""),
                     ("B", "Kenmerk"), ("", "4087215-1092364-DMO"), ("", ""), ("B", "Uw brief"),
                     ("", "12 juni 2025"), ("", ""), ("B", "Bijlage(n)"), ("", "\u2013"), ("", ""),
                     ("I", "Correspondentie uitsluitend"), ("I", "richten aan het retouradres"),
                     ("I", "met vermelding van de datum"), ("I", "en het kenmerk van deze brief.")]
            y = 60
        else:
            lines = [("B", "Directie Maatschappelijke Ondersteuning"), ("", ""), ("B", "Kenmerk"),
                     ("", "4087215-1092364-DMO")]
            y = 45
        for st, t in lines:
            self.set_font("sans", st, 6.8)
            self.set_xy(side, y)
            self.cell(45, 3.4, t)
            y += 3.4
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        self.set_y(-16)
        self.set_x(155)
        self.set_font("sans", "", 6.8)
        self.cell(40, 4, f"Pagina {self.page_no()} van {{nb}}")


def response() -> None:
    d = Letter()
    d.set_title("Beleidsreactie op het rapport 'Eerst een dak, dan de rest' van de Kinderombudsman")
    d.set_author("Ministerie van Volksgezondheid, Welzijn en Sport")
    d.add_page()
    d.set_font("sans", "", 6.5)
    d.set_xy(22, 50)
    d.cell(0, 3, "> Retouradres Postbus 20350 2500 EJ  Den Haag")
    d.set_xy(22, 56)
    d.set_font("sans", "", 9.5)
    d.multi_cell(110, 4.6, "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG")
    d.set_xy(22, 90)
    for k, v in (("Datum", "15 september 2025"), ("Betreft", "Beleidsreactie op het rapport 'Eerst een dak, dan de "
                                                             "rest' van de Kinderombudsman")):
        d.set_x(22)
        d.set_font("sans", "", 8)
        d.cell(18, 4.6, k)
        d.set_font("sans", "", 9.5)
        d.multi_cell(100, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)

    def para(t, style="", after=3):
        d.set_font("sans", style, 9.5)
        d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(after)

    def head(t):
        d.ln(1.5)
        para(t, "B", after=1)

    para("Geachte voorzitter,")
    para("Op 12 juni 2025 heeft de Kinderombudsman het rapport 'Eerst een dak, dan de rest' gepubliceerd over de "
         "opvang van dakloze gezinnen met minderjarige kinderen. Met deze brief geef ik, mede namens de minister van "
         "Volkshuisvesting en Ruimtelijke Ordening, onze reactie op het rapport. Wij danken de Kinderombudsman "
         "voor het indringende onderzoek, waarin de kinderen zelf aan het woord komen. Hun verhalen maken duidelijk "
         "dat een dakloos kind eerst en vooral een kind is, met recht op rust, veiligheid en een toekomst.")
    para("De aanbevelingen 6 en 7 zijn gericht aan de colleges van burgemeester en wethouders. De VNG heeft "
         "aangekondigd zelf op het rapport te reageren; waar dat raakt aan het beleid van het Rijk, ga ik daarop "
         "hieronder in.")
    head("Direct onderdak voor gezinnen")
    para("De Kinderombudsman laat zien dat gezinnen nog steeds worden doorverwezen op grond van regiobinding, "
         "terwijl de opvang landelijk toegankelijk is. Dat vind ik onaanvaardbaar. Ik neem de aanbeveling over om "
         "in de Wmo 2015 vast te leggen dat een gezin met minderjarige kinderen binnen 24 uur een veilige "
         "verblijfplek krijgt. Een wetsvoorstel daartoe gaat uiterlijk eind 2025 in internetconsultatie. In de "
         "tussentijd spreek ik de centrumgemeenten die gezinnen doorsturen hier rechtstreeks op aan.")
    head("Van opvang naar een eigen woning")
    para("Met de Wet versterking regie volkshuisvesting wordt iedere gemeente verplicht een urgentieregeling te "
         "hebben waarin in elk geval dakloze gezinnen met kinderen zijn opgenomen. De minister van VRO ziet "
         "daarmee de aanbeveling over urgentie als uitgevoerd zodra de wet in werking treedt; de beoogde datum is "
         "1 januari 2026.")
    para("Voor doorstroomvoorzieningen is in de Woontop-afspraken \u20ac 100 miljoen beschikbaar gesteld. Een "
         "landelijke maximale verblijfsduur van zes maanden vindt de minister echter geen goed instrument. De "
         "verblijfsduur hangt vooral af van het aanbod van woningen, en een harde termijn zou gemeenten kunnen "
         "aanzetten gezinnen door te plaatsen naar een plek die niet bij hen past. Dit deel van de aanbeveling "
         "wordt daarom niet overgenomen.")
    head("Kwaliteit van de opvang en aandacht voor het kind")
    para("Ik deel de opvatting dat een gezin in de opvang recht heeft op privacy en dat kinderen een rustige plek "
         "nodig hebben. Samen met Valente, de VNG en de Kinderombudsman werk ik daarom aan een landelijk "
         "kwaliteitskader gezinsopvang, dat voor de zomer van 2026 gereed is. Een eigen kamer per gezin en een "
         "plek om huiswerk te maken worden daarin opgenomen als eis. Toegang tot een buitenspeelplek kan niet op "
         "iedere locatie worden gegarandeerd, bijvoorbeeld bij noodopvang in hotels; dat onderdeel neem ik op als "
         "richtlijn en niet als harde eis.")
    para("Ook de aanbeveling om ieder kind een eigen begeleider te geven, spreekt mij aan. De inzet van "
         "kindbegeleiders is echter in de eerste plaats een zaak van gemeenten en opvanginstellingen, die daarvoor "
         "uit de decentralisatie-uitkering worden bekostigd. Ik zal met Valente en de VNG verkennen welke "
         "mogelijkheden er zijn en betrek de uitkomsten bij het kwaliteitskader.")
    head("Onderwijs voor kinderen in de opvang")
    para("Dat kinderen door een verhuizing naar de opvang van school moeten wisselen, is schadelijk voor hun "
         "ontwikkeling. Het leerlingenvervoer is een taak van gemeenten. De minister van OCW en ik hebben de VNG "
         "gevraagd te bezien hoe gemeenten onderling kunnen afspreken wie het vervoer betaalt als een kind in een "
         "andere gemeente wordt opgevangen. Wij wachten de reactie van de VNG af.")
    head("Financiële gevolgen")
    para("De kosten van de wettelijke 24-uursgarantie worden geraamd op \u20ac 14 miljoen per jaar. Over de "
         "dekking daarvan maak ik afspraken met de VNG in het bestuurlijk overleg van november 2025.")
    head("Tot slot")
    para("Het kabinet wil dat geen kind in Nederland zonder dak opgroeit. Wij zullen uw Kamer in de voortgangsbrief "
         "dakloosheid van het voorjaar 2026 informeren over de uitvoering van de toezeggingen in deze brief.")
    para("Hoogachtend,")
    d.ln(4)
    para("de staatssecretaris van Volksgezondheid,\nWelzijn en Sport,", after=10)
    para("drs. M.L.H. van Eijk")
    d.output(str(DOCS / f"{NAME}_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    print("written", NAME)
