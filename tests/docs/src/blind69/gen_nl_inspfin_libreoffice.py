"""Round 69 (nl): an ADVIES of the Flemish INSPECTIE VAN FINANCIËN (IF, the budget inspectorate attached to each
Flemish minister) on a draft subsidy decree of the Vlaamse Regering (invented: a 'Buurtzorgfonds 2026-2028' for
local authorities), answered in the NOTA AAN DE VLAAMSE REGERING that submits the decree for final approval: its
section '2 Adviezen' takes up the IF's opmerkingen one by one, next to other advices and the budget minister's
agreement, and the note ends in a 'Voorstel van beslissing' numbered 1°-3°.

Advice: 3 p.: a letterhead (Vlaamse overheid / Inspectie van Financiën), a borderless meta table (Aan, Ons
kenmerk, Datum, Betreft), 1 Voorwerp (the BVR of 16 May 2014's duty 'moet ... voorleggen'), 2 Budgettaire weerslag
(a ruled table), 3 Bespreking with numbered sub-sections 3.1-3.6 whose prose PARAPHRASES the later opmerkingen
('De IF acht het noodzakelijk dat', 'zou ... moeten') and quotes the IF's own 2023 advice on the pilot projects
(reported as not followed), the draft's own 'moet ... worden ingediend', the Vlaamse Codex Overheidsfinanciën's
'moet'; 4 Conclusie: 'Het advies is gunstig, onder voorbehoud van de volgende opmerkingen; de opmerkingen 1° tot
en met 3° gelden als voorwaarde:' followed by SEVEN items numbered with the Belgian ordinal 1°-7° (hanging).
Response: Nota aan de Vlaamse Regering (3 p.): 1 Inhoud en doel (nothing), 2 Adviezen: 2.1 Inspectie van
Financiën with bold run-in labels 'Opmerking 2° (verdeelsleutel).' (partly), 'Opmerkingen 4° en 5° (uitbetaling en
controle).' (4 agrees, 5 disagrees), 'Opmerking 1° (subsidiabele kosten).' (agrees), 'Opmerking 7°' (disagrees),
'Opmerking 6°' (noted); 3° unanswered; 2.2 Akkoord van de minister bevoegd voor de begroting, 2.3 Raad van State
(nothing); 3 Weerslag (nothing); 4 Voorstel van beslissing 1°-3° (nothing).
Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; the hanging 1°-7° list and the
meta block as borderless tables; running head and page numbers stamped with PyMuPDF; ligature-free DejaVu copies).

Run: /tmp/blind69nl/bin/python tests/docs/src/blind69/gen_nl_inspfin_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b69nl as B  # noqa: E402

NAME = "blind69_nl_inspfin"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B69NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
VO = "#373636"
GOLD = "#c8a400"
PALE = "#f3f1e6"


def page(body, fam, size="9.2pt", margins="20mm 21mm 20mm 21mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B69NL Sans'; font-size: 15pt; margin-top: 0; margin-bottom: 3pt; }}\n"
           f"h2 {{ font-family: 'B69NL Sans'; font-size: 10.6pt; margin-top: 9pt; margin-bottom: 3pt; }}\n"
           f"h3 {{ font-family: 'B69NL Sans'; font-size: 9.3pt; margin-top: 6pt; margin-bottom: 2pt; "
           f"font-style: italic; }}\n"
           f".s {{ font-size: 8.2pt; margin-bottom: 0; text-align: left; }}\n"
           f".k {{ font-size: 7.6pt; color: #555555; }}\n"
           f".q {{ margin-left: 9mm; margin-right: 9mm; font-style: italic; }}\n"
           f".li {{ margin-bottom: 1pt; text-align: left; }}\n"
           f".sig {{ text-align: left; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False, cls="s", align=None):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    aa = f" align='{align}'" if align else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='{cls}'{aa}>{t}</p></td>"


def ordlist(items):
    rows = "".join(f"<tr><td width='7%' valign='top'><p class='li'>{n}</p></td><td valign='top'><p class='li'>{t}</p></td></tr>"
                   for n, t in items)
    return f"<table width='100%' cellpadding='1' cellspacing='0' border='0'>{rows}</table>"


def advice():
    b = []
    b.append("<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr>"
             f"<td width='60%' valign='top'><p class='s'><font color='{VO}'><b>VLAAMSE OVERHEID</b></font></p>"
             "<p class='s'><b>Inspectie van Financiën</b></p>"
             "<p class='s'>Korps van inspecteurs van Financiën bij de Vlaamse minister van Welzijn, "
             "Volksgezondheid en Gezin</p></td>"
             "<td valign='top'><p class='s'>Koning Albert II-laan 35 bus 10<br/>1030 Brussel<br/>"
             "if.wvg@vlaanderen.be</p></td></tr></table>"
             f"<p class='s'><font color='{GOLD}'>____________________________________________________________"
             "______________________________</font></p><p class='s'> </p>")
    b.append("<h1>Advies</h1>"
             "<table width='100%' cellpadding='3' cellspacing='0' border='0'><tr>"
             + cell("Aan", "22%", PALE, True) + cell("de Vlaamse minister van Welzijn, Volksgezondheid en Gezin",
                                                     None, PALE)
             + "</tr><tr>" + cell("Ons kenmerk", None, PALE, True) + cell("IF/WVG/2026/0147", None, PALE)
             + "</tr><tr>" + cell("Datum", None, PALE, True) + cell("12 februari 2026", None, PALE)
             + "</tr><tr>" + cell("Betreft", None, PALE, True)
             + cell("Ontwerp van besluit van de Vlaamse Regering tot toekenning van subsidies aan lokale besturen "
                    "voor buurtgerichte zorg (Buurtzorgfonds 2026-2028)", None, PALE)
             + "</tr><tr>" + cell("Adviesaanvraag", None, PALE, True)
             + cell("e-mail van het kabinet van 30 januari 2026, ontvangen op 2 februari 2026", None, PALE)
             + "</tr></table><p class='s'> </p>")
    b.append("<h2>1 Voorwerp</h2>"
             "<p>Het ontwerp van besluit voorziet in een subsidie aan gemeenten en OCMW's die een buurtgerichte "
             "aanpak van zorg en ondersteuning uitbouwen. Het gaat om een vervolg op de proefprojecten buurtzorg "
             "die sinds 2022 in veertien gemeenten lopen. Het ontwerp staat open voor alle 285 lokale besturen en "
             "loopt van 1 april 2026 tot en met 31 december 2028.</p>"
             "<p>Overeenkomstig het besluit van de Vlaamse Regering van 16 mei 2014 betreffende de administratieve "
             "en begrotingscontrole moet de minister elk ontwerp van besluit met een budgettaire weerslag vooraf "
             "voor advies aan de Inspectie van Financiën voorleggen. Dit advies wordt daarom gegeven vóór de "
             "principiële goedkeuring.</p>")
    b.append("<h2>2 Budgettaire weerslag</h2>"
             "<p>Volgens de begrotingsfiche bij het ontwerp is de weerslag als volgt (in duizend euro, "
             "vastleggingskredieten op begrotingsartikel GE0-1GDD2AA-WT):</p>"
             "<table width='80%' cellpadding='3' cellspacing='0' border='1'><tr>"
             + cell("Onderdeel", "40%", PALE, True) + cell("2026", "20%", PALE, True, align="right")
             + cell("2027", "20%", PALE, True, align="right") + cell("2028", "20%", PALE, True, align="right")
             + "</tr><tr>" + cell("Subsidies lokale besturen") + cell("16.500", align="right")
             + cell("22.000", align="right") + cell("22.000", align="right") + "</tr><tr>"
             + cell("Ondersteuning en evaluatie") + cell("600", align="right") + cell("400", align="right")
             + cell("900", align="right") + "</tr><tr>"
             + cell("Totaal", b=True) + cell("17.100", b=True, align="right") + cell("22.400", b=True, align="right")
             + cell("22.900", b=True, align="right") + "</tr></table>"
             "<p class='k'>Tabel 1. Budgettaire weerslag volgens de begrotingsfiche van 29 januari 2026</p>"
             "<p>Voor 2026 zijn de kredieten beschikbaar binnen de begroting van het Departement Zorg. Voor 2027 en "
             "2028 is er nog geen meerjarige raming goedgekeurd.</p>")
    b.append("<h2>3 Bespreking</h2>"
             "<h3>3.1 Subsidiabele kosten</h3>"
             "<p>Artikel 5 van het ontwerp omschrijft de subsidiabele kosten als 'alle kosten die bijdragen aan de "
             "buurtgerichte aanpak'. Dat is te ruim om de besteding achteraf te kunnen toetsen. Uit de proefprojecten "
             "blijkt bovendien dat een deel van de middelen werd ingezet om bestaande personeelsleden door te "
             "rekenen. De IF acht het noodzakelijk dat het besluit duidelijk afbakent wat wel en niet in aanmerking "
             "komt.</p>"
             "<h3>3.2 Verdeelsleutel</h3>"
             "<p>Het budget wordt verdeeld volgens het totale aantal inwoners. De zorgvraag die het fonds wil "
             "opvangen, hangt echter sterk samen met het aantal oudere inwoners. Een sleutel op basis van het "
             "inwonersaantal bevoordeelt jonge, groeiende gemeenten, die de doelgroep minder hebben.</p>"
             "<h3>3.3 Cumulatie</h3>"
             "<p>Lokale besturen ontvangen via het Lokaal Sociaal Beleid al middelen voor gelijkaardige acties. Het "
             "ontwerp bevat geen bepaling over cumulatie. Volgens de Vlaamse Codex Overheidsfinanciën moet elke "
             "subsidie een duidelijk omschreven doel hebben; dubbele financiering van dezelfde kosten is niet "
             "toegelaten.</p>"
             "<h3>3.4 Uitbetaling en controle</h3>"
             "<p>Het ontwerp voorziet in een uitbetaling van het volledige bedrag na de goedkeuring van het "
             "actieplan. De subsidieaanvraag moet volgens artikel 9 uiterlijk op 31 maart van elk jaar worden "
             "ingediend. Een controle op de besteding is alleen voorzien op basis van een financieel verslag. De "
             "IF stelt vast dat het Departement Zorg bij de proefprojecten geen enkele controle ter plaatse "
             "uitvoerde.</p>"
             "<h3>3.5 Duur en evaluatie</h3>"
             "<p>In haar advies van 7 juni 2023 over de verlenging van de proefprojecten vroeg de IF al:</p>"
             "<p class='q'>'de resultaten van de proefprojecten te evalueren vóór een eventuele structurele "
             "regeling wordt uitgewerkt'.</p>"
             "<p>Die evaluatie is er niet gekomen. Het ontwerp zou volgens de IF daarom niet zonder meer een "
             "structurele regeling moeten worden.</p>"
             "<h3>3.6 Meerjarige weerslag</h3>"
             "<p>Het ontwerp legt bedragen vast tot en met 2028, terwijl de begroting 2028 nog niet is opgemaakt. "
             "Dat beperkt de beleidsruimte van een volgende regering.</p>")
    b.append("<h2>4 Conclusie</h2>"
             "<p>Het advies is gunstig, onder voorbehoud van de volgende opmerkingen; de opmerkingen 1° tot en met 3° "
             "gelden als voorwaarde:</p>"
             + ordlist([
                 ("1°", "de subsidiabele kosten moeten in artikel 5 limitatief worden opgesomd, waarbij de kosten "
                        "van bestaand personeel van het lokaal bestuur worden uitgesloten;"),
                 ("2°", "de verdeelsleutel moet worden gebaseerd op het aantal inwoners van 75 jaar en ouder in "
                        "plaats van op het totale aantal inwoners;"),
                 ("3°", "het besluit moet uitdrukkelijk bepalen dat de subsidie niet kan worden gecumuleerd met "
                        "middelen uit het Lokaal Sociaal Beleid voor dezelfde kosten;"),
                 ("4°", "de uitbetaling wordt best gespreid over een voorschot van 60 procent en een saldo na de "
                        "goedkeuring van het inhoudelijk en financieel eindverslag;"),
                 ("5°", "het Departement Zorg zou jaarlijks bij minstens tien procent van de begunstigde "
                        "besturen een controle ter plaatse moeten uitvoeren;"),
                 ("6°", "het verdient aanbeveling het besluit een einddatum te geven en de regeling vóór 30 juni "
                        "2027 extern te laten evalueren;"),
                 ("7°", "de bedragen voor 2028 worden best pas vastgelegd na de opmaak van de begroting 2028."),
             ])
             + "<p class='s'> </p><p>Dit advies wordt ter kennis gebracht van de Vlaamse minister bevoegd voor de "
             "begroting.</p><p class='s'> </p>"
             "<p class='sig'>Katrien Vanderhaegen<br/>inspecteur van Financiën</p>")
    B.soffice_pdf(page("".join(b), "B69NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Inspectie van Financiën  |  advies IF/WVG/2026/0147  |  Buurtzorgfonds 2026-2028",
            "{n}/{m}", SANS["Regular"])


def response():
    b = ["<p class='s'><b>VLAAMSE REGERING</b></p><p class='s'> </p>"
         "<p class='s'>VR 2026 2003 DOC.0312/1</p><p class='s'> </p>"
         "<h1>NOTA AAN DE VLAAMSE REGERING</h1>"
         "<table width='100%' cellpadding='3' cellspacing='0' border='0'><tr>"
         + cell("Betreft", "18%", PALE, True)
         + cell("ontwerp van besluit van de Vlaamse Regering tot toekenning van subsidies aan lokale besturen voor "
                "buurtgerichte zorg (Buurtzorgfonds 2026-2028) - definitieve goedkeuring", None, PALE)
         + "</tr><tr>" + cell("Indiener", None, PALE, True)
         + cell("de Vlaamse minister van Welzijn, Volksgezondheid en Gezin", None, PALE)
         + "</tr></table><p class='s'> </p>",
         "<h2>1 Inhoud en doel</h2>",
         "<p>Met dit besluit wordt een structurele subsidie ingevoerd voor lokale besturen die in samenwerking met "
         "de eerstelijnszones een buurtgerichte zorg uitbouwen. De Vlaamse Regering keurde het ontwerp principieel "
         "goed op 27 februari 2026. Deze nota legt het ontwerp ter definitieve goedkeuring voor, na verwerking van "
         "de adviezen.</p>",
         "<h2>2 Adviezen</h2>",
         "<h3>2.1 Inspectie van Financiën</h3>",
         "<p>De Inspectie van Financiën verleende op 12 februari 2026 een gunstig advies onder voorbehoud "
         "(kenmerk IF/WVG/2026/0147). Op haar opmerkingen wordt als volgt ingegaan.</p>",
         "<p><b>Opmerking 2° (verdeelsleutel).</b> De verdeelsleutel in artikel 7 is aangepast. Het budget wordt "
         "voortaan voor de helft verdeeld op basis van het aantal inwoners van 75 jaar en ouder en voor de helft op "
         "basis van het totale aantal inwoners. Een volledige omschakeling zou de kleinere stedelijke besturen met "
         "een jonge bevolking te sterk treffen.</p>",
         "<p><b>Opmerkingen 4° en 5° (uitbetaling en controle).</b> Artikel 12 voorziet nu in een voorschot van 60 "
         "procent bij de goedkeuring van het actieplan en een saldo na goedkeuring van het eindverslag, zoals de "
         "Inspectie voorstelt. Een bijkomende controle ter plaatse wordt niet ingebouwd. Het Departement Zorg "
         "heeft daarvoor niet de nodige capaciteit, en het eindverslag bevat een verklaring van de financieel "
         "directeur van het lokaal bestuur.</p>",
         "<p><b>Opmerking 1° (subsidiabele kosten).</b> Aan deze opmerking wordt volledig tegemoetgekomen. Artikel 5 "
         "somt de subsidiabele kosten nu limitatief op en sluit de loonkosten van personeel dat al vóór 1 april "
         "2026 in dienst was uitdrukkelijk uit.</p>",
         "<p><b>Opmerking 7° (meerjarige vastlegging).</b> Deze opmerking wordt niet gevolgd. De lokale besturen "
         "moeten personeel aanwerven en hebben daarom zekerheid nodig over de volledige looptijd. De bedragen "
         "voor 2028 blijven in het besluit opgenomen, onder voorbehoud van de beschikbaarheid van de "
         "kredieten.</p>",
         "<p><b>Opmerking 6° (einddatum en evaluatie).</b> De Vlaamse Regering neemt in het najaar van 2026 een "
         "beslissing over de brede evaluatie van het lokaal sociaal beleid. De vraag naar een einddatum en naar "
         "een afzonderlijke evaluatie zal in dat kader worden bekeken.</p>",
         "<h3>2.2 Akkoord van de Vlaamse minister bevoegd voor de begroting</h3>",
         "<p>De Vlaamse minister bevoegd voor de begroting gaf op 19 februari 2026 zijn akkoord, op voorwaarde dat "
         "de uitgaven voor 2026 worden opgevangen binnen de bestaande kredieten van het beleidsdomein.</p>",
         "<h3>2.3 Raad van State</h3>",
         "<p>De Raad van State, afdeling Wetgeving, gaf op 24 maart 2026 advies 79.415/3. De opmerkingen van "
         "wetgevingstechnische aard zijn verwerkt; het advies bevat geen opmerkingen ten gronde.</p>",
         "<h2>3 Weerslag</h2>",
         "<h3>3.1 Weerslag op de lokale besturen</h3>",
         "<p>De deelname is vrijwillig. De Vereniging van Vlaamse Steden en Gemeenten werd betrokken bij de "
         "uitwerking van de aanvraagprocedure en het model van eindverslag.</p>",
         "<h3>3.2 Regelgevingsimpactanalyse</h3>",
         "<p>Een RIA is bij het ontwerp gevoegd. Een kind- en jongereneffectrapport is niet vereist.</p>",
         "<h2>4 Voorstel van beslissing</h2>",
         "<p>De Vlaamse Regering beslist:</p>",
         ordlist([("1°", "het ontwerp van besluit van de Vlaamse Regering tot toekenning van subsidies aan lokale "
                         "besturen voor buurtgerichte zorg (Buurtzorgfonds 2026-2028) definitief goed te keuren;"),
                  ("2°", "de Vlaamse minister van Welzijn, Volksgezondheid en Gezin te gelasten met de uitvoering "
                         "van deze beslissing;"),
                  ("3°", "deze nota en het advies van de Inspectie van Financiën openbaar te maken.")]),
         "<p class='s'> </p><p class='sig'>De Vlaamse minister van Welzijn, Volksgezondheid en Gezin,</p>"
         "<p class='s'> </p><p>Hilde Verstraeten</p>"]
    B.soffice_pdf(page("".join(b), "B69NL Serif", "9.4pt", "22mm 22mm 22mm 24mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "VR 2026 2003 DOC.0312/1  |  Buurtzorgfonds 2026-2028 - definitieve goedkeuring",
            "{n}", SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        ("1", "de subsidiabele kosten moeten in artikel 5 limitatief worden opgesomd",
         "Aan deze opmerking wordt volledig tegemoetgekomen", "agrees"),
        ("2", "de verdeelsleutel moet worden gebaseerd op het aantal inwoners van",
         "voortaan voor de helft verdeeld op basis van", "partly"),
        ("3", "het besluit moet uitdrukkelijk bepalen dat de subsidie niet kan", None, "unanswered"),
        ("4", "de uitbetaling wordt best gespreid over een voorschot van 60",
         "Artikel 12 voorziet nu in een voorschot", "agrees"),
        ("5", "het Departement Zorg zou jaarlijks bij minstens tien procent van",
         "Een bijkomende controle ter plaatse wordt niet ingebouwd", "disagrees"),
        ("6", "het verdient aanbeveling het besluit een einddatum te geven en",
         "zal in dat kader worden bekeken", "noted"),
        ("7", "de bedragen voor 2028 worden best pas vastgelegd na de",
         "Deze opmerking wordt niet gevolgd", "disagrees"),
    ], [
        "Met dit besluit wordt een structurele subsidie ingevoerd",
        "gaf op 19 februari 2026 zijn akkoord",
        "De opmerkingen van wetgevingstechnische aard zijn verwerkt",
        "De deelname is vrijwillig",
        "te gelasten met de uitvoering van deze beslissing",
    ], "ADVIES of the Flemish INSPECTIE VAN FINANCIËN (the budget inspectorate) on a draft subsidy decree of the "
       "Vlaamse Regering, answered in the NOTA AAN DE VLAAMSE REGERING submitting the decree for final approval. "
       "The IF, the Vlaamse Regering, the BVR of 16 May 2014 on administrative and budget control, the Vlaamse "
       "Codex Overheidsfinanciën, the Raad van State and the VVSG are real; the Buurtzorgfonds, figures, people, "
       "kenmerken, the VR document number and the quoted 2023 IF advice are invented. The seven recommendations "
       "are the items 1°-7° of '4 Conclusie' after 'Het advies is gunstig, onder voorbehoud van de volgende "
       "opmerkingen; de opmerkingen 1° tot en met 3° gelden als voorwaarde:' (lower-case clauses in a hanging "
       "list; 1°-3° conditions with 'moet', 4°-7° advice with 'wordt best', 'zou ... moeten', 'het verdient "
       "aanbeveling'); numbers are the ordinals. Not recommendations: the BVR's 'moet de minister ... "
       "voorleggen', Tabel 1, the Bespreking 3.1-3.6 that paraphrases the opmerkingen ('De IF acht het "
       "noodzakelijk dat', 'zou ... niet zonder meer ... moeten worden'), the Codex's 'moet elke subsidie', the "
       "draft's 'moet ... worden ingediend', the 2023 advice quoted and reported as not followed. Response: 1 "
       "Inhoud en doel (nothing); 2.1 with bold run-in labels in another order: 'Opmerking 2°' partly (half the "
       "budget by the number of residents aged 75+), ONE paragraph 'Opmerkingen 4° en 5°' (4 agrees: advance of "
       "60 % and balance; 5 disagrees: no on-the-spot checks), 'Opmerking 1°' agrees, 'Opmerking 7°' disagrees "
       "('wordt niet gevolgd'), 'Opmerking 6°' noted (to be considered in a wider evaluation); 3° (no cumulation "
       "with Lokaal Sociaal Beleid) UNANSWERED. 2.2 budget minister's agreement, 2.3 Raad van State, 3 Weerslag "
       "and 4 Voorstel van beslissing 1°-3° answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
