"""Round 65 (EN): a national human rights institution's INVESTIGATIVE REPORT on a complaint (genre of the South
African Human Rights Commission's investigative reports under section 184(2) of the Constitution, with decimal
numbered findings and 'directives' to each respondent) and the provincial department's PROGRESS REPORT LETTER on
the implementation of the directives (genre of South African government correspondence: reference block, 'RE:'
subject, 'The above matter refers', paragraphs numbered 1.-9. in the letter's own numbering).
Advice: South African Human Rights Commission, Investigative Report, File Ref LV/2425/0318, 'In the matter
between ... and ...', 3 p.: a bordered case block, decimal sections 1.-8. with hanging numbers 1.1, 5.2 ..., the
Constitution and the Norms and Standards regulations paraphrased ('must be eradicated'), the complainant's
prayer ('should build a new school'), the Department's 2024 reply quoted ('should be prioritised'), findings
7.1-7.4 ('The Commission finds that'), and under '8. Recommendations' three bold addressee lead-ins with the
directives numbered 8.1.1-8.1.5 (the Department), 8.2.1 (the Municipality) and 8.3.1 (the national Department),
then 8.4 (the 60-day progress report) which is procedure, not a recommendation.
Response: letter from the Head of Department, 'RE: PROGRESS REPORT ON THE IMPLEMENTATION OF THE COMMISSION'S
DIRECTIVES', paragraphs 1.-9. numbered by the letter, naming the directives ('Directive 8.1.5') in the order
8.1.5, 8.1.1, 8.1.3+8.1.2, 8.1.4, 8.2.1; 8.3.1 unanswered; the introduction, an annexure list, storm damage at
other schools and the contact paragraph answer nothing.
LibreOffice Writer headless from HTML, A4, Liberation Serif/Sans; header and page numbers stamped with PyMuPDF.
All names, bodies, people, places and figures are invented (the Lowveld Province, Qhora, Khanyisa Primary School);
the Constitution of the Republic of South Africa, 1996, the South African Human Rights Commission Act 40 of 2013
and the 2013 Norms and Standards for Public School Infrastructure are real, but what is said about them is not
to be relied on.

Run:  /tmp/blind65en/bin/python tests/docs/src/blind65/gen_en_sahrc_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b65en as H

NAME = "blind65_en_sahrc"
TMP = "/tmp/blind65en_sahrc"

DIRECTIVES = [
    ("8.1", "The Lowveld Provincial Department of Education is directed to:", [
        ("8.1.1", "Replace the pit latrines at Khanyisa Primary School with safe and appropriate sanitation "
                  "facilities within six (6) months of receipt of this report;"),
        ("8.1.2", "Submit to the Commission, within three (3) months, an audit of all public schools in the "
                  "Qhora district that still rely on pit latrines;"),
        ("8.1.3", "Develop and publish a costed plan, with clear timeframes, for the eradication of pit "
                  "latrines at all public schools in the Province by 31 March 2028;"),
        ("8.1.4", "Pay the reasonable medical and counselling costs incurred by the family of the learner "
                  "injured on 12 February 2025;"),
        ("8.1.5", "Issue a circular to all school principals on the reporting of unsafe infrastructure, and "
                  "train principals in the Qhora district on it within four (4) months."),
    ]),
    ("8.2", "The Qhora Local Municipality is directed to:", [
        ("8.2.1", "Connect Khanyisa Primary School to the municipal water supply within six (6) months of receipt "
                  "of this report."),
    ]),
    ("8.3", "The Commission further recommends that:", [
        ("8.3.1", "The national Department of Basic Education monitor the Province's progress in eradicating pit "
                  "latrines and report on it in its annual report."),
    ]),
]
REC = {n: t for _, _, items in DIRECTIVES for n, t in items}

CSS = """
@page { size: 210mm 297mm; margin: 22mm 22mm 20mm 22mm; }
p { font-family: 'Liberation Serif'; font-size: 11pt; margin-top: 0; margin-bottom: 6pt; text-align: justify; }
td { vertical-align: top; }
.org { font-family: 'Liberation Sans'; font-size: 12pt; font-weight: bold; color: #0b5d3b; text-align: center;
       margin-bottom: 2pt; }
