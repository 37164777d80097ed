"""Round 128 (nl): the ADVIES of a Flemish gemeentelijke ERFGOEDRAAD on the ontwerp of a REGLEMENT OP DE
BEGRAAFPLAATSEN EN HET FUNERAIR ERFGOED, its seven recommendations LETTERED a)-g) in hanging paragraphs, the letters
RUNNING ON over TWO SUB-HEADINGS ('4.1 Over het reglement' a-d, '4.2 Over het beheer van het funerair erfgoed' e-g),
each followed by a short unlettered explanation, across the page break; answered by the UITTREKSEL UIT DE NOTULEN VAN
DE GEMEENTERAAD adopting the reglement, whose section 'Adviezen' answers by INLINE LETTER LABELS ('Advies c:
gedeeltelijk gevolgd.') in another order, between 'Aanleiding en context', 'Juridische gronden', the advice of the
IOED, 'Financiële gevolgen' and the 'Besluit' with 'Artikel 1.'-'Artikel 3.'.

Advice (LibreOffice headless from HTML, sans, 2 p., dark-olive headings, stamped head from p. 2, 'blz. n/m'): the
Decreet op de begraafplaatsen en de lijkbezorging paraphrased with 'moet' (trap), article 18 of the draft quoted
with 'moet' (trap), 'Vaststellingen' 1.-3. from the council's inventory (findings, trap), the council's 2019 advice
quoted as an imperative (trap), a closing line naming 'de adviezen b en e' (trap). Response (LibreOffice from HTML,
2 p.): replies in the order a, c, d, b, f, e; g never answered. Verdicts: a agrees, b disagrees, c partly, d agrees,
e disagrees, f noted, g unanswered. All bodies, places, people, figures and reference numbers invented; the Decreet
op de begraafplaatsen en de lijkbezorging and the Decreet over het lokaal bestuur are named as context only.

Run: /tmp/blind128nl/bin/python tests/docs/src/blind128/gen_nl_erfgoedraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b128nl as B  # noqa: E402

NAME = "blind128_nl_erfgoedraad"
F = B.tmp_fonts()
SANS = "B128NL Sans"
OLIVE = "#4f5a1e"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.3cm 1.9cm 2.3cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {OLIVE}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {OLIVE}; margin-top: 0.3cm; margin-bottom: 0.08cm; }}
h3 {{ font-family: '{SANS}'; font-size: 10pt; color: {OLIVE}; margin-top: 0.2cm; margin-bottom: 0.06cm; }}
td, th {{ font-family: '{SANS}'; font-size: 8.8pt; vertical-align: top; }}
.small {{ font-size: 8.2pt; color: #555555; }}
p.rec {{ margin-left: 0.7cm; text-indent: -0.7cm; margin-bottom: 0.1cm; }}
p.exp {{ margin-left: 0.7cm; color: #333333; }}
p.q {{ font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }}
li {{ margin-bottom: 0.1cm; }}
</style>"""

RECS_1 = [
    ("a", "Neem in het reglement op dat graven die op de lijst van funerair erfgoed staan, niet geruimd mogen worden "
          "zonder advies van de erfgoedraad.",
     "Nu beslist de dienst Begraafplaatsen alleen. Zo verdwenen in 2024 nog twee grafkelders van burgemeesters uit de "
     "negentiende eeuw."),
    ("b", "Schaf de concessievergoeding volledig af voor wie een graf van erfgoedwaarde adopteert en onderhoudt.",
     "Het ontwerp halveert de vergoeding voor adoptanten. De raad vindt dat te weinig: wie een oud graf herstelt, "
     "doet werk dat anders de gemeente zou moeten doen."),
    ("c", "Verleng de termijn van de aanplakking bij het verlopen van een concessie van één jaar naar twee jaar.",
     "Nabestaanden wonen vaak ver weg en komen niet elk jaar op de begraafplaats."),
    ("d", "Plaats op de begraafplaats van Haverzele-Dorp een infobord over de geschiedenis van de belangrijkste "
          "graven.",
     "Bezoekers en scholen vragen ernaar; de heemkundige kring heeft de teksten grotendeels al klaar."),
]
RECS_2 = [
    ("e", "Trek in het meerjarenplan jaarlijks 20.000 euro uit voor de restauratie van grafmonumenten van "
          "erfgoedwaarde.",
     "Veel monumenten zijn in slechte staat. Een vast budget maakt het mogelijk elk jaar een paar graven te "
     "herstellen in plaats van te wachten tot ze instorten."),
    ("f", "Onderzoek of het oude lijkenhuisje op de begraafplaats van Haverzele-Veld kan worden ingericht als "
          "afscheidsruimte.",
     "Het gebouwtje staat leeg en heeft een mooie neogotische gevel."),
    ("g", "Betrek de heemkundige kring bij de inventarisatie van de graven op de begraafplaatsen van de "
          "deelgemeenten.",
     "De inventaris van 2018 beperkte zich tot de begraafplaats van Haverzele-Dorp."),
]


