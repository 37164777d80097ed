"""Round 117 (EN): an Irish ROADSIDE NATURE ADVISORY FORUM's ADVICE PAPER to a Minister of State, seven
recommendations as a list numbered '1)' ... '7)' in plain paragraphs (hanging indent, no list markup) SPLIT UNDER TWO
ADDRESSEE SUB-HEADINGS ('Advice to the Minister' 1)-4), 'Advice to local authorities, through the Minister' 5)-7))
and RUNNING ACROSS THE PAGE BREAK, after the Department's three numbered questions, findings, a survey table, the
Wildlife Act quoted and the Forum's 2024 advice quoted; answered by the Minister of State's SPEECH at the Forum's
annual conference ('Check against delivery'), replies by ORDINAL ('your fourth recommendation', 'On the second
recommendation', 'Your fifth and sixth recommendations') in another order, one passage answering two, one
recommendation never mentioned, and passages that answer nothing (greeting, a story, figures, a nature reserve,
closing).
LibreOffice Writer headless from HTML, A4, Liberation Sans (advice) and Liberation Serif at speech size with wide
line spacing (speech); a dark-green letterhead table with a pale-green cell, a 'Verge survey 2025' table, green
addressee sub-headings; the speech with a right-aligned 'Check against delivery' and centred '* * *' breaks; header
and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Wildlife Act
1976 is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind117en/bin/python tests/docs/src/blind117/gen_en_verge_speech_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b117en as H

NAME = "blind117_en_verge_speech"
GREEN = "#2d5a27"
PALE = "#e4efd9"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 1.9cm 2.3cm 1.7cm 2.3cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 16pt; color: #2d5a27; margin-top: 0.35cm; margin-bottom: 0.15cm; }
h2 { font-family: '%(f)s'; font-size: 12.5pt; color: #2d5a27; margin-top: 0.45cm; margin-bottom: 0.12cm; }
h3 { font-family: '%(f)s'; font-size: 11pt; color: #5b7f2a; margin-top: 0.3cm; margin-bottom: 0.1cm; }
p { margin-top: 0; margin-bottom: %(pb)s; line-height: %(lh)s; }
p.rec { margin-left: 0.9cm; text-indent: -0.9cm; margin-bottom: 0.22cm; }
</style>"""


def doc(body, font, size="10.5pt", pb="0.2cm", lh="115%"):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'pb': pb, 'lh': lh}}</head><body>{body}</body></html>")


MINISTER = [
    "Open the Hedgerow Restoration Grant to roadside hedges owned by local authorities, and not only to hedges on "
    "farms.",
    "Fund a three-year training programme in pollinator-friendly verge management for local authority outdoor "
    "staff, starting in 2027.",
    "Bring forward regulations to end the use of glyphosate by public bodies on roadsides, on footpaths and in "
    "public parks by 2028.",
    "Publish a national map of roadside verges of high botanical value by the end of 2026, so that councils know "
    "where to take the most care.",
]
COUNCILS = [
    "Cut rural road verges no more than twice a year, except at junctions and bends where drivers need clear sight "
    "lines.",
    "Use only native, locally sourced wildflower seed in new roadside planting schemes.",
    "Appoint a biodiversity officer in every local authority that does not yet have one.",
]


