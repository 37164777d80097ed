"""Round 78 (EN): a ZOO LICENSING INSPECTION REPORT (genre: the report of the inspectors appointed by a local
authority under the Zoo Licensing Act 1981 on a periodical inspection of a licensed zoo, set out on the standard
form: details table, sections by the standards of modern zoo practice with findings, the previous licence
conditions and whether they are met, a stock summary table, the inspectors' overall view, and their
RECOMMENDATIONS numbered in roman numerals (i)-(vii) in a list at the end) answered by the LICENSING AUTHORITY'S
NOTICE OF DECISION (the licensing sub-committee's decision to vary the licence: resolutions, new licence conditions
numbered in the LICENCE'S OWN numbering, reasons, the operator's representations, the right of appeal).
Advice: inspectors' report to Westerdale District Council (invented), 'Zoo Licensing Act 1981: periodical
inspection of Fellside Animal Park', 3 p.
Response: Westerdale District Council, Licensing Sub-Committee, 'Notice of decision', 2 p.; order (iii), (i),
(v) and (vi) (one paragraph), (iv), (ii); (vii) is not answered.
LibreOffice Writer headless from HTML (Liberation Sans/Serif); footers stamped with PyMuPDF. The Zoo Licensing Act
1981 is real (what is said of it here is not to be relied on); the council, the zoo, the inspectors, the people
and all figures are invented.

Run:  /tmp/blind78en/bin/python tests/docs/src/blind78/gen_en_zoo_inspection_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b78en as H

NAME = "blind78_en_zoo_inspection"
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 1.8cm 2cm 2.2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin: 0 0 0.2cm 0; line-height: 128%; }
p.q { margin-left: 1.2cm; margin-right: 1cm; font-style: italic; }
h1 { font-size: 15pt; color: #2e5e1e; margin: 0 0 0.15cm 0; }
h2 { font-size: 11pt; color: #ffffff; background: #2e5e1e; margin: 0.3cm 0 0.15cm 0; }
h3 { font-size: 10pt; margin: 0.2cm 0 0.1cm 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 0.06cm 0.12cm; font-size: 9pt; vertical-align: top; text-align: left; }
th { background: #e2ecd9; }
p.rec { margin-left: 1.1cm; text-indent: -1.1cm; margin-bottom: 0.15cm; }
.serif p, .serif { font-family: 'Liberation Serif'; font-size: 11pt; }
</style>"""


