"""Round 30 (EN): US Chemical Safety and Hazard Investigation Board (CSB) investigation report with
recommendations coded 2024-02-I-LA-R1..R6 to two recipients, and the recipients' response letter to the Board.
PyMuPDF Story (cleaned Liberation fonts: no GSUB, no NBSP/soft-hyphen cmap); running header and page numbers
stamped. All content (companies, places, people, figures) invented.

Run:  /tmp/blind30en/bin/python tests/docs/src/blind30/gen_en_csb_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b30en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind30_en_csb"

CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
@font-face {font-family: LR; src: url(LiberationSerif-Regular.ttf);}
@font-face {font-family: LR; src: url(LiberationSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: LR; src: url(LiberationSerif-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 10pt; line-height: 1.35;}
p {margin: 0 0 6pt 0;}
h1 {font-size: 17pt; color: #1f3f6b; margin: 0 0 6pt 0;}
h2 {font-size: 12.5pt; color: #1f3f6b; margin: 12pt 0 5pt 0; border-bottom: 1pt solid #1f3f6b;}
h3 {font-size: 10.5pt; margin: 8pt 0 4pt 0;}
p.rec {margin-left: 18pt;}
p.code {font-weight: bold; margin: 6pt 0 2pt 0;}
p.small {font-size: 8.5pt;}
p.fn {font-size: 8pt;}
ol li, ul li {margin-bottom: 3pt;}
.box {background-color: #e8eef6; border: 1pt solid #1f3f6b; padding: 6pt; margin: 8pt 0 8pt 0;}
.cover {color: #1f3f6b; border-top: 5pt solid #1f3f6b; border-bottom: 2pt solid #1f3f6b; padding: 8pt 0 4pt 0;}
"""

