"""Round 44 (nl): an (invented) external ONDERZOEK NAAR DE BESTUURSCULTUUR of a municipality, commissioned by the
gemeenteraad's presidium, with a survey table, interview quotes ('zou ... moeten'), a recommendation of an earlier
integrity inquiry quoted, Gemeentewet articles, a box of REFLECTIEVRAGEN (questions, not recommendations), a
summary that repeats the recommendations in short form, and recommendations A-G under addressee headings ('Aan de
gemeenteraad' A-D, 'Aan het college' E-F, 'Aan de griffie' G), each a bold title plus an imperative; answered by the
GEZAMENLIJKE VERKLARING VAN DE FRACTIEVOORZITTERS (a joint statement read out and published, 'wij', no letters, one
party dissenting). Engine: LibreOffice Writer headless from HTML (header and page numbers stamped with PyMuPDF;
ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind44nl/bin/python tests/docs/src/blind44/gen_nl_bestuurscultuur_libreoffice.py (needs soffice)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b44nl as B  # noqa: E402

NAME = "blind44_nl_bestuurscultuur"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B44NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
GREEN = "#3d6b2e"


def page(body, fam, size="9.5pt"):
    return ("<html><head><meta charset='utf-8'><style>@page { margin: 2.2cm 2cm 2cm 2cm; } "
            "body { font-family: '%s'; font-size: %s; } "
            "p { margin-top: 0; margin-bottom: 6pt; } h2 { font-size: 12pt; color: %s; } "
            "h3 { font-size: 10pt; } td, th { vertical-align: top; font-size: 8.5pt; }</style></head><body>%s"
            "</body></html>" % (fam, size, GREEN, body))


RECS = {
    "Aan de gemeenteraad": [
        ("A", "Leg de omgangsvormen vast", "Maak als raad afspraken over de onderlinge omgangsvormen en over de "
         "omgang met ambtenaren, leg die vast in de gedragscode van artikel 15 van de Gemeentewet en bespreek die "
         "jaarlijks in een besloten bijeenkomst."),
        ("B", "Kritiek via de portefeuillehouder", "Spreek individuele ambtenaren niet publiek aan op hun werk, ook "
         "niet op sociale media, maar richt kritiek op de uitvoering tot de verantwoordelijke portefeuillehouder."),
        ("C", "Onafhankelijk voorzitterschap", "Stel voor de commissievergaderingen een onafhankelijke voorzitter "
         "aan die geen lid is van de raad."),
        ("D", "Investeer in de verhouding met het college", "Organiseer tweemaal per jaar een informele "
         "bijeenkomst van raad en college zonder agenda, buiten het gemeentehuis."),
    ],
    "Aan het college": [
        ("E", "Raadsvragen op tijd", "Zorg dat schriftelijke vragen van raadsleden binnen de termijn van dertig "
         "dagen uit het Reglement van orde worden beantwoord, en meld het tijdig als dat niet lukt."),
        ("F", "Samenwerking in het college", "Bespreek tweemaal per jaar de onderlinge samenwerking in het college, "
         "onder leiding van een externe begeleider."),
    ],
    "Aan de griffie": [
        ("G", "Versterk de griffie", "Breid de formatie van de griffie uit met ten minste 1 fte voor de "
         "ondersteuning van fracties en individuele raadsleden."),
    ],
}


def advice():
    b = []
    b.append(f"<p style='font-size:8pt; color:{GREEN}'><b>STELLINGWERF BESTUURSADVIES</b> | in opdracht van het "
             "presidium van de gemeenteraad van Dalmerveen</p><br>")
    b.append("<p style='font-size:19pt'><b>Scherp op de inhoud, zacht op de persoon</b></p>")
    b.append("<p style='font-size:11pt'>Onderzoek naar de bestuurscultuur in de gemeente Dalmerveen</p>")
    b.append("<p style='font-size:8.5pt'>Eindrapport | 16 februari 2026 | drs. H. Stellingwerf, mr. N. Aydin</p><br>")
    b.append("<h2>Samenvatting</h2>")
    b.append("<p>In Dalmerveen is de toon in het openbaar debat de afgelopen jaren verhard. Raadsleden, "
             "collegeleden en ambtenaren geven aan dat de onderlinge verhoudingen onder druk staan. Wij zien een "
             "raad die zijn controlerende rol serieus neemt, maar daarbij te vaak de persoon aanspreekt in plaats "
             "van de inhoud. Onze aanbevelingen in het kort: afspraken over omgangsvormen, kritiek via de "
             "portefeuillehouder, een onafhankelijke commissievoorzitter, informele ontmoetingen van raad en "
             "college, tijdige beantwoording van raadsvragen, aandacht voor de samenwerking in het college en "
             "een sterkere griffie.</p>")
    b.append("<h2>1. Aanleiding en aanpak</h2>")
    b.append("<p>Na het vertrek van een wethouder in juni 2025 en een brief van de ondernemingsraad over de "
             "bejegening van ambtenaren in raadsvergaderingen, gaf het presidium ons op 9 september 2025 de "
             "opdracht de bestuurscultuur te onderzoeken. Wij voerden 46 gesprekken met raadsleden, "
             "collegeleden, de griffier, de gemeentesecretaris en ambtenaren, bezochten acht vergaderingen en "
             "hielden een enquête.</p>")
    b.append("<h2>2. Wat wij zagen</h2>")
    b.append("<table width='92%' border='1' cellpadding='3' style='border-collapse:collapse'>"
             "<tr><th>Stelling (enquête, % eens)</th><th>Raadsleden (n=24)</th><th>Ambtenaren (n=212)</th></tr>"
             "<tr><td>Ik voel mij veilig om in vergaderingen mijn mening te geven</td><td>71</td><td>38</td></tr>"
             "<tr><td>Kritiek gaat over de inhoud, niet over de persoon</td><td>46</td><td>22</td></tr>"
             "<tr><td>Raad en college vertrouwen elkaar</td><td>33</td><td>29</td></tr>"
             "<tr><td>Raadsvragen worden tijdig beantwoord</td><td>25</td><td>61</td></tr></table><br>")
    b.append("<p>Ambtenaren voelen zich onvoldoende beschermd wanneer zij in een openbare vergadering of op "
             "sociale media bij naam worden bekritiseerd. Een ambtenaar zei: <i>'De raad zou eens moeten beseffen "
             "dat wij ons werk doen in opdracht van het college.'</i> Raadsleden ergeren zich op hun beurt aan "
             "raadsvragen die pas na twee of drie maanden worden beantwoord. Een raadslid: <i>'Als je geen "
             "antwoord krijgt, ga je harder roepen.'</i> De commissievergaderingen worden voorgezeten door "
             "raadsleden van de grootste fracties; kleine fracties ervaren dat als partijdig.</p>")
    b.append("<p>Het integriteitsonderzoek van 2022 beval al aan <i>'de gedragscode voor raadsleden te "
             "actualiseren'</i>. Dat is niet gebeurd: de huidige gedragscode dateert van 2016 en bevat geen "
             "afspraken over omgangsvormen. Artikel 15, derde lid, van de Gemeentewet verplicht de raad een "
             "gedragscode vast te stellen; voor het college geldt artikel 69. De raad had deze code na de "
             "verkiezingen van 2022 moeten herzien.</p>")
    b.append("<h2>3. Reflectievragen</h2>")
    b.append(f"<table width='92%' border='1' cellpadding='5' bgcolor='#edf3e8' style='border-collapse:collapse'>"
             "<tr><td><p><b>Om over in gesprek te gaan</b></p><p>- Wanneer is een kritische vraag een persoonlijke "
             "aanval?<br>- Wat heeft een ambtenaar nodig om in de raadszaal vrijuit uitleg te kunnen geven?<br>"
             "- Hoe reageert u als een collega-raadslid over de grens gaat?<br>- Wat mag het college van de raad "
             "verwachten, en andersom?</p><p style='font-size:8pt'>Deze vragen zijn bedoeld voor het gesprek "
             "binnen en tussen fracties; het zijn geen aanbevelingen.</p></td></tr></table><br>")
    b.append("<h2>4. Aanbevelingen</h2>")
    b.append("<p>Een cultuur verander je niet met regels alleen. Onze aanbevelingen zijn daarom vooral bedoeld als "
             "vertrekpunt voor afspraken die de betrokkenen zelf maken.</p>")
    for addressee, items in RECS.items():
        b.append(f"<h3>{addressee}</h3>")
        for code, title, text in items:
            b.append(f"<p><b>{code}. {title}</b><br>{text}</p>")
    b.append("<h2>5. Tot slot</h2>")
    b.append("<p>Wij danken alle gesprekspartners voor hun openheid. Wij raden het presidium aan het rapport in "
             "een openbare raadsvergadering te bespreken en de reacties daarop te bundelen. Over twee jaar kan "
             "een korte herhaling van de enquête laten zien of de verhoudingen zijn verbeterd.</p>")
    B.soffice_pdf(page("".join(b), "B44NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Scherp op de inhoud, zacht op de persoon | onderzoek bestuurscultuur Dalmerveen",
            "Stellingwerf Bestuursadvies | {n}", F["Regular"])


def response():
    b = []
    b.append(f"<p style='font-size:8.5pt; color:{GREEN}'><b>GEMEENTERAAD DALMERVEEN</b></p>")
    b.append("<p style='font-size:8pt'>Uitgesproken door de voorzitter van het presidium in de raadsvergadering "
             "van 12 maart 2026 en gepubliceerd op de website van de gemeenteraad</p><br>")
    b.append("<p style='font-size:15pt'><b>Gezamenlijke verklaring van de fractievoorzitters</b></p>")
    b.append("<p style='font-size:10.5pt'><i>naar aanleiding van het rapport 'Scherp op de inhoud, zacht op de "
             "persoon'</i></p><br>")
    b.append("<p>Het rapport over onze bestuurscultuur is geen prettige lectuur. Dat hoort ook zo. Wij, de "
             "fractievoorzitters van de gemeenteraad van Dalmerveen, erkennen het beeld dat het schetst en "
             "nemen er gezamenlijk verantwoordelijkheid voor. Met deze verklaring zeggen wij wat de raad gaat "
             "doen.</p>")
    b.append("<p><b>Aan de ambtenaren</b><br>In het rapport lezen wij dat minder dan vier op de tien ambtenaren "
             "zich veilig voelen in onze vergaderingen. Wij bieden de medewerkers die zich door ons gedrag "
             "gekwetst hebben gevoeld onze oprechte excuses aan.</p>")
    b.append("<p><b>Een nieuwe gedragscode</b><br>Het presidium legt de raad vóór 1 juli 2026 een herziene "
             "gedragscode voor, met afspraken over hoe wij met elkaar, met het college en met ambtenaren omgaan. "
             "De code wordt elk jaar na het zomerreces besproken in een besloten bijeenkomst van de raad. Daarin "
             "spreken wij ook af dat wij ambtenaren niet bij naam bekritiseren, niet in de vergadering en niet "
             "online: wie kritiek heeft op de uitvoering, spreekt de wethouder aan.</p>")
    b.append("<p><b>Onze vergaderingen</b><br>Over het voorzitterschap van de commissies hebben wij lang "
             "gesproken. Wij kiezen er bewust voor dat raadsleden de commissies blijven voorzitten; het "
             "voorzitterschap hoort bij het werk van de raad zelf. Wel wordt het voorzitterschap voortaan verdeeld "
             "over grote en kleine fracties. Een informele ontmoeting met het college vinden wij een goed idee; "
             "wij beginnen met één bijeenkomst per jaar, rond de kadernota, en bekijken na afloop of een tweede "
             "zinvol is.</p>")
    b.append("<p><b>Ondersteuning</b><br>Het presidium zal de raad bij de kadernota 2027 voorstellen de griffie "
             "uit te breiden met één formatieplaats voor fractieondersteuning. De werkgeverscommissie is "
             "gevraagd de functie alvast te beschrijven.</p>")
    b.append("<p><b>Wat wij van het college vragen</b><br>Een deel van de aanbevelingen is tot het college "
             "gericht. Over de beantwoording van raadsvragen hebben wij de burgemeester gevraagd vóór de zomer "
             "te laten weten welke termijn het college haalbaar acht; die termijn is aan het college.</p>")
    b.append("<p><b>Over het rapport</b><br>Niet iedere fractie herkent zich in alle conclusies, en enkele "
             "fracties hadden graag gezien dat de onderzoekers meer vergaderingen hadden bijgewoond. Dat doet "
             "niets af aan onze gezamenlijke conclusie dat het beter moet.</p>")
    b.append("<p>Dalmerveen, 12 maart 2026</p>")
    b.append("<p style='font-size:8.5pt'>De fractievoorzitters van Dorpsbelangen Dalmerveen, VVD, CDA, "
             "GroenLinks-PvdA, ChristenUnie, D66, SGP en Ouderenpartij Dalmerveen.<br>De fractie Lokaal Sterk "
             "onderschrijft deze verklaring niet en heeft een eigen reactie gegeven.</p>")
    B.soffice_pdf(page("".join(b), "B44NL Serif", "10pt"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gezamenlijke verklaring fractievoorzitters | 12 maart 2026",
            "{n}/{m}", SERIF["Regular"])


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("A", "Maak als raad afspraken over de onderlinge omgangsvormen en", "legt de raad vóór 1 juli 2026 een "
         "herziene gedragscode voor", "agrees"),
        ("B", "Spreek individuele ambtenaren niet publiek aan op hun werk", "dat wij ambtenaren niet bij naam "
         "bekritiseren", "agrees"),
        ("C", "Stel voor de commissievergaderingen een onafhankelijke voorzitter aan", "Wij kiezen er bewust voor "
         "dat raadsleden de commissies blijven voorzitten", "disagrees"),
        ("D", "Organiseer tweemaal per jaar een informele bijeenkomst van raad", "wij beginnen met één bijeenkomst "
         "per jaar", "partly"),
        ("E", "Zorg dat schriftelijke vragen van raadsleden binnen de termijn", "die termijn is aan het college",
         "noted"),
        ("F", "Bespreek tweemaal per jaar de onderlinge samenwerking in het college", None, "unanswered"),
        ("G", "Breid de formatie van de griffie uit met ten minste", "uit te breiden met één formatieplaats voor "
         "fractieondersteuning", "agrees"),
    ]
    unmatched = ["Wij bieden de medewerkers die zich door ons gedrag",
                 "hadden graag gezien dat de onderzoekers meer vergaderingen"]
    notes = ("External bestuurscultuur inquiry for a gemeenteraad's presidium: a Samenvatting that repeats all seven "
             "recommendations in short noun phrases, a survey table, interview quotes with 'zou ... moeten', the "
             "2022 integrity inquiry's recommendation quoted and 'had ... moeten herzien' (traps), Gemeentewet "
             "art. 15 and 69, a shaded box of four REFLECTIEVRAGEN explicitly 'geen aanbevelingen', then "
             "recommendations A-G as bold 'X. Title' plus an imperative under addressee headings (raad A-D, "
             "college E-F, griffie G); the closing 'Wij raden het presidium aan het rapport ... te bespreken' in "
             "'Tot slot' is a procedural suggestion, not counted. Reply: the fractievoorzitters' joint statement "
             "('wij'), own bold run-in headings, no letters, order A+B, C+D, G, E: new code of conduct by 1 July "
             "with a yearly closed session (A agrees) and, in the same paragraph, no naming of civil servants (B "
             "agrees); one paragraph with 'kiezen er bewust voor dat raadsleden de commissies blijven voorzitten' "
             "(C disagrees) and one informal meeting a year instead of two (D partly); one extra fte for the "
             "griffie at the kadernota 2027 (G agrees); raadsvragen referred to the college, 'die termijn is aan "
             "het college' (E noted); F (college's own cooperation) unanswered. The apology to civil servants and "
             "'Over het rapport' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
