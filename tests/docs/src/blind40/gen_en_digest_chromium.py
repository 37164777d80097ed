"""Round 40 (EN): an Australian-style Senate Standing Committee for the Scrutiny of Bills 'Scrutiny Digest 4 of 2026'
(invented Maritime Freight Security Amendment Bill 2026) answered by the minister's letter to the committee chair.
Chromium headless --print-to-pdf from HTML, A4, cleaned Liberation fonts, ligatures off; running header and page
numbers stamped with PyMuPDF. All content (bill, sections, minister, senators, figures) is invented.

Run:  /tmp/blind40en/bin/python tests/docs/src/blind40/gen_en_digest_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b40en as H

NAME = "blind40_en_digest"
TMP = "/tmp/b40en"


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
@page {size: A4; margin: 22mm 22mm 22mm 22mm;}
html {font-family: LS; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;}
h1 {font-size: 18pt; color: #5a2a48; margin: 0 0 4pt 0;}
h2 {font-size: 13pt; color: #5a2a48; margin: 14pt 0 5pt 0; border-bottom: 1pt solid #5a2a48;}
h3 {font-size: 10.5pt; margin: 10pt 0 4pt 0;}
p {margin: 0 0 6pt 0;}
.np {display: flex;} .np span.n {flex: 0 0 34pt;} .np span.t {flex: 1;}
ul {margin: 0 0 6pt 34pt; padding-left: 14pt;} li {margin-bottom: 3pt;}
table {border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0;}
td, th {border: 0.6pt solid #999; padding: 3pt 5pt; vertical-align: top; font-size: 9pt; text-align: left;}
th {background: #eadde5;}
.cover {text-align: center; margin-top: 60pt;}
.small {font-size: 8.5pt; color: #444;}
.fn {font-size: 8pt; border-top: 0.5pt solid #999; padding-top: 3pt; margin-top: 10pt;}
.letter {font-family: LR; font-size: 11pt; line-height: 1.35;}
.letter h3 {font-family: LS; font-size: 10.5pt;}
"""

_n = [0, 0]


def sec(ch):
    _n[0], _n[1] = ch, 0


def np(t):
    _n[1] += 1
    return '<div class="np"><span class="n">%d.%d</span><span class="t">%s</span></div>' % (_n[0], _n[1], t)


