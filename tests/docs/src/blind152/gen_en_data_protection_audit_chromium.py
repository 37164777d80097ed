"""Round 152 (EN): a data protection regulator's CONSENSUAL AUDIT REPORT (executive summary) on a housing
association, answered by the association's ACTION PLAN TABLE 'Recommendation | Response | Action | Owner | Date',
which QUOTES each recommendation in short, in another order, one left out.
The advice: an assurance table by scope area, AREAS OF GOOD PRACTICE as BULLETS; the data protection law
paraphrased ('controllers must be able to demonstrate ... and should keep a record ...'); an internal audit's
recommendation QUOTED ('The Association should appoint a Data Protection Officer ...'), done; 'We do not recommend
that the Association stop using its tenant messaging app'; the seven recommendations as UNNUMBERED BULLETS grouped
under priority headings 'Urgent priority', 'High priority', 'Medium priority' (numbered 1-7 in the expected file by
their order).
The response: covering note (nothing); table rows: access requests backlog agreed (1 agrees); multi-factor
authentication done (2 agrees); the DPO's reporting line not agreed (7 disagrees); retention schedule adopted,
deletion deferred to the system migration (3 partly); camera impact assessment not agreed (5 disagrees); annual
training noted for the People Committee (4 noted); an 'Additional' row on the head office visitor book
(unmatched); closing (nothing); 6, the privacy notice, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif (advice) / Sans (response) via @font-face, ligatures
off; header and 'Page N of M' stamped from page 2. The law is named as context only (what is said of it is
paraphrased and not to be relied on); the regulator, association, people, places, figures and references are
invented.
Run:  /tmp/blind152en/bin/python tests/docs/src/blind152/gen_en_data_protection_audit_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b152en as H
import _b152en_kit as K

NAME = "blind152_en_data_protection_audit"
B = "&#8226;"

ADVICE = [
    ("meta", "INFORMATION RIGHTS REGULATOR  |  Audit and Assurance Department  |  Consensual audit"),
    ("h1", "Data Protection Audit Report: Executive Summary. Meadowbank Homes"),
    ("meta", "Reference IRR/AUD/25/046  |  Audit fieldwork: 7 to 9 July 2025 (on site in Tranmoor)  |  Final report: "
             "29 August 2025  |  Lead auditor: Rebecca Tallis  |  Distribution: Chief Executive; Board Chair"),
    ("rule",),
    ("h2", "1. Background and scope"),
    ("p", "Meadowbank Homes is a housing association with about 9,400 homes and 310 staff. It agreed to a consensual "
          "audit of its processing of personal data. The audit looked at four scope areas: governance and "
          "accountability, records management, subject access requests and information security. We interviewed 24 "
          "staff, reviewed 61 documents and sampled 40 tenancy files and 25 access requests."),
    ("p", "The data protection legislation is named as context only. In summary, controllers must be able to "
          "demonstrate that they comply with the principles and should keep a record of their processing "
          "activities. Meadowbank's record of processing was complete and up to date."),
    ("p", "An internal audit in 2023 recommended: <i>'The Association should appoint a Data Protection Officer with "
          "the time and standing to do the job.'</i> A full-time DPO was appointed in January 2024."),
    ("h2", "2. Audit opinion"),
    ("table", [40, 22, 38],
     ["Scope area", "Assurance", "Comment"],
     [["Governance and accountability", "Reasonable", "Clear policies; the DPO's independence is limited."],
      ["Records management", "Limited", "No retention schedule for tenancy files."],
      ["Subject access requests", "Limited", "37 requests were overdue at the time of the audit."],
      ["Information security", "Reasonable", "Strong controls at the office; remote access weaker."]]),
    ("h2", "3. Areas of good practice"),
    ("np", B, "A monthly information governance group chaired by the Director of Governance reviews incidents and "
              "policies.", 5),
    ("np", B, "Personal data breaches are logged within a day and each one is reviewed for lessons.", 5),
    ("np", B, "Staff we met knew who the DPO was and how to report a breach.", 5),
    ("p", "Some staff raised concerns about the tenant messaging app. We found it secure and well used, and we do not "
          "recommend that the Association stop using its tenant messaging app; its settings should simply be "
          "reviewed when the contract is renewed."),
    ("h2", "4. Recommendations"),
    ("p", "The full report sets out 23 recommendations. The seven below are those we consider most important, "
          "grouped by priority."),
    ("h3", "Urgent priority"),
    ("np", B, "Meadowbank should clear its backlog of 37 overdue subject access requests within three months and "
              "report progress to the executive team every month.", 5),
    ("np", B, "Multi-factor authentication should be required for all remote access to the housing management "
              "system, including by contractors.", 5),
    ("h3", "High priority"),
    ("np", B, "A retention schedule for tenancy files should be approved, and records held beyond it deleted, "
              "starting with former tenants' files older than six years.", 5),
    ("np", B, "Data protection training should be mandatory every year for all staff, including repairs operatives, "
              "with completion rates reported to the board.", 5),
    ("np", B, "A data protection impact assessment should be completed for the body-worn cameras used by estate "
              "wardens before they are used any further.", 5),
    ("h3", "Medium priority"),
    ("np", B, "The privacy notice on the website should be revised so that it names every organisation with which "
              "tenant data is routinely shared.", 5),
    ("np", B, "The DPO should report directly to the Chief Executive on data protection matters rather than through "
              "the Head of IT.", 5),
    ("p", "We will ask Meadowbank for an action plan within six weeks and will follow up its progress in six months."),
    ("meta", "Rebecca Tallis, Lead Auditor, and Martin Okeke, Engagement Manager, Information Rights Regulator"),
]

RESPONSE = [
    ("meta", "MEADOWBANK HOMES  |  Governance and Assurance  |  Response to audit IRR/AUD/25/046"),
    ("h1", "Data protection audit: our action plan"),
    ("p", "<b>To:</b> Rebecca Tallis, Lead Auditor, Information Rights Regulator<br/><b>From:</b> Elaine Gorst, "
          "Director of Governance<br/><b>Date:</b> 9 October 2025"),
    ("rule",),
    ("p", "The executive team and the Audit and Risk Committee have considered the audit report. Our responses to "
          "the seven priority recommendations of the executive summary are set out below; the other 16 are covered "
          "in the detailed plan attached."),
    ("table", [30, 14, 30, 13, 13],
     ["Recommendation (summary)", "Response", "Action", "Owner", "Date"],
     [["Clear the backlog of overdue subject access requests", "Agreed",
       "Two temporary officers recruited; the backlog stood at 12 on 1 October and will be cleared by 30 November.",
       "DPO", "30 Nov 2025"],
      ["Require multi-factor authentication for remote access", "Agreed - complete",
       "Switched on for every staff and contractor account on 15 September.", "Head of IT", "Done"],
      ["The DPO should report directly to the Chief Executive", "Not agreed",
       "The DPO already has direct access to the Chief Executive and the Board; the line management arrangement "
       "will stay with the Head of IT.", "Chief Executive", "-"],
      ["Approve a retention schedule and delete records held beyond it", "Partly agreed",
       "Schedule approved by the executive team on 23 September. Deletion will wait until tenancy files move to "
       "the new housing system in 2026.", "Head of Records", "Sep 2026"],
      ["Complete an impact assessment for body-worn cameras", "Not agreed",
       "Cameras are switched on only when a warden is threatened, and our existing CCTV assessment already "
       "covers them; we see no need for a separate assessment.", "Director of Housing", "-"],
      ["Make data protection training mandatory every year for all staff", "Noted",
       "To be considered by the People Committee alongside the wider training budget for 2026-27.",
       "HR Director", "Mar 2026"],
      ["Additional", "-", "The paper visitor book at head office will be replaced by an electronic sign-in system.",
       "Facilities Manager", "Jan 2026"]]),
    ("p", "We are grateful to the audit team for their constructive approach and look forward to the follow-up "
          "review next spring."),
    ("p", "Elaine Gorst<br/>Director of Governance, Meadowbank Homes"),
]

RECS = [
    ("1", "Meadowbank should clear its backlog of 37 overdue subject access", "two temporary officers recruited; the backlog stood at 12", "agrees"),
    ("2", "Multi-factor authentication should be required for all remote access to", "switched on for every staff and contractor account", "agrees"),
    ("3", "A retention schedule for tenancy files should be approved, and", "deletion will wait until tenancy files move to the new housing system", "partly"),
    ("4", "Data protection training should be mandatory every year for all", "to be considered by the people committee alongside", "noted"),
    ("5", "A data protection impact assessment should be completed for the", "we see no need for a separate assessment", "disagrees"),
    ("6", "The privacy notice on the website should be revised so", None, "unanswered"),
    ("7", "The DPO should report directly to the Chief Executive on", "the line management arrangement will stay with the head of IT", "disagrees"),
]
UNMATCHED = ["replaced by an electronic sign-in system"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.chromium_render(ADVICE, adv, fam="Serif", size=10.4, ink="#24445c", lw=5)
    K.chromium_render(RESPONSE, rsp, fam="Sans", size=9.6, ink="#6a1b4d", lw=5)
    H.stamp(adv, header="Information Rights Regulator  |  IRR/AUD/25/046  |  Meadowbank Homes", footer="Page {n} of {N}",
            skip_first=True)
    H.stamp(rsp, header="Meadowbank Homes  |  Action plan IRR/AUD/25/046", footer="Page {n} of {N}", skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Data protection audit (Chromium): seven unnumbered bullets under priority headings (numbered "
                     "1-7 here by order) after bullets of good practice; the action plan table quotes each in short, "
                     "other order, 6 unanswered, the visitor book row unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
