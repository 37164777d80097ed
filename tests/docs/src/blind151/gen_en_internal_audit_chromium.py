"""Round 151 (EN): a shared internal audit service's INTERNAL AUDIT REPORT on a metropolitan borough council's
business continuity arrangements (limited assurance), answered by the Director of Corporate Services' MANAGEMENT
ACTION PLAN, a TABLE 'Rec | Management response | Responsible officer | Target date', in another order, one left out.
The advice: an assurance opinion, a SUMMARY OF KEY FINDINGS NUMBERED 1-7 (as many as the recommendations), sections
1-4 with detailed findings 4.1-4.7; the seven recommendations are LABELLED BOXES 'Recommendation R1 (Priority: High)'
under each finding, in the imperative. Traps: the council's Business Continuity Policy QUOTED ('Each service must
complete a business impact analysis and should review its plan every year.'); the 2022 audit's recommendation QUOTED
('The Council should test its corporate plan ...'), done; 'We do not recommend that the Council buy dedicated
business continuity software at this stage'.
The response: introduction (nothing); table rows: R1 template issued (agrees); R5 deputies named and trained
(agrees); R3 quarterly contact list and printed copies (agrees); R2 finance restore yearly, social care left to its
supplier (partly); R4 no reciprocal arrangement (disagrees); R6 contracts 'noted' (noted); an extra row, a cyber
desktop exercise 'not raised in the audit' (unmatched); closing (nothing); R7, six-monthly reporting to the Audit
and Governance Committee, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif (advice) / Sans (response) via @font-face, ligatures
off; header and 'Page N of M' stamped from page 2. The audit service, the council, people, places, figures and
references are invented.
Run:  /tmp/blind151en/bin/python tests/docs/src/blind151/gen_en_internal_audit_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b151en as H
import _b151en_kit as K

NAME = "blind151_en_internal_audit"


def rec(code, prio, text):
    return ("box", [("p", f"<b>Recommendation {code} (Priority: {prio})</b>"), ("p", text)])


ADVICE = [
    ("meta", "SOUTHMOOR AUDIT PARTNERSHIP  |  Internal audit services to Kingsford, Eastvale and Harlow Moor councils"),
    ("h1", "Internal Audit Report: Business Continuity Arrangements, Kingsford Metropolitan Borough Council"),
    ("meta", "Report SAP/KMBC/25-26/09 (final)  |  Audit plan 2025-26, item 9  |  Fieldwork: July and August 2025  |  "
             "Issued: 3 October 2025  |  Auditor: Rachel Nwosu CMIIA  |  Audit manager: Simon Thwaite"),
    ("table", [30, 70], ["Assurance opinion", "Limited"],
     [["Distribution", "Director of Corporate Services; Emergency Planning Manager; Head of ICT; Chief Executive "
                       "(summary only); Audit and Governance Committee (summary only)"]]),
    ("h2", "1. Background and scope"),
    ("p", "The council's Business Continuity Policy (2021) states: <i>'Each service must complete a business impact "
          "analysis and should review its plan every year.'</i> The audit looked at whether the corporate plan and "
          "the plans of eleven critical services are complete, current and tested, and whether the council could "
          "keep its most urgent services running if Kingsford Town Hall, its ICT or key staff were lost."),
    ("p", "Our 2022 audit recommended: <i>'The Council should test its corporate plan through a live exercise at "
          "least every two years.'</i> A live exercise, Operation Tern, was held in March 2024, and that "
          "recommendation is closed."),
    ("h2", "2. Summary of key findings"),
    ("np", "1.", "Only five of the eleven critical services have a business impact analysis, and three of those are "
                 "more than two years old."),
    ("np", "2.", "The ICT disaster recovery plan has never been tested with a full restore of any system."),
    ("np", "3.", "Eleven of the 38 names on the corporate plan's contact list had left the council or changed role."),
    ("np", "4.", "There is no agreed fallback site if the Town Hall cannot be used."),
    ("np", "5.", "Four of the nine members of the incident management team have no trained deputy."),
    ("np", "6.", "None of the six contracts for critical services we sampled contains business continuity terms."),
    ("np", "7.", "Members have not received a report on business continuity since 2022."),
    ("h2", "3. Overall conclusion"),
    ("p", "Good work has been done since the 2024 exercise, but the gaps above mean that we can give only limited "
          "assurance. We do not recommend that the Council buy dedicated business continuity software at this "
          "stage; the existing templates are adequate if they are used consistently."),
    ("h2", "4. Detailed findings and recommendations"),
    ("h3", "4.1 Business impact analysis"),
    ("p", "Adult social care, revenues, benefits and waste collection had current analyses; the remaining critical "
          "services had none or relied on an analysis from 2022."),
    rec("R1", "High", "Require every critical service to complete a business impact analysis on the corporate "
                      "template by 31 March 2026, and to review it each year after that."),
    ("h3", "4.2 ICT disaster recovery"),
    ("p", "Backups are taken nightly and copied off site, but no full restore has been attempted. The finance and "
          "social care case management systems have the shortest recovery times in the plan."),
    rec("R2", "High", "Test the ICT disaster recovery plan at least once a year, including a full restore of the "
                      "finance and social care case management systems."),
    ("h3", "4.3 Contact details"),
    ("p", "The contact list is held only on the council's network, which would not be available in an ICT outage."),
    rec("R3", "Medium", "Update the contact list in the corporate plan every quarter and keep an up-to-date copy "
                        "that does not depend on the council's network."),
    ("h3", "4.4 Fallback premises"),
    ("p", "Services assume that staff would work from home or from the depots, but no assessment has been made of "
          "space for the contact centre or the emergency control room."),
    rec("R4", "Medium", "Agree a reciprocal arrangement with a neighbouring council for emergency office space in "
                        "case Kingsford Town Hall cannot be used."),
    ("h3", "4.5 Incident management team"),
    rec("R5", "Medium", "Name and train at least one deputy for each member of the incident management team, and "
                        "record the deputies in the corporate plan."),
    ("h3", "4.6 Contracts for critical services"),
    rec("R6", "Low", "Include business continuity requirements in every contract for a critical service when it is "
                     "next let or renewed."),
    ("h3", "4.7 Reporting to members"),
    rec("R7", "Low", "Report progress on business continuity to the Audit and Governance Committee every six "
                     "months until substantial assurance can be given."),
    ("meta", "Rachel Nwosu, Senior Auditor, Southmoor Audit Partnership. We will follow up the agreed actions in "
             "line with the partnership's usual follow-up procedure."),
]

RESPONSE = [
    ("meta", "KINGSFORD METROPOLITAN BOROUGH COUNCIL  |  Corporate Services Directorate"),
    ("h1", "Business Continuity Arrangements: Management Action Plan"),
    ("meta", "In response to internal audit report SAP/KMBC/25-26/09  |  Prepared by Aileen Rushworth, Director of "
             "Corporate Services  |  24 October 2025"),
    ("p", "Management welcomes the audit and accepts that the arrangements need strengthening. The table below "
          "records the response to each recommendation, with the officer responsible and the date by which the "
          "action will be complete."),
    ("table", [7, 57, 20, 16],
     ["Rec", "Management response", "Responsible officer", "Target date"],
     [["R1", "Agreed. The Emergency Planning Manager will issue the template with a covering note from the Chief "
             "Executive in November, and services will be chased monthly until all are returned.",
       "Emergency Planning Manager", "31 March 2026"],
      ["R5", "Agreed. Deputies have now been named for all nine members of the team and will attend a training "
             "day on 4 December.", "Emergency Planning Manager", "4 December 2025"],
      ["R3", "Accepted. The list will be refreshed each quarter, and a printed copy kept in the grab bags at both "
             "depots and in the Town Hall reception safe.", "Emergency Planning Manager", "30 November 2025"],
      ["R2", "Partially agreed. A full restore of the finance system will be tested every year from February "
             "2026. The social care system is hosted by its supplier, whose own annual test we will rely on "
             "instead of a test of our own.", "Head of ICT", "28 February 2026"],
      ["R4", "Not agreed. The two depots and the library at Sefton Row can take key staff, and most staff can now "
             "work from home, so an arrangement with another council is not needed.", "n/a", "n/a"],
      ["R6", "Noted. Procurement will consider this as contracts come up for renewal; no change to the standard "
             "terms is planned at present.", "Head of Procurement", "Under review"],
      ["Extra", "In addition, the council will run a desktop exercise on a cyber attack in January, which was not "
                "raised in the audit.", "Head of ICT", "31 January 2026"]]),
    ("p", "I would like to thank the auditor and the services involved for their time and openness during the "
          "review."),
    ("p", "Aileen Rushworth<br>Director of Corporate Services"),
]

RECS = [
    ("R1", "Require every critical service to complete a business impact analysis", "will issue the template with a covering note from the Chief Executive", "agrees"),
    ("R2", "Test the ICT disaster recovery plan at least once a year,", "whose own annual test we will rely on instead", "partly"),
    ("R3", "Update the contact list in the corporate plan every quarter", "a printed copy kept in the grab bags at both depots", "agrees"),
    ("R4", "Agree a reciprocal arrangement with a neighbouring council for emergency office", "an arrangement with another council is not needed", "disagrees"),
    ("R5", "Name and train at least one deputy for each member of", "deputies have now been named for all nine members of the team", "agrees"),
    ("R6", "Include business continuity requirements in every contract for a critical service", "procurement will consider this as contracts come up for renewal", "noted"),
    ("R7", "Report progress on business continuity to the Audit and Governance", None, "unanswered"),
]
UNMATCHED = ["will run a desktop exercise on a cyber attack in January"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.chromium_render(ADVICE, adv, fam="Serif", size=10.2, ink="#1f3d6b", lw=7)
    K.chromium_render(RESPONSE, rsp, fam="Sans", size=9.8, ink="#7a3b12")
    H.stamp(adv, header="Southmoor Audit Partnership  |  SAP/KMBC/25-26/09  |  Business continuity",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="Kingsford MBC  |  Management action plan SAP/KMBC/25-26/09", footer="Page {n} of {N}",
            skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Internal audit (Chromium): labelled boxes 'Recommendation R1 (Priority: High)' under detailed "
                     "findings 4.1-4.7, after key findings numbered 1-7; the management action plan table answers "
                     "by R-number in another order, R7 unanswered, a cyber desktop exercise unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
