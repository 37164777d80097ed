"""Round 24 (English): European Ombudsman decision closing an inquiry with suggestions for improvement
(run-in bold titles, unnumbered) and the Commission's reply organised by theme (LibreOffice Writer from HTML;
running header and page numbers stamped with PyMuPDF)."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b24en as H  # noqa: E402

import pymupdf

NAME = "blind24_en_eu_ombudsman"
CSS = """
@page { size: 21cm 29.7cm; margin: 2.4cm 2.3cm 2.3cm 2.3cm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin: 0 0 0.22cm 0; line-height: 128%; text-align: justify; }
p.n { margin-left: 0.9cm; text-indent: -0.9cm; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #003399; margin: 0.2cm 0 0.3cm 0; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #003399; margin: 0.4cm 0 0.2cm 0; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin: 0.3cm 0 0.15cm 0; }
p.meta { font-family: 'Liberation Sans'; font-size: 9.5pt; text-align: left; }
p.fn { font-size: 8.5pt; text-align: left; margin: 0 0 0.1cm 0; }
p.sugg { margin-left: 0.9cm; }
"""


def html_doc(body):
    return f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


def convert(html, out, header, footer, first_plain):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "doc.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
                   check=True, capture_output=True)
    doc = pymupdf.open(os.path.join(tmp, "doc.pdf"))
    ff = H.clean_font(os.path.join(H.FONTS, "LiberationSans-Regular.ttf"), tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        if i == 0 and first_plain:
            continue
        page.insert_font(fontname="LS", fontfile=ff)
        w = page.rect.width
        page.insert_text((65, 38), header, fontname="LS", fontsize=7.5, color=(0, 0.2, 0.6))
        page.draw_line((65, 43), (w - 65, 43), color=(0, 0.2, 0.6), width=0.5)
        page.insert_text((65, page.rect.height - 30), footer, fontname="LS", fontsize=8)
        t = f"{i + 1}"
        page.insert_text((w - 65 - pymupdf.get_text_length(t, fontsize=8), page.rect.height - 30), t,
                         fontname="LS", fontsize=8)
    doc.set_metadata({"title": header, "producer": "", "creator": ""})
    doc.save(out, garbage=3, deflate=True)
    shutil.rmtree(tmp, ignore_errors=True)


SUGG = [
    ("Acknowledging complaints.",
     "The Commission should acknowledge receipt of every infringement complaint within 15 working days and "
     "tell the complainant the registration number of the complaint and which Directorate-General is "
     "dealing with it."),
    ("Keeping complainants informed.",
     "Where the Commission is not able to take a decision on a complaint within 12 months of its "
     "registration, it should inform the complainant in writing of the reasons for the delay and of the date "
     "by which it expects to take a decision."),
    ("Explaining proposed closures.",
     "Before closing a complaint, the Commission should send the complainant a pre-closure letter that "
     "explains, in sufficient detail, the reasons why it intends to close the file, and give the complainant "
     "at least four weeks to comment."),
    ("Publishing statistics.",
     "The Commission should publish each year, on its website, the number of infringement complaints it has "
     "registered, how long it took to deal with them and their outcome, broken down by Member State and by "
     "policy area."),
    ("Submitting further information.",
     "The Commission should make it possible for complainants to submit additional information and "
     "documents through the online complaint form after their complaint has been registered."),
    ("Making internal guidance public.",
     "The Commission should publish the internal guidance that its services follow when handling "
     "infringement complaints, in so far as no overriding interest requires that parts of it remain "
     "confidential."),
]


def advice():
    paras = [
        ("Background to the complaint", [
            "The complainant is an environmental association based in Portugal. In March 2022 it submitted a "
            "complaint to the European Commission alleging that the Portuguese authorities had failed to carry "
            "out an appropriate assessment, as required by the Habitats Directive<sup>1</sup>, before "
            "authorising a port extension in a protected area.",
            "The Commission registered the complaint in May 2022. Between then and December 2023 the "
            "complainant wrote to the Commission six times asking about progress. It received two replies, "
            "each stating that the matter was 'under assessment'.",
            "In February 2024 the Commission informed the complainant that it intended to close the complaint, "
            "in a letter of six lines that did not refer to the arguments the complainant had made. The "
            "complaint was closed in April 2024.",
            "The complainant turned to the European Ombudsman in May 2024.",
        ]),
        ("The inquiry", [
            "The Ombudsman opened an inquiry into how the Commission had handled the infringement complaint, in "
            "particular the length of the procedure, the information given to the complainant and the "
            "reasons given for closing the file.",
            "In the course of the inquiry, the Ombudsman's inquiry team met representatives of the "
            "Commission's Secretariat-General and inspected the Commission's file on the complaint. The "
            "Ombudsman also received the Commission's reply on the complaint and the complainant's comments "
            "on that reply.",
        ]),
        ("Arguments presented", [
            "The complainant argued that the Commission had left it without any meaningful information for "
            "almost two years and had closed the file without engaging with the evidence it had submitted, "
            "including an expert report on the effect of the works on a protected seagrass meadow.",
            "The Commission stated that it had acted in line with its 2017 Communication on better results "
            "through better application<sup>2</sup>, under which it has broad discretion in deciding whether to "
            "open infringement proceedings. It acknowledged that the assessment had taken longer than the "
            "12-month benchmark, which it attributed to the need to obtain information from the national "
            "authorities.",
        ]),
        ("The Ombudsman's assessment", [
            "The Ombudsman recalls that the Commission enjoys wide discretion as to whether to open "
            "infringement proceedings, and it is not for the Ombudsman to assess whether Portugal breached the "
            "Habitats Directive. The Ombudsman's inquiry concerns the procedural guarantees the Commission has "
            "committed to offer complainants.",
            "Those guarantees include that the Commission should normally decide within 12 months whether to "
            "open infringement proceedings or close the complaint, and that it should inform the complainant "
            "in advance, giving reasons, of an intention to close the file. In this case the assessment took "
            "23 months, and the pre-closure letter gave no reasons that the complainant could understand or "
            "respond to.",
            "The Ombudsman considers that the Commission's failure to give the complainant adequate reasons "
            "before closing the complaint constitutes maladministration.",
            "The Ombudsman notes that, since the complaint was closed, the Commission has introduced a new "
            "case-management system that sends automatic reminders to case handlers. The Ombudsman does not "
            "therefore consider it necessary to make a suggestion on internal reminders.",
            "The inquiry also showed that the problems in this case are not isolated. Between 2021 and 2024 "
            "the Ombudsman received 112 complaints about the Commission's handling of infringement complaints, "
            "of which 41 concerned delay and 37 the reasons given for closure.<sup>3</sup>",
        ]),
    ]
    b = ["<p class='meta'>EUROPEAN OMBUDSMAN</p>",
         "<h1>Decision in case 1187/2024/MIK on how the European Commission dealt with an infringement "
         "complaint concerning a port extension in a protected area in Portugal</h1>",
         "<p class='meta'>Decision<br/>Case 1187/2024/MIK - Opened on 4 June 2024 - Decision on 19 February "
         "2025<br/>Institution concerned: European Commission (Maladministration found)</p>",
         "<h2>Summary</h2>",
         "<p>The case concerned how the European Commission dealt with an infringement complaint about the "
         "authorisation of a port extension in a Natura 2000 site. The Ombudsman found that the Commission had "
         "taken 23 months to assess the complaint and had closed it without giving adequate reasons, which "
         "constituted maladministration. As the complaint has been closed, the Ombudsman made a finding of "
         "maladministration and made six suggestions for improvement to the Commission.</p>"]
    k = 1
    for head, ps in paras:
        b.append(f"<h2>{head}</h2>")
        for t in ps:
            b.append(f"<p class='n'>{k}.&#9;{t}</p>")
            k += 1
    b.append("<h2>Conclusion</h2>")
    b.append("<p>Based on the inquiry, the Ombudsman closes this case with the following finding:</p>")
    b.append("<p class='sugg'><i>The European Commission's failure to give the complainant adequate reasons "
             "before closing its infringement complaint constituted maladministration.</i></p>")
    b.append("<p>The complainant and the European Commission will be informed of this decision.</p>")
    b.append("<h3>Suggestions for improvement</h3>")
    b.append("<p>In order to avoid similar problems in the future, and in the light of the complaints the "
             "Ombudsman has received, the Ombudsman makes the following suggestions for improvement:</p>")
    for t, s in SUGG:
        b.append(f"<p class='sugg'><b>{t}</b> {s}</p>")
    b.append("<p>The Commission is invited to inform the Ombudsman, within six months, of the action it has "
             "taken in relation to these suggestions.</p>")
    b.append("<p style='text-align:left'><br/>Emer O'Rourke<br/>European Ombudsman<br/>Strasbourg, 19/02/2025</p>")
    b.append("<p class='fn'>_______________</p>")
    for i, t in enumerate([
        "Council Directive 92/43/EEC of 21 May 1992 on the conservation of natural habitats and of wild fauna "
        "and flora, OJ L 206, 22.7.1992, p. 7.",
        "Communication from the Commission, EU law: Better results through better application, OJ C 18, "
        "19.1.2017, p. 10.",
        "Figures from the Ombudsman's case-handling database, extracted in January 2025.",
    ], 1):
        b.append(f"<p class='fn'><sup>{i}</sup> {t}</p>")
    convert(html_doc("".join(b)), H.path(NAME, "advice"),
            "European Ombudsman - Decision in case 1187/2024/MIK", "ombudsman.europa.eu", True)


def response():
    b = ["<p class='meta' style='font-size:12pt; font-weight:bold; color:#003399'>EUROPEAN COMMISSION</p>",
         "<p class='meta'>Secretariat-General</p>",
         "<p class='meta' style='text-align:right'>Brussels, 12.8.2025<br/>SG.C.3/LK</p>",
         "<h1>Reply of the European Commission to the suggestions for improvement made by the European "
         "Ombudsman in case 1187/2024/MIK</h1>",
         "<h2>Introduction</h2>",
         "<p>The Commission has taken careful note of the Ombudsman's decision concerning the handling of an "
         "infringement complaint about a port extension in Portugal. The Commission regrets the length of the "
         "assessment in that case. It recalls, however, that the file required extensive exchanges with the "
         "national authorities, and that its discretion in deciding whether to open infringement proceedings "
         "is not affected by the procedural guarantees offered to complainants.</p>",
         "<p>The Commission's replies are grouped below by subject.</p>",
         "<h2>Length of the assessment</h2>",
         "<p>The Commission shares the view that complainants should not be left without news when an "
         "assessment is prolonged. From 1 October 2025, the case-management system will generate a letter to "
         "the complainant when a complaint has been under assessment for 12 months, explaining why more time "
         "is needed. The Commission is not, however, in a position to commit to a date by which a decision "
         "will be taken, since this often depends on information from the Member State concerned.</p>",
         "<h2>Communication with complainants</h2>",
         "<p>Acknowledgement of receipt within 15 working days is already the Commission's standard practice, "
         "and the acknowledgement already states the registration number and the responsible service. In "
         "2024 the average time to acknowledge a complaint was nine working days.</p>",
         "<p>As regards the closure of files, the Commission accepts the Ombudsman's suggestion. Its services "
         "have been instructed that every pre-closure letter must set out the main reasons for the intended "
         "closure and respond to the principal arguments of the complainant, and that complainants will have "
         "four weeks to comment. A revised template has been in use since June 2025.</p>",
         "<h2>Internal guidance</h2>",
         "<p>The internal handbook used by the Commission's services contains working methods and contact "
         "details that are not suitable for publication. The Commission will instead publish, by the end of "
         "2025, a public summary of the handbook describing each stage of the procedure and the guarantees "
         "for complainants.</p>",
         "<h2>Statistics</h2>",
         "<p>The Commission already publishes aggregate data on complaints in its annual report on monitoring "
         "the application of EU law. It will consider whether a more detailed breakdown can be added in a "
         "future edition, taking account of the resources required.</p>",
         "<h2>Online tools</h2>",
         "<p>The Commission does not intend to add an upload function to the online complaint form. "
         "Complainants can already send additional information at any time by email or post, quoting their "
         "registration number, and the Commission has no indication that this channel is insufficient.</p>",
         "<h2>Concluding remarks</h2>",
         "<p>The Commission remains committed to the role of complainants in detecting breaches of EU law and "
         "will keep the Ombudsman informed of the implementation of the measures described above.</p>",
         ]
    convert(html_doc("".join(b)), H.path(NAME, "response"),
            "Commission reply - case 1187/2024/MIK", "C(2025) 5513 final", True)


def expected():
    recs = [
        ("1", "The Commission should acknowledge receipt of every infringement complaint",
         "is already the Commission's standard practice", "agrees"),
        ("2", "Where the Commission is not able to take a decision",
         "not, however, in a position to commit to a date", "partly"),
        ("3", "Before closing a complaint, the Commission should send the complainant",
         "the Commission accepts the Ombudsman's suggestion", "agrees"),
        ("4", "The Commission should publish each year, on its website",
         "will consider whether a more detailed breakdown can be added", "noted"),
        ("5", "The Commission should make it possible for complainants to submit",
         "does not intend to add an upload function", "disagrees"),
        ("6", "The Commission should publish the internal guidance that its services",
         "will instead publish, by the end of 2025, a public summary", "partly"),
    ]
    unmatched = ["The Commission regrets the length of the assessment",
                 "remains committed to the role of complainants"]
    notes = ("European Ombudsman decision (LibreOffice from HTML, header/page numbers stamped): numbered "
             "paragraphs 1.-13. that are not recommendations, a 'finding of maladministration' in italics and "
             "'does not therefore consider it necessary to make a suggestion' (no recommendation); the six "
             "'suggestions for improvement' (the second across a page break) are UNNUMBERED paragraphs with run-in bold titles ('Acknowledging "
             "complaints.'), numbers expected by position. Commission reply with an Introduction that defends "
             "the Commission (unmatched), theme headings whose words differ from the run-in titles, in another "
             "order (2, 1+3, 6, 4, 5), no numbers and no quotations: 'Communication with complainants' answers "
             "1 ('already the Commission's standard practice', agrees) and 3 ('accepts', agrees) in two "
             "paragraphs; 2 'not in a position to commit to a date' (partly); 6 'will instead publish ... a "
             "public summary' (partly); 4 'already publishes ... will consider' (noted); 5 'does not intend to' "
             "(disagrees); 'Concluding remarks' unmatched.")
    H.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    H.check(NAME)
