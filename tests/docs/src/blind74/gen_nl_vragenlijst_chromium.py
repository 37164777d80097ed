"""Round 74 (nl): the ANNUAL REPORT of the INSPECTEUR-GENERAAL DER KRIJGSMACHT (ombudsman and inspector for the armed
forces), answered in a Tweede Kamer 'LIJST VAN VRAGEN EN ANTWOORDEN' (the standing committee's written factual
questions on the report and the minister's numbered answers, printed as a Kamerstuk).

Advice: 'Jaarverslag 2025 Inspecteur-Generaal der Krijgsmacht' (content invented), 2-3 p.: a foreword; a 'Kerncijfers'
table; chapters 2-5 where each recommendation stands in a shaded box 'Aanbeveling 2.1' ... '5.1' (numbers are the box
labels); traps: the Militaire Ambtenarenwet duty, the IGK's 2023 recommendation quoted, complainants' 'moet',
'zou ... moeten', a summary paraphrase 'In het kort'.
Response: Kamerstuk 36 921 X, nr. 6 (invented), 2 p.: the standard 'Vastgesteld' opening with the committee's
chair and clerk (nothing); numbered questions 1-10 with 'Antwoord': 1 meldingen figures (nothing); 2 = 4.2
agrees; 3 = 2.1 agrees + 2.2 disagrees in ONE answer; 4 = 3.1 partly; 5 = 5.1 agrees; 6 the IGK's budget (nothing);
7 = 4.1 noted; 8 Caribbean visits (nothing); 3.2 (vertrouwenspersonen) unanswered. The questions paraphrase some
recommendations without their numbers.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face).

Run: /tmp/blind74nl/bin/python tests/docs/src/blind74/gen_nl_vragenlijst_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b74nl as B  # noqa: E402

NAME = "blind74_nl_vragenlijst"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B74NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S74", SANS) + fonts("R74", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.2mm 0; text-align: justify; }
"""

ACSS = BASE + """
@page { size: A4; margin: 22mm 22mm 20mm 22mm;
  @top-left { content: "IGK Jaarverslag 2025"; font-family: S74; font-size: 7.5pt; color: #555; }
  @bottom-right { content: counter(page); font-family: S74; font-size: 8pt; color: #555; } }
@page:first { @top-left { content: none; } }
body { font-family: S74; font-size: 9.4pt; line-height: 1.45; color: #111; }
.band { background: #2b3a55; color: #fff; padding: 6mm 6mm 5mm 6mm; margin-bottom: 5mm; }
.band .t { font-size: 20pt; font-weight: bold; margin: 0; text-align: left; }
.band .s { font-size: 9pt; margin: 1mm 0 0 0; text-align: left; }
h2 { font-size: 12pt; color: #2b3a55; margin: 5mm 0 2mm 0; border-bottom: 0.6pt solid #2b3a55; }
.box { background: #e9edf3; border-left: 2.2mm solid #c8a040; padding: 2.5mm 4mm; margin: 2mm 0 3.5mm 0;
  break-inside: avoid; }
.box .l { font-weight: bold; font-size: 8.4pt; color: #2b3a55; margin: 0 0 1mm 0; text-transform: uppercase;
  letter-spacing: 0.4pt; }
.box p { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 1mm 0 1mm 0; }
td, th { border-bottom: 0.5pt solid #999; padding: 1.2mm 2mm; text-align: left; }
th { background: #2b3a55; color: #fff; }
td.n { text-align: right; }
.cap { font-size: 7.6pt; color: #555; font-style: italic; }
.q { margin: 0 10mm 2.2mm 10mm; font-style: italic; }
"""

RCSS = BASE + """
@page { size: A4; margin: 24mm 25mm 20mm 25mm;
  @top-right { content: "Tweede Kamer, vergaderjaar 2025-2026, 36 921 X, nr. 6"; font-family: R74; font-size: 7.6pt; }
  @bottom-center { content: counter(page); font-family: R74; font-size: 8pt; } }
@page:first { @top-right { content: none; } }
body { font-family: R74; font-size: 9.4pt; line-height: 1.42; color: #000; }
.tk { font-family: S74; font-size: 8.6pt; font-weight: bold; margin-bottom: 4mm; }
.ks { font-size: 10.5pt; font-weight: bold; margin: 0 0 0.6mm 0; text-align: left; }
.nr { font-weight: bold; margin: 3mm 0 1mm 0; }
.t { font-weight: bold; font-size: 10pt; margin: 3mm 0 4mm 0; text-align: left; }
.vr { margin: 3.2mm 0 1.2mm 0; padding-left: 8mm; text-indent: -8mm; }
.an { font-weight: bold; margin: 0 0 0.8mm 8mm; }
.at { margin-left: 8mm; }
.rule { border-top: 0.5pt solid #000; margin: 2mm 0 3mm 0; }
"""


