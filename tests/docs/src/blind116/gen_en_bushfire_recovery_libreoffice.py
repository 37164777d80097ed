"""Round 116 (EN): an Australian COMMUNITY RECOVERY COMMITTEE's letter-report to a regional bushfire recovery
authority eighteen months after a fire, seven recommendations under headings with SPELLED-OUT NUMBERS
('Recommendation One - Rebuilding grants' ... 'Recommendation Seven - ...'), each heading followed by the
recommendation sentence and a 'Why this matters' paragraph, spread over four theme sections and running across the
page break; answered by the TRANSCRIPT of a public COMMUNITY MEETING at which the authority's Chief Executive and
housing lead reply aloud (speaker labels in capitals, time stamps), some by spoken number ('recommendation five'),
some by topic, in another order, one answer covering two recommendations, one recommendation never mentioned, and
turns that answer nothing (chair's welcome, residents' questions on a phone tower and insurance, figures, close).
LibreOffice Writer headless from HTML, A4, Liberation Serif (advice) and Liberation Sans (transcript); eucalypt
letterhead table with an ochre cell, a 'Timeline' table, recommendation headings in ochre; the transcript with a
meeting details table and grey time stamps; header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and references invented; the Rural Fires Act 1997 (NSW) is named as context only (what is said of
it here is not to be relied on).
Run:  /tmp/blind116en/bin/python tests/docs/src/blind116/gen_en_bushfire_recovery_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b116en as H

NAME = "blind116_en_bushfire_recovery"
EUC = "#3f5e4a"
OCHRE = "#b8662a"
SAND = "#f1e6d3"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 1.9cm 2.2cm 2cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 15pt; color: #3f5e4a; margin-top: 0.3cm; margin-bottom: 0.1cm; }
h2 { font-family: '%(f)s'; font-size: 12pt; color: #3f5e4a; margin-top: 0.4cm; margin-bottom: 0.12cm; }
h3 { font-family: '%(f)s'; font-size: 10.5pt; color: #b8662a; margin-top: 0.3cm; margin-bottom: 0.08cm; }
p { margin-top: 0; margin-bottom: 0.2cm; }
</style>"""


def doc(body, font, size="10.5pt"):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE % {'f': font, 's': size}}</head>"
            f"<body>{body}</body></html>")


RECS = [
    ("One", "Rebuilding grants",
     "The Authority should extend the closing date for Rebuilding Support Grant applications from 30 June 2026 to "
     "30 June 2027.",
     "Many owners are still waiting on insurance assessments or builders' quotes and cannot apply in time. Of the "
     "households the Committee surveyed, 61 said they would miss the current date."),
    ("Two", "Temporary housing",
     "The Authority should allow temporary housing pods to stay on people's land until their new home is finished, "
     "without the current two-year limit.",
     "The first pods reach the two-year limit in November 2026. Builders in the valley are booked well into 2027, "
     "and nobody should have to move into town while their house is half-built."),
    ("Three", "Boundary fencing",
     "The Authority should pay the full cost of replacing boundary fences between private land and the national "
     "park or state forest.",
     "Under the Rural Fires Act 1997 landholders must take reasonable steps to stop fire spreading from their land, "
     "yet it is the boundary with public land that most of them cannot afford to refence. The current scheme pays "
     "half."),
    ("Four", "Mount Carrow Road",
     "Seal the unsealed section of Mount Carrow Road between Bellbird Creek and the highway before the 2026-27 fire "
     "season.",
     "It was the only way out for 140 households and it was blocked for six hours by a fallen tree and dust so "
     "thick that drivers could not see the edge."),
    ("Five", "Recovery officers",
     "The Authority should keep the two community recovery officers based in the valley until at least December "
     "2027.",
     "The officers are the one face of the recovery that everybody knows. Their contracts end in August 2026."),
    ("Six", "Children and young people",
     "Fund free counselling for children and young people at Bellbird Creek Public School and Carrow Central School "
     "for the 2026 and 2027 school years.",
     "Teachers told us that anxiety about smoke, wind and sirens is still disrupting classes, and the nearest child "
     "psychologist is ninety minutes away."),
    ("Seven", "Neighbourhood Safer Places",
     "The Authority should install back-up power and a satellite phone at each of the three Neighbourhood Safer "
     "Places in the valley.",
     "On the day of the fire the power and mobile network failed within an hour, and people sheltering at the "
     "Bellbird Creek oval had no way to find out what was happening."),
]


