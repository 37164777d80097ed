"""Round 120 (EN): a New Zealand district council's FUNERAL SECTOR REFERENCE GROUP (funeral directors, celebrants,
clergy, monumental masons) makes a SUBMISSION on the council's draft Cemeteries and Crematorium Bylaw and proposed
fees. The submission answers the council's consultation questions one by one under 'Question N: topic' headings; the
recommendations are UNNUMBERED sentences in running paragraphs whose opening words are set in BOLD ('We recommend
that ...', 'We also recommend that ...', 'Finally, we recommend that ...'), two in one paragraph, two in the last
section. Traps: the council's five consultation QUESTIONS as a numbered list 1.-5., figures, the Burial and Cremation
Act 1964 paraphrased with 'must', the draft bylaw's clause 14.2 quoted ('must not exceed 900 mm'), a flat-fee idea on
which the Group 'makes no recommendation', and a closing line naming 'Our recommendations on fees (2 and 3)'.
Answered by the council's FUNERAL DIRECTOR UPDATE, a newsletter-style bulletin to the trade: a manager's welcome,
'The new bylaw: what has changed' (two replies), a fees table with a paragraph answering two recommendations, short
pieces on Saturday burials and natural burial, a cremator relining notice, a 'Dates for your diary' box and staff
news; no numbers for the recommendations anywhere, one recommendation never answered.
LibreOffice Writer headless from HTML, A4, Liberation Serif (submission) and Liberation Sans (bulletin); header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Burial and
Cremation Act 1964 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind120en/bin/python tests/docs/src/blind120/gen_en_funeral_forum_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b120en as H

NAME = "blind120_en_funeral_forum"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: %(m)s; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 15pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12pt; margin-top: 0.4cm; margin-bottom: 0.15cm; color: %(c)s; }
h3 { font-family: '%(f)s'; font-size: 10.5pt; margin-top: 0.3cm; margin-bottom: 0.1cm; }
p { margin-top: 0; margin-bottom: %(pb)s; line-height: %(lh)s; }
li { margin-bottom: 0.06cm; line-height: %(lh)s; }
p.meta { color: #555555; font-size: 9pt; }
</style>"""


def doc(body, font, colour, size="10.5pt", pb="0.2cm", lh="120%", m="2.0cm 2.3cm 2.0cm 2.3cm"):
    return (f"<!DOCTYPE html><html lang='en-NZ'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'pb': pb, 'lh': lh, 'c': colour, 'm': m}}</head><body>{body}"
            f"</body></html>")


