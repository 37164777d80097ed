"""Round 38 (EN): an OPINION of the European Economic and Social Committee on a Commission communication,
answered by the Commission's periodic FOLLOW-UP document on EESC opinions (one table per opinion: 'Points of the
EESC opinion considered essential' | 'Commission position'). The advice (invented TEN/862 on an invented action
plan for rural mobility) has the EESC masthead block (rapporteur, referral, legal basis Article 304 TFEU, section,
adoption dates, outcome of the vote), '1. Conclusions and recommendations' with paragraphs 1.1-1.9 - the
recommendations are the paragraphs that ask someone to act (numbered by paragraph); 1.1 'welcomes' and 1.4 'is
concerned' are not -, then '2. Background', '3. General comments' restating several points with 'should', and
'4. Specific comments' with a figures table. The response is the Commission's follow-up document for the plenary
session: a short introduction and one ruled table whose rows cite the opinion's points in another order, one row
for points 1.3 and 1.7 with two different positions, a row answering the 'welcome' in 1.1 (unmatched), and point 1.9
absent. Chromium headless --print-to-pdf from HTML, A4; running header/footer stamped with PyMuPDF. All content
invented; only Article 304 TFEU, Regulation (EC) No 1370/2007 and Regulation (EU) 2023/955 are real references.

Run:  /tmp/blind38en/bin/python tests/docs/src/blind38/gen_en_eesc_chromium.py
"""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b38en as H

NAME = "blind38_en_eesc"


def css(page):
    fonts = ""
    for fam, f, extra in (("LS", "LiberationSans-Regular.ttf", ""),
                          ("LS", "LiberationSans-Bold.ttf", "font-weight:bold;"),
                          ("LS", "LiberationSans-Italic.ttf", "font-style:italic;"),
                          ("LR", "LiberationSerif-Regular.ttf", ""),
                          ("LR", "LiberationSerif-Bold.ttf", "font-weight:bold;"),
                          ("LR", "LiberationSerif-Italic.ttf", "font-style:italic;")):
        fonts += "@font-face{font-family:%s;src:url(file://%s);%s}\n" % (fam, H.clean_font(f), extra)
    return fonts + """
@page {size: %s; margin: 2.3cm 2.2cm 2.2cm 2.2cm;}
body {font-family: LR; font-size: 11.5pt; line-height: 1.35; font-variant-ligatures: none; color: #000;}
.mast {font-family: LS; border-bottom: 1pt solid #000; padding-bottom: 6pt; margin-bottom: 10pt;}
.mast .org {font-size: 13pt; font-weight: bold; color: #1b4f8a;}
.mast .ref {font-size: 10pt; text-align: right;}
.title {text-align: center; font-weight: bold; font-size: 13pt; margin: 14pt 0 4pt 0;}
.subt {text-align: center; font-style: italic; margin-bottom: 10pt;}
.meta td {border: none; padding: 1pt 6pt 1pt 0; font-size: 10.5pt; vertical-align: top;}
.meta td:first-child {width: 5.2cm; font-style: italic;}
h2 {font-size: 11.5pt; font-weight: bold; margin: 14pt 0 6pt 0;}
.para {display: flex; margin: 0 0 7pt 0; text-align: justify;}
.para .n {flex: 0 0 1.3cm;}
.para .t {flex: 1;}
table.fig {border-collapse: collapse; width: 80%%; margin: 4pt 0 8pt 1.3cm; font-size: 10pt;}
table.fig td, table.fig th {border: 0.6pt solid #444; padding: 2pt 5pt; text-align: left;}
table.fu {border-collapse: collapse; width: 100%%; font-size: 10pt; font-family: LS;}
table.fu td, table.fu th {border: 0.7pt solid #333; padding: 4pt 5pt; vertical-align: top; text-align: left;}
table.fu th {background: #d9e2f0;}
table.fu td.n {width: 0.8cm;}
table.fu td.p {width: 44%%;}
.box {border: 0.8pt solid #333; padding: 5pt 8pt; font-family: LS; font-size: 10pt; margin-bottom: 10pt;}
p {margin: 0 0 7pt 0; text-align: justify;}
.sig {margin-top: 14pt;}
""" % page


def pdf(html, path, page="A4"):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "doc.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css(page) + "</style></head><body>"
                     + html + "</body></html>")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(d, "prof"), "--print-to-pdf=" + path,
                        "file://" + src], check=True, capture_output=True, timeout=120)


