"""Round 134 (EN): a New Zealand regional Civil Defence Emergency Management (CDEM) Group's INDEPENDENT REVIEW of
its RESPONSE to a flood, answered by the CDEM Group JOINT COMMITTEE's RESPONSE, which QUOTES each recommendation
(without its number) before 'Our response'.
The advice: the seven recommendations stand ONLY as rows of a ruled table 'No. | Recommendation | Lead | By' at
the end of the report; the table runs over the page break inside row 1. Traps: the terms of reference as a numbered list 1.-4.
(questions), a timeline table, 'What worked well' bullets after the table, the Civil Defence Emergency Management Act 2002
paraphrased ('must'), the 2018 exercise report's recommendation quoted ('should'), 'We do not recommend ...', a
closing naming 'recommendations 1 and 5'.
The response: introduction (nothing), a recovery update with figures (nothing), then quoted recommendations in
italics, each followed by 'Our response', in the order 2, 1, 5, 3, 7, 4; the sixth (marae) is never quoted or
answered; closing (nothing).
LibreOffice Writer headless from HTML, A4, Liberation Sans (review) and Liberation Serif (response); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Civil Defence
Emergency Management Act 2002 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind134en/bin/python tests/docs/src/blind134/gen_en_flood_review_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b134en as H

NAME = "blind134_en_flood_review"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.1cm 2.2cm 2.2cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 17pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12.5pt; margin-top: 0.4cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 130%%; }
p.meta { color: #555555; font-size: 9pt; }
p.q { font-style: italic; margin-left: 0.8cm; color: #333333; }
p.r { margin-left: 0.8cm; }
td { font-family: '%(f)s'; font-size: %(t)s; vertical-align: top; }
th { font-family: '%(f)s'; font-size: %(t)s; text-align: left; background: #d9e4ef; }
li { margin-bottom: 0.06cm; }
</style>"""


def doc(body, font, colour, size, tsize):
    return (f"<!DOCTYPE html><html lang='en-NZ'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour, 't': tsize}}</head><body>{body}</body></html>")


