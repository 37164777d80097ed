"""Round 117 (nl): the ADVIES of a municipal ADVIESCOMMISSIE ERFPACHT (the committee of a notary, a valuer,
leaseholders and a chair that the college must hear before it changes its ground-lease terms) on the
ontwerp-Algemene Bepalingen Eeuwigdurende Erfpacht 2027 and the overstapregeling, answered by the TOELICHTING that
the college publishes in the Gemeenteblad with the adopted regulation: a general part (the advice answered by theme,
no numbers) and an article-by-article part in which the articles have been RENUMBERED ('artikel 6.3, in het ontwerp
artikel 7.2').

Advice (reportlab, serif body with sans headings, 3 p., a navy/stone title block, 'Erfpacht in Zandhorst in
cijfers' table, running head from p. 2, 'blad n'): the verordening 'moet ... horen' and the Burgerlijk Wetboek
'moet' (traps), the draft's three aims as a numbered list 1.-3. (trap), the committee's 2019 advice quoted with
'moet' (realised; trap), 'De commissie concludeert'; recommendations: two UNNUMBERED SENTENCES in the general part
('De commissie adviseert het college daarom om ...', 'Daarnaast adviseren wij ...') and five run-in 'Advies.'
paragraphs under ARTICLE HEADINGS of the draft (3.2, 4.1, 7.2, 9.1, 11) in the article part, where one more article
heading (5.4) carries no advice (trap); expected 1-7; closing line citing 'artikel 3.2 en artikel 9.1'.
Response: Gemeenteblad head, besluit, Toelichting I Algemeen (Inleiding, nothing; the advice by theme in the order 2,
1; Financiële gevolgen, nothing), II Artikelsgewijs by the NEW numbers (artikel 1, nothing; 3.2 = 3; 4.1 = 4; 5.4,
nothing; 6.3 = ontwerp 7.2 = 5; 8.1 = ontwerp 9.1 = 6; artikel 13, nothing); the hardheidsclausule (7) unanswered.
All invented.

Run: /tmp/blind117nl/bin/python tests/docs/src/blind117/gen_nl_erfpacht_reportlab.py"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b117nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind117_nl_erfpacht"
FS = B.tmp_fonts()
FR = B.tmp_fonts("B117NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("S", FS["Regular"]))
pdfmetrics.registerFont(TTFont("SB", FS["Bold"]))
pdfmetrics.registerFont(TTFont("R", FR["Regular"]))
pdfmetrics.registerFont(TTFont("RB", FR["Bold"]))
pdfmetrics.registerFont(TTFont("RI", FR["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="S", boldItalic="SB")
NAVY = colors.HexColor("#1f3a5f")
STONE = colors.HexColor("#ece8df")
GREY = colors.HexColor("#555555")
P = ParagraphStyle("p", fontName="R", fontSize=9.6, leading=13.8, spaceAfter=6)
H = ParagraphStyle("h", fontName="SB", fontSize=11.5, leading=14, textColor=NAVY, spaceBefore=10, spaceAfter=5,
                   keepWithNext=1)
H3 = ParagraphStyle("h3", parent=H, fontSize=9.8, textColor=colors.black, spaceBefore=7, spaceAfter=3)
LI = ParagraphStyle("li", parent=P, leftIndent=20, bulletIndent=4, spaceAfter=2)
S = ParagraphStyle("s", fontName="S", fontSize=8, leading=10.5)
QUOTE = ParagraphStyle("q", parent=P, fontName="RI", leftIndent=22, rightIndent=22, textColor=GREY)


class Doc(SimpleDocTemplate):
    head = ""
    foot = "blad {n}"

    def build2(self, story):
        self._total = 0
        SimpleDocTemplate.build(self, copy.deepcopy(story), onFirstPage=self.deco, onLaterPages=self.deco)
        self._total = self.page
        SimpleDocTemplate.build(self, story, onFirstPage=self.deco, onLaterPages=self.deco)

    def deco(self, c, doc):
        c.saveState()
        c.setFillColor(GREY)
        if doc.page > 1:
            c.setFont("S", 7.4)
            c.drawString(62, 808, self.head)
            c.setStrokeColor(NAVY)
            c.setLineWidth(0.6)
            c.line(62, 803, 533, 803)
        c.setFont("S", 7.6)
        c.drawRightString(533, 30, self.foot.format(n=doc.page, m=self._total or 1))
        c.restoreState()


def p(t, st=P):
    return Paragraph(t, st)


def title_block(name, meta):
    left = Paragraph(name, ParagraphStyle("n", fontName="SB", fontSize=12.5, leading=15.5, textColor=colors.white))
    right = Paragraph(meta, ParagraphStyle("m", parent=S, fontSize=7.8, leading=10.4))
    t = Table([[left, right]], colWidths=[230, 241])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), NAVY), ("BACKGROUND", (1, 0), (1, 0), STONE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 9),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    return [t, Spacer(1, 14)]


def advies(t):
    return Paragraph("<b>Advies.</b> " + t, P)


def advice():
    doc = Doc(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=58,
              bottomMargin=58, title="Advies Algemene Bepalingen Eeuwigdurende Erfpacht 2027",
              author="Adviescommissie Erfpacht Zandhorst")
    doc.head = "Adviescommissie Erfpacht Zandhorst - advies ACE/2026/06"
    s = title_block("Adviescommissie Erfpacht<br/>Zandhorst",
                    "Aan: het college van burgemeester en wethouders van Zandhorst<br/>Datum: 9 oktober 2026<br/>"
                    "Kenmerk: ACE/2026/06<br/>Betreft: advies ontwerp-Algemene Bepalingen Eeuwigdurende Erfpacht "
                    "2027 en Overstapregeling")
    s += [Paragraph("Zeker van je grond", ParagraphStyle("t", fontName="SB", fontSize=17, leading=21, spaceAfter=3)),
          Paragraph("Advies over de ontwerp-Algemene Bepalingen Eeuwigdurende Erfpacht Zandhorst 2027 en de "
                    "Overstapregeling", ParagraphStyle("st", parent=P, fontName="RI", textColor=GREY, spaceAfter=8)),
          Paragraph("1 Adviesaanvraag", H),
          p("Bij brief van 30 juni 2026 (kenmerk GZ/2026/4410) vroeg het college de Adviescommissie Erfpacht om advies "
            "over de ontwerp-Algemene Bepalingen Eeuwigdurende Erfpacht Zandhorst 2027 (hierna: het ontwerp) en over "
            "de bijbehorende Overstapregeling. Artikel 4 van de Verordening Adviescommissie Erfpacht Zandhorst 2015 "
            "bepaalt dat het college de commissie moet horen voordat het de algemene bepalingen wijzigt."),
          p("De commissie telt vijf leden: een notaris, een register-taxateur, een lid namens de Vereniging van "
            "Erfpachters Zandhorst, een ondernemer met een bedrijfsrecht en een onafhankelijke voorzitter. Voor dit "
            "advies spraken wij met de afdeling Grondzaken, met het bestuur van de Vereniging van Erfpachters en met "
            "twee hypotheekverstrekkers. Op 8 september woonden wij de informatieavond voor erfpachters in De "
            "Stadsherberg bij, waar ruim tweehonderd mensen op afkwamen."),
          Paragraph("2 Het ontwerp in het kort", H),
          p("Het college wil met het ontwerp drie dingen bereiken:"),
          Paragraph("erfpachters de keuze geven om over te stappen naar eeuwigdurende erfpacht met een vaste canon;",
                    LI, bulletText="1."),
          Paragraph("de administratie van ruim zesduizend erfpachtrechten eenvoudiger maken;", LI, bulletText="2."),
          Paragraph("de opbrengst van de grond voor de gemeente op lange termijn zeker stellen.", LI,
                    bulletText="3."),
          Spacer(1, 5)]
    rows = [["Erfpacht in Zandhorst in cijfers", "aantal of bedrag"],
            ["Erfpachtrechten, totaal", "6.240"],
            ["  waarvan woningen", "5.310"],
            ["  waarvan bedrijfsrechten", "930"],
            ["Tijdvakken die tussen 2027 en 2036 aflopen", "1.870"],
            ["Canonopbrengst per jaar", "11,4 miljoen euro"],
            ["Gemiddelde canon per woning per jaar", "1.690 euro"]]
    t = Table([[Paragraph(("<b>%s</b>" % c) if i == 0 else c, S) for c in r] for i, r in enumerate(rows)],
              colWidths=[280, 120], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), STONE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, NAVY),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [t, Paragraph("Bron: afdeling Grondzaken, peildatum 1 juli 2026.", ParagraphStyle(
              "src", parent=S, fontSize=7.2, textColor=GREY, spaceBefore=2, spaceAfter=8)),
          p("Wie overstapt, betaalt een eenmalige afkoopsom of een jaarlijkse canon van 2,4 procent van de "
            "grondwaarde, die daarna alleen nog met de inflatie meestijgt. Volgens het ontwerp stelt één taxateur, "
            "aangewezen door de gemeente, de grondwaarde vast. Op grond van artikel 5:85 van het Burgerlijk Wetboek "
            "moet de erfpachter de canon betalen die in de akte is bepaald; het ontwerp verandert daar niets aan."),
          p("In ons advies van 2019 over de vorige herziening schreven wij:"),
          Paragraph("'De gemeente moet erfpachters ten minste vijf jaar voor het einde van hun tijdvak laten weten "
                    "welke canon zij daarna gaan betalen.'", QUOTE),
          p("Het college heeft dat overgenomen: sinds 2021 krijgen erfpachters die brief op tijd, en het aantal "
            "bezwaarschriften tegen canonherzieningen is sindsdien gehalveerd."),
          p("De commissie concludeert dat het ontwerp een duidelijke verbetering is. Het geeft erfpachters zekerheid "
            "over hun woonlasten en is veel eenvoudiger dan de regeling van 1998. Op een aantal punten legt het de "
            "risico's wel te veel bij de erfpachter."),
          Paragraph("3 Algemene opmerkingen", H),
          p("De overstap naar eeuwigdurende erfpacht is een beslissing voor de rest van de levensduur van de woning. "
            "Erfpachters moeten die beslissing kunnen nemen met goede informatie en zonder tijdsdruk. Het ontwerp "
            "geeft hun daarvoor drie jaar, tot en met 31 december 2029; wie later overstapt, doet dat tegen de dan "
            "geldende grondwaarde. Veel erfpachters van wie het tijdvak pas na 2035 afloopt, zien de noodzaak nu nog "
            "niet. De commissie adviseert het college daarom om de termijn voor de overstap tegen de voorwaarden van "
            "2027 te verlengen tot ten minste vijf jaar, dus tot eind 2031."),
          p("Niet iedere erfpachter kan een afkoopsom betalen of een hogere canon dragen. Op de informatieavond "
            "vertelden meerdere ouderen dat zij hun hypotheek hebben afgelost en van een klein pensioen leven. Voor "
            "hen is een hogere lening geen oplossing. Daarnaast adviseren wij om voor erfpachters met een laag "
            "inkomen een regeling te treffen waarmee zij de afkoopsom zonder rente in termijnen kunnen betalen."),
          Paragraph("4 Artikelsgewijze opmerkingen", H),
          p("Hieronder bespreken wij de artikelen van het ontwerp waarover wij iets willen zeggen. Over de andere "
            "artikelen hebben wij geen opmerkingen."),
          Paragraph("Artikel 3.2 - Bepaling van de grondwaarde", H3),
          p("In het ontwerp wijst de gemeente de taxateur aan en betaalt zij hem ook. Erfpachters wantrouwen die "
            "werkwijze; de Vereniging van Erfpachters heeft er in 2025 al vier rechtszaken over gevoerd."),
          advies("Laat de grondwaarde bepalen door drie deskundigen: één aangewezen door de gemeente, één door de "
                 "erfpachter en een derde door die twee samen. Zo weten beide partijen zich vertegenwoordigd en "
                 "wordt de kans op een procedure kleiner."),
          Paragraph("Artikel 4.1 - Indexering van de canon", H3),
          p("De canon stijgt volgens het ontwerp ieder jaar met de consumentenprijsindex. Er is een ondergrens van "
            "nul, maar geen bovengrens. In 2022 zou dat een stijging van ruim tien procent hebben betekend."),
          advies("Maximeer de jaarlijkse indexering van de canon op 4 procent, zodat erfpachters bij hoge inflatie "
                 "niet in één keer een grote stijging krijgen."),
          Paragraph("Artikel 5.4 - Wijziging van de bestemming", H3),
          p("Bij een wijziging van de bestemming, bijvoorbeeld van winkel naar woning, wordt de canon opnieuw "
            "vastgesteld. Deze regeling is helder en sluit aan bij de praktijk in andere gemeenten. Wij hebben over "
            "dit artikel geen advies."),
          Paragraph("Artikel 7.2 - Opzegging bij betalingsachterstand", H3),
          p("Het ontwerp geeft de gemeente het recht de erfpacht op te zeggen als de canon twee jaar niet is "
            "betaald. Dat is wettelijk toegestaan, maar de gevolgen zijn groot: de erfpachter verliest zijn huis en "
            "de bank haar zekerheid."),
          advies("Schrijf voor dat de gemeente de erfpachter en de hypotheekhouder ten minste twee keer schriftelijk "
                 "waarschuwt voordat zij de erfpacht opzegt."),
          Paragraph("Artikel 9.1 - Kosten van de overstap", H3),
          p("Volgens het ontwerp betaalt de erfpachter de kosten van de notariële akte van overstap, gemiddeld "
            "ongeveer 650 euro. De gemeente heeft de overstap zelf voorgesteld en heeft er financieel ook belang bij."),
          advies("Laat de gemeente de notariskosten van de overstap betalen, omdat de overstap op haar initiatief "
                 "plaatsvindt."),
          Paragraph("Artikel 11 - Slotbepalingen", H3),
          p("Het ontwerp bevat geen mogelijkheid om in bijzondere gevallen van de bepalingen af te wijken. Wij "
            "denken aan erfpachters die door een scheiding of een faillissement van hun werkgever onverwacht niet "
            "meer kunnen betalen."),
          advies("Neem een hardheidsclausule op waarmee het college in schrijnende gevallen van de bepalingen kan "
                 "afwijken, en laat het college jaarlijks aan de commissie melden hoe vaak dat is gebeurd."),
          Paragraph("5 Tot slot", H),
          p("De commissie vraagt het college in het bijzonder de adviezen bij artikel 3.2 en artikel 9.1 over te "
            "nemen: zij bepalen of erfpachters de overstap als eerlijk zullen ervaren. Wij lichten ons advies graag "
            "mondeling toe."),
          KeepTogether([Spacer(1, 4), p("Namens de Adviescommissie Erfpacht Zandhorst,<br/>mr. W.J. Ravensbergen, "
                                        "voorzitter<br/>drs. A. Koçak, secretaris")])]
    doc.build2(s)


def response():
    doc = Doc(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=58,
              bottomMargin=58, title="Gemeenteblad Zandhorst 2026, nr. 18842", author="Gemeente Zandhorst")
    doc.head = "Gemeenteblad van Zandhorst 2026, nr. 18842 - Algemene Bepalingen Eeuwigdurende Erfpacht 2027"
    doc.foot = "pagina {n} van {m}"
    A = ParagraphStyle("a", parent=H3, textColor=NAVY, fontSize=9.6)
    gb = Table([[Paragraph("<b>GEMEENTEBLAD</b>", ParagraphStyle("g", fontName="SB", fontSize=15, leading=18,
                                                                  textColor=NAVY)),
                 Paragraph("Officiële uitgave van de gemeente Zandhorst<br/>Nr. 18842<br/>18 december 2026",
                           ParagraphStyle("gm", parent=S, alignment=2))]], colWidths=[260, 211])
    gb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, NAVY), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s = [gb, Spacer(1, 12),
         Paragraph("Besluit van het college van burgemeester en wethouders van Zandhorst tot vaststelling van de "
                   "Algemene Bepalingen Eeuwigdurende Erfpacht Zandhorst 2027",
                   ParagraphStyle("t", fontName="SB", fontSize=13, leading=17, spaceAfter=8)),
         p("Het college van burgemeester en wethouders van Zandhorst;<br/>gelezen het advies van de Adviescommissie "
           "Erfpacht Zandhorst van 9 oktober 2026;<br/>gelet op artikel 160 van de Gemeentewet;"),
         p("besluit vast te stellen de Algemene Bepalingen Eeuwigdurende Erfpacht Zandhorst 2027 en de "
           "Overstapregeling 2027, zoals opgenomen in de bijlagen bij dit besluit."),
         p("Zandhorst, 15 december 2026<br/>Het college van burgemeester en wethouders,<br/>de secretaris, "
           "J.P. Verhoef-Lindeman<br/>de burgemeester, H. el Idrissi"),
         Paragraph("Toelichting", ParagraphStyle("tt", fontName="SB", fontSize=14, leading=18, spaceBefore=10,
                                                 spaceAfter=2, textColor=NAVY)),
         Paragraph("I Algemeen", H),
         Paragraph("1. Inleiding", A),
         p("Met deze algemene bepalingen kunnen erfpachters in Zandhorst vanaf 1 januari 2027 kiezen voor "
           "eeuwigdurende erfpacht met een vaste, alleen nog geïndexeerde canon. De bepalingen vervangen de "
           "Algemene Bepalingen Voortdurende Erfpacht 1998. Bij het opstellen is de nummering van de artikelen "
           "gewijzigd; waar dat van belang is, staat hieronder ook het nummer uit het ontwerp vermeld."),
         Paragraph("2. Het advies van de Adviescommissie Erfpacht", A),
         p("De commissie heeft op 9 oktober 2026 advies uitgebracht. Haar adviezen over afzonderlijke artikelen "
           "bespreken wij in de artikelsgewijze toelichting. Hier gaan wij in op haar twee algemene adviezen."),
         p("<i>Betalen in termijnen.</i> Wij zijn het met de commissie eens dat de overstap niet mag afhangen van "
           "de vraag of iemand een afkoopsom kan lenen. De Overstapregeling bepaalt daarom dat erfpachters met een "
           "inkomen tot 120 procent van het sociaal minimum de afkoopsom in ten hoogste tien jaarlijkse termijnen "
           "mogen voldoen. Een renteloze regeling vinden wij niet verantwoord tegenover de andere belastingbetalers; "
           "over het openstaande bedrag berekent de gemeente een rente van 1,5 procent."),
         p("<i>De overstaptermijn.</i> De commissie adviseert de termijn waarin erfpachters tegen de voorwaarden "
           "van 2027 kunnen overstappen te verlengen tot eind 2031. Dat doen wij niet. De grondwaarden van 2027 "
           "zijn over vijf jaar niet meer actueel, en een lange termijn verschuift het risico van stijgende "
           "grondprijzen volledig naar de gemeente. De termijn blijft daarom drie jaar, tot en met 31 december "
           "2029. Wel sturen wij iedere erfpachter in 2027 en 2029 een persoonlijke berekening."),
         Paragraph("3. Financiële gevolgen", A),
         p("Wij verwachten dat ongeveer 40 procent van de erfpachters binnen drie jaar overstapt. De eenmalige "
           "opbrengst van de afkoopsommen wordt geraamd op 38 miljoen euro; de jaarlijkse canonopbrengst daalt "
           "daardoor met ongeveer 3,1 miljoen euro. De opbrengsten worden gestort in de reserve Grondbeleid."),
         Paragraph("II Artikelsgewijs", H),
         Paragraph("Artikel 1 Begripsbepalingen", A),
         p("In artikel 1 zijn de begrippen uit de vorige algemene bepalingen overgenomen en aangevuld met de "
           "begrippen 'overstap' en 'vaste canon'."),
         Paragraph("Artikel 3.2 Bepaling van de grondwaarde", A),
         p("Het advies van de commissie is op dit punt overgenomen. De grondwaarde wordt voortaan vastgesteld door "
           "drie deskundigen, van wie de erfpachter er één aanwijst. De kosten van de door de erfpachter "
           "aangewezen deskundige komen voor rekening van de gemeente, tot een maximum van 1.200 euro."),
         Paragraph("Artikel 4.1 Indexering", A),
         p("De commissie adviseert de jaarlijkse indexering te maximeren op 4 procent. Wij hebben dat advies in "
           "overweging genomen, maar willen eerst laten doorrekenen wat een maximum betekent voor de "
           "gemeentelijke begroting op lange termijn. Wij komen hierop terug bij de evaluatie van de regeling in "
           "2029; tot die tijd blijft de indexering zoals in het ontwerp."),
         Paragraph("Artikel 5.4 Wijziging van de bestemming", A),
         p("Dit artikel is ongewijzigd overgenomen uit het ontwerp. Een nieuwe canon wordt berekend over het "
           "verschil in grondwaarde tussen de oude en de nieuwe bestemming."),
         Paragraph("Artikel 6.3 Opzegging (in het ontwerp: artikel 7.2)", A),
         p("Conform het advies van de commissie zegt de gemeente de erfpacht pas op na ten minste twee "
           "aangetekende aanmaningen, waarvan telkens een afschrift naar de hypotheekhouder gaat. Tussen de "
           "aanmaningen zitten ten minste drie maanden."),
         Paragraph("Artikel 8.1 Kosten (in het ontwerp: artikel 9.1)", A),
         p("Het advies om de notariskosten van de overstap niet bij de erfpachter te leggen, nemen wij over. De "
           "gemeente betaalt de kosten van de akte van overstap als de aanvraag vóór 1 januari 2030 is "
           "ingediend. Daarvoor is een bedrag van 1,7 miljoen euro gereserveerd."),
         Paragraph("Artikel 13 Inwerkingtreding", A),
         p("De algemene bepalingen treden in werking op 1 januari 2027. Voor bestaande rechten blijven de "
           "Algemene Bepalingen 1998 gelden totdat de erfpachter overstapt of het tijdvak afloopt.")]
    doc.build2(s)


def expected():
    recs = [
        (1, "De commissie adviseert het college daarom om de termijn voor de overstap",
         "De termijn blijft daarom drie jaar, tot en met 31", "disagrees"),
        (2, "Daarnaast adviseren wij om voor erfpachters met een laag inkomen",
         "in ten hoogste tien jaarlijkse termijnen mogen voldoen", "partly"),
        (3, "Laat de grondwaarde bepalen door drie deskundigen: één aangewezen door",
         "De grondwaarde wordt voortaan vastgesteld door drie deskundigen", "agrees"),
        (4, "Maximeer de jaarlijkse indexering van de canon op 4 procent",
         "Wij komen hierop terug bij de evaluatie van de regeling", "noted"),
        (5, "Schrijf voor dat de gemeente de erfpachter en de hypotheekhouder",
         "pas op na ten minste twee aangetekende aanmaningen", "agrees"),
        (6, "Laat de gemeente de notariskosten van de overstap betalen, omdat",
         "De gemeente betaalt de kosten van de akte van overstap", "agrees"),
        (7, "Neem een hardheidsclausule op waarmee het college in schrijnende gevallen", None, "unanswered"),
    ]
    unmatched = ["kunnen erfpachters in Zandhorst vanaf 1 januari 2027 kiezen",
                 "De eenmalige opbrengst van de afkoopsommen wordt geraamd op 38 miljoen euro",
                 "aangevuld met de begrippen 'overstap' en 'vaste canon'",
                 "berekend over het verschil in grondwaarde tussen de oude",
                 "De algemene bepalingen treden in werking op 1 januari 2027"]
    notes = ("Adviescommissie Erfpacht Zandhorst (municipal ground-lease committee), advies ACE/2026/06 'Zeker van je "
             "grond' on the ontwerp-Algemene Bepalingen Eeuwigdurende Erfpacht 2027 and the Overstapregeling (3 p., "
             "reportlab, navy/stone title block, 'Erfpacht in Zandhorst in cijfers' table, running head from p. 2, "
             "'blad n'). Traps: the verordening 'moet horen' and Burgerlijk Wetboek art. 5:85 'moet', the draft's "
             "three aims as a numbered list 1.-3., the 2019 advice quoted with 'moet' (realised), 'De commissie "
             "concludeert', an article heading (5.4) with 'Wij hebben over dit artikel geen advies', a closing line "
             "citing the advice on 'artikel 3.2 en artikel 9.1'. Recommendations: two UNNUMBERED SENTENCES ending the "
             "paragraphs of the general chapter ('De commissie adviseert het college daarom om', 'Daarnaast adviseren "
             "wij om') and five run-in 'Advies.' paragraphs under the draft's ARTICLE HEADINGS 3.2, 4.1, 7.2, 9.1, 11 "
             "(expected 1-7). Response: the GEMEENTEBLAD publication of the adoption besluit with its TOELICHTING. "
             "I Algemeen: Inleiding (nothing), the two general recommendations answered by italic run-in themes in "
             "the order 2, 1: 2 partly (ten yearly instalments for incomes up to 120 % of the minimum, but 1.5 % "
             "interest, not interest-free); 1 disagrees ('Dat doen wij niet', the term stays three years to 31 "
             "December 2029); Financiële gevolgen (figures, nothing). II Artikelsgewijs by the NEW article numbers: "
             "artikel 1 (nothing); 3.2 = 3 agrees (three experts, one appointed by the erfpachter); 4.1 = 4 noted "
             "('in overweging genomen', to be calculated, back at the 2029 evaluation); 5.4 (unchanged, nothing); "
             "6.3 '(in het ontwerp: artikel 7.2)' = 5 agrees (two registered reminders, copy to the mortgage holder); "
             "8.1 '(in het ontwerp: artikel 9.1)' = 6 agrees (municipality pays the notary for applications before "
             "1 January 2030); artikel 13 (nothing). 7 (hardheidsclausule, article 11 of the draft) is not answered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
