"""Round 146 (EN): a civil justice advisory council's REPORT on pre-action conduct in housing disrepair claims,
answered by the justice department's GOVERNMENT RESPONSE (command paper) with a TABLE 'No. | Recommendation
(summary) | Government response' that NUMBERS the recommendations 1-7 itself although the report does not, in
another order, the verdict opening each response ('Accepted', 'Accepted in part', 'Not accepted', 'Not accepted at
this time', 'Noted'), one recommendation left out.
The advice: paragraphs 1.1-5.2 under sections 1-5; the seven recommendations UNNUMBERED SENTENCES IN RUNNING TEXT
of section 4, worded in seven ways ('We recommend that ...', 'The Council therefore recommends ...', '... should
publish ...', 'In our view the Department should ...', 'Tenants should be able to ...', 'It is our recommendation
that ...', 'Finally, the protocol ought to ...'). Traps: consultation respondents quoted ('landlords should be
fined ...', 'tenants must give us access'); the 1985 Act paraphrased ('the landlord must keep in repair ...'); the
existing protocol quoted ('The landlord should respond to the letter of claim within 20 working days'); findings in
section 3 with figures; 'We do not recommend that housing conditions claims be transferred ... to the property
tribunal'.
The response: foreword and introduction (nothing); table rows in the order 1, 7, 3, 2, 4, 5: inspection within 20
working days (1 agrees); template letter and translations (7 agrees); statistics yearly and by region (3 partly);
separate costs band refused (2 disagrees); surveyor panel not funded 'at this time' (4 disagrees); early advice
passed to the means review (5 noted); a row 'Other matters' on the tribunal (unmatched); next steps (nothing); 6,
claims management advertising, never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Serif / Sans via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The Landlord and Tenant Act 1985 is named as context only (what is said of it is
paraphrased and not to be relied on); the council, the department, the agency, people, figures and references are
invented.
Run:  /tmp/blind146en/bin/python tests/docs/src/blind146/gen_en_disrepair_claims_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b146en as H

NAME = "blind146_en_disrepair_claims"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 22mm 21mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 4pt 0 6pt 0; line-height: 1.22; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 10pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.np { display: flex; margin: 0 0 5pt 0; }
.np .n { flex: 0 0 11mm; }
.np .t { flex: 1; }
.q { margin: 2pt 0 6pt 11mm; padding-left: 8pt; border-left: 2pt solid %(c)s; font-style: italic; }
.cover { border-top: 4pt solid %(c)s; border-bottom: 1pt solid %(c)s; padding: 6pt 0 8pt 0; margin-bottom: 10pt; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; margin: 4pt 0 8pt 0; }
th { background: %(c)s; color: #fff; text-align: left; padding: 3pt 5pt; }
td { border: 0.6pt solid #999; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind146en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def np(n, t):
    return f"<div class='np'><div class='n'>{n}</div><div class='t'>{t}</div></div>\n"


def advice():
    body = "<div class='cover'><p class='meta'>CIVIL JUSTICE ADVISORY COUNCIL &#183; Report 14 &#183; June 2025</p>"
    body += "<h1>Housing Conditions Claims: Making Pre-Action Conduct Work</h1>"
    body += ("<p class='meta'>Report of the Council's working group on housing conditions claims, chaired by Her "
             "Honour Judge Celia Marwood-Adeyemi &#183; Secretary to the Council: Thomas Okonjo-Redfern &#183; "
             "Published 18 June 2025</p></div>")
    body += "<h2>1. Introduction</h2>"
    body += np("1.1", "In November 2024 the Department of Justice and Courts asked the Council to consider why so "
               "many claims by tenants about the condition of their homes take so long and cost so much, and what "
               "could be done before a claim is issued to resolve them more quickly.")
    body += np("1.2", "We received 63 written responses and held four round tables with tenants' groups, landlords, "
               "solicitors, surveyors and judges. We are grateful to all who took part.")
    body += np("1.3", "Views were strongly held on both sides. One tenants' group told us that <i>\"landlords should "
               "be fined for every day they ignore a letter of claim\"</i>; a federation of housing associations "
               "said that <i>\"tenants must give us access if they want repairs done\"</i>. We have tried to find "
               "changes that both sides can work with.")
    body += "<h2>2. The law and the protocol</h2>"
    body += np("2.1", "Section 11 of the Landlord and Tenant Act 1985, as we summarise it, provides that in most "
               "short tenancies the landlord must keep in repair the structure and exterior of the home and the "
               "installations for water, gas, electricity and heating.")
    body += np("2.2", "The pre-action protocol for housing conditions claims sets out the steps the parties are "
               "expected to take before going to court. Paragraph 5.2 currently states:")
    body += "<p class='q'>\"The landlord should respond to the letter of claim within 20 working days.\"</p>"
    body += np("2.3", "The protocol does not, however, set any time limit for the landlord to inspect the property, "
               "and in practice this is where most delay occurs.")
    body += "<h2>3. What we found</h2>"
    body += np("3.1", "Claims that reach a final hearing take a median of 61 weeks from issue to trial, and there "
               "are wide differences between hearing centres, from 38 weeks to more than 90.")
    body += np("3.2", "In the claims we examined, the average costs claimed by tenants' solicitors were 19,400 "
               "pounds, against average damages of 4,100 pounds. Landlords regard these costs as "
               "disproportionate; tenants' solicitors say the work cannot be done for less.")
    body += np("3.3", "Disagreements between the parties' surveyors were the main cause of delay in a third of the "
               "claims, and a single joint expert was used in fewer than one claim in ten.")
    body += np("3.4", "Many tenants first heard of the possibility of a claim through advertising by claims "
               "management firms, some of which offered cash payments to tenants who signed up.")
    body += "<h2>4. Our recommendations</h2>"
    body += np("4.1", "Most delay arises before anyone has looked at the property. We recommend that the protocol "
               "be amended to require the landlord to arrange an inspection within 20 working days of receiving "
               "the letter of claim, and to share the inspection report with the tenant within a further ten "
               "working days.")
    body += np("4.2", "Costs are the most contested issue. We considered leaving these claims within the general "
               "fixed costs rules, but those rules were not designed for claims that need an expert inspection and "
               "a schedule of works. The Council therefore recommends a separate fixed costs band for housing "
               "conditions claims valued at up to 25,000 pounds, set at a level that allows a tenant's solicitor "
               "to run the claim properly.")
    body += np("4.3", "Tenants, landlords and their advisers cannot plan without knowing how long a claim is likely "
               "to take. The Courts and Tribunals Agency should publish, every quarter and for each county court "
               "hearing centre, the median time from issue to trial in housing conditions claims.")
    body += np("4.4", "Disputes between experts add months to many claims. In our view the Department should fund "
               "a pilot scheme of independent surveyors, instructed jointly at a fixed fee, in three court areas "
               "for two years.")
    body += np("4.5", "Many of the tenants we heard from did not know their rights until a claims firm contacted "
               "them. Tenants should be able to obtain free legal advice on a disrepair problem before a claim is "
               "issued, whatever their income.")
    body += np("4.6", "It is our recommendation that advertising by claims management firms for housing disrepair "
               "claims be brought within the existing rules on cold calling and on inducements to claim.")
    body += np("4.7", "Finally, the protocol ought to be published with a template letter of claim in plain "
               "English, and in Welsh and the ten community languages most used in the county court.")
    body += np("4.8", "Some respondents proposed moving these claims to the property tribunal. We do not recommend "
               "that housing conditions claims be transferred from the county court to the property tribunal, "
               "because the tribunal cannot award damages for personal injury.")
    body += "<h2>5. Conclusion</h2>"
    body += np("5.1", "Taken together, these changes should bring more claims to an early settlement, with the "
               "repairs done sooner and less money spent on the dispute itself.")
    body += np("5.2", "We would be pleased to assist the Department with any consultation on the changes to the "
               "protocol.")
    render(doc(body, "Serif", "10pt", "#7a1f2b"), H.out(NAME + "_advice.pdf"))


def response():
    rows = [
        ("1", "Landlord to arrange an inspection within 20 working days of the letter of claim",
         "<b>Accepted.</b> The Government will ask the Civil Rules Committee to amend the protocol, with the "
         "amendment expected to take effect in October 2026. The Committee will also be asked to consider the "
         "timetable for sharing the inspection report."),
        ("7", "Template letter of claim in plain English and other languages",
         "<b>Accepted.</b> A model letter will be published with the amended protocol. A Welsh version will be "
         "available at the same time, and translations into the ten languages will be made available on the "
         "courts website by the end of 2026."),
        ("3", "Quarterly statistics on time from issue to trial, for each hearing centre",
         "<b>Accepted in part.</b> The Agency will show housing conditions claims separately in its annual civil "
         "justice statistics from 2026. However, figures will be given by region, not for each hearing centre, "
         "and annually rather than quarterly, as the numbers at smaller centres are too low to be reliable."),
        ("2", "Separate fixed costs band for claims up to 25,000 pounds",
         "<b>Not accepted.</b> The Government is not persuaded that a separate costs band is needed. These claims "
         "will remain within the general fixed costs regime, which is due to be reviewed as a whole in 2027; the "
         "Council's evidence will be considered in that review."),
        ("4", "Pilot of jointly instructed independent surveyors",
         "<b>Not accepted at this time.</b> The Government recognises the delay caused by competing experts but "
         "cannot fund a surveyor panel in the current spending period. Judges already have the power to direct "
         "that a single joint expert be used."),
        ("5", "Free early legal advice for tenants before a claim is issued",
         "<b>Noted.</b> The scope and eligibility rules of civil legal aid for housing are being considered in the "
         "Legal Aid Means Review, which will report in 2026, and the Council's views have been passed to the "
         "review team."),
        ("-", "Other matters: transfer of claims to the property tribunal",
         "The Government agrees with the Council that these claims should stay in the county court and has no "
         "plans to change the jurisdiction."),
    ]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = f"""
