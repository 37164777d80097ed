"""Round 115 (EN): a Victorian city council's GAMBLING HARM ADVISORY COMMITTEE's advice on the draft Gambling Harm
Minimisation Policy, seven recommendations given TWICE: as a NUMBERED LIST 1-7 in a front 'Summary of recommendations'
and again, word for word, in bordered 'Recommendation N' boxes at the end of the body sections they come from (the
body running across page breaks); answered by the council's published QUESTIONS AND ANSWERS on the adopted policy,
bold questions with no recommendation numbers, in another order, one answer ('What will change for community groups
and support services?') covering two recommendations, one recommendation left out, and questions that answer
nothing (why a policy, where to get help, how to have a say).
LibreOffice Writer headless from HTML, A4, Liberation Sans (advice) and Liberation Serif (Q&A); burgundy letterhead
table with a sand cell, 'Gaming machines in Marrabool' figures table, the Committee's 2021 advice quoted (not a
recommendation), a 'Key dates' cell beside the Q&A introduction; header and 'Page N of M' stamped from page 2. All
bodies, people, places, venues, figures and references invented; Victoria's Gambling Regulation Act 2003 is named as
context only (what is said of it here is not to be relied on).
Run:  /tmp/blind115en/bin/python tests/docs/src/blind115/gen_en_gambling_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b115en as H

NAME = "blind115_en_gambling"
BURG = "#7a2e1f"
SAND = "#efe3cf"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 1.8cm 2.1cm 2cm 2.1cm; }
body { font-family: '%(f)s'; font-size: 10pt; }
h1 { font-family: '%(f)s'; font-size: 16pt; color: #7a2e1f; margin-top: 0.3cm; margin-bottom: 0.1cm; }
h2 { font-family: '%(f)s'; font-size: 11.5pt; color: #7a2e1f; margin-top: 0.35cm; margin-bottom: 0.12cm; }
p { margin-top: 0; margin-bottom: 0.2cm; }
li { margin-bottom: 0.12cm; }
</style>"""


def doc(body, font):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE % {'f': font}}</head><body>{body}</body></html>"


def lh(left, right, font):
    return (f"<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='{BURG}' width='64%'>"
            f"<font face='{font}' color='#ffffff' size='4'><b>{left}</b></font></td>"
            f"<td bgcolor='{SAND}' width='36%' align='right'><font face='{font}' size='2' color='{BURG}'>{right}</font>"
            f"</td></tr></table>")


RECS = [
    "Oppose every application for additional gaming machines in the municipality, and engage independent expert "
    "evidence for each hearing before the state regulator.",
    "Adopt a policy that Council will not accept sponsorship, donations or in-kind support from gaming venues for any "
    "Council event or program.",
    "Require community groups applying for Council grants to declare any funding they have received from gaming "
    "venues in the previous two years.",
    "Fund a gambling harm support worker at the Marrabool Neighbourhood House for at least three years from July 2026.",
    "Advocate to the State Government for a $1 maximum bet and mandatory pre-commitment on all gaming machines in "
    "Victoria.",
    "Extend the opening hours of Council libraries and the Marrabool Aquatic and Leisure Centre to 10 p.m. on at "
    "least two nights a week, so that residents have somewhere safe and free to go in the evening other than a "
    "gaming venue.",
    "Publish an annual report on gaming machine losses in Marrabool, on Council's advocacy and on progress against "
    "this policy, and present it to Council each September.",
]


def box(n):
    return (f"<table width='100%' cellpadding='6' cellspacing='0' border='1' bordercolor='{BURG}'><tr><td bgcolor='#faf5ec'>"
            f"<p><font color='{BURG}'><b>Recommendation {n}</b></font></p><p>{RECS[n - 1]}</p></td></tr></table><p></p>")


