"""Round 141 (EN): a treaty committee's CONCLUDING OBSERVATIONS on a State party's periodic report under a regional
convention on the rights of older persons, answered by the State party's FOLLOW-UP INFORMATION, a document in its own
numbered paragraphs under headings that cite the Committee's PARAGRAPH CODES ('Paragraph 7 (b)', 'Paragraph 9').
The advice: numbered paragraphs 1-16; seven recommendations, some as 'the Committee recommends that the State party
...' sentences inside a paragraph, some as LETTERED sub-items (a), (b) under 'The Committee recommends that the State
party:', one as 'The Committee urges'. Traps: every paragraph numbered, concern paragraphs numbered alike; the
Committee's 2019 observations quoted ('should include age among the prohibited grounds'); article 16 paraphrased
('States parties must'); 'The Committee does not recommend the creation of a separate criminal offence'; the
follow-up request naming paragraphs 7 (a) and 11; the invitation to disseminate.
The response: introduction (nothing); 7 (b) right to vote restored (agrees); 7 (a) supported decision-making but
orders reviewed only on renewal (partly); 9 one paragraph: (a) helpline around the clock (agrees) and (b) data,
takes note and will study feasibility (noted); 11 home care money but a 60-day limit (partly); 5 no amendment of the
Equal Treatment Act (disagrees); closing (nothing); 13 pensions never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif / Sans via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, places, laws, figures and references invented (the Meridian
Convention and its Committee, the Republic of Vestmark).
Run:  /tmp/blind141en/bin/python tests/docs/src/blind141/gen_en_treaty_review_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b141en as H

NAME = "blind141_en_treaty_review"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 22mm 23mm 22mm 23mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #161616; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 14.5pt; color: %(c)s; margin: 0 0 5pt 0; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 10pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10pt; font-style: italic; margin: 7pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
p.n { padding-left: 26pt; text-indent: -26pt; }
p.n span.k { display: inline-block; width: 26pt; text-indent: 0; }
p.sub { padding-left: 48pt; text-indent: -20pt; margin-bottom: 3pt; }
p.sub span.k { display: inline-block; width: 20pt; text-indent: 0; }
.meta { color: #505050; font-size: 9pt; }
.head { border-bottom: 1pt solid %(c)s; padding-bottom: 4pt; margin-bottom: 8pt; display: flex;
        justify-content: space-between; }
.sym { font-size: 9pt; color: #505050; text-align: right; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind141en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def n(k, t):
    return f"<p class='n'><span class='k'>{k}.</span>{t}</p>\n"


def sub(k, t):
    return f"<p class='sub'><span class='k'>({k})</span>{t}</p>\n"


def advice():
    body = ("""
