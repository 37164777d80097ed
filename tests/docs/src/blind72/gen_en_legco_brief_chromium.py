"""Round 72 (EN): a HONG KONG-STYLE REVIEW COMMITTEE REPORT (genre of the committees a policy bureau appoints to
review an Ordinance: an executive summary, chapters with paragraphs numbered by chapter, the Ordinance and an
earlier consultation quoted, a statistics table, respondents' views, and the recommendations as indented italic
paragraphs with the codes R1-R7 in the left margin) answered by a LEGISLATIVE COUNCIL BRIEF (genre of the
Government's brief that accompanies a bill: the file reference, 'LEGISLATIVE COUNCIL BRIEF', the Ordinance and the
Bill's title, INTRODUCTION with 'the Council ADVISED and the Chief Executive ORDERED', JUSTIFICATIONS with the
proposals, OTHER OPTIONS, THE BILL, LEGISLATIVE TIMETABLE, IMPLICATIONS OF THE PROPOSAL, PUBLIC CONSULTATION,
PUBLICITY, ENQUIRIES, paragraphs numbered through the brief and 'Annex' markers in a right-hand margin).
Advice: Review Committee on Building Management, 'Report on the Review of the Building Management Ordinance (Cap.
344)', March 2026, A4, 3 p.; recommendations R1-R7.
Response: Community and District Affairs Bureau, 'Legislative Council Brief - Building Management (Amendment)
Bill 2026', 27 May 2026, 2 p.; the proposals take the recommendations in the order R4, R1, R2+R3 (one
paragraph), R5, R6; R7 (a public register of property management companies' performance) is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Serif via @font-face, ligatures off, a fresh
--user-data-dir and no background services; page numbers stamped with PyMuPDF. The Building Management Ordinance
(Cap. 344) is real (what is said of it here is not to be relied on); the Review Committee, its members, the Bureau,
the Bill, the 2013 consultation and all figures are invented.

Run:  /tmp/blind72en/bin/python tests/docs/src/blind72/gen_en_legco_brief_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b72en as H

NAME = "blind72_en_legco_brief"
TMP = "/tmp/blind72en_legco_brief"

RECS = [
    "The quorum for a general meeting of an owners' corporation should be reduced from 10 per cent to 5 per cent "
    "of the owners in buildings of more than 1,000 flats.",
    "It should be an offence for any person to offer an advantage to an owner in return for an instrument "
    "appointing a proxy.",
    "Owners should be allowed to attend general meetings and to vote by electronic means, subject to safeguards "
    "for verifying their identity.",
    "Every owners' corporation should be required to invite tenders for works or services above $2 million "
    "through an electronic tendering platform operated by a public body.",
    "Members of a management committee should be required to complete a basic course on building management "
    "within six months of their appointment.",
    "A Building Management Tribunal should be set up, separate from the Lands Tribunal, to hear building "
    "management disputes under a simpler and cheaper procedure.",
    "The Government should set up a public register showing the performance records of property management "
    "companies, including complaints found to be substantiated.",
]


def fontface():
    css = ""
    for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                     ("italic", 700, "BoldItalic")):
        css += ("@font-face { font-family: 'CSerif'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                % (st, w, H.clean_font("LiberationSerif-%s.ttf" % f)))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 22mm 22mm 24mm 22mm; }
body { font-family: 'CSerif'; font-size: 11.5pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #000; margin: 0; text-align: justify; }
p { margin: 0 0 7pt 0; }
.np { display: flex; margin: 0 0 7pt 0; }
.np .n { flex: 0 0 12mm; }
.np .t { flex: 1; }
.rec { display: flex; margin: 2pt 0 9pt 12mm; }
.rec .c { flex: 0 0 11mm; font-weight: 700; }
.rec .t { flex: 1; font-style: italic; font-weight: 700; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; margin: 12pt 0 6pt 0; text-transform: uppercase; break-after: avoid; page-break-after: avoid; }
.c { text-align: center; }
.small { font-size: 9.5pt; }
.sub { text-align: center; font-style: italic; margin-bottom: 10pt; }
table { border-collapse: collapse; margin: 4pt auto 4pt auto; font-size: 10pt; }
th, td { border: 0.6pt solid #000; padding: 2pt 6pt; }
td.r { text-align: right; }
.cap { text-align: center; font-size: 9.5pt; margin-bottom: 10pt; }
.sum { border: 0.8pt solid #000; padding: 6pt 9pt 2pt 9pt; margin: 4pt 0 10pt 0; }
"""

