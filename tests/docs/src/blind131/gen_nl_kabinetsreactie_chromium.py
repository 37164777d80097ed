"""Round 131 (nl): the ADVIES of an (invented) national advisory council on water and soil to the ministers, on
keeping rain water in the sandy uplands; its seven recommendations are the UNNUMBERED rows of a closing table
'Overzicht van de adviezen' grouped under ADDRESSEE band rows (Aan de minister van ...), the chapters before it
holding findings only; answered by the minister's KAMERBRIEF (kabinetsreactie) QUOTING each advice in italics
('De raad adviseert: ...') before the cabinet's reply, in ANOTHER ORDER, one advice never quoted.

Advice (Chromium --print-to-pdf, 2-3 p., two-column findings, slate-blue headings, stamped head from p. 2,
'pagina n/m'): the minister's questions numbered 1-3 (trap), the Waterwet paraphrased with 'moet' (trap), findings
'De raad constateert' with figures (trap), the council's 2019 advice quoted as an imperative (trap), a closing line
naming 'de eerste twee adviezen' (trap). Response (Chromium, 2 p.): 3 agrees, 1 partly, 5 partly, 2 disagrees,
6 agrees, 4 noted; 7 unanswered; the introduction, 'Financiën' (figures) and 'Tot slot' answer nothing. All bodies,
places, people, figures and reference numbers invented; the Waterwet is named as context only.

Run: /tmp/blind131nl/bin/python tests/docs/src/blind131/gen_nl_kabinetsreactie_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b131nl as B  # noqa: E402

NAME = "blind131_nl_kabinetsreactie"
F = B.tmp_fonts()
SANS = "B131NL Sans"
SLATE = "#2f4a6d"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2cm 1.8cm 2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.22cm 0; text-align: justify; }}
h1 {{ font-size: 17pt; color: {SLATE}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11.5pt; color: {SLATE}; margin: 0.4cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.2pt; color: #555; }}
.cols {{ column-count: 2; column-gap: 0.7cm; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.7cm; }}
blockquote {{ margin: 0.1cm 0.8cm 0.25cm 0.8cm; font-style: italic; color: #444; }}
table.ov {{ width: 100%; border-collapse: collapse; font-size: 8.8pt; }}
table.ov th {{ background: {SLATE}; color: #fff; text-align: left; padding: 4px 6px; }}
table.ov td {{ border-bottom: 0.6pt solid #b8c4d3; padding: 4px 6px; vertical-align: top; }}
table.ov tr.band td {{ background: #e6ecf3; font-weight: bold; color: {SLATE}; border-bottom: none; }}
table.ov tr {{ break-inside: avoid; }}
p.q {{ font-style: italic; margin-left: 0.6cm; border-left: 2.5pt solid #b8c4d3; padding-left: 0.3cm; }}
</style>"""


