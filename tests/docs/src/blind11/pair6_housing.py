"""Blind round 11, pair 6: Housing Ombudsman special investigation report (recommendations as unnumbered bullets)
+ the landlord's reply as a letter in prose without headings.

Engine: LibreOffice Writer from HTML, header/footer stamped with PyMuPDF (see lo_common.py).
Run from the repository root:
    /tmp/blind11env/bin/python tests/docs/src/blind11/pair6_housing.py
Writes tests/docs/blind11_en_housing_letter_advice.pdf and tests/docs/blind11_en_housing_letter_response.pdf.
"""

from lo_common import convert, html_doc

ADVICE = """
<p style="font-size:10pt;color:#2a5d8a;font-weight:bold">Housing Ombudsman Service</p>
<p style="font-size:22pt;font-weight:bold;margin-top:36pt;margin-bottom:4pt">Special investigation report</p>
<p style="font-size:15pt">Riverside Vale Homes</p>
<p style="font-size:10pt;margin-top:10pt">July 2025</p>
<p style="font-size:9pt;margin-top:60pt;color:#555555">This report is issued under paragraph 49 of the Housing
Ombudsman Scheme, which allows the Ombudsman to conduct further investigation where there is evidence of a
systemic failing.</p>

<h1 style="page-break-before:always">Foreword</h1>
<p>Riverside Vale Homes owns and manages around 14,000 homes across the north-west. Between April 2023 and March
2025 we determined 41 complaints about the landlord and found maladministration in 29 of them, a maladministration
rate well above the average for landlords of its size. Most of those cases concerned damp and mould, and the way in
which the landlord handled residents' complaints about it.</p>
<p>This investigation has found a landlord that wants to do the right thing, and whose staff were often candid with
us about what went wrong. But it has also found residents who waited months for repairs, who had to repeat their
story to a new member of staff every time they called, and who were offered compensation that did not reflect what
they had been through. I am publishing this report so that the landlord's residents, and the wider sector, can see
what we found and what we expect to change.</p>
<p>Alastair Penrose<br>Housing Ombudsman</p>

<h1>Summary of findings</h1>
<p>Our investigation found that:</p>
<ul>
<li>reports of damp and mould were not always inspected, and where they were, the inspection often took more than
six weeks;</li>
<li>repairs were frequently closed on the landlord's system without evidence that the work had been completed;</li>
<li>complaints were passed between teams, and in 17 of the 29 cases the resident dealt with three or more members
of staff;</li>
<li>complaint handlers could not see the repairs contractor's job records and relied on the contractor's emails;</li>
<li>compensation offers were inconsistent and often lower than our remedies guidance would suggest;</li>
<li>the landlord's board received little information about damp and mould until late 2024.</li>
</ul>

<h1>Background</h1>
<p>Riverside Vale Homes was formed in 2016 from the merger of two smaller housing associations. Its stock includes
a large number of post-war homes of non-traditional construction, which are particularly prone to condensation and
damp. In 2024 the landlord commissioned a stock condition survey, which found signs of damp or mould in 11% of
its homes, and in 34% of the homes on the Harbour Street estate in Birkenhead.</p>
<p>The landlord's repairs are delivered by a contractor, Brightwell Property Services, under a ten-year contract let
in 2019. The landlord's complaints procedure has two stages. At stage one the complaint is dealt with by the service
area concerned; at stage two it is reviewed by the landlord's central complaints team.</p>

<h1>What we found</h1>
<h2>Damp and mould</h2>
<p>The landlord's damp and mould policy, last updated in 2023, says that reports of damp will be inspected
'promptly'. It sets no timescale and says nothing about follow-up once a repair has been done. In the cases we
investigated, the median time from the first report to an inspection was 44 days. In nine cases no inspection took
place at all before the resident complained.</p>
<p>We saw repeated instances of mould being treated with a wash and a coat of anti-fungal paint, with no
investigation of the cause, and of residents reporting that the mould had returned within weeks.</p>
<h2>Complaint handling</h2>
<p>Residents told us that they were passed from one member of staff to another. In one case, a resident with a
young child dealt with seven different officers over five months. Nobody took ownership of the complaint as a
whole. The landlord's complaint handlers told us that they could not see Brightwell's job records, and that they
had to email the contractor and wait for a response before they could say whether a repair had been done.</p>
<h2>Remedies</h2>
<p>In 19 of the 29 cases in which we found maladministration, we ordered the landlord to pay more compensation than
it had offered. The landlord did not have a compensation policy that referred to our remedies guidance until
January 2025.</p>
<h2>Governance</h2>
<p>Until October 2024 the landlord's board received information about complaints only as an annual total. It
received no information about the number of open damp and mould cases or about how long repairs took.</p>

<h1>Recommendations</h1>
<p>We make the following recommendations. We expect the landlord to tell us within three months what it has done,
or will do, in response to each of them.</p>
<ul>
<li>The landlord should review its damp and mould policy within three months, so that every report of damp is
inspected within ten working days and followed up six months after the repair.</li>
<li>The landlord should appoint a single case owner for every complaint that reaches stage two of its complaints
procedure.</li>
<li>The landlord should make sure that complaint handlers have direct access to its repairs contractor's job
records.</li>
<li>The landlord should review all complaints about damp and mould closed since April 2022 and, where it finds
failings, pay compensation in line with our remedies guidance.</li>
<li>The landlord should carry out a self-assessment against the Complaint Handling Code and publish the result on
its website.</li>
<li>The landlord's board should receive a quarterly report on damp and mould cases, including the number of open
cases and the average time taken to complete repairs.</li>
<li>The landlord should write to all residents of the Harbour Street estate to explain what it will do about the
damp problems found in its 2024 stock condition survey, and by when.</li>
</ul>

<h1>Next steps</h1>
<p>We will publish the landlord's response alongside this report. We will monitor the landlord's progress through
our casework and may carry out a follow-up review in 2026. Residents who are unhappy with the way their complaint
has been handled can contact us once they have completed the landlord's complaints procedure.</p>
"""

