"""Round 119 (EN): a Scottish sheriff's FATAL ACCIDENT INQUIRY DETERMINATION into the death of a worker struck by a
reversing loading shovel at a council recycling centre. The court layout: a title block, a short 'Determination' with
the findings numbered 1.-7. under section 26(2)(a)-(g) (the (e) finding lists precautions that sound like asks), a
'Recommendations' line that only points to paragraphs [21] to [29], then a 'NOTE' whose paragraphs are numbered in
SQUARE BRACKETS [1]-[31]. The seven recommendations are the paragraphs [21]-[23], [25]-[27] and [29] opening 'I
recommend that ...', each addressed to one of three bodies; [24] and [28] are proposals the sheriff DECLINES to make.
Answered by the court's COMPILED SECTION 28 RESPONSES: a cover note with a table of addressees (one 'No response
received'), then the responses as received: the hire company's letter quoting its two recommendations with 'Response:'
paragraphs, then the council's letter under headings 'Recommendations at paragraphs [21] and [25]' (one reply for two),
'[22]', '[27]', with an opening and an 'Other action taken' part that answer nothing.
LibreOffice Writer headless from HTML, A4, Liberation Serif (determination) and Liberation Sans / Serif (responses);
header and 'Page N of M' stamped from page 2. All courts, bodies, people, places, figures and references invented;
the Inquiries into Fatal Accidents and Sudden Deaths etc. (Scotland) Act 2016 is named as context only (what is said of
it here is paraphrased and not to be relied on).
Run:  /tmp/blind119en/bin/python tests/docs/src/blind119/gen_en_fai_loader_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b119en as H

NAME = "blind119_en_fai_loader"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.4cm 1.9cm 2.4cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 13pt; text-align: center; margin-top: 0.2cm; margin-bottom: 0.2cm; }
h2 { font-family: '%(f)s'; font-size: 11.5pt; margin-top: 0.35cm; margin-bottom: 0.15cm; }
h3 { font-family: '%(f)s'; font-size: 11pt; font-style: italic; font-weight: normal; margin-top: 0.25cm;
     margin-bottom: 0.12cm; }
p { margin-top: 0; margin-bottom: %(pb)s; line-height: %(lh)s; text-align: justify; }
p.c { text-align: center; margin-bottom: 0.08cm; }
p.n { margin-left: 1.2cm; text-indent: -1.2cm; }
p.f { margin-left: 0.9cm; text-indent: -0.9cm; }
p.s { margin-left: 1.8cm; text-indent: -0.6cm; }
p.q { margin-left: 0.8cm; margin-right: 0.8cm; font-style: italic; }
p.l { text-align: left; }
</style>"""


def doc(body, font, size="10pt", pb="0.16cm", lh="115%"):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'pb': pb, 'lh': lh}}</head><body>{body}</body></html>")


def n(num, t):
    return f"<p class='n'>[{num}]&#9;{t}</p>\n"


def f(num, t):
    return f"<p class='f'>{num}.&#9;{t}</p>\n"


