"""Round 73 (EN): an Irish national advisory council's ADVICE TO A MINISTER (genre of the short advice papers of
statutory advisory councils: a cover with the council's name, a foreword, chapters with numbered sections, the
Programme for Government and an Act quoted, a data table, and the recommendations in SHADED BOXES headed with a
theme code 'Recommendation A.1' ... 'C.3') answered by PARLIAMENTARY QUESTIONS AND WRITTEN ANSWERS (genre of the
Dáil Éireann debates record 'Written Answers': numbered questions by Deputies with a reference number in square
brackets, a subject heading over each group, the Minister's answer, 'I propose to take Questions Nos. ... together',
questions on other subjects in between).
Advice: National Rural Mobility Council, 'Advice to the Minister for Transport on Demand-Responsive Transport in
Rural Areas', Advice Paper No. 9, March 2026, A4, 3 p.; recommendations A.1, A.2, B.1, B.2, C.1, C.2, C.3.
Response: Dáil Éireann debate, Thursday 14 May 2026, Written Answers Nos. 298-311 (extract), 2 p.; order
B.1+B.2 (questions taken together, one answer), C.1, A.1, C.3, A.2; C.2 (rural mobility officers) is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans/Serif via @font-face, ligatures off, a fresh
--user-data-dir; page numbers stamped with PyMuPDF. The Dublin Transport Authority Act 2008 is real (what is said
of it here is not to be relied on); the Council, its paper, the Deputies, the Ministers, the questions and all
figures are invented.

Run:  /tmp/blind73en/bin/python tests/docs/src/blind73/gen_en_written_answers_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b73en as H

NAME = "blind73_en_written_answers"
TMP = "/tmp/blind73en_written_answers"

RECS = {
    "A.1": "The Department should set a national minimum service standard of at least one return journey to the "
           "nearest county town on five days a week for every settlement of more than 150 people.",
    "A.2": "The National Transport Authority should include all demand-responsive services in the national journey "
           "planner, with online booking, by the end of 2027.",
    "B.1": "Funding for demand-responsive transport should be allocated to the Transport Coordination Units on a "
           "three-year basis instead of year by year.",
    "B.2": "A flat fare of €2 per single journey should apply on all rural demand-responsive services, in line with "
           "the fare on urban bus services.",
    "C.1": "Community car schemes run by volunteers should be exempted from small public service vehicle licensing, "
           "provided that mileage payments do not exceed the civil service rate.",
    "C.2": "Every local authority should designate a rural mobility officer to plan services with the Transport "
           "Coordination Unit and community groups.",
    "C.3": "The Department should publish an annual report on rural demand-responsive services, including the "
           "unmet demand recorded by booking centres.",
}


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for f, st, w in (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400),
                         ("BoldItalic", "italic", 700)):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS_A = """