def advice():
    body = ("<table width='100%' cellpadding='7' cellspacing='0'><tr><td bgcolor='#4a5d3a'>"
            "<font face='Liberation Serif' color='#ffffff' size='5'><b>Ashburn Funeral Sector Reference Group"
            "</b></font><br><font face='Liberation Serif' color='#e3ead9' size='2'>Funeral directors, "
            "celebrants, clergy and monumental masons advising Ashburn District Council</font></td></tr></table>\n"
            "<p> </p>\n")
    body += ("<h1>Submission on the draft Cemeteries and Crematorium Bylaw 2026 and the proposed fees and charges "
             "for 2026/27</h1>\n"
             "<p class='meta'>To: Bylaw Submissions, Ashburn District Council &#183; From: Karen Whitlock, Convenor "
             "&#183; 10 February 2026 &#183; We wish to be heard in support of this submission.</p>\n")
    body += "<h2>Who we are</h2>\n"
    body += ("<p>The Reference Group was set up by the Council in 2019 to give the funeral sector a voice on "
             "cemetery and crematorium matters. Its twelve members include the district's six funeral directors, "
             "two celebrants, a minister for the Ashburn Combined Churches, two monumental masons and a "
             "representative of Ashburn Hospice. This submission was agreed at our meeting on 4 February 2026.</p>\n")
    body += "<h2>The consultation questions</h2>\n"
    body += "<p>The Council's consultation document asked submitters five questions:</p>\n<ol>\n"
    for q in ("Do you support the proposed hours for burials and cremations?",
              "Do you support the proposed fees and charges for 2026/27?",
              "Do you support the new rules on headstones and monuments in clause 14?",
              "Should the Council provide for natural burial?",
              "Is there anything else you would like the Council to consider?"):
        body += f"<li>{q}</li>\n"
    body += "</ol>\n<p>We answer each in turn below, after some background.</p>\n"
    body += "<h2>Background</h2>\n"
    body += ("<p>In 2025 the Ashburn Crematorium carried out 1,180 cremations and the Council's cemeteries 212 "
             "burials. At current rates the lawn section at Ashburn Lawn Cemetery will be full in about six years. "
             "Families now wait an average of nine days for a service, compared with six days in 2020.</p>\n"
             "<p>Under the Burial and Cremation Act 1964 a local authority must provide a suitable cemetery for its "
             "district, and the Council's bylaw sets the rules for how its cemeteries and crematorium are used. "
             "The bylaw affects every family our members serve.</p>\n")
    body += "<h2>Question 1: Hours for burials</h2>\n"
    body += ("<p>The draft bylaw keeps burials to weekdays between 9 am and 3 pm. Families increasingly ask for a "
             "weekend funeral, especially when relatives have to travel from Australia or further afield, and three "
             "of our funeral directors each turned away more than twenty requests for a Saturday burial last year. "
             "<b>We recommend that</b> the Council offer Saturday morning burials at Ashburn Lawn Cemetery from 1 "
             "July 2026, with a surcharge of no more than $450.</p>\n")
    body += "<h2>Question 2: Fees and charges</h2>\n"
    body += ("<p>The proposals would raise the cremation fee by 11 per cent, from $890 to $988, and the fee for an "
             "adult interment by 9 per cent. Cremation is the choice of more than eight families in ten, and many "
             "of them are already struggling with the cost of a funeral. <b>We recommend that</b> the rise in the "
             "cremation fee be held to 4 per cent, in line with inflation, until the cremator has been relined and "
             "waiting times are back to normal. <b>We also recommend that</b> no fee be charged for the burial or "
             "cremation of a child under 12, as several councils already do.</p>\n"
             "<p>Some members argued for a single flat fee for every service, whatever the day or time. The Group "
             "did not reach agreement on this and makes no recommendation on it.</p>\n")
    body += "<h2>Question 3: Headstones and monuments</h2>\n"
    body += ("<p>Clause 14.2 of the draft bylaw says that &quot;a monument in the lawn section must not exceed 900 "
             "mm in height above the beam&quot;. That suits single plots, but not double plots, where families "
             "often want one headstone for both people. <b>We recommend that</b> clause 14.2 allow monuments of up "
             "to 1,200 mm on double plots in the lawn section.</p>\n")
    body += "<h2>Question 4: Natural burial</h2>\n"
    body += ("<p>About one family in ten that our members serve now asks about natural burial, and the nearest "
             "natural burial ground is 140 km away at Kereru Valley. <b>We recommend that</b> the Council set "
             "aside land for natural burial in the Glenroy Road Cemetery extension, and decide on this by the end "
             "of 2026.</p>\n")
    body += "<h2>Question 5: Other matters</h2>\n"
    body += ("<p>Funeral directors still book the crematorium chapel by telephone, and bookings are confirmed by "
             "email up to two days later. <b>We recommend that</b> the Council's online booking system show live "
             "chapel availability to funeral directors, so that a time can be offered to a family at the first "
             "meeting.</p>\n"
             "<p>Under the draft bylaw, ashes that are not collected are kept for six months and then scattered in "
             "the Garden of Remembrance. Grieving families sometimes take longer than that to decide what to do. "
             "<b>Finally, we recommend that</b> uncollected ashes be kept for twelve months, not six, and that the "
             "Council write to the applicant twice before they are scattered.</p>\n")
    body += "<h2>Conclusion</h2>\n"
    body += ("<p>The Group thanks the Council's cemeteries staff for their help over a difficult year. We ask to "
             "speak to this submission at the hearing on 3 March 2026. Our recommendations on fees (2 and 3) "
             "matter most to the families we serve.</p>\n"
             "<p> </p>\n<p><b>Karen Whitlock</b><br>Convenor, Ashburn Funeral Sector Reference Group<br>"
             "c/o Whitlock and Daughters Funeral Services, 18 Rata Street, Ashburn</p>\n")
    return doc(body, "Liberation Serif", "#4a5d3a")


def F(t, size=2, bold=False, colour=None):
    c = f" color='{colour}'" if colour else ""
    t = f"<b>{t}</b>" if bold else t
    return f"<font face='Liberation Sans' size='{size}'{c}>{t}</font>"


