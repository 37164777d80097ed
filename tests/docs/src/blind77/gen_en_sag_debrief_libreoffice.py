"""Round 77 (EN): a SAFETY ADVISORY GROUP'S EVENT DEBRIEF (genre: the multi-agency safety advisory group of a
district council writing to an outdoor event's organiser after the event: the SAG's advisory role, an incident
table, agency-by-agency findings under headings, last year's debrief quoted, and seven UNNUMBERED bold 'The SAG
advises that ...' sentences inside the agency sections, numbered 1-7 by order) answered by the organiser's AMENDED
EVENT MANAGEMENT PLAN (the next year's plan, version 0.3: a document control table, then 'Changes in this version'
by the PLAN'S OWN section numbers, in another order, one section on two points, sections that answer nothing).
Advice: Vale of Ashby District Council Safety Advisory Group, 'Longmeadow Festival 2026: SAG debrief', 2-3 p.
Response: Longmeadow Events Ltd, 'Event Management Plan 2027, version 0.3: changes since the 2026 plan', 1-2 p.;
order 4, 1, 5 and 6 (one section), 3, 2; 7 is not answered.
LibreOffice Writer headless from HTML (Liberation Sans/Serif); footers stamped with PyMuPDF. The Licensing Act 2003
is real (what is said of it here is not to be relied on); the council, the festival, the company, the people and
all figures are invented.

Run:  /tmp/blind77en/bin/python tests/docs/src/blind77/gen_en_sag_debrief_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b77en as H

NAME = "blind77_en_sag_debrief"
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 1.8cm 2cm 2.2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin: 0 0 0.22cm 0; line-height: 130%; }
p.q { margin-left: 1.2cm; margin-right: 1cm; font-style: italic; font-family: 'Liberation Serif'; font-size: 11pt; }
h1 { font-size: 16pt; color: #1f4e79; margin: 0 0 0.15cm 0; }
h2 { font-size: 11.5pt; color: #1f4e79; margin: 0.35cm 0 0.15cm 0; }
h3 { font-size: 10pt; margin: 0.25cm 0 0.1cm 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 0.08cm 0.12cm; font-size: 9pt; vertical-align: top; text-align: left; }
th { background: #dce6f0; }
</style>"""


