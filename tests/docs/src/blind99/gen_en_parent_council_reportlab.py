"""Round 99 (EN): a Scottish secondary school PARENT COUNCIL'S LETTER to the council on a proposed school transport
policy (seven LETTERED requests (a)-(g) after 'We therefore ask the Council to:') answered by the Education
Service's QUESTIONS AND ANSWERS sheet (bold questions, answers by subject, NO letters). reportlab platypus, A4,
cleaned DejaVu, invariant=1; header and 'Page N of M' stamped from page 2. All bodies, people, places and figures
invented; the Education (Scotland) Act 1980 is named as context only.
Run:  /tmp/blind99en/bin/python tests/docs/src/blind99/gen_en_parent_council_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b99en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind99_en_parent_council"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
TEAL = colors.HexColor("#1d5c63")
body = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.8, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"), spaceAfter=2)
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, textColor=TEAL, spaceAfter=4)
q = ParagraphStyle("q", parent=body, fontName="DVB", textColor=TEAL, spaceBefore=6, spaceAfter=3)
item = ParagraphStyle("i", parent=body, leftIndent=9 * mm, firstLineIndent=-7 * mm, spaceAfter=4)
quote = ParagraphStyle("qq", parent=body, leftIndent=8 * mm, rightIndent=8 * mm, fontSize=9, textColor=colors.HexColor("#333333"))


def P(t, s=body):
    return Paragraph(t, s)


def build(path, story, head):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, invariant=1, title=head, author="Kilbrannan")
    doc.build(story)
    H.stamp(path, header=head, footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))


def rule():
    return Table([[""]], colWidths=[162 * mm], style=[("LINEABOVE", (0, 0), (-1, -1), 1.5, TEAL)])


def advice():
    s = [P("KILBRANNAN ACADEMY PARENT COUNCIL", ParagraphStyle("lh", parent=h1, fontSize=13)),
         P("c/o Kilbrannan Academy, Shore Road, Kilbrannan PA29 4QT | Chair: Morag Lennie | Secretary: Iain Baxter", small),
         rule(), Spacer(1, 8),
         P("Executive Director of Education and Children's Services<br/>Argyll and Morven Council<br/>Council Offices, "
           "Lochgair PA31 8RT", body),
         P("9 February 2026", body),
         P("<b>Consultation on the proposed School Transport Policy 2026</b>", body),
         P("Dear Ms Fairlie,", body),
         P("The Parent Council of Kilbrannan Academy discussed the Council's draft School Transport Policy at its "
           "meetings on 13 January and 3 February 2026 and held an open evening for parents on 27 January, which "
           "around 140 parents attended. We also ran an online survey, to which 412 families responded. This letter "
           "sets out the view of the Parent Council as a whole."),
         P("We understand the financial position. The Council has told us that school transport costs have risen by "
           "31 per cent in three years and that the proposal to apply the statutory distance of three miles for "
           "secondary pupils would save an estimated £640,000 a year. Under section 51 of the Education (Scotland) Act "
           "1980 the Council must make such arrangements as it considers necessary for the conveyance of pupils, and we "
           "accept that the statutory walking distances are a minimum, not a guarantee."),
         P("What we found", ParagraphStyle("h3", parent=q, spaceBefore=8)),
         P("Of the families who responded to our survey, 187 live between two and three miles from the Academy and would "
           "lose their free place. Most of them live along the B8021 from Ardnacross, a road with no pavement for 1.4 miles "
           "and a 60 mph limit. Parents should not have to choose between driving their children to school and letting "
           "them walk on an unlit road in winter. 64 per cent of those families told us they would drive instead, which "
           "would add to congestion at the school gate that the Council itself described as a concern in 2024."),
         P("In 2023 we wrote to the Council about the merging of the Tayvallich and Crinan routes, and said then that:"),
         P("'the Council should consult parents before changing any route that serves the Academy, and should give at "
           "least one full term's notice of any change.'", quote),
         P("That request was accepted at the time, and we are grateful for it. It remains our view."),
         P("Families also told us that the present arrangements for privilege seats are unclear, that the transport "
           "helpline is hard to reach at the start of term, and that the consultation documents did not show the "
           "walking routes the Council had assessed."),
         P("Our requests", ParagraphStyle("h3b", parent=q, spaceBefore=8)),
         P("We therefore ask the Council to:"),
         P("(a)&nbsp;&nbsp;retain free school transport for secondary pupils who live more than two miles from "
           "Kilbrannan Academy, rather than applying the three-mile distance;", item),
         P("(b)&nbsp;&nbsp;commission an independent road safety assessment of the B8021 walking route from Ardnacross "
           "before any pupil on that road loses a place;", item),
         P("(c)&nbsp;&nbsp;publish a summary of all consultation responses, with the Council's answer to each main "
           "point, before the policy goes to committee;", item),
         P("(d)&nbsp;&nbsp;defer any change until August 2027, so that families have a full school year to plan;", item),
         P("(e)&nbsp;&nbsp;name a transport contact within the Education Service whom parents can reach directly during "
           "the first two weeks of each term;", item),
         P("(f)&nbsp;&nbsp;ask the Scottish Government to review the statutory walking distances, which date from 1980 "
           "and take no account of rural roads;", item),
         P("(g)&nbsp;&nbsp;allocate privilege seats in a published order of priority, with pupils attending breakfast "
           "or after-school clubs considered first.", item),
         P("Some of these points go beyond our own school, and we have shared this letter with the Parent Councils of "
           "Lochgair High School and Tarbert Academy. We would welcome a written reply that we can circulate to parents, "
           "and we would be glad to meet officers before the Education Committee meets on 23 April 2026."),
         P("Yours sincerely,"),
         P("Morag Lennie<br/>Chair, Kilbrannan Academy Parent Council", body)]
    build(H.out(NAME + "_advice.pdf"), s, "Kilbrannan Academy Parent Council | School Transport Policy 2026")


def response():
    s = [P("ARGYLL AND MORVEN COUNCIL | Education and Children's Services", ParagraphStyle("lh", parent=small, fontName="DVB", textColor=TEAL)),
         Spacer(1, 3),
         P("School Transport Policy 2026: your questions answered", h1),
         P("Reply to the Kilbrannan Academy Parent Council | Issued 20 March 2026 | Contact: Education Support, "
           "Lochgair", small), rule(), Spacer(1, 6),
         P("This sheet replies to the letter from the Kilbrannan Academy Parent Council of 9 February 2026. We have set it "
           "out as questions and answers so that the Parent Council can share it with families, and we thank everyone "
           "who took part in the open evening and the survey."),
         P("Will the consultation responses be made public?", q),
         P("Yes. All 1,318 responses have been summarised, and the summary, with the Council's answer to each main "
           "point, will be published on the Council website on 27 March 2026, four weeks before the Education "
           "Committee meets."),
         P("Is the road from Ardnacross safe to walk?", q),
         P("We have asked Strathleven Road Safety Consultants to carry out an independent assessment of the B8021 route, "
           "and their report is due on 10 April. No pupil living on that road will lose a place unless the route is "
           "found to be safe, and any improvements recommended will be costed in the roads capital programme."),
         P("Why not keep the two-mile distance, and why start in August 2026?", q),
         P("We have looked hard at keeping the two-mile distance, but we are unable to recommend it to Committee: it "
           "would leave the transport budget £640,000 short each year, and the Council is required to set a balanced "
           "budget. We do agree that families need time. The new distance will therefore apply from August 2026 only to "
           "pupils entering S1, and pupils already at the Academy will keep their present entitlement until they leave."),
         P("Will the Council raise the walking distances with Ministers?", q),
         P("The Convener has noted the Parent Council's view on the statutory distances. It will be passed to the "
           "Convention of Scottish Local Authorities, which is considering a joint submission on rural school "
           "transport; the Council has not yet decided whether to make its own representation."),
         P("Who can parents contact at the start of term?", q),
         P("From August 2026 the School Transport Coordinator, Ewan Sillars, will be the named contact for parents, with "
           "a direct line and email address open from 8 am during the first two weeks of every term. This is already "
           "in place for the Easter term."),
         P("What is happening to the bus contracts?", q),
         P("The Council's contracts with local operators end in July 2026 and are being retendered in three lots. This "
           "is separate from the policy review, and tender prices will be reported to the Policy and Resources Committee "
           "in June."),
         P("How can I find out more?", q),
         P("The draft policy, the equality impact assessment and the Committee report will all be published on the "
           "Council website. Parents may also attend the Education Committee on 23 April 2026 or write to their local "
           "councillors, whose details are available from the Council's customer service centres."),
         Spacer(1, 6), P("Shona Fairlie, Executive Director of Education and Children's Services", small)]
    build(H.out(NAME + "_response.pdf"), s, "Argyll and Morven Council | School Transport Policy 2026: questions and answers")


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "retain free school transport for secondary pupils who live more",
         "reply_contains": "we are unable to recommend it to Committee", "verdict": "disagrees"},
        {"number": 2, "starts_with": "commission an independent road safety assessment of the B8021 walking route",
         "reply_contains": "asked Strathleven Road Safety Consultants to carry out an independent assessment",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "publish a summary of all consultation responses, with the Council's",
         "reply_contains": "All 1,318 responses have been summarised", "verdict": "agrees"},
        {"number": 4, "starts_with": "defer any change until August 2027, so that families",
         "reply_contains": "will therefore apply from August 2026 only to pupils entering S1",
         "verdict": "partly"},
        {"number": 5, "starts_with": "name a transport contact within the Education Service whom parents",
         "reply_contains": "Ewan Sillars, will be the named contact for parents", "verdict": "agrees"},
        {"number": 6, "starts_with": "ask the Scottish Government to review the statutory walking distances",
         "reply_contains": "It will be passed to the Convention of Scottish Local Authorities",
         "verdict": "noted"},
        {"number": 7, "starts_with": "allocate privilege seats in a published order of priority",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["set it out as questions and answers so that",
                 "The Council's contracts with local operators end in July 2026",
                 "Parents may also attend the Education Committee on 23 April 2026"]
    notes = ("Advice: a Scottish secondary school Parent Council's LETTER on the draft School Transport Policy; the seven "
             "requests are LETTERED (a)-(g), lower-case verb phrases after 'We therefore ask the Council to:'. Traps: "
             "s. 51 of the Education (Scotland) Act 1980 'must make such arrangements', survey findings with figures, "
             "'Parents should not have to choose', the 2023 letter quoted ('the Council should consult parents before "
             "changing any route'), dates. Response: a QUESTIONS AND ANSWERS sheet with bold questions, by subject, NO "
             "letters, order (c), (b), (a)+(d), (f), (e): summary published 27 March (c agrees); independent B8021 "
             "assessment (b agrees); ONE answer 'Why not keep the two-mile distance, and why start in August 2026?' = "
             "two miles not kept (a disagrees) + only new S1 entrants from August 2026 (d partly); passed to COSLA, no "
             "decision (f noted); named coordinator, already in place (e agrees); (g) privilege seats unanswered. "
             "Unmatched: the introduction, 'What is happening to the bus contracts?', 'How can I find out more?'.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
