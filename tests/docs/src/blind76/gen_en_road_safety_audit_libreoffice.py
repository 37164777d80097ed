"""Round 76 (EN): a STAGE 2 ROAD SAFETY AUDIT REPORT (genre: an independent audit team's report to a highway
authority under the DMRB standard GG 119: scheme details, audit team, documents examined, items carried over from
the Stage 1 audit, then numbered problems 3.1 ... 3.7 each with 'Location', 'Summary', a description and a
'RECOMMENDATION' paragraph, then observations outside the audit's scope and the audit team statement) answered by
the DESIGN TEAM'S ROAD SAFETY AUDIT RESPONSE REPORT (one ruled table, rows by construction phase, columns 'RSA
problem' / 'Problem accepted?' / 'Recommended measure accepted?' / 'Design team response' / 'Overseeing
organisation comment', then the items outside the audit's scope and the sign-off).
Advice: Kestle Road Safety Consultancy for Carnshire County Council, 'A4087 Tollbridge Road / Mill Lane junction
improvement, Carnford: Stage 2 Road Safety Audit', report KRS-2611, A4, 2 p.
Response: Carnshire County Council Highways Design, 'Road Safety Audit Response Report', A4, 2 p.; rows 3.4, 3.1,
3.2 and 3.6 (one row), 3.7, 3.3; 3.5 is not answered.
LibreOffice Writer headless from HTML, Liberation Sans; footers stamped with PyMuPDF. GG 119 is a real standard
(what is said of it here is not to be relied on); the council, the consultancy, the places, people and figures are
invented.

Run:  /tmp/blind76en/bin/python tests/docs/src/blind76/gen_en_road_safety_audit_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b76en as H

NAME = "blind76_en_road_safety_audit"
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 1.8cm 2cm 2.2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin: 0 0 0.2cm 0; line-height: 130%; }
p.n { margin-left: 1.1cm; text-indent: -1.1cm; }
p.ind { margin-left: 1.1cm; }
p.lab { margin-left: 1.1cm; font-weight: bold; margin-bottom: 0.05cm; }
h1 { font-size: 15pt; color: #7a1f1f; margin: 0 0 0.15cm 0; }
h2 { font-size: 11pt; color: #7a1f1f; margin: 0.35cm 0 0.15cm 0; text-transform: uppercase; }
h3 { font-size: 10pt; margin: 0.3cm 0 0.1cm 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 0.08cm 0.12cm; font-size: 9pt; vertical-align: top; text-align: left; }
th { background: #e6dcdc; }
</style>"""


