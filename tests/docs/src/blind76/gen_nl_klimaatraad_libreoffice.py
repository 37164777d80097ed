"""Round 76 (nl): the ONGEVRAAGD ADVIES of a municipal KLIMAATRAAD (residents' advisory council on the energy
transition), answered in chapter 2 of the college's quarterly VOORTGANGSRAPPORTAGE of its climate programme.

Advice: (invented) Klimaatraad Velderwijk, 'Warmte dichtbij' (3 p.): a shaded 'In het kort' box paraphrasing the
advice; the Omgevingswet's 'moet'; a residents' survey ('zou ... moeten'); the council's 2025 advice quoted; seven
UNNUMBERED bold sentences 'Wij adviseren ...' inside paragraphs under four themes (numbers by order).
Response: 'Voortgangsrapportage Klimaatprogramma, tweede kwartaal 2026' (2 p.): 1 Stand van zaken with a project
table (nothing); 2 Reactie op het ongevraagd advies, subsections by subject in another order: Lindenbuurt = 4
agrees; Lening = 3 partly; ONE subsection Bewoners = 1 agrees + 2 disagrees; Rapportage = 5 agrees; Stuurgroep = 6
noted; 3 Financien (nothing); 4 Vooruitblik (nothing); 7 (restwarmte in tenders) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies), head and page numbers stamped.

Run: /tmp/blind76nl/bin/python tests/docs/src/blind76/gen_nl_klimaatraad_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b76nl as B  # noqa: E402

NAME = "blind76_nl_klimaatraad"
SANS = B.nolig_fonts()

HEAD = """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.0cm 2.3cm; }
body { font-family: 'B76NL Sans'; font-size: 9.4pt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: justify; line-height: 130%; }
h1 { font-size: 16pt; color: #2e7d32; margin-bottom: 0.1cm; }
h2 { font-size: 11.5pt; color: #2e7d32; margin-top: 0.35cm; margin-bottom: 0.12cm; }
h3 { font-size: 9.8pt; margin-top: 0.25cm; margin-bottom: 0.08cm; }
td { font-size: 8.4pt; padding: 0.08cm 0.15cm; vertical-align: top; }
.q { font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }
.small { font-size: 8pt; color: #555555; }
</style></head><body>"""


def advice():
    h = HEAD + """
<p class="small">KLIMAATRAAD VELDERWIJK &#8195; ongevraagd advies nr. 2026-1 &#8195; 3 maart 2026</p>
<h1>Warmte dichtbij</h1>
<p><i>Ongevraagd advies aan het college van burgemeester en wethouders over de aanpak van de warmtetransitie in
de wijken</i></p>
<table border="1" cellspacing="0" width="100%" bgcolor="#e8f5e9"><tr><td>
<p><b>In het kort</b></p>
<p>Bewoners willen meedoen, maar weten niet waar ze terechtkunnen. Zorg daarom voor een vast gezicht in elke
buurt, hulp voor huurders en eigenaren die weinig kunnen lenen, een proef voordat grote keuzes vallen, en
duidelijke cijfers over de voortgang. En geef bewoners een plek waar beslist wordt.</p>
</td></tr></table>
<h2>1 Waarom dit advies</h2>
<p>De Klimaatraad is in 2023 door de gemeenteraad ingesteld en bestaat uit twaalf inwoners van Velderwijk. Wij
adviseren gevraagd en ongevraagd over het klimaatbeleid. Op grond van de Omgevingswet moet de gemeente uiterlijk in
2026 een programma voor de warmtetransitie vaststellen; dat programma is nu in voorbereiding. Met dit advies willen
wij de ervaringen van bewoners meegeven voordat de keuzes vastliggen.</p>
<p>In november 2025 hielden wij een enquete onder 1.140 inwoners. Twee op de drie zeggen dat zij niet weten wat de
gemeente van hen verwacht. Veel huurders vinden dat hun verhuurder het initiatief zou moeten nemen; eigenaren van
oudere woningen noemen vooral de kosten. In ons advies van 2025 over zonne-energie schreven wij al:</p>
<p class="q">'Bewoners haken af als zij alleen brieven krijgen. Zij moeten een gezicht kunnen verbinden aan de
plannen.'</p>
<h2>2 Bewoners</h2>
<p>Buurtbewoners hebben nu te maken met wisselende contactpersonen van de gemeente, de netbeheerder en de
woningcorporatie. <b>Wij adviseren het college om per buurt een vast aanspreekpunt voor de warmtetransitie aan te
stellen dat bewoners persoonlijk kennen.</b> Het energieloket is een goede basis, maar het zit op het stadhuis en
is alleen op werkdagen open.</p>
<p>De gemeentelijke energiecoaches helpen nu alleen eigenaar-bewoners en huurders van de corporatie. Huurders van
particuliere verhuurders vallen buiten de regeling, terwijl zij vaak in de slechtst geisoleerde woningen wonen.
<b>Daarnaast adviseren wij de energiecoaches ook in te zetten voor huurders van particuliere verhuurders.</b></p>
<h2>3 Geld</h2>
<p>De duurzaamheidslening van de gemeente is alleen beschikbaar voor wie een lening kan dragen. Uit de enquete
blijkt dat juist ouderen met een klein pensioen daardoor niets kunnen doen. <b>Wij adviseren het college de
duurzaamheidslening open te stellen voor eigenaar-bewoners zonder leenruimte, met een aflossing die pas begint bij
verkoop van de woning.</b> Buurgemeenten doen dit al.</p>
<h2>4 Aanpak per wijk</h2>
<p>Het conceptprogramma gaat uit van een warmtenet voor heel Velderwijk-Oost. De Klimaatraad ziet de voordelen,
maar bewoners hebben weinig vertrouwen in een project van die omvang. <b>Ons advies is om in de Lindenbuurt eerst
een proef met een buurtwarmtenet te doen voordat het college kiest voor heel Velderwijk-Oost.</b></p>
<p>De gemeente besteedt zelf ook veel geld aan gebouwen: scholen, sporthallen en het nieuwe zwembad. <b>Wij
adviseren om bij elke aanbesteding van gemeentelijk vastgoed een eis op te nemen voor het gebruik van restwarmte
waar die in de buurt beschikbaar is.</b> Het bedrijventerrein De Hoek heeft een overschot aan restwarmte dat nu
ongebruikt blijft.</p>
<h2>5 Sturing</h2>
<p>De raad krijgt nu vooral informatie over projecten, niet over het effect daarvan. <b>Wij adviseren het college
de raad elk jaar te rapporteren over de CO2-uitstoot per sector, in vergelijking met het doel voor 2030.</b></p>
<p>Het warmtenet wordt voorbereid door een stuurgroep van gemeente, provincie en netbeheerder. Bewoners zijn daarin
niet vertegenwoordigd. <b>Tot slot adviseren wij het college om de Klimaatraad een zetel te geven in de stuurgroep
warmtenet.</b></p>
<h2>6 Tot besluit</h2>
<p>De Klimaatraad ontvangt graag binnen drie maanden een reactie op dit advies. Wij zijn bereid het advies toe te
lichten in de commissie Leefomgeving.</p>
<p>Namens de Klimaatraad Velderwijk,<br>Fatma Yildiz, voorzitter<br>Bart-Jan Hoogendoorn, secretaris</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Klimaatraad Velderwijk  |  Ongevraagd advies 2026-1 'Warmte dichtbij'",
            "{n}/{m}", SANS["Regular"])


def response():
    h = HEAD + """
<p class="small">GEMEENTE VELDERWIJK &#8195; raadsinformatie &#8195; 30 juni 2026</p>
<h1>Voortgangsrapportage Klimaatprogramma</h1>
<p><i>Tweede kwartaal 2026</i></p>
<h2>1 Stand van zaken</h2>
<p>In het tweede kwartaal zijn 212 woningen aardgasvrij gemaakt of voorbereid, tegen 180 gepland. Het overzicht
hieronder toont de voortgang van de grootste projecten.</p>
<table border="1" cellspacing="0" width="100%">
<tr bgcolor="#2e7d32"><td><font color="#ffffff"><b>Project</b></font></td><td><font color="#ffffff"><b>Planning</b></font></td><td><font color="#ffffff"><b>Stand</b></font></td></tr>
<tr><td>Zon op sporthal De Kamp</td><td>Q2 2026</td><td>gereed, 640 panelen in gebruik</td></tr>
<tr><td>Isolatie scholen Oost</td><td>Q4 2026</td><td>op schema</td></tr>
<tr><td>Laadpalen Stationsgebied</td><td>Q3 2026</td><td>vertraagd door levertijden</td></tr>
</table>
<p> </p>
<h2>2 Reactie op het ongevraagd advies van de Klimaatraad</h2>
<p>Op 3 maart 2026 bracht de Klimaatraad het ongevraagd advies 'Warmte dichtbij' uit. Wij danken de raad voor het
heldere advies en de enquete onder inwoners. Hieronder gaan wij per onderwerp in op het advies.</p>
<h3>Proef in de Lindenbuurt</h3>
<p>Wij volgen dit advies. De proef met een buurtwarmtenet voor ongeveer 300 woningen start in 2027; pas na de
evaluatie nemen wij een besluit over Velderwijk-Oost als geheel.</p>
<h3>Duurzaamheidslening</h3>
<p>Vanaf 1 oktober 2026 kunnen ook eigenaar-bewoners zonder leenruimte een lening krijgen, maar alleen tot een
bedrag van 15.000 euro en met een maandelijkse aflossing naar draagkracht. Een lening die pas bij verkoop wordt
afgelost, kunnen wij binnen het huidige fonds niet aanbieden.</p>
<h3>Ondersteuning van bewoners</h3>
<p>In elke buurt krijgen bewoners vanaf januari een vaste buurtregisseur energie, die ook spreekuur houdt in het
buurthuis. De energiecoaches blijven bestemd voor eigenaar-bewoners en corporatiehuurders; het verduurzamen van
particuliere huurwoningen is een verantwoordelijkheid van de verhuurder, en die willen wij niet overnemen.</p>
<h3>Rapportage aan de raad</h3>
<p>Met ingang van de jaarrekening 2026 nemen wij een overzicht op van de uitstoot per sector, afgezet tegen het
doel voor 2030. De cijfers komen uit de Klimaatmonitor.</p>
<h3>Stuurgroep warmtenet</h3>
<p>Wij hebben kennisgenomen van de wens van de Klimaatraad. De samenstelling van de stuurgroep is vastgelegd in de
samenwerkingsovereenkomst met provincie en netbeheerder; wij brengen het verzoek in bij de eerstvolgende
herziening van die overeenkomst.</p>
<h2>3 Financien</h2>
<p>Van het budget voor 2026 van 4,2 miljoen euro is na het tweede kwartaal 38 procent besteed. De rijksbijdrage voor
de wijkaanpak is op 12 mei ontvangen.</p>
<h2>4 Vooruitblik</h2>
<p>In het derde kwartaal leggen wij het concept van het warmteprogramma voor aan de inwoners. De volgende
voortgangsrapportage verschijnt eind september.</p>
<p>Het college van burgemeester en wethouders van Velderwijk</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Velderwijk  |  Voortgangsrapportage Klimaatprogramma Q2 2026",
            "pagina {n} van {m}", SANS["Regular"])


RECS = [
    (1, "Wij adviseren het college om per buurt een vast aanspreekpunt",
     "vanaf januari een vaste buurtregisseur energie", "agrees"),
    (2, "Daarnaast adviseren wij de energiecoaches ook in te zetten voor",
     "die willen wij niet overnemen", "disagrees"),
    (3, "Wij adviseren het college de duurzaamheidslening open te stellen voor",
     "alleen tot een bedrag van 15.000 euro", "partly"),
    (4, "Ons advies is om in de Lindenbuurt eerst een proef",
     "De proef met een buurtwarmtenet voor ongeveer 300 woningen", "agrees"),
    (5, "Wij adviseren het college de raad elk jaar te rapporteren",
     "Met ingang van de jaarrekening 2026 nemen wij", "agrees"),
    (6, "Tot slot adviseren wij het college om de Klimaatraad een zetel",
     "wij brengen het verzoek in bij de eerstvolgende herziening", "noted"),
    (7, "Wij adviseren om bij elke aanbesteding van gemeentelijk vastgoed een", None, "unanswered"),
]
UNMATCHED = [
    "212 woningen aardgasvrij gemaakt of voorbereid",
    "De rijksbijdrage voor de wijkaanpak is op 12 mei ontvangen",
    "De volgende voortgangsrapportage verschijnt eind september",
]
NOTES = ("ONGEVRAAGD ADVIES of a municipal KLIMAATRAAD (residents' council), answered in chapter 2 of the college's "
         "quarterly VOORTGANGSRAPPORTAGE of its climate programme. The Omgevingswet and the Klimaatmonitor are real; "
         "Velderwijk, the council, figures and people are invented. Recommendations: seven UNNUMBERED bold "
         "sentences inside paragraphs ('Wij adviseren ...', 'Daarnaast adviseren wij ...', 'Ons advies is om ...', "
         "'Tot slot adviseren wij ...') under themes 2-5, numbered here by order. Traps: a shaded 'In het kort' box "
         "paraphrasing the advice in imperatives ('Zorg daarom voor ...'), the Omgevingswet's 'moet', the survey's "
         "'zou ... moeten nemen', the 2025 advice quoted ('moeten ... kunnen verbinden'), 'Wij adviseren gevraagd "
         "en ongevraagd' (a description, not advice), the request for a reply within three months. Response: 1 "
         "Stand van zaken with a project table, 3 Financien, 4 Vooruitblik (nothing); chapter 2 in the order 4 "
         "(agrees), 3 (partly: capped, monthly repayment, not on sale), ONE subsection 'Ondersteuning van bewoners' "
         "= 1 agrees (a 'buurtregisseur', other words) + 2 disagrees, 5 agrees, 6 noted ('kennisgenomen ... brengen "
         "het verzoek in'); 7 (restwarmte in tenders) unanswered. No numbers anywhere.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))
