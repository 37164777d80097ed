"""Round 108 (EN): a New Zealand district council's COMMUNITY HALLS ADVISORY GROUP review of its rural halls,
seven recommendations as NUMBERED PARAGRAPHS 13-19 of section '6 Recommendations' in a report numbered 1-21
throughout, answered by the Council's public DECISION SUMMARY 'Rural halls review: what Council has decided',
replying by subject under bold lead-ins (no paragraph numbers). LibreOffice Writer headless from HTML, A4, DejaVu
Sans; letterhead table with a slate-blue cell, shaded 'Halls at a glance' table; header and 'Page N of M' stamped
from page 2. All bodies, people, places and figures invented; the Building Act 2004 is named as context only
(what is said of it here is not to be relied on).
Run:  /tmp/blind108en/bin/python tests/docs/src/blind108/gen_en_community_halls_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b108en as H

NAME = "blind108_en_community_halls"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2cm 2cm 2cm 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #34495e; }
h2 { font-size: 11pt; color: #34495e; }
p { margin-bottom: 0.18cm; }
</style>"""


def lh(left, right):
    return (f"<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='#34495e' width='58%'>"
            f"<font color='#ffffff' size='4'><b>{left}</b></font></td><td width='42%' align='right'>"
            f"<font size='2'>{right}</font></td></tr></table>")


