"""Round 113 (EN): an English PARISH COUNCIL's CONSULTATION RESPONSE on the county council's draft ELECTRIC VEHICLE
CHARGING STRATEGY, seven recommendations as UNNUMBERED 'We ask the County Council to ...' / 'We ask that ...'
sentences inside prose paragraphs under five sub-headings (two of them at the end of a paragraph that starts with a
finding), the section running across the page break, answered by the county's Head of Highways and Transport in a
LETTER WITH ITS OWN NUMBERED PARAGRAPHS 1-9 (the numbers are not the recommendations'), arranged BY THEME with no
recommendation numbers, in another order, one paragraph covering two recommendations and one recommendation left out.
LibreOffice Writer headless from HTML, A4, Liberation Sans (advice) and Liberation Serif (letter); green letterhead
table with a grey cell, 'Our survey' bordered cell, numbered findings 'What residents told us' (not recommendations);
header and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented; Part S of the Building
Regulations is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind113en/bin/python tests/docs/src/blind113/gen_en_ev_charging_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b113en as H

NAME = "blind113_en_ev_charging"
GREEN = "#2f5d3a"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 1.8cm 2.2cm 2cm 2.2cm; }
body { font-family: '%(f)s'; font-size: 10pt; }
h1 { font-family: '%(f)s'; font-size: 15pt; color: #2f5d3a; margin-bottom: 0.1cm; }
h2 { font-family: '%(f)s'; font-size: 11pt; color: #2f5d3a; margin-top: 0.3cm; margin-bottom: 0.1cm; }
p { margin-top: 0; margin-bottom: 0.2cm; }
</style>"""


def doc(body, font="Liberation Sans"):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE % {'f': font}}</head><body>{body}</body></html>"


def lh(left, right, font):
    return (f"<table width='100%' cellpadding='7' cellspacing='0'><tr><td bgcolor='{GREEN}' width='66%'>"
            f"<font face='{font}' color='#ffffff' size='4'><b>{left}</b></font></td><td bgcolor='#e4e8e2' width='34%' align='right'>"
            f"<font face='{font}' size='2' color='#2f5d3a'>{right}</font></td></tr></table>")


def np(n, t):
    return f"<p style='margin-left:0.8cm; text-indent:-0.8cm'>{n}.&#9;{t}</p>".replace("&#9;", " ")


