"""Round 33 (EN): a UK pay review body report and the Government's reply given in a Written Ministerial Statement.
The advice is the (invented) Border and Coastguard Officers' Pay Review Body's 'Sixth Report 2026' (a Command
paper): cover page, 'Our recommendations in brief' bullets at the front, chapters with paragraph numbers 1.1 ...
5.9 in a hanging column, bold 'Recommendation N:' paragraphs inside chapters 3-5, a table, Writer footnotes. The
response is the Minister's written statement as printed from the Parliament website (statement UIN, 'Made on',
'Made by', no headings, replies only by paraphrase, never by number) with an attached pay-scale table.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), A4; running header and footer stamped
with PyMuPDF. All content (review body, service, people, unions, figures, CP and HCWS numbers) invented.

Run:  /tmp/blind33en/bin/python tests/docs/src/blind33/gen_en_pay_review_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b33en as H

NAME = "blind33_en_pay_review"
WORK = "/tmp/blind33en_lo"

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.3cm 2.2cm 2.2cm 2.2cm; }
body { font-family: '%(font)s'; font-size: %(size)s; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-family: 'Liberation Sans'; font-size: 17pt; color: #4b2a6e; margin-top: 0; margin-bottom: 8pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #4b2a6e; margin-top: 12pt; margin-bottom: 6pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 4pt; }
td { font-family: 'Liberation Sans'; font-size: 8.8pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 8.8pt; background: #e7def0; text-align: left; }
li { margin-bottom: 4pt; }
p.num { margin-left: 1.2cm; text-indent: -1.2cm; }
p.rec { margin-left: 1.2cm; font-weight: bold; color: #4b2a6e; }
p.small { font-size: 8.5pt; }
p.meta { font-family: 'Liberation Sans'; font-size: 9pt; margin-bottom: 2pt; }
p.sdfootnote { font-size: 8.3pt; margin-bottom: 2pt; }
</style>
"""


def html(body, font, size="10.5pt"):
    return ("<html><head><meta charset='utf-8'>" + CSS % {"font": font, "size": size} + "</head><body>" +
            "\n".join(body) + "</body></html>")


def fn(n):
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fnbody(n, text):
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


def num(n, text):
    return f'<p class="num">{n}&#9;{text}</p>'


def rec(n, text):
    return f'<p class="rec">Recommendation {n}: {text}</p>'