def advice():
    summary = "".join(f"<li>{t}</li>" for t in RECS)
    return doc(f"""
{lh("City of Marrabool", "Gambling Harm Advisory Committee<br/>Advice GHAC 2026/01", "Liberation Sans")}
<h1>Advice to Council on the draft Gambling Harm Minimisation Policy 2026</h1>
<p><font size="2" color="#444444">Gambling Harm Advisory Committee &middot; Endorsed at the Committee's meeting on 10 February 2026 &middot; Chair: Cr Deborah Nguyen-Walsh</font></p>
<h2>Executive summary</h2>
<p>Council asked the Committee for its advice on the draft Gambling Harm Minimisation Policy 2026 before the policy returns to Council in March. The draft is a clear improvement on the 2021 policy, but it relies mainly on measures Council already takes. People in Marrabool lose more on gaming machines per adult than in most of the state, and the losses fall hardest on the suburbs that can least afford them. The Committee makes seven recommendations, summarised below and explained in the sections that follow.</p>
<p><b>Summary of recommendations</b></p>
<ol>{summary}</ol>
<h2>1. About the Committee</h2>
<p>The Gambling Harm Advisory Committee was set up in 2019. It has twelve members: two councillors, four people with lived experience of gambling harm, and representatives of the Marrabool Community Health Centre, the Neighbourhood House network, a local financial counselling service, the police, and two sporting clubs that do not operate gaming machines. This advice was prepared at two workshops in December 2025 and January 2026 and draws on Council's own data, on the state regulator's published figures and on the experience of members.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" bordercolor="#c9b79a">
<tr><td bgcolor="{SAND}" colspan="2"><b>Gaming machines in Marrabool, 2024-25</b></td></tr>
<tr><td>Gaming venues / gaming machines</td><td align="right">14 / 612</td></tr>
<tr><td>Player losses in the year</td><td align="right">$61.4 million</td></tr>
<tr><td>Average loss per adult</td><td align="right">$712 (state average $560)</td></tr>
<tr><td>Venues in the four most disadvantaged suburbs</td><td align="right">9 of 14</td></tr>
</table>
<p></p>
<h2>2. Planning and new machines</h2>
<p>Under the Gambling Regulation Act 2003, a venue operator that applies for more machines must show the state regulator that the net economic and social impact on the community will not be detrimental, and the council may make a submission. Council has made submissions in the past, but only on three of the seven applications since 2019, and never with independent evidence. Two of the three applications it did not contest were approved in Kellerton, where losses per adult are already the highest in the municipality.</p>
{box(1)}
<h2>3. Council's own conduct</h2>
<p>In 2021 the Committee advised that &ldquo;Council should not lease any of its land or buildings to a gaming venue&rdquo;. Council adopted that advice in its 2021 policy and the draft keeps it, which the Committee supports. Council still accepts sponsorship from gaming venues, however: in 2025 the Lakeside Festival and the Australia Day awards were both sponsored by venues with gaming rooms.</p>
{box(2)}
<p>Many local clubs receive money from venues through the community benefit arrangements that venues report to the state regulator. Members felt that Council cannot see how far community groups depend on this money, or whether it shapes what they say about gambling.</p>
{box(3)}
<h2>4. Support for people harmed</h2>
<p>Financial counsellors told the Committee that waiting times for gambling counselling in Marrabool are now seven weeks. People who walk into a Neighbourhood House asking for help with debts are often gambling, but staff are not trained to ask, and there is no one on site to refer them to.</p>
{box(4)}
<h2>5. Advocacy</h2>
<p>The most effective measures against gambling harm are set by the State Government, not by councils. Members noted that several other councils have called for reform of machine design and bet limits.</p>
{box(5)}
<h2>6. Alternatives to gaming venues</h2>
<p>In several suburbs the only places open after 6 p.m. that are warm, lit and free to enter are hotels and clubs with gaming rooms. Members with lived experience described going to a venue &ldquo;just to be somewhere&rdquo; and ending up at the machines.</p>
{box(6)}
<p>Some residents who wrote to the Committee wanted Council to call for gaming machines to be removed from all clubs. The Committee does not make that recommendation, as it is outside Council's powers and would be unlikely to succeed.</p>
<h2>7. Monitoring and reporting</h2>
<p>The draft policy contains no measures of success and no date for review. Without regular reporting, neither Council nor the community will know whether the policy is working.</p>
{box(7)}
<h2>8. Conclusion</h2>
<p>The Committee asks Council to give priority to Recommendations 1, 4 and 6, and thanks officers of the Community Strengthening team for their support. Members would be glad to speak to councillors before the policy is decided.</p>
<p><font size="2" color="#444444">Cr Deborah Nguyen-Walsh, Chair, Gambling Harm Advisory Committee &middot; City of Marrabool, 1 Civic Parade, Marrabool VIC</font></p>
""", "Liberation Sans")