def advice():
    return doc(f"""
{lh("Bramford St Mary Parish Council", "Consultation response<br/>Ref. BSMPC/C/26/02", "Liberation Sans")}
<h1>Draft Electric Vehicle Charging Strategy 2026-2035</h1>
<p><font size="2" color="#444444">Response of Bramford St Mary Parish Council to Harcastle County Council &middot; Agreed at the meeting of the Parish Council on 23 February 2026 &middot; Clerk: Mrs Janet Whitlow</font></p>
<h2>Introduction</h2>
<p>Bramford St Mary Parish Council represents about 3,400 residents in Bramford, a small market town, and in the villages of Upper Stanwick and Coldharbour. Harcastle County Council published its draft Electric Vehicle Charging Strategy for consultation on 12 January 2026 and invited town and parish councils to respond by 27 February.</p>
<p>We welcome the draft. The parish has one public charger, a single 7 kW post behind the library, and a growing number of residents who would buy an electric car if they could charge it. About half of the homes in the centre of Bramford are terraced houses with no driveway.</p>
<p>We have raised this before. In our response to the 2022 Local Transport Plan we said that &ldquo;the County Council should put charging points at every library and leisure centre&rdquo;, and we are glad that the library post followed. Part S of the Building Regulations now provides that new homes with a parking space must have a charge point, so the problem we describe here is mainly one of older streets.</p>
<table width="100%" cellpadding="7" cellspacing="0" border="1" bordercolor="#9bb59f"><tr><td bgcolor="#f1f5f0">
<p><b>Our survey (January 2026)</b></p>
<p>212 households replied &middot; 18% already own an electric or plug-in hybrid car &middot; 46% expect to within five years &middot; 61% of those have nowhere off the street to charge</p></td></tr></table>
<h2>What residents told us</h2>
{np(1, "The single library charger is often occupied for most of the day, and drivers passing through on the A-road use it too.")}
{np(2, "Residents without driveways feel the strategy has been written for people with driveways.")}
{np(3, "Two disabled drivers told us that the library post is in the only disabled bay, so they can neither charge nor park.")}
{np(4, "Chargers elsewhere in the county are often out of order, and people do not know whom to tell. One resident said the County Council should have known this from its own fault records.")}
{np(5, "Residents in the conservation area are worried about the look of charging posts on the Market Place.")}
<p>Some residents felt that the County Council should not spend public money on chargers at all. The Parish Council does not share that view, but we are not asking for a charger in every street.</p>
<h2>Our comments on the draft</h2>
<p><b>Where chargers go.</b> The draft proposes rapid chargers only at the county's four largest towns. Bramford sits on the main road to the coast and sees heavy summer traffic. We ask the County Council to install at least four rapid chargers in the Market Square car park in Bramford before the end of 2027. The villages matter too: Upper Stanwick has no public charger and the nearest is eleven miles away, at Harcastle station. We ask the County Council to put a charger at Upper Stanwick village hall, which has a car park and is open most days.</p>
<p><b>Cost.</b> Public charging already costs residents without driveways far more than home charging. We ask the County Council to keep the tariff at its public chargers no higher than 45p per kilowatt hour for local residents.</p>
<p><b>Access and safety.</b> We ask that no charger is placed in a disabled parking bay, and that at least one bay at each site is wide enough for a wheelchair user to get in and out of the car. We also ask the County Council to allow residents without driveways to run a charging cable across the pavement through a cable channel set into the footway, as some other councils now do.</p>
<p><b>Reliability.</b> A charger that does not work is worse than none, because drivers plan around it. We ask the County Council to show a fault-reporting number on every charger and to repair faults within five working days.</p>
<p><b>Consultation.</b> The Market Place and the streets around it are a conservation area. We ask the County Council to consult the Parish Council before choosing any site for on-street chargers in the conservation area, so that posts can be placed where they do least harm.</p>
<h2>In conclusion</h2>
<p>Our first and third requests matter most to residents. The Parish Council would be happy to meet officers, and the Clerk can arrange a walk around the possible sites in Bramford and Upper Stanwick.</p>
<p><font size="2" color="#444444">Cllr Martin Oduya, Chairman, for Bramford St Mary Parish Council &middot; The Parish Office, Old School Lane, Bramford</font></p>
""")


def response():
    S = "Liberation Serif"
    return doc(f"""
{lh("Harcastle County Council", "Highways and Transport<br/>County Hall, Harcastle", S)}
<p align="right">Our ref: HT/EV/26/0412<br/>Your ref: BSMPC/C/26/02<br/>Date: 28 April 2026</p>
<p>Mrs Janet Whitlow<br/>Clerk to Bramford St Mary Parish Council<br/>The Parish Office, Old School Lane<br/>Bramford</p>
<p>Dear Mrs Whitlow</p>
<p><b>Draft Electric Vehicle Charging Strategy 2026-2035: your consultation response</b></p>
{np(1, "Thank you for the Parish Council's response, which I have read with the members of the strategy project board. The consultation received 1,146 responses, 38 of them from town and parish councils, and yours was among the most detailed. I have grouped my reply by subject.")}
{np(2, "The draft will be revised over the summer. Section 4 of the draft, on funding, is being rewritten following the award of a government capital grant of &pound;2.1 million, which allows more sites outside the four largest towns than we had expected.")}
{np(3, "<b>Locations.</b> Two rapid chargers will be installed in the Market Square car park by March 2027, and further rapid units there will depend on how heavily the first two are used. I am pleased to say that a 22 kW charger at Upper Stanwick Village Hall has been added to the first phase, and the hall committee has agreed to host it from the autumn.")}
{np(4, "<b>Accessible charging.</b> We agree with the Parish Council. No new charger will be placed in a Blue Badge bay, and every new site will include at least one wider, step-free bay. The library post will be moved out of the disabled bay when the Market Square chargers are installed.")}
{np(5, "<b>Tariff.</b> The tariff has to cover the cost of electricity, maintenance and the operator's charges. From 1 July 2026 it will be 59p per kWh at all County Council chargers, and we are unable to offer a lower rate to residents of any one area.")}
{np(6, "<b>Cables across footways.</b> I understand why residents without driveways want this, but the County Council will not permit charging cables or cable channels across the footway, because of the trip risk and the cost of maintaining channels in the pavement. Our policy on this point is unchanged.")}
{np(7, "<b>Reliability.</b> Repair standards will be set in the operating contract, which we expect to procure in 2027. Your suggestion of a five-day repair time will be considered as part of that procurement, alongside the standards used by neighbouring councils.")}
{np(8, "<b>Other issues raised in the consultation.</b> Several respondents asked about charging for taxis and for e-bikes. These are outside the scope of this strategy and will be looked at in the next Local Transport Plan.")}
{np(9, "The revised strategy will go to Cabinet on 16 September 2026, and the report will be published a week before. If the Parish Council would like to meet, my colleague Owen Treharne, EV Programme Manager, will be pleased to arrange it.")}
<p>Yours sincerely</p>
<p><br/>Alison Pryce-Gardner<br/>Head of Highways and Transport</p>
""", font="Liberation Serif")


