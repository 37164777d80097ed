"""Round 34 (EN): a prison Independent Monitoring Board's annual report (England and Wales) answered by the
prisons minister's reply LETTER. The advice follows the IMB annual report template: cover, contents, 'Introductory
sections 1-3' (statutory role, description of the establishment, key points with main judgements, 'Main areas for
development' as UNNUMBERED bullets under 'To the Minister' / 'To the Prison Service' / 'To the Governor', and a
'Progress since the last report' table quoting last year's issues and the replies to them), then evidence sections
with findings that say 'should'. The response is a ministerial letter on departmental letterhead with a reference
and date, subject headings in another order and no numbers. LibreOffice Writer headless from HTML
(--infilter="HTML (StarWriter)"), A4; running header/footer stamped with PyMuPDF. All content (prison, board,
people, figures, references, addresses) invented.

Run:  /tmp/blind34en/bin/python tests/docs/src/blind34/gen_en_imb_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b34en as H

NAME = "blind34_en_imb"
WORK = "/tmp/blind34en_lo"

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.2cm 2.3cm; }
body { font-family: '%(font)s'; font-size: %(size)s; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-family: 'Liberation Sans'; font-size: 20pt; color: #1d3f6e; margin-top: 0; margin-bottom: 8pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12.5pt; color: #1d3f6e; margin-top: 12pt; margin-bottom: 6pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; color: #1d3f6e; margin-top: 8pt; margin-bottom: 4pt; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 9pt; background: #d9e3f0; text-align: left; }
li { margin-bottom: 4pt; }
p.num { margin-left: 1.0cm; text-indent: -1.0cm; }
p.small { font-size: 8.5pt; }
p.meta { font-family: 'Liberation Sans'; font-size: 9.5pt; margin-bottom: 2pt; }
</style>
"""


def html(body, font, size="10.5pt"):
    return ("<html><head><meta charset='utf-8'>" + CSS % {"font": font, "size": size} + "</head><body>" +
            "\n".join(body) + "</body></html>")


def num(n, text):
    return f'<p class="num">{n}&#9;{text}</p>'


