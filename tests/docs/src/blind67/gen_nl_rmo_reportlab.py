"""Round 67 (nl): an ADVIES of the RAAD VOOR MAATSCHAPPELIJKE ONTWIKKELING (RMO, the Dutch strategic advisory
council on social development, merged into the RVS in 2015; this advice is dated 2014) on households with a low
income and the government's implementing organisations, answered by the KABINETSREACTIE of the minister of Social
Affairs (a Kamerbrief with a Rijksoverheid side column and unnumbered theme headings).

Advice: RMO advies 63, 3 p.: page 1 in one column (title block, colofon line, a shaded 'Samenvatting' that
PARAPHRASES the advice, the adviesvraag with the minister's questions 1-3), then pages 2-3 in TWO COLUMNS: 1 Wat de
raad zag (three numbered 'spanningen' 1-3, Tabel 1 of survey figures, the WWB's 'moet ... afstemmen'), 2 Eerder
advies (the RMO's 2010 recommendation quoted and reported as followed), 3 Analyse ('De raad concludeert dat', 'zou
... moeten', 'moeten ... kunnen'), 4 Aanbevelingen: a lead-in and a NUMBERED hanging list 1.-7. (each a bold
recommendation sentence + plain explanation) running from the first into the second column; 5 Tot slot.
Response: Kamerbrief: introduction (nothing), 'Het beeld van de raad' (nothing), then theme headings in another
order: rec 3 (agrees), ONE section on recs 1 and 5 (1 agrees, 5 partly: no structural fee), rec 6 (noted: the
ombudsman decides himself), rec 2 (disagrees), rec 7 (agrees: already under way); 'Financiele gevolgen' and 'Tot
slot' (nothing); rec 4 (to gemeenten: walk-in hours in every wijk) unanswered.
Engine: reportlab platypus (DejaVu, two-column page template after a one-column first page, canvas-drawn side
column for the letter, `invariant=1`).

Run: /tmp/blind67nl/bin/python tests/docs/src/blind67/gen_nl_rmo_reportlab.py"""
import os
import sys
import textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b67nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind67_nl_rmo"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

TEAL = colors.HexColor("#00656f")
PALE = colors.HexColor("#e6f1f2")
GREY = colors.HexColor("#5a5a5a")
RIJK = colors.HexColor("#154273")


def st(size=9.0, lead=13.4, fam="DS", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(8.6, 12.4, "DS", spaceAfter=5, alignment=4),
    "h": st(10.4, 13.5, "DSB", spaceBefore=8, spaceAfter=3, textColor=TEAL),
    "li": st(8.6, 12.4, "DS", leftIndent=6 * mm, bulletIndent=0.5 * mm, spaceAfter=3, alignment=4),
    "rec": st(8.6, 12.4, "DS", leftIndent=6 * mm, bulletIndent=0, spaceAfter=5, alignment=4,
              bulletFontName="DSB"),
    "q": st(8.4, 12, "DSI", leftIndent=5 * mm, rightIndent=2 * mm, textColor=GREY, spaceAfter=5),
    "cell": st(7.4, 9.4, "DS"),
    "cellh": st(7.4, 9.4, "DSB", textColor=colors.white),
    "cap": st(7.2, 9.4, "DSI", textColor=GREY, spaceBefore=2, spaceAfter=6),
    "tt": st(19, 23, "DSB", textColor=TEAL, spaceAfter=3),
    "ts": st(11.5, 15, "DS", textColor=GREY, spaceAfter=6),
    "meta": st(7.8, 11, "DS", textColor=GREY, spaceAfter=10),
    "sh": st(10.4, 13.5, "DSB", textColor=TEAL, spaceAfter=3),
    "sb": st(8.8, 13, "DS", spaceAfter=5, alignment=4),
    # response
    "r": st(9.4, 14.2, "SE", spaceAfter=7, alignment=4),
    "rh": st(9.4, 14.2, "SEB", spaceBefore=5, spaceAfter=1),
    "rs": st(7.0, 9.6, "DS", textColor=GREY),
    "rsb": st(7.0, 9.6, "DSB"),
    "sig": st(9.4, 14.2, "SE", spaceBefore=6),
}
S["h"].keepWithNext = 1
S["rh"].keepWithNext = 1


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(TEAL)
    c.rect(18 * mm, h - 16 * mm, 4 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont("DSB", 8)
    c.drawString(24 * mm, h - 11 * mm, "Raad voor Maatschappelijke Ontwikkeling")
    c.setFont("DS", 7.2)
    c.drawString(24 * mm, h - 14.6 * mm, "Strategische adviesraad voor regering en parlement")
    if doc.page > 1:
        c.drawRightString(w - 18 * mm, h - 11 * mm, "Advies 63  |  Het loket voorbij")
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.5)
    c.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
    c.setFont("DS", 7.2)
    c.drawString(18 * mm, 10 * mm, "RMO  |  Den Haag, juni 2014")
    c.drawRightString(w - 18 * mm, 10 * mm, f"{doc.page}")
    c.restoreState()


