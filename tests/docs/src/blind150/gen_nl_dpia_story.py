"""Round 150 (nl): the ADVIES OVER EEN DPIA (data protection impact assessment) of an (invented) privacy consultancy on
a municipality's smart cameras and wifi counting in its shopping area; its seven measures are CODED PARAGRAPHS 'M1'-'M7'
(bold code, then the imperative) under '5 Aanbevolen maatregelen', after a risk table coded R1-R6 (trap); answered by
the college's REACTIE VAN DE VERWERKINGSVERANTWOORDELIJKE with INLINE LABELS 'Ad M4.', 'Ad M1.' ... in another order,
one 'Ad M2 en M6.' paragraph answering two with different verdicts and an 'Ad R3.' paragraph answering a risk.

Advice (PyMuPDF Story, sans, indigo headings, metadata table, a risk table, stamped head, 'pagina n van m'): the GDPR
paraphrased with 'moet' (trap), the 2025 privacy scan's advice quoted as an imperative and carried out (trap), the
risks R1-R6 (trap), 'Wij adviseren niet om de verwerking volledig te staken' (trap), a closing naming 'M1 en M2'
(trap); expected numbers 'M1'-'M7'. Response (PyMuPDF Story, stamped, 'pagina n'): Ad M4 agrees (signs with a QR
code at all nine entrances), Ad M1 agrees (edge counting, firmware update), Ad R3 answers a risk (unmatched), Ad M2
en M6 = M2 partly (three months, not four weeks) + M6 disagrees (fixed weekly key kept), Ad M5 noted (the contract runs
through the regional purchasing office, passed on), Ad M7 disagrees (no fixed two-year cycle; reviewed on change);
M3 (the FG's advice in the college decision) unanswered; the introduction and closing answer nothing. All bodies,
places, people, figures and reference numbers invented; the AVG/GDPR named loosely as context only.

Run: /tmp/blind150nl/bin/python tests/docs/src/blind150/gen_nl_dpia_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b150nl as B  # noqa: E402

NAME = "blind150_nl_dpia"
F = B.tmp_fonts()
INK = "#34347a"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.3pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 14.5pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
p.m {{ margin-left: 14pt; }}
b.c {{ color: {INK}; }}
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #c3c3dd; padding: 3px; vertical-align: top;
                 text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
table.grid {{ width: 100%; border-collapse: collapse; margin-bottom: 8pt; }}
table.grid td {{ font-size: 8.5pt; border: 1px solid #a9a9cc; padding: 3px; vertical-align: top;
                                text-align: left; }}
td.hd {{ color: {INK}; font-weight: bold; border-bottom: 2px solid {INK}; }}
"""

RISKS = [
    ("R1", "Personen zijn herkenbaar op camerabeelden die tijdelijk op de server worden opgeslagen.", "hoog"),
    ("R2", "Wifi-tellingen maken het mogelijk om het loopgedrag van één toestel over weken te volgen.", "hoog"),
    ("R3", "Bezoekers weten niet dat er wordt geteld en kunnen hun rechten niet uitoefenen.", "middel"),
    ("R4", "De leverancier laat onderhoud uitvoeren door een dochterbedrijf buiten de EER.", "middel"),
    ("R5", "Gegevens worden later gebruikt voor een ander doel, zoals handhaving.", "middel"),
    ("R6", "Het gehashte MAC-adres kan met een vaste sleutel worden teruggerekend.", "hoog"),
]

RECS = [
    ("M1", "Laat de camera's de beelden direct op het toestel omzetten in tellingen en bewaar geen beelden, ook niet "
           "tijdelijk op de server van de leverancier."),
    ("M2", "Verkort de bewaartermijn van de wifi-tellingen van twaalf maanden naar vier weken en bewaar daarna alleen "
           "totalen per uur en per straat."),
    ("M3", "Vraag de functionaris gegevensbescherming om een schriftelijk advies over deze DPIA en neem dat advies "
           "letterlijk op in het collegebesluit."),
    ("M4", "Plaats bij elke toegang tot het kernwinkelgebied een duidelijk bord met uitleg over de tellingen en een "
           "QR-code naar de privacyverklaring."),
    ("M5", "Leg in de verwerkersovereenkomst met de leverancier vast dat er geen persoonsgegevens buiten de Europese "
           "Economische Ruimte worden verwerkt, ook niet bij onderhoud."),
    ("M6", "Vervang de vaste sleutel waarmee de MAC-adressen worden gehasht door een sleutel die elke dag automatisch "
           "wordt vernieuwd."),
    ("M7", "Actualiseer de DPIA ten minste elke twee jaar en publiceer telkens een samenvatting op de website van de "
           "gemeente."),
]