def P(t, cls=""):
    c = f" class='{cls}'" if cls else ""
    return f"<p{c}>{t}</p>"


def box(label, text):
    return f"<div class='box'><p class='l'>{label}</p><p>{text}</p></div>"


def advice():
    h = ["<div class='band'><p class='t'>Jaarverslag 2025</p><p class='s'>Inspecteur-Generaal der Krijgsmacht"
         " &mdash; ombudsman voor militairen en veteranen</p></div>",
         "<h2>1. Voorwoord</h2>",
         P("In 2025 ontving ik 1.184 meldingen, twaalf procent meer dan in het jaar daarvoor. De meeste gingen over "
           "huisvesting, over de afhandeling van klachten en over de lange wachttijden in de zorg. Op grond van de "
           "Militaire Ambtenarenwet 1931 moet Defensie een veilige werkomgeving bieden; dat is in 2025 niet overal "
           "gelukt. In dit verslag doe ik zeven aanbevelingen. In het kort: repareer de gebouwen, maak klagen "
           "eenvoudiger en verkort de wachttijden."),
         "<table><tr><th>Kerncijfers</th><th>2024</th><th>2025</th></tr>"
         "<tr><td>Meldingen totaal</td><td class='n'>1.057</td><td class='n'>1.184</td></tr>"
         "<tr><td>waarvan huisvesting en legering</td><td class='n'>212</td><td class='n'>297</td></tr>"
         "<tr><td>waarvan klachtbehandeling</td><td class='n'>148</td><td class='n'>163</td></tr>"
         "<tr><td>Werkbezoeken aan eenheden</td><td class='n'>41</td><td class='n'>46</td></tr></table>",
         P("Tabel 1. Meldingen en werkbezoeken IGK 2024-2025", "cap"),
         "<h2>2. Huisvesting en legering</h2>",
         P("Tijdens werkbezoeken aan de kazernes in Havelte, Oirschot en Assen zag ik legeringsgebouwen met "
           "schimmel, kapotte verwarming en sanitair dat al maanden niet werkt. Militairen vertelden mij dat een "
           "gebouw waarin je moet slapen minstens warm en droog moet zijn. In 2023 beval ik al aan "
           "<i>\u2018de urgentste gebreken binnen een jaar te verhelpen\u2019</i>; dat is slechts voor een deel gebeurd."),
         box("Aanbeveling 2.1", "Herstel vóór de winter van 2026 de verwarming en ventilatie in alle "
             "legeringsgebouwen die bij de inspectie van 2025 als onvoldoende zijn beoordeeld."),
         P("Door de renovaties verblijven veel militairen langdurig op tijdelijke locaties, soms ver van hun "
           "eenheid. Zij maken hogere reiskosten, die nu niet worden vergoed."),
         box("Aanbeveling 2.2", "Geef militairen die langer dan zes maanden op een tijdelijke legeringslocatie "
             "verblijven een aanvullende vergoeding voor reiskosten en ongemak."),
         "<h2>3. Klachten en integriteit</h2>",
         P("Militairen en burgerpersoneel hebben verschillende klachtregelingen, met verschillende termijnen en "
           "verschillende loketten. Dat verwart melders en leidt ertoe dat klachten blijven liggen. Een van de "
           "melders schreef mij dat Defensie \u2018gewoon één loket zou moeten hebben voor iedereen\u2019."),
         box("Aanbeveling 3.1", "Breng de klachtregelingen voor militairen en burgerpersoneel samen in één "
             "regeling met één loket en een beslistermijn van ten hoogste acht weken."),
         P("Vertrouwenspersonen integriteit zijn nu in dienst van de eenheid waarover zij melding ontvangen. "
           "Meerdere melders gaven aan daardoor geen melding te durven doen."),
         box("Aanbeveling 3.2", "Plaats de vertrouwenspersonen integriteit buiten de lijn, in een onafhankelijke "
             "dienst die rechtstreeks aan de secretaris-generaal rapporteert."),
         "<h2>4. Zorg</h2>",
         P("De Defensie Materieel Organisatie levert persoonlijke uitrusting nog steeds met grote vertraging. "
           "Gevechtslaarzen in kleine maten waren in 2025 gemiddeld vijf maanden niet leverbaar."),
         box("Aanbeveling 4.1", "Laat de Defensie Materieel Organisatie elk kwartaal rapporteren over de "
             "leveringstermijnen van persoonlijke uitrusting, uitgesplitst naar artikel en maat."),
         P("De wachttijd voor een eerste gesprek bij de militaire geestelijke gezondheidszorg liep op tot "
           "gemiddeld elf weken. Volgens de Treeknormen zou een eerste gesprek binnen vier weken moeten "
           "plaatsvinden."),
         box("Aanbeveling 4.2", "Verkort de wachttijd voor een eerste gesprek bij de militaire geestelijke "
             "gezondheidszorg tot ten hoogste zes weken, zo nodig door inzet van civiele zorgaanbieders."),
         "<h2>5. Medezeggenschap</h2>",
         P("Bij de reorganisatie van de logistieke eenheden werd de medezeggenschapscommissie pas ingeschakeld "
           "toen het plan al vaststond. Dat vergroot het wantrouwen."),
         box("Aanbeveling 5.1", "Betrek de medezeggenschap bij elke reorganisatie al in de verkennende fase, "
             "voordat een voorkeursvariant is gekozen."),
         P("Den Haag, maart 2026<br/><br/>Generaal-majoor b.d. M.E. Stapelkamp<br/>Inspecteur-Generaal der "
           "Krijgsmacht"),
         ]
    B.chromium_pdf(f"<html><head><meta charset='utf-8'><style>{ACSS}</style></head><body>{''.join(h)}"
                   "</body></html>", NAME + "_advice.pdf")


