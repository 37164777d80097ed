"""Round 75 (EN): a national park LOCAL ACCESS FORUM's formal advice (genre: a statutory advisory forum's letter
of advice under section 94 of the Countryside and Rights of Way Act 2000, on the authority's draft Rights of Way
Improvement Plan: letterhead, numbered paragraphs 1-14, the forum's advice as UNNUMBERED sentences 'The Forum
advises the Authority to ...' in plain text inside the paragraphs, among members' views, the statute and the
forum's earlier advice) answered by the authority's LETTER WITH AMENDED PLAN WORDING (the head of service replies
to the forum's chair by action point, quoting the amended actions of the final plan in indented boxes, with an
enclosure list).
Advice: Whinfell National Park Local Access Forum, letter of 9 December 2025, A4, 2 p.
Response: Whinfell National Park Authority, letter of 3 March 2026, A4, 2 p.; order 7, 1, 3+4 (one paragraph),
6, 2; 5 (a budget for the easy-access routes) is not answered.
LibreOffice Writer headless from HTML, Liberation Serif/Sans; page numbers stamped with PyMuPDF. The park, the
forum, the authority, the places, the people and all figures are invented (the Countryside and Rights of Way Act
2000 is real; what is said of it here is not to be relied on).

Run:  /tmp/blind75en/bin/python tests/docs/src/blind75/gen_en_access_forum_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b75en as H

NAME = "blind75_en_access_forum"
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2cm 2.2cm 2.2cm 2.2cm; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; }
p { margin: 0 0 0.25cm 0; line-height: 135%; }
p.n { margin-left: 1cm; text-indent: -1cm; }
p.lh { font-family: 'Liberation Sans'; font-size: 9pt; color: #2f5d3a; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #2f5d3a; margin: 0 0 0.2cm 0; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; margin: 0.35cm 0 0.15cm 0; }
p.box { margin-left: 1.2cm; margin-right: 0.8cm; font-family: 'Liberation Sans'; font-size: 10pt;
        background: #eef3ee; border: 1px solid #7a9a80; padding: 0.15cm; }
</style>"""


