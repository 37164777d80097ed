"""Round 73 (nl): an ADVIES of the Belgian RAAD VAN STATE, afdeling Wetgeving, on a draft royal decree, answered by
the VERSLAG AAN DE KONING published with the decree in the Belgisch Staatsblad (the ministers' report to the King that
discusses the Council's observations before the decree itself).

Advice: advies 79.214/4 (invented) on an 'ontwerp van koninklijk besluit' on shared e-steps, 2 p.: the standard
opening (request, chamber, art. 84, par. 3 as paragraph 1), numbered paragraphs 2-10 under the Council's capital
headings STREKKING, RECHTSGROND, VORMVEREISTEN, ALGEMENE OPMERKINGEN, ONDERZOEK VAN DE TEKST; the observations asking
for change are 4, 5, 7.1, 7.2, 8, 9 and 10 (numbers are those paragraph numbers). Traps: paragraph 1, the draft's
own duties ('moeten'), the AVG duty, the note to the Council of Ministers and the Council's 2023 advice quoted,
paragraph 6 (no observation), the closing signatures.
Response: Belgisch Staatsblad page(s) in two columns: the Verslag aan de Koning ('Sire,' ... 'de zeer eerbiedige en
zeer getrouwe dienaar'), then the decree's heading and 'Gelet op' formulas. Order 8, 4, 7.1+7.2 (one paragraph:
agrees + partly), 10 (noted), 5 (disagrees); article-by-article comments and the decree (nothing); 9 unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, CSS columns).

Run: /tmp/blind73nl/bin/python tests/docs/src/blind73/gen_nl_verslagkoning_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b73nl as B  # noqa: E402

NAME = "blind73_nl_verslagkoning"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B73NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S73", SANS) + fonts("R73", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.2mm 0; text-align: justify; }
"""

ACSS = BASE + """
@page { size: A4; margin: 24mm 25mm 20mm 25mm;
  @top-center { content: "advies Raad van State 79.214/4"; font-family: R73; font-size: 8pt; }
  @bottom-center { content: counter(page) "/" counter(pages); font-family: R73; font-size: 8pt; } }
@page:first { @top-center { content: none; } }
body { font-family: R73; font-size: 10pt; line-height: 1.42; color: #000; }
.rvs { text-align: center; font-family: S73; letter-spacing: 2pt; font-size: 11pt; font-weight: bold; }
.afd { text-align: center; font-family: S73; font-size: 8.5pt; letter-spacing: 1pt; margin-bottom: 3mm; }
.rule { border-top: 0.6pt solid #000; margin: 2mm 0 4mm 0; }
.t { font-weight: bold; text-align: left; margin: 3mm 0 4mm 0; }
h3 { font-size: 10pt; font-weight: bold; text-align: center; margin: 5mm 0 2.5mm 0; letter-spacing: 0.5pt; }
.nr { padding-left: 9mm; text-indent: -9mm; }
.q { margin: 0 8mm 2.2mm 8mm; }
.sig { display: flex; justify-content: space-between; margin-top: 8mm; }
.sig div { text-align: center; width: 45%; }
"""

RCSS = BASE + """
@page { size: A4; margin: 17mm 15mm 16mm 15mm;
  @top-center { content: "BELGISCH STAATSBLAD — 12.05.2026 — MONITEUR BELGE"; font-family: S73; font-size: 7.4pt;
    font-weight: bold; }
  @top-right { content: counter(page, decimal) " "; font-family: S73; font-size: 7.4pt; font-weight: bold; }
  @top-left { content: "41287"; font-family: S73; font-size: 7.4pt; font-weight: bold; } }
body { font-family: R73; font-size: 8.4pt; line-height: 1.32; color: #000; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.4pt solid #000; }
.fod { text-align: center; font-family: S73; font-weight: bold; font-size: 8.4pt; margin: 0 0 1.5mm 0;
  text-transform: uppercase; }
.c { text-align: center; font-family: S73; font-size: 7.6pt; margin: 0 0 1.5mm 0; }
.tt { font-weight: bold; text-align: justify; }
.ctr { text-align: center; }
.ind { text-indent: 4mm; }
"""