ADVICE = [
    '<p style="margin-top: 1.5cm; margin-bottom: 2.5cm"><font face="Liberation Sans" size="3" color="#1d3f6e">'
    '<b>Independent Monitoring Boards</b></font></p>',
    '<h1 style="font-size: 28pt">Annual Report of the Independent Monitoring Board at HMP Ravensmoor</h1>',
    '<p style="margin-bottom: 2cm"><font face="Liberation Sans" size="4">For reporting year 1 March 2025 to '
    '28 February 2026</font></p>',
    '<p class="meta" style="margin-bottom: 5cm"><b>Published July 2026</b></p>',
    '<p class="small">Monitoring fairness and respect for people in prison</p>',
    '<h2 style="page-break-before: always">Contents</h2>',
    '<table width="100%" cellpadding="2" cellspacing="0" border="0">'
    '<tr><td colspan="2"><b>Introductory sections 1 - 3</b></td><td></td></tr>'
    '<tr><td width="8%">1.</td><td>Statutory role of the IMB</td><td width="8%" align="right">2</td></tr>'
    '<tr><td>2.</td><td>Description of the establishment</td><td align="right">2</td></tr>'
    '<tr><td>3.</td><td>Key points</td><td align="right">2</td></tr>'
    '<tr><td colspan="2"><b>Evidence sections 4 - 7</b></td><td></td></tr>'
    '<tr><td>4.</td><td>Safety</td><td align="right">3</td></tr>'
    '<tr><td>5.</td><td>Fair and humane treatment</td><td align="right">3</td></tr>'
    '<tr><td>6.</td><td>Health and wellbeing</td><td align="right">4</td></tr>'
    '<tr><td>7.</td><td>Progression and resettlement</td><td align="right">4</td></tr>'
    '<tr><td colspan="2"><b>The work of the IMB</b></td><td align="right">4</td></tr>'
    '<tr><td colspan="2">Applications to the IMB</td><td align="right">4</td></tr></table>',
    '<p style="margin-top: 10pt">All IMB annual reports are published on the IMB website.</p>',
    '<h2>Introductory sections 1 - 3</h2>',
    '<h3>1. Statutory role of the IMB</h3>',
    num("1.1", "The Prison Act 1952 requires every prison to be monitored by an independent board, appointed "
        "by the Secretary of State from members of the community in which the prison is situated. The Board is "
        "specifically charged to satisfy itself as to the humane and just treatment of those held in custody "
        "within its prison and the range and adequacy of the programmes preparing them for release; to inform "
        "promptly the Secretary of State, or any official to whom authority has been delegated, of any concern "
        "it has; and to report annually to the Secretary of State on how well the prison has met the standards "
        "and requirements placed on it."),
    '<h3>2. Description of the establishment</h3>',
    num("2.1", "HMP Ravensmoor is a category C training and resettlement prison for adult men, built in 1974 and "
        "extended in 2011. Its certified normal accommodation (CNA) is 612 and its operational capacity is 748. "
        "During the reporting year the population averaged 739."),
    num("2.2", "Healthcare is provided by Moorside Health Partnership; education by the Northfold College "
        "Group; and the maintenance contract is held by Arden Facilities Services."),
    '<h3>3. Key points</h3>',
    '<p><b>3.1 Background to the report</b></p>',
    '<p>The Board had 11 members at the start of the year against a complement of 16. Members made 298 '
    'monitoring visits and dealt with 412 applications.</p>',
    '<p><b>3.2 Main judgements</b></p>',
    '<p><i>How safe is the prison?</i> Levels of violence fell by 14 per cent, but the Board remains concerned '
    'about debt and the supply of illicit drugs, which the prison should continue to tackle with its '
    'police partners.</p>',
    '<p><i>How fairly and humanely are prisoners treated?</i> Staff-prisoner relationships are generally good. '
    'However, the condition of the showers on A and B wings is unacceptable, and the loss of property on '
    'transfer remains the largest single category of applications to the Board.</p>',
    '<p><i>How well are prisoners prepared for release?</i> Too many men are released without a settled '
    'address; in the last quarter of the year, 31 per cent of men left Ravensmoor with nowhere to stay on '
    'their first night.</p>',
    '<p><b>3.3 Main areas for development</b></p>',
    '<p><b>TO THE MINISTER</b></p>',
    '<ul>'
    '<li>When will the Minister ensure that no prisoner is released from Ravensmoor without accommodation for '
    'at least the first night after release?</li>'
    '<li>Will the Minister commit to reducing the population of Ravensmoor to its certified normal '
    'accommodation of 612 by the end of 2026, so that men are no longer held two to a cell designed for '
    'one?</li></ul>',
    '<p><b>TO THE PRISON SERVICE</b></p>',
    '<ul>'
    '<li>Will the Prison Service fund the replacement of the shower blocks on A and B wings, which the Board '
    'has reported as unfit for use in each of the last three years?</li>'
    '<li>The Board asks the Prison Service to ensure that prisoners\' property travels with them on transfer '
    'and that claims for lost property are settled within 12 weeks.</li>'
    '<li>Will the Prison Service review its allocation policy so that men with fewer than 12 weeks left to '
    'serve are not transferred to Ravensmoor, where they cannot start any course before release?</li></ul>',
    '<p><b>TO THE GOVERNOR</b></p>',
    '<ul>'
    '<li>Ensure that men in the segregation unit are offered at least 30 minutes in the open air every day, and '
    'that the exercise yard is made usable in wet weather.</li>'
    '<li>Reduce the time that men on the basic regime spend locked in their cells, which the Board has often '
    'observed to exceed 23 hours a day.</li>'
    '<li>Make sure that replies to prisoners\' complaints are answered within the published timescale and '
    'address the issue raised, rather than restating the rules.</li></ul>',
    '<p><b>3.4 Progress since the last report</b></p>',
    '<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#8aa2c4">'
    '<tr><th width="34%">Issue raised in the 2024-25 report</th><th width="33%">Response given</th>'
    '<th width="33%">Progress</th></tr>'
    '<tr><td>The Board asked the Minister to increase the number of places in approved premises for men '
    'released from Ravensmoor.</td><td>The Minister replied that 200 additional places would open nationally '
    'by 2026.</td><td>No additional places have opened in the region.</td></tr>'
    '<tr><td>The Board asked the Prison Service to replace the shower blocks on A and B wings.</td><td>The '
    'Prison Service said that a bid would be considered in the 2025-26 capital programme.</td><td>No funding '
    'has been allocated. See 3.3 above.</td></tr>'
    '<tr><td>The Board asked the Governor to introduce a wing forum on each residential unit.</td><td>The '
    'Governor agreed.</td><td>Achieved: forums meet monthly on all wings.</td></tr>'
    '</table>',
    '<h2>Evidence sections 4 - 7</h2>',
    '<h3>4. Safety</h3>',
    num("4.1", "There were 212 recorded assaults, of which 61 were on staff, compared with 247 the previous "
        "year. The Board observed that the safer custody team is well led, but it should have more time to "
        "review incidents with the men involved."),
    num("4.2", "The Board attended 18 of the 22 serious incidents at which the command suite was opened, and "
        "found them well managed."),
    '<h3>5. Fair and humane treatment</h3>',
    num("5.1", "The showers on A and B wings have no working extraction, and mould is visible on the ceilings. "
        "Four of the 14 shower cubicles on B wing were out of use for most of the year. The Board considers that "
        "patch repairs are no longer effective."),
    num("5.2", "Men in the segregation unit were frequently offered exercise only in the early morning, and "
        "exercise was cancelled on 41 days because the yard floods in rain. On the Board's visits, men on the "
        "basic regime were often unlocked for less than an hour a day."),
    num("5.3", "Property was the subject of 96 applications (23 per cent of the total). Most concerned items "
        "that did not arrive with men transferred from local prisons, and some claims had been open for more "
        "than six months."),
    '<h3>6. Health and wellbeing</h3>',
    num("6.1", "Waiting times to see a GP fell from six weeks to nine days after Moorside Health Partnership "
        "recruited a second salaried GP in June 2025. The Board commends this improvement."),
    '<h3>7. Progression and resettlement</h3>',
    num("7.1", "Of the 604 men released during the year, 163 had fewer than 12 weeks to serve when they arrived. "
        "These men cannot complete any accredited course and often arrive after the resettlement team has "
        "lost contact with their home area."),
    num("7.2", "The Board recognises the commitment of the resettlement team, but housing for men released to "
        "the three main receiving local authorities remains very scarce."),
    '<h2>The work of the IMB</h2>',
    '<table width="70%" cellpadding="3" cellspacing="0" border="1" bordercolor="#8aa2c4">'
    '<tr><th>Board statistics</th><th width="25%">2025-26</th></tr>'
    '<tr><td>Recommended complement of Board members</td><td>16</td></tr>'
    '<tr><td>Number of Board members at the start of the reporting period</td><td>11</td></tr>'
    '<tr><td>Number of Board members at the end of the reporting period</td><td>13</td></tr>'
    '<tr><td>Total number of visits to the establishment</td><td>298</td></tr>'
    '<tr><td>Total number of segregation reviews attended</td><td>57</td></tr></table>',
    '<h2>Applications to the IMB</h2>',
    '<table width="100%" cellpadding="3" cellspacing="0" border="1" bordercolor="#8aa2c4">'
    '<tr><th width="10%">Code</th><th>Subject</th><th width="15%">2024-25</th><th width="15%">2025-26</th></tr>'
    '<tr><td>A</td><td>Accommodation, including laundry, clothing, ablutions</td><td>38</td><td>52</td></tr>'
    '<tr><td>B</td><td>Discipline, including adjudications, segregation</td><td>19</td><td>24</td></tr>'
    '<tr><td>C</td><td>Equality</td><td>9</td><td>11</td></tr>'
    '<tr><td>D</td><td>Purposeful activity, including education, work, training</td><td>31</td><td>29</td></tr>'
    '<tr><td>E</td><td>Letters, visits, telephones, public protection restrictions</td><td>27</td><td>33</td>'
    '</tr>'
    '<tr><td>F</td><td>Food and kitchens</td><td>12</td><td>10</td></tr>'
    '<tr><td>G</td><td>Health, including physical, mental, social care</td><td>58</td><td>47</td></tr>'
    '<tr><td>H</td><td>Property (during transfer or in another establishment or location)</td><td>88</td>'
    '<td>96</td></tr>'
    '<tr><td>I</td><td>Sentence management, including HDC, release on temporary licence, parole</td><td>44</td>'
    '<td>51</td></tr>'
    '<tr><td>J</td><td>Staff/prisoner concerns, including bullying</td><td>26</td><td>31</td></tr>'
    '<tr><td>K</td><td>Transfers</td><td>17</td><td>28</td></tr>'
    '<tr><td></td><td><b>Total number of applications</b></td><td>369</td><td>412</td></tr></table>',
]

