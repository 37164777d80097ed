"""Round 68 (nl): an ADVIES of a temporary ADVIESCOLLEGE on nitrogen (an 'Adviescollege Stikstof en Landelijk
Gebied', invented, of the kind of the Adviescollege Stikstofproblematiek of 2019-2020) on permits and nature
restoration, answered by the KABINETSREACTIE of the minister of LVVN (a Kamerbrief with headings that name the
advice numbers in brackets, in another order, and a footnote).

Advice: 'Eerst herstel, dan ruimte', 3 p.: title block and a meta table, a framed 'Kernboodschap' that PARAPHRASES
the advice ('pleit het college voor', 'moet de overheid eerst'), 1 Inleiding with the adviesvraag's lettered
questions a.-c., chapters 2-4 whose recommendations are CHAPTER-NUMBERED 'Advies 2.1' ... 'Advies 4.2' in a hanging
label column (bold label left, bold sentence + plain explanation right), 5 Tot slot. Traps: the adviesvraag's
questions a.-c., Tabel 2.1 (permit figures), the omgevingswaarde 'moet ... liggen', the college's own FIRST advice
(2024) quoted and reported as followed, 'Het college constateert', 'zouden ... moeten', 'Overwegingen' paragraphs.
Response: Kamerbrief: introduction, 'Het stikstofbeleid van dit kabinet' (nothing), headings '... (advies N)' in
the order 2.1 (agrees), ONE section '(adviezen 3.1 en 3.2)' (3.1 partly: plans yes, binding tussendoelen only for
the 40 most vulnerable areas; 3.2 disagrees: no heffing), 3.3 (agrees), 4.2 (agrees: 'Dit gebeurt al'), 2.2
(noted: awaits the Raad van State); 4.1 unanswered; 'Financiën' and closing (nothing); a footnote.
Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; label column and letterhead as
borderless tables, the Kernboodschap as a one-cell bordered table; running head and page numbers stamped with
PyMuPDF; ligature-free DejaVu copies).

Run: /tmp/blind68nl/bin/python tests/docs/src/blind68/gen_nl_stikstof_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b68nl as B  # noqa: E402

NAME = "blind68_nl_stikstof"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B68NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
GREEN = "#3d6b2f"
PALE = "#eef3e8"
RIJK = "#154273"


def page(body, fam, size="9.0pt", margins="20mm 20mm 20mm 20mm"):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; }}\n"
           f"h1 {{ font-family: 'B68NL Sans'; font-size: 17pt; margin-top: 0; margin-bottom: 3pt; color: {GREEN}; }}\n"
           f"h2 {{ font-family: 'B68NL Sans'; font-size: 10.8pt; margin-top: 9pt; margin-bottom: 3pt; "
           f"color: {GREEN}; }}\n"
           f"h3 {{ font-family: 'B68NL Sans'; font-size: 9.2pt; margin-top: 6pt; margin-bottom: 2pt; }}\n"
           f".s {{ font-size: 8.0pt; margin-bottom: 0; }}\n"
           f".k {{ font-size: 7.6pt; color: #555555; }}\n"
           f".lab {{ font-family: 'B68NL Sans'; font-size: 8.6pt; color: {GREEN}; margin-bottom: 0; }}\n"
           f".q {{ margin-left: 8mm; margin-right: 8mm; font-style: italic; }}\n"
           f".fn {{ font-size: 7.4pt; margin-bottom: 0; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def cell(t, w=None, bg=None, b=False, cls="s"):
    wa = f" width='{w}'" if w else ""
    ba = f" bgcolor='{bg}'" if bg else ""
    t = f"<b>{t}</b>" if b else t
    return f"<td{wa}{ba} valign='top'><p class='{cls}'>{t}</p></td>"


def advies(nr, bold, rest):
    return ("<table width='100%' cellpadding='3' cellspacing='0' border='0'><tr>"
            f"<td width='16%' valign='top'><p class='lab'><b>Advies {nr}</b></p></td>"
            f"<td valign='top' bgcolor='{PALE}'><p><b>{bold}</b> {rest}</p></td></tr></table>"
            "<p class='s'> </p>")


def advice():
    b = []
    b.append(f"<p class='s'><font color='{GREEN}'><b>ADVIESCOLLEGE STIKSTOF EN LANDELIJK GEBIED</b></font></p>"
             "<p class='s'> </p><h1>Eerst herstel, dan ruimte</h1>"
             "<p><font size='3'>Tweede advies: vergunningverlening en natuurherstel in de periode 2026-2035</font></p>"
             "<table width='100%' cellpadding='3' cellspacing='0' border='0'><tr>"
             + cell("Uitgebracht", "20%", PALE, True) + cell("20 januari 2026, aan de minister van Landbouw, "
                                                             "Visserij, Voedselzekerheid en Natuur", None, PALE)
             + "</tr><tr>" + cell("Voorzitter", None, PALE, True)
             + cell("mr. J.W. Hazenberg", None, PALE) + "</tr><tr>" + cell("Leden", None, PALE, True)
             + cell("prof. dr. A.M. Terpstra, ir. H. van Duijvenbode, dr. S. el Khatib, drs. L.C. Ploeger", None,
                    PALE) + "</tr></table><p class='s'> </p>")
    b.append(f"<table width='100%' cellpadding='7' cellspacing='0' border='1' bordercolor='{GREEN}'><tr>"
             "<td valign='top'><p class='lab'><b>Kernboodschap</b></p>"
             "<p>De stikstofcrisis is in de kern een natuurcrisis. Zolang de natuur niet aantoonbaar herstelt, "
             "blijft elke vergunning juridisch kwetsbaar. Daarom pleit het college voor een omgekeerde volgorde: "
             "eerst moet de overheid zorgen voor zichtbaar herstel in de kwetsbaarste gebieden, daarna kan er "
             "weer ruimte komen voor wonen, infrastructuur en ondernemen. Het college doet zeven adviezen, verdeeld "
             "over drie thema's: vergunningverlening, natuurherstel en uitvoering.</p></td></tr></table>")
    b.append("<h2>1 Inleiding</h2>"
             "<p>Bij brief van 2 september 2025 vroeg de minister het college om een tweede advies. De minister "
             "legde het college drie vragen voor:</p>"
             "<p style='margin-left: 8mm'>a. Hoe kan de vergunningverlening weer op gang komen zonder dat de "
             "natuur verder achteruitgaat?</p>"
             "<p style='margin-left: 8mm'>b. Welke bronmaatregelen zijn het meest doelmatig?</p>"
             "<p style='margin-left: 8mm'>c. Hoe kan de uitvoering in de provincies worden versneld?</p>"
             "<p>Het college sprak met alle twaalf provincies, met de Unie van Waterschappen, met "
             "natuurorganisaties, met LTO Nederland en met vertegenwoordigers van de bouw en de industrie. Het "
             "RIVM leverde de depositiecijfers.</p>"
             "<p>In zijn eerste advies uit 2024 adviseerde het college:</p>"
             "<p class='q'>'de stikstofbank alleen te vullen met ruimte die aantoonbaar niet nodig is voor het "
             "bereiken van de instandhoudingsdoelen'.</p>"
             "<p>Het kabinet heeft dat advies in de Regeling stikstofbank 2025 opgevolgd. Het college gaat daar in "
             "dit advies daarom niet opnieuw op in.</p>")
    b.append("<h2>2 Vergunningverlening</h2>"
             "<h3>Stand van zaken</h3>"
             "<p>Sinds het vervallen van de bouwvrijstelling ligt de vergunningverlening voor projecten met "
             "stikstofdepositie grotendeels stil. Tabel 2.1 laat de aantallen aanvragen zien.</p>"
             "<table width='72%' cellpadding='3' cellspacing='0' border='1'><tr>"
             + cell("Aanvragen natuurvergunning", "46%", PALE, True) + cell("2023", "18%", PALE, True)
             + cell("2024", "18%", PALE, True) + cell("2025", "18%", PALE, True) + "</tr><tr>"
             + cell("Ingediend") + cell("1.412") + cell("1.388") + cell("1.502") + "</tr><tr>"
             + cell("Verleend") + cell("611") + cell("402") + cell("287") + "</tr><tr>"
             + cell("Aangehouden") + cell("540") + cell("781") + cell("963") + "</tr></table>"
             "<p class='k'>Tabel 2.1 Aanvragen natuurvergunning bij de provincies (bron: IPO, peildatum 1 december "
             "2025)</p>"
             "<h3>Overwegingen</h3>"
             "<p>Het college constateert dat de ruim 3.000 PAS-melders nog altijd zonder vergunning werken. Zij "
             "hebben destijds te goeder trouw gehandeld en zouden niet langer de dupe moeten zijn van een fout "
             "van de overheid.</p>"
             + advies("2.1", "Geef de PAS-melders uiterlijk in 2027 zekerheid door hun activiteiten met voorrang te "
                      "legaliseren.", "Daarvoor is een vast budget nodig dat niet afhangt van de jaarlijkse "
                      "begrotingsbesprekingen.")
             + "<p>Door opkoopregelingen komt de komende jaren stikstofruimte vrij. Die ruimte kan worden gebruikt "
             "voor nieuwe activiteiten of voor natuurherstel. Het college acht het juridisch riskant om de "
             "vrijkomende ruimte direct opnieuw uit te geven.</p>"
             + advies("2.2", "Reserveer de stikstofruimte die vrijkomt uit opkoopregelingen eerst voor "
                      "natuurherstel en pas daarna voor nieuwe vergunningen.",
                      "Alleen zo kan de overheid bij de rechter aantonen dat de natuur er per saldo op vooruitgaat."))
    b.append("<h2>3 Natuurherstel en bronmaatregelen</h2>"
             "<p>De Omgevingswet bevat een omgevingswaarde voor stikstof: in 2030 moet de depositie op ten minste 50 "
             "procent van het stikstofgevoelige Natura 2000-areaal onder de kritische depositiewaarde liggen. Het "
             "college constateert dat dat doel bij het huidige beleid niet wordt gehaald; volgens het RIVM komt "
             "het aandeel in 2030 uit op 36 procent.</p>"
             "<p>Provincies werken aan gebiedsplannen, maar de maatregelen daarin zijn vaak vrijblijvend. Herstel "
             "van de natuur vraagt om afspraken die ook bij tegenvallers overeind blijven.</p>"
             + advies("3.1", "Stel per Natura 2000-gebied een bindend herstelplan vast met jaarlijkse "
                      "tussendoelen voor depositie en natuurkwaliteit.",
                      "Een plan dat bindend is, geeft de rechter houvast en de ondernemers duidelijkheid.")
             + "<p>De industrie en het verkeer dragen samen ongeveer een derde bij aan de depositie. Een "
             "financiële prikkel voor de grootste uitstoters ontbreekt.</p>"
             + advies("3.2", "Voer vanaf 2028 een heffing in op de stikstofuitstoot van grote industriële "
                      "puntbronnen.", "De opbrengst kan worden ingezet voor natuurherstel in de omgeving.")
             + advies("3.3", "Verleng de beëindigingsregelingen voor piekbelasters tot eind 2028 en verhoog het "
                      "budget daarvan.", "Veel ondernemers die willen stoppen, haalden de huidige "
                      "aanmeldtermijn niet."))
    b.append("<h2>4 Uitvoering</h2>"
             "<p>Het college ziet dat de uitvoering in de provincies versnipperd is. Provincie, waterschap, "
             "terreinbeheerders en gemeenten werken elk met eigen budgetten en eigen planningen.</p>"
             + advies("4.1", "Richt per provincie één uitvoeringsorganisatie op waarin provincie, waterschappen "
                      "en terreinbeheerders samenwerken.", "Die organisatie krijgt één budget en één "
                      "verantwoordelijke bestuurder.")
             + "<p>Het vertrouwen in het stikstofbeleid is laag. Burgers en ondernemers weten niet of de "
             "maatregelen werken.</p>"
             + advies("4.2", "Publiceer elk jaar per gebied een openbare voortgangsrapportage over depositie, "
                      "natuurkwaliteit en vergunningverlening.", "Zo wordt zichtbaar waar het beleid werkt en waar "
                      "bijsturing nodig is.")
             + "<h2>5 Tot slot</h2>"
             "<p>Het college beseft dat dit advies veel vraagt van alle betrokkenen. Het ziet echter geen andere "
             "weg uit de impasse dan eerst te laten zien dat de natuur herstelt. Het college is graag bereid het "
             "advies toe te lichten.</p>"
             "<p class='s'> </p><p>Namens het Adviescollege Stikstof en Landelijk Gebied,<br/>mr. J.W. Hazenberg, "
             "voorzitter</p>")
    B.soffice_pdf(page("".join(b), "B68NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviescollege Stikstof en Landelijk Gebied  |  Eerst herstel, dan ruimte",
            "{n}", SANS["Regular"])


def response():
    side = ("<p class='s'><b>Directoraat-generaal Natuur, Visserij en Gebiedsgericht werken</b></p>"
            "<p class='s'> </p><p class='s'><b>Bezoekadres</b><br/>Bezuidenhoutseweg 73<br/>2594 AC Den Haag</p>"
            "<p class='s'> </p><p class='s'><b>Ons kenmerk</b><br/>DGNVLG / 96611412</p><p class='s'> </p>"
            "<p class='s'><b>Bijlage(n)</b><br/>0</p>")
    b = ["<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='68%' valign='top'>"
         f"<p class='s'><font color='{RIJK}'><b>Ministerie van Landbouw, Visserij,<br/>Voedselzekerheid en "
         "Natuur</b></font></p><p class='s'> </p>"
         "<p class='s'>&gt; Retouradres Postbus 20401 2500 EK Den Haag</p><p class='s'> </p>"
         "<p class='s'>De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Prinses Irenestraat 6<br/>"
         "2595 BD DEN HAAG</p><p class='s'> </p>"
         "<p class='s'>Datum 14 april 2026</p><p class='s'>Betreft Kabinetsreactie op het tweede advies van het "
         "Adviescollege Stikstof en Landelijk Gebied</p></td><td valign='top'>" + side + "</td></tr></table>",
         "<p class='s'> </p><p>Geachte voorzitter,</p>",
         "<p>Op 20 januari 2026 heeft het Adviescollege Stikstof en Landelijk Gebied zijn tweede advies "
         "uitgebracht. Hierbij stuur ik u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening "
         "en de minister van Infrastructuur en Waterstaat, de kabinetsreactie op dat advies.</p>",
         "<h3>Het stikstofbeleid van dit kabinet</h3>",
         "<p>Het kabinet wil de impasse in de vergunningverlening doorbreken en tegelijk de natuur versterken. In "
         "de Voorjaarsnota is daarvoor tot en met 2035 in totaal 9,4 miljard euro gereserveerd.<sup>1</sup> Het "
         "advies van het college komt daarom op een goed moment.</p>",
         "<h3>Legalisatie van PAS-melders (advies 2.1)</h3>",
         "<p>Het kabinet neemt dit advies over. De legalisatie van de PAS-melders krijgt voorrang boven alle "
         "andere toedeling van stikstofruimte. Het kabinet stelt hiervoor een apart budget van 250 miljoen euro "
         "vast in het Transitiefonds, zodat de provincies de resterende meldingen uiterlijk eind 2027 kunnen "
         "afronden.</p>",
         "<h3>Herstelplannen en een heffing (adviezen 3.1 en 3.2)</h3>",
         "<p>Het kabinet deelt de opvatting dat natuurherstel een steviger basis nodig heeft. Provincies stellen "
         "daarom voor elk Natura 2000-gebied een herstelplan op. Jaarlijkse tussendoelen worden alleen bindend "
         "voor de veertig kwetsbaarste gebieden; voor de overige gebieden acht het kabinet dat niet "
         "uitvoerbaar.</p>",
         "<p>Een heffing op de uitstoot van industriële puntbronnen voert het kabinet niet in. De grote "
         "industriële bedrijven vallen al onder maatwerkafspraken met emissieplafonds, en een nationale heffing "
         "zou hun concurrentiepositie onevenredig aantasten.</p>",
         "<h3>Beëindigingsregelingen (advies 3.3)</h3>",
         "<p>Het kabinet volgt dit advies. De Landelijke beëindigingsregeling veehouderijlocaties wordt "
         "heropend tot 31 december 2028 en het budget wordt met 600 miljoen euro verhoogd.</p>",
         "<h3>Openbare voortgangsrapportage (advies 4.2)</h3>",
         "<p>Dit gebeurt al. De jaarlijkse Monitor stikstof en natuur bevat vanaf 2026 een openbaar dashboard per "
         "gebied, met gegevens over depositie, natuurkwaliteit en verleende vergunningen. Het kabinet ondersteunt "
         "het advies dus volledig.</p>",
         "<h3>Gebruik van vrijkomende ruimte (advies 2.2)</h3>",
         "<p>Over de vraag of vrijkomende ruimte eerst voor natuurherstel moet worden gebruikt, loopt een zaak "
         "bij de Afdeling bestuursrechtspraak van de Raad van State. Het kabinet wacht die uitspraak af en neemt "
         "het advies van het college mee in zijn afweging daarna.</p>",
         "<h3>Financiën</h3>",
         "<p>De maatregelen in deze brief worden gedekt uit het Transitiefonds landelijk gebied en natuur. Voor de "
         "verhoging van het budget voor de beëindigingsregelingen wordt een kasschuif toegepast.</p>",
         "<p>Ik dank het college voor zijn heldere en doordachte advies. Ik zal de Kamer voor de zomer informeren "
         "over de uitwerking van de herstelplannen.</p>",
         "<p class='s'> </p><p>De minister van Landbouw, Visserij,<br/>Voedselzekerheid en Natuur,</p>"
         "<p class='s'> </p><p class='s'> </p><p>ir. M.A. de Graaf-Hoekstra</p>",
         "<p class='s'> </p><p class='fn'>______________</p>"
         "<p class='fn'><sup>1</sup> Kamerstukken II 2025/26, 36 850 XIV, nr. 71.</p>"]
    B.soffice_pdf(page("".join(b), "B68NL Serif", "9.4pt", "22mm 22mm 22mm 24mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Kabinetsreactie tweede advies Adviescollege Stikstof  |  DGNVLG / 96611412",
            "Pagina {n} van {m}", SANS["Regular"])


def expected():
    B.write_expected(NAME, [
        ("2.1", "Geef de PAS-melders uiterlijk in 2027 zekerheid door hun activiteiten",
         "De legalisatie van de PAS-melders krijgt voorrang boven", "agrees"),
        ("2.2", "Reserveer de stikstofruimte die vrijkomt uit opkoopregelingen eerst voor natuurherstel",
         "Het kabinet wacht die uitspraak af", "noted"),
        ("3.1", "Stel per Natura 2000-gebied een bindend herstelplan vast met jaarlijkse",
         "Jaarlijkse tussendoelen worden alleen bindend voor de veertig kwetsbaarste gebieden", "partly"),
        ("3.2", "Voer vanaf 2028 een heffing in op de stikstofuitstoot van",
         "voert het kabinet niet in", "disagrees"),
        ("3.3", "Verleng de beëindigingsregelingen voor piekbelasters tot eind 2028 en",
         "wordt heropend tot 31 december 2028", "agrees"),
        ("4.1", "Richt per provincie één uitvoeringsorganisatie op waarin provincie, waterschappen en", None,
         "unanswered"),
        ("4.2", "Publiceer elk jaar per gebied een openbare voortgangsrapportage over depositie,",
         "De jaarlijkse Monitor stikstof en natuur bevat vanaf 2026", "agrees"),
    ], [
        "Hierbij stuur ik u, mede namens de minister",
        "Het kabinet wil de impasse in de vergunningverlening doorbreken",
        "De maatregelen in deze brief worden gedekt uit",
        "Ik dank het college voor zijn heldere en doordachte advies",
    ], "ADVIES of a temporary Dutch ADVIESCOLLEGE on nitrogen (the 'Adviescollege Stikstof en Landelijk Gebied', "
       "invented, of the kind of the Adviescollege Stikstofproblematiek), its second advice on permits and nature "
       "restoration, answered by the KABINETSREACTIE of the minister of LVVN (Kamerbrief with a letterhead side "
       "column). The Omgevingswet, the ministries, the Raad van State and the Landelijke beëindigingsregeling "
       "veehouderijlocaties are real; the college, its people, figures, the quoted first advice, the Regeling "
       "stikstofbank 2025, budgets, the footnote's Kamerstuk and kenmerken are invented. Recommendations are "
       "CHAPTER-NUMBERED 'Advies 2.1', '2.2', '3.1', '3.2', '3.3', '4.1', '4.2' in a hanging label column beside "
       "a shaded cell (bold imperative sentence + plain explanation); the numbers are these labels, not chapter "
       "numbers. Not recommendations: the framed 'Kernboodschap' paraphrase ('pleit het college voor', 'eerst moet "
       "de overheid zorgen voor'), the adviesvraag's lettered questions a.-c., the first advice (2024) quoted "
       "and reported as followed, Tabel 2.1, 'Het college constateert', 'zouden niet langer de dupe moeten zijn', "
       "the omgevingswaarde's 'moet de depositie ... liggen', 'Tot slot'. Response headings name the numbers in "
       "brackets, in another order: 2.1 agrees ('neemt dit advies over'), ONE section '(adviezen 3.1 en 3.2)' "
       "(3.1 partly: herstelplannen for every area but binding tussendoelen only for the forty most vulnerable; "
       "3.2 disagrees: 'voert het kabinet niet in'), 3.3 agrees ('volgt dit advies'), 4.2 agrees ('Dit gebeurt "
       "al', 'ondersteunt het advies dus volledig'), 2.2 noted (awaits the Raad van State, 'neemt ... mee in "
       "zijn afweging'); 4.1 (one uitvoeringsorganisatie per provincie) UNANSWERED. Introduction, 'Het "
       "stikstofbeleid van dit kabinet' (with footnote 1), 'Financiën' and the closing thanks answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
