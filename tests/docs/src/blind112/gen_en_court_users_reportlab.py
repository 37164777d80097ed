"""Round 112 (EN): a Queensland regional MAGISTRATES COURT USERS' FORUM report on waiting, listing and information at
the courthouse, the whole report in NUMBERED PARAGRAPHS 1-23 (paragraph numbers hanging in the margin), the seven
recommendations being paragraphs 15-17 and 19-22 of the 'Recommendations' section (paragraph 18, between them, is a
proposal the Forum decided NOT to make), answered by the Registrar's LETTER to the Forum's convenor, arranged BY
THEME under bold side-headings WITHOUT ANY NUMBERS, in another order, one paragraph covering two recommendations and
one recommendation left out. reportlab platypus, A4, cleaned Liberation Serif, invariant=1; maroon double-rule
letterhead, 'Waiting times observed' table, three lettered questions (i)-(iii) inside paragraph 5; header and
'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the Human Rights Act 2019 (Qld) is
named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind112en/bin/python tests/docs/src/blind112/gen_en_court_users_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b112en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable

NAME = "blind112_en_court_users"
pdfmetrics.registerFont(TTFont("LS", H.clean_font("LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSB", H.clean_font("LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LSI", H.clean_font("LiberationSerif-Italic.ttf")))
from reportlab.lib.fonts import addMapping
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSB")
MAROON = colors.HexColor("#6b1f2a")
B = ParagraphStyle("b", fontName="LS", fontSize=10.6, leading=14.2, spaceAfter=6)
NP = ParagraphStyle("np", parent=B, leftIndent=12 * mm, bulletIndent=0, bulletFontName="LS", bulletFontSize=10.6)
SUB = ParagraphStyle("sub", parent=B, leftIndent=20 * mm, firstLineIndent=-8 * mm, spaceAfter=2)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=16, leading=20, spaceAfter=4, textColor=MAROON)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=7, spaceAfter=5, textColor=MAROON, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=9.2, leading=12, textColor=colors.HexColor("#444444"))
LH = ParagraphStyle("lh", parent=B, fontName="LSB", fontSize=14, leading=17, textColor=MAROON, spaceAfter=0)
TB = ParagraphStyle("tb", parent=B, fontSize=9.6, leading=12, spaceAfter=0)
SIDE = ParagraphStyle("side", parent=B, fontName="LSB", spaceBefore=4, spaceAfter=3, keepWithNext=1)
P = lambda t, s=B: Paragraph(t, s)


class Num:
    n = 0


def np(t):
    Num.n += 1
    return Paragraph(t, NP, bulletText=f"{Num.n}.")


def head(org, sub):
    return [P(org, LH), P(sub, SM),
            HRFlowable(width="100%", thickness=1.6, color=MAROON, spaceBefore=2, spaceAfter=1.2),
            HRFlowable(width="100%", thickness=0.5, color=MAROON, spaceBefore=0, spaceAfter=10)]


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                            bottomMargin=21 * mm, invariant=1, title="", author="")
    doc.build(story)


def advice():
    Num.n = 0
    wt = Table([["Waiting times observed, 9 sitting days, October-November 2025", "", ""],
                ["List", "Matters observed", "Median wait from 9.30 am"],
                ["Criminal (call-over)", "212", "2 h 50 min"],
                ["Domestic violence applications", "64", "3 h 15 min"],
                ["Civil and minor debt", "31", "1 h 05 min"],
                ["Child protection (Childrens Court)", "18", "1 h 40 min"]],
               colWidths=[70 * mm, 36 * mm, 52 * mm])
    wt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LS"), ("FONTNAME", (0, 0), (-1, 1), "LSB"),
                            ("FONTSIZE", (0, 0), (-1, -1), 9.4), ("SPAN", (0, 0), (-1, 0)),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ecdcdf")),
                            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 1), (-1, 1), 0.6, MAROON), ("LINEBELOW", (0, -1), (-1, -1), 0.6, MAROON),
                            ("BOX", (0, 0), (-1, 0), 0.6, MAROON)]))
    s = head("Port Carrick Magistrates Court Users' Forum",
             "Report CUF 2026/1 &middot; 12 February 2026 &middot; Convenor: Ms Rosalind Tewksbury")
    s += [P("Waiting, listing and information at the Port Carrick courthouse", H1),
          P("A report to the Registrar, Port Carrick Magistrates Court, and to the Regional Director, Courts Service, Department of Justice", SM),
          Spacer(1, 4),
          P("A. Introduction", H2),
          np("The Court Users' Forum brings together the organisations whose staff and clients use the Port Carrick courthouse every sitting day: the police prosecutions corps, the Lendale Community Legal Service, the duty lawyer scheme, Carrick Women's Court Support, Community Corrections, the Harbourside Interpreting Service and the local law association. The Registrar attends as an observer."),
          np("Under its terms of reference the Forum may make recommendations to the Registrar on the running of the courthouse, but it must not comment on the conduct of any particular case. Nothing in this report concerns an individual matter."),
          np("At its meeting of 14 August 2025 the Forum agreed to look at what a day at court is like for people who come without a lawyer, for victims of domestic violence and for people who need an interpreter. This report was adopted at the meeting of 5 February 2026."),
          P("B. What we looked at", H2),
          np("Members observed nine sitting days between 6 October and 27 November 2025, spoke with 96 court users in the foyer and the waiting areas, and collected written comments from the staff of member organisations."),
          np("We asked ourselves three questions:"),
          P("(i)&nbsp;&nbsp;How long do people wait, and where do they wait?".replace("&nbsp;", " "), SUB),
          P("(ii)&nbsp;&nbsp;Do people feel safe while they wait?".replace("&nbsp;", " "), SUB),
          P("(iii)&nbsp;&nbsp;Do people know where to go and what will happen?".replace("&nbsp;", " "), SUB),
          Spacer(1, 4),
          np("The Human Rights Act 2019 (Qld) provides that public entities must act and make decisions compatibly with human rights, including the right to a fair hearing. We have not tried to decide whether present arrangements at Port Carrick meet that standard, which is not a question for this Forum."),
          P("C. What we found", H2),
          wt, Spacer(1, 8),
          np("The building opens at 8.30 am for staff, but the public waiting area and the registry counter do not open until 9.15 am. On wet mornings we saw up to forty people, some with small children, queueing on the footpath outside."),
          np("There is one safe waiting room for people protected by domestic violence orders. On Tuesdays, when the domestic violence list sits, it was full by 9.45 am, and protected persons then waited in the main foyer within sight of the respondents."),
          np("Every matter in the criminal list is called for 9.30 am. People on bail and their families often waited all day for a hearing of a few minutes, and several told us they had lost a day's pay or a shift."),
          np("Interpreters are usually requested on the morning of the hearing. On four of our nine days a matter was adjourned because no interpreter could attend, most often for Dari and Samoan speakers."),
          np("The daily list is printed and pinned to a noticeboard beside the lifts. It does not say which courtroom a matter is in, and courtrooms change during the day without notice in the foyer."),
          np("Many people without a lawyer did not know that a duty lawyer was available, and some said that somebody should have told them where to go when they arrived. The duty lawyer's room has no telephone and no video equipment."),
          np("In 2022 the Forum recommended that &ldquo;the registry should publish the daily list online by 4 pm on the day before each sitting&rdquo;. The list now appears online, but only after 8 am on the day itself."),
          P("D. Recommendations", H2),
          np("The Forum makes the following recommendations to the Registrar and, where they need funding or building work, to the Courts Service."),
          np("The public waiting area and the registry counter should open at 8.30 am on every sitting day, so that nobody is left standing outside the building before their hearing."),
          np("A second safe waiting room should be set aside for people protected by domestic violence orders, with its own entrance from the staff car park so that they do not have to pass through the foyer."),
          np("The criminal list should be called in two blocks, at 9.30 am and at 11.30 am, with each matter given a block when it is adjourned or first listed."),
          np("We considered asking for a third courtroom to sit on Tuesdays, but the Forum does not make that recommendation, because the Magistrates' sitting roster is set for the whole region and the building has no spare room."),
          np("Interpreters should be booked by the registry when a matter is first listed, for every party who has said that they need one, rather than on the morning of the hearing."),
          np("A screen should be installed in the foyer showing each matter, its courtroom and its expected time, and kept up to date throughout the sitting day."),
          np("Registry staff should give every person who comes to court without a lawyer a one-page guide explaining what will happen and how to find the duty lawyer."),
          np("The duty lawyer's interview room should be fitted with a telephone and a video link, so that people in the watch-house can get advice before they appear."),
          P("E. Closing", H2),
          np("In our view paragraphs 15, 19 and 21 could be put into effect within existing budgets. The Forum would be grateful for a written response before its meeting on 14 May 2026."),
          Spacer(1, 6),
          P("Rosalind Tewksbury, Convenor, for the Port Carrick Magistrates Court Users' Forum", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    s = head("Port Carrick Magistrates Court", "Office of the Registrar &middot; 40 Wharf Street, Port Carrick QLD &middot; Our ref: REG/PC/26/0117")
    s += [P("20 April 2026", B),
          P("Ms Rosalind Tewksbury<br/>Convenor, Port Carrick Magistrates Court Users' Forum<br/>c/- Lendale Community Legal Service<br/>Port Carrick", B),
          Spacer(1, 4),
          P("Dear Ms Tewksbury", B),
          P("<b>Report CUF 2026/1: Waiting, listing and information at the Port Carrick courthouse</b>", B),
          P("Thank you for the Forum's report, which I have read with great interest and have shared with the Magistrates and with the Regional Director. I am grateful to the members who gave up nine sitting days to watch the courthouse from the public side of the counter. Paragraph 4 of the report describes that work, and the waiting times it recorded match what our own staff see. I set out my response below under the headings I think the Forum will find most useful."),
          P("Safety while waiting", SIDE),
          P("I agree that one safe room is not enough on domestic violence list days. The former jury assembly room on the first floor will be fitted out as a second safe room by the end of June 2026, with seating for twelve and a play corner. A separate entrance is not possible in this heritage-listed building, but court security officers will meet protected persons at the staff car park gate and escort them upstairs on request."),
          P("Interpreters", SIDE),
          P("From 1 May 2026 the registry will book an interpreter at the time a matter is first listed for any party who has asked for one, using the Department's central booking system. Prosecutors and the duty lawyers have agreed to tell the registry as soon as they learn that a client needs an interpreter."),
          P("Opening hours", SIDE),
          P("The registry counter and the public waiting area will open at 8.30 am on every sitting day from Monday 4 May 2026. Two additional security officer hours a day have been funded for that purpose from the Court's own budget."),
          P("Information for court users", SIDE),
          P("The Forum's suggestions about information belong together. A plain-language leaflet, <i>Your day at court</i>, has been written with the Lendale Community Legal Service and will be handed to every unrepresented person at the counter from May, in English and in the five community languages most used at Port Carrick. A foyer screen is an attractive idea, but digital signage for courthouses is being planned across the state by the Courts Service. I have passed the Forum's proposal to that project team for consideration; I cannot say at this stage whether or when Port Carrick will be included."),
          P("Listing", SIDE),
          P("I have discussed block listing with the Magistrates. They consider that a single call-over allows the Court to deal with each matter as soon as the parties and their lawyers are ready, and that fixed blocks would lead to more adjournments and longer delays for people in custody. The present arrangements will therefore continue, although the Court will keep the length of the call-over under review."),
          P("Building works", SIDE),
          P("The Forum may also like to know that the replacement of the air-conditioning in Courtroom 2, at a cost of $412,000, will take place over the Christmas closure, and that new hearing loops were installed in all three courtrooms in March."),
          P("I look forward to discussing the report at the Forum's next meeting on 14 May, and I would be happy for this letter to be circulated to members.", B),
          P("Yours sincerely", B),
          Spacer(1, 8),
          P("Helen Maguire<br/>Registrar, Port Carrick Magistrates Court", B),
          P("cc: Regional Director, Courts Service", SM)]
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice(); response()
    F = H.clean_font("LiberationSerif-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Port Carrick Magistrates Court Users' Forum - Report CUF 2026/1",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Registrar, Port Carrick Magistrates Court - REG/PC/26/0117",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "The public waiting area and the registry counter should open",
         "reply_contains": "Two additional security officer hours a day have been funded", "verdict": "agrees"},
        {"number": 2, "starts_with": "A second safe waiting room should be set aside for people",
         "reply_contains": "A separate entrance is not possible in this heritage-listed building", "verdict": "partly"},
        {"number": 3, "starts_with": "The criminal list should be called in two blocks",
         "reply_contains": "The present arrangements will therefore continue", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Interpreters should be booked by the registry when a matter is",
         "reply_contains": "will book an interpreter at the time a matter is first listed", "verdict": "agrees"},
        {"number": 5, "starts_with": "A screen should be installed in the foyer showing each matter",
         "reply_contains": "I cannot say at this stage whether or when Port Carrick", "verdict": "noted"},
        {"number": 6, "starts_with": "Registry staff should give every person who comes to court",
         "reply_contains": "will be handed to every unrepresented person at the counter", "verdict": "agrees"},
        {"number": 7, "starts_with": "The duty lawyer's interview room should be fitted with a telephone",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["I am grateful to the members who gave up nine sitting days",
                 "the replacement of the air-conditioning in Courtroom 2",
                 "I look forward to discussing the report at the Forum's next meeting"]
    notes = ("Advice: Queensland regional Magistrates Court Users' Forum report CUF 2026/1 to the Registrar and the Courts "
             "Service, written wholly in NUMBERED PARAGRAPHS 1-23 (numbers hanging in the margin) under lettered sections "
             "A-E; the recs are paragraphs 15, 16, 17, 19, 20, 21 and 22 of section D, each a '... should ...' sentence; "
             "traps: paragraph 14 introduces them, paragraph 18 between them is a proposal the Forum does NOT make (third "
             "courtroom), terms of reference 'must not comment', three lettered QUESTIONS (i)-(iii) in paragraph 5, Human "
             "Rights Act 2019 (Qld) 'public entities must act', numbered FINDINGS paragraphs 7-13 ('somebody should have told "
             "them'), the Forum's 2022 recommendation quoted ('the registry should publish the daily list online'), "
             "'Waiting times observed' table, closing paragraph 23 citing 'paragraphs 15, 19 and 21'. Response: the "
             "Registrar's LETTER arranged BY THEME under bold side-headings with NO NUMBERS, order 2, 4, 1, 6+5, 3: second "
             "safe room by end of June but no separate entrance (2 partly); interpreters booked at first listing from 1 May "
             "(4 agrees); opening at 8.30 am from 4 May (1 agrees); ONE paragraph 'Information for court users' = leaflet "
             "handed to every unrepresented person (6 agrees) + foyer screen passed to the statewide signage project without "
             "commitment (5 noted); block listing refused after consulting the Magistrates (3 disagrees); 7 (telephone and "
             "video link in the duty lawyer's room) unanswered; opening paragraph naming 'Paragraph 4', 'Building works' "
             "with $412,000, closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
