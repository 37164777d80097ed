"""Round 107 (EN): a New Zealand regional council's PUBLIC TRANSPORT ACCESSIBILITY REFERENCE GROUP report on BUS
SHELTERS AND STOPS, seven recommendations as CODED rows BS1 to BS7 of a bordered table with lead agency and
priority, answered by the MINUTES (extract) of the council's Transport Committee, whose item resolutions and
discussion cite the codes. LibreOffice Writer headless from HTML, A4, DejaVu Sans; letterhead table with a
dark green cell, shaded 'What we heard' box; header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and reference numbers invented; the Land Transport Management Act 2003 is named as context only.
Run:  /tmp/blind107en/bin/python tests/docs/src/blind107/gen_en_bus_shelters_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b107en as H

NAME = "blind107_en_bus_shelters"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2cm 2cm 2cm 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 16pt; color: #1e4d3a; }
h2 { font-size: 11.5pt; color: #1e4d3a; }
</style>"""


def lh(left, right):
    return (f"<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='#1e4d3a' width='60%'>"
            f"<font color='#ffffff'><b>{left}</b></font></td><td width='40%' align='right'>{right}</td></tr></table>")


RECS = [
    ("BS1", "Replace every shelter that has no seating with a seated shelter by June 2030.", "Regional Council", "High"),
    ("BS2", "Install real-time arrival displays with audio announcements at the 40 busiest stops.",
     "Regional Council", "High"),
    ("BS3", "Raise the kerb at all sheltered stops to 180 mm so that buses can offer level boarding.",
     "City and district councils", "Medium"),
    ("BS4", "Remove advertising panels from the upstream end of shelters where they block the view of approaching "
            "buses.", "Regional Council", "Medium"),
    ("BS5", "Lay tactile ground indicators at the boarding point of every new or upgraded stop.",
     "Regional Council", "High"),
    ("BS6", "Consult the Reference Group on the design of all new shelters before tenders are called.",
     "Regional Council", "Medium"),
    ("BS7", "Publish an annual audit of the condition and accessibility of every bus shelter in the region.",
     "Regional Council", "Low"),
]


def advice():
    rows = "".join(f"<tr><td><b>{c}</b></td><td>{t}</td><td>{a}</td><td>{p}</td></tr>" for c, t, a, p in RECS)
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
{lh("TAHUNA REGIONAL COUNCIL<br>Public Transport Accessibility Reference Group", "Report PTARG 2026-1<br>12 February 2026")}
<h1>Waiting Well: Accessibility of Bus Shelters and Stops</h1>
<p>The Public Transport Accessibility Reference Group advises the Transport Committee on the needs of disabled people, older people and carers who use public transport. Its members are nominated by disability organisations, Age Concern Tahuna and the Tahuna Youth Network. This report is made under clause 6 of the Group's terms of reference, which provides that the Group may report to the Committee on any matter affecting access to services.</p>
<h2>1. Background</h2>
<p>The Regional Public Transport Plan 2021-31 says that "shelters should be provided at stops with more than 50 boardings a day." The Council owns 612 shelters; the roads and footpaths around them belong to the city and district councils as road controlling authorities under the Land Transport Management Act 2003. The Group inspected 96 stops across Tahuna City, Port Aramoana and Kōwhai District between August and November 2025.</p>
<table width="100%" border="1" cellpadding="7" cellspacing="0" bordercolor="#1e4d3a"><tr><td bgcolor="#e6f0eb">
<b>What we heard</b><br>
Of the 96 stops inspected, 31 had a shelter with no seat, 44 had a kerb too low for the ramp to be deployed at a safe angle, and only 9 had tactile paving. In our survey of 214 passengers, 58% said they had missed a bus because they could not see it coming, usually because an advertising panel was in the way. People told us that a driver should always kneel the bus when asked, but this is a matter for operator training and is not part of this report.</td></tr></table>
<h2>2. Findings</h2>
<p>2.1 The shelter renewal programme replaces about 25 shelters a year on condition alone. At that rate shelters without seating will not all be replaced before 2038.</p>
<p>2.2 Real-time information is shown only on the Council's app and at 11 interchange signs, none of which speak. Blind and low-vision passengers must rely on asking other people.</p>
<p>2.3 The Group was last consulted on a shelter design in 2019. In 2022 the Committee resolved (TC 22/41) that "the Reference Group must be consulted on significant service changes", but shelter design has not been treated as such a change.</p>
<h2>3. Recommendations</h2>
<p>The Group recommends that the Transport Committee:</p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#1e4d3a">
<tr><td bgcolor="#cfe3d8" width="9%"><b>Code</b></td><td bgcolor="#cfe3d8" width="57%"><b>Recommendation</b></td><td bgcolor="#cfe3d8" width="22%"><b>Lead agency</b></td><td bgcolor="#cfe3d8" width="12%"><b>Priority</b></td></tr>
{rows}</table>
<h2>4. Costs</h2>
<p>We have not costed these recommendations in detail. Officers' estimate of $11,500 for a seated shelter suggests that BS1 would cost about $360,000 over four years, which is less than 3% of the annual shelter budget.</p>
<p>Tama Reweti, Chair, Public Transport Accessibility Reference Group</p>
</body></html>"""


def response():
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
{lh("TAHUNA REGIONAL COUNCIL<br>Transport Committee", "Minutes (extract)<br>Meeting of 26 March 2026")}
<h1>Minutes of the Transport Committee</h1>
<p>Held in the Council Chamber, 18 Wharf Street, Tahuna, on Thursday 26 March 2026 at 9.30 am.</p>
<p><b>Present:</b> Cr Moana Hetaraka (Chair), Cr Philip Denholm, Cr Sarah Quayle, Cr Raj Mehta, Cr Anneliese Ward. <b>In attendance:</b> Fergus Lai (General Manager Public Transport), Tama Reweti (Chair, PTARG).</p>
<h2>1. Apologies</h2>
<p>An apology was received from Cr Tom Haultain and accepted on the motion of the Chair.</p>
<h2>2. Public Transport Accessibility Reference Group report PTARG 2026-1</h2>
<p>Mr Reweti spoke to the report. Members thanked the Group for its inspections and discussed the recommendations with officers. The following was recorded.</p>
<p><b>2.1 Real-time information (BS2).</b> The General Manager advised that audio-enabled displays can be added to the current signage contract. Resolved: that officers install talking real-time displays at the 40 busiest stops during 2026-27. Carried.</p>
<p><b>2.2 Tactile indicators (BS5).</b> Resolved: that the shelter design standard be amended so that tactile ground indicators are laid at every new or upgraded stop, with effect from 1 April 2026. Carried unanimously.</p>
<p><b>2.3 Advertising and design consultation (BS4 and BS6).</b> Members noted that the advertising contract pays for the cleaning and maintenance of 400 shelters and runs until 2031. Resolved: that the Committee does not support removing advertising panels, but asks officers to position new panels at the downstream end. Resolved further: that the Group be consulted on the design of shelters at interchanges and on the new standard shelter, but not on individual replacements. Carried, Cr Quayle against.</p>
<p><b>2.4 Seated shelters (BS1).</b> Officers advised that a 2030 deadline is not affordable within the Long-Term Plan. Resolved: that the renewal programme give priority to stops without seating, with a target of replacing half of them by June 2030 and the remainder in the following Long-Term Plan period. Carried.</p>
<p><b>2.5 Kerb heights (BS3).</b> Members observed that kerbs are the responsibility of the road controlling authorities. Resolved: that the Committee receives the recommendation and refers it to the city and district councils for their consideration. Carried.</p>
<h2>3. Bus Network Review: Port Aramoana</h2>
<p>The General Manager reported that public feedback on the Port Aramoana network closes on 30 April and that 1,126 submissions have been received so far.</p>
<h2>4. Meeting closed</h2>
<p>There being no further business, the Chair declared the meeting closed at 11.05 am.</p>
</body></html>"""


