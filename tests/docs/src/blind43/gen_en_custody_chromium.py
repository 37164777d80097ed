"""Round 43 (EN): an excerpt of the 2025-2026 Annual Report of the (invented) Office of the Federal Custody
Investigator, a Canadian-style prison ombudsman, to the Minister of Public Safety: message from the Investigator,
numbered chapters 1-4 whose section numbers collide with the recommendation numbers, a statistics table, a quoted
recommendation from the previous annual report, findings with 'should', and seven recommendations in bold numbered
paragraphs opening 'I recommend that' inside the chapters (no summary list). Answered by the (invented) Federal
Correctional Service's published response, by theme in another order (3, 1+7, 5, 2, 4), each recommendation quoted
in italics with 'FCS Response:'; 6 unanswered. Chromium headless --print-to-pdf from HTML, US Letter, cleaned
Liberation fonts, ligatures off; running header and folio stamped with PyMuPDF. All content is invented.

Run:  /tmp/blind43en/bin/python tests/docs/src/blind43/gen_en_custody_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b43en as H

NAME = "blind43_en_custody"
TMP = "/tmp/b43en/custody"

R = {1: "I recommend that the Service complete every national investigation into a death in custody within nine "
        "months of the death and publish the report, with personal information removed.",
     2: "I recommend that the Service fund and staff a dedicated palliative care unit in each of its five regions "
        "by March 2028.",
     3: "I recommend that the Service end the placement of any person in a dry cell for more than 72 hours, "
        "effective immediately.",
     4: "I recommend that the Minister of Public Safety bring forward legislative amendments to allow the early "
        "release of terminally ill persons on compassionate grounds.",
     5: "I recommend that the Service give every newly admitted person a plain-language guide to the complaint "
        "and grievance process, in both official languages and in the main Indigenous languages spoken in each "
        "region.",
     6: "I recommend that the Service review the night-shift staffing model in its regional women's facilities, "
        "with a view to ending single-officer night posts on living units.",
     7: "I recommend that the Service report publicly every quarter on the number of persons held in structured "
        "intervention units for more than 15 days."}


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
html {font-family: LR; font-size: 10.5pt; line-height: 1.38; font-variant-ligatures: none;}
h1 {font-family: LS; font-size: 20pt; color: #5b2a6e; margin: 0 0 4pt 0;}
h2 {font-family: LS; font-size: 13pt; color: #5b2a6e; margin: 12pt 0 4pt 0;}
h3 {font-family: LS; font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 6pt 0;}
.rec {display: flex; margin: 6pt 0 8pt 0; font-weight: bold;}
.rec .n {width: 22pt; flex: none;}
.quote {margin: 4pt 24pt 8pt 24pt; font-style: italic;}
table {border-collapse: collapse; width: 100%; font-family: LS; font-size: 8.8pt; margin: 4pt 0 4pt 0;}
th {background: #5b2a6e; color: white; text-align: left; padding: 3pt 5pt;}
td {border-bottom: 1px solid #b9a3c4; padding: 3pt 5pt;}
td.num {text-align: right;}
.src {font-family: LS; font-size: 8pt; color: #444; margin-bottom: 8pt;}
.band {background: #5b2a6e; color: white; font-family: LS; padding: 8pt 10pt; margin-bottom: 10pt;}
.resp {margin: 0 0 8pt 0;}
.lab {font-family: LS; font-weight: bold; color: #2b4f6e;}
.qr {margin: 4pt 18pt 6pt 18pt; font-style: italic; color: #333;}
"""


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: Letter; margin: 22mm 22mm 20mm 22mm;}"
            + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def rec(n):
    return "<div class='rec'><div class='n'>%d.</div><div>%s</div></div>" % (n, R[n])