CSS_B = """
@page { size: 210mm 297mm; margin: 20mm 16mm 22mm 22mm; }
body { font-family: 'CSerif'; font-size: 11.5pt; line-height: 1.36; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #000; margin: 0; text-align: justify; }
.np { display: flex; margin: 0 0 7pt 0; }
.np .n { flex: 0 0 11mm; }
.np .t { flex: 1; }
.np .m { flex: 0 0 19mm; text-align: right; font-size: 10pt; font-weight: 700; }
.sub { display: flex; margin: 0 0 4pt 11mm; }
.sub .n { flex: 0 0 9mm; }
.sub .t { flex: 1; margin-right: 19mm; }
.ref { text-align: right; font-size: 10pt; margin: 0 0 8pt 0; }
.t1 { text-align: center; font-weight: 700; font-size: 13pt; text-decoration: underline; margin: 0 0 8pt 0; }
.t2 { text-align: center; margin: 0 0 2pt 0; }
.t3 { text-align: center; font-weight: 700; margin: 0 0 12pt 0; }
h2 { font-size: 11.5pt; font-weight: 700; text-decoration: underline; margin: 10pt 0 6pt 0; }
h3 { font-size: 11.5pt; font-weight: 400; font-style: italic; margin: 6pt 0 5pt 0; }
p { margin: 0 0 7pt 0; }
"""


def page(body, css):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + css +
            "</style></head><body>" + body + "</body></html>")


def np(n, t):
    return "<div class='np'><div class='n'>%s</div><div class='t'>%s</div></div>" % (n, t)


def npm(n, t, m=""):
    return "<div class='np'><div class='n'>%s</div><div class='t'>%s</div><div class='m'>%s</div></div>" % (n, t, m)


def rec(k):
    return "<div class='rec'><div class='c'>R%d</div><div class='t'>%s</div></div>" % (k, RECS[k - 1])


