"""Round 44 (EN): a UK Migration Advisory Committee-style review (the invented Labour Migration Advisory
Committee's 'Review of the Seasonal Worker visa route') with a commissioning letter quoted, Chapter 1 'Summary'
whose Table 1.1 lists the eight recommendations by number and chapter paragraph, and chapters 2-4 with paragraph
numbers 2.1 ... where each recommendation appears again as a bold 'We recommend that' sentence inside a
paragraph, among findings with 'should' and the 2022 review's recommendation quoted; answered by the Minister's
letter to the Committee's Chair (by theme, other order, some numbers in brackets, a new commission at the end).
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), A4, Liberation fonts; running header and
page numbers stamped with PyMuPDF. All content (committee, department, authority, minister, people, figures) is
invented.

Run:  /tmp/blind44en/bin/python tests/docs/src/blind44/gen_en_lmac_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b44en as H

NAME = "blind44_en_lmac"
TMP = "/tmp/b44en/lmac"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.2cm 2.3cm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 7pt; text-align: left; }
h1 { font-family: 'Liberation Sans'; font-size: 19pt; color: #6a1b4d; margin-bottom: 4pt; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #6a1b4d; margin-top: 12pt; margin-bottom: 5pt; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
"""

R = {1: "We recommend that scheme operators be required to guarantee seasonal workers a minimum of 32 paid hours "
        "in each week of their placement.",
     2: "We recommend that seasonal workers be allowed to transfer between farms and scheme operators without "
        "having to leave the UK and apply for a new visa.",
     3: "We recommend that the Government set the route's quota for five years at a time, announced at least "
        "twelve months before the first season it covers.",
     4: "We recommend that the Department prohibit scheme operators from using overseas recruitment agents "
        "that charge workers any fee, and require operators to reimburse any fee found to have been charged.",
     5: "We recommend that the route be extended to poultry work throughout the year, not only in the weeks "
        "before Christmas.",
     6: "We recommend that the Government commission an independent evaluation of the route's effect on "
        "investment in automation in horticulture.",
     7: "We recommend that the Department publish, every quarter, the number of complaints received from "
        "seasonal workers and the number of visas curtailed, by scheme operator.",
     8: "We recommend that the Labour Standards Authority be funded to inspect every scheme operator's farms "
        "at least once a season."}
PARA = {1: "2.6", 2: "2.9", 4: "2.12", 8: "2.14", 3: "3.5", 5: "3.8", 6: "4.4", 7: "4.7"}


def para(num, text):
    return ("<table width='100%%' cellpadding='0' cellspacing='0'><tr><td width='9%%' valign='top' "
            "style='font-size:10.5pt'>%s</td><td width='91%%' valign='top' style='font-size:10.5pt'>"
            "<p style='margin-bottom:6pt'>%s</p></td></tr></table>" % (num, text))


def rp(num, before, n, after=""):
    return para(num, before + " <b>" + R[n] + "</b>" + ((" " + after) if after else ""))


def html(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body
            + "</body></html>")


