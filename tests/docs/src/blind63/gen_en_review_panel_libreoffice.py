"""Round 63 (EN): an environmental IMPACT ASSESSMENT JOINT REVIEW PANEL REPORT on a proposed mine (genre of the
federal/provincial review panels that hold public hearings and recommend mitigation, follow-up and conditions to
governments and the proponent) and the GOVERNMENT RESPONSE TO THE PANEL REPORT issued with the Minister's
decision.
Advice: 'Report of the Joint Review Panel - Kestrel Lake Gold Mine Project', 3 p.: an executive summary that
paraphrases the asks, '1 Introduction' (mandate, hearings), then excerpted chapters '7 Fish and Fish Habitat',
'8 Woodland Caribou', '9 Human Health', '10 Follow-up Program', each with numbered paragraphs, the Proponent's
proposed mitigation as bullets, a 'Panel conclusion' paragraph and boxed recommendations numbered by chapter
'Recommendation 7.1', '7.2', '8.1', '8.2', '9.1', '9.2', '10.1' ('The Panel recommends that ...').
Response: 'Government of Laurentia Response to the Report of the Joint Review Panel', 2 p.: introduction, 'The
Government's decision', then subject headings in another order - drinking water (9.1, no number given), caribou
'(Recommendations 8.1 and 8.2)' in one section, Kestrel Creek monitoring (7.2), health baseline study (9.2),
fish habitat offsetting (7.1) - then 'Matters raised by participants' and 'Next steps'; 10.1 unanswered.
Traps: the executive summary's paraphrase, the Fisheries and Waterways Act prohibition quoted ('No person shall'),
a residents' association asking the Panel 'to recommend that the Project be rejected', 'the Proponent should
have collected', significance conclusions in a table, the Proponent's own commitments as bullets. LibreOffice
Writer headless from HTML, A4, Liberation Sans/Serif; running header and page numbers stamped with PyMuPDF. All
content is invented (Laurentia, Northbay, the Panel, the Proponent, communities, people and figures).

Run:  /tmp/blind63en/bin/python tests/docs/src/blind63/gen_en_review_panel_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b63en as H

NAME = "blind63_en_review_panel"
TMP = "/tmp/blind63en_review_panel"

RECS = {
    "7.1": "The Panel recommends that the Proponent, before construction begins, submit a fish habitat "
           "offsetting plan that creates at least two units of habitat for every unit of habitat lost.",
    "7.2": "The Panel recommends that the Department of Fisheries and Waterways require the Proponent to "
           "monitor water temperature and flow in Kestrel Creek continuously for the life of the Project, "
           "including closure and post-closure.",
    "8.1": "The Panel recommends that the Government of Laurentia and the Province of Northbay complete a range "
           "plan for the Pelham caribou range before any federal authorization for the Project is issued.",
    "8.2": "The Panel recommends that the Proponent be prohibited from clearing vegetation between 1 May and "
           "15 July, the calving period of woodland caribou.",
    "9.1": "The Panel recommends that the Proponent supply an alternative source of drinking water to the "
           "community of Alder Falls for as long as monitoring shows arsenic in the community's wells above "
           "the drinking water guideline.",
    "9.2": "The Panel recommends that Health Laurentia fund an independent baseline health study of the "
           "communities of Alder Falls and Pike Narrows before the Project begins operation.",
    "10.1": "The Panel recommends that a follow-up committee be established with seats for Indigenous "
            "communities, the Province and local municipalities, and that it publish an annual public report.",
}

CSS = """
@page { size: 210mm 297mm; margin: 22mm 22mm 22mm 22mm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { font-family: 'Liberation Serif'; font-size: 11pt; margin-top: 0; margin-bottom: 6pt; text-align: left; }
li { font-family: 'Liberation Serif'; font-size: 11pt; margin-bottom: 2pt; }
td { font-family: 'Liberation Serif'; font-size: 11pt; vertical-align: top; }
.org { font-family: 'Liberation Sans'; font-size: 10pt; color: #2e5d34; margin-bottom: 2pt; }
.title { font-family: 'Liberation Sans'; font-size: 20pt; font-weight: bold; color: #2e5d34; margin-bottom: 4pt; }
.stitle { font-family: 'Liberation Sans'; font-size: 13pt; margin-bottom: 12pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 14pt; font-weight: bold; color: #2e5d34; margin-top: 10pt;
      margin-bottom: 6pt; }
.h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; font-weight: bold; margin-top: 8pt; margin-bottom: 4pt; }
.rl { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; color: #2e5d34; margin-bottom: 3pt; }
.rt { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-bottom: 0; }
.cell { font-family: 'Liberation Sans'; font-size: 9.5pt; margin-bottom: 0; }
.note { font-size: 9.5pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def np(n, t):
    return ("<table width='100%%' cellpadding='1' cellspacing='0' border='0'><tr><td valign='top' width='8%%'>"
            "<p>%s</p></td><td valign='top' width='92%%'><p>%s</p></td></tr></table>" % (n, t))


def recbox(k):
    return ("<table width='100%%' cellpadding='7' cellspacing='0' border='1' bordercolor='#2e5d34' "
            "bgcolor='#e8f1e6'><tr><td><p class='rl'>Recommendation %s</p><p class='rt'>%s</p></td></tr>"
            "</table><p></p>" % (k, RECS[k]))


def advice():
    b = ["<p class='org'>Joint Review Panel established by the Minister of Environment of Laurentia and the "
         "Northbay Environmental Review Board</p>",
         "<p class='title'>Report of the Joint Review Panel</p>",
         "<p class='stitle'>Kestrel Lake Gold Mine Project - Silverpine Resources Ltd.<br>Submitted 9 December "
         "2025</p>",
         "<p class='h1'>Executive Summary</p>",
         "<p>Silverpine Resources Ltd. (the Proponent) proposes an open-pit gold mine with a production of 12,000 "
         "tonnes of ore per day over 14 years, 38 kilometres north of Alder Falls. The Panel held 16 days of "
         "public hearings in Alder Falls, Pike Narrows and Port Selwyn and received 412 written submissions.</p>",
         "<p>The Panel concludes that the Project is likely to cause significant adverse effects on woodland "
         "caribou and on fish habitat in Kestrel Creek, even with the mitigation proposed. In short, the Panel "
         "is asking governments to plan for caribou before the mine is approved, to protect the water the "
         "people of Alder Falls drink, and to keep watching the creek for as long as the mine exists. Its 24 "
         "recommendations appear in the chapters to which they relate; this excerpt contains chapters 1 and 7 to "
         "10.</p>",
         "<p class='h1'>1 Introduction</p>",
         np("1.1", "Under its terms of reference, the Panel was required to assess the environmental effects of "
            "the Project, to hold public hearings and to submit a report with its conclusions and "
            "recommendations to the Minister and the Board."),
         np("1.2", "The Alder Falls Residents' Association asked the Panel to recommend that the Project be "
            "rejected. The Panel's mandate does not extend to deciding whether the Project should proceed; that "
            "decision belongs to the Minister and the Governor in Council."),
         "<p class='h1'>7 Fish and Fish Habitat</p>",
         np("7.1", "The open pit and the waste rock pile would destroy 3.4 kilometres of Kestrel Creek and two "
            "ponds that provide spawning habitat for brook trout. The Fisheries and Waterways Act provides that "
            "\"No person shall carry on any work that results in the destruction of fish habitat\" unless the "
            "work is authorized by the Minister."),
         np("7.2", "The Proponent proposes the following measures:"),
         "<ul><li>a diversion channel around the open pit;</li><li>a new spawning area of 1.2 hectares "
         "downstream;</li><li>water temperature monitoring during construction.</li></ul>",
         np("7.3", "The Proponent should have collected at least two years of baseline flow data; it collected "
            "eight months. <b>Panel conclusion:</b> with the measures proposed, the effects on fish habitat would "
            "be significant."),
         recbox("7.1"), recbox("7.2"),
         "<p class='h1'>8 Woodland Caribou</p>",
         np("8.1", "The Project lies within the Pelham range, where the caribou population has fallen from about "
            "410 animals in 2005 to 190 in 2024. Disturbance already covers 41 per cent of the range, above the "
            "35 per cent threshold at which a herd is considered self-sustaining."),
         np("8.2", "Neither government has completed a range plan for the Pelham range. <b>Panel conclusion:</b> "
            "the Project is likely to cause significant adverse effects on woodland caribou."),
         recbox("8.1"), recbox("8.2"),
         "<p class='h1'>9 Human Health</p>",
         np("9.1", "Three of the eleven private wells sampled in Alder Falls already show arsenic close to the "
            "guideline of 10 micrograms per litre. Lowering of the water table near the pit may increase "
            "concentrations."),
         np("9.2", "Participants told the Panel that they distrust data collected by the Proponent. Health "
            "Laurentia informed the Panel that it has no community health data for the area."),
         recbox("9.1"), recbox("9.2"),
         "<p class='h1'>10 Follow-up Program</p>",
         np("10.1", "The Proponent proposes to report monitoring results to regulators only. The Panel considers "
            "that a follow-up program is credible only if communities can see and question the results."),
         recbox("10.1"),
         "<p class='h2'>Table 10-1: Panel conclusions on significance of residual effects</p>",
         "<table width='100%' cellpadding='4' cellspacing='0' border='1'>"
         "<tr bgcolor='#d5e5d1'><td><p class='cell'><b>Valued component</b></p></td><td><p class='cell'><b>"
         "Residual effect</b></p></td><td><p class='cell'><b>Significant?</b></p></td></tr>"
         "<tr><td><p class='cell'>Fish and fish habitat</p></td><td><p class='cell'>Loss of 3.4 km of creek</p>"
         "</td><td><p class='cell'>Yes</p></td></tr>"
         "<tr><td><p class='cell'>Woodland caribou</p></td><td><p class='cell'>Habitat loss and disturbance</p>"
         "</td><td><p class='cell'>Yes</p></td></tr>"
         "<tr><td><p class='cell'>Human health</p></td><td><p class='cell'>Arsenic in drinking water</p></td>"
         "<td><p class='cell'>No, if recommendation 9.1 is implemented</p></td></tr>"
         "<tr><td><p class='cell'>Air quality</p></td><td><p class='cell'>Dust during blasting</p></td><td>"
         "<p class='cell'>No</p></td></tr></table>",
         "<p></p><p class='note'>Signed by the Panel: Dr. Miriam Thorne (Chair), Owen Lachance, Ruth Kaminski.</p>"]
    return page("".join(b))


def response():
    b = ["<p class='org'>Government of Laurentia</p>",
         "<p class='title' style='font-size:17pt'>Government of Laurentia Response to the Report of the Joint "
         "Review Panel for the Kestrel Lake Gold Mine Project</p>",
         "<p class='stitle' style='font-size:11pt'>April 2026</p>",
         "<p class='h2'>Introduction</p>",
         "<p>The Government of Laurentia thanks the members of the Joint Review Panel and the many people and "
         "communities who took part in the hearings. This document sets out the Government's response to the "
         "recommendations in the Panel's report that are directed to the Government of Laurentia or that the "
         "Government will implement through conditions. The Province of Northbay will respond separately to the "
         "recommendations directed to it.</p>",
         "<p class='h2'>The Government's decision</p>",
         "<p>On 27 April 2026 the Minister of Environment issued a decision statement finding that the "
         "significant adverse effects of the Project are justified in the circumstances, and setting 163 legally "
         "binding conditions that the Proponent must meet.</p>",
         "<p class='h2'>Drinking water in Alder Falls</p>",
         "<p>The Government accepts the Panel's recommendation on drinking water. Condition 9.4 of the decision "
         "statement requires Silverpine to deliver bottled water, and within two years a treated supply, to "
         "every household in Alder Falls whose well exceeds the arsenic guideline, for as long as the "
         "exceedance lasts.</p>",
         "<p class='h2'>Caribou (Recommendations 8.1 and 8.2)</p>",
         "<p>Range planning for caribou is a provincial responsibility. The Government notes the Panel's view "
         "and has written to the Province of Northbay offering technical support for a Pelham range plan, "
         "should the Province decide to prepare one.</p>",
         "<p>The Government does not accept a fixed prohibition on clearing during the calving period. "
         "Instead, condition 8.2 requires clearing between 1 May and 15 July to be preceded by aerial surveys "
         "and stopped within 2 kilometres of any cow with a calf.</p>",
         "<p class='h2'>Monitoring of Kestrel Creek</p>",
         "<p>The Government accepts this recommendation in part. The Department of Fisheries and Waterways will "
         "require continuous monitoring of temperature and flow during construction and operation and for ten "
         "years after closure. Monitoring for the full post-closure period will be decided at the closure review "
         "in light of the results.</p>",
         "<p class='h2'>Health baseline study</p>",
         "<p>The Government does not accept Recommendation 9.2. Health Laurentia will not fund a separate "
         "study; it will instead extend its regional health survey, which begins in 2027, to include Alder Falls "
         "and Pike Narrows.</p>",
         "<p class='h2'>Fish habitat offsetting</p>",
         "<p>The Government accepts the recommendation. Under condition 7.1 the Proponent must have an offsetting "
         "plan with a ratio of at least two to one approved before any in-water work begins.</p>",
         "<p class='h2'>Matters raised by participants</p>",
         "<p>Several participants asked the Government to require a financial guarantee for closure. The closure "
         "bond is set by the Province under the Northbay Mining Act, and the Government has shared the Panel's "
         "report with the provincial Mines Inspector.</p>",
         "<p class='h2'>Next steps</p>",
         "<p>The Impact Assessment Agency of Laurentia will hold information sessions in Alder Falls and Pike "
         "Narrows in June 2026 to explain the decision statement and its conditions.</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kestrel Lake Gold Mine Project - Joint Review Panel Report",
            footer="{n}", skip_first=True, size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n} of {N}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "7.1", "starts_with": sw("7.1"),
         "reply_contains": "plan with a ratio of at least two to one approved", "verdict": "agrees"},
        {"number": "7.2", "starts_with": sw("7.2"),
         "reply_contains": "Monitoring for the full post-closure period will be decided", "verdict": "partly"},
        {"number": "8.1", "starts_with": sw("8.1"),
         "reply_contains": "Range planning for caribou is a provincial responsibility", "verdict": "noted"},
        {"number": "8.2", "starts_with": sw("8.2"),
         "reply_contains": "does not accept a fixed prohibition on clearing", "verdict": "disagrees"},
        {"number": "9.1", "starts_with": sw("9.1"),
         "reply_contains": "The Government accepts the Panel's recommendation on drinking water",
         "verdict": "agrees"},
        {"number": "9.2", "starts_with": sw("9.2"),
         "reply_contains": "Health Laurentia will not fund a separate study", "verdict": "disagrees"},
        {"number": "10.1", "starts_with": sw("10.1"), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "thanks the members of the Joint Review Panel",
        "the significant adverse effects of the Project are justified",
        "asked the Government to require a financial guarantee for closure",
        "will hold information sessions in Alder Falls and Pike Narrows",
    ], "Advice: joint review panel report on a mine (impact assessment genre), excerpt of chapters 1 and 7-10. "
       "Recommendations are boxed 'Recommendation 7.1' ... '10.1' labels (numbered by chapter) with 'The Panel "
       "recommends that ...' sentences, two per chapter except 10. Traps: numbered paragraphs 1.1-10.1 whose "
       "numbers collide with the recommendation numbers (paragraph 7.1, 8.2, 9.1, 10.1 ...), the executive "
       "summary's paraphrase ('In short, the Panel is asking governments to plan for caribou ...', '24 "
       "recommendations'), the Residents' Association asking the Panel 'to recommend that the Project be "
       "rejected', the Act quoted ('No person shall carry on any work ...'), the Proponent's measures as "
       "bullets, 'The Proponent should have collected', 'Panel conclusion:' paragraphs, Table 10-1 ('No, if "
       "recommendation 9.1 is implemented'). Response: Government response with subject headings in the order "
       "9.1, 8.1+8.2, 7.2, 9.2, 7.1; only the caribou heading and the 9.2 reply give numbers: 9.1 accepted, a "
       "condition (agrees); ONE section 'Caribou (Recommendations 8.1 and 8.2)': 8.1 a provincial "
       "responsibility, 'notes the Panel's view', offers support should the Province prepare a plan "
       "(noted) + 8.2 'does not accept a fixed prohibition', surveys instead (disagrees); 7.2 'accepts this "
       "recommendation in part', ten years after closure (partly); 9.2 'does not accept', regional survey "
       "instead (disagrees); 7.1 accepted as condition 7.1 (agrees); 10.1 (follow-up committee) unanswered - "
       "nothing in the response mentions a committee or a public report. Unmatched: introduction, 'The Government's "
       "decision', 'Matters raised by participants' (closure bond), 'Next steps' (information sessions).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