def page(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + body + "</body></html>"


ADVICE = page("""
<p style='font-size:9pt;color:#555'>VALE OF ASHBY DISTRICT COUNCIL | Safety Advisory Group | SAG/2026/14</p>
<h1>Longmeadow Festival 2026 (24-26 July): SAG debrief</h1>
<p style='font-size:11pt'>To: Mr Colin Aske, Event Director, Longmeadow Events Ltd. Date: 29 September 2026</p>
<table style='width:100%'>
<tr><th style='width:30%'>Event</th><td>Longmeadow Festival, Longmeadow Farm, Ashby Parva</td></tr>
<tr><th>Licensed capacity</th><td>12,000 (premises licence PL/0318, Licensing Act 2003)</td></tr>
<tr><th>Peak attendance</th><td>11,640 (Saturday 25 July, 21:00)</td></tr>
<tr><th>Debrief meeting</th><td>2 September 2026, Ashby House</td></tr>
</table>
<h2>1. Purpose of this letter</h2>
<p>The Safety Advisory Group (SAG) brings together the council, the emergency services and the highway authority to
advise organisers of large events. The SAG is an advisory body and has no enforcement powers; responsibility for
the safety of the event rests with the organiser. This letter sets out the agencies' findings from the 2026 event
and the SAG's advice for 2027, which we ask you to reflect in your draft Event Management Plan.</p>
<p>The premises licence holder must comply with the conditions of the licence, including condition 14: <i>"The
licence holder shall submit a final Event Management Plan to the Licensing Authority no later than 28 days before
the event."</i> Those conditions are not repeated here.</p>
<h2>2. Summary of incidents</h2>
<table style='width:100%'>
<tr><th>Category</th><th>Friday</th><th>Saturday</th><th>Sunday</th><th>Total</th></tr>
<tr><td>Medical presentations</td><td>64</td><td>131</td><td>88</td><td>283</td></tr>
<tr><td>Conveyed to hospital</td><td>2</td><td>6</td><td>3</td><td>11</td></tr>
<tr><td>Crimes reported</td><td>5</td><td>12</td><td>4</td><td>21</td></tr>
<tr><td>Noise complaints</td><td>3</td><td>19</td><td>7</td><td>29</td></tr>
</table>
<h2>3. Last year's advice</h2>
<p>The 2025 debrief advised:</p>
<p class='q'>"The organiser should provide a second pedestrian route from the campsite to the arena, separate from
the vehicle track."</p>
<p>This was done in 2026 and the route worked well. The SAG considers the point closed.</p>
<h2>4. Agency findings and advice</h2>
<h3>Police</h3>
<p>Entry searches on Friday afternoon produced queues of up to 75 minutes at the main gate, and police officers had
to manage crowd pressure on the B4410 verge. Stewards should have opened the second search lane earlier than 17:30.
<b>The SAG advises that the search and entry plan is revised so that no queue at the main gate exceeds 30
minutes, with a trigger point for opening additional lanes.</b></p>
<h3>Fire and rescue</h3>
<p>Inspecting officers found campsite fire lanes obstructed by tents and gazebos on Saturday morning. Open fires and
disposable barbecues were seen in the family camping field. <b>The SAG advises that fire lanes of at least 6
metres are marked out in every camping field and checked by stewards every four hours.</b></p>
<h3>Ambulance service</h3>
<p>The medical provider's resource plan was based on an expected attendance of 9,000. At peak, the treatment
centre held 19 patients against 12 beds. <b>The SAG advises that the medical resource plan for 2027 is based on the
full licensed capacity of 12,000 and agreed with the ambulance service by 1 May.</b></p>
<h3>Highway authority</h3>
<p>Traffic leaving on Sunday evening queued back onto the A47 and two minor collisions occurred at the Parva
crossroads. The highway authority notes that a temporary speed limit requires an order, which takes at least
twelve weeks. <b>The SAG advises that the organiser applies for and funds a temporary 40 mph speed limit on the
B4410 for the duration of the event.</b></p>
<h3>Environmental health</h3>
<p>Off-site noise levels at Ashby Parva exceeded the 65 dB LAeq 15-minute limit on Saturday between 22:00 and
22:45. Complaints came mainly from Ashby Parva, Thorne and Little Elm. <b>The SAG advises that noise levels are
monitored every hour at Ashby Parva, Thorne and Little Elm while amplified music is
played.</b> Residents told officers that the council should refuse the licence next year; that is not a matter for
the SAG. <b>The SAG also advises that a residents' hotline is staffed for the whole event and its number sent to
every household within two kilometres.</b></p>
<h3>Licensing</h3>
<p>Two test purchases at bars in the arena resulted in sales to under-18s. The bar operator was a subcontractor.
<b>The SAG advises that every bar operator, including subcontractors, trains its staff in the Challenge 25 policy
and keeps a refusals log that is inspected daily.</b></p>
<h2>5. Next steps</h2>
<p>Please send your draft Event Management Plan for 2027 to the SAG secretary by 31 January 2027, showing how the
advice above has been considered. The SAG will meet to consider it in February.</p>
<p>Helen Marsh, Chair, Vale of Ashby Safety Advisory Group</p>
""")

RESPONSE = page("""
<p style='font-size:9pt;color:#555'>LONGMEADOW EVENTS LTD | Longmeadow Festival 2027 | Document LE-EMP-27</p>
<h1>Event Management Plan 2027</h1>
<p style='font-size:11pt'>Version 0.3 (draft for the Safety Advisory Group), 25 January 2027</p>
<h2>Document control</h2>
<table style='width:100%'>
<tr><th>Version</th><th>Date</th><th>Author</th><th>Status</th></tr>
<tr><td>0.1</td><td>14 November 2026</td><td>C. Aske</td><td>Internal draft</td></tr>
<tr><td>0.2</td><td>8 January 2027</td><td>C. Aske / R. Penhale</td><td>Reviewed by heads of department</td></tr>
<tr><td>0.3</td><td>25 January 2027</td><td>C. Aske</td><td>Draft for SAG, February meeting</td></tr>
</table>
<h2>Changes in this version</h2>
<p>This part summarises how the plan has changed since the 2026 plan, including the changes we have made after the
SAG debrief of 29 September 2026. Section numbers are those of this plan.</p>
<h3>Section 2 Event overview</h3>
<p>The festival will run from 23 to 25 July 2027. The licensed capacity is unchanged. A new acoustic stage
replaces the comedy tent in the family field.</p>
<h3>Section 6 Traffic management</h3>
<p>We have discussed a temporary speed limit with the highway authority. We have not applied for a speed limit
order, because the B4410 is closed to through traffic during egress and the cost is disproportionate for three
days. Instead, the traffic management contractor will place advance warning signs on both approaches.</p>
<h3>Section 4 Security and entry</h3>
<p>The search and entry plan (Appendix C) now includes a trigger: when the queue at the main gate reaches 20
minutes, the third and fourth search lanes are opened. Queue length is reported to event control every 15
minutes. The target maximum queue is 30 minutes.</p>
<h3>Section 11 Noise and neighbours</h3>
<p>Our acoustic consultant will monitor noise off site at Ashby Parva and Thorne every two hours while music is
played; Little Elm, which lies behind the ridge, will be monitored only in response to a complaint. The
neighbours' hotline will be staffed from 08:00 on Friday until 12:00 on Monday and a leaflet with its number will
be delivered to every household within two kilometres.</p>
<h3>Section 9 Medical</h3>
<p>Medical cover is commissioned from our medical provider, which is responsible for its own resource plan and for
agreeing it with the ambulance service. We have sent the SAG's comment on the planning figure to the provider and
will attach its plan as Appendix F when we receive it.</p>
<h3>Section 8 Fire safety and camping</h3>
<p>Fire lanes 4.5 metres wide will be marked with tape and posts in each camping field, which is the widest the
field layout allows without losing pitches, and will be checked by stewards every four hours. Disposable
barbecues will be confiscated at the gate.</p>
<h3>Section 14 Contacts</h3>
<p>The Event Control number and the names of the duty managers have been updated.</p>
""")


def make(html, which):
    tmp = tempfile.mkdtemp(prefix="b77en_lo_")
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
    (1, "The SAG advises that the search and entry plan is revised",
     "when the queue at the main gate reaches 20 minutes", "agrees"),
    (2, "The SAG advises that fire lanes of at least 6 metres",
     "Fire lanes 4.5 metres wide will be marked with tape", "partly"),
    (3, "The SAG advises that the medical resource plan for 2027 is",
     "We have sent the SAG's comment on the planning figure", "noted"),
    (4, "The SAG advises that the organiser applies for and funds a",
     "We have not applied for a speed limit order", "disagrees"),
    (5, "The SAG advises that noise levels are monitored every hour at",
     "will be monitored only in response to a complaint", "partly"),
    (6, "The SAG also advises that a residents' hotline is staffed for",
     "The neighbours' hotline will be staffed from 08:00 on Friday", "agrees"),
    (7, "The SAG advises that every bar operator, including subcontractors, trains", None, "unanswered"),
]

