"""Round 42 (EN): an English care-home inspection report by the (invented) Health and Care Quality Inspectorate on
Larkhill House (Brackenridge Care Homes Ltd), with a ratings table, key-question sections and UNNUMBERED bullets
under 'Action the provider MUST take' (with regulation tags) and 'Action the provider SHOULD take', answered by the
provider's post-inspection action plan, a landscape table with its own references AP1-AP6 and RAG status. Chromium
headless --print-to-pdf from HTML, A4, cleaned Liberation fonts, ligatures off; header and page numbers stamped with
PyMuPDF. All content (inspectorate, provider, home, people, figures) is invented; regulations 12, 17 and 18 of the
Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 are cited by number only.

Run:  /tmp/blind42en/bin/python tests/docs/src/blind42/gen_en_carehome_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b42en as H

NAME = "blind42_en_carehome"
TMP = "/tmp/b42en/carehome"


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;}
h1 {font-size: 21pt; color: #1d4f91; margin: 0 0 4pt 0;} h2 {font-size: 13.5pt; color: #1d4f91; margin: 12pt 0 4pt 0;
border-bottom: 2px solid #1d4f91;} h3 {font-size: 11pt; margin: 9pt 0 3pt 0;}
p {margin: 0 0 6pt 0;} ul {margin: 2pt 0 8pt 0; padding-left: 16pt;} li {margin-bottom: 4pt;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt 0;}
th {background: #1d4f91; color: white; text-align: left; padding: 4pt; vertical-align: top;}
td {border: 1px solid #9fb3cf; padding: 4pt; vertical-align: top;}
.rate td {font-size: 10pt;} .ri {background: #fde9c9;} .good {background: #d8eed8;}
.box {background: #eef3fa; border-left: 5px solid #1d4f91; padding: 6pt 10pt; margin: 6pt 0 10pt 0;}
.green {background: #cfe9cf;} .amber {background: #fbe2b0;} .red {background: #f5c6c6;}
"""

MUST = [("The provider must ensure that risks to people with swallowing difficulties are assessed and that modified "
         "diets are prepared and served as prescribed.", "Regulation 12 (Safe care and treatment)"),
        ("The provider must ensure that medicines administration records are accurate and that time-sensitive "
         "medicines are given at the prescribed times.", "Regulation 12 (Safe care and treatment)"),
        ("The provider must operate effective systems to assess, monitor and improve the quality of the service, "
         "including regular audits of care records.", "Regulation 17 (Good governance)")]
SHOULD = ["The provider should ensure that people living with dementia have access to meaningful activities every "
          "day, including at weekends.",
          "The provider should review how staff are deployed at night on the first floor, where most people need two "
          "staff to help them move.",
          "The provider should involve people and their relatives in reviews of their care plans and record their "
          "views in the plan.",
          "The provider should improve the signage and decoration of the dementia unit in line with recognised "
          "good practice guidance."]
RECS = [m for m, _ in MUST] + SHOULD