def response():
    body = ("<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='#2f5f7a'>"
            + F("ASHBURN DISTRICT COUNCIL &#183; CEMETERIES AND CREMATORIUM", 2, colour="#d6e6ef") + "<br>"
            + F("Funeral Director Update", 6, True, "#ffffff") + "<br>"
            + F("Issue 9 &#183; April 2026 &#183; For funeral directors, celebrants and monumental masons", 2,
                colour="#d6e6ef") + "</td></tr></table>\n<p> </p>\n")
    body += "<h2>From the Cemeteries and Crematorium Manager</h2>\n"
    body += ("<p>Kia ora koutou, and welcome to our autumn update. It has been a busy few months. The Council "
             "adopted the new Cemeteries and Crematorium Bylaw on 26 March, after hearing 41 submissions, and the "
             "cremator relining starts next month. Thank you to everyone who took the time to have their say, "
             "including the Funeral Sector Reference Group, whose members spoke at the hearing. &#8211; Mere "
             "Tukaki</p>\n")
    body += "<h2>The new bylaw: what has changed</h2>\n"
    body += ("<p>The bylaw comes into force on 1 July 2026. Most of it is as consulted on, but the Council made two "
             "changes after hearing submissions.</p>\n"
             "<p><b>Headstones on double plots.</b> Monuments of up to 1,200 mm are now allowed on double plots in "
             "the lawn section. The 900 mm limit stays for single plots, so that the lawn section keeps its open "
             "look.</p>\n"
             "<p><b>Uncollected ashes.</b> From 1 July we will write to the applicant twice, at three months and at "
             "five months, before any ashes are scattered. The holding period stays at six months, as the "
             "crematorium's storage room is already full and there is no space to extend it.</p>\n")
    body += "<h2>Fees from 1 July 2026</h2>\n"
    rows = (("Fee", "2025/26", "2026/27"),
            ("Cremation (adult)", "$890", "$988"),
            ("Interment (adult)", "$1,340", "$1,460"),
            ("Burial or cremation of a child under 12", "$420", "No charge"),
            ("Chapel hire (one hour)", "$240", "$260"),
            ("Plot purchase, lawn section", "$2,150", "$2,290"))
    body += "<table width='100%' border='1' cellpadding='4' cellspacing='0'>\n"
    for i, r in enumerate(rows):
        bg = " bgcolor='#dde9f0'" if i == 0 else ""
        body += (f"<tr{bg}><td width='58%'>{F(r[0], 2, i == 0)}</td><td width='21%' align='right'>"
                 f"{F(r[1], 2, i == 0)}</td><td width='21%' align='right'>{F(r[2], 2, i == 0)}</td></tr>\n")
    body += "</table>\n"
    body += ("<p style='margin-top:0.35cm'>The Council adopted the fees as consulted on, including the 11 per cent rise in the cremation fee. "
             "A smaller rise was considered, but the relining and the new filtration plant have to be paid for, and "
             "our cremation fee will still be below the regional average of $1,045. There is one change from the "
             "consultation: from 1 July there is no charge for the burial or cremation of a child under 12.</p>\n")
    body += "<h2>Saturday burials</h2>\n"
    body += ("<p>We know that many of you would like to offer families a Saturday burial. Weekend work needs a new "
             "roster and an agreement with our grounds staff, and we will look at it as part of the parks "
             "operations review later this year. We can't promise anything before that review reports.</p>\n")
    body += "<h2>Natural burial</h2>\n"
    body += ("<p>The Council looked at the Glenroy Road extension for natural burial, but the groundwater there is "
             "too high for it. The Council has decided not to provide a natural burial area in this Long Term Plan "
             "period. Families who ask can be referred to Kereru Valley.</p>\n")
    body += "<h2>Cremator relining: 4 to 15 May</h2>\n"
    body += ("<p>The crematorium will not take cremations from 4 to 15 May while the cremator is relined. "
             "Cremations in that fortnight will be carried out at Tasman Crest Crematorium under our shared-service "
             "agreement, at the Ashburn fee. Chapel services at Ashburn can go ahead as usual.</p>\n")
    body += "<h2>Staff news</h2>\n"
    body += ("<p>Please welcome Sione Fifita, who joins us as sexton at Ashburn Lawn Cemetery after twelve years "
             "with the parks team. Our long-serving crematorium technician, Graeme Holt, retires in June after 31 "
             "years.</p>\n<p> </p>\n")
    body += ("<table width='100%' cellpadding='6' cellspacing='0'><tr><td bgcolor='#eef3e6'>"
             + F("Dates for your diary", 3, True, "#2f5f7a") + "<br>"
             + F("Funeral directors' liaison meeting: Thursday 11 June 2026, 10 am, Council Chambers.", 2) + "<br>"
             + F("Anzac Day, 25 April: cemeteries open as usual, with no interments before 1 pm.", 2) + "<br>"
             + F("Next issue of this update: August 2026.", 2) + "</td></tr></table>\n<p> </p>\n")
    body += ("<p class='meta'>Cemeteries and Crematorium, Ashburn District Council &#183; "
             "cemeteries@ashburndc.example.govt.nz &#183; 06 555 0142</p>\n")
    return doc(body, "Liberation Sans", "#2f5f7a", size="10pt", pb="0.18cm", lh="118%",
               m="1.7cm 2.0cm 1.9cm 2.0cm")