.doc { font-family: 'Liberation Sans'; font-size: 15pt; font-weight: bold; text-align: center; margin-bottom: 8pt; }
.c { text-align: center; font-family: 'Liberation Sans'; font-size: 10pt; margin-bottom: 3pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 11.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 5pt; }
.num { font-family: 'Liberation Serif'; font-size: 11pt; margin-bottom: 6pt; text-align: left; }
.lead { font-weight: bold; margin-top: 4pt; }
.cell { font-family: 'Liberation Sans'; font-size: 9.5pt; margin-bottom: 2pt; text-align: left; }
.lh { font-family: 'Liberation Sans'; font-size: 9pt; margin-bottom: 1pt; text-align: left; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def hp(num, text, indent=0, w=14):
    """Hanging-numbered paragraph in a borderless table."""
    pad = "<td width='%d%%' valign='top'><p class='num'></p></td>" % indent if indent else ""
    return ("<table width='100%%' cellpadding='0' cellspacing='0' border='0'><tr>%s"
            "<td width='%d%%' valign='top'><p class='num'>%s</p></td><td valign='top'><p>%s</p></td></tr>"
            "</table>"
            % (pad, w, num, text))


def advice():
    b = ["<p class='org'>SOUTH AFRICAN HUMAN RIGHTS COMMISSION</p>",
         "<p class='doc'>INVESTIGATIVE REPORT</p>",
         "<p class='c'>File Reference Number: LV/2425/0318</p>",
         "<table width='100%' cellpadding='6' cellspacing='0' border='1' bordercolor='#0b5d3b' bgcolor='#eef6f1'>"
         "<tr><td><p class='cell'>In the matter between:</p>"
         "<p class='cell'><b>NOMVULA SITHOLE</b> (on behalf of the parents of learners at Khanyisa Primary School)"
         "<br/>Complainant</p><p class='cell'>and</p>"
         "<p class='cell'><b>LOWVELD PROVINCIAL DEPARTMENT OF EDUCATION</b><br/>First Respondent</p>"
         "<p class='cell'><b>QHORA LOCAL MUNICIPALITY</b><br/>Second Respondent</p></td></tr></table><p></p>",
         "<p class='h1'>1. INTRODUCTION</p>",
         hp("1.1", "The South African Human Rights Commission (the Commission) is an institution established in "
                   "terms of section 181 of the Constitution of the Republic of South Africa, 1996. In terms of "
                   "section 184(2) of the Constitution, the Commission has the power to investigate and report on "
                   "the observance of human rights, and to take steps to secure appropriate redress where human "
                   "rights have been violated."),
         hp("1.2", "This report sets out the Commission's findings and directives in respect of a complaint "
                   "lodged on 3 March 2025 concerning sanitation at Khanyisa Primary School in the Qhora district."),
         "<p class='h1'>2. THE PARTIES</p>",
         hp("2.1", "The Complainant is a parent of two learners at the school and a member of its School Governing "
                   "Body. The First Respondent is the provincial department responsible for public schools, and "
                   "the Second Respondent is the water services authority for the area."),
         "<p class='h1'>3. THE COMPLAINT</p>",
         hp("3.1", "The Complainant alleges that the school's 612 learners share eleven plain pit latrines, that "
                   "the school has had no running water since 2022, and that on 12 February 2025 a Grade 2 learner "
                   "was injured when the slab of a latrine collapsed."),
         hp("3.2", "The Complainant requested that the Department should build a new school on a different site. "
                   "The Commission does not make a finding on this request, which falls outside the scope of the "
                   "complaint as accepted."),
         "<p class='h1'>4. PRELIMINARY ASSESSMENT</p>",
         hp("4.1", "The complaint was assessed as falling within the mandate of the Commission, and was accepted "
                   "for investigation on 17 March 2025."),
         "<p class='h1'>5. LEGAL FRAMEWORK</p>",
         hp("5.1", "Section 29(1)(a) of the Constitution guarantees everyone the right to a basic education, and "
                   "section 24 the right to an environment that is not harmful to health or well-being."),
         hp("5.2", "The Regulations relating to Minimum Uniform Norms and Standards for Public School "
                   "Infrastructure (2013) provide that plain pit latrines must be eradicated at all public schools "
                   "and replaced with appropriate sanitation. The deadline of November 2016 set for this was not "
                   "met in the Province."),
         "<p class='h1'>6. THE INVESTIGATION</p>",
         hp("6.1", "The Commission conducted an inspection in loco at the school on 22 April 2025, interviewed the "
                   "principal, educators and members of the School Governing Body, and requested responses from "
                   "both Respondents in terms of section 15 of the South African Human Rights Commission Act 40 of "
                   "2013."),
         hp("6.2", "In its reply of 9 June 2025 the Department stated that \"the school should be prioritised in "
                   "the 2026/27 infrastructure programme, subject to the availability of funds\". The Municipality "
                   "did not reply."),
         hp("6.3", "The inspection confirmed that nine of the eleven latrines were in use, that two had been "
                   "sealed after the incident, and that learners fetched water in buckets from a communal tap 400 "
                   "metres from the school."),
         "<p class='h1'>7. FINDINGS</p>",
         hp("7.1", "The Commission finds that the sanitation facilities at Khanyisa Primary School are unsafe and "
                   "undignified, and that the Department has violated the learners' rights to a basic education, "
                   "to dignity and to an environment that is not harmful to their health."),
         hp("7.2", "The Commission finds that the Department failed to meet the deadlines in the Norms and "
                   "Standards, and that it has no published plan to do so."),
         hp("7.3", "The Commission finds that the Municipality failed to respond to the Commission, and that its "
                   "failure to supply water to the school contributed to the violation."),
         hp("7.4", "The Commission makes no finding against the School Governing Body, which reported the "
                   "condition of the latrines to the district office on four occasions."),
         "<p class='h1'>8. RECOMMENDATIONS</p>",
         "<p>In terms of section 184(2)(b) of the Constitution and section 13(3) of the South African Human Rights "
         "Commission Act 40 of 2013, the Commission directs and recommends as follows:</p>"]
    for num, lead, items in DIRECTIVES:
        b.append(hp(num, "<b>" + lead + "</b>"))
        for n, t in items:
            b.append(hp(n, t, indent=6, w=12))
    b += [hp("8.4", "The First and Second Respondents are required to submit a progress report on the "
                    "implementation of these directives to the Commission within sixty (60) days of receipt of "
                    "this report."),
          "<p></p><p style='text-align:left'>Signed at Nelspoort on this 29th day of July 2025.</p>",
          "<p style='text-align:left'><b>Adv. Thandiwe Mokoena</b><br/>Provincial Manager: Lowveld<br/>South "
          "African Human Rights Commission</p>"]
    return page("".join(b))


def response():
    b = ["<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='60%'>"
         "<p class='lh' style='font-size:11pt'><b>LOWVELD PROVINCIAL GOVERNMENT</b></p>"
         "<p class='lh' style='font-size:10pt;color:#7a1f1f'><b>DEPARTMENT OF EDUCATION</b></p>"
         "<p class='lh'>Office of the Head of Department</p></td><td>"
         "<p class='lh'>Private Bag X7204, Nelspoort, 1200</p><p class='lh'>Enquiries: Mr S. Ndlovu</p>"
         "<p class='lh'>Tel: 013 760 4100</p><p class='lh'>Ref: HOD/LEG/2025/0944</p></td></tr></table>"
         "<hr/>",
         "<p style='text-align:left'>Adv. T. Mokoena<br/>Provincial Manager: Lowveld<br/>South African Human "
         "Rights Commission<br/>Nelspoort</p>",
         "<p style='text-align:left'>Dear Adv. Mokoena</p>",
         "<p style='text-align:left'><b>RE: PROGRESS REPORT ON THE IMPLEMENTATION OF THE COMMISSION'S "
         "DIRECTIVES - KHANYISA PRIMARY SCHOOL (SAHRC FILE REF: LV/2425/0318)</b></p>",
         hp("1.", "The above matter refers. The Department acknowledges receipt of the Commission's Investigative "
                  "Report on 5 August 2025 and submits this progress report as required by paragraph 8.4.", w=7),
         hp("2.", "<b>Directive 8.1.5:</b> Circular 14 of 2025 on the reporting of unsafe school infrastructure "
                  "was issued to all principals on 1 September 2025. Training sessions for the 148 principals of "
                  "the Qhora district were held in October 2025, and the attendance registers are attached.", w=7),
         hp("3.", "<b>Directive 8.1.1:</b> The Department has appointed a contractor to build a new ablution block "
                  "with waterborne sanitation at Khanyisa Primary School. Construction started on 15 September "
                  "2025 and is 80 per cent complete; the remaining latrines will be demolished once the block is "
                  "handed over in December 2025.", w=7),
         hp("4.", "<b>Directives 8.1.3 and 8.1.2:</b> The Department's Sanitation Eradication Plan has been "
                  "costed at R1.9 billion and was published on its website on 30 September 2025. Having regard to "
                  "its budget allocation, the Department is not in a position to complete the plan by March 2028; "
                  "the plan provides for the last pit latrines to be replaced by March 2030. The audit of the "
                  "Qhora district, listing 37 schools that still rely on pit latrines, was submitted to the "
                  "Commission on 28 October 2025.", w=7),
         hp("5.", "<b>Directive 8.1.4:</b> The family of the learner has instituted a claim for damages against "
                  "the Department, which is being defended by the State Attorney. The Department is therefore "
                  "unable to comply with this directive, as making payment would prejudice the pending "
                  "litigation.", w=7),
         hp("6.", "<b>Directive 8.2.1:</b> The directive is addressed to the Qhora Local Municipality, which is the "
                  "water services authority. The Department has brought it to the attention of the Municipal "
                  "Manager and notes that the Municipality will report to the Commission directly.", w=7),
         hp("7.", "<b>Other schools:</b> The Commission is further advised that storm damage in November 2025 "
                  "closed two other schools in the Qhora district, and that mobile classrooms have been "
                  "provided.", w=7),
         hp("8.", "The following annexures are attached: A - Circular 14 of 2025 and attendance registers; B - "
                  "the Sanitation Eradication Plan; C - progress photographs of the ablution block.", w=7),
         hp("9.", "Should the Commission require any further information, kindly contact Mr S. Ndlovu, Chief "
                  "Director: Infrastructure, at the above number.", w=7),
         "<p></p><p style='text-align:left'>Yours faithfully</p><p></p>",
         "<p style='text-align:left'><b>Dr N. P. Masilela</b><br/>Head of Department<br/>Date: 14/11/2025</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="SAHRC Investigative Report  |  LV/2425/0318",
            footer="Page {n} of {N}", skip_first=True, size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", size=8)
    sw = lambda n, k=10: " ".join(REC[n].split()[:k])
    recs = [
        {"number": "8.1.1", "starts_with": sw("8.1.1"),
         "reply_contains": "Construction started on 15 September 2025 and is 80 per cent complete",
         "verdict": "agrees"},
        {"number": "8.1.2", "starts_with": sw("8.1.2"),
         "reply_contains": "was submitted to the Commission on 28 October 2025", "verdict": "agrees"},
        {"number": "8.1.3", "starts_with": sw("8.1.3"),
         "reply_contains": "is not in a position to complete the plan by March 2028",
         "verdict": "partly"},
        {"number": "8.1.4", "starts_with": sw("8.1.4"),
         "reply_contains": "making payment would prejudice the pending litigation", "verdict": "disagrees"},
        {"number": "8.1.5", "starts_with": sw("8.1.5"),
         "reply_contains": "Circular 14 of 2025 on the reporting of unsafe school infrastructure",
         "verdict": "agrees"},
        {"number": "8.2.1", "starts_with": sw("8.2.1"),
         "reply_contains": "notes that the Municipality will report to the Commission directly",
         "verdict": "noted"},
        {"number": "8.3.1", "starts_with": sw("8.3.1"), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "acknowledges receipt of the Commission's Investigative Report on 5 August 2025",
        "storm damage in November 2025 closed two other schools",
        "the Sanitation Eradication Plan; C - progress photographs",
        "require any further information, kindly contact Mr S. Ndlovu",
    ], "Advice: a South African Human Rights Commission investigative report on a complaint (genre of the SAHRC's "
       "section 184(2) investigative reports). A bordered 'In the matter between' case block; sections 1.-8. with "
       "hanging decimal paragraph numbers (1.1, 3.2, 6.2, 7.1-7.4 ...); '8. RECOMMENDATIONS' with three bold "
       "addressee lead-ins numbered 8.1, 8.2, 8.3 ('The Lowveld Provincial Department of Education is directed "
       "to:', 'The Qhora Local Municipality is directed to:', 'The Commission further recommends that:') and the "
       "directives numbered 8.1.1-8.1.5, 8.2.1 and 8.3.1 under them (numbers expected as '8.1.1' etc.), then 8.4 "
       "(the 60-day progress report, procedure, not a recommendation). Traps: the Constitution and the Norms and "
       "Standards paraphrased ('must be eradicated'), the complainant's request ('the Department should build a "
       "new school') on which no finding is made, the Department's 2024 reply quoted ('should be prioritised'), "
       "findings 7.1-7.4 ('The Commission finds that ...'), 'makes no finding against the School Governing Body'. "
       "Response: the Head of Department's progress-report letter (reference block, 'RE:' subject), paragraphs "
       "numbered 1.-9. by the letter itself (numbering trap) with bold run-in labels 'Directive 8.1.5:' in the "
       "order 8.1.5, 8.1.1, 8.1.3+8.1.2, 8.1.4, 8.2.1: 8.1.5 circular issued, principals trained (agrees); 8.1.1 "
       "ablution block 80 per cent complete (agrees); ONE paragraph 'Directives 8.1.3 and 8.1.2:': plan costed and "
       "published but March 2030 instead of 2028 (8.1.3 partly) + the audit submitted (8.1.2 agrees); 8.1.4 "
       "'unable to comply', pending litigation (disagrees); 8.2.1 addressed to the Municipality, passed on, "
       "'notes that the Municipality will report' (noted); 8.3.1 (the national Department's monitoring) "
       "unanswered. Unmatched: paragraph 1 (the above matter refers), 7 'Other schools' (storm damage), 8 "
       "(annexures) and 9 (contact).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
