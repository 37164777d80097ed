"""Round 150 (EN): a retail consultancy's TOWN CENTRE HEALTH CHECK for a town council, answered by an EXTRACT FROM THE
MINUTES of the council's committee, whose RESOLUTIONS are LETTERED (a)-(g) and cite the report's paragraph numbers
only sometimes ('recommendation 5.4'), elsewhere paraphrasing, in another order, one resolution answering two with
different verdicts, one resolution not arising from the report, one recommendation left out.
The advice: a key indicators table, sections 1-5; the seven recommendations are NUMBERED PARAGRAPHS 5.1-5.7 in the
imperative, after FINDINGS NUMBERED 4.1-4.7 in the same style (as many as the recommendations). Traps: the Local
Plan policy QUOTED ('Proposals should maintain an active frontage ...'); the 2021 health check's recommendation
QUOTED ('The Town Council should install footfall counters ...'), done; a shopper quoted ('the council should do
something about the empty shops'); 'We do not recommend introducing charges at the Brook Street car park'.
The response: the committee's discussion (nothing); (a) report received (nothing); (b) letters to the owners of the
empty units (5.2 agrees); (c) a town centre manager for a one-year trial instead of three years (5.1 partly); (d) no
Sunday market (5.3 disagrees) but the footfall counts and vacancy survey every September (5.6 agrees); (e)
recommendation 5.4 noted, a matter for the county council (noted); (f) the quarterly forum noted, for the new
council (5.7 noted); (g) the Christmas lights budget, 'an item not arising from the report' (unmatched); 5.5, the
fingerpost signs, never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates (the Doc class of gen_en_ppg_survey_fpdf2.py);
header and 'Page N of M' stamped from page 2. The Local Plan is named as context only; the consultancy, the town,
the councils, people, places, figures and references are invented.
Run:  /tmp/blind150en/bin/python tests/docs/src/blind150/gen_en_town_centre_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b150en as H
from gen_en_ppg_survey_fpdf2 import Doc

NAME = "blind150_en_town_centre"
RED = (140, 34, 34)
SLATE = (40, 60, 90)

RECS = [
    "Appoint a part-time town centre manager for an initial period of three years, shared with a Business "
    "Improvement District if the traders vote to form one.",
    "Work with the owners of the six longest-empty shops on Market Street to put art, displays or short pop-up "
    "lets into their windows.",
    "Introduce a monthly Sunday artisan market in the Market Square from the spring of 2026, to bring visitors "
    "into the town on the quietest day of the week.",
    "Press the county council, as highway authority, to install a signal-controlled crossing on Bridge Street "
    "between the bus station and the High Street.",
    "Install six new fingerpost signs on the walking route between the railway station and the High Street, "
    "showing walking times.",
    "Repeat the footfall counts and the vacancy survey every year, in the same week of September, so that "
    "trends can be tracked.",
    "Set up a town centre forum of traders, residents and councillors that meets every quarter and reports to "
    "the Town Council.",
]


def advice():
    d = Doc(datetime.datetime(2025, 9, 19, 9, 0, tzinfo=datetime.timezone.utc), 9.4, RED)
    d.meta("MARCHBANK RETAIL CONSULTING  |  Report MRC/HC/2025/08  |  for Elmsworth Town Council  |  "
           "September 2025")
    d.h1("Elmsworth Town Centre Health Check 2025")
    d.meta("Fieldwork 1 to 14 August 2025. Authors: Kieran Ashdown MRTPI and Lucy Penhallow. Commissioned by the "
           "Town Council's Economic Development and Town Centre Committee.")
    d.h2("1  Introduction")
    d.para("This report updates the health check we carried out in 2021. It measures how Elmsworth town centre "
           "is performing, compares it with similar market towns, and makes recommendations that the Town "
           "Council and its partners can act on. The district Local Plan sets the planning context. Its town "
           "centre policy says:")
    d.quote("'Proposals should maintain an active frontage at ground floor level in the primary shopping area.'")
    d.para("The 2021 health check recommended that 'The Town Council should install footfall counters on the "
           "High Street and Market Street.' Two counters were installed in 2022, and their data are used below.")
    d.h2("2  Key indicators")
    d.grid(["Indicator", "2021", "2025", "Similar towns 2025"],
           [["Ground floor units", "214", "216", "not applicable"],
            ["Vacancy rate", "11.7%", "14.4%", "13.1%"],
            ["Average weekday footfall, High Street", "4,950", "4,480", "not applicable"],
            ["Average Saturday footfall, High Street", "7,300", "7,150", "not applicable"],
            ["Independent businesses", "58%", "63%", "55%"],
            ["Car parking spaces (public)", "612", "598", "not applicable"]], [78, 26, 26, 36])
    d.h2("3  What people told us")
    d.para("We interviewed 310 people in the street and 41 businesses. Shoppers value the independent shops, the "
           "Saturday market and the free parking, but 62 per cent said the town feels emptier than five years "
           "ago. One said: 'the council should do something about the empty shops, they make the whole street "
           "look closed.' Visitors arriving by train said they could not find the High Street.")
    d.h2("4  Findings")
    for n, t in enumerate([
        "The town centre is holding up but has weakened since 2021, mainly on Market Street.",
        "Six units on Market Street have been empty for more than two years.",
        "Nobody has the job of looking after the town centre day to day or of speaking for it.",
        "Sundays are very quiet: footfall is a quarter of a Saturday's.",
        "Crossing Bridge Street from the bus station is difficult, and there have been two injury collisions.",
        "The walking route from the station is poorly signed and takes ten minutes.",
        "The free car parks are an important strength. We do not recommend introducing charges at the Brook "
        "Street car park, even though it is full on most weekdays.",
    ], 1):
        d.num(f"4.{n}", t, w=12)
    d.h2("5  Recommendations")
    d.para("We make the following recommendations to the Town Council.")
    for n, t in enumerate(RECS, 1):
        d.num(f"5.{n}", t, w=12)
    d.meta("Marchbank Retail Consulting, 14 Abbey Mews, Castlewick CW2 8JP")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 10, 20, 9, 0, tzinfo=datetime.timezone.utc), 9.8, SLATE, fam="Serif")
    d.meta("ELMSWORTH TOWN COUNCIL")
    d.h1("Economic Development and Town Centre Committee", size=13.5)
    d.meta("Minutes of the meeting held on Tuesday 14 October 2025 at 7 pm in the Council Chamber, Town Hall, "
           "Elmsworth (extract). Present: Cllr Rachel Umbers (Chair), Cllrs Ferrante, Gill, Holloway, Nkemelu, "
           "Pask and Whitcombe. In attendance: Sian Caddick (Town Clerk); Kieran Ashdown (Marchbank Retail "
           "Consulting).")
    d.h2("ED/25/47  Town Centre Health Check 2025")
    d.para("Mr Ashdown presented the report and answered questions. Members welcomed the rise in independent "
           "businesses and discussed the cost of the proposals against the Council's reserves. Cllr Holloway "
           "reported that the Saturday market traders and the market operator had written to object to any "
           "Sunday market. It was proposed by Cllr Gill, seconded by Cllr Pask and")
    d.para("**RESOLVED** that:")
    res = [
        "the report be received and the consultants thanked;",
        "the Clerk write to the owners of the empty Market Street units offering the Council's help with window "
        "displays and pop-up lets;",
        "rather than the three-year post proposed, a town centre manager be appointed for a one-year trial, 18 "
        "hours a week, funded from reserves, with a review in October 2026;",
        "a Sunday market not be pursued, as the Saturday market traders would lose trade, but the footfall "
        "counts and vacancy survey be commissioned every September from 2026 within the existing budget;",
        "recommendation 5.4 be noted, as the crossing is a matter for the county council, which is already "
        "consulting on its Bridge Street scheme;",
        "the proposal for a quarterly forum be noted and considered again by the new Council after the "
        "elections in May 2026;",
        "the Christmas lights budget be increased to 9,500 pounds, an item not arising from the report.",
    ]
    for c, t in zip("abcdefg", res):
        d.num(f"({c})", t, w=10, indent=6)
    d.para("(Six in favour, one abstention.)")
    d.h2("ED/25/48  Date of next meeting")
    d.para("Tuesday 13 January 2026 at 7 pm. The meeting closed at 9.05 pm.")
    d.meta("Signed as a correct record: ............................ Chair        Date: ....................")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Marchbank Retail Consulting - Elmsworth Town Centre Health Check 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Elmsworth Town Council - Minutes, 14 October 2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "5.1", "starts_with": "Appoint a part-time town centre manager for an initial period",
         "reply_contains": "a town centre manager be appointed for a one-year trial",
         "verdict": "partly"},
        {"number": "5.2", "starts_with": "Work with the owners of the six longest-empty shops on",
         "reply_contains": "offering the Council's help with window displays and pop-up lets",
         "verdict": "agrees"},
        {"number": "5.3", "starts_with": "Introduce a monthly Sunday artisan market in the Market Square",
         "reply_contains": "a Sunday market not be pursued, as the Saturday market traders",
         "verdict": "disagrees"},
        {"number": "5.4", "starts_with": "Press the county council, as highway authority, to install a",
         "reply_contains": "the crossing is a matter for the county council",
         "verdict": "noted"},
        {"number": "5.5", "starts_with": "Install six new fingerpost signs on the walking route between",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5.6", "starts_with": "Repeat the footfall counts and the vacancy survey every year",
         "reply_contains": "the footfall counts and vacancy survey be commissioned every September",
         "verdict": "agrees"},
        {"number": "5.7", "starts_with": "Set up a town centre forum of traders, residents and councillors",
         "reply_contains": "the proposal for a quarterly forum be noted",
         "verdict": "noted"},
    ]
    unmatched = ["the Christmas lights budget be increased to 9,500 pounds"]
    notes = ("Advice: a retail consultancy's TOWN CENTRE HEALTH CHECK for a town council. The seven recommendations "
             "are NUMBERED PARAGRAPHS 5.1-5.7 in the imperative under '5 Recommendations'. Traps: FINDINGS "
             "NUMBERED 4.1-4.7 in the same style just before (4.7 containing 'We do not recommend introducing "
             "charges at the Brook Street car park'); a key indicators table; the Local Plan policy QUOTED "
             "('Proposals should maintain an active frontage ...'); the 2021 health check's recommendation QUOTED "
             "('The Town Council should install footfall counters ...'), done; a shopper quoted ('the council "
             "should do something about the empty shops'). Response: an EXTRACT FROM THE MINUTES of the Town "
             "Council's committee, the discussion answering nothing, then 'RESOLVED that:' with LETTERED "
             "resolutions (a)-(g), citing a paragraph number only once, other order: (a) report received "
             "(nothing); (b) letters to the owners of the empty Market Street units (5.2 agrees); (c) a town "
             "centre manager for a one-year trial instead of three years (5.1 partly); ONE resolution (d) "
             "answering two: a Sunday market 'not be pursued' (5.3 disagrees), the footfall counts and vacancy "
             "survey every September (5.6 agrees); (e) 'recommendation 5.4 be noted', the crossing a matter for "
             "the county council (5.4 noted); (f) the quarterly forum 'be noted' for the new Council (5.7 "
             "noted); (g) the Christmas lights budget, 'an item not arising from the report' (unmatched); 5.5, "
             "the fingerpost signs, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
