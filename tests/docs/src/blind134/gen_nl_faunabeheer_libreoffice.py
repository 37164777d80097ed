"""Round 134 (nl): the ADVIES of an (invented) provincial ADVIESCOMMISSIE FAUNABELEID to Gedeputeerde Staten on the
draft faunabeleidsnota, its seven recommendations the right-hand cells of a ruled TABLE 'Nr. | Soort en onderwerp |
Advies aan Gedeputeerde Staten' (rows 1-7) running across the page break, after 'Conclusies' numbered 1-5 and a
ruled table of damage figures; answered by Gedeputeerde Staten's LETTER BY ORDINAL ('Uw tweede advies', 'Het vierde
en het vijfde advies' in one paragraph) in another order, one recommendation never named.

Advice (LibreOffice headless from HTML, forest-green headings, stamped head from p. 2, 'pagina n van m'): the
Omgevingswet paraphrased with 'moet' (trap), conclusions numbered 1-5 (trap), a figures table by species (trap), the
commission's 2021 advice quoted as an imperative (carried out, trap), a closing line naming 'de adviezen 3 en 6'
(trap). Response (LibreOffice, stamped): 2 agrees, 4 partly and 5 noted (one paragraph), 1 disagrees, 3 agrees,
7 disagrees; 6 unanswered; the introduction, 'Schade in 2025' (figures, 'maatregel 4 van de uitvoeringsagenda') and
'Vervolg' answer nothing. All bodies, places, people, figures and reference numbers invented; the Omgevingswet is
named as context only.

Run: /tmp/blind134nl/bin/python tests/docs/src/blind134/gen_nl_faunabeheer_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b134nl as B  # noqa: E402

NAME = "blind134_nl_faunabeheer"
F = B.tmp_fonts()
SANS = "B134NL Sans"
FOREST = "#2d5a27"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 15.5pt; color: {FOREST}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11.2pt; color: {FOREST}; margin-top: 0.35cm; margin-bottom: 0.1cm; }}
td {{ font-family: '{SANS}'; font-size: 9pt; vertical-align: top; }}
th {{ font-family: '{SANS}'; font-size: 9pt; text-align: left; }}
li {{ margin-bottom: 0.08cm; }}
.small {{ font-size: 8.2pt; color: #555555; }}
</style>"""

ROWS = [
    ("1", "Ganzen<br>opvanggebieden",
     "Handhaaf de winteropvanggebieden voor overwinterende ganzen op 9.000 hectare en verklein ze niet tot "
     "6.500 hectare zoals het ontwerp voorstelt."),
    ("2", "Ganzen<br>zomerganzen",
     "Sta afschot van zomerganzen alleen toe in gebieden waar een jaarlijkse telling laat zien dat de "
     "populatie boven het afgesproken niveau ligt."),
    ("3", "Wilde zwijnen<br>leefgebied",
     "Houd het leefgebied van het wilde zwijn beperkt tot de Hooge Loo en sta geen uitbreiding naar het "
     "Bremmerveld toe."),
    ("4", "Wolf<br>preventie",
     "Vergoed de kosten van wolfwerende rasters voortaan ook volledig aan hobbyhouders van schapen en geiten, "
     "en niet alleen aan beroepshouders."),
    ("5", "Wolf<br>snelle hulp",
     "Stel een provinciale wolfconsulent aan die binnen 24 uur na een melding van een aanval bij de houder "
     "ter plaatse is."),
    ("6", "Bever<br>waterkeringen",
     "Neem in de nota een beverplan op, met één vast aanspreekpunt voor de waterschappen bij graafschade aan "
     "dijken en kaden."),
    ("7", "Algemeen<br>evaluatie",
     "Evalueer de nota na drie jaar in plaats van na zes jaar, zodat nieuwe kennis over de wolf tijdig kan "
     "worden verwerkt."),
]

TABLE = ("<table width=\"100%\" border=\"1\" cellpadding=\"5\" cellspacing=\"0\" bordercolor=\"#8fa88a\">"
         "<thead><tr bgcolor=\"#dfeadb\"><th width=\"7%\">Nr.</th><th width=\"23%\">Soort en onderwerp</th>"
         "<th width=\"70%\">Advies aan Gedeputeerde Staten</th></tr></thead>"
         + "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ROWS)
         + "</table>")