if __name__ == "__main__":
    a = make(ADVICE, "advice")
    r = make(RESPONSE, "response")
    H.stamp(a, footer="SAG/2026/14  Longmeadow Festival 2026 debrief  -  page {n} of {N}")
    H.stamp(r, footer="LE-EMP-27  Event Management Plan 2027  v0.3  -  {n}")
    H.write_expected(NAME, [{"number": a_, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a_, b, c, d in RECS],
                     ["A new acoustic stage replaces the comedy tent",
                      "The Event Control number and the names of the duty managers",
                      "Draft for SAG, February meeting"],
                     "Advice: a district council Safety Advisory Group's debrief letter to a festival organiser "
                     "(details table, sections 1-5, agency sub-headings). The seven recommendations are UNNUMBERED "
                     "bold 'The SAG advises that ...' / 'The SAG also advises that ...' sentences at the end of "
                     "or inside paragraphs under the agency headings (Police, Fire and rescue, Ambulance service, "
                     "Highway authority, Environmental health (two), Licensing), numbers 1-7 by order. Traps: 'The "
                     "SAG is an advisory body and has no enforcement powers'; the licence holder 'must comply' "
                     "and condition 14 quoted ('shall submit'); the incident table; the 2025 debrief quoted ('The "
                     "organiser should provide a second pedestrian route'), done; the finding 'Stewards should "
                     "have opened the second search lane'; the highway authority's 'requires an order'; residents' "
                     "'the council should refuse the licence'; 'Next steps' asking for the plan. Response: the "
                     "organiser's AMENDED Event Management Plan, a document control table then 'Changes in this "
                     "version' under the PLAN'S OWN section headings (2, 6, 4, 11, 9, 8, 14), no reference to the "
                     "SAG's points: 'We have not applied for a speed limit order' (4 disagrees); queue trigger at "
                     "20 minutes, target 30 (1 agrees); ONE section 'Section 11 Noise and neighbours' = two "
                     "villages every two hours, Little Elm only on complaint (5 partly) + hotline and leaflet (6 "
                     "agrees); medical plan is the provider's, comment sent on (3 noted); 4.5 m lanes for 6 m "
                     "asked (2 partly); 7 (Challenge 25 and refusals log) is not answered. Unmatched: the document "
                     "control table, 'Section 2 Event overview', 'Section 14 Contacts'.")
    sys.exit(H.main([NAME]))
