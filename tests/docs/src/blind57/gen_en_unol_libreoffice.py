"""Round 57 (EN): a UN special procedures COMMUNICATION on draft legislation ('OL' letter) and the State's REPLY.
Advice: joint communication OL DRV 2/2026 of two (invented-holder) Special Rapporteurs to the (invented) Republic
of Drevania on a draft law on foreign funding of non-commercial organizations (genre of the 'other letters' on
legislation of the Human Rights Council's special procedures: mandate line, reference, 'Excellency,', the draft's
articles summarised and quoted, international standards quoted, concerns, then 'we respectfully recommend that your
Excellency's Government:' with UNNUMBERED bulleted verb clauses, then the standard request for observations with
numbered QUESTIONS 1-4, the publicity paragraph and the closing formula). Response: the Permanent Mission's note
verbale transmitting 'Comments of the Government of the Republic of Drevania on joint communication OL DRV 2/2026'
(general remarks, replies to the four questions, 'Observations on the recommendations' in prose without numbers
and in another order, concluding remarks). Recommendations: bullets numbered here 1-7 in order. Traps: the draft
law's articles quoted ('shall'), ICCPR article 22 and a Human Rights Council resolution quoted, the Rapporteurs'
earlier communication quoted, 'should have been consulted', the numbered questions (answered in the reply: they
are not recommendations). LibreOffice Writer headless from HTML, A4, Liberation Serif; page numbers stamped with
PyMuPDF. All content is invented (the special procedures, the ICCPR and OHCHR are real; the State, the draft law,
the mandate holders and the figures are not).

Run:  /tmp/blind57en/bin/python tests/docs/src/blind57/gen_en_unol_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b57en as H

NAME = "blind57_en_unol"
TMP = "/tmp/blind57en_lo_out"

CSS = """
@page { size: 210mm 297mm; margin: 20mm 25mm 20mm 25mm; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; }
p { margin-top: 0; margin-bottom: 8pt; text-align: justify; }
h3 { font-family: 'Liberation Serif'; font-size: 11.5pt; margin-top: 10pt; margin-bottom: 6pt; }
li { margin-bottom: 5pt; text-align: justify; }
td { font-family: 'Liberation Serif'; font-size: 10pt; vertical-align: top; }
.c { text-align: center; }
.r { text-align: right; }
.small { font-size: 10pt; }
"""

RECS = [
    "Remove from the draft law the status of 'organization receiving foreign support' and the obligation to mark "
    "all materials and publications with that status;",
    "Replace the quarterly financial reports and the notification of each foreign donation within 10 days with a "
    "single annual report, proportionate to the size and resources of the organization;",
    "Delete the criminal penalties provided for in article 11 and provide only for administrative sanctions that "
    "are proportionate and open to appeal;",
    "Ensure that an organization may be suspended or dissolved only by decision of an independent court, and only "
    "as a measure of last resort;",
    "Hold open, inclusive and meaningful consultations with civil society organizations on the draft law before it "
    "is considered at second reading;",
    "Exempt from the scope of the draft law all funding received from the United Nations, its agencies and other "
    "intergovernmental organizations;",
    "Seek the technical assistance of the Office of the United Nations High Commissioner for Human Rights in "
    "revising the draft law, and share the revised text with our mandates.",
]


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def advice():
    recs = "".join("<li>%s</li>" % r for r in RECS)
    b = """
