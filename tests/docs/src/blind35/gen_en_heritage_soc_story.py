"""Round 35 (EN): an international heritage convention's REACTIVE MONITORING MISSION REPORT on a listed site,
answered by the State Party's STATE OF CONSERVATION REPORT. The advice (an invented convention secretariat and
advisory body visiting an invented harbour town) has a mission data table, numbered paragraphs, the Committee's
previous decision quoted with its own numbered 'Requests' paragraphs, findings with 'should', an assessment table
of attributes, and seven lettered recommendations (a)-(g) after 'The mission recommends that the State Party:' in
a framed panel. The response follows the standard state-of-conservation format: executive summary, section 2
'Response from the State Party to the Committee's Decision' with the replies ordered by the decision's paragraphs
(so the mission's letters appear in another order, two in one paragraph with different positions, (e) never
answered), section 3 'Other current conservation issues' (storm damage) that answers nothing, and the public-access
and signature sections. PyMuPDF Story, A4, cleaned Liberation fonts; running header and 'Page n of N' stamped.
All content (convention bodies, State, site, decisions, people, figures) invented.

Run:  /tmp/blind35en/bin/python tests/docs/src/blind35/gen_en_heritage_soc_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b35en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind35_en_heritage_soc"

CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
@font-face {font-family: LR; src: url(LiberationSerif-Regular.ttf);}
@font-face {font-family: LR; src: url(LiberationSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: LR; src: url(LiberationSerif-Italic.ttf); font-style: italic;}
body {font-family: LR; font-size: 10.6pt; line-height: 1.3;}
p {margin: 0 0 5pt 0; text-align: justify;}
h1 {font-family: LS; font-size: 15pt; color: #3b4f7a; margin: 0 0 4pt 0;}
h2 {font-family: LS; font-size: 11.5pt; color: #3b4f7a; margin: 10pt 0 4pt 0;}
h3 {font-family: LS; font-size: 10pt; margin: 6pt 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {font-family: LS; border: 0.5pt solid #888888; padding: 2.5pt; vertical-align: top; font-size: 8.8pt;
 text-align: left;}
th {font-weight: bold; color: #3b4f7a;}
p.small {font-family: LS; font-size: 8pt; color: #444444;}
p.q {margin-left: 18pt; font-style: italic; font-size: 9.8pt;}
"""


def archive():
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
              "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"):
        H.clean_font(f)
    return fitz.Archive(H.CLEAN)


class Flow:
    def __init__(self, path, L, R, T, B):
        self.page = fitz.paper_rect("a4")
        self.L, self.R, self.T, self.B = L, R, T, B
        self.writer = fitz.DocumentWriter(path)
        self.dev = self.writer.begin_page(self.page)
        self.y = T
        self.pno = 0
        self.panels = []

    def add(self, html, pad=0, panel=None, gap=6):
        st = fitz.Story(html="<body>" + html + "</body>", user_css=CSS, archive=archive())
        more = True
        while more:
            r = fitz.Rect(self.L + pad, self.y + pad, self.R - pad, self.B - pad)
            more, filled = st.place(r)
            st.draw(self.dev)
            f = fitz.Rect(filled)
            if panel:
                self.panels.append((self.pno, fitz.Rect(self.L, self.y, self.R, f.y1 + pad), *panel))
            if more:
                self.writer.end_page()
                self.dev = self.writer.begin_page(self.page)
                self.pno += 1
                self.y = self.T
            else:
                self.y = f.y1 + pad + gap

    def close(self):
        self.writer.end_page()
        self.writer.close()


def paint(path, panels):
    doc = fitz.open(path)
    for pno, rect, fill, stroke in panels:
        shape = doc[pno].new_shape()
        shape.draw_rect(rect)
        shape.finish(color=stroke, fill=fill, width=1.0)
        shape.commit(overlay=False)
    doc.saveIncr()
    doc.close()


REC = {
    "a": "Suspend all works on the cruise terminal at Pier 4 until a Heritage Impact Assessment prepared in line "
         "with the Guidance has been reviewed by ICML and the Secretariat;",
    "b": "Reduce the height of the proposed Harbour Gate hotel to no more than that of the adjacent Customs House "
         "(five storeys), so that the historic skyline seen from the sea is retained;",
    "c": "Complete and formally adopt the revised Management Plan, with a dedicated site manager and an annual "
         "budget, before the end of 2027;",
    "d": "Prepare a proposal for a minor boundary modification to establish a buffer zone that includes the "
         "harbour basin and the Kalos headland;",
    "e": "Create a grant scheme to help private owners of the 214 listed houses in the Old Town to repair roofs "
         "and facades using traditional materials;",
    "f": "Limit cruise ship calls to a maximum of two per day during the high season and introduce a visitor "
         "management system for the Old Town;",
    "g": "Invite a joint Secretariat/ICML Advisory mission in 2028 to review progress on the implementation of "
         "these recommendations.",
}

