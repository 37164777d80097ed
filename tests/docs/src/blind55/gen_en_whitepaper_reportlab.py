"""Round 55 (EN): a Nigerian state-government pair. Advice: extract (Chapters One and Five) of the report of a
JUDICIAL COMMISSION OF INQUIRY set up by the Governor of the invented Ogbara State under the State's Commissions of
Inquiry Law into the collapse of a market building (genre of Nigerian state commissions of inquiry: terms of
reference (i)-(v), findings and recommendations per term of reference in numbered paragraphs 5.1.1 ...). Response:
the GOVERNMENT WHITE PAPER on the report, issued by the Secretary to the State Government after the State Executive
Council (genre of Nigerian/West African white papers: each recommendation restated, then 'Government's decision:'
with 'accepts', 'accepts with modification', 'notes', 'rejects'), arranged by the Government's priorities rather
than in the report's order. Recommendations: paragraphs 5.1.4, 5.1.5, 5.2.3, 5.2.4, 5.3.2, 5.3.3, 5.4.2, 5.4.3, each
'The Commission recommends that ...', among finding paragraphs. Traps: the terms of reference (i)-(v) beginning 'To
...', the Chairman's summary of the 'principal recommendations', the planning law's 'no person shall', 'should have
stopped', the 2019 panel's recommendation quoted, a finding on the market association (answered in the White Paper
but no recommendation), two tables. reportlab platypus, A4, cleaned Liberation Serif, header and footer on the
canvas. All content is invented.

Run:  /tmp/blind55en/bin/python tests/docs/src/blind55/gen_en_whitepaper_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b55en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind55_en_whitepaper"
for nm, f in (("LS", "LiberationSerif-Regular.ttf"), ("LSB", "LiberationSerif-Bold.ttf"),
              ("LSI", "LiberationSerif-Italic.ttf"), ("LSBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

BODY = ParagraphStyle("b", fontName="LS", fontSize=11, leading=14.5, spaceAfter=6, alignment=4)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=40, bulletIndent=0, bulletFontName="LS", bulletFontSize=11)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=70, bulletIndent=40, bulletFontName="LS", bulletFontSize=11,
                      spaceAfter=3)
CTR = ParagraphStyle("c", parent=BODY, alignment=1, fontName="LSB", fontSize=12, leading=16, spaceAfter=4)
H1 = ParagraphStyle("h1", parent=BODY, fontName="LSB", fontSize=11.5, alignment=0, spaceBefore=8, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LSBI", alignment=0, spaceBefore=4, spaceAfter=5)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="LSI", leftIndent=28, rightIndent=20, fontSize=10.5,
                       leading=13.5)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9.5, leading=11.5)
RCELL = ParagraphStyle("rcell", parent=CELL, alignment=2)

RECS = {
    "5.1.4": "The Commission recommends that the Honourable Attorney-General and Commissioner for Justice prosecute "
             "Goldcrest Estates and Builders Limited and its directors for criminal negligence and for building "
             "without a valid permit.",
    "5.1.5": "The Commission recommends that the conduct of the supervising engineer, Engr. Tunde Bakare-Lawal, be "
             "reported to the appropriate professional regulatory body for disciplinary action, and that his firm "
             "be barred from State Government contracts for ten years.",
    "5.2.3": "The Commission recommends that the Ogbara State Building Control Agency be restructured into an "
             "autonomous regulatory authority, and that not fewer than 200 additional technical officers be "
             "recruited into it within twelve months.",
    "5.2.4": "The Commission recommends that the four officers of the Agency who approved the building plan and "
             "failed to enforce the stop-work order be dismissed from the service of the State.",
    "5.3.2": "The Commission recommends that the State Government pay compensation of N5,000,000.00 (five million "
             "naira) to the next of kin of each deceased victim and bear the full cost of treatment of the injured.",
    "5.3.3": "The Commission recommends that a memorial be erected at the site in honour of the victims and that "
             "14th March be observed annually as a day of remembrance in Ada-Odo.",
    "5.4.2": "The Commission recommends that the State House of Assembly enact a law making structural integrity "
             "tests mandatory every five years for all public and commercial buildings of more than two floors.",
    "5.4.3": "The Commission recommends that the Oke-Aro Market be rebuilt by the State Government in partnership "
             "with the traders, to a standard design approved by the Agency, within two years.",
}


def deco(head):
    def draw(c, doc):
        c.saveState()
        w, h = A4
        c.setFont("LSI", 8.5)
        c.setFillColor(colors.HexColor("#333333"))
        if doc.page > 1:
            c.drawCentredString(w / 2, h - 13 * mm, head)
            c.setLineWidth(0.4)
            c.line(24 * mm, h - 14.5 * mm, w - 24 * mm, h - 14.5 * mm)
        c.setFont("LS", 9.5)
        c.drawCentredString(w / 2, 12 * mm, "%d" % doc.page)
        c.restoreState()
    return draw


def P(t, s=BODY, b=None):
    return Paragraph(t, s, bulletText=b)


def grid(rows, widths, right=()):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(("<b>%s</b>" % x) if i == 0 or r[0] == "Total" else x,
                               RCELL if (j in right) else CELL) for j, x in enumerate(r)])
    t = Table(data, colWidths=[w * mm for w in widths], hAlign="CENTER")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    return t


def advice(path):
    s = [P("OGBARA STATE GOVERNMENT", CTR),
         P("REPORT OF THE JUDICIAL COMMISSION OF INQUIRY INTO THE COLLAPSE OF THE THREE-STOREY BUILDING AT "
           "OKE-ARO MARKET, ADA-ODO", CTR),
         P("VOLUME I - MAIN REPORT (EXTRACT: CHAPTERS ONE AND FIVE)", ParagraphStyle("c2", parent=CTR, fontSize=10.5,
                                                                                      fontName="LS")),
         P("Chairman: Hon. Justice Folasade A. Adeyemi-Okon (Rtd.)", ParagraphStyle("c3", parent=BODY,
                                                                                     alignment=1)),
         Spacer(1, 4),
         P("<b>LETTER OF SUBMISSION (EXCERPT)</b>", H1),
         P("Your Excellency, the Commission has the honour to submit its Report. In brief, the Commission found that "
           "the building collapsed because a third floor was added without approval to a structure of poor "
           "concrete, and that the warning signs were ignored by the developer and by the regulators. Its "
           "principal recommendations concern the prosecution of those responsible, the reform of the building "
           "control system and relief for the families of the victims."),
         P("CHAPTER ONE: INTRODUCTION", H1),
         P("On Saturday, 14th March 2026, at about 11.40 a.m., a three-storey building housing 46 lock-up shops "
           "collapsed at Oke-Aro Market, Ada-Odo. Twenty-three persons lost their lives and sixty-one were injured.",
           NUM, "1.1"),
         P("By an Instrument dated 2nd April 2026 and pursuant to Section 2 of the Commissions of Inquiry Law of "
           "Ogbara State, His Excellency the Executive Governor constituted the Commission with the following terms "
           "of reference:", NUM, "1.2"),
         P("To ascertain the immediate and remote causes of the collapse;", ITEM, "(i)"),
         P("To identify the persons, firms and public officers responsible, and to recommend appropriate sanctions;",
           ITEM, "(ii)"),
         P("To examine the adequacy of the approval, inspection and enforcement processes of the Ogbara State "
           "Building Control Agency;", ITEM, "(iii)"),
         P("To determine the number of casualties and recommend appropriate relief for the victims and their "
           "families; and", ITEM, "(iv)"),
         P("To make such other recommendations as may prevent a recurrence.", ITEM, "(v)"),
         P("The Commission sat in public for 41 days between 20th April and 28th August 2026. It received 63 "
           "memoranda and heard the witnesses shown below.", NUM, "1.3"),
         grid([("Category of witness", "Number"), ("Traders and market officials", "14"),
               ("Officials of the Building Control Agency and the Ministry", "9"),
               ("Developer, contractor and professionals", "7"), ("Families of victims", "8"),
               ("Total", "38")], (110, 30), right=(1,)),
         Spacer(1, 8),
         P("CHAPTER FIVE: FINDINGS AND RECOMMENDATIONS", H1),
         P("5.1 Terms of Reference (i) and (ii): Causes of the collapse and responsibility", H2),
         P("The Commission finds that the immediate cause of the collapse was the addition of a third floor to a "
           "building approved and designed for two floors. Core samples showed an average concrete strength of 11 "
           "N/mm2, against the 25 N/mm2 specified in the approved drawings.", NUM, "5.1.1"),
         P("The Commission further finds that the developer, Goldcrest Estates and Builders Limited, began the "
           "third floor in January 2026 without a permit. Section 27 of the Ogbara State Urban and Regional "
           "Planning Law provides that no person shall commence any development without a building permit. The "
           "supervising engineer should have stopped the work when cracks appeared in the ground-floor columns in "
           "February 2026, but did not do so.", NUM, "5.1.2"),
         P("The Commission also finds that the executive of the Oke-Aro Market Traders' Association collected a "
           "special levy from traders for the third floor without any lawful authority.", NUM, "5.1.3"),
         P(RECS["5.1.4"], NUM, "5.1.4"),
         P(RECS["5.1.5"], NUM, "5.1.5"),
         P("5.2 Term of Reference (iii): Approval, inspection and enforcement", H2),
         P("The Agency has 46 technical officers for a State of about 2.3 million people. Only 9 per cent of "
           "buildings under construction in Ada-Odo were inspected in 2025, and no record was kept of the "
           "inspections that were carried out.", NUM, "5.2.1"),
         P("The Commission finds that a stop-work order served on the developer in November 2024 was never "
           "enforced, and that officers of the Agency visited the site twice in 2025 without taking action.", NUM,
           "5.2.2"),
         P(RECS["5.2.3"], NUM, "5.2.3"),
         P(RECS["5.2.4"], NUM, "5.2.4"),
         P("5.3 Term of Reference (iv): Casualties and relief", H2),
         P("The casualties established by the Commission from hospital and mortuary records are as follows:", NUM,
           "5.3.1"),
         grid([("Category", "Deceased", "Injured"), ("Traders and apprentices", "12", "27"),
               ("Porters and labourers", "6", "15"), ("Customers and passers-by", "5", "19"),
               ("Total", "23", "61")], (80, 30, 30), right=(1, 2)),
         Spacer(1, 6),
         P(RECS["5.3.2"], NUM, "5.3.2"),
         P(RECS["5.3.3"], NUM, "5.3.3"),
         P("5.4 Term of Reference (v): Prevention of recurrence", H2),
         P("The Commission notes that the 2019 Ministerial Panel on Building Collapses had recommended that \"all "
           "buildings of more than two floors be subjected to structural integrity tests every five years\". That "
           "recommendation was never implemented.", NUM, "5.4.1"),
         P(RECS["5.4.2"], NUM, "5.4.2"),
         P(RECS["5.4.3"], NUM, "5.4.3"),
         P("The Commission expresses its gratitude to His Excellency for the opportunity to serve, and to the many "
           "traders and families who came forward to testify.", NUM, "5.5")]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, invariant=1,
                            title="Report of the Judicial Commission of Inquiry",
                            author="Ogbara State Government")
    d = deco("Report of the Judicial Commission of Inquiry - Oke-Aro Market Building Collapse")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def rec_block(paras, summary, decision):
    lab = "Recommendations" if " and " in paras else "Recommendation"
    return KeepTogether([P("%s (paragraph%s %s of the Report)" % (lab, "s" if " and " in paras else "", paras),
                           H2),
                         P(summary, QUOTE),
                         P("<b>Government's decision:</b> " + decision)])


def response(path):
    s = [P("GOVERNMENT WHITE PAPER", CTR),
         P("ON THE REPORT OF THE JUDICIAL COMMISSION OF INQUIRY INTO THE COLLAPSE OF THE THREE-STOREY BUILDING AT "
           "OKE-ARO MARKET, ADA-ODO", CTR),
         P("Office of the Secretary to the State Government, Ogbara State - November 2026",
           ParagraphStyle("c4", parent=BODY, alignment=1)),
         P("1.0 INTRODUCTION", H1),
         P("The Judicial Commission of Inquiry was constituted by His Excellency the Executive Governor on 2nd April "
           "2026. It submitted its Report on 18th September 2026. The State Executive Council considered the Report "
           "and a draft White Paper at its meeting of 21st October 2026 and approved this White Paper.", NUM, "1.1"),
         P("2.0 GENERAL OBSERVATIONS", H1),
         P("Government accepts the Report generally and commends the Chairman and members of the Commission for "
           "the thoroughness of their work, carried out within the time allowed.", NUM, "2.1"),
         P("3.0 GOVERNMENT'S VIEWS AND DECISIONS ON THE RECOMMENDATIONS", H1),
         P("The recommendations are taken below in the order of the priorities of Government, beginning with the "
           "welfare of the victims and their families.", NUM, "3.1"),
         P("A. Welfare of victims and their families", H2),
         rec_block("5.3.2", "That Government pay N5 million to the next of kin of each deceased victim and bear the "
                   "cost of treatment of the injured.",
                   "Government accepts this recommendation with modification. Government will pay N2,500,000.00 to "
                   "the next of kin of each deceased victim and will seek to recover a further sum from the "
                   "developer through the courts. The cost of treatment of all the injured has already been borne "
                   "by the State."),
         rec_block("5.3.3", "That a memorial be erected at the site and 14th March observed as a day of "
                   "remembrance.",
                   "Government notes this recommendation. The Ministry of Culture and Tourism will advise the "
                   "Executive Council on a fitting form of remembrance."),
         P("B. Accountability", H2),
         rec_block("5.1.4", "That the Attorney-General prosecute the developer and its directors.",
                   "Government accepts this recommendation. The Honourable Attorney-General has been directed to "
                   "file charges against Goldcrest Estates and Builders Limited and its directors without delay."),
         rec_block("5.2.3 and 5.2.4", "That the Building Control Agency be restructured and 200 technical officers "
                   "recruited; that the four officers concerned be dismissed.",
                   "Government accepts the recommendation that the Agency be restructured. A Bill to establish the "
                   "Ogbara State Building Control and Safety Authority will be transmitted to the House of Assembly, "
                   "and the recruitment of 200 technical officers in two batches within the next twelve months has "
                   "been approved. Government, however, rejects the recommendation that the four officers be "
                   "dismissed outright. In line with the Public Service Rules, they have been suspended and referred "
                   "to the Civil Service Commission for disciplinary proceedings, where they will be given a fair "
                   "hearing."),
         rec_block("5.1.5", "That the supervising engineer be reported to his professional body and his firm "
                   "barred from State contracts.",
                   "Government accepts this recommendation. The Ministry of Justice will forward the Commission's "
                   "findings on Engr. Bakare-Lawal to the regulatory body, and the State Bureau of Public "
                   "Procurement has debarred his firm from State contracts for ten years."),
         P("C. Prevention of recurrence", H2),
         rec_block("5.4.2", "That the House of Assembly enact a law on periodic structural integrity tests.",
                   "Government notes this recommendation. The making of laws is a matter for the State House of "
                   "Assembly. The Ministry of Physical Planning and Urban Development will, however, study the cost "
                   "of such tests to building owners."),
         P("4.0 OTHER MATTERS", H1),
         P("Government has noted the finding of the Commission on the special levy collected by the Traders' "
           "Association. The Ministry of Commerce and Industry is directed to dissolve the executive of the "
           "Association and to conduct fresh elections within ninety days.", NUM, "4.1"),
         P("Government hereby directs the Secretary to the State Government to set up an Implementation Committee "
           "to monitor the decisions in this White Paper and to report to the Executive Council every quarter.",
           NUM, "4.2"),
         P("5.0 CONCLUSION", H1),
         P("Government reiterates its resolve that no life shall again be lost to a preventable building collapse "
           "in Ogbara State, and thanks the people of Ada-Odo for their patience.", NUM, "5.1"),
         Spacer(1, 10),
         P("<b>Dr. Emmanuel O. Akintola-Briggs</b><br/>Secretary to the State Government",
           ParagraphStyle("sig", parent=BODY, alignment=0))]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Government White Paper",
                            author="Ogbara State Government")
    d = deco("Government White Paper - Oke-Aro Market Building Collapse")
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("Nigerian state-government pair: extract (Chapters One and Five) of the report of a Judicial Commission "
         "of Inquiry into the collapse of a market building in the invented Ogbara State, answered by the GOVERNMENT "
         "WHITE PAPER on the report (Secretary to the State Government, after the State Executive Council). "
         "Recommendations: paragraphs 5.1.4, 5.1.5, 5.2.3, 5.2.4, 5.3.2, 5.3.3, 5.4.2, 5.4.3, each 'The Commission "
         "recommends that ...', among numbered finding paragraphs. Traps: terms of reference (i)-(v) beginning 'To "
         "...' (two of them 'recommend appropriate ...'), the letter of submission's summary of the 'principal "
         "recommendations', 'no person shall commence any development', 'should have stopped the work', the 2019 "
         "panel's recommendation quoted in 5.4.1, the witness and casualty tables, finding 5.1.3 on the traders' "
         "levy (answered in the White Paper's 'Other matters', but no recommendation). White Paper order: 5.3.2, "
         "5.3.3, 5.1.4, 5.2.3+5.2.4, 5.1.5, 5.4.2, each restated in short form and then 'Government's decision:'. "
         "Key: 5.3.2 'accepts this recommendation with modification', N2.5 million (partly); 5.3.3 'notes' (noted); "
         "5.1.4 accepts, charges to be filed (agrees); one section: 5.2.3 restructuring and 200 officers accepted "
         "(agrees) + 5.2.4 'rejects ... dismissed outright', suspension and disciplinary proceedings instead "
         "(disagrees, also partly); 5.1.5 accepts, firm debarred (agrees); 5.4.2 'notes', law-making a matter for "
         "the House (noted); 5.4.3 rebuilding of the market unanswered. Unmatched: introduction, general "
         "observations ('accepts the Report generally'), the traders' association levy, the Implementation "
         "Committee, the conclusion. The White Paper's own paragraph numbers 1.1, 2.1, 3.1, 4.1, 4.2 and 5.1 repeat "
         "numbers of the report's paragraphs (1.1, 5.1 as a heading).")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=11: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "5.1.4", "starts_with": sw("5.1.4"),
         "reply_contains": "has been directed to file charges against Goldcrest", "verdict": "agrees"},
        {"number": "5.1.5", "starts_with": sw("5.1.5"),
         "reply_contains": "Procurement has debarred his firm from State contracts", "verdict": "agrees"},
        {"number": "5.2.3", "starts_with": sw("5.2.3"),
         "reply_contains": "accepts the recommendation that the Agency be restructured", "verdict": "agrees"},
        {"number": "5.2.4", "starts_with": sw("5.2.4"),
         "reply_contains": "rejects the recommendation that the four officers be dismissed",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "5.3.2", "starts_with": sw("5.3.2"),
         "reply_contains": "Government will pay N2,500,000.00 to the next of kin", "verdict": "partly"},
        {"number": "5.3.3", "starts_with": sw("5.3.3"),
         "reply_contains": "Ministry of Culture and Tourism will advise the Executive Council", "verdict": "noted"},
        {"number": "5.4.2", "starts_with": sw("5.4.2"),
         "reply_contains": "The making of laws is a matter for", "verdict": "noted"},
        {"number": "5.4.3", "starts_with": sw("5.4.3"), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["commends the Chairman and members of the Commission",
                                  "dissolve the executive of the Association and to conduct",
                                  "set up an Implementation Committee to monitor the decisions"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b55en.py"), NAME)) and 1)
