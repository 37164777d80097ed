"""Round 59 (EN): a Singapore-style COMMITTEE OF INQUIRY report (public version, extract) on a rail service
disruption and the Ministry's PRESS RELEASE announcing the Government's response.
Advice: 'Report of the Committee of Inquiry into the Northshore Line Service Disruption of 14 October 2025 - Public
Version (Extract)' (genre of Singapore Committees of Inquiry appointed under the Inquiries Act 2007: terms of
reference (a)-(d), continuously numbered paragraphs 1.-29. in a hanging column, findings, then recommendations as
'Recommendation #N:' bold run-in labels followed by a bold italic sentence, each inside a numbered paragraph and
followed by explanatory paragraphs). Response: Ministry of Transport press release 'Government's response to the
Committee of Inquiry into the Northshore Line Service Disruption' (genre of Singapore ministry press releases:
numbered paragraphs 1.-14. under bold sub-headings, no recommendation numbers, the body answering the
recommendations by content, in another order, plus a fare rebate and the 'About the COI' boilerplate).
Recommendations: #1-#7. Traps: terms of reference (a)-(d) ('to recommend measures'), findings with 'should have',
the Operating Performance Standards quoted ('shall'), the 2019 Rail Reliability Taskforce recommendation quoted,
a table of disruptions, an 'Observation' the Committee expressly does not make a recommendation, a closing summary
paraphrasing the recommendations. Chromium headless --print-to-pdf, A4, cleaned Liberation Serif/Sans via
@font-face, ligatures off; page numbers stamped with PyMuPDF. All content is invented (the Inquiries Act 2007 and
the Rapid Transit Systems Act 1995 are real; what is said about them is not to be relied on).

Run:  /tmp/blind59en/bin/python tests/docs/src/blind59/gen_en_sg_coi_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b59en as H

NAME = "blind59_en_sg_coi"
TMP = "/tmp/blind59en_sg_coi"

RECS = [
    "NRT should replace all 212 axle counters on the Northshore Line that were installed before 2012, and "
    "complete the replacement by December 2027.",
    "The TRA should require every rail operator to submit an annual asset condition report, and should publish a "
    "summary of each report.",
    "The TRA should commission an independent audit of the competency and training of NRT's maintenance "
    "workforce every three years, beginning in 2026.",
    "NRT should set up a dedicated incident command centre, staffed around the clock, with the authority to "
    "suspend services and activate bridging services without referral to senior management.",
    "The TRA should amend the Operating Performance Standards so that free bridging bus services are activated "
    "within 20 minutes of any disruption expected to last more than 30 minutes.",
    "NRT should make station and in-train announcements during disruptions in all four official languages, and "
    "should send real-time alerts through its mobile app within five minutes of a service suspension.",
    "The Ministry of Transport should raise the maximum financial penalty under the Rapid Transit Systems Act "
    "1995 from $1 million to an amount linked to the operator's annual fare revenue.",
]


def fontface():
    css = ""
    for fam, base in (("CSerif", "LiberationSerif"), ("CSans", "LiberationSans")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 22mm 24mm 22mm 24mm; }
body { font-family: 'CSerif'; font-size: 11pt; line-height: 1.36; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #111; }
h1 { font-family: 'CSans'; font-size: 15pt; margin: 0 0 6pt 0; text-align: center; }
h2 { font-family: 'CSans'; font-size: 11pt; margin: 14pt 0 7pt 0; text-transform: uppercase; letter-spacing: 0.5pt; }
h3 { font-family: 'CSans'; font-size: 10.5pt; margin: 9pt 0 5pt 0; }
.np { display: grid; grid-template-columns: 10mm 1fr; margin: 0 0 7pt 0; text-align: justify; }
.sub { display: grid; grid-template-columns: 8mm 1fr; margin: 0 0 4pt 10mm; text-align: justify; }
.q { margin: 2pt 10mm 7pt 20mm; font-size: 10.3pt; text-align: justify; }
.cover { text-align: center; border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; padding: 8pt 0 10pt 0;
         margin-bottom: 12pt; }
.small { font-family: 'CSans'; font-size: 9pt; color: #333; }
table { border-collapse: collapse; margin: 2pt 0 9pt 10mm; font-family: 'CSans'; font-size: 9pt; }
td, th { border: 0.6pt solid #666; padding: 2pt 7pt; text-align: left; vertical-align: top; }
th { background: #e6e6e6; }
p { margin: 0 0 7pt 0; text-align: justify; }
.pr { font-family: 'CSans'; font-size: 10.5pt; }
.pr .np { grid-template-columns: 8mm 1fr; }
.prh { border-bottom: 2pt solid #9b1b30; padding-bottom: 6pt; margin-bottom: 10pt; }
.prh .org { font-weight: 700; font-size: 13pt; color: #9b1b30; letter-spacing: 0.5pt; }
.prh .kind { font-weight: 700; font-size: 10pt; margin-top: 2pt; }
.pr h3 { font-size: 10.5pt; margin: 10pt 0 5pt 0; text-decoration: underline; }
.box { border: 0.8pt solid #777; background: #f4f4f4; padding: 6pt 8pt; margin: 10pt 0; font-size: 9.5pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def np(n, t):
    return "<div class='np'><div>%s.</div><div>%s</div></div>" % (n, t)


def sub(l, t):
    return "<div class='sub'><div>(%s)</div><div>%s</div></div>" % (l, t)


def rec(k):
    return "<b>Recommendation #%d:</b> <b><i>%s</i></b>" % (k, RECS[k - 1])


def advice():
    b = ["<div class='cover'><div class='small'>PUBLIC VERSION (EXTRACT)</div>"
         "<h1>Report of the Committee of Inquiry into the Northshore Line Service Disruption of 14 October 2025</h1>"
         "<div class='small'>Submitted to the Minister for Transport on 9 January 2026</div></div>",
         "<h2>Chapter 1: Introduction</h2>",
         np(1, "On 14 October 2025, train services on the Northshore Line were suspended between Kallang Bahru and "
               "Woodgrove stations for five hours and 40 minutes during the morning peak. An estimated 186,000 "
               "commuter journeys were affected. The line is operated by NorthRail Transit Ltd (NRT) under a "
               "licence issued by the Transit Regulatory Authority (TRA)."),
         np(2, "On 24 October 2025, the Minister for Transport appointed this Committee of Inquiry under section 9 "
               "of the Inquiries Act 2007 with the following terms of reference:"),
         sub("a", "to establish the events and contributing factors leading to the disruption;"),
         sub("b", "to assess the adequacy of NRT's maintenance regime for the signalling system;"),
         sub("c", "to assess the response of NRT and the TRA to the disruption, including the provision of "
                  "information and alternative transport to commuters; and"),
         sub("d", "to recommend measures to reduce the likelihood and impact of similar disruptions."),
         np(3, "The Committee held 14 days of hearings and heard evidence from 31 witnesses. Portions of the "
               "evidence relating to the security of the signalling system have been redacted from this public "
               "version."),
         "<h2>Chapter 2: Key findings</h2>",
         np(4, "The immediate cause of the disruption was the simultaneous failure of two axle counters at "
               "Sembawang Creek, which caused the signalling system to treat a 2.4 km section of track as "
               "occupied. Both units had been installed in 2009 and had exceeded the manufacturer's recommended "
               "service life of 15 years."),
         np(5, "NRT's maintenance records show that the same two units had raised 11 intermittent fault alarms in "
               "the six months before the incident. The maintenance team should have escalated these alarms to "
               "the asset engineering department, but did not do so because the alarms cleared without "
               "intervention."),
         np(6, "In 2019 the Rail Reliability Taskforce recommended that \"operators should move from time-based to "
               "condition-based maintenance for all signalling assets by 2023\". The Committee finds that NRT had "
               "adopted condition-based maintenance for its trains, but not for trackside signalling equipment."),
         np(7, "The decision to suspend services was taken 52 minutes after the first fault, after it had been "
               "referred to three levels of NRT's management. The Operating Performance Standards issued by the "
               "TRA provide that:"),
         "<div class='q'><i>\"An operator shall take all reasonable steps to restore train service without delay "
         "and, where a disruption is expected to exceed 30 minutes, shall activate free bridging bus services "
         "within 30 minutes of that assessment.\"</i></div>",
         np(8, "Free bridging buses were activated 47 minutes after the suspension. Station announcements were made "
               "in English only, and the first alert on NRT's mobile app was sent 38 minutes after the "
               "suspension."),
         np(9, "The table below shows the number of disruptions on the line lasting more than 30 minutes in each "
               "of the last five years."),
         "<table><tr><th>Year</th><th>Disruptions &gt; 30 min</th><th>Of which signalling-related</th>"
         "<th>Mean km between failure</th></tr>"
         "<tr><td>2021</td><td>4</td><td>1</td><td>1,020,000</td></tr>"
         "<tr><td>2022</td><td>3</td><td>1</td><td>1,180,000</td></tr>"
         "<tr><td>2023</td><td>5</td><td>3</td><td>860,000</td></tr>"
         "<tr><td>2024</td><td>6</td><td>4</td><td>740,000</td></tr>"
         "<tr><td>2025</td><td>7</td><td>5</td><td>690,000</td></tr></table>",
         np(10, "The Committee also finds that the TRA's oversight relied on the reliability figures reported by "
                "the operator and did not include any independent check of the condition of signalling assets."),
         "<h2>Chapter 3: Recommendations</h2>",
         np(11, "The Committee's recommendations are set out below under four headings. Each recommendation is "
                "followed by the Committee's reasons."),
         "<h3>A. Asset renewal and maintenance</h3>",
         np(12, rec(1)),
         np(13, "Of the 212 units, 64 are on the four most heavily used sections of the line. The Committee "
                "recognises that replacement will require engineering hours, but considers that the risk of a "
                "further multi-hour disruption is not acceptable."),
         np(14, rec(2)),
         np(15, "A published summary would allow commuters and Parliament to see whether the condition of the "
                "network is improving, and would give the TRA an independent basis for its oversight."),
         np(16, rec(3)),
         np(17, "Several witnesses said that the maintenance staff on duty had not been trained to interpret the "
                "intermittent alarms described in paragraph 5."),
         "<h3>B. Incident management</h3>",
         np(18, rec(4)),
         np(19, "The Committee heard that duty managers were reluctant to suspend services without approval. In "
                "the Committee's view, the person closest to the incident should be able to take that decision."),
         np(20, rec(5)),
         np(21, "The Committee heard from the bus operators that buses could be withdrawn from scheduled services "
                "more quickly if a standing arrangement were in place."),
         "<h3>C. Information for commuters</h3>",
         np(22, rec(6)),
         np(23, "Elderly commuters and foreign workers told the Committee that they did not understand the "
                "announcements made on 14 October 2025."),
         np(24, "<i>Observation.</i> A number of members of the public asked the Committee to consider a "
                "permanent fare reduction for commuters on the line. The Committee does not make a recommendation "
                "on fares, which fall outside its terms of reference, but observes that the question may merit "
                "attention."),
         "<h3>D. Regulatory framework</h3>",
         np(25, rec(7)),
         np(26, "The current maximum penalty was set in 2016 and is small in relation to the annual fare revenue "
                "of the larger operators."),
         "<h2>Chapter 4: Conclusion</h2>",
         np(27, "In summary, the Committee has proposed measures to renew ageing signalling assets, to strengthen "
                "the TRA's oversight, to speed up decisions during an incident and to keep commuters better "
                "informed."),
         np(28, "The Committee thanks the witnesses, the Secretariat and the officers of the TRA who assisted it."),
         "<p style='margin-top:14pt'>Justice (Retd) Lim Wei Ling, Chairperson<br/>Professor Arvind Menon, Member"
         "<br/>Ms Nurul Huda Rahman, Member</p>",
         ]
    return page("".join(b))


def response():
    b = ["<div class='pr'>",
         "<div class='prh'><div class='org'>MINISTRY OF TRANSPORT</div><div class='kind'>PRESS RELEASE</div></div>",
         "<p style='text-align:center'><b>GOVERNMENT'S RESPONSE TO THE COMMITTEE OF INQUIRY INTO THE NORTHSHORE "
         "LINE SERVICE DISRUPTION</b></p>",
         np(1, "The Government has received the report of the Committee of Inquiry (COI) into the Northshore Line "
               "service disruption of 14 October 2025. The public version of the report is released today."),
         np(2, "The Government thanks the COI for its thorough work. It has carefully considered the COI's "
               "recommendations, and will act on most of them together with NorthRail Transit Ltd (NRT) and the "
               "Transit Regulatory Authority (TRA)."),
         "<h3>Faster decisions during incidents</h3>",
         np(3, "NRT has set up an Incident Command Centre at its Woodgrove depot, which began round-the-clock "
               "operations on 2 February 2026. Its duty commanders may suspend train services and call for "
               "bridging buses on their own authority."),
         "<h3>Renewing signalling assets</h3>",
         np(4, "NRT will replace the 64 axle counters on the four most heavily used sections of the line by "
               "December 2027. The remaining units will be replaced progressively by 2030, together with the "
               "planned resignalling of the line. Bringing the full replacement forward would require extended "
               "line closures, which would cause commuters more inconvenience than it would avoid."),
         "<h3>Bridging buses and commuter information</h3>",
         np(5, "From 1 April 2026, announcements during disruptions will be made in English, Chinese, Malay and "
               "Tamil, and NRT's app will push an alert to affected commuters as soon as a suspension is decided."),
         np(6, "The Government does not agree to a fixed 20-minute activation target for bridging buses. Bus "
               "operators need time to withdraw buses from scheduled services safely, and a shorter target would "
               "disrupt bus commuters elsewhere. The current standard will be retained, and the TRA will instead "
               "monitor compliance with it more closely."),
         "<h3>Regulatory oversight</h3>",
         np(7, "From FY2026, the TRA will require each rail operator to submit an annual asset condition report. "
               "A summary will be published on the TRA's website each September, starting in 2026."),
         np(8, "The Ministry notes the COI's views on financial penalties. They will be considered in the wider "
               "review of the Rapid Transit Systems Act, which is expected to start in 2027."),
         "<h3>Fare rebate for affected commuters</h3>",
         np(9, "Separately, NRT will credit a one-off rebate of $5 to every card used on the line on the morning of "
               "14 October 2025. The rebate will be credited automatically by 31 March 2026."),
         np(10, "The Government has also imposed a financial penalty of $900,000 on NRT for breaching the "
                "Operating Performance Standards. The penalty will be paid into the Public Transport Fund."),
         np(11, "The Government will give an update on the implementation of these measures in Parliament during "
                "the debate on the Ministry's budget."),
         "<div class='box'><b>About the Committee of Inquiry</b><br/>The COI was convened by the Minister for "
         "Transport on 24 October 2025 under the Inquiries Act 2007. It was chaired by Justice (Retd) Lim Wei Ling "
         "and submitted its report on 9 January 2026.</div>",
         "<p class='small'>MINISTRY OF TRANSPORT<br/>3 MARCH 2026</p>",
         "</div>"]
    return page("".join(b))


NOTES = ("Singapore-style Committee of Inquiry pair: the (invented) COI report on a rail disruption (public "
         "version, extract) and the Ministry of Transport's press release on the Government's response. "
         "Recommendations: bold run-in labels 'Recommendation #1'-'#7' followed by a bold italic sentence, each "
         "inside a numbered paragraph (12., 14., 16., 18., 20., 22., 25.) of a report numbered 1.-28. throughout, "
         "under lettered sub-headings A-D, each followed by a paragraph of reasons (starts_with = the sentence, "
         "label omitted). Traps: terms of reference (a)-(d) ('to recommend measures'), finding 5 'should have "
         "escalated', the 2019 Taskforce recommendation quoted, the Operating Performance Standards quoted "
         "('shall'), a table, the 'Observation' on fares ('does not make a recommendation'), the Conclusion's "
         "paraphrase. The press release (paragraphs 1.-11. under sub-headings, no recommendation numbers) answers "
         "by content in the order 4, 1, 6+5, 2, 7: 4 command centre set up (agrees); 1 only 64 of 212 units by "
         "2027, the rest by 2030 (partly); under one heading, 6 announcements in four languages from 1 April 2026 "
         "(agrees) and 5 'does not agree to a fixed 20-minute activation target' (disagrees); 2 annual report "
         "required and summary published (agrees); 7 'notes the COI's views on financial penalties', to be "
         "considered in a later review (noted); 3 (independent training audit) unanswered. Unmatched: the "
         "opening, the fare rebate, the penalty imposed, the update to Parliament.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", size=9)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", size=9, skip_first=True)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "The remaining units will be replaced progressively by 2030", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "A summary will be published on the TRA's website each September",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "an Incident Command Centre at its Woodgrove depot", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The Government does not agree to a fixed 20-minute activation target",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "announcements during disruptions will be made in English, Chinese, Malay and Tamil",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "The Ministry notes the COI's views on financial penalties", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["The public version of the report is released today",
                                  "credit a one-off rebate of $5 to every card",
                                  "The penalty will be paid into the Public Transport Fund",
                                  "give an update on the implementation of these measures"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b59en.py"), NAME)) and 1)
