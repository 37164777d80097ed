"""Blind round 15 (en): Australian Senate references committee report + the Australian Government response
(introduction and a 'Recommendation | Government response' table over several pages).
Engine: LibreOffice Writer headless (HTML -> PDF; Liberation fonts embedded as subsets), A4; running header and
footer stamped afterwards with PyMuPDF (DejaVu Sans) on every page but the cover.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf
and libreoffice-writer-nogui installed:
    /tmp/blind15enenv/bin/python tests/docs/src/blind15/gen_en_au_committee_lo.py
Writes tests/docs/blind15_en_au_committee_advice.pdf and tests/docs/blind15_en_au_committee_response.pdf;
check with  /tmp/blind15enenv/bin/python tests/docs/src/blind15/_en_b15.py blind15_en_au_committee
LibreOffice output is not byte-reproducible (it writes its own IDs and dates).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b15 as H

TITLE = "Mobile coverage and telecommunications resilience in regional Australia"
COMMITTEE = "Rural and Regional Affairs and Transport References Committee"

CSS = """
<style>
@page { size: 21cm 29.7cm; margin: 2.4cm 2.3cm 2.3cm 2.3cm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 122%; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; color: #1c4e63; margin-top: 0.2cm; margin-bottom: 0.35cm; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #1c4e63; margin-top: 0.35cm; margin-bottom: 0.2cm; }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; margin-top: 0.3cm; margin-bottom: 0.15cm; }
td { font-family: 'Liberation Serif'; font-size: 10.5pt; }
.small { font-size: 9pt; }
.box { font-family: 'Liberation Sans'; }
</style>
"""


def fn(n: int) -> str:
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fn_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote" style="font-size: 8.5pt"><a class="sdfootnotesym" '
            f'name="sdfootnote{n}sym" href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


def page_break() -> str:
    return '<p style="page-break-before: always; margin: 0"></p>'


def np(num: str, text: str) -> str:
    """A numbered paragraph as the Senate prints them: the number in a hanging column."""
    return (f"<table width='100%' cellpadding='0' cellspacing='0' style='margin-bottom: 0.2cm'><tr>"
            f"<td width='9%' valign='top'>{num}</td><td width='91%'><p>{text}</p></td></tr></table>")


RECS = [  # number, paragraph, text
    ("1", "2.38", "The committee recommends that the Australian Government require mobile network operators to "
     "publish standardised, independently verified coverage maps showing outdoor, in-vehicle and indoor coverage "
     "by 30 June 2026."),
    ("2", "2.46", "The committee recommends that the Australian Government legislate a universal outdoor mobile "
     "obligation, so that voice, text and basic data services are available outdoors across at least 98 per cent "
     "of the Australian landmass by 2028."),
    ("3", "2.53", "The committee recommends that future rounds of the Mobile Black Spot Program prioritise "
     "locations nominated by local governments, and that co-contribution requirements for councils be waived in "
     "remote and very remote areas."),
    ("4", "3.29", "The committee recommends that the Australian Government require mobile network operators to "
     "provide at least 12 hours of backup power at every mobile base station in designated bushfire-prone and "
     "flood-prone areas."),
    ("5", "3.34", "The committee recommends that the Australian Communications and Media Authority be given "
     "powers to monitor and enforce the backup power requirement in Recommendation 4, including civil "
     "penalties for non-compliance."),
    ("6", "3.42", "The committee recommends that state and territory emergency management agencies develop, "
     "with the telecommunications carriers, shared protocols for prioritising the restoration of services "
     "after natural disasters, and publish those protocols before the start of the 2025\u201326 bushfire "
     "season."),
    ("7", "4.19", "The committee recommends that the Regional Connectivity Program and the Mobile Black Spot "
     "Program be replaced by a single ongoing regional telecommunications fund of not less than $200 million "
     "a year."),
    ("8", "4.25", "The committee recommends that the Department of Infrastructure, Transport, Regional "
     "Development, Communications and the Arts publish an evaluation of the Peri-Urban Mobile Program within "
     "12 months of the tabling of this report."),
    ("9", "4.31", "The committee recommends that the Australian Government establish an independent Regional "
     "Telecommunications Advocate to represent the interests of regional, rural and remote consumers."),
]


def box(i: int) -> str:
    num, para, text = RECS[i]
    return ("<table width='100%' cellpadding='9' cellspacing='0' bgcolor='#dce8ee' "
            "style='border: 1px solid #1c4e63; margin-top: 0.2cm; margin-bottom: 0.35cm'><tr><td>"
            f"<p class='box'><b>Recommendation {num}</b></p>"
            f"<table width='100%' cellpadding='0' cellspacing='0'><tr><td width='9%' valign='top'>{para}</td>"
            f"<td width='91%'><p class='box'>{text}</p></td></tr></table></td></tr></table>")


def advice_html() -> str:
    b = [f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{CSS}</head><body>"]
    b.append("<p style='font-family: Liberation Sans; font-size: 13pt; margin-top: 2cm'><b>The Senate</b></p>"
             f"<p style='font-family: Liberation Sans; font-size: 14pt'>{COMMITTEE}</p>"
             "<p style='font-family: Liberation Sans; font-size: 26pt; color: #1c4e63; margin-top: 3cm; "
             f"line-height: 115%; text-align: left'><b>{TITLE}</b></p>"
             "<p style='font-family: Liberation Sans; font-size: 13pt; margin-top: 2cm'>March 2025</p>")
    b.append(page_break())
    b.append("<p class='small'>\u00a9 Commonwealth of Australia 2025</p>"
             "<p class='small'>ISBN 978-1-76093-714-2 (printed version)<br>"
             "ISBN 978-1-76093-715-9 (HTML version)</p>"
             "<p class='small'>This document was prepared by the Senate Standing Committee on Rural and Regional "
             "Affairs and Transport and printed by the Senate Printing Unit, Parliament House, Canberra.</p>"
             "<h2>Members</h2>"
             "<p>Senator Susan McDonald (Chair), Queensland, LNP<br>"
             "Senator Glenn Sterle (Deputy Chair), Western Australia, ALP<br>"
             "Senator Tony Sheldon, New South Wales, ALP<br>"
             "Senator Peter Whish-Wilson, Tasmania, AG<br>"
             "Senator Ross Cadell, New South Wales, NATS<br>"
             "Senator Raff Ciccone, Victoria, ALP</p>"
             "<h2>Secretariat</h2>"
             "<p>Mr Gerry McInally, Committee Secretary<br>Ms Kate Campbell, Principal Research Officer<br>"
             "Ms Erin Pynor, Administrative Officer</p>"
             "<p class='small'>PO Box 6100, Parliament House, Canberra ACT 2600<br>Phone: 02 6277 3511<br>"
             "Email: rrat.sen@aph.gov.au</p>")
    b.append(page_break())
    b.append("<h1>Contents</h1><table width='100%' cellpadding='2'>")
    for t, p in (("Members", "ii"), ("List of recommendations", "iv"), ("Chapter 1\u2014Introduction", "1"),
                 ("Chapter 2\u2014Mobile coverage in regional Australia", "2"),
                 ("Chapter 3\u2014Resilience during emergencies", "4"),
                 ("Chapter 4\u2014Funding programs", "6"),
                 ("Additional comments from the Australian Greens", "7"),
                 ("Appendix 1\u2014Submissions and public hearings", "7")):
        b.append(f"<tr><td>{t}</td><td align='right'>{p}</td></tr>")
    b.append("</table>")
    b.append(page_break())
    b.append("<h1>List of recommendations</h1>")
    for num, para, text in RECS:
        b.append(f"<p style='margin-bottom: 0.05cm; font-family: Liberation Sans'><b>Recommendation {num}</b></p>")
        b.append(np(para, text))
    b.append(page_break())
    # Chapter 1
    b.append("<h1>Chapter 1<br>Introduction</h1>")
    b.append(np("1.1", "On 8 February 2024 the Senate referred an inquiry into mobile coverage and "
                "telecommunications resilience in regional Australia to the Rural and Regional Affairs and "
                "Transport References Committee for inquiry and report by 27 March 2025."))
    b.append(np("1.2", "The committee advertised the inquiry on its website and wrote to relevant organisations "
                f"inviting submissions. It received 96 submissions and held public hearings in Canberra, "
                f"Dubbo, Longreach and Mount Gambier.{fn(1)}"))
    b.append(np("1.3", "The committee thanks all those who made submissions and gave evidence, particularly "
                "residents of communities affected by the 2024 bushfires and floods."))
    b.append("<h2>Structure of the report</h2>")
    b.append(np("1.4", "Chapter 2 examines mobile coverage and how it is measured. Chapter 3 considers the "
                "resilience of networks during emergencies. Chapter 4 looks at the Commonwealth's funding "
                "programs and their governance."))
    b.append(np("1.5", "References to the Committee Hansard are to the proof transcript. Page numbers may vary "
                "between the proof and the official transcript."))
    # Chapter 2
    b.append(page_break())
    b.append("<h1>Chapter 2<br>Mobile coverage in regional Australia</h1>")
    b.append(np("2.1", "Mobile network operators publish maps showing where their networks provide coverage. "
                "Witnesses told the committee that these maps routinely overstate the coverage available in "
                "practice, particularly inside buildings and vehicles."))
    b.append(np("2.2", "The Regional Tech Hub told the committee that 'people make decisions about where to live "
                f"and work based on maps that simply do not match what they experience on the ground'.{fn(2)}"))
    b.append(np("2.37", "Each operator uses its own methodology and signal thresholds, so maps cannot be compared. "
                "The committee considers that consumers are entitled to accurate, comparable information."))
    b.append(box(0))
    b.append("<h2>A universal outdoor mobile obligation</h2>")
    b.append(np("2.40", "The Government announced in 2024 that it would legislate a universal outdoor mobile "
                "obligation (UOMO), to be delivered largely through direct-to-device satellite technology."))
    b.append(np("2.44", "Stakeholders supported the obligation but were concerned that it would cover only "
                "voice and text messages. The National Farmers' Federation told the committee that a service "
                "without data 'will not run a modern farm business'."))
    b.append(np("2.45", "The committee agrees that the obligation should include basic data services and "
                "should be accompanied by a clear coverage target."))
    b.append(box(1))
    b.append("<h2>The Mobile Black Spot Program</h2>")
    b.append(np("2.48", "Since 2015 the Mobile Black Spot Program has funded more than 1,270 new base stations. "
                "Funding rounds are competitive, and carriers choose which locations to propose."))
    b.append(np("2.51", "Councils told the committee that locations they consider priorities, such as highways "
                "and evacuation centres, are often not proposed because they are commercially unattractive."))
    b.append(np("2.52", "Many small councils cannot meet the co-contributions expected of them. The Shire of "
                f"Murchison told the committee that a single co-contribution would consume a fifth of its annual "
                f"capital budget.{fn(3)}"))
    b.append(box(2))
    # Chapter 3
    b.append(page_break())
    b.append("<h1>Chapter 3<br>Resilience during emergencies</h1>")
    b.append(np("3.1", "During the bushfires and floods of 2024, more than 400 mobile base stations lost power. "
                "Most had batteries lasting between two and four hours."))
    b.append(np("3.24", "The committee heard that communities lost all mobile communications at the moment they "
                "most needed to receive warnings and call for help. Residents of Kempsey told the committee that "
                "they relied on AM radio for three days."))
    b.append(np("3.28", "The committee considers that backup power at base stations serving areas at high risk of "
                "bushfire and flood should be a regulatory requirement, not left to commercial decisions."))
    b.append(box(3))
    b.append(np("3.30", "A requirement is only as effective as its enforcement. The ACMA currently has no power to "
                "monitor backup power at individual sites."))
    b.append(box(4))
    b.append(np("3.36", "Restoring services after a disaster requires carriers, power utilities and emergency "
                "services to work together. Witnesses described repair crews waiting days for access to "
                "fire-affected areas."))
    b.append(np("3.38", "Telstra told the committee that its crews were prevented from entering fire grounds "
                "until the relevant state agency had declared them safe, and that the declarations were not "
                "shared with carriers in a consistent form."))
    b.append(np("3.39", "Several local governments described carriers, power distributors and emergency services "
                "each keeping separate lists of sites to be restored first, with no agreed order of "
                "priority between them."))
    b.append(np("3.40", "The committee was told that in the Kempsey floods a repaired base station was switched "
                "off again within hours because the power distributor had not been told it was a priority site, "
                "and that this happened at least twice."))
    b.append(np("3.41", "Emergency management is primarily the responsibility of the states and territories. "
                "The committee nevertheless considers that shared protocols would reduce delays."))
    b.append(box(5))
    # Chapter 4
    b.append(page_break())
    b.append("<h1>Chapter 4<br>Funding programs</h1>")
    b.append(np("4.1", "The Commonwealth funds regional telecommunications through several programs, including "
                "the Mobile Black Spot Program, the Regional Connectivity Program and the Peri-Urban Mobile "
                "Program."))
    b.append(np("4.12", "Each program has its own guidelines, rounds and reporting requirements. Applicants told "
                "the committee that the number of programs makes it difficult to plan beyond a single round."))
    b.append(np("4.18", "The committee considers that a single ongoing fund with predictable annual funding would "
                "allow regional communities and carriers to plan investment over the long term."))
    b.append(box(6))
    b.append(np("4.20", "The Peri-Urban Mobile Program funded 34 projects on the fringes of major cities in "
                f"2022\u201323. No evaluation of the program has been published.{fn(4)}"))
    b.append(box(7))
    b.append(np("4.27", "Regional consumers have no dedicated advocate in telecommunications policy. The "
                "Telecommunications Industry Ombudsman resolves complaints but does not advocate for consumers."))
    b.append(np("4.30", "The committee considers that an independent advocate would give regional consumers a "
                "stronger voice in decisions about programs and regulation."))
    b.append(box(8))
    b.append("<p style='margin-top: 0.6cm'><b>Senator Susan McDonald</b><br>Chair</p>")
    b.append(page_break())
    b.append("<h1>Additional comments from the Australian Greens</h1>")
    b.append(np("1.1", "The Australian Greens support the committee's recommendations but believe they do not go "
                "far enough."))
    b.append(np("1.2", "The Australian Greens consider that the universal outdoor mobile obligation should be "
                "delivered by a publicly owned provider of last resort, and that Telstra's universal service "
                "obligation should be extended to mobile services."))
    b.append("<p><b>Senator Peter Whish-Wilson</b><br>Australian Greens</p>")
    b.append("<h1>Appendix 1<br>Submissions and public hearings</h1>")
    b.append("<p>1 National Farmers' Federation<br>2 Regional Tech Hub<br>3 Shire of Murchison<br>"
             "4 Telstra Limited<br>5 Optus<br>6 TPG Telecom<br>7 Australian Communications Consumer Action "
             "Network</p>")
    b.append("<p>Public hearings: Canberra, 14 August 2024; Dubbo, 2 September 2024; Longreach, 3 September 2024; "
             "Mount Gambier, 21 October 2024.</p>")
    b.append(fn_body(1, "A list of submissions and hearings is at Appendix 1."))
    b.append(fn_body(2, "Regional Tech Hub, <i>Submission 2</i>, p. 4."))
    b.append(fn_body(3, "Shire of Murchison, <i>Submission 3</i>, p. 2; see also Mr Rob Lucas, Committee "
                        "Hansard, 3 September 2024, p. 17."))
    b.append(fn_body(4, "Department of Infrastructure, Transport, Regional Development, Communications and the "
                        "Arts, answers to questions on notice, 14 August 2024."))
    b.append("</body></html>")
    return "\n".join(b)


RESP = [  # (recommendation label, reproduced text, response html)
    ("Recommendation 1", RECS[0][2],
     "<b>Agreed.</b> The Government will make a Telecommunications (Coverage Information) Industry Standard "
     "under the <i>Telecommunications Act 1997</i> requiring operators to publish maps on a common methodology "
     "from 1 July 2026. The Australian Communications and Media Authority will audit the maps each year."),
    ("Recommendation 2", RECS[1][2],
     "<b>Agreed in principle.</b> The Government will introduce legislation in 2025 for a universal outdoor "
     "mobile obligation, delivered through direct-to-device satellite services. The obligation will initially "
     "cover voice and text; the Government will not include data services or a landmass coverage target in the "
     "legislation until the capability of satellite technology has been demonstrated."),
    ("Recommendation 3", RECS[2][2],
     "<b>Supported in part.</b> Round 9 of the Mobile Black Spot Program will give priority to locations "
     "nominated by local governments and identified in the Regional Telecommunications Independent Review. The "
     "Government does not support waiving co-contributions, which are a long-standing feature of the program, "
     "but councils may seek co-contributions from state governments and other partners."),
    ("Recommendations 4 and 5", RECS[3][2] + "<br><br>" + RECS[4][2],
     "<b>Agreed.</b> The Government will amend the Telecommunications (Emergency Call Service) Determination so "
     "that base stations in designated bushfire-prone and flood-prone areas have a minimum of 12 hours' backup "
     "power, with a transition period to 30 June 2027. The ACMA will be given new information-gathering and "
     "enforcement powers, including civil penalties, to monitor compliance with the requirement."),
    ("Recommendation 6", RECS[5][2],
     "<b>Noted.</b> Emergency management is the responsibility of state and territory governments. The "
     "Government will draw the committee's recommendation to the attention of state and territory emergency "
     "management ministers at the next meeting of the National Emergency Management Ministers' Meeting."),
    ("Recommendation 7", RECS[6][2],
     "<b>Not agreed.</b> The Mobile Black Spot Program and the Regional Connectivity Program serve different "
     "purposes and the Government considers they are best administered separately. Funding for regional "
     "telecommunications will continue to be determined through the Budget process."),
    ("Recommendation 8", RECS[7][2],
     "<b>Agreed.</b> The department has commissioned an independent evaluation of the Peri-Urban Mobile Program, "
     "which will be published on the department's website by March 2026."),
    ("Recommendation 9", RECS[8][2],
     "<b>Noted.</b> The Government recognises the value of strong advocacy for regional consumers and currently "
     "funds the Australian Communications Consumer Action Network for this purpose. The proposal for a Regional "
     "Telecommunications Advocate will be referred to the 2026 Regional Telecommunications Independent Review "
     "for consideration."),
]


def response_html() -> str:
    b = [f"<html><head><meta charset='utf-8'><title>Australian Government response</title>{CSS}</head><body>"]
    b.append("<p style='font-family: Liberation Sans; font-size: 11pt; margin-top: 1.5cm'><b>Australian "
             "Government</b></p>"
             "<p style='font-family: Liberation Sans; font-size: 20pt; color: #1c4e63; margin-top: 2.5cm; "
             "line-height: 118%; text-align: left'><b>Australian Government response to the Senate Rural and "
             "Regional Affairs and Transport References Committee report:</b></p>"
             f"<p style='font-family: Liberation Sans; font-size: 16pt; text-align: left'><i>{TITLE}</i></p>"
             "<p style='font-family: Liberation Sans; font-size: 12pt; margin-top: 2cm'>September 2025</p>")
    b.append(page_break())
    b.append("<h1>Introduction</h1>")
    b.append("<p>The Australian Government welcomes the report of the Senate Rural and Regional Affairs and "
             "Transport References Committee inquiry into mobile coverage and telecommunications resilience in "
             "regional Australia, tabled on 27 March 2025.</p>")
    b.append("<p>The Government thanks the committee for its work and acknowledges the individuals, communities, "
             "local governments and organisations who made submissions and gave evidence, many of whom had "
             "recently experienced the loss of communications during natural disasters.</p>")
    b.append("<p>The committee made nine recommendations. The Government has agreed to four, agreed in principle to "
             "one, supported one in part, noted two and not agreed to one. Recommendations 4 and 5 are addressed "
             "together.</p>")
    b.append("<p>Reliable communications are essential to the safety, livelihoods and wellbeing of people living in "
             "regional, rural and remote Australia. The Government has committed $1.1 billion to its Better "
             "Connectivity Plan for Regional and Rural Australia, and the measures set out in this response build "
             "on that commitment.</p>")
    b.append("<h2>Government response to the recommendations</h2>")
    b.append("<table width='100%' cellpadding='6' cellspacing='0' border='1' style='border-collapse: collapse'>"
             "<thead><tr bgcolor='#1c4e63'><td width='45%'><p style='color: #ffffff'><b>Recommendation</b></p></td>"
             "<td width='55%'><p style='color: #ffffff'><b>Government response</b></p></td></tr></thead><tbody>")
    for label, text, resp in RESP:
        b.append(f"<tr><td valign='top'><p style='text-align: left'><b>{label}</b></p>"
                 f"<p style='text-align: left'>{text}</p></td>"
                 f"<td valign='top'><p style='text-align: left'>{resp}</p></td></tr>")
    b.append("</tbody></table>")
    b.append("<h2>Additional comments</h2>")
    b.append("<p>The Government has considered the additional comments from the Australian Greens. The Government "
             "does not intend to establish a publicly owned mobile provider of last resort, and considers the "
             "universal outdoor mobile obligation the most effective way to extend baseline coverage.</p>")
    b.append("</body></html>")
    return "\n".join(b)


def advice_furniture(page, number, count):
    if number == 1:
        return
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    page.insert_text((65, 40), TITLE, fontsize=7.5, color=(0.35, 0.35, 0.35), **f)
    roman = {2: "ii", 3: "iii", 4: "iv"}
    label = roman.get(number, str(number - 4))
    page.insert_text((w / 2 - 6, h - 30), label, fontsize=9, **f)


def response_furniture(page, number, count):
    if number == 1:
        return
    f = {"fontname": "dvs", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, h = page.rect.width, page.rect.height
    page.insert_text((65, 40), "Australian Government response \u2013 " + TITLE, fontsize=7.5,
                     color=(0.35, 0.35, 0.35), **f)
    page.insert_text((w - 65 - 40, h - 30), f"Page {number - 1}", fontsize=8.5, **f)


if __name__ == "__main__":
    a = H.html_to_pdf(advice_html(), "blind15_en_au_committee_advice.pdf")
    H.stamp(a, advice_furniture)
    r = H.html_to_pdf(response_html(), "blind15_en_au_committee_response.pdf")
    H.stamp(r, response_furniture)
    print(a, r)