def response():
    S = "Liberation Serif"
    Q = lambda q: f"<p style='margin-top:0.3cm'><font color='{BURG}'><b>{q}</b></font></p>"
    return doc(f"""
{lh("City of Marrabool", "Community Strengthening<br/>1 Civic Parade, Marrabool", S)}
<h1>Gambling Harm Minimisation Policy 2026: questions and answers</h1>
<p><font size="2" color="#444444">Published 31 March 2026 &middot; Ref. CS/GH/2026/14</font></p>
<table width="100%" cellpadding="7" cellspacing="0"><tr>
<td width="64%" valign="top"><p>On 24 March 2026 Council adopted its Gambling Harm Minimisation Policy 2026. In preparing the final policy, Council considered the advice of its Gambling Harm Advisory Committee and 38 written submissions from the community. These questions and answers explain what Council has decided and how it responded to the Committee's advice.</p></td>
<td width="36%" valign="top" bgcolor="{SAND}"><p><b>Key dates</b></p><p>24 March 2026: policy adopted by Council<br/>1 July 2026: policy takes effect<br/>March 2030: policy due for review</p></td>
</tr></table>
{Q("Why does Council have a gambling harm policy?")}
<p>Council has had a policy on gaming since 2009. It explains how Council uses its roles as planning authority, advocate and funder of community services to reduce the harm that gambling causes to individuals, families and the wider community.</p>
{Q("Will Council push the State Government for poker machine reform?")}
<p>Yes. The Mayor has written to the Minister for Gaming asking for a $1 maximum bet and for mandatory pre-commitment on every machine, as the Committee proposed, and Council will put a motion on both to the state local government association's conference in May.</p>
{Q("Will Council still accept sponsorship from clubs and hotels with poker machines?")}
<p>No. From 1 July 2026 Council will decline all sponsorship and donations from venues with gaming machines, including for the Lakeside Festival and the Australia Day awards. Existing agreements will be honoured until they end.</p>
{Q("Will Council oppose every application for more poker machines?")}
<p>Not every application. Council will oppose any application for additional machines in Kellerton, Dunmore North, Bayview and Sandridge East, where losses per adult are well above the state average, and will engage an independent expert for those hearings. Applications elsewhere will be assessed case by case against the policy.</p>
{Q("Will libraries and the leisure centre stay open later?")}
<p>Not for this purpose. Council looked carefully at the Committee's suggestion, but will not extend opening hours at libraries or leisure centres, which would cost about $420,000 a year. Council will instead promote the free evening programs that libraries already run until 8 p.m. on Thursdays.</p>
{Q("What will change for community groups and support services?")}
<p>Community groups that apply for Council grants will not be asked to declare money they receive from gaming venues. Many volunteer-run clubs told us that a declaration would add paperwork and could stigmatise groups that have few other sources of income, and Council accepted their view.</p>
<p>Funding for a gambling harm support worker at the Neighbourhood House will be considered as part of the 2026-27 budget. No funding has been allocated at this stage, and the outcome will be known when the budget is adopted in June.</p>
{Q("Where can I get help?")}
<p>If gambling is causing problems for you or someone close to you, free and confidential counselling is available at the Marrabool Community Health Centre, and financial counsellors run a drop-in session there every Thursday morning.</p>
{Q("How can I have my say in future?")}
<p>The Gambling Harm Advisory Committee meets four times a year and welcomes written comments from residents. Contact the Community Strengthening team on 03 5550 0148 to be added to its mailing list.</p>
""", S)


