"""Round 143 (EN): a planning inspector's POST-HEARING LETTER in the examination of a district Local Plan, answered by
the district council's RESPONSE LETTER (an examination document), which refers to the inspector's PARAGRAPH NUMBERS
('Paragraphs 5 to 7'), in another order, with one paragraph answering two recommendations with different verdicts.
The advice: a letter in paragraphs NUMBERED 1-16 under headings 'Issue 1' to 'Issue 6' (traps); the seven
recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT inside those paragraphs ('To be sound, the housing
requirement ... should be increased', 'The allocation at ... should be deleted', 'Policy H4 needs to be modified',
'I recommend that Policy E2 is modified', 'The Council should commit', 'the monitoring framework should include',
'The housing trajectory ... should also be updated'). Traps: the Planning and Compulsory Purchase Act 2004 and
national policy paraphrased ('plans should be positively prepared'); 'the Council must consult'; representors'
argument that 'the Council should allocate land at Hill Farm'; 'I do not recommend the allocation of Hill Farm';
'The Council should not regard this letter as my report'.
The response: introduction (nothing); 'Paragraph 10' employment land accepted (agrees); 'Paragraphs 5 to 7' ONE
paragraph: 655 homes a year agreed (agrees) but the deletion of site UC3 not agreed (disagrees); 'Paragraph 9' 30
rather than 25 per cent (partly); 'Paragraph 11' 'has noted your comments' (noted); 'Paragraph 12' 'takes note of
the suggested ... trigger' (noted); closing (nothing); the trajectory (paragraph 13) never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif / Sans via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, places, sites, figures and references invented; the Planning
and Compulsory Purchase Act 2004 is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind143en/bin/python tests/docs/src/blind143/gen_en_plan_examination_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b143en as H

NAME = "blind143_en_plan_examination"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 22mm 24mm 22mm 24mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.42; color: #161616; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 14.5pt; color: %(c)s; margin: 4pt 0 6pt 0; }
h2 { font-size: 10.8pt; color: %(c)s; margin: 10pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.band { background: %(bg)s; padding: 5pt 7pt; font-size: 9pt; margin-bottom: 8pt; }
.np { display: flex; margin: 0 0 6pt 0; }
.np .n { flex: 0 0 24pt; }
.np .t { flex: 1; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind143en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def np(n, t):
    return f"<div class='np'><div class='n'>{n}.</div><div class='t'>{t}</div></div>"


def advice():
    P = [None,
         "This letter follows the hearing sessions held between 1 and 17 July 2025. I am grateful to the Council "
         "and to all those who took part. I set out below my views on the main issues, so that the Council can "
         "decide how to proceed.",
         "Under section 20 of the Planning and Compulsory Purchase Act 2004, in summary, my task is to establish "
         "whether the Plan is sound and legally compliant. National policy says that plans should be positively "
         "prepared, justified, effective and consistent with national policy. I am satisfied that the duty to "
         "cooperate has been met.",
         "The changes I refer to below are main modifications, on which the Council must consult before I write "
         "my report. My conclusions may change in the light of the responses to that consultation.",
         "The Plan's requirement of 610 dwellings a year was set in 2023. Since then the Bramley Gate employment "
         "zone has been confirmed, and the Council's own updated evidence (EXAM/31) shows that around 45 further "
         "homes a year will be needed to house the additional workforce.",
         "To be sound, the housing requirement in Policy H1 should be increased from 610 to 655 dwellings a year, "
         "an increase of 765 homes over the plan period. The supply identified in the Plan can accommodate this "
         "with a small buffer.",
         "Several representors argued that the Council should allocate land at Hill Farm, Kestle, to provide "
         "flexibility. I do not recommend the allocation of Hill Farm at this stage: it was not subject to "
         "sustainability appraisal or consultation, and the supply is adequate without it.",
         "The Environment Agency's evidence at the hearing was that about a third of the site at Ferris Lane, "
         "Upton Cressy, lies in Flood Zone 3, and the Council's sequential test does not show that no reasonably "
         "available sites exist at lower risk. The allocation at Ferris Lane, Upton Cressy (site UC3) should be "
         "deleted from the Plan. The other allocations are sound, subject to the detailed changes in the schedule "
         "discussed at the hearings.",
         "The viability assessment shows that most greenfield sites can support the 35 per cent affordable housing "
         "sought by Policy H4, but that typical brownfield schemes in Ashbourne and Tolland cannot.",
         "Policy H4 needs to be modified to reduce the affordable housing requirement on previously developed land "
         "from 35 to 25 per cent. Without that change the policy would not be justified, and it would risk "
         "stalling the regeneration of the town centres.",
         "The Dunstan Road estate is fully occupied and is the district's only supply of larger industrial units. "
         "I recommend that Policy E2 is modified to safeguard the Dunstan Road employment area for industrial and "
         "storage uses and to remove it from the list of mixed-use regeneration areas.",
         "The Gypsy and Traveller Accommodation Assessment dates from 2019 and predates two unauthorised "
         "encampments that have since become long-term. The Council should commit in the Plan to an updated "
         "assessment, to be completed within 12 months of adoption, and to allocate sites in a separate "
         "development plan document if a need is found.",
         "Given the reliance on three large sites, the monitoring framework should include a trigger for an early "
         "review of the Plan if housing completions fall below 85 per cent of the requirement for three "
         "consecutive years.",
         "The housing trajectory in Appendix 3 should also be updated to a base date of 1 April 2025 and show the "
         "expected delivery from each allocated site year by year.",
         "I would be grateful if the Council could confirm within four weeks whether it will prepare main "
         "modifications on the lines set out above, and let me have a timetable for consultation.",
         "The Council should not regard this letter as my report. It is intended to help the examination move "
         "forward, and I do not invite comments on it from other participants.",
         "Please contact the Programme Officer, Ms Lisa Crump, if anything in this letter is unclear."]
    H2 = {4: "Issue 1 - The housing requirement", 7: "Issue 2 - Site allocations",
          8: "Issue 3 - Affordable housing", 10: "Issue 4 - Employment land",
          11: "Issue 5 - Gypsy and Traveller accommodation", 12: "Issue 6 - Monitoring and delivery",
          14: "Next steps", 2: "Legal compliance and soundness"}
    paras = ""
    for n in range(1, len(P)):
        if n in H2:
            paras += f"<h2>{H2[n]}</h2>"
        paras += np(n, P[n])
    body = """
