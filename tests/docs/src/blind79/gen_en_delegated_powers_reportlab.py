"""Round 79 (EN): a DELEGATED POWERS COMMITTEE REPORT ON A BILL (genre: the report of the House of Lords Delegated
Powers and Regulatory Reform Committee, or a committee like it, on the powers to make secondary legislation in a
Bill: a report cover with the session number, a short summary of the Bill, numbered paragraphs 1-N clause by clause
quoting the department's Delegated Powers Memorandum, the committee's conclusions and recommendations set in BOLD
inside the paragraphs, some bold sentences being only findings ('We regard ... as appropriate'), no numbers of their
own) answered by the MINISTER'S LETTER TO THE COMMITTEE CHAIR (the government's reply, later printed as an appendix:
'Dear Lord ...', the Committee's points in another order by clause, amendments to be tabled at Report stage, a
supplementary memorandum enclosed, other amendments made in the Commons, copies).
Advice: Delegated Powers Committee, '14th Report of Session 2026-27: Local Bus Services (Franchising and
Accessibility) Bill', 3 p.
Response: letter of the Parliamentary Under-Secretary of State, Department for Transport, 2 p.; order 5, 2, 1 and 3
(one paragraph), 6, 7; 4 is not answered.
reportlab platypus, A4, cleaned Liberation Serif/Sans, invariant=1. The committee's kind and the Transport Act 2000
are real (what is said of them here is not to be relied on); the Bill, the report, the minister, the peers, the
quotations and all figures are invented.

Run:  /tmp/blind79en/bin/python tests/docs/src/blind79/gen_en_delegated_powers_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b79en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind79_en_delegated_powers"
for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
    for suf, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font("%s-%s.ttf" % (base, f))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "BI")

RED = colors.Color(0.55, 0.08, 0.15)
BODY = ParagraphStyle("b", fontName="LR", fontSize=10.5, leading=14, spaceAfter=6)
QU = ParagraphStyle("q", parent=BODY, fontSize=9.5, leading=12.5, leftIndent=12 * mm, rightIndent=8 * mm)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=11, leading=14, textColor=RED, spaceBefore=8, spaceAfter=5,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LRI", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=3, keepWithNext=1)
T = ParagraphStyle("t", fontName="LSB", fontSize=16, leading=20, textColor=RED, spaceAfter=4)
SM = ParagraphStyle("sm", fontName="LS", fontSize=9, leading=12)
LET = ParagraphStyle("l", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=8)
LETB = ParagraphStyle("lb", parent=LET, fontName="LSB", spaceAfter=3, keepWithNext=1)


def foot(label, right=True):
    def f(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.grey)
        if right:
            c.drawString(20 * mm, 11 * mm, label)
            c.drawRightString(190 * mm, 11 * mm, "%d" % d.page)
        else:
            c.drawCentredString(105 * mm, 11 * mm, label % d.page)
        c.restoreState()
    return f


def numbered(n, text):
    t = Table([[Paragraph("%d." % n, BODY), Paragraph(text, BODY)]], colWidths=[10 * mm, 160 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


PARAS = [
    ("h", "Local Bus Services (Franchising and Accessibility) Bill"),
    ("p", "The Bill was introduced in the House of Commons on 3 March 2027 and brought from the Commons on 22 April. "
          "It extends bus franchising powers under the Transport Act 2000 to all local transport authorities, sets "
          "new accessibility standards for local bus services and creates a fees regime for franchising schemes. The "
          "Department for Transport has provided a Delegated Powers Memorandum (the memorandum)."),
    ("h2", "Clause 3: accessibility standards"),
    ("p", "Clause 3 allows the Secretary of State to specify, by regulations, the accessibility standards that local "
          "bus services must meet, including audible and visible information on board. The regulations are subject "
          "to the negative procedure. The memorandum states:"),
    ("q", "\"The Department considers that the negative procedure provides an appropriate level of scrutiny, as the "
          "standards will be technical and will be developed with operators and disability groups.\""),
    ("p", "The standards will decide which buses may run and at what cost to operators. These are not merely "
          "technical matters. <b>We recommend that the first regulations under clause 3 should be subject to the "
          "affirmative procedure, with later regulations subject to the negative procedure.</b>"),
    ("h2", "Clause 5: power to amend the Transport Act 2000"),
    ("p", "Clause 5(4) allows the Secretary of State by regulations to amend or repeal any provision of Part 2 of the "
          "Transport Act 2000, subject to the affirmative procedure. The memorandum says the power is needed "
          "\"to respond flexibly to the first franchising schemes\". It is a Henry VIII power of very wide scope. "
          "In our report on the Rail Passenger Services Bill we said that <i>\"a Henry VIII power should be no wider "
          "than the purpose for which it is sought\"</i>, and the same applies here. <b>We recommend that the Henry "
          "VIII power in clause 5(4) be removed from the Bill or confined to consequential amendments.</b>"),
    ("h2", "Clause 7: statutory guidance"),
    ("p", "Clause 7 requires authorities to have regard to guidance issued by the Secretary of State on the "
          "assessment of a proposed franchising scheme. Guidance that authorities must follow in deciding whether "
          "to franchise is, in substance, close to legislation. <b>We recommend that guidance under clause 7 "
          "should be laid before Parliament in draft and be subject to the negative procedure.</b>"),
    ("h2", "Clause 9: fares caps"),
    ("p", "Clause 9 enables the Secretary of State to set a national cap on single fares by regulations subject to "
          "the affirmative procedure. <b>We regard the delegation in clause 9, and the level of scrutiny, as "
          "appropriate.</b>"),
    ("h2", "Clause 11: sub-delegation to the Traffic Commissioners"),
    ("p", "Clause 11 allows regulations to confer functions on the Traffic Commissioners, including the power to "
          "make further rules about the registration of services. The memorandum does not explain why the rules "
          "should not be made by the Secretary of State. <b>The power in clause 11 should be amended so that any "
          "rules made by the Traffic Commissioners are published and laid before Parliament.</b>"),
    ("h2", "Clause 14: transitional scheme"),
    ("p", "Clause 14 allows the Secretary of State to operate a transitional scheme for authorities moving to "
          "franchising, with wide powers to modify the Bill's provisions while it lasts. The memorandum describes "
          "the scheme as temporary, but the Bill contains no end date. <b>We recommend that the Bill be amended so "
          "that the power in clause 14 expires five years after Royal Assent.</b>"),
    ("h2", "Clause 18: fees"),
    ("p", "Clause 18 allows fees to be charged for the assessment of franchising schemes, with no limit on their "
          "amount. The Department should have explained in the memorandum how the fees will be set. <b>The Government "
          "should publish a draft of the first fees regulations before the Bill's Report stage in this House.</b>"),
    ("h2", "The memorandum"),
    ("p", "Several clauses, including clauses 11 and 20, are not described in the memorandum at all. Departments must "
          "explain every delegated power in the memorandum under the guidance issued by the Cabinet Office. <b>We "
          "recommend that the Department provide a supplementary memorandum covering clauses 11 and 20 before "
          "Committee stage.</b>"),
    ("p", "There is nothing further in the Bill that we wish to draw to the attention of the House."),
]

LETTER = [
    ("p", "Dear Lord Fennimore,"),
    ("p", "Thank you for the Committee's 14th Report of Session 2026-27 on the Local Bus Services (Franchising and "
          "Accessibility) Bill. I am grateful to the Committee for its careful scrutiny, and I set out the "
          "Government's response below, beginning with the points on which we have made the most progress."),
    ("b", "Transitional scheme (clause 14)"),
    ("p", "The Government has reflected carefully on the Committee's view, but we do not accept that a fixed expiry "
          "date is needed. Some authorities will take longer than five years to move to franchising, and a "
          "sunset would force them to rush. The scheme will end for each authority when its franchising scheme "
          "takes effect."),
    ("b", "Power to amend the Transport Act 2000 (clause 5)"),
    ("p", "We accept that the power as drafted is broader than is needed. I will table an amendment at Report to "
          "limit clause 5(4) to amendments that are consequential on the first franchising schemes or that remove "
          "duplication with this Bill. We wish to keep the power in that narrower form, rather than to remove it, "
          "because the first schemes may reveal gaps that cannot yet be foreseen."),
    ("b", "Accessibility standards and guidance (clauses 3 and 7)"),
    ("p", "The Government agrees that the first set of standards deserves debate in both Houses, and I will "
          "table an amendment to make the first regulations under clause 3 affirmative. The guidance under clause 7 "
          "is different: it explains the assessment process and will be updated often, and the Government is "
          "not persuaded that it should be laid in draft. It will, however, be published for consultation."),
    ("b", "Fees (clause 18)"),
    ("p", "I note the Committee's request for draft fees regulations. The fees will depend on work with the first "
          "authorities that is not yet complete, and I will consider whether an illustrative draft can be shared "
          "before Third Reading."),
    ("b", "The memorandum"),
    ("p", "I apologise for the omissions the Committee identified. A supplementary delegated powers memorandum "
          "covering clauses 11 and 20 is enclosed with this letter and has been placed in the Library."),
    ("b", "Amendments made in the Commons"),
    ("p", "For completeness, the Commons added clause 22 (bus stop accessibility audits) at Report stage there. "
          "It confers no new delegated powers, and the supplementary memorandum confirms this."),
    ("p", "I am copying this letter to the Chair of the Constitution Committee and to the Bill team, and will "
          "place a copy in the Library of the House."),
    ("p", "Yours sincerely,<br/><br/>Rt Hon Simon Ashdown MP<br/>Parliamentary Under-Secretary of State for Roads "
          "and Local Transport"),
]


def advice():
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="DPC 14th Report", author="")
    st = [Paragraph("HOUSE OF LORDS", SM), Spacer(1, 2 * mm),
          Paragraph("Delegated Powers Committee", T),
          Paragraph("14th Report of Session 2026-27", ParagraphStyle("s", fontName="LS", fontSize=11, leading=14)),
          Spacer(1, 2 * mm),
          Paragraph("Ordered to be printed 11 May 2027 and published 13 May 2027", SM), Spacer(1, 5 * mm)]
    n = 0
    for kind, text in PARAS:
        if kind == "h":
            st.append(Paragraph(text.upper(), H1))
        elif kind == "h2":
            st.append(Paragraph(text, H2))
        elif kind == "q":
            st.append(Paragraph(text, QU))
        else:
            n += 1
            st.append(numbered(n, text))
    st += [Spacer(1, 4 * mm), Paragraph("Members: Lord Fennimore (Chair), Baroness Crale, Lord Hebden, Baroness "
                                        "Idris, Lord Ketteridge, Baroness Winslade.", SM)]
    doc.build(st, onFirstPage=foot("HL Paper 98"), onLaterPages=foot("HL Paper 98"))


def response():
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Letter to the Chair", author="")
    hd = Table([[Paragraph("<b>Department for Transport</b><br/>Great Minster House<br/>London SW1P 4DR", SM),
                 Paragraph("From the Parliamentary Under-Secretary of State<br/>Our ref: MC/2027/14408<br/>"
                           "27 May 2027", SM)]], colWidths=[80 * mm, 82 * mm])
    hd.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.5, RED)]))
    st = [hd, Spacer(1, 6 * mm),
          Paragraph("Lord Fennimore<br/>Chair, Delegated Powers Committee<br/>House of Lords<br/>London SW1A 0PW", LET),
          Spacer(1, 2 * mm)]
    for kind, text in LETTER:
        st.append(Paragraph(text, LETB if kind == "b" else LET))
    doc.build(st, onFirstPage=foot("Page %d", False), onLaterPages=foot("Page %d", False))


RECS = [
    (1, "We recommend that the first regulations under clause 3 should be",
     "make the first regulations under clause 3 affirmative", "agrees"),
    (2, "We recommend that the Henry VIII power in clause 5(4) be",
     "We wish to keep the power in that narrower form", "partly"),
    (3, "We recommend that guidance under clause 7 should be laid before",
     "not persuaded that it should be laid in draft", "disagrees"),
    (4, "The power in clause 11 should be amended so that any rules", None, "unanswered"),
    (5, "We recommend that the Bill be amended so that the power",
     "we do not accept that a fixed expiry date is needed", "disagrees"),
    (6, "The Government should publish a draft of the first fees regulations",
     "consider whether an illustrative draft can be shared", "noted"),
    (7, "We recommend that the Department provide a supplementary memorandum covering clauses",
     "is enclosed with this letter and has been placed", "agrees"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["I am grateful to the Committee for its careful scrutiny",
                      "the Commons added clause 22 (bus stop accessibility audits)",
                      "copying this letter to the Chair of the Constitution Committee"],
                     "Advice: a House of Lords delegated powers committee's report on a Bill: cover lines, "
                     "paragraphs numbered 1.-N. clause by clause under italic clause headings, the department's "
                     "Delegated Powers Memorandum quoted. The seven recommendations have NO numbers: they are BOLD "
                     "sentences at the end of paragraphs ('We recommend that ...', 'The power in clause 11 should "
                     "be amended ...', 'The Government should publish ...'); numbers 1-7 are their order. Traps: "
                     "the memorandum quoted ('the negative procedure provides an appropriate level of scrutiny'); "
                     "the committee's earlier report quoted ('a Henry VIII power should be no wider ...'); a BOLD "
                     "finding that is no recommendation ('We regard the delegation in clause 9 ... as "
                     "appropriate'); 'The Department should have explained'; 'Departments must explain every "
                     "delegated power' (guidance); 'nothing further ... to draw to the attention of the House'; the "
                     "paragraph numbers. Response: the minister's LETTER to the Chair with bold subject headings by "
                     "clause, order 5, 2, 1+3, 6, 7: 'we do not accept that a fixed expiry date is needed' (5 "
                     "disagrees); clause 5(4) narrowed but kept (2 partly); ONE paragraph 'Accessibility standards "
                     "and guidance (clauses 3 and 7)' = first regulations affirmative (1 agrees) + 'not persuaded "
                     "that it should be laid in draft' (3 disagrees); fees draft to be considered (6 noted); "
                     "supplementary memorandum enclosed (7 agrees); 4 (Traffic Commissioners' rules, clause 11) is "
                     "not answered, although clause 11 is named in the memorandum paragraph. Unmatched: the opening "
                     "thanks, 'Amendments made in the Commons', the copies line.")
    sys.exit(H.main([NAME]))
