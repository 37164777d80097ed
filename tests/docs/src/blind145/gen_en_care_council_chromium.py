"""Round 145 (EN): a borough council's CHILDREN IN CARE COUNCIL's annual report to the CORPORATE PARENTING PANEL
(written by young people in care and care leavers), answered by the Panel chair's and the Director of Children's
Services' LETTER to the young people, which PARAPHRASES the asks by theme without numbers or headings, in another
order, one paragraph answering two with different verdicts, one ask left out.
The advice: coloured theme sections; the seven asks as BOLD SENTENCES IN RUNNING TEXT, unnumbered and worded in
different ways ('We want the council to ...', 'Pocket money ... should ...', 'We are asking the council to ...',
'Please pay for ...', 'Young people who want to should be able to ...', 'The council should ...', 'Stop using ...').
Traps: 'What we did this year' NUMBERED 1-5; young people's quotes in speech boxes ('My social worker should have
told me ...', 'they must think ...'); the law paraphrased ('the council must visit you at least every six weeks');
the council's 2021 Pledge quoted ('We will make sure ...'); 'We are not asking for more review meetings'.
The response: thanks (nothing); ONE paragraph on money: travel for brothers and sisters (4 agrees), pocket money not
linked to foster carers' allowances (2 disagrees); SIM card with data for a year, not a contract until 21 (3
partly); four weeks' notice and a joint visit (1 agrees); council tax exemption kept at 21 (6 disagrees); chairing
reviews noted, Independent Reviewing Officers asked to think about it (5 noted); thanks for a film, where no ask
was made (unmatched); closing (nothing); 7, the words used about young people, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The Children Act 1989 is named as context only (what is said of it is paraphrased
and not to be relied on); the council, the group, people, figures and references are invented.
Run:  /tmp/blind145en/bin/python tests/docs/src/blind145/gen_en_care_council_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b145en as H

NAME = "blind145_en_care_council"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 18mm 20mm 21mm 20mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.42; color: #1d1d1d; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 2pt 0 4pt 0; line-height: 1.2; }
h2 { font-size: 11.5pt; color: #fff; background: %(c)s; padding: 3pt 8pt; margin: 10pt 0 5pt 0;
     border-radius: 4pt; break-after: avoid; }
p { margin: 0 0 5.5pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.say { background: #fff4d6; border: 1pt solid #e2b64a; border-radius: 8pt; padding: 4pt 9pt; margin: 3pt 40pt 6pt 20pt;
       font-style: italic; break-inside: avoid; }
ol.did { margin: 2pt 0 6pt 0; padding-left: 22pt; }
ol.did li { margin-bottom: 2pt; }
.pledge { border-left: 3pt solid %(c)s; padding: 2pt 10pt; margin: 3pt 0 6pt 14pt; color: #333; }
.addr { font-size: 9.4pt; margin-bottom: 8pt; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind145en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def advice():
    body = """
<p class='meta'>WEXMOOR BOROUGH COUNCIL &#183; Children in Care Council &#183; Report to the Corporate Parenting Panel,
meeting of 15 October 2025 &#183; Agenda item 5</p>
<h1>Our Voice Matters: our report for 2025</h1>
<p class='meta'>Written by the members of Our Voice Matters, Wexmoor's Children in Care Council for young people aged
11 to 25, with support from the Participation Team (Kayleigh Brennan-Osei, Participation Worker)</p>

<h2>Who we are and what we did this year</h2>
<p>Our Voice Matters has 19 members who are in care or have left care. We meet every other Tuesday at the Junction
Youth Centre. This year:</p>
<ol class='did'>
<li>We ran a survey that was answered by 112 children and young people in care.</li>
<li>We interviewed candidates for two team manager jobs.</li>
<li>We made a short film about what it feels like to move home.</li>
<li>We met the Leader of the Council in June.</li>
<li>We helped to plan the Celebration Evening for young people in care.</li>
</ol>
<p>This report is based on the survey and on what our members told us. We have written it ourselves.</p>

