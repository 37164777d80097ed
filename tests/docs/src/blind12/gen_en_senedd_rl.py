"""Blind round 12, pair ``blind12_en_senedd``: a Senedd committee report and a Welsh Government response table.

Engine: reportlab (platypus), font Liberation Sans (system TTF, embedded as subset); the response is landscape.
Run from the repository root with a Python that has reportlab, e.g.
    /tmp/blind12env/bin/python tests/docs/src/blind12/gen_en_senedd_rl.py
Writes tests/docs/blind12_en_senedd_advice.pdf and tests/docs/blind12_en_senedd_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

from _rl import DOCS, styles  # noqa: E402

S = styles("LiberationSans", 10.5)
TEAL = colors.HexColor("#00695C")

RECS = {
    "2.1": "The Welsh Government should ensure that, by the end of 2025, every person added to a waiting list for "
           "planned care receives a letter giving an estimated waiting time and a named point of contact.",
    "2.2": "The Welsh Government should work with health boards to publish waiting times for each specialty at each "
           "hospital on a single national website, updated at least monthly.",
    "3.1": "The Welsh Government should fund a national ‘waiting well’ advice line, staffed by nurses and allied "
           "health professionals, which should be available to patients from October 2025.",
    "3.2": "The Welsh Government should establish a national prehabilitation service, so that people waiting for "
           "surgery can get exercise, nutrition and psychological support wherever they live in Wales.",
    "3.3": "The Welsh Government should make sure that people whose condition gets worse while they wait are "
           "clinically reassessed and, where necessary, moved up the list, and set out how it will monitor this.",
    "4.1": "The Welsh Government should publish every month the number of people waiting more than two years for "
           "treatment, broken down by health board and by specialty.",
    "4.2": "The Welsh Government should commission an independent review of the planned care recovery programme and "
           "report its findings to this Committee by the end of 2026.",
}
PAGES = {"2.1": 5, "2.2": 5, "3.1": 5, "3.2": 6, "3.3": 6, "4.1": 6, "4.2": 6}


def deco(title, offset=0):
    def draw(canvas, doc):
        canvas.saveState()
        w, h = doc.pagesize
        canvas.setFillColor(TEAL)
        canvas.rect(0, h - 0.7 * cm, w, 0.7 * cm, stroke=0, fill=1)
        canvas.setFont("LiberationSans", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, 1.2 * cm, title)
        canvas.drawRightString(w - 2 * cm, 1.2 * cm, str(doc.page + offset))
        canvas.restoreState()
    return draw


def recbox(num):
    t = Table([[Paragraph(f'<font color="#00695C"><b>Recommendation {num}.</b></font> {RECS[num]}', S["body"])]],
              colWidths=[16.6 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [Spacer(1, 4), t, Spacer(1, 10)]


def advice():
    b = S["body"]
    st = [
        Paragraph('<font color="#00695C">Senedd Cymru | Welsh Parliament</font>', S["h2"]),
        Paragraph("Waiting well? The experience of people waiting for planned care in Wales", S["title"]),
        Paragraph("Health and Social Care Committee &nbsp;|&nbsp; March 2025", S["h2"]),
        Spacer(1, 6),
        Paragraph("Chair’s foreword", S["h1"]),
        Paragraph("More than 600,000 people in Wales are waiting for hospital treatment. Behind that number are "
                  "people living with pain, losing income and putting their lives on hold. During our inquiry we "
                  "heard from 1,140 people who told us what waiting is like. Many said that the hardest part is "
                  "not knowing how long they will wait, or whom to contact when things get worse. This report sets "
                  "out what we believe the Welsh Government must do so that people can wait well.", b),
        Paragraph("Recommendations", S["h1"]),
    ]
    for num, text in RECS.items():
        st.append(Paragraph(f"<b>Recommendation {num}.</b> {text} ........ Page {PAGES[num]}", b))
    st += [
        PageBreak(),
        Paragraph("1. Introduction", S["h1"]),
        Paragraph("The Committee agreed in June 2024 to hold an inquiry into the experience of people waiting for "
                  "planned care. We held a public consultation, which received 86 written responses, an online "
                  "survey, and four oral evidence sessions with patients, clinicians, health boards and the Cabinet "
                  "Secretary for Health and Social Care. We are grateful to everyone who contributed.", b),
        Paragraph("Our recommendations are numbered by chapter. Where we have reached conclusions without making a "
                  "recommendation, this is made clear in the text.", b),
        Paragraph("2. Information and communication", S["h1"]),
        Paragraph("The most common theme in the evidence was a lack of information. Almost two thirds of survey "
                  "respondents said they had never been told how long they could expect to wait. Several told us "
                  "they had phoned the hospital repeatedly without reaching anyone who could help. Health boards "
                  "told us that ‘validation’ letters are now sent to patients who have waited more than a year, but "
                  "practice varies and the letters rarely give an estimated date.", b),
        Paragraph("We welcome the work of Digital Health and Care Wales on the NHS Wales App. However, national "
                  "waiting time data are currently published by specialty for Wales as a whole, which tells an "
                  "individual patient little about their own hospital.", b),
        *recbox("2.1"),
        *recbox("2.2"),
        Paragraph("3. Support while waiting", S["h1"]),
        Paragraph("People told us that their health had deteriorated while they waited, and that they did not know "
                  "what they could do themselves to stay well. Some health boards offer ‘waiting well’ services, "
                  "including telephone advice and exercise classes, but access depends on where people live. "
                  "Clinicians described good results from prehabilitation programmes in Cardiff and in Betsi "
                  "Cadwaladr, where patients who took part recovered faster after surgery.", b),
        Paragraph("We are concerned that there is no consistent process for reassessing patients whose condition "
                  "worsens. The Royal College of Surgeons told us that clinical prioritisation is carried out when "
                  "a patient is first added to the list, but rarely revisited. We conclude that the risk of harm "
                  "while waiting is not being managed systematically across Wales.", b),
        *recbox("3.1"),
        *recbox("3.2"),
        *recbox("3.3"),
        Paragraph("4. Data and accountability", S["h1"]),
        Paragraph("The Welsh Government set targets in April 2022 to eliminate waits of more than two years in most "
                  "specialties. These targets were not met. Witnesses told us that it is hard to follow progress "
                  "because data are published in different places and formats. The Cabinet Secretary told us that "
                  "the programme is being ‘refreshed’, but could not tell us when an evaluation would take place.", b),
        *recbox("4.1"),
        *recbox("4.2"),
    ]
    SimpleDocTemplate(str(DOCS / "blind12_en_senedd_advice.pdf"), pagesize=A4, leftMargin=2 * cm,
                      rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm, title="Waiting well?",
                      author="Health and Social Care Committee").build(
        st, onFirstPage=deco("Waiting well? The experience of people waiting for planned care in Wales", 3),
        onLaterPages=deco("Waiting well? The experience of people waiting for planned care in Wales", 3))


ROWS = [
    ("2.1 Written information on waiting times", "Accept",
     "None. Costs will be met by health boards from existing budgets.",
     "All health boards already write to patients when they are added to a waiting list. From December 2025, "
     "every letter will give an estimated waiting time, based on the median wait in the specialty and hospital, "
     "and the contact details of a named patient liaison team. The NHS Executive will check compliance through "
     "its quarterly assurance meetings."),
    ("2.2 Waiting times by hospital on one national website", "Accept in principle",
     "To be determined.",
     "Waiting times by specialty are already available on the NHS Wales App. We will explore with Digital Health "
     "and Care Wales whether these data can be presented for each hospital site, taking into account the quality "
     "of the data and the risk that patients misread short-term fluctuations. We will update the Committee when "
     "this work is complete."),
    ("3.1 National ‘waiting well’ advice line", "Accept",
     "Up to £1.2m a year from 2026-27, from the Planned Care budget.",
     "We agree that patients should be able to get advice from a clinician while they wait. The advice line will "
     "be provided through NHS 111 Wales, building on its existing clinical hub. Because the service has to be "
     "recruited and procured, it will be available from April 2026 rather than from October 2025."),
    ("3.2 National prehabilitation service<br/>3.3 Clinical reassessment of people whose condition worsens",
     "3.2 Reject<br/><br/>3.3 Accept",
     "3.2: none.<br/>3.3: none; met from existing budgets.",
     "<b>3.2</b> Prehabilitation is most effective when it is delivered close to home and linked to local surgical "
     "teams. A single national prehabilitation service would duplicate the programmes health boards have built "
     "and would divert staff from them. Health boards will continue to develop their own services, in line with "
     "the national prehabilitation framework we published in 2024.<br/><br/><b>3.3</b> From June 2025, every "
     "patient waiting more than a year for surgery will be contacted by their health board and offered a "
     "clinical reassessment; the outcome will be recorded so that reprioritisation can be monitored nationally."),
    ("4.1 Monthly data on two-year waits", "Accept",
     "None.",
     "This information is published each month by StatsWales as part of the NHS activity and performance "
     "summary, by health board and by treatment function. No further action is required."),
]


def response():
    b = S["body"]
    st = [
        Paragraph('<font color="#444444">Llywodraeth Cymru | Welsh Government</font>', S["h2"]),
        Paragraph("Written response by the Welsh Government to the report of the Health and Social Care Committee "
                  "entitled ‘Waiting well? The experience of people waiting for planned care in Wales’", S["h1"]),
        Paragraph("May 2025", S["small"]),
        Spacer(1, 4),
        Paragraph("I welcome the Committee’s report and thank its members for their careful inquiry. The Welsh "
                  "Government shares the Committee’s determination that people waiting for planned care should be "
                  "well informed and well supported. Our response to each recommendation is set out in the table "
                  "below, together with the financial implications.", b),
    ]
    hdr = [Paragraph(f"<b>{h}</b>", S["cellb"]) for h in
           ("Recommendation", "Accept / Reject / Accept in principle", "Financial implications", "Explanation")]
    data = [hdr] + [[Paragraph(c, S["cell"]) for c in row] for row in ROWS]
    t = Table(data, colWidths=[6 * cm, 3.4 * cm, 4.4 * cm, 11.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    st += [t, Spacer(1, 10),
           Paragraph("Other matters raised in the report", S["h2"]),
           Paragraph("In chapter 3 the Committee concludes that the risk of harm while waiting is not being managed "
                     "systematically across Wales. The Welsh Government does not accept that conclusion: every "
                     "health board operates a clinical harm review process, and the number of reported harms "
                     "linked to waiting fell by 18% in 2024.", b),
           Spacer(1, 6),
           Paragraph("Cabinet Secretary for Health and Social Care", b)]
    SimpleDocTemplate(str(DOCS / "blind12_en_senedd_response.pdf"), pagesize=landscape(A4), leftMargin=2 * cm,
                      rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      title="Welsh Government response", author="Welsh Government").build(
        st, onFirstPage=deco("Welsh Government response: Waiting well?"),
        onLaterPages=deco("Welsh Government response: Waiting well?"))


if __name__ == "__main__":
    advice()
    response()
