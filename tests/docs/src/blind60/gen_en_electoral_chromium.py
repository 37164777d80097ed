"""Round 60 (EN): a Canadian provincial-style CHIEF ELECTORAL OFFICER's report recommending legislative change
after a general election, and the Attorney General's LETTER WITH AN ENCLOSED BACKGROUNDER on the amending bill.
Advice: Elections Northmark, 'Recommendations for Legislative Change: Report of the Chief Electoral Officer on the
44th Provincial General Election' (genre of the statutory post-election recommendations reports of Canadian
provincial chief electoral officers: a letter to the Speaker, an 'At a glance' panel with short titles, a table of
the status of earlier recommendations, then one numbered section per proposal with 'Current legislation' and
'Rationale' sub-heads and a ruled, shaded box labelled 'Recommendation' holding an imperative sentence, plus a
closing list of 'Administrative improvements' Elections Northmark will make itself).
Response: letter of the invented Attorney General of Northmark to the Chief Electoral Officer on the day Bill 9,
the Election Amendment Act, 2027, is introduced, and its enclosure 'BACKGROUNDER' (genre of a provincial news
release backgrounder: short headed items, a 'Quick facts' box). Two recommendations are answered in the letter,
three in the backgrounder, one in neither.
Traps: the statutory duty to report (section 276, 'must'), the 2021 recommendations in the status table, the
'At a glance' short titles, a service standard ('should not have to wait'), 'We are not recommending', the
administrative improvements ('Elections Northmark will'). Chromium headless --print-to-pdf, US Letter, cleaned
Liberation Sans/Serif via @font-face, ligatures off; page numbers stamped with PyMuPDF. All content is invented
(the province, its Election Act, the officers, figures and the bill).

Run:  /tmp/blind60en/bin/python tests/docs/src/blind60/gen_en_electoral_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b60en as H

NAME = "blind60_en_electoral"
TMP = "/tmp/blind60en_electoral"

RECS = [
    ("Vote anywhere in the electoral district",
     "Allow voters to vote at any voting place in their electoral district on general voting day, using an "
     "electronic voters list that is updated in real time."),
    ("Longer advance voting",
     "Extend the advance voting period from four days to six days, so that it includes two full weekends."),
    ("Vote-counting technology",
     "Permit the Chief Electoral Officer to use electronic tabulators to count ballots at voting places, with a "
     "manual recount available on application to a judge."),
    ("Third party advertising",
     "Require every third party advertiser that spends more than $5,000 to file an interim spending report "
     "seven days before general voting day."),
    ("Provisional registration of youth",
     "Provide for the provisional registration of 16- and 17-year-olds, who would be added to the voters list "
     "automatically on their eighteenth birthday."),
    ("Younger election officials",
     "Allow the Chief Electoral Officer to appoint persons aged 16 and 17 as election officials at voting "
     "places."),
    ("Vote-by-mail witness",
     "Remove the requirement that a witness sign the certificate envelope used by a voter who votes by mail."),
]


def fontface():
    css = ""
    for fam, base in (("CSerif", "LiberationSerif"), ("CSans", "LiberationSans")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 8.5in 11in; margin: 0.8in 0.85in 0.85in 0.85in; }
body { font-family: 'CSans'; font-size: 10pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1a1a1a; }
p { margin: 0 0 6pt 0; }
h1 { font-size: 19pt; color: #4b2a7b; margin: 0 0 2pt 0; }
.kicker { font-size: 9pt; letter-spacing: 1pt; text-transform: uppercase; color: #4b2a7b; font-weight: 700; }
h2 { font-size: 12.5pt; color: #4b2a7b; margin: 14pt 0 5pt 0; border-bottom: 1pt solid #4b2a7b; padding-bottom: 2pt; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; color: #333; }
.glance { background: #efe9f6; padding: 6pt 10pt; margin: 8pt 0; }
.glance ol { margin: 2pt 0 0 0; padding-left: 16pt; }
.rec { border: 1pt solid #4b2a7b; background: #f6f2fb; padding: 5pt 9pt; margin: 6pt 0 8pt 0; }
.rec .lab { font-weight: 700; color: #4b2a7b; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.8pt; }
.rec p { font-family: 'CSerif'; font-size: 11pt; font-weight: 700; margin: 2pt 0 0 0; }
table { border-collapse: collapse; font-size: 9pt; margin: 4pt 0 8pt 0; width: 100%; }
td, th { border: 0.6pt solid #888; padding: 2pt 6pt; text-align: left; vertical-align: top; }
th { background: #4b2a7b; color: #fff; }
.letter { font-family: 'CSerif'; font-size: 11pt; line-height: 1.4; }
.letter p { margin: 0 0 8pt 0; text-align: justify; }
.lh { border-bottom: 2pt solid #225; margin-bottom: 14pt; padding-bottom: 4pt; font-family: 'CSans'; }
.lh .min { font-weight: 700; font-size: 12pt; }
.lh .sub { font-size: 8.5pt; color: #444; }
.bg { font-family: 'CSans'; font-size: 10pt; }
.bg h1 { font-size: 15pt; color: #225; }
.bg h3 { font-size: 10.5pt; color: #225; margin-top: 10pt; }
.qf { border-left: 4pt solid #225; background: #eef0f6; padding: 5pt 10pt; margin: 10pt 0; }
.pb { page-break-before: always; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>" % NAME + fontface() + CSS
            + "</style></head><body>" + body + "</body></html>")


def advice():
    b = ["<div class='kicker'>Elections Northmark</div>",
         "<h1>Recommendations for Legislative Change</h1>",
         "<p style='font-size:11.5pt;color:#4b2a7b'>Report of the Chief Electoral Officer on the 44th Provincial "
         "General Election, May 3, 2026</p>",
         "<h2>Letter to the Speaker</h2>",
         "<p>Under section 276 of the <i>Election Act</i>, the Chief Electoral Officer must report to the Speaker "
         "within one year of a general election and may recommend amendments to the Act. I am pleased to submit "
         "this report. The 44th general election was delivered safely: 1,284,000 ballots were cast and turnout was "
         "57.8 per cent. But the Act still reflects the way elections were run in the 1990s. - Laurent Boisvert, "
         "Chief Electoral Officer</p>",
         "<div class='glance'><b>At a glance: seven recommendations</b><ol>" +
         "".join("<li>%s</li>" % t for t, _ in RECS) + "</ol></div>",
         "<h2>Status of recommendations from 2021</h2>",
         "<table><tr><th>2021 recommendation</th><th>Status</th></tr>"
         "<tr><td>Allow election officials to use electronic voting books at advance voting</td><td>Implemented "
         "(2023)</td></tr>"
         "<tr><td>Remove the requirement to publish notices in a printed newspaper</td><td>Implemented (2023)</td></tr>"
         "<tr><td>Adopt a fixed date for by-elections</td><td>Not implemented</td></tr></table>",
         "<p>Voters should not have to wait more than 30 minutes to vote; in 2026, 112 voting places exceeded that "
         "standard at the evening peak.</p>"]
    body = {
        0: ("Under section 88, a voter may vote only at the voting place assigned to the voting area in which he "
            "or she lives. On general voting day, 23,400 voters went to the wrong place and were redirected.",
            "Assigned voting places made sense with paper lists. Electronic voters lists, already used at advance "
            "voting, allow a voter to be struck off in real time anywhere in the district."),
        1: ("Advance voting runs for four consecutive days, Wednesday to Saturday, in the week before general "
            "voting day.",
            "Advance voting grew from 29 per cent of ballots in 2017 to 46 per cent in 2026. Line-ups were longest "
            "on the Saturday."),
        2: ("The Act requires ballots to be counted by hand at each voting place after the close of voting.",
            "Hand counts at large voting places took until after 1 a.m. Tabulators are used for municipal "
            "elections in 41 municipalities."),
        3: ("Third party advertisers report their spending only after the election, within 90 days.",
            "Voters cannot know before they vote who is paying for much of the advertising they see. We are not "
            "recommending a change to the spending limits themselves."),
        4: ("Only persons aged 18 or older may be registered.",
            "Provisional registration through schools and driver licensing would bring new voters onto the list "
            "before their first election."),
        5: ("Election officials must be eligible voters, that is, at least 18 years old.",
            "We could not fill 6 per cent of positions in 2026. Younger officials would also gain early "
            "experience of the electoral process."),
        6: ("A witness must sign the certificate envelope, and 3,900 mail ballots were rejected in 2026 because "
            "the witness section was incomplete.",
            "The voter's own signed declaration, checked against the voters list, is sufficient."),
    }
    for i, (t, r) in enumerate(RECS):
        cur, rat = body[i]
        b.append("<h2>%d. %s</h2><h3>Current legislation</h3><p>%s</p><h3>Rationale</h3><p>%s</p>"
                 "<div class='rec'><div class='lab'>Recommendation</div><p>%s</p></div>" % (i + 1, t, cur, rat, r))
    b.append("<h2>Administrative improvements</h2><p>The following changes need no amendment to the Act. "
             "Elections Northmark will:</p><ul><li>publish wait times at every voting place online on general "
             "voting day;</li><li>offer accessible voting machines in every electoral district in 2030;</li>"
             "<li>review the training of voting officers with the Northmark Disability Alliance.</li></ul>")
    return page("".join(b))


def response():
    b = ["<div class='letter'><div class='lh'><div class='min'>Office of the Attorney General</div>"
         "<div class='sub'>Province of Northmark  |  Legislative Building, Fort Carrick  |  Ref. 512-2027</div></div>",
         "<p>March 11, 2027</p>",
         "<p>Laurent Boisvert<br>Chief Electoral Officer<br>Elections Northmark</p>",
         "<p>Dear Mr. Boisvert:</p>",
         "<p><b>Re: Recommendations for Legislative Change - 44th Provincial General Election</b></p>",
         "<p>Thank you for your report and for the professionalism of your staff and of the 14,000 election "
         "officials who delivered the 2026 general election.</p>",
         "<p>Today I introduced Bill 9, the <i>Election Amendment Act, 2027</i>, in the Legislative Assembly. It "
         "gives effect to a number of your recommendations. The enclosed backgrounder describes the changes.</p>",
         "<p>I have considered carefully your proposal on electronic tabulators. Government has decided not to "
         "authorize tabulators for provincial elections at this time. A hand count observed by candidates' "
         "representatives remains, in our view, an important source of public confidence, and the delays you "
         "describe can be reduced by adding counting staff.</p>",
         "<p>Your recommendation on interim reporting by third party advertisers raises questions that go beyond "
         "the administration of elections. I have referred it to the Special Committee on Election Financing, "
         "which will begin its review this fall; Government will await that committee's report.</p>",
         "<p>I look forward to continuing to work with you as the Bill proceeds through the Assembly.</p>",
         "<p>Sincerely,</p><p>Hon. Priya Deshpande<br>Attorney General</p>",
         "<p style='font-size:9pt'>Enclosure: Backgrounder, Election Amendment Act, 2027<br>"
         "c: Hon. Ruth Calder, Speaker of the Legislative Assembly</p></div>",
         "<div class='bg pb'><p style='font-size:9pt;letter-spacing:1pt'>BACKGROUNDER</p>",
         "<h1>What's in the Election Amendment Act, 2027</h1>",
         "<h3>Vote anywhere, and more days to vote early</h3>",
         "<p>On general voting day, voters will be able to cast a ballot at any voting place in their own "
         "electoral district, as they already can during advance voting. Advance voting will be extended to five "
         "days, from Tuesday to Saturday; a sixth day and a second weekend were not adopted because of the cost of "
         "staffing voting places for an additional weekend.</p>",
         "<h3>Voting by mail</h3>",
         "<p>The witness requirement for mail ballots is removed. Voters will sign a declaration on the "
         "certificate envelope instead, which election officials will compare with the voters list.</p>",
         "<h3>Getting young people on the list</h3>",
         "<p>Young people aged 16 and 17 will be able to register provisionally, including when they apply for a "
         "driver's licence, and will be added to the voters list automatically when they turn 18.</p>",
         "<h3>Other changes</h3>",
         "<p>The Bill also makes housekeeping amendments, including updated references to the <i>Local Elections "
         "Act</i> and plain-language forms.</p>",
         "<div class='qf'><b>Quick facts</b><ul><li>The Election Act was last amended in 2023.</li>"
         "<li>About 46 per cent of voters voted in advance in 2026.</li>"
         "<li>The next fixed-date general election is on May 5, 2030.</li></ul></div></div>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Elections Northmark  |  {n}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="{n}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "voters will be able to cast a ballot at any voting place",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "a sixth day and a second weekend were not adopted", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "Government has decided not to authorize tabulators for provincial elections",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "I have referred it to the Special Committee on Election Financing", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "Young people aged 16 and 17 will be able to register provisionally",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "The witness requirement for mail ballots is removed", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "Thank you for your report and for the professionalism",
        "I look forward to continuing to work with you",
        "The Bill also makes housekeeping amendments",
        "The next fixed-date general election is on May 5, 2030",
    ], "Advice: the seven recommendations are the bold serif sentences in the framed, shaded boxes labelled "
       "'Recommendation' (no number in the box) closing sections '1. Vote anywhere ...' to '7. Vote-by-mail "
       "witness'; numbers = section numbers; each opens with an imperative ('Allow', 'Extend', 'Permit', "
       "'Require', 'Provide for', 'Allow', 'Remove'). Traps: section 276 ('must report ... may recommend'), the "
       "'At a glance' numbered list of the seven short titles, the table of 2021 recommendations with their status, "
       "the service standard 'should not have to wait', the 'Current legislation' and 'Rationale' paragraphs, 'We "
       "are not recommending a change to the spending limits', the closing 'Administrative improvements' bullets "
       "('Elections Northmark will'). Response: the Attorney General's letter (page 1) answering 3 (tabulators "
       "'decided not to authorize', disagrees) and 4 (referred to a special committee, 'will await that committee's "
       "report', noted) in prose without numbers; the enclosed BACKGROUNDER (page 2) under its own headings: one "
       "item answering 1 (vote anywhere, agrees) and 2 (five days not six, partly), then 7 (witness removed, "
       "agrees), 5 (provisional registration, agrees); 6 (election officials aged 16-17) unanswered. Unmatched: "
       "the letter's thanks and closing, the 'Other changes' item, the 'Quick facts' box.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()
