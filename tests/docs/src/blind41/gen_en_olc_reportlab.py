"""Round 41 (EN): a Canadian language-rights commissioner's final investigation report (invented Office of the
Commissioner of Language Rights, complaint against the invented Canadian Coastal Safety Agency) with paragraphs
numbered [1]-[16] and recommendations that end in a tag '(Recommendation N)', answered by the Agency President's
letter. reportlab platypus, US Letter, cleaned Liberation fonts, running header and folio drawn on the canvas. All
content (commissioner, agency, people, file numbers, figures) is invented; Parts IV and V of the Official Languages
Act and its sections 22, 25 and 28 are cited by number only.

Run:  /tmp/blind41en/bin/python tests/docs/src/blind41/gen_en_olc_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b41en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

NAME = "blind41_en_olc"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LR", "LiberationSerif-Regular.ttf"),
              ("LRB", "LiberationSerif-Bold.ttf"), ("LRI", "LiberationSerif-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRB")

BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6)
SER = ParagraphStyle("s", fontName="LR", fontSize=11, leading=14.5, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, spaceAfter=8, textColor=colors.HexColor("#8a1c2b"))
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5,
                    textColor=colors.HexColor("#8a1c2b"))
NUM = ParagraphStyle("n", parent=BODY)


def numbered():
    n = [0]

    def np(t):
        n[0] += 1
        t_ = Table([[Paragraph("[%d]" % n[0], BODY), Paragraph(t, BODY)]], colWidths=(12 * mm, None))
        t_.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return t_
    return np


def deco(head, foot, first_head=False):
    def draw(c, doc):
        c.saveState()
        w, h = letter
        if first_head or doc.page > 1:
            c.setFont("LS", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(22 * mm, h - 14 * mm, head)
        c.setFont("LS", 8)
        c.drawCentredString(w / 2, 12 * mm, foot.replace("{n}", str(doc.page)))
        c.restoreState()
    return draw


def advice(path):
    np = numbered()
    s = []
    s.append(Paragraph("Office of the Commissioner of Language Rights<br/>Commissariat aux droits linguistiques",
                       ParagraphStyle("m", fontName="LSB", fontSize=10, leading=13, textColor=colors.HexColor("#8a1c2b"))))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Final Investigation Report", H1))
    s.append(Paragraph("Complaint against the Canadian Coastal Safety Agency concerning service in both official "
                       "languages at the Atlantic Marine Communications Centre", ParagraphStyle("t", fontName="LSB",
                       fontSize=12, leading=15, spaceAfter=10)))
    meta = Table([["File number", "CLR-2025-0917"], ["Institution", "Canadian Coastal Safety Agency (the Agency)"],
                  ["Parts of the Act", "Part IV (Communications with and services to the public)"],
                  ["Date of report", "January 28, 2026"], ["Finding", "Founded"]], colWidths=(40 * mm, 120 * mm))
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9), ("FONT", (0, 0), (0, -1), "LSB", 9),
                              ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2e6e8"))]))
    s += [meta, Spacer(1, 10)]
    s.append(Paragraph("The complaint", H2))
    s.append(np("On June 14, 2025, the complainant, a fishing vessel master from the Acadian Peninsula, called the "
                "Agency's marine weather and safety line and was greeted in English only. After asking twice for "
                "service in French, the complainant was placed on hold for eleven minutes and then disconnected."))
    s.append(np("Under section 22 of the Official Languages Act (the Act), federal institutions must ensure that "
                "any member of the public can communicate with and obtain available services from them in either "
                "official language where there is significant demand. Section 28 requires institutions to make an "
                "active offer of service in both languages, including by telephone."))
    s.append(Paragraph("The investigation", H2))
    s.append(np("We interviewed the Director of Marine Communications and four shift supervisors, and we reviewed "
                "the call logs for June 2025, the staffing plan of the Atlantic Marine Communications Centre in "
                "Halifax and the Agency's contract with Maritel Contact Solutions Inc., which handles overflow "
                "calls at night and on weekends."))
    s.append(np("The call logs show that 1,284 of the 9,906 calls received in June 2025 (13 percent) were routed to "
                "the French-language queue. Of the 11 operator positions at the Centre, 4 are designated bilingual; "
                "on 38 of the 90 shifts in June no bilingual operator was on duty."))
    lt = Table([["Month (2025)", "Calls received", "French queue", "Shifts without bilingual operator"],
                ["April", "8,415", "1,052", "29 of 90"], ["May", "9,120", "1,187", "33 of 93"],
                ["June", "9,906", "1,284", "38 of 90"]], colWidths=(35 * mm, 32 * mm, 30 * mm, 60 * mm))
    lt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9), ("FONT", (0, 0), (-1, 0), "LSB", 9),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    s += [Spacer(1, 2), lt, Spacer(1, 8)]
    s.append(np("The automated greeting of the weather and safety line begins with a 21-second English message; "
                "the French message follows only after the caller presses 2. The Agency should have known that "
                "this does not meet the requirement of an active offer: our 2021 audit of marine services already "
                "recommended that the Agency 'ensure that all automated messages are recorded in both official "
                "languages, with equal prominence', and the Agency reported that recommendation as implemented in "
                "2022."))
    s.append(np("Maritel operators are not required to speak French. The contract (No. CCSA-2023-044) contains no "
                "language clause, although Maritel answers calls on the Agency's behalf, which brings the service "
                "within section 25 of the Act."))
    s.append(Paragraph("Analysis and findings", H2))
    s.append(np("The Agency does not dispute the facts. It explained that bilingual operators are difficult to "
                "recruit in Halifax and that supervisors receive no training on the active offer. We find that the "
                "Agency failed to meet its obligations under sections 22 and 28 of the Act. The complaint is "
                "therefore founded."))
    s.append(np("Marine safety information is a matter where a delay of minutes can matter. The Commissioner "
                "considers that, in this context, bilingual service cannot depend on who happens to be on duty."))
    s.append(Paragraph("Recommendations", H2))
    s.append(np("In light of the above, the Commissioner makes the following recommendations to the Canadian Coastal "
                "Safety Agency, and asks that it report on their implementation within six months of receiving this "
                "final report."))
    for t in ("The Commissioner recommends that the Agency modify the automated greeting of the marine weather and "
              "safety line so that it offers service in both official languages, with equal prominence, from the "
              "first words of the message (Recommendation 1).",
              "The Commissioner recommends that the Agency review the linguistic designation of the 11 operator "
              "positions at the Atlantic Marine Communications Centre so that a bilingual operator is on duty on "
              "every shift (Recommendation 2).",
              "The Commissioner recommends that the Agency introduce a monitoring mechanism, including test calls "
              "at least twice a year, to verify the quality of service in French and in English (Recommendation 3).",
              "The Commissioner recommends that the Agency provide training on the active offer to all shift "
              "supervisors within twelve months (Recommendation 4).",
              "The Commissioner recommends that the Agency amend its contract with Maritel Contact Solutions Inc., "
              "or any successor contract, to include linguistic obligations equivalent to its own "
              "(Recommendation 5).",
              "The Commissioner recommends that the Agency send the Commissioner a detailed action plan, with "
              "timelines, within three months of receiving this report (Recommendation 6)."):
        s.append(np(t))
    s.append(Paragraph("Follow-up", H2))
    s.append(np("Under section 63 of the Act, the Commissioner may follow up on the implementation of these "
                "recommendations. The complainant and the Agency will be informed of the results of any follow-up."))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Original signed by<br/>Nathalie Brassard-Kent<br/>Commissioner of Language Rights", BODY))
    SimpleDocTemplate(path, pagesize=letter, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                      bottomMargin=20 * mm, title="Final Investigation Report CLR-2025-0917").build(
        s, onFirstPage=deco("CLR-2025-0917", "Page {n}"), onLaterPages=deco(
            "Final Investigation Report - CLR-2025-0917 - Canadian Coastal Safety Agency", "Page {n}"))


def response(path):
    s = []
    s.append(Paragraph("Canadian Coastal Safety Agency<br/>Agence canadienne de la securite cotiere",
                       ParagraphStyle("m", fontName="LSB", fontSize=10.5, leading=13)))
    s.append(Paragraph("Office of the President - 200 Kent Street, Ottawa ON  K1A 0E6",
                       ParagraphStyle("m2", fontName="LS", fontSize=8.5, leading=11, spaceAfter=18)))
    s.append(Paragraph("March 9, 2026", SER))
    s.append(Paragraph("Ms. Nathalie Brassard-Kent<br/>Commissioner of Language Rights<br/>30 Victoria Street<br/>"
                       "Gatineau QC  K1A 0T8", SER))
    s.append(Paragraph("<b>Subject: Your file CLR-2025-0917 - Final investigation report</b>", SER))
    s.append(Paragraph("Dear Commissioner:", SER))
    for t in (
        "Thank you for your final investigation report of January 28, 2026. The Agency accepts your finding and "
        "regrets the experience of the complainant, to whom I have written personally.",
        "I am pleased to tell you that the greeting of the marine weather and safety line was re-recorded in "
        "February: callers now hear a single bilingual message, French and English alternating, before any menu "
        "option. The new message has been in service since February 16, 2026.",
        "We also agree that the quality of service must be verified independently. Starting in April 2026, our "
        "Internal Audit Branch will place anonymous test calls each quarter, in both languages and at different "
        "hours, and the results will be reported to our Executive Committee.",
        "Your second and fifth recommendations concern staffing. We have reviewed the 11 operator positions and "
        "will designate three more of them bilingual as they become vacant, which should bring us to seven "
        "bilingual positions by 2028; designating all positions would exclude most of the local labour pool, "
        "and we will instead offer second-language training to current operators. As for Maritel, the overflow "
        "service will remain as it is: the Agency's legal services are of the view that Maritel does not act on "
        "our behalf within the meaning of section 25, and we will not be reopening the contract, which expires "
        "in 2029.",
        "With respect to the request for an action plan, we have taken note of it. The measures described in this "
        "letter will be included in the Agency's Official Languages Action Plan 2026-2029, which is being "
        "finalized and will be published in the autumn.",
        "Finally, you may be interested to know that the Agency appointed a new Champion of Official Languages, "
        "Assistant Commissioner Ravi Thibodeau, in January, and that our participation in the Rendez-vous de la "
        "Francophonie doubled this year.",
        "Please do not hesitate to contact Louise Arsenault, Director of Official Languages, at 613-555-0182 should "
        "you require further information.",
        "Yours sincerely,"):
        s.append(Paragraph(t, SER))
    s.append(Spacer(1, 18))
    s.append(Paragraph("Martin Okafor-Gauthier<br/>President", SER))
    s.append(Paragraph("c.c. Deputy Minister of Fisheries, Oceans and Coasts", ParagraphStyle("cc", parent=SER,
                       fontSize=9)))
    SimpleDocTemplate(path, pagesize=letter, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title="Response CLR-2025-0917").build(
        s, onFirstPage=deco("", ""), onLaterPages=deco("Ms. N. Brassard-Kent - March 9, 2026", "- {n} -"))


NOTES = ("Language-rights commissioner's final investigation report: paragraphs [1]-[16] in a number column; the "
         "six recommendations are paragraphs [10]-[15], each 'The Commissioner recommends that the Agency ...' ending "
         "in a tag '(Recommendation N)' (numbered by the tags). Traps: the case data table (file number, 'Finding: "
         "Founded'), sections 22, 25, 28 and 63 of the Act, the call-log table, 'The Agency should have known', the "
         "2021 audit recommendation quoted in quotation marks, 'The Commissioner considers', the introductory "
         "paragraph [9] ('makes the following recommendations ... asks that it report'), follow-up. The President's "
         "letter answers without numbers, in another order 1, 3, 2+5, 6: the greeting re-recorded (1 agrees, already "
         "done); quarterly test calls by Internal Audit (3 agrees); ONE paragraph on 'Your second and fifth "
         "recommendations': three more positions bilingual, not all (2 partly), Maritel contract not reopened (5 "
         "disagrees); the action plan request 'taken note of', measures go into the 2026-2029 plan (6 noted, partly "
         "acceptable); 4 (training for shift supervisors) is never answered. The paragraph on the new Champion of "
         "Official Languages answers nothing.")


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    advice(a)
    response(r)
    recs = [
        {"number": "1", "starts_with": "The Commissioner recommends that the Agency modify the automated greeting",
         "reply_contains": "callers now hear a single bilingual message", "verdict": "agrees"},
        {"number": "2", "starts_with": "The Commissioner recommends that the Agency review the linguistic designation",
         "reply_contains": "will designate three more of them bilingual as they become vacant", "verdict": "partly"},
        {"number": "3", "starts_with": "The Commissioner recommends that the Agency introduce a monitoring mechanism",
         "reply_contains": "will place anonymous test calls each quarter", "verdict": "agrees"},
        {"number": "4", "starts_with": "The Commissioner recommends that the Agency provide training on the active",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "The Commissioner recommends that the Agency amend its contract with Maritel",
         "reply_contains": "we will not be reopening the contract, which expires in 2029", "verdict": "disagrees"},
        {"number": "6", "starts_with": "The Commissioner recommends that the Agency send the Commissioner a detailed",
         "reply_contains": "the request for an action plan, we have taken note", "verdict": "noted",
         "also": ["partly"]},
    ]
    H.write_expected(NAME, recs, ["appointed a new Champion of Official Languages"], NOTES)


if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)
