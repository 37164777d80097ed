"""Round 74 (EN): a housing association's TENANT SCRUTINY PANEL REPORT (genre of the reviews that panels of tenants
carry out of a landlord's service and present to its Board: a coloured cover band, 'About the panel', why the topic
was chosen with the law and a regulatory standard cited, a numbered list of what the panel did, findings with
tenants' quotes and a small table, and 'Our recommendations' as a NUMBERED list with large numerals) answered by a
'YOU SAID, WE DID' FEATURE IN THE TENANTS' MAGAZINE (genre of the landlord's newsletter: a masthead, a letter from
the Chair, pairs of 'You said:' / 'We did:' blocks in paraphrase and in the landlord's own order, a figures box,
and other news items on the page).
Advice: Brookfield Homes, Tenant Scrutiny Panel, 'Scrutiny Review: How we deal with damp and mould', Report to the
Board, January 2026, A4, 2 p.; recommendations 1-7.
Response: 'Home Matters', Spring 2026, pages 6-7, 'You said, we did: our answer to the Scrutiny Panel', 2 p.;
order 6, 1, 2+4 (one block), 5, 7; 3 (call centre questions on health and young children) is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans via @font-face, ligatures off, a fresh
--user-data-dir; page numbers stamped with PyMuPDF. The Social Housing (Regulation) Act 2023 is real (what is
said of it here is not to be relied on); Brookfield Homes, its panel, its staff, the tenants and all figures are
invented.

Run:  /tmp/blind74en/bin/python tests/docs/src/blind74/gen_en_tenant_scrutiny_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b74en as H

NAME = "blind74_en_tenant_scrutiny"
TMP = "/tmp/blind74en_tenant_scrutiny"

RECS = [
    "Inspect every report of damp and mould within ten working days, and tell the tenant the date of the visit "
    "when they first report the problem.",
    "Give every tenant a written copy of the surveyor's findings and of the work that will be done, within five "
    "working days of the inspection.",
    "Train call centre staff to ask every caller about health conditions and children under five, so that urgent "
    "cases are dealt with first.",
    "Go back to every home six months after the repair is finished to check that the mould has not come back.",
    "Fit humidity sensors in the 300 homes that have had the most repeat reports of damp and mould.",
    "Stop sending the leaflet 'Condensation: what you can do' as the first answer to a report of mould.",
    "Publish the damp and mould figures for every quarter in Home Matters, so that all tenants can see how the "
    "service is doing.",
]


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for f, st, w in (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400),
                         ("BoldItalic", "italic", 700)):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS_A = """
