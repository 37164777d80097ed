"""Round 42 (nl): an (invented) advice of the kindergemeenteraad of the Flemish town Meulebrugge on the draft
speelweefselplan, with six 'Idee n' headings each followed by 'Waarom?', answered by an extract of the aanpassing
meerjarenplan 2026-2031 (actieplan table with a column 'Reactie op advies kindergemeenteraad'). Engine: PyMuPDF
Story (HTML + CSS, ligature-free DejaVu copies from the helper; header and page numbers stamped with PyMuPDF).
Answer key: README-nl.md.

Run: /tmp/blind42nl/bin/python tests/docs/src/blind42/gen_nl_kinderraad_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b42nl as B  # noqa: E402

NAME = "blind42_nl_kinderraad"
F = B.nolig_fonts()
CSS = "".join(f"@font-face {{ font-family: K; src: url({os.path.basename(F[st])}); font-weight: {w}; "
              f"font-style: {s}; }}\n" for st, (w, s) in
              {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
               "Bold Italic": ("bold", "italic")}.items()) + """
body { font-family: K; font-size: 10pt; line-height: 1.35; }
p { margin: 0 0 6px 0; }
h1 { font-size: 18pt; color: #c2410c; margin: 0 0 4px 0; }
h2 { font-size: 12pt; color: #c2410c; margin: 12px 0 4px 0; }
h3 { font-size: 10.5pt; margin: 10px 0 2px 0; }
td, th { font-size: 8.6pt; padding: 3px; border: 1px solid #888; vertical-align: top; text-align: left; }
th { background-color: #fde3cf; }
.w { font-style: italic; color: #444; }
"""


def advice():
    h = ["<p style='font-size:8pt;color:#666'>Kindergemeenteraad Meulebrugge | p/a Jeugddienst, Marktplein 1, "
         "8790 Meulebrugge | jeugd@meulebrugge.be</p>"]
    h.append("<h1>Ons advies over het speelweefselplan</h1>")
    h.append("<p><b>Advies van de kindergemeenteraad aan het college van burgemeester en schepenen</b><br>"
             "Goedgekeurd op de zitting van 7 maart 2026 | advies KGR-2026-02</p>")
    h.append("<h2>Wie zijn wij?</h2>")
    h.append("<p>De kindergemeenteraad bestaat uit 22 kinderen uit het vijfde en zesde leerjaar van de tien "
             "basisscholen in Meulebrugge. Wij worden om de twee jaar verkozen. De gemeenteraad heeft ons in het "
             "reglement van 2021 (artikel 4) het recht gegeven om advies te geven over alles wat met kinderen te "
             "maken heeft.</p>")
    h.append("<h2>Wat hebben we gedaan?</h2>")
    h.append("<p>Het college vroeg ons in december om advies over het ontwerp van speelweefselplan. Wij hebben in "
             "januari en februari zes speelpleinen bezocht, een enquête gehouden in alle klassen van het vijfde en "
             "zesde leerjaar en met de jeugddienst de kaart van het plan bekeken.</p>")
    h.append("<table><tr><th>Vraag in onze enquête (412 kinderen)</th><th>Ja</th><th>Nee</th></tr>"
             "<tr><td>Fiets je alleen naar het speelplein?</td><td>31%</td><td>69%</td></tr>"
             "<tr><td>Vind je je speelplein te klein?</td><td>58%</td><td>42%</td></tr>"
             "<tr><td>Speel je op de speelplaats van je school na 16 uur?</td><td>9%</td><td>91%</td></tr>"
             "</table>")
    h.append("<p>Veel kinderen schreven dat de gemeente meer bomen zou moeten planten en dat er toiletten moeten "
             "komen. Op de vorige kindergemeenteraad (2024) zeiden we: 'Maak de Stationsstraat autovrij op "
             "woensdagnamiddag.' Dat is gelukt, en daar zijn we blij om.</p>")
    h.append("<h2>Onze ideeën</h2>")
    ideas = [
        ("Leg een veilige fietsroute aan van de Kerkwijk naar het speelbos aan de Vijverstraat.",
         "Nu moeten we over de Brugsesteenweg, waar de auto's 70 rijden. Daarom mogen veel kinderen niet alleen."),
        ("Houd de speelplaatsen van de scholen open na schooltijd en op woensdagnamiddag.",
         "In de wijk Hoogveld is er geen speelplein, maar wel twee scholen met een grote speelplaats."),
        ("Zet bij elk groot speelplein een toilet en een drinkfontein.",
         "Nu moeten we naar huis als we moeten plassen of dorst hebben, en dan komen we vaak niet meer terug."),
        ("Laat kinderen meebeslissen over de nieuwe toestellen in het Stadspark.",
         "Volwassenen kiezen vaak toestellen voor kleine kinderen. Wij weten wat wij leuk vinden."),
        ("Plant op het speelplein Ter Beke tien grote bomen voor schaduw.",
         "In de zomer is het daar zo warm dat niemand er speelt tussen twaalf en vier."),
        ("Maak van het braakliggende terrein achter de sporthal een avonturenterrein met hutten.",
         "Er is in Meulebrugge geen plek waar je mag bouwen en graven."),
    ]
    for i, (idea, why) in enumerate(ideas, 1):
        h.append(f"<h3>Idee {i}</h3><p><b>{idea}</b></p><p class='w'>Waarom? {why}</p>")
    h.append("<h2>En nu?</h2>")
    h.append("<p>We willen graag voor de zomervakantie horen wat u met onze ideeën doet. We nodigen schepen "
             "Vandenbroucke uit op onze zitting van 13 juni 2026.</p>")
    h.append("<p>Namens de kindergemeenteraad,<br>Lotte Declercq (kinderburgemeester) en Yassin El Amrani "
             "(kinderschepen)<br>Begeleiding: Joke Verhaeghe, jeugddienst</p>")
    d = os.path.dirname(F["Regular"])
    B.story_pdf("".join(h), CSS, NAME + "_advice.pdf", d)
    B.stamp(NAME + "_advice.pdf", "Kindergemeenteraad Meulebrugge | advies KGR-2026-02", "{n}/{m}", F["Regular"])


def response():
    h = ["<p style='font-size:8pt;color:#666'>Stad Meulebrugge | Aanpassing meerjarenplan 2026-2031 | "
         "gemeenteraad 26 mei 2026</p>"]
    h.append("<h2 style='font-size:13pt'>Beleidsdoelstelling 4: Meulebrugge is een speelvriendelijke stad</h2>")
    h.append("<p><b>Actieplan 4.2 Speelweefselplan</b></p>")
    h.append("<p>Het speelweefselplan werd op 28 april 2026 door het college goedgekeurd. Bij de opmaak werd het "
             "advies van de jeugdraad en het advies KGR-2026-02 van de kindergemeenteraad betrokken. De "
             "onderstaande acties worden in de aanpassing van het meerjarenplan opgenomen. Bedragen in euro, "
             "exclusief btw.</p>")
    h.append("<table><tr><th>Actie</th><th>Omschrijving</th><th>Budget 2026-2028</th><th>Timing</th>"
             "<th>Reactie op advies kindergemeenteraad</th></tr>")
    rows = [
        ("4.2.1", "Aanleg van drie drinkfonteinen en twee toiletten (Stadspark, Ter Beke) in samenwerking met "
         "De Watergroep", "186.000", "2027", "Deels opgenomen: drinkfonteinen op alle grote speelpleinen, "
         "toiletten enkel in het Stadspark en aan Ter Beke"),
        ("4.2.2", "Vergroening speelplein Ter Beke: aanplant van twaalf hoogstammige bomen en schaduwdoeken",
         "74.500", "najaar 2026", "Opgenomen, met twaalf in plaats van tien bomen"),
        ("4.2.3", "Proefproject open speelplaatsen: basisscholen De Vlinder en Sint-Jozef (Hoogveld) op "
         "woensdagnamiddag en in de vakanties", "38.000", "vanaf september 2026", "Opgenomen voor twee scholen "
         "in Hoogveld; uitbreiding na evaluatie in 2028"),
        ("4.2.4", "Vernieuwing speeltoestellen Stadspark na participatietraject met de kindergemeenteraad en de "
         "scholen", "220.000", "2027-2028", "Opgenomen: de kindergemeenteraad kiest mee uit drie ontwerpen"),
        ("4.2.5", "Onderhoud en veiligheidsinspectie van 31 speelpleinen (jaarlijks)", "96.000", "doorlopend",
         "-"),
    ]
    for r in rows:
        h.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    h.append("</table>")
    h.append("<p><b>Toelichting bij acties die niet in het actieplan staan</b></p>")
    h.append("<p>Het terrein achter de sporthal is in het ruimtelijk structuurplan voorbehouden voor de "
             "uitbreiding van de sportinfrastructuur. Een avonturenterrein op die plek is daarom niet mogelijk; "
             "de jeugddienst zoekt met de kindergemeenteraad naar een andere locatie, maar een budget wordt in "
             "deze aanpassing niet voorzien.</p>")
    h.append("<p>Voor de werking van de speelpleinwerking in de zomer (actieplan 4.3) wordt het budget voor "
             "monitoren verhoogd met 15.000 euro per jaar, zodat de speelpleinwerking ook in de laatste week van "
             "augustus open blijft.</p>")
    d = os.path.dirname(F["Regular"])
    B.story_pdf("".join(h), CSS, NAME + "_response.pdf", d)
    B.stamp(NAME + "_response.pdf", "Aanpassing meerjarenplan 2026-2031 | BD 4 Speelvriendelijke stad",
            "blz. {n}", F["Regular"])


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Leg een veilige fietsroute aan van de Kerkwijk naar", None, "unanswered"),
        ("2", "Houd de speelplaatsen van de scholen open na schooltijd", "Opgenomen voor twee scholen in Hoogveld",
         "partly", ["agrees"]),
        ("3", "Zet bij elk groot speelplein een toilet en een drinkfontein", "toiletten enkel in het Stadspark en "
         "aan Ter Beke", "partly"),
        ("4", "Laat kinderen meebeslissen over de nieuwe toestellen in het Stadspark", "de kindergemeenteraad kiest "
         "mee uit drie ontwerpen", "agrees"),
        ("5", "Plant op het speelplein Ter Beke tien grote bomen", "Opgenomen, met twaalf in plaats van tien "
         "bomen", "agrees"),
        ("6", "Maak van het braakliggende terrein achter de sporthal een avonturenterrein", "Een avonturenterrein "
         "op die plek is daarom niet mogelijk", "disagrees"),
    ]
    unmatched = ["budget voor monitoren verhoogd met 15.000 euro per jaar"]
    notes = ("Advice of a Flemish kindergemeenteraad in plain words: the council regulation's article 4, an "
             "enquête table, children's views with 'zou moeten' / 'moeten komen', the 2024 advice quoted as an "
             "imperative (trap); six recommendations as bold imperatives under headings 'Idee 1'-'Idee 6', each "
             "followed by 'Waarom?'; 'En nu?' asks for an answer and invites the schepen (not a recommendation). "
             "Reply: extract of the aanpassing meerjarenplan, actieplan table with a column 'Reactie op advies "
             "kindergemeenteraad' in another order: 3 fountains everywhere, toilets at two places (partly); 5 "
             "twelve trees (agrees); 2 open playgrounds at two schools as a pilot (partly, also agrees); 4 "
             "children choose among three designs (agrees); row 4.2.5 (maintenance, '-') answers nothing; a "
             "paragraph below refuses 6 (disagrees, site reserved for sports); the paragraph on speelpleinwerking "
             "monitors answers nothing; 1 (bicycle route) unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)
