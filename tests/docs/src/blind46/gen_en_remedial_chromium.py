"""Round 46 (EN): a South African Public Protector-style investigation report (section 182 of the Constitution)
with binding 'remedial action' instead of recommendations: Report No. 31 of 2026/27 on the invented Lekwa-Molapo
Local Municipality (water supply to Wards 9 and 11): cover, executive summary in roman paragraphs (i)-(viii) that
summarises the remedial action, chapters with legal numbering (1.1, 5.2.3, 6.1.1 ...), findings 'substantiated',
statutory duties quoted ('must'), a table of outage days, and chapter 7 'REMEDIAL ACTION' with addressee lead-ins
('7.1 The Municipal Manager must:') and sub-items 7.1.1-7.3.1 with deadlines in working days, then chapter 8
'MONITORING'; answered by the Municipal Manager's letter to the Public Protector (letterhead, Enquiries / Ref block,
replies by paragraph number in another order, one paragraph covering two items with different positions, a review
application, a referral to the MEC, and a paragraph on a billing complaint). Chromium headless --print-to-pdf, A4,
cleaned Liberation fonts, ligatures off; header and page numbers stamped with PyMuPDF. All content (municipality,
people, contracts, figures) is invented; the Constitution and statutes named are real, but what is said about them
is not to be relied on.

Run:  /tmp/blind46en/bin/python tests/docs/src/blind46/gen_en_remedial_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b46en as H

NAME = "blind46_en_remedial"
TMP = "/tmp/b46en/remedial"

R = {"7.1.1": "Within 30 working days from the date of this report, provide the residents of Wards 9 and 11 with "
              "a daily water-tanker service until the Mmamolapo booster pump station is operational;",
     "7.1.2": "Within 90 working days from the date of this report, complete the repair of the Mmamolapo booster "
              "pump station and submit proof of its commissioning to the Public Protector;",
     "7.1.3": "Within 60 working days from the date of this report, institute disciplinary proceedings against the "
              "officials responsible for the irregular extension of contract LMLM/WS/17/2022;",
     "7.2.1": "Within 30 working days from the date of this report, table this report before the Municipal "
              "Council together with a plan to implement the remedial action;",
     "7.2.2": "Within 60 working days from the date of this report, issue a written apology to the complainant and "
              "to the residents of Wards 9 and 11 for the prolonged interruption of their water supply;",
     "7.3.1": "Within 60 working days from the date of this report, consider an investigation in terms of section "
              "106 of the Local Government: Municipal Systems Act, 2000 into the procurement of the pump station "
              "repair contract."}


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;}
h1 {font-size: 12pt; margin: 12pt 0 5pt 0; text-transform: uppercase;}
h2 {font-size: 10.5pt; margin: 8pt 0 4pt 0;}
p {margin: 0 0 5pt 0; text-align: justify;}
.n {display: flex; margin: 0 0 5pt 0;}
.n > span:first-child {flex: 0 0 44pt;}
.n > span:last-child {flex: 1; text-align: justify;}
.nn {display: flex; margin: 0 0 5pt 44pt;}
.nn > span:first-child {flex: 0 0 40pt;}
.nn > span:last-child {flex: 1; text-align: justify;}
.cover {height: 245mm; text-align: center; border: 3px double #7a5c00; padding: 20mm 14mm; box-sizing: border-box;}
.cover .t {font-size: 16pt; font-weight: bold; margin: 18mm 0 8mm 0;}
.rn {font-size: 13pt; font-weight: bold; color: #7a5c00;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt 0;}
th, td {border: 1px solid #888; padding: 2pt 5pt;}
th {background: #f0e6c8; text-align: left;}
td.r {text-align: right;}
.lt {font-family: LR; font-size: 11pt;}
.lt p {text-align: left;}
.lh {border-bottom: 2px solid #1d5e2a; padding-bottom: 6pt; margin-bottom: 10pt; display: flex; justify-content: space-between;}
.lh .nm {font-family: LS; font-weight: bold; font-size: 14pt; color: #1d5e2a;}
.ref td {border: none; padding: 0 8pt 0 0; font-size: 10pt; font-family: LS;}
"""


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: A4; margin: 20mm 20mm 20mm 20mm;}"
            + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def n(num, t):
    return "<div class='n'><span>%s</span><span>%s</span></div>" % (num, t)


def nn(num, t):
    return "<div class='nn'><span>%s</span><span>%s</span></div>" % (num, t)


