"""Blind round 16 (en): coroner's Regulation 28 report to prevent future deaths (England and Wales) + the NHS
trust's response letter.
Engine: PyMuPDF Story (HTML -> PDF, DejaVu fonts subset-embedded), A4; running header and footer drawn
afterwards with PyMuPDF. No tables (Story loops forever on a page break that follows a table).

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind16enenv/bin/python tests/docs/src/blind16/gen_en_coroner_story.py
Writes tests/docs/blind16_en_coroner_advice.pdf and tests/docs/blind16_en_coroner_response.pdf;
check with  /tmp/blind16enenv/bin/python tests/docs/src/blind16/_en_b16.py blind16_en_coroner
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b16 as H

REF = "2025-0347"
NAVY = "#1d3557"
NHSBLUE = "#005eb8"

CSS = f"""
body {{ font-family: StSans; font-size: 10.5pt; line-height: 1.35; }}
p {{ margin-top: 0; margin-bottom: 7pt; text-align: justify; }}
h1 {{ font-family: StSans; font-size: 15pt; color: {NAVY}; margin-top: 0; margin-bottom: 10pt; text-align: left; }}
h2 {{ font-family: StSans; font-size: 11pt; color: {NAVY}; margin-top: 12pt; margin-bottom: 5pt;
      border-bottom: 1px solid {NAVY}; }}