<h2>Social workers</h2>
<p>Half of the young people in our survey have had three or more social workers in the last two years. The law says
the council must visit you at least every six weeks, but a visit is not the same as knowing someone. In the Pledge
it made to us in 2021 the council said:</p>
<div class='pledge'>"We will make sure you know who your social worker is and how to contact them, and we will tell
you if they change."</div>
<div class='say'>"My social worker should have told me she was leaving. I found out from my foster carer." (aged 14)
</div>
<p>Many of us only find out when a new name turns up on a letter. <b>We want the council to tell every young person
at least four weeks before their social worker changes, and to arrange a visit with both the old and the new
worker.</b> We are not asking for more review meetings, just for people to be honest with us.</p>

<h2>Money</h2>
<p>Pocket money has not gone up since 2021, but everything costs more. <b>Pocket money for all children in care
should go up every April by the same percentage as foster carers' allowances.</b> Young people also told us that it
is hard to save when every payment is different depending on where you live.</p>

<h2>Phones and getting online</h2>
<div class='say'>"When I moved into my flat I had no wi-fi for seven weeks. I did my college work on the bus." (aged
18)</div>
<p>Care leavers need a phone to deal with the council, college, job centres and doctors. <b>We are asking the
council to give every care leaver a free mobile phone contract with unlimited data until they are 21.</b></p>

<h2>Brothers and sisters</h2>
<p>Forty-one of the young people in our survey live apart from at least one brother or sister. Some only see each
other twice a year because foster carers cannot afford the fares or the petrol. <b>Please pay for travel so that
brothers and sisters who live apart can see each other at least once a month.</b></p>

<h2>Our reviews</h2>
<div class='say'>"Everyone talks about you like you're not there. They must think we don't understand." (aged 15)
</div>
<p>Some of us feel our reviews are meetings about us, not for us. <b>Young people who want to should be able to
chair their own review meetings, with training from the council to help them.</b></p>

<h2>Leaving care</h2>
<p>The council already pays council tax for care leavers until they are 21. After that, many of us are still
studying or in low-paid jobs, and a council tax bill can be the thing that pushes us into debt. <b>The council
should make care leavers exempt from council tax until they are 25, not just until 21.</b></p>

<h2>The words you use</h2>
<p>Letters and reports about us are full of words nobody else uses about their own life. <b>Stop using words like
'placement', 'contact' and 'LAC' in letters and reports written about us.</b> Say 'home', 'time with family' and
'young person' instead.</p>