ADVICE = [
    # cover
    '<p style="margin-bottom: 2.2cm"><font face="Liberation Sans" size="2" color="#4b2a6e"><b>BORDER AND '
    'COASTGUARD OFFICERS\' PAY REVIEW BODY</b></font></p>',
    '<h1 style="font-size: 30pt">Sixth Report 2026</h1>',
    '<p style="margin-bottom: 1.6cm"><font face="Liberation Sans" size="4">Pay for officers in grades CO1 to CO6 '
    'of the Border and Coastguard Service, 2026-27</font></p>',
    '<p class="meta"><b>Chair: Professor Anne-Marie Leckford</b></p>',
    '<p class="meta" style="margin-bottom: 1.4cm">Members: Colin Ashgrove, Dr Farah Quereshi-Lind, Moira '
    'Penhallow, Stuart Devenny</p>',
    '<p class="meta">Presented to Parliament by the Prime Minister and the Secretary of State for the Home '
    'Department by Command of His Majesty</p>',
    '<p class="meta" style="margin-bottom: 2.0cm">July 2026</p>',
    '<p class="meta"><b>CP 1427</b></p>',
    '<p class="small" style="margin-top: 3.4cm">&#169; Crown copyright 2026. This publication is licensed under '
    'the terms of the Open Government Licence. Any enquiries regarding this publication should be sent to the '
    'Office of Pay Review Bodies, 3rd Floor, Fleetwood House, London.</p>',
    '<p style="page-break-before: always"></p>',
    # summary
    '<h2>Summary</h2>',
    '<p>This is our sixth report on the pay of officers in the Border and Coastguard Service. It covers around '
    '9,400 officers in grades CO1 to CO6 working at ports, airports, coastguard rescue coordination centres and '
    '38 remote stations. Our recommendations take effect from 1 April 2026.</p>',
    '<p>The evidence we received shows a workforce under strain. Leaving rates in the first two years of service '
    'have risen for the third year in succession, and the Service is finding it harder to fill posts at remote '
    'stations. At the same time, the economic context has eased and the Department has told us that its budget '
    'for 2026-27 is tight.</p>',
    '<h3>Our recommendations in brief</h3>',
    '<ul><li>a 4.2 per cent consolidated increase to all pay points from 1 April 2026;</li>'
    '<li>removal of the lowest point of the CO2 scale;</li>'
    '<li>a higher Remote Stations Allowance, extended to the Northern Isles;</li>'
    '<li>a higher on-call availability payment;</li>'
    '<li>joint work on a shorter pay progression path;</li>'
    '<li>an earlier remit letter next year; and</li>'
    '<li>annual publication of pay gap data.</li></ul>',
    '<p>We estimate that our recommendations would add 4.9 per cent to the paybill in 2026-27.</p>',
    # chapter 1
    '<h2>Chapter 1: Introduction</h2>',
    num("1.1", "The Border and Coastguard Officers' Pay Review Body (the Review Body) provides independent advice "
        "to the Prime Minister and the Home Secretary on the pay of officers in grades CO1 to CO6 of the "
        "Border and Coastguard Service. Our terms of reference require us to have regard to the need to "
        "recruit, retain and motivate suitably able and qualified staff, to the funds available to the "
        "Department, and to the Government's inflation target."),
    num("1.2", "The Home Secretary's remit letter of 9 October 2025 asked us to make recommendations on the pay "
        "award for 2026-27 and to consider whether the allowances paid to officers at remote stations remain "
        "fit for purpose." + fn(1) + " The letter arrived six weeks later than in the previous round."),
    num("1.3", "We received written and oral evidence from the Home Office and the Border and Coastguard Service "
        "(together, the Department), from the Maritime and Border Staff Association (MBSA) and from the Public "
        "and Civil Services Union. Members visited seven stations, including Lerwick, Stornaway Point and "
        "the Fallowmouth rescue coordination centre, and met around 140 officers."),
    num("1.4", "In our Fifth Report we recommended that the Department review the rates paid for overtime at "
        "weekends. The Department told us that this review has not yet begun. We repeat our view that it is "
        "overdue, but we make no further recommendation on it this year."),
    # chapter 2
    '<h2>Chapter 2: The context for this year\'s award</h2>',
    num("2.1", "CPI inflation fell from a peak of 3.8 per cent in mid-2025 to 3.1 per cent in March 2026. Whole "
        "economy pay settlements have been running at around 3.5 per cent, and average weekly earnings grew by "
        "4.6 per cent in the year to February 2026." + fn(2)),
    num("2.2", "The Department proposed an award of 2.8 per cent, which it said was the maximum affordable "
        "within its budget. The MBSA sought an increase of 9 per cent to restore the value of pay lost since "
        "2010, together with improvements to allowances."),
    num("2.3", "Table 2.1 shows the leaving rate by grade. The rate for officers with less than two years' "
        "service has risen to 14.8 per cent. Exit interviews point to pay, shift patterns and the cost of "
        "housing near ports."),
    '<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#8a76a3">'
    '<tr><th>Grade</th><th>Headcount (March 2026)</th><th>Leaving rate 2023-24</th><th>Leaving rate 2024-25</th>'
    '<th>Leaving rate 2025-26</th></tr>'
    '<tr><td>CO1</td><td>1,860</td><td>10.2%</td><td>12.1%</td><td>14.8%</td></tr>'
    '<tr><td>CO2</td><td>3,940</td><td>7.4%</td><td>8.0%</td><td>9.6%</td></tr>'
    '<tr><td>CO3</td><td>2,210</td><td>5.1%</td><td>5.6%</td><td>6.0%</td></tr>'
    '<tr><td>CO4-CO6</td><td>1,390</td><td>4.0%</td><td>4.3%</td><td>4.4%</td></tr></table>',
    '<p class="small"><i>Table 2.1: Leaving rates by grade. Source: Border and Coastguard Service workforce '
    'data.</i></p>',
    num("2.4", "In our view, pay for new entrants should at least keep pace with pay in comparable occupations "
        "in the local labour markets around the main ports. It has not done so since 2021."),
    # chapter 3
    '<h2>Chapter 3: The pay award and the pay structure</h2>',
    num("3.1", "We have weighed the Department's concerns about affordability against clear evidence of "
        "recruitment and retention problems. An award at the level proposed by the Department would be a "
        "further real-terms cut and would, in our judgement, make the retention problem worse."),
    num("3.2", "We have concluded that an award above inflation is justified this year, and that it should "
        "apply to all pay points so that it is reflected in pensionable pay."),
    rec(1, "We recommend a consolidated increase of 4.2 per cent to all pay points in grades CO1 to CO6, with "
        "effect from 1 April 2026."),
    num("3.3", "The CO2 pay scale has seven points, the lowest of which is now less than 2 per cent above the "
        "maximum of the CO1 scale. Officers promoted to CO2 therefore gain very little, and the MBSA told us "
        "that this discourages applications for promotion."),
    rec(2, "We recommend that the lowest point of the CO2 pay scale be removed from 1 April 2026, with officers "
        "on that point moving to the new minimum."),
    num("3.4", "The MBSA also asked us to recommend a targeted supplement for CO1 officers at the four largest "
        "ports. We do not recommend a targeted supplement this year, but we will return to the question if "
        "the leaving rate in those ports continues to rise."),
    # chapter 4
    '<h2>Chapter 4: Allowances</h2>',
    num("4.1", "The Remote Stations Allowance (RSA) is paid to officers at 38 stations designated as remote. It "
        "has been &#163;2,150 a year since 2019. The stations on the Northern Isles are not designated, because "
        "officers there receive the Island Posting Supplement, but that supplement is paid only for the first "
        "three years of a posting." + fn(3)),
    num("4.2", "Vacancy rates at remote stations averaged 17 per cent in 2025-26, against 6 per cent elsewhere. "
        "We consider that the allowance has lost much of its value and that the distinction between remote and "
        "island stations can no longer be justified."),
    rec(3, "We recommend that the Remote Stations Allowance be increased from &#163;2,150 to &#163;3,000 a year "
        "and that eligibility be extended to the stations on the Northern Isles."),
    num("4.3", "Officers at coastguard stations are paid an on-call availability payment of &#163;18 for each "
        "24-hour period in which they are available to respond. The payment was last increased in 2017. "
        "Officers told us that the payment does not reflect the restrictions that on-call duty places on family "
        "life."),
    rec(4, "We recommend that the on-call availability payment be increased from &#163;18 to &#163;25 for each "
        "24-hour period of availability."),
    # chapter 5
    '<h2>Chapter 5: Looking ahead</h2>',
    num("5.1", "An officer joining at the minimum of the CO2 scale takes seven years to reach the maximum. This "
        "is longer than in most comparable services. We believe that the pay structure needs reform, but "
        "reform of this kind is best designed by the parties together."),
    rec(5, "We recommend that the Department and the trade unions jointly develop proposals for a shorter pay "
        "progression path, for us to consider in the 2027-28 pay round."),
    num("5.2", "The late arrival of the remit letter and of the Department's evidence compressed our "
        "timetable again this year, and meant that our recommendations could not be implemented in time for "
        "the start of the pay year."),
    rec(6, "We recommend that the remit letter for the 2027-28 pay round be issued no later than the end of "
        "September 2026."),
    num("5.3", "The Department could not provide us with data on pay gaps by gender or ethnicity at grade level. "
        "Women make up 31 per cent of the workforce but 19 per cent of officers in grades CO4 to CO6."),
    rec(7, "We recommend that the Department publish, each year, pay gap data by gender and ethnicity for each "
        "grade, together with the actions it will take to close any gaps."),
    num("5.4", "We thank the officers who met us during our visits, and the secretariat of the Office of Pay "
        "Review Bodies for its support."),
    '<p style="margin-top: 10pt"><b>Anne-Marie Leckford</b> (Chair)<br/>Colin Ashgrove<br/>Dr Farah '
    'Quereshi-Lind<br/>Moira Penhallow<br/>Stuart Devenny<br/>26 June 2026</p>',
    fnbody(1, "The remit letter is reproduced in Appendix A (not included in this extract)."),
    fnbody(2, "Office for National Statistics, Consumer price inflation and Average weekly earnings, April 2026 "
           "releases."),
    fnbody(3, "The Island Posting Supplement is set by the Department and is outside our remit."),
]

