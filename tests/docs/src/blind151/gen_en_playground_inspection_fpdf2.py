"""Round 151 (EN): a play safety firm's ANNUAL INDEPENDENT INSPECTION REPORT on a parish council's three play areas,
answered by the Parish Clerk's LETTER, whose paragraphs carry BOLD LABELS naming the item letter ('Gate, item (b).'),
in another order, one paragraph answering two with different verdicts, one left out.
The advice: a site summary table, OBSERVATIONS NUMBERED 1-7 (as many as the recommendations), sections 1-5; the
seven recommendations are LETTERED items (a)-(g) inside a BOX 'Recommended actions', in the imperative. Traps: the
play equipment standards paraphrased ('equipment should be inspected routinely and operators must keep records'); the
2024 report's recommendation QUOTED ('The Council should replace the worn bark ...'), done; a parish councillor's
email quoted ('the Council must fix that gate ...'); 'We do not recommend removing the rotating roundabout ...'.
The response: introduction (nothing); (a) seats and chains fitted (agrees); (b) gate closer ordered (agrees); ONE
paragraph: (e) new timber posts approved (agrees) and (f) no fence by the games area (disagrees); (c) a patch only,
not the whole impact area (partly); (d) weekly checks to be considered later (noted); a bench 'not part of your
inspection' (unmatched); closing (nothing); (g), the accessibility review, never (unanswered).
fpdf2, A4, cleaned Liberation Sans, fixed creation dates; header and 'Page N of M' stamped from page 2.
The standards are named as context only (what is said of them is paraphrased and not to be relied on); the firm,
the council, people, places, figures and references are invented.
Run:  /tmp/blind151en/bin/python tests/docs/src/blind151/gen_en_playground_inspection_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b151en as H
import _b151en_kit as K

NAME = "blind151_en_playground_inspection"
INK = "#8a4b0f"

ADVICE = [
    ("meta", "KESTREL PLAY SAFETY LTD  |  Unit 4, Tanyard Court, Lowther Bridge  |  Report KPS/AI/25/117"),
    ("h1", "Annual Independent Inspection of Play Areas 2025: Thornleigh Parish Council"),
    ("meta", "Inspector: Gareth Pennock, RPII registered annual inspector  |  Inspected: 9 and 10 June 2025  |  "
             "Issued: 27 June 2025  |  Client: the Clerk, Thornleigh Parish Council"),
    ("rule",),
    ("h2", "1. Scope of the inspection"),
    ("p", "We inspected the three play areas owned by Thornleigh Parish Council: the Millfield Recreation Ground play "
          "area, the Church Lane toddler area and the Ashby Road multi-use games area (MUGA). Each item was checked "
          "for wear, corrosion, rot, entrapment points, loose fixings and the condition of the impact-absorbing "
          "surfacing. Risk ratings use our usual scale of Low, Medium and High."),
    ("p", "The European play equipment standards (BS EN 1176 and BS EN 1177) are named here only as context. In "
          "summary, they say that equipment should be inspected routinely and that operators must keep records of "
          "inspections and repairs. This report is not a certificate of compliance with either standard."),
    ("h2", "2. Site summary"),
    ("table", [34, 16, 18, 32],
     ["Site", "Items inspected", "Highest risk", "Overall condition"],
     [["Millfield Recreation Ground play area", "11", "High", "Fair; swings need urgent work"],
      ["Church Lane toddler area", "6", "Medium", "Fair; gate and timber items worn"],
      ["Ashby Road MUGA and basket swing", "4", "Medium", "Good apart from the surfacing"]]),
    ("h2", "3. Observations"),
    ("np", "1.", "The two cradle seats on the Millfield toddler swings are split at the rear, and the upper chain "
                 "links are worn to about 40 per cent of their original thickness. Rated High."),
    ("np", "2.", "The Church Lane toddler area gate no longer closes by itself. On both days it was found standing "
                 "open, 15 metres from the road. Rated Medium."),
    ("np", "3.", "The wet-pour surfacing beneath the Ashby Road basket swing has worn through to the base under the "
                 "seat, and the surrounding area shows shrinkage and lifting edges. Rated Medium."),
    ("np", "4.", "No written record of routine inspections between the annual visits was available. Councillors "
                 "told us that the areas are looked at informally by residents and by the grass-cutting contractor."),
    ("np", "5.", "The timber posts of the Church Lane springer and the picnic bench beside it show soft rot at "
                 "ground level. Rated Medium."),
    ("np", "6.", "Balls from the Ashby Road MUGA regularly land in the adjoining village hall car park. No damage to "
                 "vehicles has been reported to us."),
    ("np", "7.", "None of the three sites has equipment that a child using a wheelchair can use, and the Millfield "
                 "path stops short of the play area entrance."),
    ("p", "Our 2024 report said: <i>'The Council should replace the worn bark mulch under the climbing frame with "
          "wet-pour safety surfacing.'</i> This was done in October 2024 and the new surface is in good order."),
    ("p", "A parish councillor forwarded to us an email from a parent which reads in part: <i>'the Council must fix "
          "that gate before a toddler gets out onto the lane.'</i> We agree that the gate is the most pressing item "
          "at Church Lane."),
    ("p", "The rotating roundabout at Millfield was raised with us as a worry by one councillor. We do not "
          "recommend removing the rotating roundabout: its bearing, clearances and surfacing were all found in good "
          "order this year."),
    ("h2", "4. Recommended actions"),
    ("box", [
        ("h3", "Recommended actions for the Council (in order of urgency)"),
        ("np", "(a)", "Replace both cradle seats and the upper chain links on the Millfield toddler swings before "
                      "the school summer holidays."),
        ("np", "(b)", "Fit a self-closing mechanism to the Church Lane toddler area gate so that it shuts fully "
                      "within eight seconds from any open position."),
        ("np", "(c)", "Resurface the whole impact area under the Ashby Road basket swing with new wet-pour, not "
                      "only the worn patch beneath the seat."),
        ("np", "(d)", "Introduce weekly routine visual inspections by a trained person, recorded on a simple "
                      "checklist, in addition to this annual inspection."),
        ("np", "(e)", "Replace the rotting timber posts of the Church Lane springer and the picnic bench with "
                      "treated or steel posts."),
        ("np", "(f)", "Install ball-stop fencing at least three metres high between the Ashby Road MUGA and the "
                      "village hall car park."),
        ("np", "(g)", "Commission an accessibility review of all three play areas, with a view to adding inclusive "
                      "equipment and step-free paths."),
    ]),
    ("h2", "5. Next inspection"),
    ("p", "We would expect to carry out the next annual inspection in June 2026. Items rated High should be dealt "
          "with or taken out of use without waiting for that visit. Please contact the inspector with any questions "
          "about this report."),
    ("meta", "Gareth Pennock, for Kestrel Play Safety Ltd"),
]

RESPONSE = [
    ("meta", "THORNLEIGH PARISH COUNCIL  |  The Parish Office, 2 School Row, Thornleigh  |  Our ref: TPC/PLAY/25"),
    ("p", "Mr Gareth Pennock<br/>Kestrel Play Safety Ltd<br/>Unit 4, Tanyard Court, Lowther Bridge"),
    ("meta", "22 September 2025"),
    ("p", "Dear Mr Pennock,"),
    ("p", "<b>Annual inspection of play areas, your report KPS/AI/25/117</b>"),
    ("p", "Thank you for your report of 27 June. It was considered by the Amenities Committee on 15 September, and I "
          "am writing to let you know what the Council has decided. I have kept to your item letters so that the "
          "two documents can be read side by side."),
    ("p", "<b>Toddler swings, item (a).</b> This has been dealt with. New cradle seats and chain links were fitted "
          "on 18 July, before the schools broke up, and the swings were back in use the same afternoon."),
    ("p", "<b>Gate, item (b).</b> Agreed. A hydraulic gate closer has been ordered and will be fitted by our "
          "contractor in October, set to the closing time you give."),
    ("p", "<b>Timber items, item (e), and the games area, item (f).</b> The committee approved new posts for the "
          "springer and the picnic bench, and the work is booked for the autumn half-term. On the other hand, it did "
          "not support a fence by the games area: no ball has reached a parked car in the five years since the area "
          "opened, and the hall committee has not asked for one."),
    ("p", "<b>Basket swing surfacing, item (c).</b> We will patch the worn area beneath the basket swing seat this "
          "winter. Resurfacing the whole impact area is beyond this year's play budget of 4,000 pounds, and we will "
          "look at it again only if the patch does not hold."),
    ("p", "<b>Routine inspections, item (d).</b> The committee noted this. Weekly checks will be considered once "
          "the new part-time handyperson is in post, which we hope will be early in the new year."),
    ("p", "<b>Other matters.</b> Separately, residents have asked for a bench near the Church Lane entrance for "
          "parents; this was not part of your inspection and the committee will discuss it in November."),
    ("p", "Thank you again for a clear and helpful report. We will book next year's inspection for June as usual."),
    ("p", "Yours sincerely,"),
    ("p", "Helen Marwood<br/>Clerk and Responsible Financial Officer, Thornleigh Parish Council"),
]

RECS = [
    ("(a)", "Replace both cradle seats and the upper chain links on the", "new cradle seats and chain links were fitted on 18 July", "agrees"),
    ("(b)", "Fit a self-closing mechanism to the Church Lane toddler area gate", "a hydraulic gate closer has been ordered and will be fitted", "agrees"),
    ("(c)", "Resurface the whole impact area under the Ashby Road basket swing", "we will patch the worn area beneath the basket swing seat", "partly"),
    ("(d)", "Introduce weekly routine visual inspections by a trained person, recorded", "weekly checks will be considered once the new part-time handyperson", "noted"),
    ("(e)", "Replace the rotting timber posts of the Church Lane springer", "the committee approved new posts for the springer and the picnic bench", "agrees"),
    ("(f)", "Install ball-stop fencing at least three metres high between the", "not support a fence by the games area", "disagrees"),
    ("(g)", "Commission an accessibility review of all three play areas, with", None, "unanswered"),
]
UNMATCHED = ["residents have asked for a bench near the Church Lane entrance"]


def main():
    fix = lambda bl: [tuple(x.replace("<br/>", "\n") if isinstance(x, str) else x for x in b) for b in bl]
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.fpdf_render(fix(ADVICE), adv, fam="Sans", size=10, ink=INK, date=(2025, 6, 27))
    K.fpdf_render(fix(RESPONSE), rsp, fam="Sans", size=10.4, ink="#2f5233", date=(2025, 9, 22))
    H.stamp(adv, header="Kestrel Play Safety Ltd  |  KPS/AI/25/117  |  Thornleigh Parish Council play areas 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="Thornleigh Parish Council  |  TPC/PLAY/25", footer="Page {n} of {N}", skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Play area inspection (fpdf2): lettered items (a)-(g) in a box after observations numbered 1-7; "
                     "the Clerk's letter answers by labelled item letters in another order, (e) and (f) in one "
                     "paragraph with different verdicts, (g) unanswered, a bench request unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