@page { size: 210mm 297mm; margin: 20mm 22mm 22mm 22mm; }
body { font-family: 'CSans'; font-size: 10.5pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1b1b1b; margin: 0; }
p { margin: 0 0 7pt 0; }
.cover { background: #2f5d3a; color: white; padding: 14pt 16pt; margin-bottom: 12pt; }
.cover .o { font-size: 10pt; letter-spacing: 1px; } .cover .t { font-size: 19pt; font-weight: bold; line-height: 1.2; }
h2 { font-size: 13pt; color: #2f5d3a; margin: 12pt 0 5pt 0; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
.box { background: #e4efe6; border-left: 4pt solid #2f5d3a; padding: 6pt 10pt; margin: 4pt 0 9pt 0;
       page-break-inside: avoid; }
.box .l { font-weight: bold; color: #2f5d3a; margin-bottom: 2pt; }
.box p { margin: 0; }
blockquote { font-style: italic; margin: 4pt 24pt 8pt 24pt; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 9.5pt; }
td, th { border-bottom: 0.6pt solid #888; padding: 3pt 8pt; text-align: left; }
th { border-bottom: 1.2pt solid #2f5d3a; }
"""

CSS_R = """
@page { size: 210mm 297mm; margin: 18mm 20mm 22mm 20mm; }
body { font-family: 'CSerif'; font-size: 11pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #000; margin: 0; }
p { margin: 0 0 7pt 0; }
.top { font-family: 'CSans'; border-bottom: 2pt solid #0b5e55; padding-bottom: 4pt; margin-bottom: 8pt; }
.top .a { font-size: 16pt; font-weight: bold; color: #0b5e55; } .top .b { font-size: 9.5pt; color: #444; }
.subj { font-family: 'CSans'; font-weight: bold; font-size: 11.5pt; margin: 12pt 0 5pt 0; color: #0b5e55; }
.q { margin-bottom: 5pt; }
.ans { margin-left: 0; }
.spk { font-weight: bold; }
.ref { color: #333; }
"""


def page(body, css):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + css +
            "</style></head><body>" + body + "</body></html>")


def box(code):
    return "<div class='box'><p class='l'>Recommendation %s</p><p>%s</p></div>" % (code, RECS[code])


def advice():
    b = ["<div class='cover'><div class='o'>NATIONAL RURAL MOBILITY COUNCIL  |  ADVICE PAPER NO. 9  |  MARCH 2026"
         "</div><div class='t'>Advice to the Minister for Transport on Demand-Responsive Transport in Rural "
         "Areas</div></div>",
         "<h2>Foreword</h2>",
         "<p>The Council was asked by the Minister in July 2025 to advise on how demand-responsive transport can "
         "meet the needs of people in rural areas who have no car. The Programme for Government commits that rural "
         "transport 'should be a real alternative to the private car for everyday journeys'. Our advice draws on "
         "23 written submissions, four regional workshops and the booking data of the Transport Coordination "
         "Units. In brief, we think the services work well where they exist but are too thin, too uncertain in "
         "their funding and too hard to find.</p>",
         "<p style='text-align: right'><i>Dr Siobhán Keaveney, Chairperson</i></p>",
         "<h2>1. Where services stand</h2>",
         "<p>1.1 Demand-responsive services carried 1.9 million passengers in 2025, a rise of 14 per cent. Most "
         "journeys are made by older people travelling to medical appointments and shops.</p>",
         "<table><tr><th>Region</th><th>Passengers 2025</th><th>Settlements with no weekday service</th></tr>"
         "<tr><td>Border and West</td><td>612,000</td><td>141</td></tr>"
         "<tr><td>Midlands</td><td>395,000</td><td>88</td></tr>"
         "<tr><td>South and South-East</td><td>894,000</td><td>102</td></tr></table>",
         "<p>1.2 Under the Dublin Transport Authority Act 2008 the National Transport Authority must secure the "
         "provision of public passenger transport services that it considers necessary. Rural demand-responsive "
         "services are procured by the Authority and run by the Transport Coordination Units.</p>",
         "<h2>2. Access and information</h2>",
         "<p>2.1 Submissions from older people's groups told us that services should run on Sundays and that "
         "booking should be possible by telephone as well as online. Both points are already met in most "
         "areas.</p>",
         "<p>2.2 Service levels differ widely. Some villages have a service every weekday; others of the same "
         "size have one a week.</p>",
         box("A.1"),
         "<p>2.3 Many people do not know that a service exists, because the services do not appear in the journey "
         "planner used for scheduled buses.</p>",
         box("A.2"),
         "<h2>3. Funding and fares</h2>",
         "<p>3.1 Transport Coordination Units receive their allocation each January, and several told us they "
         "cannot sign contracts with operators for more than a year at a time.</p>",
         box("B.1"),
         "<p>3.2 Fares on rural services range from €3 to €7 for a single journey, while a single fare on urban "
         "bus services is €2.</p>",
         box("B.2"),
         "<p>3.3 The Council considered whether school transport should be merged with demand-responsive "
         "services. The Council does not recommend that step at this stage, given the different legal basis of the "
         "school transport scheme.</p>",
         "<h2>4. Community and local delivery</h2>",
         "<p>4.1 Volunteer car schemes fill gaps that no bus can fill, but drivers fear that accepting a mileage "
         "payment turns them into unlicensed taxi operators.</p>",
         box("C.1"),
         "<p>4.2 No one in most local authorities is responsible for rural transport.</p>",
         box("C.2"),
         "<p>4.3 Finally, no public figures are published on journeys that could not be provided.</p>",
         box("C.3"),
         "<p style='margin-top: 10pt'>National Rural Mobility Council, 3 Harcourt Terrace, Dublin 2</p>"]
    return page("".join(b), CSS_A)


def q(nums, deputy, text, ref):
    return ("<p class='q'><b>%s.</b> <span class='spk'>%s</span> asked the Minister for Transport %s "
            "<span class='ref'>[%s]</span></p>" % (nums, deputy, text, ref))


def ans(minister, paras):
    return ("<p class='ans'><span class='spk'>%s:</span> %s</p>" % (minister, paras[0]) +
            "".join("<p class='ans'>%s</p>" % p for p in paras[1:]))


MS = "Minister of State at the Department of Transport (Deputy Colm Tierney)"
MN = "Minister for Transport (Deputy Gráinne Mulcahy)"


def response():
    b = ["<div class='top'><div class='a'>Dáil Éireann debate</div><div class='b'>Thursday, 14 May 2026  |  "
         "Written Answers Nos. 298-311 (extract)  |  Vol. 1084 No. 6</div></div>",
         "<p><i>The following are questions tabled by Members for written response and the ministerial responses "
         "as received on the day from the Departments [unrevised].</i></p>",
         "<p class='subj'>Regional and Local Roads</p>",
         q("298", "Deputy Niall Brosnan", "the allocation for the resurfacing of regional roads in County Leitrim "
               "in 2026; and if he will make a statement on the matter.", "21874/26"),
         ans(MN, ["The improvement and maintenance of regional and local roads is the statutory responsibility of "
                  "each local authority. Leitrim County Council received €14.6 million in road grants for 2026, an "
                  "increase of 6 per cent on 2025."]),
         "<p class='subj'>Rural Transport Provision</p>",
         q("299", "Deputy Aoife Brennan", "if he will provide multi-annual funding for Local Link services as "
               "proposed by the National Rural Mobility Council; and if he will make a statement on the matter.",
           "21902/26"),
         q("300", "Deputy Martin Ó Dubhghaill", "whether the €2 fare will be extended to rural demand-responsive "
               "services.", "21977/26"),
         ans(MS, ["I propose to take Questions Nos. 299 and 300 together.",
                  "From 2027 the Transport Coordination Units will receive indicative three-year allocations, so "
                  "that they can contract with operators for longer periods. The Department agreed this change "
                  "with the National Transport Authority in April.",
                  "There are no plans at present to extend the €2 fare to rural demand-responsive services. Fares "
                  "are a matter for the Authority, and the cost of a flat fare, estimated at €11 million a year, "
                  "cannot be met within the current allocation."]),
         "<p class='subj'>Community Transport</p>",
         q("301", "Deputy Aoife Brennan", "if volunteer drivers in community car schemes will be exempted from "
               "licensing requirements; and if he will make a statement on the matter.", "21903/26"),
         ans(MS, ["The licensing of small public service vehicles is a statutory function of the National "
                  "Transport Authority, which is independent in the performance of that function. I have "
                  "forwarded the Council's advice on community car schemes to the Authority for its "
                  "consideration."]),
         "<p class='subj'>Rural Transport Services</p>",
         q("302", "Deputy Pádraig Loughnane", "the steps he will take to ensure that every village has a regular "
               "bus service.", "22011/26"),
         ans(MN, ["The Government is committed to improving rural connectivity. The Department will adopt a "
                  "minimum service standard of a return journey to the county town on three days a week for "
                  "settlements of more than 150 people, to be met by the end of 2028; a five-day standard would "
                  "cost more than three times as much and will be kept under review."]),
         q("303", "Deputy Pádraig Loughnane", "if he will publish data on requests for rural transport that "
               "could not be met.", "22012/26"),
         ans(MS, ["Yes. The Department will publish a report each year on demand-responsive services, starting "
                  "with 2026, and it will include requests that booking centres were unable to fulfil."]),
         "<p class='subj'>Public Transport Information</p>",
         q("305", "Deputy Ciara Whelan", "when Local Link services will be included in the national journey "
               "planner.", "22145/26"),
         ans(MS, ["The National Transport Authority has confirmed that all demand-responsive services will be "
                  "shown in the journey planner, with online booking, by December 2027."]),
         "<p class='subj'>Taxi Licences</p>",
         q("311", "Deputy Ciara Whelan", "the number of small public service vehicle licences in County Clare at "
               "the end of April 2026.", "22151/26"),
         ans(MS, ["The Authority informs me that 412 small public service vehicle licences were active in County "
                  "Clare on 30 April 2026. The Authority will write directly to the Deputy with a breakdown by "
                  "vehicle type."])]
    return page("".join(b), CSS_R)


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=9)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n} of {N}",
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=9)
    sw = lambda k, n=12: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "A.1", "starts_with": sw("A.1"),
         "reply_contains": "return journey to the county town on three days a week", "verdict": "partly"},
        {"number": "A.2", "starts_with": sw("A.2"),
         "reply_contains": "all demand-responsive services will be shown in the journey planner",
         "verdict": "agrees"},
        {"number": "B.1", "starts_with": sw("B.1"),
         "reply_contains": "will receive indicative three-year allocations", "verdict": "agrees"},
        {"number": "B.2", "starts_with": sw("B.2"),
         "reply_contains": "There are no plans at present to extend the €2 fare", "verdict": "disagrees"},
        {"number": "C.1", "starts_with": sw("C.1"),
         "reply_contains": "forwarded the Council's advice on community car schemes to the Authority",
         "verdict": "noted"},
        {"number": "C.2", "starts_with": sw("C.2"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "C.3", "starts_with": sw("C.3"),
         "reply_contains": "The Department will publish a report each year", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "questions tabled by Members for written response",
        "Leitrim County Council received €14.6 million in road grants",
        "412 small public service vehicle licences were active in County Clare",
    ], "Advice: an Irish advisory council's advice paper to a Minister (green cover band, foreword, chapters 1-4 "
       "with section numbers 1.1-4.3, page numbers). The seven recommendations stand in shaded boxes headed "
       "'Recommendation A.1' ... 'C.3' (theme letter and number), each one 'should' sentence; the numbers are the "
       "codes. Traps: the Programme for Government quoted ('should be a real alternative to the private car'); the "
       "foreword's summary ('In brief, we think ...'); the Act ('the National Transport Authority must secure'); a "
       "table of passengers; older people's 'services should run on Sundays and ... booking should be possible "
       "by telephone' (already met); 3.3 'The Council considered whether school transport should be merged ... "
       "does not recommend that step'. Response: an extract of Dáil Éireann Written Answers (14 May 2026), subject "
       "headings, numbered questions by Deputies with reference numbers in brackets, ministers' answers; the "
       "questions paraphrase recommendations but never quote their codes. Order: Questions 299 and 300 'taken "
       "together' = ONE answer: indicative three-year allocations (B.1 agrees) + 'There are no plans at present "
       "to extend the €2 fare' (B.2 disagrees); 301 licensing is the Authority's function, advice 'forwarded ... "
       "for its consideration' (C.1 noted); 302 three days a week instead of five (A.1 partly); 303 'Yes. The "
       "Department will publish a report each year' (C.3 agrees); 305 journey planner by December 2027 (A.2 "
       "agrees); C.2 (rural mobility officers) is not answered. Unmatched: the record's rubric, Question 298 on "
       "regional roads, Question 311 on taxi licences in Clare.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