def advice():
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (n, R[n], PARA[n]) for n in range(1, 9))
    b = ["<p style='color:#6a1b4d; font-size:11pt'><b>Labour Migration Advisory Committee</b></p>",
         "<h1>Review of the Seasonal Worker visa route</h1>",
         "<p style='font-size:11pt'>March 2026</p>",
         "<h2>Chair's foreword</h2>",
         "<p>The Seasonal Worker route now brings 47,500 workers a year to UK farms, most of them from Central "
         "Asia and Southern Africa. It has kept fruit and vegetables from rotting in the fields, but the "
         "evidence we heard shows that the risks to workers we warned of in our 2022 review have not gone away. "
         "Workers still arrive in debt, some are given too little work to cover their costs, and when things go "
         "wrong they have nowhere to turn. Our recommendations are aimed at making the route fair for workers "
         "as well as useful for growers. <i>Professor Alasdair Menzies-Rao, Chair</i></p>",
         "<h2>Chapter 1: Summary</h2>",
         para("1.1", "On 12 May 2025 the Minister for Migration and Citizenship commissioned us to review the "
                     "Seasonal Worker route. The commissioning letter asked us to consider \"whether the route "
                     "should continue beyond 2027 and, if so, on what terms\"."),
         para("1.2", "We conclude that the route should continue, but not on its current terms. Our eight "
                     "recommendations are set out in Table 1.1 with the paragraph of this report in which each "
                     "is explained."),
         "<p><b>Table 1.1: Summary of recommendations</b></p>",
         "<table width='100%' border='1' cellpadding='4' cellspacing='0' style='border-collapse:collapse'>"
         "<tr><td width='7%' bgcolor='#ead9e3'><b>No.</b></td><td width='78%' bgcolor='#ead9e3'><b>Recommendation"
         "</b></td><td width='15%' bgcolor='#ead9e3'><b>Paragraph</b></td></tr>" + rows + "</table>",
         "<p style='font-size:8.5pt'>Source: LMAC.</p>",
         "<h2>Chapter 2: Workers' pay, hours and welfare</h2>",
         para("2.1", "In our 2022 review we recommended that \"the Department should monitor the hours offered "
                     "to seasonal workers and act where operators fail to provide enough work\". The Department "
                     "accepted that recommendation, but it has not collected hours data."),
         para("2.2", "Survey evidence from 2,114 workers shows that 31% were offered fewer than 25 hours of work in "
                     "at least one week, and 9% went home owing more than they had earned. Workers typically "
                     "pay between 1,200 and 2,400 pounds for visas, flights and accommodation deposits."),
         rp("2.6", "Growers told us that weather makes a guarantee of hours difficult. We do not accept that "
                   "operators should pass the whole weather risk on to workers who cannot take other jobs.", 1),
         rp("2.9", "Workers whose farm has no more work, or who are treated badly, can only move if their scheme "
                   "operator agrees. Several told us they were afraid to complain for that reason.", 2),
         rp("2.12", "We found evidence that recruitment agents in four sending countries charged fees of up to "
                    "3,000 pounds, although the sponsor guidance already says that operators should not use such "
                    "agents.", 4),
         rp("2.14", "Only 14 of the route's 22,600 placements in 2025 were visited by the Labour Standards "
                    "Authority.", 8, "Inspection is the only way many abuses will come to light."),
         "<h2>Chapter 3: Size and scope of the route</h2>",
         para("3.1", "The quota has been set each year since 2021, usually in December, giving growers less than "
                     "four months to plan. It rose from 30,000 in 2021 to 47,500 in 2025 (Table 3.1)."),
         "<table width='70%' border='1' cellpadding='3' cellspacing='0' style='border-collapse:collapse'>"
         "<tr><td bgcolor='#ead9e3'><b>Year</b></td><td bgcolor='#ead9e3'><b>Quota</b></td><td bgcolor='#ead9e3'>"
         "<b>Visas issued</b></td><td bgcolor='#ead9e3'><b>Announced</b></td></tr>"
         "<tr><td>2023</td><td>45,000</td><td>41,870</td><td>December 2022</td></tr>"
         "<tr><td>2024</td><td>45,000</td><td>44,210</td><td>November 2023</td></tr>"
         "<tr><td>2025</td><td>47,500</td><td>46,982</td><td>January 2025</td></tr></table>",
         "<p style='font-size:8.5pt'>Table 3.1: Seasonal Worker quota and visas issued. Source: Department for "
         "Borders and Migration.</p>",
         rp("3.5", "A longer planning horizon would let growers invest and let operators build relationships with "
                   "reputable recruiters.", 3),
         rp("3.8", "The poultry concession (2,000 visas in October-December) is too short to be useful to an "
                   "industry that needs workers all year.", 5),
         "<h2>Chapter 4: Evidence and transparency</h2>",
         para("4.1", "Automation could in time reduce the route's size. Evidence on whether the route has delayed "
                     "investment in automation is mixed and mostly anecdotal."),
         rp("4.4", "The Government should not rely on the route indefinitely without evidence on this point.", 6),
         rp("4.7", "The Department publishes visa numbers, but nothing on how workers fare.", 7),
         para("4.9", "We will look again at the route in 2028, when the first of any multi-year quotas would "
                     "end.")]
    return html("".join(b))


