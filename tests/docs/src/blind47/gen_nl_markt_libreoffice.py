"""Round 47 (nl): an (invented) ADVIES of the MARKTCOMMISSIE of a Dutch municipality on the ontwerp-Marktverordening,
a letter going through the draft article by article, with a table of stall figures, the Dienstenrichtlijn and the
Visser judgment ('moeten', trap), the commission's own 2019 advice quoted and already carried out (trap), a finding
'zou ... moeten' (trap), and seven recommendations in mixed forms (we-adviseren sentences, imperatives, a question),
each closed by a bold TAG '(advies N)' at the end of its paragraph; answered by the GEMEENTEBLAD publication of the
adopted Marktverordening (preamble, renumbered articles, ondertekening, Toelichting with a section on the advice).
Engine: LibreOffice Writer headless from HTML (import filter 'HTML (StarWriter)'; header and page numbers stamped
with PyMuPDF; ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind47nl/bin/python tests/docs/src/blind47/gen_nl_markt_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b47nl as B  # noqa: E402

NAME = "blind47_nl_markt"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B47NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
RED = "#a3262a"


def page(body, fam, size="9.4pt", color=RED):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.3cm 2.1cm 2cm 2.3cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 5pt; font-family: '%s'; } "
            "h2 { font-size: 11pt; color: %s; font-family: '%s'; margin-top: 8pt; margin-bottom: 3pt; } "
            "h3 { font-size: 9.6pt; font-family: '%s'; margin-top: 6pt; margin-bottom: 2pt; } "
            "td, th { vertical-align: top; font-size: 8.6pt; font-family: '%s'; }</style></head><body>%s"
            "</body></html>" % (fam, size, fam, color, fam, fam, fam, body))


def tagged(text, n):
    return f"<p align='justify'>{text} <b>(advies {n})</b></p>"


def advice():
    b = []
    b.append(f"<p style='font-size:13pt; color:{RED}'><b>Marktcommissie Zuiderhaven</b><br/>"
             "<span style='font-size:8pt; color:#444'>p/a Markt- en Evenementenbureau, Havenstraat 12, 4561 AB "
             "Zuiderhaven | marktcommissie@zuiderhaven.nl</span></p>")
    b.append("<p><br/></p>")
    b.append("<table width='100%' cellpadding='1'><tr><td width='60%'>Aan het college van burgemeester en "
             "wethouders<br/>van de gemeente Zuiderhaven<br/>Postbus 80<br/>4560 AB Zuiderhaven</td>"
             "<td><b>Datum</b> 14 april 2026<br/><b>Uw kenmerk</b> Z-2026-03321<br/><b>Ons kenmerk</b> "
             "MC-2026-04<br/><b>Bijlage</b> verslag marktoverleg 7 april 2026</td></tr></table>")
    b.append("<p><br/><b>Onderwerp: advies over de ontwerp-Marktverordening Zuiderhaven 2027</b></p>")
    b.append("<p>Geacht college,</p>")
    b.append("<p align='justify'>Bij brief van 10 maart 2026 vraagt u de marktcommissie om advies over de "
             "ontwerp-Marktverordening Zuiderhaven 2027. Op grond van artikel 3 van de Verordening marktcommissie "
             "Zuiderhaven 2015 brengt de commissie advies uit over alle voorstellen die de weekmarkten raken. Wij "
             "hebben het ontwerp op 7 april besproken in een open marktoverleg, waar 41 kooplieden aanwezig waren. "
             "Hieronder volgt ons advies, in de volgorde van de artikelen van het ontwerp.</p>")
    b.append("<h2>1. Algemeen</h2>")
    b.append("<p align='justify'>De commissie is blij dat de verordening na ruim twintig jaar wordt herzien. De "
             "markten doen het goed, maar het aantal vaste kooplieden daalt langzaam:</p>")
    b.append("<table width='80%' border='1' cellpadding='3' cellspacing='0'><tr><th bgcolor='#f3dcdc'>Markt</th>"
             "<th bgcolor='#f3dcdc'>plaatsen</th><th bgcolor='#f3dcdc'>vast 2021</th><th bgcolor='#f3dcdc'>vast "
             "2025</th><th bgcolor='#f3dcdc'>dagplaatsen 2025 (gem.)</th></tr>"
             "<tr><td>dinsdag, Grote Markt</td><td>78</td><td>66</td><td>61</td><td>9</td></tr>"
             "<tr><td>zaterdag, Grote Markt</td><td>104</td><td>97</td><td>92</td><td>11</td></tr>"
             "<tr><td>donderdag, Oostwijk</td><td>22</td><td>19</td><td>14</td><td>3</td></tr></table>")
    b.append("<p><br/>Een goede verordening helpt om vaste kooplieden te houden en nieuwe aan te trekken.</p>")
    b.append("<p align='justify'>In 2019 adviseerde de commissie u al: <i>'Stel één wachtlijst op voor alle markten "
             "en maak die openbaar.'</i> Dat is gebeurd: de wachtlijst staat sinds 2020 op de website van de "
             "gemeente. Wij zijn daar nog steeds tevreden over.</p>")
    b.append("<h2>2. Vaste standplaatsvergunning (artikel 4)</h2>")
    b.append("<p align='justify'>Het ontwerp beperkt de vaste standplaatsvergunning tot vijf jaar. Wij begrijpen "
             "dat de gemeente dat doet vanwege de Dienstenrichtlijn: volgens het arrest Visser Vastgoed van het "
             "Hof van Justitie (2018) moeten schaarse vergunningen voor bepaalde tijd worden verleend en moeten "
             "gegadigden een eerlijke kans krijgen. Maar vijf jaar is voor een koopman met een verkoopwagen van "
             "EUR 80.000 of meer veel te kort om die investering terug te verdienen.</p>")
    b.append(tagged("Wij adviseren u de looptijd van de vaste standplaatsvergunning op tien jaar te stellen in "
                    "plaats van vijf jaar.", 1))
    b.append("<h2>3. Verdeling en wachtlijst (artikel 6)</h2>")
    b.append("<p align='justify'>Vrijgekomen plaatsen worden volgens het ontwerp voortaan verloot onder alle "
             "gegadigden. Dat is eerlijk voor nieuwkomers, maar kooplieden die al jaren op de wachtlijst staan, "
             "verliezen zo hun positie. Sommigen staan er al sinds 2017 op.</p>")
    b.append(tagged("Neem in het overgangsrecht op dat wie op 1 januari 2027 al op de wachtlijst staat, bij de "
                    "eerste twee verdelingen voorrang houdt boven nieuwe gegadigden.", 2))
    b.append("<h2>4. Overschrijving (artikel 8)</h2>")
    b.append("<p align='justify'>Het ontwerp bepaalt dat de vergunning persoonlijk is en niet kan worden "
             "overgeschreven. Veel marktbedrijven zijn familiebedrijven. Als de vergunninghouder ernstig ziek "
             "wordt of overlijdt, staat het gezin nu met lege handen.</p>")
    b.append(tagged("Maak overschrijving van de vergunning op de echtgenoot, geregistreerd partner of een kind "
                    "mogelijk bij langdurige ziekte of overlijden van de vergunninghouder.", 3))
    b.append("<h2>5. Branchering (artikel 11)</h2>")
    b.append("<p align='justify'>Het ontwerp laat de branchering los. De commissie vindt dat onverstandig. Op de "
             "zaterdagmarkt staan nu al negen kramen met telefoonaccessoires en snoep; een markt zou juist een "
             "gevarieerd aanbod moeten hebben om bezoekers te trekken.</p>")
    b.append(tagged("Houd vast aan een maximum van vier standplaatsen per branche op de zaterdagmarkt en op de "
                    "dinsdagmarkt.", 4))
    b.append("<h2>6. Marktgeld en voorzieningen (artikelen 14 en 16)</h2>")
    b.append("<p align='justify'>Bij het ontwerp hoort een verhoging van het marktgeld met 18 procent in 2027, "
             "omdat de gemeente de kosten volledig wil dekken. Na de moeilijke jaren sinds 2020 is dat voor veel "
             "kooplieden te veel in één keer.</p>")
    b.append(tagged("Wij vragen u de verhoging van het marktgeld niet in één keer door te voeren maar over drie "
                    "jaar te spreiden.", 5))
    b.append(tagged("Volgens artikel 16 moeten kooplieden voortaan zelf hun bedrijfsafval afvoeren. Laat de "
                    "gemeente, zoals nu, de afvalcontainers op de markt plaatsen en legen, en reken de kosten "
                    "door in het marktgeld.", 6))
    b.append("<h2>7. De markt tijdens de kermis</h2>")
    b.append("<p align='justify'>Tijdens de najaarskermis (week 36) verhuist de markt nu naar het Havenplein. Daar "
             "komen veel minder bezoekers en er zijn geen stroompunten. De omzet van de kooplieden is in die week "
             "de helft van normaal.</p>")
    b.append(tagged("Is het college bereid de markt tijdens de kermis op de Grote Markt te laten staan en de "
                    "kermis zo in te richten dat beide passen?", 7))
    b.append("<h2>8. Tot slot</h2>")
    b.append("<p align='justify'>Samengevat vraagt de commissie vooral om zekerheid voor de vaste kooplieden: een "
             "langere vergunning, een eerlijke overgang en ruimte voor familiebedrijven. Wij horen graag binnen "
             "zes weken wat u met dit advies doet, en gaan graag met de wethouder in gesprek.</p>")
    b.append("<p>Met vriendelijke groet,<br/>namens de Marktcommissie Zuiderhaven,</p>")
    b.append("<p><br/>J.M. (Jannie) de Koster-Verhage, voorzitter<br/>P. (Piet) Laurijssen, secretaris</p>")
    B.soffice_pdf(page("".join(b), "B47NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Marktcommissie Zuiderhaven | advies ontwerp-Marktverordening 2027 | MC-2026-04",
            "pagina {n} van {m}", F["Regular"])


def art(n, title, *leden):
    h = f"<h3>Artikel {n}. {title}</h3>"
    if len(leden) == 1:
        return h + f"<p align='justify'>{leden[0]}</p>"
    return h + "".join(f"<p align='justify'>{i}. {t}</p>" for i, t in enumerate(leden, 1))


def response():
    b = []
    b.append("<table width='100%' cellpadding='0' cellspacing='0'><tr><td width='62%'>"
             "<p style='font-size:21pt; color:#1b3f73'><b>GEMEENTEBLAD</b></p></td>"
             "<td align='right'><p style='font-size:8.5pt'>Nr. 148213<br/>9 juli 2026</p></td></tr></table>")
    b.append("<p style='font-size:8.5pt; color:#333'>Officiële uitgave van de gemeente Zuiderhaven</p>")
    b.append("<hr/>")
    b.append("<p style='font-size:13pt'><b>Marktverordening Zuiderhaven 2027</b></p>")
    b.append("<p>De raad van de gemeente Zuiderhaven;</p>")
    b.append("<p align='justify'>gelezen het voorstel van burgemeester en wethouders van 26 mei 2026, nr. "
             "RV-2026-061;</p>")
    b.append("<p align='justify'>gelet op de artikelen 149 en 160, eerste lid, van de Gemeentewet en de "
             "Dienstenwet;</p>")
    b.append("<p align='justify'>gezien het advies van de marktcommissie van 14 april 2026;</p>")
    b.append("<p>besluit vast te stellen de volgende verordening:</p>")
    b.append("<p><b>Marktverordening Zuiderhaven 2027</b></p>")
    b.append(art(1, "Begrippen", "In deze verordening wordt verstaan onder: <i>markt</i>: de door de raad "
                 "ingestelde warenmarkt; <i>marktmeester</i>: de door het college aangewezen ambtenaar; "
                 "<i>standplaats</i>: de plaats die op de markt voor de verkoop van waren is aangewezen; "
                 "<i>branche</i>: een groep van waren die naar hun aard bij elkaar horen."))
    b.append(art(2, "Markten", "Er worden markten gehouden op dinsdag en zaterdag op de Grote Markt en op "
                 "donderdag in Oostwijk, telkens van 8.00 tot 16.00 uur.",
                 "Tijdens de najaarskermis wordt de zaterdagmarkt gehouden op het Havenplein. De dinsdagmarkt blijft "
                 "op de Grote Markt."))
    b.append(art(3, "Vaste standplaatsvergunning", "Het college kan een vaste standplaatsvergunning verlenen.",
                 "De vergunning wordt verleend voor zeven jaar.",
                 "Het college verdeelt vrijgekomen vaste standplaatsen door loting onder de gegadigden die zich "
                 "hebben ingeschreven."))
    b.append(art(4, "Persoonlijk karakter", "De vergunning is persoonlijk en kan niet worden overgeschreven of "
                 "aan een ander in gebruik worden gegeven."))
    b.append(art(5, "Branchering", "Het college wijst de branches aan.",
                 "Per markt worden aan ten hoogste vier vergunninghouders in dezelfde branche een vaste "
                 "standplaats verleend."))
    b.append("<p><i>[artikelen 6 tot en met 17 betreffen dagplaatsen, marktmeester, gedragsregels, intrekking en "
             "sancties; zie de volledige tekst op overheid.nl]</i></p>")
    b.append(art(18, "Overgangsrecht", "Een vaste standplaatsvergunning die voor 1 januari 2027 is verleend, "
                  "geldt tot 1 januari 2034.",
                  "Wie op 1 januari 2027 op de wachtlijst staat, gaat bij de eerste twee lotingen voor op andere "
                  "gegadigden, in de volgorde van de wachtlijst."))
    b.append(art(19, "Citeertitel en inwerkingtreding", "Deze verordening wordt aangehaald als: "
                  "Marktverordening Zuiderhaven 2027. Zij treedt in werking op 1 januari 2027. De "
                  "Marktverordening Zuiderhaven 2004 wordt op dat moment ingetrokken."))
    b.append("<p><br/>Aldus vastgesteld in de openbare vergadering van 2 juli 2026.</p>")
    b.append("<table width='100%'><tr><td>De griffier,<br/>mr. S.A. Tjong-Ahin</td><td>De voorzitter,<br/>"
             "W.F. van Rijswijk</td></tr></table>")
    b.append("<h2>Toelichting</h2>")
    b.append("<h3>Algemeen</h3>")
    b.append("<p align='justify'>De verordening vervangt de Marktverordening Zuiderhaven 2004. De belangrijkste "
             "reden is de Dienstenrichtlijn: vaste standplaatsen zijn schaars en moeten daarom voor bepaalde tijd "
             "en via een open procedure worden verdeeld. Het ontwerp is voorgelegd aan de marktcommissie. Door het "
             "schrappen van overbodige bepalingen is de verordening korter geworden; de artikelnummers wijken "
             "daardoor af van het ontwerp.</p>")
    b.append("<h3>Het advies van de marktcommissie</h3>")
    b.append("<p align='justify'><i>Looptijd.</i> De marktcommissie vroeg om een looptijd van tien jaar. Een te "
             "lange looptijd verhoudt zich slecht tot de Dienstenrichtlijn, een te korte maakt investeringen "
             "onmogelijk. De raad kiest daarom voor een middenweg van zeven jaar (artikel 3, tweede lid).</p>")
    b.append("<p align='justify'><i>Wachtlijst.</i> Het voorstel van de commissie om wie nu wacht een voorsprong "
             "te geven, is letterlijk overgenomen in artikel 18, tweede lid. Daarna verloopt de verdeling "
             "uitsluitend door loting.</p>")
    b.append("<p align='justify'><i>Overschrijving en branchering.</i> Een vergunning die vrij kan worden "
             "overgedragen aan familieleden, sluit andere gegadigden uit; de raad acht dat met de "
             "Dienstenrichtlijn niet te verenigen en houdt daarom vast aan het persoonlijke karakter van de "
             "vergunning (artikel 4). Het pleidooi van de commissie voor een maximum per branche heeft de raad "
             "wel overtuigd: artikel 5 is op dat punt aangevuld.</p>")
    b.append("<p align='justify'><i>Kermis.</i> Kermis en markt passen niet samen op de Grote Markt. Wel blijft "
             "op verzoek van de commissie de dinsdagmarkt in de kermisweek op haar vaste plaats; alleen de "
             "zaterdagmarkt verhuist naar het Havenplein, waar tijdelijke stroomkasten worden geplaatst (artikel "
             "2, tweede lid).</p>")
    b.append("<p align='justify'><i>Marktgeld.</i> De hoogte van het marktgeld regelt deze verordening niet. Het "
             "marktgeld wordt vastgesteld in de Verordening marktgelden 2027, die de raad in november bij de "
             "begroting behandelt. Het verzoek om de verhoging te spreiden, wordt bij die gelegenheid aan de raad "
             "voorgelegd.</p>")
    b.append("<h3>Handhaving</h3>")
    b.append("<p align='justify'>De marktmeester houdt toezicht op de naleving. Bij overtreding kan het college een "
             "last onder bestuursdwang opleggen of de vergunning voor ten hoogste vier marktdagen schorsen (artikel "
             "16). De regeldruk voor kooplieden neemt per saldo af, omdat de jaarlijkse verlenging vervalt.</p>")
    B.soffice_pdf(page("".join(b), "B47NL Serif", "9.3pt", "#1b3f73"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeenteblad 2026 nr. 148213 | 9 juli 2026", "{n}", SERIF["Regular"],
            skip_first=False)


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Wij adviseren u de looptijd van de vaste standplaatsvergunning op",
         "De raad kiest daarom voor een middenweg van zeven jaar", "partly"),
        ("2", "Neem in het overgangsrecht op dat wie op 1 januari 2027",
         "is letterlijk overgenomen in artikel 18, tweede lid", "agrees"),
        ("3", "Maak overschrijving van de vergunning op de echtgenoot, geregistreerd partner",
         "houdt daarom vast aan het persoonlijke karakter van de vergunning", "disagrees"),
        ("4", "Houd vast aan een maximum van vier standplaatsen per branche",
         "Het pleidooi van de commissie voor een maximum per branche", "agrees"),
        ("5", "Wij vragen u de verhoging van het marktgeld niet in",
         "Het verzoek om de verhoging te spreiden, wordt bij die gelegenheid", "noted"),
        ("6", "Laat de gemeente, zoals nu, de afvalcontainers op de markt", None, "unanswered"),
        ("7", "Is het college bereid de markt tijdens de kermis op",
         "Kermis en markt passen niet samen op de Grote Markt", "partly", ["disagrees"]),
    ]
    unmatched = ["De marktmeester houdt toezicht op de naleving"]
    notes = ("Advice letter of the Marktcommissie Zuiderhaven (MC-2026-04) to the college on the ontwerp-"
             "Marktverordening 2027: letterhead, address/kenmerk block, stamped running header and 'pagina N van M', "
             "sections per draft article (4, 6, 8, 11, 14 and 16: article numbers of the DRAFT), a stall-figures "
             "table, the commission's 2019 advice quoted as an imperative and carried out (trap), the Dienstenrichtlijn "
             "and the Visser judgment with 'moeten' (trap), 'een markt zou ... moeten hebben' (trap), a closing "
             "'Samengevat' paraphrase (trap). Seven recommendations, each paragraph ending in a bold TAG '(advies "
             "1)'-'(advies 7)': 1 'Wij adviseren' ten years, 2-4 imperatives (overgangsrecht for the waiting list, "
             "transfer to family, max four per branch), 5 'Wij vragen u' spread the fee rise, 6 an imperative on "
             "waste containers preceded in the same paragraph by 'Volgens artikel 16 moeten kooplieden ...', 7 a "
             "question 'Is het college bereid ...?' on the fair. Reply: GEMEENTEBLAD nr. 148213 with the adopted "
             "Marktverordening (preamble 'gezien het advies van de marktcommissie', RENUMBERED articles 1-5, 18, "
             "19, an elision note, ondertekening) and a Toelichting whose section 'Het advies van de marktcommissie' "
             "has italic run-in themes in the order 1, 2, 3+4, 7, 5: seven years instead of ten (1 partly); waiting "
             "list 'letterlijk overgenomen in artikel 18' (2 agrees); ONE paragraph 'Overschrijving en branchering' "
             "refusing the transfer (3 disagrees) and adding the branch maximum (4 agrees); kermis: only the "
             "Saturday market moves, the Tuesday market stays, with temporary power (7 partly, disagrees "
             "acceptable); fee: regulated elsewhere, the request goes to the council in November (5 noted); 6 "
             "(waste) unanswered. Unmatched: the 'Handhaving' paragraph (and the Algemeen paragraph).")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)
