"""Round 71 (nl): an ADVIES of the Brussels RAAD VOOR HET LEEFMILIEU on a regional draft plan, answered by the
MILIEUVERKLARING that the Brussels Government publishes with the adopted plan (the statement, required by the
rules on the environmental assessment of plans, of how the environmental report, the public inquiry and the
advices were taken into account).

Advice: 'Advies over het ontwerp van Plan Regenwater en Ontharding 2027-2032' (invented), 3 p.: a meta table,
'1 Context' (the plan's four axes as a dash list), '2 Algemene opmerkingen' (the Raad's 2019 advice quoted,
'De Raad stelt vast'), a first 'De Raad verzoekt de Regering:' with two dash items (1, 2), '3 Bijzondere
opmerkingen' per axis: Tabel 1 of targets, the draft's own measure 1.2 ('moet ... bevatten'), a second
'De Raad verzoekt de Regering:' (3, 4), 'De Raad heeft geen opmerkingen bij de maatregelen 2.1 tot en met 2.4',
the ordinance's duty ('moet ... worden'), a single item (5), axis 4 with two items (6, 7), '4 Besluit' (favourable
advice under reservation). The seven recommendations are the dash items under the lead-ins, numbered 1-7 in order.
Response: 'Milieuverklaring bij het Plan Regenwater en Ontharding 2027-2032', 2 p., sections 1-7: introduction,
environmental considerations, the environmental report, the public inquiry (nothing); 5.1 the Raad's advice in
prose paragraphs by theme, another order: ONE paragraph on follow-up = 6 agrees + 7 disagrees; 1 partly (120 ha,
indicative); 5 agrees; 3 agrees; 4 noted; 5.2 Brupartners and 5.3 the gemeenten (nothing); 6 choice of the plan and
7 monitoring (nothing); 2 (budget annex per measure) unanswered.
Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; ligature-free DejaVu copies; meta
block and Tabel 1 as ruled tables; running head and page numbers stamped with PyMuPDF).

Run: /tmp/blind71nl/bin/python tests/docs/src/blind71/gen_nl_leefmilieu_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b71nl as B  # noqa: E402

NAME = "blind71_nl_leefmilieu"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B71NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
GREEN = "#2f6b3a"
PALE = "#e9f0ea"


def page(body, fam, size="9.2pt", margins="20mm 22mm 20mm 22mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B71NL Sans'; font-size: 14.5pt; color: {GREEN}; margin-top: 0; margin-bottom: 3pt; }}\n"
           f"h2 {{ font-family: 'B71NL Sans'; font-size: 10.6pt; color: {GREEN}; margin-top: 9pt; margin-bottom: 3pt; }}\n"
           f"h3 {{ font-family: 'B71NL Sans'; font-size: 9.4pt; margin-top: 7pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; margin-bottom: 0; text-align: left; }}\n"
           f".k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".q {{ margin-left: 9mm; margin-right: 9mm; font-style: italic; }}\n"
           f".d {{ margin-left: 8mm; margin-bottom: 3pt; }}\n"
           f".lead {{ margin-bottom: 3pt; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='s'>{t}</p></td>"


def table(rows, widths, head=True, shade_first_col=False):
    out = []
    for i, r in enumerate(rows):
        out.append("<tr>" + "".join(
            cell(c, w, PALE if ((head and i == 0) or (shade_first_col and j == 0)) else None,
                 (head and i == 0) or (shade_first_col and j == 0))
            for j, (c, w) in enumerate(zip(r, widths))) + "</tr>")
    return ("<table width='100%' cellpadding='4' cellspacing='0' border='1' style='border-collapse: collapse'>"
            + "".join(out) + "</table>")


def dashes(items):
    return "".join(f"<p class='d'>&ndash;&nbsp;&nbsp;{t}</p>".replace("&nbsp;", " ") for t in items)


def advice():
    b = []
    b.append(f"<p class='k'>RAAD VOOR HET LEEFMILIEU VOOR HET BRUSSELS HOOFDSTEDELIJK GEWEST</p>")
    b.append("<h1>Advies over het ontwerp van Plan Regenwater en Ontharding 2027-2032</h1>")
    b.append(table([
        ["Adviesaanvraag", "Brusselse Hoofdstedelijke Regering, brief van 3 februari 2026"],
        ["Ontvangen op", "5 februari 2026"],
        ["Besproken in", "werkgroep Water en Natuur, 2 en 16 maart 2026"],
        ["Goedgekeurd door", "de algemene vergadering van 24 maart 2026"],
        ["Referentie", "RL/A/2026/07"],
    ], ["28%", "72%"], head=False, shade_first_col=True))
    b.append("<h2>1 Context</h2>")
    b.append("<p>Op 3 februari 2026 heeft de Brusselse Hoofdstedelijke Regering de Raad om advies gevraagd over het "
             "ontwerp van Plan Regenwater en Ontharding 2027-2032 (hierna: het ontwerp), dat zij op 22 januari 2026 "
             "in eerste lezing heeft goedgekeurd. Het ontwerp werd tegelijk aan een openbaar onderzoek onderworpen en "
             "gaat vergezeld van een milieueffectenrapport. Het ontwerp bevat vier assen:</p>")
    b.append(dashes([
        "as 1: regenwater op het perceel houden en laten infiltreren;",
        "as 2: een openbare ruimte die water opvangt;",
        "as 3: ontharding van gewestelijke en gemeentelijke terreinen;",
        "as 4: governance, financiering en opvolging.",
    ]))
    b.append("<p>De Raad heeft de vertegenwoordigers van Leefmilieu Brussel en van Vivaqua gehoord op 2 maart 2026. "
             "Hij dankt hen voor de toelichting.</p>")
    b.append("<h2>2 Algemene opmerkingen</h2>")
    b.append("<p>De Raad verwelkomt het ontwerp. Het Gewest telt volgens het milieueffectenrapport 54 procent "
             "verharde oppervlakte, in sommige wijken van de vijfhoek en van Anderlecht meer dan 80 procent. De "
             "overstromingen van juli 2021 en augustus 2024 hebben getoond dat het rioleringsnet bij hevige neerslag "
             "snel verzadigd is.</p>")
    b.append("<p>De Raad herinnert aan zijn advies van 2019 over het Waterbeheerplan, waarin hij stelde:</p>")
    b.append("<p class='q'>'Het Gewest zou een cijfermatige doelstelling voor ontharding moeten vastleggen, zodat de "
             "vooruitgang meetbaar wordt.'</p>")
    b.append("<p>De Raad stelt vast dat het ontwerp die vraag slechts gedeeltelijk beantwoordt: het spreekt van 'een "
             "significante toename van de ontharde oppervlakte', zonder cijfer en zonder termijn. Hij stelt eveneens "
             "vast dat de kostprijs van het plan nergens wordt geraamd, terwijl het ontwerp zelf 38 maatregelen "
             "opsomt.</p>")
    b.append("<p class='lead'>De Raad verzoekt de Regering:</p>")
    b.append(dashes([
        "in het plan een bindende doelstelling op te nemen van ten minste 150 hectare bijkomende ontharde "
        "oppervlakte tegen 2032, opgesplitst per as;",
        "in een financiële bijlage bij het plan voor elke maatregel het geraamde budget, de "
        "financieringsbron en de verantwoordelijke dienst te vermelden.",
    ]))
    b.append("<h2>3 Bijzondere opmerkingen</h2>")
    b.append("<h3>3.1 As 1 - Regenwater op het perceel</h3>")
    b.append("<p>Het ontwerp stelt in maatregel 1.2 dat elke aanvraag voor een stedenbouwkundige vergunning voor een "
             "nieuwbouw 'een nota over het regenwaterbeheer moet bevatten'. De Raad steunt die maatregel. Tabel 1 geeft "
             "de doelstellingen van het ontwerp per as weer.</p>")
    b.append(table([
        ["As", "Indicator", "Toestand 2025", "Doel 2032"],
        ["1", "afgekoppelde dakoppervlakte", "41 ha", "120 ha"],
        ["2", "wadi's en infiltratiezones in de openbare ruimte", "62", "250"],
        ["3", "ontharde oppervlakte (gewest en gemeenten)", "18 ha", "niet bepaald"],
        ["4", "jaarlijkse opvolgingsnota", "-", "intern"],
    ], ["8%", "50%", "20%", "22%"]))
    b.append("<p class='k'>Tabel 1 - Doelstellingen van het ontwerp per as (bron: ontwerp, bijlage 2).</p>")
    b.append("<p>De Raad stelt vast dat de bestaande premie voor het afkoppelen van regenwaterafvoeren vooral door "
             "eigenaars van eengezinswoningen wordt aangevraagd: in 2025 ging slechts 4 procent van de premies naar "
             "mede-eigendommen. Kleinere gemeenten beschikken bovendien zelden over de expertise om de "
             "regenwaternota's te beoordelen.</p>")
    b.append("<p class='lead'>De Raad verzoekt de Regering:</p>")
    b.append(dashes([
        "de premie voor het afkoppelen van regenwaterafvoeren open te stellen voor verenigingen van mede-eigenaars "
        "en voor openbare vastgoedmaatschappijen;",
        "de gemeenten een gewestelijke rekentool en een helpdesk ter beschikking te stellen voor de beoordeling van "
        "de regenwaternota's bij vergunningsaanvragen.",
    ]))
    b.append("<h3>3.2 As 2 - Openbare ruimte</h3>")
    b.append("<p>De Raad heeft geen opmerkingen bij de maatregelen 2.1 tot en met 2.4. Hij wijst er wel op dat elke "
             "heraanleg van een gewestweg volgens de ordonnantie van 20 oktober 2006 tot opstelling van een kader "
             "voor het waterbeleid in overeenstemming moet zijn met de doelstellingen van het waterbeheerplan; het "
             "ontwerp herhaalt die verplichting terecht.</p>")
    b.append("<h3>3.3 As 3 - Ontharding van terreinen</h3>")
    b.append("<p>Van de 18 hectare die sinds 2020 werd onthard, ligt minder dan één hectare op schoolterreinen, "
             "terwijl speelplaatsen in dichtbebouwde wijken vaak de enige open ruimte vormen. De Raad verzoekt de "
             "Regering de ontharding van speelplaatsen van scholen voorrang te geven in de gewestelijke "
             "projectoproepen, met een verhoogd subsidiepercentage voor scholen in de zone voor stedelijke "
             "herwaardering.</p>")
    b.append("<h3>3.4 As 4 - Governance en opvolging</h3>")
    b.append("<p>Het ontwerp voorziet enkel in een interne opvolgingsnota van Leefmilieu Brussel. Volgens de Raad "
             "zou de opvolging transparanter moeten zijn, en zou ook de vergunningverlening het plan beter moeten "
             "weerspiegelen.</p>")
    b.append("<p class='lead'>De Raad verzoekt de Regering:</p>")
    b.append(dashes([
        "jaarlijks een openbaar opvolgingsverslag over de uitvoering van het plan aan het Brussels Parlement voor te "
        "leggen, met de stand van elke indicator;",
        "de vergunningverlenende overheden te verplichten in elke vergunning voor een project van meer dan 1.000 m² "
        "te motiveren hoe met de doelstellingen van het plan rekening werd gehouden.",
    ]))
    b.append("<h2>4 Besluit</h2>")
    b.append("<p>De Raad brengt een gunstig advies uit over het ontwerp, onder voorbehoud van de hierboven "
             "geformuleerde opmerkingen. Hij vraagt de Regering hem in kennis te stellen van het gevolg dat aan dit "
             "advies wordt gegeven.</p>")
    b.append("<p class='k'>Voor de Raad,<br/>M. Verhaegen, secretaris - A. Lambrecht-Dubois, voorzitster</p>")
    B.soffice_pdf(page("".join(b), "B71NL Sans", "9.2pt"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Raad voor het Leefmilieu  |  Advies RL/A/2026/07  |  Plan Regenwater en Ontharding",
            "{n}/{m}", SANS["Regular"])


def response():
    b = []
    b.append("<p class='k'>BRUSSELS HOOFDSTEDELIJK GEWEST - BRUSSELSE HOOFDSTEDELIJKE REGERING</p>")
    b.append("<h1>Milieuverklaring bij het Plan Regenwater en Ontharding 2027-2032</h1>")
    b.append("<p><i>Verklaring over de wijze waarop milieuoverwegingen in het plan werden geïntegreerd en waarop "
             "rekening werd gehouden met het milieueffectenrapport, het openbaar onderzoek en de uitgebrachte "
             "adviezen (ordonnantie van 18 maart 2004 betreffende de beoordeling van de gevolgen van bepaalde plannen "
             "en programma's voor het milieu)</i></p>")
    b.append("<h2>1 Inleiding</h2>")
    b.append("<p>De Regering heeft het Plan Regenwater en Ontharding 2027-2032 op 9 juli 2026 definitief goedgekeurd. "
             "Deze verklaring wordt samen met het plan bekendgemaakt en kan worden geraadpleegd op de website van "
             "Leefmilieu Brussel.</p>")
    b.append("<h2>2 Integratie van de milieuoverwegingen</h2>")
    b.append("<p>Het plan is zelf een milieuplan: het beoogt minder wateroverlast, een beter aangevulde grondwatertafel "
             "en meer koelte in de stad. De milieuoverwegingen werden daarom vanaf de eerste versie in de "
             "doelstellingen opgenomen.</p>")
    b.append("<h2>3 Milieueffectenrapport</h2>")
    b.append("<p>Het rapport besluit dat het plan overwegend positieve effecten heeft. Het wijst op tijdelijke "
             "hinder tijdens werven en op het risico van verontreinigde bodems bij infiltratie; maatregel 1.5 werd "
             "daarom aangevuld met een voorafgaand bodemonderzoek op risicopercelen.</p>")
    b.append("<h2>4 Openbaar onderzoek</h2>")
    b.append("<p>Tijdens het openbaar onderzoek van 6 februari tot 7 april 2026 werden 214 reacties ingediend, "
             "waarvan 171 van particulieren. De meeste betroffen de premies en de hinder van werken in de straat.</p>")
    b.append("<h2>5 Adviezen</h2>")
    b.append("<h3>5.1 Raad voor het Leefmilieu</h3>")
    b.append("<p>De Raad gaf op 24 maart 2026 een gunstig advies onder voorbehoud. De Regering heeft de opmerkingen "
             "als volgt behandeld.</p>")
    b.append("<p>Wat de opvolging betreft, zal Leefmilieu Brussel vanaf 2028 elk jaar een openbaar verslag over de "
             "uitvoering van het plan opstellen, dat de minister aan het Brussels Parlement bezorgt; het verslag "
             "vermeldt de stand van alle indicatoren van bijlage 2. De Regering acht het daarentegen niet aangewezen "
             "om de vergunningverlenende overheden een bijzondere motiveringsplicht op te leggen: de bestaande "
             "regels over de motivering van vergunningen volstaan, en een bijkomende verplichting zou de "
             "procedures verzwaren zonder meerwaarde voor het waterbeheer.</p>")
    b.append("<p>Het plan bevat nu wel een cijfermatige doelstelling voor ontharding: 120 hectare bijkomende ontharde "
             "oppervlakte tegen 2032. De Regering heeft die doelstelling als richtinggevend en niet als bindend "
             "ingeschreven, omdat een groot deel van de terreinen aan de gemeenten en aan private eigenaars "
             "toebehoort. Een opsplitsing per as is opgenomen in bijlage 2.</p>")
    b.append("<p>Voor de speelplaatsen van scholen werd maatregel 3.4 aangepast: de jaarlijkse projectoproep "
             "'Ontharde speelplaatsen' krijgt een eigen budget van 2,5 miljoen euro en scholen in de zone voor "
             "stedelijke herwaardering ontvangen een subsidie van 90 procent in plaats van 70 procent.</p>")
    b.append("<p>De afkoppelingspremie wordt vanaf 1 januari 2027 opengesteld voor verenigingen van mede-eigenaars en "
             "voor de openbare vastgoedmaatschappijen; het besluit tot wijziging van de premieregeling is in "
             "voorbereiding.</p>")
    b.append("<p>De vraag naar ondersteuning van de gemeenten bij de beoordeling van regenwaternota's wordt "
             "meegenomen in het overleg met de negentien gemeenten over de uitvoering van as 1; Leefmilieu Brussel "
             "zal tegen eind 2027 nagaan welke vorm van ondersteuning het best past.</p>")
    b.append("<h3>5.2 Brupartners</h3>")
    b.append("<p>Brupartners vroeg aandacht voor de kosten voor ondernemingen. De Regering heeft de termijn voor de "
             "afkoppeling van bestaande bedrijfsgebouwen verlengd tot 2035.</p>")
    b.append("<h3>5.3 Gemeenten</h3>")
    b.append("<p>Elf gemeenten brachten een advies uit. Zij vroegen vooral duidelijkheid over het beheer van "
             "wadi's; de taakverdeling tussen Gewest en gemeenten werd in maatregel 2.6 verduidelijkt.</p>")
    b.append("<h2>6 Redenen voor de keuze van het plan</h2>")
    b.append("<p>Het milieueffectenrapport onderzocht twee alternatieven: een plan dat uitsluitend op grote "
             "bufferbekkens inzet, en een plan zonder nieuwe verplichtingen voor particulieren. Beide werden "
             "verworpen, omdat zij de verdroging van de bodem niet tegengaan.</p>")
    b.append("<h2>7 Monitoring</h2>")
    b.append("<p>De effecten van het plan op het milieu worden gevolgd met de indicatoren van bijlage 2, aangevuld "
             "met de metingen van het grondwatermeetnet en de overloopfrequentie van de overstorten.</p>")
    B.soffice_pdf(page("".join(b), "B71NL Serif", "9.4pt", "22mm 22mm 22mm 24mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Milieuverklaring  |  Plan Regenwater en Ontharding 2027-2032", "Pagina {n} van {m}",
            SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        ("1", "in het plan een bindende doelstelling op te nemen van",
         "heeft die doelstelling als richtinggevend en niet als bindend", "partly"),
        ("2", "in een financiële bijlage bij het plan voor elke maatregel", None, "unanswered"),
        ("3", "de premie voor het afkoppelen van regenwaterafvoeren open te stellen",
         "De afkoppelingspremie wordt vanaf 1 januari 2027 opengesteld", "agrees"),
        ("4", "de gemeenten een gewestelijke rekentool en een helpdesk ter beschikking",
         "zal tegen eind 2027 nagaan welke vorm van ondersteuning", "noted"),
        ("5", "De Raad verzoekt de Regering de ontharding van speelplaatsen van",
         "krijgt een eigen budget van 2,5 miljoen euro", "agrees"),
        ("6", "jaarlijks een openbaar opvolgingsverslag over de uitvoering van het plan",
         "zal Leefmilieu Brussel vanaf 2028 elk jaar een openbaar verslag", "agrees"),
        ("7", "de vergunningverlenende overheden te verplichten in elke vergunning voor",
         "acht het daarentegen niet aangewezen om de vergunningverlenende overheden", "disagrees"),
    ], [
        "Deze verklaring wordt samen met het plan bekendgemaakt",
        "werden 214 reacties ingediend, waarvan 171 van particulieren",
        "de afkoppeling van bestaande bedrijfsgebouwen verlengd tot 2035",
        "de taakverdeling tussen Gewest en gemeenten werd in maatregel 2.6 verduidelijkt",
        "Beide werden verworpen, omdat zij de verdroging van de bodem",
    ], "ADVIES of the Brussels RAAD VOOR HET LEEFMILIEU on a draft regional plan, answered by the Government's "
       "MILIEUVERKLARING (the statement published with an adopted plan on how the environmental report, the public "
       "inquiry and the advices were taken into account). The Raad voor het Leefmilieu voor het Brussels "
       "Hoofdstedelijk Gewest, Leefmilieu Brussel, Vivaqua, Brupartners and the ordinances of 18 March 2004 and 20 "
       "October 2006 are real; the plan, the advice RL/A/2026/07, its figures, people and the quoted 2019 advice "
       "are invented, and what is said of the ordinances is not to be relied on. The seven recommendations are the "
       "dash items under three separate lead-ins 'De Raad verzoekt de Regering:' (1-2 in 2 Algemene opmerkingen, "
       "3-4 under as 1, 6-7 under as 4) and one run-in sentence 'De Raad verzoekt de Regering de ontharding ...' "
       "under as 3 (5); numbers are their order. Not recommendations: the dash list of the four axes in 1 Context, "
       "the 2019 advice quoted ('zou ... moeten vastleggen'), 'De Raad stelt vast', the draft's measure 1.2 ('moet "
       "bevatten'), Tabel 1, the ordinance's 'moet', 'geen opmerkingen bij de maatregelen 2.1 tot en met 2.4', 'zou "
       "... transparanter moeten zijn' (the finding before 6-7), 4 Besluit. Response: sections 1-4 (nothing), 5.1 "
       "in prose by theme, no numbers, another order: ONE paragraph = 6 agrees (annual public report to Parliament) "
       "+ 7 disagrees ('niet aangewezen'); 1 partly (120 ha, indicative, not binding); 5 agrees; 3 agrees; 4 noted "
       "('zal ... nagaan'); 5.2 Brupartners, 5.3 gemeenten, 6 choice of the plan, 7 monitoring (nothing); 2 "
       "(financial annex per measure) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