def rows():
    groups = [
        ("Aan de minister van Infrastructuur en Waterstaat", [
            ("Stel uiterlijk in 2028 een landelijke norm vast voor het deel van de neerslag dat op de hoge "
             "zandgronden moet worden vastgehouden.", "2028"),
            ("Breng alle grondwateronttrekkingen voor drinkwater en industrie per provincie in kaart en maak dat "
             "overzicht jaarlijks openbaar.", "2027"),
            ("Laat een onafhankelijke monitor elke twee jaar rapporteren over de grondwaterstand op de zandgronden.",
             "vanaf 2027"),
        ]),
        ("Aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur", [
            ("Maak beregening uit grondwater in alle provincies vergunningplichtig boven een capaciteit van 60 "
             "kubieke meter per uur.", "2027"),
            ("Beloon agrariërs die water vasthouden met een vaste vergoeding per hectare uit het landbouwbudget.",
             "2027"),
        ]),
        ("Aan beide ministers, samen met de provincies", [
            ("Reserveer in het Deltafonds een vast bedrag per jaar voor zoetwatermaatregelen op de hoge zandgronden.",
             "begroting 2028"),
            ("Neem de beschikbaarheid van zoet water op als harde voorwaarde bij de keuze van nieuwe "
             "woningbouwlocaties.", "direct"),
        ]),
    ]
    out = []
    for band, items in groups:
        out.append(f'<tr class="band"><td colspan="2">{band}</td></tr>')
        for text, when in items:
            out.append(f"<tr><td>{text}</td><td>{when}</td></tr>")
    return "\n".join(out)


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Elke druppel telt</title>{CSS}</head>
<body>
<p class="small">Raad voor Water en Bodem - advies 2026/02 - Den Haag, 5 februari 2026</p>
<h1>Elke druppel telt</h1>
<p><b>Advies over het vasthouden van zoet water op de hoge zandgronden</b></p>
<p class="small">Aan de minister van Infrastructuur en Waterstaat en de minister van Landbouw, Visserij,
Voedselzekerheid en Natuur - kenmerk RWB/2026/02</p>
<h2>1. De vraag</h2>
<p>Na de droge zomers van 2018, 2022 en 2025 vroegen de ministers de raad op 12 juni 2025 om advies. Zij legden de
raad drie vragen voor:</p>
<ol>
<li>Hoe groot is het tekort aan grondwater op de hoge zandgronden, en waar is het het grootst?</li>
<li>Welke rol spelen beregening en drinkwaterwinning in dat tekort?</li>
<li>Welke instrumenten heeft het Rijk om het tij te keren?</li>
</ol>
<h2>2. Wat de raad ziet</h2>
<div class="cols">
<p>De raad constateert dat de grondwaterstand op de hoge zandgronden in Oost- en Zuid-Nederland sinds 1990 op veel
plaatsen met 30 tot 80 centimeter is gedaald. In droge zomers vallen beken droog die dat vroeger nooit deden. In 2025
stonden 214 kilometer beek langer dan een maand droog.</p>
<p>Beregening uit grondwater is in droge jaren goed voor ongeveer een derde van de onttrekkingen. De drinkwaterbedrijven
onttrekken jaarlijks ruim 800 miljoen kubieke meter, en die vraag groeit met de bevolking mee. Wie wat onttrekt, is
niet overal bekend: niet elke provincie houdt een volledig register bij.</p>
<p>Op grond van de Waterwet moet het waterschap zorgen voor voldoende water van goede kwaliteit, en moet de provincie
de grote onttrekkingen vergunnen. Die taakverdeling is helder op papier, maar in de praktijk verschillen de regels
per provincie sterk. De raad ziet dat boeren aan weerszijden van een provinciegrens onder heel andere voorwaarden
beregenen.</p>
<p>De raad heeft dit probleem eerder gesignaleerd. In zijn advies 'Droogte als opgave' uit 2019 schreef hij al:
<i>'Geef water een sturende rol bij de inrichting van het landelijk gebied.'</i> Het kabinet omarmde dat principe,
maar de raad ziet nog weinig van de uitwerking terug in concrete besluiten over ruimte en geld.</p>
<p>Ten slotte constateert de raad dat de maatregelen die nu lopen, vooral vrijwillig en tijdelijk zijn. Projecten
stoppen als de subsidie afloopt, en de resultaten worden nergens samenhangend gevolgd. Daardoor is niet te zeggen of
de daling van de grondwaterstand wordt gestopt.</p>
</div>
<h2>3. Overzicht van de adviezen</h2>
<p>Op grond van zijn analyse komt de raad tot de volgende adviezen. De tabel noemt ook het jaar waarin de raad
resultaat verwacht.</p>
<table class="ov">
<tr><th>Advies</th><th style="width:2.8cm">Termijn</th></tr>
{rows()}
</table>
<h2>4. Tot slot</h2>
<p>De raad is graag bereid dit advies toe te lichten. Hij hecht eraan dat de eerste twee adviezen in samenhang worden
opgepakt, omdat een norm zonder inzicht in de onttrekkingen niet te handhaven is.</p>
<p>Namens de Raad voor Water en Bodem,<br>prof. dr. ir. G.J. (Gerda) Lammers-Oudshoorn, voorzitter<br>
drs. K. (Koen) Verbiest, algemeen secretaris</p>
</body></html>"""


def q(text):
    return f'<p class="q">De raad adviseert: {text}</p>'


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kabinetsreactie Elke druppel
telt</title>{CSS}</head><body>
<p class="small">Ministerie van Infrastructuur en Waterstaat</p>
<p class="small">Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br>Datum: 23 april 2026<br>
Kenmerk: IenW/BSK-2026/88410<br>Onderwerp: kabinetsreactie op het advies 'Elke druppel telt'</p>
<div style="height:0.4cm"></div>
<p>Geachte voorzitter,</p>
<p>Op 5 februari 2026 bracht de Raad voor Water en Bodem het advies 'Elke druppel telt' uit. Met deze brief bied ik
u, mede namens de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, de reactie van het kabinet aan. Het
kabinet herkent de analyse van de raad en dankt hem voor een helder en goed onderbouwd advies.</p>
<h2>Inzicht en monitoring</h2>
{q("Breng alle grondwateronttrekkingen voor drinkwater en industrie per provincie in kaart.")}
<p>Het kabinet neemt dit advies over. Samen met het IPO zorgen wij dat vanaf 2027 een landelijk register van alle
vergunde onttrekkingen openbaar beschikbaar is, met een jaarlijkse actualisatie.</p>
{q("Stel een landelijke norm vast voor het vasthouden van neerslag op de hoge zandgronden.")}
<p>Het kabinet deelt het doel, maar kiest niet voor een bindende norm. Wij werken in 2027 een landelijke
streefwaarde uit, die provincies en waterschappen vertalen naar hun eigen gebied. Een harde norm past naar ons
oordeel niet bij de grote verschillen tussen de zandgebieden.</p>
{q("Laat een onafhankelijke monitor elke twee jaar rapporteren over de grondwaterstand.")}
<p>Dit advies nemen wij over. De eerste monitor verschijnt in het voorjaar van 2027; de Tweede Kamer ontvangt
hem gelijktijdig met de Deltaprogrammabrief.</p>
<h2>Landbouw</h2>
{q("Maak beregening uit grondwater in alle provincies vergunningplichtig.")}
<p>Het kabinet volgt dit advies niet. Het stellen van regels voor beregening is een taak van de provincies, en dat
willen wij zo houden. Wel vragen wij de provincies hun regels beter op elkaar af te stemmen.</p>
{q("Beloon agrariërs die water vasthouden met een vaste vergoeding per hectare.")}
<p>Een vaste vergoeding in het hele land gaat het kabinet te ver. Wij starten in 2027 wel een proef met een
vergoeding per hectare in twee gebieden, de Peel en de Achterhoek, en besluiten na drie jaar over een eventuele
uitbreiding.</p>
<h2>Geld</h2>
{q("Reserveer in het Deltafonds een vast bedrag per jaar voor zoetwatermaatregelen.")}
<p>Het kabinet neemt dit advies in overweging. De verdeling van het Deltafonds na 2028 wordt vastgesteld in het
Deltaprogramma 2028; wij betrekken het advies bij die afweging en kunnen daarop nu niet vooruitlopen.</p>
<h2>Financiën</h2>
<p>Voor de maatregelen in deze brief is in de periode 2027-2030 in totaal 46 miljoen euro gereserveerd, waarvan 31
miljoen voor het register en de monitor en 15 miljoen voor de proef in de Peel en de Achterhoek.</p>
<h2>Tot slot</h2>
<p>Het kabinet blijft graag met de raad in gesprek over de uitvoering. Ik informeer uw Kamer over de voortgang in de
jaarlijkse voortgangsbrief over zoetwater.</p>
<p>Hoogachtend,</p>
<p>de minister van Infrastructuur en Waterstaat,<br>drs. L.P. (Lotte) van Rijswijk</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Raad voor Water en Bodem - advies 2026/02 - Elke druppel telt",
            "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Ministerie van IenW - IenW/BSK-2026/88410 - kabinetsreactie 'Elke druppel telt'",
            "pagina {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Stel uiterlijk in 2028 een landelijke norm vast voor",
         "kiest niet voor een bindende norm", "partly"),
        (2, "Breng alle grondwateronttrekkingen voor drinkwater en industrie per provincie",
         "vanaf 2027 een landelijk register van alle vergunde onttrekkingen", "agrees"),
        (3, "Laat een onafhankelijke monitor elke twee jaar rapporteren over",
         "De eerste monitor verschijnt in het voorjaar van 2027", "agrees"),
        (4, "Maak beregening uit grondwater in alle provincies vergunningplichtig",
         "Het kabinet volgt dit advies niet", "disagrees"),
        (5, "Beloon agrariërs die water vasthouden met een vaste vergoeding",
         "Wij starten in 2027 wel een proef", "partly"),
        (6, "Reserveer in het Deltafonds een vast bedrag per jaar",
         "Het kabinet neemt dit advies in overweging", "noted"),
        (7, "Neem de beschikbaarheid van zoet water op als harde voorwaarde", None, "unanswered"),
    ], ["Het kabinet herkent de analyse van de raad",
        "in totaal 46 miljoen euro gereserveerd",
        "blijft graag met de raad in gesprek over de uitvoering"],
        "Advice: a national advisory council's advice to two ministers; the seven recommendations are the UNNUMBERED "
        "rows of the closing table 'Overzicht van de adviezen' (columns Advies / Termijn), grouped under three "
        "ADDRESSEE band rows (3 + 2 + 2). Traps: the ministers' questions numbered 1-3, the Waterwet paraphrased with "
        "'moet', findings 'De raad constateert ...' with figures in two columns, the 2019 advice quoted as an "
        "imperative, and a closing line naming 'de eerste twee adviezen'. Response: the minister's Kamerbrief "
        "(kabinetsreactie) QUOTING each advice shortened in italics ('De raad adviseert: ...') before the reply, "
        "under theme headings and in ANOTHER ORDER: 2 agrees (public register from 2027), 1 partly (a target value, "
        "not a binding norm), 3 agrees (first monitor spring 2027), 4 disagrees (rules stay with the provinces), "
        "5 partly (a pilot in two areas instead of a national payment), 6 noted (weighed in the Deltaprogramma 2028). "
        "7 (water as a hard condition for housing sites) is never quoted nor answered. The introduction, 'Financiën' "
        "(figures) and 'Tot slot' answer nothing.")
