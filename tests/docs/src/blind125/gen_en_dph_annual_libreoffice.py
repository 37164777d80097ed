"""Round 125 (EN): an English borough's DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT (first person, on loneliness in later
life), answered by the Health and Wellbeing Board chair's COLUMN in the council's residents' MAGAZINE. The advice's
seven recommendations are UNNUMBERED first-person sentences 'I recommend that ...' under three addressee sub-headings
('For the Council', 'For the Integrated Care Board', 'For the Health and Wellbeing Board and partners') in the
report's last chapter. Traps: the Health and Social Care Act 2012 paraphrased ('must prepare'), a numbered list 'Five
things older residents told us', a ruled table 'Progress on my 2024 recommendations' quoting last year's
recommendations ('The Council should ...') with their status, a 'what you can do' box of imperatives to readers, and a
closing line naming 'my first and sixth recommendations'. The response is a two-column magazine page (a borderless
two-cell table), replies by theme with no numbers, in another order: one paragraph answers the link workers and the
survey question, the ICB's two replies are in one paragraph, the target is never mentioned; an opening and a closing
item on Warm Spaces answer nothing.
LibreOffice Writer headless from HTML, A4, Liberation Serif (report) and Liberation Sans (magazine); header and 'Page
N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Health and Social Care
Act 2012 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind125en/bin/python tests/docs/src/blind125/gen_en_dph_annual_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b125en as H

NAME = "blind125_en_dph_annual"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.2cm 2.0cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 20pt; margin-top: 0.1cm; margin-bottom: 0.1cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 13pt; margin-top: 0.45cm; margin-bottom: 0.12cm; color: %(c)s; }
h3 { font-family: '%(f)s'; font-size: 11pt; margin-top: 0.3cm; margin-bottom: 0.1cm; font-style: italic; }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 120%%; }
p.meta { color: #555555; font-size: 10pt; }
p.rec { margin-left: 0.6cm; }
td { font-family: '%(f)s'; font-size: 9.5pt; vertical-align: top; }
th { font-family: '%(f)s'; font-size: 9.5pt; text-align: left; background: #e6dcef; }
li { margin-bottom: 0.08cm; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    b = """
<p class='meta'>CASTLEMOOR BOROUGH COUNCIL &#183; PUBLIC HEALTH</p>
<h1>Older, wiser, lonelier?</h1>
<p class='meta'>Connection and health in later life in Castlemoor. The annual report of the Director of Public
Health 2025. Dr Ruth Anand, Director of Public Health. Published 14 November 2025.</p>

<h2>Foreword</h2>
<p>Each year the Director of Public Health must prepare an independent report on the health of the local population,
and the Council must publish it; that duty comes from the Health and Social Care Act 2012. This year I have chosen to
write about loneliness among people over 65. About one in eight older residents of Castlemoor told our survey that
they feel lonely often or always. Loneliness is not only sad: it raises the risk of heart disease, stroke and
dementia about as much as smoking fifteen cigarettes a day does.</p>

<h2>1. What we heard</h2>
<p>Between March and June 2025 my team spoke to 240 residents aged 65 and over at lunch clubs, libraries, GP
surgeries and in their own homes. Five things older residents told us came up again and again:</p>
<ol>
<li>Losing a partner, or giving up driving, was often the point at which they became lonely.</li>
<li>The community bus was, for many, the only way to reach the shops and their friends.</li>
<li>Poor hearing made groups and phone calls hard, and many had never had a hearing test.</li>
<li>They did not know what was on offer near them, or found out too late.</li>
<li>Caring for a partner left them little time or energy for anything else.</li>
</ol>

<h2>2. Progress on my 2024 recommendations</h2>
<p>Last year's report, on physical activity, made four recommendations. Their progress is shown below.</p>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><th width='62%'>2024 recommendation</th><th>Progress</th></tr>
<tr><td>The Council should open all school sports halls to the public at weekends.</td><td>Done in 9 of 14 schools.</td></tr>
<tr><td>The Integrated Care Board should fund exercise referral in every GP practice.</td><td>Done.</td></tr>
<tr><td>The Council should make the Greenway path fully step-free.</td><td>Works due in 2026.</td></tr>
<tr><td>Employers should offer staff an active travel scheme.</td><td>Partly; 31 employers signed up.</td></tr>
</table>

