"""Round 122 (EN): an English NHS foundation trust's FREEDOM TO SPEAK UP GUARDIAN annual report to the Board of
Directors. The recommendations are UNNUMBERED paragraphs opening with a bold 'Recommendation:' label at the end of
sections 3-6 (two each in sections 4, 5 and 6). Traps: a board cover sheet ('Purpose: For approval'), the Public
Interest Disclosure Act 1998 and the NHS Standard Contract paraphrased with 'must', a table of concerns by quarter, a
numbered list of five themes (findings), last year's recommendation quoted ('should recruit', done), workers' own
requests reported ('asked that ...'), and a closing line naming 'sections 3 to 6'. Answered by the Chief People
Officer's board paper: an introduction and a ruled TABLE with a 'No.' column numbering the Guardian's
recommendations 1-6 in the report's order (the seventh has no row) plus a row '7' that is the executive's own
ADDITIONAL action, not a reply to the seventh recommendation; 'Next steps' answers nothing.
LibreOffice Writer headless from HTML, A4, Liberation Sans (report) and Liberation Serif (board paper); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Public Interest
Disclosure Act 1998 and the NHS Standard Contract are named as context only (what is said of them here is
paraphrased and not to be relied on).
Run:  /tmp/blind122en/bin/python tests/docs/src/blind122/gen_en_speak_up_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b122en as H

NAME = "blind122_en_speak_up"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.2cm 2.0cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 15pt; margin-top: 0.1cm; margin-bottom: 0.2cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 11.5pt; margin-top: 0.35cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.18cm; line-height: 116%%; }
p.meta { color: #555555; font-size: 9pt; }
p.q { margin-left: 0.9cm; margin-right: 0.9cm; font-style: italic; }
td { font-family: '%(f)s'; font-size: 9pt; vertical-align: top; }
li { margin-bottom: 0.08cm; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def rec(t):
    return f"<p><b>Recommendation:</b> {t}</p>\n"


def advice():
    b = ("<p class='meta'>HOLLINS VALE HOSPITALS NHS FOUNDATION TRUST &#183; BOARD OF DIRECTORS (PUBLIC) &#183; "
         "7 MAY 2026 &#183; AGENDA ITEM 14</p>"
         "<h1>Freedom to Speak Up Guardian: Annual Report 2025/26</h1>")
    b += ("<table width='100%' border='1' cellpadding='4' cellspacing='0'>"
          "<tr><td width='26%' bgcolor='#e3eef4'><b>Author</b></td><td>Yewande Afolabi, Freedom to Speak Up "
          "Guardian</td></tr>"
          "<tr><td bgcolor='#e3eef4'><b>Executive sponsor</b></td><td>Chief People Officer</td></tr>"
          "<tr><td bgcolor='#e3eef4'><b>Purpose</b></td><td>For approval of the recommendations and for "
          "assurance</td></tr></table><p></p>")
    b += "<h2>1. Introduction</h2>"
    b += ("<p>The NHS Standard Contract requires every trust to appoint a Freedom to Speak Up Guardian, and under the "
          "Public Interest Disclosure Act 1998 a worker who makes a protected disclosure must not be subjected to "
          "any detriment by their employer for doing so. This report describes the concerns raised with me and the "
          "network of speak up champions in 2025/26, and what I believe the Trust should do next.</p>")
    b += ("<p>In last year's report I recommended that &#8220;the Trust should recruit speak up champions in every "
          "division&#8221;. There are now 46 champions across all seven divisions, and I thank the Board for its "
          "support.</p>")
    b += "<h2>2. Speaking up in numbers</h2>"
    b += ("<table width='80%' border='1' cellpadding='3' cellspacing='0'>"
          "<tr><td bgcolor='#e3eef4'><b>Quarter</b></td><td bgcolor='#e3eef4'><b>Concerns</b></td>"
          "<td bgcolor='#e3eef4'><b>Raised anonymously</b></td><td bgcolor='#e3eef4'><b>Detriment reported</b></td></tr>"
          "<tr><td>Q1</td><td>29</td><td>6</td><td>2</td></tr><tr><td>Q2</td><td>31</td><td>4</td><td>3</td></tr>"
          "<tr><td>Q3</td><td>36</td><td>9</td><td>4</td></tr><tr><td>Q4</td><td>41</td><td>7</td><td>3</td></tr>"
          "</table><p></p>")
    b += "<p>The 137 concerns fell under five main themes:</p><ol>"
    for t in ("behaviour, including bullying and incivility (52 concerns);",
              "patient safety and quality of care (31);",
              "staffing levels and rotas (24);",
              "processes such as recruitment and appraisal (18);",
              "other matters (12)."):
        b += f"<li>{t}</li>"
    b += "</ol>"
    b += "<h2>3. Capacity of the Guardian service</h2>"
    b += ("<p>The Guardian has two days a week of protected time. Concerns have risen by 41 per cent in two years, and "
          "in Q4 the average time to a first meeting was 11 working days, against the Trust's own standard of five.</p>")
    b += rec("The Board should increase the Guardian's protected time from two to three days a week from "
             "1 June 2026.")
    b += "<h2>4. Detriment</h2>"
    b += ("<p>Twelve workers told me they had suffered detriment after speaking up, most often a change of shifts or "
          "exclusion by colleagues. Several asked that someone outside their own line of management should look at "
          "what had happened to them. Only three of the twelve cases were reviewed.</p>")
    b += rec("Every worker who reports detriment after speaking up should be offered a review by a senior manager "
             "from outside their own division.")
    b += ("<p>Many workers who speak up later leave. The Trust does not know how many, because leavers are not asked.</p>")
    b += rec("A question about speaking up should be added to every exit interview, and the answers reported to the "
             "People Committee twice a year.")
    b += "<h2>5. Training</h2>"
    b += ("<p>Only 54 per cent of line managers have completed the &#8216;Listen Up&#8217; module of the national "
          "training, which is at present optional. Workers often told me their concern had first been dismissed by "
          "a manager.</p>")
    b += rec("Speak up training for line managers should be made mandatory, with a completion target of 90 per cent "
             "by March 2027.")
    b += ("<p>Bank and agency workers, who fill about one shift in eight, raised 19 of the concerns but are not "
          "released to attend any speak up training.</p>")
    b += rec("The Trust should pay bank and agency workers to attend the &#8216;Speak Up&#8217; training in paid "
             "time.")
    b += "<h2>6. Culture and visibility</h2>"
    b += ("<p>Workers at Brackley Community Hospital and at the Moorside site told me that senior leaders are rarely "
          "seen there and that they do not know who to speak to.</p>")
    b += rec("The Chief Executive should hold an open listening event on each of the three hospital sites every "
             "quarter.")
    b += ("<p>The Board now receives a speaking up report once a year, which leaves long gaps in its oversight of a "
          "fast-changing picture.</p>")
    b += rec("The Board should receive a Freedom to Speak Up report at a meeting held in public every six months "
             "instead of once a year.")
    b += "<h2>7. Conclusion</h2>"
    b += ("<p>I ask the Board to approve the recommendations in sections 3 to 6 and to take assurance from the growth "
          "of the champions network. I am grateful to every worker who trusted me with a concern this year.</p>")
    return doc(b, "Liberation Sans", "#1f5f7a", "10pt")


def response():
    b = ("<p class='meta'>HOLLINS VALE HOSPITALS NHS FOUNDATION TRUST &#183; BOARD OF DIRECTORS (PUBLIC) &#183; "
         "7 MAY 2026 &#183; AGENDA ITEM 14.1</p>"
         "<h1>Executive Response to the Freedom to Speak Up Guardian's Annual Report 2025/26</h1>"
         "<p class='meta'>Author: Alastair Greaves, Chief People Officer &#183; Purpose: For approval</p>")
    b += "<h2>1. Introduction</h2>"
    b += ("<p>The Executive Team discussed the Guardian's annual report on 22 April 2026 and thanks the Guardian and "
          "the champions for their work. The rise in concerns to 137 is, in our view, a sign of growing confidence "
          "in speaking up rather than of a worsening culture, and it compares with 97 two years ago.</p>")
    b += ("<p>Table 1 sets out the executive response to the Guardian's recommendations, numbered in the order in which "
          "they appear in the report, with the executive lead and target date for each. The Board is asked to "
          "approve the responses and the actions.</p>")
    b += "<h2>2. Table 1: Executive response</h2>"
    b += ("<table width='100%' border='1' cellpadding='4' cellspacing='0'>"
          "<tr><td width='6%' bgcolor='#e8e4d8'><b>No.</b></td><td width='24%' bgcolor='#e8e4d8'><b>Guardian's "
          "recommendation</b></td><td width='44%' bgcolor='#e8e4d8'><b>Executive response</b></td>"
          "<td width='13%' bgcolor='#e8e4d8'><b>Lead</b></td><td width='13%' bgcolor='#e8e4d8'><b>Target "
          "date</b></td></tr>")
    for row in (
            ("1", "Guardian's protected time to three days a week",
             "Accepted in part. Protected time will rise to two and a half days a week from 1 July 2026, funded from "
             "the People directorate budget. A full third day cannot be funded in 2026/27 and will be reviewed in "
             "next year's plan.", "Chief People Officer", "July 2026"),
            ("2", "Independent review of reported detriment",
             "Accepted. A pool of six senior managers trained in detriment reviews will be in place by September "
             "2026, and any worker who reports detriment will be offered a review by a manager from another "
             "division.", "Chief People Officer", "September 2026"),
            ("3", "Speaking up question at exit interviews",
             "Accepted. The question has been added to the exit questionnaire from 1 May 2026. Results will go to "
             "the People Committee in October and April.", "Director of HR Operations", "May 2026"),
            ("4", "Mandatory training for line managers",
             "Accepted. The Listen Up module will be mandatory for all line managers from June 2026, with a target "
             "of 90 per cent completion by March 2027.", "Chief Nurse / Medical Director", "March 2027"),
            ("5", "Paid training time for bank and agency workers",
             "Not accepted. The Trust does not pay temporary workers to attend non-mandatory training in any "
             "subject and will not make an exception here. The e-learning module remains open to them.",
             "Chief People Officer", "-"),
            ("6", "Quarterly listening events on each site",
             "Under consideration. The Executive Team will consider the format of listening events alongside the "
             "new staff engagement plan and will return to the Board in October 2026.", "Chief Executive",
             "October 2026"),
            ("7", "Additional action identified by the Executive Team",
             "Divisional speak up data will be added to the monthly divisional performance reviews, so that "
             "hotspots can be discussed with each divisional director.", "Director of Strategy",
             "June 2026")):
        b += "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
    b += "</table><p></p>"
    b += "<h2>3. Next steps</h2>"
    b += ("<p>Progress on the actions in Table 1 will be reported to the People Committee every quarter, with the "
          "first report in September 2026. The Guardian will be invited to attend.</p>")
    b += "<h2>4. Recommendation to the Board</h2>"
    b += "<p>The Board is asked to note the Guardian's report and to approve the executive response in Table 1.</p>"
    return doc(b, "Liberation Serif", "#5a4a1e", "10.5pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind122en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Hollins Vale Hospitals NHS FT - Freedom to Speak Up annual report "
            "2025/26", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Board of Directors, 7 May 2026 - item 14.1",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Board should increase the Guardian's protected time from two",
         "reply_contains": "will rise to two and a half days a week", "verdict": "partly"},
        {"number": 2, "starts_with": "Every worker who reports detriment after speaking up should be offered",
         "reply_contains": "A pool of six senior managers trained in detriment reviews",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "A question about speaking up should be added to every exit",
         "reply_contains": "has been added to the exit questionnaire from 1 May 2026", "verdict": "agrees"},
        {"number": 4, "starts_with": "Speak up training for line managers should be made mandatory",
         "reply_contains": "will be mandatory for all line managers from June 2026", "verdict": "agrees"},
        {"number": 5, "starts_with": "The Trust should pay bank and agency workers to attend",
         "reply_contains": "will not make an exception here", "verdict": "disagrees"},
        {"number": 6, "starts_with": "The Chief Executive should hold an open listening event on each",
         "reply_contains": "will consider the format of listening events", "verdict": "noted"},
        {"number": 7, "starts_with": "The Board should receive a Freedom to Speak Up report at",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Divisional speak up data will be added to the monthly",
                 "Progress on the actions in Table 1 will be reported"]
    notes = ("Advice: an English NHS foundation trust's FREEDOM TO SPEAK UP GUARDIAN annual report to the Board. "
             "Recommendations: UNNUMBERED paragraphs opening with a bold 'Recommendation:' label (starts_with leaves "
             "the label out), one at the end of section 3 and two each in sections 4, 5 and 6, each after a finding "
             "paragraph. Traps: a cover table ('For approval of the recommendations'); the NHS Standard Contract and "
             "the Public Interest Disclosure Act 1998 paraphrased ('must not be subjected'); a table of concerns by "
             "quarter; five themes numbered 1.-5. (findings); last year's recommendation quoted ('the Trust should "
             "recruit speak up champions', done); workers' own asks ('Several asked that someone outside ...'); "
             "closing 'approve the recommendations in sections 3 to 6'. Response: a board paper with an introduction "
             "(figures) and a ruled TABLE 'No. | Guardian's recommendation | Executive response | Lead | Target date' "
             "numbering the recommendations 1-6 in the report's order: 1 'Accepted in part', two and a half days not "
             "three (partly); 2 'Accepted', pool of reviewers by September 2026 (agrees); 3 'Accepted', question "
             "added from 1 May 2026 (agrees); 4 'Accepted', mandatory from June 2026, 90 per cent by March 2027 "
             "(agrees); 5 'Not accepted' (disagrees); 6 'Under consideration', will consider and return to the Board "
             "in October 2026 (noted); the seventh (six-monthly public Board reports) has NO row (unanswered); row "
             "'7' is the executive's own 'Additional action identified by the Executive Team' (divisional data in "
             "performance reviews) and answers nothing. Sections answering nothing: introduction, row 7, 'Next "
             "steps', 'Recommendation to the Board'.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
