"""Round 48 (EN): a research ethics committee's provisional opinion letter (the HRA / NHS REC genre) from the invented
Mercia North Research Ethics Committee of the invented Health Research Ethics Service on an invented interview study,
answered by the chief investigator's response letter. Advice: letterhead block, study details (REC reference, IRAS
ID), 'Provisional opinion', a summary of the discussion at the meeting (points raised and already resolved, findings
with 'should'), then 'Further information or clarification required' with seven numbered requests in mixed forms
('Please revise ...', 'Please clarify ...', 'The Committee asks that ...', a question 'Why are ...?'), the
instructions for responding ('should be submitted', 'within 60 days'), the documents-reviewed table with version
numbers and dates, and the statement of compliance. Response: cover letter plus a ruled table 'Point | Response |
Document(s) amended' in the order of the documents affected, one row covering points 4 and 7 with different answers,
point 2 missing, and rows for unrequested changes and enclosures. LibreOffice Writer headless from HTML, A4,
Liberation Sans / Serif; running header and page numbers stamped with PyMuPDF. All content (service, committee,
university, hospitals, people, figures, references) is invented.

Run:  /tmp/blind48en/bin/python tests/docs/src/blind48/gen_en_rec_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b48en as H

NAME = "blind48_en_rec"
TMP = "/tmp/b48en/rec"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2.2cm 2.0cm 2.2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; font-weight: bold; margin-top: 9pt; margin-bottom: 4pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; font-style: italic; margin-top: 6pt;
     margin-bottom: 3pt; }
td { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
"""

R = {"1": "Please revise the Participant Information Sheet (PIS) to state clearly that taking part, or declining to "
          "take part, will not affect the participant's usual care.",
     "2": "Please clarify what will happen if a participant loses capacity during the study, and whether any data "
          "already collected will be retained.",
     "3": "Please remove the request for the participant's NHS number from the paper questionnaire (Appendix C "
          "to the protocol).",
     "4": "The Committee asks that the 10-pound shopping voucher be offered to every participant who completes the "
          "first interview, and not only to those who complete all three.",
     "5": "Please provide a Welsh-language version of the consent form and PIS for participants recruited at "
          "Ysbyty Glan Tywi.",
     "6": "Please confirm who will transcribe the interview recordings and, if an external transcription service "
          "is used, that a confidentiality agreement is in place.",
     "7": "Why are participants who do not speak English excluded? Please justify this exclusion in the protocol or "
          "make provision for professional interpreters."}


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body
            + "</body></html>")