def advice():
    h = ['<div class="cover"><p class="small">The Senate</p><h1>Standing Committee for the<br>Scrutiny of Bills</h1>',
         '<p style="font-size:15pt;margin-top:30pt"><b>Scrutiny Digest 4 of 2026</b></p>',
         '<p style="margin-top:30pt">18 March 2026</p>',
         '<p class="small" style="margin-top:80pt">&copy; Commonwealth of Australia 2026<br>ISSN 2207-2004 (print)</p>',
         '</div><div style="break-after: page"></div>',
         '<h2>Membership of the committee</h2><table><tr><th>Current members</th><th></th></tr>'
         '<tr><td>Senator Corinne Baxter (Chair)</td><td>Tasmania, ALP</td></tr>'
         '<tr><td>Senator Hamish Orlov (Deputy Chair)</td><td>Victoria, LP</td></tr>'
         '<tr><td>Senator Priya Lindqvist</td><td>Western Australia, AG</td></tr>'
         '<tr><td>Senator Tom Wareham</td><td>New South Wales, ALP</td></tr></table>',
         '<h3>Terms of reference</h3>',
         '<p>Senate standing order 24(1)(a) requires the committee to scrutinise each bill introduced into the Senate '
         'as to whether the bills, by express words or otherwise: (i) trespass unduly on personal rights and liberties; '
         '(ii) make rights, liberties or obligations unduly dependent upon insufficiently defined administrative powers; '
         '(iii) make rights, liberties or obligations unduly dependent upon non-reviewable decisions; (iv) inappropriately '
         'delegate legislative powers; or (v) insufficiently subject the exercise of legislative power to parliamentary '
         'scrutiny.</p>',
         '<h2>Chapter 1 &ndash; Initial scrutiny</h2>',
         '<p>The committee comments on the following bill and, in this instance, has resolved to request a response from '
         'the relevant minister.</p>']
    sec(1)
    h += ['<h3>Maritime Freight Security Amendment Bill 2026</h3>',
          '<table><tr><th style="width:25%">Purpose</th><td>The bill seeks to amend the <i>Maritime Freight Security Act '
          '2009</i> to establish a scheme for the vetting of port workers with access to secure freight zones, to create '
          'new offences and to allow the rules to prescribe security standards</td></tr>'
          '<tr><th>Portfolio</th><td>Home Affairs and Transport Security</td></tr>'
          '<tr><th>Introduced</th><td>House of Representatives on 11 February 2026</td></tr></table>',
          '<h3>Broad delegation of administrative powers<sup>1</sup></h3>',
          np("Proposed section 44B would allow the Secretary to delegate any or all of the Secretary's powers or functions "
             "under new Part 5A, including the power to cancel a freight security card, to 'any person'. The committee's "
             "consistent view is that delegations of administrative power should be confined to the holders of "
             "nominated offices or to members of the Senior Executive Service."),
          np("The explanatory memorandum states only that the delegation is 'necessary for operational flexibility'. The "
             "committee does not consider that administrative convenience alone is a sufficient justification, noting "
             "that the powers may be delegated to persons outside the Commonwealth public service."),
          np("In light of the above, the committee requests the minister's advice as to:"),
          '<ul><li>whether the bill can be amended to provide that the powers in proposed section 44B may only be delegated '
          'to members of the Senior Executive Service; and</li>'
          '<li>whether the bill can be amended to require that the Secretary be satisfied that a delegate has the '
          'expertise appropriate to the power being delegated.</li></ul>',
          '<h3>Reversal of the evidential burden of proof<sup>2</sup></h3>',
          np("Proposed subsection 61(4) provides an offence-specific defence to the offence of entering a secure freight "
             "zone without a card, where the person was accompanied by a cardholder or entered in an emergency. The "
             "defendant bears an evidential burden in relation to these matters."),
          np("The committee's consideration of provisions that reverse the burden of proof is guided by the <i>Guide to "
             "Framing Commonwealth Offences</i>, which states that a matter should only be included in a defence where it "
             "is peculiarly within the knowledge of the defendant and would be significantly more difficult and costly "
             "for the prosecution to disprove. Whether a person was accompanied by a cardholder appears to be a matter "
             "readily established by the prosecution from access records."),
          np("The committee requests the minister's advice as to whether the matters in proposed subsection 61(4) could be "
             "framed as elements of the offence rather than as offence-specific defences."),
          '<h3>Exclusion of independent merits review<sup>3</sup></h3>',
          np("Decisions to refuse, suspend or cancel a freight security card under proposed section 70 are excluded from "
             "review by the Administrative Review Tribunal. In 2024&ndash;25, 1,214 applications were refused under the "
             "existing aviation scheme, of which 38 per cent were set aside on review."),
          np("Noting the effect of these decisions on a person's employment, the committee requests the minister's advice "
             "as to whether the bill can be amended to provide for independent merits review of decisions under proposed "
             "section 70."),
          '<h3>Incorporation of external materials as in force from time to time<sup>4</sup></h3>',
          np("Proposed subsection 88(2) would allow the rules to apply, adopt or incorporate Australian and international "
             "security standards as in force or existing from time to time. The committee has consistently drawn "
             "attention to the fact that such standards are frequently available only on payment of a fee."),
          np("The committee requests the minister's advice as to whether documents incorporated by reference will be "
             "made freely available to all persons interested in the law, and requests that an addendum to the "
             "explanatory memorandum setting out this information be tabled in the Parliament."),
          '<h3>Power for delegated legislation to modify primary legislation (Henry VIII clause)<sup>5</sup></h3>',
          np("Proposed subsection 110(2) would allow the rules to modify the operation of Part 5A in relation to "
             "transitional matters. The committee has a long-standing concern about provisions that permit delegated "
             "legislation to modify the operation of an Act, and expects a sound justification to be provided."),
          np("The committee requests the minister's advice as to why it is necessary to allow the rules to modify "
             "Part 5A and whether the bill can be amended to provide that the power ceases two years after commencement."),
          '<h3>Parliamentary scrutiny of the statutory review<sup>6</sup></h3>',
          np("Proposed section 95 requires the minister to cause a review of the operation of Part 5A to be conducted "
             "within three years of commencement, but does not require the review report to be tabled."),
          np("The committee requests the minister's advice as to whether the bill can be amended to require the review "
             "report to be tabled in each House of the Parliament within 15 sitting days of its receipt."),
          '<p class="fn">1 Schedule 1, item 14, proposed section 44B. The committee draws senators\' attention to this '
          'provision pursuant to Senate standing order 24(1)(a)(ii).<br>2 Schedule 1, item 22, proposed subsection 61(4). '
          'Standing order 24(1)(a)(i).<br>3 Schedule 1, item 27, proposed section 70. Standing order 24(1)(a)(iii).<br>'
          '4 Schedule 1, item 31, proposed subsection 88(2). Standing order 24(1)(a)(iv).<br>5 Schedule 1, item 40, '
          'proposed subsection 110(2). Standing order 24(1)(a)(iv).<br>6 Schedule 1, item 35, proposed section 95. '
          'Standing order 24(1)(a)(v).</p>',
          '<h2>Chapter 2 &ndash; Commentary on ministerial responses</h2>']
    sec(2)
    h += ['<h3>Critical Minerals Export Levy Bill 2026</h3>',
          np("In Scrutiny Digest 2 of 2026 the committee requested the Treasurer's advice as to why the levy rate is to "
             "be set by regulation rather than in primary legislation. The Treasurer responded on 2 March 2026."),
          np("The Treasurer advised that the rate must be adjusted quickly in response to commodity prices, and that "
             "the regulations would cap the rate at 4 per cent of export value."),
          np("The committee thanks the Treasurer for this response. The committee welcomes the Treasurer's advice that "
             "the explanatory memorandum will be amended to include this information."),
          np("Concluding comment: in light of the information provided, the committee makes no further comment on this "
             "matter. The committee draws its scrutiny concerns to the attention of senators and leaves to the Senate as "
             "a whole the appropriateness of setting the rate of a levy by regulation."),
          '<h2>Bills with no committee comment</h2>',
          '<p>The committee has no comment in relation to the following bills: Defence Housing Amendment Bill 2026; '
          'National Library Amendment (Legal Deposit) Bill 2026; Treasury Laws Amendment (Measures No. 1) Bill 2026.</p>',
          '<p style="margin-top:14pt">Senator Corinne Baxter<br><b>Chair</b></p>']
    return "".join(h)


