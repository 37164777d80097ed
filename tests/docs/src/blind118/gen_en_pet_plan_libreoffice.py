"""Round 118 (EN): a Victorian city's ANIMAL MANAGEMENT ADVISORY COMMITTEE's advice on the draft Domestic Animal
Management Plan, a report in THREE-LEVEL DECIMAL NUMBERING: each chapter has '3.1 Findings' (3.1.1 ...) and '3.2
Recommendations' (3.2.1 ...), seven recommendations 3.2.1, 3.2.2, 4.2.1-4.2.3, 5.2.1, 5.2.2 among numbered findings,
context paragraphs 1.1-2.2 and a conclusion 6.1 naming two of them. Answered by the council meeting's QUESTIONS ON
NOTICE - RESPONSES: councillors' questions numbered 'Question on Notice 14/2026' ... '20/2026', each with 'Question:'
and 'Response:', some citing the recommendation numbers and some only the subject, one answering two recommendations,
two answering none (footpath trading, the Committee's membership), one recommendation never asked about.
LibreOffice Writer headless from HTML, A4, Liberation Serif (report, hanging decimal numbers by tab) and Liberation
Sans (questions on notice); header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the Domestic Animals Act 1994 (Vic) is named as context only (what is said of it here is not to
be relied on).
Run:  /tmp/blind118en/bin/python tests/docs/src/blind118/gen_en_pet_plan_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b118en as H

NAME = "blind118_en_pet_plan"
RUST = "#8a3b12"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 1.8cm 2.2cm 1.7cm 2.2cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 16pt; color: #8a3b12; margin-top: 0.3cm; margin-bottom: 0.15cm; }
h2 { font-family: '%(f)s'; font-size: 12.5pt; color: #8a3b12; margin-top: 0.4cm; margin-bottom: 0.12cm; }
h3 { font-family: '%(f)s'; font-size: 11pt; color: #333333; margin-top: 0.25cm; margin-bottom: 0.1cm; }
p { margin-top: 0; margin-bottom: %(pb)s; line-height: %(lh)s; }
p.n { margin-left: 1.3cm; text-indent: -1.3cm; margin-bottom: 0.18cm; }
p.q { margin-left: 0.6cm; }
</style>"""


def doc(body, font, size="10.5pt", pb="0.2cm", lh="115%"):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'pb': pb, 'lh': lh}}</head><body>{body}</body></html>")


def n(num, t, bold=False):
    t = f"<b>{t}</b>" if bold else t
    return f"<p class='n'>{num}&#9;{t}</p>\n"


