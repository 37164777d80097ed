"""Round 79 (EN): a PORT MARINE SAFETY CODE DESIGNATED PERSON'S AUDIT REPORT (genre: the annual independent audit a
harbour authority's Designated Person writes for the duty holder, the harbour board, under the Port Marine Safety
Code: a document-control table, the duty holder and the DP's role, the previous audit's recommendations in a status
table, findings by element of the Code, each finding graded and followed where needed by a CODED recommendation
'DP26-N' in bold or by a CODED observation 'OBS26-N' that is only advice, then an overall opinion on compliance)
answered by the HARBOUR MASTER'S PAPER TO THE BOARD (a board cover paper: agenda item, purpose, decision sought,
the management response by subject in another order, without the codes except where it quotes one, other marine
safety business, the decision sought).
Advice: Designated Person's audit of the Carrick Haven Harbour Commissioners (invented), 3 p.
Response: Harbour Master's paper to the Board of Commissioners, item 7, 2 p.; order DP26-7, DP26-3, DP26-1 and
DP26-6 (one paragraph), DP26-4, DP26-2; DP26-5 is not answered.
LibreOffice Writer headless from HTML (Liberation Sans/Serif); footers stamped with PyMuPDF. The Port Marine Safety
Code, the Harbours Act 1964 and the Pilotage Act 1987 are real (what is said of them here is not to be relied on);
the port, the board, the people, the vessels and all figures are invented.

Run:  /tmp/blind79en/bin/python tests/docs/src/blind79/gen_en_port_marine_safety_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b79en as H

NAME = "blind79_en_port_marine_safety"
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 1.8cm 2cm 2.2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin: 0 0 0.2cm 0; line-height: 125%; }
h1 { font-size: 16pt; color: #0a2f5c; margin: 0 0 0.1cm 0; }
h2 { font-size: 11.5pt; color: #0a2f5c; border-bottom: 1px solid #0a2f5c; margin: 0.35cm 0 0.15cm 0; }
h3 { font-size: 10pt; font-style: italic; margin: 0.2cm 0 0.1cm 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #6a7a8a; padding: 0.05cm 0.12cm; font-size: 9pt; vertical-align: top; text-align: left; }
th { background: #d9e3ef; }
p.rec { margin-left: 0.6cm; }
p.obs { margin-left: 0.6cm; color: #333333; }
p.g { font-size: 9pt; color: #0a2f5c; }
.serif p, .serif { font-family: 'Liberation Serif'; font-size: 11pt; }
</style>"""


