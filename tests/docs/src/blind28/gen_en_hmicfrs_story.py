"""Round 28 (EN): HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspection of one
force with 'Cause of concern' boxes whose recommendations are UNNUMBERED bullets, and the Police and Crime
Commissioner's section 55 response (with the Chief Constable's comments) answering by paraphrase in another
order. PyMuPDF Story (cleaned Liberation fonts: no GSUB, no NBSP/soft-hyphen cmap); header and 'Page N of M'
stamped with PyMuPDF. All content (force, people, figures) invented.

Run:  /tmp/blind28en/bin/python tests/docs/src/blind28/gen_en_hmicfrs_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b28en as H
import pymupdf as fitz

NAME = "blind28_en_hmicfrs"
CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 10.5pt; line-height: 1.35;}
p {margin: 0 0 7pt 0;}
h1 {font-size: 20pt; color: #0b3a5d; margin: 0 0 10pt 0;}
h2 {font-size: 14pt; color: #0b3a5d; margin: 14pt 0 6pt 0;}
h3 {font-size: 11pt; color: #0b3a5d; margin: 8pt 0 4pt 0;}
.coc {background-color: #fbe3d6; padding: 6pt; margin: 6pt 0 10pt 0;}
.inn {background-color: #e3eef7; padding: 6pt; margin: 6pt 0 10pt 0;}
.old {background-color: #eeeeee; padding: 6pt; margin: 6pt 0 10pt 0; font-size: 9.5pt;}
.small {font-size: 8.5pt;}
.band {color: #0b3a5d; font-size: 11pt; border-bottom: 2pt solid #0b3a5d;}
ul {margin: 0 0 6pt 0;}
li {margin: 0 0 4pt 0;}
td {font-size: 9.5pt; padding: 3pt; vertical-align: top;}
"""