def advice():
    S = "Liberation Serif"
    head = (f"<table width='100%' cellpadding='7' cellspacing='0'><tr>"
            f"<td bgcolor='{RUST}' width='66%'><font face='Liberation Sans' color='#ffffff' size='4'><b>City of "
            f"Larnook</b></font><br><font face='Liberation Sans' color='#f3dccd' size='2'>Animal Management Advisory "
            f"Committee</font></td><td bgcolor='#f6ebe3' width='34%' align='right'><font face='Liberation Sans' "
            f"size='2' color='{RUST}'>Report AMAC 01/2026<br>16 February 2026</font></td></tr></table>")
    body = head + "<h1>Advice on the draft Domestic Animal Management Plan 2026-2029</h1>\n"
    body += "<h2>1  Introduction</h2>\n"
    body += n("1.1", "Council released its draft Domestic Animal Management Plan 2026-2029 for comment on 8 December "
              "2025 and asked the Committee for its advice by the end of February. The Committee met three times, "
              "visited the pound at Quarry Road and heard from the RSPCA branch, two vets and the Larnook Cat "
              "Rescue volunteers.")
    body += n("1.2", "This report follows the chapters of the draft plan that matter most to the Committee: cats, "
              "dogs, and the pound. Within each chapter we set out our findings first and our recommendations "
              "second.")
    body += "<h2>2  Context</h2>\n"
    body += n("2.1", "The Domestic Animals Act 1994 requires every council in Victoria to prepare a domestic animal "
              "management plan every four years. The plan must set out how the council will promote responsible pet "
              "ownership and minimise the risk of attacks by dogs on people and animals.")
    body += n("2.2", "In its advice on the 2022 plan the Committee said that \"Council should scan every animal for a "
              "microchip on arrival at the pound\". That is now standard practice, and 71 per cent of dogs "
              "impounded in 2025 were returned to their owners within two days.")
    body += "<h2>3  Cats</h2>\n<h3>3.1  Findings</h3>\n"
    body += n("3.1.1", "The pound took in 412 cats in 2025, of which 263 were unowned or could not be traced.")
    body += n("3.1.2", "Wandering cats are the most common animal complaint in the two wards that border the Kellaway "
              "bushland reserve.")
    body += n("3.1.3", "Take-up of the free desexing program, offered each February to concession card holders, has "
              "exceeded the places available in every year since 2022.")
    body += "<h3>3.2  Recommendations</h3>\n"
    body += n("3.2.1", "Introduce a cat curfew requiring cats to be confined to their owner's premises between sunset "
              "and sunrise, from 1 July 2027, with a year of education before it is enforced.", True)
    body += n("3.2.2", "Extend the free cat desexing program for concession card holders from one month a year to "
              "four months a year.", True)
    body += "<h2>4  Dogs</h2>\n<h3>4.1  Findings</h3>\n"
    body += n("4.1.1", "Larnook has 11,840 registered dogs and only one fenced off-leash area, at Quarry Road.")
    body += n("4.1.2", "Reported dog attacks rose from 58 in 2023 to 77 in 2025; most took place in streets and parks, "
              "not in homes.")
    body += n("4.1.3", "Dogs adopted from the pound are registered at the full fee of $64 in their first year, and "
              "some new owners delay registering them.")
    body += "<h3>4.2  Recommendations</h3>\n"
    body += n("4.2.1", "Create a fenced off-leash dog park in each of the three wards, starting with Kellaway Reserve "
              "by December 2026.", True)
    body += n("4.2.2", "Reduce the registration fee for dogs adopted from the Council pound to $10 for the first "
              "year.", True)
    body += n("4.2.3", "Publish the number of dog attacks reported, investigated and prosecuted each quarter on "
              "Council's website.", True)
    body += "<h2>5  The pound and rehoming</h2>\n<h3>5.1  Findings</h3>\n"
    body += n("5.1.1", "The pound is open for owners to reclaim animals on weekdays between 10 am and 4 pm only, so "
              "many owners who work cannot collect their animal until the following week.")
    body += n("5.1.2", "Rehoming relies on volunteers and on staff fitting it around their other duties; 96 animals "
              "were transferred to rescue groups in 2025 because nobody had time to rehome them directly.")
    body += "<h3>5.2  Recommendations</h3>\n"
    body += n("5.2.1", "Extend the pound's opening hours for reclaiming animals to include Saturday mornings.", True)
    body += n("5.2.2", "Appoint a rehoming coordinator at the pound, at least three days a week, from the 2026-27 "
              "financial year.", True)
    body += "<h2>6  Conclusion</h2>\n"
    body += n("6.1", "The Committee supports most of the draft plan. It regards recommendations 3.2.1 and 5.2.2 as "
              "its priorities and would welcome the chance to discuss them with councillors before the plan is "
              "adopted.")
    body += "<p><br>Dr Anneliese Voss<br>Chair, Animal Management Advisory Committee</p>\n"
    return doc(body, S, "10.5pt")


