"""Round 132 (EN): an environmental regulator's REPRESENTATION on a water company's DRAFT DROUGHT PLAN, answered by the
company's STATEMENT OF RESPONSE, a four-column table keyed by the regulator's own references.
The advice: recommendations in TWO CODE SERIES, 'Required change RC1'-'RC4' and 'Suggested improvement SI1'-'SI3', as
bold lead-ins inside sections that follow the plan's chapters, so that the order in the text is RC1, SI1, RC2, RC3,
RC4, SI2, SI3. Traps: the Water Industry Act 1991 paraphrased ('must prepare'), the review criteria as a numbered
list of questions, a trigger table, the regulator's 2022 representation quoted with its own code ('RC3 ... should
include'), findings that are not recommendations ('We note ...'), a closing naming 'RC1 and RC4'.
The response: an opening paragraph and a table 'Ref. / Representation (summary) / Our response / Change to plan?',
rows in the order General, RC1, RC2, RC4, RC3, 'SI1 and SI2' (one row), and a row 'Customer responses' with figures
(nothing); SI3 has no row.
LibreOffice Writer headless from HTML, A4, Liberation Sans (representation) and Liberation Serif (statement); header
and 'Page N of M' stamped from page 2. All bodies, people, places, rivers, reservoirs, figures and references
invented; the Water Industry Act 1991 is named as context only (what is said of it is paraphrased and not to be
relied on).
Run:  /tmp/blind132en/bin/python tests/docs/src/blind132/gen_en_drought_plan_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b132en as H

NAME = "blind132_en_drought_plan"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.2cm 2.3cm; }
body { font-family: '%(f)s'; font-size: %(s)s; }
h1 { font-family: '%(f)s'; font-size: 16.5pt; margin-top: 0.1cm; margin-bottom: 0.15cm; color: %(c)s; }
h2 { font-family: '%(f)s'; font-size: 12pt; margin-top: 0.35cm; margin-bottom: 0.12cm; color: %(c)s; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 125%%; }
p.meta { color: #555555; font-size: 9pt; }
p.rec { margin-left: 0.5cm; }
td { font-family: '%(f)s'; font-size: %(t)s; vertical-align: top; }
th { font-family: '%(f)s'; font-size: %(t)s; text-align: left; }
li { margin-bottom: 0.06cm; }
</style>"""


def doc(body, font, colour, size, tsize):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{STYLE % {'f': font, 's': size, 'c': colour, 't': tsize}}</head><body>{body}</body></html>")


