"""Round 150 (EN): a consulting engineers' ENERGY AUDIT REPORT on a council's listed central library, answered by the
council's Energy and Sustainability Manager's LETTER, which sets out the Property Board's decisions as a NUMBERED
LIST 1-5 OF ITS OWN (numbers that do not match the audit's codes), naming the measures in its own words without
codes, in another order, one item answering two with different verdicts, one left out.
The advice: a building summary table, SITE OBSERVATIONS NUMBERED 1-7 (as many as the recommendations), sections
1-5; the seven recommendations are the rows ECO-01 to ECO-07 of a table of 'Recommended energy conservation
opportunities' 'Code | Measure | Saving | Cost | Payback', in the imperative. Traps: the energy performance
regulations paraphrased ('must display a Display Energy Certificate and should ...'); the 2019 audit QUOTED ('The
heating time clocks should be reset ...'), done; the caretaker quoted ('someone should look at that door ...'); a
second table 'Measures considered and not recommended' with 'We do not recommend replacing the original steel
windows ...'.
The response: introduction (nothing); 1 boiler controls fitted (ECO-02 agrees) and the solar array not taken forward
(ECO-04 disagrees); 2 LED lighting in the lending library only, reading rooms later (ECO-01 partly); 3 pipework
lagged (ECO-03 agrees); 4 an entrance lobby with manual doors instead of automatic ones (ECO-06 partly); 5 monthly
readings and half-hourly data (ECO-07 agrees); public computers switched off overnight 'which your audit did not
cover' (unmatched); closing (nothing); ECO-05, the variable speed pumps, never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
The energy performance regulations are named as context only (what is said of them is paraphrased and not to be
relied on); the firm, the council, the library, people, places, figures and references are invented.
Run:  /tmp/blind150en/bin/python tests/docs/src/blind150/gen_en_energy_audit_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b150en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind150_en_energy_audit"
STONE = colors.HexColor("#2e5d34")
PANEL = colors.HexColor("#eef4ec")
NAVY = colors.HexColor("#23395d")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.34, spaceAfter=1.9 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14.5, leading=18, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=10.8, leading=13.5, textColor=ink,
                             spaceBefore=2 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.4, leading=11, textColor=colors.HexColor("#555555")),
        "quote": ParagraphStyle("q", parent=body, leftIndent=12 * mm, rightIndent=6 * mm, fontName=fam + "-I"),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1.2, leading=(size - 1.2) * 1.27, spaceAfter=0),
        "hcell": ParagraphStyle("hc", parent=body, fontName=fam + "-B", fontSize=size - 1.2,
                                leading=(size - 1.2) * 1.27, spaceAfter=0, textColor=colors.white),
        "panel": ParagraphStyle("p", parent=body, spaceAfter=0),
        "addr": ParagraphStyle("a", parent=body, spaceAfter=0, leading=size * 1.3),
    }


def numbered(S, f, num, text, w=9, width=160):
    f.append(Table([[Paragraph(num, S["body"]), Paragraph(text, S["body"])]], colWidths=[w * mm, (width - w) * mm],
                   hAlign="LEFT", style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))


def grid(S, head, rows, widths, ink):
    data = [[Paragraph(h, S["hcell"]) for h in head]]
    for row in rows:
        data.append([Paragraph(str(c), S["cell"]) for c in row])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9486")),
                           ("BACKGROUND", (0, 0), (-1, 0), ink), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return t


def panel(S, f, label, text, ink=STONE, fill=PANEL, width=160):
    t = Table([[Paragraph(f"<b>{label}</b> {text}", S["panel"])]], colWidths=[width * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, ink), ("BACKGROUND", (0, 0), (-1, -1), fill),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    f.append(t)
    f.append(Spacer(1, 2.2 * mm))


RECS = [
    ("Replace the fluorescent lighting in the lending library and the two reading rooms with LED fittings "
     "controlled by presence and daylight sensors.", "61,800", "48,500", "5.2"),
    ("Fit weather compensation and optimum start control to the two gas boilers serving the 1936 building.",
     "73,200", "9,800", "2.1"),
    ("Insulate the bare heating pipework, valves and flanges in the basement plant room.", "24,400", "3,600",
     "2.3"),
    ("Install a 40 kWp solar photovoltaic array on the flat roof of the 1974 extension.", "34,000", "52,000",
     "8.9"),
    ("Replace the three constant speed heating circulation pumps with variable speed pumps.", "9,600", "7,900",
     "4.8"),
    ("Install a draught lobby with automatic sliding doors inside the main entrance on Carrow Street.",
     "38,500", "31,000", "11.4"),
    ("Take monthly meter readings and set up half-hourly data monitoring, with a short report to the library "
     "manager each quarter.", "20,000 (est.)", "1,200 a year", "under 1"),
]


def advice():
    fonts()
    S = styles("LA", 9.4, STONE)
    f = []
    f.append(Paragraph("HALBROOK ENERGY ENGINEERING LTD &#183; 17 Tanners Row, Westbridge WB1 3DA &#183; "
                       "Report HEE/EA/25/031", S["sub"]))
    f.append(Paragraph("Energy Audit Report: Carrow Street Central Library, Westbridge", S["h1"]))
    f.append(Paragraph("Prepared for Westbridge City Council, Property Services. Site visits 3 and 10 June 2025. "
                       "Issued 18 July 2025. Auditor: Priya Castellan-Rhodes CEng MCIBSE.", S["sub"]))
    f.append(Spacer(1, 1.5 * mm))
    f.append(grid(S, ["Building", "Floor area", "Listing", "Electricity 2024-25", "Gas 2024-25", "Display Energy "
                      "Certificate"],
                  [["1936 library with 1974 extension", "3,850 square metres", "Grade II (1936 part)",
                    "412,000 kWh", "610,000 kWh", "E (118)"]],
                  [38, 22, 26, 25, 22, 27], STONE))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("1  Purpose and scope", S["h2"]))
    f.append(Paragraph(
        "The council asked us to identify practical ways of reducing the energy use and carbon emissions of the "
        "Central Library, as part of its plan to halve emissions from its buildings by 2030. Under the energy "
        "performance regulations, a public building of this size must display a Display Energy Certificate and "
        "should have it renewed every year; the current certificate is displayed in the foyer and rates the "
        "building E. We inspected the building, its plant and its controls, and analysed three years of meter "
        "readings. No intrusive investigation was carried out.", S["body"]))
    f.append(Paragraph("2  Site observations", S["h2"]))
    for n, t in enumerate([
        "The lighting in the public areas is mostly T8 fluorescent, on all day whether or not rooms are in use.",
        "The two gas boilers are in good condition but run on a simple time clock with no outside sensor.",
        "About 40 metres of heating pipework and 22 valves in the basement plant room are uninsulated.",
        "The flat roof of the 1974 extension was re-covered in 2016 and faces south without shading.",
        "The three heating pumps run at full speed whenever the heating is on.",
        "The main entrance doors are opened about 1,100 times a day and the foyer is cold in winter.",
        "Meters are read only when the supplier asks, and nobody in the building sees the figures.",
    ], 1):
        numbered(S, f, f"{n}.", t, w=7)
    f.append(Paragraph("3  Progress since the last audit", S["h2"]))
    f.append(Paragraph("The 2019 audit by another consultant recommended:", S["body"]))
    f.append(Paragraph("'The heating time clocks should be reset to match the library's opening hours, and "
                       "checked each time the hours change.'", S["quote"]))
    f.append(Paragraph(
        "This has been done, and gas use fell by about 8 per cent the following year. The caretaker, Mr Les "
        "Prendergast, told us the entrance is the main complaint from staff: 'someone should look at that door, "
        "the issue desk is freezing from October to March.'", S["body"]))
    f.append(Paragraph("4  Recommended energy conservation opportunities", S["h2"]))
    f.append(Paragraph("We recommend the following measures. Savings are annual and costs are budget estimates "
                       "including fees, excluding VAT.", S["body"]))
    f.append(grid(S, ["Code", "Measure", "Saving (kWh a year)", "Cost (pounds)", "Payback (years)"],
                  [[f"ECO-0{n}", t, s, c, p] for n, (t, s, c, p) in enumerate(RECS, 1)],
                  [16, 84, 22, 20, 18], STONE))
    f.append(Spacer(1, 2 * mm))
    f.append(KeepTogether([
        Paragraph("5  Measures considered and not recommended", S["h2"]),
        grid(S, ["Measure", "Reason"],
             [["Double glazing in place of the 1936 steel windows",
               "We do not recommend replacing the original steel windows: they are a listed feature, the "
               "saving is small and the payback exceeds 40 years. Draught-stripping is part of routine "
               "maintenance."],
              ["Air source heat pump", "Not viable until the 1936 building's radiators and pipework are renewed; "
               "to be reconsidered when the boilers reach the end of their life, in about 2032."]],
             [50, 110], STONE),
        Spacer(1, 2 * mm),
        Paragraph("Priya Castellan-Rhodes CEng MCIBSE, for Halbrook Energy Engineering Ltd, 18 July 2025",
                  S["sub"])]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Energy Audit Report: Carrow Street Central Library",
                            author="Halbrook Energy Engineering Ltd")
    doc.build(f)


def response():
    fonts()
    S = styles("LR", 10, NAVY)
    f = []
    f.append(Paragraph("WESTBRIDGE CITY COUNCIL", S["h2"]))
    f.append(Paragraph("Property Services &#183; Guildhall Annexe, Westbridge WB1 1AA &#183; Our ref. "
                       "PS/EN/0442", S["sub"]))
    f.append(Spacer(1, 3 * mm))
    for line in ("Priya Castellan-Rhodes", "Halbrook Energy Engineering Ltd", "17 Tanners Row",
                 "Westbridge WB1 3DA"):
        f.append(Paragraph(line, S["addr"]))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("3 November 2025", S["body"]))
    f.append(Paragraph("Dear Ms Castellan-Rhodes,", S["body"]))
    f.append(Paragraph("<b>Energy audit of the Central Library, your report HEE/EA/25/031</b>", S["body"]))
    f.append(Paragraph(
        "Thank you for your report, which the council's Property Board considered on 28 October together with "
        "the library service. The Board welcomed the clear costings, and I am writing to let you know what was "
        "decided.", S["body"]))
    items = [
        "<b>Heating.</b> The boiler controls were fitted during the October half-term closure and are already "
        "being tuned. The solar array is not being taken forward: our structural engineer has found that the roof "
        "deck of the extension cannot carry the panels without strengthening, which would more than double the "
        "cost.",
        "<b>Lighting.</b> LED lighting with sensors will be installed in the lending library during the "
        "February closure. The reading rooms will have to wait for the 2026-27 capital programme, and no date "
        "has been set for them.",
        "<b>Plant room.</b> Approved. Our in-house team will lag the plant room pipework and valves before "
        "Christmas.",
        "<b>Entrance.</b> The Board accepts that the foyer needs a lobby, but after advice from the "
        "conservation officer it has asked for a fixed inner screen with manual doors instead of automatic "
        "sliding ones, to protect the listed entrance hall. We will need to apply for listed building consent.",
        "<b>Metering.</b> Monthly readings began on 1 October, and the supplier's half-hourly data will be "
        "sent to the library manager with a quarterly summary from January.",
    ]
    for n, t in enumerate(items, 1):
        numbered(S, f, f"{n}.", t, w=7)
        f.append(Spacer(1, 1.5 * mm))
    f.append(Paragraph(
        "The library has also agreed to switch off the public computers overnight, which your audit did not "
        "cover but which we expect to save a little electricity.", S["body"]))
    f.append(Paragraph(
        "We will ask you to quote for the design of the lighting scheme shortly. Thank you again for a very "
        "helpful piece of work.", S["body"]))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("Yours sincerely,", S["body"]))
    f.append(Spacer(1, 4 * mm))
    f.append(Paragraph("Daniel Osei-Marsh", S["addr"]))
    f.append(Paragraph("Energy and Sustainability Manager", S["addr"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Energy audit of the Central Library", author="Westbridge City Council")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Halbrook Energy Engineering Ltd - Energy Audit HEE/EA/25/031",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Westbridge City Council - Property Services",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "ECO-01", "starts_with": "Replace the fluorescent lighting in the lending library and the",
         "reply_contains": "The reading rooms will have to wait for the 2026-27 capital programme",
         "verdict": "partly"},
        {"number": "ECO-02", "starts_with": "Fit weather compensation and optimum start control to the",
         "reply_contains": "The boiler controls were fitted during the October half-term closure",
         "verdict": "agrees"},
        {"number": "ECO-03", "starts_with": "Insulate the bare heating pipework, valves and flanges in the",
         "reply_contains": "Our in-house team will lag the plant room pipework",
         "verdict": "agrees"},
        {"number": "ECO-04", "starts_with": "Install a 40 kWp solar photovoltaic array on the flat",
         "reply_contains": "The solar array is not being taken forward",
         "verdict": "disagrees"},
        {"number": "ECO-05", "starts_with": "Replace the three constant speed heating circulation pumps with",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "ECO-06", "starts_with": "Install a draught lobby with automatic sliding doors inside the",
         "reply_contains": "a fixed inner screen with manual doors instead of automatic",
         "verdict": "partly"},
        {"number": "ECO-07", "starts_with": "Take monthly meter readings and set up half-hourly data monitoring",
         "reply_contains": "Monthly readings began on 1 October",
         "verdict": "agrees"},
    ]
    unmatched = ["switch off the public computers overnight, which your audit did not cover"]
    notes = ("Advice: a consulting engineers' ENERGY AUDIT REPORT on a council's listed central library. The seven "
             "recommendations are the ROWS ECO-01 to ECO-07 of a table 'Recommended energy conservation "
             "opportunities' 'Code | Measure | Saving | Cost | Payback', in the imperative. Traps: a building "
             "summary table; SITE OBSERVATIONS NUMBERED 1-7 (as many as the recommendations); the energy "
             "performance regulations paraphrased ('must display a Display Energy Certificate and should have it "
             "renewed every year'); the 2019 audit QUOTED ('The heating time clocks should be reset ...'), done; "
             "the caretaker quoted ('someone should look at that door ...'); a table 'Measures considered and not "
             "recommended' with 'We do not recommend replacing the original steel windows'. Response: the Energy "
             "and Sustainability Manager's LETTER with the Property Board's decisions as a NUMBERED LIST 1-5 OF "
             "ITS OWN with bold topic words, no codes, other order: ONE item 'Heating' answering two: boiler "
             "controls fitted (ECO-02 agrees), the solar array 'not being taken forward' as the roof deck cannot "
             "carry it (ECO-04 disagrees); LED in the lending library, reading rooms wait for a later capital "
             "programme (ECO-01 partly); pipework lagged (ECO-03 agrees); a lobby but with manual doors instead "
             "of automatic ones (ECO-06 partly); monthly readings and half-hourly data (ECO-07 agrees); public "
             "computers switched off overnight 'which your audit did not cover' (unmatched); ECO-05, the variable "
             "speed pumps, never mentioned (unanswered). Introduction and closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
