"""Round 33 (EN): a UN Human Rights Council Universal Periodic Review (UPR) pair. The advice is the report of the
Working Group on the UPR on the (invented) State 'Marenhold' (A/HRC/62/14): numbered paragraphs in a hanging
number column, a lettered list of documents, a summary of the interactive dialogue, and section II
'Conclusions and/or recommendations' whose paragraph 27 holds the recommendations as sub-paragraphs 27.1-27.9,
each ending with the recommending State(s) in brackets; an annex with the delegation. The response is the
Addendum (A/HRC/62/14/Add.1) 'Views on conclusions and/or recommendations, voluntary commitments and replies
presented by the State under review': UPR positions 'supported' / 'supported in part' / 'noted', where 'noted'
covers both a refusal and a deferral. reportlab, A4, UN document furniture (symbol, Distr., GE number, alternating
running head with the symbol, page numbers). All content (States, people, laws, figures, symbols) invented.

Run:  /tmp/blind33en/bin/python tests/docs/src/blind33/gen_en_upr_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b33en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, KeepTogether,
                                CondPageBreak, PageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind33_en_upr"
for face, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
                ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(face, H.clean_font(f)))
addMapping("LR", 0, 0, "LR"); addMapping("LR", 1, 0, "LRB"); addMapping("LR", 0, 1, "LRI"); addMapping("LR", 1, 1, "LRBI")

BLUE = colors.Color(0.0, 0.36, 0.62)
IND = 1.0 * cm        # UN text block indent
PARA = ParagraphStyle("para", fontName="LR", fontSize=10, leading=12, leftIndent=IND + 1.0 * cm,
                      bulletIndent=IND, spaceAfter=6, alignment=4, bulletFontName="LR", bulletFontSize=10)
SUB = ParagraphStyle("sub", parent=PARA, leftIndent=IND + 2.2 * cm, bulletIndent=IND + 1.0 * cm, spaceAfter=4)
LET = ParagraphStyle("let", parent=PARA, leftIndent=IND + 1.9 * cm, bulletIndent=IND + 1.0 * cm, spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="LRB", fontSize=14, leading=17, leftIndent=IND, firstLineIndent=-IND,
                    spaceBefore=8, spaceAfter=9, keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LRB", fontSize=12, leading=14, leftIndent=IND, firstLineIndent=-0.5 * cm,
                    spaceBefore=5, spaceAfter=7, keepWithNext=1)
TITLE = ParagraphStyle("title", fontName="LRB", fontSize=17, leading=21, leftIndent=IND, spaceAfter=8)
STATE = ParagraphStyle("state", fontName="LRB", fontSize=14, leading=17, leftIndent=IND, spaceAfter=14)
SUBT = ParagraphStyle("subt", fontName="LRB", fontSize=12, leading=14.5, leftIndent=IND, spaceAfter=14)
BUL = ParagraphStyle("bul", parent=PARA, leftIndent=IND + 1.5 * cm, bulletIndent=IND + 1.0 * cm, spaceAfter=2,
                     alignment=0)
FN = ParagraphStyle("fn", fontName="LR", fontSize=8, leading=9.5, leftIndent=IND, firstLineIndent=-0.3 * cm)


def deco(symbol, ge, footnote):
    def draw(c, d):
        w, h = A4
        c.saveState()
        L, R = 2.0 * cm, w - 2.0 * cm
        if d.page == 1:
            c.setFont("LS", 8)
            c.drawString(L + 0.1 * cm, h - 1.3 * cm, "United Nations")
            c.setFont("LSB", 15)
            c.drawRightString(R, h - 1.45 * cm, symbol)
            c.setLineWidth(1.4)
            c.line(L, h - 1.7 * cm, R, h - 1.7 * cm)
            # emblem placeholder: a circle with a cross-hatched globe
            c.setStrokeColor(BLUE)
            c.setLineWidth(0.7)
            c.circle(L + 0.75 * cm, h - 2.7 * cm, 0.55 * cm)
            c.line(L + 0.2 * cm, h - 2.7 * cm, L + 1.3 * cm, h - 2.7 * cm)
            c.line(L + 0.75 * cm, h - 2.15 * cm, L + 0.75 * cm, h - 3.25 * cm)
            c.setFillColor(colors.black)
            c.setFont("LSB", 22)
            c.drawString(L + 1.8 * cm, h - 3.0 * cm, "General Assembly")
            c.setFont("LR", 9.5)
            y = h - 2.3 * cm
            for t in ("Distr.: General", d._date, "", "Original: English"):
                c.drawString(R - 4.0 * cm, y, t)
                y -= 11.5
            c.setLineWidth(0.6)
            c.setStrokeColor(colors.black)
            c.line(L, h - 3.6 * cm, R, h - 3.6 * cm)
            # footnote and GE number
            c.setLineWidth(0.4)
            c.line(L + IND, 3.05 * cm, L + IND + 3.5 * cm, 3.05 * cm)
            c.setFont("LR", 8)
            ty = 2.7 * cm
            for line in footnote:
                c.drawString(L + IND, ty, line)
                ty -= 9.5
            c.setFont("LSB", 8.5)
            c.drawString(L, 1.3 * cm, ge)
            # a barcode-like strip
            x = R - 5.0 * cm
            for k, wd in enumerate([1, 2, 1, 1, 3, 1, 2, 2, 1, 3, 1, 1, 2, 1, 3, 2, 1, 1, 2, 1, 3, 1, 2, 1, 1, 2,
                                    1, 3, 1, 1, 2, 2, 1, 1, 3, 1, 2]):
                if k % 2 == 0:
                    c.rect(x, 1.1 * cm, wd * 0.9, 0.75 * cm, stroke=0, fill=1)
                x += wd * 1.6
        else:
            c.setFont("LSB", 9)
            c.setLineWidth(0.5)
            if d.page % 2 == 0:
                c.drawString(L, h - 1.4 * cm, symbol)
                c.line(L, h - 1.55 * cm, R, h - 1.55 * cm)
                c.setFont("LSB", 9)
                c.drawString(L, 1.3 * cm, str(d.page))
                c.setFont("LS", 7.5)
                c.drawString(L + 0.6 * cm, 1.3 * cm, ge)
            else:
                c.drawRightString(R, h - 1.4 * cm, symbol)
                c.line(L, h - 1.55 * cm, R, h - 1.55 * cm)
                c.setFont("LS", 7.5)
                c.drawRightString(R - 0.6 * cm, 1.3 * cm, ge)
                c.setFont("LSB", 9)
                c.drawRightString(R, 1.3 * cm, str(d.page))
        c.restoreState()
    return draw


def build(path, story, symbol, ge, date, title, footnote):
    w, h = A4
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.0 * cm, rightMargin=2.0 * cm, topMargin=2.1 * cm,
                          bottomMargin=2.1 * cm, title=title, author="", creator="", producer="")
    doc._invariant = 1
    doc._date = date
    first = Frame(2.0 * cm, 3.4 * cm, w - 4.0 * cm, h - 3.8 * cm - 3.4 * cm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(2.0 * cm, 2.1 * cm, w - 4.0 * cm, h - 2.1 * cm - 2.1 * cm, id="later", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    dec = deco(symbol, ge, footnote)
    doc.addPageTemplates([PageTemplate(id="p1", frames=[first], onPage=dec, autoNextPageTemplate="pn"),
                          PageTemplate(id="pn", frames=[later], onPage=dec)])
    doc.build(story)


def session_block(lines):
    out = []
    st = ParagraphStyle("sess", fontName="LR", fontSize=10, leading=12)
    stb = ParagraphStyle("sessb", parent=st, fontName="LRB")
    for i, t in enumerate(lines):
        out.append(Paragraph(t, stb if i in (0, 4) else st))
    out.append(Spacer(1, 16))
    return out


SESSION = ["Human Rights Council", "Sixty-second session", "15 June-10 July 2026", "Agenda item 6",
           "Universal periodic review"]

n = [0]


def P(text, style=PARA):
    n[0] += 1
    return Paragraph(text, style, bulletText=f"{n[0]}.")


def advice_story():
    n[0] = 0
    s = session_block(SESSION)
    s += [Paragraph("Report of the Working Group on the Universal Periodic Review*", TITLE),
          Paragraph("Marenhold", STATE),
          Paragraph("Introduction", H1),
          P("The Working Group on the Universal Periodic Review, established in accordance with Human Rights "
            "Council resolution 5/1, held its forty-ninth session from 2 to 13 February 2026. The review of "
            "Marenhold was held at the 9th meeting, on 6 February 2026. The delegation of Marenhold was headed by "
            "the Minister of Justice and Constitutional Affairs, Helene Dunstraad. At its 15th meeting, held on "
            "11 February 2026, the Working Group adopted the report on Marenhold."),
          P("On 14 January 2026, the Human Rights Council selected the following group of rapporteurs (troika) to "
            "facilitate the review of Marenhold: Belmaro, Estrovia and Lusimbo."),
          P("In accordance with paragraph 15 of the annex to Human Rights Council resolution 5/1 and paragraph 5 "
            "of the annex to Council resolution 16/21, the following documents were issued for the review of "
            "Marenhold:"),
          Paragraph("A national report submitted/written presentation made in accordance with paragraph 15 (a) "
                    "(A/HRC/WG.6/49/MRH/1);", LET, bulletText="(a)"),
          Paragraph("A compilation prepared by the Office of the United Nations High Commissioner for Human Rights "
                    "(OHCHR) in accordance with paragraph 15 (b) (A/HRC/WG.6/49/MRH/2);", LET, bulletText="(b)"),
          Paragraph("A summary prepared by OHCHR in accordance with paragraph 15 (c) (A/HRC/WG.6/49/MRH/3).",
                    LET, bulletText="(c)"),
          P("A list of questions prepared in advance by Dravenia, Falkmark, Gallinor and Kaldoria was transmitted "
            "to Marenhold through the troika. These questions are available on the website of the universal "
            "periodic review."),
          Paragraph("I. Summary of the proceedings of the review process", H1),
          Paragraph("A. Presentation by the State under review", H2),
          P("The head of delegation stated that Marenhold, an archipelagic State of 41 inhabited islands, had "
            "prepared its national report through a consultative process led by the Inter-Ministerial Committee "
            "on Human Rights Reporting and Follow-up, which had held public meetings on six islands and had "
            "received 38 written submissions from civil society."),
          P("Since its third review in 2021, Marenhold had implemented, or was in the process of implementing, "
            "131 of the 164 recommendations that it had supported. The delegation referred in particular to "
            "recommendation 119.42 of the third cycle, which had called upon Marenhold to \"ensure free and "
            "universal birth registration, including on the outer islands\". That recommendation had been fully "
            "implemented through the Civil Registration Act 2023 and mobile registration teams."),
          P("The delegation stated that the National Human Rights Commission Act 2025 had been adopted following "
            "the recommendations of the Sub-Committee on Accreditation of the Global Alliance of National Human "
            "Rights Institutions. The Act provided for a transparent selection process for commissioners and for "
            "the Commission to prepare its own budget proposal."),
          P("Marenhold was among the States most exposed to the effects of climate change. Sea-level rise and "
            "saltwater intrusion threatened the freshwater lenses on which 23 island communities depended. The "
            "Rural and Island Water Programme 2024-2030 aimed to provide safe drinking water to every community "
            "by 2030, but its completion depended on the availability of international climate finance."),
          P("With regard to the death penalty, the delegation recalled that no execution had been carried out "
            "since 2004 and that all death sentences pronounced since then had been commuted. The question of "
            "abolition remained the subject of public debate."),
          P("Marenhold had adopted a National Action Plan on Gender-Based Violence 2025-2029 and had opened "
            "three new shelters, including the first on the outer islands."),
          Paragraph("B. Interactive dialogue and responses by the State under review", H2),
          P("During the interactive dialogue, 61 delegations made statements. Recommendations made during the "
            "dialogue are to be found in section II of the present report."),
          P("Several delegations commended Marenhold for the adoption of the Civil Registration Act 2023 and of "
            "the National Action Plan on Gender-Based Violence, and for its leadership on climate change and "
            "human rights in regional forums."),
          P("Some delegations expressed concern at the continued criminalization of defamation and at reports "
            "that journalists had been prosecuted in connection with their reporting. Some delegations stated "
            "that Marenhold should accede to the core international human rights instruments to which it was not "
            "yet a party."),
          P("A number of delegations noted that marriage below the age of 18 remained lawful with parental "
            "consent, and that the incidence of early marriage was higher on the outer islands."),
          P("Delegations welcomed the reforms of the National Human Rights Commission. Several delegations "
            "encouraged Marenhold to cooperate more closely with the special procedures, noting that two requests "
            "for visits remained pending."),
          P("Delegations raised the situation of persons with disabilities, in particular the accessibility of "
            "schools and public buildings on the outer islands, and asked about progress in the adoption of a "
            "disability rights bill."),
          P("Several delegations referred to conditions of detention, noting that the occupancy rate of the Port "
            "Selwyn remand centre had exceeded 160 per cent in 2025, and to the absence of an independent "
            "mechanism for monitoring places of detention."),
          P("Concern was expressed about the situation of migrant workers in the fishing and construction "
            "sectors, including reports of the retention of passports by employers and of unpaid wages."),
          P("Some delegations commended the measures taken to combat trafficking in persons, including the "
            "establishment of a specialized police unit, while others encouraged Marenhold to improve the "
            "identification of victims."),
          P("A number of delegations noted the low representation of women in Parliament, where women held 7 of "
            "the 52 seats, and asked whether temporary special measures were being considered."),
          P("Delegations acknowledged the vulnerability of Marenhold to climate change and welcomed its national "
            "framework on planned relocation of communities, adopted in 2024."),
          P("Several delegations referred to the right to water and sanitation and to the reliance of small "
            "islands on rainwater, which was increasingly affected by prolonged droughts."),
          P("In response, the delegation stated that the Cabinet was considering accession to the Optional "
            "Protocol to the Convention against Torture and that a decision was expected in the first half of "
            "2026. A study of the implications of accession to the International Convention on the Protection "
            "of the Rights of All Migrant Workers and Members of Their Families had been requested."),
          P("On early marriage, the delegation said that a bill to raise the minimum age of marriage was being "
            "prepared and would be presented to Parliament during 2026. On defamation, the delegation said that "
            "prosecutions were rare and required the consent of the Director of Public Prosecutions."),
          P("On the right to water, the delegation stated that 31 of the 47 communities targeted by the Rural "
            "and Island Water Programme had been connected to a safe supply by the end of 2025."),
          P("In concluding remarks, the head of delegation thanked the delegations for their constructive "
            "engagement and said that all recommendations would be carefully examined in consultation with "
            "the National Human Rights Commission and civil society."),
          Paragraph("II. Conclusions and/or recommendations**", H1),
          P("The following recommendations will be examined by Marenhold, which will provide responses in due "
            "time, but no later than the sixty-second session of the Human Rights Council:")]
    recs = [
        "Ratify the Optional Protocol to the Convention against Torture and designate an independent national "
        "preventive mechanism (Arvelia) (Belmaro);",
        "Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers "
        "and Members of Their Families (Costadora);",
        "Abolish the death penalty in law for all crimes and, pending abolition, establish an official "
        "moratorium on executions (Falkmark);",
        "Guarantee the financial and operational independence of the National Human Rights Commission, in full "
        "compliance with the Paris Principles (Gallinor);",
        "Raise the minimum age of marriage to 18 years for both girls and boys, without exception, and enforce "
        "it across all islands (Hesperia);",
        "Adopt a comprehensive anti-discrimination law covering all grounds of discrimination, including "
        "disability, sexual orientation and gender identity (Istrano);",
        "Intensify efforts to guarantee access to safe drinking water and adequate sanitation for rural and "
        "outer-island communities, including by seeking climate finance for this purpose (Juvenca);",
        "Extend a standing invitation to all special procedures of the Human Rights Council and respond "
        "positively to pending visit requests (Kaldoria);",
        "Decriminalize defamation and place it within the civil code, in accordance with international "
        "standards on freedom of expression (Lusimbo).",
    ]
    for i, r in enumerate(recs, 1):
        s.append(Paragraph(r, SUB, bulletText=f"{n[0]}.{i}"))
    s += [Spacer(1, 4),
          P("All conclusions and/or recommendations contained in the present report reflect the position of the "
            "submitting State(s) and/or the State under review. They should not be construed as endorsed by the "
            "Working Group as a whole."),
          CondPageBreak(7 * cm),
          Paragraph("Annex", ParagraphStyle("ax", parent=H1, spaceBefore=14)),
          Paragraph("Composition of the delegation", ParagraphStyle("ax2", parent=H1, fontSize=12)),
          Paragraph("The delegation of Marenhold was headed by the Minister of Justice and Constitutional Affairs, "
                    "Helene Dunstraad, and composed of the following members:", PARA)]
    for m in ("Ms. Helene Dunstraad, Minister of Justice and Constitutional Affairs;",
              "Mr. Tobiah Aranui-Velde, Permanent Representative of Marenhold to the United Nations Office at "
              "Geneva;",
              "Ms. Corrine Maseko-Holt, Solicitor General;",
              "Mr. Jonas Eberfeld, Director, Human Rights Unit, Ministry of Foreign Affairs;",
              "Ms. Priya Lakemond, Senior State Counsel, Office of the Attorney General;",
              "Mr. Rafe Tennick, First Secretary, Permanent Mission of Marenhold, Geneva."):
        s.append(Paragraph(m, BUL, bulletText="\u2022"))
    return s


ADV_FN = ["*  The annex to the present report is circulated as received.",
          "** The conclusions and recommendations have not been edited."]


def response_story():
    n[0] = 0
    s = session_block(SESSION)
    s += [Paragraph("Report of the Working Group on the Universal Periodic Review*", TITLE),
          Paragraph("Marenhold", STATE),
          Paragraph("Addendum", SUBT),
          Paragraph("Views on conclusions and/or recommendations, voluntary commitments and replies presented by "
                    "the State under review", SUBT),
          Paragraph("I. Introduction", H1),
          P("Marenhold reaffirms its commitment to the universal periodic review and thanks the States that "
            "took part in its fourth review on 6 February 2026. At the conclusion of the review, Marenhold "
            "undertook to examine the nine recommendations contained in paragraph 27 of the report of the "
            "Working Group (A/HRC/62/14)."),
          P("The recommendations were examined by the Inter-Ministerial Committee on Human Rights Reporting and "
            "Follow-up. A national validation workshop with the National Human Rights Commission, members of "
            "Parliament and civil society organizations was held in Port Selwyn on 18 March 2026, and the "
            "positions set out below were endorsed by the Cabinet on 7 April 2026."),
          P("In the present addendum, Marenhold indicates whether it supports or notes each recommendation, and "
            "explains its position. In accordance with the practice of the Council, a recommendation is "
            "\"noted\" where Marenhold is not in a position to support it at this time, whether because it does "
            "not accept it or because further national consultation is required."),
          Paragraph("II. Positions on the recommendations", H1),
          Paragraph("A. International human rights instruments", H2),
          P("Recommendations 27.1 and 27.2. Marenhold supports recommendation 27.1. The Cabinet approved "
            "accession to the Optional Protocol to the Convention against Torture on 3 March 2026, and the "
            "instrument of accession will be deposited before the end of the year. The Office of the Ombudsman "
            "will be designated as the national preventive mechanism, with a separate budget line and "
            "unrestricted access to all places of detention. Recommendation 27.2 is noted. The study "
            "commissioned by the Ministry of Labour and Immigration on the legal and financial implications of "
            "accession to the Convention on migrant workers is not expected before mid-2027. Marenhold will "
            "return to the question once the study is available and is not able to take a position before "
            "then."),
          Paragraph("B. National human rights institution", H2),
          P("Recommendation 27.4 is supported and is considered already implemented. Since 1 January 2026, the "
            "budget of the National Human Rights Commission has been a direct charge on the Consolidated Fund "
            "and is no longer subject to the approval of the Ministry of Justice, and the Commission appoints "
            "its own staff. The Commission submitted its application for re-accreditation with A status in "
            "March 2026."),
          Paragraph("C. Equality and non-discrimination", H2),
          P("Marenhold supports recommendation 27.5 in part. The Marriage (Amendment) Bill, tabled in Parliament "
            "on 24 March 2026, raises the minimum age of marriage to 18 years for both sexes and abolishes "
            "marriage with parental consent. The Bill nevertheless retains a narrow exception under which a "
            "judge of the High Court may authorize the marriage of a person aged 17 in exceptional "
            "circumstances. To that extent, Marenhold is unable to support the call for an age limit without "
            "exception."),
          P("Recommendation 27.6 is noted. The Law Reform Commission of Marenhold is reviewing the Equal "
            "Opportunities Act 1998, including the grounds of discrimination it covers, and is expected to "
            "report in mid-2027. The Government does not wish to anticipate the conclusions of that review and "
            "will determine its position on a comprehensive law when the report has been received."),
          Paragraph("D. Right to life", H2),
          P("Recommendation 27.3 is noted. No execution has taken place in Marenhold for more than twenty years. "
            "However, the death penalty remains a lawful sentence for murder under the Penal Code, and the "
            "Government does not intend to abolish it or to declare a formal moratorium, which in its view "
            "would require a national consensus that does not yet exist."),
          Paragraph("E. Freedom of expression", H2),
          P("Marenhold notes recommendation 27.9. The criminal defamation provisions in sections 211 to 214 of "
            "the Penal Code protect persons who lack the means to bring civil proceedings, and no prosecution may "
            "be brought without the consent of the Director of Public Prosecutions. The Government has no plans "
            "to repeal these provisions."),
          Paragraph("F. Economic, social and cultural rights", H2),
          P("Recommendation 27.7 enjoys the support of Marenhold. In 2026 the Rural and Island Water Programme "
            "will connect a further nine outer-island communities, and the Government has submitted a funding "
            "proposal of USD 38 million to a multilateral climate fund for desalination and rainwater "
            "harvesting systems on the remaining islands. Progress will be reported in the mid-term report."),
          Paragraph("III. Voluntary commitments", H1),
          P("Marenhold voluntarily commits to submit a mid-term report on the implementation of the "
            "recommendations from its fourth review by the end of 2028, and to launch a public online database "
            "for tracking the implementation of recommendations from all human rights mechanisms by June 2027."),
          P("Marenhold will continue to work with OHCHR, the National Human Rights Commission and civil society "
            "in following up the outcome of its review."),
          ]
    return s


RSP_FN = ["*  The present document is being issued without formal editing."]


def main():
    build(H.out(NAME + "_advice.pdf"), advice_story(), "A/HRC/62/14", "GE.26-02871(E)", "9 April 2026",
          "Report of the Working Group on the Universal Periodic Review: Marenhold", ADV_FN)
    build(H.out(NAME + "_response.pdf"), response_story(), "A/HRC/62/14/Add.1", "GE.26-08344(E)",
          "2 June 2026", "Report of the Working Group on the Universal Periodic Review: Marenhold. Addendum",
          RSP_FN)
    recs = [
        {"number": "27.1", "starts_with": "Ratify the Optional Protocol to the Convention against Torture and",
         "reply_contains": "Office of the Ombudsman will be designated as the national preventive mechanism",
         "verdict": "agrees"},
        {"number": "27.2", "starts_with": "Consider ratifying the International Convention on the Protection of the",
         "reply_contains": "will return to the question once the study is available",
         "verdict": "noted"},
        {"number": "27.3", "starts_with": "Abolish the death penalty in law for all crimes and",
         "reply_contains": "does not intend to abolish it or to declare a formal moratorium",
         "verdict": "disagrees"},
        {"number": "27.4", "starts_with": "Guarantee the financial and operational independence of the National Human",
         "reply_contains": "is supported and is considered already implemented",
         "verdict": "agrees"},
        {"number": "27.5", "starts_with": "Raise the minimum age of marriage to 18 years for",
         "reply_contains": "Marenhold is unable to support the call for an age limit",
         "verdict": "partly"},
        {"number": "27.6", "starts_with": "Adopt a comprehensive anti-discrimination law covering all grounds of",
         "reply_contains": "does not wish to anticipate the conclusions of that review",
         "verdict": "noted"},
        {"number": "27.7", "starts_with": "Intensify efforts to guarantee access to safe drinking water and",
         "reply_contains": "Recommendation 27.7 enjoys the support of Marenhold",
         "verdict": "agrees"},
        {"number": "27.8", "starts_with": "Extend a standing invitation to all special procedures of the",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "27.9", "starts_with": "Decriminalize defamation and place it within the civil code",
         "reply_contains": "The Government has no plans to repeal these provisions",
         "verdict": "disagrees"},
    ]
    unmatched = ["voluntarily commits to submit a mid-term report on the implementation"]
    notes = ("UN Human Rights Council universal periodic review (invented State 'Marenhold'; reportlab, A4, UN "
             "document furniture: 'United Nations' / symbol / 'General Assembly' / 'Distr.: General' masthead, a "
             "starred footnote and a GE number with a barcode strip on page 1, the symbol as an alternating "
             "running head with a rule, page numbers on the outer side). Advice: report of the Working Group "
             "A/HRC/62/14, paragraphs 1-28 with hanging numbers; the nine recommendations are the sub-paragraphs "
             "27.1-27.9 of paragraph 27 in section 'II. Conclusions and/or recommendations', imperative verbs "
             "('Ratify ...', 'Consider ratifying ...', 'Abolish ...', 'Guarantee ...', 'Raise ...', 'Adopt ...', "
             "'Intensify ...', 'Extend ...', 'Decriminalize ...') each ending with the recommending State(s) in "
             "brackets; the numbers are the printed '27.n'. Traps: a lettered list (a)-(c) of documents, the "
             "third-cycle 'recommendation 119.42' quoted in the presentation, 'delegations stated that Marenhold "
             "should accede' in the dialogue summary, 'Some delegations expressed concern', paragraph 28's "
             "disclaimer, the annex listing the delegation as bullets. Response: Addendum A/HRC/62/14/Add.1 "
             "'Views on conclusions and/or recommendations ...', paragraphs 1-12 under thematic headings A-F in "
             "another order (27.1+27.2, 27.4, 27.5, 27.6, 27.3, 27.9, 27.7). UPR positions: 'supported' / "
             "'supported in part' / 'noted', and the introduction explains that 'noted' covers both non-acceptance "
             "and deferral, so the reasons decide: ONE paragraph 'Recommendations 27.1 and 27.2' (27.1 supported, "
             "accession approved, Ombudsman as NPM = agrees; 27.2 'is noted', study not before mid-2027, 'not "
             "able to take a position before then' = noted); 27.4 'supported and ... considered already "
             "implemented' (agrees); 27.5 'supports ... in part', a 17-year-old exception retained (partly); 27.6 "
             "'noted', deferred to the Law Reform Commission's review (noted); 27.3 'is noted' but 'does not "
             "intend to abolish it or to declare a formal moratorium' (disagrees); 27.9 'Marenhold notes' but "
             "'has no plans to repeal these provisions' (disagrees); 27.7 'enjoys the support of Marenhold' "
             "(agrees). 27.8 (standing invitation to special procedures) is not answered (unanswered). Section "
             "'III. Voluntary commitments' answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