FIG = ("<table width=\"80%\" border=\"1\" cellpadding=\"3\" cellspacing=\"0\" bordercolor=\"#b5b5b5\">"
       "<tr bgcolor=\"#eeeeee\"><th>Diersoort</th><th>2023</th><th>2024</th><th>2025</th></tr>"
       "<tr><td>Ganzen</td><td>1.840.000</td><td>1.710.000</td><td>1.655.000</td></tr>"
       "<tr><td>Wild zwijn</td><td>212.000</td><td>268.000</td><td>301.000</td></tr>"
       "<tr><td>Wolf</td><td>18.000</td><td>64.000</td><td>97.000</td></tr>"
       "<tr><td>Bever</td><td>-</td><td>9.000</td><td>22.000</td></tr>"
       "</table>")

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies faunabeleidsnota</title>{CSS}
</head><body>
<p class="small">Adviescommissie Faunabeleid provincie Westmarken - secretariaat: Provinciehuis, Paleisweg 2, 8911 LM
Westmarken</p>
<h1>Advies over de ontwerp-Faunabeleidsnota Westmarken 2026-2031</h1>
<p class="small">Advies ACF 2026-01 - vastgesteld op 19 februari 2026 - aan Gedeputeerde Staten van Westmarken</p>
<h2>1. Aanleiding</h2>
<p>Gedeputeerde Staten vroegen de Adviescommissie Faunabeleid op 8 december 2025 om advies over de
ontwerp-Faunabeleidsnota. In de commissie zitten vertegenwoordigers van de landbouw, de jagers, de
natuurorganisaties, de waterschappen en de dierenbescherming, en twee onafhankelijke ecologen. Wij bespraken het
ontwerp in drie vergaderingen en lieten ons informeren door de faunabeheereenheid en het Faunafonds.</p>
<p>De provincie heeft hier een wettelijke taak. Volgens de Omgevingswet moet de provincie zorgen voor de staat van
instandhouding van beschermde soorten, en moet zij schade door beschermde dieren tegemoetkomen als de grondgebruiker
die niet zelf had kunnen voorkomen. Binnen die grenzen heeft de provincie veel ruimte voor eigen keuzes.</p>
<h2>2. Schade in cijfers</h2>
<p>De tegemoetkomingen in schade die in Westmarken zijn uitbetaald, in euro's:</p>
{FIG}
<p></p>
<h2>3. Conclusies</h2>
<ol>
<li>De schade door ganzen daalt langzaam, vooral door het afschot van zomerganzen buiten de opvanggebieden.</li>
<li>De schade door wilde zwijnen is sinds 2023 met bijna de helft gestegen, vooral rond het Bremmerveld.</li>
<li>De wolf vestigt zich in de Hooge Loo; de schade treft vooral kleine houders zonder goede rasters.</li>
<li>De bever breidt zich uit langs de Lindevaart; de graafschade aan kaden neemt toe.</li>
<li>De nota is helder opgezet, maar op een aantal punten kiest zij voor minder dan nodig is.</li>
</ol>
<p>In haar advies over de vorige nota schreef de commissie in 2021: 'Maak de schadecijfers ieder jaar per
gemeente openbaar.' Dat gebeurt sinds 2022 in het jaarverslag van de faunabeheereenheid, en daar is de commissie
tevreden over.</p>
<h2>4. Ons advies</h2>
<p>De commissie onderschrijft de hoofdlijnen van de ontwerpnota. Zij heeft per soort de volgende adviezen.</p>
{TABLE}
<h2>5. Tot slot</h2>
<p>De commissie hecht het meest aan de adviezen 3 en 6, omdat daar de kans op schade in de komende jaren het
grootst is. Wij lichten dit advies graag toe in de Statencommissie Landelijk Gebied.</p>
<p>Namens de Adviescommissie Faunabeleid,<br>ir. G.J. Hofstede, voorzitter<br>M. Brinkman-Lubbers, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Reactie GS advies ACF 2026-01</title>
{CSS}</head><body>
<p class="small">Provincie Westmarken - Gedeputeerde Staten - Paleisweg 2, 8911 LM Westmarken</p>
<p>Aan de Adviescommissie Faunabeleid<br>t.a.v. de heer ir. G.J. Hofstede, voorzitter</p>
<p class="small">Datum: 21 april 2026<br>Kenmerk: GS/LG/2026/01184<br>Onderwerp: uw advies over de
ontwerp-Faunabeleidsnota 2026-2031</p>
<p>Geachte heer Hofstede,</p>
<p>Wij danken de commissie voor haar advies van 19 februari. Het advies heeft ons geholpen de nota op een
aantal punten scherper te maken. In deze brief leest u wat wij met uw adviezen doen. De aangepaste nota gaat
samen met deze brief naar Provinciale Staten.</p>
<h2>Schade in 2025</h2>
<p>In 2025 betaalde het Faunafonds in Westmarken in totaal 2,08 miljoen euro uit, iets minder dan in 2024. Het
aantal meldingen van wolvenaanvallen steeg van 31 naar 46. Maatregel 4 van de uitvoeringsagenda, de subsidie voor
rasters, is in 2025 door 212 houders gebruikt.</p>
<h2>Onze reactie op uw adviezen</h2>
<p>Uw tweede advies nemen wij over. In de nota staat nu dat afschot van zomerganzen alleen nog mag in
gebieden waar de jaarlijkse telling boven het afgesproken niveau uitkomt. De faunabeheereenheid gaat die tellingen
vanaf dit najaar per gebied uitvoeren.</p>
<p>Het vierde en het vijfde advies gaan allebei over de wolf. Hobbyhouders krijgen vanaf 1 juli 2026 een
vergoeding van 50 procent van de kosten van een wolfwerend raster; beroepshouders houden de volledige vergoeding.
Een volledige vergoeding voor iedereen vinden wij te duur. Over een eigen provinciale wolfconsulent hebben wij nog
geen besluit genomen. Wij wachten de landelijke afspraken over de inzet van wolfconsulenten af en komen daar in het
najaar op terug.</p>
<p>Het eerste advies volgen wij niet. De opvanggebieden gaan naar 6.500 hectare, zoals in het
ontwerp. De winterpopulatie is de laatste vijf jaar met een kwart gedaald en het beschikbare budget voor
beheervergoedingen is niet toereikend voor een groter areaal.</p>
<p>Met het derde advies zijn wij het eens. Het Bremmerveld wordt in de nota aangewezen als gebied waar
wilde zwijnen niet gewenst zijn; het leefgebied blijft beperkt tot de Hooge Loo.</p>
<p>Ten slotte het zevende advies. Wij blijven bij een evaluatie na zes jaar. Een tussentijdse
evaluatie kost veel tijd van de faunabeheereenheid en van onze ambtenaren, en de nota biedt al ruimte om bij nieuwe
kennis over de wolf de regels aan te passen.</p>
<h2>Vervolg</h2>
<p>Provinciale Staten bespreken de nota op 3 juni in de commissie Landelijk Gebied. Wij nodigen u graag uit om
daar in te spreken.</p>
<p>Hoogachtend,<br>Gedeputeerde Staten van Westmarken,<br><br>de secretaris, drs. H. Nijland<br>de voorzitter,
mr. C.A. Oosterbaan</p>
</body></html>"""

if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviescommissie Faunabeleid Westmarken - advies ACF 2026-01 - "
            "ontwerp-Faunabeleidsnota 2026-2031", "pagina {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Provincie Westmarken - Gedeputeerde Staten - GS/LG/2026/01184",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Handhaaf de winteropvanggebieden voor overwinterende ganzen op 9.000 hectare",
         "De opvanggebieden gaan naar 6.500 hectare, zoals in het ontwerp", "disagrees"),
        (2, "Sta afschot van zomerganzen alleen toe in gebieden waar",
         "De faunabeheereenheid gaat die tellingen vanaf dit najaar", "agrees"),
        (3, "Houd het leefgebied van het wilde zwijn beperkt tot de",
         "Met het derde advies zijn wij het eens", "agrees"),
        (4, "Vergoed de kosten van wolfwerende rasters voortaan ook volledig aan",
         "Hobbyhouders krijgen vanaf 1 juli 2026 een vergoeding van 50 procent", "partly"),
        (5, "Stel een provinciale wolfconsulent aan die binnen 24 uur",
         "Wij wachten de landelijke afspraken over de inzet van wolfconsulenten af", "noted"),
        (6, "Neem in de nota een beverplan op, met één vast aanspreekpunt", None, "unanswered"),
        (7, "Evalueer de nota na drie jaar in plaats van na zes",
         "Wij blijven bij een evaluatie na zes jaar", "disagrees"),
    ], ["Wij danken de commissie voor haar advies van 19 februari",
        "betaalde het Faunafonds in Westmarken in totaal 2,08 miljoen euro",
        "Wij nodigen u graag uit om daar in te spreken"],
        "Advice: a provincial fauna-policy advisory commission's advice to Gedeputeerde Staten on the draft fauna "
        "policy note; the seven recommendations are the right-hand cells (bare imperatives) of a ruled TABLE 'Nr. | "
        "Soort en onderwerp | Advies aan Gedeputeerde Staten', rows 1-7, running across the page break. Traps: the "
        "Omgevingswet paraphrased with 'moet', a ruled figures table of damage per species, 'Conclusies' numbered "
        "1-5 (findings), the 2021 advice quoted as an imperative (carried out), a closing line naming 'de adviezen "
        "3 en 6'. Response: GS's letter BY ORDINAL only; 'Schade in 2025' (figures, 'Maatregel 4 van de "
        "uitvoeringsagenda', nothing), then in the order 2, 4+5, 1, 3, 7: 2 agrees (culling only after counts), 4 "
        "and 5 in ONE paragraph (4 partly: 50 percent for hobby keepers, not full; 5 noted: waits for national "
        "agreements, back in autumn), 1 disagrees ('volgen wij niet', 6,500 ha), 3 agrees ('zijn wij het eens', "
        "Bremmerveld not wanted), 7 disagrees (evaluation stays at six years). 6 (beaver plan with one contact for "
        "the water boards) is never named: unanswered. The introduction and 'Vervolg' answer nothing.")
    print("written", NAME)