ADVICE = """
<div class="cover">
<p><b>U.S. CHEMICAL SAFETY AND HAZARD INVESTIGATION BOARD</b></p>
<p style="font-size: 20pt; line-height: 1.2"><b>Vinyl Chloride Release and Fire at Kestrel Polymers</b></p>
<p>Marlow Point, Louisiana | Incident Date: March 11, 2024 | No. 2024-02-I-LA</p>
<p>Investigation Report | Published: September 2025</p>
</div>

<h2>Executive Summary</h2>
<p>On March 11, 2024, at about 4:20 a.m., a temporary flexible hose in the vinyl chloride monomer (VCM) unit at the
Kestrel Polymers LLC (Kestrel) facility in Marlow Point, Louisiana, ruptured. Approximately 38,000 pounds of VCM were
released over 47 minutes before operators could isolate the leak. The vapor cloud ignited, causing a fire that
burned for six hours. Two operators were seriously injured, and St. Aurelie Parish officials ordered about 1,900
residents to shelter in place.</p>
<p>The hose had been installed eleven months earlier as a temporary bypass around a corroded section of pipe. It
was not covered by a management of change (MOC) review, and it was never replaced with permanent piping. Kestrel is
a wholly owned subsidiary of Ardent Materials, Inc. (Ardent), which operates seven chemical facilities in the
United States.</p>
<p>The CSB identified the following safety issues:</p>
<ul>
<li><b>Management of temporary changes.</b> Kestrel's MOC procedure did not treat temporary hoses as changes.</li>
<li><b>Emergency isolation.</b> The leak could only be isolated by manual valves inside the vapor cloud.</li>
<li><b>Alarm management.</b> 312 standing alarms in the VCM unit obscured the initial leak alarm.</li>
<li><b>Emergency response coordination.</b> The local fire district had not trained with Kestrel since 2019.</li>
<li><b>Corporate oversight.</b> Ardent's audits did not examine temporary changes or process safety culture.</li>
</ul>

<h2>1 Background</h2>
<p>The Marlow Point facility produces VCM and polyvinyl chloride (PVC) resin and employs 214 people. VCM is a
flammable gas at ambient conditions and a known human carcinogen. The facility is subject to the OSHA Process
Safety Management (PSM) standard (29 CFR 1910.119) and the EPA Risk Management Program rule (40 CFR Part 68).<sup>1</sup></p>

<h2>2 Incident Description</h2>
<p>At 4:19 a.m. a high-level gas detector alarmed on the control room console. The board operator, who was
acknowledging a flood of unrelated standing alarms, did not recognize the alarm for about six minutes. Two outside
operators who went to investigate found a vapor cloud around the west pipe rack. The only isolation valves between
the storage sphere and the hose were hand-operated valves located in the cloud. The cloud ignited at 4:36 a.m.
while the operators were withdrawing.</p>

<h2>3 Safety Issues</h2>
<h3>3.1 Management of Temporary Changes</h3>
<p>Kestrel's MOC procedure applied to "modifications to equipment, procedures, raw materials and processing
conditions" but stated that "like-for-like hose replacements" were exempt. Maintenance staff treated the bypass as a
hose replacement. The CSB found 23 other temporary hoses in hazardous service at the facility, nine of which had been
in place for more than six months. Ardent's corporate MOC standard did not address temporary changes.</p>
<p>The CSB has addressed temporary changes before. In its report on the 2016 fire at the Sandbar Refining facility,
the CSB recommended that the refinery "establish a maximum duration for temporary repairs and track each temporary
repair until permanent repair" (2016-03-I-TX-R4). That recommendation is classified as Closed &#8211; Acceptable
Action.</p>
<h3>3.2 Emergency Isolation</h3>
<p>The two VCM storage spheres and the two railcar unloading stations had no remotely operated emergency isolation
valves (ROEIVs). Had an ROEIV been installed on the sphere outlet, the release could likely have been stopped within
two minutes of detection.</p>
<h3>3.3 Alarm Management</h3>
<p>On the night of the incident the VCM unit console displayed 312 standing alarms and received an average of 41
alarms per ten-minute period, well above the benchmark of one to two alarms per ten minutes in ANSI/ISA-18.2.</p>
<h3>3.4 Emergency Response Coordination</h3>
<p>The Marlow Point Fire Protection District responded within 11 minutes, but its crews had not been given current
information on the facility's layout or chemical inventory. The last joint exercise took place in 2019.</p>
<h3>3.5 Corporate Oversight</h3>
<p>Ardent's corporate process safety audits, performed every three years, examined compliance with written programs
but did not test whether temporary changes were being managed, nor did they assess process safety culture. Staff
interviewed by the CSB described a culture in which "temporary fixes become permanent".</p>

<h2>4 Conclusions</h2>
<h3>4.1 Findings</h3>
<ol>
<li>The temporary hose failed because it was not rated for VCM service at the operating pressure.</li>
<li>The hose was installed without an MOC review because Kestrel's procedure exempted hose replacements.</li>
<li>Manual isolation valves located within the hazard zone could not be safely closed.</li>
<li>Alarm flooding delayed recognition of the release by about six minutes.</li>
<li>Ardent's corporate audits did not detect the deficiencies in managing temporary changes.</li>
</ol>
<h3>4.2 Cause</h3>
<p>The CSB determined that the cause of the release was the rupture of a temporary hose that had not been subject to
an MOC review. Contributing to the severity of the incident were the lack of remotely operated emergency isolation
valves, alarm flooding in the control room, and ineffective corporate oversight of process safety.</p>

<h2>5 Recommendations</h2>
<p>To prevent future chemical incidents, and in the interest of driving chemical safety excellence to protect
communities, workers, and the environment, the CSB makes the following safety recommendations:</p>
<h3>Kestrel Polymers LLC, Marlow Point Facility</h3>
<p class="code">2024-02-I-LA-R1</p>
<p class="rec">Revise the Marlow Point facility's management of change procedure to require a documented hazard
review before any temporary hose, spool piece or bypass is installed in hazardous service, and to set a maximum
duration for each temporary change.</p>
<p class="code">2024-02-I-LA-R2</p>
<p class="rec">Install remotely operated emergency isolation valves on the liquid outlet lines of the VCM storage
spheres and at the railcar unloading stations, operable from the control room and from a safe location outside the
unit.</p>
<p class="code">2024-02-I-LA-R3</p>
<p class="rec">Develop and implement an alarm management program consistent with ANSI/ISA-18.2 that rationalizes
the alarms in the VCM unit and eliminates standing alarms.</p>
<p class="code">2024-02-I-LA-R4</p>
<p class="rec">Conduct, at least annually, a joint emergency response exercise involving a toxic release scenario
with the Marlow Point Fire Protection District and the St. Aurelie Parish Local Emergency Planning Committee.</p>
<h3>Ardent Materials, Inc.</h3>
<p class="code">2024-02-I-LA-R5</p>
<p class="rec">Establish a corporate process safety standard for temporary changes that applies to all Ardent
facilities in the United States, and verify its implementation through corporate audits.</p>
<p class="code">2024-02-I-LA-R6</p>
<p class="rec">Commission an independent third-party assessment of process safety culture at each of its U.S.
facilities, and share the full results with the workforce at each facility.</p>

<div class="box">
<p><b>Key Lessons for the Industry</b></p>
<p>Facilities should treat every temporary hose, clamp or bypass in hazardous service as a change that requires a
hazard review, and should track it until it is removed.</p>
<p>Companies should install remotely operated emergency isolation valves where a large inventory of a toxic or
flammable material could be released.</p>
<p>Operators cannot respond to what they cannot see: alarm floods should be treated as a process safety hazard.</p>
</div>

<p class="fn">1. The EPA Risk Management Program rule was amended in 2024 (89 FR 17622). The amendments were not in
force at the time of the incident.</p>
<p class="small">The CSB is an independent federal agency whose mission is to drive chemical safety change through
independent investigations to protect people and the environment. The CSB makes public its actions and decisions
through investigation reports, summary reports, safety bulletins, safety recommendations, case studies, incident
digests, special technical publications, and statements of position. No part of the conclusions, findings, or
recommendations of the Board relating to any accidental release or the investigation thereof shall be admitted as
evidence or used in any action or suit for damages. See 42 U.S.C. &#167; 7412(r)(6)(G).</p>
"""

