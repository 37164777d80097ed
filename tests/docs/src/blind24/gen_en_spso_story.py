"""Round 24 (English): Scottish Public Services Ombudsman investigation report with a recommendations table
('What we found should change' / 'What the Board should do' / evidence and deadline) and the NHS board's
letter of reply (PyMuPDF Story; running header and page numbers stamped afterwards)."""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b24en as H  # noqa: E402

import pymupdf

NAME = "blind24_en_spso"
CSS = """
@font-face { font-family: LS; src: url(clean_LiberationSans-Regular.ttf); }
@font-face { font-family: LS; src: url(clean_LiberationSans-Bold.ttf); font-weight: bold; }
@font-face { font-family: LS; src: url(clean_LiberationSans-Italic.ttf); font-style: italic; }
body { font-family: LS; font-size: 10.5pt; line-height: 1.4; }
p { margin-top: 0; margin-bottom: 6pt; }
p.n { margin-left: 22pt; text-indent: -22pt; }
h1 { font-size: 16pt; color: #5b2c6f; margin-bottom: 8pt; }
h2 { font-size: 12pt; color: #5b2c6f; margin-top: 10pt; margin-bottom: 5pt; }
h3 { font-size: 10pt; margin-top: 8pt; margin-bottom: 4pt; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #777777; padding: 4pt; vertical-align: top; font-size: 9pt; text-align: left; }
th { font-weight: bold; }
p.fn { font-size: 8pt; }
p.small { font-size: 8.5pt; color: #444444; }
"""


def build(html, out, header, footer, first_plain):
    tmp = tempfile.mkdtemp()
    for fn in ("Regular", "Bold", "Italic"):
        H.clean_font(os.path.join(H.FONTS, f"LiberationSans-{fn}.ttf"), tmp, drop_gsub=True)
    story = pymupdf.Story(html, user_css=CSS, archive=pymupdf.Archive(tmp))
    mb = pymupdf.paper_rect("a4")
    where = mb + (62, 64, -62, -60)
    raw = os.path.join(tmp, "raw.pdf")
    w = pymupdf.DocumentWriter(raw)
    more = 1
    while more:
        dev = w.begin_page(mb)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(raw)
    ff = H.clean_font(os.path.join(H.FONTS, "LiberationSans-Regular.ttf"), tmp)
    for i, page in enumerate(doc):
        if i == 0 and first_plain:
            continue
        page.insert_font(fontname="LS", fontfile=ff)
        wd, ht = page.rect.width, page.rect.height
        page.insert_text((62, 40), header, fontname="LS", fontsize=7.5, color=(0.36, 0.17, 0.44))
        page.draw_line((62, 45), (wd - 62, 45), color=(0.36, 0.17, 0.44), width=0.5)
        page.insert_text((62, ht - 32), footer, fontname="LS", fontsize=8)
        t = f"Page {i + 1} of {len(doc)}"
        page.insert_text((wd - 62 - pymupdf.get_text_length(t, fontsize=8), ht - 32), t, fontname="LS",
                         fontsize=8)
    doc.subset_fonts()
    doc.set_metadata({"title": header, "producer": "", "creator": ""})
    doc.save(out, garbage=3, deflate=True)
    shutil.rmtree(tmp, ignore_errors=True)


