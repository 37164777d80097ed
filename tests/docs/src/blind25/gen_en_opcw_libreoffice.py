"""Round 25 (English): Older People's Commissioner for Wales review with 'Action Required N' boxes and the Welsh
Government's written response (Accept / Accept in principle / Reject). Engine: LibreOffice Writer (HTML import);
running header and page numbers stamped with PyMuPDF."""
import os, sys, subprocess, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b25en as H

CSS = '''<style>
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 135%; }
h1, h2, h3 { font-family: 'Liberation Sans'; }
h1 { font-size: 20pt; color: #5b2a86; margin-top: 0; }
h2 { font-size: 14pt; color: #5b2a86; margin-top: 14pt; }
h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 6pt; }
.ar { background: #efe7f6; border: 1pt solid #5b2a86; padding: 5pt; margin: 6pt 0 10pt 0; }
.q { font-style: italic; margin-left: 24pt; color: #333333; }
.small { font-size: 8.5pt; }
td, th { font-size: 9.5pt; vertical-align: top; border: 0.5pt solid #777777; padding: 3pt; }
</style>'''


def lo(html, pdf):
    tmp = tempfile.mkdtemp(prefix='b25lo_')
    src = os.path.join(tmp, os.path.basename(pdf)[:-4] + '.html')
    open(src, 'w', encoding='utf-8').write('<html><head><meta charset="utf-8">' + CSS + '</head><body>' + html + '</body></html>')
    subprocess.run(['libreoffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                    '--infilter=HTML (StarWriter)', '--convert-to', 'pdf', '--outdir', tmp, src],
                   check=True, capture_output=True)
    shutil.move(src[:-5] + '.pdf', pdf); shutil.rmtree(tmp)


def ar(n, text):
    return (f'<table width="100%" cellpadding="6" cellspacing="0" style="border: 1pt solid #5b2a86">'
            f'<tr><td bgcolor="#efe7f6" style="border: 1pt solid #5b2a86"><p><b>Action Required {n}</b></p>'
            f'<p>{text}</p></td></tr></table><p></p>')


ADVICE = ('<p class="small">Older People\'s Commissioner for Wales</p>'
 '<h1>Home Before Dark? A review of hospital discharge arrangements for older people in Wales</h1>'
 '<p><b>Section 3 Review under the Commissioner for Older People (Wales) Act 2006</b></p><p>June 2025</p>'
 '<h2>Commissioner\'s foreword</h2>'
 '<p>Over the past year my team has spoken with more than 400 older people, families and unpaid carers about '
 'their experience of leaving hospital. Too many described being discharged late at night, without a plan, to a '
 'care home many miles from their community. This review sets out what must change. Under section 3 of the Act, '
 'the bodies named in this report are required to respond to the Actions Required within 90 days.</p>'
 '<p><i>Rhiannon Tudor-Griffiths, Older People\'s Commissioner for Wales</i></p>'
 '<h2>1. Information and planning</h2>'
 '<p>No health board in Wales publishes data on delayed discharges broken down by age and reason for delay. '
 'Without this, neither the public nor my office can see where older people are waiting longest.</p>'
 '<p class="q">"Nobody told us anything until the morning she was sent home. Someone should have rung me." '
 '(Daughter of a patient, Swansea Bay)</p>'
 + ar(1, 'Health boards must publish monthly data on delayed discharges of people aged 65 and over, broken down by '
      'the reason for the delay.') +
 '<p>Discharge planning is meant to start on admission. In practice, only 38% of the older people we heard from '
 'had a written discharge plan, and fewer than one in five said a copy had been shared with their carer.<sup>1</sup></p>'
 + ar(2, 'The Welsh Government must issue statutory guidance requiring that every older person admitted to hospital '
      'has a written discharge plan, shared with them and their carer within 48 hours of admission.') +
 '<h2>2. Moving to a care home</h2>'
 '<p>Where a care home place is not available locally, older people are often moved to an interim placement in '
 'another county. Some stay there for months. We found 212 such placements in 2024.</p>'
 + ar(3, 'Local authorities must end the use of interim care home placements outside the older person\'s own county, '
      'except where the older person has chosen it.') +
 '<p>Decisions about moving to a care home are among the most important an older person will make. Many told us '
 'they felt rushed and unsupported.</p>'
 + ar(4, 'The Welsh Government must fund an independent advocacy service, available to every older person being '
      'discharged from hospital directly to a care home.') +
 '<h2>3. The journey home</h2>'
 '<p>We heard from 31 people who had been taken home after 10pm, some of whom arrived to an empty, cold house. '
 'Patient transport is organised by health boards with the Welsh Ambulance Services NHS Trust.</p>'
 + ar(5, 'Health boards must ensure that no older person is discharged home after 8pm unless they, or their carer, '
      'have agreed to it.') +
 '<h2>4. Accountability</h2>'
 '<p>I will follow up on the progress made by each body named in this report.</p>'
 + ar(6, 'The Welsh Government must report to the Commissioner within 12 months on progress made against each '
      'Action Required in this review.') +
 '<h3>What happens next</h3>'
 '<p>The Commissioner will publish the responses received on her website. Where a response is not adequate, the '
 'Commissioner may consider using her powers of examination under section 7 of the Act.</p>'
 '<hr/><p class="small"><sup>1</sup> Based on 412 responses to the Commissioner\'s call for evidence, October 2024 to '
 'January 2025. Respondents were not a representative sample.</p>')


def resp_block(n, verdict, text):
    return f'<h3>Action Required {n}</h3><p><b>Response: {verdict}</b></p>' + ''.join(f'<p>{t}</p>' for t in text)


RESPONSE = ('<p class="small">Llywodraeth Cymru / Welsh Government</p>'
 '<h1>Written response by the Welsh Government to the Older People\'s Commissioner for Wales review "Home Before Dark?"</h1>'
 '<p>September 2025</p>'
 '<h2>Introduction</h2>'
 '<p>The Welsh Government welcomes the Commissioner\'s review and is grateful to the older people and carers who '
 'shared their experiences. Improving hospital discharge is a priority under our programme for urgent and '
 'emergency care, and many of the Commissioner\'s findings match what we have heard ourselves.</p>'
 '<p>This response has been prepared jointly with the NHS Executive. Where an Action Required is directed to '
 'another body, we have indicated this.</p>'
 + resp_block(1, 'Accept', ['From April 2026 the NHS Executive will publish monthly delayed discharge data for '
                           'each health board, broken down by age band and by the reason for delay.',
                           'Financial implications: none; met from existing NHS Executive budgets.'])
 + resp_block(5, 'Accept', ['Health boards already operate a policy that patients are not transported home after 8pm '
                           'without their agreement, under the national discharge framework issued in 2023. We will ask '
                           'health boards to audit compliance and report the results to us by March 2026.'])
 + resp_block(2, 'Accept in principle', ['We agree that every older person should have a discharge plan shared with '
                                        'them and their carer. We will strengthen the existing non-statutory '
                                        'guidance rather than issue statutory guidance, and we consider 72 hours a '
                                        'more realistic standard than 48 hours for sharing the plan.'])
 + resp_block(4, 'Reject', ['Independent advocacy is already available under the Social Services and Well-being '
                           '(Wales) Act 2014 to those who need it. The Welsh Government does not believe a new, '
                           'separately funded service would be the best use of limited resources and will not be '
                           'taking this forward.'])
 + '<h3>Action Required 3</h3>'
 '<p>This Action Required is directed to local authorities, who are responsible for commissioning care home '
 'placements. We have shared the review with the Welsh Local Government Association and will discuss it at the '
 'next meeting of the Regional Partnership Boards\' chairs, but it is for each local authority to respond.</p>'
 '<h2>Wider context</h2>'
 '<p>Since 2023 the Six Goals for Urgent and Emergency Care programme has invested GBP 25 million a year in '
 'community services that help people leave hospital sooner, including 550 additional community beds.</p>'
 '<h2>Next steps</h2>'
 '<p>We will write to the Commissioner by June 2026 with a full account of progress against each of the six '
 'Actions Required, and will publish that update.</p>'
 '<p><i>Jeremy Vaughan-Miles MS, Cabinet Secretary for Health and Social Care</i></p>')

if __name__ == '__main__':
    a, r = H.out('opcw', 'advice'), H.out('opcw', 'response')
    lo(ADVICE, a); lo(RESPONSE, r)
    H.stamp(a, None, 'Page {n} of {m}', first=True)
    H.stamp(r, None, '{n}', first=True)
    H.write_expected('opcw', [
        ('1', 'Health boards must publish monthly data on delayed discharges of',
         'publish monthly delayed discharge data for each health board', 'agrees'),
        ('2', 'The Welsh Government must issue statutory guidance requiring that every',
         'strengthen the existing non-statutory guidance rather than issue statutory', 'partly'),
        ('3', 'Local authorities must end the use of interim care home placements',
         'it is for each local authority to respond', 'noted'),
        ('4', 'The Welsh Government must fund an independent advocacy service',
         'will not be taking this forward', 'disagrees'),
        ('5', 'Health boards must ensure that no older person is discharged home',
         'not transported home after 8pm without their agreement', 'agrees'),
        ('6', 'The Welsh Government must report to the Commissioner within 12 months',
         'write to the Commissioner by June 2026 with a full', 'agrees'),
    ], ['welcomes the Commissioner\'s review and is grateful to the older',
        'Six Goals for Urgent and Emergency Care programme has invested'],
        'Older People\'s Commissioner for Wales section 3 review (LibreOffice from HTML, "Page N of M" stamped): six '
        'shaded "Action Required N" boxes, all "must", between findings; a quotation "Someone should have rung me" '
        'and "What happens next" are not actions; footnote at the end. Welsh Government written response with headings '
        '"Action Required N" in the order 1, 5, 2, 4, 3 and a bold "Response: Accept / Accept in principle / Reject" '
        'line; 5 "already operate a policy" (agrees); 2 accept in principle with 72 not 48 hours, non-statutory '
        '(partly); 4 Reject; 3 has no Response line, directed to local authorities (noted); 6 has NO heading and is '
        'answered only by the closing "Next steps" paragraph (agrees); Introduction and "Wider context" unmatched.')
    H.report('blind25_en_opcw')