def recs_html(recs):
    return "\n".join(f'<p class="rec">{k})&#9;{r}</p>\n<p class="exp">{e}</p>' for k, r, e in recs)


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies erfgoedraad reglement
begraafplaatsen</title>{CSS}</head><body>
<p class="small">Erfgoedraad Haverzele - gemeentelijke adviesraad voor cultureel erfgoed en onroerend erfgoed</p>
<h1>Advies over het ontwerp van reglement op de begraafplaatsen en het funerair erfgoed</h1>
<p class="small">Advies ER/2026/02 - goedgekeurd op de algemene vergadering van 12 mei 2026 - aan het college van
burgemeester en schepenen van Haverzele</p>
<hr>

<h2>1. Adviesvraag</h2>
<p>Op 2 april 2026 vroeg het college de erfgoedraad om advies over het ontwerp van reglement op de begraafplaatsen en
het funerair erfgoed, dat het reglement van 2009 vervangt. Volgens het Decreet op de begraafplaatsen en de
lijkbezorging moet de gemeente de ruiming van graven vooraf aankondigen door een aanplakking bij het graf en aan de
ingang van de begraafplaats, en moet een concessie na afloop kunnen worden hernieuwd op aanvraag van de
nabestaanden.</p>
<p>Artikel 18 van het ontwerp bepaalt bovendien dat een graf dat niet meer onderhouden wordt, na een vaststelling van
verwaarlozing moet worden geruimd. De erfgoedraad begrijpt die regel, maar wijst erop dat juist veel oude graven
met erfgoedwaarde geen nabestaanden meer hebben.</p>

<h2>2. Vaststellingen</h2>
<p>Bij haar inventaris van de begraafplaats van Haverzele-Dorp stelde de erfgoedraad het volgende vast:</p>
<ol>
<li>Van de 1.310 graven hebben er 214 een erfgoedwaarde, van wie 61 uit de periode voor 1900.</li>
<li>Bij 87 van die graven is de concessie verlopen of is er geen concessiehouder meer bekend.</li>
<li>Slechts 12 graven worden onderhouden door een adoptant.</li>
</ol>

<h2>3. Eerder advies</h2>
<p>In haar advies over het erfgoedbeleidsplan van 2019 schreef de raad al:</p>
<p class="q">'Maak een lijst van het funerair erfgoed en leg die vast in een gemeenteraadsbesluit.'</p>
<p>Die lijst werd in 2021 door de gemeenteraad vastgesteld. De raad gaat er in dit advies van uit dat de lijst
wordt bijgehouden.</p>

<h2>4. Advies</h2>
<p>De erfgoedraad geeft een gunstig advies over het ontwerp, onder voorbehoud van de volgende adviezen.</p>
<h3>4.1 Over het reglement</h3>
{recs_html(RECS_1)}
<h3>4.2 Over het beheer van het funerair erfgoed</h3>
{recs_html(RECS_2)}

