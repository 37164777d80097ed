"""Round 77 (EN): a PROSECUTION INSPECTORATE'S AREA INSPECTION REPORT (genre: the area inspection reports of a
criminal justice inspectorate on a prosecution service's area office: a summary chapter with the recommendations
numbered 1-7, each 'By <date>, the Area should ...' or 'The Chief Crown Prosecutor should ...' and ending in a
paragraph cross-reference, a table of the previous inspection's recommendations and their status, a casework
quality table, chapters with numbered paragraphs and 'should' findings, good practice) answered by the CHIEF
CROWN PROSECUTOR'S PUBLISHED RESPONSE (a web page printed to PDF: a foreword, themed headings in another order,
no numbers or quotes, one heading covering two recommendations, a section on performance since the fieldwork).
Advice: HM Inspectorate of Prosecution Standards (invented), 'Area inspection: Westmarch', June 2026, 3 p.
Response: Westmarch Crown Prosecution Area, 'Our response to the area inspection', 2 p.; order 4, 1, 5 and 6 (one
heading), 3, 2; 7 is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans/Serif via @font-face, ligatures off, fresh
--user-data-dir; footers stamped with PyMuPDF. The Criminal Procedure and Investigations Act 1996 and the Code of
Practice for Victims of Crime are real (what is said of them here is not to be relied on); the inspectorate, the
Area, the people and all figures are invented.

Run:  /tmp/blind77en/bin/python tests/docs/src/blind77/gen_en_prosecution_inspection_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b77en as H

NAME = "blind77_en_prosecution_inspection"


def css():
    c = ""
    for fam, base in (("ASans", "LiberationSans"), ("ASerif", "LiberationSerif")):
        for f, st, w in (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400)):
            c += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                  % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return c + """
