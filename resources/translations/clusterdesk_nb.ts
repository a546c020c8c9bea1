<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ClusterDesk uses the Qt toolkit under the GNU Lesser General Public License version 3. Qt's source code is available from https://download.qt.io; you may replace the Qt libraries in the installation folder with your own build of the same version.</source>
        <translation>ClusterDesk bruker Qt-verktøysettet under GNU Lesser General Public License versjon 3. Kildekoden til Qt er tilgjengelig fra https://download.qt.io; du kan erstatte Qt-bibliotekene i installasjonsmappen med din egen bygg av samme versjon.</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>Om ClusterDesk</translation>
    </message>
    <message>
        <source>Do regional clusters make firms more innovative? ClusterDesk reproduces the tables of Gjelsvik's study for your own firm survey.</source>
        <translation>Gjør regionale klynger foretak mer innovative? ClusterDesk gjenskaper tabellene i Gjelsviks studie for din egen foretaksundersøkelse.</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Biblioteker og lisenser</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>There is no chart to save yet. Wait until the results are shown.</source>
        <translation>Det finnes ikke noe diagram å lagre ennå. Vent til resultatene vises.</translation>
    </message>
    <message>
        <source>Save chart as {kind}</source>
        <translation>Lagre diagrammet som {kind}</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>{kind} image (*.{suffix})</source>
        <translation>{kind}-bilde (*.{suffix})</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagrammet ble ikke lagret</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Lagre diagrammet som PNG …</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Lagre diagrammet som SVG …</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Share of firms (%)</source>
        <translation>Andel foretak (%)</translation>
    </message>
    <message>
        <source>Error bars: 95 % Wilson intervals.</source>
        <translation>Feilstolper: 95 % Wilson-intervaller.</translation>
    </message>
    <message>
        <source>Bars: 95 % intervals.</source>
        <translation>Stolper: 95 %-intervaller.</translation>
    </message>
    <message>
        <source>Nothing to chart: this table has no shares.</source>
        <translation>Ingenting å vise: tabellen har ingen andeler.</translation>
    </message>
    <message>
        <source>No model could be drawn on this scale.</source>
        <translation>Ingen modell kunne tegnes på denne skalaen.</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Koeffisient</translation>
    </message>
    <message>
        <source>Odds ratio (log scale)</source>
        <translation>Oddsratio (log-skala)</translation>
    </message>
    <message>
        <source>Average marginal effect (percentage points)</source>
        <translation>Gjennomsnittlig marginal effekt (prosentpoeng)</translation>
    </message>
</context>
<context>
    <name>CodeTableModel</name>
    <message>
        <source>Answer in the file</source>
        <translation>Svar i filen</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Betyr</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— ingen betydning —</translation>
    </message>
    <message>
        <source>Not assigned yet: this answer will count as missing. Choose what it means.</source>
        <translation>Har ikke fått betydning ennå: svaret teller som manglende. Velg hva det betyr.</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Regional (in the region)</source>
        <translation>Regionalt (i regionen)</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nasjonalt</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internasjonalt</translation>
    </message>
    <message>
        <source>Missing / don't know</source>
        <translation>Mangler / vet ikke</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>What the answers mean</source>
        <translation>Hva svarene betyr</translation>
    </message>
    <message>
        <source>Say what each answer in your file means. Answers highlighted in yellow are not assigned yet and would count as missing. Click the 'Means' cell to choose.</source>
        <translation>Angi hva hvert svar i filen betyr. Svar merket med gult har ikke fått betydning ennå og vil telle som manglende. Klikk i cellen «Betyr» for å velge.</translation>
    </message>
    <message>
        <source>Manager's education, lowest level first:</source>
        <translation>Lederens utdanning, laveste nivå først:</translation>
    </message>
    <message>
        <source>The education levels from lowest to highest: the regression uses the level's place in this order.</source>
        <translation>Utdanningsnivåene fra lavest til høyest: regresjonen bruker nivåets plass i denne rekkefølgen.</translation>
    </message>
    <message>
        <source>Regions, in the order the tables list them:</source>
        <translation>Regionene, i den rekkefølgen tabellene viser dem:</translation>
    </message>
    <message>
        <source>The order of the regions in Tables 1 and 2 and in the workbook.</source>
        <translation>Rekkefølgen på regionene i tabell 1 og 2 og i arbeidsboken.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rekkefølge</translation>
    </message>
    <message>
        <source>What each answer to the six factor questions means.</source>
        <translation>Hva hvert svar på de seks faktorspørsmålene betyr.</translation>
    </message>
    <message>
        <source>What each answer to the innovation questions means.</source>
        <translation>Hva hvert svar på innovasjonsspørsmålene betyr.</translation>
    </message>
    <message>
        <source>Which ownership categories are foreign.</source>
        <translation>Hvilke eierkategorier som er utenlandske.</translation>
    </message>
    <message>
        <source>The order of education levels and of regions.</source>
        <translation>Rekkefølgen på utdanningsnivåer og regioner.</translation>
    </message>
    <message>
        <source>Counting the answers…</source>
        <translation>Teller svarene …</translation>
    </message>
    <message>
        <source>Counting was stopped. Go Back and Next to count again.</source>
        <translation>Tellingen ble stoppet. Gå Tilbake og Neste for å telle på nytt.</translation>
    </message>
    <message>
        <source> The loaded mapping also has answer codes of its own for: {names}; they are kept.</source>
        <translation> Den innhentede koblingen har også egne svarkoder for: {names}; de beholdes.</translation>
    </message>
    <message>
        <source>Answers of the six factor questions ({n} columns), all firms together.</source>
        <translation>Svar på de seks faktorspørsmålene ({n} kolonner), alle foretak samlet.</translation>
    </message>
    <message>
        <source>Answers of the innovation questions ({n} columns), all firms together.</source>
        <translation>Svar på innovasjonsspørsmålene ({n} kolonner), alle foretak samlet.</translation>
    </message>
    <message>
        <source>Ownership is not mapped, so the regression has no foreign-ownership control.</source>
        <translation>Eierskap er ikke koblet, så regresjonen har ingen kontroll for utenlandsk eierskap.</translation>
    </message>
    <message>
        <source>Tick the categories of '{column}' that mean foreign owned (partly or fully).</source>
        <translation>Kryss av kategoriene i «{column}» som betyr utenlandsk eid (helt eller delvis).</translation>
    </message>
    <message>
        <source>({n} firms)</source>
        <translation>({n} foretak)</translation>
    </message>
    <message>
        <source>'{column}' holds numbers; they are used as they are.</source>
        <translation>«{column}» inneholder tall; de brukes som de er.</translation>
    </message>
    <message>
        <source>Drag the levels, or select one and use Up / Down.</source>
        <translation>Dra nivåene, eller velg ett og bruk Opp / Ned.</translation>
    </message>
    <message>
        <source>The manager's education is not mapped.</source>
        <translation>Lederens utdanning er ikke koblet.</translation>
    </message>
    <message>
        <source>({n} not assigned)</source>
        <translation>({n} uten betydning)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nei</translation>
    </message>
    <message>
        <source>Every answer to the six factor questions, with how many firms gave it. Choose in 'Means' whether it says the factor is regional, national, international or missing.</source>
        <translation>Hvert svar på de seks faktorspørsmålene, med hvor mange foretak som ga det. Velg under «Betyr» om det sier at faktoren er regional, nasjonal, internasjonal eller mangler.</translation>
    </message>
    <message>
        <source>Every answer to the innovation questions, with how many firms gave it. Choose in 'Means' whether it is yes, no or missing.</source>
        <translation>Hvert svar på innovasjonsspørsmålene, med hvor mange foretak som ga det. Velg under «Betyr» om det er ja, nei eller mangler.</translation>
    </message>
    <message>
        <source>Foreign ownership</source>
        <translation>Utenlandsk eierskap</translation>
    </message>
    <message>
        <source>Tick the ownership categories that mean the firm is foreign owned; they give the foreign-ownership control of the regression.</source>
        <translation>Kryss av eierkategoriene som betyr at foretaket er utenlandsk eid; de gir kontrollvariabelen for utenlandsk eierskap i regresjonen.</translation>
    </message>
    <message>
        <source>Every answer has a meaning.</source>
        <translation>Alle svar har en betydning.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>(not in this survey)</source>
        <translation>(ikke i denne undersøkelsen)</translation>
    </message>
    <message>
        <source>type to search the columns</source>
        <translation>skriv for å søke blant kolonnene</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>{n} rows are too many to copy. Filter the table first or export the data.</source>
        <translation>{n} rader er for mange å kopiere. Filtrer tabellen først, eller eksporter dataene.</translation>
    </message>
