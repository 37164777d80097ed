"""Round 122 (EN): an English county's STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION (SACRE) annual report to
its local authority. The recommendations are UNNUMBERED BULLETS split between two addressee lead-ins ('SACRE
recommends that the local authority:' four bullets, 'SACRE recommends that schools:' three bullets). Traps: the
Education Act 1996 paraphrased with 'must', a numbered list of the five QUESTIONS SACRE put to schools, examination
figures, the 2024 recommendation quoted ('should appoint', done), a closing line naming 'The first two
recommendations to the local authority'. Answered by the Cabinet Member's LETTER without headings, whose paragraphs
name the recommendations by ORDINAL WITHIN EACH GROUP ('Your second recommendation to the Council', 'the first of
your recommendations to schools'), in another order; one recommendation to schools never answered; a paragraph on
SACRE's membership groups (Group A, Group B) and a closing answer nothing.
reportlab platypus, A4, cleaned Liberation Serif (report) and Liberation Sans (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Education Act
1996 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind122en/bin/python tests/docs/src/blind122/gen_en_sacre_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b122en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind122_en_sacre"
for fam, files in (("Se", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("Sa", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "B")
PLUM = colors.HexColor("#5b2a6e")


def styles(f, size=10.5, lead=14):
    body = ParagraphStyle("b" + f, fontName=f, fontSize=size, leading=lead, spaceAfter=6, alignment=4)
    return dict(
        body=body,
        h1=ParagraphStyle("h1" + f, parent=body, fontName=f + "B", fontSize=17, leading=21, textColor=PLUM,
                          spaceAfter=6, alignment=0),
        h2=ParagraphStyle("h2" + f, parent=body, fontName=f + "B", fontSize=12.5, leading=16, textColor=PLUM,
                          spaceBefore=8, spaceAfter=4, alignment=0, keepWithNext=1),
        lead=ParagraphStyle("ld" + f, parent=body, fontName=f + "B", spaceBefore=4, spaceAfter=4, keepWithNext=1,
                            alignment=0),
        item=ParagraphStyle("it" + f, parent=body, leftIndent=18, bulletIndent=4, spaceAfter=4),
        small=ParagraphStyle("s" + f, parent=body, fontSize=9, leading=12, alignment=0),
        right=ParagraphStyle("r" + f, parent=body, fontSize=9, leading=12, alignment=2),
    )


def build(path, story, top=20):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=top * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(story)


def advice():
    S = styles("Se")
    s = [Paragraph("WESTMARCH STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION", S["small"]),
         Paragraph("Annual Report 2025-26", S["h1"]),
         Paragraph("To Westmarch County Council and the schools of Westmarch. Approved by SACRE on 11 June 2026. "
                   "Chair: Revd Canon Alison Marchbank.", S["small"]), Spacer(1, 6)]
    s.append(Paragraph("1. The role of SACRE", S["h2"]))
    s.append(Paragraph(
        "Under the Education Act 1996 every local authority must establish a standing advisory council on religious "
        "education. Religious education must be taught to every registered pupil in a maintained school, and the "
        "locally agreed syllabus must reflect the fact that the religious traditions in Great Britain are in the "
        "main Christian, while taking account of the teaching and practices of the other principal religions "
        "represented in the country. SACRE advises the authority on religious education and collective worship; "
        "it has no power to direct schools.", S["body"]))
    s.append(Paragraph(
        "Westmarch SACRE has four groups of members: Group A (Christian denominations other than the Church of "
        "England and other religions and beliefs), Group B (the Church of England), Group C (teachers) and Group D "
        "(the local authority). It met three times during the year.", S["body"]))
    s.append(Paragraph(
        "In its 2024 report SACRE recommended that \"the local authority should appoint a qualified adviser for "
        "religious education for at least two days a week\". An adviser, Mr Tobias Renwick, took up the post in "
        "September 2025, and SACRE is grateful to the authority for this appointment.", S["body"]))
    s.append(Paragraph("2. Religious education in Westmarch schools", S["h2"]))
    s.append(Paragraph("In the autumn term of 2025 SACRE wrote to all 74 maintained schools and asked them:",
                       S["body"]))
    for i, t in enumerate((
            "How many minutes of religious education does each year group receive in a typical week?",
            "Who teaches religious education, and has that teacher received any training in the subject?",
            "Has the school made any visit to a place of worship in the past two years?",
            "How many parents withdrew their children from religious education in 2024-25?",
            "What support from SACRE or the local authority would help the school most?"), 1):
        s.append(Paragraph(t, S["item"], bulletText=f"{i}."))
    s.append(Paragraph(
        "Fifty-one schools replied. In 19 of the 38 primary schools that replied, religious education was taught "
        "mainly by teaching assistants or cover supervisors, and only 7 of those staff had received any training in "
        "the subject. Eleven of the 13 secondary schools gave no religious education at all in Key Stage 4 to pupils "
        "who were not entered for GCSE Religious Studies. Entries for that examination fell from 1,212 in 2023 to 968 "
        "in 2025.", S["body"]))
    s.append(Paragraph(
        "Schools valued visits highly, but 22 schools said that the cost of coach travel had stopped them. Parents' "
        "withdrawals remained rare: 41 pupils across all the schools that replied. Several schools told us that "
        "parents did not know what their children were taught in the subject.", S["body"]))
    s.append(Paragraph(
        "SACRE's own budget was reduced from £6,000 to £3,500 in 2023. This has meant that SACRE could not hold "
        "its annual conference for teachers in 2025 or buy the resources it lends to schools.", S["body"]))
    s.append(Paragraph(
        "The agreed syllabus was adopted in 2023 and is due to be reviewed by 2028. The law requires the authority "
        "to convene an Agreed Syllabus Conference for each review; a review of this kind usually takes at least "
        "eighteen months.", S["body"]))
    s.append(Paragraph("3. Our recommendations", S["h2"]))
    s.append(Paragraph("SACRE recommends that the local authority:", S["lead"]))
    for t in (
            "fund two days of training in religious education each year for every teacher in their first two years "
            "of teaching in a maintained school, starting in September 2026;",
            "convene an Agreed Syllabus Conference by March 2027, so that the review of the agreed syllabus can be "
            "completed before 2028;",
            "restore SACRE's annual budget to £6,000, the level it had before 2023;",
            "include religious education in the termly monitoring visits made by its school improvement advisers."):
        s.append(Paragraph(t, S["item"], bulletText="\u2022"))
    s.append(Paragraph("SACRE recommends that schools:", S["lead"]))
    for t in (
            "give every pupil in Key Stage 4 at least one hour of religious education a week, whether or not "
            "they are entered for an examination in the subject;",
            "arrange for each year group, every year, either a visit to a place of worship or a visit to the school "
            "by a speaker from a faith or belief community;",
            "set out in the school prospectus and on the school website what the religious education curriculum "
            "covers and how the right of withdrawal works."):
        s.append(Paragraph(t, S["item"], bulletText="\u2022"))
    s.append(Paragraph(
        "The first two recommendations to the local authority are SACRE's priorities for 2026-27. SACRE will "
        "report on progress against all of them in its next annual report.", S["body"]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Westmarch SACRE, c/o Education Services, County Hall, Aldbury AB1 4WM", S["small"]))
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    S = styles("Sa", size=10, lead=13.6)
    s = [Paragraph("<b>Westmarch County Council</b>", ParagraphStyle("lh", parent=S["body"], fontSize=15,
                                                                    leading=18, textColor=PLUM)),
         Paragraph("Councillor Deborah Ashworth-Kane, Cabinet Member for Education and Skills<br/>County Hall, "
                   "Aldbury AB1 4WM", S["small"]),
         Spacer(1, 10),
         Paragraph("Revd Canon Alison Marchbank<br/>Chair, Westmarch SACRE<br/>c/o Education Services", S["small"]),
         Paragraph("Our ref: CM/EDU/2026/117<br/>24 July 2026", S["right"]),
         Spacer(1, 6),
         Paragraph("Dear Canon Marchbank,", S["body"]),
         Paragraph("<b>SACRE Annual Report 2025-26</b>", S["body"])]
    P = lambda t: s.append(Paragraph(t, S["body"]))
    P("Thank you for SACRE's annual report, which I read with great interest, and for the care that members have "
      "taken over the survey of schools. I was glad to attend SACRE's meeting in March and to hear from the "
      "pupils of Kingsholt Primary School about their work on festivals of light.")
    P("I will begin with your second recommendation to the Council, because it is time-limited. I can confirm "
      "that the Council will convene an Agreed Syllabus Conference, and that its first meeting has been arranged "
      "for 14 January 2027. Officers will write to the four groups shortly to ask for nominations.")
    P("On your first recommendation to the Council, I share SACRE's concern about the training of those who teach "
      "the subject, especially in primary schools. The central training budget for 2026-27 is already committed, "
      "however, and two days a year for every early career teacher is beyond what we can afford. From September "
      "2026 we will instead fund one day of religious education training a year for teachers in their first two "
      "years, delivered by Mr Renwick through the Education Services programme.")
    P("The fourth recommendation to the Council is one I am happy to accept. From the autumn term our school "
      "improvement advisers will ask about religious education on every termly monitoring visit and will record "
      "what they find in their visit notes, which Mr Renwick will summarise for SACRE each year.")
    P("I have looked carefully at the third recommendation to the Council, on SACRE's budget. I recognise the effect "
      "the reduction has had on the teachers' conference. In the present financial position, in which every service "
      "has been asked to find savings of 4 per cent, I am not able to restore the budget, and SACRE's allocation "
      "will stay at £3,500 for 2026-27. SACRE may of course bid for the conference from the schools' training "
      "grant, as other subject networks do.")
    P("The recommendations to schools are for governing bodies and academy trusts, and the Council cannot require "
      "schools to act on them. I will nevertheless support the second of your recommendations to schools in full: "
      "from September 2026 the Council will pay the coach costs of the visits it asks for, for every maintained "
      "school that applies, from a fund of £18,000 held by Education Services, and Mr Renwick will keep a list of "
      "speakers who are willing to visit schools.")
    P("As to the first of your recommendations to schools, on religious education in Key Stage 4, that is a matter "
      "for headteachers and governors, who must balance it against the rest of the curriculum. I will send your "
      "report to every secondary headteacher and chair of governors and ask them to consider it.")
    P("I noted with concern that Group A still has two vacancies and that Group C has had no secondary teacher "
      "since Easter. Democratic Services will advertise both places in September, and I would welcome the help of "
      "SACRE members in finding candidates.")
    P("Thank you again to you and to every member of SACRE for your work this year. I look forward to your "
      "next report.")
    s.append(Spacer(1, 4))
    P("Yours sincerely,")
    s.append(Spacer(1, 14))
    P("Councillor Deborah Ashworth-Kane<br/>Cabinet Member for Education and Skills")
    s.append(Paragraph("cc: Director of Children's Services; Mr Tobias Renwick, Adviser for Religious Education",
                       S["small"]))
    build(H.out(NAME + "_response.pdf"), s, top=18)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Westmarch SACRE - Annual Report 2025-26",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Westmarch County Council - CM/EDU/2026/117",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "fund two days of training in religious education each year",
         "reply_contains": "we will instead fund one day of religious education training",
         "verdict": "partly"},
        {"number": 2, "starts_with": "convene an Agreed Syllabus Conference by March 2027, so that",
         "reply_contains": "its first meeting has been arranged for 14 January 2027", "verdict": "agrees"},
        {"number": 3, "starts_with": "restore SACRE's annual budget to £6,000, the level it had",
         "reply_contains": "I am not able to restore the budget", "verdict": "disagrees"},
        {"number": 4, "starts_with": "include religious education in the termly monitoring visits made by",
         "reply_contains": "will ask about religious education on every termly monitoring visit",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "give every pupil in Key Stage 4 at least one hour",
         "reply_contains": "ask them to consider it", "verdict": "noted"},
        {"number": 6, "starts_with": "arrange for each year group, every year, either a visit",
         "reply_contains": "the Council will pay the coach costs of the visits", "verdict": "agrees"},
        {"number": 7, "starts_with": "set out in the school prospectus and on the school website",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Group A still has two vacancies and that Group C",
                 "glad to attend SACRE's meeting in March"]
    notes = ("Advice: an English county's STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION (SACRE) annual report. "
             "Recommendations: UNNUMBERED BULLETS under two addressee lead-ins, 'SACRE recommends that the local "
             "authority:' (1-4) and 'SACRE recommends that schools:' (5-7), lower-case clauses ending ';'. Traps: the "
             "Education Act 1996 paraphrased ('must establish', 'must be taught', 'must reflect'); a numbered list "
             "1.-5. of the QUESTIONS put to schools; survey figures; the 2024 recommendation quoted ('should appoint "
             "a qualified adviser', done); 'The law requires the authority to convene' (context); closing 'The first "
             "two recommendations to the local authority are SACRE's priorities'. Response: the Cabinet Member's "
             "LETTER with no headings, one paragraph per reply naming the recommendation by ORDINAL WITHIN ITS "
             "GROUP, in the order 2, 1, 4, 3, 6, 5: 2 conference convened, first meeting 14 January 2027 (agrees); "
             "1 one day instead of two (partly); 4 advisers will ask on every visit (agrees); 3 'I am not able to "
             "restore the budget', stays at £3,500 (disagrees); 6 'the second of your recommendations to schools', "
             "supported 'in full': the Council pays the coach costs of the visits for every school that applies and "
             "keeps a list of speakers (agrees, though it cannot require schools); 5 'the first of your "
             "recommendations to schools' is 'a matter for headteachers and governors', report sent on 'to "
             "consider it' (noted); 7 (prospectus and website) never mentioned (unanswered). Paragraphs answering "
             "nothing: thanks and the March meeting, SACRE membership vacancies (Group A, Group C), closing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