def advice():
    c = lambda t, b=False: f"<p class='c'>{'<b>' + t + '</b>' if b else t}</p>\n"
    body = (c("SHERIFFDOM OF LORNE AND THE ISLES AT PORT ARDRIE", True) + c("[2026] FAI 14") + c("PTA-B31-25") +
            "<p class='c'>&#160;</p>".replace("&#160;", " ") +
            c("DETERMINATION", True) + c("BY") + c("SHERIFF MORAG E LINDSAY", True) +
            c("UNDER THE INQUIRIES INTO FATAL ACCIDENTS AND SUDDEN DEATHS ETC. (SCOTLAND) ACT 2016") +
            c("into the death of") + c("CALUM DRUMMOND BAIRD", True) + c("Port Ardrie, 3 March 2026"))
    body += "<h2>Determination</h2>\n"
    body += ("<p>The sheriff, having considered the information presented at the inquiry, determines in terms of "
             "section 26 of the Inquiries into Fatal Accidents and Sudden Deaths etc. (Scotland) Act 2016 (&quot;the "
             "Act&quot;) that:</p>\n")
    body += f("1", "In terms of section 26(2)(a) of the Act (when and where the death occurred): Calum Drummond Baird, "
              "born 14 May 1978, died at about 10.40 am on 19 November 2024 at Ardmhor Household Waste Recycling "
              "Centre, Shore Road, Ardmhor, Isle of Kell.")
    body += f("2", "In terms of section 26(2)(b) (when and where any accident resulting in the death occurred): the "
              "accident occurred at about 10.25 am on 19 November 2024 in the lower yard of the centre.")
    body += f("3", "In terms of section 26(2)(c) (the cause or causes of the death): 1a multiple injuries, due to 1b "
              "crush injury to the chest.")
    body += f("4", "In terms of section 26(2)(d) (the cause or causes of any accident resulting in the death): Mr Baird "
              "was struck by a wheeled loading shovel reversing across the lower yard while he walked from the skip "
              "bays to the site office.")
    body += f("5", "In terms of section 26(2)(e) (precautions which could reasonably have been taken and might "
              "realistically have resulted in the death being avoided): (a) the separation of the pedestrian route "
              "from the area in which the loading shovel worked, by a physical barrier; (b) a working reversing "
              "camera on the loading shovel; (c) a rule that the loading shovel did not move in the lower yard while "
              "members of the public were on site.")
    body += f("6", "In terms of section 26(2)(f) (defects in any system of working which contributed to the death): "
              "there was no site-specific traffic management plan for the lower yard.")
    body += f("7", "In terms of section 26(2)(g) (any other facts which are relevant to the circumstances of the death): "
              "none.")
    body += "<h2>Recommendations</h2>\n"
    body += ("<p>In terms of section 26(1)(b) of the Act, the sheriff makes the recommendations set out at paragraphs "
             "[21] to [29] of the Note below.</p>\n")
    body += "<h1>NOTE</h1>\n<h2>Introduction</h2>\n"
    body += n(1, "This inquiry was held under section 2(4)(a) of the Act. Mr Baird died in the course of his "
              "employment, and an inquiry was therefore mandatory. A preliminary hearing took place on 2 September "
              "2025 and the inquiry sat for five days in January 2026.")
    body += n(2, "The Crown was represented by Mr Iain Macphail, Procurator Fiscal Depute. Strathlorne Council, which "
              "runs the centre and employed Mr Baird, was represented by Ms Fiona Strachan, solicitor; Corran Plant "
              "Hire Ltd, which supplied the loading shovel and its operator, by Mr Gregor Tait, solicitor; and Mr "
              "Baird's partner, Ms Eilidh Rennie, by Ms Anna Kerr, advocate.")
    body += n(3, "Much of the evidence was agreed in a joint minute. I heard oral evidence from nine witnesses, "
              "including the operator of the loading shovel, the site supervisor, an inspector of the enforcing "
              "authority and an independent expert in workplace transport.")
    body += "<h2>The legal framework</h2>\n"
    body += n(4, "Section 26(1) of the Act provides that the determination must set out the sheriff's findings as to "
              "the circumstances mentioned in section 26(2), and such recommendations (if any) as the sheriff "
              "considers appropriate as to the matters in section 26(4). Those matters include the taking of "
              "reasonable precautions, improvements to any system of working, and any other steps which might "
              "realistically prevent other deaths in similar circumstances.")
    body += n(5, "An inquiry is not a means of establishing civil or criminal liability (section 1(4)). A "
              "recommendation does not need to be one which would have prevented this death; it must relate to "
              "circumstances like those which the inquiry has examined.")
    body += "<h2>The centre</h2>\n"
    body += n(6, "Ardmhor is the only recycling centre on the Isle of Kell. It received 61,300 visits in 2024 and is "
              "open from 9 am to 4.30 pm, five days a week. The upper yard holds the public skips; the lower yard, "
              "reached by a ramp, is where full skips are compacted and exchanged.")
    body += n(7, "The site office stands at the far side of the lower yard. Staff walking between the skip bays and "
              "the office crossed the area in which the loading shovel worked. There was no marked walkway.")
    body += n(8, "The loading shovel had been hired from Corran Plant Hire Ltd with an operator since 2021. Its "
              "reversing camera had been reported as faulty on 4 November 2024 and had not been repaired by the "
              "day of the accident.")
    body += "<h2>The events of 19 November 2024</h2>\n"
    body += n(9, "At about 10.20 am the loading shovel began to move a full skip from the compactor to the exchange "
              "bay. Members of the public were in the upper yard and two vans were queueing on the ramp.")
    body += n(10, "Mr Baird left the skip bays to collect a delivery note from the office. He wore high-visibility "
              "clothing. The operator reversed to turn the machine and did not see him. The reversing alarm was "
              "sounding, but the witnesses agreed that alarms sounded almost all day at the centre and that nobody "
              "paid attention to them.")
    body += n(11, "Mr Baird was struck at about 10.25 am. Staff and a member of the public gave first aid. Paramedics "
              "arrived at 10.38 am and he was pronounced dead at 10.40 am.")
    body += "<h2>The evidence about traffic management</h2>\n"
    body += n(12, "The Council's risk assessment for Ardmhor was written in 2017 and covered the site as a whole. It "
              "said that &quot;vehicles and pedestrians should be segregated where practicable&quot; but did not say "
              "how this was to be done in the lower yard. The site supervisor had not seen it.")
    body += n(13, "The expert, Dr Ruth Allardyce, described published guidance for the waste industry which says that "
              "pedestrians and mobile plant should be kept apart by barriers wherever possible, and that where this "
              "cannot be done, plant should not move while pedestrians are present. Of the Council's seven centres, "
              "she had visited four; two had the same arrangement as Ardmhor.")
    body += n(14, "In the inquiry into the death of a worker at a transfer station in Kilbrannan in 2019, the sheriff "
              "recommended that &quot;operators of waste sites should review their traffic management arrangements "
              "at least once a year&quot;. Neither the Council nor Corran Plant Hire Ltd was a participant in that "
              "inquiry, and neither had acted on it.")
    body += n(15, "Training was discussed at length. The operator held a plant operator card renewed in 2022. He had "
              "received no training specific to working at sites open to the public.")
    body += "<h2>Submissions</h2>\n"
    body += n(16, "The Crown invited me to make the findings set out in paragraphs 1 to 6 of the determination above, "
              "and suggested four recommendations. The Council and Corran Plant Hire Ltd accepted the findings in "
              "large part. They submitted that steps already taken since the accident made some recommendations "
              "unnecessary.")
    body += n(17, "Counsel for Ms Rennie asked me to make nine recommendations, which I consider below. I record the "
              "dignity with which Ms Rennie and Mr Baird's family followed the evidence.")
    body += "<h2>Discussion</h2>\n"
    body += n(18, "The precautions at paragraph 5 of the determination are each ones which, on the evidence, could "
              "reasonably have been taken. Any one of them might realistically have avoided the accident. The "
              "absence of a traffic management plan for the lower yard was a defect in the system of working which "
              "contributed to the death.")
    body += n(19, "I accept that a good deal has changed at Ardmhor since November 2024. A temporary barrier was put "
              "up within a week. But the evidence showed that the same layout exists elsewhere, that the reversing "
              "camera fault had gone unrepaired for fifteen days, and that nobody at the site had been trained to "
              "think about pedestrians and plant together. It is for those reasons that I make the recommendations "
              "which follow.")
    body += "<h2>Recommendations</h2>\n"
    body += n(20, "I have considered each proposal made to me against section 26(4). I make seven recommendations. "
              "Each is addressed to the participant or other body I consider best placed to act on it.")
    body += n(21, "I recommend that Strathlorne Council prepare and implement a written, site-specific traffic "
              "management plan for each of its household waste recycling centres, beginning with Ardmhor, and "
              "review each plan at least once a year.")
    body += n(22, "I recommend that Strathlorne Council install a fixed physical barrier separating the pedestrian "
              "route from the working area of the loading shovel in the lower yard at Ardmhor, and at any other "
              "centre with the same layout.")
    body += n(23, "I recommend that Corran Plant Hire Ltd fit every loading shovel it supplies for use at public "
              "recycling centres with a reversing camera and a radar proximity warning system, and check both as "
              "part of the daily pre-use inspection.")
    body += n(24, "Counsel for Ms Rennie also invited me to recommend that the centre be closed to the public on "
              "weekdays. Ardmhor serves an island with no other recycling centre, and the other steps I recommend "
              "meet the same risk. I do not make that recommendation.")
    body += n(25, "I recommend that Strathlorne Council stop all movements of the loading shovel in the lower yard at "
              "Ardmhor while members of the public are on site, and carry out skip exchanges when the centre is "
              "closed.")
    body += n(26, "I recommend that Corran Plant Hire Ltd give every operator it places at a site open to the public "
              "refresher training in working near pedestrians, at intervals of no more than two years.")
    body += n(27, "I recommend that Strathlorne Council require the supervisor at each of its recycling centres to "
              "hold a recognised qualification in workplace transport safety.")
    body += n(28, "I was also asked to recommend that the Council's chief executive apologise publicly to Mr Baird's "
              "family. That is not a matter within section 26(4), and I make no recommendation about it.")
    body += n(29, "I recommend that the Waste Industry Safety Forum Scotland issue guidance to its members on keeping "
              "pedestrians and mobile plant apart at public recycling sites, drawing on the evidence heard at this "
              "inquiry.")
    body += n(30, "Under section 28 of the Act, a participant to whom a recommendation is addressed is required to "
              "respond in writing within eight weeks, saying what it has done or proposes to do, or why it does not "
              "intend to do anything. The Forum was not a participant, but a copy of this determination will be sent "
              "to it.")
    body += "<h2>Conclusion</h2>\n"
    body += n(31, "I extend my sympathy to Ms Rennie and to Mr Baird's family. I am grateful to all the "
              "representatives for the way in which the inquiry was conducted. Of the recommendations I make, those "
              "at paragraphs [22] and [25] address the risk that caused this death most directly.")
    body += "<p class='l'>Sheriff Morag E Lindsay</p>\n"
    return doc(body, "Liberation Serif")