def advice():
    S = "Liberation Sans"
    head = (f"<table width='100%' cellpadding='8' cellspacing='0'><tr>"
            f"<td bgcolor='{GREEN}' width='64%'><font face='{S}' color='#ffffff' size='4'><b>Roadside Nature Advisory "
            f"Forum</b></font><br><font face='{S}' color='#dfe9d6' size='2'>An independent forum advising the Minister "
            f"of State for Nature and Heritage</font></td>"
            f"<td bgcolor='{PALE}' width='36%' align='right'><font face='{S}' size='2' color='{GREEN}'>Advice Paper "
            f"RNAF 2026/1<br>April 2026</font></td></tr></table>")
    body = head + """
<h1>Roadsides, hedgerows and pollinators: advice to the Minister of State, 2026</h1>
<h2>Foreword</h2>
<p>Ireland's roadsides are among the largest areas of semi-natural grassland left in the country. Managed well, they
are a lifeline for bees, hoverflies and moths; managed badly, they are mown flat five times a summer and sprayed at
the edges. This is the Forum's third advice paper. It was agreed at our plenary meeting of 18 March 2026 and is
signed on behalf of the Forum's nineteen members, who include ecologists, farmers, road engineers, two county
councillors and a beekeeper.</p>
<p>In its letter of 9 October 2025 the Department asked the Forum three questions:</p>
<p class='rec'>1)&#9;How are local authorities managing roadside verges and hedges at present?</p>
<p class='rec'>2)&#9;What would it cost to manage them for pollinators?</p>
<p class='rec'>3)&#9;What should the Department do first?</p>
<h2>What we found</h2>
<p>Members and volunteers surveyed sample stretches of regional and local roads in six counties during the summer of
2025. The results are summarised below.</p>
<table width='100%' cellpadding='4' cellspacing='0' border='1' bordercolor='#a9c49a'>
<tr><td bgcolor='#e4efd9'><b>Verge survey 2025</b></td><td bgcolor='#e4efd9' align='right'><b>Result</b></td></tr>
<tr><td>Length of verge surveyed</td><td align='right'>412 km</td></tr>
<tr><td>Verges cut four or more times between May and September</td><td align='right'>58%</td></tr>
<tr><td>Stretches with signs of herbicide spraying</td><td align='right'>27%</td></tr>
<tr><td>Local authorities with a biodiversity officer in post</td><td align='right'>22 of 31</td></tr>
</table>
<p style='margin-top:0.25cm'>The verges that were cut only once or twice held on average three times as many
flowering plants as those cut four or more times. Where councils had stopped spraying at the base of road signs and
along footpaths, the difference was visible within a single season. Cutting less usually costs less; the main
barriers are habit, training and the fear of complaints about untidy verges.</p>
<p>Hedges are protected by law for part of the year. Section 40 of the Wildlife Act 1976, as amended, provides that
hedgerows must not be cut between 1 March and 31 August, with exceptions for road safety. We found that this rule is
widely respected, but that many hedges are cut hard every single autumn, which leaves little blossom for the
following spring.</p>
<p>In 2024 the Forum advised that &quot;the Department should fund a hedgerow survey in every county&quot;. Surveys
have since been funded in twelve counties, and we welcome that.</p>
<h2>Our advice</h2>
<p>Our advice falls into two parts: what the Minister and the Department can do directly, and what we ask the Minister
to urge on local authorities.</p>
<h3>Advice to the Minister</h3>
"""
    for i, t in enumerate(MINISTER, 1):
        body += f"<p class='rec'>{i})&#9;{t}</p>\n"
    body += "<h3>Advice to local authorities, through the Minister</h3>\n"
    for i, t in enumerate(COUNCILS, 5):
        body += f"<p class='rec'>{i})&#9;{t}</p>\n"
    body += """
<h2>Next steps</h2>
<p>We regard points 1, 3 and 6 as the most urgent, because each of them affects what happens on the ground this
coming season. The Forum would welcome the chance to discuss this paper with the Minister at our annual conference in
May, and we will report on progress in our 2027 paper.</p>
<p>Dr Siobh&aacute;n Corcoran<br>Chair, Roadside Nature Advisory Forum</p>
<p><font size='2'>Roadside Nature Advisory Forum, Unit 4, Kilcarrig Enterprise Centre, Kilcarrig. The Forum's
secretariat is provided by the Department; the views in this paper are the Forum's own.</font></p>
"""
    return doc(body, S, "10pt")


def response():
    S = "Liberation Serif"
    head = (f"<table width='100%' cellpadding='6' cellspacing='0'><tr>"
            f"<td width='60%'><font face='{S}' size='2' color='{GREEN}'><b>Department of Nature, Heritage and Rural "
            f"Affairs</b><br>Press Office</font></td>"
            f"<td width='40%' align='right'><font face='{S}' size='2'><i>Check against delivery</i></font></td>"
            f"</tr></table>")
    star = "<p align='center'>* * *</p>\n"
    body = head + """
<h1>Speech by Ms Orla Fennessy TD, Minister of State for Nature and Heritage, at the annual conference of the Roadside
Nature Advisory Forum</h1>
<p><font size='2'>Kilcarrig Conference Centre, Thursday 21 May 2026, 10.15 am</font></p>
<p>Chair, members of the Forum, friends,</p>
<p>Thank you for the invitation to be with you this morning. I want to begin with a confession. Two summers ago I
decided to leave the back lawn at home alone for a few weeks, mostly because I was too busy to cut it. By July there
was bird's-foot trefoil and clover everywhere, and my children counted eleven bumblebees in ten minutes. So I come to
this subject as a convert.</p>
<p>Since 2024 my Department has funded hedgerow surveys in twelve counties at a cost of &euro;640,000, and those
surveys have so far mapped some 31,000 kilometres of hedgerow. That work began with your advice, and it is a good
example of what this Forum can achieve.</p>
<p>I have read your new paper carefully, and I want to use my time today to tell you where I stand on it.</p>
""" + star + """
<p>Let me start with your fourth recommendation, on mapping. I can tell you today that the national map of species-rich
verges will be published in December of this year. The National Biodiversity Data Unit has already drawn together the
county surveys, and your own verge survey will go straight into it.</p>
<p>On the second recommendation, training for council outdoor staff, I am pleased to say that I have secured
&euro;1.1 million in next year's Estimates for a three-year programme. The first courses will run in February 2027,
and every local authority will be able to send two crews a year.</p>
<p>Your first recommendation asked me to open the Hedgerow Restoration Grant to hedges owned by local authorities. I
have looked at this closely, and I have to be straight with you: the grant will remain a scheme for farmers. It is
co-funded under an EU programme whose rules do not allow payments to public bodies, and I do not intend to take money
from farmers to fund councils.</p>
<p>The third recommendation is the one I know matters most to many of you, and I would rather disappoint you in person
than by letter. I will not be bringing forward regulations to end the use of glyphosate by public bodies. The
products in question remain approved for use, and a national ban for one group of users is not something I can
defend. What my Department will do is publish guidance later this year on reducing herbicide use on roadsides and in
parks.</p>
""" + star + """
<p>Your fifth and sixth recommendations are addressed to local authorities, and I want to respect that. How often a
council cuts its verges is a matter for each council and its road safety engineers. I have written to every chief
executive drawing their attention to your advice, and I will leave that decision with them. On seed I can go
further. From January 2027, any roadside planting scheme funded by my Department will have to use native, locally
sourced seed. Schemes that councils fund from their own resources will remain a matter for them.</p>
<p>Before I finish, I want to mention the new Bog Meadows nature reserve at Kilcarrig, which opens to the public next
month. Many of you helped to plan it, and I hope you will all come and see it in flower.</p>
""" + star + """
<p>You give your time to this Forum for nothing, and the country is better for it. Thank you all, and enjoy the rest
of the conference.</p>
<p><font size='2'>Ends. Issued by the Press Office of the Department of Nature, Heritage and Rural Affairs.</font></p>
"""
    return doc(body, S, "12pt", "0.3cm", "140%")