def html_doc(body, page="A4"):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: %s; margin: 20mm 18mm 20mm 18mm;}"
            % page + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def advice():
    b = ["<p style='color:#1d4f91;font-weight:bold;font-size:12pt'>Health and Care Quality Inspectorate</p>",
         "<h1>Larkhill House</h1>",
         "<p>Brackenridge Care Homes Ltd<br>14 Kiln Lane, Wolverstone, WV9 4QT<br>Tel: 01902 555 318</p>",
         "<p>Date of inspection visit: 7 and 8 October 2025<br>Date of publication: 19 December 2025<br>"
         "Location ID: 1-2284519306</p>",
         "<table class='rate'><tr><th colspan='2'>Ratings</th></tr>"
         "<tr><td>Overall rating for this service</td><td class='ri'>Requires improvement</td></tr>"
         "<tr><td>Is the service safe?</td><td class='ri'>Requires improvement</td></tr>"
         "<tr><td>Is the service effective?</td><td class='good'>Good</td></tr>"
         "<tr><td>Is the service caring?</td><td class='good'>Good</td></tr>"
         "<tr><td>Is the service responsive?</td><td class='ri'>Requires improvement</td></tr>"
         "<tr><td>Is the service well-led?</td><td class='ri'>Requires improvement</td></tr></table>",
         "<h2>Summary of findings</h2>",
         "<h3>About the service</h3>",
         "<p>Larkhill House is a care home providing personal and nursing care to up to 52 people, many of whom are "
         "living with dementia. At the time of our inspection 47 people were using the service. The home has three "
         "floors; the first floor is a dementia unit.</p>",
         "<h3>People's experience of using this service and what we found</h3>",
         "<p>People and relatives told us staff were kind and treated them with dignity. One relative said, "
         "\"The carers are lovely, but you can wait a long time at night.\" Staff should have had clearer guidance "
         "on modified diets: two people at risk of choking were served food of the wrong texture during our visit.</p>",
         "<p>Medicines were not always managed safely. Records for 6 of the 14 people we checked contained gaps, "
         "and a person with Parkinson's disease received their medicine up to 90 minutes late on three occasions.</p>",
         "<div class='box'><b>Rating at last inspection and update</b><br>The last rating for this service was "
         "Good (published 2 March 2022). At that inspection we recommended the provider should seek advice from a "
         "reputable source on the management of people's oral health. At this inspection we found improvements had "
         "been made.</div>",
         "<h2>Is the service safe?</h2>",
         "<p>Our findings: Requires improvement. Staffing levels were calculated with a dependency tool and met the "
         "provider's assessed numbers. However, at night two care staff and one nurse supported 18 people on the "
         "first floor, 11 of whom needed two staff to reposition them. Call bells were answered within five minutes "
         "in 71% of cases at night, compared with 93% during the day.</p>",
         "<table><tr><th>Call bell response (audit week)</th><th>Day</th><th>Night</th></tr>"
         "<tr><td>Answered within 5 minutes</td><td>93%</td><td>71%</td></tr>"
         "<tr><td>Answered after 10 minutes or more</td><td>2%</td><td>12%</td></tr></table>",
         "<h2>Is the service responsive?</h2>",
         "<p>Our findings: Requires improvement. An activity coordinator worked weekdays. There were no planned "
         "activities at weekends and people on the dementia unit spent long periods without stimulation. Care plans "
         "were reviewed monthly by nurses, but there was little evidence that people or their families had been "
         "involved.</p>",
         "<h2>Is the service well-led?</h2>",
         "<p>Our findings: Requires improvement. The registered manager had been in post for five months. Audits had "
         "not identified the problems we found with modified diets and medicines records. Relatives and staff spoke "
         "highly of the new manager, who had begun monthly residents' meetings.</p>",
         "<h2>Areas for improvement</h2>",
         "<h3>Action the provider MUST take to comply with the regulations</h3>",
         "<p>This section lists the legal requirements that were not being met. The provider must send us a report "
         "that says what action they are going to take. We did not take formal enforcement action at this stage.</p>",
         "<table><tr><th style='width:32%'>Regulated activity and regulation</th><th>Action required</th></tr>" +
         "".join("<tr><td>Accommodation for persons who require nursing or personal care<br><i>%s</i></td>"
                 "<td>%s</td></tr>" % (r, m) for m, r in MUST) + "</table>",
         "<h3>Action the provider SHOULD take to improve</h3>",
         "<ul>" + "".join("<li>%s</li>" % s for s in SHOULD) + "</ul>",
         "<h3>Follow up</h3>",
         "<p>We will request an action plan from the provider to understand what they will do to improve the "
         "standards of quality and safety. We will continue to monitor information we receive about the service, "
         "which will help inform when we next inspect.</p>"]
    return html_doc("".join(b))


