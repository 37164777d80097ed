"""Round 29 (EN): Scottish Fatal Accident Inquiry determination (Inquiries into Fatal Accidents and Sudden Deaths
etc. (Scotland) Act 2016, section 26) and the employer's response under section 28. PyMuPDF Story (cleaned
Liberation fonts: no GSUB, no NBSP/soft-hyphen cmap); running header and 'Page N of M' stamped. All content
(people, companies, places) invented.

Run:  /tmp/blind29en/bin/python tests/docs/src/blind29/gen_en_fai_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b29en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind29_en_fai"

CSS = """
@font-face {font-family: LR; src: url(LiberationSerif-Regular.ttf);}
@font-face {font-family: LR; src: url(LiberationSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: LR; src: url(LiberationSerif-Italic.ttf); font-style: italic;}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
body {font-family: LR; font-size: 11pt; line-height: 1.4;}
p {margin: 0 0 7pt 0; text-align: justify;}
p.c {text-align: center; margin: 0 0 4pt 0;}
h2 {font-family: LS; font-size: 11.5pt; margin: 14pt 0 6pt 0; text-align: center;}
h3 {font-family: LS; font-size: 10.5pt; margin: 10pt 0 5pt 0;}
p.i1 {margin-left: 28pt;}
p.i2 {margin-left: 56pt;}
p.q {margin-left: 36pt; margin-right: 36pt; font-style: italic;}
.band {border-top: 1pt solid #000000; border-bottom: 1pt solid #000000; padding: 6pt 0 6pt 0;}
"""

ADVICE = """
<p class="c"><b>SHERIFFDOM OF GRAMPIAN, HIGHLAND AND ISLANDS AT PORTREE</b></p>
<p class="c">[2025] FAI 31</p>
<p class="c">PTR-B17-24</p>
<div class="band">
<p class="c"><b>DETERMINATION</b></p>
<p class="c"><b>BY</b></p>
<p class="c"><b>SHERIFF CATRIONA M MACLEOD</b></p>
<p class="c">UNDER THE INQUIRIES INTO FATAL ACCIDENTS AND SUDDEN DEATHS ETC. (SCOTLAND) ACT 2016</p>
<p class="c">into the death of</p>
<p class="c"><b>ANDREW JOHN FRASER</b></p>
</div>
<p>Portree, 9 September 2025</p>
<p><b>Determination</b></p>
<p>The sheriff, having considered the information presented at the inquiry, determines in terms of section 26 of
the Inquiries into Fatal Accidents and Sudden Deaths etc. (Scotland) Act 2016 (hereinafter "the Act") that:</p>
<p class="i1">1. In terms of section 26(2)(a) of the Act (when and where the death occurred): Andrew John Fraser, born
14 May 1991, died at about 02.40 hours on 17 January 2024 in the waters of Loch Snizort Beag, near the feed barge
<i>Glenconon</i> operated by Kessock Salmon Limited.</p>
<p class="i1">2. In terms of section 26(2)(b) of the Act (when and where any accident resulting in the death
occurred): the accident occurred at about 02.15 hours on 17 January 2024 on the access ladder between the
workboat and the feed barge <i>Glenconon</i>.</p>
<p class="i1">3. In terms of section 26(2)(c) of the Act (the cause or causes of the death): the cause of death was
(1a) immersion and cold water shock.</p>
<p class="i1">4. In terms of section 26(2)(d) of the Act (the cause or causes of any accident): Mr Fraser lost his
footing on the unlit access ladder while boarding the barge alone during darkness and fell into the water.</p>
<p class="i1">5. In terms of section 26(2)(e) of the Act (any precautions which could reasonably have been taken and,
had they been taken, might realistically have resulted in the death being avoided):</p>
<p class="i2">(i) a second person being present when Mr Fraser boarded the barge;</p>
<p class="i2">(ii) Mr Fraser wearing a lifejacket fitted with a personal locator beacon;</p>
<p class="i2">(iii) the access ladder being illuminated.</p>
<p class="i1">6. In terms of section 26(2)(f) of the Act (any defects in any system of working which contributed to the
death): the system of working permitted one employee to attend a feed barge alone at night to clear a blocked feed
line, without any means of raising the alarm other than a handheld radio.</p>
<p class="i1">7. In terms of section 26(2)(g) of the Act (any other facts which are relevant to the circumstances of
the death): none.</p>
<p><b>Recommendations</b></p>
<p>In terms of section 26(1)(b) of the Act, I make the following recommendations:</p>
<p class="i1">(a) that Kessock Salmon Limited prohibit lone working on its feed barges and pens between sunset and
sunrise, other than in an emergency authorised by the site manager;</p>
<p class="i1">(b) that Kessock Salmon Limited require every person working on its barges, pens and workboats to wear a
lifejacket fitted with a personal locator beacon at all times;</p>
<p class="i1">(c) that Kessock Salmon Limited review its man-overboard procedure so that an alarm is raised
automatically at the shore base when a personal locator beacon is activated;</p>
<p class="i1">(d) that the Health and Safety Executive, in consultation with the aquaculture industry, publish guidance
on safe access to and from feed barges during the hours of darkness; and</p>
<p class="i1">(e) that Kessock Salmon Limited install permanent lighting on the access ladders and walkways of all of
its feed barges.</p>

<h2>NOTE</h2>
<h3>Introduction</h3>
<p>[1] This inquiry was held under section 2 of the Act. Mr Fraser died in the course of his employment and the
inquiry was therefore mandatory under section 2(3). The Procurator Fiscal, Ms Isla Morrison, represented the Crown.
Kessock Salmon Limited ("the company") was represented by Mr Ewan Baird, advocate. Mr Fraser's partner, Ms Lorna
Gillies, was represented by Mrs Anne Shaw, solicitor. The Health and Safety Executive ("HSE") was a participant but
was not represented at the hearing.</p>
<p>[2] I heard evidence over four days in June 2025 and received a joint minute of agreed facts. I am grateful to
all the representatives for their careful and focused approach.</p>
<h3>Circumstances of the death</h3>
<p>[3] Mr Fraser was a senior fish farm technician with eight years' experience. On the night of 16 to 17 January
2024 he was the on-call technician for the company's Loch Snizort sites. At 01.52 hours he received an alarm
indicating a blocked feed line on the barge <i>Glenconon</i>, moored about 600 metres from the shore base.</p>
<p>[4] The company's lone working procedure allowed the on-call technician to attend the barge alone if the task
was expected to take less than one hour. Mr Fraser took the workboat out alone. He was wearing a flotation suit
but not a lifejacket, and he did not have a personal locator beacon. The access ladder on the barge was not lit.</p>
<p>[5] When Mr Fraser did not answer radio calls, his colleague at the shore base raised the alarm at 02.35 hours.
He was recovered from the water by the coastguard lifeboat at 03.20 hours and pronounced dead at Broadford
Hospital.</p>
<h3>Precautions and defects</h3>
<p>[6] The evidence of Dr Neil Ramsay, consultant in emergency medicine, was that a person immersed in water at
7 degrees would be likely to become incapacitated within 30 minutes. Had a colleague been present, or had an alarm
been raised at once, Mr Fraser might realistically have been recovered alive. I have therefore found each of the
three precautions at paragraph 5 of the determination established.</p>
<p>[7] It was submitted on behalf of the company that Mr Fraser had been trained to wear a lifejacket and chose not
to do so. I accept that he had been trained. However, the company's own audits showed that lifejackets were
routinely not worn on night call-outs and no action had been taken.</p>
<h3>Recommendations</h3>
<p>[8] Section 26(4) of the Act provides that a recommendation may be addressed to a participant in the inquiry
or to a body or office-holder appearing to the sheriff to have an interest in the prevention of deaths in similar
circumstances. Recommendations (a), (b), (c) and (e) are addressed to the company and recommendation (d) to the
HSE.</p>
<p>[9] In the inquiry into the death of Mr Peter Rennie ([2019] FAI 12) the sheriff recommended that operators
"consider the provision of personal locator beacons for staff working alone on marine sites". The evidence before
me was that that recommendation has not been widely acted on in the industry.</p>
<p>[10] Mrs Shaw invited me to recommend that the company install CCTV on all feed barges. I do not consider that
such a recommendation would realistically prevent a death in similar circumstances, and I make none.</p>
<p>[11] Section 28 of the Act requires a person to whom a recommendation is addressed to respond in writing within
eight weeks, setting out what they have done or propose to do in response, or the reasons for doing nothing.</p>
<h3>Conclusion</h3>
<p>[12] I express my sincere condolences to Ms Gillies and to Mr Fraser's family.</p>
"""

RESPONSE = """
<p><b>KESSOCK SALMON LIMITED</b><br/>Uig Shore Base, Isle of Skye IV51 9XN</p>
<p>Scottish Courts and Tribunals Service<br/>Fatal Accident Inquiry Team<br/>Saughton House, Edinburgh</p>
<p>31 October 2025</p>
<p>Our ref: HSQ/FAI/2025-03</p>
<p><b>Response under section 28 of the Inquiries into Fatal Accidents and Sudden Deaths etc. (Scotland) Act 2016:
Inquiry into the death of Andrew John Fraser, [2025] FAI 31</b></p>
<p>Dear Sirs,</p>
<p>Kessock Salmon Limited received the determination of Sheriff MacLeod on 9 September 2025. The board of directors
has considered each of the recommendations addressed to the company, and this letter is our response. We have
grouped our answers by subject rather than following the order of the determination.</p>
<p>Before responding to the recommendations, the company wishes to repeat its deepest sympathy to Ms Gillies and to
Andrew's family. Andrew was a highly respected member of our team.</p>

<h3>1. Equipment on barges and workboats: recommendations (b) and (e)</h3>
<p>The company accepts both recommendations.</p>
<p>Since 1 March 2024 every person on our barges, pens and workboats has been required to wear a lifejacket with an
integrated personal locator beacon. Compliance is checked in weekly site audits, and failure to wear one is treated
as a disciplinary matter. In the audits for July to September 2025 compliance was 100 per cent.</p>
<p>Permanent LED lighting has been fitted to the ladders and walkways of 9 of our 12 feed barges. The remaining
three barges will be fitted during their scheduled dry-dock maintenance, the last of them by 31 March 2026.</p>

<h3>2. Lone working at night: recommendation (a)</h3>
<p>The company accepts this recommendation in part. From 1 November 2025, no employee will attend a feed barge or pen
alone during the hours of darkness between 1 October and 31 March. In the summer months, when the period of darkness
at our sites is short, lone attendance will remain permitted for tasks of less than thirty minutes, provided the
technician checks in with the shore base every ten minutes. We consider that a total prohibition throughout the year
would require a second on-call technician at each site that the evidence does not justify.</p>

<h3>3. Man-overboard procedure: recommendation (c)</h3>
<p>We have reviewed our man-overboard procedure with our insurers. Automatic transmission of a beacon alarm to the
shore base requires a receiving station at each site. Trials at our Loch Pooltiel site in 2025 produced frequent
false alarms and two failures to relay a genuine test signal. The company has therefore decided not to adopt
automatic shore alerting at this time; the beacons alert the coastguard directly, which we consider the more
reliable route. We will look at the technology again when the industry standard is revised.</p>

<h3>4. Other measures</h3>
<p>In addition, the company has appointed an independent marine safety adviser, Captain Ruaridh Nicolson, to carry
out a review of safety culture across all sites. His report will be shared with the workforce and the recognised
trade union in early 2026.</p>

<p>I trust this response is of assistance. The company is content for it to be published.</p>
<p>Yours faithfully,</p>
<p><b>Morag Sutherland</b><br/>Managing Director, Kessock Salmon Limited</p>
"""


def build(html, path, header):
    for f in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
              "LiberationSans-Bold.ttf"):
        H.clean_font(f)
    arch = fitz.Archive(H.CLEAN)
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (70, 64, -70, -64)
    writer = fitz.DocumentWriter(path)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    H.stamp(path, header=header, footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=8)


def main():
    build("<body>" + ADVICE + "</body>", H.out(NAME + "_advice.pdf"),
          "[2025] FAI 31  |  Determination: Andrew John Fraser")
    build("<body>" + RESPONSE + "</body>", H.out(NAME + "_response.pdf"),
          "Kessock Salmon Limited  |  Section 28 response, [2025] FAI 31")
    recs = [
        {"number": "a", "starts_with": "that Kessock Salmon Limited prohibit lone working on its feed barges",
         "reply_contains": "no employee will attend a feed barge or pen alone", "verdict": "partly"},
        {"number": "b", "starts_with": "that Kessock Salmon Limited require every person working on its barges",
         "reply_contains": "In the audits for July to September 2025 compliance", "verdict": "agrees"},
        {"number": "c", "starts_with": "that Kessock Salmon Limited review its man-overboard procedure so that",
         "reply_contains": "decided not to adopt automatic shore alerting", "verdict": "disagrees"},
        {"number": "d", "starts_with": "that the Health and Safety Executive, in consultation with the",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "e", "starts_with": "that Kessock Salmon Limited install permanent lighting on the access",
         "reply_contains": "Permanent LED lighting has been fitted to the ladders", "verdict": "agrees"},
    ]
    unmatched = ["appointed an independent marine safety adviser"]
    notes = ("Scottish Fatal Accident Inquiry determination (PyMuPDF Story, A4, court title block, stamped running "
             "header and 'Page N of M'): the section 26(2)(a)-(g) findings numbered 1.-7., with the section 26(2)(e) "
             "'precautions which could reasonably have been taken' as (i)-(iii) (traps that read like "
             "recommendations), then the five section 26(1)(b) recommendations (a)-(e), each a lower-case 'that ...' "
             "clause ending ';' ((d) '...; and'), (d) addressed to the HSE, not to the company; the Note has paragraphs "
             "[1]-[12] with statute references, a 2019 FAI recommendation quoted and a declined CCTV recommendation "
             "(traps). Response: the company's section 28 letter answering only the recommendations addressed to it, by "
             "subject in another order: ONE heading 'recommendations (b) and (e)' - 'accepts both' with a paragraph for "
             "each (agrees, agrees; (b) already in place), (a) 'accepts this recommendation in part' - winter only "
             "(partly), (c) no verdict word: 'decided not to adopt ... at this time' (disagrees); (d) is never "
             "mentioned (unanswered); '4. Other measures' (safety culture review) answers no recommendation "
             "(unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
