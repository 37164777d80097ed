"""Round 111 (EN): an Irish county PUBLIC PARTICIPATION NETWORK's SUBMISSION on a county council's draft PUBLIC TOILETS
STRATEGY, seven recommendations as BOLD NUMBERED LEAD-INS ('Recommendation 1: Longer opening hours.') each followed by
a paragraph of reasons, answered by a REPORT ON SUBMISSIONS to the council's Strategic Policy Committee (SPC) with
INLINE verdict labels ('Recommendation 4: Accepted.'), in another order, one paragraph covering two with two
different verdicts. LibreOffice Writer headless from HTML, A4, DejaVu Sans; letterhead table with a plum cell, grey
'At a glance' cell, numbered list of the questions the PPN put to member groups (not recommendations); header and
'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the Disability Act 2005 is named as
context only (what is said of it here is not to be relied on).
Run:  /tmp/blind111en/bin/python tests/docs/src/blind111/gen_en_public_toilets_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b111en as H

NAME = "blind111_en_public_toilets"
PLUM = "#5e2750"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2cm 2.2cm 2cm 2.2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 15pt; color: #5e2750; }
h2 { font-family: 'DejaVu Sans'; font-size: 11pt; color: #5e2750; }
p { margin-bottom: 0.2cm; }
</style>"""


def lh(left, right):
    return (f"<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='{PLUM}' width='58%'>"
            f"<font color='#ffffff' size='4'><b>{left}</b></font></td><td width='42%' align='right'>"
            f"<font size='2' color='#444444'>{right}</font></td></tr></table>")


