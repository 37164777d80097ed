"""Round 61 (EN): a CITY-REGION ASSEMBLY committee investigation report (genre of the London Assembly's
committee reports to the Mayor) and the MAYOR'S RESPONSE LETTER with an annex.
Advice: Harbourne Assembly Environment Committee, 'Turning down the heat: extreme heat and Harbourne's homes and
streets' (a coloured title block, a Chair's foreword, 'Key findings' bullets, chapters with paragraphs numbered
1.1, 1.2 ..., the seven recommendations ONLY in shaded 'Recommendation N' boxes inside the chapters, 'Committee
Membership' and a closing note that the Mayor must respond within two months).
Response: the Mayor's letter to the Chair ('Dear Zainab') on City Hall letterhead and 'Annex: the Mayor's response
to the Committee's recommendations' with headings that name the subject but never the number, in another order,
one heading answering two recommendations, one recommendation unanswered, and an 'Other matters' section.
Traps: the Housing Health and Safety Rating System duty ('must assess'), the Committee's 2019 recommendation quoted,
witnesses' 'should' sentences, a table of heat-associated deaths, 'We are not recommending', the foreword's
paraphrase of the asks. Chromium headless --print-to-pdf, A4, cleaned Liberation Sans via @font-face, ligatures
off; footer stamped with PyMuPDF. All content is invented (Harbourne, its Authority, Assembly, Mayor, Harbourne
Transit, the people and figures); the Housing Act 2004 and HHSRS are real but what is said about them is not to be
relied on.

Run:  /tmp/blind61en/bin/python tests/docs/src/blind61/gen_en_assembly_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b61en as H

NAME = "blind61_en_assembly"
TMP = "/tmp/blind61en_assembly"

RECS = [
    "The Mayor should publish a heat resilience plan for Harbourne by March 2027, setting out which "
    "part of the Greater Harbourne Authority group leads on each element of the response to extreme heat.",
    "The Mayor should fund a network of at least 150 cool spaces in libraries, leisure centres and community "
    "buildings, open until 9pm on every day a heat-health alert is in force.",
    "The Mayor should require every residential scheme referred to him under the Harbourne Plan to pass a "
    "dynamic overheating assessment before planning permission is granted.",
    "Harbourne Transit should publish, each summer, the peak temperature recorded on every underground line and "
    "in its ten hottest stations.",
    "The Mayor should use the Warm and Green Homes Fund to offer grants for external shutters and shading to "
    "low-income households living in top-floor flats.",
    "The Mayor should lobby the Government to set a maximum safe indoor temperature for privately rented homes "
    "in the next Renters' Rights regulations.",
    "The Mayor should plant 20,000 additional street trees by 2030 in the 25 wards with the highest heat "
    "vulnerability scores.",
]


def fontface():
    css = ""
    for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                     ("italic", 700, "BoldItalic")):
        css += ("@font-face { font-family: 'CSans'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                % (st, w, H.clean_font("LiberationSans-%s.ttf" % f)))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 18mm 20mm 20mm 20mm; }
body { font-family: 'CSans'; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1c1c1c; }
p { margin: 0 0 6pt 0; }
.band { background: #00625b; color: #fff; padding: 14pt 16pt 12pt 16pt; margin-bottom: 12pt; }
.band .org { font-size: 9pt; letter-spacing: 1pt; text-transform: uppercase; }
.band h1 { font-size: 21pt; margin: 6pt 0 4pt 0; line-height: 1.15; }
.band .sub { font-size: 11pt; }
h2 { font-size: 14pt; color: #00625b; margin: 14pt 0 6pt 0; }
h3 { font-size: 10.5pt; color: #00625b; margin: 8pt 0 3pt 0; }
.np { display: flex; }
.np .n { width: 11mm; flex: none; color: #00625b; font-weight: 700; }
.np .t { flex: 1; }
.rec { background: #dff0ee; border-left: 5pt solid #00625b; padding: 6pt 10pt; margin: 6pt 0 10pt 11mm; }
.rec .lab { font-weight: 700; color: #00625b; font-size: 10.5pt; margin-bottom: 2pt; }
.rec p { margin: 0; font-size: 10.5pt; }
.fw { font-style: italic; }
table { border-collapse: collapse; font-size: 9pt; margin: 4pt 0 8pt 11mm; }
td, th { border-bottom: 0.6pt solid #7aa; padding: 2pt 8pt; text-align: left; }
th { background: #00625b; color: #fff; }
ul { margin: 2pt 0 6pt 0; }
.small { font-size: 8.5pt; color: #444; }
.letter { font-size: 10.5pt; line-height: 1.45; }
.letter p { margin: 0 0 8pt 0; }
.lh { display: flex; justify-content: space-between; border-bottom: 1.5pt solid #00625b; padding-bottom: 6pt;
      margin-bottom: 14pt; }
.lh .who { font-weight: 700; font-size: 13pt; color: #00625b; }
.lh .addr { font-size: 8.5pt; text-align: right; color: #333; }
.annex h2 { font-size: 13pt; }
.annex h3 { font-size: 10.5pt; color: #1c1c1c; border-bottom: 0.6pt solid #00625b; padding-bottom: 1pt; }
.pb { page-break-before: always; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>" % NAME + fontface() + CSS
            + "</style></head><body>" + body + "</body></html>")


def np(n, t):
    return "<div class='np'><div class='n'>%s</div><div class='t'><p>%s</p></div></div>" % (n, t)


def rec(k):
    return ("<div class='rec'><div class='lab'>Recommendation %d</div><p>%s</p></div>" % (k, RECS[k - 1]))


def advice():
    b = ["<div class='band'><div class='org'>Harbourne Assembly  |  Environment Committee</div>"
         "<h1>Turning down the heat</h1><div class='sub'>Extreme heat and Harbourne's homes and streets"
         "  -  September 2026</div></div>",
         "<h2>Foreword</h2>",
         "<p class='fw'>The summer of 2025 brought Harbourne eleven days above 32 degrees. Behind that figure are "
         "people who could not sleep in their flats, who avoided the underground, who had nowhere cool to go. "
         "Our city has a plan for floods and a plan for snow; it does not yet have one for heat. In this report we "
         "ask the Mayor to change that, to give people somewhere cool to go, to build homes that do not overheat "
         "and to plant the trees that will cool our streets for decades. - Zainab Okonjo AM, Chair of the "
         "Environment Committee</p>",
         "<h2>Key findings</h2>",
         "<ul><li>An estimated 412 deaths in Harbourne were associated with heat in summer 2025.</li>"
         "<li>One in five homes in Harbourne overheats in a typical summer; the share is highest in top-floor and "
         "single-aspect flats.</li>"
         "<li>No single body in the Greater Harbourne Authority group is responsible for the response to extreme "
         "heat.</li>"
         "<li>Tree canopy cover ranges from 31 per cent in the greenest wards to 6 per cent in the least green.</li>"
         "</ul>",
         "<h2>1. Planning for heat</h2>",
         np("1.1", "Responsibility for heat is spread across the Mayor's resilience team, Harbourne Transit, the 32 "
                   "boroughs and the health service. Several witnesses told us that they did not know whom to "
                   "call on the first day of a heat-health alert."),
         np("1.2", "In 2019 this Committee recommended that the Mayor <i>\"should map heat risk across the city and "
                   "publish the map\"</i>. A heat risk map was published in 2021 and has not been updated since."),
         "<table><tr><th>Summer</th><th>Days above 30 degrees</th><th>Heat-associated deaths</th></tr>"
         "<tr><td>2022</td><td>9</td><td>378</td></tr><tr><td>2024</td><td>4</td><td>121</td></tr>"
         "<tr><td>2025</td><td>14</td><td>412</td></tr></table>",
         np("1.3", "We are not recommending a new statutory heat duty for the boroughs; the evidence we heard did "
                   "not show that legislation is the missing piece."),
         rec(1),
         "<h2>2. Somewhere cool to go</h2>",
         np("2.1", "Forty-three libraries acted as informal cool spaces in 2025, most of them closing at 6pm. "
                   "Age Concern Harbourne told us that the hottest hours for people in poorly ventilated flats are "
                   "in the evening, and that cool spaces should stay open after work."),
         rec(2),
         np("2.2", "Temperatures on the deepest underground lines exceeded 35 degrees on 19 days. Harbourne Transit "
                   "records these temperatures but does not publish them."),
         rec(4),
         "<h2>3. Homes that stay cool</h2>",
         np("3.1", "Under the Housing Health and Safety Rating System, introduced by the Housing Act 2004, "
                   "boroughs must assess excess heat as a hazard when they inspect a rented home. Only 37 "
                   "excess-heat hazards were recorded across Harbourne in 2025."),
         np("3.2", "The Harbourne Plan asks developers to reduce overheating through design, but the "
                   "assessment methods it accepts are simple and, in our view, too easy to pass. Residents of a new "
                   "block in Eastwharf told us that the developer should have been made to fit external shading."),
         rec(3),
         np("3.3", "Retrofitting existing homes matters as much as building new ones. The Warm and Green Homes Fund "
                   "currently pays only for insulation and heat pumps."),
         rec(5),
         np("3.4", "Tenants have no right to a home that stays below a safe temperature. That is for the "
                   "Government to change, but the Mayor has a strong voice."),
         rec(6),
         "<h2>4. Cooler streets</h2>",
         np("4.1", "Trees are the most effective way to cool a street. The Mayor's target of 10,000 new street trees "
                   "between 2022 and 2026 has been met, but two-thirds of them were planted in wards that already "
                   "had good canopy cover."),
         rec(7),
         "<h2>Committee Membership</h2>",
         "<p>Zainab Okonjo AM (Chair), Peter Lindqvist AM (Deputy Chair), Harriet Obi AM, Colm Reaney AM, "
         "Sanjay Mistry AM.</p>",
         "<p class='small'>The Committee agreed this report at its meeting on 9 September 2026. Under the Greater "
         "Harbourne Authority Act 2009 the Mayor must respond to the Committee's recommendations within two "
         "months of receiving this report.</p>"]
    return page("".join(b))


def response():
    b = ["<div class='letter'><div class='lh'><div class='who'>Mayor of Harbourne</div>"
         "<div class='addr'>City Hall, Riverside Walk<br>Harbourne HB1 2AA<br>Our ref: MGLA120926-4471</div></div>",
         "<p>Zainab Okonjo AM<br>Chair of the Environment Committee<br>Harbourne Assembly</p>",
         "<p>4 November 2026</p>",
         "<p>Dear Zainab,</p>",
         "<p>Thank you for sending me the Environment Committee's report on extreme heat. I am grateful to the "
         "Committee and to the many residents and organisations who gave evidence.</p>",
         "<p>The summer of 2025 showed how quickly heat can become a public health emergency, and I share the "
         "Committee's view that Harbourne must prepare for hotter summers with the same seriousness it brings to "
         "flooding. My detailed response to the report is set out in the annex to this letter.</p>",
         "<p>I am copying this letter to the Chair of the Harbourne Assembly and to the Commissioner of Harbourne "
         "Transit.</p>",
         "<p>Yours sincerely,</p><p><b>Daniel Achterberg</b><br>Mayor of Harbourne</p></div>",
         "<div class='annex pb'><h2>Annex: the Mayor's response to the Committee's recommendations</h2>",
         "<h3>Cool spaces</h3>",
         "<p>I have asked the Greater Harbourne Authority to fund cool spaces from summer 2027 in partnership with "
         "the boroughs. The budget I have been able to set aside will support 90 sites rather than the 150 the "
         "Committee proposes, chosen in the areas of highest heat vulnerability. Sites will open until 7pm on "
         "heat-health alert days; later opening would double the staffing cost, and the evidence from this "
         "summer's pilot is that use falls sharply after 6pm.</p>",
         "<h3>Street trees</h3>",
         "<p>I am pleased to accept this recommendation in full. My new Canopy for All programme will plant "
         "20,000 street trees by 2030, and at least 80 per cent of them will go to the 25 wards with the highest "
         "heat vulnerability scores. Planting begins this winter.</p>",
         "<h3>A single plan for heat</h3>",
         "<p>I agree that the response to extreme heat needs a single owner. The Harbourne Resilience Forum will "
         "publish a Heat Resilience Plan in January 2027, two months ahead of the date the Committee proposes, "
         "naming a lead body for each action.</p>",
         "<h3>Shading and a safe maximum temperature in rented homes</h3>",
         "<p>The Warm and Green Homes Fund is fully committed to insulation and low-carbon heating until 2028, and "
         "widening it now would slow the programme for the households who need it most. I will therefore not "
         "be extending the Fund to external shutters and shading. I will, however, take up the Committee's call "
         "for a maximum safe indoor temperature: I have written to the Secretary of State urging that it be "
         "included in the next set of regulations for privately rented homes.</p>",
         "<h3>Temperatures on the underground</h3>",
         "<p>The publication of operational data is a matter for the Harbourne Transit Board. I have passed the "
         "Committee's report to the Commissioner, and I understand the Board will consider the request at its "
         "meeting in February.</p>",
         "<h3>Other matters</h3>",
         "<p>The Committee may also wish to know that my Summer Streets events programme will include free "
         "drinking water stations at all 40 events in 2027.</p></div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Harbourne Assembly  |  Environment Committee  |  {n}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "will publish a Heat Resilience Plan in January 2027", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "will support 90 sites rather than the 150", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The publication of operational data is a matter for", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "I will therefore not be extending the Fund", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "I have written to the Secretary of State urging", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "I am pleased to accept this recommendation in full", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "Thank you for sending me the Environment Committee's report",
        "Harbourne must prepare for hotter summers with the same seriousness",
        "I am copying this letter to the Chair of the Harbourne Assembly",
        "will include free drinking water stations at all 40 events",
    ], "Advice: city-region assembly committee report (London Assembly genre). The seven recommendations stand ONLY "
       "in shaded 'Recommendation N' boxes inside chapters 1-4, in the order 1, 2, 4, 3, 5, 6, 7 on the page (box "
       "4 sits in chapter 2 after paragraph 2.2); each opens 'The Mayor should ...' except 4 ('Harbourne Transit "
       "should ...'). Traps: the Chair's foreword paraphrasing the asks ('we ask the Mayor to ...'), 'Key findings' "
       "bullets, paragraphs numbered 1.1-4.1 in a hanging column, the 2019 recommendation quoted ('should map heat "
       "risk'), a table of heat-associated deaths, 'We are not recommending a new statutory heat duty', the HHSRS "
       "duty ('boroughs must assess excess heat'), witnesses' 'should' sentences (2.1, 3.2), the closing note that "
       "the Mayor must respond within two months. Response: the Mayor's letter (page 1, no replies) and an annex "
       "with subject headings only, never a number, in the order 2, 7, 1, 5+6, 4: 2 funded for 90 sites not 150, "
       "open until 7pm not 9pm (partly); 7 'pleased to accept this recommendation in full' (agrees); 1 plan in "
       "January 2027 (agrees); one heading for 5 and 6: 5 'will therefore not be extending the Fund to external "
       "shutters' (disagrees) + 6 'will, however, take up ... written to the Secretary of State' (agrees); 4 'a "
       "matter for the Harbourne Transit Board ... will consider' (noted); 3 (dynamic overheating assessment) "
       "unanswered. Unmatched: the letter's thanks, its second paragraph (general agreement, no reply), the "
       "copy line, 'Other matters'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
