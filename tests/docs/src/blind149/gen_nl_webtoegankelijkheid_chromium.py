"""Round 149 (nl): the TOEGANKELIJKHEIDSONDERZOEK (WCAG audit) of an (invented) audit firm on a municipality's website
and e-loket; its seven recommendations are SHADED BOXES headed 'Aanbeveling A1'-'A7' with a short title, after a
shaded box 'Goed voorbeeld' in exactly the same style and a table of failed WCAG success criteria numbered 1.1.1,
1.4.3, ... (decimal codes, trap); answered by the municipality's VERBETERPLAN, a ruled TABLE 'Code | Onderwerp |
Besluit en planning' in another order, one row answering A1 and A2 with different verdicts, one row answering a
success criterion (2.4.7) and one the 'we do not advise' sentence.

Advice (Chromium, sans, dark-teal title rule and headings, metadata and findings tables, stamped head, 'pagina n van
m'): the accessibility decree paraphrased with 'moet' (trap), the 2024 quick scan's advice quoted as an imperative
('Voorzie alle pdf-formulieren ...', partly carried out, trap), 'Goed voorbeeld' box (trap), 'Wij adviseren niet om
een toegankelijkheidsplug-in (overlay) op de website te plaatsen' (trap), a closing naming 'A3 en A4' (trap);
expected numbers 'A1'-'A7'. Response (Chromium, stamped, 'pagina n'): rows A3 agrees (supplier release in March),
A1/A2 ONE row: A1 agrees (alt texts by the web editors before 1 February) + A2 partly (buttons and links now, the
orange house colour only with the new house style of 2029), A6 partly (subtitles afterwards within five working
days, not live), 2.4.7 (focus outline, unmatched), A5 disagrees (scanned council papers 2019-2026 not converted),
A4 noted (put to the supplier of the form module), overlay (unmatched); A7 (a coordinator and accessibility as a
procurement requirement) unanswered; the introduction and closing answer nothing. All bodies, places, people, figures
and reference numbers invented; the decree and WCAG named as context only.

Run: /tmp/blind149nl/bin/python tests/docs/src/blind149/gen_nl_webtoegankelijkheid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b149nl as B  # noqa: E402

NAME = "blind149_nl_webtoegankelijkheid"
F = B.tmp_fonts()
SANS = "B149NL Sans"
INK = "#0f5f63"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.3pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
.top {{ border-top: 3pt solid {INK}; padding-top: 0.15cm; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
table.meta, table.sp {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.5pt; }}
table.meta td, table.sp td, table.sp th {{ border-bottom: 0.6pt solid #b3cfd0; padding: 0.08cm 0.15cm;
  vertical-align: top; text-align: left; }}
table.meta td.k {{ width: 22%; font-weight: bold; color: {INK}; }}
table.sp th {{ background: {INK}; color: #fff; }}
div.box {{ background: #e6f1f1; border-left: 3pt solid {INK}; padding: 0.14cm 0.3cm 0.06cm 0.3cm;
  margin: 0 0 0.22cm 0; break-inside: avoid; }}
div.box p.bh {{ font-weight: bold; color: {INK}; margin: 0 0 0.06cm 0; text-align: left; }}
div.box p {{ margin: 0 0 0.08cm 0; }}
</style>"""


def box(head, text):
    return f'<div class="box"><p class="bh">{head}</p><p>{text}</p></div>'