<h2>3. What works</h2>
<p>The evidence is clearest for three things: a trusted person who can link someone to the groups and services near
them (often called social prescribing); transport that lets people get out; and dealing with hearing loss early.
Befriending schemes help too, but mainly when they lead to new friendships rather than a weekly call. Castlemoor
already has many of the pieces, but they are not joined up and too few people know about them.</p>
<table border='1' cellpadding='6' cellspacing='0' width='100%' bgcolor='#f3eef8'>
<tr><td><b>What you can do.</b> Knock on a neighbour's door. Offer a lift to the shops. Ask an older relative when
they last had their hearing checked. Volunteer for one hour a week with a lunch club.</td></tr></table>

<h2>4. My recommendations</h2>
<p>My recommendations this year are addressed to the organisations that can act on them.</p>
<h3>For the Council</h3>
<p class='rec'>I recommend that the Council funds a social prescribing link worker in each of its six neighbourhood
hubs from April 2026, so that every older resident has someone local to turn to.</p>
<p class='rec'>I recommend that the Council keeps all twelve community bus routes that serve sheltered housing
schemes, rather than withdrawing four of them as proposed in the draft budget for 2026/27.</p>
<p class='rec'>I recommend that the Council adds a question on loneliness to its annual residents' survey, so that
progress can be followed ward by ward.</p>
<h3>For the Integrated Care Board</h3>
<p class='rec'>I recommend that the Integrated Care Board asks every GP practice to record loneliness as part of the
annual health check for people aged 75 and over.</p>
<p class='rec'>I recommend that the Integrated Care Board funds free hearing tests in community settings such as
libraries and lunch clubs, with no need for a GP referral.</p>
<h3>For the Health and Wellbeing Board and partners</h3>
<p class='rec'>I recommend that the Health and Wellbeing Board adopts a target of halving the share of residents over
65 who are often lonely, from 12 per cent to 6 per cent, by 2030.</p>
<p class='rec'>I recommend that large employers in the borough offer at least five days of paid carer's leave a year
to staff who care for an older relative.</p>
<p>I will report on progress against these recommendations, and especially on my first and sixth recommendations, in
next year's report.</p>
<p><i>Dr Ruth Anand, Director of Public Health, Castlemoor Borough Council</i></p>
"""
    return doc(b, "Liberation Serif", "#4b2a6b", "11pt")


LEFT = """
<p><b>Every year our Director of Public Health, Dr Ruth Anand, writes an independent report on an issue that matters
to the health of people in Castlemoor.</b> This year's report, <i>Older, wiser, lonelier?</i>, looks at loneliness in
later life, and it makes uncomfortable reading. As chair of the Health and Wellbeing Board I want to tell you how we
are responding.</p>
<p><b>Someone local to turn to.</b> Dr Anand is right that many older people simply do not know what is on offer near
them. The Council will pay for link workers in three of our neighbourhood hubs, in Eastgate, Moorside and Holm Lea,
from April 2026. Whether we can do the same in the other three hubs will depend on next year's budget, and I cannot
promise that today. We will also put a new question about loneliness into the residents' survey from the 2026 round,
so that you and we can see whether things are getting better where you live.</p>
<p><b>Buses.</b> I know how much the community buses mean to the people who use them. But four of the routes carry
fewer than six passengers a day, and the Council has to save 4.2 million pounds next year. The Cabinet has decided to
go ahead with withdrawing those four routes in September 2026. A dial-a-ride service will cover the sheltered housing
schemes they serve.</p>
"""
RIGHT = """
<p><b>Hearing and health checks.</b> Our NHS partners at the Integrated Care Board have told us that from January
2026 they will fund free hearing tests without a GP referral in all nine Castlemoor libraries and at four lunch
clubs. They do not intend to ask GP practices to record loneliness at the over-75 health check: GPs have told them
the check is already too long, and they prefer to train receptionists to point people to the link workers.</p>
<p><b>Carers at work.</b> Paid leave for carers is a decision for each employer, not for the Board. We have shared
the report with the Castlemoor Business Partnership, which has promised to discuss it with its members at its spring
meeting.</p>
<table border='1' cellpadding='6' cellspacing='0' width='100%' bgcolor='#fdf1d6'><tr><td><b>"Loneliness is not
only sad. It is bad for your health."</b> Dr Ruth Anand</td></tr></table>
<p><b>Warm Spaces are back.</b> From 1 December, 23 libraries, churches and community centres across the borough will
again open their doors as Warm Spaces, with a hot drink and company. You can find the nearest on our website or
by calling 01632 960 418.</p>
<p><i>Councillor Maureen Achterberg chairs the Castlemoor Health and Wellbeing Board and is Cabinet Member for
Adult Social Care and Health.</i></p>
"""


def response():
    b = f"""