def advice():
    b = ["<div class='band'><b>Office of the Federal Custody Investigator</b><br>Bureau de l'enquêteur fédéral sur "
         "la détention</div>",
         "<h1>Annual Report 2025-2026</h1>",
         "<p style='font-family:LS'>Presented to the Minister of Public Safety pursuant to section 192 of the "
         "Corrections and Conditional Release Act (Excerpt: Message and Chapters 1 to 4)</p>",
         "<h2>Message from the Investigator</h2>",
         "<p>This is my third annual report as Federal Custody Investigator. In 2025-2026 my Office received 5,912 "
         "complaints, made 214 visits to federal institutions and reviewed 61 deaths in custody. Many of the "
         "problems described in this report are not new. In my 2023-2024 Annual Report, I recommended that "
         "\"the Service establish an independent review of all uses of dry cells\". The Service accepted that "
         "recommendation, yet the review has not been completed.</p>",
         "<p>This year I make seven recommendations. They are set out in bold in the chapters that follow. In "
         "keeping with past practice, the Service's response will be published with this report.</p>",
         "<p style='text-align:right'>Imogen Castellanos-Reid<br>Federal Custody Investigator</p>",
         "<h2>1. Deaths in custody</h2>",
         "<p>Of the 61 deaths reviewed this year, 38 were attributed to natural causes, 9 to suicide and 6 to "
         "overdose; 8 remain undetermined. The Service convenes a national investigation after every death, but "
         "the median time to complete one rose to 14 months. Families told my Office that they had waited more "
         "than a year to learn how their relative died. Findings should be shared with families long before the "
         "coroner's process ends.</p>"]
    b.append("<table><tr><th>Cause of death</th><th>2023-2024</th><th>2024-2025</th><th>2025-2026</th></tr>"
             "<tr><td>Natural causes</td><td class='num'>35</td><td class='num'>41</td><td class='num'>38</td></tr>"
             "<tr><td>Suicide</td><td class='num'>7</td><td class='num'>10</td><td class='num'>9</td></tr>"
             "<tr><td>Overdose</td><td class='num'>9</td><td class='num'>4</td><td class='num'>6</td></tr>"
             "<tr><td>Undetermined / pending</td><td class='num'>5</td><td class='num'>6</td><td class='num'>8</td></tr>"
             "<tr><td><b>Total</b></td><td class='num'><b>56</b></td><td class='num'><b>61</b></td>"
             "<td class='num'><b>61</b></td></tr></table>"
             "<p class='src'>Table 1. Deaths in federal custody by cause, 2023-2024 to 2025-2026. Source: Office "
             "of the Federal Custody Investigator case data.</p>")
    b += [rec(1),
          "<p>Nearly two thirds of the deaths from natural causes were of people over 60. The Service has 34 "
          "palliative beds nationally, all in two regional treatment centres, so that dying people are often "
          "moved hundreds of kilometres from their families.</p>",
          rec(2),
          "<p>The law already allows for release by exception under section 121 of the Act, but only 3 of the 27 "
          "applications made since 2021 were granted, and four applicants died while awaiting a decision.</p>",
          rec(4),
          "<h2>2. Dry cells</h2>",
          "<p>A dry cell is a cell without plumbing, used to hold a person suspected of having ingested or "
          "concealed contraband. My investigators found 41 placements longer than 72 hours in 2025-2026, the "
          "longest lasting nine days. Commissioner's Directive 566-7 requires daily review by the institutional "
          "head; in a third of the files we examined that review was not recorded.</p>",
          rec(3),
          "<h2>3. Access to redress</h2>",
          "<p>Grievances are the main way in which people in custody can challenge decisions. Yet 38% of the "
          "people my staff spoke to at admission did not know how to file one, and the only written guide is a "
          "2011 booklet in English and French. The Service should, in my view, treat information about "
          "complaints as part of admission, not as an optional extra.</p>",
          rec(5),
          "<h2>4. Structured intervention units and women's facilities</h2>",
          "<p>The Service publishes annual figures on structured intervention units, but it does not report how "
          "many people remain in a unit beyond the 15-day mark at which an external decision-maker reviews the "
          "case. My Office counted 112 such stays in the first half of the year.</p>",
          rec(7),
          "<p>In four of the five regional women's facilities a single officer is posted alone on each living "
          "unit at night. In two incidents reviewed this year, a medical emergency went unanswered for more than "
          "ten minutes while the officer waited for a second staff member.</p>",
          rec(6),
          "<p>I will report on the Service's progress on these recommendations in next year's Annual Report.</p>"]
    return html_doc("".join(b))