QA = [
    ("Hoeveel van de 1.184 meldingen in 2025 zijn gegrond verklaard?",
     "Van de 1.184 meldingen zijn er 406 door de IGK onderzocht. Daarvan zijn er 271 geheel of gedeeltelijk "
     "gegrond verklaard. De overige meldingen zijn doorverwezen of door bemiddeling opgelost."),
    ("Hoe lang moeten militairen nu wachten op een eerste gesprek bij de militaire geestelijke "
     "gezondheidszorg, en wat gaat u daaraan doen?",
     "De gemiddelde wachttijd bedraagt op dit moment negen weken. Ik neem de aanbeveling van de IGK over: per "
     "1 september 2026 geldt een maximale wachttijd van zes weken. Waar dat niet lukt, wordt de militair "
     "doorverwezen naar een van de drie civiele zorgaanbieders waarmee Defensie een contract heeft gesloten."),
    ("Hoe reageert u op wat de IGK schrijft over de staat van de legeringsgebouwen en over de militairen die "
     "tijdelijk elders zijn gelegerd?",
     "De achttien gebouwen die bij de inspectie van 2025 als onvoldoende zijn beoordeeld, krijgen vóór 1 november "
     "2026 nieuwe verwarmingsketels en ventilatie; de opdrachten daarvoor zijn verleend. Een aparte vergoeding "
     "voor tijdelijke legering voer ik niet in. Militairen op een tijdelijke locatie hebben al recht op "
     "vergoeding van woon-werkverkeer op grond van de bestaande regeling, en een extra vergoeding zou leiden tot "
     "ongelijkheid met collega's die in de eigen kazerne onder slechte omstandigheden verblijven."),
    ("Bent u bereid de klachtregelingen voor militairen en burgerpersoneel samen te voegen?",
     "Vanaf 1 januari 2027 is er één centraal meldpunt voor klachten van militairen en burgerpersoneel. De "
     "regelingen zelf blijven gescheiden, omdat de rechtspositie van beide groepen verschilt; wel wordt de "
     "beslistermijn in beide regelingen gelijkgetrokken op acht weken."),
    ("Hoe wordt de medezeggenschap voortaan bij reorganisaties betrokken?",
     "Ik onderschrijf de aanbeveling. Het reorganisatiebeleid wordt zo aangepast dat de "
     "medezeggenschapscommissie al in de verkennende fase een adviesaanvraag ontvangt. De wijziging gaat in op "
     "1 juli 2026."),
    ("Wat is het budget van de IGK in 2026 en hoeveel medewerkers heeft de IGK?",
     "Het budget van de IGK bedraagt in 2026 3,4 miljoen euro. De IGK heeft achttien medewerkers, onder wie "
     "zes onderzoekers."),
    ("Wanneer wordt de Kamer geïnformeerd over de leveringstermijnen van persoonlijke uitrusting?",
     "Ik heb kennisgenomen van de aanbeveling over de leveringstermijnen. De Kamer ontvangt twee keer per jaar de "
     "voortgangsrapportage materieel; ik zal bezien of daarin meer gegevens over persoonlijke uitrusting kunnen "
     "worden opgenomen."),
    ("Heeft de IGK in 2025 ook eenheden in het Caribisch gebied bezocht?",
     "Ja. De IGK bezocht in november 2025 de mariniers op Aruba en de eenheden van de Kustwacht op Curaçao."),
]


