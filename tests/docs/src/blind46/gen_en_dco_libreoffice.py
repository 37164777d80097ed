"""Round 46 (EN): a Planning Act 2008-style Examining Authority's recommendation report to the Secretary of State on
an application for a development consent order (the invented Callowmere Solar Farm Order, ref EN010187), excerpt:
title page, executive summary (ES.1-ES.6, repeating the overall recommendation), chapter 5 paragraphs on land
(best and most versatile land, compulsory acquisition) with 'should' findings, chapter 6 on the draft Order with a
table of the Applicant's changes and paragraph 6.4.2 'The ExA recommends that the Secretary of State:' followed by
lettered changes (a)-(f), and chapter 7 with the overall recommendation in paragraph 7.2.1; answered by the
Secretary of State's decision letter (numbered paragraphs, summary of the ExA's recommendation, decision under
section 114, modifications in another order, one paragraph covering two recommendations with different decisions,
challenge and publicity paragraphs). LibreOffice Writer headless from HTML, A4, Liberation Serif/Sans; header and
folio stamped with PyMuPDF. All content (project, applicant, Examining Authority, officials, plots, figures) is
invented; the Planning Act 2008 is real, but what is said about it is not to be relied on.

Run:  /tmp/blind46en/bin/python tests/docs/src/blind46/gen_en_dco_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b46en as H

NAME = "blind46_en_dco"
TMP = "/tmp/b46en/dco"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.4cm 2.4cm 2.2cm 2.4cm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; font-weight: bold; margin-bottom: 8pt; color: #1f4e3d; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; font-weight: bold; margin-top: 10pt; margin-bottom: 6pt; }
td { font-family: 'Liberation Sans'; font-size: 10.5pt; vertical-align: top; }
td.t { font-size: 9.5pt; border: 1px solid #777777; padding: 2pt; }
"""

R = {"a": "amends Requirement 6 so that the landscape and ecological management plan secures the maintenance of "
          "new hedgerows for the lifetime of the development;",
     "b": "inserts a new Requirement 19 requiring a soil management plan, approved by the relevant planning "
          "authority, before any works on best and most versatile agricultural land;",
     "c": "deletes Article 24 (temporary use of land for maintaining the authorised development) insofar as it "
          "applies to plots 3/12 and 3/14;",
     "d": "reduces the operational period in Requirement 21 from 60 years to 40 years from the date of final "
          "commissioning;",
     "e": "removes the powers of compulsory acquisition over plot 5/07 (the Callowmere Lodge access track), as "
          "a compelling case in the public interest has not been demonstrated;",
     "f": "adds the Environment Agency to the bodies to be consulted under Requirement 14 (surface and foul water "
          "drainage).",
     "7.2.1": "For all the above reasons the ExA recommends that the Secretary of State makes the Callowmere Solar "
              "Farm Order in the form at Appendix C to this report."}


def para(num, text):
    return ("<table width='100%%' cellpadding='0' cellspacing='0'><tr><td width='11%%' valign='top'>%s</td>"
            "<td width='89%%' valign='top'><p>%s</p></td></tr></table>" % (num, text))


