"""Round 53 (EN): a professional body's response to a UK government consultation (genre of submissions by bodies
such as the CIEH or the LGA to a departmental consultation), by the invented Institute of Housing and
Environmental Standards on the invented Department for Local Growth and Housing's consultation 'A registration
scheme for short-term lets in England', answered by the Department's 'Consultation outcome: government response'
(a reply to all respondents, arranged by theme, in which the Institute is never named). The advice answers the
consultation's numbered questions (Question 1 ... Question 11, 'Yes / No / Don't know'); the recommendations are the
'We recommend that ...' / 'The Institute recommends ...' / 'We urge the Department to ...' sentences inside the
answers, numbered 1-7 in document order. Traps: the questions themselves ('Do you agree that ...?'), plain 'Yes.'
answers, 'No comment', a members' survey table, the Housing Act 2004 and a statutory instrument cited, the
Institute's 2024 call-for-evidence position quoted, a 'Summary of our key points' box paraphrasing the
recommendations. LibreOffice Writer headless from HTML, A4, Liberation Sans; running header and page numbers
stamped with PyMuPDF. All content (bodies, people, figures) is invented.

Run:  /tmp/blind53en/bin/python tests/docs/src/blind53/gen_en_consultation_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b53en as H

NAME = "blind53_en_consultation"
TMP = "/tmp/b53en/consultation"

CSS = """
@page { size: 210mm 297mm; margin: 22mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 17pt; color: #1d4f3b; margin-bottom: 4pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12.5pt; color: #1d4f3b; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }
.q { font-weight: bold; color: #1d4f3b; margin-top: 8pt; }
.small { font-size: 8.5pt; color: #444444; }
"""

R = [
    "We recommend that the registration number be displayed on every online listing and in every advertisement, "
    "and that booking platforms be required to remove any listing without a valid number within 48 hours of "
    "being notified.",
    "We recommend that the registration fee be set at a level that recovers the full cost of administration and "
    "enforcement, which our members estimate at 95 pounds a year for each property, rather than the 35 pounds "
    "proposed.",
    "The Institute recommends that a current gas safety record and an electrical installation condition report "
    "be conditions of registration for every short-term let, and not only for whole-property lets.",
    "We recommend that local housing authorities be given a power to impose civil penalties of up to 30,000 "
    "pounds for letting an unregistered property or for breaching a condition of registration.",
    "We urge the Department to share registration data with local authorities every month, at address level and "
    "free of charge, so that officers can target inspections.",
    "We recommend that a new planning use class be created for short-term lets, so that councils in areas of "
    "housing pressure can require planning permission for a change of use.",
    "The Institute recommends that the scheme be independently reviewed two years after it comes into force and "
    "that the results of the review be published.",
]


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body
            + "</body></html>")


def grid(rows, widths, head=True):
    s = "<table width='100%' cellpadding='4' cellspacing='0' border='1' style='border-collapse: collapse'>"
    for i, r in enumerate(rows):
        s += "<tr>"
        for w, c in zip(widths, r):
            bg = " bgcolor='#dfeee6'" if head and i == 0 else ""
            s += "<td width='%d%%'%s><font size='2'>%s</font></td>" % (w, bg, ("<b>%s</b>" % c) if bg else c)
        s += "</tr>"
    return s + "</table>"


def q(n, text):
    return "<p class='q'>Question %d: %s</p>" % (n, text)


def advice():
    b = ["<p class='small'>INSTITUTE OF HOUSING AND ENVIRONMENTAL STANDARDS<br>Chadwick House, 15 Hatfields Row, "
         "London SE1 8DJ</p>",
         "<h1>A registration scheme for short-term lets in England</h1>",
         "<p><b>Response of the Institute of Housing and Environmental Standards to the Department for Local Growth "
         "and Housing consultation</b><br>Submitted: 9 February 2026. Contact: Dr Priya Anand-Whitcombe, Head of "
         "Policy (policy@ihes.org.example)</p>",
         "<h2>About the Institute</h2>",
         "<p>The Institute of Housing and Environmental Standards is the professional body for some 6,400 "
         "environmental health and private sector housing practitioners. Our members carry out housing inspections "
         "under Part 1 of the Housing Act 2004 and licence houses in multiple occupation under Part 2 of that Act. "
         "This response draws on a survey of 212 members carried out in January 2026 and on a round table held with "
         "the Local Housing Officers' Forum.</p>",
         "<table width='100%' cellpadding='8' cellspacing='0' border='1'><tr><td bgcolor='#eef5f1'>"
         "<p><b>Summary of our key points</b></p><p>- A national register is welcome, but only if councils can "
         "enforce it.<br>- Fees must pay for enforcement.<br>- Basic gas and electrical safety should apply to all "
         "guests.<br>- Councils need the data, and a planning tool, to manage housing pressure.</p></td></tr></table>",
         "<h2>Our background and previous position</h2>",
         "<p>In our 2024 response to the call for evidence we recommended that 'a light-touch national register be "
         "piloted in two or three regions before any wider roll-out'. The Department has decided to proceed with a "
         "national scheme from the outset, and we accept that decision. Short-term lets are a growing part of the "
         "housing market in our members' areas, as the survey results in Table 1 show.</p>",
         grid([["Type of area (respondents)", "Complaints about short-term lets, 2023", "2025", "Change"],
               ["Coastal and rural (71)", "1,940", "3,215", "+66%"],
               ["Large city (58)", "2,610", "3,880", "+49%"],
               ["Other urban (83)", "1,120", "1,405", "+25%"]], (40, 26, 17, 17)),
         "<p class='small'>Table 1. Complaints received by members' authorities (noise, waste, safety), IHES member "
         "survey, January 2026.</p>",
         "<h2>Responses to the consultation questions</h2>",
         q(1, "Do you agree that the registration scheme should apply to all short-term lets in England, including "
              "where a host lets a room in their main home? (Yes / No / Don't know)"),
         "<p>Yes. A scheme with exemptions would be harder to enforce and would invite hosts to misdescribe their "
         "lets. Hosts letting rooms in their own homes should be subject to the same basic requirements.</p>",
         q(2, "Do you agree with the proposed information to be shown on listings? (Yes / No / Don't know)"),
         "<p>Yes, in part. The consultation proposes that hosts 'should display' a number but sets out no "
         "consequence for platforms. " + R[0] + " Without a duty on platforms, the register will not be "
         "complete.</p>",
         q(3, "Do you agree that the register should be operated nationally by the Department? (Yes / No / "
              "Don't know)"),
         "<p>Yes. A single national register is the most efficient model.</p>",
         q(4, "Do you agree with the proposed annual fee of 35 pounds per property? (Yes / No / Don't know)"),
         "<p>No. " + R[1] + " A fee that only covers the cost of the register would leave enforcement unfunded, as "
         "happened with selective licensing before the Licensing of Houses in Multiple Occupation (Prescribed "
         "Description) (England) Order 2018.</p>",
         q(5, "Which safety requirements should be a condition of registration?"),
         "<p>" + R[2] + " Guests in a room let within a home face the same risks from faulty appliances as guests "
         "in a self-contained flat. Smoke and carbon monoxide alarms should, as proposed, be required in all "
         "cases.</p>",
         q(6, "Do you have any comments on the proposed exemption for serviced apartments?"),
         "<p>The Institute has no comment on this question.</p>",
         q(7, "What enforcement powers should local authorities have?"),
         "<p>" + R[3] + " The penalty should be set by reference to the existing civil penalty regime for housing "
         "offences, so that officers can use familiar procedures and guidance.</p>",
         q(8, "How should data from the register be used?"),
         "<p>" + R[4] + " Annual summary statistics, as proposed, would be of little practical use.</p>",
         q(9, "Do you have any views on the interaction of the scheme with the planning system?"),
         "<p>" + R[5] + " Registration alone does not give councils any means of limiting the loss of homes to "
         "holiday letting.</p>",
         q(10, "Do you agree with the proposed timetable for implementation? (Yes / No / Don't know)"),
         "<p>Don't know. The timetable depends on when the digital register will be ready; councils will need at "
         "least six months' notice to prepare.</p>",
         q(11, "Do you have any other comments?"),
         "<p>" + R[6] + " The review should look in particular at the effect of the scheme on the supply of homes "
         "for long-term rent.</p>",
         "<p class='small'>The Institute is happy for this response to be published in full and for the "
         "Department to contact us about any of the points raised.</p>"]
    return page("".join(b))


def response():
    b = ["<p class='small'>Department for Local Growth and Housing</p>",
         "<h1>A registration scheme for short-term lets in England</h1>",
         "<p><b>Consultation outcome: government response</b><br>Published 18 June 2026</p>",
         "<h2>Ministerial foreword</h2>",
         "<p>Short-term lets bring visitors and income to many communities, but in some places they have changed the "
         "character of whole streets. This government is determined that every guest is safe and that local "
         "residents can see who is letting homes near them. I am grateful to everyone who responded. - Rt Hon Daniel "
         "Okonjo-Hale MP, Minister for Housing</p>",
         "<h2>1. Summary of responses</h2>",
         "<p>The consultation ran from 1 December 2025 to 9 February 2026 and received 1,862 responses, of which 1,411 "
         "were from individuals, 246 from hosts and letting businesses, 118 from local authorities and 87 from "
         "representative and professional bodies. A list of organisations that responded is at Annex A (not "
         "reproduced).</p>",
         "<h2>2. Safety requirements</h2>",
         "<p>A large majority of local authorities and professional bodies argued that safety conditions should not "
         "depend on the type of let. The government agrees. Every registered property, including a room let in the "
         "host's own home, will need a current gas safety record and a satisfactory electrical installation "
         "condition report.</p>",
         "<h2>3. Fees</h2>",
         "<p>Several local authority and professional respondents argued for a much higher fee to fund "
         "enforcement. The government has considered these views carefully but the annual fee will remain at 35 "
         "pounds per property, as proposed. Enforcement by local authorities will be funded through the new burdens "
         "assessment rather than from the fee.</p>",
         "<h2>4. Enforcement</h2>",
         "<p>Respondents were almost unanimous that councils need effective powers. Local housing authorities will be "
         "able to impose civil penalties for letting an unregistered property. The government has, however, decided "
         "on a maximum of 5,000 pounds for a first offence and 10,000 pounds for repeat offences, which it "
         "considers proportionate for a registration offence.</p>",
         "<h2>5. Listings, platforms and data</h2>",
         "<p>Hosts will have to display their registration number on every listing. The government also accepts the "
         "case made by councils and professional bodies for a duty on platforms: the regulations will require them "
         "to take down listings that do not show a valid registration number within two days of notification. On "
         "access to register data, the government has heard the calls for frequent address-level sharing with "
         "councils and will consider these alongside the Information Commissioner's advice, in a separate "
         "consultation on data sharing later in 2026.</p>",
         "<h2>6. Monitoring and review</h2>",
         "<p>The government will carry out a post-implementation review of the scheme within three years of its "
         "coming into force and will publish its conclusions, with an interim report on take-up after the first "
         "year.</p>",
         "<h2>7. Equalities</h2>",
         "<p>The government has considered its duties under section 149 of the Equality Act 2010. An updated "
         "equalities impact assessment, which finds no disproportionate effect on any group with protected "
         "characteristics, is published alongside this response.</p>",
         "<h2>8. Next steps</h2>",
         "<p>The regulations establishing the register will be laid before Parliament in the autumn, and the "
         "register is expected to open to hosts in April 2027. Guidance for local authorities will follow.</p>"]
    return page("".join(b))


NOTES = ("Response of a professional body (invented Institute of Housing and Environmental Standards) to a UK "
         "government consultation on a short-term lets register, answered by the Department's 'Consultation "
         "outcome: government response', arranged by theme and never naming the Institute. Recommendations: the "
         "seven 'We recommend that ...' / 'The Institute recommends ...' / 'We urge the Department to ...' "
         "sentences inside the answers to consultation questions 2, 4, 5, 7, 8, 9 and 11, numbered 1-7 in "
         "document order. Traps: the eleven numbered consultation questions ('Do you agree ...?'), plain 'Yes.' "
         "and 'Don't know.' answers, 'no comment on this question', the 'Summary of our key points' box, the 2024 "
         "call-for-evidence recommendation quoted, Table 1 of complaints, the Housing Act 2004 and the 2018 Order, "
         "'should display' and 'should be required' sentences. Response chapters in the order 3, 2, 4, 1+5, 7. "
         "Key: 3 gas and electrical conditions for every property (agrees); 2 fee 'will remain at 35 pounds' "
         "(disagrees); 4 civil penalties but maximum 5,000/10,000 not 30,000 (partly); one section: 1 platforms "
         "must take down listings within two days (agrees) + 5 data sharing to be considered in a separate "
         "consultation (noted); 7 review within three years instead of two, published (partly, also agrees); 6 "
         "planning use class unanswered. Unmatched: ministerial foreword, summary of responses, equalities, next "
         "steps.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="IHES response: short-term lets registration scheme consultation",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Short-term lets registration scheme: government response",
            footer="{n}")
    sw = lambda i: " ".join(R[i].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "within two days of notification", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "the annual fee will remain at 35 pounds per property", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "including a room let in the host's own home", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "on a maximum of 5,000 pounds for a first offence", "verdict": "partly"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "in a separate consultation on data sharing later in 2026", "verdict": "noted"},
        {"number": "6", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "post-implementation review of the scheme within three years", "verdict": "partly",
         "also": ["agrees"]},
    ]
    H.write_expected(NAME, recs, ["I am grateful to everyone who responded",
                                  "received 1,862 responses, of which 1,411",
                                  "finds no disproportionate effect on any group",
                                  "expected to open to hosts in April 2027"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b53en.py"), NAME)) and 1)
