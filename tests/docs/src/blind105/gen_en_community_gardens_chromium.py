"""Round 105 (EN): an Australian city's ENVIRONMENT AND SUSTAINABILITY ADVISORY COMMITTEE review of COMMUNITY
GARDENS AND URBAN FOOD GROWING, seven recommendations as BOLD OPENING SENTENCES of paragraphs ('Council should ...')
inside a TWO-COLUMN 'Our advice' chapter (one bold opening sentence is a finding, not a recommendation), answered
by the Chief Executive Officer's LETTER to the Committee chair replying by paraphrase (NO numbers). Chromium
headless --print-to-pdf, A4, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; olive title
band, floated 'Gardens at a glance' sidebar; header and 'Page N of M' stamped from page 2. All bodies, people,
places and figures invented; the Environment Protection Act and the planning scheme are named as context only.
Run:  /tmp/blind105en/bin/python tests/docs/src/blind105/gen_en_community_gardens_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b105en as H

NAME = "blind105_en_community_gardens"

CSS = """
@font-face { font-family: DVc; src: url('file://%(r)s'); font-weight: normal; }
@font-face { font-family: DVc; src: url('file://%(b)s'); font-weight: bold; }
@page { size: A4; margin: 20mm 19mm 20mm 19mm; }
body { font-family: DVc; font-size: 9.6pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1d1d1d; }
.band { background: #556b2f; color: white; padding: 10px 14px; margin-bottom: 12px; }
.band .t { font-size: 17pt; font-weight: bold; } .band .s { font-size: 9pt; }
h2 { font-size: 11.5pt; color: #556b2f; margin: 12px 0 4px 0; }
p { margin: 0 0 7px 0; text-align: left; }
.side { float: right; width: 58mm; margin: 0 0 8px 10px; padding: 8px 10px; background: #eef2e3;
        border-left: 3px solid #556b2f; font-size: 8.6pt; }
.cols { column-count: 2; column-gap: 8mm; }
.lh td { padding: 2px 8px 2px 0; vertical-align: top; font-size: 9pt; }
"""


def page(body):
    css = CSS % {"r": H.clean_font("DejaVuSans.ttf"), "b": H.clean_font("DejaVuSans-Bold.ttf")}
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


ADVICE = """
<div class="band"><div class="t">Growing Together</div>
<div class="s">A review of community gardens and urban food growing in the City of Yarrabeen<br/>
Environment and Sustainability Advisory Committee - Advice to Council - ESAC 2026/2 - 9 February 2026</div></div>
<div class="side"><b>Gardens at a glance</b><br/>
Community gardens on Council land: 5<br/>Plots: 186<br/>People on waiting lists: 340<br/>
Annual licence fee per garden: $520<br/>Gardens with their own water meter: 1<br/>
Oldest garden: Wattle Street (1987)<br/>Volunteer hours, 2025: about 9,400</div>
<h2>About this advice</h2>
<p>The Environment and Sustainability Advisory Committee advises Council on matters referred to it under its
terms of reference. In July 2025 Council asked the Committee to review how it supports community gardens, in
light of long waiting lists and requests from new groups in Brookvale and Harcourt Park.</p>
<p>The Committee visited all five gardens, met the Yarrabeen Community Gardens Network and received 64
written submissions. This advice is the Committee's own; it has not been endorsed by Council officers.</p>
<h2>What we heard</h2>
<p>Gardeners value their plots for fresh food, exercise and company. Several submissions described the
gardens as "the only place I talk to my neighbours". Garden committees also told us that they spend much of
their time on paperwork, water bills and negotiating with different Council departments.</p>
<p>The Council's Urban Forest and Biodiversity Strategy 2020 already says that "Council should encourage
food growing in parks and streets", but there is no policy or budget that gives effect to it. Any new garden
on public land must also comply with the planning scheme, and garden sheds over 10 square metres need a
building permit.</p>
<h2>How Council supports gardens now</h2>
<p>Support for gardens is spread across four areas of Council. Open Space Planning negotiates licences, Property
Services issues the annual invoice, Parks Maintenance mows the surrounds and removes green waste twice a
year, and the Community Grants Program offers up to $3,000 a year towards tools, beds and signs. No officer is
responsible for gardens as a whole, and applicants for new gardens told us they were passed between
departments for months.</p>
<table class="lh" style="margin:4px 0 10px 0; border-collapse:collapse">
<tr><td><b>Garden</b></td><td><b>Plots</b></td><td><b>Waiting</b></td><td><b>Agreement</b></td></tr>
<tr><td>Wattle Street</td><td>58</td><td>121</td><td>Licence, 2014</td></tr>
<tr><td>Ferndale Common</td><td>44</td><td>87</td><td>Licence, 2019</td></tr>
<tr><td>Station Lane</td><td>36</td><td>64</td><td>Licence, 2021</td></tr>
<tr><td>Olive Grove</td><td>28</td><td>41</td><td>None</td></tr>
<tr><td>Kurrajong Reserve</td><td>20</td><td>27</td><td>None</td></tr></table>
<p>Two gardens have no written agreement at all, and the remaining three licences were written for sporting
clubs and adapted. The Committee also notes that Council's Food Security Action Plan 2023-2026 ends this
year; its successor is due to be drafted from July.</p>
<h2>Our advice</h2>
<div class="cols">
<p><b>We found strong and growing demand for places to grow food.</b> Waiting lists have doubled since 2021,
and the longest wait, at Wattle Street, is now more than four years.</p>
<p><b>Council should adopt a Community Gardens Policy that sets out how groups can apply for land, what Council
provides and what it expects in return.</b> At present each garden has a different agreement, and two have
none at all.</p>
<p><b>Council should waive the annual licence fee for community gardens on Council land.</b> The fee raises
$2,600 a year in total, less than the staff time spent invoicing it, and it is the single largest cost for
the smaller gardens.</p>
<p><b>Council should install a separate water meter at each existing garden and meet the water charges for
the first two years.</b> Four gardens share a meter with a sports pavilion or kindergarten, which has led to
disputes over bills.</p>
<p><b>Council should identify at least three new garden sites, one in each ward, by the end of 2027.</b>
Underused corners of Brookvale Reserve and the former Harcourt Park depot are obvious candidates.</p>
<p><b>Council should fund a part-time community food officer to support garden groups and new
applicants.</b> Neighbouring councils that have such a role report faster approvals and fewer disputes.</p>
<p><b>Council should test the soil at every proposed garden site for lead and other contaminants before
planting begins.</b> Under the Environment Protection Act, land managers have a duty to minimise risks to
human health from contaminated land, and older inner suburbs often have lead in the soil.</p>
<p><b>Council should allow gardens to accept household food scraps for composting from residents who live
nearby.</b> This would reduce organic waste going to landfill and build links with neighbours.</p>
</div>
<h2>Closing</h2>
<p>The Committee would welcome a written response from Council and would be glad to help prepare the policy.
It thanks the garden committees and the Network for their generous help.</p>
<p>Dr Mei-Lin Tran, Chair, Environment and Sustainability Advisory Committee</p>
"""

RESPONSE = """
<div class="band"><div class="t">City of Yarrabeen</div>
<div class="s">Office of the Chief Executive Officer - Civic Centre, 1 Lonsdale Road, Yarrabeen</div></div>
<table class="lh"><tr><td>Our ref:</td><td>CEO/26/0412</td></tr><tr><td>Date:</td><td>17 April 2026</td></tr></table>
<p style="margin-top:10px">Dr Mei-Lin Tran<br/>Chair, Environment and Sustainability Advisory Committee<br/>c/- Civic Centre</p>
<p>Dear Dr Tran</p>
<p><b>Growing Together: Council's response</b></p>
<p>Thank you for the Committee's advice on community gardens, which Council received at its meeting on
23 March 2026. Councillors were struck by the length of the waiting lists and by the volunteer effort that
keeps the five gardens running, and I am pleased to set out Council's response.</p>
<p>On soil safety, I can confirm that testing for lead and other contaminants is already a standard step for
every proposed garden site. Officers carried out testing at Brookvale Reserve in March, and the results will
be published with the site plan.</p>
<p>Council agrees that a single, clear framework is needed. Officers are drafting a Community Gardens Policy,
covering how groups apply for land, what Council provides and what gardens are asked to do in return, and it
will be presented to Council for adoption in August 2026 after consultation with the Network.</p>
<p>As to expanding the number of gardens, Council has committed to find three new sites, one in each ward,
by December 2027, starting with Brookvale Reserve. The idea of a dedicated staff member to support garden
groups has merit, and Council will consider it in the 2027-28 budget process alongside other new positions;
no decision has been made.</p>
<p>Separate water meters will be installed at the four gardens that share a supply during 2026-27. Council
is not able to pay the gardens' water charges, however, as this would treat them differently from other
community groups that lease Council land.</p>
<p>Council has decided to keep the annual licence fee for gardens at its present level. The fee is set under
the Community Leasing Policy, which applies to all groups alike, and we do not propose to make an exception.</p>
<p>You may also be interested to know that the Harcourt Park playground upgrade will begin in June, and the
contractor has been asked to keep the path to the former depot open during the works.</p>
<p>Thank you again to you and the Committee members for this considered advice. Please contact Ms Alinta
Cooper, Coordinator Sustainability, on 03 9455 2170 if you would like to discuss any of these matters.</p>
<p>Yours sincerely</p>
<p>Graham Petrakis<br/>Chief Executive Officer</p>
"""


def render(body, pdf):
    d = tempfile.mkdtemp(prefix="b105en_cg_")
    hp = os.path.join(d, "doc.html")
    open(hp, "w", encoding="utf-8").write(page(body))
    H.chromium_pdf(hp, pdf)


def main():
    render(ADVICE, H.out(NAME + "_advice.pdf")); render(RESPONSE, H.out(NAME + "_response.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Yarrabeen ESAC - Growing Together - Advice ESAC 2026/2",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Yarrabeen - CEO/26/0412",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Council should adopt a Community Gardens Policy that sets out how",
             reply_contains="will be presented to Council for adoption in August 2026", verdict="agrees"),
        dict(number=2, starts_with="Council should waive the annual licence fee for community gardens",
             reply_contains="Council has decided to keep the annual licence fee", verdict="disagrees"),
        dict(number=3, starts_with="Council should install a separate water meter at each existing garden",
             reply_contains="Council is not able to pay the gardens' water charges", verdict="partly"),
        dict(number=4, starts_with="Council should identify at least three new garden sites, one in",
             reply_contains="Council has committed to find three new sites", verdict="agrees"),
        dict(number=5, starts_with="Council should fund a part-time community food officer to support",
             reply_contains="will consider it in the 2027-28 budget process", verdict="noted"),
        dict(number=6, starts_with="Council should test the soil at every proposed garden site for",
             reply_contains="is already a standard step for every proposed garden site", verdict="agrees"),
        dict(number=7, starts_with="Council should allow gardens to accept household food scraps for composting",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "Councillors were struck by the length of the waiting lists",
        "the Harcourt Park playground upgrade will begin in June",
        "Thank you again to you and the Committee members"],
        "Advice: Australian city Environment and Sustainability Advisory Committee review of community gardens ESAC "
        "2026/2; recs are BOLD OPENING SENTENCES 'Council should ...' of the paragraphs of a TWO-COLUMN 'Our advice' "
        "chapter, no numbers (numbers 1-7 = order of appearance); traps: the first bold opening sentence is a "
        "finding ('We found strong and growing demand'), 'Gardens at a glance' sidebar with the $520 fee, 2020 "
        "strategy quoted ('Council should encourage food growing'), planning scheme 'must comply', building permit, "
        "Environment Protection Act duty. Response: CEO LETTER replying by paraphrase, NO numbers, order 6, 1, 4+5, "
        "3, 2: soil testing already standard (6 agrees); policy to Council in August 2026 (1 agrees); ONE paragraph "
        "= three new sites committed (4 agrees) + food officer to be considered in the 2027-28 budget (5 noted); "
        "meters yes but no water charges (3 partly); licence fee kept (2 disagrees); 7 (food-scrap composting) "
        "unanswered; opening thanks, Harcourt Park playground paragraph, closing thanks (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
