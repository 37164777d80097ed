"""Round 40 (EN): a Domestic Homicide Review overview report for an English community safety partnership (invented
'Safer Ashcombe Partnership', DHR 'Anna', 2024) with coded single-agency and multi-agency recommendations in a table,
answered by a report to the Partnership Board on the action plan (committee-report format with its own
'Recommendation: that the Board notes'). LibreOffice Writer headless from HTML, A4; header and page numbers stamped
with PyMuPDF. All content (partnership, agencies, people, dates) is invented; the statutory basis (section 9 of the
Domestic Violence, Crime and Victims Act 2004) is cited as it is.

Run:  /tmp/blind40en/bin/python tests/docs/src/blind40/gen_en_dhr_libreoffice.py   (needs soffice)
"""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b40en as H

NAME = "blind40_en_dhr"
TMP = "/tmp/b40en/dhr"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-size: 16pt; color: #4b2e83; } h2 { font-size: 12pt; color: #4b2e83; margin-top: 10pt; }
h3 { font-size: 10.5pt; }
td, th { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { background: #e4dcf0; text-align: left; }
p.small { font-size: 8.5pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


_n = [0]


def np(t):
    _n[0] += 1
    return "<p>%d.&#9;%s</p>" % (_n[0], t)


def advice():
    h = ["<p class='small'><b>OFFICIAL-SENSITIVE (until publication)</b></p>",
         "<h1>Safer Ashcombe Partnership<br>Domestic Homicide Review</h1>",
         "<p><b>Overview Report into the death of 'Anna' in June 2024</b></p>",
         "<p>Independent Chair and Author: Margaret Tolland<br>Report completed: 14 October 2025</p>",
         "<h2>1. Introduction</h2>",
         np("This review was commissioned by the Safer Ashcombe Partnership under section 9 of the Domestic Violence, "
            "Crime and Victims Act 2004. Anna, aged 34, was killed by her partner, referred to as 'Mark', at her home "
            "in June 2024. Mark was convicted of murder in March 2025."),
         np("The review panel extends its condolences to Anna's family. Anna's mother chose the pseudonym 'Anna' and "
            "contributed to the review."),
         "<h2>2. Terms of reference</h2>",
         np("The panel considered the following key lines of enquiry: What did agencies know about domestic abuse in "
            "the relationship? Were risk assessments completed and shared? Should agencies have identified coercive "
            "control earlier? How accessible were services to Anna, who worked night shifts?"),
         "<h2>3. Summary of agency contact</h2>",
         "<table border='1' cellpadding='3' cellspacing='0' width='100%'><tr><th>Agency</th><th>Contacts 2022&ndash;24"
         "</th><th>IMR provided</th></tr><tr><td>Ashcombe Police</td><td>5</td><td>Yes</td></tr>"
         "<tr><td>Ashcombe General Practice (Orchard Surgery)</td><td>9</td><td>Yes</td></tr>"
         "<tr><td>Northvale Hospitals NHS Trust (emergency department)</td><td>2</td><td>Yes</td></tr>"
         "<tr><td>Ashcombe Homes (housing association)</td><td>3</td><td>Yes</td></tr></table>",
         np("Police attended the address twice in 2023. On both occasions a DASH risk assessment was completed and "
            "graded standard risk, although Anna disclosed that Mark checked her phone and controlled her money. "
            "The panel considers that the second assessment should have been graded medium risk."),
         np("Anna attended the emergency department in January 2024 with a wrist injury. Routine enquiry about "
            "domestic abuse was not made because Mark remained in the cubicle throughout."),
         np("Anna's GP recorded low mood and anxiety on four occasions. Coercive control was not explored and no "
            "referral to the specialist service was offered."),
         np("Ashcombe Homes received a complaint from a neighbour about shouting in April 2024 and treated it as "
            "antisocial behaviour. Housing officers had not been trained to recognise domestic abuse."),
         "<h2>4. Lessons learned</h2>",
         np("Professionals should be curious about coercive control even where there is no physical violence. "
            "Agencies should not rely on a victim's self-referral."),
         np("Single-agency recommendations made in the Individual Management Reviews (IMRs) have been accepted by "
            "the agencies and are included in the action plan; for example, the police IMR recommended that "
            "'supervisors review all repeat standard-risk DASH assessments', which has been implemented."),
         "<h2>5. Recommendations</h2>",
         np("The panel makes the following recommendations. Recommendations coded MA are for the Partnership; the "
            "remainder are for the agency named."),
         "<table border='1' cellpadding='3' cellspacing='0' width='100%'><tr><th width='12%'>Code</th>"
         "<th>Recommendation</th><th width='18%'>Lead</th></tr>"
         "<tr><td>MA1</td><td>The Partnership should commission a coercive control awareness campaign aimed at "
         "friends, family and employers, including night-shift workplaces.</td><td>Safer Ashcombe Partnership</td></tr>"
         "<tr><td>MA2</td><td>The Partnership should seek assurance that all partner agencies have a domestic abuse "
         "policy that covers routine enquiry and safe questioning.</td><td>Safer Ashcombe Partnership</td></tr>"
         "<tr><td>MA3</td><td>The Partnership should write to the Home Office asking that statutory guidance include "
         "the risk of perpetrators accompanying victims to health appointments.</td><td>Chair, Safer Ashcombe "
         "Partnership</td></tr>"
         "<tr><td>P1</td><td>Ashcombe Police to provide refresher training on identifying coercive control when "
         "completing DASH risk assessments.</td><td>Ashcombe Police</td></tr>"
         "<tr><td>H1</td><td>Northvale Hospitals NHS Trust to ensure every patient presenting with an injury is "
         "seen alone at least once during the attendance.</td><td>Northvale Hospitals NHS Trust</td></tr>"
         "<tr><td>GP1</td><td>The ICB to offer all Ashcombe practices the IRIS domestic abuse training and advocacy "
         "programme.</td><td>Northvale ICB</td></tr>"
         "<tr><td>HS1</td><td>Ashcombe Homes to train all housing officers to consider domestic abuse when "
         "investigating noise complaints.</td><td>Ashcombe Homes</td></tr></table>",
         "<p></p>",
         np("The panel was told that Anna 'would have wanted other women to know that it is not just about bruises'. "
            "This report is dedicated to her memory."),
         "<h2>Appendix: Glossary</h2>",
         "<p>DASH &ndash; Domestic Abuse, Stalking and Harassment risk identification checklist. IMR &ndash; Individual "
         "Management Review. IRIS &ndash; Identification and Referral to Improve Safety. ICB &ndash; Integrated Care "
         "Board. MARAC &ndash; Multi-Agency Risk Assessment Conference.</p>"]
    return page("".join(h))


def response():
    h = ["<p class='small'>Agenda item 6</p>",
         "<h1>Safer Ashcombe Partnership Board<br>22 January 2026</h1>",
         "<p><b>Report title:</b> Domestic Homicide Review 'Anna' &ndash; action plan update<br><b>Report of:</b> "
         "Head of Community Safety, Ashcombe District Council<br><b>Status:</b> For noting</p>",
         "<h2>1. Purpose of report</h2>",
         "<p>1.1 To update the Board on progress against the recommendations of the DHR 'Anna' overview report, which "
         "the Home Office Quality Assurance Panel approved for publication on 3 December 2025.</p>",
         "<h2>2. Recommendation</h2>",
         "<p>2.1 That the Board notes the progress set out in section 3 and agrees the revised completion dates.</p>",
         "<h2>3. Progress by agency</h2>",
         "<p>3.1 <b>Northvale Hospitals NHS Trust.</b> The emergency department has changed its triage procedure: "
         "every patient with an injury is now seen alone by a nurse before discharge. A January audit found this "
         "was recorded for 94 per cent of attendances. <i>Complete.</i></p>",
         "<p>3.2 <b>Ashcombe Police.</b> Coercive control refresher training has been delivered to 212 of 260 "
         "response officers; the remainder will be trained by March 2026. <i>On track.</i></p>",
         "<p>3.3 <b>Partnership actions.</b> A coercive control campaign, 'Not Just Bruises', has been designed with "
         "Anna's family and will launch in February with local employers. The Chair has considered the proposal to "
         "write to the Home Office; as national guidance is already being revised following other reviews, the Board "
         "is not asked to write separately and will respond to the Home Office consultation instead.</p>",
         "<p>3.4 <b>Ashcombe Homes.</b> Domestic abuse awareness is being added to induction for new housing officers. "
         "Existing officers will receive it only where their role involves tenancy enforcement, because of budget "
         "pressures this year.</p>",
         "<p>3.5 <b>Northvale ICB.</b> The ICB has noted the recommendation and will consider IRIS as part of its "
         "2026/27 commissioning round, subject to funding.</p>",
         "<h2>4. Publication</h2>",
         "<p>4.1 The overview report and executive summary were published on the council website on 15 January 2026, "
         "with the family's agreement, and copies were sent to the Domestic Abuse Commissioner.</p>",
         "<h2>5. Financial and legal implications</h2>",
         "<p>5.1 The campaign will be funded from the existing community safety budget (£18,000). There are no legal "
         "implications arising from this report.</p>",
         "<p class='small'>Contact officer: Rachel Osei, Community Safety Manager</p>"]
    return page("".join(h))


def convert(html, dst):
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, os.path.splitext(os.path.basename(dst))[0] + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.soffice_pdf(src, TMP)
    shutil.copy(os.path.splitext(src)[0] + ".pdf", dst)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    convert(advice(), a)
    H.stamp(a, header="DHR 'Anna' Overview Report - Safer Ashcombe Partnership", footer="Page {n} of {N}")
    convert(response(), r)
    H.stamp(r, header="Safer Ashcombe Partnership Board - 22 January 2026 - Item 6", footer="{n}")
    recs = [
        {"number": "MA1", "starts_with": "The Partnership should commission a coercive control awareness campaign",
         "reply_contains": "has been designed with Anna's family and will launch", "verdict": "agrees"},
        {"number": "MA2", "starts_with": "The Partnership should seek assurance that all partner agencies",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "MA3", "starts_with": "The Partnership should write to the Home Office asking that",
         "reply_contains": "the Board is not asked to write separately", "verdict": "disagrees"},
        {"number": "P1", "starts_with": "Ashcombe Police to provide refresher training on identifying coercive control",
         "reply_contains": "delivered to 212 of 260 response officers", "verdict": "agrees"},
        {"number": "H1", "starts_with": "Northvale Hospitals NHS Trust to ensure every patient presenting",
         "reply_contains": "now seen alone by a nurse before discharge", "verdict": "agrees"},
        {"number": "GP1", "starts_with": "The ICB to offer all Ashcombe practices the IRIS",
         "reply_contains": "consider IRIS as part of its 2026/27 commissioning round", "verdict": "noted"},
        {"number": "HS1", "starts_with": "Ashcombe Homes to train all housing officers to consider",
         "reply_contains": "only where their role involves tenancy enforcement", "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, ["published on the council website on 15 January 2026"], NOTES)


NOTES = ("DHR overview report: seven recommendations in a three-column table with codes MA1-MA3 (Partnership, "
         "'should'), P1, H1, GP1, HS1 (agency, '<Agency> to ...'); labels are the codes. Traps: section 9 DVCVA 2004, "
         "terms of reference questions ('Should agencies ...?'), agency contact table, panel findings with 'should', "
         "lessons learned with 'should', a quoted IMR recommendation already implemented, glossary. Board report "
         "(committee format with its own 'Recommendation: That the Board notes'), by agency in another order H1, P1, "
         "MA1+MA3, HS1, GP1: seen alone (H1 agrees); training largely delivered, rest by March (P1 agrees); ONE "
         "'Partnership actions' paragraph: campaign launching (MA1 agrees) and no separate letter to the Home Office "
         "(MA3 disagrees); new officers only / enforcement roles (HS1 partly); ICB 'has noted ... will consider' (GP1 "
         "noted); MA2 (assurance on agency policies) never mentioned (unanswered); 'Publication' and 'Financial and "
         "legal implications' answer nothing.")

if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)
