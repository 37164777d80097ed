"""Round 45 (EN): an Irish Law Reform Commission report ('Report on Limitation of Actions for Latent Defects in
Buildings', LRC 134-2026), excerpt: title page, executive summary, part of chapter 3 (paragraphs 3.18-3.27, with
the 1957 Act quoted, the Consultation Paper's provisional recommendations quoted, and the recommendations first
made inline), and chapter 5 'Summary of Recommendations' with paragraphs 5.01-5.07 'The Commission recommends
that ...'; answered by a Dail written answer to two parliamentary questions taken together (the second on another
subject), in which the Minister for Justice answers some recommendations in one paragraph, others by referral to
another Minister, in another order. LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), A4,
Liberation Serif; running header and page numbers stamped with PyMuPDF. All content (Commission report number,
ministers, deputies, question numbers, figures) is invented.

Run:  /tmp/blind45en/bin/python tests/docs/src/blind45/gen_en_lrc_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b45en as H

NAME = "blind45_en_lrc"
TMP = "/tmp/b45en/lrc"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.4cm 2.5cm 2.2cm 2.5cm; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; }
p { margin-top: 0; margin-bottom: 8pt; text-align: justify; }
h1 { font-family: 'Liberation Serif'; font-size: 15pt; font-weight: bold; margin-bottom: 8pt; text-align: center; }
h2 { font-family: 'Liberation Serif'; font-size: 12.5pt; font-weight: bold; margin-top: 12pt; margin-bottom: 6pt; }
h3 { font-family: 'Liberation Serif'; font-size: 11.5pt; font-style: italic; font-weight: normal; margin-top: 8pt;
     margin-bottom: 4pt; }
td { font-family: 'Liberation Serif'; font-size: 11.5pt; vertical-align: top; }
"""

R = {1: "The Commission recommends that actions for negligence in respect of latent defects in buildings should "
        "be subject to a limitation period of six years from the date of knowledge.",
     2: "The Commission recommends that a long-stop period of 15 years from the date of practical completion of "
        "the building should apply to all such actions.",
     3: "The Commission recommends that the long-stop period should not run while a defendant fraudulently "
        "conceals the defect from the plaintiff.",
     4: "The Commission recommends that a subsequent purchaser of a dwelling should be entitled to sue for latent "
        "defects as if he or she had been the first owner.",
     5: "The Commission recommends that the Minister for Housing, Local Government and Heritage should establish "
        "a mandatory latent defects insurance scheme for new apartment developments.",
     6: "The Commission recommends that the new limitation rules should apply only to causes of action accruing "
        "after the commencement of the legislation.",
     7: "The Commission recommends that building control authorities should be required to retain inspection "
        "records and completion certificates for at least 25 years."}


def para(num, text):
    return ("<table width='100%%' cellpadding='0' cellspacing='0'><tr><td width='10%%' valign='top'>%s</td>"
            "<td width='90%%' valign='top'><p style='margin-bottom:7pt'>%s</p></td></tr></table>" % (num, text))