def advice():
    b = ["<div class='cover'><div class='rn'>PUBLIC PROTECTOR</div>",
         "<div>Report No. 31 of 2026/27</div><div>ISBN: 978-1-928507-41-3</div>",
         "<div class='t'>REPORT ON AN INVESTIGATION INTO ALLEGATIONS OF MALADMINISTRATION AND IMPROPER CONDUCT BY "
         "THE LEKWA-MOLAPO LOCAL MUNICIPALITY RELATING TO THE PROLONGED INTERRUPTION OF WATER SUPPLY TO WARDS 9 "
         "AND 11 OF MMAMOLAPO TOWNSHIP</div>",
         "<div style='margin-top:20mm'>\"Delayed Water\"</div>",
         "<div style='margin-top:40mm'>Report of the Public Protector in terms of section 182(1)(b) of the "
         "Constitution of the Republic of South Africa, 1996 and section 8(1) of the Public Protector Act 23 of "
         "1994</div><div style='margin-top:10mm'>July 2026</div></div>",
         "<h1 style='page-break-before:always'>Executive summary</h1>",
         n("(i)", "This is my report issued in terms of section 182(1)(b) of the Constitution and section 8(1) of "
                  "the Public Protector Act. It relates to an investigation into a complaint lodged by Ms Dikeledi "
                  "Mokoena on behalf of the Mmamolapo Residents' Forum on 2 February 2025."),
         n("(ii)", "The complainant alleged that residents of Wards 9 and 11 had been without a reliable water "
                   "supply since October 2023, after the failure of the Mmamolapo booster pump station, and that "
                   "the Municipality had extended a repair contract several times without any repair being "
                   "completed."),
         n("(iii)", "The issues I considered were whether the Municipality unduly delayed restoring the water "
                    "supply, and whether the extension of contract LMLM/WS/17/2022 was irregular."),
         n("(iv)", "Both allegations are substantiated. The conduct of the Municipality constitutes "
                   "maladministration and improper conduct as envisaged in section 182(1) of the Constitution."),
         n("(v)", "The appropriate remedial action I am taking in terms of section 182(1)(c) of the Constitution "
                  "is set out in paragraph 7 of this report. In summary, it requires the Municipal Manager to "
                  "provide an interim water service, repair the pump station and take disciplinary steps; the "
                  "Executive Mayor to table the report and apologise; and the MEC to consider an investigation."),
         n("(vi)", "The Municipal Manager was given an opportunity to respond to the notice issued in terms of "
                   "section 7(9) of the Public Protector Act on 14 April 2026. His response has been considered."),
         "<h1>1. Introduction</h1>",
         n("1.1", "This report is submitted in terms of section 8(1) of the Public Protector Act to the Executive "
                  "Mayor and the Municipal Manager of Lekwa-Molapo Local Municipality, the MEC for Cooperative "
                  "Governance and Traditional Affairs, and the complainant."),
         n("1.2", "A copy is also provided to the Auditor-General for information."),
         "<h1>5. Determination of the issues in relation to the evidence</h1>",
         "<h2>Issue 1: Whether the Municipality unduly delayed restoring the water supply</h2>",
         n("5.1.1", "Section 4(2)(f) of the Municipal Systems Act provides that a municipality must give members "
                    "of the local community equitable access to the municipal services to which they are entitled. "
                    "Section 11 of the Water Services Act 108 of 1997 places a duty on every water services "
                    "authority to progressively ensure efficient, affordable and sustainable access to water "
                    "services."),
         n("5.1.2", "Municipal records show the following interruptions of supply to the two wards:"),
         "<table><tr><th>Period</th><th>Days without piped water (Ward 9)</th><th>Days without piped water (Ward 11)"
         "</th><th>Tanker deliveries</th></tr>"
         "<tr><td>Oct - Dec 2023</td><td class='r'>41</td><td class='r'>37</td><td class='r'>12</td></tr>"
         "<tr><td>Jan - Jun 2024</td><td class='r'>96</td><td class='r'>88</td><td class='r'>31</td></tr>"
         "<tr><td>Jul - Dec 2024</td><td class='r'>118</td><td class='r'>104</td><td class='r'>19</td></tr>"
         "<tr><td>Jan - Jun 2025</td><td class='r'>139</td><td class='r'>127</td><td class='r'>8</td></tr></table>",
         n("5.1.3", "The Municipality should have activated its drought and emergency water plan when the outage "
                    "exceeded 30 days. It did not do so. Tanker deliveries fell as the outages grew longer."),
         "<h2>Issue 2: Whether the extension of contract LMLM/WS/17/2022 was irregular</h2>",
         n("5.2.1", "Contract LMLM/WS/17/2022 was awarded to Tshepo Mechanical Services (Pty) Ltd for R2 140 000 "
                    "in June 2022 for a period of six months. It was extended four times, to a total value of "
                    "R6 870 000, without the report to Council that section 116(3) of the Municipal Finance "
                    "Management Act 56 of 2003 requires for an amendment of a contract."),
         n("5.2.2", "In its 2024/25 audit report the Auditor-General stated that the Municipality should "
                    "investigate irregular expenditure on this contract. No investigation had been concluded by "
                    "the date of this report."),
         "<h1>6. Findings</h1>",
         n("6.1.1", "The allegation that the Municipality unduly delayed restoring the water supply to Wards 9 and "
                    "11 is substantiated."),
         n("6.2.1", "The allegation that the extension of contract LMLM/WS/17/2022 was irregular is "
                    "substantiated."),
         "<h1>7. Remedial action</h1>",
         n("", "The appropriate remedial action I am taking as contemplated in section 182(1)(c) of the "
               "Constitution, with a view to remedying the improper conduct referred to in this report, is the "
               "following:"),
         n("7.1", "<b>The Municipal Manager of Lekwa-Molapo Local Municipality must:</b>"),
         nn("7.1.1", R["7.1.1"]), nn("7.1.2", R["7.1.2"]), nn("7.1.3", R["7.1.3"]),
         n("7.2", "<b>The Executive Mayor of Lekwa-Molapo Local Municipality must:</b>"),
         nn("7.2.1", R["7.2.1"]), nn("7.2.2", R["7.2.2"]),
         n("7.3", "<b>The MEC for Cooperative Governance and Traditional Affairs must:</b>"),
         nn("7.3.1", R["7.3.1"]),
         "<h1>8. Monitoring</h1>",
         n("8.1", "The Municipal Manager, the Executive Mayor and the MEC are to submit an implementation plan to "
                  "the Public Protector within 30 working days from the date of this report, indicating how the "
                  "remedial action in paragraph 7 will be implemented."),
         n("8.2", "In line with the Constitutional Court judgment in <i>Economic Freedom Fighters v Speaker of the "
                  "National Assembly and Others</i> [2016] ZACC 11, the remedial action is legally binding unless it "
                  "is set aside by a court of law."),
         "<p style='margin-top:14pt'><b>ADV. N. R. SEBOKO</b><br>PUBLIC PROTECTOR OF THE REPUBLIC OF SOUTH AFRICA"
         "<br>DATE: 28 July 2026</p>"]
    return html_doc("".join(b))