def response():
    S = "Liberation Serif"
    body = ("<table width='100%' cellpadding='6' cellspacing='0'><tr><td bgcolor='#1f2f4a'><font face='Liberation "
            "Sans' color='#ffffff' size='4'><b>Port Ardrie Sheriff Court</b></font><br><font face='Liberation Sans' "
            "color='#d5dbe6' size='2'>Sheriff Clerk's Office, Court House, Harbour Street, Port Ardrie</font></td>"
            "</tr></table>\n")
    body += ("<p class='l'><font face='Liberation Sans' size='4'><b>Fatal accident inquiry into the death of Calum "
             "Drummond Baird, [2026] FAI 14</b></font><br><font face='Liberation Sans'><b>Responses to "
             "recommendations</b> (section 28 of the Inquiries into Fatal Accidents and Sudden Deaths etc. "
             "(Scotland) Act 2016)</font></p>\n")
    body += ("<p>The sheriff's determination was published on 3 March 2026. It contains seven recommendations, "
             "addressed to three bodies. The responses received by the sheriff clerk are reproduced below in the "
             "order in which they arrived. Publication of a response does not mean that the court has approved "
             "it.</p>\n")
    body += ("<table width='100%' border='1' cellpadding='4' cellspacing='0'>"
             "<tr bgcolor='#e4e8ef'><td><font face='Liberation Sans' size='2'><b>Addressed to</b></font></td>"
             "<td><font face='Liberation Sans' size='2'><b>Paragraphs of the Note</b></font></td>"
             "<td><font face='Liberation Sans' size='2'><b>Date received</b></font></td></tr>"
             "<tr><td><font face='Liberation Sans' size='2'>Corran Plant Hire Ltd</font></td><td><font "
             "face='Liberation Sans' size='2'>[23], [26]</font></td><td><font face='Liberation Sans' size='2'>17 "
             "April 2026</font></td></tr>"
             "<tr><td><font face='Liberation Sans' size='2'>Strathlorne Council</font></td><td><font "
             "face='Liberation Sans' size='2'>[21], [22], [25], [27]</font></td><td><font face='Liberation Sans' "
             "size='2'>27 April 2026</font></td></tr>"
             "<tr><td><font face='Liberation Sans' size='2'>Waste Industry Safety Forum Scotland (not a "
             "participant)</font></td><td><font face='Liberation Sans' size='2'>[29]</font></td><td><font "
             "face='Liberation Sans' size='2'>No response received by 12 May 2026</font></td></tr></table>\n")
    body += "<p> </p>\n<h2>1. Response from Corran Plant Hire Ltd</h2>\n"
    body += ("<p class='l'>Unit 4, Lochside Industrial Estate, Oban Road, Port Ardrie<br>17 April 2026</p>\n"
             "<p class='l'>Dear Sheriff Clerk,</p>\n"
             "<p>We write under section 28 of the Act in response to the two recommendations addressed to this "
             "company. Our thoughts remain with Mr Baird's family.</p>\n")
    body += ("<p class='q'>Paragraph [23]: &quot;I recommend that Corran Plant Hire Ltd fit every loading shovel it "
             "supplies for use at public recycling centres with a reversing camera and a radar proximity warning "
             "system, and check both as part of the daily pre-use inspection.&quot;</p>\n"
             "<p><b>Response:</b> All eleven loading shovels in our public-site fleet were fitted with reversing "
             "cameras and radar proximity sensors by 31 January 2026. Both now appear on the daily pre-use "
             "checklist, and any fault takes the machine out of service until it is repaired. Our compliance "
             "manager audits the checklists every month.</p>\n")
    body += ("<p class='q'>Paragraph [26]: &quot;I recommend that Corran Plant Hire Ltd give every operator it places "
             "at a site open to the public refresher training in working near pedestrians, at intervals of no more "
             "than two years.&quot;</p>\n"
             "<p><b>Response:</b> We have considered this recommendation carefully and have decided not to adopt it. "
             "Our operators hold the national plant operator card, which has to be renewed every five years and "
             "now includes a module on pedestrian safety. We do not believe that a separate course every two years "
             "would add anything to that, and we will not be introducing one.</p>\n")
    body += ("<p>Since the accident we have also replaced the tonal reversing alarms on our whole fleet with "
             "broadband alarms, which are easier to locate and less irritating to neighbours.</p>\n"
             "<p class='l'>Yours faithfully,<br>Duncan Corran, Managing Director</p>\n")
    body += "<h2>2. Response from Strathlorne Council</h2>\n"
    body += ("<p class='l'>Environment and Infrastructure, Council Offices, Kirk Road, Port Ardrie<br>Our ref: "
             "EI/HS/0412<br>27 April 2026</p>\n<p class='l'>Dear Sheriff Clerk,</p>\n"
             "<p>Strathlorne Council accepts the sheriff's findings and again offers its deepest condolences to Ms "
             "Rennie and to Mr Baird's family and colleagues. Calum had worked for the Council for nineteen years. "
             "Our response to the four recommendations addressed to us follows.</p>\n")
    body += ("<h3>Recommendations at paragraphs [21] and [25]</h3>\n"
             "<p>A written traffic management plan for Ardmhor was adopted on 9 December 2024, and plans for our "
             "other six centres were completed by 30 September 2025. Each plan will be reviewed by the site "
             "supervisor and the Council's health and safety adviser every April.</p>\n"
             "<p>The Ardmhor plan also deals with the lower yard. Since January 2025 the loading shovel has worked "
             "there only before the centre opens at 9 am and after it closes at 4.30 pm, and all skip exchanges "
             "are now made outside opening hours.</p>\n")
    body += ("<h3>Recommendation at paragraph [22]</h3>\n"
             "<p>A steel pedestrian barrier was installed in the lower yard at Ardmhor in February 2025. We have "
             "surveyed our other centres, and two, at Kilmory and Balnacraig, have a similar layout. A barrier will "
             "be installed at Kilmory during 2026-27. At Balnacraig the yard is too narrow for a fixed barrier, and "
             "we will instead operate a one-way system with a trained banksman whenever the loading shovel is "
             "moving.</p>\n")
    body += ("<h3>Recommendation at paragraph [27]</h3>\n"
             "<p>We agree that our site supervisors need a sound understanding of workplace transport safety. "
             "Whether a formal qualification should be a requirement of the post will be considered in the review "
             "of job descriptions across the waste service, which is due to report to the Environment Committee in "
             "early 2027.</p>\n")
    body += ("<h3>Other action taken</h3>\n"
             "<p>The Council has appointed a second health and safety adviser for its waste and roads services, and "
             "near-miss reporting at recycling centres has risen from 6 reports in 2024 to 41 in 2025.</p>\n"
             "<p class='l'>Yours faithfully,<br>Morven Achnacarry, Executive Director of Environment and "
             "Infrastructure</p>\n")
    body += ("<h2>3. Waste Industry Safety Forum Scotland</h2>\n"
             "<p>A copy of the determination was sent to the Forum on 4 March 2026. The Forum was not a participant "
             "in the inquiry and is not required to respond under section 28. No response had been received when "
             "this document was published on 12 May 2026.</p>\n")
    return doc(body, S, "10.5pt", "0.2cm", "122%")


