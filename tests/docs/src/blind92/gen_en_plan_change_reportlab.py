"""Round 92 (EN): a New Zealand regional council's INDEPENDENT HEARING PANEL REPORT AND RECOMMENDATIONS ON A PROPOSED
FRESHWATER PLAN CHANGE (recommendations as numbered paragraphs 9.1-9.7 of a 'Recommendations' section after numbered
findings) answered by the council's DECISIONS REPORT, a decision list citing the panel's paragraph numbers. reportlab
platypus, A4, cleaned DejaVu, invariant; running header from page 2 and 'Page N of M' stamped. All invented.
Run:  /tmp/blind92en/bin/python tests/docs/src/blind92/gen_en_plan_change_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b92en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind92_en_plan_change"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", H.clean_font("DejaVuSans-Oblique.ttf")))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
B = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.2, spaceAfter=5)
NP = ParagraphStyle("np", parent=B, leftIndent=11 * mm, firstLineIndent=-11 * mm)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, textColor=colors.HexColor("#1f4d3a"), spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=colors.HexColor("#1f4d3a"), spaceBefore=8, spaceAfter=4)
SM = ParagraphStyle("sm", parent=B, fontSize=8.3, leading=11, textColor=colors.HexColor("#444444"))
Q = ParagraphStyle("q", parent=B, leftIndent=16 * mm, rightIndent=8 * mm, fontName="DVI")


def build(path, flow):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(flow)


def np_(n, t):
    return Paragraph(f"{n}    {t}", NP)


def advice():
    f = [Paragraph("WAIMARU REGIONAL COUNCIL", SM),
         Paragraph("Proposed Plan Change 9 (Freshwater Allocation and Water Quality) to the Waimaru Regional Plan", H1),
         Paragraph("Report and Recommendations of the Independent Hearing Panel", H2),
         Paragraph("Commissioners: Helen Tamihana (Chair), Graeme Ashworth, Dr Lucy Fenwick. Report dated 14 April 2026.", SM),
         Spacer(1, 4)]
    f += [Paragraph("1  Introduction", H2),
          np_("1.1", "The Waimaru Regional Council appointed us under section 34A of the Resource Management Act 1991 "
              "to hear submissions on Proposed Plan Change 9 (PC9) and to make recommendations to the Council. We "
              "have no power to make decisions; under clause 10 of Schedule 1 the Council must give its decision "
              "on the provisions and matters raised in submissions."),
          np_("1.2", "PC9 was notified on 2 June 2025. It received 214 submissions and 37 further submissions. We sat "
              "for nine days in Kereru Bay and Ohinau between 10 November and 5 December 2025 and undertook two "
              "site visits to the Upper Mataroa catchment."),
          Paragraph("2  Scope of this report", H2),
          np_("2.1", "Sections 3 to 8 set out our evaluation under section 32AA of the Act, topic by topic. Our "
              "recommendations are collected in section 9. Where we do not refer to a submission point, it should "
              "be taken that we accept the reporting officer's recommendation on it."),
          Paragraph("3  Allocation limits", H2),
          np_("3.1", "PC9 sets allocation limits for eleven surface water management units. We find that the limits "
              "for the Mataroa and Tuwhare units are based on flow records of fewer than five years and are less "
              "reliable than the others."),
          np_("3.2", "Federated Farmers (submitter 88) asked that \u201cthe Council should retain the existing "
              "allocation limits until the 2030 review\u201d. We do not agree: the National Policy Statement for "
              "Freshwater Management requires over-allocation to be phased out within defined timeframes."),
          np_("3.3", "Table 1 shows current allocation against the notified limits."),
          Table([["Management unit", "Notified limit (L/s)", "Allocated (L/s)", "Status"],
                 ["Mataroa", "1,150", "1,420", "Over-allocated"],
                 ["Tuwhare", "620", "598", "Near limit"],
                 ["Ohinau", "2,300", "1,610", "Within limit"],
                 ["Kereru Stream", "410", "455", "Over-allocated"]],
                colWidths=[40 * mm, 36 * mm, 32 * mm, 32 * mm],
                style=TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.6), ("FONT", (0, 0), (-1, 0), "DVB", 8.6),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebe3")),
                                  ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a9c8a"))])),
          Paragraph("Table 1: Surface water allocation, 30 June 2025", SM),
          Paragraph("4  Water quality", H2),
          np_("4.1", "We heard consistent evidence that E. coli levels at six of the nine monitored swimming sites "
              "exceed the national bottom line in summer. Farm environment plans should address critical source "
              "areas, and most witnesses agreed that stock exclusion from waterways is already well advanced."),
          np_("4.2", "Iwi submitters, including Te Runanga o Ngati Mataroa, told us that the plan does not give "
              "effect to Te Mana o te Wai and that mana whenua must be involved in monitoring. We accept that "
              "evidence."),
          Paragraph("5  Transfers, water metering and the transition", H2),
          np_("5.1", "The notified rules allow transfers of water permits only within a management unit. Several "
              "horticultural submitters sought transfers across unit boundaries; we find no hydrological basis for "
              "that in the over-allocated units."),
          np_("5.2", "Telemetered metering is required for takes above 20 L/s. The Council's compliance team told "
              "us that around 30 per cent of smaller takes are not metered at all."),
          Paragraph("9  Recommendations", H2),
          Paragraph("For the reasons given in sections 3 to 8, the Panel recommends that the Council:", B),
          np_("9.1", "Accept PC9 with the amendments shown in Appendix A, including the revised policy on "
              "over-allocation in Policy 14."),
          np_("9.2", "Defer the allocation limits for the Mataroa and Tuwhare management units and notify a "
              "variation once at least ten years of flow records are available."),
          np_("9.3", "Amend Rule 22 so that telemetered metering is required for all takes above 5 L/s by "
              "1 July 2028."),
          np_("9.4", "Establish a joint monitoring programme with mana whenua, funded from the Council's "
              "science budget, for all nine swimming sites."),
          np_("9.5", "Reject the submissions seeking transfers of water permits across management unit "
              "boundaries, and retain Rule 27 as notified."),
          np_("9.6", "Require certified farm environment plans for all farms over 20 hectares within three "
              "years of the plan change becoming operative."),
          np_("9.7", "Ask the Minister for the Environment to extend the 2030 deadline for phasing out "
              "over-allocation in the Kereru Stream unit to 2035."),
          Paragraph("10  Closing", H2),
          np_("10.1", "We thank the submitters, the reporting officers and the hearing administrator. The Council "
              "has 20 working days after receiving this report to notify its decisions, and it should note that "
              "recommendations 9.2 and 9.7 depend on each other."),
          Paragraph("Helen Tamihana, Chair, for the Independent Hearing Panel", SM)]
    build(H.out(NAME + "_advice.pdf"), f)


def response():
    f = [Paragraph("WAIMARU REGIONAL COUNCIL", SM),
         Paragraph("Decisions on Proposed Plan Change 9 (Freshwater Allocation and Water Quality)", H1),
         Paragraph("Decisions report adopted by the Council on 21 May 2026 (Resolution CR26/071). Prepared by "
                   "Anaru Whitfield, Policy Manager.", SM),
         Paragraph("1  Purpose", H2),
         Paragraph("This report records the Council's decisions on the recommendations of the Independent Hearing "
                   "Panel, as required by clause 10 of Schedule 1. Notice of the decisions will be served on every "
                   "submitter by 28 May 2026, and the appeal period runs for 30 working days from service.", B),
         Paragraph("2  Decisions on the Panel's recommendations", H2),
         Paragraph("<b>Recommendation 9.3 (metering).</b> Accepted. Rule 22 is amended as the Panel proposed, and "
                   "the 5 L/s telemetry threshold will apply from 1 July 2028. Officers will write to affected "
                   "permit holders in the coming months.", B),
         Paragraph("<b>Recommendation 9.1 (adoption of PC9).</b> Accepted. The Council adopts PC9 with the "
                   "amendments in Appendix A of the Panel's report, including revised Policy 14.", B),
         Paragraph("<b>Recommendations 9.4 and 9.6 (monitoring and farm plans).</b> The Council agrees that mana "
                   "whenua should be partners in monitoring and will establish a joint programme, but it will cover "
                   "the four sites with the highest summer counts first, with the others to follow as funding "
                   "allows. On farm plans, the Council does not accept the recommendation: certified farm "
                   "environment plans are now required by national regulations, and a separate regional "
                   "requirement would duplicate them and add cost for landowners.", B),
         Paragraph("<b>Recommendation 9.7 (Kereru Stream).</b> The Council notes the Panel's view. The deadline is "
                   "set nationally and the Chair will raise the matter with the Minister's officials when the "
                   "regional sector next meets them; no request is being made at this stage.", B),
         Paragraph("<b>Recommendation 9.5 (transfers).</b> Accepted. The submissions seeking cross-boundary "
                   "transfers are rejected and Rule 27 is retained as notified.", B),
         Paragraph("3  Implementation and costs", H2),
         Paragraph("The operative date of PC9 will depend on the outcome of any appeals to the Environment Court. "
                   "Implementation costs for 2026/27 of about $640,000 are provided for in the Long-Term Plan "
                   "amendment adopted in April, and staff will report on progress to the Environment Committee "
                   "every six months.", B),
         Paragraph("4  Conclusion", H2),
         Paragraph("The Council records its thanks to the Commissioners for a thorough and well reasoned report. "
                   "Submitters with questions about these decisions may contact the policy team at "
                   "pc9@waimaru.govt.nz or on 0800 924 627.", B)]
    build(H.out(NAME + "_response.pdf"), f)


advice()
response()
H.stamp(H.out(NAME + "_advice.pdf"), header="Proposed Plan Change 9  |  Hearing Panel Report and Recommendations",
        footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
H.stamp(H.out(NAME + "_response.pdf"), header="Waimaru Regional Council  |  Decisions on Proposed Plan Change 9",
        footer="Page {n} of {N}", skip_first=False, fontfile=H.clean_font("DejaVuSans.ttf"))

EXP = [
    dict(number=1, starts_with="Accept PC9 with the amendments shown in Appendix A",
         reply_contains="The Council adopts PC9 with the amendments in Appendix", verdict="agrees"),
    dict(number=2, starts_with="Defer the allocation limits for the Mataroa and Tuwhare management units",
         reply_contains=None, verdict="unanswered"),
    dict(number=3, starts_with="Amend Rule 22 so that telemetered metering is required",
         reply_contains="the 5 L/s telemetry threshold will apply from", verdict="agrees"),
    dict(number=4, starts_with="Establish a joint monitoring programme with mana whenua, funded",
         reply_contains="will cover the four sites with the highest summer counts first", verdict="partly"),
    dict(number=5, starts_with="Reject the submissions seeking transfers of water permits across",
         reply_contains="The submissions seeking cross-boundary transfers are rejected", verdict="agrees"),
    dict(number=6, starts_with="Require certified farm environment plans for all farms over 20 hectares",
         reply_contains="a separate regional requirement would duplicate them", verdict="disagrees"),
    dict(number=7, starts_with="Ask the Minister for the Environment to extend the 2030",
         reply_contains="the Chair will raise the matter with the Minister's officials", verdict="noted"),
]
UNMATCHED = ["Notice of the decisions will be served on every submitter",
             "Implementation costs for 2026/27 of about $640,000",
             "records its thanks to the Commissioners for a thorough"]
NOTES = ("Advice: NZ regional council Independent Hearing Panel report and recommendations on a proposed freshwater "
         "plan change, reportlab, A4; recommendations are numbered paragraphs 9.1-9.7 of section 9 (numbers 1-7 by "
         "order) after numbered findings 1.1-5.2; traps: clause 10 of Schedule 1 'must give its decision', a "
         "submitter's quoted 'the Council should retain the existing allocation limits', 'Farm environment plans "
         "should address', 'mana whenua must be involved', 'it should be taken that', 10.1 'recommendations 9.2 and "
         "9.7', 20 working days, allocation table. Response: decisions report, bold 'Recommendation 9.N (subject).' "
         "lead-ins, order 3, 1, 4+6, 7, 5; ONE paragraph 'Recommendations 9.4 and 9.6' = four sites first (4 partly) "
         "+ farm plans not accepted (6 disagrees); 9.7 noted (raise with officials, no request); 9.2 (defer limits) "
         "unanswered; Purpose, Implementation and costs, Conclusion answer nothing.")
H.write_expected(NAME, EXP, UNMATCHED, NOTES)
sys.exit(H.main([NAME]))
