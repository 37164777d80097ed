"""Round 118 (EN): a Scottish council archive service's ARCHIVES USER FORUM's priorities for a five-year digitisation
programme, set out as a MoSCoW GRID: coloured bands 'MUST HAVE', 'SHOULD HAVE', 'COULD HAVE' holding the seven
recommendations coded M1, M2, S1, S2, S3, C1, C2, and a fourth band 'WON'T HAVE THIS TIME' holding W1 and W2, things
the Forum is NOT asking for; after numbered survey findings, an Act quoted and the Forum's 2022 advice quoted.
Answered by the Council Archivist's BLOG POST ('From the Strongroom': byline, tags, read time, share line, two
readers' comments with a reply, related posts) by theme under chatty sub-headings, no codes; one section answering
two recommendations, one recommendation never mentioned.
fpdf2, A4, cleaned DejaVu Sans (report) and Liberation Serif / Sans (blog), fixed creation dates; header and 'Page N of
M' stamped from page 2. All bodies, people, places, figures and references invented; the Public Records (Scotland)
Act 2011 is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind118en/bin/python tests/docs/src/blind118/gen_en_archive_blog_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b118en as H
from fpdf import FPDF

NAME = "blind118_en_archive_blog"
PLUM = (84, 40, 92)
BANDS = {"M": ((176, 42, 48), (250, 228, 228), "MUST HAVE"), "S": ((199, 118, 20), (253, 240, 220), "SHOULD HAVE"),
         "C": ((46, 110, 64), (228, 242, 230), "COULD HAVE"), "W": ((95, 99, 105), (236, 237, 239),
                                                                   "WON'T HAVE THIS TIME")}


class Doc(FPDF):
    def __init__(self, date):
        super().__init__(orientation="P", format="A4")
        self.set_creation_date(date)
        for fam, files in (("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                           ("LS", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                   "LiberationSerif-Italic.ttf")),
                           ("LA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                   "LiberationSans-Italic.ttf"))):
            self.add_font(fam, "", H.clean_font(files[0]))
            self.add_font(fam, "B", H.clean_font(files[1]))
            self.add_font(fam, "I", H.clean_font(files[2]))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.add_page()

    def para(self, t, size=10, style="", lh=5.3, after=2.6, fam="DV", indent=0):
        self.set_font(fam, style, size)
        if indent:
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.w - self.r_margin - self.l_margin - indent, lh, t, new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def head(self, t, fam="DV", size=12.5, color=PLUM):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1.5)
        self.set_font(fam, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def numbered(self, n, t):
        self.set_font("DV", "", 10)
        y = self.get_y()
        self.set_x(self.l_margin + 2)
        self.cell(7, 5.3, f"{n}.")
        self.set_xy(self.l_margin + 9, y)
        self.multi_cell(self.w - self.r_margin - self.l_margin - 9, 5.3, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def band(self, key, items):
        dark, light, title = BANDS[key]
        w = self.w - self.l_margin - self.r_margin
        need = 12 + 12 * len(items)
        if self.get_y() + need > self.h - 22:
            self.add_page()
        self.set_fill_color(*dark)
        self.set_text_color(255, 255, 255)
        self.set_font("DV", "B", 10)
        self.cell(w, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        for code, text in items:
            y = self.get_y()
            self.set_font("DV", "", 9.8)
            lines = self.multi_cell(w - 20, 5.1, text, dry_run=True, output="LINES")
            hgt = 5.1 * len(lines) + 4
            self.set_fill_color(*light)
            self.rect(self.l_margin, y, w, hgt, style="F")
            self.set_draw_color(*dark)
            self.line(self.l_margin, y + hgt, self.l_margin + w, y + hgt)
            self.set_xy(self.l_margin + 2, y + 2)
            self.set_font("DV", "B", 11)
            self.set_text_color(*dark)
            self.cell(14, 5.1, code)
            self.set_text_color(0, 0, 0)
            self.set_font("DV", "", 9.8)
            self.set_xy(self.l_margin + 18, y + 2)
            self.multi_cell(w - 20, 5.1, text, new_x="LMARGIN", new_y="NEXT")
            self.set_y(y + hgt)
        self.ln(4)


def advice():
    d = Doc(datetime.datetime(2026, 3, 16, 9, 0, tzinfo=datetime.timezone.utc))
    w = d.w - d.l_margin - d.r_margin
    d.set_fill_color(*PLUM)
    d.rect(0, 0, d.w, 30, style="F")
    d.set_xy(d.l_margin, 8)
    d.set_text_color(255, 255, 255)
    d.set_font("DV", "B", 15)
    d.cell(w, 7, "Northmoor Archives User Forum", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 9.5)
    d.cell(w, 6, "Representing the users of Northmoor Council Archives and Local Studies", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(38)
    d.set_font("DV", "B", 17)
    d.set_text_color(*PLUM)
    d.multi_cell(0, 8, "Opening up the past: our priorities for the digitisation programme 2026-2031",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(90, 90, 90)
    d.set_font("DV", "", 9)
    d.cell(0, 6, "Report to the Council Archivist  |  AUF paper 2026/3  |  March 2026", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.head("Why we wrote this")
    d.para("Northmoor Council has set aside \u00a3610,000 over five years to digitise the most used collections in the "
           "archives at Harbour Street. The Council Archivist asked the Forum how the programme should be run from a "
           "user's point of view. The Forum is made up of family historians, local history societies, teachers, "
           "students and two community council members; this report was agreed at our meeting on 4 March 2026.")
    d.head("What users told us")
    d.para("We surveyed 412 users in January and February. The main findings were:")
    for i, t in enumerate(["Six in ten users work full time and cannot visit the searchroom on weekdays.",
                           "Most users start with a family name or a street, not with a collection.",
                           "Users in Canada, Australia and New Zealand make up a fifth of online visits.",
                           "The \u00a34.50 fee for each downloaded image puts off students and school classes.",
                           "Nine in ten users would like to help by transcribing records at home."], 1):
        d.numbered(i, t)
    d.ln(1)
    d.para("The archive service is also bound by law. The Public Records (Scotland) Act 2011 requires the Council to "
           "keep a records management plan, and the Council must have that plan agreed with the Keeper of the "
           "Records of Scotland. Nothing in this report asks the service to depart from its plan.")
    d.para("This is not the first time we have asked for better access. In 2022 the Forum said that \"the service "
           "should extend Thursday late opening to 8 pm\", and it did so the following spring.")
    d.head("Our priorities")
    d.para("We have sorted our priorities in the way project teams do. A 'must have' is something the programme "
           "should not go ahead without; a 'could have' would be welcome if money and time allow. The last band "
           "lists things we are not asking for.")
    d.band("M", [("M1", "Keep the searchroom open on at least one Saturday each month throughout the digitisation "
                        "programme."),
                 ("M2", "Publish the digitisation priority list and invite users to comment on it before any "
                        "collection is sent for scanning.")])
    d.band("S", [("S1", "Make all digitised images free to view and download at full resolution, without "
                        "registration."),
                 ("S2", "Digitise the Poor Law records and the school admission registers before the estate "
                        "papers."),
                 ("S3", "Provide an online platform on which volunteers can transcribe and index digitised records "
                        "from home.")])
    d.band("C", [("C1", "Offer a remote ordering service for documents not yet digitised, with copies emailed "
                        "within ten working days."),
                 ("C2", "Hold an annual open day in the conservation studio so that users can see the scanning "
                        "work.")])
    d.band("W", [("W1", "Outsourcing the scanning to a commercial partner."),
                 ("W2", "Closing the searchroom while the programme runs.")])
    d.head("Next steps")
    d.para("We would be grateful for an early answer on M1 and M2, since both affect what happens in the first year. "
           "The Forum's next meeting is on 3 June 2026.")
    d.para("Alasdair Munro, Convener, Northmoor Archives User Forum", style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 4, 28, 12, 0, tzinfo=datetime.timezone.utc))
    w = d.w - d.l_margin - d.r_margin
    d.set_font("LA", "", 8)
    d.set_text_color(110, 110, 110)
    d.cell(w, 5, "Home  >  Archives and Local Studies  >  Blog", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*PLUM)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 1, d.l_margin + w, d.get_y() + 1)
    d.ln(4)
    d.set_font("LA", "B", 11)
    d.set_text_color(*PLUM)
    d.cell(w, 6, "FROM THE STRONGROOM", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LA", "", 8.5)
    d.set_text_color(90, 90, 90)
    d.cell(w, 5, "The blog of Northmoor Council Archives and Local Studies", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "B", 19)
    d.multi_cell(0, 8.5, "Saturdays, scanning and fees: what we're doing with the User Forum's priorities",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(1)
    d.set_font("LA", "", 8.5)
    d.set_text_color(90, 90, 90)
    d.cell(w, 5, "Posted by Isla Rennie, Council Archivist  |  28 April 2026  |  6 minute read", new_x="LMARGIN",
           new_y="NEXT")
    d.cell(w, 5, "Tags: digitisation, searchroom, user forum, family history", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    B = dict(fam="LS", size=11.2, lh=5.9, after=3.2)
    d.para("Last month the Archives User Forum sent me its priorities for our five-year digitisation programme, "
           "sorted the way project managers like them: must, should, could and won't. I promised at the Forum's "
           "March meeting that I would reply here rather than in a letter nobody else reads, so here goes.", **B)
    sub = lambda t: d.head(t, fam="LA", size=12, color=PLUM)
    sub("Yes, Saturdays")
    d.para("Saturday opening was at the top of the Forum's list, and I'm glad to say it's the easy one. From 2 May "
           "the searchroom will open on the first and third Saturday of every month, 10 am to 4 pm, for as long as "
           "the programme runs. We're paying for it by moving two staff from Monday mornings, which are our quietest "
           "time.", **B)
    sub("What gets scanned, and when")
    d.para("We will publish the full priority list on this blog in June, and you will be able to comment on it for "
           "six weeks. What we can't do is hold a separate consultation before each batch goes to the scanner: "
           "batches are planned around conservation work, and a pause every few weeks would leave the scanners "
           "idle.", **B)
    d.para("As for the Poor Law records and the school admission registers, I know how much they matter to family "
           "historians. The running order will be set by the conservation survey, which reports in the autumn, and "
           "the registers will be weighed alongside everything else at that point. I can't promise them a place at "
           "the front of the queue today.", **B)
    sub("Paying for images")
    d.para("This is the part of the Forum's report I'd most like to say yes to, and can't. I'm afraid we're keeping "
           "the download fee and the free account you log in with. The fee brings in about \u00a338,000 a year, which "
           "pays for one of our two scanning technicians; without it the programme would take seven years rather "
           "than five. School classes can already ask for free images through our learning officer.", **B)
    sub("Transcribe with us")
    d.para("Nine out of ten of you said you'd like to help, which is wonderful. The volunteer transcription platform "
           "goes live in September 2026, starting with the 1920s valuation rolls, and anyone with a free account "
           "will be able to join in.", **B)
    sub("Copies of things that aren't online yet")
    d.para("From July you will be able to order copies of any unscanned document from home, pay online and get the "
           "images by email. At current staffing the turnaround will be 20 working days, not ten; we will look "
           "again at that once the first year's figures are in.", **B)
    sub("The things you didn't ask for")
    d.para("The Forum's 'won't have' list made me smile: we had no plans to send our records to a commercial "
           "scanning company, and the searchroom will stay open throughout. You can stop worrying about both.", **B)
    sub("The programme so far")
    d.para("Since January we have scanned 14,200 images, mostly maps and photographs, and 31 volunteers have signed "
           "up to test the new platform. Our next progress post will be in July.", **B)
    d.para("Thank you to everyone on the Forum for the time you put into the report. As ever, you can reach me at "
           "archives@northmoor.example.gov.uk.", **B)
    d.set_font("LA", "", 8.5)
    d.set_text_color(90, 90, 90)
    d.cell(w, 6, "Share this post:  Email  |  Facebook  |  Bluesky", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.head("Comments (2)", fam="LA", size=11, color=(60, 60, 60))
    for who, when, t in (("Morag T.", "28 April 2026 at 7.42 pm", "Saturdays at last! My husband and I both work, "
                          "so this makes a real difference. Thank you."),
                         ("Isla Rennie (Archives)", "29 April 2026 at 9.05 am", "Thanks Morag - the first one is "
                          "2 May, and the kettle will be on.")):
        d.set_font("LA", "B", 9.5)
        d.cell(w, 5, f"{who}  -  {when}", new_x="LMARGIN", new_y="NEXT")
        d.para(t, fam="LA", size=9.5, lh=5, after=2.5, indent=4)
    d.set_draw_color(200, 200, 200)
    d.set_line_width(0.3)
    d.line(d.l_margin, d.get_y() + 1, d.l_margin + w, d.get_y() + 1)
    d.ln(3)
    d.set_font("LA", "B", 9)
    d.cell(w, 5, "Related posts", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LA", "", 9)
    d.cell(w, 5, "Mapping Harbour Street: the 1858 town plan goes online  |  Meet our new conservator",
           new_x="LMARGIN", new_y="NEXT")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Northmoor Archives User Forum - AUF paper 2026/3",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="From the Strongroom - Northmoor Council Archives and Local Studies",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Keep the searchroom open on at least one Saturday each month",
         "reply_contains": "open on the first and third Saturday of every month", "verdict": "agrees"},
        {"number": 2, "starts_with": "Publish the digitisation priority list and invite users to comment",
         "reply_contains": "What we can't do is hold a separate consultation", "verdict": "partly"},
        {"number": 3, "starts_with": "Make all digitised images free to view and download at",
         "reply_contains": "I'm afraid we're keeping the download fee", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Digitise the Poor Law records and the school admission registers",
         "reply_contains": "the registers will be weighed alongside everything else", "verdict": "noted"},
        {"number": 5, "starts_with": "Provide an online platform on which volunteers can transcribe and",
         "reply_contains": "The volunteer transcription platform goes live in September 2026", "verdict": "agrees"},
        {"number": 6, "starts_with": "Offer a remote ordering service for documents not yet digitised",
         "reply_contains": "the turnaround will be 20 working days, not ten", "verdict": "partly"},
        {"number": 7, "starts_with": "Hold an annual open day in the conservation studio so",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["I would reply here rather than in a letter nobody else reads",
                 "we had no plans to send our records to a commercial scanning company",
                 "Since January we have scanned 14,200 images",
                 "Thank you to everyone on the Forum for the time",
                 "My husband and I both work"]
    notes = ("Advice: Scottish council ARCHIVES USER FORUM's report (AUF paper 2026/3) on a digitisation programme; "
             "recs in a MoSCoW GRID of coloured bands, coded M1, M2 (MUST HAVE), S1-S3 (SHOULD HAVE), C1, C2 (COULD "
             "HAVE), imperative sentences; a fourth band WON'T HAVE THIS TIME holds W1 'Outsourcing the scanning ...' "
             "and W2 'Closing the searchroom ...', noun phrases the Forum says it is NOT asking for (no "
             "recommendations). Traps: five NUMBERED survey findings 1.-5., the Public Records (Scotland) Act 2011 "
             "'the Council must have that plan agreed', the 2022 advice quoted ('the service should extend Thursday "
             "late opening to 8 pm', done), the note that a must have 'should not go ahead without', closing 'an "
             "early answer on M1 and M2'. Response: the Council Archivist's BLOG POST (breadcrumb, byline, tags, "
             "share line, two comments, related posts), chatty sub-headings, NO codes, order M1, M2+S2, S1, S3, C1, "
             "W1+W2: 1 Saturdays 'first and third Saturday of every month' from 2 May (agrees, more than asked); ONE "
             "section 'What gets scanned, and when' answers 2 (list published in June for comment, 'What we can't do "
             "is hold a separate consultation before each batch': partly) and 4 (order set by the conservation "
             "survey, 'weighed alongside everything else', 'I can't promise': noted); 3 'I'm afraid we're keeping "
             "the download fee' and the account (disagrees); 5 platform live September 2026 (agrees); 6 remote "
             "ordering from July but '20 working days, not ten' (partly); 7 (open day) never mentioned "
             "(unanswered). Intro, 'The things you didn't ask for' (W1, W2), 'The programme so far' figures, thanks, "
             "comments and related posts answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