<div class='band'>EXAMINATION OF THE ASHBOURNE VALE LOCAL PLAN 2024-2041 &#183; Document ID/14 &#183;
12 September 2025</div>
<p class='meta'>Inspector: Rachel Denholm-Oyinlola BA(Hons) MA MRTPI<br>Programme Officer: Lisa Crump, c/o
Ashbourne Vale District Council, Market Hall, Ashbourne AV4 1DL</p>
<p>To: Mr Tobias Whitlock-Amadi, Head of Planning Policy, Ashbourne Vale District Council</p>
<h1>Inspector's post-hearing letter</h1>
<p>Dear Mr Whitlock-Amadi,</p>
""" + paras + """
<p>Yours sincerely,</p>
<p><i>Rachel Denholm-Oyinlola</i><br>Inspector</p>
"""
    render(doc(body, "Serif", "10.2pt", "#2d4a1e", "#e3ead9"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='band'>ASHBOURNE VALE DISTRICT COUNCIL &#183; Local Plan examination document EXAM/52 &#183; 9 October
2025</div>
<p class='meta'>Planning Policy, Market Hall, Ashbourne AV4 1DL &#183; Contact: Tobias Whitlock-Amadi</p>
<p>Rachel Denholm-Oyinlola BA(Hons) MA MRTPI<br>Inspector, via the Programme Officer</p>
<h1>Council's response to the Inspector's post-hearing letter (ID/14)</h1>
<p>Dear Ms Denholm-Oyinlola,</p>
<p>Thank you for your letter of 12 September. It was reported to the Council's Cabinet on 2 October, which agreed
the position set out below. For ease of reference we refer to the numbered paragraphs of your letter, taking first
the matters on which the Council is able to act straight away.</p>
<h2>Paragraph 10: employment land</h2>
<p>The Council accepts this modification. Revised wording for Policy E2 has been drafted which removes Dunstan Road
from the regeneration areas and protects it for industrial and storage uses.</p>
<h2>Paragraphs 5 to 7: housing requirement and Upton Cressy</h2>
<p>The Council agrees to raise the annual requirement to 655 dwellings and will modify Policy H1 and its supporting
text accordingly. It cannot, however, agree to the deletion of site UC3. Since the hearings the Environment Agency
has withdrawn its objection in the light of new hydraulic modelling (EXAM/49), which shows that the developable part
of the site lies wholly in Flood Zone 1. We would ask you to retain the allocation, with a modification limiting
built development to that part of the site.</p>
<h2>Paragraph 9: affordable housing</h2>
<p>An updated viability appraisal of town centre sites has been commissioned. In the meantime the Council proposes a
requirement of 30 per cent on previously developed land, rather than the 25 per cent you suggest, together with a
viability review mechanism for any scheme that cannot meet it.</p>
<h2>Paragraph 11: Gypsy and Traveller accommodation</h2>
<p>The Council has noted your comments on Gypsy and Traveller accommodation and will reflect on them when the Local
Development Scheme is next reviewed.</p>
<h2>Paragraph 12: monitoring</h2>
<p>The Council takes note of the suggested early review trigger. The monitoring framework as a whole will be looked
at again in the first Authority Monitoring Report after adoption.</p>
<h2>Timetable</h2>
<p>Subject to your agreement, the Council intends to publish the schedule of main modifications, with an addendum
to the sustainability appraisal, for six weeks' consultation from 10 November 2025. We are grateful for the clear
guidance in your letter and for the constructive way in which the hearings were conducted.</p>
<p>Yours sincerely,</p>
<p>Tobias Whitlock-Amadi<br>Head of Planning Policy</p>
"""
    render(doc(body, "Sans", "9.8pt", "#1f3f66", "#e1e8f1"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ashbourne Vale Local Plan examination - ID/14 - Inspector's "
            "post-hearing letter", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ashbourne Vale District Council - EXAM/52",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "To be sound, the housing requirement in Policy H1 should be increased",
         "reply_contains": "The Council agrees to raise the annual requirement to 655 dwellings",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The allocation at Ferris Lane, Upton Cressy (site UC3) should be deleted",
         "reply_contains": "It cannot, however, agree to the deletion of site UC3",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "Policy H4 needs to be modified to reduce the affordable housing requirement",
         "reply_contains": "rather than the 25 per cent you suggest",
         "verdict": "partly"},
        {"number": 4, "starts_with": "I recommend that Policy E2 is modified to safeguard the Dunstan Road",
         "reply_contains": "The Council accepts this modification",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "The Council should commit in the Plan to an updated assessment",
         "reply_contains": "The Council has noted your comments on Gypsy and Traveller accommodation",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Given the reliance on three large sites, the monitoring framework should include",
         "reply_contains": "The Council takes note of the suggested early review trigger",
         "verdict": "noted"},
        {"number": 7, "starts_with": "The housing trajectory in Appendix 3 should also be updated",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["It was reported to the Council's Cabinet on 2 October",
                 "for six weeks' consultation from 10 November 2025"]
    notes = ("Advice: a planning inspector's POST-HEARING LETTER to a district council in the examination of its "
             "Local Plan. Paragraphs NUMBERED 1-16 under headings 'Issue 1' to 'Issue 6', 'Next steps'; the seven "
             "recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT inside paragraphs 5, 7, 9, 10, 11, 12 and 13, "
             "after the evidence ('To be sound, the housing requirement ... should be increased', 'The allocation "
             "at ... should be deleted', 'Policy H4 needs to be modified', 'I recommend that Policy E2 is "
             "modified', 'The Council should commit', 'the monitoring framework should include', 'The housing "
             "trajectory ... should also be updated'). Traps: the numbered paragraphs and numbered issues; the Act "
             "and national policy paraphrased ('plans should be positively prepared'); 'the Council must consult'; "
             "representors' argument 'that the Council should allocate land at Hill Farm' and 'I do not recommend "
             "the allocation of Hill Farm'; 'The Council should not regard this letter as my report'; the request to "
             "confirm within four weeks. Response: the Council's LETTER (examination document) referring to the "
             "inspector's PARAGRAPH NUMBERS, other order: introduction (nothing); 'Paragraph 10' accepted (4 "
             "agrees); 'Paragraphs 5 to 7' ONE paragraph: 655 dwellings agreed (1 agrees) but 'It cannot, however, "
             "agree to the deletion of site UC3' (2 disagrees); 'Paragraph 9' 30 rather than 25 per cent with a "
             "viability review (3 partly); 'Paragraph 11' 'has noted your comments', to reflect on them (5 noted); "
             "'Paragraph 12' 'takes note of the suggested early review trigger' (6 noted); 'Timetable' closing "
             "(nothing); the trajectory of paragraph 13 never mentioned (7 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
