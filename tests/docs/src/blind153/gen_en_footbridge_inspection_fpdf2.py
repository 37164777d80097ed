"""Round 153 (EN): a consulting engineers' PRINCIPAL INSPECTION REPORT on a county council's steel truss footbridge,
answered by the council's Structures Manager's MEMO OF DECISIONS with its OWN NUMBERING ('Decision 1' to 'Decision 6')
that paraphrases the recommendations BY BRIDGE ELEMENT, never by number, in another order, one left out.
The advice: the national code of practice for highway structures paraphrased ('every structure must have a principal
inspection ... and should have a general inspection ...'); the 2019 principal inspection's recommendation QUOTED
('The bearings at the east abutment should be cleaned and greased ...'), done; a DEFECT TABLE with references D1 to
D7 (as many as the recommendations); 'We do not recommend a load restriction or the closure of the footbridge'; the
seven recommendations as UNNUMBERED SENTENCES IN RUNNING TEXT in two paragraphs ('Priority works', 'Planned works'),
among sentences of explanation (numbered 1-7 in the expected file by their order).
The response: introduction (nothing); Decision 1 vegetation on the west abutment (6 agrees); Decision 2 deck boards
(1 agrees); ONE paragraph, Decision 3, on the steelwork: the gusset plates cleaned and painted but not plated (2
partly), no full repaint as the bridge is to be replaced (3 disagrees); Decision 4 the assessment commissioned without
material testing (7 partly); Decision 5 the scour comment noted and passed on (4 noted); Decision 6 LED lighting on
the approach (unmatched); closing (nothing); 5, the ramp handrails for cyclists, never (unanswered).
fpdf2, A4, cleaned Liberation Sans, fixed creation dates; header and 'Page N of M' stamped from page 2. The code of
practice is named as context only (what is said of it is paraphrased and not to be relied on); the engineers,
council, bridge, people, places, figures and references are invented.
Run:  /tmp/blind153en/bin/python tests/docs/src/blind153/gen_en_footbridge_inspection_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b153en as H
import _b153en_kit as K

NAME = "blind153_en_footbridge_inspection"

ADVICE = [
    ("meta", "HARTWELL LYLE CONSULTING ENGINEERS  |  Bridges and Structures  |  Term consultancy for Eastmarch County "
             "Council"),
    ("h1", "Principal Inspection Report: Ferry Lane Footbridge, Tollbury (Structure FB/031)"),
    ("meta", "Report HLC/PI/25/0412, revision A  |  Client: Eastmarch County Council, Highways and Structures  |  "
             "Inspected: 2-3 September 2025  |  Issued: 30 September 2025  |  Inspector: Tom Aldred CEng MICE  |  "
             "Checked: Fiona Baird CEng"),
    ("rule",),
    ("h2", "1. The structure"),
    ("p", "Ferry Lane Footbridge carries a public footpath and a signed cycle route over the River Adle between "
          "Ferry Lane and the Tollbury Meadows car park. It was built in 1962 and consists of three simply supported "
          "steel Warren truss spans of 14, 22 and 14 metres on two steel trestle piers and masonry abutments, with a "
          "hardwood deck on steel cross-girders. Ramps at both ends were added in 1998. The bridge is used by about "
          "1,400 pedestrians and cyclists a day."),
    ("h2", "2. Inspection regime"),
    ("p", "The County Council manages its structures in line with the national code of practice for well-managed "
          "highway infrastructure, named here as context only. In summary, every structure must have a principal "
          "inspection at intervals of not more than six years and should have a general inspection every two "
          "years. This inspection was carried out within touching distance of all parts, using a boat for the pier "
          "bases."),
    ("p", "The previous principal inspection, in 2019, recommended: __'The bearings at the east abutment should be "
          "cleaned and greased and the deck drainage outlets cleared.'__ The bearings were found clean and free to "
          "move, and the outlets clear; this recommendation is closed."),
    ("h2", "3. Defects recorded"),
    ("table", [9, 37, 12, 12, 30],
     ["Ref", "Element and defect", "Severity", "Extent", "Comment"],
     [["D1", "Deck, span 2: eleven boards split or soft with rot", "3", "C", "Trip hazard at two places"],
      ["D2", "Lower chord gusset plates at pier 1: pitting corrosion", "3", "B", "Section loss up to 25 per cent"],
      ["D3", "Paint system, all spans: breakdown and rust staining", "2", "D", "1998 system near end of life"],
      ["D4", "Pier 2 base: scour hollow on the upstream side", "2", "A", "About 0.4 m deep at low flow"],
      ["D5", "Ramp handrails, both ends: height 1.0 m", "2", "C", "Below the height used for cycle routes"],
      ["D6", "West abutment: ivy and two sycamore saplings", "2", "B", "Roots opening the masonry joints"],
      ["D7", "Truss members generally: no recent assessment", "1", "D", "Last assessed in 1997"]]),
    ("p", "Severity 1 is minor and 4 is severe; extent A is slight and D is general. Photographs of each defect are "
          "in Appendix C."),
    ("h2", "4. Assessment of condition"),
    ("p", "The bridge is in fair condition overall, with a Bridge Condition Index of 71 (critical elements 64). The "
          "section loss at the pier 1 gussets is the most serious structural defect, but on our simple check the "
          "remaining section is adequate for the current pedestrian and cycle loading. We do not recommend a load "
          "restriction or the closure of the footbridge, provided the works below are carried out in time."),
    ("h2", "5. Recommendations"),
    ("p", "**Priority works (within six months).** The rotten boards are the most obvious defect to users. We "
          "recommend that the eleven defective deck boards in span 2 be replaced with hardwood boards of the same "
          "section before the winter. The gusset plates at pier 1 should be grit-blasted, measured for section "
          "loss and strengthened with bolted cover plates where the loss exceeds 20 per cent. Corrosion of this "
          "kind tends to accelerate once the paint has failed. A full repainting of all the steelwork with a modern "
          "three-coat system should follow within two years, as the 1998 system has reached the end of its life."),
    ("p", "**Planned works (within two years).** The scour hollow at pier 2 is not yet a risk to the foundation, but "
          "it will grow in flood conditions. Rock armour should be placed around the upstream side of the pier 2 "
          "base, with the consent of the land drainage authority. Raise the handrails on both approach ramps to "
          "1.4 metres, since the route is signed for cyclists. Cutting back growth is cheap and prevents further "
          "damage to the joints. The ivy and saplings on the west abutment need to be removed, the roots killed "
          "and the open joints repointed in lime mortar. Finally, a structural assessment of the trusses to "
          "current standards should be commissioned, including tensile testing of steel samples, because the "
          "only assessment on file dates from 1997."),
    ("p", "The next general inspection is due in September 2027 and the next principal inspection in September 2031."),
    ("meta", "Tom Aldred CEng MICE, Senior Bridge Engineer, for Hartwell Lyle Consulting Engineers"),
]

RESPONSE = [
    ("meta", "EASTMARCH COUNTY COUNCIL  |  Highways and Structures  |  Internal memorandum"),
    ("h2", "Ferry Lane Footbridge FB/031: decisions on the principal inspection report"),
    ("meta", "From: Gareth Pollitt, Structures Manager  |  To: Sarah Denholm, Area Highways Manager (South)  |  "
             "Copy: Tom Aldred, Hartwell Lyle Consulting Engineers  |  Date: 6 November 2025  |  Our ref. "
             "STR/FB031/25"),
    ("rule",),
    ("p", "Sarah, I have now been through Hartwell Lyle's report HLC/PI/25/0412 with the structures team and the "
          "budget holder. The decisions below are what we will be instructing. I have grouped them by part of the "
          "bridge, as that is how the term contractor will price them."),
    ("np", "Decision 1.", "West abutment: the contractor's arborist is to clear all vegetation from the masonry, "
                          "treat the stumps and repoint the opened joints in lime. Please programme this for the "
                          "February maintenance window, before nesting season.", 24),
    ("np", "Decision 2.", "Deck: the split and rotten boards in the middle span are to be renewed like for like in "
                          "ekki. I have raised an order for this to be done in the week of 24 November, with the "
                          "bridge kept open on one side.", 24),
    ("np", "Decision 3.", "Steelwork: the corroded gussets at pier 1 will be blast-cleaned and painted this winter "
                          "and the thickness readings sent to me, but we are not funding cover plates this year; I "
                          "will decide on plating once the readings are in. We will not be repainting the whole "
                          "truss. The Adle Valley active travel scheme proposes a new crossing on this line by 2029, "
                          "and a full three-coat repaint would be poor value for a structure with four or five years "
                          "left.", 24),
    ("np", "Decision 4.", "Assessment: a desk assessment of the trusses to current standards has been commissioned "
                          "from Hartwell Lyle under the term contract. We have left out the tensile tests on steel "
                          "samples for now; the engineers may ask for them if the desk check shows little reserve.",
     24),
    ("np", "Decision 5.", "Pier 2: the comment on scour has been noted and passed to our flood risk team for their "
                          "view. No works are instructed at present.", 24),
    ("np", "Decision 6.", "Lighting: the four columns on the Ferry Lane approach will be changed to LED lanterns "
                          "under the county street lighting programme in January.", 24),
    ("p", "Any questions, give me a ring. I will update the structures database once the orders are placed."),
    ("p", "Gareth"),
]

RECS = [
    ("1", "We recommend that the eleven defective deck boards in span 2",
     "the split and rotten boards in the middle span", "agrees"),
    ("2", "The gusset plates at pier 1 should be grit-blasted, measured",
     "we are not funding cover plates this year", "partly"),
    ("3", "A full repainting of all the steelwork with a modern three-coat system",
     "We will not be repainting the whole truss", "disagrees"),
    ("4", "Rock armour should be placed around the upstream side of the",
     "the comment on scour has been noted and passed", "noted"),
    ("5", "Raise the handrails on both approach ramps to 1.4 metres", None, "unanswered"),
    ("6", "The ivy and saplings on the west abutment need to be removed",
     "the contractor's arborist is to clear all vegetation from the masonry", "agrees"),
    ("7", "Finally, a structural assessment of the trusses to current standards",
     "We have left out the tensile tests on steel samples", "partly"),
]
UNMATCHED = ["the four columns on the Ferry Lane approach will be changed"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.fpdf_render(ADVICE, adv, fam="Sans", size=9.8, ink="#1d5c63", date=(2025, 9, 30))
    K.fpdf_render(RESPONSE, rsp, fam="Sans", size=10, ink="#3c3c3c", date=(2025, 11, 6))
    H.stamp(adv, header="Hartwell Lyle Consulting Engineers  |  HLC/PI/25/0412  |  Ferry Lane Footbridge FB/031",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="Eastmarch County Council  |  STR/FB031/25  |  Ferry Lane Footbridge decisions",
            footer="Page {n} of {N}", skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Principal inspection of a footbridge (fpdf2): seven unnumbered recommendation sentences in two "
                     "running-text paragraphs (numbered 1-7 here by order) after a defect table D1-D7; the Structures Manager's memo has its own Decisions "
                     "1-6 by bridge element, never citing a number, Decision 3 answering 2 (partly) and 3 "
                     "(disagrees), 5 unanswered, street lighting unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