def html(body, css=CSS):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def advice():
    b = ["<p style='text-align:center; font-size:13pt; margin-top:60pt'><b>THE LAW REFORM COMMISSION</b><br>"
         "AN COIMISIÚN UM ATHCHÓIRIÚ AN DLÍ</p>",
         "<p style='text-align:center; font-size:20pt; margin-top:70pt'><b>REPORT</b></p>",
         "<p style='text-align:center; font-size:17pt'><b>LIMITATION OF ACTIONS FOR LATENT DEFECTS IN "
         "BUILDINGS</b></p>",
         "<p style='text-align:center; font-size:12pt; margin-top:60pt'>(LRC 134-2026)</p>",
         "<p style='text-align:center; font-size:11pt; margin-top:90pt'>© Law Reform Commission 2026<br>"
         "Styne House, Upper Hatch Street, Dublin 2, D02 DY27<br>ISSN 1393-3132</p>",
         "<p style='page-break-before: always'></p>",
         "<h1>EXECUTIVE SUMMARY</h1>",
         "<p>This Report forms part of the Commission's Fifth Programme of Law Reform. It follows the Commission's "
         "Consultation Paper on Limitation of Actions for Latent Defects in Buildings (LRC CP 71-2023), which "
         "attracted 46 written submissions. The Report examines how the Statute of Limitations 1957 applies where "
         "a defect in a building, such as the absence of fire-stopping between apartments, does not become "
         "apparent until many years after construction.</p>",
         "<p>Under the current law, time runs from the date on which the damage occurs, whether or not the owner "
         "knows of it. The Commission concludes that this rule is unfair to owners and should be reformed. It "
         "also concludes that defendants, including builders, architects and their insurers, are entitled to "
         "know that claims will not be brought indefinitely. The Commission's recommendations, summarised in "
         "Chapter 5, seek to balance these interests. A draft Civil Liability (Latent Defects) Bill is set out "
         "in Appendix A.</p>",
         "<h1>CHAPTER 3&nbsp;&nbsp;REFORM OF THE LIMITATION PERIOD</h1>".replace("&nbsp;&nbsp;", ": "),
         "<h2>B.&nbsp;&nbsp;Discoverability</h2>".replace("&nbsp;&nbsp;", " "),
         para("3.18", "Section 11(2)(a) of the Statute of Limitations 1957 provides that \"an action founded on "
                      "tort shall not be brought after the expiration of six years from the date on which the "
                      "cause of action accrued\". In <i>Brandley v Deane</i> [2017] IESC 83 the Supreme Court "
                      "confirmed that a cause of action in negligence for defects in a building accrues when "
                      "physical damage manifests itself, not when it is discovered."),
         para("3.19", "In the Consultation Paper, the Commission provisionally recommended that \"the limitation "
                      "period should run from the date on which the plaintiff knew or ought reasonably to have "
                      "known of the defect\". Most consultees agreed. The Construction Industry Federation "
                      "opposed the change unless a long-stop was introduced at the same time."),
         para("3.20", "Having considered the submissions, the Commission remains of the view that time should "
                      "run from the date of knowledge. The Commission recommends that actions for negligence in "
                      "respect of latent defects in buildings should be subject to a limitation period of six "
                      "years from the date of knowledge. This is given effect by Head 3 of the draft Bill."),
         "<h2>C. A long-stop period</h2>",
         para("3.21", "A discoverability rule without a long-stop would expose defendants to claims without any "
                      "end date. In England and Wales, the Latent Damage Act 1986 imposes a long-stop of 15 years "
                      "from the negligent act. The Commission considers that the date of practical completion is "
                      "easier to establish than the date of the negligent act."),
         para("3.22", "The Commission recommends that a long-stop period of 15 years from the date of practical "
                      "completion of the building should apply to all such actions. The Commission recommends that "
                      "the long-stop period should not run while a defendant fraudulently conceals the defect from "
                      "the plaintiff. These are given effect by Heads 4 and 5."),
         "<h2>D. Subsequent owners and insurance</h2>",
         para("3.23", "Many owners of defective apartments bought them second-hand. Their position in negligence "
                      "is uncertain, since the damage may have occurred before they bought. The Commission "
                      "recommends that a subsequent purchaser of a dwelling should be entitled to sue for latent "
                      "defects as if he or she had been the first owner."),
         para("3.24", "Limitation reform does not help an owner whose builder has been wound up. Submissions from "
                      "owners' management companies stressed that the most effective protection is insurance. "
                      "The Commission is aware that the Working Group on Defective Apartments reported in 2022 "
                      "that remediation could cost between EUR 1.5 billion and EUR 2.5 billion. The Commission "
                      "recommends that the Minister for Housing, Local Government and Heritage should establish a "
                      "mandatory latent defects insurance scheme for new apartment developments."),
         para("3.25", "The Commission makes no recommendation on the remediation of existing defective "
                      "apartments, which is the subject of separate legislation."),
         "<h2>E. Transition and records</h2>",
         para("3.26", "The Commission recommends that the new limitation rules should apply only to causes of "
                      "action accruing after the commencement of the legislation. A retrospective change would "
                      "raise constitutional questions under Article 40.3 and Article 15.5.1 of the "
                      "Constitution."),
         para("3.27", "Claims brought many years after construction depend on records. Building control "
                      "authorities currently keep records for varying periods, and some records from before 2014 "
                      "have been destroyed. The Commission recommends that building control authorities should be "
                      "required to retain inspection records and completion certificates for at least 25 "
                      "years."),
         "<h1 style='page-break-before: always'>CHAPTER 5: SUMMARY OF RECOMMENDATIONS</h1>",
         "<p>The Commission's recommendations in this Report are as follows:</p>",
         para("5.01", R[1] + " [paragraph 3.20]"),
         para("5.02", R[2] + " [paragraph 3.22]"),
         para("5.03", R[3] + " [paragraph 3.22]"),
         para("5.04", R[4] + " [paragraph 3.23]"),
         para("5.05", R[5] + " [paragraph 3.24]"),
         para("5.06", R[6] + " [paragraph 3.26]"),
         para("5.07", R[7] + " [paragraph 3.27]")]
    return html("".join(b))