RESPONSE = [
    '<p align="right"><font face="Liberation Sans" size="2"><b>Ministry of Justice</b><br/>Minister of State for '
    'Prisons, Parole and Probation<br/>7 Marsham Row<br/>London SW1P 4QX</font></p>',
    '<p class="meta" align="right" style="margin-bottom: 14pt">E: private.office.prisons@justice.example<br/>'
    'Our ref: MC/2026/31847</p>',
    '<p class="meta">Mrs Gillian Orchardson<br/>Chair, Independent Monitoring Board<br/>HMP Ravensmoor<br/>'
    'Moor Lane<br/>Ravensmoor RV7 2JD</p>',
    '<p class="meta" style="margin-top: 10pt; margin-bottom: 12pt">9 September 2026</p>',
    '<p>Dear Mrs Orchardson,</p>',
    '<p><b>HMP RAVENSMOOR: INDEPENDENT MONITORING BOARD ANNUAL REPORT 2025-26</b></p>',
    '<p>Thank you for the Board\'s annual report for HMP Ravensmoor covering the period from 1 March 2025 to '
    '28 February 2026. I am grateful to you and to the members of the Board for the time and care you have '
    'given to monitoring Ravensmoor during a demanding year, and I apologise for the delay in replying.</p>',
    '<p>I have responded below to the issues you raised for me and for the Prison Service. The Governor has '
    'also shared with me her response on the matters you raised with her, which I summarise at the end of '
    'this letter.</p>',
    '<p><b>Condition of the showers</b></p>',
    '<p>I share the Board\'s concern about the showers on A and B wings. I am pleased to tell you that HM Prison '
    'and Probation Service has now approved funding of &#163;1.38 million for the full refurbishment of both '
    'shower blocks, including new extraction, as part of the 2026-27 capital works programme. Work is due to '
    'begin in October 2026 and to be completed by March 2027, and temporary shower units will be provided '
    'while it takes place.</p>',
    '<p><b>Population and crowding</b></p>',
    '<p>I recognise that many men at Ravensmoor share cells that were designed for one person, and I understand '
    'the Board\'s concerns. However, the Government must make sure that there are enough places for everyone '
    'the courts send to custody, and the prison estate as a whole is operating very close to its capacity. '
    'Ravensmoor will need to continue to operate above its certified normal accommodation for the foreseeable '
    'future, and I am therefore not in a position to make the commitment the Board seeks. HMPPS will continue '
    'to ensure that the prison does not exceed its operational capacity of 748, which has been agreed as safe '
    'and decent by the Prison Group Director.</p>',
    '<p><b>Accommodation on release</b></p>',
    '<p>Reducing the number of people released homeless is a priority for this Government. Since July 2025 '
    'every prison has been able to refer men at risk of homelessness to the Community Accommodation Service, '
    'which provides up to 84 nights of temporary accommodation, and Ravensmoor made 129 referrals in the last '
    'year. I am not able to guarantee that every man will have an address on the day of release, as this '
    'depends on local authority housing supply, but HMPPS has agreed to place a housing specialist at '
    'Ravensmoor from January 2027 to work with the three main receiving authorities.</p>',
    '<p><b>Recruitment and retention of staff</b></p>',
    '<p>I was also pleased to read of the Board\'s positive observations on the new officers who joined '
    'Ravensmoor this year. The prison now has a full complement of band 3 officers for the first time since '
    '2019, and attrition has fallen to 9 per cent.</p>',
    '<p><b>Allocation of men with short periods left to serve</b></p>',
    '<p>The national allocation policy for category C prisons is being considered as part of the Population '
    'Strategy review, which will report to Ministers in spring 2027. I have asked officials to take the '
    'Board\'s comments into account in that review, and I will write to you again when it has concluded.</p>',
    '<p><b>Property</b></p>',
    '<p>The Board will wish to know that the new Prisoners\' Property Policy Framework came into force in May '
    '2026. It already requires sending prisons to transfer a man\'s property with him in sealed bags, and it '
    'sets a target of 12 weeks for settling claims for lost property, with compensation of up to &#163;5,000 '
    'paid locally. This is in place at Ravensmoor and its main sending prisons. HMPPS will monitor compliance '
    'through the quarterly property audit.</p>',
    '<p><b>Matters raised with the Governor</b></p>',
    '<p>The Governor tells me that the drainage in the segregation unit exercise yard was replaced in June 2026, '
    'so that exercise is no longer cancelled in wet weather, although with current staffing the unit cannot '
    'yet guarantee 30 minutes in the open air for every man every day. The Governor has considered the '
    'Board\'s point about the basic regime but does not intend to change it: men on basic are unlocked for '
    'education, work where they have it, exercise and showers, and she considers that the regime provides a '
    'proper incentive to behave well.</p>',
    '<p>Thank you once again to you and your Board for your valuable work. I am copying this letter to the '
    'Governor and to the Prison Group Director for the Yorkshire and Humber group.</p>',
    '<p style="margin-top: 12pt">Yours sincerely,</p>',
    '<p style="margin-top: 22pt"><b>Lord Ashcombe of Wellsted</b><br/>Minister of State for Prisons, Parole and '
    'Probation</p>',
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
    convert(ADVICE, "advice", "Liberation Sans",
            "IMB HMP Ravensmoor  -  Annual Report 2025-26", "{n}", skip_first=True)
    convert(RESPONSE, "response", "Liberation Serif", None, "OFFICIAL", size="11pt")
    recs = [
        {"number": "1", "starts_with": "When will the Minister ensure that no prisoner is released",
         "reply_contains": "not able to guarantee that every man will have an address",
         "verdict": "partly"},
        {"number": "2", "starts_with": "Will the Minister commit to reducing the population of Ravensmoor",
         "reply_contains": "not in a position to make the commitment the Board seeks",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": "Will the Prison Service fund the replacement of the shower blocks",
         "reply_contains": "has now approved funding of £1.38 million for the full refurbishment",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "The Board asks the Prison Service to ensure that prisoners' property",
         "reply_contains": "It already requires sending prisons to transfer a man's property",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "Will the Prison Service review its allocation policy so that men",
         "reply_contains": "asked officials to take the Board's comments into account",
         "verdict": "noted"},
        {"number": "6", "starts_with": "Ensure that men in the segregation unit are offered at least",
         "reply_contains": "cannot yet guarantee 30 minutes in the open air",
         "verdict": "partly"},
        {"number": "7", "starts_with": "Reduce the time that men on the basic regime spend locked",
         "reply_contains": "but does not intend to change it",
         "verdict": "disagrees"},
        {"number": "8", "starts_with": "Make sure that replies to prisoners' complaints are answered within",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["positive observations on the new officers who joined"]
    notes = ("Prison Independent Monitoring Board annual report answered by the prisons minister's reply letter "
             "(invented HMP Ravensmoor; LibreOffice Writer from HTML, A4; cover page, contents table, stamped "
             "running header and page numbers from page 2; the letter on a ministerial letterhead with reference "
             "and date, 'OFFICIAL' stamped at the foot). Advice: the eight recommendations are the UNNUMBERED "
             "bullets of '3.3 Main areas for development' in three groups ('TO THE MINISTER' 2, 'TO THE PRISON "
             "SERVICE' 3, 'TO THE GOVERNOR' 3), numbered 1-8 in document order; five are questions ('When will "
             "the Minister ...?', 'Will the Prison Service ...?'), one 'The Board asks the Prison Service to "
             "...', three imperatives. Traps: paragraph numbers 1.1-7.2 are not recommendation numbers; '3.2 "
             "Main judgements' ('which the prison should continue to tackle'); the '3.4 Progress since the last "
             "report' table quoting last year's issues ('The Board asked the Minister to increase ...') with the "
             "replies given and progress; evidence findings with 'should have more time'; 'The Board commends "
             "this improvement'; the statistics and applications tables. Response: letter with subject headings, "
             "no numbers, in the order 3, 2, 1, (staff), 5, 4, 6+7: 3 funding approved, works from October 2026 "
             "(agrees); 2 'not in a position to make the commitment the Board seeks' (disagrees); 1 referral "
             "service and a housing specialist but 'not able to guarantee that every man will have an address' "
             "(partly); 5 referred to the Population Strategy review, 'asked officials to take the Board's "
             "comments into account' (noted); 4 the new property framework 'already requires' transfer with "
             "property and a 12-week target (agrees, already doing it); ONE paragraph 'Matters raised with the "
             "Governor' for 6 and 7 (yard drainage replaced but 'cannot yet guarantee 30 minutes in the open air' "
             "= 6 partly; basic regime 'does not intend to change it' = 7 disagrees). 8 (complaints) is not "
             "answered (unanswered). The paragraph on recruitment and retention of staff answers no "
             "recommendation (unmatched); the thanks, apology and copy lines are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