ROWS = [
    ("Complaints handled by the Board:", None),
    ("1", "(a) and (c)", "Mrs C's father's sepsis was not recognised and treated promptly, and her complaint "
     "took 71 working days to answer.",
     "Apologise to Mrs C for failing to recognise and treat her father's sepsis promptly. The apology should "
     "meet the standards set out in the SPSO guidelines on apology.",
     "A copy or record of the apology.<br/><b>By:</b> 19 March 2025"),
    ("We are asking the Board to improve the way they do things:", None),
    ("2", "(a)", "Patients whose early warning score rises should be screened for sepsis.",
     "Ensure that nursing staff in the Acute Medical Unit complete the sepsis screening tool for every "
     "patient with a NEWS2 score of 5 or more.",
     "Evidence that the findings have been shared with staff, and an audit of screening compliance.<br/>"
     "<b>By:</b> 18 June 2025"),
    ("3", "(a)", "A deteriorating patient should be reviewed by a senior clinician without delay.",
     "Review medical staffing of the Acute Medical Unit at night so that a senior clinician can review a "
     "deteriorating patient within 30 minutes.",
     "A copy of the review and of any changes made to rotas.<br/><b>By:</b> 17 September 2025"),
    ("4", "(b)", "The consultant did not speak to the family after Mr A's condition worsened.",
     "Share our findings with the consultant responsible for Mr A's care, in a supportive manner, for "
     "reflection at appraisal.",
     "Confirmation that the findings were discussed at appraisal.<br/><b>By:</b> 18 June 2025"),
    ("5", "(b)", "Families should be told promptly when a patient's condition deteriorates.",
     "Ensure that staff tell the next of kin promptly when a patient's condition deteriorates significantly, "
     "and record the conversation in the clinical notes.",
     "Evidence of the guidance or system change and how it was shared with staff.<br/><b>By:</b> 18 June 2025"),
    ("We are asking the Board to improve their complaints handling:", None),
    ("6", "(c)", "The complaint response was late and Mrs C was not told why.",
     "Apologise to Mrs C for the delay in responding to her complaint and for not keeping her updated.",
     "A copy or record of the apology.<br/><b>By:</b> 19 March 2025"),
    ("7", "(c)", "Complaint responses should meet the timescales in the Model Complaints Handling Procedure.",
     "Ensure that complaint investigations are completed within 20 working days or, where an extension is "
     "needed, that the complainant is told the reason and a revised date.",
     "Evidence of the monitoring of complaint timescales reported to the Board's clinical governance "
     "committee.<br/><b>By:</b> 18 June 2025"),
]