@page { size: 210mm 297mm; margin: 18mm 20mm 20mm 20mm; }
body { font-family: 'ASans'; font-size: 10.2pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1d1d1d; }
h1 { font-size: 19pt; color: #5b2a86; margin: 4px 0 4px; }
h2 { font-size: 12.5pt; color: #5b2a86; margin: 14px 0 6px; border-bottom: 1px solid #5b2a86; }
h3 { font-size: 10.5pt; margin: 10px 0 4px; }
.band { background: #5b2a86; color: #fff; padding: 6px 10px; font-size: 9pt; letter-spacing: 1px; }
table { border-collapse: collapse; font-size: 9pt; margin: 6px 0 10px; width: 100%; }
td, th { border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #ece4f3; }
.para { display: flex; margin: 0 0 7px; } .para .k { width: 12mm; flex: none; font-weight: 700; }
ol.recs { border: 2px solid #5b2a86; background: #f7f3fa; padding: 8px 12px 8px 30px; }
ol.recs li { margin: 0 0 6px; }
.gp { border-left: 4px solid #2a7a5b; padding: 2px 10px; background: #eef7f2; margin: 6px 0; }
.serif { font-family: 'ASerif'; font-size: 11pt; }
.web { font-size: 8.5pt; color: #555; border-bottom: 3px solid #b5121b; padding-bottom: 4px; }
.resp h1 { color: #b5121b; font-size: 17pt; } .resp h2 { color: #b5121b; border-bottom: none; font-size: 12pt; }
.meta { font-size: 8.5pt; color: #666; }
"""


def para(k, t):
    return "<div class='para'><div class='k'>%s</div><div>%s</div></div>" % (k, t)


ADVICE = """<html><head><meta charset='utf-8'><style>%s</style></head><body>
<div class='band'>HM INSPECTORATE OF PROSECUTION STANDARDS</div>
<h1>Area inspection: Westmarch</h1>
<p>An inspection of casework quality in the Westmarch Area of the Crown Prosecution Service. Published June 2026.
Fieldwork: October to December 2025.</p>
<h2>1. Summary</h2>
""" + para("1.1", "We examined 160 finalised cases from the magistrates' courts and the Crown Court and interviewed "
           "38 staff, police officers and members of the judiciary. The Area's legal staff are committed and the "
           "quality of advocacy is good. Casework quality, however, has fallen since our last inspection in "
           "2022, chiefly in the analysis recorded at charge and in the handling of unused material.") + \
    para("1.2", "The Criminal Procedure and Investigations Act 1996 places the duty to disclose on the prosecutor; "
         "the investigator must record and retain relevant material and reveal it to the prosecutor. Those "
         "duties are not in question and are not the subject of a recommendation.") + """
<h3>Recommendations</h3>
<ol class='recs'>
<li>By September 2027, the Area should ensure that every Crown Court charging decision records a case analysis
addressing each element of the offence and the likely defence (paragraph 3.6).</li>
<li>The Area should introduce quarterly dip sampling of at least five unused material schedules per lawyer, with
the results fed back to the individual and to the police (paragraph 3.11).</li>
<li>By March 2027, the Chief Crown Prosecutor should set up a joint disclosure improvement group with the chief
officers of both police forces in the Area (paragraph 3.14).</li>
<li>The Area should end the allocation of magistrates' court files to paralegal officers for review before the
first hearing (paragraph 4.4).</li>
<li>Letters to victims explaining a decision to drop or substantially alter a charge should be sent within the
timescales of the Victims' Code in at least 90 per cent of cases by the end of 2027 (paragraph 5.3).</li>
<li>The Area should agree with the courts a protocol for listing special measures applications before the
trial date, so that vulnerable witnesses know how they will give evidence (paragraph 5.7).</li>
<li>The Chief Crown Prosecutor should introduce a structured induction and mentoring scheme for newly appointed
Crown Advocates (paragraph 6.5).</li>
</ol>
<h3>Good practice</h3>
<div class='gp'>The Area's hate crime scrutiny panel, at which community members review finalised cases with
prosecutors, is effective and should be shared with other Areas.</div>
<h2>2. Progress since the 2022 inspection</h2>
<table><tr><th style='width:8%%'>2022 no.</th><th>Recommendation made in 2022</th><th style='width:18%%'>Status</th></tr>
<tr><td>1</td><td>The Area should ensure that all hearing record sheets are completed on the day of the hearing.</td><td>Achieved</td></tr>
<tr><td>2</td><td>The Area should review its arrangements for the allocation of rape cases to specialist prosecutors.</td><td>Achieved</td></tr>
<tr><td>3</td><td>The Area should improve the timeliness of its responses to police requests for early advice.</td><td>Partially achieved</td></tr></table>
<h2>3. Charging and disclosure</h2>
""" + para("3.1", "Of the 60 Crown Court cases examined, 38 (63 per cent) met our standard for the case analysis "
           "at charge. In 2022 the figure was 74 per cent.") + """
<table><tr><th>Measure</th><th>Westmarch 2025</th><th>Westmarch 2022</th><th>All Areas 2025</th></tr>
<tr><td>Charging decision met the standard</td><td>63%%</td><td>74%%</td><td>69%%</td></tr>
<tr><td>Initial disclosure handled correctly</td><td>58%%</td><td>61%%</td><td>66%%</td></tr>
<tr><td>Victim letter sent on time</td><td>71%%</td><td>80%%</td><td>77%%</td></tr></table>
""" + para("3.4", "Too many analyses simply restated the police summary. A prosecutor should identify what each "
           "element of the offence requires and where the evidence for it is to be found; in a third of the "
           "cases this was not done.") + \
    para("3.6", "The Area told us that time pressure at the charging hub explains the decline. We accept that "
         "pressure is real, but the standard is not optional.") + \
    para("3.9", "Unused material schedules prepared by the police were endorsed by the prosecutor without "
         "challenge in 27 of 45 cases where they were deficient. Prosecutors should have returned those "
         "schedules for correction.") + \
    para("3.11", "Managers do not currently check the handling of unused material, so individual lawyers do not "
         "know whether their practice is sound.") + \
    para("3.14", "Each police force runs its own disclosure board. The Area attends one of them occasionally and "
         "the other not at all.") + """
<h2>4. Magistrates' courts casework</h2>
""" + para("4.2", "Files for the first hearing in the magistrates' courts are reviewed by paralegal officers, "
           "who prepare a note for the prosecutor. In our file sample this led to late review by a lawyer in "
           "22 of 50 cases.") + \
    para("4.4", "Several prosecutors told us that they regard the paralegal note as the review. That is not what "
         "the Code for Crown Prosecutors requires.") + """
<h2>5. Victims and witnesses</h2>
""" + para("5.1", "The Code of Practice for Victims of Crime requires the prosecution service to tell a victim "
           "of a decision to stop a case or substantially alter a charge within set timescales.") + \
    para("5.3", "Letters were on time in 71 per cent of cases and were of good quality in most; several, however, "
         "were sent to the wrong address.") + \
    para("5.7", "Applications for special measures were often decided on the morning of the trial. One witness "
         "told us: 'Someone should have told me weeks before whether I would be behind a screen.'") + """
<h2>6. People</h2>
""" + para("6.2", "The Area has recruited 14 lawyers since 2024, six of them as Crown Advocates.") + \
    para("6.5", "New Crown Advocates shadowed colleagues informally. Their managers should set objectives in "
         "the first month, which did not always happen.") + """
<p class='meta'>HM Inspectorate of Prosecution Standards, Area inspection: Westmarch, HMIPS/2026/04.</p>
</body></html>"""

RESPONSE = """<html><head><meta charset='utf-8'><style>%s</style></head><body class='resp'>
<div class='web'>Crown Prosecution Service | Westmarch | News and publications</div>
<h1>Our response to the area inspection</h1>
<p class='meta'>Statement by Daniel Okafor, Chief Crown Prosecutor, Westmarch. Published 14 August 2026.</p>
<h2>Foreword</h2>
<p class='serif'>I welcome the Inspectorate's report and I am grateful to the inspectors for the time they spent
with our teams. The report is a fair picture of an Area that has grown quickly. I am proud that it recognises the
quality of our advocacy and our hate crime scrutiny panel, and I accept that our casework has to improve.</p>
<h2>First hearings in the magistrates' courts</h2>
<p class='serif'>We have looked again at the role of our paralegal officers in preparing first hearing files. The
model was introduced to free lawyer time, and it works when the lawyer reads the file as well as the note. We will
not be withdrawing paralegal officers from this work. Instead, every lawyer will be reminded that the note is an
aid and not a review, and team leaders will check this monthly.</p>
<h2>Decisions at charge</h2>
<p class='serif'>From October 2026 every Crown Court charging decision will be recorded on a new template with a
heading for each element of the offence and one for the likely defence. The template has been piloted at the
charging hub since June, and a short refresher course will be delivered to all charging lawyers.</p>
<h2>Victims and witnesses</h2>
<p class='serif'>We share the inspectors' concern for victims. A dedicated victim liaison team of four was set up
in May and now sends every letter explaining a decision; we have set ourselves the target of 90 per cent on time
by the end of 2027 and will report progress quarterly. Arrangements for listing special measures applications are
for the judiciary and HM Courts and Tribunals Service to decide. I have raised the point at the Westmarch Criminal
Justice Board and will consider any proposal it brings forward.</p>
<h2>Working with the police on disclosure</h2>
<p class='serif'>A joint disclosure improvement group, chaired by my deputy and attended by the chief officers
responsible for criminal justice in both forces, held its first meeting on 2 July 2026. It will meet every two
months.</p>
<h2>Checking our own work</h2>
<p class='serif'>Managers will dip sample unused material schedules each quarter. Given the size of our teams we
will examine three schedules per lawyer rather than the five suggested, and the results will be shared with the
lawyer concerned. We will keep under review whether the results should also be shared with the police.</p>
<h2>Our performance since the fieldwork</h2>
<p class='serif'>The inspection looked at cases finalised in 2025. In the first half of 2026 our conviction rate in
the Crown Court rose to 84.6 per cent and the number of cases awaiting trial fell by a tenth.</p>
<h2>Next steps</h2>
<p class='serif'>An improvement plan will be published on this page by the end of September, and progress will be
reported to the Area's Local Criminal Justice Board twice a year.</p>
</body></html>"""

RECS = [
    (1, "By September 2027, the Area should ensure that every Crown Court",
     "will be recorded on a new template with a heading", "agrees"),
    (2, "The Area should introduce quarterly dip sampling of at least five",
     "three schedules per lawyer rather than the five suggested", "partly"),
    (3, "By March 2027, the Chief Crown Prosecutor should set up a",
     "held its first meeting on 2 July 2026", "agrees"),
    (4, "The Area should end the allocation of magistrates' court files to",
     "We will not be withdrawing paralegal officers from this work", "disagrees"),
    (5, "Letters to victims explaining a decision to drop or substantially alter",
     "A dedicated victim liaison team of four was set up", "agrees"),
    (6, "The Area should agree with the courts a protocol for listing",
     "will consider any proposal it brings forward", "noted"),
    (7, "The Chief Crown Prosecutor should introduce a structured induction and mentoring", None, "unanswered"),
]

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="b77en_chr_")
    try:
        for part, html in (("advice", ADVICE % css()), ("response", RESPONSE % css())):
            src = os.path.join(tmp, part + ".html")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(html)
            H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sans = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="HMIPS  |  Area inspection: Westmarch  |  {n}", fontfile=sans)
    H.stamp(H.out(NAME + "_response.pdf"), footer="cps.example/westmarch/inspection-response   {n}/{N}",
            fontfile=sans)
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["I welcome the Inspectorate's report and I am grateful",
                      "our conviction rate in the Crown Court rose to 84.6 per cent",
                      "An improvement plan will be published on this page"],
                     "Advice: a prosecution inspectorate's area inspection report. The seven recommendations are a "
                     "numbered list 1.-7. in a framed box under 'Recommendations' in the Summary, opening 'By "
                     "<date>, the Area should', 'The Area should', 'The Chief Crown Prosecutor should' or (5) "
                     "'Letters to victims ... should be sent', each ending in a '(paragraph N.N)' cross-reference "
                     "to the chapters. Traps: numbered paragraphs 1.1-6.5 in a number column; 1.2 on the CPIA "
                     "duties ('not the subject of a recommendation'); a 'Good practice' box ('should be shared "
                     "with other Areas'); the 2022 recommendations in a table (1-3, 'The Area should ...') with "
                     "their status; a casework table with per cents; findings 'A prosecutor should identify', "
                     "'Prosecutors should have returned', 'Their managers should set objectives'; the Victims' "
                     "Code 'requires'; a witness quoted ('Someone should have told me'). Response: the Chief Crown "
                     "Prosecutor's published statement (web page), themed headings with no numbers or quotes, "
                     "order 4, 1, 5+6, 3, 2: 'We will not be withdrawing paralegal officers' (4 disagrees); new "
                     "charging template (1 agrees); ONE section 'Victims and witnesses' = victim liaison team and "
                     "the 90 per cent target (5 agrees) + listing is for the judiciary, raised at the Criminal "
                     "Justice Board (6 noted); joint group met (3 agrees); three schedules per lawyer rather than "
                     "five, sharing with police only kept under review (2 partly); 7 (induction for Crown "
                     "Advocates) is not answered. Unmatched: the foreword, 'Our performance since the fieldwork', "
                     "'Next steps'.")
    sys.exit(H.main([NAME]))
