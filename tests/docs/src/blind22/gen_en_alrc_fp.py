"""Blind round 22 (English): Australian Law Reform Commission final report (recommendations 'Recommendation 3–1')
+ the Australian Government's response, one table per response category. fpdf2."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b22en import DOCS, build, fp_render  # noqa: E402

NAME = "blind22_en_alrc"
D = "\u2013"
R = {
    f"3{D}1": "The Superannuation Industry (Supervision) Act 1993 (Cth) should be amended to require trustees of "
              "regulated superannuation funds to offer members the option of a binding death benefit nomination "
              "that does not lapse.",
    f"3{D}2": "The Superannuation Industry (Supervision) Regulations 1994 (Cth) should be amended to remove the "
              "requirement that a binding nomination be signed in the presence of two adult witnesses, and to "
              "permit nominations to be made and confirmed electronically.",
    f"3{D}3": "Trustees should be required to tell members, in each annual statement, whether they have a valid "
              "death benefit nomination and, if it is a lapsing nomination, the date on which it will lapse.",
    f"4{D}1": "The Australian Government should work with state and territory governments to make superannuation "
              "death benefits available to satisfy family provision orders, where the benefit is paid to a "
              "beneficiary other than the deceased's estate.",
    f"4{D}2": "The Australian Financial Complaints Authority Rules should be amended to extend the period for "
              "objecting to a trustee's proposed distribution of a death benefit from 28 days to 90 days.",
    f"4{D}3": "The Attorney-General should refer the inconsistent treatment of superannuation in state and "
              "territory succession laws to the Standing Council of Attorneys-General for consideration.",
    f"5{D}1": "The Treasury, in consultation with the Australian Prudential Regulation Authority, should develop a "
              "plain-language model death benefit nomination form.",
    f"5{D}2": "Trustees should be required to accept a nomination made in the model form as a valid binding "
              "nomination.",
}


def rec(k):
    return ("box", f"Recommendation {k}", R[k])


adv = [
    ("cover", [("Australian Law Reform Commission", 13, True, 10),
               ("Who Gets the Super?", 28, True, 80),
               ("Review of Superannuation Death Benefit Nominations", 15, False, 10),
               ("ALRC Report 147", 13, True, 30),
               ("Final Report  |  November 2024", 11, False, 6),
               ("This Final Report reflects the law as at 1 October 2024.", 9, False, 120)]),
    ("toc", "Contents"),
    ("h1", "Terms of Reference"),
    ("p", "I, the Attorney-General of Australia, having regard to the growing share of household wealth held in "
          "superannuation and the uncertainty experienced by families when a member dies, refer to the Australian "
          "Law Reform Commission for inquiry and report, pursuant to s 20(1) of the <i>Australian Law Reform "
          "Commission Act 1996</i> (Cth), a consideration of whether, and if so what, reforms are necessary to the "
          "law governing the nomination and payment of superannuation death benefits."),
    ("h1", "1. Introduction and Summary"),
    ("p", "1.1 Superannuation is now the second largest asset held by most Australian households after the family "
          "home. Yet, unlike the home, superannuation does not automatically form part of a deceased person's "
          "estate, and a will does not govern who receives it.[[1]] Instead, the trustee of the fund pays the "
          "benefit according to the fund's governing rules, the member's nomination (if any) and the law."),
    ("p", "1.2 This Report makes eight recommendations. They aim to make nominations easier to make and keep, to "
          "give families better information, and to reduce conflict between superannuation and succession law. "
          "The recommendations appear in Chapters 3 to 5."),
    ("notes", [(1, "<i>Superannuation Industry (Supervision) Act 1993</i> (Cth) s 62; see also <i>Ioppolo v "
                   "Conti</i> (2015) 48 WAR 1.")]),
    ("h1", "2. The Current Law"),
    ("p", "2.1 A member may make a binding nomination, which the trustee must follow if it is valid, or a "
          "non-binding nomination, which the trustee considers but is not bound by. Under the regulations, a "
          "binding nomination lapses after three years unless the fund's trust deed provides otherwise."),
    ("p", "2.2 The ALRC heard that lapsing is the single largest cause of invalid nominations. One large fund told "
          "the ALRC that 41% of binding nominations held on its register at 30 June 2024 had lapsed.[[2]]"),
    ("notes", [(2, "Submission 33 (AustralianSuper).")]),
    ("h1", "3. Making and Keeping Nominations"),
    ("p", "3.1 The ALRC considers that members should be able to make a nomination that remains in force until "
          "they revoke it. Many funds already offer non-lapsing nominations under their trust deeds, but the "
          "position varies from fund to fund."),
    rec(f"3{D}1"),
    ("p", "3.12 The two-witness requirement was designed for a paper-based world. Stakeholders representing "
          "members in remote communities told the ALRC that finding two adult witnesses who are not beneficiaries "
          "is a practical barrier, particularly for First Nations members."),
    rec(f"3{D}2"),
    ("p", "3.20 Members are often unaware that their nomination has lapsed. A simple annual reminder would "
          "address much of the problem at little cost."),
    rec(f"3{D}3"),
    ("h1", "4. Superannuation and Succession Law"),
    ("p", "4.1 In New South Wales alone, superannuation paid outside an estate can be brought back into the "
          "estate as notional estate for the purposes of a family provision claim. Elsewhere, a child or partner "
          "left without provision has no remedy against a death benefit paid to someone else."),
    rec(f"4{D}1"),
    ("p", "4.14 Complainants who object to a proposed distribution currently have only 28 days in which to do "
          "so. Grieving family members frequently miss that deadline."),
    rec(f"4{D}2"),
    ("p", "4.22 In the ALRC's view, current inter-jurisdictional arrangements have been ineffective in producing "
          "consistent succession laws, and a renewed national effort is warranted."),
    rec(f"4{D}3"),
    ("h1", "5. Forms and Information"),
    ("p", "5.1 Funds use more than 80 different nomination forms. Differences in wording, particularly around "
          "the definition of \u2018dependant\u2019, are a common source of invalid nominations."),
    rec(f"5{D}1"),
    rec(f"5{D}2"),
    ("p", "5.9 The ALRC also encourages funds to publish, on their websites, a short explanation of how they "
          "decide who receives a death benefit when there is no valid nomination. This is not a formal "
          "recommendation."),
]

head = ["Rec", "ALRC recommendation", "Government response"]
W = (12, 58, 80)


def row(k, text):
    return [k, R[k], text]


resp = [
    ("cover", [("Australian Government", 12, True, 10),
               ("Australian Government Response to the Australian Law Reform Commission Report 147", 20, True, 70),
               ("Who Gets the Super? Review of Superannuation Death Benefit Nominations", 12, False, 14),
               ("June 2025", 11, False, 40)]),
    ("h1", "Introduction"),
    ("p", "The Australian Government welcomes the Australian Law Reform Commission's Report <i>Who Gets the "
          "Super?</i> and thanks the Commissioners and all those who made submissions. The Government's "
          "response to each recommendation is set out below, grouped by the Government's position."),
    ("h2", "Supported"),
    ("table", W, [head,
                  row(f"3{D}1", "Supported. The Government will introduce amendments to the SIS Act in 2026 "
                                "requiring all regulated funds to offer a non-lapsing binding nomination."),
                  row(f"3{D}3", "Supported. Trustees are already required to report nomination status in annual "
                                "statements under amendments made in 2024; no further action is needed."),
                  [f"5{D}1 and 5{D}2", f"{R[f'5{D}1']}\n\n{R[f'5{D}2']}",
                   "Supported. Treasury and APRA will release the model form for consultation in early 2026, "
                   "and the accompanying regulations will require trustees to accept it."],
                  row(f"4{D}3", "Supported. The Government does not share the ALRC's view that existing "
                                "inter-jurisdictional arrangements have been ineffective, but the Attorney-General "
                                "will place the matter on the agenda of the Standing Council's next meeting.")]),
    ("h2", "Supported in principle"),
    ("table", W, [head,
                  row(f"3{D}2", "Supported in principle. The Government supports electronic nominations, but "
                                "will retain a single-witness requirement to guard against fraud and undue "
                                "influence.")]),
    ("h2", "Noted"),
    ("table", W, [head,
                  row(f"4{D}2", "Noted. AFCA's Rules are made by its independent board. The Government will "
                                "draw the ALRC's recommendation to the board's attention.")]),
    ("h2", "Not supported"),
    ("table", W, [head,
                  row(f"4{D}1", "Not supported. Making death benefits available to family provision claims would "
                                "cut across the trust-based structure of superannuation and add delay and cost "
                                "for all beneficiaries.")]),
    ("h2", "Other matters raised in the Report"),
    ("p", "The Government encourages funds to explain on their websites how discretionary death benefit "
          "decisions are made, as the ALRC suggests at paragraph 5.9, and APRA will consider this in its "
          "next review of prudential guidance."),
]

expected = {
    "recommendations": [
        {"number": f"3{D}1", "starts_with": "The Superannuation Industry (Supervision) Act 1993 (Cth) should be "
                                            "amended to require trustees",
         "reply_contains": "requiring all regulated funds to offer a non-lapsing binding nomination",
         "verdict": "agrees"},
        {"number": f"3{D}2", "starts_with": "The Superannuation Industry (Supervision) Regulations 1994 (Cth) should "
                                            "be amended to remove",
         "reply_contains": "will retain a single-witness requirement to guard against fraud",
         "verdict": "partly"},
        {"number": f"3{D}3", "starts_with": "Trustees should be required to tell members, in each annual statement",
         "reply_contains": "no further action is needed", "verdict": "agrees"},
        {"number": f"4{D}1", "starts_with": "The Australian Government should work with state and territory "
                                            "governments to make",
         "reply_contains": "cut across the trust-based structure of superannuation", "verdict": "disagrees"},
        {"number": f"4{D}2", "starts_with": "The Australian Financial Complaints Authority Rules should be amended",
         "reply_contains": "AFCA's Rules are made by its independent board", "verdict": "noted"},
        {"number": f"4{D}3", "starts_with": "The Attorney-General should refer the inconsistent treatment of "
                                            "superannuation",
         "reply_contains": "will place the matter on the agenda of the Standing Council's next meeting",
         "verdict": "agrees"},
        {"number": f"5{D}1", "starts_with": "The Treasury, in consultation with the Australian Prudential "
                                            "Regulation Authority, should develop",
         "reply_contains": "Treasury and APRA will release the model form for consultation", "verdict": "agrees"},
        {"number": f"5{D}2", "starts_with": "Trustees should be required to accept a nomination made in the model "
                                            "form",
         "reply_contains": "the accompanying regulations will require trustees to accept it", "verdict": "agrees"},
    ],
    "unmatched_replies_contain": ["as the ALRC suggests at paragraph 5.9"],
    "notes": "Australian Law Reform Commission final report and the Australian Government response; fpdf2, A4, "
             "Liberation fonts, page-foot footnotes. Recommendations are chapter-numbered with an en dash "
             "('Recommendation 3\u20131' ... '5\u20132') in shaded boxes; paragraphs carry '3.12'-style numbers "
             "inline; 5.9 is an explicit non-recommendation. The response has four tables, one per category "
             "(Supported, Supported in principle, Noted, Not supported), each row repeating the full "
             "recommendation text, so the order is 3\u20131, 3\u20133, 5\u20131+5\u20132 (one row, one reply "
             "covering both), 4\u20133, 3\u20132, 4\u20132, 4\u20131. 3\u20133 'already required ... no further "
             "action is needed' (agrees). 4\u20133 accepted while disputing the ALRC's characterisation (agrees). "
             "3\u20132 supported in principle but one witness kept (partly). 4\u20132 'Noted', a matter for "
             "AFCA's board (noted). 'Other matters raised in the Report' answers the non-recommendation 5.9.",
}

if __name__ == "__main__":
    build(fp_render, adv, f"{NAME}_advice.pdf", header="ALRC Report 147 \u2014 Who Gets the Super?",
          footer="{page}", accent=(120, 30, 60), family="serif", size=10.5, title="Who Gets the Super? ALRC 147")
    build(fp_render, resp, f"{NAME}_response.pdf", header="Australian Government Response to ALRC Report 147",
          footer="Page {page}", accent=(30, 50, 90), family="sans", size=10, title="Government Response ALRC 147")
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)
