"""Round 129 (EN): a Welsh-style local health and care watchdog's ENTER AND VIEW VISIT REPORT on a care home,
answered by the home manager's PROVIDER RESPONSE LETTER naming the recommendations by ORDINAL in another order.
The advice's seven recommendations are UNNUMBERED paragraphs under 'Recommendations', each opened by a BOLD
IMPERATIVE LEAD-IN sentence ('Offer residents a choice of two hot meals at lunch.') and followed by a reason; the
list runs over the page break. Traps: 'What we found' paragraphs ALSO opened by bold lead-ins that are findings
('Staff knew residents well.'), a numbered list of the visit's four aims, a resident's quote ('They should let us
out in the garden more'), the care regulations paraphrased ('must be person-centred'), and a closing line naming
'the second and seventh recommendations'. The response: thanks and background, then 'your third recommendation',
'The first recommendation', 'your fourth and fifth recommendations' in one paragraph (both refused), 'the second',
'the sixth' (passed to the GP practice); the seventh (call bells at night) is never answered; a paragraph on the
home's own survey ('question 4') and a closing answer nothing.
LibreOffice Writer headless from HTML, A4, Liberation Sans (report) and Liberation Serif (letter); header and 'Page N
of M' stamped from page 2. All bodies, people, places, figures and references invented; the regulations are named as
context only (what is said of them here is paraphrased and not to be relied on).
Run:  /tmp/blind129en/bin/python tests/docs/src/blind129/gen_en_enter_view_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b129en as H

NAME = "blind129_en_enter_view"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.4cm 2.2cm 2.4cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 18pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 13pt; margin-top: 0.45cm; margin-bottom: 0.15cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.24cm; line-height: 128%%; }
p.meta { color: #555555; font-size: 9.5pt; }
p.q { margin-left: 1cm; font-style: italic; color: #333333; }
li { margin-bottom: 0.12cm; line-height: 122%%; }
</style>"""


def doc(body, font, colour, size):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    body = """
<p class='meta'>LLANGORWEN HEALTH AND CARE VOICE &#183; ENTER AND VIEW PROGRAMME 2025-26</p>
<h1>Enter and View Visit Report: Larchmere Court Care Home</h1>
<p class='meta'>Visit date: 14 October 2025 &#183; Report published: 2 December 2025 &#183; Authorised representatives:
Glenys Probert, Arwel Mathias-Reed and Sunita Chahal &#183; Ref. LHCV/EV/25/07</p>

<h2>About this visit</h2>
<p>Llangorwen Health and Care Voice is the independent watchdog for people who use health and social care services in
the county. Our trained volunteers have the right to enter and view services and to report what they see and hear.
Larchmere Court is a privately run home for 48 older people, 20 of whom live with dementia. We gave the home two
weeks' notice of our visit. We set out to:</p>
<ol>
<li>hear from residents and their families about daily life in the home;</li>
<li>observe mealtimes and activities;</li>
<li>look at how easy it is for residents to get outside;</li>
<li>talk to staff on duty about their work.</li>
</ol>
<p>The regulations that govern care homes say that care must be person-centred and that people must be treated with
dignity and respect. We looked at the home with those standards in mind.</p>

<h2>What we found</h2>
<p><b>Staff knew residents well.</b> Staff we spoke to could tell us about residents' life stories, families and
preferences, and we saw many warm and patient exchanges. Eleven of the fourteen residents we spoke to said staff were
kind.</p>
<p><b>Lunch offered little choice.</b> On the day of our visit there was one hot main course and sandwiches. Two
residents told us they often do not eat the hot meal because they do not like it.</p>
<p><b>The garden is lovely but hard to reach.</b> The lounge doors open onto a step, and the path to the lower lawn is
steep and uneven. Residents who use wheelchairs told us they rarely go outside.</p>
<p class='q'>"They should let us out in the garden more. I sit at this window all summer." - a resident</p>
<p><b>Activities stop at weekends.</b> A full programme runs from Monday to Friday, but there is no activities
co-ordinator on Saturdays or Sundays. Families visiting on a Sunday described residents sitting in front of the
television all day.</p>
<p><b>Visiting is restricted on weekday afternoons.</b> Visitors are asked not to come between 1.30pm and 3.30pm on
weekdays. Some families who work shifts said this made it hard to visit at all.</p>
<p><b>Call bells at night.</b> Three residents told us that at night they sometimes wait more than ten minutes for a
call bell to be answered.</p>

<h2>Recommendations</h2>
<p>Based on what we saw and heard, we make the following recommendations to the registered manager and the
provider, Beacon Hill Care Ltd.</p>
<p><b>Offer residents a choice of two hot meals at lunch.</b> Residents should be able to choose on the day, with
pictures for residents who live with dementia.</p>
<p><b>Make the garden accessible to residents who use wheelchairs.</b> A ramp at the lounge doors and a level path to
the lower lawn would open the garden to everyone.</p>
<p><b>Put a photo board of the staff on duty in the entrance hall.</b> Families told us they do not always know who
to ask for.</p>
<p><b>Provide a programme of activities at weekends as well as on weekdays.</b> Even a few sessions on Saturday and
Sunday would make a real difference.</p>
<p><b>Remove the protected period for visitors on weekday afternoons.</b> Residents should be able to see their families
when their families are able to come.</p>
<p><b>Ask the local GP practice to hold a regular weekly round at the home.</b> Staff told us that getting a GP to visit
can take several days.</p>
<p><b>Review how quickly call bells are answered at night and report the results.</b> An audit of response times over
a month would show whether night staffing is enough.</p>

<h2>Thank you</h2>
<p>We thank the residents, families and staff of Larchmere Court for their welcome. We would particularly like to see
progress on the second and seventh recommendations when we return next year. The provider's response will be published
on our website.</p>
"""
    return doc(body, "Liberation Sans", "#6b2d5c", "10.5pt")


