"""Round 25 (nl): Nationale ombudsman report on an individual complaint about the CJIB, with the
recommendations only in running prose ('De Nationale ombudsman beveelt het CJIB aan ...') plus a past
recommendation from an earlier report; the CJIB's letter quotes each one in italics. Engine: PyMuPDF Story."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b25nl as B  # noqa: E402

NAME = "blind25_nl_ombudsman_klacht"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b25nl_fonts/"


def nolig_fonts():
    """Copies of DejaVu Sans without GSUB, so that MuPDF's shaper makes no fi/fl ligatures."""
    from fontTools.ttLib import TTFont
    os.makedirs(FD, exist_ok=True)
    for f in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        font = TTFont(SYS + f)
        if "GSUB" in font:
            del font["GSUB"]
        font.save(FD + f)
CSS = """
@font-face { font-family: LS; src: url(DejaVuSans.ttf); }
@font-face { font-family: LS; src: url(DejaVuSans-Bold.ttf); font-weight: bold; }
@font-face { font-family: LS; src: url(DejaVuSans-Oblique.ttf); font-style: italic; }
body { font-family: LS; font-variant-ligatures: none; font-size: 9.5pt; line-height: 1.35; }
p { margin: 0 0 7pt 0; text-align: left; }
h1 { font-size: 15pt; margin: 12pt 0 6pt 0; color: #7a1f4f; }
h2 { font-size: 11.5pt; margin: 10pt 0 4pt 0; }
blockquote { margin: 0 0 6pt 14pt; font-style: italic; }
.small { font-size: 8pt; }
td { font-size: 9pt; padding: 2pt 6pt 2pt 0; vertical-align: top; }
"""