def doc(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{body}</body></html>"


RECS = [
    ("Longer opening hours", "Keep all eleven town-centre public toilets open from 8 am to 8 pm every day of the year, not only in the summer months.",
     "Members told us that the toilets close at 6 pm from October to April, just as people are leaving work or bringing children home from evening activities."),
    ("Changing Places", "Provide a Changing Places toilet, with a hoist and an adult-sized changing bench, in each of the four municipal district towns by the end of 2028.",
     "There is at present only one Changing Places facility in the county, at Dunmallow Library. Families of people with profound disabilities told us that without one they simply do not go out for more than two hours."),
    ("No charge", "Abolish the 50c charge at the four coin-operated facilities, as the charge deters the people who most need the service.",
     "The charge raised about EUR 7,400 in 2025, much less than the cost of emptying and repairing the coin mechanisms."),
    ("Finding a toilet", "Show every public toilet, including those in libraries and other Council buildings, on a map on the Council's website and on signs in each town centre.",
     "Several members had never known that the toilets in Council offices and libraries are open to the public during opening hours."),
    ("Community toilet scheme", "Introduce a community toilet scheme that pays cafes, pubs and shops an annual fee for letting the public use their toilets without buying anything.",
     "Schemes of this kind run in a number of other counties and cost far less than building new facilities. Businesses taking part display a sticker in the window."),
    ("Beaches", "Open the seasonal toilets at the three Blue Flag beaches from 1 May to 30 September instead of from June to August.",
     "The beaches are busy on fine weekends in May and September, and the lack of toilets leads to fouling of the dunes."),
    ("Cleanliness and faults", "Post the cleaning schedule on the door of every public toilet, with a QR code and a phone number for reporting faults.",
     "Users do not know when a toilet was last cleaned or how to report a broken lock or an empty soap dispenser."),
]


def advice():
    items = ""
    for i, (lead, rec, why) in enumerate(RECS, 1):
        items += f"<p><b>Recommendation {i}: {lead}.</b> {rec}</p><p>{why}</p>"
    return doc(f"""
{lh("Dunmallow Public Participation Network", "Submission ref. DPPN/SUB/26/03<br/>9 February 2026")}
<h1>Submission on the Draft Public Toilets Strategy 2026-2031</h1>
<p><font size="2" color="#444444">To: Environment Section, Dunmallow County Council, County Buildings, Dunmallow. From: the Secretariat of Dunmallow Public Participation Network (PPN) on behalf of its Environmental and Social Inclusion Colleges. Contact: Ms Aoife Brennan, PPN Resource Worker.</font></p>
<h2>1. About this submission</h2>
<p>Dunmallow PPN has 318 member groups, including community associations, disability organisations, older people's groups and Tidy Towns committees. The Council published its draft Public Toilets Strategy for public consultation on 8 December 2025. This submission was agreed at a plenary meeting of the PPN on 3 February 2026.</p>
<p>We consulted our member groups between December and January. We asked them four questions:</p>
<ol>
<li><p>Which public toilets do your members use, and how often?</p></li>
<li><p>What stops your members from going out because of a lack of toilets?</p></li>
<li><p>What do you think of the draft Strategy's proposals?</p></li>
<li><p>What one change would make the greatest difference?</p></li>
</ol>
<p>Fifty-four groups replied, and we also held an online meeting attended by 41 people.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" bordercolor="#b9a3b4"><tr><td bgcolor="#f1ecf0">
<p><b>At a glance: public toilets in County Dunmallow (draft Strategy, Table 2)</b></p>
<p>11 town-centre toilets operated by the Council &middot; 4 of them coin-operated (50c) &middot; 3 seasonal beach facilities &middot; 1 Changing Places toilet &middot; 2 towns with no public toilet at all</p></td></tr></table>
<h2>2. General comments</h2>
<p>The PPN welcomes the draft Strategy. It is the first time the Council has set out a plan for public toilets, and many of its proposals, including the refurbishment of the Market Square toilets in Kilbrack, have strong support among our members.</p>
<p>Public toilets are not a luxury. For older people, people with bowel or bladder conditions, families with young children and outdoor workers, the lack of a toilet decides whether they can leave home at all. Under the Disability Act 2005, public bodies must ensure that their public buildings are accessible, and the draft Strategy itself states that toilets should be cleaned at least twice a day. In its 2023 submission on the County Development Plan the PPN asked that &ldquo;public toilets should be provided at all new playgrounds and greenways&rdquo;; that request is repeated in the draft Strategy and we do not repeat it here.</p>
<p>We are not asking the Council to open new toilets in every village. We do not believe the Council should privatise the running of its toilets, which the draft Strategy mentions as an option, and we make no recommendation about it.</p>
<h2>3. Our recommendations</h2>
<p>The PPN makes the following seven recommendations for the final Strategy.</p>
{items}
<h2>4. Conclusion</h2>
<p>We ask that Recommendations 1, 4 and 7, which would cost little, be included in the final Strategy at a minimum. The PPN would welcome the opportunity to meet the Environment Section to discuss this submission.</p>
<p><font size="2" color="#444444">Aoife Brennan, Resource Worker, for the Secretariat of Dunmallow Public Participation Network</font></p>
""")


def response():
    return doc(f"""
{lh("Dunmallow County Council", "Environment and Climate Action<br/>Strategic Policy Committee")}
<h1>Draft Public Toilets Strategy 2026-2031: Report on Submissions</h1>
<p><font size="2" color="#444444">Report to the meeting of the Environment and Climate Action SPC, 16 April 2026 &middot; Agenda item 5 &middot; Prepared by Mr Declan Furlong, Senior Executive Officer, Environment Section</font></p>
<h2>1. Introduction</h2>
<p>The draft Strategy was on public display from 8 December 2025 to 9 February 2026. A total of 42 written submissions were received, from 29 individuals, 9 community groups, 3 businesses and the Public Participation Network. This report summarises the main issues raised and sets out the Chief Executive's response. The SPC is asked to consider the report before the final Strategy is brought to the full Council.</p>
<h2>2. Submission S-017: Dunmallow Public Participation Network</h2>
<p>The PPN's submission is the most detailed received and reflects the views of a large number of member groups. Its seven recommendations are responded to below.</p>
<p><b>Recommendation 4: Accepted.</b> An online map of all publicly available toilets, including those in libraries and Civic Offices, will go live on the Council website in June 2026, and new finger-post signs will be erected in each town centre during the summer.</p>
<p><b>Recommendation 1: Partially accepted.</b> The toilets will open until 8 pm from April to September, but winter hours will be extended only to 7 pm, because of the cost of an additional attendant shift, estimated at EUR 58,000 a year.</p>
<p><b>Recommendations 3 and 5: Not accepted / Under examination.</b> The 50c charge will be retained for the present, because it funds part of the attendant service and has been found to reduce vandalism. A community toilet scheme is of interest, and the Environment Section will examine the schemes operating in other local authorities and report back to the SPC during 2027, without any commitment at this stage.</p>
<p><b>Recommendation 6: Not accepted.</b> Seasonal toilets at the Blue Flag beaches will continue to open from 1 June to 31 August, in line with the lifeguard season; a longer season cannot be staffed within the current budget.</p>
<p><b>Recommendation 2: Accepted.</b> Funding has been sought under the Changing Places grant scheme, and the final Strategy will commit to a Changing Places toilet in each municipal district town by December 2028, starting with Kilbrack and Ardnacurra in 2027.</p>
<h2>3. Other submissions</h2>
<p>Six Tidy Towns committees asked for planters and murals to improve the appearance of toilet blocks, and the Kilbrack Chamber of Commerce asked that the Market Square refurbishment be carried out outside the tourist season. Both points will be reflected in the final Strategy. Eleven individuals raised littering at lay-bys, which is a matter for the Litter Management Plan rather than this Strategy.</p>
<h2>4. Next steps</h2>
<p>Subject to the views of the SPC, the final Strategy will be presented to the full Council for adoption at its meeting in June 2026. Every person who made a submission will be notified of the outcome.</p>
<p><font size="2" color="#444444">Declan Furlong, Senior Executive Officer, Environment Section</font></p>
""")


def main():
    tmp = tempfile.mkdtemp(prefix="blind111en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Dunmallow PPN - Submission on the Draft Public Toilets Strategy (DPPN/SUB/26/03)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Dunmallow County Council - Environment and Climate Action SPC - Report on Submissions",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Keep all eleven town-centre public toilets open from 8 am",
         "reply_contains": "winter hours will be extended only to 7 pm", "verdict": "partly"},
        {"number": 2, "starts_with": "Provide a Changing Places toilet, with a hoist and an adult-sized",
         "reply_contains": "Funding has been sought under the Changing Places grant scheme", "verdict": "agrees"},
        {"number": 3, "starts_with": "Abolish the 50c charge at the four coin-operated facilities",
         "reply_contains": "The 50c charge will be retained for the present", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Show every public toilet, including those in libraries and other",
         "reply_contains": "will go live on the Council website in June 2026", "verdict": "agrees"},
        {"number": 5, "starts_with": "Introduce a community toilet scheme that pays cafes, pubs and shops",
         "reply_contains": "report back to the SPC during 2027, without any commitment", "verdict": "noted"},
        {"number": 6, "starts_with": "Open the seasonal toilets at the three Blue Flag beaches",
         "reply_contains": "will continue to open from 1 June to 31 August", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Post the cleaning schedule on the door of every public toilet",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["A total of 42 written submissions were received",
                 "The PPN's submission is the most detailed received",
                 "Six Tidy Towns committees asked for planters and murals",
                 "will be presented to the full Council for adoption"]
    notes = ("Advice: Irish county Public Participation Network SUBMISSION DPPN/SUB/26/03 on a county council's draft Public "
             "Toilets Strategy; recs are BOLD NUMBERED LEAD-INS 'Recommendation N: <title>.' followed by the recommendation "
             "sentence, each followed by a separate paragraph of reasons; traps: numbered list of four QUESTIONS put to member "
             "groups, 'At a glance' box, Disability Act 2005 'public bodies must ensure', the draft Strategy's 'toilets should "
             "be cleaned at least twice a day', the PPN's 2023 request quoted ('public toilets should be provided at all new "
             "playgrounds'), 'We do not believe the Council should privatise', reasons paragraphs ('Users do not know'), "
             "conclusion citing 'Recommendations 1, 4 and 7'. Response: REPORT ON SUBMISSIONS to the Strategic Policy "
             "Committee; section 2 answers the PPN with INLINE bold verdict labels, order 4, 1, 3+5, 6, 2: online map live in "
             "June 2026 (4 agrees); 8 pm in summer but only 7 pm in winter (1 partly); ONE paragraph 'Recommendations 3 and 5' "
             "= 50c charge retained (3 disagrees) + community toilet scheme to be examined without commitment (5 noted); beach "
             "season unchanged June-August (6 disagrees); Changing Places in each town by December 2028 (2 agrees); 7 "
             "(cleaning schedule and QR code) unanswered; introduction with 42 submissions, the PPN intro sentence saying "
             "'Its seven recommendations', other submissions, next steps (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
