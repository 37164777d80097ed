"""Round 91 (EN): an Australian (NSW-style) INDEPENDENT TECHNICAL REVIEW OF A SHIRE COUNCIL'S DRAFT COASTAL MANAGEMENT
PROGRAM (recommendations as NUMBERED ROWS 1-7 of a 'No. | Recommendation | Priority | Timing' TABLE at the end of the
report) answered by an EXTRACT FROM THE MINUTES of the Ordinary Council Meeting (officer's comments citing the
recommendation numbers, and a resolution). LibreOffice Writer headless from HTML, A4, DejaVu; running header stamped from
page 2 and 'Page N of M'. Bodies, people and figures invented.
Run:  /tmp/blind91en/bin/python tests/docs/src/blind91/gen_en_coastal_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b91en as H

NAME = "blind91_en_coastal"
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 15pt; color: #7a4b12; } h2 { font-family: 'DejaVu Sans'; font-size: 11pt; color: #7a4b12; }
td, th { font-size: 9pt; vertical-align: top; } th { background: #f1e3cc; text-align: left; }
</style>"""

ADV = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<table width='100%' cellpadding='6' style='background:#f1e3cc'><tr><td>
<p style='font-size:8pt;color:#7a4b12'><b>SOUTHERN RIVERS COASTAL SCIENCE PANEL</b></p>
<h1>Independent Technical Review: Wandarra Shire Draft Coastal Management Program (Stages 3 and 4)</h1>
<p style='font-size:8.5pt;color:#444'>Prepared for Wandarra Shire Council &middot; Final, 6 April 2026 &middot; Panel: Prof. Ruth
Calloway (chair), Dr Sam Nguyen, Ms Kiri Oldfield</p></td></tr></table>
<h2>1. Scope of the review</h2>
<p>Wandarra Shire Council asked the Panel to review the technical basis of its draft Coastal Management Program (CMP)
before the draft is placed on public exhibition. The Coastal Management Act 2016 requires a council preparing a CMP to
have regard to the objects of the Act and the management objectives for each coastal management area, and the NSW
Coastal Management Manual says that proposed actions should be supported by a business plan showing how they will be
funded. The review covered the draft CMP of February 2026, its eight technical appendices, and a site inspection of
the five beach compartments from Tuckers Head to Wattle Creek on 11 and 12 March 2026.</p>
<p>The review is technical. Decisions about which options to adopt, and how to balance them against other community
priorities, are matters for the Council.</p>
<h2>2. Background</h2>
<p>The Shire's 2012 Coastal Zone Management Plan recommended that <i>\u201cCouncil should investigate a rock seawall to
protect the Main Beach north car park and surf club\u201d</i>. A concept design was prepared in 2019 and is now included
in the draft CMP as Action 2.4, at an estimated cost of $6.2 million. The draft CMP also continues the practice of
mechanical beach scraping at the Wattle Creek mouth after storms, and proposes to protect the Bellbird Point road and
amenities block with a geotextile sand container wall.</p>
<h2>3. Findings</h2>
<p><b>3.1 Hazard mapping.</b> The coastal inundation maps in Appendix C use a sea level rise of 0.4 m by 2100. This is
below the range now used by most NSW councils and should not be relied on for the planning horizon of the program.</p>
<p><b>3.2 Sediment budget.</b> The draft does not include a sediment budget for Main Beach. Without one, the Panel cannot
say whether a seawall at the northern end would increase erosion at the southern end and at Tuckers Head.</p>
<p><b>3.3 Bellbird Point.</b> Recession at Bellbird Point averaged 0.9 m a year between 1994 and 2024. The Panel expects
the geotextile wall to fail within fifteen years and considers that the draft understates the long-term cost of
holding the line.</p>
<p><b>3.4 Monitoring.</b> Beach profiles are surveyed twice a year in two of the five compartments. Community members
told the Panel that they must wait up to a year for survey results.</p>
<p><b>3.5 Wattle Creek.</b> Scraping has been carried out four times since 2021, twice during the shorebird breeding
season. The Panel saw no assessment of its effect on the pied oystercatcher and little tern.</p>
<table width='100%' border='1' cellspacing='0' cellpadding='4'>
<tr><th>Compartment</th><th>Recession 1994-2024 (m/yr)</th><th>Assets at risk by 2050</th></tr>
<tr><td>Tuckers Head</td><td>0.2</td><td>Lookout, walking track</td></tr>
<tr><td>Main Beach north</td><td>0.6</td><td>Car park, surf club</td></tr>
<tr><td>Main Beach south</td><td>0.4</td><td>Foreshore reserve</td></tr>
<tr><td>Bellbird Point</td><td>0.9</td><td>Road, amenities block, 3 dwellings</td></tr>
<tr><td>Wattle Creek</td><td>0.3 (variable)</td><td>Boat ramp</td></tr>
</table>
<p style='font-size:8pt'>Table 2: Shoreline recession by compartment (Panel analysis of photogrammetry)</p>
<h2>4. Recommendations</h2>
<p>The Panel's recommendations to the Council are set out in Table 3. Priority A items should be resolved before the
draft CMP is exhibited; Priority B items may be addressed in the final program.</p>
<table width='100%' border='1' cellspacing='0' cellpadding='4'>
<tr><th width='7%'>No.</th><th>Recommendation</th><th width='12%'>Priority</th><th width='16%'>Timing</th></tr>
<tr><td>1</td><td>Include planned retreat at Bellbird Point as a costed option, with clear triggers for relocating the road and
public amenities.</td><td>A</td><td>Before exhibition</td></tr>
<tr><td>2</td><td>Remove the proposed Main Beach north seawall from the program until a sediment budget shows it will not
worsen erosion further south.</td><td>A</td><td>Before exhibition</td></tr>
<tr><td>3</td><td>Extend beach profile monitoring to all five compartments and publish the survey results every six
months.</td><td>B</td><td>Year 1</td></tr>
<tr><td>4</td><td>Update the coastal inundation mapping to a high-emissions sea level rise scenario for 2100.</td><td>A</td>
<td>Before exhibition</td></tr>
<tr><td>5</td><td>Prepare a coastal emergency sub-plan with the State Emergency Service for major storm and erosion
events.</td><td>B</td><td>Year 2</td></tr>
<tr><td>6</td><td>Suspend beach scraping at the Wattle Creek mouth until its effect on shorebird nesting has been
assessed.</td><td>A</td><td>Immediately</td></tr>
<tr><td>7</td><td>Seek a two-to-one State funding ratio for the coastal protection works under the Coastal and Estuary
Grants Program.</td><td>B</td><td>Next grant round</td></tr>
</table>
<p style='font-size:8pt'>Table 3: Recommendations of the Panel</p>
<p>The Panel would be pleased to review the revised draft before it is exhibited.</p>
</body></html>"""

RSP = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<p style='font-size:8pt;color:#7a4b12'><b>WANDARRA SHIRE COUNCIL</b></p>
<h1>Extract from the Minutes of the Ordinary Council Meeting held on 23 June 2026</h1>
<p style='font-size:8.5pt;color:#444'>Council Chambers, Shore Street, Wandarra &middot; Meeting opened 5.30 pm &middot; Mayor
Cr Denise Tan presiding</p>
<h2>11.3 Draft Coastal Management Program: Independent Technical Review</h2>
<p><b>Responsible officer:</b> Manager Natural Systems, Ben Whitlock &middot; <b>File:</b> CM/2026/014</p>
<p><b>Summary</b></p>
<p>The purpose of this report is to present the Panel's review of the draft Coastal Management Program and to seek
Council's endorsement of the staff comments below before the draft is placed on exhibition.</p>
<p><b>Public address</b></p>
<p>Mr Jarrah Evans of the Bellbird Point Progress Association addressed Council for five minutes on this item,
speaking about the history of the Bellbird Point road and the community's wish to keep access to the point.</p>
<p><b>Officer comments on the Panel's recommendations</b></p>
<p><i>Recommendation 4.</i> Completed. The inundation maps have been redrawn using the high-emissions 2100 scenario and
the revised maps are included in the draft CMP at Appendix C.</p>
<p><i>Recommendations 1 and 6.</i> Staff do not support including planned retreat at Bellbird Point in this program: the
road is the only access to eleven properties and there is no alternative alignment within Council land. Beach scraping
at Wattle Creek has been suspended since April, and an ecologist has been engaged to report on shorebird nesting before
any further works.</p>
<p><i>Recommendation 2.</i> The Main Beach north seawall has been the subject of community consultation since 2012 and
remains Council's preferred option. Staff recommend that Action 2.4 be retained in the draft CMP, with a sediment
budget prepared during detailed design.</p>
<p><i>Recommendation 7.</i> Funding ratios under the grants program are set by the NSW Government. Council notes the
Panel's comment and will consider the matter when the next grant round opens.</p>
<p><i>Recommendation 3.</i> Monitoring will be extended from two to three compartments from 2026-27, within existing
budget, with results published on Council's website once a year.</p>
<p><b>Resolution 2026/118</b></p>
<p>Moved Cr Patel, seconded Cr O'Rourke. That Council:</p>
<p>(a) endorses the officer comments in this report; (b) places the revised draft Coastal Management Program on public
exhibition for 28 days from 1 July 2026; and (c) writes to the Panel to thank its members.</p>
<p>CARRIED. For: Crs Tan, Patel, O'Rourke, Lindqvist, Moore, Heaton. Against: Crs Ford, Gillespie.</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="blind91en_lo_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        H.soffice_pdf(hp, work)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        shutil.copy(os.path.join(work, f"{NAME}_{kind}.pdf"), pdf)
        if kind == "advice":
            H.stamp(pdf, header="Southern Rivers Coastal Science Panel  |  Review of the Wandarra draft CMP  |  April 2026",
                    footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
        else:
            H.stamp(pdf, header="Wandarra Shire Council  |  Ordinary Council Meeting  |  23 June 2026  |  Minutes",
                    footer="Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"))
finally:
    shutil.rmtree(work, ignore_errors=True)

EXP = [
    dict(number=1, starts_with="Include planned retreat at Bellbird Point as a costed option",
         reply_contains="Staff do not support including planned retreat at Bellbird Point", verdict="disagrees"),
    dict(number=2, starts_with="Remove the proposed Main Beach north seawall from the program",
         reply_contains="Staff recommend that Action 2.4 be retained in the draft CMP", verdict="disagrees"),
    dict(number=3, starts_with="Extend beach profile monitoring to all five compartments",
         reply_contains="Monitoring will be extended from two to three compartments", verdict="partly"),
    dict(number=4, starts_with="Update the coastal inundation mapping to a high-emissions sea level",
         reply_contains="The inundation maps have been redrawn using the high-emissions", verdict="agrees"),
    dict(number=5, starts_with="Prepare a coastal emergency sub-plan with the State Emergency Service",
         reply_contains=None, verdict="unanswered"),
    dict(number=6, starts_with="Suspend beach scraping at the Wattle Creek mouth until its effect",
         reply_contains="at Wattle Creek has been suspended since April", verdict="agrees"),
    dict(number=7, starts_with="Seek a two-to-one State funding ratio for the coastal protection works",
         reply_contains="Council notes the Panel's comment and will consider the matter", verdict="noted"),
]
UNMATCHED = ["The purpose of this report is to present the Panel's review",
             "addressed Council for five minutes on this item",
             "places the revised draft Coastal Management Program on public exhibition"]
NOTES = ("Advice: NSW-style coastal science panel's independent technical review of a shire's draft Coastal Management "
         "Program, LibreOffice from HTML, A4; recommendations are NUMBERED ROWS 1-7 of a 'No. | Recommendation | Priority "
         "| Timing' table (Table 3) at the end, after findings 3.1-3.5 with bold lead-ins and a recession table. Traps: "
         "Coastal Management Act 2016 'requires ... to have regard', the Manual's 'actions should be supported by a "
         "business plan', the 2012 plan's 'Council should investigate a rock seawall' quoted, Action 2.4, $6.2 million, "
         "'should not be relied on', 'they must wait up to a year', 'Priority A items should be resolved before'. "
         "Response: extract from the minutes of an Ordinary Council Meeting: officer comments under italic 'Recommendation "
         "N.' lead-ins, order 4, 1+6, 2, 7, 3, then a resolution. ONE paragraph 'Recommendations 1 and 6' = no planned "
         "retreat (1 disagrees) + scraping suspended (6 agrees). Seawall retained (2 disagrees); funding ratio noted, "
         "will consider (7 noted); three compartments, yearly (3 partly). 5 (emergency sub-plan) unanswered. Summary, "
         "public address, resolution (nothing).")

if __name__ == "__main__":
    H.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))
