"""Round 98 (EN): a Canadian (British Columbia) regional district AGRICULTURAL ADVISORY COMMISSION REPORT to the
Regional Board on the draft Agricultural Area Plan update (sections 1-6 with numbered paragraphs; 'Conclusions'
5.1-5.4 and the seven recommendations as PARAGRAPHS 6.1-6.7 of a 'Recommendations' section) answered by an EXTRACT
FROM THE MINUTES of the Regional Board meeting (moved/seconded/CARRIED resolutions by subject, NO recommendation
numbers, one resolution for two). LibreOffice Writer headless from HTML, US Letter, DejaVu; letterhead table; header
and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented; the Agricultural Land
Commission Act is named as context only.
Run:  /tmp/blind98en/bin/python tests/docs/src/blind98/gen_en_farm_commission_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b98en as H

NAME = "blind98_en_farm_commission"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 8.5in 11in; margin: 0.8in; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 14pt; color: #3d5a1e; }
h2 { font-size: 10.5pt; color: #3d5a1e; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 5pt; }
td { font-size: 9.3pt; vertical-align: top; }
"""


def paras(items):
    rows = "".join(f"<tr><td width='8%'><font color='#666666'>{n}</font></td><td>{t}</td></tr>" for n, t in items)
    return f"<table width='100%' cellpadding='3' cellspacing='0'>{rows}</table>"


LH = """<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="#3d5a1e" width="22%"><font
color="#ffffff"><b>REGIONAL DISTRICT OF SKEENA BENCH</b></font></td><td><font size="2">{top}</font><br><b><font
size="4" color="#3d5a1e">{title}</font></b><br><font size="2" color="#555555">{sub}</font></td></tr></table><hr>"""

ADVICE = LH.format(top="Agricultural Advisory Commission",
                   title="Report to the Regional Board: Agricultural Area Plan Update",
                   sub="Report AAC-2026-02 | Adopted by the Commission on February 19, 2026 | Chair: Harjit Sandhu") + \
"<h2>1. Purpose</h2>" + paras([
 ("1.1", "The Regional Board referred the draft Agricultural Area Plan update to the Commission on December 9, 2025 "
  "and asked for its advice by the end of February. This report gives the Commission's advice."),
 ("1.2", "The Commission consists of nine members appointed by the Board, six of whom farm in the region. Staff "
  "support was provided by the Planning and Development Services department.")]) + \
"<h2>2. Context</h2>" + paras([
 ("2.1", "About 41 percent of the region's private land is within the Agricultural Land Reserve (ALR). Under the "
  "Agricultural Land Commission Act, local bylaws must be consistent with the Act and its regulations, and the "
  "Board cannot permit what the provincial rules prohibit."),
 ("2.2", "The number of farms reporting sales fell from 512 in 2016 to 447 in 2021, while the average age of farm "
  "operators rose to 58.")]) + \
"<h2>3. Previous advice</h2>" + paras([
 ("3.1", "In its 2019 report the Commission advised that 'the Regional District should establish an agricultural "
  "water strategy'. The strategy was completed in 2022 and is reflected in the draft plan.")]) + \
"<h2>4. Consultation</h2>" + paras([
 ("4.1", "The Commission held three open houses (Terrace Flats, Kispiox Road and Usk) attended by 126 people and "
  "received 38 written comments.")]) + \
"<h2>5. Conclusions</h2>" + paras([
 ("5.1", "The draft plan is a clear improvement on the 2011 plan and the Commission supports its overall direction."),
 ("5.2", "Large homes on farmland remain the single greatest pressure on land prices. Residential use should remain "
  "secondary to farming."),
 ("5.3", "Water security is the second concern most often raised at the open houses."),
 ("5.4", "Farmers need workers, and workers need somewhere to live; the plan should say more about how that will be "
  "achieved.")]) + \
"<h2>6. Recommendations</h2>" + paras([
 ("6.1", "Retain the 8-hectare minimum parcel size in the A-1 Agriculture zone and do not introduce the proposed "
  "4-hectare option."),
 ("6.2", "Limit the total floor area of the principal residence on ALR land to 400 square metres, with a farm home "
  "plate of no more than 1,000 square metres."),
 ("6.3", "Prohibit cannabis production in concrete-based structures on Class 1 to 3 soils through the zoning bylaw."),
 ("6.4", "Create an agricultural water storage grant of $100,000 a year to help farms build on-farm reservoirs."),
 ("6.5", "Require an agricultural impact assessment for every rezoning application on land next to the ALR."),
 ("6.6", "Waive development cost charges for temporary farm worker housing that is registered with the Regional "
  "District."),
 ("6.7", "Amend the Commission's terms of reference so that each of the five electoral areas has at least one "
  "farmer member.")]) + \
"<p>The Commission thanks staff for their support and asks the Board to consider this report at its March meeting. "
"Harjit Sandhu, Chair.</p>"

RESPONSE = LH.format(top="Regional Board: Regular Meeting",
                     title="Extract from the Minutes, Thursday, March 26, 2026",
                     sub="Board Room, 300 Lakelse Crossing | Present: Chair M. Kwan; Directors P. Dubois, R. Tait, "
                         "S. Okafor, J. Lindqvist, H. Morrison, A. Boychuk | Staff: CAO L. Fenwick; Manager of "
                         "Planning T. Ibarra") + \
