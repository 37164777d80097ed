"""Round 140 (EN): a competition authority's MARKET STUDY FINAL REPORT on domestic heating oil in rural and island
areas, answered by the GOVERNMENT RESPONSE, a short paper whose core is a TABLE 'No. | Recommendation | Government
response | Position' in another order (grouped by theme), one recommendation left out.
The advice: seven recommendations NUMBERED 1-7 with BOLD LEAD-INS in the chapter 'Our recommendations', after
'Our findings' also numbered 1-5. Traps: the numbered findings; the trade association's 2016 code quoted ('suppliers
should give customers at least 48 hours' notice'); a respondents' view ('prices must be capped'); 'We do not
recommend a cap on heating oil prices'; a recommendation addressed to suppliers rather than government (3).
The response: introduction (nothing); 4 oil clubs grants (agrees); 1 price comparison site (agrees); 5 data powers
quarterly not monthly (partly); 2 instalments only in the islands pilot (partly); 6 freight subsidy refused
(disagrees); 3 a matter for suppliers, noted (noted); closing (nothing); 7 ombudsman never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif / Sans via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind140en/bin/python tests/docs/src/blind140/gen_en_market_study_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b140en as H

NAME = "blind140_en_market_study"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 21mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
ol { margin: 0 0 6pt 0; padding-left: 18pt; }
li { margin: 0 0 4pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 9pt; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: %(bg)s; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind140en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def advice():
    body = """
<div class='head'><p class='meta'>FAIR MARKETS AUTHORITY &#183; Market study &#183; Final report FMA 17/25</p></div>
<h1>Domestic heating oil in rural and island areas</h1>
<p class='meta'>Published 9 October 2025 &#183; Study team led by Ms Ingrid Haldane-Moyo, Senior Director, Markets
&#183; Launched 12 March 2025</p>
<h2>1. Why we looked at this market</h2>
<p>About 212,000 households, most of them in rural areas and on the islands of the Westray Sound, heat their homes
with oil. They buy it in bulk, usually 500 to 1,000 litres at a time, from one of about 40 local distributors. We
received 1,460 responses to our invitation to comment, mostly from households who found it hard to compare prices or
to pay for a full tank in winter. We also held hearings with distributors, the Heating Fuel Distributors'
Federation and the island councils.</p>
<h2>2. Our findings</h2>
<ol>
<li>Prices for the same delivery on the same day varied by up to 19 pence a litre between suppliers serving the same
postcode.</li>
<li>Fewer than one in five households compare prices before ordering, mainly because most suppliers publish no
prices at all.</li>
<li>Households that cannot pay for a minimum delivery of 500 litres buy oil in drums at up to twice the bulk
price.</li>
<li>On the outer islands, ferry freight adds 11 to 14 pence a litre, and two islands are served by a single
supplier.</li>
<li>We found no evidence of agreements between suppliers to fix prices.</li>
</ol>
<p>The Federation's voluntary code of 2016 says that \"suppliers should give customers at least 48 hours' notice of
any change to an agreed price\". We found that most members keep to it. Many respondents told us that prices must
be capped. We do not recommend a cap on heating oil prices: the differences we found arise from weak comparison, not
from market power, and a cap would risk driving small suppliers from remote areas.</p>
<h2>3. Our recommendations</h2>
<p>Most of our recommendations are for the Government; the third is for suppliers.</p>
<ol>
<li><b>Price transparency.</b> The Government should require heating oil suppliers to publish their current price per
litre for standard deliveries on a central comparison website run by a public body.</li>
<li><b>Spreading the cost.</b> The Government should extend the Winter Fuel Support Scheme so that households who buy
oil in bulk can receive their support in monthly instalments ahead of the winter.</li>
<li><b>Payment plans.</b> Suppliers should offer monthly payment plans to all domestic customers, without a credit
check, with deliveries made on a fixed schedule.</li>
<li><b>Oil buying clubs.</b> The Government should fund community oil buying clubs, with start-up grants of up to
2,000 pounds for each club and a central support service.</li>
<li><b>Monitoring.</b> The Government should give the Authority powers to collect price and volume data from every
supplier each month, and to publish a regular market bulletin.</li>
<li><b>Island freight.</b> The Government should meet part of the ferry freight cost of heating oil delivered to the
outer islands, so that households there pay no more than 5 pence a litre above mainland prices.</li>
<li><b>Complaints.</b> The Government should bring the supply of heating oil within the remit of the Energy
Ombudsman, so that households have the same route to redress as gas and electricity customers.</li>
</ol>
<p>We ask the Government to respond within 90 days. We will review the market again in 2028, and in the meantime we
will write to the Federation about our findings on price notices.</p>
"""
    render(doc(body, "Serif", "10pt", "#7a3b00", "#f6ecdf"), H.out(NAME + "_advice.pdf"))


def response():
    rows = [
        ("4", "Oil buying clubs", "A fund of 600,000 pounds will open in January 2026, offering start-up grants of up "
              "to 2,000 pounds per club. Community Energy Westray will run the support service.", "Accepted"),
        ("1", "Price transparency", "We will legislate to oblige suppliers to post their daily prices, and the "
              "Consumer Advice Service will host the comparison site from autumn 2026.", "Accepted"),
        ("5", "Monitoring", "We will give the Authority powers to require price and volume data every quarter. "
              "Monthly returns would place too heavy a burden on the smallest distributors.", "Accepted in part"),
        ("2", "Spreading the cost", "Instalments will be piloted for island households in the coming winter only; "
              "the scheme elsewhere remains a single payment while the pilot is evaluated.", "Accepted in part"),
        ("6", "Island freight", "The Government will not subsidise the freight cost of heating oil. A subsidy for one "
              "fuel would distort choices between heating systems, and support is better directed through the "
              "island heat pump grants.", "Not accepted"),
        ("3", "Payment plans", "This recommendation is addressed to suppliers. We have drawn it to the Federation's "
              "attention and will watch what its members offer.", "Noted"),
    ]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    body = """