<h2>5. Tot slot</h2>
<p>De erfgoedraad dringt vooral aan op de adviezen b en e, omdat zonder adoptanten en zonder budget het funerair
erfgoed van Haverzele in de komende tien jaar grotendeels verloren gaat.</p>
<p>Voor de erfgoedraad,<br>Griet Vanhoutte, voorzitter - Pieter Claeys, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Uittreksel notulen gemeenteraad
Haverzele</title>{CSS}</head><body>
<p class="small">Gemeente Haverzele - uittreksel uit de notulen van de gemeenteraad</p>
<h1>Reglement op de begraafplaatsen en het funerair erfgoed. Vaststelling</h1>
<p class="small">Zitting van 23 juni 2026 - agendapunt 14 - dossier 2026/0457</p>
<p class="small">Aanwezig: Lotte De Smedt, voorzitter; Wim Vercruysse, burgemeester; de schepenen en raadsleden
volgens de aanwezigheidslijst; Els Maes, algemeen directeur</p>
<hr>

<h2>Aanleiding en context</h2>
<p>Het huidige reglement dateert van 2009 en houdt geen rekening met de lijst van funerair erfgoed die de raad in
2021 vaststelde. Ook de tarieven en de regels voor asverstrooiing moesten worden herzien. Het ontwerp werd op 31 maart
2026 door het college goedgekeurd en daarna voor advies voorgelegd.</p>

<h2>Juridische gronden</h2>
<p>Het Decreet over het lokaal bestuur, in het bijzonder artikel 40 en 41, over de bevoegdheden van de
gemeenteraad.</p>
<p>Het Decreet op de begraafplaatsen en de lijkbezorging en zijn uitvoeringsbesluiten.</p>

<h2>Adviezen</h2>
<h3>Advies van de erfgoedraad van 12 mei 2026</h3>
<p>De erfgoedraad gaf een gunstig advies met zeven bijkomende adviezen. Het college stelt voor om daar als volgt mee
om te gaan.</p>
<p><b>Advies a: gevolgd.</b> Artikel 31 van het reglement bepaalt nu dat een graf op de lijst van funerair erfgoed
pas geruimd wordt na advies van de erfgoedraad.</p>
<p><b>Advies c: gedeeltelijk gevolgd.</b> De aanplakking bij het verlopen van een concessie duurt voortaan achttien
maanden. Twee jaar is te lang, omdat er op de begraafplaats van Haverzele-Dorp bijna geen vrije plaatsen meer zijn.</p>
<p><b>Advies d: gevolgd.</b> In het najaar van 2026 plaatst de dienst Erfgoed een infobord bij de ingang, met teksten
die samen met de erfgoedraad worden opgesteld.</p>
<p><b>Advies b: niet gevolgd.</b> De halvering van de concessievergoeding voor adoptanten blijft behouden, maar een
volledige vrijstelling wordt niet toegekend: de vergoeding dekt ook het algemene onderhoud van de paden en het
groen.</p>
<p><b>Advies f: ter studie.</b> Of het lijkenhuisje als afscheidsruimte kan dienen, hangt af van een
stabiliteitsonderzoek dat in 2027 gepland is. Het college neemt de vraag mee bij de volgende aanpassing van het
meerjarenplan, zonder zich nu vast te leggen.</p>
<p><b>Advies e: niet gevolgd.</b> In het meerjarenplan 2026-2031 is geen ruimte voor een jaarlijks
restauratiebudget. Restauraties blijven afhankelijk van projectsubsidies van de Vlaamse overheid.</p>
<h3>Advies van de IOED Haverland van 5 mei 2026</h3>
<p>De intergemeentelijke onroerenderfgoeddienst gaf een gunstig advies en stelde voor de begrippen in artikel 2 af te
stemmen op de terminologie van het onroerenderfgoedbeleid. Dit voorstel werd overgenomen.</p>

<h2>Argumentatie</h2>
<p>Het nieuwe reglement brengt de regels voor begraven, asverstrooiing en concessies samen in één tekst en geeft het
funerair erfgoed voor het eerst een eigen hoofdstuk. De tarieven worden gelijkgetrokken voor alle zes
begraafplaatsen van de gemeente.</p>

<h2>Financiële gevolgen</h2>
<p>De nieuwe tarieven leveren naar schatting 38.500 euro per jaar op, tegenover 34.200 euro onder het huidige
reglement. Het infobord wordt betaald uit budget 2026/0719/64.</p>

