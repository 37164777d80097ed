"""Round 58 (EN): a Council of Europe CONGRESS MONITORING RECOMMENDATION on local democracy in a member State and the
Government's POST-MONITORING ROADMAP.
Advice: 'Local and regional democracy in Montavia', Recommendation 548 (2026) of the Congress of Local and Regional
Authorities with an extract of the explanatory memorandum (genre of the Congress's monitoring recommendations under
the European Charter of Local Self-Government: a resolution-style text whose numbered paragraphs 1.-6. each open
with the Congress as subject - 'refers to', 'points out that', 'notes with satisfaction', 'expresses its concern
that', 'requests that the Committee of Ministers invite the authorities of Montavia to:' - and each carries its own
lettered sub-paragraphs a., b., c. ...; only paragraph 5's lettered items a.-g. are recommendations). Response:
'Roadmap for the implementation of Congress Recommendation 548 (2026)' agreed in the post-monitoring dialogue
(genre of the roadmaps a government signs with the Congress: measures grouped by time horizon, each under a
bold heading 'Measure N - Subject (paragraph 5.x)', with 'Responsible' and 'Deadline' lines, a part on the paragraphs
on which the Government maintains its position, and follow-up arrangements). Recommendations: a-g (paragraph 5).
Traps: paragraphs 1-4 and their lettered sub-paragraphs (the concerns 4.a-e mirror the recommendations), the 2018
recommendation quoted, the Charter quoted ('shall'), paragraph 6 asking the Committee of Ministers and the
Parliamentary Assembly to take account of the text, the memorandum's conclusions paraphrasing the asks ('should be
confined'), a footnote. fpdf2, A4, cleaned Liberation Serif (text) and Sans (headers); fixed creation date. All
content is invented (the Congress, the Charter, ETS No. 122 and CETS No. 207 are real; Montavia, its laws, the
people and the figures are not, and what is said about the real texts is not to be relied on).

Run:  /tmp/blind58en/bin/python tests/docs/src/blind58/gen_en_congress_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b58en as H
from fpdf import FPDF

NAME = "blind58_en_congress"
NAVY = (0, 51, 102)

RECS = [
    ("a", "ensure that every new competence transferred to municipalities is accompanied by financial resources "
          "commensurate with it, as required by Article 9.2 of the Charter;"),
    ("b", "reform the fiscal equalisation system so that it rests on transparent and objective criteria laid down "
          "by law and protects the financially weaker municipalities;"),
    ("c", "limit the administrative supervision exercised by the district prefects to the legality of municipal "
          "decisions, and abolish their power to suspend such decisions on grounds of expediency;"),
    ("d", "establish by law a formal procedure for consulting the national associations of local authorities, in "
          "due time and in an appropriate way, on all matters that concern them directly, including the state "
          "budget;"),
    ("e", "allow municipalities to set, within limits fixed by law, the rates of the immovable property tax and of "
          "at least one other local tax;"),
    ("f", "adopt a special law on the status of the capital city of Darvel that recognises its specific needs and "
          "provides for the financing of its metropolitan functions;"),
    ("g", "sign and ratify the Additional Protocol to the European Charter of Local Self-Government on the right to "
          "participate in the affairs of a local authority (CETS No. 207)."),
]


class Doc(FPDF):
    def __init__(self, ref, foot_right):
        super().__init__(format="A4", unit="mm")
        for fam, base in (("SR", "LiberationSerif"), ("SS", "LiberationSans")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
                self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.ref, self.foot_right = ref, foot_right
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime(2026, 9, 12, 9, 0, tzinfo=timezone.utc))

    def header(self):
        if self.page_no() > 1:
            self.set_font("SS", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(11)
            self.cell(0, 4, self.ref, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("SS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "%d/{nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=11, lh=5.4, align="J", after=2.6, indent=0, fam="SR"):
        self.set_font(fam, style, size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=11, after=2):
        if self.get_y() > 245:
            self.add_page()
        self.ln(2)
        self.set_font("SS", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 5.8, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def hang(self, lab, t, left=0, gap=8, after=2.2, size=11):
        self.set_font("SR", "", size)
        if self.get_y() > 262:
            self.add_page()
        y = self.get_y()
        self.set_x(self.l_margin + left)
        self.cell(gap, 5.4, lab)
        self.set_xy(self.l_margin + left + gap, y)
        self.multi_cell(self.epw - left - gap, 5.4, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)


def advice(path):
    d = Doc("CG(50)2026-14final", "")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("SS", "B", 9)
    d.set_text_color(*NAVY)
    d.cell(0, 4.5, "CONGRESS OF LOCAL AND REGIONAL AUTHORITIES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SS", "", 8.5)
    d.cell(0, 4.5, "Council of Europe", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("SS", "", 9)
    d.set_xy(120, 22)
    d.multi_cell(65, 4.5, "50th SESSION\nCG(50)2026-14final\n26 March 2026", align="R", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(8)
    d.p("**Local and regional democracy in Montavia**", size=16, lh=7.5, align="C", after=1, fam="SS")
    d.p("Monitoring Committee", size=10.5, align="C", after=0.5, fam="SS")
    d.p("Rapporteurs: Inga VESTERGAARD, Denmark (L, ILDG) and Rafael ECHEVARRIA LUNA, Spain (R, EPP/CCE)",
        size=9.5, align="C", after=5, fam="SS")
    d.set_font("SS", "B", 11.5)
    tw = d.get_string_width("RECOMMENDATION 548 (2026)")
    x0 = (210 - tw) / 2
    y0 = d.get_y()
    d.set_xy(x0, y0)
    d.cell(tw, 5.4, "RECOMMENDATION 548 (2026)")
    d.set_font("SS", "", 7.5)
    d.set_xy(x0 + tw + 0.4, y0 - 1.2)
    d.cell(4, 4, "1")
    d.set_xy(d.l_margin, y0 + 5.4)
    d.ln(4)
    d.hang("1.", "The Congress of Local and Regional Authorities of the Council of Europe refers to:")
    d.hang("a.", "Article 2, paragraph 1.b, of the Statutory Resolution CM/Res(2020)1 relating to the Congress, "
                 "which provides that one of the aims of the Congress shall be to submit proposals to the Committee "
                 "of Ministers in order to promote local and regional democracy;", left=8)
    d.hang("b.", "Article 1, paragraph 2, of the same resolution, which provides that the Congress shall prepare "
                 "on a regular basis country-by-country reports on the situation of local and regional democracy "
                 "in all member States;", left=8)
    d.hang("c.", "the explanatory memorandum on the monitoring of the European Charter of Local Self-Government in "
                 "Montavia.", left=8)
    d.hang("2.", "The Congress points out that:")
    d.hang("a.", "Montavia ratified the European Charter of Local Self-Government (ETS No. 122) on 14 May 1998 "
                 "without reservations;", left=8)
    d.hang("b.", "in its previous recommendation on Montavia, Recommendation 421 (2018), the Congress called on "
                 "the authorities, among other things, to \"ensure that the transfer of competences to "
                 "municipalities is accompanied by adequate financial resources\";", left=8)
    d.hang("c.", "a Congress delegation carried out a monitoring visit to Montavia from 14 to 16 October 2025 and "
                 "met representatives of the Government, Parliament, the Constitutional Court, the Ombudsman and "
                 "the associations of local authorities, and the mayors of four municipalities.", left=8)
    d.hang("3.", "The Congress notes with satisfaction:")
    d.hang("a.", "the adoption in 2024 of a new Law on Local Self-Government, which clarifies the own competences "
                 "of municipalities;", left=8)
    d.hang("b.", "the introduction of the direct election of mayors at the local elections of 2025;", left=8)
    d.hang("c.", "the establishment of a permanent dialogue between the Government and the Union of Montavian "
                 "Municipalities on the implementation of the Charter.", left=8)
    d.hang("4.", "The Congress expresses its concern that:")
    d.hang("a.", "the share of local authorities in public expenditure remains at 9 per cent, one of the lowest in "
                 "Europe, while responsibility for pre-school education and social care was transferred to them "
                 "in 2024 without corresponding funds;", left=8)
    d.hang("b.", "the equalisation transfers are set each year by government decision, on criteria that are not "
                 "published;", left=8)
    d.hang("c.", "the district prefects, who are appointed by the Government, may suspend municipal decisions on "
                 "grounds of expediency as well as legality, which is not in conformity with Article 8.2 of the "
                 "Charter;", left=8)
    d.hang("d.", "local authorities are not consulted in due time on draft laws and on the state budget, and "
                 "consultation depends on the goodwill of individual ministries;", left=8)
    d.hang("e.", "municipalities have no power to set the rates of any local tax, which is not in conformity with "
                 "Article 9.3 of the Charter.", left=8)
    d.hang("5.", "In light of the foregoing, the Congress requests that the Committee of Ministers invite the "
                 "authorities of Montavia to:")
    for lab, t in RECS:
        d.hang(lab + ".", t, left=8)
    d.hang("6.", "The Congress calls on the Committee of Ministers and the Parliamentary Assembly of the Council "
                 "of Europe to take account of this recommendation on the monitoring of the European Charter of "
                 "Local Self-Government in Montavia and its explanatory memorandum in their activities relating "
                 "to this member State.")
    d.ln(2)
    d.set_draw_color(120, 120, 120)
    d.line(d.l_margin, d.get_y(), d.l_margin + 50, d.get_y())
    d.ln(1.5)
    d.p("1. Debated and adopted by the Congress on 26 March 2026, 2nd sitting (see Document CG(50)2026-14, "
        "explanatory memorandum), rapporteurs: Inga VESTERGAARD, Denmark (L, ILDG) and Rafael ECHEVARRIA LUNA, "
        "Spain (R, EPP/CCE).", size=8.5, lh=4.2, after=4)
    d.add_page()
    d.p("**EXPLANATORY MEMORANDUM (extract)**", size=11.5, align="C", after=4, fam="SS")
    d.hd("7. CONCLUSIONS")
    d.hang("201.", "Article 9.2 of the Charter provides that \"local authorities' financial resources shall be "
                   "commensurate with the responsibilities provided for by the constitution and the law\". The "
                   "rapporteurs found that this provision is not respected in Montavia: the 2024 reform gave "
                   "municipalities new tasks without new money, and several mayors told the delegation that they "
                   "had to close kindergarten groups in 2025.", gap=11)
    d.hang("202.", "The rapporteurs welcome the new Law on Local Self-Government and the direct election of "
                   "mayors, which are real achievements. The dialogue between the Government and the Union of "
                   "Montavian Municipalities should now be placed on a legal footing.", gap=11)
    d.hang("203.", "The power of the district prefects to suspend municipal decisions should be confined to "
                   "legality, as the Congress already stated in 2018. The Minister of the Interior told the "
                   "delegation that the power had been used 14 times since 2020, mostly in the capital.", gap=11)
    d.hang("204.", "The situation of Darvel, which is both a municipality and the seat of the central "
                   "institutions, was raised by every interlocutor. Its metropolitan functions are financed in the "
                   "same way as those of a small town.", gap=11)
    d.hang("205.", "The rapporteurs thank the Montavian authorities and the Permanent Representation of Montavia to "
                   "the Council of Europe for their cooperation during the visit.", gap=11)
    d.output(path)


def response(path):
    d = Doc("Roadmap - Recommendation 548 (2026) - Montavia", "")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("SS", "B", 9)
    d.set_text_color(*NAVY)
    d.cell(0, 4.5, "CONGRESS OF LOCAL AND REGIONAL AUTHORITIES - POST-MONITORING", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("SS", "", 9)
    d.cell(0, 4.5, "Government of Montavia - Ministry of Public Administration and Local Self-Government",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.p("**Roadmap for the implementation of Congress Recommendation 548 (2026) on local and regional democracy "
        "in Montavia**", size=13.5, lh=6.6, align="C", after=2, fam="SS")
    d.p("Agreed in Darvel on 9 September 2026", size=10, align="C", after=5, fam="SS")
    d.hd("Introduction")
    d.p("This roadmap was agreed between the Government of Montavia and the Congress delegation during the "
        "post-monitoring meeting held in Darvel on 8 and 9 September 2026. It sets out the measures the "
        "Government will take in response to the recommendation, grouped by time horizon, and the points on "
        "which the Government maintains a different position.")
    d.hd("Part I - Measures to be taken in 2026 and 2027")
    d.p("**Measure 1 - Consultation of local authorities (paragraph 5.d)**", after=1)
    d.p("The Law on Local Self-Government will be amended to oblige every ministry to send draft laws and draft "
        "regulations affecting municipalities to the Union of Montavian Municipalities at least 30 days before "
        "their adoption, and to publish the Union's opinion with the draft. The draft state budget will be "
        "discussed with the Union each year before it is sent to Parliament.")
    d.p("__Responsible:__ Ministry of Public Administration and Local Self-Government. __Deadline:__ "
        "draft amendment to Parliament by March 2027.", size=10, after=4)
    d.p("**Measure 2 - Financing of transferred competences and local taxation (paragraphs 5.a and 5.e)**",
        after=1)
    d.p("From 2027, every draft law that transfers a competence to municipalities will be accompanied by a "
        "financial impact assessment agreed with the Union, and the cost established will be added to the "
        "general grant in the same budget year. The shortfall for pre-school education will be covered in the "
        "2027 budget.")
    d.p("With regard to local taxation, municipalities will be able to set the rate of the immovable property "
        "tax within a band of 0.1 to 0.6 per cent from 1 January 2028. The Government does not intend, during the "
        "current term, to give municipalities rate-setting powers over any other tax.")
    d.p("__Responsible:__ Ministry of Finance. __Deadline:__ 2027 budget law; Law on Local Taxes by June 2027.",
        size=10, after=4)
    d.hd("Part II - Measures to be taken in 2028 and 2029")
    d.p("**Measure 3 - Fiscal equalisation (paragraph 5.b)**", after=1)
    d.p("A working group of the Ministry of Finance and the Union will prepare a new equalisation formula based on "
        "population, area and fiscal capacity, which will be published. The criteria will be laid down in a "
        "government decree rather than in a law, so that they can be adjusted to changing circumstances.")
    d.p("__Responsible:__ Ministry of Finance. __Deadline:__ new formula applied from the 2029 budget.", size=10,
        after=4)
    d.p("**Measure 4 - Training of municipal staff**", after=1)
    d.p("The National School of Public Administration will offer a certified programme in municipal finance to "
        "the finance officers of all 84 municipalities. This measure was proposed by the Government itself.")
    d.p("__Responsible:__ National School of Public Administration. __Deadline:__ first cohort in 2028.", size=10,
        after=4)
    d.hd("Part III - Paragraphs on which the Government maintains its position")
    d.p("**Administrative supervision (paragraph 5.c)**", after=1)
    d.p("The Government considers that the power of the district prefects to suspend municipal decisions for a "
        "maximum of 30 days is a necessary safeguard of the coherence of public policy and does not intend to "
        "propose any change to it. The Government remains open to continuing the dialogue on this issue.")
    d.p("**Additional Protocol (paragraph 5.g)**", after=1)
    d.p("The Government has taken note of the request to sign and ratify the Additional Protocol. The question "
        "has been referred to the inter-ministerial commission on international treaties, whose opinion is "
        "expected in the course of 2027.")
    d.hd("Part IV - Follow-up")
    d.p("The Ministry of Public Administration and Local Self-Government will report to the Congress on the "
        "implementation of this roadmap every twelve months. A first review meeting with the Congress delegation "
        "will be held in autumn 2027.")
    d.ln(3)
    d.p("For the Government of Montavia: Dr Lidija Marković-Horvat, Minister of Public Administration and Local "
        "Self-Government\nFor the Congress: Inga Vestergaard and Rafael Echevarria Luna, rapporteurs", size=9.5,
        align="L")
    d.output(path)


NOTES = ("Council of Europe Congress monitoring pair: Recommendation 548 (2026) on local and regional democracy in "
         "the (invented) member State Montavia with an extract of its explanatory memorandum, answered by the "
         "post-monitoring roadmap agreed with the Government. Recommendations: the lettered items a.-g. of "
         "paragraph 5, lower-case verb clauses after 'the Congress requests that the Committee of Ministers "
         "invite the authorities of Montavia to:' (starts_with = the clause without the lead-in). Traps: "
         "paragraphs 1.-4. and 6. with their OWN lettered sub-paragraphs a.-e. in the same hanging layout "
         "('refers to', 'points out that', 'notes with satisfaction', 'expresses its concern that' - the concerns "
         "4.a-e mirror the asks), the 2018 recommendation quoted in 2.b, paragraph 6 asking the Committee of "
         "Ministers and the Parliamentary Assembly to take account of the text, a footnote, the memorandum's "
         "conclusions 201.-205. (Article 9.2 quoted with 'shall', 'should now be placed on a legal footing', "
         "'should be confined to legality'). The roadmap's bold measure headings cite 'paragraph 5.x', in the order "
         "d, a+e, b, (own measure 4), c, g. Key: d consultation law amended, 30 days (agrees); one measure: a "
         "impact assessment and cost added to the grant (agrees) + e property tax rate only, 'does not intend' to "
         "extend to any other tax (partly); b new published formula but in a decree 'rather than in a law' "
         "(partly); c 'does not intend to propose any change' (disagrees); g 'has taken note', referred to a "
         "treaty commission (noted); f (special law on the capital city) unanswered. Unmatched: Introduction, "
         "Measure 4 (training, the Government's own proposal), Part IV Follow-up, the signature block.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(dict(RECS)[k].split()[:n])
    recs = [
        {"number": "a", "starts_with": sw("a"),
         "reply_contains": "accompanied by a financial impact assessment agreed with the Union",
         "verdict": "agrees"},
        {"number": "b", "starts_with": sw("b"),
         "reply_contains": "laid down in a government decree rather than in a law", "verdict": "partly"},
        {"number": "c", "starts_with": sw("c"),
         "reply_contains": "does not intend to propose any change to it", "verdict": "disagrees"},
        {"number": "d", "starts_with": sw("d"),
         "reply_contains": "at least 30 days before their adoption", "verdict": "agrees"},
        {"number": "e", "starts_with": sw("e"),
         "reply_contains": "rate-setting powers over any other tax", "verdict": "partly"},
        {"number": "f", "starts_with": sw("f"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "g", "starts_with": sw("g"),
         "reply_contains": "referred to the inter-ministerial commission on international treaties",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["during the post-monitoring meeting held in Darvel",
                                  "certified programme in municipal finance to the finance officers",
                                  "will report to the Congress on the implementation of this roadmap"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b58en.py"), NAME)) and 1)
