"""Round 69 (EN): an OECD WORKING GROUP ON BRIBERY PHASE 4 REPORT (genre of the peer-review reports on a Party's
implementation of the Anti-Bribery Convention: numbered body paragraphs, an enforcement table, the Convention
and earlier phases quoted, and a closing chapter 'Conclusions' with 'Part I: Recommendations of the Working
Group', numbered 1.-5. under topic headings, each 'Regarding ..., the Working Group recommends that New
Zealand:' with lettered sub-items (a), (b) or one run-on sentence, each ending in a bracketed source '[2021
Recommendation XXI]', then 'Part II: Follow-up by the Working Group' with lettered issues that are NOT
recommendations) and the PARTY'S TWO-YEAR WRITTEN FOLLOW-UP REPORT in the Working Group's questionnaire form
(for each recommendation a ruled box 'Text of recommendation N:' / 'Action taken as of the date of the
follow-up report to implement this recommendation:' / 'If no action has been taken ...'), here grouped by the
agency responsible, not in the report's order.
Advice: OECD Working Group on Bribery, 'Implementing the OECD Anti-Bribery Convention. Phase 4 Report: New
Zealand' (extract: executive summary, paragraphs 1-9, conclusions), adopted 11 June 2026, A4, 3 p.: an
executive summary paraphrase ('The Working Group recommends that New Zealand strengthen ...'), Table 1 of
enforcement actions, Article 2 of the Convention quoted ('Each Party shall take such measures'), a Phase 3
recommendation quoted ('take appropriate steps'), the 2021 Recommendation ('Member countries should'), a
Part II of lettered follow-up issues, and the invitation to report in writing in two years.
Response: New Zealand, 'Phase 4 Two-Year Written Follow-Up Report', submitted by the Ministry of Justice, 14 May
2028, 3 p.: the template's instructions and a country details table; Part I grouped by agency: A. Ministry of
Justice (ONE box 'Recommendations 3(a) and 3(b)' quoting both and answering both, two verdicts; recommendation
5), B. Serious Fraud Office (2, 1(a)), C. NZTE and the Export Credit Office (1(b)); recommendation 4 (Inland
Revenue) is in no box; Part II (follow-up issues) and 'Other developments' answer no recommendation.
Chromium headless --print-to-pdf, cleaned Liberation Sans / Serif via @font-face, ligatures off, a fresh
--user-data-dir and no background services; footers stamped with PyMuPDF. The OECD, its Working Group on
Bribery, the Anti-Bribery Convention, the 2021 Anti-Bribery Recommendation, the phases of evaluation and the
New Zealand agencies and Acts named are real; the findings, the figures, the cases, the follow-up answers, the
2027 Act and the people are invented, and nothing here is to be relied on as the Working Group's or New
Zealand's view.

Run:  /tmp/blind69en/bin/python tests/docs/src/blind69/gen_en_wgb_followup_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b69en as H

NAME = "blind69_en_wgb_followup"
TMP = "/tmp/blind69en_wgb_followup"

RECS = {
    "1(a)": "raise awareness of the Protected Disclosures (Protection of Whistleblowers) Act 2022 among employees "
            "of companies active in foreign markets, including through the Serious Fraud Office's website "
            "[2021 Recommendation XXI]; and",
    "1(b)": "require New Zealand Trade and Enterprise and the Export Credit Office to report credible allegations "
            "of foreign bribery to the law enforcement authorities without delay [2021 Recommendation XXIII].",
    "2": "Regarding resources, the Working Group recommends that New Zealand ensure that the Serious Fraud Office "
         "has the resources to investigate foreign bribery allegations proactively, including a dedicated team "
         "of investigators and forensic accountants [Convention Article 5; 2021 Recommendation XVI].",
    "3(a)": "increase the maximum fine available against companies for foreign bribery, so that sanctions are "
            "effective, proportionate and dissuasive [Convention Article 3]; and",
    "3(b)": "introduce a framework for resolving foreign bribery cases against companies without a trial, with "
            "published guidance on the criteria for its use and the disclosure of its terms [2021 "
            "Recommendation XVII].",
    "4": "Regarding tax, the Working Group recommends that New Zealand train Inland Revenue auditors to detect "
         "bribes disguised as legitimate expenses, and share information on suspected bribes with the Serious "
         "Fraud Office [2009 Tax Recommendation].",
    "5": "Regarding the liability of legal persons, the Working Group recommends that New Zealand amend its "
         "legislation so that a company can be held liable for foreign bribery committed by any senior manager "
         "or by an intermediary acting on its behalf [Convention Article 2; 2021 Recommendation, Annex I].",
}


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 17mm 20mm 20mm 20mm; }
* { box-sizing: border-box; }
body { font-family: 'CSerif'; font-size: 10.4pt; line-height: 1.36; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #111; margin: 0; }
p { margin: 0 0 6pt 0; text-align: justify; }
.band { background: #1b3a6b; color: #fff; font-family: 'CSans'; padding: 8pt 12pt; margin-bottom: 12pt; }
.band .o { font-size: 8.8pt; font-weight: 700; letter-spacing: 0.6pt; }
.band .t { font-size: 9pt; margin-top: 3pt; }
h1 { font-family: 'CSans'; font-size: 18pt; color: #1b3a6b; margin: 0 0 4pt 0; }
.sub { font-family: 'CSans'; font-size: 9pt; color: #444; margin-bottom: 10pt; }
h2 { font-family: 'CSans'; font-size: 11.5pt; color: #1b3a6b; margin: 12pt 0 5pt 0; text-transform: uppercase;
     break-after: avoid; }
h3 { font-family: 'CSans'; font-size: 10pt; margin: 8pt 0 4pt 0; break-after: avoid; }
h4 { font-family: 'CSerif'; font-size: 10.4pt; font-style: italic; font-weight: 400; margin: 7pt 0 3pt 0;
     break-after: avoid; }
.np { display: flex; }
.np .n { flex: 0 0 9mm; }
.np .x { flex: 1; }
.sub-i { display: flex; margin-left: 9mm; }
.sub-i .n { flex: 0 0 8mm; }
.sub-i .x { flex: 1; }
table.d { border-collapse: collapse; width: 100%; font-family: 'CSans'; font-size: 8.6pt; margin: 2pt 0 9pt 0;
          break-inside: avoid; }
table.d th { border-top: 1pt solid #1b3a6b; border-bottom: 0.6pt solid #1b3a6b; text-align: left;
             padding: 2pt 5pt; }
table.d td { border-bottom: 0.4pt solid #bbb; padding: 2pt 5pt; }
.cap { font-family: 'CSans'; font-size: 8.6pt; font-weight: 700; margin-top: 4pt; }
.src { font-family: 'CSans'; font-size: 7.6pt; color: #555; margin-top: -6pt; }
/* response */
.form { font-family: 'CSans'; font-size: 9.4pt; }
.form p { text-align: left; }
.form h1 { font-size: 14pt; text-align: center; }
.form .c { text-align: center; font-size: 9pt; margin-bottom: 10pt; }
.instr { border: 0.6pt solid #888; background: #f3f3f3; padding: 5pt 8pt; font-size: 8.4pt; margin-bottom: 8pt; }
table.box { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }
table.box td { border: 0.6pt solid #555; padding: 4pt 6pt; vertical-align: top; font-size: 9.2pt; }
table.box td.l { background: #e4e9f1; font-weight: 700; }
table.box td.q { font-family: 'CSerif'; font-size: 9.8pt; }
.form h2 { font-size: 11pt; text-transform: none; }
.form h3 { font-size: 10pt; color: #1b3a6b; border-bottom: 0.6pt solid #1b3a6b; padding-bottom: 1pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def np(n, t):
    return "<div class='np'><div class='n'>%s.</div><div class='x'><p>%s</p></div></div>" % (n, t)


def si(letter, t):
    return "<div class='sub-i'><div class='n'>(%s)</div><div class='x'><p>%s</p></div></div>" % (letter, t)


def advice():
    b = ["<div class='band'><div class='o'>OECD  |  WORKING GROUP ON BRIBERY IN INTERNATIONAL BUSINESS "
         "TRANSACTIONS</div><div class='t'>Implementing the OECD Anti-Bribery Convention</div></div>",
         "<h1>Phase 4 Report: New Zealand</h1>",
         "<div class='sub'>Adopted by the Working Group on Bribery on 11 June 2026  |  Extract: executive "
         "summary, introduction and conclusions</div>",
         "<h2>Executive summary</h2>",
         "<p>This Phase 4 report by the OECD Working Group on Bribery evaluates New Zealand's implementation of "
         "the Convention on Combating Bribery of Foreign Public Officials in International Business "
         "Transactions and the 2021 Anti-Bribery Recommendation. It focuses on detection, enforcement and the "
         "liability of legal persons, and on the progress made since Phase 3 in 2013.</p>",
         "<p>New Zealand has concluded one foreign bribery case since Phase 3, against a natural person. No "
         "company has been sanctioned. The Working Group recommends that New Zealand strengthen detection "
         "through whistleblowing and public agencies, give the Serious Fraud Office the means to act "
         "proactively, raise its sanctions and extend the liability of companies. The report also notes "
         "positive achievements, including the Protected Disclosures (Protection of Whistleblowers) Act "
         "2022.</p>",
         "<h2>A. Introduction</h2>",
         np(1, "The on-site visit took place in Wellington and Auckland from 2 to 6 February 2026. The "
               "evaluation team was composed of lead examiners from Ireland and Chile and members of the OECD "
               "Secretariat. It met representatives of 14 public bodies, 11 companies, the legal profession "
               "and civil society."),
         np(2, "New Zealand's economy is small and open. Its exports of goods and services were worth NZD 98 "
               "billion in 2025, of which about a fifth went to countries at higher risk of corruption."),
         np(3, "Table 1 shows the foreign bribery enforcement actions known to the Working Group since Phase 3."),
         "<div class='cap'>Table 1. Foreign bribery enforcement actions, New Zealand, 2013-2025</div>"
         "<table class='d'><tr><th>Stage</th><th>Natural persons</th><th>Legal persons</th></tr>"
         "<tr><td>Allegations assessed by the Serious Fraud Office</td><td>17</td><td>9</td></tr>"
         "<tr><td>Investigations opened</td><td>5</td><td>2</td></tr>"
         "<tr><td>Prosecutions</td><td>1</td><td>0</td></tr>"
         "<tr><td>Convictions</td><td>1</td><td>0</td></tr></table>"
         "<div class='src'>Source: Serious Fraud Office, answers to the Phase 4 questionnaire.</div>",
         "<h2>B. Detection and liability</h2>",
         np(4, "Article 2 of the Convention provides: \"Each Party shall take such measures as may be necessary, "
               "in accordance with its legal principles, to establish the liability of legal persons for the "
               "bribery of a foreign public official.\" Under New Zealand law, a company is liable only where "
               "the offence is committed by a person who is its directing mind."),
         np(5, "In Phase 3 the Working Group recommended that New Zealand \"take appropriate steps to raise "
               "awareness of the foreign bribery offence among small and medium-sized enterprises\" "
               "(recommendation 4(c)). That recommendation was fully implemented in 2016."),
         np(6, "The 2021 Recommendation provides that Member countries should ensure that appropriate measures "
               "are in place to protect reporting persons from retaliation. Panellists from the private sector "
               "said that staff of companies abroad had not heard of the 2022 Act."),
         np(7, "Neither New Zealand Trade and Enterprise nor the Export Credit Office has reported a foreign "
               "bribery allegation to the law enforcement authorities since 2013, although both learned of "
               "such allegations in the course of their work."),
         np(8, "The Serious Fraud Office has no investigator dedicated to foreign bribery, and told the "
               "evaluation team that it should be able to open cases on its own initiative but seldom has the "
               "capacity to do so."),
         np(9, "The maximum fine for a company convicted of bribery of a foreign public official is the fine "
               "available for an individual. The Working Group considers this insufficient to deter a large "
               "company."),
         "<h2>Conclusions: recommendations and issues for follow-up</h2>",
         "<h3>Part I: Recommendations of the Working Group</h3>",
         "<h4>Recommendations for ensuring effective detection of foreign bribery</h4>",
         np(1, "Regarding detection through whistleblowing and by public agencies, the Working Group recommends "
               "that New Zealand:"),
         si("a", RECS["1(a)"]), si("b", RECS["1(b)"]),
         "<h4>Recommendations for ensuring effective investigation and prosecution</h4>",
         np(2, RECS["2"]),
         "<h4>Recommendations for ensuring effective sanctions</h4>",
         np(3, "Regarding sanctions, the Working Group recommends that New Zealand:"),
         si("a", RECS["3(a)"]), si("b", RECS["3(b)"]),
         np(4, RECS["4"]),
         "<h4>Recommendations for ensuring the liability of legal persons</h4>",
         np(5, RECS["5"]),
         "<h3>Part II: Follow-up by the Working Group</h3>",
         np(6, "The Working Group will follow up on the issues below, as case law and practice develop:"),
         si("a", "the application of the exception for facilitation payments in section 105C(3) of the Crimes "
                 "Act 1961;"),
         si("b", "whether the time limits for prosecuting companies are sufficient in complex cases; and"),
         si("c", "the use made of the Criminal Proceeds (Recovery) Act 2009 to confiscate the proceeds of "
                 "foreign bribery."),
         np(7, "The Working Group invites New Zealand to report orally on its progress on recommendations 3(a) "
               "and 5 within one year, and to submit a written report on the implementation of all "
               "recommendations and the follow-up issues within two years (June 2028).")]
    return page("".join(b))


def box(codes, reply, planned):
    label = ("Text of recommendation %s:" % codes[0] if len(codes) == 1 else
             "Text of recommendations %s and %s:" % tuple(codes))
    quoted = "".join("<p><b>%s</b> %s</p>" % (c, RECS[c]) for c in codes)
    return ("<table class='box'><tr><td class='l'>%s</td></tr><tr><td class='q'>%s</td></tr>"
            "<tr><td class='l'>Action taken as of the date of the follow-up report to implement this "
            "recommendation:</td></tr><tr><td>%s</td></tr>"
            "<tr><td class='l'>If no action has been taken to implement this recommendation, please specify the "
            "measures planned to be taken and the expected timetable for their implementation, or the reasons "
            "for not taking action:</td></tr><tr><td>%s</td></tr></table>") % (label, quoted, reply, planned)


def response():
    b = ["<div class='form'>",
         "<h1>PHASE 4 TWO-YEAR WRITTEN FOLLOW-UP REPORT</h1>",
         "<p class='c'>NEW ZEALAND  |  Submitted by the Ministry of Justice on behalf of the Government of New "
         "Zealand, 14 May 2028</p>",
         "<div class='instr'><p><b>Instructions.</b> This report is completed by the evaluated country two years "
         "after the adoption of its Phase 4 report. The country should describe the action taken on each "
         "recommendation and each follow-up issue, and may attach relevant texts. New Zealand has grouped its "
         "answers by the agency that leads on each recommendation, as in its Phase 4 action plan.</p></div>",
         "<table class='box'><tr><td class='l' style='width:45%'>Name of country</td><td>New Zealand</td></tr>"
         "<tr><td class='l'>Date of approval of Phase 4 report</td><td>11 June 2026</td></tr>"
         "<tr><td class='l'>Date of information</td><td>30 April 2028</td></tr>"
         "<tr><td class='l'>Contact</td><td>Ms Hana Whitcombe, Principal Adviser, Criminal Law, Ministry of "
         "Justice</td></tr></table>",
         "<h2>Part I: Recommendations for action</h2>",
         "<h3>A. Ministry of Justice</h3>",
         box(["3(a)", "3(b)"],
             "The Crimes (Foreign Bribery Penalties) Amendment Act 2027 came into force on 1 March 2028. A "
             "company convicted of bribing a foreign public official is now liable to a fine of up to NZD 10 "
             "million or three times the value of the benefit obtained, whichever is greater. On the second "
             "part, New Zealand has considered the Working Group's view but does not intend to introduce "
             "deferred prosecution agreements or any other form of non-trial resolution for companies: the "
             "Government considers that cases of this seriousness should be resolved in open court.",
             "Not applicable."),
         box(["5"],
             "A Crimes Amendment Bill has been drafted which would make a company liable for bribery committed "
             "by any of its senior managers, whether or not the manager is its directing mind. The Bill will be "
             "introduced in the second half of 2028.",
             "The Government has decided not to extend corporate liability to the acts of intermediaries, which "
             "it considers are adequately covered by the existing law on parties to offences."),
         "<h3>B. Serious Fraud Office</h3>",
         box(["2"],
             "The Serious Fraud Office has assigned two investigators to foreign bribery matters alongside their "
             "other duties since July 2026.",
             "Funding for a dedicated team will depend on the outcome of the Budget process, which is a matter "
             "for Ministers; the Office has submitted a bid that will be considered in Budget 2029."),
         box(["1(a)"],
             "The Serious Fraud Office published a page on protected disclosures about foreign bribery in "
             "September 2026, and ran a campaign with BusinessNZ and the Export Council in 2027 that reached "
             "about 600 exporting companies. New Zealand considers that this recommendation has been fully "
             "implemented.",
             "Not applicable."),
         "<h3>C. New Zealand Trade and Enterprise and the Export Credit Office</h3>",
         box(["1(b)"],
             "New Zealand Trade and Enterprise adopted a procedure in March 2027 under which its staff must report "
             "any credible allegation of foreign bribery to the Serious Fraud Office within five working days.",
             "The Export Credit Office applies the OECD Council Recommendation on Bribery and Officially "
             "Supported Export Credits and will not be made subject to a separate reporting obligation."),
         "<h2>Part II: Issues for follow-up by the Working Group</h2>",
         "<p>Follow-up issues 6(a) to 6(c): there have been no prosecutions since the Phase 4 report in which "
         "the facilitation payments exception, the time limits or the confiscation of proceeds were in "
         "issue. New Zealand will report any relevant case law to the Working Group as it arises.</p>",
         "<h2>Other developments</h2>",
         "<p>In February 2028 the Serious Fraud Office charged an Auckland engineering consultancy and two of "
         "its former directors with bribing officials in connection with a port contract in the Pacific. The "
         "case is before the High Court, and no further details can be given while it is pending.</p>",
         "</div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="PHASE 4 REPORT: NEW ZEALAND  |  OECD 2026  |  {n}",
            size=7.5)
    H.stamp(H.out(NAME + "_response.pdf"), footer="New Zealand: Phase 4 two-year written follow-up report  |  "
            "page {n} of {N}", size=7.5)
    sw = lambda k, n=12: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "1(a)", "starts_with": sw("1(a)"),
         "reply_contains": "New Zealand considers that this recommendation has been fully implemented",
         "verdict": "agrees"},
        {"number": "1(b)", "starts_with": sw("1(b)"),
         "reply_contains": "will not be made subject to a separate reporting obligation",
         "verdict": "partly"},
        {"number": "2", "starts_with": sw("2"),
         "reply_contains": "will depend on the outcome of the Budget process",
         "verdict": "noted"},
        {"number": "3(a)", "starts_with": sw("3(a)"),
         "reply_contains": "came into force on 1 March 2028",
         "verdict": "agrees"},
        {"number": "3(b)", "starts_with": sw("3(b)"),
         "reply_contains": "does not intend to introduce deferred prosecution agreements",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw("4"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": sw("5"),
         "reply_contains": "decided not to extend corporate liability to the acts of intermediaries",
         "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, [
        "New Zealand has grouped its answers by the agency that leads",
        "there have been no prosecutions since the Phase 4 report",
        "charged an Auckland engineering consultancy and two of its former directors",
    ], "Advice: an OECD Working Group on Bribery Phase 4 report (extract). The recommendations stand ONLY in "
       "'Conclusions', 'Part I: Recommendations of the Working Group', under italic topic headings: item 1 "
       "and item 3 are lead-ins 'Regarding ..., the Working Group recommends that New Zealand:' with lettered "
       "sub-items (a), (b) in lower case (1(a) ending '; and'), items 2, 4 and 5 are single sentences "
       "'Regarding ..., the Working Group recommends that New Zealand ...'; every recommendation ends in a "
       "bracketed source ('[2021 Recommendation XXI]', '[Convention Article 5; ...]'); numbers expected 1(a), "
       "1(b), 2, 3(a), 3(b), 4, 5. Traps: the executive summary's 'The Working Group recommends that New "
       "Zealand strengthen detection ...' (a paraphrase), body paragraphs numbered 1.-9. (the same numbers as "
       "the recommendations), Table 1 of enforcement actions, Article 2 of the Convention quoted ('Each Party "
       "shall take such measures'), the Phase 3 recommendation 4(c) quoted ('take appropriate steps to raise "
       "awareness'), the 2021 Recommendation ('Member countries should ensure'), 'it should be able to open "
       "cases', and Part II 'Follow-up by the Working Group': item 6 'The Working Group will follow up on the "
       "issues below' with lettered issues (a)-(c), and item 7 inviting oral and written reports. Response: "
       "New Zealand's two-year written follow-up report in the questionnaire form: instructions, a country "
       "details table, then Part I grouped by lead agency (A. Ministry of Justice, B. Serious Fraud Office, C. "
       "NZTE and the Export Credit Office), each recommendation in a ruled box 'Text of recommendation N:' "
       "(QUOTING it) / 'Action taken ...:' / 'If no action has been taken ...:' (the two labels repeat in every "
       "box); order 3(a)+3(b), 5, 2, 1(a), 1(b): ONE box 'Text of recommendations 3(a) and 3(b):' with one "
       "answer - the 2027 Act raising company fines (3(a) agrees) and 'does not intend to introduce deferred "
       "prosecution agreements' (3(b) disagrees); 5 senior managers yes, intermediaries 'decided not to "
       "extend' (partly); 2 two investigators part-time, a dedicated team 'will depend on the outcome of the "
       "Budget process', 'a matter for Ministers' (noted); 1(a) web page and campaign, 'considers that this "
       "recommendation has been fully implemented' (agrees); 1(b) NZTE procedure yes, Export Credit Office "
       "'will not be made subject to a separate reporting obligation' (partly); 4 (Inland Revenue) in no box, "
       "unanswered. Unmatched: the instructions, Part II on the follow-up issues 6(a)-(c) (not "
       "recommendations), and 'Other developments' (a new case).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
