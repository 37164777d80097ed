"""Round 62 (EN): an Irish children's ombudsman's SYSTEMIC INVESTIGATION REPORT (genre of the Ombudsman for
Children's Office investigation reports under the Ombudsman for Children Act 2002) answered by DAIL WRITTEN
ANSWERS (genre of the Houses of the Oireachtas 'Written answers' pages: parliamentary questions to the Minister
and his replies, 'I propose to take Questions Nos. ... together', 'Question No. ... answered with Question No.').
Advice: Office of the Ombudsman for Young People, 'Nowhere to Call Home: An investigation into the use of special
emergency arrangements for children in care', coloured title band, the Ombudsman's foreword, an 'At a glance'
box, chapters 'About this investigation', 'What we found' (bold 'Finding N' paragraphs, a table of arrangements
by year), the seven recommendations ONLY in the right-hand column of a ruled two-column table 'Our findings |
Our recommendations' in chapter 3, numbered 1.-7. (one finding row with two recommendations, one row with 'No
recommendation'), then 'What happens next'.
Response: 'Written answers' for one sitting day, questions 212-219 to the Minister for Children and Youth in
another order, one answer taking two questions together and answering two recommendations with different
verdicts, questions and answers on unrelated business (childcare fees, consultancy spending), one recommendation
never raised.
Traps: the foreword's paraphrase ('we are asking the Agency to stop ...'), the 'At a glance' box, article 3 of the
UNCRC quoted ('shall be a primary consideration'), the 1995 placement regulations ('shall not place'), the Chief
Inspector's 2019 recommendation quoted ('The Agency should cease ...'), bold Findings with 'should have', the
Agency's comment on the draft, 'We considered recommending ... but have decided not to', the statutory follow-up
('must inform', special report to the Houses of the Oireachtas). Chromium headless --print-to-pdf, A4, cleaned
Liberation Sans via @font-face, ligatures off; footers stamped with PyMuPDF. All content is invented (the Office,
the Agency, the Minister, Deputies, figures); the Ombudsman for Children Act 2002, the UNCRC and the Child Care
(Placement of Children in Residential Care) Regulations 1995 are real but what is said about them is not to be
relied on.

Run:  /tmp/blind62en/bin/python tests/docs/src/blind62/gen_en_oco_pq_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b62en as H

NAME = "blind62_en_oco_pq"
TMP = "/tmp/blind62en_oco_pq"

RECS = [
    "The Agency should end the use of special emergency arrangements for children under 16 years of age by "
    "31 December 2027.",
    "The Agency should ensure that every child in a special emergency arrangement is visited in person by "
    "their allocated social worker at least once a week.",
    "The Agency should notify the Chief Inspector of Social Services of every new special emergency "
    "arrangement within 72 hours.",
    "The Minister should bring forward legislation to make special emergency arrangements subject to "
    "registration and inspection in the same way as children's residential centres.",
    "The Department should provide funding for at least 40 additional places in children's residential "
    "centres in 2027.",
    "The Agency should publish quarterly data on the number of children in special emergency arrangements, "
    "their ages and the length of their placements.",
    "The Agency should give every child placed in a special emergency arrangement a written explanation, "
    "suited to their age, of why they are there and how to make a complaint.",
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
body { font-family: 'CSans'; font-size: 10pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1d1d1d; }
p { margin: 0 0 6pt 0; }
.band { background: #5b2a86; color: #fff; padding: 14pt 16pt 12pt 16pt; margin-bottom: 12pt; }
.band .org { font-size: 9pt; letter-spacing: 0.8pt; }
.band h1 { font-size: 22pt; margin: 8pt 0 3pt 0; line-height: 1.1; }
.band .sub { font-size: 11pt; }
h2 { font-size: 14pt; color: #5b2a86; margin: 14pt 0 6pt 0; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
.fw { font-style: italic; }
.glance { border: 1pt solid #5b2a86; background: #f1eaf7; padding: 6pt 10pt; margin: 6pt 0 10pt 0; }
.glance .t { font-weight: 700; color: #5b2a86; margin-bottom: 3pt; }
.glance ul { margin: 0 0 0 0; padding-left: 14pt; }
table.data { border-collapse: collapse; font-size: 9pt; margin: 4pt 0 8pt 0; }
table.data td, table.data th { border-bottom: 0.6pt solid #9a86b0; padding: 2pt 10pt; text-align: left; }
table.data th { background: #5b2a86; color: #fff; }
table.fr { border-collapse: collapse; width: 100%; font-size: 9.6pt; margin: 4pt 0 8pt 0; }
table.fr td, table.fr th { border: 0.6pt solid #7d6a92; padding: 4pt 6pt; vertical-align: top; text-align: left; }
table.fr th { background: #5b2a86; color: #fff; }
table.fr td.f { width: 48%; background: #f7f3fb; }
.rn { display: flex; margin-bottom: 4pt; }
.rn .n { width: 6mm; flex: none; font-weight: 700; }
.rn .t { flex: 1; }
.quote { margin: 2pt 10mm 8pt 10mm; font-style: italic; }
.sig { margin-top: 8pt; }
/* Written answers page */
.wa { font-size: 10pt; line-height: 1.45; }
.wa .top { border-bottom: 2pt solid #006a4e; padding-bottom: 4pt; margin-bottom: 8pt; }
.wa .house { font-size: 9pt; color: #006a4e; letter-spacing: 0.6pt; }
.wa .day { font-size: 17pt; font-weight: 700; margin: 2pt 0; }
.wa .sect { font-size: 9pt; color: #444; }
.wa h3 { font-size: 11.5pt; color: #006a4e; margin: 12pt 0 4pt 0; border-bottom: 0.5pt solid #bbb;
         padding-bottom: 2pt; }
.wa .q { margin-bottom: 5pt; }
.wa .ref { color: #555; }
.wa .who { font-weight: 700; }
.wa .note { font-style: italic; color: #333; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>" % NAME + fontface() + CSS
            + "</style></head><body>" + body + "</body></html>")


def recs(*ks):
    return "".join("<div class='rn'><div class='n'>%d.</div><div class='t'>%s</div></div>" % (k, RECS[k - 1])
                   for k in ks)


def advice():
    b = ["<div class='band'><div class='org'>OFFICE OF THE OMBUDSMAN FOR YOUNG PEOPLE  |  INVESTIGATION REPORT"
         "</div><h1>Nowhere to Call Home</h1><div class='sub'>An investigation into the use of special emergency "
         "arrangements for children in care by the Child and Family Services Agency<br>September 2026</div></div>",
         "<h2>Ombudsman's foreword</h2>",
         "<p class='fw'>Over the last three years my Office has received more complaints about special emergency "
         "arrangements than about any other aspect of the care system. Children as young as eleven told us about "
         "nights in hotel rooms, a different agency worker every shift, and not knowing where they would sleep the "
         "following week. In this report we are asking the Agency to stop placing younger children in these "
         "arrangements, to make sure every child is seen and heard while they are there, and to be open about how "
         "many children are affected. I am grateful to the children and families who spoke to us.</p>",
         "<p class='fw'>Dr Aoife Brennock, Ombudsman for Young People</p>",
         "<div class='glance'><div class='t'>At a glance</div><ul>"
         "<li>312 children were placed in a special emergency arrangement in 2025, up from 94 in 2022.</li>"
         "<li>One in four of them was under 15.</li>"
         "<li>The longest placement we examined lasted 41 weeks.</li>"
         "<li>We make seven recommendations to the Agency, the Department and the Minister.</li></ul></div>",
         "<h2>1. About this investigation</h2>",
         "<p>A special emergency arrangement is a placement of a child in care in accommodation that is not a "
         "registered children's residential centre or a foster home, usually a hotel, holiday let or rented house, "
         "staffed by workers from a private agency. We began this investigation on our own initiative in "
         "October 2025, under section 9 of the Ombudsman for Children Act 2002, after receiving 46 complaints.</p>",
         "<p>We examined the files of 38 children, interviewed 21 children and young people, and met social "
         "workers, managers and staff of three private providers. The Agency and the Department had the "
         "opportunity to comment on a draft of this report.</p>",
         "<h3>The legal and policy framework</h3>",
         "<p>Article 3 of the UN Convention on the Rights of the Child provides that in all actions concerning "
         "children the best interests of the child \"shall be a primary consideration\". Under the Child Care "
         "(Placement of Children in Residential Care) Regulations 1995, the Agency shall not place a child in a "
         "residential centre that is not registered, other than in an emergency.</p>",
         "<p>In 2019 the Chief Inspector of Social Services reported on unregistered placements and recommended "
         "that:</p>",
         "<p class='quote'>\"The Agency should cease the use of unregistered placements for children under 13 as a "
         "matter of priority.\"</p>",
         "<p>The Agency accepted that recommendation, but the number of such placements has since tripled.</p>",
         "<h2>2. What we found</h2>",
         "<table class='data'><tr><th>Year</th><th>Children placed</th><th>Under 15</th>"
         "<th>Median length (weeks)</th></tr>"
         "<tr><td>2022</td><td>94</td><td>17</td><td>5</td></tr>"
         "<tr><td>2023</td><td>151</td><td>33</td><td>7</td></tr>"
         "<tr><td>2024</td><td>246</td><td>58</td><td>9</td></tr>"
         "<tr><td>2025</td><td>312</td><td>79</td><td>11</td></tr></table>",
         "<p><b>Finding 1. Children as young as eleven were placed in hotels for months at a time.</b> The Agency "
         "should have treated these placements as a last resort; in 14 of the 38 files there was no record that "
         "any other placement had been sought after the first week.</p>",
         "<p><b>Finding 2. Social work contact was irregular.</b> Nine children had not seen their social "
         "worker for more than a month. One boy told us: \"They should at least come and see where we are "
         "living.\"</p>",
         "<p><b>Finding 3. Nobody outside the Agency knew how many children were affected.</b> The Chief "
         "Inspector is not told when an arrangement begins, and the Agency publishes no figures.</p>",
         "<p><b>Finding 4. Staff were not always vetted before starting work.</b> In three cases agency staff "
         "began shifts before their vetting was complete. The Agency has since introduced a pre-start check, "
         "which we examined and consider adequate.</p>",
         "<p><b>Finding 5. Children did not understand why they were there.</b> Most children we met did not "
         "know how long they would stay or that they could complain to the Agency or to us.</p>",
         "<p>In its comments on our draft, the Agency said that it should not be criticised for using "
         "arrangements that were the only alternative to a child having nowhere to stay, and that the shortage "
         "of residential places is outside its control. We have taken these comments into account.</p>",
         "<h2>3. Our findings and recommendations</h2>",
         "<p>The table below sets out what we found and what we recommend. We considered recommending that the "
         "use of special emergency arrangements be ended for all children, but have decided not to do so until "
         "the supply of residential places improves.</p>",
         "<table class='fr'><tr><th>Our findings</th><th>Our recommendations</th></tr>"
         "<tr><td class='f'>Children as young as eleven were placed in hotels for months at a time, and "
         "residential capacity has not kept pace with demand.</td><td>" + recs(1, 5) + "</td></tr>"
         "<tr><td class='f'>Social work contact was irregular.</td><td>" + recs(2) + "</td></tr>"
         "<tr><td class='f'>Nobody outside the Agency knew how many children were affected.</td><td>" +
         recs(3, 4, 6) + "</td></tr>"
         "<tr><td class='f'>Staff were not always vetted before starting work.</td><td>No recommendation. The "
         "Agency has already put a pre-start vetting check in place.</td></tr>"
         "<tr><td class='f'>Children did not understand why they were there.</td><td>" + recs(7) +
         "</td></tr></table>",
         "<h2>4. What happens next</h2>",
         "<p>Under section 13 of the Ombudsman for Children Act 2002, the Agency and the Department must inform us "
         "within three months of the steps they have taken or propose to take. If we consider the response "
         "unsatisfactory, the Ombudsman may make a special report to each House of the Oireachtas. We will publish "
         "an update on the implementation of our recommendations in 2027.</p>",
         "<p class='sig'>Office of the Ombudsman for Young People, Millennium House, Dublin 1</p>"]
    return page("".join(b))


def q(no, deputy, text, ref):
    return ("<p class='q'><b>%d.</b> <b>Deputy %s</b> asked the Minister for Children and Youth %s "
            "<span class='ref'>[%s]</span></p>" % (no, deputy, text, ref))


MIN = "<span class='who'>Minister for Children and Youth (Deputy Ciaran Maddock):</span> "


def response():
    b = ["<div class='wa'><div class='top'><div class='house'>HOUSES OF THE OIREACHTAS  |  DAIL EIREANN DEBATE"
         "</div><div class='day'>Tuesday, 20 October 2026</div><div class='sect'>Written Answers Nos. 212-219"
         "  |  Vol. 1104 No. 3</div></div>",
         "<h3>Child Protection</h3>",
         q(212, "Niamh Corrigan", "the steps being taken to end the placement of children under 16 in hotels and "
           "other special emergency arrangements; and if he will make a statement on the matter.", "41207/26"),
         "<p>" + MIN + "I thank the Deputy for her question. The Agency has informed me that it will end the use "
         "of special emergency arrangements for children aged under 13 by the end of 2027. It is not in a "
         "position to give the same commitment for every child under 16 by that date, given the current "
         "shortage of residential places, and its target for children aged 13 to 15 is the end of 2028. I have "
         "asked the Agency to report to me each quarter on its progress.</p>",
         "<h3>Social Workers</h3>",
         q(213, "Brian Tolan", "how often children in special emergency arrangements are visited by their social "
           "worker.", "41233/26"),
         "<p>" + MIN + "Since 1 September 2026 the Agency's national practice direction requires the allocated "
         "social worker to see every child in such an arrangement in person each week. The Agency's first "
         "audit, in October, found that 94 per cent of children had been seen in each of the previous four "
         "weeks.</p>",
         "<h3>Child and Family Services Agency</h3>",
         q(214, "Niamh Corrigan", "if he will legislate to bring special emergency arrangements within the "
           "registration and inspection regime, as recommended by the Ombudsman for Young People; and if he will "
           "make a statement on the matter.", "41208/26"),
         q(219, "Sorcha Dillane", "whether the Chief Inspector of Social Services is informed when a child is "
           "placed in a special emergency arrangement.", "41420/26"),
         "<p>" + MIN + "I propose to take Questions Nos. 214 and 219 together.</p>",
         "<p>I have considered carefully the Ombudsman's recommendation that these arrangements be made subject "
         "to registration. Registration is designed for long-term residential centres, and applying it to "
         "short-term placements would, in my view, reduce the number of emergency options available to the "
         "Agency. I will not be bringing forward legislation for this purpose.</p>",
         "<p>I have, however, asked the Agency to inform the Chief Inspector of each new arrangement, and it has "
         "done so within three days of the start of every placement since 5 October 2026.</p>",
         "<h3>Childcare Services</h3>",
         q(215, "Padraig Hennessy", "the number of providers that have increased their fees since joining the "
           "Core Funding scheme.", "41301/26"),
         "<p>" + MIN + "Under the Core Funding scheme, providers agree to a fee management system. Of the 4,102 "
         "participating services, 211 applied to increase their fees in the current programme year, and 187 "
         "of those applications were approved.</p>",
         "<h3>Residential Care</h3>",
         q(216, "Brian Tolan", "if his Department will fund additional places in children's residential centres "
           "in 2027.", "41234/26"),
         "<p>" + MIN + "I have noted the Ombudsman's recommendation on residential capacity. The allocation for "
         "additional places in 2027 will be considered in the context of the Estimates process, and I will "
         "update the House when that process has concluded.</p>",
         "<h3>Child and Family Services Agency Data</h3>",
         q(217, "Sorcha Dillane", "if the number of children in special emergency arrangements will be published.",
           "41419/26"),
         "<p>" + MIN + "Yes. From January 2027 the Agency will publish, every quarter, the number of children in "
         "these arrangements, broken down by age group and by length of stay, as part of its performance "
         "report.</p>",
         "<h3>Departmental Expenditure</h3>",
         q(218, "Gerard Fallon", "the amount spent by his Department on external consultants in 2025 and to "
           "date in 2026.", "41388/26"),
         "<p>" + MIN + "My Department spent 1.26 million euros on external consultancy in 2025 and 0.74 million "
         "euros to date in 2026. A breakdown by contract will be forwarded to the Deputy.</p>",
         "<p class='note'>Question No. 219 answered with Question No. 214.</p></div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Nowhere to Call Home  |  Ombudsman for Young People  |  {n}",
            size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Written answers, 20 October 2026  |  {n}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "It is not in a position to give the same commitment", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "national practice direction requires the allocated social worker", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "asked the Agency to inform the Chief Inspector", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "I will not be bringing forward legislation", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "will be considered in the context of the Estimates process", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "From January 2027 the Agency will publish, every quarter", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "the number of providers that have increased their fees",
        "211 applied to increase their fees",
        "spent 1.26 million euros on external consultancy",
        "Question No. 219 answered with Question No. 214",
    ], "Advice: Irish children's ombudsman systemic investigation report (Ombudsman for Children's Office genre). "
       "The seven recommendations, numbered 1.-7., stand ONLY in the right-hand column of the ruled two-column "
       "table 'Our findings | Our recommendations' in chapter 3, grouped by finding and so NOT in number order on "
       "the page (1 and 5 in the first row; 2; 3, 4 and 6 in one cell; a row 'No recommendation.'; 7). Each "
       "opens 'The Agency should ...' except 4 ('The Minister should ...') and 5 ('The Department should ...'). "
       "Traps: the foreword's paraphrase ('we are asking the Agency to stop placing younger children ...'), the "
       "'At a glance' box ('We make seven recommendations'), UNCRC article 3 ('shall be a primary "
       "consideration'), the 1995 Regulations ('the Agency shall not place'), the Chief Inspector's 2019 "
       "recommendation quoted ('The Agency should cease the use of unregistered placements ...'), the year "
       "table, bold 'Finding N.' paragraphs ('should have treated these placements as a last resort', a child's "
       "'They should at least come'), the Agency's comment on the draft ('should not be criticised'), 'We "
       "considered recommending ... but have decided not to do so', section 13 ('must inform us within three "
       "months', special report to each House). Response: Dail written answers for one day, questions 212-219 "
       "(each 'Deputy X asked the Minister ...' with a reference number, the Minister's reply after his name), "
       "never a recommendation number, in the order 1, 2, 4+3, [215 childcare fees], 5, 6, [218 consultancy]: 1 "
       "under-13s by end 2027, 'not in a position to give the same commitment' for all under-16s (partly); 2 "
       "weekly visits required since 1 September (agrees); Questions 214 and 219 taken together: 4 'I will not "
       "be bringing forward legislation' (disagrees) + 3 'asked the Agency to inform the Chief Inspector' within "
       "three days (agrees); 5 'noted ... will be considered in the context of the Estimates process' (noted); 6 "
       "quarterly publication from January 2027 (agrees); 7 (written explanation for each child) unanswered. "
       "Unmatched: question and answer 215 (Core Funding fees), answer 218 (consultancy spending), the closing "
       "'Question No. 219 answered with Question No. 214' line.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