def response():
    def q(n):
        return "<p class='qr'>Recommendation %d: %s</p>" % (n, R[n])

    b = ["<div class='band' style='background:#2b4f6e'><b>Federal Correctional Service</b> | Service correctionnel "
         "fédéral</div>",
         "<h1 style='color:#2b4f6e;font-size:16pt'>Response to the 2025-2026 Annual Report of the Federal Custody "
         "Investigator</h1>",
         "<h2 style='color:#2b4f6e'>Introduction</h2>",
         "<p>The Federal Correctional Service (FCS) welcomes the Annual Report and values the Investigator's "
         "oversight. Over the past year the Service has hired 212 additional health care staff and opened a new "
         "mental health intermediate care unit in the Prairie region, as set out in its Departmental Results "
         "Report. The responses below are organized by theme.</p>",
         "<h2 style='color:#2b4f6e'>Dry cells</h2>", q(3),
         "<p class='resp'><span class='lab'>FCS Response:</span> FCS agrees. Since the amendment of "
         "Commissioner's Directive 566-7 in October 2025, no dry cell placement may exceed 72 hours without the "
         "approval of the Regional Deputy Commissioner and a physician's assessment; compliance is now monitored "
         "weekly at national headquarters. The 2024 independent review of dry cell use will be released in "
         "spring 2026.</p>",
         "<h2 style='color:#2b4f6e'>Transparency and reporting</h2>", q(1), q(7),
         "<p class='resp'><span class='lab'>FCS Response:</span> FCS partially agrees with recommendation 1. "
         "The Service has set a target of completing national investigations within nine months and has added "
         "investigator positions to meet it. Because the reports contain medical and security information about "
         "third parties, the Service will publish a summary of findings and recommendations for each "
         "investigation rather than the full report, and will continue to share the full report with "
         "families.</p>",
         "<p class='resp'>FCS agrees with recommendation 7. Beginning with the first quarter of 2026-2027, the "
         "number of persons in structured intervention units for more than 15 days will be published on the "
         "Service's website each quarter, by region.</p>",
         "<h2 style='color:#2b4f6e'>Information for persons in custody</h2>", q(5),
         "<p class='resp'><span class='lab'>FCS Response:</span> FCS agrees. A new plain-language guide, tested "
         "with the Inmate Committees, will be part of the admission kit from June 2026 in English and French. "
         "Versions in Cree, Ojibwe and Inuktitut are being prepared with Elders and will follow by December "
         "2026.</p>",
         "<h2 style='color:#2b4f6e'>Palliative and end-of-life care</h2>", q(2),
         "<p class='resp'><span class='lab'>FCS Response:</span> FCS does not agree. Given the small number of "
         "persons needing palliative care in some regions, dedicated units would often stand empty. The Service "
         "will instead continue to expand its agreements with community hospices, which now cover three "
         "regions, so that people can receive care closer to their families.</p>", q(4),
         "<p class='resp'><span class='lab'>FCS Response:</span> This recommendation is addressed to the "
         "Minister. Legislative policy on release is the responsibility of Public Safety Canada and the Parole "
         "Board. FCS has shared the Investigator's findings with the Department and will support any policy "
         "work it undertakes.</p>",
         "<h2 style='color:#2b4f6e'>Population profile</h2>",
         "<p>On an average day in 2025-2026 FCS was responsible for 12,480 persons in custody and 9,310 under "
         "supervision in the community. Persons aged 50 and over made up 27% of the in-custody population, up "
         "from 21% five years ago.</p>"]
    return html_doc("".join(b))


NOTES = ("Annual report excerpt of a custody ombudsman: seven recommendations as bold numbered paragraphs '1.'-'7.' "
         "opening 'I recommend that', in the order 1, 2, 4, 3, 5, 7, 6 inside chapters '1. Deaths in custody' - "
         "'4. ...' whose numbers collide with them; no summary list. Traps: the 2023-2024 recommendation quoted in "
         "the Message, Table 1 of deaths by cause, findings with 'should', section 121 of the Act and Commissioner's "
         "Directive 566-7. Response by theme in another order (3, 1+7, 5, 2, 4), each recommendation quoted in "
         "italics with 'FCS Response:': 3 'FCS agrees', already in the amended directive (agrees); one response "
         "under two quoted recommendations: 1 'partially agrees' (nine months yes, summaries instead of full "
         "reports: partly) and 7 'agrees' (agrees); 5 agrees; 2 'does not agree', community hospices instead "
         "(disagrees); 4 addressed to the Minister, shared with Public Safety Canada (noted); 6 (night staffing in "
         "women's facilities) unanswered. The Introduction and 'Population profile' answer nothing.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, html in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(html)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Office of the Federal Custody Investigator | Annual Report "
            "2025-2026", footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="FCS Response to the FCI Annual Report 2025-2026",
            footer="Page {n} of {N}")
    sw = lambda n: " ".join(R[n].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "will publish a summary of findings and recommendations for each",
         "verdict": "partly"},
        {"number": "2", "starts_with": sw(2), "reply_contains": "dedicated units would often stand empty",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "compliance is now monitored weekly at national headquarters",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4), "reply_contains": "Legislative policy on release is the responsibility of Public Safety",
         "verdict": "noted"},
        {"number": "5", "starts_with": sw(5), "reply_contains": "will be part of the admission kit from June 2026",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7), "reply_contains": "FCS agrees with recommendation 7",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["hired 212 additional health care staff",
                                  "On an average day in 2025-2026 FCS was responsible"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b43en.py"), NAME)) and 1)