h3 {{ font-family: StSans; font-size: 10.5pt; margin-top: 10pt; margin-bottom: 4pt; }}
.serif {{ font-family: StSerif; }}
p.n {{ margin-left: 26pt; text-indent: -26pt; }}
p.meta {{ margin-bottom: 4pt; text-align: left; }}
.brk {{ page-break-before: always; }}
"""

CONCERNS = [
    "The falls risk assessment completed when Mrs Ellis was admitted through the Emergency Department was not "
    "repeated when she was transferred to Ward 7 on 31 January 2025, although the Trust's falls prevention "
    "policy requires a new assessment whenever a patient moves between wards. Two of the three nurses who gave "
    "evidence were unaware of that requirement.",
    "No bed sensor alarm or low-rise bed was available for Mrs Ellis on the night of 2 February 2025. The ward "
    "manager told me that the Trust's equipment library closes at 17:00 and that, outside those hours, ward "
    "staff have no means of obtaining such equipment.",
    "After Mrs Ellis was found lying beside her bed at 03:10, she was not reviewed by a doctor until "
    "05:40, and a CT scan of her head was not requested until 07:15, although she was taking apixaban. The "
    "Trust's post-falls protocol, last revised in 2019, does not say how quickly a patient taking an "
    "anticoagulant must be medically reviewed or scanned after a suspected head injury.",
    "On the night of 2 February 2025 Ward 7 had two registered nurses and two healthcare assistants on duty "
    "for 28 patients, against a planned establishment of three registered nurses. I heard evidence that the "
    "ward was staffed below its planned establishment on 19 of the 28 nights in January 2025.",
    "Once the CT scan had shown an acute subdural haematoma, Mrs Ellis waited four hours and twenty minutes "
    "for an ambulance to take her to the Major Trauma Centre, because the request was categorised as an "
    "inter-facility transfer and given a lower priority than emergency calls from the community.",
    "The electronic patient record used on Ward 7 does not show a patient's anticoagulant status on the "
    "handover list printed for the night shift. The nurse who found Mrs Ellis did not know that she was taking "
    "apixaban until a doctor reviewed her drug chart more than two hours later.",
]


def advice_html() -> str:
    h = ["<body>"]
    # the judiciary's publication page, then the report itself
    h.append(f"<p class='sans' style='font-size: 9pt; color: {NAVY}; text-align: left'>Courts and Tribunals "
             "Judiciary \u203a Prevention of Future Death Reports</p>")
    h.append("<h1 style='font-size: 20pt; margin-top: 30pt'>Margaret Ellis: Prevention of future deaths "
             "report</h1>")
    h.append("<p class='meta'><b>Hospital Death (Clinical Procedures and medical management) related "
             "deaths</b></p>")
    for k, v in (("Date of report", "2 April 2025"), ("Ref", REF), ("Deceased name", "Margaret Ann Ellis"),
                 ("Coroner name", "Dr Helen Marsh"), ("Coroner Area", "Severn Valley"),
                 ("Category", "Hospital Death (Clinical Procedures and medical management) related deaths"),
                 ("This report is being sent to", "Severn Valley Hospitals NHS Foundation Trust; Marches "
                  "Ambulance Service NHS Trust")):
        h.append(f"<p class='meta'><b>{k}:</b> {v}</p>")
    h.append("<p style='margin-top: 24pt; font-size: 9pt'>Coroners have a legal duty to issue a Prevention of "
             "Future Deaths report when an inquest reveals a risk that other deaths will occur unless action is "
             "taken. Responses to this report will be published on this page when they are received.</p>")

    h.append("<div class='brk'></div>")
    h.append("<p class='sans' style='font-size: 8.5pt; text-align: left'>NOTE: This form is to be used after an "
             "inquest.</p>")
    h.append("<h1 style='text-align: center'>REGULATION 28: REPORT TO PREVENT FUTURE DEATHS</h1>")
    h.append("<h2>THIS REPORT IS BEING SENT TO:</h2>")
    h.append("<p class='n'><b>1</b>\u2003The Chief Executive, Severn Valley Hospitals NHS Foundation Trust, "
             "Royal Severn Hospital, Mytton Oak Road, Shrewsbury SY3 8XQ</p>")
    h.append("<p class='n'><b>2</b>\u2003The Chief Executive, Marches Ambulance Service NHS Trust, Waterside "
             "House, Brierley Hill DY5 1LX</p>")
    h.append("<h2>1\u2003CORONER</h2>")
    h.append("<p>I am Dr Helen Marsh, Assistant Coroner for the coroner area of Severn Valley.</p>")
    h.append("<h2>2\u2003CORONER\u2019S LEGAL POWERS</h2>")
    h.append("<p>I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and "
             "regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.</p>")
    h.append("<h2>3\u2003INVESTIGATION and INQUEST</h2>")
    h.append("<p>On 10 February 2025 I commenced an investigation into the death of Margaret Ann Ellis, aged 81. "
             "The investigation concluded at the end of the inquest on 27 March 2025. The conclusion of the "
             "inquest was a narrative conclusion: <i>Mrs Ellis died from a head injury sustained in an "
             "unwitnessed fall in hospital. The delay in recognising the severity of her injury, in the context "
             "of anticoagulation, more than minimally contributed to her death.</i></p>")
    h.append("<p>The medical cause of death was:<br>1a Acute subdural haematoma<br>1b Fall from bed (treated)"
             "<br>II Atrial fibrillation (treated with apixaban); frailty of old age</p>")
    h.append("<h2>4\u2003CIRCUMSTANCES OF THE DEATH</h2>")
    h.append("<p>Mrs Ellis was admitted to the Royal Severn Hospital on 29 January 2025 with a urinary tract "
             "infection and delirium. She had fallen at home twice in the previous year and was taking apixaban "
             "for atrial fibrillation. On 31 January 2025 she was transferred from the acute medical unit to "
             "Ward 7, a care of the elderly ward.</p>")
    h.append("<p>At about 03:10 on 3 February 2025 Mrs Ellis was found on the floor beside her bed. The fall had "
             "not been witnessed. She was helped back to bed and her observations were recorded. She was "
             "reviewed by the on-call doctor at 05:40, and a CT scan of her head performed at 08:02 showed an "
             "acute subdural haematoma. She was transferred to the Major Trauma Centre at the University "
             "Hospital, where she arrived at 13:35. Neurosurgical intervention was not considered appropriate "
             "and she died on 6 February 2025.</p>")
    h.append("<h2>5\u2003CORONER\u2019S CONCERNS</h2>")
    h.append("<p>During the course of the inquest the evidence revealed matters giving rise to concern. In my "
             "opinion there is a risk that future deaths will occur unless action is taken. In the "
             "circumstances it is my statutory duty to report to you.</p>")
    h.append("<p>The MATTERS OF CONCERN are as follows. \u2013</p>")
    for i, c in enumerate(CONCERNS, 1):
        h.append(f"<p class='n'>({i})\u2003{c}</p>")
    h.append("<p>Concerns (1) to (4) and (6) are directed to the Severn Valley Hospitals NHS Foundation Trust. "
             "Concern (5) is directed to the Marches Ambulance Service NHS Trust.</p>")
    h.append("<h2>6\u2003ACTION SHOULD BE TAKEN</h2>")
    h.append("<p>In my opinion action should be taken to prevent future deaths and I believe you and your "
             "organisations have the power to take such action.</p>")
    h.append("<h2>7\u2003YOUR RESPONSE</h2>")
    h.append("<p>You are under a duty to respond to this report within 56 days of the date of this report, "
             "namely by 28 May 2025. I, the coroner, may extend the period.</p>")
    h.append("<p>Your response must contain details of action taken or proposed to be taken, setting out the "
             "timetable for action. Otherwise you must explain why no action is proposed.</p>")
    h.append("<h2>8\u2003COPIES and PUBLICATION</h2>")
    h.append("<p>I have sent a copy of my report to the Chief Coroner and to the following Interested Persons: "
             "Mr David Ellis (son) and Mrs Susan Pryce (daughter). I have also sent it to the Care Quality "
             "Commission and to NHS Shropshire, Telford and Wrekin Integrated Care Board, who may find it "
             "useful or of interest.</p>")
    h.append("<p>I am also under a duty to send a copy of your response to the Chief Coroner and all interested "
             "persons who in my opinion should receive it.</p>")
    h.append("<p>I may also send a copy of your response to any other person who I believe may find it useful or "
             "of interest. The Chief Coroner may publish either or both in a complete or redacted or summary "
             "form. He may send a copy of this report to any person who he believes may find it useful or of "
             "interest. You may make representations to me, the coroner, at the time of your response, about "
             "the release or the publication of your response by the Chief Coroner.</p>")
    h.append("<h2>9\u2003Dated: 2 April 2025</h2>")
    h.append("<p style='margin-top: 14pt'><i>Dr Helen Marsh</i><br>Assistant Coroner for Severn Valley</p>")
    h.append("</body>")
    return "\n".join(h)


RESPONSE = [  # heading, paragraphs
    ("Nurse staffing on Ward 7 (Concern 4)", [
        "The Trust has reviewed the rosters for Ward 7 for January and February 2025. The Trust does not accept "
        "that the ward was unsafely staffed on the night of 2 February. The planned establishment of three "
        "registered nurses at night is set for the ward\u2019s full capacity of 32 patients; with 28 patients "
        "and a dependency score within the expected range, the senior nurse on duty judged two registered "
        "nurses and two healthcare assistants to be safe, in line with the Trust\u2019s escalation policy.",
        "The establishment of every adult inpatient ward is reviewed every six months using the Safer Nursing "
        "Care Tool, and the most recent review, in March 2025, confirmed that the establishment for Ward 7 is "
        "appropriate. The Trust therefore does not propose to take further action in response to this "
        "concern.",
    ]),
    ("Falls risk assessment on transfer (Concern 1)", [
        "The Trust accepts this concern. Since 1 May 2025 the electronic transfer checklist cannot be "
        "completed until a new multifactorial falls risk assessment has been recorded for the patient on the "
        "receiving ward. The falls prevention policy has been reissued to all ward staff, and compliance is "
        "audited monthly by the Falls Prevention Lead; the audit for May 2025 found that 96 per cent of "
        "transferred patients had been reassessed within six hours.",
    ]),
    ("Equipment and the post-falls protocol (Concerns 2 and 3)", [
        "The Trust accepts both concerns. The Trust has purchased a further 60 bed and chair sensor alarms and "
        "20 low-rise beds, and from 14 April 2025 the equipment library can be accessed at any time through "
        "the site duty manager, who holds a key and a stock list.",
        "The post-falls protocol has been rewritten to follow NICE guideline NG232. A patient who falls and is "
        "taking an anticoagulant must now be reviewed by a doctor within 30 minutes and, where a head injury "
        "cannot be excluded, have a CT scan of the head within one hour of the review. The revised protocol "
        "was approved by the Clinical Effectiveness Committee on 22 April 2025 and is supported by a "
        "post-fall checklist kept with the falls equipment on every ward.",
    ]),
    ("Anticoagulant status on the handover list (Concern 6)", [
        "The electronic patient record is supplied by an external company, and the content of the printed "
        "handover list can only be changed in a new release of the system. The Trust has raised the concern "
        "with the supplier and has asked it to consider adding anticoagulant status to the list. The supplier "
        "has not yet confirmed whether or when this will be possible, and the Trust will review what further "
        "steps may be needed once it has done so.",
    ]),
    ("Learning from Mrs Ellis\u2019s death and support for her family", [
        "Mrs Ellis\u2019s death was investigated as a patient safety incident under the Patient Safety "
        "Incident Response Framework, and the findings were shared with her family in a meeting on 11 March "
        "2025. The Trust has apologised to Mrs Ellis\u2019s family for the failings identified and has offered "
        "a further meeting with the Chief Nurse to discuss this response.",
    ]),
]


def response_html() -> str:
    h = ["<body>"]
    h.append(f"<p style='text-align: right; font-size: 13pt; color: {NHSBLUE}'><b>NHS</b></p>"
             f"<p style='text-align: right; font-size: 12pt; color: {NHSBLUE}'><b>Severn Valley Hospitals</b><br>"
             "NHS Foundation Trust</p>"
             "<p style='text-align: right; font-size: 9pt'>Office of the Chief Executive<br>Royal Severn "
             "Hospital<br>Mytton Oak Road<br>Shrewsbury SY3 8XQ<br>Tel: 01743 261000</p>")
    h.append("<p class='meta'><b>PRIVATE AND CONFIDENTIAL</b></p>"
             "<p class='meta'>Dr Helen Marsh<br>Assistant Coroner for Severn Valley<br>The Coroner\u2019s Office"
             "<br>Shirehall, Abbey Foregate<br>Shrewsbury SY2 6ND</p>"
             "<p class='meta' style='margin-top: 8pt'>By email</p>"
             "<p class='meta'>23 May 2025</p>"
             "<p style='margin-top: 10pt'>Dear Dr Marsh,</p>"
             "<p><b>Regulation 28 Report to Prevent Future Deaths \u2013 Mrs Margaret Ann Ellis (deceased)</b><br>"
             f"<b>Your reference: {REF}</b></p>")
    for t in ("Thank you for your report dated 2 April 2025, made following the inquest into the death of Mrs "
              "Margaret Ellis which concluded on 27 March 2025. I would like first to offer again, on behalf of "
              "the Trust, my sincere condolences to Mrs Ellis\u2019s family.",
              "The Trust has considered your report carefully, and it has been discussed by the Trust\u2019s "
              "Quality and Safety Committee and the Board of Directors. This letter sets out the Trust\u2019s "
              "response to the matters of concern addressed to it. I have grouped them by subject rather than "
              "in the order of your report.",
              "Concern (5), about the time taken to transfer Mrs Ellis to the Major Trauma Centre, was addressed "
              "to the Marches Ambulance Service NHS Trust, and I understand that it will respond to you "
              "directly."):
        h.append(f"<p>{t}</p>")
    for head, paras in RESPONSE:
        h.append(f"<h3>{head}</h3>")
        for p in paras:
            h.append(f"<p>{p}</p>")
    h.append("<h3>Conclusion</h3>")
    h.append("<p>I hope this response provides assurance that the Trust has taken your concerns seriously and "
             "that action has been taken to reduce the risk of similar deaths in future. I would be happy to "
             "provide any further information you may require.</p>")
    h.append("<p>Yours sincerely,</p>"
             "<p style='margin-top: 18pt'><b>Richard Okafor</b><br>Chief Executive<br>Severn Valley Hospitals "
             "NHS Foundation Trust</p>")
    h.append("</body>")
    return "\n".join(h)


def sans():
    return {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}


def advice_furniture(page, number, count):
    w, h = page.rect.width, page.rect.height
    if number == 1:
        page.draw_rect((0, 0, w, 34), color=None, fill=(0.114, 0.208, 0.341))
        page.insert_text((62, 22), "Courts and Tribunals Judiciary", fontsize=10, color=(1, 1, 1), **sans())
        return
    page.insert_text((62, 40), "REGULATION 28 \u2013 REPORT TO PREVENT FUTURE DEATHS", fontsize=7.5,
                     color=(0.35, 0.35, 0.35), **sans())
    page.insert_text((w - 62 - 70, 40), f"Ref: {REF}", fontsize=7.5, color=(0.35, 0.35, 0.35), **sans())
    page.insert_text((62, h - 34), "Regulation 28 report form \u2013 version 2024", fontsize=7.5,
                     color=(0.35, 0.35, 0.35), **sans())
    page.insert_text((w - 62 - 50, h - 34), f"Page {number - 1} of {count - 1}", fontsize=8, **sans())


def response_furniture(page, number, count):
    w, h = page.rect.width, page.rect.height
    if number == 1:
        page.insert_text((62, h - 40), "Chair: Professor Ann Whitcombe     Chief Executive: Richard Okafor",
                         fontsize=7.5, color=(0.3, 0.3, 0.3), **sans())
        page.insert_text((62, h - 30), "Building a healthier future for the communities of the Severn Valley",
                         fontsize=7.5, color=(0.0, 0.37, 0.72), **sans())
    else:
        page.insert_text((62, 40), "Response to Regulation 28 report \u2013 Mrs M A Ellis", fontsize=7.5,
                         color=(0.35, 0.35, 0.35), **sans())
    page.insert_text((w / 2 - 6, h - 16), f"{number}", fontsize=8, **sans())


if __name__ == "__main__":
    a = H.story_to_pdf(advice_html(), CSS, "blind16_en_coroner_advice.pdf", margins=(62, 58, 62, 62),
                       furniture=advice_furniture)
    r = H.story_to_pdf(response_html(), CSS, "blind16_en_coroner_response.pdf", margins=(62, 52, 62, 66),
                       furniture=response_furniture)
    for p in (a, r):
        print(p.name, p.stat().st_size)
