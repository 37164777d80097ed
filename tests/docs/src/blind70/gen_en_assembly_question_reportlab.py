"""Round 70 (EN): an Indian STATE LAW COMMISSION REPORT (genre of the law commissions of the Indian states: a
covering D.O. letter to the Minister, chapters with paragraphs numbered by chapter, terms of reference lettered
(a)-(d), the statute and the Model Tenancy Act quoted, a table, 'the Commission is of the view that ...', and a
closing chapter 'Summary of Recommendations' numbered (i)-(vii)) answered by a LEGISLATIVE ASSEMBLY UNSTARRED
QUESTION AND ITS WRITTEN ANSWER (the question in parts (a)-(e) by two members, the Minister's answer to 'parts
(a) to (c)' and '(d) and (e)', and the 'Statement referred to in reply ...' laid on the Table of the House).
Advice: Madhyagiri State Law Commission, Report No. 14, 'Reform of the Madhyagiri Rent Control Act, 1961',
October 2026, A4, 3 p. (extract: letter, chapters I, VI and VII).
Response: Madhyagiri Legislative Assembly, Unstarred Question No. 1147, answered on 9 December 2026, 2 p.: the
question, the answer, the statement in numbered paragraphs 1.-6. under short titles, citing the Commission's
serial numbers in brackets where it cites them; order (v), (i)+(iv), (ii), (vii), (iii); (vi) is not answered.
reportlab platypus, cleaned Liberation Serif / Sans, invariant=1, page numbers on the canvas. The Model Tenancy
Act, 2021 is real (what is said of it here is not to be relied on); Madhyagiri, its Commission, Assembly,
members, Minister, Act of 1961, towns and figures are invented.

Run:  /tmp/blind70en/bin/python tests/docs/src/blind70/gen_en_assembly_question_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b70en as H

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

NAME = "blind70_en_assembly_question"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

BODY = ParagraphStyle("b", fontName="SR", fontSize=11, leading=14.6, spaceAfter=6, alignment=4)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=30, firstLineIndent=-30)
QUOTE = ParagraphStyle("q", parent=BODY, fontSize=10.2, leading=13.4, leftIndent=34, rightIndent=24)
CH = ParagraphStyle("ch", fontName="SRB", fontSize=12.5, leading=16, alignment=1, spaceBefore=8, spaceAfter=2)
CHT = ParagraphStyle("cht", fontName="SRB", fontSize=12, leading=15, alignment=1, spaceAfter=8)
CEN = ParagraphStyle("c", fontName="SR", fontSize=11, leading=14.6, alignment=1)
CENB = ParagraphStyle("cb", parent=CEN, fontName="SRB")
REC = ParagraphStyle("r", parent=BODY, leftIndent=62, firstLineIndent=-28)
SM = ParagraphStyle("sm", fontName="SR", fontSize=9.6, leading=12)
SMB = ParagraphStyle("smb", parent=SM, fontName="SRB")
SIG = ParagraphStyle("sig", parent=BODY, alignment=2, spaceAfter=1)
HD = ParagraphStyle("hd", fontName="SRB", fontSize=11, leading=14.6, alignment=1, spaceBefore=4, spaceAfter=6)
QP = ParagraphStyle("qp", parent=BODY, leftIndent=40, firstLineIndent=-22, alignment=0)

RECS = [
    ("(i)", "The Madhyagiri Rent Control Act, 1961 should be repealed and replaced by a new law on the lines of "
            "the Model Tenancy Act, 2021, applicable to all tenancies created after its commencement."),
    ("(ii)", "Every tenancy agreement, whether for residential or non-residential premises, should be in writing "
             "and should be intimated to the Rent Authority of the area within two months of its execution."),
    ("(iii)", "The security deposit payable by a tenant of residential premises should be limited to a maximum of "
              "two months' rent, and should be refunded at the time of taking back vacant possession."),
    ("(iv)", "A Rent Court and a Rent Tribunal should be constituted in every district, and applications for "
             "eviction should be decided within a period of sixty days from the date of service of notice."),
    ("(v)", "Tenancies subsisting on the date of commencement of the new law should continue to be protected for "
            "a transitional period of ten years, during which their rent may be revised by five per cent every "
            "year."),
    ("(vi)", "An online portal in English and Marathi should be set up for the intimation of tenancy agreements, "
             "and for filing and tracking applications before the Rent Authority."),
    ("(vii)", "The stamp duty and registration fee on residential tenancy agreements of up to eleven months "
              "should be reduced to a nominal amount of Rs. 100 in all."),
]


def P(t, s=BODY):
    return Paragraph(t, s)


def pages(first_no, foot_left=None):
    def on(canv, doc):
        canv.saveState()
        canv.setFont("SR", 9.5)
        n = first_no + doc.page - 1
        if foot_left:
            canv.drawString(22 * mm, 13 * mm, foot_left)
            canv.drawRightString(A4[0] - 22 * mm, 13 * mm, "Page %d" % doc.page)
        else:
            canv.drawCentredString(A4[0] / 2, 13 * mm, "- %d -" % n)
        canv.restoreState()
    return on


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=18 * mm,
                            bottomMargin=22 * mm, title="Report No. 14 - Reform of the Madhyagiri Rent Control "
                            "Act, 1961", author="Madhyagiri State Law Commission")
    s = [P("GOVERNMENT OF MADHYAGIRI", CENB), P("MADHYAGIRI STATE LAW COMMISSION", CENB), Spacer(1, 3),
         P("Report No. 14", CEN), P("<b>REFORM OF THE MADHYAGIRI RENT CONTROL ACT, 1961</b>", CEN),
         P("October 2026", CEN), Spacer(1, 10),
         Table([[P("<b>Justice A. V. Kulkarni (Retd.)</b><br/>Chairperson", SM),
                 P("Madhyagiri State Law Commission<br/>Old Secretariat Annexe, Rajpath<br/>Devgarh - 411 002",
                   SM)]], colWidths=[70 * mm, 92 * mm],
               style=[("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("ALIGN", (1, 0), (1, 0), "RIGHT")]),
         P("D.O. No. SLC/14/2026/388", SM), P("Dated: 27 October 2026", SM), Spacer(1, 6),
         P("Dear Shrimati Bhosale,"),
         P("I have the honour to forward herewith Report No. 14 of the Madhyagiri State Law Commission on the "
           "reform of the Madhyagiri Rent Control Act, 1961, taken up on a reference from the Housing and Urban "
           "Development Department dated 3 March 2025."),
         P("The Commission has found that the Act of 1961, which freezes rents at levels fixed decades ago, has "
           "discouraged owners from letting out premises and has left a large stock of housing vacant in the "
           "cities of the State. The Commission has accordingly recommended a new law on the lines of the Model "
           "Tenancy Act, together with a quicker forum for disputes, a limit on security deposits and a fair "
           "transition for existing tenants. The recommendations are summarised in Chapter VII."),
         P("With regards,"), P("Yours sincerely,"), P("Sd/-<br/>(A. V. Kulkarni)", SIG),
         P("Shrimati Sunanda R. Bhosale<br/>Hon'ble Minister of Housing and Urban Development<br/>Government of "
           "Madhyagiri, Mantralaya, Devgarh", SM),
         Spacer(1, 8),
         P("CHAPTER I", CH), P("INTRODUCTION", CHT),
         P("1.1&nbsp;&nbsp;&nbsp;&nbsp;The Housing and Urban Development Department, by its letter dated 3 March "
           "2025, requested the Commission to examine the working of the Madhyagiri Rent Control Act, 1961 "
           "(hereinafter 'the Act of 1961') with the following terms of reference:", NUM),
         P("(a)&nbsp;&nbsp;to examine whether the Act of 1961 continues to serve its purpose;", QP),
         P("(b)&nbsp;&nbsp;to examine whether the State should adopt the Model Tenancy Act, 2021 circulated by "
           "the Government of India, with or without modifications;", QP),
         P("(c)&nbsp;&nbsp;to suggest measures for the speedy disposal of disputes between landlords and "
           "tenants; and", QP),
         P("(d)&nbsp;&nbsp;to suggest any other measure the Commission considers necessary.", QP),
         P("1.2&nbsp;&nbsp;&nbsp;&nbsp;The Commission issued a public notice inviting suggestions and received "
           "412 responses. It held consultations at Devgarh, Nandpur and Sitapuram with landlords' and tenants' "
           "associations, the Bar and officers of the Revenue and Registration Departments.", NUM),
         P("1.3&nbsp;&nbsp;&nbsp;&nbsp;Chapters II to V of this Report describe the history of rent control in "
           "the State, the case law, the experience of other States and the results of the consultations. "
           "Chapter VI contains the Commission's analysis and Chapter VII a summary of its recommendations.",
           NUM),
         Spacer(1, 4),
         P("CHAPTER VI", CH), P("ANALYSIS AND CONCLUSIONS", CHT),
         P("6.1&nbsp;&nbsp;&nbsp;&nbsp;Section 13 of the Act of 1961 provides, so far as relevant:", NUM),
         P("\"Notwithstanding anything contained in any other law or contract, no decree for eviction shall be "
           "passed by any court against a tenant in respect of premises to which this Act applies, except on one "
           "or more of the grounds specified in sub-section (2).\"", QUOTE),
         P("6.2&nbsp;&nbsp;&nbsp;&nbsp;The grounds in sub-section (2) are narrow, and the standard rent under "
           "section 7 is linked to the rent prevailing in 1961. The Commission is of the view that the Act of 1961 "
           "has outlived its purpose. Many tenants today pay less than the property tax on the premises, and "
           "owners of old buildings have no means to meet the cost of repairs.", NUM),
         P("6.3&nbsp;&nbsp;&nbsp;&nbsp;Disputes under the Act of 1961 take many years to decide. The position in "
           "the five districts with the largest number of pending eviction cases is shown in Table 6.1.", NUM),
         Table([[P("<b>District</b>", SMB), P("<b>Pending eviction cases (31.3.2026)</b>", SMB),
                 P("<b>Average age of case (years)</b>", SMB)],
                [P("Devgarh", SM), P("6,412", SM), P("7.4", SM)],
                [P("Nandpur", SM), P("3,980", SM), P("6.9", SM)],
                [P("Sitapuram", SM), P("2,114", SM), P("5.8", SM)],
                [P("Kalwadi", SM), P("1,207", SM), P("6.1", SM)],
                [P("Ambegaon", SM), P("864", SM), P("4.7", SM)]],
               colWidths=[40 * mm, 62 * mm, 52 * mm],
               style=[("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         P("<i>Table 6.1: Pending eviction cases under the Act of 1961 (source: Registrar, Small Causes "
           "Courts)</i>", ParagraphStyle("cap", parent=SM, alignment=1, spaceBefore=3, spaceAfter=8)),
         P("6.4&nbsp;&nbsp;&nbsp;&nbsp;In its Eleventh Report (2009), the Commission had recommended that "
           "\"the standard rent should be revised once in every five years with reference to the cost of living "
           "index\". That recommendation was not acted upon, and the Commission does not repeat it, since a "
           "revision of standard rent alone will not revive the rental market.", NUM),
         P("6.5&nbsp;&nbsp;&nbsp;&nbsp;The Model Tenancy Act, 2021 provides that the security deposit for "
           "residential premises \"shall not exceed two months' rent\", and leaves the rent to be agreed between "
           "the parties. In the Commission's opinion, a State law on these lines would bring vacant houses back "
           "into the market. Any new law, however, must respect the protection which Article 21 of the "
           "Constitution has been held to give against arbitrary eviction, and eviction must always remain "
           "subject to an order of a competent authority.", NUM),
         P("6.6&nbsp;&nbsp;&nbsp;&nbsp;Several landlords' associations urged the Commission to propose that all "
           "existing tenancies should come to an end three years after the new law. The Commission does not "
           "agree. Existing tenants, many of them elderly, have organised their lives on the basis of the Act of "
           "1961, and a sudden end to their protection would cause great hardship.", NUM),
         P("6.7&nbsp;&nbsp;&nbsp;&nbsp;The Commission is also of the view that the cost of registering a tenancy "
           "agreement is a major reason why agreements are not registered at all. At present the stamp duty on "
           "a lease of eleven months in Devgarh is about Rs. 2,500 together with a registration fee of Rs. 1,000.",
           NUM),
         Spacer(1, 4),
         P("CHAPTER VII", CH), P("SUMMARY OF RECOMMENDATIONS", CHT),
         P("7.1&nbsp;&nbsp;&nbsp;&nbsp;On the basis of the foregoing discussion, the Commission recommends as "
           "follows:", NUM)]
    for n, t in RECS:
        s.append(P("%s&nbsp;&nbsp;&nbsp;&nbsp;%s" % (n, t), REC))
    s += [P("7.2&nbsp;&nbsp;&nbsp;&nbsp;The Commission places on record its appreciation of the assistance "
            "rendered by Shri P. G. Jadhav, Member Secretary, and by the officers and staff of the Commission.",
            NUM),
          Spacer(1, 12),
          Table([[P("Sd/-<br/>(Justice A. V. Kulkarni (Retd.))<br/>Chairperson", SM),
                  P("Sd/-<br/>(Dr. Meera S. Gokhale)<br/>Member", SM),
                  P("Sd/-<br/>(P. G. Jadhav)<br/>Member Secretary", SM)]], colWidths=[56 * mm, 50 * mm, 50 * mm]),
          P("Devgarh, 27 October 2026", SM)]
    doc.build(s, onFirstPage=pages(85), onLaterPages=pages(85))


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=18 * mm,
                            bottomMargin=22 * mm, title="Unstarred Question No. 1147",
                            author="Madhyagiri Legislative Assembly")
    s = [P("MADHYAGIRI LEGISLATIVE ASSEMBLY", CENB),
         P("HOUSING AND URBAN DEVELOPMENT DEPARTMENT", CENB), Spacer(1, 6),
         P("UNSTARRED QUESTION NO. 1147", CENB),
         P("TO BE ANSWERED ON WEDNESDAY, 9 DECEMBER 2026", CEN), Spacer(1, 6),
         P("<u>REPORT OF THE STATE LAW COMMISSION ON RENT CONTROL</u>", CENB), Spacer(1, 8),
         P("<b>1147. SHRI RAGHUNATH K. DESHMANE:</b><br/><b>SHRIMATI LEELA PATANKAR:</b>",
           ParagraphStyle("m", parent=BODY, alignment=0)),
         P("Will the Minister of Housing and Urban Development be pleased to state:"),
         P("(a)&nbsp;&nbsp;whether the Government has examined Report No. 14 of the State Law Commission "
           "on the reform of the rent control law;", QP),
         P("(b)&nbsp;&nbsp;if so, the recommendations of the Commission which have been accepted by the "
           "Government;", QP),
         P("(c)&nbsp;&nbsp;whether the Government proposes to introduce a new tenancy Bill during the current "
           "session;", QP),
         P("(d)&nbsp;&nbsp;whether the Government has received representations from tenants' associations "
           "of Nandpur and Sitapuram against the proposed changes; and", QP),
         P("(e)&nbsp;&nbsp;if so, the details thereof and the response of the Government thereto?", QP),
         Spacer(1, 4), P("ANSWER", HD),
         P("THE MINISTER OF HOUSING AND URBAN DEVELOPMENT<br/>(SHRIMATI SUNANDA R. BHOSALE)", CENB),
         Spacer(1, 6),
         P("(a) to (c): Yes, Sir. The Report was received on 30 October 2026 and has been examined by the "
           "Housing and Urban Development Department in consultation with the Law and Judiciary Department. A "
           "statement showing the decisions taken on the recommendations of the Commission is laid on the Table "
           "of the House."),
         P("(d) and (e): Yes, Sir. Representations have been received from eleven tenants' associations, "
           "mainly from Nandpur and Sitapuram, expressing concern about the future of old tenancies. The "
           "associations have been invited to a meeting with the Principal Secretary on 18 December 2026, and "
           "their views will be placed before the Select Committee if the Bill is referred to one."),
         Spacer(1, 10),
         P("<u>STATEMENT REFERRED TO IN REPLY TO PARTS (a) TO (c) OF UNSTARRED QUESTION NO. 1147 FOR 9 DECEMBER "
           "2026</u>", HD),
         P("1.&nbsp;&nbsp;&nbsp;<b>Existing tenancies [serial number (v)]:</b> The recommendation of the "
           "Commission to limit the protection of existing tenancies to a transitional period of ten years has "
           "not been accepted. Tenancies subsisting on the date of commencement will continue to be governed "
           "by the Act of 1961 without any time limit, and no annual revision of their rent is proposed. The "
           "Government is of the view that the tenants concerned, a large number of whom are senior citizens, "
           "should not be exposed to uncertainty.", NUM),
         P("2.&nbsp;&nbsp;&nbsp;<b>New law and forum for disputes [serial numbers (i) and (iv)]:</b> "
           "Recommendation (i) has been accepted. The Madhyagiri Tenancy Bill, 2026, drafted on the lines of the "
           "Model Tenancy Act, 2021, was approved by the Council of Ministers on 2 December 2026 and will be "
           "introduced in the current session. As regards recommendation (iv), Rent Courts and Rent Tribunals "
           "will be constituted at the six divisional headquarters in the first instance, each with jurisdiction "
           "over the districts of its division, and the Bill provides for the disposal of an eviction "
           "application within ninety days.", NUM),
         P("3.&nbsp;&nbsp;&nbsp;<b>Written agreements [serial number (ii)]:</b> Accepted. Clause 4 of the Bill "
           "provides that no tenancy shall be created except by a written agreement, which the landlord and the "
           "tenant shall jointly intimate to the Rent Authority within two months of its execution.", NUM),
         P("4.&nbsp;&nbsp;&nbsp;<b>Stamp duty:</b> The suggestion of the Commission to reduce the stamp duty and "
           "registration fee on short residential agreements to a nominal amount involves a loss of revenue "
           "and an amendment of the Madhyagiri Stamp Act. It is under examination by the Finance Department "
           "(Stamps and Registration), and a decision will be taken at the time of the next Budget.", NUM),
         P("5.&nbsp;&nbsp;&nbsp;<b>Security deposit [serial number (iii)]:</b> Accepted. Clause 11 of the "
           "Bill limits the security deposit to two months' rent in the case of residential premises and six "
           "months' rent in the case of non-residential premises, refundable on the handing over of vacant "
           "possession.", NUM),
         P("6.&nbsp;&nbsp;&nbsp;<b>Other measures:</b> The Department has separately commissioned a survey of "
           "vacant residential premises in the twelve Municipal Corporations of the State, to be completed by "
           "March 2027, which will inform the housing policy now under preparation.", NUM),
         Spacer(1, 10),
         P("Devgarh<br/>Dated: 8 December 2026", SM),
         P("<b>(Sunanda R. Bhosale)</b><br/>Minister of Housing and Urban Development", SIG)]
    doc.build(s, onFirstPage=pages(1, "Unstarred Question No. 1147 - 9.12.2026"),
              onLaterPages=pages(1, "Unstarred Question No. 1147 - 9.12.2026"))


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "i", "starts_with": sw(1), "reply_contains": "Recommendation (i) has been accepted",
         "verdict": "agrees"},
        {"number": "ii", "starts_with": sw(2),
         "reply_contains": "no tenancy shall be created except by a written agreement", "verdict": "agrees"},
        {"number": "iii", "starts_with": sw(3),
         "reply_contains": "Clause 11 of the Bill limits the security deposit", "verdict": "agrees"},
        {"number": "iv", "starts_with": sw(4),
         "reply_contains": "will be constituted at the six divisional headquarters in the first instance",
         "verdict": "partly"},
        {"number": "v", "starts_with": sw(5),
         "reply_contains": "will continue to be governed by the Act of 1961",
         "verdict": "disagrees"},
        {"number": "vi", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "vii", "starts_with": sw(7),
         "reply_contains": "It is under examination by the Finance Department", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "has been examined by the Housing and Urban Development Department in consultation",
        "Representations have been received from eleven tenants' associations",
        "commissioned a survey of vacant residential premises",
    ], "Advice: an Indian state law commission's report (extract: the Chairperson's D.O. letter to the Minister, "
       "Chapter I, Chapter VI and Chapter VII), paragraphs numbered by chapter (1.1-1.3, 6.1-6.7, 7.1-7.2). The "
       "seven recommendations stand ONLY in 'CHAPTER VII SUMMARY OF RECOMMENDATIONS' after the lead-in '7.1 On "
       "the basis of the foregoing discussion, the Commission recommends as follows:', numbered (i)-(vii) with "
       "hanging Roman numerals in brackets, each a sentence with 'should' (numbers expected i-vii). Traps: the "
       "D.O. letter's paraphrase ('The Commission has accordingly recommended a new law ...'), the terms of "
       "reference lettered (a)-(d) ('to examine whether the Act of 1961 continues ...'), section 13 of the Act "
       "quoted ('no decree for eviction shall be passed'), 'The Commission is of the view that ...', Table 6.1, "
       "the Eleventh Report's recommendation quoted ('the standard rent should be revised ...', not repeated), "
       "the Model Tenancy Act quoted ('shall not exceed two months' rent'), 'must respect the protection ... "
       "Article 21', the landlords' proposal the Commission rejects ('should come to an end'), and 7.2 "
       "(appreciation). Response: a Legislative Assembly unstarred question with parts (a)-(e) (no replies), "
       "the Minister's answer '(a) to (c): Yes, Sir. ... A statement ... is laid on the Table of the House' and "
       "'(d) and (e)' (representations, unmatched), then the 'STATEMENT REFERRED TO IN REPLY ...' in paragraphs "
       "1.-6. (the statement's own numbers, not the recommendations') with bold short titles citing '[serial "
       "number (v)]' etc.; order (v), (i)+(iv), (ii), (vii), (iii): 1 existing tenancies 'has not been "
       "accepted', governed by the Act of 1961 without any time limit ((v) disagrees); 2 ONE paragraph "
       "'[serial numbers (i) and (iv)]': 'Recommendation (i) has been accepted', Bill approved ((i) agrees), "
       "Rent Courts at the six divisional headquarters only, ninety days instead of sixty ((iv) partly); 3 "
       "'Accepted.', clause 4 written agreements intimated within two months ((ii) agrees); 4 'Stamp duty:' "
       "with no serial number, 'under examination by the Finance Department', decision at the next Budget "
       "((vii) noted); 5 'Accepted.', clause 11 deposit cap ((iii) agrees); the online portal (vi) is not "
       "answered. Unmatched: the answer to (a) to (c) (examined, statement laid), the answer to (d) and (e) "
       "(representations) and statement paragraph 6 'Other measures' (a survey of vacant premises).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