def html(body, css=CSS):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def advice():
    b = ["<p style='font-size:11pt; margin-top:30pt'><b>The Planning Inspectorate</b></p>",
         "<p style='font-size:22pt; color:#1f4e3d; margin-top:40pt'><b>Callowmere Solar Farm</b></p>",
         "<p style='font-size:13pt'>Examining Authority's Report of Findings and Conclusions and Recommendation to "
         "the Secretary of State for Energy Security and Net Zero</p>",
         "<p>Examining Authority: Alison Greyfield BSc (Hons) MA MRTPI (Lead Member); Daniel Osei BEng CEng MICE</p>",
         "<p>File reference: EN010187 &nbsp;|&nbsp; Date: 14 November 2025</p>".replace("&nbsp;", " "),
         "<p style='margin-top:90pt; font-size:9pt'>The Planning Act 2008 (as amended), section 74(2)(b). This "
         "extract contains the Executive Summary and Chapters 5 to 7.</p>",
         "<p style='page-break-before:always'></p>",
         "<h1>EXECUTIVE SUMMARY</h1>",
         para("ES.1", "Callowmere Energy Ltd (the Applicant) applied for a development consent order for a solar "
                      "photovoltaic generating station with an export capacity of up to 480 megawatts, battery "
                      "storage and a 14 km underground cable route to the Harnby substation (the Proposed "
                      "Development). The application was accepted for examination on 20 December 2024."),
         para("ES.2", "The examination began on 14 May 2025 and closed on 14 November 2025. The ExA held three "
                      "issue specific hearings, a compulsory acquisition hearing and two open floor hearings, and "
                      "made four unaccompanied site inspections."),
         para("ES.3", "The ExA concludes that the Proposed Development accords with the relevant National Policy "
                      "Statements (EN-1, EN-3 and EN-5) and that the need case carries substantial weight."),
         para("ES.4", "The ExA concludes that the harm to the landscape and to best and most versatile agricultural "
                      "land should be given moderate weight, and that these harms are clearly outweighed by the "
                      "benefits."),
         para("ES.5", "The ExA therefore recommends that the Secretary of State should make the Order, with the "
                      "changes set out in Chapter 6."),
         para("ES.6", "The ExA has not been able to conclude on the effect of the cable route on the Harnby Brook "
                      "water vole population, on which the Environment Agency and Natural England gave different "
                      "advice. The Secretary of State may wish to consult those bodies further."),
         "<h1 style='page-break-before:always'>5. LAND USE AND COMPULSORY ACQUISITION</h1>",
         "<h2>Best and most versatile land</h2>",
         para("5.2.1", "The Order limits include 118 hectares of Grade 2 and Subgrade 3a land. NPS EN-3 paragraph "
                       "2.10.29 states that applicants should, where possible, utilise suitable previously "
                       "developed land and poorer quality land. The Applicant's site selection did not fully "
                       "demonstrate that this was done."),
         para("5.2.2", "The Applicant's outline soil management plan [REP4-031] is a useful document, but it is "
                       "not secured by any Requirement in the draft Order. Soil handling ought to be controlled "
                       "from the outset, since damage to soil structure during construction is difficult to "
                       "reverse."),
         para("5.2.3", "The Applicant seeks an operational period of 60 years. Several Interested Parties, "
                       "including Harnby Parish Council [RR-044], argued that the land should be returned to "
                       "agriculture sooner. The ExA considers that a shorter period would reduce the harm to "
                       "agricultural land, and that 40 years is consistent with the design life of the panels."),
         "<h2>Compulsory acquisition and temporary possession</h2>",
         para("5.3.1", "Section 122 of the Planning Act 2008 provides that compulsory acquisition may be authorised "
                       "only if the land is required for the development and there is a compelling case in the "
                       "public interest. The ExA is satisfied that these conditions are met for all plots except "
                       "plot 5/07."),
         para("5.3.2", "Plot 5/07 is the private access track to Callowmere Lodge. The Applicant accepted at the "
                       "compulsory acquisition hearing (CAH2) that a right of access over the track, rather than "
                       "its freehold, would meet its needs. Mr and Mrs Pargeter, the owners, should not lose their "
                       "only means of access to their home."),
         para("5.3.3", "Article 24 would allow the Applicant to take temporary possession of any land within the "
                       "Order limits for maintenance for five years after commissioning. For plots 3/12 and 3/14, "
                       "which are in use as a working farmyard, the ExA considers this power disproportionate."),
         "<h1>6. THE DRAFT DEVELOPMENT CONSENT ORDER</h1>",
         para("6.1.1", "The Applicant submitted nine versions of the draft Order during the examination. The final "
                       "version is [REP8-004]. Table 6.1 summarises the main changes made by the Applicant."),
         "<p><b>Table 6.1: Main changes to the draft Order during the examination</b></p>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr><td class='t'><b>Provision</b></td><td class='t'><b>Change</b></td><td class='t'><b>Version</b></td></tr>"
         "<tr><td class='t'>Article 2</td><td class='t'>Definition of 'maintain' limited to the assessed envelope</td><td class='t'>Rev 4</td></tr>"
         "<tr><td class='t'>Requirement 9</td><td class='t'>Construction hours reduced to 0800 to 1800 on weekdays</td><td class='t'>Rev 6</td></tr>"
         "<tr><td class='t'>Requirement 17</td><td class='t'>Decommissioning plan to be submitted 12 months before the end of operation</td><td class='t'>Rev 7</td></tr>"
         "<tr><td class='t'>Schedule 9</td><td class='t'>Protective provisions for Harnby Water added</td><td class='t'>Rev 8</td></tr>"
         "</table><p></p>",
         para("6.2.1", "The Environment Agency stated at ISH3 that it should be consulted on drainage details "
                       "because of the risk to the Harnby Brook. The Applicant did not agree to add it to "
                       "Requirement 14."),
         para("6.3.1", "Natural England confirmed that its concerns about the hedgerow planting had been met, "
                       "provided that maintenance was secured for longer than the five years in the outline "
                       "landscape and ecological management plan."),
         para("6.4.1", "The ExA has considered the drafting of the final draft Order and considers that, with the "
                       "changes below, it is fit for purpose."),
         para("6.4.2", "The ExA recommends that the Secretary of State:"),
         ]
    for k in "abcdef":
        b.append("<table width='100%%' cellpadding='0' cellspacing='0'><tr><td width='11%%'></td>"
                 "<td width='7%%' valign='top'>%s)</td><td width='82%%' valign='top'><p>%s</p></td></tr></table>"
                 % (k, R[k]))
    b += ["<h1>7. SUMMARY OF FINDINGS AND CONCLUSIONS</h1>",
          para("7.1.1", "The ExA finds that the Proposed Development would make a substantial contribution to "
                        "meeting the need for new low-carbon generating capacity identified in NPS EN-1. The harms "
                        "identified in Chapter 5 are clearly outweighed by its benefits, and section 104(7) of the "
                        "Planning Act 2008 does not apply."),
          para("7.1.2", "The ExA has had regard to the public sector equality duty and finds that the Proposed "
                        "Development would not harm people with protected characteristics."),
          "<h2>Recommendation</h2>",
          para("7.2.1", R["7.2.1"]),
          "<p style='margin-top:14pt'>Alison Greyfield<br>Lead Member of the Examining Authority</p>"]
    return html("".join(b))


