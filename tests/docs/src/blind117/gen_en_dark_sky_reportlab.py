"""Round 117 (EN): a Welsh DARK SKY RESERVE's LIGHTING ADVISORY PANEL's ADVICE NOTE to the county council's Cabinet
Member on a street lighting renewal programme; seven recommendations as SENTENCES INSIDE RUNNING PARAGRAPHS under
theme sub-headings of 'Our advice', each MARKED AFTER THE SENTENCE by a bold bracketed tag '(Advice 1)' ... '(Advice
7)', some after a finding in the same paragraph; answered by the Cabinet Member's WRITTEN STATEMENT to the council, by
theme with no numbers, in another order, one paragraph answering two (opposite verdicts), one recommendation left out,
and paragraphs that answer nothing (introduction, LED figures, festive lighting, closing).
reportlab platypus, A4, cleaned Liberation Serif with Liberation Sans headings (advice) and cleaned Liberation Sans
(statement), invariant=1; navy-and-silver masthead with a star rule, 'Lighting in the Reserve' table, a residents'
quote box; the statement with a red-rule 'WRITTEN STATEMENT' header block; header and 'Page N of M' stamped from page
2. All bodies, people, places, figures and references invented; the Environment (Wales) Act 2016 is named as context
only (what is said of it here is not to be relied on).
Run:  /tmp/blind117en/bin/python tests/docs/src/blind117/gen_en_dark_sky_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b117en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind117_en_dark_sky"
for fam, files in (("SE", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("SA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "B"); addMapping(fam, 0, 1, fam + "I"); addMapping(fam, 1, 1, fam + "B")

NAVY = colors.HexColor("#16213e")
SILVER = colors.HexColor("#c9cdd6")
PALE = colors.HexColor("#eef0f5")
RED = colors.HexColor("#a3202b")
B = ParagraphStyle("b", fontName="SE", fontSize=10.8, leading=14.6, spaceAfter=6.5)
H2 = ParagraphStyle("h2", fontName="SAB", fontSize=12.5, leading=16, textColor=NAVY, spaceBefore=9, spaceAfter=4,
                    keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="SAB", fontSize=10.6, leading=14, textColor=colors.HexColor("#4a5578"),
                    spaceBefore=4, spaceAfter=3, keepWithNext=1)
NUM = ParagraphStyle("num", parent=B, leftIndent=7 * mm, bulletIndent=1 * mm, spaceAfter=3)
SM = ParagraphStyle("sm", fontName="SA", fontSize=8.6, leading=11.5, textColor=colors.HexColor("#444444"),
                    spaceAfter=4)
QT = ParagraphStyle("qt", fontName="SEI", fontSize=10.5, leading=14.2, textColor=NAVY)
P = lambda t, s=B: Paragraph(t, s)

R = ParagraphStyle("r", fontName="SA", fontSize=10.2, leading=14.4, spaceAfter=8)
RL = ParagraphStyle("rl", parent=R, fontSize=9, leading=12.5, spaceAfter=1)
RH = ParagraphStyle("rh", parent=R, fontName="SAB", fontSize=10.8, spaceBefore=4, spaceAfter=4, keepWithNext=1)


def build(path, story, top=17):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=top * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


def tag(n):
    return f" <font name='SAB' size='9.4' color='#16213e'>(Advice {n})</font>"


def advice():
    mast = Table([[[P("<font color='#c9cdd6' size='9'>BRO EITHIN INTERNATIONAL DARK SKY RESERVE</font>", B),
                    P("<font color='#ffffff' size='19'><b>Lighting Advisory Panel</b></font>",
                      ParagraphStyle("m", parent=B, fontName="SA", leading=24)),
                    P("<font color='#ffffff' size='11'>Advice note LAP/2026/02: the county street lighting renewal "
                      "programme, 2026-2030</font>", ParagraphStyle("m2", parent=B, fontName="SA"))]]],
                 colWidths=[166 * mm])
    mast.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 11),
                              ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                              ("LINEBELOW", (0, 0), (-1, -1), 2.5, SILVER)]))
    meta = Table([["To:", "Councillor Eleri Pughe-Thomas, Cabinet Member for Highways and Transport, Sir Eithin "
                          "County Council"],
                  ["From:", "Dr Gethin Rowlands, Chair, on behalf of the Lighting Advisory Panel"],
                  ["Date:", "9 February 2026"]], colWidths=[16 * mm, 150 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "SA", 9), ("FONT", (0, 0), (0, -1), "SAB", 9),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s = [mast, Spacer(1, 7), meta, Spacer(1, 3),
         P("Purpose of this note", H2),
         P("The Council asked the Panel in November 2025 for its view on the second phase of the street lighting "
           "renewal programme, which will replace about 3,100 older lanterns inside the Reserve and its buffer zone "
           "between 2026 and 2030. This note gives that view. It was agreed at the Panel's meeting of 3 February "
           "2026, at which the Council's street lighting engineer, Mr Aled Brychan, was present as an observer and "
           "did not take part in the decision."),
         P("The Panel brings together astronomers, ecologists, two community councillors, a farmer, a tourism "
           "business owner and officers of the National Park Authority. It advises; it has no powers of its own."),
         P("Lighting in the Reserve", H2)]
    fig = Table([["", "Core zone", "Buffer zone"],
                 ["Council street lights", "1,240", "4,470"],
                 ["Already converted to LED", "38%", "61%"],
                 ["Colour temperature of LED lanterns fitted so far", "3000 K", "4000 K"],
                 ["Median sky brightness, winter 2024-25 (mag/arcsec\u00b2)", "21.6", "20.9"]],
                colWidths=[100 * mm, 33 * mm, 33 * mm])
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "SA", 9.2), ("FONT", (0, 0), (-1, 0), "SAB", 9.2),
                             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [PALE, None]),
                             ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY), ("TOPPADDING", (0, 0), (-1, -1), 3.2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2)]))
    s += [fig, Spacer(1, 3),
          P("Figures: Sir Eithin County Council street lighting inventory, December 2025; sky brightness from the "
            "Panel's four fixed meters at Cwm Tawelan, Pen-y-Garth, Llanfair Eithin and Rhos Fawr.", SM),
          P("What we found", H2),
          P("Members of the Panel walked or drove every road in the core zone between October and December 2025 and "
            "read the sky meters each month. We found that:"),
          ]
    for i, t in enumerate(["the new lanterns fitted in the first phase are well aimed, and glare from them is much "
                           "lower than from the old orange lamps;",
                           "the 4000 K lanterns in the buffer zone give a cold, blue-white light that carries much "
                           "further into the night sky than the warmer light of the old lamps;",
                           "sky brightness at Pen-y-Garth has got worse by 0.3 of a magnitude since 2022, most of it "
                           "from the park-and-ride at Pont Eithin;",
                           "on many rural roads the lights burn all night where there is no one about after midnight."],
                          1):
        s.append(Paragraph(t, NUM, bulletText=f"{i}."))
    s += [P("Not everyone we spoke to wants fewer lights. At a drop-in session in Llanfair Eithin several residents "
            "told us that older people feel safer walking home under bright light, and one put it to us plainly:"),
          KeepTogether([Table([[P("\u201cThe lights should stay on all night on the main street. I don't go out "
                                  "in the dark, but I like to know I could.\u201d", QT)]], colWidths=[150 * mm],
                              style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE),
                                                ("LINEBEFORE", (0, 0), (0, 0), 3, SILVER),
                                                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                                                ("TOPPADDING", (0, 0), (-1, -1), 6),
                                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])), Spacer(1, 8)]),
          P("We have taken that view seriously, and our advice on switching off is limited to roads away from "
            "villages. We also note that section 6 of the Environment (Wales) Act 2016 says that public authorities "
            "must seek to maintain and enhance biodiversity; night-flying moths and the lesser horseshoe bats of the "
            "Tawelan valley are among the species most affected by artificial light."),
          P("Our earlier advice", H2),
          P("In our 2022 note the Panel advised that \u201cthe Council should fit shields to the lanterns on the "
            "A4812 at Llanfair Eithin\u201d. The shields were fitted in 2023 and the readings at Rhos Fawr improved "
            "the following winter. We thank the Council's lighting team for that work."),
          P("Our advice", H2),
          P("Colour and brightness", H3),
          P("Warm light matters more than any other single choice in the programme. The Panel advises that every "
            "new lantern fitted inside the Reserve, in the core zone and in the buffer zone alike, should have a "
            "colour temperature of 2700 K or lower, and not the 3000 K now written into the contract specification."
            + tag(1) + " The price difference quoted to us by two suppliers is under two per cent."),
          P("Switching off and dimming", H3),
          P("The lights on rural roads outside the villages serve very few people after midnight. We advise the "
            "Council to switch off the street lights on rural roads in the core zone between midnight and 5.30 am, "
            "as other Welsh councils already do on similar roads." + tag(2) + " Inside the villages we do not ask "
            "for lights to go off. We do advise that lanterns on residential streets in the buffer zone be dimmed to "
            "half of their full output from 10 pm until 6 am." + tag(3)),
          P("Places and projects", H3),
          P("The largest single source of sky glow in the Reserve is now the Council's own park-and-ride site at "
            "Pont Eithin, lit by eight unshielded floodlights on twelve-metre columns. The Council should replace "
            "those floodlights with fully shielded fittings that throw no light above the horizontal before the "
            "winter of 2026-27." + tag(4) + " Private developments are a growing concern too. The Panel advises "
            "that the Council adopt the Reserve's Lighting Guidance as supplementary planning guidance, so that "
            "planning applications inside the Reserve are judged against it." + tag(5)),
          P("Working together", H3),
          P("The Panel is run by volunteers, and the National Park Authority's support for it ends in March 2027. "
            "We advise the Council to fund a part-time Dark Sky Officer, shared with the National Park Authority, "
            "for at least three years from April 2027." + tag(6) + " Finally, the Panel advises that the Council "
            "publish the readings from the sky quality meters on its website each year, together with the number "
            "of lanterns converted, so that residents can see what the programme has achieved." + tag(7)),
          P("Closing", H2),
          P("We would be grateful for the Cabinet Member's response before the contract for the second phase is let "
            "in June 2026, and in particular on Advice 1, 2 and 4, which affect the contract itself. The Panel is "
            "happy to meet officers at any time."),
          Spacer(1, 4),
          P("Lighting Advisory Panel, Bro Eithin International Dark Sky Reserve, c/o Canolfan y Parc, Heol y "
            "Farchnad, Llanfair Eithin. Reference LAP/2026/02.", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    P = lambda t, st=R: Paragraph(t, st)
    top = Table([[P("<font size='8.5' color='#a3202b'><b>SIR EITHIN COUNTY COUNCIL</b></font>", RL)],
                 [P("<font size='17'><b>WRITTEN STATEMENT</b></font>", ParagraphStyle("ws", parent=R, leading=22))],
                 [P("<font size='9'>BY THE CABINET MEMBER FOR HIGHWAYS AND TRANSPORT</font>", RL)]],
                colWidths=[166 * mm])
    top.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 3, RED), ("LINEBELOW", (0, -1), (-1, -1), 0.8, RED),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, 0), 7),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
    wrap = lambda t: Paragraph(t, ParagraphStyle("cell", parent=RL, fontSize=9.3, leading=12.3))
    det = Table([[wrap("<b>Title</b>"), wrap("Street lighting renewal programme, phase 2: response to the advice of "
                                              "the Bro Eithin Dark Sky Reserve Lighting Advisory Panel")],
                 [wrap("<b>Date</b>"), wrap("19 March 2026")],
                 [wrap("<b>By</b>"), wrap("Councillor Eleri Pughe-Thomas, Cabinet Member for Highways and Transport")],
                 [wrap("<b>Reference</b>"), wrap("WS/HT/2026/04")]], colWidths=[26 * mm, 140 * mm])
    det.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("LINEBELOW", (0, -1), (-1, -1), 0.5, SILVER), ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
    s = [top, Spacer(1, 8), det, Spacer(1, 10),
         P("Members will know that the second phase of the street lighting renewal programme goes out to tender this "
           "spring. Before it does, I asked the Lighting Advisory Panel of the Bro Eithin Dark Sky Reserve for its "
           "view, and I received its advice note in February. I am grateful to Dr Rowlands and the Panel's "
           "volunteers for a careful and practical piece of work, and I want to set out for Members how the Council "
           "will respond."),
         P("Progress so far", RH),
         P("Of the 14,200 street lights the Council maintains, 9,650 now have LED lanterns. The first phase cut the "
           "Council's street lighting energy bill by \u00a3412,000 in 2024-25 and its carbon emissions from street "
           "lighting by 58 per cent. Phase 2 has a capital budget of \u00a32.4 million over four years."),
         P("Warmer light", RH),
         P("I accept that the colour of the light matters. Inside the core zone every new lantern in phase 2 will "
           "be 2700 K, and the contract specification has been changed accordingly. In the buffer zone we will keep "
           "3000 K on A and B roads, where the road safety audit asks for better colour rendering at junctions; on "
           "all other buffer zone roads the new lanterns will also be 2700 K."),
         P("Night-time switching", RH),
         P("I have looked closely at part-night lighting. I have decided that the Council will not switch off "
           "lights on rural roads in the core zone, having heard the concerns of the police and of the "
           "community councils about people walking home from late shifts and bus stops. Dimming is a different "
           "matter: from October 2026 all residential street lanterns in the buffer zone will be dimmed to 50 per "
           "cent between 10 pm and 6 am, using the central management system installed in phase 1."),
         P("The park-and-ride at Pont Eithin", RH),
         P("The Panel is right that our own site is a large part of the problem. The eight floodlights will be "
           "replaced with fully shielded LED floodlights in September 2026, funded from the phase 2 budget, and "
           "the new lights will be on a timer that switches them off an hour after the last bus."),
         P("Planning", RH),
         P("Whether the Reserve's Lighting Guidance should become supplementary planning guidance is a question for "
           "the Local Development Plan rather than for the lighting programme. I have passed the Panel's note to the "
           "Cabinet Member for Planning, and officers will consider it during the review of the Local Development "
           "Plan, which is due to begin in 2027. I cannot say now what the outcome of that review will be."),
         P("Telling residents", RH),
         P("I am happy to say yes to more openness. From July 2026 the Council will publish the annual sky quality "
           "readings on its website alongside a yearly count of converted lanterns, beginning with the 2025-26 "
           "winter."),
         P("Festive lighting", RH),
         P("Several Members have asked me about Christmas lights in the town centres. These are put up by town "
           "councils and chambers of trade, not by this Council, and are not part of the renewal programme."),
         P("I will update Members again when the phase 2 contract has been awarded. Officers of the street lighting "
           "team can be contacted through the Highways helpdesk on 01632 960 227."),
         Spacer(1, 2),
         P("<b>Councillor Eleri Pughe-Thomas</b><br/>Cabinet Member for Highways and Transport", R)]
    build(H.out(NAME + "_response.pdf"), s, top=16)


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Bro Eithin Dark Sky Reserve - Lighting Advisory Panel - LAP/2026/02",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Sir Eithin County Council - Written Statement WS/HT/2026/04",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Panel advises that every new lantern fitted inside the Reserve",
         "reply_contains": "we will keep 3000 K on A and B roads",
         "verdict": "partly"},
        {"number": 2, "starts_with": "We advise the Council to switch off the street lights on",
         "reply_contains": "the Council will not switch off lights on rural roads", "verdict": "disagrees"},
        {"number": 3, "starts_with": "We do advise that lanterns on residential streets in the buffer",
         "reply_contains": "from October 2026 all residential street lanterns in the buffer zone",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The Council should replace those floodlights with fully shielded fittings",
         "reply_contains": "replaced with fully shielded LED floodlights in September 2026", "verdict": "agrees"},
        {"number": 5, "starts_with": "The Panel advises that the Council adopt the Reserve's Lighting Guidance",
         "reply_contains": "officers will consider it during the review of the Local Development Plan",
         "verdict": "noted"},
        {"number": 6, "starts_with": "We advise the Council to fund a part-time Dark Sky Officer",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "the Panel advises that the Council publish the readings from the",
         "reply_contains": "will publish the annual sky quality readings on its website", "verdict": "agrees"},
    ]
    unmatched = ["I am grateful to Dr Rowlands and the Panel's volunteers",
                 "The first phase cut the Council's street lighting energy bill",
                 "These are put up by town councils and chambers of trade",
                 "I will update Members again when the phase 2 contract has been awarded"]
    notes = ("Advice: Welsh DARK SKY RESERVE LIGHTING ADVISORY PANEL's ADVICE NOTE LAP/2026/02 to the county council's "
             "Cabinet Member on phase 2 of a street lighting renewal programme; recs are SENTENCES INSIDE RUNNING "
             "PARAGRAPHS under four sub-headings of 'Our advice', each followed by a bold tag '(Advice N)' AFTER the "
             "sentence, two paragraphs holding two recs each (3 after 'Inside the villages we do not ask for lights "
             "to go off.'; 5 after 'Private developments are a growing concern too.'; 7 after 'Finally,', "
             "starts_with from the lower-case 'the Panel advises'); openings 'The Panel advises that', 'We advise the "
             "Council to', 'We do advise that', 'The Council should'; traps: 'Lighting in the Reserve' figures table, "
             "numbered FINDINGS 1-4 ('We found that:'), a resident's quote 'The lights should stay on all night', the "
             "Environment (Wales) Act 2016 'must seek to maintain and enhance biodiversity', the Panel's 2022 advice "
             "quoted ('the Council should fit shields', done), closing 'in particular on Advice 1, 2 and 4'. "
             "Response: the Cabinet Member's WRITTEN STATEMENT (header block, details table), by theme under bold "
             "subheads, NO numbers, order 1, 2+3, 4, 5, 7: 2700 K in the core zone but 3000 K kept on A and B roads in "
             "the buffer zone (1 partly); ONE paragraph 'Night-time switching' = 'the Council will not switch off "
             "lights on rural roads in the core zone' (2 disagrees) + dimming to 50 per cent from October 2026 (3 "
             "agrees); floodlights replaced in September 2026 (4 agrees); supplementary planning guidance passed to "
             "the Cabinet Member for Planning, 'officers will consider it during the review of the Local Development "
             "Plan', 'I cannot say now what the outcome ... will be' (5 noted); 6 (Dark Sky Officer) never mentioned "
             "(unanswered); sky readings published from July 2026 (7 agrees); introduction, 'Progress so far' "
             "figures (9,650 LED, \u00a3412,000, \u00a32.4 million, 'Phase 2'), 'Festive lighting' and the closing "
             "answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