def main():
    tmp = tempfile.mkdtemp(prefix="blind117en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Roadside Nature Advisory Forum - Advice Paper RNAF 2026/1",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Speech by the Minister of State - Roadside Nature Advisory Forum conference, 21 May 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Open the Hedgerow Restoration Grant to roadside hedges owned by local",
         "reply_contains": "the grant will remain a scheme for farmers", "verdict": "disagrees"},
        {"number": 2, "starts_with": "Fund a three-year training programme in pollinator-friendly verge management",
         "reply_contains": "I have secured \u20ac1.1 million in next year's Estimates", "verdict": "agrees"},
        {"number": 3, "starts_with": "Bring forward regulations to end the use of glyphosate by public",
         "reply_contains": "I will not be bringing forward regulations", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Publish a national map of roadside verges of high botanical value",
         "reply_contains": "will be published in December of this year", "verdict": "agrees"},
        {"number": 5, "starts_with": "Cut rural road verges no more than twice a year, except",
         "reply_contains": "I will leave that decision with them", "verdict": "noted"},
        {"number": 6, "starts_with": "Use only native, locally sourced wildflower seed in new roadside planting",
         "reply_contains": "funded by my Department will have to use native", "verdict": "partly"},
        {"number": 7, "starts_with": "Appoint a biodiversity officer in every local authority that does not",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["my children counted eleven bumblebees in ten minutes",
                 "those surveys have so far mapped some 31,000 kilometres of hedgerow",
                 "I have read your new paper carefully",
                 "which opens to the public next month",
                 "You give your time to this Forum for nothing"]
    notes = ("Advice: Irish ROADSIDE NATURE ADVISORY FORUM's ADVICE PAPER RNAF 2026/1 to the Minister of State; recs are "
             "a list numbered '1)' ... '7)' in plain paragraphs with a hanging indent (no list markup), SPLIT UNDER "
             "TWO ADDRESSEE SUB-HEADINGS 'Advice to the Minister' (1-4) and 'Advice to local authorities, through the "
             "Minister' (5-7), running across the page break (1-2 on page 1, 3-7 on page 2), imperative sentences; "
             "traps: the Department's three "
             "QUESTIONS numbered '1)'-'3)' in the same style, a 'Verge survey 2025' table (412 km, 58%, 22 of 31), "
             "findings, the Wildlife Act 1976 section 40 'hedgerows must not be cut between 1 March and 31 August', "
             "the Forum's 2024 advice quoted ('the Department should fund a hedgerow survey in every county', done), "
             "closing 'We regard points 1, 3 and 6 as the most urgent'. Response: the Minister of State's SPEECH at "
             "the Forum's conference ('Check against delivery', '* * *' breaks), replies by ORDINAL, order 4, 2, 1, "
             "3, 5+6: 'your fourth recommendation' map published in December (4 agrees); 'On the second "
             "recommendation' EUR 1.1 million secured, first courses February 2027 (2 agrees); 'Your first "
             "recommendation' 'the grant will remain a scheme for farmers' (1 disagrees); 'The third recommendation' "
             "'I will not be bringing forward regulations', guidance instead (3 disagrees); ONE paragraph 'Your fifth "
             "and sixth recommendations': verge cutting 'a matter for each council', letter to chief executives, 'I "
             "will leave that decision with them' (5 noted) + native seed required for Department-funded schemes "
             "from January 2027, councils' own schemes 'a matter for them' (6 partly); 7 (biodiversity officer in "
             "every local authority) never mentioned (unanswered); greeting, the lawn story, the hedgerow survey "
             "figures (EUR 640,000, 31,000 km), 'I have read your new paper carefully', the Bog Meadows reserve, the "
             "thanks and 'Ends' answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
