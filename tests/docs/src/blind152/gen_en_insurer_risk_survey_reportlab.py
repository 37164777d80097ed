"""Round 152 (EN): a commercial insurer's RISK ENGINEERING SURVEY REPORT (property and liability) on an industrial
bakery, answered by the insured's Operations Director's LETTER to the insurer (through the broker) with BOLD LABELS
naming each recommendation's reference ('RI 25/04, thermal oil heater.'), in another order, one paragraph answering
two with different verdicts, one left out.
The advice: site observations NUMBERED 1-7 (as many as the recommendations), a status table of the 2023 survey's
recommendations RI 23/01 to RI 23/04 (quoted, with 'should' / 'must'), the fire safety legislation paraphrased
('the responsible person must carry out ... and should review it ...'); 'We do not recommend the installation of
sprinklers in the finished goods warehouse'; the seven new recommendations in a TABLE 'Ref | Recommendation |
Priority | Hazard' with references RI 25/01 to RI 25/07.
The response: introduction (nothing); RI 25/02 hot work permits in place (agrees); RI 25/05 thermographic survey
done (agrees) and, in the same paragraph, RI 25/06 the yard pallet store stays where it is (disagrees); RI 25/01
fryer suppression on the main line only (partly); RI 25/03 forklift charging area segregated (agrees); RI 25/07
business continuity plan noted for the board (noted); a solar panel installation notified (unmatched); closing
(nothing); RI 25/04, the thermal oil heater, never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans (advice) / Serif (response), invariant=1; header and 'Page N of M'
stamped from page 2. The legislation is named as context only (what is said of it is paraphrased and not to be relied
on); the insurer, broker, bakery, people, places, figures and references are invented.
Run:  /tmp/blind152en/bin/python tests/docs/src/blind152/gen_en_insurer_risk_survey_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b152en as H
import _b152en_kit as K

NAME = "blind152_en_insurer_risk_survey"

ADVICE = [
    ("meta", "HALDEN MUTUAL INSURANCE  |  Risk Engineering Services  |  Commercial in confidence"),
    ("h1", "Risk Engineering Survey Report: Brackwell Bakeries Ltd, Fenwick Road"),
    ("meta", "Survey ref. HMI/RE/25/2291  |  Policy CPX 4471028  |  Surveyed: 16 September 2025  |  Issued: 3 October "
             "2025  |  Risk engineer: Graham Pettifer BEng MIFireE  |  Broker: Arlow &amp; Finch Insurance Brokers"),
    ("rule",),
    ("h2", "1. Introduction"),
    ("p", "This report follows our survey of the bakery at Units 4 to 6, Fenwick Road Industrial Estate, Marlow Vale, "
          "at the policy renewal. It covers the property damage and business interruption exposures and, in outline, "
          "employers' liability. We were accompanied by the Operations Director, Ms Sandra Okonjo, and the Engineering "
          "Manager, Mr Lee Dawkins. The site employs 140 people over three shifts and produces about 38 tonnes of "
          "bread, rolls and doughnuts a day for supermarkets and food service customers."),
    ("h2", "2. Site observations"),
    ("np", "1.", "The premises are a steel-framed building of 6,200 square metres with composite panel walls; some "
                 "of the panels on the older bay have a combustible core.", 8),
    ("np", "2.", "The doughnut line has a 900-litre continuous fryer with a fixed suppression system; the two "
                 "batch fryers in the speciality room have none.", 8),
    ("np", "3.", "Hot work is done by contractors and by the in-house engineers, without a written permit.", 8),
    ("np", "4.", "Forklift batteries are charged against the panel wall of the dry goods store, beside stacked "
                 "flour and packaging.", 8),
    ("np", "5.", "The oven burners are heated by a thermal oil system; the heater room has no fire detection and "
                 "its fuel shut-off valve cannot be reached from outside.", 8),
    ("np", "6.", "About 2,000 empty plastic and timber pallets are stored in the yard within three metres of the "
                 "building.", 8),
    ("np", "7.", "There is no written business continuity plan. The bakery is the only site and supplies two "
                 "customers under contracts with penalty clauses.", 8),
    ("h2", "3. Previous recommendations"),
    ("p", "The four recommendations of our 2023 survey are shown below with their status as found on this visit."),
    ("table", [14, 60, 18],
     ["Ref", "2023 recommendation (as written)", "Status"],
     [["RI 23/01", "'The extraction ductwork from the fryers should be cleaned at least every six months by a "
                   "specialist contractor.'", "Complete"],
      ["RI 23/02", "'Smoking must be confined to the designated shelter at the car park entrance.'", "Complete"],
      ["RI 23/03", "'The sprinkler-free warehouse should be kept clear of stored goods in the aisles.'", "Complete"],
      ["RI 23/04", "'Thermal imaging of the main electrical panels should be repeated every year.'",
       "Lapsed (last done 2023)"]]),
    ("h2", "4. Legal context and loss estimates"),
    ("p", "The Regulatory Reform (Fire Safety) Order 2005 is named as context only. In summary, the responsible person "
          "must carry out a fire risk assessment and should review it regularly. The company's assessment is dated "
          "May 2024. Our estimated maximum loss for a fire in the production hall is GBP 14.6 million of property "
          "damage and 11 months of interruption."),
    ("p", "We have considered a sprinkler system for the whole site. Given the cost and the low fire load of the "
          "finished goods area, we do not recommend the installation of sprinklers in the finished goods warehouse; "
          "the measures below give a better reduction in risk for the money."),
    ("h2", "5. Risk improvement recommendations"),
    ("p", "Priority A items should be completed within 60 days, priority B items within six months and priority C "
          "items within twelve months. Please confirm the action taken through your broker."),
    ("table", [14, 62, 10, 18],
     ["Ref", "Recommendation", "Priority", "Hazard"],
     [["RI 25/01", "Fit an automatic fire suppression system, with a manual release at an exit, to both batch "
                   "fryers in the speciality room.", "A", "Fire"],
      ["RI 25/02", "Introduce a written hot work permit system for all staff and contractors, including a fire "
                   "watch for at least 60 minutes after work ends.", "A", "Fire"],
      ["RI 25/03", "Move forklift battery charging to a dedicated area at least two metres from combustible goods "
                   "and from the panel walls.", "A", "Fire"],
      ["RI 25/04", "Install heat detection in the thermal oil heater room and a remote fuel shut-off valve outside "
                   "the room.", "B", "Fire / BI"],
      ["RI 25/05", "Resume the annual thermographic survey of the main electrical distribution boards and repair "
                   "any hot spots found.", "B", "Fire"],
      ["RI 25/06", "Relocate the external pallet store at least ten metres from the building, or reduce it to no "
                   "more than 200 pallets.", "B", "Fire / arson"],
      ["RI 25/07", "Prepare and test a written business continuity plan, including alternative production with a "
                   "contract bakery.", "C", "BI"]]),
    ("p", "These recommendations are made to reduce the risk of loss. They are not a full statement of the company's "
          "legal duties, and acting on them does not replace the company's own fire risk assessment."),
    ("meta", "Graham Pettifer, Senior Risk Engineer, Halden Mutual Insurance"),
]

RESPONSE = [
    ("meta", "BRACKWELL BAKERIES LTD  |  Units 4-6 Fenwick Road Industrial Estate, Marlow Vale"),
    ("p", "Mr Graham Pettifer<br/>Senior Risk Engineer, Halden Mutual Insurance<br/>"
          "by email, through Arlow &amp; Finch Insurance Brokers (Ms Priya Chaudhry)"),
    ("p", "14 November 2025"),
    ("p", "<b>Your ref. HMI/RE/25/2291: risk improvement recommendations</b>"),
    ("p", "Dear Mr Pettifer,"),
    ("p", "Thank you for your visit in September and for a clear report. Our management team went through it on 21 "
          "October and I set out below where we have got to. I have taken the items in the order in which our "
          "engineering team tackled them."),
    ("p", "<b>RI 25/02, hot work.</b> A permit-to-work procedure covering hot work went live on 27 October. Every "
          "contractor now signs in through the engineering office and a fire watch of one hour is kept after each "
          "job."),
    ("p", "<b>RI 25/05 and RI 25/06, electrical survey and pallets.</b> The thermographic survey was carried out on 6 "
          "November by Voltcheck Ltd and the two loose connections it found were remade the same week. The pallets "
          "are another matter: the yard has no other space and our suppliers collect their pallets weekly, so we "
          "intend to leave the pallet stack in its present position."),
    ("p", "<b>RI 25/01, batch fryers.</b> A wet chemical suppression system has been ordered for the larger batch "
          "fryer and will be fitted in December. The smaller fryer is used only twice a week and is due to be "
          "retired in 2026, so we do not propose to fit it."),
    ("p", "<b>RI 25/03, battery charging.</b> Charging has been moved to a marked bay beside the loading doors, with "
          "steel barriers, well clear of the stored flour and of the walls."),
    ("p", "<b>RI 25/07, business continuity.</b> We have noted this. The board will look at the question of a "
          "continuity plan when it sets next year's budget in February."),
    ("p", "For completeness, and although it was not part of your survey, I should let you know that we plan to "
          "install roof-mounted solar panels on the new bay next spring; our contractor will send you the details."),
    ("p", "I hope this is helpful for the renewal. Please contact me if you need photographs or copies of the "
          "certificates."),
    ("p", "Yours sincerely,"),
    ("p", "Sandra Okonjo<br/>Operations Director, Brackwell Bakeries Ltd"),
]

RECS = [
    ("RI 25/01", "Fit an automatic fire suppression system, with a manual release", "system has been ordered for the larger batch fryer", "partly"),
    ("RI 25/02", "Introduce a written hot work permit system for all staff", "a permit-to-work procedure covering hot work went live", "agrees"),
    ("RI 25/03", "Move forklift battery charging to a dedicated area at least", "charging has been moved to a marked bay beside the loading doors", "agrees"),
    ("RI 25/04", "Install heat detection in the thermal oil heater room and", None, "unanswered"),
    ("RI 25/05", "Resume the annual thermographic survey of the main electrical distribution", "survey was carried out on 6 November by Voltcheck Ltd", "agrees"),
    ("RI 25/06", "Relocate the external pallet store at least ten metres from", "we intend to leave the pallet stack in its present position", "disagrees"),
    ("RI 25/07", "Prepare and test a written business continuity plan, including alternative", "the board will look at the question of a continuity plan", "noted"),
]
UNMATCHED = ["install roof-mounted solar panels on the new bay next spring"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.rl_render(ADVICE, adv, fam="Sans", size=9.6, ink="#7a2e0e")
    K.rl_render(RESPONSE, rsp, fam="Serif", size=10.4, ink="#333333")
    H.stamp(adv, header="Halden Mutual Insurance  |  HMI/RE/25/2291  |  Brackwell Bakeries Ltd", footer="Page {n} of {N}",
            skip_first=True)
    H.stamp(rsp, header="Brackwell Bakeries Ltd  |  HMI/RE/25/2291", footer="Page {n} of {N}", skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Insurer risk survey (reportlab): recommendations RI 25/01 to RI 25/07 in a table after "
                     "observations numbered 1-7 and a quoted 2023 status table RI 23/01-04; the letter labels each "
                     "reply with its reference in bold, other order, RI 25/05 and RI 25/06 in one paragraph with "
                     "different verdicts, RI 25/04 unanswered, the solar panels unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