def advice():
    doc = BaseDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, title="Het loket voorbij",
                          author="Raad voor Maatschappelijke Ontwikkeling")
    one = Frame(18 * mm, 18 * mm, 174 * mm, 257 * mm, id="one", leftPadding=0, rightPadding=0)
    cw = 83 * mm
    c1 = Frame(18 * mm, 18 * mm, cw, 257 * mm, id="c1", leftPadding=0, rightPadding=0)
    c2 = Frame(18 * mm + cw + 8 * mm, 18 * mm, cw, 257 * mm, id="c2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[one], onPage=adv_deco),
                          PageTemplate(id="two", frames=[c1, c2], onPage=adv_deco)])
    b = S["b"]
    f = [Spacer(1, 8 * mm),
         Paragraph("Advies 63", S["ts"]),
         Paragraph("Het loket voorbij", S["tt"]),
         Paragraph("Naar een overheid die meedenkt met huishoudens in financiële krapte", S["ts"]),
         Paragraph("Aangeboden aan de minister van Sociale Zaken en Werkgelegenheid op 18 juni 2014  |  "
                   "RMO-advies 63  |  ISBN 978-90-77758-63-0", S["meta"])]
    sam = [Paragraph("Samenvatting", S["sh"]),
           Paragraph("Huishoudens met een laag inkomen hebben vaak met vijf of meer overheidsinstanties tegelijk te "
                     "maken. Wie een fout maakt in een formulier, krijgt al snel een terugvordering, een boete en een "
                     "aanmaning van drie verschillende afzenders. Het vertrouwen in de overheid is in deze groep "
                     "sterk gedaald. De raad vindt dat de overheid niet van deze burgers mag verwachten dat zij het "
                     "systeem begrijpen; het systeem moet hen begrijpen.", S["sb"]),
           Paragraph("In dit advies pleit de raad onder meer voor één aanspreekpunt bij meervoudige schulden, voor "
                     "meer ruimte om af te zien van terugvorderingen en boetes, en voor het betrekken van mensen "
                     "die zelf in krappe omstandigheden hebben geleefd. Ook moeten de brieven van de overheid "
                     "begrijpelijker worden.", S["sb"])]
    box = Table([[sam]], colWidths=(174 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm), ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                             ("LINEBEFORE", (0, 0), (0, -1), 2.5, TEAL)]))
    f += [box, Spacer(1, 4 * mm)]
    f += [Paragraph("Adviesvraag", S["h"]),
          Paragraph("De minister van Sociale Zaken en Werkgelegenheid vroeg de raad bij brief van 9 oktober 2013 "
                    "om advies over de vraag hoe de overheid het vertrouwen van huishoudens met een laag inkomen kan "
                    "herstellen. De minister stelde drie vragen:", b),
          Paragraph("Hoe ervaren huishoudens met een laag inkomen hun contact met gemeenten, UWV, de Sociale "
                    "Verzekeringsbank en de Belastingdienst/Toeslagen?", S["li"], bulletText="1."),
          Paragraph("Welke kenmerken van wetgeving en uitvoering dragen bij aan wantrouwen?", S["li"],
                    bulletText="2."),
          Paragraph("Wat kunnen het Rijk en de gemeenten doen om dat vertrouwen te herstellen?", S["li"],
                    bulletText="3."),
          Paragraph("De raad heeft voor dit advies gesproken met 46 burgers, met medewerkers van vier gemeenten en "
                    "van de landelijke uitvoeringsorganisaties, en met schuldhulpverleners. Daarnaast liet de raad "
                    "een enquête houden onder 1.240 huishoudens met een inkomen tot 120 procent van het sociaal "
                    "minimum. De commissie die het advies voorbereidde, stond onder leiding van raadslid "
                    "prof. dr. M.A. Verbeek-Stolk.", b),
          Paragraph("De overheid spreekt burgers steeds vaker aan op hun eigen verantwoordelijkheid. Dat "
                    "veronderstelt dat burgers de regels kennen, hun post openen en fouten op tijd herstellen. Voor "
                    "een huishouden dat elke maand moet rondkomen van een bijstandsuitkering en een paar toeslagen, "
                    "is dat vaak te veel gevraagd. Dit advies beschrijft wat de raad in de gesprekken en de enquête "
                    "zag, en doet op basis daarvan aanbevelingen aan het kabinet.", b),
          NextPageTemplate("two"), PageBreak()]
    f += [Paragraph("1  Wat de raad zag", S["h"]),
          Paragraph("In de gesprekken kwamen steeds dezelfde drie spanningen naar voren:", b),
          Paragraph("Regels gaan uit van een stabiel inkomen, terwijl het inkomen van deze huishoudens van maand "
                    "tot maand schommelt.", S["li"], bulletText="1."),
          Paragraph("Elke instantie handelt vanuit haar eigen wet, terwijl de gevolgen bij één huishouden "
                    "samenkomen.", S["li"], bulletText="2."),
          Paragraph("Fouten worden bestraft alsof ze opzettelijk zijn, ook als de burger het eenvoudig niet "
                    "begreep.", S["li"], bulletText="3."),
          Paragraph("Tabel 1 laat zien hoe vaak de ondervraagde huishoudens in het afgelopen jaar met problemen te "
                    "maken kregen.", b)]
    rows = [("Ervaren probleem", "%"),
            ("Terugvordering van een toeslag", "38"),
            ("Brief niet begrepen", "52"),
            ("Boete of korting op de uitkering", "17"),
            ("Geen vast aanspreekpunt gevonden", "61")]
    t = Table([[Paragraph(a, S["cellh" if i == 0 else "cell"]), Paragraph(c, S["cellh" if i == 0 else "cell"])]
               for i, (a, c) in enumerate(rows)], colWidths=(67 * mm, 16 * mm))
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("LINEBELOW", (0, 1), (-1, -1), 0.4, TEAL),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    f += [t, Paragraph("Tabel 1  Problemen in het afgelopen jaar, huishoudens met een laag inkomen (n = 1.240)",
                       S["cap"]),
          Paragraph("Op grond van artikel 18 van de Wet werk en bijstand moet het college de bijstand en de "
                    "daaraan verbonden verplichtingen afstemmen op de omstandigheden, mogelijkheden en middelen van "
                    "de belanghebbende. De raad zag echter dat gemeenten die ruimte verschillend gebruiken: in twee "
                    "van de vier gemeenten werd bij elke te late melding van inkomsten een boete opgelegd, ook als "
                    "het om een klein bedrag ging.", b),
          Paragraph("Bij de toeslagen ligt het probleem anders. Het voorschot wordt berekend op een geschat "
                    "inkomen; valt het inkomen hoger uit, dan volgt na afloop van het jaar een terugvordering. Voor "
                    "huishoudens die het voorschot al hebben uitgegeven aan huur en zorgpremie, leidt dat "
                    "regelmatig tot nieuwe schulden.", b),
          Paragraph("2  Eerder advies", S["h"]),
          Paragraph("In zijn advies 'Terug naar de basis' uit 2010 beval de raad het kabinet al aan om:", b),
          Paragraph("'de vakkundigheid van de medewerkers aan het loket te versterken, zodat zij meer ruimte krijgen "
                    "voor hun eigen oordeel'.", S["q"]),
          Paragraph("Die aanbeveling is grotendeels opgevolgd: de meeste gemeenten hebben sindsdien geïnvesteerd in "
                    "opleiding van hun klantmanagers. De raad ziet wel dat die professionele ruimte in de praktijk "
                    "vaak wordt beperkt door strakke werkinstructies.", b),
          Paragraph("3  Analyse", S["h"]),
          Paragraph("De raad concludeert dat het wantrouwen niet voortkomt uit één regeling, maar uit de optelsom "
                    "van veel regelingen die elk afzonderlijk redelijk zijn. Een burger zou niet de gevolgen moeten "
                    "dragen van het feit dat de overheid zelf niet als één geheel optreedt.", b),
          Paragraph("Medewerkers van uitvoeringsorganisaties moeten ook kunnen afwijken van de standaard wanneer "
                    "die tot onredelijke uitkomsten leidt. Dat vraagt om ruimte in de wet en om steun van "
                    "leidinggevenden. Verschillende gesprekspartners wezen erop dat burgers zelf het best kunnen "
                    "aangeven waar een formulier of procedure vastloopt.", b),
          Paragraph("Ten slotte is de taal van de overheid een drempel. Ruim de helft van de ondervraagden begreep "
                    "een recente brief van een instantie niet of maar gedeeltelijk. Ook mensen die goed kunnen "
                    "lezen, haken af bij lange zinnen vol wetsverwijzingen.", b),
          Paragraph("4  Aanbevelingen", S["h"]),
          Paragraph("Op basis van het voorgaande doet de raad het kabinet de volgende aanbevelingen:", b)]
    recs = [
        ("Geef ieder huishouden met schulden bij meerdere overheidsinstanties één vaste contactpersoon die "
         "namens alle betrokken instanties kan handelen.",
         "Die contactpersoon kan bijvoorbeeld bij de gemeente werken, maar moet afspraken kunnen maken die ook voor "
         "UWV en de Belastingdienst gelden."),
        ("Schaf de terugvordering van te veel ontvangen toeslagen af voor huishoudens met een inkomen onder 120 "
         "procent van het sociaal minimum.",
         "Het gaat om relatief kleine bedragen, die bij deze huishoudens onevenredig grote gevolgen hebben."),
        ("Leg in de Wet werk en bijstand vast dat gemeenten bij een eerste vergissing van een "
         "bijstandsgerechtigde geen boete opleggen, maar een waarschuwing geven.",
         "Zo krijgen burgers die te goeder trouw handelen de kans om een fout te herstellen."),
        ("Vraag gemeenten om in elke wijk een spreekuur in te richten waar burgers zonder afspraak met een "
         "medewerker kunnen praten.",
         "Persoonlijk contact voorkomt veel misverstanden die per brief of telefoon ontstaan."),
        ("Betrek ervaringsdeskundigen structureel bij het ontwerp van nieuwe regelingen en formulieren, en geef "
         "hun daarvoor een vergoeding.",
         "Hun inbreng is deskundigheid en verdient dezelfde waardering als die van andere adviseurs."),
        ("Laat over vijf jaar door de Nationale ombudsman onderzoeken of het vertrouwen van huishoudens met een "
         "laag inkomen in de uitvoering is toegenomen.",
         "Een onafhankelijke meting maakt zichtbaar of de maatregelen werken."),
        ("Zorg ervoor dat alle brieven van uitvoeringsorganisaties aan burgers uiterlijk in 2017 op taalniveau B1 "
         "zijn geschreven.",
         "Dat niveau begrijpt ongeveer 95 procent van de bevolking."),
    ]
    for i, (bold, rest) in enumerate(recs, 1):
        f.append(Paragraph(f"<b>{bold}</b> {rest}", S["rec"], bulletText=f"{i}."))
    f += [Paragraph("5  Tot slot", S["h"]),
          Paragraph("De raad realiseert zich dat een deel van deze aanbevelingen geld kost. Daar staat tegenover "
                    "dat schulden en wantrouwen de samenleving ook nu al veel kosten, in de vorm van "
                    "incassokosten, uitval en gezondheidsproblemen. De raad is graag bereid dit advies nader toe te "
                    "lichten.", b),
          Spacer(1, 3 * mm),
          Paragraph("Raad voor Maatschappelijke Ontwikkeling<br/>mr. drs. H.J. van Welzen, voorzitter<br/>"
                    "dr. A.C. Oudshoorn, algemeen secretaris", b)]
    doc.build(f)


