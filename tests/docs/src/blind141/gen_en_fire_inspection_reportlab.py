"""Round 141 (EN): a fire and rescue inspectorate's INSPECTION REPORT on a county fire and rescue service, answered
by the Chief Fire Officer's REPORT TO THE FIRE AUTHORITY, whose section 4 answers each recommendation with an INLINE
LABEL ('4.3 EFF-3 (risk information on fire engines) - Agreed.').
The advice: judgement table by pillar; findings in paragraphs numbered 1-9; the seven recommendations CODED EFF-1 to
EFF-3, EFI-1, EFI-2, PEO-1, PEO-2 in a TABLE 'Ref | Recommendation | Pillar' at the end. Traps: the numbered findings;
the 2022 report's area for improvement quoted ('the service should ensure it has an effective system'); the Fire
Safety Order paraphrased ('responsible persons must'); 'We do not recommend that the service reopen'; the fire
authority's own 'must set a balanced budget'.
The response: its own paragraphs numbered 1.1-6.1; a 'Recommendation to members' (trap); introduction (nothing);
EFF-3 (agrees); EFF-1 (agrees); EFF-2 (agrees); EFI-1 75 per cent rather than 85 (partly); PEO-2 regional matter,
noted (noted); PEO-1 not agreed (disagrees); financial implications (nothing); EFI-2 never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented; the Regulatory Reform (Fire Safety) Order 2005 is
named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind141en/bin/python tests/docs/src/blind141/gen_en_fire_inspection_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b141en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind141_en_fire_inspection"
RED = colors.HexColor("#8a1c1c")
SLATE = colors.HexColor("#2b3d4f")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.0 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=15, leading=18.5, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=11.5, leading=14.5, textColor=ink,
                             spaceBefore=2.5 * mm, spaceAfter=1.4 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.8, textColor=colors.HexColor("#555555")),
        "num": ParagraphStyle("n", parent=body, leftIndent=9 * mm, bulletIndent=0, bulletFontName=fam),
        "cell": ParagraphStyle("c", parent=body, fontSize=8.8, leading=11.6, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName=fam + "-B", fontSize=8.8, leading=11.6, spaceAfter=0),
    }


RECS = [
    ("EFF-1", "The service should make sure its risk-based inspection programme covers all high-risk premises, "
              "including the 37 hospitals and care homes that have not been audited since 2021.", "Effectiveness"),
    ("EFF-2", "The service should evaluate its home fire safety visits so that it can show they reach the people most "
              "at risk of fire in their homes.", "Effectiveness"),
    ("EFF-3", "The service should make sure that the mobile data terminals on every fire engine hold up-to-date risk "
              "information for firefighters attending an incident.", "Effectiveness"),
    ("EFI-1", "The service should improve the availability of its on-call fire engines so that at least 85 per cent "
              "are available to respond during the daytime.", "Efficiency"),
    ("EFI-2", "The service should have a costed plan to replace the eleven fire engines that are more than fifteen "
              "years old.", "Efficiency"),
    ("PEO-1", "The service should set up a confidential route, outside the line management chain, for staff to raise "
              "concerns about bullying, harassment and discrimination.", "People"),
    ("PEO-2", "The service should work with the other fire and rescue services in the region to agree a shared "
              "approach to recruiting and training on-call firefighters.", "People"),
]


def grid(t, head):
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b9a3a3")),
                           ("BACKGROUND", (0, 0), (-1, 0), head), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    return t


def advice():
    S = styles("LA", 9.6, RED)
    f = []
    f.append(Paragraph("FIRE AND RESCUE STANDARDS INSPECTORATE &#183; Inspection report FRSI/IR/2025/17", S["sub"]))
    f.append(Paragraph("Calderbrook Fire and Rescue Service: effectiveness, efficiency and people 2025", S["h1"]))
    f.append(Paragraph("Published 2 October 2025 &#183; Inspection fieldwork 12 to 30 May 2025 &#183; Service "
                       "Inspector: Mr Gareth Penhallow-Ross", S["sub"]))
    f.append(Paragraph("Our judgements", S["h2"]))
    rows = [["Pillar", "Question", "Judgement"],
            ["Effectiveness", "Understanding the risk of fire and other emergencies", "Good"],
            ["", "Preventing fires and other risks", "Requires improvement"],
            ["", "Protecting the public through fire regulation", "Inadequate"],
            ["", "Responding to fires and other emergencies", "Adequate"],
            ["Efficiency", "Making best use of resources", "Requires improvement"],
            ["People", "Promoting fairness and diversity", "Requires improvement"]]
    t = Table([[Paragraph(c, S["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)],
              colWidths=[30 * mm, 96 * mm, 38 * mm])
    f.append(grid(t, colors.HexColor("#f2dede")))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("What we found", S["h2"]))
    paras = [
        "Calderbrook Fire and Rescue Service serves a population of 612,000 from 24 fire stations, eight of them "
        "crewed full-time and sixteen by on-call firefighters. Its budget for 2025/26 is 38.4 million pounds.",
        "The service has a good understanding of risk in its area. Its community risk management plan is based on "
        "sound data and was consulted on widely. In our 2022 report we said that \"the service should ensure it has "
        "an effective system for sharing learning from operational incidents\"; it has now done so.",
        "The service carried out 9,870 home fire safety visits in 2024/25, but it cannot tell how many of them were "
        "to people at the highest risk, and it has never evaluated whether the visits reduce fires or injuries.",
        "Under the Regulatory Reform (Fire Safety) Order 2005, in summary, responsible persons must assess the fire "
        "risk in their premises, and the service must enforce this. The service's protection team has eleven "
        "vacancies out of 29 posts, and 37 hospitals and care homes on its high-risk register have not been audited "
        "since 2021. This is the main reason for our judgement of inadequate.",
        "Firefighters told us that the risk information on the mobile data terminals was often out of date; on one "
        "engine we found plans for a building demolished in 2023.",
        "On-call fire engines were available for only 62 per cent of the daytime in 2024/25. The service closed its "
        "secondary control room at Harwick in 2024; we do not recommend that the service reopen it, as the joint "
        "control arrangements with Westvale have worked well.",
        "The fire authority must set a balanced budget each year, and the service has planned carefully within it. "
        "Eleven of its fire engines are more than fifteen years old and break down often, but there is no plan or "
        "money to replace them.",
        "In our staff survey, 21 per cent of respondents said they had been bullied or harassed at work in the past "
        "twelve months. Several said they would not report it because the only route was through their own manager.",
        "Recruitment of on-call firefighters is a problem across the region, and each service advertises and trains "
        "separately.",
    ]
    for i, p in enumerate(paras, 1):
        f.append(Paragraph(p, S["num"], bulletText="%d." % i))
    f.append(Paragraph("Our recommendations", S["h2"]))
    f.append(Paragraph("We expect the service to act on the following recommendations and will check progress at our "
                       "next inspection.", S["body"]))
    rows = [[Paragraph(c, S["cellb"]) for c in ("Ref", "Recommendation", "Pillar")]]
    rows += [[Paragraph(a, S["cellb"]), Paragraph(b, S["cell"]), Paragraph(c, S["cell"])] for a, b, c in RECS]
    f.append(grid(Table(rows, colWidths=[16 * mm, 122 * mm, 26 * mm], repeatRows=1), colors.HexColor("#f2dede")))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("We will revisit the service to check progress on protection in the spring of 2026.",
                       S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="FRSI/IR/2025/17 Calderbrook Fire and Rescue Service",
                            author="Fire and Rescue Standards Inspectorate")
    doc.build(f)


def response():
    S = styles("LR", 9.8, SLATE)
    f = []
    f.append(Paragraph("CALDERBROOK FIRE AUTHORITY &#183; Meeting of 20 November 2025 &#183; Agenda item 7", S["sub"]))
    f.append(Paragraph("Fire and Rescue Standards Inspectorate: inspection report 2025", S["h1"]))
    f.append(Paragraph("Report of the Chief Fire Officer, Ms Lorna Treharne-Briggs &#183; Status: Open &#183; "
                       "Contact: Group Manager Dev Kapoor-Aldous, Assurance", S["sub"]))
    f.append(Paragraph("1. Recommendation to members", S["h2"]))

    def para(num, txt):
        f.append(Paragraph(txt, S["num"], bulletText=num))
    para("1.1", "That the Authority notes the inspection report and approves the responses set out in section 4, "
         "which will form the service's improvement plan.")
    f.append(Paragraph("2. Background", S["h2"]))
    para("2.1", "The Inspectorate inspected the service in May 2025 and published its report on 2 October. Members "
         "received a briefing on the findings at the seminar held on 16 October.")
    f.append(Paragraph("3. Summary", S["h2"]))
    para("3.1", "The service is disappointed by the judgement on protection, but accepts that it reflects the "
         "position found in May. Officers have met the Service Inspector to agree how progress will be measured.")
    f.append(Paragraph("4. Response to the recommendations", S["h2"]))
    items = [
        ("4.1", "EFF-3 (risk information on fire engines)", "Agreed. All terminals were updated in July, and a "
         "weekly automatic synchronisation with the risk database has been in place since August."),
        ("4.2", "EFF-1 (high-risk premises)", "Agreed. Six protection inspectors have been recruited, and all 37 "
         "hospitals and care homes will have been audited by 31 March 2026."),
        ("4.3", "EFF-2 (home fire safety visits)", "Agreed. The University of Calderbrook will evaluate the visits "
         "programme in 2026, and visits are now targeted using health data shared by the NHS."),
        ("4.4", "EFI-1 (on-call availability)", "Agreed in part. We are introducing salaried on-call contracts at "
         "six stations, but we will plan for a daytime target of 75 per cent, which we believe is realistic "
         "for rural stations with few local employers."),
        ("4.5", "PEO-2 (regional on-call recruitment)", "Noted. This is a matter for the regional collaboration "
         "board, which the Chief Fire Officer will ask to consider it at its March meeting."),
        ("4.6", "PEO-1 (reporting concerns)", "Not agreed. Staff can already raise concerns with Human Resources or "
         "through the trade unions, and we consider that a further separate route would cause confusion; we will "
         "instead publicise the existing routes more widely."),
    ]
    for num, label, txt in items:
        para(num, "<b>%s</b> - %s" % (label, txt))
    f.append(Paragraph("5. Financial implications", S["h2"]))
    para("5.1", "The additional protection posts will cost 310,000 pounds a year and are funded from the "
         "transformation reserve until 2027/28.")
    f.append(Paragraph("6. Equality implications", S["h2"]))
    para("6.1", "An equality impact assessment of the improvement plan is available from the report author.")
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Calderbrook Fire Authority, item 7: inspection report 2025",
                            author="Calderbrook Fire Authority")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), 
            header="Fire and Rescue Standards Inspectorate - FRSI/IR/2025/17 - Calderbrook",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Calderbrook Fire Authority - 20 November 2025 - Item 7",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The service should make sure its risk-based inspection programme covers",
         "reply_contains": "Six protection inspectors have been recruited",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The service should evaluate its home fire safety visits so",
         "reply_contains": "The University of Calderbrook will evaluate the visits programme",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The service should make sure that the mobile data terminals",
         "reply_contains": "a weekly automatic synchronisation with the risk database",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The service should improve the availability of its on-call fire engines",
         "reply_contains": "we will plan for a daytime target of 75 per cent",
         "verdict": "partly"},
        {"number": 5, "starts_with": "The service should have a costed plan to replace the eleven",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "The service should set up a confidential route, outside the line",
         "reply_contains": "we consider that a further separate route would cause confusion",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The service should work with the other fire and rescue services",
         "reply_contains": "This is a matter for the regional collaboration board",
         "verdict": "noted"},
    ]
    unmatched = ["approves the responses set out in section 4",
                 "funded from the transformation reserve until 2027/28"]
    notes = ("Advice: a fire and rescue inspectorate's INSPECTION REPORT on a county fire and rescue service (the "
             "Regulatory Reform (Fire Safety) Order 2005 named as context). A judgement table by pillar; findings "
             "in paragraphs NUMBERED 1-9; seven recommendations CODED EFF-1, EFF-2, EFF-3, EFI-1, EFI-2, PEO-1, "
             "PEO-2 in a TABLE 'Ref | Recommendation | Pillar' at the end. Traps: the numbered findings; the 2022 "
             "report quoted ('the service should ensure it has an effective system for sharing learning'); the "
             "Order paraphrased ('responsible persons must assess', 'the service must enforce'); 'we do not "
             "recommend that the service reopen it'; 'The fire authority must set a balanced budget'. Response: the "
             "Chief Fire Officer's REPORT TO THE FIRE AUTHORITY in paragraphs numbered 1.1-6.1, with a "
             "'Recommendation to members' (1.1, a trap) and, in section 4, INLINE LABELS with the codes and a short "
             "theme, verdict word first, in another order: EFF-3 'Agreed' (agrees); EFF-1 'Agreed' (agrees); EFF-2 "
             "'Agreed' (agrees); EFI-1 'Agreed in part', 75 per cent rather than 85 (partly); PEO-2 'Noted', for "
             "the regional board (noted); PEO-1 'Not agreed' (disagrees); background, summary, financial and "
             "equality paragraphs (nothing); EFI-2, replacing old fire engines, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
