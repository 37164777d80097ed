"""Round 148 (EN): a public broadcaster's regional AUDIENCE COUNCIL's ANNUAL REVIEW to the broadcaster's Board,
answered by the Director of Nations and Regions' LETTER to the Council's chair, which refers to the advice by its
POSITION IN THE COUNCIL'S TABLE ('the first piece of advice in your table', 'your fourth point') or by theme only,
in another order, one left out.
The advice: foreword, sections 1-5, and a closing table 'Our advice to the Board' with a theme column and seven
UNNUMBERED ROWS in the imperative (no numbers or codes). Traps: WHAT AUDIENCES TOLD US, six listener and viewer
comments NUMBERED 1-6 and quoted ('The breakfast show should come back ...'); a table of LAST YEAR'S ADVICE with
its outcome ('The Corporation should restore ...'); the broadcasting law paraphrased ('must provide audio
description ...'); 'We do not advise any change to the Sunday politics programme'; audience figures.
The response: thanks (nothing); the late regional bulletin kept at 15 minutes (2 agrees); two short-form series a
year (6 agrees); shared breakfast programmes stay (1 disagrees); audio description 15 per cent by 2027, 20 per cent
later (3 partly); 20 working days, not ten (4 disagrees); the Board's chair notes the wish to meet in public (7
noted); a podcast studio 'which the Council did not ask for' (unmatched); closing (nothing); 5, reception after the
transmitter switch-off, never (unanswered). Rec 4 also partly (a named manager will sign replies).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The Communications Act 2003 is named as context only (what is said of it is
paraphrased and not to be relied on); the Corporation, the Council, people, places, stations, figures and references
are invented.
Run:  /tmp/blind148en/bin/python tests/docs/src/blind148/gen_en_audience_council_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b148en as H

NAME = "blind148_en_audience_council"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 21mm 21mm 21mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 4pt 0 6pt 0; line-height: 1.2; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 9pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.np { display: flex; margin: 0 0 4pt 0; }
.np .n { flex: 0 0 8mm; }
.np .t { flex: 1; }
.q { margin: 2pt 0 6pt 10mm; padding-left: 8pt; border-left: 2pt solid %(c)s; font-style: italic; }
.band { background: %(c)s; color: #fff; padding: 8pt 10pt; margin-bottom: 10pt; }
.band h1 { color: #fff; margin: 2pt 0 4pt 0; }
.band .meta { color: #e8e8e8; }
.box { border: 1pt solid %(c)s; padding: 6pt 9pt 3pt 9pt; margin: 4pt 0 8pt 0; background: #f4f6f9; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; margin: 4pt 0 8pt 0; }
th { background: #e4e4ec; text-align: left; padding: 3pt 5pt; border: 0.6pt solid #999; }
td { border: 0.6pt solid #999; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
.right { text-align: right; }
.addr { margin: 0 0 10pt 0; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind148en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def np(n, t):
    return f"<div class='np'><div class='n'>{n}</div><div class='t'>{t}</div></div>\n"


ADVICE = [
    ("Local radio", "Restore a locally presented breakfast programme on each of the four local radio stations "
                    "on weekdays, so that every county again has its own morning voice."),
    ("Regional television news", "Keep the late evening regional news bulletin at 15 minutes and do not merge it "
                                 "with the bulletin for the North West."),
    ("Access", "Provide audio description on at least 20 per cent of programmes made in the region by the end of "
               "2027."),
    ("Complaints", "Reply to every complaint about regional output within ten working days, naming the editor "
                   "who made the decision complained of."),
    ("Reception", "Publish a plan explaining to audiences in the Fellside and Ashmoor valleys how they will "
                  "receive services after the Harden Pike transmitter is switched off."),
    ("Younger audiences", "Commission at least two short series a year for younger audiences online from "
                          "independent producers based in the region."),
    ("The Council", "Invite the Council to meet the full Board in the region once a year, in a session open to "
                    "the public."),
]


def advice():
    b = []
    b.append("<div class='band'><div class='meta'>PUBLIC BROADCASTING CORPORATION &#183; AUDIENCE COUNCIL FOR THE "
             "NORTH &#183; AC-N/2025/02</div><h1>Annual Review 2024/25: Advice to the Board from the Audience "
             "Council for the North</h1><div class='meta'>Approved by the Council on 12 June 2025 &#183; Chair: "
             "Mrs Gwendolen Ashworth-Mills</div></div>")
    b.append("<h2>Foreword</h2>")
    b.append("<p>The Council is made up of twelve volunteers from across the North who are asked to tell the "
             "Corporation what its audiences think. This year we held eight public meetings, from Kirkby Stainton "
             "to Marrow Head, and heard from more than 600 listeners and viewers. Local radio and regional news "
             "matter to them more than anything else the Corporation does here.</p>")
    b.append("<h2>1 What audiences told us</h2>")
    b.append("<p>Among the comments we heard most often were these:</p>")
    for n, t in enumerate([
        "\"The breakfast show should come back. We have lost our local voice in the morning.\"",
        "\"The late news is the only place I hear about my own town.\"",
        "\"You must stop sending reporters who can't pronounce the place names.\"",
        "\"My dad is blind and there's almost nothing local he can follow.\"",
        "\"I complained in March and I'm still waiting for an answer.\"",
        "\"We lost the signal when they did the work on the mast last year.\"",
    ], 1):
        b.append(np(f"{n}.", t))
    b.append("<h2>2 Local radio and regional news</h2>")
    b.append("<p>Since April 2024 the four local stations (Radio Wexdale, Radio Fellside, Radio Carlow and Radio "
             "Ashmoor) have shared a breakfast programme in pairs. Listening between 6am and 9am fell by 14 per "
             "cent in the year. The late evening regional bulletin, watched by an average of 310,000 people, is "
             "being looked at as part of the Corporation's savings programme. We do not advise any change to the "
             "Sunday politics programme, which audiences value and which has kept its audience.</p>")
    b.append("<h2>3 Access and complaints</h2>")
    b.append("<p>The Communications Act 2003, as we understand it, requires broadcasters to provide audio "
             "description on a set share of their programmes, but the share for programmes made in the region "
             "was only 6 per cent. Regional complaints took an average of 27 working days to answer last year, "
             "and several people told us that the reply did not say who had made the decision.</p>")
    b.append("<h2>4 Last year's advice</h2>")
    b.append("<table><tr><th style='width:60%'>Our advice in 2023/24</th><th>What happened</th></tr>"
             "<tr><td>The Corporation should restore the Saturday afternoon sports programme on local radio.</td>"
             "<td>Restored in August 2024.</td></tr>"
             "<tr><td>Regional news should visit every county at least once a week.</td><td>Partly done; "
             "Ashmoor still misses some weeks.</td></tr>"
             "<tr><td>The Board should publish the Council's review on its website.</td><td>Done.</td></tr>"
             "</table>")
    b.append("<div style='break-inside: avoid'><h2>5 Our advice to the Board</h2>")
    b.append("<p>Having weighed what audiences told us against the savings the Corporation must make, the Council "
             "gives the following advice to the Board:</p>")
    rows = "".join(f"<tr><td style='width:24%'><b>{t}</b></td><td>{a}</td></tr>" for t, a in ADVICE)
    b.append(f"<table><thead><tr><th>Theme</th><th>The Council advises the Board to:</th></tr></thead>"
             f"<tbody>{rows}</tbody></table></div>")
    b.append("<p>We thank the regional staff who came to our meetings and answered our questions with "
             "patience.</p><p>Gwendolen Ashworth-Mills, Chair, on behalf of the Audience Council for the North</p>")
    render(doc("".join(b), "Sans", "9.9pt", "#5a2d6e"), H.out(NAME + "_advice.pdf"))


def response():
    b = []
    b.append("<p class='meta'>PUBLIC BROADCASTING CORPORATION &#183; Nations and Regions &#183; Broadcasting House "
             "North, Canal Street, Wexdale WX1 4PB</p>")
    b.append("<div class='addr'>Mrs Gwendolen Ashworth-Mills<br>Chair, Audience Council for the North<br>"
             "By email</div><p>15 September 2025</p>")
    b.append("<p>Dear Mrs Ashworth-Mills,</p>")
    b.append("<p><b>Annual Review 2024/25</b></p>")
    b.append("<p>Thank you for the Council's annual review, which the Board discussed at its meeting on 9 July. The "
             "Board has asked me to reply on its behalf. I know how much work the Council's members put into "
             "their public meetings, and the review gives us a clear picture of what audiences in the North "
             "value.</p>")
    b.append("<p>I am pleased to say that the late evening bulletin will stay as it is. The Board has decided that "
             "the 15 minute programme for the North will continue on its own, and the proposal to combine it "
             "with the North West has been withdrawn.</p>")
    b.append("<p>The Board also agreed with your advice on younger audiences. From next April we will commission "
             "two short series each year from producers based in the region, and the first call for ideas will "
             "go out in November.</p>")
    b.append("<p>The first piece of advice in your table is the one I know matters most to audiences, and I am "
             "sorry to disappoint you. With the savings we have to make, we cannot return to four separate "
             "breakfast programmes; the shared programmes will continue, with more local news bulletins in each "
             "county during the morning.</p>")
    b.append("<p>On audio description, we will reach 15 per cent of programmes made in the region by the end of "
             "2027, and we aim to reach the figure the Council proposes in 2029, once our new regional "
             "production centre is open.</p>")
    b.append("<p>Your fourth point, on complaints, is fair criticism of last year's performance, but the "
             "Corporation's complaints framework applies to all its services and we will not be introducing a "
             "separate ten day target for the North. We are working to meet the existing target of 20 working "
             "days, and replies will be signed by a named manager.</p>")
    b.append("<p>The Chair of the Board has noted the Council's wish to meet the Board in public in the region, "
             "and will consider it when the Board's programme for 2026 is drawn up.</p>")
    b.append("<p>Finally, although the Council did not ask for it, I thought you would like to know that we will "
             "open a small podcast studio at Radio Carlow in the spring, for community groups to use free of "
             "charge.</p>")
    b.append("<p>I look forward to seeing you at the Council's next meeting in Marrow Head.</p>")
    b.append("<p>Yours sincerely,</p><p>Rashid Kettering-Oyelaran<br>Director of Nations and Regions</p>")
    render(doc("".join(b), "Serif", "10.6pt", "#1f3b5c"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Audience Council for the North - Annual Review 2024/25",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Public Broadcasting Corporation - letter of 15 September 2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Restore a locally presented breakfast programme on each of the four",
         "reply_contains": "we cannot return to four separate breakfast programmes",
         "verdict": "disagrees"},
        {"number": 2, "starts_with": "Keep the late evening regional news bulletin at 15 minutes",
         "reply_contains": "the proposal to combine it with the North West has been withdrawn",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Provide audio description on at least 20 per cent of programmes",
         "reply_contains": "we aim to reach the figure the Council proposes in 2029",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Reply to every complaint about regional output within ten working days",
         "reply_contains": "we will not be introducing a separate ten day target",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": 5, "starts_with": "Publish a plan explaining to audiences in the Fellside and Ashmoor",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Commission at least two short series a year for younger audiences",
         "reply_contains": "the first call for ideas will go out in November",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Invite the Council to meet the full Board in the region",
         "reply_contains": "will consider it when the Board's programme for 2026 is drawn up",
         "verdict": "noted"},
    ]
    unmatched = ["open a small podcast studio at Radio Carlow in the spring"]
    notes = ("Advice: a public broadcaster's regional AUDIENCE COUNCIL's ANNUAL REVIEW to the Board. The seven "
             "recommendations are the UNNUMBERED ROWS of the closing table 'Theme | The Council advises the Board "
             "to:', each in the imperative, numbered 1-7 here in table order. Traps: WHAT AUDIENCES TOLD US, six "
             "comments NUMBERED 1-6 and quoted ('The breakfast show should come back.', 'You must stop sending "
             "reporters ...'); a table of LAST YEAR'S ADVICE with outcomes ('The Corporation should restore the "
             "Saturday afternoon sports programme ...', 'Regional news should visit every county ...'); the "
             "Communications Act 2003 paraphrased ('requires broadcasters to provide audio description ...'); 'We "
             "do not advise any change to the Sunday politics programme'. Response: the Director of Nations and "
             "Regions' LETTER to the chair, no numbers, in the order 2, 6, 1, 3, 4, 7: the late bulletin stays "
             "(2 agrees); two short series a year (6 agrees); 'The first piece of advice in your table' refused, "
             "shared breakfast programmes continue (1 disagrees); audio description 15 per cent by 2027, the "
             "Council's figure in 2029 (3 partly); 'Your fourth point', no separate ten day target, 20 working "
             "days kept (4 disagrees; also partly, since replies will be signed by a named manager, not the "
             "editor); the Board's chair 'has noted' the wish to meet in public (7 noted); a podcast studio "
             "'although the Council did not ask for it' (unmatched); the Fellside and Ashmoor reception plan never "
             "mentioned (5 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