def advice():
    recs = [
        ("1", "Activate the Group Emergency Coordination Centre within one hour of any MetService red heavy rain "
              "warning for the region, without waiting for reports of damage.", "Group Controller",
         "Immediately"),
        ("2", "Use Emergency Mobile Alert as the primary channel for evacuation messages, with the Group's website "
              "and local radio carrying the same wording.", "Group Public Information Manager", "Before winter "
              "2025"),
        ("3", "Work with the twelve rural communities cut off in February to prepare community-led response plans, "
              "including a named local coordinator and a supply cache.", "Emergency Management Office",
         "By June 2027"),
        ("4", "Replace the Group's analogue radio network with a digital network that links the coordination "
              "centre, the councils and the rural fire stations.", "Group Manager", "Long Term Plan 2027"),
        ("5", "Create a permanent, full-time Group Controller position instead of relying on council staff who "
              "act as controllers alongside their usual roles.", "Coordinating Executive Group",
         "Within 12 months"),
        ("6", "Agree with iwi and the marae of the Tahora Valley how marae will be supported and resupplied when "
              "they open as civil defence centres.", "Group Recovery Manager", "By December 2025"),
        ("7", "Report publicly every six months on progress against these recommendations until all of them have "
              "been completed.", "Joint Committee", "From August 2025"),
    ]
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{l}</td><td>{b}</td></tr>" for n, t, l, b in recs)
    body = f"""
<p class='meta'>KAIWHENUA CIVIL DEFENCE EMERGENCY MANAGEMENT GROUP &#183; INDEPENDENT REVIEW</p>
<h1>Independent Review of the Response to the Tahora Valley Floods, 9-14 February 2025</h1>
<p class='meta'>Reviewer: Moana Castellanos-Reid &#183; Report to the CDEM Group Joint Committee &#183; 30 April 2025
&#183; Ref. KCDEM-IR-25-01</p>

<h2>1. Scope of the review</h2>
<p>The Joint Committee commissioned this review in March 2025. Its terms of reference asked four questions:</p>
<ol>
<li>How quickly and effectively did the Group move from readiness to response?</li>
<li>Were warnings and evacuation messages timely, clear and received by the people who needed them?</li>
<li>How well were isolated rural communities and marae supported during the response?</li>
<li>What should be improved before the next event?</li>
</ol>
<h2>2. What happened</h2>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><th width='24%'>Date and time</th><th>Event</th></tr>
<tr><td>9 Feb, 06:00</td><td>MetService issues a red heavy rain warning for the Kaiwhenua ranges.</td></tr>
<tr><td>9 Feb, 14:40</td><td>Tahora River overtops its stopbank at Moutoa Flats.</td></tr>
<tr><td>9 Feb, 16:15</td><td>Group Emergency Coordination Centre activated.</td></tr>
<tr><td>9 Feb, 17:30</td><td>State of local emergency declared for Ruaroa District.</td></tr>
<tr><td>14 Feb, 12:00</td><td>State of emergency ends; transition to recovery.</td></tr>
</table>
<p></p>
<p>Some 640 people were evacuated, 212 homes were damaged and twelve rural communities were cut off by road for
between two and five days. Nobody died.</p>

<h2>3. Findings</h2>
<p>Under the Civil Defence Emergency Management Act 2002, as I understand it, a CDEM Group must plan and provide for
civil defence emergency management within its area and ensure that it is able to respond. The Group met that duty,
but its response began too late. The coordination centre opened ten hours after the red warning, by which time
water was already in homes at Moutoa Flats. The 2018 exercise report had said that the Group "should not wait for
damage reports before activating" the coordination centre; that advice was not put into practice.</p>
<p>Evacuation messages went out through four channels with different wording, and some residents received
conflicting instructions. The analogue radio network failed at two repeater sites when the power went out. The
Group Controller on duty was also the council's infrastructure manager and was responsible for road repairs at the
same time.</p>
<h2>4. Recommendations</h2>
<p>My recommendations to the Joint Committee are set out in the table below, with the lead role and the timeframe I
propose for each.</p>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><th width='7%'>No.</th><th width='55%'>Recommendation</th><th width='20%'>Lead</th><th>By</th></tr>
{rows}
</table>
<p></p>
<h2>5. Other matters</h2>
<p>I interviewed 46 people, including council staff, emergency services, iwi representatives and residents of
Tahora, Pukerangi and Moutoa Flats, and received 118 written comments.</p>

<p>What worked well:</p>
<ul>
<li>Fire and Emergency, Police and council staff worked closely together from the first hours.</li>
<li>The marae at Pukerangi and Tahora opened their doors to more than 300 people.</li>
<li>Welfare needs were assessed quickly once roads reopened.</li>
</ul>
<p>Some submitters asked me to recommend merging the Group's emergency management office with the regional
council's hazards team. I do not recommend any change to the Group's structure: the problems I found were about
timing, tools and capacity, not structure.</p>

<h2>6. Closing remarks</h2>
<p>All seven recommendations matter, but recommendations 1 and 5 would make the greatest difference to the next
response. I thank everyone who spoke to me, and above all the residents of the Tahora Valley.</p>
<p>Moana Castellanos-Reid<br>Independent reviewer</p>
"""
    return doc(body, "Liberation Sans", "#1c4a7a", "10pt", "9.5pt")