def page(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + body + "</body></html>"


ADVICE = page("""
<p style='font-size:9pt;color:#555'>CARRICK HAVEN HARBOUR COMMISSIONERS | PORT MARINE SAFETY CODE</p>
<h1>Designated Person's Audit Report 2026</h1>
<table style='width:100%'>
<tr><th style='width:30%'>Duty holder</th><td>The Board of Carrick Haven Harbour Commissioners</td></tr>
<tr><th>Designated Person</th><td>Captain Ruth Aldington MNI, Tamarisk Marine Assurance Ltd</td></tr>
<tr><th>Audit period</th><td>1 April 2025 to 31 March 2026</td></tr>
<tr><th>Site visits</th><td>12-14 May 2026 (including a night pilotage transit)</td></tr>
<tr><th>Report reference</th><td>TMA/CH/2026/01, issue 1.0, 2 June 2026</td></tr>
</table>
<h2>1. Introduction</h2>
<p>The Port Marine Safety Code applies to all statutory harbour authorities. It requires the duty holder to
appoint a Designated Person with direct access to the Board, to base its marine safety management system on a formal
risk assessment, and to publish a statement of compliance at least every three years. As a competent harbour
authority under the Pilotage Act 1987, Carrick Haven must also keep the need for pilotage under review. These are
obligations of the Board and are not repeated as recommendations below.</p>
<p>This report gives my independent opinion on whether the marine safety management system (MSMS) is working in
practice. Findings are graded <b>C</b> (compliant), <b>PC</b> (partly compliant) or <b>NC</b> (not compliant).
Recommendations carry a code DP26-n and call for action by the duty holder; observations, coded OBS26-n, are
offered as good practice and need no formal response.</p>
<h2>2. Recommendations from the 2025 audit</h2>
<table style='width:100%'>
<tr><th style='width:14%'>Code</th><th>Recommendation made in 2025</th><th style='width:18%'>Status</th></tr>
<tr><td>DP25-2</td><td>"The hydrographic survey of the approach channel should be repeated at least every two
years."</td><td>Closed</td></tr>
<tr><td>DP25-4</td><td>"The oil spill contingency plan should be resubmitted for approval."</td><td>Closed</td></tr>
<tr><td>DP25-5</td><td>"Launch crews should receive refresher training in man-overboard recovery."</td><td>Open: see
section 3.6</td></tr>
</table>
<h2>3. Findings by element of the Code</h2>
<h3>3.1 Duty holder and accountability (PC)</h3>
<p>The Board is well informed on finance and commercial matters, but marine safety reached the Board agenda only
twice in the year, and the Board minutes record no discussion of the two near misses at the Fish Quay.</p>
<p class='rec'><b>DP26-1</b>  The Board should receive a written marine safety report from the Harbour Master at
every ordinary meeting, covering incidents, near misses and progress on open actions.</p>
<h3>3.2 Risk assessment (PC)</h3>
<p>The navigational risk assessment was last reviewed in full in 2021. Since then the ro-ro ferry service has
moved to larger vessels of 142 metres, and berthing at Quay 3 in strong south-westerly winds is now a regular
operation. The hazard log has been updated for some hazards but not for these.</p>
<p class='rec'><b>DP26-2</b>  The navigational risk assessment should be reviewed in full, with the ferry operator
and the pilots, to reflect the larger ro-ro vessels and the wind limits for berthing at Quay 3.</p>
<p class='obs'><b>OBS26-1</b>  The Harbour Master may wish to consider a simulator study of the Quay 3 swing.</p>
<h3>3.3 Pilotage (PC)</h3>
<p>Pilotage is compulsory for vessels of 110 metres length overall and above. Three of the five near misses in the
year involved vessels between 80 and 110 metres navigating without a pilot. The pilotage directions should, in my
view, have been reviewed after the first of these. Pilot boarding arrangements were observed and found safe.</p>
<p class='rec'><b>DP26-3</b>  The pilotage directions should be revised to make pilotage compulsory for all vessels
of 80 metres length overall and above, after consultation with harbour users.</p>
<h3>3.4 Aids to navigation (C)</h3>
<p>Availability of the port's aids to navigation exceeded the required standard. However, failures of the Mudbank
Spit light buoy are discovered only when a vessel reports them, in one case after nine hours.</p>
<p class='rec'><b>DP26-4</b>  The Mudbank Spit light buoy should be fitted with remote monitoring so that a failure
raises an alarm in the harbour office.</p>
<h3>3.5 Emergency preparedness (PC)</h3>
<p>The emergency plan is sound, but the last exercise of the oil spill contingency plan at Tier 2 took place in
2022.</p>
<p class='rec'><b>DP26-5</b>  A Tier 2 oil spill exercise involving the county council and the salvage contractor
should be held within the next twelve months.</p>
<h3>3.6 Conservancy and training (PC)</h3>
<p>Maintenance dredging of the inner channel has fallen behind the programme, and the declared depth of 5.2 metres
was not available for eleven weeks. Users were told by radio, but no Notice to Mariners was issued.</p>
<p class='rec'><b>DP26-6</b>  Any shortfall against the declared depth of the inner channel should be published
promptly in a Local Notice to Mariners and on the port's website.</p>
<p>Launch crew training is delivered, but records are kept in three places and DP25-5 remains open.</p>
<p class='rec'><b>DP26-7</b>  The training and competence records of launch crews and pilots should be brought
together in a single training matrix, reviewed quarterly by the Deputy Harbour Master.</p>
<p class='obs'><b>OBS26-2</b>  Crews should be encouraged to log all man-overboard drills, including informal ones.</p>
<h2>4. Overall opinion</h2>
<p>In my opinion the Carrick Haven Harbour Commissioners are substantially compliant with the Port Marine Safety
Code. Of the seven recommendations, DP26-2 and DP26-3 are high priority. I will review progress at my interim visit
in November 2026.</p>
<p>Captain Ruth Aldington MNI, Designated Person</p>
""")

RESPONSE = page("""<div class='serif'>
<p style='font-family:Liberation Sans;font-size:13pt;color:#0a2f5c'><b>CARRICK HAVEN HARBOUR COMMISSIONERS</b></p>
<table style='width:100%'>
<tr><th style='width:30%'>Meeting</th><td>Board of Commissioners, 30 June 2026</td></tr>
<tr><th>Agenda item</th><td>7: Designated Person's Audit Report 2026 - management response</td></tr>
<tr><th>Report of</th><td>Captain Owen Prideaux, Harbour Master</td></tr>
<tr><th>Status</th><td>For decision</td></tr>
</table>
<p><b>1. Purpose</b></p>
<p>This paper sets out the executive's response to the Designated Person's audit report of 2 June 2026 and asks the
Board to agree the actions and timescales proposed. It has been discussed with the Chief Executive and with the
Marine Safety Committee on 19 June.</p>
<p><b>2. Management response</b></p>
<p><i>Training records.</i> The Deputy Harbour Master has already merged the three sets of records into one
competence matrix, which will be reviewed every quarter; the open item from last year's audit will be closed at the
interim visit.</p>
<p><i>Pilotage.</i> We agree that the near misses call for a change, but consulting harbour users has shown strong
objections from the fishing fleet to a threshold of 80 metres. I therefore propose to lower the threshold for
compulsory pilotage to 95 metres from 1 January 2027 and to review the effect after a year.</p>
<p><i>Reporting to the Board and channel depths.</i> A marine safety report will be a standing item at every
ordinary meeting from September, starting with the near misses at the Fish Quay. On dredging, the Board is aware
that the contract is being re-tendered; the Designated Person's point about notices has been noted and will be
considered once the new dredging contract is in place.</p>
<p><i>Mudbank Spit.</i> The buoy is a solar-powered type whose failures have been few. A monitoring unit would cost
about 18,000 pounds with annual data charges, and I do not recommend this expenditure; the buoy will instead be
checked on every routine launch patrol.</p>
<p><i>Risk assessment.</i> A full review of the navigational risk assessment will start in August with the ferry
operator and the pilots, covering the larger ro-ro vessels and the wind limits at Quay 3, and will be brought to the
Board in December.</p>
<p><b>3. Other marine safety matters</b></p>
<p>There were two reportable incidents in the quarter: a yacht grounding on the Western Bar and a minor collision
between a fishing vessel and a moored pontoon. Neither caused injury, and both have been investigated.</p>
<p><b>4. Decision sought</b></p>
<p>The Board is asked to agree the management response and the timescales above, and to invite the Designated Person
to its November meeting.</p>
<p>Captain Owen Prideaux, Harbour Master, 23 June 2026</p>
</div>""")


def make(html, which):
    tmp = tempfile.mkdtemp(prefix="b79en_lo_")
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
    ("DP26-1", "The Board should receive a written marine safety report from the",
     "will be a standing item at every ordinary meeting", "agrees"),
    ("DP26-2", "The navigational risk assessment should be reviewed in full, with the",
     "will start in August with the ferry operator", "agrees"),
    ("DP26-3", "The pilotage directions should be revised to make pilotage compulsory for",
     "lower the threshold for compulsory pilotage to 95 metres", "partly"),
    ("DP26-4", "The Mudbank Spit light buoy should be fitted with remote monitoring",
     "I do not recommend this expenditure", "disagrees"),
    ("DP26-5", "A Tier 2 oil spill exercise involving the county council and", None, "unanswered"),
    ("DP26-6", "Any shortfall against the declared depth of the inner channel should",
     "will be considered once the new dredging contract is in place", "noted"),
    ("DP26-7", "The training and competence records of launch crews and pilots should",
     "merged the three sets of records into one competence matrix", "agrees"),
]

