"""Round 142 (EN): an international monetary fund's STAFF CONCLUDING STATEMENT at the end of a country consultation
mission, answered by the Ministry of Finance and Central Bank's JOINT PRESS RELEASE, which PARAPHRASES BY THEME in
another order, with one paragraph answering two recommendations with different verdicts.
The advice: a 'Key messages' box with points NUMBERED 1-3 (outlook, not advice); sections with plain headings; the
seven recommendations as UNNUMBERED SENTENCES IN RUNNING TEXT ('Staff recommend ...', 'The central bank should ...',
'To raise ..., the government should ...'), mixed with analysis. Traps: the numbered key messages; the 2023 mission's
advice quoted ('the central bank should raise its policy rate'); the Fiscal Responsibility Law paraphrased ('the
deficit must not exceed'); 'Staff do not recommend the introduction of capital flow management measures'; 'The
authorities should be commended'.
The response: introduction (nothing); fiscal paragraph: adjustment of 0.6 rather than 1 percent of GDP (partly) and
energy subsidy replaced by targeted transfers (agrees) in ONE paragraph; exchange rate band kept (disagrees); bank
asset quality review completed, results published in aggregate only (partly); monetary policy 'takes note' (noted);
childcare places (agrees); closing (nothing); the anti-corruption law never (unanswered).
reportlab platypus, A4, cleaned Liberation Serif / Sans, invariant=1; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented (the Inter-Regional Monetary Fund, the Republic of
Estmarra and its Fiscal Responsibility Law, the Central Bank of Estmarra).
Run:  /tmp/blind142en/bin/python tests/docs/src/blind142/gen_en_fund_mission_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b142en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind142_en_fund_mission"
NAVY = colors.HexColor("#14365d")
TEAL = colors.HexColor("#0e5a5a")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.38, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=15, leading=18.5, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=11.2, leading=14, textColor=ink,
                             spaceBefore=2.2 * mm, spaceAfter=1.3 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.8, textColor=colors.HexColor("#555555")),
        "box": ParagraphStyle("bx", parent=body, fontSize=size - 0.4, leading=(size - 0.4) * 1.35, spaceAfter=1 * mm,
                              leftIndent=6 * mm, bulletIndent=0, bulletFontName=fam),
        "boxh": ParagraphStyle("bh", parent=body, fontName=fam + "-B", fontSize=size, textColor=ink,
                               spaceAfter=1.2 * mm),
    }


def advice():
    S = styles("LR", 10, NAVY)
    f = []
    f.append(Paragraph("INTER-REGIONAL MONETARY FUND &#183; Press Release No. 25/412 &#183; 30 October 2025", S["sub"]))
    f.append(Paragraph("Republic of Estmarra: Staff Concluding Statement of the 2025 Article VI Consultation Mission",
                       S["h1"]))
    f.append(Paragraph("A concluding statement describes the preliminary findings of Fund staff at the end of an "
                       "official visit to a member country. The views expressed are those of staff and do not "
                       "necessarily represent the views of the Executive Board. Mission chief: Ms Ingrid "
                       "Solberg-Achebe.", S["sub"]))
    box = [Paragraph("Key messages", S["boxh"]),
           Paragraph("Growth is expected to slow to 2.1 percent in 2025 from 3.4 percent in 2024, as tourism receipts "
                     "level off and credit growth eases.", S["box"], bulletText="1."),
           Paragraph("Inflation has fallen from its 2023 peak of 11.8 percent to 4.6 percent in September, but core "
                     "inflation remains sticky.", S["box"], bulletText="2."),
           Paragraph("Public debt, at 71 percent of GDP, leaves limited room to absorb a further shock.", S["box"],
                     bulletText="3.")]
    t = Table([[box]], colWidths=[164 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, NAVY),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eaf0f7")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7)]))
    f.append(t)
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("Recent developments and outlook", S["h2"]))
    f.append(Paragraph("Estmarra's economy recovered strongly after the pandemic, helped by record tourist arrivals "
                       "and a construction boom in the coastal provinces. The current account deficit narrowed to 2.9 "
                       "percent of GDP in 2024. Risks to the outlook are tilted to the downside, with weaker demand in "
                       "the main tourist markets and higher global energy prices the most important.", S["body"]))
    f.append(Paragraph("Fiscal policy", S["h2"]))
    f.append(Paragraph("The 2025 budget deficit is projected at 4.2 percent of GDP, well above the level set by the "
                       "Fiscal Responsibility Law, under which the deficit must not exceed 3 percent of GDP except "
                       "in a declared emergency. Staff recommend a fiscal adjustment of about 1 percent of GDP in "
                       "2026, based mainly on measures that broaden the tax base rather than on cuts to public "
                       "investment. Much of the overrun comes from the universal subsidy on household electricity, "
                       "which cost 1.3 percent of GDP in 2024 and mostly benefits better-off households. The energy "
                       "subsidy on household electricity should be replaced by targeted cash transfers to the "
                       "poorest 30 percent of households by the end of 2026.", S["body"]))
    f.append(Paragraph("Monetary and exchange rate policy", S["h2"]))
    f.append(Paragraph("The authorities should be commended for the decisive tightening of 2023 and 2024, which "
                       "followed the 2023 mission's advice that \"the central bank should raise its policy rate "
                       "until inflation is firmly on a downward path\". With core inflation still at 5.2 percent, "
                       "easing now would be premature. The central bank should keep its policy rate at 6.25 "
                       "percent until core inflation is clearly on a path back to the 3 percent target.", S["body"]))
    f.append(Paragraph("The crown is managed within a band of plus or minus 5 percent around a basket of currencies, "
                       "and the central bank sold 1.4 billion dollars of reserves in the first half of 2025 to keep "
                       "it there. Staff recommend limiting foreign exchange intervention to episodes of disorderly "
                       "market conditions and allowing the band to widen over time. Staff do not recommend the "
                       "introduction of capital flow management measures, as the pressures on the crown reflect "
                       "fundamentals rather than speculative inflows.", S["body"]))
    f.append(Paragraph("Financial sector", S["h2"]))
    f.append(Paragraph("The banking system is well capitalised on aggregate, but non-performing loans at the three "
                       "state-owned banks rose to 14 percent of their portfolios in 2024. Supervisors should complete "
                       "the asset quality review of the three state-owned banks by June 2026 and publish its results "
                       "bank by bank.",
                       S["body"]))
    f.append(Paragraph("Structural reforms", S["h2"]))
    f.append(Paragraph("Only 46 percent of women of working age are in the labour force, against 71 percent of men. "
                       "To raise female participation in the labour force, the government should expand public "
                       "childcare places by at least 20,000 over the next three years, prioritising the northern "
                       "provinces. Surveys of firms also point to corruption as a growing obstacle to investment. The "
                       "authorities should adopt the draft anti-corruption law now before Parliament and give the new "
                       "commission powers to verify the asset declarations of senior officials.", S["body"]))
    f.append(Paragraph("The mission thanks the authorities and other counterparts for their warm hospitality and "
                       "candid discussions. A staff report will be prepared for discussion by the Executive Board in "
                       "January 2026.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Republic of Estmarra: Staff Concluding Statement of the 2025 Article VI Mission",
                            author="Inter-Regional Monetary Fund")
    doc.build(f)


def response():
    S = styles("LA", 9.8, TEAL)
    f = []
    f.append(Paragraph("MINISTRY OF FINANCE AND ECONOMY &#183; CENTRAL BANK OF ESTMARRA &#183; Joint Press Release "
                       "No. 47/2025", S["sub"]))
    f.append(Paragraph("The authorities' views on the conclusions of the Fund staff mission", S["h1"]))
    f.append(Paragraph("Port Halvane, 6 November 2025 &#183; For immediate release", S["sub"]))
    f.append(Paragraph("The Minister of Finance and Economy, Mr Teodor Varga-Lindqvist, and the Governor of the "
                       "Central Bank, Dr Selin Marchetti, met the Fund mission on 29 October at the close of its "
                       "two-week visit. They welcome the constructive dialogue with staff and are encouraged by the "
                       "mission's assessment that the economy has proved resilient in a difficult global environment.",
                       S["body"]))
    f.append(Paragraph("<b>Public finances.</b> The Government shares the mission's view that the deficit must "
                       "return within the legal limit. The draft 2026 budget, approved by the Council of Ministers "
                       "on 3 November, contains measures worth 0.6 percent of GDP; a larger adjustment in a single "
                       "year would put the recovery of the northern provinces at risk, and the remainder will follow "
                       "in 2027. The budget also phases out the universal electricity subsidy from July 2026, and "
                       "from that date households in the lowest three income deciles will receive a monthly energy "
                       "allowance through the social assistance register.", S["body"]))
    f.append(Paragraph("<b>The crown.</b> The Central Bank remains convinced that the exchange rate band has served "
                       "the country well as a nominal anchor for a small, open economy. Interventions in 2025 were "
                       "justified by seasonal pressures, and there is no intention to change the present "
                       "arrangements or to widen the band.", S["body"]))
    f.append(Paragraph("<b>Banks.</b> The review of the asset quality of the state-owned banks is under way with the "
                       "help of an international audit firm and will be finished in May 2026. The Central Bank will "
                       "publish the aggregate results for the three banks together; the disclosure of individual "
                       "results would not be appropriate while the recapitalisation plans are being agreed.",
                       S["body"]))
    f.append(Paragraph("<b>Interest rates.</b> The Central Bank takes note of the mission's views on the stance of "
                       "monetary policy. Decisions on the policy rate are taken by the Monetary Policy Committee "
                       "at each of its scheduled meetings in the light of incoming data.", S["body"]))
    f.append(Paragraph("<b>Jobs and families.</b> The Government welcomes the mission's focus on women's employment. "
                       "The Family Opportunity Programme, launched in September, will finance 24,000 new places in "
                       "municipal nurseries by 2028, two thirds of them in the northern provinces.", S["body"]))
    f.append(Paragraph("The authorities look forward to the Executive Board discussion in January and will publish "
                       "the staff report in full, as has been the practice since 2019.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Joint Press Release No. 47/2025", author="Ministry of Finance and Economy")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Inter-Regional Monetary Fund - Estmarra: Staff Concluding Statement",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ministry of Finance and Economy - Joint Press Release 47/2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Staff recommend a fiscal adjustment of about 1 percent of GDP",
         "reply_contains": "a larger adjustment in a single year would put the recovery",
         "verdict": "partly"},
        {"number": 2, "starts_with": "The energy subsidy on household electricity should be replaced by",
         "reply_contains": "will receive a monthly energy allowance through the social assistance register",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "The central bank should keep its policy rate at 6.25 percent",
         "reply_contains": "takes note of the mission's views on the stance of monetary policy",
         "verdict": "noted"},
        {"number": 4, "starts_with": "Staff recommend limiting foreign exchange intervention to episodes of disorderly",
         "reply_contains": "there is no intention to change the present arrangements",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Supervisors should complete the asset quality review of the three",
         "reply_contains": "the disclosure of individual results would not be appropriate",
         "verdict": "partly"},
        {"number": 6, "starts_with": "To raise female participation in the labour force, the government should",
         "reply_contains": "will finance 24,000 new places in municipal nurseries by 2028",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "The authorities should adopt the draft anti-corruption law now before",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["are encouraged by the mission's assessment that the economy has proved resilient",
                 "will publish the staff report in full"]
    notes = ("Advice: an international monetary fund's STAFF CONCLUDING STATEMENT at the end of a country "
             "consultation mission (all institutions and the Fiscal Responsibility Law invented). A boxed 'Key "
             "messages' list NUMBERED 1-3 (outlook, no advice); plain section headings; seven recommendations as "
             "UNNUMBERED SENTENCES IN RUNNING TEXT among analysis: 'Staff recommend a fiscal adjustment ...', 'The "
             "energy subsidy ... should be replaced ...', 'The central bank should keep its policy rate ...', 'Staff "
             "recommend limiting foreign exchange intervention ...', 'Supervisors should complete the asset quality "
             "review ...', 'To raise female participation ..., the government should expand public childcare ...', "
             "'The authorities should adopt the draft anti-corruption law ...'. Traps: the numbered key messages; "
             "the 2023 mission's advice quoted ('the central bank should raise its policy rate'); the law "
             "paraphrased ('the deficit must not exceed 3 percent'); 'Staff do not recommend the introduction of "
             "capital flow management measures'; 'The authorities should be commended'. Response: the "
             "finance ministry's and central bank's JOINT PRESS RELEASE, PARAPHRASING BY THEME under bold lead-ins, "
             "in another order: introduction (nothing); 'Public finances.' ONE paragraph: 0.6 percent of GDP "
             "rather than 1 (1 partly) and the universal subsidy phased out for an allowance to the lowest three "
             "deciles (2 agrees); 'The crown.' no intention to change the arrangements or widen the band (4 "
             "disagrees); 'Banks.' review finished in May 2026, aggregate results only (5 partly); 'Interest "
             "rates.' 'takes note', for the Monetary Policy Committee (3 noted); 'Jobs and families.' 24,000 "
             "nursery places (6 agrees); closing (nothing); 7, the anti-corruption law, never mentioned "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
