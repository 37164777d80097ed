"""Round 51 (EN): a national clinical improvement programme's specialty 'deep dive' visit report to an NHS trust
(genre of GIRFT - Getting It Right First Time - trust visit reports), by the invented Clinical Pathways Improvement
Programme (CPIP) on trauma and orthopaedics at the invented Severnvale Hospitals NHS Trust: banner, a key metrics
table with trust / peer / national figures, the 2015 national report's recommendation quoted, 'Areas of notable
practice' bullets, discussion with 'should' findings, then a recommendations table with NUMBERED rows 1-8 and
columns Theme / Recommendation / Suggested actions / Timescale (the suggested actions are imperative too); answered
by a trust board paper in the NHS 'Chair's Assurance Report' ALERT / ADVISE / ASSURE format from the Quality and
Safety Committee (cover grid, the three sections in another order than the report, recommendation numbers in
brackets, one ADVISE paragraph answering 3 and 7 with different outcomes, recommendation 6 not answered, a
maternity item and the paper's own 'Recommendation' that the Board note the report answering nothing). Chromium
headless --print-to-pdf, A4, cleaned Liberation Sans via @font-face, ligatures off; running header and page numbers
stamped with PyMuPDF. All content (programme, trust, hospitals, people, figures) is invented.

Run:  /tmp/blind51en/bin/python tests/docs/src/blind51/gen_en_girft_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b51en as H

NAME = "blind51_en_girft"
TMP = "/tmp/b51en/girft"

RECS = [
    ("Elective capacity",
     "Protect 24 elective orthopaedic beds at Kingsmere Hospital all year round, including during the winter months.",
     "Agree an escalation protocol with the site team; report bed losses weekly to the divisional board.", "3 months"),
    ("Day surgery",
     "Increase the proportion of primary knee arthroscopies and hand procedures performed as day cases to at least "
     "85 per cent.", "Use the BADS directory to set targets by procedure; move lists to the day surgery unit.",
     "6 months"),
    ("Hip fracture",
     "Provide a dedicated trauma list every day for hip fracture patients so that 90 per cent have surgery within "
     "36 hours of admission.", "Review theatre job plans; protect the first slot on the morning trauma list.",
     "6 months"),
    ("Patient preparation",
     "Introduce a joint school for all patients listed for primary hip or knee replacement.",
     "Involve physiotherapy and occupational therapy; offer a virtual option.", "6 months"),
    ("Procurement",
     "Reduce the number of cemented primary knee prostheses in use from six brands to no more than two.",
     "Work with the regional procurement hub and the Medical Devices Group.", "12 months"),
    ("Data quality",
     "Ensure that at least 95 per cent of hip and knee replacements are submitted to the National Joint Registry "
     "within 30 days.", "Assign an NJR data clerk; reconcile with theatre records monthly.", "3 months"),
    ("Hip fracture",
     "Appoint a second consultant orthogeriatrician so that every hip fracture patient is reviewed within 72 hours.",
     "Prepare a business case with the Division of Medicine.", "12 months"),
    ("Waiting list",
     "Validate the orthopaedic admitted waiting list and contact every patient waiting more than 52 weeks.",
     "Use the national validation toolkit; record clinical priority codes P1-P4.", "3 months"),
]


def fonts():
    css = ""
    for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                     ("BoldItalic", "bold", "italic")):
        css += "@font-face {font-family: LS; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSans-%s.ttf" % st), w, s)
    return css


CSS = """
@page {size: A4; margin: 20mm 18mm 18mm 18mm;}
html {font-family: LS; font-size: 9.8pt; line-height: 1.38; font-variant-ligatures: none; color: #1b1b1b;}
h1 {font-size: 12.5pt; color: #005eb8; margin: 11pt 0 5pt 0;}
h2 {font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 5.5pt 0;}
table {border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 4pt 0 7pt 0;}
th, td {border: 1px solid #a9b8c9; padding: 3pt 4pt; text-align: left; vertical-align: top;}
th {background: #005eb8; color: white;}
.banner {background: #003087; color: white; padding: 10pt 12pt; margin-bottom: 10pt;}
.banner .big {font-size: 17pt; font-weight: bold;}
.small {font-size: 8.2pt; color: #444;}
.aaa {border-left: 6px solid #999; padding: 4pt 8pt; margin: 6pt 0;}
.alert {border-color: #c8102e;} .advise {border-color: #ed8b00;} .assure {border-color: #009639;}
.cover td:first-child {background: #e8edee; font-weight: bold; width: 34%;}
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>"
            + body + "</body></html>")


def advice():
    b = ["<div class='banner'><div class='small' style='color: #cfd8e6'>CLINICAL PATHWAYS IMPROVEMENT PROGRAMME</div>"
         "<div class='big'>Trauma and Orthopaedics</div><div>Trust deep dive visit report: Severnvale Hospitals NHS "
         "Trust</div></div>"]
    b.append("<table class='cover'><tr><td>Date of visit</td><td>14 January 2026 (Severnvale Royal Infirmary and "
             "Kingsmere Hospital)</td></tr><tr><td>CPIP clinical lead</td><td>Mr Gareth Penrose-Adeyemi, National "
             "Clinical Lead for Orthopaedics</td></tr><tr><td>Trust attendees</td><td>Clinical Director for T&amp;O, "
             "Divisional Director of Operations (Surgery), Theatres Manager, Hip Fracture Lead, NJR Lead "
             "Clinician</td></tr><tr><td>Report status</td><td>Final, issued 6 February 2026</td></tr></table>")
    b.append("<h1>1. Introduction</h1>")
    b.append("<p>The Clinical Pathways Improvement Programme (CPIP) is a national programme designed to improve the "
             "treatment and care of patients through in-depth review of services, benchmarking, and a data-driven "
             "evidence base. This report summarises the discussion at the deep dive visit and sets out the "
             "recommendations agreed with the trust's clinical and operational teams.</p>")
    b.append("<p>The programme's first national orthopaedic report (2015) recommended that <i>'trusts should "
             "separate elective and emergency orthopaedic activity wherever possible'</i>. The trust has since "
             "established Kingsmere Hospital as its elective hub, and this is reflected in its improved "
             "length of stay.</p>")
    b.append("<h1>2. Key metrics</h1>")
    b.append("<table><tr><th>Metric (12 months to September 2025)</th><th>Trust</th><th>Peer median</th>"
             "<th>National</th></tr>"
             "<tr><td>Primary hip replacement, mean length of stay (days)</td><td>3.1</td><td>3.0</td><td>3.3</td></tr>"
             "<tr><td>Knee arthroscopy performed as day case (%)</td><td>71</td><td>86</td><td>84</td></tr>"
             "<tr><td>Hip fracture: surgery within 36 hours (%)</td><td>58</td><td>69</td><td>66</td></tr>"
             "<tr><td>Elective operations cancelled for lack of a bed (n)</td><td>312</td><td>140</td><td>-</td></tr>"
             "<tr><td>NJR submissions within 30 days (%)</td><td>78</td><td>93</td><td>91</td></tr>"
             "<tr><td>Patients waiting over 52 weeks (n)</td><td>1,046</td><td>-</td><td>-</td></tr></table>")
    b.append("<p class='small'>Sources: Hospital Episode Statistics; National Hip Fracture Database; National Joint "
             "Registry; trust waiting list data. Peer group: eight trusts of similar size and case mix.</p>")
    b.append("<h1>3. Areas of notable practice</h1>")
    b.append("<ul><li>Length of stay after hip and knee replacement is better than the national figure.</li>"
             "<li>The enhanced recovery nurse team telephones every arthroplasty patient on the day after "
             "discharge.</li><li>Revision rates at five years are within the expected range for all surgeons.</li>"
             "</ul>")
    b.append("<h1>4. Discussion</h1>")
    b.append("<h2>4.1 Elective capacity</h2>")
    b.append("<p>Kingsmere Hospital lost its elective beds to medical outliers for 11 weeks in the winter of "
             "2024/25, causing 312 cancellations. Elective beds should only be used for other patients as a last "
             "resort, and the decision should be taken at executive level.</p>")
    b.append("<h2>4.2 Hip fracture</h2>")
    b.append("<p>Patients with hip fracture often wait for a slot on a shared trauma list. One consultant "
             "orthogeriatrician covers both sites; on weekdays 64 per cent of patients are reviewed within 72 "
             "hours, at weekends far fewer.</p>")
    b.append("<h2>4.3 Procurement and data</h2>")
    b.append("<p>Six brands of cemented knee prosthesis are in use, for no clinical reason the team could identify. "
             "Submission to the National Joint Registry depends on one part-time administrator.</p>")
    b.append("<h1 style='break-before: page'>5. Recommendations</h1>")
    b.append("<p>The recommendations below were discussed with the trust at the visit. CPIP will revisit progress "
             "in twelve months. Timescales run from the date of this report.</p>")
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, t, r, a, ts)
                   for i, (t, r, a, ts) in enumerate(RECS))
    b.append("<table><tr><th style='width: 4%'>No.</th><th style='width: 14%'>Theme</th><th style='width: 40%'>"
             "Recommendation</th><th>Suggested actions</th><th style='width: 10%'>Timescale</th></tr>" + rows +
             "</table>")
    b.append("<h1>6. Next steps</h1>")
    b.append("<p>The trust is asked to develop an action plan in response to this report and share it with the "
             "regional CPIP team. Implementation support is available from the regional clinical lead, "
             "Ms Anwen Tallis-Brook.</p>")
    return page("".join(b))


def response():
    b = ["<p style='text-align: right; font-weight: bold; color: #005eb8; font-size: 12pt'>Severnvale Hospitals "
         "<span style='background: #005eb8; color: white; padding: 1pt 4pt'>NHS</span><br><span style='font-size: "
         "9pt; color: #333'>NHS Trust</span></p>"]
    b.append("<table class='cover'><tr><td>Meeting</td><td>Trust Board (Public)</td></tr><tr><td>Date</td>"
             "<td>5 March 2026</td></tr><tr><td>Agenda item</td><td>9.2</td></tr><tr><td>Report title</td>"
             "<td>Chair's Assurance Report: Quality and Safety Committee, 19 February 2026</td></tr>"
             "<tr><td>Presented by</td><td>Dr Moira Castellane, Non-Executive Director and Committee Chair</td>"
             "</tr><tr><td>Purpose</td><td>Approval [ ]  Discussion [ ]  Assurance [X]  Information [ ]</td></tr>"
             "</table>")
    b.append("<h1>Chair's Assurance Report</h1>")
    b.append("<p>The Committee received the Division of Surgery's response to the CPIP trauma and orthopaedics deep "
             "dive report of 6 February 2026, presented by the Clinical Director for T&amp;O. Recommendation numbers "
             "refer to that report.</p>")
    b.append("<div class='aaa alert'><h2>ALERT</h2>"
             "<p>The Committee alerts the Board that the division can protect the Kingsmere elective beds for most "
             "of the year but cannot guarantee this when the trust is at OPEL 4; in those periods up to eight beds "
             "may still be used for medical patients, with the decision taken by the on-call executive (CPIP 1). "
             "The Committee asked for cancellations to be reported to it monthly.</p></div>")
    b.append("<div class='aaa assure'><h2>ASSURE</h2>"
             "<p>The day-case rate for knee arthroscopy reached 87 per cent in Q3 and hand surgery has moved to the "
             "day surgery unit; the target in CPIP 2 is already being met.</p>"
             "<p>A joint school for hip and knee replacement patients was launched at Kingsmere in November 2025, "
             "with a virtual session each month, and all listed patients are now invited (CPIP 4).</p></div>")
    b.append("<div class='aaa advise'><h2>ADVISE</h2>"
             "<p>Hip fracture (CPIP 3 and 7): from 1 April 2026 the first session of every morning trauma list will "
             "be reserved for hip fracture patients, seven days a week. The division does not intend to pursue a "
             "second orthogeriatrician post, which is not funded in the 2026/27 plan; weekend reviews will instead be "
             "covered by the acute medicine rota.</p>"
             "<p>Implant rationalisation (CPIP 5) has been referred to the Medical Devices Group, which will consider "
             "it alongside the regional procurement hub's framework due in the autumn.</p>"
             "<p>Waiting list validation (CPIP 8) is under way using the national toolkit and will be completed by "
             "31 May 2026, with every patient waiting over 52 weeks contacted by letter or telephone.</p>"
             "<p>Maternity: the Committee received the quarterly Maternity Incentive Scheme update and was advised "
             "that the trust expects to declare compliance with all ten safety actions in year 8.</p></div>")
    b.append("<h2>Recommendation</h2>")
    b.append("<p>The Board is asked to NOTE this report and the assurance it provides on the matters considered by "
             "the Quality and Safety Committee.</p>")
    return page("".join(b))


NOTES = ("Specialty deep dive visit report (genre of GIRFT trust visit reports) by the invented Clinical Pathways "
         "Improvement Programme on trauma and orthopaedics at the invented Severnvale Hospitals NHS Trust, answered "
         "by a Trust Board paper: the Quality and Safety Committee's Chair's Assurance Report in ALERT / ADVISE / "
         "ASSURE format. Traps: banner and visit grid, the 2015 national report's recommendation quoted ('trusts "
         "should separate elective and emergency'), the key metrics table, 'Areas of notable practice' bullets, "
         "'should' findings in 4.1, 'Suggested actions' column with imperatives beside each recommendation, 'Next "
         "steps' asking for an action plan. Recommendations: the eight numbered rows 1-8 of the table in section "
         "5 (Recommendation column). Response order: ALERT 1; ASSURE 2, 4; ADVISE 3+7, 5, 8; references as '(CPIP "
         "N)'. Key: 1 beds protected except at OPEL 4 (partly); 2 'already being met' (agrees); 4 joint school "
         "launched (agrees); one ADVISE paragraph answers 3 daily reserved hip fracture session from April "
         "(agrees) and 7 'does not intend to pursue a second orthogeriatrician post' (disagrees); 5 referred to the "
         "Medical Devices Group to consider (noted); 8 validation under way, completed by 31 May (agrees); 6 NJR "
         "submissions unanswered. Unmatched: the maternity incentive scheme item; the paper's own 'Recommendation' "
         "that the Board NOTE the report.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="CPIP Trauma and Orthopaedics - Severnvale Hospitals NHS Trust - "
            "deep dive visit report", footer="Clinical Pathways Improvement Programme   |   Page {n} of {N}",
            skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Trust Board (Public) 5 March 2026 - Item 9.2",
            footer="Page {n} of {N}")
    sw = lambda i: " ".join(RECS[i][1].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "cannot guarantee this when the trust is at OPEL 4", "verdict": "partly"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "the target in CPIP 2 is already being met", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "will be reserved for hip fracture patients, seven days a week", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "was launched at Kingsmere in November 2025", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "has been referred to the Medical Devices Group", "verdict": "noted"},
        {"number": "6", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "does not intend to pursue a second orthogeriatrician post", "verdict": "disagrees"},
        {"number": "8", "starts_with": sw(7),
         "reply_contains": "will be completed by 31 May 2026", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["received the quarterly Maternity Incentive Scheme update",
                                  "The Board is asked to NOTE this report"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b51en.py"), NAME)) and 1)
