"""Round 145 (EN): a police complaints body's LEARNING RECOMMENDATIONS REPORT to a police force after an independent
investigation into a pursuit that ended in a serious injury, answered by the force's FORMAL RESPONSE to the
learning recommendations: a covering letter and a TABLE keyed by the body's recommendation numbers, in another
order, with a verdict column ('Accepted', 'Accepted in part', 'Not accepted', 'Noted'), one recommendation left out.
The advice: paragraphs NUMBERED 1-20 under headings (trap), FINDINGS labelled 'Finding 1' to 'Finding 6' (trap), the
seven recommendations LABELLED 'Learning recommendation 1' to '7' inside numbered paragraphs 12-18, each
'Northmoor Police should ...'. Traps: the statutory scheme paraphrased ('must respond in writing within 56 days');
the Regional Pursuits Policy quoted ('A pursuit must be abandoned ...', 'the control room should assume tactical
command'); the body's 2019 learning report quoted ('forces should review ...'); 'We do not recommend that the force
stops authorising tactical contact'.
The response: covering letter (nothing); table in the order 3, 2, 1, 6, 4, 5: video starts with blue lights
(agrees); refresher training (agrees); tactical adviser except 2 am to 7 am, covered by a neighbouring force (partly);
radio recordings kept 31 days, seven years disproportionate (disagrees); debrief form (agrees); reporting to the
Police and Crime Panel passed to the Commissioner (noted); a paragraph on tactical contact, where no recommendation
was made (unmatched); closing (nothing); 7, the family's single point of contact, never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
The Police Reform Act 2002 is named as context only (what is said of it is paraphrased and not to be relied on); all
bodies, people, places, figures and references are invented.
Run:  /tmp/blind145en/bin/python tests/docs/src/blind145/gen_en_pursuit_learning_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b145en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind145_en_pursuit_learning"
PLUM = colors.HexColor("#4a2a5e")
STEEL = colors.HexColor("#1f3b57")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.1 * mm)
    return {
        "body": body,
        "num": ParagraphStyle("n", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm),
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14.5, leading=18, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=10.8, leading=13.5, textColor=ink,
                             spaceBefore=2 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.6, leading=11.4, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.9, leading=(size - 0.9) * 1.27, spaceAfter=0),
        "cellh": ParagraphStyle("ch", parent=body, fontName=fam + "-B", fontSize=size - 0.9,
                                leading=(size - 0.9) * 1.27, spaceAfter=0, textColor=colors.white),
        "quote": ParagraphStyle("q", parent=body, leftIndent=18 * mm, rightIndent=8 * mm, fontName=fam + "-I"),
        "find": ParagraphStyle("f", parent=body, leftIndent=27 * mm, firstLineIndent=-18 * mm, spaceAfter=1.2 * mm),
    }


RECS = [
    "Northmoor Police should ensure that a trained pursuit tactical adviser is on duty in the force control room "
    "at all hours, including between midnight and 6 am.",
    "Northmoor Police should ensure that all response drivers complete refresher training on assessing the risk of "
    "pursuing powered two-wheelers within 12 months.",
    "Northmoor Police should configure the in-car video system in all pursuit-capable vehicles to start recording "
    "automatically when the blue lights are switched on.",
    "Northmoor Police should introduce a written debrief, completed within 72 hours, for every pursuit that ends in "
    "a collision or an injury.",
    "Northmoor Police should report the anonymised results of its pursuit reviews to the Northmoor Police and Crime "
    "Panel twice a year.",
    "Northmoor Police should keep recordings of the pursuit radio channel for at least seven years, rather than "
    "the current 31 days.",
    "Northmoor Police should name a single point of contact for the family of anyone seriously injured after "
    "police contact, within 24 hours of the incident.",
]


def advice():
    fonts()
    S = styles("LA", 9.6, PLUM)
    f = []
    f.append(Paragraph("POLICE CONDUCT REVIEW AUTHORITY &#183; Regional Office North &#183; Carrick House, 9 "
                       "Tannery Wharf, Dunmere DN2 6QA", S["sub"]))
    f.append(Paragraph("Learning recommendations report<br/>Northmoor Police: pursuit of a moped on the Ravensmoor "
                       "estate, Dunmere, on 14 February 2025", S["h1"]))
    f.append(Paragraph("Investigation reference PCRA 2025/011872 &#183; Issued 8 August 2025 &#183; To: Chief "
                       "Constable Helena Marchetti-Boyd, Northmoor Police &#183; From: Owain Fairclough-Ndiaye, "
                       "Director of Operations (North)", S["sub"]))

    def para(num, text, w=9, indent=0):
        cells = [Paragraph(str(num), S["body"]), Paragraph(text, S["body"])]
        widths = [w * mm, (160 - w - indent) * mm]
        if indent:
            cells, widths = [""] + cells, [indent * mm] + widths
        f.append(Table([cells], colWidths=widths, hAlign="LEFT",
                       style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))

    f.append(Paragraph("Introduction", S["h2"]))
    para(1, "This report sets out the learning the Authority has identified from its independent investigation into "
            "a police pursuit in Dunmere on the evening of 14 February 2025. The pursuit lasted four minutes and "
            "ended when the rider of a moped, a 17-year-old boy, collided with a parked van in Foxglove Road. He "
            "suffered a fractured pelvis and a head injury and spent eleven days in hospital.")
    para(2, "Under paragraph 28A of Schedule 3 to the Police Reform Act 2002, as we summarise it, the Authority may "
            "make recommendations to a police force, and the force must respond in writing within 56 days, saying "
            "whether it accepts each recommendation and what it has done or will do. The Authority publishes both "
            "the recommendations and the response.")
    para(3, "The investigation found no indication that any officer had behaved in a manner that would justify "
            "disciplinary proceedings. This report is about the systems and practices around the pursuit, not about "
            "individual conduct.")
    f.append(Paragraph("What happened", S["h2"]))
    para(4, "At 21:37 a marked response car tried to stop the moped, which had been reported stolen an hour "
            "earlier. The rider did not stop. The driver, a standard response driver, declared the pursuit to the "
            "control room, where no pursuit tactical adviser was on duty that night. The control room inspector "
            "authorised the pursuit to continue while a roads policing car made its way to the area.")
    para(5, "The Regional Pursuits Policy (2021), which Northmoor Police has adopted, states: <i>\"A pursuit must be "
            "abandoned when the risks to the public, the subject or officers outweigh the benefit of stopping the "
            "vehicle. Where a tactical adviser is available, the control room should assume tactical command.\"</i>")
    para(6, "The in-car video in the pursuing car was not switched on until 21:39, two minutes into the pursuit, and "
            "the first part of the pursuit was reconstructed from radio recordings and CCTV.")
    f.append(Paragraph("Our findings", S["h2"]))
    para(7, "Having reviewed the evidence, the investigator made the following findings:")
    for k, t in [
        ("Finding 1", "The decision to begin the pursuit was within policy, but the risk assessment was not revisited "
                      "when the rider removed his helmet at 21:38."),
        ("Finding 2", "No tactical adviser was on duty between 18:00 and 06:00 on 14 February, which the force told "
                      "us happens on about one night in three."),
        ("Finding 3", "The driver had last received training on pursuing powered two-wheelers in 2019."),
        ("Finding 4", "In-car video relies on the driver pressing a button, which is easily forgotten."),
        ("Finding 5", "No structured debrief took place after the pursuit; the officers gave accounts only when the "
                      "Authority's investigators asked for them."),
        ("Finding 6", "The boy's mother learned of his injuries from a neighbour and spoke to four different officers "
                      "in the first two days."),
    ]:
        para(f"<b>{k}</b>", t, w=19, indent=9)
    para(8, "Recordings of the pursuit radio channel are kept for 31 days. The recording of this pursuit was "
            "preserved only because the force referred the matter to the Authority within that period.")
    para(9, "In 2019 the Authority's national learning report on pursuits said that <i>\"forces should review "
            "their pursuit policies in the light of the growth in moped-enabled crime\"</i>. Northmoor Police did "
            "so in 2021, and we have taken that review into account.")
    para(10, "The pursuit was ended at 21:41 by the roads policing car using tactical contact. Tactical contact was "
             "not used against the moped, and we do not recommend that the force stops authorising tactical contact "
             "against powered two-wheelers, which remains a matter for national guidance.")
    f.append(Paragraph("Learning recommendations", S["h2"]))
    para(11, "The Authority makes the following learning recommendations to Northmoor Police. They are intended to "
             "reduce the risk of a similar pursuit ending in serious injury.")
    for i, t in enumerate(RECS):
        para(12 + i, f"<b>Learning recommendation {i + 1}</b><br/>{t}")
    f.append(Paragraph("Next steps", S["h2"]))
    para(19, "We ask Northmoor Police to send its response by 3 October 2025. The Authority will publish this report "
             "and the force's response on its website, with the names of officers and of the young man removed.")
    para(20, "We have shared this report with the boy's family and with the Police and Crime Commissioner for "
             "Northmoor.")
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("Owain Fairclough-Ndiaye<br/>Director of Operations (North), Police Conduct Review Authority",
                       S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Learning recommendations report PCRA 2025/011872",
                            author="Police Conduct Review Authority")
    doc.build(f)


def response():
    S = styles("LR", 10, STEEL)
    C, CH = S["cell"], S["cellh"]
    f = []
    f.append(Paragraph("NORTHMOOR POLICE &#183; Professional Standards Department &#183; Police Headquarters, "
                       "Moorgate Road, Dunmere DN1 3RF", S["sub"]))
    f.append(Paragraph("Owain Fairclough-Ndiaye, Director of Operations (North), Police Conduct Review Authority"
                       "<br/>26 September 2025 &#183; Your ref.: PCRA 2025/011872 &#183; Our ref.: PSD/LR/25/044",
                       S["sub"]))
    f.append(Paragraph("Response to learning recommendations: pursuit in Dunmere, 14 February 2025", S["h1"]))
    f.append(Paragraph("Dear Mr Fairclough-Ndiaye,", S["body"]))
    f.append(Paragraph(
        "Thank you for your report of 8 August. The Chief Constable has asked me to reply on her behalf. The report "
        "was discussed at the force's Organisational Learning Board on 4 September, together with the force's "
        "pursuit data for the last three years. The force's formal response to each learning "
        "recommendation is set out in the table below.", S["body"]))
    rows = [[Paragraph("Rec.", CH), Paragraph("Response", CH), Paragraph("Action taken or planned", CH),
             Paragraph("Lead and date", CH)]]
    data = [
        ("3", "Accepted",
         "A software update installed on all 148 pursuit-capable vehicles on 1 September now starts in-car video "
         "recording as soon as the emergency lights are activated. Drivers can no longer switch it off while the "
         "lights are on.", "Head of Fleet; completed"),
        ("2", "Accepted",
         "A half-day refresher module on pursuing mopeds and motorcycles has been added to the driver training "
         "programme. By 19 September, 212 of the 390 response drivers completed it; the remainder are booked.",
         "Driver Training Manager; June 2026"),
        ("1", "Accepted in part",
         "From January 2026 a tactical adviser will be on duty in the control room from 7 am until 2 am. Between "
         "2 am and 7 am, when pursuits are rare, tactical advice will be provided by Eastfield Constabulary's "
         "control room under a collaboration agreement signed in August.", "Head of Contact Management; January 2026"),
        ("6", "Not accepted",
         "Radio recordings are kept for 31 days under the force's retention schedule. Any pursuit ending in a "
         "collision is already preserved and referred, and a seven-year retention period for all traffic would be "
         "disproportionate and would not meet data protection requirements.", "Information Manager"),
        ("4", "Accepted",
         "A structured debrief form (PUR-3) has been introduced. It is completed by the drivers and the control room "
         "within three days of any pursuit that ends in a collision or injury and is reviewed by the Roads Policing "
         "Inspector.", "Head of Roads Policing; in place"),
        ("5", "Noted",
         "Reports to the Police and Crime Panel are made by the Police and Crime Commissioner. The recommendation "
         "has been passed to the Commissioner's office for consideration.", "Chief of Staff"),
    ]
    for r in data:
        rows.append([Paragraph(r[0], C), Paragraph(f"<b>{r[1]}</b>", C), Paragraph(r[2], C), Paragraph(r[3], C)])
    t = Table(rows, colWidths=[11 * mm, 24 * mm, 90 * mm, 35 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), STEEL),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8c9bab")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    f.append(t)
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph(
        "Your report also comments on the use of tactical contact to end the pursuit. The force will continue to "
        "authorise tactical contact only by trained roads policing drivers and will follow any change in national "
        "guidance.", S["body"]))
    f.append(Paragraph(
        "We are grateful to your investigators for the care they took with this case. If you need anything further, "
        "please contact Detective Superintendent Marcus Ellery-Dunn in the Professional Standards Department.",
        S["body"]))
    f.append(Paragraph("Yours sincerely,<br/><br/>Bernadette Quayle-Osei<br/>Deputy Chief Constable", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Response to learning recommendations PCRA 2025/011872", author="Northmoor Police")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Police Conduct Review Authority - Learning recommendations - "
            "PCRA 2025/011872", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Northmoor Police - Response to PCRA 2025/011872",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Northmoor Police should ensure that a trained pursuit tactical adviser",
         "reply_contains": "tactical advice will be provided by Eastfield Constabulary's control room",
         "verdict": "partly"},
        {"number": 2, "starts_with": "Northmoor Police should ensure that all response drivers complete refresher",
         "reply_contains": "212 of the 390 response drivers completed it",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Northmoor Police should configure the in-car video system",
         "reply_contains": "recording as soon as the emergency lights are activated",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Northmoor Police should introduce a written debrief, completed within 72 hours",
         "reply_contains": "A structured debrief form (PUR-3) has been introduced",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Northmoor Police should report the anonymised results of its pursuit reviews",
         "reply_contains": "has been passed to the Commissioner's office for consideration",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Northmoor Police should keep recordings of the pursuit radio channel",
         "reply_contains": "a seven-year retention period for all traffic would be disproportionate",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "Northmoor Police should name a single point of contact for the family",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["authorise tactical contact only by trained roads policing drivers",
                 "discussed at the force's Organisational Learning Board on 4 September"]
    notes = ("Advice: a police complaints body's LEARNING RECOMMENDATIONS REPORT to a police force after an "
             "investigation into a pursuit that ended in a serious injury. Paragraphs NUMBERED 1-20; the seven "
             "recommendations LABELLED 'Learning recommendation 1' to '7' in paragraphs 12-18, each 'Northmoor Police "
             "should ...'. Traps: FINDINGS labelled 'Finding 1' to 'Finding 6' on the same themes; the statutory "
             "scheme paraphrased ('the force must respond in writing within 56 days'); the Regional Pursuits Policy "
             "quoted ('A pursuit must be abandoned ...', 'the control room should assume tactical command'); the "
             "2019 national learning report quoted ('forces should review ...'); 'we do not recommend that the "
             "force stops authorising tactical contact'. Response: the Deputy Chief Constable's covering LETTER and "
             "a TABLE 'Rec. | Response | Action taken or planned | Lead and date' keyed by the Authority's numbers in "
             "the order 3, 2, 1, 6, 4, 5: video starts with the lights (3 agrees); refresher module (2 agrees); "
             "tactical adviser 7 am to 2 am, a neighbouring force's control room overnight (1 partly); 31-day "
             "retention kept, seven years disproportionate (6 disagrees); debrief form PUR-3 (4 agrees); reporting "
             "to the Panel passed to the Commissioner (5 noted); a paragraph on tactical contact, where no "
             "recommendation was made (unmatched); introduction and closing (nothing); 7, the family's single "
             "point of contact, never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
