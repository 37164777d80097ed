"""Round 65 (EN): a WAITANGI TRIBUNAL REPORT on a historical claim (genre of the New Zealand Waitangi Tribunal's
district and claim reports under the Treaty of Waitangi Act 1975) and the CROWN RESPONSE, a letter from two
Ministers to the Tribunal's presiding officer under subject headings.
Advice: Waitangi Tribunal, 'The Te Awaroa Inlet Report' (Wai 3187), pre-publication version, B5 page, 3 p.:
a letter of transmittal paraphrasing the asks, numbered sections 1.1-4.4 (numbers set as headings), a table of
shellfish surveys, claimant submissions and a Crown concession quoted, the Tribunal's interim report quoted.
The seven recommendations stand in three forms: one bold 'We recommend that the Crown suspend ...' sentence
inside a paragraph of chapter 3 (number 1), five BULLETED items after the lead-in 'Accordingly, we recommend
that the Crown:' in section 4.3 (numbers 2-6, by position), and one bold 'We further recommend that the
Minister of Conservation ...' sentence at the end of a paragraph in 4.4 (number 7).
Response: letter from the Minister for Maori Crown Relations: Te Arawhiti and the Minister for Oceans and
Fisheries, subject headings in the order 2, 3+5, 4, 1, 6, plus 'Mandate' and 'Other inquiries in the district'
that answer nothing; 7 (apology) unanswered.
Traps: section 6(3) and 6(4A) of the Act paraphrased ('may recommend', 'shall not recommend the return'), the
principle of active protection ('the Crown must actively protect'), counsel's submission ('the Crown should
return the whole of the inlet'), the Crown's concession ('should have consulted'), the interim report's
recommendation quoted, 'We do not recommend the return of private land', the transmittal letter's summary.
reportlab platypus, cleaned Liberation Serif/Sans; invariant=1. All names, bodies, people, places and figures
are invented (Te Awaroa, Ngati Parewai, Wai 3187); the Treaty of Waitangi Act 1975 and the Resource Management
Act 1991 are real, but what is said about them is not to be relied on.

Run:  /tmp/blind65en/bin/python tests/docs/src/blind65/gen_en_waitangi_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b65en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether, PageBreak

NAME = "blind65_en_waitangi"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

B5 = (176 * mm, 250 * mm)
OCHRE = colors.HexColor("#7a3b12")
BODY = ParagraphStyle("b", fontName="SR", fontSize=10, leading=13.4, spaceAfter=5, alignment=4)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=8 * mm, rightIndent=6 * mm, fontSize=9.4, leading=12.4)
BUL = ParagraphStyle("bu", parent=BODY, leftIndent=7 * mm, bulletIndent=1.5 * mm, bulletFontName="SR",
                     spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=15, textColor=OCHRE, spaceBefore=9, spaceAfter=5)
H2 = ParagraphStyle("h2", fontName="SRB", fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3)
TIT = ParagraphStyle("tit", fontName="LSB", fontSize=17, leading=21, textColor=OCHRE, spaceAfter=3)
SUB = ParagraphStyle("sub", fontName="LS", fontSize=9, leading=12, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.6, leading=10.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
LET = ParagraphStyle("let", fontName="SR", fontSize=10.8, leading=14.3, spaceAfter=7)
LH = ParagraphStyle("lh", fontName="LSB", fontSize=11, leading=14, spaceBefore=5, spaceAfter=4,
                    textColor=colors.HexColor("#1f3d5c"))

REC1 = ("We recommend that the Crown suspend the processing of any new coastal permit for marine farming in the "
        "inner inlet until the negotiations recommended in chapter 4 have concluded.")
BULLETS = [
    "enter without delay into negotiations with the claimants' mandated representatives for the transfer to "
    "Ngāti Parewai of the Crown-owned seabed of the inner inlet;",
    "establish, with the claimants, a joint management committee for the inlet fisheries, with equal Crown "
    "and hapū membership and a shared chair;",
    "provide funding of $4.5 million over five years to restore the shellfish beds at Pipiroa Point, the "
    "restoration to be led by the hapū;",
    "recognise the claimants' customary fishing rights in the inner inlet by declaring a mātaitai reserve "
    "over the Pipiroa and Kōtuku banks; and",
    "meet the claimants' reasonable costs of preparing for negotiations, including historical and tikanga "
    "research.",
]
REC7 = ("We further recommend that the Minister of Conservation apologise publicly to Ngāti Parewai for the "
        "destruction of the Pipiroa urupā during the 1968 causeway works.")


def P(t, s=BODY):
    return Paragraph(t, s)


def deco_adv(c, doc):
    c.saveState()
    w, h = B5
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        if doc.page % 2 == 0:
            c.drawString(18 * mm, h - 12 * mm, "%d" % doc.page)
            c.drawCentredString(w / 2, h - 12 * mm, "The Te Awaroa Inlet Report")
        else:
            c.drawRightString(w - 18 * mm, h - 12 * mm, "%d" % doc.page)
            c.drawCentredString(w / 2, h - 12 * mm, "Pre-publication version  |  Wai 3187")
    c.restoreState()


def deco_rsp(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(colors.HexColor("#1f3d5c"))
        c.setFont("LSB", 10)
        c.drawCentredString(105 * mm, 282 * mm, "Office of the Minister for Maori Crown Relations: Te Arawhiti")
        c.drawCentredString(105 * mm, 277 * mm, "Office of the Minister for Oceans and Fisheries")
        c.setStrokeColor(colors.HexColor("#1f3d5c"))
        c.line(22 * mm, 273 * mm, 188 * mm, 273 * mm)
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawCentredString(105 * mm, 11 * mm, "Private Bag 18041, Parliament Buildings, Wellington 6160  |  %d"
                        % doc.page)
    c.restoreState()


def advice(path):
    s = [P("WAITANGI TRIBUNAL", SUB),
         P("The Te Awaroa Inlet Report", TIT),
         P("Wai 3187  |  Pre-publication version  |  Waitangi Tribunal Report 2026", SUB),
         Spacer(1, 6),
         P("Letter of transmittal", H1),
         P("The Honourable Minister for Maori Crown Relations: Te Arawhiti<br/>The Honourable Minister for "
           "Oceans and Fisheries<br/>The Honourable Minister of Conservation<br/>Parliament Buildings, "
           "Wellington", ParagraphStyle("addr", parent=BODY, alignment=0)),
         P("E nga Minita, tena koutou. We enclose our report on the claim brought by Ngāti Parewai concerning "
           "Te Awaroa Inlet, its fisheries and the causeway built across its mouth in 1968. We have found the "
           "claim to be well-founded. In short, we ask the Crown to return the inner seabed, to share the "
           "management of the fishery and to restore the shellfish beds. Our recommendations are set out in "
           "chapter 4, with one urgent recommendation in chapter 3."),
         P("Naku noa, na<br/>Judge Miriama Te Hau, Presiding Officer<br/>14 January 2026",
           ParagraphStyle("sig", parent=BODY, alignment=0)),
         P("1. Introduction", H1),
         P("1.1 The claim", H2),
         P("The Wai 3187 claim was filed in 2019 by Hohepa Tautahi and Mere Kereama on behalf of Ngāti Parewai, "
           "the hapū whose rohe includes the inner waters of Te Awaroa Inlet. The claimants allege that the "
           "Crown failed to protect their fisheries and their access to the inlet, in breach of the principles "
           "of the Treaty of Waitangi."),
         P("1.2 Our jurisdiction", H2),
         P("Under section 6 of the Treaty of Waitangi Act 1975 the Tribunal inquires into claims that Māori have "
           "been prejudicially affected by Crown acts or omissions. If it finds a claim well-founded, it may "
           "recommend to the Crown that action be taken to compensate for or remove the prejudice. Section "
           "6(4A) provides that the Tribunal shall not recommend the return to Māori ownership of any private "
           "land."),
         P("2. Treaty principles", H1),
         P("The principles relevant to this claim are well established. The Crown must actively protect Māori "
           "in the use of their lands, waters and other taonga to the fullest extent practicable, and the Crown "
           "and Māori must act towards each other reasonably and in good faith. Where a breach has caused "
           "prejudice, the Crown has a duty to provide redress."),
         P("3. The causeway and the fisheries", H1),
         P("3.1 The causeway", H2),
         P("In 1968 the Ministry of Works built a causeway across the mouth of the inner inlet to carry the "
           "coast road. The causeway cut tidal flow by about two-thirds, and the Pipiroa urupā was partly "
           "destroyed when fill was taken from the point. Ngāti Parewai were not consulted. Crown counsel "
           "accepted that 'the Crown should have consulted Ngāti Parewai before the causeway was built'."),
         P("3.2 The shellfish beds", H2),
         P("Surveys show that the pipi and tuangi beds of the inner inlet have declined sharply since the "
           "causeway was built (table 3.1)."),
         Table([[P("Survey", CELLB), P("Pipiroa Point, pipi per m2", CELLB), P("Kotuku Bank, tuangi per m2",
                                                                                 CELLB)],
                [P("1965 (Marine Department)", CELL), P("410", CELL), P("290", CELL)],
                [P("1988 (MAF Fisheries)", CELL), P("122", CELL), P("96", CELL)],
                [P("2012 (regional council)", CELL), P("37", CELL), P("41", CELL)],
                [P("2024 (claimants' survey)", CELL), P("9", CELL), P("18", CELL)]],
               colWidths=[52 * mm, 42 * mm, 42 * mm], hAlign="LEFT", style=[
                   ("LINEABOVE", (0, 0), (-1, 0), 0.8, OCHRE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, OCHRE),
                   ("LINEBELOW", (0, -1), (-1, -1), 0.8, OCHRE), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         P("Table 3.1: Shellfish surveys in the inner inlet, 1965-2024",
           ParagraphStyle("cap", parent=SUB, fontName="LSI", spaceBefore=2, spaceAfter=6)),
         P("In our Te Awaroa Interim Report of 2021 we recommended that 'the Crown should commission an "
           "independent survey of the shellfish beds before any new marine farm is approved'. No such survey "
           "has been commissioned."),
         P("3.3 Marine farming", H2),
         P("Four applications for coastal permits for mussel farming in the inner inlet are now before Te Awaroa "
           "Regional Council under the Resource Management Act 1991. The claimants told us that new farms would "
           "further reduce water quality over the remaining beds. On the evidence we heard, there is a real risk "
           "that the prejudice will deepen before it can be remedied. <b>" + REC1 + "</b> We make this "
           "recommendation now so that it can be acted on before our full report is published."),
         P("3.4 Conclusions", H2),
         P("We find that the Crown failed actively to protect the fisheries of Ngāti Parewai, and that the "
           "claimants have been prejudiced by that failure. The claim is well-founded."),
         P("4. Prejudice and recommendations", H1),
         P("4.1 The claimants' submissions", H2),
         P("Counsel for the claimants submitted that the Crown should return the whole of the inlet, including "
           "the farmland reclaimed behind the causeway, which is now in private ownership. We do not recommend "
           "the return of private land, which section 6(4A) of the Act does not allow."),
         P("4.2 The nature of the prejudice", H2),
         P("The prejudice is both economic and cultural. The hapū lost a food source that fed its families and "
           "guests for generations, and lost the authority to manage the inlet according to its own tikanga. "
           "Any remedy must address both."),
         P("4.3 Our recommendations", H2),
         P("Accordingly, we recommend that the Crown:")]
    s += [Paragraph(t, BUL, bulletText="\u2022") for t in BULLETS]
    s += [P("4.4 Other matters", H2),
          P("The destruction of the urupā has caused lasting hurt. Many of the witnesses who spoke of it were "
            "children when the fill was taken, and some remember the bones that were uncovered. <b>" + REC7 +
            "</b>"),
          P("We thank the claimants, the Crown and the Te Awaroa Regional Council for the way in which they "
            "took part in this inquiry."),
          Spacer(1, 4),
          P("Dated at Wellington this 14th day of January 2026", ParagraphStyle("dt", parent=BODY,
                                                                                fontName="SRI"))]
    d = SimpleDocTemplate(path, pagesize=B5, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=16 * mm, invariant=1, title="The Te Awaroa Inlet Report",
                          author="Waitangi Tribunal")
    d.build(s, onFirstPage=deco_adv, onLaterPages=deco_adv)


def response(path):
    L = lambda t: P(t, LET)
    Hd = lambda t: P(t, LH)
    s = [Spacer(1, 10),
         L("3 June 2026"),
         L("Judge Miriama Te Hau<br/>Presiding Officer, Wai 3187<br/>Waitangi Tribunal<br/>Wellington"),
         L("Tena koe Judge Te Hau"),
         L("<b>Crown response to the Te Awaroa Inlet Report (Wai 3187)</b>"),
         L("We write on behalf of the Crown in response to the Tribunal's report, which was received on 14 "
           "January 2026. The Crown acknowledges the Tribunal's finding that the claim is well-founded, and "
           "Cabinet has considered the report and agreed the responses below."),
         Hd("Negotiations for the inner seabed"),
         L("The Crown will enter negotiations with Ngāti Parewai for the transfer of the Crown-owned seabed of "
           "the inner inlet. Te Arawhiti has been directed to begin pre-negotiation discussions in July, and "
           "Cabinet has agreed that the seabed will be included in the redress to be negotiated."),
         Hd("Fisheries management"),
         L("The Minister for Oceans and Fisheries will declare a mātaitai reserve over the Pipiroa and Kōtuku "
           "banks once the statutory notification is complete, which is expected before the end of the year. "
           "On the management of the inlet fisheries, the Crown will set up a Te Awaroa Fisheries Advisory "
           "Committee with hapū and Crown members. The Crown does not agree that the committee should have "
           "equal membership and a shared chair: it will advise the Minister, who will remain responsible for "
           "sustainability decisions under the Fisheries Act 1996."),
         Hd("Restoration of the shellfish beds"),
         L("The Crown supports restoration of the beds at Pipiroa Point, led by the hapū. It will provide $2 "
           "million over three years from the Jobs for Nature programme, and will decide on further funding "
           "when the first results are known, rather than committing the full amount now."),
         Hd("New marine farms"),
         L("The Crown will not seek a moratorium on new coastal permits in the inlet. Decisions on the four "
           "applications rest with Te Awaroa Regional Council, which must already have regard to the effects "
           "on customary fishing, and the Crown does not consider that intervening in those decisions would "
           "be appropriate."),
         Hd("Costs of preparing for negotiations"),
         L("Claimant funding is provided under the Te Arawhiti claimant funding policy once a mandate has been "
           "recognised. The Crown notes the Tribunal's view on research costs and will consider the request in "
           "that process."),
         Hd("Mandate"),
         L("Te Arawhiti will meet the claimants in July to discuss how Ngāti Parewai wish to mandate their "
           "negotiators, and will fund independent advice on the mandate process."),
         Hd("Other inquiries in the district"),
         L("The Crown is also preparing its evidence for the Tribunal's Tai Rawhiti district inquiry, in which "
           "hearing weeks are set down for 2027."),
         L("Officials from Te Arawhiti are available to brief the Tribunal or the claimants on any part of this "
           "response."),
         L("Naku noa, na"),
         Spacer(1, 8),
         L("Hon Tamati Rewiri<br/>Minister for Maori Crown Relations: Te Arawhiti"),
         L("Hon Claire Ashdown<br/>Minister for Oceans and Fisheries"),
         L("Copy: Minister of Conservation; Counsel for the claimants")]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=30 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Crown response - Wai 3187",
                          author="Te Arawhiti")
    d.build(s, onFirstPage=deco_rsp, onLaterPages=deco_rsp)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    b = lambda k, n=10: " ".join(BULLETS[k - 2].split()[:n])
    recs = [
        {"number": "1", "starts_with": " ".join(REC1.split()[:11]),
         "reply_contains": "The Crown will not seek a moratorium on new coastal permits",
         "verdict": "disagrees"},
        {"number": "2", "starts_with": b(2),
         "reply_contains": "Te Arawhiti has been directed to begin pre-negotiation discussions in July",
         "verdict": "agrees"},
        {"number": "3", "starts_with": b(3),
         "reply_contains": "does not agree that the committee should have equal membership",
         "verdict": "partly"},
        {"number": "4", "starts_with": b(4),
         "reply_contains": "It will provide $2 million over three years",
         "verdict": "partly"},
        {"number": "5", "starts_with": b(5, 11),
         "reply_contains": "once the statutory notification is complete, which is expected",
         "verdict": "agrees"},
        {"number": "6", "starts_with": b(6),
         "reply_contains": "notes the Tribunal's view on research costs",
         "verdict": "noted"},
        {"number": "7", "starts_with": " ".join(REC7.split()[:10]), "reply_contains": None,
         "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "Cabinet has considered the report and agreed the responses below",
        "wish to mandate their negotiators, and will fund independent advice",
        "hearing weeks are set down for 2027",
        "available to brief the Tribunal or the claimants",
    ], "Advice: a Waitangi Tribunal claim report (New Zealand genre), B5 pages, pre-publication version: a letter "
       "of transmittal that paraphrases the asks ('In short, we ask the Crown to return the inner seabed ...'), "
       "numbered sections 1.1-4.4 as headings, table 3.1 of shellfish surveys. The seven recommendations are "
       "unnumbered and stand in three forms, numbered here by position: 1 a bold 'We recommend that the Crown "
       "suspend ...' sentence inside a paragraph of section 3.3 (an urgent recommendation, before the others); "
       "2-6 BULLETED items after the lead-in 'Accordingly, we recommend that the Crown:' in section 4.3 (the "
       "starts_with is the item's own text); 7 a bold 'We further recommend that the Minister of Conservation "
       "...' sentence closing a paragraph in 4.4. Traps: section 6(3) and 6(4A) paraphrased ('may recommend', "
       "'shall not recommend the return'), 'The Crown must actively protect', the Crown's concession quoted "
       "('should have consulted'), the 2021 interim report's recommendation quoted ('the Crown should commission "
       "an independent survey'), counsel's submission ('the Crown should return the whole of the inlet'), 'We do "
       "not recommend the return of private land'. Response: a letter of two Ministers with subject headings and "
       "no numbers, in the order 2, 3+5, 4, 1, 6: 2 negotiations directed (agrees); ONE section 'Fisheries "
       "management': 5 the mataitai reserve will be declared (agrees) + 3 an advisory committee, not equal "
       "membership and a shared chair (partly); 4 $2 million over three years instead of $4.5 million over "
       "five (partly); 1 'will not seek a moratorium', a matter for the regional council (disagrees); 6 'notes "
       "the Tribunal's view ... will consider the request' (noted); 7 (the Minister of Conservation's apology) "
       "unanswered. Unmatched: the introduction, 'Mandate', 'Other inquiries in the district' and the closing "
       "offer of a briefing.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
