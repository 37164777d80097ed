"""Round 68 (EN): a CANADIAN TRANSPORTATION SAFETY BOARD MARINE SAFETY ISSUE INVESTIGATION REPORT (genre of the
TSB's class investigations: 'About this investigation report', numbered sections 1.0 Factual information ... 4.0
Safety action, findings as to causes and as to risk, 'Safety action taken' by others, and under 'Safety action
required' one sub-section per recommendation ending in a bold 'Therefore, the Board recommends that the
Department of Transport ...' sentence with its code 'TSB Recommendation M26-0N', then a 'Safety concern') and
the MINISTER OF TRANSPORT'S RESPONSE under subsection 24(5) of the CTAISB Act: a ministerial letter with an
annex of responses headed by recommendation code and topic, in the department's verdict formulas ('Transport
Canada agrees with the recommendation', '... agrees in principle ...', '... does not agree ...').
Advice: Transportation Safety Board of Canada, 'Marine Safety Issue Investigation Report M25-01: Small
passenger vessels in coastal tourism', March 2026, A4, 4 p.: a title band, 'About this investigation report'
(no fault or liability), a summary paraphrase ('seven recommendations ... aimed at ...'), an occurrence
table, the Small Vessel Regulations and subsection 24(5) paraphrased ('must'), an operator quoted ('should'),
the Board's 2017 recommendation M17-03 quoted, findings as to risk ('If ..., there is a risk that ...'),
Transport Canada's own bulletin quoted in 'Safety action taken' ('passengers should wear'), seven
recommendations M26-01 to M26-07 in boxes in 4.2.1-4.2.7, and a 'Safety concern' ('The Board is concerned').
Response: Minister of Transport, letter to the Chair, 20 May 2026, with 'Annex: Transport Canada's responses
to the recommendations of Marine Safety Issue Investigation Report M25-01', 2 p.: headings 'Recommendation
M26-0N (topic)' and a 'Response:' paragraph, in the order M26-03, M26-01+M26-05 (one section, two verdict
formulas), M26-07, M26-02, M26-06; M26-04 is not answered; the letter and an 'Other safety actions' section
answer nothing.
Chromium headless --print-to-pdf, cleaned Liberation Sans/Serif via @font-face, ligatures off, a fresh
--user-data-dir and no background services; footers stamped with PyMuPDF. The Transportation Safety Board of
Canada, the Canadian Transportation Accident Investigation and Safety Board Act and the Small Vessel
Regulations are real; the occurrences, vessels, people, figures and the 2017 recommendation are invented, and
what is said about the Act and the Regulations is not to be relied on.

Run:  /tmp/blind68en/bin/python tests/docs/src/blind68/gen_en_tsb_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b68en as H

NAME = "blind68_en_tsb"
TMP = "/tmp/blind68en_tsb"

RECS = {
    "M26-01": "Therefore, the Board recommends that the Department of Transport require all small passenger "
              "vessels carrying more than 12 passengers to have a stability assessment carried out by a qualified "
              "naval architect.",
    "M26-02": "Therefore, the Board recommends that the Department of Transport require operators of small "
              "passenger vessels to carry a float-free emergency position-indicating radio beacon.",
    "M26-03": "Therefore, the Board recommends that the Department of Transport require that every passenger on "
              "an open small passenger vessel wear a lifejacket or personal flotation device while the vessel is "
              "under way.",
    "M26-04": "The Board therefore recommends that the Department of Transport establish a risk-based program "
              "for the inspection of small passenger vessels that are not subject to periodic inspection.",
    "M26-05": "Therefore, the Board recommends that the Department of Transport require a new stability "
              "assessment whenever a small passenger vessel is modified in a way that may affect its stability.",
    "M26-06": "Therefore, the Board recommends that the Department of Transport require small passenger vessel "
              "operators to implement a safety management system proportionate to the size of their operation.",
    "M26-07": "Therefore, the Board recommends that the Department of Transport, together with Environment and "
              "Climate Change Canada, ensure that marine forecasts for coastal tourism areas include wave height "
              "and sea state information.",
}
TOPIC = {"M26-01": "Stability assessment", "M26-02": "Emergency position-indicating radio beacons",
         "M26-03": "Lifejackets and personal flotation devices", "M26-04": "Inspection of non-inspected vessels",
         "M26-05": "Stability after modification", "M26-06": "Safety management",
         "M26-07": "Sea state information in marine forecasts"}
CONTEXT = {
    "M26-01": "Of the 14 capsizings examined, 9 involved vessels whose stability had never been assessed. "
              "Owners of small vessels are not currently required to obtain a stability assessment unless the "
              "vessel is of a certain length or is inspected. Without an assessment, an operator cannot know "
              "how many passengers the vessel can carry safely, or where they can safely stand.",
    "M26-02": "In 5 of the 9 fatal occurrences, the vessel sank or capsized before a distress call was made. "
              "Search and rescue was alerted only when the vessel failed to return, in one case more than four "
              "hours later.",
    "M26-03": "Lifejackets were carried on board in every occurrence, but were worn by passengers in only 2. Of "
              "the 23 people who died, 19 were not wearing a lifejacket or a personal flotation device.",
    "M26-04": "Most small passenger vessels in coastal tourism carry 12 passengers or fewer and are therefore not "
              "subject to periodic inspection. Transport Canada relies on owners to declare that their vessels "
              "comply with the regulations, and carried out 61 monitoring visits on the 1,180 vessels concerned "
              "between 2020 and 2024.",
    "M26-05": "Four of the vessels examined had been modified after they were built, by the addition of an upper "
              "viewing deck or a canopy. None of the modifications had been assessed for its effect on "
              "stability.",
    "M26-06": "The operators that had documented procedures for weather limits, passenger briefings and "
              "emergency drills had fewer occurrences. Most operators interviewed had no written procedures.",
    "M26-07": "Operators base their go/no-go decisions on the marine forecast. In 6 occurrences, the forecast "
              "for the area gave wind speed only, and the sea state encountered near headlands and river mouths "
              "was much worse than operators expected.",
}


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 16mm 19mm 20mm 19mm; }
* { box-sizing: border-box; }
body { font-family: 'CSans'; font-size: 9.7pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1b1b1b; margin: 0; }
p { margin: 0 0 5.5pt 0; text-align: justify; }
.band { border-top: 6pt solid #a51c30; padding-top: 8pt; margin-bottom: 8pt; }
.band .org { font-size: 8.8pt; font-weight: 700; }
.band .fr { font-size: 8.3pt; color: #555; }
.band .kind { margin-top: 10pt; font-size: 10pt; font-weight: 700; color: #a51c30; letter-spacing: 0.5pt; }
.band h1 { font-size: 19pt; margin: 3pt 0 2pt 0; line-height: 1.15; }
.band .sub { font-size: 9pt; color: #444; }
.about { background: #f1f1f1; padding: 6pt 10pt; font-size: 8.5pt; margin: 6pt 0 8pt 0; }
.about p { margin-bottom: 3pt; }
h2 { font-size: 12.5pt; color: #a51c30; margin: 10pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10pt; margin: 7pt 0 3pt 0; break-after: avoid; }
ol.f { margin: 0 0 6pt 0; padding-left: 16pt; }
ol.f li { margin-bottom: 3pt; }
table.d { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 3pt 0 8pt 0; break-inside: avoid; }
table.d th { border-bottom: 1.2pt solid #a51c30; text-align: left; padding: 2pt 5pt; }
table.d td { border-bottom: 0.5pt solid #ccc; padding: 2pt 5pt; }
.cap { font-size: 8.4pt; font-weight: 700; margin-top: 6pt; }
.recbox { border: 1pt solid #a51c30; padding: 6pt 10pt 4pt 10pt; margin: 4pt 0 8pt 0; break-inside: avoid; }
.recbox p.r { font-weight: 700; margin-bottom: 3pt; }
.recbox p.c { font-size: 8.8pt; color: #a51c30; font-weight: 700; margin: 0; }
/* response */
.lh { text-align: center; font-size: 8.6pt; margin-bottom: 14pt; }
.lh b { font-size: 10pt; }
.lt { font-family: 'CSerif'; font-size: 11pt; }
.lt p { text-align: left; margin-bottom: 8pt; }
.annex h1 { font-size: 13.5pt; margin: 0 0 8pt 0; }
.annex h3 { font-size: 10.2pt; color: #1f3f66; border-bottom: 0.6pt solid #9fb3cc; padding-bottom: 1pt; }
.pb { break-before: page; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def advice():
    b = ["<div class='band'><div class='org'>Transportation Safety Board of Canada</div>"
         "<div class='fr'>Bureau de la sécurité des transports du Canada</div>"
         "<div class='kind'>MARINE SAFETY ISSUE INVESTIGATION REPORT M25-01</div>"
         "<h1>Small passenger vessels in coastal tourism</h1>"
         "<div class='sub'>Whale-watching, sightseeing and water-taxi operations, 2015 to 2025</div></div>",
         "<div class='about'><p><b>About this investigation report</b></p><p>This report is the result of an "
         "investigation into a class of transportation occurrences. Its sole objective is to advance "
         "transportation safety. It is not the function of the Board to assign fault or determine civil or "
         "criminal liability, and the Board's findings are not binding on the parties to any legal, "
         "disciplinary or other proceedings.</p></div>",
         "<h2>Summary</h2>",
         "<p>Between 2015 and 2025, 38 occurrences involving small passenger vessels in coastal tourism were "
         "reported to the TSB, including 14 capsizings and 23 deaths. This safety issue investigation examined "
         "why these occurrences keep happening. The Board is making seven recommendations to the Department of "
         "Transport, aimed at stability, emergency equipment, the wearing of lifejackets, oversight, safety "
         "management and weather information.</p>",
         "<h2>1.0 Factual information</h2>",
         "<h3>1.1 Occurrences examined</h3>",
         "<div class='cap'>Table 1. Occurrences involving small passenger vessels in coastal tourism, 2015-2025</div>"
         "<table class='d'><tr><th>Type of operation</th><th>Occurrences</th><th>Capsizings</th><th>Deaths</th>"
         "</tr><tr><td>Whale-watching</td><td>17</td><td>6</td><td>11</td></tr>"
         "<tr><td>Sightseeing and tours</td><td>13</td><td>5</td><td>8</td></tr>"
         "<tr><td>Water taxi</td><td>8</td><td>3</td><td>4</td></tr>"
         "<tr><td><b>Total</b></td><td><b>38</b></td><td><b>14</b></td><td><b>23</b></td></tr></table>",
         "<h3>1.2 Regulatory framework</h3>",
         "<p>Under the Small Vessel Regulations, the authorized representative of a small passenger vessel must "
         "ensure that the vessel is constructed and equipped in accordance with the applicable standards, and "
         "that the crew are competent. Vessels carrying more than 12 passengers are subject to periodic "
         "inspection by Transport Canada; vessels carrying 12 or fewer are not.</p>",
         "<p>Under subsection 24(5) of the <i>Canadian Transportation Accident Investigation and Safety Board "
         "Act</i>, a minister who is notified of a recommendation of the Board must, within 90 days, advise the "
         "Board in writing of any action taken or proposed to be taken, or the reasons for not taking action.</p>",
         "<h3>1.3 Previous recommendation</h3>",
         "<p>Following its investigation into the capsizing of the tour vessel <i>Sea Wren</i> in 2016, the "
         "Board recommended that \"the Department of Transport require all commercial passenger vessel "
         "operators to conduct emergency drills with passengers before departure\" (M17-03). The Board assessed "
         "the response to that recommendation as Satisfactory in Part in 2023.</p>",
         "<h3>1.4 Industry views</h3>",
         "<p>Operators interviewed were concerned about the cost of new requirements. One owner of two "
         "10-metre vessels told investigators: \"We should not have to pay a naval architect every time we "
         "add a bench. We know our boats.\"</p>",
         "<h2>2.0 Analysis</h2>",
         "<p>The occurrences share a pattern. A vessel of uncertain stability, often modified over the years, "
         "carries passengers without lifejackets into a sea state that the operator did not expect. When the "
         "vessel capsizes, no alert is raised, and passengers spend a long time in cold water before help "
         "arrives. Each link in this chain is addressed below.</p>",
         "<h2>3.0 Findings</h2>",
         "<h3>3.1 Findings as to causes and contributing factors</h3>",
         "<ol class='f'><li>In 9 of the 14 capsizings, the vessel's stability had never been assessed, and the "
         "operator did not know its safe passenger capacity.</li>"
         "<li>Passengers were not wearing lifejackets when the vessel capsized, which contributed to 19 of the "
         "23 deaths.</li>"
         "<li>The sea state near headlands was worse than the marine forecast suggested.</li></ol>",
         "<h3>3.2 Findings as to risk</h3>",
         "<ol class='f'><li>If modifications to small passenger vessels are not assessed for their effect on "
         "stability, there is a risk that vessels will be operated with an inadequate margin of stability.</li>"
         "<li>If vessels that are not subject to periodic inspection are rarely monitored, there is a risk that "
         "unsafe conditions will not be identified.</li></ol>",
         "<h2>4.0 Safety action</h2>",
         "<h3>4.1 Safety action taken</h3>",
         "<p>In August 2025, Transport Canada published a Ship Safety Bulletin reminding owners that "
         "\"passengers should wear a lifejacket or personal flotation device whenever conditions warrant\". The "
         "Coastal Tour Operators Association published a voluntary code of practice on weather limits in "
         "2024.</p>",
         "<h3>4.2 Safety action required</h3>"]
    order = ["M26-01", "M26-05", "M26-03", "M26-02", "M26-04", "M26-06", "M26-07"]
    for i, code in enumerate(order, 1):
        b.append("<h3>4.2.%d %s</h3><p>%s</p><div class='recbox'><p class='r'>%s</p><p class='c'>TSB "
                 "Recommendation %s</p></div>" % (i, TOPIC[code], CONTEXT[code], RECS[code], code))
    b += ["<h3>4.3 Safety concern</h3>",
          "<p>Most operators rely on crew members who hold only a small vessel operator proficiency certificate, "
          "obtained through a one-day course. The Board is concerned that this training does not prepare crews "
          "to manage an emergency with 12 or more passengers on board, and will continue to monitor the "
          "matter.</p>",
          "<p style='font-size:8.5pt'><i>This report concludes the Transportation Safety Board of Canada's "
          "investigation into this safety issue. The Board authorized the release of this report on 4 February "
          "2026. It was officially released on 4 March 2026.</i></p>"]
    return page("".join(b))


def response():
    b = ["<div class='lt'><div class='lh'><b>Minister of Transport</b>  |  Ministre des Transports<br>"
         "Ottawa, Canada K1A 0N5</div>",
         "<p>May 20, 2026</p>",
         "<p>Ms. Hélène Marchildon<br>Chair<br>Transportation Safety Board of Canada<br>Gatineau, Quebec</p>",
         "<p>Dear Ms. Marchildon:</p>",
         "<p>I am writing in response to the Transportation Safety Board of Canada's Marine Safety Issue "
         "Investigation Report M25-01, <i>Small passenger vessels in coastal tourism</i>, which I received on "
         "March 4, 2026, as required by subsection 24(5) of the <i>Canadian Transportation Accident "
         "Investigation and Safety Board Act</i>.</p>",
         "<p>I share the Board's concern about the loss of life in this sector. Each summer, hundreds of "
         "thousands of Canadians and visitors take to the water on these vessels, and they are entitled to "
         "expect that they will come home safely. Transport Canada's responses to the Board's recommendations "
         "are set out in the attached annex.</p>",
         "<p>Officials of the Marine Safety and Security directorate would be pleased to brief Board staff on "
         "the department's work at a mutually convenient time.</p>",
         "<p>Yours sincerely,</p><p style='margin-top:18pt'>The Honourable Daniel Okafor-Reid, P.C., M.P.<br>"
         "Minister of Transport</p></div>",
         "<div class='annex pb'><h1>Annex: Transport Canada's responses to the recommendations of Marine Safety "
         "Issue Investigation Report M25-01</h1>"]

    def sec(title, paras):
        return "<h3>%s</h3>" % title + "".join("<p>%s</p>" % x for x in paras)

    b += [sec("Recommendation M26-03 (lifejackets and personal flotation devices)", [
              "<b>Response:</b> Transport Canada agrees with the recommendation. Amendments to the Small Vessel "
              "Regulations requiring every passenger on an open small passenger vessel to wear a lifejacket or "
              "personal flotation device while under way will be pre-published in the <i>Canada Gazette</i>, "
              "Part I, in spring 2027."]),
          sec("Recommendations M26-01 and M26-05 (stability)", [
              "<b>Response to M26-01:</b> Transport Canada agrees with the recommendation. The department will "
              "propose that a stability assessment by a qualified person be mandatory for every small passenger "
              "vessel carrying more than 12 passengers, with a transition period of three years for existing "
              "vessels.",
              "<b>Response to M26-05:</b> Transport Canada does not agree with the recommendation. Owners are "
              "already responsible for ensuring that a modified vessel remains safe, and a further assessment "
              "after every modification would impose a disproportionate cost on small operators. The department "
              "will instead publish guidance on the kinds of modification that may affect stability."]),
          sec("Recommendation M26-07 (sea state information)", [
              "<b>Response:</b> Marine forecasts are produced by Environment and Climate Change Canada. Transport "
              "Canada has forwarded the recommendation to that department, which will consider it in its review "
              "of the marine forecast program."]),
          sec("Recommendation M26-02 (emergency position-indicating radio beacons)", [
              "<b>Response:</b> Transport Canada agrees in principle with the recommendation. A float-free beacon "
              "will be required for vessels operating more than 20 nautical miles from shore. For vessels "
              "operating closer to shore, where VHF coverage is good, the department considers that a personal "
              "locator beacon carried by the operator offers an acceptable level of safety."]),
          sec("Recommendation M26-06 (safety management)", [
              "<b>Response:</b> Transport Canada agrees in principle with the recommendation. Rather than a full "
              "safety management system, small operators will be required to keep written procedures for "
              "weather limits, passenger briefings and emergency drills. A formal safety management system will "
              "be required only for operators with more than three vessels."]),
          sec("Other safety actions", [
              "In the 2026 season, Transport Canada inspectors will visit tour operators in six coastal regions "
              "as part of a national outreach campaign, and the department has funded a pilot of small vessel "
              "operator training delivered by coastal Indigenous communities."]),
          "</div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="TSB Marine Safety Issue Investigation Report M25-01  |  {n}",
            size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}/{N}", size=8)
    sw = lambda k, n=12: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "M26-01", "starts_with": sw("M26-01"),
         "reply_contains": "a stability assessment by a qualified person be mandatory",
         "verdict": "agrees"},
        {"number": "M26-02", "starts_with": sw("M26-02"),
         "reply_contains": "A float-free beacon will be required for vessels operating more than",
         "verdict": "partly"},
        {"number": "M26-03", "starts_with": sw("M26-03"),
         "reply_contains": "will be pre-published in the Canada Gazette",
         "verdict": "agrees"},
        {"number": "M26-04", "starts_with": sw("M26-04"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "M26-05", "starts_with": sw("M26-05"),
         "reply_contains": "a further assessment after every modification would impose a disproportionate cost",
         "verdict": "disagrees"},
        {"number": "M26-06", "starts_with": sw("M26-06"),
         "reply_contains": "Rather than a full safety management system, small operators",
         "verdict": "partly"},
        {"number": "M26-07", "starts_with": sw("M26-07"),
         "reply_contains": "has forwarded the recommendation to that department",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "I share the Board's concern about the loss of life",
        "would be pleased to brief Board staff",
        "inspectors will visit tour operators in six coastal regions",
    ], "Advice: a Transportation Safety Board of Canada marine safety issue investigation report (a class "
       "investigation): a title band, 'About this investigation report' (no fault or liability), a Summary "
       "that paraphrases ('The Board is making seven recommendations to the Department of Transport, aimed at "
       "...'), numbered sections 1.0-4.3. The seven recommendations stand in bordered boxes in 4.2.1-4.2.7, "
       "each after a context paragraph, each a bold sentence 'Therefore, the Board recommends that the "
       "Department of Transport ...' (one 'The Board therefore recommends ...'), with the code on its own line "
       "'TSB Recommendation M26-0N'; in the advice they stand in the order M26-01, 05, 03, 02, 04, 06, 07 "
       "(grouped by theme, not by code); numbers expected as the codes. Traps: an occurrence table, the Small "
       "Vessel Regulations ('must ensure'), subsection 24(5) of the CTAISB Act ('must, within 90 days, advise "
       "the Board'), the 2017 recommendation M17-03 quoted ('the Department of Transport require all "
       "commercial passenger vessel operators to conduct emergency drills'), an owner quoted ('We should not "
       "have to pay'), findings as to causes (numbered 1.-3.) and as to risk ('If ..., there is a risk that "
       "...'), Transport Canada's bulletin quoted in 4.1 ('passengers should wear a lifejacket ... whenever "
       "conditions warrant') and a 4.3 'Safety concern' ('The Board is concerned that ...'). Response: the "
       "Minister of Transport's letter (subsection 24(5)) and, on a new page, an annex with headings "
       "'Recommendation M26-0N (topic)' and bold 'Response:' labels with Transport Canada's formulas, in the "
       "order M26-03, M26-01+05, M26-07, M26-02, M26-06: M26-03 'agrees with the recommendation', Canada "
       "Gazette (agrees); ONE section 'Recommendations M26-01 and M26-05 (stability)' with 'Response to "
       "M26-01: ... agrees' (agrees) and 'Response to M26-05: ... does not agree' (disagrees); M26-07 forwarded "
       "to Environment and Climate Change Canada, no formula (noted); M26-02 'agrees in principle', beacons "
       "only beyond 20 nautical miles (partly); M26-06 'agrees in principle', written procedures instead of a "
       "safety management system (partly); M26-04 (risk-based inspection) unanswered. Unmatched: the letter's "
       "second and third paragraphs and the annex's 'Other safety actions'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