def advice():
    b = ["<h1>Review Committee on Building Management</h1>",
         "<p class='sub'>Report on the Review of the Building Management Ordinance (Cap. 344)<br>March 2026</p>",
         "<h2>Executive Summary</h2>",
         "<div class='sum'><p>Hong Kong has some 42,000 private buildings that depend on owners working together "
         "through owners' corporations. The Review Committee finds that the Ordinance has not kept pace with the "
         "size of modern estates or with the risks of bid-rigging in large maintenance contracts. In brief, the "
         "Committee proposes to make meetings easier to hold, tenders more transparent, proxy abuse a crime, and "
         "disputes cheaper to resolve. Our seven recommendations are marked R1 to R7 in Chapters 3 to 5.</p></div>",
         "<h2>Chapter 1  Introduction</h2>",
         np("1.1", "The Review Committee was appointed by the Secretary for Community and District Affairs in "
                   "January 2025, under the chairmanship of Mr Lawrence Fung Ka-wai, with the following terms of "
                   "reference: (a) to review the operation of the Building Management Ordinance; (b) to examine "
                   "the procurement of works and services by owners' corporations; and (c) to recommend "
                   "legislative and administrative measures."),
         np("1.2", "The Committee met 16 times and received 1,284 written submissions during a three-month public "
                   "consultation from June to September 2025."),
         "<h2>Chapter 2  The present position</h2>",
         np("2.1", "Under the Ordinance, the quorum for a general meeting of an owners' corporation is 10 per cent "
                   "of the owners. A management committee must procure any supplies, goods or services whose "
                   "value exceeds the prescribed amount by invitation to tender, in accordance with the Code of "
                   "Practice issued by the Secretary."),
         np("2.2", "In the public consultation of 2013, the Government proposed that \"the threshold for "
                   "mandatory tendering should be reviewed from time to time\". The threshold was revised in "
                   "2018 and the Committee does not revisit it."),
         np("2.3", "Complaints received by the District Building Management Liaison Teams are summarised "
                   "below."),
         "<table><tr><th>Nature of complaint</th><th>2023</th><th>2024</th><th>2025</th></tr>"
         "<tr><td>Procurement and tendering</td><td class='r'>1,412</td><td class='r'>1,655</td><td class='r'>1,930</td></tr>"
         "<tr><td>Proxy instruments and meetings</td><td class='r'>864</td><td class='r'>1,021</td><td class='r'>1,140</td></tr>"
         "<tr><td>Management fees and accounts</td><td class='r'>2,207</td><td class='r'>2,118</td><td class='r'>2,296</td></tr>"
         "<tr><td>Other</td><td class='r'>733</td><td class='r'>790</td><td class='r'>812</td></tr></table>",
         "<p class='cap'>Table 1: Complaints on building management, 2023-2025</p>",
         "<h2>Chapter 3  Meetings and proxies</h2>",
         np("3.1", "In large estates it is often impossible to gather 10 per cent of the owners, so that no "
                   "resolution can be passed and urgent works are delayed. The Committee recommends:"),
         rec(1),
         np("3.4", "The Committee received many reports of owners being offered supermarket coupons or cash for "
                   "signing proxy instruments, often in blank. Respondents said that such practices should be "
                   "stamped out, and that proxies should be lodged earlier than the present 48 hours. The "
                   "Committee recommends:"),
         rec(2),
         np("3.7", "Owners who work long hours or live abroad find it difficult to attend meetings in person. "
                   "Video conferencing was widely used during the pandemic without evident abuse. We therefore "
                   "recommend:"),
         rec(3),
         "<h2>Chapter 4  Procurement</h2>",
         np("4.1", "Bid-rigging in large-scale maintenance projects remains the most serious problem brought to "
                   "the Committee's attention. Some respondents considered that the Government should take over "
                   "the procurement of all works above $10 million. The Committee does not support that proposal, "
                   "which would undermine the autonomy of owners. Instead, the Committee recommends:"),
         rec(4),
         np("4.5", "Many members of management committees are volunteers with no training in procurement or "
                   "accounting. The Committee recommends:"),
         rec(5),
         "<h2>Chapter 5  Disputes and property management</h2>",
         np("5.1", "Building management disputes are heard by the Lands Tribunal, where proceedings can take more "
                   "than a year. The Committee recommends:"),
         rec(6),
         np("5.4", "Property management companies have been licensed since 2020, but owners choosing a company "
                   "have little information about its record. The Committee recommends:"),
         rec(7),
         np("5.6", "The Committee also considered whether owners should be able to remove a management committee "
                   "member by postal ballot. It makes no recommendation on this matter, which it considers should "
                   "be examined with the next review of the Code of Practice."),
         "<p style='margin-top: 14pt'><i>Lawrence Fung Ka-wai, Chairman, for the Review Committee, 20 March "
         "2026</i></p>"]
    return page("".join(b), CSS)