def response():
    rows = [
        ("AP1", "Medicines", "All nurses completed refresher medicines training by 31 October. Electronic MAR "
         "charts went live on 17 November, with alerts for time-critical medicines such as Parkinson's "
         "medication. The clinical lead checks the charts weekly.", "Clinical Lead", "17/11/2025", "green",
         "Complete"),
        ("AP2", "Swallowing and modified diets", "This was put right during the inspection. SALT reviews were "
         "completed for all nine people on modified diets, and IDDSI texture cards are now displayed in the "
         "kitchen and on each tray.", "Registered Manager", "10/10/2025", "green", "Complete"),
        ("AP3", "Night staffing and weekend activities", "<b>Night deployment:</b> we have reviewed this with our "
         "dependency tool and remain of the view that numbers on the first floor are safe; we have not added a "
         "further night post, though the night nurse will now be based on that floor.<br><b>Activities:</b> a "
         "second activity coordinator has been recruited to work Saturdays. Sunday provision will depend on the "
         "volunteer scheme and is not yet in place.", "Registered Manager", "31/03/2026", "amber", "In progress"),
        ("AP4", "Governance and audit", "New monthly care record audit (10% sample) introduced, with results "
         "reviewed by the Regional Director at the quality meeting. An external mock inspection is booked for "
         "February.", "Regional Director", "28/02/2026", "amber", "In progress"),
        ("AP5", "Dementia unit environment", "Noted. Redecoration of the first floor will be considered for the "
         "group's 2027/28 capital programme; no date can be given at present.", "Estates Manager", "TBC", "red",
         "Not started"),
        ("AP6", "Nurse call system", "Replacement of the nurse call system with a wireless system, approved by the "
         "board in September before the inspection, will be installed in January.", "Estates Manager",
         "31/01/2026", "amber", "In progress"),
    ]
    b = ["<p style='font-size:15pt;font-weight:bold;color:#5a2d82;margin:0'>Brackenridge Care Homes Ltd</p>",
         "<p style='margin:0 0 8pt 0'>Registered office: Unit 3, Pelsall Court, Walsall WS3 5AB</p>",
         "<h2 style='color:#5a2d82;border-color:#5a2d82'>Post-inspection action plan - Larkhill House</h2>",
         "<p>Inspection: 7 and 8 October 2025 (report published 19 December 2025). Plan submitted to the Health and "
         "Care Quality Inspectorate on 9 January 2026 by Priya Nandakumar, Registered Manager. Version 1.2.</p>",
         "<p>RAG: green = complete; amber = in progress and on track; red = not started or off track.</p>",
         "<table><tr><th>Ref</th><th>Area</th><th style='width:48%'>Action taken / planned</th><th>Lead</th>"
         "<th>Target</th><th>Status</th></tr>" +
         "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class='%s'>%s</td></tr>" % r
                 for r in rows) + "</table>",
         "<p>Signed: Priya Nandakumar, Registered Manager. Reviewed by: Colin Mercer, Regional Director, on behalf "
         "of the nominated individual.</p>"]
    return html_doc("".join(b), "A4 landscape")


def build(html, pdf, head, foot):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(pdf) + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=head, footer=foot)


def expected():
    sw = lambda t, n=10: " ".join(t.split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(RECS[0]), "reply_contains": "SALT reviews were completed for all nine people",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(RECS[1]), "reply_contains": "Electronic MAR charts went live on 17 November",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(RECS[2]), "reply_contains": "New monthly care record audit (10% sample) introduced",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(RECS[3]), "reply_contains": "a second activity coordinator has been recruited",
         "verdict": "partly"},
        {"number": "5", "starts_with": sw(RECS[4]), "reply_contains": "we have not added a further night post",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(RECS[5]), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(RECS[6]), "reply_contains": "Redecoration of the first floor will be considered",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["Replacement of the nurse call system with a wireless system"],
                     "Care-home inspection report: no numbers; three 'must' actions in a table with regulation tags "
                     "and four unnumbered 'should' bullets (1-7 in document order); traps: ratings table, 'Staff "
                     "should have had clearer guidance', 2022 oral-health recommendation quoted in a box, call-bell "
                     "table, 'The provider must send us a report', follow-up paragraph. Provider's landscape action "
                     "plan AP1-AP6, order 2, 1, 5+4, 3, 7: medicines eMAR (2 agrees), modified diets put right during "
                     "the inspection (1 agrees), one row AP3: no extra night post (5 disagrees), Saturday coordinator "
                     "but Sundays not yet (4 partly); governance audit (3 agrees); dementia environment 'Noted', "
                     "maybe 2027/28 (7 noted); 6 (involving relatives in reviews) unanswered; AP6 nurse call system "
                     "answers nothing.")


if __name__ == "__main__":
    build(advice(), H.out(NAME + "_advice.pdf"), "Larkhill House  Inspection report  19 December 2025",
          "{n}  Larkhill House  Inspection report  19 December 2025")
    build(response(), H.out(NAME + "_response.pdf"), "Brackenridge Care Homes Ltd - Larkhill House action plan v1.2",
          "Page {n} of {N}")
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b42en.py"), NAME)) and 1)
