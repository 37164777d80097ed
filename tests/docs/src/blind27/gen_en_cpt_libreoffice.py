"""Round 27 (EN): Council of Europe CPT periodic visit report (recommendations in bold inside numbered
paragraphs, with comments and requests for information) + the Government's response by paragraph.
LibreOffice Writer headless from HTML; running header and page numbers stamped with PyMuPDF.
All content (State, places, people, figures) invented."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b27en as H

NAME = "blind27_en_cpt"
WORK = "/tmp/b27/cpt"

CSS = """
<style>
@page { size: 21cm 29.7cm; margin: 2.5cm 2.4cm 2.4cm 2.4cm; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; }
p { margin-top: 0; margin-bottom: 7pt; text-align: justify; }
p.num { margin-left: 0cm; text-indent: 0cm; }
h1 { font-family: 'Liberation Serif'; font-size: 15pt; font-weight: bold; text-align: center; margin-bottom: 10pt; }
h2 { font-family: 'Liberation Serif'; font-size: 12pt; font-weight: bold; margin-top: 14pt; margin-bottom: 6pt; }
h3 { font-family: 'Liberation Serif'; font-size: 11.5pt; font-weight: bold; font-style: italic; margin-top: 10pt; margin-bottom: 5pt; }
h4 { font-family: 'Liberation Serif'; font-size: 11.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 4pt; text-decoration: underline; }
p.small { font-size: 9.5pt; }
p.c { text-align: center; }
</style>
"""


def fn_anchor(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym">'
            f'<sup>{n}</sup></a>')


def fn_body(n, text):
    return (f'<div id="sdfootnote{n}"><p class="small"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a>&#9;{text}</p></div>')


def P(n, text):
    return f'<p class="num">{n}.&#9;{text}</p>'


ADVICE = [
 '<p class="c" style="text-align: center"><b>COUNCIL OF EUROPE</b></p>',
 '<p class="c" style="text-align: right">CPT/Inf (2026) 4</p>',
 '<h1>Report to the Government of the Republic of Varnia on the periodic visit to Varnia carried out by the '
 'European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT)</h1>',
 '<p class="c" style="text-align: center">from 9 to 20 June 2025</p>',
 '<p class="small">The Government of Varnia has requested the publication of this report and of its response. The '
 'Government\'s response is set out in document CPT/Inf (2026) 5.</p>',
 '<p class="c" style="text-align: center">Strasbourg, 12 February 2026</p>',
 '<h2>Executive summary</h2>',
 '<p>The main objective of the visit was to review the treatment of persons detained by the police and the conditions '
 'of detention at Kovna Prison, the country\'s largest remand establishment. The delegation received very good '
 'co-operation from the national authorities at all levels.</p>',
 '<p>A number of persons met by the delegation alleged that they had been slapped, punched or kicked by police officers '
 'at the time of apprehension or during questioning at the Darsk Police Directorate. At Kovna Prison, overcrowding '
 'remains severe and remand prisoners spend almost the whole day locked in their cells. The CPT\'s recommendations, '
 'comments and requests for information are set out in bold in the text of the report.</p>',
 '<h2>I. INTRODUCTION</h2>',
 '<h3>A. Dates of the visit and composition of the delegation</h3>',
 P(1, 'In pursuance of Article 7 of the European Convention for the Prevention of Torture and Inhuman or Degrading '
      'Treatment or Punishment, a delegation of the CPT carried out a periodic visit to Varnia from 9 to 20 June 2025. '
      'It was the CPT\'s fifth visit to the country.' + fn_anchor(1)),
 P(2, 'The visit was carried out by five members of the CPT, supported by two members of the Committee\'s '
      'Secretariat and assisted by two experts and three interpreters.'),
 '<h3>B. Consultations held and co-operation encountered</h3>',
 P(3, 'The delegation held consultations with the Minister of Justice, Ms Irena Valcheva, the Deputy Minister of the '
      'Interior, Mr Oskar Brandt, and senior officials of both ministries, as well as with the Ombudsman, who is also '
      'the National Preventive Mechanism.'),
 P(4, 'The co-operation received throughout the visit was excellent. The delegation had rapid access to all the places '
      'it wished to visit and to the documentation it required.'),
 '<h2>II. FACTS FOUND DURING THE VISIT AND ACTION PROPOSED</h2>',
 '<h3>A. Law enforcement agencies</h3>',
 '<h4>1. Ill-treatment</h4>',
 P(5, 'The delegation interviewed more than 60 persons who were, or had recently been, in police custody. The majority '
      'stated that they had been treated correctly. However, the delegation received some 14 allegations of physical '
      'ill-treatment, mostly at the Darsk Police Directorate, consisting of slaps, punches and kicks inflicted during '
      'questioning with a view to obtaining a confession.'),
 P(6, 'In one case, the medical member of the delegation examined a detained person who displayed a haematoma on the left '
      'cheek and bruising to the ribs consistent with his allegation of having been kicked while lying on the floor of an '
      'interview room.'),
 P(7, '<b>The CPT recommends that the Minister of the Interior deliver a clear message to all police officers that '
      'ill-treatment of detained persons is illegal and will be punished accordingly.</b> This message should be '
      'repeated, in an appropriate form, at regular intervals by senior officers.'),
 P(8, 'In the report on its 2021 visit, the CPT recommended that the authorities ensure that detained persons are informed '
      'of their rights in a language they understand. The delegation found that this recommendation has been '
      'implemented: an information sheet is now available in twelve languages.'),
 P(9, 'As regards the case described in paragraph 6, <b>the CPT would like to receive, within three months, information '
      'on the outcome of the criminal investigation opened by the Darsk District Prosecutor\'s Office.</b>'),
 '<h4>2. Safeguards against ill-treatment</h4>',
 P(10, 'Although Article 41 of the Code of Criminal Procedure provides for access to a lawyer from the moment of '
       'detention, several detained persons stated that they had met a lawyer only at their first court hearing, '
       'sometimes two days after apprehension.' + fn_anchor(2) + ' <b>The CPT recommends that the Varnian authorities '
       'take the necessary steps to ensure that all persons detained by the police have an effective right of access '
       'to a lawyer from the very outset of their deprivation of liberty.</b>'),
 P(11, 'Medical examinations of detained persons were generally carried out in the presence of police officers. The CPT '
       'reiterates its long-standing position that such examinations should take place out of the hearing and, unless '
       'the doctor requests otherwise, out of the sight of police officers.'),
 '<h4>3. Conditions of detention</h4>',
 P(12, 'The six cells at the Darsk Police Directorate are located in the basement. They have no access to natural light '
       'and are equipped only with a concrete plinth. Cell 4 measured less than 4 m&#178;. <b>The Committee recommends '
       'that the cells at the Darsk Police Directorate be equipped with a means of rest suitable for overnight stays, and '
       'that cell 4 no longer be used for accommodating detained persons overnight.</b>'),
 '<h3>B. Prison establishments</h3>',
 '<h4>1. Preliminary remarks</h4>',
 P(13, 'The delegation visited Kovna Prison, which had an official capacity of 920 places and was accommodating 1,240 '
       'prisoners on the first day of the visit, of whom 710 were on remand.'),
 P(14, 'The delegation did not hear any allegations of physical ill-treatment of prisoners by staff at Kovna Prison. On '
       'the contrary, many prisoners spoke positively of the attitude of custodial staff.'),
 '<h4>2. Conditions of detention</h4>',
 P(15, 'In the remand wing, up to eight prisoners were accommodated in cells of 21 m&#178;, leaving less than 3 m&#178; '
       'of living space per person. Most cells were in a poor state of repair, with damp walls and partitioned toilets.'),
 P(16, '<b>The CPT recommends that the authorities pursue their efforts to reduce overcrowding at Kovna Prison, with the '
       'aim of providing at least 4 m&#178; of living space per prisoner in multi-occupancy cells.</b>'),
 P(17, 'Remand prisoners were locked in their cells for up to 23 hours a day, with only one hour of outdoor exercise. '
       '<b>The CPT also recommends that remand prisoners be offered at least two hours of out-of-cell activities a day, '
       'in addition to outdoor exercise.</b>'),
 '<h4>3. Health care</h4>',
 P(18, 'The health-care team comprised two full-time doctors and nine nurses, which is insufficient for a population of '
       'more than 1,200. Newly arrived prisoners were often not seen by a doctor for several days.'),
 P(19, '<b>The CPT recommends that every newly arrived prisoner be properly interviewed and physically examined by a '
       'doctor or a fully qualified nurse reporting to a doctor within 24 hours of admission.</b>'),
 P(20, 'Injuries observed on admission were recorded only briefly in the prisoner\'s medical file. <b>The CPT recommends '
       'that a special register of injuries be introduced at Kovna Prison and that every record of injuries consistent '
       'with allegations of ill-treatment be forwarded systematically to the competent prosecutor.</b>'),
 '<h4>4. Discipline and segregation</h4>',
 P(21, 'Under Section 88 of the Execution of Criminal Sanctions Act, solitary confinement may be imposed as a disciplinary '
       'punishment for up to 30 days for a single offence.'),
 P(22, 'In the CPT\'s view, the potentially very damaging effects of solitary confinement mean that it should be imposed '
       'for as short a period as possible. <b>The CPT recommends that the maximum period of solitary confinement as a '
       'disciplinary punishment be reduced to no more than 14 days for a given offence.</b>'),
 P(23, 'The delegation noted that prisoners placed in the disciplinary unit were not allowed any reading material. <b>The '
       'CPT trusts that the authorities will allow such prisoners to have access to books and newspapers.</b>'),
 '<h2>III. CONCLUDING REMARKS</h2>',
 P(24, 'The CPT requests the Varnian authorities to provide, within six months, a response giving a full account of the '
       'action taken to implement the recommendations set out in this report, together with the information requested.'),
 fn_body(1, 'The CPT\'s previous periodic visit to Varnia took place in October 2021; see CPT/Inf (2022) 11.'),
 fn_body(2, 'In three of the five cases examined, the custody record did not indicate when the lawyer had been notified.'),
]

RESPONSE = [
 '<p class="c" style="text-align: center"><b>COUNCIL OF EUROPE</b></p>',
 '<p class="c" style="text-align: right">CPT/Inf (2026) 5</p>',
 '<h1>Response of the Government of the Republic of Varnia to the report of the European Committee for the Prevention '
 'of Torture and Inhuman or Degrading Treatment or Punishment (CPT) on its visit to Varnia from 9 to 20 June 2025</h1>',
 '<p class="c" style="text-align: center">Strasbourg, 12 February 2026</p>',
 '<h2>Introduction</h2>',
 '<p>The Government of the Republic of Varnia thanks the CPT for its report and for the constructive dialogue held '
 'during and after the visit. The response below has been prepared by the Ministry of Justice and the Ministry of the '
 'Interior and follows the structure of the report. The paragraph numbers refer to the paragraphs of the CPT\'s '
 'report.</p>',
 '<h2>A. Law enforcement agencies</h2>',
 '<h3>Paragraph 7</h3>',
 '<p>On 2 September 2025 the Minister of the Interior issued Instruction No. 114/2025 to all police officers, '
 'reminding them that any form of ill-treatment of detained persons is a criminal offence and will be prosecuted. '
 'The Instruction was read out at the morning briefing in every police directorate and will be repeated every year. '
 'The recommendation has therefore been implemented.</p>',
 '<h3>Paragraph 9</h3>',
 '<p>The criminal investigation opened by the Darsk District Prosecutor\'s Office was discontinued on 14 October 2025 '
 'for lack of evidence identifying the officers concerned. The complainant has appealed against this decision to the '
 'Higher Prosecutor\'s Office, and the appeal is pending.</p>',
 '<h3>Paragraph 10</h3>',
 '<p>The right of access to a lawyer from the moment of detention is guaranteed by Article 41 of the Code of Criminal '
 'Procedure, and the Government does not consider that any legislative amendment is required. It recognises, however, '
 'that in practice a lawyer is not always available at night or at weekends. The duty lawyer scheme run with the Bar '
 'Association in the capital will be extended to the Darsk region from March 2026. Owing to its cost, it is not '
 'possible to extend the scheme nationwide before 2028.</p>',
 '<h3>Paragraph 12</h3>',
 '<p>All six cells at the Darsk Police Directorate have been fitted with wooden sleeping platforms and mattresses, and '
 'cell 4 has been taken out of use since 1 August 2025. The Directorate will move to new premises with cells above '
 'ground level in 2027.</p>',
 '<h2>B. Prison establishments</h2>',
 '<h3>Paragraphs 16 and 17</h3>',
 '<p>The Government shares the CPT\'s concern about the level of occupancy at Kovna Prison. Following the entry into '
 'force of the amendments on electronic monitoring, the population of the prison fell to 1,085 on 1 December 2025. The '
 'Ministry of Justice is committed to the standard of 4 m&#178; per prisoner in multi-occupancy cells, which will be '
 'met on the opening of the new accommodation wing in the second half of 2027.</p>',
 '<p>As regards out-of-cell activities, the prison administration has thirty vacant posts of custodial officers, and '
 'the staffing situation does not at present allow remand prisoners to spend more time outside their cells. The '
 'current regime of one hour of outdoor exercise will therefore be maintained, and the Ministry sees no possibility of '
 'changing it during the next two years.</p>',
 '<h3>Paragraph 19</h3>',
 '<p>Since 1 January 2026 every newly arrived prisoner is examined on the day of admission, or at the latest the '
 'following morning, by a doctor or a nurse. Four additional nursing posts have been created and filled.</p>',
 '<h3>Paragraph 22</h3>',
 '<p>The length of disciplinary solitary confinement is laid down in Section 88 of the Execution of Criminal Sanctions '
 'Act. The CPT\'s proposal has been forwarded to the working group preparing amendments to the Act, which is expected '
 'to complete its work by the end of 2026. The Government will inform the Committee of the outcome.</p>',
 '<h3>Paragraph 23</h3>',
 '<p>Prisoners in the disciplinary unit may borrow up to two books a week from the prison library. Newspapers are '
 'not provided, in order to maintain the punitive character of the measure.</p>',
 '<h2>Concluding remarks</h2>',
 '<p>The Government remains committed to co-operating with the CPT and will keep the Committee informed of further '
 'developments, in particular the opening of the new accommodation wing at Kovna Prison.</p>',
]


def html(body, title):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title>" + CSS +
            "</head><body>" + "\n".join(body) + "</body></html>")


def convert(body, stem, header):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, header))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, stem + ".pdf"), dst)
    H.stamp(dst, header=None, footer="- {n} -", skip_first=False,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=9)
    H.stamp(dst, header=header, footer=None, skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=9)


def main():
    convert(ADVICE, "advice", "CPT/Inf (2026) 4")
    convert(RESPONSE, "response", "CPT/Inf (2026) 5")
    recs = [
        {"number": "7", "starts_with": "The CPT recommends that the Minister of the Interior deliver",
         "reply_contains": "issued Instruction No. 114/2025 to all police officers", "verdict": "agrees"},
        {"number": "10", "starts_with": "The CPT recommends that the Varnian authorities take the necessary steps",
         "reply_contains": "it is not possible to extend the scheme nationwide before 2028",
         "verdict": "partly"},
        {"number": "12", "starts_with": "The Committee recommends that the cells at the Darsk Police Directorate",
         "reply_contains": "cell 4 has been taken out of use since 1 August 2025", "verdict": "agrees"},
        {"number": "16", "starts_with": "The CPT recommends that the authorities pursue their efforts to reduce",
         "reply_contains": "met on the opening of the new accommodation wing", "verdict": "agrees"},
        {"number": "17", "starts_with": "The CPT also recommends that remand prisoners be offered",
         "reply_contains": "the staffing situation does not at present allow remand prisoners", "verdict": "disagrees"},
        {"number": "19", "starts_with": "The CPT recommends that every newly arrived prisoner be properly interviewed",
         "reply_contains": "Four additional nursing posts have been created and filled", "verdict": "agrees"},
        {"number": "20", "starts_with": "The CPT recommends that a special register of injuries be introduced",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "22", "starts_with": "The CPT recommends that the maximum period of solitary confinement",
         "reply_contains": "forwarded to the working group preparing amendments to the Act", "verdict": "noted"},
    ]
    unmatched = ["was discontinued on 14 October 2025 for lack of evidence",
                 "may borrow up to two books a week from the prison library"]
    notes = ("Council of Europe CPT periodic visit report CPT/Inf (2026) 4 and the Government's response CPT/Inf (2026) 5 "
             "(LibreOffice Writer from HTML, two Writer footnotes, report symbol stamped as running header and '- n -' "
             "page numbers). Advice: every paragraph numbered 1.-24. with a tab; the eight recommendations are BOLD "
             "SENTENCES inside paragraphs 7, 10, 12, 16, 17, 19, 20, 22 ('The CPT recommends that ...', 'The Committee "
             "recommends that ...', 'The CPT also recommends that ...'), in 7, 10 and 12 after or before ordinary "
             "sentences, so the number of a recommendation is the paragraph number; also in bold but NOT recommendations: "
             "a request for information (9, 'would like to receive'), a comment (23, 'trusts that') and paragraph 24's "
             "request for a response; paragraph 8 reports a 2021 recommendation (implemented) and paragraph 11 "
             "'reiterates its long-standing position' without bold. Response: bold italic headings 'Paragraph N' in "
             "report order, no quotations: 7 implemented by an Instruction (agrees), 9 answers the request for "
             "information (unmatched), 10 'does not consider that any legislative amendment is required' but extends a "
             "duty lawyer scheme regionally, not nationwide before 2028 (partly), 12 done (agrees), ONE heading "
             "'Paragraphs 16 and 17' with a paragraph each: 16 committed with a 2027 date (agrees), 17 regime 'will "
             "therefore be maintained' (disagrees); 19 done (agrees); 20 skipped (unanswered); 22 forwarded to a working "
             "group, outcome to follow (noted); 23 answers the comment (unmatched, partly refusing). Introduction and "
             "concluding remarks answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()