def main():
    tmp = tempfile.mkdtemp(prefix="blind119en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="[2026] FAI 14 - Determination: Calum Drummond Baird",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="[2026] FAI 14 - Responses to recommendations",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "I recommend that Strathlorne Council prepare and implement a written",
         "reply_contains": "plans for our other six centres were completed by 30 September 2025",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "I recommend that Strathlorne Council install a fixed physical barrier",
         "reply_contains": "At Balnacraig the yard is too narrow for a fixed barrier", "verdict": "partly"},
        {"number": 3, "starts_with": "I recommend that Corran Plant Hire Ltd fit every loading shovel",
         "reply_contains": "fitted with reversing cameras and radar proximity sensors by 31 January 2026",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "I recommend that Strathlorne Council stop all movements of the loading",
         "reply_contains": "all skip exchanges are now made outside opening hours", "verdict": "agrees"},
        {"number": 5, "starts_with": "I recommend that Corran Plant Hire Ltd give every operator it",
         "reply_contains": "we will not be introducing one", "verdict": "disagrees"},
        {"number": 6, "starts_with": "I recommend that Strathlorne Council require the supervisor at each",
         "reply_contains": "will be considered in the review of job descriptions",
         "verdict": "noted"},
        {"number": 7, "starts_with": "I recommend that the Waste Industry Safety Forum Scotland issue guidance",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The responses received by the sheriff clerk are reproduced below",
                 "replaced the tonal reversing alarms on our whole fleet",
                 "accepts the sheriff's findings and again offers its deepest condolences",
                 "near-miss reporting at recycling centres has risen from 6 reports",
                 "No response had been received when this document was published"]
    notes = ("Advice: Scottish sheriff's FATAL ACCIDENT INQUIRY DETERMINATION ([2026] FAI 14) into the death of a "
             "council worker struck by a reversing loading shovel at a recycling centre. Court layout: title block; "
             "'Determination' with findings numbered 1.-7. under section 26(2)(a)-(g) (finding 5 lists precautions "
             "(a)-(c) that read like asks but are findings); a 'Recommendations' line that only points to "
             "'paragraphs [21] to [29] of the Note'; the NOTE in SQUARE-BRACKETED paragraphs [1]-[31]. The seven "
             "recommendations are paragraphs [21], [22], [23], [25], [26], [27], [29], each opening 'I recommend that "
             "<body> ...' (recs 1, 2, 4, 6 to Strathlorne Council; 3, 5 to Corran Plant Hire Ltd; 7 to the Waste "
             "Industry Safety Forum Scotland). Traps: [24] and [28] are proposals the sheriff DECLINES ('I do not "
             "make that recommendation', 'I make no recommendation about it'); section 26(1) paraphrased with "
             "'must'; the 2017 risk assessment quoted with 'should'; industry guidance with 'should'; the 2019 "
             "Kilbrannan inquiry's recommendation quoted; [30] section 28 'is required to respond'; [31] closing "
             "naming paragraphs [22] and [25]. Response: the sheriff court's COMPILED SECTION 28 RESPONSES: cover "
             "note and a table of addressees with paragraph numbers and dates (the Forum's row 'No response "
             "received'); then (1) Corran's letter quoting each of its two recommendations in italics with a bold "
             "'Response:' paragraph: [23] cameras and radar fitted by 31 January 2026, on the daily checklist (rec 3 "
             "agrees), [26] 'decided not to adopt it ... we will not be introducing one' (rec 5 disagrees), plus a "
             "paragraph on broadband alarms answering nothing; (2) the Council's letter with headings "
             "'Recommendations at paragraphs [21] and [25]' (ONE section: plans for all centres, reviewed every "
             "April = rec 1 agrees; shovel works in the lower yard only outside opening hours = rec 4 agrees), "
             "'Recommendation at paragraph [22]' (barrier at Ardmhor and Kilmory, but at Balnacraig 'too narrow for "
             "a fixed barrier', one-way system instead = rec 2 partly), 'Recommendation at paragraph [27]' (agrees "
             "supervisors need understanding; whether a qualification is required 'will be considered in the review "
             "of job descriptions' in 2027 = rec 6 noted), and 'Other action taken' (nothing); (3) the Forum: not a "
             "participant, no response received (rec 7 unanswered). Replies in another order: 3, 5, 1+4, 2, 6.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
