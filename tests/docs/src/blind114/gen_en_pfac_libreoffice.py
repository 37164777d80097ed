"""Round 114 (EN): an Ontario hospital's PATIENT AND FAMILY ADVISORY COUNCIL's advice to the hospital's Board of
Directors on the emergency department experience, seven recommendations as LETTERED BOXES A-G (a coloured letter cell
beside a bordered box with a short bold title and the advice), answered by the President and CEO's LETTER GROUPED BY
VERDICT under four headings ('What we will do', 'Where we can go part of the way', 'What we are not able to do',
'What we need to look at further'), each reply opening 'Recommendation D, interpretation.', in another order, one
recommendation (G) left out.
LibreOffice Writer headless from a hand-written FLAT ODT (.fodt), US Letter, Liberation Sans (advice) and Liberation
Serif (letter); teal letterhead table with a pale cell, an 'Emergency department in 2025' figures table, the numbered
QUESTIONS the Council asked patients and bold-lead-in findings 'What we heard' (not recommendations); header and
'Page N of M' stamped from page 2. All bodies, people, places and figures invented; Ontario's Excellent Care for All
Act, 2010 is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind114en/bin/python tests/docs/src/blind114/gen_en_pfac_libreoffice.py
"""
import html, os, re, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b114en as H

NAME = "blind114_en_pfac"
TEAL = "#17606b"
PALE = "#e6f1f2"
BOXBG = "#f6f9f9"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="FONT" fo:font-size="10.5pt" fo:language="en" fo:country="CA" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="125%"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Tight" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.6pt" fo:color="#4a4a4a"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="TEAL"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"
   fo:border-bottom="0.5pt solid TEAL" fo:padding-bottom="0.04cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="TEAL"/>
 </style:style>
 <style:style style:name="H3" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:font-style="italic" fo:color="TEAL"/>
 </style:style>
 <style:style style:name="Num" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="Letter" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.16cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="BoxLetter" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm" fo:line-height="100%"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.06cm"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="TEAL"/>
 </style:style>
 <style:style style:name="BoxText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="115%"/>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="CellR" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="LH1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="LH2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="LHR" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="end"/>
  <style:text-properties fo:font-size="8.6pt" fo:color="TEAL"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.75in"
   fo:margin-bottom="0.8in" fo:margin-left="0.9in" fo:margin-right="0.9in"/>
 </style:page-layout>
 <style:style style:name="TFull" style:family="table">
  <style:table-properties style:width="6.7in" table:align="left" fo:margin-top="0.05cm" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="TFig" style:family="table">
  <style:table-properties style:width="4.6in" table:align="left" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="TBox" style:family="table">
  <style:table-properties style:width="6.7in" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.18cm"
   style:may-break-between-rows="false"/>
 </style:style>
 <style:style style:name="RKeep" style:family="table-row">
  <style:table-row-properties fo:keep-together="always"/>
 </style:style>
 <style:style style:name="CL1" style:family="table-column"><style:table-column-properties style:column-width="4.4in"/></style:style>
 <style:style style:name="CL2" style:family="table-column"><style:table-column-properties style:column-width="2.3in"/></style:style>
 <style:style style:name="CF1" style:family="table-column"><style:table-column-properties style:column-width="3.3in"/></style:style>
 <style:style style:name="CF2" style:family="table-column"><style:table-column-properties style:column-width="1.3in"/></style:style>
 <style:style style:name="CB1" style:family="table-column"><style:table-column-properties style:column-width="0.55in"/></style:style>
 <style:style style:name="CB2" style:family="table-column"><style:table-column-properties style:column-width="6.15in"/></style:style>
 <style:style style:name="cTeal" style:family="table-cell">
  <style:table-cell-properties fo:background-color="TEAL" fo:padding="0.22cm" style:vertical-align="middle" fo:border="none"/>
 </style:style>
 <style:style style:name="cPale" style:family="table-cell">
  <style:table-cell-properties fo:background-color="PALE" fo:padding="0.22cm" style:vertical-align="middle" fo:border="none"/>
 </style:style>
 <style:style style:name="cLetter" style:family="table-cell">
  <style:table-cell-properties fo:background-color="TEAL" fo:padding="0.12cm" style:vertical-align="top" fo:border="0.75pt solid TEAL"/>
 </style:style>
 <style:style style:name="cBox" style:family="table-cell">
  <style:table-cell-properties fo:background-color="BOXBG" fo:padding-left="0.3cm" fo:padding-right="0.3cm"
   fo:padding-top="0.16cm" fo:padding-bottom="0.18cm" fo:border="0.75pt solid TEAL"/>
 </style:style>
 <style:style style:name="cHead" style:family="table-cell">
  <style:table-cell-properties fo:background-color="PALE" fo:padding="0.08cm" fo:border-bottom="0.75pt solid TEAL"
   fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
 </style:style>
 <style:style style:name="cRow" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border-bottom="0.4pt solid #b7c9cb" fo:border-top="none"
   fo:border-left="none" fo:border-right="none"/>
 </style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', t)
    t = re.sub(r"__(.+?)__", r'<text:span text:style-name="I">\1</text:span>', t)
    return t.replace("\n", "<text:line-break/>")


