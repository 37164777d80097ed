"""Round 26 (EN): UN Special Rapporteur country visit report + comments by the State.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"); symbol header and
page numbers stamped with PyMuPDF. All content invented."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b26en as H

NAME = "blind26_en_un_sr"
WORK = "/tmp/b26/un_sr"

CSS = """
<style>
@page { size: 21cm 29.7cm; margin: 2.4cm 2.3cm 2.4cm 2.3cm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: justify; }
p.num { margin-left: 1.2cm; text-indent: -1.2cm; }
p.sub { margin-left: 2.2cm; text-indent: -0.8cm; }
h1 { font-family: 'Liberation Serif'; font-size: 16pt; font-weight: bold; margin-bottom: 8pt; }
h2 { font-family: 'Liberation Serif'; font-size: 12pt; font-weight: bold; margin-top: 14pt; margin-bottom: 6pt; }
h3 { font-family: 'Liberation Serif'; font-size: 11pt; font-weight: bold; font-style: italic; margin-top: 10pt; margin-bottom: 4pt; }
p.small { font-size: 9.5pt; }
td { font-family: 'Liberation Serif'; font-size: 10pt; vertical-align: top; }
</style>
"""


def fn_anchor(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym">'
            f'<sup>{n}</sup></a>')


def fn_body(n, text):
    return (f'<div id="sdfootnote{n}"><p class="small"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a>&#9;{text}</p></div>')


def P(n, text):
    return f'<p class="num">{n}.\t{text}</p>' if False else f'<p class="num">{n}.&#9;{text}</p>'


def S(letter, text):
    return f'<p class="sub">({letter})&#9;{text}</p>'


ADVICE = [
 '<table width="100%" cellpadding="2"><tr><td width="50%"><b>United Nations</b></td>'
 '<td width="50%" align="right"><b>A/HRC/61/47/Add.1</b></td></tr></table>',
 '<p><b>General Assembly</b></p>',
 '<p class="small" align="left" style="text-align: left">Distr.: General<br/>17 December 2025<br/><br/>Original: English</p>',
 '<p align="left" style="text-align: left"><b>Human Rights Council</b><br/>Sixty-first session<br/>23 February–3 April 2026<br/>Agenda item 3<br/>'
 '<b>Promotion and protection of all human rights, civil, political, economic, social and cultural rights, '
 'including the right to development</b></p>',
 '<h1>Visit to the Republic of Veskana</h1>',
 '<h3>Report of the Special Rapporteur on the right to adequate housing as a component of the right to an '
 'adequate standard of living, and on the right to non-discrimination in this context, Tomasz Ekwueme</h3>',
 '<p><i>Summary</i></p>',
 '<p>In the present report, the Special Rapporteur on the right to adequate housing as a component of the right '
 'to an adequate standard of living, and on the right to non-discrimination in this context presents his findings '
 'from his official visit to the Republic of Veskana, conducted from 3 to 14 March 2025. He acknowledges the '
 'significant investment made by Veskana in social housing over the past decade, but finds that rising rents, '
 'insecure tenure in the private rental sector and the situation of residents of informal settlements on the '
 'periphery of the capital require urgent attention.</p>',
 '<h2>I. Introduction</h2>',
 P(1, 'At the invitation of the Government, the Special Rapporteur on the right to adequate housing as a component '
   'of the right to an adequate standard of living, and on the right to non-discrimination in this context visited '
   'the Republic of Veskana from 3 to 14 March 2025. He visited the capital, Ostrava Nova, the port city of Lindhaven '
   'and the northern region of Kaltmark.'),
 P(2, 'The Special Rapporteur met with the Minister for Housing and Spatial Planning, the Deputy Minister for Social '
   'Affairs, officials of the Ministry of Justice and of the National Statistics Office, the mayors of Ostrava Nova '
   'and Lindhaven, members of the Standing Committee on Social Policy of the National Assembly, the Public Defender '
   'of Rights and representatives of civil society, tenants\u2019 unions and residents of informal settlements.'),
 P(3, 'He thanks the Government for its invitation and for its cooperation before and during the visit, and is '
   'grateful to the United Nations Resident Coordinator\u2019s Office for its support.'),
 '<h2>II. Legal and institutional framework</h2>',
 P(4, 'Veskana has ratified the International Covenant on Economic, Social and Cultural Rights and its Optional '
   'Protocol. The Constitution of 1994 guarantees the right to social security and to the protection of the family, '
   'but does not expressly recognize the right to adequate housing.' + fn_anchor(1)),
 P(5, 'The principal legislation governing tenancies is the Rental Tenancies Act 2009. Under section 31 of the Act, '
   'a landlord may terminate a tenancy of indefinite duration without stating a ground, subject to two months\u2019 '
   'notice. Tenants\u2019 organizations described this provision as the single greatest source of insecurity in '
   'the private rental sector.'),
 P(6, 'Responsibility for housing is shared between the Ministry of Housing and Spatial Planning and 212 '
   'municipalities, which own and allocate social housing. The Special Rapporteur notes that there is no '
   'independent body to which tenants in either sector may bring complaints about housing conditions.'),
 '<h2>III. Main findings</h2>',
 '<h3>A. Affordability</h3>',
 P(7, 'Average rents in Ostrava Nova rose by 38 per cent between 2019 and 2024, while median disposable household '
   'income rose by 14 per cent. One in four tenant households in the capital spends more than 40 per cent of its '
   'income on housing.' + fn_anchor(2)),
 P(8, 'The Government\u2019s programme to build 60,000 social dwellings by 2030 is a welcome commitment. However, '
   'the Special Rapporteur was informed that waiting times for social housing in the capital now exceed seven '
   'years, and that eligibility rules exclude many single persons under 35.'),
 '<h3>B. Security of tenure</h3>',
 P(9, 'The Special Rapporteur heard numerous accounts of tenants who had received notice under section 31 shortly '
   'after asking for repairs or objecting to a rent increase. Such retaliatory terminations are difficult to '
   'challenge because no reason needs to be given.'),
 P(10, 'According to figures provided by the Ministry of Justice, courts issued 9,840 eviction orders in 2024, an '
   'increase of 22 per cent on 2021.'),
 '<h3>C. Homelessness</h3>',
 P(11, 'There is no national count of homelessness. Estimates by non-governmental organizations range from 18,000 '
   'to 41,000 persons, and municipal figures cover only persons using emergency shelters.'),
 P(12, 'The Special Rapporteur visited a night shelter in Lindhaven which accommodated 140 persons in a former '
   'warehouse, with no privacy, one shower block and no possibility to stay during the day. Women he met there said '
   'they did not feel safe.'),
 '<h3>D. Informal settlements</h3>',
 P(13, 'Some 11,000 persons, a large proportion of them Roma or internally displaced persons from the 1990s '
   'conflict, live in informal settlements around Ostrava Nova and Lindhaven. In the Kerovo settlement, which the '
   'Special Rapporteur visited on 9 March 2025, some 2,300 residents share four standpipes and have no connection '
   'to the sewerage network.'),
 P(14, 'Conditions in Kerovo are, in the view of the Special Rapporteur, inhumane. Residents have lived there for '
   'up to thirty years without any form of tenure security. In October 2024, 37 dwellings in the Lindhaven Dockside '
   'settlement were demolished at four days\u2019 notice and without any offer of alternative accommodation.'),
 P(15, 'Under international human rights law, forced evictions are prima facie incompatible with the Covenant and '
   'may be justified only in the most exceptional circumstances, after genuine consultation and with adequate '
   'alternative housing being provided.' + fn_anchor(3)),
 '<h2>IV. Good practices</h2>',
 P(16, 'The Special Rapporteur commends the Kaltmark regional \u201cHousing First\u201d programme, which has placed '
   '420 formerly homeless persons in permanent, self-contained housing since 2021 with a tenancy retention rate of '
   '86 per cent.'),
 P(17, 'He also welcomes the decision of the municipality of Ostrava Nova to reserve 25 per cent of all new '
   'municipal housing for households leaving shelters.'),
 '<h2>V. Conclusions and recommendations</h2>',
 P(18, 'Veskana has the resources and the institutions to realize the right to adequate housing for all. What is '
   'required is a shift from treating housing as a commodity to treating it as a human right, and a clear legal '
   'basis on which people can claim that right.'),
 P(19, 'The Special Rapporteur recommends that the Government:'),
 S('a', 'Adopt a national housing strategy grounded in the right to adequate housing, with time-bound targets for '
   'the reduction of homelessness, housing cost overburden and overcrowding, and with a clear allocation of '
   'responsibilities between the central Government and municipalities;'),
 S('b', 'Amend the Rental Tenancies Act 2009 to abolish termination of tenancies without grounds, and protect '
   'tenants from retaliatory eviction;'),
 S('c', 'Establish an independent housing ombudsperson with the power to receive and decide complaints from tenants '
   'in the social and private rental sectors;'),
 S('d', 'Conduct a national count of homelessness at least every two years and publish data disaggregated by sex, '
   'age, ethnicity, disability and region;'),
 P(20, 'With regard to informal settlements, the Special Rapporteur recommends that the authorities at all levels:'),
 S('a', 'Declare an immediate moratorium on evictions from informal settlements until a national plan for their '
   'regularization has been adopted in consultation with residents;'),
 S('b', 'Ensure that all residents of the Kerovo settlement have access to safe drinking water and sanitation '
   'without delay, irrespective of the legal status of their dwellings;'),
 P(21, 'The Special Rapporteur further recommends that the National Assembly consider amending the Constitution to '
   'recognize explicitly the right to adequate housing as an enforceable right.'),
 P(22, 'The Special Rapporteur stands ready to continue his dialogue with the Government and offers the technical '
   'assistance of his mandate in the implementation of these recommendations.'),
 fn_body(1, 'Constitution of the Republic of Veskana (1994), arts. 41 and 44.'),
 fn_body(2, 'National Statistics Office, <i>Household Budget Survey 2024</i>, table 7.3.'),
 fn_body(3, 'Committee on Economic, Social and Cultural Rights, general comment No. 7 (1997), paras. 13–16.'),
]


def Q(title):
    return f'<p><b><i>{title}</i></b></p>'


RESPONSE = [
 '<table width="100%" cellpadding="2"><tr><td width="50%"><b>United Nations</b></td>'
 '<td width="50%" align="right"><b>A/HRC/61/47/Add.3</b></td></tr></table>',
 '<p><b>General Assembly</b></p>',
 '<p class="small" align="left" style="text-align: left">Distr.: General<br/>19 February 2026<br/><br/>English only</p>',
 '<p align="left" style="text-align: left"><b>Human Rights Council</b><br/>Sixty-first session<br/>23 February–3 April 2026<br/>Agenda item 3</p>',
 '<h1>Visit to the Republic of Veskana: comments by the State on the report of the Special Rapporteur</h1>',
 '<h3>Report of the Special Rapporteur on the right to adequate housing as a component of the right to an '
 'adequate standard of living, and on the right to non-discrimination in this context</h3>',
 '<p class="small">* The present document is being circulated as received, in the language of submission only.</p>',
 '<h2>I. General comments</h2>',
 P(1, 'The Government of the Republic of Veskana thanks the Special Rapporteur for his visit and for the constructive '
   'dialogue held with the authorities. It has studied the report with care and has consulted the ministries '
   'concerned, the Union of Municipalities and the Public Defender of Rights in preparing these comments.'),
 P(2, 'The Government regrets that some passages of the report do not reflect information it provided during and '
   'after the visit. It requests that the corrections below be taken into account by the Human Rights Council.'),
 '<h2>II. Comments on the findings</h2>',
 Q('Paragraph 11'),
 P(3, 'The upper estimate of 41,000 homeless persons cited in the report is based on a single survey that counted '
   'persons living with relatives as homeless. The Ministry of Social Affairs recorded 17,450 persons in contact with '
   'shelters and outreach services in 2024, and the Government considers this the most reliable figure currently '
   'available.'),
 Q('Paragraph 14'),
 P(4, 'The structures removed in Lindhaven Dockside in October 2024 stood on a flood embankment and were removed on '
   'safety grounds following an order of the State Water Inspectorate. Temporary accommodation was offered to all '
   'affected families; nineteen families accepted it.'),
 '<h2>III. Comments on the recommendations</h2>',
 Q('Paragraph 19 (a)'),
 P(5, 'The National Housing Strategy 2024–2034, adopted by the Government on 12 September 2024, already sets '
   'time-bound targets for homelessness, overcrowding and housing cost overburden, and divides responsibilities '
   'between the State and the municipalities. Its preamble refers expressly to article 11 of the Covenant. The '
   'Government therefore considers this recommendation to be implemented and will report on progress against the '
   'targets each year.'),
 Q('Paragraph 21'),
 P(6, 'Amendment of the Constitution falls within the exclusive competence of the National Assembly. The '
   'Government has transmitted the report to the Speaker so that the Constitutional Affairs Committee may examine '
   'this proposal, and it will not take a position before the Assembly has done so.'),
 Q('Paragraph 19 (b)'),
 P(7, 'The Government supports the objective of greater security of tenure. A draft amendment to the Rental '
   'Tenancies Act, to be submitted to the National Assembly in June 2026, will extend the notice period under '
   'section 31 from two to six months and will make a notice void if it is given within twelve months of a written '
   'request for repairs. The Government is not, however, convinced that a complete abolition of termination without '
   'grounds would be proportionate, as it would discourage small private landlords from letting their property.'),
 Q('Paragraphs 19 (c) and (d)'),
 P(8, 'As regards subparagraph (c), the Government notes that complaints about housing may already be brought '
   'before the Public Defender of Rights, whose mandate was widened in 2023 to cover municipal housing companies. '
   'Creating a separate ombudsperson would fragment the system of independent oversight, and the Government has '
   'therefore decided not to establish such an office.'),
 P(9, 'As regards subparagraph (d), the National Statistics Office will carry out the first national point-in-time '
   'count of homelessness in October 2026 and every two years thereafter, with results broken down by sex, age, '
   'disability and region. Data on ethnicity will be collected on a voluntary basis in accordance with the Personal '
   'Data Protection Act.'),
 Q('Paragraph 20 (a)'),
 P(10, 'The Government cannot declare a general moratorium, as a number of the removals concerned are required by '
   'court decisions or for the protection of life. It has, however, issued an instruction to all municipalities, '
   'dated 3 February 2026, under which no household may be removed from an informal settlement unless alternative '
   'accommodation has been offered at least thirty days in advance. A national regularization plan is being '
   'prepared.'),
 Q('Paragraph 20 (b)'),
 P(11, 'The Government does not share the characterization of conditions in Kerovo as \u201cinhumane\u201d, which '
   'overlooks the water point installed by the municipality in 2022. It nevertheless agrees that every household in '
   'the settlement should have a safe water supply and sanitation. The municipality of Ostrava Nova has allocated '
   'funds for a water main and sewer connection, and the works are scheduled to be completed by 30 November 2026.'),
 '<h2>IV. Concluding remarks</h2>',
 P(12, 'The Government of Veskana remains committed to cooperation with the special procedures of the Human Rights '
   'Council and will submit a follow-up report on the implementation of the accepted recommendations at its next '
   'universal periodic review.'),
]


def html(body, title):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title>" + CSS +
            "</head><body>" + "\n".join(body) + "</body></html>")


def convert(body, stem, header):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, header))
    subprocess.run(["libreoffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, stem + ".pdf"), dst)
    H.stamp(dst, header=None, footer="{n}", skip_first=False,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=9)
    H.stamp(dst, header=header, footer=None, skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Bold.ttf"), size=9)


def main():
    convert(ADVICE, "advice", "A/HRC/61/47/Add.1")
    convert(RESPONSE, "response", "A/HRC/61/47/Add.3")
    recs = [
        {"number": "19 (a)", "starts_with": "Adopt a national housing strategy grounded in the right to adequate housing",
         "reply_contains": "considers this recommendation to be implemented", "verdict": "agrees"},
        {"number": "19 (b)", "starts_with": "Amend the Rental Tenancies Act 2009 to abolish termination",
         "reply_contains": "extend the notice period under section 31 from two to six months",
         "verdict": "partly"},
        {"number": "19 (c)", "starts_with": "Establish an independent housing ombudsperson with the power to receive",
         "reply_contains": "has therefore decided not to establish such an office", "verdict": "disagrees"},
        {"number": "19 (d)", "starts_with": "Conduct a national count of homelessness at least every two years",
         "reply_contains": "count of homelessness in October 2026 and every two years thereafter",
         "verdict": "agrees", "also": ["partly"]},
        {"number": "20 (a)", "starts_with": "Declare an immediate moratorium on evictions from informal settlements",
         "reply_contains": "The Government cannot declare a general moratorium", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "20 (b)", "starts_with": "Ensure that all residents of the Kerovo settlement have access",
         "reply_contains": "scheduled to be completed by 30 November 2026", "verdict": "agrees"},
        {"number": "21", "starts_with": "The Special Rapporteur further recommends that the National Assembly consider amending",
         "reply_contains": "it will not take a position before the Assembly has done so", "verdict": "noted"},
    ]
    unmatched = [
        "consulted the ministries concerned, the Union of Municipalities",
        "recorded 17,450 persons in contact with shelters and outreach services",
        "stood on a flood embankment and were removed on safety grounds",
        "will submit a follow-up report on the implementation of the accepted recommendations",
    ]
    notes = ("UN Special Rapporteur country visit report A/HRC/61/47/Add.1 (LibreOffice from HTML, Writer footnotes, "
             "symbol stamped as running header, page numbers stamped) and the State's comments A/HRC/61/47/Add.3. "
             "Advice: UN paragraphs 1.-22. in a hanging-number style; the recommendations are lettered sub-items "
             "(a)-(d) under paragraph 19 'recommends that the Government:' and (a)-(b) under paragraph 20 'recommends "
             "that the authorities at all levels:', plus paragraph 21 addressed to the National Assembly as one "
             "sentence ('The Special Rapporteur further recommends that ...'); paragraph 18 (conclusion) and 22 "
             "('stands ready ...') are not recommendations; findings paragraphs 7-17 contain 'should'-free prose. "
             "Response: italic bold headings 'Paragraph 19 (a)' etc. referring to the ADVICE paragraph numbers while "
             "the response has its own paragraph numbers 1.-12. (trap: response paragraph 11/14 numbers collide "
             "with advice paragraph numbers; 'Paragraph 11' and 'Paragraph 14' headings comment on FINDINGS and "
             "answer no recommendation); answers in another order (21 comes second); one heading 'Paragraphs 19 (c) "
             "and (d)' covers two recommendations with opposite verdicts in two paragraphs ('As regards subparagraph "
             "(c)' rejects, '(d)' accepts); 19 (a) 'already' implemented (agrees); 20 (b) disputes the "
             "characterisation 'inhumane' but agrees with a date; 20 (a) refuses the moratorium but issues a "
             "thirty-day instruction (partly, also disagrees); 21 is a matter for the Assembly (noted). General "
             "comments and concluding remarks are unmatched.")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()
