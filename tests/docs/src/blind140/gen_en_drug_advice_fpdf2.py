"""Round 140 (EN): a scientific advisory council's ADVICE LETTER on controlling the veterinary sedative xylazine,
answered by the Minister's REPLY LETTER, which refers to the recommendations by ORDINALS ('your first
recommendation', 'the sixth') although the advice never numbers them, in another order, one paragraph answering the
second and fifth with different verdicts.
The advice: seven recommendations as UNNUMBERED SENTENCES 'The Council recommends that ...' at the ends of running
paragraphs under plain headings. Traps: the Council's 2021 advice quoted ('should be kept under review'); the Act
paraphrased ('the Minister must consult the Council'); the veterinary association's 'must remain available';
'The Council does not recommend that xylazine be placed in Class B'; numbered evidence points 1-4.
The response: introduction (nothing); first Class C (agrees); second and fifth in one paragraph: Schedule 4 Part 1
(agrees) and no import licensing (disagrees); third drug checking in three pilot areas (partly); sixth no duty on
coroners (disagrees); fourth wound care for local commissioners, noted (noted); closing (nothing); seventh review
never (unanswered).
fpdf2, A4, cleaned Liberation Serif / Sans, fixed creation dates; header and 'Page N of M' stamped from page 2. All
bodies, people, places, figures and references invented; the Misuse of Drugs Act 1971 and its Regulations are named
as context only (what is said of them is paraphrased and not to be relied on).
Run:  /tmp/blind140en/bin/python tests/docs/src/blind140/gen_en_drug_advice_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b140en as H
from fpdf import FPDF

NAME = "blind140_en_drug_advice"
TEAL = (16, 84, 96)
CRIMSON = (120, 24, 40)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Sans"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(23, 20, 23)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.48

    def meta(self, t, align="L"):
        self.set_font(self.fam, "", 9)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.5, t, align=align)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 14)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 6.8, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(1.0)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", 11)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 5.8, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.4)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def listing(self, items, marks, w=7, indent=4):
        for m, it in zip(marks, items):
            self.set_font(self.fam, "", self.size)
            self.set_x(self.l_margin + indent)
            self.cell(w, self.lh, m)
            self.multi_cell(self.tw - w - indent, self.lh, it, markdown=True, align="L")
            self.ln(0.9)
        self.ln(0.8)


def advice():
    d = Doc(dt.datetime(2025, 8, 21, 9, 0, tzinfo=dt.timezone.utc), 10, TEAL, fam="Serif")
    d.meta("ADVISORY COUNCIL ON DRUG HARMS | Secretariat: 4th Floor, Albion Court, Lowmarsh Road, Kingsreach KR1 4DT")
    d.meta("Ms Helena Okonkwo-Barr MP, Minister of State for Policing and Crime | 21 August 2025 | Ref. ACDH/2025/14")
    d.h1("Xylazine: advice on control and on reducing harm")
    d.para("Dear Minister,")
    d.para("In your letter of 3 February 2025 you asked the Council to assess the harms of xylazine, a veterinary "
           "sedative now found mixed with heroin and synthetic opioids, and to advise whether it should be "
           "controlled. As you know, the Misuse of Drugs Act 1971 provides, in our paraphrase, that the Minister "
           "must consult the Council before a substance is added to or moved between the classes of the Act; this "
           "letter is that advice.")
    d.h2("Background")
    d.para("Xylazine is licensed for use in horses, cattle and dogs and is not licensed for human use. In our 2021 "
           "advice on emerging sedatives we said that xylazine \"should be kept under review\", as only a handful "
           "of seizures had then been reported. That position has changed.")
    d.h2("What the evidence shows")
    d.listing(["Xylazine was found in 212 samples tested by drug-checking services in 2024, against 9 in 2021.",
               "It was mentioned on 61 death certificates in 2024; in almost all of them an opioid was also present.",
               "Needle and syringe programmes report severe skin wounds among people who inject, which heal slowly.",
               "Naloxone does not reverse the sedation that xylazine causes, though it remains essential in an "
               "opioid overdose."],
              ["1.", "2.", "3.", "4."])
    d.h2("Control")
    d.para("Taking the harms, the scale of misuse and the legitimate veterinary market together, the Council "
           "recommends that xylazine and its simple salts be controlled as a Class C drug under the Act. The "
           "Council does not recommend that xylazine be placed in Class B; the evidence of harm from xylazine on "
           "its own, without opioids, is too thin to support it.")
    d.para("Veterinary surgeons must keep access to the drug. The British Veterinary Practitioners' Association told "
           "us that xylazine \"must remain available in every mixed practice\", and we agree. For that reason the Council "
           "recommends that xylazine be placed in Schedule 4 Part 1 of the Misuse of Drugs Regulations, so that "
           "veterinary possession and supply continue without a controlled drug licence.")
    d.h2("Reducing harm")
    d.para("Early warning depends on testing. Only six drug-checking services currently test routinely for "
           "xylazine. The Council recommends that the Government fund drug-checking services to test for xylazine "
           "in at least ten areas with high rates of opioid deaths, and publish the results every quarter.")
    d.para("The wounds described to us need skilled and regular dressing, which many people who inject do not get "
           "from general practice. The Council recommends that wound care clinics be made part of every needle and "
           "syringe programme, with nursing time funded for the purpose.")
    d.h2("Supply")
    d.para("Most xylazine found in the illicit market appears to be imported in powder form through online "
           "suppliers abroad. The Council recommends that the import of xylazine be limited to licensed "
           "veterinary wholesalers, who should be required to report suspicious orders to the Border Agency.")
    d.h2("Monitoring")
    d.para("Deaths are likely to be undercounted, because post-mortem toxicology does not look for xylazine unless "
           "asked. The Council recommends that toxicology laboratories test for xylazine in every drug-related "
           "death referred by a coroner, using a standard panel agreed with the Chief Coroner's office.")
    d.para("Finally, the market for sedatives changes quickly, and the effect of control should be measured. The "
           "Council recommends that the Government commission a review of the evidence within two years of control "
           "coming into force, and ask the Council to report on it.")
    d.para("I would be happy to discuss this advice with you or your officials.")
    d.para("Yours sincerely,")
    d.para("Professor Declan Ashworth-Mbeki\nChair, Advisory Council on Drug Harms")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 11, 6, 9, 0, tzinfo=dt.timezone.utc), 10.2, CRIMSON)
    d.meta("Department for Home Affairs | Minister of State for Policing and Crime | 2 Marsham Row, Kingsreach KR1 2AA",
           align="R")
    d.meta("Professor Declan Ashworth-Mbeki, Chair, Advisory Council on Drug Harms | 6 November 2025 | "
           "MC2025/08817")
    d.h1("Xylazine: the Government's response to the Council's advice")
    d.para("Dear Professor Ashworth-Mbeki,")
    d.para("Thank you for the Council's letter of 21 August and for the speed with which the Council and its "
           "working group assessed xylazine. I have discussed the advice with the Secretary of State for Health "
           "and with colleagues in the devolved administrations, and I am now able to give you the Government's "
           "response.")
    d.para("I accept your first recommendation in full. An order making xylazine a Class C drug will be laid "
           "before Parliament in the new year, and we intend it to come into force in April 2026.")
    d.para("On the second and fifth recommendations, we will place xylazine in Schedule 4 Part 1 as you propose, so "
           "that veterinary practices are not burdened with licences. We are not persuaded, however, that a "
           "separate import licensing regime is needed; once the order is in force, importing xylazine without "
           "a veterinary purpose will be an offence, and the Border Agency tells us that its existing powers "
           "are sufficient.")
    d.para("The third recommendation is accepted in part. The Health Department will fund xylazine testing in "
           "three pilot areas, Kingsreach, Dunmore and the Wexcombe coast, for two years from January, and will "
           "publish the results every six months. We will decide on wider funding when the pilots have reported.")
    d.para("As to the sixth, the Government does not intend to place a duty on coroners or laboratories. Whether "
           "to request toxicology is a matter for each coroner, and the Chief Coroner has advised against a "
           "standard requirement. We will, however, share the Council's letter with the Chief Coroner's office.")
    d.para("I have noted what the Council says in its fourth recommendation about wound care. Needle and syringe "
           "programmes are commissioned by local authorities, and it is for them to decide how to spend the public "
           "health grant in the light of local need.")
    d.para("Thank you again to the members of the Council for their work on this advice. My officials will keep "
           "the secretariat informed as the order is prepared.")
    d.para("Yours sincerely,")
    d.para("Helena Okonkwo-Barr MP\nMinister of State for Policing and Crime")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Advisory Council on Drug Harms - ACDH/2025/14 - Xylazine",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Department for Home Affairs - MC2025/08817",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "the Council recommends that xylazine and its simple salts be controlled",
         "reply_contains": "An order making xylazine a Class C drug will be laid",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "the Council recommends that xylazine be placed in Schedule 4",
         "reply_contains": "so that veterinary practices are not burdened with licences",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The Council recommends that the Government fund drug-checking services",
         "reply_contains": "will fund xylazine testing in three pilot areas",
         "verdict": "partly"},
        {"number": 4, "starts_with": "The Council recommends that wound care clinics be made part",
         "reply_contains": "it is for them to decide how to spend the public",
         "verdict": "noted"},
        {"number": 5, "starts_with": "The Council recommends that the import of xylazine be limited",
         "reply_contains": "not persuaded, however, that a separate import licensing regime is needed",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "The Council recommends that toxicology laboratories test for xylazine in",
         "reply_contains": "does not intend to place a duty on coroners or laboratories",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Council recommends that the Government commission a review of",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["for the speed with which the Council and its working group",
                 "My officials will keep the secretariat informed"]
    notes = ("Advice: a scientific advisory council's ADVICE LETTER to a minister on controlling the veterinary "
             "sedative xylazine (the Misuse of Drugs Act 1971 and its Regulations named as context). Seven "
             "recommendations as UNNUMBERED SENTENCES 'The Council recommends that ...' at the ends of running paragraphs under "
             "plain headings (Control, Reducing harm, Supply, Monitoring). Traps: numbered evidence points 1-4; the "
             "2021 advice quoted ('should be kept under review'); the Act paraphrased ('the Minister must consult "
             "the Council'); 'Veterinary surgeons must keep access'; the veterinary association's 'must remain "
             "available in every mixed practice'; 'The Council does not recommend that xylazine be placed in Class "
             "B'; a supply sentence with 'who should be required to report' inside recommendation 5. Response: the "
             "Minister's REPLY LETTER referring by ORDINALS ('your first recommendation', 'the second and fifth', "
             "'The third', 'the sixth', 'its fourth recommendation') to recommendations the advice never numbered, "
             "in another order: introduction (nothing); first Class C order (agrees); ONE paragraph answering the "
             "second (Schedule 4 Part 1, agrees) and the fifth ('not persuaded ... import licensing', disagrees); "
             "third three pilot areas instead of ten (partly); sixth no duty on coroners or laboratories "
             "(disagrees); fourth 'I have noted', for local authorities (noted); closing (nothing); seventh, the "
             "review within two years, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
