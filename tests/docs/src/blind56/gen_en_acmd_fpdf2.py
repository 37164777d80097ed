"""Round 56 (EN): a UK statutory scientific advisory council's advice and the minister's reply letter. Advice: the
Advisory Council on the Misuse of Drugs' (ACMD) report 'Drug checking services: evidence and regulation' with the
Chair's covering letter to the Home Secretary (genre of ACMD advice: covering letter that summarises the main
recommendations, numbered paragraphs 1.1 ..., the legal framework, an evidence table, the ACMD's conclusions, then
shaded recommendation boxes 'Recommendation N' with the fields 'Lead:' and 'Measure of outcome:'). Response: the
reply of the (invented) Minister of State for Policing to the Chair, a letter WITHOUT headings that takes the
recommendations by number and content in another order. Recommendations: 1-7. Traps: the covering letter's summary
('the Government should'), the Misuse of Drugs Act 1971 and the 2001 Regulations ('shall', 'must'), the ACMD's
statutory duty under section 1 of the Act, the 2016 recommendation quoted, 'Conclusions' numbered 1-4, the 'Lead'
and 'Measure of outcome' fields, a table of services. fpdf2, A4, cleaned Liberation Sans. All content is invented
(the ACMD, the Home Office, OHID and the Acts are real; the people, services, figures and the report are not).

Run:  /tmp/blind56en/bin/python tests/docs/src/blind56/gen_en_acmd_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b56en as H
from fpdf import FPDF
from fpdf.fonts import FontFace
from datetime import datetime, timezone

NAME = "blind56_en_acmd"
SHADE = (228, 236, 230)

RECS = [
    ("The Home Office should introduce a dedicated licence category for drug checking services, with a fee and an "
     "inspection regime proportionate to a non-commercial health service, by April 2027.",
     "Home Office",
     "A dedicated licence category is published, and at least ten services are licensed under it by April 2028."),
    ("The Home Office and the Department of Health and Social Care should jointly fund an independent national "
     "evaluation of drug checking services over a period of at least three years.",
     "Home Office; Department of Health and Social Care",
     "An evaluation is commissioned in 2026/27 and its final report is published."),
    ("The Government should amend the Misuse of Drugs Regulations 2001 so that a person taking a sample to a "
     "licensed drug checking service does not commit an offence of possession while on the way to the service.",
     "Home Office",
     "Amending regulations are laid before Parliament."),
    ("Combating Drugs Partnerships should consider drug checking in their local needs assessments and, where a "
     "need is identified, include it in their local drug strategy.",
     "Combating Drugs Partnerships; local authorities",
     "The number of local strategies that address drug checking."),
    ("The Office for Health Improvement and Disparities should link the results of licensed drug checking services "
     "to a national early warning system for dangerous substances.",
     "OHID",
     "Alerts based on drug checking results are issued within 48 hours of a dangerous substance being identified."),
    ("The Home Office should publish guidance, agreed with the National Police Chiefs' Council, on policing in the "
     "vicinity of licensed drug checking services.",
     "Home Office; National Police Chiefs' Council",
     "Guidance is published and every police force has a named lead for drug checking services."),
    ("The Government should commission the ACMD to review the evidence on drug checking again in 2029, taking "
     "account of the national evaluation.",
     "Home Office",
     "A commissioning letter is sent to the ACMD."),
]


class Doc(FPDF):
    def __init__(self, foot, head=None):
        super().__init__(format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.foot, self.head = foot, head
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 9, 2, 9, 0, tzinfo=timezone.utc))

    def header(self):
        if self.head and self.page_no() > 1:
            self.set_font("LS", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.cell(0, 4, self.head, align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10.5, lh=5.3, align="J", after=2.2):
        self.set_font("LS", style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=12):
        if self.get_y() > 250:
            self.add_page()
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(0, 84, 64)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def np(self, n, t, gap=11):
        self.set_font("LS", "", 10.5)
        if self.get_y() > 262:
            self.add_page()
        y = self.get_y()
        self.cell(gap, 5.3, n)
        self.set_xy(self.l_margin + gap, y)
        self.multi_cell(self.epw - gap, 5.3, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(2.2)

    def recbox(self, i, text, lead, measure):
        if self.get_y() > 232:
            self.add_page()
        self.set_fill_color(*SHADE)
        self.set_draw_color(0, 84, 64)
        self.set_font("LS", "B", 10.5)
        self.set_text_color(0, 84, 64)
        self.multi_cell(0, 6, " Recommendation %d" % i, new_x="LMARGIN", new_y="NEXT", fill=True, border="LTR")
        self.set_text_color(0, 0, 0)
        self.set_font("LS", "", 10.5)
        self.multi_cell(0, 5.3, text, new_x="LMARGIN", new_y="NEXT", fill=True, border="LR", padding=(1, 2, 1, 2))
        self.multi_cell(0, 5.3, "**Lead:** " + lead, new_x="LMARGIN", new_y="NEXT", fill=True, border="LR",
                        markdown=True, padding=(0, 2, 0, 2))
        self.multi_cell(0, 5.3, "**Measure of outcome:** " + measure, new_x="LMARGIN", new_y="NEXT", fill=True,
                        border="LRB", markdown=True, padding=(0, 2, 1.5, 2))
        self.ln(3.5)


def advice(path):
    d = Doc("ACMD - Drug checking services - %d", head="ACMD | Drug checking services: evidence and regulation")
    d.add_page()
    d.set_font("LS", "B", 13)
    d.set_text_color(0, 84, 64)
    d.cell(0, 6, "Advisory Council on the Misuse of Drugs", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 9)
    d.multi_cell(0, 4.4, "Chair: Professor Helen Oduya\nSecretariat: 2 Marsham Street, London SW1P 4DF\n"
                 "ACMD@homeoffice.gov.uk", new_x="LMARGIN", new_y="NEXT", align="R")
    d.ln(3)
    d.p("Rt Hon Daniel Hartwell MP\nHome Secretary\n2 Marsham Street\nLondon SW1P 4DF", align="L", after=3)
    d.p("14 May 2026", align="L", after=3)
    d.p("Dear Home Secretary,", align="L")
    d.p("**ACMD advice on drug checking services**", align="L")
    d.p("I am pleased to enclose the Advisory Council on the Misuse of Drugs' report on drug checking services, "
        "prepared by a working group chaired by Dr Marcus Ellery. The report was agreed by the full Council at its "
        "meeting on 22 April 2026.")
    d.p("The ACMD concludes that drug checking services reduce harm and give early warning of dangerous substances, "
        "but that the current licensing arrangements are a serious barrier to them. In summary, the Council advises "
        "that the Government should create a licensing route designed for drug checking, fund a national "
        "evaluation and improve the flow of information from services to public health bodies. The report makes "
        "seven recommendations in all, set out in Section 5.")
    d.p("I would be happy to discuss the report with you or your officials.")
    d.p("Yours sincerely,", align="L", after=6)
    d.p("**Professor Helen Oduya**\nChair, Advisory Council on the Misuse of Drugs", align="L", after=4)
    d.add_page()
    d.set_font("LS", "B", 16)
    d.set_text_color(0, 84, 64)
    d.multi_cell(0, 8, "Drug checking services: evidence and regulation", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 10)
    d.cell(0, 5, "A report by the Advisory Council on the Misuse of Drugs - May 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("1. Introduction")
    d.np("1.1", "Drug checking services analyse samples of substances provided by members of the public and give "
         "them the results together with harm reduction advice. The ACMD was asked by the previous Home Secretary "
         "in October 2024 to review the evidence on these services and on the way in which they are regulated.")
    d.np("1.2", "Under section 1 of the Misuse of Drugs Act 1971, the ACMD has a duty to keep under review the "
         "situation in the United Kingdom with respect to drugs which are being misused and to advise ministers on "
         "measures to prevent misuse and to deal with its social problems.")
    d.hd("2. Legal framework")
    d.np("2.1", "Section 5 of the 1971 Act makes it an offence to possess a controlled drug. A service that handles "
         "controlled drugs must hold a Home Office licence under regulation 5 of the Misuse of Drugs Regulations "
         "2001, and the licensee shall keep records of every substance received and destroyed.")
    d.np("2.2", "In its 2016 report on harm reduction, the ACMD recommended that the Government consider the case "
         "for drug checking at festivals. Since then, licences have been issued case by case, using the route "
         "designed for laboratories. The standard fee is £4,700 and a new application takes on average 14 "
         "months.")
    d.hd("3. Evidence")
    d.np("3.1", "The ACMD took evidence from the three services that held a licence in 2025. Their activity is "
         "summarised in Table 1.")
    d.set_font("LS", "", 9)
    with d.table(col_widths=(60, 30, 34, 38), text_align=("LEFT", "CENTER", "RIGHT", "RIGHT"), line_height=4.8,
                 first_row_as_headings=True, headings_style=FontFace(emphasis="BOLD", fill_color=SHADE),
                 width=162, align="CENTER") as t:
        for r in (("Service", "Licensed since", "Samples tested in 2025", "Not what the user expected"),
                  ("Northgate Drug Checking (Leeds)", "2023", "1,412", "21%"),
                  ("Harbourside Checking (Bristol)", "2024", "986", "17%"),
                  ("Festival testing (mobile)", "2025", "2,305", "26%")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("LS", "I", 8.5)
    d.cell(0, 5, "Table 1: Licensed drug checking services, 2025. Source: returns to the ACMD working group.",
           align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.np("3.2", "In one sample in five the substance was not what the user expected; nitazenes were found in 43 "
         "samples sold as heroin or as prescription medicines. In 38 per cent of such cases, users said they would "
         "dispose of the substance.")
    d.hd("4. Conclusions")
    d.p("The ACMD concludes that:")
    for i, t in enumerate((
            "drug checking services reach people who are not in contact with treatment services;",
            "the results of drug checking should be, but at present are not, used systematically for public health "
            "alerts;",
            "the current licensing route, designed for laboratories, is disproportionate for small services; and",
            "the evidence on long-term outcomes is limited and no national evaluation has been carried out."), 1):
        d.np("%d." % i, t, gap=8)
    d.hd("5. Recommendations")
    d.p("The ACMD makes the following recommendations. For each recommendation the lead organisation and a measure "
        "of outcome are given, in line with the ACMD's usual practice.")
    for i, (t, lead, m) in enumerate(RECS, 1):
        d.recbox(i, t, lead, m)
    d.output(path)


def response(path):
    d = Doc("%d")
    d.add_page()
    d.set_font("LS", "B", 12)
    d.cell(0, 6, "Home Office", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9)
    d.multi_cell(0, 4.4, "Sarah Penrose MP\nMinister of State for Policing\n2 Marsham Street\nLondon SW1P 4DF\n"
                 "www.gov.uk/home-office", new_x="LMARGIN", new_y="NEXT", align="R")
    d.ln(2)
    d.p("Professor Helen Oduya\nChair, Advisory Council on the Misuse of Drugs", align="L", after=2)
    d.p("Our ref: MIN/26/0418\n2 September 2026", align="L", after=3)
    d.p("Dear Professor Oduya,", align="L")
    d.p("Thank you for your letter of 14 May to the Home Secretary enclosing the ACMD's report on drug checking "
        "services. I am replying as the minister responsible for drugs policy. I am grateful to the Council and to "
        "Dr Ellery's working group for a thorough and balanced piece of work.")
    d.p("I will begin with the report's recommendations on evaluation and on the law. The Home Office and the "
        "Department of Health and Social Care will jointly fund a three-year national evaluation of drug checking, "
        "to be commissioned through the National Institute for Health and Care Research this autumn. We do not, "
        "however, intend to amend the Misuse of Drugs Regulations 2001 as the ACMD proposes in its third "
        "recommendation. The police already have discretion in how they deal with possession, and a defence of "
        "this kind could not easily be confined to genuine users of a service.")
    d.p("I accept the fifth recommendation. From January 2027, the Office for Health Improvement and Disparities "
        "will receive the results of licensed services directly and will use them, together with hospital and "
        "coroner data, to issue national alerts on dangerous substances.")
    d.p("On licensing, I agree that the present arrangements are too slow and too costly for small non-commercial "
        "services. The Home Office will cut the fee for such services to £1,300 from April 2027 and will aim to "
        "decide applications within four months. Having considered the matter carefully, I have concluded that a "
        "separate licence category is not needed, and we will keep a single licensing route for all "
        "applicants.")
    d.p("Your fourth recommendation is addressed to Combating Drugs Partnerships. Whether drug checking is "
        "included in a local drug strategy is for each partnership to decide in the light of local needs, and I "
        "have shared the report with their senior responsible owners.")
    d.p("I would welcome a further review by the ACMD in 2029, once the first findings of the national "
        "evaluation are available, and my officials will include it in the Council's work programme.")
    d.p("Separately, I look forward to receiving the ACMD's advice on the harms of xylazine, which the Home "
        "Secretary commissioned in March, and I am grateful to the Council for agreeing to report by the end of "
        "the year.")
    d.p("I am copying this letter to the Secretary of State for Health and Social Care and to the Chief Medical "
        "Officer for England.")
    d.p("Yours sincerely,", align="L", after=6)
    d.p("**Sarah Penrose MP**\nMinister of State for Policing", align="L")
    d.output(path)


NOTES = ("UK statutory scientific advisory council pair: the Advisory Council on the Misuse of Drugs' report 'Drug "
         "checking services: evidence and regulation' with its Chair's covering letter to the Home Secretary, "
         "answered by the (invented) Minister of State for Policing's reply letter. Recommendations: seven shaded "
         "boxes 'Recommendation N' in Section 5, each followed by the fields 'Lead:' and 'Measure of outcome:' "
         "(not part of the recommendation's opening). Traps: the covering letter's summary ('the Council advises "
         "that the Government should create a licensing route ...'), numbered paragraphs 1.1-3.2, section 1 of the "
         "Misuse of Drugs Act 1971 (the ACMD's duty), regulation 5 of the 2001 Regulations ('must hold', 'shall "
         "keep'), the 2016 recommendation quoted in 2.2, Table 1, the conclusions numbered 1.-4. ('should be, but "
         "at present are not'). The reply is a letter without headings, in the order 2+3, 5, 1, 4, 7, citing some "
         "recommendations by ordinal ('third', 'fifth', 'fourth') and others by content only. Key: one paragraph: "
         "2 evaluation jointly funded (agrees) + 3 'We do not, however, intend to amend the Misuse of Drugs "
         "Regulations 2001' (disagrees); 5 'I accept the fifth recommendation' (agrees); 1 fee cut and faster "
         "decisions but 'a separate licence category is not needed' (partly); 4 'for each partnership to decide', "
         "report shared (noted); 7 further review in 2029 welcomed, no number or 'recommendation' word (agrees); "
         "6 police guidance unanswered. Unmatched: the thanks, the xylazine commission, the copy list, the "
         "sign-off.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1][0].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "concluded that a separate licence category is not needed", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "will jointly fund a three-year national evaluation of drug checking",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "We do not, however, intend to amend the Misuse", "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "is for each partnership to decide in the light", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "will receive the results of licensed services directly", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "I would welcome a further review by the ACMD in 2029", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["grateful to the Council and to Dr Ellery's working group",
                                  "advice on the harms of xylazine, which the Home Secretary commissioned",
                                  "copying this letter to the Secretary of State for Health"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b56en.py"), NAME)) and 1)