def advice():
    body = """
<p class='meta'>WEST COUNTRY RIVERS REGULATOR &#183; Water Resources (South West Area) &#183; Our ref. WCR/WR/DP26/0147</p>
<h1>Representation on Tamarside Water's draft Drought Plan 2026</h1>
<p class='meta'>To: Drought Plan Team, Tamarside Water, Kellow House, Launceford &#183; From: Dr Petra Lanyon-Moss,
Area Water Resources Manager &#183; 3 July 2025</p>
<h2>1. Introduction</h2>
<p>Thank you for consulting us on your draft Drought Plan 2026, published for consultation on 8 May 2025. Under the
Water Industry Act 1991 a water company must prepare, consult on and publish a drought plan, and must review it at
least every five years. This letter is our formal representation. We have classified each point either as a
<b>Required change</b>, which we consider must be made for the plan to be fit for purpose, or as a <b>Suggested
improvement</b>, which we would like you to consider.</p>
<p>We reviewed the draft against four questions:</p>
<ol>
<li>Are the drought triggers based on sound and up-to-date evidence?</li>
<li>Are demand-side actions taken early enough and explained clearly to customers?</li>
<li>Are the supply-side options, including drought permits, ready to use and environmentally assessed?</li>
<li>Will the company be able to monitor the effects of its actions on the environment?</li>
</ol>
<p>In our 2022 representation on your previous plan we asked, as RC3, that the plan "should include a drought
permit application ready for submission for each supply-side option". We note that you have done this for two of
the three options.</p>
<h2>2. Drought triggers (chapter 3 of the draft)</h2>
<p>We note that the triggers for Hensbarrow reservoir are unchanged since 2019 and were derived from the 1995-96
drought, before the reservoir was raised. The draft sets the following trigger levels:</p>
<table width='80%' cellpadding='3' cellspacing='0' border='1'>
<tr><th>Trigger</th><th>Hensbarrow storage (1 August)</th><th>Action in the draft</th></tr>
<tr><td>Level 1</td><td>68 per cent</td><td>Appeal for restraint</td></tr>
<tr><td>Level 2</td><td>52 per cent</td><td>Enhanced publicity, leakage teams doubled</td></tr>
<tr><td>Level 3</td><td>40 per cent</td><td>Temporary use ban</td></tr>
<tr><td>Level 4</td><td>29 per cent</td><td>Drought permit applications</td></tr>
</table>
<p class='meta'>Source: draft Drought Plan 2026, table 3.2.</p>
<p class='rec'><b>Required change RC1.</b> Recalculate the Hensbarrow triggers using the enlarged reservoir's storage
curve and a range of historic and stochastic droughts, and set out the evidence in an appendix.</p>
<p class='rec'><b>Suggested improvement SI1.</b> Show all the triggers for each source on a single chart with the
storage of the last five summers, so that customers and stakeholders can see how close each year came.</p>
<h2>3. Demand-side actions (chapter 4)</h2>
<p>Your draft waits until Level 3 to impose a temporary use ban. In 2022 neighbouring companies that acted earlier saved
between 6 and 9 per cent of demand in the first month.</p>
<p class='rec'><b>Required change RC2.</b> Bring forward the temporary use ban so that it can be imposed at Level 2,
with the decision taken by a named director.</p>
<p class='rec'><b>Required change RC3.</b> Explain how customers in vulnerable circumstances, including those who need
water for medical reasons, will be exempted from restrictions and told about them in accessible formats.</p>
<h2>4. Supply-side options (chapter 5)</h2>
<p>The draft relies on three drought permits. We note that the permit for increased abstraction from the River Caddon
at Polgarrow has no environmental assessment, although the reach supports salmon and a designated freshwater pearl
mussel population.</p>
<p class='rec'><b>Required change RC4.</b> Provide a full environmental assessment for the Polgarrow drought permit,
including mitigation for salmon and freshwater pearl mussel, before the plan is finalised.</p>
<p class='rec'><b>Suggested improvement SI2.</b> Investigate a bulk supply transfer from Brenmoor Water as a
further supply-side option, and report on its cost and lead time.</p>
<h2>5. Environmental monitoring (chapter 6)</h2>
<p>The monitoring plan covers flows and water quality but says little about river life.</p>
<p class='rec'><b>Suggested improvement SI3.</b> Extend invertebrate and fish monitoring on the River Caddon to begin
at Level 2, so that a baseline exists before any drought permit is used.</p>
<h2>6. Next steps</h2>
<p>We would expect RC1 and RC4 in particular to be resolved in your statement of response and revised plan. Please
contact Tom Ferrers-Quinn on 01632 960 417 if you would like to discuss this representation.</p>
<p>Yours faithfully,<br>Dr Petra Lanyon-Moss<br>Area Water Resources Manager</p>
"""
    return doc(body, "Liberation Sans", "#1d5b3a", "10pt", "9pt")