def advice():
    b = ["<p class='small'>SCOTTISH PUBLIC SERVICES OMBUDSMAN</p>",
         "<h1>Investigation Report under section 15 of the Scottish Public Services Ombudsman Act 2002</h1>",
         "<p><b>Case:</b> 202307415, Strathmore NHS Board<br/><b>Sector:</b> Health<br/><b>Subject:</b> "
         "Clinical treatment; communication; complaints handling<br/><b>Laid before the Scottish Parliament:</b> "
         "19 February 2025</p>",
         "<h2>Summary</h2>",
         "<p>Mrs C complained to me about the care and treatment her late father (Mr A) received at Strathmore "
         "Royal Infirmary in March 2023, about the way the Board communicated with the family, and about the "
         "way the Board handled her complaint.</p>",
         "<p>I upheld all three complaints. I found that Mr A showed signs of sepsis for more than five hours "
         "before he was given antibiotics, that the family were not told that his condition had worsened, and "
         "that the Board took 71 working days to respond to Mrs C's complaint. My recommendations are set out "
         "at the end of this report.</p>",
         "<h2>Introduction</h2>"]
    paras = [
        "Mrs C complained to me that the Board failed to provide her father with reasonable care and "
        "treatment (complaint (a)), failed to communicate reasonably with the family (complaint (b)) and "
        "failed to handle her complaint reasonably (complaint (c)).",
        "In investigating the complaints, my complaints reviewer considered Mr A's medical records and the "
        "Board's complaint file. Independent advice was obtained from a consultant in acute medicine (the "
        "Adviser).<sup>1</sup>",
    ]
    k = 1
    for t in paras:
        b.append(f"<p class='n'>{k}.&#9;{t}</p>")
        k += 1
    b.append("<h2>Complaint (a): care and treatment</h2>")
    for t in [
        "Mr A, aged 79, was admitted to the Acute Medical Unit on 11 March 2023 with a urinary tract "
        "infection. At 22:40 his early warning score (NEWS2) rose to 6. The sepsis screening tool was not "
        "completed, and he was not reviewed by a doctor until 02:15. Antibiotics were given at 04:05.",
        "The Adviser said that national guidance expects a patient with suspected sepsis to receive "
        "antibiotics within one hour of recognition, and that a NEWS2 score of 5 or more should prompt "
        "screening. The only doctor covering the unit at night was also covering two other wards.",
        "I accept the Adviser's advice. The failure to screen Mr A for sepsis and the delay in treatment were "
        "unreasonable. I uphold this complaint.",
    ]:
        b.append(f"<p class='n'>{k}.&#9;{t}</p>")
        k += 1
    b.append("<h2>Complaint (b): communication</h2>")
    for t in [
        "Mrs C said that the family only learned that her father was seriously unwell when they visited the "
        "following afternoon. The records contain no note of any call to the family overnight or in the "
        "morning.",
        "The Board said that staff had tried to call Mrs C, but there is no record of this. I uphold this "
        "complaint. I also note, as feedback, that the Board's letters to Mrs C used medical terms without "
        "explanation; the Board should reflect on this.",
    ]:
        b.append(f"<p class='n'>{k}.&#9;{t}</p>")
        k += 1
    b.append("<h2>Complaint (c): complaints handling</h2>")
    for t in [
        "The Model Complaints Handling Procedure requires a stage 2 response within 20 working days, or an "
        "explanation and a revised timescale if more time is needed. The Board took 71 working days and wrote "
        "to Mrs C only once during that period. I uphold this complaint.",
    ]:
        b.append(f"<p class='n'>{k}.&#9;{t}</p>")
        k += 1
    b.append("<h2>Recommendations</h2>")
    b.append("<p>I have set out below what I am asking the Board to do. We will follow up on these "
             "recommendations. The Board are asked to inform us of the steps that have been taken to implement "
             "them by the dates specified.</p>")
    b.append("<h3>What we are asking the Board to do for Mrs C:</h3>")
    widths = (7, 9, 24, 34, 26)
    heads = ("No.", "Ref.", "What we found should change", "What the Board should do",
             "What we need to see")
    head = "<tr>" + "".join(f"<th width='{w}%'>{h}</th>" for w, h in zip(widths, heads)) + "</tr>"
    rows = ["<table width='100%'>" + head]
    for r in ROWS:
        if r[1] is None:
            if r[0].startswith("Complaints handled"):
                continue
            rows.append("</table>")
            rows.append(f"<h3>{r[0]}</h3>")
            rows.append("<table width='100%'>" + head)
            continue
        n, c, found, do, see = r
        rows.append("<tr>" + "".join(f"<td width='{w}%'>{x}</td>" for w, x in zip(widths, (n, c, found, do, see)))
                    + "</tr>")
    rows.append("</table>")
    b += rows
    b.append("<h3>Feedback for the Board</h3>")
    b.append("<p>In addition to the recommendations, I have given the Board the following feedback, which does "
             "not require a response:</p><ul><li>letters to complainants should explain medical terms in plain "
             "language;</li><li>the Board may wish to share this report with its sepsis improvement group.</li>"
             "</ul>")
    b.append("<p>Rosemary Agnew-Kerr<br/>Scottish Public Services Ombudsman<br/>19 February 2025</p>")
    b.append("<p class='fn'>1. The Adviser's advice is summarised in Annex 2, which is not reproduced "
             "here.</p>")
    build("".join(b), H.path(NAME, "advice"), "SPSO Investigation Report 202307415 - Strathmore NHS Board",
          "Scottish Public Services Ombudsman | www.spso.org.uk", True)


