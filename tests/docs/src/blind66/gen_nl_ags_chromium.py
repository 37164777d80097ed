"""Round 66 (nl): an ADVIES of the ADVIESRAAD GEVAARLIJKE STOFFEN (AGS, the Dutch statutory advisory council on
hazardous substances) on neighbourhood and home batteries, answered by the staatssecretaris's ANTWOORDEN OP
KAMERVRAGEN (Aanhangsel van de Handelingen: written questions of two MPs about the advice, with the answers).

Advice: AGS advies, 3 p.: masthead band, title, kenmerk line, a framed 'Samenvatting' that paraphrases the advice
('De AGS vindt dat ... moeten'), then the body in TWO COLUMNS (CSS column-count): 1 Aanleiding, 2 Risico's (Tabel 1
of incidents), 3 Huidig kader (the Bal's 'moet ... melden', PGS 37-1's 'moet', the 2021 AGS advice quoted and
reported as followed), 4 Analyse en advies: SEVEN UNNUMBERED BOLD SENTENCES inside ordinary paragraphs ('De AGS
adviseert de staatssecretaris om', 'De raad beveelt aan', 'Daarnaast adviseert de AGS om', 'Wij bevelen aan om',
'De AGS adviseert gemeenten', 'Verder beveelt de raad aan dat', 'Tot slot adviseert de AGS om'); a bold
'De AGS concludeert dat' sentence (a conclusion, not advice), the veiligheidsregio's own 'zouden ... moeten';
5 Tot slot; signature.
Response: 'Aanhangsel van de Handelingen', Tweede Kamer, vragen van twee leden (ingezonden) and antwoord van de
staatssecretaris (ontvangen): Vraag 1-8 each followed by its Antwoord; the questions paraphrase the advice.
Antwoord 1 (aware of it: nothing), 2 (figures: nothing), 3 = rec 6 noted, 4 = recs 3 (agrees) + 1 (disagrees) in one
answer, 5 = rec 7 agrees, 6 = rec 2 partly, 7 = rec 4 agrees, 8 (timing: nothing); rec 5 (to gemeenten) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, @page margin boxes).

Run: /tmp/blind66nl/bin/python tests/docs/src/blind66/gen_nl_ags_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b66nl as B  # noqa: E402

NAME = "blind66_nl_ags"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B66NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S66", SANS) + fonts("R66", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.2mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 17mm 18mm 19mm 18mm;
  @top-right { content: "AGS-advies 2026/02  |  Buurtbatterijen en thuisbatterijen"; font-family: S66;
    font-size: 7pt; color: #6a6a6a; }
  @bottom-left { content: "Adviesraad Gevaarlijke Stoffen"; font-family: S66; font-size: 7pt; color: #6a6a6a; }
  @bottom-right { content: counter(page) " | " counter(pages); font-family: S66; font-size: 7.4pt;
    color: #6a6a6a; } }
@page:first { @top-right { content: none; } }
body { font-family: S66; font-size: 8.9pt; line-height: 1.42; color: #1a1a1a; }
.band { background: #a3151d; color: #fff; padding: 4mm 5mm; margin-bottom: 4mm; }
.band .org { font-weight: bold; font-size: 11pt; letter-spacing: 0.3pt; }
.band .sub { font-size: 7.6pt; }
.title { font-weight: bold; font-size: 16pt; color: #a3151d; margin: 0 0 1.5mm 0; line-height: 1.2; }
.stitle { font-size: 10.5pt; color: #333; margin: 0 0 3mm 0; }
.ken { font-size: 7.8pt; color: #555; border-top: 0.5pt solid #aaa; border-bottom: 0.5pt solid #aaa;
  padding: 1.2mm 0; margin-bottom: 4mm; }
.sam { border: 1pt solid #a3151d; background: #fbf1f1; padding: 3mm 4.5mm; margin-bottom: 5mm; }
.sam h2 { margin: 0 0 1.5mm 0; font-size: 10pt; color: #a3151d; }
.sam p { font-size: 8.6pt; text-align: justify; }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; }
h2 { font-size: 10pt; color: #a3151d; margin: 3.5mm 0 1.6mm 0; break-after: avoid; }
h3 { font-size: 9pt; margin: 2.5mm 0 1mm 0; break-after: avoid; }
.t1 { width: 100%; margin: 1mm 0 1mm 0; font-size: 7.6pt; break-inside: avoid; }
.t1 th { background: #a3151d; color: #fff; text-align: left; padding: 1mm 1.4mm; font-weight: bold; }
.t1 td { border-bottom: 0.5pt solid #c9a3a5; padding: 0.9mm 1.4mm; vertical-align: top; }
.cap { font-size: 7.4pt; font-style: italic; color: #555; text-align: left; }
.q { margin: 0 3mm 2.2mm 3mm; font-style: italic; color: #444; }
.sig { margin-top: 4mm; text-align: left; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 20mm 24mm 20mm 24mm;
  @bottom-center { content: counter(page); font-family: R66; font-size: 8pt; } }
body { font-family: R66; font-size: 9.6pt; line-height: 1.45; color: #000; }
.top { font-family: S66; font-size: 8.2pt; border-bottom: 1pt solid #000; padding-bottom: 1.5mm;
  display: flex; justify-content: space-between; margin-bottom: 6mm; }
.ah { font-family: S66; font-weight: bold; font-size: 15pt; margin: 0 0 1mm 0; }
.ahs { font-family: S66; font-size: 9pt; margin: 0 0 6mm 0; }
.nr { font-family: S66; font-weight: bold; font-size: 11pt; margin: 0 0 2mm 0; }
.intro { margin-bottom: 4mm; }
.vr { display: flex; margin: 0 0 2.4mm 0; }
.vr .n { width: 22mm; flex: none; font-family: S66; font-weight: bold; font-size: 8.8pt; }
.vr .t { flex: 1; text-align: justify; }
.vr.q .t { font-style: italic; }
.fn { font-size: 7.8pt; border-top: 0.5pt solid #000; padding-top: 1.5mm; margin-top: 5mm; width: 55%; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def advice():
    b = ["<div class='band'><div class='org'>ADVIESRAAD GEVAARLIJKE STOFFEN</div>"
         "<div class='sub'>Onafhankelijk adviesorgaan van de regering en het parlement over de veiligheid van "
         "gevaarlijke stoffen</div></div>",
         "<div class='title'>Veilig opslaan van stroom in de wijk</div>",
         "<div class='stitle'>Advies over de veiligheid van buurtbatterijen en thuisbatterijen</div>",
         "<div class='ken'>Kenmerk AGS-advies 2026/02 &nbsp;|&nbsp; Den Haag, 29 januari 2026 &nbsp;|&nbsp; "
         "Ongevraagd advies aan de staatssecretaris van Infrastructuur en Waterstaat</div>".replace("&nbsp;", " "),
         "<div class='sam'><h2>Samenvatting</h2>"
         "<p>Het aantal batterij-energieopslagsystemen in woonwijken groeit snel. Netbeheerders en gemeenten "
         "plaatsen buurtbatterijen om het elektriciteitsnet te ontlasten, en huishoudens schaffen thuisbatterijen "
         "aan. De AGS vindt dat de regels voor deze systemen moeten meegroeien met hun aantal en hun omvang. De "
         "raad ziet vooral lacunes bij de vergunningverlening, de afstand tot woningen, het zicht van de "
         "hulpdiensten op waar batterijen staan en de kennis over giftige rookgassen bij brand. Dit advies doet "
         "daarvoor voorstellen aan het Rijk en aan gemeenten.</p></div>",
         "<div class='cols'>",
         "<h2>1 Aanleiding</h2>",
         "<p>In 2025 stonden in Nederland naar schatting 1.150 buurtbatterijen met een capaciteit van meer dan "
         "50 kWh, en ruim 90.000 thuisbatterijen. Na de brand in een buurtbatterij in Zeewolde in augustus 2025, "
         "waarbij 46 woningen tijdelijk werden ontruimd, heeft de AGS besloten uit eigen beweging te adviseren. "
         "Voor dit advies sprak de raad met netbeheerders, drie veiligheidsregio's, Brandweer Nederland, het "
         "RIVM, de VNG en de installatiebranche.</p>",
         "<h2>2 Risico's</h2>",
         "<p>Lithium-ionbatterijen kunnen door een interne storing of beschadiging in thermal runaway raken. Daarbij "
         "komt in korte tijd veel warmte vrij en ontstaan brandbare en giftige gassen, waaronder fluorwaterstof. "
         "Een brand is moeilijk te blussen en kan na uren opnieuw opvlammen. Tabel 1 geeft de incidenten die de "
         "raad in kaart heeft gebracht.</p>",
         "<table class='t1'><tr><th>Jaar</th><th>Buurtbatterij</th><th>Thuisbatterij</th><th>Ontruimingen</th></tr>"
         "<tr><td>2023</td><td>2</td><td>31</td><td>1</td></tr>"
         "<tr><td>2024</td><td>4</td><td>47</td><td>2</td></tr>"
         "<tr><td>2025</td><td>7</td><td>68</td><td>5</td></tr></table>",
         "<p class='cap'>Tabel 1. Branden en ontruimingen bij batterij-energieopslagsystemen (bron: enquête AGS onder "
         "veiligheidsregio's, peildatum 1 december 2025)</p>",
         "<h2>3 Huidig kader</h2>",
         "<p>Op grond van het Besluit activiteiten leefomgeving moet wie een opslag van meer dan 20 kWh in een "
         "bedrijfsmatige omgeving exploiteert, die activiteit vooraf melden bij het bevoegd gezag. Voor "
         "buurtbatterijen in de openbare ruimte geldt geen vergunningplicht. De richtlijn PGS 37-1 bevat "
         "aanbevelingen voor de brandveiligheid; volgens die richtlijn moet een installatie op een onbrandbare "
         "ondergrond staan. De richtlijn is echter opgesteld voor bedrijfslocaties en zegt weinig over de "
         "inpassing tussen woningen.</p>",
         "<p>In zijn advies van 2021 over energieopslag in containers schreef de raad:</p>",
         "<p class='q'>'Stel voor containers met energieopslag een landelijke brandveiligheidsrichtlijn op, zodat "
         "bevoegde gezagen niet ieder hun eigen eisen formuleren.'</p>",
         "<p>Dat advies is met de publicatie van PGS 37-1 in 2023 opgevolgd. De raad stelt vast dat de richtlijn "
         "sindsdien niet is bijgewerkt, terwijl de installaties in omvang en aantal sterk zijn gegroeid.</p>",
         "<h2>4 Analyse en advies</h2>",
         "<h3>4.1 Vergunningverlening</h3>",
         "<p>Omdat buurtbatterijen onder de meldplicht vallen of zelfs buiten elke regeling, ontbreekt een moment "
         "waarop het bevoegd gezag de locatie vooraf toetst. <b>De AGS adviseert de staatssecretaris om "
         "buurtbatterijen met een capaciteit vanaf 50 kWh aan te wijzen als vergunningplichtige milieubelastende "
         "activiteit.</b> Met een vergunning kunnen eisen op maat worden gesteld aan de plaats en de uitvoering.</p>",
         "<h3>4.2 Afstand tot woningen</h3>",
         "<p>Netbeheerders hanteren nu uiteenlopende afstanden, van 2,5 tot 15 meter. Uit de berekeningen van het "
         "RIVM blijkt dat de warmtestraling bij een brand in een buurtbatterij van 200 kWh op 8 meter nog boven de "
         "grenswaarde ligt. <b>De raad beveelt aan in het Besluit kwaliteit leefomgeving een afstand van ten "
         "minste 10 meter tot woningen en kwetsbare gebouwen vast te leggen.</b> De veiligheidsregio's zouden "
         "volgens hun eigen landelijke handreiking bij afstanden onder 10 meter standaard moeten worden "
         "geraadpleegd; in de praktijk gebeurt dat nog niet overal.</p>",
         "<h3>4.3 Zicht voor de hulpdiensten</h3>",
         "<p>Brandweerlieden weten bij een melding vaak niet dat er een batterij aanwezig is. "
         "<b>Daarnaast adviseert de AGS om een landelijk register van batterij-energieopslagsystemen in te "
         "richten dat toegankelijk is voor de veiligheidsregio's.</b> Zo'n register kan aansluiten bij de "
         "bestaande registratie van aansluitingen door de netbeheerders.</p>",
         "<h3>4.4 Richtlijnen</h3>",
         "<p><b>Wij bevelen aan om de richtlijn PGS 37-1 binnen twee jaar te herzien en daarbij de ervaringen "
         "met recente branden in woonwijken te betrekken.</b> De herziening moet ook de plaatsing tussen woningen "
         "en de bereikbaarheid voor de brandweer omvatten.</p>",
         "<h3>4.5 De rol van gemeenten</h3>",
         "<p>Gemeenten geven toestemming voor het gebruik van de openbare ruimte, maar betrekken de veiligheidsregio "
         "daar lang niet altijd bij. <b>De AGS adviseert gemeenten om bij de inpassing van een buurtbatterij vooraf "
         "advies te vragen aan de veiligheidsregio.</b></p>",
         "<h3>4.6 Kennis over rookgassen</h3>",
         "<p>Over de verspreiding van fluorwaterstof en andere giftige gassen in een bebouwde omgeving is weinig "
         "bekend. <b>De AGS concludeert dat de huidige rekenmodellen voor rookgassen niet zijn gevalideerd voor "
         "batterijbranden.</b> <b>Verder beveelt de raad aan dat het RIVM onderzoek doet naar de verspreiding van "
         "giftige gassen bij een brand in een buurtbatterij.</b> De uitkomsten zijn nodig om de afstand uit 4.2 "
         "later te kunnen herijken.</p>",
         "<h3>4.7 Thuisbatterijen</h3>",
         "<p>Thuisbatterijen vallen buiten het omgevingsrecht. Veel branden ontstaan doordat een batterij in een "
         "slecht geventileerde meterkast of op zolder is geplaatst. <b>Tot slot adviseert de AGS om bewoners "
         "voorlichting te geven over een veilige plaatsing van thuisbatterijen, samen met Brandweer Nederland en "
         "de installatiebranche.</b></p>",
         "<h2>5 Tot slot</h2>",
         "<p>De raad is graag bereid dit advies toe te lichten. Het advies is ook aangeboden aan de minister van "
         "Klimaat en Groene Groei en aan de VNG.</p>",
         "<p class='sig'>Namens de Adviesraad Gevaarlijke Stoffen,<br/><br/>ir. Hendrika Zwanenburg-Alders, "
         "voorzitter<br/>drs. Okke Baarsma, secretaris</p>",
         "</div>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def qa(kind, n, t):
    lab = f"Vraag {n}" if kind == "v" else f"Antwoord {n}"
    cls = "vr q" if kind == "v" else "vr"
    return f"<div class='{cls}'><div class='n'>{lab}</div><div class='t'>{t}</div></div>"


def response():
    b = ["<div class='top'><span>Tweede Kamer der Staten-Generaal</span><span>Vergaderjaar 2025-2026</span></div>",
         "<div class='ah'>Aanhangsel van de Handelingen</div>",
         "<div class='ahs'>Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven "
         "antwoorden</div>",
         "<div class='nr'>1876</div>",
         "<p class='intro'><b>Vragen van de leden Oudeman (VVD) en Kaya (GroenLinks-PvdA) aan de staatssecretaris "
         "van Infrastructuur en Waterstaat over het advies van de Adviesraad Gevaarlijke Stoffen over buurtbatterijen "
         "(ingezonden 9 februari 2026).</b></p>",
         "<p class='intro'><b>Antwoord van staatssecretaris Van der Meulen (Infrastructuur en Waterstaat) "
         "(ontvangen 23 maart 2026).</b></p>",
         qa("v", 1, "Bent u bekend met het advies 'Veilig opslaan van stroom in de wijk' van de Adviesraad "
                    "Gevaarlijke Stoffen (AGS) van 29 januari 2026?"),
         qa("a", 1, "Ja. Ik heb het advies met belangstelling gelezen en dank de raad voor zijn heldere analyse."),
         qa("v", 2, "Hoeveel branden in buurtbatterijen en thuisbatterijen hebben zich in 2025 voorgedaan, en in "
                    "hoeveel gevallen moesten woningen worden ontruimd?"),
         qa("a", 2, "Een landelijke registratie van deze incidenten bestaat nog niet. Brandweer Nederland telde op "
                    "basis van meldingen van de veiligheidsregio's over 2025 zeven branden in buurtbatterijen en "
                    "ruim zestig in thuisbatterijen. Ik heb geen aanwijzingen dat deze cijfers sterk afwijken van "
                    "die van de AGS."),
         qa("v", 3, "Deelt u de opvatting dat er meer bekend moet zijn over de rookgassen die vrijkomen bij een brand "
                    "in een buurtbatterij? Gaat u het RIVM vragen dit te onderzoeken?"),
         qa("a", 3, "Ik deel de opvatting dat de kennis hierover nog beperkt is. Ik heb het RIVM gevraagd eerst in "
                    "een korte verkenning na te gaan welke buitenlandse studies al beschikbaar zijn. Pas als die "
                    "verkenning er ligt, besluit ik of een eigen onderzoek nodig is; ik verwacht de verkenning "
                    "in het najaar."),
         qa("v", 4, "Bent u bereid buurtbatterijen vergunningplichtig te maken, zoals de AGS adviseert? Komt er een "
                    "register waarin de brandweer kan zien waar batterijen staan?"),
         qa("a", 4, "Het advies om een landelijk register in te richten neem ik over. Ik werk dit samen met de "
                    "netbeheerders en de veiligheidsregio's uit, zodat het register in 2027 beschikbaar is. Een "
                    "vergunningplicht voor buurtbatterijen vind ik daarentegen niet proportioneel. De meldplicht "
                    "geeft het bevoegd gezag al de mogelijkheid om maatwerkvoorschriften te stellen, en een "
                    "vergunningplicht zou de uitrol van buurtbatterijen, die voor het net hard nodig zijn, "
                    "vertragen. Ik neem dit deel van het advies daarom niet over."),
         qa("v", 5, "Wat gaat u doen om eigenaren van een thuisbatterij beter te informeren over de risico's?"),
         qa("a", 5, "Samen met Brandweer Nederland en Techniek Nederland start ik in september 2026 een "
                    "voorlichtingscampagne over de veilige plaatsing van thuisbatterijen. Daarbij wordt ook een "
                    "checklist voor installateurs ontwikkeld."),
         qa("v", 6, "Gaat u een minimale afstand tussen buurtbatterijen en woningen wettelijk vastleggen?"),
         qa("a", 6, "Ja, maar niet op de wijze die de raad voorstelt. Ik neem in het Besluit kwaliteit "
                    "leefomgeving een standaardafstand van 5 meter op, met de mogelijkheid voor gemeenten om een "
                    "grotere afstand te eisen. Een vaste afstand van 10 meter is in bestaande wijken vaak niet in "
                    "te passen en zou de plaatsing van buurtbatterijen in de praktijk onmogelijk maken."),
         qa("v", 7, "Wordt de richtlijn PGS 37-1 herzien, en zo ja, wanneer?"),
         qa("a", 7, "Ja. Het PGS-beheerteam is in januari begonnen met de herziening van PGS 37-1. De ervaringen met "
                    "de branden in Zeewolde en Almere worden daarbij betrokken. De herziene richtlijn verschijnt "
                    "uiterlijk in het eerste kwartaal van 2028."),
         qa("v", 8, "Kunt u deze vragen beantwoorden voor het commissiedebat Externe veiligheid?"),
         qa("a", 8, "Deze vragen zijn zo snel mogelijk beantwoord. Het commissiedebat Externe veiligheid is "
                    "inmiddels verplaatst naar 16 april 2026.<sup>1</sup>"),
         "<div class='fn'><sup>1</sup> Zie ook het antwoord op vragen van het lid Postma over brandveiligheid van "
         "energieopslag (Aanhangsel Handelingen II 2025/26, nr. 1402).</div>"]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        (1, "De AGS adviseert de staatssecretaris om buurtbatterijen met een capaciteit",
         "Een vergunningplicht voor buurtbatterijen vind ik daarentegen niet proportioneel", "disagrees"),
        (2, "De raad beveelt aan in het Besluit kwaliteit leefomgeving een",
         "Ja, maar niet op de wijze die de raad voorstelt", "partly"),
        (3, "Daarnaast adviseert de AGS om een landelijk register van batterij-energieopslagsystemen",
         "Het advies om een landelijk register in te richten", "agrees"),
        (4, "Wij bevelen aan om de richtlijn PGS 37-1 binnen twee",
         "Het PGS-beheerteam is in januari begonnen met de herziening", "agrees"),
        (5, "De AGS adviseert gemeenten om bij de inpassing van een buurtbatterij", None, "unanswered"),
        (6, "Verder beveelt de raad aan dat het RIVM onderzoek doet",
         "Pas als die verkenning er ligt, besluit ik of", "noted"),
        (7, "Tot slot adviseert de AGS om bewoners voorlichting te geven over",
         "start ik in september 2026 een voorlichtingscampagne", "agrees"),
    ], [
        "Ik heb het advies met belangstelling gelezen en dank",
        "Een landelijke registratie van deze incidenten bestaat nog niet",
        "Deze vragen zijn zo snel mogelijk beantwoord",
    ], "ADVIES of the Dutch ADVIESRAAD GEVAARLIJKE STOFFEN (AGS) on neighbourhood and home batteries (ongevraagd, to "
       "the staatssecretaris van IenW), answered by the staatssecretaris's ANSWERS TO WRITTEN QUESTIONS of two MPs in "
       "the Aanhangsel van de Handelingen. The Besluit activiteiten leefomgeving, Besluit kwaliteit leefomgeving and "
       "PGS 37-1 are real; the advice, kenmerk, fires, figures, people, Aanhangsel numbers and the quoted 2021 advice "
       "are invented. The advice body is in TWO COLUMNS; the seven recommendations are UNNUMBERED BOLD SENTENCES "
       "inside ordinary paragraphs of '4 Analyse en advies' (numbers are their order): 'De AGS adviseert de "
       "staatssecretaris om', 'De raad beveelt aan', 'Daarnaast adviseert de AGS om', 'Wij bevelen aan om', 'De AGS "
       "adviseert gemeenten om', 'Verder beveelt de raad aan dat', 'Tot slot adviseert de AGS om'. Not "
       "recommendations: the framed 'Samenvatting' paraphrase ('De AGS vindt dat ... moeten meegroeien', 'doet "
       "daarvoor voorstellen'), Tabel 1, the Bal's 'moet ... melden', PGS 37-1's 'moet ... staan', the 2021 advice "
       "quoted as an imperative ('Stel ... op') and reported as followed, the veiligheidsregio's own 'zouden ... "
       "moeten worden geraadpleegd', 'De herziening moet ook ... omvatten' (elaboration of rec 4), the BOLD "
       "conclusion 'De AGS concludeert dat' right before rec 6, 'De raad is graag bereid'. Response: numbered "
       "'Vraag n' (italic, paraphrasing the advice) / 'Antwoord n' pairs: Antwoord 1 (aware of it: nothing), 2 "
       "(figures: nothing), 3 = rec 6 noted (an exploration first, 'Pas als die verkenning er ligt, besluit ik'), "
       "ONE answer 4 = rec 3 agrees ('neem ik over') + rec 1 disagrees ('niet proportioneel ... niet over'), 5 = rec "
       "7 agrees (campaign), 6 = rec 2 partly (5 metres instead of 10), 7 = rec 4 agrees (revision started, ready "
       "by 2028), 8 (timing of the debate: nothing), a footnote; rec 5 (addressed to gemeenten) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
