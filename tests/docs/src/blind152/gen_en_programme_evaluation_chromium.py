"""Round 152 (EN): a research consultancy's FINAL EVALUATION REPORT of a charitable trust's youth employment
programme, answered by an EXTRACT FROM THE MINUTES of the trust's Board of Trustees, whose numbered minute paragraphs
(62.1 to 62.7) refer to the recommendations by number ('Recommendation 4'), in another order, one paragraph answering
two with different verdicts, one left out.
The advice: CONCLUSIONS NUMBERED 1-7 (as many as the recommendations), an outcomes table; the trust's grant
conditions QUOTED ('Funded projects must report ... and should involve ...'); the mid-term review's recommendation
QUOTED ('The Trust should simplify the quarterly monitoring form'), done; 'We do not recommend extending the
programme to people aged 25 to 30'; the seven recommendations as paragraphs with BOLD LEAD-INS 'Recommendation 1.'
to 'Recommendation 7.'
The response: introduction and apologies (nothing); recommendation 1 a second phase of two years, not three, with
less money (partly); recommendation 4 shared database commissioned (agrees); ONE paragraph: recommendation 2 caseload
cap of 25 agreed (agrees), recommendation 3 paid placements declined (disagrees); recommendation 6 follow-up at 12
months only (partly); recommendation 5 hardship fund noted (noted); a graduates' celebration event (unmatched);
close (nothing); recommendation 7, the youth panel, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (advice) / Serif (response) via @font-face, ligatures
off; header and 'Page N of M' stamped from page 2. The trust, consultancy, partners, people, places and figures are
invented.
Run:  /tmp/blind152en/bin/python tests/docs/src/blind152/gen_en_programme_evaluation_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b152en as H
import _b152en_kit as K

NAME = "blind152_en_programme_evaluation"

ADVICE = [
    ("meta", "NORTHGATE RESEARCH PARTNERSHIP  |  Independent evaluation  |  Final report, version 2.0"),
    ("h1", "Next Steps: Final Evaluation of the Elmgrove Trust Youth Employment Programme, 2022-2025"),
    ("meta", "Report NRP/EV/25/14  |  Commissioned by the Elmgrove Trust  |  Fieldwork: March to July 2025  |  "
             "Submitted: 19 September 2025  |  Authors: Dr Fiona Mabbott and Kwame Asante-Reid"),
    ("rule",),
    ("h2", "1. About the programme and this evaluation"),
    ("p", "Next Steps was funded by the Elmgrove Trust with GBP 3.6 million over three years and delivered by three "
          "partners in Castleford Vale: Hillside Youth Trust, the Dunmore Skills Centre and Open Road Community "
          "Interest Company. It offered young people aged 16 to 24 who were not in education, employment or training "
          "a named key worker, employability courses, short work tasters and help into jobs. This evaluation drew on "
          "the partners' monitoring data for 1,146 participants, interviews with 52 young people, 18 staff and 11 "
          "employers, and a comparison with local labour market figures."),
    ("p", "The Trust's grant conditions state: <i>'Funded projects must report their outcomes each quarter and should "
          "involve the people they serve in shaping their work.'</i> The partners met the first condition throughout; "
          "the second is discussed in section 3."),
    ("p", "The mid-term review of 2023 recommended: <i>'The Trust should simplify the quarterly monitoring form.'</i> "
          "A shorter form was introduced in April 2024 and partners told us it saves them about a day a quarter."),
    ("h2", "2. Outcomes"),
    ("table", [46, 18, 18, 18],
     ["Outcome", "Target", "Achieved", "Per cent of starters"],
     [["Young people starting the programme", "1,050", "1,146", "100"],
      ["Completed an accredited course", "600", "688", "60"],
      ["Entered a job or apprenticeship", "420", "402", "35"],
      ["Still in work after six months (where known)", "250", "214", "19"],
      ["Returned to education or training", "150", "171", "15"]]),
    ("h2", "3. Conclusions"),
    ("np", "1.", "Next Steps reached more young people than planned and made a real difference to many of them.", 8),
    ("np", "2.", "The named key worker was the most valued part of the programme, but caseloads rose to over 40 at "
                 "Open Road and quality fell.", 8),
    ("np", "3.", "Unpaid work tasters were useful, yet young people from the poorest households often could not "
                 "afford to take part.", 8),
    ("np", "4.", "Each partner kept its own records, so the Trust could not see one picture of the programme.", 8),
    ("np", "5.", "Small costs - a bus pass, work boots, a week of childcare - were a frequent barrier to starting "
                 "a job.", 8),
    ("np", "6.", "Too little is known about whether jobs lasted beyond six months.", 8),
    ("np", "7.", "Young people were consulted at the start but had little say once the programme was running.", 8),
    ("p", "Some stakeholders asked us to consider opening the programme to older adults. The need exists, but the "
          "model was designed around teenagers and school leavers, and we do not recommend extending the programme "
          "to people aged 25 to 30 at this stage."),
    ("h2", "4. Recommendations"),
    ("p", "Our recommendations are addressed to the Trust's Board. They are listed in the order of the conclusions."),
    ("p", "<b>Recommendation 1.</b> The Trust should fund a second three-year phase of Next Steps from April 2026, at "
          "no less than the current level of GBP 1.2 million a year."),
    ("p", "<b>Recommendation 2.</b> The named key worker model should be kept, with caseloads capped at 25 young people "
          "per worker in every partner."),
    ("p", "<b>Recommendation 3.</b> Work tasters should be replaced by paid work placements of at least eight weeks, "
          "with wages met from the programme budget."),
    ("p", "<b>Recommendation 4.</b> The three partners' separate monitoring systems should be replaced by one shared "
          "case management database owned by the Trust."),
    ("p", "<b>Recommendation 5.</b> A flexible hardship fund of up to GBP 300 per participant should be created for "
          "travel, clothing, equipment and childcare."),
    ("p", "<b>Recommendation 6.</b> The Trust should commission follow-up contact with leavers at 12 and 24 months to "
          "measure whether they remain in work."),
    ("p", "<b>Recommendation 7.</b> Young people should help design the next phase through a paid youth panel that "
          "meets at least four times a year."),
    ("meta", "Northgate Research Partnership, 4 Canal Wharf, Castleford Vale. This report is independent; the views "
             "expressed are the authors' own."),
]

RESPONSE = [
    ("meta", "THE ELMGROVE TRUST  |  Registered charity no. 1093318"),
    ("h1", "Board of Trustees: extract from the minutes of the meeting held on 30 October 2025"),
    ("p", "<b>Present:</b> Margaret Ellery (Chair), Rev. David Aston, Joanne Pryce, Farhan Qureshi, Tom Whitworth. "
          "<b>In attendance:</b> Helen Carver (Director), Amir Latif (Grants Manager). <b>Apologies:</b> Susan Bright."),
    ("rule",),
    ("h2", "62/25  Next Steps: final evaluation report (NRP/EV/25/14)"),
    ("np", "62.1", "The Director introduced the final evaluation by the Northgate Research Partnership, which had been "
                   "circulated with the papers. Trustees thanked the evaluators and the three partners.", 12),
    ("np", "62.2", "<b>Recommendation 1.</b> Trustees approved a second phase of Next Steps from April 2026, but for "
                   "two years rather than three and with a budget of GBP 900,000 a year, given the Trust's other "
                   "commitments.", 12),
    ("np", "62.3", "<b>Recommendation 4.</b> Trustees agreed. The Grants Manager has commissioned a single case "
                   "management system, to be used by all partners from the start of the new phase.", 12),
    ("np", "62.4", "<b>Recommendations 2 and 3.</b> The Board endorsed the key worker model, and a limit of 25 young "
                   "people per key worker will be written into the new grant agreements. Trustees considered paid "
                   "placements at length but resolved that the Trust will not pay wages from programme funds; "
                   "unpaid tasters will continue.", 12),
    ("np", "62.5", "<b>Recommendation 6.</b> Partners will contact leavers one year after they leave. A further "
                   "contact at two years was felt to be too costly and will not be required.", 12),
    ("np", "62.6", "<b>Recommendation 5.</b> The proposal for a hardship fund was noted. The Director will report on "
                   "options, including the partners' existing discretionary budgets, to a later meeting.", 12),
    ("np", "62.7", "Separately, trustees approved up to GBP 4,000 for a celebration evening for young people who "
                   "completed the programme.", 12),
    ("p", "The Chair asked that the Trust's thanks be recorded to all the young people who took part in the "
          "evaluation."),
    ("meta", "Certified a true extract. Amir Latif, Grants Manager and minute secretary, 6 November 2025."),
]

RECS = [
    ("1", "The Trust should fund a second three-year phase of Next", "two years rather than three and with a budget of GBP 900,000", "partly"),
    ("2", "The named key worker model should be kept, with caseloads", "will be written into the new grant agreements", "agrees"),
    ("3", "Work tasters should be replaced by paid work placements of", "will not pay wages from programme funds", "disagrees"),
    ("4", "The three partners' separate monitoring systems should be replaced by", "the grants manager has commissioned a single case management system", "agrees"),
    ("5", "A flexible hardship fund of up to GBP 300 per", "the proposal for a hardship fund was noted", "noted"),
    ("6", "The Trust should commission follow-up contact with leavers at 12", "partners will contact leavers one year after they leave", "partly"),
    ("7", "Young people should help design the next phase through a", None, "unanswered"),
]
UNMATCHED = ["for a celebration evening for young people who completed"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.chromium_render(ADVICE, adv, fam="Sans", size=9.8, ink="#2e5e4e", lw=7)
    K.chromium_render(RESPONSE, rsp, fam="Serif", size=10.6, ink="#3b3b6d", lw=12)
    H.stamp(adv, header="Northgate Research Partnership  |  NRP/EV/25/14  |  Next Steps final evaluation",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="The Elmgrove Trust  |  Board minutes, 30 October 2025", footer="Page {n} of {N}",
            skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Programme evaluation (Chromium): 'Recommendation 1.' to '7.' bold lead-ins after conclusions "
                     "numbered 1-7 and an outcomes table; trustees' minutes 62.1-62.7 name the recommendations by "
                     "number, other order, 2 and 3 in one paragraph with different verdicts, 7 unanswered, the "
                     "celebration evening unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