def response():
    h = ['<div class="letter">',
         '<p style="text-align:center;font-family:LS;font-size:9pt"><b>THE HON DANIEL OKAFOR MP</b><br>MINISTER FOR HOME '
         'AFFAIRS AND TRANSPORT SECURITY</p>',
         '<p style="font-family:LS;font-size:9pt">Ref: MC26-004417</p>',
         '<p>Senator Corinne Baxter<br>Chair<br>Senate Standing Committee for the Scrutiny of Bills<br>Parliament House<br>'
         'CANBERRA ACT 2600</p>',
         '<p>Dear Chair</p>',
         '<p>Thank you for the opportunity to respond to the comments in Scrutiny Digest 4 of 2026 on the Maritime '
         'Freight Security Amendment Bill 2026 (the Bill). My response to each matter is set out below.</p>',
         '<h3>Incorporated standards</h3>',
         '<p>Two of the standards that the rules are expected to incorporate are international standards subject to '
         'copyright, which the Commonwealth cannot publish. The Department has secured a licence allowing these '
         'standards to be viewed without charge at its regional offices, and the remaining standards will be published '
         'on the Department\'s website at no cost. I have asked the Department to prepare an addendum to the explanatory '
         'memorandum setting out these arrangements, which I expect to table before the Bill is debated in the Senate.</p>',
         '<h3>Offence-specific defences</h3>',
         '<p>The Government considers the defences in subsection 61(4) appropriate. Whether an emergency required entry, '
         'or whether a cardholder was in fact supervising, are matters the defendant is best placed to explain; access '
         'records do not reliably show who accompanied whom. The Government therefore does not intend to recast these '
         'matters as elements of the offence.</p>',
         '<h3>Modification of Part 5A by the rules</h3>',
         '<p>The power in subsection 110(2) is needed to manage the move of around 9,000 existing cardholders to the new '
         'scheme. I am not persuaded that a two-year limit would be long enough, given the staged rollout across '
         '38 ports, but the Government will move an amendment so that the power ends three years after '
         'commencement.</p>',
         '<h3>Delegation of the Secretary\'s powers</h3>',
         '<p>I agree that the power to cancel a card should sit with senior officers. A government amendment will '
         'confine delegations under section 44B to SES employees and acting SES employees. On the expertise of '
         'delegates, the Department\'s training framework already addresses this, and I will keep the committee\'s '
         'suggestion in mind when the delegation instrument is made.</p>',
         '<h3>Review of decisions under section 70</h3>',
         '<p>Decisions under section 70 frequently rely on criminal intelligence that cannot be disclosed to an '
         'applicant or tribunal. Independent merits review is therefore not considered appropriate. However, the '
         'Government will introduce a right to internal reconsideration by an SES officer not involved in the original '
         'decision, and the affected person will be given written reasons in every case.</p>',
         '<h3>Commencement of Schedule 2</h3>',
         '<p>I also take this opportunity to advise the committee that, following consultation with stevedores and '
         'unions, commencement of Schedule 2 has been deferred to 1 January 2027.</p>',
         '<p>I trust this information is of assistance to the committee.</p>',
         '<p>Yours sincerely</p><p style="margin-top:24pt">DANIEL OKAFOR</p><p>9 / 4 / 2026</p>',
         '<p style="font-family:LS;font-size:8pt;color:#555;margin-top:30pt">Parliament House Canberra ACT 2600 '
         'Telephone (02) 6277 7120</p>',
         '</div>']
    return "".join(h)