WA_CSS = CSS.replace("font-family: 'Liberation Serif'; font-size: 11.5pt; }",
                     "font-family: 'Liberation Sans'; font-size: 10.5pt; }", 1)


def response():
    b = ["<p style='font-size:9pt; color:#555555'>Houses of the Oireachtas | Tithe an Oireachtais</p>",
         "<p style='font-size:18pt; color:#1e3d59; margin-bottom:2pt'><b>Tuesday, 10 March 2026</b></p>",
         "<p style='font-size:12pt; color:#1e3d59'>Written Answers Nos. 296-320</p>",
         "<hr>",
         "<p style='font-size:13pt'><b>Law Reform Commission</b></p>",
         "<p style='font-size:11pt'><b>Questions (304, 317)</b></p>",
         "<p style='font-size:11pt'><b>Niamh Cregan</b></p>",
         "<p><b>304.</b> Deputy Niamh Cregan asked the Minister for Justice, Home Affairs and Migration the "
         "status of the implementation of the Law Reform Commission's Report on Limitation of Actions for "
         "Latent Defects in Buildings; when he expects legislation to be published; and if he will make a "
         "statement on the matter. [11832/26]</p>",
         "<p style='font-size:11pt'><b>Fergal Daunt</b></p>",
         "<p><b>317.</b> Deputy Fergal Daunt asked the Minister for Justice, Home Affairs and Migration if he "
         "has plans to review the limitation period for personal injuries claims by persons who were abused in "
         "State-funded institutions; and if he will make a statement on the matter. [12007/26]</p>",
         "<p style='font-size:11pt'><b>Written answers</b></p>",
         "<p style='font-size:11pt'><b>Minister for Justice, Home Affairs and Migration (Ciarán Mulqueen)</b></p>",
         "<p>I propose to take Questions Nos. 304 and 317 together.</p>",
         "<p>I thank the Deputies for raising these matters. The Law Reform Commission published its Report on "
         "Limitation of Actions for Latent Defects in Buildings in January of this year. I welcome the Report, "
         "which addresses a real injustice for homeowners who discover serious defects in their homes only after "
         "the limitation period has expired.</p>",
         "<p>On 17 February, the Government approved my proposal to draft the General Scheme of a Civil "
         "Liability (Latent Defects) Bill, based on the draft Bill annexed to the Report. The General Scheme will "
         "provide that time will run for six years from the date on which the plaintiff first knew, or ought "
         "reasonably to have known, of the defect. I have also accepted that a long-stop is needed, but "
         "following consultation with the Office of the Attorney General the General Scheme will provide for "
         "a long-stop of 10 years from practical completion rather than the 15 years proposed, which in my view "
         "strikes a fairer balance for small builders and their insurers.</p>",
         "<p>In line with the Commission's approach, the new rules will not apply retrospectively. They will "
         "govern causes of action accruing after the Act comes into operation.</p>",
         "<p>I do not propose to include a separate provision on fraudulent concealment. I am advised that "
         "section 71 of the Statute of Limitations 1957 already postpones the running of time in cases of fraud, "
         "and that a second, overlapping rule could create uncertainty.</p>",
         "<p>The establishment of a latent defects insurance scheme is a matter for my colleague, the Minister "
         "for Housing, Local Government and Heritage. I understand that he has referred the Commission's "
         "recommendation to the Housing Agency, which is examining insurance and warranty models for new "
         "apartments and will report to him later this year.</p>",
         "<p>As regards building control records, the Minister for Housing, Local Government and Heritage has "
         "informed me that all records on the Building Control Management System since 2014 are retained "
         "permanently, and that a circular issued to building control authorities in 2025 directs that paper "
         "records from before 2014 must also be kept permanently.</p>",
         "<p>I intend to publish the General Scheme before the summer recess and to refer it to the Joint "
         "Committee on Justice, Home Affairs and Migration for pre-legislative scrutiny.</p>",
         "<p>As regards Question No. 317, the Statute of Limitations (Amendment) Act 2000 extended the "
         "limitation period for actions arising from sexual abuse in childhood. I have no plans to change the "
         "limitation period for other personal injuries claims at this time, but I will keep the matter under "
         "review in light of the Commission's ongoing project on civil limitation law generally.</p>"]
    return html("".join(b), WA_CSS)


