"""Blind round 12, pair ``blind12_en_ombudsman``: a European Ombudsman decision and the Commission's reply.

Engine: reportlab (platypus), font DejaVu Serif (system TTF, embedded as subset).
Run from the repository root with a Python that has reportlab, e.g.
    python3 -m venv /tmp/blind12env && /tmp/blind12env/bin/pip install reportlab
    /tmp/blind12env/bin/python tests/docs/src/blind12/gen_en_ombudsman_rl.py
Writes tests/docs/blind12_en_ombudsman_advice.pdf and tests/docs/blind12_en_ombudsman_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether  # noqa: E402

from _rl import DOCS, styles  # noqa: E402

S = styles("DejaVuSerif", 10)
BLUE = colors.HexColor("#1F3C88")

PARAS = [
    ("h", "Background to the inquiry"),
    "The Commission relies on some 800 expert groups to obtain advice when it prepares legislative proposals and "
    "policy initiatives. Information about these groups, their members and their work is published in the Register "
    "of Commission Expert Groups and Other Similar Entities (the ‘Register’). Under the Horizontal Rules on expert "
    "groups, the Commission is to make the agendas, minutes and participants’ submissions publicly available, in "
    "principle via the Register.",
    "Between 2022 and 2024, the Ombudsman received 23 complaints about the way the Commission handled requests for "
    "public access to documents concerning expert groups, in particular minutes of meetings, under Regulation (EC) "
    "No 1049/2001 (the ‘Regulation’). Several complainants said they had waited for months before receiving a reply, "
    "and that the minutes they eventually received were heavily redacted.",
    "In light of these complaints, the Ombudsman opened a strategic inquiry on 14 March 2024 into how the Commission "
    "ensures the transparency of its expert groups, and how it deals with requests for access to their documents.",
    ("h", "The inquiry"),
    "The Ombudsman asked the Commission a series of questions and inspected a sample of 60 requests for access to "
    "documents concerning expert groups, registered between January 2022 and June 2023. The Ombudsman’s inquiry team "
    "met representatives of the Commission’s Secretariat-General on 3 June 2024. The Ombudsman also launched a "
    "public consultation, to which 41 organisations and individuals replied.",
    ("h", "The Ombudsman's assessment"),
    ("s", "Publication of minutes"),
    "The Horizontal Rules do not set a deadline for the publication of minutes. The inquiry showed that, in the "
    "sample, the median time between a meeting and the publication of its minutes was 97 days; for 14 of the 60 "
    "meetings, no minutes had been published at all at the time of the inspection. Where minutes were not "
    "published proactively, citizens had to submit an access request to obtain them.",
    "The Ombudsman considers that late publication of minutes deprives the public of the opportunity to follow the "
    "Commission’s preparatory work while it is still ongoing. In the Ombudsman’s view, a fixed deadline would "
    "make the Commission’s practice more predictable for citizens and for the Directorates-General concerned.",
    "The consultation also showed that civil society organisations find it difficult to analyse the declarations of "
    "interests of members appointed in their personal capacity, because these are published as scanned documents.",
    ("s", "Handling of access requests"),
    "Under the Regulation, the Commission must reply to an initial application within 15 working days, which may be "
    "extended by a further 15 working days in exceptional cases. In 38 of the 60 requests inspected, the "
    "Commission extended the deadline; in 21 cases, it did not reply within the extended deadline. In seven cases, "
    "more than three weeks passed before the request was registered and the applicant was informed of the "
    "applicable deadline.",
    "The Commission explained that the number of access requests it receives has risen from around 6 000 in 2018 "
    "to more than 9 000 in 2023, while the number of staff dealing with them has remained stable. The Ombudsman "
    "acknowledges these constraints. They cannot, however, justify a systemic failure to comply with the "
    "deadlines laid down in the Regulation.",
    ("s", "Reasoning of refusals"),
    "In 17 of the cases inspected, the Commission refused access, in full or in part, on the basis of Article 4(3) "
    "of the Regulation, which protects the institution’s decision-making process. In most of those decisions, the "
    "Commission stated in general terms that disclosure would expose ongoing deliberations to external pressure. "
    "According to the case-law of the Court of Justice, the institution must explain how access to the specific "
    "document could specifically and actually undermine the interest protected, and that risk must be reasonably "
    "foreseeable and not purely hypothetical.",
    "One of the complaints concerned the minutes of five meetings, held in 2023, of the expert group on the "
    "sustainable use of plant protection products. The Commission refused access in full in its confirmatory "
    "decision of 9 February 2024. The Ombudsman inspected the minutes and found that large parts of them contain "
    "factual information on the positions presented by Member States, which was already partly in the public "
    "domain.",
    "Finally, the Commission’s staff told the inquiry team that new colleagues in the access-to-documents teams "
    "receive an introduction when they start, but that there is no regular training on the handling of "
    "confirmatory applications.",
    ("h", "Conclusion"),
    "Based on the inquiry, the Ombudsman closes it with the following finding:",
    ("q", "The Commission’s systemic failure to reply to requests for public access to documents concerning expert "
          "groups within the time limits laid down in Regulation 1049/2001 constitutes maladministration."),
    "The Ombudsman also makes the suggestions for improvement set out below. The Commission is invited to inform "
    "the Ombudsman of any action it has taken in relation to these suggestions within three months.",
]

SUGGESTIONS = [
    "The Commission should publish the minutes of all expert group meetings in the Register within 30 working days "
    "of each meeting, and should set out this deadline in the Horizontal Rules.",
    "The Commission should register every request for access to documents concerning expert groups within five "
    "working days of its receipt, and inform the applicant without delay of the deadline for the reply.",
    "The Commission should publish the declarations of interests of members appointed in their personal capacity "
    "in a searchable, machine-readable format in the Register.",
    "When it refuses access on the basis of Article 4(3) of Regulation 1049/2001, the Commission should explain, for "
    "each document, how its disclosure would specifically and actually undermine the decision-making process.",
    "The Commission should provide all staff who handle confirmatory applications with annual training on the "
    "Regulation and on the relevant case-law.",
    "The Commission should reassess, within three months, its refusal to grant access to the minutes of the 2023 "
    "meetings of the expert group on the sustainable use of plant protection products, with a view to granting at "
    "least partial access.",
]


def footer(title):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSerif", 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2.3 * cm, 1.3 * cm, title)
        canvas.drawRightString(A4[0] - 2.3 * cm, 1.3 * cm, f"{doc.page}")
        canvas.restoreState()
    return draw


def advice():
    story = [
        Paragraph('<font color="#1F3C88"><b>European Ombudsman</b></font>', S["h2"]),
        Paragraph("Decision in strategic inquiry OI/4/2024/MHZ on how the European Commission ensures the "
                  "transparency of its expert groups and gives access to their documents", S["title"]),
        Paragraph("Case OI/4/2024/MHZ &nbsp;- Opened on 14/03/2024 &nbsp;- Decision on 18/12/2024 &nbsp;- "
                  "Institution concerned: European Commission (Maladministration found; suggestions for "
                  "improvement made)", S["small"]),
        Spacer(1, 10),
    ]
    n = 0
    for p in PARAS:
        if isinstance(p, tuple):
            kind, text = p
            if kind == "h":
                story.append(Paragraph(text, S["h1"]))
            elif kind == "s":
                story.append(Paragraph(f"<i>{text}</i>", S["h2"]))
            else:
                story.append(Paragraph(f"<b>{text}</b>", S["body"].clone("q", leftIndent=28, rightIndent=28)))
        else:
            n += 1
            story.append(Paragraph(f"{n}.\u00a0\u00a0{p}", S["num"]))
    story.append(Paragraph("Suggestions for improvement", S["h1"]))
    for i, s in enumerate(SUGGESTIONS, 1):
        story.append(Paragraph(f"{i}.&nbsp;&nbsp;{s}", S["num"].clone("sg", leftIndent=40, firstLineIndent=-18)))
    story += [Spacer(1, 14), Paragraph("The European Ombudsman", S["body"]),
              Paragraph("Strasbourg, 18/12/2024", S["body"])]
    SimpleDocTemplate(str(DOCS / "blind12_en_ombudsman_advice.pdf"), pagesize=A4, leftMargin=2.3 * cm,
                      rightMargin=2.3 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                      title="Decision OI/4/2024/MHZ", author="European Ombudsman").build(
        story, onFirstPage=footer("Decision in strategic inquiry OI/4/2024/MHZ"),
        onLaterPages=footer("Decision in strategic inquiry OI/4/2024/MHZ"))


BOX = TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF1F8")),
                  ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE),
                  ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                  ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])


def quoted(text):
    t = Table([[Paragraph(f"<i>{text}</i>", S["body"])]], colWidths=[16.2 * cm])
    t.setStyle(BOX)
    return t


def reply_label():
    return Paragraph('<font color="#1F3C88"><b>The Commission’s reply</b></font>', S["h2"])


def response():
    b = S["body"]
    story = [
        Paragraph("EUROPEAN COMMISSION", S["h2"]),
        Paragraph("Brussels, 17.3.2025<br/>C(2025) 1874 final", S["small"]),
        Spacer(1, 8),
        Paragraph("Reply of the European Commission to the Decision of the European Ombudsman in strategic "
                  "inquiry OI/4/2024/MHZ on the transparency of Commission expert groups", S["title"]),
        Paragraph("1. Introduction", S["h1"]),
        Paragraph("The Commission welcomes the Ombudsman’s strategic inquiry and the constructive exchanges with "
                  "the inquiry team in the course of 2024. Expert groups are an important source of external "
                  "expertise for the Commission, and the Commission attaches great importance to the transparency "
                  "of their work. Since the revision of the Horizontal Rules in 2016, the Register has been "
                  "extended significantly, and today it contains information on 788 active groups and more than "
                  "14 000 members.", b),
        Paragraph("The Commission has carefully analysed the Ombudsman’s decision and sets out below its position "
                  "on the finding and on each of the suggestions for improvement.", b),
        Paragraph("2. The finding of maladministration", S["h1"]),
        Paragraph("The Commission regrets that the Ombudsman has concluded that its handling of access requests "
                  "constitutes maladministration. The Commission respectfully disagrees with the characterisation of "
                  "its practice as a systemic failure. In 2023 it handled more than 9 000 initial applications, "
                  "over 80% of which were answered within the time limits. The delays identified in the sample "
                  "reflect the complexity of requests concerning expert groups, which often involve consultations "
                  "of Member States and third parties under Article 4(4) of the Regulation.", b),
        Paragraph("3. The Ombudsman’s suggestions for improvement", S["h1"]),
        quoted("The Ombudsman suggests that the Commission should publish the minutes of expert group meetings "
               "within a fixed deadline and lay down that deadline in the Horizontal Rules."),
        reply_label(),
        Paragraph("The Commission shares the Ombudsman’s view that timely publication of minutes contributes to "
                  "the transparency of its preparatory work. The Horizontal Rules already require that minutes be "
                  "‘meaningful and complete’ and that they be made available in the Register. The Commission will "
                  "explore, together with the Directorates-General responsible for the largest groups, how the "
                  "time between a meeting and the publication of its minutes can be shortened, and whether an "
                  "indicative timeframe could be included when the Horizontal Rules are next reviewed.", b),
        quoted("The Ombudsman suggests that the Commission should make the declarations of interests of individual "
               "experts available in a machine-readable format."),
        reply_label(),
        Paragraph("This is already the case. Since the relaunch of the Register in March 2024, the declarations of "
                  "interests of members appointed in their personal capacity are entered by the experts themselves "
                  "in an online form. They can be searched in the Register and downloaded in CSV and JSON formats, "
                  "together with the other data on the group concerned. Scanned declarations submitted before "
                  "that date are being replaced as groups renew their membership.", b),
        quoted("The Ombudsman suggests that the Commission should register access requests within five working "
               "days and inform applicants promptly of the applicable deadline."),
        reply_label(),
        Paragraph("The Commission accepts this suggestion in principle. Rapid registration is a precondition for "
                  "respecting the deadlines of the Regulation. However, in view of the strong rise in the number of "
                  "requests and the peaks that occur when campaigns generate large numbers of identical requests, "
                  "the Commission is not in a position to guarantee registration within five working days. It will "
                  "instead aim to register requests and send the acknowledgment of receipt within ten working days, "
                  "and it will report on the results in its annual report on access to documents.", b),
        quoted("The Ombudsman suggests that the Commission should give specific reasons, document by document, when "
               "it relies on the protection of its decision-making process, and that it should reassess its "
               "refusal to give access to the minutes of the expert group on plant protection products."),
        reply_label(),
        Paragraph("The Commission is confident that the reasoning of its confirmatory decisions meets the standard "
                  "set by the Court of Justice, which accepts that an institution may rely on general presumptions "
                  "for certain categories of documents and may group documents of the same nature. The Commission "
                  "will therefore continue its current practice, which it considers balanced and proportionate.", b),
        Paragraph("As regards the minutes of the 2023 meetings of the expert group on the sustainable use of plant "
                  "protection products, the Commission has reassessed the documents in the light of the "
                  "Ombudsman’s decision. It has decided to grant partial access to the minutes of three of the five "
                  "meetings, with the redaction of the positions of individual Member States, which remain under "
                  "discussion in the Council. Access to the minutes of the two remaining meetings continues to be "
                  "refused, as the decision-making process to which they relate is still ongoing. The applicant "
                  "was informed on 10 March 2025.", b),
        Paragraph("4. Conclusion", S["h1"]),
        Paragraph("The Commission remains committed to a high level of transparency in its work with expert groups "
                  "and looks forward to continuing its cooperation with the Ombudsman.", b),
    ]
    SimpleDocTemplate(str(DOCS / "blind12_en_ombudsman_response.pdf"), pagesize=A4, leftMargin=2.4 * cm,
                      rightMargin=2.4 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                      title="Reply of the European Commission", author="European Commission").build(
        story, onFirstPage=footer("C(2025) 1874 final"), onLaterPages=footer("C(2025) 1874 final"))


if __name__ == "__main__":
    advice()
    response()