RESPONSE = """
<p style="font-size: 15pt; color: #7a1f1f"><b>ARDENT MATERIALS, INC.</b></p>
<p class="small">1400 Riverside Parkway, Suite 900, Houston, Texas 77002 &#183; Corporate Process Safety</p>
<p>December 19, 2025</p>
<p>Chairperson<br/>U.S. Chemical Safety and Hazard Investigation Board<br/>1750 Pennsylvania Avenue NW, Suite 910<br/>
Washington, DC 20006</p>
<p><b>Re: Response to Recommendations, CSB Investigation Report No. 2024-02-I-LA, Vinyl Chloride Release and Fire at
Kestrel Polymers, Marlow Point, Louisiana</b></p>
<p>Dear Chairperson:</p>
<p>Ardent Materials, Inc. (Ardent) submits this response on its own behalf and on behalf of its subsidiary Kestrel
Polymers LLC (Kestrel). We have read the Board's report carefully and shared it with employees at every Ardent
facility. We set out below the actions taken on the recommendations directed to Ardent first, followed by those
directed to Kestrel, and for each we indicate the status classification we respectfully request.</p>

<h3>Recommendations 2024-02-I-LA-R5 and R6 (Ardent Materials, Inc.)</h3>
<p>Ardent has adopted Corporate Standard PS-114, <i>Temporary Changes and Temporary Repairs</i>, effective August 1,
2025, at all seven U.S. facilities. PS-114 requires a hazard review and an expiry date for each temporary change and
a monthly report of open temporary changes to the site manager. Corporate audit teams began verifying compliance with
PS-114 in October 2025, starting at Marlow Point and Baytown. We request that R5 be classified as <b>Closed &#8211;
Acceptable Action</b>.</p>
<p>Ardent has considered R6 carefully but respectfully declines to commission separate third-party culture
assessments. In 2025 Ardent added a process safety culture survey, administered by its corporate team, to its
three-yearly audit cycle, and we believe this provides equivalent insight. Survey results are discussed with the
joint health and safety committee at each site. Ardent recognizes that the Board may classify R6 as Closed &#8211;
Unacceptable Action.</p>

<h3>Recommendation 2024-02-I-LA-R1 (Kestrel Polymers LLC)</h3>
<p>Kestrel revised its MOC procedure (MP-PSM-007, Revision 12) in May 2025. The exemption for hose replacements has
been removed; every temporary hose, spool piece or bypass in hazardous service now requires a documented hazard
review and carries a maximum duration of 90 days, which may be extended once with the approval of the plant manager.
All 23 temporary installations identified by the CSB have been removed or replaced with permanent piping. We request
that R1 be classified as <b>Closed &#8211; Acceptable Action</b>.</p>

<h3>Recommendation 2024-02-I-LA-R4 (Kestrel Polymers LLC)</h3>
<p>Kestrel acknowledges this recommendation. The scheduling of parish-wide exercises is a matter for the St. Aurelie
Parish Local Emergency Planning Committee, and Kestrel does not control the LEPC's program or the training calendar
of the Fire Protection District. Kestrel has written to the LEPC chair to make its site available and will report
to the Board when the LEPC has determined its 2026 exercise program.</p>

<h3>Recommendation 2024-02-I-LA-R2 (Kestrel Polymers LLC)</h3>
<p>Remotely operated emergency isolation valves were installed at both railcar unloading stations in December 2024,
operable from the control room and from the emergency response building. Kestrel does not plan to install ROEIVs on
the outlet lines of the two storage spheres. The spheres are scheduled to be taken out of service in 2027, when VCM
storage moves to a new refrigerated tank that will be equipped with ROEIVs. Until then, the spheres will be kept
below 60 percent of capacity. We request that R2 be classified as <b>Open &#8211; Acceptable Alternate
Response</b>.</p>

<h3>Community Air Monitoring</h3>
<p>Separately from the recommendations, Kestrel has funded four fixed air monitoring stations in Marlow Point,
operated by the Louisiana State University School of Public Health, with results published online in real time.</p>

<p>Ardent and Kestrel are committed to learning from this incident. Please contact me if the Board or its staff
require further information.</p>
<p>Sincerely,</p>
<p><b>Dana Whitcombe</b><br/>Vice President, Process Safety and Environmental Affairs<br/>Ardent Materials, Inc.</p>
<p class="small">cc: Plant Manager, Kestrel Polymers LLC, Marlow Point; Louisiana Department of Environmental
Quality</p>
"""