def main():
    tmp = tempfile.mkdtemp(prefix="blind115en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Marrabool - Gambling Harm Advisory Committee - Advice GHAC 2026/01",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Marrabool - Gambling Harm Minimisation Policy 2026 - Questions and answers",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Oppose every application for additional gaming machines in the municipality",
         "reply_contains": "Applications elsewhere will be assessed case by case", "verdict": "partly"},
        {"number": 2, "starts_with": "Adopt a policy that Council will not accept sponsorship, donations",
         "reply_contains": "Council will decline all sponsorship and donations from venues", "verdict": "agrees"},
        {"number": 3, "starts_with": "Require community groups applying for Council grants to declare any funding",
         "reply_contains": "will not be asked to declare money they receive", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Fund a gambling harm support worker at the Marrabool Neighbourhood House",
         "reply_contains": "will be considered as part of the 2026-27 budget", "verdict": "noted"},
        {"number": 5, "starts_with": "Advocate to the State Government for a $1 maximum bet",
         "reply_contains": "The Mayor has written to the Minister for Gaming", "verdict": "agrees"},
        {"number": 6, "starts_with": "Extend the opening hours of Council libraries and the Marrabool Aquatic",
         "reply_contains": "will not extend opening hours at libraries or leisure centres", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Publish an annual report on gaming machine losses in Marrabool",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Council has had a policy on gaming since 2009",
                 "free and confidential counselling is available at the Marrabool Community Health Centre",
                 "meets four times a year and welcomes written comments"]
    notes = ("Advice: Victorian city council GAMBLING HARM ADVISORY COMMITTEE advice GHAC 2026/01 on the draft Gambling "
             "Harm Minimisation Policy 2026; each recommendation appears TWICE, word for word: in a front 'Summary of "
             "recommendations' NUMBERED LIST 1-7 and again in a bordered 'Recommendation N' box at the end of the "
             "body section it comes from (sections 2-7; section 3 holds boxes 2 and 3), so seven recommendations, "
             "not fourteen; traps: 'makes seven recommendations, summarised below', figures table, the Gambling "
             "Regulation Act 2003 'must show the state regulator', the Committee's 2021 advice quoted ('Council "
             "should not lease any of its land or buildings to a gaming venue', adopted), removing machines from "
             "clubs 'The Committee does not make that recommendation', conclusion 'give priority to Recommendations "
             "1, 4 and 6'. Response: the council's published QUESTIONS AND ANSWERS on the adopted policy, bold "
             "questions, NO recommendation numbers, order 5, 2, 1, 6, 3+4: 'Yes. The Mayor has written to the "
             "Minister' (5 agrees); 'No. ... will decline all sponsorship and donations' (the 'No' answers the "
             "question, not the advice: 2 agrees); 'Not every application', opposes in four suburbs with an "
             "independent expert, elsewhere case by case (1 partly); 'Not for this purpose', will not extend opening "
             "hours, $420,000 a year (6 disagrees); ONE answer 'What will change for community groups and support "
             "services?' = no declaration for grant applicants (3 disagrees) + support worker 'considered as part of "
             "the 2026-27 budget', 'No funding has been allocated' (4 noted); 7 (annual report each September) "
             "unanswered; introduction with 'Key dates', 'Why does Council have a gambling harm policy?', 'Where can "
             "I get help?', 'How can I have my say in future?' answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
