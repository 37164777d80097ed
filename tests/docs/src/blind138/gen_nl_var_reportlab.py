"""Round 138 (nl): the ONGEVRAAGD ADVIES of an (invented) hospital's VERPLEEGKUNDIGE ADVIESRAAD (VAR) to its Raad van
Bestuur on the concept-roosterbeleid 2027; its seven recommendations are LETTERED 'a'-'g' with BOLD LEAD-INS under
'4 Aanbevelingen', after conclusions NUMBERED 1-5 with bold lead-ins in the same hanging style; answered by the Raad
van Bestuur's LETTER that QUOTES each recommendation (or its opening) in another order, one paragraph answering two.

Advice (reportlab, sans, dark-teal headings, running head from p. 2, 'pagina n van m'): the cao paraphrased with
'moet' (trap), conclusions 1-5 (trap), the 2024 VAR advice quoted as an imperative (carried out, trap), 'De VAR
adviseert uitdrukkelijk niet om' (trap), a closing line naming 'de aanbevelingen a en d' (trap). Response
(reportlab, 'pagina n'): d disagrees, a agrees, b agrees + e noted (one paragraph), g agrees, c partly; f unanswered;
introduction, 'Vervolg' and closing answer nothing. All bodies, places, people, figures and reference numbers
invented; laws and the cao named as context only.

Run: /tmp/blind138nl/bin/python tests/docs/src/blind138/gen_nl_var_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b138nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind138_nl_var"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#1d5c57")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.6, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, spaceAfter=0)
LAB = ParagraphStyle("lab", parent=BODY, fontName="S-B", textColor=INK, spaceAfter=0)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15.5, leading=19.5, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.2, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=9 * mm, rightIndent=8 * mm, textColor=GREY)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(21 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(21 * mm, A4[1] - 13.5 * mm, A4[0] - 21 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 21 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def hanging(label, lead, text):
    """A hanging label (1., a.) with a bold lead-in, in a borderless two-column table."""
    t = Table([[P(label, LAB), P(f"<b>{lead}</b> {text}", ITEM)]], colWidths=[8 * mm, 160 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def advice():
    rule = Table([[""]], colWidths=[168 * mm], rowHeights=[2.2])
    rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    s = [P("Ziekenhuis De Lingehof - Verpleegkundige Adviesraad (VAR) - Postbus 2207, 4190 CE Dalwerven", SMALL),
         Spacer(1, 4), rule, Spacer(1, 6),
         P("Rooster in balans", TITLE),
         P("Ongevraagd advies over het concept-Roosterbeleid verpleging 2027", H2),
         P("Aan de Raad van Bestuur van Ziekenhuis De Lingehof - kenmerk VAR-LH 2026/05 - Dalwerven, 14 oktober "
           "2026 - vastgesteld in de VAR-vergadering van 8 oktober 2026", SMALL),
         Spacer(1, 6),
         P("1 Aanleiding", H2),
         P("Op 2 september 2026 stuurde de Raad van Bestuur het concept-Roosterbeleid verpleging 2027 ter "
           "informatie aan de VAR. Het concept regelt hoe roosters worden gemaakt, hoe de flexpool wordt ingezet en "
           "hoe lang diensten duren. Omdat het beleid het dagelijkse werk van ruim 600 verpleegkundigen en "
           "verzorgenden raakt, brengt de VAR hierover ongevraagd advies uit. Volgens de cao ziekenhuizen moet het "
           "rooster uiterlijk vier weken voor de eerste dienst bekend zijn en moet de werkgever bij het maken van "
           "het rooster rekening houden met de persoonlijke omstandigheden van de medewerker."),
         P("2 Werkwijze", H2),
         P("De VAR hield in september een digitale enquête onder alle verpleegkundigen en verzorgenden; 238 van de "
           "612 medewerkers deden mee. Daarnaast spraken wij met de roostercoördinatoren van zes afdelingen en met "
           "twee teams van de flexpool. In ons advies van 2024 over de werkdruk schreven wij al:"),
         P("'Zorg dat iedere verpleegafdeling een eigen roostercoördinator heeft die tijd krijgt voor die taak.'",
           QUOTE),
         P("Dat advies is in 2025 op alle afdelingen uitgevoerd; wij komen er hier niet op terug."),
         P("3 Conclusies", H2),
         hanging("1.", "Roosters komen te laat.", "Op zes van de veertien afdelingen was het rooster in 2026 "
                 "gemiddeld maar drie weken vooraf bekend; 71 procent van de deelnemers noemt dat de grootste "
                 "bron van onrust thuis."),
         hanging("2.", "De flexpool wordt te breed ingezet.", "Flexpoolmedewerkers werkten in 2026 gemiddeld op "
                 "negen verschillende afdelingen en voelen zich op een deel daarvan niet bekwaam."),
         hanging("3.", "Nachtdiensten wegen zwaar.", "Series van vier of vijf nachtdiensten komen regelmatig "
                 "voor, vooral op de Spoedeisende Hulp en de Intensive Care."),
         hanging("4.", "Pauzes schieten erbij in.", "Bijna de helft van de deelnemers had in de laatste maand "
                 "minstens één dienst zonder echte pauze."),
         hanging("5.", "Zelfroosteren werkt.", "Op de vier pilotafdelingen is de tevredenheid over het rooster "
                 "gestegen van 5,9 naar 7,6 en is het ziekteverzuim licht gedaald."),
         P("4 Aanbevelingen", H2),
         P("De VAR adviseert uitdrukkelijk niet om de dienstduur op de verpleegafdelingen te verlengen naar twaalf "
           "uur, zoals in het concept als mogelijkheid wordt genoemd. De VAR beveelt de Raad van Bestuur het "
           "volgende aan:"),
         hanging("a.", "Roosterzekerheid.", "Publiceer het rooster voortaan uiterlijk zes weken voor de eerste "
                 "dienst en wijzig het daarna alleen met instemming van de medewerker."),
         hanging("b.", "Flexpool.", "Laat iedere flexpoolmedewerker werken op ten hoogste drie vaste afdelingen "
                 "waar hij of zij volledig is ingewerkt."),
         hanging("c.", "Nachtdiensten.", "Beperk het aantal nachtdiensten achter elkaar tot drie en stel "
                 "medewerkers van 55 jaar en ouder op hun verzoek vrij van nachtdiensten."),
         hanging("d.", "Zelfroosteren.", "Voer zelfroosteren in 2027 in op alle verpleegafdelingen, en niet "
                 "alleen op de vier afdelingen van de pilot."),
         hanging("e.", "Pauzes.", "Zorg dat iedere medewerker in een dienst van acht uur of langer een "
                 "ongestoorde pauze van ten minste dertig minuten krijgt, met een vaste pauzeaflossing per "
                 "afdeling."),
         hanging("f.", "Parkeren in de avond.", "Vergoed de parkeerkosten volledig voor medewerkers van wie de "
                 "dienst na 23.00 uur begint of eindigt."),
         hanging("g.", "Evaluatie.", "Evalueer het nieuwe roosterbeleid na één jaar, samen met de VAR en de "
                 "ondernemingsraad."),
         P("5 Tot slot", H2),
         P("De VAR hecht vooral aan de aanbevelingen a en d: zij bepalen het meest of verpleegkundigen hun werk en "
           "hun leven thuis goed kunnen combineren. Wij lichten dit advies graag toe in het periodiek overleg."),
         P("Namens de Verpleegkundige Adviesraad,<br/>Marloes van Dijk-Hartog, voorzitter<br/>"
           "Said el Ouardi, secretaris")]
    build(s, NAME + "_advice.pdf", "Verpleegkundige Adviesraad De Lingehof - advies VAR-LH 2026/05 - Rooster in "
          "balans", "Rooster in balans", "VAR Ziekenhuis De Lingehof", of_m=2)


def response():
    s = [P("Ziekenhuis De Lingehof - Raad van Bestuur - Postbus 2207, 4190 CE Dalwerven", SMALL),
         Spacer(1, 10),
         P("Aan de Verpleegkundige Adviesraad<br/>t.a.v. mevrouw M. van Dijk-Hartog, voorzitter", BODY),
         P("Dalwerven, 18 november 2026<br/>Ons kenmerk: RvB/2026/1187<br/>Onderwerp: reactie op uw advies "
           "'Rooster in balans'", SMALL),
         Spacer(1, 8),
         P("Geachte mevrouw Van Dijk,"),
         P("Hartelijk dank voor uw ongevraagde advies over het concept-Roosterbeleid verpleging 2027. De Raad van "
           "Bestuur waardeert het dat zoveel collega's aan uw enquête hebben meegedaan. Wij hebben het advies "
           "besproken met de zorgmanagers en de ondernemingsraad en gaan hieronder in op uw aanbevelingen."),
         P("<i>'Voer zelfroosteren in 2027 in op alle verpleegafdelingen.'</i> Zo ver gaan wij niet. De resultaten "
           "van de pilot zijn bemoedigend, maar de pilot loopt nog tot juni 2027 en op twee afdelingen is het "
           "roosterprogramma nog niet geschikt. Wij wachten de eindevaluatie af voordat wij over een verdere "
           "uitrol beslissen; in 2027 blijft zelfroosteren beperkt tot de huidige vier afdelingen."),
         P("<i>'Publiceer het rooster voortaan uiterlijk zes weken voor de eerste dienst.'</i> Dit nemen wij "
           "integraal over. Met ingang van het rooster voor maart 2027 staat elk rooster zes weken vooraf vast; "
           "wijzigingen daarna gaan alleen in overleg en met toestemming van de betrokken collega."),
         P("<i>'Ten hoogste drie vaste afdelingen'</i> voor de flexpool en <i>'een ongestoorde pauze van ten minste "
           "dertig minuten'</i>. Het eerste nemen wij over: vanaf 1 januari 2027 heeft iedere flexpoolmedewerker "
           "een vast cluster van maximaal drie afdelingen. Over de pauzeregeling voert de Raad van Bestuur op dit "
           "moment overleg met de ondernemingsraad in het kader van de arbeidstijdenregeling; wij hebben uw "
           "voorstel voor een vaste pauzeaflossing aan dat overleg toegevoegd en kunnen er nu nog niets over "
           "toezeggen."),
         P("<i>'Evalueer het nieuwe roosterbeleid na één jaar.'</i> Vanzelfsprekend. De evaluatie staat gepland "
           "voor het voorjaar van 2028 en wij vragen de VAR en de ondernemingsraad elk twee leden voor de "
           "begeleidingsgroep."),
         P("<i>'Beperk het aantal nachtdiensten achter elkaar tot drie.'</i> Het maximum van drie nachten op rij "
           "wordt de regel voor alle afdelingen, met uitzondering van noodsituaties. Een vrijstelling van "
           "nachtdiensten vanaf 55 jaar is voor de Intensive Care en de Spoedeisende Hulp niet haalbaar; wij "
           "leggen de grens voor vrijstelling op verzoek daarom bij 60 jaar."),
         P("<b>Vervolg.</b> Het definitieve Roosterbeleid verpleging 2027 wordt op 10 december 2026 vastgesteld en "
           "daarna via het intranet en de teamoverleggen bekendgemaakt."),
         P("Wij danken de VAR voor de constructieve samenwerking en zien uit naar het volgende periodiek overleg."),
         P("Met vriendelijke groet,<br/>namens de Raad van Bestuur,<br/>drs. H.J. Brinkhorst, voorzitter<br/>"
           "E. Sasbrink-Noor MSc, lid")]
    build(s, NAME + "_response.pdf", "De Lingehof - Raad van Bestuur - RvB/2026/1187", "Reactie op advies VAR",
          "Raad van Bestuur De Lingehof")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("a", "Publiceer het rooster voortaan uiterlijk zes weken voor de eerste",
         "Dit nemen wij integraal over", "agrees"),
        ("b", "Laat iedere flexpoolmedewerker werken op ten hoogste drie vaste afdelingen",
         "een vast cluster van maximaal drie afdelingen", "agrees"),
        ("c", "Beperk het aantal nachtdiensten achter elkaar tot drie en stel",
         "leggen de grens voor vrijstelling op verzoek daarom bij 60 jaar", "partly"),
        ("d", "Voer zelfroosteren in 2027 in op alle verpleegafdelingen, en niet",
         "in 2027 blijft zelfroosteren beperkt tot de huidige vier afdelingen", "disagrees"),
        ("e", "Zorg dat iedere medewerker in een dienst van acht uur",
         "kunnen er nu nog niets over toezeggen", "noted"),
        ("f", "Vergoed de parkeerkosten volledig voor medewerkers van wie de dienst", None, "unanswered"),
        ("g", "Evalueer het nieuwe roosterbeleid na één jaar, samen met de",
         "De evaluatie staat gepland voor het voorjaar van 2028", "agrees"),
    ], ["waardeert het dat zoveel collega's aan uw enquête hebben meegedaan",
        "wordt op 10 december 2026 vastgesteld",
        "Wij danken de VAR voor de constructieve samenwerking"],
        "Advice: a hospital's nursing advisory council (Verpleegkundige Adviesraad, VAR) gives unsolicited advice to "
        "the board on the draft rostering policy 2027; the seven recommendations are LETTERED 'a.'-'g.' as hanging "
        "labels with BOLD LEAD-INS ('Roosterzekerheid.', 'Flexpool.', ...) under '4 Aanbevelingen'. Traps: "
        "conclusions NUMBERED '1.'-'5.' with bold lead-ins in exactly the same hanging style, the cao paraphrased "
        "with 'moet', the 2024 VAR advice quoted as an imperative (carried out), 'De VAR adviseert uitdrukkelijk "
        "niet om de dienstduur ... te verlengen naar twaalf uur', a closing line naming 'de aanbevelingen a en d'. "
        "Response: the board's letter that QUOTES each recommendation's opening (in italics) in another order: d "
        "disagrees (pilot continues, no roll-out in 2027), a agrees ('integraal over'), ONE paragraph quoting b and "
        "e = b agrees (fixed cluster of three wards) + e noted (added to the talks with the works council, nothing "
        "promised), g agrees (evaluation spring 2028), c partly (three nights yes, exemption from 60 not 55). f "
        "(parking costs) is never answered. Introduction, 'Vervolg.' and closing answer nothing.")
    print("written", NAME)
