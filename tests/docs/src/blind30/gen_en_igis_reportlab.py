"""Round 30 (EN): an Inspector-General of Intelligence and Security's public inquiry report (two columns after a
full-width summary, bracketed paragraph numbers, classification banners, unnumbered 'I recommend that ...'
recommendations in bold) and the intelligence service's public statement in reply (prose only, no headings, no
numbers). reportlab, A4, cleaned Liberation fonts. All content (country, agency, people, figures) invented.

Run:  /tmp/blind30en/bin/python tests/docs/src/blind30/gen_en_igis_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b30en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, FrameBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind30_en_igis"
for face, f in (("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
                ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf"),
                ("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(face, H.clean_font(f)))
addMapping("LR", 0, 0, "LR"); addMapping("LR", 1, 0, "LRB"); addMapping("LR", 0, 1, "LRI"); addMapping("LR", 1, 1, "LRBI")
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LS"); addMapping("LS", 1, 1, "LSB")

GREEN = colors.HexColor("#20463c")
BODY = ParagraphStyle("b", fontName="LR", fontSize=9.6, leading=12.6, spaceAfter=5, alignment=4)
WIDE = ParagraphStyle("w", parent=BODY, fontSize=10.5, leading=14, spaceAfter=6)
BUL = ParagraphStyle("bul", parent=WIDE, leftIndent=14, bulletIndent=3, spaceAfter=3, bulletFontName="LR")
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=10, rightIndent=6, fontName="LRI")
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=18, leading=22, textColor=GREEN, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11, leading=14, textColor=GREEN, spaceBefore=8, spaceAfter=4)
SMALL = ParagraphStyle("s", fontName="LS", fontSize=8, leading=10, spaceAfter=3)
CELL = ParagraphStyle("c", fontName="LS", fontSize=8, leading=10)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")


class Num:
    n = 0


def p(text):
    Num.n += 1
    return Paragraph(f"[{Num.n}] {text}", BODY)


def rec(text):
    Num.n += 1
    return Paragraph(f"[{Num.n}] <b>I recommend that {text}</b>", BODY)


def banner_deco(header, footer_fmt, first_header=True):
    w, h = A4

    def deco(c, d):
        c.saveState()
        c.setFont("LSB", 8.5)
        c.setFillColor(colors.HexColor("#8a1c1c"))
        c.drawCentredString(w / 2, h - 10 * mm, "UNCLASSIFIED")
        c.drawCentredString(w / 2, 7 * mm, "UNCLASSIFIED")
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        if d.page > 1 or first_header:
            c.drawString(20 * mm, h - 16 * mm, header)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.6)
            c.line(20 * mm, h - 17.5 * mm, w - 20 * mm, h - 17.5 * mm)
        c.drawRightString(w - 20 * mm, 12 * mm, footer_fmt.format(n=d.page))
        c.restoreState()
    return deco


def advice(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title="Inquiry into DSIS bulk personal datasets", author="",
                          creator="", producer="")
    doc._invariant = 1
    w, h = A4
    gap = 7 * mm
    colw = (doc.width - gap) / 2
    deco = banner_deco("Office of the Inspector-General of Intelligence and Security  |  Inquiry into the "
                       "retention and use of bulk personal datasets  |  Public report", "{n}", first_header=False)
    top_h = 128 * mm
    first = [Frame(doc.leftMargin, h - doc.topMargin - top_h, doc.width, top_h, id="top"),
             Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height - top_h, id="c1"),
             Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, doc.height - top_h, id="c2")]
    later = [Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height, id="l1"),
             Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, doc.height, id="l2")]
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=deco),
                          PageTemplate(id="later", frames=later, onPage=deco)])
    s = []
    s.append(Paragraph("OFFICE OF THE INSPECTOR-GENERAL OF INTELLIGENCE AND SECURITY", SMALL))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Inquiry into the Domestic Security Intelligence Service's retention and use of bulk "
                       "personal datasets", H1))
    s.append(Paragraph("Public report &#183; Brenda Okonkwo-Hale, Inspector-General &#183; 14 October 2025", SMALL))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>Summary</b>", WIDE))
    s.append(Paragraph("This inquiry examined how the Domestic Security Intelligence Service (DSIS) obtains, "
                       "retains and searches bulk personal datasets: large collections of information about people, "
                       "most of whom are of no security interest. A classified version of this report was provided "
                       "to the Minister Responsible for Intelligence on 3 September 2025. This public version omits "
                       "classified material, marked [redacted].", WIDE))
    s.append(Paragraph("My principal findings are:", WIDE))
    for t in ("DSIS held 14 bulk personal datasets whose ministerial authorisation had lapsed, two of them for more "
              "than two years. DSIS should have sought fresh authorisation or deleted them.",
              "Searches of bulk datasets were not consistently recorded, so DSIS could not show that each search "
              "was necessary and proportionate.",
              "Analysts were given access to bulk datasets before completing the relevant legal training.",
              "I found no evidence that any dataset was searched for a purpose unconnected with DSIS's functions."):
        s.append(Paragraph(t, BUL, bulletText="\u2022"))
    s.append(Paragraph("I make six recommendations, set out in the body of the report where each issue is "
                       "discussed.", WIDE))
    s.append(FrameBreak())
    s.append(NextPageTemplate("later"))

    s.append(Paragraph("1. The inquiry", H2))
    s.append(p("I began this inquiry on my own initiative in November 2024, under section 158 of the "
               "Intelligence and Security Act 2019 (the Act), after a routine inspection found that a dataset of "
               "travel bookings had been searched after its authorisation expired."))
    s.append(p("My staff examined DSIS's dataset register, the authorisations issued since 2019, a sample of 400 "
               "searches and the training records of 230 analysts. We interviewed 31 DSIS staff. DSIS cooperated "
               "fully, and I thank its staff for their openness."))
    s.append(Paragraph("2. The legal framework", H2))
    s.append(p("Section 103 of the Act provides:"))
    s.append(Paragraph("(1) An intelligence and security agency may retain a bulk personal dataset only if the "
                       "Minister has authorised its retention. (2) An authorisation expires after 12 months unless "
                       "renewed. (3) The Director-General must ensure that a bulk personal dataset is destroyed as "
                       "soon as practicable after its authorisation expires.", QUOTE))
    s.append(p("In her 2019 review of DSIS's data holdings, my predecessor recommended that DSIS &#8220;develop a "
               "policy on the retention of datasets obtained from other agencies&#8221;. DSIS adopted such a policy "
               "in 2020, and I have not revisited that recommendation."))
    s.append(Paragraph("3. Datasets held", H2))
    s.append(p("At 1 December 2024 DSIS held 37 bulk personal datasets, summarised below."))
    data = [[Paragraph("Category", CELLB), Paragraph("Held", CELLB), Paragraph("Authorisation lapsed", CELLB)],
            [Paragraph("Travel and transport", CELL), "9", "4"],
            [Paragraph("Communications data", CELL), "6", "1"],
            [Paragraph("Financial", CELL), "5", "3"],
            [Paragraph("Public sector records", CELL), "11", "5"],
            [Paragraph("[redacted]", CELL), "6", "1"],
            [Paragraph("Total", CELLB), "37", "14"]]
    t = Table(data, colWidths=[colw * 0.5, colw * 0.2, colw * 0.3])
    t.setStyle(TableStyle([("FONT", (1, 1), (-1, -1), "LS", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9e5")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(p("Most datasets are obtained from other public bodies under information-sharing agreements. Six were "
               "obtained from overseas partners; the source of those datasets is classified. Each dataset is "
               "assigned a data custodian, usually a senior analyst in the team that uses it most."))
    s.append(p("The register of datasets is a spreadsheet maintained by the data governance team. It records the "
               "date each dataset was obtained and the date of the Minister's authorisation, but not the expiry "
               "date, which has to be calculated by hand. Entries for four datasets were incomplete when my staff "
               "examined the register, and two datasets that DSIS had destroyed were still shown as held."))
    s.append(Paragraph("4. Retention after authorisation lapsed", H2))
    s.append(p("Fourteen datasets were retained after their authorisations had lapsed. In most cases renewal had "
               "simply been overlooked: the register did not flag expiry dates, and responsibility for renewal was "
               "divided between the legal team and the data custodians. Two datasets, obtained in 2021 from "
               "[redacted], had been held without authorisation for more than two years."))
    s.append(p("DSIS told me that it now regards the destruction obligation in section 103(3) as absolute, and that "
               "it has introduced automated expiry warnings. That is welcome, but it does not deal with the "
               "datasets already held unlawfully."))
    s.append(rec("DSIS destroy, within six months of this report, every bulk personal dataset whose retention "
                 "has not been authorised by the Minister within the previous twelve months."))
    s.append(Paragraph("5. Searching the datasets", H2))
    s.append(p("Analysts search bulk datasets through the query tool [redacted]. The tool records the search terms "
               "but not why the search was made. In 97 of the 400 searches we sampled (24 per cent), neither the "
               "tool nor any related file recorded the investigation to which the search related. I could not, "
               "therefore, assess whether those searches were necessary and proportionate."))
    s.append(rec("DSIS record every search of a bulk personal dataset in an audit log, together with the "
                 "analyst's justification and the investigation to which it relates."))
    s.append(p("Where an investigation reference was recorded, the searches we examined were, with three "
               "exceptions, clearly connected to an authorised investigation. The three exceptions were searches "
               "for the names of DSIS applicants carried out by the vetting team, which has no authorisation to use "
               "bulk datasets. DSIS stopped this practice when we raised it in January 2025."))
    s.append(p("My office currently inspects search records at DSIS premises, by appointment. That arrangement "
               "limits the number of records we can examine and means DSIS knows in advance which period we will "
               "look at."))
    s.append(rec("DSIS give my office direct, read-only access to those audit logs from the Inspector-General's "
                 "own premises."))
    s.append(Paragraph("6. Ministerial oversight", H2))
    s.append(p("The Minister authorises each dataset individually but receives no overall picture of what DSIS "
               "holds. Several of the lapsed authorisations would, I think, have been noticed had the Minister "
               "been given a regular list."))
    s.append(rec("the Minister be provided with a quarterly report listing each bulk personal dataset held by "
                 "DSIS, its source and the date of its most recent authorisation."))
    s.append(Paragraph("7. Training", H2))
    s.append(p("Of the 230 analysts with access to bulk datasets, 58 had been given access before completing the "
               "legal compliance module. Some had waited more than a year for a place on the course."))
    s.append(rec("DSIS revise its procedures so that no analyst is given access to bulk personal datasets "
                 "before completing the legal compliance module."))
    s.append(Paragraph("8. Transparency", H2))
    s.append(p("DSIS publishes nothing about its use of bulk personal datasets. Comparable agencies overseas "
               "publish at least aggregate figures. Public confidence depends in part on the public knowing, in "
               "general terms, what is done in its name."))
    s.append(rec("the Director-General publish each year an unclassified statement of the number of bulk "
                 "personal datasets held and the number of searches made of them."))
    s.append(Paragraph("9. A matter for Parliament", H2))
    s.append(p("It is not my role to recommend changes to the Act. Parliament may, however, wish to consider "
               "whether the 12-month authorisation period in section 103(2) is the right one for datasets that are "
               "rarely searched."))
    s.append(Paragraph("10. Response of DSIS", H2))
    s.append(p("I provided a draft of this report to DSIS in August 2025. Its comments on factual matters have been "
               "taken into account. DSIS will respond to the recommendations separately."))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Brenda Okonkwo-Hale<br/>Inspector-General of Intelligence and Security", BODY))
    s.append(Paragraph("Appendix A: Terms of reference", H2))
    s.append(Paragraph("The inquiry will examine:", BODY))
    for lab, t in (("(a)", "the process by which DSIS obtains bulk personal datasets and seeks ministerial "
                           "authorisation to retain them;"),
                   ("(b)", "whether DSIS has complied with section 103 of the Act in retaining and destroying such "
                           "datasets since 1 January 2020;"),
                   ("(c)", "how searches of bulk personal datasets are authorised, recorded and reviewed;"),
                   ("(d)", "the training and supervision of staff with access to bulk personal datasets; and"),
                   ("(e)", "any other matter relevant to the propriety of DSIS's activities in this area that "
                           "arises in the course of the inquiry.")):
        s.append(Paragraph(t, ParagraphStyle("tor", parent=BODY, leftIndent=18, bulletIndent=0, bulletFontName="LR"),
                           bulletText=lab))
    s.append(Paragraph("The Inspector-General may make such recommendations as she considers appropriate "
                       "(section 185 of the Act). Recommendations are not binding, but the Director-General must "
                       "inform the Minister of the action taken in response to them.", BODY))
    s.append(Paragraph("Appendix B: Method", H2))
    s.append(Paragraph("The sample of 400 searches was drawn at random from the 61,208 searches of bulk datasets "
                       "recorded between 1 January and 30 November 2024, stratified by dataset category. Two "
                       "members of my staff reviewed each search independently; differences were resolved by the "
                       "Deputy Inspector-General. Interviews were recorded in writing and checked with each "
                       "interviewee. Where this report refers to the views of DSIS staff, those views are not "
                       "attributed to individuals.", BODY))
    s.append(Paragraph("Abbreviations: DSIS, Domestic Security Intelligence Service; the Act, Intelligence and "
                       "Security Act 2019; IGIS, Inspector-General of Intelligence and Security.", SMALL))
    doc.build(s)


def response(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=28 * mm, rightMargin=28 * mm, topMargin=26 * mm,
                          bottomMargin=22 * mm, title="DSIS statement", author="", creator="", producer="")
    doc._invariant = 1
    deco = banner_deco("Domestic Security Intelligence Service  |  Public statement  |  2 December 2025",
                       "Page {n} of 2", first_header=False)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=deco)])
    B = ParagraphStyle("rb", fontName="LR", fontSize=11, leading=15.5, spaceAfter=9, alignment=0)
    s = []
    s.append(Paragraph("DOMESTIC SECURITY INTELLIGENCE SERVICE", ParagraphStyle("x", parent=H2, fontSize=13,
                                                                                 spaceBefore=0)))
    s.append(Paragraph("Office of the Director-General of Security", SMALL))
    s.append(Spacer(1, 10))
    s.append(Paragraph("<b>Statement by the Director-General on the Inspector-General's report on bulk personal "
                       "datasets</b>", ParagraphStyle("t", parent=B, fontSize=13, leading=17)))
    s.append(Paragraph("2 December 2025", SMALL))
    s.append(Spacer(1, 6))
    paras = [
        "The Inspector-General of Intelligence and Security published her report on our retention and use of bulk "
        "personal datasets on 14 October 2025. I am grateful to her and her staff for a thorough inquiry. "
        "Independent oversight of this kind is essential if the public is to have confidence in the work of the "
        "Service, and this statement sets out how we are responding.",
        "The Inspector-General found that the Service kept datasets after their authorisation had expired. That "
        "should never have happened, and I take responsibility for it. I have apologised to the Minister, and the "
        "Service's register now alerts the data custodian and the legal team ninety days before any authorisation "
        "expires.",
        "We have already acted on the point about analyst training. Since 1 August 2025 access to the bulk data "
        "environment has been switched on only once the revised compliance course has been passed, and 212 of our "
        "230 analysts have now done so. The remaining 18 have no access until they complete it.",
        "We also accept the principle that datasets held without a current authorisation must go. Eleven of the "
        "fourteen have been destroyed and the destruction certified to the Inspector-General. The other three are "
        "subject to a preservation order made by the High Court in proceedings brought against the Service, and "
        "cannot lawfully be destroyed until those proceedings end, which will not be within the six-month period "
        "the Inspector-General proposed. They have been sealed, and no one in the Service can search them.",
        "Two of the Inspector-General's recommendations concern audit logs. The first, that every search be logged "
        "with a reason and the investigation it serves, has been implemented in full: since 15 September 2025 our "
        "query tool refuses to run a search until the analyst has entered both. The second, that her office be "
        "able to read those logs remotely from its own premises, we are unable to accept. Connecting our most "
        "sensitive holdings to a system outside the Service's accredited facilities would create a security risk "
        "that we do not consider justified, particularly as the Inspector-General's staff may already examine the "
        "logs in our building at any time and without notice.",
        "The report also proposes regular reporting to the Minister on the datasets we hold. The form in which the "
        "Minister receives information from the Service is for her to decide. She has said that she will consider "
        "this once she has received advice from her department, and the Service will provide whatever reporting "
        "she asks for.",
        "Finally, the Inspector-General noted that our compliance team was under strength during the period "
        "examined. Two further compliance officers took up their posts in November 2025, and the team now reports "
        "directly to the Deputy Director-General.",
        "The Service will continue to work closely with the Inspector-General, and I expect her office to test these "
        "changes during its inspections in 2026.",
    ]
    for t in paras:
        s.append(Paragraph(t, B))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Marcus Tregenza<br/>Director-General of Security", B))
    doc.build(s)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": 1, "starts_with": "DSIS destroy, within six months of this report, every bulk",
         "reply_contains": "subject to a preservation order made by the High Court", "verdict": "partly"},
        {"number": 2, "starts_with": "DSIS record every search of a bulk personal dataset in",
         "reply_contains": "query tool refuses to run a search until the analyst", "verdict": "agrees"},
        {"number": 3, "starts_with": "DSIS give my office direct, read-only access to those audit",
         "reply_contains": "be able to read those logs remotely from its own premises", "verdict": "disagrees"},
        {"number": 4, "starts_with": "the Minister be provided with a quarterly report listing each",
         "reply_contains": "she will consider this once she has received advice", "verdict": "noted"},
        {"number": 5, "starts_with": "DSIS revise its procedures so that no analyst is given access",
         "reply_contains": "212 of our 230 analysts have now done so", "verdict": "agrees"},
        {"number": 6, "starts_with": "the Director-General publish each year an unclassified statement of the",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["I have apologised to the Minister",
                 "Two further compliance officers took up their posts"]
    notes = ("Inspector-General of Intelligence and Security public inquiry report (reportlab, A4, red "
             "'UNCLASSIFIED' banners at top and bottom of every page, running header from page 2, bare page "
             "numbers): a full-width title and summary with a bulleted list of principal findings (one reads 'DSIS "
             "should have sought fresh authorisation or deleted them': trap), then TWO COLUMNS with paragraphs "
             "numbered [1]-[N] and '[redacted]' markers. The six recommendations are UNNUMBERED (numbered 1-6 in "
             "document order): bold paragraphs '[n] I recommend that DSIS ...' / '... that the Minister be "
             "provided ...' / '... that the Director-General publish ...' among ordinary numbered paragraphs; the "
             "summary only says 'I make six recommendations'. Traps: a quoted statutory provision with 'must', a "
             "quoted 2019 recommendation of the predecessor, DSIS's own comment in the advice, a table of datasets, "
             "'Parliament may, however, wish to consider' expressly not a recommendation. Response: the "
             "Director-General's public statement, prose ONLY (no headings, no numbers, no quotations), each reply "
             "identified by paraphrase in another order (5, 1, 2+3, 4): training ('already acted on the point "
             "about analyst training' = agrees), destruction ('accept the principle' but three datasets under a "
             "High Court preservation order, not within six months = partly), ONE paragraph 'Two of the "
             "Inspector-General's recommendations concern audit logs' - 'The first ... implemented in full' "
             "(agrees), 'The second ... we are unable to accept' (disagrees), reporting to the Minister 'is for her "
             "to decide' (noted); the publication recommendation (6) is never answered; a paragraph on the findings "
             "of unlawful retention with an apology and one on the compliance team's staffing answer no "
             "recommendation (unmatched); introduction and closing answer nothing. Appendix A (terms of reference (a)-(e), and a sentence on the "
             "Inspector-General's power to make recommendations) and Appendix B (method) follow the signature.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
