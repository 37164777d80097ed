"""Round 37 (EN): a US FEDERAL ADVISORY COMMITTEE'S RECOMMENDATION LETTER to a Cabinet Secretary answered by the
Secretary's REPLY LETTER. The advice (an invented 'Rural Road Safety Advisory Committee' chartered under FACA,
writing to the Secretary of Transportation) is itself a letter: letterhead, 'Dear Secretary ...:', a summary
paragraph that paraphrases the advice, the statutory basis (5 U.S.C. chapter 10, 23 U.S.C. 148), a data table,
the Secretary's reply to the Committee's 2024 letter quoted, findings with 'should', and seven UNNUMBERED
recommendations as 'The Committee recommends' / 'We further recommend' / 'We ask that' / 'Finally, the Committee
recommends' sentences inside paragraphs under run-in topic headings (numbered 1-7 in document order), followed by a
member signature block. The reply letter answers in another order, one paragraph answers two recommendations with
different verdicts, one is referred to the reauthorization proposal, one is never mentioned and a paragraph on a
briefing answers nothing. LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), US Letter;
running header/footer stamped with PyMuPDF. All content (committee, people, figures) invented.

Run:  /tmp/blind37en/bin/python tests/docs/src/blind37/gen_en_faca_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b37en as H

NAME = "blind37_en_faca"
WORK = "/tmp/blind37en_lo"

CSS = """<style>
@page { size: 8.5in 11in; margin: 0.9in 1in 0.9in 1in; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; }
p { margin-top: 0; margin-bottom: 8pt; }
p.lh1 { font-family: 'Liberation Sans'; font-size: 14pt; color: #203864; margin-bottom: 0; }
p.lh2 { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444444; margin-bottom: 14pt; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 9pt; text-align: left; background: #dce3ef; }
p.small { font-size: 9pt; }
</style>
"""


def html(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + "\n".join(body) + "</body></html>"


ADVICE = [
    '<p class="lh1"><b>RURAL ROAD SAFETY ADVISORY COMMITTEE</b></p>',
    '<p class="lh2">A Federal Advisory Committee to the Secretary of Transportation &middot; 1200 New Jersey '
    'Avenue SE, Washington, DC 20590 &middot; Designated Federal Officer: Maureen Tillotson</p>',
    '<p>September 18, 2026</p>',
    '<p>The Honorable Rafael Ibarra-Quinn<br>Secretary of Transportation<br>U.S. Department of Transportation<br>'
    '1200 New Jersey Avenue SE<br>Washington, DC 20590</p>',
    '<p>Dear Secretary Ibarra-Quinn:</p>',
    '<p>On behalf of the Rural Road Safety Advisory Committee (RRSAC), I am pleased to transmit the Committee\'s '
    'recommendations on reducing fatalities on rural two-lane roads, adopted unanimously at our public meeting in '
    'Bismarck on August 27, 2026. The Committee is chartered under the Federal Advisory Committee Act, 5 U.S.C. '
    'chapter 10, and this letter responds to the charge you gave us in January: to identify practical steps the '
    'Department can take within existing authority, and steps that would require legislation.</p>',
    '<p>In short, the Committee believes that rural roads need a larger and more predictable share of safety '
    'funding, simpler tools for the county and tribal agencies that own most of them, better data, and faster care '
    'after a crash. The details follow.</p>',
    '<p><b>The problem.</b> Rural roads carry about 30 percent of vehicle miles traveled but account for 43 percent '
    'of traffic deaths. The fatality rate per 100 million vehicle miles traveled has moved as follows:</p>',
    '<table width="70%" border="1" cellpadding="3" cellspacing="0">'
    '<tr><th>Year</th><th>Rural</th><th>Urban</th><th>Rural deaths</th></tr>'
    '<tr><td>2021</td><td>1.68</td><td>1.26</td><td>17,830</td></tr>'
    '<tr><td>2023</td><td>1.63</td><td>1.19</td><td>17,210</td></tr>'
    '<tr><td>2025</td><td>1.59</td><td>1.15</td><td>16,940</td></tr></table>',
    '<p class="small">Source: Fatality Analysis Reporting System; 2025 figures are early estimates.</p>',
    '<p>More than 70 percent of rural road miles are owned by counties, townships and tribal governments, many of '
    'which have no traffic engineer on staff. Members heard repeatedly that States should do more to pass Highway '
    'Safety Improvement Program (HSIP) funds, 23 U.S.C. 148, to these local owners, and that the application process '
    'is too complex for a county with three road crew members.</p>',
    '<p><b>Earlier advice.</b> In our letter of March 12, 2024, we recommended &ldquo;that the Department publish '
    'rural and urban fatality rates separately in its annual safety performance report.&rdquo; Your predecessor '
    'accepted that recommendation, and the 2025 report carries the separate rates. We thank the Department for '
    'this.</p>',
    '<p><b>Funding.</b> The Committee recommends that the Secretary seek authority to set aside at least 15 percent '
    'of each State\'s HSIP apportionment for projects on roads owned by local and tribal governments. Several '
    'States already do this voluntarily and spend their set-aside in full.</p>',
    '<p><b>Tools for local owners.</b> We further recommend that the Federal Highway Administration publish, within '
    'twelve months, a plain-language guide for county and tribal road agencies on low-cost systemic '
    'countermeasures such as rumble strips, high-friction surfaces and curve warning signs, with model grant '
    'applications. A guide of this kind should be short enough to be read by a county commissioner.</p>',
    '<p><b>Speed.</b> Speeding was a factor in 31 percent of rural deaths in 2025. The Committee recommends that the '
    'National Highway Traffic Safety Administration fund a pilot of automated speed enforcement on high-crash rural '
    'two-lane corridors in at least five States, with an independent evaluation.</p>',
    '<p><b>Data.</b> Crash reporting from tribal lands remains incomplete; members estimate that a fifth of crashes '
    'on reservation roads never reach FARS. The Committee recommends that the Department provide grants and '
    'technical assistance to tribal governments to build crash reporting systems that link to State '
    'databases.</p>',
    '<p><b>Post-crash care.</b> In the most remote counties, ambulance arrival times of over 40 minutes are common. '
    'We ask that the Secretary convene, with the Secretary of Health and Human Services, a working group on rural '
    'post-crash emergency medical care and report its findings to this Committee within a year.</p>',
    '<p><b>Public information.</b> The Committee recommends that the Department add county-level rural fatality '
    'data to its public road safety dashboard, so that local officials can compare their roads with those of '
    'similar counties.</p>',
    '<p><b>The Committee itself.</b> Finally, the Committee recommends that its charter be amended at the next '
    'renewal to add two voting seats for county engineers, who are not represented among the current members.</p>',
    '<p>The Committee appreciates the support of the Designated Federal Officer and FHWA staff. We would welcome a '
    'response to these recommendations before our next meeting, and we stand ready to brief you or your staff.</p>',
    '<p>Sincerely,</p>',
    '<p><br>Dr. Ingrid Halvorsen<br>Chair, Rural Road Safety Advisory Committee<br>Professor of Civil Engineering, '
    'University of the Northern Plains</p>',
    '<p class="small">cc: Administrator, Federal Highway Administration; Administrator, National Highway Traffic '
    'Safety Administration; Committee members (list enclosed)</p>',
]

RESPONSE = [
    '<p class="lh1"><b>THE SECRETARY OF TRANSPORTATION</b></p>',
    '<p class="lh2">WASHINGTON, DC 20590</p>',
    '<p>November 6, 2026</p>',
    '<p>Dr. Ingrid Halvorsen<br>Chair, Rural Road Safety Advisory Committee<br>University of the Northern Plains<br>'
    'Department of Civil Engineering<br>Grand Forks, ND 58202</p>',
    '<p>Dear Dr. Halvorsen:</p>',
    '<p>Thank you for your letter of September 18, 2026, transmitting the Committee\'s recommendations on rural '
    'road safety. I am grateful to the members for their work, and I have asked the Federal Highway Administration '
    '(FHWA) and the National Highway Traffic Safety Administration (NHTSA) to treat the letter as a priority. I '
    'respond below to the recommendations in the order in which the Department expects to act on them.</p>',
    '<p>I agree that county and tribal road agencies need simpler tools. FHWA has begun work on the plain-language '
    'guide to systemic countermeasures, with model applications, and will publish it in the spring of 2027, well '
    'within the twelve months the Committee proposed.</p>',
    '<p>The county-level data you asked for is already on its way: the road safety dashboard has shown rural '
    'fatalities by county since the October 2026 update, and we will add peer-county comparisons in '
    'January.</p>',
    '<p>On data and emergency care, the picture is mixed. The Department will offer technical assistance to tribal '
    'governments on crash reporting through the Tribal Technical Assistance Program, but we do not have a grant '
    'program from which to fund new systems, and I cannot commit to grants this year. I have, by contrast, '
    'agreed with Secretary Amadi to establish a joint working group on rural post-crash care, which will meet for '
    'the first time in January and report to the Committee by the end of 2027.</p>',
    '<p>The proposed HSIP set-aside would require a change to 23 U.S.C. 148. I have shared the Committee\'s '
    'proposal with the Office of Governmental Affairs, which will consider it as we develop the Department\'s '
    'surface transportation reauthorization proposal. I am not in a position to take a view on it at this '
    'stage.</p>',
    '<p>I have considered carefully the recommendation on automated speed enforcement. Automated enforcement is a '
    'matter for State and local law, and several States prohibit it outright. NHTSA will therefore not fund a '
    'multi-State pilot; it will continue to fund research on speed management through its existing '
    'programs.</p>',
    '<p>Finally, you asked for an update on the Rural Surface Transportation Grant program. The Office of the Under '
    'Secretary will brief the Committee on the fiscal year 2026 awards at your next meeting in December.</p>',
    '<p>Thank you again for the Committee\'s service. I look forward to continuing our work together.</p>',
    '<p>Sincerely,</p>',
    '<p><br>Rafael Ibarra-Quinn</p>',
    '<p class="small">cc: Maureen Tillotson, Designated Federal Officer</p>',
]


def convert(body, stem, header, footer, skip_first=False):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer=footer, skip_first=skip_first,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=8.5)


def main():
    convert(ADVICE, "advice", "The Honorable Rafael Ibarra-Quinn  -  September 18, 2026", "Page {n} of {N}",
            skip_first=True)
    convert(RESPONSE, "response", "Dr. Ingrid Halvorsen  -  November 6, 2026", "{n}", skip_first=True)
    recs = [
        {"number": "1", "starts_with": "The Committee recommends that the Secretary seek authority to set aside",
         "reply_contains": "which will consider it as we develop the Department's",
         "verdict": "noted"},
        {"number": "2", "starts_with": "We further recommend that the Federal Highway Administration publish, within",
         "reply_contains": "will publish it in the spring of 2027", "verdict": "agrees"},
        {"number": "3", "starts_with": "The Committee recommends that the National Highway Traffic Safety Administration fund",
         "reply_contains": "NHTSA will therefore not fund a multi-State pilot", "verdict": "disagrees"},
        {"number": "4", "starts_with": "The Committee recommends that the Department provide grants and technical assistance",
         "reply_contains": "I cannot commit to grants this year", "verdict": "partly"},
        {"number": "5", "starts_with": "We ask that the Secretary convene, with the Secretary of Health",
         "reply_contains": "agreed with Secretary Amadi to establish a joint working group",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "The Committee recommends that the Department add county-level rural fatality data",
         "reply_contains": "has shown rural fatalities by county since the October 2026 update",
         "verdict": "agrees"},
        {"number": "7", "starts_with": "Finally, the Committee recommends that its charter be amended at",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["will brief the Committee on the fiscal year 2026 awards"]
    notes = ("US federal advisory committee recommendation letter to the Secretary of Transportation answered by the "
             "Secretary's reply letter (invented Rural Road Safety Advisory Committee; LibreOffice headless from "
             "HTML, US Letter, letterhead, stamped continuation header and page numbers). Advice: the advice is a "
             "LETTER; seven UNNUMBERED recommendations as sentences inside paragraphs with bold run-in topics "
             "(Funding, Tools for local owners, Speed, Data, Post-crash care, Public information, The Committee "
             "itself), numbered 1-7 in document order: 'The Committee recommends that ...' (1, 3, 4, 6), 'We "
             "further recommend' (2), 'We ask that the Secretary convene' (5), 'Finally, the Committee recommends' "
             "(7). Traps: the summary paragraph paraphrasing the asks ('rural roads need a larger ... share'), FACA "
             "5 U.S.C. chapter 10 and 23 U.S.C. 148, a fatality-rate table, findings with 'should' ('States "
             "should do more', 'A guide of this kind should be short'), the 2024 recommendation quoted and "
             "accepted, the closing request for a response. Response: reply letter with no headings or numbers, "
             "paraphrasing, order 2, 6, 4+5, 1, 3: guide by spring 2027 (2 agrees); dashboard already shows "
             "county data (6 agrees); ONE paragraph on data and emergency care - technical assistance but 'I "
             "cannot commit to grants this year' (4 partly) and a joint working group with HHS agreed (5 agrees); "
             "set-aside needs legislation, passed to Governmental Affairs for the reauthorization proposal, 'not "
             "in a position to take a view' (1 noted); 'NHTSA will therefore not fund a multi-State pilot' (3 "
             "disagrees); 7 (charter seats for county engineers) never mentioned (unanswered). The paragraph on "
             "the Rural Surface Transportation Grant briefing answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