<h2>What happens next</h2>
<p>We would like the Corporate Parenting Panel to reply to us in writing before our meeting in December. Some of us
will come to the Panel meeting on 15 October to present this report.</p>
<p>Signed on behalf of Our Voice Matters by Tyler, Amira, Josh and Kezia (co-chairs)</p>
"""
    render(doc(body, "Sans", "10pt", "#0f6b6b"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<p class='meta' style='text-align:right'>Wexmoor Borough Council &#183; Children's Services &#183; Civic Centre,
Wexmoor WX3 2LP<br/>21 November 2025</p>
<div class='addr'>To: the members of Our Voice Matters<br/>c/o the Participation Team, Junction Youth Centre</div>
<h1 style='font-size:14pt'>Your report to the Corporate Parenting Panel</h1>
<p>Dear Tyler, Amira, Josh, Kezia and everyone in Our Voice Matters,</p>
<p>Thank you for coming to the Panel on 15 October and for presenting your report so clearly. Every member of the
Panel read it before the meeting, and we talked about it for over an hour. We promised you an answer in writing, so
here it is.</p>
<p>Let's start with money, because you raised two things. From January we will pay the travel costs for brothers and
sisters who live apart, so that they can meet up at least once a month, and foster carers and residential staff
will be able to claim the fares back. On pocket money, we are sorry to disappoint you: we are
not able to link pocket money to foster carers' allowances every year, because those allowances are set by the
Government's minimum rates and by a separate council decision.</p>
<p>On phones, we can't promise a contract until everyone is 21. What we can do is this: from April every care leaver
will get a free SIM card with 30 GB of data a month for their first twelve months after leaving care, and anyone who
needs a phone can get a refurbished one from the Leaving Care Team.</p>
<p>You told us how it feels when a social worker leaves without warning. We agree with you. From January, unless
there is an emergency, you will be told at least four weeks before your social worker changes, and you will get a
joint visit from your old and new social worker so that the handover happens with you, not about you.</p>
<p>We looked hard at council tax. It would cost about 190,000 pounds a year to pay council tax for care leavers up to
25, and at the moment the council cannot find that money, so we have decided to keep the exemption at 21 for now.
We will look at it again next year.</p>
<p>We have noted your idea about chairing your own reviews. We have asked the Independent Reviewing Officers to think
about how it might work and to come to one of your meetings in the spring to talk it through with you.</p>
<p>Thank you for the short film you made about moving home. We showed it at the foster carers' conference and people
are still talking about it.</p>
<p>We will come to your meeting on 9 December to hear what you think of this letter.</p>
<p>With best wishes,</p>
<p>Cllr Priya Ashworth-Mensah<br/>Chair, Corporate Parenting Panel</p>
<p>Jonathan Okafor-Reeve<br/>Director of Children's Services</p>
"""
    render(doc(body, "Serif", "10.6pt", "#7a3b69"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Our Voice Matters - Report to the Corporate Parenting Panel - "
            "15 October 2025", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Wexmoor Borough Council - Reply to Our Voice Matters",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "We want the council to tell every young person at least four",
         "reply_contains": "joint visit from your old and new social worker",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Pocket money for all children in care should go up every April",
         "reply_contains": "not able to link pocket money to foster carers' allowances",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "We are asking the council to give every care leaver a free",
         "reply_contains": "will get a free SIM card with 30 GB of data",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Please pay for travel so that brothers and sisters who live apart",
         "reply_contains": "we will pay the travel costs for brothers and sisters",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Young people who want to should be able to chair their own",
         "reply_contains": "We have noted your idea about chairing your own reviews",
         "verdict": "noted"},
        {"number": 6, "starts_with": "The council should make care leavers exempt from council tax until",
         "reply_contains": "we have decided to keep the exemption at 21 for now",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "Stop using words like 'placement', 'contact' and 'LAC' in letters",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Thank you for the short film you made about moving home",
                 "we talked about it for over an hour"]
    notes = ("Advice: a borough council's CHILDREN IN CARE COUNCIL's annual report to the CORPORATE PARENTING PANEL, "
             "written by young people in care. Coloured theme sections; the seven asks as BOLD SENTENCES IN RUNNING "
             "TEXT, unnumbered and worded differently ('We want the council to ...', 'Pocket money ... should go up "
             "...', 'We are asking the council to ...', 'Please pay for travel ...', 'Young people who want to "
             "should be able to ...', 'The council should ...', 'Stop using words ...'). Traps: 'what we did this "
             "year' NUMBERED 1-5; young people's quotes in speech boxes ('My social worker should have told me ...', "
             "'They must think ...'); the law paraphrased ('the council must visit you at least every six weeks'); "
             "the council's 2021 Pledge quoted ('We will make sure ...'); 'We are not asking for more review "
             "meetings'. Response: the Panel chair's and the Director's LETTER to the young people, PARAPHRASING the "
             "asks by theme, no numbers or headings, in another order: thanks (nothing); ONE paragraph on money: "
             "travel for brothers and sisters paid (4 agrees), 'we are not able to link "
             "pocket money to foster carers' allowances' (2 disagrees); a SIM card with data for a year rather than "
             "a contract to 21 (3 partly); four weeks' notice and a joint visit (1 agrees); council tax exemption "
             "kept at 21 (6 disagrees); chairing reviews 'noted', reviewing officers asked to think about it (5 "
             "noted); thanks for the film, where no ask was made (unmatched); closing (nothing); 7, the words used "
             "in letters and reports, never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