def para(n, t):
    return f'<div class="para"><div class="n">{n}</div><div class="t">{t}</div></div>'


ADVICE = """
<div class="mast"><div class="org">European Economic and Social Committee</div>
<div class="ref">TEN/862<br>Rural mobility action plan</div></div>
<div class="title">OPINION</div>
<div class="subt">European Economic and Social Committee<br>Communication from the Commission to the European
Parliament, the Council, the European Economic and Social Committee and the Committee of the Regions - Moving
together: an EU action plan for affordable and accessible rural mobility<br>[COM(2026) 214 final]</div>
<table class="meta">
<tr><td>Rapporteur:</td><td>Tomasz WIERZBICKI</td></tr>
<tr><td>Co-rapporteur:</td><td>Aoife NÍ BHRIAIN</td></tr>
<tr><td>Referral</td><td>European Commission, 30/04/2026</td></tr>
<tr><td>Legal basis</td><td>Article 304 of the Treaty on the Functioning of the European Union</td></tr>
<tr><td>Section responsible</td><td>Transport, Energy, Infrastructure and the Information Society</td></tr>
<tr><td>Adopted in section</td><td>02/07/2026</td></tr>
<tr><td>Adopted at plenary</td><td>16/07/2026</td></tr>
<tr><td>Plenary session No</td><td>608</td></tr>
<tr><td>Outcome of vote (for/against/abstentions)</td><td>187/4/11</td></tr>
</table>
<h2>1.&nbsp;&nbsp;Conclusions and recommendations</h2>
""".replace("&nbsp;", " ") + "".join([
    para("1.1", "The EESC welcomes the Commission's action plan as the first attempt to treat rural mobility as a "
         "policy field in its own right, and supports its aim of ensuring that no rural resident is more than "
         "one hour by public or shared transport from essential services."),
    para("1.2", "The EESC calls on the Commission to propose, by 2028, a common EU definition of mobility poverty "
         "with indicators that Member States must report, so that progress can be compared across regions."),
    para("1.3", "The EESC recommends that the mid-term review of the 2021-2027 cohesion policy programmes earmark "
         "at least 15 % of the allocations for sustainable transport to rural public transport and shared mobility."),
    para("1.4", "The EESC is concerned that the action plan relies heavily on digital booking tools, which may "
         "exclude older people and persons with disabilities, and that its funding is drawn from existing "
         "programmes rather than new resources."),
    para("1.5", "The EESC urges the Member States to integrate demand-responsive transport into their regional "
         "public transport plans and to guarantee a minimum level of service in every municipality."),
    para("1.6", "The EESC asks the Commission to set up a European Rural Mobility Observatory to collect data, "
         "monitor the implementation of the action plan and disseminate good practice."),
    para("1.7", "The EESC recommends that the Commission issue guidance on the award of public service contracts "
         "for rural bus and on-demand services under Regulation (EC) No 1370/2007, including for small operators "
         "and social economy enterprises."),
    para("1.8", "The EESC calls for the structured involvement of the social partners and civil society "
         "organisations, including those representing passengers and rural workers, in the governance of the "
         "action plan."),
    para("1.9", "Finally, the EESC proposes that rural accessibility indicators be included in the European "
         "Semester country reports from the 2028 cycle onwards."),
]) + """
<h2>2.&nbsp;&nbsp;Background</h2>
""".replace("&nbsp;", " ") + "".join([
    para("2.1", "On 29 April 2026 the Commission adopted the communication 'Moving together', following the Long-"
         "term Vision for the EU's Rural Areas and the Rural Pact. It proposes 24 actions in four strands: "
         "planning, funding, innovation and skills."),
    para("2.2", "According to the Commission, 31 % of rural residents have no bus stop with at least hourly "
         "service within walking distance, against 6 % in cities; in some regions the figure exceeds 50 %."),
]) + """
<h2>3.&nbsp;&nbsp;General comments</h2>
""".replace("&nbsp;", " ") + "".join([
    para("3.1", "The EESC shares the Commission's analysis that car dependency in rural areas is not a lifestyle "
         "choice but the result of decades of decline in public services. Rural households spend on average "
         "a larger share of their income on transport than urban households."),
    para("3.2", "Without a shared definition of mobility poverty the scale of the problem cannot be measured. "
         "Such a definition should build on the concept of transport poverty already used in Regulation (EU) "
         "2023/955 establishing the Social Climate Fund, but it should also capture the availability of services."),
    para("3.3", "Funding is the weakest part of the action plan. In the EESC's view, rural public transport should "
         "not have to compete with urban projects for the same cohesion funds, which is why a ring-fenced share is "
         "needed."),
    para("3.4", "Local and regional authorities are responsible for organising public transport. The Member States "
         "should nevertheless ensure that these authorities have the means to do so."),
]) + """
<h2>4.&nbsp;&nbsp;Specific comments</h2>
""".replace("&nbsp;", " ") + "".join([
    para("4.1", "The EESC notes the following figures from the Commission's staff working document on the share of "
         "the population with access to public transport services:"),
    """<table class="fig"><tr><th>Type of area</th><th>Hourly service within 500 m</th><th>No regular service</th></tr>
<tr><td>Cities</td><td>94 %</td><td>1 %</td></tr><tr><td>Towns and suburbs</td><td>78 %</td><td>7 %</td></tr>
<tr><td>Rural areas</td><td>69 %</td><td>18 %</td></tr><tr><td>Remote rural areas</td><td>41 %</td><td>36 %</td></tr>
</table>""",
    para("4.2", "Public service contracts are often too large for local operators to bid for. Experience in several "
         "Member States shows that smaller lots and simplified procedures attract social economy enterprises and "
         "community transport schemes."),
    para("4.3", "The EESC recalls its opinion TEN/741 on the Sustainable and Smart Mobility Strategy, in which it "
         "asked that rural areas be treated as a priority in the review of the trans-European transport network."),
    para("4.4", "The action plan should be reviewed in 2029 in the light of the Observatory's data."),
]) + """
<p class="sig">Brussels, 16 July 2026</p>
<p>The President of the European Economic and Social Committee<br><br>Elena MARKOVIC-LANG</p>
<div class="box">NB: The outcome of the vote on amendments rejected in the plenary is set out in the appendix to
this opinion (not reproduced).</div>
"""