QONS = [
    ("14/2026", "Cr Helen Marsh (Kellaway Ward)",
     "The Animal Management Advisory Committee has recommended a cat curfew and a longer free desexing program "
     "(its recommendations 3.2.1 and 3.2.2). What is the administration's response to each?",
     ["Council considered a cat curfew at its meeting of 10 March 2026 and resolved not to include one in the draft "
      "Plan. Officers will instead keep promoting voluntary containment through the Safe Cat, Safe Wildlife "
      "campaign.",
      "The free desexing program will run for two months a year, in February and August, rather than the four "
      "months the Committee proposed. A longer program cannot be funded within the 2026-27 budget."]),
    ("15/2026", "Cr Ravi Chandran (Quarry Ward)",
     "How many footpath trading permits were issued in 2025, and how many were refused?",
     ["In 2025 Council issued 146 footpath trading permits and refused 9. Seven of the refusals were for tables "
      "that would have narrowed the footpath below 1.5 metres."]),
    ("16/2026", "Cr Judith Okafor (Central Ward)",
     "Will the administration adopt the Committee's proposal for cheaper registration of dogs adopted from the "
     "pound?",
     ["Yes. From 1 July 2026 the first-year registration fee for a dog adopted from the Larnook pound will be $10, "
      "and the fee schedule put to Council in May will show this."]),
    ("17/2026", "Cr Helen Marsh (Kellaway Ward)",
     "Recommendation 4.2.3 of the Committee's report asks for dog attack figures to be published every quarter. Will "
     "this happen?",
     ["No. The administration does not support publishing attack figures every quarter, because in a municipality of "
      "our size small quarterly numbers could identify the people and dogs involved. Annual figures will continue to "
      "appear in the Annual Report."]),
    ("18/2026", "Cr Judith Okafor (Central Ward)",
     "Owners who work have told me they cannot get to the pound during the week. What is being done about this?",
     ["The pound will open for reclaiming animals on Saturdays from 9 am to 12 noon from 2 May 2026. The hours will "
      "be staffed by moving one officer from the Friday afternoon roster."]),
    ("19/2026", "Cr Tom Bellamy (Quarry Ward)",
     "Does the administration support fenced off-leash dog parks in each ward, as the Committee proposes?",
     ["Off-leash areas are being assessed in the Open Space Strategy review, which will report to Council in late "
      "2026. No commitment on fenced dog parks, including at Kellaway Reserve, can be made before that review is "
      "complete."]),
    ("20/2026", "Cr Tom Bellamy (Quarry Ward)",
     "How many members does the Animal Management Advisory Committee have, and how often did it meet in 2025?",
     ["The Committee has nine members: six community members, two councillors and one officer. It met five times in "
      "2025, with an average attendance of seven."]),
]


def response():
    S = "Liberation Sans"
    body = (f"<p><font size='2' color='{RUST}'><b>CITY OF LARNOOK</b></font><br><font size='2'>Ordinary Council "
            f"Meeting - Tuesday 21 April 2026 - Minutes attachment</font></p>\n"
            "<h1>Item 12.1  Questions on Notice - Responses</h1>\n"
            "<p>Under the Governance Rules, councillors may lodge questions on notice with the Chief Executive Officer "
            "at least seven days before a meeting. Questions 1/2026 to 13/2026 were answered at the March meeting. "
            "The responses below were prepared by the Director Community Safety, Paul Ostrowski, unless shown "
            "otherwise, and are taken as read.</p>\n")
    for num, who, q, answers in QONS:
        body += f"<h2>Question on Notice {num}</h2>\n<p><i>Lodged by {who}</i></p>\n"
        body += f"<p class='q'><b>Question:</b> {q}</p>\n"
        for i, a in enumerate(answers):
            lead = "<b>Response:</b> " if i == 0 else ""
            if num == "15/2026":
                lead = "<b>Response (Director City Planning):</b> "
            body += f"<p class='q'>{lead}{a}</p>\n"
    body += ("<h2>Further information</h2>\n<p>Questions on notice for the May meeting close at 5 pm on Tuesday 12 May "
             "2026. Responses are published with the minutes on Council's website.</p>\n")
    return doc(body, S, "10.5pt", "0.22cm", "125%")


