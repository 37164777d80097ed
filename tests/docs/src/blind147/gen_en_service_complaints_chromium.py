"""Round 147 (EN): an armed forces complaints ombudsman's ANNUAL REPORT to the Secretary of State, answered by the
defence ministry's GOVERNMENT RESPONSE, which answers UNDER THEME HEADINGS of its own, each response OPENING WITH A
BOLD VERDICT WORD ('Agreed.', 'Agreed in part.', 'Not agreed.', 'Noted.'), without quoting or numbering the
recommendations, in another order, one left out.
The advice: chapters 1-6; the seven recommendations UNNUMBERED BULLETS GROUPED UNDER ADDRESSEE SUBHEADINGS ('For
the Ministry of Defence', 'For the single Services', 'For the Defence Council') in chapter 6, worded in several
ways ('The Ministry of Defence should ...', 'It should also ...', 'Each Service should ...', 'Complaints of sexual
harassment should ...', 'We recommend that the Defence Council ...'). Traps: KEY FIGURES NUMBERED 1-6; the Armed
Forces Act paraphrased ('a complaint must normally be made within three months'); a complainant quoted ('someone
should have told me ...'); a TABLE of the 2023 recommendations numbered 1-4 with their status ('The MOD should
...'); 'We do not recommend that the Ombudsman be given the power to overturn decisions'.
The response: foreword (nothing); named contact (3 agrees); admissibility within 20 working days, not ten (1
partly); training for decision bodies (4 agrees); early investigation power refused (6 disagrees); six-monthly
statistics on bullying (2 agrees); funding of investigators 'noted' (7 noted); a new case management system
(unmatched); next steps (nothing); 5, sexual harassment complaints outside the chain of command, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The Armed Forces Act 2006 is named as context only (what is said of it is
paraphrased and not to be relied on); the ombudsman, the ministry's people, figures and references are invented.
Run:  /tmp/blind147en/bin/python tests/docs/src/blind147/gen_en_service_complaints_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b147en as H
from gen_en_tax_simplification_chromium import doc, np, render

NAME = "blind147_en_service_complaints"

GROUPS = [
    ("For the Ministry of Defence", [
        "The Ministry of Defence should ensure that a decision on whether a complaint is admissible is made within "
        "ten working days of the complaint being received.",
        "It should also publish, every six months and for each Service separately, the number of complaints of "
        "bullying, harassment and discrimination and how they were resolved.",
        "Every complainant should be given a named contact in the Service Complaints Secretariat who updates them "
        "at least once a month until the complaint is closed.",
    ]),
    ("For the single Services", [
        "Each Service should train every officer who may act as a decision body before that officer is appointed "
        "to decide a complaint.",
        "Complaints of sexual harassment should be sent straight to a specialist team outside the complainant's "
        "chain of command, rather than to the commanding officer.",
    ]),
    ("For the Defence Council", [
        "We recommend that the Defence Council seek the power for the Ombudsman to investigate a complaint that "
        "has not been decided within 12 months, without waiting for the internal process to end.",
        "The Defence Council should also fund two additional investigator posts in the Ombudsman's office from "
        "April 2026 to clear the backlog of referrals.",
    ]),
]


def advice():
    b = ("<div class='band'><p class='meta'>ARMED FORCES COMPLAINTS OMBUDSMAN &#183; Annual Report 2024 &#183; "
         "Laid before Parliament, July 2025 &#183; AFCO/AR/2024</p><h1>Annual Report 2024 on the fairness, "
         "effectiveness and efficiency of the service complaints system</h1><p class='meta'>Ombudsman: Dame "
         "Patricia Hollingworth-Nwosu &#183; Addressed to the Secretary of State for Defence</p></div>")
    b += "<h2>1. Ombudsman's foreword</h2>"
    b += ("<p>This is my third annual report. The system is still not working well enough for the people who "
          "rely on it. Too many complaints take more than a year, and too many complainants tell us that they "
          "felt ignored. One soldier said to us: <i>\"Someone should have told me where my complaint had got to - "
          "I heard nothing for seven months.\"</i> This report makes seven recommendations.</p>")
    b += "<h2>2. Key figures for 2024</h2>"
    for n, t in enumerate([
        "1,214 service complaints were made, 9 per cent more than in 2023.",
        "38 per cent concerned bullying, harassment or discrimination; the proportion was highest in the Army.",
        "Only 41 per cent of admissibility decisions were made within the target of 20 working days.",
        "Complaints took a median of 39 weeks to resolve, against a target of 24 weeks.",
        "The Ombudsman received 611 referrals and completed 402 investigations.",
        "We upheld the complaint, in full or in part, in 44 per cent of the cases we investigated."], 1):
        b += np(f"{n}.", t)
    b += "<h2>3. The law</h2>"
    b += ("<p>Under the Armed Forces Act 2006 and the regulations made under it, as we summarise them, a complaint "
          "must normally be made within three months of the matter complained of, and the Ombudsman may "
          "investigate only once the internal process has ended or where it has been unduly delayed. We do not "
          "recommend that the Ombudsman be given the power to overturn decisions; our role is to find and explain, "
          "not to replace the chain of command.</p>")
    b += "<h2>4. Progress on our 2023 recommendations</h2>"
    b += ("<table><tr><th style='width:7%'>No.</th><th>Recommendation in the 2023 report</th><th "
          "style='width:24%'>Status at December 2024</th></tr>"
          "<tr><td>1</td><td>The MOD should introduce a single case management system for all three Services."
          "</td><td>Not yet implemented</td></tr>"
          "<tr><td>2</td><td>Commanding officers should acknowledge every complaint in writing within five "
          "working days.</td><td>Implemented</td></tr>"
          "<tr><td>3</td><td>Decision letters must explain the reasons for the decision in plain English.</td>"
          "<td>Partly implemented</td></tr>"
          "<tr><td>4</td><td>The MOD should publish its annual complaints statistics by Service and by rank."
          "</td><td>Implemented</td></tr></table>")
    b += "<h2>5. What we found</h2>"
    b += np("5.1", "Admissibility decisions are the first and longest bottleneck. A complaint about a posting "
            "decision waited 14 weeks before anyone decided whether it could proceed.")
    b += np("5.2", "The published statistics are a year out of date by the time they appear, and they do not "
            "separate bullying and harassment from other complaints about behaviour.")
    b += np("5.3", "Decision bodies are often appointed with no training, and several told us they did not know "
            "the standard of proof. Complainants of sexual harassment described having to report to officers who "
            "knew the person they were complaining about.")
    b += np("5.4", "Our own office has seven investigators for more than 600 referrals a year. At the end of 2024, "
            "219 referrals were waiting to be allocated.")
    b += "<h2>6. Recommendations</h2>"
    b += "<p>Our recommendations for 2025 are grouped by the body to which they are addressed.</p>"
    for head, items in GROUPS:
        b += f"<p style='margin:6pt 0 2pt 0'><b>{head}</b></p><ul style='margin:0 0 4pt 0; padding-left:16pt'>"
        for t in items:
            b += f"<li style='margin-bottom:3pt'>{t}</li>"
        b += "</ul>"
    b += ("<p>We ask the Ministry of Defence to respond to this report within three months of its laying.</p>"
          "<p class='meta'>Armed Forces Complaints Ombudsman, PO Box 7712, Westhaven WH9 2XJ</p>")
    render(doc(b, "Sans", "9.5pt", "#22395a"), H.out(NAME + "_advice.pdf"))


def response():
    b = ("<p class='meta'>MINISTRY OF DEFENCE &#183; Defence People Directorate &#183; October 2025 &#183; "
         "Presented to Parliament by the Secretary of State for Defence</p>")
    b += ("<h1>Government response to the Armed Forces Complaints Ombudsman's Annual Report 2024</h1>")
    b += "<h2>Foreword by the Minister for the Armed Forces</h2>"
    b += ("<p>I am grateful to the Ombudsman and her team for a candid report. Everyone who serves deserves a "
          "complaints system they can trust, and I recognise that we are not there yet. The Ministry's response "
          "to each of the Ombudsman's recommendations is set out below under the relevant theme.</p>")
    b += "<h2>Keeping complainants informed</h2>"
    b += ("<p><b>Agreed.</b> From January 2026 every complainant will be allocated a case officer, named in the "
          "acknowledgement letter, who will contact them at least monthly by their preferred means until a "
          "decision is issued.</p>")
    b += "<h2>Admissibility decisions</h2>"
    b += ("<p><b>Agreed in part.</b> The Ministry shares the Ombudsman's concern about delay, but a ten-day limit "
          "would leave too little time to gather information in more complex cases. We will instead make sure "
          "that 90 per cent of admissibility decisions are taken within 20 working days by the end of 2026, and "
          "report performance against that target each quarter.</p>")
    b += "<h2>Training for decision bodies</h2>"
    b += ("<p><b>Agreed.</b> A mandatory two-day course has been developed with the Defence Academy. No officer "
          "will be appointed as a decision body from April 2026 unless they have completed it.</p>")
    b += "<h2>The Ombudsman's powers</h2>"
    b += ("<p><b>Not agreed.</b> The Government believes that complaints are best resolved within the chain of "
          "command, and that allowing external investigation part-way through would add a further layer and could "
          "slow decisions down. The Ombudsman can already look into undue delay, and we have no plans to seek a "
          "change to primary legislation.</p>")
    b += "<h2>Statistics on bullying, harassment and discrimination</h2>"
    b += ("<p><b>Agreed.</b> The Ministry will publish half-yearly figures for the Royal Navy, the Army and the "
          "Royal Air Force, with bullying, harassment and discrimination shown separately, starting in March "
          "2026.</p>")
    b += "<h2>Resources for the Ombudsman's office</h2>"
    b += ("<p><b>Noted.</b> The Ombudsman's budget for 2026-27 will be settled in the usual way through the "
          "Ministry's annual planning round, and the request for extra investigators will be considered "
          "there.</p>")
    b += "<h2>Other improvements</h2>"
    b += ("<p>Separately from the Ombudsman's recommendations, the Service Complaints Secretariat will move all "
          "three Services onto a shared digital casework platform during 2026.</p>")
    b += "<h2>Next steps</h2>"
    b += ("<p>The Ministry will report on progress in its response to the Ombudsman's next annual report and "
          "will continue to meet the Ombudsman every quarter.</p>")
    render(doc(b, "Serif", "10.4pt", "#4a2a2a"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Armed Forces Complaints Ombudsman - Annual Report 2024 - "
            "AFCO/AR/2024", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ministry of Defence - Government response to the Ombudsman's "
            "Annual Report 2024", footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Ministry of Defence should ensure that a decision on whether",
         "reply_contains": "a ten-day limit would leave too little time",
         "verdict": "partly"},
        {"number": 2, "starts_with": "It should also publish, every six months and for each Service",
         "reply_contains": "The Ministry will publish half-yearly figures for the Royal Navy",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Every complainant should be given a named contact in the Service",
         "reply_contains": "every complainant will be allocated a case officer",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Each Service should train every officer who may act as a",
         "reply_contains": "A mandatory two-day course has been developed with the Defence Academy",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Complaints of sexual harassment should be sent straight to a specialist",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "We recommend that the Defence Council seek the power for the",
         "reply_contains": "we have no plans to seek a change to primary legislation",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Defence Council should also fund two additional investigator posts",
         "reply_contains": "the request for extra investigators will be considered there",
         "verdict": "noted"},
    ]
    unmatched = ["onto a shared digital casework platform during 2026"]
    notes = ("Advice: an armed forces complaints ombudsman's ANNUAL REPORT to the Secretary of State. The seven "
             "recommendations are UNNUMBERED BULLETS in chapter 6, GROUPED UNDER ADDRESSEE SUBHEADINGS ('For the "
             "Ministry of Defence' 1-3, 'For the single Services' 4-5, 'For the Defence Council' 6-7), numbered "
             "here in their order, worded in several ways ('The Ministry of Defence should ensure ...', 'It should "
             "also publish ...', 'Every complainant should be given ...', 'Each Service should train ...', "
             "'Complaints of sexual harassment should be sent ...', 'We recommend that the Defence Council seek "
             "...', 'The Defence Council should also fund ...'). Traps: KEY FIGURES NUMBERED 1-6; the Armed Forces "
             "Act paraphrased ('a complaint must normally be made within three months'); a soldier quoted "
             "('Someone should have told me ...'); a TABLE of the 2023 recommendations numbered 1-4 with status "
             "('The MOD should introduce a single case management system ...', 'Decision letters must explain "
             "...'); findings 5.1-5.4; 'We do not recommend that the Ombudsman be given the power to overturn "
             "decisions'. Response: the ministry's GOVERNMENT RESPONSE under its OWN THEME HEADINGS, each reply "
             "OPENING WITH A BOLD VERDICT WORD, no quotes or numbers, in the order 3, 1, 4, 6, 2, 7: named case "
             "officer, 'Agreed.' (3 agrees); admissibility 'Agreed in part.', 20 working days instead of ten (1 "
             "partly); 'Agreed.', two-day course (4 agrees); 'Not agreed.', no early investigation power (6 "
             "disagrees); 'Agreed.', half-yearly statistics by Service (2 agrees); 'Noted.', extra investigators "
             "left to the planning round (7 noted); 'Other improvements', a shared casework platform, which the "
             "2023 table had asked for but this report does not (unmatched); foreword and next steps (nothing); 5, "
             "sexual harassment complaints outside the chain of command, never (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
