"""Round 62 (EN): a UN treaty body's VIEWS on an individual communication (genre of the Human Rights Committee's
Views under article 5 (4) of the Optional Protocol to the International Covenant on Civil and Political Rights)
and the State party's FOLLOW-UP NOTE VERBALE with an annex of observations.
Advice: 'Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning communication No.
3817/2021' (T.K. v. Valmeria): UN document symbol and masthead, a ruled case-data block (submitted by, State
party, subject matter, articles), paragraphs numbered 1.1-10 in a hanging column ('The facts as submitted by the
author', 'The complaint', 'State party's observations ...', 'Author's comments ...', 'Issues and proceedings
before the Committee'), and an annex with a partly dissenting individual opinion. The seven recommendations are
the remedies of paragraphs 9 and 10: TWO lettered lists that BOTH start at (a) - '(a)'-'(d)' after 'the State
party is obligated, inter alia, to:' and '(a)'-'(b)' after 'In that connection, the State party should:' - and the
request to publish the Views in paragraph 10; numbers are positions 1-7.
Response: 'Note verbale dated 21 October 2026 from the Permanent Mission of Valmeria ...' and the annex
'Observations of the Government of Valmeria on the measures taken to give effect to the Views', paragraphs 1.-12.
with few headings, never naming a letter, in another order; one paragraph answers two remedies with different
verdicts; one remedy is not answered; passages restating the State party's position, on the periodic report, and
the courtesy formulas answer nothing.
Traps: article 9 (3) quoted ('shall be brought promptly', 'shall not be the general rule'), general comment No. 35
quoted ('should be an exception'), the Committee's 2019 concluding observations quoted ('should take measures to
reduce ...'), the author's own requests ('requests the Committee to recommend that the State party amend ...'),
the State party's submission ('should be declared inadmissible'), paragraph 8's finding, the 180-day follow-up
request, the individual opinion ('the Committee should also have found ...'). LibreOffice Writer headless from HTML
('HTML (StarWriter)' filter), A4, Liberation Serif, borderless tables for the hanging paragraph numbers; running
symbol and page numbers stamped with PyMuPDF. All content is invented (Valmeria, the author, courts, places,
people, figures); the Covenant, its Optional Protocol and general comment No. 35 are real but what is said about
them is not to be relied on.

Run:  /tmp/blind62en/bin/python tests/docs/src/blind62/gen_en_hrc_views_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b62en as H

NAME = "blind62_en_hrc_views"
TMP = "/tmp/blind62en_hrc_views"

RECS = [
    "provide the author with adequate compensation for the more than four years that he spent in pretrial "
    "detention;",
    "conclude without further delay the criminal proceedings that remain pending against the author, or "
    "discontinue them;",
    "conduct a prompt, thorough and impartial investigation into the author's allegations concerning the "
    "conditions of his detention at the Corvel Remand Centre;",
    "reimburse the legal costs incurred by the author in the domestic proceedings and in the proceedings "
    "before the Committee.",
    "bring article 212 of its Code of Criminal Procedure into line with article 9 (3) of the Covenant, so that "
    "the continued detention of an accused person is reviewed by a court at least every three months;",
    "reduce the occupancy of the Corvel Remand Centre to the capacity for which the facility was designed.",
    "The State party is also requested to publish the present Views and to have them widely disseminated in "
    "the official languages of the State party.",
]

CSS = """
@page { size: 210mm 297mm; margin: 22mm 24mm 22mm 24mm; }
body { font-family: 'Liberation Serif'; font-size: 10.5pt; }
p { font-family: 'Liberation Serif'; font-size: 10.5pt; margin-top: 0; margin-bottom: 5pt; text-align: justify; }
td { font-family: 'Liberation Serif'; font-size: 10.5pt; vertical-align: top; }
.un { font-family: 'Liberation Sans'; font-size: 17pt; font-weight: bold; margin-bottom: 0; }
.sym { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: bold; text-align: right; margin-bottom: 0; }
.sm { font-size: 9pt; margin-bottom: 0; text-align: left; }
.body { font-family: 'Liberation Sans'; font-size: 14pt; font-weight: bold; margin-top: 8pt; margin-bottom: 8pt; }
.tt { font-size: 13pt; font-weight: bold; text-align: left; margin-bottom: 10pt; }
.h { font-size: 11pt; font-weight: bold; margin-top: 8pt; margin-bottom: 5pt; text-align: left; }
.hi { font-size: 10.5pt; font-style: italic; margin-top: 6pt; margin-bottom: 4pt; text-align: left; }
.fn { font-size: 8.5pt; }
.lt p { font-size: 11pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def np(n, t, extra=""):
    return ("<table width='100%%' cellpadding='1' cellspacing='0' border='0'><tr><td valign='top' width='9%%'>"
            "<p>%s</p></td><td valign='top' width='91%%'><p>%s</p>%s</td></tr></table>" % (n, t, extra))


def sub(items):
    rows = "".join("<tr><td valign='top' width='7%%'><p>(%s)</p></td><td valign='top' width='93%%'><p>%s</p></td>"
                   "</tr>" % (l, t) for l, t in items)
    return ("<table width='100%%' cellpadding='1' cellspacing='0' border='0' style='margin-left:8mm'>%s</table>"
            % rows)


def advice():
    data = [("Communication submitted by:", "T.K. (represented by counsel, Ilse Marwood)"),
            ("Alleged victim:", "The author"), ("State party:", "Valmeria"),
            ("Date of communication:", "3 August 2021 (initial submission)"),
            ("Document references:", "Decision taken pursuant to rule 92 of the Committee's rules of procedure, "
             "transmitted to the State party on 19 October 2021 (not issued in document form)"),
            ("Date of adoption of Views:", "24 March 2026"),
            ("Subject matter:", "Length of pretrial detention; conditions of detention"),
            ("Procedural issue:", "Exhaustion of domestic remedies"),
            ("Substantive issues:", "Arbitrary detention; right to be tried without undue delay; treatment of "
             "persons deprived of their liberty"),
            ("Articles of the Covenant:", "9 (3) and (4), 10 (1) and 14 (3) (c)"),
            ("Articles of the Optional Protocol:", "2 and 5 (2) (b)")]
    b = ["<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr>"
         "<td width='45%'><p class='un'>United Nations</p></td>"
         "<td width='55%'><p class='sym'>CCPR/C/146/D/3817/2021</p></td></tr></table>",
         "<hr>",
         "<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr>"
         "<td width='60%'><p class='sm'><b>International Covenant on<br>Civil and Political Rights</b></p></td>"
         "<td width='40%'><p class='sm'>Distr.: General<br>12 May 2026<br><br>Original: English</p></td>"
         "</tr></table>",
         "<hr>",
         "<p class='body'>Human Rights Committee</p>",
         "<p class='tt'>Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning "
         "communication No. 3817/2021*, **</p>",
         "<table width='100%' cellpadding='2' cellspacing='0' border='0'>" +
         "".join("<tr><td width='34%%'><p style='text-align:left'><i>%s</i></p></td><td width='66%%'><p "
                 "style='text-align:left'>%s</p></td></tr>" % r for r in data) + "</table>",
         np("1.1", "The author of the communication is T.K., a national of Valmeria born in 1979. He claims that "
            "the State party has violated his rights under articles 9 (3) and (4), 10 (1) and 14 (3) (c) of the "
            "Covenant. The Optional Protocol entered into force for the State party on 2 February 2004. The "
            "author is represented by counsel."),
         np("1.2", "On 19 October 2021, the Committee, acting through its Special Rapporteur on new "
            "communications and interim measures, decided not to issue a request for interim measures."),
         "<p class='h'>The facts as submitted by the author</p>",
         np("2.1", "The author was arrested on 11 January 2019 on suspicion of fraud involving public procurement "
            "contracts in the municipality of Sarnow. On 13 January 2019 the Corvel District Court ordered his "
            "detention pending trial for two months."),
         np("2.2", "The detention was extended on fourteen occasions, each time by a decision that repeated the "
            "gravity of the charges and the risk of interference with witnesses. The author was released on bail "
            "on 2 March 2023, after four years, one month and nineteen days in detention. As at the date of his "
            "last submission, his trial had not begun."),
         np("2.3", "The author was held at the Corvel Remand Centre, designed for 420 persons, which held 688 "
            "persons in 2021 according to the national preventive mechanism. He shared a cell of 11 square "
            "metres with five other persons and was allowed outdoors for one hour a day."),
         np("2.4", "The author's appeals against the extensions were dismissed by the Corvel Regional Court, and "
            "his constitutional complaint was declared inadmissible by the Constitutional Court on 6 May 2021."),
         "<p class='h'>The complaint</p>",
         np("3.1", "The author claims that his detention for more than four years, extended by stereotyped "
            "decisions, violated article 9 (3) of the Covenant, and that the courts did not examine his "
            "appeals with the required speed, in violation of article 9 (4)."),
         np("3.2", "He submits that the conditions at the Corvel Remand Centre amounted to a violation of article "
            "10 (1), and that the State party should have released him on bail as early as 2019."),
         np("3.3", "The author requests the Committee to recommend that the State party amend its Code of "
            "Criminal Procedure to set an absolute maximum of two years for pretrial detention, and to award him "
            "compensation of 250,000 euros."),
         "<p class='h'>State party's observations on admissibility and the merits</p>",
         np("4.1", "In its observations of 14 April 2022, the State party submits that the communication should "
            "be declared inadmissible for failure to exhaust domestic remedies, since the author did not bring "
            "a claim for damages under the State Liability Act 2011."),
         np("4.2", "On the merits, the State party submits that the case is exceptionally complex, involving 31 "
            "co-accused and more than 900 volumes of evidence, and that each extension was reasoned."),
         "<p class='h'>Author's comments on the State party's observations</p>",
         np("5.1", "On 30 June 2022, the author submitted that a claim under the State Liability Act 2011 can only "
            "be brought once criminal proceedings have ended, and is therefore not an effective remedy."),
         "<p class='h'>Issues and proceedings before the Committee</p>",
         "<p class='hi'>Consideration of admissibility</p>",
         np("6.1", "Before considering any claim contained in a communication, the Committee must decide, in "
            "accordance with rule 97 of its rules of procedure, whether the communication is admissible under "
            "the Optional Protocol."),
         np("6.2", "The Committee notes the author's uncontested argument that a claim for damages is not "
            "available while the proceedings are pending. It considers that article 5 (2) (b) of the Optional "
            "Protocol does not preclude it from examining the communication, and declares it admissible."),
         "<p class='hi'>Consideration of the merits</p>",
         np("7.1", "The Committee recalls that, under article 9 (3) of the Covenant, anyone arrested or detained "
            "on a criminal charge \"shall be brought promptly before a judge\" and that \"it shall not be the "
            "general rule that persons awaiting trial shall be detained in custody\"."),
         np("7.2", "The Committee further recalls its general comment No. 35 (2014), according to which detention "
            "pending trial should be an exception and as short as possible, and must be based on an "
            "individualized determination that it is reasonable and necessary."),
         np("7.3", "The Committee notes that the fourteen extension decisions used nearly identical wording and did "
            "not consider alternatives such as bail, electronic monitoring or reporting obligations. In the "
            "absence of any individualized justification, the Committee concludes that the author's detention "
            "violated article 9 (3), and that the delay in the examination of his appeals violated article 9 (4)."),
         np("7.4", "The Committee recalls that, in its concluding observations on the third periodic report of "
            "Valmeria in 2019, it stated that the State party \"should take measures to reduce the length of "
            "pretrial detention and ensure that it is used only as a last resort\"."),
         np("7.5", "As regards the conditions of detention, the Committee notes that the State party has not "
            "contested the figures on occupancy given by the author. It finds a violation of article 10 (1)."),
         np("7.6", "The Committee considers that a period of more than seven years between the author's arrest and "
            "the opening of his trial cannot be justified by the complexity of the case alone, and finds a "
            "violation of article 14 (3) (c)."),
         np("8.", "The Committee, acting under article 5 (4) of the Optional Protocol, is of the view that the "
            "facts before it disclose a violation by the State party of articles 9 (3) and (4), 10 (1) and 14 (3) "
            "(c) of the Covenant."),
         np("9.", "In accordance with article 2 (3) (a) of the Covenant, the State party is under an obligation to "
            "provide the author with an effective remedy. This requires it to make full reparation to individuals "
            "whose Covenant rights have been violated. Accordingly, the State party is obligated, inter alia, to:",
            sub(list(zip("abcd", RECS[:4]))) +
            "<p>The State party is also under an obligation to take all steps necessary to prevent similar "
            "violations from occurring in the future. In that connection, the State party should:</p>" +
            sub(list(zip("ab", RECS[4:6])))),
         np("10.", "Bearing in mind that, by becoming a party to the Optional Protocol, the State party has "
            "recognized the competence of the Committee to determine whether there has been a violation of the "
            "Covenant and that, pursuant to article 2 of the Covenant, the State party has undertaken to ensure "
            "to all individuals within its territory or subject to its jurisdiction the rights recognized in the "
            "Covenant and to provide an effective and enforceable remedy when it has been determined that a "
            "violation has occurred, the Committee wishes to receive from the State party, within 180 days, "
            "information about the measures taken to give effect to the Committee's Views. " + RECS[6]),
         "<hr>",
         "<p class='fn'>* Adopted by the Committee at its 146th session (2-27 March 2026).<br>** The following "
         "members of the Committee participated in the examination of the communication: Amara Diallo-Kesting, "
         "Hiroshi Belmonte, Ruth Okonkwo-Lind, Pedro Salvatierra, Ingrid Vasquez-Holm and Yusuf Tarrant. "
         "An individual opinion by Committee member Pedro Salvatierra (partly dissenting) is annexed to the "
         "present Views.</p>",
         "<p class='h'>Annex</p>",
         "<p class='h'>Individual opinion of Committee member Pedro Salvatierra (partly dissenting)</p>",
         np("1.", "I agree with the Committee's findings under articles 9 and 14. However, in my view the "
            "Committee should also have found a violation of article 7, given the cumulative effect of the "
            "overcrowding, the lack of ventilation and the length of the author's stay at the Corvel Remand "
            "Centre."),
         np("2.", "I would also have preferred the Committee to specify the amount of compensation, as the "
            "author requested, rather than leaving it to the State party."),
         ]
    return page("".join(b))


def response():
    P = []
    n = [0]

    def q(t):
        n[0] += 1
        P.append(np("%d." % n[0], t))
    q("The Government of Valmeria has taken note of the Views adopted by the Human Rights Committee on 24 March "
      "2026. The Government maintains its position, set out in its observations of 14 April 2022, that each "
      "extension of the author's detention was justified by the exceptional complexity of the case.")
    q("Nevertheless, the Government has examined the Views in good faith through the Inter-Ministerial Working "
      "Group on Treaty Body Decisions, which met on 9 June and 15 September 2026, and provides the following "
      "information.")
    P.append("<p class='h'>Publication</p>")
    q("The Views were translated into Valmerian and published on the website of the Ministry of Justice on 2 "
      "June 2026 and in the Official Gazette of 16 June 2026. They were also sent to the presidents of all "
      "regional courts and to the Judicial Academy, which will use them in its training on detention.")
    P.append("<p class='h'>The criminal case against the author</p>")
    q("The trial of the author and his co-accused opened before the Corvel Regional Court on 8 July 2026. The "
      "court has scheduled the remaining hearings so that a judgment can be delivered before 15 December 2026.")
    P.append("<p class='h'>Financial matters</p>")
    q("On 1 September 2026 the Ministry of Justice paid the author 6,400 euros, the full amount of the legal "
      "costs documented by his counsel. As regards the claim for compensation, the Government recalls that the "
      "State Liability Act 2011 provides an effective procedure before the civil courts once the criminal "
      "proceedings have ended. The Government does not consider that it would be appropriate to make an ex "
      "gratia payment before a court has ruled on the claim.")
    P.append("<p class='h'>Legislation</p>")
    q("A draft law amending the Code of Criminal Procedure was approved by the Government on 24 September 2026 "
      "and submitted to Parliament. It requires the court to review continued detention every six months and to "
      "give specific reasons for rejecting bail. The Government has not retained a review every three months, "
      "which the Supreme Court considered impracticable for the regional courts.")
    q("The Government does not intend to introduce an absolute maximum period of pretrial detention, which the "
      "Committee did not require in its Views.")
    P.append("<p class='h'>Detention conditions</p>")
    q("The author's allegations concerning the conditions of his detention have been forwarded to the National "
      "Preventive Mechanism, which will decide whether to include the Corvel Remand Centre in its visiting "
      "programme for 2027. The Government will inform the Committee of any findings.")
    P.append("<p class='h'>Other information</p>")
    q("The Government also wishes to inform the Committee that its fourth periodic report under article 40 of "
      "the Covenant was submitted on 30 July 2026.")
    b = ["<div class='lt'><table width='100%' cellpadding='0' cellspacing='0' border='0'><tr>"
         "<td width='45%'><p class='un'>United Nations</p></td>"
         "<td width='55%'><p class='sym'>CCPR/C/146/D/3817/2021/Add.1</p></td></tr></table>",
         "<hr>",
         "<p class='sm'>Distr.: General<br>4 November 2026<br>Original: English</p><hr>",
         "<p class='body'>Human Rights Committee</p>",
         "<p class='tt'>Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning "
         "communication No. 3817/2021 - Information received from the State party on follow-up to the "
         "Committee's Views*</p>",
         "<p><i>[Date received: 21 October 2026]</i></p>",
         "<p class='h'>Note verbale dated 21 October 2026 from the Permanent Mission of Valmeria to the United "
         "Nations Office and other international organizations in Geneva addressed to the Office of the United "
         "Nations High Commissioner for Human Rights</p>",
         "<p>The Permanent Mission of Valmeria to the United Nations Office and other international organizations "
         "in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human "
         "Rights (Petitions and Urgent Actions Section) and, with reference to communication No. 3817/2021 "
         "(T.K. v. Valmeria), has the honour to transmit herewith the observations of the Government of Valmeria "
         "on the measures taken to give effect to the Views of the Human Rights Committee (see annex).</p>",
         "<p>The Permanent Mission of Valmeria avails itself of this opportunity to renew to the Office of the "
         "United Nations High Commissioner for Human Rights the assurances of its highest consideration.</p>",
         "<p class='h'>Annex to the note verbale dated 21 October 2026 from the Permanent Mission of Valmeria "
         "to the United Nations Office and other international organizations in Geneva</p>",
         "<p class='h'>Observations of the Government of Valmeria on the measures taken to give effect to the "
         "Views</p>"] + P + ["<hr><p class='fn'>* The present document is being issued without formal editing."
                             "</p></div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="CCPR/C/146/D/3817/2021", footer="{n}", skip_first=True, size=8)
    H.stamp(H.out(NAME + "_response.pdf"), header="CCPR/C/146/D/3817/2021/Add.1", footer="{n}", skip_first=True,
            size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "would be appropriate to make an ex gratia payment", "verdict": "disagrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "so that a judgment can be delivered before 15 December", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "have been forwarded to the National Preventive Mechanism", "verdict": "noted"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "the full amount of the legal costs documented", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "has not retained a review every three months", "verdict": "partly"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "published on the website of the Ministry of Justice", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "presents its compliments to the Office of the United Nations",
        "avails itself of this opportunity to renew",
        "The Government maintains its position, set out in its observations",
        "its fourth periodic report under article 40",
    ], "Advice: UN treaty body Views on an individual communication (Human Rights Committee, Optional Protocol "
       "article 5 (4) genre). The seven recommendations are the remedies of paragraphs 9 and 10, in TWO lettered "
       "lists that BOTH start at (a): '(a)'-'(d)' after 'the State party is obligated, inter alia, to:' "
       "(compensation, conclude the proceedings, investigate conditions, legal costs) and '(a)'-'(b)' after 'In "
       "that connection, the State party should:' (article 212 review every three months, reduce occupancy), then "
       "the request to publish and disseminate the Views at the end of paragraph 10; numbers are positions 1-7 "
       "because the letters repeat. Traps: the case-data block, paragraphs 1.1-7.6 in a hanging column, the "
       "author's claim 'the State party should have released him', the author's request that the Committee "
       "'recommend that the State party amend its Code' (3.3), the State party's 'should be declared "
       "inadmissible', 'the Committee must decide' (rule 97), article 9 (3) quoted ('shall'), general comment No. "
       "35 ('should be an exception'), the 2019 concluding observations quoted ('should take measures to reduce "
       "the length of pretrial detention'), the finding of paragraph 8, the 180-day follow-up request, the "
       "partly dissenting opinion ('should also have found a violation of article 7'). Response: note verbale "
       "plus annex, paragraphs 1.-9. under subject headings, never a letter, in the order 7, 2, 4+1, 5, 3: 7 "
       "published on the Ministry's website and in the Official Gazette (agrees); 2 trial opened, judgment "
       "before 15 December (agrees); ONE paragraph 'Financial matters': 4 legal costs of 6,400 euros paid "
       "(agrees) + 1 'does not consider that it would be appropriate to make an ex gratia payment' (disagrees); "
       "5 review every six months, 'has not retained a review every three months' (partly), followed by paragraph 7 refusing an absolute maximum the Committee did not ask for (the "
       "author's request of 3.3; part of the legislation answer, not listed as unmatched); 3 allegations "
       "'forwarded to the National Preventive Mechanism, which will decide' (noted); 6 (occupancy of the remand "
       "centre) unanswered. Unmatched: the note verbale's compliments and courtesy close, paragraph 1 "
       "maintaining the State party's position, 'Other information' on the periodic report.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
