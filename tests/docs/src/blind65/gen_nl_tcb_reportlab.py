"""Round 65 (nl): an ADVIES of the TECHNISCHE COMMISSIE BODEM (TCB, the Dutch statutory advisory committee on soil
and subsoil) on a draft ministerial regulation for PFAS in soil and dredged material, answered by the
STAATSSECRETARIS's ANTWOORDBRIEF to the committee.

Advice: TCB advice in letter form, 3 p.: letterhead, address block and reference table (Datum / Kenmerk /
Onderwerp / Uw brief), 'Geachte staatssecretaris,', then a framed and shaded 'Advies in het kort' holding the
seven recommendations as UNNUMBERED BULLETS (the ONLY place they stand as recommendations), then 1 Adviesvraag (the
three questions a.-c.), 2 Achtergrond (the Besluit bodemkwaliteit duty 'moet ... worden gekeurd', Tabel 1 of
values), 3 Beschouwing 3.1-3.4 (the reasoning behind each point without advice verbs, the RIVM's own
recommendation quoted, the TCB's 2019 imperative quoted and reported as done, 'zou ... moeten' and 'moeten'
findings), 4 Tot slot, signatures.
Response: letter of the staatssecretaris (right-hand sidebar with the directorate, kenmerk, uw kenmerk), no
numbers, bold run-in themes in another order: introduction (nothing), 'Looptijd en evaluatie' = 3 partly,
'Landbouw- en natuurgrond en grondwater' = 1 disagrees + 2 agrees (one paragraph), 'Meetprogramma' = 6 agrees,
'Ondersteuning van gemeenten' = 4 partly, 'Baggerspecie' = 7 noted, 'Internetconsultatie' (nothing),
'Inwerkingtreding' (nothing), closing (nothing); 5 (the zorgplicht in the toelichting) unanswered.
Engine: reportlab platypus (DejaVu, `invariant=1`).

Run: /tmp/blind65nl/bin/python tests/docs/src/blind65/gen_nl_tcb_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b65nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind65_nl_tcb"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

GREEN = colors.HexColor("#2f6b3a")
PALE = colors.HexColor("#eef4ec")
GREY = colors.HexColor("#5a5a5a")
BLUE = colors.HexColor("#154273")


def st(size=9.0, lead=13.4, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.0, 13.4, "DS", spaceAfter=6),
    "h": st(10.6, 14, "DSB", spaceBefore=8, spaceAfter=3, textColor=GREEN),
    "h3": st(9.2, 13, "DSBI", spaceBefore=5, spaceAfter=2),
    "meta": st(8.2, 11.4, "DS"),
    "metab": st(8.2, 11.4, "DSB", textColor=GREY),
    "addr": st(9.0, 12.6, "DS"),
    "boxh": st(10.2, 13.4, "DSB", textColor=GREEN, spaceAfter=4),
    "box": st(8.9, 12.8, "DS", spaceAfter=4),
    "bul": st(8.9, 12.8, "DS", leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=4),
    "li": st(9.0, 13.4, "DS", leftIndent=6 * mm, bulletIndent=0, spaceAfter=3),
    "q": st(8.8, 13, "DSI", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY, spaceAfter=6),
    "cell": st(7.9, 10.4, "DS"),
    "cellh": st(7.9, 10.4, "DSB", textColor=colors.white),
    "cap": st(7.6, 10, "DSI", textColor=GREY, spaceAfter=7),
    "sig": st(9.0, 12.6, "DS"),
    # response (Rijkshuisstijl-like letter)
    "r": st(9.2, 13.6, "DS", spaceAfter=7),
    "rs": st(7.0, 9.4, "DS", textColor=GREY),
    "rsb": st(7.0, 9.4, "DSB"),
}
S["h"].keepWithNext = 1
S["h3"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(GREEN)
    c.rect(20 * mm, h - 24 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DSB", 8)
    c.drawCentredString(24.5 * mm, h - 20.8 * mm, "TCB")
    c.setFillColor(GREEN)
    c.setFont("DSB", 10)
    c.drawString(32 * mm, h - 18.5 * mm, "Technische commissie bodem")
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    c.drawString(32 * mm, h - 22.5 * mm, "Postbus 30947  |  2500 GX Den Haag  |  www.tcbodem.nl")
    c.drawString(20 * mm, 11 * mm, "TCB A142(2026)")
    c.drawRightString(w - 20 * mm, 11 * mm, f"pagina {doc.page}")
    c.restoreState()


def meta_table(rows, widths):
    t = Table([[Paragraph(a, S["metab"]), Paragraph(b, S["meta"])] for a, b in rows], colWidths=widths)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, title="Advies tijdelijk handelingskader PFAS",
                          author="Technische commissie bodem")
    fr = Frame(20 * mm, 18 * mm, 170 * mm, 250 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=adv_deco)])
    f = [Spacer(1, 6 * mm),
         Paragraph("De Staatssecretaris van Infrastructuur en Waterstaat<br/>Postbus 20901<br/>2500 EX Den Haag",
                   S["addr"]),
         Spacer(1, 6 * mm),
         meta_table([("Datum", "12 februari 2026"), ("Kenmerk", "TCB A142(2026)"),
                     ("Uw brief", "4 december 2025, IENW/BSK-2025/318842"),
                     ("Onderwerp", "Advies over het ontwerp van de Regeling tijdelijk handelingskader "
                                   "PFAS-houdende grond en baggerspecie 2026")], (26 * mm, 144 * mm)),
         Spacer(1, 6 * mm),
         Paragraph("Geachte staatssecretaris,", S["b"]),
         Paragraph("Bij brief van 4 december 2025 heeft u de Technische commissie bodem (TCB) gevraagd te adviseren "
                   "over het ontwerp van de Regeling tijdelijk handelingskader PFAS-houdende grond en baggerspecie "
                   "2026 (hierna: de ontwerpregeling). De ontwerpregeling vervangt het handelingskader uit 2021 en "
                   "stelt nieuwe toepassingswaarden vast voor het hergebruik van grond met PFAS. Hieronder vindt u "
                   "eerst ons advies in het kort; de onderbouwing volgt in de paragrafen 1 tot en met 4.", S["b"])]
    bullets = [
        "De TCB adviseert u om de toepassingswaarde voor PFOS in de bodemfunctieklasse landbouw/natuur te "
        "handhaven op 1,4 µg/kg ds in plaats van deze te verhogen naar 3,0 µg/kg ds.",
        "Neem in de regeling een expliciete toets aan de grondwaterkwaliteit op voor toepassingen onder de "
        "grondwaterspiegel en in grondwaterbeschermingsgebieden.",
        "De commissie beveelt aan de tijdelijke regeling op 1 januari 2029 te laten vervallen en in 2028 een "
        "evaluatie uit te voeren waarvan de uitkomsten openbaar worden gemaakt.",
        "Het verdient aanbeveling dat u gemeenten en omgevingsdiensten een rekenhulp en een landelijke helpdesk "
        "ter beschikking stelt voor het opstellen van PFAS-bodemkwaliteitskaarten.",
        "Wij adviseren u om in de toelichting te verduidelijken hoe de regeling zich verhoudt tot de specifieke "
        "zorgplicht voor bodem in het Besluit activiteiten leefomgeving.",
        "Zorg voor een landelijk meetprogramma waarmee de achtergrondgehalten van PFAS in de bovengrond iedere "
        "drie jaar opnieuw worden bepaald.",
        "Overweeg om ook baggerspecie uit rijkswateren onder de reikwijdte van de regeling te brengen, zodat voor "
        "grond en bagger dezelfde waarden gelden.",
    ]
    inner = [Paragraph("Advies in het kort", S["boxh"]),
             Paragraph("De TCB kan zich vinden in de hoofdlijn van de ontwerpregeling: een tijdelijk kader dat "
                       "grondverzet mogelijk houdt en tegelijk voorkomt dat PFAS zich verder verspreidt. Op zeven "
                       "punten adviseert de commissie de ontwerpregeling aan te passen of aan te vullen:", S["box"])]
    inner += [Paragraph(t, S["bul"], bulletText="\u2022") for t in bullets]
    box = Table([[inner]], colWidths=(170 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                             ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    f += [box, Spacer(1, 3 * mm),
          Paragraph("1  Adviesvraag", S["h"]),
          Paragraph("U heeft de TCB drie vragen voorgelegd:", S["b"]),
          Paragraph("a.  Zijn de voorgestelde toepassingswaarden voldoende onderbouwd?", S["li"]),
          Paragraph("b.  Is de regeling uitvoerbaar voor gemeenten, omgevingsdiensten en grondbanken?", S["li"]),
          Paragraph("c.  Welke kennisleemten moeten op korte termijn worden ingevuld?", S["li"]),
          Paragraph("De commissie heeft voor dit advies gesproken met het RIVM, Rijkswaterstaat, de Unie van "
                    "Waterschappen, de VNG en twee brancheorganisaties van grondbanken.", S["b"]),
          Paragraph("2  Achtergrond", S["h"]),
          Paragraph("Op grond van het Besluit bodemkwaliteit moet grond die buiten de eigen locatie wordt "
                    "toegepast vooraf worden gekeurd of binnen een bodemkwaliteitskaart vallen. Sinds 2019 geldt "
                    "voor PFAS een tijdelijk handelingskader met voorlopige waarden. De ontwerpregeling legt nieuwe "
                    "waarden vast op basis van het RIVM-rapport uit 2025 over de risico's van PFAS voor mens en "
                    "ecosysteem. Tabel 1 vat de belangrijkste waarden samen.", S["b"])]
    rows = [["Stof", "Landbouw/natuur\n(huidig)", "Landbouw/natuur\n(ontwerp)", "Wonen/industrie\n(ontwerp)",
             "Onder grondwater-\nspiegel (ontwerp)"],
            ["PFOS", "1,4", "3,0", "3,0", "3,0"],
            ["PFOA", "1,9", "1,9", "7,0", "1,9"],
            ["GenX (HFPO-DA)", "0,8", "0,8", "3,0", "0,8"],
            ["Overige PFAS (elk)", "1,4", "1,4", "3,0", "1,4"]]
    data = [[Paragraph(c.replace("\n", "<br/>"), S["cellh"]) for c in rows[0]]]
    data += [[Paragraph(c, S["cell"]) for c in r] for r in rows[1:]]
    t = Table(data, colWidths=(44 * mm, 31 * mm, 31 * mm, 31 * mm, 33 * mm), repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("GRID", (0, 0), (-1, -1), 0.4, GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                                                                 [colors.white, PALE])]))
    f += [t, Paragraph("Tabel 1. Toepassingswaarden in µg/kg droge stof (ds), huidig kader en ontwerpregeling.",
                       S["cap"]),
          Paragraph("3  Beschouwing", S["h"]),
          Paragraph("3.1  Toepassingswaarden voor landbouw- en natuurgrond", S["h3"]),
          Paragraph("De verhoging van de waarde voor PFOS in landbouw- en natuurgrond is in de toelichting "
                    "onderbouwd met de nieuwe gegevens over de opname door gewassen. De commissie stelt vast dat "
                    "deze gegevens betrekking hebben op drie gewassen en twee bodemtypen. Voor de doorvergiftiging "
                    "naar vogels en zoogdieren ontbreken Nederlandse veldgegevens nog. Het RIVM beveelt in zijn "
                    "rapport zelf aan om de waarden uiterlijk in 2030 te herzien zodra die veldgegevens "
                    "beschikbaar zijn. Tegen die achtergrond acht de TCB de verruiming voor deze functieklasse "
                    "voorbarig.", S["b"]),
          Paragraph("3.2  Grondwater", S["h3"]),
          Paragraph("PFAS zijn goed oplosbaar en spoelen vanuit toegepaste grond uit naar het grondwater. De "
                    "ontwerpregeling toetst alleen aan het gehalte in de grond zelf. Drinkwaterbedrijven zouden bij "
                    "toepassingen in beschermingsgebieden vooraf moeten kunnen beoordelen of hun winning gevaar "
                    "loopt; nu horen zij daar pas achteraf van. Volgens de Kaderrichtlijn water moeten lidstaten "
                    "achteruitgang van de grondwaterkwaliteit voorkomen.", S["b"]),
          Paragraph("3.3  Uitvoerbaarheid", S["h3"]),
          Paragraph("Gemeenten moeten hun bodemkwaliteitskaarten binnen twee jaar na inwerkingtreding aanpassen. "
                    "Uit de gesprekken blijkt dat vooral kleinere gemeenten daarvoor de kennis missen; een derde "
                    "van de omgevingsdiensten heeft geen eigen bodemstatisticus. In ons advies uit 2019 schreven "
                    "wij:", S["b"]),
          Paragraph("'Leg de landelijke achtergrondwaarden voor PFAS vast op basis van een representatieve "
                    "steekproef in heel Nederland.'", S["q"]),
          Paragraph("Dat advies is opgevolgd: de achtergrondwaarden zijn in 2020 door het RIVM bepaald en in het "
                    "huidige kader verwerkt. Zij zijn sindsdien echter niet opnieuw gemeten, terwijl de "
                    "atmosferische depositie van PFAS doorgaat. Ook is de verhouding tussen de regeling en de "
                    "zorgplicht voor initiatiefnemers in de toelichting niet uitgewerkt, zodat onduidelijk blijft "
                    "wat een initiatiefnemer moet doen als de grond wel aan de waarden voldoet maar er toch "
                    "aanwijzingen zijn voor verspreiding.", S["b"]),
          Paragraph("3.4  Reikwijdte", S["h3"]),
          Paragraph("De ontwerpregeling geldt voor grond en voor baggerspecie uit regionale wateren. Voor "
                    "baggerspecie uit rijkswateren blijft het kader uit 2021 gelden. Dat leidt tot twee sets "
                    "waarden voor vergelijkbaar materiaal dat in de praktijk vaak in hetzelfde depot belandt. De "
                    "grondbanken noemden dit in de gesprekken het grootste praktische knelpunt.", S["b"]),
          Paragraph("4  Tot slot", S["h"]),
          Paragraph("De commissie waardeert dat de ontwerpregeling een tijdelijk karakter heeft en dat de "
                    "nieuwe wetenschappelijke inzichten snel zijn verwerkt. Zij is graag bereid dit advies "
                    "mondeling toe te lichten. Een afschrift van dit advies zenden wij aan de voorzitters van de "
                    "vaste commissies voor Infrastructuur en Waterstaat van de Tweede en de Eerste Kamer.", S["b"]),
          Paragraph("Hoogachtend,", S["b"]), Spacer(1, 3 * mm),
          Table([[Paragraph("prof. dr. ir. H.J. Verwoerd<br/>voorzitter", S["sig"]),
                  Paragraph("ir. M.C. de Brabander<br/>secretaris", S["sig"])]], colWidths=(85 * mm, 85 * mm),
                style=[("LEFTPADDING", (0, 0), (-1, -1), 0)])]
    doc.build(f)


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(BLUE)
    c.rect(w / 2 - 6 * mm, h - 30 * mm, 12 * mm, 30 * mm, stroke=0, fill=1)
    c.setFont("DS", 8.6)
    c.drawString(w / 2 + 8 * mm, h - 16 * mm, "Ministerie van Infrastructuur")
    c.drawString(w / 2 + 8 * mm, h - 20 * mm, "en Waterstaat")
    x = 152 * mm
    y = h - 48 * mm
    side = [("b", "Directoraat-generaal Water en Bodem"), ("", "Directie Bodem en Ondergrond"), ("", ""),
            ("", "Rijnstraat 8"), ("", "2515 XP Den Haag"), ("", "Postbus 20901"), ("", "2500 EX Den Haag"),
            ("", ""), ("b", "Kenmerk"), ("", "IENW/BSK-2026/104417"), ("", ""), ("b", "Uw kenmerk"),
            ("", "TCB A142(2026)")]
    if doc.page > 1:
        side = side[:1] + [("", ""), ("b", "Kenmerk"), ("", "IENW/BSK-2026/104417")]
    for style, t in side:
        c.setFont("DSB" if style == "b" else "DS", 6.8)
        c.setFillColor(colors.black)
        c.drawString(x, y, t)
        y -= 9.2
    c.setFont("DS", 6.8)
    c.drawString(x, 14 * mm, f"Pagina {doc.page} van 2")
    c.restoreState()


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, title="Reactie op het TCB-advies PFAS",
                          author="Ministerie van Infrastructuur en Waterstaat")
    fr1 = Frame(22 * mm, 20 * mm, 122 * mm, 225 * mm, id="f1", leftPadding=0, rightPadding=0)
    fr2 = Frame(22 * mm, 20 * mm, 122 * mm, 245 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[fr1], onPage=res_deco, autoNextPageTemplate="next"),
                          PageTemplate(id="next", frames=[fr2], onPage=res_deco)])
    r = S["r"]
    f = [Paragraph("&gt; Retouradres Postbus 20901 2500 EX Den Haag", S["rs"]), Spacer(1, 2 * mm),
         Paragraph("Technische commissie bodem<br/>t.a.v. de voorzitter, prof. dr. ir. H.J. Verwoerd<br/>"
                   "Postbus 30947<br/>2500 GX Den Haag", S["addr"]),
         Spacer(1, 9 * mm),
         meta_table([("Datum", "9 april 2026"),
                     ("Betreft", "Reactie op het advies over de Regeling tijdelijk handelingskader PFAS-houdende "
                                 "grond en baggerspecie 2026")], (20 * mm, 102 * mm)),
         Spacer(1, 7 * mm),
         Paragraph("Geachte heer Verwoerd,", r),
         Paragraph("Hartelijk dank voor het advies van uw commissie van 12 februari jongstleden. Het advies is "
                   "zorgvuldig en bruikbaar, en het kwam op een moment dat de ontwerpregeling nog kon worden "
                   "aangepast. In deze brief laat ik u weten wat ik met uw punten doe. Ik volg daarbij niet de "
                   "volgorde van uw advies, maar die van de gewijzigde regeling.", r),
         Paragraph("<b>Looptijd en evaluatie.</b> Ik ben het met u eens dat een tijdelijke regeling een duidelijke "
                   "einddatum nodig heeft en dat de evaluatie openbaar moet zijn. Die evaluatie vindt plaats in "
                   "2028 en ik stuur het rapport naar beide Kamers. Omdat gemeenten twee jaar de tijd krijgen voor "
                   "hun kaarten, laat ik de regeling niet in 2029 maar op 1 januari 2030 vervallen; een eerdere "
                   "einddatum zou betekenen dat de kaarten al verouderd zijn voordat ze goed en wel in gebruik "
                   "zijn.", r),
         Paragraph("<b>Landbouw- en natuurgrond en grondwater.</b> Uw commissie wijst op de beperkte veldgegevens "
                   "over doorvergiftiging. Het RIVM heeft de waarde van 3,0 µg/kg ds echter met een ruime "
                   "veiligheidsfactor afgeleid, en de lagere waarde zou in delen van Brabant en Limburg het "
                   "grondverzet weer vrijwel stilleggen. Ik neem dit advies daarom niet over en houd voor deze "
                   "functieklasse vast aan de voorgestelde waarde. Het voorstel om vooraf te toetsen aan de "
                   "kwaliteit van het grondwater neem ik wel volledig over: voor toepassingen onder de "
                   "grondwaterspiegel en in grondwaterbeschermingsgebieden komt er een uitloogtoets, en de "
                   "drinkwaterbedrijven worden vooraf geïnformeerd.", r),
         Paragraph("<b>Meetprogramma.</b> Het RIVM start dit najaar met een landelijk meetprogramma voor de "
                   "achtergrondgehalten van PFAS in de bovengrond. De meting wordt vanaf dat moment elke drie jaar "
                   "herhaald, zoals uw commissie voorstelt; de eerste herhaling staat gepland voor 2029.", r),
         Paragraph("<b>Ondersteuning van gemeenten.</b> Samen met de VNG en de omgevingsdiensten laat ik een "
                   "rekenhulp ontwikkelen die voor de zomer van 2026 gratis beschikbaar komt. Een aparte "
                   "landelijke helpdesk richt ik niet in; vragen over de regeling kunnen terecht bij het bestaande "
                   "Informatiepunt Leefomgeving, dat daarvoor extra capaciteit krijgt.", r),
         Paragraph("<b>Baggerspecie.</b> Of ook baggerspecie uit rijkswateren onder de regeling moet vallen, "
                   "laat ik meenemen in de verkenning naar de herziening van het baggerbeleid die Rijkswaterstaat "
                   "dit jaar uitvoert. Ik heb uw suggestie daarvoor doorgegeven aan de projectleiding.", r),
         Paragraph("<b>Internetconsultatie.</b> Op de internetconsultatie van de ontwerpregeling kwamen 64 "
                   "reacties binnen, vooral van grondbanken, loonwerkers en waterschappen. Een verslag daarvan is "
                   "gepubliceerd op internetconsultatie.nl; de reacties leidden onder meer tot een eenvoudiger "
                   "meldformulier.", r),
         Paragraph("<b>Inwerkingtreding.</b> De gewijzigde regeling wordt in mei in de Staatscourant gepubliceerd "
                   "en treedt op 1 juli 2026 in werking. Het kader uit 2021 vervalt op diezelfde datum.", r),
         Paragraph("Ik dank u nogmaals voor het advies en zie uit naar de verdere samenwerking met uw commissie, "
                   "onder meer bij de evaluatie in 2028.", r),
         Paragraph("Hoogachtend,", r), Spacer(1, 2 * mm),
         Paragraph("DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT -<br/>OPENBAAR VERVOER EN MILIEU,", r),
         Spacer(1, 7 * mm),
         Paragraph("drs. R.A. Kuipers-Olthof", r)]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        (1, "De TCB adviseert u om de toepassingswaarde voor PFOS in",
         "Ik neem dit advies daarom niet over en houd", "disagrees"),
        (2, "Neem in de regeling een expliciete toets aan de grondwaterkwaliteit",
         "kwaliteit van het grondwater neem ik wel volledig over", "agrees"),
        (3, "De commissie beveelt aan de tijdelijke regeling op 1 januari",
         "niet in 2029 maar op 1 januari 2030 vervallen", "partly"),
        (4, "Het verdient aanbeveling dat u gemeenten en omgevingsdiensten een rekenhulp",
         "Een aparte landelijke helpdesk richt ik niet in", "partly"),
        (5, "Wij adviseren u om in de toelichting te verduidelijken hoe", None, "unanswered"),
        (6, "Zorg voor een landelijk meetprogramma waarmee de achtergrondgehalten van PFAS",
         "De meting wordt vanaf dat moment elke drie jaar herhaald", "agrees"),
        (7, "Overweeg om ook baggerspecie uit rijkswateren onder de reikwijdte van",
         "Ik heb uw suggestie daarvoor doorgegeven aan de projectleiding", "noted"),
    ], [
        "Ik volg daarbij niet de volgorde van uw advies",
        "Op de internetconsultatie van de ontwerpregeling kwamen 64 reacties",
        "treedt op 1 juli 2026 in werking",
        "zie uit naar de verdere samenwerking met uw commissie",
    ], "ADVIES of the TECHNISCHE COMMISSIE BODEM (TCB) in letter form on a draft ministerial regulation for PFAS in "
       "soil and dredged material, answered by the staatssecretaris's ANTWOORDBRIEF to the committee. The Besluit "
       "bodemkwaliteit, the Besluit activiteiten leefomgeving and the Kaderrichtlijn water are real; the "
       "regulation, values, people, kenmerken and the quoted 2019 advice are invented. The seven recommendations "
       "stand ONLY in the framed, shaded 'Advies in het kort' on page 1 as UNNUMBERED BULLETS (numbers are their "
       "order there); forms: 'De TCB adviseert u om', imperative 'Neem ... op', 'De commissie beveelt aan', 'Het "
       "verdient aanbeveling dat', 'Wij adviseren u om', imperatives 'Zorg voor' and 'Overweeg om'. Not "
       "recommendations: the box's lead-in ('Op zeven punten adviseert de commissie'), the three questions a.-c., "
       "the Besluit bodemkwaliteit duty ('moet grond ... worden gekeurd'), Tabel 1, chapter 3's reasoning without "
       "advice verbs (it explains points 1-7 but restates none as advice), the RIVM's own recommendation ('Het "
       "RIVM beveelt in zijn rapport zelf aan'), 'zouden ... moeten kunnen beoordelen', the KRW duty, the 2019 "
       "imperative 'Leg de landelijke achtergrondwaarden ... vast' reported as followed, the closing offer. "
       "Response: letter with a sidebar, bold run-in themes, no numbers, another order: introduction (nothing); "
       "'Looptijd en evaluatie' = 3 partly (evaluation in 2028 and published, but expiry 2030 instead of 2029); "
       "ONE paragraph 'Landbouw- en natuurgrond en grondwater': 1 disagrees ('Ik neem dit advies daarom niet "
       "over') + 2 agrees ('neem ik wel volledig over'); 'Meetprogramma' = 6 agrees (every three years); "
       "'Ondersteuning van gemeenten' = 4 partly (rekenhulp yes, no helpdesk); 'Baggerspecie' = 7 noted (passed on "
       "to an exploration by Rijkswaterstaat, no position); 'Internetconsultatie', 'Inwerkingtreding' and the "
       "closing answer nothing; 5 (zorgplicht in the toelichting) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
