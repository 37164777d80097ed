"""Round 121 (EN): an Australian (Victorian) water corporation's CUSTOMER ADVISORY PANEL gives its final advice on
the draft 2028-33 price submission. Under three theme headings, each with a 'What customers told us' numbered list
(findings, not advice), the advice is seven paragraphs opening with a BOLD LEAD-IN phrase ('Keep the fixed charge
below 40 per cent.') followed by 'The Panel advises ...'. Traps: the Water Industry Act 1994 paraphrased with
'must', the numbered findings, figures, an earlier panel's advice quoted ('should be retained', done), a closing line
naming 'the first two pieces of advice'. Answered by the Managing Director's LETTER by theme, no numbers, replies in
another order, one paragraph answering two pieces of advice, one piece never answered.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (advice) and DejaVu Sans (letter) via @font-face,
ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people, places,
figures and references invented; the Water Industry Act 1994 (Vic) is named as context only (what is said of it here
is paraphrased and not to be relied on).
Run:  /tmp/blind121en/bin/python tests/docs/src/blind121/gen_en_water_panel_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b121en as H

NAME = "blind121_en_water_panel"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
@page { size: A4; margin: 17mm 20mm 19mm 20mm; }
body { font-family: F; color: #1d2327; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.4mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
body { font-size: 10pt; line-height: 1.45; }
.top { border-top: 2.5mm solid #0f6e8c; padding-top: 3mm; margin-bottom: 4mm; }
.top .o { font-size: 9pt; color: #0f6e8c; font-weight: bold; letter-spacing: 0.3mm; }
.top .t { font-size: 18pt; font-weight: bold; line-height: 1.2; margin: 1mm 0; }
.top .d { font-size: 8.8pt; color: #555; }
h2 { font-size: 12.5pt; color: #0f6e8c; margin: 5mm 0 2mm 0; }
h3 { font-size: 10pt; margin: 2.5mm 0 1mm 0; color: #444; font-style: italic; font-weight: normal; }
ol { margin: 0 0 2.5mm 0; padding-left: 7mm; } li { margin-bottom: 0.8mm; }
.law { background: #eaf4f7; padding: 2.5mm 4mm 0.5mm 4mm; margin: 2mm 0 3mm 0; font-size: 9.4pt; }
.adv { margin-left: 0; }
"""
CSS_RSP = BASE + """
body { font-size: 9.8pt; line-height: 1.45; }
.lh { display: flex; justify-content: space-between; border-bottom: 0.6mm solid #0f6e8c; padding-bottom: 2mm;
      margin-bottom: 4mm; }
.lh .n { font-size: 16pt; font-weight: bold; color: #0f6e8c; }
.lh .a { font-size: 8.2pt; text-align: right; color: #444; line-height: 1.35; }
h3 { font-size: 10.2pt; margin: 3.5mm 0 1mm 0; color: #0f6e8c; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html lang='en-AU'><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}"
            f"{css}</style></head><body>{body}</body></html>")


def adv(lead, text):
    return f"<p class='adv'><b>{lead}</b> {text}</p>\n"


def advice():
    b = ("<div class='top'><div class='o'>YARROWDALE WATER CUSTOMER ADVISORY PANEL</div>"
         "<div class='t'>Our final advice on the draft 2028-33 Price Submission</div>"
         "<div class='d'>To the Board of Yarrowdale Water &#183; 26 May 2027 &#183; Panel Chair: Bronwyn Tully</div></div>")
    b += "<h2>Why we are writing</h2>"
    b += ("<p>The Panel is made up of twelve residential and business customers chosen at random from across the "
          "Yarrowdale region. Since August 2026 we have met nine times to test the draft Price Submission that "
          "Yarrowdale Water will lodge with the Essential Services Commission in September 2027.</p>")
    b += ("<div class='law'><p>Under the Water Industry Act 1994 and the pricing framework made under it, a water "
          "corporation must show that its prices reflect the efficient cost of its services and that customers "
          "have been genuinely engaged in setting them. The Commission must then decide whether to approve them.</p>"
          "</div>")
    b += ("<p>The previous panel advised in 2022 that the concession for pensioners \"should be retained at its "
          "current level\". It was retained, and we do not revisit it here.</p>")
    b += "<h2>1. Bills and tariffs</h2><h3>What customers told us</h3><ol>"
    for t in ("Two in three survey respondents said their water bill was fair, down from three in four in 2022.",
              "Most said they would accept a rise of up to about 3 per cent a year above inflation.",
              "Households of one or two people felt the fixed charge penalised them."):
        b += f"<li>{t}</li>"
    b += "</ol><h3>Our advice</h3>"
    b += adv("Hold the average bill rise to 3.5 per cent.", "The Panel advises that the average residential bill "
             "should rise by no more than 3.5 per cent a year over the five years, rather than the 5.2 per cent "
             "in the draft. We accept this may mean deferring some of the sewer renewal program.")
    b += adv("Keep the fixed charge below 40 per cent.", "The Panel advises that the fixed service charge make up "
             "less than 40 per cent of a typical household bill by 2033, so that customers who save water see it "
             "in their bills.")
    b += "<h2>2. Customers who are struggling</h2><h3>What customers told us</h3><ol>"
    for t in ("Calls to the hardship team rose by 38 per cent in 2026.",
              "Renters said they pay for the water they use but cannot get the hardship rebate, which goes to owners."):
        b += f"<li>{t}</li>"
    b += "</ol><h3>Our advice</h3>"
    b += adv("Open the hardship rebate to renters.", "The Panel advises that tenants who are billed for their own "
             "water usage be able to apply for the hardship rebate of up to $300 a year in their own name.")
    b += adv("Offer interest-free payment plans to everyone.", "The Panel advises that any customer, not only those "
             "in the hardship program, be able to pay by fortnightly instalments without interest or fees.")
    b += "<h2>3. Service and the environment</h2><h3>What customers told us</h3><ol>"
    for t in ("Reported leaks took an average of six days to fix in 2026.",
              "Sporting clubs in Lorimer asked why treated water is released to the river while their ovals are "
              "watered with drinking water.",
              "Customers from culturally and linguistically diverse backgrounds found the consultation hard to follow."):
        b += f"<li>{t}</li>"
    b += "</ol><h3>Our advice</h3>"
    b += adv("Fix visible leaks within 48 hours.", "The Panel advises that Yarrowdale Water commit to repairing any "
             "leak reported by a customer on a street or footpath within 48 hours, and report its performance "
             "against that target on its website each month.")
    b += adv("Study recycled water for sports grounds.", "The Panel advises that a feasibility study of supplying "
             "Class A recycled water from the Lorimer treatment plant to the town's four sports ovals be included "
             "in the 2028-33 capital program.")
    b += adv("Explain the Price Submission in community languages.", "The Panel advises that a plain-English "
             "summary of the final Price Submission be published in Arabic, Dari, Mandarin, Punjabi and Vietnamese "
             "at the same time as the English version.")
    b += "<h2>In closing</h2>"
    b += ("<p>Of all our advice, the first two pieces, on bills and tariffs, matter most to the Panel. We thank the "
          "staff who supported us and look forward to the Board's response.</p>")
    return page(CSS_ADV, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"), b)


def response():
    b = ("<div class='lh'><div class='n'>Yarrowdale Water</div><div class='a'>14 Harker Street, Yarrowdale VIC 3999"
         "<br>ABN 00 000 000 121 &#183; Ref: CAP-27-06</div></div>")
    b += ("<p>30 June 2027</p><p>Ms Bronwyn Tully<br>Chair, Yarrowdale Water Customer Advisory Panel</p>"
          "<p>Dear Bronwyn,</p>")
    b += ("<p>On behalf of the Board, thank you and the Panel for your final advice. The Board considered it at its "
          "meeting on 22 June alongside the results of our second round of community engagement, in which 2,340 "
          "customers took part.</p>")
    b += "<h3>Support for customers in hardship</h3>"
    b += ("<p>We agree with the Panel on both points. From 1 July 2028 tenants billed for their own usage will be "
          "able to claim the hardship rebate directly, and we have written to the Department to change the rebate "
          "rules accordingly. Fortnightly instalment plans without interest or fees will also be offered to all "
          "customers from the same date.</p>")
    b += "<h3>Leaks</h3>"
    b += ("<p>The Board has adopted a new service standard: leaks on streets and footpaths will be repaired within "
          "48 hours of a customer's report, with monthly results published online. A guaranteed service level "
          "payment of $50 will apply when we miss it.</p>")
    b += "<h3>Prices</h3>"
    b += ("<p>We have revised the capital program and deferred two sewer projects, which brings the average annual "
          "bill rise down to 4.1 per cent. We could not reach the Panel's figure without putting the Mardon "
          "sewer renewal at risk, so the final submission will propose 4.1 per cent rather than 3.5.</p>")
    b += ("<p>On the structure of the bill, the Board decided to keep the fixed charge at its present share of 46 per "
          "cent. Most of our costs are fixed, and a lower fixed share would shift costs onto larger households; we "
          "will therefore not be moving to the lower share the Panel proposed.</p>")
    b += "<h3>Recycled water in Lorimer</h3>"
    b += ("<p>We note the Panel's interest in recycled water for the Lorimer ovals. Any scheme would need funding "
          "from Lorimer Shire Council and the clubs, and we will raise it with the Shire when we next discuss the "
          "integrated water management plan. It is not in the 2028-33 capital program.</p>")
    b += "<h3>Next steps</h3>"
    b += ("<p>The final Price Submission will be lodged with the Essential Services Commission on 29 September "
          "2027. The Commission's draft decision is expected in March 2028, and the Panel will meet once more in "
          "April 2028 to consider it.</p>")
    b += "<p>Yours sincerely,</p><p>Dominic Fairweather<br>Managing Director</p>"
    return page(CSS_RSP, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"), b)


def main():
    tmp = tempfile.mkdtemp(prefix="blind121en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Yarrowdale Water Customer Advisory Panel - final advice, May 2027",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Yarrowdale Water - response to the Customer Advisory Panel",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "Hold the average bill rise to 3.5 per cent. The Panel advises",
         "reply_contains": "the final submission will propose 4.1 per cent rather than 3.5", "verdict": "partly"},
        {"number": 2, "starts_with": "Keep the fixed charge below 40 per cent. The Panel advises",
         "reply_contains": "will therefore not be moving to the lower share", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Open the hardship rebate to renters. The Panel advises that tenants",
         "reply_contains": "will be able to claim the hardship rebate directly", "verdict": "agrees"},
        {"number": 4, "starts_with": "Offer interest-free payment plans to everyone. The Panel advises that",
         "reply_contains": "will also be offered to all customers from the same date", "verdict": "agrees"},
        {"number": 5, "starts_with": "Fix visible leaks within 48 hours. The Panel advises that",
         "reply_contains": "The Board has adopted a new service standard", "verdict": "agrees"},
        {"number": 6, "starts_with": "Study recycled water for sports grounds. The Panel advises that",
         "reply_contains": "we will raise it with the Shire when we next discuss", "verdict": "noted"},
        {"number": 7, "starts_with": "Explain the Price Submission in community languages. The Panel advises",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["alongside the results of our second round of community engagement",
                 "will be lodged with the Essential Services Commission on 29 September"]
    notes = ("Advice: an Australian water corporation's CUSTOMER ADVISORY PANEL, final advice on the draft 2028-33 "
             "Price Submission. Recommendations: seven UNNUMBERED paragraphs under 'Our advice' sub-headings in "
             "three numbered themes, each opening with a BOLD LEAD-IN phrase ('Hold the average bill rise to 3.5 "
             "per cent.') then 'The Panel advises that ...'. Traps: the Water Industry Act 1994 paraphrased in a box "
             "with 'must'; 'What customers told us' numbered lists 1.-3. under each theme (findings); theme headings "
             "numbered 1.-3.; the 2022 panel's advice quoted ('should be retained', done); closing 'the first two "
             "pieces, on bills and tariffs'. Response: the Managing Director's LETTER by theme, no numbers, order "
             "3+4 (one paragraph), 5, 1, 2, 6. Verdicts: 1 bill rise 4.1 not 3.5 per cent = partly; 2 fixed charge "
             "kept at 46 per cent, 'will therefore not be moving to the lower share' = disagrees; 3 tenants claim "
             "the rebate from 1 July 2028 = agrees; 4 instalment plans for all customers = agrees; 5 48-hour leak "
             "standard adopted = agrees; 6 recycled water 'we note', will raise it with the Shire, not in the "
             "program = noted; 7 community languages never mentioned = unanswered. Sections answering nothing: "
             "the opening thanks with engagement figures, 'Next steps'.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