def render(fname, html, head, foot):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    where = rect + (64, 70, -64, -64)
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="ls", fontfile=FD + "DejaVuSans.ttf")
        pg.insert_text((64, 42), head, fontsize=7.5, fontname="ls", color=(0.35, 0.35, 0.35))
        pg.draw_line((64, 47), (531, 47), color=(0.6, 0.6, 0.6), width=0.5)
        pg.insert_text((64, 805), foot, fontsize=7.5, fontname="ls", color=(0.35, 0.35, 0.35))
        t = f"{i + 1}/{n}"
        pg.insert_text((531 - pymupdf.get_text_length(t, "helv", 7.5), 805), t, fontsize=7.5, fontname="ls")
    doc.subset_fonts()
    doc.set_metadata({"title": head, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.ez_save(B.out(fname) + ".tmp")
    os.replace(B.out(fname) + ".tmp", B.out(fname))


ADVICE = """
<p style="color:#7a1f4f"><b>De Nationale ombudsman</b></p>
<h1 style="font-size:19pt; margin-top:20pt">Rapport 2025/087</h1>
<p style="font-size:12pt">Een onderzoek naar een klacht over het Centraal Justitieel Incassobureau (CJIB), over een geweigerde betalingsregeling en de behandeling van de klacht daarover.</p>
<table><tr><td>Datum</td><td>4 december 2025</td></tr><tr><td>Verzoeker</td><td>de heer S. te Emmen</td></tr><tr><td>Betrokken instantie</td><td>Centraal Justitieel Incassobureau, Leeuwarden</td></tr><tr><td>Oordeel</td><td>gegrond</td></tr></table>
<h2>Wat is de klacht?</h2>
<p>Verzoeker klaagt erover dat het CJIB zijn verzoek om een betalingsregeling voor drie verkeersboetes heeft afgewezen zonder naar zijn financiële situatie te kijken, waardoor de boetes twee keer werden verhoogd. Ook klaagt hij erover dat het CJIB zijn klacht daarover pas na vijftien weken heeft beantwoord, met een standaardbrief die niet inging op wat hij had geschreven.</p>
<h2>Wat is er gebeurd?</h2>
<p>Verzoeker kreeg in maart 2025 drie boetes voor te hard rijden, samen 412 euro. Hij was op dat moment in afwachting van een uitkering na ontslag en vroeg het CJIB op 2 april 2025 via het webformulier om in tien termijnen te mogen betalen. Het CJIB wees dat verzoek af, omdat de boetes samen onder de grens voor een standaardregeling van 25 termijnen vielen en verzoeker volgens het systeem eerder een regeling niet was nagekomen. Die eerdere regeling dateerde van 2019.</p>
<p>De boetes werden in mei 2025 met 50 procent en in juli 2025 met nog eens 100 procent verhoogd. Verzoeker diende op 9 mei 2025 een klacht in. Hij kreeg op 22 augustus 2025 een brief waarin stond dat het CJIB 'conform de wet' had gehandeld. Niemand heeft hem in de tussentijd gebeld of laten weten dat de behandeling langer zou duren.<sup>1</sup></p>
<h2>Reactie van het CJIB op het verslag van bevindingen</h2>
<p>Het CJIB erkent dat de klachtbehandeling te lang heeft geduurd en dat de brief van 22 augustus niet op de klacht inging. Het CJIB stelt wel dat de medewerker het verzoek om een betalingsregeling volgens de geldende werkinstructie heeft afgewezen.</p>
<h2>Beoordeling</h2>
<p>Een overheidsinstantie moet oog hebben voor de persoonlijke omstandigheden van de burger en zo nodig maatwerk bieden. Het CJIB heeft het verzoek afgewezen op grond van een regeling die zes jaar eerder niet was nagekomen, zonder te vragen hoe de situatie van verzoeker nu was. De ombudsman vindt dat niet behoorlijk. Door de afwijzing is het bedrag dat verzoeker moet betalen bovendien gestegen tot 1.030 euro.</p>
<p>Dit is niet de eerste keer dat de ombudsman hierop wijst. In zijn rapport 2022/114 heeft de ombudsman het CJIB al aanbevolen om bij twijfel over de betalingscapaciteit contact op te nemen met de burger. Het CJIB heeft toen toegezegd dat te doen, maar in deze zaak is dat niet gebeurd.</p>
<p>Ook de klachtbehandeling was niet behoorlijk. De wettelijke termijn voor de behandeling van een klacht is zes weken en kan eenmaal met vier weken worden verdaagd.<sup>2</sup> Het CJIB heeft die termijn ruim overschreden en verzoeker daarover niet geïnformeerd. De beslissing op de klacht ging bovendien niet in op de argumenten van verzoeker.</p>
<h2>Conclusie en aanbevelingen</h2>
<p>De klacht is gegrond. Het CJIB heeft gehandeld in strijd met het vereiste van maatwerk en met het vereiste van goede klachtbehandeling.</p>
<p>Om het onrecht voor verzoeker te herstellen, beveelt de Nationale ombudsman het CJIB aan om beide verhogingen van de boetes van verzoeker te laten vervallen en hem alsnog een betalingsregeling in tien termijnen aan te bieden. Omdat dit geen incident lijkt, beveelt de ombudsman het CJIB verder aan om een verzoek om een betalingsregeling niet af te wijzen op grond van een betalingsachterstand die ouder is dan drie jaar. Daarnaast beveelt hij aan om medewerkers van de klantenservice de bevoegdheid te geven zelf af te wijken van de werkinstructie als de persoonlijke situatie van de burger daarom vraagt.</p>
<p>Wat de klachtbehandeling betreft, beveelt de ombudsman het CJIB aan om klagers telefonisch te benaderen voordat het een beslissing op een klacht neemt, zodat de klacht goed wordt begrepen. Ook beveelt hij aan om klagers schriftelijk te informeren zodra duidelijk is dat de wettelijke termijn niet wordt gehaald.</p>
<p>Ten slotte geeft de ombudsman de minister van Justitie en Veiligheid in overweging om te onderzoeken of de wettelijke verhogingen bij verkeersboetes lager kunnen uitvallen voor mensen die aantoonbaar niet konden betalen.<sup>3</sup></p>
<p>De ombudsman verzoekt het CJIB om hem binnen zes weken te laten weten wat het met deze aanbevelingen doet.</p>
<p>De Nationale ombudsman,<br/>mr. drs. E.M. Vonk-Haverkamp</p>
<p class="small">___________________<br/><sup>1</sup> Telefoonnotities van het CJIB over de periode mei-augustus 2025 bevatten geen contact met verzoeker.<br/><sup>2</sup> Artikel 9:11 van de Algemene wet bestuursrecht.<br/><sup>3</sup> Artikel 23 van de Wet administratiefrechtelijke handhaving verkeersvoorschriften (Wahv).</p>
"""

RESPONSE = """
<p style="color:#1f3f7a"><b>Centraal Justitieel Incassobureau</b><br/>Ministerie van Justitie en Veiligheid</p>
<table style="margin-top:14pt"><tr><td>Aan</td><td>De Nationale ombudsman<br/>Postbus 93122<br/>2509 AC Den Haag</td></tr>
<tr><td>Datum</td><td>14 januari 2026</td></tr><tr><td>Ons kenmerk</td><td>CJIB/DIR/2026-0031</td></tr>
<tr><td>Uw kenmerk</td><td>Rapport 2025/087</td></tr><tr><td>Onderwerp</td><td>Reactie op rapport 2025/087</td></tr></table>
<p style="margin-top:12pt">Geachte heer Vonk-Haverkamp,</p>
<p>In uw rapport van 4 december 2025 oordeelt u dat de klacht van de heer S. gegrond is. U vraagt mij binnen zes weken te laten weten wat het CJIB met uw aanbevelingen doet. Ik bied de heer S. namens het CJIB opnieuw mijn excuses aan voor de manier waarop wij zijn verzoek en zijn klacht hebben behandeld.</p>
<p>Hieronder ga ik in op uw aanbevelingen. Ik citeer ze steeds kort.</p>
<blockquote>'... beide verhogingen van de boetes van verzoeker te laten vervallen ...'</blockquote>
<p>Dit hebben wij gedaan. De verhogingen zijn op 12 december 2025 ingetrokken en de heer S. betaalt de oorspronkelijke 412 euro nu in tien termijnen. Hij is hierover telefonisch en schriftelijk geïnformeerd.</p>
<blockquote>'... klagers telefonisch te benaderen voordat het een beslissing op een klacht neemt ...'</blockquote>
<p>Ik neem deze aanbeveling in beginsel over. Vanaf 1 maart 2026 bellen onze klachtbehandelaars iedere klager bij wie de klacht over een betalingsregeling of een verhoging gaat. Voor klachten over bejegening aan de balie of over de website doen wij dat niet standaard; het gaat om bijna 9.000 klachten per jaar en daarvoor ontbreekt de capaciteit.</p>
<blockquote>'... niet af te wijzen op grond van een betalingsachterstand die ouder is dan drie jaar.'</blockquote>
<p>Deze aanbeveling is inmiddels staand beleid. Sinds de aanpassing van de werkinstructie per 1 november 2025 telt een oude achterstand niet meer mee; dat de medewerker in de zaak van de heer S. anders handelde, kwam door een verouderde versie van het systeem.</p>
<blockquote>'... medewerkers van de klantenservice de bevoegdheid te geven zelf af te wijken van de werkinstructie ...'</blockquote>
<p>Ik begrijp de gedachte achter deze aanbeveling, maar neem haar niet over. Het CJIB moet alle burgers gelijk behandelen, en een vrije bevoegdheid voor ruim 600 medewerkers leidt tot verschillen die wij niet kunnen uitleggen. Wel kunnen medewerkers een zaak voortaan binnen een werkdag voorleggen aan het maatwerkteam, dat wel van de werkinstructie mag afwijken.</p>
<blockquote>'... de wettelijke verhogingen bij verkeersboetes lager kunnen uitvallen ...'</blockquote>
<p>Deze aanbeveling is gericht aan de minister van Justitie en Veiligheid. Ik heb haar onder de aandacht van het ministerie gebracht; de minister zal hier zelf op reageren in het kader van de lopende evaluatie van de Wahv.</p>
<h2>Overige verbeteringen</h2>
<p>Los van dit rapport werken wij aan eenvoudiger brieven. In 2025 zijn 48 standaardbrieven herschreven op taalniveau B1, met hulp van een burgerpanel. In 2026 volgen de brieven over klachten.</p>
<p>Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.</p>
<p>Met vriendelijke groet,<br/>drs. R.A. Hoekstra<br/>algemeen directeur CJIB</p>
"""

RECS = [
    ("1", "beide verhogingen van de boetes van verzoeker te laten vervallen",
     "De verhogingen zijn op 12 december 2025 ingetrokken", "agrees"),
    ("2", "een verzoek om een betalingsregeling niet af te wijzen op grond",
     "Deze aanbeveling is inmiddels staand beleid", "agrees"),
    ("3", "medewerkers van de klantenservice de bevoegdheid te geven zelf af",
     "Ik begrijp de gedachte achter deze aanbeveling, maar neem haar niet over", "disagrees",
     ["partly"]),
    ("4", "klagers telefonisch te benaderen voordat het een beslissing op een",
     "Ik neem deze aanbeveling in beginsel over", "partly"),
    ("5", "klagers schriftelijk te informeren zodra duidelijk is dat de wettelijke", None, "unanswered"),
    ("6", "te onderzoeken of de wettelijke verhogingen bij verkeersboetes lager",
     "Deze aanbeveling is gericht aan de minister van Justitie", "noted"),
]
UNMATCHED = ["Ik bied de heer S. namens het CJIB opnieuw mijn excuses aan",
             "Los van dit rapport werken wij aan eenvoudiger brieven",
             "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd"]
NOTES = ("Nationale ombudsman report on ONE individual complaint (new: an individual complaint report, not a systemic "
         "inquiry) about the CJIB. Advice (PyMuPDF Story, 2 p., 'n/m' footer): the six recommendations stand only "
         "in running prose in 'Conclusie en aanbevelingen', several per paragraph, introduced variously ('beveelt de "
         "Nationale ombudsman het CJIB aan om', 'beveelt de ombudsman het CJIB verder aan om', 'Daarnaast beveelt hij "
         "aan om', 'Ook beveelt hij aan om', 'geeft de ombudsman de minister ... in overweging om' for 6, addressed to "
         "the minister); numbered 1-6 in order; starts_with begins after 'aan om'. Traps: a PAST recommendation from "
         "report 2022/114 ('heeft ... al aanbevolen') in the Beoordeling, the instance's reaction to the findings "
         "inside the report, 'De ombudsman verzoekt ... binnen zes weken' (not a recommendation). Response: CJIB letter "
         "with letterhead table; each reply preceded by an italic elliptic QUOTE of the recommendation, order 1, 4, 2, "
         "3, 6; 'Dit hebben wij gedaan' (agrees); 'in beginsel over' limited to some complaints (partly); 'inmiddels "
         "staand beleid' (agrees); 'neem haar niet over' + referral to a maatwerkteam (disagrees/partly); addressed to "
         "the minister (noted); 5 (informing about the missed deadline) unanswered; a section 'Overige verbeteringen' "
         "on plain-language letters that answers nothing.")

if __name__ == "__main__":
    nolig_fonts()
    render(NAME + "_advice.pdf", ADVICE, "De Nationale ombudsman - Rapport 2025/087", "Rapport 2025/087, 4 december 2025")
    render(NAME + "_response.pdf", RESPONSE, "CJIB - Reactie op rapport 2025/087", "CJIB/DIR/2026-0031")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)
