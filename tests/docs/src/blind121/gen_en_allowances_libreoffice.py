"""Round 121 (EN): an English borough council's INDEPENDENT REMUNERATION PANEL report on the members' allowances
scheme, written wholly in NUMBERED PARAGRAPHS 1-21 with hanging numbers; the recommendations are paragraphs 14-20,
each a 'That ...' clause, among numbered paragraphs of context and findings. Traps: the 2003 allowances regulations
paraphrased with 'must', a benchmark table, findings paragraphs with figures, the Panel's 2023 recommendation quoted
('should be reviewed', done), a closing paragraph naming 'Recommendations 14 to 16'. Answered by the MINUTES of the Full
Council meeting: the debate (an amendment and a recorded vote), then 'RESOLVED that' sub-clauses (a)-(f) referring
to the Panel's recommendations by ORDINAL ('the Panel's first recommendation'), in another order, one by content only;
one recommendation never answered; other agenda items answer nothing.
LibreOffice Writer headless from HTML, A4, Liberation Serif (report) and Liberation Sans (minutes); header and 'Page N
of M' stamped from page 2. All bodies, people, places, figures and references invented; the Local Authorities
(Members' Allowances) (England) Regulations 2003 are named as context only (what is said of them here is paraphrased
and not to be relied on).
Run:  /tmp/blind121en/bin/python tests/docs/src/blind121/gen_en_allowances_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b121en as H

NAME = "blind121_en_allowances"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.0cm 2.3cm 2.0cm 2.3cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 15pt; margin-top: 0.1cm; margin-bottom: 0.2cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 11.5pt; margin-top: 0.35cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.18cm; line-height: 118%%; }
p.n { margin-left: 1.0cm; text-indent: -1.0cm; }
p.r { margin-left: 1.0cm; }
p.meta { color: #555555; font-size: 9pt; }
td { font-family: '%(f)s'; font-size: 9pt; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    n = [0]

    def p(t):
        n[0] += 1
        return f"<p class='n'>{n[0]}.\t{t}</p>\n"

    b = ("<p class='meta'>BRAMLEY VALE BOROUGH COUNCIL</p>"
         "<h1>Report of the Independent Remuneration Panel on the Members' Allowances Scheme 2027/28</h1>"
         "<p class='meta'>Panel: Gillian Mercer (Chair), Dr Anand Ruparelia, Thomas Keble &#183; January 2027</p>")
    b += "<h2>Introduction</h2>"
    b += p("The Panel was asked by the Council to review the whole of the Members' Allowances Scheme, which was last "
           "reviewed in full in 2023. We met four times between October and December 2026 and interviewed 17 "
           "councillors, the Chief Executive and the Monitoring Officer.")
    b += p("Under the Local Authorities (Members' Allowances) (England) Regulations 2003, before it makes or amends "
           "its scheme a council must have regard to the recommendations of its independent remuneration panel. "
           "The decision on the scheme remains that of the Council.")
    b += p("In 2023 the Panel recommended that \"the allowances for the chairs of committees should be reviewed "
           "after the change to a committee system\". That review forms part of this report.")
    b += "<h2>What we found</h2>"
    b += p("The Basic Allowance of &#163;9,240 is the lowest of the nine councils in our comparator group, whose "
           "median is &#163;9,910. Councillors told us they spend on average 19 hours a week on council business.")
    b += ("<table width='90%' border='1' cellpadding='4' cellspacing='0' style='margin-left:1cm'>"
          "<tr><td bgcolor='#e6e0ef'><b>Allowance (2026/27)</b></td><td bgcolor='#e6e0ef'><b>Bramley Vale</b></td>"
          "<td bgcolor='#e6e0ef'><b>Comparator median</b></td></tr>"
          "<tr><td>Basic Allowance</td><td>&#163;9,240</td><td>&#163;9,910</td></tr>"
          "<tr><td>Leader</td><td>&#163;18,480</td><td>&#163;26,300</td></tr>"
          "<tr><td>Cabinet member</td><td>&#163;11,090</td><td>&#163;12,400</td></tr></table><p></p>")
    b += p("The Leader's special responsibility allowance is twice the Basic Allowance, against a multiple of about "
           "2.7 in the comparator group. Since the move to a committee system the two area planning committees "
           "meet monthly, but their chairs receive no special responsibility allowance.")
    b += p("Only two councillors claimed the dependants' carers' allowance last year, and several told us that "
           "the current rate of &#163;9.50 an hour does not cover what a carer actually costs.")
    b += p("Mileage claims for journeys within the borough totalled &#163;21,600 in 2025/26, most of them for "
           "journeys of under five miles.")
    b += p("Allowances have been frozen since April 2024. The Panel considered whether to link future rises to "
           "inflation, and prefers the pay award for the Council's staff, which councillors and residents "
           "understand.")
    b += p("The Panel also looked at a flat allowance for all councillors with no special responsibility "
           "allowances at all. We do not recommend it: it would not reflect the real differences in workload.")
    b += p("Most councils in the comparator group publish what each councillor is paid, and residents at our "
           "public session asked for the same in Bramley Vale.")
    b += p("The Panel was not asked to consider pensions, which are no longer available to councillors in England.")
    b += p("We are grateful to Democratic Services for their support throughout the review.")
    b += "<h2>Recommendations</h2>"
    b += p("The Panel recommends:")
    for t in ("That the Basic Allowance be increased from &#163;9,240 to &#163;9,850 with effect from 1 April 2027.",
              "That the special responsibility allowance for the Leader of the Council be set at 2.5 times the Basic "
              "Allowance.",
              "That a special responsibility allowance of 0.4 times the Basic Allowance be paid to the chair of "
              "each of the two area planning committees.",
              "That all allowances be increased each year by the percentage of the pay award for the Council's "
              "staff, for the four years 2027/28 to 2030/31.",
              "That the dependants' carers' allowance be paid at the rate of the real Living Wage, currently "
              "&#163;13.45 an hour, instead of the present fixed rate.",
              "That councillors no longer be able to claim mileage for journeys within the borough boundary.",
              "That the Council publish on its website, every quarter, the allowances and expenses paid to each "
              "councillor."):
        b += p(t)
    b += p("Recommendations 14 to 16 should be read together: the increases they propose are largely met by the "
           "saving in paragraph 19.")
    return doc(b, "Liberation Serif", "#4b2e6b", "10.5pt")


def response():
    b = ("<p class='meta'>BRAMLEY VALE BOROUGH COUNCIL</p>"
         "<h1>Minutes of the meeting of the Council</h1>"
         "<p class='meta'>Held at the Civic Centre, Bramley Vale, on Thursday 25 February 2027 at 7.00 pm</p>"
         "<p><b>Present:</b> The Mayor (Councillor Ruth Penhaligon) in the Chair, and 44 other councillors.</p>")
    b += "<h2>61. Minutes</h2>"
    b += ("<p>RESOLVED that the minutes of the meeting held on 17 December 2026 be approved as a correct record and "
          "signed by the Mayor.</p>")
    b += "<h2>62. Questions from members of the public</h2>"
    b += ("<p>Mrs Daphne Ilori asked when the Mill Lane public toilets would reopen. The Cabinet Member for "
          "Environment replied that the refurbishment would be complete by the end of April.</p>")
    b += "<h2>63. Members' Allowances Scheme 2027/28</h2>"
    b += ("<p>The Council considered the report of the Independent Remuneration Panel, introduced by its Chair, "
          "Gillian Mercer, and a covering report of the Monitoring Officer.</p>"
          "<p>Councillor Malik (Leader of the Council) moved the recommendations with two exceptions. He did not "
          "think it right for the Leader to take a larger increase while services were under pressure, and so "
          "would not accept the Panel's second recommendation. Councillor Ashworth seconded. Councillor Dunne "
          "said that 14 of the 19 councils she had looked at already paid the real Living Wage to carers.</p>"
          "<p>Councillor Dunne moved an amendment to keep mileage within the borough, pointing out that rural "
          "wards have no bus service after 6 pm. The amendment was put to the vote and was CARRIED (31 for, 12 "
          "against, 2 abstentions).</p><p>The substantive motion was then put and CARRIED. It was</p>")
    b += "<p>RESOLVED that:</p>"
    for letter, t in (
            ("(a)", "the Panel's first recommendation be accepted and the Basic Allowance be set at &#163;9,850 from "
                    "1 April 2027;"),
            ("(b)", "the fourth recommendation be accepted, so that allowances rise in line with the staff pay "
                    "award in each year to 2030/31;"),
            ("(c)", "the Leader's allowance stay at twice the Basic Allowance and the Panel's second "
                    "recommendation not be adopted;"),
            ("(d)", "in respect of the third recommendation, the chairs of the area planning committees receive "
                    "an allowance of 0.2 times the Basic Allowance, half the multiple the Panel proposed;"),
            ("(e)", "mileage for journeys inside the borough continue to be paid under the existing scheme;"),
            ("(f)", "the proposal on the carers' allowance be referred to the Member Development Working Group "
                    "for further consideration, and reported back in due course.")):
        b += f"<p class='r'>{letter} {t}</p>"
    b += "<h2>64. Treasury Management Strategy 2027/28</h2>"
    b += ("<p>RESOLVED that the Treasury Management Strategy and the borrowing limit of &#163;142 million for "
          "2027/28 be approved.</p>")
    b += "<p>The meeting ended at 9.12 pm.</p><p>Mayor ......................................</p>"
    return doc(b, "Liberation Sans", "#333333", "10pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind121en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Bramley Vale BC - Independent Remuneration Panel report 2027/28",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Council - 25 February 2027 - Minutes",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "That the Basic Allowance be increased from £9,240 to £9,850",
         "reply_contains": "the Panel's first recommendation be accepted", "verdict": "agrees"},
        {"number": 2, "starts_with": "That the special responsibility allowance for the Leader of the Council",
         "reply_contains": "the Leader's allowance stay at twice the Basic Allowance", "verdict": "disagrees"},
        {"number": 3, "starts_with": "That a special responsibility allowance of 0.4 times the Basic",
         "reply_contains": "half the multiple the Panel proposed", "verdict": "partly"},
        {"number": 4, "starts_with": "That all allowances be increased each year by the percentage",
         "reply_contains": "the fourth recommendation be accepted, so that allowances rise", "verdict": "agrees"},
        {"number": 5, "starts_with": "That the dependants' carers' allowance be paid at the rate",
         "reply_contains": "be referred to the Member Development Working Group", "verdict": "noted"},
        {"number": 6, "starts_with": "That councillors no longer be able to claim mileage for journeys",
         "reply_contains": "continue to be paid under the existing scheme", "verdict": "disagrees"},
        {"number": 7, "starts_with": "That the Council publish on its website, every quarter, the allowances",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["minutes of the meeting held on 17 December 2026 be approved",
                 "asked when the Mill Lane public toilets would reopen",
                 "the borrowing limit of £142 million for 2027/28 be approved"]
    notes = ("Advice: an English borough council's INDEPENDENT REMUNERATION PANEL report on the members' allowances "
             "scheme, written wholly in NUMBERED PARAGRAPHS 1.-21. with hanging numbers; the recommendations are "
             "paragraphs 14-20 after 'The Panel recommends:' (paragraph 13), each a 'That ...' clause. Traps: the "
             "2003 allowances regulations paraphrased with 'must'; the 2023 recommendation quoted ('should be "
             "reviewed', done); a benchmark table; findings paragraphs with figures; a flat allowance the Panel "
             "does 'not recommend'; closing paragraph 'Recommendations 14 to 16 should be read together' and "
             "'paragraph 19' (paragraph numbers, not the recommendations' own order 1-7). Response: MINUTES of the Full "
             "Council, items 61-64; under item 63 the debate (the Leader will not accept 'the Panel's second "
             "recommendation', a councillor's '14 of the 19 councils', an amendment CARRIED 31-12-2) and 'RESOLVED "
             "that:' (a)-(f) naming recommendations by ORDINAL in the order 1, 4, 2, 3, 6 (by content only), 5. "
             "Verdicts: 1 'first recommendation be accepted' = agrees; 2 Leader stays at twice Basic, 'second "
             "recommendation not be adopted' = disagrees; 3 0.2 not 0.4 times Basic, 'half the multiple the Panel "
             "proposed' = partly; 4 'fourth recommendation be accepted' = agrees; 5 carers' allowance 'referred to "
             "the Member Development Working Group' = noted; 6 mileage 'continue to be paid' after the amendment = "
             "disagrees; 7 publishing allowances never mentioned = unanswered. Items answering nothing: 61 Minutes, "
             "62 public questions, 64 Treasury Management.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