<div class='head'><p class='meta'>DEPARTMENT FOR ENERGY AND RURAL AFFAIRS &#183; Command Paper DERA 2026/3</p></div>
<h1>Domestic heating oil in rural and island areas: Government response to the Fair Markets Authority's market
study</h1>
<p class='meta'>Presented by the Minister for Energy and the Islands, Mr Alasdair Fenwick-Rowe &#183; 8 January
2026</p>
<h2>Introduction</h2>
<p>The Government welcomes the Fair Markets Authority's study, which gives the clearest picture yet of a market on
which many rural and island households depend. We agree with the Authority that the market does not need price
control, but that households need better information and more help to spread the cost of a delivery.</p>
<h2>Our response to the recommendations</h2>
<p>The table below sets out our response, grouped by the themes we consider most pressing.</p>
<table>
<tr><th style='width:7%'>No.</th><th style='width:17%'>Recommendation</th><th>Government response</th>
<th style='width:15%'>Position</th></tr>
""" + trs + """
</table>
<h2>Next steps</h2>
<p>Officials will publish an implementation timetable in the spring and will report to the Assembly's Economy
Committee on progress before the Authority's review in 2028.</p>
"""
    render(doc(body, "Sans", "9.8pt", "#24466b", "#e4ebf3"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Fair Markets Authority - Market study FMA 17/25 - Heating oil",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Government response - DERA 2026/3",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Government should require heating oil suppliers to publish their",
         "reply_contains": "We will legislate to oblige suppliers to post their daily prices",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The Government should extend the Winter Fuel Support Scheme so",
         "reply_contains": "Instalments will be piloted for island households in the coming winter",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Suppliers should offer monthly payment plans to all domestic customers",
         "reply_contains": "We have drawn it to the Federation's attention",
         "verdict": "noted"},
        {"number": 4, "starts_with": "The Government should fund community oil buying clubs, with start-up",
         "reply_contains": "A fund of 600,000 pounds will open in January 2026",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "The Government should give the Authority powers to collect price",
         "reply_contains": "Monthly returns would place too heavy a burden on the smallest",
         "verdict": "partly"},
        {"number": 6, "starts_with": "The Government should meet part of the ferry freight cost",
         "reply_contains": "The Government will not subsidise the freight cost of heating oil",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Government should bring the supply of heating oil within",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["gives the clearest picture yet of a market",
                 "will publish an implementation timetable in the spring"]
    notes = ("Advice: a competition authority's MARKET STUDY FINAL REPORT on domestic heating oil in rural and island "
             "areas. Seven recommendations NUMBERED 1-7 with BOLD LEAD-INS ('Price transparency.', 'Spreading the "
             "cost.', ...) in section '3. Our recommendations', six addressed to the Government and the third to "
             "suppliers ('Suppliers should offer ...'). Traps: section '2. Our findings' also NUMBERED 1-5; the "
             "Federation's 2016 code quoted ('suppliers should give customers at least 48 hours' notice'); "
             "respondents' 'prices must be capped'; 'We do not recommend a cap on heating oil prices'; 'We ask the "
             "Government to respond within 90 days'. Response: a GOVERNMENT RESPONSE command paper whose core is a "
             "TABLE 'No. | Recommendation | Government response | Position' grouped by theme in another order (4, "
             "1, 5, 2, 6, 3): introduction agreeing there should be no price control (nothing); 4 fund for oil "
             "clubs, 'Accepted' (agrees); 1 legislation and comparison site, 'Accepted' (agrees); 5 quarterly, not "
             "monthly, data powers, 'Accepted in part' (partly); 2 instalments piloted for island households only, "
             "'Accepted in part' (partly); 6 'will not subsidise', 'Not accepted' (disagrees); 3 addressed to "
             "suppliers, drawn to the Federation's attention, 'Noted' (noted); next steps (nothing); 7 the Energy "
             "Ombudsman never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