def response():
    b = ["<p class='ref'>File Ref.: CDAB/BM 2/9/26</p>",
         "<p class='t1'>LEGISLATIVE COUNCIL BRIEF</p>",
         "<p class='t2'>Building Management Ordinance<br>(Chapter 344)</p>",
         "<p class='t3'>BUILDING MANAGEMENT (AMENDMENT) BILL 2026</p>",
         "<h2>INTRODUCTION</h2>",
         npm("1.", "At the meeting of the Executive Council on 19 May 2026, the Council ADVISED and the Chief "
                 "Executive ORDERED that the Building Management (Amendment) Bill 2026 (the Bill), at Annex A, "
                 "should be introduced into the Legislative Council.", "A"),
         "<h2>JUSTIFICATIONS</h2>",
         "<h3>Background</h3>",
         npm("2.", "The Review Committee on Building Management submitted its report to the Secretary for "
                   "Community and District Affairs in March 2026. Having considered the report and the views "
                   "expressed in the public consultation, the Government proposes the legislative amendments "
                   "set out below. A summary of the Committee's recommendations is at Annex B.", "B"),
         "<h3>The Proposals</h3>",
         npm("3.", "<u>Procurement.</u> We propose to require every owners' corporation to invite tenders for any "
                   "works or services exceeding $2 million through the electronic tendering platform operated by "
                   "the Urban Renewal Authority. The platform will record every tender and make the results "
                   "available to all owners."),
         npm("4.", "<u>Quorum.</u> We agree that the quorum requirement obstructs the conduct of business in the "
                   "largest estates. However, a quorum of 5 per cent would allow a very small group of owners to "
                   "pass resolutions on costly works. The Bill will therefore lower the quorum to 7.5 per cent, "
                   "and only for buildings of more than 2,000 flats."),
         npm("5.", "<u>Proxies and electronic voting.</u> The Bill will make it an offence to offer or accept an "
                   "advantage for the giving of a proxy instrument, punishable by a fine at level 5. On the other "
                   "hand, we do not propose to provide for electronic voting at general meetings at this stage, "
                   "given the difficulty of verifying the identity of owners and the risk of disputes over "
                   "results."),
         npm("6.", "<u>Training.</u> The Bill will require every member of a management committee to complete a "
                   "basic course on building management, provided free of charge by the Bureau, within six months "
                   "after appointment."),
         npm("7.", "<u>Resolution of disputes.</u> Setting up a separate tribunal would require substantial "
                   "resources and further consultation with the Judiciary. We will consider this recommendation "
                   "in the second phase of the review, and will report to the Panel on Home Affairs in 2027."),
         "<h2>OTHER OPTIONS</h2>",
         npm("8.", "The proposals in paragraphs 3 to 6 can only be implemented by amending the Ordinance. There is "
                   "no other option."),
         "<h2>THE BILL</h2>",
         npm("9.", "The main provisions of the Bill are set out below:"),
         "<div class='sub'><div class='n'>(a)</div><div class='t'>Clause 4 amends section 20A of the Ordinance "
         "on procurement;</div></div>",
         "<div class='sub'><div class='n'>(b)</div><div class='t'>Clauses 6 and 7 amend Schedule 3 on meetings and "
         "proxies; and</div></div>",
         "<div class='sub'><div class='n'>(c)</div><div class='t'>Clause 9 adds a new section 44B on training "
         "of management committee members.</div></div>",
         "<h2>LEGISLATIVE TIMETABLE</h2>",
         npm("10.", "The legislative timetable will be: publication in the Gazette on 29 May 2026; First Reading "
                    "and commencement of Second Reading debate on 10 June 2026; resumption of Second Reading "
                    "debate, committee stage and Third Reading to be notified."),
         "<h2>IMPLICATIONS OF THE PROPOSAL</h2>",
         npm("11.", "The proposal is in conformity with the Basic Law, including the provisions concerning human "
                    "rights. It has no civil service, productivity, environmental, family or gender "
                    "implications. Its financial and economic implications are at Annex C.", "C"),
         "<h2>PUBLIC CONSULTATION</h2>",
         npm("12.", "The Panel on Home Affairs was consulted on 14 April 2026. Members generally supported the "
                    "proposals, and some asked the Government to act faster against bid-rigging."),
         "<h2>PUBLICITY</h2>",
         npm("13.", "A press release will be issued on 27 May 2026. A spokesperson will be available to answer "
                    "media enquiries."),
         "<h2>ENQUIRIES</h2>",
         npm("14.", "Enquiries on this brief may be addressed to Ms Cheryl Lau, Principal Assistant Secretary "
                    "for Community and District Affairs (Building Management), at 3509 8126."),
         "<p style='margin-top: 12pt'>Community and District Affairs Bureau<br>27 May 2026</p>"]
    return page("".join(b), CSS_B)


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    serif = H.clean_font("LiberationSerif-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", fontfile=serif, size=10)
    H.stamp(H.out(NAME + "_response.pdf"), footer="- {n} -", fontfile=serif, size=10)
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "R1", "starts_with": sw(1),
         "reply_contains": "The Bill will therefore lower the quorum to 7.5 per cent", "verdict": "partly"},
        {"number": "R2", "starts_with": sw(2),
         "reply_contains": "offer or accept an advantage for the giving of a proxy instrument",
         "verdict": "agrees"},
        {"number": "R3", "starts_with": sw(3),
         "reply_contains": "we do not propose to provide for electronic voting", "verdict": "disagrees"},
        {"number": "R4", "starts_with": sw(4),
         "reply_contains": "the electronic tendering platform operated by the Urban Renewal Authority",
         "verdict": "agrees"},
        {"number": "R5", "starts_with": sw(5),
         "reply_contains": "provided free of charge by the Bureau, within six months after appointment",
         "verdict": "agrees"},
        {"number": "R6", "starts_with": sw(6),
         "reply_contains": "We will consider this recommendation in the second phase of the review",
         "verdict": "noted"},
        {"number": "R7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "the Council ADVISED and the Chief Executive ORDERED",
        "can only be implemented by amending the Ordinance",
        "publication in the Gazette on 29 May 2026",
        "is in conformity with the Basic Law, including the provisions",
        "A press release will be issued on 27 May 2026",
    ], "Advice: a Hong Kong-style review committee report on an Ordinance (serif, centred title, a boxed Executive "
       "Summary, Chapters 1-5 with paragraphs 1.1-5.6 hanging in a number column, a ruled statistics table). The "
       "seven recommendations are indented BOLD ITALIC paragraphs with the codes R1-R7 in their own column, "
       "standing after 'The Committee recommends:' / 'We therefore recommend:' (the codes are the numbers)."
       " Traps: the summary's paraphrase ('In brief, the "
       "Committee proposes ...'), the terms of reference (a)-(c), the Ordinance's quorum and 'must procure ... by "
       "invitation to tender', the 2013 consultation quoted ('should be reviewed from time to time', revised in "
       "2018), Table 1, respondents' 'should be stamped out' and 'proxies should be lodged earlier', 'the "
       "Government should take over the procurement ... The Committee does not support that proposal', and 5.6 "
       "'It makes no recommendation on this matter'. Response: a Legislative Council Brief (file reference, the "
       "Ordinance and the Bill's title, INTRODUCTION with 'ADVISED ... ORDERED', JUSTIFICATIONS with 'The "
       "Proposals' as underlined run-in titles in paragraphs 3-7, OTHER OPTIONS, THE BILL (a)-(c), LEGISLATIVE "
       "TIMETABLE, IMPLICATIONS, PUBLIC CONSULTATION, PUBLICITY, ENQUIRIES; 'Annex' letters in a right margin), no "
       "recommendation codes; order R4, R1, R2+R3, R5, R6: 3 the tendering platform (R4 agrees); 4 'lower the "
       "quorum to 7.5 per cent, and only for buildings of more than 2,000 flats' (R1 partly); 5 ONE paragraph "
       "'Proxies and electronic voting.' = the offence (R2 agrees) and 'we do not propose to provide for "
       "electronic voting' (R3 disagrees); 6 training (R5 agrees); 7 tribunal 'will consider ... in the second "
       "phase of the review' (R6 noted); R7 (public register of property management companies) is not answered. "
       "Unmatched: the Introduction, paragraph 2 (background), OTHER OPTIONS, THE BILL, the timetable, the "
       "implications, the Panel consultation, publicity and enquiries.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