RESPONSE = [
    '<p class="meta" style="color: #4b2a6e"><b>UK Parliament</b> &#183; Written questions, answers and '
    'statements</p>',
    '<hr/>',
    '<h1 style="font-size: 18pt; margin-top: 6pt">Border and Coastguard Officers\' Pay 2026-27</h1>',
    '<table width="100%" cellpadding="3" cellspacing="0" border="0">'
    '<tr><td width="32%"><b>Statement UIN</b></td><td>HCWS512</td></tr>'
    '<tr><td><b>Made on</b></td><td>22 July 2026</td></tr>'
    '<tr><td><b>Made by</b></td><td>Tobias Wrenfield (Minister of State for Border Security and Asylum)</td></tr>'
    '<tr><td><b>House</b></td><td>Commons</td></tr>'
    '<tr><td><b>Department</b></td><td>Home Office</td></tr></table>',
    '<p style="margin-top: 14pt">Today I am publishing the Sixth Report of the Border and Coastguard Officers\' Pay Review Body (CP 1427) '
    'and setting out the Government\'s response to it. I am grateful to the Chair, Professor Anne-Marie '
    'Leckford, and to the members of the Review Body for their careful consideration of the evidence.</p>',
    '<p>Border and coastguard officers keep our borders secure and our coasts safe, often in difficult '
    'conditions and far from home. This Government values their work and is determined that the Service can '
    'recruit and keep the officers it needs.</p>',
    '<p>The Government has accepted the Review Body\'s headline recommendation in full. All officers in grades '
    'CO1 to CO6 will receive a consolidated pay rise of 4.2 per cent, backdated to 1 April 2026. We will also '
    'take out the bottom point of the CO2 scale, exactly as the Review Body proposed, which will give around '
    '1,100 officers an additional increase of up to 1.9 per cent and make promotion to CO2 more worthwhile. '
    'The award will be paid in officers\' September salaries, with arrears.</p>',
    '<p>The Review Body has also asked the Department and the trade unions to work together on proposals for a '
    'shorter progression path. The Government notes this recommendation. The length of pay scales is one of '
    'the issues being considered in the wider review of pay structures across the Home Office, and the '
    'Department will set out its position in its evidence for the next pay round.</p>',
    '<p>On allowances, the Government accepts the case for increasing the Remote Stations Allowance, which has '
    'not been uprated since 2019, and will raise it to &#163;2,600 a year from 1 April 2026. We have not been '
    'able to accept the proposal to extend eligibility to the Northern Isles at this stage: officers there '
    'already receive the Island Posting Supplement, and the interaction between the two payments will be '
    'examined in the review of allowances that the Department will complete next year. The on-call '
    'availability payment will remain at &#163;18. The Department\'s evidence shows that on-call rotas are '
    'fully staffed at all but two stations, and the Government does not believe that an increase of almost 40 '
    'per cent is supported by the recruitment and retention evidence.</p>',
    '<p>I recognise the Review Body\'s concern about the timetable for this year\'s round. The Government will '
    'aim to issue next year\'s remit earlier than this year, but I am not able to commit to a date before the '
    'outcome of the Spending Review is known.</p>',
    '<p>Pay for the Service\'s senior managers, who are outside the Review Body\'s remit, will increase by 3.5 '
    'per cent from 1 April 2026, in line with the award for the Senior Civil Service.</p>',
    '<p>The cost of this year\'s award will be met from within the Home Office\'s existing budgets. This will '
    'require difficult decisions on other spending, but the Government believes that it is the right '
    'priority.</p>',
    '<p>Copies of the report are available in the Vote Office and the Printed Paper Office, and the revised pay '
    'scales are attached to this statement.</p>',
    '<p class="meta" style="margin-top: 8pt"><i>This statement has also been made in the House of Lords: '
    'HLWS498</i></p>',
    '<h3 style="page-break-before: always">Attachment: Border and Coastguard Service pay scales from 1 April '
    '2026</h3>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#8a76a3">'
    '<tr><th>Grade</th><th>Point</th><th>Salary to 31 March 2026</th><th>Salary from 1 April 2026</th></tr>'
    + "".join(f'<tr><td>{g}</td><td>{p}</td><td>&#163;{a:,}</td><td>&#163;{round(a * 1.042):,}</td></tr>'
              for g, p, a in [("CO1", 1, 25410), ("CO1", 2, 26180), ("CO1", 3, 27020),
                              ("CO2", "1 (removed)", 27540), ("CO2", 2, 28090), ("CO2", 3, 28930),
                              ("CO2", 4, 29800), ("CO2", 5, 30690), ("CO2", 6, 31610), ("CO2", 7, 32560),
                              ("CO3", 1, 34120), ("CO3", 2, 35490), ("CO3", 3, 36910), ("CO3", 4, 38380),
                              ("CO4", 1, 41260), ("CO4", 2, 43320), ("CO5", 1, 47730), ("CO5", 2, 50110),
                              ("CO6", 1, 55840), ("CO6", 2, 58630)])
    + '</table>',
    '<p class="small" style="margin-top: 6pt">Officers on CO2 point 1 move to point 2 on 1 April 2026. Remote '
    'Stations Allowance: &#163;2,600 a year. On-call availability payment: &#163;18 per 24-hour period '
    '(unchanged).</p>',
]