def P(t, cls=""):
    c = f" class='{cls}'" if cls else ""
    return f"<p{c}>{t}</p>"


def advice():
    h = ["<div class='rvs'>RAAD VAN STATE</div><div class='afd'>afdeling Wetgeving</div><div class='rule'></div>",
         "<p class='t'>advies 79.214/4 van 3 maart 2026 over een ontwerp van koninklijk besluit ‘tot wijziging van "
         "het koninklijk besluit van 1 december 1975 houdende algemeen reglement op de politie van het wegverkeer "
         "en van het gebruik van de openbare weg, wat betreft gedeelde elektrische steps’</p>",
         P("Op 27 januari 2026 is de Raad van State, afdeling Wetgeving, door de Minister van Mobiliteit verzocht "
           "binnen een termijn van dertig dagen een advies te verstrekken over een ontwerp van koninklijk besluit "
           "‘tot wijziging van het koninklijk besluit van 1 december 1975 houdende algemeen reglement op de politie "
           "van het wegverkeer en van het gebruik van de openbare weg, wat betreft gedeelde elektrische steps’."),
         P("Het ontwerp is door de vierde kamer onderzocht op 24 februari 2026. De kamer was samengesteld uit Inge "
           "Verhaegen, kamervoorzitter, Luc Demuynck en Sara Van Acker, staatsraden, en Griet Moens, griffier. Het "
           "verslag is uitgebracht door Tom Vandekerckhove, auditeur. Het advies, waarvan de tekst hierna volgt, is "
           "gegeven op 3 maart 2026."),
         "<div class='rule'></div>",
         P("1. Met toepassing van artikel 84, § 3, eerste lid, van de wetten op de Raad van State, gecoördineerd op "
           "12 januari 1973, heeft de afdeling Wetgeving zich toegespitst op het onderzoek van de bevoegdheid van de "
           "steller van de handeling, van de rechtsgrond, alsmede van de vraag of aan de te vervullen vormvereisten "
           "is voldaan.", "nr"),
         "<h3>STREKKING VAN HET ONTWERP</h3>",
         P("2. Het om advies voorgelegde ontwerp strekt ertoe regels vast te stellen voor elektrische steps die door "
           "een exploitant ter beschikking worden gesteld op de openbare weg. Volgens het ontwerp moeten bestuurders "
           "van een gedeelde step ten minste zestien jaar oud zijn, mogen zij niet met twee personen op één step "
           "rijden en moeten zij de step na gebruik achterlaten in een deelzone. Exploitanten moeten de identiteit "
           "en de leeftijd van elke gebruiker registreren (ontworpen artikel 5) en een maximumsnelheid van 20 km/u "
           "technisch vergrendelen (ontworpen artikel 6).", "nr"),
         "<h3>RECHTSGROND</h3>",
         P("3. Het ontwerp vindt rechtsgrond in artikel 1, eerste lid, van de wet betreffende de politie over het "
           "wegverkeer, gecoördineerd op 16 maart 1968. Die rechtsgrond volstaat.", "nr"),
         "<h3>VORMVEREISTEN</h3>",
         P("4. Luidens artikel 6, § 4, 3°, van de bijzondere wet van 8 augustus 1980 tot hervorming der instellingen "
           "worden de gewestregeringen betrokken bij het ontwerpen van de regels van de algemene politie en de "
           "reglementering op het verkeer en vervoer. Uit het dossier blijkt niet dat dit is gebeurd. Het ontwerp "
           "moet derhalve alsnog aan de drie gewestregeringen worden voorgelegd, en van die betrokkenheid moet in de "
           "aanhef melding worden gemaakt.", "nr"),
         P("5. Artikel 36, lid 4, van de algemene verordening gegevensbescherming verplicht de lidstaten de "
           "toezichthoudende autoriteit te raadplegen bij het opstellen van een voorstel voor een regelgevingsmaatregel "
           "die betrekking heeft op de verwerking van persoonsgegevens. Het ontworpen artikel 5 regelt een dergelijke "
           "verwerking. De steller van het ontwerp dient bijgevolg het advies van de Gegevensbeschermingsautoriteit "
           "in te winnen vooraleer het ontwerp wordt vastgesteld.", "nr"),
         "<h3>ALGEMENE OPMERKINGEN</h3>",
         P("6. In de nota aan de Ministerraad wordt gesteld dat de maatregelen ‘moeten bijdragen tot een daling van "
           "het aantal ongevallen met gedeelde steps met een derde tegen 2030’. De afdeling Wetgeving herinnert "
           "eraan dat zij zich in haar advies 74.118/4 van 2 oktober 2023 reeds uitsprak over een eerder ontwerp. Zij "
           "merkte toen op dat ‘de Koning de bevoegdheid om voertuigen te verbieden niet zonder meer kan delegeren "
           "aan de gemeenten’. Het thans voorgelegde ontwerp bevat een dergelijke delegatie niet meer.", "nr"),
         P("7.1. Het ontwerp maakt een onderscheid tussen bestuurders van een gedeelde step, voor wie een "
           "minimumleeftijd van zestien jaar geldt, en bestuurders van een eigen step, voor wie geen minimumleeftijd "
           "geldt. In het licht van de artikelen 10 en 11 van de Grondwet moet dat verschil in behandeling redelijk "
           "verantwoord kunnen worden. Het verslag aan de Koning dient die verantwoording uitdrukkelijk te bevatten, "
           "met inbegrip van de ongevallencijfers waarop de steller zich steunt.", "nr"),
         P("7.2. Het verdient bovendien aanbeveling de inwerkingtreding van het besluit uit te stellen tot ten minste "
           "zes maanden na de bekendmaking ervan in het Belgisch Staatsblad, zodat de exploitanten hun "
           "registratiesystemen kunnen aanpassen.", "nr"),
         "<h3>ONDERZOEK VAN DE TEKST</h3>",
         "<p><i>Artikel 3</i></p>",
         P("8. Het begrip ‘deelzone’ wordt in het ontwerp meermaals gebruikt, maar nergens omschreven. Men omschrijve "
           "dat begrip in artikel 1 van het ontwerp, waarbij wordt bepaald wie een deelzone aanduidt en hoe "
           "zij op de openbare weg wordt gesignaleerd.", "nr"),
         "<p><i>Artikel 5</i></p>",
         P("9. De steller van het ontwerp dient te verduidelijken of de registratieplicht ook geldt voor exploitanten "
           "die steps uitsluitend op privaat terrein ter beschikking stellen, zoals op bedrijfsterreinen of "
           "campussen.", "nr"),
         "<p><i>Artikel 7</i></p>",
         P("10. Het ontworpen artikel 7 bestraft de overtreding van de registratieplicht door de exploitant. De "
           "afdeling Wetgeving beveelt aan die bepaling te schrappen, aangezien de straffen voor overtredingen van "
           "het algemeen reglement reeds worden bepaald door artikel 29 van de voornoemde wet van 16 maart 1968 en "
           "de Koning zelf geen straffen kan invoeren.", "nr"),
         "<div class='sig'><div>De griffier,<br><br>Griet MOENS</div><div>De voorzitter,<br><br>Inge VERHAEGEN</div>"
         "</div>"]
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + ACSS + "</style></head><body>"
            + "".join(h) + "</body></html>")
    B.chromium_pdf(html, NAME + "_advice.pdf")


