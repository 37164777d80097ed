"""Round 53 (EN): an international civil aviation safety oversight audit report (genre of ICAO USOAP audit reports)
by the invented International Air Navigation Organization (IANO) on the civil aviation system of the invented
Republic of Ostmaria, answered by the State's Corrective Action Plan (CAP): a covering letter of the Director
General of Civil Aviation and a landscape matrix 'Finding No. | PQ No. | State's comments | Proposed corrective
action | Office responsible | Estimated implementation date'. The recommendations are the 'Recommendation:' blocks
of seven findings coded by audit area (LEG/01 ... AGA/01), each with Protocol Question numbers and a critical
element (CE-n); traps: Article 37 of the Convention and Annex numbers, an Effective Implementation table, the 2019
audit's recommendation quoted, 'States should' and 'should continue' sentences in the text, a good-practice
observation and Appendix 1 repeating the findings. fpdf2, A4 (response pages 2-3 landscape), cleaned Liberation
fonts. All content (organisation, State, people, figures) is invented.

Run:  /tmp/blind53en/bin/python tests/docs/src/blind53/gen_en_soap_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b53en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind53_en_soap"
BLUE = (0, 70, 127)
PALE = (221, 231, 242)

# code, area title, PQs, CE, finding, recommendation
FINDINGS = [
    ("LEG/01", "Primary aviation legislation", "1.045, 1.047", "CE-1",
     "The Civil Aviation Act 2011 does not empower the Civil Aviation Authority of Ostmaria (CAAO) to impose "
     "administrative penalties on certificate holders. Enforcement depends on criminal proceedings, of which none "
     "has been brought since 2017.",
     "The State should amend the Civil Aviation Act 2011 to give the CAAO the power to impose administrative "
     "penalties, proportionate to the seriousness of the contravention, on holders of certificates and licences."),
    ("ORG/01", "Civil aviation organization", "2.033, 2.035", "CE-3",
     "Salaries of CAAO technical staff are set under the general civil service scale and are on average 45% below "
     "those paid by the national airline. Eleven of 29 inspector posts were vacant on the first day of the audit.",
     "The State should establish a mechanism enabling the CAAO to recruit and retain sufficient qualified technical "
     "personnel, including conditions of service that are competitive with industry."),
    ("PEL/01", "Personnel licensing", "2.081, 2.085", "CE-4",
     "Licensing inspectors have received no formal training since 2020. No on-the-job training (OJT) programme "
     "exists and the records of the five inspectors interviewed did not show the tasks they were qualified to "
     "perform.",
     "The State should develop and implement a training programme for licensing personnel, comprising initial, "
     "on-the-job, recurrent and specialized training, and keep records of the training completed."),
    ("OPS/01", "Operations of aircraft", "4.235, 4.237", "CE-7",
     "Surveillance of the four Air Operator Certificate holders follows a fixed annual calendar that does not take "
     "account of the operators' safety performance. One operator with three reportable incidents in 2025 received "
     "the same number of inspections as an operator with none.",
     "The State should establish and implement a surveillance programme for air operators in which the frequency "
     "and scope of inspections are determined by the operators' risk profile."),
    ("AIR/01", "Airworthiness of aircraft", "5.133", "CE-6",
     "The CAAO issues certificates of airworthiness on the basis of documents submitted by the applicant. For four "
     "of the seven certificates sampled, no physical inspection of the aircraft was recorded.",
     "The State should ensure that a physical inspection of the aircraft by a qualified CAAO inspector is carried "
     "out and recorded before a certificate of airworthiness is issued or renewed."),
    ("AIG/01", "Aircraft accident and incident investigation", "6.013, 6.015", "CE-3",
     "Accident investigations are conducted by the CAAO's Flight Safety Department, which also performs "
     "certification and surveillance functions. The independence required by Annex 13 is therefore not assured.",
     "The State should establish an accident investigation authority that is independent of the civil aviation "
     "authority and of any other body whose interests could conflict with its task."),
    ("AGA/01", "Aerodromes and ground aids", "8.201, 8.205", "CE-6",
     "Neither of Ostmaria's two international aerodromes, Port Velan and Dravik, has been certified. The draft "
     "aerodrome manual of Port Velan has been under review since 2022.",
     "The State should complete the certification of its international aerodromes in accordance with Annex 14, "
     "Volume I, beginning with Port Velan International Airport."),
]
EI = [("LEG", "Primary aviation legislation and civil aviation regulations", "71.4"),
      ("ORG", "Civil aviation organization", "50.0"), ("PEL", "Personnel licensing and training", "62.9"),
      ("OPS", "Aircraft operations", "58.7"), ("AIR", "Airworthiness of aircraft", "66.1"),
      ("AIG", "Aircraft accident and incident investigation", "39.5"),
      ("ANS", "Air navigation services", "74.8"), ("AGA", "Aerodromes and ground aids", "44.2"),
      ("", "Overall Effective Implementation", "59.6")]


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("LSer", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 7.8)
        self.set_text_color(80, 80, 80)
        self.set_y(11)
        self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*BLUE)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "%d" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=12):
        self.ln(2)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("LS", "B", size)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, style="", size=9.8, font="LS"):
        self.set_font(font, style, size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)

    def np(self, n, t):
        self.set_font("LS", "", 9.8)
        y = self.get_y()
        if y > 262:
            self.add_page()
            y = self.get_y()
        self.cell(12, 5, n)
        self.set_xy(self.l_margin + 12, y)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)

    def rows(self, data, widths, size=8.4, lh=4.4):
        self.set_font("LS", "", size)
        with self.table(col_widths=widths, text_align="LEFT", line_height=lh, first_row_as_headings=True,
                        headings_style=FontFace(emphasis="BOLD", fill_color=PALE), width=sum(widths),
                        align="LEFT") as t:
            for r in data:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)

    def finding(self, f):
        code, area, pqs, ce, text, rec = f
        if self.get_y() > 215:
            self.add_page()
        self.set_fill_color(*PALE)
        self.set_font("LS", "B", 9.6)
        self.cell(0, 6, "  Finding %s   |   %s   |   PQ No. %s   |   %s" % (code, area, pqs, ce), fill=True,
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        self.set_font("LS", "B", 9.6)
        self.cell(0, 5, "Finding:", new_x="LMARGIN", new_y="NEXT")
        self.p(text)
        self.set_font("LS", "B", 9.6)
        self.cell(0, 5, "Recommendation:", new_x="LMARGIN", new_y="NEXT")
        self.p(rec)
        self.ln(1)


def advice(path):
    pdf = Doc("IANO Safety Oversight Audit Programme  -  Final Report  -  Republic of Ostmaria  -  SOAP/AUD/2026/07",
              "RESTRICTED  -  Not to be published without the consent of the State")
    pdf.add_page()
    pdf.set_font("LS", "B", 9)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 5, "INTERNATIONAL AIR NAVIGATION ORGANIZATION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 8.5)
    pdf.cell(0, 4.5, "Safety Oversight Audit Programme (SOAP)  -  Continuous Monitoring Approach", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("LS", "B", 16)
    pdf.multi_cell(0, 7.5, "FINAL REPORT ON THE SAFETY OVERSIGHT AUDIT OF THE CIVIL AVIATION SYSTEM OF THE "
                           "REPUBLIC OF OSTMARIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("LS", "", 10)
    pdf.cell(0, 5, "(3 to 12 February 2026)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LS", "B", 9)
    pdf.cell(0, 5, "Document SOAP/AUD/2026/07   -   RESTRICTED", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.hd("1. INTRODUCTION")
    pdf.np("1.1", "Under Article 37 of the Convention on International Civil Aviation, each Contracting State "
                  "undertakes to collaborate in securing the highest practicable degree of uniformity in "
                  "regulations, standards and procedures. The Assembly has resolved that States should be audited "
                  "on a regular basis against the eight critical elements (CE-1 to CE-8) of a safety oversight "
                  "system.")
    pdf.np("1.2", "The audit of the Republic of Ostmaria was conducted from 3 to 12 February 2026 by a team of five "
                  "IANO auditors led by Mr Tomasz Reinholt-Amadi, in accordance with the Memorandum of "
                  "Understanding signed with the State on 19 October 2025. The audit covered eight audit areas and "
                  "412 Protocol Questions (PQs).")
    pdf.np("1.3", "The State is requested to submit a Corrective Action Plan (CAP) addressing each finding within "
                  "45 calendar days of receipt of this report. The CAP should indicate, for each finding, the "
                  "actions proposed, the office responsible and the estimated implementation date.")
    pdf.hd("2. SUMMARY OF AUDIT RESULTS")
    pdf.np("2.1", "Table 1 shows the Effective Implementation (EI) of the critical elements by audit area. The "
                  "overall EI of 59.6% is below the global target of 75% set in the Global Aviation Safety Plan.")
    pdf.rows([["Area", "Audit area", "EI (%)"]] + [list(r) for r in EI], (18, 120, 22))
    pdf.set_font("LS", "I", 8.4)
    pdf.cell(0, 4, "Table 1. Effective Implementation by audit area, February 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.np("2.2", "No Significant Safety Concern (SSC) was identified. The audit team notes as a good practice the "
                  "State's voluntary occurrence reporting system, launched in 2024, which received 312 reports in "
                  "2025; the State should continue to promote it among general aviation pilots.")
    pdf.np("2.3", "The previous IANO audit, in March 2019, recommended that the State 'establish a system for the "
                  "certification of aerodromes and an aerodrome inspectorate'. An aerodrome inspectorate of two "
                  "inspectors was created in 2021; certification has not started (see Finding AGA/01).")
    pdf.hd("3. AUDIT FINDINGS AND RECOMMENDATIONS")
    pdf.p("Findings are grouped by audit area. For each finding the related Protocol Questions and critical element "
          "are indicated. Findings relating to ANS have been addressed to the State in a separate technical note.",
          "I", 9)
    for f in FINDINGS:
        pdf.finding(f)
    pdf.hd("APPENDIX 1 - LIST OF FINDINGS")
    pdf.rows([["Finding No.", "Audit area", "PQ No.", "Critical element"]] +
             [[f[0], f[1], f[2], f[3]] for f in FINDINGS], (26, 84, 30, 30))
    pdf.output(path)


def response(path):
    pdf = Doc("Republic of Ostmaria  -  Civil Aviation Authority  -  Corrective Action Plan, SOAP/AUD/2026/07",
              "CAAO/DG/2026/0388")
    pdf.add_page()
    pdf.set_font("LSer", "B", 14)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 7, "REPUBLIC OF OSTMARIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSer", "", 11)
    pdf.cell(0, 6, "Civil Aviation Authority  -  Office of the Director General", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("LS", "", 8)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 4.5, "Aviation House, 14 Harbour Road, Port Velan  |  dg.office@caao.gov.example", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.p("Our ref.: CAAO/DG/2026/0388\nPort Velan, 27 April 2026", font="LSer", size=10.5)
    pdf.p("Mr Olusegun Ferreira-Lindqvist\nDirector, Air Navigation Bureau\nInternational Air Navigation "
          "Organization", font="LSer", size=10.5)
    pdf.p("Subject: Corrective Action Plan - Safety Oversight Audit of the Republic of Ostmaria, 3 to 12 "
          "February 2026", "B", 10.5, "LSer")
    pdf.p("Dear Mr Ferreira-Lindqvist,", font="LSer", size=10.5)
    pdf.p("I have the honour to refer to the Final Report of the above audit, received on 13 March 2026, and to "
          "submit herewith the Corrective Action Plan of the Republic of Ostmaria. The CAP has been uploaded to the "
          "online framework and approved by the Minister of Transport and Public Works.", font="LSer", size=10.5)
    pdf.p("The Republic of Ostmaria wishes to thank the audit team for the professional and constructive manner in "
          "which the audit was conducted. In view of the progress described in the attached plan, the State would "
          "welcome an IANO Coordinated Validation Mission in the first half of 2027, at a date to be agreed.",
          font="LSer", size=10.5)
    pdf.p("Please accept, Sir, the assurances of my highest consideration.", font="LSer", size=10.5)
    pdf.ln(4)
    pdf.p("Capt. Marta Oyelaran-Voss\nDirector General of Civil Aviation", font="LSer", size=10.5)
    pdf.p("Attachment: Corrective Action Plan (1 page)", "I", 9, "LSer")
    pdf.add_page(orientation="L")
    pdf.set_font("LS", "B", 12)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 6, "CORRECTIVE ACTION PLAN - REPUBLIC OF OSTMARIA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "", 8.6)
    pdf.cell(0, 5, "Submitted 27 April 2026. Findings are listed in the order of the State's priorities.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = [["Finding No.", "PQ No.", "State's comments", "Proposed corrective action", "Office responsible",
             "Est. date"],
            ["ORG/01", "2.033\n2.035", "Accepted.",
             "A separate salary scale for CAAO technical staff, financed from air navigation charges, was approved "
             "by the Council of Ministers on 9 April 2026. Recruitment of eleven inspectors has been advertised.",
             "Director General; Human Resources", "31/12/2026"],
            ["LEG/01", "1.045\n1.047",
             "The State does not agree with this finding. Under Article 41 of the Constitution the power to impose "
             "penalties is reserved to the courts, and the State considers the existing criminal provisions of the "
             "Act to be an adequate means of enforcement.",
             "No corrective action is proposed. The State requests that the status of PQ 1.045 be reviewed by IANO "
             "in the light of these constitutional constraints.", "Legal Affairs Unit", "N/A"],
            ["PEL/01\nOPS/01", "2.081\n2.085\n4.235\n4.237",
             "PEL/01: Accepted.\nOPS/01: Accepted in part.",
             "PEL/01: A training programme for licensing inspectors, including a structured OJT syllabus and "
             "individual training records, was adopted on 2 March 2026; the first initial course ended on 17 "
             "April.\nOPS/01: The CAAO will introduce risk-based planning of surveillance only once the new oversight "
             "information system has been procured, which is not funded before 2028. Until then the fixed annual "
             "programme will continue, with one additional inspection for any operator reporting more than two "
             "incidents a year.", "Flight Standards Department", "02/03/2026\n(done)\n\n30/06/2028"],
            ["AGA/01", "8.201\n8.205",
             "The certification of aerodromes falls within the competence of the Airports Directorate of the "
             "Ministry of Transport and Public Works.",
             "The finding has been forwarded to the Airports Directorate for its consideration. The CAAO will inform "
             "IANO of the Directorate's plan once it has been received.", "Ministry of Transport (Airports "
             "Directorate)", "To be determined"],
            ["AIG/01", "6.013\n6.015", "Implemented before the audit report was received.",
             "The Aviation Accident Investigation Bureau was established by Decree No. 14/2025 as a body reporting "
             "directly to the Prime Minister's Office and has investigated all occurrences since 1 January 2026. "
             "Evidence uploaded on 20 April 2026.", "Aviation Accident Investigation Bureau", "01/01/2026\n(done)"],
            ["ANS\n(general)", "-",
             "The State notes that the ANS audit area reached an EI of 74.8% and asks that the separate technical "
             "note be treated as advisory.",
             "The air navigation service provider will report on the technical note to the ANS Committee in its "
             "annual safety report.", "Air Navigation Services Division", "31/03/2027"]]
    pdf.rows(rows, (22, 16, 62, 102, 34, 21), size=8.2, lh=4.2)
    pdf.p("Approved: Capt. M. Oyelaran-Voss, Director General of Civil Aviation, 27 April 2026", "I", 8.5)
    pdf.output(path)


NOTES = ("Safety oversight audit report (genre of ICAO USOAP audit reports) of the invented International Air "
         "Navigation Organization on the invented Republic of Ostmaria, answered by the State's Corrective Action "
         "Plan: a covering letter of the Director General of Civil Aviation and a landscape CAP matrix. "
         "Recommendations: the 'Recommendation:' block of each of seven findings, numbered by finding code "
         "LEG/01, ORG/01, PEL/01, OPS/01, AIR/01, AIG/01, AGA/01 (shaded bars with PQ numbers and critical "
         "element). Traps: Article 37 of the Convention, 'States should be audited', Table 1 of EI by audit area, "
         "the CAP request 'The CAP should indicate', the good-practice observation 'the State should continue to "
         "promote it', the 2019 audit recommendation quoted, Appendix 1 listing all findings. Response rows in the "
         "order ORG/01, LEG/01, PEL/01+OPS/01, AGA/01, AIG/01, ANS. Key: ORG/01 accepted, salary scale approved "
         "(agrees); LEG/01 'does not agree with this finding', no corrective action (disagrees); one row: PEL/01 "
         "training programme adopted (agrees) + OPS/01 'Accepted in part', risk-based only after 2028, fixed "
         "programme continues (partly); AGA/01 forwarded to the Airports Directorate (noted); AIG/01 bureau "
         "already established by decree (agrees); AIR/01 physical inspection unanswered. Unmatched: the covering "
         "letter's request for a validation mission, the ANS general-comment row.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = {f[0]: " ".join(f[5].split()[:10]) for f in FINDINGS}
    recs = [
        {"number": "LEG/01", "starts_with": sw["LEG/01"],
         "reply_contains": "The State does not agree with this finding", "verdict": "disagrees"},
        {"number": "ORG/01", "starts_with": sw["ORG/01"],
         "reply_contains": "was approved by the Council of Ministers on 9 April 2026", "verdict": "agrees"},
        {"number": "PEL/01", "starts_with": sw["PEL/01"],
         "reply_contains": "including a structured OJT syllabus and individual training records", "verdict": "agrees"},
        {"number": "OPS/01", "starts_with": sw["OPS/01"],
         "reply_contains": "which is not funded before 2028", "verdict": "partly"},
        {"number": "AIR/01", "starts_with": sw["AIR/01"], "reply_contains": None, "verdict": "unanswered"},
        {"number": "AIG/01", "starts_with": sw["AIG/01"],
         "reply_contains": "was established by Decree No. 14/2025 as a body", "verdict": "agrees"},
        {"number": "AGA/01", "starts_with": sw["AGA/01"],
         "reply_contains": "The finding has been forwarded to the Airports Directorate", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["would welcome an IANO Coordinated Validation Mission in the first half",
                                  "asks that the separate technical note be treated as advisory"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b53en.py"), NAME)) and 1)