def response():
    b = ["<div class='lt'>",
         "<div class='lh'><div><div class='nm'>LEKWA-MOLAPO LOCAL MUNICIPALITY</div>"
         "<div style='font-family:LS;font-size:9pt'>Office of the Municipal Manager</div></div>"
         "<div style='font-family:LS;font-size:8.5pt;text-align:right'>Civic Centre, 1 Kgosi Street<br>"
         "Private Bag X1021, Mmamolapo, 2790<br>Tel: 018 555 0100</div></div>",
         "<table class='ref'><tr><td>Enquiries:</td><td>Mr T. Letsholo</td></tr>"
         "<tr><td>Our ref:</td><td>MM/PP/2026/031</td></tr><tr><td>Your ref:</td><td>7/2-014522/25</td></tr>"
         "<tr><td>Date:</td><td>8 September 2026</td></tr></table>",
         "<p>Adv. N. R. Seboko<br>Public Protector of South Africa<br>Private Bag X677<br>Pretoria<br>0001</p>",
         "<p>Dear Adv. Seboko</p>",
         "<p><b>IMPLEMENTATION OF REMEDIAL ACTION: REPORT NO. 31 OF 2026/27 (\"DELAYED WATER\")</b></p>",
         "<p>1. Your report dated 28 July 2026 refers. In terms of paragraph 8.1 of the report, I submit the "
         "Municipality's implementation plan. The Executive Mayor, Cllr M. Phiri, has asked me to respond on her "
         "behalf as well.</p>",
         "<p>2. <b>Tabling of the report (paragraph 7.2.1).</b> The report was tabled at a special meeting of the "
         "Municipal Council on 28 August 2026 (resolution SC 14/2026), together with this implementation plan.</p>",
         "<p>3. <b>Water supply to Wards 9 and 11 (paragraphs 7.1.1 and 7.1.2).</b> Two 18 000-litre water tankers "
         "have made daily deliveries to both wards since 3 August 2026, from a roster published at the ward "
         "offices. The repair of the booster pump station, however, cannot be completed within 90 working days: "
         "the replacement pumps must be imported and the supplier has quoted a lead time of 26 weeks. The "
         "Municipality respectfully requests that the deadline be extended to 31 March 2027, and will report "
         "progress monthly.</p>",
         "<p>4. <b>Disciplinary proceedings (paragraph 7.1.3).</b> On legal advice, the Municipality has on 1 "
         "September 2026 launched an application in the North West High Court to review and set aside the finding "
         "in paragraph 6.2.1 and the remedial action in paragraph 7.1.3. The officials concerned acted on a "
         "Council resolution of 2022, and the Municipality does not accept that disciplinary proceedings are "
         "appropriate. Implementation of paragraph 7.1.3 is held in abeyance pending the outcome.</p>",
         "<p>5. <b>Investigation by the MEC (paragraph 7.3.1).</b> This remedial action is directed to the MEC and "
         "not to the Municipality. A copy of this letter has been sent to the Head of Department for her "
         "attention, and the Municipality will cooperate with any investigation she may decide upon.</p>",
         "<p>6. <b>Billing.</b> The complainant's separate complaint about being billed for water that was not "
         "supplied has been resolved by a credit to all affected accounts in Wards 9 and 11 for the period "
         "October 2023 to July 2026.</p>",
         "<p>7. Please do not hesitate to contact Mr Letsholo should you require further information.</p>",
         "<p>Yours faithfully</p><p style='margin-top:18pt'><b>K. D. MATLALA</b><br>MUNICIPAL MANAGER</p>",
         "<p style='font-size:9pt'>cc: Executive Mayor; MEC for Cooperative Governance and Traditional Affairs; "
         "Ms D. Mokoena</p></div>"]
    return html_doc("".join(b))