ADVICE = """
<p class="band"><b>HMICFRS</b> His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</p>
<h1>An inspection of how well Westmarch Police responds to stalking and harassment</h1>
<p>September 2025</p>
<p class="small">&#169; HMICFRS 2025. ISBN: 978-1-80168-412-6. www.justiceinspectorates.gov.uk/hmicfrs</p>
<h2>Contents</h2>
<table>
<tr><td>Summary</td><td>1</td></tr>
<tr><td>1. Introduction</td><td>1</td></tr>
<tr><td>2. Identifying and recording stalking</td><td>2</td></tr>
<tr><td>3. Protecting victims: stalking protection orders</td><td>3</td></tr>
<tr><td>4. Support for victims</td><td>3</td></tr>
<tr><td>5. Progress since our 2017 report</td><td>3</td></tr>
<tr><td>Annex A: About the data</td><td>3</td></tr>
</table>
<h2>Summary</h2>
<p>Stalking is a serious crime that causes fear, alarm and distress, and it often escalates. In Westmarch, recorded
stalking offences rose from 1,126 in 2022/23 to 1,904 in 2024/25. We inspected how well Westmarch Police identifies
stalking, protects victims and brings offenders to justice.</p>
<p>We found committed specialist officers and some good practice, in particular the force's Operation Lantern. But too
many reports of stalking are still recorded as lower-level offences, and the force makes too little use of the powers
it has to protect victims. We have identified two causes of concern and made six recommendations to the chief
constable to address them. We have also made one recommendation to the police and crime commissioner.</p>
<p>Our conclusions are that the force:</p>
<ul>
<li>answers calls from stalking victims promptly and usually attends emergencies within target times;</li>
<li>does not consistently recognise the pattern of behaviour that amounts to stalking;</li>
<li>obtains too few stalking protection orders and does not check that the orders it obtains are complied with; and</li>
<li>keeps most victims informed of the progress of their case, although not always within the times set by the Victims' Code.</li>
</ul>
<h2>1. Introduction</h2>
<p>1.1 The Home Secretary commissioned this inspection under section 54(2B) of the Police Act 1996 after a
domestic homicide review in Westmarch in 2024 found that the victim had reported her former partner's behaviour to the
police eleven times in the five months before her death.</p>
<p>1.2 Between March and May 2025 we reviewed 120 stalking and harassment case files, interviewed 88 officers and
staff, held focus groups with frontline officers in all three of the force's policing areas (Northgate, Riverside and
the Vale) and spoke with 14 victims and two specialist advocacy services.</p>
<h2>2. Identifying and recording stalking</h2>
<p>2.1 Of the 120 case files we reviewed, 64 had been recorded as harassment or malicious communications. In 27 of
these, the behaviour described met the legal definition of stalking in section 2A of the Protection from Harassment
Act 1997. The force's own screening tool, which asks about fixated, obsessive, unwanted and repeated behaviour, had
been used in only 31 of the 120 cases.</p>
<p>2.2 Officers told us that they had received little training on stalking since the e-learning package introduced in
2019. Several did not know that a victim could be stalked by someone they had never had a relationship with.</p>
<div class="coc">
<h3>Cause of concern 1</h3>
<p>Westmarch Police does not consistently identify stalking. Many reports are recorded as harassment or malicious
communications, so victims do not always receive the risk assessment and protection they need.</p>
<p><b>Recommendations</b></p>
<p>By 31 March 2026, the chief constable should:</p>
<ul>
<li>make sure that call handlers and frontline officers use the stalking screening tool in every report of fixated, obsessive, unwanted and repeated behaviour;</li>
<li>introduce a monthly audit of crimes recorded as harassment or malicious communications to find missed stalking offences and correct how they are recorded; and</li>
<li>provide face-to-face stalking training, developed with a specialist advocacy service, to all officers and staff who investigate stalking.</li>
</ul>
</div>
<h2>3. Protecting victims: stalking protection orders</h2>
<p>3.1 The Stalking Protection Act 2019 allows the police to apply to a magistrates' court for a stalking protection
order (SPO). In 2024/25 Westmarch Police obtained 9 SPOs, compared with an average of 31 for forces of a similar size.
Investigators told us they did not know how to apply or thought that the process was too slow.</p>
<p>3.2 Where orders or bail conditions were in place, nobody in the force was responsible for checking them. In 6 of the
19 cases we reviewed with bail conditions, the victim reported a breach that was not followed up.</p>
<div class="coc">
<h3>Cause of concern 2</h3>
<p>The force makes too little use of stalking protection orders, and it does not routinely monitor compliance with the
orders and bail conditions it does obtain.</p>
<p><b>Recommendations</b></p>
<p>By 30 June 2026, the chief constable should:</p>
<ul>
<li>appoint a single point of contact in each policing area to advise investigators on applications for stalking protection orders;</li>
<li>set up a process for recording and monitoring the conditions of every stalking protection order and every bail condition in stalking cases, so that breaches are acted on; and</li>
<li>publish, with the police and crime commissioner, an annual report on the force's use of stalking protection orders and their outcomes.</li>
</ul>
</div>
<div class="inn">
<h3>Innovative practice: Operation Lantern</h3>
<p>In the Riverside area, a detective sergeant and an independent stalking advocate review every new stalking report
together within 48 hours. They agree a safety plan with the victim and identify cases where an order should be sought.
Since it began in 2024, Operation Lantern has supported 212 victims. Other forces may wish to consider it.</p>
</div>
<h2>4. Support for victims</h2>
<p>4.1 Victims told us that the support of an independent stalking advocate made the greatest difference to them. Only
one service in Westmarch provides such advocates, funded by the police and crime commissioner for 2.5 posts. It had a
waiting list of 58 victims in April 2025, and victims assessed as high risk waited on average 19 days.</p>
<h3>Recommendation</h3>
<p>By 31 March 2026, the police and crime commissioner should review the funding of independent stalking advocacy so
that every victim assessed as high risk is offered an advocate within five working days.</p>
<p>4.2 Under section 55 of the Police Act 1996 the police and crime commissioner must publish comments on this report
within 56 days and send them to the Home Secretary.</p>
<h2>5. Progress since our 2017 report</h2>
<p>5.1 In 2017, with HM Crown Prosecution Service Inspectorate, we published a joint inspection of stalking and
harassment. It made recommendations to all forces, including the following:</p>
<div class="old"><p><i>"Chief constables should ensure that their force has a clear definition of stalking, and that
officers and staff understand the difference between stalking and harassment."</i></p>
<p><i>"Chief constables should ensure that a stalking risk assessment is carried out in every case where stalking is
identified, and that it is reviewed when circumstances change."</i></p></div>
<p>5.2 Westmarch Police adopted the national definition in 2018 and its risk assessment policy meets the second of these
recommendations. But, as chapter 2 shows, the definition is not understood well enough in practice. We have not repeated
the earlier recommendations; our new recommendations are set out in the causes of concern above.</p>
<h2>Annex A: About the data</h2>
<p>Recorded crime figures are from the Home Office Data Hub, extracted on 2 June 2025. Figures for similar forces are
the average of the eight forces in Westmarch Police's most similar group. Case files were selected at random from
stalking and harassment crimes recorded between 1 April and 30 September 2024.</p>
"""

