"""Round 99 (EN): an English district council's MARKET TRADERS' FORUM REPRESENTATION on the refurbishment of the
Market Hall (numbered paragraphs; seven recommendations as ROMAN NUMERALS (i)-(vii) in a bordered box) answered by
a RECORD OF OFFICER DELEGATED DECISION (a form table: Decision / Reasons / Alternatives considered ..., the decision
citing the numerals, one paragraph for two). LibreOffice Writer headless from HTML, A4, DejaVu; header and 'Page N
of M' stamped from page 2. All bodies, people, places and figures invented; the Food Safety Act 1990 and the
Local Authorities (Executive Arrangements) Regulations 2012 are named as context only.
Run:  /tmp/blind99en/bin/python tests/docs/src/blind99/gen_en_market_traders_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b99en as H

NAME = "blind99_en_market_traders"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 210mm 297mm; margin: 20mm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 14pt; color: #6b2d5c; }
h2 { font-size: 10.5pt; color: #6b2d5c; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 5pt; }
td { font-size: 9.3pt; vertical-align: top; }
"""


def paras(items):
    rows = "".join(f"<tr><td width='7%'><font color='#666666'>{n}</font></td><td>{t}</td></tr>" for n, t in items)
    return f"<table width='100%' cellpadding='3' cellspacing='0'>{rows}</table>"


LH = """<table width="100%" cellpadding="6" cellspacing="0"><tr><td><font size="2" color="#6b2d5c"><b>{top}</b></font><br>
<b><font size="4">{title}</font></b><br><font size="2" color="#555555">{sub}</font></td><td width="24%" bgcolor="#6b2d5c"
align="right"><font color="#ffffff"><b>HALSTOCK<br>DISTRICT COUNCIL</b></font></td></tr></table><hr>"""

RECS = [("(i)", "Hold stall rents at their 2025/26 level for all traders who move to the temporary market in Corn "
                "Street, for as long as the works last."),
        ("(ii)", "Provide at least four dedicated loading bays within 50 metres of the temporary market, available "
                 "from 6 am to 10 am on trading days."),
        ("(iii)", "Guarantee every trader who holds a licence on 1 April 2026 a stall of at least the same size in the "
                  "refurbished Market Hall."),
        ("(iv)", "Allow Sunday trading in the refurbished Market Hall from its reopening, on a trial basis."),
        ("(v)", "Employ a market supervisor on site throughout trading hours at the temporary market."),
        ("(vi)", "Fund a publicity campaign, of not less than £20,000, telling shoppers that the market remains open "
                 "during the works."),
        ("(vii)", "Give the Forum a seat on the Market Hall project board, so that traders hear of changes to the "
                  "programme before they happen.")]

BOX = ("<table width='100%' cellpadding='6' cellspacing='0' border='1' bordercolor='#6b2d5c'><tr><td bgcolor='#f3e9f0'>"
       "<b>Our recommendations</b><br>The Forum recommends that the Council:" +
       "<table width='100%' cellpadding='3' cellspacing='0'>" +
       "".join(f"<tr><td width='8%'><b>{n}</b></td><td>{t}</td></tr>" for n, t in RECS) + "</table></td></tr></table>")

ADVICE = LH.format(top="Halstock Market Traders' Forum",
                   title="Representation on the Market Hall refurbishment",
                   sub="To: Head of Economy and Regeneration | Agreed at the Forum's meeting of 12 January 2026 | "
                       "Chair: Bernadette Quayle (Quayle's Cheeses)") + \
"<h2>1. Introduction</h2>" + paras([
 ("1.1", "The Halstock Market Traders' Forum represents the 46 licensed traders of the Market Hall and the Thursday "
  "outdoor market. It is recognised in the Council's Market Regulations (2019) as the body to be consulted on any "
  "change to the market's operation."),
 ("1.2", "The Council's Cabinet agreed on 4 November 2025 to refurbish the Grade II listed Market Hall at a cost of "
  "£6.8 million, closing it from June 2026 for about eighteen months. Traders will move to a temporary market in "
  "Corn Street. This representation sets out the Forum's response to the proposals.")]) + \
