"""Round 152 (EN): an asbestos consultancy's ASBESTOS MANAGEMENT SURVEY REPORT on a primary school, answered by the
academy trust's Estates Manager's EMAIL that PARAPHRASES the recommendations BY PLACE ('In the caretaker's store',
'Up in the kitchen roof void'), never by number, in another order, one left out.
The advice: an asbestos register table with sample references S01 to S07 (as many as the recommendations) and
'Action' notes; the asbestos regulations paraphrased ('the duty holder must ... and should ...'); the 2019 survey's
recommendation QUOTED ('The damaged pipe lagging in the boiler house should be removed ...'), done; 'We do not
recommend the removal of the vinyl floor tiles in the school hall'; the seven recommendations NUMBERED WITH ROMAN
NUMERALS (i) to (vii) as hanging paragraphs.
The response: greeting and thanks (nothing); (iii) refurbishment survey of the Year 6 block booked (agrees); (i) the
ceiling tiles removed at half-term (agrees); (vi) no lock on the kitchen loft hatch (disagrees); (ii) labels fitted
(agrees); (iv) re-inspection every two years by the caretaker, not yearly by a surveyor (partly); (vii) keeping a
copy at reception noted (noted); a quote for a second school asked for (unmatched); sign-off (nothing); (v),
training and sharing the register with contractors, never (unanswered).
fpdf2, A4, cleaned Liberation Sans, fixed creation dates; header and 'Page N of M' stamped from page 2. The
regulations are named as context only (what is said of them is paraphrased and not to be relied on); the
consultancy, trust, school, people, places, figures and references are invented.
Run:  /tmp/blind152en/bin/python tests/docs/src/blind152/gen_en_asbestos_survey_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b152en as H
import _b152en_kit as K

NAME = "blind152_en_asbestos_survey"

ADVICE = [
    ("meta", "CLEARSITE ASBESTOS SURVEYS LTD  |  UKAS-accredited inspection body no. 9412  |  Asbestos management survey"),
    ("h1", "Asbestos Management Survey Report: Ashby Fields Primary School"),
    ("meta", "Report CAS/MS/25/0738  |  Client: Harrowgate Valley Academy Trust  |  Site: Ashby Fields Primary School, "
             "Mill Lane, Ashby Fields  |  Surveyed: 28-29 August 2025  |  Issued: 12 September 2025  |  "
             "Surveyor: Nadia Brennan, P402"),
    ("rule",),
    ("h2", "1. Scope and method"),
    ("p", "This management survey covered all accessible areas of the main school building (1968), the Year 6 block "
          "(1974) and the kitchen extension (1989). Its purpose is to locate, as far as reasonably practicable, "
          "asbestos-containing materials that could be damaged or disturbed during normal occupation, including "
          "foreseeable maintenance, and to assess their condition. Thirty-one samples were taken and analysed by our "
          "laboratory; seven were found to contain asbestos. Areas not accessed are listed in Appendix B."),
    ("h2", "2. Legal context"),
    ("p", "The Control of Asbestos Regulations 2012 are named as context only. In summary, the duty holder must "
          "manage the risk from asbestos in non-domestic premises and should keep an up-to-date record of where it "
          "is and in what condition. For an academy, the duty holder is the Trust."),
    ("p", "The previous survey of the school, in 2019, recommended: <i>'The damaged pipe lagging in the boiler house "
          "should be removed by a licensed contractor as a matter of urgency.'</i> We confirmed that this was done; "
          "a clearance certificate dated 4 November 2019 was seen."),
    ("h2", "3. Asbestos register (summary)"),
    ("table", [10, 34, 26, 14, 16],
     ["Sample", "Location and material", "Asbestos type", "Condition", "Risk score"],
     [["S01", "Caretaker's store, ceiling tiles (insulating board)", "Amosite", "Damaged", "High (9)"],
      ["S02", "Boiler house, flue pipe (asbestos cement)", "Chrysotile", "Good", "Low (3)"],
      ["S03", "Service riser cupboards, rear panels (cement)", "Chrysotile", "Good", "Low (3)"],
      ["S04", "Year 6 block, window board packers", "Amosite", "Fair", "Medium (6)"],
      ["S05", "School hall, vinyl floor tiles and bitumen adhesive", "Chrysotile", "Good", "Very low (2)"],
      ["S06", "Kitchen roof void, debris on the ceiling joists", "Crocidolite", "Poor", "High (10)"],
      ["S07", "Classroom 4, textured ceiling coating", "Chrysotile", "Good", "Low (4)"]]),
    ("p", "The floor tiles in the hall (S05) are well bonded and covered by a sealed finish. We do not recommend the "
          "removal of the vinyl floor tiles in the school hall; removal would create a greater risk than leaving "
          "them in place, provided they are not drilled or sanded."),
    ("h2", "4. Recommendations"),
    ("p", "The following recommendations are in order of priority. Items (i) and (vi) need action before the affected "
          "areas are next entered."),
    ("np", "(i)", "Arrange for the damaged insulating board ceiling tiles in the caretaker's store to be removed by a "
                  "licensed contractor, and keep the store locked until then.", 11),
    ("np", "(ii)", "Fit asbestos warning labels to the cement flue in the boiler house and to the panels in the "
                   "service riser cupboards.", 11),
    ("np", "(iii)", "Commission a refurbishment and demolition survey of the Year 6 block before the window "
                    "replacement planned for summer 2026.", 11),
    ("np", "(iv)", "Have every material left in place re-inspected by a competent surveyor at least every 12 months, "
                   "and update the register after each inspection.", 11),
    ("np", "(v)", "Give asbestos awareness training to the site manager and the caretaker, and show the register to "
                  "every contractor before work starts.", 11),
    ("np", "(vi)", "Restrict access to the kitchen roof void by fitting a lock and a warning sign to its loft hatch "
                   "until the debris has been cleaned by a licensed contractor.", 11),
    ("np", "(vii)", "Keep a copy of the register at the school office and make it part of the school's written "
                    "asbestos management plan.", 11),
    ("p", "This report should be read with its appendices, which include the full register, photographs, plans and "
          "the laboratory certificates."),
    ("meta", "Nadia Brennan, Senior Asbestos Surveyor; checked by Owen Fairlie, Technical Manager"),
]

RESPONSE = [
    ("meta", "From: Paul Hendry (p.hendry@hvat.org.uk)  |  To: Nadia Brennan (nadia.brennan@clearsite-asbestos.co.uk)  "
             "|  Cc: Mrs J. Whitcombe, Headteacher  |  Sent: 24 October 2025, 16:12"),
    ("meta", "Subject: RE: Ashby Fields PS - management survey CAS/MS/25/0738"),
    ("rule",),
    ("p", "Hi Nadia,"),
    ("p", "Thanks again for the survey and for walking the site with our caretaker. Apologies for the slow reply; "
          "half-term got in the way. Here is where we are, going round the building rather than down your list."),
    ("p", "<b>Year 6 block.</b> The windows job is going ahead next summer, so we have booked the intrusive survey "
          "with you for 16 February. Purchase order to follow."),
    ("p", "<b>Caretaker's store.</b> The broken ceiling boards came out during half-term. Ridgeway Environmental did "
          "the work and the air test passed; the four-stage clearance certificate is on file."),
    ("p", "<b>Kitchen roof void.</b> We won't be putting a lock on that hatch. The extraction fan engineers need to get "
          "up there at short notice, and the kitchen staff never go into the loft anyway. We will look at having the "
          "debris cleaned when the budget allows."),
    ("p", "<b>Boiler house and risers.</b> Our maintenance contractor put the yellow stickers up last week, on the flue "
          "and inside each riser door."),
    ("p", "<b>Inspections.</b> We can't stretch to a surveyor every year across eleven schools. Our caretaker will look "
          "over the materials termly, and we'll have them formally re-checked by an outside surveyor on a two-year "
          "cycle, updating the register each time."),
    ("p", "<b>Office copy.</b> Point taken on keeping the register at reception; we'll think about that when we next "
          "revise the trust-wide asbestos plan."),
    ("p", "One more thing: could you quote for the same management survey at Brookside Infant School? It was built in "
          "1971 and has never had one."),
    ("p", "Cheers,"),
    ("p", "Paul\nPaul Hendry, Estates and Compliance Manager\nHarrowgate Valley Academy Trust"),
]

RECS = [
    ("(i)", "Arrange for the damaged insulating board ceiling tiles in the caretaker's", "the broken ceiling boards came out during half-term", "agrees"),
    ("(ii)", "Fit asbestos warning labels to the cement flue in the", "our maintenance contractor put the yellow stickers up last week", "agrees"),
    ("(iii)", "Commission a refurbishment and demolition survey of the Year 6", "we have booked the intrusive survey with you for 16 February", "agrees"),
    ("(iv)", "Have every material left in place re-inspected by a competent", "re-checked by an outside surveyor on a two-year cycle", "partly"),
    ("(v)", "Give asbestos awareness training to the site manager and the", None, "unanswered"),
    ("(vi)", "Restrict access to the kitchen roof void by fitting a", "we won't be putting a lock on that hatch", "disagrees"),
    ("(vii)", "Keep a copy of the register at the school office and", "point taken on keeping the register at reception", "noted"),
]
UNMATCHED = ["could you quote for the same management survey at Brookside"]


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    K.fpdf_render(ADVICE, adv, fam="Sans", size=9.6, ink="#8a5a00", date=(2025, 9, 12))
    K.fpdf_render(RESPONSE, rsp, fam="Sans", size=10.2, ink="#444444", date=(2025, 10, 24))
    H.stamp(adv, header="Clearsite Asbestos Surveys Ltd  |  CAS/MS/25/0738  |  Ashby Fields Primary School",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(rsp, header="RE: Ashby Fields PS - management survey CAS/MS/25/0738", footer="Page {n} of {N}",
            skip_first=True)
    recs = [{"number": n, "starts_with": s, "reply_contains": r, "verdict": v} for n, s, r, v in RECS]
    H.write_expected(NAME, recs, UNMATCHED,
                     "Asbestos management survey (fpdf2): recommendations (i)-(vii) after a register table with "
                     "samples S01-S07; the email paraphrases by place under bold place names, never by number, other "
                     "order, (v) unanswered, a quote for another school unmatched.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