<p class="c"><b>Mandates of the Special Rapporteur on the rights to freedom of peaceful assembly and of association
and the Special Rapporteur on the situation of human rights defenders</b></p>
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td width="50%%">REFERENCE: OL DRV 2/2026</td>
<td class="r" style="text-align: right">3 March 2026</td></tr></table>
<br>
<p>Excellency,</p>
<p>We have the honour to address you in our capacities as Special Rapporteur on the rights to freedom of peaceful
assembly and of association and Special Rapporteur on the situation of human rights defenders, pursuant to Human
Rights Council resolutions 59/14 and 58/9.</p>
<p>In this connection, we would like to bring to the attention of your Excellency's Government our comments on draft
Law No. 412-VII &ldquo;On Amendments to the Law on Non-Commercial Organizations&rdquo; (hereinafter &ldquo;the
draft law&rdquo;), which was adopted at first reading by the National Assembly of the Republic of Drevania on
12 February 2026.</p>
<p>We recall that in our previous communication on this subject (DRV 1/2024) we expressed the view that
&ldquo;any registration regime for associations should be simple, accessible and non-discriminatory&rdquo;. We
regret that no reply to that communication has been received.</p>
<p class="c"><b>The draft law</b></p>
<p>Under article 4 of the draft law, &ldquo;a non-commercial organization that receives more than 20 per cent of its
annual income from foreign sources shall register as an organization receiving foreign support and shall indicate
this status on all materials it publishes or distributes&rdquo;. Article 7 requires such organizations to submit
quarterly financial reports and to notify the Ministry of Justice of each foreign donation within 10 days of its
receipt. Under article 9, the Ministry of Justice may suspend the activities of an organization that fails to
register for up to six months without a court order. Article 11 makes the &ldquo;malicious evasion&rdquo; of these
obligations by the head of an organization a criminal offence punishable by up to two years' imprisonment.</p>
<p>According to information received, some 1,140 organizations would fall within the scope of the draft law,
including associations that receive grants from United Nations agencies for humanitarian and development work.
Civil society organizations should have been consulted on the text before its first reading, but no consultation
took place.</p>
<p class="c"><b>International human rights law</b></p>
<p>Article 22 (1) of the International Covenant on Civil and Political Rights, which the Republic of Drevania
ratified in 1994, provides that &ldquo;everyone shall have the right to freedom of association with others&rdquo;.
Under article 22 (2), no restrictions may be placed on the exercise of this right other than those which are
prescribed by law and which are necessary in a democratic society in the interests of national security or public
safety, public order, the protection of public health or morals or the protection of the rights and freedoms of
others. The Human Rights Council has called upon States to ensure that reporting requirements &ldquo;do not
inhibit the functional autonomy of associations&rdquo;, and the ability of associations to seek, receive and use
resources, including from foreign sources, is an integral part of the right to freedom of association.</p>
<p>We are concerned that the label &ldquo;organization receiving foreign support&rdquo; would stigmatize
organizations and their members; that the reporting obligations are disproportionate, especially for small
organizations; and that the combination of suspension without a court order and criminal liability would have a
chilling effect on the work of human rights defenders.</p>
<p class="c"><b>Recommendations</b></p>
<p>In light of the above, we respectfully recommend that your Excellency's Government:</p>
<ul>%s</ul>
<p>As it is our responsibility, under the mandates provided to us by the Human Rights Council, to seek to clarify all
cases brought to our attention, we would be grateful for your observations on the following matters:</p>
<ol>
<li>Please provide any additional information and/or comment(s) you may have on the above-mentioned concerns.</li>
<li>Please explain the legitimate aim pursued by the draft law and why existing reporting obligations under the
Law on Non-Commercial Organizations are insufficient to achieve it.</li>
<li>Please indicate how many organizations were found in the past five years to have used foreign funds for
unlawful purposes.</li>
<li>Please provide information on the timetable for the consideration of the draft law by the National
Assembly.</li>
</ol>
<p>This communication, as a comment on pending or recently adopted legislation, regulations or policies, and any
response received from your Excellency's Government will be made public via the communications reporting website
after 48 hours. They will also subsequently be made available in the usual report to be presented to the Human
Rights Council.</p>
<p>Please accept, Excellency, the assurances of our highest consideration.</p>
<br>
<p class="c">Ayodele Mensah-Bright<br>Special Rapporteur on the rights to freedom of peaceful assembly and of
association</p>
<p class="c">Karolina Westergaard<br>Special Rapporteur on the situation of human rights defenders</p>
""" % recs
    return page(b)


def response():
    b = """
