"""Round 153 (EN): a reserve specialist firm's RESERVE STUDY UPDATE for a US condominium association, answered by the
association Board's LETTER TO OWNERS under THEME HEADINGS ('Your monthly assessment', 'Roofs', ...), which paraphrases
the recommendations, cites a number only twice, in another order, one left out.
The advice: the state's common interest ownership act paraphrased ('associations must ... and should ...'); the 2022
study's recommendation QUOTED ('The Association should increase reserve contributions by at least 8 percent a year
...'), only partly followed; KEY FINDINGS NUMBERED 3.1 to 3.7 (as many, and numbered like the recommendations); a
component TABLE; 'We do not recommend a special assessment at this time'; the seven recommendations DECIMAL-NUMBERED
5.1 to 5.7 with bold titles.
The response: introduction (nothing); 'Your monthly assessment' contribution raised to $25,000, not $29,800 (5.1
partly); 'Roofs' one project in 2027 (5.2 agrees); 'Balconies' engineer engaged (5.4 agrees); 'Clubhouse kitchen'
remains in the reserve plan (5.5 disagrees); ONE paragraph 'Reserve policy and future studies': policy adopted (5.3
agrees), three-year site visits 'noted' for the budget committee (5.6 noted); dog waste stations (unmatched);
closing (nothing); 5.7, the sewer lateral camera survey, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans via @font-face, ligatures off; header and 'Page N of M'
stamped from page 2. The state act is named as context only (what is said of it is paraphrased and not to be relied
on); the firm, association, people, places, figures and references are invented.
Run:  /tmp/blind153en/bin/python tests/docs/src/blind153/gen_en_reserve_study_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b153en as H
import _b153en_kit as K

NAME = "blind153_en_reserve_study"

ADVICE = [
    ("meta", "SUMMIT RIDGE RESERVE CONSULTANTS, LLC  |  Reserve studies and capital planning for community "
             "associations"),
    ("h1", "Reserve Study Update with Site Visit: Willow Bend Condominium Association"),
    ("meta", "Study no. SRR-24117  |  Fiscal year beginning January 1, 2026  |  Site visit: August 14, 2025  |  "
             "Report date: September 19, 2025  |  148 units in twelve buildings, Carver Springs, Colorado  |  "
             "Prepared by: Dana Whitlock, RS"),
    ("rule",),
    ("h2", "1. Introduction"),
    ("p", "This update was prepared for the Board of Directors of Willow Bend Condominium Association to help it "
          "plan for the repair and replacement of the common elements the Association is obliged to maintain. It "
          "includes a physical inspection of the visible common elements, a component inventory with remaining "
          "useful lives and current costs, and a thirty-year funding plan."),
    ("h2", "2. Background"),
    ("p", "The Colorado Common Interest Ownership Act is named here as context only. In summary, associations must "
          "adopt policies on reserves and should have a reserve study carried out and reviewed at regular "
          "intervals. This report is not legal advice."),
    ("p", "The previous study, in 2022, recommended: <i>'The Association should increase reserve contributions by at "
          "least 8 percent a year until 2027.'</i> The Board raised contributions by 5 percent in 2023 and by 3 "
          "percent in each of 2024 and 2025."),
    ("h2", "3. Key findings"),
    ("np", "3.1", "The reserve balance projected for January 1, 2026 is $612,400, against a fully funded balance of "
                  "$1,611,000. The Association is 38 percent funded.", 10),
    ("np", "3.2", "The asphalt shingle roofs of Buildings A to D are 24 years old and showing granule loss; their "
                  "remaining useful life is about two years.", 10),
    ("np", "3.3", "The Association has no written reserve policy, and contributions have been set each year by "
                  "reference to the operating budget.", 10),
    ("np", "3.4", "Several wooden balcony ledgers show staining and soft wood at the connection to the building. "
                  "We could not judge their structural condition.", 10),
    ("np", "3.5", "The clubhouse kitchen remodel ($96,000) was added to the reserve plan in 2024. It is an "
                  "improvement, not a replacement of an existing component.", 10),
    ("np", "3.6", "This is the Association's first update with a site visit since 2019.", 10),
    ("np", "3.7", "The clay and cast-iron sewer laterals date from 1979 and are not in the component inventory; two "
                  "backups were reported in 2025.", 10),
    ("h2", "4. Major components (extract)"),
    ("table", [34, 18, 18, 30],
     ["Component", "Remaining life", "Current cost", "Note"],
     [["Roofs, Buildings A to D", "2 years", "$418,000", "Replace together for a better price"],
      ["Roofs, Buildings E to L", "9 years", "$702,000", "Replaced 2009-2010"],
      ["Asphalt drives and parking, overlay", "4 years", "$188,500", "Crack seal every 3 years from operating"],
      ["Pool resurfacing and deck", "6 years", "$74,200", "Fair condition"],
      ["Wooden balconies (148)", "Unknown", "$1,036,000", "See finding 3.4"],
      ["Clubhouse kitchen remodel", "1 year", "$96,000", "Improvement, see finding 3.5"]]),
    ("p", "With the contributions set out below, the reserve fund does not fall below the threshold of $150,000 in any "
          "year of the plan. We do not recommend a special assessment at this time, provided the contribution "
          "increase in 5.1 is adopted for 2026."),
    ("h2", "5. Recommendations"),
    ("np", "5.1", "<b>Contributions.</b> Increase the monthly reserve contribution from $21,500 to $29,800 from "
                  "January 1, 2026, and by 4 percent a year after that.", 10),
    ("np", "5.2", "<b>Roofs.</b> Replace the roofs of Buildings A to D in 2027 as a single project, rather than "
                  "building by building.", 10),
    ("np", "5.3", "<b>Reserve policy.</b> Adopt a written reserve policy with a target of 70 percent funded within "
                  "ten years.", 10),
    ("np", "5.4", "<b>Balconies.</b> Engage a licensed structural engineer to inspect a sample of the balconies "
                  "before any further balcony repairs are done.", 10),
    ("np", "5.5", "<b>Clubhouse kitchen.</b> Remove the clubhouse kitchen remodel from the reserve plan and, if the "
                  "owners want it, fund it from the operating budget.", 10),
    ("np", "5.6", "<b>Updates.</b> Update this study with a site visit every three years, and without a site visit "
                  "in the years between.", 10),
    ("np", "5.7", "<b>Sewer laterals.</b> Fund a camera survey of the sewer laterals in 2026 and add them to the "
                  "component inventory.", 10),
    ("p", "The full component inventory and the thirty-year cash flow table are in Appendices A and B."),
    ("meta", "Dana Whitlock, RS, Reserve Specialist, Summit Ridge Reserve Consultants, LLC"),
]

RESPONSE = [
    ("meta", "WILLOW BEND CONDOMINIUM ASSOCIATION  |  c/o Front Range Community Management, 2200 Larkin Avenue, "
             "Suite 140, Carver Springs, CO  |  Board of Directors"),
    ("h1", "Reserve study and 2026 budget: what the Board decided"),
    ("meta", "Letter to all owners  |  November 12, 2025"),
    ("rule",),
    ("p", "Dear Willow Bend owners,"),
    ("p", "At its meeting on November 4, the Board adopted the 2026 budget after reviewing the reserve study update "
          "prepared this fall by Summit Ridge Reserve Consultants. The full study is available from the management "
          "office. This letter explains, topic by topic, how the Board has responded to it."),
    ("h3", "Your monthly assessment"),
    ("p", "The consultant asked us to raise the reserve contribution to $29,800 a month. After a long discussion the "
          "Board settled on $25,000 a month for 2026, which means an increase of about $24 a month for a typical "
          "two-bedroom unit. We will look at a further step in the 2027 budget rather than ask for the whole "
          "increase at once."),
    ("h3", "Roofs"),
    ("p", "The four oldest buildings will be reroofed together in the summer of 2027. Bundling the work should get "
          "us a better price and means a single period of disruption. Bids will be sought next fall."),
    ("h3", "Balconies"),
    ("p", "Following recommendation 5.4, the Board has hired Kessler Structural Engineering to look at a sample of "
          "balconies in January. Planned balcony repairs are on hold until we have their report."),
    ("h3", "Clubhouse kitchen"),
    ("p", "The kitchen remodel stays in the reserve plan. Owners asked for it at the 2024 annual meeting, and the "
          "Board does not think it right to move it to the operating budget, where it would be competing with "
          "landscaping and snow removal."),
    ("h3", "Reserve policy and future studies"),
    ("p", "A written reserve policy, aiming for 70 percent funding by 2035, was approved at the same meeting and is "
          "enclosed with this letter. On 5.6, the timing of future studies, the Board noted the consultant's advice "
          "and has passed it to the budget committee to consider when it plans the 2027 budget."),
    ("h3", "Other news"),
    ("p", "Six new dog waste stations will be installed along the walking path behind Buildings F to H before the "
          "end of the year."),
    ("p", "Thank you for your patience as we work through these decisions. Questions are welcome at the open forum "
          "of every Board meeting."),
    ("p", "On behalf of the Board of Directors,<br>Linda Ortega, President"),
]

RECS = [
    ("5.1", "Contributions. Increase the monthly reserve contribution from $21,500 to $29,800",
     "the Board settled on $25,000 a month for 2026", "partly"),
    ("5.2", "Roofs. Replace the roofs of Buildings A to D in",
     "The four oldest buildings will be reroofed together", "agrees"),
    ("5.3", "Reserve policy. Adopt a written reserve policy with a target",
     "aiming for 70 percent funding by 2035, was approved", "agrees"),
    ("5.4", "Balconies. Engage a licensed structural engineer to inspect a sample",
     "the Board has hired Kessler Structural Engineering", "agrees"),
    ("5.5", "Clubhouse kitchen. Remove the clubhouse kitchen remodel from the reserve",
     "The kitchen remodel stays in the reserve plan", "disagrees"),
    ("5.6", "Updates. Update this study with a site visit every three",
     "has passed it to the budget committee to consider", "noted"),
    ("5.7", "Sewer laterals. Fund a camera survey of the sewer laterals", None, "unanswered"),
]
UNMATCHED = ["Six new dog waste stations will be installed"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.chromium_render(ADVICE, adv, fam="Sans", size=9.8, ink="#7a4a12", lw=10)
    K.chromium_render(RESPONSE, rsp, fam="Sans", size=10, ink="#2f5d3a", lw=10)
    H.stamp(adv, header="Summit Ridge Reserve Consultants, LLC  |  SRR-24117  |  Willow Bend Condominium Association",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="Willow Bend Condominium Association  |  Reserve study and 2026 budget",
            footer="Page {n} of {N}", skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Reserve study update for a condominium association (Chromium): recommendations 5.1-5.7 with bold "
                     "titles after key findings 3.1-3.7; the Board's letter to owners answers under theme headings, "
                     "citing 5.4 and 5.6 only, other order, one paragraph answering 5.3 (agrees) and 5.6 (noted), "
                     "5.7 unanswered, dog waste stations unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