def p(t, style="Body"):
    return f'<text:p text:style-name="{style}">{inline(t)}</text:p>\n'


def h(t, style="H2"):
    return p(t, style)


def letterhead(left1, left2, right):
    return (f'<table:table table:name="LH" table:style-name="TFull"><table:table-column table:style-name="CL1"/>'
            f'<table:table-column table:style-name="CL2"/><table:table-row>'
            f'<table:table-cell table:style-name="cTeal" office:value-type="string">{p(left1, "LH1")}{p(left2, "LH2")}</table:table-cell>'
            f'<table:table-cell table:style-name="cPale" office:value-type="string">{p(right, "LHR")}</table:table-cell>'
            f'</table:table-row></table:table>\n')


def figs(rows):
    out = ('<table:table table:name="Figs" table:style-name="TFig"><table:table-column table:style-name="CF1"/>'
           '<table:table-column table:style-name="CF2"/>')
    for i, (a, b) in enumerate(rows):
        cs = "cHead" if i == 0 else "cRow"
        a = f"**{a}**" if i == 0 else a
        b = f"**{b}**" if i == 0 and b else b
        out += (f'<table:table-row><table:table-cell table:style-name="{cs}" office:value-type="string">{p(a, "Cell")}</table:table-cell>'
                f'<table:table-cell table:style-name="{cs}" office:value-type="string">{p(b, "CellR")}</table:table-cell></table:table-row>')
    return out + "</table:table>\n"


def box(letter, title, text):
    return (f'<table:table table:name="Box{letter}" table:style-name="TBox"><table:table-column table:style-name="CB1"/>'
            f'<table:table-column table:style-name="CB2"/><table:table-row table:style-name="RKeep">'
            f'<table:table-cell table:style-name="cLetter" office:value-type="string">{p(letter, "BoxLetter")}</table:table-cell>'
            f'<table:table-cell table:style-name="cBox" office:value-type="string">{p(title, "BoxTitle")}{p(text, "BoxText")}</table:table-cell>'
            f'</table:table-row></table:table>\n')


def fodt(body, font):
    head = HEAD.replace("FONT", font).replace("TEAL", TEAL).replace("PALE", PALE).replace("BOXBG", BOXBG)
    return head + body + TAIL