def build(html, path, header, footer):
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
              "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"):
        H.clean_font(f)
    arch = fitz.Archive(H.CLEAN)
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    mediabox = fitz.paper_rect("letter")
    where = mediabox + (64, 58, -64, -58)
    writer = fitz.DocumentWriter(path)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    H.stamp(path, header=header, footer=footer, skip_first=True,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    build("<body>" + ADVICE + "</body>", H.out(NAME + "_advice.pdf"),
          "Kestrel Polymers Vinyl Chloride Release and Fire  |  Investigation Report No. 2024-02-I-LA", "{n}")
    build("<body>" + RESPONSE + "</body>", H.out(NAME + "_response.pdf"),
          "Ardent Materials, Inc.  |  Response to CSB Report No. 2024-02-I-LA", "Page {n} of {N}")
    recs = [
        {"number": "2024-02-I-LA-R1", "starts_with": "Revise the Marlow Point facility's management of change procedure",
         "reply_contains": "The exemption for hose replacements has been removed", "verdict": "agrees"},
        {"number": "2024-02-I-LA-R2", "starts_with": "Install remotely operated emergency isolation valves on the liquid",
         "reply_contains": "does not plan to install ROEIVs on the outlet lines", "verdict": "partly"},
        {"number": "2024-02-I-LA-R3", "starts_with": "Develop and implement an alarm management program consistent with",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "2024-02-I-LA-R4", "starts_with": "Conduct, at least annually, a joint emergency response exercise",
         "reply_contains": "Kestrel has written to the LEPC chair", "verdict": "noted"},
        {"number": "2024-02-I-LA-R5", "starts_with": "Establish a corporate process safety standard for temporary changes",
         "reply_contains": "Corporate audit teams began verifying compliance with PS-114", "verdict": "agrees"},
        {"number": "2024-02-I-LA-R6", "starts_with": "Commission an independent third-party assessment of process safety",
         "reply_contains": "respectfully declines to commission separate third-party culture assessments",
         "verdict": "disagrees"},
    ]
    unmatched = ["funded four fixed air monitoring stations in Marlow Point"]
    notes = ("US Chemical Safety Board investigation report (PyMuPDF Story, US Letter, dark cover band, stamped "
             "running header and bare page numbers, a shaded 'Key Lessons for the Industry' box, a numbered "
             "footnote at the end). The six recommendations are identified only by CSB codes '2024-02-I-LA-R1' ... "
             "'-R6' on a bold line above each imperative paragraph ('Revise ...', 'Install ...'), grouped under two "
             "recipient sub-headings (Kestrel R1-R4, its parent Ardent R5-R6). Traps: bold-lead safety-issue "
             "bullets in the executive summary, section 3 'Safety Issues' discussing each topic, a quoted earlier "
             "CSB recommendation '2016-03-I-TX-R4' to another refinery with its status, numbered Findings 1-5 and a "
             "Cause statement, the Key Lessons box whose sentences read like recommendations ('Facilities should "
             "treat ...', 'Companies should install ...'), and the boilerplate on CSB products. Response: the "
             "parent company's letter to the Chairperson, by recipient in another order (R5+R6, R1, R4, R2), with "
             "headings 'Recommendations 2024-02-I-LA-R5 and R6' (ONE section, two paragraphs: R5 standard adopted "
             "and audited = agrees; R6 'respectfully declines', alternative survey, 'may classify R6 as Closed - "
             "Unacceptable Action' = disagrees), R1 'Closed - Acceptable Action' requested (agrees), R4 "
             "'acknowledges', a matter for the LEPC (noted), R2 valves at the unloading stations but 'does not plan "
             "to install ROEIVs' on the spheres, 'Open - Acceptable Alternate Response' (partly); R3 (alarm "
             "management) is never answered; 'Community Air Monitoring' answers no recommendation (unmatched); "
             "opening and closing paragraphs answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
