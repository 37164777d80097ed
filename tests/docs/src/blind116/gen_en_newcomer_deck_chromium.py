"""Round 116 (EN): an Ontario city's LOCAL IMMIGRATION PARTNERSHIP COUNCIL's PRESENTATION to a standing committee,
printed as a SLIDE HANDOUT (three 16:9 slides a page, ruled note lines beside each), seven recommendations as NUMBERED
CIRCLE BADGES 1-7 split over two slides 'Our recommendations (1 of 2)' / '(2 of 2)', among slides of findings (a
numbered 'Top five barriers' list), key numbers and next steps (a staff motion to 'receive for information');
answered by the CITY COUNCIL DECISION document for the item: numbered Parts 1-8 'City Council direct / request /
refer / receive / authorize ...' in another order, Part 3 covering two recommendations, one recommendation left out,
Parts that answer nothing (receive the presentation, a funding agreement), a lost 'Motion to Amend Item' naming
'Recommendation 3', and 'Background Information'.
Chromium headless --print-to-pdf, A4; cleaned Liberation Sans (handout) and DejaVu Sans Condensed (decision) via
@font-face, ligatures off, fresh --user-data-dir; slides with a green title bar and a gold accent, big-number tiles,
circle badges; the decision with a grey item banner and a status box; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented.
Run:  /tmp/blind116en/bin/python tests/docs/src/blind116/gen_en_newcomer_deck_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b116en as H

NAME = "blind116_en_newcomer_deck"
GREEN = "#1d5c46"
GOLD = "#e0a526"

CSS_ADV = """
@font-face { font-family: LS; src: url('file://%(r)s'); }
@font-face { font-family: LS; font-weight: bold; src: url('file://%(b)s'); }
@page { size: A4; margin: 16mm 14mm 15mm 14mm; }
body { font-family: LS; margin: 0; color: #1a1a1a; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
.row { display: flex; gap: 6mm; margin-bottom: 7mm; break-inside: avoid; }
.slide { width: 124mm; height: 69.75mm; border: 0.3mm solid #9aa5a0; box-sizing: border-box; position: relative;
         overflow: hidden; background: #ffffff; }
.bar { background: GREEN; color: #fff; font-weight: bold; font-size: 12pt; padding: 2.6mm 4mm 2.2mm 4mm;
       border-bottom: 1.2mm solid GOLD; }
.body { padding: 2.8mm 4.5mm; font-size: 8.3pt; line-height: 1.3; }
.body p { margin: 0 0 1.6mm 0; }
.body ul, .body ol { margin: 0 0 1.4mm 0; padding-left: 5mm; }
.body li { margin-bottom: 0.9mm; }
.notes { flex: 1; }
.notes .lbl { font-size: 7.5pt; color: #555; margin-bottom: 2mm; }
.notes .ln { border-bottom: 0.2mm solid #b9b9b9; height: 6.3mm; }
.cap { font-size: 7pt; color: #666; margin-top: 1mm; }
.brk { break-after: page; }
.title { background: GREEN; color: #fff; height: 100%%; padding: 9mm 8mm; box-sizing: border-box; }
.title .k { color: GOLD; font-size: 8.5pt; font-weight: bold; letter-spacing: 0.4mm; }
.title .t { font-size: 19pt; font-weight: bold; line-height: 1.15; margin: 3mm 0 4mm 0; }
.title .s { font-size: 9pt; line-height: 1.4; }
.tiles { display: flex; gap: 3mm; margin-top: 1mm; }
.tile { flex: 1; background: #eef4f1; border-top: 1mm solid GOLD; padding: 2.5mm; font-size: 7.6pt; }
.tile b { display: block; font-size: 17pt; color: GREEN; margin-bottom: 1mm; }
.rec { display: flex; align-items: flex-start; margin-bottom: 2.1mm; }
.badge { flex: 0 0 6.4mm; height: 6.4mm; border-radius: 50%%; background: GOLD; color: #fff; font-weight: bold;
         font-size: 9pt; text-align: center; line-height: 6.4mm; margin-right: 2.8mm; }
.rt { font-size: 8.3pt; line-height: 1.3; padding-top: 0.3mm; }
.quote { border-left: 1mm solid GOLD; padding-left: 2.5mm; font-size: 8pt; color: #333; margin-top: 1.5mm; }
""".replace("GREEN", GREEN).replace("GOLD", GOLD)

CSS_RSP = """
@font-face { font-family: DC; src: url('file://%(r)s'); }
@font-face { font-family: DC; font-weight: bold; src: url('file://%(b)s'); }
@page { size: A4; margin: 17mm 19mm 17mm 19mm; }
body { font-family: DC; font-size: 9.8pt; line-height: 1.42; color: #111; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.6mm solid #1f3d66;
       padding-bottom: 2mm; margin-bottom: 4mm; }
.top .n { font-size: 15pt; font-weight: bold; color: #1f3d66; }
.top .m { font-size: 8.5pt; text-align: right; color: #333; }
.banner { background: #e9ecf0; padding: 2.5mm 3.5mm; margin-bottom: 3mm; }
.banner .id { font-weight: bold; font-size: 11pt; }
.banner .tt { font-size: 12.5pt; font-weight: bold; color: #1f3d66; margin-top: 1mm; }
.status { display: flex; gap: 8mm; font-size: 8.8pt; margin-bottom: 4mm; }
.status span { border: 0.3mm solid #1f3d66; padding: 0.8mm 2.5mm; }
h2 { font-size: 11pt; color: #1f3d66; margin: 4mm 0 1.5mm 0; }
p { margin: 0 0 2.2mm 0; }
ol.parts { margin: 0; padding-left: 7mm; }
ol.parts li { margin-bottom: 2.2mm; padding-left: 1mm; }
.motion { border: 0.3mm solid #9aa3ad; padding: 2.5mm 3.5mm; margin-bottom: 3mm; break-inside: avoid; }
.small { font-size: 8.6pt; color: #333; }
"""


def doc(css, body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def slide(n, inner, last_on_page=False, title_slide=False):
    lines = "".join("<div class='ln'></div>" for _ in range(9))
    content = inner if title_slide else inner
    return (f"<div class='row'><div><div class='slide'>{content}</div><div class='cap'>Slide {n}</div></div>"
            f"<div class='notes'><div class='lbl'>Notes</div>{lines}</div></div>"
            + ("<div class='brk'></div>" if last_on_page else ""))


def bar(title, body):
    return f"<div class='bar'>{title}</div><div class='body'>{body}</div>"


RECS = [
    "Open a Newcomer Welcome Desk at City Hall and at each district service centre, staffed by people who speak "
    "the five languages most spoken by newcomers in Maplegrove.",
    "Give every newcomer a free adult transit pass for their first six months in Maplegrove.",
    "Set aside at least 20 per cent of the spaces in City recreation programs for newcomer families, free of charge.",
    "Translate City emergency alerts and property tax notices into the ten languages most spoken in Maplegrove.",
    "Make meeting rooms in City facilities available free of charge to newcomer-led community groups at least "
    "once a month.",
    "Create a paid internship program at the City for internationally trained professionals, working with "
    "employers and Maplegrove Polytechnic.",
    "Report back to the Local Immigration Partnership Council every year on progress, with data on newcomers' use "
    "of City services.",
]


def recslide(title, idx):
    items = "".join(f"<div class='rec'><div class='badge'>{i + 1}</div><div class='rt'>{RECS[i]}</div></div>"
                    for i in idx)
    return bar(title, items)


def advice():
    s1 = ("<div class='title'><div class='k'>MAPLEGROVE LOCAL IMMIGRATION PARTNERSHIP COUNCIL</div>"
          "<div class='t'>Welcoming Maplegrove: what newcomers told us, and what the City can do</div>"
          "<div class='s'>Presentation to the Community and Neighbourhood Services Committee<br>"
          "March 4, 2026 &middot; Agenda item CN5.3<br>Amara Okonkwo-Bell, Chair, and Luis Fernandes, Coordinator</div></div>")
    s2 = bar("Who we are and what we did",
             "<p>The Local Immigration Partnership (LIP) Council brings together 23 organizations: settlement "
             "agencies, school boards, health providers, employers, faith communities and the City.</p>"
             "<ul><li>Six community conversations in nine languages, June to October 2025</li>"
             "<li>412 responses to our newcomer survey</li>"
             "<li>Service data from four settlement agencies and three City divisions</li></ul>"
             "<div class='quote'>\"I went to four counters in my first week. Each one sent me to another.\" "
             "&ndash; survey respondent</div>")
    s3 = bar("What we heard: top five barriers",
             "<ol><li>Not knowing which office to go to, or where to start</li>"
             "<li>The cost of getting around before a first paycheque</li>"
             "<li>Recreation fees that families cannot afford</li>"
             "<li>Important City notices only in English and French</li>"
             "<li>Qualifications from abroad not recognized by employers</li></ol>"
             "<p>Many people said the City should be the first place that welcomes them. Under Ontario's "
             "accessibility standards the City must already provide information in accessible formats on "
             "request, but language is not covered.</p>")
    s4 = bar("Maplegrove in numbers",
             "<div class='tiles'><div class='tile'><b>31%%</b>of residents were born outside Canada</div>"
             "<div class='tile'><b>4,900</b>newcomers settled in Maplegrove in 2025</div>"
             "<div class='tile'><b>38%%</b>waited more than six months for a language class</div></div>"
             "<p style='margin-top:3mm'>In 2022 the LIP Council recommended that \"the City should translate the "
             "main pages of its website\". This was completed in 2024, and we thank staff for it.</p>").replace("%%", "%")
    s5 = recslide("Our recommendations (1 of 2)", [0, 1, 2, 3])
    s6 = recslide("Our recommendations (2 of 2)", [4, 5, 6])
    s7 = bar("Next steps",
             "<ul><li>We are not asking the City for new funding for settlement agencies, which are funded by "
             "other governments.</li>"
             "<li>If only some can be done this year, we would put numbers 1 and 4 first.</li>"
             "<li>The LIP Council will present its annual newcomer survey again in spring 2027.</li></ul>"
             "<p><b>Motion before Committee:</b> That the Community and Neighbourhood Services Committee receive "
             "this presentation and forward it to City Council.</p>"
             "<p>Questions: lip@maplegrove.example.ca</p>")
    body = (slide(1, s1, title_slide=True) + slide(2, s2) + slide(3, s3, last_on_page=True)
            + slide(4, s4) + slide(5, s5) + slide(6, s6, last_on_page=True) + slide(7, s7))
    css = CSS_ADV % {"r": H.clean_font("LiberationSans-Regular.ttf"), "b": H.clean_font("LiberationSans-Bold.ttf")}
    return doc(css, body)


def response():
    css = CSS_RSP % {"r": H.clean_font("DejaVuSansCondensed.ttf"), "b": H.clean_font("DejaVuSansCondensed-Bold.ttf")}
    body = """
<div class='top'><div class='n'>City of Maplegrove</div><div class='m'>City Clerk's Office<br>Council Decision</div></div>
<div class='banner'><div class='id'>CN5.3</div>
<div class='tt'>Welcoming Maplegrove: Recommendations of the Maplegrove Local Immigration Partnership Council</div></div>
<div class='status'><span>Adopted as Amended</span><span>Ward: All</span><span>City Council meeting of March 25 and 26, 2026</span></div>
<h2>City Council Decision</h2>
<p>City Council on March 25 and 26, 2026, adopted the following:</p>
<ol class='parts'>
<li>City Council direct the Chief Communications Officer to provide emergency alerts and property tax notices in the ten most spoken languages in Maplegrove, beginning with the final property tax bills issued in June 2027.</li>
<li>City Council direct the General Manager, Customer Service, to open a Newcomer Welcome Desk at City Hall and at the Northgate, Riverside and Eastbrook service centres by January 2027, with staff who speak the five languages identified by the Partnership Council.</li>
<li>City Council request the General Manager, Parks, Recreation and Culture, to make community rooms available at no charge to newcomer-led groups once a month from September 2026; and City Council not adopt Recommendation 3 of the Partnership Council, since newcomer families are already eligible for the Welcome Policy fee subsidy and reserving spaces would mean turning away other residents on waiting lists.</li>
<li>City Council direct the General Manager, Maplegrove Transit, to provide a free adult pass for three months, rather than six, to newcomers referred by a settlement agency, within the existing fare assistance budget of $640,000.</li>
<li>City Council refer the proposal for a paid internship program for internationally trained professionals to the Chief People Officer for consideration as part of the 2027 Budget process.</li>
<li>City Council receive the presentation from the Maplegrove Local Immigration Partnership Council for information.</li>
<li>City Council authorize the General Manager, Social Development, to enter into a funding agreement with the federal government for up to $212,000 to support the Local Immigration Partnership secretariat in 2026-2027.</li>
<li>City Council thank the members of the Partnership Council and the 412 residents who took part in its survey.</li>
</ol>
<h2>Motions</h2>
<div class='motion'><p><b>1a - Motion to Amend Item (Additional) moved by Councillor Priya Raman (Carried)</b></p>
<p>That City Council add the words "within the existing fare assistance budget of $640,000" to Part 4.</p></div>
<div class='motion'><p><b>1b - Motion to Amend Item moved by Councillor Daniel Osei (Lost)</b></p>
<p>That City Council adopt Recommendation 3 of the Partnership Council as submitted.</p>
<p class='small'>Vote (Amend Item): Yes 7, No 16, Absent 2. Result: Lost.</p></div>
<div class='motion'><p><b>2 - Adopt Item as Amended (Carried)</b></p>
<p class='small'>Vote (Adopt Item as Amended): Yes 22, No 1, Absent 2. Result: Carried.</p></div>
<h2>Origin</h2>
<p>(March 4, 2026) Letter from the Community and Neighbourhood Services Committee</p>
<h2>Background Information (Committee)</h2>
<p class='small'>(March 4, 2026) Presentation from the Maplegrove Local Immigration Partnership Council (CN5.3a)<br>
(February 20, 2026) Staff briefing note on newcomer services, Social Development division (CN5.3b)</p>
<p class='small'>Decision certified by Jonathan Whitfield-Ng, City Clerk, on March 27, 2026.</p>
"""
    return doc(css, body)


def main():
    tmp = tempfile.mkdtemp(prefix="blind116en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Maplegrove Local Immigration Partnership Council - Presentation to Committee, item CN5.3",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Maplegrove - City Council Decision - Item CN5.3",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSansCondensed.ttf"))
    recs = [
        {"number": 1, "starts_with": "Open a Newcomer Welcome Desk at City Hall and at each",
         "reply_contains": "at the Northgate, Riverside and Eastbrook service centres by January 2027",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Give every newcomer a free adult transit pass for their first",
         "reply_contains": "for three months, rather than six, to newcomers referred", "verdict": "partly"},
        {"number": 3, "starts_with": "Set aside at least 20 per cent of the spaces in City",
         "reply_contains": "reserving spaces would mean turning away other residents on waiting lists",
         "verdict": "disagrees"},
        {"number": 4, "starts_with": "Translate City emergency alerts and property tax notices into the ten",
         "reply_contains": "beginning with the final property tax bills issued in June 2027", "verdict": "agrees"},
        {"number": 5, "starts_with": "Make meeting rooms in City facilities available free of charge",
         "reply_contains": "at no charge to newcomer-led groups once a month from September 2026",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Create a paid internship program at the City for internationally",
         "reply_contains": "to the Chief People Officer for consideration as part of", "verdict": "noted"},
        {"number": 7, "starts_with": "Report back to the Local Immigration Partnership Council every year",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["City Council receive the presentation from the Maplegrove Local Immigration",
                 "to enter into a funding agreement with the federal government",
                 "thank the members of the Partnership Council and the 412 residents",
                 "Vote (Adopt Item as Amended): Yes 22, No 1, Absent 2",
                 "Staff briefing note on newcomer services, Social Development division"]
    notes = ("Advice: Ontario city LOCAL IMMIGRATION PARTNERSHIP COUNCIL's PRESENTATION to the Community and "
             "Neighbourhood Services Committee (item CN5.3), printed as a SLIDE HANDOUT, three 16:9 slides a page "
             "with ruled 'Notes' lines beside them, seven slides; recs are NUMBERED CIRCLE BADGES 1-7 on two slides "
             "'Our recommendations (1 of 2)' (1-4) and '(2 of 2)' (5-7), the second on the next page, imperative "
             "sentences; traps: slide 2's bullets (what we did) and a survey quote, slide 3's NUMBERED 'top five "
             "barriers' 1-5 (findings) with 'the City should be the first place that welcomes them' and Ontario's "
             "accessibility standards 'the City must already provide information in accessible formats', slide 4's "
             "number tiles and the 2022 recommendation quoted ('the City should translate the main pages of its "
             "website', done), slide 7 'We are not asking the City for new funding', 'we would put numbers 1 and 4 "
             "first', and a 'Motion before Committee' to receive the presentation. Response: the CITY COUNCIL "
             "DECISION document for item CN5.3 ('Adopted as Amended'), numbered Parts 1-8 that do not follow the "
             "recommendation numbers, order 4, 1, 5+3, 2, 6: Part 1 translation from June 2027 (4 agrees); Part 2 "
             "Welcome Desk at City Hall and three service centres by January 2027 (1 agrees); Part 3 ONE part = "
             "rooms at no charge once a month from September 2026 (5 agrees) + 'not adopt Recommendation 3', "
             "families already eligible for a subsidy (3 disagrees); Part 4 free pass for three months rather than "
             "six, only for people referred by an agency (2 partly); Part 5 internships referred to the Chief People "
             "Officer 'for consideration as part of the 2027 Budget process' (6 noted); 7 (yearly report back) "
             "unanswered; Parts 6 (receive the presentation), 7 (federal funding agreement, $212,000) and 8 "
             "(thanks), the Motions (1a adding the $640,000 budget to Part 4, 1b a LOST motion to adopt "
             "'Recommendation 3 ... as submitted', vote counts), Origin and Background Information answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