def convert(body, stem, font, header, footer, size="10.5pt", skip_first=False):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, font, size))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer=footer, skip_first=skip_first,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "Liberation Serif",
            "Border and Coastguard Officers' Pay Review Body  |  Sixth Report 2026", "{n}", skip_first=True)
    convert(RESPONSE, "response", "Liberation Sans",
            "22/07/2026, 16:04        Border and Coastguard Officers' Pay 2026-27 - Hansard written statement",
            "https://questions-statements.parliament.uk/written-statements/detail/2026-07-22/hcws512"
            "        {n}/{N}", size="10pt")
    recs = [
        {"number": "1", "starts_with": "We recommend a consolidated increase of 4.2 per cent to all",
         "reply_contains": "has accepted the Review Body's headline recommendation in full",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "We recommend that the lowest point of the CO2 pay scale",
         "reply_contains": "exactly as the Review Body proposed, which will give around",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "We recommend that the Remote Stations Allowance be increased from",
         "reply_contains": "not been able to accept the proposal to extend eligibility",
         "verdict": "partly"},
        {"number": "4", "starts_with": "We recommend that the on-call availability payment be increased from",
         "reply_contains": "does not believe that an increase of almost 40 per cent",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "We recommend that the Department and the trade unions jointly develop",
         "reply_contains": "The Government notes this recommendation",
         "verdict": "noted"},
        {"number": "6", "starts_with": "We recommend that the remit letter for the 2027-28 pay round",
         "reply_contains": "not able to commit to a date before the outcome",
         "verdict": "partly"},
        {"number": "7", "starts_with": "We recommend that the Department publish, each year, pay gap data",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["senior managers, who are outside the Review Body's remit"]
    notes = ("UK pay review body report answered by a Written Ministerial Statement (invented 'Border and "
             "Coastguard Officers' Pay Review Body', Sixth Report 2026, CP 1427; LibreOffice Writer from HTML, A4; "
             "a Command-paper cover page, stamped running header and page numbers from page 2, Writer footnotes, "
             "a leaving-rate table). Advice: seven bold 'Recommendation N: We recommend ...' paragraphs inside "
             "chapters 3-5, between hanging-numbered paragraphs 1.1-5.4 (the paragraph numbers are not "
             "recommendation numbers); starts_with is the text after the label. Traps: 'Our recommendations in "
             "brief' bullets in the Summary (short forms of all seven, no numbers); the remit letter 'asked us to "
             "make recommendations'; the Fifth Report's recommendation on overtime quoted in 1.4 ('we make no "
             "further recommendation'); the union's asks; 'pay for new entrants should at least keep pace' (2.4, "
             "a view, not a recommendation); 'We do not recommend a targeted supplement this year' (3.4). "
             "Response: Written statement HCWS512 as printed from the Parliament website (browser print header "
             "with date/time and title, URL and 'n/N' footer; a UIN / Made on / Made by table), NO headings and "
             "NO recommendation numbers: every reply is a paraphrase. ONE paragraph for 1 and 2 ('accepted the "
             "Review Body's headline recommendation in full' = agrees; 'take out the bottom point of the CO2 "
             "scale, exactly as the Review Body proposed' = agrees); in the order 1+2, 5, 3+4, 6: ONE paragraph for 3 and 4 (RSA raised to "
             "GBP 2,600 not 3,000 and no extension to the Northern Isles, 'have not been able to accept the "
             "proposal to extend eligibility' = 3 partly; on-call payment 'will remain at GBP 18', 'does not "
             "believe that an increase of almost 40 per cent is supported' = 4 disagrees); 5 'The Government "
             "notes this recommendation' and defers to a wider review and next year's evidence (noted); 6 'will "
             "aim to issue next year's remit earlier ... not able to commit to a date' (partly: earlier, but not "
             "by the end of September). 7 (pay gap data) is not answered (unanswered). The paragraph on senior "
             "managers' pay (outside the remit) answers nothing (unmatched); the funding, copies and HLWS lines "
             "and the attached pay-scale table (page 2) are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
