"""Round 80 (EN): a COASTAL PUBLIC SAFETY RISK ASSESSMENT (genre: the beach and coastal risk assessments that a
national water safety charity carries out for a council that owns beaches: scope and method, legal context, a
'site at a glance' sidebar, hazards with risk ratings, progress since the last assessment, and the recommended
control measures ONLY in a ruled table 'No. | Location | Recommended control measure | Priority | Indicative cost')
answered by a council's RECORD OF EXECUTIVE DECISION by a Cabinet Member (decision notice: background, numbered
decisions '(1)'-'(4)', reasons, alternative options considered and rejected, consultation, call-in).
Advice: National Water Safety Society, 'Coastal Public Safety Risk Assessment: Kerrow Bay and Polwenna Sands', for
Penhallow District Council, 3 p.
Response: Penhallow District Council, 'Record of Executive Decision EXD/2026/117', 2 p.; order 2, 1 and 6 (one
decision), 7, 5, 4 (among the rejected options); 3 is not answered.
Chromium headless --print-to-pdf (A4, cleaned DejaVu Sans/Serif via @font-face, ligatures off, fresh
--user-data-dir); running header and page numbers stamped with PyMuPDF. The Health and Safety at Work etc. Act 1974,
the Occupiers' Liability Act 1957 and BS EN ISO 20712-3 are real (what is said of them here is not to be relied
on); the Society, the council, the beaches, people, incidents and figures are invented.

Run:  /tmp/blind80en/bin/python tests/docs/src/blind80/gen_en_beach_safety_chromium.py   (needs chromium)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b80en as H

NAME = "blind80_en_beach_safety"


def css():
    faces = ""
    for fam, files in (("Body", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")),
                       ("Head", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"))):
        for f, w, s in zip(files, ("normal", "bold", "normal"), ("normal", "normal", "italic")):
            faces += ("@font-face { font-family: '%s'; src: url('file://%s'); font-weight: %s; font-style: %s; }\n"
                      % (fam, H.clean_font(f), w, s))
    return faces + """
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
* { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
body { font-family: 'Body'; font-size: 9.6pt; line-height: 1.38; color: #111; }
h1 { font-family: 'Head'; font-size: 17pt; color: #0b4f71; margin: 0 0 2mm 0; }
h2 { font-family: 'Head'; font-size: 11pt; color: #0b4f71; margin: 4mm 0 1.5mm 0; border-bottom: 0.6pt solid #0b4f71;
     break-after: avoid; page-break-after: avoid; }
h3 { font-family: 'Head'; font-size: 10pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 2mm 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; }
th, td { font-family: 'Head'; font-size: 8.4pt; border: 0.5pt solid #777; padding: 1.3mm 1.6mm; vertical-align: top;
         text-align: left; }
th { background: #dcebf2; }
.band { background: #0b4f71; color: white; padding: 4mm 5mm; margin-bottom: 4mm; font-family: 'Head'; }
.band h1 { color: white; }
.side { float: right; width: 58mm; margin: 0 0 3mm 5mm; padding: 3mm; background: #eef5f8;
        border-left: 2pt solid #0b4f71; font-family: 'Head'; font-size: 8.2pt; }
.side p { text-align: left; margin-bottom: 1.2mm; }
.meta td { border: none; padding: 0.6mm 1mm; font-size: 9pt; }
.small { font-family: 'Head'; font-size: 8.2pt; color: #333; }
"""


ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Coastal Public Safety Risk Assessment</title>
<style>%s</style></head><body>
<div class="band"><div style="font-size:9pt">NATIONAL WATER SAFETY SOCIETY &middot; Coastal Safety Services</div>
<h1>Coastal Public Safety Risk Assessment</h1>
<div style="font-size:11pt">Kerrow Bay and Polwenna Sands &ndash; prepared for Penhallow District Council</div></div>
<div class="side"><p><b>Site at a glance</b></p>
<p>Beach owner: Penhallow District Council</p><p>Peak daily visitors: Kerrow Bay 4,200; Polwenna Sands 1,100</p>
<p>Lifeguard cover 2025: Kerrow Bay, weekends 1 July &ndash; 31 August</p>
<p>Rescues and incidents 2021&ndash;2025: 64, of which 9 serious</p>
<p>Fatalities 2021&ndash;2025: one (Polwenna Sands, August 2024)</p>
<p>Assessor: Lewis Trebilcock, Coastal Safety Adviser</p><p>Report date: 4 August 2026</p></div>
<h2>1. Scope and method</h2>
<p>Penhallow District Council asked the Society to review the public safety arrangements at its two busiest
beaches, Kerrow Bay and Polwenna Sands, following the fatal incident at Polwenna Sands in August 2024. The assessment
covers the beaches, the slipway at Kerrow Bay and the cliff-top path between them. It is based on three site visits
in May and July 2026, incident data from HM Coastguard and the lifeguard service for 2021&ndash;2025, and
interviews with the council's beach wardens, the harbour master and local surf schools. Hazards are rated by
likelihood and severity on a scale of 1 to 5 each, giving a risk score of 1 to 25.</p>
<h2>2. Legal context</h2>
<p>Section 3 of the Health and Safety at Work etc. Act 1974 requires the council, as an employer, to conduct its
undertaking so that members of the public are not exposed to risks to their health or safety, so far as is
reasonably practicable. As occupier, the council also owes visitors the common duty of care under the Occupiers'
Liability Act 1957. Neither Act requires beaches to be lifeguarded; what is reasonably practicable depends on the
level of use and the hazards present. National guidance states that safety signs at beach entrances should follow
the design of BS EN ISO 20712-3.</p>
<h2>3. Hazards and risk ratings</h2>
<table><tr><th>Ref.</th><th>Hazard</th><th>Location</th><th>L</th><th>S</th><th>Score</th></tr>
<tr><td>H1</td><td>Rip currents at low and mid tide</td><td>Kerrow Bay, south end</td><td>4</td><td>5</td><td>20</td></tr>
<tr><td>H2</td><td>Being cut off by the tide</td><td>Polwenna Sands, north end</td><td>3</td><td>5</td><td>15</td></tr>
<tr><td>H3</td><td>Conflict between personal watercraft and swimmers</td><td>Kerrow Bay slipway</td><td>3</td><td>4</td><td>12</td></tr>
<tr><td>H4</td><td>Falls from the eroding cliff edge</td><td>Cliff-top path</td><td>2</td><td>5</td><td>10</td></tr>
<tr><td>H5</td><td>Visitors unaware of the lifeguarded zone</td><td>Both beaches</td><td>3</td><td>3</td><td>9</td></tr>
<tr><td>H6</td><td>Delay in first response outside lifeguard hours</td><td>Both beaches</td><td>3</td><td>3</td><td>9</td></tr>
</table>
<p>The rip currents at the south end of Kerrow Bay are the most serious hazard: 41 of the 64 incidents recorded
since 2021 occurred there, nearly all on weekdays in the school holidays when no lifeguards were on duty. At
Polwenna Sands the only public rescue equipment point is at the southern access, some 700 metres from the rocks
where the 2024 fatality occurred. On the cliff-top path, the edge has retreated to within two metres of the path
at two points since 2023. The surf schools told us that jet skis should not be allowed close to the swimming area,
and two near-misses were reported to the harbour master in 2025.</p>
<h2>4. Progress since the 2022 assessment</h2>
<p>The Society's 2022 assessment made four recommendations. The council has implemented two of them:
&ldquo;Mark the lifeguarded zone at Kerrow Bay with red and yellow flags on every day of cover&rdquo; and
&ldquo;Provide a defibrillator at the Kerrow Bay car park&rdquo;. The recommendation &ldquo;Install a rescue
equipment point at the northern end of Polwenna Sands&rdquo; has not been implemented, and is repeated below. The
fourth, on dog control, is outside the scope of this assessment.</p>
<h2>5. Recommended control measures</h2>
<p>The measures below are listed in order of the hazards they address. Priorities: High &ndash; before the 2027
season; Medium &ndash; within two years; Low &ndash; as part of routine management. Costs are indicative only.</p>
<table><tr><th style="width:7mm">No.</th><th style="width:26mm">Location</th><th>Recommended control measure</th>
<th style="width:15mm">Priority</th><th style="width:22mm">Indicative cost</th></tr>
<tr><td>1</td><td>Kerrow Bay</td><td>Extend lifeguard cover at Kerrow Bay to seven days a week for the whole of the
school summer holidays, from 10 am to 6 pm, with a patrol zone that includes the south end.</td><td>High</td>
<td>&pound;38,000 a year</td></tr>
<tr><td>2</td><td>Polwenna Sands</td><td>Install a second public rescue equipment point, with a throwbag and a
lifebuoy, at the northern end of Polwenna Sands near the rocks.</td><td>High</td><td>&pound;1,200</td></tr>
<tr><td>3</td><td>Both beaches</td><td>Replace the beach safety signs at the four main entrances with signs that
follow BS EN ISO 20712-3 and show the lifeguarded zone and tide times.</td><td>Medium</td><td>&pound;4,500</td></tr>
<tr><td>4</td><td>Kerrow Bay slipway</td><td>Prohibit the launching of personal watercraft from the Kerrow Bay
slipway between 1 June and 30 September, by a byelaw or by a condition of slipway use.</td><td>High</td>
<td>Officer time</td></tr>
<tr><td>5</td><td>Cliff-top path</td><td>Fence the two eroded sections of the cliff-top path and divert the path
inland at those points, away from the edge.</td><td>High</td><td>&pound;15,000</td></tr>
<tr><td>6</td><td>Both beaches</td><td>Train all seasonal beach wardens in first aid and basic water rescue to a
recognised national standard before the 2027 season.</td><td>Medium</td><td>&pound;3,000</td></tr>
<tr><td>7</td><td>Council</td><td>Review this risk assessment every year and after any serious incident, and
record each review in the council's safety management system.</td><td>Low</td><td>Officer time</td></tr>
</table>
<h2>6. Limitations</h2>
<p class="small">This assessment reflects conditions at the time of the site visits. Coastal conditions change, and
the assessment does not remove the council's responsibility to manage its beaches. The Society accepts no liability
for decisions taken on the basis of this report.</p>
</body></html>
"""

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Record of Executive Decision</title>
<style>%s</style></head><body>
<table class="meta" style="width:100%%; border-bottom: 1.2pt solid #0b4f71; margin-bottom: 3mm"><tr>
<td style="font-size:13pt; font-weight:bold; color:#0b4f71">PENHALLOW DISTRICT COUNCIL</td>
<td style="text-align:right">Record of Executive Decision<br><b>EXD/2026/117</b></td></tr></table>
<table class="meta">
<tr><td style="width:45mm"><b>Title</b></td><td>Coastal public safety: Kerrow Bay and Polwenna Sands</td></tr>
<tr><td><b>Decision maker</b></td><td>Councillor Kerensa Hosking, Cabinet Member for Environment and Coast</td></tr>
<tr><td><b>Date of decision</b></td><td>16 October 2026</td></tr>
<tr><td><b>Wards affected</b></td><td>Kerrow; Polwenna and St Ewe</td></tr>
<tr><td><b>Key decision</b></td><td>No</td></tr></table>
<h2>Background</h2>
<p>At the Council's request, the National Water Safety Society carried out a coastal public safety risk assessment of
Kerrow Bay and Polwenna Sands in the summer of 2026. The Society's report was received on 4 August 2026 and
considered by the Coastal Safety Working Group of officers on 9 September 2026, whose advice informs this decision.
The report is published with this record.</p>
<h2>Decision</h2>
<p>(1) To approve the installation, before Easter 2027, of a second public rescue equipment point at the northern
end of Polwenna Sands (recommendation 2 of the assessment), at a cost of up to &pound;1,500.</p>
<p>(2) To extend lifeguard cover at Kerrow Bay so that it runs on weekends and bank holidays throughout the school
summer holidays and on every day of the four busiest weeks, rather than seven days a week for the whole holiday
period; and to refer the question of training the seasonal beach wardens to the retendering of the beach warden
contract in 2027, where it will be considered alongside the other service requirements.</p>
<p>(3) To adopt the Society's assessment into the Council's health and safety management system, with a review each
spring before the bathing season and after any serious incident.</p>
<p>(4) To install post-and-wire fencing along the two eroded sections of the cliff-top path before the end of March
2027. The path will not be diverted: the land inland of it is in private ownership, and the landowner has not
agreed to a new route.</p>
<h2>Reasons for the decision</h2>
<p>The risk assessment identifies rip currents at Kerrow Bay and the lack of rescue equipment at the north end of
Polwenna Sands as the most serious risks. The measures approved address both within the budget available. Full
seven-day cover at Kerrow Bay would cost about &pound;38,000 a year against a coastal services budget of
&pound;61,000; the pattern approved covers the days on which, on the Society's data, most incidents occurred.</p>
<h2>Alternative options considered and rejected</h2>
<p>A seasonal ban on launching personal watercraft from the Kerrow Bay slipway was considered and rejected. The
slipway is also used by the inshore fishing fleet and a sailing club, a byelaw would take at least eighteen months
to confirm, and the harbour master advises that a marked launch channel and speed limit, already in place since
July 2026, are a more proportionate response.</p>
<p>Doing nothing was rejected in view of the Council's duties as beach owner.</p>
<h2>Consultation</h2>
<p>The ward members for Kerrow and for Polwenna and St Ewe, the harbour master and the local RNLI station were
consulted on the proposed decisions. No objections were received.</p>
<h2>Conflicts of interest and call-in</h2>
<p>No conflict of interest was declared by the decision maker. This decision will come into force at 5 pm on 23
October 2026 unless it is called in by the Overview and Scrutiny Committee before that time.</p>
<p style="margin-top:6mm">Signed: <i>K. Hosking</i>, Cabinet Member for Environment and Coast &middot;
Democratic Services reference DS/EXD/117</p>
</body></html>
"""

RECS = [
    (1, "Extend lifeguard cover at Kerrow Bay to seven days a week", "every day of the four busiest weeks",
     "partly"),
    (2, "Install a second public rescue equipment point, with a throwbag and",
     "(recommendation 2 of the assessment), at a cost of up to", "agrees"),
    (3, "Replace the beach safety signs at the four main entrances with", None, "unanswered"),
    (4, "Prohibit the launching of personal watercraft from the Kerrow Bay slipway",
     "was considered and rejected. The slipway is also used", "disagrees"),
    (5, "Fence the two eroded sections of the cliff-top path and divert",
     "The path will not be diverted", "partly"),
    (6, "Train all seasonal beach wardens in first aid and basic water",
     "refer the question of training the seasonal beach wardens", "noted"),
    (7, "Review this risk assessment every year and after any serious incident",
     "with a review each spring before the bathing season", "agrees"),
]


def make(html, which, header, footer):
    tmp = tempfile.mkdtemp(prefix="blind80en_html_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html % css())
    dst = H.out("%s_%s.pdf" % (NAME, which))
    H.chromium_pdf(src, dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, header=header, footer=footer, skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "National Water Safety Society - Coastal Public Safety Risk Assessment - Kerrow Bay and "
         "Polwenna Sands", "Page {n} of {N}")
    make(RESPONSE, "response", "Penhallow District Council - Record of Executive Decision EXD/2026/117",
         "EXD/2026/117 - page {n}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["The report is published with this record",
                      "No objections were received",
                      "unless it is called in by the Overview and Scrutiny Committee"],
                     "Advice: a coastal public safety risk assessment by a water safety charity for a council: a "
                     "'Site at a glance' sidebar, legal context ('requires', 'should follow the design of BS EN "
                     "ISO 20712-3'), a hazards table H1-H6 with L/S/score numbers, progress since the 2022 "
                     "assessment with three quoted earlier recommendations ('Install a rescue equipment point at "
                     "the northern end of Polwenna Sands' repeated as 2), surf schools' 'jet skis should not be "
                     "allowed'; the seven recommendations ONLY as rows 1-7 of a ruled TABLE 'No. | Location | "
                     "Recommended control measure | Priority | Indicative cost'. Response: a council RECORD OF "
                     "EXECUTIVE DECISION (meta table, Background, numbered decisions (1)-(4), Reasons, "
                     "Alternative options considered and rejected, Consultation, call-in); only decision (1) cites "
                     "a number. Order 2, 1+6, 7, 5, 4: rescue point approved (2 agrees); ONE decision (2) = "
                     "weekends and the four busiest weeks instead of seven days a week (1 partly) + wardens' "
                     "training referred to the 2027 retendering 'where it will be considered' (6 noted); "
                     "assessment adopted with a yearly review (7 agrees); fencing yes, 'The path will not be "
                     "diverted' (5 partly); personal watercraft ban 'considered and rejected' among the "
                     "alternative options (4 disagrees). The Reasons section restates the costs of 1 (not a "
                     "separate reply). 3 (new signs to BS EN ISO 20712-3) is not answered. Unmatched: Background, "
                     "Consultation, Conflicts of interest and call-in.")
    sys.exit(H.main([NAME]))