def response():
    b = ["<p style='text-align:right; font-size:9.5pt'>Department for Energy Security and Net Zero<br>"
         "Energy Infrastructure Planning Delivery Team<br>3-8 Whitehall Place, London SW1A 2AW<br>"
         "www.gov.uk/desnz</p>",
         "<p style='font-size:10pt'>Ms K. Rowland<br>Callowmere Energy Ltd<br>Unit 4, Fenlake Business Park<br>"
         "Bedford MK42 0HH</p>",
         "<p style='text-align:right'>Date: 12 February 2026</p>",
         "<p>Dear Ms Rowland,</p>",
         "<p><b>PLANNING ACT 2008 - APPLICATION FOR THE PROPOSED CALLOWMERE SOLAR FARM ORDER</b></p>",
         "<h2>1. Introduction</h2>",
         para("1.1", "I am directed by the Secretary of State for Energy Security and Net Zero to say that "
                     "consideration has been given to the report dated 14 November 2025 of Alison Greyfield and "
                     "Daniel Osei, the Examining Authority, which conducted an examination into the application by "
                     "Callowmere Energy Ltd for the Callowmere Solar Farm Order."),
         "<h2>2. Summary of the Secretary of State's decision</h2>",
         para("2.1", "The Secretary of State has decided under section 114 of the 2008 Act to make, with "
                     "modifications, an Order granting development consent for the proposals in the "
                     "application. This letter is the statement of reasons for that decision."),
         "<h2>3. Consideration of the ExA's recommended changes to the Order</h2>",
         para("3.1", "<i>Soils and the operational period.</i> The Secretary of State agrees with the ExA that the "
                     "soil management plan must be secured, and has included it as Requirement 20 of the Order "
                     "as made, since Requirement 19 is now occupied by the skylark mitigation requirement. He does "
                     "not, however, agree that the operational period should be reduced to 40 years. A 60-year "
                     "period is consistent with other recent solar decisions, and the land will be restored under "
                     "the decommissioning plan secured by Requirement 17."),
         para("3.2", "<i>Callowmere Lodge.</i> The Secretary of State agrees in part with the ExA on plot 5/07. "
                     "Rather than removing the plot from the Book of Reference altogether, he has limited the "
                     "power to the acquisition of new rights of access over the track, so that the freehold "
                     "remains with Mr and Mrs Pargeter."),
         para("3.3", "<i>Hedgerows.</i> Requirement 6 has been amended as the ExA proposed, so that hedgerow "
                     "maintenance is secured for the lifetime of the development."),
         para("3.4", "<i>Drainage.</i> In Requirement 14 the Environment Agency is now named as a consultee, in line "
                     "with the ExA's recommendation and the Agency's letter of 9 January 2026."),
         "<h2>4. Matters on which the Secretary of State consulted</h2>",
         para("4.1", "Following the close of the examination, the Secretary of State consulted the Environment "
                     "Agency and Natural England on the water vole population at Harnby Brook. Both bodies have "
                     "now agreed that the mitigation in the outline ecological management plan is adequate."),
         "<h2>5. Challenge to decision</h2>",
         para("5.1", "The circumstances in which the Secretary of State's decision may be challenged are set out in "
                     "the note attached at Annex A to this letter."),
         "<h2>6. Publicity for decision</h2>",
         para("6.1", "The Secretary of State's decision on this application is being publicised as required by "
                     "section 116 of the 2008 Act and regulation 31 of the Infrastructure Planning (Environmental "
                     "Impact Assessment) Regulations 2017."),
         "<p>Yours sincerely,</p><p style='margin-top:16pt'>Gareth Lyle<br>Head of Energy Infrastructure Planning "
         "Delivery</p>"]
    return html("".join(b))


