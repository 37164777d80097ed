"""Round 141 (nl): the ADVICE of an (invented) municipal MONUMENTENCOMMISSIE to the college on an application for
an omgevingsvergunning to restore a listed farmhouse (rijksmonument) and convert it into care homes; its seven
recommendations are UNNUMBERED SENTENCES in the running text of the assessment per building part ('Dak', 'Gevels',
'Interieur en indeling', 'Erf en bouwhistorie'), mixed with judgements and explanation; answered by the ARCHITECT's
LETTER on behalf of the applicant, BY BUILDING PART in another order, two paragraphs each answering two with
different verdicts.

Advice (PyMuPDF Story, sans, dark-olive headings, stamped head, 'pagina n van m'): the heritage
regulation paraphrased with 'moet' (trap), the commission's 2022 pre-consultation advice quoted as an imperative
(carried out, trap), positive judgements 'De commissie is positief over ...' in the recommendations' places (trap),
'De commissie adviseert niet om het in 1962 gesloopte zomerhuis te herbouwen' (trap), a conclusion 'positief, mits'
and a closing line naming 'het dak en de deel' (trap). Response (PyMuPDF Story, stamped): 5 disagrees, 3 agrees + 4
partly in one paragraph, 1 agrees + 2 disagrees in one paragraph, 6 noted; 7 unanswered; the 2022 barn doors
answered (unmatched); introduction and closing answer nothing. All bodies, places, people, figures and reference
numbers invented; rules named as context only.

Run: /tmp/blind141nl/bin/python tests/docs/src/blind141/gen_nl_monumenten_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b141nl as B  # noqa: E402

NAME = "blind141_nl_monumenten"
F = B.tmp_fonts()
OLIVE = "#5b5a1e"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.5pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {OLIVE}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {OLIVE}; margin-top: 9pt; margin-bottom: 3pt; }}
h3 {{ font-size: 9.8pt; color: #333333; margin-top: 6pt; margin-bottom: 2pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
.concl {{ border: 1px solid {OLIVE}; padding: 4pt; font-weight: bold; text-align: left; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
td {{ font-size: 8.6pt; border: 1px solid #b9b78c; padding: 3px; vertical-align: top; text-align: left; }}
"""