def res_first(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(RIJK)
    c.rect(w / 2 - 6 * mm, h - 28 * mm, 12 * mm, 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("SE", 9)
    c.drawString(w / 2 + 9 * mm, h - 18 * mm, "Ministerie van Sociale Zaken en")
    c.drawString(w / 2 + 9 * mm, h - 22 * mm, "Werkgelegenheid")
    x = 150 * mm
    y = h - 50 * mm
    for lab, val in (("Retouradres", "Postbus 90801, 2509 LV Den Haag"), ("Datum", "3 november 2014"),
                     ("Onderwerp", "Kabinetsreactie op RMO-advies 'Het loket voorbij'"),
                     ("Ons kenmerk", "2014-0000148812"), ("Uw kenmerk", "RMO/2014/063")):
        c.setFont("DSB", 7)
        c.drawString(x, y, lab)
        y -= 3.4 * mm
        c.setFont("DS", 7)
        for part in val.split(", ") if lab == "Retouradres" else textwrap.wrap(val, 30):
            c.drawString(x, y, part.strip())
            y -= 3.4 * mm
        y -= 2.5 * mm
    c.setFont("DS", 7)
    c.setFillColor(GREY)
    c.drawString(x, 14 * mm, f"Pagina {doc.page} van 2")
    c.restoreState()


def res_later(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("DS", 7)
    c.setFillColor(GREY)
    c.drawString(150 * mm, h - 30 * mm, "Datum")
    c.drawString(150 * mm, h - 33.4 * mm, "3 november 2014")
    c.drawString(150 * mm, h - 40 * mm, "Ons kenmerk")
    c.drawString(150 * mm, h - 43.4 * mm, "2014-0000148812")
    c.drawString(150 * mm, 14 * mm, f"Pagina {doc.page} van 2")
    c.restoreState()


def response():
    doc = BaseDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, title="Kabinetsreactie RMO-advies 63",
                          author="Ministerie van Sociale Zaken en Werkgelegenheid")
    f1 = Frame(22 * mm, 20 * mm, 118 * mm, 230 * mm, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(22 * mm, 20 * mm, 118 * mm, 250 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=res_first),
                          PageTemplate(id="later", frames=[f2], onPage=res_later)])
    r, h = S["r"], S["rh"]
    f = [NextPageTemplate("later"),
         Paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  DEN "
                   "HAAG", S["r"]),
         Spacer(1, 8 * mm),
         Paragraph("Geachte voorzitter,", S["r"]),
         Paragraph("Hierbij ontvangt u de kabinetsreactie op het advies 'Het loket voorbij' van de Raad voor "
                   "Maatschappelijke Ontwikkeling (RMO), dat de raad op mijn verzoek heeft uitgebracht. Ik heb "
                   "deze reactie opgesteld mede namens de staatssecretaris van Financiën en de minister van "
                   "Binnenlandse Zaken en Koninkrijksrelaties.", r),
         Paragraph("Het beeld van de raad", h),
         Paragraph("Het kabinet herkent het beeld dat de raad schetst. Veel huishoudens met een laag inkomen "
                   "ervaren de overheid als een verzameling loketten die elk iets anders vragen. Het kabinet is de "
                   "raad erkentelijk voor de zorgvuldige manier waarop hij burgers zelf aan het woord heeft "
                   "gelaten. Hieronder ga ik per onderwerp in op de aanbevelingen.", r),
         Paragraph("Een waarschuwing bij een eerste vergissing", h),
         Paragraph("Het kabinet neemt deze aanbeveling over. In de Participatiewet, die op 1 januari 2015 in werking "
                   "treedt, wordt bij nota van wijziging vastgelegd dat het college bij een eerste, niet "
                   "verwijtbare schending van de inlichtingenplicht volstaat met een schriftelijke waarschuwing. "
                   "Gemeenten worden hierover in december per circulaire geïnformeerd.", r),
         Paragraph("Eén contactpersoon en de inbreng van ervaringsdeskundigen", h),
         Paragraph("Het kabinet onderschrijft het voorstel voor één vaste contactpersoon voor huishoudens met "
                   "schulden bij meerdere overheidsinstanties. Vanaf 2015 kunnen gemeenten, UWV en de "
                   "Belastingdienst afspreken dat één van hen optreedt als regisseur, met mandaat om namens de "
                   "andere instanties een betalingsregeling te treffen. De wettelijke grondslag daarvoor wordt "
                   "opgenomen in de Verzamelwet SZW 2015.", r),
         Paragraph("Ook ervaringsdeskundigen wil het kabinet vaker betrekken bij het ontwerp van regelingen en "
                   "formulieren; bij de herziening van de aanvraagformulieren voor toeslagen gebeurt dat al. Een "
                   "structurele vergoeding voor elke deelname kan het kabinet echter niet toezeggen. Binnen de "
                   "bestaande budgetten is alleen een onkostenvergoeding mogelijk.", r),
         Paragraph("Onderzoek naar het vertrouwen", h),
         Paragraph("Het kabinet neemt kennis van de aanbeveling om de Nationale ombudsman over vijf jaar te laten "
                   "onderzoeken of het vertrouwen is toegenomen. De Nationale ombudsman bepaalt zelf welke "
                   "onderzoeken hij instelt. Ik zal het advies onder zijn aandacht brengen.", r),
         Paragraph("Terugvordering van toeslagen", h),
         Paragraph("De raad stelt voor om bij lage inkomens af te zien van terugvordering. Het kabinet neemt deze "
                   "aanbeveling niet over. Een inkomensgrens voor terugvordering zou een nieuwe armoedeval "
                   "veroorzaken en huishoudens net boven de grens ongelijk behandelen. Het bestaande instrument "
                   "van de persoonlijke betalingsregeling blijft beschikbaar.", r),
         Paragraph("Begrijpelijke brieven", h),
         Paragraph("Dit gebeurt al. Alle grote uitvoeringsorganisaties hebben in het programma 'Direct "
                   "Duidelijk' toegezegd hun standaardbrieven vóór 2017 te herschrijven op taalniveau B1. De "
                   "Belastingdienst/Toeslagen heeft inmiddels 140 van de 310 brieven aangepast. Het kabinet deelt "
                   "het doel van de raad dus volledig.", r),
         Paragraph("Financiële gevolgen", h),
         Paragraph("De kosten van de regisseursfunctie worden gedekt uit het budget voor schuldhulpverlening in "
                   "het gemeentefonds. De overige maatregelen worden binnen de bestaande begrotingen van SZW en "
                   "Financiën uitgevoerd.", r),
         Paragraph("Tot slot", h),
         Paragraph("Ik dank de raad voor dit waardevolle advies. Over de voortgang informeer ik uw Kamer in de "
                   "jaarlijkse voortgangsrapportage armoede- en schuldenbeleid.", r),
         Paragraph("De minister van Sociale Zaken en Werkgelegenheid,<br/><br/><br/>J.P. Heemskerk-Boon",
                   S["sig"])]
    doc.build(f)


