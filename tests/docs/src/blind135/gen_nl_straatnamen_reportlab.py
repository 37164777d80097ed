"""Round 135 (nl): the ADVIES of an (invented) municipal COMMISSIE STRAATNAAMGEVING on the street names for a new
housing district and on a concept-beleidsregel, its seven recommendations a LETTERED LIST a)-g) under 'De commissie
adviseert het college:', after the commission's own 'Uitgangspunten A-D' lettered alike; answered by the college's
LETTER with run-in labels 'Ad d.', 'Ad a.', 'Ad b en c.' in another order (one paragraph answering two, one
recommendation never answered).

Advice (reportlab, serif, teal headings, running head from p. 2, 'pagina n'): the Wet BAG paraphrased with 'moet'
(trap), the 2012 beleidsregel quoted with 'moet' (trap), Uitgangspunten A-D (trap), 'De commissie adviseert niet om'
(trap), a closing line naming 'De adviezen b en d' (trap). Response (reportlab): d agrees, a agrees, b partly and c
disagrees (one paragraph), f agrees, e noted; g unanswered; the introduction, 'Stand van zaken' (figures, 'fase 2
van het bestemmingsplan') and the closing answer nothing. All bodies, places, people, figures and reference numbers
invented; the Wet BAG is named as context only.

Run: /tmp/blind135nl/bin/python tests/docs/src/blind135/gen_nl_straatnamen_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b135nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

NAME = "blind135_nl_straatnamen"
FS = B.tmp_fonts(files=B.SERIF_FILES, family="B135NL Serif")
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

TEAL = colors.HexColor("#1d5c63")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.9, leading=14.2, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=16, leading=20, textColor=TEAL, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.6, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page))
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, "pagina {n}"), onLaterPages=page_fn(head, "pagina {n}"))


def P(t, s=BODY):
    return Paragraph(t, s)


def item(n, t):
    return Paragraph(f"{n}  {t}", ITEM)


def advice():
    s = [P("Commissie Straatnaamgeving gemeente Ouderveen - p/a Stadhuisplein 1, 7421 BK Ouderveen", SMALL),
         Spacer(1, 5),
         P("Advies over de straatnamen in Hooilanden-Oost en de concept-Beleidsregel straatnaamgeving 2026", TITLE),
         P("Advies SNC 2026-02 - vastgesteld in de vergadering van 2 juni 2026 - aan het college van burgemeester "
           "en wethouders van Ouderveen", SMALL),
         Spacer(1, 6),
         P("1  Aanleiding", H2),
         P("Het college vroeg de commissie op 14 april 2026 om advies over twee zaken: de negen namen die de "
           "afdeling Ruimte voorstelt voor de straten van de eerste fase van Hooilanden-Oost, en de "
           "concept-Beleidsregel straatnaamgeving 2026, die de regeling uit 2012 moet vervangen. De commissie "
           "bestaat uit vijf leden: twee leden van de Historische Vereniging Oud-Ouderveen, een medewerker van de "
           "meldkamer van de veiligheidsregio, een neerlandicus en een inwoner uit de kern Westerbeek. Zij "
           "vergaderde twee keer en liep op 19 mei met de projectleider door het nieuwe woongebied."),
         P("2  Kader", H2),
         P("Volgens de Wet basisregistratie adressen en gebouwen moet de gemeente elke openbare ruimte een naam "
           "geven en die naam in de basisregistratie opnemen. Hoe zij die namen kiest, bepaalt de gemeente zelf. In "
           "Ouderveen gebeurt dat nu op grond van de beleidsregel uit 2012. Daarin staat onder meer:"),
         P("'Een straatnaam moet kort, goed uitspreekbaar en eenduidig zijn. Een straat wordt niet vernoemd naar "
           "een persoon die minder dan vijf jaar geleden is overleden.'", QUOTE),
         P("De commissie vindt deze regels nog steeds bruikbaar; het concept neemt ze terecht over."),
         P("3  Uitgangspunten van de commissie", H2),
         P("Bij haar oordeel ging de commissie uit van vier uitgangspunten, die zij in 2019 met het college heeft "
           "afgesproken:"),
         item("A.", "Een naam moet voor hulpdiensten onmiskenbaar zijn, ook in een andere kern van de gemeente."),
         item("B.", "Namen in een wijk vormen samen een thema dat past bij de geschiedenis van de plek."),
         item("C.", "Vernoemingen naar personen moeten evenwichtig zijn verdeeld over mannen en vrouwen."),
         item("D.", "Bewoners moeten een naam kunnen begrijpen zonder er een boek bij te pakken."),
         P("4  Beoordeling", H2),
         P("De afdeling Ruimte stelt voor de eerste fase negen namen voor, in het thema 'hooien en het "
           "boerenbedrijf'. Zeven daarvan zijn namen van veldnamen en gereedschap, zoals Zichtweg, Oppersweg en "
           "Hooibergpad; twee zijn vernoemingen naar de mannen die in 1932 de zuivelfabriek oprichtten. Van de "
           "31 straten in Ouderveen die naar een persoon zijn vernoemd, zijn er nu 29 naar een man vernoemd. Het "
           "thema past goed bij de plek: tot 1970 lagen hier de hooilanden van de boerderij Groot Weteringe."),
         P("Eén naam levert een probleem op. In de kern Westerbeek ligt al een Kievitstraat, op zes kilometer van "
           "de voorgestelde Kievitslaan. De meldkamer kreeg in 2025 elf meldingen waarbij de twee Molenwegen in "
           "Ouderveen en Westerbeek verward werden; in één geval kwam een ambulance daardoor negen minuten later "
           "aan. De commissie verwacht dat het bij de kievit net zo zal gaan."),
         P("Een aantal inwoners vroeg de commissie ook iets te vinden van straatnamen met een koloniale "
           "achtergrond, zoals de Van Heutszstraat. De commissie adviseert niet om bestaande straatnamen nu al te "
           "wijzigen: daarvoor is eerst een zorgvuldig gesprek met de bewoners van die straten nodig, en de "
           "adreswijziging kost hun geld en moeite. Zij komt daar in een later advies op terug."),
         P("5  Advies", H2),
         P("De commissie adviseert het college:"),
         item("a)", "vernoem ten minste vier van de negen nieuwe straten naar vrouwen uit de geschiedenis van "
                    "Ouderveen, bijvoorbeeld de eerste vroedvrouw van het dorp of de oprichtster van de "
                    "naaischool;"),
         item("b)", "breng bij elk straatnaambord met een persoonsnaam een onderbord aan met een korte uitleg en "
                    "een QR-code naar de website van de historische vereniging;"),
         item("c)", "leg in de beleidsregel vast dat het college pas een naam vaststelt nadat de commissie advies "
                    "heeft gegeven, ook bij fietspaden, bruggen en pleintjes;"),
         item("d)", "vervang de naam Kievitslaan door een naam van de reservelijst, omdat hulpdiensten die naam "
                    "kunnen verwarren met de Kievitstraat in Westerbeek;"),
         item("e)", "onderzoek samen met de veiligheidsregio hoe de dubbele Molenweg in Ouderveen en Westerbeek "
                    "kan verdwijnen, met zo weinig mogelijk last voor de bewoners;"),
         item("f)", "betrek de toekomstige bewoners bij de namen voor de tweede fase, bijvoorbeeld door hen te "
                    "laten kiezen uit drie namen die de commissie heeft goedgekeurd;"),
         item("g)", "publiceer de reservelijst met goedgekeurde namen op de website van de gemeente, zodat "
                    "inwoners weten welke namen al klaarliggen en zelf nieuwe namen kunnen voorstellen."),
         P("6  Tot slot", H2),
         P("De adviezen b en d hebben haast, omdat de gemeente de straatnaamborden voor de eerste fase in "
           "september bestelt. De commissie is graag bereid haar advies toe te lichten."),
         P("Namens de Commissie Straatnaamgeving,<br/>drs. G.J. Wolters-Haverkamp, voorzitter<br/>"
           "R. Dijkhuis, secretaris"),
         ]
    build(s, NAME + "_advice.pdf", "Commissie Straatnaamgeving Ouderveen - advies SNC 2026-02 - Hooilanden-Oost",
          "Advies straatnamen Hooilanden-Oost", "Commissie Straatnaamgeving Ouderveen")


def response():
    s = [P("Gemeente Ouderveen - Burgemeester en wethouders", SMALL),
         Spacer(1, 5),
         P("Reactie op uw advies over de straatnamen in Hooilanden-Oost", TITLE),
         P("Aan de Commissie Straatnaamgeving - ons kenmerk Z/26/118204 - uw kenmerk SNC 2026-02 - Ouderveen, "
           "7 juli 2026 - contactpersoon: J. Brinkhorst, afdeling Ruimte", SMALL),
         Spacer(1, 6),
         P("Geachte mevrouw Wolters-Haverkamp,"),
         P("Hartelijk dank voor het heldere advies dat wij op 3 juni van u ontvingen. Wij hebben het in onze "
           "vergadering van 30 juni besproken. Hieronder leest u wat wij met uw adviezen doen; wij beginnen met "
           "het advies dat het meeste haast heeft."),
         P("Stand van zaken Hooilanden-Oost", H2),
         P("De bouw van de eerste 118 woningen begint in oktober. De tweede fase, met ongeveer 140 woningen, volgt "
           "zodra fase 2 van het bestemmingsplan onherroepelijk is; wij verwachten dat in het voorjaar van 2027. "
           "De straten worden in december bouwrijp opgeleverd."),
         P("Onze reactie", H2),
         P("<b>Ad d.</b> Wij zijn het met u eens dat verwarring bij hulpdiensten voorkomen moet worden. De straat "
           "krijgt daarom de naam Zwadepad, de eerste naam op de reservelijst. De meldkamer heeft bevestigd dat die "
           "naam nergens in de regio voorkomt."),
         P("<b>Ad a.</b> Ook dit advies nemen wij over. Vier straten worden vernoemd naar vrouwen: vroedvrouw Aaltje "
           "Brinkman, naaischooloprichtster Hendrika Gerrits, verzetsvrouw Jo Smit-Lammers en onderwijzeres Marie "
           "Oosterhof. De twee oprichters van de zuivelfabriek houden hun straat, zodat de verhouding in deze "
           "wijk vier tegen twee wordt."),
         P("<b>Ad b en c.</b> Bij de zes nieuwe straten met een persoonsnaam komt een onderbord met een korte "
           "uitleg. Een QR-code plaatsen wij niet: de website van de historische vereniging wordt door "
           "vrijwilligers beheerd en wij kunnen niet garanderen dat de links blijven werken. De onderborden bij "
           "de bestaande straten nemen wij mee wanneer die borden toch vervangen moeten worden. Uw voorstel om "
           "elke naam vooraf aan de commissie voor te leggen, nemen wij niet over. Bij een fietspad of een "
           "bruggetje willen wij snel kunnen handelen; voor die kleine objecten blijft het college zelf de naam "
           "kiezen, zoals nu ook het geval is. Voor nieuwe straten en pleinen vragen wij uiteraard wel uw advies."),
         P("<b>Ad f.</b> Een goed idee. De kopers en huurders van de eerste fase krijgen in het voorjaar van 2027 "
           "een stemformulier met drie namen voor elke straat in de tweede fase, en de naam met de meeste "
           "stemmen wordt vastgesteld."),
         P("<b>Ad e.</b> Wij hebben uw advies over de Molenweg gelezen en begrijpen de zorg van de meldkamer. Een "
           "straat hernoemen raakt echter 64 huishoudens en een aantal bedrijven. Wij nemen het punt mee "
           "wanneer wij in 2027 het adressenbestand laten controleren en doen nu nog geen toezegging."),
         P("Tot slot", H2),
         P("De nieuwe Beleidsregel straatnaamgeving 2026 stellen wij naar verwachting in september vast. Wij sturen "
           "u dan een exemplaar. Wij danken u nogmaals voor uw inzet en zien uit naar de verdere samenwerking."),
         P("Met vriendelijke groet,<br/>burgemeester en wethouders van Ouderveen,<br/><br/>de secretaris, "
           "mr. P.A. Hoekstra<br/>de burgemeester, L.M. de Ruyter-Baas"),
         ]
    build(s, NAME + "_response.pdf", "Gemeente Ouderveen - reactie advies SNC 2026-02 - kenmerk Z/26/118204",
          "Reactie advies straatnamen Hooilanden-Oost", "Gemeente Ouderveen")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("a", "vernoem ten minste vier van de negen nieuwe straten naar",
         "Vier straten worden vernoemd naar vrouwen", "agrees"),
        ("b", "breng bij elk straatnaambord met een persoonsnaam een onderbord aan",
         "Een QR-code plaatsen wij niet", "partly"),
        ("c", "leg in de beleidsregel vast dat het college pas een naam",
         "voor die kleine objecten blijft het college zelf de naam kiezen", "disagrees", ["partly"]),
        ("d", "vervang de naam Kievitslaan door een naam van de reservelijst",
         "De straat krijgt daarom de naam Zwadepad", "agrees"),
        ("e", "onderzoek samen met de veiligheidsregio hoe de dubbele Molenweg in",
         "doen nu nog geen toezegging", "noted"),
        ("f", "betrek de toekomstige bewoners bij de namen voor de tweede fase",
         "krijgen in het voorjaar van 2027 een stemformulier", "agrees"),
        ("g", "publiceer de reservelijst met goedgekeurde namen op de website van", None, "unanswered"),
    ], ["Hartelijk dank voor het heldere advies",
        "De bouw van de eerste 118 woningen begint in oktober",
        "zien uit naar de verdere samenwerking"],
        "Advice: a municipal street-naming commission's advice on the names for a new district and a draft policy "
        "rule; the seven recommendations are a LETTERED LIST a)-g) of lower-case imperatives ending in ';' under 'De "
        "commissie adviseert het college:'. Traps: the Wet BAG paraphrased with 'moet', the 2012 rule quoted with "
        "'moet', the commission's own 'Uitgangspunten' A.-D. set in the same list style with 'moet', findings with "
        "figures, 'De commissie adviseert niet om bestaande straatnamen nu al te wijzigen', a closing line naming "
        "'De adviezen b en d'. Response: the college's letter with run-in bold labels in the order d (agrees: "
        "Zwadepad), a (agrees: four women), 'Ad b en c.' ONE paragraph (b partly: sign plates yes, QR code no; c "
        "disagrees: the college keeps naming small objects itself), f (agrees: residents vote), e (noted: taken "
        "along in 2027, no promise). g (publish the reserve list) is never answered. The introduction, 'Stand van "
        "zaken Hooilanden-Oost' (figures, 'fase 2 van het bestemmingsplan') and 'Tot slot' answer nothing.")
    print("written", NAME)