RECS = [
    ("A1", "Alternatieve teksten", "Voorzie alle informatieve afbeeldingen en iconen van een passende alternatieve "
     "tekst, en markeer decoratieve afbeeldingen zo dat schermlezers ze overslaan."),
    ("A2", "Kleurcontrast", "Pas de huisstijlkleuren van knoppen, links en koppen aan, zodat de contrastverhouding "
     "met de achtergrond overal ten minste 4,5 op 1 is."),
    ("A3", "Toetsenbord in het e-loket", "Maak het e-loket volledig met het toetsenbord bedienbaar, ook de "
     "datumkiezer, het uploadveld en het venster voor de betaling."),
    ("A4", "Foutmeldingen", "Zorg dat foutmeldingen in formulieren in tekst zeggen wat er misging en hoe de "
     "gebruiker het kan herstellen, in plaats van alleen een rode rand om het veld."),
    ("A5", "Raadsstukken als scan", "Zet de raadsstukken van 2019 tot en met 2026 die nu als gescande pdf online "
     "staan om naar toegankelijke documenten met echte tekst en koppen."),
    ("A6", "Ondertiteling", "Voorzie de video's van de gemeenteraadsvergaderingen van ondertiteling, zowel bij de "
     "live-uitzending als in het archief."),
    ("A7", "Borging", "Wijs een coördinator digitale toegankelijkheid aan en neem toegankelijkheid als harde eis op "
     "in elke aanbesteding van websites, apps en digitale formulieren."),
]

ADVICE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<p class="small">Open Scherm Audits B.V. - onderzoek naar digitale toegankelijkheid - Lindelaan 9, 8021 HP Zwolde -
info@openscherm.example</p>
<div class="top"><h1>Toegankelijkheidsonderzoek website en e-loket gemeente Westerbroek</h1></div>
<p class="small">onderzoek volgens de WCAG 2.1, niveau A en AA - eindrapport</p>
<table class="meta">
<tr><td class="k">Opdrachtgever</td><td>gemeente Westerbroek, team Communicatie en Dienstverlening</td></tr>
<tr><td class="k">Onderzoekers</td><td>L. Bosschart (hoofdauditor), D. Nwosu en E. Terpstra (ervaringsdeskundige,
schermlezergebruiker)</td></tr>
<tr><td class="k">Kenmerk</td><td>OSA-2027-233</td></tr>
<tr><td class="k">Datum</td><td>27 september 2027</td></tr>
</table>
<h2>1 Aanleiding en reikwijdte</h2>
<p>De gemeente Westerbroek vroeg ons om de website westerbroek.example en het e-loket te onderzoeken op digitale
toegankelijkheid. Overheidsorganisaties moeten hun websites en apps volgens de wettelijke regels toegankelijk maken en
moeten daarover een toegankelijkheidsverklaring publiceren. De huidige verklaring van de gemeente heeft status C
(eerste maatregelen genomen).</p>
<p>Wij onderzochten een steekproef van 40 pagina's, vier formulieren in het e-loket en drie video's. Wij toetsten
handmatig, met automatische hulpmiddelen en samen met een ervaren schermlezergebruiker. Bij de quickscan van maart
2024 gaf een ander bureau de gemeente onder meer het advies:</p>
<p class="quote">'Voorzie alle pdf-formulieren van labels en een logische leesvolgorde, of vervang ze door
webformulieren.'</p>
<p>Dat advies is deels opgevolgd: negen van de veertien pdf-formulieren zijn vervangen door webformulieren.</p>
<h2>2 Resultaten</h2>
<p>Van de 50 succescriteria op niveau A en AA voldoet de website aan 39. De tabel noemt de criteria waaraan de
website of het e-loket niet voldoet.</p>
<table class="sp">
<tr><th>Criterium</th><th>Omschrijving</th><th>Waar</th><th>Oordeel</th></tr>
<tr><td>1.1.1</td><td>Niet-tekstuele content</td><td>website, e-loket</td><td>voldoet niet (31 afbeeldingen)</td></tr>
<tr><td>1.2.2</td><td>Ondertitels (vooraf opgenomen)</td><td>raadsvideo's</td><td>voldoet niet</td></tr>
<tr><td>1.4.3</td><td>Contrast (minimum)</td><td>knoppen, links, koppen</td><td>voldoet niet</td></tr>
<tr><td>2.1.1</td><td>Toetsenbord</td><td>e-loket</td><td>voldoet niet</td></tr>
<tr><td>2.4.7</td><td>Focus zichtbaar</td><td>hoofdmenu</td><td>voldoet niet</td></tr>
<tr><td>3.3.1</td><td>Foutidentificatie</td><td>e-loket</td><td>voldoet niet</td></tr>
<tr><td>4.1.2</td><td>Naam, rol, waarde</td><td>uploadveld</td><td>voldoet niet</td></tr>
</table>
<p>Naast de tekortkomingen zagen wij ook goede dingen. Een voorbeeld daarvan lichten wij hieronder uit.</p>
{box("Goed voorbeeld - Afval en grondstoffen", "De pagina's over afval zijn in eenvoudige taal geschreven, werken goed "
     "met de schermlezer en hebben een duidelijke kopstructuur. Gebruik deze pagina's als model voor de rest van de "
     "website.")}