RESPONSE = """
<div class="mast"><div class="org">EUROPEAN COMMISSION</div>
<div class="ref">SP(2026) 611<br>Brussels, 12 November 2026</div></div>
<div class="title">Follow-up to the opinions of the European Economic and Social Committee</div>
<div class="subt">608th plenary session, 15-16 July 2026</div>
<p>This document sets out the Commission's position on the main points of the opinions adopted by the European
Economic and Social Committee at its July 2026 plenary session. For each opinion, the points considered essential
are summarised in the left-hand column and the Commission's position is given in the right-hand column. Opinions
on which a separate follow-up has been provided in the legislative procedure are not included.</p>
<p><b>3. TEN/862 - Rural mobility action plan</b><br><i>COM(2026) 214 final - Rapporteur: Tomasz Wierzbicki
(Workers - PL); Co-rapporteur: Aoife Ní Bhriain (Civil Society Organisations - IE)</i><br>
<i>DG MOVE - Commissioner for Sustainable Transport and Tourism</i></p>
<table class="fu">
<tr><th>N°</th><th>Points of the EESC opinion considered essential</th><th>Commission position</th></tr>
<tr><td class="n">1.</td><td class="p">The EESC supports the aim of the action plan and its one-hour access
objective (point 1.1).</td><td>The Commission welcomes the Committee's broad support for the action plan and for
the access objective, which it regards as the core of the Union's commitment to rural areas.</td></tr>
<tr><td class="n">2.</td><td class="p">The EESC asks for a European Rural Mobility Observatory (point 1.6).</td>
<td>The Commission agrees. The Observatory will be launched in the first half of 2027 within the Rural Pact
Support Office, with an initial budget of EUR 2.4 million under the Connecting Europe Facility technical
assistance.</td></tr>
<tr><td class="n">3.</td><td class="p">The EESC calls for a ring-fenced share of cohesion funding for rural
public transport and for guidance on public service contracts for small operators (points 1.3 and 1.7).</td>
<td>Programming choices under shared management are made by the Member States and regions in partnership with the
Commission. The Commission therefore cannot propose to earmark a fixed share of allocations at the mid-term
review, although it will encourage programme authorities to consider rural needs when reprogramming.<br><br>
As regards public service contracts, the Commission will publish an interpretative notice on the award of contracts
for rural and on-demand services, including the use of smaller lots, in the second quarter of 2027.</td></tr>
<tr><td class="n">4.</td><td class="p">The EESC calls for a common EU definition of mobility poverty (point
1.2).</td><td>The Commission shares the view that comparable data are needed. It does not, however, intend to
propose a new legal definition, since the definition of transport poverty in Regulation (EU) 2023/955 already
applies. It will instead develop, with Eurostat, a common set of voluntary indicators by 2028.</td></tr>
<tr><td class="n">5.</td><td class="p">The EESC calls for the involvement of the social partners and civil
society (point 1.8).</td><td>The Commission already involves these organisations through the Rural Pact community
and the Rural Pact Council, where passenger and trade union organisations hold seats, and will continue to do so
in the implementation of the action plan.</td></tr>
<tr><td class="n">6.</td><td class="p">The EESC urges Member States to integrate demand-responsive transport and
guarantee a minimum service level (point 1.5).</td><td>The Commission takes note of this point, which falls within
the competence of the Member States and their regional authorities. It will be shared with the Member States'
experts in the Urban and Rural Mobility expert group.</td></tr>
</table>
"""


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    pdf(ADVICE, adv)
    H.stamp(adv, header="TEN/862 - EESC-2026-02148-00-00-AC-TRA (EN)",
            footer="TEN/862 - EESC-2026-02148-00-00-AC-TRA (EN)  {n}/{N}", skip_first=False)
    pdf(RESPONSE, rsp)
    H.stamp(rsp, header="Follow-up to EESC opinions - 608th plenary session", footer="{n}", skip_first=True)
    recs = [
        {"number": "1.2", "starts_with": "The EESC calls on the Commission to propose, by 2028, a common",
         "reply_contains": "does not, however, intend to propose a new legal definition", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "1.3", "starts_with": "The EESC recommends that the mid-term review of the 2021-2027",
         "reply_contains": "cannot propose to earmark a fixed share of allocations", "verdict": "disagrees"},
        {"number": "1.5", "starts_with": "The EESC urges the Member States to integrate demand-responsive transport",
         "reply_contains": "The Commission takes note of this point, which falls within",
         "verdict": "noted"},
        {"number": "1.6", "starts_with": "The EESC asks the Commission to set up a European Rural Mobility",
         "reply_contains": "The Observatory will be launched in the first half of 2027", "verdict": "agrees"},
        {"number": "1.7", "starts_with": "The EESC recommends that the Commission issue guidance on the award",
         "reply_contains": "will publish an interpretative notice on the award of contracts", "verdict": "agrees"},
        {"number": "1.8", "starts_with": "The EESC calls for the structured involvement of the social partners",
         "reply_contains": "already involves these organisations through the Rural Pact community",
         "verdict": "agrees"},
        {"number": "1.9", "starts_with": "Finally, the EESC proposes that rural accessibility indicators be included",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["welcomes the Committee's broad support for the action plan"]
    notes = ("EESC opinion (invented TEN/862 on an invented Commission action plan for rural mobility) answered by "
             "the Commission's follow-up document on EESC opinions of that plenary session (Chromium headless, A4, "
             "serif opinion, sans follow-up table, stamped headers/footers). Advice: '1. Conclusions and "
             "recommendations' paragraphs 1.1-1.9; the recommendations are the seven paragraphs asking someone to "
             "act, numbered by paragraph: 1.2 'calls on the Commission to propose', 1.3 'recommends that the "
             "mid-term review ... earmark', 1.5 'urges the Member States', 1.6 'asks the Commission to set up', "
             "1.7 'recommends that the Commission issue guidance', 1.8 'calls for the structured involvement', 1.9 "
             "'Finally, the EESC proposes'. Not recommendations: 1.1 'welcomes', 1.4 'is concerned'; the masthead "
             "(Article 304 TFEU, dates, vote 187/4/11), 'General comments' 3.1-3.4 restating points with 'should', "
             "4.1's figures table, 4.3 recalling the earlier opinion TEN/741, 4.4 'should be reviewed in 2029'. "
             "Response: one table N° | points considered essential | Commission position, rows citing '(point "
             "1.x)' in the order 1.1, 1.6, 1.3+1.7, 1.2, 1.8, 1.5: row 1 answers the welcome (unmatched); Observatory "
             "launched 2027 (1.6 agrees); ONE row for 1.3 and 1.7: 'cannot propose to earmark a fixed share' (1.3 "
             "disagrees) and an interpretative notice in 2027 (1.7 agrees); no new legal definition but voluntary "
             "indicators (1.2 partly, disagrees acceptable); 'already involves' (1.8 agrees); 'takes note ... falls "
             "within the competence of the Member States' (1.5 noted); 1.9 (European Semester) has no row "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