<div class='head'><p class='meta'>MERIDIAN CONVENTION ON THE RIGHTS OF OLDER PERSONS<br/>Committee of Experts on the
Rights of Older Persons</p><p class='sym'>MCROP/C/VSM/CO/2<br/>Distr.: General<br/>14 March 2025<br/>Original:
English</p></div>
<h1>Concluding observations on the second periodic report of the Republic of Vestmark</h1>
<h2>A. Introduction</h2>
""" + n(1, "The Committee considered the second periodic report of the Republic of Vestmark at its 41st and 42nd "
        "meetings, held on 18 and 19 February 2025, and adopted the present concluding observations at its 50th "
        "meeting, held on 27 February 2025.")
        + n(2, "The Committee welcomes the constructive dialogue with the delegation of the State party, led by Ms "
            "Annika Sorvaag-Lind, Deputy Minister of Social Affairs, and the written replies to its list of issues.")
        + "<h2>B. Positive aspects</h2>\n"
        + n(3, "The Committee welcomes the adoption of the Long-Term Care Act 2022, which gives every person aged 65 "
            "and over a right to an assessment of care needs, and the appointment in 2023 of an Ombudsperson for "
            "Older Persons.")
        + "<h2>C. Principal areas of concern and recommendations</h2>\n"
        + "<h3>Equality and non-discrimination (art. 5)</h3>\n"
        + n(4, "The Committee is concerned that the Equal Treatment Act 2011 does not list age as a prohibited ground "
            "of discrimination in access to goods and services, and that banks and insurers routinely refuse loans "
            "and travel insurance to persons over 75.")
        + n(5, "Recalling its previous concluding observations of 2019, in which it stated that the State party "
            "\u201cshould include age among the prohibited grounds of discrimination in all areas of life\u201d, "
            "the Committee recommends that the State party amend the Equal Treatment Act to prohibit discrimination "
            "on the ground of age in the provision of goods, services and financial products.")
        + "<h3>Equal recognition before the law (art. 12)</h3>\n"
        + n(6, "The Committee is concerned that some 4,300 older persons, most of them living with dementia, are "
            "subject to plenary guardianship, which removes their legal capacity in all matters, including the "
            "right to vote.")
        + n(7, "The Committee recommends that the State party:")
        + sub("a", "Replace plenary guardianship with supported decision-making arrangements and review every "
              "existing guardianship order within three years;")
        + sub("b", "Ensure that older persons under guardianship keep the right to vote and receive accessible "
              "information about elections.")
        + "<h3>Freedom from violence, abuse and neglect (art. 16)</h3>\n"
        + n(8, "Article 16 of the Convention provides, in substance, that States parties must take all appropriate "
            "measures to protect older persons from abuse in the home and in institutions. The Committee is "
            "concerned that the national elder abuse helpline is open only on weekdays during office hours and that "
            "no data on abuse of older persons are collected.")
        + n(9, "The Committee does not recommend the creation of a separate criminal offence of elder abuse, as the "
            "general criminal law is adequate if applied. It recommends that the State party:")
        + sub("a", "Operate the national elder abuse helpline 24 hours a day, seven days a week, with staff trained "
              "in the needs of older persons;")
        + sub("b", "Collect and publish annual data on reported abuse of older persons, disaggregated by sex, age, "
              "disability and setting.")
        + "<h3>Living independently and long-term care (art. 19)</h3>\n"
        + n(10, "The Committee notes that 61 per cent of public spending on long-term care goes to residential "
             "institutions and that older persons wait on average seven months for an assessment of home care "
             "needs.")
        + n(11, "The Committee urges the State party to shift resources from residential institutions to home and "
             "community-based care, and to set a maximum waiting time of 30 days for an assessment of home care "
             "needs.")
        + "<h3>Adequate standard of living (art. 28)</h3>\n"
        + n(12, "The Committee is concerned that the minimum guaranteed pension is 18 per cent below the national "
             "poverty line and that one in four women over 75 lives in poverty.")
        + n(13, "The Committee recommends that the State party raise the minimum guaranteed pension to at least the "
             "national poverty line and index it each year to consumer prices.")
        + "<h2>D. Dissemination and follow-up</h2>\n"
        + n(14, "The Committee requests the State party to provide, within 24 months, information on the "
             "implementation of the recommendations contained in paragraphs 7 (a) and 11 above.")
        + n(15, "The State party is invited to make the present concluding observations available in the official "
             "languages of the State party, including in easy-read form, and to involve organizations of older "
             "persons in their implementation.")
        + n(16, "The Committee requests the State party to submit its third periodic report by 31 March 2030."))
    render(doc(body, "Serif", "10pt", "#163e6e"), H.out(NAME + "_advice.pdf"))


def response():
    body = ("""