NOTES = ("Irish Law Reform Commission report (LRC 134-2026, 'Limitation of Actions for Latent Defects in "
         "Buildings'), excerpt: title page, executive summary ('concludes that this rule is unfair ... and should "
         "be reformed', 'are entitled to know'), chapter 3 paragraphs 3.18-3.27 in a number column where the "
         "recommendations are first made inline as 'The Commission recommends that ...' (two in one paragraph, "
         "3.22), and chapter 5 'SUMMARY OF RECOMMENDATIONS' with paragraphs 5.01-5.07 repeating them verbatim, "
         "each with a tag '[paragraph 3.NN]'. Traps: section 11(2)(a) of the 1957 Act quoted, the Consultation "
         "Paper's provisional recommendation quoted ('provisionally recommended that \"the limitation period "
         "should run from ...\"'), the Latent Damage Act 1986, 'The Commission makes no recommendation on the "
         "remediation', Articles 40.3 and 15.5.1, Heads 3-5 of the draft Bill. Response: a Dail written answer "
         "to Questions 304 and 317 taken together (317 on another subject), no recommendation numbers, order "
         "5.01+5.02, 5.06, 5.03, 5.05, 5.07: one paragraph: six years from date of knowledge (5.01 agrees) and a "
         "long-stop of 10 instead of 15 years (5.02 partly); 'will not apply retrospectively' (5.06 agrees); 'I "
         "do not propose to include a separate provision on fraudulent concealment', s. 71 already covers it "
         "(5.03 disagrees); insurance scheme a matter for the Minister for Housing, referred to the Housing "
         "Agency (5.05 noted); records since 2014 kept permanently, pre-2014 paper records to be kept by circular "
         "(5.07 agrees: already done); 5.04 (subsequent purchasers) unanswered. The paragraph answering Question "
         "No. 317 (limitation for abuse claims) and the paragraph on publishing the General Scheme before the "
         "summer recess answer no recommendation.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Law Reform Commission | LRC 134-2026", footer="{n}",
            skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=9)
    H.stamp(H.out(NAME + "_response.pdf"), header="Dáil Éireann debate - Tuesday, 10 March 2026",
            footer="Page {n} of {N}")
    sw = lambda n: " ".join(R[n].split()[:12])
    recs = [
        {"number": "5.01", "starts_with": sw(1), "reply_contains": "time will run for six years from the date on which",
         "verdict": "agrees"},
        {"number": "5.02", "starts_with": sw(2), "reply_contains": "a long-stop of 10 years from practical completion",
         "verdict": "partly"},
        {"number": "5.03", "starts_with": sw(3), "reply_contains": "I do not propose to include a separate provision on fraudulent concealment",
         "verdict": "disagrees"},
        {"number": "5.04", "starts_with": sw(4), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5.05", "starts_with": sw(5), "reply_contains": "has referred the Commission's recommendation to the Housing Agency",
         "verdict": "noted"},
        {"number": "5.06", "starts_with": sw(6), "reply_contains": "the new rules will not apply retrospectively",
         "verdict": "agrees"},
        {"number": "5.07", "starts_with": sw(7), "reply_contains": "a circular issued to building control authorities in 2025",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["I have no plans to change the limitation period for other personal injuries",
                                  "I intend to publish the General Scheme before the summer recess"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b45en.py"), NAME)) and 1)