@page { size: 210mm 297mm; margin: 16mm 18mm 20mm 18mm; }
body { font-family: 'CSans'; font-size: 10.3pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #222; margin: 0; }
p { margin: 0 0 6pt 0; }
.cover { background: #e07a1f; color: white; padding: 12pt 16pt; margin-bottom: 10pt; border-radius: 6pt; }
.cover .o { font-size: 10pt; font-weight: bold; } .cover .t { font-size: 20pt; font-weight: bold; line-height: 1.2; }
.cover .s { font-size: 10pt; }
h2 { font-size: 13pt; color: #b35a0b; margin: 10pt 0 4pt 0; }
ol.did li { margin-bottom: 2pt; }
.quote { font-style: italic; color: #5a3a1a; border-left: 3pt solid #e07a1f; padding-left: 8pt; margin: 4pt 0 8pt 0; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 9.5pt; }
td, th { border: 0.6pt solid #c9a27c; padding: 3pt 8pt; text-align: left; }
th { background: #fbe6d2; }
.recs { background: #fff3e6; border-radius: 6pt; padding: 8pt 12pt; }
.rec { display: flex; margin: 5pt 0; break-inside: avoid; }
.num { flex: 0 0 26pt; font-size: 18pt; font-weight: bold; color: #e07a1f; line-height: 1; }
.rec p { margin: 0; }
"""

CSS_R = """
@page { size: 210mm 297mm; margin: 14mm 16mm 20mm 16mm; }
body { font-family: 'CSans'; font-size: 10.2pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1e1e1e; margin: 0; }
p { margin: 0 0 6pt 0; }
.mast { border-bottom: 3pt solid #2a7f62; padding-bottom: 3pt; margin-bottom: 8pt; display: flex;
        justify-content: space-between; align-items: baseline; }
.mast .a { font-size: 22pt; font-weight: bold; color: #2a7f62; } .mast .b { font-size: 9pt; color: #555; }
h1 { font-size: 17pt; color: #2a7f62; margin: 4pt 0 6pt 0; }
.chair { background: #eef6f2; padding: 8pt 10pt; margin-bottom: 10pt; }
.pair { border: 1pt solid #9cc9b7; border-radius: 5pt; margin-bottom: 8pt; break-inside: avoid; }
.said { background: #2a7f62; color: white; padding: 4pt 10pt; font-weight: bold; }
.did { padding: 5pt 10pt 1pt 10pt; }
.lbl { font-weight: bold; color: #2a7f62; }
.figs { border: 1.5pt solid #2a7f62; padding: 6pt 10pt; margin: 6pt 0 10pt 0; break-inside: avoid; }
.figs table { border-collapse: collapse; font-size: 9.5pt; }
.figs td { padding: 2pt 10pt 2pt 0; }
.news { border-top: 1.5pt solid #bbb; padding-top: 6pt; margin-top: 8pt; break-inside: avoid; }
.news h3 { font-size: 12pt; margin: 0 0 3pt 0; color: #444; }
"""


def page(body, css):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + css +
            "</style></head><body>" + body + "</body></html>")


def advice():
    recs = "".join("<div class='rec'><div class='num'>%d</div><p>%s</p></div>" % (i + 1, r)
                   for i, r in enumerate(RECS))
    b = ["<div class='cover'><div class='o'>BROOKFIELD HOMES  |  TENANT SCRUTINY PANEL</div>"
         "<div class='t'>Scrutiny Review: How we deal with damp and mould</div>"
         "<div class='s'>Report to the Board  |  January 2026</div></div>",
         "<h2>About the panel</h2>",
         "<p>The Tenant Scrutiny Panel is a group of nine Brookfield tenants who look in depth at one service each "
         "year and tell the Board what should change. We are independent of staff, and the Board has agreed to "
         "give a public answer to every review we carry out.</p>",
         "<h2>Why we chose damp and mould</h2>",
         "<p>Damp and mould was the biggest single subject of complaints in 2024-25. The law is also changing: "
         "after the Social Housing (Regulation) Act 2023, landlords must investigate hazards such as damp and "
         "mould within fixed timescales and must keep tenants informed. The Regulator's Safety and Quality "
         "Standard says that landlords must meet all health and safety requirements in tenants' homes.</p>",
         "<h2>What we did</h2>",
         "<ol class='did'><li>We read 40 case files chosen at random from the last twelve months.</li>"
         "<li>We phoned 62 tenants who had reported damp or mould.</li>"
         "<li>We sat in with the repairs call centre for two mornings.</li>"
         "<li>We went out with a surveyor on six inspections.</li>"
         "<li>We interviewed the Head of Repairs and the Director of Property.</li></ol>",
         "<h2>What we found</h2>",
         "<p>Staff work hard and most repairs, once done, are done well. But tenants wait too long to see anyone, "
         "and they are often not told what is happening.</p>",
         "<table><tr><th>Stage</th><th>Average time 2024-25</th><th>Longest case we saw</th></tr>"
         "<tr><td>Report to inspection</td><td>23 working days</td><td>71 working days</td></tr>"
         "<tr><td>Inspection to repair finished</td><td>38 working days</td><td>5 months</td></tr>"
         "<tr><td>Repeat reports within a year</td><td>27% of homes</td><td>4 reports</td></tr></table>",
         "<p class='quote'>'I rang three times before anyone came. They should have come the same week, "
         "there's a baby in that room.' (tenant, Northgate estate)</p>",
         "<p>In 25 of the 40 files the first thing the tenant received was the leaflet on condensation, which "
         "many read as being blamed for the mould. Surveyors write good notes, but tenants never see them. Call "
         "centre staff follow a script that does not ask who lives in the home. Several tenants said the "
         "landlord should check back after a repair, because the mould came back within months. Staff told us "
         "that a pilot of humidity sensors by a neighbouring landlord had cut repeat reports.</p>",
         "<h2>Our recommendations</h2>",
         "<div class='recs'>" + recs + "</div>",
         "<p style='margin-top: 8pt'>We thank the staff and tenants who gave us their time. We ask the Board to "
         "reply within three months and will check progress in a year.</p>",
         "<p><i>Panel members: Sandra Hepworth (Chair), Rafiq Anwar, Joan Beddows, Kieran Doyle, Maureen Pilling, "
         "Tomasz Nowak, Grace Ofori, Pat Ellery, Dennis Whitlock</i></p>"]
    return page("".join(b), CSS_A)


def pair(said, did):
    return ("<div class='pair'><div class='said'>You said: %s</div><div class='did'><p><span class='lbl'>We "
            "did:</span> %s</p></div></div>" % (said, did))


def response():
    b = ["<div class='mast'><span class='a'>Home Matters</span><span class='b'>The magazine for Brookfield Homes "
         "tenants  |  Spring 2026  |  Issue 58</span></div>",
         "<h1>You said, we did: our answer to the Scrutiny Panel</h1>",
         "<div class='chair'><p>Last winter our Tenant Scrutiny Panel spent four months looking at how we deal "
         "with damp and mould, and their report did not pull its punches. The Board discussed it in February and "
         "I want to thank Sandra and the whole panel for their hard work. Here is what we have changed, what we "
         "are still working on and where we have decided differently, and why.</p>"
         "<p><i>Helen Marsh, Chair of the Board</i></p></div>",
         pair("Stop sending the condensation leaflet when I report mould.",
              "We have withdrawn the leaflet as a first response. Advice on ventilation is now given only after a "
              "surveyor has visited, and only where it helps."),
         pair("Come and see the problem sooner, and tell me when you're coming.",
              "When you report damp or mould we now book the visit while you are on the phone, so you know the "
              "date straight away. Our target for the visit has come down from 20 to 15 working days; we know "
              "that's not the ten days the panel asked for, but we can't reach it without more surveyors, and we "
              "will look at it again next year."),
         pair("Tell me what the surveyor found, and check afterwards that the mould has gone.",
              "Since March, every tenant gets the surveyor's report and a list of the work to be done, by text or "
              "letter, within five working days of the visit. We have thought hard about going back to every home "
              "after six months, and we have decided not to do this: it would take about 2,000 visits a year. If "
              "the mould comes back, please call us and your report will go straight to the same surveyor."),
         pair("Put sensors in the homes where mould keeps coming back.",
              "The Board has noted the panel's idea. We are waiting to see the final results of a sensor trial run "
              "by another landlord in the region before making any decision, and we will report back in the "
              "autumn issue."),
         pair("Show us how you're doing.",
              "From this issue, every Home Matters will carry a box with our damp and mould figures for the last "
              "quarter. Here is the first one."),
         "<div class='figs'><p class='lbl'>Damp and mould: October to December 2025</p><table>"
         "<tr><td>Reports received</td><td>412</td></tr>"
         "<tr><td>Average days from report to inspection</td><td>17 working days</td></tr>"
         "<tr><td>Repairs finished</td><td>356</td></tr>"
         "<tr><td>Homes reporting again within a year</td><td>22%</td></tr></table></div>",
         "<div class='news'><h3>Rent changes from April</h3><p>Your rent will go up by 4.8 per cent from the first "
         "Monday in April. Everyone will get a letter by the end of February. If you are worried about paying, "
         "our money advice team can help.</p></div>",
         "<div class='news'><h3>Join the panel</h3><p>The Tenant Scrutiny Panel is looking for three new members "
         "for its next review, on how we handle anti-social behaviour. No experience needed; travel and childcare "
         "costs are paid.</p></div>",
         "<div class='news'><h3>Best kept garden 2026</h3><p>Entries open on 1 May. Last year's winner was Mr "
         "Ronald Baxter of Fernlea Close, whose sweet peas impressed all three judges.</p></div>"]
    return page("".join(b), CSS_R)


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    sans = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Tenant Scrutiny Panel report  |  page {n}", fontfile=sans)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Home Matters  |  Spring 2026  |  {n}",
            fontfile=sans)
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "Our target for the visit has come down from 20 to 15", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "every tenant gets the surveyor's report and a list of the work",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "we have decided not to do this", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The Board has noted the panel's idea", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "We have withdrawn the leaflet as a first response", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "will carry a box with our damp and mould figures",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "their report did not pull its punches",
        "Your rent will go up by 4.8 per cent",
        "looking for three new members for its next review",
        "whose sweet peas impressed all three judges",
    ], "Advice: a housing association's tenant scrutiny panel report to the Board (orange cover band, plain "
       "headings, a numbered list 1.-5. of 'What we did', a table, a tenant's quote, page footer). The seven "
       "recommendations stand under 'Our recommendations' in a shaded panel as a list with LARGE NUMERALS 1-7 "
       "beside imperative sentences ('Inspect every report ...', 'Give every tenant ...', 'Stop sending ...'). "
       "Traps: 'tell the Board what should change'; the Act and the Regulator's standard ('landlords must "
       "investigate hazards', 'landlords must meet all health and safety requirements'); the 'What we did' list; "
       "the table; the quote 'They should have come the same week'; findings that prefigure the recommendations "
       "('the landlord should check back after a repair', the sensor pilot); 'We ask the Board to reply within "
       "three months'. Response: a tenants' magazine spread (masthead, a Chair's letter, 'You said: ...' bars "
       "paraphrasing the panel in tenants' words with 'We did: ...' answers, a figures box, news items), no "
       "numbers, order 6, 1, 2+4, 5, 7: leaflet withdrawn (6 agrees); visit date booked on the phone but target "
       "15 working days, 'not the ten days the panel asked for' (1 partly); ONE block = surveyor's report within "
       "five working days (2 agrees) + going back after six months, 'we have decided not to do this' (4 "
       "disagrees); sensors 'The Board has noted the panel's idea', waiting for another landlord's trial (5 "
       "noted); figures in every issue, with the first box (7 agrees); 3 (call centre questions on health and "
       "children under five) is not answered. Unmatched: the Chair's letter, and three news items (rent changes, "
       "join the panel, best kept garden).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