ADVICE_TOP = """
<p class="small" style="margin-bottom: 1pt">INTERNATIONAL HERITAGE CONVENTION SECRETARIAT |
INTERNATIONAL COUNCIL ON MONUMENTS AND LANDSCAPES (ICML)</p>
<h1>Report on the Joint Reactive Monitoring Mission to the Old Town and Harbour of Velestra, Republic of Ardenia
(C 1342)</h1>
<p class="small">Mission dates: 9&ndash;14 November 2026 &middot; Report finalised: 20 January 2027</p>
<table>
<tr><th width="30%">Property</th><td>Old Town and Harbour of Velestra</td></tr>
<tr><th>State Party</th><td>Republic of Ardenia</td></tr>
<tr><th>Inscription</th><td>2004, criteria (ii) and (iv); extension 2011</td></tr>
<tr><th>Mission team</th><td>Dr Ilse Marquardt-Owusu (Secretariat); Prof. Tiago Barreiros Lund (ICML)</td></tr>
<tr><th>Authority for the mission</th><td>Decision HC 48/7B.22 (2025)</td></tr>
</table>
<h2>1. Background to the mission</h2>
<p>1. The property was inscribed in 2004 as an exceptionally complete example of a fortified Mediterranean
trading port. Its Outstanding Universal Value rests on the walled Old Town, the sixteenth-century harbour works
and the skyline of towers and domes seen from the sea.</p>
<p>2. In 2025 the Committee, having been informed of plans for a cruise terminal and a hotel at the harbour
entrance, adopted Decision HC 48/7B.22, which in its operative paragraphs:</p>
<p class="q">4. Requests the State Party to submit to the Secretariat, before any irreversible decision is taken,
detailed information and a Heritage Impact Assessment (HIA) for the Pier 4 cruise terminal and the Harbour Gate
hotel;</p>
<p class="q">5. Also requests the State Party to invite a joint Secretariat/ICML Reactive Monitoring mission to
the property to assess its state of conservation;</p>
<p>3. The mission was invited by the State Party's letter of 2 July 2026. It met the Ministry of Culture, the
Municipality of Velestra, the Port Authority, the developers of both projects and local civil society
organisations, and visited the harbour by boat.</p>
<h2>2. Findings</h2>
<h3>2.1 Management system</h3>
<p>4. A revised Management Plan was drafted in 2023 but has not been adopted, and the post of site manager has
been vacant since 2024. Responsibilities are divided between the Ministry and the Municipality without a
coordinating body. A property of this complexity should have a functioning management structure with its own
resources.</p>
<p>5. The property has no buffer zone. The harbour basin, from which the skyline is principally seen, is
outside the boundary and is governed by port regulations that take no account of heritage.</p>
<h3>2.2 Cruise terminal at Pier 4</h3>
<p>6. Piling for the terminal had begun when the mission visited, although no HIA had been submitted as the
Committee requested. The design, a 240-metre shed with a 19-metre roof, would screen the sea gate and the
lower town walls from the water. The mission considers that the works should not have started before the
Committee's request was met.</p>
<h3>2.3 Harbour Gate hotel</h3>
<p>7. The eleven-storey hotel would be almost twice the height of the Customs House and would break the
skyline in the principal view from the sea. The mission was informed that the building permit is under appeal.</p>
<h3>2.4 Tourism and the historic fabric</h3>
<p>8. Cruise calls rose from 96 in 2019 to 241 in 2026, with up to five ships a day in August. The narrow streets
of the Old Town are congested and residents are moving out: the population of the walled town fell from 4,900 in
2011 to 3,100 in 2025. About a third of the listed houses show roof or facade decay.</p>
<table>
<tr><th>Attribute of OUV</th><th width="22%">Condition</th><th width="22%">Trend</th></tr>
<tr><td>Town walls and sea gate</td><td>Good</td><td>Threatened (Pier 4)</td></tr>
<tr><td>Harbour works (moles, lighthouse)</td><td>Fair</td><td>Stable</td></tr>
<tr><td>Skyline seen from the sea</td><td>Good</td><td>Threatened (hotel, terminal)</td></tr>
<tr><td>Domestic architecture of the Old Town</td><td>Fair to poor</td><td>Declining</td></tr>
</table>
<p class="small" style="margin-top: 2pt">Table 1: Mission's assessment of the attributes of Outstanding
Universal Value.</p>
<h2>3. Conclusions</h2>
<p>9. The mission concludes that the property still conveys its Outstanding Universal Value, but that the
cruise terminal and the hotel, if built as designed, would have a significant adverse impact on it. The mission
does not, at this stage, consider that the criteria for inscription on the List in Danger are met, provided the
State Party acts promptly.</p>
<h2>4. Recommendations</h2>
<p>10. The mission recommends that the State Party:</p>
"""

