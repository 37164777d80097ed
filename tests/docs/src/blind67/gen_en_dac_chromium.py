"""Round 67 (EN): a STATUTORY DOMESTIC ABUSE COMMISSIONER'S REPORT (genre of the reports of the commissioner
established by the Domestic Abuse Act 2021, whose recommendations are addressed to named public authorities,
each of which must publish comments within 56 days under section 15) and the GOVERNMENT'S SECTION 15 RESPONSE,
published as a GOV.UK-style HTML policy paper.
Advice: Commissioner for Domestic Abuse (England and Wales), 'Safe at Home? Victims of domestic abuse and the
homelessness system', March 2026, A4, 3 p.: a title band, a Commissioner's foreword with an 'In short'
paraphrase, a 'Summary of recommendations' panel - the ONLY place where the seven recommendations stand -
grouped by addressee with CODED labels D1-D3 (the Department), L1-L3 (local housing authorities), H1 (the Home
Office) in a label column; then the report body with case-study boxes, a table, a survivor quoted, the Housing
Act 1996 duties and section 15 paraphrased, the 2023 report's recommendation quoted, body references '(D1)'.
Response: Department for Housing and Communities and Home Office, 'Government response to the Commissioner for
Domestic Abuse's report Safe at Home?', policy paper, May 2026, 2 p.: ministerial introduction, contents list,
then sections with the recommendations QUOTED in grey inset boxes and bold 'Government response:' labels
('Accepted.', 'Accepted in part.', 'Not accepted.', 'Noted.'), in the order L2, D3+L1 (one section), H1, D1, D2;
L3 unanswered; 'Wider action' and 'Next steps' answer nothing.
Chromium headless --print-to-pdf, cleaned Liberation Sans via @font-face, ligatures off, fresh profile; footers
stamped with PyMuPDF. All names, bodies, people, places and figures are invented (the Commissioner's title, the
Department for Housing and Communities, the Migrant Victims Protection Scheme); the Domestic Abuse Act 2021 and
the Housing Act 1996 are real, but what is said about them is not to be relied on.

Run:  /tmp/blind67en/bin/python tests/docs/src/blind67/gen_en_dac_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b67en as H

NAME = "blind67_en_dac"
TMP = "/tmp/blind67en_dac"

RECS = {
    "D1": "The Department should amend the Homelessness Code of Guidance by December 2026 so that councils accept "
          "a victim's own account of abuse without asking for evidence from the police or a professional.",
    "D2": "The Department should ring-fence the funding for safe accommodation for at least three years from April "
          "2027, instead of allocating it one year at a time.",
    "D3": "The Department should publish each year the number of households owed a homelessness duty because of "
          "domestic abuse, by local authority and by the outcome of their case.",
    "L1": "Local housing authorities should appoint a named domestic abuse lead in every housing options team, "
          "with protected time for the role.",
    "L2": "Local housing authorities should offer every victim the choice of a caseworker of the same sex and an "
          "interview in a private room at the first appointment.",
    "L3": "Local housing authorities should record how far each temporary placement is from the victim's support "
          "network, and review every placement more than 20 miles away within 14 days.",
    "H1": "The Home Office should extend the Migrant Victims Protection Scheme so that victims with no recourse to "
          "public funds can receive housing support for up to 26 weeks.",
}
GROUPS = [("For the Department for Housing and Communities", ["D1", "D2", "D3"]),
          ("For local housing authorities", ["L1", "L2", "L3"]),
          ("For the Home Office", ["H1"])]


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 15mm 17mm 20mm 17mm; }
* { box-sizing: border-box; }
body { font-family: 'CSans'; font-size: 9.8pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1d1d1d; margin: 0; }
p { margin: 0 0 6pt 0; }
.band { background: #0b6e4f; color: #fff; padding: 14pt 16pt 12pt 16pt; margin-bottom: 10pt; }
.band .org { font-size: 8.5pt; font-weight: 700; letter-spacing: 0.8pt; }
.band h1 { font-size: 22pt; margin: 8pt 0 2pt 0; }
.band .sub { font-size: 11pt; }
.band .date { font-size: 8.5pt; margin-top: 8pt; }
h2 { font-size: 13pt; color: #0b6e4f; margin: 10pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; break-after: avoid; }
.fw { font-family: 'CSerif'; font-size: 10.5pt; }
.sr { border: 1.2pt solid #0b6e4f; padding: 6pt 10pt 4pt 10pt; margin: 6pt 0 10pt 0; }
.sr h2 { margin-top: 2pt; }
.sr .grp { font-weight: 700; font-size: 9.5pt; color: #0b6e4f; margin: 6pt 0 3pt 0; border-bottom: 0.6pt solid #9fc9b8; }
table.rec { border-collapse: collapse; width: 100%; margin-bottom: 2pt; }
table.rec td { vertical-align: top; padding: 2pt 4pt 4pt 0; }
table.rec td.code { width: 11mm; font-weight: 700; color: #0b6e4f; font-size: 11pt; }
.case { background: #eef5f1; border-left: 4pt solid #0b6e4f; padding: 6pt 10pt; margin: 6pt 0 8pt 0;
        font-size: 9.2pt; break-inside: avoid; }
.case b { color: #0b6e4f; }
.pq { font-family: 'CSerif'; font-style: italic; font-size: 13pt; color: #0b6e4f; margin: 8pt 20mm;
      text-align: center; }
table.d { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 3pt 0 8pt 0; break-inside: avoid; }
table.d th { background: #0b6e4f; color: #fff; text-align: left; padding: 2pt 5pt; }
table.d td { border-bottom: 0.5pt solid #b7d3c7; padding: 2pt 5pt; }
.cap { font-size: 8.4pt; font-weight: 700; margin-top: 6pt; }
/* response: GOV.UK-like */
.gv { border-top: 10pt solid #0b0c0c; padding-top: 6pt; margin-bottom: 6pt; }
.gv .brand { font-weight: 700; font-size: 12pt; }
.gv .kind { color: #505a5f; font-size: 11pt; margin-top: 10pt; }
.gv h1 { font-size: 21pt; line-height: 1.18; margin: 2pt 0 6pt 0; }
.meta { color: #505a5f; font-size: 8.8pt; border-bottom: 1pt solid #b1b4b6; padding-bottom: 6pt; margin-bottom: 8pt; }
.toc { font-size: 9.4pt; margin: 0 0 8pt 0; }
.toc ol { margin: 2pt 0 0 0; padding-left: 16pt; }
.r h2 { color: #0b0c0c; font-size: 14pt; margin-top: 12pt; }
.inset { border-left: 5pt solid #b1b4b6; padding: 3pt 0 3pt 10pt; margin: 4pt 0 6pt 0; color: #1d1d1d; }
.inset p { margin: 0 0 3pt 0; }
.gr { font-weight: 700; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def advice():
    summ = ["<div class='sr'><h2>Summary of recommendations</h2>"]
    for g, codes in GROUPS:
        summ.append("<div class='grp'>%s</div><table class='rec'>" % g)
        for c in codes:
            summ.append("<tr><td class='code'>%s</td><td>%s</td></tr>" % (c, RECS[c]))
        summ.append("</table>")
    summ.append("</div>")
    b = ["<div class='band'><div class='org'>COMMISSIONER FOR DOMESTIC ABUSE  |  ENGLAND AND WALES</div>"
         "<h1>Safe at Home?</h1><div class='sub'>Victims of domestic abuse and the homelessness system</div>"
         "<div class='date'>Report laid before Parliament  |  March 2026</div></div>",
         "<h2>Foreword from the Commissioner</h2>",
         "<div class='fw'><p>Every year, tens of thousands of people leave their homes to escape an abuser. For "
         "many of them the next door they knock on is the council's housing options service. Over the past "
         "year my office has listened to 214 victims and survivors, and to caseworkers in 31 local housing "
         "authorities. What we heard is that the help victims get depends far too much on where they live and "
         "on who they happen to see.</p>"
         "<p>In short, victims should not have to prove their abuse to get a roof over their heads, and should "
         "not be moved miles away from everything they know. I make seven recommendations, to the Department, "
         "to local housing authorities and to the Home Office.</p>"
         "<p>Ruth Okonjo-Bell, Commissioner for Domestic Abuse</p></div>",
         "".join(summ),
         "<p>Under section 15 of the Domestic Abuse Act 2021, each public authority to which a recommendation "
         "is addressed must publish comments on the report within 56 days. We will publish those comments, and "
         "track progress against each recommendation, on our website.</p>",
         "<h2>1. What the law requires</h2>",
         "<p>Since July 2021, everyone who is homeless as a result of being a victim of domestic abuse has "
         "priority need. A housing authority that has reason to believe an applicant may be homeless must "
         "secure interim accommodation for them while it makes its enquiries (Housing Act 1996, Part 7). The "
         "Homelessness Code of Guidance tells authorities how to carry out those duties.</p>",
         "<h2>2. Being believed</h2>",
         "<p>Four in ten of the victims we heard from were asked for a crime reference number, a letter from a "
         "support worker or a solicitor's letter before their application was accepted. The Code of Guidance "
         "does not require such evidence, but it does not rule it out either (D1).</p>",
         "<div class='pq'>\"They should have believed me the first time. I told my story four times before "
         "anyone wrote it down.\"</div>",
         "<div class='case'><b>Case study: Amira</b><br>Amira left her husband with her two children after "
         "a serious assault. The housing options officer, a man, interviewed her at an open counter and asked "
         "for a police report. She left without making an application, and slept at a friend's house for three "
         "weeks before a refuge worker went with her to the council (L2).</div>",
         "<h2>3. Where victims are placed</h2>",
         "<p>Temporary accommodation is scarce, and victims are often placed far from their children's schools, "
         "their work and their support networks. Caseworkers told us that placements should be close to home "
         "wherever it is safe, but that they are rarely told what has happened to a household after it moves.</p>",
         "<div class='cap'>Table 1: Households owed a homelessness duty, domestic abuse the main reason "
         "(31 authorities visited)</div>"
         "<table class='d'><tr><th>Year</th><th>Households</th><th>Placed over 20 miles away</th>"
         "<th>Still in temporary accommodation after 6 months</th></tr>"
         "<tr><td>2022/23</td><td>4,118</td><td>612</td><td>1,377</td></tr>"
         "<tr><td>2023/24</td><td>4,560</td><td>749</td><td>1,602</td></tr>"
         "<tr><td>2024/25</td><td>4,893</td><td>838</td><td>1,811</td></tr></table>",
         "<div class='case'><b>Case study: Darren</b><br>Darren, a gay man abused by his partner, was placed in a "
         "hostel 46 miles from his job. He lost the job within a month. No one from the council contacted him "
         "again until his case was closed (L3).</div>",
         "<h2>4. Funding and data</h2>",
         "<p>Councils receive safe accommodation funding one year at a time, and several told us that they "
         "could not offer specialist staff more than a twelve-month contract (D2, L1). In our 2023 mapping "
         "report we recommended that \"the Government should publish national data on domestic abuse and "
         "homelessness\". Figures are now published nationally, but not by authority or by outcome (D3).</p>",
         "<h2>5. Migrant victims</h2>",
         "<p>Victims with no recourse to public funds can currently receive help with housing for up to 12 "
         "weeks under the Migrant Victims Protection Scheme. Most of the women we met needed longer than that to "
         "resolve their immigration status (H1).</p>",
         "<p>We make no recommendation on refuge provision in this report. It will be the subject of a separate "
         "review later in 2026.</p>"]
    return page("".join(b))


def inset(code):
    return "<div class='inset'><p><b>Recommendation %s</b></p><p>%s</p></div>" % (code, RECS[code])


def response():
    b = ["<div class='gv'><div class='brand'>GOV.UK</div><div class='kind'>Policy paper</div>"
         "<h1>Government response to the Commissioner for Domestic Abuse's report 'Safe at Home?'</h1></div>",
         "<div class='meta'>From: Department for Housing and Communities and Home Office<br>"
         "Published 7 May 2026</div>",
         "<div class='toc'><b>Contents</b><ol><li>Introduction</li><li>Being heard at the first appointment</li>"
         "<li>Data and accountability</li><li>Migrant victims</li><li>Guidance and funding</li>"
         "<li>Wider action</li><li>Next steps</li></ol></div><div class='r'>",
         "<h2>1. Introduction</h2>",
         "<p>The Government is grateful to the Commissioner and to the victims and survivors who shared their "
         "experiences. This paper is published under section 15 of the Domestic Abuse Act 2021 and sets out the "
         "Government's response to each recommendation addressed to the Department for Housing and Communities "
         "and to the Home Office, together with our view on the recommendations made to local housing "
         "authorities.</p>",
         "<h2>2. Being heard at the first appointment</h2>", inset("L2"),
         "<p><span class='gr'>Government response: Accepted.</span> We agree that no victim should have to "
         "describe abuse at an open counter. The revised Code of Guidance will set the expectation that a "
         "private room and a same-sex caseworker are offered at the first appointment, and we will write to "
         "every chief executive to draw attention to the change.</p>",
         "<h2>3. Data and accountability</h2>", inset("D3"), inset("L1"),
         "<p><span class='gr'>Government response to D3: Accepted in part.</span> From 2027 the annual "
         "homelessness statistics will show the outcomes of cases where domestic abuse was the main reason, but "
         "at national and regional level only, because figures for individual authorities would in many cases "
         "be too small to publish safely.</p>",
         "<p><span class='gr'>Government response to L1: Noted.</span> How housing options teams are staffed is "
         "a decision for each council. We will share the Commissioner's findings with the Local Government "
         "Association for its members to consider.</p>",
         "<h2>4. Migrant victims</h2>", inset("H1"),
         "<p><span class='gr'>Government response: Accepted in part.</span> The Home Office will extend support "
         "under the scheme from 12 to 16 weeks from October 2026. Extending it to 26 weeks is not affordable "
         "within the current settlement, and will be considered again at the next Spending Review.</p>",
         "<h2>5. Guidance and funding</h2>", inset("D1"),
         "<p><span class='gr'>Government response: Accepted.</span> The Code of Guidance will be updated by "
         "November 2026 to say that a victim's own account must be sufficient for the authority to accept a "
         "duty, and that evidence from third parties must not be made a condition of the application.</p>",
         inset("D2"),
         "<p><span class='gr'>Government response: Not accepted.</span> Funding for safe accommodation will "
         "continue to be allocated annually through the local government finance settlement. The Government "
         "does not believe that a separate multi-year ring-fence is compatible with giving councils the "
         "flexibility to meet local needs.</p>",
         "<h2>6. Wider action</h2>",
         "<p>Alongside this response, the Government is consulting on a new duty on registered providers of "
         "social housing to adopt a domestic abuse policy, and will publish the refreshed cross-government "
         "strategy on violence against women and girls this summer.</p>",
         "<h2>7. Next steps</h2>",
         "<p>Officials will meet the Commissioner's office every six months to review progress, and the "
         "Government will report on implementation in its annual statement to Parliament on the Act.</p>",
         "</div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Commissioner for Domestic Abuse  |  Safe at Home?  |  {n}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Government response to 'Safe at Home?'  |  Page {n} of {N}",
            size=8)
    sw = lambda k, n=10: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "D1", "starts_with": sw("D1"),
         "reply_contains": "a victim's own account must be sufficient for the authority",
         "verdict": "agrees"},
        {"number": "D2", "starts_with": sw("D2"),
         "reply_contains": "Funding for safe accommodation will continue to be allocated annually",
         "verdict": "disagrees"},
        {"number": "D3", "starts_with": sw("D3"),
         "reply_contains": "at national and regional level only",
         "verdict": "partly"},
        {"number": "L1", "starts_with": sw("L1"),
         "reply_contains": "How housing options teams are staffed is a decision for each council",
         "verdict": "noted"},
        {"number": "L2", "starts_with": sw("L2"),
         "reply_contains": "no victim should have to describe abuse at an open counter",
         "verdict": "agrees"},
        {"number": "L3", "starts_with": sw("L3"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "H1", "starts_with": sw("H1"),
         "reply_contains": "extend support under the scheme from 12 to 16 weeks",
         "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, [
        "The Government is grateful to the Commissioner and to the victims",
        "consulting on a new duty on registered providers of social housing",
        "Officials will meet the Commissioner's office every six months",
    ], "Advice: a statutory domestic abuse commissioner's report (genre of the Commissioner's reports under the "
       "Domestic Abuse Act 2021, recommendations addressed to named authorities who must comment under section "
       "15). A green title band, a serif Commissioner's foreword ('In short, victims should not have to prove "
       "their abuse ... I make seven recommendations'), then a bordered 'Summary of recommendations' panel - "
       "the ONLY place where the recommendations stand in full - grouped under addressee sub-headings ('For the "
       "Department for Housing and Communities', 'For local housing authorities', 'For the Home Office') with "
       "CODED labels D1, D2, D3, L1, L2, L3, H1 in a bold left column (numbers expected as the codes). Body "
       "sections 1.-5. refer back with bracketed codes '(D1)', '(L2)', '(D2, L1)'. Traps: section 15 "
       "paraphrased ('must publish comments on the report within 56 days'), the Housing Act 1996 duties ('must "
       "secure interim accommodation'), a survivor's pull quote ('They should have believed me the first "
       "time'), two shaded case-study boxes, caseworkers' 'placements should be close to home', a data table, "
       "the 2023 mapping report's recommendation quoted ('the Government should publish national data'), 'We "
       "make no recommendation on refuge provision'. Response: a GOV.UK-style policy paper (black top rule, "
       "'Policy paper', contents list), sections 1-7 with the recommendations QUOTED in grey inset boxes "
       "('Recommendation L2' + text) and bold labels 'Government response: Accepted.' / 'Accepted in part.' / "
       "'Not accepted.' / 'Noted.', in the order L2, D3+L1, H1, D1, D2: L2 'Accepted' (agrees); ONE section 3 "
       "'Data and accountability' quoting D3 and L1, then 'Government response to D3: Accepted in part.' "
       "(national and regional level only: partly) and 'Government response to L1: Noted.' (a decision for "
       "each council, shared with the LGA: noted); H1 'Accepted in part.' (16 weeks, not 26: partly); D1 "
       "'Accepted.' (agrees); D2 'Not accepted.' (disagrees); L3 (distance of placements) unanswered. "
       "Unmatched: the introduction, '6. Wider action', '7. Next steps'. Note that the quoted recommendation "
       "texts in the response repeat the advice verbatim; the reply phrases are taken from the response's own "
       "prose.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
