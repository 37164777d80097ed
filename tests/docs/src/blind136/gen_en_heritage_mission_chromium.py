"""Round 136 (EN): a WORLD HERITAGE ADVISORY MISSION REPORT on an industrial cultural landscape, answered by the State
Party's STATE OF CONSERVATION REPORT, whose section 3 is a TABLE of the mission's recommendations (summarised,
unnumbered, in another order) with 'Action taken or planned' and 'Status'.
The advice: four recommendations as BULLETS with BOLD LEAD-INS ('Old Harbour hotel.', ...) in a bordered box 'The
mission's recommendations', then three UNNUMBERED SENTENCES in a running paragraph under 'Management and
community' ('The mission further recommends ...', 'It should also ...', 'Finally, the mission recommends ...').
Traps: the Committee's decision quoted ('should submit'), the 2019 Management Plan quoted ('must be reviewed'),
the mission's conclusions numbered (i)-(v), 'The mission does not recommend that the property be inscribed on the
List of World Heritage in Danger', a closing naming 'the first two recommendations'.
The response: introduction (nothing); a table in the order buffer zone (agrees), canal locks (agrees), timed
tickets (partly: pilot only), hotel (disagrees), site management office (noted), salt workers' seat (partly:
observer), and a row 'Danger listing' (nothing); closing (nothing); the climate vulnerability assessment never
(unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (mission) and Liberation Serif (State Party) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures,
decision numbers and references invented; the World Heritage Convention and its Operational Guidelines are named as
context only.
Run:  /tmp/blind136en/bin/python tests/docs/src/blind136/gen_en_heritage_mission_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b136en as H

NAME = "blind136_en_heritage_mission"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 21mm 22mm 21mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; } li { margin-bottom: 4pt; }
.box { border: 1.2pt solid %(c)s; padding: 6pt 10pt 2pt 10pt; margin: 4pt 0 9pt 0; break-inside: avoid; }
.box h3 { margin: 0 0 5pt 0; font-size: 10.5pt; color: %(c)s; }
blockquote { margin: 0 0 7pt 18pt; font-style: italic; }
table.conc td { vertical-align: top; padding: 0 6pt 4pt 0; }
table.t { width: 100%%; border-collapse: collapse; font-size: 9.4pt; margin: 4pt 0 10pt 0; }
table.t th { background: #ece6d8; text-align: left; }
table.t th, table.t td { border: 0.7pt solid #8c8c8c; padding: 3.5pt 5pt; vertical-align: top; }
table.t td.s { width: 16%%; font-weight: bold; }
table.t td.r { width: 30%%; }
tr { break-inside: avoid; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    body = """
<div class='head'><p class='meta'>WORLD HERITAGE PROPERTY No. 1719 &#183; ADVISORY MISSION REPORT</p></div>
<h1>Lindholm Salt Works and Canal Landscape: Report of the Advisory Mission, 3-7 March 2025</h1>
<p class='meta'>Mission experts: Dr Ines Varga-Holt (architectural conservation) and Mr Tomasz Reinholt-Amara (cultural
landscapes) &#183; Report AM/1719/2025 &#183; 30 April 2025</p>
<h2>1 Background</h2>
<p>The Lindholm Salt Works and Canal Landscape was inscribed on the World Heritage List in 2008 as an outstanding
example of an industrial salt-making landscape, with its boiling houses, brine pipeline, four timber canal locks and
the Old Harbour from which salt was shipped. At its 47th session the World Heritage Committee, in Decision 47 COM
7B.112, noted with concern a proposed hotel at the Old Harbour and requested that the State Party &#8220;should submit a
Heritage Impact Assessment of the project before any irreversible decision is taken&#8221;. The Committee asked for an
advisory mission, which the State Party invited. The World Heritage Convention and its Operational Guidelines are
referred to in this report for context only.</p>
<p>The mission met the Ministry of Culture and Heritage, Lindholm Municipality, the Salt Works Foundation, the
developer of the hotel and the Lindholm Salt Workers' Association, and visited every component of the property.</p>
<h2>2 Conclusions of the mission</h2>
<table class='conc'>
<tr><td>(i)</td><td>The hotel now proposed, of twelve storeys on the quay, would dominate the view of the Old Harbour
from the boiling houses and would affect the property's Outstanding Universal Value.</td></tr>
<tr><td>(ii)</td><td>The buffer zone stops at the canal and leaves out the eastern salt marsh, where new houses are
being built.</td></tr>
<tr><td>(iii)</td><td>Repairs to Lock 2 in 2024 replaced historic oak with tropical hardwood, without a conservation
plan.</td></tr>
<tr><td>(iv)</td><td>Visitor numbers at the Great Boiling House reach 4,000 a day in July, causing wear to the brick
floors.</td></tr>
<tr><td>(v)</td><td>Responsibility for the property is split between three bodies, with no single point of
contact.</td></tr>
</table>
<p>The 2019 Management Plan states that &#8220;the plan must be reviewed every five years&#8221;; the review due in 2024
has not yet begun.</p>
<h2>3 Recommendations</h2>
<div class='box'><h3>The mission's recommendations</h3>
<ul>
<li><b>Old Harbour hotel.</b> Halt the approval of the twelve-storey hotel at the Old Harbour until a Heritage Impact
Assessment has been submitted and reviewed by the Advisory Body.</li>
<li><b>Buffer zone.</b> Extend the buffer zone to include the eastern salt marsh and submit a minor boundary
modification to the World Heritage Centre.</li>
<li><b>Canal locks.</b> Prepare a conservation plan for the four timber canal locks before any further repair work is
carried out on them.</li>
<li><b>Visitor management.</b> Introduce timed tickets for the Great Boiling House in the summer months to keep
visitor numbers within a safe carrying capacity.</li>
</ul></div>
<h2>4 Management and community</h2>
<p>The mission was impressed by the knowledge and commitment of local people, many of them descendants of salt
workers. The mission further recommends that the Municipality set up a single site management office with a full-time
coordinator for the property. It should also give the Lindholm Salt Workers' Association a permanent seat on the
property's Steering Committee. Finally, the mission recommends a climate vulnerability assessment of the lower canal
and the salt pans, to be completed before the next Periodic Report.</p>
<p>Some of those the mission met asked whether the property should be placed on the List of World Heritage in Danger.
The mission does not recommend that the property be inscribed on the List of World Heritage in Danger at this stage,
provided that the hotel project does not go ahead in its present form.</p>
<h2>5 Closing remarks</h2>
<p>The mission considers that the first two recommendations are the most urgent. It thanks the State Party and the
people of Lindholm for their hospitality and openness.</p>
"""
    return doc(body, "Sans", "9.8pt", "#5a3f12")


ROWS = [
    ("Extend the buffer zone to take in the eastern salt marsh",
     "A minor boundary modification including the eastern salt marsh was prepared with the Municipality and will be "
     "submitted to the World Heritage Centre by 1 February 2026. A building freeze in the marsh took effect on "
     "1 September 2025.",
     "Implemented"),
    ("Conservation plan for the four timber locks",
     "The Salt Works Foundation has commissioned a conservation plan for all four locks from the National Institute "
     "for Conservation; no repair work will take place until it is finished.",
     "In progress"),
    ("Timed tickets at the Great Boiling House",
     "Timed tickets will be tried in July and August 2026 only. Whether to extend them to the rest of the summer will "
     "be decided after the pilot, in view of the effect on day visitors from cruise ships.",
     "Partly implemented"),
    ("Halt the approval of the hotel at the Old Harbour",
     "The building permit was granted by the Municipality in January 2025 and is legally valid; the State Party has "
     "no power to suspend it. The developer has, however, been asked to submit a Heritage Impact Assessment "
     "voluntarily.",
     "Not accepted"),
    ("Single site management office and coordinator",
     "The Ministry takes note of this proposal. The creation of a site office will be looked at in the review of the "
     "Management Plan, which starts in 2026.",
     "Under consideration"),
    ("Permanent seat for the Salt Workers' Association",
     "The Association has been invited to attend the Steering Committee as an observer, with the right to speak "
     "but not to vote. Voting membership remains limited to public bodies.",
     "Partly implemented"),
    ("Inscription on the List of World Heritage in Danger",
     "The State Party welcomes the mission's view on this point.", "-"),
]


def response():
    rows = "".join(f"<tr><td class='r'>{a}</td><td>{b}</td><td class='s'>{c}</td></tr>" for a, b, c in ROWS)
    body = f"""
