"""Round 23 (EN): UK Parliamentary and Health Service Ombudsman investigation report + the Trust's
covering letter and action plan. Engine: LibreOffice Writer headless (HTML -> PDF); running header and
page numbers stamped afterwards with PyMuPDF (Liberation Sans embedded).

Regenerate: /tmp/blind23en/bin/python tests/docs/src/blind23/gen_en_phso_lo.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import fitz  # noqa: E402
from _b23en import FONTS, out, write_expected  # noqa: E402

PAIR = "blind23_en_phso"

CSS = """
<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.4cm 2.3cm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.35; color: #1a1a1a; }
h1 { font-family: 'Liberation Sans'; font-size: 20pt; color: #5b2c6f; margin-top: 0; }
h2 { font-family: 'Liberation Sans'; font-size: 14pt; color: #5b2c6f; margin-top: 16pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #333333; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: left; }
td { font-family: 'Liberation Sans'; font-size: 10pt; vertical-align: top; }
.num { width: 1.1cm; color: #5b2c6f; font-weight: bold; }
.small { font-size: 8.5pt; color: #444444; }
.cover { color: #5b2c6f; }
</style>
"""


def para(n, text):
    return (f'<table width="100%" cellpadding="2" cellspacing="0"><tr><td class="num" width="6%">{n}.</td>'
            f'<td width="94%">{text}</td></tr></table>\n')


ADVICE_PARAS = [
    # (heading or None, paragraph text)
    ("The complaint", None),
    (None, "Mrs Dunmore complains that Harrowfield Hospitals NHS Foundation Trust (the Trust) discharged her "
           "father, Mr Rowe, from Ward 12 at Harrowfield General Hospital on 3 March 2024 when he was not fit to "
           "leave hospital. She says the Trust did not assess whether Mr Rowe could make decisions about his "
           "discharge, did not tell his care home that his medication had changed, and did not respond properly "
           "to her complaint."),
    (None, "Mrs Dunmore also complains that NHS North Wessex Integrated Care Board (the ICB) did not act when she "
           "raised her concerns about the discharge summary, which reached Mr Rowe's GP practice eleven days "
           "after he had left hospital."),
    (None, "Mrs Dunmore says that as a result Mr Rowe went without a newly prescribed medicine for four days, "
           "became acutely unwell and was readmitted on 8 March 2024. He died in hospital on 2 April 2024. "
           "Mrs Dunmore wants the organisations to acknowledge what went wrong and to make sure it does not "
           "happen to another family."),
    ("Our decision", None),
    (None, "We uphold Mrs Dunmore's complaint about the Trust in part. We found failings in the way the Trust "
           "planned Mr Rowe's discharge and in the way it handled her complaint. We do not find that the Trust "
           "was wrong to consider Mr Rowe medically fit for discharge on 3 March 2024."),
    (None, "We uphold Mrs Dunmore's complaint about the ICB. It did not follow its own process for responding to "
           "concerns raised by a member of the public about a provider."),
    ("Background", None),
    (None, "Mr Rowe was 86 and lived at Beechcroft House, a residential care home. He was admitted to Harrowfield "
           "General Hospital on 19 February 2024 with a chest infection. On 24 February a doctor recorded that he "
           "was newly confused and that delirium was likely. His antihypertensive medicine was stopped and a new "
           "anticoagulant was started on 28 February.<sup>1</sup>"),
    (None, "The Mental Capacity Act 2005 (the MCA) says a person must be assumed to have capacity unless it is "
           "established that they lack it. Where there is reason to doubt a person's capacity to make a particular "
           "decision, staff should assess it and record the assessment. The Trust's Discharge Policy (version 6, "
           "2023) says that a capacity assessment should be recorded before discharge for any patient with a new "
           "diagnosis of delirium."),
    ("What we found", None),
    (None, "<b>Discharge planning.</b> The clinical records show that Mr Rowe was assessed by a consultant on "
           "the morning of 3 March and judged medically fit for discharge. Our clinical adviser, a consultant "
           "geriatrician, told us this was a reasonable judgement. We therefore do not find fault with the "
           "decision that Mr Rowe no longer needed acute hospital care."),
    (None, "However, there is no record that anyone assessed Mr Rowe's capacity to take part in decisions about "
           "his discharge, even though his delirium had been documented a week earlier. The Trust should have "
           "completed and recorded a capacity assessment, as its own policy required. This was a failing."),
    (None, "<b>Medication.</b> The discharge letter given to Beechcroft House listed Mr Rowe's medicines as they "
           "were on admission. It did not mention the new anticoagulant or that his antihypertensive had been "
           "stopped. Our nursing adviser told us that good practice is for ward staff to confirm medication "
           "changes with a care home in writing before the patient leaves. The ward's discharge checklist has no "
           "step for this. This was a failing."),
    (None, "We cannot say that the medication error caused Mr Rowe's readmission. Our clinical adviser told us "
           "that his underlying condition was serious and that he may have been readmitted in any event. But the "
           "failing has left Mrs Dunmore with an uncertainty that she will always have."),
    (None, "<b>Complaint handling.</b> The Trust took 19 weeks to respond to Mrs Dunmore's complaint and did not "
           "tell her why. Its response did not address her concern about capacity at all. This was not in line "
           "with the Principles of Good Complaint Handling.<sup>2</sup>"),
    (None, "<b>The ICB.</b> Mrs Dunmore wrote to the ICB on 15 April 2024. The ICB acknowledged her letter but "
           "did not log it as a concern about a provider, so it was never considered by its quality team. The "
           "ICB told us that it does not currently monitor how long trusts take to send discharge summaries to "
           "GP practices and care homes."),
    ("Injustice", None),
    (None, "The failings we found caused Mrs Dunmore distress and left her uncertain whether her father's "
           "readmission could have been avoided. She also spent time and effort pursuing her complaint over "
           "more than a year. We have not found that the failings caused Mr Rowe's death, and we do not make "
           "a recommendation about that."),
]

RECS_TRUST_1M = [
    "write to Mrs Dunmore to acknowledge the failings identified in this report and apologise for the impact "
    "they had on her and on her father. The apology should be in line with our guidance on making "
    "meaningful apologies.",
    "pay Mrs Dunmore £1,250 in recognition of the distress caused by the failings in discharge planning and "
    "the uncertainty she has been left with.",
    "pay Mrs Dunmore a further £250 for the time and trouble she was put to in pursuing her complaint.",
]
RECS_TRUST_3M = [
    "prepare an action plan that sets out how it will make sure patients with a new diagnosis of delirium are "
    "not discharged before a capacity assessment has been completed and recorded.",
    "review its discharge checklist so that ward staff confirm with the receiving care home, before the "
    "patient leaves, that any changes to medication have been communicated in writing.",
    "share this report with the staff involved in Mr Rowe's care and provide evidence that it has been "
    "discussed at a ward governance meeting.",
    "arrange face-to-face training on the Mental Capacity Act 2005 for all registered nurses on its medicine "
    "for older people wards, to be completed within six months.",
]
REC_ICB = ("review how it monitors the timeliness of discharge summaries sent by trusts in its area to GP "
           "practices and care homes, and tell us what it will do as a result of that review.")


def build_advice_html():
    h = ["<html><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<p class='cover' style='font-size:11pt'><b>Parliamentary and Health Service Ombudsman</b></p>")
    h.append("<p class='small'>Millbank Tower, Millbank, London SW1P 4QP &nbsp;|&nbsp; www.ombudsman.org.uk</p>")
    h.append("<p>&nbsp;</p><h1>Report of an investigation into a complaint about Harrowfield Hospitals NHS "
             "Foundation Trust and NHS North Wessex Integrated Care Board</h1>")
    h.append("<table width='100%' cellpadding='4' cellspacing='0' style='border-top:1px solid #5b2c6f;"
             "border-bottom:1px solid #5b2c6f'>"
             "<tr><td width='35%'><b>Complainant</b></td><td>Mrs Dunmore</td></tr>"
             "<tr><td><b>Aggrieved</b></td><td>The late Mr Rowe</td></tr>"
             "<tr><td><b>Organisations complained about</b></td><td>Harrowfield Hospitals NHS Foundation Trust; "
             "NHS North Wessex Integrated Care Board</td></tr>"
             "<tr><td><b>Our reference</b></td><td>C-2217894</td></tr>"
             "<tr><td><b>Date of final report</b></td><td>11 September 2025</td></tr></table>")
    h.append("<p>&nbsp;</p><p class='small'>This is the final report of our investigation. We shared a draft "
             "with Mrs Dunmore, the Trust and the ICB and took account of their comments. Names have been changed "
             "to protect the privacy of the people involved.</p>")
    n = 0
    for head, text in ADVICE_PARAS:
        if head:
            h.append(f"<h2>{head}</h2>")
        else:
            n += 1
            h.append(para(n, text))
    h.append("<h2>Putting things right</h2>")
    n += 1
    h.append(para(n, "The Trust and the ICB have accepted our findings. To remedy the injustice we found, and to "
                     "prevent it happening to others, we make the recommendations below. Our recommendations are "
                     "made with regard to our Principles for Remedy."))
    h.append("<p><b>Within one month of the date of this report, the Trust should:</b></p><ul>")
    h += [f"<li><p>{r}</p></li>" for r in RECS_TRUST_1M]
    h.append("</ul><p><b>Within three months of the date of this report, the Trust should:</b></p><ul>")
    h += [f"<li><p>{r}</p></li>" for r in RECS_TRUST_3M]
    h.append("</ul><p><b>Within three months of the date of this report, the ICB should:</b></p><ul>")
    h.append(f"<li><p>{REC_ICB}</p></li></ul>")
    n += 1
    h.append(para(n, "The organisations should send us, and Mrs Dunmore, evidence that they have done what we "
                     "have recommended. The action plans should describe what they will do, with timescales, and "
                     "how they will know the actions have been effective. We will share this report with the Care "
                     "Quality Commission and NHS England."))
    h.append("<h2>Conclusion</h2>")
    n += 1
    h.append(para(n, "We have found failings by the Trust in discharge planning and complaint handling, and by "
                     "the ICB in the way it dealt with Mrs Dunmore's concerns. These failings caused injustice to "
                     "Mrs Dunmore which has not been remedied. We have made recommendations to put things right."))
    h.append("<p>&nbsp;</p><p><b>Rebecca Hillier</b><br/>Parliamentary and Health Service Ombudsman</p>")
    h.append("<p>&nbsp;</p><hr/><p class='small'><sup>1</sup> An anticoagulant is a medicine that reduces the "
             "blood's ability to clot. Its dose and monitoring must be known to anyone giving it.<br/>"
             "<sup>2</sup> Parliamentary and Health Service Ombudsman, <i>Principles of Good Complaint "
             "Handling</i> (2009), and the NHS Complaint Standards (2022).</p>")
    h.append("</body></html>")
    return "\n".join(h)


def td(x, w=None, shade=False):
    st = " style='border:1px solid #777777;padding:3pt"
    st += ";background:#ece3f0'" if shade else "'"
    return f"<td{st}{' width=%s' % repr(w) if w else ''}>{x}</td>"


PLAN_ROWS = [
    ("1", "Write to Mrs Dunmore to acknowledge the failings and apologise (one month).",
     "A letter of apology signed by the Chief Executive was sent to Mrs Dunmore on 2 October 2025. A copy has "
     "been provided to PHSO.", "Chief Executive", "2 Oct 2025", "Complete"),
    ("2", "Financial remedy of £1,250 for distress and £250 for time and trouble (one month).",
     "Both payments were made to Mrs Dunmore by bank transfer on 6 October 2025, a total of £1,500. Remittance "
     "advice sent to PHSO.", "Director of Finance", "6 Oct 2025", "Complete"),
    ("3", "Action plan: no discharge of patients with new delirium without a recorded capacity assessment.",
     "Accepted. The electronic discharge form will not allow a discharge to be completed where delirium is "
     "coded and no capacity assessment is recorded. Audit of 30 discharges a month by the Safeguarding Team.",
     "Chief Nurse", "31 Dec 2025", "In progress"),
    ("4", "Face-to-face MCA training for registered nurses on medicine for older people wards.",
     "The Trust has considered this carefully. Registered nurses already complete MCA training every two years "
     "as part of mandatory safeguarding training (compliance 91% in August 2025). The Trust does not intend to "
     "introduce a separate face-to-face course; it will instead add the learning from this case to the existing "
     "module.", "Head of Safeguarding", "30 Nov 2025", "Closed - see response"),
    ("5", "Discharge checklist: confirm medication changes with the receiving care home in writing.",
     "The checklist has been amended on Ward 12 and Ward 14 as a pilot, with a new step 'Medication changes "
     "sent to care home and receipt confirmed'. Whether the step is extended to all adult wards will be decided "
     "after an evaluation in March 2026.", "Deputy Chief Pharmacist", "31 Mar 2026", "In progress"),
    ("6", "Share the report with staff involved and discuss at ward governance.",
     "The report was discussed at the Ward 12 governance meeting on 14 October 2025 and at the Division of "
     "Medicine quality board. Anonymised minutes provided.", "Matron, Ward 12", "14 Oct 2025", "Complete"),
    ("7", "Additional action identified by the Trust",
     "The Trust has reviewed its complaints process and has recruited two additional complaints caseworkers "
     "so that most complaints receive a response within 40 working days.", "Head of Patient Experience",
     "Jan 2026", "In progress"),
]


def build_response_html():
    h = ["<html><head><meta charset='utf-8'>", CSS, "</head><body>"]
    h.append("<table width='100%'><tr><td width='60%'><span style='font-size:15pt;color:#005eb8'><b>Harrowfield "
             "Hospitals</b></span><br/><span style='color:#005eb8'>NHS Foundation Trust</span></td>"
             "<td width='40%' class='small'>Office of the Chief Executive<br/>Harrowfield General Hospital<br/>"
             "Oldbury Road, Harrowfield HF2 7QT<br/>Tel: 01632 960 410</td></tr></table>")
    h.append("<p>&nbsp;</p><p>Rebecca Hillier<br/>Parliamentary and Health Service Ombudsman<br/>Millbank Tower<br/>"
             "Millbank<br/>London SW1P 4QP</p>")
    h.append("<p>10 November 2025</p><p>Your ref: C-2217894<br/>Our ref: CE/PHSO/25/117</p>")
    h.append("<p>Dear Ms Hillier</p>")
    h.append("<p><b>Final report: complaint made by Mrs Dunmore about the care of the late Mr Rowe</b></p>")
    h.append("<p>Thank you for your final report of 11 September 2025. I want to begin by repeating the apology "
             "I have already made personally to Mrs Dunmore. Her father should have been discharged with a "
             "proper assessment of his capacity and with accurate information for his care home, and her "
             "complaint should have been answered far sooner than it was.</p>")
    h.append("<p>The Trust Board's Quality Committee considered the report on 25 September 2025. The enclosed "
             "action plan sets out what we have done and what we will do in response to the recommendations "
             "made to the Trust, who is responsible for each action and when it will be complete. We will send "
             "you evidence as each action is closed.</p>")
    h.append("<p>I should say that, while we accept the report's findings, our clinicians continue to believe "
             "that Mr Rowe's readmission was caused by the progression of his illness rather than by the "
             "omission in his discharge letter. We recognise that you did not find otherwise, and this does not "
             "change our response to your recommendations.</p>")
    h.append("<p><b>Learning we have already put in place.</b> Since Mrs Dunmore's complaint, the Trust has "
             "introduced a pharmacist-led discharge medicines review on all medical wards, which now covers "
             "around 70% of discharges from those wards on weekdays. We have also joined the regional "
             "care home discharge network run by the local authority.</p>")
    h.append("<p>Please contact my office if you need anything further.</p>")
    h.append("<p>Yours sincerely</p><p>&nbsp;</p><p><b>Dr Anil Chaudhry</b><br/>Chief Executive</p>")
    h.append("<p>Enc. Action plan<br/>cc Mrs Dunmore; Chief Nurse; Medical Director</p>")
    h.append("<h2 style='page-break-before:always'>Action plan in response to PHSO final report C-2217894</h2>")
    h.append("<p class='small'>Harrowfield Hospitals NHS Foundation Trust. Version 2, approved by the Quality "
             "Committee, 6 November 2025. Row numbers are the Trust's own action numbers.</p>")
    h.append("<table width='100%' cellpadding='3' cellspacing='0' style='border-collapse:collapse'>")
    h.append("<tr>" + td("<b>No.</b>", "5%", True) + td("<b>PHSO recommendation</b>", "22%", True)
             + td("<b>Trust response and action</b>", "37%", True) + td("<b>Lead</b>", "16%", True)
             + td("<b>Date</b>", "10%", True) + td("<b>Status</b>", "10%", True) + "</tr>")
    for row in PLAN_ROWS:
        h.append("<tr>" + "".join(td(c) for c in row) + "</tr>")
    h.append("</table>")
    h.append("<p>&nbsp;</p><p class='small'>Evidence for completed actions is held by the Patient Experience Team "
             "and will be provided to PHSO on request.</p>")
    h.append("</body></html>")
    return "\n".join(h)


def convert(html, target):
    tmp = tempfile.mkdtemp(prefix="b23phso")
    src = os.path.join(tmp, "doc.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, "doc.pdf"), target)
    shutil.rmtree(tmp, ignore_errors=True)


def stamp(path, header):
    doc = fitz.open(path)
    n = len(doc)
    for i, page in enumerate(doc):
        w = page.rect.width
        page.insert_font(fontname="LibS", fontfile=f"{FONTS}/LiberationSans-Regular.ttf")
        if i > 0:
            page.insert_text((62, 36), header, fontname="LibS", fontsize=8, color=(0.35, 0.35, 0.35))
        label = f"{i + 1}"
        page.insert_text((w / 2 - 3, page.rect.height - 28), label, fontname="LibS", fontsize=9)
    tmp = path + ".tmp"
    doc.save(tmp, garbage=3, deflate=True)
    doc.close()
    os.replace(tmp, path)
    return n


def main():
    a = out(PAIR + "_advice.pdf")
    r = out(PAIR + "_response.pdf")
    convert(build_advice_html(), a)
    stamp(a, "Report of an investigation into a complaint about Harrowfield Hospitals NHS Foundation Trust "
             "and NHS North Wessex ICB")
    convert(build_response_html(), r)
    stamp(r, "Harrowfield Hospitals NHS Foundation Trust - response to PHSO report C-2217894")
    recs = [
        ("1", "write to Mrs Dunmore to acknowledge the failings identified in this report",
         "A letter of apology signed by the Chief Executive was sent", "agrees"),
        ("2", "pay Mrs Dunmore £1,250 in recognition of the distress caused",
         "Both payments were made to Mrs Dunmore by bank transfer", "agrees"),
        ("3", "pay Mrs Dunmore a further £250 for the time and trouble",
         "a total of £1,500. Remittance advice sent to PHSO", "agrees"),
        ("4", "prepare an action plan that sets out how it will make sure patients",
         "The electronic discharge form will not allow a discharge", "agrees"),
        ("5", "review its discharge checklist so that ward staff confirm with the receiving care home",
         "has been amended on Ward 12 and Ward 14 as a pilot", "partly", ["agrees"]),
        ("6", "share this report with the staff involved in Mr Rowe's care",
         "was discussed at the Ward 12 governance meeting on 14 October 2025", "agrees"),
        ("7", "arrange face-to-face training on the Mental Capacity Act 2005",
         "does not intend to introduce a separate face-to-face course", "disagrees", ["partly"]),
        ("8", "review how it monitors the timeliness of discharge summaries sent by trusts",
         None, "unanswered"),
    ]
    unmatched = ["introduced a pharmacist-led discharge medicines review on all medical wards",
                 "recruited two additional complaints caseworkers"]
    notes = ("UK Parliamentary and Health Service Ombudsman final investigation report and the NHS trust's reply "
             "(covering letter + action plan table); LibreOffice from HTML, header and page numbers stamped with "
             "PyMuPDF. Advice: every paragraph numbered 1.-17. in a number column (numbers are NOT recommendation "
             "numbers); findings use 'The Trust should have ...' (not recommendations) and 'we do not make a "
             "recommendation about that'. The eight recommendations are UNNUMBERED bullets in 'Putting things "
             "right', grouped by deadline and addressee under three bold lead-ins ('Within one month ... the Trust "
             "should:', 'Within three months ... the Trust should:', '... the ICB should:'), each a lower-case verb "
             "phrase; numbers here are their order 1-8. Response: CEO letter (disputes causation of readmission "
             "inside an acceptance; a bold run-in 'Learning we have already put in place' paragraph answers no "
             "recommendation) and an action plan whose OWN row numbers 1-7 collide with recommendation numbers: "
             "row 2 answers recs 2 and 3 together (payments made: agrees, agrees), row 3 = rec 4, row 4 = rec 7 "
             "(polite refusal without a verdict word: 'does not intend to introduce a separate face-to-face "
             "course' - disagrees), row 5 = rec 5 (pilot on two wards, extension decided later: partly), row 6 = "
             "rec 6, row 7 'Additional action identified by the Trust' answers nothing. Rec 8 (to the ICB) has no "
             "reply in the Trust's documents.")
    write_expected(PAIR, recs, unmatched, notes)


if __name__ == "__main__":
    main()
