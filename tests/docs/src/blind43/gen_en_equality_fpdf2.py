"""Round 43 (EN): an Irish-style equality review under section 32 of the (invented) Equality and Human Rights
Commission Act 2014 by the (invented) Commission for Equality and Human Rights of access to driver licensing
services at the (invented) National Vehicle Licensing Authority: cover band, paragraphs 1.1-5.3 in a number column,
a complaints table, the text of section 42 (the Public Sector Duty, 'shall have regard'), a 2021 recommendation quoted
from the Commission's guidance, findings with 'should have', and eight recommendations as bold paragraphs
'The Commission recommends that the Authority ...' with the only label a TAG AT THE END '(R1)'-'(R8)', scattered
through chapters 2-5. Answered by a SECTION OF ANOTHER DOCUMENT: chapter 6 of the Authority's Annual Report 2025
(pages 38-39, annual-report running header), themed sub-sections 6.1-6.4, replies citing tags in brackets or not at
all. fpdf2, A4, cleaned Liberation fonts. All content is invented.

Run:  /tmp/blind43en/bin/python tests/docs/src/blind43/gen_en_equality_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b43en as H
from fpdf import FPDF

NAME = "blind43_en_equality"
GREEN = (0, 98, 84)

R = {1: "The Commission recommends that the Authority carry out and publish an equality impact assessment of its "
        "online-only licence renewal system by 30 June 2026.",
     2: "The Commission recommends that the Authority restore in-person renewal at its regional offices and "
        "provide a telephone-assisted route for people who cannot use the online service.",
     3: "The Commission recommends that the Authority publish each year the number of licence refusals and "
        "revocations, broken down by age, disability and nationality.",
     4: "The Commission recommends that the Authority ensure that the driver theory test is available, free of "
        "charge, in at least ten languages other than English and Irish.",
     5: "The Commission recommends that the Authority designate a senior manager as lead for the Public Sector "
        "Equality and Human Rights Duty, reporting directly to the Board.",
     6: "The Commission recommends that the Authority train all customer-facing staff in disability awareness "
        "and reasonable accommodation by the end of 2026.",
     7: "The Commission recommends that the Authority review its medical fitness declaration form in "
        "consultation with Disabled Persons' Organisations.",
     8: "The Commission recommends that the Authority report on its implementation of these recommendations in "
        "its annual reports for 2026 and 2027."}


class Doc(FPDF):
    def __init__(self, head, foot, offset=0, first_plain=True):
        super().__init__(format="A4")
        self.head, self.foot, self.offset, self.first_plain = head, foot, offset, first_plain
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.first_plain and self.page_no() == 1:
            return
        self.set_font("LS", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(0, 5, self.head)
        self.set_draw_color(*GREEN)
        self.line(20, 15.5, 190, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.foot.format(n=self.page_no() + self.offset), align="C")
        self.set_text_color(0, 0, 0)


def para(pdf, num, text, style="", size=9.6):
    pdf.set_font("LS", "", size)
    y = pdf.get_y()
    if pdf.will_page_break(6):
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(12, 5.2, num)
    pdf.set_xy(32, y)
    pdf.set_font("LS", style, size)
    pdf.multi_cell(158, 5.2, text, markdown=True)
    pdf.ln(2)


def heading(pdf, text, size=12.5):
    pdf.ln(2)
    pdf.set_font("LS", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 7, text)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def rec(pdf, n):
    para(pdf, "", "**%s (R%d)**" % (R[n], n))


def advice(path):
    pdf = Doc("Equality Review: Access to Driver Licensing Services | Commission for Equality and Human Rights",
              "{n}")
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, 210, 44, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 12)
    pdf.set_font("LS", "B", 13)
    pdf.cell(0, 6, "Commission for Equality and Human Rights")
    pdf.set_xy(20, 19)
    pdf.set_font("LS", "I", 9.5)
    pdf.cell(0, 5, "An Coimisiún um Chomhionannas agus um Chearta an Duine")
    pdf.set_xy(20, 29)
    pdf.set_font("LS", "B", 17)
    pdf.cell(0, 8, "Equality Review: Access to Driver Licensing Services")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 50)
    pdf.set_font("LS", "", 9)
    pdf.multi_cell(0, 5, "A review of the National Vehicle Licensing Authority under section 32 of the Equality "
                         "and Human Rights Commission Act 2014\nPublished: 14 January 2026    Ref.: CEHR/ER/2025/02")
    pdf.ln(3)
    heading(pdf, "1. Introduction")
    para(pdf, "1.1", "Under section 32 of the Equality and Human Rights Commission Act 2014 (the Act), the "
                     "Commission may conduct a review of the equality of opportunity in a public body's "
                     "provision of services. In March 2025 the Commission decided to review the National Vehicle "
                     "Licensing Authority (the Authority), following 146 enquiries to our information service "
                     "about driver licensing between 2022 and 2024.")
    para(pdf, "1.2", "The review examined the move to online-only licence renewal in May 2023, access to the "
                     "driver theory test, the medical fitness process and the Authority's arrangements for "
                     "meeting its Public Sector Duty. We met the Authority's senior management team, surveyed 1,104 "
                     "licence holders and held four focus groups with Disabled Persons' Organisations, older "
                     "people's groups and migrant support organisations.")
    para(pdf, "1.3", "Section 42(1) of the Act provides that a public body shall, in the performance of its "
                     "functions, have regard to the need to eliminate discrimination, promote equality of "
                     "opportunity and treatment of its staff and the persons to whom it provides services, and "
                     "protect the human rights of its members, staff and the persons to whom it provides services.",
         style="I")
    heading(pdf, "2. Online-only renewal")
    para(pdf, "2.1", "Since May 2023 licences can be renewed only through the Authority's online service, which "
                     "requires a verified public services identity account. The Authority's own figures show that "
                     "renewals by people aged 75 and over fell by 18% in the first year, while renewals in all "
                     "other age groups were stable.")
    pdf.set_font("LS", "B", 8.5)
    pdf.set_fill_color(225, 238, 235)
    with pdf.table(width=158, col_widths=(70, 30, 30, 28), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=5, align="RIGHT", first_row_as_headings=True) as t:
        rows = [("Renewals completed", "2022", "2023", "2024"),
                ("Aged under 70", "402,118", "399,760", "405,931"),
                ("Aged 70 to 74", "31,442", "29,870", "30,105"),
                ("Aged 75 and over", "22,906", "18,781", "18,322"),
                ("Enquiries to the Commission", "38", "61", "47")]
        for i, r in enumerate(rows):
            pdf.set_font("LS", "B" if i == 0 else "", 8.5)
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.set_x(32)
    pdf.set_font("LS", "", 7.5)
    pdf.cell(0, 5, "Table 1: Licence renewals by age group, 2022-2024 (source: NVLA). Enquiries: Commission "
                   "information service.")
    pdf.ln(7)
    para(pdf, "2.2", "The Authority did not carry out an equality impact assessment before moving renewals "
                     "online. In the Commission's view it should have done so. In its 2021 guidance on the Public "
                     "Sector Duty, the Commission recommended that public bodies \"should assess the equality and "
                     "human rights impact of significant changes to how services are delivered before the change "
                     "is made\".")
    rec(pdf, 1)
    para(pdf, "2.3", "Participants in our focus groups described relying on family members or paying third "
                     "parties to complete renewals. The Authority's regional offices, which offered assisted "
                     "renewal until 2023, now deal only with commercial vehicle licensing.")
    rec(pdf, 2)
    rec(pdf, 6)
    heading(pdf, "3. Data and transparency")
    para(pdf, "3.1", "The Authority publishes the total number of licences refused or revoked each year, but "
                     "not who is affected. Without such data neither the Authority nor the public can tell whether "
                     "medical and residence rules affect some groups more than others.")
    rec(pdf, 3)
    heading(pdf, "4. The driver theory test")
    para(pdf, "4.1", "The theory test is offered in English and Irish only, and interpreters are not permitted. "
                     "Migrant support organisations told us that capable drivers holding licences from outside "
                     "the European Union were waiting a year or more to pass. The test is delivered for the "
                     "Authority by a contractor.")
    rec(pdf, 4)
    heading(pdf, "5. Governance and the Public Sector Duty")
    para(pdf, "5.1", "The Authority's Statement of Strategy 2024-2027 refers to the Public Sector Duty, but no "
                     "member of the senior management team has responsibility for it, and the Board has not "
                     "discussed equality since 2022.")
    rec(pdf, 5)
    para(pdf, "5.2", "The medical fitness declaration form asks applicants to list \"any disability or condition\" "
                     "without saying which conditions are relevant to driving. Several disabled people told us "
                     "that they had disclosed conditions that had no bearing on their licence and were then "
                     "required to obtain a medical report at their own cost.")
    rec(pdf, 7)
    para(pdf, "5.3", "Under section 32(2) of the Act the Commission may invite the Authority to prepare an "
                     "equality action plan. The Commission has decided not to do so at this stage, and will "
                     "instead monitor the Authority's response to this review.")
    rec(pdf, 8)
    pdf.output(path)


def response(path):
    pdf = Doc("National Vehicle Licensing Authority | Annual Report 2025", "{n}", offset=37, first_plain=False)
    pdf.add_page()
    pdf.set_font("LS", "B", 20)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 10, "6. Equality, Human Rights and Accessibility")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    def sub(t):
        pdf.ln(1)
        pdf.set_font("LS", "B", 11.5)
        pdf.multi_cell(0, 6.5, t)
        pdf.ln(1)

    def p(t):
        pdf.set_font("LS", "", 9.8)
        pdf.multi_cell(0, 5.3, t, markdown=True)
        pdf.ln(2.5)

    sub("6.1 Our Public Sector Duty")
    p("As a public body we have a duty under section 42 of the Equality and Human Rights Commission Act 2014 to "
      "have regard to equality and human rights in everything we do. In 2025 we published our first equality and "
      "human rights assessment, which identified older customers, disabled customers and customers whose first "
      "language is not English or Irish as groups for whom our services carry particular risks.")
    sub("6.2 Equality Review by the Commission for Equality and Human Rights")
    p("In January 2026 the Commission published its equality review of access to driver licensing services. We "
      "cooperated fully with the review and welcome its findings. The Commission made eight recommendations; the "
      "Board considered them at its meeting of 19 February 2026 and agreed the response set out below, which also "
      "serves as the first of the progress reports the Commission asked for. Progress will be reported again in "
      "our annual reports for 2026 and 2027.")
    p("**Impact assessment and renewal routes.** An independent equality impact assessment of online renewal "
      "began in December 2025 and will be published on our website in May 2026 (R1). From 2 February 2026 "
      "customers who cannot use the online service can renew by telephone with the help of a trained adviser, "
      "who completes the application on their behalf. We do not plan to reopen renewal counters in our regional "
      "offices: the telephone service reaches customers in every county, and the cost of restaffing eleven "
      "offices could not be met within our budget (R2). Disability awareness and reasonable accommodation "
      "training is now mandatory for all contact centre and counter staff, with every employee to complete it "
      "by December 2026.")
    p("**Equality data.** The Board considered carefully the recommendation to publish refusal and revocation "
      "figures by age, disability and nationality. We do not hold reliable disability data and do not record "
      "nationality, and after taking legal advice on data minimisation we have decided not to begin collecting "
      "these categories. We will continue to publish overall figures.")
    p("**The theory test.** The driver theory test is delivered by the Road Safety Testing Agency under its own "
      "statutory contract, and decisions about the languages in which it is offered are a matter for that Agency. "
      "We have forwarded the Commission's recommendation to the Agency's Chief Executive and will publish its "
      "reply when it is received.")
    p("**Governance.** Our Director of Customer Services has been the designated lead for the Public Sector Duty "
      "since March 2024 and reports to the Board twice a year; the Board's Audit and Risk Committee now also "
      "reviews equality risks each quarter.")
    sub("6.3 Accessibility of our services in 2025")
    with pdf.table(width=170, col_widths=(100, 35, 35), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=5.2,
                   first_row_as_headings=True) as t:
        rows = [("Indicator", "2024", "2025"), ("Online renewals completed without assistance (%)", "91.2", "92.8"),
                ("Reasonable accommodation requests received", "1,310", "1,642"),
                ("Requests granted in full (%)", "88", "90"), ("Accessibility complaints", "74", "59")]
        for i, r in enumerate(rows):
            pdf.set_font("LS", "B" if i == 0 else "", 9)
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    p("Our website met the Web Content Accessibility Guidelines 2.1 at level AA for the second year running, "
      "following an external audit in October 2025.")
    sub("6.4 Gender pay gap")
    p("Our gender pay gap report for 2025 shows a mean hourly gap of 4.1% in favour of men, down from 5.6% in "
      "2024. The full report is published on our website.")
    pdf.output(path)


NOTES = ("Equality review (section 32) of a licensing authority: eight recommendations as bold paragraphs 'The "
         "Commission recommends that the Authority ...', all opening with the same seven words, labelled only by a "
         "tag at the END '(R1)'-'(R8)', in the order 1, 2, 6, 3, 4, 5, 7, 8 among paragraphs 1.1-5.3. Traps: section "
         "42(1) quoted ('shall ... have regard'), the Commission's 2021 guidance quoted ('recommended that public "
         "bodies should assess'), 'it should have done so', Table 1, section 32(2) equality action plan not invited. "
         "Response: chapter 6 of the Authority's Annual Report 2025 (pages 38-39): 6.1 Public Sector Duty "
         "(unmatched); 6.2 the review, an intro paragraph that also answers R8 (progress reported in the 2026 and "
         "2027 annual reports: agrees) and themed run-in bold paragraphs: one paragraph for R1 (assessment to be "
         "published May 2026: agrees), R2 (telephone route yes, regional counters no: partly) and R6 (training "
         "mandatory by December 2026, no tag: agrees); 'Equality data' R3 without tag (decided not to collect: "
         "disagrees); 'The theory test' R4 without tag (a matter for the Road Safety Testing Agency, forwarded: "
         "noted); 'Governance' R5 without tag (already in place since March 2024: agrees); R7 (medical fitness "
         "form) unanswered. 6.3 accessibility table and 6.4 gender pay gap answer nothing.")


def expected():
    sw = lambda n: " ".join(R[n].split()[:12])
    recs = [
        {"number": "R1", "starts_with": sw(1), "reply_contains": "will be published on our website in May 2026",
         "verdict": "agrees"},
        {"number": "R2", "starts_with": sw(2), "reply_contains": "We do not plan to reopen renewal counters",
         "verdict": "partly"},
        {"number": "R3", "starts_with": sw(3), "reply_contains": "we have decided not to begin collecting these categories",
         "verdict": "disagrees"},
        {"number": "R4", "starts_with": sw(4), "reply_contains": "are a matter for that Agency",
         "verdict": "noted"},
        {"number": "R5", "starts_with": sw(5), "reply_contains": "Our Director of Customer Services has been the designated lead",
         "verdict": "agrees"},
        {"number": "R6", "starts_with": sw(6), "reply_contains": "training is now mandatory for all contact centre and counter staff",
         "verdict": "agrees"},
        {"number": "R7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
        {"number": "R8", "starts_with": sw(8), "reply_contains": "serves as the first of the progress reports",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["published our first equality and human rights assessment",
                                  "mean hourly gap of 4.1% in favour of men"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b43en.py"), NAME)) and 1)