def advice():
    items = "".join("<tr><td width='5%%'>%s.</td><td width='95%%'>%s</td></tr>" % (k, R[k]) for k in "1234567")
    docs = [("Covering letter on headed paper", "1", "12 January 2026"),
            ("IRAS Application Form", "IRAS_Form_08012026", "08 January 2026"),
            ("Interview schedules or topic guides for participants", "1.2", "05 January 2026"),
            ("Participant consent form", "1.1", "05 January 2026"),
            ("Participant information sheet (PIS)", "1.1", "05 January 2026"),
            ("Research protocol or project proposal", "2.0", "08 January 2026"),
            ("Summary CV for Chief Investigator (CI)", "1", "20 December 2025"),
            ("Validated questionnaire [EQ-Home]", "1", "01 October 2024")]
    dt = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % d for d in docs)
    b = ["<table width='100%' cellpadding='0' cellspacing='0'><tr><td width='55%'>"
         "<p style='font-size:16pt; color:#005eb8'><b>Health Research Ethics Service</b></p></td>"
         "<td width='45%'><p style='font-size:9pt'><b>Mercia North Research Ethics Committee</b><br>"
         "Ground Floor, Clarendon House<br>14 Park Row<br>Derwick<br>DW1 3GH<br><br>Telephone: 0207 104 8810<br>"
         "Email: mercianorth.rec@hres.example</p></td></tr></table>",
         "<p><br>03 March 2026</p>",
         "<p>Dr Chidi Okafor<br>Senior Lecturer in Adult Nursing<br>School of Health Sciences<br>University of "
         "Tewkesfield<br>Tewkesfield TF2 8QA</p>",
         "<p>Dear Dr Okafor</p>",
         "<table width='100%' cellpadding='2'><tr><td width='28%'><b>Study title:</b></td><td>Living at home after "
         "hip fracture: a qualitative study of older people's experiences of the first six months (HOME-HIP)</td>"
         "</tr><tr><td><b>REC reference:</b></td><td>26/WM/0412</td></tr><tr><td><b>Protocol number:</b></td>"
         "<td>UT-HS-2025-88</td></tr><tr><td><b>IRAS project ID:</b></td><td>339871</td></tr></table>",
         "<p>Thank you for your application for ethical review, which was considered by the Research Ethics Committee "
         "at its meeting on 24 February 2026. Thank you also for attending the meeting with Ms Priya Lal, the study "
         "coordinator, to discuss the application.</p>",
         "<h2>Provisional opinion</h2>",
         "<p>The Committee is unable to give an ethical opinion on the basis of the information and documentation "
         "received so far. Before confirming its opinion, the Committee requests that you provide the further "
         "information set out below.</p>",
         "<h2>Summary of discussion at the meeting</h2>",
         "<h3>Social or scientific value; scientific design and conduct of the study</h3>",
         "<p>The Committee agreed that the study addresses an important question. Members noted that a sample of 40 "
         "participants should be justified for a qualitative design; you explained that recruitment would stop at "
         "data saturation and that 40 was an upper limit. The Committee was satisfied with this answer.</p>",
         "<h3>Recruitment arrangements and access to health information for this purpose</h3>",
         "<p>Potential participants will be identified by the orthopaedic teams at Derwick Royal Infirmary and Ysbyty "
         "Glan Tywi before discharge. Members asked whether GPs would be informed of participation. You confirmed "
         "that a GP letter would be sent, and no further action is needed.</p>",
         "<h3>Care and protection of research participants; respect for potential and enrolled participants' "
         "welfare and dignity</h3>",
         "<p>The Committee discussed the interviews at 6 weeks, 3 months and 6 months, which take place in "
         "participants' homes. The lone-worker procedure of the University was considered adequate. Some "
         "participants may become distressed when describing falls; the distress protocol should be followed and "
         "the Committee was content with the version submitted.</p>",
         "<h3>Informed consent process and the adequacy and completeness of participant information</h3>",
         "<p>Members felt the PIS was generally clear but raised points that are reflected in the requests below.</p>",
         "<h2>Further information or clarification required</h2>",
         "<table width='100%' cellpadding='3'>" + items + "</table>",
         "<p>If you would find it helpful to discuss any of the matters raised above or seek further clarification "
         "from a member of the Committee, please contact the REC Manager, Ms Joanne Tilbury, at the address above.</p>",
         "<p>When submitting a response to the Committee, the requested information should be submitted "
         "electronically through the online system. Where the changes affect previously approved documents, please "
         "submit revised documents with new version numbers and dates, highlighting the changes made.</p>",
         "<p>The Committee delegated authority to confirm its final opinion to the Chair. The 60-day clock for "
         "ethical review will be stopped until a response is received; if no response is received within 60 days "
         "of this letter, the application will be treated as withdrawn.</p>",
         "<h2>Documents reviewed</h2>",
         "<p>The documents reviewed at the meeting were:</p>",
         "<table width='100%' border='1' cellpadding='3' cellspacing='0'><tr><td bgcolor='#dde6f2'><b>Document</b>"
         "</td><td bgcolor='#dde6f2'><b>Version</b></td><td bgcolor='#dde6f2'><b>Date</b></td></tr>" + dt
         + "</table>",
         "<h2>Membership of the Committee</h2>",
         "<p>The members of the Ethics Committee who were present at the meeting are listed on the attached sheet "
         "(not reproduced).</p>",
         "<h2>Statement of compliance</h2>",
         "<p>The Committee is constituted in accordance with the Governance Arrangements for Research Ethics "
         "Committees and complies fully with the Standard Operating Procedures for Research Ethics Committees in "
         "the United Kingdom.</p>",
         "<p><b>26/WM/0412 &nbsp; Please quote this number on all correspondence</b></p>".replace("&nbsp;", " "),
         "<p>Yours sincerely</p><p><br>Dr Rosalind Achterberg<br>Chair</p>",
         "<p style='font-size:9pt'>Enclosures: List of names and professions of members who were present at the "
         "meeting and those who submitted written comments<br>Copy to: Ms Helen Marsh, Research Governance Office, "
         "University of Tewkesfield (sponsor)</p>"]
    return page("".join(b))