def response():
    b = ["<p style='text-align:right'><b>Strathmore NHS Board</b><br/>Board Headquarters<br/>Ninewells Road<br/>"
         "Strathmore PH1 4QE</p>",
         "<p>Ms Rosemary Agnew-Kerr<br/>Scottish Public Services Ombudsman<br/>Bridgeside House<br/>99 McDonald "
         "Road<br/>Edinburgh EH7 4NS</p>",
         "<p>Date: 14 April 2025<br/>Our ref: CE/CG/2025/118<br/>Your ref: 202307415</p>",
         "<p>Dear Ms Agnew-Kerr</p>",
         "<p><b>Investigation report 202307415</b></p>",
         "<p>Thank you for your report, which was considered by the Board's Clinical Governance Committee on "
         "2 April 2025. On behalf of the Board I want to say again how sorry we are for the failings in Mr A's "
         "care. We accept your findings, and I set out below the action we have taken or will take.</p>",
         "<h3>Apologies to Mrs C</h3>",
         "<p>I wrote to Mrs C on 3 March 2025 to apologise for the failings in her father's care, following the "
         "SPSO guidance on apology. The same letter apologised for the time we took to answer her complaint "
         "and for not keeping her informed. A copy of the letter is enclosed.</p>",
         "<h3>Communication with families</h3>",
         "<p>Your findings were shared with the consultant concerned, who discussed them at her appraisal on "
         "27 February 2025 and has written a reflective account.</p>",
         "<p>We do not agree that there was no attempt to contact the family, as the nurse in charge recalls "
         "calling Mrs C; we accept, however, that no call was recorded and that the family should have been "
         "told. A mandatory next-of-kin contact field will be added to the electronic nursing record by "
         "30 June 2025, and ward teams have been reminded of the expectation.</p>",
         "<h3>Recognising and treating sepsis</h3>",
         "<p>Sepsis screening compliance in the Acute Medical Unit is now audited every month. The Board's "
         "sepsis policy, which follows the national Scottish Patient Safety Programme, requires screening at a "
         "NEWS2 score of 7 or more, or 5 or more where the nurse is concerned, and we will keep this threshold "
         "rather than introduce a separate rule for one unit.</p>",
         "<p>On medical cover at night, a review of out-of-hours rotas is under way as part of our workforce "
         "plan. We are not yet able to say whether a 30-minute senior review can be achieved, and will inform "
         "you of the outcome of the review when it reports in the autumn.</p>",
         "<h3>Wider learning</h3>",
         "<p>This case has been presented at the Board's monthly patient safety forum, and the learning has "
         "been shared with our other two acute hospitals.</p>",
         "<p>Yours sincerely</p><p><br/>Dr Iain Cowie<br/>Chief Executive</p>"]
    build("".join(b), H.path(NAME, "response"), "Strathmore NHS Board - response to SPSO report 202307415",
          "Strathmore NHS Board | CE/CG/2025/118", True)


def expected():
    recs = [
        ("1", "Apologise to Mrs C for failing to recognise and treat",
         "to apologise for the failings in her father's care", "agrees"),
        ("2", "Ensure that nursing staff in the Acute Medical Unit complete",
         "we will keep this threshold rather than introduce a separate rule", "partly"),
        ("3", "Review medical staffing of the Acute Medical Unit at night",
         "We are not yet able to say whether a 30-minute senior review", "noted", ["partly"]),
        ("4", "Share our findings with the consultant responsible for Mr A's care",
         "discussed them at her appraisal on 27 February 2025", "agrees"),
        ("5", "Ensure that staff tell the next of kin promptly",
         "A mandatory next-of-kin contact field will be added", "agrees"),
        ("6", "Apologise to Mrs C for the delay in responding to her complaint",
         "The same letter apologised for the time we took", "agrees"),
        ("7", "Ensure that complaint investigations are completed within 20 working days", None,
         "unanswered"),
    ]
    unmatched = ["considered by the Board's Clinical Governance Committee on 2 April 2025",
                 "has been presented at the Board's monthly patient safety forum"]
    notes = ("Scottish Public Services Ombudsman investigation report (PyMuPDF Story, 'Page N of M' stamped): "
             "the seven recommendations stand ONLY in ruled five-column tables (No. | Ref. | What we "
             "found should change | What the Board should do | What we need to see) under three lead-ins ('for "
             "Mrs C' / 'improve the way they do things' / 'improve their complaints handling'); the "
             "recommendation is the 'What the Board should do' cell, not the 'What we found should change' cell "
             "beside it; complaint letters (a)-(c) in a 'Ref.' column of their own, the header row repeated for each of the three tables; two recommendations open 'Apologise "
             "to Mrs C for ...'; a 'Feedback for the Board' bullet list that 'does not require a response' is not "
             "recommendations; numbered paragraphs 1.-8. Response: Chief Executive's letter with no numbers and "
             "no quotes, subject headings in another order: 'Apologies to Mrs C' answers 1 and 6 in two "
             "sentences; 'Communication with families' answers 4 and 5 in two paragraphs, 5 disputing the "
             "finding ('We do not agree that there was no attempt ...; we accept, however') but acting (agrees); "
             "'Recognising and treating sepsis' answers 2 (keeps threshold 7, partly) and 3 (review under way, "
             "'not yet able to say', noted, also partly); 7 (complaint timescales) unanswered; opening paragraph "
             "and 'Wider learning' unmatched.")
    H.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    H.check(NAME)
