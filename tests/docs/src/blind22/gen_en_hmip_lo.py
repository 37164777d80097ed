"""Blind round 22 (English): HM Inspectorate of Prisons unannounced inspection report ('Priority and key concerns
and recommendations') + the HMPPS action plan (landscape table). LibreOffice Writer from HTML."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b22en import DOCS, build, lo_render  # noqa: E402

NAME = "blind22_en_hmip"

CONCERN = {
    1: "Levels of violence had risen by 38% since the last inspection and were among the highest in the category "
       "B estate. Too many incidents were not investigated, and victims received little support.",
    2: "Many prisoners spent too long locked in their cells. During our roll checks, 44% of prisoners were locked "
       "up during the working day, and unemployed prisoners could spend 22 hours a day behind their doors.",
    3: "Three prisoners had taken their own lives since the last inspection. ACCT case management for prisoners "
       "at risk of self-harm was weak: reviews were routinely late and care maps were generic.",
    4: "Prisoners had little confidence in the applications and complaints systems, and many responses we "
       "sampled were late or did not address the issue raised.",
    5: "More than 200 prisoners were sharing cells designed for one, with an unscreened toilet in the cell.",
    6: "There were not enough activity places for the population, and those that existed were poorly used; "
       "attendance at education averaged 54%.",
    7: "The prison's CCTV coverage was poor and much of the equipment was obsolete, which hindered the "
       "investigation of violence and the use of force.",
}
REC = {
    1: "Leaders should develop and implement a violence reduction strategy based on analysis of the causes of "
       "violence, and make sure that all incidents are investigated and victims are supported.",
    2: "Leaders should make sure that all prisoners, including those who are unemployed, spend at least ten hours "
       "a day out of their cells on weekdays.",
    3: "Leaders should make sure that ACCT reviews take place on time and that care maps set out specific actions "
       "that address each prisoner's risks and needs.",
    4: "Leaders should make sure that applications and complaints receive a timely response that addresses the "
       "issue raised, and that trends are monitored.",
    5: "Leaders should end the practice of holding two prisoners in cells designed for one.",
    6: "Leaders should provide enough education, skills and work places for the whole population and make sure "
       "that prisoners attend them.",
    7: "The Ministry of Justice should fund the replacement of the prison's CCTV system so that all residential "
       "landings and exercise yards are covered.",
}


def item(n):
    return ("html", f"<table width='100%' cellpadding='0' cellspacing='0' style='margin-bottom: 0.25cm'><tr>"
                    f"<td width='5%' valign='top'><p><b>{n}.</b></p></td><td width='95%'><p><b>{CONCERN[n]}</b></p>"
                    f"<p><i>Recommendation:</i> {REC[n]}</p></td></tr></table>")


adv = [
    ("cover", [("HM Chief Inspector of Prisons", 12, True, 10),
               ("Report on an unannounced inspection of HMP Ashcombe", 24, True, 80),
               ("by HM Chief Inspector of Prisons", 12, False, 10),
               ("3\u201313 February 2025", 12, False, 6),
               ("This report is published on the HM Inspectorate of Prisons website.", 9, False, 200)]),
    ("toc", "Contents"),
    ("h1", "Introduction"),
    ("p", "HMP Ashcombe is a category B men's local prison in the south-west of England, holding 1,040 men on "
          "the first day of our inspection. At our last inspection in 2022 we found a prison that was "
          "improving. This inspection found that much of that progress had been lost.[[1]]"),
    ("p", "Outcomes for prisoners were poor in safety and in purposeful activity, and not sufficiently good in "
          "respect and in preparation for release. A new governor had been in post for four months and had a "
          "credible plan, but she faced a very inexperienced staff group: 42% of officers had less than two "
          "years' service."),
    ("p", "This report identifies three priority concerns and four key concerns, each with a recommendation, "
          "and two examples of notable positive practice."),
    ("html", "<p style='text-align:left'>Charlie Taylor<br/>HM Chief Inspector of Prisons<br/>March 2025</p>"),
    ("notes", [(1, "<i>Report on an unannounced inspection of HMP Ashcombe, 7\u201318 March 2022</i>, HM "
                   "Inspectorate of Prisons, 2022.")]),
    ("h1", "What needs to improve at HMP Ashcombe"),
    ("p", "During our inspection, we identified a number of concerns. Priority concerns are those that are most "
          "urgent and require immediate attention by leaders. Leaders are expected to address all concerns in an "
          "action plan, which should be published within 60 days."),
    ("h2", "Priority concerns"),
    item(1), item(2), item(3),
    ("h2", "Key concerns"),
    item(4), item(5), item(6), item(7),
    ("h2", "Notable positive practice"),
    ("ul", ["The family engagement worker ran a 'first night call' scheme so that every new arrival could speak "
            "to a family member on their first evening.",
            "The gym offered a structured programme for men with long-term health conditions, run jointly with "
            "the health care team."]),
    ("h1", "Section 1. Safety"),
    ("p", "1.1 Reception was busy, with up to 40 arrivals a day. Prisoners were treated courteously, but waits "
          "in holding rooms of more than three hours were common."),
    ("p", "1.2 In our survey, 36% of prisoners said they felt unsafe at the time of the inspection, compared "
          "with 24% at similar prisons. Assaults on staff had more than doubled since 2022."),
    ("p", "1.3 The safety team collected data but did little analysis of it. Challenge, support and intervention "
          "plans (CSIPs) were opened for only a minority of perpetrators and were seldom reviewed."),
    ("p", "1.4 Use of force had increased by 61%. Body-worn camera footage was not available for 30% of the "
          "incidents we reviewed, and gaps in fixed CCTV coverage meant some incidents could not be examined "
          "at all."),
    ("h1", "Section 2. Respect and purposeful activity"),
    ("p", "2.1 Living conditions on the older wings were poor. Many cells were dirty, windows were broken and "
          "showers were in disrepair. Overcrowding made these conditions worse."),
    ("p", "2.2 The core day had been curtailed owing to staff shortages. Only 290 prisoners were in full-time "
          "activity, and the education provider had been unable to fill two teaching posts."),
    ("p", "2.3 Prisoners could submit applications and complaints on paper only. Of the complaints we sampled, "
          "a third were answered late and several did not engage with the substance of the complaint."),
]

rows = [
    (1, "Violence reduction strategy; investigation of incidents; support for victims", "Agreed",
     "A revised safer custody strategy, based on a six-month analysis of incident data, was approved at the "
     "March 2025 safety meeting. All incidents are now triaged within 72 hours.", "Head of Safety", "June 2025"),
    (3, "ACCT reviews on time; specific care maps", "Agreed",
     "The prison does not accept that ACCT reviews were routinely late, as the local audit showed 87% on time. "
     "Nonetheless, refresher training for all case managers will be completed and monthly quality assurance "
     "introduced.", "Head of Safety", "July 2025"),
    (4, "Timely responses to applications and complaints", "Agreed",
     "Electronic kiosks were installed on all wings in January 2025, before the inspection, and complaint "
     "timeliness is reported to the senior leadership team each month.", "Business Hub Manager", "Completed"),
    (6, "Sufficient activity places; attendance", "Agreed",
     "Subject to the outcome of the re-procurement of the education contract in autumn 2025. If additional "
     "funding is not secured, the prison will prioritise places for prisoners without basic skills.",
     "Head of Education, Skills and Work", "March 2026"),
    (2, "At least ten hours a day unlock on weekdays", "Partly agreed",
     "The new regime, introduced in April 2025, provides at least eight and a half hours out of cell for "
     "prisoners in activity. Current staffing levels do not allow ten hours for the unemployed population.",
     "Head of Residence", "September 2025"),
    (5, "End doubling of cells designed for one", "Not agreed",
     "Population pressures across the estate mean that HMP Ashcombe must continue to use its current "
     "operational capacity. The prison will prioritise single cells for those assessed as vulnerable.",
     "Prison Group Director", "N/A"),
    ("\u2013", "Notable positive practice", "\u2013",
     "The first night call scheme will be shared with other prisons in the group through the regional family "
     "services forum.", "Governor", "\u2013"),
]
th = "".join(f"<td bgcolor='#3b3b3b' width='{w}%'><p style='text-align:left; color:#ffffff'><b>{t}</b></p></td>"
             for t, w in (("No.", 5), ("Recommendation (summary)", 20), ("Agreed / Partly agreed / Not agreed", 12),
                          ("Response action", 40), ("Responsible owner", 12), ("Target date", 11)))
body = "".join("<tr>" + "".join(f"<td valign='top'><p style='text-align:left; font-size: 9.5pt'>{c}</p></td>"
                                for c in r) + "</tr>" for r in rows)
resp = [
    ("h1", "HMP Ashcombe: action plan"),
    ("p", "<b>Report on an unannounced inspection of HMP Ashcombe, 3\u201313 February 2025.</b> This action plan "
          "responds to the priority and key concerns in the report, which was published on 1 April 2025. It has "
          "been agreed by the Governor and the Prison Group Director for the South West. Actions for which the "
          "Governor is responsible are listed first, followed by those that depend on the Prison Group."),
    ("html", "<table width='100%' border='1' cellpadding='4' cellspacing='0' style='border-collapse: collapse'>"
             f"<tr>{th}</tr>{body}</table>"),
    ("p", "<i>HM Prison and Probation Service, May 2025. Progress against this action plan will be monitored by "
          "the Prison Group Director at quarterly performance reviews.</i>"),
]

expected = {
    "recommendations": [
        {"number": "1", "starts_with": "Leaders should develop and implement a violence reduction strategy based on "
                                       "analysis",
         "reply_contains": "A revised safer custody strategy, based on a six-month analysis of incident data",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Leaders should make sure that all prisoners, including those who are "
                                       "unemployed",
         "reply_contains": "Current staffing levels do not allow ten hours for the unemployed population",
         "verdict": "partly"},
        {"number": "3", "starts_with": "Leaders should make sure that ACCT reviews take place on time",
         "reply_contains": "refresher training for all case managers will be completed", "verdict": "agrees"},
        {"number": "4", "starts_with": "Leaders should make sure that applications and complaints receive a timely "
                                       "response",
         "reply_contains": "Electronic kiosks were installed on all wings in January 2025", "verdict": "agrees"},
        {"number": "5", "starts_with": "Leaders should end the practice of holding two prisoners in cells",
         "reply_contains": "must continue to use its current operational capacity", "verdict": "disagrees"},
        {"number": "6", "starts_with": "Leaders should provide enough education, skills and work places for the "
                                       "whole population",
         "reply_contains": "Subject to the outcome of the re-procurement of the education contract",
         "verdict": "partly", "also": ["agrees"]},
        {"number": "7", "starts_with": "The Ministry of Justice should fund the replacement of the prison's CCTV "
                                       "system",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": ["through the regional family services forum"],
    "notes": "HM Inspectorate of Prisons unannounced inspection report and the HMPPS action plan; LibreOffice "
             "Writer from HTML (advice portrait with a Writer footnote, response one table on landscape A4), "
             "header/footer stamped afterwards. Each of seven numbered concerns is a bold paragraph '1.'-'7.' "
             "followed by an italic 'Recommendation:' line, under 'Priority concerns' (1-3) and 'Key concerns' "
             "(4-7); the recommendation text, not the concern, is the starts_with. Section paragraphs 1.1-2.3 and "
             "the positive-practice bullets are not recommendations. The action plan paraphrases each "
             "recommendation in a summary column and puts the verdict in its own column ('Agreed' / 'Partly "
             "agreed' / 'Not agreed'); rows in order 1, 3, 4, 6, 2, 5 and a final row on positive practice that "
             "answers nothing. 3 is 'Agreed' while disputing that reviews were 'routinely late' (agrees). 4 was "
             "already done before the inspection (agrees). 6 is 'Agreed' but conditional on funding, with a "
             "fallback that only prioritises some prisoners (partly; also agrees). 7 (to the Ministry of "
             "Justice, on CCTV) has no row: unanswered.",
}

if __name__ == "__main__":
    build(lo_render, adv, f"{NAME}_advice.pdf", header="Report on an unannounced inspection of HMP Ashcombe",
          footer="{page}", accent="#5a2d82", size=10.5, title="HMP Ashcombe inspection report", writer_notes=True)
    lo_render(resp, f"{NAME}_response.pdf", {}, header="HMPPS \u2013 HMP Ashcombe action plan",
              footer="Page {page}", accent="#000000", size=10, title="HMP Ashcombe action plan", landscape=True)
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)
