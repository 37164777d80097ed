"""Round 68 (EN): a LONDON ASSEMBLY COMMITTEE REPORT (genre of the investigations of the Assembly's policy
committees: a Chair's foreword, a summary, chapters with numbered exhibits, and recommendations addressed to
the Mayor (and Transport for London) in shaded boxes between the chapter text, with a closing request for the
Mayor's response) and the MAYOR'S RESPONSE: a letter from the Mayor of London to the Chair of the committee
with an annex table 'Recommendation | Mayor's response'.
Advice: London Assembly Environment Committee, 'Feeling the Heat: preparing London's homes, streets and
transport for extreme heat', June 2026, A4, 3 p.: title block, Chair's foreword (a paraphrase: 'Our seven
recommendations call on the Mayor to ...'), then chapters 1-3 whose text is set in TWO COLUMNS (Writer
sections from <multicol>), with full-width shaded boxes 'Recommendation N' between them - the ONLY place where
the seven recommendations stand; traps: an exhibit table, the London Plan policy quoted ('should minimise'), a
passenger group quoted ('TfL should be honest'), the Committee's 2022 recommendation and the Mayor's 2022 reply
quoted, the Climate Change Act 2008 ('requires'), 'We make no recommendation on air quality', and the request
for a response by 30 September 2026.
Response: Mayor of London, letter to the Chair, 22 September 2026, with 'Annex: Response to the
recommendations of the Environment Committee's report Feeling the Heat', 2 p.: a bordered two-column table
(number + short topic | prose response without labels), in the order 3, 1, 2+5 (one row, two verdicts), 6, 4;
recommendation 7 is not answered; the letter's paragraphs on the July 2026 heatwave and the closing answer
nothing.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), Liberation Sans/Serif, header and page
numbers stamped with PyMuPDF. The London Assembly, the Mayor of London, Transport for London, the London Plan
and the Climate Change Act 2008 are real; the report, the people, the figures and the quotations are invented,
and what is said about the Plan and the Act is not to be relied on.

Run:  /tmp/blind68en/bin/python tests/docs/src/blind68/gen_en_london_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b68en as H

NAME = "blind68_en_london"
TMP = "/tmp/blind68en_london"

RECS = [
    "The Mayor should publish a heat vulnerability map for every London ward by summer 2027, and update it "
    "each year.",
    "The Mayor should set a target for the number of street trees to be planted in the 20 most heat-vulnerable "
    "wards by 2030, and report on progress against it every year.",
    "Transport for London should publish, by March 2027, a plan to reduce temperatures on the deep Tube lines, "
    "with a timetable and the cost of each measure.",
    "At the next review of the London Plan, the Mayor should require every new home to pass an overheating "
    "assessment without relying on air conditioning.",
    "The Mayor should fund a network of at least 100 cool spaces in public buildings, open whenever a "
    "heat-health alert is in force.",
    "The Mayor should press the Government to introduce a maximum indoor temperature standard for privately "
    "rented homes.",
    "The Mayor should set out, in his response to this report, which GLA officer will be responsible for "
    "coordinating London's preparations for extreme heat.",
]
PURPLE = "#5b2c83"
CSS = """
@page { size: 210mm 297mm; margin: 20mm 18mm 20mm 18mm; }
p { font-family: 'Liberation Sans'; font-size: 9.8pt; margin-top: 0; margin-bottom: 5pt; }
td { vertical-align: top; }
.kick { font-family: 'Liberation Sans'; font-size: 9pt; font-weight: bold; color: #5b2c83; margin-bottom: 2pt; }
.tit { font-family: 'Liberation Sans'; font-size: 21pt; font-weight: bold; color: #5b2c83; margin-bottom: 2pt; }
.st { font-family: 'Liberation Sans'; font-size: 11pt; margin-bottom: 10pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: bold; color: #5b2c83; margin-top: 9pt; margin-bottom: 4pt; }
.fw { font-family: 'Liberation Serif'; font-size: 10.5pt; }
.cell { font-family: 'Liberation Sans'; font-size: 8.8pt; margin-bottom: 1pt; }
.cap { font-family: 'Liberation Sans'; font-size: 8.8pt; font-weight: bold; color: #5b2c83; margin-bottom: 2pt; }
.rl { font-family: 'Liberation Sans'; font-size: 9pt; font-weight: bold; color: #5b2c83; margin-bottom: 2pt; }
.rt { font-family: 'Liberation Sans'; font-size: 10.2pt; font-weight: bold; margin-bottom: 1pt; }
.lt { font-family: 'Liberation Serif'; font-size: 11pt; margin-bottom: 7pt; }
.ac { font-family: 'Liberation Sans'; font-size: 9.2pt; margin-bottom: 3pt; }
.gap { font-size: 3pt; color: #ffffff; margin: 0; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def cols(*paras):
    return ("<multicol cols='2' gutter='22'>" + "".join("<p>%s</p>" % x for x in paras) +
            "</multicol><p class='gap'><br/></p>")


def recbox(n):
    return ("<table width='100%%' cellpadding='7' cellspacing='0' border='0' bgcolor='#ece4f3'><tr><td>"
            "<p class='rl'>Recommendation %d</p><p class='rt'>%s</p></td></tr></table><p></p>" % (n, RECS[n - 1]))


def advice():
    b = ["<p class='kick'>LONDON ASSEMBLY  |  ENVIRONMENT COMMITTEE</p>",
         "<p class='tit'>Feeling the Heat</p>",
         "<p class='st'>Preparing London's homes, streets and transport for extreme heat  |  June 2026</p>",
         "<p class='h1'>Chair's foreword</p>",
         "<p class='fw'>In July 2022 London recorded 40 degrees for the first time. Since then, each summer has "
         "brought more days on which our homes, our streets and our Tube trains become dangerous for older "
         "people, for young children and for people with health conditions. Heat is now the deadliest weather "
         "risk this city faces, yet it receives a fraction of the attention given to flooding.</p>",
         "<p class='fw'>Our seven recommendations call on the Mayor to know where Londoners are most at risk, to "
         "cool the places where they live and travel, and to make sure that someone is in charge. London must "
         "be ready before the next heatwave, not after it.</p>",
         "<p class='fw'><i>Leonie Cartwright AM, Chair of the Environment Committee</i></p>",
         "<p class='h1'>1. Who is at risk</p>",
         cols("The UK Health Security Agency estimates that 1,020 deaths in London were associated with heat in "
              "the summers of 2022 to 2025. Most were of people over 75, and many lived alone in flats on the "
              "top floors of older blocks or in homes converted from offices.",
              "Boroughs and the NHS hold information about who is vulnerable, but it is not brought together. "
              "Several borough officers told us that they did not know which of their wards were most at risk "
              "until a heatwave had begun."),
         "<p class='cap'>Exhibit 1: Heat-associated deaths in London, by summer</p>"
         "<table width='70%' cellpadding='3' cellspacing='0' border='1' bordercolor='#b9a3cc'>"
         "<tr><td bgcolor='#5b2c83'><p class='cell'><font color='#ffffff'><b>Summer</b></font></p></td>"
         "<td bgcolor='#5b2c83'><p class='cell'><font color='#ffffff'><b>Heatwave days</b></font></p></td>"
         "<td bgcolor='#5b2c83'><p class='cell'><font color='#ffffff'><b>Deaths associated with heat</b></font>"
         "</p></td></tr>"
         "<tr><td><p class='cell'>2022</p></td><td><p class='cell'>9</p></td><td><p class='cell'>387</p></td></tr>"
         "<tr><td><p class='cell'>2023</p></td><td><p class='cell'>6</p></td><td><p class='cell'>214</p></td></tr>"
         "<tr><td><p class='cell'>2024</p></td><td><p class='cell'>4</p></td><td><p class='cell'>151</p></td></tr>"
         "<tr><td><p class='cell'>2025</p></td><td><p class='cell'>8</p></td><td><p class='cell'>268</p></td></tr>"
         "</table><p></p>",
         recbox(1),
         cols("Street trees lower the temperature of the street below them by several degrees. The Mayor's "
              "tree-planting programme has funded 420,000 trees since 2016, but the most heat-vulnerable wards "
              "have the lowest canopy cover, and much of the new planting has been in parks at the edge of the "
              "city."),
         recbox(2),
         "<p class='h1'>2. Travelling in the heat</p>",
         cols("On the Central line, air temperatures in trains exceeded 35 degrees on 19 days in the summer of "
              "2025. The deep Tube lines were built without cooling, and the clay around the tunnels has warmed "
              "over a century of use.",
              "A passenger group told us: \"TfL should be honest with passengers about what can be done and "
              "when.\" TfL has trialled cooling panels at two stations, but it has no published plan for the "
              "deep lines as a whole."),
         recbox(3),
         "<p class='h1'>3. Homes and public spaces</p>",
         cols("Policy SI 4 of the London Plan states that development proposals should minimise internal heat "
              "gain and the impacts of the urban heat island through design. In practice, many new flats pass "
              "the overheating assessment only by assuming that windows will be opened at night or that air "
              "conditioning will be fitted.",
              "In our 2022 report on climate adaptation, we recommended that the Mayor \"should develop a "
              "heat strategy for London\". The Mayor replied that the GLA would \"consider this as part of the "
              "next Environment Strategy\". No heat strategy has yet been published.",
              "The Climate Change Act 2008 requires the Government to lay a national adaptation programme before "
              "Parliament every five years. The current programme says little about indoor temperatures in "
              "existing homes, and there is no legal maximum temperature for a rented home."),
         recbox(4),
         cols("During the July 2025 heatwave, 63 libraries and community centres opened as cool spaces, but "
              "most closed at 5pm and several had no air conditioning of their own."),
         recbox(5),
         cols("Tenants in privately rented flats told us that they had no way to make a landlord act when their "
              "homes became too hot to sleep in."),
         recbox(6),
         cols("Responsibility for heat is spread across the GLA's environment, housing and resilience teams, "
              "and no one officer coordinates the work. We make no recommendation on air quality, which the "
              "Committee will examine in a separate investigation later this year."),
         recbox(7),
         "<p class='h1'>Next steps</p>",
         "<p>The Committee requests a response from the Mayor to the recommendations in this report by 30 "
         "September 2026.</p>"]
    return page("".join(b))


def response():
    rows = [
        ("Recommendation 3<br/>(Tube temperatures)",
         "TfL will publish a cooling strategy for the Central, Bakerloo and Northern lines in spring 2027. It "
         "will include a timetable for the measures that are already funded. Costs and dates for the remaining "
         "measures cannot be set until the Government's capital settlement for TfL is known, so they will not "
         "be included in the strategy."),
        ("Recommendation 1<br/>(heat vulnerability map)",
         "The GLA's City Intelligence Unit is working with the NHS and the boroughs on a ward-level heat "
         "vulnerability index. The first map will be published in May 2027 and refreshed every spring."),
        ("Recommendations 2 and 5<br/>(street trees; cool spaces)",
         "Street trees are planted by the boroughs, which know their streets best, and a ward-level target set "
         "by City Hall would cut across their plans. I will therefore not set such a target, although the "
         "Greener Streets fund will continue to favour bids from heat-vulnerable areas. On cool spaces, I "
         "have agreed funding of 1.2 million pounds for 110 cool spaces in libraries, leisure centres and "
         "community buildings, which will open in time for summer 2027 whenever a heat-health alert is issued."),
        ("Recommendation 6<br/>(maximum indoor temperature)",
         "I have written to the Secretary of State asking that overheating be addressed in the review of the "
         "Decent Homes Standard. I have not asked for a single maximum temperature, as the evidence on where "
         "such a limit should be set is not yet settled."),
        ("Recommendation 4<br/>(overheating in new homes)",
         "Work on the next London Plan began this year. The Committee's recommendation will form part of the "
         "evidence that officers consider when the draft policies on heat are prepared, and the Committee "
         "will have the opportunity to comment on them during consultation."),
    ]
    t = ("<table width='100%' cellpadding='5' cellspacing='0' border='1' bordercolor='#9c86b3'>"
         "<tr><td width='24%' bgcolor='#5b2c83'><p class='ac'><font color='#ffffff'><b>Recommendation</b></font>"
         "</p></td><td bgcolor='#5b2c83'><p class='ac'><font color='#ffffff'><b>Mayor's response</b></font></p>"
         "</td></tr>" +
         "".join("<tr><td width='24%%'><p class='ac'><b>%s</b></p></td><td><p class='ac'>%s</p></td></tr>" % r
                 for r in rows) + "</table>")
    b = ["<p style='text-align:right; font-size:15pt; font-weight:bold; color:#5b2c83'>MAYOR OF LONDON</p>",
         "<p class='lt'>Leonie Cartwright AM<br/>Chair of the Environment Committee<br/>London Assembly<br/>"
         "City Hall<br/>London</p>",
         "<p class='lt'>Our ref: MGLA220926-4471<br/>Date: 22 September 2026</p>",
         "<p class='lt'>Dear Leonie,</p>",
         "<p class='lt'><b>Feeling the Heat: preparing London's homes, streets and transport for extreme "
         "heat</b></p>",
         "<p class='lt'>Thank you for your Committee's report, which I read with great interest. I share the "
         "Committee's view that extreme heat is a growing danger to Londoners, and I am grateful to the "
         "Members and to everyone who gave evidence.</p>",
         "<p class='lt'>This summer showed again why the issue matters. During the heatwave of 14 to 21 July "
         "2026, the London Resilience Forum met daily, City Hall opened its own ground floor to the public, "
         "and messages in eleven languages reached more than two million people through TfL's networks.</p>",
         "<p class='lt'>My response to each of the Committee's recommendations is set out in the annex to this "
         "letter.</p>",
         "<p class='lt'>I look forward to continuing to work with the Committee on this important issue.</p>",
         "<p class='lt'>Yours sincerely,</p><p class='lt'><b>Mayor of London</b></p>",
         "<p style='page-break-before: always' class='h1'>Annex: Response to the recommendations of the "
         "Environment Committee's report Feeling the Heat</p>", t]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="London Assembly  |  Environment Committee  |  Feeling the Heat",
            footer="{n}", skip_first=True, size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Mayor of London  |  MGLA220926-4471  |  {n}", size=8)
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "The first map will be published in May 2027",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "I will therefore not set such a target",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "so they will not be included in the strategy",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "will form part of the evidence that officers consider",
         "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "have agreed funding of 1.2 million pounds for 110 cool spaces",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "I have not asked for a single maximum temperature",
         "verdict": "partly"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "I share the Committee's view that extreme heat is a growing danger",
        "the London Resilience Forum met daily",
        "I look forward to continuing to work with the Committee",
    ], "Advice: a London Assembly Environment Committee investigation report: a title block, a serif Chair's "
       "foreword (paraphrase: 'Our seven recommendations call on the Mayor to know where Londoners are most at "
       "risk, ...'), chapters 1-3 whose text is set in TWO COLUMNS (Writer sections), and seven full-width "
       "shaded boxes 'Recommendation 1'-'Recommendation 7' between the column sections - the ONLY place where "
       "the recommendations stand (five 'The Mayor should ...', one 'Transport for London should ...', one 'At "
       "the next review of the London Plan, the Mayor should ...'); boxes 5 and 6 follow each other. Traps: "
       "Exhibit 1 (a table of heat deaths), a passenger group quoted ('TfL should be honest with passengers'), "
       "London Plan Policy SI 4 ('development proposals should minimise internal heat gain'), the Committee's "
       "2022 recommendation quoted ('should develop a heat strategy for London') with the Mayor's 2022 reply, "
       "the Climate Change Act 2008 ('requires the Government to lay a national adaptation programme'), 'We "
       "make no recommendation on air quality', and 'The Committee requests a response from the Mayor ... by "
       "30 September 2026'. Response: the Mayor's letter (intro, the July 2026 heatwave, closing) and, on a new "
       "page, an annex table 'Recommendation | Mayor's response' with the number and a short topic in the left "
       "cell and prose without verdict labels, in the order 3, 1, 2+5, 6, 4: 3 strategy in spring 2027 with a "
       "timetable only for funded measures, costs 'will not be included' (partly); 1 ward-level map in May "
       "2027, refreshed every spring (agrees); ONE row 'Recommendations 2 and 5': 'I will therefore not set "
       "such a target' (2 disagrees) and 110 funded cool spaces (5 agrees); 6 letter to the Secretary of State "
       "on the Decent Homes Standard but 'I have not asked for a single maximum temperature' (partly); 4 'will "
       "form part of the evidence' for the next London Plan (noted); 7 (a responsible GLA officer) "
       "unanswered. Unmatched: the letter's first, second and closing paragraphs.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