def render(body, pdf):
    html = os.path.join(TMP, os.path.basename(pdf) + ".html")
    with open(html, "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>"
                 + body + "</body></html>")
    H.chromium_pdf(html, pdf)


def main():
    os.makedirs(TMP, exist_ok=True)
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    render(advice(), a)
    H.stamp(a, header="Scrutiny Digest 4/26", footer="Page {n}", skip_first=True)
    render(response(), r)
    recs = [
        {"number": "1", "starts_with": "be amended to provide that the powers in proposed section 44B",
         "reply_contains": "confine delegations under section 44B to SES employees", "verdict": "agrees"},
        {"number": "2", "starts_with": "require that the Secretary be satisfied that a delegate has",
         "reply_contains": "keep the committee's suggestion in mind when the delegation instrument", "verdict": "noted"},
        {"number": "3", "starts_with": "whether the matters in proposed subsection 61(4) could be framed",
         "reply_contains": "does not intend to recast these matters as elements", "verdict": "disagrees"},
        {"number": "4", "starts_with": "amended to provide for independent merits review of decisions under",
         "reply_contains": "right to internal reconsideration by an SES officer", "verdict": "partly", "also": ["disagrees"]},
        {"number": "5", "starts_with": "The committee requests the minister's advice as to whether documents incorporated",
         "reply_contains": "standards to be viewed without charge at its regional offices", "verdict": "partly",
         "also": ["agrees"]},
        {"number": "6", "starts_with": "The committee requests the minister's advice as to why it is necessary",
         "reply_contains": "the power ends three years after commencement", "verdict": "partly"},
        {"number": "7", "starts_with": "amended to require the review report to be tabled in",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["commencement of Schedule 2 has been deferred"], NOTES)


NOTES = ("Scrutiny Digest: the requests are the 'requests the minister's advice as to' sentences and bullets in Chapter 1 "
         "(no labels; numbered 1-7 in document order; paragraph numbers 1.1-1.15 are not labels). Traps: standing order "
         "24(1)(a)(i)-(v) terms of reference, 'should' principles, Guide to Framing Commonwealth Offences, review figures, "
         "footnotes with standing order references, Chapter 2 commentary on an earlier request to the Treasurer and its "
         "concluding comment, bills with no comment. Letter answers in another order (5, 3, 6, 1+2, 4): copyright "
         "standards viewable free only at offices, others free online (5 partly; the addendum part of the same request "
         "agreed); defences kept (3 disagrees); power ends after three years, not two (6 partly); ONE delegation "
         "paragraph: SES only (1 agrees), expertise kept in mind (2 noted); no external merits review but internal "
         "reconsideration (4 partly, disagrees acceptable); 7 (tabling the review) never mentioned (unanswered); "
         "'Commencement of Schedule 2' answers nothing.")

if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)