"<h2>2. What traders have told us</h2>" + paras([
 ("2.1", "We surveyed all 46 traders in December 2025 and 39 replied. Thirty-one said they would move to Corn Street; "
  "eight said they would close or trade online only. The average trader's takings fell by 22 per cent during the "
  "three-week closure for roof repairs in 2022."),
 ("2.2", "Food traders must register their new premises under food hygiene law, and paragraph 14 of the Market "
  "Regulations requires that every trader must keep to the allocated pitch. Neither requirement is in question; "
  "both will need planning into the move."),
 ("2.3", "Access is the biggest practical worry. Corn Street is pedestrianised from 10 am, and the nearest loading "
  "area is in the Tanner's Yard car park, some 300 metres away. Traders should not be expected to wheel stock that "
  "far before opening."),
 ("2.4", "When the Hall was last refurbished in 2004, the Forum's predecessor asked that 'the Council should return "
  "every trader to the Hall on the same terms'. Most were, but eleven stalls were lost, and trust has not fully "
  "recovered.")]) + \
"<h2>3. Recommendations</h2>" + paras([
 ("3.1", "Having considered the survey and the Council's proposals, the Forum makes the seven recommendations in "
  "the box below.")]) + BOX + \
"<h2>4. Conclusion</h2>" + paras([
 ("4.1", "The Forum supports the refurbishment, which is long overdue. We want the market to come through it with "
  "its traders. We ask for a written decision on each recommendation before the traders' licences for the temporary "
  "market are issued in April 2026."),
 ("4.2", "Contact: Bernadette Quayle, Chair, via the Market Office, Market Place, Halstock HS4 1AA.")])

RESPONSE = LH.format(top="Record of Officer Delegated Decision",
                     title="Market Hall refurbishment: Traders' Forum representation",
                     sub="Decision reference ODD/ECR/2026/014 | Date of decision: 9 March 2026 | Published under the "
                         "Local Authorities (Executive Arrangements) Regulations 2012") + \
"""<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#999999">
<tr><td width="26%" bgcolor="#eeeeee"><b>Decision maker</b></td><td>Alan Pritchard, Head of Economy and Regeneration,
acting under delegation 7.4 of the Scheme of Delegation to Officers</td></tr>
<tr><td bgcolor="#eeeeee"><b>Purpose of the decision</b></td><td>To determine the Council's response to the
representation made by the Halstock Market Traders' Forum on 12 January 2026, following consultation with the Cabinet
Member for Economy.</td></tr>
<tr><td bgcolor="#eeeeee"><b>Decision</b></td><td>
<p>1. In respect of recommendation (vi), a budget of £20,000 is approved for a 'Still Trading' campaign, to run from
May 2026 until the Hall reopens, including signage on the hoardings and a weekly feature on the Council's social
media.</p>
<p>2. In respect of recommendation (i), stall rents at Corn Street will be held at the 2025/26 rate for the whole of
the temporary market period, as the Forum proposes.</p>
<p>3. On recommendations (ii) and (v): two loading bays will be marked in Corn Street itself, available from 6 am to
9.30 am, as the highway layout cannot accommodate four. A full-time supervisor will not be appointed; the Market
Office will remain the point of contact and will carry out daily visits.</p>
<p>4. Recommendation (vii) will be put to the project board at its next meeting, which will decide whether to
invite a trader representative. The Head of Economy and Regeneration makes no decision on it here.</p>
<p>5. Recommendation (iii) is not accepted. The refurbished layout has 42 stalls of standard sizes, designed with the
conservation officer, and stalls will be allocated under the Market Regulations, with existing traders given first
refusal of a stall.</p></td></tr>
<tr><td bgcolor="#eeeeee"><b>Financial implications</b></td><td>The refurbishment is funded by the Levelling Up
Fund grant of £4.9 million and prudential borrowing of £1.9 million. Rent income during the works is forecast at
£118,000 a year, which is within the budget assumptions.</td></tr>
<tr><td bgcolor="#eeeeee"><b>Alternatives considered</b></td><td>Keeping the Hall open during the works was
rejected by the contractor on safety grounds.</td></tr>
<tr><td bgcolor="#eeeeee"><b>Conflicts of interest</b></td><td>None declared by the decision maker or the Cabinet
Member consulted. No dispensation has been granted.</td></tr>
<tr><td bgcolor="#eeeeee"><b>Signed</b></td><td>Alan Pritchard, Head of Economy and Regeneration, 9 March 2026</td></tr>
</table>
"""


