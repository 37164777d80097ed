"""Round 81 (EN): a CREMATION INSPECTION REPORT (genre: the report of a statutory inspector of cremation on one
crematorium, Scottish style: numbered paragraphs 1.1, 1.2 ... throughout, findings by theme, progress on the previous
inspection's recommendations, and the recommendations as the paragraphs 6.1-6.7 of a section '6 Recommendations',
followed by a conclusion paragraph 7.1) answered by the council's LETTER to the inspector from its head of service
(letterhead, reference line, bold run-in labels 'Paragraph 6.3 - ...' citing the report's paragraph numbers).
Advice: HM Inspector of Cremation, 'Inspection report: Glenmorven Crematorium, Strathkeld Council', 3 p.
Response: Strathkeld Council, letter of 28 August 2026, 2 p.; order 6.3, 6.1, 6.2+6.5 (one paragraph), 6.7, 6.4;
6.6 is not answered.
reportlab platypus, A4, cleaned DejaVu Serif/Sans, invariant=1. The office of an inspector of cremation and the
Burial and Cremation (Scotland) Act 2016 are real (what is said of them here is not to be relied on); the 'Code of
Practice for Crematoria' paragraph, Strathkeld Council, Glenmorven, the people and all figures are invented.

Run:  /tmp/blind81en/bin/python tests/docs/src/blind81/gen_en_cremation_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b81en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind81_en_cremation"
for fam, base in (("SS", "DejaVuSans"), ("SR", "DejaVuSerif")):
    for suf, f in (("", ""), ("B", "-Bold"), ("I", "-Italic" if base == "DejaVuSerif" else "-Oblique"),
                   ("BI", "-BoldItalic" if base == "DejaVuSerif" else "-BoldOblique")):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font("%s%s.ttf" % (base, f))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "BI")

PLUM = colors.Color(0.33, 0.16, 0.38)
BODY = ParagraphStyle("b", fontName="SR", fontSize=10, leading=13.6, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="SSB", fontSize=11.5, leading=15, textColor=PLUM, spaceBefore=9, spaceAfter=5,
                    keepWithNext=1)
T1 = ParagraphStyle("t1", fontName="SSB", fontSize=17, leading=21, textColor=PLUM, spaceAfter=4)
T2 = ParagraphStyle("t2", fontName="SS", fontSize=11, leading=15, spaceAfter=2)
SM = ParagraphStyle("sm", fontName="SS", fontSize=8.5, leading=11)
LET = ParagraphStyle("l", fontName="SR", fontSize=10, leading=13.8, spaceAfter=8)


def P(t, s=BODY):
    return Paragraph(t, s)


def para(num, t):
    # hanging paragraph number in a two-cell table-free layout: number, then text (no NBSP in the text layer)
    return Table([[P(num, ParagraphStyle("pn", parent=BODY, fontName="SSB", fontSize=9.5)), P(t)]],
                 colWidths=[13 * mm, None], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))


ADV = [
    ("h", "1  Introduction"),
    ("1.1", "Glenmorven Crematorium is owned and operated by Strathkeld Council. It opened in 1931 and has two "
            "cremators, installed in 2004 and 2011, a chapel seating 120 people and a garden of remembrance. In 2025 "
            "it carried out 1,486 cremations, 31 of them of babies, infants or pregnancy losses."),
    ("1.2", "The inspection was unannounced and took place on 12 and 13 May 2026. I observed the reception of "
            "coffins, two cremations from charging to the removal of the ashes, and the processing and storage of "
            "ashes. I examined a sample of 60 applications and the register entries for 2024 and 2025, and spoke to "
            "the Bereavement Services Manager, four cremator operators and two local funeral directors."),
    ("1.3", "This report is made to the Council under the Burial and Cremation (Scotland) Act 2016. The Council is "
            "asked to respond within eight weeks of publication, setting out the action it proposes to take on each "
            "of the recommendations in section 6."),
    ("h", "2  Previous inspection"),
    ("2.1", "The previous inspection, in March 2023, made three recommendations. The first, \u201cThe Council should "
            "carry out a documented check of the cremator temperature record after every cremation\u201d, has been "
            "implemented in full. The second, \u201cThe Council should review the signage in the garden of "
            "remembrance\u201d, has also been implemented. The third, on ashes awaiting collection, has been only "
            "partly implemented and is discussed at paragraph 4.4."),
    ("h", "3  Identification of the deceased and records"),
    ("3.1", "Each coffin is given a unique cremation number on reception, written on a card that follows the coffin "
            "to the cremator and the ashes to the office. The card is checked against the nameplate at reception and "
            "again at charging, but by one operator only and without a signature. Paragraph 4.12 of the Code of "
            "Practice for Crematoria states that the identity of the deceased must be confirmed at each transfer. No "
            "identification error has been reported at Glenmorven, but the controls rely on the care of individual "
            "members of staff."),
    ("3.2", "The cremation register is kept on paper, in bound volumes going back to 1931. The current volume is "
            "kept in the office and is not copied. A fire or flood in the office would destroy records that the "
            "Council is required to keep permanently."),
    ("3.3", "The volumes for 1931 to 1975 are kept in a cupboard in the basement of the chapel, where I saw signs of "
            "damp on two of them. Staff told me that they receive several requests a month from family historians, "
            "which take time to answer because the volumes are hard to reach."),
    ("h", "4  Cremation practice"),
    ("4.1", "The operators I observed were competent and treated the deceased with care and respect. Two of the four "
            "operators hold the recognised cremator operator qualification. The other two, recruited in 2025, have "
            "been trained on the job and work unsupervised on late shifts."),
    ("4.2", "For the cremation of babies and infants the crematorium has a dedicated baby tray, but it is used only "
            "when the operator on duty judges it necessary. Ashes were recovered in 24 of the 31 such cremations in "
            "2025. Where no ashes are recovered the outcome is not recorded, so the Council cannot show a family "
            "what was done."),
    ("4.3", "Metals recovered after cremation are kept in a locked container and collected by a contractor. No "
            "record is kept of the weight collected. Many authorities now take part in a national recycling scheme "
            "whose proceeds go to bereavement charities."),
    ("4.4", "At the inspection 212 sets of ashes were awaiting collection, some since 2019. The Council's policy is "
            "that ashes not collected within 12 months are scattered in the garden of remembrance after two written "
            "reminders; the reminders have been sent, and scattering has now resumed."),
    ("h", "5  Information for the public"),
    ("5.1", "The crematorium's web page gives opening hours and fees only. Funeral directors told me that families "
            "often ask what happens to metals, how baby cremations are carried out and how ashes can be collected, "
            "and that bereaved people should not have to rely on word of mouth for this information."),
    ("5.2", "The office is open from 9 am to 4 pm, Monday to Friday. A third of the applicants whose ashes are "
            "awaiting collection gave a work address on their application form."),
    ("h", "6  Recommendations"),
    ("6.1", "The Council should introduce a written procedure for confirming the identity of the deceased at every "
            "transfer, from the reception of the coffin to the return of the ashes, including a signed two-person "
            "check at charging."),
    ("6.2", "The Council should replace the paper cremation register with an electronic register that is backed up "
            "daily and held off site, by the end of 2027."),
    ("6.3", "The Council should use the baby tray for every cremation of a baby, infant or pregnancy loss, and "
            "record in every case whether ashes were recovered."),
    ("6.4", "The Council should open the crematorium office on Saturday mornings, at least twice a month, so that "
            "applicants who work during the week can collect ashes."),
    ("6.5", "The Council should transfer the cremation registers for 1931 to 1975 to its archive service, where they "
            "can be kept in suitable conditions and consulted by family historians."),
    ("6.6", "The Council should ensure that no operator works a cremator unsupervised until they hold the "
            "recognised cremator operator qualification."),
    ("6.7", "The Council should publish a plain-language guide to the cremation process on its website, covering "
            "identification, metals, baby cremations and the collection of ashes."),
    ("h", "7  Conclusion"),
    ("7.1", "Overall, Glenmorven is a well-run crematorium with committed staff. I will review the Council's "
            "progress on these recommendations at the next inspection, which should take place in 2028. I am "
            "grateful to the Bereavement Services Manager and her staff for their help during the inspection."),
]


def advice():
    s = [P("HM INSPECTOR OF CREMATION", ParagraphStyle("k", fontName="SSB", fontSize=9, leading=12,
                                                       textColor=colors.grey)),
         Spacer(1, 4 * mm), P("Inspection report", T1), P("Glenmorven Crematorium, Strathkeld Council", T2),
         Spacer(1, 3 * mm)]
    meta = [["Crematorium", "Glenmorven Crematorium, Kirkton Road, Glenmorven"],
            ["Cremation authority", "Strathkeld Council"],
            ["Dates of inspection", "12 and 13 May 2026 (unannounced)"],
            ["Inspector", "Dr Alan Cushnie"], ["Published", "7 July 2026"]]
    t = Table([[P(a, SM), P(b, SM)] for a, b in meta], colWidths=[42 * mm, 120 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, PLUM), ("BACKGROUND", (0, 0), (0, -1),
                                                                    colors.Color(0.94, 0.91, 0.95)),
                           ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 4 * mm)]
    for num, text in ADV:
        if num == "h":
            s.append(P(text, H1))
        else:
            s.append(para(num, text))
            s.append(Spacer(1, 2.2 * mm))
    return s


LETTER = [
    "Thank you for your report on the inspection of Glenmorven Crematorium, published on 7 July 2026, which was "
    "considered by the Environment and Communities Committee on 20 August 2026. I was pleased that you found the "
    "crematorium well run and the staff competent and respectful, and I have shared your report with everyone who "
    "works at Glenmorven.",
    "<b>Paragraph 6.3 \u2013 cremation of babies and infants.</b> The baby tray has been used for every such cremation "
    "since 1 June 2026, and the operator now notes on the cremation card whether ashes were recovered. The "
    "Bereavement Services Manager checks these notes each week, and staff explain the process to families before "
    "the funeral.",
    "<b>Paragraph 6.1 \u2013 identification.</b> We accept this recommendation. A written identification procedure, "
    "with a signed check by two members of staff at charging, came into force on 1 September 2026, and all operators "
    "have been briefed on it.",
    "<b>Paragraphs 6.2 and 6.5 \u2013 registers.</b> We agree that the current register needs better protection. "
    "Since June every page of the current volume has been scanned at the end of each week, and the scans are held on "
    "the Council's network, which is backed up off site. A fully electronic register will, however, have to wait for "
    "the replacement of our bereavement services system, which is not planned before 2028/29, and we cannot commit "
    "to the end of 2027. The older volumes have been moved from the basement to a dry store. Whether they should go "
    "to the archive service is a question we have asked the Council Archivist to look at, and we will consider her "
    "advice when we receive it.",
    "<b>Cremator replacement.</b> As you know, cremator 1 is now 22 years old. The Committee has approved "
    "\u00a31.1 million in the capital programme for 2027/28 for its replacement with a cremator fitted with mercury "
    "abatement. The works will be phased so that the crematorium stays open throughout.",
    "<b>Paragraph 6.7 \u2013 information for the public.</b> A guide in plain language has been drafted with the "
    "help of two local funeral directors and will be published on the Council's website by 31 December 2026.",
    "<b>Paragraph 6.4 \u2013 Saturday opening.</b> We have considered this carefully but are not able to accept it "
    "at this time. Saturday opening would need a second member of office staff at overtime rates, and in a survey of "
    "80 recent applicants only five said they could not collect ashes on a weekday. Funeral directors may already "
    "collect ashes on an applicant's behalf, and on request we will now send ashes by special delivery.",
    "I hope this response is helpful. The Committee will receive a progress report in six months, and I would be "
    "glad to meet you before your next inspection.",
]


def response():
    lh = Table([[P("<b>STRATHKELD COUNCIL</b><br/>Environment and Communities",
                   ParagraphStyle("lh", fontName="SS", fontSize=12, leading=15, textColor=PLUM)),
                 P("Council Offices, 4 Market Wynd<br/>Strathkeld KD7 2QE<br/>01555 640 200",
                   ParagraphStyle("lr", fontName="SS", fontSize=8.5, leading=11, alignment=2))]],
               colWidths=[95 * mm, 67 * mm])
    lh.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, PLUM), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s = [lh, Spacer(1, 6 * mm),
         P("Dr Alan Cushnie<br/>HM Inspector of Cremation<br/>Victoria Quay<br/>Edinburgh EH6 6QQ", LET),
         P("Our ref: EC/BS/26/114<br/>Date: 28 August 2026", LET),
         P("Dear Dr Cushnie", LET),
         P("<b>Inspection of Glenmorven Crematorium, 12 and 13 May 2026</b>", LET)]
    s += [P(t, LET) for t in LETTER]
    s += [P("Yours sincerely", LET), Spacer(1, 8 * mm),
          P("Morag Ferrie<br/>Head of Environment and Communities", LET),
          P("cc: Convener, Environment and Communities Committee; Bereavement Services Manager", SM)]
    return s


def foot(label):
    def f(c, d):
        c.saveState()
        c.setFont("SS", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, label)
        c.drawRightString(190 * mm, 12 * mm, "%d" % d.page)
        c.restoreState()
    return f


def make(story, which, label):
    path = H.out("%s_%s.pdf" % (NAME, which))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=label, author="", creator="")
    doc.build(story, onFirstPage=foot(label), onLaterPages=foot(label))
    return path


RECS = [
    ("6.1", "The Council should introduce a written procedure for confirming the identity",
     "A written identification procedure, with a signed check", "agrees"),
    ("6.2", "The Council should replace the paper cremation register with an electronic register",
     "we cannot commit to the end of 2027", "partly"),
    ("6.3", "The Council should use the baby tray for every cremation",
     "The baby tray has been used for every such cremation", "agrees"),
    ("6.4", "The Council should open the crematorium office on Saturday mornings",
     "are not able to accept it at this time", "disagrees"),
    ("6.5", "The Council should transfer the cremation registers for 1931 to 1975",
     "we have asked the Council Archivist to look at", "noted"),
    ("6.6", "The Council should ensure that no operator works a cremator unsupervised", None, "unanswered"),
    ("6.7", "The Council should publish a plain-language guide to the cremation process",
     "will be published on the Council's website by 31 December 2026", "agrees"),
]

if __name__ == "__main__":
    make(advice(), "advice", "HM Inspector of Cremation - Glenmorven Crematorium - Inspection report, July 2026")
    make(response(), "response", "Strathkeld Council - EC/BS/26/114")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["considered by the Environment and Communities Committee on 20 August 2026",
                      "its replacement with a cremator fitted with mercury abatement",
                      "The Committee will receive a progress report in six months"],
                     "Advice: an inspector of cremation's report on one crematorium with EVERY paragraph numbered "
                     "(1.1-7.1, hanging numbers); the seven recommendations are the paragraphs 6.1-6.7 of section "
                     "'6 Recommendations', all opening 'The Council should ...', so their numbers are the paragraph "
                     "numbers. Traps: 2.1 quotes two 2023 recommendations ('The Council should carry out a "
                     "documented check ...', '... review the signage ...') and refers to 'paragraph 4.4'; 'Paragraph "
                     "4.12 of the Code of Practice' with 'must be confirmed'; 'required to keep permanently'; the "
                     "funeral directors' 'should not have to rely on word of mouth'; findings 3.1-5.2 with figures "
                     "and dates; the conclusion 7.1 after the recommendations ('should take place in 2028'). "
                     "Response: a letter with bold run-in labels citing paragraph numbers, in the order 6.3, 6.1, "
                     "6.2+6.5, 6.7, 6.4: baby tray used since 1 June (6.3 agrees); procedure in force (6.1 agrees); "
                     "ONE paragraph 'Paragraphs 6.2 and 6.5' = weekly scans backed up off site but no electronic "
                     "register before 2028/29, 'cannot commit to the end of 2027' (6.2 partly) + the old volumes' "
                     "transfer referred to the Archivist, 'will consider her advice' (6.5 noted); guide to be "
                     "published by 31 December (6.7 agrees); 'not able to accept it at this time' (6.4 disagrees). "
                     "6.6 (operators' qualification) is not answered. Unmatched: the opening, a 'Cremator "
                     "replacement' paragraph, the closing.")
    sys.exit(H.main([NAME]))
