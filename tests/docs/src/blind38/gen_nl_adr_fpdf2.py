"""Round 38 (nl, Rijk): an (invented) AUDITRAPPORT of the Auditdienst Rijk on the execution of the subsidy scheme
'Subsidieregeling Verduurzaming MKB' (SVM) by RVO, commissioned by the DG Klimaat en Energie of the ministry of KGG,
answered in the MINUTES (verslag) of the ministry's departmental auditcommittee, where the director of RVO reacts
per recommendation and the committee records decisions and actions.
Advice: A4, ADR letterhead block, kenmerk table, research questions 1-3 (questions: traps), a management summary with
the overall opinion and the 'belangrijkste aanbevelingen' in short form (unnumbered, traps), a table of figures
(applications, sample, errors), findings per area in a grid 'Bevinding Bn / Risico / Aanbeveling An (prioriteit)',
the status table of three 2023 ADR recommendations (imperatives: traps), Awb and Kaderbesluit articles; the seven
recommendations coded A1-A7. Response: minutes with attendance list, agenda items 1-6; item 3 holds the replies in
another order (A6, then A3 + A4 in one contribution with different verdicts, A1, A2, A5); A7 unanswered; items 4
(jaarrekening 2025) and 5 (Woo) answer nothing; an 'Actielijst' table at the end restates actions.
Engine: fpdf2 (DejaVu, no text shaping, so no ligatures).

Run: /tmp/blind38nl/bin/python tests/docs/src/blind38/gen_nl_adr_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b38nl as B  # noqa: E402

NAME = "blind38_nl_adr"
DV = "/usr/share/fonts/truetype/dejavu/"
BLUE = (21, 66, 115)
PALE = (226, 236, 246)
GREY = (90, 90, 90)


class Doc(FPDF):
    head = ""
    foot = ""

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_margins(24, 24, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 3, 20, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 11)
        self.cell(0, 4, self.head)
        self.set_draw_color(*BLUE)
        self.line(self.l_margin, 16, 210 - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=11):
        self.ln(2)
        if self.get_y() > 248:
            self.add_page()
        self.set_font("dv", "B", size)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def p(self, t, size=9, style="", indent=0, h=4.7):
        self.set_font("dv", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, h, t, align="J")
        self.ln(1.6)

    def grid(self, rows, w1=34, size=8.6, fill_first=True):
        for k, v, *st in rows:
            if self.get_y() > 262:
                self.add_page()
            y = self.get_y()
            self.set_font("dv", st[0] if st else "", size)
            self.set_xy(self.l_margin + w1, y)
            self.multi_cell(0, 4.9, v, border="B", new_x="LMARGIN", new_y="NEXT")
            h = max(self.get_y() - y, 4.9)
            self.set_fill_color(*PALE)
            if fill_first:
                self.rect(self.l_margin, y, w1, h, style="F")
            self.set_font("dv", "B", size)
            self.set_xy(self.l_margin, y)
            self.multi_cell(w1, 4.9, k, new_x="LMARGIN", new_y="NEXT")
            self.set_y(y + h + 0.6)


def finding(d, bcode, btxt, risk, acode, prio, atxt):
    if d.get_y() > 215:
        d.add_page()
    d.grid([(f"Bevinding {bcode}", btxt), ("Risico", risk),
            (f"Aanbeveling {acode}\nprioriteit: {prio}", atxt, "B")])
    d.ln(2)


def advice():
    d = Doc()
    d.head = "Auditdienst Rijk | Auditrapport uitvoering Subsidieregeling Verduurzaming MKB | ADR/2026/0231"
    d.foot = "Auditdienst Rijk | Definitief"
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(105, 0, 8, 30, style="F")
    d.set_xy(116, 10)
    d.set_font("dv", "B", 9)
    d.cell(0, 4.5, "Auditdienst Rijk", new_x="LMARGIN", new_y="NEXT")
    d.set_x(116)
    d.set_font("dv", "", 8)
    d.cell(0, 4, "Ministerie van Financiën", new_x="LMARGIN", new_y="NEXT")
    d.set_y(42)
    d.set_font("dv", "B", 17)
    d.set_text_color(*BLUE)
    d.multi_cell(0, 8, "Auditrapport\nUitvoering Subsidieregeling Verduurzaming MKB door RVO")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.grid([("Opdrachtgever", "directeur-generaal Klimaat en Energie, ministerie van Klimaat en Groene Groei"),
            ("Auditobject", "uitvoering van de Subsidieregeling Verduurzaming MKB (SVM) door de Rijksdienst voor "
                            "Ondernemend Nederland (RVO), openstellingen 2024 en 2025"),
            ("Datum", "20 februari 2026"), ("Kenmerk", "ADR/2026/0231"), ("Status", "Definitief"),
            ("Auditteam", "drs. K. Wiersema RA (auditmanager), M. el Idrissi MSc, J. Posthumus")])
    d.hd("1  Inleiding")
    d.p("De SVM verstrekt subsidie aan mkb-ondernemers voor energieadvies en voor investeringen in "
        "energiebesparing. In de openstellingen 2024 en 2025 is in totaal € 142,6 miljoen aangevraagd. De "
        "regeling is gebaseerd op het Kaderbesluit EZK-/LNV-subsidies; RVO voert haar uit in mandaat. De "
        "directeur-generaal Klimaat en Energie heeft de Auditdienst Rijk (ADR) gevraagd de beheersing van de "
        "uitvoering te onderzoeken. Wij hebben daarbij de volgende onderzoeksvragen beantwoord:")
    for i, q in enumerate(["Is de opzet van de beheersmaatregelen in het aanvraag- en verleningsproces toereikend "
                           "om onjuiste verleningen te voorkomen?",
                           "Hoe geeft RVO invulling aan de aanpak van misbruik en oneigenlijk gebruik (M&O)?",
                           "Worden subsidies rechtmatig vastgesteld en is de IT-omgeving daarbij voldoende "
                           "beheerst?"], 1):
        d.p(f"{i}.  {q}", indent=4)
    d.p("Het onderzoek is uitgevoerd van oktober 2025 tot en met januari 2026 volgens de Internal Auditing "
        "Standards. Het concept van dit rapport is op 9 februari 2026 besproken met de directie van RVO; de "
        "reactie van RVO is verwerkt voor zover het feitelijke onjuistheden betrof.")
    d.hd("2  Managementsamenvatting")
    d.p("Ons oordeel: de opzet en het bestaan van de beheersmaatregelen in de uitvoering van de SVM zijn "
        "grotendeels toereikend. De werking schiet op onderdelen tekort, vooral in de aanpak van M&O en in het "
        "beheer van autorisaties. In onze steekproef van 120 dossiers vonden wij in 9 dossiers een fout of "
        "onzekerheid, met een totale omvang van € 1,84 miljoen.", style="B")
    d.p("De belangrijkste verbeterpunten zijn, kort samengevat: het vastleggen van de controles op KvK- en "
        "btw-gegevens, een jaarlijkse M&O-risicoanalyse die de omvang van de controles ter plaatse bepaalt, en een "
        "tijdige intrekking van autorisaties. Hoofdstuk 3 bevat al onze bevindingen en aanbevelingen met hun "
        "prioriteit.")
    d.set_font("dv", "B", 8.4)
    d.set_fill_color(*BLUE)
    d.set_text_color(255, 255, 255)
    cols = [(62, "Kengetal"), (34, "Openstelling 2024"), (34, "Openstelling 2025"), (0, "Totaal")]
    for w, t in cols:
        d.cell(w, 6, " " + t, fill=True, new_x="RIGHT", new_y="TOP")
    d.ln(6)
    d.set_text_color(0, 0, 0)
    d.set_font("dv", "", 8.4)
    for r in [("Aanvragen ontvangen", "3.912", "4.405", "8.317"),
              ("Aanvragen verleend", "3.240", "3.786", "7.026"),
              ("Verleend bedrag (mln euro)", "61,8", "80,8", "142,6"),
              ("Dossiers in steekproef ADR", "55", "65", "120"),
              ("Dossiers met fout of onzekerheid", "4", "5", "9"),
              ("Omvang fouten en onzekerheden (mln euro)", "0,71", "1,13", "1,84")]:
        for w, t in zip((62, 34, 34, 0), r):
            d.cell(w, 5.4, " " + t, border="B", new_x="RIGHT", new_y="TOP")
        d.ln(5.4)
    d.set_font("dv", "I", 7.6)
    d.cell(0, 5, "Tabel 1  Kengetallen SVM en uitkomsten steekproef (bron: RVO, bewerking ADR)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("3  Bevindingen en aanbevelingen")
    d.p("Per onderdeel geven wij de bevinding, het risico en onze aanbeveling. De prioriteit (hoog, midden, laag) "
        "geeft aan hoe snel opvolging nodig is; de classificatie staat in bijlage 1.")
    d.hd("3.1  Aanvraag- en verleningsproces", 10)
    finding(d, "B1", "De werkinstructie schrijft een controle op de KvK- en btw-gegevens van de aanvrager voor, "
                     "maar niet welke gegevens worden gecontroleerd. In 14 van de 120 dossiers was niet vastgelegd "
                     "dat de controle was uitgevoerd.",
            "Subsidie wordt verleend aan een onderneming die niet tot de doelgroep behoort.", "A1", "hoog",
            "Leg in de werkinstructie vast welke controles op de KvK- en btw-gegevens bij elke aanvraag worden "
            "uitgevoerd en borg dat de uitkomst in het aanvraagdossier wordt vastgelegd.")
    finding(d, "B2", "De geautomatiseerde toets op de de-minimisdrempel telt alleen steun uit de SVM zelf mee. "
                     "Steun uit andere regelingen die RVO uitvoert, blijft buiten beeld, hoewel de aanvrager die "
                     "volgens artikel 6 van de regeling zou moeten melden.",
            "Overschrijding van de de-minimisdrempel en terugvordering door de Europese Commissie.", "A2",
            "midden", "Pas de geautomatiseerde toets op de de-minimisdrempel aan, zodat ook steun uit andere door "
                      "RVO uitgevoerde regelingen wordt meegeteld.")
    d.hd("3.2  Misbruik en oneigenlijk gebruik", 10)
    finding(d, "B3", "De M&O-risicoanalyse dateert van de eerste openstelling in 2022 en is sindsdien niet "
                     "bijgewerkt. Het aantal controles ter plaatse (25 per jaar) is niet onderbouwd.",
            "Nieuwe fraudepatronen, zoals facturen van gelieerde installateurs, worden niet tijdig onderkend.",
            "A3", "hoog", "Actualiseer de M&O-risicoanalyse van de SVM jaarlijks en stem de omvang van de "
                          "steekproef voor controles ter plaatse af op de uitkomst daarvan.")
    finding(d, "B4", "Signalen van mogelijk misbruik komen binnen bij het klantcontactcentrum, bij behandelaars en "
                     "bij de afdeling Controle. Zij worden op drie plaatsen vastgelegd; de opvolging is niet "
                     "centraal te volgen.",
            "Signalen worden niet of dubbel opgevolgd; er is geen beeld van de aard en omvang van misbruik.",
            "A4", "midden", "Richt een centrale registratie in van signalen van misbruik en van de opvolging "
                            "daarvan, en rapporteer daarover per kwartaal aan de opdrachtgever.")
    d.hd("3.3  Vaststelling", 10)
    finding(d, "B5", "Vaststellingen boven € 125.000 worden door één behandelaar beoordeeld. Artikel 4:46 Awb "
                     "en de regeling vereisen geen tweede beoordeling, maar in 4 van de 9 foutieve dossiers ging "
                     "het om zulke bedragen.",
            "Onjuiste vaststelling van hoge bedragen blijft onopgemerkt.", "A5", "hoog",
            "Laat vaststellingen boven € 125.000 door een tweede, onafhankelijke behandelaar van de afdeling "
            "Controle beoordelen voordat de beschikking wordt verzonden.")
    d.hd("3.4  IT-beheersing", 10)
    finding(d, "B6", "Van 11 medewerkers die in 2025 de afdeling verlieten, hadden er 7 na een maand nog toegang "
                     "tot het subsidiesysteem; 2 van hen hadden schrijfrechten.",
            "Ongeautoriseerde wijzigingen in dossiers en betaalgegevens.", "A6", "midden",
            "Trek autorisaties van vertrokken medewerkers binnen vijf werkdagen in en controleer alle "
            "autorisaties in het subsidiesysteem elk kwartaal.")
    finding(d, "B7", "Wijzigingen van bankrekeningnummers van subsidieontvangers worden wel uitgevoerd maar niet "
                     "gelogd. Het contract met de leverancier bevat hierover geen afspraak.",
            "Betaling op een onjuist rekeningnummer zonder dat achteraf is na te gaan wie de wijziging deed.",
            "A7", "laag", "Maak met de leverancier van het subsidiesysteem afspraken over het loggen van "
                          "wijzigingen in bankrekeningnummers en over het bewaren van die logging.")
    d.hd("4  Opvolging eerdere aanbevelingen")
    d.p("In ons rapport over de SVM van 2023 (ADR/2023/0877) deden wij drie aanbevelingen. De stand van zaken is:")
    d.grid([("2023-1", "'Leg de vierogencontrole bij verlening vast in het zaaksysteem.'  Status: opgevolgd."),
            ("2023-2", "'Stel een draaiboek op voor het sluiten van de regeling bij overtekening.'  Status: "
                       "opgevolgd."),
            ("2023-3", "'Actualiseer de uitvoeringstoets bij elke wijziging van de regeling.'  Status: "
                       "gedeeltelijk opgevolgd; zie ook bevinding B3.")], w1=20)
    d.hd("Bijlage 1  Classificatie van aanbevelingen", 10)
    d.p("Hoog: opvolging binnen drie maanden; het risico kan leiden tot een fout van materieel belang. Midden: "
        "opvolging binnen zes maanden. Laag: opvolging binnen twaalf maanden, of bij de eerstvolgende "
        "aanpassing van processen en systemen.", size=8.4)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc()
    d.head = "Verslag 47e vergadering Auditcommittee KGG | 19 maart 2026 | vastgesteld 23 april 2026"
    d.foot = "Ministerie van Klimaat en Groene Groei | Auditcommittee | Intern"
    d.add_page()
    d.set_font("dv", "B", 10)
    d.cell(0, 5, "Ministerie van Klimaat en Groene Groei", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Auditcommittee | secretariaat FEZ", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.set_font("dv", "B", 14)
    d.multi_cell(0, 7, "Verslag van de 47e vergadering van het Auditcommittee")
    d.ln(2)
    d.grid([("Datum", "donderdag 19 maart 2026, 14.00-16.30 uur"),
            ("Locatie", "Bezuidenhoutseweg 73, Den Haag, zaal 5.12"),
            ("Leden", "mr. A.C. Rozendaal (voorzitter, secretaris-generaal), drs. F. Kalkman RA (extern lid), "
                      "ir. L. Oudshoorn (extern lid), drs. M.J. Wessel (directeur FEZ)"),
            ("Overig aanwezig", "drs. K. Wiersema RA (ADR), ing. P. van Dalen (directeur RVO Duurzaam "
                                "Ondernemen, bij punt 3), B. Cornelisse (DG Klimaat en Energie, bij punt 3)"),
            ("Secretaris", "S. Haverkamp (FEZ)")], w1=30)
    d.ln(2)
    d.hd("1  Opening en mededelingen", 10)
    d.p("De voorzitter opent de vergadering. Mevrouw Kalkman meldt dat zij per 1 juni 2026 lid wordt van de raad "
        "van toezicht van een energiebedrijf; de commissie ziet daarin geen belemmering, omdat het bedrijf geen "
        "subsidie ontvangt uit regelingen van KGG.")
    d.hd("2  Verslag van 12 december 2025 en actielijst", 10)
    d.p("Het verslag wordt ongewijzigd vastgesteld. Actiepunt 46-2 (rapportage inkooprechtmatigheid) is "
        "afgehandeld; actiepunt 46-4 blijft staan tot de zomer.")
    d.hd("3  Auditrapport ADR Uitvoering Subsidieregeling Verduurzaming MKB (ADR/2026/0231)", 10)
    d.p("De heer Wiersema licht het rapport toe. Het oordeel is dat de opzet en het bestaan grotendeels "
        "toereikend zijn, maar dat de werking tekortschiet bij M&O en autorisaties. Mevrouw Cornelisse laat weten "
        "dat de DG het rapport onderschrijft en de heer Van Dalen heeft gevraagd per aanbeveling te reageren.")
    d.p("De heer Van Dalen begint bij de IT-beheersing. Het opschonen van de accounts is in januari al gebeurd: "
        "alle autorisaties van vertrokken medewerkers zijn ingetrokken, en sinds 1 februari draait een "
        "kwartaalcontrole door de functioneel beheerder. Uitdiensttreding wordt nu binnen drie werkdagen "
        "verwerkt.")
    d.p("Over M&O zegt hij dat RVO de risicoanalyse voor de SVM voor de openstelling van mei 2026 herziet en "
        "daarna elk jaar; het aantal controles ter plaatse gaat daarmee van 25 naar circa 60. Een aparte "
        "registratie van signalen voor alleen de SVM vindt hij niet zinvol. RVO werkt aan een programma "
        "Fraudebeheersing voor alle regelingen; hij wil de vraag hoe signalen centraal worden vastgelegd daar "
        "onderbrengen. Een besluit daarover valt in juni. De heer Oudshoorn vraagt of dat niet te lang duurt. "
        "Van Dalen antwoordt dat het programma ook de registratie voor twintig andere regelingen raakt.")
    d.p("Wat de aanvraagfase betreft, wordt de werkinstructie voor de KvK- en btw-controle nog deze maand "
        "aangevuld met een checklist die in elk dossier wordt opgeslagen. De de-minimistoets wordt uitgebreid "
        "met de regelingen die in hetzelfde subsidiesysteem lopen; voor de regelingen in het oude systeem, "
        "ongeveer een vijfde van het totaal, blijft een handmatige controle bij twijfelgevallen nodig. Een "
        "koppeling met het oude systeem is te duur, omdat het in 2027 wordt uitgefaseerd.")
    d.p("Een vaste tweede beoordeling van vaststellingen boven € 125.000 neemt RVO niet over. De heer Van Dalen "
        "wijst erop dat RVO sinds 2025 risicogericht werkt: dossiers met een verhoogd risico krijgen een tweede "
        "beoordeling, ongeacht het bedrag. Een vaste grens zou volgens hem jaarlijks zo'n 400 extra "
        "beoordelingen vergen zonder aantoonbare winst. De heer Wiersema merkt op dat vier van de negen fouten "
        "boven die grens lagen. De voorzitter concludeert dat de commissie de keuze van RVO respecteert, maar de "
        "ADR vraagt dit punt bij de opvolgingsaudit opnieuw te bezien.")
    d.p("Besluit: het auditcommittee neemt kennis van het rapport en van de reactie van RVO. De ADR voert in het "
        "eerste kwartaal van 2027 een opvolgingsaudit uit.", style="B")
    d.hd("4  Tussentijdse bevindingen jaarrekeningcontrole 2025", 10)
    d.p("De heer Wiersema meldt dat de controle van de jaarrekening 2025 op schema ligt. Er zijn tot nu toe geen "
        "rechtmatigheidsfouten boven de rapporteringstolerantie gevonden. Wel is de onderbouwing van de "
        "voorziening voor de Nij Begun-regeling nog niet compleet; FEZ levert die uiterlijk 3 april aan.")
    d.hd("5  Voortgang afhandeling Woo-verzoeken", 10)
    d.p("De heer Wessel presenteert de cijfers: 61 procent van de Woo-verzoeken werd in 2025 binnen de wettelijke "
        "termijn afgehandeld, tegen 48 procent in 2024. De commissie vraagt in juni een nadere analyse van de "
        "langlopende verzoeken.")
    d.hd("6  Rondvraag en sluiting", 10)
    d.p("Er zijn geen vragen. De voorzitter sluit de vergadering om 16.25 uur. De volgende vergadering is op "
        "11 juni 2026.")
    d.hd("Actielijst", 10)
    d.grid([("47-1", "ADR: opvolgingsaudit SVM, eerste kwartaal 2027."),
            ("47-2", "RVO: terugkoppeling besluit programma Fraudebeheersing, vergadering juni 2026."),
            ("47-3", "FEZ: onderbouwing voorziening Nij Begun, 3 april 2026."),
            ("47-4", "FEZ: analyse langlopende Woo-verzoeken, vergadering juni 2026.")], w1=16)
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("A1", "Leg in de werkinstructie vast welke controles op de KvK-",
         "aangevuld met een checklist die in elk dossier wordt opgeslagen", "agrees"),
        ("A2", "Pas de geautomatiseerde toets op de de-minimisdrempel aan, zodat",
         "blijft een handmatige controle bij twijfelgevallen nodig", "partly"),
        ("A3", "Actualiseer de M&O-risicoanalyse van de SVM jaarlijks en stem",
         "herziet en daarna elk jaar; het aantal controles ter plaatse", "agrees"),
        ("A4", "Richt een centrale registratie in van signalen van misbruik",
         "Een aparte registratie van signalen voor alleen de SVM", "noted", ["disagrees", "partly"]),
        ("A5", "Laat vaststellingen boven € 125.000 door een tweede, onafhankelijke behandelaar",
         "tweede beoordeling van vaststellingen boven € 125.000 neemt RVO niet over", "disagrees"),
        ("A6", "Trek autorisaties van vertrokken medewerkers binnen vijf werkdagen in",
         "sinds 1 februari draait een kwartaalcontrole door de functioneel beheerder", "agrees"),
        ("A7", "Maak met de leverancier van het subsidiesysteem afspraken over het",
         None, "unanswered"),
    ]
    unmatched = ["controle van de jaarrekening 2025 op schema ligt",
                 "binnen de wettelijke termijn afgehandeld, tegen 48 procent in 2024"]
    notes = ("Auditdienst Rijk audit report on the SVM subsidy scheme run by RVO: research questions 1.-3., a "
             "management summary with the overall opinion and the main improvement points in short form, a table of "
             "figures, then per area a grid 'Bevinding Bn / Risico / Aanbeveling An, prioriteit' with the seven "
             "recommendations A1-A7 (imperatives); traps: findings with 'zou ... moeten melden', Awb article 4:46, "
             "the status table of the three 2023 recommendations (quoted imperatives), the classification annex. "
             "Reply = minutes of the ministry's auditcommittee, agenda item 3, the RVO director speaking, no codes: "
             "A6 (accounts cleaned, quarterly check since 1 February: agrees, already done); A3 + A4 in one "
             "paragraph (risk analysis yearly from May 2026: agrees; a separate registration 'niet zinvol', the "
             "question put into an RVO-wide programme, decision in June: noted, also disagrees/partly); A1 "
             "(checklist: agrees) and A2 (only for schemes in the same system, manual check for the rest: partly) "
             "in one paragraph; A5 ('neemt RVO niet over', risk-based second review: disagrees); A7 (logging with "
             "the supplier) unanswered. Items 4 (jaarrekening 2025) and 5 (Woo) answer nothing; item 1 and the "
             "Actielijst neither.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