def page(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + body + "</body></html>"


def n(k, t):
    return "<p class='n'>%s\t%s</p>" % (k, t)


ADVICE = page("""
<h1>Whinfell National Park Local Access Forum</h1>
<p class='lh'>Chair: Mrs Ruth Carrow &#183; Secretary: c/o Whinfell National Park Authority, Fellside House,
Kirkby Lonsdale Road, Sedwick LA9 4XY</p>
<p><br></p>
<p>Mr Tom Heseltine<br>Head of Access and Recreation<br>Whinfell National Park Authority</p>
<p>9 December 2025</p>
<p>Dear Mr Heseltine,</p>
<p><b>Draft Rights of Way Improvement Plan 2026-2036: advice of the Forum</b></p>
""" + "".join(n(k, t) for k, t in (
    ("1.", "This letter sets out the Forum's formal advice on the draft Rights of Way Improvement Plan published "
           "for consultation on 6 October 2025. It was agreed at the Forum's meeting at Sedwick on 27 November "
           "2025, at which 14 of the Forum's 17 members were present."),
    ("2.", "Under section 94 of the Countryside and Rights of Way Act 2000, the Authority must have regard to "
           "the Forum's advice in carrying out its functions. The Act also requires a highway authority to "
           "review its improvement plan not more than ten years after publishing it; the present plan dates "
           "from 2015, so the Forum welcomes the new draft as timely."),
    ("3.", "The Forum supports the draft's vision of 'a path network that everyone can use, in every season'. "
           "Our advice is intended to make that vision measurable."),
    ("4.", "Members were struck by the size of the maintenance backlog. The draft records 214 obstructed or "
           "unusable paths, some reported more than five years ago, but sets no date for dealing with them. The "
           "Forum advises the Authority to adopt a target of clearing the whole backlog of 214 obstructed paths "
           "by March 2029, and to report the number cleared each year."),
    ("5.", "Landowners' representatives on the Forum pointed out that obstructions are often the result of "
           "misunderstanding rather than intent, and that an obstruction should first be raised with the "
           "landowner informally. The Forum agrees, and the Authority already does this."),
    ("6.", "The definitive map and statement are held on paper at Fellside House and can be seen only by "
           "appointment. The Forum advises the Authority to publish the definitive map online in a form that "
           "can be searched by parish and by path number. We note that the Authority must keep the map under "
           "continuous review; publishing it would help the public to tell the Authority where it is wrong."),
    ("7.", "The route along Hollins Beck is used by horse riders and cyclists under a permissive agreement that "
           "ends in 2027. The Forum advises the Authority to secure the Hollins Beck route as a public bridleway "
           "by a creation agreement or order, rather than relying on a further permissive agreement. One member, "
           "representing the farming interest, considered that the Authority should not use its order-making "
           "powers and asked that this view be recorded."),
    ("8.", "Too many paths near villages and car parks still have stiles, which shut out many older and disabled "
           "people and those with pushchairs. The Forum advises the Authority to replace stiles with gaps or "
           "gates on every path within two miles of a car park or bus stop, where the landowner consents."),
    ("9.", "The draft names twelve easy-access routes but gives no figure for their upkeep. Surfaces on three "
           "of them have already broken up. The Forum advises the Authority to set aside £45,000 a year for the "
           "upkeep of the twelve easy-access routes for the life of the plan."),
    ("10.", "Walkers on the Fell Way must cross the B6412 at Gatesgarth on a bend where traffic is limited to "
            "60 mph. The Forum advises the Authority to ask the county council, as highway authority for the "
            "road, to lower the speed limit on the B6412 at the Fell Way crossing to 40 mph."),
    ("11.", "In its advice of March 2019 the Forum said that 'the Authority should report to the Forum each year "
            "on progress with the 2015 plan'. That advice was accepted and annual reports followed until 2022. "
            "The Forum advises the Authority to meet the Forum twice a year to review progress with the new "
            "plan, and to publish the notes of those meetings."),
    ("12.", "Members asked us to record their thanks to the Authority's rangers and volunteers for the work done "
            "after the storms of January 2025."),
    ("13.", "The Forum would be grateful for a written reply setting out which parts of this advice the "
            "Authority has accepted and how the final plan has changed."),
)) + """
<p>Yours sincerely,</p>
<p>Ruth Carrow<br>Chair, Whinfell National Park Local Access Forum</p>
""")

RESPONSE = page("""
<h1>Whinfell National Park Authority</h1>
<p class='lh'>Fellside House &#183; Kirkby Lonsdale Road &#183; Sedwick LA9 4XY &#183; 01632 960 771</p>
<p><br></p>
<p>Mrs Ruth Carrow<br>Chair, Whinfell National Park Local Access Forum</p>
<p>Our ref: ROWIP/26/LAF &#183; 3 March 2026</p>
<p>Dear Mrs Carrow,</p>
<p><b>Rights of Way Improvement Plan 2026-2036</b></p>
<p>Thank you for the Forum's letter of 9 December 2025. The Authority's Planning and Access Committee adopted the
final plan on 24 February 2026, and I am writing, as the Forum asked, to explain how its advice was taken into
account. The numbers below are the action points of the final plan.</p>
<h2>Action point 1.4: working with the Forum</h2>
<p>The Committee agreed this advice in full. Action point 1.4 now reads:</p>
<p class='box'>1.4 The Authority will meet the Local Access Forum in April and October each year to review
progress with this plan. Notes of the meetings will be published on the Authority's website.</p>
<h2>Action point 2.1: the maintenance backlog</h2>
<p>The Committee accepted that the plan needs a target, but did not feel able to commit to the Forum's date with
the present ranger team. Action point 2.1 has been amended to read:</p>
<p class='box'>2.1 The Authority will clear the backlog of obstructed paths recorded in October 2025 by March
2031, and will report the number cleared in its annual report.</p>
<h2>Action points 3.2 and 3.5: Hollins Beck and stiles</h2>
<p>A new action point 3.5 has been added: every stile within two miles of a car park or bus stop will be
replaced by a gap or gate where the landowner agrees, starting with the paths around Sedwick and Gatesgarth. On
Hollins Beck the Committee took a different view from the Forum. The landowner has offered a new permissive
agreement for ten years, and the Committee resolved to renew the permissive arrangement rather than seek a
creation order. Action point 3.2 is therefore unchanged.</p>
<h2>Action point 4.3: the Fell Way crossing</h2>
<p>Speed limits on the B6412 are set by the county council. I have forwarded the Forum's advice to the county's
road safety team, who tell me that the road will be considered in their next speed limit review. The plan does not
include an action on this point, which is outside the Authority's powers.</p>
<h2>Action point 5.1: the definitive map</h2>
<p>We agree that the map should be easier to consult. Action point 5.1 has been amended to read:</p>
<p class='box'>5.1 By March 2027 the Authority will publish the definitive map and statement online, searchable by
parish and by path number.</p>
<h2>Other changes to the plan</h2>
<p>Following other responses to the consultation, the final plan also includes a section on e-bikes and a new map
of routes served by the summer bus. 312 responses were received in all.</p>
<p>The Committee asked me to thank the Forum for its careful advice, and the rangers have asked me to pass on their
thanks for the Forum's kind words.</p>
<p>Yours sincerely,</p>
<p>Tom Heseltine<br>Head of Access and Recreation</p>
<p class='lh'>Enclosures: Rights of Way Improvement Plan 2026-2036 (final); minute 41/26 of the Planning and Access
Committee</p>
""")


def make(html, which):
    tmp = tempfile.mkdtemp(prefix="b75en_lo_")
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
    ("1", "The Forum advises the Authority to adopt a target of clearing the",
     "will clear the backlog of obstructed paths recorded in October 2025", "partly"),
    ("2", "The Forum advises the Authority to publish the definitive map online in",
     "By March 2027 the Authority will publish the definitive map", "agrees"),
    ("3", "The Forum advises the Authority to secure the Hollins Beck route as",
     "resolved to renew the permissive arrangement rather than seek a creation order", "disagrees"),
    ("4", "The Forum advises the Authority to replace stiles with gaps or gates",
     "every stile within two miles of a car park or bus stop", "agrees"),
    ("5", "The Forum advises the Authority to set aside £45,000 a year for", None, "unanswered"),
    ("6", "The Forum advises the Authority to ask the county council, as highway",
     "I have forwarded the Forum's advice to the county's road safety team", "noted"),
    ("7", "The Forum advises the Authority to meet the Forum twice a year",
     "will meet the Local Access Forum in April and October each year", "agrees"),
]