def page(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + body + "</body></html>"


ADVICE = page("""
<p style='font-size:9pt;color:#555'>ZOO LICENSING ACT 1981 | Section 10 periodical inspection | Report to the licensing authority</p>
<h1>Periodical inspection of Fellside Animal Park</h1>
<table style='width:100%'>
<tr><th style='width:32%'>Zoo</th><td>Fellside Animal Park, Crook Lane, Hartsop Bridge</td></tr>
<tr><th>Licence holder</th><td>Fellside Animal Park Ltd (Mr Gareth Pryce, Director)</td></tr>
<tr><th>Licensing authority</th><td>Westerdale District Council</td></tr>
<tr><th>Inspectors</th><td>Dr Anna Whitcombe (Secretary of State's list); Mr Rob Tyler MRCVS (veterinary inspector);
Ms Jo Keane (council licensing officer, attending)</td></tr>
<tr><th>Date of inspection</th><td>8 July 2026</td></tr>
<tr><th>Licence</th><td>Z/03/2020, expires 31 January 2027</td></tr>
</table>
<h2>1. Introduction</h2>
<p>The inspection was carried out under section 10 of the Zoo Licensing Act 1981. Section 1A of the Act requires every
licensed zoo to take part in conservation measures and to promote public education; section 4 provides that the
authority must not grant a licence unless it is satisfied that those measures will be implemented. The inspectors
looked at the whole site, the animal records and the veterinary file, and spoke to the Director and five
keepers.</p>
<h2>2. Animal stock</h2>
<table style='width:100%'>
<tr><th>Group</th><th>Species</th><th>Specimens</th><th>Hazard category</th></tr>
<tr><td>Mammals</td><td>23</td><td>141</td><td>Category 1: Amur tiger (2), grey wolf (5)</td></tr>
<tr><td>Birds</td><td>18</td><td>96</td><td>Category 3</td></tr>
<tr><td>Reptiles and amphibians</td><td>11</td><td>37</td><td>Category 2: Nile crocodile (1)</td></tr>
</table>
<h2>3. Conditions attached at the last inspection (2022)</h2>
<p>The 2022 licence carried condition 6:</p>
<p class='q'>"The licence holder shall install a second, independent perimeter fence around the wolf enclosure before
30 September 2023."</p>
<p>The fence was completed in August 2023 and the condition is met. Condition 9, on the annual stock return, is also
met.</p>
<h2>4. Findings</h2>
<h3>4.1 Animal welfare and veterinary care</h3>
<p>Animals were in good body condition and enclosures were clean. The Standards state that animals should be provided
with an environment that meets their behavioural needs, and most enclosures do so. The veterinary surgeon attends
about twice a month, but the visits are not recorded and there is no written preventive medicine programme.</p>
<h3>4.2 Public safety and escapes</h3>
<p>The tiger enclosure is well built, but the stand-off barrier in front of the viewing window is only 0.9 m high and
a child was seen climbing it. Keepers described what they would do if a tiger escaped, but there is no written
escape protocol and no drill has been held since 2021. Firearms cover is provided by an arrangement with a local
marksman, which the Director should confirm in writing; that is an existing requirement of the licence.</p>
<h3>4.3 Visitor contact</h3>
<p>Visitors may walk through the lemur exhibit, which is supervised only by CCTV on busy days. The petting area has
a sign about hand hygiene but the only basin at its exit has cold water.</p>
<h3>4.4 Conservation and education</h3>
<p>The park runs a good schools programme and supports a red squirrel project in the county. It does not take part
in any managed breeding programme for a threatened species.</p>
<h3>4.5 Records</h3>
<p>The stock records are kept on paper cards; births and deaths since March were not entered.</p>
<h2>5. Overall view</h2>
<p>In the opinion of the inspectors the zoo is well run and its licence should be renewed. The inspectors make no
recommendation on the car park, but the operator may wish to consider a separate coach bay.</p>
<h2>6. Recommendations</h2>
<p>The inspectors recommend to the licensing authority that the following be attached to the licence as conditions
or, where the authority prefers, put to the licence holder as directions:</p>
<p class='rec'>(i)	The stand-off barrier in front of the tiger viewing window should be raised to at least 1.2 metres and made
unclimbable.</p>
<p class='rec'>(ii)	A written escape protocol for Category 1 animals should be adopted and tested in a drill at least twice a year,
with the results recorded.</p>
<p class='rec'>(iii)	Every visit by the veterinary surgeon should be recorded, and a written preventive medicine programme should be
agreed with the veterinary surgeon and reviewed each year.</p>
<p class='rec'>(iv)	The zoo should take part in at least one managed breeding programme for a threatened species within the term of
the next licence.</p>
<p class='rec'>(v)	The walk-through lemur exhibit should be supervised in person by a keeper or trained volunteer at all times when
it is open to visitors.</p>
<p class='rec'>(vi)	Hand-washing stations with hot water and soap should be provided at the exit of the petting area, with signs
directing visitors to them.</p>
<p class='rec'>(vii)	The stock records should be brought up to date and kept in an electronic records system that is backed up off
site.</p>
<p>Dr Anna Whitcombe &nbsp; Mr Rob Tyler MRCVS<br>Inspectors, 21 July 2026</p>
""").replace("&nbsp;", " ")

RESPONSE = page("""<div class='serif'>
<p style='text-align:center;font-size:13pt'><b>WESTERDALE DISTRICT COUNCIL</b></p>
<p style='text-align:center'>Licensing Sub-Committee</p>
<p style='text-align:center;font-size:13pt'><b>NOTICE OF DECISION</b></p>
<table style='width:100%'>
<tr><th style='width:32%'>Application</th><td>Renewal of zoo licence Z/03/2020, Fellside Animal Park</td></tr>
<tr><th>Date of hearing</th><td>22 October 2026</td></tr>
<tr><th>Members</th><td>Cllr M. Dobson (Chair), Cllr P. Ireland, Cllr S. Nuttall</td></tr>
</table>
<h3>1. Preliminary matters</h3>
<p>There were no declarations of interest. The Sub-Committee heard from Ms Keane for the licensing service and from
Mr Pryce for the licence holder, and read the inspectors' report of 21 July 2026 and the written representations of
the Hartsop Bridge Residents' Association about traffic on Crook Lane.</p>
<h3>2. Decision</h3>
<p>The Sub-Committee resolved to renew the licence for six years from 1 February 2027 subject to the existing
conditions 1 to 12 and the new conditions set out below, and gave the following reasons on each of the inspectors'
points.</p>
<p><b>Veterinary care.</b> New condition 13 requires the licence holder to keep a record of every veterinary visit and
to operate a written preventive medicine programme reviewed annually with the veterinary surgeon.</p>
<p><b>Tiger enclosure.</b> New condition 14 requires an unclimbable barrier of at least 1.2 metres in front of the
viewing window to be installed by 31 March 2027.</p>
<p><b>Contact areas.</b> New condition 15 requires hot water, soap and signs at the exit of the petting area before
the park reopens for the 2027 season. The Sub-Committee did not impose a condition on the lemur exhibit: Mr
Pryce explained that the exhibit is closed whenever no keeper is present, and the Sub-Committee was satisfied with
that arrangement together with the CCTV.</p>
<p><b>Conservation.</b> The Sub-Committee noted the inspectors' view on managed breeding programmes and has drawn it to
the licence holder's attention; it will consider the matter again at the next inspection rather than make it a
condition now.</p>
<p><b>Escapes.</b> New condition 16 requires a written escape protocol for Category 1 animals. The Sub-Committee set
the drill at once a year, which it considered proportionate for a park of this size.</p>
<h3>3. Other matters</h3>
<p>The concerns of the Residents' Association about traffic are not matters that can be addressed under the Act, and
have been referred to the highway authority.</p>
<h3>4. Right of appeal</h3>
<p>The licence holder may appeal against any condition to the magistrates' court within 28 days of receiving this
notice.</p>
<p>Date of notice: 29 October 2026<br>Signed on behalf of the Sub-Committee: L. Farrow, Democratic Services</p>
</div>""")


def make(html, which):
    tmp = tempfile.mkdtemp(prefix="b78en_lo_")
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
    ("i", "The stand-off barrier in front of the tiger viewing window should",
     "requires an unclimbable barrier of at least 1.2 metres", "agrees"),
    ("ii", "A written escape protocol for Category 1 animals should be adopted",
     "set the drill at once a year", "partly"),
    ("iii", "Every visit by the veterinary surgeon should be recorded, and a",
     "to keep a record of every veterinary visit", "agrees"),
    ("iv", "The zoo should take part in at least one managed breeding",
     "will consider the matter again at the next inspection", "noted"),
    ("v", "The walk-through lemur exhibit should be supervised in person by a",
     "did not impose a condition on the lemur exhibit", "disagrees"),
    ("vi", "Hand-washing stations with hot water and soap should be provided at",
     "requires hot water, soap and signs at the exit", "agrees"),
    ("vii", "The stock records should be brought up to date and kept", None, "unanswered"),
]

