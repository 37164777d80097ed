"""Round 77 (EN): a SURVEILLANCE COMMISSIONER'S INSPECTION REPORT on a local council (genre: the inspection letter-
report an investigatory powers commissioner's office sends a district council after inspecting its use of covert
surveillance under the Regulation of Investigatory Powers Act 2000: numbered paragraphs, the previous inspection's
recommendation discharged, the Codes of Practice quoted, findings, an observation made 'without a formal
recommendation', and seven UNNUMBERED 'Recommendation:' paragraphs in the running text, numbered 1-7 by order)
answered by the SENIOR RESPONSIBLE OFFICER'S LETTER WITH AN ENCLOSED ACTION PLAN (a letter that gives one refusal
in prose, reports other business, and encloses an action plan table in another order, one row on two
recommendations, one row on the observation).
Advice: Office of the Surveillance Oversight Commissioner, inspection of Harrowfield District Council, 2-3 p.
Response: Harrowfield District Council, letter of 14 May 2026 with Enclosure A, 2 p.; order 4 (letter), then 3, 1,
5 and 6 (one row), 2 in the table; 7 is not answered.
reportlab platypus, cleaned Liberation Sans/Serif, invariant=1. RIPA 2000, the Protection of Freedoms Act 2012 and
the Covert Surveillance and Property Interference Code of Practice are real (what is said of them here is not to be
relied on); the office, the council, the people and all figures are invented.

Run:  /tmp/blind77en/bin/python tests/docs/src/blind77/gen_en_covert_surveillance_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b77en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind77_en_covert_surveillance"
for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
    for suf, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font("%s-%s.ttf" % (base, f))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "BI")

NAVY = colors.Color(0.1, 0.15, 0.35)
BODY = ParagraphStyle("b", fontName="LR", fontSize=11, leading=14.8, spaceAfter=7)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=10 * mm, firstLineIndent=-10 * mm)
REC = ParagraphStyle("r", parent=BODY, fontName="LRBI", leftIndent=10 * mm, rightIndent=6 * mm)
QU = ParagraphStyle("q", parent=BODY, fontName="LRI", leftIndent=18 * mm, rightIndent=10 * mm)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=6, spaceAfter=5,
                    keepWithNext=1)
T = ParagraphStyle("t", fontName="LSB", fontSize=15, leading=19, textColor=NAVY, spaceAfter=4)
SM = ParagraphStyle("sm", fontName="LS", fontSize=9, leading=11.5)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
LET = ParagraphStyle("l", fontName="LS", fontSize=10.5, leading=14, spaceAfter=8)
LH = ParagraphStyle("lh", fontName="LSB", fontSize=15, leading=19, textColor=colors.Color(0.45, 0.1, 0.2))


def foot(label):
    def f(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.grey)
        c.drawString(22 * mm, 12 * mm, label)
        c.drawRightString(188 * mm, 12 * mm, "Page %d" % d.page)
        c.restoreState()
    return f


def build(path, story, label, author):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title=label, author=author, creator="reportlab",
                            producer="reportlab")
    doc.build(story, onFirstPage=foot(label), onLaterPages=foot(label))


def P(t, st=BODY):
    return Paragraph(t, st)


def num(k, t):
    tb = Table([[Paragraph("<b>%s</b>" % k, BODY), Paragraph(t, BODY)]], colWidths=[11 * mm, 155 * mm])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def rec(t):
    return P("Recommendation: " + t, REC)


def advice():
    s = [P("OFFICIAL - SENSITIVE (released with redactions)", SMB), Spacer(1, 6),
         P("Office of the Surveillance Oversight Commissioner", T),
         P("Inspection of Harrowfield District Council<br/>Regulation of Investigatory Powers Act 2000 (Part II)",
           ParagraphStyle("s", fontName="LS", fontSize=12, leading=16, spaceAfter=8)),
         Table([[P("Inspection date", SMB), P("3 March 2026 (remote, with one site visit)", SM)],
                [P("Inspector", SMB), P("Mr Alan Kettering, Inspector", SM)],
                [P("Addressed to", SMB), P("Ms Ruth Odell, Chief Executive, Harrowfield District Council", SM)],
                [P("Reference", SMB), P("SOC/LA/2026/117", SM)]], colWidths=[40 * mm, 126 * mm],
               style=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1),
                                                                     colors.Color(0.9, 0.92, 0.96))]),
         Spacer(1, 8),
         P("Introduction", H1),
         num("1.", "This report sets out the findings of an inspection of Harrowfield District Council's use of "
             "directed surveillance and covert human intelligence sources (CHIS) under Part II of the Regulation "
             "of Investigatory Powers Act 2000 (RIPA). The Council was last inspected in February 2023."),
         num("2.", "Since the Protection of Freedoms Act 2012, an authorisation granted by a local authority does "
             "not take effect until it has been approved by a magistrate, and directed surveillance may only be "
             "authorised for offences that carry a sentence of at least six months' imprisonment or relate to "
             "the sale of alcohol or tobacco to children. These are legal requirements and are not repeated as "
             "recommendations in this report."),
         num("3.", "The Council granted two directed surveillance authorisations in 2023, one in 2024 and none in "
             "2025. It has not authorised a CHIS since 2019. Low use does not reduce the need for sound "
             "arrangements, since staff may drift into covert activity without recognising it."),
         P("Previous recommendation", H1),
         num("4.", "The 2023 report recommended:"),
         P("\u201cThe Council should appoint a Senior Responsible Officer at the level of the corporate "
           "leadership team and record that appointment in its policy.\u201d", QU),
         num("5.", "The Director of Law and Governance was appointed as Senior Responsible Officer (SRO) in June "
             "2023. This recommendation is discharged."),
         P("Policy and oversight", H1),
         num("6.", "The Council's RIPA Policy and Procedures document is dated 2017. It refers to the former "
             "Codes of Practice and to an Authorising Officer who left the Council in 2021. Paragraph 4.47 of "
             "the Covert Surveillance and Property Interference Code of Practice states that elected members "
             "should review the authority's use of the Act and set the policy at least once a year. No report "
             "has gone to members since 2022."),
         rec("The Council's RIPA policy should be revised to reflect the current Codes of Practice and "
             "approved by elected members, with an annual report on use thereafter."),
         num("7.", "The Central Record of Authorisations is kept as a spreadsheet by Legal Services. Two "
             "authorisations from 2023 were held only in the Environmental Health case system, and the record "
             "did not show the date of cancellation for either of them. Applications that are refused by an "
             "Authorising Officer are not recorded anywhere."),
         rec("A single central record of all applications, including those refused or withdrawn, should be "
             "held by Legal Services and checked by the SRO every quarter."),
         P("Authorising Officers and training", H1),
         num("8.", "The Council has seven designated Authorising Officers, most of whom have never considered an "
             "application. The 2024 authorisation was well written, but the Authorising Officer's statement of "
             "proportionality repeated the applicant's words; an Authorising Officer should set out in his or "
             "her own words why the surveillance is necessary and proportionate."),
         num("9.", "The last training was delivered in September 2022. Several officers interviewed were "
             "unsure whether a test purchase with a hidden camera needed an authorisation."),
         rec("Authorising Officers and the managers of enforcement teams should receive refresher training "
             "at least every two years, covering necessity, proportionality and collateral intrusion."),
         rec("The Council should reduce the number of Authorising Officers from seven to no more than three, "
             "so that each of them keeps sufficient practice."),
         num("10.", "Cancellation forms were completed in both cases, but neither recorded what product had been "
             "obtained. I make no formal recommendation on this point; the Council may wish to add a short "
             "section to its cancellation form."),
         P("Online research and equipment", H1),
         num("11.", "Officers in Revenues, Housing and Licensing use social media to check information given by "
             "residents. Repeated viewing of an individual's open profile may amount to directed surveillance, "
             "and the Code of Practice says so in terms. There is no guidance for staff and no record of such "
             "research is kept."),
         rec("Written guidance on online research and investigation should be issued to all services, "
             "with a log of repeated viewing of an individual's social media profile."),
         num("12.", "The Council owns four re-deployable CCTV cameras, managed with the Harrowfield Community "
             "Safety Partnership. The inspection could not establish whether any of them had been used "
             "covertly, for example to detect fly-tipping."),
         rec("The Council should confirm whether any of its re-deployable cameras has been used covertly "
             "and, if so, bring their use within the RIPA policy and the central record."),
         P("Retention of material", H1),
         num("13.", "Surveillance product from the 2023 operations was found on a shared drive accessible to the "
             "whole Environmental Health team. Material obtained under an authorisation must be handled in line "
             "with the safeguards in chapter 9 of the Code and data protection law."),
         rec("The Council should adopt a retention and destruction schedule for surveillance product and "
             "remove the 2023 material from the shared drive."),
         P("Conclusion", H1),
         num("14.", "I am grateful to the SRO and her staff for their help. I should be grateful for your "
             "response to the recommendations above within two months of the date of this report, which will "
             "be considered at the next inspection."),
         Spacer(1, 4), P("Alan Kettering<br/>Inspector, Office of the Surveillance Oversight Commissioner<br/>"
                         "27 March 2026", LET)]
    build(H.out(NAME + "_advice.pdf"), s, "SOC/LA/2026/117  Harrowfield District Council  OFFICIAL - SENSITIVE",
          "Office of the Surveillance Oversight Commissioner")


def response():
    cell = ParagraphStyle("c", fontName="LS", fontSize=9, leading=11.6)
    cb = ParagraphStyle("cb", parent=cell, fontName="LSB")
    s = [P("Harrowfield District Council", LH),
         P("Law and Governance | Civic Centre, Station Road, Harrowfield HF2 4AD", SM), Spacer(1, 10),
         P("Mr Alan Kettering<br/>Inspector<br/>Office of the Surveillance Oversight Commissioner", LET),
         P("Your ref: SOC/LA/2026/117 | Our ref: LG/RIPA/26 | 14 May 2026", LET),
         P("Dear Mr Kettering,", LET),
         P("<b>Inspection of Harrowfield District Council, 3 March 2026</b>", LET),
         P("Thank you for your report and for the constructive way in which the inspection was carried out. The "
           "Chief Executive has asked me, as Senior Responsible Officer, to reply on the Council's behalf. The "
           "action we are taking is set out in the plan at Enclosure A, which the Corporate Leadership Team "
           "agreed on 5 May.", LET),
         P("There is one point on which we have reached a different view. We have considered carefully whether "
           "to cut the number of Authorising Officers, but we have decided to retain all seven designations. "
           "Each of our enforcement services needs an Authorising Officer who understands its work and who is "
           "available at short notice, and a smaller pool would leave services without cover during leave. We "
           "believe the refresher training described in the plan addresses the concern about practice.", LET),
         P("You may also wish to know that the Audit and Standards Committee has asked for the annual report on "
           "the Council's use of covert powers to include the nil returns from each service, and the first such "
           "report will go to the committee in July alongside the revised policy.", LET),
         P("Please do not hesitate to contact me if you need anything further before your next inspection.", LET),
         P("Yours sincerely,<br/><br/>Priya Desai<br/>Director of Law and Governance and Senior Responsible "
           "Officer", LET),
         Spacer(1, 8),
         P("Enclosure A: Action plan in response to the inspection report", H1)]
    rows = [
        ("Training (paragraph 9)", "A refresher course by an external trainer will be held on 18 June 2026 for "
         "all Authorising Officers and enforcement managers. Thereafter the course will be repeated every three "
         "years rather than every two, with an e-learning module in between.", "Head of Legal Services",
         "June 2026"),
        ("Policy (paragraph 6)", "The policy has been rewritten against the current Codes of Practice and will be "
         "submitted to Cabinet for approval on 9 July 2026; an annual report on use will follow each July.",
         "SRO", "July 2026"),
        ("Online research and cameras (paragraphs 11 and 12)", "Guidance for staff on online research was issued "
         "on 1 May 2026 and a log of repeated profile viewing is now kept by each service. The re-deployable "
         "cameras are operated by the Community Safety Partnership; we have passed your recommendation to the "
         "Partnership's board for its consideration.", "SRO / Community Safety Manager", "Done / n/a"),
        ("Central record (paragraph 7)", "Legal Services now holds the only central record, and the two 2023 "
         "entries have been moved into it with their cancellation dates. Refused applications will not be "
         "entered, as there have been none and the form itself is retained on file.", "Head of Legal Services",
         "Done"),
        ("Cancellation form (paragraph 10)", "A box headed 'Product obtained and how it will be stored' has been "
         "added to the cancellation form.", "Legal Services", "Done"),
    ]
    data = [[P("Issue", cb), P("Action agreed", cb), P("Lead", cb), P("Target", cb)]] + \
        [[P(a, cb), P(b, cell), P(c, cell), P(d, cell)] for a, b, c, d in rows]
    t = Table(data, colWidths=[34 * mm, 86 * mm, 27 * mm, 19 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.88, 0.9))]))
    s.append(t)
    build(H.out(NAME + "_response.pdf"), s, "Harrowfield District Council  LG/RIPA/26", "Harrowfield District Council")


RECS = [
    (1, "The Council's RIPA policy should be revised to reflect the current",
     "will be submitted to Cabinet for approval on 9 July 2026", "agrees"),
    (2, "A single central record of all applications, including those refused",
     "Refused applications will not be entered", "partly"),
    (3, "Authorising Officers and the managers of enforcement teams should receive",
     "repeated every three years rather than every two", "partly"),
    (4, "The Council should reduce the number of Authorising Officers from",
     "we have decided to retain all seven designations", "disagrees"),
    (5, "Written guidance on online research and investigation should be issued",
     "Guidance for staff on online research was issued on 1 May 2026", "agrees"),
    (6, "The Council should confirm whether any of its re-deployable cameras",
     "passed your recommendation to the Partnership's board for its consideration", "noted"),
    (7, "The Council should adopt a retention and destruction schedule for", None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["Thank you for your report and for the constructive way",
                      "the Audit and Standards Committee has asked for the annual report",
                      "Please do not hesitate to contact me if you need anything",
                      "has been added to the cancellation form"],
                     "Advice: a surveillance commissioner's inspection report on a district council's use of RIPA "
                     "(details grid, numbered paragraphs 1-14 under headings). The seven recommendations are "
                     "UNNUMBERED bold italic paragraphs opening 'Recommendation:' in the running text after "
                     "paragraphs 6, 7, 9 (two), 11, 12 and 13, numbered 1-7 by order. Traps: paragraph 2's legal "
                     "requirements ('not repeated as recommendations'); the 2023 recommendation quoted ('The "
                     "Council should appoint a Senior Responsible Officer'), discharged; the Code's 'elected "
                     "members should review'; paragraph 8's finding 'an Authorising Officer should set out'; "
                     "paragraph 10 'I make no formal recommendation ... may wish to add'; paragraph 13 'must be "
                     "handled'; the closing request for a response. Response: the SRO's letter, which refuses 4 "
                     "in prose ('decided to retain all seven designations', disagrees), then Enclosure A, an "
                     "action plan table with 'Issue' cells naming the REPORT'S PARAGRAPHS (not recommendation "
                     "numbers), rows in the order 3, 1, 5+6, 2, observation: course every three years not two "
                     "(3 partly); policy to Cabinet (1 agrees); ONE row 'Online research and cameras (paragraphs "
                     "11 and 12)' = guidance issued (5 agrees) + cameras passed to the Partnership's board (6 "
                     "noted); central record but refused applications not entered (2 partly); 7 (retention "
                     "schedule) is not answered. Unmatched: the opening thanks, the Audit and Standards "
                     "Committee's nil returns, the closing, the row on the cancellation form (paragraph 10's "
                     "observation, not a recommendation).")
    sys.exit(H.main([NAME]))