if __name__ == "__main__":
    a = make(ADVICE, "advice")
    r = make(RESPONSE, "response")
    H.stamp(a, footer="Page {n} of {N}")
    H.stamp(r, footer="{n}")
    H.write_expected(NAME, [{"number": a_, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a_, b, c, d in RECS],
                     ["The Authority's Planning and Access Committee adopted the final plan",
                      "the final plan also includes a section on e-bikes",
                      "asked me to thank the Forum for its careful advice",
                      "minute 41/26 of the Planning and Access Committee"],
                     "Advice: a national park local access forum's letter of formal advice on the authority's "
                     "draft Rights of Way Improvement Plan, numbered paragraphs 1.-13. The seven recommendations "
                     "are UNNUMBERED plain-text sentences 'The Forum advises the Authority to ...' inside "
                     "paragraphs 4, 6, 7, 8, 9, 10 and 11, numbers 1-7 by order. Traps: section 94 'the Authority "
                     "must have regard to the Forum's advice'; the Act's ten-year review duty; the draft's vision "
                     "quoted; landowners' 'an obstruction should first be raised with the landowner' ('the "
                     "Authority already does this'); 'the Authority must keep the map under continuous review'; "
                     "a farming member's minority view 'the Authority should not use its order-making powers'; "
                     "the Forum's 2019 advice quoted ('the Authority should report to the Forum each year'); "
                     "thanks to rangers; 'would be grateful for a written reply'. Response: the authority's letter "
                     "to the chair with headings by the FINAL PLAN'S action point numbers (1.4, 2.1, 3.2 and 3.5, "
                     "4.3, 5.1), amended action wording quoted in shaded boxes, order 7, 1, 3+4, 6, 2: twice-yearly "
                     "meetings (7 agrees); backlog target March 2031 instead of 2029 (1 partly); ONE section = "
                     "stiles replaced, new action 3.5 (4 agrees) + Hollins Beck 'resolved to renew the permissive "
                     "arrangement rather than seek a creation order' (3 disagrees); speed limit forwarded to the "
                     "county, 'outside the Authority's powers' (6 noted); map online by March 2027 (2 agrees); 5 "
                     "(£45,000 a year for easy-access routes) is not answered. Unmatched: the opening paragraph, "
                     "'Other changes to the plan', the thanks, the enclosures line.")
    sys.exit(H.main([NAME]))