def response():
    b = ["<p align='right' style='font-size:9pt'><b>Department for Borders and Migration</b><br>"
         "Minister for Migration and Citizenship<br>2 Marsham Court<br>London SW1P 4XX</p>",
         "<p>Professor Alasdair Menzies-Rao<br>Chair, Labour Migration Advisory Committee</p>",
         "<p>Our ref: MIN/2026/04418<br>18 June 2026</p>",
         "<p>Dear Alasdair,</p>",
         "<p><b>REVIEW OF THE SEASONAL WORKER VISA ROUTE</b></p>",
         "<p>Thank you for the Committee's review of the Seasonal Worker route, published in March. I am "
         "grateful to you and your secretariat for a thorough report, and to the growers, operators and workers "
         "who gave evidence. I am writing to set out the Government's response. The route will continue until at "
         "least 2030.</p>",
         "<p><b>Protecting workers</b></p>",
         "<p>The Government agrees that no worker should be left without enough work to cover their costs. From "
         "the 2027 season, scheme operators will be required by their sponsor licence to guarantee payment for "
         "at least 32 hours a week for every week of a worker's placement. We also accept that workers must be "
         "able to move when things go wrong: from January 2027 a worker will be able to transfer to another "
         "operator from within the UK, with the new operator reporting the move to the Department.</p>",
         "<p>On recruitment fees, the sponsor guidance has prohibited the use of fee-charging agents since "
         "2023 and requires operators to repay fees charged to workers. We are strengthening compliance checks "
         "on this requirement, and operators that breach it will lose their licence.</p>",
         "<p>The Labour Standards Authority's budget is a matter for the Department for Business and Trade and "
         "will be considered in the Spending Review. I have drawn the Committee's recommendation (8) to the "
         "attention of the Secretary of State.</p>",
         "<p><b>Quota and scope (recommendations 3 and 5)</b></p>",
         "<p>We recognise the value of certainty for growers. We will not set quotas five years ahead, as "
         "economic conditions and domestic labour supply can change quickly, but we will move to a two-year "
         "quota, announced by the end of June in the preceding year, starting with 2027-2028. We do not "
         "intend to extend the route to poultry work all year. Poultry processing is a year-round industry that "
         "should recruit through the Skilled Worker route or from the domestic workforce, and the seasonal "
         "concession will remain in place for 2026 only.</p>",
         "<p><b>Automation</b></p>",
         "<p>I agree that automation is important to the route's future. The Department for Environment, Food "
         "and Rural Affairs is leading the Government's review of automation in horticulture, and I have asked "
         "officials to share your report with that review, which will decide whether a separate evaluation is "
         "needed.</p>",
         "<p><b>Future work for the Committee</b></p>",
         "<p>Finally, I would like to commission the Committee to review the Care Worker route and report by "
         "June 2027. A commissioning letter setting out the terms of reference will follow shortly.</p>",
         "<p>I am copying this letter to the Secretary of State for Environment, Food and Rural Affairs and the "
         "Secretary of State for Business and Trade, and placing a copy in the Library of the House.</p>",
         "<p>Yours sincerely,</p><p><br><b>Rt Hon Fiona Adebayo-Clarke MP</b><br>Minister for Migration and "
         "Citizenship</p>"]
    return html("".join(b))


NOTES = ("Migration Advisory Committee-style review of a visa route: eight recommendations, all 'We recommend "
         "that ...', listed in Table 1.1 (No. | Recommendation | Paragraph) and repeated in bold inside paragraphs "
         "2.6-4.7 (body order 1, 2, 4, 8, 3, 5, 6, 7). Traps: the commissioning letter quoted ('whether the route "
         "should continue'), 1.2 'We conclude that the route should continue', the 2022 review's recommendation "
         "quoted ('the Department should monitor the hours'), sponsor guidance 'should not use such agents', 'The "
         "Government should not rely on the route indefinitely' before 6, Table 3.1, 4.9 'We will look again'. "
         "Response: the Minister's letter to the Chair, by theme, order 1+2, 4, 8, 3+5, 6: guarantee of 32 hours "
         "from 2027 (1 agrees) and transfer within the UK from January 2027 (2 agrees) in one paragraph; fee "
         "prohibition already in guidance since 2023, compliance checks strengthened (4 agrees); Labour Standards "
         "Authority budget a matter for another department and the Spending Review (8 noted); 'Quota and scope "
         "(recommendations 3 and 5)': two-year quota instead of five (3 partly), 'do not intend to extend the "
         "route to poultry' (5 disagrees); automation evaluation passed to the DEFRA review (6 noted); 7 "
         "(quarterly complaints and curtailment data) unanswered. The commission of a Care Worker route review "
         "and the opening thanks answer no recommendation.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="LMAC | Review of the Seasonal Worker visa route | March 2026",
            footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header=None, footer="Page {n} of {N}")
    sw = lambda n: " ".join(R[n].split()[:12])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "guarantee payment for at least 32 hours a week",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2), "reply_contains": "will be able to transfer to another operator from within the UK",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "we will move to a two-year quota",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4), "reply_contains": "We are strengthening compliance checks on this requirement",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5), "reply_contains": "We do not intend to extend the route to poultry",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": "asked officials to share your report with that review",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
        {"number": "8", "starts_with": sw(8), "reply_contains": "will be considered in the Spending Review",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["commission the Committee to review the Care Worker route"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b44en.py"), NAME)) and 1)
