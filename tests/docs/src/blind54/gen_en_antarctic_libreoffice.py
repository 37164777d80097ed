"""Round 54 (EN): an Antarctic Treaty inspection report (genre of the reports of inspections under Article VII of
the Antarctic Treaty and Article 14 of the Protocol on Environmental Protection, tabled at the ATCM as a Working
Paper) by observers of the invented Republic of Solvenia and Kingdom of Maraland at the invented Halvorsen Station
of the invented Republic of Estria, answered by Estria's Information Paper 'Response to the report of the inspection
of Halvorsen Station' (prose by topic). Recommendations: section 5, 'The inspection team recommends that Estria:'
followed by LETTERED items (a)-(g). Traps: the executive summary paraphrasing the key recommendations, the 2016
inspection's recommendation quoted, Annex III Article 2 and Annex IV references, the conclusions with 'should
continue', the station data table and the Checklist A extract with Yes / No / Partially. LibreOffice Writer headless
from HTML, A4, Liberation Sans; ATCM header and page numbers stamped with PyMuPDF. All content is invented.

Run:  /tmp/blind54en/bin/python tests/docs/src/blind54/gen_en_antarctic_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b54en as H

NAME = "blind54_en_antarctic"
TMP = "/tmp/blind54en_lo_out"

CSS = """
@page { size: 210mm 297mm; margin: 24mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 14pt; text-align: center; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10pt; font-style: italic; margin-top: 6pt; margin-bottom: 3pt; }
td, th { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { background: #dde3ea; }
.meta td { font-size: 9.5pt; }
.rec { margin-left: 12mm; text-indent: -8mm; }
.small { font-size: 8.5pt; color: #444444; }
"""

RECS = [
    ("a", "replace the nine single-walled fuel tanks at the main tank farm with double-walled tanks, or provide "
          "secondary containment of at least 110 per cent of tank capacity, before the 2028/29 season;"),
    ("b", "remove the historic waste site at Kittel Point, including the abandoned vehicles and an estimated 340 "
          "drums, and report progress to the Committee for Environmental Protection;"),
    ("c", "repair or replace the sewage treatment plant so that untreated wastewater is no longer discharged "
          "into the sea through the emergency outfall;"),
    ("d", "update the information on Halvorsen Station in the Electronic Information Exchange System, including "
          "its facilities, personnel numbers and planned activities;"),
    ("e", "develop a station-specific oil spill contingency plan and conduct a spill response exercise at the "
          "start of each summer season;"),
    ("f", "make the station's laboratory and accommodation available to scientists of other Parties through a "
          "transparent application procedure;"),
    ("g", "ensure that a medical doctor with training in remote and polar medicine is present at the station "
          "throughout the winter."),
]


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def meta(rows):
    return ("<table class='meta' width='100%' cellpadding='3' cellspacing='0' border='0'>" +
            "".join("<tr><td width='30%%'><b>%s</b></td><td>%s</td></tr>" % r for r in rows) + "</table>")


def grid(rows, widths):
    h = "<table width='100%' cellpadding='4' cellspacing='0' border='1'>"
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h += "<tr>" + "".join("<%s width='%d%%'>%s</%s>" % (tag, w, x, tag) for x, w in zip(r, widths)) + "</tr>"
    return h + "</table>"


def advice():
    b = meta([("Agenda Item:", "ATCM 13, CEP 9e"), ("Presented by:", "Solvenia, Maraland"),
              ("Original:", "English"), ("Submitted:", "02/03/2027")])
    b += "<br/><h1>Report of the Joint Inspection of Halvorsen Station (Estria) under Article VII of the " \
         "Antarctic Treaty and Article 14 of the Environmental Protocol</h1>"
    b += "<p style='text-align:center'><b>Working Paper WP 017</b></p>"
    b += "<h2>Executive summary</h2>"
    b += ("<p>Observers designated by Solvenia and Maraland inspected Halvorsen Station, operated by the Estrian "
          "Polar Institute (EPI), on 14 and 15 January 2027. The team was received with great courtesy and was "
          "given full access to all facilities. The station is well run and its scientific programme is of high "
          "quality. The team's main concerns relate to fuel storage, the historic waste site at Kittel Point and "
          "the sewage treatment plant; its key recommendations on these points are set out, with others, in "
          "section 5.</p>")
    b += "<h2>1. Introduction</h2>"
    b += ("<p>1.1 Article VII of the Antarctic Treaty provides that each Consultative Party has the right to "
          "designate observers, who shall have complete freedom of access at any time to any or all areas of "
          "Antarctica. Article 14 of the Protocol on Environmental Protection provides for inspections to promote "
          "the protection of the Antarctic environment. The inspection was conducted using Checklist A, adopted "
          "by Resolution 3 (2010).</p>")
    b += ("<p>1.2 The inspection team comprised Dr Ilse Vantongeren (Solvenia, team leader), Cdr Rafael Ostby "
          "(Maraland), Ms Hana Kirrlund (Maraland) and Mr Teodor Lasko (Solvenia). The team travelled on the "
          "Maraland research vessel <i>Nordkapp Star</i> and reached the station by helicopter.</p>")
    b += "<h2>2. Station overview</h2>"
    b += grid([["Item", "Information"], ["Location", "Halvorsen Peninsula, 67 degrees 31' S, 61 degrees 04' E"],
               ["Year established", "1987 (year-round since 1994)"],
               ["Maximum population", "64 (summer); 18 (winter)"],
               ["Population during inspection", "52"],
               ["Fuel storage", "11 tanks, total capacity 1 240 000 litres (9 single-walled, 2 double-walled)"],
               ["Power", "3 diesel generators (320 kW each); 2 wind turbines installed 2023"]], (30, 70))
    b += "<h2>3. Observations</h2>"
    b += "<h3>3.1 Operations and logistics</h3>"
    b += ("<p>The station is resupplied twice each summer by the Estrian vessel <i>Polarlys</i>. Fuel is pumped "
          "ashore by a floating hose. The team observed staining on the ground at the main tank farm, where nine "
          "of the eleven tanks are single-walled and have no bunding. The station does not have a written oil "
          "spill contingency plan of its own and relies on the EPI's general plan, which was last revised in "
          "2012 and does not describe the local conditions.</p>")
    b += "<h3>3.2 Waste management</h3>"
    b += ("<p>Waste is sorted at the station and returned to Estria, consistent with Annex III. However, the "
          "historic waste site at Kittel Point, some 2 km from the station, contains abandoned vehicles and "
          "several hundred fuel drums from the 1980s, some of them leaking. The 2016 inspection recommended that "
          "'the old generator building and the Kittel Point site be cleaned up'; the generator building has since "
          "been removed, but the site at Kittel Point has not been touched. Article 1(5) of Annex III requires "
          "past waste disposal sites to be cleaned up unless removal would result in greater adverse "
          "environmental impact.</p>")
    b += ("<p>The sewage treatment plant installed in 2009 has been out of service since October 2026. During the "
          "inspection, untreated wastewater was being discharged into the sea through the emergency outfall, "
          "which Annex IV permits only where capacity to treat is lacking.</p>")
    b += "<h3>3.3 Science and cooperation</h3>"
    b += ("<p>The station supports a strong programme in glaciology, atmospheric chemistry and seabird "
          "ecology. The team noted that the new laboratory building is used by Estrian scientists only, although "
          "it has spare capacity in most seasons. Information on the station in the Electronic Information "
          "Exchange System (EIES) was last updated in 2019 and lists facilities that no longer exist.</p>")
    b += "<h3>3.4 Medical and safety arrangements</h3>"
    b += ("<p>In summer, the station has a physician; in winter, medical care is provided by a paramedic with "
          "telemedicine support from Estria. Given the distance to the nearest station with a hospital (over "
          "1 400 km), the team considers this arrangement to carry a significant risk.</p>")
    b += "<h2>4. Conclusions</h2>"
    b += ("<p>4.1 The team found no evidence of activities contrary to the provisions or the spirit of the "
          "Antarctic Treaty, and no military activity or equipment. 4.2 The wind turbines have reduced fuel "
          "consumption by an estimated 18 per cent, and Estria should continue its efforts to increase the share "
          "of renewable energy. 4.3 The team's findings on fuel storage, waste and wastewater are the most "
          "pressing.</p>")
    b += "<h2>5. Recommendations</h2>"
    b += "<p>The inspection team recommends that Estria:</p>"
    for n, t in RECS:
        b += "<p class='rec'>(%s)&nbsp;&nbsp;&nbsp;%s</p>" % (n, t)
    b += "<h2>Annex: Extract from Checklist A</h2>"
    b += grid([["Checklist item", "Answer"],
               ["Has an environmental impact assessment been made for all new activities since the last inspection?",
                "Yes"],
               ["Is there a station-specific oil spill contingency plan?", "No"],
               ["Are fuel tanks provided with secondary containment?", "Partially (2 of 11)"],
               ["Have the recommendations of the previous inspection been implemented?", "Partially"],
               ["Is the station's information in the EIES up to date?", "No"]], (80, 20))
    return page(b.replace("&nbsp;", " "))


def response():
    b = meta([("Agenda Item:", "ATCM 13, CEP 9e"), ("Presented by:", "Estria"),
              ("Original:", "English"), ("Submitted:", "28/04/2027")])
    b += "<br/><h1>Response of Estria to the Report of the Joint Inspection of Halvorsen Station</h1>"
    b += "<p style='text-align:center'><b>Information Paper IP 094</b></p>"
    b += "<h2>Summary</h2>"
    b += ("<p>Estria welcomes the inspection carried out by Solvenia and Maraland in January 2027 and thanks the "
          "inspection team for its professional and constructive approach. Estria considers inspections to be an "
          "important means of ensuring transparency in Antarctica. This paper sets out the measures taken or "
          "planned by the Estrian Polar Institute (EPI) in response to the report (WP 017).</p>")
    b += "<h2>Wastewater</h2>"
    b += ("<p>A new membrane bioreactor treatment unit was shipped on the <i>Polarlys</i> and commissioned in "
          "February 2027. Since then the emergency outfall has been sealed, and effluent quality is monitored "
          "weekly by the station's environmental officer.</p>")
    b += "<h2>Fuel storage and spill response</h2>"
    b += ("<p>The EPI has drafted a spill contingency plan specific to Halvorsen Station, which will take effect "
          "for the 2027/28 season, and an annual spill drill will be held at the start of every summer season. "
          "Within the funding available, the four oldest single-walled tanks will be replaced with double-walled "
          "tanks before the 2028/29 season; the remaining five tanks will be bunded or replaced in the following "
          "investment period, which ends in 2032.</p>")
    b += "<h2>Kittel Point</h2>"
    b += ("<p>Estria has given careful consideration to this recommendation. An environmental evaluation carried "
          "out in 2025 concluded that removing the material would disturb an Adelie penguin colony that has "
          "established itself around the site and would therefore cause greater adverse impact than leaving it "
          "in place. Estria does not therefore intend to clear the site, in accordance with Article 1(5) of "
          "Annex III, but will continue to monitor it and will remove any drums found to be leaking.</p>")
    b += "<h2>Information exchange</h2>"
    b += ("<p>The EIES entry for Halvorsen Station was fully revised in March 2027 and now reflects current "
          "facilities, personnel and planned activities.</p>")
    b += "<h2>Medical arrangements</h2>"
    b += ("<p>Estria takes note of the team's view on winter medical cover. Staffing of the station's medical "
          "service is determined under the EPI's contract with the National Maritime Health Service, which "
          "will be reviewed when it expires in 2029.</p>")
    b += "<h2>Scientific programme 2027-2030</h2>"
    b += ("<p>From the 2027/28 season, Halvorsen Station will host a new deep ice-core drilling project at Dome "
          "Haldis, 180 km inland, and a long-term monitoring programme for microplastics in coastal waters. The "
          "EPI expects to publish the first results in 2029.</p>")
    return page(b)


NOTES = ("Antarctic Treaty inspection report (Article VII of the Treaty, Article 14 of the Environmental Protocol; ATCM "
         "Working Paper WP 017) by observers of the invented Solvenia and Maraland on the invented Estria's "
         "Halvorsen Station, answered by Estria's Information Paper IP 094 (prose by topic). Recommendations: "
         "LETTERED items (a)-(g) in section 5 after 'The inspection team recommends that Estria:', each starting "
         "with a verb. Traps: the executive summary naming the 'key recommendations' without wording them, the "
         "2016 inspection's recommendation quoted, Annex III Article 1(5) and Annex IV, Resolution 3 (2010), the "
         "conclusions ('Estria should continue its efforts'), the station data table and Checklist A with Yes / "
         "No / Partially. Response sections in the order c, a+e, b, d, g. Key: c new treatment unit commissioned, "
         "outfall sealed (agrees); one section: e station-specific spill plan and annual drill (agrees) + a only "
         "four of nine tanks replaced by 2028/29, the rest by 2032 (partly); b 'does not therefore intend to clear "
         "the site' (disagrees); d EIES entry revised in March 2027 (agrees); g 'takes note', contract reviewed in "
         "2029 (noted); f laboratory access for other Parties unanswered. Unmatched: summary (thanks) and the "
         "'Scientific programme 2027-2030' section.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="ATCM XLIX - CEP XXIX, Valmora 2027          WP 017",
            footer="{n}")
    H.stamp(H.out(NAME + "_response.pdf"), header="ATCM XLIX - CEP XXIX, Valmora 2027          IP 094",
            footer="{n}")
    sw = lambda i: " ".join(RECS[i][1].split()[:10])
    recs = [
        {"number": "a", "starts_with": sw(0),
         "reply_contains": "the remaining five tanks will be bunded or replaced", "verdict": "partly"},
        {"number": "b", "starts_with": sw(1),
         "reply_contains": "does not therefore intend to clear the site", "verdict": "disagrees"},
        {"number": "c", "starts_with": sw(2),
         "reply_contains": "membrane bioreactor treatment unit was shipped on the", "verdict": "agrees"},
        {"number": "d", "starts_with": sw(3),
         "reply_contains": "entry for Halvorsen Station was fully revised in March 2027", "verdict": "agrees"},
        {"number": "e", "starts_with": sw(4),
         "reply_contains": "an annual spill drill will be held", "verdict": "agrees"},
        {"number": "f", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "g", "starts_with": sw(6),
         "reply_contains": "takes note of the team's view on winter medical cover", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["thanks the inspection team for its professional and constructive approach",
                                  "a new deep ice-core drilling project at Dome Haldis"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b54en.py"), NAME)) and 1)
