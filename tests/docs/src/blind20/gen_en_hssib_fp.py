"""Blind round 20 (en): Health Services Safety Investigations Body (HSSIB) investigation report with safety
recommendations coded 'R/2025/051' ... 'R/2025/056', addressed to several organisations, interleaved with safety
observations 'O/2025/047' ... (not recommendations) and 'safety learning' paragraphs; answered by HSSIB's later
publication 'Responses to safety recommendations', which groups the replies BY ORGANISATION (not by code): NHS
England answers R/2025/051 and R/2025/053 in one letter, then CQC, DHSC and MHRA; one organisation has not replied
(a mention of R/2025/056 only); a reply to a safety observation is unmatched.
Engine: fpdf2 (Liberation fonts), A4, page-foot footnotes; contents from a first pass.
Run: /tmp/blind20en/bin/python tests/docs/src/blind20/gen_en_hssib_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20en as H

NAME = "blind20_en_hssib"
T = "Medicines reconciliation when patients are discharged from hospital to care homes"
R = {
    "051": ("NHS England", "HSSIB recommends that NHS England develops a national minimum data set for discharge "
            "medicines information, so that care homes receive the same core information in the same format "
            "from every hospital."),
    "052": ("the Department of Health and Social Care", "HSSIB recommends that the Department of Health and "
            "Social Care sets out how care homes will be given read and write access to the shared care record "
            "for the residents they look after."),
    "053": ("NHS England", "HSSIB recommends that NHS England funds and commissions a pharmacy-led medicines "
            "reconciliation service, delivered within 48 hours of a resident's return to a care home."),
    "054": ("the Medicines and Healthcare products Regulatory Agency", "HSSIB recommends that the Medicines and "
            "Healthcare products Regulatory Agency issues guidance to suppliers of electronic medicines "
            "administration record systems on flagging medicines that have been stopped in hospital."),
    "055": ("the Care Quality Commission", "HSSIB recommends that the Care Quality Commission includes the "
            "reconciliation of discharge medicines as a specific line of enquiry in its assessment of care homes."),
    "056": ("the Royal Pharmaceutical Society", "HSSIB recommends that the Royal Pharmaceutical Society updates "
            "its professional guidance on transfer of care to set out the roles of hospital and community "
            "pharmacists when a patient moves to a care home."),
}


def sr(code):
    return ("box", f"Safety recommendation R/2025/{code}", R[code][1])


def advice():
    return [
        ("cover", [("HSSIB", 22, True, 10), ("Health Services Safety Investigations Body", 11, False, 2),
                   ("Investigation report", 12, True, 60),
                   (T, 24, True, 8),
                   ("Independent report by the Health Services Safety Investigations Body", 11, False, 20),
                   ("I2025/019", 11, True, 6),
                   ("July 2025", 11, False, 110),
                   ("This investigation was carried out under the Health and Care Act 2022. It does not "
                    "apportion blame or liability to individuals or organisations.", 9, False, 10)]),
        ("toc", "Contents"),
        ("h1", "A note of acknowledgement"),
        ("p", "We would like to thank the family of the resident whose experience is described in this report. "
              "Their willingness to share what happened, and their wish that it should lead to change for other "
              "care home residents, has shaped our investigation. We are also grateful to the staff of the "
              "hospital trust, care home, general practice and community pharmacy who gave their time."),
        ("h1", "About this report"),
        ("p", "This report is intended for providers and commissioners of care for people living in care homes, "
              "for national bodies responsible for the digital exchange of information, and for regulators. It "
              "will also be of interest to patients, families and staff. HSSIB makes safety recommendations to "
              "improve patient safety. Organisations that receive a safety recommendation are required by the "
              "Health and Care Act 2022 to respond within 90 days, setting out what action they propose to take."),
        ("p", "HSSIB also makes safety observations, which are suggested actions for the wider system, and "
              "identifies safety learning. Organisations are not required to respond to safety observations."),
        ("h1", "Executive summary"),
        ("h2", "Background"),
        ("p", "Each year around 120,000 people are discharged from hospital to a care home in England. Many take "
              "ten or more regular medicines, and changes are often made during a hospital stay. Medicines "
              "reconciliation is the process of making sure that the list of medicines a person takes after a "
              "transfer of care is accurate and complete.[[1]] Studies have found that between a third and a half "
              "of residents experience at least one medication error after discharge."),
        ("p", "The investigation's reference case concerned Doreen, an 84-year-old woman who was admitted to "
              "hospital with a chest infection. During her admission her anticoagulant dose was reduced because "
              "of declining kidney function. When she returned to her care home, the discharge letter listed the "
              "new dose, but the care home's electronic medicines administration record continued to show the "
              "old one, and she received the higher dose for nine days before a bleed led to her readmission."),
        ("notes", [(1, "National Institute for Health and Care Excellence (2015) NG5: Medicines optimisation. "
                       "Reconciliation should take place within 24 hours of a transfer of care, or sooner where "
                       "clinically necessary.")]),
        ("h2", "Findings"),
        ("ul", ["Hospitals send discharge medicines information to care homes in many different formats, and care "
                "home staff must search free text for changes to medicines.",
                "Care homes generally cannot view or update the shared care record, so they cannot check what "
                "hospital and GP records say about a resident's medicines.",
                "No organisation is commissioned to reconcile a resident's medicines on return to a care home; "
                "the task falls between hospital pharmacy, the GP practice and the community pharmacy.",
                "Electronic medicines administration record systems do not alert staff when a medicine has been "
                "stopped or changed during a hospital stay.",
                "Regulatory assessment of care homes does not examine how discharge medicines are reconciled."]),
        ("h1", "1. Background and context"),
        ("h2", "1.1 Transfer of care and medicines"),
        ("p", "Residents of care homes are among the most frequent users of hospital services. They are often "
              "frail, have several long-term conditions and are unable to manage their own medicines. When they "
              "return from hospital, care home staff depend on written information to know what to give, when "
              "and why. Unlike nursing homes, residential homes may have no registered nurse on site."),
        ("p", "National guidance places responsibility for reconciliation on the receiving organisation, but "
              "it does not specify who in a care home, GP practice or community pharmacy should do it. "
              "The investigation found that in practice care staff often do the task themselves, with no "
              "clinical check."),
        ("h2", "1.2 The investigation's approach"),
        ("p", "The investigation visited four hospital trusts, six care homes, three GP practices and two "
              "community pharmacies, and interviewed 58 staff. It reviewed 140 discharge summaries against the "
              "Professional Record Standards Body's transfer of care standard and held workshops with national "
              "organisations."),
        ("h1", "2. Findings and analysis"),
        ("h2", "2.1 Discharge information"),
        ("p", "Of the 140 discharge summaries reviewed, 61 did not state clearly which medicines had been stopped "
              "and 38 gave no reason for a change. Care home staff described spending up to an hour on each "
              "summary, telephoning the ward or the GP to check details. Several hospitals used more than one "
              "template depending on the ward. The investigation considers that a common data set would reduce "
              "the risk of changes being missed."),
        sr("051"),
        ("h2", "2.2 Access to records"),
        ("p", "Shared care records now exist in every integrated care system, but only 9 per cent of care homes "
              "visited or surveyed had access to them. Where access existed it was read-only. Care home managers "
              "told the investigation that the ability to see the GP record and the hospital's discharge summary "
              "together would allow them to resolve discrepancies quickly."),
        sr("052"),
        ("h2", "2.3 Responsibility for reconciliation"),
        ("p", "The investigation found that no part of the system is commissioned to reconcile medicines for "
              "care home residents after discharge. Some integrated care boards fund pharmacy technicians in "
              "primary care networks to do this work, but coverage is uneven and many services operate only on "
              "weekdays. The Discharge Medicines Service in community pharmacy covers some, but not all, of the "
              "task."),
        sr("053"),
        ("box", "Safety observation O/2025/047",
         "Integrated care boards can improve patient safety by identifying a named clinical lead for medicines "
         "in care homes within each primary care network."),
        ("h2", "2.4 Electronic medicines administration records"),
        ("p", "Most care homes visited used an electronic medicines administration record (eMAR). These systems "
              "improve the recording of doses given, but none of those examined could receive structured "
              "information from hospital systems, and none alerted staff when a medicine had been stopped in "
              "hospital. In Doreen's case the old dose remained active in the system until it was manually "
              "ended."),
        sr("054"),
        ("h2", "2.5 Regulation and assurance"),
        ("p", "Care homes are registered with and assessed by the Care Quality Commission. The investigation "
              "reviewed 30 recent assessment reports and found that while medicines management was examined in "
              "all of them, reconciliation after a hospital stay was mentioned in only two."),
        sr("055"),
        ("p", "<b>Safety learning.</b> Care homes that used a structured checklist on a resident's return, "
              "completed by two members of staff, identified discrepancies more often than those that did not."),
        ("h2", "2.6 Professional roles"),
        ("p", "Hospital and community pharmacists told the investigation they were unsure where their "
              "responsibility ends when a patient moves to a care home. Professional guidance on transfers of "
              "care dates from 2012 and predates both the Discharge Medicines Service and the spread of "
              "pharmacy technicians into primary care."),
        sr("056"),
        ("box", "Safety observation O/2025/048",
         "Care home providers can improve patient safety by ensuring that changes to medicines on return from "
         "hospital are checked by a second member of staff before the next dose is due."),
        ("h1", "3. Summary of safety recommendations and observations"),
        ("p", "The investigation has made the following safety recommendations:"),
        ("table", [0.2, 0.8], [["Reference", "Recipient"]] +
         [[f"R/2025/{c}", R[c][0][0].upper() + R[c][0][1:]] for c in R]),
        ("p", "The investigation has also made two safety observations (O/2025/047 and O/2025/048). Responses to "
              "the safety recommendations will be published on the HSSIB website."),
    ]


def response():
    return [
        ("cover", [("HSSIB", 22, True, 10), ("Health Services Safety Investigations Body", 11, False, 2),
                   ("Responses to safety recommendations", 24, True, 80),
                   (T, 14, True, 10),
                   ("Investigation report I2025/019, published 17 July 2025", 11, False, 8),
                   ("Responses published 4 November 2025", 11, False, 120)]),
        ("h1", "About this document"),
        ("p", "Under the Health and Care Act 2022, organisations that receive a safety recommendation from HSSIB "
              "must respond in writing within 90 days, setting out what action they propose to take. This "
              "document reproduces the responses received, grouped by the organisation that sent them. HSSIB "
              "has not edited the responses other than to remove contact details. HSSIB will monitor the "
              "implementation of the actions described."),
        ("h1", "Status of responses"),
        ("p", "Responses were received from four of the five organisations to which safety recommendations were "
              "addressed. At the date of publication, HSSIB had not received a response from the Royal "
              "Pharmaceutical Society to safety recommendation R/2025/056. HSSIB has written to the Society and "
              "will publish its response when it is received."),
        ("h1", "NHS England"),
        ("p", "<i>Response received 10 October 2025 from the National Director for Urgent and Emergency Care and "
              "the Chief Pharmaceutical Officer for England</i>"),
        ("p", "Thank you for the opportunity to respond to the safety recommendations addressed to NHS England "
              "in HSSIB's investigation report. We were very sorry to read of Doreen's experience."),
        ("p", "<b>R/2025/051.</b> NHS England accepts this recommendation. We will work with the Professional "
              "Record Standards Body to extend the transfer of care standard into a minimum data set for "
              "discharge medicines information, with a dedicated section listing medicines started, stopped "
              "and changed and the reason for each. The data set will be published for consultation in spring "
              "2026 and included in the standard contract for 2027/28."),
        ("p", "<b>R/2025/053.</b> NHS England supports the aim of this recommendation and agrees that "
              "responsibility for reconciliation should be clear. We will expand the Discharge Medicines Service "
              "so that community pharmacies are paid to complete a reconciliation for every care home resident "
              "referred to them. We are not able to commit to a new pharmacy-led service delivered within 48 "
              "hours in every area; a further expansion will be considered subject to the funding available "
              "in the 2026/27 planning round."),
        ("h1", "Care Quality Commission"),
        ("p", "<i>Response received 2 October 2025 from the Chief Inspector of Adult Social Care and "
              "Integrated Care</i>"),
        ("p", "<b>R/2025/055.</b> CQC welcomes the report and recognises the importance of safe medicines "
              "management at transfer of care. We have considered the recommendation carefully. Our single "
              "assessment framework already includes the quality statement on medicines optimisation, which "
              "asks providers how they manage medicines when people move between services. CQC is not "
              "persuaded that a separate line of enquiry for discharge medicines is the right approach, and "
              "we do not propose to add one. We will, however, share the report's findings with our medicines "
              "optimisation team and inspectors."),
        ("h1", "Department of Health and Social Care"),
        ("p", "<i>Response received 14 October 2025 from the Director General for Adult Social Care</i>"),
        ("p", "<b>R/2025/052.</b> The Department notes this recommendation. Access to shared care records for "
              "adult social care providers is being considered as part of the development of the 10 Year "
              "Health Plan's digital commitments and the Data (Use and Access) Act 2025. We will consider "
              "how care homes can be given access to the information they need, including whether write access "
              "is appropriate, and will update HSSIB when decisions have been taken."),
        ("h1", "Medicines and Healthcare products Regulatory Agency"),
        ("p", "<i>Response received 29 September 2025 from the Chief Safety Officer</i>"),
        ("p", "<b>R/2025/054.</b> The MHRA has already taken action in this area. In August 2025 we issued "
              "guidance to manufacturers of software used in medicines administration, including eMAR systems, "
              "asking them to display prominently any medicine discontinued or changed during an episode of "
              "care. The guidance was shared with the report's draft findings in mind, and we consider that "
              "this recommendation has been implemented."),
        ("h1", "Response to safety observation"),
        ("p", "<i>Response received 20 September 2025 from the National Care Forum</i>"),
        ("p", "<b>O/2025/048.</b> Although not required to respond, the National Care Forum has shared the "
              "safety observation with its members and will promote a two-person check for medicines changes "
              "in its good practice guide for care home managers."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "R/2025/051", "starts_with": "HSSIB recommends that NHS England develops a national minimum "
                                                "data set for discharge",
         "reply_contains": "extend the transfer of care standard into a minimum data set", "verdict": "agrees"},
        {"number": "R/2025/052", "starts_with": "HSSIB recommends that the Department of Health and Social Care "
                                                "sets out how care homes",
         "reply_contains": "Access to shared care records for adult social care providers is being considered",
         "verdict": "noted"},
        {"number": "R/2025/053", "starts_with": "HSSIB recommends that NHS England funds and commissions a "
                                                "pharmacy-led medicines reconciliation",
         "reply_contains": "We are not able to commit to a new pharmacy-led service delivered",
         "verdict": "partly"},
        {"number": "R/2025/054", "starts_with": "HSSIB recommends that the Medicines and Healthcare products "
                                                "Regulatory Agency issues guidance",
         "reply_contains": "we consider that this recommendation has been implemented", "verdict": "agrees"},
        {"number": "R/2025/055", "starts_with": "HSSIB recommends that the Care Quality Commission includes the "
                                                "reconciliation of discharge",
         "reply_contains": "is not persuaded that a separate line of enquiry for discharge medicines",
         "verdict": "disagrees"},
        {"number": "R/2025/056", "starts_with": "HSSIB recommends that the Royal Pharmaceutical Society updates "
                                                "its professional guidance",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": ["will promote a two-person check for medicines changes"],
    "notes": "UK Health Services Safety Investigations Body (HSSIB) investigation report + HSSIB's later "
             "'Responses to safety recommendations' document (fpdf2, A4). Advice: cover, contents, "
             "acknowledgement, 'About this report', Executive summary with a footnote and a bulleted list of "
             "findings (not recommendations), chapters 1-3 with numbered sub-headings 1.1-2.6; six safety "
             "recommendations in shaded boxes titled 'Safety recommendation R/2025/0NN', each opening 'HSSIB "
             "recommends that <addressee> ...', interleaved with two boxed safety observations O/2025/047 and "
             "O/2025/048 and a bold 'Safety learning' paragraph, none of which are recommendations; a closing "
             "table lists the codes and recipients. Response: introduction and 'Status of responses' (which "
             "MENTIONS R/2025/056 only to say no response was received: unanswered), then replies grouped by "
             "organisation, each opening with a bold code 'R/2025/0NN.': NHS England (051 then 053 in one "
             "letter), CQC (055), DHSC (052), MHRA (054), so the order is 051, 053, 055, 052, 054; a final "
             "reply by the National Care Forum to safety observation O/2025/048 is unmatched. The recommendations "
             "are not quoted. Verdicts: 053 partly (supports the aim, expands an existing service, 'not able to "
             "commit' to the new service, further expansion 'subject to the funding available'); 054 agrees "
             "(already done, 'has been implemented'); 055 disagrees (polite welcome, then 'is not persuaded' and "
             "'do not propose to'); 052 noted ('notes', 'being considered', 'will consider').",
}

if __name__ == "__main__":
    kw = dict(header="HSSIB investigation report I2025/019  |  " + T, footer="{page}", title=T,
              accent=(0, 94, 104), family="sans", size=10.5)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Responses to safety recommendations  |  I2025/019", footer="Page {page}")
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
