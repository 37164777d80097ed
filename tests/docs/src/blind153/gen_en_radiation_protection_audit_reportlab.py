"""Round 153 (EN): a radiation protection adviser's ANNUAL AUDIT REPORT on a dental practice's X-ray equipment and
arrangements, answered by the Principal Dentist's LETTER that names the recommendations BY ORDINAL ('Your first
recommendation', 'As to the third'), in another order, one left out.
The advice: the radiation regulations paraphrased ('the radiation employer must ... and should ...'); the 2024 audit's
recommendation QUOTED ('The practice should replace the cracked rectangular collimator ...'), done; OBSERVATIONS
NUMBERED 1-7 (as many as the recommendations); an equipment and dose TABLE; 'We do not recommend the replacement of
the panoramic unit at this stage'; the seven recommendations LETTERED (a) to (g) inside a BOX 'Summary of
recommendations'.
The response: introduction (nothing); the first (a) local rules revised (agrees); the third (c) critical examination
report obtained (agrees); the second (b) collimator for Surgery 1 only, Surgery 4 unit to be replaced (partly); ONE
paragraph on the sixth and seventh: the exposure switch stays where it is ((f) disagrees), reference levels adopted
((g) agrees); the fourth (d) image grading to be discussed (noted); a fifth surgery's shielding (unmatched); closing
(nothing); (e), trainee nurses not to take radiographs, never (unanswered).
reportlab platypus, A4, cleaned Liberation Serif (advice) / Sans (response), invariant=1; header and 'Page N of M'
stamped from page 2. The regulations are named as context only (what is said of them is paraphrased and not to be
relied on); the firm, practice, people, places, figures and references are invented.
Run:  /tmp/blind153en/bin/python tests/docs/src/blind153/gen_en_radiation_protection_audit_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b153en as H
import _b153en_kit as K

NAME = "blind153_en_radiation_protection_audit"

ADVICE = [
    ("meta", "CORVANE RADIATION PROTECTION SERVICES LTD  |  Radiation Protection Adviser and Medical Physics Expert "
             "services  |  Dental radiology"),
    ("h1", "Radiation Protection Adviser's Annual Audit Report: Kingsmere Dental Practice"),
    ("meta", "Report CRPS/DEN/25/1187  |  Practice: Kingsmere Dental Practice, 14 Station Parade, Hollowbrook HB4 7QT  "
             "|  Radiation employer: Dr Anil Mehra, Principal Dentist  |  Audit visit: 9 October 2025  |  Issued: "
             "24 October 2025  |  Adviser: Dr Ruth Calloway, RPA"),
    ("rule",),
    ("h2", "1. Purpose and scope"),
    ("p", "This report records the annual audit of the practice's radiation protection arrangements by its appointed "
          "Radiation Protection Adviser. The audit covered the four intraoral X-ray units (Surgeries 1 to 4), the "
          "panoramic unit in the imaging room, the local rules, the written procedures for medical exposures, staff "
          "training records and the quality assurance programme. Dose measurements were made on each unit with a "
          "calibrated solid-state meter."),
    ("h2", "2. Legal context"),
    ("p", "The Ionising Radiations Regulations 2017 and the Ionising Radiation (Medical Exposure) Regulations 2017 are "
          "named here as context only. In summary, the radiation employer must consult a suitable Radiation "
          "Protection Adviser on the matters set out in the regulations, and should review the local rules whenever "
          "staff, equipment or room layouts change. Nothing in this report is a legal opinion."),
    ("p", "Our audit of October 2024 recommended: <i>'The practice should replace the cracked rectangular collimator "
          "on the Surgery 3 unit before it is next used on patients.'</i> This was done in November 2024, and the "
          "replacement was seen at this visit."),
    ("h2", "3. Observations"),
    ("np", "1.", "The local rules displayed in the surgeries still name Mrs Carol Deane as Radiation Protection "
                 "Supervisor; she retired in June 2025.", 8),
    ("np", "2.", "Surgeries 1 and 4 use round open-ended cones. Rectangular collimation reduces patient dose by about "
                 "half for the same image.", 8),
    ("np", "3.", "The intraoral unit in Surgery 2 was installed in August 2025. No critical examination report was on "
                 "file at the time of the visit.", 8),
    ("np", "4.", "Radiographs are reported in the clinical notes, but image quality is not graded and no audit of "
                 "image quality has been done since 2022.", 8),
    ("np", "5.", "Two trainee dental nurses told us that they sometimes press the exposure button when the dentist is "
                 "busy. Neither has yet completed radiography training.", 8),
    ("np", "6.", "In Surgery 4 the exposure switch is on the wall beside the chair, about one metre from the tube head.",
     8),
    ("np", "7.", "The practice has no diagnostic reference levels of its own and relies on the national values, which "
                 "are higher than the doses we measured.", 8),
    ("h2", "4. Equipment and dose results"),
    ("table", [22, 26, 18, 18, 16],
     ["Unit", "Make and year", "Patient dose (mGy)", "Collimation", "Result"],
     [["Surgery 1, intraoral", "Rovex 70, 2014", "1.6 (adult molar)", "Round cone", "Within tolerance"],
      ["Surgery 2, intraoral", "Rovex Nova, 2025", "0.9 (adult molar)", "Rectangular", "Within tolerance"],
      ["Surgery 3, intraoral", "Rovex 70, 2016", "0.8 (adult molar)", "Rectangular", "Within tolerance"],
      ["Surgery 4, intraoral", "Elmatic DC, 2011", "1.9 (adult molar)", "Round cone", "Within tolerance"],
      ["Imaging room, panoramic", "Panorex P2, 2013", "64 mGy cm2 (DAP)", "Slit", "Within tolerance"]]),
    ("p", "The panoramic unit is twelve years old, but its output and image quality remain within tolerance and the "
          "service history is good. We do not recommend the replacement of the panoramic unit at this stage; it "
          "should be kept under review at the next audit."),
    ("h2", "5. Summary of recommendations"),
    ("box", [
        ("p", "The practice is asked to act on the following recommendations and to tell us in writing what it has "
              "decided. Items (b), (e) and (f) concern patient or staff dose and should be dealt with first."),
        ("np", "(a)", "Revise the local rules so that they name the current Radiation Protection Supervisor, and "
                      "display the revised rules in every surgery and in the imaging room.", 9),
        ("np", "(b)", "Fit rectangular collimators to the intraoral units in Surgeries 1 and 4 before the end of "
                      "January 2026.", 9),
        ("np", "(c)", "Obtain the installer's critical examination report for the new intraoral unit in Surgery 2 "
                      "and send a copy to us for review.", 9),
        ("np", "(d)", "Introduce grading of image quality for every radiograph taken, and audit the grades every six "
                      "months.", 9),
        ("np", "(e)", "Make sure that trainee dental nurses do not operate the X-ray equipment until they have "
                      "completed recognised radiography training.", 9),
        ("np", "(f)", "Move the exposure switch in Surgery 4 so that the operator can stand at least 1.5 metres from "
                      "the tube head and outside the primary beam.", 9),
        ("np", "(g)", "Adopt practice diagnostic reference levels for adult and child intraoral exposures, and "
                      "compare patient doses with them at least every three years.", 9),
    ]),
    ("p", "Our next routine audit is due in October 2026. Please contact us if any equipment is added, moved or "
          "replaced in the meantime, as a critical examination and a review of the local rules will be needed."),
    ("meta", "Dr Ruth Calloway, Radiation Protection Adviser; report checked by Martin Shelby, Principal Physicist"),
]

RESPONSE = [
    ("meta", "KINGSMERE DENTAL PRACTICE  |  14 Station Parade, Hollowbrook HB4 7QT  |  Tel. 01632 960418"),
    ("rule",),
    ("p", "Dr Ruth Calloway<br/>Corvane Radiation Protection Services Ltd<br/>Unit 9, Larkspur Business Park<br/>"
          "Ellersby EY2 5NW"),
    ("p", "28 November 2025"),
    ("p", "Dear Dr Calloway,"),
    ("p", "<b>Your ref. CRPS/DEN/25/1187: annual audit</b>"),
    ("p", "Thank you for your visit in October and for the clear report. We discussed it at our practice meeting on "
          "19 November, and I set out below what we have decided. I have taken your points in the order in which we "
          "dealt with them rather than in the order of your summary."),
    ("p", "Your first recommendation has been carried out. The local rules were rewritten on 4 November and now name "
          "Priya Oduya, our senior dental nurse, as supervisor; laminated copies hang in all four surgeries and the "
          "imaging room."),
    ("p", "As to the third, Brightline Dental Engineering have now sent us their commissioning paperwork for the "
          "Surgery 2 machine, and a copy went to your office by email on 12 November. We would be grateful for your "
          "comments on it."),
    ("p", "On the second, a rectangular collimator was fitted to the Surgery 1 unit last week. We have not ordered one "
          "for Surgery 4, because the partners have decided to replace that unit altogether in April 2026 and the "
          "new one will come with rectangular collimation built in."),
    ("p", "The sixth and seventh points are about Surgery 4 and about doses. Having looked again at the room, we do "
          "not intend to relocate the switch: the surgery is small, the operator can already step into the "
          "corridor and close the door before exposing, and the room will be refitted with the new unit in any "
          "case. On the other hand we have adopted the practice reference levels you proposed, which are now "
          "printed on a card beside each unit and will be checked against patient doses at each three-yearly "
          "review."),
    ("p", "Your fourth recommendation, on grading every image, has been noted. It would add to the workload of the "
          "clinicians and we want to hear their views at the January meeting before deciding."),
    ("p", "Separately, we are planning a fifth surgery in the former waiting area next year and would welcome your "
          "advice on the shielding of the partition walls before the builders start."),
    ("p", "Thank you again for your help. Please let me know if you need anything further from us."),
    ("p", "Yours sincerely,"),
    ("p", "Dr Anil Mehra<br/>Principal Dentist and radiation employer"),
]

RECS = [
    ("(a)", "Revise the local rules so that they name the current",
     "the local rules were rewritten on 4 November", "agrees"),
    ("(b)", "Fit rectangular collimators to the intraoral units in Surgeries 1 and 4",
     "a rectangular collimator was fitted to the Surgery 1 unit", "partly"),
    ("(c)", "Obtain the installer's critical examination report for the new intraoral unit",
     "Brightline Dental Engineering have now sent us their commissioning paperwork", "agrees"),
    ("(d)", "Introduce grading of image quality for every radiograph taken, and audit",
     "on grading every image, has been noted", "noted"),
    ("(e)", "Make sure that trainee dental nurses do not operate the X-ray equipment", None, "unanswered"),
    ("(f)", "Move the exposure switch in Surgery 4 so that the operator",
     "we do not intend to relocate the switch", "disagrees"),
    ("(g)", "Adopt practice diagnostic reference levels for adult and child intraoral exposures",
     "we have adopted the practice reference levels you proposed", "agrees"),
]
UNMATCHED = ["we are planning a fifth surgery in the former waiting area"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.rl_render(ADVICE, adv, fam="Serif", size=10, ink="#5b2c6f")
    K.rl_render(RESPONSE, rsp, fam="Sans", size=10, ink="#2e5e4e")
    H.stamp(adv, header="Corvane Radiation Protection Services Ltd  |  CRPS/DEN/25/1187  |  Kingsmere Dental Practice",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="Kingsmere Dental Practice  |  Reply to audit CRPS/DEN/25/1187", footer="Page {n} of {N}",
            skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "RPA annual audit of a dental practice (reportlab): recommendations (a)-(g) in a boxed summary "
                     "after observations numbered 1-7; the Principal Dentist's letter answers by ordinal, other "
                     "order, one paragraph on the sixth and seventh with different verdicts, (e) unanswered, a "
                     "fifth surgery's shielding unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