RESPONSE = """
<p style="font-size:15pt;font-weight:bold;color:#1d6b4f;margin-bottom:0pt">Riverside Vale Homes</p>
<p style="font-size:8pt;color:#555555;margin-bottom:24pt">Vale House, 3 Dock Road, Birkenhead CH41 1AB
&nbsp;·&nbsp; 0151 555 0190 &nbsp;·&nbsp; riversidevale.org.uk</p>
<p>Alastair Penrose<br>Housing Ombudsman<br>PO Box 2097<br>Manchester<br>M1 9AB</p>
<p style="margin-top:12pt">8 October 2025</p>
<p style="margin-top:12pt">Dear Mr Penrose,</p>
<p><b>Special investigation report: Riverside Vale Homes</b></p>
<p>Thank you for your special investigation report, which we received on 10 July. I want to start by saying
sorry, on behalf of the Board and everyone who works for Riverside Vale, to the residents whose experiences are
described in it. Their homes were not in the condition they should have been, and when they told us, we too often
did not listen. That is not the landlord we want to be.</p>
<p>Since we received the report, our Board has discussed it twice and our Resident Voice Panel has discussed it
once. Their views have shaped what follows. You asked us to tell you what we have done, or will do, in response
to each recommendation, and this letter sets that out.</p>
<p>You asked us to carry out a self-assessment against the Complaint Handling Code and to publish the result. We had
already done this before your report was published: our self-assessment was approved by the Board in March and has
been on our website since 1 April, together with the action plan that came out of it.</p>
<p>We accept your recommendation on our damp and mould policy. We do not agree with the suggestion in the report
that the policy itself was the main problem, as it had been revised in 2023, but we recognise that it lacked clear
timescales and that it was not applied consistently. A revised policy was approved by the Board on 24 September.
It commits us to inspect every report of damp within ten working days, and to visit every home again six months
after a damp repair to check that the problem has not returned.</p>
<p>Our Board has considered carefully whether it should receive a quarterly report on damp and mould cases. Since
October 2024 its Customer Committee has received a monthly dashboard that includes the number of open damp and
mould cases, and the Board as a whole discusses complaints at every meeting. The Board does not believe that a
separate quarterly report would add to this, and has decided not to introduce one.</p>
<p>Your recommendations on case ownership and on access to our contractor's records belong together, and we are
happy to accept both. From 1 September every complaint that reaches stage two has had a named case owner who stays
with it until it is closed. Brightwell has given our complaints team read-only access to its job management system,
so that handlers can see for themselves whether a repair has been done.</p>
<p>We will review every damp and mould complaint closed since April 2023 and, where we find failings, pay
compensation in line with your remedies guidance. We have looked carefully at going back to April 2022, as you
recommended. Our records from before the introduction of our current housing management system in spring 2023 are
incomplete, and we do not think a review of those cases could be done fairly. Residents whose complaints were closed
before April 2023 can still ask us to look at their case again, and we will publicise this.</p>
<p>We are grateful for the constructive way in which your team worked with our staff during the investigation. We
will send you an update on our progress in six months' time, and I would be happy to meet you to discuss it.</p>
<p style="margin-top:12pt">Yours sincerely,</p>
<p style="margin-top:22pt">Helen Marchetti<br>Chief Executive</p>
<p style="font-size:8.5pt;color:#555555;margin-top:14pt">cc: Chair of the Board, Riverside Vale Homes; Chair of the
Resident Voice Panel</p>
"""


def main():
    a = convert(html_doc(ADVICE, font="Liberation Sans", size=10.5, h1=15, h2=11.5),
                "blind11_en_housing_letter_advice.pdf", header="Special investigation report: Riverside Vale Homes",
                footer="{n}")
    r = convert(html_doc(RESPONSE, font="Liberation Sans", size=11),
                "blind11_en_housing_letter_response.pdf", footer="Page {n} of {total}")
    print(a, r)


if __name__ == "__main__":
    main()
