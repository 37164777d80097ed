"""Round 85 (EN): an Ontario MUNICIPAL ACCESSIBILITY ADVISORY COMMITTEE'S ANNUAL REPORT TO COUNCIL on transit
(genre: the advisory committees municipalities must have under the AODA, reporting to council; the recommendations
CODED 'AAC-26-01' .. 'AAC-26-07' in a two-column table, beside a status table of last year's coded recommendations)
answered by the SUMMARY OF DECISIONS of the council's standing committee (a decision list: numbered items, the
committee's decisions on the coded recommendations under one item, an unrelated item and the adjournment).
Advice: City of Harrowgate Accessibility Advisory Committee, 2026 Report to Council on Accessible Transit, 3 p.
Response: Public Works and Transit Committee, Summary of Decisions, October 14, 2026, 1-2 p.; cites the codes;
order 06, 01, 03+05, 02, 04; 07 unanswered.
LibreOffice Writer headless from HTML (Letter, DejaVu from the system); header and footers stamped with PyMuPDF.
The City, committee, people, figures and the wording said to be in O. Reg. 191/11 are invented.

Run:  /tmp/blind85en/bin/python tests/docs/src/blind85/gen_en_accessibility_committee_libreoffice.py   (needs soffice)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b85en as H

NAME = "blind85_en_accessibility_committee"

STYLE = """<style>
@page { size: 8.5in 11in; margin: 0.9in 0.85in 0.9in 0.85in; }
body { font-family: 'DejaVu Sans'; font-size: 9.6pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; color: #0b5a2a; margin-bottom: 2pt; }
h2 { font-family: 'DejaVu Sans'; font-size: 11.5pt; color: #0b5a2a; margin-top: 12pt; margin-bottom: 4pt; }
h3 { font-family: 'DejaVu Sans'; font-size: 10pt; margin-top: 9pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 6pt; }
td { font-family: 'DejaVu Sans'; font-size: 9pt; vertical-align: top; }
</style>"""

ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8">%s</head><body>
<table width="100%%" cellpadding="6" cellspacing="0" style="background:#0b5a2a"><tr>
<td style="color:#ffffff; font-size:9pt"><b>CITY OF HARROWGATE</b><br>Accessibility Advisory Committee</td>
<td style="color:#ffffff; font-size:9pt" align="right">Report AAC-2026-02<br>For Council, September 2026</td></tr></table>
<h1>2026 Report to Council on Accessible Transit</h1>
<p style="font-size:10.5pt">Conventional transit (Harrowgate Transit) and specialized transit (ParaRide)</p>

<h2>1. Purpose</h2>
<p>The Accessibility Advisory Committee (AAC) advises Council each year on the accessibility of City services. Under
the Accessibility for Ontarians with Disabilities Act, 2005, a municipality of Harrowgate's size must establish an
accessibility advisory committee, and a majority of its members must be persons with disabilities. This year the
Committee chose to focus on transit, which residents raised more than any other subject at our public sessions.</p>

<h2>2. Progress on the 2025 recommendations</h2>
<p>The table below shows the status of last year's recommendations as reported to us by staff.</p>
<table width="100%%" cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse; border-color:#9bb7a4">
<tr style="background:#e3efe6"><td width="16%%"><b>Code</b></td><td width="60%%"><b>2025 recommendation</b></td><td><b>Status</b></td></tr>
<tr><td>AAC-25-02</td><td>That accessible washrooms be installed at the Downtown Terminal</td><td>Complete</td></tr>
<tr><td>AAC-25-04</td><td>That the City should consult the AAC on every new bus shelter design</td><td>In progress</td></tr>
<tr><td>AAC-25-05</td><td>That ParaRide drivers receive refresher training every two years</td><td>Not started</td></tr>
</table>

<h2>3. What we heard and found</h2>
<p>We held three public sessions and received 87 written submissions. Riders told us that the City should treat
ParaRide as a public transit service and not as a charity. Our main findings are:</p>
<ul>
<li>Automated next-stop announcements work on the 54 conventional buses, but not on the 9 on-demand shuttles
introduced in 2024, which have no audible or visual announcements.</li>
<li>ParaRide trips must be booked by 4 p.m. the day before. In 2025, 11 percent of trip requests could not be
met.</li>
<li>ParaRide eligibility is reassessed every year, including for riders with permanent disabilities, who told us the
process was stressful and pointless.</li>
<li>Only 212 of the City's 1,106 bus stops have a concrete landing pad. Section 80.44 of the Integrated
Accessibility Standards Regulation (O. Reg. 191/11) provides that a municipality must consult its accessibility
advisory committee on the design of new and replaced stops.</li>
<li>A ParaRide trip costs $4.50; a conventional fare is $3.25. Support persons pay full fare on ParaRide but ride free
on conventional buses.</li>
<li>Transit staff receive accessibility training only at hiring.</li>
</ul>

<h2>4. Recommendations</h2>
<p>The Committee respectfully submits the following recommendations to Council, through the Public Works and
Transit Committee.</p>
<table width="100%%" cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse; border-color:#0b5a2a">
<tr style="background:#0b5a2a"><td width="17%%" style="color:#ffffff"><b>No.</b></td><td style="color:#ffffff"><b>Recommendation</b></td></tr>
<tr><td><b>AAC-26-01</b></td><td>That audible and visual next-stop announcements be installed on all on-demand shuttles
by the end of 2027.</td></tr>
<tr><td><b>AAC-26-02</b></td><td>That ParaRide offer same-day booking for trips, subject to vehicle availability, from
2027.</td></tr>
<tr><td><b>AAC-26-03</b></td><td>That riders with permanent disabilities be exempt from annual ParaRide eligibility
reassessment.</td></tr>
<tr><td><b>AAC-26-04</b></td><td>That ParaRide fares be set equal to conventional fares and that support persons ride
ParaRide free of charge.</td></tr>
<tr><td><b>AAC-26-05</b></td><td>That the City upgrade at least 60 bus stops a year to include a concrete landing pad
and a connection to the sidewalk.</td></tr>
<tr><td><b>AAC-26-06</b></td><td>That Council fund a travel training program to help residents with disabilities use
conventional buses.</td></tr>
<tr><td><b>AAC-26-07</b></td><td>That all transit operators and dispatchers complete accessibility refresher training
every three years.</td></tr>
</table>
<p></p>
<h2>5. Acknowledgments</h2>
<p>The Committee thanks the Accessibility Coordinator, Harrowgate Transit staff and the residents who shared their
experiences. Respectfully submitted on behalf of the Committee by Devika Rampersaud-Cole, Chair.</p>
</body></html>""" % STYLE

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8">%s</head><body>
<p style="font-size:9pt; color:#0b5a2a"><b>CITY OF HARROWGATE &middot; OFFICE OF THE CITY CLERK</b></p>
<h1>Public Works and Transit Committee</h1>
<p style="font-size:11pt"><b>Summary of Decisions</b> &ndash; Meeting of October 14, 2026, 1:00 p.m., Council Chamber</p>
<p style="font-size:8.5pt"><i>This summary records the decisions of the Committee. Decisions that require Council
approval will be considered by Council on October 28, 2026. The minutes, once approved, are the official record.</i></p>

<h3>Item 1 &ndash; Call to order and declarations of interest</h3>
<p>Chair Bernard Okonkwo-Ferris called the meeting to order at 1:02 p.m. No declarations of pecuniary interest were
made. The agenda was adopted as circulated.</p>

<h3>Item 2 &ndash; Accessibility Advisory Committee: 2026 Report to Council on Accessible Transit (Report AAC-2026-02)</h3>
<p>The Committee heard from Devika Rampersaud-Cole, Chair of the AAC, and from the General Manager, Transit Services,
and made the following decisions:</p>
<table width="100%%" cellpadding="5" cellspacing="0" border="0">
<tr><td width="8%%"><b>2.1</b></td><td>Regarding recommendation AAC-26-06, that the proposal for a travel training
program be received and referred to staff for a report with options and costs as part of the 2027 budget
deliberations. <i>Carried.</i></td></tr>
<tr><td><b>2.2</b></td><td>That recommendation AAC-26-01 be approved, and that the installation of next-stop
announcements on the nine on-demand shuttles be completed by December 2027. <i>Carried.</i></td></tr>
<tr><td><b>2.3</b></td><td>That recommendations AAC-26-03 and AAC-26-05 be dealt with together, and that (a) the bus stop
upgrade program be increased to 60 stops a year beginning in 2027, funded from the transit capital reserve; and (b)
riders whose eligibility is based on a permanent disability be reassessed every five years rather than being exempt
from reassessment. <i>Carried as amended.</i></td></tr>
<tr><td><b>2.4</b></td><td>That recommendation AAC-26-02 not be approved at this time, the General Manager having
advised that same-day booking would require an estimated 14 additional vehicle-hours a day. <i>Carried.</i></td></tr>
<tr><td><b>2.5</b></td><td>That recommendation AAC-26-04 not be adopted and that ParaRide fares remain as set out
in the 2026 Fees and Charges By-law. <i>Carried on a recorded vote, 5 to 2.</i></td></tr>
</table>

<h3>Item 3 &ndash; Contract award: winter sidewalk maintenance, Zones 4 and 5</h3>
<p>That Contract PW-2026-118 be awarded to Northbank Grounds Ltd. in the amount of $1,284,600, excluding HST, for the
2026-27 to 2028-29 seasons. <i>Carried.</i></p>

<h3>Item 4 &ndash; Adjournment</h3>
<p>The meeting adjourned at 3:41 p.m. The next regular meeting is scheduled for November 18, 2026.</p>
<p style="font-size:8.5pt">Prepared by: Ana Lucia Moreau, Committee Coordinator</p>
</body></html>""" % STYLE

RECS = [
    (1, "That audible and visual next-stop announcements be installed on all",
     "That recommendation AAC-26-01 be approved, and that", "agrees"),
    (2, "That ParaRide offer same-day booking for trips, subject to vehicle availability,",
     "That recommendation AAC-26-02 not be approved at this time", "disagrees"),
    (3, "That riders with permanent disabilities be exempt from annual ParaRide eligibility",
     "be reassessed every five years rather than being exempt", "partly"),
    (4, "That ParaRide fares be set equal to conventional fares and that",
     "That recommendation AAC-26-04 not be adopted", "disagrees"),
    (5, "That the City upgrade at least 60 bus stops a year",
     "the bus stop upgrade program be increased to 60 stops", "agrees"),
    (6, "That Council fund a travel training program to help residents with",
     "referred to staff for a report with options and costs", "noted"),
    (7, "That all transit operators and dispatchers complete accessibility refresher training",
     None, "unanswered"),
]


def make(html, which, header, footer):
    tmp = tempfile.mkdtemp(prefix="blind85en_lo_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.soffice_pdf(src, tmp)
    dst = H.out("%s_%s.pdf" % (NAME, which))
    shutil.copy(os.path.join(tmp, "%s_%s.pdf" % (NAME, which)), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, header=header, footer=footer, skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Accessibility Advisory Committee - 2026 Report to Council on Accessible Transit",
         "City of Harrowgate - Report AAC-2026-02 - Page {n} of {N}")
    make(RESPONSE, "response", "Public Works and Transit Committee - Summary of Decisions - October 14, 2026",
         "Page {n} of {N}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["No declarations of pecuniary interest were made",
                      "be awarded to Northbank Grounds Ltd. in the amount",
                      "The next regular meeting is scheduled for November 18"],
                     "Advice: an Ontario MUNICIPAL ACCESSIBILITY ADVISORY COMMITTEE'S ANNUAL REPORT TO COUNCIL on "
                     "transit: a green letterhead band, 'a municipality ... must establish an accessibility advisory "
                     "committee', a STATUS TABLE of last year's CODED recommendations AAC-25-02/04/05 (one reads 'That "
                     "the City should consult the AAC'), 'Riders told us that the City should treat ParaRide as a "
                     "public transit service', findings bullets with figures and 'Section 80.44 ... O. Reg. 191/11 "
                     "... must consult'; the recommendations are CODED 'AAC-26-01' .. 'AAC-26-07' in a ruled "
                     "two-column TABLE 'No. | Recommendation', each 'That ...' (numbers 1-7 = 01-07). Response: the "
                     "standing committee's SUMMARY OF DECISIONS (a decision list): Item 1 call to order, Item 2 "
                     "decisions 2.1-2.5 citing the codes in the order 06, 01, 03+05, 02, 04: travel training "
                     "'received and referred to staff for a report ... 2027 budget' (6 noted); 01 approved (agrees); "
                     "ONE decision 2.3 on AAC-26-03 and AAC-26-05 = 60 stops a year (5 agrees) + reassessment every "
                     "five years instead of exemption (3 partly); 02 'not be approved at this time' (disagrees); 04 "
                     "'not be adopted', recorded vote 5 to 2 (disagrees). 07 (refresher training) is not answered. "
                     "Unmatched: Item 1 call to order/declarations, Item 3 winter sidewalk contract, Item 4 "
                     "adjournment.")
    sys.exit(H.main([NAME]))