def expected():
    B.write_expected(NAME, [
        ("1", "Geef ieder huishouden met schulden bij meerdere overheidsinstanties één vaste",
         "onderschrijft het voorstel voor één vaste contactpersoon", "agrees"),
        ("2", "Schaf de terugvordering van te veel ontvangen toeslagen af voor",
         "Het kabinet neemt deze aanbeveling niet over", "disagrees"),
        ("3", "Leg in de Wet werk en bijstand vast dat gemeenten",
         "volstaat met een schriftelijke waarschuwing", "agrees"),
        ("4", "Vraag gemeenten om in elke wijk een spreekuur in te", None, "unanswered"),
        ("5", "Betrek ervaringsdeskundigen structureel bij het ontwerp van nieuwe regelingen",
         "Een structurele vergoeding voor elke deelname kan het kabinet", "partly"),
        ("6", "Laat over vijf jaar door de Nationale ombudsman onderzoeken of",
         "bepaalt zelf welke onderzoeken hij instelt", "noted"),
        ("7", "Zorg ervoor dat alle brieven van uitvoeringsorganisaties aan burgers uiterlijk",
         "hebben in het programma 'Direct Duidelijk' toegezegd", "agrees"),
    ], [
        "Hierbij ontvangt u de kabinetsreactie op het advies",
        "Het kabinet herkent het beeld dat de raad schetst",
        "De kosten van de regisseursfunctie worden gedekt uit",
        "Ik dank de raad voor dit waardevolle advies",
    ], "ADVIES of the Dutch RAAD VOOR MAATSCHAPPELIJKE ONTWIKKELING (RMO; dated 2014, before its merger into the RVS) "
       "on low-income households and the implementing organisations, answered by the minister of SZW's "
       "KABINETSREACTIE (Kamerbrief with a Rijksoverheid side column). The Wet werk en bijstand, Participatiewet and "
       "the office names are real; the advice number, title, figures, people, kenmerken, the 'Verzamelwet' "
       "provision, the 'Direct Duidelijk' commitments and the quoted 2010 advice are invented. Page 1 is one "
       "column (Samenvatting that PARAPHRASES the advice: 'pleit onder meer voor', 'moeten de brieven "
       "begrijpelijker worden'; the adviesvraag with the minister's questions 1.-3.); pages 2-3 are TWO COLUMNS. "
       "The recommendations are the NUMBERED hanging list 1.-7. in '4 Aanbevelingen' after the lead-in 'doet de "
       "raad het kabinet de volgende aanbevelingen:', each a bold imperative sentence followed by a plain "
       "explanation; the list runs from the first column into the second. Not recommendations: the numbered "
       "'spanningen' 1.-3., Tabel 1, the WWB's 'moet het college ... afstemmen', the 2010 recommendation quoted and "
       "reported as followed, 'De raad concludeert dat', 'zou niet ... moeten dragen', 'moeten ook kunnen afwijken', "
       "'Tot slot'. Response in another order under theme headings without numbers: 3 agrees ('neemt deze "
       "aanbeveling over'), ONE section on 1 and 5 (1 agrees 'onderschrijft'; 5 partly: involvement yes, no "
       "structural fee), 6 noted ('neemt kennis van', the ombudsman decides), 2 disagrees ('niet over'), 7 agrees "
       "('Dit gebeurt al', 'deelt het doel ... volledig'); 4 (walk-in hours, via gemeenten) UNANSWERED; "
       "introduction, 'Het beeld van de raad', 'Financiële gevolgen' and 'Tot slot' answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