def main():
    tmp = tempfile.mkdtemp(prefix="blind120en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ashburn Funeral Sector Reference Group - submission on the draft "
            "Cemeteries and Crematorium Bylaw 2026", footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Ashburn District Council - Funeral Director Update, Issue 9",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "We recommend that the Council offer Saturday morning burials at",
         "reply_contains": "we will look at it as part of the parks operations review",
         "verdict": "noted"},
        {"number": 2, "starts_with": "We recommend that the rise in the cremation fee be held",
         "reply_contains": "adopted the fees as consulted on, including the 11 per cent rise",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "We also recommend that no fee be charged for the burial",
         "reply_contains": "from 1 July there is no charge for the burial or cremation",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "We recommend that clause 14.2 allow monuments of up to",
         "reply_contains": "Monuments of up to 1,200 mm are now allowed", "verdict": "agrees"},
        {"number": 5, "starts_with": "We recommend that the Council set aside land for natural burial",
         "reply_contains": "has decided not to provide a natural burial area", "verdict": "disagrees"},
        {"number": 6, "starts_with": "We recommend that the Council's online booking system show live",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Finally, we recommend that uncollected ashes be kept for twelve months",
         "reply_contains": "The holding period stays at six months", "verdict": "partly"},
    ]
    unmatched = ["after hearing 41 submissions, and the cremator relining starts next month",
                 "will be carried out at Tasman Crest Crematorium",
                 "Funeral directors' liaison meeting: Thursday 11 June 2026",
                 "Please welcome Sione Fifita, who joins us as sexton"]
    notes = ("Advice: a New Zealand district council's FUNERAL SECTOR REFERENCE GROUP submission on the draft "
             "Cemeteries and Crematorium Bylaw 2026 and fees 2026/27, answering the council's consultation questions "
             "under 'Question N: topic' headings. Recommendations: UNNUMBERED sentences in running paragraphs whose "
             "opening words are BOLD: 1 Saturday morning burials from 1 July 2026, surcharge at most $450 (Q1); 2 "
             "cremation fee rise held to 4 per cent and 3 'We also recommend that' no fee for a child under 12 (both "
             "in one paragraph, Q2); 4 clause 14.2, monuments up to 1,200 mm on double plots (Q3); 5 land for "
             "natural burial at Glenroy Road, decision by end of 2026 (Q4); 6 live chapel availability in the online "
             "booking system and 7 'Finally, we recommend that' ashes kept twelve months and two letters (both Q5). "
             "Traps: the five consultation QUESTIONS as a numbered list 1.-5. (the headings 'Question 1'-'Question 5' "
             "are not recommendation numbers); background figures; the Burial and Cremation Act 1964 paraphrased "
             "with 'must'; clause 14.2 quoted ('must not exceed 900 mm'); a flat fee on which the Group 'makes no "
             "recommendation'; closing 'Our recommendations on fees (2 and 3)'. Response: the council's FUNERAL "
             "DIRECTOR UPDATE bulletin, Issue 9, by topic, never numbering the recommendations; replies in the "
             "order 4, 7, 2+3 (one paragraph under the fees table), 1, 5. Verdicts: 1 'we will look at it as part "
             "of the parks operations review', 'We can't promise anything' = noted; 2 fees 'as consulted on, "
             "including the 11 per cent rise', a smaller rise considered and refused = disagrees; 3 no charge for "
             "a child under 12 from 1 July = agrees; 4 monuments up to 1,200 mm now allowed on double plots = "
             "agrees; 5 groundwater too high, 'decided not to provide a natural burial area' = disagrees; 6 online "
             "booking never mentioned = unanswered; 7 two letters agreed but 'The holding period stays at six "
             "months' = partly. Sections answering nothing: the manager's welcome, the fees table itself, the "
             "cremator relining notice, 'Dates for your diary', staff news.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