<p class='meta'>CASTLEMOOR LIFE &#183; WINTER 2025 &#183; PAGE 7</p>
<h1>Loneliness: what we are doing about it</h1>
<p class='meta'>From the Chair of the Health and Wellbeing Board, Councillor Maureen Achterberg</p>
<table border='0' cellpadding='0' cellspacing='0' width='100%'><tr>
<td width='48%'>{LEFT}</td><td width='4%'></td><td width='48%'>{RIGHT}</td></tr></table>
"""
    return doc(b, "Liberation Sans", "#0a5c7a", "10pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind125en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Director of Public Health Annual Report 2025 - Castlemoor",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Castlemoor Life - Winter 2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "I recommend that the Council funds a social prescribing link worker",
         "reply_contains": "will depend on next year's budget, and I cannot promise", "verdict": "partly"},
        {"number": 2, "starts_with": "I recommend that the Council keeps all twelve community bus routes",
         "reply_contains": "decided to go ahead with withdrawing those four routes", "verdict": "disagrees"},
        {"number": 3, "starts_with": "I recommend that the Council adds a question on loneliness",
         "reply_contains": "into the residents' survey from the 2026 round", "verdict": "agrees"},
        {"number": 4, "starts_with": "I recommend that the Integrated Care Board asks every GP practice",
         "reply_contains": "They do not intend to ask GP practices to record loneliness",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "I recommend that the Integrated Care Board funds free hearing tests",
         "reply_contains": "in all nine Castlemoor libraries and at four lunch clubs", "verdict": "agrees"},
        {"number": 6, "starts_with": "I recommend that the Health and Wellbeing Board adopts a target",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "I recommend that large employers in the borough offer at least",
         "reply_contains": "promised to discuss it with its members at its spring meeting", "verdict": "noted"},
    ]
    unmatched = ["writes an independent report on an issue that matters",
                 "will again open their doors as Warm Spaces"]
    notes = ("Advice: an English borough's DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT in the first person; the Health and "
             "Social Care Act 2012 paraphrased ('must prepare', 'must publish'); a numbered list 1.-5. 'Five things "
             "older residents told us' (findings); a ruled table quoting the four 2024 recommendations ('The Council "
             "should open all school sports halls ...') with their progress; a boxed 'What you can do.' of imperatives "
             "to readers; the seven recommendations UNNUMBERED 'I recommend that ...' paragraphs under three addressee "
             "sub-headings (1 link workers in six hubs, 2 keep twelve bus routes, 3 loneliness question in the "
             "residents' survey, 4 GPs record loneliness at the over-75 check, 5 free hearing tests without referral, "
             "6 target halving loneliness by 2030, 7 employers' paid carer's leave); closing 'my first and sixth "
             "recommendations'. Response: the Health and Wellbeing Board chair's COLUMN in the residents' magazine, two "
             "columns (a borderless two-cell table), bold run-in themes, no numbers, another order: an opening on the "
             "report (nothing); 'Someone local to turn to.' answers 1 (three hubs from April 2026, the other three "
             "depend on next year's budget: partly) AND 3 (survey question from 2026: agrees); 'Buses.' four routes "
             "withdrawn, dial-a-ride instead (2 disagrees); 'Hearing and health checks.' answers 5 (hearing tests in "
             "all nine libraries: agrees) AND 4 ('do not intend to ask GP practices': disagrees); 'Carers at work.' a "
             "decision for each employer, shared with the Business Partnership (7 noted); a pull quote; 'Warm Spaces "
             "are back.' (nothing); the target is never mentioned (6 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
