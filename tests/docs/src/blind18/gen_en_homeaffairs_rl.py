"""Blind round 18 (en): House of Commons Home Affairs Committee report 'Policing retail crime' with a closing
'Conclusions and recommendations' list (plain conclusions and bold recommendations interleaved, each ending
'(Paragraph N)'), and the Government response (command paper) that quotes each recommendation in bold and answers
it, answers two recommendations together, and also answers one conclusion.
Engine: reportlab (DejaVu Serif/Sans embedded), A4, running header and outer page numbers, dotted-free contents
table from a first pass, footnotes printed in small type at the end of the paragraph block.
Run: /tmp/blind18env/bin/python tests/docs/src/blind18/gen_en_homeaffairs_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b18 as H

NAME = "blind18_en_homeaffairs"
T = "Policing retail crime"

CR = [  # (number, is_recommendation, text, paragraph)
    (1, False, "Recorded shoplifting has risen to its highest level since current recording practices began. "
     "The true scale is greater still, because most incidents are never reported to the police.", "9"),
    (2, True, "The Home Office should require every police force to publish, each quarter, the number of "
     "shoplifting offences recorded, the proportion attended and the proportion resulting in a charge.", "12"),
    (3, True, "We recommend that the National Police Chiefs\u2019 Council issue guidance setting a presumption "
     "that officers attend any retail incident in which a member of staff has been assaulted or threatened.", "15"),
    (4, False, "We are concerned that the existing \u00a3200 threshold for low-value shoplifting has been "
     "widely misunderstood as meaning that such thefts will not be investigated.", "16"),
    (5, True, "The Government should fund a national retail crime intelligence unit for a further three years, "
     "and set out how its work will be evaluated.", "19"),
    (6, True, "We recommend that the Home Office extend the unit\u2019s remit to include organised theft from "
     "online retailers and parcel distribution centres.", "20"),
    (7, False, "Retail workers told us that abuse and violence have become part of the job. That should never "
     "be accepted as normal.", "23"),
    (8, True, "The Government should create a separate offence of assaulting a retail worker, carrying a "
     "maximum sentence of two years\u2019 imprisonment, rather than relying on an aggravating factor.", "25"),
    (9, True, "We recommend that large retailers be required to report incidents of violence against their "
     "staff to the Health and Safety Executive, and that the Executive publish the totals annually.", "27"),
    (10, True, "The Home Office should update us within twelve months on progress against each of the "
     "recommendations in this report.", "29"),
]


def advice():
    b = [("cover", [("House of Commons", 13, True, 20), ("Home Affairs Committee", 13, False, 2),
                    (T, 28, True, 110), ("Fourth Report of Session 2024\u201325", 13, False, 16),
                    ("<i>Report, together with formal minutes relating to the report</i>", 10, False, 24),
                    ("<i>Ordered by the House of Commons to be printed 18 June 2025</i>", 10, False, 6),
                    ("HC 588", 12, True, 160), ("Published on 25 June 2025 by authority of the House of Commons",
                                                 9, False, 6)]),
         ("h1", "The Home Affairs Committee"),
         ("p", "The Home Affairs Committee is appointed by the House of Commons to examine the expenditure, "
          "administration, and policy of the Home Office and its associated public bodies."),
         ("h3", "Current membership"),
         ("p", "Dame Karen Bradley MP (<i>Conservative, Staffordshire Moorlands</i>) (Chair); Mr Lewis Atkinson MP "
          "(<i>Labour, Sunderland Central</i>); Dr Neil Hudson MP (<i>Conservative, Epping Forest</i>); Shaun "
          "Davies MP (<i>Labour, Telford</i>); Margaret Mullane MP (<i>Labour, Dagenham and Rainham</i>); "
          "Robert Jenrick MP (<i>Conservative, Newark</i>)"),
         ("small", "Committee staff: the current staff of the Committee are Tamara Pike (Clerk), Jamie Hale "
          "(Second Clerk), Rosalind Ogundele (Committee Specialist) and Kim Barnes (Media Officer). "
          "Contacts: all correspondence should be addressed to the Clerk of the Home Affairs Committee, House "
          "of Commons, London SW1A 0AA."),
         ("pb",),
         ("toc", "Contents"),
         ("h1", "Summary"),
         ("p", "Shoplifting has become an everyday crime. Recorded offences in England and Wales passed 469,000 in "
          "the year to March 2025, and retailers estimate that the losses run to almost \u00a32 billion a year. "
          "Behind these figures are shop workers who are threatened and assaulted at work, and communities who "
          "see their local high street decline."),
         ("p", "We found that the police response varies widely between forces, that the reasons for this are "
          "poorly understood because the data are not published, and that the Government\u2019s plans to protect "
          "retail workers do not go far enough. Our conclusions and recommendations are set out at the end of "
          "this report."),
         ("pb",),
         ("h1", "1 Introduction"),
         ("np", "1.", "We launched this inquiry in November 2024 to examine the scale of retail crime, the response "
          "of police forces and the support available to retail workers. We received 61 pieces of written "
          "evidence and held four oral evidence sessions.[[1]]"),
         ("np", "2.", "We heard from retailers large and small, trade unions representing shop workers, police "
          "leaders, the Policing Minister and academics. We also visited a retail crime partnership in Leeds. We "
          "are grateful to everyone who contributed."),
         ("np", "3.", "This report considers the scale of the problem (Chapter 2), the police response (Chapter 3) "
          "and the protection of retail workers (Chapter 4)."),
         ("notes", [(1, "The written evidence and the transcripts of the oral evidence sessions are published on "
                        "the Committee\u2019s website.")]),
         ("h1", "2 The scale of retail crime"),
         ("np", "4.", "Police recorded crime statistics show 469,788 shoplifting offences in England and Wales in "
          "the year to March 2025, an increase of 20 per cent on the previous year.[[2]]"),
         ("np", "5.", "These figures understate the problem. The British Retail Consortium\u2019s annual survey "
          "estimated more than 20 million incidents of customer theft in 2023\u201324, and retailers told us that "
          "they report only a small fraction of them."),
         ("np", "6.", "Several witnesses described a change in the character of the offending. Organised groups "
          "now steal to order, often travelling between towns, and the goods are resold online."),
         ("np", "7.", "Witnesses also described the effect on small businesses. One independent retailer told us "
          "that she now spends more on security than on staff training."),
         ("np", "8.", "The Association of Convenience Stores told us that under-reporting is driven by a belief that "
          "the police will not respond. We heard the same from every retailer who gave evidence."),
         ("np", "9.", "<b>Recorded shoplifting has risen to its highest level since current recording practices "
          "began. The true scale is greater still.</b>"),
         ("notes", [(2, "Office for National Statistics, <i>Crime in England and Wales: year ending March 2025</i>, "
                        "July 2025, table P1.")]),
         ("h1", "3 The police response"),
         ("np", "10.", "Data obtained by the Committee show that the proportion of shoplifting incidents attended by "
          "an officer ranged from 9 per cent in one force to 61 per cent in another. None of this information is "
          "routinely published."),
         ("np", "11.", "The Policing Minister told us that the Government expects forces to treat shoplifting as a "
          "priority, but accepted that the public cannot at present see how each force performs."),
         ("np", "12.", "<b>Quarterly publication of force-level data on recording, attendance and outcomes would "
          "allow the public to hold their force to account.</b>"),
         ("np", "13.", "The Retail Crime Action Plan, agreed by police chiefs in October 2023, commits forces to "
          "attend where violence has been used, where an offender has been detained by store staff, or where "
          "evidence needs to be secured. Retailers told us that the plan is applied unevenly."),
         ("np", "14.", "Witnesses from USDAW said that its members were often told to wait for hours for an "
          "officer, and that in many cases nobody came."),
         ("np", "15.", "<b>Attendance at incidents involving violence or threats against staff must be the norm "
          "in every force.</b>"),
         ("np", "16.", "The Criminal Justice Act 2025 removed the provision under which theft of goods worth "
          "\u00a3200 or less was tried summarily. We heard that the provision had been misread, by offenders and "
          "by some officers, as meaning that such thefts would not be investigated."),
         ("h1", "4 Organised offending and retail workers"),
         ("np", "17.", "The national retail crime intelligence unit, known as Opal, was set up in 2023 with funding "
          "from retailers and the Home Office. Its funding from the Home Office ends in March 2026."),
         ("np", "18.", "Police leaders told us the unit had helped to identify organised groups operating across "
          "force boundaries, but that its work had not been independently evaluated."),
         ("np", "19.", "<b>The unit has shown its value and should continue.</b>"),
         ("np", "20.", "Theft from distribution centres and of parcels in transit is not within the unit\u2019s "
          "current remit. Online retailers told us that losses from such theft had doubled in two years."),
         ("np", "21.", "USDAW\u2019s annual survey found that 70 per cent of retail workers had experienced verbal "
          "abuse in the past year, and 10 per cent had been assaulted.[[3]]"),
         ("np", "22.", "Shop workers described being spat at, threatened with needles and punched. Many had "
          "considered leaving the sector."),
         ("np", "23.", "Retail workers told us that abuse and violence have become part of the job."),
         ("np", "24.", "The Government has announced that it will legislate for a standalone offence of assaulting "
          "a retail worker. At the time of our final session the sentence had not been settled."),
         ("np", "25.", "<b>A separate offence, with a clear maximum sentence, would send a signal that an assault "
          "on a shop worker is an assault on the public.</b>"),
         ("np", "26.", "Retailers are not required to report violence against staff to any public body, and there "
          "is therefore no reliable national figure."),
         ("np", "27.", "<b>Reporting to the Health and Safety Executive would create a consistent national record.</b>"),
         ("np", "28.", "We intend to return to this subject during this Parliament."),
         ("np", "29.", "<b>We expect to be kept informed of progress.</b>"),
         ("notes", [(3, "USDAW, <i>Survey of violence, threats and abuse against shopworkers</i>, January 2025.")]),
         ("h1", "Conclusions and recommendations"),
         ("h3", "The scale of retail crime"),
    ]
    for n, is_rec, text, para in CR:
        if n == 2:
            b.append(("h3", "The police response"))
        if n == 5:
            b.append(("h3", "Organised offending"))
        if n == 7:
            b.append(("h3", "Protecting retail workers"))
        t = f"<b>{text}</b>" if is_rec else text
        b.append(("np", f"{n}.", f"{t} (Paragraph {para})"))
    b += [("h1", "Formal minutes"),
          ("p", "<b>Wednesday 18 June 2025</b>"),
          ("p", "Members present: Dame Karen Bradley, in the Chair; Mr Lewis Atkinson; Shaun Davies; Dr Neil Hudson; "
           "Margaret Mullane"),
          ("p", "Draft Report (<i>Policing retail crime</i>), proposed by the Chair, brought up and read. Ordered, "
           "That the draft Report be read a second time, paragraph by paragraph. Paragraphs 1 to 29 read and "
           "agreed to. Resolved, That the Report be the Fourth Report of the Committee to the House."),
          ("p", "[Adjourned till Tuesday 24 June at 9.30am]")]
    return b


def q(n):
    return ("p", f"<b>{CR[n - 1][2]} (Paragraph {CR[n - 1][3]})</b>")


def response():
    return [
        ("cover", [("Government Response to the Home Affairs Committee Report: " + T, 22, True, 100),
                   ("Fourth Report of Session 2024\u201325", 12, False, 14),
                   ("Presented to Parliament by the Secretary of State for the Home Department by Command of His "
                    "Majesty", 10, False, 120), ("September 2025", 10, False, 8), ("CP 1402", 12, True, 10),
                   ("\u00a9 Crown copyright 2025. This publication is licensed under the terms of the Open "
                    "Government Licence v3.0 except where otherwise stated.", 8, False, 80)]),
        ("h1", "Introduction"),
        ("p", "The Government welcomes the Home Affairs Committee\u2019s report on retail crime, published on 25 "
         "June 2025, and is grateful to the Committee and to all those who gave evidence. Shop theft and violence "
         "against shop workers cause real harm to workers, businesses and communities, and tackling them is part "
         "of the Government\u2019s Safer Streets mission."),
        ("p", "This paper sets out the Government\u2019s response to the Committee\u2019s recommendations. The "
         "Committee\u2019s text is in bold and the paragraph references are to the report. Where recommendations "
         "are closely related we have responded to them together."),
        ("h2", "The police response"),
        q(2),
        ("h3", "Government response"),
        ("p", "The Government agrees. From April 2026 the Home Office will publish force-level quarterly data on "
         "recorded shoplifting, the proportion of incidents attended and charge outcomes, as part of the police "
         "recorded crime release. The first publication will cover the quarter to June 2026."),
        q(3),
        ("h3", "Government response"),
        ("p", "Operational decisions on attendance are rightly a matter for chief constables, and the Government "
         "will not set attendance requirements from Whitehall. The Policing Minister has, however, written to the "
         "National Police Chiefs\u2019 Council asking it to strengthen the Retail Crime Action Plan. The Council "
         "has agreed to strengthen the plan so that attendance is prioritised where staff have been assaulted, "
         "but it will not extend the presumption to threats made without violence, which forces will continue "
         "to assess case by case."),
        ("p", f"<b>{CR[3][2]} (Paragraph {CR[3][3]})</b>"),
        ("h3", "Government response"),
        ("p", "The Government shares the Committee\u2019s concern. The repeal of the so-called low-value threshold "
         "by the Criminal Justice Act 2025 should remove any impression that the theft of goods worth less than "
         "\u00a3200 will go uninvestigated, and the College of Policing has updated its guidance to officers "
         "accordingly."),
        ("h2", "Organised offending"),
        q(5), q(6),
        ("h3", "Government response to recommendations 5 and 6"),
        ("p", "The Government accepts both recommendations. Home Office funding for the national retail crime "
         "intelligence unit will continue until March 2029, and the unit\u2019s remit will be widened from April "
         "2026 to cover organised theft from distribution centres and parcels in transit. An independent "
         "evaluation will be commissioned in 2026\u201327 and published on completion."),
        ("h2", "Protecting retail workers"),
        q(8),
        ("h3", "Government response"),
        ("p", "The Government has legislated for a new standalone offence of assaulting a retail worker in the "
         "Crime and Policing Bill. Having considered the Committee\u2019s proposal, the Government does not "
         "intend to set the maximum sentence at two years. The offence will carry a maximum penalty of six "
         "months\u2019 imprisonment when tried summarily, consistent with common assault, with more serious "
         "assaults charged under existing offences that carry higher penalties."),
        q(9),
        ("h3", "Government response"),
        ("p", "The Government notes the recommendation. Existing reporting duties under the RIDDOR regulations "
         "already apply to serious injuries at work. The Department for Work and Pensions and the Health and "
         "Safety Executive will consider, with retailers and trade unions, whether wider reporting would be "
         "proportionate, and will keep the matter under review."),
        q(10),
        ("h3", "Government response"),
        ("p", "The Government agrees and will write to the Committee by June 2026 setting out progress against "
         "each recommendation."),
        ("small", "E03412345 09/25 \u2014 Printed on paper containing 40% recycled fibre content minimum."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "2", "starts_with": "The Home Office should require every police force to publish, each quarter, the number of",
         "reply_contains": "the Home Office will publish force-level quarterly data on recorded shoplifting", "verdict": "agrees"},
        {"number": "3", "starts_with": "We recommend that the National Police Chiefs\u2019 Council issue guidance setting a presumption",
         "reply_contains": "it will not extend the presumption to threats made without violence", "verdict": "partly"},
        {"number": "5", "starts_with": "The Government should fund a national retail crime intelligence unit for a further three years",
         "reply_contains": "Home Office funding for the national retail crime intelligence unit will continue until March 2029", "verdict": "agrees"},
        {"number": "6", "starts_with": "We recommend that the Home Office extend the unit\u2019s remit to include organised theft",
         "reply_contains": "Home Office funding for the national retail crime intelligence unit will continue until March 2029", "verdict": "agrees"},
        {"number": "8", "starts_with": "The Government should create a separate offence of assaulting a retail worker, carrying a",
         "reply_contains": "the Government does not intend to set the maximum sentence at two years", "verdict": "disagrees"},
        {"number": "9", "starts_with": "We recommend that large retailers be required to report incidents of violence against their",
         "reply_contains": "will consider, with retailers and trade unions, whether wider reporting would be proportionate", "verdict": "noted"},
        {"number": "10", "starts_with": "The Home Office should update us within twelve months on progress against each",
         "reply_contains": "will write to the Committee by June 2026 setting out progress", "verdict": "agrees"},
    ],
    "unmatched_replies_contain": ["The repeal of the so-called low-value threshold by the Criminal Justice Act 2025"],
    "notes": "House of Commons Home Affairs Committee report 'Policing retail crime' (HC 588; reportlab) + Government "
             "response command paper (CP 1402). Advice: cover, membership page, contents with page numbers, Summary, "
             "chapters 1-4 with body paragraphs 1.-29. in a hanging number column (some bold summary sentences in the "
             "body that repeat parts of conclusions), three footnotes, then 'Conclusions and recommendations' 1.-10. "
             "with italic theme sub-headings, plain conclusions 1, 4, 7 and bold recommendations 2, 3, 5, 6, 8, 9, 10 "
             "each ending '(Paragraph N)' with a BODY paragraph number. Only the recommendations are expected. "
             "Response: introduction, then the Committee's text quoted in bold (with its '(Paragraph N)' but WITHOUT "
             "the recommendation number) under theme headings, each followed by 'Government response'; it also answers "
             "conclusion 4 (unmatched reply) and answers recommendations 5 and 6 together under 'Government response to "
             "recommendations 5 and 6'. Verdicts: 3 is partly (presumption for assaults, not for threats, while saying "
             "attendance is for chiefs), 8 disagrees (offence created but two-year maximum refused), 9 noted (will "
             "consider, keep under review).",
}

if __name__ == "__main__":
    kw = dict(header=f"{T}", footer="{page}", accent=(0.0, 0.35, 0.25), title=T)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw["header"] = "Government Response to the Home Affairs Committee Report: " + T
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