ADVICE = """<html><body>
<p class="small">Monumentencommissie gemeente Sleenwijk - p/a Team Vergunningen, Brink 1, 7841 AB Sleenwijk</p>
<h1>Advies over de restauratie en herbestemming van boerderij Groot Haverland</h1>
<table>
<tr><td>Aan</td><td>het college van burgemeester en wethouders van Sleenwijk</td></tr>
<tr><td>Aanvraag</td><td>omgevingsvergunning, activiteit rijksmonument, zaak Z-2026-004417; aanvrager Stichting Wonen op
Groot Haverland; architect Van Lierop Restauratiearchitecten, Sleen</td></tr>
<tr><td>Object</td><td>boerderij Groot Haverland, Haverlandseweg 9, Oud-Sleen (rijksmonument)</td></tr>
<tr><td>Kenmerk en datum</td><td>MC 2026-17, vergadering van 14 april 2026, advies verzonden 17 april 2026</td></tr>
</table>
<h2>1 Het monument en de aanvraag</h2>
<p>Groot Haverland is een hallehuisboerderij uit 1786 met een rieten wolfsdak, een gepleisterd voorhuis en een
deel met vier ankerbalkgebinten. In het voorhuis is een opkamer met een kelder bewaard gebleven. De aanvraag voorziet
in restauratie van het casco en in de verbouwing tot zes zorgwoningen met een gemeenschappelijke ruimte, voor
ouderen met een lichte zorgvraag. De commissie bezocht de boerderij op 7 april 2026 met de architect en de
bouwhistoricus van de gemeente.</p>
<p>Volgens de erfgoedverordening moet de commissie beoordelen of een ingreep de monumentale waarden van het pand
respecteert, en moet een wijziging zo veel mogelijk omkeerbaar zijn. Herbestemming is daarbij geen bedreiging: een
monument dat gebruikt wordt, blijft het best bewaard.</p>
<p>In het vooroverleg van 2022 gaf de commissie de initiatiefnemers onder meer mee:</p>
<p class="quote">'Behoud de oorspronkelijke deeldeuren in de achtergevel en maak ze niet vast dicht.'</p>
<p>Het huidige plan houdt daar rekening mee.</p>
<h2>2 Beoordeling</h2>
<h3>Dak</h3>
<p>De commissie is positief over het herstel van de oorspronkelijke dakvorm met de wolfseinden. De commissie
adviseert het riet op het voorhuis te vervangen door nieuw riet van dezelfde dikte en geen rietimitatie toe te
passen, ook niet op de lagere dakvlakken. Daarnaast vraagt zij de zonnepanelen niet op het zuidelijke dakvlak van
het voorhuis te leggen, maar op het dak van de nieuwe schuur achter op het erf, waar ze vanaf de weg niet te zien
zijn.</p>
<h3>Gevels</h3>
<p>Het gepleisterde voorhuis en de baksteengevels van de deel zijn in redelijke staat. Herstel het metselwerk van
de deelgevels met een kalkmortel en vermijd voegwerk met cementmortel, omdat dat de oude, zachte steen doet
afschilferen. De architect wil in de zijgevels van de deel negen nieuwe ramen maken. De commissie begrijpt dat de
woningen licht nodig hebben, maar vindt negen te veel: zij adviseert het aantal nieuwe raamopeningen in de zijgevels
van de deel te beperken tot vier, in de maat en vorm van de bestaande stalramen.</p>
<h3>Interieur en indeling</h3>
<p>De commissie is positief over het behoud van de opkamer en de bedstedenwand in het voorhuis. De deel is echter
het hart van het monument. Handhaaf de deel als één doorlopende ruimte, bijvoorbeeld als gemeenschappelijke woonkamer,
in plaats van haar op te delen in twee woningen met een tussenvloer. De gebinten blijven dan in hun volle hoogte
beleefbaar.</p>
<p>De commissie adviseert niet om het in 1962 gesloopte zomerhuis te herbouwen: over de vorm ervan is te weinig
bekend, en een reconstructie zou het beeld van het erf eerder vertroebelen dan herstellen.</p>
<h3>Erf en bouwhistorie</h3>
<p>Bij het verlagen van de vloer onder de opkamer gaat informatie verloren. Laat een bouwhistoricus de kelder onder
de opkamer documenteren voordat de keldervloer wordt verlaagd, en leg de resultaten vast in een kort rapport. Ook het
erf hoort bij het monument. De commissie adviseert de historische erfbeplanting te herstellen, met een rij leilindes
aan de wegzijde en een hoogstamboomgaard achter de schuur.</p>
<h2>3 Conclusie</h2>
<p class="concl">De commissie adviseert het college positief over de aanvraag, mits de aanvrager de punten uit
hoofdstuk 2 in de uitwerking verwerkt.</p>
<p>De commissie wil het aangepaste plan graag opnieuw zien, vooral voor het dak en de deel. Zij dankt de architect
voor de heldere toelichting tijdens het bezoek.</p>
<p>Namens de Monumentencommissie Sleenwijk,<br>ir. G.J. ter Haar-Nijenhuis, voorzitter<br>drs. P.A. Smeenk,
secretaris</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Van Lierop Restauratiearchitecten - Molenstraat 22, 7841 CE Sleen</p>
<p>Gemeente Sleenwijk, Team Vergunningen<br>t.a.v. de heer R. Kuipers, casemanager<br>Postbus 10, 7840 AA Sleenwijk</p>
<p class="small">Sleen, 2 juni 2026 - ons projectnummer 25.031 - uw zaaknummer Z-2026-004417 - onderwerp: reactie op
het advies van de monumentencommissie MC 2026-17, boerderij Groot Haverland</p>
<p>Geachte heer Kuipers,</p>
<p>Namens onze opdrachtgever, de Stichting Wonen op Groot Haverland, danken wij de monumentencommissie voor haar
zorgvuldige advies en voor het goede gesprek op de boerderij. Hieronder lichten wij toe hoe wij het plan hebben
aangepast. Wij volgen daarbij de volgorde van de tekeningen, van binnen naar buiten. De gewijzigde tekeningen
(revisie C) zijn als aanvulling op de aanvraag ingediend.</p>
<h2>Interieur en indeling</h2>
<p>De deel blijft verdeeld over twee woningen. De stichting heeft zes woningen nodig om de restauratie te kunnen
betalen; met vijf woningen sluit de exploitatie niet. Wij hebben wel de tussenvloer een meter teruggelegd van de
gebinten, zodat die over de volle hoogte zichtbaar blijven vanuit een vide.</p>
<p>De deeldeuren in de achtergevel blijven, zoals in 2022 afgesproken, draaibaar en krijgen aan de binnenzijde
een glazen pui.</p>
<h2>Gevels</h2>
<p>Het voegwerk wordt uitgevoerd in een kalkmortel, naar een bestek dat de restauratiedeskundige van de gemeente heeft
goedgekeurd. Wat de ramen in de deel betreft, zijn wij de commissie tegemoetgekomen: in plaats van negen komen er zes
nieuwe openingen, alle in de maat van de oude stalramen. Met minder ramen zouden slaapkamers zonder daglicht ontstaan in
twee woningen.</p>
<h2>Dak</h2>
<p>Voor het voorhuis is nieuw riet in de oorspronkelijke dikte besteld; ook de lagere dakvlakken worden in riet
uitgevoerd. De zonnepanelen houden wij op het zuidelijke dakvlak van het voorhuis: het dak van de nieuwe schuur
ligt in de schaduw van de eiken en levert te weinig op. Wij kiezen wel voor matzwarte panelen die tussen de
rietvlakken in het dakvlak zijn verzonken.</p>
<h2>Bouwhistorie</h2>
<p>Het verzoek om de kelder onder de opkamer te laten documenteren hebben wij ter kennisgeving aangenomen.
Onze opdrachtgever beslist daarover nadat er een offerte van een bouwhistoricus is.</p>
<p>Wij hopen dat het plan hiermee op een positief besluit kan rekenen, en komen het graag nog eens toelichten in de
commissie.</p>
<p>Met vriendelijke groet,<br>ir. M.C. van Lierop, architect</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Monumentencommissie Sleenwijk - advies boerderij Groot Haverland - MC 2026-17",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Van Lierop Restauratiearchitecten - reactie advies monumentencommissie - "
            "project 25.031", "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "De commissie adviseert het riet op het voorhuis te vervangen",
         "nieuw riet in de oorspronkelijke dikte besteld", "agrees"),
        ("2", "Daarnaast vraagt zij de zonnepanelen niet op het zuidelijke dakvlak",
         "ligt in de schaduw van de eiken", "disagrees"),
        ("3", "Herstel het metselwerk van de deelgevels met een kalkmortel",
         "naar een bestek dat de restauratiedeskundige van de gemeente heeft goedgekeurd", "agrees"),
        ("4", "zij adviseert het aantal nieuwe raamopeningen in de zijgevels",
         "in plaats van negen komen er zes nieuwe openingen", "partly"),
        ("5", "Handhaaf de deel als één doorlopende ruimte,",
         "De deel blijft verdeeld over twee woningen", "disagrees", ["partly"]),
        ("6", "Laat een bouwhistoricus de kelder onder de opkamer documenteren",
         "hebben wij ter kennisgeving aangenomen", "noted"),
        ("7", "De commissie adviseert de historische erfbeplanting te herstellen,", None, "unanswered"),
    ], ["blijven, zoals in 2022 afgesproken, draaibaar",
        "De gewijzigde tekeningen (revisie C) zijn als aanvulling"],
        "Advice: a municipal monumentencommissie's advice to the college on an application for an omgevingsvergunning "
        "to restore a listed farmhouse (rijksmonument) and convert it into six care homes; the seven recommendations "
        "are UNNUMBERED SENTENCES in the running text of '2 Beoordeling' under 'Dak', 'Gevels', 'Interieur en "
        "indeling' and 'Erf en bouwhistorie' (numbered 1-7 here in reading order), some 'De commissie adviseert "
        "...', some 'Daarnaast vraagt zij ...', some plain imperatives, one after a colon ('zij adviseert het aantal "
        "...'), mixed with judgements and explanation. Traps: the heritage regulation paraphrased with 'moet', the "
        "2022 pre-consultation advice quoted as an imperative ('Behoud de oorspronkelijke deeldeuren ...', carried "
        "out), judgements 'De commissie is positief over ...', 'De commissie adviseert niet om het in 1962 gesloopte "
        "zomerhuis te herbouwen', a framed conclusion 'positief, mits', a closing line naming 'het dak en de deel'. "
        "Response: the ARCHITECT's letter on behalf of the applicant, BY BUILDING PART in another order: 5 disagrees "
        "(the deel stays split into two homes; the mezzanine set back from the trusses - 'also' partly), the 2022 "
        "barn doors (unmatched), ONE paragraph = 3 agrees (lime mortar) + 4 partly (six new openings instead of four), "
        "1 agrees (new thatch), 2 disagrees (solar panels stay on the front roof), 6 noted ('ter kennisgeving "
        "aangenomen'). 7 (historic farmyard planting) is never answered. Introduction and closing answer nothing.")
    print("written", NAME)
