"""Round 115 (EN): a Welsh county borough's LEARNING DISABILITY PARTNERSHIP BOARD's EASY READ report on doctors and
hospitals, seven recommendations as UNNUMBERED short Easy Read rows ('We want ...', 'Please ...') beside pictures,
split over three sub-headings of 'What we want', answered by the university health board's EASY READ LETTER arranged
BY THEME under headings with NO numbers ('Yes, we will do this.', 'We will do some of this.', 'We cannot do this.'),
in another order, one section covering two recommendations and one recommendation left out.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans via @font-face at Easy Read sizes, ligatures off, fresh
--user-data-dir; each row a picture (inline SVG shapes, no text) beside one or two short sentences, bold 'hard
words' explained in a glossary box (not recommendations), numbered QUESTIONS the Board asked, findings 'What people
told us'; header and 'Page N of M' stamped from page 2. All bodies, people, places, telephone numbers and figures
invented; the duty to make reasonable adjustments is mentioned as context only (what is said of it here is not to be
relied on).
Run:  /tmp/blind115en/bin/python tests/docs/src/blind115/gen_en_easy_read_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b115en as H

NAME = "blind115_en_easy_read"
CSS = """
@font-face { font-family: ER; src: url('file://%(r)s'); }
@font-face { font-family: ER; font-weight: bold; src: url('file://%(b)s'); }
@page { size: A4; margin: 17mm 18mm 18mm 18mm; }
body { font-family: ER; font-size: 13.2pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #111; margin: 0; }
p { margin: 0 0 3px 0; }
.band { background: MAIN; color: #fff; padding: 10px 14px; border-radius: 8px; display: flex;
        justify-content: space-between; align-items: center; }
.band .o { font-size: 14pt; font-weight: bold; }
.band .e { background: ACC; color: #111; font-weight: bold; font-size: 11pt; padding: 3px 10px; border-radius: 12px; }
h1 { font-size: 23pt; color: MAIN; margin: 12px 0 2px 0; }
.lead { font-size: 13pt; margin-bottom: 8px; }
h2 { font-size: 16.5pt; color: MAIN; margin: 13px 0 6px 0; padding-bottom: 2px; border-bottom: 3px solid ACC;
     break-after: avoid; }
h3 { font-size: 14pt; color: #222; margin: 9px 0 5px 0; break-after: avoid; }
.row { display: flex; align-items: center; margin: 0 0 7px 0; break-inside: avoid; }
.pic { flex: 0 0 58px; height: 58px; margin-right: 14px; border-radius: 8px; background: PALE;
       display: flex; align-items: center; justify-content: center; }
.txt { flex: 1; }
.want { background: WANTBG; border-left: 6px solid ACC; border-radius: 6px; padding: 6px 8px; }
ol { margin: 0 0 6px 72px; padding-left: 20px; }
ol li { margin-bottom: 1px; }
.box { border: 2.5px solid MAIN; border-radius: 10px; padding: 8px 12px; margin-top: 10px; break-inside: avoid; }
.box p { margin-bottom: 4px; }
.small { font-size: 11pt; color: #333; }
"""


def page(body, main, acc, pale, wantbg):
    css = CSS % {"r": H.clean_font("LiberationSans-Regular.ttf"), "b": H.clean_font("LiberationSans-Bold.ttf")}
    css = css.replace("MAIN", main).replace("ACC", acc).replace("PALE", pale).replace("WANTBG", wantbg)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


# --- pictures: simple shapes only, no text in the SVG ---------------------------------------------------------
def svg(inner, col="#5b2a86"):
    return (f"<svg width='46' height='46' viewBox='0 0 46 46' xmlns='http://www.w3.org/2000/svg' "
            f"fill='none' stroke='{col}' stroke-width='2.6' stroke-linecap='round' stroke-linejoin='round'>{inner}</svg>")


def person(cx, cy, s=1.0):
    return (f"<circle cx='{cx}' cy='{cy - 9 * s}' r='{5 * s}'/>"
            f"<path d='M{cx - 9 * s} {cy + 12 * s} Q{cx - 9 * s} {cy - 1 * s} {cx} {cy - 1 * s} "
            f"Q{cx + 9 * s} {cy - 1 * s} {cx + 9 * s} {cy + 12 * s}'/>")


ICON = {
    "group": person(12, 24, 0.75) + person(34, 24, 0.75) + person(23, 22, 0.9),
    "talk": "<path d='M6 10 h26 a4 4 0 0 1 4 4 v11 a4 4 0 0 1 -4 4 h-14 l-7 7 v-7 h-5 a4 4 0 0 1 -4 -4 v-11 a4 4 0 0 1 4 -4z'/>"
            "<path d='M12 19h14'/>",
    "book": "<path d='M6 10 q9 -4 17 2 q8 -6 17 -2 v26 q-9 -4 -17 2 q-8 -6 -17 -2z'/><path d='M23 12v26'/>",
    "clock": "<circle cx='23' cy='23' r='16'/><path d='M23 13v10l7 5'/>",
    "doctor": person(23, 24) + "<path d='M35 8v10M30 13h10'/>",
    "check": "<rect x='9' y='6' width='28' height='34' rx='3'/><path d='M15 17l4 4 8-8M15 30h16'/>",
    "hospital": "<rect x='8' y='12' width='30' height='28'/><path d='M23 18v12M17 24h12M4 40h38'/>",
    "letter": "<rect x='6' y='11' width='34' height='24' rx='2'/><path d='M6 13l17 13 17-13'/>",
    "scales": "<path d='M23 8v30M12 38h22M9 14h28'/><path d='M9 14l-5 11h10z'/><path d='M37 14l-5 11h10z'/>",
    "star": "<path d='M23 6l5 11 12 1-9 8 3 12-11-7-11 7 3-12-9-8 12-1z'/>",
    "cross": "<circle cx='23' cy='23' r='16'/><path d='M16 16l14 14M30 16l-14 14'/>",
    "home": "<path d='M7 22l16-14 16 14M12 18v20h22v-20'/><path d='M20 38v-10h6v10'/>",
    "quiet": "<path d='M8 18h7l9-8v26l-9-8h-7z'/><path d='M31 17l9 12M40 17l-9 12'/>",
    "pair": person(15, 24, 0.85) + person(31, 24, 0.85) + "<path d='M21 31h4'/>",
    "car": "<path d='M7 30v-7l5-9h22l5 9v7z'/><circle cx='14' cy='32' r='4'/><circle cx='32' cy='32' r='4'/>",
    "teach": "<rect x='18' y='7' width='22' height='16'/>" + person(11, 26, 0.8) + "<path d='M17 20l6-4'/>",
    "heart": "<path d='M23 38s-15-9-15-19a8 8 0 0 1 15-4 8 8 0 0 1 15 4c0 10-15 19-15 19z'/>",
    "phone": "<path d='M12 7h8l3 9-5 3a20 20 0 0 0 9 9l3-5 9 3v8a3 3 0 0 1-3 3A31 31 0 0 1 9 10a3 3 0 0 1 3-3z'/>",
    "web": "<rect x='5' y='9' width='36' height='26' rx='2'/><path d='M5 15h36M16 40h14M23 35v5'/>",
    "next": "<path d='M8 23h28M26 13l10 10-10 10'/>",
}


def row(icon, html, col, want=False):
    cls = "txt want" if want else "txt"
    return f"<div class='row'><div class='pic'>{svg(ICON[icon], col)}</div><div class='{cls}'>{html}</div></div>"


PURPLE, YELLOW = "#5b2a86", "#f2c230"


def advice():
    r = lambda i, t, w=False: row(i, t, PURPLE, w)
    body = f"""
<div class='band'><span class='o'>Llanfryn Learning Disability Partnership Board</span><span class='e'>Easy Read</span></div>
<h1>Our health, our say</h1>
<p class='lead'>What people with a learning disability told us about doctors and hospitals.<br/>
A report for Glannant University Health Board. January 2026.</p>
<h2>About this report</h2>
{r("group", "<p>We are the Llanfryn Learning Disability <b>Partnership Board</b>.</p><p>We are people with a learning disability, family carers and staff. We meet every 2 months.</p>")}
{r("talk", "<p>In October and November 2025 we talked to 112 people with a learning disability.</p><p>We went to 9 meetings in day centres, colleges and self-advocacy groups.</p>")}
{r("book", "<p>Some words are in <b>bold</b>. We explain them in the box at the end.</p>")}
<h2>What we asked</h2>
<p style='margin-left:72px'>We asked people 4 questions:</p>
<ol>
<li>What is good when you go to the doctor?</li>
<li>What is hard when you go to the doctor?</li>
<li>What happened when you went to hospital?</li>
<li>What would make things better?</li>
</ol>
<h2>What people told us</h2>
{r("clock", "<p>Many people said appointments at the doctor are too short.</p><p>7 out of 10 people said they felt rushed.</p>")}
{r("doctor", "<p>Some people said doctors should talk to them, not to their <b>supporter</b>.</p>")}
{r("check", "<p>Only 46 out of every 100 people had their <b>annual health check</b> last year.</p>")}
{r("hospital", "<p>People said the hospital is noisy and busy.</p><p>Waiting in <b>A&amp;E</b> was very hard for some people. One man waited 9 hours.</p>")}
{r("letter", "<p>People said letters from the hospital are hard to read.</p><p>Some people missed appointments because of this.</p>")}
{r("scales", "<p>The law says the health board must make changes so that disabled people can use its services.</p><p>These changes are called <b>reasonable adjustments</b>.</p>")}
{r("star", "<p>In 2023 we asked the health board for a hospital passport. We said: &quot;Every hospital should use the hospital passport.&quot;</p><p>The health board did this. Thank you.</p>")}
{r("cross", "<p>Some people wanted a special doctor just for people with a learning disability.</p><p>We do not think this is a good idea. We should see the same doctors as everyone else.</p>")}
<h2>What we want</h2>
<p>We want the health board to do these things.</p>
<h3>At the doctor</h3>
{r("clock", "<p>We want every doctor's surgery to give people with a learning disability a <b>longer appointment</b> if they need one.</p><p>It should be at least 20 minutes.</p>", True)}
{r("home", "<p>We want the annual health check to be done by a nurse who knows the person.</p><p>People should be able to have it at home if they want.</p>", True)}
<h3>In hospital</h3>
{r("quiet", "<p>We want a <b>quiet space</b> in A&amp;E at Ysbyty Glannant for people who find noise and crowds hard.</p>", True)}
{r("pair", "<p>We want supporters to be able to stay with the person in hospital at any time, day or night.</p>", True)}
{r("car", "<p>We want free parking at the hospital for family carers and supporters.</p>", True)}
<h3>Letters and learning</h3>
{r("letter", "<p>Please send all letters about appointments in <b>Easy Read</b>.</p>", True)}
{r("teach", "<p>We want people with a learning disability to help teach hospital staff.</p><p>They should be paid for this work.</p>", True)}
<h2>What happens next</h2>
{r("next", "<p>We want the health board to answer us by the end of April 2026.</p><p>For us the first 3 things are the most important.</p>")}
<div class='box'>
<p><b>Hard words</b></p>
<p><b>A&amp;E</b>: the part of the hospital you go to in an emergency.</p>
<p><b>Annual health check</b>: a check-up with your doctor or nurse once a year.</p>
<p><b>Easy Read</b>: short words and pictures that are easy to understand.</p>
<p><b>Partnership Board</b>: a group that tells the council and the health board what people need.</p>
<p><b>Reasonable adjustments</b>: changes that help disabled people use services.</p>
<p><b>Supporter</b>: a family carer or a support worker who helps you.</p>
</div>
<p class='small' style='margin-top:10px'>Llanfryn Learning Disability Partnership Board, Canolfan Dyffryn, Stryd Fawr, Llanfryn. Phone 01632 960 418. Report LDPB/2026/01.</p>
"""
    return page(body, PURPLE, YELLOW, "#efe6f6", "#fff8dc")


TEAL, LIME = "#00707a", "#9bd06b"


def response():
    r = lambda i, t: row(i, t, TEAL)
    body = f"""
<div class='band'><span class='o'>Glannant University Health Board</span><span class='e'>Easy Read</span></div>
<h1>Our answer to &quot;Our health, our say&quot;</h1>
<p class='lead'>A letter to the Llanfryn Learning Disability Partnership Board.<br/>16 April 2026. Our reference GUHB/LD/26/031.</p>
<h2>Thank you</h2>
{r("heart", "<p>Thank you for your report.</p><p>Our Board read it at the meeting on 26 March 2026.</p>")}
{r("book", "<p>This letter tells you what we are going to do.</p>")}
<h2>Teaching our staff</h2>
{r("teach", "<p>Yes, we will do this.</p><p>From September 2026 people with a learning disability will help teach new nurses and doctors.</p><p>We will pay them &pound;15 for every hour.</p>")}
<h2>Seeing your doctor</h2>
{r("clock", "<p>Yes, we will do this.</p><p>From 1 June 2026 every doctor's surgery in Llanfryn will offer a double appointment to people with a learning disability.</p><p>You can ask for it when you book.</p>")}
<h2>When you go to hospital</h2>
{r("quiet", "<p>You asked for a quiet room in A&amp;E.</p><p>We are sorry. We cannot do this. There is no room to build it.</p>")}
{r("phone", "<p>But you can ask to wait somewhere quieter, like outside or in your car.</p><p>We will phone you when it is your turn.</p>")}
{r("pair", "<p>You asked if supporters can stay at any time.</p><p>Yes. From 1 May 2026 your supporter can stay with you day and night.</p>")}
<h2>Your annual health check</h2>
{r("home", "<p>We will do some of this.</p><p>A nurse you know will do your health check when this is possible.</p><p>Home visits will only be for people who cannot get to the surgery.</p>")}
<h2>Letters</h2>
{r("letter", "<p>We would like to send Easy Read letters.</p><p>Our computer system cannot do this yet.</p><p>We will look at this again when we get a new system in 2027. We cannot promise a date.</p>")}
<h2>Other news</h2>
{r("web", "<p>There is a new Easy Read page on our website.</p><p>It tells you how to make a complaint.</p>")}
{r("doctor", "<p>Our new learning disability nurse, Siân Pritchard, started work in February.</p>")}
<h2>Who to contact</h2>
{r("phone", "<p>If you have any questions, please phone Gareth Owen-Lloyd on 01632 960 275.</p>")}
<p class='small' style='margin-top:10px'>Signed: Dr Helen Vaughan-Price, Executive Director of Nursing, Glannant University Health Board.</p>
"""
    return page(body, TEAL, LIME, "#e2f2f3", "#ffffff")


def main():
    tmp = tempfile.mkdtemp(prefix="blind115en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Llanfryn Learning Disability Partnership Board - Our health, our say - Easy Read",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Glannant University Health Board - Our answer - Easy Read",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "We want every doctor's surgery to give people with a learning disability",
         "reply_contains": "every doctor's surgery in Llanfryn will offer a double appointment", "verdict": "agrees"},
        {"number": 2, "starts_with": "We want the annual health check to be done by a nurse",
         "reply_contains": "Home visits will only be for people who cannot get", "verdict": "partly"},
        {"number": 3, "starts_with": "We want a quiet space in A&E at Ysbyty Glannant",
         "reply_contains": "We cannot do this. There is no room to build it", "verdict": "disagrees"},
        {"number": 4, "starts_with": "We want supporters to be able to stay with the person",
         "reply_contains": "your supporter can stay with you day and night", "verdict": "agrees"},
        {"number": 5, "starts_with": "We want free parking at the hospital for family carers",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Please send all letters about appointments in Easy Read",
         "reply_contains": "We will look at this again when we get a new system", "verdict": "noted"},
        {"number": 7, "starts_with": "We want people with a learning disability to help teach hospital staff",
         "reply_contains": "will help teach new nurses and doctors", "verdict": "agrees"},
    ]
    unmatched = ["Our Board read it at the meeting on 26 March 2026",
                 "There is a new Easy Read page on our website",
                 "Our new learning disability nurse, Siân Pritchard, started work in February",
                 "please phone Gareth Owen-Lloyd on 01632 960 275"]
    notes = ("Advice: Welsh county borough LEARNING DISABILITY PARTNERSHIP BOARD's EASY READ report LDPB/2026/01 'Our "
             "health, our say' to the university health board; every paragraph is a short Easy Read row beside a "
             "picture (SVG shapes, no text); recs are seven UNNUMBERED shaded rows under 'What we want', split over "
             "three sub-headings (At the doctor 2, In hospital 3, Letters and learning 2), six opening 'We want ...' "
             "and one 'Please send ...', several followed by a second sentence ('It should be at least 20 minutes.'); "
             "traps: numbered list of the 4 QUESTIONS asked, findings 'What people told us' ('doctors should talk to "
             "them'), the law 'must make changes' (reasonable adjustments), the Board's 2023 request quoted ('Every "
             "hospital should use the hospital passport.', done), 'We do not think this is a good idea' (a special "
             "doctor), 'For us the first 3 things are the most important', a HARD WORDS glossary box. Response: the "
             "health board's EASY READ LETTER BY THEME under headings with NO numbers, verdicts in plain words, order "
             "7, 1, 3+4, 2, 6: 'Yes, we will do this.' paid teaching from September 2026 (7 agrees); double "
             "appointment from 1 June 2026 (1 agrees); ONE section 'When you go to hospital' = 'We cannot do this. "
             "There is no room to build it' with waiting in the car as an alternative (3 disagrees) + supporter can "
             "stay day and night from 1 May 2026 (4 agrees); 'We will do some of this.' known nurse, home visits only "
             "for people who cannot get to the surgery (2 partly); Easy Read letters 'look at this again' in 2027, "
             "'cannot promise a date' (6 noted); 5 (free parking) unanswered; 'Thank you', 'Other news' (website, "
             "new nurse) and 'Who to contact' answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