NOTES = ("South African Public Protector-style investigation report No. 31 of 2026/27 on the (invented) "
         "Lekwa-Molapo Local Municipality: cover, executive summary (i)-(vi) whose (v) summarises the remedial "
         "action, paragraphs with legal numbering 1.1-8.2, statutory duties quoted ('a municipality must give ... "
         "equitable access', section 116(3) MFMA), a table of outage days, findings 'substantiated', the finding "
         "'The Municipality should have activated its drought and emergency water plan' (5.1.3), the "
         "Auditor-General's earlier 'should investigate' quoted (5.2.2), and chapter 7 'Remedial action' with "
         "addressee lead-ins (7.1 Municipal Manager, 7.2 Executive Mayor, 7.3 MEC '... must:') and six items "
         "7.1.1-7.3.1 each opening 'Within N working days from the date of this report'; 8.1 (submit an "
         "implementation plan) is the monitoring clause and 8.2 the binding-effect note, no items of the list. "
         "Response: Municipal Manager's letter (letterhead, Enquiries/Our ref/Your ref), numbered paragraphs in "
         "the order 7.2.1, 7.1.1+7.1.2, 7.1.3, 7.3.1: 7.2.1 tabled at a special Council meeting (agrees); one "
         "paragraph covers 7.1.1 (tankers daily since 3 August - agrees) and 7.1.2 (repair cannot be done in 90 "
         "working days, extension to 31 March 2027 requested - partly); 7.1.3 review application in the High "
         "Court, 'does not accept that disciplinary proceedings are appropriate' (disagrees); 7.3.1 'directed to "
         "the MEC and not to the Municipality', copy sent, will cooperate (noted); 7.2.2 (written apology) "
         "unanswered. Paragraph 6 'Billing' and the opening paragraph answer no item of remedial action.")


def build(html, pdf, header, skip_first):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="{n}", skip_first=skip_first)


def expected():
    sw = lambda k: " ".join(R[k].split()[:12])
    recs = [
        {"number": "7.1.1", "starts_with": sw("7.1.1"), "reply_contains": "have made daily deliveries to both wards since 3 August 2026",
         "verdict": "agrees"},
        {"number": "7.1.2", "starts_with": sw("7.1.2"), "reply_contains": "requests that the deadline be extended to 31 March 2027",
         "verdict": "partly"},
        {"number": "7.1.3", "starts_with": sw("7.1.3"), "reply_contains": "does not accept that disciplinary proceedings are appropriate",
         "verdict": "disagrees"},
        {"number": "7.2.1", "starts_with": sw("7.2.1"), "reply_contains": "tabled at a special meeting of the Municipal Council",
         "verdict": "agrees"},
        {"number": "7.2.2", "starts_with": sw("7.2.2"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7.3.1", "starts_with": sw("7.3.1"), "reply_contains": "This remedial action is directed to the MEC and not",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["separate complaint about being billed for water that was not supplied"], NOTES)


if __name__ == "__main__":
    build(advice(), H.out(NAME + "_advice.pdf"), "Public Protector | Report No. 31 of 2026/27 | Delayed Water", True)
    build(response(), H.out(NAME + "_response.pdf"), "Lekwa-Molapo Local Municipality - MM/PP/2026/031", True)
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b46en.py"), NAME)) and 1)