if __name__ == "__main__":
    a = make(ADVICE, "advice")
    r = make(RESPONSE, "response")
    H.stamp(a, footer="Fellside Animal Park - periodical inspection 2026 - page {n} of {N}")
    H.stamp(r, footer="WDC Licensing Sub-Committee - LSC/2026/088 - {n}")
    H.write_expected(NAME, [{"number": a_, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a_, b, c, d in RECS],
                     ["There were no declarations of interest",
                      "have been referred to the highway authority",
                      "may appeal against any condition to the magistrates' court"],
                     "Advice: the inspectors' report on a periodical inspection under the Zoo Licensing Act 1981, "
                     "addressed to the licensing authority (details table, sections 1-6, a stock table). The seven "
                     "recommendations are a list numbered in lower-case roman numerals (i)-(vii) under '6. "
                     "Recommendations' after the lead-in 'The inspectors recommend to the licensing authority that "
                     "the following be attached ...'; the numbers are the numerals. Traps: section 1A 'requires' "
                     "and section 4 'must not grant'; the 2022 condition 6 quoted ('The licence holder shall "
                     "install a second ... fence'), met; the Standards 'animals should be provided with'; 'the "
                     "Director should confirm in writing; that is an existing requirement'; 'its licence should be "
                     "renewed'; 'make no recommendation on the car park, but the operator may wish to consider'. "
                     "Response: the council licensing sub-committee's NOTICE OF DECISION renewing the licence with "
                     "new conditions 13-16 in the LICENCE'S numbering, bold run-in subjects under '2. Decision', "
                     "order (iii), (i), (v)+(vi), (iv), (ii): condition 13 veterinary records (iii agrees); "
                     "condition 14 barrier of 1.2 m (i agrees); ONE paragraph 'Contact areas' = condition 15 hot "
                     "water at the petting area (vi agrees) + 'did not impose a condition on the lemur "
                     "exhibit' (v disagrees); conservation 'noted ... drawn it to the licence holder's "
                     "attention' (iv noted); condition 16 escape protocol but the drill once a year, not twice (ii "
                     "partly); (vii) (electronic stock records) is not answered. Unmatched: '1. Preliminary "
                     "matters', '3. Other matters' (residents' traffic), '4. Right of appeal'.")
    sys.exit(H.main([NAME]))