NOTES = ("Planning Act 2008-style Examining Authority's recommendation report on the (invented) Callowmere Solar "
         "Farm Order, EN010187, excerpt: title page, executive summary ES.1-ES.6 (ES.5 repeats the overall "
         "recommendation, ES.6 'may wish to consult'), chapter 5 paragraphs with findings that 'should' "
         "(NPS EN-3 'applicants should ... utilise', 'Mr and Mrs Pargeter ... should not lose', 'Soil handling "
         "ought to be controlled'), section 122 quoted, Table 6.1 of the Applicant's changes, 6.2.1 'the "
         "Environment Agency stated ... it should be consulted', and paragraph 6.4.2 'The ExA recommends that the "
         "Secretary of State:' followed by lettered changes a)-f) (third-person verbs: amends, inserts, deletes, "
         "reduces, removes, adds); the overall recommendation is paragraph 7.2.1 ('makes the Callowmere Solar Farm "
         "Order'). Response: the Secretary of State's decision letter in numbered paragraphs: 2.1 decision to "
         "make the Order with modifications under section 114 (7.2.1 agrees); 3.1 covers b) soil management plan "
         "secured as Requirement 20, not 19 (agrees) and d) 'does not, however, agree' to 40 years (disagrees); "
         "3.2 e) rights of access instead of removing the plot (partly); 3.3 a) Requirement 6 amended (agrees); "
         "3.4 f) Environment Agency named in Requirement 14 (agrees); c) (Article 24, plots 3/12 and 3/14) "
         "unanswered. Paragraph 4.1 (post-examination consultation on water voles, answering ES.6's suggestion, "
         "which is no recommendation of the list) and 5.1/6.1 (challenge, publicity) answer no recommendation.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Callowmere Solar Farm - EN010187 - Examining Authority's "
            "Recommendation Report", footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Callowmere Solar Farm Order - Decision letter",
            footer="Page {n} of {N}", skip_first=True)
    sw = lambda k: " ".join(R[k].split()[:11])
    recs = [
        {"number": "a", "starts_with": sw("a"), "reply_contains": "Requirement 6 has been amended as the ExA proposed",
         "verdict": "agrees"},
        {"number": "b", "starts_with": sw("b"), "reply_contains": "has included it as Requirement 20 of the Order as made",
         "verdict": "agrees"},
        {"number": "c", "starts_with": sw("c"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "d", "starts_with": sw("d"), "reply_contains": "not, however, agree that the operational period should be reduced",
         "verdict": "disagrees"},
        {"number": "e", "starts_with": sw("e"), "reply_contains": "limited the power to the acquisition of new rights of access",
         "verdict": "partly"},
        {"number": "f", "starts_with": sw("f"), "reply_contains": "the Environment Agency is now named as a consultee",
         "verdict": "agrees"},
        {"number": "7.2.1", "starts_with": sw("7.2.1"), "reply_contains": "to make, with modifications, an Order granting development consent",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["consulted the Environment Agency and Natural England on the water vole",
                                  "may be challenged are set out in the note attached at Annex A"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b46en.py"), NAME)) and 1)
