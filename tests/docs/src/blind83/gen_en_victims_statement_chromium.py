"""Round 83 (EN): an Australian state VICTIMS' RIGHTS COMMISSIONER'S SYSTEMIC REVIEW (genre: a statutory victims'
commissioner's review of how agencies keep victims informed: summary, what victims told us, a sidebar story, the
law, bulleted findings, and the recommendations as UNNUMBERED bullets after 'The Commissioner recommends that:')
answered by the Attorney-General's MINISTERIAL MEDIA STATEMENT (a headline, a dateline, short paragraphs with
quotes, no numbers, a paragraph on another announcement, a media contact).
Advice: Victims' Rights Commissioner (Queensland), 'Left in the dark', systemic review 2026/1, 3 p.
Response: Ministerial Media Statement, Attorney-General and Minister for Justice, 13 October 2026, 1-2 p.; order
5, 1, 3+4, 6, 2 (by subject, no numbers); 7 unanswered.
Chromium headless --print-to-pdf (A4, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir); header
and page numbers stamped with PyMuPDF. The Commissioner, the Act, the Charter's wording, the review, people, dates
and figures are invented.

Run:  /tmp/blind83en/bin/python tests/docs/src/blind83/gen_en_victims_statement_chromium.py  (needs chromium)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b83en as H

NAME = "blind83_en_victims_statement"


def css():
    faces = ""
    for fam, files in (("Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                       ("Serif", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"))):
        for f, w, s in zip(files, ("normal", "bold", "normal"), ("normal", "normal", "italic")):
            faces += ("@font-face { font-family: '%s'; src: url('file://%s'); font-weight: %s; font-style: %s; }\n"
                      % (fam, H.clean_font(f), w, s))
    return faces + """
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
* { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
body { font-family: 'Sans'; font-size: 9.4pt; line-height: 1.45; color: #202020; }
h1 { font-size: 18pt; margin: 0 0 1mm 0; color: #5b2a86; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; color: #5b2a86; break-after: avoid; }
p { margin: 0 0 2.4mm 0; }
ul { margin: 0 0 3mm 0; padding-left: 6mm; }
li { margin-bottom: 1.3mm; }
.band { background: #5b2a86; color: white; padding: 3mm 4mm; margin-bottom: 4mm; font-size: 8.5pt; }
.side { float: right; width: 56mm; margin: 1mm 0 3mm 5mm; padding: 3mm; border-left: 2.5pt solid #5b2a86;
        background: #f1ebf6; font-size: 8.2pt; }
.recs { border-top: 1.5pt solid #5b2a86; border-bottom: 1.5pt solid #5b2a86; padding: 2mm 0; }
.recs li { font-weight: bold; }
.ms-top { border-bottom: 1pt solid #888; padding-bottom: 2mm; margin-bottom: 4mm; font-size: 8.5pt; color: #444; }
.ms h1 { color: #7a0019; font-family: 'Serif'; font-size: 17pt; }
.ms p { font-family: 'Serif'; font-size: 10pt; }
.dl { font-size: 8.8pt; color: #555; margin-bottom: 4mm; }
"""


ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="band"><b>VICTIMS' RIGHTS COMMISSIONER</b> &middot; QUEENSLAND &middot; Systemic review 2026/1</div>
<h1>Left in the dark</h1>
<p style="font-size:11pt; margin-bottom:4mm">Victims' access to information about bail, parole and release</p>

<h2>Summary</h2>
<p>This review was carried out under section 21 of the Victims' Rights Commissioner Act 2024, which allows the
Commissioner to examine any systemic issue affecting the rights of victims of crime. It looked at how the Queensland
Police Service, Queensland Corrective Services and the Department of Justice tell victims about decisions that allow
the person who harmed them back into the community. We received 312 submissions, most of them from victims and
families, and examined 140 case files.</p>
<p>The picture is not a good one. Victims learn about bail from neighbours, about parole from social media and about
release from a chance meeting in the supermarket. Each agency does part of the job; no agency owns it.</p>

<div class="side"><b>Mei's story</b><br>Mei's former partner was granted bail on a Friday afternoon. Nobody told
her. She found out on the Sunday, when he was seen in her street. "Someone should have picked up the phone," she told
us. "It would have taken two minutes."</div>

<h2>The law</h2>
<p>The Charter of Victims' Rights says that a victim should be told, on request, about the progress of the
investigation and of any court proceedings, including decisions about bail. Under section 19 of the Corrective
Services Act 2006, as described to us, the chief executive must notify a registered victim of a prisoner's release
date, but only where the victim has applied to be placed on the Victims Register and only 7 days before release.</p>
<p>In 2022 the Sentencing and Parole Review recommended that "the Victims Register should be promoted to every victim
of a violent offence at the time of sentencing". Corrective Services told us that this is now done by letter; only 23
per cent of eligible victims are registered.</p>

<h2>What we found</h2>
<ul>
<li>In 61 of the 140 files, there was no record that the victim had been told of a bail decision.</li>
<li>Victims of serious violence dealt with, on average, five different police officers over the life of a case.</li>
<li>Seven days' notice of release is too short for a victim to arrange safety planning or to move.</li>
<li>Information published by the three agencies is written for lawyers, not victims, and is available only in
English.</li>
<li>Most distressing news arrives after 5 pm or at weekends, when no agency's victim service is open.</li>
</ul>
<p>Agencies have told us they share our concern, and several improvements were made while this review was under way.
Those improvements should be built on, not treated as the end of the matter.</p>

<h2>Recommendations</h2>
<div class="recs">
<p>The Commissioner recommends that:</p>
<ul>
<li>the Queensland Police Service tell victims of every bail decision in their matter within 24 hours, by the means
of contact the victim has chosen;</li>
<li>the Queensland Police Service appoint a single named contact officer for the victim in every case of serious
personal violence;</li>
<li>Queensland Corrective Services place every victim of a violent or sexual offence on the Victims Register
automatically, unless the victim asks not to be included;</li>
<li>Queensland Corrective Services give registered victims at least 28 days' notice of a prisoner's release date,
instead of the present 7 days;</li>
<li>the Department of Justice publish a plain-language guide to bail, parole and release, in the ten community
languages most used in Queensland, by June 2027;</li>
<li>the Department of Justice fund an independent victims' information line that is open in the evenings and at
weekends;</li>
<li>the Government amend the Charter of Victims' Rights so that the right to information can be enforced through a
complaint to the Commissioner.</li>
</ul>
</div>

<h2>Next steps</h2>
<p>The Commissioner will ask each agency for a progress report in 12 months and will publish the reports, with the
Commissioner's comments, in the 2027-28 annual report.</p>
<p style="margin-top:5mm"><b>Dr Helen Marrabee</b><br>Victims' Rights Commissioner<br>Brisbane, 28 July 2026</p>
</body></html>"""

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body class="ms">
<div class="ms-top"><b>Queensland Government</b> &middot; Ministerial Media Statements<br>
Attorney-General and Minister for Justice, The Honourable Catherine Pell</div>
<p class="dl">Tuesday, 13 October 2026</p>
<h1>Victims to be told sooner under Government response to Commissioner's review</h1>

<p>The Government has today tabled its response to the Victims' Rights Commissioner's review of how victims of crime
are kept informed, and Attorney-General Catherine Pell thanked the more than 300 victims and families who shared
their experiences with the Commissioner.</p>
<p>"No victim should find out from a neighbour that the person who hurt them is back in their street," Ms Pell
said. "The Commissioner has done Queensland a real service, and we are acting on her advice."</p>

<p>A new plain-language guide, <i>Bail, Parole and Release: What Happens Next</i>, went online this morning.
Translations into ten community languages are being prepared and will be available by June 2027.</p>

<p>From 1 December 2026, police will send every victim a text message or email within 24 hours of a bail decision in
their matter. Commissioner of Police Daniel Ruiz said the new notification system had been trialled in the Logan and
Townsville districts since July.</p>

<p>On release decisions, the minimum notice given to registered victims will be doubled from 7 to 14 days, which
the Government believes strikes the right balance with the need to plan for a prisoner's release. The Government
does not support automatic enrolment on the Victims Register. "Some victims tell us very clearly that they do not want
to hear from the system again, and we have to respect that choice," Ms Pell said. Registration will remain voluntary,
but the application form has been shortened to a single page.</p>

<p>Separately, Ms Pell announced $3.2 million over four years for court support workers in eight regional
courthouses, beginning in Mackay, Mount Isa and Toowoomba in the new year.</p>

<p>The Commissioner's proposal for an after-hours victims' information line will be considered in the 2027-28
Budget process, together with the existing funding for victim support services.</p>

<p>Police will also trial a named contact officer for victims in domestic and family violence and sexual offence
cases in three districts from early next year. Extending the model to all cases of serious personal violence would
require significant additional resources and is not proposed at this stage.</p>

<p style="margin-top:6mm; font-size:8.8pt">ENDS<br>Media contact: Jordan Avery, Office of the Attorney-General,
0400 000 123</p>
</body></html>"""

RECS = [
    (1, "the Queensland Police Service tell victims of every bail decision",
     "police will send every victim a text message or email", "agrees"),
    (2, "the Queensland Police Service appoint a single named contact officer",
     "trial a named contact officer for victims in domestic", "partly"),
    (3, "Queensland Corrective Services place every victim of a violent or sexual offence",
     "does not support automatic enrolment on the Victims Register", "disagrees"),
    (4, "Queensland Corrective Services give registered victims at least 28 days' notice",
     "will be doubled from 7 to 14 days", "partly"),
    (5, "the Department of Justice publish a plain-language guide to bail",
     "What Happens Next, went online this morning", "agrees"),
    (6, "the Department of Justice fund an independent victims' information line",
     "will be considered in the 2027-28 Budget process", "noted"),
    (7, "the Government amend the Charter of Victims' Rights so that the right", None, "unanswered"),
]


def make(html, which, header, footer):
    tmp = tempfile.mkdtemp(prefix="blind83en_chr_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html % css())
    dst = H.out("%s_%s.pdf" % (NAME, which))
    H.chromium_pdf(src, dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, header=header, footer=footer, skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Left in the dark - Systemic review 2026/1", "{n}")
    make(RESPONSE, "response", "Ministerial Media Statement - 13 October 2026", "Page {n} of {N}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thanked the more than 300 victims and families",
                      "$3.2 million over four years for court support workers",
                      "Media contact: Jordan Avery, Office of the Attorney-General"],
                     "Advice: an Australian state VICTIMS' RIGHTS COMMISSIONER'S SYSTEMIC REVIEW: summary ('section "
                     "21 of the Victims' Rights Commissioner Act 2024'), a floated sidebar story ('Someone should have "
                     "picked up the phone'), 'The law' ('a victim should be told, on request', 'section 19 ... the "
                     "chief executive must notify', 'only 7 days before release'), the 2022 review's recommendation "
                     "quoted ('the Victims Register should be promoted to every victim'), 'What we found' bullets "
                     "(findings), 'Those improvements should be built on'; the recommendations are SEVEN UNNUMBERED "
                     "lower-case bold bullets after 'The Commissioner recommends that:' in a ruled block (numbers 1-7 "
                     "are their order), then 'Next steps' (progress report in 12 months). Response: a MINISTERIAL "
                     "MEDIA STATEMENT with no headings and no numbers, replies by subject in the order 5, 1, 3+4, 6, "
                     "2: guide online today, translations by June 2027 (5 agrees); SMS/email within 24 hours from 1 "
                     "December (1 agrees); ONE paragraph on release = notice 'doubled from 7 to 14 days' (4 partly) + "
                     "'does not support automatic enrolment on the Victims Register' (3 disagrees); after-hours line "
                     "'will be considered in the 2027-28 Budget process' (6 noted); named contact trial for DFV and "
                     "sexual offence cases only, wider model 'not proposed at this stage' (2 partly). 7 (enforceable "
                     "Charter right) is not answered. Unmatched: the opening paragraph (and the quote after it), the "
                     "court support funding paragraph, ENDS/media contact. The minister's 'No victim should find out' "
                     "quote is in the opening.")
    sys.exit(H.main([NAME]))