<h2>Besluit</h2>
<p>Goedgekeurd met 19 stemmen voor en 6 onthoudingen.</p>
<p><b>Artikel 1.</b> De gemeenteraad stelt het reglement op de begraafplaatsen en het funerair erfgoed vast, zoals
gevoegd bij dit besluit.</p>
<p><b>Artikel 2.</b> Het reglement van 16 maart 2009 wordt opgeheven.</p>
<p><b>Artikel 3.</b> Dit besluit treedt in werking op 1 september 2026.</p>
<p class="small">Namens de gemeenteraad: Els Maes, algemeen directeur - Lotte De Smedt, voorzitter</p>
</body></html>"""


def expected():
    recs = [
        (1, "Neem in het reglement op dat graven die op de lijst",
         "pas geruimd wordt na advies van de erfgoedraad", "agrees"),
        (2, "Schaf de concessievergoeding volledig af voor wie een graf van erfgoedwaarde",
         "volledige vrijstelling wordt niet toegekend", "disagrees"),
        (3, "Verleng de termijn van de aanplakking bij het verlopen van een concessie",
         "duurt voortaan achttien maanden. Twee jaar is te lang", "partly"),
        (4, "Plaats op de begraafplaats van Haverzele-Dorp een infobord over de geschiedenis",
         "plaatst de dienst Erfgoed een infobord bij de ingang", "agrees"),
        (5, "Trek in het meerjarenplan jaarlijks 20.000 euro uit voor de restauratie",
         "is geen ruimte voor een jaarlijks restauratiebudget", "disagrees"),
        (6, "Onderzoek of het oude lijkenhuisje op de begraafplaats van Haverzele-Veld",
         "hangt af van een stabiliteitsonderzoek dat in 2027 gepland is", "noted"),
        (7, "Betrek de heemkundige kring bij de inventarisatie van de graven", None, "unanswered"),
    ]
    unmatched = ["Het huidige reglement dateert van 2009 en houdt geen rekening",
                 "stelde voor de begrippen in artikel 2 af te stemmen",
                 "De nieuwe tarieven leveren naar schatting 38.500 euro per jaar op",
                 "Dit besluit treedt in werking op 1 september 2026"]
    notes = ("Advice: the ADVIES of a Flemish gemeentelijke ERFGOEDRAAD on the ontwerp of a reglement on cemeteries "
             "and funerary heritage (LibreOffice from HTML, 2 p.); the seven recommendations are LETTERED a)-g) "
             "imperatives in hanging paragraphs ('Neem ... op', 'Schaf ... af', 'Verleng ...', 'Plaats ...', "
             "'Trek ... uit', 'Onderzoek ...', 'Betrek ...'), each followed by an unlettered explanation, the "
             "letters running on over two sub-headings ('4.1 Over het reglement' a-d, '4.2 Over het beheer van het "
             "funerair erfgoed' e-g), across the page break. Traps: the Decreet op de begraafplaatsen en de "
             "lijkbezorging paraphrased with 'moet', article 18 of the draft with 'moet', 'Vaststellingen' 1.-3. "
             "(inventory figures), the 2019 advice quoted as an imperative ('Maak een lijst ...'), a closing line "
             "naming 'de adviezen b en e'. Response: the UITTREKSEL UIT DE NOTULEN VAN DE GEMEENTERAAD adopting the "
             "reglement; under 'Adviezen' bold INLINE LETTER LABELS in the order a agrees ('gevolgd': article 31, no "
             "clearing without the council's advice), c partly (eighteen months, not two years), d agrees (info "
             "board in autumn 2026), b disagrees (halving kept, no full exemption), f noted ('ter studie', depends "
             "on a 2027 stability study, not committed), e disagrees (no yearly restoration budget). 'Aanleiding en "
             "context', 'Juridische gronden', the IOED's advice, 'Argumentatie', 'Financiële gevolgen' (figures) "
             "and the 'Besluit' with Artikel 1.-3. answer nothing; g (the heemkundige kring in the inventory) never "
             "answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Erfgoedraad Haverzele - advies ER/2026/02 - ontwerp reglement begraafplaatsen en "
            "funerair erfgoed", "blz. {n}/{m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeenteraad Haverzele - zitting 23 juni 2026 - agendapunt 14", "{n}/{m}",
            F["Regular"])
    expected()