def advice():
    S = "Liberation Serif"
    head = (f"<table width='100%' cellpadding='8' cellspacing='0'><tr>"
            f"<td bgcolor='{EUC}' width='66%'><font face='{S}' color='#ffffff' size='4'><b>Tallowood Valley "
            f"Community Recovery Committee</b></font></td>"
            f"<td bgcolor='{SAND}' width='34%' align='right'><font face='{S}' size='2' color='{EUC}'>c/o Bellbird Creek "
            f"Community Hall<br>Ref. TVCRC 2026/02<br>12 March 2026</font></td></tr></table>")
    body = head + """
<p style='margin-top:0.4cm'>Mr Graham Holloway<br>Chief Executive<br>Southern Ranges Regional Recovery Authority</p>
<h1>Eighteen months on: what the Tallowood Valley needs now</h1>
<p>Dear Mr Holloway,</p>
<p>It is now eighteen months since the Carrow Gap fire burned through the Tallowood Valley, destroying 212 homes and
damaging more than 300 others. The Committee has spent the summer talking with residents, farmers, schools and
businesses about where the recovery stands. This letter sets out what we heard and seven recommendations. We
ask that you respond to them at the community meeting you have offered to hold in Bellbird Creek in April.</p>
<h2>1. Where the recovery stands</h2>
<table width='100%' cellpadding='4' cellspacing='0' border='1' bordercolor='#c9b99a'>
<tr><td bgcolor='#f1e6d3' width='28%'><b>Date</b></td><td bgcolor='#f1e6d3'><b>Event</b></td></tr>
<tr><td>14 September 2024</td><td>Carrow Gap fire reaches the valley; 212 homes destroyed</td></tr>
<tr><td>2 October 2024</td><td>Southern Ranges Regional Recovery Authority established</td></tr>
<tr><td>5 May 2025</td><td>Recovery hub opens at Bellbird Creek</td></tr>
<tr><td>30 June 2026</td><td>Current closing date for Rebuilding Support Grants</td></tr>
</table>
<p style='margin-top:0.25cm'>Residents are grateful for much of what has been done. In our six-month letter of March
2025 we recommended that "the Authority should open a recovery hub in Bellbird Creek". The hub opened in May 2025 and
has been used by more than 1,900 people. At the same time, many residents told us they felt the Authority should
have come to the valley sooner, and that forms and rules change too often. Only 38 of the 212 destroyed homes have
been rebuilt.</p>
<p>We considered recommending a voluntary buy-back of homes in the steepest gullies above Mill Creek, but we have
decided not to, because the owners we spoke to want to rebuild where they are.</p>
<h2>2. Housing and rebuilding</h2>
"""
    for i, (num, title, rec, why) in enumerate(RECS):
        if i == 2:
            body += "<h2>3. Roads, fences and farms</h2>\n"
        elif i == 4:
            body += "<h2>4. People and wellbeing</h2>\n"
        elif i == 6:
            body += "<h2>5. Being ready next time</h2>\n"
        body += (f"<h3>Recommendation {num} - {title}</h3>\n<p>{rec}</p>\n"
                 f"<p><i>Why this matters:</i> {why}</p>\n")
    body += """
<h2>6. In closing</h2>
<p>We would ask the Authority to give Recommendations One, Two and Five the highest priority, as they affect the most
people soonest. Committee members will be at the April meeting and would be glad to meet your staff beforehand.</p>
<p>Yours sincerely,</p>
<p>Joanne Pettigrew<br>Chair, Tallowood Valley Community Recovery Committee</p>
"""
    return doc(body, S)


def T(time, who, text):
    return (f"<p><font color='#777777' size='2'>[{time}]</font> <b>{who}:</b> {text}</p>\n")