<div class='head'><p class='meta'>MINISTRY OF CULTURE AND HERITAGE &#183; DEPARTMENT OF WORLD HERITAGE</p></div>
<h1>State of Conservation Report: Lindholm Salt Works and Canal Landscape (1719)</h1>
<p class='meta'>Submitted by the State Party to the World Heritage Centre &#183; 28 November 2025 &#183; Ref.
MCH/WH/1719/25-09</p>
<h2>1 Introduction</h2>
<p>This report responds to Decision 47 COM 7B.112 and to the report of the advisory mission of March 2025. The State
Party thanks the mission experts for their work and has discussed their report with the Municipality, the Salt Works
Foundation and the local community at a public meeting in Lindholm on 24 June 2025.</p>
<h2>2 Summary of the state of conservation</h2>
<p>The property's components are in a generally good state. Work on the roof of the Little Boiling House was
completed in May 2025, and the brine pipeline trail reopened in September after flood damage.</p>
<h2>3 Response to the mission's recommendations</h2>
<table class='t'>
<tr><th>Mission recommendation (summary)</th><th>Action taken or planned</th><th>Status</th></tr>
{rows}
</table>
<h2>4 Conclusion</h2>
<p>The State Party remains committed to the protection of the property and will keep the World Heritage Centre
informed of any major project in the property or its setting, as the Operational Guidelines require.</p>
<h2>5 Annexes</h2>
<p>Annex 1: map of the proposed minor boundary modification. Annex 2: minutes of the public meeting in Lindholm, 24
June 2025. Annex 3: building permit for the Old Harbour hotel, January 2025. Annex 4: photographs of the Little
Boiling House roof works.</p>
<p>Dr Annelise Marwood-Stenberg, Director, Department of World Heritage</p>
"""
    return doc(body, "Serif", "10.3pt", "#1c4a5a")


def main():
    tmp = tempfile.mkdtemp(prefix="blind136en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Advisory Mission Report AM/1719/2025 - Lindholm Salt Works",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="State of Conservation Report - property 1719 - MCH/WH/1719/25-09",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Halt the approval of the twelve-storey hotel at the Old Harbour",
         "reply_contains": "the State Party has no power to suspend it", "verdict": "disagrees"},
        {"number": 2, "starts_with": "Extend the buffer zone to include the eastern salt marsh",
         "reply_contains": "will be submitted to the World Heritage Centre by 1 February 2026",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Prepare a conservation plan for the four timber canal locks",
         "reply_contains": "has commissioned a conservation plan for all four locks", "verdict": "agrees"},
        {"number": 4, "starts_with": "Introduce timed tickets for the Great Boiling House in the summer",
         "reply_contains": "Timed tickets will be tried in July and August 2026 only",
         "verdict": "partly"},
        {"number": 5, "starts_with": "The mission further recommends that the Municipality set up a single",
         "reply_contains": "The Ministry takes note of this proposal", "verdict": "noted"},
        {"number": 6, "starts_with": "It should also give the Lindholm Salt Workers' Association a permanent",
         "reply_contains": "with the right to speak but not to vote", "verdict": "partly"},
        {"number": 7, "starts_with": "Finally, the mission recommends a climate vulnerability assessment of the",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["discussed their report with the Municipality, the Salt Works Foundation",
                 "The State Party welcomes the mission's view on this point",
                 "the brine pipeline trail reopened in September after flood damage"]
    notes = ("Advice: a WORLD HERITAGE ADVISORY MISSION REPORT on an industrial cultural landscape (the World Heritage "
             "Convention and Operational Guidelines named as context); four recommendations as BULLETS with BOLD "
             "LEAD-INS ('Old Harbour hotel.', 'Buffer zone.', 'Canal locks.', 'Visitor management.') in a bordered "
             "BOX 'The mission's recommendations', then three UNNUMBERED SENTENCES in one running paragraph under '4 "
             "Management and community': 5 'The mission further recommends that the Municipality set up a single "
             "site management office', 6 'It should also give the ... Association a permanent seat', 7 'Finally, the "
             "mission recommends a climate vulnerability assessment'. Traps: the Committee's decision quoted ('should "
             "submit a Heritage Impact Assessment'); the 2019 Management Plan quoted ('must be reviewed every five "
             "years'); conclusions numbered (i)-(v) (findings); 'The mission does not recommend that the property be "
             "inscribed on the List of World Heritage in Danger'; closing 'the first two recommendations'. Response: "
             "the State Party's STATE OF CONSERVATION REPORT, section 3 a three-column TABLE 'Mission recommendation "
             "(summary) | Action taken or planned | Status', recommendations PARAPHRASED without numbers in the order "
             "2, 3, 4, 1, 5, 6: buffer zone modification to be submitted, 'Implemented' (agrees); locks conservation "
             "plan commissioned, 'In progress' (agrees); timed tickets July-August pilot only, 'Partly implemented' "
             "(partly); hotel permit valid, 'no power to suspend it', 'Not accepted' (disagrees); site office "
             "'takes note', 'Under consideration' (noted); Association as observer without a vote, 'Partly "
             "implemented' (partly); a row on Danger listing (nothing, not a recommendation); introduction, summary "
             "and conclusion (nothing). 7 (climate vulnerability assessment) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