def advice():
    b = letterhead("Kestrel Falls General Hospital", "Patient and Family Advisory Council",
                   "PFAC Advice No. 2026-1\nMarch 24, 2026")
    b += p("The emergency department experience: advice to the Board of Directors", "Title")
    b += p("Co-chairs: Anjali Brennan-Roy (patient and family advisor) and Tom Vezina (Vice-President, Patient "
           "Experience). Approved by the Council at its meeting of March 10, 2026.", "Small")
    b += h("About the Council")
    b += p("The Patient and Family Advisory Council brings together fourteen patient and family advisors and four staff "
           "members. Advisors are volunteers who have been patients at Kestrel Falls General Hospital, or have cared for "
           "someone who was. Ontario's Excellent Care for All Act, 2010 requires hospitals to have a patient relations "
           "process, and the hospital's by-laws provide that the Board must receive advice from the Council at least "
           "once a year. This is our advice for 2026. We chose the emergency department because it was the subject of "
           "more than a third of the compliments and complaints the hospital received in 2025.")
    b += h("How we listened")
    b += p("Between October and December 2025, Council members spent eighteen shifts in the emergency department "
           "waiting room, on weekdays, evenings and weekends, and spoke with 231 patients and family members. We asked "
           "everyone the same five questions:")
    for i, q in enumerate(["How long have you been waiting, and do you know how much longer it will be?",
                           "Has anyone explained to you what happens next?",
                           "Is a family member or friend with you, and have they been able to stay with you?",
                           "Have you had any difficulty understanding staff, or being understood?",
                           "What one thing would have made today easier?"], 1):
        b += p(f"{i}.\t{q}".replace("\t", "  "), "Num")
    b += p("We also met the department's manager, two physicians, the charge nurses and the security team, and the "
           "hospital gave us the figures below.", "Body")
    b += figs([("Emergency department in 2025", ""), ("Visits", "61,400"),
               ("Median time to initial physician assessment", "2.9 hours"),
               ("Patients who left without being seen", "4.8%"),
               ("Patients admitted from the department", "9,870"),
               ("Median stay before admission to a ward", "17.5 hours")])
    b += h("What we heard")
    b += p("**Not knowing is the hardest part.** Eighty-one percent of the people we spoke with did not know how much "
           "longer they would wait. One father told us that staff should have warned him about the wait before he paid "
           "for a full day of parking.")
    b += p("**Families are asked to leave.** Family members were asked to go back to the waiting room when the "
           "department was busy, sometimes for hours, even when the patient was frail, confused or a child.")
    b += p("**Parking adds up.** The daily maximum is $28. Families of patients who stay for weeks told us they had "
           "spent more than $400 on parking.")
    b += p("**Language.** About one in nine people we met did not speak English or French as a first language. Many "
           "relied on a relative, sometimes a child, to interpret.")
    b += p("**Going home.** Patients were given up to six pages of discharge instructions, which many found hard to "
           "follow when they were tired or unwell.")
    b += p("**Nowhere private.** Families of patients who were critically ill or dying had nowhere to sit together "
           "except the corridor or the main waiting room.")
    b += p("In 2023 the Council advised that \u201cthe hospital should replace the chairs in the emergency waiting room "
           "with chairs that have arms\u201d. This was done in 2024, and patients noticed the difference. We also heard "
           "concerns about the cafeteria's evening hours; we make no recommendation on them, as the food services "
           "contract is being tendered this year.")
    b += h("Our advice")
    b += p("The Council gives the following advice to the Board of Directors.")
    for letter, title, text in [
        ("A", "Tell people how long they will wait",
         "Display estimated wait times in the emergency department waiting room and update them at least once an hour."),
        ("B", "Let families stay",
         "Allow one family caregiver to remain with a patient at all times in the emergency department, including overnight."),
        ("C", "Make parking fair for long stays",
         "Provide free parking for the family caregivers of patients who are in hospital for more than seven days."),
        ("D", "Help everyone be understood",
         "Offer professional interpretation, in person or by video, to every patient who asks for it, 24 hours a day."),
        ("E", "Bring the patient voice into leadership",
         "Include a patient and family advisor on the hiring panel for every vice-president and director position."),
        ("F", "Make going home simpler",
         "Replace the current discharge instructions with a one-page plain-language summary that the Council has reviewed."),
        ("G", "Give families a private place",
         "Create a quiet room in the emergency department for the families of patients who are critically ill or dying.")]:
        b += box(letter, title, text)
    b += h("In closing")
    b += p("We ask the Board to give priority to Recommendations A, B and G, which patients raised with us most often. "
           "We thank the emergency department staff, who welcomed us onto their busiest shifts and answered every "
           "question we put to them.")
    b += p("Anjali Brennan-Roy and Tom Vezina, Co-chairs, Patient and Family Advisory Council", "Small")
    return fodt(b, "Liberation Sans")


def response():
    b = letterhead("Kestrel Falls General Hospital", "Office of the President and Chief Executive Officer",
                   "400 Riverbend Drive\nKestrel Falls, Ontario")
    L = lambda t: p(t, "Letter")
    b += L("May 19, 2026")
    b += L("Anjali Brennan-Roy\nCo-Chair, Patient and Family Advisory Council\nKestrel Falls General Hospital")
    b += L("**Re: PFAC Advice No. 2026-1, the emergency department experience**")
    b += L("Dear Anjali,")
    b += L("On behalf of the Board of Directors, thank you and the Council for your advice on the emergency department. "
           "The Board's Quality Committee reviewed the advice on April 28, and the full Board discussed it on May 12 "
           "with the department's leadership present. I have grouped our response by what we are able to do.")
    b += L("Council advisors also gave more than 2,300 volunteer hours to the hospital in 2025, on everything from "
           "the redesign of our maternity rooms to the review of our visitor policy. The Board asked me to record its "
           "thanks for that work as well.")
    b += p("What we will do", "H3")
    b += L("**Recommendation A, wait times.** New screens in the waiting room will show estimated waits for each level "
           "of urgency, refreshed every 30 minutes, by October 2026. The same information will be posted on the "
           "hospital's website.")
    b += L("**Recommendation D, interpretation.** From September 1, 2026, video interpretation in more than 200 "
           "languages will be available on tablets in every unit, 24 hours a day. Staff have been reminded not to rely "
           "on family members, and never on children, except in an emergency.")
    b += L("**Recommendation E, hiring panels.** The Board agrees. A patient and family advisor will sit on the panel "
           "for every vice-president and director appointment from now on; two advisors have already taken part in the "
           "search for our new Chief Nursing Executive.")
    b += p("Where we can go part of the way", "H3")
    b += L("**Recommendation B, family presence.** We support the principle that families are partners in care, not "
           "visitors. From June 15, one caregiver will be able to stay with a patient at all times in the emergency "
           "department, except in the resuscitation area during active treatment and when an outbreak has been "
           "declared.")
    b += p("What we are not able to do", "H3")
    b += L("**Recommendation C, parking.** Parking brings in about $3.1 million a year, which supports services the "
           "Ministry does not fund, and the Board is not prepared to offer free parking. Discounted weekly and monthly "
           "passes remain available from the Parking Office, and the social work team can help families facing "
           "hardship.")
    b += p("What we need to look at further", "H3")
    b += L("**Recommendation F, discharge summaries.** Our new electronic health record goes live in the spring of 2027 "
           "and will change how discharge information is produced. We will look at a plain-language summary as part of "
           "that work and will come back to the Council, but we cannot commit to a format now.")
    b += p("Other matters", "H3")
    b += L("Our accreditation survey takes place from November 16 to 20, 2026. The surveyors have asked to meet patient "
           "and family advisors, and I would be grateful if two members of the Council could join that meeting.")
    b += L("Thank you again for advice that is so clearly grounded in what patients and families told you. I look "
           "forward to joining the Council's meeting on June 9.")
    b += L("Sincerely,")
    b += L("\nDr. Marguerite Oyelowo-Hart\nPresident and Chief Executive Officer")
    b += p("c: Chair, Board of Directors; Tom Vezina, Vice-President, Patient Experience", "Small")
    return fodt(b, "Liberation Serif")