def main():
    tmp = tempfile.mkdtemp(prefix="blind113en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Bramford St Mary Parish Council - Response to the draft EV Charging Strategy - BSMPC/C/26/02",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Harcastle County Council - Highways and Transport - HT/EV/26/0412",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "We ask the County Council to install at least four rapid chargers",
         "reply_contains": "further rapid units there will depend on how heavily the first two", "verdict": "partly"},
        {"number": 2, "starts_with": "We ask the County Council to put a charger at Upper Stanwick",
         "reply_contains": "has been added to the first phase", "verdict": "agrees"},
        {"number": 3, "starts_with": "We ask the County Council to keep the tariff at its public",
         "reply_contains": "we are unable to offer a lower rate to residents", "verdict": "disagrees"},
        {"number": 4, "starts_with": "We ask that no charger is placed in a disabled parking bay",
         "reply_contains": "No new charger will be placed in a Blue Badge bay", "verdict": "agrees"},
        {"number": 5, "starts_with": "We also ask the County Council to allow residents without driveways",
         "reply_contains": "will not permit charging cables or cable channels across the footway", "verdict": "disagrees"},
        {"number": 6, "starts_with": "We ask the County Council to show a fault-reporting number on every",
         "reply_contains": "will be considered as part of that procurement", "verdict": "noted"},
        {"number": 7, "starts_with": "We ask the County Council to consult the Parish Council before choosing",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The consultation received 1,146 responses, 38 of them from town",
                 "is being rewritten following the award of a government capital grant",
                 "Several respondents asked about charging for taxis and for e-bikes",
                 "The revised strategy will go to Cabinet on 16 September 2026"]
    notes = ("Advice: English PARISH COUNCIL's consultation response BSMPC/C/26/02 on the county council's draft Electric "
             "Vehicle Charging Strategy; recs are seven UNNUMBERED sentences 'We ask the County Council to ...' / 'We ask "
             "that ...' / 'We also ask ...' inside prose paragraphs under five bold run-in sub-headings (Where chargers "
             "go: 1 and 2 in one paragraph, each after a finding; Cost: 3; Access and safety: 4 and 5 in one paragraph; "
             "Reliability: 6; Consultation: 7), the page break falling inside recommendation 5; traps: the parish's 2022 "
             "request quoted ('the County Council should put charging points at every library and leisure centre'), "
             "Part S of the Building Regulations 'must have a charge point', 'Our survey' cell, numbered FINDINGS 1-5 "
             "'What residents told us' ('the County Council should have known'), 'should not spend public money on "
             "chargers at all' and 'we are not asking for a charger in every street', closing 'Our first and third "
             "requests'. Response: LETTER of the county's Head of Highways and Transport with its OWN NUMBERED "
             "PARAGRAPHS 1-9 (not the recommendations' numbers) and bold run-in themes, NO recommendation numbers, order "
             "1+2, 4, 3, 5, 6: ONE paragraph 'Locations' = two rapid chargers by March 2027, more only if used (1 partly) "
             "+ 22 kW charger at Upper Stanwick Village Hall added to the first phase (2 agrees); no charger in a Blue "
             "Badge bay, a wider bay at every site (4 agrees); tariff 59p per kWh, no lower local rate (3 disagrees); "
             "cables across the footway not permitted (5 disagrees); five-day repair time 'considered as part of that "
             "procurement' in 2027 (6 noted); 7 (consult the parish on conservation-area sites) unanswered; paragraph 1 "
             "with 1,146 responses, paragraph 2 'Section 4 of the draft' and the GBP 2.1 million grant, paragraph 8 "
             "taxis and e-bikes, paragraph 9 Cabinet on 16 September (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
