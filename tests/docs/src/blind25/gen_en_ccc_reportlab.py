"""Round 25 (English): UK Climate Change Committee progress report (recommendations only in an annex table,
coded R2025-0NN by department) and the Government's response by theme with per-theme tables. Engine: reportlab."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b25en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable, KeepTogether)

for st, fn in (('', 'Regular'), ('-B', 'Bold'), ('-I', 'Italic'), ('-BI', 'BoldItalic')):
    pdfmetrics.registerFont(TTFont('LS' + st, f'{H.LIB}/LiberationSans-{fn}.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LS-B'); addMapping('LS', 0, 1, 'LS-I'); addMapping('LS', 1, 1, 'LS-BI')

TEAL = colors.HexColor('#00635a')
body = ParagraphStyle('b', fontName='LS', fontSize=10, leading=13.5, spaceAfter=6)
small = ParagraphStyle('s', parent=body, fontSize=8.5, leading=11, spaceAfter=0)
h1 = ParagraphStyle('h1', parent=body, fontName='LS-B', fontSize=17, leading=21, textColor=TEAL, spaceBefore=4, spaceAfter=10, keepWithNext=1)
h2 = ParagraphStyle('h2', parent=body, fontName='LS-B', fontSize=12, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=5, keepWithNext=1)
h3 = ParagraphStyle('h3', parent=body, fontName='LS-B', fontSize=10, leading=13, spaceBefore=4, spaceAfter=3)
cell = ParagraphStyle('c', parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
cellb = ParagraphStyle('cb', parent=cell, fontName='LS-B', textColor=colors.white)
box = ParagraphStyle('box', parent=body, fontSize=9.5, leading=12.5, leftIndent=0, spaceAfter=4)


class FootMark(Flowable):
    """Zero-size flowable: registers a footnote for the page it lands on."""
    def __init__(self, n, text):
        super().__init__(); self.n, self.text = n, text
    def wrap(self, w, h): return (0, 0)
    def draw(self):
        self.canv._b25_notes = getattr(self.canv, '_b25_notes', []) + [(self.n, self.text)]


def make_doc(path, title, header, footer_left):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                          bottomMargin=38 * mm, title=title, author='', subject='', creator='', producer='')
    W, Hh = A4

    def on_page(c, d):
        c.saveState()
        if d.page > 1:
            c.setFont('LS', 8); c.setFillColor(TEAL)
            c.drawString(22 * mm, Hh - 13 * mm, header)
            c.setStrokeColor(TEAL); c.setLineWidth(0.6); c.line(22 * mm, Hh - 15 * mm, W - 22 * mm, Hh - 15 * mm)
            c.setFillColor(colors.black)
            c.drawString(22 * mm, 12 * mm, footer_left)
            c.drawRightString(W - 22 * mm, 12 * mm, str(d.page))
        c.restoreState()

    def on_end(c, d):
        notes = getattr(c, '_b25_notes', [])
        if notes:
            c.saveState()
            ps = [Paragraph(f'<super>{n}</super> {t}', small) for n, t in notes]
            hs = [p.wrap(W - 44 * mm, 40 * mm)[1] for p in ps]
            y = 19 * mm + sum(hs) + 1.5 * len(hs)
            c.setLineWidth(0.4); c.line(22 * mm, y + 2 * mm, 70 * mm, y + 2 * mm)
            for p, hh in zip(ps, hs):
                p.drawOn(c, 22 * mm, y - hh)
                y -= hh + 1.5
            c.restoreState()
        c._b25_notes = []

    fr = Frame(22 * mm, 38 * mm, W - 44 * mm, Hh - 62 * mm, id='f', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=on_page, onPageEnd=on_end)])
    doc._W = W - 44 * mm
    return doc


def table(rows, widths, head=True, shade=TEAL):
    data = [[Paragraph(c, cellb if (head and i == 0) else cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    st = [('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa5a4')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
          ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]
    if head:
        st.append(('BACKGROUND', (0, 0), (-1, 0), shade))
    t.setStyle(TableStyle(st))
    return t


def P(t, s=body): return Paragraph(t, s)


# ------------------------------------------------------------------ advice
def advice():
    doc = make_doc(H.out('ccc', 'advice'), 'Progress in reducing emissions: 2025 Report to Parliament',
                   'Climate Change Committee | Progress in reducing emissions: 2025 Report to Parliament',
                   'Climate Change Committee')
    W = doc._W
    s = []
    s += [Spacer(1, 40 * mm), P('Climate Change Committee', ParagraphStyle('x', parent=h2, fontSize=14)),
          P('Progress in reducing emissions', ParagraphStyle('t', parent=h1, fontSize=28, leading=33)),
          P('2025 Report to Parliament', ParagraphStyle('t2', parent=h1, fontSize=18, textColor=colors.black)),
          Spacer(1, 20 * mm),
          P('Presented to Parliament pursuant to Section 36(1) of the Climate Change Act 2008', body),
          P('July 2025', body), Spacer(1, 60 * mm),
          P('The Climate Change Committee is an independent, statutory body established under the Climate Change '
            'Act 2008. Our purpose is to advise the UK and devolved governments on emissions targets and to report '
            'to Parliament on progress made in reducing greenhouse gas emissions and preparing for climate change.', small),
          PageBreak()]
    s += [P('Chair\u2019s foreword'.replace('\u2019', "'"), h1),
          P('This is the Committee\'s annual assessment of the progress the UK has made towards its carbon budgets. '
            'Emissions fell by 3.4% in 2024, driven almost entirely by the electricity sector. Outside electricity, '
            'the picture is mixed. Sales of electric cars are rising, but the installation of heat pumps remains far '
            'below the rate needed, and the planting of new woodland has fallen for a second year.'),
          P('The Government has delivered important policy in the past year, and we welcome the clarity it has given '
            'on the power sector. But credible plans now cover only around a third of the emissions reductions required '
            'to meet the Seventh Carbon Budget. The choices made in the coming Spending Review will decide whether '
            'the gap is closed.'),
          P('Our recommendations to Government are set out in full in Annex 1. Each is assigned to a lead department '
            'and given a timing, so that progress can be tracked in next year\'s report.'),
          P('<i>Piers Ashworth-Kemble</i><br/>Interim Chair, Climate Change Committee', body),
          Spacer(1, 4 * mm), P('Key messages', h2)]
    km = [P('<b>1.</b> Emissions are falling, but mainly because of coal and gas leaving the power sector.', box),
          P('<b>2.</b> Heat pump installations reached 98,000 in 2024, against a pathway of 190,000.', box),
          P('<b>3.</b> The electric car market is on track; the rural charging network is not.', box),
          P('<b>4.</b> Woodland creation and peatland restoration are both well behind the pathway.', box),
          P('<b>5.</b> Government should be clearer about how its spending supports net zero.', box)]
    t = Table([[km]], colWidths=[W])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e3f1ef')), ('BOX', (0, 0), (-1, -1), 0.6, TEAL),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 6)]))
    s += [t, PageBreak()]
    s += [P('Chapter 3: Buildings and surface transport', h1), P('3.1 Heat in buildings', h2),
          P('Direct emissions from buildings were 83 MtCO<sub>2</sub>e in 2024, 2% lower than in 2023 and broadly in '
            'line with temperature-adjusted trends. The main indicator of progress, heat pump installations, rose by '
            '18% but remains around half of the rate in our pathway.' ),
          P('The relative price of electricity and gas is the single largest barrier to adoption. A typical household '
            'switching from a gas boiler to a heat pump today faces running costs that are similar or slightly higher, '
            'because policy costs are levied more heavily on electricity than on gas.<super>1</super>'),
          FootMark(1, 'CCC analysis of Ofgem default tariff cap, Q2 2025. Assumes a seasonal performance factor of 2.8.'),
          P('The Future Homes Standard has now been published. Its success depends on whether new homes are connected '
            'to the gas grid at all; any exemptions would lock in fossil heating for decades.'),
          P('3.2 Surface transport', h2),
          P('Battery electric cars made up 19.6% of new car sales in 2024. The Zero Emission Vehicle (ZEV) mandate has '
            'been effective, but the flexibilities introduced in April 2025 reduce its expected contribution by up to '
            '15 MtCO<sub>2</sub>e over the Sixth Carbon Budget period.<super>2</super> Public charging in rural areas lags '
            'well behind urban areas: 41 local authorities have fewer than 20 public chargepoints per 100,000 people.'),
          FootMark(2, 'Department for Transport, ZEV mandate consultation outcome, April 2025; CCC analysis.'),
          P('Table 3.1 sets out the indicators we use to track progress. These are monitoring indicators, not '
            'recommendations.'),
          table([['Indicator', '2024 outturn', 'CCC pathway', 'Assessment'],
                 ['Heat pump installations', '98,000', '190,000', 'Off track'],
                 ['New homes with low-carbon heating', '11%', '25%', 'Off track'],
                 ['Battery electric share of new cars', '19.6%', '22%', 'Slightly off track'],
                 ['Public chargepoints (thousand)', '73', '80', 'On track'],
                 ['Woodland creation (thousand ha)', '13.0', '30.0', 'Off track']],
                [W * 0.4, W * 0.18, W * 0.18, W * 0.24]),
          P('<i>Source: DESNZ, DfT, Forestry Commission; CCC analysis.</i>', small), Spacer(1, 4 * mm),
          P('Chapter 4: Land, finance and delivery', h1),
          P('Woodland creation in the UK was 13,000 hectares in 2023/24, less than half of the 30,000 hectares a year '
            'committed for 2025. The forthcoming Land Use Framework is the main opportunity to set out where new '
            'woodland should go and how farmers will be supported to plant it.'),
          P('We continue to find it difficult to identify how much public spending supports the net zero transition. '
            'The Treasury\'s Net Zero Review set out principles, but no regular publication links departmental '
            'budgets to the emissions pathway.<super>3</super>'),
          FootMark(3, 'HM Treasury, Net Zero Review: Final Report (2021). The Committee has made a similar recommendation '
                   'in each of its last three progress reports.'),
          P('Public support for climate action remains high, but understanding of the specific changes households '
            'will be asked to make is low. Government has not yet set out how it will engage the public on the '
            'choices ahead. Departments also continue to buy goods and services without taking their embedded '
            'emissions into account.'),
          PageBreak()]
    # Annex 1
    s += [P('Annex 1: Recommendations to Government', h1),
          P('The table below lists this year\'s recommendations. Each has a reference number, a lead department and a '
            'timing. Recommendations marked <b>Primary</b> are those the Committee considers most urgent. Previous '
            'years\' recommendations that remain outstanding are tracked in Annex 2 and are not repeated here.'),
          table([['Ref.', 'Lead dept.', 'Recommendation', 'Timing', 'Type'],
                 ['R2025-011', 'DESNZ', 'Set out by the end of 2025 a timetable for removing policy costs from '
                  'electricity bills, so that running a heat pump is cheaper than running a gas boiler for a typical household.',
                  '2025', 'Primary'],
                 ['R2025-012', 'MHCLG', 'Confirm in the Building Regulations that no new home built under the Future Homes '
                  'Standard will be connected to the gas grid, with no exemptions for large developments already granted permission.',
                  '2025', 'Primary'],
                 ['R2025-017', 'DfT', 'Restore the original Zero Emission Vehicle mandate trajectory to 2030 by removing '
                  'the additional flexibilities introduced in April 2025.', '2026', 'Primary'],
                 ['R2025-018', 'DfT', 'Publish a rural chargepoint delivery plan with a minimum number of public '
                  'chargepoints for each local authority area by 2030.', '2026', 'Secondary'],
                 ['R2025-024', 'Defra', 'Use the Land Use Framework to allocate the 30,000 hectares a year woodland '
                  'creation target between regions and land types, with annual milestones.', '2025', 'Primary'],
                 ['R2025-031', 'HMT', 'Publish alongside each Spending Review an assessment of how departmental '
                  'allocations contribute to meeting the carbon budgets.', 'Each SR', 'Primary'],
                 ['R2025-035', 'DESNZ', 'Develop and publish a public engagement strategy for net zero, setting out how '
                  'people will be informed and involved in decisions about heat, travel and diet.', '2026', 'Secondary'],
                 ['R2025-040', 'Cabinet Office', 'Require all central government contracts above \u00a35 million '
                  'to include a carbon reduction plan covering the supplier\'s scope 3 emissions.'.replace('\u00a3', '£'),
                  '2026', 'Secondary']],
                [W * 0.13, W * 0.13, W * 0.52, W * 0.1, W * 0.12]),
          Spacer(1, 6 * mm),
          P('Annex 2: Outstanding recommendations from 2024', h1),
          P('The following recommendations from our 2024 Progress Report have not been fully met. Their status is '
            'our assessment; they are not new recommendations.'),
          table([['Ref.', 'Recommendation (2024)', 'Status'],
                 ['R2024-006', 'Publish the Future Homes Standard.', 'Met'],
                 ['R2024-019', 'Set out a plan for the future of the Boiler Upgrade Scheme beyond 2025.', 'Partly met'],
                 ['R2024-027', 'Publish the Land Use Framework.', 'Not met'],
                 ['R2024-033', 'Reform the Climate Change Agreements scheme.', 'Not met']],
                [W * 0.15, W * 0.65, W * 0.2]),
          Spacer(1, 4 * mm),
          P('Abbreviations: DESNZ Department for Energy Security and Net Zero; MHCLG Ministry of Housing, Communities '
            'and Local Government; DfT Department for Transport; Defra Department for Environment, Food and Rural '
            'Affairs; HMT HM Treasury.', small)]
    doc.build(s)


# ------------------------------------------------------------------ response
def response():
    doc = make_doc(H.out('ccc', 'response'), 'Government Response to the Climate Change Committee 2025 Progress Report',
                   'Government Response to the CCC 2025 Progress Report to Parliament', 'CP 1421')
    W = doc._W
    wid = [W * 0.15, W * 0.12, W * 0.73]
    head = ['CCC ref.', 'Lead', 'Government response']
    s = [Spacer(1, 35 * mm), P('Government Response to the Climate Change Committee\'s 2025 Progress Report to Parliament',
                               ParagraphStyle('t', parent=h1, fontSize=22, leading=27, textColor=colors.black)),
         Spacer(1, 10 * mm),
         P('Presented to Parliament pursuant to Section 37 of the Climate Change Act 2008'),
         P('October 2025'), P('CP 1421'), Spacer(1, 80 * mm),
         P('© Crown copyright 2025. This publication is licensed under the terms of the Open Government Licence v3.0 '
           'except where otherwise stated.', small), PageBreak()]
    s += [P('Ministerial foreword', h1),
          P('The Government thanks the Climate Change Committee for its 2025 Progress Report. We share the Committee\'s '
            'view that the transition is now a question of delivery, and we are proud that emissions have fallen '
            'faster in the power sector than in any comparable economy.'),
          P('Clean power by 2030 is the foundation of our mission, and this response shows the progress we are making '
            'across every sector of the economy. We have set out our response to each of the Committee\'s '
            'recommendations by theme, with the department that leads on it.'),
          P('<i>Rt Hon Edmund Carrow-Hale MP, Secretary of State for Energy Security and Net Zero</i>'),
          P('1. Land and nature', h1),
          P('The Government published the Land Use Framework consultation response in September 2025. Tree planting in '
            'England increased in 2024/25 for the first time in three years.'),
          table([head, ['R2025-024', 'Defra',
                        'The Government notes the Committee\'s recommendation. Regional allocation of the planting target '
                        'is one of several options we are assessing through the Land Use Framework. We will consider '
                        'the case for regional milestones alongside the responses to the consultation, and no decision '
                        'has yet been taken.']], wid),
          P('2. Buildings and heat', h1),
          P('Heat pump installations under the Boiler Upgrade Scheme rose by 56% in the year to June 2025. We do not '
            'accept the Committee\'s description of heat pump deployment as stalling; the market is growing '
            'strongly from a low base.'),
          table([head, ['R2025-012', 'MHCLG',
                        'Agreed. Although we do not share the Committee\'s view that the published standard leaves '
                        'room for gas connections, the amending regulations laid on 14 October 2025 make explicit that '
                        'homes built to the Future Homes Standard cannot be connected to the gas grid. Transitional '
                        'arrangements end for all sites, including large developments, in June 2026.'],
                       ['R2025-011', 'DESNZ',
                        'Partially agreed. We will move the costs of the Renewables Obligation from electricity to general '
                        'taxation in stages from April 2026, which will reduce a typical electricity bill by around '
                        '£90. The Government is not able to commit to a full timetable for removing all policy costs '
                        'before the Spending Review has concluded.']], wid),
          P('3. Transport', h1),
          P('The Government remains committed to ending the sale of new petrol and diesel cars in 2030. More than one '
            'in five new cars sold in 2025 has been fully electric.'),
          table([head, ['R2025-017 and R2025-018', 'DfT',
                        'The flexibilities introduced in April 2025 give manufacturers certainty and protect jobs, and '
                        'they do not change the 2030 end date. The Government will not reopen the mandate trajectory '
                        'ahead of the statutory review in 2027.<br/><br/>'
                        'On rural charging, the Department agrees with the Committee. We will publish a rural '
                        'chargepoint delivery plan by March 2026, including a minimum level of provision for every '
                        'local authority area, funded from the Local Electric Vehicle Infrastructure fund.']], wid),
          P('4. Cross-cutting', h1),
          table([head, ['R2025-031', 'HMT',
                        'This is already in place. Since the 2025 Spending Review, HM Treasury publishes a net zero '
                        'annex with each Spending Review setting out how departmental allocations support the carbon '
                        'budgets. We will continue to do so at every future Spending Review.'],
                       ['R2025-035', 'DESNZ',
                        'The Government agrees that public engagement is important and will publish a set of public '
                        'engagement principles in spring 2026. We do not intend to produce a separate strategy covering '
                        'diet, which is a matter for individual choice.']], wid),
          P('5. Progress on previous recommendations', h1),
          P('The Committee\'s Annex 2 lists four recommendations from 2024. The Government considers that the '
            'recommendation on the Boiler Upgrade Scheme has now been met, as the scheme was extended to March 2028 '
            'with a budget of £295 million a year.'),
          P('Next steps', h1),
          P('The Government will publish its updated Carbon Budget Delivery Plan in 2026 and looks forward to the '
            'Committee\'s 2026 Progress Report.')]
    doc.build(s)


if __name__ == '__main__':
    advice(); response()
    H.write_expected('ccc', [
        ('R2025-011', 'Set out by the end of 2025 a timetable for removing',
         'not able to commit to a full timetable for removing', 'partly'),
        ('R2025-012', 'Confirm in the Building Regulations that no new home built under',
         'amending regulations laid on 14 October 2025 make explicit', 'agrees'),
        ('R2025-017', 'Restore the original Zero Emission Vehicle mandate trajectory to 2030',
         'will not reopen the mandate trajectory ahead of the', 'disagrees'),
        ('R2025-018', 'Publish a rural chargepoint delivery plan with a minimum number',
         'On rural charging, the Department agrees with the Committee', 'agrees'),
        ('R2025-024', 'Use the Land Use Framework to allocate the 30,000 hectares',
         'Regional allocation of the planting target is one of several options', 'noted'),
        ('R2025-031', 'Publish alongside each Spending Review an assessment of how departmental',
         'This is already in place. Since the 2025 Spending Review', 'agrees'),
        ('R2025-035', 'Develop and publish a public engagement strategy for net zero',
         'will publish a set of public engagement principles in spring 2026', 'partly'),
        ('R2025-040', 'Require all central government contracts above £5 million to include',
         None, 'unanswered'),
    ], ['thanks the Climate Change Committee for its 2025 Progress Report',
        'The Committee\'s Annex 2 lists four recommendations from 2024',
        'publish its updated Carbon Budget Delivery Plan in 2026'],
        'UK Climate Change Committee progress report (reportlab): the eight recommendations appear ONLY as rows of a ruled '
        'annex table Ref. | Lead dept. | Recommendation | Timing | Type with codes R2025-011 ... R2025-040 (numbers are the '
        'codes); a shaded Key messages box numbered 1.-5., an indicator table and an Annex 2 table of 2024 recommendations '
        '(R2024-0NN with Met / Not met) are not recommendations; footnotes at the page foot. Response (command paper) by '
        'theme in another order (land, buildings, transport, cross-cutting) with a table per theme: 012 before 011; '
        '017 and 018 share one row ("R2025-017 and R2025-018") with two verdicts (will not reopen = disagrees; agrees on '
        'rural charging); 012 agreed while disputing the Committee\'s view; 011 "Partially agreed"; 024 "notes ... will '
        'consider ... no decision" (noted); 031 "already in place" (agrees); 035 principles not strategy, not diet '
        '(partly); 040 (Cabinet Office) unanswered. Foreword, theme intro paragraphs, the "Progress on previous '
        'recommendations" section (about 2024 R2024-019) and "Next steps" answer nothing.')
    H.report('blind25_en_ccc')
