"""Round 102 (EN): an Irish county council's IRISH LANGUAGE ADVISORY FORUM OBSERVATIONS on the council's draft
Language Scheme, seven recommendations as PARAGRAPH NUMBERS 4.1-4.7 of a 'Recommendations' section after numbered
findings, answered by the Director of Services' REPLY LETTER under subject headings (no paragraph numbers).
reportlab platypus, A4, cleaned DejaVu, invariant=1; header and 'Page N of M' stamped from page 2. All bodies, people,
places and figures invented; the Official Languages Act 2003 is named as context only.
Run:  /tmp/blind102en/bin/python tests/docs/src/blind102/gen_en_language_scheme_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b102en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind102_en_language_scheme"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
GREEN = colors.HexColor("#1f5e3a")
body = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.6, spaceAfter=6)
num = ParagraphStyle("n", parent=body, leftIndent=10 * mm, firstLineIndent=-10 * mm)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14.5, leading=18, textColor=GREEN, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=GREEN, spaceBefore=8, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="DVB", fontSize=9.8, leading=13, spaceBefore=6, spaceAfter=3)


def P(t, s=body):
    return Paragraph(t, s)


def build(path, story, head, author):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, invariant=1, title=head, author=author)
    doc.build(story)
    H.stamp(path, header=head, footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))


def advice():
    band = Table([[P("<b>BALLINVARRA COUNTY COUNCIL</b><br/>Irish Language Advisory Forum", ParagraphStyle(
        "w", parent=body, textColor=colors.white, fontSize=10, leading=13)),
                   P("Ref. ILAF/2026/02<br/>3 February 2026", ParagraphStyle("w2", parent=body, textColor=colors.white,
                                                                            fontSize=8.5, alignment=2))]],
                 colWidths=[110 * mm, 56 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s = [band, Spacer(1, 10),
         P("Observations of the Forum on the Draft Language Scheme 2026-2029", h1),
         P("Adopted at the Forum's meeting of 29 January 2026. Chair: Ms Áine Ní Bhriain. Submitted to the Director "
           "of Services, Corporate Affairs, in response to the public consultation which closed on 6 February 2026.",
           small),
         P("1. Introduction", h2),
         P("1.1 The Forum was set up by the Council in 2017 to advise on the use of Irish in the Council's services. "
           "It has eleven members drawn from Irish-medium schools, the Gaeltacht community of Rosmuck Beg, "
           "Conradh branches, the library service and two elected members.", num),
         P("1.2 This paper sets out what the Forum found in reading the draft scheme (Section 3) and what it "
           "recommends (Section 4). The Forum met officials on 14 January 2026 and is grateful for their time.", num),
         P("2. Legal context", h2),
         P("2.1 Under section 11 of the Official Languages Act 2003, a public body must prepare a draft scheme "
           "specifying the services it will provide in Irish, in English, or in both. The Council's third scheme "
           "expired on 30 June 2025 and has been extended pending adoption of the new one.", num),
         P("2.2 The Forum notes that the standards made under the Act in 2025 will apply to the Council in any case, "
           "whatever the scheme says. This paper deals only with matters that go beyond those standards.", num),
         P("3. Findings", h2),
         P("3.1 Of the Council's 612 staff, 41 declared competence in Irish in the 2025 staff survey, and only nine of "
           "them work at the public counters in Ballinvarra, Kilbrack and Rosmuck Beg. A caller who asks for a "
           "service in Irish is, in practice, often asked to wait or to ring back.", num),
         P("3.2 The draft scheme commits to bilingual landing pages on the Council's website, but the online payments "
           "and planning search portals behind them are in English only. Citizens should not have to switch "
           "language halfway through a transaction.", num),
         P("3.3 Street and estate names approved since 2020 have been in English with an Irish translation on "
           "roughly half of the signs. Names in the Gaeltacht area are already in Irish only.", num),
         P("3.4 No report on the third scheme has been published since 2022. In its observations of March 2019 "
           "the Forum said that \"the Council should appoint a full-time Irish Language Officer\"; that post was "
           "filled in 2021 and the Forum does not return to it here.", num),
         P("3.5 Library staff in Kilbrack ran an Irish-language reading club in summer 2025 with 38 children taking "
           "part. It was paid for from a once-off grant of EUR 4,500 and is not in the draft scheme.", num),
         P("3.6 The draft names the Irish Language Officer as the only contact point for all seven directorates. "
           "Queries about roads, housing or water services are forwarded by email and can take weeks.", num),
         P("4. Recommendations", h2),
         P("The Forum recommends that the Council:", body),
         P("4.1 Set a target that at least one in five new recruits to front-line customer service posts are "
           "competent in Irish by the end of the scheme in 2029.", num),
         P("4.2 Provide the online payments and planning search portals fully in Irish, and not only the bilingual "
           "landing pages.", num),
         P("4.3 Adopt a policy that all new housing estates and roads in the county are named in Irish only, "
           "following the practice in the Gaeltacht area.", num),
         P("4.4 Publish an annual progress report on the scheme each March, present it to the Forum and place it on "
           "the Council website.", num),
         P("4.5 Fund a bilingual summer reading programme for children in each of the four municipal district "
           "libraries, building on the Kilbrack pilot.", num),
         P("4.6 Designate a named Irish-language contact in each directorate, so that queries are dealt with where "
           "the service is run.", num),
         P("4.7 Include a clause on the use of Irish in all grant agreements for community festivals and events "
           "funded by the Council.", num),
         P("5. Next steps", h2),
         P("5.1 The Forum would welcome a written reply before the scheme is put to the Minister for confirmation. "
           "It regards 4.2 and 4.5 as the most pressing, and is willing to meet officials again in April 2026.", num),
         P("5.2 Members agreed these observations unanimously. Cllr Declan Furey abstained on 4.3, as a member of "
           "the Council's Naming Committee.", num),
         Spacer(1, 6),
         P("Áine Ní Bhriain, Chair, Irish Language Advisory Forum", small)]
    build(H.out(NAME + "_advice.pdf"), s, "ILAF/2026/02  Observations on the Draft Language Scheme 2026-2029",
          "Irish Language Advisory Forum")


def response():
    s = [P("BALLINVARRA COUNTY COUNCIL", ParagraphStyle("lh", parent=h1, fontSize=13, spaceAfter=0)),
         P("Corporate Affairs Directorate, County Buildings, Market Square, Ballinvarra", small),
         Spacer(1, 10),
         P("Ms Áine Ní Bhriain<br/>Chair, Irish Language Advisory Forum<br/>c/o Ballinvarra Library<br/>Ballinvarra",
           body),
         P("Our ref: CA/LS/26/014<br/>11 March 2026", body),
         Spacer(1, 4),
         P("<b>Re: Observations on the Draft Language Scheme 2026-2029</b>", body),
         P("A Chara,", body),
         P("Thank you for the Forum's observations dated 3 February 2026 and for the time members gave to the "
           "meeting in January. They were among 23 submissions received, and I am glad to set out below how the "
           "Council has dealt with the points you raised.", body),
         P("Contact points in the directorates", h3),
         P("We agree that queries should be answered where the service is run. Each of the seven directorates has "
           "now nominated an Irish-speaking staff member as its language contact, and their names were "
           "circulated to all staff on 2 March. The final scheme will list them.", body),
         P("Reporting on the scheme", h3),
         P("The Council accepts that it should report more regularly. A yearly report on implementation "
           "will be published on the website each March from 2027 and will be brought to the Forum before it "
           "goes to the Corporate Policy Group.", body),
         P("Staffing and digital services", h3),
         P("On recruitment, the Chief Executive has agreed a target, but a more modest one: ten per cent of new "
           "front-line appointments, to be reviewed at the mid-term of the scheme in 2027. The digital portals are "
           "a different matter. Both systems are supplied under national shared-service contracts which the "
           "Council cannot alter on its own, and translating them fully is not something we can commit to in the "
           "period of this scheme. We will keep the landing pages bilingual as proposed.", body),
         P("Library programme", h3),
         P("I am pleased to say that the Council's 2026 budget includes EUR 18,000 so that all four district "
           "libraries can run the summer reading programme in both languages this July and August.", body),
         P("Naming of estates and roads", h3),
         P("The proposal on Irish-only names raises wider questions for the elected members. It has been "
           "referred to the Naming Committee for its meeting in May, and the Council will take its view into "
           "account in any future review of the naming policy.", body),
         P("Seachtain na Gaeilge 2026", h3),
         P("Separately, the Forum may wish to know that this year's Seachtain na Gaeilge events in County Buildings "
           "drew over 400 visitors, and that the Cathaoirleach will host a reception for the Irish-medium "
           "schools on 20 March.", body),
         P("The draft scheme, amended as above, will be sent to the Minister in April. I would be happy to meet "
           "the Forum again once it is confirmed, and I thank members once more for their continued interest.",
           body),
         P("Is mise le meas,", body), Spacer(1, 10),
         P("Peadar Mac Giolla<br/>Director of Services, Corporate Affairs", body)]
    build(H.out(NAME + "_response.pdf"), s, "CA/LS/26/014  Reply to the Irish Language Advisory Forum",
          "Ballinvarra County Council")


if __name__ == "__main__":
    advice()
    response()
    R = [
        {"number": 1, "starts_with": "Set a target that at least one in five new recruits",
         "reply_contains": "ten per cent of new front-line appointments", "verdict": "partly"},
        {"number": 2, "starts_with": "Provide the online payments and planning search portals fully in Irish",
         "reply_contains": "not something we can commit to in the period", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Adopt a policy that all new housing estates and roads",
         "reply_contains": "referred to the Naming Committee for its meeting in May", "verdict": "noted"},
        {"number": 4, "starts_with": "Publish an annual progress report on the scheme each March",
         "reply_contains": "A yearly report on implementation will be published", "verdict": "agrees"},
        {"number": 5, "starts_with": "Fund a bilingual summer reading programme for children",
         "reply_contains": "all four district libraries can run the summer reading programme", "verdict": "agrees"},
        {"number": 6, "starts_with": "Designate a named Irish-language contact in each directorate",
         "reply_contains": "has now nominated an Irish-speaking staff member", "verdict": "agrees"},
        {"number": 7, "starts_with": "Include a clause on the use of Irish in all grant agreements",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    U = ["They were among 23 submissions received",
         "Seachtain na Gaeilge events in County Buildings drew over 400 visitors",
         "I would be happy to meet the Forum again once it is confirmed"]
    H.write_expected(NAME, R, U,
                     "Advice: Irish county council's Irish Language Advisory Forum observations on the draft Language "
                     "Scheme; recs = PARAGRAPH NUMBERS 4.1-4.7 of section 4 'Recommendations' after findings 3.1-3.6. "
                     "Traps: Official Languages Act 2003 s.11 'must prepare', 'Citizens should not have to switch "
                     "language', 2019 observations quoted ('the Council should appoint a full-time Irish Language "
                     "Officer'), 5.1/5.2 naming 4.2, 4.5, 4.3, dates, EUR figures. Response: Director of Services' "
                     "letter under subject headings, NO numbers, order 6, 4, 1+2, 5, 3. ONE section 'Staffing and "
                     "digital services' = 10 per cent target (1 partly) + portals not committed (2 disagrees). "
                     "Contacts nominated (6 agrees); yearly report (4 agrees); budget for four libraries (5 agrees); "
                     "referred to Naming Committee (3 noted); 7 (festival grant clause) unanswered. Nothing: opening "
                     "thanks, 'Seachtain na Gaeilge 2026', closing.")
    sys.exit(H.main([NAME]))
