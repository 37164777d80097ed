"""Round 122 (EN): an Ontario township's ACTIVE TRANSPORTATION ADVISORY COMMITTEE report to Council, whose
recommendations are the seven UNNUMBERED clauses of a committee MOTION in a ruled box ('THAT Council ...;', 'AND THAT
Council ...;', 'AND FURTHER THAT Council ...'), with 'Moved by / Seconded by / Carried' lines. Traps: the Highway
Traffic Act paraphrased with 'must', 'What we heard' numbered 1-4 (findings), counter figures, the Committee's 2023
motion quoted ('THAT staff report back', done), a closing line naming 'clauses 1 and 2'. Answered by a STAFF REPORT
of the Director of Public Works (report PW-2026-031) whose Analysis has SUBJECT HEADINGS without numbers, in another
order, one heading ('Trails') answering two clauses, one clause never answered; the staff recommendation, Background,
Financial Impact and Consultation answer nothing.
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Sans (report) and DejaVu Sans (staff report) via
@font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and references invented; the Highway Traffic Act (Ontario) is named as context only (what is said
of it here is paraphrased and not to be relied on).
Run:  /tmp/blind122en/bin/python tests/docs/src/blind122/gen_en_active_transport_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b122en as H

NAME = "blind122_en_active_transport"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
@page { size: Letter; margin: 18mm 20mm 20mm 20mm; }
body { font-family: F; color: #1b1f24; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.4mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
body { font-size: 10pt; line-height: 1.42; }
.band { background: #2e6b3a; color: white; padding: 3.5mm 5mm; margin-bottom: 4mm; }
.band .o { font-size: 8.8pt; letter-spacing: 0.3mm; }
.band .t { font-size: 17pt; font-weight: bold; margin-top: 1mm; }
table.meta { border-collapse: collapse; font-size: 9pt; margin-bottom: 3mm; }
table.meta td { padding: 0.6mm 4mm 0.6mm 0; vertical-align: top; }
h2 { font-size: 12pt; color: #2e6b3a; margin: 4.5mm 0 1.8mm 0; border-bottom: 0.3mm solid #9cbfa3; }
ol { margin: 0 0 2.5mm 0; padding-left: 7mm; } li { margin-bottom: 0.8mm; }
.motion { border: 0.5mm solid #2e6b3a; padding: 3mm 5mm 1mm 5mm; margin: 2mm 0 3mm 0; break-inside: avoid; }
.motion .mv { font-size: 9pt; color: #444; }
.motion p.c { margin-left: 0; }
.quote { margin: 1mm 8mm 2.4mm 8mm; font-style: italic; }
"""
CSS_RSP = BASE + """
body { font-size: 9.7pt; line-height: 1.42; }
.hd { border-top: 1.2mm solid #1d4f7a; padding-top: 2mm; margin-bottom: 3mm; }
.hd .o { font-size: 9pt; font-weight: bold; color: #1d4f7a; letter-spacing: 0.3mm; }
.hd .t { font-size: 15pt; font-weight: bold; margin: 1mm 0; }
table.meta { border-collapse: collapse; font-size: 8.8pt; margin-bottom: 2mm; width: 100%; }
table.meta td { padding: 0.8mm 2mm; border-bottom: 0.2mm solid #c8d3dc; vertical-align: top; }
table.meta td.k { width: 28mm; font-weight: bold; color: #1d4f7a; }
h2 { font-size: 11pt; color: #1d4f7a; margin: 4mm 0 1.4mm 0; text-transform: uppercase; letter-spacing: 0.2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1mm 0; font-style: italic; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html lang='en-CA'><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}"
            f"{css}</style></head><body>{body}</body></html>")


def advice():
    b = ("<div class='band'><div class='o'>TOWNSHIP OF ELM HOLLOW &#183; ACTIVE TRANSPORTATION ADVISORY COMMITTEE</div>"
         "<div class='t'>Committee Report to Council: 2026 Priorities for Walking and Cycling</div></div>")
    b += ("<table class='meta'><tr><td>Report number:</td><td>ATAC-2026-02</td></tr>"
          "<tr><td>Council meeting:</td><td>April 14, 2026</td></tr>"
          "<tr><td>Submitted by:</td><td>Priya Venkataraman, Chair, on behalf of the Committee</td></tr></table>")
    b += "<h2>Purpose</h2>"
    b += ("<p>This report sets out the Committee's recommendations to Council for 2026, adopted at its meeting of "
          "March 5, 2026, after a year of public engagement on walking and cycling in the urban area of Elm Hollow "
          "and in the hamlets of Corbett's Mills and Sable Creek.</p>")
    b += "<h2>Background</h2>"
    b += ("<p>The Committee was established under By-law 2019-44 to advise Council on the Active Transportation Master "
          "Plan. Under the Highway Traffic Act, a cyclist on a roadway must ride as close as practicable to the "
          "right edge, and a driver passing a cyclist must leave a reasonable distance; the Act also allows a "
          "municipality to set a lower speed limit on its own roads by by-law.</p>")
    b += ("<p>In 2023 the Committee moved:</p><p class='quote'>THAT staff report back on the cost of a permanent bicycle "
          "counting program on the Riverside Trail and Mill Street.</p>"
          "<p>Staff reported in September 2023 and two permanent counters were installed in 2024. Their data are "
          "used below.</p>")
    b += "<h2>What we heard</h2><p>At two open houses and through an online survey (612 responses) residents told us:</p><ol>"
    for t in ("Mill Street is the route most people would like to cycle to the GO station, and the one they feel "
              "least safe on.",
              "Drivers on residential streets travel too fast, especially near the three elementary schools.",
              "The Riverside Trail is used all year, including by people walking to work in winter.",
              "There is nowhere safe to leave a bicycle at most apartment buildings."):
        b += f"<li>{t}</li>"
    b += "</ol>"
    b += ("<p>The counter on the Riverside Trail recorded 148,300 trips in 2025, 21 per cent of them between December "
          "and March. The counter on Mill Street recorded 39,600 cycling trips, a rise of 12 per cent on 2024.</p>")
    b += "<h2>Committee recommendation</h2>"
    b += "<div class='motion'><p class='mv'>Moved by: Dale Forsythe &#160;&#183;&#160; Seconded by: Ingrid Hovland</p>"
    b = b.replace("&#160;", " ")
    for c in (
            "THAT Council direct staff to build physically separated bike lanes on Mill Street between King Street "
            "and the Elm Hollow GO station by the end of 2027;",
            "AND THAT Council lower the speed limit to 40 km/h on all residential streets in the urban area, "
            "with 30 km/h school zones;",
            "AND THAT Council adopt a winter maintenance standard under which the Riverside Trail is cleared "
            "within 24 hours after a snowfall ends;",
            "AND THAT Council require secure bicycle parking in every new apartment building through the current "
            "review of the Zoning By-law;",
            "AND THAT Council ask the County of Dunmore to install a pedestrian crossover at Station Road and Queen "
            "Street;",
            "AND THAT Council permit e-scooters on municipal trails and multi-use paths under the provincial "
            "pilot program;",
            "AND FURTHER THAT Council publish an annual active transportation report card using data from the "
            "permanent counters."):
        b += f"<p class='c'>{c}</p>"
    b += "<p class='mv'>Carried unanimously.</p></div>"
    b += "<h2>Next steps</h2>"
    b += ("<p>The Committee asks that clauses 1 and 2 of its motion be considered with the 2027 budget. Members of the "
          "Committee would be glad to attend a meeting of Council to answer questions.</p>")
    return page(CSS_ADV, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"), b)


def response():
    b = ("<div class='hd'><div class='o'>TOWNSHIP OF ELM HOLLOW &#183; STAFF REPORT</div>"
         "<div class='t'>Response to the Active Transportation Advisory Committee's 2026 Priorities</div></div>")
    b += "<table class='meta'>"
    for k, v in (("Report No.", "PW-2026-031"), ("To", "Mayor and Members of Council"),
                 ("From", "Marc-Andr&#233; Thibodeau, Director of Public Works"), ("Meeting date", "May 12, 2026")):
        b += f"<tr><td class='k'>{k}</td><td>{v}</td></tr>"
    b += "</table>"
    b += "<h2>Recommendation</h2>"
    b += ("<p>THAT Report PW-2026-031 be received; AND THAT Council endorse the staff responses set out in the "
          "Analysis section of this report.</p>")
    b += "<h2>Background</h2>"
    b += ("<p>On April 14, 2026 Council received Committee Report ATAC-2026-02 and referred it to staff for a response. "
          "Public Works consulted Planning, Parks and Facilities, By-law Enforcement and Finance.</p>")
    b += "<h2>Analysis</h2>"
    b += "<h3>Speed limits on residential streets</h3>"
    b += ("<p>Staff support the Committee's proposal. A by-law setting a 40 km/h limit on residential streets in the "
          "urban area, with 30 km/h school zones, will be brought to Council on June 9, 2026, and new signs will "
          "be installed by the end of September.</p>")
    b += "<h3>Mill Street</h3>"
    b += ("<p>Mill Street is due for full reconstruction in 2029, and building separated lanes before then would mean "
          "rebuilding the curbs twice. Staff recommend painted buffered bike lanes in 2026, from existing budgets, "
          "with the separated lanes designed into the 2029 reconstruction. The Committee's deadline of the end of "
          "2027 would therefore not be met.</p>")
    b += "<h3>Trails</h3>"
    b += ("<p>The Riverside Trail is a stone-dust surface that cannot be ploughed without damage, and clearing it "
          "within 24 hours would require a second sidewalk machine and an operator on call. Staff do not "
          "recommend a winter maintenance standard for the trail, which will continue to be signed as not "
          "maintained in winter.</p>")
    b += ("<p>On e-scooters, By-law Enforcement has advised that the Township has no means of enforcing speed limits on "
          "its trails, and two of the four municipalities in the County that joined the pilot have since left it. "
          "The Township will not opt in to the provincial e-scooter pilot, and e-scooters will remain prohibited "
          "on municipal trails and paths.</p>")
    b += "<h3>Bicycle parking in new buildings</h3>"
    b += ("<p>Planning agrees. The draft Zoning By-law, to be presented at a statutory public meeting in October 2026, "
          "will require one secure, covered bicycle space per apartment unit in new buildings of five units or "
          "more.</p>")
    b += "<h3>Station Road and Queen Street</h3>"
    b += ("<p>Station Road is a County road, and a crossover there is for the County of Dunmore to decide. Staff have "
          "sent the Committee's request to the County's Transportation Services, which has said it will include the "
          "location in its 2027 review of pedestrian crossings.</p>")
    b += "<h2>Financial Impact</h2>"
    b += ("<p>The speed limit signs are estimated at $46,000 and the buffered bike lanes on Mill Street at $85,000, both "
          "within the 2026 capital budget for roads. No other item in this report has a cost in 2026.</p>")
    b += "<h2>Consultation</h2>"
    b += ("<p>The Elm Hollow Fire Department and the Dunmore Student Transportation Consortium were asked for comments "
          "on the speed limits and raised no objection.</p>")
    b += "<h2>Conclusion</h2>"
    b += ("<p>Staff thank the Committee for a clear and well-evidenced report and will continue to work with it on the "
          "2027 update of the Active Transportation Master Plan.</p>")
    b += ("<p>Prepared by: Lauren Whitcombe, Transportation Coordinator<br>Approved by: Marc-Andr&#233; Thibodeau, "
          "Director of Public Works</p>")
    return page(CSS_RSP, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"), b)


def main():
    tmp = tempfile.mkdtemp(prefix="blind122en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Township of Elm Hollow - ATAC-2026-02", footer="Page {n} of {N}",
            skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Staff Report PW-2026-031", footer="Page {n} of {N}",
            skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "Council direct staff to build physically separated bike lanes on Mill Street",
         "reply_contains": "Staff recommend painted buffered bike lanes in 2026", "verdict": "partly"},
        {"number": 2, "starts_with": "Council lower the speed limit to 40 km/h on all residential",
         "reply_contains": "will be brought to Council on June 9, 2026", "verdict": "agrees"},
        {"number": 3, "starts_with": "Council adopt a winter maintenance standard under which the Riverside Trail",
         "reply_contains": "Staff do not recommend a winter maintenance standard", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Council require secure bicycle parking in every new apartment building",
         "reply_contains": "will require one secure, covered bicycle space per apartment unit",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Council ask the County of Dunmore to install a pedestrian crossover",
         "reply_contains": "will include the location in its 2027 review", "verdict": "noted"},
        {"number": 6, "starts_with": "Council permit e-scooters on municipal trails and multi-use paths under",
         "reply_contains": "will not opt in to the provincial e-scooter pilot", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Council publish an annual active transportation report card using data",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The speed limit signs are estimated at $46,000",
                 "Student Transportation Consortium were asked for comments"]
    notes = ("Advice: an Ontario township's ACTIVE TRANSPORTATION ADVISORY COMMITTEE report to Council. "
             "Recommendations: the seven UNNUMBERED clauses of one committee MOTION in a ruled box, opening 'THAT "
             "Council ...' and 'AND THAT Council ...' and ending 'AND FURTHER THAT Council ...', between 'Moved by / "
             "Seconded by' and 'Carried unanimously' (starts_with leaves out the connective). Traps: the Highway "
             "Traffic Act paraphrased ('must ride', 'must leave'); 'What we heard' numbered 1-4 (findings); counter "
             "figures; the 2023 motion quoted ('THAT staff report back', done); closing 'clauses 1 and 2 of its "
             "motion'. Response: a STAFF REPORT whose Analysis has SUBJECT HEADINGS without numbers, order 2, 1, "
             "3+6, 4, 5: speed limits by-law on June 9, 2026 (2 agrees); Mill Street buffered lanes now, separated "
             "lanes only in the 2029 reconstruction, 'deadline ... would therefore not be met' (1 partly); 'Trails' "
             "answers TWO clauses in two paragraphs: 'Staff do not recommend a winter maintenance standard' (3 "
             "disagrees) and 'will not opt in to the provincial e-scooter pilot' (6 disagrees); bicycle parking in "
             "the draft Zoning By-law (4 agrees); Station Road is a County road, request sent to the County, which "
             "'will include the location in its 2027 review' (5 noted); 7 (report card) never mentioned "
             "(unanswered). Sections answering nothing: the staff recommendation ('THAT Report PW-2026-031 be "
             "received'), Background, Financial Impact (figures), Consultation, Conclusion.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
