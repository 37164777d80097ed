"""Round 149 (EN): a community foundation's GRANT MONITORING VISIT REPORT on a community kitchen charity it funds,
answered by the charity's Chair of Trustees' LETTER, which QUOTES each recommendation in italics before answering
it ('You recommended that we "record the number of different people ..."'), in another order, one paragraph
answering two with different verdicts, one left out.
The advice: a grant particulars table, FINDINGS CODED F1-F6, sections 1-5; the seven recommendations are a LETTERED
LIST (a)-(g) of sentence fragments after 'We recommend that the trustees:', in a framed panel at the end. Traps: the
grant conditions QUOTED ('The grantee must tell the Foundation within 30 days ...'); last year's visit note QUOTED
('The kitchen should keep a record ...'), done; a volunteer quoted ('we should open on Saturdays'); 'We do not
recommend withholding the final instalment of the grant'.
The response: thanks (nothing); (c) counting people agreed (agrees); (b) two new trustees, one co-opted (agrees);
ONE paragraph on money: reserves, three months by 2027 not 2026 (a partly), the 'no more than half' target not
adopted (g disagrees); (f) the Tuesday evening session stays (disagrees); (e) expenses policy 'noted' for the
November meeting (noted); a cookery class for young parents 'not part of your report' (unmatched); closing
(nothing); (d), food hygiene certificates, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The foundation, the charity, people, places, figures and references are invented.
Run:  /tmp/blind149en/bin/python tests/docs/src/blind149/gen_en_grant_monitoring_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b149en as H

NAME = "blind149_en_grant_monitoring"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 21mm 21mm 21mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 4pt 0 6pt 0; line-height: 1.2; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 9pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.np { display: flex; margin: 0 0 4pt 0; }
.np .n { flex: 0 0 9mm; font-weight: bold; }
.np .t { flex: 1; }
.q { margin: 2pt 0 6pt 10mm; padding-left: 8pt; border-left: 2pt solid %(c)s; font-style: italic; }
.band { border-bottom: 2pt solid %(c)s; padding: 0 0 6pt 0; margin-bottom: 8pt; }
.panel { border: 1.2pt solid %(c)s; padding: 6pt 10pt 4pt 10pt; margin: 6pt 0 8pt 0; background: #f2f7f1; break-inside: avoid; }
.panel ol { margin: 3pt 0 3pt 0; padding-left: 9mm; }
.panel li { margin: 0 0 3pt 0; padding-left: 2pt; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; margin: 4pt 0 8pt 0; }
th { background: #e3ece1; text-align: left; padding: 3pt 5pt; border: 0.6pt solid #999; }
td { border: 0.6pt solid #999; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
.addr { margin: 0 0 10pt 0; }
.rq { font-style: italic; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind149en_html_")
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
    "adopt a written reserves policy and build up reserves equal to at least three months' running costs by "
    "March 2026;",
    "recruit at least two new trustees, one of them with finance experience, before the next annual general "
    "meeting;",
    "record the number of different people who use the kitchen each month, and not only the number of meals "
    "served;",
    "make sure that every volunteer who prepares food holds a Level 2 food hygiene certificate within six months;",
    "write a volunteer expenses policy and offer to pay the bus fares of volunteers on low incomes;",
    "move the Tuesday evening session to a weekday lunchtime, when more older people in Saltgate are able to come;",
    "seek a second source of core funding, so that the Foundation's grant is no more than half of the charity's "
    "income by 2027.",
]


def advice():
    b = []
    b.append("<div class='band'><p class='meta'>FENMARSH COMMUNITY FOUNDATION &#183; Grants team &#183; "
             "Monitoring visit report MV/2025/073</p>")
    b.append("<h1>Grant monitoring visit: Saltgate Community Kitchen</h1>")
    b.append("<p class='meta'>Visit on 12 August 2025 by Niamh Corrigan-Holt, Grants Officer, with Peter Amadi, "
             "trustee of the Foundation. Report sent to the charity on 2 September 2025.</p></div>")
    b.append("<table><tr><th>Grantee</th><th>Grant</th><th>Term</th><th>Paid to date</th><th>Next payment</th></tr>"
             "<tr><td>Saltgate Community Kitchen CIO, registered charity 1187734</td><td>Core grant "
             "FCF/CG/2023/0188, 84,000 pounds</td><td>October 2023 to September 2026</td><td>56,000 pounds (two "
             "instalments)</td><td>28,000 pounds, October 2025, subject to this visit</td></tr></table>")
    b.append("<h2>1 About the grant</h2>")
    b.append("<p>The grant pays for the part-time kitchen coordinator and a share of the rent of the former "
             "Methodist hall on Quay Street, where the charity serves hot meals four days a week and runs a "
             "pantry. The grant agreement says:</p>")
    b.append("<p class='q'>'The grantee must tell the Foundation within 30 days of any change in its trustees, its "
             "senior staff or the services funded by this grant.'</p>")
    b.append("<p>The charity told us promptly when its treasurer stood down in May.</p>")
    b.append("<h2>2 What we found</h2>")
    for n, t in enumerate([
        "The kitchen served 21,400 meals in the year to June 2025, up from 16,900 the year before.",
        "Users and volunteers spoke warmly of the welcome and of the coordinator, Ms Dana Whitlock.",
        "The charity has no written reserves policy and held about three weeks' running costs in June.",
        "The board has four trustees, none with finance experience since the treasurer left.",
        "Monitoring counts meals but not people, so the charity cannot say how many it reaches.",
        "Food hygiene practice in the kitchen was good, but only five of 22 food volunteers hold a certificate.",
    ], 1):
        b.append(np(f"F{n}", t))
    b.append("<h2>3 Last year's visit</h2>")
    b.append("<p>Our 2024 visit note asked that <span class='rq'>'The kitchen should keep a record of fridge and "
             "freezer temperatures every day.'</span> This is now done, and the records we saw were complete.</p>")
    b.append("<h2>4 Volunteers and users</h2>")
    b.append("<p>We met eight volunteers and eleven users. Several volunteers said that bus fares make it hard "
             "for them to come more than once a week. One told us: 'we should open on Saturdays, that's when "
             "people have nothing.' The charity is considering this but has no volunteers for it yet. The Tuesday "
             "evening session is the quietest, with about 30 meals against 70 at lunchtimes.</p>")
    b.append("<h2>5 Finance and the final instalment</h2>")
    b.append("<p>The accounts for 2024-25 show income of 131,000 pounds, of which the Foundation's grant was 28,000 "
             "pounds and a supermarket partnership 41,000 pounds in food at value. Cash reserves were about 6,500 "
             "pounds. We do not recommend withholding the final instalment of the grant: the work is going well "
             "and the conditions have been met.</p>")
    b.append("<div class='panel'><h2 style='margin-top:2pt'>Our recommendations</h2>"
             "<p>We recommend that the trustees:</p><ol type='a'>")
    for t in RECS:
        b.append(f"<li>{t}</li>")
    b.append("</ol><p>We would like a reply by 30 September 2025, so that the final instalment can be released "
             "in October.</p></div>")
    b.append("<p class='meta'>Niamh Corrigan-Holt, Grants Officer, Fenmarsh Community Foundation, 2 September "
             "2025</p>")
    render(doc("".join(b), "Sans", "9.6pt", "#2f6b3a"), H.out(NAME + "_advice.pdf"))


def response():
    b = []
    b.append("<p style='font-size:13pt; font-weight:bold; color:#8a3b12; margin-bottom:2pt'>Saltgate Community "
             "Kitchen</p><p class='meta'>The Old Methodist Hall, Quay Street, Saltgate FM4 6TR &#183; Registered "
             "charity 1187734</p>")
    b.append("<div class='addr'><p style='margin:0'>Niamh Corrigan-Holt</p><p style='margin:0'>Grants Officer, "
             "Fenmarsh Community Foundation</p></div>")
    b.append("<p>26 September 2025</p>")
    b.append("<p>Dear Niamh,</p>")
    b.append("<p><b>Your monitoring visit report MV/2025/073</b></p>")
    b.append("<p>Thank you for visiting us in August and for such a fair report. The trustees met on 18 "
             "September to go through it and this letter sets out what we agreed.</p>")
    b.append("<p>You recommended that we <span class='rq'>record the number of different people who use the "
             "kitchen</span>. We agree. Since 1 September every user has a simple card number at the door, and "
             "our next report to you will show how many individuals we serve each month.</p>")
    b.append("<p>You recommended that we <span class='rq'>recruit at least two new trustees</span>. We accept "
             "this. Mr Tariq Bellweather, a retired bank manager, has been co-opted as treasurer, and a second "
             "trustee will be elected at the AGM in November.</p>")
    b.append("<p>On money, you recommended a <span class='rq'>written reserves policy</span> and a "
             "<span class='rq'>second source of core funding</span>. The trustees adopted a reserves policy at the "
             "meeting, but three months' costs by March is beyond us; the policy aims for that level by March "
             "2027. We are applying to two other funders, but the board decided against setting a target for the "
             "Foundation's share of our income, because the supermarket food alone makes the percentages move "
             "from month to month.</p>")
    b.append("<p>You suggested that we <span class='rq'>move the Tuesday evening session</span>. We have thought "
             "about this carefully and it will stay where it is: it is the only session that working families and "
             "the night shift at the cannery can get to.</p>")
    b.append("<p>On <span class='rq'>volunteer expenses</span>, the trustees have noted what you say and will "
             "return to it at the November board meeting, once the new treasurer has looked at the budget.</p>")
    b.append("<p>We have also started a weekly cookery class for young parents with the children's centre, "
             "which was not part of your report but which you may like to see on your next visit.</p>")
    b.append("<p>We hope this is enough for the final instalment to be released. Thank you again for the "
             "Foundation's support.</p>")
    b.append("<p>With best wishes,</p><p style='margin-top:14pt; margin-bottom:0'>Marguerite Dunleavy-Shaw</p>"
             "<p>Chair of Trustees</p>")
    render(doc("".join(b), "Serif", "10.2pt", "#8a3b12"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Fenmarsh Community Foundation - Monitoring visit report MV/2025/073",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Saltgate Community Kitchen - 26 September 2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "a", "starts_with": "adopt a written reserves policy and build up reserves equal",
         "reply_contains": "the policy aims for that level by March 2027",
         "verdict": "partly"},
        {"number": "b", "starts_with": "recruit at least two new trustees, one of them with finance",
         "reply_contains": "a retired bank manager, has been co-opted as treasurer",
         "verdict": "agrees"},
        {"number": "c", "starts_with": "record the number of different people who use the kitchen",
         "reply_contains": "every user has a simple card number at the door",
         "verdict": "agrees"},
        {"number": "d", "starts_with": "make sure that every volunteer who prepares food holds a",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "e", "starts_with": "write a volunteer expenses policy and offer to pay the",
         "reply_contains": "the trustees have noted what you say and will return",
         "verdict": "noted"},
        {"number": "f", "starts_with": "move the Tuesday evening session to a weekday lunchtime, when",
         "reply_contains": "We have thought about this carefully and it will stay",
         "verdict": "disagrees"},
        {"number": "g", "starts_with": "seek a second source of core funding, so that the",
         "reply_contains": "the board decided against setting a target for the Foundation's share",
         "verdict": "disagrees", "also": ["partly"]},
    ]
    unmatched = ["a weekly cookery class for young parents with the children's centre"]
    notes = ("Advice: a community foundation's GRANT MONITORING VISIT REPORT on a funded charity. The seven "
             "recommendations are a LETTERED LIST (a)-(g) of sentence FRAGMENTS after 'We recommend that the "
             "trustees:', in a framed panel 'Our recommendations' at the end. Traps: FINDINGS CODED F1-F6; a grant "
             "particulars table; the grant agreement QUOTED ('The grantee must tell the Foundation within 30 days "
             "...'); the 2024 visit note QUOTED ('The kitchen should keep a record of fridge and freezer "
             "temperatures every day.'), done; a volunteer quoted ('we should open on Saturdays ...'); 'We do not "
             "recommend withholding the final instalment of the grant'. Response: the Chair of Trustees' LETTER "
             "that QUOTES a few words of each recommendation in italics ('You recommended that we record the "
             "number of different people ...') without letters, other order: (c) 'We agree', card numbers (c "
             "agrees); (b) 'We accept this', a treasurer co-opted (b agrees); ONE paragraph on money: reserves "
             "policy adopted but three months only by March 2027 (a partly), no target for the Foundation's share "
             "of income though two other funders approached (g disagrees, also partly); the Tuesday evening "
             "session 'will stay where it is' (f disagrees); volunteer expenses 'noted', for the November board "
             "(e noted); a cookery class for young parents 'not part of your report' (unmatched); (d), food "
             "hygiene certificates, never mentioned (unanswered). Introduction and closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