def response():
    rows = [
        ("1", "We have added a sentence in bold to section 3 of the PIS: 'Whether or not you take part will make no "
              "difference to the care you receive from the NHS or social services.'", "PIS v1.2, 02/04/2026"),
        ("5", "The consent form has been translated by the Health Board's Welsh Language Unit and is enclosed. The "
              "Welsh PIS is still being translated and will be submitted as a minor amendment, expected in June "
              "2026, before the first participant is approached at Ysbyty Glan Tywi.",
         "Consent form (Welsh) v1.0, 30/03/2026"),
        ("4 and 7", "Voucher: agreed. The protocol now states that the voucher is given after the first interview, "
                    "whatever happens later. Language: having discussed this with our patient advisory group, we "
                    "would respectfully ask the Committee to accept the exclusion. The study's funding does not "
                    "cover interpreting for three home interviews per participant, and an interpreted interview "
                    "would not give the depth of account the design relies on. We have added this reasoning to "
                    "section 5.2 of the protocol as a stated limitation.",
         "Protocol v2.1, 02/04/2026"),
        ("3", "The NHS number is needed to link questionnaire answers to hospital readmission data, as set out in "
              "section 8 of the protocol. Rather than remove it, we have moved it to a detachable cover slip that "
              "the study office will separate on receipt and store apart from the questionnaire.",
         "Questionnaire pack v1.1, 02/04/2026"),
        ("6", "We note the Committee's point. Transcription for all University studies is arranged under the "
              "sponsor's Research Data Management Policy, which sets out the approved services and their terms; a "
              "copy of the policy is enclosed for information.", "None"),
        ("Other", "In addition, we have corrected the version number shown in the footer of the GP letter and "
                  "updated the planned end of study to 31 December 2027.", "GP letter v1.1; IRAS form"),
    ]
    rt = "".join("<tr><td width='11%%'>%s</td><td width='64%%'>%s</td><td width='25%%'>%s</td></tr>" % r
                 for r in rows)
    b = ["<p style='font-size:15pt; font-family:Liberation Serif'><b>University of Tewkesfield</b></p>",
         "<p style='font-size:9pt'>School of Health Sciences | Anstey Building | Tewkesfield TF2 8QA</p>",
         "<p><br>2 April 2026</p>",
         "<p>Ms Joanne Tilbury<br>REC Manager<br>Mercia North Research Ethics Committee<br>Ground Floor, Clarendon "
         "House<br>14 Park Row<br>Derwick DW1 3GH</p>",
         "<p>Dear Ms Tilbury</p>",
         "<p><b>Study title: Living at home after hip fracture (HOME-HIP)<br>REC reference: 26/WM/0412 &nbsp; "
         "IRAS project ID: 339871<br>Response to the provisional opinion of 03 March 2026</b></p>"
         .replace("&nbsp;", " "),
         "<p>Thank you for the Committee's letter and for the helpful discussion at the meeting on 24 February. Our "
         "responses to the points raised are set out below, grouped by the document affected. Revised documents are "
         "enclosed with tracked changes, with new version numbers and dates.</p>",
         "<table width='100%' border='1' cellpadding='4' cellspacing='0'><tr><td bgcolor='#e4e4e4'><b>Point</b></td>"
         "<td bgcolor='#e4e4e4'><b>Response</b></td><td bgcolor='#e4e4e4'><b>Document(s) amended</b></td></tr>"
         + rt + "</table>",
         "<p><br>The sponsor has reviewed this response and the amended documents. We hope that the Committee will "
         "now be able to give a favourable opinion, and I would be glad to answer any further questions.</p>",
         "<p>Yours sincerely</p><p><br>Dr Chidi Okafor<br>Chief Investigator</p>",
         "<p style='font-size:9pt'>Enclosed: PIS v1.2; Consent form (Welsh) v1.0; Protocol v2.1 (tracked and "
         "clean); Questionnaire pack v1.1; GP letter v1.1; Research Data Management Policy (2024)</p>"]
    return page("".join(b))