<div class='cover'><p class='meta'>DEPARTMENT OF JUSTICE AND COURTS &#183; CP 298 &#183; November 2025</p>
<h1>Housing Conditions Claims: Government Response to the Civil Justice Advisory Council's Report 14</h1>
<p class='meta'>Presented to the Assembly by the Minister for Courts and Legal Services, Alasdair Penhaligon-Obi,
by command &#183; 20 November 2025</p></div>
<h2>Foreword</h2>
<p>Everyone should be able to live in a home that is safe and in good repair. When things go wrong, tenants and
landlords need a quick and fair way to put them right. I am grateful to the Council and its working group for a
careful and balanced report, which draws on the experience of tenants, landlords, lawyers and judges.</p>
<h2>Introduction</h2>
<p>The Council's report was published on 18 June 2025. It makes seven recommendations, which the Government has
numbered 1 to 7 in the order in which they appear in section 4 of the report. This paper sets out the Government's
response to them. Recommendations are grouped below by the action they call for, not in the report's order.</p>
<h2>The Government's response</h2>
<table>
<tr><th style='width:7%'>No.</th><th style='width:30%'>Recommendation (summary)</th><th>Government response</th></tr>
{trs}
</table>
<h2>Next steps</h2>
<p>The Department will write to the Civil Rules Committee before the end of the year, and will report on progress
in its annual civil justice update in the summer of 2026.</p>
<p>Department of Justice and Courts, Castle Yard, Harnford HF1 2JC</p>
"""
    render(doc(body, "Sans", "9.6pt", "#214e34"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Civil Justice Advisory Council - Report 14 - Housing Conditions "
            "Claims", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="CP 298 - Government Response to CJAC Report 14",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "We recommend that the protocol be amended to require the landlord",
         "reply_contains": "ask the Civil Rules Committee to amend the protocol",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The Council therefore recommends a separate fixed costs band for housing",
         "reply_contains": "not persuaded that a separate costs band is needed",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "The Courts and Tribunals Agency should publish, every quarter and for",
         "reply_contains": "figures will be given by region, not for each hearing centre",
         "verdict": "partly"},
        {"number": 4, "starts_with": "In our view the Department should fund a pilot scheme of",
         "reply_contains": "cannot fund a surveyor panel in the current spending period",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Tenants should be able to obtain free legal advice on a",
         "reply_contains": "the Council's views have been passed to the review team",
         "verdict": "noted"},
        {"number": 6, "starts_with": "It is our recommendation that advertising by claims management firms",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Finally, the protocol ought to be published with a template letter",
         "reply_contains": "translations into the ten languages will be made available",
         "verdict": "agrees"},
    ]
    unmatched = ["has no plans to change the jurisdiction"]
    notes = ("Advice: a civil justice advisory council's REPORT on pre-action conduct in housing disrepair claims. "
             "The seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT inside paragraphs 4.1-4.7, worded "
             "in seven ways ('We recommend that the protocol be amended ...', 'The Council therefore recommends "
             "...', 'The Courts and Tribunals Agency should publish ...', 'In our view the Department should fund "
             "...', 'Tenants should be able to obtain ...', 'It is our recommendation that ...', 'Finally, the "
             "protocol ought to be published ...'); the expected numbers 1-7 follow their order. Traps: paragraphs "
             "1.1-5.2; respondents quoted ('landlords should be fined ...', 'tenants must give us access'); the "
             "1985 Act paraphrased ('the landlord must keep in repair'); the current protocol quoted ('The landlord "
             "should respond to the letter of claim within 20 working days'); findings 3.1-3.4 with figures; 4.8 "
             "'We do not recommend that housing conditions claims be transferred ... to the property tribunal'. "
             "Response: the department's GOVERNMENT RESPONSE (command paper) whose TABLE 'No. | Recommendation "
             "(summary) | Government response' NUMBERS the recommendations itself ('numbered 1 to 7 in the order "
             "in which they appear'), rows in the order 1, 7, 3, 2, 4, 5, each response opening with its verdict: "
             "1 'Accepted', the rules committee asked to amend the protocol (agrees); 7 'Accepted', model letter, "
             "Welsh and translations (agrees); 3 'Accepted in part', annual and by region (partly); 2 'Not "
             "accepted' (disagrees); 4 'Not accepted at this time', no funding (disagrees); 5 'Noted', passed to "
             "the means review (noted); a row 'Other matters' on the tribunal, where no recommendation was made "
             "(unmatched); foreword, introduction and next steps (nothing); 6, claims management advertising, "
             "never (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