</context>
<context>
    <name>CopyTableView</name>
    <message>
        <source>Copied {n} row with full values.</source>
        <translation>Kopierte {n} rad med fulle verdier.</translation>
    </message>
    <message>
        <source>Copied {n} rows with full values.</source>
        <translation>Kopierte {n} rader med fulle verdier.</translation>
    </message>
    <message>
        <source>Copy (decimal '{sep}')</source>
        <translation>Kopier (desimaltegn «{sep}»)</translation>
    </message>
    <message>
        <source>Copy with decimal point '.'</source>
        <translation>Kopier med desimalpunktum «.»</translation>
    </message>
    <message>
        <source>Copy with decimal comma ','</source>
        <translation>Kopier med desimalkomma «,»</translation>
    </message>
    <message>
        <source>Copy whole table</source>
        <translation>Kopier hele tabellen</translation>
    </message>
</context>
<context>
    <name>DataColumns</name>
    <message>
        <source>Non-regional cluster</source>
        <translation>Ikke-regional klynge</translation>
    </message>
    <message>
        <source>Regional cluster</source>
        <translation>Regional klynge</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mellomkategori</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Uklassifisert</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Rad i filen</translation>
    </message>
    <message>
        <source>Preparing {role}</source>
        <translation>Forbereder {role}</translation>
    </message>
    <message>
        <source>Foreign ownership (coded)</source>
        <translation>Utenlandsk eierskap (kodet)</translation>
    </message>
    <message>
        <source>The answer as the file holds it, for {role}</source>
        <translation>Svaret slik filen har det, for {role}</translation>
    </message>
    <message>
        <source>{name} (as in file)</source>
        <translation>{name} (som i filen)</translation>
    </message>
    <message>
        <source>r (regional factors)</source>
        <translation>r (regionale faktorer)</translation>
    </message>
    <message>
        <source>n (national)</source>
        <translation>n (nasjonale)</translation>
    </message>
    <message>
        <source>i (international)</source>
        <translation>i (internasjonale)</translation>
    </message>
    <message>
        <source>a (answered)</source>
        <translation>b (besvarte)</translation>
    </message>
    <message>
        <source>Cluster class</source>
        <translation>Klyngeklasse</translation>
    </message>
    <message>
        <source>Cluster scope (Table 6)</source>
        <translation>Klyngeomfang (tabell 6)</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>Forbereder dataene …</translation>
    </message>
    <message>
        <source>Show only the firms of one region.</source>
        <translation>Vis bare foretakene i én region.</translation>
    </message>
    <message>
        <source>Show only the firms of one cluster class (Table 5).</source>
        <translation>Vis bare foretakene i én klyngeklasse (tabell 5).</translation>
    </message>
    <message>
        <source>Cluster class</source>
        <translation>Klyngeklasse</translation>
    </message>
    <message>
        <source>{shown} of {total} firms</source>
        <translation>{shown} av {total} foretak</translation>
    </message>
    <message>
        <source>{total} firms</source>
        <translation>{total} foretak</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Survey files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.sav *.zsav *.dta);;All files (*)</source>
        <translation>Undersøkelsesfiler (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.sav *.zsav *.dta);;Alle filer (*)</translation>
    </message>
    <message>
        <source>ClusterDesk mapping (*.clusterdesk.json);;JSON files (*.json);;All files (*)</source>
        <translation>ClusterDesk-kobling (*.clusterdesk.json);;JSON-filer (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>ClusterDesk project (*.clusterdesk-project.json);;All files (*)</source>
        <translation>ClusterDesk-prosjekt (*.clusterdesk-project.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <source>Add a sheet with the coded data of every firm</source>
        <translation>Legg til et ark med de kodede dataene for hvert foretak</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Språk i rapporten:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Velg fil …</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Load mapping</source>
        <translation>Hent kobling</translation>
    </message>
    <message>
        <source>Mapping {name} will be used for the next survey you open.</source>
        <translation>Koblingen {name} blir brukt for neste undersøkelse du åpner.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Lagre kobling</translation>
    </message>
    <message>
        <source>The mapping could not be saved to '{path}' ({why}). Choose another folder.</source>
        <translation>Koblingen kunne ikke lagres i «{path}» ({why}). Velg en annen mappe.</translation>
    </message>
    <message>
        <source>Mapping saved to {name}</source>
        <translation>Koblingen er lagret i {name}</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Lagre prosjekt</translation>
    </message>
    <message>
        <source>The project could not be saved to '{path}' ({why}). Choose another folder.</source>
        <translation>Prosjektet kunne ikke lagres i «{path}» ({why}). Velg en annen mappe.</translation>
    </message>
    <message>
        <source>Project saved to {name}</source>
        <translation>Prosjektet er lagret i {name}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <source>Where is {name} now? (it is no longer in {folder})</source>
        <translation>Hvor er {name} nå? (den er ikke lenger i {folder})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <source>There are no results to export yet. Open a survey first.</source>
        <translation>Det finnes ingen resultater å eksportere ennå. Åpne en undersøkelse først.</translation>
    </message>
    <message>
        <source>This ClusterDesk cannot write Excel reports (the report module is missing). Use `clusterdesk report` instead.</source>
        <translation>Denne ClusterDesk kan ikke skrive Excel-rapporter (rapportmodulen mangler). Bruk `clusterdesk report` i stedet.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Skriver {name} …</translation>
    </message>
    <message>
        <source>Report saved to {name}</source>
        <translation>Rapporten er lagret i {name}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Detect</source>
        <translation>Finn automatisk</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Loddrett strek |</translation>
    </message>
    <message>
        <source>File and sheet</source>
        <translation>Fil og ark</translation>
    </message>
    <message>
        <source>Check that the preview shows your survey and that the highlighted rows are the column headings. Change the header row if they are not.</source>
        <translation>Kontroller at forhåndsvisningen viser undersøkelsen din, og at de uthevede radene er kolonneoverskriftene. Endre overskriftsraden hvis de ikke er det.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Overskriftsrad:</translation>
    </message>
    <message>
        <source>Rows in the header:</source>
        <translation>Antall overskriftsrader:</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the survey, one firm per row. Hidden sheets are marked.</source>
        <translation>Arket i arbeidsboken som inneholder undersøkelsen, ett foretak per rad. Skjulte ark er merket.</translation>
    </message>
    <message>
        <source>The row (counted from 1 in the file) that holds the column headings. Rows above it, such as titles, are skipped.</source>
        <translation>Raden (talt fra 1 i filen) som inneholder kolonneoverskriftene. Rader over den, for eksempel titler, hoppes over.</translation>
    </message>
    <message>
        <source>How many rows make up the header: 2 when a question is in one row and its sub-questions in the row below; their texts are joined.</source>
        <translation>Hvor mange rader overskriften består av: 2 når et spørsmål står på én rad og delspørsmålene på raden under; tekstene slås sammen.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Tegnkoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Skilletegn:</translation>
    </message>
    <message>
        <source>How the text file's letters are stored. Detect almost always works; change it if æ, ø and å look wrong in the preview.</source>
        <translation>Hvordan bokstavene i tekstfilen er lagret. Finn automatisk virker nesten alltid; endre den hvis æ, ø og å ser feil ut i forhåndsvisningen.</translation>
    </message>
    <message>
        <source>The character between the columns of the text file.</source>
        <translation>Tegnet mellom kolonnene i tekstfilen.</translation>
    </message>
    <message>
        <source>The first rows as the file holds them; the header rows are highlighted.</source>
        <translation>De første radene slik filen har dem; overskriftsradene er uthevet.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leser {name} …</translation>
    </message>
    <message>
        <source>Reading was stopped. Change a setting above to read the file again.</source>
        <translation>Innlesingen ble stoppet. Endre en innstilling over for å lese filen på nytt.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke leses.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rows}&lt;/b&gt; and &lt;b&gt;{columns}&lt;/b&gt; below the header.</source>
        <translation>&lt;b&gt;{rows}&lt;/b&gt; og &lt;b&gt;{columns}&lt;/b&gt; under overskriften.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolonne</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolonner</translation>
    </message>
    <message>
        <source>Row {row} holds the column names.</source>
        <translation>Rad {row} inneholder kolonnenavnene.</translation>
    </message>
    <message>
        <source>The header is {n} rows deep.</source>
        <translation>Overskriften består av {n} rader.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>header</source>
        <translation>overskrift</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>ClusterDesk user guide</source>
        <translation>Brukerveiledning for ClusterDesk</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Code the survey with these choices and show the tables.</source>
        <translation>Kod undersøkelsen med disse valgene og vis tabellene.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop this step; nothing is changed.</source>
        <translation>Stopp dette steget; ingenting blir endret.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The results workspace is not part of this build.</source>
        <translation>Resultatområdet er ikke med i denne utgaven.</translation>
    </message>
    <message>
        <source>Open a survey to begin.</source>
        <translation>Åpne en undersøkelse for å begynne.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Open survey…</source>
        <translation>&amp;Åpne undersøkelse …</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <source>Open &amp;demo survey</source>
        <translation>Åpne &amp;demoundersøkelsen</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Hent kobling …</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Lagre kobling …</translation>
    </message>
    <message>
        <source>Open pro&amp;ject…</source>
        <translation>Åpne pro&amp;sjekt …</translation>
    </message>
    <message>
        <source>Save &amp;project…</source>
        <translation>Lagre &amp;prosjekt …</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Eksporter rapport …</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>What's &amp;This?</source>
        <translation>&amp;Hva er dette?</translation>
    </message>
    <message>
        <source>&amp;About ClusterDesk</source>
        <translation>&amp;Om ClusterDesk</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <source>Open survey</source>
        <translation>Åpne undersøkelse</translation>
    </message>
    <message>
        <source>The file '{path}' does not exist. It may have been moved or renamed; open it again with Open survey….</source>
        <translation>Filen «{path}» finnes ikke. Den kan være flyttet eller har fått nytt navn; åpne den på nytt med Åpne undersøkelse ….</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importen ble avbrutt.</translation>
    </message>
    <message>
        <source>Importing {name}: follow the wizard's steps.</source>
        <translation>Importerer {name}: følg stegene i veiviseren.</translation>
    </message>
    <message>
        <source>The saved mapping did not fit this file exactly, so it was fitted to it:</source>
        <translation>Den lagrede koblingen passet ikke helt til denne filen, så den ble tilpasset:</translation>
    </message>
    <message>
        <source>Check the tables; Save mapping… keeps the fitted mapping for next time.</source>
        <translation>Kontroller tabellene; Lagre kobling … tar vare på den tilpassede koblingen til neste gang.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Åpner {name} …</translation>
    </message>
    <message>
        <source>The demo survey is missing from this installation ({path}). Reinstall ClusterDesk.</source>
        <translation>Demoundersøkelsen mangler i denne installasjonen ({path}). Installer ClusterDesk på nytt.</translation>
    </message>
    <message>
        <source>'{path}' is no longer there, so it was taken off the recent files. Open it again from where it is now.</source>
        <translation>«{path}» finnes ikke lenger og er tatt ut av listen over nylige filer. Åpne den fra der den er nå.</translation>
    </message>
    <message>
        <source>{name}: {n} firms coded. The results workspace is not part of this build; use Export report… to see the tables in Excel.</source>
        <translation>{name}: {n} foretak kodet. Resultatområdet er ikke med i denne utgaven; bruk Eksporter rapport … for å se tabellene i Excel.</translation>
    </message>
    <message>
        <source>{n} firms</source>
        <translation>{n} foretak</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>ingen advarsler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} advarsler</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Move the selected item one place up.</source>
        <translation>Flytt det valgte elementet ett hakk opp.</translation>
    </message>
    <message>
        <source>Move the selected item one place down.</source>
        <translation>Flytt det valgte elementet ett hakk ned.</translation>
    </message>
    <message>
        <source>Drag the items into order, or select one and use Up / Down.</source>
        <translation>Dra elementene i rekkefølge, eller velg ett og bruk Opp / Ned.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>Norwegian bokmål</source>
        <translation>norsk bokmål</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>The language of menus, the wizard and the result tabs. The language of an exported workbook is chosen when you export it.</source>
        <translation>Språket i menyer, veiviseren og resultatfanene. Språket i en eksportert arbeidsbok velger du når du eksporterer.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Språk i programmet:</translation>
    </message>
    <message>
        <source>The new language is used the next time you start ClusterDesk.</source>
        <translation>Det nye språket brukes neste gang du starter ClusterDesk.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>No column is chosen for the required item '{item}'. Choose the column that holds it.</source>
        <translation>Ingen kolonne er valgt for det obligatoriske punktet «{item}». Velg kolonnen som inneholder det.</translation>
    </message>
    <message>
        <source>The mapping uses column '{column}' for '{item}', but the file has no such column. Pick the column again or check that this is the right file.</source>
        <translation>Koblingen bruker kolonnen «{column}» for «{item}», men filen har ingen slik kolonne. Velg kolonnen på nytt, eller kontroller at dette er riktig fil.</translation>
    </message>
    <message>
        <source>The answer '{answer}' is coded twice: as '{a}' and as '{b}'. Keep one.</source>
        <translation>Svaret «{answer}» er kodet to ganger: som «{a}» og som «{b}». Behold én.</translation>
    </message>
