"""Round 43 (EN): a counsel's letter of the Standing Joint Committee for the Scrutiny of Regulations (Canada) on an
(invented) instrument SOR/2025-117, 'Regulations Amending the Inland Ferry Safety Regulations', made by the
(invented) Department of Inland Waterways: bilingual letterhead, file references, a paragraph recalling an earlier
file and the department's earlier undertaking, then seven numbered points each opening with a provision
(section 1, subsections 4(1), 6(2), ...), ending with a request, a question or 'an amendment would appear to be in
order'; a closing thank-you for a corrected earlier discrepancy. Answered by the Director General's letter grouped
by theme in another order (2+5, 4, 1, 3+6), one reply paragraph covering points 3 and 6 with two verdicts, point 7
unanswered, an 'Other matters' paragraph. LibreOffice Writer headless from HTML, US Letter; running header and folio
stamped with PyMuPDF on pages after the first. All content (department, people, instrument, figures) is invented.

Run:  /tmp/blind43en/bin/python tests/docs/src/blind43/gen_en_sjcsr_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b43en as H

NAME = "blind43_en_sjcsr"
TMP = "/tmp/b43en/sjcsr"

CSS = """
@page { size: 21.59cm 27.94cm; margin: 2.2cm 2.4cm 2.2cm 2.4cm; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; }
p { margin-top: 0; margin-bottom: 7pt; text-align: left; }
td { font-family: 'Liberation Sans'; font-size: 8.5pt; vertical-align: top; }
"""

P = {
    1: "Section 1 of the Regulations introduces a new definition, \"crossing\", meaning a trip made by a ferry "
       "between two landing points. The enabling Act, however, uses the term \"voyage\" throughout, and "
       "paragraph 12(1)(c) of the Act authorizes regulations \"respecting the safety of ferries and persons on "
       "board during a voyage\". The use of a different term in the Regulations may give rise to uncertainty as "
       "to whether the two expressions are intended to have the same meaning. It would seem preferable to use "
       "the term employed in the Act, and the Department's views in this regard would be appreciated.",
    2: "Subsection 4(1) requires the operator of a ferry to conduct a full evacuation drill \"at least once every "
       "12 months\", whereas the French version reads \"au moins une fois par année civile\". A drill held in "
       "January of one year and in December of the following year would comply with the French version but not "
       "with the English version. The two versions should be harmonized, and it would be appreciated if the "
       "Department could indicate which version reflects the intended requirement.",
    3: "Subsection 6(2) permits a ferry to carry more passengers than the number set out in its passenger "
       "certificate if the operator demonstrates \"to the satisfaction of the Minister\" that the additional "
       "passengers can be safely accommodated. As the Committee has often noted, such wording confers on the "
       "Minister a discretion that is not subject to any objective standard, and leaves operators unable to "
       "know in advance what is required of them. Would the Department be prepared to amend subsection 6(2) so "
       "that the criteria the Minister is to apply are set out in the Regulations themselves?",
    4: "Section 9 incorporates by reference, \"as amended from time to time\", standard CSA Z1204, Small "
       "Passenger Ferry Lifesaving Equipment. Section 18.3 of the Statutory Instruments Act requires the "
       "regulation-making authority to ensure that an incorporated document is accessible. The Committee "
       "understands that the standard is available only in English and only for purchase, at a cost of 265 "
       "dollars. It is requested that the Department make the standard available free of charge in both "
       "official languages, or else incorporate a fixed version that can be consulted on its website.",
    5: "Subsection 11(3) provides that the Minister \"may\" suspend a ferry's operating certificate where a "
       "required drill has not been held, while the French version provides that the Minister \"doit\" suspend "
       "the certificate. The English version thus confers a discretion while the French version imposes an "
       "obligation. An amendment would appear to be in order to make the two versions consistent.",
    6: "Section 14 authorizes the Minister to exempt any ferry from the application of Part 2 \"on such terms "
       "as the Minister considers appropriate\". The Committee has been unable to identify any provision of the "
       "Act that would authorize the Governor in Council to confer such a power of exemption on the Minister. "
       "It is requested that the Department identify the statutory authority on which it relies for section "
       "14, or, failing such authority, that the section be revoked.",
    7: "Section 17 provides that the Regulations come into force on June 1, 2025. The Regulations were, however, "
       "registered on June 18, 2025, so that they purported to have effect for 17 days before they were made. "
       "Since the Act does not authorize retroactive regulations, the Department is asked to confirm whether "
       "any requirement was enforced during that period, and to ensure that future amendments come into force "
       "on or after the day on which they are registered.",
}


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def advice():
    h = ["<table width='100%' cellpadding='0' cellspacing='0'><tr>"
         "<td width='50%'><b>STANDING JOINT COMMITTEE FOR THE<br>SCRUTINY OF REGULATIONS</b><br>"
         "c/o THE SENATE, OTTAWA, ONTARIO K1A 0A4<br>TEL: 613-995-0751</td>"
         "<td width='50%' align='right'><b>COMITÉ MIXTE PERMANENT<br>D'EXAMEN DE LA RÉGLEMENTATION</b><br>"
         "a/s LE SÉNAT, OTTAWA (ONTARIO) K1A 0A4<br>TEL: 613-995-0751</td></tr></table>",
         "<p style='font-family:Liberation Sans;font-size:8.5pt;text-align:center'>JOINT CHAIRS / COPRESIDENTS: "
         "SENATOR GENEVIÈVE LACROIX-HOLM, ARIEL NAKAMURA, M.P. / VICE-CHAIRS / VICE-PRESIDENTS: "
         "DONALD FERRIS, M.P., CATHERINE OYELOWO, M.P.</p><hr>",
         "<p>September 9, 2025</p>",
         "<p>Our file: SOR/2025-117<br>Related file: SOR/2023-64</p>",
         "<p>Ms. Teresa Hallorann<br>Director General, Marine Safety and Security<br>Department of Inland "
         "Waterways<br>330 Sparks Street, Tower C<br>Ottawa, Ontario K1A 0N5</p>",
         "<p>Dear Ms. Hallorann:</p>",
         "<p><b>Re: SOR/2025-117, Regulations Amending the Inland Ferry Safety Regulations</b></p>",
         "<p>I have reviewed the above-referenced instrument prior to its consideration by the Joint Committee, "
         "and would value your advice with respect to the points set out below. I note at the outset that, in "
         "its letter of May 14, 2024 concerning SOR/2023-64, the Department undertook that \"the inconsistency "
         "between the English and French versions of section 8 will be corrected in the next amendments to the "
         "Regulations\". I return to that undertaking at the end of this letter.</p>"]
    for n in range(1, 8):
        h.append("<p style='margin-left:0.9cm;text-indent:-0.9cm'>%d.&#9;%s</p>" % (n, P[n]))
    h += ["<p>Finally, I note with thanks that section 8 of the amending Regulations corrects the discrepancy "
          "between the two versions of section 8 raised in the Committee's file SOR/2023-64, so that the "
          "undertaking referred to above has been met. The Committee's criteria for scrutiny, including whether "
          "an instrument is authorized by its enabling statute and whether it is drafted in a manner consistent "
          "in both official languages, are enclosed for ease of reference.</p>",
          "<p>I look forward to receiving your comments.</p>",
          "<p>Yours sincerely,</p><p><br></p>",
          "<p>Evan Whitcombe-Arsenault<br>General Counsel</p>",
          "<p style='font-size:9.5pt'>c.c.: Mr. Rajinder Basra, Departmental Regulatory Coordinator, Department of "
          "Inland Waterways<br>Encl.: Criteria for Scrutiny of Statutory Instruments</p>"]
    return page("".join(h))


def response():
    h = ["<p style='font-family:Liberation Sans;font-size:9pt'><b>Department of Inland Waterways</b> | "
         "<b>Ministère des Voies navigables intérieures</b><br>Marine Safety and Security | Sécurité et "
         "sûreté maritimes</p><hr>",
         "<p style='text-align:right'>Our file: RDIMS 9921457<br>Your file: SOR/2025-117</p>",
         "<p>November 21, 2025</p>",
         "<p>Mr. Evan Whitcombe-Arsenault<br>General Counsel<br>Standing Joint Committee for the Scrutiny of "
         "Regulations<br>c/o The Senate<br>Ottawa, Ontario K1A 0A4</p>",
         "<p>Dear Mr. Whitcombe-Arsenault:</p>",
         "<p>Thank you for your letter of September 9, 2025 regarding the Regulations Amending the Inland Ferry "
         "Safety Regulations. Please accept my apologies for the time taken to reply, which was needed to consult "
         "the Department of Justice and the ferry operators concerned. For convenience, the Department's "
         "responses are grouped by subject.</p>",
         "<p><b>Bilingual discrepancies (points 2 and 5)</b></p>",
         "<p>The Department agrees that the English and French versions of subsections 4(1) and 11(3) do not "
         "correspond. The intended requirement for drills is the English one, and the French version of "
         "subsection 4(1) will be amended to read \"au moins une fois tous les 12 mois\". In subsection 11(3), the "
         "intent was to confer a discretion; the French version will be amended to replace \"doit\" with "
         "\"peut\". Both corrections will be included in the miscellaneous amendments package planned for "
         "pre-publication in spring 2026.</p>",
         "<p><b>Standard incorporated by reference (point 4)</b></p>",
         "<p>Following discussions with the standards body, the Department has arranged for standard CSA Z1204 to "
         "be available to the public free of charge on a read-only basis from January 2026. The standard is "
         "published in English only, and the Department is not in a position to commission a translation. Nor "
         "does the Department intend to move to a fixed incorporation, since the ambulatory reference allows "
         "operators to benefit from updates to lifesaving equipment requirements without delay.</p>",
         "<p><b>Definition of \"crossing\" (point 1)</b></p>",
         "<p>The Department accepts the Committee's suggestion. The definition will be revised so that it refers "
         "to a voyage within the meaning of the Act, in the same miscellaneous amendments package.</p>",
         "<p><b>Powers of the Minister (points 3 and 6)</b></p>",
         "<p>With respect to subsection 6(2), the Department respectfully does not share the view that the "
         "provision confers an unfettered discretion. The factors the Minister considers are published in the "
         "Ferry Passenger Capacity Guidelines, TP 15021, which operators have used since 2019, and the Department "
         "does not propose to amend the provision.</p>",
         "<p>As regards the exemption power in section 14, the Department has requested an opinion from the "
         "Legislative Services Branch of the Department of Justice on the enabling authority. I will write to you "
         "again once that opinion has been received; no exemption has been granted under the section to date.</p>",
         "<p><b>Other matters</b></p>",
         "<p>You may also wish to know that the Department has begun a review of the whole of the Inland Ferry "
         "Safety Regulations, with a discussion paper to be released for consultation in early 2026. The "
         "Committee's earlier comments on the former Part 4 will be taken into account in that review.</p>",
         "<p>I trust that this information is satisfactory.</p>",
         "<p>Yours sincerely,</p><p><br></p>",
         "<p>Teresa Hallorann<br>Director General, Marine Safety and Security</p>",
         "<p style='font-size:9.5pt'>c.c.: Mr. Rajinder Basra, Departmental Regulatory Coordinator</p>"]
    return page("".join(h))


NOTES = ("Counsel's letter of the Standing Joint Committee for the Scrutiny of Regulations on SOR/2025-117: seven "
         "numbered points, each opening with the provision concerned and ending with a request ('It would seem "
         "preferable ... views would be appreciated', 'should be harmonized', a question 'Would the Department be "
         "prepared to amend ...?', 'It is requested that', 'An amendment would appear to be in order', 'is asked to "
         "confirm'). Traps: the quoted 2024 undertaking on SOR/2023-64 (an earlier reply, not a recommendation), "
         "section and paragraph numbers everywhere (12(1)(c), 18.3 of the Statutory Instruments Act), the closing "
         "thank-you for the corrected section 8 and the criteria for scrutiny. Director General's reply grouped "
         "by subject in the order 2+5, 4, 1, 3+6: 2 and 5 in one paragraph, both agreed (French versions to be "
         "amended); 4 standard free of charge but English only and no fixed incorporation (partly); 1 'accepts the "
         "Committee's suggestion' (agrees); one section on points 3 and 6 with two paragraphs: 3 'respectfully does "
         "not share the view ... does not propose to amend' (disagrees), 6 referred to the Department of Justice "
         "for an opinion (noted); 7 (coming into force before registration) unanswered. The opening paragraph and "
         "'Other matters' (review of the whole Regulations) answer nothing.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, html in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(html)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="SOR/2025-117", footer="- {n} -", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Mr. Evan Whitcombe-Arsenault - SOR/2025-117",
            footer="- {n} -", skip_first=True)
    sw = lambda n: " ".join(P[n].split()[:9])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "The Department accepts the Committee's suggestion",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2), "reply_contains": "The intended requirement for drills is the English one",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "respectfully does not share the view that the provision",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4), "reply_contains": "available to the public free of charge on a read-only basis",
         "verdict": "partly"},
        {"number": "5", "starts_with": sw(5), "reply_contains": "the intent was to confer a discretion",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": "has requested an opinion from the Legislative Services Branch",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["has begun a review of the whole of the Inland Ferry",
                                  "apologies for the time taken to reply"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b43en.py"), NAME)) and 1)