def response():
    body = """
<p class='meta'>BEACON HILL CARE LTD &#183; LARCHMERE COURT CARE HOME &#183; Heol y Felin, Llangorwen</p>
<p>20 January 2026</p>
<p>Glenys Probert<br>Enter and View Lead, Llangorwen Health and Care Voice</p>
<p><b>Your visit report LHCV/EV/25/07 - our response</b></p>
<p>Dear Mrs Probert,</p>
<p>Thank you for visiting Larchmere Court in October and for the care your team took in speaking with our residents.
It was good to read that our staff know residents well, and I have shared your report with the whole team and with
the residents' and relatives' meeting held on 8 January.</p>
<p>We acted on your third recommendation straight away. A board showing the photograph and role of every member of
staff on duty has been in the entrance hall since 1 December and is updated at each shift change.</p>
<p>The first recommendation has also been taken up. From 5 January a second hot main course is offered every lunchtime,
and residents choose from a picture menu at the table rather than the day before.</p>
<p>We have thought carefully about your fourth and fifth recommendations, but we are not able to follow them. Our
activities budget is fully committed on weekdays and we are not in a position to employ a co-ordinator at weekends,
although volunteers from St Teilo's church continue to visit on Sunday mornings. The quiet period after lunch on
weekdays is important to many residents who rest at that time, and we have decided to keep it; relatives who cannot
visit at other times can speak to the manager about an exception.</p>
<p>On the second recommendation, a ramp has been fitted at the lounge doors, so residents who use wheelchairs can now
use the terrace. Levelling the path to the lower lawn would cost around 18,000 pounds and is not possible this
year.</p>
<p>As for the sixth recommendation, GP visits are arranged by the Llangorwen Medical Group rather than by the home. I
have passed your suggestion to the practice manager, and it will be for the practice to decide.</p>
<p>You may also like to know that our own residents' survey in November had 36 replies, and question 4, on
feeling safe, had the highest score of the year.</p>
<p>I would be very happy to welcome your team back, and please do get in touch if you have any questions.</p>
<p>Yours sincerely,</p>
<p>Mared Llewellyn-Hayes<br>Registered Manager, Larchmere Court</p>
"""
    return doc(body, "Liberation Serif", "#1f3f5f", "11pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind129en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Llangorwen Health and Care Voice - Enter and View: Larchmere Court",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Larchmere Court Care Home - Response to LHCV/EV/25/07",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Offer residents a choice of two hot meals at lunch.",
         "reply_contains": "a second hot main course is offered every lunchtime", "verdict": "agrees"},
        {"number": 2, "starts_with": "Make the garden accessible to residents who use wheelchairs.",
         "reply_contains": "Levelling the path to the lower lawn would cost", "verdict": "partly"},
        {"number": 3, "starts_with": "Put a photo board of the staff on duty",
         "reply_contains": "has been in the entrance hall since 1 December", "verdict": "agrees"},
        {"number": 4, "starts_with": "Provide a programme of activities at weekends as well",
         "reply_contains": "Our activities budget is fully committed on weekdays", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Remove the protected period for visitors on weekday afternoons.",
         "reply_contains": "we have decided to keep it", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Ask the local GP practice to hold a regular weekly round",
         "reply_contains": "passed your suggestion to the practice manager", "verdict": "noted"},
        {"number": 7, "starts_with": "Review how quickly call bells are answered at night",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["for the care your team took in speaking with our residents",
                 "our own residents' survey in November had 36 replies",
                 "happy to welcome your team back"]
    notes = ("Advice: a local health and care watchdog's ENTER AND VIEW VISIT REPORT on a care home. The seven "
             "recommendations are UNNUMBERED paragraphs under 'Recommendations', each opened by a BOLD IMPERATIVE "
             "lead-in sentence followed by a reason, running over the page break. Traps: 'What we found' paragraphs "
             "opened by bold lead-ins too, but findings ('Staff knew residents well.', 'Call bells at night.'), a "
             "numbered list of the visit's four aims, a resident's quote ('They should let us out in the garden "
             "more'), the care regulations paraphrased ('must be person-centred'), 'Residents should be able to ...' "
             "inside reasons, a closing naming 'the second and seventh recommendations'. Response: the registered "
             "manager's LETTER by ORDINAL in another order: third (photo board since 1 December: agrees), first "
             "(second hot main course from 5 January: agrees), 'your fourth and fifth recommendations' in one "
             "paragraph, 'we are not able to follow them' (4 no weekend co-ordinator: disagrees; 5 quiet period kept: "
             "disagrees), second (ramp fitted, the path to the lower lawn not possible this year: partly), sixth "
             "(GP visits are for the practice, suggestion passed on: noted); seventh (call bells at night) never "
             "answered (unanswered). The thanks, the home's own survey ('question 4') and the closing answer "
             "nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