</context>
<context>
    <name>RegressionModel</name>
    <message>
        <source>Coefficients</source>
        <translation>Koeffisienter</translation>
    </message>
    <message>
        <source>Odds ratios</source>
        <translation>Oddsratioer</translation>
    </message>
    <message>
        <source>Marginal effects</source>
        <translation>Marginale effekter</translation>
    </message>
    <message>
        <source>linear probability</source>
        <translation>lineær sannsynlighet</translation>
    </message>
    <message>
        <source>Odds ratios exist for logit models only. Choose Coefficients or Marginal effects.</source>
        <translation>Oddsratioer finnes bare for logit-modeller. Velg Koeffisienter eller Marginale effekter.</translation>
    </message>
    <message>
        <source>Pseudo R² (McFadden)</source>
        <translation>Pseudo R² (McFadden)</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Log-likelihood</translation>
    </message>
    <message>
        <source>LR test p</source>
        <translation>LR-test p</translation>
    </message>
    <message>
        <source>coefficient {coef}, SE {se}, z {z}, p {p}</source>
        <translation>koeffisient {coef}, SF {se}, z {z}, p {p}</translation>
    </message>
</context>
<context>
    <name>RegressionTab</name>
    <message>
        <source>Coefficients as in the paper, odds ratios (logit only) or average marginal effects in percentage points.</source>
        <translation>Koeffisienter som i artikkelen, oddsratioer (bare logit) eller gjennomsnittlige marginale effekter i prosentpoeng.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Standard errors in parentheses.</source>
        <translation>Standardfeil i parentes.</translation>
    </message>
    <message>
        <source>Odds ratios with the p of the coefficient in brackets.</source>
        <translation>Oddsratioer med koeffisientens p i hakeparentes.</translation>
    </message>
    <message>
        <source>Average marginal effects in percentage points; delta-method standard errors in parentheses.</source>
        <translation>Gjennomsnittlige marginale effekter i prosentpoeng; standardfeil (deltametoden) i parentes.</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <source>χ² test p</source>
        <translation>χ²-test p</translation>
    </message>
    <message>
        <source>† Some expected counts are below 5, so the χ² p is approximate; for a 2×2 table the tooltip gives Fisher's exact p.</source>
        <translation>† Noen forventede antall er under 5, så χ²-p er tilnærmet; for en 2×2-tabell viser verktøytipset Fishers eksakte p.</translation>
    </message>
    <message>
        <source>No test: fewer than two groups with firms.</source>
        <translation>Ingen test: færre enn to grupper med foretak.</translation>
    </message>
    <message>
        <source>Pearson χ² = {chi2}, df = {df}, p = {p}</source>
        <translation>Pearsons χ² = {chi2}, fg = {df}, p = {p}</translation>
    </message>
    <message>
        <source>Fisher's exact p = {p}</source>
        <translation>Fishers eksakte p = {p}</translation>
    </message>
    <message>
        <source>Some expected counts are below 5: read the χ² p with care.</source>
        <translation>Noen forventede antall er under 5: les χ²-p med varsomhet.</translation>
    </message>
    <message>
        <source>Approximate: computed on normalised weighted counts.</source>
        <translation>Tilnærmet: beregnet på normaliserte vektede antall.</translation>
    </message>
    <message>
        <source>p of Pearson's χ² test of this row; stars: *** p&lt;0.01</source>
        <translation>p fra Pearsons χ²-test for denne raden; stjerner: *** p&lt;0,01</translation>
    </message>
    <message>
        <source>95 % Wilson interval: {low}–{high}</source>
        <translation>95 % Wilson-intervall: {low}–{high}</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Table 1 (continued). Size, education and R&amp;D of the firms in the sample</source>
        <translation>Tabell 1 (forts.). Størrelse, utdanning og FoU i foretakene i utvalget</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>This is what will be analysed. Go Back to change anything, or click Analyse to see the tables.</source>
        <translation>Dette er det som blir analysert. Gå Tilbake for å endre noe, eller klikk Analyser for å se tabellene.</translation>
    </message>
    <message>
        <source>Each item of the study, the column it comes from and the share of firms without a usable answer.</source>
        <translation>Hvert punkt i studien, kolonnen det kommer fra, og andelen foretak uten brukbart svar.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Share of the firms with no usable answer for this item (blank, don't know, or an answer not assigned a meaning)</source>
        <translation>Andel foretak uten brukbart svar på dette punktet (tomt, vet ikke eller et svar uten betydning)</translation>
    </message>
    <message>
        <source>Answers not assigned (counted as missing):</source>
        <translation>Svar uten betydning (telles som manglende):</translation>
    </message>
    <message>
        <source>Answers that were given no meaning on the previous page; they count as missing. Go Back to assign them.</source>
        <translation>Svar som ikke fikk noen betydning på forrige side; de teller som manglende. Gå Tilbake for å gi dem betydning.</translation>
    </message>
    <message>
        <source>Warnings from reading and coding:</source>
        <translation>Advarsler fra innlesing og koding:</translation>
    </message>
    <message>
        <source>What reading the file and coding the answers noticed, such as empty rows or numbers stored as text.</source>
        <translation>Det innlesingen av filen og kodingen av svarene la merke til, for eksempel tomme rader eller tall lagret som tekst.</translation>
    </message>
    <message>
        <source>Coding the answers…</source>
        <translation>Koder svarene …</translation>
    </message>
    <message>
        <source>Coding was stopped. Go Back and Next to start it again.</source>
        <translation>Kodingen ble stoppet. Gå Tilbake og Neste for å starte den igjen.</translation>
    </message>
    <message>
        <source>The survey could not be coded.</source>
        <translation>Undersøkelsen kunne ikke kodes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} firms&lt;/b&gt; will be analysed</source>
        <translation>&lt;b&gt;{n} foretak&lt;/b&gt; blir analysert</translation>
    </message>
    <message>
        <source>({read} rows read, {empty} empty rows left out)</source>
        <translation>({read} rader lest, {empty} tomme rader utelatt)</translation>
    </message>
    <message>
        <source>None: every answer has a meaning.</source>
        <translation>Ingen: alle svar har en betydning.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
