"""Round 25 (English): Irish Comptroller and Auditor General chapter (paragraphs 5.1-5.24 and boxed
'Recommendation 5.1'-'5.6', each followed by the Accounting Officer's response printed in the chapter) and the
Department's later progress report to the Committee of Public Accounts. Engine: fpdf2."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b25en as H
from fpdf import FPDF

GREEN = (0, 84, 66)


class Doc(FPDF):
    def __init__(self, header, footer):
        super().__init__(format='A4', unit='mm')
        self.hdr, self.ftr, self.notes = header, footer, []
        for st, fn in (('', 'Regular'), ('B', 'Bold'), ('I', 'Italic'), ('BI', 'BoldItalic')):
            self.add_font('LSe', st, f'{H.LIB}/LiberationSerif-{fn}.ttf')
            self.add_font('LSa', st, f'{H.LIB}/LiberationSans-{fn}.ttf')
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 34)
        self.set_creation_date(__import__('datetime').datetime(2025, 9, 30))
        self.set_creator('')
        self.set_producer('')

    def header(self):
        if self.page_no() > 1 and self.hdr:
            self.set_font('LSa', 'I', 8); self.set_text_color(90, 90, 90)
            self.set_xy(25, 11); self.cell(0, 4, self.hdr, align='R')
            self.set_text_color(0, 0, 0); self.set_y(22)

    def footer(self):
        if self.notes:
            self.set_font('LSe', '', 8)
            y = 297 - 18 - 4 * sum(1 + len(t) // 120 for _, t in self.notes)
            self.line(25, y - 1.5, 70, y - 1.5); self.set_y(y)
            for n, t in self.notes:
                self.multi_cell(0, 3.6, f'{n}  {t}', new_x='LMARGIN', new_y='NEXT')
            self.notes = []
        if self.page_no() > 1:
            self.set_y(-14); self.set_font('LSa', '', 8)
            self.cell(0, 4, self.ftr, align='L')
            self.set_x(25); self.cell(0, 4, str(self.page_no()), align='R')

    def para(self, num, text, size=10.5):
        self.set_font('LSe', '', size)
        if num:
            self.set_x(25); self.cell(13, 5.4, num)
            self.set_x(38); self.multi_cell(147, 5.4, text, new_x='LMARGIN', new_y='NEXT', markdown=True)
        else:
            self.multi_cell(0, 5.4, text, new_x='LMARGIN', new_y='NEXT', markdown=True)
        self.ln(2.2)

    def head(self, text, size=12, colour=GREEN):
        if self.get_y() > 240: self.add_page()
        self.ln(2); self.set_font('LSa', 'B', size); self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, new_x='LMARGIN', new_y='NEXT'); self.set_text_color(0, 0, 0); self.ln(2)

    def rec_box(self, label, text):
        if self.get_y() > 235: self.add_page()
        self.set_fill_color(225, 238, 232); self.set_draw_color(*GREEN)
        y0 = self.get_y(); self.set_x(38)
        self.set_font('LSa', 'B', 10); self.multi_cell(147, 6, label, fill=True, new_x='LMARGIN', new_y='NEXT', padding=(2, 3, 0, 3))
        self.set_x(38); self.set_font('LSa', '', 10)
        self.multi_cell(147, 5.2, text, fill=True, new_x='LMARGIN', new_y='NEXT', padding=(1, 3, 3, 3))
        self.rect(38, y0, 147, self.get_y() - y0); self.ln(3)

    def ao(self, text):
        self.set_x(38); self.set_font('LSa', 'B', 9.5); self.cell(0, 5, "Accounting Officer's response", new_x='LMARGIN', new_y='NEXT')
        self.set_x(38); self.set_font('LSa', 'I', 9.5)
        self.multi_cell(147, 5, text, new_x='LMARGIN', new_y='NEXT', markdown=True); self.ln(4)


def advice():
    d = Doc('Report on the Accounts of the Public Services 2024', 'Comptroller and Auditor General')
    d.add_page(); d.set_fill_color(*GREEN); d.rect(0, 0, 210, 90, 'F')
    d.set_text_color(255, 255, 255); d.set_font('LSa', 'B', 13); d.set_xy(25, 30)
    d.cell(0, 8, 'Comptroller and Auditor General', new_x='LMARGIN', new_y='NEXT')
    d.set_font('LSa', 'B', 24); d.set_xy(25, 48); d.multi_cell(160, 11, 'Report on the Accounts of the Public Services 2024')
    d.set_text_color(0, 0, 0); d.set_xy(25, 110); d.set_font('LSa', 'B', 16)
    d.multi_cell(160, 8, 'Chapter 5\nManagement of the Additional Accommodation Scheme for schools', new_x='LMARGIN', new_y='NEXT')
    d.ln(6); d.set_font('LSe', '', 11)
    d.multi_cell(160, 6, 'Vote 26 Education\n\nPublished September 2025\n\nPrepared for submission to Dáil Éireann in '
                 'accordance with section 3 (10) of the Comptroller and Auditor General (Amendment) Act 1993.')
    d.add_page()
    d.head('5  Management of the Additional Accommodation Scheme for schools', 15)
    d.para('5.1', 'The Department of Education (the Department) provides capital funding to schools that need extra '
           'classrooms or special education needs (SEN) classes at short notice, through the Additional Accommodation '
           'Scheme (the scheme). In 2024, the Department approved 612 projects under the scheme, with an estimated '
           'total cost of EUR 318 million.')
    d.para('5.2', 'This chapter examines how the Department assesses applications, how it controls the cost of '
           'approved projects and how it monitors delivery. The examination covered projects approved between 2021 '
           'and 2024. A sample of 40 project files was reviewed.')
    d.head('Assessment of applications')
    d.para('5.3', 'Schools apply through an online portal. Applications are scored against published criteria, of '
           'which projected enrolment carries the greatest weight. The Department does not routinely verify '
           'enrolment projections against local authority housing data, and in 9 of the 40 sampled projects the '
           'projected enrolment was not reached within three years of completion.')
    d.para('5.4', 'The scoring criteria were last revised in 2019. Since then, the scheme has increasingly been used '
           'to provide SEN classes, which are assessed under criteria designed for mainstream classrooms.')
    d.rec_box('Recommendation 5.1', 'The Department should verify enrolment projections in each application against '
              'local authority housing completion data before approval.')
    d.ao('Agreed. The Department will pilot the use of housing completion data in the 2026 application round.')
    d.rec_box('Recommendation 5.2', 'The Department should revise the scoring criteria so that applications for '
              'special education needs classes are assessed against criteria designed for them.')
    d.ao('Agreed in part. SEN class applications are already prioritised by the National Council for Special Education. '
         'The Department will consider whether separate criteria are required.')
    d.head('Cost control')
    d.para('5.5', 'The approved budget for a project is set using a standard cost per square metre. For 23 of the 40 '
           'sampled projects, the final cost exceeded the approved budget, by an average of 27%.¹')
    d.notes.append(('¹', 'Final cost includes VAT, professional fees and furniture and equipment grants. Three projects '
                    'in the sample were not yet complete and have been excluded from this figure.'))
    d.para('5.6', 'Where the cost of a project rises above the approved budget, schools are required to seek '
           'approval before committing the additional expenditure. In 14 cases, the additional expenditure was '
           'approved retrospectively, after contracts had been signed.')
    d.para('5.7', 'The standard cost rates have not been updated since 2022, although the Tender Price Index for '
           'construction rose by 15% between 2022 and 2024.²')
    d.notes.append(('²', 'Society of Chartered Surveyors Ireland, Tender Price Index, H2 2024.'))
    d.rec_box('Recommendation 5.3', 'The Department should update the standard cost rates used to set project budgets '
              'at least annually, in line with construction tender price movements.')
    d.ao('Agreed. Revised rates will apply from January 2026.')
    d.rec_box('Recommendation 5.4', 'The Department should cease giving retrospective approval for additional '
              'expenditure and should recover funding paid where prior approval was not sought.')
    d.ao('Not agreed. Retrospective approval is sometimes necessary to avoid delaying urgently needed accommodation.')
    d.head('Monitoring of delivery')
    d.para('5.8', 'The Department does not maintain a central record of the completion date of projects. Of the 40 '
           'sampled projects, 11 were completed more than a year after the date set out in the grant approval, and '
           'the Department could not show that it had followed up any of the delays.')
    d.para('5.9', 'Schools procure contractors for the scheme themselves, often with limited experience. The Office '
           'of Government Procurement (OGP) provides frameworks that schools may use, but few do so.')
    d.rec_box('Recommendation 5.5', 'The Department, in consultation with the Office of Government Procurement, '
              'should establish a framework of pre-qualified contractors for additional accommodation projects.')
    d.ao('The Department will engage with the OGP on this recommendation.')
    d.rec_box('Recommendation 5.6', 'The Department should maintain a central register of approved projects '
              'recording planned and actual completion dates, and should follow up all projects delayed by more '
              'than six months.')
    d.ao('Agreed. A register will be in place by the end of 2025.')
    d.head('Conclusion')
    d.para('5.10', 'The scheme has delivered a large number of classrooms quickly. However, weaknesses in assessment, '
           'cost control and monitoring mean that the Department cannot be assured that it is achieving value for '
           'money from the EUR 318 million approved in 2024.')
    d.output(H.out('ie_cag', 'advice'))


def response():
    d = Doc('', 'Department of Education')
    d.add_page()
    d.set_font('LSa', 'B', 14); d.set_text_color(*GREEN); d.cell(0, 7, 'An Roinn Oideachais', new_x='LMARGIN', new_y='NEXT')
    d.cell(0, 7, 'Department of Education', new_x='LMARGIN', new_y='NEXT'); d.set_text_color(0, 0, 0)
    d.set_font('LSa', '', 8.5); d.cell(0, 5, 'Marlborough Street, Dublin 1, D01 RC96', new_x='LMARGIN', new_y='NEXT'); d.ln(6)
    d.set_font('LSe', '', 10.5)
    d.multi_cell(0, 5.4, 'Clerk to the Committee of Public Accounts\nLeinster House\nDublin 2\n\n17 November 2025\n\n'
                 'Our ref: PAC34-R-0412', new_x='LMARGIN', new_y='NEXT'); d.ln(3)
    d.set_font('LSe', 'B', 10.5)
    d.multi_cell(0, 5.4, 'Re: Progress report on the implementation of recommendations in Chapter 5 of the 2024 '
                 'Report on the Accounts of the Public Services', new_x='LMARGIN', new_y='NEXT'); d.ln(3)
    d.para(None, 'Dear Clerk,')
    d.para(None, 'I refer to the Committee\'s request of 3 October 2025 for an update on the actions taken by the '
           'Department in response to Chapter 5 of the Comptroller and Auditor General\'s report. The position on '
           'each recommendation is set out below. The Department welcomed the examination and has found it useful '
           'in strengthening the management of the scheme.')
    d.head('Recommendation 5.1', 11)
    d.para(None, 'Implemented. Since the 2026 application round opened in September, every application has been '
           'checked against housing completion data supplied by the local authority before scoring. Where the '
           'data do not support the projected enrolment, the application is referred back to the school.')
    d.head('Recommendation 5.2', 11)
    d.para(None, 'Partially implemented. Having considered the matter further, the Department has decided to add '
           'two SEN-specific criteria to the existing scoring framework from 2026, rather than to develop a separate '
           'scheme of criteria, as it wishes to keep a single, simple application process for schools.')
    d.head('Recommendations 5.3 and 5.4', 11)
    d.para(None, 'Revised standard cost rates, reflecting tender price movements to June 2025, were published in '
           'Circular 0061/2025 and apply to all projects approved from 1 January 2026. The Department will review '
           'the rates each year in the fourth quarter.')
    d.para(None, 'As indicated in the Accounting Officer\'s response to the C&AG, the Department remains of the view '
           'that it must retain discretion to approve additional expenditure after the event where a school faces an '
           'urgent safety or capacity issue. It will not seek to recover funding in such cases. The Department has, '
           'however, issued a reminder to all schools of the requirement to seek prior approval.')
    d.head('Recommendation 5.5', 11)
    d.para(None, 'Officials met the Office of Government Procurement on 9 October 2025. The establishment of a '
           'contractor framework is a matter for the OGP, which is considering it as part of its 2026 work '
           'programme. The Department will support that work but cannot commit to a timeframe on behalf of the OGP.')
    d.head('Other matters raised by the Committee', 11)
    d.para(None, 'At its meeting of 25 September 2025, the Committee asked for the number of SEN classes opened '
           'under the scheme. The Department can confirm that 1,146 SEN classes were opened in the school years '
           '2022/23 to 2024/25, of which 388 were provided through the scheme.')
    d.para(None, 'I trust this information is of assistance to the Committee. The Department will provide a further '
           'update in six months if the Committee so wishes.')
    d.para(None, 'Yours sincerely,\n\nDeirdre Ó Laoire\nSecretary General and Accounting Officer')
    d.output(H.out('ie_cag', 'response'))


if __name__ == '__main__':
    advice(); response()
    H.write_expected('ie_cag', [
        ('5.1', 'The Department should verify enrolment projections in each application against',
         'every application has been checked against housing completion data', 'agrees'),
        ('5.2', 'The Department should revise the scoring criteria so that applications',
         'add two SEN-specific criteria to the existing scoring framework', 'partly'),
        ('5.3', 'The Department should update the standard cost rates used to',
         'Revised standard cost rates, reflecting tender price movements to June', 'agrees'),
        ('5.4', 'The Department should cease giving retrospective approval for additional expenditure',
         'It will not seek to recover funding in such cases', 'disagrees'),
        ('5.5', 'The Department, in consultation with the Office of Government Procurement',
         'The establishment of a contractor framework is a matter for', 'noted'),
        ('5.6', 'The Department should maintain a central register of approved projects',
         None, 'unanswered'),
    ], ['request of 3 October 2025 for an update on the actions',
        'asked for the number of SEN classes opened under the scheme',
        'provide a further update in six months'],
        'Irish C&AG chapter (fpdf2): body paragraphs numbered 5.1-5.10 in a number column AND boxed recommendations '
        '"Recommendation 5.1"-"5.6" (the same numbers as the paragraphs: a number 5.3 is both a paragraph about '
        'enrolment and a recommendation about cost rates); each box is followed by an italic "Accounting Officer\'s '
        'response" printed IN THE ADVICE (Agreed / Agreed in part / Not agreed / will engage) - stance words in the advice '
        'that are not the reply; page-foot footnotes, cover band. Response: the Department\'s later progress report to '
        'the PAC clerk (letter) with headings "Recommendation 5.1", "5.2", "Recommendations 5.3 and 5.4" (two paragraphs, '
        'two verdicts, no labels: new rates = agrees; "will not seek to recover" = disagrees), "5.5" ("a matter for the '
        'OGP ... cannot commit to a timeframe" = noted), an "Other matters raised by the Committee" section (unmatched); '
        '5.2 "Partially implemented" with a different remedy (partly). 5.6 is not in the progress report (unanswered), '
        'although the advice prints an "Agreed" AO response for it.')
    H.report('blind25_en_ie_cag')
