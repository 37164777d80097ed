"""Round 147 (EN): an independent tax simplification council's REVIEW REPORT on the tax affairs of people who sell
goods online or earn small sums through apps, answered by the Treasury minister's LETTER to the council's chair,
which answers BY THEME without codes, in another order, one paragraph answering two with different verdicts, one
recommendation left out.
The advice: chapters 1-5 in numbered paragraphs (2.1-4.4); the seven recommendations only in a TABLE 'Summary of
recommendations' with CODES 2A, 2B, 3A, 3B, 4A, 4B, 4C (the chapter they come from), worded as imperatives ('Publish
...', 'Align ...'), with 'Lead' and 'By when' columns. Traps: paragraph numbers alike (2.1, 3.2 ...); a TABLE of
OPTIONS CONSIDERED BUT NOT RECOMMENDED coded O1-O3 ('Raise the trading allowance ...'); respondents quoted ('the tax
office should just tell us ...', 'You must register if ...'); the platform reporting rules paraphrased ('platforms
must report ...'); 'We do not recommend raising the trading allowance itself'.
The response: thanks (nothing); online checker agreed (2A agrees); reporting through the personal tax account
agreed (3A agrees); ONE paragraph on platform reporting: threshold not changed (2B disagrees), letters before checks
for most but not all sellers (4A partly); first late-filing penalty kept (3B disagrees); a helpline for charities
'noted' for the spending review (4B noted); the trading allowance left unchanged, welcomed (unmatched); closing
(nothing); 4C, a review after two years, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The trading allowance and the digital platform reporting rules are named as
context only (what is said of them is paraphrased and not to be relied on); the council, the ministry, the tax
office, people, figures and references are invented.
Run:  /tmp/blind147en/bin/python tests/docs/src/blind147/gen_en_tax_simplification_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b147en as H

NAME = "blind147_en_tax_simplification"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 22mm 21mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 4pt 0 6pt 0; line-height: 1.2; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 9pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.np { display: flex; margin: 0 0 5pt 0; }
.np .n { flex: 0 0 10mm; }
.np .t { flex: 1; }
.q { margin: 2pt 0 6pt 10mm; padding-left: 8pt; border-left: 2pt solid %(c)s; font-style: italic; }
.band { background: %(c)s; color: #fff; padding: 8pt 10pt; margin-bottom: 10pt; }
.band h1 { color: #fff; margin: 2pt 0 4pt 0; }
.band .meta { color: #e8e8e8; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; margin: 4pt 0 8pt 0; }
th { background: #e4e4ec; text-align: left; padding: 3pt 5pt; border: 0.6pt solid #999; }
td { border: 0.6pt solid #999; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
.right { text-align: right; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind147en_html_")
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
    ("2A", "Publish a single online checker that tells an individual, in under five minutes, whether income from "
           "selling goods or services online needs to be reported.", "Tax Office", "April 2026"),
    ("2B", "Align the threshold at which digital platforms report sellers to the Tax Office with the trading "
           "allowance, so that sellers with gross income below 1,000 pounds are not reported.", "Ministry of "
           "Finance", "January 2027"),
    ("3A", "Allow individuals whose untaxed income is below 3,000 pounds a year to report it through their "
           "personal tax account without registering for self assessment.", "Tax Office", "April 2027"),
    ("3B", "Waive the late filing penalty for the first late return of anyone whose only untaxed income is below "
           "3,000 pounds.", "Ministry of Finance", "April 2026"),
    ("4A", "Write to every seller reported by a platform, explaining the rules in plain English, before opening "
           "any compliance check on that seller.", "Tax Office", "From first reports"),
    ("4B", "Fund the voluntary tax advice charities to run a free helpline for occasional earners on low incomes.",
     "Ministry of Finance", "2026-27"),
    ("4C", "Evaluate these measures two years after they are introduced and publish the results, including the "
           "cost to the Tax Office and to taxpayers.", "Tax Office", "2028"),
]


def advice():
    b = ("<div class='band'><p class='meta'>TAX SIMPLIFICATION COUNCIL &#183; Review report TSC/2025/03 &#183; "
         "September 2025</p><h1>Selling online and earning on the side: simplifying tax for occasional "
         "earners</h1><p class='meta'>A review requested by the Minister of State for Revenue &#183; Chair: "
         "Professor Nadia Ferncliffe-Adebayo &#183; Head of the Council's office: Gareth Quinlan-Moyo</p></div>")
    b += "<h2>1. Introduction</h2>"
    b += np("1.1", "In February 2025 the Minister of State asked the Council to review how people who make small "
            "amounts of money from online selling, renting out equipment or doing odd jobs through apps deal with "
            "their tax, and to recommend simplifications.")
    b += np("1.2", "We received 214 written responses, ran an online survey answered by 3,806 people and held "
            "workshops in Carlow Bay, Dunmere and Westhaven. Our recommendations are summarised in the table at "
            "the end of this report; the chapters explain our reasoning.")
    b += "<h2>2. Knowing whether you have to tell the Tax Office</h2>"
    b += np("2.1", "Most respondents did not know whether their income was taxable. Selling one's own unwanted "
            "possessions is usually not trading; buying items to sell on usually is. One respondent told us: "
            "<i>\"The tax office should just tell us whether we owe anything - we are not accountants.\"</i>")
    b += np("2.2", "From January 2025, under the digital platform reporting rules as we summarise them, platforms "
            "must report to the Tax Office the income of any seller with 30 or more sales, or more than 1,700 "
            "pounds of sales, in a calendar year. Many sellers who will be reported owe no tax at all.")
    b += np("2.3", "The guidance on the Tax Office website runs to 46 pages across nine separate pages. Our survey "
            "found that 61 per cent of people who had read it were still unsure what to do.")
    b += "<h2>3. Reporting small amounts</h2>"
    b += np("3.1", "The trading allowance means that income of up to 1,000 pounds a year from trading does not have "
            "to be reported. Above that level, an individual must normally register for self assessment and file "
            "a full return, even if the tax due is a few pounds.")
    b += np("3.2", "Of the 3,806 people in our survey, 412 had registered for self assessment because of online "
            "income; a quarter of them received a late filing penalty of 100 pounds in their first year, often "
            "more than the tax they owed.")
    b += np("3.3", "Respondents were divided on the allowance. Some asked for it to be doubled; others said that "
            "a higher allowance would only move the cliff edge. We do not recommend raising the trading allowance "
            "itself; the problem lies in what happens above it.")
    b += "<h2>4. Compliance and support</h2>"
    b += np("4.1", "The Tax Office expects about 1.9 million people to be reported by platforms in 2026. Its plans "
            "for using the data are not yet public.")
    b += np("4.2", "The voluntary tax advice charities told us that calls from occasional earners had trebled since "
            "2023 and that they were turning people away. A leaflet from one charity warned: <i>\"You must "
            "register if your online income is over 1,000 pounds - even if you owe nothing.\"</i>")
    b += np("4.3", "We considered several options that we are not recommending, listed in Table 1.")
    b += ("<table><tr><th style='width:9%'>Option</th><th>Option considered</th><th style='width:34%'>Why not "
          "taken forward</th></tr>"
          "<tr><td>O1</td><td>Raise the trading allowance to 3,000 pounds.</td><td>Would cost about 240 million "
          "pounds a year and move the cliff edge rather than remove it.</td></tr>"
          "<tr><td>O2</td><td>Require platforms to deduct tax at source from sellers' payouts.</td><td>Would tax "
          "many people who owe nothing; refunds would add work.</td></tr>"
          "<tr><td>O3</td><td>Exempt all income from selling second-hand goods.</td><td>Open to abuse by traders "
          "presenting as private sellers.</td></tr></table>")
    b += np("4.4", "We were impressed by the Tax Office's pilot 'nudge' letters in 2024, which led 38 per cent of "
            "recipients to check their position online.")
    b += "<h2>5. Summary of recommendations</h2>"
    b += ("<p>The references show the chapter in which each recommendation is explained.</p><table><tr><th "
          "style='width:7%'>Ref.</th><th>Recommendation</th><th style='width:17%'>Lead</th><th "
          "style='width:15%'>By when</th></tr>")
    for ref, t, lead, when in RECS:
        b += f"<tr><td><b>{ref}</b></td><td>{t}</td><td>{lead}</td><td>{when}</td></tr>"
    b += "</table>"
    b += ("<p class='meta'>Tax Simplification Council, 9 Regent Row, Westhaven WH1 3DS. The Council is an "
          "independent advisory body; its recommendations are not Government policy.</p>")
    render(doc(b, "Sans", "9.6pt", "#3b2f6b"), H.out(NAME + "_advice.pdf"))


def response():
    b = ("<p class='meta right'>MINISTRY OF FINANCE<br/>Office of the Minister of State for Revenue<br/>1 Treasury "
         "Walk, Westhaven WH1 1AA</p>")
    b += ("<p class='meta'>Professor Nadia Ferncliffe-Adebayo<br/>Chair, Tax Simplification Council<br/>9 Regent Row, "
          "Westhaven WH1 3DS</p><p class='meta'>Our ref.: MOS/REV/2025/1187 &#183; 4 December 2025</p>")
    b += "<p>Dear Nadia,</p>"
    b += "<p><b>Review of tax for occasional earners (TSC/2025/03)</b></p>"
    b += ("<p>Thank you for the Council's thorough review, and please pass my thanks to the many people who "
          "responded to your survey. The Government has considered the report carefully with the Tax Office, and "
          "I set out our conclusions below. I am publishing this letter alongside the Autumn Budget documents.</p>")
    b += ("<p>I fully agree that people should not need to read dozens of pages to find out where they stand. The "
          "Tax Office will launch a new online tool, 'Do I need to tell the Tax Office?', in April 2026. It asks "
          "no more than eight questions and has been tested with sellers from your workshops.</p>")
    b += ("<p>Nor should someone owing a few pounds have to file a full return. We will legislate in the next "
          "Finance Bill so that, from April 2027, individuals with untaxed income below 3,000 pounds can declare "
          "it in their personal tax account instead of registering for self assessment.</p>")
    b += ("<p>On platform reporting, the reporting threshold is set by an international agreement that we have "
          "signed, and the Government will not be changing it for domestic reasons; the data also help the Tax "
          "Office to identify traders who are not declaring income. I do, however, accept that people who are "
          "reported need clear information. The Tax Office will send an explanatory letter to sellers reported "
          "for the first time before any enquiry is opened, except where there are signs of deliberate "
          "evasion, in which case it will go straight to an enquiry.</p>")
    b += ("<p>I have also considered your proposal on penalties for a first late return. Penalties are an "
          "important part of a fair system, and a special exemption for one group would be difficult to justify "
          "to other taxpayers who file on time. I am therefore keeping the existing penalty, but remind you that "
          "anyone with a reasonable excuse can already appeal.</p>")
    b += ("<p>I note what the Council says about demand on the tax advice charities and about a dedicated "
          "helpline. Funding for the voluntary sector will be looked at in the spending review next year, and the "
          "Council's evidence will be taken into account there.</p>")
    b += ("<p>Finally, I welcome the Council's conclusion that the trading allowance should stay at its present "
          "level. It remains a simple rule that takes millions of people out of tax altogether.</p>")
    b += ("<p>Thank you once again for your work. My officials will be glad to keep the Council informed as these "
          "changes are put into effect.</p>")
    b += "<p>Yours sincerely,</p><p><br/>Rt Hon Simon Achterberg-Lyle MP<br/>Minister of State for Revenue</p>"
    render(doc(b, "Serif", "10.6pt", "#1f3b57"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Tax Simplification Council - TSC/2025/03 - Simplifying tax for "
            "occasional earners", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ministry of Finance - MOS/REV/2025/1187",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "2A", "starts_with": "Publish a single online checker that tells an individual, in under",
         "reply_contains": "will launch a new online tool, 'Do I need to tell",
         "verdict": "agrees"},
        {"number": "2B", "starts_with": "Align the threshold at which digital platforms report sellers to the",
         "reply_contains": "the Government will not be changing it for domestic reasons",
         "verdict": "disagrees"},
        {"number": "3A", "starts_with": "Allow individuals whose untaxed income is below 3,000 pounds a year",
         "reply_contains": "can declare it in their personal tax account instead",
         "verdict": "agrees"},
        {"number": "3B", "starts_with": "Waive the late filing penalty for the first late return of",
         "reply_contains": "I am therefore keeping the existing penalty",
         "verdict": "disagrees"},
        {"number": "4A", "starts_with": "Write to every seller reported by a platform, explaining the rules",
         "reply_contains": "except where there are signs of deliberate evasion",
         "verdict": "partly"},
        {"number": "4B", "starts_with": "Fund the voluntary tax advice charities to run a free helpline",
         "reply_contains": "Funding for the voluntary sector will be looked at",
         "verdict": "noted"},
        {"number": "4C", "starts_with": "Evaluate these measures two years after they are introduced and publish",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["welcome the Council's conclusion that the trading allowance should stay"]
    notes = ("Advice: an independent tax simplification council's REVIEW REPORT on tax for people who sell online "
             "or earn small sums through apps. The seven recommendations appear only in the closing TABLE 'Summary "
             "of recommendations' (Ref. | Recommendation | Lead | By when), CODED 2A, 2B, 3A, 3B, 4A, 4B, 4C after "
             "the chapter that explains them, worded as imperatives ('Publish ...', 'Align ...', 'Allow ...', "
             "'Waive ...', 'Write to ...', 'Fund ...', 'Evaluate ...'). Traps: paragraphs 1.1-4.4 numbered alike; "
             "Table 1 of OPTIONS NOT RECOMMENDED coded O1-O3 ('Raise the trading allowance to 3,000 pounds', ...); "
             "respondents quoted ('The tax office should just tell us ...', a charity leaflet 'You must register "
             "if ...'); the platform reporting rules paraphrased ('platforms must report ...'); 'We do not "
             "recommend raising the trading allowance itself'. Response: the minister's LETTER to the chair "
             "answering BY THEME with no codes, in the order 2A, 3A, 2B+4A, 3B, 4B: the online checker (2A "
             "agrees); declaring through the personal tax account from April 2027 (3A agrees); ONE paragraph on "
             "platform reporting: the threshold 'will not be changing' (2B disagrees), an explanatory letter "
             "before any enquiry except where evasion is suspected (4A partly); the first late-filing penalty kept "
             "(3B disagrees); 'I note what the Council says' on a helpline, left to the spending review (4B "
             "noted); the trading allowance kept, the Council's conclusion welcomed (unmatched); thanks and "
             "closing (nothing); 4C, the evaluation after two years, never (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
