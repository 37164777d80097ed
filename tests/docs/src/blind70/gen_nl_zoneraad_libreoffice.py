"""Round 70 (nl): an INSPECTIEVERSLAG on a Belgian HULPVERLENINGSZONE (the inter-municipal fire and rescue zone),
made by the inspection service of the FOD Binnenlandse Zaken, answered by an UITTREKSEL UIT DE NOTULEN VAN DE
ZONERAAD: the council's decision in the fixed Belgian local-government form (Aanwezig / Voorgeschiedenis / Feiten
en context / Juridische grond / Argumentatie / Financiële weerslag / Stemming / Besluit with Artikel 1-3).

Advice: 'Inspectieverslag Hulpverleningszone Dender-Schelde' (invented), 3 p.: a meta table, '1 Opdracht en
werkwijze', '2 De zone in cijfers' (Tabel 1 of response times per post, the KB of 10 November 2012's 'moet ...
ter plaatse zijn'), '3 Vaststellingen' with bold labels V1-V6 ('De zone moet ...', 'zou ... moeten'), the 2021
inspection's recommendation quoted and reported as followed, '4 Aanbevelingen' as a RULED TABLE 'Nr. | Aanbeveling
| Prioriteit | Termijn' with rows 1-7 (the only full text; numbers are the table numbers), '5 Opvolging' (the
zone is asked to send an action plan within six months).
Response: 'Uittreksel uit de notulen van de zoneraad - zitting van 24 september 2026', 2 p.: the attendance
block, Voorgeschiedenis (nothing), Feiten en context (nothing), Juridische grond (nothing), Argumentatie with
paragraphs opening with a bold theme in another order: 'Registratie van de opkomsttijden.' = 2 agrees; ONE
paragraph 'Bemanning en samenwerking.' = 1 agrees (wervingsplan 2027-2031) + 4 partly (one joint exercise a year,
not two); 'Ademluchttoestellen.' = 3 partly (replacement spread until 2029); 'Dotaties.' = 6 disagrees; 'Opleiding.'
= 5 noted (the zonecollege will examine); Financiële weerslag, Stemming and Besluit (nothing); 7 (register of
preventieverslagen) unanswered.
Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; ligature-free DejaVu copies; the
meta block and the recommendations table as ruled tables; running head and page numbers stamped with PyMuPDF).

Run: /tmp/blind70nl/bin/python tests/docs/src/blind70/gen_nl_zoneraad_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b70nl as B  # noqa: E402

NAME = "blind70_nl_zoneraad"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B70NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
RED = "#a3241c"
PALE = "#eeeeee"


def page(body, fam, size="9.2pt", margins="20mm 21mm 20mm 21mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: justify; }}\n"
           f"h1 {{ font-family: 'B70NL Sans'; font-size: 15pt; margin-top: 0; margin-bottom: 3pt; }}\n"
           f"h2 {{ font-family: 'B70NL Sans'; font-size: 10.6pt; margin-top: 9pt; margin-bottom: 3pt; }}\n"
           f"h3 {{ font-family: 'B70NL Sans'; font-size: 9.4pt; margin-top: 7pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.2pt; margin-bottom: 0; text-align: left; }}\n"
           f".k {{ font-size: 7.6pt; color: #555555; }}\n"
           f".q {{ margin-left: 9mm; margin-right: 9mm; font-style: italic; }}\n"
           f".sig {{ text-align: left; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False, cls="s", align=None):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    aa = f" align='{align}'" if align else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='{cls}'{aa}>{t}</p></td>"


def table(rows, widths, head=True, border=1):
    out = []
    for i, r in enumerate(rows):
        out.append("<tr>" + "".join(cell(c, w, PALE if (head and i == 0) else None, head and i == 0)
                                    for c, w in zip(r, widths)) + "</tr>")
    return (f"<table width='100%' cellpadding='4' cellspacing='0' border='{border}' "
            f"style='border-collapse: collapse'>" + "".join(out) + "</table>")


RECS = [
    ("1", "De zone stelt een meerjarig wervingsplan op om de bezetting van de vrijwillige posten Waalmunster en "
          "Berlegem overdag op het vereiste niveau te brengen.", "hoog", "eind 2026"),
    ("2", "De zone registreert de opkomsttijden in het dispatchingsysteem volgens de definitie van het koninklijk "
          "besluit van 10 november 2012, vanaf de oproep tot de aankomst ter plaatse.", "hoog", "onmiddellijk"),
    ("3", "De zone vervangt alle ademluchttoestellen die ouder zijn dan vijftien jaar vóór 31 december 2027.",
     "hoog", "eind 2027"),
    ("4", "De zone organiseert ten minste tweemaal per jaar een gezamenlijke oefening met de aangrenzende "
          "hulpverleningszones.", "middel", "2027"),
    ("5", "Het zonecollege legt het jaarlijkse opleidingsplan vóór de begrotingsbespreking ter goedkeuring voor aan "
          "de zoneraad.", "middel", "begroting 2027"),
    ("6", "De zoneraad herziet de verdeelsleutel van de gemeentelijke dotaties zodat die beter aansluit bij het "
          "werkelijke aantal interventies per gemeente.", "middel", "2027"),
    ("7", "De zone houdt een centraal register bij van alle preventieverslagen en van de termijnen waarbinnen de "
          "gebreken moeten worden verholpen.", "laag", "2027"),
]


def advice():
    b = [f"<p class='k'>FOD BINNENLANDSE ZAKEN  |  ALGEMENE DIRECTIE CIVIELE VEILIGHEID  |  INSPECTIEDIENST</p>",
         f"<h1><font color='{RED}'>Inspectieverslag Hulpverleningszone Dender-Schelde</font></h1>",
         "<p class='s'>Thematische inspectie: paraatheid, uitrusting en opvolging van de preventie</p><p></p>",
         table([["Zone", "Hulpverleningszone Dender-Schelde (9 gemeenten, 11 posten)"],
                ["Inspectie ter plaatse", "10 tot 14 maart 2026"],
                ["Kenmerk", "ADCV/INSP/2026/017"],
                ["Datum verslag", "2 juni 2026"],
                ["Bestemmelingen", "de voorzitter van de zoneraad; de zonecommandant; de gouverneur van de "
                                   "provincie"]], ("28%", "72%"), head=False),
         "<h2>1 Opdracht en werkwijze</h2>",
         "<p>De inspectiedienst voert periodiek thematische inspecties uit in de hulpverleningszones. Deze "
         "inspectie ging na of de zone Dender-Schelde haar interventies tijdig en met de juiste middelen kan "
         "uitvoeren, en hoe zij de verslagen van haar preventiedienst opvolgt. Het team sprak met de "
         "zonecommandant, vijf postoversten, de preventiedienst en de financieel beheerder, bezocht zes posten "
         "en analyseerde de interventiegegevens van 2023 tot 2025.</p>",
         "<h2>2 De zone in cijfers</h2>",
         "<p>Het koninklijk besluit van 10 november 2012 bepaalt dat de eerste ploeg zo snel mogelijk ter plaatse "
         "moet zijn en legt per gemeente een maximale theoretische aanrijtijd vast. Tabel 1 vergelijkt die "
         "norm met de werkelijke tijden van vijf posten.</p>",
         table([["Post", "Interventies 2025", "Mediaan opkomsttijd", "Binnen norm"],
                ["Dendermonde-Noord (beroeps)", "2.914", "8 min 40 s", "91 %"],
                ["Waalmunster (vrijwillig)", "611", "14 min 10 s", "62 %"],
                ["Berlegem (vrijwillig)", "438", "15 min 05 s", "58 %"],
                ["Oudekerke (gemengd)", "1.207", "10 min 20 s", "84 %"],
                ["Schellebeke (vrijwillig)", "356", "12 min 30 s", "77 %"]], ("40%", "20%", "22%", "18%")),
         "<p class='k'>Tabel 1. Opkomsttijden per post in 2025 (bron: dispatchinggegevens van de zone).</p>",
         "<h2>3 Vaststellingen</h2>",
         "<p><b>V1.</b> De posten Waalmunster en Berlegem halen overdag de minimale bezetting van zes "
         "brandweerlieden in minder dan twee derde van de gevallen. De zone moet volgens het koninklijk besluit "
         "de snelste adequate hulp waarborgen; in die posten is dat overdag niet altijd het geval.</p>",
         "<p><b>V2.</b> De opkomsttijd wordt in het dispatchingsysteem gemeten vanaf het vertrek van de "
         "ploeg, niet vanaf de oproep. De gerapporteerde tijden zijn daardoor te gunstig.</p>",
         "<p><b>V3.</b> 84 van de 312 ademluchttoestellen zijn ouder dan vijftien jaar. De fabrikant levert "
         "voor dat type na 2027 geen onderdelen meer.</p>",
         "<p><b>V4.</b> De zone oefent geregeld met haar eigen posten, maar in 2025 slechts één keer met een "
         "naburige zone. Bij grote branden aan de zonegrens zou de samenwerking vlotter moeten verlopen.</p>",
         "<p><b>V5.</b> Het opleidingsplan wordt door de zonecommandant opgesteld en door het zonecollege "
         "goedgekeurd; de zoneraad krijgt het niet te zien, hoewel hij de begroting vaststelt.</p>",
         "<p><b>V6.</b> Van de 1.140 preventieverslagen van 2024 werd bij 31 % niet nagegaan of de gebreken "
         "binnen de gestelde termijn waren verholpen.</p>",
         "<p>De inspectie van 2021 had aanbevolen:</p>",
         "<p class='q'>'De zone brengt de interventiegegevens van alle posten samen in één "
         "dispatchingsysteem.'</p>",
         "<p>Die aanbeveling werd volledig opgevolgd: sinds 2023 werken alle posten met hetzelfde systeem.</p>",
         "<h2>4 Aanbevelingen</h2>",
         "<p>Op basis van deze vaststellingen formuleert de inspectiedienst de volgende aanbevelingen. De "
         "prioriteit geeft aan welke aanbevelingen volgens de inspectiedienst het eerst moeten worden "
         "uitgevoerd.</p>",
         table([["Nr.", "Aanbeveling", "Prioriteit", "Termijn"]] + [list(r) for r in RECS],
               ("7%", "63%", "13%", "17%")),
         "<h2>5 Opvolging</h2>",
         "<p>De inspectiedienst vraagt de zone om binnen zes maanden na ontvangst van dit verslag een actieplan "
         "te bezorgen waarin zij per aanbeveling aangeeft welk gevolg zij eraan geeft. Een opvolgingsinspectie "
         "is gepland in het voorjaar van 2028.</p>",
         "<p class='sig'>Voor de inspectiedienst,<br/>ing. Bart Desmet, inspecteur-generaal</p>"]
    B.soffice_pdf(page("".join(b), "B70NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Inspectieverslag Hulpverleningszone Dender-Schelde  |  ADCV/INSP/2026/017",
            "{n}/{m}", SANS["Regular"])


def response():
    b = ["<p class='k'>HULPVERLENINGSZONE DENDER-SCHELDE  |  Zoneraad</p>",
         "<h1>Uittreksel uit de notulen van de zoneraad</h1>",
         "<p class='s'><b>Zitting van 24 september 2026</b></p><p></p>",
         table([["Aanwezig", "Annick De Brabander, voorzitter; Luc Verstraete, Marleen Huys, Johan Cools, Ellen "
                             "Vermeire, Patrick Baert, Kathleen Van Hove, Dirk Moens, Sarah Lemmens, leden; kolonel "
                             "Wim Goossens, zonecommandant; Griet Rombaut, zonesecretaris"],
                ["Verontschuldigd", "Tom Heirbaut, lid"]], ("22%", "78%"), head=False),
         "<h2>7. Inspectieverslag ADCV/INSP/2026/017 - kennisname en goedkeuring van het actieplan</h2>",
         "<h3>Voorgeschiedenis</h3>",
         "<p>De inspectiedienst van de FOD Binnenlandse Zaken voerde van 10 tot 14 maart 2026 een thematische "
         "inspectie uit in de zone. Het verslag werd op 2 juni 2026 aan de voorzitter bezorgd en op 18 juni "
         "2026 aan de leden van de zoneraad meegedeeld.</p>",
         "<h3>Feiten en context</h3>",
         "<p>De zonecommandant heeft met de postoversten en de preventiedienst een actieplan uitgewerkt. Het "
         "zonecollege besprak het ontwerp op 9 september 2026 en legt het nu voor aan de zoneraad.</p>",
         "<h3>Juridische grond</h3>",
         "<p>De wet van 15 mei 2007 betreffende de civiele veiligheid, in het bijzonder de artikelen over de "
         "bevoegdheden van de zoneraad en het zonecollege. Het koninklijk besluit van 10 november 2012 tot "
         "vaststelling van de minimale voorwaarden van de snelste adequate hulp en de adequate middelen.</p>",
         "<h3>Argumentatie</h3>",
         "<p><b>Registratie van de opkomsttijden.</b> Sinds 1 juli 2026 meet het dispatchingsysteem de "
         "opkomsttijd vanaf het ogenblik van de oproep. De zone volgt op dit punt het verslag volledig; de "
         "rapportering aan de zoneraad gebeurt voortaan op die basis.</p>",
         "<p><b>Bemanning en samenwerking.</b> Voor de posten Waalmunster en Berlegem keurt de zoneraad een "
         "wervingsplan 2027-2031 goed met een gerichte campagne bij werkgevers in de regio en een "
         "dagploegregeling met de post Dendermonde-Noord. Een gezamenlijke oefening met de naburige zones komt er "
         "eenmaal per jaar, afwisselend in elk van de zones; twee oefeningen per jaar acht de zone met haar "
         "huidige bezetting niet haalbaar.</p>",
         "<p><b>Ademluchttoestellen.</b> De vervanging van de 84 oudste toestellen wordt gespreid over 2027, 2028 "
         "en 2029, te beginnen met de posten waar de toestellen het meest worden gebruikt. Een volledige "
         "vervanging tegen eind 2027 past niet in het meerjarenplan.</p>",
         "<p><b>Dotaties.</b> De zoneraad ziet geen aanleiding om de verdeelsleutel van de gemeentelijke "
         "dotaties te wijzigen. De huidige sleutel werd in 2023 door alle gemeenteraden aanvaard en houdt al "
         "rekening met de bevolking en het kadastraal inkomen; het aantal interventies schommelt te sterk van "
         "jaar tot jaar om als basis te dienen.</p>",
         "<p><b>Opleiding.</b> Het zonecollege zal onderzoeken of het opleidingsplan samen met de begroting aan "
         "de zoneraad kan worden voorgelegd en brengt daarover verslag uit in het voorjaar van 2027.</p>",
         "<h3>Financiële weerslag</h3>",
         "<p>De kosten van het actieplan worden geraamd op 412.000 euro in 2027 en worden opgenomen in de "
         "meerjarenplanning 2027-2029.</p>",
         "<h3>Stemming</h3>",
         "<p>Met eenparigheid van stemmen.</p>",
         "<h3>Besluit</h3>",
         "<p><b>Artikel 1.</b> De zoneraad neemt kennis van het inspectieverslag ADCV/INSP/2026/017.</p>",
         "<p><b>Artikel 2.</b> De zoneraad keurt het bijgevoegde actieplan goed.</p>",
         "<p><b>Artikel 3.</b> De zonesecretaris bezorgt dit besluit en het actieplan aan de inspectiedienst en "
         "aan de gouverneur.</p>",
         "<p></p><p class='sig'>Namens de zoneraad,</p>",
         table([["Griet Rombaut<br/>zonesecretaris", "Annick De Brabander<br/>voorzitter"]], ("50%", "50%"),
               head=False, border=0),
         "<p class='k'>Voor eensluidend uittreksel.</p>"]
    B.soffice_pdf(page("".join(b), "B70NL Serif", "9.4pt", "22mm 22mm 22mm 24mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Zoneraad 24 september 2026  |  punt 7", "Pagina {n} van {m}",
            SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        ("1", "De zone stelt een meerjarig wervingsplan op om de bezetting",
         "keurt de zoneraad een wervingsplan 2027-2031 goed", "agrees"),
        ("2", "De zone registreert de opkomsttijden in het dispatchingsysteem volgens de",
         "De zone volgt op dit punt het verslag volledig", "agrees"),
        ("3", "De zone vervangt alle ademluchttoestellen die ouder zijn dan vijftien",
         "wordt gespreid over 2027, 2028 en 2029", "partly"),
        ("4", "De zone organiseert ten minste tweemaal per jaar een gezamenlijke",
         "komt er eenmaal per jaar, afwisselend in elk van de zones", "partly"),
        ("5", "Het zonecollege legt het jaarlijkse opleidingsplan vóór de begrotingsbespreking ter",
         "Het zonecollege zal onderzoeken of het opleidingsplan samen", "noted"),
        ("6", "De zoneraad herziet de verdeelsleutel van de gemeentelijke dotaties zodat",
         "De zoneraad ziet geen aanleiding om de verdeelsleutel", "disagrees"),
        ("7", "De zone houdt een centraal register bij van alle preventieverslagen", None, "unanswered"),
    ], [
        "Het verslag werd op 2 juni 2026 aan de voorzitter bezorgd",
        "De zonecommandant heeft met de postoversten en de preventiedienst",
        "De kosten van het actieplan worden geraamd op 412.000 euro",
        "De zoneraad keurt het bijgevoegde actieplan goed",
    ], "INSPECTIEVERSLAG of the inspection service of the Belgian FOD Binnenlandse Zaken (Algemene Directie Civiele "
       "Veiligheid) on a HULPVERLENINGSZONE, answered by an UITTREKSEL UIT DE NOTULEN VAN DE ZONERAAD in the fixed "
       "Belgian local decision form. The FOD, the ADCV, the law of 15 May 2007 and the KB of 10 November 2012 are "
       "real; the zone, its posts, figures, people, kenmerken and the 2021 inspection are invented, and what is "
       "said of the KB is not to be relied on. The seven recommendations stand ONLY in the ruled table 'Nr. | "
       "Aanbeveling | Prioriteit | Termijn' in '4 Aanbevelingen' (numbers are the table numbers; the priority and "
       "term cells are not part of the text). Not recommendations: the meta table, Tabel 1, the KB's 'moet ... ter "
       "plaatse zijn', the bold vaststellingen V1-V6 ('De zone moet ...', 'zou ... moeten verlopen'), the 2021 "
       "recommendation quoted and reported as followed, '5 Opvolging' (request for an action plan). Response: "
       "attendance table, agenda item 7 with Voorgeschiedenis, Feiten en context, Juridische grond (nothing); "
       "Argumentatie with bold run-in themes, no numbers, another order: 2 agrees; ONE paragraph 'Bemanning en "
       "samenwerking.' = 1 agrees (wervingsplan) + 4 partly (once a year, not twice); 3 partly (spread until "
       "2029); 6 disagrees ('ziet geen aanleiding'); 5 noted ('zal onderzoeken'); Financiele weerslag, Stemming, "
       "Besluit articles 1-3 (nothing); 7 (central register of preventieverslagen) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