def page(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + body + "</body></html>"


def n(k, t):
    return "<p class='n'>%s\t%s</p>" % (k, t)


def problem(num, loc, summ, desc, rec):
    return ("<h3>%s  PROBLEM</h3>" % num).replace("&nbsp;", " ") + \
        "<p class='ind'><b>Location:</b> %s</p><p class='ind'><b>Summary:</b> %s</p><p class='ind'>%s</p>" \
        "<p class='lab'>RECOMMENDATION</p><p class='ind'>%s</p>" % (loc, summ, desc, rec)


ADVICE = page("""
<p style='font-size:9pt;color:#555'>KESTLE ROAD SAFETY CONSULTANCY | Report KRS-2611 | Issue 1, 20 January 2026</p>
<h1>A4087 Tollbridge Road / Mill Lane junction improvement, Carnford</h1>
<p style='font-size:12pt'>Stage 2 Road Safety Audit (detailed design)</p>
<table style='width:100%'>
<tr><th style='width:32%'>Client / Overseeing Organisation</th><td>Carnshire County Council, Highways Infrastructure</td></tr>
<tr><th>Design Organisation</th><td>Carnshire County Council, Highways Design</td></tr>
<tr><th>Audit Team Leader</th><td>R. Pendarves, MSoRSA</td></tr>
<tr><th>Audit Team Member</th><td>J. Treloar</td></tr>
<tr><th>Site visit</th><td>13 January 2026, 08:10 to 09:30 and 16:40 to 17:45 (dry, dark after 16:55)</td></tr>
</table>
<h2>1 Introduction</h2>
""" + n("1.1", "This report describes a Stage 2 Road Safety Audit carried out on the detailed design of the "
        "proposed signal-controlled junction at Tollbridge Road and Mill Lane, Carnford. The audit was carried out "
        "in accordance with the DMRB standard GG 119, Road safety audit.") +
    n("1.2", "The audit has been carried out solely with a view to identifying road safety problems. The audit "
      "team has not checked the design for compliance with standards, and nothing in this report should be read "
      "as an approval of departures from standard.") +
    n("1.3", "Under GG 119 the Design Organisation must prepare a Road Safety Audit Response Report stating, for "
      "each problem raised, whether the problem and the recommended measure are accepted, and the Overseeing "
      "Organisation must agree that response.") +
    n("1.4", "Documents examined: drawings CCC-HD-4087-101 to 118 (revision C), the signal staging plan, the "
      "collision record for the five years to September 2025 and the traffic counts of May 2025.") +
    """<h2>2 Items raised at the Stage 1 audit</h2>""" +
    n("2.1", "The Stage 1 audit (report KRS-2433, March 2025) stated at its problem 1.3 that \"the toucan crossing "
      "should be moved north of the bus stop so that pedestrians do not step out in front of a stationary "
      "bus\". The crossing has been moved in the detailed design and the audit team raises no further issue.") +
    n("2.2", "The collision record shows 9 personal injury collisions in five years, 4 of them involving "
      "right-turning vehicles from Tollbridge Road into Mill Lane and 2 involving cyclists.") +
    """<h2>3 Items raised at this Stage 2 audit</h2>""" +
    problem("3.1", "A - Tollbridge Road northbound approach.",
            "Rear-end collisions behind right-turning vehicles.",
            "The design provides a right-turn pocket of only 12 m, space for two cars. Queues observed at the site "
            "visit reached six vehicles, and drivers following at speed may not expect a stationary queue in the "
            "running lane.",
            "It is recommended that the right-turn lane is lengthened to at least 30 m, with advance lane "
            "markings.") +
    problem("3.2", "B - Mill Lane exit, west side.",
            "Pedestrians hidden from emerging drivers by the new boundary wall.",
            "The 1.1 m boundary wall proposed for the Mill House frontage obstructs the visibility splay to the "
            "left for drivers waiting at the stop line.",
            "The boundary wall should be lowered to no more than 0.6 m within the visibility splay, or set back "
            "behind it.") +
    problem("3.3", "C - Toucan crossing, north arm.",
            "Cyclists entering the carriageway at speed from the shared path.",
            "The shared-use path meets the crossing on a downhill gradient with no change of direction. Cyclists "
            "will arrive at the crossing faster than the signal timings assume.",
            "It is recommended that a staggered barrier or a bend is introduced on the shared path at least 5 m "
            "before the crossing.") +
    problem("3.4", "D - Mill Lane, eastern footway.",
            "Pedestrians walking in the carriageway.",
            "The eastern footway narrows to 0.9 m at the pinch point by No. 4 Mill Lane. Parents with buggies were "
            "seen stepping into the road on the site visit.",
            "Widen the eastern footway to a minimum of 1.8 m by narrowing the carriageway at the pinch point.") +
    problem("3.5", "E - Junction, all arms.",
            "Loss of control on the new surfacing.",
            "The specification gives a standard surface course on the approaches, where most of the collisions "
            "recorded involved braking.",
            "It is recommended that high friction surfacing is laid on the final 50 m of each approach.") +
    problem("3.6", "B - Mill Lane exit, east side.",
            "Signal head obscured by the relocated bus shelter.",
            "The primary signal head on the Mill Lane exit would be hidden behind the advertising panel of the "
            "bus shelter for drivers in the nearside lane.",
            "Relocate the primary signal head 2 m to the north, clear of the bus shelter, or fit a shelter "
            "without an end panel.") +
    problem("3.7", "F - Bus stop, Tollbridge Road southbound.",
            "Overtaking of buses across the hatched area.",
            "Buses stopping in the carriageway will be overtaken by drivers using the central hatching, close to "
            "the crossing.",
            "It is recommended that the bus stop is moved into a lay-by or that its timetable is altered so that "
            "buses do not wait at the stop.") + """
<h2>4 Observations</h2>""" +
    n("4.1", "The street lighting design was not available to the audit team. Lighting should be examined at the "
      "Stage 3 audit; this is not a problem raised at this stage.") +
    n("4.2", "Residents spoken to at the site visit said that the council should never have allowed the "
      "Mill House development. The audit team notes this view but it is not a road safety matter.") + """
<h2>5 Audit team statement</h2>
<p>We certify that we have examined the drawings and documents listed in paragraph 1.4 and visited the site.
The audit has been carried out with the sole purpose of identifying features of the design that could be removed
or modified to improve the safety of the scheme. The problems identified are noted in this report together with
associated recommendations for safety improvements that we would recommend should be studied for implementation.</p>
<p>R. Pendarves, Audit Team Leader    J. Treloar, Audit Team Member</p>
""")


def row(ref, acc, meas, resp, oo):
    return "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (ref, acc, meas, resp, oo)


RESPONSE = page("""
<p style='font-size:9pt;color:#555'>CARNSHIRE COUNTY COUNCIL | Highways Design</p>
<h1>Road Safety Audit Response Report</h1>
<p style='font-size:11pt'>A4087 Tollbridge Road / Mill Lane junction improvement, Carnford - Stage 2 (audit
report KRS-2611, Issue 1)</p>
<h2>1 Introduction</h2>
<p>This response report has been prepared by the Design Organisation following receipt of the Stage 2 audit on
22 January 2026. The responses were agreed at a meeting with the Overseeing Organisation on 9 February 2026.
Items are listed in the order of the construction phases in the contract programme, not in the order of the audit
report.</p>
<h2>2 Responses to the problems raised</h2>
<table>
<tr><th style='width:9%'>RSA problem</th><th style='width:10%'>Problem accepted?</th><th style='width:12%'>Recommended
measure accepted?</th><th style='width:45%'>Design team response</th><th style='width:24%'>Overseeing organisation
comment</th></tr>
<tr><td colspan='5'><b>Phase 1: Mill Lane (March to May 2026)</b></td></tr>
""" + row("3.4", "No", "No",
          "The pinch point by No. 4 Mill Lane carries under 40 pedestrians an hour and the carriageway cannot be "
          "narrowed without blocking refuse lorries. The footway will remain at its present width; a "
          "pedestrian warning sign is not proposed.",
          "Agreed. Exception report EX-01 refers.") +
    row("3.2 and 3.6", "Yes (3.2); Yes (3.6)", "No (3.2); Yes (3.6)",
        "3.2: the wall belongs to the Mill House developer and cannot be lowered; instead the stop line will be "
        "moved forward 1.5 m so that the wall no longer obstructs the splay. 3.6: the primary signal head will be "
        "relocated 2 m north as recommended (drawing 107 rev D).",
        "Agreed. Alternative measure for 3.2 accepted.") + """
<tr><td colspan='5'><b>Phase 2: Tollbridge Road (June to September 2026)</b></td></tr>
""" + row("3.7", "Yes", "No",
          "A lay-by cannot be fitted within the highway boundary. The bus timetable is set by Carnline Buses, "
          "so the request to change waiting times has been passed to the bus operator for its consideration.",
          "Noted. Outside the scheme's control.") +
    row("3.1", "Yes", "Yes",
        "The right-turn lane will be lengthened to 32 m with advance arrow markings (drawing 103 rev D).",
        "Agreed.") + """
<tr><td colspan='5'><b>Phase 3: Toucan crossing and shared path (October 2026)</b></td></tr>
""" + row("3.3", "Yes", "Yes",
          "A bend with a 6 m radius will be built into the shared path 8 m before the crossing.",
          "Agreed.") + """
</table>
<h2>3 Items outside the scope of this audit</h2>
<p>The street lighting design will be issued to the audit team before the Stage 3 audit and is not covered by
this report. The drainage outfall to the Carn Brook is subject to a separate consent from the Environment
Agency.</p>
<h2>4 Sign-off</h2>
<p>On behalf of the Design Organisation I certify that the responses above have been prepared in accordance with
GG 119. Signed: M. Kellow, Design Team Leader, 10 February 2026.</p>
<p>On behalf of the Overseeing Organisation I confirm that the responses have been agreed. Signed: S. Jago,
Highways Infrastructure Manager, 12 February 2026.</p>
""")


def make(html, which):
    tmp = tempfile.mkdtemp(prefix="b76en_lo_")
    try:
        p = os.path.join(tmp, NAME + "_" + which + ".html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(p, tmp)
        dst = H.out(NAME + "_" + which + ".pdf")
        shutil.move(os.path.join(tmp, NAME + "_" + which + ".pdf"), dst)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dst


RECS = [
    ("3.1", "It is recommended that the right-turn lane is lengthened to at",
     "The right-turn lane will be lengthened to 32 m", "agrees"),
    ("3.2", "The boundary wall should be lowered to no more than",
     "the stop line will be moved forward 1.5 m", "partly"),
    ("3.3", "It is recommended that a staggered barrier or a bend",
     "A bend with a 6 m radius will be built", "agrees"),
    ("3.4", "Widen the eastern footway to a minimum of 1.8 m",
     "The footway will remain at its present width", "disagrees"),
    ("3.5", "It is recommended that high friction surfacing is laid on", None, "unanswered"),
    ("3.6", "Relocate the primary signal head 2 m to the north",
     "the primary signal head will be relocated 2 m north as recommended", "agrees"),
    ("3.7", "It is recommended that the bus stop is moved into a",
     "has been passed to the bus operator for its consideration", "noted"),
]

if __name__ == "__main__":
    a = make(ADVICE, "advice")
    r = make(RESPONSE, "response")
    H.stamp(a, footer="KRS-2611 Stage 2 Road Safety Audit  -  page {n} of {N}")
    H.stamp(r, footer="RSA Response Report  -  {n}")
    H.write_expected(NAME, [{"number": a_, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a_, b, c, d in RECS],
                     ["This response report has been prepared by the Design Organisation",
                      "The street lighting design will be issued to the audit team",
                      "I certify that the responses above have been prepared"],
                     "Advice: a Stage 2 road safety audit report under GG 119 (details table, numbered "
                     "paragraphs 1.1-2.2, 4.1-4.2). The seven recommendations are the 'RECOMMENDATION' paragraphs "
                     "under numbered problems 3.1-3.7 (each with 'Location:' and 'Summary:' lines and a "
                     "description), numbered by their problem. Traps: 1.2 'nothing in this report should be "
                     "read as an approval'; GG 119's duty ('the Design Organisation must prepare a ... Response "
                     "Report'); the Stage 1 audit quoted ('the toucan crossing should be moved north of the bus "
                     "stop'), already done; the collision record; observations 4.1 (lighting 'should be examined "
                     "at the Stage 3 audit') and 4.2 (residents' 'the council should never have allowed'); the "
                     "audit team statement ('recommendations ... that we would recommend should be studied'). "
                     "Response: a response report with ONE ruled table, rows by construction phase: 3.4, 3.2 and "
                     "3.6 (one row, 'Yes (3.2); Yes (3.6)' / 'No (3.2); Yes (3.6)'), 3.7, 3.1, 3.3; columns "
                     "'Problem accepted?' / 'Recommended measure accepted?': No/No footway stays (3.4 disagrees); "
                     "alternative measure for the wall (3.2 partly); signal head relocated (3.6 agrees); bus "
                     "timetable passed to the operator (3.7 noted); right-turn lane 32 m (3.1 agrees); bend in "
                     "the path (3.3 agrees); 3.5 (high friction surfacing) is not answered. Unmatched: the "
                     "introduction, 'Items outside the scope of this audit', the sign-off.")
    sys.exit(H.main([NAME]))