def response():
    S = "Liberation Sans"
    head = (f"<table width='100%' cellpadding='7' cellspacing='0'><tr>"
            f"<td bgcolor='{OCHRE}' width='62%'><font face='{S}' color='#ffffff' size='4'><b>Southern Ranges Regional "
            f"Recovery Authority</b></font></td>"
            f"<td bgcolor='{SAND}' width='38%' align='right'><font face='{S}' size='2' color='#5a3414'>Transcript "
            f"SRRRA/CM/2026/07</font></td></tr></table>")
    CEO = "MR HOLLOWAY"
    body = head + f"""
<h1 style='color:#5a3414'>Tallowood Valley community meeting: transcript</h1>
<table width='100%' cellpadding='3' cellspacing='0' border='1' bordercolor='#d8c7a9'>
<tr><td bgcolor='{SAND}' width='24%'><b>Place</b></td><td>Bellbird Creek Community Hall</td></tr>
<tr><td bgcolor='{SAND}'><b>Date and time</b></td><td>Thursday 16 April 2026, 7.00 pm to 8.25 pm</td></tr>
<tr><td bgcolor='{SAND}'><b>Speakers</b></td><td>Ms Joanne Pettigrew, chair of the Community Recovery Committee (CHAIR);
Mr Graham Holloway, Chief Executive of the Authority; Ms Linh Nguyen, Housing Recovery Lead; residents from the floor</td></tr>
</table>
<p style='margin-top:0.25cm'><font size='2'><i>This transcript has been lightly edited for readability. Residents
who asked questions are identified by first name only, with their agreement.</i></font></p>
""" + T("7.02 pm", "CHAIR", "Thanks everyone for coming out on a cold night. We've got about eighty people here and "
        "more watching online. Graham has agreed to go through our letter, and then we'll open it up for questions.") \
        + T("7.04 pm", CEO, "Before the letter, a few numbers so you know where things stand. We've paid 412 "
            "grants so far, worth $18.6 million, and 57 homes are now finished or under construction.") \
        + T("7.05 pm", CEO, "Thanks again to the Committee. I'm not going to go through the letter in "
            "order, because I want to start with the people. On recommendation five, yes: both recovery officers "
            "will stay in the valley until December 2027. Their new contracts were signed on Monday.") \
        + T("7.08 pm", CEO, "The rebuilding grants. We know a lot of you aren't ready to apply yet. So the closing date is being pushed back a full year, to "
            "30 June 2027. That's recommendation one, and it's done.") \
        + T("7.11 pm", CEO, "I'll ask Linh to talk about the pods.") \
        + T("7.11 pm", "MS NGUYEN", "Thanks, Graham. We've heard you on the temporary pods. From 1 July they can stay "
            "on your land for up to three years from when they were installed, not two. What we can't do is make it "
            "open-ended, because the leasing contract for the pods ends in 2028, but three years should cover most "
            "people who have a builder booked.") \
        + T("7.16 pm", CEO, "Fencing and the safer places I'll take together, because the answer on both is no and "
            "I'd rather be straight with you. We won't be paying the full cost of boundary fences next to the park "
            "and the state forest; the fifty-fifty scheme stays as it is, and the forestry agency pays its share. On "
            "the safer places, we had all three assessed in February and they meet the standard, so we won't be "
            "adding generators or satellite phones at those sites. I know that's not what the Committee wanted to "
            "hear.") \
        + T("7.20 pm", CEO, "The Mount Carrow Road belongs to the Shire, not to us. I've passed the Committee's letter "
            "to the Shire's general manager, and he has told me they'll look at the road when they set next year's "
            "roads program. I can't promise more than that tonight.") \
        + T("7.22 pm", "CHAIR", "Thanks, Graham. Let's go to the floor. Yes, at the back.") \
        + T("7.23 pm", "RESIDENT (COL)", "Col, from Mill Creek Road. The mobile tower on Mount Carrow went down again "
            "in January. Who do we ring about that?") \
        + T("7.24 pm", CEO, "The tower was rebuilt by the carrier in February with a battery that lasts twelve hours. "
            "If it goes down, report it to the carrier first and let our recovery officers know as well.") \
        + T("7.27 pm", "RESIDENT (MARGARET)", "Margaret, Bellbird Creek. My insurer still hasn't paid out on the "
            "shed and the water tanks. Can the Authority help with that?") \
        + T("7.28 pm", "MS NGUYEN", "We run a free insurance advocacy service on Tuesdays at the hub. Bring your policy "
            "and your letters and they'll take it up with the insurer for you.") \
        + T("7.31 pm", "RESIDENT (TOM)", "Tom, I run the general store. Lots of people work all week and can't get "
            "to the hub before it shuts at four. Could it open on a Saturday?") \
        + T("7.32 pm", CEO, "Fair point, Tom. The hub will open on Saturday mornings from nine till twelve, starting "
            "on 2 May.") \
        + T("8.23 pm", "CHAIR", "We'll have to stop there. The Committee will meet on 7 May to talk about tonight, and "
            "notes from this meeting will be on the hub noticeboard next week. Thanks for coming, everyone.") \
        + "<p><font size='2'><i>Meeting closed at 8.25 pm. Questions taken between 7.33 pm and 8.23 pm concerned " \
          "local matters and are summarised separately.</i></font></p>"
    return doc(body, S, "10pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind116en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Tallowood Valley Community Recovery Committee - TVCRC 2026/02",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Southern Ranges Regional Recovery Authority - Community meeting transcript SRRRA/CM/2026/07",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Authority should extend the closing date for Rebuilding Support Grant",
         "reply_contains": "the closing date is being pushed back a full year", "verdict": "agrees"},
        {"number": 2, "starts_with": "The Authority should allow temporary housing pods to stay on",
         "reply_contains": "What we can't do is make it open-ended", "verdict": "partly"},
        {"number": 3, "starts_with": "The Authority should pay the full cost of replacing boundary fences",
         "reply_contains": "the fifty-fifty scheme stays as it is", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Seal the unsealed section of Mount Carrow Road between Bellbird Creek",
         "reply_contains": "they'll look at the road when they set next year's roads program",
         "verdict": "noted"},
        {"number": 5, "starts_with": "The Authority should keep the two community recovery officers based",
         "reply_contains": "Their new contracts were signed on Monday", "verdict": "agrees"},
        {"number": 6, "starts_with": "Fund free counselling for children and young people at Bellbird Creek",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "The Authority should install back-up power and a satellite phone",
         "reply_contains": "we won't be adding generators or satellite phones", "verdict": "disagrees"},
    ]
    unmatched = ["Thanks everyone for coming out on a cold night",
                 "We've paid 412 grants so far, worth $18.6 million",
                 "The tower was rebuilt by the carrier in February",
                 "We run a free insurance advocacy service on Tuesdays",
                 "The hub will open on Saturday mornings from nine",
                 "The Committee will meet on 7 May to talk about tonight"]
    notes = ("Advice: Australian COMMUNITY RECOVERY COMMITTEE's letter-report TVCRC 2026/02 to a regional bushfire "
             "recovery authority eighteen months after a fire; recs are seven headings with SPELLED-OUT NUMBERS "
             "'Recommendation One - Rebuilding grants' ... 'Recommendation Seven - Neighbourhood Safer Places' (ochre "
             "h3), each followed by the recommendation sentence (starts_with) and an italic 'Why this matters' "
             "paragraph, spread over four numbered theme sections 2-5, running across the page break; six 'The "
             "Authority should ...' and two bare imperatives ('Seal ...', 'Fund ...'); traps: 'Timeline' table, "
             "the six-month letter's recommendation quoted ('the Authority should open a recovery hub in Bellbird "
             "Creek', done), residents' 'the Authority should have come to the valley sooner' (a finding), a "
             "buy-back 'we have decided not to' recommend, the Rural Fires Act 1997 'landholders must take "
             "reasonable steps', 'Why this matters' paragraphs with figures, closing 'give Recommendations One, Two "
             "and Five the highest priority'. Response: TRANSCRIPT of the public COMMUNITY MEETING (speaker labels "
             "in capitals, grey time stamps, meeting details table), replies spoken, some by number ('On "
             "recommendation five', 'That's recommendation one'), some by topic, order 5, 1, 2, 3+7, 4: officers stay "
             "until December 2027, contracts signed (5 agrees); closing date pushed back to 30 June 2027 (1 agrees); "
             "the housing lead: pods up to three years, 'What we can't do is make it open-ended' (2 partly); ONE "
             "turn 'Fencing and the safer places I'll take together, because the answer on both is no' = no full "
             "cost, 'the fifty-fifty scheme stays as it is' (3 disagrees) + safer places meet the standard, 'won't "
             "be adding generators or satellite phones' (7 disagrees); the road 'belongs to the Shire', letter "
             "passed on, 'they'll look at the road', 'can't promise more' (4 noted); 6 (children's counselling) "
             "never mentioned (unanswered); the chair's welcome and close, the CEO's figures turn (412 grants, "
             "$18.6 million), the 'pods' hand-over, residents' questions on the phone tower, "
             "insurance and the hub's Saturday hours with their answers, and the closing note answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