RESPONSE = """
<p class="band"><b>Office of the Police and Crime Commissioner for Westmarch</b></p>
<h1>Police and Crime Commissioner's response to the HMICFRS inspection of how Westmarch Police responds to stalking and harassment</h1>
<p>Published 4 November 2025</p>
<h2>Introduction</h2>
<p>Section 55 of the Police Act 1996 requires me to publish my comments on any HMICFRS report about Westmarch Police and to
send them to the Home Secretary. I have asked the Chief Constable, Mark Pendry, for his comments, and I set them out with
my own below. I thank the inspectors for a thorough report. Its findings are uncomfortable to read, but I believe they
are fair, and they echo what victims have told my office.</p>
<p>We have grouped our comments under the two causes of concern and the recommendation addressed to me.</p>
<h2>Identifying stalking</h2>
<h3>Chief Constable's comments</h3>
<p>I accept this cause of concern. A review of how harassment and malicious communications crimes are recorded was already
under way when the inspectors visited. Since July 2025 the Force Crime Registrar's team has checked every such crime each
month and reclassified 143 of them as stalking. This check will continue as part of the crime data integrity programme.</p>
<p>The stalking screening questions are now built into the force's call-handling system and will become mandatory for
all call handlers and response officers from 1 December 2025. Supervisors will be alerted when a report that mentions
repeated contact closes without the questions being answered.</p>
<p>On training, the force will give face-to-face training, designed with the Westmarch Stalking Advocacy Service, to the
340 officers and staff in the public protection units by March 2026. It is not practicable to give classroom training
to all 2,100 frontline officers within that time; they will complete the refreshed College of Policing e-learning module
instead, and classroom training will follow only as the budget allows.</p>
<h2>Protecting victims through orders and conditions</h2>
<h3>Chief Constable's comments</h3>
<p>I accept this cause of concern and the recommendations on advice to investigators and on monitoring orders. A
detective inspector has been appointed as the force lead for stalking protection orders, and a trained adviser will be in
post in each of Northgate, Riverside and the Vale by January 2026. From the same date a register held by the public
protection unit will record the conditions of every order and of bail in stalking cases, and neighbourhood teams will
be tasked to act on any reported breach within 24 hours.</p>
<h3>Commissioner's comments</h3>
<p>I will hold the Chief Constable to account for these commitments through my quarterly Accountability Board.</p>
<p>The inspectorate also asks that the force and my office publish an annual report on stalking protection orders. I do
not intend to do so. The number of orders applied for and granted will be included in the force performance data that I
already publish each quarter, and I do not consider a separate annual report a good use of my office's limited
resources.</p>
<h2>Support for victims of stalking</h2>
<h3>Commissioner's comments</h3>
<p>I recognise the pressure on advocacy services described in chapter 4. My office currently funds 2.5 advocate posts
through the Ministry of Justice victims grant. The grant for 2026/27 has not yet been confirmed. I will consider the
level of funding for stalking advocacy when victim services are recommissioned next year, alongside other demands on
the grant, and I will report on the outcome to the Police and Crime Panel.</p>
<h2>Operation Lantern</h2>
<p>I am pleased that the inspectorate has recognised Operation Lantern as innovative practice. The Chief Constable
has agreed to extend the approach to Northgate and the Vale during 2026, funded from the force's own budget.</p>
<h2>Conclusion</h2>
<p>I have sent these comments to the Home Secretary and to HMICFRS. Victims of stalking deserve a police service that
recognises what is happening to them and acts quickly. I will continue to monitor the force's progress closely.</p>
<p><b>Helen Abernethy</b><br/>Police and Crime Commissioner for Westmarch</p>
"""


