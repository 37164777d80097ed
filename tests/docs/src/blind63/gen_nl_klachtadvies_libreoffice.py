"""Round 63 (nl): an ADVIES of a police KLACHTADVIESCOMMISSIE (the external complaints committee of an invented
police unit 'eenheid Rijn-IJssel', Algemene wet bestuursrecht chapter 9) on one citizen's complaint, answered by the
AFDOENINGSBRIEF of the POLITIECHEF to the complainant.

Advice: committee advice with RANDNUMMERS 1.-14. in a hanging column through the whole document (procedure, the
complaint's lettered parts a.-d., facts, assessment per part with 'gegrond / ongegrond' judgments, a police work
instruction 'moet ... worden aangezet', 'hadden ... moeten' findings, the Awb's 'moet ... vermelden' duty), the
judgment in randnummer 12 (no advice verb), and in randnummer 13 'beveelt de commissie de politiechef aan:' with
seven lower-case infinitive clauses '(i)'-'(vii)' (numbers i-vii; starts_with is the clause).
Response: letter of the politiechef (Datum / Ons kenmerk / Onderwerp), bold sub-heads of its own: the decision on
the four complaint parts (answers the judgment, not a recommendation), then the recommendations in the order iv,
v+iii (one paragraph: partly / agrees), i, ii, vi; vii unanswered; the covering introduction and the Nationale
ombudsman paragraph answer nothing.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies 'B63NL Sans/Serif'), running heads and
page numbers stamped with PyMuPDF.

Run: /tmp/blind63nl/bin/python tests/docs/src/blind63/gen_nl_klachtadvies_libreoffice.py   (needs soffice)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b63nl as B  # noqa: E402

NAME = "blind63_nl_klachtadvies"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B63NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})
BLUE = "#15294f"
PALE = "#e9edf4"


def page(body, fam, size="9.2pt", margins="24mm 22mm 22mm 22mm", hcol=BLUE):
    css = (f"@page {{ size: 210mm 297mm; margin: {margins}; }}\n"
           f"body {{ font-family: '{fam}'; font-size: {size}; }}\n"
           f"p {{ margin-top: 0; margin-bottom: 4pt; text-align: left; }}\n"
           f"h1 {{ font-family: 'B63NL Sans'; font-size: 15pt; margin-top: 0; margin-bottom: 3pt; color: {hcol}; }}\n"
           f"h2 {{ font-family: 'B63NL Sans'; font-size: 10.4pt; margin-top: 10pt; margin-bottom: 3pt; "
           f"color: {hcol}; }}\n"
           f".s {{ font-size: 8.2pt; }}\n.k {{ font-size: 7.8pt; color: #555555; }}\n"
           f".r {{ margin-left: 10mm; text-indent: -10mm; }}\n"
           f".r2 {{ margin-left: 20mm; text-indent: -10mm; margin-bottom: 2pt; }}\n"
           f".sh {{ font-family: 'B63NL Sans'; font-weight: bold; margin-top: 8pt; margin-bottom: 2pt; }}\n")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


def rn(n, t):
    return f"<p class='r'><b>{n}.</b>\t{t}</p>"


def sub(n, t):
    return f"<p class='r2'>{n}\t{t}</p>"


def advice():
    b = [f"<table width='100%' cellpadding='5' cellspacing='0' border='0'><tr><td bgcolor='{BLUE}'>"
         "<p class='s'><font color='#ffffff'><b>KLACHTADVIESCOMMISSIE POLITIE</b><br/>eenheid Rijn-IJssel</font></p>"
         f"</td><td bgcolor='{BLUE}'><p class='s' align='right'><font color='#ffffff'>Klachtnummer K-2025-04187"
         "</font></p></td></tr></table><p> </p>",
         "<h1>ADVIES</h1>",
         f"<table width='100%' cellpadding='3' cellspacing='0' border='0'>"
         f"<tr><td width='28%' bgcolor='{PALE}'><p class='s'><b>Klager</b></p></td><td bgcolor='{PALE}'>"
         "<p class='s'>mevrouw B. te Hoven (hierna: klager)</p></td></tr>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Beklaagden</b></p></td><td bgcolor='{PALE}'><p class='s'>twee "
         "agenten van het basisteam Hoven-Oost</p></td></tr>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Hoorzitting</b></p></td><td bgcolor='{PALE}'><p class='s'>15 "
         "januari 2026</p></td></tr>"
         f"<tr><td bgcolor='{PALE}'><p class='s'><b>Datum advies</b></p></td><td bgcolor='{PALE}'><p class='s'>29 "
         "januari 2026</p></td></tr></table>",
         "<h2>1  Procedure</h2>",
         rn(1, "Klager heeft op 3 november 2025 een klacht ingediend over het optreden van de politie op 14 oktober "
               "2025. Na een gesprek met de klachtbehandelaar was klager niet tevreden. De klacht is daarom op 1 "
               "december 2025 aan de commissie voorgelegd."),
         rn(2, "Op grond van artikel 9:15 van de Algemene wet bestuursrecht moet de commissie klager en beklaagden in "
               "de gelegenheid stellen te worden gehoord. Tijdens de hoorzitting waren klager, haar broer en beide "
               "agenten aanwezig, de agenten vergezeld door hun teamchef."),
         "<h2>2  De klacht</h2>",
         rn(3, "De klacht bestaat uit de volgende onderdelen:"),
         sub("a.", "de agenten zijn de woning van klager binnengegaan zonder haar toestemming;"),
         sub("b.", "klager is onnodig geboeid;"),
         sub("c.", "de voordeur is beschadigd en de sleutels van klager zijn pas na vier dagen teruggegeven;"),
         sub("d.", "klager is niet gewezen op de mogelijkheid om een klacht in te dienen."),
         "<h2>3  Feiten</h2>",
         rn(4, "Op 14 oktober 2025 om 22.40 uur meldde een buurman dat hij uit de woning van klager geschreeuw en "
               "gestommel hoorde. Twee agenten gingen ter plaatse. Toen niemand opendeed, forceerden zij de "
               "voordeur. Zij troffen klager verward aan in de keuken. Om 23.05 uur belden zij de "
               "GGD-crisisdienst, die om 00.35 uur ter plaatse kwam."),
         rn(5, "Klager werd geboeid in de woning en naar het bureau gebracht, waar de crisisdienst haar sprak. Zij "
               "kon dezelfde nacht naar huis; haar sleutels bleven op het bureau achter en werden vier dagen later "
               "door haar broer opgehaald. De bodycams van beide agenten stonden niet aan."),
         "<h2>4  Beoordeling</h2>",
         rn(6, "<i>Onderdeel a.</i> De agenten mochten de woning binnengaan omdat zij redelijkerwijs mochten "
               "aannemen dat er acuut gevaar was. Zij hadden echter achteraf een verslag van binnentreden moeten "
               "opmaken en aan klager moeten geven. Dat is niet gebeurd."),
         rn(7, "<i>Onderdeel b.</i> Volgens klager en haar broer was zij rustig toen de agenten haar meenamen. De "
               "agenten konden niet uitleggen waarom boeien nodig was. De commissie acht het boeien niet "
               "noodzakelijk."),
         rn(8, "<i>Onderdeel c.</i> De schade aan de voordeur is het gevolg van het binnentreden. Dat de sleutels "
               "vier dagen op het bureau bleven zonder dat klager daarover werd geïnformeerd, is niet "
               "zorgvuldig."),
         rn(9, "<i>Onderdeel d.</i> Een van de agenten heeft klager op 16 oktober 2025 de folder over het "
               "klachtrecht gegeven. Dit onderdeel is niet aannemelijk geworden."),
         rn(10, "De commissie merkt verder op dat volgens de werkinstructie van de eenheid de bodycam moet worden "
                "aangezet zodra een confrontatie dreigt. De agenten verklaarden dat daar geen tijd voor was. Beelden "
                "hadden de commissie bij de beoordeling van onderdeel b kunnen helpen."),
         rn(11, "Ten slotte stelt de commissie vast dat de afspraken uit het eerste gesprek met de "
                "klachtbehandelaar nergens zijn vastgelegd, zodat achteraf niet meer na te gaan was wat klager was "
                "toegezegd."),
         "<h2>5  Oordeel en aanbevelingen</h2>",
         rn(12, "Het oordeel van de commissie luidt: onderdeel a is deels gegrond, de onderdelen b en c zijn "
                "gegrond en onderdeel d is ongegrond."),
         rn(13, "Los van dit oordeel beveelt de commissie de politiechef aan:"),
         sub("(i)", "de betrokken agenten in een teamgesprek te wijzen op de plicht om na binnentreden zonder "
                    "toestemming een verslag op te maken en aan de bewoner te geven;"),
         sub("(ii)", "de bodycam bij meldingen over verward gedrag standaard te laten activeren bij aankomst op de "
                     "plaats van de melding;"),
         sub("(iii)", "in het basisteam een instructie op te stellen over het veiligstellen en teruggeven van "
                      "sleutels en andere eigendommen na een insluiting;"),
         sub("(iv)", "klager namens de eenheid schriftelijk excuses aan te bieden voor het onnodig boeien;"),
         sub("(v)", "de schade aan de voordeur van klager volledig te vergoeden;"),
         sub("(vi)", "samen met de GGD de aanrijtijden van de crisisdienst bij meldingen over verward gedrag te "
                     "evalueren;"),
         sub("(vii)", "in het klachtensysteem vast te leggen welke afspraken tijdens het eerste gesprek met een "
                      "klager zijn gemaakt."),
         rn(14, "Volgens de Algemene wet bestuursrecht moet de politiechef, als hij van dit advies afwijkt, de reden "
                "daarvoor in zijn beslissing vermelden."),
         "<p> </p><p class='s'>Aldus vastgesteld door mr. E.M. Terpstra (voorzitter), drs. K. Oudeman en "
         "R. Yilmaz (leden), bijgestaan door mr. L. de Graaff (secretaris).</p>"]
    B.soffice_pdf(page("".join(b), "B63NL Sans"), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Klachtadviescommissie Politie eenheid Rijn-IJssel  |  Advies K-2025-04187",
            "pagina {n} van {m}", SANS["Regular"])


def response():
    b = [f"<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td width='60%'>"
         f"<p><font color='{BLUE}' size='5'><b>POLITIE</b></font><br/><font size='1'>Eenheid Rijn-IJssel</font>"
         "</p></td><td><p class='k'>Eenheidsleiding<br/>Postbus 4120<br/>7400 GC Hoven</p></td></tr></table>"
         "<p> </p><p> </p>",
         "<p>Mevrouw B.<br/>p/a Lindenlaan 27<br/>7415 KR  HOVEN</p><p> </p>",
         "<table cellpadding='1' cellspacing='0' border='0'>"
         "<tr><td width='110'><p class='k'>Datum</p></td><td><p class='s'>5 maart 2026</p></td></tr>"
         "<tr><td><p class='k'>Ons kenmerk</p></td><td><p class='s'>K-2025-04187 / EL-0311</p></td></tr>"
         "<tr><td><p class='k'>Onderwerp</p></td><td><p class='s'>Afhandeling van uw klacht</p></td></tr>"
         "<tr><td><p class='k'>Bijlage</p></td><td><p class='s'>advies Klachtadviescommissie</p></td></tr></table>"
         "<p> </p>",
         "<p>Geachte mevrouw B.,</p>",
         "<p>Op 3 november 2025 diende u een klacht in over het optreden van twee agenten bij uw woning op 14 "
         "oktober 2025. De Klachtadviescommissie Politie heeft uw klacht onderzocht en mij op 29 januari 2026 "
         "geadviseerd. Het advies van de commissie stuur ik met deze brief mee. Hieronder leest u mijn "
         "beslissing.</p>",
         "<p class='sh'>Mijn beslissing over uw klacht</p>",
         "<p>Ik neem het oordeel van de commissie over. Dat betekent dat ik de onderdelen over het boeien en over "
         "uw voordeur en sleutels gegrond verklaar, het onderdeel over het binnentreden deels gegrond en het "
         "onderdeel over het klachtrecht ongegrond.</p>",
         "<p class='sh'>Excuses</p>",
         "<p>Het spijt mij dat u onnodig bent geboeid. Ik bied u daarvoor namens de eenheid mijn excuses aan. Ik "
         "begrijp dat deze avond voor u al ingrijpend genoeg was.</p>",
         "<p class='sh'>Uw voordeur en uw sleutels</p>",
         "<p>De kosten van het herstel van uw voordeur worden vergoed tot het bedrag van de offerte die u mij "
         "stuurde, 640 euro. De vervanging van het deurkozijn valt daar niet onder, omdat de schade aan het "
         "kozijn volgens de schade-expert al eerder bestond. Verder heeft het basisteam Hoven-Oost inmiddels een "
         "werkafspraak vastgelegd: sleutels en andere spullen worden na een insluiting binnen 24 uur "
         "teruggebracht, of de eigenaar wordt gebeld om ze op te halen.</p>",
         "<p class='sh'>Wat de politie verder doet</p>",
         "<p>De teamchef heeft de twee agenten op 10 februari 2026 in een teamgesprek gewezen op het verslag van "
         "binnentreden. U heeft dat verslag inmiddels alsnog ontvangen.</p>",
         "<p>De aanbeveling om de bodycam bij elke melding over verward gedrag al bij aankomst aan te zetten, neem "
         "ik niet over. Een bodycam maakt opnamen in iemands woning en vaak in een kwetsbare situatie. De "
         "landelijke kaders laten de agent daarom zelf afwegen wanneer de camera wordt aangezet.</p>",
         "<p>De aanrijtijd van de GGD-crisisdienst valt onder de verantwoordelijkheid van de GGD en de gemeenten. "
         "Ik heb kennisgenomen van de aanbeveling van de commissie en breng haar in bij het regionaal overleg "
         "over personen met verward gedrag.</p>",
         "<p class='sh'>Niet tevreden?</p>",
         "<p>Bent u het niet eens met de afhandeling van uw klacht? Dan kunt u zich binnen een jaar wenden tot de "
         "Nationale ombudsman, Postbus 93122, 2509 AC Den Haag, of via www.nationaleombudsman.nl.</p>",
         "<p>Met vriendelijke groet,</p><p> </p>",
         "<p>drs. A.J. (Anton) Mulderink<br/>politiechef eenheid Rijn-IJssel</p>"]
    B.soffice_pdf(page("".join(b), "B63NL Serif", "9.6pt", "24mm 26mm 24mm 26mm"), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Politie eenheid Rijn-IJssel  |  K-2025-04187", "{n}/{m}", SERIF["Regular"])


def expected():
    B.write_expected(NAME, [
        ("i", "de betrokken agenten in een teamgesprek te wijzen op de",
         "heeft de twee agenten op 10 februari 2026 in een teamgesprek", "agrees"),
        ("ii", "de bodycam bij meldingen over verward gedrag standaard te laten",
         "bij aankomst aan te zetten, neem ik niet over", "disagrees"),
        ("iii", "in het basisteam een instructie op te stellen over het veiligstellen",
         "heeft het basisteam Hoven-Oost inmiddels een werkafspraak vastgelegd", "agrees"),
        ("iv", "klager namens de eenheid schriftelijk excuses aan te bieden voor",
         "Ik bied u daarvoor namens de eenheid mijn excuses aan", "agrees"),
        ("v", "de schade aan de voordeur van klager volledig te vergoeden",
         "De vervanging van het deurkozijn valt daar niet onder", "partly"),
        ("vi", "samen met de GGD de aanrijtijden van de crisisdienst bij",
         "Ik heb kennisgenomen van de aanbeveling van de commissie", "noted"),
        ("vii", "in het klachtensysteem vast te leggen welke afspraken tijdens het",
         None, "unanswered"),
    ], ["Het advies van de commissie stuur ik met deze brief mee",
        "het onderdeel over het klachtrecht ongegrond",
        "Dan kunt u zich binnen een jaar wenden tot de Nationale ombudsman"],
        "ADVIES of the KLACHTADVIESCOMMISSIE POLITIE of an invented police unit (eenheid Rijn-IJssel) on one "
        "complaint (K-2025-04187), answered by the politiechef's AFDOENINGSBRIEF to the complainant. The Algemene "
        "wet bestuursrecht (chapter 9) is real, but what the documents say of it is not to be relied on; people, "
        "facts and the work instruction are invented. The whole advice runs on hanging RANDNUMMERS 1.-14.; the seven "
        "recommendations are the lower-case infinitive clauses '(i)'-'(vii)' after randnummer 13 'Los van dit "
        "oordeel beveelt de commissie de politiechef aan:' (numbers i-vii; starts_with is the clause). Not "
        "recommendations: the Awb duty 'moet de commissie ... in de gelegenheid stellen', the complaint's lettered "
        "parts a.-d. (sub-items in the same hanging style), the facts, the assessments per part ('hadden ... moeten "
        "opmaken', 'acht het boeien niet noodzakelijk'), the work instruction 'moet worden aangezet', randnummer 12's "
        "JUDGMENT ('Het oordeel van de commissie luidt: ... gegrond ... ongegrond'; no advice verb) and randnummer "
        "14's Awb duty ('moet de politiechef ... de reden ... vermelden'). Response: letter with bold sub-heads of "
        "its own, no numbers: 'Mijn beslissing over uw klacht' takes over the JUDGMENT (unmatched, it answers no "
        "recommendation); then order iv, v+iii, i, ii, vi: iv agrees (apology offered in the letter itself); ONE "
        "paragraph 'Uw voordeur en uw sleutels': v partly (the door repaired up to the quote, not the frame) + iii "
        "agrees (a work agreement on returning keys within 24 hours - called 'werkafspraak', not 'instructie'); i "
        "agrees (team talk held); ii disagrees ('neem ik niet over'); vi noted ('Ik heb kennisgenomen', raised in "
        "the regional consultation); vii (recording what was agreed in the first talk) UNANSWERED. The covering "
        "introduction, the decision on the complaint parts and the Nationale ombudsman paragraph answer no "
        "recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)