"""<h2>1. Call to Order</h2>
<p>The Chair called the meeting to order at 1:30 p.m. and acknowledged that the meeting takes place on the traditional
territory of the Tsimshian peoples. The agenda was adopted as circulated.</p>
<h2>7.2 Agricultural Advisory Commission Report AAC-2026-02</h2>
<p>The Manager of Planning introduced the report. Harjit Sandhu, Chair of the Commission, attended and answered
questions. The Board then considered the Commission's advice by subject.</p>
<p><b>Residence size.</b> Moved by Director Tait, seconded by Director Okafor: THAT the draft plan be amended to cap
the principal residence on ALR land at 500 square metres, with a farm home plate of 1,000 square metres, rather than
the smaller floor area proposed by the Commission. CARRIED (Director Dubois opposed).</p>
<p><b>Water storage.</b> Moved by Director Lindqvist, seconded by Director Morrison: THAT the request for an annual
reservoir grant be referred to the 2027 financial plan deliberations for consideration. CARRIED.</p>
<p><b>Development next to the ALR and farm worker housing.</b> Moved by Director Boychuk, seconded by Director Tait:
THAT an agricultural impact assessment be required for all rezonings on parcels adjoining the ALR and that staff
prepare the bylaw amendment; AND THAT the Board decline to waive development cost charges for farm worker housing, as
the charges fund water and sewer capacity that the housing itself uses. CARRIED.</p>
<p><b>Minimum parcel size.</b> Moved by Director Dubois, seconded by Director Okafor: THAT the 4-hectare option be
deleted from the draft plan and the 8-hectare minimum in the A-1 zone be kept. CARRIED UNANIMOUSLY.</p>
<p><b>Cannabis production.</b> Discussion noted that cannabis production is a designated farm use under provincial
regulation. Moved by Director Morrison, seconded by Director Lindqvist: THAT no zoning prohibition on cannabis
structures be pursued at this time. CARRIED (Directors Tait and Boychuk opposed).</p>
<h2>7.3 Kitwanga Fire Hall Roof Replacement</h2>
<p>Moved by Director Okafor, seconded by Director Morrison: THAT the contract for the Kitwanga fire hall roof be
awarded to Northline Roofing Ltd. for $184,300 plus GST. CARRIED.</p>
<h2>12. Adjournment</h2>
<p>There being no further business, the meeting was adjourned at 4:05 p.m. Certified a true extract: Louise Fenwick,
Corporate Officer.</p>
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
    render(ADVICE, "advice", "RDSB Agricultural Advisory Commission | Report AAC-2026-02", True)
    render(RESPONSE, "response", "RDSB Regional Board | Minutes extract | March 26, 2026", True)
    recs = [
        {"number": 1, "starts_with": "Retain the 8-hectare minimum parcel size in the A-1 Agriculture zone",
         "reply_contains": "THAT the 4-hectare option be deleted from the draft plan", "verdict": "agrees"},
        {"number": 2, "starts_with": "Limit the total floor area of the principal residence on ALR land",
         "reply_contains": "cap the principal residence on ALR land at 500 square metres", "verdict": "partly"},
        {"number": 3, "starts_with": "Prohibit cannabis production in concrete-based structures on Class 1",
         "reply_contains": "THAT no zoning prohibition on cannabis structures be pursued", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Create an agricultural water storage grant of $100,000 a year",
         "reply_contains": "referred to the 2027 financial plan deliberations for consideration",
         "verdict": "noted"},
        {"number": 5, "starts_with": "Require an agricultural impact assessment for every rezoning application",
         "reply_contains": "be required for all rezonings on parcels adjoining the ALR", "verdict": "agrees"},
        {"number": 6, "starts_with": "Waive development cost charges for temporary farm worker housing",
         "reply_contains": "the Board decline to waive development cost charges", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Amend the Commission's terms of reference so that each of",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["acknowledged that the meeting takes place on the traditional territory",
                 "awarded to Northline Roofing Ltd. for $184,300 plus GST",
                 "There being no further business, the meeting was adjourned"]
    notes = ("Advice: a BC regional district Agricultural Advisory Commission report to the Regional Board, sections "
             "1-6 with paragraph numbers in a column; the seven recommendations are PARAGRAPHS 6.1-6.7 of section 6 "
             "'Recommendations' (imperatives, no 'recommend'). Traps: ALR Act 'must be consistent', the 2019 advice "
             "quoted ('the Regional District should establish an agricultural water strategy'), Conclusions 5.1-5.4 "
             "('Residential use should remain secondary', 'the plan should say more'), farm statistics, open-house "
             "figures. Response: an EXTRACT FROM THE MINUTES of the Regional Board, item 7.2 with bold subject leads "
             "and moved/seconded/CARRIED resolutions, NO recommendation numbers, order 6.2, 6.4, 6.5+6.6, 6.1, 6.3: "
             "500 m2 not 400 (2 partly); reservoir grant referred to the 2027 financial plan (4 noted); ONE "
             "resolution 'Development next to the ALR and farm worker housing' = impact assessments required (5 "
             "agrees) + DCCs not waived (6 disagrees); 8-hectare minimum kept (1 agrees); no cannabis prohibition (3 "
             "disagrees); 6.7 (farmer member per electoral area) unanswered. Unmatched: Call to Order, 7.3 fire hall "
             "roof, Adjournment.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()