</context>
<context>
    <name>RoleHelp</name>
    <message>
        <source>An id of each firm, used only to find a firm's row again in the coded data.</source>
        <translation>En ID for hvert foretak, brukt bare til å finne igjen foretakets rad i de kodede dataene.</translation>
    </message>
    <message>
        <source>The city region the firm is in; Table 2 compares the regions and Table 1 counts firms by region.</source>
        <translation>Byregionen foretaket ligger i; tabell 2 sammenligner regionene, og tabell 1 teller foretak etter region.</translation>
    </message>
    <message>
        <source>The firm's industry sector (Table 1; a control in the regression).</source>
        <translation>Foretakets næring (tabell 1; en kontrollvariabel i regresjonen).</translation>
    </message>
    <message>
        <source>Whether the firm is independent or part of a group of companies (Table 1).</source>
        <translation>Om foretaket er selvstendig eller del av et konsern (tabell 1).</translation>
    </message>
    <message>
        <source>Who owns the firm; the foreign categories give the foreign-ownership control of the regression.</source>
        <translation>Hvem som eier foretaket; de utenlandske kategoriene gir kontrollvariabelen for utenlandsk eierskap i regresjonen.</translation>
    </message>
    <message>
        <source>The number of employees; its logarithm is the size control of the regression.</source>
        <translation>Antall ansatte; logaritmen er størrelseskontrollen i regresjonen.</translation>
    </message>
    <message>
        <source>The share of employees with a university education, in % (Table 1).</source>
        <translation>Andelen ansatte med universitetsutdanning, i % (tabell 1).</translation>
    </message>
    <message>
        <source>R&amp;D expenditure as a % of turnover (Table 1; a control in the regression).</source>
        <translation>FoU-utgifter i % av omsetningen (tabell 1; en kontrollvariabel i regresjonen).</translation>
    </message>
    <message>
        <source>The chief executive's highest education, an ordered level (a control in the regression).</source>
        <translation>Daglig leders høyeste utdanning, et ordnet nivå (en kontrollvariabel i regresjonen).</translation>
    </message>
    <message>
        <source>A survey weight, if the survey has one: the shares are then weighted.</source>
        <translation>En utvalgsvekt, hvis undersøkelsen har en: andelene blir da vektet.</translation>
    </message>
    <message>
        <source>Where the firm's most demanding customers are: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor foretakets mest krevende kunder er: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Where the firm's most advanced suppliers are: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor foretakets mest avanserte leverandører er: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Where the firm's toughest competitors are: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor foretakets tøffeste konkurrenter er: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Where the firm recruits its most qualified employees: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor foretaket rekrutterer sine mest kvalifiserte ansatte: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Where the research institutions most relevant to the firm are: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor de mest relevante forskningsinstitusjonene for foretaket er: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Where the firm gets its capital: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor foretaket henter kapital: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Yes/no: the firm introduced new or significantly improved products in the last three years.</source>
        <translation>Ja/nei: foretaket innførte nye eller vesentlig forbedrede produkter de siste tre årene.</translation>
    </message>
    <message>
        <source>Yes/no: a product innovation that was new to the firm's market (radical).</source>
        <translation>Ja/nei: en produktinnovasjon som var ny for foretakets marked (radikal).</translation>
    </message>
    <message>
        <source>Yes/no: the firm introduced new or significantly improved processes in the last three years.</source>
        <translation>Ja/nei: foretaket innførte nye eller vesentlig forbedrede prosesser de siste tre årene.</translation>
    </message>
    <message>
        <source>Yes/no: a process innovation that was new to the firm's industry (radical).</source>
        <translation>Ja/nei: en prosessinnovasjon som var ny for foretakets næring (radikal).</translation>
    </message>
    <message>
        <source>Needed.</source>
        <translation>Må være med.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Valgfri.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>About the firm</source>
        <translation>Om foretaket</translation>
    </message>
    <message>
        <source>Where the firm finds each factor (the six diamond factors)</source>
        <translation>Hvor foretaket finner hver faktor (de seks diamantfaktorene)</translation>
    </message>
    <message>
        <source>Innovation in the last three years</source>
        <translation>Innovasjon de siste tre årene</translation>
    </message>
    <message>
        <source>Which question is which</source>
        <translation>Hvilket spørsmål er hvilket</translation>
    </message>
    <message>
        <source>For each item of the study, choose the column of your file that holds it. Items marked * are needed. Type in a box to search the columns.</source>
        <translation>Velg for hvert punkt i studien den kolonnen i filen som inneholder det. Punkter merket * må være med. Skriv i en boks for å søke blant kolonnene.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Hent kobling …</translation>
    </message>
    <message>
        <source>Use the roles and answer codes of a saved mapping (for example last year's)</source>
        <translation>Bruk rollene og svarkodene fra en lagret kobling (for eksempel fjorårets)</translation>
    </message>
    <message>
        <source>The assistant is not available: choose every column by hand.</source>
        <translation>Assistenten er ikke tilgjengelig: velg hver kolonne selv.</translation>
    </message>
    <message>
        <source>Choose the column of your file that holds it; type to search.</source>
        <translation>Velg kolonnen i filen som inneholder det; skriv for å søke.</translation>
    </message>
    <message>
        <source>The answers in the chosen column and how many firms gave each, to check that the column is the right one.</source>
        <translation>Svarene i den valgte kolonnen og hvor mange foretak som ga hvert svar, så du kan kontrollere at kolonnen er riktig.</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>sikker</translation>
    </message>
    <message>
        <source>check</source>
        <translation>sjekk</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>usikker</translation>
    </message>
    <message>
        <source>The assistant is {pct} % sure that this column holds this item.</source>
        <translation>Assistenten er {pct} % sikker på at denne kolonnen inneholder dette punktet.</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>endret av deg</translation>
    </message>
    <message>
        <source>{item}: no column chosen</source>
        <translation>{item}: ingen kolonne valgt</translation>
    </message>
    <message>
        <source>{item}: column '{column}'</source>
        <translation>{item}: kolonne «{column}»</translation>
    </message>
    <message>
        <source>{n} different answers, {blank} blank.</source>
        <translation>{n} ulike svar, {blank} tomme.</translation>
    </message>
    <message>
        <source>The {n} most frequent are shown.</source>
        <translation>De {n} vanligste vises.</translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation>Spørsmål: {text}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… og {n} til.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>Probit</source>
        <translation>Probit</translation>
    </message>
    <message>
        <source>Linear probability</source>
        <translation>Lineær sannsynlighet</translation>
    </message>
    <message>
        <source>Model-based (as the paper)</source>
        <translation>Modellbaserte (som i artikkelen)</translation>
    </message>
    <message>
        <source>Robust (HC1)</source>
        <translation>Robuste (HC1)</translation>
    </message>
    <message>
        <source>Size (log employees)</source>
        <translation>Størrelse (log ansatte)</translation>
    </message>
    <message>
        <source>Manager's education</source>
        <translation>Lederens utdanningsnivå</translation>
    </message>
    <message>
        <source>Foreign ownership</source>
        <translation>Utenlandsk eierskap</translation>
    </message>
    <message>
        <source>R&amp;&amp;D expenditure</source>
        <translation>FoU-utgifter</translation>
    </message>
    <message>
        <source>Industry sector</source>
        <translation>Næring</translation>
    </message>
    <message>
        <source>Largest sector</source>
        <translation>Største næring</translation>
    </message>
    <message>
        <source>A firm with fewer answered factors is unclassified.</source>
        <translation>Et foretak med færre besvarte faktorer er uklassifisert.</translation>
    </message>
    <message>
        <source>A firm with at least this many regional factors is a regional cluster.</source>
        <translation>Et foretak med minst så mange regionale faktorer er en regional klynge.</translation>
    </message>
    <message>
        <source>A firm with at most this many regional factors is a non-regional cluster; it stays below the regional minimum.</source>
        <translation>Et foretak med høyst så mange regionale faktorer er en ikke-regional klynge; tallet er alltid under minimum for regional klynge.</translation>
    </message>
    <message>
        <source>Cluster classification (Table 5)</source>
        <translation>Klyngeklassifisering (tabell 5)</translation>
    </message>
    <message>
        <source>Minimum answered factors</source>
        <translation>Minst antall besvarte faktorer</translation>
    </message>
    <message>
        <source>Regional cluster: at least</source>
        <translation>Regional klynge: minst</translation>
    </message>
    <message>
        <source>Non-regional: at most</source>
        <translation>Ikke-regional: høyst</translation>
    </message>
    <message>
        <source>The innovation Table 4 looks at: the share of firms with it, by where each factor is.</source>
        <translation>Innovasjonen tabell 4 ser på: andelen foretak som har den, etter hvor hver faktor er.</translation>
    </message>
    <message>
        <source>Innovation by factor location (Table 4)</source>
        <translation>Innovasjon og lokalisering (tabell 4)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Regression (Table 6)</source>
        <translation>Regresjon (tabell 6)</translation>
    </message>
    <message>
        <source>Logit is the paper's model; probit and the linear probability model are checks of it.</source>
        <translation>Logit er artikkelens modell; probit og den lineære sannsynlighetsmodellen er kontroller av den.</translation>
    </message>
    <message>
        <source>Model-based standard errors as in the paper, or robust (HC1) ones.</source>
        <translation>Modellbaserte standardfeil som i artikkelen, eller robuste (HC1).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Standard errors</source>
        <translation>Standardfeil</translation>
    </message>
    <message>
        <source>Fit one model of this innovation; at least one stays ticked.</source>
        <translation>Estimer én modell for denne innovasjonen; minst én må være avkrysset.</translation>
    </message>
    <message>
        <source>Outcomes (one model each)</source>
        <translation>Utfall (én modell hver)</translation>
    </message>
    <message>
        <source>Controls that enter</source>
        <translation>Kontrollvariabler som tas med</translation>
    </message>
    <message>
        <source>Include this control in every model (only controls whose question is mapped can be ticked).</source>
        <translation>Ta med denne kontrollvariabelen i alle modellene (bare kontroller med et koblet spørsmål kan krysses av).</translation>
    </message>
    <message>
        <source>The sector the other sectors' effects are measured against.</source>
        <translation>Næringen de andre næringenes effekter måles mot.</translation>
    </message>
    <message>
        <source>Sector baseline</source>
        <translation>Referansenæring</translation>
    </message>
    <message>
        <source>The linear probability model always uses robust (HC1) errors.</source>
        <translation>Den lineære sannsynlighetsmodellen bruker alltid robuste standardfeil (HC1).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>ClusterDesk finds out whether firms in regional clusters are more innovative, from your own firm survey: it reproduces the six tables of Gjelsvik's study of Norwegian firms. Open the survey as your survey tool exported it (Excel, CSV or SPSS), or try the demo survey first; a wizard helps you say which question is which, and the tables follow.</source>
        <translation>ClusterDesk finner ut om foretak i regionale klynger er mer innovative, ut fra din egen foretaksundersøkelse: programmet gjenskaper de seks tabellene i Gjelsviks studie av norske foretak. Åpne undersøkelsen slik spørreverktøyet eksporterte den (Excel, CSV eller SPSS), eller prøv demoundersøkelsen først; en veiviser hjelper deg å si hvilket spørsmål som er hvilket, og tabellene følger.</translation>
    </message>
    <message>
        <source>Open survey…</source>
        <translation>Åpne undersøkelse …</translation>
    </message>
    <message>
        <source>Open demo survey</source>
        <translation>Åpne demoundersøkelsen</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Åpne prosjekt …</translation>
    </message>
    <message>
        <source>Open the survey file your survey tool exported (Excel, CSV, SPSS or Stata); a wizard then asks which question is which.</source>
        <translation>Åpne filen spørreverktøyet eksporterte (Excel, CSV, SPSS eller Stata); en veiviser spør deretter hvilket spørsmål som er hvilket.</translation>
    </message>
    <message>
        <source>Open a synthetic survey of 2,002 firms shaped like the study's, with its mapping, straight to the tables.</source>
        <translation>Åpne en syntetisk undersøkelse av 2 002 foretak, formet som studiens, med ferdig kobling, rett til tabellene.</translation>
    </message>
    <message>
        <source>Reopen a saved project: the survey, its mapping and your settings.</source>
        <translation>Åpne et lagret prosjekt igjen: undersøkelsen, koblingen og innstillingene dine.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Nylige filer</translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation>Filer du åpner, vises her.</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>ark {name}</translation>
    </message>
    <message>
        <source>mapping {name}</source>
        <translation>kobling {name}</translation>
    </message>
    <message>
        <source>project</source>
        <translation>prosjekt</translation>
    </message>
    <message>
        <source>(the file is no longer there)</source>
        <translation>(filen finnes ikke lenger)</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>*** p &lt; 0.01, ** p &lt; 0.05, * p &lt; 0.1.</source>
        <translation>*** p &lt; 0,01, ** p &lt; 0,05, * p &lt; 0,1.</translation>
    </message>
    <message>
        <source>Show 95 % intervals</source>
        <translation>Vis 95 %-intervaller</translation>
    </message>
    <message>
        <source>Show each share's 95 % Wilson confidence interval in brackets after it.</source>
        <translation>Vis hver andels 95 % Wilson-konfidensintervall i parentes etter den.</translation>
    </message>
    <message>
        <source>Error bars on chart</source>
        <translation>Feilstolper i diagrammet</translation>
    </message>
    <message>
        <source>Draw the 95 % intervals as error bars on the chart.</source>
        <translation>Tegn 95 %-intervallene som feilstolper i diagrammet.</translation>
    </message>
    <message>
        <source>N = {n} firms</source>
        <translation>N = {n} foretak</translation>
    </message>
    <message>
        <source>Test p: {note}</source>
        <translation>Test-p: {note}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <source>Innovation by region</source>
        <translation>Innovasjon etter region</translation>
    </message>
    <message>
        <source>Cluster extent</source>
        <translation>Klyngeomfang</translation>
    </message>
    <message>
        <source>Innovation by factor location</source>
        <translation>Innovasjon og lokalisering</translation>
    </message>
    <message>
        <source>Cluster classification</source>
        <translation>Klyngeklassifisering</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresjon</translation>
    </message>
    <message>
        <source>Every firm as coded, with the answer as the file holds it, its cluster class and scope. Filter and sort to check the coding.</source>
        <translation>Hvert foretak slik det er kodet, med svaret slik filen har det, klyngeklasse og omfang. Filtrer og sorter for å kontrollere kodingen.</translation>
    </message>
    <message>
        <source>Table 1: the firms by sector, dependence, ownership and region, and their size, education and R&amp;D.</source>
        <translation>Tabell 1: foretakene etter næring, konsernposisjon, eierskap og region, og deres størrelse, utdanning og FoU.</translation>
    </message>
    <message>
        <source>Table 2: the share of firms with product and process innovations (and radical ones) in each region.</source>
        <translation>Tabell 2: andelen foretak med produkt- og prosessinnovasjoner (og radikale) i hver region.</translation>
    </message>
    <message>
        <source>Table 3: for each of the six diamond factors, the share of firms that find it in their own region.</source>
        <translation>Tabell 3: for hver av de seks diamantfaktorene, andelen foretak som finner den i egen region.</translation>
    </message>
    <message>
        <source>Table 4: the share of innovating firms among those whose factor is regional, national or international.</source>
        <translation>Tabell 4: andelen innovative foretak blant dem der faktoren er regional, nasjonal eller internasjonal.</translation>
    </message>
    <message>
        <source>Table 5: innovation in regional clusters (at least 4 regional factors) against non-regional ones (at most 2).</source>
        <translation>Tabell 5: innovasjon i regionale klynger (minst 4 regionale faktorer) mot ikke-regionale (høyst 2).</translation>
    </message>
    <message>
        <source>Table 6: a regression of innovation on cluster scope (national, international; regional is the baseline) with size, education, ownership, R&amp;D and sector as controls.</source>
        <translation>Tabell 6: en regresjon av innovasjon på klyngeomfang (nasjonal, internasjonal; regional er referanse) med størrelse, utdanning, eierskap, FoU og næring som kontrollvariabler.</translation>
    </message>
    <message>
        <source>The innovation this table looks at (the same setting as in the panel on the left).</source>
        <translation>Innovasjonen denne tabellen ser på (samme innstilling som i panelet til venstre).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Computing the tables…</source>
        <translation>Beregner tabellene …</translation>
    </message>
    <message>
        <source>{n} firms analysed</source>
        <translation>{n} foretak analysert</translation>
    </message>
    <message>
        <source>; {n} warning(s) from reading and coding.</source>
        <translation>; {n} advarsel/advarsler fra innlesing og koding.</translation>
    </message>
</context>
</TS>