def main():
    tmp = "/tmp/blind107en_lo_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Tahuna Regional Council - PTARG 2026-1 - Waiting Well",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Tahuna Regional Council - Transport Committee minutes, 26 March 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Replace every shelter that has no seating with a seated shelter",
             reply_contains="with a target of replacing half of them by June 2030", verdict="partly"),
        dict(number=2, starts_with="Install real-time arrival displays with audio announcements at the 40",
             reply_contains="install talking real-time displays at the 40 busiest stops", verdict="agrees"),
        dict(number=3, starts_with="Raise the kerb at all sheltered stops to 180 mm",
             reply_contains="refers it to the city and district councils for their consideration",
             verdict="noted"),
        dict(number=4, starts_with="Remove advertising panels from the upstream end of shelters where",
             reply_contains="the Committee does not support removing advertising panels", verdict="disagrees"),
        dict(number=5, starts_with="Lay tactile ground indicators at the boarding point of every",
             reply_contains="the shelter design standard be amended so that tactile", verdict="agrees"),
        dict(number=6, starts_with="Consult the Reference Group on the design of all new shelters",
             reply_contains="but not on individual replacements", verdict="partly"),
        dict(number=7, starts_with="Publish an annual audit of the condition and accessibility of",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "An apology was received from Cr Tom Haultain",
        "feedback on the Port Aramoana network closes on 30 April",
        "the Chair declared the meeting closed at 11.05 am"],
        "Advice: New Zealand regional council Public Transport Accessibility Reference Group report PTARG 2026-1 on "
        "bus shelters; recs are CODED rows BS1 to BS7 of a table 'Code | Recommendation | Lead agency | Priority' "
        "after 'recommends that the Transport Committee:' (numbers 1-7 = BS1..BS7); traps: clause 6 of the terms of "
        "reference, Regional Public Transport Plan quoted ('shelters should be provided'), Land Transport "
        "Management Act 2003, 'What we heard' box ('a driver should always kneel the bus'), numbered findings 2.1-2.3 "
        "with resolution TC 22/41 quoted ('must be consulted'), 'Costs' paragraph naming BS1. Response: Transport "
        "Committee MINUTES (extract) with numbered items whose headings cite the codes, order BS2, BS5, BS4+BS6, "
        "BS1, BS3: talking displays (2 agrees); tactile standard amended from 1 April (5 agrees); ONE item 2.3 "
        "'BS4 and BS6' = advertising panels kept (4 disagrees) + consulted on interchanges and standard shelter only "
        "(6 partly); half by 2030 (1 partly); kerbs referred to road controlling authorities (3 noted); BS7 "
        "(annual audit) unanswered; apologies, item 3 Port Aramoana network review, meeting closed (nothing); "
        "'Mr Reweti spoke to the report' is a procedural line.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
