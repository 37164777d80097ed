"""Round 56 (nl): an OORDEEL of an (invented) regional KLACHTENCOMMISSIE JEUGDHULP on a mother's complaint against a
jeugdhulpaanbieder, with recommendations to the bestuurder, answered by the bestuurder's MEDEDELING OVER
MAATREGELEN (the letter in which the provider tells the complainant, within a month, whether and which measures it
takes after the committee's judgment).

Advice: committee letterhead, a case block (zaaknummer, klaagster, verweerder, zitting), sections 1 Procedure,
2 De klacht with the complaint parts numbered 1.-4. (not recommendations), 3 and 4 the parties' positions (the
mother's wishes: apologies, another counsellor, damages), 5 Beoordeling per klachtonderdeel with legal and
professional duties ('moet'), 6 Oordeel (gegrond / ongegrond / gedeeltelijk gegrond), 7 Aanbevelingen: SIX
UNNUMBERED recommendations, each the BOLD sentence at the end of a plain explanatory paragraph ('De commissie beveelt
aan ...'), 8 a legal duty on the one-month term. Response: the bestuurder's letter to the mother, organised by
complaint part (not by recommendation) in another order, with the replies inside: klachtonderdeel 4 (one paragraph:
two recommendations, two verdicts), klachtonderdeel 2 (two recommendations), klachtonderdeel 1 and 3 (no
recommendation), 'Verslaglegging' (noted), 'Schadevergoeding' (answers nothing); the recommendation on a standing
contact person during absence is not answered. Engine: reportlab platypus (DejaVu; no shaping, so no ligatures).

Run: /tmp/blind56nl/bin/python tests/docs/src/blind56/gen_nl_klachtencommissie_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b56nl as B  # noqa: E402

NAME = "blind56_nl_klachtencommissie"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

PLUM = colors.HexColor("#6b2d5c")
GREY = colors.HexColor("#555555")
ORANGE = colors.HexColor("#d9730d")


def st(size=9, lead=13, fam="SE", **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


S = {
    "b": st(9.4, 13.8, spaceAfter=5, alignment=4),
    "h": st(10.4, 14, "DSB", textColor=PLUM, spaceBefore=8, spaceAfter=3),
    "li": st(9.4, 13.8, leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=3, alignment=4),
    "q": st(9, 13, "SEI", textColor=GREY, leftIndent=8 * mm, rightIndent=8 * mm, spaceAfter=5),
    "m": st(8.4, 11.5, "DS"), "mb": st(8.4, 11.5, "DSB", textColor=PLUM),
    # response: sans body
    "rb": st(9.3, 14, "DS", spaceAfter=5),
    "rh": st(9.8, 14, "DSB", spaceBefore=7, spaceAfter=2),
    "rm": st(8.4, 11.5, "DS"), "rmb": st(8.4, 11.5, "DSB"),
}


def adv_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        c.setFillColor(PLUM)
        c.rect(0, h - 30 * mm, w, 30 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DSB", 14)
        c.drawString(24 * mm, h - 15 * mm, "Klachtencommissie Jeugdhulp Regio Maasdelta")
        c.setFont("DS", 8)
        c.drawString(24 * mm, h - 21 * mm, "Onafhankelijke klachtencommissie voor negen jeugdhulpaanbieders  |  "
                                           "Postbus 1180, 3300 BD Dordwijk")
    else:
        c.setFont("DS", 7.4)
        c.setFillColor(GREY)
        c.drawString(24 * mm, h - 13 * mm, "Oordeel Klachtencommissie Jeugdhulp Regio Maasdelta  -  zaak KCJ 2026-014")
        c.setStrokeColor(PLUM)
        c.line(24 * mm, h - 15 * mm, w - 24 * mm, h - 15 * mm)
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    c.drawRightString(w - 24 * mm, 12 * mm, f"{doc.page}")
    c.drawString(24 * mm, 12 * mm, "Vertrouwelijk - alleen voor partijen")
    c.restoreState()


def res_deco(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        c.setFillColor(ORANGE)
        c.circle(28 * mm, h - 19 * mm, 4.5 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("DSB", 13)
        c.drawString(35 * mm, h - 20.5 * mm, "Kompaswerk Jeugd")
        c.setFont("DS", 7.6)
        c.setFillColor(GREY)
        c.drawString(35 * mm, h - 25 * mm, "hulp aan kinderen, jongeren en gezinnen in de regio Maasdelta")
    else:
        c.setFont("DS", 7.4)
        c.setFillColor(GREY)
        c.drawString(24 * mm, h - 13 * mm, "Kompaswerk Jeugd  -  ons kenmerk BST/2026/0193")
    c.setFont("DS", 7.4)
    c.setFillColor(GREY)
    c.drawCentredString(w / 2, 12 * mm, f"pagina {doc.page}")
    c.restoreState()


def meta(rows, kst, vst, lw=34 * mm):
    t = Table([[Paragraph(k, kst), Paragraph(v, vst)] for k, v in rows], colWidths=(lw, 162 * mm - lw))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 0.5)]))
    return t


def advice():
    P = lambda t, s="b": Paragraph(t, S[s])  # noqa: E731
    f = [Spacer(1, 14 * mm), P("OORDEEL", "h"),
         meta([("Zaaknummer", "KCJ 2026-014"), ("Datum oordeel", "2 juni 2026"),
               ("Klaagster", "mevrouw A., moeder van J. (11 jaar)"),
               ("Verweerder", "Stichting Kompaswerk Jeugd, vertegenwoordigd door mevrouw drs. P. Elzinga, "
                              "manager ambulante hulp, en de heer T. Bakker, gezinscoach"),
               ("Zitting", "12 mei 2026, Dordwijk")], S["mb"], S["m"]),
         Spacer(1, 3 * mm),
         P("1. Procedure", "h"),
         P("Klaagster heeft op 3 maart 2026 een klacht ingediend over de hulpverlening aan haar zoon J. door "
           "Stichting Kompaswerk Jeugd. Verweerder heeft op 27 maart 2026 een verweerschrift ingediend. Partijen zijn "
           "op 12 mei 2026 gehoord door de commissie, bestaande uit mr. W. Doornbos (voorzitter), drs. F. Yilmaz en "
           "mevrouw R. Jansen-Kok. De vader van J. is door de commissie in de gelegenheid gesteld te reageren en "
           "heeft daarvan geen gebruik gemaakt."),
         P("2. De klacht", "h"),
         P("De klacht bestaat uit de volgende onderdelen:"),
         P("1.\u2003De gezinscoach heeft klaagster tijdens een gesprek op 14 januari 2026 onheus bejegend.", "li"),
         P("2.\u2003Klaagster is niet geïnformeerd over het hulpverleningsplan; dat is alleen met de vader "
           "besproken.", "li"),
         P("3.\u2003De hulp is te laat gestart: tussen de aanmelding en het eerste gesprek zaten elf weken.", "li"),
         P("4.\u2003Bij de wisseling van gezinscoach in februari 2026 is het dossier zonder overleg en zonder "
           "kennismaking overgedragen.", "li"),
         P("3. Het standpunt van klaagster", "h"),
         P("Klaagster is gescheiden van de vader van J.; beiden hebben het gezag. Zij heeft het plan pas gezien toen "
           "haar zoon al zes weken hulp kreeg. Volgens klaagster had de gezinscoach haar \u201cvan begin af aan "
           "moeten betrekken, net als de vader\u201d. Klaagster wil dat de stichting haar excuses aanbiedt en dat "
           "een andere gezinscoach wordt ingezet. Ook wil zij een vergoeding van de kosten die zij voor juridisch "
           "advies heeft gemaakt."),
         P("4. Het standpunt van verweerder", "h"),
         P("Verweerder erkent dat het plan alleen met de vader is besproken. De aanmelding liep via de vader, en de "
           "gezinscoach ging ervan uit dat hij de moeder zou informeren. De wachttijd van elf weken had te maken met "
           "de wachtlijst; J. is volgens de geldende urgentiecriteria ingedeeld. De wisseling van gezinscoach was "
           "het gevolg van langdurige ziekte."),
         P("5. Beoordeling", "h"),
         P("<i>Klachtonderdeel 1.</i> Uit de verklaringen van partijen blijkt dat het gesprek op 14 januari gespannen "
           "verliep. De commissie kan niet vaststellen dat de gezinscoach klaagster onheus heeft bejegend, maar stelt "
           "wel vast dat hij het gesprek niet heeft afgerond en klaagster niet heeft teruggebeld."),
         P("<i>Klachtonderdeel 2.</i> Volgens de Jeugdwet hebben beide ouders met gezag recht op informatie over de "
           "hulp aan hun kind. Een jeugdhulpaanbieder moet er daarom zelf voor zorgen dat beide ouders worden "
           "geïnformeerd en mag dat niet aan een van de ouders overlaten. Dat is hier niet gebeurd."),
         P("<i>Klachtonderdeel 3.</i> De wachttijd was lang, maar J. is ingedeeld volgens de criteria die voor alle "
           "aanmeldingen gelden, en klaagster is tijdens de wachttijd twee keer gebeld. De commissie acht dit "
           "onderdeel niet gegrond."),
         P("<i>Klachtonderdeel 4.</i> Dat een gezinscoach bij ziekte wordt vervangen, is onvermijdelijk. De nieuwe "
           "gezinscoach had klaagster echter moeten laten weten dat hij het dossier had overgenomen; klaagster "
           "hoorde dat pas van haar zoon. Het onderdeel is gegrond voor zover het gaat om het ontbreken van "
           "informatie; dat er zonder overleg is overgedragen, rekent de commissie verweerder niet aan."),
         P("6. Oordeel", "h"),
         P("De commissie verklaart klachtonderdeel 2 gegrond, klachtonderdeel 4 gedeeltelijk gegrond en de "
           "klachtonderdelen 1 en 3 ongegrond. Het verzoek van klaagster om vergoeding van kosten valt buiten de "
           "bevoegdheid van de commissie; zij kan geen schadevergoeding toekennen."),
         P("7. Aanbevelingen", "h"),
         P("De commissie doet geen bindende uitspraken, maar geeft de bestuurder de volgende aanbevelingen mee."),
         P("Bij gescheiden ouders verloopt de aanmelding vaak via één ouder. Die ouder is niet verantwoordelijk voor "
           "het informeren van de andere ouder. <b>De commissie beveelt aan om bij gescheiden ouders vanaf de "
           "aanmelding beide ouders met gezag schriftelijk te informeren over de hulp en het "
           "hulpverleningsplan.</b>"),
         P("Het plan werd in deze zaak pas na zes weken aan een van de ouders voorgelegd. <b>De commissie beveelt "
           "verder aan om het hulpverleningsplan binnen vier weken na de start van de hulp met beide ouders te "
           "bespreken en door beide ouders te laten ondertekenen.</b>"),
         P("Tijdens de ziekte van de eerste gezinscoach wist klaagster vijf weken niet bij wie zij terecht kon. "
           "<b>De commissie beveelt aan om bij afwezigheid van een gezinscoach langer dan twee weken een vast "
           "aanspreekpunt aan te wijzen en de ouders daarover te informeren.</b>"),
         P("J. heeft verteld dat hij niet wist wat er over hem werd opgeschreven. <b>Ook beveelt de commissie aan "
           "om de verslaglegging over gesprekken met het kind, passend bij zijn leeftijd, met het kind zelf te "
           "bespreken.</b>"),
         P("Klaagster heeft op de zitting gezegd dat zij vooral wil begrijpen hoe het zo heeft kunnen lopen. <b>De "
           "commissie beveelt aan om klaagster een gesprek met de bestuurder aan te bieden over de gang van "
           "zaken.</b>"),
         P("Ten slotte: bij een wisseling van hulpverlener is een goede start met het gezin belangrijk. <b>De "
           "commissie beveelt aan om een dossier alleen over te dragen in een kennismakingsgesprek waarbij de oude "
           "en de nieuwe gezinscoach en beide ouders aanwezig zijn.</b>"),
         P("8. Vervolg", "h"),
         P("Op grond van artikel 14 van de klachtenregeling deelt de bestuurder van verweerder binnen een maand na "
           "ontvangst van dit oordeel aan klaagster en aan de commissie schriftelijk mee of hij naar aanleiding van "
           "dit oordeel maatregelen neemt en zo ja, welke."),
         Spacer(1, 4 * mm),
         P("Aldus vastgesteld op 2 juni 2026,<br/><br/>mr. W. Doornbos, voorzitter\u2003\u2003\u2003"
           "mevrouw E. Vos, ambtelijk secretaris")]
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Oordeel KCJ 2026-014",
                            author="Klachtencommissie Jeugdhulp Regio Maasdelta")
    doc.build(f, onFirstPage=adv_deco, onLaterPages=adv_deco)


def response():
    P = lambda t, s="rb": Paragraph(t, S[s])  # noqa: E731
    f = [Spacer(1, 18 * mm),
         P("Mevrouw A.<br/>p/a Klachtencommissie Jeugdhulp Regio Maasdelta<br/>Postbus 1180<br/>3300 BD Dordwijk"),
         Spacer(1, 6 * mm),
         meta([("Datum", "26 juni 2026"), ("Ons kenmerk", "BST/2026/0193"), ("Uw zaak", "KCJ 2026-014"),
               ("Onderwerp", "Maatregelen naar aanleiding van het oordeel van de klachtencommissie"),
               ("Kopie aan", "Klachtencommissie Jeugdhulp Regio Maasdelta")], S["rmb"], S["rm"], 30 * mm),
         Spacer(1, 5 * mm),
         P("Beste mevrouw A.,"),
         P("Op 4 juni ontving ik het oordeel van de klachtencommissie over uw klacht. Ik heb het oordeel zorgvuldig "
           "gelezen en besproken met de manager ambulante hulp en de betrokken gezinscoaches. Allereerst wil ik u "
           "mijn excuses aanbieden: het had anders moeten gaan, en dat spijt mij. In deze brief laat ik u weten "
           "welke maatregelen wij nemen. Ik volg daarbij de onderdelen van uw klacht."),
         P("De overdracht naar een nieuwe gezinscoach (klachtonderdeel 4)", "rh"),
         P("Een kennismakingsgesprek met de oude en de nieuwe gezinscoach en beide ouders samen wordt geen vaste "
           "regel. Bij gescheiden ouders die moeilijk met elkaar in gesprek kunnen, werkt een gezamenlijk gesprek "
           "vaak averechts; wij houden bij een overdracht daarom aparte gesprekken met elke ouder. Wel ga ik graag "
           "zelf met u in gesprek over hoe het is gelopen. Mijn secretariaat belt u in de eerste week van juli om "
           "een afspraak te maken, op een plek die u het beste uitkomt."),
         P("Informatie aan beide ouders (klachtonderdeel 2)", "rh"),
         P("Het hulpverleningsplan wordt voortaan binnen zes weken na de start van de hulp met beide ouders "
           "besproken. Een termijn van vier weken halen wij niet, omdat de eerste weken nodig zijn om het kind en "
           "het gezin te leren kennen. Een ouder die niet wil tekenen, houdt de hulp aan het kind niet tegen; wij "
           "vragen beide ouders te tekenen, maar leggen het vast als dat niet lukt."),
         P("Sinds 15 juni ontvangen beide gezaghebbende ouders direct na de aanmelding een brief met de naam van de "
           "gezinscoach en uitleg over het hulpverleningsplan. Ons registratiesysteem vraagt bij de aanmelding nu "
           "verplicht naar het gezag, zodat de tweede ouder niet meer over het hoofd wordt gezien."),
         P("De bejegening (klachtonderdeel 1)", "rh"),
         P("De commissie heeft dit onderdeel niet gegrond verklaard. Toch heb ik met de gezinscoach besproken dat "
           "hij u na het gesprek van 14 januari had moeten terugbellen. Hij heeft aangegeven dat hij dat betreurt."),
         P("De wachttijd (klachtonderdeel 3)", "rh"),
         P("Ook dit onderdeel is ongegrond verklaard. De wachttijd voor ambulante hulp is sinds maart teruggebracht "
           "tot gemiddeld zes weken, omdat de gemeenten extra budget hebben toegekend."),
         P("Verslaglegging", "rh"),
         P("De commissie doet ook een aanbeveling over het bespreken van verslagen met kinderen. Ik heb die "
           "aanbeveling doorgegeven aan de werkgroep die dit najaar onze werkwijze voor dossiervorming herziet; of "
           "en hoe wij dit invoeren, hangt af van haar advies."),
         P("Uw verzoek om vergoeding", "rh"),
         P("De commissie kon over uw verzoek om vergoeding van de kosten van juridisch advies niet oordelen. U kunt "
           "dat verzoek rechtstreeks bij onze stichting indienen; ik zorg dat het binnen vier weken wordt "
           "behandeld."),
         Spacer(1, 2 * mm),
         P("Ik hoop dat deze maatregelen ertoe bijdragen dat andere gezinnen niet meemaken wat u heeft meegemaakt. "
           "Heeft u vragen over deze brief, neem dan contact op met mijn secretariaat via 078 204 11 90."),
         P("Met vriendelijke groet,<br/><br/>drs. H.M. van Rijswijk<br/>bestuurder Stichting Kompaswerk Jeugd")]
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Maatregelen na oordeel KCJ 2026-014",
                            author="Stichting Kompaswerk Jeugd")
    doc.build(f, onFirstPage=res_deco, onLaterPages=res_deco)


def expected():
    B.write_expected(NAME, [
        ("1", "om bij gescheiden ouders vanaf de aanmelding beide ouders met gezag",
         "ontvangen beide gezaghebbende ouders direct na de aanmelding een brief", "agrees"),
        ("2", "om het hulpverleningsplan binnen vier weken na de start van de",
         "Een termijn van vier weken halen wij niet", "partly"),
        ("3", "om bij afwezigheid van een gezinscoach langer dan twee weken een",
         None, "unanswered"),
        ("4", "om de verslaglegging over gesprekken met het kind, passend bij zijn",
         "doorgegeven aan de werkgroep die dit najaar onze werkwijze", "noted"),
        ("5", "om klaagster een gesprek met de bestuurder aan te bieden over",
         "Wel ga ik graag zelf met u in gesprek", "agrees"),
        ("6", "om een dossier alleen over te dragen in een kennismakingsgesprek waarbij",
         "en beide ouders samen wordt geen vaste regel", "disagrees"),
    ], ["heb ik met de gezinscoach besproken dat hij u",
        "U kunt dat verzoek rechtstreeks bij onze stichting indienen"],
        "Oordeel of the invented Klachtencommissie Jeugdhulp Regio Maasdelta (zaak KCJ 2026-014) on a mother's "
        "complaint against the invented Stichting Kompaswerk Jeugd. Section 7 'Aanbevelingen' holds SIX UNNUMBERED "
        "recommendations, each the BOLD last sentence of a plain paragraph that first explains the reason ('De "
        "commissie beveelt (verder) aan om ...', 'Ook beveelt de commissie aan om ...'); numbers are their order "
        "1-6 and the starts_with begins after 'aan' (the infinitive clause 'om ...'). Not recommendations: the "
        "complaint parts 1.-4. in section 2 (hanging numbers), the mother's wishes (apologies, another counsellor, "
        "costs) and her quote ('had haar van begin af aan moeten betrekken'), the duties in the Beoordeling ('Een "
        "jeugdhulpaanbieder moet er daarom zelf voor zorgen ...', 'had ... moeten laten weten'), the Oordeel "
        "(gegrond / gedeeltelijk gegrond / ongegrond) and section 8's one-month duty (artikel 14 klachtenregeling). "
        "Response: the bestuurder's 'mededeling' letter to the complainant, organised by COMPLAINT PART, not by "
        "recommendation, and without quoting them: 'klachtonderdeel 4' ONE paragraph 6 disagrees ('wordt geen "
        "vaste regel', separate talks instead) + 5 agrees (the bestuurder offers a talk); 'klachtonderdeel 2' 2 "
        "partly (six weeks instead of four, signing not required of both) then 1 agrees (letter to both parents "
        "since 15 June); 'klachtonderdeel 1' and 'klachtonderdeel 3' (no recommendation; unmatched / answers "
        "nothing); 'Verslaglegging' 4 noted (passed to a working group, depends on its advice); 'Uw verzoek om "
        "vergoeding' (unmatched). 3 (a standing contact person during a counsellor's absence) UNANSWERED. The "
        "introduction with the apology and the closing answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