<p class="c"><b>PERMANENT MISSION OF THE REPUBLIC OF DREVANIA<br>TO THE UNITED NATIONS OFFICE AND OTHER
INTERNATIONAL ORGANIZATIONS IN GENEVA</b></p>
<p>No. 4/17-118/2026</p>
<p>The Permanent Mission of the Republic of Drevania to the United Nations Office and other international
organizations in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human
Rights (Special Procedures Branch) and, with reference to joint communication OL DRV 2/2026 dated 3 March 2026, has
the honour to transmit herewith the comments of the Government of the Republic of Drevania.</p>
<p>The Permanent Mission of the Republic of Drevania avails itself of this opportunity to renew to the Office of the
United Nations High Commissioner for Human Rights the assurances of its highest consideration.</p>
<p class="r" style="text-align: right">Geneva, 28 April 2026</p>
<p class="c" style="page-break-before: always"><b>Comments of the Government of the Republic of Drevania<br>on joint communication OL DRV
2/2026</b></p>
<h3>I. General remarks</h3>
<p>The Government of the Republic of Drevania reaffirms its commitment to cooperation with the special procedures
of the Human Rights Council. The draft law pursues the legitimate aim of ensuring transparency in public life and
does not prohibit foreign funding of any organization.</p>
<h3>II. Replies to the questions</h3>
<p><b>Question 2.</b> Existing legislation requires only an annual statement of income, without any indication of
its source. The draft law fills this gap, in line with the practice of a number of other States.</p>
<p><b>Question 3.</b> Between 2021 and 2025, the prosecution service opened four criminal cases concerning the use
of foreign funds by non-commercial organizations; one resulted in a conviction.</p>
<p><b>Question 4.</b> The second reading is scheduled for the autumn session of the National Assembly, which opens
on 15 September 2026.</p>
<h3>III. Observations on the recommendations</h3>
<p>The Government has requested technical assistance from the OHCHR Regional Office for Central Europe, and a first
expert meeting on the draft law took place in the capital on 21 April 2026. The revised text will be shared with the
mandate holders once it has been approved by the Government.</p>
<p>As regards sanctions, the Government has proposed an amendment removing article 11 in its entirety; breaches of
the law will be dealt with under the Code of Administrative Offences, with a right of appeal to the courts. The
Government is, however, unable to support the proposal that only a court may suspend an organization. The
temporary suspension of activities by the Ministry of Justice is a well-established measure under national law,
and each such decision is already subject to review by the administrative courts.</p>
<p>The Government does not share the view that the status of an organization receiving foreign support is
stigmatizing. It is a neutral, factual description, and the obligation to indicate it on publications will be
retained.</p>
<p>With regard to reporting, the Government has agreed that donations will be notified within 30 days instead of
10 days, and that organizations with an annual income below 50,000 euros will report twice a year rather than
quarterly. The remaining reporting obligations are considered necessary.</p>
<p>The organization of hearings on draft legislation is a matter for the National Assembly and its committees. The
joint communication has been forwarded to the Committee on Legal Affairs of the National Assembly for its
information.</p>
<h3>IV. Concluding remarks</h3>
<p>The Government of the Republic of Drevania stands ready to continue a constructive dialogue with the mandate
holders and would welcome a visit by the Special Rapporteur on the rights to freedom of peaceful assembly and of
association in 2027.</p>
"""
    return page(b)


NOTES = ("UN special procedures pair: a joint communication on draft legislation (OL DRV 2/2026) of two Special "
         "Rapporteurs to the (invented) Republic of Drevania on a draft law on foreign funding of non-commercial "
         "organizations, answered by the Permanent Mission's note verbale and the Government's comments. "
         "Recommendations: seven UNNUMBERED bullets (capitalised verb clauses ending in ';') after 'we respectfully "
         "recommend that your Excellency's Government:' under a centred heading 'Recommendations'; numbered here "
         "1-7 in order. Traps: the earlier communication quoted ('should be simple'), the draft law's articles "
         "quoted and summarised ('shall register', 'requires'), 'should have been consulted', ICCPR article 22 and "
         "a Council call quoted, the concerns paragraph, the NUMBERED questions 1.-4. ('Please explain ...'), the "
         "publicity paragraph. The reply answers questions 2-4 (not recommendations), then the recommendations in "
         "prose without numbers in the order 7, 3+4, 1, 2, 5. Key: 7 technical assistance requested, revised text "
         "to be shared (agrees); one paragraph: 3 article 11 removed, administrative offences with appeal (agrees) "
         "+ 4 'unable to support the proposal that only a court may suspend' (disagrees); 1 'does not share the "
         "view', obligation retained (disagrees); 2 30 days instead of 10 and semi-annual reports for small "
         "organizations only, 'remaining reporting obligations are considered necessary' (partly); 5 'a matter for "
         "the National Assembly', communication forwarded (noted); 6 (exemption for UN and intergovernmental "
         "funding) unanswered. Unmatched: the note verbale, general remarks, the replies to questions 2-4, the "
         "concluding remarks.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", skip_first=True, size=9)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", skip_first=True, size=9)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "the obligation to indicate it on publications will be retained", "verdict": "disagrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "The remaining reporting obligations are considered necessary", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "proposed an amendment removing article 11 in its entirety", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "unable to support the proposal that only a court", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "is a matter for the National Assembly and its committees", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "has requested technical assistance from the OHCHR Regional Office", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["has the honour to transmit herewith the comments",
                                  "reaffirms its commitment to cooperation with the special procedures",
                                  "opened four criminal cases concerning the use of foreign funds",
                                  "would welcome a visit by the Special Rapporteur"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b57en.py"), NAME)) and 1)