<h2>3 Aanbevelingen</h2>
<p>Wij bevelen de gemeente het volgende aan. De volgorde volgt de ernst van de problemen voor gebruikers.</p>
{"".join(box(f"Aanbeveling {c} - {h}", t) for c, h, t in RECS)}
<p>Wij adviseren niet om een toegankelijkheidsplug-in (een zogeheten overlay) op de website te plaatsen. Zulke
plug-ins lossen de onderliggende fouten niet op en zitten gebruikers van hulpsoftware vaak juist in de weg.</p>
<h2>4 Tot slot</h2>
<p>De website is op veel punten goed op weg. Voor mensen die op het toetsenbord of een schermlezer zijn aangewezen is
vooral het e-loket nu nog een drempel; daarom vragen A3 en A4 de meeste aandacht. Na herstel kan de gemeente een
hertoets laten uitvoeren om status A of B te halen.</p>
<p class="small">Open Scherm Audits B.V.<br>L. Bosschart, hoofdauditor</p>
</body></html>"""

RESP_ROWS = [
    ("A3", "Toetsenbord e-loket", "Overgenomen. De leverancier van het e-loket past de datumkiezer, het uploadveld en "
     "het betaalvenster aan in de release van maart 2028; wij testen die release vooraf met twee "
     "schermlezergebruikers."),
    ("A1 en A2", "Afbeeldingen en kleuren", "De webredactie voorziet vóór 1 februari 2028 alle afbeeldingen van een "
     "alt-tekst; decoratieve beelden krijgen een leeg alt-attribuut. Het contrast van knoppen en links passen wij "
     "direct aan. Het oranje van het gemeentelogo en de koppen blijft voorlopig zoals het is; dat pakken wij pas op "
     "bij de nieuwe huisstijl in 2029."),
    ("A6", "Ondertiteling raadsvideo's", "Deels. Vanaf januari worden de opnamen in het archief binnen vijf "
     "werkdagen ondertiteld. Live ondertitelen is met de huidige uitzendvoorziening te duur en valt buiten de "
     "wettelijke plicht."),
    ("2.4.7", "Focus in het hoofdmenu", "Is al verholpen: de focusrand in het hoofdmenu is sinds 4 oktober weer "
     "zichtbaar."),
    ("A5", "Oude raadsstukken", "Niet overgenomen. Het omzetten van ruim 3.000 gescande stukken kost naar schatting "
     "85.000 euro. Wie een oud stuk niet kan lezen, kan via het Klantcontactcentrum een toegankelijke versie "
     "aanvragen; dat vermelden wij op de pagina met raadsstukken."),
    ("A4", "Foutmeldingen", "De formulieren zijn een standaardproduct van de leverancier. Wij hebben de aanbeveling "
     "aan de leverancier voorgelegd; of en wanneer de foutmeldingen worden aangepast, hangt af van diens "
     "ontwikkelplanning."),
    ("-", "Plug-in", "Wij gebruiken geen overlay en zijn dat ook niet van plan."),
]

RESPONSE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<p class="small">Gemeente Westerbroek - team Communicatie en Dienstverlening - Raadhuisplein 1, 8030 AB Westerbroek</p>
<div class="top"><h1>Verbeterplan digitale toegankelijkheid 2027-2028</h1></div>
<p class="small">reactie op het toegankelijkheidsonderzoek OSA-2027-233 - vastgesteld door de directie op 8 november
2027 - kenmerk CD/2027/0311</p>
<p>De gemeente Westerbroek wil dat iedereen haar website en het e-loket kan gebruiken, ook mensen met een
visuele, motorische of cognitieve beperking. Daarom lieten wij dit jaar een volledig toegankelijkheidsonderzoek
uitvoeren. In dit verbeterplan staat per onderwerp wat wij met de aanbevelingen van Open Scherm Audits doen.</p>
<table class="sp">
<tr><th style="width:13%">Code</th><th style="width:22%">Onderwerp</th><th>Besluit en planning</th></tr>
{"".join(f"<tr><td>{c}</td><td>{h}</td><td>{t}</td></tr>" for c, h, t in RESP_ROWS)}
</table>
<p>Na de release van maart 2028 laten wij een hertoets uitvoeren en passen wij de toegankelijkheidsverklaring aan.
Vragen over dit plan kunt u stellen aan het team Communicatie en Dienstverlening.</p>
<p class="small">namens de directie,<br>M. Hofstede-Ruis, teamleider Communicatie en Dienstverlening</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Open Scherm Audits - toegankelijkheidsonderzoek gemeente Westerbroek - "
            "OSA-2027-233", "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Westerbroek - verbeterplan digitale toegankelijkheid - CD/2027/0311",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("A1", "Voorzie alle informatieve afbeeldingen en iconen van een passende alternatieve tekst",
         "De webredactie voorziet vóór 1 februari 2028 alle afbeeldingen", "agrees"),
        ("A2", "Pas de huisstijlkleuren van knoppen, links en koppen aan",
         "dat pakken wij pas op bij de nieuwe huisstijl", "partly"),
        ("A3", "Maak het e-loket volledig met het toetsenbord bedienbaar, ook de datumkiezer",
         "Overgenomen. De leverancier van het e-loket past", "agrees"),
        ("A4", "Zorg dat foutmeldingen in formulieren in tekst zeggen wat er misging",
         "Wij hebben de aanbeveling aan de leverancier voorgelegd", "noted"),
        ("A5", "Zet de raadsstukken van 2019 tot en met 2026 die nu",
         "Het omzetten van ruim 3.000 gescande stukken kost", "disagrees"),
        ("A6", "Voorzie de video's van de gemeenteraadsvergaderingen van ondertiteling, zowel bij",
         "Live ondertitelen is met de huidige uitzendvoorziening te duur", "partly"),
        ("A7", "Wijs een coördinator digitale toegankelijkheid aan en neem toegankelijkheid", None, "unanswered"),
    ], ["de focusrand in het hoofdmenu is sinds 4 oktober", "Wij gebruiken geen overlay en zijn dat ook niet"],
        "Advice: the TOEGANKELIJKHEIDSONDERZOEK (WCAG audit) of an audit firm on a municipality's website and "
        "e-loket; the seven recommendations are SHADED BOXES headed 'Aanbeveling A1 - <title>' ... 'A7' (expected "
        "numbers 'A1'-'A7'). Traps: the accessibility rules paraphrased with 'moet', the 2024 quick scan's advice "
        "quoted as an imperative (partly carried out), a table of failed success criteria numbered 1.1.1-4.1.2, a "
        "'Goed voorbeeld' box in exactly the recommendations' style, 'Wij adviseren niet om een "
        "toegankelijkheidsplug-in (een zogeheten overlay) op de website te plaatsen', a closing naming 'A3 en A4'. "
        "Response: the municipality's VERBETERPLAN, a ruled table 'Code | Onderwerp | Besluit en planning' in the "
        "order A3 (agrees), 'A1 en A2' ONE row (A1 agrees: alt texts before 1 February; A2 partly: buttons and "
        "links now, the orange house colour only in 2029), A6 partly (archive subtitles, not live), 2.4.7 (a "
        "success criterion; unmatched), A5 disagrees (cost; accessible copy on request), A4 noted (put to the "
        "supplier, its planning decides), '-' Plug-in (answers the 'we do not advise' sentence; unmatched). A7 "
        "(coordinator and procurement requirement) is never answered; introduction and closing answer nothing.")
    print("written", NAME)