def response():
    h = ["<div class='cols'>",
         "<p class='fod'>Federale Overheidsdienst Mobiliteit en Vervoer</p>",
         "<p class='c'>[C − 2026/41873]</p>",
         P("28 APRIL 2026. — Koninklijk besluit tot wijziging van het koninklijk besluit van 1 december 1975 houdende "
           "algemeen reglement op de politie van het wegverkeer en van het gebruik van de openbare weg, wat betreft "
           "gedeelde elektrische steps", "tt"),
         P("VERSLAG AAN DE KONING", "ctr"),
         P("Sire,"),
         P("Het besluit dat wij de eer hebben ter ondertekening aan Uwe Majesteit voor te leggen, stelt regels vast "
           "voor elektrische steps die door een exploitant op de openbare weg ter beschikking worden gesteld. Het "
           "aantal gedeelde steps in de grote steden is tussen 2021 en 2025 verdrievoudigd, en met dat aantal is ook "
           "het aantal ongevallen en klachten over gehinderde voetgangers toegenomen.", "ind"),
         P("Het besluit werd op 3 maart 2026 door de afdeling Wetgeving van de Raad van State onderzocht (advies "
           "79.214/4). Hieronder wordt uiteengezet op welke wijze met de opmerkingen van de Raad rekening werd "
           "gehouden.", "ind"),
         P("<b>Omschrijving van de deelzone.</b> Aan de opmerking van de Raad werd tegemoetgekomen: artikel 1 van het "
           "besluit bevat thans een omschrijving van de deelzone als een door de gemeente afgebakende plaats, "
           "aangeduid met het nieuwe verkeersbord E9k.", "ind"),
         P("<b>Betrokkenheid van de gewesten.</b> Zoals de Raad opmerkte, werden de gewestregeringen nog niet "
           "betrokken. Het ontwerp werd daarom op 12 maart 2026 aan de Vlaamse Regering, de Waalse Regering en de "
           "Brusselse Hoofdstedelijke Regering voorgelegd; de aanhef vermeldt die betrokkenheid nu.", "ind"),
         P("<b>Minimumleeftijd en inwerkingtreding.</b> De Raad vraagt het verschil in behandeling met eigen steps te "
           "verantwoorden. Die verantwoording luidt als volgt. Bij een gedeelde step ontbreekt elke vorm van "
           "ouderlijk toezicht op het gebruik, en volgens de cijfers van Vias over 2024 was bij 31 procent van de "
           "ernstige ongevallen met een gedeelde step een minderjarige betrokken, tegenover 12 procent bij eigen "
           "steps. Wat de inwerkingtreding betreft, kiest de Regering voor een termijn van drie maanden en niet van "
           "zes maanden: de exploitanten hebben bij de consultatie zelf aangegeven dat zij hun systemen binnen drie "
           "maanden kunnen aanpassen, en elke maand uitstel verlengt de onveilige toestand.", "ind"),
         P("<b>Strafbepaling.</b> De Regering neemt akte van de opmerking over het ontworpen artikel 7. Zij zal bij de "
           "geplande herziening van het sanctiestelsel van de wegcode in 2027 onderzoeken hoe de registratieplicht "
           "het best wordt gehandhaafd; tot dan blijft de bepaling behouden.", "ind"),
         P("<b>Advies van de Gegevensbeschermingsautoriteit.</b> De Regering volgt de Raad op dit punt niet. De "
           "registratie van de identiteit en de leeftijd van de gebruiker gebeurt reeds op grond van de "
           "overeenkomst tussen exploitant en gebruiker; het besluit voegt daar geen nieuwe verwerking aan toe en "
           "een bijkomend advies is dan ook niet vereist.", "ind"),
         P("ARTIKELSGEWIJZE BESPREKING", "ctr"),
         P("<i>Artikel 2.</i> Dit artikel voegt in artikel 2 van het algemeen reglement de definitie van de gedeelde "
           "elektrische step in. Steps met een zitje vallen er niet onder.", "ind"),
         P("<i>Artikel 6.</i> De technische vergrendeling op 20 km/u geldt op alle wegen, ook waar een hogere snelheid "
           "is toegelaten. Voor voetgangerszones kan de exploitant een lagere snelheid instellen.", "ind"),
         P("Wij hebben de eer te zijn,"),
         P("Sire,<br>van Uwe Majesteit,<br>de zeer eerbiedige<br>en zeer getrouwe dienaar,"),
         P("De Minister van Mobiliteit,<br>P. DE CLERCQ"),
         P("28 APRIL 2026. — Koninklijk besluit tot wijziging van het koninklijk besluit van 1 december 1975 houdende "
           "algemeen reglement op de politie van het wegverkeer en van het gebruik van de openbare weg, wat betreft "
           "gedeelde elektrische steps", "tt"),
         P("FILIP, Koning der Belgen,<br>Aan allen die nu zijn en hierna wezen zullen, Onze Groet."),
         P("Gelet op de wet betreffende de politie over het wegverkeer, gecoördineerd op 16 maart 1968, artikel 1, "
           "eerste lid;", "ind"),
         P("Gelet op de betrokkenheid van de gewestregeringen, die heeft plaatsgevonden op 12 maart 2026;", "ind"),
         P("Gelet op advies 79.214/4 van de Raad van State, gegeven op 3 maart 2026, met toepassing van artikel 84, "
           "§ 1, eerste lid, 2°, van de wetten op de Raad van State;", "ind"),
         P("Op de voordracht van de Minister van Mobiliteit,", "ind"),
         P("Hebben Wij besloten en besluiten Wij:"),
         P("<b>Artikel 1.</b> In artikel 1 van het koninklijk besluit van 1 december 1975 wordt het begrip deelzone "
           "omschreven als een door de gemeente afgebakende en met het verkeersbord E9k aangeduide plaats op de "
           "openbare weg.", "ind"),
         "</div>"]
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + RCSS + "</style></head><body>"
            + "".join(h) + "</body></html>")
    B.chromium_pdf(html, NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("4", "Het ontwerp moet derhalve alsnog aan de drie gewestregeringen worden voorgelegd",
         "werd daarom op 12 maart 2026 aan de Vlaamse Regering", "agrees"),
        ("5", "De steller van het ontwerp dient bijgevolg het advies van de Gegevensbeschermingsautoriteit",
         "De Regering volgt de Raad op dit punt niet", "disagrees"),
        ("7.1", "Het verslag aan de Koning dient die verantwoording uitdrukkelijk te bevatten",
         "Die verantwoording luidt als volgt", "agrees"),
        ("7.2", "Het verdient bovendien aanbeveling de inwerkingtreding van het besluit uit te stellen",
         "kiest de Regering voor een termijn van drie maanden", "partly"),
        ("8", "Men omschrijve dat begrip in artikel 1 van het ontwerp",
         "Aan de opmerking van de Raad werd tegemoetgekomen", "agrees"),
        ("9", "De steller van het ontwerp dient te verduidelijken of de registratieplicht", None, "unanswered"),
        ("10", "De afdeling Wetgeving beveelt aan die bepaling te schrappen", "De Regering neemt akte van de opmerking",
         "noted"),
    ], [
        "Het aantal gedeelde steps in de grote steden",
        "Steps met een zitje vallen er niet onder",
        "Voor voetgangerszones kan de exploitant een lagere snelheid instellen",
        "Aan allen die nu zijn en hierna wezen zullen",
    ], "ADVIES of the Belgian RAAD VAN STATE, afdeling Wetgeving, on a draft royal decree (shared e-steps), answered "
       "by the VERSLAG AAN DE KONING published with the decree in the Belgisch Staatsblad (two columns). The Raad van "
       "State, the coordinated laws on the Council (art. 84), the bijzondere wet of 8 August 1980, the KB of 1 "
       "December 1975, the law of 16 March 1968, the AVG art. 36(4), the Gegevensbeschermingsautoriteit and Vias "
       "are real; advies 79.214/4 and 74.118/4, the decree, its numbers, the people and figures are invented. "
       "Recommendations are the observations asking for change in numbered paragraphs 4, 5, 7.1, 7.2, 8, 9 and 10 "
       "(numbers are the paragraph numbers). Not recommendations: 1 (art. 84 scope), 2 (the draft's own 'moeten'), "
       "3 (legal basis suffices), the AVG duty in 5's first sentence, 6 (the note to the Ministerraad and the 2023 "
       "advice quoted, no observation), signatures. Response: title and 'Sire,' introduction (nothing); bold "
       "run-in themes without paragraph numbers, order 8 agrees, 4 agrees, ONE paragraph 7.1 agrees (justification "
       "given) + 7.2 partly (three months instead of six), 10 noted ('neemt akte', kept until 2027 review), 5 "
       "disagrees (no GBA advice); article-by-article comments, closing formula and the decree's heading and 'Gelet "
       "op' formulas (nothing; 'Gelet op advies 79.214/4' cites the advice only); 9 (private terrain) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))