ADVICE = """<html><body>
<p class="small">Privacybureau Veldhuis &amp; Kaya - gegevensbescherming en informatieveiligheid voor overheden -
Lange Nieuwstraat 19, 3512 PK Domstede - advies@veldhuiskaya.example</p>
<h1>Advies over de DPIA 'Slim tellen in het centrum'</h1>
<table class="meta">
<tr><td class="lab">Opdrachtgever</td><td>gemeente Wieringerwaard-Oost, afdeling Economie en Binnenstad</td></tr>
<tr><td class="lab">Opgesteld door</td><td>mr. D. Veldhuis en E. Kaya MSc CIPP/E</td></tr>
<tr><td class="lab">Kenmerk</td><td>PVK-27-219</td></tr>
<tr><td class="lab">Datum</td><td>2 oktober 2027</td></tr>
</table>
<h2>1 Aanleiding</h2>
<p>De gemeente wil met twaalf slimme camera's en negen wifi-sensoren meten hoeveel bezoekers het kernwinkelgebied
trekt en hoe zij zich door de straten bewegen. De gemeente heeft daarvoor een gegevensbeschermingseffectbeoordeling
(DPIA) laten opstellen en vroeg ons die te beoordelen. Volgens de AVG moet een verwerkingsverantwoordelijke een DPIA
uitvoeren wanneer een verwerking waarschijnlijk een hoog risico inhoudt, zoals bij het stelselmatig volgen van
personen in de openbare ruimte.</p>
<h2>2 Eerder advies</h2>
<p>In de privacyscan van 2025 op de eerste proef met tellingen in de Kerkstraat stond:</p>
<p class="quote">'Zet de camera's zo af dat gevels en ramen van woningen buiten beeld blijven.'</p>
<p>Dat advies is bij de huidige opstelling overal opgevolgd.</p>
<h2>3 De verwerking</h2>
<p>De camera's tellen voetgangers en fietsers. Volgens de DPIA worden de beelden maximaal 48 uur op een server van de
leverancier, CityPulse Analytics B.V., bewaard voor kwaliteitscontrole. De wifi-sensoren vangen signalen op van
telefoons die naar netwerken zoeken; het MAC-adres wordt met een vaste sleutel gehasht en twaalf maanden bewaard.</p>
<h2>4 Risico's</h2>
<p>De DPIA benoemt zes risico's. Wij delen die inschatting, maar vinden het risico bij R6 hoger
dan de DPIA aangeeft.</p>
<table class="grid">
<tr><td class="hd">Code</td><td class="hd">Risico</td><td class="hd">Niveau</td></tr>
""" + "\n".join(f"<tr><td>{c}</td><td>{t}</td><td>{n}</td></tr>" for c, t, n in RISKS) + """
</table>
<h2>5 Aanbevolen maatregelen</h2>
<p>Het doel van de gemeente, inzicht in de drukte om de binnenstad beter in te richten, is legitiem. Wij adviseren
niet om de verwerking volledig te staken, maar wel om haar met de volgende maatregelen te beperken.</p>
""" + "\n".join(f'<p class="m"><b class="c">{c}</b> {t}</p>' for c, t in RECS) + """
<h2>6 Tot slot</h2>
<p>Met deze maatregelen komt het restrisico volgens ons op een aanvaardbaar niveau. M1 en M2 zijn het belangrijkst,
omdat zij het volgen van individuele bezoekers feitelijk onmogelijk maken.</p>
<p class="small">Privacybureau Veldhuis &amp; Kaya - mr. D. Veldhuis, senior adviseur</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Gemeente Wieringerwaard-Oost - college van burgemeester en wethouders - Raadhuisstraat 2, 1766 HB
Wieringerwaard-Oost</p>
<h1>Reactie van de verwerkingsverantwoordelijke op het advies over de DPIA 'Slim tellen in het centrum'</h1>
<table class="meta">
<tr><td class="lab">Aan</td><td>Privacybureau Veldhuis &amp; Kaya, t.a.v. mr. D. Veldhuis</td></tr>
<tr><td class="lab">Ons kenmerk</td><td>EB/2027/3391</td></tr>
<tr><td class="lab">Datum</td><td>23 november 2027</td></tr>
</table>
<p>Geachte heer Veldhuis,</p>
<p>Hartelijk dank voor uw advies van 2 oktober 2027. Het college heeft het op 16 november besproken, samen met de
leverancier en de afdeling Informatievoorziening. Hieronder leest u per maatregel wat wij ermee doen; wij beginnen
met de maatregelen die het snelst kunnen worden uitgevoerd.</p>
<p><b>Ad M4.</b> Overgenomen. Aan alle negen toegangen van het centrum komen in januari 2028 borden met een korte
uitleg en een QR-code.</p>
<p><b>Ad M1.</b> Ook deze maatregel nemen wij over. De leverancier past de software van de camera's in december aan,
zodat er alleen nog getallen het toestel verlaten.</p>
<p><b>Ad R3.</b> Naast de borden plaatsen wij een uitleg in de nieuwsbrief van de ondernemersvereniging en op de
gemeentelijke website.</p>
<p><b>Ad M2 en M6.</b> De bewaartermijn van de wifi-gegevens gaat omlaag, maar minder ver dan u adviseert: wij
bewaren de tellingen drie maanden, omdat de binnenstadsmanager seizoenen wil kunnen vergelijken. Een dagelijks
wisselende sleutel voeren wij niet in: dan kunnen wij herhaalbezoek binnen een week niet meer meten. De sleutel
blijft wekelijks wisselen, zoals nu al het geval is.</p>
<p><b>Ad M5.</b> Het contract met CityPulse Analytics loopt via het regionale inkoopbureau. Wij hebben uw advies
aan dat bureau doorgegeven en laten het aan hen over.</p>
<p><b>Ad M7.</b> Een vaste herhaling om de twee jaar achten wij niet nodig. De DPIA wordt herzien zodra de
verwerking wezenlijk verandert, en niet volgens een vast schema.</p>
<p>Wij gaan ervan uit u hiermee voldoende te hebben geïnformeerd. Voor vragen kunt u terecht bij mevrouw S.
Hoogendoorn, privacyadviseur van de afdeling Informatievoorziening.</p>
<p class="small">Met vriendelijke groet,<br>burgemeester en wethouders van Wieringerwaard-Oost,<br>de secretaris,
ing. P. Spaans - de burgemeester, mr. C.A. Rijnders</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Privacybureau Veldhuis & Kaya - advies DPIA 'Slim tellen in het centrum' - "
            "PVK-27-219", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Wieringerwaard-Oost - reactie op het DPIA-advies - EB/2027/3391",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("M1", "Laat de camera's de beelden direct op het toestel omzetten",
         "zodat er alleen nog getallen het toestel verlaten", "agrees"),
        ("M2", "Verkort de bewaartermijn van de wifi-tellingen van twaalf maanden",
         "wij bewaren de tellingen drie maanden", "partly"),
        ("M3", "Vraag de functionaris gegevensbescherming om een schriftelijk advies", None, "unanswered"),
        ("M4", "Plaats bij elke toegang tot het kernwinkelgebied een duidelijk bord",
         "Aan alle negen toegangen van het centrum komen", "agrees"),
        ("M5", "Leg in de verwerkersovereenkomst met de leverancier vast dat",
         "aan dat bureau doorgegeven en laten het aan hen over", "noted"),
        ("M6", "Vervang de vaste sleutel waarmee de MAC-adressen worden gehasht",
         "Een dagelijks wisselende sleutel voeren wij niet in", "disagrees"),
        ("M7", "Actualiseer de DPIA ten minste elke twee jaar",
         "Een vaste herhaling om de twee jaar achten wij niet nodig", "disagrees"),
    ], ["plaatsen wij een uitleg in de nieuwsbrief van de ondernemersvereniging"],
        "Advice: a privacy consultancy's ADVIES OVER EEN DPIA on a municipality's smart cameras and wifi counting; "
        "the seven measures are CODED PARAGRAPHS 'M1'-'M7' (bold code, then the imperative) under '5 Aanbevolen "
        "maatregelen' (expected 'M1'-'M7'). Traps: the AVG paraphrased with 'moet', the 2025 privacy scan's advice "
        "quoted as an imperative (carried out), a risk table coded R1-R6, 'Wij adviseren niet om de verwerking "
        "volledig te staken', a closing naming 'M1 en M2'. Response: the college's REACTIE with INLINE LABELS 'Ad "
        "..' in the order M4, M1, R3, M2+M6, M5, M7: M4 agrees, M1 agrees, 'Ad R3' answers a RISK (unmatched), ONE "
        "paragraph 'Ad M2 en M6' = M2 partly (three months, not four weeks) + M6 disagrees (weekly key kept), M5 "
        "noted (passed to the regional purchasing office, left to them), M7 disagrees (reviewed on change, no "
        "fixed cycle). M3 (the FG's written advice in the college decision) is never answered; the introduction and "
        "the closing answer nothing.")
    print("written", NAME)