def render(body, suffix, header, skip_first):
    d = f"/tmp/{NAME}_lo"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.soffice_pdf(hp, d)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    shutil.copy(os.path.join(d, f"{NAME}_{suffix}.pdf"), pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=skip_first, fontfile=R)


def main():
    render(ADVICE, "advice", "Halstock Market Traders' Forum | Representation on the Market Hall refurbishment", True)
    render(RESPONSE, "response", "Halstock District Council | Officer Delegated Decision ODD/ECR/2026/014", True)
    recs = [
        {"number": 1, "starts_with": "Hold stall rents at their 2025/26 level for all traders",
         "reply_contains": "stall rents at Corn Street will be held at the 2025/26 rate", "verdict": "agrees"},
        {"number": 2, "starts_with": "Provide at least four dedicated loading bays within 50 metres",
         "reply_contains": "two loading bays will be marked in Corn Street itself", "verdict": "partly"},
        {"number": 3, "starts_with": "Guarantee every trader who holds a licence on 1 April 2026",
         "reply_contains": "Recommendation (iii) is not accepted", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Allow Sunday trading in the refurbished Market Hall from its reopening",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 5, "starts_with": "Employ a market supervisor on site throughout trading hours",
         "reply_contains": "A full-time supervisor will not be appointed", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Fund a publicity campaign, of not less than £20,000, telling shoppers",
         "reply_contains": "a budget of £20,000 is approved for a 'Still Trading' campaign", "verdict": "agrees"},
        {"number": 7, "starts_with": "Give the Forum a seat on the Market Hall project board",
         "reply_contains": "will be put to the project board at its next meeting", "verdict": "noted"}]
    unmatched = ["funded by the Levelling Up Fund grant of £4.9 million",
                 "Keeping the Hall open during the works was rejected",
                 "None declared by the decision maker or the Cabinet Member"]
    notes = ("Advice: an English district council's Market Traders' Forum REPRESENTATION with numbered paragraphs 1.1-4.2; "
             "the seven recommendations are ROMAN NUMERALS (i)-(vii) in a bordered, shaded box after 'The Forum "
             "recommends that the Council:'. Traps: Market Regulations para 14 'every trader must keep to the allocated "
             "pitch', food hygiene registration, 'Traders should not be expected to wheel stock', the 2004 request quoted "
             "('the Council should return every trader to the Hall'), survey figures, £6.8 million, dates. Response: a "
             "RECORD OF OFFICER DELEGATED DECISION (form table) whose Decision cell cites the numerals, order (vi), (i), "
             "(ii)+(v), (vii), (iii): campaign approved (vi agrees); rents held (i agrees); ONE paragraph 'On "
             "recommendations (ii) and (v)' = two bays not four (ii partly) + no full-time supervisor (v disagrees); "
             "put to the project board, no decision (vii noted); (iii) not accepted (disagrees); (iv) Sunday trading "
             "unanswered. Unmatched: Financial implications, Alternatives considered, Conflicts of interest (the "
             "Purpose and Signed rows also answer nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
