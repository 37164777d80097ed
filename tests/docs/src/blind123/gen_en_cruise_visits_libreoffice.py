"""Round 123 (EN): a Tasmanian council's CRUISE VISITS COMMUNITY REFERENCE GROUP report to Council after the cruise
season. The recommendations are seven items with large ZERO-PADDED numerals '01'-'07' in a left-hand cell beside a
bold short title and the recommendation text (a borderless two-column table broken by the page after 05). Traps: the Local Government Act 1993
(Tas) paraphrased with 'must', the Group's terms of reference quoted ('The Group should advise Council'), a ruled
'Season at a glance' table of figures, bullets of what residents and businesses said, a closing line naming 'Items
01, 03 and 04'. Answered by Council's ACTION PLAN, its OWN numbering 'Action 1'-'Action 6' (not the items' numbers),
each block with a 'Responds to:' line citing the Group's item numbers ('Item 04', 'Items 01 and 03'), in another
order; item 07 cited nowhere; Action 6 is Council's own initiative ('Responds to: Council initiative') and answers
nothing, nor do the introduction and 'Review of this plan'.
LibreOffice Writer headless from HTML, A4, Liberation Sans (report) and Liberation Serif (action plan); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Local Government
Act 1993 (Tas) is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind123en/bin/python tests/docs/src/blind123/gen_en_cruise_visits_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b123en as H

NAME = "blind123_en_cruise_visits"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.2cm 2.0cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 16pt; margin-top: 0.1cm; margin-bottom: 0.2cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12pt; margin-top: 0.4cm; margin-bottom: 0.12cm; color: %(c)s; }
h3 { font-family: '%(f)s'; font-size: 10.5pt; margin-top: 0.3cm; margin-bottom: 0.08cm; }
p { margin-top: 0; margin-bottom: 0.18cm; line-height: 118%%; }
p.meta { color: #555555; font-size: 9pt; }
p.q { margin-left: 0.9cm; margin-right: 0.9cm; font-style: italic; }
p.ref { margin-bottom: 0.06cm; font-size: 9pt; color: #444444; }
td { font-family: '%(f)s'; font-size: 10pt; vertical-align: top; }
td.num { font-size: 22pt; font-weight: bold; color: %(c)s; }
li { margin-bottom: 0.08cm; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-AU'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


ITEMS = [
    ("01", "Cap on ships",
     "Limit cruise calls to no more than two ships on any one day, starting with the 2027-28 season."),
    ("02", "Coach pick-up",
     "Move the coach and tour pick-up zone from Wharf Street to the former rail yard on Esplanade Road."),
    ("03", "Passenger contribution",
     "Introduce a passenger contribution of five dollars per head, collected through the port, to pay for "
     "foreshore services on cruise days."),
    ("04", "Visitor centre hours",
     "Open the Port Arden Visitor Information Centre from 7 am on every cruise day, including Sundays and "
     "public holidays."),
    ("05", "Ambassadors",
     "Fund a volunteer cruise ambassador program with at least 30 trained volunteers and a paid coordinator."),
    ("06", "Shore power",
     "Ask Southern Ports Corporation to provide shore power at the Arden wharf by 2030 so that ships can turn "
     "off their engines at berth."),
    ("07", "Season report",
     "Report to the community after each season on what cruise visits cost Council and what they brought to "
     "local businesses."),
]


def advice():
    b = ("<p class='meta'>ARDEN VALLEY COUNCIL &#183; CRUISE VISITS COMMUNITY REFERENCE GROUP</p>"
         "<h1>The 2025-26 Cruise Season: Report to Council</h1>"
         "<p class='meta'>Presented to the Ordinary Council Meeting of 20 May 2026 &#183; Chair: Cr Julia Penrose "
         "&#183; Reference CRG-2026-01</p>")
    b += "<h2>1. About the Reference Group</h2>"
    b += ("<p>Council set up the Reference Group in 2023. Its terms of reference say that \"The Group should advise "
          "Council on managing the effects of cruise visits on residents, businesses and the foreshore\". The "
          "Group has eleven members: residents of the town centre and Battery Point, the Chamber of Commerce, tour "
          "operators, the Aboriginal community, the heritage society and two councillors.</p>")
    b += ("<p>Under the Local Government Act 1993 a council must act in the interests of its community as a whole "
          "and must consider the advice of any special committee it has set up before making a decision on the "
          "matter referred to that committee. The decisions in this report are Council's; the Group advises.</p>")
    b += "<h2>2. The season at a glance</h2>"
    b += ("<table border='1' cellpadding='4' cellspacing='0' width='70%'>"
          "<tr><td><b>Measure</b></td><td><b>2024-25</b></td><td><b>2025-26</b></td></tr>"
          "<tr><td>Ship calls</td><td>33</td><td>41</td></tr>"
          "<tr><td>Days with two or more ships</td><td>4</td><td>9</td></tr>"
          "<tr><td>Passengers landed</td><td>54,600</td><td>68,200</td></tr>"
          "<tr><td>Average spend ashore per passenger</td><td>$92</td><td>$88</td></tr>"
          "</table><p></p>")
    b += "<h2>3. What we heard</h2>"
    b += ("<p>The Group held two drop-in sessions and received 147 written comments. In summary:</p><ul>"
          "<li>residents of Wharf Street said that coaches idling outside their homes were the worst single "
          "problem of the season;</li>"
          "<li>businesses in the mall welcomed the trade but said most passengers arrive before shops open;</li>"
          "<li>on the three days with three ships, toilets and footpaths on the foreshore could not cope;</li>"
          "<li>several people asked whether the town gets back what it spends on cruise days.</li></ul>")
    b += ("<p>The Group also looked at the experience of other island ports. None of them limits passenger "
          "numbers by law, but several agree a daily limit with the port operator each season.</p>")
    b += "<h2>4. Our recommendations to Council</h2>"
    b += "<p>The Group recommends that Council acts on the following seven items before the 2026-27 season opens.</p>"
    b += "<table border='0' cellpadding='5' cellspacing='0' width='100%'>"
    for num, title, text in ITEMS:
        b += (f"<tr><td class='num' width='12%' valign='top'><font size='6' color='#1f5f8b'><b>{num}</b></font>"
              f"</td><td width='88%' valign='top'><b>{title}</b><br>{text}</td></tr>")
    b += "</table><p></p>"
    b += "<h2>5. In closing</h2>"
    b += ("<p>Items 01, 03 and 04 are the Group's priorities for the coming season. The Group thanks Council "
          "officers, Southern Ports Corporation and the many residents who took part.</p>")
    return doc(b, "Liberation Sans", "#1f5f8b", "10pt")


def block(n, title, refs, text, status):
    return (f"<h3>Action {n}: {title}</h3><p class='ref'><b>Responds to:</b> {refs}</p>"
            + "".join(f"<p>{t}</p>" for t in text) + f"<p class='ref'><b>Status:</b> {status}</p>")


def response():
    b = ("<p class='meta'>ARDEN VALLEY COUNCIL</p>"
         "<h1>Cruise Season Action Plan 2026-27</h1>"
         "<p class='meta'>Council's response to the Cruise Visits Community Reference Group report CRG-2026-01 "
         "&#183; Adopted by Council on 17 June 2026 &#183; Responsible officer: Director Community and Economic "
         "Development</p>")
    b += "<h2>Introduction</h2>"
    b += ("<p>Council thanks the Reference Group for a clear and practical report. This plan sets out what Council "
          "will do before and during the 2026-27 season, when 46 ship calls are already booked. Each action shows "
          "which of the Group's items it responds to.</p>")
    b += "<h2>Actions</h2>"
    b += block(1, "Visitor centre opening", "Item 04",
               ["Agreed. From the first call of the 2026-27 season the Visitor Information Centre will open at "
                "7 am on every cruise day, including weekends and public holidays."],
               "Funded in the 2026-27 budget.")
    b += block(2, "Coach and tour pick-up", "Item 02",
               ["Agreed. The tour pick-up zone will move to the former rail yard, which will be sealed and "
                "marked in August; Wharf Street will be signed as no standing for coaches."],
               "Works start 4 August 2026.")
    b += block(3, "Cruise ambassadors", "Item 05",
               ["Council will fund the ambassador program in 2026-27 for 15 volunteers, coordinated by the "
                "Visitor Information Centre team rather than a new paid position. A larger program will be "
                "considered in next year's budget if the first season is a success."],
               "Recruitment opens in July.")
    b += block(4, "Ship numbers and passenger charges", "Items 01 and 03",
               ["Council does not support a cap on daily ship calls. Berthing is booked by Southern Ports "
                "Corporation up to three years ahead, and the three-ship days of 2025-26 brought the strongest "
                "trade of the season for the mall.",
                "Council has also decided not to pursue a per-passenger charge. It has no power to levy one "
                "through the port, and a charge of that kind could deter the smaller expedition ships."],
               "No further action.")
    b += block(5, "Emissions at berth", "Item 06",
               ["Shore power is a matter for Southern Ports Corporation as the owner of the wharf. Council has "
                "passed the Group's request to the Corporation and will ask about its plans at the next port "
                "liaison meeting."],
               "To be raised in September 2026.")
    b += block(6, "Foreshore toilets", "Council initiative",
               ["Council will hire six additional portable toilets for the foreshore on every day with two or "
                "more ships, at a cost of about $21,000 for the season."],
               "Booked.")
    b += "<h2>Review of this plan</h2>"
    b += ("<p>Officers will report to Council on the plan in May 2027 after the season ends, and the Reference "
          "Group will be invited to comment on that report.</p>")
    return doc(b, "Liberation Serif", "#1f5f8b", "10.5pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind123en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Arden Valley Council - Cruise Visits Community Reference Group",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Arden Valley Council - Cruise Season Action Plan 2026-27",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Limit cruise calls to no more than two ships on any",
         "reply_contains": "Council does not support a cap on daily ship calls", "verdict": "disagrees"},
        {"number": 2, "starts_with": "Move the coach and tour pick-up zone from Wharf Street",
         "reply_contains": "which will be sealed and marked in August", "verdict": "agrees"},
        {"number": 3, "starts_with": "Introduce a passenger contribution of five dollars per head",
         "reply_contains": "Council has also decided not to pursue a per-passenger charge", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Open the Port Arden Visitor Information Centre from 7 am",
         "reply_contains": "From the first call of the 2026-27 season", "verdict": "agrees"},
        {"number": 5, "starts_with": "Fund a volunteer cruise ambassador program with at least 30",
         "reply_contains": "fund the ambassador program in 2026-27 for 15 volunteers", "verdict": "partly"},
        {"number": 6, "starts_with": "Ask Southern Ports Corporation to provide shore power at the Arden wharf",
         "reply_contains": "will ask about its plans at the next port liaison meeting", "verdict": "noted"},
        {"number": 7, "starts_with": "Report to the community after each season on what cruise visits",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["when 46 ship calls are already booked",
                 "hire six additional portable toilets for the foreshore",
                 "Officers will report to Council on the plan in May 2027"]
    notes = ("Advice: a Tasmanian council's Cruise Visits Community Reference Group; its terms of reference quoted "
             "('The Group should advise Council'); the Local Government Act 1993 paraphrased ('must act', 'must "
             "consider'); a ruled 'season at a glance' table of figures; bullets of what residents and businesses "
             "said (findings); seven recommendations as large ZERO-PADDED numerals '01'-'07' in the left cell of a "
             "borderless two-column table, each with a bold short title on the first line of the right cell and "
             "the imperative sentence below it, the table broken by the page after 05; closing 'Items 01, 03 and 04 are the Group's priorities'. "
             "Response: Council's action plan with its OWN numbering 'Action 1'-'Action 6' and a 'Responds to: "
             "Item NN' line under each heading, in the order 04, 02, 05, 01+03, 06: Action 1 visitor centre from "
             "7 am (04 agrees); Action 2 pick-up moved (02 agrees); Action 3 15 volunteers and no paid coordinator "
             "(05 partly); Action 4 'Items 01 and 03' in two paragraphs: no cap (01 disagrees), 'decided not to "
             "pursue a per-passenger charge' (03 disagrees); Action 5 'a matter for Southern Ports Corporation ... "
             "passed the Group's request ... will ask' (06 noted); item 07 cited nowhere (unanswered); Action 6 "
             "'Responds to: Council initiative' (nothing), the introduction and 'Review of this plan' (nothing). "
             "Numbers are the items' order 1-7 (01-07).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