def response():
    rows = (
        ("General", "Support for the plan's structure; four questions used to review it.",
         "We welcome the Regulator's constructive representation and have met its officers twice, on 29 July and "
         "2 September 2025, to discuss it.", "-"),
        ("RC1", "Recalculate the Hensbarrow triggers for the enlarged reservoir.",
         "Agreed. New triggers have been derived from 200 stochastic drought sequences and the raised storage "
         "curve. Level 1 moves to 71 per cent. The evidence is in new Appendix D.", "Yes"),
        ("RC2", "Temporary use ban at Level 2.",
         "We have not made this change. Our customer research shows a ban at Level 2 would be imposed in roughly "
         "one summer in four, which we believe would undermine public support for restrictions when they are "
         "really needed. The ban therefore stays at Level 3, and the Regulator's point is recorded in section "
         "4.2.", "No"),
        ("RC4", "Environmental assessment for the Polgarrow permit.",
         "Partly made. A screening assessment and a draft mitigation plan for salmon are now in Appendix F. The "
         "full assessment, including pearl mussel surveys that can only be done in summer, will follow by "
         "March 2027, after the plan is published.", "Partly"),
        ("RC3", "Exemptions and communication for customers in vulnerable circumstances.",
         "Agreed. Section 4.5 now sets out the exemption for customers on our Priority Services Register and "
         "for medical needs, with letters in large print, Braille and easy read.", "Yes"),
        ("SI1 and SI2", "Single trigger chart; bulk supply transfer.",
         "A combined trigger chart for all sources is now included as Figure 3.1. On a transfer from Brenmoor Water, we will look at this option as part of our next Water Resources Management Plan and will share "
         "the findings with the Regulator when they are available.", "Yes / No"),
        ("Customer responses", "212 responses from customers and 9 from organisations.",
         "Most customer responses concerned hosepipe use and garden watering; a summary is in Appendix H.", "-"),
    )
    trs = "".join(f"<tr><td><b>{r}</b></td><td>{s}</td><td>{t}</td><td>{c}</td></tr>" for r, s, t, c in rows)
    body = f"""
<p class='meta'>TAMARSIDE WATER &#183; Drought Plan 2026</p>
<h1>Statement of Response to consultation on the draft Drought Plan</h1>
<p class='meta'>Published 14 October 2025 &#183; Document TW-DP26-SoR-01 &#183; Approved by the Asset and
Resilience Committee</p>
<p>This statement explains how we have considered each representation received on our draft Drought Plan 2026. The
table below deals with the representation from the West Country Rivers Regulator (ref. WCR/WR/DP26/0147) point by
point, using the Regulator's own references. A revised plan is published alongside this statement.</p>
<table width='100%' cellpadding='4' cellspacing='0' border='1'>
<tr><th width='12%'>Ref.</th><th width='25%'>Representation (summary)</th><th width='51%'>Our response</th><th width='12%'>Change to plan?</th></tr>
{trs}
</table>
<p></p>
<p>Signed on behalf of Tamarside Water: Howard Pengelly-Shah, Director of Water Resources</p>
"""
    return doc(body, "Liberation Serif", "#12405f", "10.5pt", "9.5pt")


def main():
    tmp = tempfile.mkdtemp(prefix="blind132en_lo_out_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="West Country Rivers Regulator - WCR/WR/DP26/0147",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Tamarside Water - Statement of Response TW-DP26-SoR-01",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Recalculate the Hensbarrow triggers using the enlarged reservoir's storage curve",
         "reply_contains": "New triggers have been derived from 200 stochastic drought sequences",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Show all the triggers for each source on a single chart",
         "reply_contains": "A combined trigger chart for all sources is now included",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Bring forward the temporary use ban so that it can be",
         "reply_contains": "The ban therefore stays at Level 3", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Explain how customers in vulnerable circumstances, including those who need",
         "reply_contains": "now sets out the exemption for customers on our Priority Services Register",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Provide a full environmental assessment for the Polgarrow drought permit",
         "reply_contains": "will follow by March 2027, after the plan is published", "verdict": "partly"},
        {"number": 6, "starts_with": "Investigate a bulk supply transfer from Brenmoor Water as",
         "reply_contains": "we will look at this option as part of our next", "verdict": "noted"},
        {"number": 7, "starts_with": "Extend invertebrate and fish monitoring on the River Caddon to",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["have met its officers twice, on 29 July and 2 September 2025",
                 "Most customer responses concerned hosepipe use and garden watering"]
    notes = ("Advice: an environmental regulator's REPRESENTATION LETTER on a water company's draft drought plan; "
             "recommendations in TWO CODE SERIES as bold lead-ins, 'Required change RC1'-'RC4' and 'Suggested "
             "improvement SI1'-'SI3', in sections following the plan's chapters, so the order in the text is RC1, "
             "SI1, RC2, RC3, RC4, SI2, SI3 (numbers 1-7 here). Traps: the Water Industry Act 1991 paraphrased "
             "('must prepare', 'must review'), the classification paragraph ('must be made'), four review questions "
             "as a numbered list, the regulator's own 2022 'RC3' quoted ('should include a drought permit "
             "application'), a trigger table, 'We note ...' findings, a closing naming 'RC1 and RC4'. Response: "
             "the company's STATEMENT OF RESPONSE, a four-column table 'Ref. / Representation (summary) / Our "
             "response / Change to plan?' keyed by the regulator's codes, in the order General, RC1, RC2, RC4, RC3, "
             "'SI1 and SI2', Customer responses: RC1 Agreed, new triggers (agrees); RC2 'We have not made this "
             "change', ban stays at Level 3 (disagrees); RC4 'Partly made', screening now, full assessment by March "
             "2027 (partly); RC3 Agreed, section 4.5 (agrees); one row 'SI1 and SI2': SI1 chart now included "
             "(agrees), SI2 'will look at this option as part of our next' plan (noted); SI3 has no row "
             "(unanswered). The 'General' row, the 'Customer responses' row (figures) and the opening paragraph "
             "answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
