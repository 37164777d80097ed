"""Round 151 (EN): an ecology consultancy's PRELIMINARY ECOLOGICAL APPRAISAL for a borough council's new sports
pavilion and car park, answered by the council's project manager's LETTER, which PARAPHRASES the advice BY THEME with
ORDINALS ('First', 'Secondly', 'Thirdly', 'Lastly'), in another order, one paragraph answering two with different
verdicts, one left out.
The advice: a habitat table, RESULTS in numbered paragraphs 3.1-3.7 (as many as the recommendations), sections 1-5;
the seven recommendations are UNNUMBERED SENTENCES in the running text of section 5 ('Clearance of the bramble scrub
... should be carried out ...', 'The Council should plant ...'). Traps: the wildlife legislation paraphrased ('it is
an offence to disturb a bat roost, works must not destroy ... and clearance should avoid ...'); the 2019 survey of
the ground QUOTED ('A reptile survey should be carried out ...'); 'We do not recommend further bat surveys of the
existing pavilion ...'.
The response: introduction (nothing); first, clearance programmed for November (1 agrees); secondly, ONE paragraph
on bats: emergence surveys commissioned (2 agrees), no bat boxes or swift bricks in the modular pavilion (6
disagrees); thirdly, warm white lamps but on 6-metre columns (3 partly); the brook buffer not provided (4
disagrees); lastly, hedge planting noted for the landscaping scheme (5 noted); an uncut margin on the cricket
outfield, 'not arising from your report' (unmatched); closing (nothing); 7, the construction environmental
management plan, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (advice) / Serif (response) via @font-face, ligatures
off; header and 'Page N of M' stamped from page 2. The legislation is named as context only (what is said of it is
paraphrased and not to be relied on); the consultancy, the council, people, places, figures and references are
invented.
Run:  /tmp/blind151en/bin/python tests/docs/src/blind151/gen_en_ecological_appraisal_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b151en as H
import _b151en_kit as K

NAME = "blind151_en_ecological_appraisal"

ADVICE = [
    ("meta", "FERNSIDE ECOLOGY LLP  |  Ecological consultants  |  Report FE/PEA/25/063  |  Version 1.1 (final)"),
    ("h1", "Preliminary Ecological Appraisal: Hallam Fields Recreation Ground, proposed changing pavilion and car "
           "park extension"),
    ("meta", "Client: Broadmere Borough Council, Leisure and Open Spaces  |  Site visit: 14 May 2025  |  Report: "
             "5 June 2025  |  Author: Dr Siobhan Earnshaw MCIEEM  |  Checked: Tom Ridley ACIEEM"),
    ("rule",),
    ("h2", "1. Introduction"),
    ("p", "Broadmere Borough Council intends to build a new changing pavilion at Hallam Fields Recreation Ground and to "
          "extend the car park by 40 spaces towards Hallam Brook. An older scorer's hut on the north side of the "
          "cricket square would be demolished. This appraisal identifies the habitats on and next to the site, "
          "assesses their potential to support protected species, and sets out what should be done before and "
          "during the works."),
    ("h2", "2. Legal context and method"),
    ("p", "The Wildlife and Countryside Act 1981 and the Conservation of Habitats and Species Regulations 2017 are "
          "named here only as context. In summary, it is an offence to disturb a bat roost, works must not destroy "
          "an active bird's nest, and vegetation clearance should avoid the nesting season unless an ecologist has "
          "checked it first. This is a summary for the reader and not legal advice."),
    ("p", "The site was walked on 14 May 2025 in dry, mild weather. Habitats were mapped using the UK Habitat "
          "Classification, and both buildings were inspected from the ground and inside with a torch and an "
          "endoscope. Local records were obtained from the county biological records centre."),
    ("h2", "3. Results"),
    ("table", [40, 14, 46],
     ["Habitat", "Area or length", "Value and notes"],
     [["Amenity grassland (playing fields)", "3.8 ha", "Low; mown short"],
      ["Hawthorn hedge with bramble scrub, northern boundary", "95 m", "Moderate; nesting birds, hedgehog cover"],
      ["Hallam Brook and its bankside vegetation", "210 m", "High; a commuting and foraging corridor for bats"],
      ["Buildings: 1990s pavilion and timber scorer's hut", "2 units", "Pavilion negligible; hut moderate for bats"]]),
    ("np", "3.1", "Blackbird, dunnock and wren were seen carrying food into the northern hedge during the visit.", 11),
    ("np", "3.2", "The timber scorer's hut has gaps behind its fascia boards and lifted roof felt, giving it moderate "
                  "potential for roosting bats. No droppings were found inside.", 11),
    ("np", "3.3", "The existing pavilion is a flat-roofed 1990s building in good repair with no gaps suitable for "
                  "bats; its potential is negligible.", 11),
    ("np", "3.4", "Records show common and soprano pipistrelle and Daubenton's bat along Hallam Brook. The brook is "
                  "unlit at present.", 11),
    ("np", "3.5", "The proposed car park extension would come to within 3 metres of the top of the brook bank.", 11),
    ("np", "3.6", "No ponds lie within 500 metres, so great crested newts are not considered further.", 11),
    ("np", "3.7", "A hedgehog was recorded in the rough margin below the hedge in 2024.", 11),
    ("p", "An earlier survey of the recreation ground, carried out for the council in 2019, recommended: "
          "<i>'A reptile survey should be carried out before any work on the northern bank.'</i> That survey was "
          "completed in 2020 and found no reptiles; the habitat has not changed since."),
    ("h2", "4. Evaluation"),
    ("p", "The site as a whole is of local value only, but the hedge and the brook corridor matter for birds and "
          "bats, and the scorer's hut could hold a roost. We do not recommend further bat surveys of the existing "
          "pavilion, which has negligible potential and can be altered without them."),
    ("h2", "5. Recommendations"),
    ("p", "Clearance of the bramble scrub and the hawthorn hedge on the northern boundary should be carried out "
          "between October and February, outside the bird nesting season. Two dusk emergence surveys of the "
          "scorer's hut are recommended between May and August 2026, before any demolition, because a roost there "
          "cannot be ruled out."),
    ("p", "New lighting for the car park should be low-level and warm white, with no upward light, and must not "
          "spill onto the brook corridor or the retained hedge. A buffer strip of rough grassland at least "
          "10 metres wide should be kept between the extended car park and the top of the brook bank."),
    ("p", "The Council should plant at least 120 metres of new native hedgerow on the site to make up for the hedge "
          "that will be lost. We also recommend that bat boxes and swift bricks are built into the south and east "
          "walls of the new pavilion."),
    ("p", "Finally, a construction environmental management plan should be prepared, including a short talk to the "
          "contractor's staff on hedgehogs and nesting birds before work starts on site."),
    ("meta", "Dr Siobhan Earnshaw, Principal Ecologist, Fernside Ecology LLP. The validity of this appraisal is 18 "
             "months from the date of the site visit."),
]

RESPONSE = [
    ("meta", "BROADMERE BOROUGH COUNCIL  |  Leisure and Open Spaces  |  Civic Offices, Market Hill, Broadmere"),
    ("meta", "Our ref: LOS/HF/PAV/07  |  Your ref: FE/PEA/25/063  |  14 July 2025"),
    ("p", "Dr Siobhan Earnshaw<br>Fernside Ecology LLP"),
    ("p", "Dear Dr Earnshaw,"),
    ("h2", "Hallam Fields pavilion and car park: your preliminary ecological appraisal"),
    ("p", "Thank you for your appraisal of 5 June. The project board met on 8 July to consider it alongside the "
          "architect's stage 3 design, and I set out below how we intend to proceed, taking your advice theme by "
          "theme."),
    ("p", "First, the birds. The clearance of the boundary scrub and hedge has been programmed for November, so the "
          "nesting season does not arise, and the contractor has been told not to start earlier."),
    ("p", "Secondly, bats. We have commissioned your two dusk surveys for next summer, and the scorer's hut will "
          "stay standing until the results are known. The pavilion itself, however, is a factory-built modular unit, "
          "and the supplier will not guarantee its walls if anything is set into them, so the board decided that "
          "the building will go up without roosting or nesting features."),
    ("p", "Thirdly, lighting. The lamps will be warm white with no upward light, as you advise. Our road safety "
          "officer needs them on 6-metre columns rather than low bollards, though, and a little light will reach "
          "the edge of the hedge."),
    ("p", "On the brook, the strip of grassland you propose would cost us 14 of the 40 new parking spaces. The car "
          "park will run to the fence line as designed and no buffer will be provided."),
    ("p", "Lastly, your point about replacement hedge planting has been noted and will be looked at when the "
          "landscaping scheme is drawn up next year."),
    ("p", "Separately, and not arising from your report, the grounds team will leave an uncut margin along the "
          "cricket outfield this summer."),
    ("p", "Thank you for your help with this project. Please send your quotation for the surveys to me directly."),
    ("p", "Yours sincerely,"),
    ("p", "Priya Venkataraman<br>Project Manager, Leisure and Open Spaces"),
]

RECS = [
    ("1", "Clearance of the bramble scrub and the hawthorn hedge on the", "the clearance of the boundary scrub and hedge has been programmed", "agrees"),
    ("2", "Two dusk emergence surveys of the scorer's hut are recommended", "we have commissioned your two dusk surveys", "agrees"),
    ("3", "New lighting for the car park should be low-level and warm white,", "our road safety officer needs them on 6-metre columns", "partly"),
    ("4", "A buffer strip of rough grassland at least 10 metres wide", "the car park will run to the fence line as designed", "disagrees"),
    ("5", "The Council should plant at least 120 metres of new native hedgerow", "will be looked at when the landscaping scheme is drawn up", "noted"),
    ("6", "We also recommend that bat boxes and swift bricks are built", "the supplier will not guarantee its walls", "disagrees"),
    ("7", "Finally, a construction environmental management plan should be prepared, including", None, "unanswered"),
]
UNMATCHED = ["the grounds team will leave an uncut margin along the cricket outfield"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.chromium_render(ADVICE, adv, fam="Sans", size=9.8, ink="#2f6b3a", lw=9)
    K.chromium_render(RESPONSE, rsp, fam="Serif", size=11, ink="#6b2f4a")
    H.stamp(adv, header="Fernside Ecology LLP  |  FE/PEA/25/063  |  Hallam Fields Recreation Ground",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="Broadmere Borough Council  |  LOS/HF/PAV/07", footer="Page {n} of {N}", skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Preliminary ecological appraisal (Chromium): seven unnumbered recommendation sentences in the "
                     "running text of section 5, after results numbered 3.1-3.7; the letter paraphrases by theme with "
                     "ordinals, one paragraph answers 2 (agrees) and 6 (disagrees), 7 unanswered, an outfield margin "
                     "unmatched. Numbers are the order of the sentences in the advice.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