def build(html, path, header):
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"):
        H.clean_font(f)
    arch = fitz.Archive(H.CLEAN)
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 64, -62, -64)
    writer = fitz.DocumentWriter(path)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    H.stamp(path, header=header, footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    build("<body>" + ADVICE + "</body>", H.out(NAME + "_advice.pdf"),
          "HMICFRS  |  An inspection of how well Westmarch Police responds to stalking and harassment")
    build("<body>" + RESPONSE + "</body>", H.out(NAME + "_response.pdf"),
          "OPCC Westmarch  |  Section 55 response to HMICFRS")
    recs = [
        {"number": "1", "starts_with": "make sure that call handlers and frontline officers use the stalking",
         "reply_contains": "will become mandatory for all call handlers and response officers", "verdict": "agrees"},
        {"number": "2", "starts_with": "introduce a monthly audit of crimes recorded as harassment or malicious communications",
         "reply_contains": "reclassified 143 of them as stalking", "verdict": "agrees"},
        {"number": "3", "starts_with": "provide face-to-face stalking training, developed with a specialist advocacy service",
         "reply_contains": "It is not practicable to give classroom training", "verdict": "partly"},
        {"number": "4", "starts_with": "appoint a single point of contact in each policing area",
         "reply_contains": "a trained adviser will be in post in each of", "verdict": "agrees"},
        {"number": "5", "starts_with": "set up a process for recording and monitoring the conditions",
         "reply_contains": "register held by the public protection unit", "verdict": "agrees"},
        {"number": "6", "starts_with": "publish, with the police and crime commissioner, an annual report",
         "reply_contains": "I do not intend to do so", "verdict": "disagrees", "also": ["partly"]},
        {"number": "7", "starts_with": "By 31 March 2026, the police and crime commissioner should review",
         "reply_contains": "I will consider the level of funding for stalking advocacy", "verdict": "noted",
         "also": ["partly"]},
    ]
    unmatched = ["has agreed to extend the approach to Northgate and the Vale"]
    notes = ("HMICFRS single-force inspection (PyMuPDF Story, A4, blue title band, contents table, stamped running header "
             "and 'Page N of M' from page 2) and the Police and Crime Commissioner's section 55 response with the Chief "
             "Constable's comments. Advice: a Summary with a bulleted list of conclusions ('does not consistently "
             "recognise ...') that are not recommendations; two shaded 'Cause of concern' boxes, each a finding followed "
             "by 'Recommendations' / 'By <date>, the chief constable should:' and three UNNUMBERED lower-case bullets "
             "(numbered 1-6 here in document order); recommendation 7 to the PCC is a plain paragraph under an unnumbered "
             "'Recommendation' heading and starts with its date; an 'Innovative practice' box, a statute-section paragraph "
             "(section 55) and two recommendations of the 2017 report quoted in a grey box under 'Progress since our 2017 "
             "report' are traps. Response: headings by theme, no numbers, no quotations, replies by paraphrase only, in the "
             "order 2, 1, 3, then 4 and 5 in ONE paragraph ('accept ... the recommendations on advice to investigators and "
             "on monitoring orders'), then 6 under the Commissioner's comments (polite refusal 'I do not intend to do so', "
             "figures already published quarterly), then 7 ('I will consider ... when victim services are recommissioned', "
             "no commitment = noted). 2 is 'already under way' (agrees); 3 accepted for specialist staff only (partly). "
             "'Operation Lantern' answers no recommendation (unmatched); introduction and conclusion are no replies.")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()
