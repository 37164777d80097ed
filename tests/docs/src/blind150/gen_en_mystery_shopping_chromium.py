"""Round 150 (EN): a research agency's MYSTERY SHOPPING REPORT on a district council's customer contact channels,
answered by the Head of Customer Services' MANAGEMENT RESPONSE memo, arranged BY CHANNEL under headings, each
paragraph ending with the reference it answers in brackets ('(R1)'), in another order, one paragraph answering two
with different verdicts, one left out.
The advice: a results table by channel, KEY FINDINGS NUMBERED 1-7 (as many as the recommendations), sections 1-4;
the seven recommendations are the rows R1-R7 of a table 'Ref | Recommendation | Priority' at the end. Traps: the
council's Customer Charter QUOTED ('Calls should be answered within 60 seconds ...'); a shopper quoted ('someone
should have told me ...'); 'We do not recommend closing the Civic Centre desk ...'.
The response: introduction (nothing); web chat: system access agreed (R3 agrees), evening and Saturday chat not
affordable (R5 disagrees); telephone menu done (R1 agrees); email acknowledgement yes, reply date no (R2 partly);
desk hours beside every phone number (R6 agrees); repeating the exercise to be considered with the budget (R7
noted); a callback option 'not covered by the report' (unmatched); closing (nothing); R4, training for calls from
distressed or vulnerable residents, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The agency, the council, people, places, figures and references are invented.
Run:  /tmp/blind150en/bin/python tests/docs/src/blind150/gen_en_mystery_shopping_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b150en as H

NAME = "blind150_en_mystery_shopping"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 20mm 21mm 20mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 4pt 0 6pt 0; line-height: 1.2; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 9pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.2pt; color: %(c)s; margin: 8pt 0 2pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.np { display: flex; margin: 0 0 3pt 0; }
.np .n { flex: 0 0 7mm; font-weight: bold; }
.np .t { flex: 1; }
.q { margin: 2pt 0 6pt 10mm; padding-left: 8pt; border-left: 2pt solid %(c)s; font-style: italic; }
.band { border-bottom: 2pt solid %(c)s; padding: 0 0 6pt 0; margin-bottom: 8pt; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; margin: 4pt 0 8pt 0; }
th { background: %(c)s; color: white; text-align: left; padding: 3pt 5pt; border: 0.6pt solid #888; }
td { border: 0.6pt solid #999; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
td.ref { font-weight: bold; width: 9mm; }
td.pri { width: 17mm; }
.memo td { border: none; padding: 1pt 8pt 1pt 0; font-size: 10pt; }
.memo td.k { font-weight: bold; width: 22mm; }
.rule { border-top: 1.2pt solid %(c)s; margin: 6pt 0 8pt 0; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind150en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def np(n, t):
    return f"<div class='np'><div class='n'>{n}</div><div class='t'>{t}</div></div>\n"


RECS = [
    ("Replace the five-option opening menu on the main telephone line with a shorter menu of no more than three "
     "options.", "High"),
    ("Send an automatic acknowledgement to every email within one hour, giving a reference number and the date by "
     "which a full reply will be sent.", "High"),
    ("Give web chat advisers access to the council tax and waste collection systems, so that they can resolve "
     "simple queries without transferring them.", "Medium"),
    ("Train all contact centre staff in handling calls from residents who are distressed or vulnerable, with "
     "refresher training every year.", "High"),
    ("Extend web chat to 7 pm on weekdays and add a Saturday morning service.", "Medium"),
    ("Publish the opening hours of the Civic Centre desk, including the Wednesday afternoon closure, on every "
     "page of the council's website that gives a telephone number.", "Low"),
    ("Repeat the mystery shopping exercise in twelve months, using the same scenarios so that the results can be "
     "compared.", "Low"),
]


def advice():
    b = []
    b.append("<div class='band'><p class='meta'>CLEARVIEW CUSTOMER INSIGHT LTD &#183; Unit 4, Dyer's Yard, "
             "Kelham HB2 7LS &#183; Report CCI/MS/2025/14</p>")
    b.append("<h1>Mystery shopping of customer contact: telephone, email, web chat and the Civic Centre desk</h1>")
    b.append("<p class='meta'>Prepared for Hollowbrook District Council. Fieldwork 2 June to 11 July 2025; report "
             "to Ms Helen Ardagh-Price, Corporate Director for Resources, 8 August 2025.</p></div>")
    b.append("<h2>1 Scope and method</h2>")
    b.append("<p>Fourteen trained shoppers made 120 contacts with the council, using nine scenarios agreed with the "
             "Customer Services team: a missed bin, a council tax change of address, a pothole, a request for a "
             "garden waste permit, a noise complaint and four housing queries. Each contact was scored out of 100 "
             "against the council's Customer Charter, which says:</p>")
    b.append("<p class='q'>'Calls should be answered within 60 seconds and emails should receive a full reply "
             "within five working days.'</p>")
    b.append("<table><tr><th>Channel</th><th>Contacts</th><th>Charter target met</th><th>Average score</th>"
             "<th>Resolved at first contact</th></tr>"
             "<tr><td>Telephone</td><td>48</td><td>29 (60%)</td><td>68</td><td>27</td></tr>"
             "<tr><td>Email</td><td>30</td><td>17 (57%)</td><td>61</td><td>not applicable</td></tr>"
             "<tr><td>Web chat</td><td>24</td><td>20 (83%)</td><td>79</td><td>11</td></tr>"
             "<tr><td>Civic Centre desk</td><td>18</td><td>16 (89%)</td><td>84</td><td>15</td></tr></table>")
    b.append("<h2>2 Key findings</h2>")
    for n, t in enumerate([
        "Staff were courteous in 114 of the 120 contacts; shoppers often praised the desk staff by name.",
        "The telephone menu has five options and a recorded message of 74 seconds before the first option.",
        "Average waiting time on the phone was 3 minutes 40 seconds, and 6 calls were abandoned after 10 minutes.",
        "Thirteen of the 30 emails had no reply of any kind within five working days; two had none at all.",
        "Web chat advisers transferred 9 of 24 chats because they could not see council tax or bin records.",
        "Two shoppers who played a distressed caller were passed between three teams before getting help.",
        "Shoppers could not find the desk's opening hours from the contact pages of the website.",
    ], 1):
        b.append(np(f"{n}.", t))
    b.append("<h2>3 Channel by channel</h2>")
    b.append("<p><b>Telephone.</b> Once through, advisers were knowledgeable and resolved most queries on the "
             "spot. The long opening message and the menu are the main source of frustration: three shoppers "
             "chose the wrong option and were put back in the queue.</p>")
    b.append("<p><b>Email.</b> Replies that did arrive were accurate, but shoppers had no way of knowing whether "
             "their email had been received. One follow-up email in the noise scenario was answered before the "
             "first.</p>")
    b.append("<p><b>Web chat.</b> This was the best rated remote channel, but it runs only from 9 am to 4 pm on "
             "weekdays. Half the shoppers who tried it in the evening found it closed.</p>")
    b.append("<p><b>Civic Centre desk.</b> The desk scored highest of all. One shopper arrived on a Wednesday "
             "afternoon and found it shut: 'someone should have told me the office was closed on Wednesday "
             "afternoons, it's not on the website.' We do not recommend closing the Civic Centre desk or reducing "
             "its opening hours: it is the channel most used by older residents and by people without internet "
             "access.</p>")
    b.append("<div style='break-inside: avoid'><h2>4 Recommendations</h2>")
    b.append("<p>Our recommendations follow. The priority reflects the effect on residents, not the cost.</p>")
    rows = "".join(f"<tr><td class='ref'>R{n}</td><td>{t}</td><td class='pri'>{p}</td></tr>"
                   for n, (t, p) in enumerate(RECS, 1))
    b.append(f"<table><tr><th>Ref</th><th>Recommendation</th><th>Priority</th></tr>{rows}</table></div>")
    b.append("<p class='meta'>Clearview Customer Insight Ltd. Project lead: Samira Oduya-Brent. The scenarios and "
             "individual contact scores are in a separate annex supplied to the council.</p>")
    render(doc("".join(b), "Sans", "9.5pt", "#1f4e79"), H.out(NAME + "_advice.pdf"))


def response():
    b = []
    b.append("<p style='font-size:13pt; font-weight:bold; color:#6b2a5f; margin-bottom:2pt'>Hollowbrook District "
             "Council</p><p class='meta'>Customer Services &#183; Internal memorandum</p>")
    b.append("<table class='memo'><tr><td class='k'>To</td><td>Helen Ardagh-Price, Corporate Director for "
             "Resources</td></tr><tr><td class='k'>From</td><td>Owen Treharne, Head of Customer Services</td></tr>"
             "<tr><td class='k'>Date</td><td>12 September 2025</td></tr><tr><td class='k'>Subject</td><td>Mystery "
             "shopping report CCI/MS/2025/14: management response</td></tr></table><div class='rule'></div>")
    b.append("<p>The team leaders and I have been through Clearview's report with the service managers who own "
             "each channel. We found it fair and useful, and it has already been shared with all staff. Our "
             "response is set out below, channel by channel.</p>")
    b.append("<h3>Web chat</h3>")
    b.append("<p>ICT have agreed to give chat advisers read-only access to the council tax and waste systems from "
             "October, and the chat scripts are being rewritten so that missed bins and changes of address can be "
             "closed in the chat itself (R3). Longer hours are a different matter: evening and Saturday web chat "
             "cannot be staffed within the current budget, and usage data show fewer than 20 chats a week would "
             "be started after 4 pm, so we are not taking this forward (R5).</p>")
    b.append("<h3>Telephone</h3>")
    b.append("<p>This is done. The opening message has been cut to 20 seconds, and the new three-option menu went "
             "live on 1 September (R1).</p>")
    b.append("<h3>Email</h3>")
    b.append("<p>From November every email to the main inbox will get an automatic acknowledgement with a "
             "reference number. Because replies often depend on other services, we cannot commit to a reply date "
             "in the acknowledgement itself; the charter standard of five working days will be quoted instead "
             "(R2).</p>")
    b.append("<h3>Civic Centre desk</h3>")
    b.append("<p>The web team have updated the site, and the desk hours now appear beside every phone number, "
             "Wednesday closure included (R6).</p>")
    b.append("<h3>Future reviews</h3>")
    b.append("<p>Whether to repeat the exercise will be considered when the 2026-27 budget is set (R7).</p>")
    b.append("<p>Separately, and although it was not covered by the report, we intend to introduce a callback "
             "option for callers who have waited longer than ten minutes.</p>")
    b.append("<p>I would be happy to discuss any of this at our next one-to-one, and I will report progress to "
             "the Customer Experience Board in December.</p>")
    b.append("<p style='margin-top:12pt'>Owen Treharne</p>")
    render(doc("".join(b), "Serif", "10.4pt", "#6b2a5f"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Clearview Customer Insight Ltd - Report CCI/MS/2025/14",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Hollowbrook District Council - Customer Services",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "R1", "starts_with": "Replace the five-option opening menu on the main telephone line",
         "reply_contains": "the new three-option menu went live on 1 September",
         "verdict": "agrees"},
        {"number": "R2", "starts_with": "Send an automatic acknowledgement to every email within one hour",
         "reply_contains": "we cannot commit to a reply date in the acknowledgement",
         "verdict": "partly"},
        {"number": "R3", "starts_with": "Give web chat advisers access to the council tax and",
         "reply_contains": "read-only access to the council tax and waste systems from October",
         "verdict": "agrees"},
        {"number": "R4", "starts_with": "Train all contact centre staff in handling calls from residents",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "R5", "starts_with": "Extend web chat to 7 pm on weekdays and add",
         "reply_contains": "evening and Saturday web chat cannot be staffed within the current budget",
         "verdict": "disagrees"},
        {"number": "R6", "starts_with": "Publish the opening hours of the Civic Centre desk, including",
         "reply_contains": "the desk hours now appear beside every phone number",
         "verdict": "agrees"},
        {"number": "R7", "starts_with": "Repeat the mystery shopping exercise in twelve months, using the",
         "reply_contains": "Whether to repeat the exercise will be considered",
         "verdict": "noted"},
    ]
    unmatched = ["a callback option for callers who have waited longer than ten minutes"]
    notes = ("Advice: a research agency's MYSTERY SHOPPING REPORT on a district council's customer contact "
             "channels. The seven recommendations are the ROWS R1-R7 of a closing table 'Ref | Recommendation | "
             "Priority', in the imperative. Traps: a results table by channel; KEY FINDINGS NUMBERED 1-7 (as many "
             "as the recommendations); the Customer Charter QUOTED ('Calls should be answered within 60 seconds "
             "and emails should receive a full reply ...'); a shopper quoted ('someone should have told me the "
             "office was closed ...'); 'We do not recommend closing the Civic Centre desk or reducing its opening "
             "hours'. Response: the Head of Customer Services' MANAGEMENT RESPONSE memo, BY CHANNEL under "
             "headings, each paragraph ending with the reference in brackets, other order: ONE web chat paragraph "
             "answering two: read-only system access from October (R3 agrees), evening and Saturday chat 'cannot "
             "be staffed within the current budget' (R5 disagrees); three-option menu live (R1 agrees); automatic "
             "acknowledgement with a reference but no reply date (R2 partly); desk hours beside every phone number "
             "(R6 agrees); repeating the exercise 'will be considered' with the budget (R7 noted); a callback "
             "option 'not covered by the report' (unmatched); R4, training for calls from distressed or "
             "vulnerable residents, never mentioned (unanswered). Introduction and closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
