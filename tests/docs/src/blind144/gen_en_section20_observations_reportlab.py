"""Round 144 (EN): a leaseholders' association's OBSERVATIONS on a landlord's section 20 notice of estimates for
major works to a block of flats, answered by the landlord's STATEMENT OF OBSERVATIONS AND RESPONSES, a TABLE that
PARAPHRASES each observation under the landlord's own numbering 1-6, in another order, one request left out.
The advice: a letter with observations under headings NUMBERED 1-8 (trap), then a BOXED 'Summary of our requests'
with the seven requests LETTERED (a)-(g), each 'That ...'. Traps: the numbered observations on the same themes; the
lease quoted ('the Lessor shall keep ...', 'the Lessee must pay ...'); the consultation rules paraphrased ('must
have regard to', 'must ... respond within 21 days'); the surveyor's 2024 report quoted ('should be overhauled');
'We do not ask for the lift refurbishment to be brought forward'.
The response: introduction (nothing); table 'No. | Summary of observation | Northvale's response' in the order
(c), (a), (d), (b), (f), (e): contingency cut to 7.5 not 5 per cent, fees not benchmarked (partly); windows kept
in the contract (disagrees); 36 instalments interest-free (agrees); survey and specification sent (agrees); site
management passed to the contractor (noted); no further estimate from the association's nominee (disagrees);
'Next steps' (nothing); (g) the individual breakdown never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
The Landlord and Tenant Act 1985 and its consultation regulations are named as context only (what is said of them is
paraphrased and not to be relied on); all bodies, people, places, firms, figures and references invented.
Run:  /tmp/blind144en/bin/python tests/docs/src/blind144/gen_en_section20_observations_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b144en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind144_en_section20_observations"
BRICK = colors.HexColor("#7b2d26")
PINE = colors.HexColor("#1d4d3c")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14.5, leading=18, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=10.8, leading=13.5, textColor=ink,
                             spaceBefore=2 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.6, leading=11.4, textColor=colors.HexColor("#555555")),
        "right": ParagraphStyle("r", parent=body, fontSize=9, leading=12, alignment=2),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.8, leading=(size - 0.8) * 1.27, spaceAfter=0),
        "cellh": ParagraphStyle("ch", parent=body, fontName=fam + "-B", fontSize=size - 0.8,
                                leading=(size - 0.8) * 1.27, spaceAfter=0, textColor=colors.white),
        "quote": ParagraphStyle("q", parent=body, leftIndent=8 * mm, rightIndent=8 * mm, fontName=fam + "-I"),
    }


REQUESTS = [
    ("(a)", "That the replacement of the windows be taken out of this contract, since Northvale's own 2024 "
            "condition survey found most of them serviceable for at least ten more years."),
    ("(b)", "That Northvale send the Association the full 2024 condition survey, the specification and the roof "
            "photographs before any contract is let."),
    ("(c)", "That the contingency be reduced from 10 to 5 per cent, and that the consultant's fees of 12.5 per "
            "cent be independently benchmarked."),
    ("(d)", "That leaseholders be offered interest-free payment by instalments over at least 36 months."),
    ("(e)", "That Ashby and Marsh Roofing, the contractor nominated by the Association, be asked to price the roof "
            "works before the contract is awarded."),
    ("(f)", "That a resident liaison officer be on site throughout the works and that alarms be fitted to the "
            "scaffolding."),
    ("(g)", "That each leaseholder receive a breakdown of their own contribution, showing the apportionment method "
            "used."),
]


def advice():
    fonts()
    S = styles("LR", 10, BRICK)
    C = S["cell"]
    f = []
    f.append(Paragraph("HARCOURT COURT LEASEHOLDERS' ASSOCIATION<br/>c/o Flat 37, Harcourt Court, 2 Beacon Road, "
                       "Elmstead EL3 9TW", S["right"]))
    f.append(Paragraph("Home Ownership Team, Northvale Homes, Quayside House, Elmstead EL1 4HB<br/>By e-mail and "
                       "by post. 3 October 2025. Your ref.: MW/HC/2025/11", S["sub"]))
    f.append(Paragraph("Observations on the Notice of Estimates for major works at Harcourt Court (flats 1-64)",
                       S["h1"]))
    f.append(Paragraph("Dear Home Ownership Team,", S["body"]))
    f.append(Paragraph(
        "The Association writes on behalf of 41 of the 48 leaseholders at Harcourt Court in response to your notice "
        "of 5 September 2025, which sets out two estimates for the replacement of the roof coverings and windows, "
        "external redecoration and a new door entry system. The lowest estimate, from Crestline Building Services, "
        "is £1,184,000; the share of a two-bedroom flat would be about £19,400. These observations are made within "
        "the 30-day consultation period.", S["body"]))
    f.append(Paragraph(
        "As we understand it, under section 20 of the Landlord and Tenant Act 1985 and the consultation regulations "
        "a landlord must have regard to observations made in time and, where it receives them, must summarise them "
        "and respond within 21 days. Clause 5(2) of our leases reads: \"the Lessor shall keep the structure and "
        "exterior of the Building in good and substantial repair, and the Lessee must pay a fair proportion of the "
        "cost\". We do not dispute that the roof needs work.", S["body"]))
    obs = [
        ("1. The consultation so far", "The first notice, in April, described the works only as \"external "
         "envelope works\". Several leaseholders did not realise that windows were included until the estimates "
         "arrived."),
        ("2. Windows", "The 2024 condition survey, which we have seen only in summary, found that 46 of the 64 "
         "window sets were in fair condition and said that they \"should be overhauled and re-sealed rather than "
         "replaced\". The windows account for £412,000 of the lowest estimate."),
        ("3. The roof", "Leaks into flats 58, 61 and 63 have been reported since 2021. We accept that the roof "
         "coverings must be replaced, but leaseholders have not been shown the survey photographs that support the "
         "full replacement of the parapets."),
        ("4. The estimates", "Only two estimates were obtained, and both came from contractors on Northvale's "
         "framework. In April we nominated Ashby and Marsh Roofing, a local firm, which tells us that it was never "
         "contacted."),
        ("5. Contingency and fees", "The estimates include a contingency of 10 per cent and consultant's fees of "
         "12.5 per cent, so that nearly a quarter of the total is not building work. These figures seem high for a "
         "scheme of this kind."),
        ("6. Paying for the works", "Many leaseholders are retired or on modest incomes. Northvale's standard "
         "offer of 12 monthly instalments would mean payments of more than £1,600 a month."),
        ("7. Living with the works", "The programme is 34 weeks long and most of it will be under scaffolding. "
         "There were two break-ins through scaffolding at Lindley House last year."),
        ("8. Other matters", "Some leaseholders have asked about the lift. The lift was refurbished in 2019 and we "
         "do not ask for the lift refurbishment to be brought forward into this contract."),
    ]
    for h, t in obs:
        f.append(Paragraph(h, S["h2"]))
        f.append(Paragraph(t, S["body"]))
    rows = [[Paragraph("<b>Summary of our requests</b>", S["h2"]), ""]]
    for k, t in REQUESTS:
        rows.append([Paragraph(f"<b>{k}</b>", C), Paragraph(t, C)])
    box = Table(rows, colWidths=[11 * mm, 148 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.1, BRICK),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6ece9")),
                             ("SPAN", (0, 0), (-1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    f.append(Spacer(1, 2 * mm))
    f.append(box)
    f.append(Spacer(1, 4 * mm))
    f.append(Paragraph("We look forward to your summary of observations and response. Please copy any reply to "
                       "the Association's secretary, Mr Tobias Wrenfield, at the address above.", S["body"]))
    f.append(Paragraph("Yours faithfully,<br/><br/>Margaret Oduya-Lindqvist<br/>Chair, Harcourt Court Leaseholders' "
                       "Association", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Observations on the Notice of Estimates, Harcourt Court",
                            author="Harcourt Court Leaseholders' Association")
    doc.build(f)


def response():
    S = styles("LA", 9.6, PINE)
    C, CH = S["cell"], S["cellh"]
    f = []
    f.append(Paragraph("NORTHVALE HOMES &#183; Home Ownership Team &#183; Quayside House, Elmstead EL1 4HB &#183; "
                       "Ref. MW/HC/2025/11", S["sub"]))
    f.append(Paragraph("Harcourt Court major works: statement of observations received and our responses",
                       S["h1"]))
    f.append(Paragraph("Issued to all leaseholders at Harcourt Court and to the Harcourt Court Leaseholders' "
                       "Association, 22 October 2025", S["sub"]))
    f.append(Paragraph(
        "Thank you to everyone who took the time to comment on our notice of 5 September. We received the "
        "Association's letter of 3 October and nine letters and e-mails from individual leaseholders, most of which "
        "made the same points. We have considered all of them carefully. Our responses are set out in the table "
        "below, which groups the observations by subject.", S["body"]))
    rows = [[Paragraph("No.", CH), Paragraph("Summary of observation", CH), Paragraph("Northvale's response", CH)]]
    data = [
        ("1", "The contingency and the consultant's fees are too high and should be checked.",
         "We have reduced the contingency to 7.5 per cent, which reflects the risk of further defects being found "
         "in the parapets once the roof is opened up. The consultant's fee was set through our framework "
         "competition in 2023 and we do not consider a separate benchmarking exercise to be necessary."),
        ("2", "The windows are serviceable and should not be part of this contract.",
         "The windows will remain in the contract. Although many frames are sound, the double glazed units are "
         "past their design life and replacing them while the scaffolding is up avoids a second scaffold in a few "
         "years' time, which would cost leaseholders more."),
        ("3", "Leaseholders need longer to pay.",
         "Every leaseholder will be able to spread the cost over 36 monthly payments with no interest charged. "
         "Resident leaseholders in financial difficulty can ask our income team about longer arrangements."),
        ("4", "Leaseholders have not seen the survey or the full specification.",
         "The complete survey report, the specification and the drone photographs of the roof were e-mailed to "
         "the Association's secretary on 17 October and can be inspected at our office by appointment."),
        ("5", "Concerns about security and communication during the works.",
         "Your comments about site management have been passed to the contractor and will be taken into account "
         "when the site set-up and resident engagement plan are agreed."),
        ("6", "The Association's nominated contractor was not asked for an estimate.",
         "We are unable to seek a further estimate at this stage. Ashby and Marsh Roofing was not named within "
         "the period allowed in the first notice, and a contractor must be able to carry out the whole of the "
         "works, not only the roof."),
    ]
    for n, o, r in data:
        rows.append([Paragraph(n, C), Paragraph(o, C), Paragraph(r, C)])
    t = Table(rows, colWidths=[10 * mm, 50 * mm, 102 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PINE),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#97a89f")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    f.append(t)
    f.append(Paragraph("Next steps", S["h2"]))
    f.append(Paragraph(
        "We intend to enter into a contract with Crestline Building Services, which submitted the lowest estimate, "
        "in November. Works are expected to start in March 2026. Service charge demands will not be issued until "
        "the works have started. If you have any questions, please contact Leanne Mbatha-Holroyd, Home Ownership "
        "Officer, on 0160 448 2207.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Harcourt Court major works: observations and responses", author="Northvale Homes")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Harcourt Court Leaseholders' Association - Observations - "
            "3 October 2025", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Northvale Homes - Harcourt Court major works - MW/HC/2025/11",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "a", "starts_with": "That the replacement of the windows be taken out of this contract",
         "reply_contains": "The windows will remain in the contract",
         "verdict": "disagrees"},
        {"number": "b", "starts_with": "That Northvale send the Association the full 2024 condition survey",
         "reply_contains": "the drone photographs of the roof were e-mailed to",
         "verdict": "agrees"},
        {"number": "c", "starts_with": "That the contingency be reduced from 10 to 5 per cent",
         "reply_contains": "We have reduced the contingency to 7.5 per cent",
         "verdict": "partly"},
        {"number": "d", "starts_with": "That leaseholders be offered interest-free payment by instalments over",
         "reply_contains": "spread the cost over 36 monthly payments with no interest charged",
         "verdict": "agrees"},
        {"number": "e", "starts_with": "That Ashby and Marsh Roofing, the contractor nominated by the Association",
         "reply_contains": "We are unable to seek a further estimate at this stage",
         "verdict": "disagrees"},
        {"number": "f", "starts_with": "That a resident liaison officer be on site throughout the works",
         "reply_contains": "Your comments about site management have been passed to the contractor",
         "verdict": "noted"},
        {"number": "g", "starts_with": "That each leaseholder receive a breakdown of their own contribution",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["nine letters and e-mails from individual leaseholders",
                 "Service charge demands will not be issued until the works have started"]
    notes = ("Advice: a leaseholders' association's OBSERVATIONS letter on a landlord's section 20 notice of "
             "estimates for major works to a block of flats. Observations under headings NUMBERED 1-8, then a "
             "BOXED 'Summary of our requests' with seven requests LETTERED (a)-(g), each 'That ...'. Traps: the "
             "numbered observations on the same themes; the lease quoted ('the Lessor shall keep ...', 'the Lessee "
             "must pay ...'); the consultation rules paraphrased ('must have regard to', 'must summarise them and "
             "respond'); the 2024 survey quoted ('should be overhauled and re-sealed'); 'we do not ask for the lift "
             "refurbishment to be brought forward'. Response: the landlord's STATEMENT OF OBSERVATIONS AND "
             "RESPONSES, a TABLE 'No. | Summary of observation | Northvale's response' that PARAPHRASES the "
             "observations under its OWN numbering 1-6 (which does not match the letters), in the order (c), (a), "
             "(d), (b), (f), (e): introduction (nothing); 1 contingency cut to 7.5 rather than 5 per cent, fees "
             "not benchmarked (c partly); 2 windows remain in the contract (a disagrees); 3 36 interest-free "
             "monthly payments (d agrees); 4 survey, specification and photographs sent (b agrees); 5 comments "
             "passed to the contractor, 'taken into account' (f noted); 6 'unable to seek a further estimate' (e "
             "disagrees); 'Next steps' (nothing); (g), the individual breakdown, never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
