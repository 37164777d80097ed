"""Round 69 (EN): a WORLD HERITAGE REACTIVE MONITORING MISSION REPORT (genre of the joint World Heritage
Centre/ICOMOS mission reports to a State Party under the World Heritage Convention: background with the
Committee's earlier Decision quoted, national protection, issues one by one, an assessment of the state of
conservation, then 'Conclusions and recommendations', where the recommendations stand as UNNUMBERED bullets
after one lead-in 'The mission recommends that the State Party, together with ...:', under small italic issue
sub-headings) and the STATE PARTY'S STATE OF CONSERVATION REPORT in the Operational Guidelines' template
(sections 1-6: executive summary; response to the Committee's Decision 'paragraph by paragraph'; other
conservation issues; paragraph 172 notifications; public access; signature), where the replies stand under
the numbers of the COMMITTEE'S DECISION paragraphs (4-9), not of the mission's recommendations.
Advice: 'Report on the joint World Heritage Centre/ICOMOS Reactive Monitoring Mission to Harwick Old Town and
Quays (United Kingdom of Great Britain and Northern Ireland), 9-13 March 2026', A4, 4 p.: executive summary with
a paraphrase ('The mission makes seven recommendations, concerning ...'), Decision 47 COM 7B.31 quoted
('Requests the State Party to ...'), the Statement of Outstanding Universal Value quoted ('should respect'),
the 2019 advisory mission's recommendation quoted, the Planning (Listed Buildings and Conservation Areas) Act
1990 and the NPPF paraphrased, Operational Guidelines paragraph 172 ('States Parties should inform'), a table
of attributes, the mission's conclusions ('does not at present meet the criteria for ... Danger'), seven
unnumbered bullet recommendations in 5.2, and the list of annexes.
Response: 'State of conservation report by the State Party', Harwick Old Town and Quays (C 1642), 28 November
2026, 3 p.: sections 1-6; in section 2 the Decision 48 COM 7B.12 paragraphs quoted in italics, each with a
'Response of the State Party' paragraph, in the order of the Decision: paragraph 4 (Harbour Road crossing,
recommendation 3), 5 (Quayside Tower, 1), 6 (Management Plan AND coordinator post, 4 + 5, different verdicts),
7 (building heights, 2), 8 (cruise visitors, 6), 9 (the report itself); the flood-defence recommendation (7)
is answered nowhere.
reportlab platypus, cleaned Liberation Sans / Serif, invariant=1. The World Heritage Convention, the World
Heritage Committee, the World Heritage Centre, ICOMOS, the Operational Guidelines, DCMS, Historic England, the
Planning (Listed Buildings and Conservation Areas) Act 1990 and the NPPF are real; Harwick, its property, the
Decisions, the mission, the people and the figures are invented, and what is said about the Convention, the
Guidelines and the law is not to be relied on.

Run:  /tmp/blind69en/bin/python tests/docs/src/blind69/gen_en_whc_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b69en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether

NAME = "blind69_en_whc"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

BLUE = colors.HexColor("#0a5ca8")
PALE = colors.HexColor("#e8f0f8")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.6, leading=13, spaceAfter=5.5, alignment=4)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=11.5, leading=14.5, textColor=BLUE, spaceBefore=7,
                    spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=9.8, leading=13, spaceBefore=4, spaceAfter=3)
H3 = ParagraphStyle("h3", fontName="LSI", fontSize=9.6, leading=13, spaceBefore=3, spaceAfter=2)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=14, rightIndent=14, fontName="LSI")
LI = ParagraphStyle("li", parent=BODY, leftIndent=16, bulletIndent=5, spaceAfter=3.5)
SM = ParagraphStyle("sm", fontName="LS", fontSize=8.4, leading=10.8)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
CELLH = ParagraphStyle("ch", parent=SM, fontName="LSB", textColor=colors.white)

# the seven recommendations, in the order they stand in 5.2 (numbers 1-7 by that order)
RECS = [
    "ensure that planning permission is not granted for the Quayside Tower proposal in its current form, and "
    "that no new building in the buffer zone rises above the prevailing roofline of the quays;",
    "adopt, within two years, a supplementary planning document for the buffer zone that sets maximum building "
    "heights on the basis of a study of the property's key views;",
    "submit the detailed design of the proposed Harbour Road crossing, together with a Heritage Impact "
    "Assessment, to the World Heritage Centre for review by the Advisory Bodies before any irreversible "
    "decision is taken;",
    "complete the revision of the property's Management Plan by the end of 2027, with an action plan, clear "
    "responsibilities and indicators for monitoring the attributes of Outstanding Universal Value;",
    "create a permanent, full-time post of World Heritage Site Coordinator, funded jointly by the City Council "
    "and the national government;",
    "develop a visitor management strategy that sets a limit on the number of cruise passengers landing in the "
    "Old Town on any one day;",
    "ensure that the proposed flood defence scheme retains the historic quay walls, bollards and mooring rings "
    "in situ, and that any new wall is set back behind them.",
]
ISSUE = ["Quayside Tower", "Building heights in the buffer zone", "Harbour Road crossing", "Management system",
         None, "Visitor management", "Flood defences"]


def P(t, s=BODY, **kw):
    return Paragraph(t, s, **kw)


def pages(foot):
    def on(canv, doc):
        canv.saveState()
        canv.setFont("LS", 7.8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, 11 * mm, foot)
        canv.drawRightString(190 * mm, 11 * mm, str(doc.page))
        canv.setStrokeColor(BLUE)
        canv.setLineWidth(0.6)
        canv.line(20 * mm, 14.5 * mm, 190 * mm, 14.5 * mm)
        canv.restoreState()
    return on


def grid(rows, widths):
    data = [[P(c, CELLH if i == 0 else SM) for c in r] for i, r in enumerate(rows)]
    return Table(data, colWidths=widths, repeatRows=1,
                 style=[("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9db6d0")),
                        ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)])


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=17 * mm,
                            bottomMargin=20 * mm, title="Reactive Monitoring Mission report - Harwick Old Town "
                            "and Quays", author="World Heritage Centre / ICOMOS")
    s = [Table([[P("<font color='white'><b>WORLD HERITAGE CENTRE</b>  |  <b>ICOMOS</b><br/>Convention concerning "
                   "the Protection of the World Cultural and Natural Heritage</font>",
                   ParagraphStyle("bl", parent=SM, fontSize=8.6, leading=11.5))]], colWidths=[170 * mm],
               style=[("BACKGROUND", (0, 0), (-1, -1), BLUE), ("TOPPADDING", (0, 0), (-1, -1), 6),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]),
         Spacer(1, 10),
         P("REPORT ON THE JOINT WORLD HERITAGE CENTRE/ICOMOS REACTIVE MONITORING MISSION TO HARWICK OLD TOWN AND "
           "QUAYS (UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND)",
           ParagraphStyle("t", fontName="LSB", fontSize=13.5, leading=17, textColor=BLUE, spaceAfter=4)),
         P("Property ID: C 1642  |  Mission dates: 9-13 March 2026  |  Report finalised: 22 May 2026",
           ParagraphStyle("st", parent=SM, fontSize=9, spaceAfter=8)),
         P("EXECUTIVE SUMMARY", H1),
         P("At its 47th session (2025), the World Heritage Committee requested the State Party to invite a joint "
           "World Heritage Centre/ICOMOS Reactive Monitoring mission to Harwick Old Town and Quays, inscribed on "
           "the World Heritage List in 2011 under criteria (ii) and (iv). The mission, composed of Ms Leonor "
           "Castells (World Heritage Centre) and Dr Tobias Wrenfield (ICOMOS), visited the property from 9 to "
           "13 March 2026."),
         P("The mission found that the attributes which convey the property's Outstanding Universal Value are "
           "generally well conserved, but that two development proposals in the buffer zone, the Quayside Tower "
           "and the Harbour Road crossing, and weaknesses in the management system, present a potential threat. "
           "The mission makes seven recommendations, concerning the Quayside Tower, building heights, the Harbour "
           "Road crossing, the management system, visitor numbers and flood defences."),
         P("1 BACKGROUND TO THE MISSION", H1),
         P("1.1 Inscription history", H2),
         P("The property comprises the walled Old Town, the seventeenth- and eighteenth-century merchants' houses "
           "of the Strand, and the stone quays and warehouses of the harbour, which together illustrate the "
           "development of a North Sea trading port. A buffer zone of 212 hectares includes the outer harbour "
           "and the ridge to the west of the town."),
         P("1.2 Decision of the World Heritage Committee", H2),
         P("In Decision 47 COM 7B.31 (2025), the Committee, among other things:"),
         P("\"<i>Requests the State Party to invite a joint World Heritage Centre/ICOMOS Reactive Monitoring "
           "mission to the property to assess the potential impact of the Quayside Tower and Harbour Road "
           "proposals on its Outstanding Universal Value;</i>\"", QUOTE),
         P("\"<i>Also requests the State Party to submit to the World Heritage Centre, by 1 December 2026, an "
           "updated report on the state of conservation of the property.</i>\"", QUOTE),
         P("1.3 Statement of Outstanding Universal Value", H2),
         P("The Statement of Outstanding Universal Value adopted at inscription states, under 'Protection and "
           "management requirements': \"<i>New development within the buffer zone should respect the scale, "
           "massing and roofline of the historic town, and the views of the Old Town from the harbour.</i>\""),
         P("2 NATIONAL POLICY FOR THE PRESERVATION AND MANAGEMENT OF THE PROPERTY", H1),
         P("The listed buildings and the conservation area are protected under the Planning (Listed Buildings and "
           "Conservation Areas) Act 1990. Section 66 of the Act requires a decision-maker, when considering "
           "whether to grant planning permission for development which affects a listed building or its "
           "setting, to have special regard to the desirability of preserving the building or its setting. The "
           "National Planning Policy Framework states that great weight should be given to the conservation of "
           "a designated heritage asset, including a World Heritage Site."),
         P("The property is managed by Harwick City Council, advised by a World Heritage Steering Group which "
           "includes Historic England, the Harwick Harbour Trust and residents' representatives. The current "
           "Management Plan dates from 2014. The coordination of the plan is one of several duties of the "
           "Council's conservation officer."),
         P("3 IDENTIFICATION AND ASSESSMENT OF ISSUES", H1),
         P("3.1 The Quayside Tower", H2),
         P("In September 2025, a planning application was submitted for a 21-storey residential tower on the "
           "former gasworks site at West Quay, 380 metres from the property boundary. The visualisations "
           "reviewed by the mission show that the tower would rise well above the roofline of the quays in the "
           "principal view of the Old Town from the harbour mouth. In 2019, an ICOMOS Advisory mission had "
           "already advised that \"<i>a tall buildings policy for the setting of the property should be prepared "
           "as a matter of priority</i>\". No such policy has been adopted."),
         P("3.2 The Harbour Road crossing", H2),
         P("The County Council proposes a new road bridge across the inner harbour to relieve congestion on the "
           "Strand. Only an outline design was available to the mission. Under paragraph 172 of the Operational "
           "Guidelines, States Parties should inform the Committee, through the Secretariat, of their intention "
           "to undertake or authorize major new constructions which may affect the Outstanding Universal Value "
           "of a property, before making any decisions that would be difficult to reverse."),
         P("3.3 Management system", H2),
         P("Officers and residents told the mission that the Steering Group meets irregularly and that its "
           "advice is not always sought on planning applications in the buffer zone. The Management Plan has no "
           "action plan and no monitoring indicators."),
         P("3.4 Visitor pressure and flood risk", H2),
         P("The number of cruise calls rose from 41 in 2019 to 118 in 2025. On the busiest days more than 9,000 "
           "passengers land at the Old Quay, and the narrow lanes of the Old Town become congested. Separately, "
           "the Environment Agency and the City Council are preparing a flood defence scheme for the inner "
           "harbour, for which a design is expected in 2027."),
         P("4 ASSESSMENT OF THE STATE OF CONSERVATION OF THE PROPERTY", H1),
         KeepTogether([P("Table 1: Attributes of Outstanding Universal Value and their condition",
                         ParagraphStyle("cap", parent=SMB, spaceAfter=2)),
                       grid([["Attribute", "Condition", "Trend", "Main pressure"],
                             ["Walled Old Town and street pattern", "Good", "Stable", "Visitor congestion"],
                             ["Merchants' houses of the Strand", "Good", "Improving", "-"],
                             ["Stone quays, bollards and mooring rings", "Fair", "Stable", "Flood defence works"],
                             ["Warehouses of the inner harbour", "Fair", "Declining", "Vacancy"],
                             ["Views of the Old Town from the harbour", "Good", "At risk", "Quayside Tower"]],
                            [62 * mm, 26 * mm, 26 * mm, 56 * mm])]),
         Spacer(1, 5),
         P("The mission concludes that the property does not at present meet the criteria for inscription on "
           "the List of World Heritage in Danger. It considers, however, that the Quayside Tower, if built as "
           "proposed, would have a major adverse impact on the Outstanding Universal Value of the property, "
           "and that the impact of the Harbour Road crossing cannot be assessed until a detailed design is "
           "available."),
         P("5 CONCLUSIONS AND RECOMMENDATIONS", H1),
         P("5.1 Conclusions", H2),
         P("The mission was pleased to note the high standard of repair of the merchants' houses, and the "
           "commitment of the City Council and of the many volunteers who care for the property. The threats it "
           "identified arise from development pressure in the setting of the property, rather than from the "
           "condition of its fabric."),
         P("5.2 Recommendations", H2),
         P("The mission recommends that the State Party, together with Harwick City Council and the other "
           "authorities concerned:")]
    for issue, rec in zip(ISSUE, RECS):
        if issue:
            s.append(P(issue, H3))
        s.append(P(rec, LI, bulletText="\u2022"))
    s += [Spacer(1, 3),
          P("6 ANNEXES", H1),
          P("Annex 1: Terms of reference of the mission. Annex 2: Decision 47 COM 7B.31. Annex 3: Itinerary and "
            "programme. Annex 4: Composition of the mission team and list of persons met. Annex 5: Maps and "
            "visualisations of the Quayside Tower. (Annexes not reproduced in this extract.)",
            ParagraphStyle("an", parent=BODY, fontSize=8.8, leading=11.8))]
    doc.build(s, onFirstPage=pages("WHC/ICOMOS Reactive Monitoring Mission  |  Harwick Old Town and Quays (C 1642)"),
              onLaterPages=pages("WHC/ICOMOS Reactive Monitoring Mission  |  Harwick Old Town and Quays (C 1642)"))


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="State of conservation report - Harwick Old Town and Quays",
                            author="Department for Culture, Media and Sport")
    SB = ParagraphStyle("sb", parent=BODY, fontName="SR", fontSize=10.6, leading=14)
    SQ = ParagraphStyle("sq", parent=SB, fontName="SRI", leftIndent=12, textColor=colors.HexColor("#333333"))
    SH = ParagraphStyle("sh", fontName="LSB", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4)
    RL = ParagraphStyle("rl", parent=SB, fontName="SRB", spaceAfter=2)
    s = [P("STATE OF CONSERVATION REPORT BY THE STATE PARTY",
           ParagraphStyle("t", fontName="LSB", fontSize=13, leading=16, alignment=1, spaceAfter=5)),
         P("HARWICK OLD TOWN AND QUAYS<br/>(UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND) (C 1642)",
           ParagraphStyle("t2", fontName="LSB", fontSize=10.5, leading=14, alignment=1, spaceAfter=3)),
         P("Submitted to the World Heritage Centre on 28 November 2026",
           ParagraphStyle("t3", fontName="LS", fontSize=9, leading=12, alignment=1, spaceAfter=10)),
         P("1. Executive summary of the report", SH),
         P("This report has been prepared by the Department for Culture, Media and Sport with Harwick City "
           "Council and Historic England. It responds to Decision 48 COM 7B.12, adopted by the World Heritage "
           "Committee at its 48th session, which endorsed the recommendations of the 2026 Reactive Monitoring "
           "mission. The State Party thanks the mission team for its constructive engagement with local "
           "stakeholders during a demanding week.", SB),
         P("2. Response from the State Party to the World Heritage Committee's Decision, paragraph by paragraph",
           SH),
         P("Paragraphs 1 to 3 of the Decision are introductory and call for no response.", SB)]

    def para(n, quote, reply):
        return [KeepTogether([P("Paragraph %d" % n, RL), P(quote, SQ)]),
                P("<b>Response of the State Party:</b> " + reply, SB)]

    s += para(4, "Requests the State Party to submit the detailed design of the Harbour Road crossing and its "
                 "Heritage Impact Assessment to the World Heritage Centre, for review by the Advisory Bodies, "
                 "before any decision is taken;",
              "The County Council submitted the detailed design and a Heritage Impact Assessment prepared in line "
              "with the 2022 Guidance and Toolkit to the World Heritage Centre on 30 June 2026. The County "
              "Council has confirmed that it will not seek planning consent for the crossing until the Advisory "
              "Bodies' review has been received and considered.")
    s += para(5, "Urges the State Party not to approve the Quayside Tower in its current form;",
              "The applicant withdrew the planning application for the Quayside Tower on 14 August 2026. On 9 "
              "October 2026 the City Council's Planning Committee adopted a development brief for the West Quay "
              "site which limits any new scheme to six storeys, below the roofline of the quays in the view "
              "from the harbour mouth.")
    s += para(6, "Also requests the State Party to strengthen the management system of the property, in line "
                 "with the recommendations of the mission;",
              "The revised Management Plan is being prepared with the Steering Group and will be adopted by the "
              "City Council in November 2027, with an action plan, named lead partners for each action and "
              "twelve monitoring indicators drawn from the attributes in the Statement of Outstanding Universal "
              "Value. The State Party has considered the mission's proposal for a dedicated coordinator, but "
              "neither the City Council nor the Department is able to fund a new full-time post, and the role "
              "will continue to be carried out within the Council's conservation team.")
    s += para(7, "Further requests the State Party to develop a policy on the height of new buildings in the "
                 "buffer zone;",
              "A study of the key views of the property was commissioned in July 2026 and will inform a "
              "supplementary planning document for the buffer zone, to be adopted in 2028. The City Council "
              "does not intend to set fixed maximum heights; instead, each proposal will be assessed against the "
              "protected views identified in the study.")
    s += para(8, "Encourages the State Party to address the pressure of visitor numbers on the Old Town;",
              "The scheduling of cruise calls at the Old Quay is a matter for the Harwick Harbour Trust, an "
              "independent statutory trust port. The Department has drawn the mission's recommendation on cruise "
              "passenger numbers to the attention of the Trust's board.")
    s += para(9, "Requests furthermore the State Party to submit to the World Heritage Centre, by 1 December "
                 "2026, an updated report on the state of conservation of the property;",
              "The present report is submitted in fulfilment of this request, ahead of the deadline set by the "
              "Committee.")
    s += [P("3. Other current conservation issues identified by the State Party which may have an impact on the "
            "property's Outstanding Universal Value", SH),
          P("Storm Ingrid damaged the lead roof of the Customs House on 18 January 2026. Emergency repairs were "
            "completed in February, and a full repair using traditional materials was completed in September "
            "2026 with a grant from Historic England.", SB),
          P("4. In conformity with paragraph 172 of the Operational Guidelines, describe any potential major "
            "restorations, alterations and/or new construction(s) within the property, the buffer zone and/or "
            "corridors or other areas, where such developments may affect the Outstanding Universal Value of the "
            "property", SH),
          P("The Harbour Trust is preparing proposals for a replacement ferry terminal building at Eastgate Pier, "
            "outside the inner harbour. Details will be sent to the World Heritage Centre as soon as they are "
            "available and before any planning application is decided.", SB),
          P("5. Public access to the state of conservation report", SH),
          P("The State Party is content for the full report to be uploaded to the State of Conservation "
            "Information System of the World Heritage Centre.", SB),
          P("6. Signature of the Authority", SH),
          P("Signed on behalf of the State Party by Dr Miriam Holcroft, Head of World Heritage Policy, Department "
            "for Culture, Media and Sport, London, 28 November 2026.", SB)]
    doc.build(s, onFirstPage=pages("State of conservation report 2026  |  Harwick Old Town and Quays (C 1642)"),
              onLaterPages=pages("State of conservation report 2026  |  Harwick Old Town and Quays (C 1642)"))


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "The applicant withdrew the planning application for the Quayside Tower",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "does not intend to set fixed maximum heights",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "will not seek planning consent for the crossing until the",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The revised Management Plan is being prepared with the Steering Group",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "neither the City Council nor the Department is able to fund",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "is a matter for the Harwick Harbour Trust",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "The State Party thanks the mission team for its constructive engagement",
        "The present report is submitted in fulfilment of this request",
        "Storm Ingrid damaged the lead roof of the Customs House",
        "preparing proposals for a replacement ferry terminal building at Eastgate Pier",
        "is content for the full report to be uploaded",
    ], "Advice: a joint World Heritage Centre/ICOMOS Reactive Monitoring mission report to a State Party "
       "(United Kingdom), sections 1-6 in the report template. The seven recommendations stand ONLY in 5.2, as "
       "UNNUMBERED bullets after ONE lead-in 'The mission recommends that the State Party, together with "
       "Harwick City Council and the other authorities concerned:', under small italic issue sub-headings (the "
       "'Management system' sub-heading has two bullets, 4 and 5); each bullet is a fragment in lower case "
       "('ensure that ...', 'adopt, within two years, ...', 'submit ...', 'complete ...', 'create ...', "
       "'develop ...', 'ensure ...'); numbers expected 1-7 by order. Traps: the executive summary's paraphrase "
       "('The mission makes seven recommendations, concerning ...'), Decision 47 COM 7B.31 quoted in italics "
       "('Requests the State Party to invite ...', 'Also requests the State Party to submit ...'), the "
       "Statement of OUV quoted ('New development within the buffer zone should respect ...'), section 66 of "
       "the 1990 Act ('requires a decision-maker ... to have special regard') and the NPPF ('great weight "
       "should be given'), the 2019 advisory mission quoted ('a tall buildings policy ... should be prepared'), "
       "Operational Guidelines paragraph 172 ('States Parties should inform the Committee'), Table 1 of "
       "attributes, the conclusions in 4 and 5.1 ('does not at present meet the criteria', 'The mission was "
       "pleased to note'), and the list of annexes. Response: a State of Conservation report in the template's "
       "sections 1-6. Section 2 answers the Committee's DECISION 48 COM 7B.12 paragraph by paragraph: each "
       "'Paragraph N' (N = 4-9, the Decision's own numbers, NOT the recommendations') quotes the Decision in "
       "italics (paraphrasing the mission's recommendations) and gives a bold 'Response of the State Party:'; "
       "order of the recommendations answered: 3 (paragraph 4: design and HIA submitted, no consent sought "
       "before the review - agrees), 1 (paragraph 5: application withdrawn, brief limits the site to six "
       "storeys - agrees), 4+5 in ONE reply (paragraph 6: revised Management Plan with action plan and "
       "indicators by November 2027 - agrees; 'neither the City Council nor the Department is able to fund a "
       "new full-time post' - 5 disagrees), 2 (paragraph 7: views study and SPD, but 'does not intend to set "
       "fixed maximum heights' - partly), 6 (paragraph 8: cruise calls 'a matter for the Harwick Harbour "
       "Trust', drawn to its attention - noted); 7 (flood defences) unanswered. Unmatched: section 1 "
       "(executive summary), 'Paragraphs 1 to 3 ... call for no response' is a one-liner, paragraph 9 (the "
       "report itself), sections 3 (storm repairs), 4 (paragraph 172: a ferry terminal), 5 (public access: 'is "
       "content for the full report to be uploaded') and 6 (signature).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
