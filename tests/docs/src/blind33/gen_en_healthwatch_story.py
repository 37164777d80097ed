"""Round 33 (EN): a local Healthwatch 'Enter and View' visit report on a hospital ward, answered in the MINUTES of
the NHS trust's Patient Experience and Engagement Committee. The advice has a visit-details table, 'What is Enter
and View?' box, disclaimer, findings by theme with patients' quotes, 'What is working well' bullets and eight
numbered recommendations under three theme sub-heads in a shaded panel. The minutes have attendance lists,
minute references 'PEEC 26/31' ... with sub-minutes '34.1' ... '34.9', replies to the recommendations partly by
number and partly by subject only, a RESOLVED block, other agenda items and an action log table. PyMuPDF Story,
A4, cleaned Liberation/DejaVu fonts; panels drawn under the text; running footers stamped. All content
(Healthwatch, trust, ward, people, figures) invented.

Run:  /tmp/blind33en/bin/python tests/docs/src/blind33/gen_en_healthwatch_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b33en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind33_en_healthwatch"

CSS = """
@font-face {font-family: DS; src: url(DejaVuSans.ttf);}
@font-face {font-family: DS; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: DS; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 10.2pt; line-height: 1.3;}
p {margin: 0 0 5pt 0;}
h1 {font-family: DS; font-size: 20pt; color: #e0176f; margin: 0 0 4pt 0;}
h2 {font-family: DS; font-size: 13pt; color: #004f6b; margin: 11pt 0 4pt 0;}
h3 {font-family: DS; font-size: 10.4pt; color: #004f6b; margin: 8pt 0 3pt 0;}
ul {margin: 0 0 4pt 0;}
li {margin-bottom: 2pt;}
ol li {margin-bottom: 4pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #9ab7c3; padding: 3pt; vertical-align: top; font-size: 8.8pt; text-align: left;}
th {background-color: #dcebf1;}
p.quote {font-style: italic; color: #3d3d3d; margin: 2pt 0 6pt 16pt;}
p.small {font-size: 8pt;}
p.mhead {font-family: DS; font-size: 9pt; margin: 0 0 2pt 0;}
td.ref {font-weight: bold;}
td.act {font-size: 8pt;}
"""

TITLE = """
<p style="font-family: DS; font-size: 17pt; color: #e0176f; margin-bottom: 0"><b>healthwatch</b></p>
<p style="font-family: DS; font-size: 10pt; color: #004f6b; margin-bottom: 18pt">Wexcombe</p>
<h1>Enter and View Report</h1>
<p style="font-family: DS; font-size: 13pt; color: #004f6b">Larchmont Ward (older people's acute care),
Wexcombe General Hospital</p>
<p class="small" style="margin-bottom: 10pt">Published 9 March 2026</p>
<table>
<tr><th width="32%">Service address</th><td>Larchmont Ward, Level 3, Wexcombe General Hospital, Priory Road,
Wexcombe WX4 7PL</td></tr>
<tr><th>Service provider</th><td>Wexcombe Hospitals NHS Foundation Trust</td></tr>
<tr><th>Date and time of visit</th><td>Wednesday 11 February 2026, 11:00 to 15:00 (announced visit)</td></tr>
<tr><th>Authorised representatives</th><td>Owen Pethick (lead), Janet Corless, Ravinder Sahota, Mia Threlfall</td>
</tr>
<tr><th>Contact details</th><td>Healthwatch Wexcombe, The Hub, 12 Dyer Street, Wexcombe WX1 2DE</td></tr>
</table>
"""

BOX = """
<h3 style="margin-top: 0">What is Enter and View?</h3>
<p>Part of the local Healthwatch programme is to carry out Enter and View visits. Local Healthwatch
representatives carry out these visits to health and social care services to find out how they are being run
and to make recommendations where there are areas for improvement. Enter and View visits are not inspections:
they give people who use services a chance to say what they think, and they let us observe the service as a
member of the public would.</p>
"""

BODY = """
<h2>Acknowledgements</h2>
<p>Healthwatch Wexcombe would like to thank the Ward Manager, Sister Ruth Adebayo-Clark, the staff of Larchmont
Ward, and the patients and relatives who spoke to us, for their help and openness.</p>
<h2>Disclaimer</h2>
<p>Please note that this report relates only to the findings observed on the date of the visit. It is not a
representative portrayal of the experiences of all patients and staff, only an account of what was observed and
contributed at the time.</p>
<h2>Purpose and methodology</h2>
<p>The visit was announced to the Trust four weeks in advance. It followed feedback from 23 members of the public
about care on older people's wards, received through our website and at community events in the autumn of 2025.
Our four authorised representatives spoke to 14 patients, 9 relatives and 8 members of staff, using a
structured conversation guide, and observed the lunchtime meal service and the ward environment.</p>
<p>In our 2023 report on Elm Ward we recommended that the Trust introduce protected mealtimes on all adult
wards. The Trust accepted that recommendation, and protected mealtimes were in place on Larchmont Ward on the
day of our visit.</p>
<h2>Summary of findings</h2>
<ul>
<li>Patients and relatives spoke warmly of the kindness of staff, and most said they felt safe on the ward.</li>
<li>Not every patient who needed help at lunchtime received it while the food was still hot.</li>
<li>Some call bells were out of reach or not working.</li>
<li>Relatives were unsure when they could visit and what would happen when their relative left hospital.</li>
<li>There was nowhere on the ward to talk privately, and parts of the ward were in poor repair.</li>
</ul>
<h2>Results of the visit</h2>
<h3>Food and drink</h3>
<p>Lunch was served at 12:15. We observed that nine patients were given a red tray to show that they needed help
to eat, but at least three other patients who appeared to need help did not have one. Two patients waited more
than twenty minutes for help, by which time their food had gone cold.</p>
<p class="quote">"The food's alright, but by the time someone comes to help me it's stone cold." - Patient</p>
<h3>Call bells</h3>
<p>In Bay B, two patients sitting in chairs could not reach their call bells, and one call bell in Bay D did not
work when tested by a member of staff at our request. Staff told us there is no routine check of call bells.</p>
<h3>Staff and dementia care</h3>
<p>Around half of the patients on the ward on the day of our visit were living with dementia or delirium. Staff
were patient and kind, but several told us that they had received only the basic (Tier 1) dementia training on
induction. Four of the eleven staff on duty were bank or agency staff.</p>
<h3>Visiting and communication</h3>
<p>A sign at the ward entrance gives visiting hours of 2pm to 8pm. Several relatives told us that they had not
known they could visit at other times, although staff said that carers are welcome at any time.</p>
<p class="quote">"They should tell you what's happening. Nobody told us Mum was going home until the morning she
left." - Relative</p>
<h3>The ward environment</h3>
<p>The ward was clean. The day room has been turned into a bay, and there is no space where patients and
visitors can talk privately. The window blinds in Bays C and D are broken and cannot be closed, and the hand
dryer in the patient toilet near the nurses' station was out of order. There were few activities for patients
during the afternoon, and no volunteers were on the ward.</p>
<h2>What is working well</h2>
<ul>
<li>Staff were kind, calm and respectful in every interaction we observed.</li>
<li>Protected mealtimes were observed, with no ward rounds during lunch.</li>
<li>The ward was clean and free from odours.</li>
<li>The "This is Me" document was used for most patients living with dementia.</li>
</ul>
"""

RECS = """
<h2 style="margin-top: 0">Recommendations</h2>
<p>Based on what we saw and heard, Healthwatch Wexcombe recommends that Wexcombe Hospitals NHS Foundation Trust
should act on the following:</p>
<h3>Care and support</h3>
<ol>
<li>Make sure that every patient who needs help to eat is identified before each meal, for example through
consistent use of the red tray scheme, and that help is given while the food is still hot.</li>
<li>Check call bells on every shift and make sure each patient has a working call bell within reach, including
when sitting out in a chair.</li>
<li>Ensure that all staff working on the ward, including bank and agency staff, complete Tier 2 dementia
awareness training.</li>
</ol>
<h3>Communication and visiting</h3>
<ol start="4">
<li>Review the visiting information on the ward and make it clear to relatives and carers that they can visit
outside the published hours, in line with the Trust's carers' charter.</li>
<li>Give every patient and their family written information about the discharge process, including the
expected date of discharge and a named person to contact with questions.</li>
</ol>
<h3>Environment and activities</h3>
<ol start="6">
<li>Provide a quiet room or area on the ward where patients and visitors can talk privately away from the
bedside.</li>
<li>Repair or replace the broken window blinds in Bays C and D and the faulty hand dryer in the patient toilet
near the nurses' station.</li>
<li>Explore ways to increase the number of volunteers on the ward, particularly to provide activities and
companionship for patients living with dementia.</li>
</ol>
"""

AFTER = """
<h2>Service provider response</h2>
<p>Under the Local Government and Public Involvement in Health Act 2007 and the associated regulations, the
provider is asked to respond to this report within 20 working days. The response will be published on our
website alongside this report.</p>
<h2>Distribution</h2>
<p>Wexcombe Hospitals NHS Foundation Trust; Wexcombe and Stourvale Integrated Care Board; the Care Quality
Commission; Wexcombe County Council Health Scrutiny Committee.</p>
"""

RESPONSE = """
<p style="font-family: DS; font-size: 9pt; color: #005eb8; text-align: right; margin-bottom: 0"><b>Wexcombe Hospitals</b></p>
<p style="font-family: DS; font-size: 8pt; color: #005eb8; text-align: right; margin-bottom: 14pt">NHS Foundation Trust</p>
<p style="font-family: DS; font-size: 13pt; margin-bottom: 3pt"><b>Patient Experience and Engagement Committee</b></p>
<p style="margin-bottom: 10pt">Minutes of the meeting held on Tuesday 14 April 2026 at 14:00 in the Board Room,
Wexcombe General Hospital, and by video link</p>
<table>
<tr><th width="22%">Present</th><td>Gillian Orrow, Non-Executive Director (Chair) (GO); Karen Mallory, Chief Nurse
(KM); Dr Marcus Feeney, Deputy Medical Director (MF); Alison Brereton, Head of Patient Experience (AB); Tom
Okafor-Reid, Public Governor (TOR); Sunita Parmar, Divisional Director of Nursing, Medicine (SP)</td></tr>
<tr><th>In attendance</th><td>Sister Ruth Adebayo-Clark, Ward Manager, Larchmont Ward (RAC) (item 26/34);
Owen Pethick, Healthwatch Wexcombe (OP) (items 26/34 and 26/36); Helen Drury, Voluntary Services Manager (HD);
Lucy Fairweather, Corporate Governance Officer (minutes)</td></tr>
<tr><th>Apologies</th><td>Peter Lanyon, Director of Estates and Facilities; Dr Chloe Beddow, Consultant
Geriatrician</td></tr>
</table>
<p></p>
<table>
<tr><th width="14%">Minute</th><th width="69%">Item</th><th width="17%">Action</th></tr>
<tr><td class="ref">PEEC 26/31</td><td><b>Welcome and apologies</b><br/>The Chair welcomed members and
attendees. Apologies were noted as above. The meeting was quorate.</td><td class="act"></td></tr>
<tr><td class="ref">PEEC 26/32</td><td><b>Declarations of interest</b><br/>TOR declared that a family member had
been a patient on Larchmont Ward in 2025. No other interests were declared.</td><td class="act"></td></tr>
<tr><td class="ref">PEEC 26/33</td><td><b>Minutes of the meeting held on 10 March 2026 and action log</b><br/>The
minutes were approved as an accurate record. Actions 26/14 and 26/19 were closed; action 26/21 (interpreting
services audit) was carried forward to May.</td><td class="act"></td></tr>
<tr><td class="ref">PEEC 26/34</td><td><b>Healthwatch Wexcombe Enter and View report: Larchmont Ward</b></td>
<td class="act"></td></tr>
<tr><td class="ref">34.1</td><td>OP presented the report of the visit on 11 February 2026, which had been
circulated with the papers. He thanked the ward team for the welcome the representatives had received and
highlighted the positive comments made by patients about staff. RAC then took the Committee through the ward's
proposed response to the eight recommendations, which had been prepared with the Divisional Director of
Nursing.</td><td class="act"></td></tr>
<tr><td class="ref">34.2</td><td><i>Help at mealtimes (recommendation 1).</i> RAC reported that the red tray
scheme had been relaunched on 2 March 2026, with a nutrition huddle before each meal to identify patients who
need assistance, and that weekly audits since then had shown 96 per cent of eligible patients with a red tray.
The Committee supported the recommendation and asked for the audit results to be reported in the next quarterly
nutrition report.</td><td class="act">RAC - July 2026</td></tr>
<tr><td class="ref">34.3</td><td><i>Dementia training.</i> KM explained that Tier 1 training is mandatory for all
staff, with 93 per cent compliance on the ward. Extending Tier 2 to every member of staff, including temporary
staff, could not be delivered within current training capacity. Tier 2 will instead be required for all
registered nurses and healthcare assistants employed on Larchmont Ward by March 2027; bank and agency staff will
continue to complete Tier 1 only. The Committee agreed this approach.</td><td class="act">SP - March 2027</td></tr>
<tr><td class="ref">34.4</td><td><i>Call bells (recommendation 2).</i> A check that every call bell works and is
within reach has been added to the safety huddle checklist for each shift from 16 March 2026, and extension
leads have been bought for patients sitting out in chairs. The Committee accepted the recommendation, which is
now in place.</td><td class="act"></td></tr>
<tr><td class="ref">34.5</td><td><i>Visiting.</i> The Committee noted that open visiting has been Trust policy
since 2022 and that the sign giving hours of 2pm to 8pm was out of date. The sign was replaced on 20 February
2026 and the ward's information leaflet has been reprinted. No further action is required.</td>
<td class="act"></td></tr>
<tr><td class="ref">34.6</td><td><i>Discharge information (recommendation 5).</i> From May 2026 every patient
will receive a discharge leaflet on admission, with the expected date of discharge written on the bedside board
and updated daily. RAC advised that naming one member of staff as the contact for each patient was not
workable with shift patterns; the leaflet will instead give the direct line of the ward's discharge
coordinator, staffed 08:00 to 18:00 on weekdays. Members agreed to adopt the recommendation on that
basis.</td><td class="act">RAC - May 2026</td></tr>
<tr><td class="ref">34.7</td><td><i>Recommendations 6 and 7 (ward environment).</i> Members discussed the request
for a quiet room. The former day room was converted to a four-bed escalation bay in the winter of 2024 and is
still needed to manage bed capacity. The Committee concluded that it could not support returning it to use as a
day room at present; relatives may use the multi-faith room on the ground floor by arrangement with the ward.
The blinds and the hand dryer are matters for the Estates and Facilities Management team, and the Committee
agreed to refer them to the Estates and Facilities Committee for prioritisation within the 2026/27 minor works
programme.</td><td class="act">Secretary - 30 April 2026</td></tr>
<tr><td class="ref">34.8</td><td>OP welcomed the Trust's detailed response and said that Healthwatch Wexcombe
would publish it with the report.</td><td class="act"></td></tr>
<tr><td class="ref">34.9</td><td><b>RESOLVED:</b> That the Committee (a) received and noted the Enter and View
report; and (b) approved the response set out in minutes 34.2 to 34.7 for submission to Healthwatch Wexcombe by
24 April 2026.</td><td class="act">KM/RAC - 24 April 2026</td></tr>
<tr><td class="ref">PEEC 26/35</td><td><b>Complaints and PALS report, Quarter 4 2025/26</b><br/>AB presented the
report. The Trust received 142 formal complaints in the quarter (Q3: 156) and responded to 78 per cent within
the agreed timescale. Communication remains the most common theme (31 per cent). The Committee noted the report
and asked that the next report include complaints by ward for the Medicine division.</td>
<td class="act">AB - July 2026</td></tr>
<tr><td class="ref">PEEC 26/36</td><td><b>Healthwatch Wexcombe work programme 2026/27</b><br/>OP said that
Healthwatch Wexcombe plans to visit the Emergency Department in the autumn, with a focus on waits for patients
with learning disabilities. The Committee welcomed this and agreed that the Trust would host the visit and
nominate a link officer.</td><td class="act">AB - June 2026</td></tr>
<tr><td class="ref">PEEC 26/37</td><td><b>Any other business</b><br/>None.</td><td class="act"></td></tr>
<tr><td class="ref">PEEC 26/38</td><td><b>Date of next meeting</b><br/>Tuesday 12 May 2026 at 14:00, Board Room.</td>
<td class="act"></td></tr>
</table>
<p></p>
<p class="small">Signed as a true record: ............................................ (Chair)
 Date: ........................</p>
"""


def archive():
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
              "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        H.clean_font(f)
    return fitz.Archive(H.CLEAN)


def story(html, css=CSS):
    return fitz.Story(html="<body>" + html + "</body>", user_css=css, archive=archive())


class Flow:
    """Place several stories one after another on pages; remembers panels to draw under them."""

    def __init__(self, path, L, R, T, B):
        self.page = fitz.paper_rect("a4")
        self.L, self.R, self.T, self.B = L, R, T, B
        self.writer = fitz.DocumentWriter(path)
        self.dev = self.writer.begin_page(self.page)
        self.y = T
        self.pno = 0
        self.panels = []   # (pno, rect, fill, stroke)

    def new_page(self):
        self.writer.end_page()
        self.dev = self.writer.begin_page(self.page)
        self.pno += 1
        self.y = self.T

    def add(self, html, pad=0, panel=None, gap=8, css=CSS):
        st = story(html, css)
        more = True
        while more:
            r = fitz.Rect(self.L + pad, self.y + pad, self.R - pad, self.B - pad)
            more, filled = st.place(r)
            st.draw(self.dev)
            f = fitz.Rect(filled)
            if panel:
                self.panels.append((self.pno, fitz.Rect(self.L, self.y, self.R, f.y1 + pad), *panel))
            if more:
                self.new_page()
            else:
                self.y = f.y1 + pad + gap

    def close(self):
        self.writer.end_page()
        self.writer.close()


def build_advice(path):
    fl = Flow(path, 56, fitz.paper_rect("a4").width - 56, 56, fitz.paper_rect("a4").height - 62)
    fl.add(TITLE, gap=14)
    fl.add(BOX, pad=10, panel=((0.99, 0.91, 0.95), (0.88, 0.09, 0.44)), gap=10)
    fl.add(BODY)
    fl.new_page()
    fl.add(RECS, pad=12, panel=((0.90, 0.95, 0.97), (0.0, 0.31, 0.42)), gap=12)
    fl.add(AFTER)
    fl.close()
    doc = fitz.open(path)
    for pno, rect, fill, stroke in fl.panels:
        shape = doc[pno].new_shape()
        shape.draw_rect(rect)
        shape.finish(color=stroke, fill=fill, width=0.9)
        shape.commit(overlay=False)
    doc.saveIncr()
    doc.close()
    H.stamp(path, header=None, footer="Healthwatch Wexcombe  |  Enter and View: Larchmont Ward  |  {n}",
            fontfile=H.clean_font("DejaVuSans.ttf"), size=7.5)


def build_response(path):
    fl = Flow(path, 52, fitz.paper_rect("a4").width - 52, 56, fitz.paper_rect("a4").height - 60)
    # no shaded header cells: MuPDF repeats their fill as stray bands on the next page of a split table
    fl.add(RESPONSE, css=CSS.replace("th {background-color: #dcebf1;}", "th {border-bottom: 1.4pt solid #005eb8;}"))
    fl.close()
    H.stamp(path, header="PEEC minutes 14 April 2026 - confirmed at the meeting on 12 May 2026",
            footer="Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"), size=7.5)


def main():
    build_advice(H.out(NAME + "_advice.pdf"))
    build_response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "1", "starts_with": "Make sure that every patient who needs help to eat is",
         "reply_contains": "scheme had been relaunched on 2 March 2026", "verdict": "agrees"},
        {"number": "2", "starts_with": "Check call bells on every shift and make sure each patient",
         "reply_contains": "The Committee accepted the recommendation, which is now in place",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "Ensure that all staff working on the ward, including bank and",
         "reply_contains": "bank and agency staff will continue to complete Tier 1 only",
         "verdict": "partly"},
        {"number": "4", "starts_with": "Review the visiting information on the ward and make it clear",
         "reply_contains": "open visiting has been Trust policy since 2022", "verdict": "agrees"},
        {"number": "5", "starts_with": "Give every patient and their family written information about the discharge",
         "reply_contains": "naming one member of staff as the contact for each patient",
         "verdict": "partly"},
        {"number": "6", "starts_with": "Provide a quiet room or area on the ward where patients",
         "reply_contains": "could not support returning it to use as a day room",
         "verdict": "disagrees"},
        {"number": "7", "starts_with": "Repair or replace the broken window blinds in Bays C and",
         "reply_contains": "agreed to refer them to the Estates and Facilities Committee",
         "verdict": "noted"},
        {"number": "8", "starts_with": "Explore ways to increase the number of volunteers on the ward",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["plans to visit the Emergency Department in the autumn"]
    notes = ("Local Healthwatch 'Enter and View' report answered in the minutes of an NHS trust committee "
             "(invented 'Healthwatch Wexcombe', 'Wexcombe Hospitals NHS Foundation Trust', Larchmont Ward; PyMuPDF "
             "Story, A4; a visit-details table, a pink-framed 'What is Enter and View?' box, the recommendations in "
             "a shaded, framed panel on page 3; stamped footers). Advice: eight recommendations as ONE numbered "
             "list split by three theme sub-heads ('Care and support' 1-3, 'Communication and visiting' 4-5, "
             "'Environment and activities' 6-8, the list restarting at 4 and 6), imperatives ('Make sure ...', "
             "'Check call bells ...', 'Ensure ...', 'Review ...', 'Give ...', 'Provide ...', 'Repair or replace "
             "...', 'Explore ways ...'). Traps: 'Summary of findings' and 'What is working well' bullets, patients' "
             "quotes ('They should tell you what's happening'), the 2023 Elm Ward recommendation quoted, the "
             "disclaimer, 'Service provider response' (20 working days). Response: committee minutes (attendance "
             "table, then a ruled Minute / Item / Action table, minute references PEEC 26/31-26/38 and sub-minutes "
             "34.1-34.9 that look like numbers, action owners and dates in the right column); the replies stand in "
             "34.2-34.7 under italic run-in titles, in another order (1, 3, 2, 4, 5, 6+7), some naming the "
             "recommendation ('(recommendation 1)', '(recommendation 2)', '(recommendation 5)', 'Recommendations 6 "
             "and 7') and two by subject only ('Dementia training.', 'Visiting.'): 1 relaunched red trays, 'The "
             "Committee supported the recommendation' (agrees); 3 Tier 2 for employed nurses and HCAs only, 'bank "
             "and agency staff will continue to complete Tier 1 only' (partly); 2 'The Committee accepted the "
             "recommendation, which is now in place' (agrees); 4 open visiting already policy, sign replaced, 'No "
             "further action is required' (agrees, already done); 5 leaflet yes, named contact 'not workable', "
             "'adopt the recommendation on that basis' (partly); ONE sub-minute for 6 and 7 ('could not support "
             "returning it to use as a day room' = 6 disagrees; blinds and dryer 'matters for the Estates and "
             "Facilities Management team', referred to another committee = 7 noted). 8 (volunteers) is not "
             "answered although the Voluntary Services Manager attended (unanswered). Minute 34.9 RESOLVED "
             "'received and noted the Enter and View report' is no verdict; minute PEEC 26/36 on Healthwatch's "
             "planned Emergency Department visit answers nothing (unmatched); 26/35 complaints report is furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