def main():
    tmp = tempfile.mkdtemp(prefix="blind114en_lo_out_")
    for kind, doc in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.fodt")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(doc)
        subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/blind{H.blind_en.ROUND}en_lo", "--headless",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kestrel Falls General Hospital - Patient and Family Advisory Council - PFAC Advice No. 2026-1",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Kestrel Falls General Hospital - Office of the President and CEO",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Display estimated wait times in the emergency department waiting room",
         "reply_contains": "will show estimated waits for each level of urgency", "verdict": "agrees"},
        {"number": 2, "starts_with": "Allow one family caregiver to remain with a patient at all times",
         "reply_contains": "except in the resuscitation area during active treatment", "verdict": "partly"},
        {"number": 3, "starts_with": "Provide free parking for the family caregivers of patients who are",
         "reply_contains": "the Board is not prepared to offer free parking", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Offer professional interpretation, in person or by video, to every patient",
         "reply_contains": "video interpretation in more than 200 languages will be available", "verdict": "agrees"},
        {"number": 5, "starts_with": "Include a patient and family advisor on the hiring panel for",
         "reply_contains": "two advisors have already taken part in the search", "verdict": "agrees"},
        {"number": 6, "starts_with": "Replace the current discharge instructions with a one-page plain-language summary",
         "reply_contains": "We will look at a plain-language summary as part of", "verdict": "noted"},
        {"number": 7, "starts_with": "Create a quiet room in the emergency department for the families",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The Board's Quality Committee reviewed the advice on April 28",
                 "gave more than 2,300 volunteer hours to the hospital in 2025",
                 "Our accreditation survey takes place from November 16 to 20",
                 "I look forward to joining the Council's meeting on June 9"]
    notes = ("Advice: Ontario hospital PATIENT AND FAMILY ADVISORY COUNCIL advice No. 2026-1 to the Board of Directors on "
             "the emergency department experience; recs are seven LETTERED BOXES A-G (a teal cell with the letter beside "
             "a bordered box with a short bold TITLE such as 'Let families stay' and the advice sentence) after 'The "
             "Council gives the following advice'; traps: the five numbered QUESTIONS the Council asked patients, an "
             "'Emergency department in 2025' figures table, bold-lead-in FINDINGS 'What we heard' ('staff should have "
             "warned him about the wait'), the Excellent Care for All Act, 2010 and the by-laws 'the Board must receive "
             "advice', the Council's 2023 advice quoted ('the hospital should replace the chairs'), cafeteria hours "
             "'we make no recommendation', closing 'give priority to Recommendations A, B and G'. Response: President "
             "and CEO's LETTER GROUPED BY VERDICT under four italic headings, each reply opening 'Recommendation X, "
             "topic.', order A, D, E / B / C / F: waiting-room screens by October 2026 (A agrees); video interpretation "
             "from September 1, 2026 (D agrees); advisor on every VP and director panel (E agrees); one caregiver from "
             "June 15 except in resuscitation and outbreaks (B partly); 'not prepared to offer free parking', "
             "discounted passes remain (C disagrees); plain-language summary looked at with the 2027 health record, "
             "'cannot commit to a format now' (F noted); G (quiet room) unanswered; opening (Quality Committee April "
             "28), 2,300 volunteer hours, 'Other matters' accreditation survey, closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
