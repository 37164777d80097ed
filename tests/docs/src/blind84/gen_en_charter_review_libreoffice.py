"""Round 84 (EN): a US city's CHARTER REVIEW COMMISSION FINAL REPORT (genre: the decennial citizens' commission a
city charter requires, reporting proposed charter amendments to the council) answered by a CITY COUNCIL RESOLUTION
(WHEREAS recitals, numbered Sections that refer some amendments to the voters, decline or refer others to committee).
Advice: City of Port Alder Charter Review Commission, Final Report, June 2026, 2-3 p.; recommendations are LETTERED
headings 'Recommendation A' ... 'Recommendation G' with a bold text and a vote line.
Response: Resolution No. 2026-118, 1-2 p.; cites the letters in its section titles; order F, G, A+B, D, C; E
unanswered.
LibreOffice Writer headless from HTML (US Letter, DejaVu from the system); footers stamped with PyMuPDF. The city,
the commission, people, votes and figures are invented.

Run:  /tmp/blind84en/bin/python tests/docs/src/blind84/gen_en_charter_review_libreoffice.py   (needs soffice)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b84en as H

NAME = "blind84_en_charter_review"

STYLE = """<style>
@page { size: 8.5in 11in; margin: 0.9in 0.9in 0.9in 0.9in; }
body { font-family: 'DejaVu Serif'; font-size: 10pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 17pt; color: #1f3a5f; margin-bottom: 2pt; }
h2 { font-family: 'DejaVu Sans'; font-size: 12pt; color: #1f3a5f; margin-top: 12pt; margin-bottom: 4pt; }
h3 { font-family: 'DejaVu Sans'; font-size: 10.5pt; margin-top: 10pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 6pt; }
td { font-family: 'DejaVu Sans'; font-size: 9pt; vertical-align: top; }
</style>"""


def rec(letter, title, text, why, vote):
    return ("<h3>Recommendation %s &ndash; %s</h3>\n<p><b>%s</b></p>\n<p>%s</p>\n"
            "<p><i>Vote of the Commission: %s</i></p>\n" % (letter, title, text, why, vote))


ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8">%s</head><body>
<p style="font-family:'DejaVu Sans'; font-size:9pt; color:#555555">CITY OF PORT ALDER &middot; CHARTER REVIEW COMMISSION</p>
<h1>Final Report to the Mayor and City Council</h1>
<p style="font-family:'DejaVu Sans'; font-size:11pt">Proposed amendments to the Charter of the City of Port Alder</p>
<table width="100%%" cellpadding="5" cellspacing="0" style="border-top:1.5pt solid #1f3a5f; border-bottom:1.5pt solid #1f3a5f; background:#eef2f7">
<tr><td width="30%%"><b>Submitted</b></td><td>June 12, 2026</td></tr>
<tr><td><b>Chair</b></td><td>Rosalind Okafor-Barnes</td></tr>
<tr><td><b>Members</b></td><td>11 residents appointed under Charter Section 14.03</td></tr>
<tr><td><b>Meetings</b></td><td>14 public meetings and 3 community forums, October 2025 to May 2026</td></tr>
</table>

<h2>1. Introduction</h2>
<p>Section 14.03 of the Charter provides that the City Council shall appoint a Charter Review Commission at least once
every ten years and that the Commission shall report its recommendations to the Council within nine months. The
Council appointed this Commission by Resolution No. 2025-071. This report sets out our findings and seven
recommendations for amendments to the Charter. Under state law, any amendment to the Charter must be approved by a
majority of the voters voting on it; the Council decides which, if any, of our proposals are placed on the ballot.</p>
<p>We heard from 212 residents in person and received 486 written comments. A summary of the comments is available
from the City Recorder. We thank the staff of the City Attorney's Office for their support.</p>

<h2>2. What we heard and what we found</h2>
<p>The last commission, in 2016, recommended that &ldquo;the City should move to a council-manager form of government
with a professional city manager appointed by the Council.&rdquo; That change was approved by the voters in 2017 and
we heard no serious call to revisit it. Several residents told us that the Council should be more representative of
the city's neighborhoods: four of the seven current councilmembers live within the same two census tracts north of
Harbor Street.</p>
<p>Our main findings are these:</p>
<ul>
<li>Turnout in the odd-year municipal elections of 2021, 2023 and 2025 averaged 23 percent, against 71 percent in the
even-year state general elections of 2022 and 2024.</li>
<li>Councilmember pay of $650 a month has not changed since 1998. Three former councilmembers told us they had
left office because they could not afford to stay.</li>
<li>The City's Code of Ethics is enforced by the Council itself. Under Section 2.12 of the Charter, a complaint against
a councilmember must be heard by the remaining members of the Council.</li>
<li>In 2025 two of the three citywide Council seats were won with less than 40 percent of the vote.</li>
<li>The Charter still refers to the &ldquo;Board of Public Works&rdquo;, abolished in 1987, and uses &ldquo;he&rdquo;
for every officer of the City.</li>
</ul>
<p>We considered, and did not adopt, a proposal for term limits (the motion failed 4-7) and a proposal that the Mayor
be elected separately from the Council (5-6). We record them here because residents asked us to.</p>

<h2>3. Recommendations</h2>
<p>The Commission recommends the following amendments to the Charter. Each was adopted by a majority of the members
present; the vote is shown below each recommendation.</p>
%s%s%s%s%s%s%s
<h2>4. Next steps</h2>
<p>We ask the Council to act on this report by resolution before the filing deadline for the November 2026 ballot
and to publish its reasons for any recommendation it does not accept. Members of the Commission are willing to
appear before the Council to answer questions. Ballot language for each amendment is in Appendix B, which is
published separately.</p>
<p style="margin-top:10pt">Rosalind Okafor-Barnes, Chair<br/>On behalf of the Port Alder Charter Review Commission</p>
</body></html>""" % (STYLE,
    rec("A", "Size and election of the Council",
        "Enlarge the City Council from seven to nine members, with eight elected by district and the Mayor elected citywide.",
        "Districts would give every neighborhood a councilmember who lives there. The City's independent "
        "redistricting consultant advised that eight districts of about 5,400 residents each can be drawn.", "9-2"),
    rec("B", "Ranked-choice voting",
        "Adopt ranked-choice voting for all elective offices of the City, beginning with the 2028 regular election.",
        "Ranked-choice voting would ensure that winning candidates have majority support. Benton and Corvallis "
        "already use it for city elections.", "7-4"),
    rec("C", "Council compensation",
        "Set councilmember pay by formula at 20 percent of the area median household income, reviewed every two years.",
        "A formula takes the decision on councilmembers' own pay out of their hands. At today's figures it would "
        "mean about $1,210 a month.", "8-3"),
    rec("D", "Independent Ethics Commission",
        "Establish in the Charter an independent Ethics Commission with its own budget and the power to issue subpoenas.",
        "Complaints against councilmembers should not be decided by their colleagues. The Commission would also "
        "advise officers and employees on the Code of Ethics.", "10-1"),
    rec("E", "Frequency of charter review",
        "Require a charter review commission every eight years instead of every ten, with a youth member.",
        "A shorter cycle would keep the Charter in step with state law. One member should be a resident between "
        "16 and 21 years of age.", "6-5"),
    rec("F", "Election timing",
        "Move regular municipal elections from odd-numbered years to the even-numbered years of the state general election.",
        "Even-year elections would roughly triple turnout and save the City about $95,000 in each election cycle.",
        "11-0"),
    rec("G", "Plain language",
        "Rewrite the Charter in plain, gender-neutral language and remove provisions that are obsolete.",
        "This would not change the meaning of any provision. The City Attorney should certify that each change is "
        "editorial only.", "11-0"))

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8">%s</head><body>
<p style="font-family:'DejaVu Sans'; text-align:center; font-size:12pt"><b>CITY OF PORT ALDER</b></p>
<p style="font-family:'DejaVu Sans'; text-align:center; font-size:11pt"><b>RESOLUTION NO. 2026-118</b></p>
<p style="font-family:'DejaVu Sans'; text-align:center; font-size:9.5pt">A RESOLUTION RESPONDING TO THE FINAL REPORT OF THE
2026 CHARTER REVIEW COMMISSION, REFERRING PROPOSED CHARTER AMENDMENTS TO THE VOTERS AT THE NOVEMBER 3, 2026 GENERAL
ELECTION, AND APPROPRIATING FUNDS</p>

<p>WHEREAS, Section 14.03 of the Charter requires the Council to appoint a charter review commission at least once every
ten years, and the Council appointed the 2026 Charter Review Commission by Resolution No. 2025-071; and</p>
<p>WHEREAS, the Commission held fourteen public meetings and submitted its final report on June 12, 2026; and</p>
<p>WHEREAS, the Council received the report at its meeting of June 23, 2026 and heard public testimony on it on July 7,
2026, and wishes to express its gratitude to the eleven members of the Commission for their service;</p>
<p>NOW, THEREFORE, THE CITY OF PORT ALDER RESOLVES AS FOLLOWS:</p>

<p><b>Section 1. Election timing (Commission Recommendation F).</b> The Council refers to the voters a measure amending
Charter Section 3.01 so that regular municipal elections are held in even-numbered years together with the state
general election, beginning in 2028. The terms of councilmembers elected in 2025 are extended by one year to
conform.</p>

<p><b>Section 2. Plain language (Commission Recommendation G).</b> The City Attorney is directed to prepare a
plain-language, gender-neutral revision of the Charter, with a certificate that each change is editorial only, and to
return it to the Council no later than March 31, 2027 for referral to the voters at the next available election.</p>

<p><b>Section 3. Composition of the Council (Commission Recommendations A and B).</b> The Council refers to the voters a
measure amending Charter Sections 2.01 and 2.03 to increase the Council to nine members, eight of whom shall be elected
by district, with the Mayor elected at large. The Council declines at this time to refer the proposal for ranked-choice
voting. The County Elections Division has advised that it cannot tabulate ranked-choice ballots for a single city
before the county's voting system is replaced, which is not expected before 2030.</p>

<p><b>Section 4. Ethics (Commission Recommendation D).</b> The Council agrees that complaints against councilmembers
should be heard by a body independent of the Council. Rather than amending the Charter, the Council directs the City
Attorney to prepare an ordinance creating a five-member Ethics Board appointed by the presiding judge of the Municipal
Court. The Board will be funded within the City Recorder's budget and will not have the power to issue subpoenas.</p>

<p><b>Section 5. Council compensation (Commission Recommendation C).</b> The proposal to set councilmember pay by formula
is referred to the Rules and Governance Committee for further study. The Committee shall report to the Council with
options, including the option of no change, by January 31, 2027.</p>

<p><b>Section 6. Ballot title and election costs.</b> The City Recorder is directed to file the ballot titles and
explanatory statements approved by the City Attorney with the County Elections Division by August 14, 2026. The sum of
$48,000 is appropriated from the General Fund contingency to pay the City's share of the election costs.</p>

<p><b>Section 7. Effective date.</b> This resolution takes effect immediately upon its adoption by the Council.</p>

<p style="margin-top:12pt">ADOPTED by the City Council of the City of Port Alder on July 21, 2026, by a vote of 6 ayes and 1 nay.</p>
<table width="100%%" cellpadding="4" style="margin-top:14pt"><tr>
<td width="50%%">Approved: ______________________<br/>Daniel Reyes-Whitford, Mayor</td>
<td width="50%%">Attest: ______________________<br/>Priya Lindqvist, City Recorder</td></tr></table>
</body></html>""" % STYLE

RECS = [
    (1, "Enlarge the City Council from seven to nine members",
     "increase the Council to nine members, eight of whom", "agrees"),
    (2, "Adopt ranked-choice voting for all elective offices of the City",
     "declines at this time to refer the proposal for ranked-choice voting", "disagrees"),
    (3, "Set councilmember pay by formula at 20 percent of",
     "referred to the Rules and Governance Committee for further study", "noted"),
    (4, "Establish in the Charter an independent Ethics Commission with its own budget",
     "prepare an ordinance creating a five-member Ethics Board", "partly"),
    (5, "Require a charter review commission every eight years instead of", None, "unanswered"),
    (6, "Move regular municipal elections from odd-numbered years to the even-numbered years",
     "regular municipal elections are held in even-numbered years", "agrees"),
    (7, "Rewrite the Charter in plain, gender-neutral language and remove",
     "directed to prepare a plain-language, gender-neutral revision of the Charter", "agrees"),
]


def make(html, which, footer):
    tmp = tempfile.mkdtemp(prefix="blind84en_lo_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.soffice_pdf(src, tmp)
    dst = H.out("%s_%s.pdf" % (NAME, which))
    shutil.copy(os.path.join(tmp, "%s_%s.pdf" % (NAME, which)), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, footer=footer, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Port Alder Charter Review Commission - Final Report - June 2026 - {n}")
    make(RESPONSE, "response", "Resolution No. 2026-118 - Page {n} of {N}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["wishes to express its gratitude to the eleven members",
                      "appropriated from the General Fund contingency to pay",
                      "This resolution takes effect immediately upon its adoption"],
                     "Advice: a US city's CHARTER REVIEW COMMISSION FINAL REPORT: a shaded meta table; 'Section "
                     "14.03 ... shall appoint'; 'any amendment to the Charter must be approved'; the 2016 "
                     "commission's recommendation quoted ('the City should move to a council-manager form'); "
                     "'residents told us that the Council should be more representative'; findings bullets with "
                     "percentages and dollar amounts; rejected proposals with votes 4-7 and 5-6; recommendations are "
                     "LETTERED headings 'Recommendation A - Title' .. 'Recommendation G - Title' with the bold "
                     "amendment text, a reason ('Complaints ... should not be decided by their colleagues', 'The City "
                     "Attorney should certify') and 'Vote of the Commission: 9-2'; numbers 1-7 = A-G. Response: CITY "
                     "COUNCIL RESOLUTION No. 2026-118: WHEREAS recitals (thanks), 'Section N. Title (Commission "
                     "Recommendation X).' in the order F, G, A+B, D, C: F referred to the voters (agrees); G revision "
                     "directed by March 31, 2027 (agrees); ONE section 'Recommendations A and B' = nine members "
                     "referred (A agrees) + 'declines at this time to refer ... ranked-choice voting' (B disagrees); "
                     "D an Ethics Board by ordinance, not in the Charter, no subpoenas (partly); C 'referred to the "
                     "Rules and Governance Committee for further study' (noted). E (review every eight years, youth "
                     "member) is not answered. Unmatched: recitals, Section 6 ballot titles and election costs, "
                     "Section 7 effective date / adoption.")
    sys.exit(H.main([NAME]))