def doc(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{body}</body></html>"


def n(i, t):
    return f"<p>{i}&#9;{t}</p>".replace("&#9;", "  ")


def advice():
    b = lh("Waitārua District Council", "Community Halls Advisory Group<br>Rural Halls Review &middot; Final report &middot; 19 January 2026")
    b += "<h1>Rural Halls Review: Final Report of the Community Halls Advisory Group</h1>"
    b += "<p><i>To: the Community and Strategy Committee. Chair: Ngaire Pomare. Members: Bill Stratton (Kaiwhero Hall Society), Jess Harlow (Federated Farmers, Waitārua branch), Rev. Tomasi Lealofi, Cr Heather Dunmore, and the Community Facilities Manager as adviser.</i></p>"
    b += "<h2>1 Purpose</h2>"
    b += n(1, "This report sets out the findings and recommendations of the Community Halls Advisory Group, established by the Committee on 14 May 2025 (resolution CSC/2025/031) to review the future of the Council's eleven rural halls.")
    b += n(2, "The Long-term Plan 2024-34 states that the halls \"should remain at the heart of rural communities\", but it also forecast that four of them would close by 2028 unless their use increased.")
    b += "<h2>2 How we worked</h2>"
    b += n(3, "We visited every hall, met nine hall committees and received 233 submissions, of which 211 opposed any closure. We also compared hire charges with four neighbouring districts.")
    b += "<h2>3 Halls at a glance</h2>"
    b += ("<table width='100%' border='1' cellpadding='4' cellspacing='0' bgcolor='#eef1f4'>"
          "<tr><td><b>Hall</b></td><td><b>Built</b></td><td><b>Hours used 2025</b></td><td><b>Seismic rating</b></td></tr>"
          "<tr><td>Rangitoto Valley</td><td>1924</td><td>610</td><td>20% NBS</td></tr>"
          "<tr><td>Pukehou</td><td>1931</td><td>145</td><td>25% NBS</td></tr>"
          "<tr><td>Kaiwhero</td><td>1958</td><td>890</td><td>70% NBS</td></tr>"
          "<tr><td>Eight other halls</td><td>1949-1978</td><td>40-520</td><td>40-85% NBS</td></tr></table>")
    b += "<h2>4 Findings</h2>"
    b += n(4, "Use of the halls is uneven. Three halls account for more than half of all bookings; four were used for fewer than 150 hours in 2025.")
    b += n(5, "Two halls are earthquake-prone. Under the Building Act 2004 an earthquake-prone building in a medium seismic risk area must be strengthened or demolished within the period set in its notice, which for Rangitoto Valley and Pukehou ends in 2033.")
    b += n(6, "Hire charges vary between $8 and $40 an hour, depending on the hall and the type of hirer. Many hirers told us the charges are confusing. Hall committees said the charges should not rise, because most users are community groups.")
    b += n(7, "Volunteer committees do most of the day-to-day work. They clean, open and lock the halls, take bookings by phone and pay for small repairs out of fundraising. Several told us they are tired and that younger people will not take on these tasks.")
    b += n(8, "Keys are a recurring problem. Bookings are lost, keys go missing and hirers cannot get in on time.")
    b += n(9, "Three halls are used regularly by the local marae and a community trust, but there is no written agreement with either.")
    b += "<h2>5 Conclusions</h2>"
    b += n(10, "We conclude that the halls are valued far beyond their hours of use, and that closing any of them now would be premature. The real risks are the two earthquake-prone buildings and the burden on volunteers.")
    b += n(11, "We considered recommending that ownership of the smaller halls be transferred to their committees, but no committee asked for this and we do not recommend it.")
    b += "<h2>6 Recommendations</h2>"
    b += n(12, "The Advisory Group recommends that the Council:")
    recs = [
        "Keep all eleven rural halls open for at least the next five years, while their use is monitored.",
        "Adopt a single hire charge of $15 per hour across all Council-owned halls, for every type of hirer.",
        "Fund the seismic strengthening of both the Rangitoto Valley and Pukehou halls in the 2027-28 Annual Plan.",
        "Pay each volunteer hall committee an annual maintenance grant of $3,000.",
        "Install keyless entry and an online booking system at every hall by the end of 2026.",
        "Negotiate written use agreements with the marae and community trusts that regularly use the halls.",
        "Report back to the rural community on the use and condition of the halls every two years.",
    ]
    for i, t in enumerate(recs, 13):
        b += n(i, t)
    b += "<h2>7 Next steps</h2>"
    b += n(20, "The Advisory Group asks the Committee to receive this report and to respond to the recommendations in paragraphs 13 to 19 before the draft Annual Plan is prepared.")
    b += n(21, "We thank the hall committees and everyone who made a submission.")
    b += "<p>Ngaire Pomare<br>Chair, Community Halls Advisory Group</p>"
    return doc(b)


def response():
    b = lh("Waitārua District Council", "Te Kaunihera &middot; Public notice<br>Published 17 March 2026")
    b += "<h1>Rural halls review: what Council has decided</h1>"
    b += ("<p>On 10 March 2026 the Community and Strategy Committee considered the final report of the Community Halls "
          "Advisory Group. This summary explains the decisions made and what they mean for hall users. Council thanks "
          "the Advisory Group and the many hall committees who gave their time to this review.</p>")
    b += ("<p><b>Earthquake strengthening.</b> Council has agreed to include strengthening of the Rangitoto Valley hall in "
          "the draft 2027-28 Annual Plan, at an estimated cost of $640,000. Pukehou hall will not be strengthened at this "
          "stage; a decision on its future will be made with the community before its notice period ends.</p>")
    b += ("<p><b>Keeping the halls open.</b> All eleven halls will stay open until at least 2031. Council will monitor the use of each hall over that period.</p>")
    b += ("<p><b>Support for hall committees.</b> Council recognises how much the volunteer committees do, but it was not "
          "able to fund an annual grant to every committee within the current budget, and this request has been declined. "
          "Instead, Council will take on the booking work itself: an online booking system with keypad locks will be "
          "rolled out to all halls by November 2026, so that committees no longer need to handle keys or take "
          "bookings by phone.</p>")
    b += ("<p><b>Marae and community trusts.</b> The Committee asked officers to discuss the idea of written use "
          "agreements with the marae and the trusts concerned, and to advise whether it is wanted before any further "
          "decision is taken.</p>")
    b += ("<p><b>Hire charges.</b> Council has decided to retain the current tiered hire charges, under which community "
          "groups pay the lowest rate. A single charge of $15 would have raised the cost for most community hirers. The "
          "charges will be set out more clearly on the Council website.</p>")
    b += ("<p><b>Also decided at the meeting.</b> The Committee approved the renewal of the Kaiwhero Domain playground "
          "lease for a further ten years and noted the Library's summer reading results.</p>")
    b += ("<p>If you have questions about these decisions, please contact the Community Facilities team on 0800 924 787 "
          "or visit any Council service centre.</p>")
    return doc(b)


def main():
    tmp = "/tmp/blind108en_lo_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Waitarua District Council - Community Halls Advisory Group - Rural Halls Review",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Waitarua District Council - Rural halls review: what Council has decided",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Keep all eleven rural halls open for at least the",
         "reply_contains": "All eleven halls will stay open until at least 2031", "verdict": "agrees"},
        {"number": 2, "starts_with": "Adopt a single hire charge of $15 per hour across all",
         "reply_contains": "Council has decided to retain the current tiered hire charges", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Fund the seismic strengthening of both the Rangitoto Valley and Pukehou halls",
         "reply_contains": "Pukehou hall will not be strengthened at this stage", "verdict": "partly"},
        {"number": 4, "starts_with": "Pay each volunteer hall committee an annual maintenance grant of $3,000",
         "reply_contains": "able to fund an annual grant to every committee", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Install keyless entry and an online booking system at every hall",
         "reply_contains": "online booking system with keypad locks will be rolled out", "verdict": "agrees"},
        {"number": 6, "starts_with": "Negotiate written use agreements with the marae and community trusts",
         "reply_contains": "advise whether it is wanted before any further decision is taken", "verdict": "noted"},
        {"number": 7, "starts_with": "Report back to the rural community on the use and condition",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["This summary explains the decisions made and what they mean",
                 "renewal of the Kaiwhero Domain playground lease for a further ten years",
                 "please contact the Community Facilities team on 0800 924 787"]
    notes = ("Advice: New Zealand district council Community Halls Advisory Group final report on eleven rural halls; recs "
             "are NUMBERED PARAGRAPHS 13-19 of section '6 Recommendations' after para 12 'recommends that the Council:' in "
             "a report numbered 1-21 throughout (numbers 1-7 = paras 13-19); traps: resolution CSC/2025/031, Long-term "
             "Plan quoted ('should remain at the heart'), 'Halls at a glance' table with seismic ratings, Building Act "
             "2004 'must be strengthened or demolished', finding 6 'charges should not rise', para 11 'we do not "
             "recommend it' (ownership transfer), para 20 citing 'paragraphs 13 to 19'. Response: Council's public "
             "DECISION SUMMARY notice with bold subject lead-ins, NO numbers, order 3, 1, 4+5, 6, 2: Rangitoto only (3 "
             "partly); halls open to 2031 (1 agrees); ONE paragraph 'Support for hall committees' = grant declined (4 "
             "disagrees) + online booking and keypad locks by November (5 agrees); marae agreements to be discussed (6 "
             "noted); tiered charges retained (2 disagrees); 7 (report back every two years) unanswered; intro thanks, "
             "'Also decided' playground lease, contact (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
