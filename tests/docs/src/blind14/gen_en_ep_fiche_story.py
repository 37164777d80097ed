"""Blind round 14 (en): European Parliament non-legislative resolution (texts adopted) + the European
Commission's follow-up fiche (SP document). Engine: PyMuPDF Story (DejaVu Serif/Sans, subset-embedded), A4.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind14enenv/bin/python tests/docs/src/blind14/gen_en_ep_fiche_story.py
Writes tests/docs/blind14_en_ep_fiche_advice.pdf and tests/docs/blind14_en_ep_fiche_response.pdf;
check with  /tmp/blind14enenv/bin/python tests/docs/src/blind14/_en_b14.py blind14_en_ep_fiche
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b14 as H

CSS = """
body { font-family: StSerif; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 7pt; text-align: justify; line-height: 1.2; }
p.n { margin-left: 34pt; text-indent: -34pt; }
p.cit { margin-left: 18pt; text-indent: -18pt; }
p.sub { font-weight: bold; font-style: italic; margin-top: 6pt; }
h1 { font-family: StSans; font-size: 15pt; margin-top: 6pt; margin-bottom: 8pt; text-align: left; }
.sans { font-family: StSans; }
td.f { font-family: StSerif; font-size: 10pt; vertical-align: top; padding: 5pt; border: 1px solid black; }
td.l { vertical-align: top; padding: 0 0 7pt 0; width: 34pt; }
td.t { vertical-align: top; padding: 0 0 7pt 0; text-align: justify; }
"""

FOOTNOTES_ADVICE = {
    "having regard to Directive 2014/36/EU": ["\u00b9 OJ L 94, 28.3.2014, p. 375.",
                                             "\u00b2 OJ L 186, 11.7.2019, p. 21."],
    "Is deeply concerned": ["\u00b3 European Labour Authority, Seasonal work in agriculture: enforcement "
                            "challenges, 2024."],
}

P = [
    ("General observations", None),
    ("1.", "Welcomes the contribution of some 800 000 seasonal workers, most of them from third countries, to the "
           "Union's agricultural production and food security;"),
    ("2.", "Is deeply concerned at reports of seasonal workers being housed in overcrowded and unsafe accommodation, "
           "of excessive deductions from wages and of workers being denied access to health care\u00b3;"),
    ("3.", "Calls on the Commission to carry out, by the end of 2025, an evaluation of the implementation of "
           "Directive 2014/36/EU, with particular attention to accommodation standards and the right of seasonal "
           "workers to change employer;"),
    ("4.", "Notes that only 11 Member States have reported data on inspections of employers of seasonal workers "
           "under Article 24 of that Directive;"),
    ("Enforcement and cross-border cooperation", None),
    ("5.", "Calls on the Commission to present a legislative proposal for a European social security pass enabling "
           "labour inspectorates to verify in real time the social security coverage of seasonal and posted workers;"),
    ("6.", "Asks the Commission to strengthen the mandate of the European Labour Authority so that it can initiate "
           "concerted and joint inspections in the agricultural sector on its own initiative;"),
    ("7.", "Recalls that the enforcement of labour law is primarily the responsibility of the Member States;"),
    ("8.", "Urges the Member States to increase the number of labour inspectors to the ILO benchmark of one "
           "inspector per 10 000 workers and to schedule inspections at harvest peaks;"),
    ("Common agricultural policy", None),
    ("9.", "Calls on the Commission to extend social conditionality under the common agricultural policy, in its "
           "proposals for the period after 2027, to the rules on seasonal workers' accommodation and pay;"),
    ("10.", "Points out that social conditionality has applied on a voluntary basis since 2023 and on a mandatory "
            "basis since 1 January 2025;"),
    ("Information and accommodation", None),
    ("11.", "Invites the Commission to publish guidelines on decent accommodation for seasonal workers, including "
            "minimum space, sanitary facilities and limits on the rent that may be deducted from wages;"),
    ("12.", "Calls on the Commission and the Member States to provide seasonal workers, before departure and in a "
            "language they understand, with information on their rights, including through the EURES network;"),
    ("13.", "Instructs its President to forward this resolution to the Council, the Commission and the governments "
            "and parliaments of the Member States."),
]


def advice_html() -> str:
    h = ["<body>",
         "<p class='sans' style='font-size:10pt; text-align:left'><b>European Parliament</b><br/>2024-2029</p>",
         "<p class='sans' style='font-size:17pt; text-align:center; margin-top:24pt'><b>TEXTS ADOPTED</b></p>",
         "<p class='sans' style='text-align:left; margin-top:14pt'><b>P10_TA(2025)0087</b></p>",
         "<h1>Seasonal agricultural workers in the Union</h1>",
         "<p><b>European Parliament resolution of 12 March 2025 on the situation of seasonal agricultural workers "
         "in the Union (2024/2089(INI))</b></p>",
         "<p><i>The European Parliament</i>,</p>"]
    for c in ("having regard to Articles 153 and 168 of the Treaty on the Functioning of the European Union,",
              "having regard to Directive 2014/36/EU of the European Parliament and of the Council of 26 February 2014 "
              "on the conditions of entry and stay of third-country nationals for the purpose of employment as "
              "seasonal workers\u00b9,",
              "having regard to Regulation (EU) 2019/1149 establishing a European Labour Authority\u00b2,",
              "having regard to Rule 55 of its Rules of Procedure,",
              "having regard to the report of the Committee on Employment and Social Affairs (A10-0034/2025),"):
        h.append(f"<table><tr><td class='l'>\u2013</td><td class='t'>{c}</td></tr></table>")
    for letter, r in (("A", "whereas seasonal work is essential to the harvesting of fruit and vegetables in many "
                             "Member States and is concentrated in a few weeks of the year;"),
                      ("B", "whereas the short duration of contracts, language barriers and dependence on the employer "
                            "for housing and transport make seasonal workers particularly vulnerable to exploitation;"),
                      ("C", "whereas labour inspectorates in several Member States report that they lack the staff to "
                            "carry out inspections during harvest periods;"),
                      ("D", "whereas the Commission has not evaluated Directive 2014/36/EU since its transposition "
                            "deadline of 30 September 2016;")):
        h.append(f"<table><tr><td class='l'>{letter}.</td><td class='t'>{r}</td></tr></table>")
    for num, text in P:
        if text is None:
            h.append(f"<p class='sub'>{num}</p>")
        else:
            h.append(f"<table><tr><td class='l'>{num}</td><td class='t'>{text}</td></tr></table>")
    h.append("</body>")
    return "\n".join(h)


def advice_furniture(page, number, count):
    f = {"fontname": "StSans", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, hgt = page.rect.width, page.rect.height
    page.insert_text((62, hgt - 36), "PE765.432", fontsize=8, **f)
    page.insert_text((w - 62 - 20, hgt - 36), f"{number}/{count}", fontsize=8, **f)
    text = " ".join(page.get_text().split())
    lines = []
    for marker, notes in FOOTNOTES_ADVICE.items():
        if marker in text:
            lines += notes
    if lines:
        y = hgt - 64 - 11 * len(lines)
        page.draw_line((62, y - 8), (200, y - 8), width=0.5)
        for ln in lines:
            page.insert_text((62, y), ln, fontsize=8.5, **f)
            y += 11


# ---------------------------------------------------------------- the Commission's fiche

RESPONSE_PARAS = [
    "The Commission welcomes the resolution and shares Parliament's concern for the working and living "
    "conditions of seasonal workers, whose contribution is essential to the Union's agri-food sector.",
    "As regards the concerns expressed in paragraph 2, the Commission recalls that the Seasonal Workers Directive "
    "already requires Member States to ensure that accommodation meets general health and safety standards and "
    "that rent is not excessive. Where it receives evidence of systematic breaches, the Commission is in contact "
    "with the national authorities concerned.",
    "With regard to paragraphs 3 and 11, the Commission launched the evaluation of Directive 2014/36/EU in January "
    "2025. A staff working document presenting its results will be published by December 2025; it will cover "
    "accommodation, wage deductions and the right to change employer. In the light of the evaluation's findings, "
    "the Commission will then consider whether guidance on accommodation is the most appropriate instrument or "
    "whether the matter would be better addressed in the Directive itself.",
    "The Commission's proposal for the common agricultural policy after 2027, adopted on 16 July 2025, maintains "
    "social conditionality and adds the Seasonal Workers Directive to the list of applicable legal acts, which "
    "responds to the call made in paragraph 9.",
    "Concerning paragraph 5, the Commission is working with the Member States on the European Social Security Pass "
    "(ESSPASS) and intends to propose, by the end of 2026, a legal basis for the digital verification of the "
    "portable document A1 for posted workers. The Commission does not, however, plan at this stage to extend "
    "real-time verification to seasonal workers from third countries, whose social security coverage is governed "
    "by national law and bilateral agreements.",
    "In response to paragraph 12, the Commission will run a multilingual information campaign through EURES and "
    "the European Labour Authority before the 2026 harvest season and will make the material available to Member "
    "States for use by their consulates and public employment services.",
    "The Commission does not intend to propose an amendment to Regulation (EU) 2019/1149 ahead of the evaluation "
    "of the Authority due in 2026, as requested in paragraph 6. Under Articles 8 and 9 of that Regulation, "
    "concerted and joint inspections take place with the agreement of the Member States concerned, which the "
    "Commission regards as an essential safeguard.",
]


def response_html() -> str:
    h = ["<body>",
         "<p class='sans' style='text-align:right; font-size:10pt'><b>SP(2025)312</b></p>",
         "<p class='sans' style='font-size:13pt; text-align:center; margin-top:10pt'><b>Follow up to the European "
         "Parliament non-legislative resolution on the situation of seasonal agricultural workers in the Union</b></p>",
         "<table style='width:100%; border-collapse:collapse; margin-top:8pt'>"]
    rows = [
        ("1.", "Resolution tabled pursuant to Rule 55 of the European Parliament's Rules of Procedure by the "
               "Committee on Employment and Social Affairs (EMPL)"),
        ("2.", "Reference numbers: 2024/2089 (INI) / A10-0034/2025 / P10_TA(2025)0087"),
        ("3.", "Date of adoption of the resolution: 12 March 2025"),
        ("4.", "Subject: Situation of seasonal agricultural workers in the Union"),
        ("5.", "Competent Parliamentary Committee: Committee on Employment and Social Affairs (EMPL)"),
    ]
    for n, t in rows:
        h.append(f"<tr><td class='f' style='width:28pt'>{n}</td><td class='f'>{t}</td></tr>")
    h.append("<tr><td class='f'>6.</td><td class='f'><b>Brief analysis/assessment of the resolution "
             "and requests made in it:</b><br/>"
             "The resolution takes stock of the situation of seasonal workers in agriculture. It asks the Commission "
             "to evaluate the Seasonal Workers Directive, to propose a European social security pass, to strengthen "
             "the mandate of the European Labour Authority, to extend social conditionality in the common "
             "agricultural policy and to issue guidance on accommodation. It also urges the Member States to "
             "reinforce labour inspection and, together with the Commission, to inform workers of their rights."
             "</td></tr>")
    h.append("<tr><td class='f'>7.</td><td class='f'><b>Response to requests in the resolution "
             "and overview of the action taken, or "
             "intended to be taken, by the Commission:</b></td></tr></table>")
    for para in RESPONSE_PARAS:
        h.append(f"<p style='margin-top:6pt'>{para}</p>")
    h.append("</body>")
    return "\n".join(h)


def response_furniture(page, number, count):
    f = {"fontname": "StSans", "fontfile": H.DEJAVU + "DejaVuSans.ttf"}
    w, hgt = page.rect.width, page.rect.height
    if number == 1:
        page.insert_text((62, 46), "EUROPEAN COMMISSION", fontsize=10,
                         fontname="StSansB", fontfile=H.DEJAVU + "DejaVuSans-Bold.ttf")
        page.insert_text((62, 58), "Secretariat-General", fontsize=8.5, **f)
    page.insert_text((w / 2 - 4, hgt - 36), str(number), fontsize=9, **f)


if __name__ == "__main__":
    a = H.story_to_pdf(advice_html(), CSS, "blind14_en_ep_fiche_advice.pdf", margins=(62, 60, 62, 110),
                       furniture=advice_furniture)
    r = H.story_to_pdf(response_html(), CSS, "blind14_en_ep_fiche_response.pdf", margins=(62, 74, 62, 70),
                       furniture=response_furniture)
    for p in (a, r):
        print(p.name, p.stat().st_size)