def response():
    h = ["<p class='tk'>Tweede Kamer der Staten-Generaal</p>",
         "<p>Vergaderjaar 2025-2026</p><div class='rule'></div>",
         "<p class='ks'>36 921 X</p><p>Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) "
         "voor het jaar 2026</p>",
         "<p class='nr'>Nr. 6</p><p class='t'>LIJST VAN VRAGEN EN ANTWOORDEN</p>",
         P("Vastgesteld 22 mei 2026"),
         P("De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Minister van Defensie over "
           "het Jaarverslag 2025 van de Inspecteur-Generaal der Krijgsmacht (Kamerstuk 36 921 X, nr. 4)."),
         P("De Minister heeft deze vragen beantwoord bij brief van 20 mei 2026. Vragen en antwoorden zijn hierna "
           "afgedrukt."),
         P("De voorzitter van de commissie,<br/>Van der Houwen<br/><br/>De griffier van de commissie,<br/>"
           "Oosterbeek-Lam"),
         "<div class='rule'></div>"]
    for i, (q, a) in enumerate(QA, 1):
        h.append(f"<p class='vr'>{i}<span style='display:inline-block;width:8mm'></span>{q}</p>")
        h.append("<p class='an'>Antwoord</p>")
        h.append(P(a, "at"))
    B.chromium_pdf(f"<html><head><meta charset='utf-8'><style>{RCSS}</style></head><body>{''.join(h)}"
                   "</body></html>", NAME + "_response.pdf")


RECS = [
    ("2.1", "Herstel vóór de winter van 2026 de verwarming en ventilatie in alle",
     "krijgen vóór 1 november 2026 nieuwe verwarmingsketels en ventilatie", "agrees"),
    ("2.2", "Geef militairen die langer dan zes maanden op een tijdelijke legeringslocatie",
     "Een aparte vergoeding voor tijdelijke legering voer ik niet in", "disagrees"),
    ("3.1", "Breng de klachtregelingen voor militairen en burgerpersoneel samen in één regeling",
     "De regelingen zelf blijven gescheiden", "partly"),
    ("3.2", "Plaats de vertrouwenspersonen integriteit buiten de lijn, in een onafhankelijke dienst", None,
     "unanswered"),
    ("4.1", "Laat de Defensie Materieel Organisatie elk kwartaal rapporteren over de leveringstermijnen",
     "Ik heb kennisgenomen van de aanbeveling over de leveringstermijnen", "noted"),
    ("4.2", "Verkort de wachttijd voor een eerste gesprek bij de militaire geestelijke gezondheidszorg",
     "per 1 september 2026 geldt een maximale wachttijd van zes weken", "agrees"),
    ("5.1", "Betrek de medezeggenschap bij elke reorganisatie al in de verkennende fase",
     "Het reorganisatiebeleid wordt zo aangepast dat de", "agrees"),
]
UNMATCHED = [
    "De vaste commissie voor Defensie heeft een aantal vragen voorgelegd",
    "Daarvan zijn er 271 geheel of gedeeltelijk gegrond verklaard",
    "Het budget van de IGK bedraagt in 2026 3,4 miljoen euro",
    "de mariniers op Aruba en de eenheden van de Kustwacht",
]
NOTES = ("ANNUAL REPORT of the INSPECTEUR-GENERAAL DER KRIJGSMACHT answered in a Tweede Kamer 'LIJST VAN VRAGEN EN "
         "ANTWOORDEN' (the committee's written questions on the report and the minister's numbered answers). The "
         "IGK, the Militaire Ambtenarenwet 1931, the Defensie Materieel Organisatie, the Treeknormen, the Tweede Kamer "
         "and its committee are real; the report, its figures, the Kamerstuk number, the people and everything the "
         "documents say are invented. Recommendations: seven shaded boxes 'Aanbeveling 2.1' ... '5.1' (numbers are "
         "the labels) between findings. Traps: the foreword's law duty ('moet ... bieden'), 'In dit verslag doe ik "
         "zeven aanbevelingen. In het kort: ...', the Kerncijfers table, the 2023 recommendation quoted, the "
         "soldiers' 'moet', a complainant's 'zou moeten hebben', the Treeknormen 'zou ... moeten'. Response: "
         "'Vastgesteld' opening (nothing); questions 1-8 each with an 'Antwoord'; the questions paraphrase some "
         "recommendations without their numbers; 1 (meldingen), 6 (budget) and 8 (Caribbean) answer nothing; 2 = 4.2 "
         "agrees; ONE answer 3 = 2.1 agrees + 2.2 disagrees; 4 = 3.1 partly (one central desk and one term, but two "
         "regulations); 5 = 5.1 agrees; 7 = 4.1 noted ('kennisgenomen ... zal bezien'); 3.2 unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
