"""Round 45 (EN): a UK-style annual report of the Independent Reviewer of Terrorism Legislation ('The Terrorism
Acts in 2024', excerpt: cover, chapter 4 on Schedule 7 port examinations, chapter 7 on pre-charge detention and
TPIMs, and chapter 10 'Recommendations' with paragraphs 10.1-10.8), where each recommendation is made first inside
a numbered chapter paragraph ('I recommend that ...' / '... should ...') and then repeated, in a different wording
opening, in chapter 10; answered by the Home Office's Government response command paper (by theme, other order,
each recommendation quoted in italics before the reply, one reply covering two recommendations, a section on the
Reviewer's reappointment). reportlab platypus, A4, cleaned Liberation Serif/Sans, running header and folio drawn on
the canvas. All content (reviewer, people, figures, command paper numbers) is invented.

Run:  /tmp/blind45en/bin/python tests/docs/src/blind45/gen_en_terror_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b45en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)

NAME = "blind45_en_terror"
for nm, f in (("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
              ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf"),
              ("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRBI")
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LS", boldItalic="LSB")

BODY = ParagraphStyle("b", fontName="LR", fontSize=11.5, leading=15.5, spaceAfter=7, alignment=4)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=14, leading=18, spaceBefore=6, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="LR", fontSize=9.5, leading=12)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=12 * mm, rightIndent=8 * mm, fontSize=10.5, leading=14)

# chapter-10 wording (the labelled recommendations)
R = {1: "The Home Office should amend the Schedule 7 Code of Practice so that examining officers record the "
        "reason for selecting a person before the examination begins, and not afterwards.",
     2: "Counter Terrorism Policing should publish each year the number of Schedule 7 examinations broken down "
        "by port and by the self-defined ethnicity of the person examined.",
     3: "Copies of the contents of digital devices taken during a Schedule 7 examination should be deleted "
        "within 30 days, unless a superintendent authorises longer retention for a stated purpose.",
     4: "Parliament should be invited to reduce the maximum period of pre-charge detention under Schedule 8 "
        "from 14 days to 7 days.",
     5: "The Home Office should commission an independent evaluation of the effect of the TPIM relocation "
        "measure on the persons relocated and on the receiving police forces.",
     6: "Every person subject to a TPIM notice should be offered a specialist mentor from the first week of "
        "the notice, funded by the Home Office.",
     7: "The Crown Prosecution Service should publish guidance on when a child suspected of a terrorism "
        "offence will be diverted from prosecution.",
     8: "The Home Secretary should lay each annual report of the Independent Reviewer before Parliament within "
        "two months of receiving it."}


def deco(head, first_plain=True):
    def draw(c, doc):
        c.saveState()
        if not (first_plain and doc.page == 1):
            c.setFont("LS", 8.5)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(22 * mm, A4[1] - 13 * mm, head)
            c.setLineWidth(0.3)
            c.line(22 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
            c.setFont("LS", 9.5)
            c.drawCentredString(A4[0] / 2, 11 * mm, str(doc.page))
        c.restoreState()
    return draw


def N(n, t, style=BODY):
    tb = Table([[Paragraph(n, BODY), Paragraph(t, style)]], colWidths=(14 * mm, 152 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="The Terrorism Acts in 2024")
    big = ParagraphStyle("big", fontName="LSB", fontSize=24, leading=30, spaceAfter=14)
    mid = ParagraphStyle("mid", fontName="LS", fontSize=12.5, leading=17, spaceAfter=10)
    s = [Spacer(1, 30 * mm),
         Paragraph("THE TERRORISM ACTS IN 2024", big),
         Paragraph("REPORT OF THE INDEPENDENT REVIEWER OF TERRORISM LEGISLATION ON THE OPERATION OF THE TERRORISM "
                   "ACTS 2000 AND 2006", mid),
         Spacer(1, 8 * mm),
         Paragraph("by", mid),
         Paragraph("ROWENA ACHESON-PYKE KC", ParagraphStyle("nm", parent=mid, fontName="LSB")),
         Paragraph("Independent Reviewer of Terrorism Legislation", mid),
         Spacer(1, 30 * mm),
         Paragraph("Presented to Parliament pursuant to Section 36(5) of the Terrorism Act 2006", mid),
         Paragraph("February 2026", mid),
         PageBreak(),
         Paragraph("4. PORT AND BORDER CONTROLS", H1),
         Paragraph("Examinations under Schedule 7", H2),
         N("4.1.", "Schedule 7 to the Terrorism Act 2000 allows an examining officer at a port to stop, question "
                   "and detain a person for up to six hours, without suspicion, for the purpose of determining "
                   "whether the person appears to be concerned in the commission, preparation or instigation of "
                   "acts of terrorism (paragraph 2(1)). It is the most frequently used of the counter-terrorism "
                   "powers."),
         N("4.2.", "The number of examinations continued to fall in 2024. Table 4.1 sets out the figures supplied "
                   "to me by Counter Terrorism Policing."),
         ]
    rows = [["", "2022", "2023", "2024"],
            ["Examinations (total)", "3,412", "2,947", "2,611"],
            ["of which detained after one hour", "612", "540", "466"],
            ["Devices copied (downloads)", "1,980", "1,744", "1,702"],
            ["Examinations at air ports", "2,203", "1,906", "1,688"],
            ["Examinations at sea ports and the rail terminal", "1,209", "1,041", "923"]]
    t = Table([[Paragraph(("<b>%s</b>" % c) if i == 0 else c, CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=(80 * mm, 24 * mm, 24 * mm, 24 * mm))
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [Paragraph("<b>Table 4.1: Schedule 7 examinations, Great Britain</b>",
                    ParagraphStyle("tc", parent=BODY, fontSize=10, alignment=0)), t, Spacer(1, 4 * mm),
          N("4.3.", "In his report on the Terrorism Acts in 2021, my predecessor recommended that \"the Home "
                    "Office should consider whether the Code of Practice gives sufficient guidance on the selection "
                    "of persons for examination\". The Home Office accepted that recommendation but told me that "
                    "the revised Code has not yet been laid."),
          Paragraph("Selection", H2),
          N("4.4.", "Officers told me that selection is often based on a combination of travel patterns and "
                    "intelligence, but in 19 of the 60 records I sampled the reason for selection was written up "
                    "after the examination had ended, and in six cases more than a day later. A record written "
                    "after the event cannot show that the selection was lawful. I recommend that the Code of "
                    "Practice be amended so that the reason for selecting a person is recorded before the "
                    "examination begins (see 10.1)."),
          N("4.5.", "There is a perception in some communities that Schedule 7 is used disproportionately against "
                    "people of particular ethnicities. Figures at national level are published, but not figures "
                    "for individual ports, which is where concern is felt most keenly. Publication by port and "
                    "by self-defined ethnicity is, in my view, the best answer to that perception (see 10.2)."),
          Paragraph("Digital downloads", H2),
          N("4.6.", "Paragraph 11A of Schedule 7 permits the copying of anything obtained during an examination, "
                    "and the retention of the copy for so long as is necessary for the purpose of determining "
                    "whether a person is a terrorist. In practice, copies of phone contents are kept for an average "
                    "of 14 months. Officers should not have to justify the retention of every photograph; but "
                    "the default should be deletion. Copies of device contents should be deleted within 30 days "
                    "unless a superintendent authorises longer retention (see 10.3)."),
          PageBreak(),
          Paragraph("7. ARREST, DETENTION AND TPIMS", H1),
          Paragraph("Pre-charge detention", H2),
          N("7.1.", "A person arrested under section 41 of the Terrorism Act 2000 may be detained without charge "
                    "for up to 14 days with judicial warrants of further detention. In 2024, 198 people were "
                    "arrested under section 41. Only three were held for more than seven days, and none for more "
                    "than 11 days."),
          N("7.2.", "Since 2011, no one has been held for the full 14 days. The power to hold a person for 14 "
                    "days without charge is an exceptional one and, in my view, the case for keeping it has not "
                    "been made out. I therefore recommend that the maximum period be reduced to 7 days, with an "
                    "emergency power to restore 14 days by order in exceptional circumstances (see 10.4)."),
          Paragraph("Terrorism Prevention and Investigation Measures", H2),
          N("7.3.", "Four TPIM notices were in force at the end of 2024, three of which included a relocation "
                    "measure requiring the subject to live in another part of the country. The Home Office has "
                    "never evaluated the effect of relocation, which is the most intrusive of the measures. The "
                    "Home Office should commission an independent evaluation (see 10.5)."),
          N("7.4.", "TPIM subjects are offered a mentor under the Desistance and Disengagement Programme, but on "
                    "average not until the eleventh week of the notice. Earlier engagement should improve the "
                    "prospects of disengagement (see 10.6)."),
          Paragraph("Children", H2),
          N("7.5.", "Thirty-one children were arrested for terrorism offences in 2024. The Youth Justice Board "
                    "told me that it is unclear when children will be diverted from prosecution, and that "
                    "practice differs between CPS areas. Guidance from the Crown Prosecution Service is needed "
                    "(see 10.7). I make no recommendation on the age of criminal responsibility, which is outside "
                    "my remit."),
          Paragraph("The timing of this report", H2),
          N("7.6.", "My report on the Terrorism Acts in 2023 was sent to the Home Secretary on 4 March 2025 and laid "
                    "before Parliament on 18 September 2025, more than six months later. Reports on the use of "
                    "exceptional powers lose much of their value when they are published late (see 10.8)."),
          Spacer(1, 3 * mm),
          Paragraph("10. RECOMMENDATIONS", H1),
          N("10.1.", R[1]),
          N("10.2.", R[2]),
          N("10.3.", R[3]),
          N("10.4.", R[4]),
          N("10.5.", R[5]),
          N("10.6.", R[6]),
          N("10.7.", R[7]),
          N("10.8.", R[8]),
          Spacer(1, 4 * mm),
          Paragraph("ROWENA ACHESON-PYKE KC<br/>Independent Reviewer of Terrorism Legislation<br/>February 2026",
                    ParagraphStyle("sg", parent=BODY, alignment=0))]
    d = deco("THE TERRORISM ACTS IN 2024")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="Government Response - The Terrorism Acts in 2024")
    T = ParagraphStyle("t", fontName="LSB", fontSize=15, leading=20, spaceAfter=8)
    Q = ParagraphStyle("q", parent=BODY, fontName="LRI", leftIndent=8 * mm, fontSize=11, leading=14.5)
    s = [Paragraph("The Government Response to the Annual Report on the Operation of the Terrorism Acts in 2024 by "
                   "the Independent Reviewer of Terrorism Legislation", T),
         Paragraph("Presented to Parliament by the Secretary of State for the Home Department by Command of His "
                   "Majesty", ParagraphStyle("p", parent=BODY, fontName="LS", fontSize=10)),
         Paragraph("June 2026 | CP 1466",
                   ParagraphStyle("p2", parent=BODY, fontName="LS", fontSize=10)),
         Spacer(1, 4 * mm),
         Paragraph("Introduction", H2),
         Paragraph("The Government is grateful to Rowena Acheson-Pyke KC for her report on the operation of the "
                   "Terrorism Acts in 2024, laid before Parliament on 9 April 2026. The Independent Reviewer's "
                   "scrutiny provides important reassurance to Parliament and the public that these exceptional "
                   "powers are used proportionately. This paper sets out the Government's response to the "
                   "recommendations in chapter 10 of the report, grouped by subject.", BODY),
         Paragraph("Pre-charge detention", H2),
         Paragraph("Recommendation 4: <i>reduce the maximum period of pre-charge detention to 7 days.</i>", Q),
         Paragraph("The Government has considered this recommendation carefully but does not accept it. The "
                   "rarity with which the longer periods are used shows that the judicial safeguards work; it "
                   "does not show that the power is unnecessary. Complex attack plots involving encrypted devices "
                   "and several suspects may require the full period, and a power that can only be restored by "
                   "order after an attack would come too late. The maximum will remain 14 days.", BODY),
         Paragraph("Schedule 7: selection and retention of data", H2),
         Paragraph("Recommendations 1 and 3: <i>record the reason for selection before the examination; delete "
                   "copied device contents within 30 days.</i>", Q),
         Paragraph("The Government accepts the first of these recommendations. The revised Schedule 7 Code of "
                   "Practice, on which we will consult this summer, will require the examining officer to record "
                   "the grounds for selection on the examination record before questioning starts. On the "
                   "retention of copied data, the Government agrees that retention should be limited and that "
                   "deletion should be the default, but a 30-day limit would not allow enough time for "
                   "the analysis of encrypted material. The revised Code will instead set a limit of six months, "
                   "extendable only with the authority of a superintendent.", BODY),
         Paragraph("Recommendation 2: <i>publish annual figures by port and by self-defined ethnicity.</i>", Q),
         Paragraph("This recommendation is directed to Counter Terrorism Policing, with whom the Home Office has "
                   "discussed it. Figures by self-defined ethnicity are already published at national level in "
                   "the Home Office's quarterly statistical release and will continue to be. Figures for "
                   "individual ports could, however, reveal the pattern of deployment of officers at smaller "
                   "ports, and Counter Terrorism Policing has concluded that they will not be published.", BODY),
         Paragraph("Terrorism Prevention and Investigation Measures", H2),
         Paragraph("Recommendation 6: <i>offer a specialist mentor from the first week of a TPIM notice.</i>", Q),
         Paragraph("Accepted. Since January 2026 every new TPIM subject has been offered a mentor under the "
                   "Desistance and Disengagement Programme within five working days of the notice being served, "
                   "and the Home Office meets the cost.", BODY),
         Paragraph("Recommendation 5: <i>commission an independent evaluation of the relocation measure.</i>", Q),
         Paragraph("The Government notes this recommendation. The small number of relocated subjects makes a "
                   "meaningful evaluation difficult, and the question of whether one can be carried out will be "
                   "considered as part of the wider review of the TPIM regime announced in the Counter-Terrorism "
                   "Strategy.", BODY),
         Paragraph("Children", H2),
         Paragraph("Recommendation 7: <i>CPS guidance on diversion of children from prosecution.</i>", Q),
         Paragraph("The Crown Prosecution Service is independent of Government, and this recommendation is a "
                   "matter for the Director of Public Prosecutions. The Director has informed the Home Secretary "
                   "that the CPS will publish legal guidance on children suspected of terrorism offences, "
                   "including the circumstances in which diversion is appropriate, by the end of 2026.", BODY),
         Paragraph("The Independent Reviewer", H2),
         Paragraph("The Home Secretary has reappointed Rowena Acheson-Pyke KC as Independent Reviewer of "
                   "Terrorism Legislation for a further term of three years from 1 May 2026. The Government will "
                   "continue to give the Reviewer access to classified material and to the officials she needs "
                   "to see.", BODY),
         Spacer(1, 3 * mm),
         Paragraph("<font size=9>CCS0526-114 | ISBN 978-1-5286-6071-3 | Printed on paper containing 40% recycled "
                   "fibre content minimum.</font>", ParagraphStyle("small", parent=BODY, fontName="LS", fontSize=9))]
    d = deco("Government Response to the Independent Reviewer's report: The Terrorism Acts in 2024", first_plain=False)
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("UK Independent Reviewer of Terrorism Legislation annual report ('The Terrorism Acts in 2024'), excerpt: "
         "cover, chapter 4 (Schedule 7), chapter 7 (pre-charge detention, TPIMs, children, timing of the report) "
         "with hanging paragraph numbers 4.1-7.6, then chapter 10 'RECOMMENDATIONS' with paragraphs 10.1-10.8, "
         "the labelled recommendations, each 'X should ...'. Every recommendation is first made or argued in a "
         "chapter paragraph ending '(see 10.N)', worded differently ('I recommend that the Code of Practice be "
         "amended', 'I therefore recommend that the maximum period be reduced', 'The Home Office should "
         "commission an independent evaluation', 'Copies of device contents should be deleted'); traps: the "
         "statutory paragraph 2(1) and 11A paraphrased, Table 4.1, the 2021 predecessor's recommendation quoted "
         "('the Home Office should consider'), 'Officers should not have to justify', 'I make no recommendation on "
         "the age of criminal responsibility'. Response: Home Office command paper CP 1466 by subject, each reply "
         "after a short italic paraphrase 'Recommendation N: ...', order 4, 1+3, 2, 6, 5, 7: 10.4 'does not accept "
         "it', 14 days stays (disagrees); one reply for 1 and 3: 'accepts the first', grounds recorded before "
         "questioning (10.1 agrees), retention limited but six months instead of 30 days (10.3 partly); 10.2 "
         "national ethnicity figures already published but not by port (partly); 10.6 'Accepted', mentor within "
         "five working days (agrees); 10.5 'notes this recommendation', left to the wider TPIM review (noted); "
         "10.7 referred to the DPP, who will publish guidance by the end of 2026 (agrees; also noted); 10.8 "
         "(laying the report within two months) unanswered. The introduction and the section 'The Independent "
         "Reviewer' (reappointment for three years, a trap next to 10.8) answer no recommendation.")


def expected():
    sw = lambda n: " ".join(R[n].split()[:12])
    recs = [
        {"number": "10.1", "starts_with": sw(1), "reply_contains": "The Government accepts the first of these recommendations",
         "verdict": "agrees"},
        {"number": "10.2", "starts_with": sw(2), "reply_contains": "Counter Terrorism Policing has concluded that they will not be published",
         "verdict": "partly"},
        {"number": "10.3", "starts_with": sw(3), "reply_contains": "The revised Code will instead set a limit of six months",
         "verdict": "partly"},
        {"number": "10.4", "starts_with": sw(4), "reply_contains": "has considered this recommendation carefully but does not accept it",
         "verdict": "disagrees"},
        {"number": "10.5", "starts_with": sw(5), "reply_contains": "The small number of relocated subjects makes a meaningful evaluation difficult",
         "verdict": "noted"},
        {"number": "10.6", "starts_with": sw(6), "reply_contains": "every new TPIM subject has been offered a mentor",
         "verdict": "agrees"},
        {"number": "10.7", "starts_with": sw(7), "reply_contains": "the CPS will publish legal guidance on children",
         "verdict": "agrees", "also": ["noted"]},
        {"number": "10.8", "starts_with": sw(8), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["for a further term of three years from 1 May 2026"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b45en.py"), NAME)) and 1)
