"""Round 71 (EN): a New Zealand MINISTERIAL REVIEW PANEL REPORT (genre of the independent reviews a minister
commissions: key messages, terms of reference lettered (a)-(d), findings in paragraphs numbered by section, and at
the end of each section a lead-in 'We recommend that:' over items numbered 1-7 through the report) answered by a
CABINET MINUTE OF DECISION (genre of the NZ Cabinet Office: the 'Cabinet' masthead, 'Minute of Decision', the
confidentiality notice, a CAB-..-MIN reference, 'Portfolio', 'On <date>, following reference from the ... Committee,
Cabinet:' and numbered paragraphs under headings, each opening with a past-tense verb: noted / agreed / agreed not
to / invited / authorised; the Secretary of the Cabinet's name and the distribution list).
Advice: Independent Review of Public Warning Systems, 'Report of the Review Panel to the Minister for Emergency
Management and Recovery', November 2025, A4, 3 p.
Response: Cabinet Minute of Decision CAB-26-MIN-0087, 'Independent Review of Public Warning Systems: Government
Response', 9 March 2026, 2 p.; order 5, 3, 1, 2+7 (one paragraph), 6; 4 (siren fund) is not answered.
reportlab platypus, cleaned Liberation Sans (report) and Liberation Serif (minute), invariant=1, page furniture on
the canvas. The Civil Defence Emergency Management Act 2002 and the Official Information Act 1982 are real (what is
said of them here is not to be relied on); the Panel, its members, the Bill, the Minister, the Secretary of the
Cabinet, the figures and the quotations are invented.

Run:  /tmp/blind71en/bin/python tests/docs/src/blind71/gen_en_cabinet_minute_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b71en as H

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind71_en_cabinet_minute"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

TEAL = colors.Color(0.0, 0.36, 0.40)
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.6, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=17, textColor=TEAL, spaceBefore=8, spaceAfter=5,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=3)
SM = ParagraphStyle("sm", fontName="LS", fontSize=8.8, leading=11)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
LEAD = ParagraphStyle("lead", parent=BODY, fontName="LSB", keepWithNext=1)
KM = ParagraphStyle("km", parent=BODY, leftIndent=12, bulletIndent=2)

SBODY = ParagraphStyle("sb", fontName="SR", fontSize=11, leading=14.5, spaceAfter=6)
SH = ParagraphStyle("sh", fontName="SRB", fontSize=11, leading=14.5, spaceBefore=6, spaceAfter=4, keepWithNext=1)
SSM = ParagraphStyle("ssm", fontName="SR", fontSize=9.5, leading=12)

RECS = [
    "the Government amend the Civil Defence Emergency Management Act 2002 to give the Director of Civil Defence "
    "Emergency Management an explicit power to issue public warnings, for any hazard, at the national level;",
    "the National Emergency Management Agency establish a national warning centre, staffed 24 hours a day, that "
    "is separate from the National Crisis Management Centre;",
    "every CDEM Group test each of its public warning channels at least twice a year and publish the results of "
    "each test on its website;",
    "the Government establish a contestable fund of $40 million over four years for the replacement of coastal "
    "tsunami sirens that have reached the end of their working life;",
    "public warnings issued through Emergency Mobile Alert be available in English, in te reo Māori and in New "
    "Zealand Sign Language, with translations into at least five other languages;",
    "the Government introduce a levy on telecommunications network operators to meet the cost of operating the "
    "Emergency Mobile Alert system;",
    "the National Emergency Management Agency develop a national training and accreditation programme for "
    "warning officers in CDEM Groups, to be in place by 1 July 2027.",
]


def P(t, s=BODY, bullet=None):
    return Paragraph(t, s, bulletText=bullet)


def num(n, t, style=BODY, w=11 * mm, after=None):
    """A paragraph with a hanging number (a two-cell table, so no spaces are needed)."""
    tb = Table([[P(n, style), P(t, style)]], colWidths=[w, None])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def recs(*ks):
    out = [P("We recommend that:", LEAD)]
    for k in ks:
        out.append(num("%d." % k, RECS[k - 1], BODY, w=9 * mm))
        out.append(Spacer(1, 3))
    return out


def adv_page(canv, doc):
    canv.saveState()
    canv.setFont("LS", 8)
    canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
    if doc.page > 1:
        canv.drawString(20 * mm, A4[1] - 12 * mm, "Independent Review of Public Warning Systems - Report of the "
                        "Review Panel")
    canv.drawRightString(A4[0] - 20 * mm, 12 * mm, "%d" % doc.page)
    canv.restoreState()


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="Independent Review of Public Warning Systems",
                            author="Review Panel")
    title = Table([[P("<font color='white' size='9'>INDEPENDENT REVIEW OF PUBLIC WARNING SYSTEMS</font>", SM)],
                   [P("<font color='white' size='17'><b>Getting the word out</b></font>",
                      ParagraphStyle("t", fontName="LS", fontSize=17, leading=21))],
                   [P("<font color='white' size='10'>Report of the Review Panel to the Minister for Emergency "
                      "Management and Recovery  |  November 2025</font>",
                      ParagraphStyle("t2", fontName="LS", fontSize=10, leading=13))]],
                  colWidths=[170 * mm])
    title.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                               ("TOPPADDING", (0, 0), (0, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 9)]))
    s = [title, Spacer(1, 8),
         P("Key messages", H1),
         P("Warnings must reach people faster, through more than one channel, and in a form they can act "
           "on.", KM, bullet="\u2022"),
         P("Nobody is clearly responsible in law for issuing a national warning. We make seven "
           "recommendations, the most important of which is a clear legal mandate for the Director.", KM,
           bullet="\u2022"),
         P("Sirens still matter in some coastal communities, but councils cannot replace them alone.", KM,
           bullet="\u2022"),
         P("1  Introduction", H1),
         num("1.1", "The Minister appointed the Panel in March 2025 following the delayed warnings issued during "
             "the Kaiwhenua River flood of 4 February 2025. Our terms of reference asked us to:"),
         num("", "(a)  assess how public warnings were issued during five recent events;"),
         num("", "(b)  identify gaps in the legal framework for issuing warnings;"),
         num("", "(c)  consider the channels used to warn the public, including sirens; and"),
         num("", "(d)  recommend improvements, with their likely costs."),
         Spacer(1, 4),
         num("1.2", "We met 14 of the 16 CDEM Groups, the telecommunications network operators, iwi and disability "
             "organisations, and received 61 written submissions."),
         P("2  What we found", H1),
         num("2.1", "The Civil Defence Emergency Management Act 2002 requires every CDEM Group to maintain "
             "arrangements for warning the public, and provides that the Group must ensure that those "
             "arrangements are tested. It does not say who may issue a warning that covers more than one region."),
         num("2.2", "The time taken to issue the first public warning varied widely between the events we "
             "examined (Table 1)."),
    ]
    tb = Table([[P("<b>Event</b>", SMB), P("<b>Hazard</b>", SMB), P("<b>Minutes to first public warning</b>", SMB),
                 P("<b>Channels used</b>", SMB)],
                [P("Kaiwhenua River, Feb 2025", SM), P("Flood", SM), P("94", SM), P("EMA, radio", SM)],
                [P("East Cape, Aug 2024", SM), P("Tsunami", SM), P("17", SM), P("EMA, sirens, radio", SM)],
                [P("Matariki Hills, Jan 2024", SM), P("Wildfire", SM), P("41", SM), P("Social media", SM)],
                [P("Port Aramoana, Jun 2023", SM), P("Chemical", SM), P("63", SM), P("Loudhailer, EMA", SM)],
                [P("Te Koru Valley, Mar 2023", SM), P("Landslide", SM), P("128", SM), P("Door to door", SM)]],
               colWidths=[50 * mm, 28 * mm, 44 * mm, 44 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.92, 0.92)),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [tb, P("<i>Table 1: Time to first public warning in five events examined by the Panel</i>",
                ParagraphStyle("cap", parent=SM, spaceBefore=3, spaceAfter=8)),
          num("2.3", "In 2018 a Technical Advisory Group recommended that \"a nationally consistent warning system "
              "should be established, with a single point of accountability\". A common alerting standard was "
              "adopted in 2020, but the question of accountability was never resolved."),
          num("2.4", "Several councils told us that the Government should pay for the replacement of sirens, "
              "which many of them can no longer maintain. Others told us that sirens should be retired "
              "altogether. We do not agree with the second view."),
          P("3  Mandate and leadership", H1),
          num("3.1", "In the Kaiwhenua flood, three agencies each waited for another to issue the warning. A "
              "national warning function needs both a clear legal basis and people on duty at every hour."),
          *recs(1, 2),
          P("4  Warning channels", H1),
          num("4.1", "Emergency Mobile Alert reached 91 per cent of phones in the warned areas, but many people "
              "did not understand the messages. Sirens remain the only warning that reaches people who are "
              "asleep or at the beach without a phone."),
          *recs(3, 4, 5),
          P("5  People and capability", H1),
          num("5.1", "The cost of Emergency Mobile Alert is about $2.1 million a year. Warning officers in most "
              "Groups issue a real warning less than once a year and have no common training."),
          *recs(6, 7),
          P("6  Matters outside our terms of reference", H1),
          num("6.1", "Submitters also told us that the location information passed to 111 call takers should be "
              "more precise. We make no recommendation on this, which is being considered by the Ministry of "
              "Business, Innovation and Employment."),
          Spacer(1, 8),
          Table([[P("Dr Miriama Kereama<br/>Chair", SM), P("Alistair Boyd<br/>Member", SM),
                  P("Hon. Judith Lowe<br/>Member", SM)]], colWidths=[56 * mm, 56 * mm, 56 * mm], hAlign="LEFT")]
    doc.build(s, onFirstPage=adv_page, onLaterPages=adv_page)


def min_page(canv, doc):
    canv.saveState()
    canv.setFont("SRB", 9)
    canv.drawString(22 * mm, A4[1] - 12 * mm, "IN CONFIDENCE")
    canv.drawRightString(A4[0] - 22 * mm, A4[1] - 12 * mm, "CAB-26-MIN-0087")
    canv.drawCentredString(A4[0] / 2, 11 * mm, "IN CONFIDENCE")
    canv.setFont("SR", 9)
    canv.drawRightString(A4[0] - 22 * mm, 11 * mm, "%d" % doc.page)
    canv.restoreState()


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="CAB-26-MIN-0087", author="Cabinet Office")
    C = lambda t, st: P(t, st)
    s = [C("Cabinet", ParagraphStyle("cab", fontName="SRB", fontSize=22, leading=26, alignment=1)),
         Spacer(1, 2),
         C("Minute of Decision", ParagraphStyle("mod", fontName="SR", fontSize=14, leading=18, alignment=1)),
         Spacer(1, 8)]
    box = Table([[P("This document contains information for the New Zealand Cabinet. It must be treated in "
                    "confidence and handled in accordance with any security classification, or other endorsement. "
                    "The information can only be released, including under the Official Information Act 1982, by "
                    "persons with the appropriate authority.", ParagraphStyle("cf", parent=SSM, alignment=4))]],
                colWidths=[166 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [box, Spacer(1, 10),
          C("<b>Independent Review of Public Warning Systems: Government Response</b>",
            ParagraphStyle("tt", fontName="SRB", fontSize=12.5, leading=16, spaceAfter=8)),
          Table([[P("<b>Portfolio</b>", SBODY), P("Emergency Management and Recovery", SBODY)]],
                colWidths=[36 * mm, 130 * mm], hAlign="LEFT",
                style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
          Spacer(1, 6),
          P("On 9 March 2026, following reference from the Cabinet External Relations and Security Committee, "
            "Cabinet:", SBODY),
          P("Background", SH)]
    n = [0]

    def para(t):
        n[0] += 1
        s.append(num("%d" % n[0], t, SBODY, w=10 * mm))
        s.append(Spacer(1, 2))
    para("<b>noted</b> that in March 2025 the Minister for Emergency Management and Recovery appointed an "
         "independent panel to review the way public warnings are issued, following the Kaiwhenua River flood;")
    para("<b>noted</b> that the Panel's report, <i>Getting the word out</i>, was received in November 2025 and "
         "contains seven recommendations;")
    s.append(P("Warning channels", SH))
    para("<b>agreed</b> that, from 1 December 2026, every Emergency Mobile Alert be issued in English and te reo "
         "Māori with a link to a New Zealand Sign Language video, and that translations into the five most "
         "widely spoken community languages be published online within 30 minutes of each alert;")
    para("<b>noted</b> that the testing of local warning channels is the responsibility of CDEM Groups under the "
         "Civil Defence Emergency Management Act 2002, and <b>invited</b> the Minister for Emergency Management "
         "and Recovery to write to the chairs of the Groups drawing their attention to the Panel's findings on "
         "testing;")
    s.append(P("Mandate for national warnings", SH))
    para("<b>agreed</b> that the Emergency Management Bill be amended by Supplementary Order Paper to give the "
         "Director of Civil Defence Emergency Management an express power to issue a public warning for any "
         "hazard affecting more than one region;")
    para("<b>invited</b> the Minister for Emergency Management and Recovery to issue drafting instructions to the "
         "Parliamentary Counsel Office to give effect to the decision in paragraph 5;")
    s.append(P("National warning function and capability", SH))
    para("<b>agreed</b> that a national warning function, staffed 24 hours a day, be established within the "
         "existing National Crisis Management Centre rather than as a separate centre, and that the National "
         "Emergency Management Agency develop a training and accreditation programme for CDEM Group warning "
         "officers to be in place by 1 July 2027;")
    s.append(P("Funding", SH))
    para("<b>agreed not</b> to introduce a levy on telecommunications network operators, and that the operating "
         "costs of Emergency Mobile Alert continue to be met from Vote Emergency Management;")
    para("<b>noted</b> that the cost of the decisions in paragraphs 3 and 7, estimated at $6.4 million over the "
         "forecast period, will be met from within existing baselines;")
    s.append(P("Publication", SH))
    para("<b>agreed</b> that the Panel's report and this Government response be published on the website of the "
         "National Emergency Management Agency, with any redactions consistent with the Official Information Act "
         "1982;")
    para("<b>authorised</b> the Minister for Emergency Management and Recovery to make minor and technical "
         "changes to the response before publication.")
    s += [Spacer(1, 14),
          P("Rachel Hayward<br/>Secretary of the Cabinet", SBODY), Spacer(1, 10),
          KeepTogether([P("<b>Hard-copy distribution:</b>", SSM),
                        P("Prime Minister<br/>Deputy Prime Minister<br/>Minister of Finance<br/>Minister for "
                          "Emergency Management and Recovery<br/>Minister for Media and Communications<br/>Chief "
                          "Executive, National Emergency Management Agency", SSM)])]
    doc.build(s, onFirstPage=min_page, onLaterPages=min_page)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "be amended by Supplementary Order Paper to give the Director", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "existing National Crisis Management Centre rather than as a separate centre",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "drawing their attention to the Panel's findings on testing", "verdict": "noted"},
        {"number": "4", "starts_with": sw(4), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "every Emergency Mobile Alert be issued in English and te reo", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "agreed not to introduce a levy on telecommunications network operators",
         "verdict": "disagrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "develop a training and accreditation programme for CDEM Group warning officers",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "appointed an independent panel to review the way public warnings are issued",
        "estimated at $6.4 million over the forecast period",
        "be published on the website of the National Emergency Management Agency",
    ], "Advice: a New Zealand ministerial review panel's report (a teal title band, 'Key messages' bullets, "
       "sections 1-6 with paragraphs numbered 1.1-6.1 hanging in a margin column). The seven recommendations are "
       "items numbered 1.-7. through the report, in three lists each under a bold lead-in 'We recommend that:' "
       "at the end of sections 3, 4 and 5 (1-2, 3-5, 6-7); each item is the rest of that sentence ('the "
       "Government amend ...;', 'every CDEM Group test ...;'). Traps: the key messages ('Warnings must reach "
       "people faster', 'We make seven recommendations, the most important of which ...'), the terms of "
       "reference (a)-(d) ('recommend improvements, with their likely costs'), the Act ('the Group must ensure "
       "that those arrangements are tested'), Table 1, the 2018 Technical Advisory Group's recommendation quoted "
       "('should be established'), councils' views ('the Government should pay ...', 'sirens should be "
       "retired'), and section 6 'Matters outside our terms of reference' ('should be more precise. We make no "
       "recommendation on this'). Response: a Cabinet Minute of Decision (masthead 'Cabinet', 'Minute of "
       "Decision', confidentiality box, CAB-26-MIN-0087, 'On 9 March 2026, following reference from ... "
       "Cabinet:'), paragraphs 1-11 of its own, each opening with a bold past-tense verb (noted / agreed / agreed "
       "not / invited / authorised) under headings; never a recommendation number; order 5, 3, 1, 2+7, 6: 3 "
       "alerts in English and te reo Māori with an NZSL video link and five community languages online (5 "
       "agrees); 4 'noted that the testing ... is the responsibility of CDEM Groups' and 'invited the Minister "
       "... to write to the chairs' (3 noted); 5 Supplementary Order Paper giving the Director an express power "
       "(1 agrees), 6 drafting instructions (the same reply); 7 ONE paragraph: a national warning function 'within "
       "the existing National Crisis Management Centre rather than as a separate centre' (2 partly) and a "
       "training and accreditation programme by 1 July 2027 (7 agrees); 8 'agreed not to introduce a levy' (6 "
       "disagrees); the siren fund (4) is not answered. Unmatched: Background 1-2, paragraph 9 (cost within "
       "baselines), Publication 10-11, the Secretary of the Cabinet and the distribution list.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
