"""Round 23 (EN): Coroners Court of Victoria finding into death with inquest, with recommendations (i)-(vii)
under section 72(2), and the Department of Health's section 72(3) response letter. Engine: PyMuPDF Story
(HTML + CSS, Liberation fonts from an Archive); running header, footnotes and page numbers stamped afterwards.

Regenerate: /tmp/blind23en/bin/python tests/docs/src/blind23/gen_en_vic_coroner_story.py
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import fitz  # noqa: E402

from _b23en import FONTS, out, write_expected  # noqa: E402

PAIR = "blind23_en_vic_coroner"

CSS = """
@font-face { font-family: LS; src: url(LiberationSerif-Regular.ttf); }
@font-face { font-family: LS; font-weight: bold; src: url(LiberationSerif-Bold.ttf); }
@font-face { font-family: LS; font-style: italic; src: url(LiberationSerif-Italic.ttf); }
@font-face { font-family: LA; src: url(LiberationSans-Regular.ttf); }
@font-face { font-family: LA; font-weight: bold; src: url(LiberationSans-Bold.ttf); }
body { font-family: LS; font-size: 11.5pt; line-height: 1.35; }
p { margin: 0 0 7pt 0; }
h1 { font-family: LA; font-size: 13pt; font-weight: bold; text-align: center; margin: 4pt 0 4pt 0; }
h2 { font-family: LA; font-size: 11pt; font-weight: bold; margin: 12pt 0 6pt 0; }
h3 { font-family: LS; font-size: 11.5pt; font-weight: bold; font-style: italic; margin: 8pt 0 4pt 0; }
td { font-family: LS; font-size: 10.5pt; vertical-align: top; padding: 2pt 4pt 2pt 0; }
.n { width: 34pt; }
.small { font-size: 9pt; }
.c { text-align: center; }
.box { border: 1px solid black; padding: 4pt; }
"""

RECS = [
    ("i", "That the Department of Health amend the Supported Residential Services (Private Proprietors) "
          "Regulations 2012 to require proprietors to obtain a speech pathology assessment within 14 days for "
          "any resident who has been prescribed a texture-modified diet or who has had a choking episode."),
    ("ii", "That the Department of Health develop and publish guidance for supported residential service "
           "proprietors on the preparation of texture-modified food and thickened fluids, consistent with the "
           "International Dysphagia Diet Standardisation Initiative framework."),
    ("iii", "That the Department of Health require all personal support staff working in supported residential "
            "services to hold a current first aid certificate that includes the management of choking."),
    ("iv", "That the Department of Health increase the frequency of unannounced monitoring visits to supported "
           "residential services to at least two visits a year for each service."),
    ("v", "That the Department of Health, in consultation with the Office of the Public Advocate, review the "
          "information given to residents of supported residential services and their families about how to "
          "raise concerns about care."),
    ("vi", "That Ambulance Victoria review its call-taking protocol for choking events to ensure that callers are "
           "given back blow and chest thrust instructions without delay."),
    ("vii", "That the Department of Health and the Department of Families, Fairness and Housing jointly review "
            "the arrangements for funding National Disability Insurance Scheme participants who live in "
            "supported residential services and need help at mealtimes."),
]

SECTIONS = [
    ("INTRODUCTION", [
        "On 14 June 2023, Graham Leslie Thorne was 61 years old when he died at Elmstead Lodge, a supported "
        "residential service (SRS) in Bendigo. At the time of his death, Mr Thorne had lived at Elmstead Lodge "
        "for about three years.",
        "Mr Thorne had an acquired brain injury following a motor vehicle accident in 1989, a history of "
        "epilepsy and dysphagia (difficulty swallowing). He was a participant in the National Disability "
        "Insurance Scheme (NDIS).",
    ]),
    ("THE CORONIAL INVESTIGATION", [
        "Mr Thorne's death was reported to the coroner as it fell within the definition of a reportable death "
        "in the <i>Coroners Act 2008</i> (the Act). Mr Thorne was a person placed in custody or care immediately "
        "before his death, and an inquest was therefore mandatory.",
        "The role of a coroner is to independently investigate reportable deaths to establish, if possible, "
        "identity, medical cause of death, and surrounding circumstances. Coroners may also comment on any "
        "matter connected with the death and make recommendations to any Minister, public statutory authority "
        "or entity on any matter connected with the death, including public health and safety.",
        "This finding draws on the totality of the coronial investigation, including the evidence of seven "
        "witnesses who gave evidence at the inquest held on 17 and 18 March 2025.",
    ]),
    ("CIRCUMSTANCES IN WHICH THE DEATH OCCURRED", [
        "In November 2022 Mr Thorne choked on a piece of bread at Elmstead Lodge and was assisted by staff. His "
        "general practitioner recorded the episode and wrote that a speech pathology review should be arranged. "
        "No referral was made.",
        "On the evening of 14 June 2023 Mr Thorne was served a meal of roast beef and vegetables. He ate in the "
        "dining room with eleven other residents. One personal support worker was on duty in the dining room "
        "and was also administering evening medication.",
        "At about 5.40pm another resident alerted the worker that Mr Thorne was coughing and could not "
        "breathe. The worker, who did not hold a current first aid certificate, called for the proprietor and "
        "telephoned Triple Zero.<sup>1</sup> Paramedics arrived at 5.58pm and removed a large piece of meat from "
        "Mr Thorne's airway, but he could not be revived and was declared deceased at 6.31pm.",
    ]),
    ("IDENTITY AND MEDICAL CAUSE OF DEATH", [
        "Mr Thorne was visually identified by his sister, Ms Carol Whitlam, on 15 June 2023. Identity is not in "
        "dispute.",
        "Forensic Pathologist Dr Ruth Alcorn of the Victorian Institute of Forensic Medicine performed an "
        "autopsy and provided a written report in which she formulated the cause of death as 1(a) aspiration "
        "of food bolus. I accept her opinion.",
    ]),
    ("FINDINGS AS TO CAUSE AND CIRCUMSTANCES", [
        "The Department of Health regulates SRS under the <i>Supported Residential Services (Private "
        "Proprietors) Act 2010</i>. The regulations do not require proprietors to obtain a speech pathology "
        "assessment for residents with swallowing difficulties, and there is no departmental guidance on "
        "texture-modified diets.",
        "The department's monitoring officers visited Elmstead Lodge once in 2021 and once in 2022, both times "
        "by appointment. The evidence was that the department aims to visit each of the 112 SRS in Victoria at "
        "least once every 18 months.",
        "I find that, had Mr Thorne been assessed by a speech pathologist after the November 2022 episode, it is "
        "likely that he would have been prescribed a soft and bite-sized diet and that his death would have "
        "been prevented.",
        "I am also satisfied that the call-taker followed the protocol in place at the time. I make no adverse "
        "finding against Ambulance Victoria, although the evidence about the timing of instructions to callers "
        "is relevant to the recommendations below.",
    ]),
]

COMMENTS = [
    "The dining-room arrangements at Elmstead Lodge meant that one worker was responsible both for "
    "supervising twelve residents and for administering medication. It is unrealistic to expect a single worker "
    "to do both safely.",
    "I considered recommending that the Victorian Government fund speech pathology services within SRS "
    "directly. I have not done so, because the evidence was that this funding is largely the responsibility of "
    "the NDIS, which is a matter for the Commonwealth.",
]


def advice_html():
    h = ["<body>"]
    h.append("<p class='c small'><b>IN THE CORONERS COURT<br/>OF VICTORIA<br/>AT SOUTHBANK</b></p>")
    h.append("<p class='c small'>Court Reference: COR 2023 004512</p>")
    h.append("<h1>FINDING INTO DEATH WITH INQUEST</h1>")
    h.append("<p class='c small'>Form 37 Rule 63(1)<br/>Section 67 of the Coroners Act 2008</p>")
    meta = [("Findings of:", "Coroner Helena Marsh"), ("Deceased:", "Graham Leslie Thorne"),
            ("Date of birth:", "2 February 1962"), ("Date of death:", "14 June 2023"),
            ("Cause of death:", "1(a) Aspiration of food bolus"),
            ("Place of death:", "Elmstead Lodge, 22 Ferrier Street, Bendigo, Victoria 3550"),
            ("Keywords:", "Supported residential service; choking; dysphagia; texture-modified diet; "
                          "mandatory inquest; person placed in care"),
            ("Hearing dates:", "17 and 18 March 2025"),
            ("Appearances:", "Ms J Okafor, Counsel Assisting the Coroner<br/>Mr D Pillay for the Department of "
                             "Health<br/>Ms R Strand for the proprietor of Elmstead Lodge")]
    h.append("<table>")
    for a, b in meta:
        h.append(f"<tr><td style='width:110pt'><b>{a}</b></td><td>{b}</td></tr>")
    h.append("</table>")
    n = 0
    for head, paras in SECTIONS:
        h.append(f"<h2>{head}</h2><table>")
        for t in paras:
            n += 1
            h.append(f"<tr><td class='n'>{n}.</td><td>{t}</td></tr>")
        h.append("</table>")
    h.append("<h2>COMMENTS</h2><p>Pursuant to section 67(3) of the Act, I make the following comments connected "
             "with the death:</p><table>")
    for i, t in enumerate(COMMENTS, 1):
        h.append(f"<tr><td class='n'>{i}.</td><td>{t}</td></tr>")
    h.append("</table>")
    h.append("<h2>RECOMMENDATIONS</h2><p>Pursuant to section 72(2) of the Act, I make the following "
             "recommendations:</p><table>")
    for code, t in RECS:
        h.append(f"<tr><td class='n'>({code})</td><td>{t}</td></tr>")
    h.append("</table>")
    h.append("<h2>FINDINGS AND CONCLUSION</h2><table>")
    for t in ["Having investigated the death, and having held an inquest in relation to the death, I make the "
              "following findings pursuant to section 67(1) of the Act: the identity of the deceased was Graham "
              "Leslie Thorne, born 2 February 1962; the death occurred on 14 June 2023 at Elmstead Lodge, "
              "Bendigo, from aspiration of a food bolus, in the circumstances described above.",
              "I convey my sincere condolences to Mr Thorne's family, and in particular to his sister, Ms "
              "Whitlam, who attended every day of the inquest."]:
        n += 1
        h.append(f"<tr><td class='n'>{n}.</td><td>{t}</td></tr>")
    h.append("</table>")
    h.append("<p>Pursuant to section 73(1A) of the Act, I order that this finding be published on the Coroners "
             "Court of Victoria website in accordance with the rules.</p>")
    h.append("<p>I direct that a copy of this finding be provided to the following:</p>")
    for x in ["Ms Carol Whitlam, senior next of kin", "Secretary, Department of Health",
              "Secretary, Department of Families, Fairness and Housing", "Chief Executive Officer, Ambulance "
              "Victoria", "Public Advocate, Office of the Public Advocate", "Proprietor, Elmstead Lodge",
              "Detective Senior Constable Amy Kerr, Coroner's Investigator"]:
        h.append(f"<p style='margin-left:18pt;margin-bottom:2pt'>{x}</p>")
    h.append("<p>&nbsp;</p><p>Signature:<br/><b>CORONER HELENA MARSH</b><br/>Date: 4 August 2025</p>")
    h.append("<p class='small box'>NOTE: Under section 83 of the <i>Coroners Act 2008</i> (the Act), a person "
             "with sufficient interest in an investigation may appeal to the Trial Division of the Supreme Court "
             "against the findings of a coroner in respect of a death after an investigation. An appeal must be "
             "made within 6 months after the day on which the determination is made, unless the Supreme Court "
             "grants leave to appeal out of time under section 86 of the Act.</p>")
    h.append("</body>")
    return "".join(h)


RESP = [
    ("Recommendation (ii)",
     "The department accepts this recommendation. Guidance on texture-modified food and thickened fluids, "
     "consistent with the IDDSI framework, is being prepared with Speech Pathology Australia and will be "
     "published on the department's website and sent to every proprietor by 30 June 2026.",
     "Will be implemented (June 2026)."),
    ("Recommendation (i)",
     "The department supports this recommendation in principle and will consult on an amendment to the "
     "regulations in 2026. Stakeholders have advised that speech pathology assessments cannot currently be "
     "obtained within 14 days in many regional areas. The proposed amendment will therefore require an "
     "assessment to be obtained within 28 days, with interim safe-swallowing measures in place until then.",
     "Will be implemented in modified form, subject to consultation."),
    ("Recommendations (iii) and (iv)",
     "Regulation 40 of the Supported Residential Services (Private Proprietors) Regulations 2012 was amended "
     "with effect from 1 July 2024 to require every personal support worker to hold a current first aid "
     "certificate, including the management of choking. This requirement is now checked at every monitoring "
     "visit. The department considers recommendation (iii) to have been implemented.<br/><br/>"
     "The department has carefully considered recommendation (iv) and will not implement it. Since 2024 the "
     "department has used a risk-based monitoring model in which services with a higher risk rating are "
     "visited up to four times a year and lower-risk services every 12 to 18 months. The department's view is "
     "that a fixed minimum of two visits for every service would divert officers from the services where the "
     "risk to residents is greatest.",
     "(iii) Implemented. (iv) Will not be implemented."),
    ("Recommendation (v)",
     "The department accepts this recommendation. It has begun a joint review with the Office of the Public "
     "Advocate of the resident information kit and the complaints poster that proprietors must display. "
     "Revised material, including an easy-English version, will be issued by December 2026.",
     "Will be implemented (December 2026)."),
    ("Recommendation (vii)",
     "Funding for NDIS participants is primarily a matter for the Commonwealth and the National Disability "
     "Insurance Agency. The department has referred this recommendation to the Department of Families, "
     "Fairness and Housing, and the two departments will consider whether a joint review is warranted. No "
     "decision has been made at this stage.",
     "Under consideration."),
]


def response_html():
    h = ["<body>"]
    h.append("<table><tr><td style='width:300pt'><p style='font-family:LA;font-size:16pt'><b>Department of "
             "Health</b></p></td><td class='small' style='font-family:LA'>50 Lonsdale Street<br/>Melbourne "
             "Victoria 3000<br/>GPO Box 4057<br/>Melbourne Victoria 3001<br/>www.health.vic.gov.au</td></tr>"
             "</table>")
    h.append("<p class='small' style='font-family:LA'>BAC-CO-31874</p>")
    h.append("<p>Coroner Helena Marsh<br/>Coroners Court of Victoria<br/>65 Kavanagh Street<br/>Southbank VIC "
             "3006</p><p>By email: section72responses@coronerscourt.vic.gov.au</p>")
    h.append("<p>Dear Coroner Marsh</p>")
    h.append("<p><b>Response to recommendations – Inquest into the death of Mr Graham Leslie Thorne "
             "(COR 2023 004512)</b></p>")
    h.append("<p>Thank you for your finding of 4 August 2025 into the death of Mr Graham Thorne. On behalf of the "
             "department I extend my condolences to Mr Thorne's family.</p>")
    h.append("<p>Pursuant to section 72(3) of the <i>Coroners Act 2008</i>, I provide the department's response "
             "to the recommendations directed to it, including a statement of the action that has been or will "
             "be taken.</p>")
    h.append("<h2>Action taken since Mr Thorne's death</h2>")
    h.append("<p>In May 2024 the department issued a safety alert on choking risk to all 112 SRS proprietors, "
             "and its monitoring officers have since checked mealtime supervision arrangements at every visit. "
             "The department has also funded a free online dysphagia awareness course, which 640 SRS staff had "
             "completed by 30 September 2025.</p>")
    h.append("<h2>Response to the recommendations</h2>")
    for head, text, status in RESP:
        h.append(f"<h3>{head}</h3><p>{text}</p><p><b>Status:</b> {status}</p>")
    h.append("<p>The department will provide an update on the implementation of these recommendations to the "
             "Court in its annual report on coronial recommendations. Should you require further information, "
             "please contact Ms Joanna Reid, Director, Residential Services Regulation.</p>")
    h.append("<p>Yours sincerely</p><p>&nbsp;</p><p><b>Dr Margaret Toohey PSM</b><br/>Secretary</p>"
             "<p>31 October 2025</p>")
    h.append("</body>")
    return "".join(h)


def clean_fonts():
    """Copies of the Liberation fonts without cmap entries for U+00A0 and U+00AD: the space and hyphen glyphs
    are shared with them, and MuPDF would otherwise write NBSP for every space and a soft hyphen for '-'."""
    from fontTools.ttLib import TTFont
    tmp = tempfile.mkdtemp(prefix="b23vic")
    for fam in ("Serif", "Sans"):
        for sty in ("Regular", "Bold", "Italic"):
            f = TTFont(f"{FONTS}/Liberation{fam}-{sty}.ttf")
            for t in f["cmap"].tables:
                for cp in (0xA0, 0xAD):
                    t.cmap.pop(cp, None)
            f.save(f"{tmp}/Liberation{fam}-{sty}.ttf")
    return tmp


def render(html, path, header, footnotes=None):
    fonts = clean_fonts()
    arch = fitz.Archive(fonts)
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    mediabox = fitz.paper_rect("a4")
    where = fitz.Rect(72, 78, 523, 748)
    writer = fitz.DocumentWriter(path + ".tmp.pdf")
    more = 1
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(path + ".tmp.pdf")
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="LA", fontfile=f"{fonts}/LiberationSans-Regular.ttf")
        if i > 0:
            page.insert_text((72, 48), header, fontname="LA", fontsize=8, color=(0.3, 0.3, 0.3))
            page.draw_line((72, 53), (523, 53), color=(0.5, 0.5, 0.5), width=0.5)
        page.insert_text((280, 812), f"{i + 1} of {n}", fontname="LA", fontsize=9)
        for anchor, note in (footnotes or []):
            if page.search_for(anchor):
                page.draw_line((72, 758), (200, 758), color=(0, 0, 0), width=0.5)
                page.insert_textbox(fitz.Rect(72, 762, 523, 800), note, fontname="LA", fontsize=8)
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    os.remove(path + ".tmp.pdf")


def main():
    render(advice_html(), out(PAIR + "_advice.pdf"), "Finding into death with inquest – Graham Leslie Thorne – "
           "COR 2023 004512",
           footnotes=[("telephoned Triple Zero", "1 The Triple Zero (000) call was received at 5.41pm. The "
                       "recording was played at the inquest; instructions on back blows were given at 5.44pm.")])
    render(response_html(), out(PAIR + "_response.pdf"), "Department of Health – response under section 72(3) – "
           "COR 2023 004512")
    recs = [
        ("i", "That the Department of Health amend the Supported Residential Services",
         "will consult on an amendment to the regulations in 2026", "partly"),
        ("ii", "That the Department of Health develop and publish guidance for supported",
         "is being prepared with Speech Pathology Australia", "agrees"),
        ("iii", "That the Department of Health require all personal support staff",
         "considers recommendation (iii) to have been implemented", "agrees"),
        ("iv", "That the Department of Health increase the frequency of unannounced monitoring visits",
         "has carefully considered recommendation (iv) and will not implement it", "disagrees"),
        ("v", "That the Department of Health, in consultation with the Office of the Public Advocate",
         "It has begun a joint review with the Office of the Public Advocate", "agrees"),
        ("vi", "That Ambulance Victoria review its call-taking protocol for choking events", None, "unanswered"),
        ("vii", "That the Department of Health and the Department of Families, Fairness and Housing",
         "will consider whether a joint review is warranted", "noted"),
    ]
    unmatched = ["issued a safety alert on choking risk to all 112 SRS proprietors"]
    notes = ("Coroners Court of Victoria 'Finding into death with inquest' (Form 37) and the Department of "
             "Health's letter under section 72(3) of the Coroners Act 2008; PyMuPDF Story, A4, Liberation fonts, "
             "header/footnote/'N of M' stamped afterwards. Advice: court caption, a metadata table, paragraphs "
             "1.-16. in a number column, a 'COMMENTS' section (s 67(3)) numbered 1.-2. again (not recommendations; "
             "comment 2 'I considered recommending ... I have not done so'), then 'RECOMMENDATIONS' (s 72(2)) "
             "labelled with lower-case roman numerals '(i)'-'(vii)' in a number column, each a verbless 'That "
             "<body> ...' clause, five opening 'That the Department of Health'; (vi) is to Ambulance Victoria. "
             "Response: letterhead, 'Action taken since Mr Thorne's death' (answers no recommendation), then "
             "bold-italic headings in the order (ii), (i), '(iii) and (iv)' (one heading, two paragraphs, two "
             "verdicts), (v), (vii), each followed by a bold 'Status:' line ('Will be implemented', 'Will be "
             "implemented in modified form', 'Implemented', 'Will not be implemented', 'Under consideration'). "
             "(i) in principle but 28 days not 14 (partly); (iii) already required since 2024 (agrees); (iv) "
             "polite refusal (disagrees); (vii) referred, no decision (noted); (vi) not mentioned (unanswered).")
    write_expected(PAIR, recs, unmatched, notes)


if __name__ == "__main__":
    main()
