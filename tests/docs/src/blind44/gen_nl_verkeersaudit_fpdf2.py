"""Round 44 (nl): an (invented) VERKEERSVEILIGHEIDSAUDIT (CROW-style road safety audit, phase definitief ontwerp) of
the reconstruction of a provincial road, by an independent audit bureau for the province, with a summary table that
repeats the recommendations in short form, a design-parameter table, a table quoting the previous (schetsontwerp)
audit's recommendations as imperatives with their status, and 'Bevinding 4.N' blocks with 'Probleem / Risico /
Aanbeveling' (4.5 has no recommendation; an out-of-scope remark follows); answered by the province's AUDITREACTIE
OPDRACHTGEVER (a memo with a four-column table 'Nr. | Locatie | Reactie opdrachtgever | Besluit', ordered along the
road). Engine: fpdf2 (DejaVu, no text shaping). Answer key: README-nl.md.

Run: /tmp/blind44nl/bin/python tests/docs/src/blind44/gen_nl_verkeersaudit_fpdf2.py"""
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b44nl as B  # noqa: E402

NAME = "blind44_nl_verkeersaudit"
DV = "/usr/share/fonts/truetype/dejavu/"
ORANGE = (214, 92, 26)


class Doc(FPDF):
    def __init__(self, head, foot, first_head=False):
        super().__init__(format="A4")
        self.head, self.foot, self.first_head = head, foot, first_head
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1 or self.first_head:
            self.set_font("dv", "", 7.5)
            self.set_text_color(90)
            self.set_y(11)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*ORANGE)
            self.line(22, 16.5, 188, 16.5)
            self.set_draw_color(0)
            self.set_y(22)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0)

    def p(self, t, st="", size=9.2, indent=0, h=4.6, align="J", markdown=False):
        self.set_font("dv", st, size)
        self.set_x(22 + indent)
        self.multi_cell(166 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=markdown)
        self.ln(1.4)

    def hd(self, t, size=11, color=ORANGE):
        self.ln(1.5)
        self.set_text_color(*color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def tab(self, rows, widths, size=8, head=True, fill=(250, 233, 220)):
        self.set_font("dv", "", size)
        hs = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(col_widths=widths, text_align="LEFT", line_height=3.9, headings_style=hs,
                        first_row_as_headings=head, padding=1.2) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)

    def field(self, label, text):
        self.set_font("dv", "B", 9.2)
        y = self.get_y()
        self.set_xy(22, y)
        self.cell(26, 4.6, label)
        self.set_font("dv", "", 9.2)
        self.set_xy(48, y)
        self.multi_cell(140, 4.6, text, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(1.2)


BEV = [
    ("4.1", "Fietsoversteek Kanaalzone (km 12,4)",
     "Fietsers steken de N644 over in één keer, over twee rijstroken met een rijsnelheid van 80 km/uur. Het "
     "middeneiland in het ontwerp is 2,5 meter breed. Een fietser met kinderzitje of aanhanger, en zeker een "
     "bakfiets, past daar niet haaks op en blijft met het achterwiel op de rijbaan staan. Volgens de "
     "ontwerprichtlijnen moet een opstelvak voor fietsers bij deze snelheid ruimer zijn.",
     "hoog",
     "Voer de fietsoversteek Kanaalzone uit in twee fasen, met een middeneiland van ten minste 3,0 meter breed "
     "en een rijbaankrap of snelheidsremmer aan weerszijden."),
    ("4.2", "Rotonde Veldweg, noordelijke tak",
     "De inrijboogstraal van de noordelijke tak bedraagt in het ontwerp 15 meter. Daardoor kan het "
     "autoverkeer de rotonde met een hoge snelheid oprijden, terwijl direct daarnaast het fietspad in de "
     "voorrang ligt. De auditoren zagen bij het terreinbezoek dat het landbouwverkeer de bestaande aansluiting "
     "intensief gebruikt.",
     "middel",
     "Verklein de inrijboogstraal van de noordelijke tak van de rotonde Veldweg tot maximaal 12 meter, en "
     "vang het landbouwverkeer op met een overrijdbare binnenring."),
    ("4.3", "Bushalte Oosterholt-Kerk (km 12,8)",
     "De bushalte ligt direct vóór de voetgangersoversteek. Een stilstaande bus ontneemt automobilisten het "
     "zicht op overstekende voetgangers, onder wie veel scholieren van de Ludgerschool; bij het terreinbezoek "
     "op 14 januari 2026 staken tussen 7.45 en 8.15 uur 41 kinderen over.",
     "hoog",
     "Verplaats de bushalte Oosterholt-Kerk naar een plek voorbij de oversteek, gezien in de rijrichting van "
     "de bus."),
    ("4.4", "Bomen in de berm, km 13,0-13,9",
     "Tussen km 13,0 en 13,9 staat een laanbeplanting van eiken op 2,8 meter uit de kant verharding. De "
     "obstakelvrije afstand die bij 80 km/uur geldt, is 4,5 meter. Bij een eenzijdig ongeval is de kans op "
     "ernstig letsel groot; in de periode 2019-2024 vonden op dit deel twee zulke ongevallen plaats.",
     "hoog",
     "Verwijder de bomen binnen de obstakelvrije zone, of scherm ze over de volle lengte af met een "
     "geleiderail."),
    ("4.5", "Openbare verlichting",
     "Het verlichtingsplan (tekening DO-118) is beoordeeld bij het avondbezoek. Het auditteam heeft hierover "
     "geen opmerkingen; de verlichting van de oversteken voldoet.",
     "-", None),
    ("4.6", "Erfaansluitingen, km 13,1-13,6",
     "Op dit deel sluiten vijf erven rechtstreeks aan op de N644, waarvan drie van agrarische bedrijven. Elke "
     "aansluiting is een conflictpunt met langzaam in- en uitvoegend verkeer op een weg waar 80 km/uur geldt.",
     "middel",
     "Bundel de vijf erfaansluitingen tussen km 13,1 en 13,6 tot ten hoogste twee, met een ontsluiting via "
     "de parallelweg."),
    ("4.7", "Snelheidsovergang 80/60 km/uur bij Weerdinge",
     "De overgang van 80 naar 60 km/uur ligt op km 12,3, na de bocht, zodat de bestuurder het lagere regime pas "
     "laat ziet; de eerste woningen en de fietsoversteek volgen kort daarna.",
     "middel",
     "Breng de snelheidsovergang aan met een poortconstructie op km 11,9, vóór de bocht, in plaats van op km "
     "12,3."),
    ("4.8", "Uitvoeringsfase",
     "De fasering van de werkzaamheden was nog niet uitgewerkt toen het auditteam het ontwerp ontving. Tijdens "
     "de uitvoering wordt het fietsverkeer naar de school over een tijdelijke route geleid.",
     "middel",
     "Laat vóór de start van de uitvoering een afzonderlijke audit uitvoeren op de tijdelijke "
     "verkeersmaatregelen en de omleidingsroutes voor fietsers."),
]


def advice():
    d = Doc("Verkeersveiligheidsaudit DO - Reconstructie N644 Weerdinge-Oosterholt | rapport VVA-2026-014",
            "Auditbureau Brinkman Verkeersveiligheid | pagina {n} van {nb}")
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_fill_color(*ORANGE)
    d.rect(0, 0, 210, 9, "F")
    d.set_y(16)
    d.set_font("dv", "B", 9)
    d.set_text_color(*ORANGE)
    d.cell(0, 5, "AUDITBUREAU BRINKMAN VERKEERSVEILIGHEID", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 7.8)
    d.set_text_color(80)
    d.cell(0, 4, "Stationsweg 22, 7941 HC Meppel | onafhankelijke verkeersveiligheidsaudits volgens de "
           "CROW-richtlijn", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(7)
    d.p("Verkeersveiligheidsaudit fase definitief ontwerp", "B", 16, align="L", h=7)
    d.p("Reconstructie N644 Weerdinge-Oosterholt, km 11,5-14,0", "", 11.5, align="L", h=6)
    d.ln(1)
    d.tab([("Opdrachtgever", "Provincie Lingestroom, afdeling Wegen en Vaarwegen (projectleider ir. M. Dekkers)"),
           ("Rapportnummer", "VVA-2026-014, versie 1.0 (definitief)"),
           ("Datum", "2 februari 2026"),
           ("Auditteam", "ing. R. Hoekstra (leidend auditor, registratie VVA-0217), ir. S. Oudejans"),
           ("Beoordeelde stukken", "DO-tekeningen DO-101 t/m DO-118 rev. B, toelichting DO van 5 december 2025")],
          (38, 128), size=7.8, head=False)
    d.hd("Samenvatting")
    d.p("Het auditteam heeft het definitief ontwerp beoordeeld op verkeersveiligheid, met een terreinbezoek "
        "overdag en bij duisternis op 14 januari 2026. Het ontwerp is op hoofdlijnen goed: de scheiding van "
        "fietsverkeer en gemotoriseerd verkeer is consequent doorgevoerd. Het auditteam heeft acht bevindingen "
        "gedaan, waarvan zeven met een aanbeveling. Het overzicht hieronder geeft ze in het kort; de volledige "
        "tekst staat in hoofdstuk 4.")
    d.tab([("Nr.", "Locatie", "Risico", "Strekking aanbeveling"),
           ("4.1", "Fietsoversteek Kanaalzone", "hoog", "oversteek in twee fasen, breder middeneiland"),
           ("4.2", "Rotonde Veldweg", "middel", "kleinere inrijboog noordtak"),
           ("4.3", "Bushalte Oosterholt-Kerk", "hoog", "halte voorbij de oversteek"),
           ("4.4", "Bomen km 13,0-13,9", "hoog", "obstakelvrije zone of geleiderail"),
           ("4.5", "Openbare verlichting", "-", "geen"),
           ("4.6", "Erfaansluitingen", "middel", "aansluitingen bundelen"),
           ("4.7", "Snelheidsovergang", "middel", "poort op km 11,9"),
           ("4.8", "Uitvoeringsfase", "middel", "audit tijdelijke maatregelen")],
          (12, 50, 18, 86), size=7.8)
    d.hd("1  Inleiding")
    d.p("De provincie Lingestroom reconstrueert de N644 tussen Weerdinge en Oosterholt. Het wegvak krijgt een "
        "vrijliggend fietspad aan de noordzijde, de kruising met de Veldweg wordt een enkelstrooksrotonde en bij "
        "Oosterholt komt een nieuwe fietsoversteek naar de Kanaalzone. De provincie laat in elke ontwerpfase een "
        "verkeersveiligheidsaudit uitvoeren door een team dat niet bij het ontwerp betrokken is. Deze audit "
        "betreft de fase definitief ontwerp; de audit van het schetsontwerp vond plaats in mei 2024 (rapport "
        "VVA-2024-031).")
    d.p("Een audit beoordeelt het ontwerp uitsluitend op verkeersveiligheid. Het auditteam weegt zijn "
        "bevindingen niet af tegen kosten, doorstroming of ruimtelijke inpassing; die afweging is aan de "
        "opdrachtgever. Volgens de richtlijn legt de opdrachtgever schriftelijk en gemotiveerd vast wat hij met "
        "iedere aanbeveling doet.")
    d.hd("2  Uitgangspunten")
    d.p("Het ontwerp gaat uit van de volgende kenmerken. Het auditteam heeft deze uitgangspunten zelf niet "
        "getoetst.", align="L")
    d.tab([("Kenmerk", "Waarde in het ontwerp"),
           ("Categorie", "gebiedsontsluitingsweg buiten de bebouwde kom"),
           ("Maximumsnelheid", "80 km/uur; 60 km/uur binnen de zone Weerdinge"),
           ("Intensiteit (2025, werkdag)", "8.400 motorvoertuigen, waarvan 9 procent vrachtverkeer"),
           ("Fietsers (2025, werkdag)", "1.150, in de spits vooral scholieren"),
           ("Ongevallen 2019-2024", "17, waarvan 4 met ernstig letsel; 2 eenzijdig tegen een boom")],
          (52, 114), size=7.8)
    d.hd("3  Opvolging van de audit schetsontwerp (2024)")
    d.p("De audit van het schetsontwerp leidde tot vier aanbevelingen. Het auditteam heeft nagegaan of zij in "
        "het definitief ontwerp zijn verwerkt.", align="L")
    d.tab([("Nr. 2024", "Aanbeveling schetsontwerp", "Stand in het DO"),
           ("SO-1", "Scheid het fietsverkeer over het hele tracé van de rijbaan.", "verwerkt"),
           ("SO-2", "Pas de rotonde Veldweg aan voor landbouwverkeer tot 18,75 meter.", "verwerkt"),
           ("SO-3", "Onderzoek een ongelijkvloerse fietskruising bij de Kanaalzone.",
            "onderzocht, niet gekozen (kosten)"),
           ("SO-4", "Beperk het aantal erfaansluitingen op de N644.", "niet verwerkt, zie 4.6")],
          (18, 104, 44), size=7.8)
    d.hd("4  Bevindingen en aanbevelingen")
    d.p("Per bevinding beschrijven wij het probleem, de ernst van het risico (hoog, middel of laag) en onze "
        "aanbeveling. De kilometrering volgt de hectometerpaaltjes langs de N644.")
    for nr, loc, prob, risk, rec in BEV:
        if d.get_y() > 235:
            d.add_page()
        d.set_fill_color(250, 233, 220)
        d.set_font("dv", "B", 9.5)
        d.cell(0, 6, f"  Bevinding {nr}  -  {loc}", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
        d.field("Probleem", prob)
        d.field("Risico", risk)
        d.field("Aanbeveling", rec if rec else "geen")
        d.ln(1.5)
    d.hd("Overige opmerking (buiten de scope van de audit)", 9.5, (0, 0, 0))
    d.p("Bij het terreinbezoek zag het auditteam dat de bewegwijzering op de parallelweg Oosterholt verouderd en "
        "deels onleesbaar is. Deze parallelweg ligt buiten de projectgrens en maakt geen deel uit van de "
        "audit.")
    d.hd("5  Verklaring")
    d.p("De auditoren verklaren dat zij niet bij het ontwerp van dit project betrokken zijn geweest en dat zij "
        "deze audit onafhankelijk hebben uitgevoerd.")
    d.p("Meppel, 2 februari 2026\ning. R. Hoekstra, leidend auditor          ir. S. Oudejans, auditor",
        size=8.8, align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Auditreactie opdrachtgever VVA-2026-014 | N644 Weerdinge-Oosterholt", "{n}/{nb}")
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_font("dv", "B", 13)
    d.set_text_color(0, 84, 140)
    d.cell(0, 7, "provincie Lingestroom", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(4)
    d.p("MEMO", "B", 12, align="L")
    d.tab([("Aan", "gedeputeerde J. Wiersma (Mobiliteit); ter kennisneming aan Auditbureau Brinkman"),
           ("Van", "ir. M. Dekkers, projectleider N644"),
           ("Datum", "9 maart 2026"),
           ("Kenmerk", "2026-0312/WV"),
           ("Onderwerp", "Auditreactie opdrachtgever op de verkeersveiligheidsaudit DO (VVA-2026-014)")],
          (26, 140), size=8.2, head=False)
    d.p("Aanleiding", "B", 9.5, align="L")
    d.p("Het auditrapport van 2 februari 2026 bevat acht bevindingen. Conform de richtlijn leggen wij per "
        "bevinding vast hoe de provincie ermee omgaat. Het projectteam heeft de bevindingen op 19 februari 2026 "
        "met het auditteam doorgesproken. De reacties staan hieronder in de volgorde van het tracé, van west naar "
        "oost. Na uw akkoord wordt deze memo met het auditrapport gepubliceerd bij het ontwerp-projectbesluit.")
    d.p("Reactie per bevinding", "B", 9.5, align="L")
    rows = [
        ("Nr.", "Locatie", "Reactie opdrachtgever", "Besluit"),
        ("4.7", "Snelheidsovergang Weerdinge",
         "De poort schuift op naar km 11,9, vóór de bocht. Tekening DO-103 is aangepast (rev. C); de "
         "verkeersbesluiten worden hierop afgestemd.", "Overnemen"),
        ("4.1", "Fietsoversteek Kanaalzone",
         "De oversteek wordt in twee fasen uitgevoerd, met een rijbaankrap aan beide zijden. Een middeneiland van "
         "3,0 meter vergt grondaankoop bij twee eigenaren en vertraagt het project met ruim een jaar; het eiland "
         "wordt daarom 2,8 meter, wat volgens het auditteam voor een bakfiets nog net volstaat.",
         "Deels overnemen"),
        ("4.3", "Bushalte Oosterholt-Kerk",
         "Het probleem is herkend. Verplaatsing raakt de dienstregeling en de halte-afstanden van lijn 27. Wij "
         "leggen dit voor aan de concessiebeheerder OV-bureau Noordoost en komen in de fase bestek op de "
         "locatie van de halte terug.", "Aanhouden"),
        ("4.2", "Rotonde Veldweg",
         "De boogstraal van 15 meter is gekozen op aanbeveling SO-2 uit 2024, voor landbouwcombinaties tot 18,75 "
         "meter. Een overrijdbare binnenring is voor deze combinaties onvoldoende volgens de proefritten van "
         "november 2025. De inrijboog blijft daarom ongewijzigd.", "Niet overnemen"),
        ("4.4 en 4.6", "Berm en erven km 13,0-13,9",
         "De eikenlaan is een beschermde houtopstand; kap is niet mogelijk. Over 600 van de 900 meter komt een "
         "geleiderail; op het overige deel ontbreekt daarvoor de ruimte en geldt straks 60 km/uur. De "
         "erfaansluitingen blijven zoals ontworpen: de eigenaren hebben bundeling afgewezen en de provincie ziet "
         "geen grond om hen te onteigenen.", "4.4 deels overnemen;\n4.6 niet overnemen"),
        ("4.5", "Openbare verlichting",
         "Het auditteam had hier geen opmerkingen. Het verlichtingsplan wordt ongewijzigd in het bestek "
         "opgenomen.", "-"),
    ]
    d.tab(rows, (16, 32, 88, 30), size=7.9, fill=(214, 228, 240))
    d.p("Overige punten", "B", 9.5, align="L")
    d.p("De verouderde bewegwijzering op de parallelweg Oosterholt wordt meegenomen in het regulier "
        "onderhoudsprogramma 2027 van de gemeente Weerdinge, die daar wegbeheerder is.")
    d.p("Financiële gevolgen", "B", 9.5, align="L")
    d.p("De aanpassingen vallen binnen het projectbudget van 14,2 miljoen euro. De geleiderail kost circa "
        "110.000 euro en wordt gedekt uit de post onvoorzien.")
    d.p("Gevraagd besluit", "B", 9.5, align="L")
    d.p("Instemmen met deze auditreactie en haar publiceren met het auditrapport.")
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("4.1", "Voer de fietsoversteek Kanaalzone uit in twee fasen, met", "het eiland wordt daarom 2,8 meter",
         "partly"),
        ("4.2", "Verklein de inrijboogstraal van de noordelijke tak van de rotonde", "De inrijboog blijft daarom "
         "ongewijzigd", "disagrees"),
        ("4.3", "Verplaats de bushalte Oosterholt-Kerk naar een plek voorbij de oversteek", "komen in de fase "
         "bestek op de locatie van de halte terug", "noted"),
        ("4.4", "Verwijder de bomen binnen de obstakelvrije zone, of scherm", "Over 600 van de 900 meter komt een "
         "geleiderail", "partly"),
        ("4.6", "Bundel de vijf erfaansluitingen tussen km 13,1 en 13,6", "De erfaansluitingen blijven zoals "
         "ontworpen", "disagrees"),
        ("4.7", "Breng de snelheidsovergang aan met een poortconstructie op km", "De poort schuift op naar km "
         "11,9", "agrees"),
        ("4.8", "Laat vóór de start van de uitvoering een afzonderlijke audit", None, "unanswered"),
    ]
    unmatched = ["Het verlichtingsplan wordt ongewijzigd in het bestek opgenomen",
                 "wordt meegenomen in het regulier onderhoudsprogramma 2027",
                 "De geleiderail kost circa 110.000 euro"]
    notes = ("CROW-style verkeersveiligheidsaudit (phase definitief ontwerp) of a provincial road reconstruction by "
             "an independent audit bureau: metadata table, a summary table repeating the recommendations in SHORT "
             "form ('Strekking aanbeveling'), a design-parameter table, a table quoting the 2024 schetsontwerp "
             "audit's four imperative recommendations SO-1..SO-4 with their status (trap), findings with 'moet'; "
             "recommendations are the 'Aanbeveling' fields of the shaded 'Bevinding 4.N' blocks, so they keep the "
             "labels 4.1-4.4 and 4.6-4.8 (4.5 'geen'); an out-of-scope remark on signposting is no "
             "recommendation. Reply: the province's auditreactie memo with a table 'Nr. | Locatie | Reactie "
             "opdrachtgever | Besluit' in route order 4.7, 4.1, 4.3, 4.2, '4.4 en 4.6', 4.5: gate moved to km 11,9 "
             "(agrees); two-phase crossing but island 2,8 m instead of 3,0 m (partly); bus stop put to the "
             "concession authority, back in the bestek phase, label 'Aanhouden' (noted); entry radius unchanged "
             "(disagrees); one row: guard rail over 600 of 900 m, trees stay (4.4 partly) and driveways not "
             "bundled (4.6 disagrees); the 4.5 row (no recommendation), 'Overige punten' (signposting), "
             "'Financiële gevolgen' and 'Gevraagd besluit' answer nothing; 4.8 (audit of the temporary traffic "
             "measures) unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
