"""Round 141 (nl): the PRIMARY REVIEW LETTER of an (invented) medisch-ethische toetsingscommissie (METC) on the
research dossier of a clinical study; its seven recommendations are DECIMAL-NUMBERED points '3.1'-'3.7' under '3
Vragen en opmerkingen', after the committee's considerations numbered '2.1'-'2.4' in exactly the same hanging style;
answered by the principal investigator's BEANTWOORDING with bold 'Ad 3.n' labels in another order, including an
'Ad 2.3' that answers a consideration (not a recommendation).

Advice (reportlab, sans, dark-teal rule and headings, running head from p. 2, 'pagina n van m'): the research law
paraphrased with 'moet' (trap), the committee's pilot-study advice quoted as an imperative (carried out, trap),
considerations '2.1'-'2.4' (trap), 'De commissie adviseert niet om de controlegroep te laten vervallen' (trap), a
closing line naming 'de punten 3.3 en 3.6' (trap). Response (reportlab, 'pagina n'): 3.4 agrees, 3.1 agrees, 3.2
agrees, 3.5 partly, 3.3 disagrees, 3.6 noted; 3.7 unanswered; introduction, 'Ad 2.3', 'Overige wijzigingen' and
closing answer no recommendation. All bodies, places, people, figures and reference numbers invented; the law named
as context only.

Run: /tmp/blind141nl/bin/python tests/docs/src/blind141/gen_nl_metc_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b141nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind141_nl_metc"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#1d5a5e")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.4, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=14.5, leading=18.5, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
LABEL = ParagraphStyle("lab", parent=BODY, fontName="S-B", textColor=INK, spaceBefore=5, spaceAfter=1,
                       keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.3, leading=10.8)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def pt(n, text):
    t = Table([[P(f"<b>{n}</b>", BODY), P(text, BODY)]], colWidths=[11 * mm, 159 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def advice():
    meta = Table([[P("Onderzoek", CELL), P("WALK-ON: een thuisbeweegprogramma met telemonitoring na een "
                                             "heupfractuur bij 70-plussers, een gerandomiseerde studie", CELL)],
                  [P("Verrichter", CELL), P("Medisch Centrum Westerbroek, afdeling Geriatrie", CELL)],
                  [P("Dossiernummer", CELL), P("METC-OV 26/112, protocolversie 1.2 van 2 april 2026", CELL)],
                  [P("Vergadering", CELL), P("12 mei 2026 (primaire beoordeling)", CELL)]],
                 colWidths=[32 * mm, 138 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fbfc1")),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f1f1"))]))
    s = [P("Medisch-ethische toetsingscommissie Oostvaart - secretariaat - Kanaaldijk 8, 7311 HB Oostvaart", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Primaire beoordeling onderzoeksdossier WALK-ON-studie", TITLE),
         P("Aan: dr. R.M. Hoogeveen, hoofdonderzoeker, Medisch Centrum Westerbroek - Oostvaart, 19 mei 2026 - "
           "kenmerk METC-OV/2026/0731", SMALL),
         Spacer(1, 5), meta, Spacer(1, 6),
         P("Geachte dokter Hoogeveen,"),
         P("1 Inleiding", H2),
         P("De commissie heeft het onderzoeksdossier van de WALK-ON-studie besproken in haar vergadering van 12 mei "
           "2026. Bij de bespreking waren onder anderen een geriater, een fysiotherapeut, een jurist, een ethicus en "
           "een proefpersonenlid aanwezig. Volgens de wet die medisch-wetenschappelijk onderzoek met mensen regelt "
           "moet de commissie beoordelen of de belasting en de risico's voor de proefpersonen in verhouding staan "
           "tot het belang van het onderzoek, en moet de verrichter vooraf een verzekering afsluiten voor schade "
           "door het onderzoek."),
         P("De commissie heeft eerder, in 2024, over de pilotstudie geadviseerd. Zij schreef toen:"),
         P("'Beperk de looptest bij de nametingen tot zes minuten en laat een fysiotherapeut erbij aanwezig "
           "zijn.'", QUOTE),
         P("Deze opmerking is in het huidige protocol verwerkt."),
         P("2 Overwegingen van de commissie", H2),
         pt("2.1", "De vraagstelling is relevant: na een heupfractuur keert minder dan de helft van de ouderen "
                   "terug naar het oude niveau van lopen, en een thuisprogramma kan het herstel versnellen."),
         pt("2.2", "De opzet, met 240 deelnemers die door loting het thuisprogramma of de gewone zorg krijgen, is "
                   "geschikt om de vraag te beantwoorden."),
         pt("2.3", "De vergoeding van reiskosten voor de nametingen in het ziekenhuis staat niet duidelijk in de "
                   "informatiebrief."),
         pt("2.4", "De belasting is aanvaardbaar, maar de deelnemers zijn kwetsbaar en worden kort na een operatie "
                   "benaderd."),
         P("De commissie adviseert niet om de controlegroep te laten vervallen, zoals de onderzoekers in hun "
           "begeleidende brief als mogelijkheid noemen: zonder vergelijking met de gewone zorg is het effect van het "
           "programma niet vast te stellen."),
         P("3 Vragen en opmerkingen", H2),
         P("De commissie kan over het onderzoek nog geen positief besluit nemen. Zij vraagt u de volgende punten te "
           "verwerken of te beantwoorden:"),
         pt("3.1", "Herschrijf de proefpersoneninformatie op taalniveau B1 en laat de nieuwe tekst lezen door twee "
                   "ouderen uit de doelgroep."),
         pt("3.2", "Beschrijf in het protocol hoe de onderzoeker vaststelt of iemand met een delier of beginnende "
                   "dementie wilsbekwaam is om toestemming te geven."),
         pt("3.3", "Verleng de bedenktijd tussen de mondelinge uitleg en het tekenen van het toestemmingsformulier "
                   "van 24 uur tot ten minste drie dagen."),
         pt("3.4", "Zorg dat de proefpersonenverzekering ook de periode thuis dekt, waarin deelnemers zelfstandig "
                   "oefenen met de polssensor."),
         pt("3.5", "Bewaar de bewegingsgegevens van de polssensor niet langer dan vijf jaar en leg vast wie er "
                   "toegang toe heeft."),
         pt("3.6", "Stel een onafhankelijke commissie in die na de eerste veertig deelnemers alle valincidenten "
                   "beoordeelt en zo nodig adviseert de studie te stoppen."),
         pt("3.7", "Bied alle deelnemers na afloop een korte samenvatting van de resultaten in begrijpelijke taal "
                   "aan."),
         P("4 Vervolg", H2),
         P("De commissie houdt haar besluit aan. Wij verzoeken u de aangepaste documenten met zichtbare wijzigingen "
           "binnen drie maanden in te dienen, samen met een brief waarin u per punt aangeeft wat u hebt gedaan. "
           "Wij vragen u vooral op de punten 3.3 en 3.6 zorgvuldig in te gaan. De beoordeling van uw reactie kan "
           "door de voorzitter en de secretaris worden gedaan, tenzij uw antwoorden daar aanleiding toe geven."),
         P("Met vriendelijke groet,<br/>namens de METC Oostvaart,<br/>prof. dr. J.W. van Dalfsen, voorzitter<br/>"
           "mr. C.E. Brinkhorst, ambtelijk secretaris")]
    build(s, NAME + "_advice.pdf", "METC Oostvaart - primaire beoordeling WALK-ON-studie - METC-OV/2026/0731",
          "Primaire beoordeling onderzoeksdossier WALK-ON-studie", "METC Oostvaart", of_m=2)


def ad(n, text):
    return [P(f"Ad {n}", LABEL), P(text)]


def response():
    s = [P("Medisch Centrum Westerbroek - afdeling Geriatrie - Postbus 910, 7300 GE Westerbroek", SMALL),
         Spacer(1, 8),
         P("Aan de METC Oostvaart<br/>t.a.v. mevrouw mr. C.E. Brinkhorst, ambtelijk secretaris"),
         P("Westerbroek, 7 juli 2026 - uw kenmerk METC-OV/2026/0731 - dossier METC-OV 26/112<br/>"
           "Onderwerp: beantwoording vragen en opmerkingen WALK-ON-studie", SMALL),
         Spacer(1, 4),
         P("Geachte mevrouw Brinkhorst,"),
         P("Hartelijk dank voor de kritische en behulpzame beoordeling van ons dossier. Hieronder gaan wij puntsgewijs "
           "in op de brief van de commissie; wij hebben de punten geordend naar de documenten die wij hebben "
           "aangepast. Bij deze brief vindt u protocolversie 1.3 en de nieuwe informatiebrief, beide met "
           "zichtbare wijzigingen.")]
    s += ad("3.4", "Akkoord. De verzekeraar heeft bevestigd dat de polis de hele deelname dekt, dus ook de "
                   "oefenweken thuis; het nieuwe verzekeringscertificaat is bijgevoegd.")
    s += ad("3.1", "Wij hebben de informatiebrief volledig herschreven met hulp van een taalbureau. Twee leden van "
                   "het cliëntenpanel ouderenzorg van ons ziekenhuis hebben de tekst gelezen; hun opmerkingen zijn "
                   "verwerkt.")
    s += ad("2.3", "De vergoeding is nu in de informatiebrief uitgeschreven: wij vergoeden taxikosten of 23 cent per "
                   "kilometer en het parkeren bij het ziekenhuis.")
    s += ad("3.2", "Overgenomen. In paragraaf 8.2 van het protocol staat nu een werkwijze in vier stappen, met een "
                   "gevalideerde delierscreening en een beoordeling door de behandelend geriater; bij twijfel "
                   "wordt iemand niet benaderd.")
    s += ad("3.5", "Dit hebben wij gedeeltelijk verwerkt. Het datamanagementplan noemt nu bij naam welke drie "
                   "onderzoekers toegang hebben tot de gegevens. De bewaartermijn blijft echter vijftien jaar, "
                   "omdat het ziekenhuisbrede beleid voor onderzoeksdata dat voorschrijft; de gegevens worden wel "
                   "na afloop gepseudonimiseerd opgeslagen.")
    s += ad("3.3", "Hier volgen wij de commissie niet. Patiënten gaan gemiddeld vier dagen na de operatie naar huis "
                   "of naar een revalidatieplek; een bedenktijd van drie dagen zou betekenen dat vrijwel niemand "
                   "vóór het ontslag kan starten. Wij handhaven 24 uur, maar deelnemers kunnen de eerste week "
                   "zonder opgaaf van redenen alsnog stoppen, en dat staat nu vet in de informatiebrief.")
    s += ad("3.6", "Uw suggestie hebben wij genoteerd. Of wij een aparte commissie instellen of de bestaande "
                   "veiligheidscommissie van de afdeling deze taak geven, bespreken wij nog met de raad van bestuur; "
                   "wij laten u de uitkomst weten vóór de eerste inclusie.")
    s += [P("Overige wijzigingen", LABEL),
          P("Naast de punten van de commissie hebben wij de looptijd van de studie aangepast van 24 naar 30 maanden "
            "en een typefout in de inclusiecriteria hersteld."),
          P("Wij vertrouwen erop de vragen van de commissie hiermee te hebben beantwoord en zien uw besluit graag "
            "tegemoet."),
          P("Met vriendelijke groet,<br/>dr. R.M. Hoogeveen, klinisch geriater en hoofdonderzoeker")]
    build(s, NAME + "_response.pdf", "Medisch Centrum Westerbroek - beantwoording METC - WALK-ON-studie",
          "Beantwoording vragen en opmerkingen METC", "Medisch Centrum Westerbroek")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("3.1", "Herschrijf de proefpersoneninformatie op taalniveau B1 en laat de",
         "met hulp van een taalbureau", "agrees"),
        ("3.2", "Beschrijf in het protocol hoe de onderzoeker vaststelt of iemand",
         "een werkwijze in vier stappen, met een gevalideerde delierscreening", "agrees"),
        ("3.3", "Verleng de bedenktijd tussen de mondelinge uitleg en het tekenen",
         "Hier volgen wij de commissie niet", "disagrees"),
        ("3.4", "Zorg dat de proefpersonenverzekering ook de periode thuis dekt,",
         "de polis de hele deelname dekt", "agrees"),
        ("3.5", "Bewaar de bewegingsgegevens van de polssensor niet langer dan vijf jaar",
         "De bewaartermijn blijft echter vijftien jaar", "partly"),
        ("3.6", "Stel een onafhankelijke commissie in die na de eerste veertig deelnemers",
         "Uw suggestie hebben wij genoteerd", "noted"),
        ("3.7", "Bied alle deelnemers na afloop een korte samenvatting van de", None, "unanswered"),
    ], ["Hartelijk dank voor de kritische en behulpzame beoordeling",
        "wij vergoeden taxikosten of 23 cent per kilometer",
        "de looptijd van de studie aangepast van 24 naar 30 maanden"],
        "Advice: the primary review letter of a medical research ethics committee (METC) on the dossier of a "
        "randomised study, to the principal investigator; the seven recommendations are DECIMAL-NUMBERED points "
        "'3.1'-'3.7' (imperatives) under '3 Vragen en opmerkingen'. Traps: the research law paraphrased with 'moet', "
        "the committee's 2024 pilot-study advice quoted as an imperative ('Beperk de looptest ...', carried out), "
        "considerations '2.1'-'2.4' in exactly the same hanging style, 'De commissie adviseert niet om de "
        "controlegroep te laten vervallen', a closing line naming 'de punten 3.3 en 3.6'. Response: the "
        "investigator's BEANTWOORDING with bold 'Ad n' labels in another order: 3.4 agrees ('Akkoord'), 3.1 agrees "
        "(rewritten, read by two panel members), 'Ad 2.3' answers a CONSIDERATION (travel costs; unmatched), 3.2 "
        "agrees ('Overgenomen'), 3.5 partly (access named, retention stays fifteen years), 3.3 disagrees (keeps 24 "
        "hours), 3.6 noted ('genoteerd', still discussed with the board). 3.7 (lay summary of the results) is never "
        "answered. Introduction, 'Overige wijzigingen' and closing answer nothing.")
    print("written", NAME)
