<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&lt;h2&gt;Weerwoord {0}&lt;/h2&gt;&lt;p&gt;An advisory report and the government&apos;s reply, side by side.&lt;/p&gt;&lt;p&gt;Copyright © the Weerwoord developers. This program is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source code.&lt;/b&gt; The complete source code of this version, with the scripts that build it, is the Weerwoord repository; a copy comes with the program: &lt;tt&gt;{1}&lt;/tt&gt;. The licence text is the file LICENSE in it.&lt;/p&gt;&lt;p&gt;Weerwoord works offline: it never connects to the internet, does not follow links in documents and does not run scripts embedded in PDFs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Weerwoord {0}&lt;/h2&gt;&lt;p&gt;Een adviesrapport en de reactie van het kabinet, naast elkaar.&lt;/p&gt;&lt;p&gt;Copyright © de ontwikkelaars van Weerwoord. Dit programma is vrije software: u mag het verspreiden en/of wijzigen onder de voorwaarden van de GNU Affero General Public License, versie 3 of (naar uw keuze) een latere versie. Er wordt geen enkele garantie gegeven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Broncode.&lt;/b&gt; De volledige broncode van deze versie, met de scripts waarmee die wordt gebouwd, is de Weerwoord-repository; een kopie wordt met het programma meegeleverd: &lt;tt&gt;{1}&lt;/tt&gt;. De licentietekst staat daarin in het bestand LICENSE.&lt;/p&gt;&lt;p&gt;Weerwoord werkt offline: het maakt nooit verbinding met internet, volgt geen koppelingen in documenten en voert geen scripts uit die in pdf&apos;s zijn ingebed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Weerwoord is licensed under the AGPL because PyMuPDF is. Qt is used under the LGPL: its libraries are shipped as separate files that you may replace. The licence texts are in the folder &lt;tt&gt;licenses&lt;/tt&gt; of the installed program and in &lt;tt&gt;{0}&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Weerwoord valt onder de AGPL omdat PyMuPDF daaronder valt. Qt wordt gebruikt onder de LGPL: de Qt-bibliotheken worden als afzonderlijke bestanden meegeleverd die u mag vervangen. De licentieteksten staan in de map &lt;tt&gt;licenses&lt;/tt&gt; van het geïnstalleerde programma en in &lt;tt&gt;{0}&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Weerwoord</source>
        <translation>Over Weerwoord</translation>
    </message>
    <message>
        <source>Weerwoord</source>
        <translation>Weerwoord</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliotheken en licenties</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Oordeel: {0}</translation>
    </message>
    <message>
        <source>Selected pair</source>
        <translation>Gekozen aanbeveling</translation>
    </message>
    <message>
        <source>How the reply was found</source>
        <translation>Hoe het antwoord is gevonden</translation>
    </message>
    <message>
        <source>Evidence for the recommendation and its link</source>
        <translation>Onderbouwing van de aanbeveling en de koppeling</translation>
    </message>
    <message>
        <source>Why this verdict</source>
        <translation>Waarom dit oordeel</translation>
    </message>
    <message>
        <source>Stance language in the reply:</source>
        <translation>Standpuntbepalende taal in het antwoord:</translation>
    </message>
    <message>
        <source>Marks in the reply</source>
        <translation>Markeringen in het antwoord</translation>
    </message>
    <message>
        <source>Phrases that show the response&apos;s stance; click one to see it on the page</source>
        <translation>Formuleringen die het standpunt van de reactie tonen; klik erop om ze op de pagina te zien</translation>
    </message>
    <message>
        <source>Page of the pair shown</source>
        <translation>Getoonde pagina van deze aanbeveling</translation>
    </message>
    <message>
        <source>Correct the analysis:</source>
        <translation>De analyse corrigeren:</translation>
    </message>
    <message>
        <source>This pair runs over {1} pages: showing page {0} of {1}</source>
        <translation>Deze aanbeveling beslaat {1} pagina&apos;s: pagina {0} van {1} wordt getoond</translation>
    </message>
    <message>
        <source>Reply without a recommendation</source>
        <translation>Antwoord zonder aanbeveling</translation>
    </message>
    <message>
        <source>This part of the response (p. {0}) is not linked to any recommendation. Use ‘Link to reply…’ on a recommendation to connect it.</source>
        <translation>Dit deel van de reactie (p. {0}) is aan geen enkele aanbeveling gekoppeld. Gebruik ‘Koppelen aan antwoord…’ bij een aanbeveling om het te koppelen.</translation>
    </message>
    <message>
        <source>No pair selected</source>
        <translation>Geen aanbeveling gekozen</translation>
    </message>
    <message>
        <source>Choose a recommendation in the list above.</source>
        <translation>Kies hierboven een aanbeveling in de lijst.</translation>
    </message>
    <message>
        <source>Recommendation {0}</source>
        <translation>Aanbeveling {0}</translation>
    </message>
    <message>
        <source>No reply found in the response.</source>
        <translation>Geen antwoord gevonden in de reactie.</translation>
    </message>
    <message>
        <source>Reply on p. {0}</source>
        <translation>Antwoord op p. {0}</translation>
    </message>
    <message>
        <source> (confidence {0:.0%})</source>
        <translation> (zekerheid {0:.0%})</translation>
    </message>
    <message>
        <source>uncertain: check that this is the right reply</source>
        <translation>onzeker: controleer of dit het juiste antwoord is</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Waarom: {0}</translation>
    </message>
    <message>
        <source>Verdict set by you: {0}</source>
        <translation>Oordeel door u vastgesteld: {0}</translation>
    </message>
    <message>
        <source>(added by you)</source>
        <translation>(door u toegevoegd)</translation>
    </message>
    <message>
        <source>No stance phrases found.</source>
        <translation>Geen standpuntbepalende formuleringen gevonden.</translation>
    </message>
    <message>
        <source>The response cites recommendation {0} (under “{1}”), which the list lacks — add it?</source>
        <translation>De reactie noemt aanbeveling {0} (onder “{1}”), die in de lijst ontbreekt — toevoegen?</translation>
    </message>
    <message>
        <source>The response cites recommendation {0} (under “{1}”), which the list lacks.</source>
        <translation>De reactie noemt aanbeveling {0} (onder “{1}”), die in de lijst ontbreekt.</translation>
    </message>
    <message>
        <source>The response cites recommendations {0}, which the list lacks — add them?</source>
        <translation>De reactie noemt aanbevelingen {0}, die in de lijst ontbreken — toevoegen?</translation>
    </message>
    <message>
        <source>The response cites recommendations {0}, which the list lacks.</source>
        <translation>De reactie noemt aanbevelingen {0}, die in de lijst ontbreken.</translation>
    </message>
    <message>
        <source>Add recommendation {0}</source>
        <translation>Aanbeveling {0} toevoegen</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} toevoegen</translation>
    </message>
    <message>
        <source>Add the advice&apos;s item {0} (p. {1}) to the list</source>
        <translation>Punt {0} van het advies (p. {1}) aan de lijst toevoegen</translation>
    </message>
    <message>
        <source>The password does not open {0}. Try again:</source>
        <translation>Dit wachtwoord opent {0} niet. Probeer het opnieuw:</translation>
    </message>
    <message>
        <source>{0} is protected. Password:</source>
        <translation>{0} is beveiligd. Wachtwoord:</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Wachtwoord nodig</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nieuwe aanbeveling</translation>
    </message>
    <message>
        <source>Number of this recommendation:</source>
        <translation>Nummer van deze aanbeveling:</translation>
    </message>
    <message>
        <source>Weerwoord corrections (*.json);;All files (*)</source>
        <translation>Weerwoord-correcties (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export corrections</source>
        <translation>Correcties exporteren</translation>
    </message>
    <message>
        <source>Import corrections</source>
        <translation>Correcties importeren</translation>
    </message>
    <message>
        <source>Import a review</source>
        <translation>Een beoordeling importeren</translation>
    </message>
    <message>
        <source>XFDF annotations (*.xfdf *.xml);;All files (*)</source>
        <translation>XFDF-annotaties (*.xfdf *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation>Welk document?</translation>
    </message>
    <message>
        <source>Which document are the notes in {0} about?</source>
        <translation>Over welk document gaan de notities in {0}?</translation>
    </message>
    <message>
        <source>The &amp;advice: {0}</source>
        <translation>Het &amp;advies: {0}</translation>
    </message>
    <message>
        <source>The &amp;response: {0}</source>
        <translation>De &amp;reactie: {0}</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>De briefing afdrukken</translation>
    </message>
    <message>
        <source>Open a pair of documents</source>
        <translation>Advies en reactie kiezen</translation>
    </message>
    <message>
        <source>Choose the advisory report and the government&apos;s response to it.</source>
        <translation>Kies het adviesrapport en de reactie van het kabinet daarop.</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Advies:</translation>
    </message>
    <message>
        <source>The advisory report with the recommendations</source>
        <translation>Het adviesrapport met de aanbevelingen</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Reactie:</translation>
    </message>
    <message>
        <source>The government&apos;s reply to the advice</source>
        <translation>De reactie van het kabinet op het advies</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Browse for the {0} file</source>
        <translation>Bladeren naar het bestand: {0}</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Omwisselen</translation>
    </message>
    <message>
        <source>Exchange advice and response</source>
        <translation>Advies en reactie omwisselen</translation>
    </message>
    <message>
        <source>Swap advice and response</source>
        <translation>Advies en reactie omwisselen</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Kies een document</translation>
    </message>
    <message>
        <source>Link recommendation {0}</source>
        <translation>Aanbeveling {0} koppelen</translation>
    </message>
    <message>
        <source>Which part of the response answers recommendation {0}?</source>
        <translation>Welk deel van de reactie beantwoordt aanbeveling {0}?</translation>
    </message>
    <message>
        <source>Reply sections</source>
        <translation>Antwoorden in de reactie</translation>
    </message>
    <message>
        <source>No reply: the response does not answer it</source>
        <translation>Onbeantwoord: de reactie gaat er niet op in</translation>
    </message>
    <message>
        <source>Section {0} (p. {1}): {2}</source>
        <translation>Onderdeel {0} (p. {1}): {2}</translation>
    </message>
    <message>
        <source>Verdict on recommendation {0}</source>
        <translation>Oordeel over aanbeveling {0}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Keys 1 to {0} choose a verdict</source>
        <translation>Toetsen 1 tot en met {0} kiezen een oordeel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Why, in a few words</source>
        <translation>Waarom, in een paar woorden</translation>
    </message>
    <message>
        <source>&amp;Verdict (1–5):</source>
        <translation>&amp;Oordeel (1–5):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>Edit recommendation {0}</source>
        <translation>Aanbeveling {0} bewerken</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Annotated PDFs of both documents, with their XFDF</source>
        <translation>&amp;Geannoteerde pdf&apos;s van beide documenten, met hun XFDF</translation>
    </message>
    <message>
        <source>Copies of the advice and the response with the marks, verdicts and your notes as PDF annotations</source>
        <translation>Kopieën van het advies en de reactie met de markeringen, oordelen en uw notities als pdf-annotaties</translation>
    </message>
    <message>
        <source>&amp;Briefing report (PDF)</source>
        <translation>&amp;Briefing (pdf)</translation>
    </message>
    <message>
        <source>A verdict summary, then one page per recommendation</source>
        <translation>Een overzicht van de oordelen, daarna één pagina per aanbeveling</translation>
    </message>
    <message>
        <source>Briefing report (&amp;Word)</source>
        <translation>Briefing (&amp;Word)</translation>
    </message>
    <message>
        <source>The same briefing as a .docx file to edit in Word</source>
        <translation>Dezelfde briefing als .docx-bestand om in Word te bewerken</translation>
    </message>
    <message>
        <source>&amp;Tables of the pairs (Markdown, CSV)</source>
        <translation>&amp;Tabellen van de aanbevelingen (Markdown, CSV)</translation>
    </message>
    <message>
        <source>pairs.md and pairs.csv: one row per recommendation</source>
        <translation>pairs.md en pairs.csv: één rij per aanbeveling</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Write the annotated documents, the briefing and the tables into a folder.</source>
        <translation>De geannoteerde documenten, de briefing en de tabellen in een map opslaan.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Doelmap</translation>
    </message>
    <message>
        <source>The folder the files are written into; it is created if need be</source>
        <translation>De map waarin de bestanden worden opgeslagen; die wordt zo nodig aangemaakt</translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation>Bladeren naar de doelmap</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Kies de map</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Write the chosen files</source>
        <translation>De gekozen bestanden opslaan</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <source>These files already exist in {0}:

{1}

Replace them?</source>
        <translation>Deze bestanden bestaan al in {0}:

{1}

Vervangen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <source>1 file written to {0}:

{1}</source>
        <translation>1 bestand opgeslagen in {0}:

{1}</translation>
    </message>
    <message>
        <source>{0} files written to {1}:

{2}</source>
        <translation>{0} bestanden opgeslagen in {1}:

{2}</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>De map tonen in de bestandsbeheerder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language of the menus and messages:</source>
        <translation>&amp;Taal van de menu&apos;s en meldingen:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de bediening</translation>
    </message>
    <message>
        <source>The language of Weerwoord&apos;s own menus and messages, not of the documents</source>
        <translation>De taal van de menu&apos;s en meldingen van Weerwoord zelf, niet die van de documenten</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Systeemtaal ({0})</translation>
    </message>
    <message>
        <source>The window changes to the new language when you press OK.</source>
        <translation>Het venster gaat over op de nieuwe taal zodra u op OK drukt.</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Weerwoord.</source>
        <translation>De nieuwe taal wordt gebruikt zodra u Weerwoord opnieuw start.</translation>
    </message>
    <message>
        <source>Reply not linked to a recommendation: {0}</source>
        <translation>Antwoord niet gekoppeld aan een aanbeveling: {0}</translation>
    </message>
    <message>
        <source>Recommendation {0}: {1}</source>
        <translation>Aanbeveling {0}: {1}</translation>
    </message>
    <message>
        <source>uncertain link ({0:.0%})</source>
        <translation>onzekere koppeling ({0:.0%})</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>met de hand gecorrigeerd</translation>
    </message>
    <message>
        <source>has notes</source>
        <translation>heeft notities</translation>
    </message>
    <message>
        <source>Replies not linked to any recommendation ({0})</source>
        <translation>Antwoorden zonder aanbeveling ({0})</translation>
    </message>
    <message>
        <source>{0} document</source>
        <translation>Document: {0}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>{0}: go to page</source>
        <translation>{0}: ga naar pagina</translation>
    </message>
    <message>
        <source>The page at the top of the {0} pane; type a number to go there (Ctrl+G)</source>
        <translation>De pagina bovenaan in het deelvenster ‘{0}’; typ een nummer om erheen te gaan (Ctrl+G)</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>Pagina&apos;s: {0}</translation>
    </message>
    <message>
        <source>Search both documents</source>
        <translation>In beide documenten zoeken</translation>
    </message>
    <message>
        <source>Search phrase</source>
        <translation>Zoekterm</translation>
    </message>
    <message>
        <source>Type a phrase and press Enter; F3 and Shift+F3 step through the hits</source>
        <translation>Typ een zoekterm en druk op Enter; met F3 en Shift+F3 gaat u langs de treffers</translation>
    </message>
    <message>
        <source>Type a phrase and press Enter.</source>
        <translation>Typ een zoekterm en druk op Enter.</translation>
    </message>
    <message>
        <source>Search hits per document</source>
        <translation>Treffers per document</translation>
    </message>
    <message>
        <source>Click a hit to show it on the page</source>
        <translation>Klik op een treffer om die op de pagina te tonen</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>p. {0}: {1}</source>
        <translation>p. {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — {1} hits</source>
        <translation>{0} — {1} treffers</translation>
    </message>
    <message>
        <source>{0} — 1 hit</source>
        <translation>{0} — 1 treffer</translation>
    </message>
    <message>
        <source>“{0}”: {1} hits. F3 for the next one.</source>
        <translation>“{0}”: {1} treffers. F3 voor de volgende.</translation>
    </message>
    <message>
        <source>“{0}”: 1 hit.</source>
        <translation>“{0}”: 1 treffer.</translation>
    </message>
    <message>
        <source>“{0}” does not occur in either document.</source>
        <translation>“{0}” komt in geen van beide documenten voor.</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>Elders in het venster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Filter: type part of a command or a key</source>
        <translation>Filter: typ een deel van een opdracht of toets</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Sneltoetsen filteren</translation>
    </message>
    <message>
        <source>Show only the commands whose name or keys contain this text</source>
        <translation>Alleen de opdrachten tonen waarvan de naam of de toetsen deze tekst bevatten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Opdrachten en hun toetsen</translation>
    </message>
    <message>
        <source>Every command of the window that has a key, by menu</source>
        <translation>Elke opdracht van het venster die een sneltoets heeft, per menu</translation>
    </message>
    <message>
        <source>&amp;Open pair…</source>
        <translation>&amp;Advies en reactie openen…</translation>
    </message>
    <message>
        <source>Open an advice and its response</source>
        <translation>Een advies en de reactie daarop openen</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <source>Open the shipped example: AIV advice 109 and the cabinet&apos;s response</source>
        <translation>Het meegeleverde voorbeeld openen: AIV-advies 109 en de kabinetsreactie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Het venster sluiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>De geselecteerde tekst kopiëren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Vol&amp;gende zoeken</translation>
    </message>
    <message>
        <source>Next search hit</source>
        <translation>Volgende zoektreffer</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <source>Previous search hit</source>
        <translation>Vorige zoektreffer</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Make the pages larger</source>
        <translation>De pagina&apos;s groter maken</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Make the pages smaller</source>
        <translation>De pagina&apos;s kleiner maken</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Pagina&amp;breedte</translation>
    </message>
    <message>
        <source>Pages as wide as the panes</source>
        <translation>Pagina&apos;s even breed als de deelvensters</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>&amp;Hele pagina</translation>
    </message>
    <message>
        <source>Whole pages in view</source>
        <translation>Hele pagina&apos;s in beeld</translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation>&amp;Ga naar pagina…</translation>
    </message>
    <message>
        <source>Type a page number for the pane that has focus</source>
        <translation>Typ een paginanummer voor het actieve deelvenster</translation>
    </message>
    <message>
        <source>&amp;Next pair</source>
        <translation>&amp;Volgende aanbeveling</translation>
    </message>
    <message>
        <source>Next recommendation</source>
        <translation>Volgende aanbeveling</translation>
    </message>
    <message>
        <source>&amp;Previous pair</source>
        <translation>V&amp;orige aanbeveling</translation>
    </message>
    <message>
        <source>Previous recommendation</source>
        <translation>Vorige aanbeveling</translation>
    </message>
    <message>
        <source>Next page of this pair</source>
        <translation>Volgende pagina van deze aanbeveling</translation>
    </message>
    <message>
        <source>Both panes to the next page of the framed passages</source>
        <translation>Beide deelvensters naar de volgende pagina van de omkaderde passages</translation>
    </message>
    <message>
        <source>Previous page of this pair</source>
        <translation>Vorige pagina van deze aanbeveling</translation>
    </message>
    <message>
        <source>Both panes to the previous page of the framed passages</source>
        <translation>Beide deelvensters naar de vorige pagina van de omkaderde passages</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Naar de &amp;lijst</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the list of pairs</source>
        <translation>Het toetsenbord naar de lijst met aanbevelingen verplaatsen</translation>
    </message>
    <message>
        <source>Go to the &amp;advice</source>
        <translation>Naar het &amp;advies</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the advice pages</source>
        <translation>Het toetsenbord naar de pagina&apos;s van het advies verplaatsen</translation>
    </message>
    <message>
        <source>Go to the &amp;response</source>
        <translation>Naar de &amp;reactie</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the response pages</source>
        <translation>Het toetsenbord naar de pagina&apos;s van de reactie verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Link to reply…</source>
        <translation>&amp;Koppelen aan antwoord…</translation>
    </message>
    <message>
        <source>Choose the reply that answers this recommendation</source>
        <translation>Het antwoord kiezen dat op deze aanbeveling ingaat</translation>
    </message>
    <message>
        <source>Mark &amp;unanswered</source>
        <translation>Als &amp;onbeantwoord markeren</translation>
    </message>
    <message>
        <source>The response does not answer this recommendation</source>
        <translation>De reactie gaat niet op deze aanbeveling in</translation>
    </message>
    <message>
        <source>Link to &amp;selected reply</source>
        <translation>Koppelen aan ge&amp;selecteerd antwoord</translation>
    </message>
    <message>
        <source>Link this recommendation to the reply you selected text in</source>
        <translation>Deze aanbeveling koppelen aan het antwoord waarin u tekst hebt geselecteerd</translation>
    </message>
    <message>
        <source>Set &amp;verdict…</source>
        <translation>Oor&amp;deel vaststellen…</translation>
    </message>
    <message>
        <source>Override the verdict, with a short reason</source>
        <translation>Het oordeel zelf vaststellen, met een korte toelichting</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>Markering ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Remove the mark selected in the list</source>
        <translation>De in de lijst gekozen markering verwijderen</translation>
    </message>
    <message>
        <source>Make &amp;recommendation from selection…</source>
        <translation>&amp;Aanbeveling maken van selectie…</translation>
    </message>
    <message>
        <source>Turn the text selected in the advice into a recommendation</source>
        <translation>Van de in het advies geselecteerde tekst een aanbeveling maken</translation>
    </message>
    <message>
        <source>&amp;Edit recommendation…</source>
        <translation>Aanbeveling &amp;bewerken…</translation>
    </message>
    <message>
        <source>Change the number or text of a recommendation you added</source>
        <translation>Het nummer of de tekst wijzigen van een aanbeveling die u hebt toegevoegd</translation>
    </message>
    <message>
        <source>&amp;Find more like these…</source>
        <translation>Meer &amp;zoals deze zoeken…</translation>
    </message>
    <message>
        <source>Propose the other passages set like the recommendations already marked</source>
        <translation>De andere passages voorstellen die zijn opgemaakt zoals de al gemarkeerde aanbevelingen</translation>
    </message>
    <message>
        <source>This is the &amp;reply to the recommendation</source>
        <translation>Dit is het &amp;antwoord op de aanbeveling</translation>
    </message>
    <message>
        <source>The text selected in the response is exactly the reply to this recommendation</source>
        <translation>De in de reactie geselecteerde tekst is precies het antwoord op deze aanbeveling</translation>
    </message>
    <message>
        <source>Cut the &amp;other replies like this one…</source>
        <translation>De a&amp;ndere antwoorden zo afbakenen…</translation>
    </message>
    <message>
        <source>Propose the other replies of the response that start like the ones you cut</source>
        <translation>De andere antwoorden in de reactie voorstellen die beginnen zoals de antwoorden die u afbakende</translation>
    </message>
    <message>
        <source>E&amp;xtend the reply with the selection</source>
        <translation>Antwoord met de selectie &amp;uitbreiden</translation>
    </message>
    <message>
        <source>The reply takes in the text selected in the response, and what lies between</source>
        <translation>Het antwoord omvat ook de in de reactie geselecteerde tekst, en wat daartussen staat</translation>
    </message>
    <message>
        <source>&amp;Merge the selected sections</source>
        <translation>Geselecteerde delen samen&amp;voegen</translation>
    </message>
    <message>
        <source>The reply and the section you selected text in, or the sections your selection runs over, become one</source>
        <translation>Het antwoord en het deel waarin u tekst selecteerde, of de delen waarover uw selectie loopt, worden één geheel</translation>
    </message>
    <message>
        <source>The section splits where the selection in the response starts, or at the caret (F7)</source>
        <translation>Het deel wordt gesplitst waar de selectie in de reactie begint, of bij de cursor (F7)</translation>
    </message>
    <message>
        <source>S&amp;plit the section here</source>
        <translation>Deel hier s&amp;plitsen</translation>
    </message>
    <message>
        <source>E&amp;xport corrections…</source>
        <translation>Correcties e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Write this pair&apos;s corrections to a small file to share</source>
        <translation>De correcties van dit paar in een klein bestand schrijven om te delen</translation>
    </message>
    <message>
        <source>&amp;Import corrections…</source>
        <translation>Correcties &amp;importeren…</translation>
    </message>
    <message>
        <source>Add a colleague&apos;s corrections of these documents</source>
        <translation>De correcties van een collega op deze documenten toevoegen</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Correctie &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the last correction</source>
        <translation>De laatste correctie ongedaan maken</translation>
    </message>
    <message>
        <source>Re&amp;do correction</source>
        <translation>Correctie o&amp;pnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Redo the correction you undid</source>
        <translation>De ongedaan gemaakte correctie opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Reset this pair to &amp;automatic</source>
        <translation>Deze aanbeveling terug naar &amp;automatisch</translation>
    </message>
    <message>
        <source>Drop your corrections to this pair</source>
        <translation>Uw correcties aan deze aanbeveling vervallen</translation>
    </message>
    <message>
        <source>Reset &amp;all to automatic</source>
        <translation>&amp;Alles terug naar automatisch</translation>
    </message>
    <message>
        <source>Drop all your corrections to these documents</source>
        <translation>Al uw correcties aan deze documenten vervallen</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>Analyse a&amp;fbreken</translation>
    </message>
    <message>
        <source>Stop the analysis; the documents stay open</source>
        <translation>De analyse stoppen; de documenten blijven open</translation>
    </message>
    <message>
        <source>&amp;About Weerwoord</source>
        <translation>&amp;Over Weerwoord</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Every command that has a key</source>
        <translation>Elke opdracht die een sneltoets heeft</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Taal…</translation>
    </message>
    <message>
        <source>Dutch or English menus and messages</source>
        <translation>Nederlandse of Engelse menu&apos;s en meldingen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Register of recommendations…</source>
        <translation>&amp;Register van aanbevelingen…</translation>
    </message>
    <message>
        <source>Recommendations, replies and commitments across a library of pairs</source>
        <translation>Aanbevelingen, antwoorden en toezeggingen over een bibliotheek van paren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Marks shown</source>
        <translation>&amp;Getoonde markeringen</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Aanbeveling</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corrigeren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>  Marks: </source>
        <translation>  Markeringen: </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Open vraag</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>attached, {0}</source>
        <translation>gekoppeld, {0}</translation>
    </message>
    <message>
        <source>orphaned: its passage is gone</source>
        <translation>losgeraakt: de passage is verdwenen</translation>
    </message>
    <message>
        <source>finding its passage…</source>
        <translation>passage wordt gezocht…</translation>
    </message>
    <message>
        <source>from the document, {0}</source>
        <translation>uit het document, {0}</translation>
    </message>
    <message>
        <source>on the recommendation</source>
        <translation>bij de aanbeveling</translation>
    </message>
    <message>
        <source>Rec. {0}</source>
        <translation>Aanb. {0}</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>onbekende auteur</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <source>Orphaned: the passage this note was on (“{0}”) is no longer in the document.</source>
        <translation>Losgeraakt: de passage waarbij deze notitie stond (“{0}”) staat niet meer in het document.</translation>
    </message>
    <message>
        <source>An annotation in the document ({0}); shown here, not editable.</source>
        <translation>Een annotatie in het document ({0}); wordt hier getoond, maar kan niet worden bewerkt.</translation>
    </message>
    <message>
        <source>On “{0}” ({1}).</source>
        <translation>Bij “{0}” ({1}).</translation>
    </message>
    <message>
        <source>finding it…</source>
        <translation>wordt gezocht…</translation>
    </message>
    <message>
        <source>On recommendation {0} as a whole.</source>
        <translation>Bij aanbeveling {0} als geheel.</translation>
    </message>
    <message>
        <source>A general note on this pair of documents.</source>
        <translation>Een algemene notitie bij dit advies en deze reactie.</translation>
    </message>
    <message>
        <source>Show the notes on</source>
        <translation>Notities tonen bij</translation>
    </message>
    <message>
        <source>Show the notes on one recommendation only, or all of them</source>
        <translation>Alleen de notities bij één aanbeveling tonen, of alle notities</translation>
    </message>
    <message>
        <source>Show the notes with status</source>
        <translation>Notities tonen met status</translation>
    </message>
    <message>
        <source>Show only the notes with this status</source>
        <translation>Alleen de notities met deze status tonen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Aanbeveling:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>How many notes are shown</source>
        <translation>Hoeveel notities worden getoond</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>response</source>
        <translation>reactie</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Niet-opgeslagen notities</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Pairs, search and notes</source>
        <translation>Aanbevelingen, zoeken en notities</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <source>Add a note on the selected text, or else on the recommendation shown</source>
        <translation>Een notitie maken bij de geselecteerde tekst, of anders bij de getoonde aanbeveling</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>Notitie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the note chosen in the notes list (it can be undone)</source>
        <translation>De in de lijst gekozen notitie verwijderen (dit kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>U&amp;ndo note change</source>
        <translation>Notitiewijziging o&amp;ngedaan maken</translation>
    </message>
    <message>
        <source>Undo adding, deleting, importing or the status change of a note</source>
        <translation>Het toevoegen, verwijderen of importeren van een notitie of de statuswijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Redo note c&amp;hange</source>
        <translation>Notitiewijziging opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Redo the note change you undid</source>
        <translation>De ongedaan gemaakte notitiewijziging opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Go to the n&amp;otes</source>
        <translation>Naar de n&amp;otities</translation>
    </message>
    <message>
        <source>Show the notes and move the keyboard focus there</source>
        <translation>De notities tonen en het toetsenbord daarheen verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Import review (XFDF)…</source>
        <translation>Beoordeling &amp;importeren (XFDF)…</translation>
    </message>
    <message>
        <source>Add the notes of a colleague&apos;s review (an XFDF file from Acrobat or Weerwoord) to this pair</source>
        <translation>De notities uit de beoordeling van een collega (een XFDF-bestand uit Acrobat of Weerwoord) aan dit advies en deze reactie toevoegen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Notes on this recommendation</source>
        <translation>Notities bij deze aanbeveling</translation>
    </message>
    <message>
        <source>Add a note on this recommendation</source>
        <translation>Een notitie bij deze aanbeveling maken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show the notes on this recommendation</source>
        <translation>De notities bij deze aanbeveling tonen</translation>
    </message>
    <message>
        <source>List the notes on this recommendation in the notes tab</source>
        <translation>De notities bij deze aanbeveling op het tabblad Notities tonen</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Nog geen notities</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notities: {0}</translation>
    </message>
    <message>
        <source>Your notes on recommendation {0}</source>
        <translation>Uw notities bij aanbeveling {0}</translation>
    </message>
    <message>
        <source>Notes database damaged</source>
        <translation>Notitiedatabase beschadigd</translation>
    </message>
    <message>
        <source>Notes not available</source>
        <translation>Notities niet beschikbaar</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notitie niet opgeslagen</translation>
    </message>
    <message>
        <source>1 note carried over from an earlier version of these documents.</source>
        <translation>1 notitie overgenomen uit een eerdere versie van deze documenten.</translation>
    </message>
    <message>
        <source>⚠ Note not saved yet: retrying</source>
        <translation>⚠ Notitie nog niet opgeslagen: wordt opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>⚠ Note not saved: keep the window open</source>
        <translation>⚠ Notitie niet opgeslagen: houd het venster open</translation>
    </message>
    <message>
        <source>The notes database cannot be used.</source>
        <translation>De notitiedatabase kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>What you typed is kept and saved as soon as the disk allows: Weerwoord tries again shortly.</source>
        <translation>Wat u hebt getypt blijft bewaard en wordt opgeslagen zodra de schijf het toelaat: Weerwoord probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Your note is saved.</source>
        <translation>Uw notitie is opgeslagen.</translation>
    </message>
    <message>
        <source>Recovered the unsaved text of {0} note(s) from the last session.</source>
        <translation>De niet-opgeslagen tekst van {0} notitie(s) uit de vorige sessie is teruggehaald.</translation>
    </message>
    <message>
        <source>{0} notes carried over from an earlier version of these documents.</source>
        <translation>{0} notities overgenomen uit een eerdere versie van deze documenten.</translation>
    </message>
    <message>
        <source>Reading the text of the documents…</source>
        <translation>De tekst van de documenten wordt gelezen…</translation>
    </message>
    <message>
        <source>{0} p. {1}</source>
        <translation>{0} p. {1}</translation>
    </message>
    <message>
        <source>Note not anchored</source>
        <translation>Notitie niet verankerd</translation>
    </message>
    <message>
        <source>The selected words could not be found in the page&apos;s text.</source>
        <translation>De geselecteerde woorden zijn niet teruggevonden in de tekst van de pagina.</translation>
    </message>
    <message>
        <source>Note deleted. Undo note change (Ctrl+Alt+Z) brings it back.</source>
        <translation>Notitie verwijderd. Met Notitiewijziging ongedaan maken (Ctrl+Alt+Z) komt die terug.</translation>
    </message>
    <message>
        <source>Stop the review import</source>
        <translation>Het importeren van de beoordeling stoppen</translation>
    </message>
    <message>
        <source>Stop importing the review; the notes imported so far stay (Undo removes them)</source>
        <translation>Stop met het importeren van de beoordeling; de notities die al zijn geïmporteerd blijven (Ongedaan maken verwijdert ze)</translation>
    </message>
    <message>
        <source>Review import progress</source>
        <translation>Voortgang van het importeren van de beoordeling</translation>
    </message>
    <message>
        <source>Reading the review {0}…</source>
        <translation>De beoordeling {0} wordt gelezen…</translation>
    </message>
    <message>
        <source>Stopping the review import…</source>
        <translation>Het importeren van de beoordeling wordt gestopt…</translation>
    </message>
    <message>
        <source>Review not imported</source>
        <translation>Beoordeling niet geïmporteerd</translation>
    </message>
    <message>
        <source>Importing the review {0}…</source>
        <translation>De beoordeling {0} wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Importing note {0} of {1}…</source>
        <translation>Notitie {0} van {1} wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Import of {0} stopped: 1 note imported (Undo removes it; import it again for the rest).</source>
        <translation>Importeren van {0} gestopt: 1 notitie geïmporteerd (Ongedaan maken verwijdert die; importeer opnieuw voor de rest).</translation>
    </message>
    <message>
        <source>Import of {0} stopped: {1} notes imported (Undo removes them; import it again for the rest).</source>
        <translation>Importeren van {0} gestopt: {1} notities geïmporteerd (Ongedaan maken verwijdert ze; importeer opnieuw voor de rest).</translation>
    </message>
    <message>
        <source>1 note imported from {0}.</source>
        <translation>1 notitie geïmporteerd uit {0}.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <source>{0} holds no new notes.</source>
        <translation>{0} bevat geen nieuwe notities.</translation>
    </message>
    <message>
        <source>Page {0}: {1}</source>
        <translation>Pagina {0}: {1}</translation>
    </message>
    <message>
        <source>… and {0} more.</source>
        <translation>… en nog {0}.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 notitie</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} notities</translation>
    </message>
    <message>
        <source>1 annotation was left out</source>
        <translation>1 annotatie is weggelaten</translation>
    </message>
    <message>
        <source>{0} annotations were left out</source>
        <translation>{0} annotaties zijn weggelaten</translation>
    </message>
    <message>
        <source>{0} imported from {1}; {2}:</source>
        <translation>{0} geïmporteerd uit {1}; {2}:</translation>
    </message>
    <message>
        <source>Review imported</source>
        <translation>Beoordeling geïmporteerd</translation>
    </message>
    <message>
        <source>The review was not imported.</source>
        <translation>De beoordeling is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{0} notes imported from {1}.</source>
        <translation>{0} notities geïmporteerd uit {1}.</translation>
    </message>
    <message>
        <source>Your notes on these documents; click one to see its place</source>
        <translation>Uw notities bij deze documenten; klik op een notitie om te zien waar die staat</translation>
    </message>
    <message>
        <source>Where the note is</source>
        <translation>Waar de notitie staat</translation>
    </message>
    <message>
        <source>Stat&amp;us of this note:</source>
        <translation>Stat&amp;us van deze notitie:</translation>
    </message>
    <message>
        <source>Status of this note</source>
        <translation>Status van deze notitie</translation>
    </message>
    <message>
        <source>Open, an open question, to follow up, or done</source>
        <translation>Open, een open vraag, opvolgen of afgehandeld</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <source>Type your note; it is saved as you type (Ctrl+Z undoes typing)</source>
        <translation>Typ uw notitie; die wordt tijdens het typen opgeslagen (Ctrl+Z maakt typen ongedaan)</translation>
    </message>
    <message>
        <source>Choose or add a note (Ctrl+N) to write here.</source>
        <translation>Kies of maak een notitie (Ctrl+N) om hier te schrijven.</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Alle aanbevelingen</translation>
    </message>
    <message>
        <source>General notes (no recommendation)</source>
        <translation>Algemene notities (geen aanbeveling)</translation>
    </message>
    <message>
        <source>From the documents</source>
        <translation>Uit de documenten</translation>
    </message>
    <message>
        <source>{0} of {1} notes shown</source>
        <translation>{0} van {1} notities getoond</translation>
    </message>
    <message>
        <source>{0} of 1 note shown</source>
        <translation>{0} van 1 notitie getoond</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <source>{0} orphaned</source>
        <translation>{0} losgeraakt</translation>
    </message>
    <message>
        <source>No notes yet. Select text and press Ctrl+N.</source>
        <translation>Nog geen notities. Selecteer tekst en druk op Ctrl+N.</translation>
    </message>
    <message>
        <source>No note chosen.</source>
        <translation>Geen notitie gekozen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Write annotated PDFs, the briefing report and the tables into a folder</source>
        <translation>Geannoteerde pdf&apos;s, de briefing en de tabellen in een map opslaan</translation>
    </message>
    <message>
        <source>Copy &amp;table</source>
        <translation>&amp;Tabel kopiëren</translation>
    </message>
    <message>
        <source>Copy the table of pairs and verdicts, to paste into Word or an e-mail</source>
        <translation>De tabel met aanbevelingen en oordelen kopiëren, om in Word of een e-mail te plakken</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>E&amp;xport afbreken</translation>
    </message>
    <message>
        <source>Stop the export after the file being written; finished files stay</source>
        <translation>De export stoppen na het bestand dat nu wordt opgeslagen; voltooide bestanden blijven staan</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <source>How far the export is</source>
        <translation>Hoe ver de export is</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>De export afbreken</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Bezig met exporteren naar {0}…</translation>
    </message>
    <message>
        <source>Stopping the export after the current file…</source>
        <translation>De export stopt na het huidige bestand…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export mislukt.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message>
        <source>1 file written to {0}.</source>
        <translation>1 bestand opgeslagen in {0}.</translation>
    </message>
    <message>
        <source>{0} files written to {1}.</source>
        <translation>{0} bestanden opgeslagen in {1}.</translation>
    </message>
    <message>
        <source>The table of 1 pair is on the clipboard.</source>
        <translation>De tabel met 1 aanbeveling staat op het klembord.</translation>
    </message>
    <message>
        <source>The table of {0} pairs is on the clipboard.</source>
        <translation>De tabel met {0} aanbevelingen staat op het klembord.</translation>
    </message>
    <message>
        <source>&amp;Print briefing…</source>
        <translation>Briefing af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the briefing report: a verdict summary, then one page per recommendation</source>
        <translation>De briefing afdrukken: een overzicht van de oordelen, daarna één pagina per aanbeveling</translation>
    </message>
    <message>
        <source>Weerwoord briefing</source>
        <translation>Weerwoord-briefing</translation>
    </message>
    <message>
        <source>Preparing the briefing for the printer…</source>
        <translation>De briefing wordt klaargemaakt voor de printer…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The printer did not take another page.</source>
        <translation>De printer nam geen volgende pagina aan.</translation>
    </message>
    <message>
        <source>Printing page {0} of {1}…</source>
        <translation>Pagina {0} van {1} wordt afgedrukt…</translation>
    </message>
    <message>
        <source>The briefing was not printed.</source>
        <translation>De briefing is niet afgedrukt.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <source>The briefing was sent to the printer: 1 page.</source>
        <translation>De briefing is naar de printer gestuurd: 1 pagina.</translation>
    </message>
    <message>
        <source>The briefing was sent to the printer: {0} pages.</source>
        <translation>De briefing is naar de printer gestuurd: {0} pagina&apos;s.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Weerwoord ran into an unexpected error. Your notes are saved as you type; you can go on working, but if the window behaves oddly, close it and start again. Please report the problem with the details below (Help ▸ Report a problem).</source>
        <translation>Weerwoord liep tegen een onverwachte fout aan. Uw notities worden bewaard terwijl u typt; u kunt doorwerken, maar als het venster zich vreemd gedraagt, sluit het dan en start opnieuw. Meld het probleem graag met de details hieronder (Help ▸ Een probleem melden).</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Details van de fout</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Een &amp;probleem melden…</translation>
    </message>
    <message>
        <source>Where the log is and what to include in a report</source>
        <translation>Waar het logbestand staat en wat u in een melding opneemt</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Een probleem melden</translation>
    </message>
    <message>
        <source>More recommendations like these</source>
        <translation>Meer aanbevelingen zoals deze</translation>
    </message>
    <message>
        <source>More replies like these</source>
        <translation>Meer antwoorden zoals deze</translation>
    </message>
    <message>
        <source>Proposed recommendation</source>
        <translation>Voorgestelde aanbeveling</translation>
    </message>
    <message>
        <source>Proposed reply</source>
        <translation>Voorgesteld antwoord</translation>
    </message>
    <message>
        <source>Enter: add · Space: skip · A: add all the rest · Esc: stop, keeping what you added</source>
        <translation>Enter: toevoegen · Spatie: overslaan · A: de rest toevoegen · Esc: stoppen, wat u toevoegde blijft</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Add a&amp;ll</source>
        <translation>&amp;Alles toevoegen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Proposal {0} of {1}</source>
        <translation>Voorstel {0} van {1}</translation>
    </message>
    <message>
        <source>Recommendation {0} (p. {1})</source>
        <translation>Aanbeveling {0} (p. {1})</translation>
    </message>
    <message>
        <source>Reply to recommendation {0} (p. {1})</source>
        <translation>Antwoord op aanbeveling {0} (p. {1})</translation>
    </message>
    <message>
        <source>Doubts about the analysis</source>
        <translation>Twijfels over de analyse</translation>
    </message>
    <message>
        <source>What the analysis is unsure of</source>
        <translation>Waar de analyse niet zeker van is</translation>
    </message>
    <message>
        <source>Another reading of the advice explains the response almost as well.</source>
        <translation>Een andere lezing van het advies verklaart de reactie bijna even goed.</translation>
    </message>
    <message>
        <source>You chose how the advice&apos;s recommendations are read.</source>
        <translation>U hebt gekozen hoe de aanbevelingen van het advies worden gelezen.</translation>
    </message>
    <message>
        <source>Read as: {0} (1 recommendation)</source>
        <translation>Lezen als: {0} (1 aanbeveling)</translation>
    </message>
    <message>
        <source>Read as: {0} ({1} recommendations)</source>
        <translation>Lezen als: {0} ({1} aanbevelingen)</translation>
    </message>
    <message>
        <source>Let the response decide again</source>
        <translation>De reactie laten beslissen</translation>
    </message>
    <message>
        <source>1 recommendation</source>
        <translation>1 aanbeveling</translation>
    </message>
    <message>
        <source>{0} recommendations</source>
        <translation>{0} aanbevelingen</translation>
    </message>
    <message>
        <source>1 reply not linked</source>
        <translation>1 reactie niet gekoppeld</translation>
    </message>
    <message>
        <source>{0} replies not linked</source>
        <translation>{0} reacties niet gekoppeld</translation>
    </message>
    <message>
        <source>{0}, {1} answered; {2}.</source>
        <translation>{0}, {1} beantwoord; {2}.</translation>
    </message>
    <message>
        <source>Caret browsing on: arrows move word by word, Shift+arrows select, F7 turns it off</source>
        <translation>Cursornavigatie aan: pijltjes gaan woord voor woord, Shift+pijltjes selecteren, F7 zet het uit</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>Cursornavigatie uit</translation>
    </message>
    <message>
        <source>About others</source>
        <translation>Over anderen</translation>
    </message>
    <message>
        <source>Outlined with dashes, not filled: a mark about others (third parties), not about the recommendation</source>
        <translation>Gestreept omlijnd, niet gevuld: een markering over anderen (derden), niet over de aanbeveling</translation>
    </message>
    <message>
        <source>Legend: dashed outline, a mark about others</source>
        <translation>Legenda: gestreepte omlijning, een markering over anderen</translation>
    </message>
    <message>
        <source>Zoom both panes &amp;together</source>
        <translation>Beide deelvensters samen &amp;zoomen</translation>
    </message>
    <message>
        <source>Zoom and fit both documents alike; off: only the pane you are in</source>
        <translation>Beide documenten gelijk zoomen en passen; uit: alleen het deelvenster waarin u werkt</translation>
    </message>
    <message>
        <source>drawn by you</source>
        <translation>door u getekend</translation>
    </message>
    <message>
        <source>rule {0}</source>
        <translation>regel {0}</translation>
    </message>
    <message>
        <source>, turned round by a negation</source>
        <translation>, omgedraaid door een ontkenning</translation>
    </message>
    <message>
        <source>{0} — found by the {1}</source>
        <translation>{0} — gevonden door de {1}</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Kind of marks shown</source>
        <translation>Soort markeringen getoond</translation>
    </message>
    <message>
        <source>Show every mark, one kind of mark, or the marks about others</source>
        <translation>Toon alle markeringen, één soort, of de markeringen over anderen</translation>
    </message>
    <message>
        <source>All marks</source>
        <translation>Alle markeringen</translation>
    </message>
    <message>
        <source>Only the selected &amp;recommendation</source>
        <translation>Alleen de gekozen &amp;aanbeveling</translation>
    </message>
    <message>
        <source>Untick to list the marks of every recommendation</source>
        <translation>Vink uit om de markeringen van alle aanbevelingen te tonen</translation>
    </message>
    <message>
        <source>Only the selected recommendation</source>
        <translation>Alleen de gekozen aanbeveling</translation>
    </message>
    <message>
        <source>Stance marks</source>
        <translation>Standpuntmarkeringen</translation>
    </message>
    <message>
        <source>Enter or a click shows the mark on the response&apos;s page</source>
        <translation>Enter of een klik toont de markering op de pagina van de reactie</translation>
    </message>
    <message>
        <source>Number of marks listed</source>
        <translation>Aantal getoonde markeringen</translation>
    </message>
    <message>
        <source>{0}, about others</source>
        <translation>{0}, over anderen</translation>
    </message>
    <message>
        <source>found by the {0}</source>
        <translation>gevonden door de {0}</translation>
    </message>
    <message>
        <source>recommendation {0}</source>
        <translation>aanbeveling {0}</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 markering</translation>
    </message>
    <message>
        <source>{0} marks</source>
        <translation>{0} markeringen</translation>
    </message>
    <message>
        <source>Headings of the {0}</source>
        <translation>Koppen: {0}</translation>
    </message>
    <message>
        <source>Enter or a click shows the heading&apos;s page</source>
        <translation>Enter of een klik toont de pagina van de kop</translation>
    </message>
    <message>
        <source>Pages of the {0}</source>
        <translation>Paginaoverzicht: {0}</translation>
    </message>
    <message>
        <source>Arrow keys or a click show the page</source>
        <translation>Pijltoetsen of een klik tonen de pagina</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Pagina {0}</translation>
    </message>
    <message>
        <source>The headings appear once the document is read.</source>
        <translation>De koppen verschijnen zodra het document gelezen is.</translation>
    </message>
    <message>
        <source>No headings found: use the pages below.</source>
        <translation>Geen koppen gevonden: gebruik de pagina&apos;s hieronder.</translation>
    </message>
    <message>
        <source>{0} (p. {1})</source>
        <translation>{0} (p. {1})</translation>
    </message>
    <message>
        <source>Document contents</source>
        <translation>Inhoud van de documenten</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>&amp;Contents and marks</source>
        <translation>&amp;Inhoud en markeringen</translation>
    </message>
    <message>
        <source>Each document&apos;s headings and pages, and the list of marks, in the sidebar</source>
        <translation>De koppen en pagina&apos;s van elk document, en de lijst van markeringen, in de zijbalk</translation>
    </message>
    <message>
        <source>&amp;Marks list</source>
        <translation>&amp;Lijst van markeringen</translation>
    </message>
    <message>
        <source>Every stance mark in a list, by kind; choose one to see it on the page</source>
        <translation>Elke standpuntmarkering in een lijst, per soort; kies er een om hem op de pagina te zien</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Pagina {0} van {1}</translation>
    </message>
    <message>
        <source>1 pair</source>
        <translation>1 paar</translation>
    </message>
    <message>
        <source>{0} pairs</source>
        <translation>{0} paren</translation>
    </message>
    <message>
        <source>1 commitment</source>
        <translation>1 toezegging</translation>
    </message>
    <message>
        <source>{0} commitments</source>
        <translation>{0} toezeggingen</translation>
    </message>
    <message>
        <source>Remove this pair?</source>
        <translation>Dit paar verwijderen?</translation>
    </message>
    <message>
        <source>Remove the pair {0} from the register?</source>
        <translation>Het paar {0} uit het register verwijderen?</translation>
    </message>
    <message>
        <source>Remove these pairs?</source>
        <translation>Deze paren verwijderen?</translation>
    </message>
    <message>
        <source>Remove the pairs {0} from the register?</source>
        <translation>De paren {0} uit het register verwijderen?</translation>
    </message>
    <message>
        <source>Its files stay where they are, and its statuses, history and notes stay in the register&apos;s database; Undo (Ctrl+Z) puts it back.</source>
        <translation>De bestanden blijven waar ze zijn, en de statussen, geschiedenis en notities blijven in de database van het register; Ongedaan maken (Ctrl+Z) zet het paar terug.</translation>
    </message>
    <message>
        <source>Their files stay where they are, and their statuses, history and notes stay in the register&apos;s database; Undo (Ctrl+Z) puts them back.</source>
        <translation>De bestanden blijven waar ze zijn, en de statussen, geschiedenis en notities blijven in de database van het register; Ongedaan maken (Ctrl+Z) zet de paren terug.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Niet meer vragen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Put the removed pair back in the register (Ctrl+Z)</source>
        <translation>Het verwijderde paar terugzetten in het register (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Het verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Pair {0} removed from the register.</source>
        <translation>Paar {0} uit het register verwijderd.</translation>
    </message>
    <message>
        <source>Pairs {0} removed from the register.</source>
        <translation>Paren {0} uit het register verwijderd.</translation>
    </message>
    <message>
        <source>Pair {0} is back in the register.</source>
        <translation>Paar {0} staat weer in het register.</translation>
    </message>
    <message>
        <source>Pairs {0} are back in the register.</source>
        <translation>Paren {0} staan weer in het register.</translation>
    </message>
</context>
<context>
    <name>Corrector</name>
    <message>
        <source>Correction not saved</source>
        <translation>Correctie niet opgeslagen</translation>
    </message>
    <message>
        <source>No reply there</source>
        <translation>Daar staat geen antwoord</translation>
    </message>
    <message>
        <source>The selected text is not part of a reply section.</source>
        <translation>De geselecteerde tekst hoort niet bij een antwoord.</translation>
    </message>
    <message>
        <source>Selection not in the text</source>
        <translation>Selectie niet in de tekst</translation>
    </message>
    <message>
        <source>The selected words are not part of the response&apos;s text (a page header, footer or note?).</source>
        <translation>De geselecteerde woorden horen niet bij de tekst van de reactie (een kop- of voettekst of een voetnoot?).</translation>
    </message>
    <message>
        <source>Cut one reply first</source>
        <translation>Eerst één antwoord afbakenen</translation>
    </message>
    <message>
        <source>Select the reply to a recommendation in the response, from where it starts to where it ends, and choose This is the reply to recommendation N. This command then proposes the other replies that start the same way.</source>
        <translation>Selecteer in de reactie het antwoord op een aanbeveling, van waar het begint tot waar het eindigt, en kies Dit is het antwoord op aanbeveling N. Deze opdracht stelt dan de andere antwoorden voor die op dezelfde manier beginnen.</translation>
    </message>
    <message>
        <source>No other reply of the response starts like the ones you cut, or each one already is as they would be cut.</source>
        <translation>Geen ander antwoord in de reactie begint zoals de antwoorden die u afbakende, of elk antwoord is al zo afgebakend.</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Niets samen te voegen</translation>
    </message>
    <message>
        <source>Select text that runs from one section of the response into the next.</source>
        <translation>Selecteer tekst die van het ene deel van de reactie doorloopt in het volgende.</translation>
    </message>
    <message>
        <source>Sections of two recommendations</source>
        <translation>Delen van twee aanbevelingen</translation>
    </message>
    <message>
        <source>These sections are the replies to recommendations {0}. Select one of them in the list and merge the others into its reply.</source>
        <translation>Deze delen zijn de antwoorden op de aanbevelingen {0}. Selecteer er een in de lijst en voeg de andere samen met het antwoord daarop.</translation>
    </message>
    <message>
        <source>Nothing to split</source>
        <translation>Niets te splitsen</translation>
    </message>
    <message>
        <source>A section splits where the selection or the caret (F7) is: put it on a word inside a section, not its first.</source>
        <translation>Een deel wordt gesplitst waar de selectie of de cursor (F7) staat: zet die op een woord binnen een deel, niet op het eerste.</translation>
    </message>
    <message>
        <source>Marks go on a reply that is linked to a recommendation; the selected text is not part of one.</source>
        <translation>Markeringen horen bij een antwoord dat aan een aanbeveling is gekoppeld; de geselecteerde tekst hoort niet bij zo&apos;n antwoord.</translation>
    </message>
    <message>
        <source>Selection not found</source>
        <translation>Selectie niet gevonden</translation>
    </message>
    <message>
        <source>The selected text could not be matched to the reply&apos;s text.</source>
        <translation>De geselecteerde tekst is niet teruggevonden in de tekst van het antwoord.</translation>
    </message>
    <message>
        <source>Number taken</source>
        <translation>Nummer bestaat al</translation>
    </message>
    <message>
        <source>There is already a recommendation {0}.</source>
        <translation>Er is al een aanbeveling {0}.</translation>
    </message>
    <message>
        <source>Nothing more found</source>
        <translation>Niets meer gevonden</translation>
    </message>
    <message>
        <source>No other passage of the advice is set like these recommendations. Select one and choose Make recommendation from selection; after two, this command can find the rest.</source>
        <translation>Geen andere passage in het advies is opgemaakt zoals deze aanbevelingen. Selecteer er een en kies Aanbeveling maken van selectie; na twee kan deze opdracht de rest vinden.</translation>
    </message>
    <message>
        <source>Corrections not exported</source>
        <translation>Correcties niet geëxporteerd</translation>
    </message>
    <message>
        <source>Corrections written to {0}.</source>
        <translation>Correcties geschreven naar {0}.</translation>
    </message>
    <message>
        <source>Corrections not imported</source>
        <translation>Correcties niet geïmporteerd</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan niet worden gelezen: {1}</translation>
    </message>
    <message>
        <source>Other documents?</source>
        <translation>Andere documenten?</translation>
    </message>
    <message>
        <source>These corrections were made on other versions of the documents. Apply them anyway?</source>
        <translation>Deze correcties zijn gemaakt op andere versies van de documenten. Toch toepassen?</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Ongedaan maken mislukt</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Opnieuw uitvoeren mislukt</translation>
    </message>
    <message>
        <source>Reset recommendation {0}?</source>
        <translation>Aanbeveling {0} herstellen?</translation>
    </message>
    <message>
        <source>Drop your corrections to recommendation {0}? Undo brings them back.</source>
        <translation>Uw correcties op aanbeveling {0} weggooien? Ongedaan maken brengt ze terug.</translation>
    </message>
    <message>
        <source>Reset all corrections?</source>
        <translation>Alle correcties herstellen?</translation>
    </message>
    <message>
        <source>Drop all your corrections to these documents? Undo brings them back.</source>
        <translation>Al uw correcties op deze documenten weggooien? Ongedaan maken brengt ze terug.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Weerwoord</source>
        <translation>Weerwoord</translation>
    </message>
    <message>
        <source>Notice about the example</source>
        <translation>Opmerking over het voorbeeld</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; AIV advice no. 109 with the cabinet&apos;s response of 18 April 2019. The advice shown here is a &lt;b&gt;reconstruction&lt;/b&gt; written from the response, not the official AIV text; the response is the real letter.</source>
        <translation>&lt;b&gt;Voorbeeld:&lt;/b&gt; AIV-advies nr. 109 met de kabinetsreactie van 18 april 2019. Het advies dat hier wordt getoond is een &lt;b&gt;reconstructie&lt;/b&gt; op basis van de reactie, niet de officiële tekst van de AIV; de reactie is de echte brief.</translation>
    </message>
    <message>
        <source>Pairs and search</source>
        <translation>Aanbevelingen en zoeken</translation>
    </message>
    <message>
        <source>Recommendations and their verdicts</source>
        <translation>Aanbevelingen en hun oordelen</translation>
    </message>
    <message>
        <source>One row per recommendation; J/K or F6/Shift+F6 to step</source>
        <translation>Eén rij per aanbeveling; met J/K of F6/Shift+F6 gaat u naar de volgende of vorige</translation>
    </message>
    <message>
        <source>Summary of the verdicts</source>
        <translation>Overzicht van de oordelen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Aanbevelingen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>The document&apos;s pages with the marks and the framed passage; arrow keys and Page Down scroll, F7 turns on caret browsing to select words with the keyboard</source>
        <translation>De pagina&apos;s van het document met de markeringen en de omkaderde passage; pijltoetsen en Page Down scrollen, F7 zet de cursornavigatie aan om woorden met het toetsenbord te selecteren</translation>
    </message>
    <message>
        <source>Open an advice and its response with File ▸ Open pair (Ctrl+O), or drop the two files here.</source>
        <translation>Open een advies en de reactie daarop met Bestand ▸ Advies en reactie openen (Ctrl+O), of sleep de twee bestanden hierheen.</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Voortgang van de analyse</translation>
    </message>
    <message>
        <source>Mark selection as {0}</source>
        <translation>Selectie markeren als {0}</translation>
    </message>
    <message>
        <source>Add a mark from the text selected in the response</source>
        <translation>Een markering maken van de in de reactie geselecteerde tekst</translation>
    </message>
    <message>
        <source>Show or hide {0} marks</source>
        <translation>Markeringen ‘{0}’ tonen of verbergen</translation>
    </message>
    <message>
        <source>Link to reply…</source>
        <translation>Koppelen aan antwoord…</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Onbeantwoord</translation>
    </message>
    <message>
        <source>Set verdict…</source>
        <translation>Oordeel vaststellen…</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Markering wissen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Reset pair</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>No recent pairs</source>
        <translation>Nog niets geopend</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Bezig met analyseren…</translation>
    </message>
    <message>
        <source>Finding the recommendations and the replies.</source>
        <translation>De aanbevelingen en de antwoorden worden gezocht.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} wordt geopend…</translation>
    </message>
    <message>
        <source>{0} ↔ {1} — Weerwoord</source>
        <translation>{0} ↔ {1} — Weerwoord</translation>
    </message>
    <message>
        <source>Example missing</source>
        <translation>Voorbeeld ontbreekt</translation>
    </message>
    <message>
        <source>The example documents are not in {0}.</source>
        <translation>De voorbeelddocumenten staan niet in {0}.</translation>
    </message>
    <message>
        <source>Two files needed</source>
        <translation>Twee bestanden nodig</translation>
    </message>
    <message>
        <source>Drop the advice and the response together (two files).</source>
        <translation>Sleep het advies en de reactie tegelijk hierheen (twee bestanden).</translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation>Analyse mislukt: {0}</translation>
    </message>
    <message>
        <source>No analysis</source>
        <translation>Geen analyse</translation>
    </message>
    <message>
        <source>Corrections not loaded</source>
        <translation>Correcties niet geladen</translation>
    </message>
    <message>
        <source>{0}: “{1}”</source>
        <translation>{0}: “{1}”</translation>
    </message>
    <message>
        <source>(added by you)</source>
        <translation>(door u toegevoegd)</translation>
    </message>
    <message>
        <source>About others, not the recommendation (outlined)</source>
        <translation>Over anderen, niet over de aanbeveling (omlijnd)</translation>
    </message>
    <message>
        <source>Reply to recommendation {0}</source>
        <translation>Antwoord op aanbeveling {0}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <source>Hit {0} of {1}</source>
        <translation>Treffer {0} van {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 recommendation&lt;/b&gt; — {0}</source>
        <translation>&lt;b&gt;1 aanbeveling&lt;/b&gt; — {0}</translation>
    </message>
    <message>
        <source>About this mark: {0}</source>
        <translation>Over deze markering: {0}</translation>
    </message>
    <message>
        <source>This is the &amp;reply to recommendation {0}</source>
        <translation>Dit is het &amp;antwoord op aanbeveling {0}</translation>
    </message>
    <message>
        <source>This is the &amp;reply to the recommendation</source>
        <translation>Dit is het &amp;antwoord op de aanbeveling</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Ongedaan maken: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Correctie &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Re&amp;do {0}</source>
        <translation>Opnieuw &amp;doen: {0}</translation>
    </message>
    <message>
        <source>Re&amp;do correction</source>
        <translation>Correctie op&amp;nieuw doen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} recommendations&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;{0} aanbevelingen&lt;/b&gt; — {1}</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Bibliotheek openen…</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Paar verwijderen</translation>
    </message>
    <message>
        <source>Take the selected recommendation&apos;s pair out of the register</source>
        <translation>Het paar van de gekozen aanbeveling uit het register halen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Orgaan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>{0} ({1} overdue)</source>
        <translation>{0} ({1} verlopen)</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Eens</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels eens</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Oneens</translation>
    </message>
    <message>
        <source>Noted only</source>
        <translation>Alleen kennisgenomen</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Geen reactie</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>Advisory body</source>
        <translation>Adviesorgaan</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Advice date</source>
        <translation>Datum advies</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>Datum reactie</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Nearest deadline</source>
        <translation>Eerste termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gerapporteerd</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Alleen verlopen</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Aanbevelingen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Verdicts by body and year</source>
        <translation>Oordelen per orgaan en jaar</translation>
    </message>
    <message>
        <source>Open a library: a folder with one sub-folder per pair. Or drop the documents of pairs, or their folders, here.</source>
        <translation>Open een bibliotheek: een map met één submap per paar. Of sleep de documenten van paren, of hun mappen, hierheen.</translation>
    </message>
    <message>
        <source>Library of pairs</source>
        <translation>Bibliotheek van paren</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>De bibliotheek wordt gelezen…</translation>
    </message>
    <message>
        <source>Reading the library… {0} of {1}</source>
        <translation>De bibliotheek wordt gelezen… {0} van {1}</translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation>overgeslagen: {0}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>(body unknown)</source>
        <translation>(orgaan onbekend)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>reading, drawing and annotating PDFs</source>
        <translation>pdf&apos;s lezen, tonen en annoteren</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>het venster</translation>
    </message>
    <message>
        <source>icons</source>
        <translation>pictogrammen</translation>
    </message>
    <message>
        <source>finding quotations</source>
        <translation>citaten terugvinden</translation>
    </message>
    <message>
        <source>where your notes are kept</source>
        <translation>de map voor uw notities</translation>
    </message>
    <message>
        <source>the briefing as a Word document</source>
        <translation>de briefing als Word-document</translation>
    </message>
    <message>
        <source>Bitstream Vera licence with DejaVu changes in the public domain (resources/fonts)</source>
        <translation>Bitstream Vera-licentie, met de DejaVu-wijzigingen in het publieke domein (resources/fonts)</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>linked by its number</source>
        <translation>gekoppeld op nummer</translation>
    </message>
    <message>
        <source>linked by a quotation</source>
        <translation>gekoppeld op een citaat</translation>
    </message>
    <message>
        <source>linked by similar content</source>
        <translation>gekoppeld op overeenkomende inhoud</translation>
    </message>
    <message>
        <source>linked by you</source>
        <translation>door u gekoppeld</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Documents (*.pdf *.xps *.epub *.txt);;All files (*)</source>
        <translation>Documenten (*.pdf *.xps *.epub *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>add recommendations {0}</source>
        <translation>Aanbevelingen {0} toevoegen</translation>
    </message>
    <message>
        <source>add recommendation {0}</source>
        <translation>Aanbeveling {0} toevoegen</translation>
    </message>
    <message>
        <source>split section</source>
        <translation>Deel splitsen</translation>
    </message>
    <message>
        <source>merge sections</source>
        <translation>Delen samenvoegen</translation>
    </message>
    <message>
        <source>cut replies {0}</source>
        <translation>Antwoorden {0} afbakenen</translation>
    </message>
    <message>
        <source>cut reply {0}</source>
        <translation>Antwoord {0} afbakenen</translation>
    </message>
    <message>
        <source>unanswered {0}</source>
        <translation>Onbeantwoord {0}</translation>
    </message>
    <message>
        <source>link {0}</source>
        <translation>Koppeling aanbeveling {0}</translation>
    </message>
    <message>
        <source>verdict {0}: {1}</source>
        <translation>Oordeel {0}: {1}</translation>
    </message>
    <message>
        <source>add mark</source>
        <translation>Markering toevoegen</translation>
    </message>
    <message>
        <source>remove mark</source>
        <translation>Markering verwijderen</translation>
    </message>
    <message>
        <source>reset to automatic</source>
        <translation>Terug naar automatisch</translation>
    </message>
</context>
<context>
    <name>marks_list</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlandse</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelse</translation>
    </message>
    <message>
        <source>{0} phrase of agreement “{1}”</source>
        <translation>{0} zinsnede van instemming “{1}”</translation>
    </message>
    <message>
        <source>{0} phrase of disagreement “{1}”</source>
        <translation>{0} zinsnede van afwijzing “{1}”</translation>
    </message>
    <message>
        <source>{0} phrase of reservation “{1}”</source>
        <translation>{0} zinsnede van voorbehoud “{1}”</translation>
    </message>
    <message>
        <source>{0} phrase of commitment “{1}”</source>
        <translation>{0} zinsnede van toezegging “{1}”</translation>
    </message>
    <message>
        <source>{0} phrase of taking note “{1}”</source>
        <translation>{0} zinsnede van kennisname “{1}”</translation>
    </message>
    <message>
        <source>{0} verdict phrase “{1}”</source>
        <translation>{0} oordeelszin “{1}”</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Agrees</source>
        <translation>Eens</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels eens</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Oneens</translation>
    </message>
    <message>
        <source>Noted only</source>
        <translation>Kennisgenomen</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Onbeantwoord</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Instemming</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Voorbehoud</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Afwijzing</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
</context>
</TS>