def main():
    tmp = tempfile.mkdtemp(prefix="blind118en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Animal Management Advisory Committee - Report AMAC 01/2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Larnook - Ordinary Council Meeting 21 April 2026 - "
            "Questions on Notice", footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Introduce a cat curfew requiring cats to be confined to their",
         "reply_contains": "resolved not to include one in the draft Plan", "verdict": "disagrees"},
        {"number": 2, "starts_with": "Extend the free cat desexing program for concession card holders",
         "reply_contains": "rather than the four months the Committee proposed", "verdict": "partly"},
        {"number": 3, "starts_with": "Create a fenced off-leash dog park in each of the",
         "reply_contains": "No commitment on fenced dog parks, including at Kellaway Reserve",
         "verdict": "noted"},
        {"number": 4, "starts_with": "Reduce the registration fee for dogs adopted from the Council pound",
         "reply_contains": "From 1 July 2026 the first-year registration fee", "verdict": "agrees"},
        {"number": 5, "starts_with": "Publish the number of dog attacks reported, investigated and prosecuted",
         "reply_contains": "does not support publishing attack figures every quarter", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Extend the pound's opening hours for reclaiming animals to include",
         "reply_contains": "on Saturdays from 9 am to 12 noon from 2 May 2026", "verdict": "agrees"},
        {"number": 7, "starts_with": "Appoint a rehoming coordinator at the pound, at least three days",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Questions 1/2026 to 13/2026 were answered at the March meeting",
                 "Council issued 146 footpath trading permits and refused 9",
                 "six community members, two councillors and one officer",
                 "Questions on notice for the May meeting close at 5 pm"]
    notes = ("Advice: Victorian city's ANIMAL MANAGEMENT ADVISORY COMMITTEE report AMAC 01/2026 on the draft Domestic "
             "Animal Management Plan, in THREE-LEVEL DECIMAL NUMBERING with hanging numbers: each chapter has "
             "'N.1 Findings' (3.1.1-3.1.3, 4.1.1-4.1.3, 5.1.1-5.1.2, no recommendations) and 'N.2 Recommendations' "
             "(bold imperative paragraphs 3.2.1, 3.2.2, 4.2.1, 4.2.2, 4.2.3, 5.2.1, 5.2.2 = recs 1-7). Traps: "
             "numbered context paragraphs 1.1, 1.2, 2.1, 2.2, the Domestic Animals Act 1994 'The plan must set out "
             "...', the 2022 advice quoted ('Council should scan every animal for a microchip on arrival', done), "
             "findings with figures, conclusion 6.1 'regards recommendations 3.2.1 and 5.2.2 as its priorities'. "
             "Response: the council meeting's QUESTIONS ON NOTICE - RESPONSES, headings 'Question on Notice "
             "14/2026' ... '20/2026' with the councillor, 'Question:' and 'Response:'; some questions cite the "
             "recommendation numbers, others only the subject; order 1+2, (footpaths), 4, 5, 6, 3, (membership): "
             "QON 14 cites 3.2.1 and 3.2.2 and answers both in two paragraphs: 'resolved not to include one in the "
             "draft Plan', voluntary containment instead (1 disagrees) and desexing two months 'rather than the four "
             "months the Committee proposed' (2 partly); QON 16 by subject only, 'Yes.' $10 fee from 1 July 2026 "
             "(4 agrees); QON 17 cites 4.2.3, 'No. The administration does not support publishing attack figures "
             "every quarter' (5 disagrees); QON 18 by subject only (owners who work), Saturday 9 am to 12 noon from "
             "2 May 2026 (6 agrees); QON 19 dog parks, Open Space Strategy review, 'No commitment ... can be made "
             "before that review is complete' (3 noted); 7 (rehoming coordinator, named as a priority in 6.1) never "
             "asked about (unanswered). The introduction naming 'Questions 1/2026 to 13/2026', QON 15 (footpath "
             "trading, 146 and 9 permits), QON 20 (the Committee's membership and meetings, names the Committee but "
             "answers no recommendation) and 'Further information' answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