<div class='head'><p class='meta'>MERIDIAN CONVENTION ON THE RIGHTS OF OLDER PERSONS<br/>Committee of Experts on the
Rights of Older Persons</p><p class='sym'>MCROP/C/VSM/FCO/2<br/>Distr.: General<br/>9 April 2027<br/>Original:
English</p></div>
<h1>Information received from the Republic of Vestmark on follow-up to the concluding observations on its second
periodic report</h1>
<p class='meta'>[Date received: 26 February 2027]</p>
<h2>Introduction</h2>
""" + n(1, "The Republic of Vestmark has the honour to submit the following information in reply to the request "
        "made by the Committee in its concluding observations of 14 March 2025 (MCROP/C/VSM/CO/2). The information "
        "was prepared by the Ministry of Social Affairs with contributions from the Ministry of Justice and the "
        "Ombudsperson for Older Persons, and was discussed with the National Council of Senior Citizens' "
        "Organizations.")
        + n(2, "In addition to the two paragraphs named by the Committee, the Government wishes to inform the "
            "Committee of progress made on several other observations.")
        + "<h2>Paragraph 7 (b)</h2>\n"
        + n(3, "The Electoral Code was amended with effect from 1 November 2025. No court may any longer remove "
            "the right to vote as part of a guardianship order, and some 3,900 persons were restored to the "
            "electoral register before the municipal elections of 2026. Election leaflets are now published in "
            "easy-read form.")
        + "<h2>Paragraph 7 (a)</h2>\n"
        + n(4, "The Legal Capacity Act, in force since 1 July 2026, introduces supported decision-making "
            "agreements and limits new guardianship orders to specific matters. Existing plenary orders will not "
            "be reviewed all at once: each will be reassessed when it falls due for renewal, a process that may "
            "take up to seven years, as the courts do not have the capacity to review 4,300 orders in three.")
        + "<h2>Paragraph 9</h2>\n"
        + n(5, "Since 1 January 2026 the national elder abuse helpline has been staffed around the clock by "
            "trained counsellors, funded by a grant of 2.1 million kroner a year. As regards the collection of "
            "data, the Government takes note of the Committee's view; the National Statistics Office has been "
            "asked to examine whether abuse can be recorded in existing surveys, and will report on feasibility "
            "in due course.")
        + "<h2>Paragraph 11</h2>\n"
        + n(6, "The budget for 2026 moved 140 million kroner from residential care to home care services, and a "
            "further transfer is planned for 2027. Municipalities have been set a maximum of 60 days for "
            "assessments of home care needs; the Government considers that a limit of 30 days cannot be met "
            "in rural municipalities without more assessors than are currently available.")
        + "<h2>Paragraph 5</h2>\n"
        + n(7, "The Government has reconsidered this matter and does not intend to amend the Equal Treatment Act. "
            "Providers of insurance and credit must be able to take account of age when they assess risk, and the "
            "Financial Supervisory Authority issued guidance in 2025 requiring them to explain any refusal in "
            "writing.")
        + "<h2>Concluding remarks</h2>\n"
        + n(8, "The Republic of Vestmark reaffirms its commitment to the Convention and looks forward to continuing "
            "its dialogue with the Committee at the consideration of its third periodic report."))
    render(doc(body, "Sans", "9.8pt", "#3d3d3d"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="MCROP/C/VSM/CO/2 - Concluding observations: Vestmark",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="MCROP/C/VSM/FCO/2 - Follow-up information: Vestmark",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "the Committee recommends that the State party amend the Equal Treatment Act",
         "reply_contains": "does not intend to amend the Equal Treatment Act",
         "verdict": "disagrees"},
        {"number": 2, "starts_with": "Replace plenary guardianship with supported decision-making arrangements",
         "reply_contains": "each will be reassessed when it falls due for renewal",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Ensure that older persons under guardianship keep the right to vote",
         "reply_contains": "No court may any longer remove the right to vote",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Operate the national elder abuse helpline 24 hours a day",
         "reply_contains": "has been staffed around the clock by trained counsellors",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Collect and publish annual data on reported abuse of older persons",
         "reply_contains": "the Government takes note of the Committee's view",
         "verdict": "noted"},
        {"number": 6, "starts_with": "The Committee urges the State party to shift resources from residential",
         "reply_contains": "Municipalities have been set a maximum of 60 days",
         "verdict": "partly"},
        {"number": 7,
         "starts_with": "The Committee recommends that the State party raise the minimum guaranteed pension",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["with contributions from the Ministry of Justice and the Ombudsperson",
                 "reaffirms its commitment to the Convention"]
    notes = ("Advice: a regional treaty committee's CONCLUDING OBSERVATIONS on a State party's second periodic report "
             "under an invented convention on the rights of older persons, in paragraphs NUMBERED 1-16 under "
             "lettered section headings (A-D) and article subheadings. Seven recommendations: a 'the Committee "
             "recommends that the State party amend ...' clause at the end of paragraph 5 (1); LETTERED sub-items "
             "(a), (b) under paragraph 7 'The Committee recommends that the State party:' (2, 3) and under "
             "paragraph 9 'It recommends that the State party:' (4, 5); 'The Committee urges the State party to "
             "...' in paragraph 11 (6); 'The Committee recommends that the State party raise ...' in paragraph 13 "
             "(7). Traps: concern and positive-aspect paragraphs numbered alike; the 2019 observations quoted "
             "('should include age among the prohibited grounds'); article 16 paraphrased ('States parties must "
             "take all appropriate measures'); 'The Committee does not recommend the creation of a separate "
             "criminal offence'; the follow-up request naming 'paragraphs 7 (a) and 11'; 'The State party is "
             "invited to make the present concluding observations available'; the request for a third report. "
             "Response: the State party's FOLLOW-UP INFORMATION in its own paragraphs numbered 1-8 under headings "
             "that cite the Committee's PARAGRAPH CODES, in another order: introduction (nothing); 'Paragraph 7 "
             "(b)' vote restored (agrees); 'Paragraph 7 (a)' supported decision-making but old orders reviewed only "
             "on renewal over seven years (partly); 'Paragraph 9' ONE paragraph answering (a) helpline around the "
             "clock (agrees) and (b) data, 'takes note', feasibility study (noted); 'Paragraph 11' money moved but "
             "60 days, not 30 (partly); 'Paragraph 5' 'does not intend to amend' (disagrees); concluding remarks "
             "(nothing); paragraph 13, pensions, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