if __name__ == "__main__":
    a = make(ADVICE, "advice")
    r = make(RESPONSE, "response")
    H.stamp(a, footer="TMA/CH/2026/01  -  Designated Person's Audit Report 2026  -  page {n} of {N}")
    H.stamp(r, footer="Board of Commissioners 30.06.2026 - item 7 - {n}")
    H.write_expected(NAME, [{"number": a_, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a_, b, c, d in RECS],
                     ["It has been discussed with the Chief Executive",
                      "a yacht grounding on the Western Bar",
                      "to invite the Designated Person to its November meeting"],
                     "Advice: a Designated Person's annual audit under the Port Marine Safety Code for a trust "
                     "port's board (duty holder): document-control table, findings by element of the Code graded C / "
                     "PC / NC, each followed where needed by a bold CODED recommendation 'DP26-1'-'DP26-7' (the "
                     "codes are the numbers) or by a coded OBSERVATION 'OBS26-1'/'OBS26-2' that is only advice "
                     "('may wish to consider', 'Crews should be encouraged to'). Traps: section 1 what the Code "
                     "'requires' and the port 'must' do, 'not repeated as recommendations'; the 2025 "
                     "recommendations DP25-2/4/5 quoted in a status table ('should be repeated', 'should be "
                     "resubmitted'); 'should, in my view, have been reviewed'; section 4 'DP26-2 and DP26-3 are high "
                     "priority'. Response: the Harbour Master's BOARD PAPER (agenda item 7, for decision) with "
                     "italic run-in subjects and NO codes, order DP26-7, DP26-3, DP26-1+DP26-6, DP26-4, DP26-2: one "
                     "competence matrix (7 agrees); compulsory pilotage from 95 m instead of 80 m (3 partly); ONE "
                     "paragraph 'Reporting to the Board and channel depths' = marine safety report a standing item "
                     "(1 agrees) + notices 'noted and will be considered once the new dredging contract is in "
                     "place' (6 noted); 'I do not recommend this expenditure' on the buoy monitor (4 disagrees); "
                     "full NRA review from August (2 agrees); DP26-5 (Tier 2 oil spill exercise) is not answered. "
                     "Unmatched: '1. Purpose', '3. Other marine safety matters', '4. Decision sought'.")
    sys.exit(H.main([NAME]))
