"""Round 153 (EN): an outdoor safety consultancy's ADVENTURE ACTIVITIES LICENSING INSPECTION REPORT on a borough
council's outdoor education centre, answered by the Head of Outdoor Learning's LETTER that QUOTES each recommendation
in italics (without its code) followed by an 'Our response:' label, in another order, one left out.
The advice: the licensing legislation paraphrased ('a provider must hold a licence ... and should ...'); the 2023
inspection's recommendation QUOTED ('The centre should replace the buoyancy aids ...'), done; an ACTIVITIES TABLE with
codes A1 to A7 (as many as the recommendations); 'we do not recommend that gorge walking be suspended'; the seven
recommendations in a TABLE 'Ref | Area | Recommendation | By' with CODED references BR-01 to BR-07.
The response: introduction (nothing); the rope log (BR-01 agrees); the emergency action plans written for three of
five sites (BR-04 partly); canoe ratios not changed (BR-03 disagrees); a white-water rescue leader on every gorge
session (BR-02 agrees); the freelance refresher day not agreed (BR-05 disagrees); the defibrillator at the boathouse
noted (BR-06 noted); a new minibus (unmatched); closing (nothing); BR-07, the night-time fire drill in the bunkhouse,
never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif via @font-face, ligatures off; header and 'Page N of
M' stamped from page 2. The legislation is named as context only (what is said of it is paraphrased and not to be
relied on); the consultancy, council, centre, people, places, figures and references are invented.
Run:  /tmp/blind153en/bin/python tests/docs/src/blind153/gen_en_outdoor_centre_inspection_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b153en as H
import _b153en_kit as K

NAME = "blind153_en_outdoor_centre_inspection"

ADVICE = [
    ("meta", "FELLGATE OUTDOOR SAFETY ASSOCIATES  |  Technical inspections for adventure activity providers"),
    ("h1", "Licensing Inspection Report: Brantmoor Outdoor Education Centre"),
    ("meta", "Report FOSA/LI/25/063  |  Provider: Westmere Borough Council, Outdoor Learning Service  |  Centre: "
             "Brantmoor Outdoor Education Centre, Brant Water, Westmere  |  Licence no. BOC/2211  |  Inspected: 15-17 "
             "September 2025  |  Report: 3 October 2025  |  Inspector: Alan Rigby"),
    ("rule",),
    ("h2", "1. Purpose of the inspection"),
    ("p", "This was a renewal inspection of the centre's licence to provide adventure activities to young people. "
          "It covered the activities listed in the table below, the safety management system, staff competence "
          "records and the equipment stores. Sessions were observed on all three days, in mixed weather."),
    ("p", "The Activity Centres (Young Persons' Safety) Act 1995 and the Adventure Activities Licensing Regulations "
          "2004 are named here as context only. In summary, a provider must hold a licence to offer the activities "
          "in scope to young people, and should be able to show that the risks have been assessed and that its "
          "leaders are competent. This report is not legal advice."),
    ("p", "The 2023 inspection recommended: <i>'The centre should replace the buoyancy aids that are more than eight "
          "years old and mark each one with its date of purchase.'</i> This has been done, and the buoyancy aids "
          "seen were all in good condition."),
    ("h2", "2. Activities inspected"),
    ("table", [8, 30, 22, 40],
     ["Code", "Activity and site", "Leaders seen", "Outcome"],
     [["A1", "Climbing and abseiling, Brant Crag", "3 (2 freelance)", "Safe; rope records incomplete"],
      ["A2", "Gorge walking, Skell Beck", "2", "Safe; rescue skills not held by every leader"],
      ["A3", "Open canoeing, Brant Water", "2", "Safe; ratio 1:10 in a force 4 wind"],
      ["A4", "Kayaking, Brant Water", "1", "Safe"],
      ["A5", "Hill walking, Harrow Fell", "2 (1 freelance)", "Safe; no site emergency plan"],
      ["A6", "Caving, Long Churn", "1 (freelance)", "Safe; no site emergency plan"],
      ["A7", "Orienteering, centre grounds", "1", "Safe; outside the licence scope"]]),
    ("h2", "3. Conclusions"),
    ("p", "Overall the centre is well run, and its leaders showed good judgement with groups of mixed ability. The "
          "licence can be renewed. Skell Beck rises quickly after rain, but the centre's river level trigger is "
          "sound and was followed on the second day, when a session was moved. We do not recommend that gorge "
          "walking be suspended, provided the leader requirement in BR-02 is met. The recommendations below should "
          "be completed by the dates given; we would expect to see evidence at the next inspection."),
    ("h2", "4. Recommendations"),
    ("table", [10, 15, 60, 15],
     ["Ref", "Area", "Recommendation", "By"],
     [["BR-01", "Climbing", "Keep an individual use log for every climbing rope, and withdraw any rope that has "
                            "reached the manufacturer's ten-year limit.", "Dec 2025"],
      ["BR-02", "Gorge walking", "Make sure that at least one leader on every gorge walking session holds a current "
                                 "white-water safety and rescue certificate.", "Mar 2026"],
      ["BR-03", "Canoeing", "Reduce the ratio for open-canoe sessions on Brant Water from 1:10 to 1:8 when the wind "
                            "is force 4 or above.", "Apr 2026"],
      ["BR-04", "Emergencies", "Write an emergency action plan for each off-site venue, with grid references and "
                               "the nearest access point for an ambulance.", "Mar 2026"],
      ["BR-05", "Staffing", "Hold an annual technical refresher day for freelance instructors, and record who "
                            "attends.", "Apr 2026"],
      ["BR-06", "First aid", "Install a public-access defibrillator at the boathouse, where most water sessions "
                             "start and finish.", "Jun 2026"],
      ["BR-07", "Residential", "Carry out a night-time fire evacuation drill in the bunkhouse at least once a term, "
                               "and record the time taken.", "Dec 2025"]]),
    ("meta", "Alan Rigby, Technical Inspector, Fellgate Outdoor Safety Associates"),
]

RESPONSE = [
    ("meta", "WESTMERE BOROUGH COUNCIL  |  Outdoor Learning Service  |  Brantmoor Outdoor Education Centre, Brant "
             "Water, Westmere"),
    ("rule",),
    ("p", "Mr Alan Rigby<br>Fellgate Outdoor Safety Associates<br>The Old Forge, Kelsby"),
    ("p", "21 November 2025"),
    ("p", "Dear Mr Rigby,"),
    ("p", "<b>Licensing inspection of Brantmoor, your report FOSA/LI/25/063</b>"),
    ("p", "Thank you for your report and for the constructive way the inspection was carried out. The team were "
          "pleased to read your overall conclusions. I have repeated your recommendations below, each with our response "
          "to it."),
    ("q", "Keep an individual use log for every climbing rope, and withdraw any rope that has reached the "
          "manufacturer's ten-year limit."),
    ("p", "<b>Our response:</b> Done. Each rope now carries a numbered tag and its own log sheet in the climbing "
          "store, and five older ropes have been cut up and used for training knots."),
    ("q", "Write an emergency action plan for each off-site venue, with grid references and the nearest access "
          "point for an ambulance."),
    ("p", "<b>Our response:</b> Plans for Brant Crag, Skell Beck and Harrow Fell are finished and in every "
          "session bag. Long Churn and the lake shore will follow by the end of the summer term, later than your "
          "date, as we want to walk both sites with the mountain rescue team first."),
    ("q", "Reduce the ratio for open-canoe sessions on Brant Water from 1:10 to 1:8 when the wind is force 4 or "
          "above."),
    ("p", "<b>Our response:</b> We have thought carefully about this and will keep our current ratios. Open-canoe "
          "groups on the lake always have a safety boat with an instructor on the water, and our operating "
          "procedure already stops sessions at force 5."),
    ("q", "Make sure that at least one leader on every gorge walking session holds a current white-water safety and "
          "rescue certificate."),
    ("p", "<b>Our response:</b> Agreed. Four of our staff will attend a rescue course in February, after which "
          "rotas will be built so that a qualified person is in every Skell Beck group."),
    ("q", "Hold an annual technical refresher day for freelance instructors, and record who attends."),
    ("p", "<b>Our response:</b> We do not accept this one. Freelance instructors are engaged on the strength of "
          "their own qualifications and revalidation, which we check every year, and the Council cannot pay for "
          "their training days."),
    ("q", "Install a public-access defibrillator at the boathouse, where most water sessions start and finish."),
    ("p", "<b>Our response:</b> We have taken note of this and have asked the parish council whether a community "
          "defibrillator could be shared."),
    ("p", "You may also like to know that a new twelve-seat minibus with a wheelchair lift joined the fleet in "
          "October."),
    ("p", "We look forward to seeing you at the next inspection."),
    ("p", "Yours sincerely,"),
    ("p", "Helen Mossop<br>Head of Outdoor Learning, Westmere Borough Council"),
]

RECS = [
    ("BR-01", "Keep an individual use log for every climbing rope, and",
     "each rope now carries a numbered tag and its own log sheet", "agrees"),
    ("BR-02", "Make sure that at least one leader on every gorge walking",
     "Four of our staff will attend a rescue course in February", "agrees"),
    ("BR-03", "Reduce the ratio for open-canoe sessions on Brant Water from",
     "We have thought carefully about this and will keep our current ratios", "disagrees"),
    ("BR-04", "Write an emergency action plan for each off-site venue, with",
     "Long Churn and the lake shore will follow", "partly"),
    ("BR-05", "Hold an annual technical refresher day for freelance instructors",
     "We do not accept this one", "disagrees"),
    ("BR-06", "Install a public-access defibrillator at the boathouse, where most water",
     "We have taken note of this and have asked the parish council", "noted"),
    ("BR-07", "Carry out a night-time fire evacuation drill in the bunkhouse", None, "unanswered"),
]
UNMATCHED = ["a new twelve-seat minibus with a wheelchair lift"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.chromium_render(ADVICE, adv, fam="Serif", size=10.2, ink="#1f4f7a", lw=10)
    K.chromium_render(RESPONSE, rsp, fam="Serif", size=10.2, ink="#6b3a2a", lw=10)
    H.stamp(adv, header="Fellgate Outdoor Safety Associates  |  FOSA/LI/25/063  |  Brantmoor Outdoor Education Centre",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="Westmere Borough Council  |  Brantmoor: response to FOSA/LI/25/063",
            footer="Page {n} of {N}", skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Adventure activities licensing inspection (Chromium): recommendations BR-01 to BR-07 in a table "
                     "after an activities table coded A1-A7; the Head of Outdoor Learning's letter quotes each "
                     "recommendation in italics without its code, then 'Our response:', other order, BR-07 "
                     "unanswered, a new minibus unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
