"""Round 51 (EN): a coroner's jury verdict with jury recommendations (genre of the Ontario 'Verdict of Coroner's Jury'
form and the presiding coroner's 'Verdict Explanation'), by the invented Office of the Chief Coroner of the invented
Province of Lakeland, inquest into a highway collision death: the verdict form (name, date and place of death,
cause, 'By what means: Accident'), 'Jury Recommendations' NUMBERED 1-8 under addressee headings ('To the Ministry
of Highways and Infrastructure:' ...), then the coroner's verdict explanation summarising the evidence (with the
2019 inquest's recommendation quoted, a collision table, and recommendations paraphrased by number); answered by the
Ministry's letter to the Chief Coroner's inquest response coordinator with a response chart using the Ontario-style
status words (Implemented / Will be implemented / Under consideration / Will not be implemented / Other),
grouped by ministry branch in another order, one row for recommendations 2 and 3 with different statuses,
recommendation 7 (addressed to the Chief Coroner) not answered, a resurfacing paragraph answering nothing.
LibreOffice Writer headless from HTML, US Letter, Liberation fonts; header/page numbers stamped with PyMuPDF. All
content (province, office, ministry, people, highway, figures) is invented.

Run:  /tmp/blind51en/bin/python tests/docs/src/blind51/gen_en_inquest_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b51en as H

NAME = "blind51_en_inquest"
TMP = "/tmp/b51en/inquest"

CSS = """
@page { size: 21.59cm 27.94cm; margin: 2.2cm 2.2cm 2.0cm 2.2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 13pt; margin-top: 10pt; margin-bottom: 5pt; }
h2 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
"""

GROUPS = [
    ("To the Ministry of Highways and Infrastructure:", [
        (1, "Install activated flashing warning beacons on the approaches to the intersection of Highway 611 and "
            "Concession Road 14, to be triggered when vehicles are waiting on the concession road."),
        (2, "Review the winter maintenance standard for Class 2 highways with a view to reducing the time allowed "
            "to restore bare pavement after a storm from 16 hours to 8 hours."),
        (3, "Require winter maintenance contractors to provide real-time GPS data on plough and spreader activity "
            "to the Ministry's operations centre."),
        (4, "Study the feasibility of installing high-tension cable median barriers on the four-lane sections of "
            "Highway 611 between Fort Greyson and Amberley."),
    ]),
    ("To the Ministry of Highways and Infrastructure and the Lakeland Provincial Police:", [
        (5, "Develop a joint written protocol for closing a provincial highway in whiteout conditions, including "
            "objective closure criteria and notice to the public through the Lakeland 511 service."),
    ]),
    ("To the Ministry of Highways and Infrastructure (Driver and Vehicle Licensing):", [
        (6, "Add a mandatory module on driving in winter conditions to the knowledge test for Class A commercial "
            "driver's licences."),
    ]),
    ("To the Office of the Chief Coroner:", [
        (7, "Circulate this verdict to all municipalities in the Province that maintain roads intersecting a "
            "provincial highway."),
    ]),
    ("To the Ministry of Highways and Infrastructure:", [
        (8, "Publish annually the number of collisions and fatalities at rural at-grade intersections on provincial "
            "highways, by intersection."),
    ]),
]
RECS = {n: t for _, g in GROUPS for n, t in g}


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body
            + "</body></html>")


def grid(rows, widths, head=True, border=1):
    h = "<table width='100%%' border='%d' cellpadding='4' cellspacing='0'>" % border
    for i, r in enumerate(rows):
        h += "<tr>"
        for j, c in enumerate(r):
            bg = " bgcolor='#dde3ea'" if (head and i == 0) else ""
            c = "<b>%s</b>" % c if (head and i == 0) else c
            h += "<td width='%d%%'%s>%s</td>" % (widths[j], bg, c)
        h += "</tr>"
    return h + "</table>"


def advice():
    b = ["<p style='font-size: 8pt'>Office of the Chief Coroner<br>Province of Lakeland</p>"]
    b.append("<p style='font-size: 16pt; text-align: center; margin-top: 8pt'><b>Verdict of Coroner's Jury</b></p>")
    b.append("<p style='text-align: center; font-size: 9pt'>The Coroners Act - Province of Lakeland</p>")
    b.append(grid([
        ["Surname", "OKAFOR-REYES"], ["Given names", "Daniel Tomas"], ["Age", "34"],
        ["Held at", "Fort Greyson Courthouse, 200 Mill Street, Fort Greyson"],
        ["From", "2 February 2026   To: 13 February 2026"],
        ["By", "Dr Elinor Vasquez-Hart, Presiding Coroner for Lakeland"],
        ["Having been duly sworn/affirmed, we the jurors find that:", ""],
        ["Date and time of death", "17 January 2024, 07:52"],
        ["Place of death", "Highway 611 at Concession Road 14, Township of Amberley"],
        ["Cause of death", "Multiple blunt force injuries"],
        ["By what means", "Accident"],
    ], (35, 65), head=False))
    b.append("<p style='font-size: 8.5pt; margin-top: 4pt'>Original signed by: Foreperson. The verdict was received "
             "on 13 February 2026. Presiding Coroner: Dr Elinor Vasquez-Hart.</p>")
    b.append("<h1 style='page-break-before: always'>Jury Recommendations</h1>")
    b.append("<p>In the inquest into the death of Daniel Tomas Okafor-Reyes, the jury made the following "
             "recommendations:</p>")
    for head, items in GROUPS:
        b.append("<h2>%s</h2>" % head)
        for n, t in items:
            b.append("<table width='100%%' cellpadding='0' cellspacing='0'><tr><td width='6%%'><p "
                     "style='font-size: 10pt'>%d.</p></td><td><p style='font-size: 10pt'>%s</p></td></tr></table>"
                     % (n, t))
    b.append("<h1 style='page-break-before: always'>Verdict Explanation</h1>")
    b.append("<p style='font-size: 8.5pt'><i>This document is not part of the verdict of the jury. It is a brief "
             "summary provided by the presiding coroner to assist the reader in understanding the verdict and the "
             "recommendations. It is not to be considered evidence.</i></p>")
    b.append("<h2>Circumstances of the death</h2>")
    b.append("<p>Mr Okafor-Reyes was a 34-year-old father of two who worked as a paramedic in Fort Greyson. At 07:50 "
             "on 17 January 2024, during a period of blowing snow, he was driving south on Highway 611 when a "
             "tractor-trailer pulled out from Concession Road 14 into his path. He died at the scene. The driver of "
             "the tractor-trailer, who held a Class A licence issued in November 2023, was not injured.</p>")
    b.append("<h2>Evidence</h2>")
    b.append("<p>The jury heard from 14 witnesses over eight days, including the investigating officers of the "
             "Lakeland Provincial Police, the Ministry's regional maintenance engineer, the area maintenance "
             "contractor and a collision reconstruction expert. Evidence showed that the highway had last been "
             "ploughed at 04:10, that visibility at the time of the collision was estimated at under 100 metres, and "
             "that the intersection had been the site of earlier collisions (Table 1).</p>")
    b.append(grid([["Year", "Collisions at Hwy 611 / Conc. Rd 14", "Of which in winter conditions", "Fatalities"],
                   ["2019", "3", "2", "0"], ["2020", "2", "1", "0"], ["2021", "4", "3", "1"],
                   ["2022", "3", "3", "0"], ["2023", "5", "4", "0"]], (15, 40, 30, 15)))
    b.append("<p style='font-size: 8.5pt'>Table 1. Reported collisions, 2019-2023 (Ministry data filed as Exhibit 22)."
             "</p>")
    b.append("<p>The jury was also referred to the 2019 inquest into the death of Ms Ruth Calloway at a nearby "
             "intersection, where the jury recommended that the Ministry <i>'review sightlines at all rural "
             "intersections on Highway 611 with a history of collisions'</i>. The Ministry told this inquest that "
             "the review had been completed in 2021 and that it had led to tree clearing at Concession Road 14.</p>")
    b.append("<h2>Recommendations</h2>")
    b.append("<p>Recommendation 1 was supported by the reconstruction expert, who testified that a warning beacon "
             "would have alerted southbound drivers to the waiting truck. Recommendations 2 and 3 followed "
             "evidence that the contractor met the current standard but that the Ministry could not verify "
             "plough activity until the following week. Recommendation 5 reflects evidence that the police and "
             "the Ministry each believed the other was responsible for deciding whether to close the highway. "
             "The remaining recommendations are self-explanatory. The jury should be commended for its careful "
             "attention to difficult evidence.</p>")
    b.append("<p>Original signed by: Dr Elinor Vasquez-Hart, Presiding Coroner - 20 February 2026</p>")
    return page("".join(b))


ROWS = [
    ("Highway Operations Branch", [
        ("1", "Will be implemented",
         "Activated warning beacons have been designed for both approaches. Installation is scheduled for "
         "completion by 30 September 2026, before the next winter season."),
        ("2, 3", "2: Will not be implemented<br>3: Implemented",
         "The Ministry reviewed the bare pavement standard for Class 2 highways. An 8-hour target would require "
         "about 40 additional plough routes across the Province, and the Ministry will retain the current standard. "
         "Since the 2024-25 season, all area maintenance contracts have required live GPS feeds from ploughs and "
         "spreaders to the Ministry operations centre."),
        ("4", "Under consideration",
         "Highway 611 has been added to the scope of the provincial median barrier program review, which will report "
         "in 2027. No decision has yet been made on individual corridors."),
    ]),
    ("Traffic Safety and Data Branch", [
        ("8", "Will be implemented",
         "Beginning with the 2025 data year, intersection-level collision and fatality counts for rural provincial "
         "highways will be added to the annual Lakeland Road Safety Report."),
        ("6", "Other",
         "Knowledge testing for commercial licences has been delivered by the Lakeland Licensing Corporation since "
         "April 2025. The Ministry has forwarded this recommendation to the Corporation for its consideration."),
    ]),
    ("Emergency Operations (with the Lakeland Provincial Police)", [
        ("5", "Will be implemented in part",
         "A joint protocol with the police is in draft and will set out roles and notice to the public through "
         "Lakeland 511. The decision to close a highway will remain a matter of operational judgement for the "
         "police, and the protocol will not contain fixed closure criteria."),
    ]),
]


def response():
    b = ["<p style='font-size: 13pt'><b>Ministry of Highways and Infrastructure</b></p>"]
    b.append("<p style='font-size: 8.5pt'>Office of the Deputy Minister<br>1 Queen's Crescent, 9th Floor, Lakeland "
             "City LK 4B2 7T1</p>")
    b.append("<p style='margin-top: 10pt'>June 4, 2026</p>")
    b.append("<p>Ms Carla Bertrand-Oakes<br>Inquest Response Coordinator<br>Office of the Chief Coroner<br>Province "
             "of Lakeland</p>")
    b.append("<p><b>Re: Inquest into the death of Daniel Tomas Okafor-Reyes - response to the jury's "
             "recommendations</b></p>")
    b.append("<p>Dear Ms Bertrand-Oakes:</p>")
    b.append("<p>Thank you for your letter of February 24, 2026 enclosing the verdict of the coroner's jury. The "
             "Ministry has carefully reviewed the recommendations directed to it, and its responses are set out in "
             "the attached chart, organized by the branch responsible. The status terms are those requested by "
             "your office.</p>")
    b.append("<p>In addition, the Ministry completed the resurfacing of Highway 611 between Amberley and the "
             "Concession Road 20 junction in October 2025, including new rumble strips on the shoulders.</p>")
    b.append("<p>Should you require further information, please contact Mr Peter Lindqvist-Mensah, Director, "
             "Highway Operations Branch.</p>")
    b.append("<p>Sincerely,</p><p>Original signed by<br>Janet Morrow-Achebe<br>Deputy Minister</p>")
    b.append("<h2 style='page-break-before: always'>Response chart - Okafor-Reyes inquest</h2>")
    rows = [["Rec. no.", "Status", "Response"]]
    for branch, items in ROWS:
        rows.append(["", "<b>%s</b>" % branch, ""])
        rows.extend(list(r) for r in items)
    b.append(grid(rows, (10, 22, 68)))
    return page("".join(b))


NOTES = ("Coroner's jury verdict with jury recommendations (genre of Ontario's 'Verdict of Coroner's Jury' and the "
         "presiding coroner's 'Verdict Explanation') from the invented Office of the Chief Coroner of the invented "
         "Province of Lakeland, answered by the Ministry of Highways and Infrastructure's letter with a response "
         "chart. Traps: the verdict form (dates, 'By what means: Accident'), addressee headings that repeat, the "
         "Verdict Explanation with Table 1 of collision figures, the 2019 inquest's recommendation quoted, the "
         "paraphrase 'Recommendation 1 was supported by ...', 'Recommendations 2 and 3 followed ...', 'The jury "
         "should be commended'. Recommendations: 1-8, numbered, under five addressee headings (7 is addressed to "
         "the Chief Coroner). Response: letter (thanks, a resurfacing paragraph, contact) and chart grouped by "
         "branch in the order 1, 2+3, 4, 8, 6, 5. Key: 1 'Will be implemented', beacons by 30 September 2026 "
         "(agrees); one row: 2 'Will not be implemented', retain the standard (disagrees) and 3 'Implemented', live "
         "GPS feeds since 2024-25 (agrees); 4 'Under consideration', added to a program review (noted, also partly); "
         "8 'Will be implemented' (agrees); 6 'Other', forwarded to the Licensing Corporation (noted); 5 'Will be "
         "implemented in part', no fixed criteria (partly); 7 unanswered (addressed to the coroner's office). "
         "Unmatched: the resurfacing of Highway 611 with rumble strips.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Inquest into the death of Daniel Tomas Okafor-Reyes",
            footer="Page {n} of {N}")
    H.stamp(H.out(NAME + "_response.pdf"), header=None, footer="Page {n} of {N}")
    sw = lambda k: " ".join(RECS[k].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "Installation is scheduled for completion by 30 September 2026", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "the Ministry will retain the current standard", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "all area maintenance contracts have required live GPS feeds", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "has been added to the scope of the provincial median barrier", "verdict": "noted",
         "also": ["partly"]},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "the protocol will not contain fixed closure criteria", "verdict": "partly"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "has forwarded this recommendation to the Corporation", "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
        {"number": "8", "starts_with": sw(8),
         "reply_contains": "will be added to the annual Lakeland Road Safety Report", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["completed the resurfacing of Highway 611 between Amberley"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b51en.py"), NAME)) and 1)