ADVICE_RECS = "".join('<p style="margin-left: 16pt; text-indent: -16pt;">(%s)  %s</p>' % (k, REC[k])
                      for k in "abcdefg")

ADVICE_END = """
<p>11. It will be for the Committee, at its 49th session, to decide whether to request a state of
conservation report from the State Party by 1 December 2027 and whether further review is needed.</p>
<h2>Annexes</h2>
<p>Annex I: Terms of reference. Annex II: Programme and persons met. Annex III: Maps and photographs (not
reproduced in this extract).</p>
"""

RESPONSE = """
<p class="small" style="margin-bottom: 1pt">REPUBLIC OF ARDENIA &middot; MINISTRY OF CULTURE AND
HERITAGE</p>
<h1>State of Conservation Report by the State Party</h1>
<p><b>Old Town and Harbour of Velestra (C 1342)</b><br/>Submitted to the International Heritage Convention
Secretariat on 28 November 2027</p>
<h2>1. Executive Summary of the report</h2>
<p>This report responds to Decision HC 49/7B.31 adopted by the Committee at its 49th session (2027), which
endorsed the recommendations of the 2026 joint Reactive Monitoring mission and requested the State Party to
report on their implementation. Significant progress has been made on the management system and on tourism.
On the two development projects, the State Party has taken steps to reduce their impact, while explaining below
where it has reached a different view from the mission.</p>
<h2>2. Response from the State Party to the Committee's Decision</h2>
<h3>Paragraph 4 of the Decision: management system and buffer zone</h3>
<p>The revised Management Plan was adopted by Government Decree No. 114/2027 of 3 March 2027. A Site Management
Office with a manager and four staff opened in May 2027, with an annual budget of EUR 620,000 shared by the
Ministry and the Municipality. As regards the buffer zone, the State Party has carefully considered the
mission's recommendation but has concluded that it is not appropriate to include the harbour basin, which is
an active commercial port under a separate legal regime. The State Party does not intend to submit a boundary
modification; views from the sea are instead protected through heritage provisions inserted in the Velestra
Maritime Spatial Plan (2027).</p>
<h3>Paragraph 5 of the Decision: the Pier 4 cruise terminal</h3>
<p>All works at Pier 4 were suspended by ministerial order on 12 January 2027 and remain suspended. An HIA
prepared by independent consultants was submitted to the Secretariat on 30 June 2027, and the State Party awaits
the technical review by ICML before any decision on resuming construction.</p>
<h3>Paragraph 6 of the Decision: the Harbour Gate hotel</h3>
<p>Following the mission, the developer submitted a revised design, reducing the building from eleven to seven
storeys and setting back the two upper floors. The State Party considers that a five-storey limit would make
the project unviable and would expose the Municipality to claims for compensation. The revised design and its
visual simulations are attached as Annex 3 for review.</p>
<h3>Paragraph 7 of the Decision: tourism management</h3>
<p>A Port Authority regulation of 1 April 2027 caps cruise calls at two ships a day from June to September. A
timed-entry system for groups at the sea gate began in July 2027, and visitor numbers are monitored in real
time.</p>
<h3>Paragraph 9 of the Decision: Advisory mission</h3>
<p>The State Party takes note of the recommendation to invite an Advisory mission in 2028 and will consider the
timing once the review of the HIA has been completed.</p>
<h2>3. Other current conservation issues identified by the State Party</h2>
<p>On 17 November 2026 a severe storm damaged about 60 metres of the western mole. Emergency stabilisation was
carried out using the original limestone blocks recovered from the seabed, under the supervision of the Site
Management Office; permanent repairs are planned for spring 2028.</p>
<h2>4. Potential major restorations, alterations and/or new construction(s)</h2>
<p>In conformity with the Operational Guidelines, the State Party informs the Committee that no new major
projects are planned other than those described in section 2.</p>
<h2>5. Public access to the state of conservation report</h2>
<p>The State Party agrees to the full report being uploaded for public access.</p>
<h2>6. Signature of the Authority</h2>
<p>Elena Vasilaki-Moreau, Director-General for Cultural Heritage, Ministry of Culture and Heritage</p>
"""


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    W, Hh = fitz.paper_rect("a4").width, fitz.paper_rect("a4").height
    fl = Flow(adv, 60, W - 60, 52, Hh - 56)
    fl.add(ADVICE_TOP, gap=2)
    fl.add(ADVICE_RECS, pad=8, panel=((0.95, 0.96, 0.99), (0.23, 0.31, 0.48)), gap=6)
    fl.add(ADVICE_END)
    fl.close()
    paint(adv, fl.panels)
    H.stamp(adv, header="Reactive Monitoring Mission  -  Old Town and Harbour of Velestra (C 1342)  -  2026",
            footer="Page {n} of {N}", skip_first=True)
    fl = Flow(rsp, 60, W - 60, 52, Hh - 56)
    fl.add(RESPONSE)
    fl.close()
    H.stamp(rsp, header="State of Conservation Report  -  Republic of Ardenia  -  C 1342",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "a", "starts_with": "Suspend all works on the cruise terminal at Pier 4 until",
         "reply_contains": "All works at Pier 4 were suspended by ministerial order",
         "verdict": "agrees"},
        {"number": "b", "starts_with": "Reduce the height of the proposed Harbour Gate hotel to no",
         "reply_contains": "reducing the building from eleven to seven storeys", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "c", "starts_with": "Complete and formally adopt the revised Management Plan, with a dedicated",
         "reply_contains": "adopted by Government Decree No. 114/2027 of 3 March 2027", "verdict": "agrees"},
        {"number": "d", "starts_with": "Prepare a proposal for a minor boundary modification to establish",
         "reply_contains": "does not intend to submit a boundary modification", "verdict": "disagrees"},
        {"number": "e", "starts_with": "Create a grant scheme to help private owners of the 214",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "f", "starts_with": "Limit cruise ship calls to a maximum of two per day",
         "reply_contains": "caps cruise calls at two ships a day", "verdict": "agrees"},
        {"number": "g", "starts_with": "Invite a joint Secretariat/ICML Advisory mission in 2028 to review",
         "reply_contains": "will consider the timing once the review of the HIA", "verdict": "noted"},
    ]
    unmatched = ["a severe storm damaged about 60 metres of the western mole"]
    notes = ("International heritage convention reactive monitoring mission report answered by the State Party's "
             "state of conservation report (invented International Heritage Convention Secretariat, advisory "
             "body ICML, Republic of Ardenia, Old Town and Harbour of Velestra C 1342; PyMuPDF Story, A4, "
             "framed recommendations panel drawn under the text, stamped running header and 'Page n of N'). "
             "Advice: seven lettered recommendations '(a)'-'(g)' after paragraph 10 'The mission recommends "
             "that the State Party:', infinitive clauses ending ';' (numbers as printed, 'a' ... 'g'). Traps: "
             "mission data table, numbered paragraphs 1.-11., the Committee's earlier Decision HC 48/7B.22 quoted "
             "with its own numbered 'Requests' paragraphs 4 and 5, findings with 'should' ('should have a "
             "functioning management structure', 'should not have started'), Table 1 of attributes, the "
             "conclusions on the List in Danger, paragraph 11 on what the Committee may decide (no "
             "recommendation). Response: state of "
             "conservation report whose section 2 is ordered by the paragraphs of a LATER decision (HC "
             "49/7B.31), never citing the mission's letters, order c+d, a, b, f, g: ONE paragraph for the "
             "management plan (adopted by decree = c agrees) and the buffer zone ('does not intend to submit a "
             "boundary modification' = d disagrees); Pier 4 works suspended, HIA submitted = a agrees; hotel "
             "reduced to seven storeys, five 'would make the project unviable' = b partly (also disagrees); "
             "cruise cap of two ships a day and timed entry = f agrees; 'takes note ... will consider the "
             "timing' = g noted. (e) (grants for private owners) is not answered (unanswered). Section '3. "
             "Other current conservation issues' (storm damage to the western mole) answers no recommendation "
             "(unmatched); sections 4-6 are form furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