def response():
    body = """
<p class='meta'>KAIWHENUA CIVIL DEFENCE EMERGENCY MANAGEMENT GROUP JOINT COMMITTEE</p>
<h1>Response to the Independent Review of the Tahora Valley Floods</h1>
<p class='meta'>Adopted by the Joint Committee on 27 June 2025 &#183; Ref. KCDEM-JC-25-09</p>

<h2>Introduction</h2>
<p>The Joint Committee received the independent review on 30 April 2025 and thanks Ms Castellanos-Reid for a clear
and fair report. The Committee also acknowledges the people of the Tahora Valley, who lived through the floods and
generously shared their experience with the reviewer.</p>

<h2>Recovery update</h2>
<p>As at 20 June 2025, 168 of the 212 damaged homes had been repaired or were being repaired, the Tahora Valley
Road had fully reopened, and the mayoral relief fund had paid out $1.37 million to 402 households.</p>

<h2>The review's recommendations</h2>
<p>Each recommendation is quoted below, followed by the Committee's response.</p>

<p class='q'>"Use Emergency Mobile Alert as the primary channel for evacuation messages, with the Group's website
and local radio carrying the same wording."</p>
<p class='r'><b>Our response.</b> Agreed and done. A single set of message templates was approved in May, and from 1
June every evacuation message starts as an Emergency Mobile Alert.</p>

<p class='q'>"Activate the Group Emergency Coordination Centre within one hour of any MetService red heavy rain
warning for the region, without waiting for reports of damage."</p>
<p class='r'><b>Our response.</b> Agreed. The Group Plan's activation triggers have been amended so that a red
warning now leads to activation within the hour.</p>

<p class='q'>"Create a permanent, full-time Group Controller position instead of relying on council staff who act
as controllers alongside their usual roles."</p>
<p class='r'><b>Our response.</b> The Committee does not support a full-time controller. A roster of five trained
controllers from the four councils gives more resilience than one person could, and on duty each will now be
released from their usual role.</p>

<p class='q'>"Work with the twelve rural communities cut off in February to prepare community-led response plans,
including a named local coordinator and a supply cache."</p>
<p class='r'><b>Our response.</b> Agreed in part. Plans will be prepared with six communities by June 2027, starting
with Moutoa Flats and Pukerangi; the remaining six will depend on funding in the next Long Term Plan.</p>

<p class='q'>"Report publicly every six months on progress against these recommendations until all of them have
been completed."</p>
<p class='r'><b>Our response.</b> The Committee will consider how progress should be reported when it sets its
2026 work programme, possibly as part of the annual report rather than separately.</p>

<p class='q'>"Replace the Group's analogue radio network with a digital network that links the coordination
centre, the councils and the rural fire stations."</p>
<p class='r'><b>Our response.</b> A business case for a digital radio network will be prepared for the councils to
consider in the 2027 Long Term Plan. No decision on funding has been made.</p>

<h2>Closing</h2>
<p>The next joint exercise, Exercise Whiti, will take place in October 2025 and will test the new activation
triggers and alerting arrangements.</p>
<p>Cr Lorraine Ngata-Fielding<br>Chair, Kaiwhenua CDEM Group Joint Committee</p>
"""
    return doc(body, "Liberation Serif", "#7a2f1c", "11pt", "10pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind134en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kaiwhenua CDEM Group - Independent Review - KCDEM-IR-25-01",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kaiwhenua CDEM Group Joint Committee - KCDEM-JC-25-09",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Activate the Group Emergency Coordination Centre within one hour of",
         "reply_contains": "a red warning now leads to activation within the hour", "verdict": "agrees"},
        {"number": 2, "starts_with": "Use Emergency Mobile Alert as the primary channel for evacuation",
         "reply_contains": "every evacuation message starts as an Emergency Mobile Alert", "verdict": "agrees"},
        {"number": 3, "starts_with": "Work with the twelve rural communities cut off in February",
         "reply_contains": "the remaining six will depend on funding", "verdict": "partly"},
        {"number": 4, "starts_with": "Replace the Group's analogue radio network with a digital network",
         "reply_contains": "No decision on funding has been made", "verdict": "noted"},
        {"number": 5, "starts_with": "Create a permanent, full-time Group Controller position instead of",
         "reply_contains": "The Committee does not support a full-time controller", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Agree with iwi and the marae of the Tahora Valley how",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Report publicly every six months on progress against these recommendations",
         "reply_contains": "will consider how progress should be reported when it sets",
         "verdict": "noted"},
    ]
    unmatched = ["generously shared their experience with the reviewer",
                 "the mayoral relief fund had paid out $1.37 million",
                 "will test the new activation triggers and alerting arrangements"]
    notes = ("Advice: a New Zealand regional CDEM Group's INDEPENDENT REVIEW of its response to a flood; the seven "
             "recommendations stand ONLY as rows 1-7 of a ruled table 'No. | Recommendation | Lead | By' near the "
             "end, the table running over the page break (its header and the first lines of row 1 on page 1). Traps: the terms of reference as a numbered list 1.-4. "
             "of QUESTIONS, a timeline table, 'What worked well' bullets, the Civil Defence Emergency Management "
             "Act 2002 paraphrased ('must plan and provide'), the 2018 exercise report quoted ('should not wait for "
             "damage reports'), 'I do not recommend any change to the Group's structure', a closing naming "
             "'recommendations 1 and 5'. Response: the Joint Committee's response QUOTES each recommendation in "
             "italics, WITHOUT its number, then 'Our response.', in the order 2, 1, 5, 3, 7, 4: 2 'Agreed and done' "
             "(agrees), 1 'Agreed', triggers amended (agrees), 5 'does not support a full-time controller', a "
             "roster instead (disagrees), 3 'Agreed in part', six of twelve communities (partly), 7 'will consider "
             "how progress should be reported' (noted), 4 a business case for the 2027 Long Term Plan, no funding "
             "decision (noted). The introduction, the recovery update with figures and the closing on the next "
             "exercise answer nothing; recommendation 6 (marae as civil defence centres) is never quoted or "
             "answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