NOTES = ("Provisional opinion letter of the invented Mercia North Research Ethics Committee (HRA/NHS REC genre) on the "
         "invented HOME-HIP study, REC reference 26/WM/0412, IRAS 339871: letterhead, study details table, "
         "'Provisional opinion', summary of discussion with points already resolved at the meeting ('a sample of 40 "
         "participants should be justified' - answered and accepted; GP letter - 'no further action is needed'; "
         "'the distress protocol should be followed'), then 'Further information or clarification required' with "
         "seven numbered requests 1.-7. (five 'Please ...', one 'The Committee asks that ...', one question 'Why are "
         "participants who do not speak English excluded?'), traps after them ('please contact the REC Manager', "
         "'the requested information should be submitted electronically', '60 days'), the documents-reviewed table "
         "with versions and dates, statement of compliance. Response: chief investigator's letter with a table Point "
         "| Response | Document(s) amended in the order 1, 5, 4+7, 3, 6, Other. Key: 1 sentence added to the PIS "
         "(agrees); 5 Welsh consent form enclosed, Welsh PIS to follow as an amendment (partly); row '4 and 7' "
         "covers 4 'Voucher: agreed' (agrees) and 7 'respectfully ask the Committee to accept the exclusion' "
         "(disagrees); 3 NHS number kept, moved to a detachable slip (partly, also disagrees); 6 'We note the "
         "Committee's point', left to the sponsor's data policy (noted, also partly); 2 loss of capacity "
         "unanswered. Unmatched: the 'Other' row (GP letter version number, end date), the closing paragraph on the "
         "sponsor's review.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="26/WM/0412 - Provisional opinion", footer="Page {n} of {N}",
            skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="HOME-HIP 26/WM/0412 - response to provisional opinion",
            footer="{n}", skip_first=True)
    sw = lambda k: " ".join(R[k].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw("1"),
         "reply_contains": "will make no difference to the care you receive", "verdict": "agrees"},
        {"number": "2", "starts_with": sw("2"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "3", "starts_with": sw("3"),
         "reply_contains": "we have moved it to a detachable cover slip", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "4", "starts_with": sw("4"),
         "reply_contains": "the voucher is given after the first interview, whatever happens later",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw("5"),
         "reply_contains": "The Welsh PIS is still being translated", "verdict": "partly"},
        {"number": "6", "starts_with": sw("6"),
         "reply_contains": "is arranged under the sponsor's Research Data Management Policy", "verdict": "noted",
         "also": ["partly"]},
        {"number": "7", "starts_with": sw("7"),
         "reply_contains": "respectfully ask the Committee to accept the exclusion", "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, ["corrected the version number shown in the footer of the GP letter",
                                  "The sponsor has reviewed this response and the amended documents"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b48en.py"), NAME)) and 1)
