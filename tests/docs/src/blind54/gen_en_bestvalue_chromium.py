"""Round 54 (EN): an English local-government intervention pair. Advice: the invented 'Best Value Inspection of
Harnford Borough Council', a report by an inspector appointed under section 10 of the Local Government Act 1999 to
the (invented) Secretary of State for Local Government and Communities (genre of best value inspection reports:
chapters with numbered paragraphs, conclusions, then recommendations as numbered paragraphs 'I recommend that ...'
in chapter 6). Response: the Minister's WRITTEN MINISTERIAL STATEMENT (Hansard written statement HCWS, 'minded to'
intervention package, with a part about another council). Recommendations are labelled by their paragraph numbers
6.4-6.10. Traps: paragraphs 6.1-6.3 and 6.11 (conclusions, 'I have concluded that the Council is failing'), the
external auditor's statutory recommendation under Schedule 7 of the Local Audit and Accountability Act 2014 quoted,
a section 114 notice, 'the Council should have', the table of reserves and borrowing. Chromium headless, A4, cleaned
Liberation fonts via @font-face; running header and page numbers stamped with PyMuPDF. All content is invented.

Run:  /tmp/blind54en/bin/python tests/docs/src/blind54/gen_en_bestvalue_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b54en as H

NAME = "blind54_en_bestvalue"
TMP = "/tmp/blind54en_chrome"

R = [
    ("6.4", "I recommend that the Secretary of State appoint commissioners to exercise the Council's functions "
            "relating to finance, governance and the appointment of statutory officers for a period of three years."),
    ("6.5", "I recommend that the commissioners' powers also extend to the Council's housing and regeneration "
            "functions, including its role in the Harnford Regeneration Partnership."),
    ("6.6", "I recommend that the Council be required to prepare an Improvement and Recovery Plan within six "
            "months, to the satisfaction of the commissioners, and to report on its delivery every six months."),
    ("6.7", "I recommend that the Council be directed to commission an independent review of its commercial "
            "property portfolio and to dispose of assets so as to reduce its borrowing by at least 150 million "
            "pounds by March 2030."),
    ("6.8", "I recommend that any exceptional financial support for the Council be made conditional on the "
            "delivery of the Improvement and Recovery Plan."),
    ("6.9", "I recommend that the Council move from election by thirds to whole-council elections every four years "
            "from May 2028."),
    ("6.10", "I recommend that the Council appoint an independent person with financial expertise to chair its "
             "Audit and Governance Committee."),
]


def fonts():
    css = ""
    for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                     ("BoldItalic", "bold", "italic")):
        css += "@font-face {font-family: LS; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSans-%s.ttf" % st), w, s)
    return css


CSS = """
@page {size: A4; margin: 24mm 22mm 20mm 22mm;}
html {font-family: LS; font-size: 10.3pt; line-height: 1.42; font-variant-ligatures: none; color: #0b0c0c;}
h1 {font-size: 20pt; margin: 0 0 6pt 0; line-height: 1.15;}
h2 {font-size: 13pt; margin: 14pt 0 5pt 0;}
p {margin: 0 0 7pt 0;}
p.n {padding-left: 11mm; text-indent: -11mm;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt 0;}
th, td {padding: 3pt 5pt; text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6;}
th {border-bottom: 2px solid #0b0c0c;}
td.r, th.r {text-align: right;}
.cover {border-left: 8px solid #1d70b8; padding: 4pt 0 4pt 12pt; margin-bottom: 16pt;}
.small {font-size: 8.6pt; color: #505a5f;}
.hans {font-size: 9pt; color: #505a5f; border-bottom: 1px solid #b1b4b6; padding-bottom: 4pt; margin-bottom: 10pt;}
.meta td {border: none; padding: 1pt 6pt 1pt 0; font-size: 9.4pt;}
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>" +
            body + "</body></html>")


def para(num, txt):
    return "<p class='n'><span style='display:inline-block;width:11mm;text-indent:0'>%s</span>%s</p>" % (num, txt)


def advice():
    b = ("<div class='cover'><p class='small'>Department for Local Government and Communities</p>"
         "<h1>Best Value Inspection of Harnford Borough Council</h1>"
         "<p>Report to the Secretary of State for Local Government and Communities under section 13 of the Local "
         "Government Act 1999</p><p class='small'>Lead inspector: Margaret Oduya-Hale CBE &nbsp; | &nbsp; "
         "Assistant inspectors: Owen Penhallow, Dr Sunita Raikar &nbsp; | &nbsp; 30 September 2026</p></div>")
    b += "<h2>1. Introduction and scope</h2>"
    b += para("1.1", "On 3 March 2026 the Secretary of State appointed me under section 10 of the Local "
              "Government Act 1999 to inspect Harnford Borough Council's compliance with the best value duty in "
              "Part 1 of that Act, with particular reference to its finances, governance, culture and commercial "
              "activities.")
    b += para("1.2", "The inspection team held 96 interviews with members, officers and partners, observed 14 "
              "meetings and reviewed some 2,300 documents. I am grateful to the Council for its cooperation.")
    b += "<h2>2. Background</h2>"
    b += para("2.1", "Between 2017 and 2022 the Council borrowed 612 million pounds from the Public Works Loan "
              "Board to acquire commercial property, mostly outside the borough. On 11 February 2026 the Section "
              "151 Officer issued a report under section 114 of the Local Government Finance Act 1988, stating that "
              "the Council could not set a balanced budget for 2026/27.")
    b += ("<table><tr><th>Year (31 March)</th><th class='r'>General Fund reserves (m)</th>"
          "<th class='r'>External borrowing (m)</th><th class='r'>Net commercial income (m)</th></tr>"
          "<tr><td>2022</td><td class='r'>24.6</td><td class='r'>701.3</td><td class='r'>9.8</td></tr>"
          "<tr><td>2024</td><td class='r'>11.2</td><td class='r'>694.0</td><td class='r'>2.1</td></tr>"
          "<tr><td>2026</td><td class='r'>1.9</td><td class='r'>688.7</td><td class='r'>-6.4</td></tr></table>"
          "<p class='small'>Table 1: Reserves, borrowing and net commercial income, 2022-2026 (source: Statement "
          "of Accounts)</p>")
    b += "<h2>3. Financial management</h2>"
    b += para("3.1", "The Council's investment strategy did not adequately assess the risks of its acquisitions, "
              "and members were not given the information needed to challenge them. The Council should have "
              "recognised, no later than 2023, that rental income would not cover its financing costs.")
    b += para("3.2", "In September 2025 the external auditor, Carrow Pell LLP, made a statutory recommendation "
              "under Schedule 7 of the Local Audit and Accountability Act 2014 that 'the Council should prepare "
              "a credible medium-term financial plan that does not rely on the use of reserves'. The Council "
              "accepted that recommendation, but its 2026/27 budget again relied on one-off measures.")
    b += "<h2>4. Governance and culture</h2>"
    b += para("4.1", "The Audit and Governance Committee is chaired by a member of the administration and rarely "
              "challenges officers. Three Monitoring Officers have left in four years. Members described a culture "
              "in which bad news was not welcome.")
    b += para("4.2", "The Council elects by thirds. Several witnesses said that the annual electoral cycle "
              "encouraged short-term decision-making, though others valued the regular accountability it gives.")
    b += "<h2>5. Housing and regeneration</h2>"
    b += para("5.1", "The Harnford Regeneration Partnership, a joint venture with a private developer, has "
              "delivered 410 of the 1,200 homes promised for 2026. Its governance is weak, but the housing "
              "service itself was found to be adequately managed, with improving performance on repairs.")
    b += "<h2>6. Conclusions and recommendations</h2>"
    b += para("6.1", "I have concluded that Harnford Borough Council is failing to comply with its best value "
              "duty in respect of its finances, governance and commercial activities.")
    b += para("6.2", "I have not found that the Council is failing in respect of its delivery of front-line "
              "services, which residents generally rate well.")
    b += para("6.3", "The Council does not have the capacity to secure the necessary improvements on its own. "
              "I therefore make the following recommendations to the Secretary of State.")
    for num, t in R:
        b += para(num, t)
    b += para("6.11", "Should the Secretary of State decide to intervene, the intervention should be reviewed "
              "after two years. I would be pleased to discuss this report with officials.")
    return page(b)


def response():
    b = ("<p class='hans'>UK Parliament &nbsp;|&nbsp; Written questions, answers and statements</p>"
         "<table class='meta'><tr><td>Statement UIN</td><td>HCWS417</td></tr>"
         "<tr><td>Statement made</td><td>12 November 2026</td></tr>"
         "<tr><td>Made by</td><td>Minister of State (Local Government and English Devolution), Department for "
         "Local Government and Communities</td></tr><tr><td>Tabled in</td><td>House of Commons</td></tr></table>"
         "<h1>Local Government Update</h1>")
    b += "<h2>Harnford Borough Council</h2>"
    b += ("<p>Today I am publishing the report of the Best Value Inspection of Harnford Borough Council, led by "
          "Margaret Oduya-Hale CBE. I am grateful to the inspection team for their thorough work. The report makes "
          "for sobering reading: the inspector concludes that the Council is failing to comply with its best "
          "value duty in respect of its finances, governance and commercial activities.</p>")
    b += ("<p>I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to "
          "implement an intervention package. I propose to appoint a Lead Commissioner and two further "
          "Commissioners for three years, with powers over the Council's finance and governance functions and the "
          "appointment and dismissal of its statutory officers. Having considered the evidence on the housing "
          "service, I am not persuaded that Commissioners should take over housing and regeneration functions; "
          "these will remain with the Council, although the Commissioners will oversee the governance of the "
          "Harnford Regeneration Partnership.</p>")
    b += ("<p>The proposed Directions would also require the Council to:</p><ul>"
          "<li>appoint an independent person with relevant financial expertise as chair of its audit committee "
          "within three months;</li>"
          "<li>commission an independent review of its commercial property portfolio and, on the basis of that "
          "review, agree an asset disposal programme with the Commissioners. I do not propose to set a fixed "
          "target for debt reduction in the Directions, as disposals must achieve value for money in the market "
          "conditions at the time;</li>"
          "<li>prepare, within six months, an Improvement and Recovery Plan to the satisfaction of the "
          "Commissioners, and report on progress to the Commissioners every six months.</li></ul>")
    b += ("<p>The Council has applied for exceptional financial support for 2026/27. That application is being "
          "considered separately through the established process with HM Treasury, and I will inform the House of "
          "the outcome in due course.</p>")
    b += ("<p>I have written to the Council inviting representations on the proposed intervention by 10 December "
          "2026. Copies of the report, my letter to the Council and the draft Directions will be placed in the "
          "Library of the House.</p>")
    b += "<h2>Bexwell City Council</h2>"
    b += ("<p>I can also update the House on Bexwell City Council, where Commissioners were appointed in 2023. "
          "Having received the Commissioners' final report, I have decided to end the intervention and return all "
          "functions to the Council on 1 January 2027.</p>")
    return page(b)


NOTES = ("Best Value Inspection report (section 10/13 of the Local Government Act 1999) on the invented Harnford Borough "
         "Council to the invented Secretary of State for Local Government and Communities, answered by a Written "
         "Ministerial Statement HCWS417 'Local Government Update'. Recommendations: seven paragraphs 6.4-6.10 in "
         "chapter 6, each 'I recommend that ...', labelled by paragraph number. Traps: numbered paragraphs 1.1-6.11 "
         "throughout, the conclusions 6.1-6.3 and 6.11 ('I have concluded that ... is failing', 'the intervention "
         "should be reviewed'), the auditor's Schedule 7 statutory recommendation quoted (3.2), 'The Council should "
         "have recognised' (3.1), the section 114 notice, Table 1 of reserves and borrowing. Statement order: "
         "6.4+6.5 in one paragraph, 6.10, 6.7, 6.6 (bullets), 6.8. Key: 6.4 commissioners for three years over "
         "finance, governance and statutory officers (agrees); 6.5 'not persuaded that Commissioners should take "
         "over housing', only oversight of the partnership (disagrees, also partly); 6.10 independent chair of the "
         "audit committee (agrees); 6.7 review and disposal programme but no fixed debt-reduction target "
         "(partly); 6.6 plan within six months, six-monthly reports (agrees); 6.8 exceptional financial support "
         "considered separately with HM Treasury (noted); 6.9 whole-council elections unanswered. Unmatched: "
         "representations by 10 December / Library, and the 'Bexwell City Council' section.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h.replace("&nbsp;", " "))
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Best Value Inspection of Harnford Borough Council",
            footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Written statement HCWS417 - Local Government Update",
            footer="Page {n} of {N}")
    sw = lambda i: " ".join(R[i][1].split()[:11])
    recs = [
        {"number": "6.4", "starts_with": sw(0),
         "reply_contains": "appoint a Lead Commissioner and two further Commissioners for three years",
         "verdict": "agrees"},
        {"number": "6.5", "starts_with": sw(1),
         "reply_contains": "I am not persuaded that Commissioners should take over housing", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "6.6", "starts_with": sw(2),
         "reply_contains": "report on progress to the Commissioners every six months", "verdict": "agrees"},
        {"number": "6.7", "starts_with": sw(3),
         "reply_contains": "I do not propose to set a fixed target for debt reduction", "verdict": "partly"},
        {"number": "6.8", "starts_with": sw(4),
         "reply_contains": "considered separately through the established process with HM Treasury",
         "verdict": "noted"},
        {"number": "6.9", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6.10", "starts_with": sw(6),
         "reply_contains": "as chair of its audit committee within three months", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["inviting representations on the proposed intervention by 10 December",
                                  "I have decided to end the intervention and return all functions"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b54en.py"), NAME)) and 1)
