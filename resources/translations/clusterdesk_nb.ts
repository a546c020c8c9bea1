<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ClusterDesk uses the Qt toolkit under the GNU Lesser General Public License version 3. Qt&apos;s source code is available from https://download.qt.io; you may replace the Qt libraries in the installation folder with your own build of the same version.</source>
        <translation>ClusterDesk bruker Qt-verktøysettet under GNU Lesser General Public License versjon 3. Kildekoden til Qt er tilgjengelig fra https://download.qt.io; du kan erstatte Qt-bibliotekene i installasjonsmappen med din egen bygg av samme versjon.</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>Om ClusterDesk</translation>
    </message>
    <message>
        <source>Do regional clusters make firms more innovative? ClusterDesk reproduces the tables of Gjelsvik&apos;s study for your own firm survey.</source>
        <translation>Gjør regionale klynger foretak mer innovative? ClusterDesk gjenskaper tabellene i Gjelsviks studie for din egen foretaksundersøkelse.</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Biblioteker og lisenser</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} til {high}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Endring (poeng)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % intervall</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Ledd</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskjell</translation>
    </message>
</context>
<context>
    <name>ChangeToggle</name>
    <message>
        <source>Show this table&apos;s change since the earlier wave: both waves, the change with its 95 % interval and p, and a chart of the changes.</source>
        <translation>Vis tabellens endring siden forrige runde: begge rundene, endringen med 95 % intervall og p, og et diagram over endringene.</translation>
    </message>
    <message>
        <source>Wave names…</source>
        <translation>Navn på rundene…</translation>
    </message>
    <message>
        <source>Name the two waves (for example 2023 and 2025); the tables, charts and workbook use the names.</source>
        <translation>Gi de to rundene navn (for eksempel 2023 og 2025); tabellene, diagrammene og arbeidsboken bruker navnene.</translation>
    </message>
    <message>
        <source>Show change since {label}</source>
        <translation>Vis endring siden {label}</translation>
    </message>
</context>
<context>
    <name>ChangeView</name>
    <message>
        <source>{later} compared with {base}</source>
        <translation>{later} sammenlignet med {base}</translation>
    </message>
    <message>
        <source>Each coefficient of {later} against {base}, with the same controls in both waves: the difference, z = difference / √(se₁² + se₂²) and its two-sided p.</source>
        <translation>Hver koeffisient i {later} mot {base}, med de samme kontrollvariablene i begge rundene: forskjellen, z = forskjell / √(se₁² + se₂²) og tosidig p.</translation>
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
    <message>
        <source>Change (percentage points)</source>
        <translation>Endring (prosentpoeng)</translation>
    </message>
    <message>
        <source>Error bars: 95 % intervals of the change. Solid and *: p &lt; 0.05.</source>
        <translation>Feilstolper: 95 % intervall for endringen. Heltrukket og *: p &lt; 0,05.</translation>
    </message>
    <message>
        <source>Nothing to chart: the two waves have no cell in common.</source>
        <translation>Ingenting å vise: de to rundene har ingen celler felles.</translation>
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
        <source>Missing / don&apos;t know</source>
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
        <source>Not asked: counts as no</source>
        <translation>Ikke spurt: teller som nei</translation>
    </message>
    <message>
        <source>What the answers mean</source>
        <translation>Hva svarene betyr</translation>
    </message>
    <message>
        <source>Say what each answer in your file means. Answers highlighted in yellow are not assigned yet and would count as missing. Click the &apos;Means&apos; cell to choose.</source>
        <translation>Angi hva hvert svar i filen betyr. Svar merket med gult har ikke fått betydning ennå og vil telle som manglende. Klikk i cellen «Betyr» for å velge.</translation>
    </message>
    <message>
        <source>Manager&apos;s education, lowest level first:</source>
        <translation>Lederens utdanning, laveste nivå først:</translation>
    </message>
    <message>
        <source>The education levels from lowest to highest: the regression uses the level&apos;s place in this order.</source>
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
        <source>Names</source>
        <translation>Navn</translation>
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
        <source>Names for codes such as province numbers, shown in the tables.</source>
        <translation>Navn på koder, for eksempel fylkesnumre, vist i tabellene.</translation>
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
        <source>Tick the categories of &apos;{column}&apos; that mean foreign owned (partly or fully).</source>
        <translation>Kryss av kategoriene i «{column}» som betyr utenlandsk eid (helt eller delvis).</translation>
    </message>
    <message>
        <source>({n} firms)</source>
        <translation>({n} foretak)</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; holds numbers; they are used as they are.</source>
        <translation>«{column}» inneholder tall; de brukes som de er.</translation>
    </message>
    <message>
        <source>Drag the levels, or select one and use Up / Down.</source>
        <translation>Dra nivåene, eller velg ett og bruk Opp / Ned.</translation>
    </message>
    <message>
        <source>The manager&apos;s education is not mapped.</source>
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
        <source>Every answer to the six factor questions, with how many firms gave it. Choose in &apos;Means&apos; whether it says the factor is regional, national, international or missing.</source>
        <translation>Hvert svar på de seks faktorspørsmålene, med hvor mange foretak som ga det. Velg under «Betyr» om det sier at faktoren er regional, nasjonal, internasjonal eller mangler.</translation>
    </message>
    <message>
        <source>Every answer to the innovation questions, with how many firms gave it. Choose in &apos;Means&apos; whether it is yes, no or missing.</source>
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
        <source>&lt;b&gt;1 answer is not assigned yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 svar har ikke fått betydning ennå&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} answers are not assigned yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} svar har ikke fått betydning ennå&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(highlighted). Unassigned answers count as missing unless you choose a meaning.</source>
        <translation>(uthevet). Svar uten betydning teller som manglende hvis du ikke velger en betydning.</translation>
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
    <name>Compare</name>
    <message>
        <source>Reading {name}…</source>
        <translation>Leser {name}…</translation>
    </message>
    <message>
        <source>Comparing the two waves…</source>
        <translation>Sammenligner de to rundene…</translation>
    </message>
    <message>
        <source>&amp;Compare with an earlier wave…</source>
        <translation>&amp;Sammenlign med en tidligere runde…</translation>
    </message>
    <message>
        <source>Compare with the &amp;published study (Norway 2013)</source>
        <translation>Sammenlign med den &amp;publiserte studien (Norge 2013)</translation>
    </message>
    <message>
        <source>&amp;Wave names…</source>
        <translation>&amp;Navn på rundene…</translation>
    </message>
    <message>
        <source>The earlier wave&apos;s survey file (or its project)</source>
        <translation>Den tidligere rundens undersøkelsesfil (eller prosjekt)</translation>
    </message>
    <message>
        <source>How was {name} coded? Choose its mapping or project file, or set it up in the import wizard, which starts from the current survey&apos;s mapping.</source>
        <translation>Hvordan ble {name} kodet? Velg koblings- eller prosjektfilen, eller sett den opp i importveiviseren, som starter fra koblingen til den åpne undersøkelsen.</translation>
    </message>
    <message>
        <source>Choose its mapping…</source>
        <translation>Velg koblingen…</translation>
    </message>
    <message>
        <source>Import it with the wizard</source>
        <translation>Importer den med veiviseren</translation>
    </message>
    <message>
        <source>Mapping or project of {name}</source>
        <translation>Kobling eller prosjekt for {name}</translation>
    </message>
    <message>
        <source>Open the later wave first; then compare it with an earlier one.</source>
        <translation>Åpne den senere runden først, og sammenlign den så med en tidligere.</translation>
    </message>
    <message>
        <source>The earlier wave&apos;s file &apos;{path}&apos; does not exist. It may have been moved; choose it again.</source>
        <translation>Filen til den tidligere runden, «{path}», finnes ikke. Den kan være flyttet; velg den på nytt.</translation>
    </message>
    <message>
        <source>Earlier wave: import {name}</source>
        <translation>Tidligere runde: importer {name}</translation>
    </message>
    <message>
        <source>Open a survey first; then compare it with the published study.</source>
        <translation>Åpne en undersøkelse først, og sammenlign den så med den publiserte studien.</translation>
    </message>
    <message>
        <source>the published study</source>
        <translation>den publiserte studien</translation>
    </message>
    <message>
        <source>Comparing with {name}…</source>
        <translation>Sammenligner med {name}…</translation>
    </message>
    <message>
        <source>{later} compared with {base}.</source>
        <translation>{later} sammenlignet med {base}.</translation>
    </message>
    <message>
        <source>The earlier wave&apos;s mapping did not fit its file exactly, so it was fitted to it:</source>
        <translation>Koblingen til den tidligere runden passet ikke helt til filen, så den ble tilpasset:</translation>
    </message>
    <message>
        <source>Wave names</source>
        <translation>Navn på rundene</translation>
    </message>
    <message>
        <source>Earlier wave</source>
        <translation>Tidligere runde</translation>
    </message>
    <message>
        <source>Later wave</source>
        <translation>Senere runde</translation>
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
        <source>Copy (decimal &apos;{sep}&apos;)</source>
        <translation>Kopier (desimaltegn «{sep}»)</translation>
    </message>
    <message>
        <source>Copy with decimal point &apos;.&apos;</source>
        <translation>Kopier med desimalpunktum «.»</translation>
    </message>
    <message>
        <source>Copy with decimal comma &apos;,&apos;</source>
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
        <source>The mapping could not be saved to &apos;{path}&apos; ({why}). Choose another folder.</source>
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
        <source>The project could not be saved to &apos;{path}&apos; ({why}). Choose another folder.</source>
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
        <source>How the text file&apos;s letters are stored. Detect almost always works; change it if æ, ø and å look wrong in the preview.</source>
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
</context>
<context>
    <name>FitNotes</name>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hide this list; the fitted mapping stays in use.</source>
        <translation>Skjul listen; den tilpassede koblingen brukes fortsatt.</translation>
    </message>
    <message>
        <source>Every item of last year&apos;s mapping that this file lacks, then every column and answer matched in its place.</source>
        <translation>Hvert punkt i fjorårets kobling som denne filen mangler, deretter hver kolonne og hvert svar som ble brukt i stedet.</translation>
    </message>
    <message>
        <source>Last year&apos;s mapping was fitted to this file.</source>
        <translation>Fjorårets kobling ble tilpasset denne filen.</translation>
    </message>
    <message>
        <source>Not found in this file: {items}.</source>
        <translation>Ikke funnet i denne filen: {items}.</translation>
    </message>
    <message>
        <source>Check the items it names; Save mapping… keeps the fitted mapping.</source>
        <translation>Kontroller punktene den nevner; Lagre kobling … tar vare på den tilpassede koblingen.</translation>
    </message>
    <message>
        <source>Not found ({n}):</source>
        <translation>Ikke funnet ({n}):</translation>
    </message>
    <message>
        <source>Changes ({n}):</source>
        <translation>Endringer ({n}):</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <source>Search the columns and their questions</source>
        <translation>Søk blant kolonnene og spørsmålene deres</translation>
    </message>
    <message>
        <source>Several levels ticked:</source>
        <translation>Flere nivåer krysset av:</translation>
    </message>
    <message>
        <source>the nearest counts</source>
        <translation>det nærmeste teller</translation>
    </message>
    <message>
        <source>the farthest counts</source>
        <translation>det fjerneste teller</translation>
    </message>
    <message>
        <source>When a firm ticks more than one level for this factor, which one counts.</source>
        <translation>Hvilket nivå som teller når et foretak krysser av for mer enn ett nivå for denne faktoren.</translation>
    </message>
    <message>
        <source>{item}: tick the columns whose tick puts the factor at each level.</source>
        <translation>{item}: kryss av kolonnene der et kryss plasserer faktoren på hvert nivå.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Brukes</translation>
    </message>
    <message>
        <source>{item}: tick the columns it is read from (yes when any of them says yes).</source>
        <translation>{item}: kryss av kolonnene det leses fra (ja når minst én av dem sier ja).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
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
        <source>Open a survey to begin.</source>
        <extracomment>What opening the first survey imports on the GUI thread unless imported before (numpy, the workspace&apos;s views, the wizard&apos;s pages), and what the first chart imports in its worker thread.</extracomment>
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
        <source>What&apos;s &amp;This?</source>
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
        <source>The file &apos;{path}&apos; does not exist. It may have been moved or renamed; open it again with Open survey….</source>
        <translation>Filen «{path}» finnes ikke. Den kan være flyttet eller har fått nytt navn; åpne den på nytt med Åpne undersøkelse ….</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importen ble avbrutt.</translation>
    </message>
    <message>
        <source>Importing {name}: follow the wizard&apos;s steps.</source>
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
        <source>&apos;{path}&apos; is no longer there, so it was taken off the recent files. Open it again from where it is now.</source>
        <translation>«{path}» finnes ikke lenger og er tatt ut av listen over nylige filer. Åpne den fra der den er nå.</translation>
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
    <name>NamesTab</name>
    <message>
        <source>Give a name to each code of a category (for example a province&apos;s number); the tables show the name. Leave a name empty to show the code.</source>
        <translation>Gi hver kode i en kategori et navn (for eksempel et fylkesnummer); tabellene viser navnet. La navnet stå tomt for å vise koden.</translation>
    </message>
    <message>
        <source>Code in the file</source>
        <translation>Kode i filen</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type a name next to a code; the tables and the results file use it instead of the code.</source>
        <translation>Skriv et navn ved siden av en kode; tabellene og resultatfilen bruker det i stedet for koden.</translation>
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
    <name>RecentFiles</name>
    <message>
        <source>{name} — {folder}</source>
        <translation>{name} — {folder}</translation>
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
        <source>† Some expected counts are below 5, so the χ² p is approximate; for a 2×2 table the tooltip gives Fisher&apos;s exact p.</source>
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
        <source>Fisher&apos;s exact p = {p}</source>
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
        <source>p of Pearson&apos;s χ² test of this row; stars: *** p&lt;0.01</source>
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
        <source>Share of the firms with no usable answer for this item (blank, don&apos;t know, or an answer not assigned a meaning)</source>
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
        <source>Guesses to check against the questionnaire:</source>
        <translation>Gjetninger du bør kontrollere mot spørreskjemaet:</translation>
    </message>
    <message>
        <source>What the assistant could only guess, such as columns taken by their position or an education order. Go Back to change them if the questionnaire says otherwise.</source>
        <translation>Det assistenten bare kunne gjette, som kolonner valgt etter plassering eller en rekkefølge for utdanning. Gå Tilbake for å endre dem hvis spørreskjemaet sier noe annet.</translation>
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
    <message>
        <source>The survey asks these levels: {levels}.</source>
        <translation>Undersøkelsen spør om disse nivåene: {levels}.</translation>
    </message>
    <message>
        <source>the nearest level ticked counts</source>
        <translation>det nærmeste avkryssede nivået teller</translation>
    </message>
    <message>
        <source>the farthest level ticked counts</source>
        <translation>det fjerneste avkryssede nivået teller</translation>
    </message>
    <message>
        <source>{item} from tick boxes ({columns}); {rule}.</source>
        <translation>{item} fra avkrysningsbokser ({columns}); {rule}.</translation>
    </message>
    <message>
        <source>Not asked: {items}. Averages and thresholds use the {k} factors asked.</source>
        <translation>Ikke spurt om: {items}. Gjennomsnitt og terskler bruker de {k} faktorene det spørres om.</translation>
    </message>
    <message>
        <source>{item}: yes when any of {columns} says yes.</source>
        <translation>{item}: ja når minst én av {columns} sier ja.</translation>
    </message>
    <message>
        <source>Answers {codes} mean the question was not asked; they count as no.</source>
        <translation>Svarene {codes} betyr at spørsmålet ikke ble stilt; de teller som nei.</translation>
    </message>
    <message>
        <source>{item}, names for codes: {examples}.</source>
        <translation>{item}, navn på koder: {examples}.</translation>
    </message>
</context>
<context>
    <name>RoleHelp</name>
    <message>
        <source>An id of each firm, used only to find a firm&apos;s row again in the coded data.</source>
        <translation>En ID for hvert foretak, brukt bare til å finne igjen foretakets rad i de kodede dataene.</translation>
    </message>
    <message>
        <source>The city region the firm is in; Table 2 compares the regions and Table 1 counts firms by region.</source>
        <translation>Byregionen foretaket ligger i; tabell 2 sammenligner regionene, og tabell 1 teller foretak etter region.</translation>
    </message>
    <message>
        <source>The firm&apos;s industry sector (Table 1; a control in the regression).</source>
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
        <source>The chief executive&apos;s highest education, an ordered level (a control in the regression).</source>
        <translation>Daglig leders høyeste utdanning, et ordnet nivå (en kontrollvariabel i regresjonen).</translation>
    </message>
    <message>
        <source>A survey weight, if the survey has one: the shares are then weighted.</source>
        <translation>En utvalgsvekt, hvis undersøkelsen har en: andelene blir da vektet.</translation>
    </message>
    <message>
        <source>Where the firm&apos;s most demanding customers are: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor foretakets mest krevende kunder er: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Where the firm&apos;s most advanced suppliers are: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
        <translation>Hvor foretakets mest avanserte leverandører er: i regionen, ellers i Norge eller i utlandet (en diamantfaktor).</translation>
    </message>
    <message>
        <source>Where the firm&apos;s toughest competitors are: in the region, elsewhere in Norway or abroad (a diamond factor).</source>
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
        <source>Yes/no: a product innovation that was new to the firm&apos;s market (radical).</source>
        <translation>Ja/nei: en produktinnovasjon som var ny for foretakets marked (radikal).</translation>
    </message>
    <message>
        <source>Yes/no: the firm introduced new or significantly improved processes in the last three years.</source>
        <translation>Ja/nei: foretaket innførte nye eller vesentlig forbedrede prosesser de siste tre årene.</translation>
    </message>
    <message>
        <source>Yes/no: a process innovation that was new to the firm&apos;s industry (radical).</source>
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
        <source>Use the roles and answer codes of a saved mapping (for example last year&apos;s)</source>
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
        <source>one column</source>
        <translation>én kolonne</translation>
    </message>
    <message>
        <source>tick boxes</source>
        <translation>avkrysningsbokser</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ikke spurt om</translation>
    </message>
    <message>
        <source>several columns</source>
        <translation>flere kolonner</translation>
    </message>
    <message>
        <source>How the survey asks it: one column, tick boxes per location, several columns (yes when any says yes) or not at all.</source>
        <translation>Hvordan undersøkelsen spør om det: én kolonne, avkrysningsbokser per lokalisering, flere kolonner (ja når minst én sier ja) eller ikke i det hele tatt.</translation>
    </message>
    <message>
        <source>The answers in the chosen column and how many firms gave each, to check that the column is the right one.</source>
        <translation>Svarene i den valgte kolonnen og hvor mange foretak som ga hvert svar, så du kan kontrollere at kolonnen er riktig.</translation>
    </message>
    <message>
        <source>Last year&apos;s mapping was fitted to this file: {n} change(s), listed in full on the Review page.</source>
        <translation>Fjorårets kobling ble tilpasset denne filen: {n} endring(er), listet i sin helhet på siden Gjennomgang.</translation>
    </message>
    <message>
        <source>Not found in this file: {items}. Choose the column by hand, or leave the item out.</source>
        <translation>Ikke funnet i denne filen: {items}. Velg kolonnen selv, eller la punktet stå tomt.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ikke funnet</translation>
    </message>
    <message>
        <source>Last year&apos;s mapping had a column for this item; no column of this file matches it by name or answers.</source>
        <translation>Fjorårets kobling hadde en kolonne for dette punktet; ingen kolonne i denne filen passer med navn eller svar.</translation>
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
        <source>{item}: column &apos;{column}&apos;</source>
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
    <message>
        <source>Levels the survey asks:</source>
        <translation>Nivåer undersøkelsen spør om:</translation>
    </message>
    <message>
        <source>Untick a level the questionnaire does not ask (many surveys ask only national and international).</source>
        <translation>Fjern krysset for et nivå spørreskjemaet ikke spør om (mange undersøkelser spør bare om nasjonalt og internasjonalt).</translation>
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
        <source>Manager&apos;s education</source>
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
        <source>Logit is the paper&apos;s model; probit and the linear probability model are checks of it.</source>
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
        <source>The sector the other sectors&apos; effects are measured against.</source>
        <translation>Næringen de andre næringenes effekter måles mot.</translation>
    </message>
    <message>
        <source>Sector baseline</source>
        <translation>Referansenæring</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not in this survey&apos;s mapping, so the model cannot include it. Map its column to use it.</source>
        <translation>«{item}» er ikke med i koblingen for denne undersøkelsen, så modellen kan ikke ta den med. Koble kolonnen for å bruke den.</translation>
    </message>
    <message>
        <source>Not in this survey&apos;s mapping, so not in the model: {controls}.</source>
        <translation>Ikke med i koblingen for denne undersøkelsen, og derfor ikke i modellen: {controls}.</translation>
    </message>
    <message>
        <source>The linear probability model always uses robust (HC1) errors.</source>
        <translation>Den lineære sannsynlighetsmodellen bruker alltid robuste standardfeil (HC1).</translation>
    </message>
    <message>
        <source>Weighted model</source>
        <translation>Vektet modell</translation>
    </message>
    <message>
        <source>Fit the models with the survey weight (pseudo-maximum likelihood, robust linearisation errors); untick for the unweighted fit. Only with a weight mapped.</source>
        <translation>Estimer modellene med utvalgsvekten (pseudo-sannsynlighetsmaksimering, robuste standardfeil ved linearisering); fjern haken for uvektet estimering. Bare når en vekt er koblet.</translation>
    </message>
    <message>
        <source>A weighted model always uses robust (linearisation) errors.</source>
        <translation>En vektet modell bruker alltid robuste standardfeil (linearisering).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>ClusterDesk finds out whether firms in regional clusters are more innovative, from your own firm survey: it reproduces the six tables of Gjelsvik&apos;s study of Norwegian firms. Open the survey as your survey tool exported it (Excel, CSV or SPSS), or try the demo survey first; a wizard helps you say which question is which, and the tables follow.</source>
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
        <source>Open a synthetic survey of 2,002 firms shaped like the study&apos;s, with its mapping, straight to the tables.</source>
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
        <source>Show each share&apos;s 95 % Wilson confidence interval in brackets after it.</source>
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
    <name>WizardTasks</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Åpner {name} …</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leser {name} …</translation>
    </message>
    <message>
        <source>The columns are the file&apos;s variable names (SPSS/Stata).</source>
        <translation>Kolonnene er filens variabelnavn (SPSS/Stata).</translation>
    </message>
    <message>
        <source>Looking for the survey&apos;s questions…</source>
        <translation>Ser etter spørsmålene i undersøkelsen …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>The survey file &apos;{path}&apos; does not exist. Check the path or open the survey again with Open survey….</source>
        <translation>Undersøkelsesfilen «{path}» finnes ikke. Kontroller stien, eller åpne undersøkelsen på nytt med Åpne undersøkelse ….</translation>
    </message>
    <message>
        <source>Fitting the saved mapping to this file…</source>
        <translation>Tilpasser den lagrede koblingen til denne filen …</translation>
    </message>
    <message>
        <source>The mapping does not fit &apos;{name}&apos;, even after matching renamed questions:</source>
        <translation>Koblingen passer ikke til «{name}», heller ikke etter at spørsmål med nye navn er koblet:</translation>
    </message>
    <message>
        <source>Open the survey with Open survey… and choose the columns.</source>
        <translation>Åpne undersøkelsen med Åpne undersøkelse …, og velg kolonnene.</translation>
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
        <source>Computing was stopped. Change a setting to compute the tables.</source>
        <translation>Beregningen ble stoppet. Endre en innstilling for å beregne tabellene.</translation>
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
<context>
    <name>analysis</name>
    <message>
        <source>Classifying firms</source>
        <translation>Klassifiserer foretakene</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>Tabell 1</translation>
    </message>
    <message>
        <source>Table 2</source>
        <translation>Tabell 2</translation>
    </message>
    <message>
        <source>Table 3</source>
        <translation>Tabell 3</translation>
    </message>
    <message>
        <source>Table 4</source>
        <translation>Tabell 4</translation>
    </message>
    <message>
        <source>Table 5</source>
        <translation>Tabell 5</translation>
    </message>
    <message>
        <source>Table 6</source>
        <translation>Tabell 6</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>The analysis settings are not valid: {problems}</source>
        <translation>Analyseinnstillingene er ikke gyldige: {problems}</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leser filen</translation>
    </message>
    <message>
        <source>The mapping is not valid: {problems}</source>
        <translation>Koblingen er ikke gyldig: {problems}</translation>
    </message>
    <message>
        <source>The mapping does not fit &apos;{file}&apos;: {problems}</source>
        <translation>Koblingen passer ikke til «{file}»: {problems}</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answer that is neither regional, national nor international ({answers}). Mark them as missing or map them.</source>
        <translation>Kolonnen «{column}» har {n} svar som verken er regionalt, nasjonalt eller internasjonalt ({answers}). Merk det som manglende, eller gi det en betydning.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answers that are neither regional, national nor international ({answers}). Mark them as missing or map them.</source>
        <translation>Kolonnen «{column}» har {n} svar som verken er regionale, nasjonale eller internasjonale ({answers}). Merk dem som manglende, eller gi dem en betydning.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answer that is neither yes nor no ({answers}). Mark them as missing or map them.</source>
        <translation>Kolonnen «{column}» har {n} svar som verken er ja eller nei ({answers}). Merk det som manglende, eller gi det en betydning.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answers that are neither yes nor no ({answers}). Mark them as missing or map them.</source>
        <translation>Kolonnen «{column}» har {n} svar som verken er ja eller nei ({answers}). Merk dem som manglende, eller gi dem en betydning.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answer that is not in the education levels you ordered ({answers}). Add them to the order or mark them as missing.</source>
        <translation>Kolonnen «{column}» har {n} svar som ikke er blant utdanningsnivåene du har ordnet ({answers}). Legg det til i rekkefølgen, eller merk det som manglende.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answers that are not in the education levels you ordered ({answers}). Add them to the order or mark them as missing.</source>
        <translation>Kolonnen «{column}» har {n} svar som ikke er blant utdanningsnivåene du har ordnet ({answers}). Legg dem til i rekkefølgen, eller merk dem som manglende.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answer that is not numbers ({answers}). They are treated as missing; correct them in the file if they should count.</source>
        <translation>Kolonnen «{column}» har {n} svar som ikke er et tall ({answers}). Det regnes som manglende; rett det i filen hvis det skal telle med.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has {n} answers that are not numbers ({answers}). They are treated as missing; correct them in the file if they should count.</source>
        <translation>Kolonnen «{column}» har {n} svar som ikke er tall ({answers}). De regnes som manglende; rett dem i filen hvis de skal telle med.</translation>
    </message>
    <message>
        <source>Coding {item}</source>
        <translation>Koder {item}</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; ({item}) has no usable answer in any row. Check that the right column is mapped and its answers coded.</source>
        <translation>Kolonnen «{column}» ({item}) har ikke noe brukbart svar på noen rad. Kontroller at riktig kolonne er koblet, og at svarene har fått betydning.</translation>
    </message>
    <message numerus="yes">
        <source>{n} rows with no answer in any mapped column were left out (blank rows at the end of an export).</source>
        <translation>
            <numerusform>{n} rad uten svar i noen koblet kolonne ble utelatt (tomme rader på slutten av en eksport).</numerusform>
            <numerusform>{n} rader uten svar i noen koblet kolonne ble utelatt (tomme rader på slutten av en eksport).</numerusform>
        </translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
    <message>
        <source>The mapping uses column &apos;{column}&apos;, but &apos;{file}&apos; has no such column. Pick the column again or check that this is the right file.</source>
        <translation>Koblingen bruker kolonnen «{column}», men «{file}» har ingen slik kolonne. Velg kolonnen på nytt, eller kontroller at dette er riktig fil.</translation>
    </message>
    <message numerus="yes">
        <source>{n} firms not asked {column} ({answers}) counted as non-innovators.</source>
        <translation>
            <numerusform>{n} foretak som ikke fikk spørsmålet {column} ({answers}), er telt som ikke-innovatører.</numerusform>
            <numerusform>{n} foretak som ikke fikk spørsmålet {column} ({answers}), er telt som ikke-innovatører.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every firm&apos;s weight in column &apos;{column}&apos; is 0, missing or not finite, so weighted shares and tests cannot be computed (they stay blank). Map the column that holds the weights, or leave the weight out to count every firm once.</source>
        <translation>Hvert foretaks vekt i kolonnen «{column}» er 0, mangler eller er ikke endelig, så vektede andeler og tester kan ikke beregnes (de blir tomme). Koble kolonnen som har vektene, eller utelat vekten så hvert foretak teller én gang.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos;, mapped as &apos;{item}&apos;, has {n} different values: is this an id column? Every table gets a row or column for each value. Map the column that holds the firms&apos; {item}.</source>
        <translation>Kolonnen «{column}», koblet som «{item}», har {n} ulike verdier: er dette en ID-kolonne? Hver tabell får en rad eller kolonne per verdi. Koble kolonnen som har foretakenes {item}.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos;, mapped as &apos;{item}&apos;, has an answer of {n} characters ({firms}): a name that long is not a {item}. Check the column and those rows.</source>
        <translation>Kolonnen «{column}», koblet som «{item}», har et svar på {n} tegn ({firms}): et så langt navn er ikke en {item}. Sjekk kolonnen og disse radene.</translation>
    </message>
    <message>
        <source>row {row} (firm {firm})</source>
        <translation>rad {row} (foretak {firm})</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>og {n} til</translation>
    </message>
    <message>
        <source>row {rows}</source>
        <translation>rad {rows}</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>radene {rows}</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; ({item}) has values that are not numbers (&apos;NaN&apos;, infinite) in {firms}; they count as missing.</source>
        <translation>Kolonnen «{column}» ({item}) har verdier som ikke er tall («NaN», uendelig) i {firms}; de regnes som manglende.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; ({item}) is a percentage but has values outside 0-100 in {firms}. Correct them in the file, or check that the right column is mapped.</source>
        <translation>Kolonnen «{column}» ({item}) er en prosentandel, men har verdier utenfor 0–100 i {firms}. Rett dem i filen, eller sjekk at riktig kolonne er koblet.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; ({item}) has negative numbers of employees in {firms}. Correct them in the file.</source>
        <translation>Kolonnen «{column}» ({item}) har negative antall ansatte i {firms}. Rett dem i filen.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; ({item}) has implausibly large values (up to {top:.3g}, the median is {median:.3g}) in {firms}; they are used as they are and drive every mean. Correct them in the file.</source>
        <translation>Kolonnen «{column}» ({item}) har urimelig store verdier (opptil {top:.3g}, medianen er {median:.3g}) i {firms}; de brukes som de er og styrer hvert gjennomsnitt. Rett dem i filen.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; has answers with invisible or control characters ({marks} in {answer}) in {firms}; they were read without them, so such answers count with the visible ones.</source>
        <translation>Kolonnen «{column}» har svar med usynlige tegn eller kontrolltegn ({marks} i {answer}) i {firms}; de ble lest uten dem, så slike svar teller sammen med de synlige.</translation>
    </message>
    <message numerus="yes">
        <source>{n} firms have a missing or negative weight in column &apos;{column}&apos;; they count with weight 0 in weighted shares. Fill in their weights to include them.</source>
        <translation>
            <numerusform>{n} foretak har manglende eller negativ vekt i kolonnen «{column}»; det teller med vekt 0 i vektede andeler. Fyll inn vekten for å ta det med.</numerusform>
            <numerusform>{n} foretak har manglende eller negativ vekt i kolonnen «{column}»; de teller med vekt 0 i vektede andeler. Fyll inn vektene for å ta dem med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} answers of &apos;{item}&apos; are coded {levels}, a level the survey does not ask (levels: {asked}); they are counted as missing. Code them with a level the survey asks, or add the level.</source>
        <translation>
            <numerusform>{n} svar på «{item}» er kodet {levels}, et nivå undersøkelsen ikke spør om (nivåer: {asked}); det telles som manglende. Kod det med et nivå undersøkelsen spør om, eller legg til nivået.</numerusform>
            <numerusform>{n} svar på «{item}» er kodet {levels}, et nivå undersøkelsen ikke spør om (nivåer: {asked}); de telles som manglende. Kod dem med et nivå undersøkelsen spør om, eller legg til nivået.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis stopped unexpectedly (its process ended), so the tables were not computed. Change a setting to try again; if it happens again, the computer may be short of memory: close other programs.</source>
        <translation>Analysen stoppet uventet (prosessen ble avsluttet), så tabellene ble ikke beregnet. Endre en innstilling for å prøve igjen; skjer det igjen, kan maskinen ha for lite minne: lukk andre programmer.</translation>
    </message>
    <message>
        <source>is {answer} &apos;{code}&apos;?</source>
        <translation>er {answer} «{code}»?</translation>
    </message>
    <message>
        <source>check which answers mean &apos;{code}&apos;.</source>
        <translation>kontroller hvilke svar som betyr «{code}».</translation>
    </message>
    <message>
        <source>{pct} of the firms that answered {columns} ({item}) are coded &apos;{code}&apos;, which cannot be right for an innovation question. Its answers: {answers}; {ask}</source>
        <translation>{pct} av foretakene som svarte på {columns} ({item}), er kodet «{code}», noe som ikke kan stemme for et innovasjonsspørsmål. Svarene: {answers}; {ask}</translation>
    </message>
    <message>
        <source>No answer of the location factors is coded {level}, although the mapping says the survey asks that level (levels: {levels}). Check the location codes and grids, or leave the level out.</source>
        <translation>Ingen svar på lokaliseringsfaktorene er kodet {level}, selv om koblingen sier at undersøkelsen spør om det nivået (nivåer: {levels}). Kontroller lokaliseringskodene og rutenettene, eller utelat nivået.</translation>
    </message>
    <message>
        <source>Table {table}: the Total share for {columns} ({item}) is exactly {pct} %, which is rarely true of a survey. Its answers: {answers}; check how they are coded.</source>
        <translation>Tabell {table}: andelen i alt for {columns} ({item}) er nøyaktig {pct} %, noe som sjelden stemmer for en undersøkelse. Svarene: {answers}; kontroller hvordan de er kodet.</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>{file} cannot be read as {encoding}: {error}. Leave the encoding on automatic or choose another one.</source>
        <translation>{file} kan ikke leses som {encoding}: {error}. La tegnkodingen stå på automatisk, eller velg en annen.</translation>
    </message>
    <message>
        <source>{file} is {size}, more than the {limit} ClusterDesk reads. Export only the survey&apos;s own columns, or raise the limit in the settings.</source>
        <translation>{file} er på {size}, mer enn de {limit} ClusterDesk leser. Eksporter bare undersøkelsens egne kolonner, eller hev grensen i innstillingene.</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes (binary zeros); they were removed. Check that the export is complete.</source>
        <translation>{file} inneholder NUL-byte (binære nuller); de ble fjernet. Kontroller at eksporten er fullstendig.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8; it was read as Windows-1252/Latin-1 (check letters such as æ, ø, å in the preview).</source>
        <translation>{file} er ikke UTF-8; den ble lest som Windows-1252/Latin-1 (kontroller bokstaver som æ, ø og å i forhåndsvisningen).</translation>
    </message>
    <message>
        <source>{file} uses old Mac line endings (CR only); they were read as line breaks.</source>
        <translation>{file} bruker gamle Mac-linjeskift (bare CR); de ble lest som linjeskift.</translation>
    </message>
    <message>
        <source>{file} holds no data (only blank lines). Export the survey again.</source>
        <translation>{file} inneholder ingen data (bare tomme linjer). Eksporter undersøkelsen på nytt.</translation>
    </message>
    <message>
        <source>{file} is not a readable table ({error}). Open it in a spreadsheet program and export it again as CSV.</source>
        <translation>{file} er ikke en lesbar tabell ({error}). Åpne den i et regnearkprogram, og eksporter den på nytt som CSV.</translation>
    </message>
    <message>
        <source>Some rows of {file} have more fields than the first row; the extra fields were kept as unnamed columns.</source>
        <translation>Noen rader i {file} har flere felt enn den første raden; de ekstra feltene ble beholdt som kolonner uten navn.</translation>
    </message>
    <message>
        <source>{file} holds no data. Export the survey again.</source>
        <translation>{file} inneholder ingen data. Eksporter undersøkelsen på nytt.</translation>
    </message>
    <message>
        <source>Numbers in {file} use a decimal comma (3,5); the analysis reads them as decimals.</source>
        <translation>Tallene i {file} bruker desimalkomma (3,5); analysen leser dem som desimaltall.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes). Export the survey again and check that the export finished before copying the file.</source>
        <translation>filen er tom (0 byte). Eksporter undersøkelsen på nytt, og kontroller at eksporten var ferdig før filen ble kopiert.</translation>
    </message>
    <message>
        <source>the workbook is password-protected; remove the password in Excel and save again (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear it).</source>
        <translation>arbeidsboken er passordbeskyttet; fjern passordet i Excel og lagre på nytt (Fil &gt; Informasjon &gt; Beskytt arbeidsbok &gt; Krypter med passord, tøm feltet).</translation>
    </message>
    <message>
        <source>it is a web page (HTML) saved with a spreadsheet name, not a real workbook. Open it in Excel and save it as an Excel Workbook (.xlsx), or export the survey as CSV.</source>
        <translation>den er en nettside (HTML) lagret med navn som et regneark, ikke en ekte arbeidsbok. Åpne den i Excel og lagre den som Excel-arbeidsbok (.xlsx), eller eksporter undersøkelsen som CSV.</translation>
    </message>
    <message>
        <source>it is an old &apos;XML Spreadsheet 2003&apos; file. Open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <translation>den er en gammel «XML-regneark 2003»-fil. Åpne den i Excel og lagre den som Excel-arbeidsbok (.xlsx).</translation>
    </message>
    <message>
        <source>it is a Word document, not a spreadsheet. Export the survey data as .xlsx or CSV.</source>
        <translation>den er et Word-dokument, ikke et regneark. Eksporter dataene fra undersøkelsen som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>it is a PowerPoint file, not a spreadsheet. Export the survey data as .xlsx or CSV.</source>
        <translation>den er en PowerPoint-fil, ikke et regneark. Eksporter dataene fra undersøkelsen som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>it is an old Office document (not an Excel workbook). Export the survey data as .xlsx or CSV.</source>
        <translation>den er et gammelt Office-dokument (ikke en Excel-arbeidsbok). Eksporter dataene fra undersøkelsen som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>it is an OpenDocument text or presentation, not a spreadsheet. Export the survey data as .ods, .xlsx or CSV.</source>
        <translation>den er en OpenDocument-tekst eller -presentasjon, ikke et regneark. Eksporter dataene fra undersøkelsen som .ods, .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>it is a zip archive, not a workbook. Unzip it and open the survey file inside.</source>
        <translation>den er et zip-arkiv, ikke en arbeidsbok. Pakk det ut, og åpne undersøkelsesfilen som ligger i det.</translation>
    </message>
    <message>
        <source>the workbook is damaged (perhaps cut off while copying or downloading). Open it in Excel and save it again, or copy the original file once more.</source>
        <translation>arbeidsboken er skadet (kanskje avkortet under kopiering eller nedlasting). Åpne den i Excel og lagre den på nytt, eller kopier originalfilen en gang til.</translation>
    </message>
    <message>
        <source>it is a PDF document. ClusterDesk needs the survey data itself: export it as .xlsx, CSV or SPSS .sav.</source>
        <translation>den er et PDF-dokument. ClusterDesk trenger selve dataene fra undersøkelsen: eksporter dem som .xlsx, CSV eller SPSS .sav.</translation>
    </message>
    <message>
        <source>it is an RTF text document. Export the survey data as .xlsx or CSV.</source>
        <translation>den er et RTF-tekstdokument. Eksporter dataene fra undersøkelsen som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>it is not a format ClusterDesk reads (Excel .xlsx/.xlsm/.xls, OpenDocument .ods, CSV/TSV/TXT text, SPSS .sav/.zsav/.por or Stata .dta). Export the survey in one of these.</source>
        <translation>den har ikke et format ClusterDesk leser (Excel .xlsx/.xlsm/.xls, OpenDocument .ods, CSV/TSV/TXT-tekst, SPSS .sav/.zsav/.por eller Stata .dta). Eksporter undersøkelsen i ett av disse.</translation>
    </message>
    <message>
        <source>ClusterDesk cannot read {file}: {why}</source>
        <translation>ClusterDesk kan ikke lese {file}: {why}</translation>
    </message>
    <message>
        <source>a text (CSV) file</source>
        <translation>en tekstfil (CSV)</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) workbook</source>
        <translation>en gammel Excel-arbeidsbok (.xls)</translation>
    </message>
    <message>
        <source>an Excel .xlsx workbook</source>
        <translation>en Excel-arbeidsbok (.xlsx)</translation>
    </message>
    <message>
        <source>an Excel .xlsm workbook</source>
        <translation>en Excel-arbeidsbok (.xlsm)</translation>
    </message>
    <message>
        <source>an Excel binary (.xlsb) workbook</source>
        <translation>en binær Excel-arbeidsbok (.xlsb)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation>et OpenDocument-regneark</translation>
    </message>
    <message>
        <source>an SPSS .sav file</source>
        <translation>en SPSS .sav-fil</translation>
    </message>
    <message>
        <source>an SPSS .zsav file</source>
        <translation>en SPSS .zsav-fil</translation>
    </message>
    <message>
        <source>an SPSS portable file</source>
        <translation>en SPSS portable-fil (.por)</translation>
    </message>
    <message>
        <source>a Stata file</source>
        <translation>en Stata-fil</translation>
    </message>
    <message>
        <source>{file} is named .{ext} but is really {what}; it was read as such.</source>
        <translation>{file} har endelsen .{ext}, men er egentlig {what}; den ble lest som det.</translation>
    </message>
    <message>
        <source>{file} has no sheets. Open it in Excel and check that it holds the survey data.</source>
        <translation>{file} har ingen ark. Åpne den i Excel, og kontroller at den inneholder dataene fra undersøkelsen.</translation>
    </message>
    <message numerus="yes">
        <source>{file} has {n} sheet(s), so there is no sheet number {number}. Choose one of: {names}.</source>
        <translation>
            <numerusform>{file} har {n} ark, så det finnes ikke noe ark nummer {number}. Velg dette: {names}.</numerusform>
            <numerusform>{file} har {n} ark, så det finnes ikke noe ark nummer {number}. Velg ett av disse: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos;. Its sheets are: {names}. Choose one of them (or update the mapping&apos;s source sheet).</source>
        <translation>{file} har ikke noe ark som heter «{sheet}». Arkene er: {names}. Velg ett av dem (eller oppdater kildearket i koblingen).</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {file} holds no cells (it may be a chart sheet). Choose the sheet with the survey data.</source>
        <translation>Arket «{sheet}» i {file} har ingen celler (det kan være et diagramark). Velg arket med dataene fra undersøkelsen.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; says it spans {declared}, but its cells end at row {row}, column {column}; only the cells that are there were read.</source>
        <translation>Arket «{sheet}» oppgir at det dekker {declared}, men cellene slutter på rad {row}, kolonne {column}; bare cellene som finnes, ble lest.</translation>
    </message>
    <message numerus="yes">
        <source>{n} formula cell(s) in sheet &apos;{sheet}&apos; have no stored result (the file was saved without calculating) and are read as blank. Open the file in Excel, let it calculate, save it and import it again.</source>
        <translation>
            <numerusform>{n} formelcelle i arket «{sheet}» har ikke noe lagret resultat (filen ble lagret uten å beregne) og leses som tom. Åpne filen i Excel, la den beregne, lagre den og importer den på nytt.</numerusform>
            <numerusform>{n} formelceller i arket «{sheet}» har ikke noe lagret resultat (filen ble lagret uten å beregne) og leses som tomme. Åpne filen i Excel, la den beregne, lagre den og importer den på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} uses the 1904 date system (old Mac Excel); dates were converted with it.</source>
        <translation>{file} bruker 1904-datosystemet (gammel Excel for Mac); datoene ble regnet om etter det.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {file} is hidden in the workbook; it was read because it was asked for.</source>
        <translation>Arket «{sheet}» i {file} er skjult i arbeidsboken; det ble lest fordi det ble bedt om.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden sheet(s) {hidden} were skipped; sheet &apos;{sheet}&apos; was read.</source>
        <translation>
            <numerusform>Det skjulte arket {hidden} ble hoppet over; arket «{sheet}» ble lest.</numerusform>
            <numerusform>De skjulte arkene {hidden} ble hoppet over; arket «{sheet}» ble lest.</numerusform>
        </translation>
    </message>
    <message>
        <source>the spreadsheet reader could not make sense of it</source>
        <translation>regnearkleseren fikk ikke mening ut av den</translation>
    </message>
    <message numerus="yes">
        <source>{n} cell(s) hold spreadsheet errors (#N/A, #DIV/0! ...) and were read as missing.</source>
        <translation>
            <numerusform>{n} celle inneholder en regnearkfeil (#N/A, #DIV/0! ...) og ble lest som manglende.</numerusform>
            <numerusform>{n} celler inneholder regnearkfeil (#N/A, #DIV/0! ...) og ble lest som manglende.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column &apos;{column}&apos;: {n} number(s) are stored as text; the analysis reads them as numbers.</source>
        <translation>
            <numerusform>Kolonnen «{column}»: {n} tall er lagret som tekst; analysen leser det som et tall.</numerusform>
            <numerusform>Kolonnen «{column}»: {n} tall er lagret som tekst; analysen leser dem som tall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} value(s) are not numbers and will be missing: {values}.</source>
        <translation>
            <numerusform>{n} verdi er ikke et tall og blir manglende: {values}.</numerusform>
            <numerusform>{n} verdier er ikke tall og blir manglende: {values}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invisible or right-to-left control characters were removed from the header(s) {names}; map the columns by the names shown here.</source>
        <translation>Usynlige tegn eller styretegn for høyre-til-venstre-tekst ble fjernet fra overskriftene {names}; koble kolonnene etter navnene som vises her.</translation>
    </message>
    <message numerus="yes">
        <source>{n} column(s) have no header and were named {names}.</source>
        <translation>
            <numerusform>{n} kolonne har ingen overskrift og fikk navnet {names}.</numerusform>
            <numerusform>{n} kolonner har ingen overskrift og fikk navnene {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} column header(s) appear more than once and were renamed: {names}.</source>
        <translation>
            <numerusform>{n} kolonneoverskrift forekommer mer enn én gang og fikk nytt navn: {names}.</numerusform>
            <numerusform>{n} kolonneoverskrifter forekommer mer enn én gang og fikk nye navn: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>ClusterDesk could not read {file}: the file is damaged or too large to open safely ({why}). Open it in Excel or LibreOffice, save it again as .xlsx (or export the data as CSV), and try again.</source>
        <translation>ClusterDesk kunne ikke lese {file}: filen er skadet eller for stor til å åpnes trygt ({why}). Åpne den i Excel eller LibreOffice, lagre den på nytt som .xlsx (eller eksporter dataene som CSV), og prøv igjen.</translation>
    </message>
    <message>
        <source>ClusterDesk could not read {file}: the file is damaged or too large to open safely. Open it in Excel or LibreOffice, save it again as .xlsx (or export the data as CSV), and try again.</source>
        <translation>ClusterDesk kunne ikke lese {file}: filen er skadet eller for stor til å åpnes trygt. Åpne den i Excel eller LibreOffice, lagre den på nytt som .xlsx (eller eksporter dataene som CSV), og prøv igjen.</translation>
    </message>
    <message>
        <source>its zip structure is broken</source>
        <translation>zip-strukturen er ødelagt</translation>
    </message>
    <message>
        <source>it holds {n} parts; a workbook has a few dozen</source>
        <translation>den har {n} deler; en arbeidsbok har noen titalls</translation>
    </message>
    <message>
        <source>one part unpacks to {size}</source>
        <translation>én del pakkes ut til {size}</translation>
    </message>
    <message>
        <source>one part is compressed {ratio} to 1, like a zip bomb</source>
        <translation>én del er komprimert {ratio} til 1, som en zip-bombe</translation>
    </message>
    <message>
        <source>it unpacks to {size}</source>
        <translation>den pakkes ut til {size}</translation>
    </message>
    <message>
        <source>the part {part} is missing</source>
        <translation>delen {part} mangler</translation>
    </message>
    <message>
        <source>the part {part} is unusually large</source>
        <translation>delen {part} er uvanlig stor</translation>
    </message>
    <message>
        <source>ClusterDesk refused {file}: its part {part} declares XML entities or a document type, which spreadsheets never need and which can be used to attack the computer opening it. Open it in Excel, save it again as .xlsx and retry.</source>
        <translation>ClusterDesk avviste {file}: delen {part} deklarerer XML-entiteter eller en dokumenttype, noe regneark aldri trenger og som kan brukes til å angripe datamaskinen som åpner filen. Åpne den i Excel, lagre den på nytt som .xlsx og prøv igjen.</translation>
    </message>
    <message>
        <source>the part {part} is not valid XML</source>
        <translation>delen {part} er ikke gyldig XML</translation>
    </message>
    <message>
        <source>it has {n} sheets</source>
        <translation>den har {n} ark</translation>
    </message>
    <message>
        <source>the part {part} cannot be unpacked</source>
        <translation>delen {part} kan ikke pakkes ut</translation>
    </message>
    <message>
        <source>the part {part} declares a document type</source>
        <translation>delen {part} deklarerer en dokumenttype</translation>
    </message>
    <message>
        <source>the part {part} unpacks to more than {size}</source>
        <translation>delen {part} pakkes ut til mer enn {size}</translation>
    </message>
    <message>
        <source>it declares {n} text values but holds room for at most {room}</source>
        <translation>den oppgir {n} tekstverdier, men har plass til høyst {room}</translation>
    </message>
    <message>
        <source>the sheet unpacks to more than {size}</source>
        <translation>arket pakkes ut til mer enn {size}</translation>
    </message>
    <message>
        <source>the sheet cannot be unpacked</source>
        <translation>arket kan ikke pakkes ut</translation>
    </message>
    <message>
        <source>its cells span {rows} rows x {columns} columns (up to cell {cell})</source>
        <translation>cellene dekker {rows} rader x {columns} kolonner (helt til celle {cell})</translation>
    </message>
    <message>
        <source>ClusterDesk could not read {file}: the {kind} file is damaged or incomplete ({error}). Save it again from SPSS/Stata and retry.</source>
        <translation>ClusterDesk kunne ikke lese {file}: {kind}-filen er skadet eller ufullstendig ({error}). Lagre den på nytt fra SPSS/Stata, og prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <source>{n} user-missing value(s) defined in {file} (e.g. &apos;Don&apos;t know&apos; codes) were read as missing.</source>
        <translation>
            <numerusform>{n} brukerdefinert manglende verdi i {file} (f.eks. koder for «Vet ikke») ble lest som manglende.</numerusform>
            <numerusform>{n} brukerdefinerte manglende verdier i {file} (f.eks. koder for «Vet ikke») ble lest som manglende.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading took longer than {seconds} seconds, so it was stopped</source>
        <translation>innlesingen tok mer enn {seconds} sekunder og ble stoppet</translation>
    </message>
    <message>
        <source>the reader stopped on it</source>
        <translation>leseren stoppet på den</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: ClusterDesk does not know that encoding. Leave the encoding on automatic or choose another one.</source>
        <translation>{file} kan ikke leses som {encoding}: ClusterDesk kjenner ikke den tegnkodingen. La tegnkodingen stå på automatisk, eller velg en annen.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (column &apos;{column}&apos;)</source>
        <translation>«{text}» (kolonne «{column}»)</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>og {n} til</translation>
    </message>
    <message numerus="yes">
        <source>{n} label(s) or text(s) in {file} are not valid {encoding} and were read as Windows-1252: {texts}. Check that they read right; if not, set the file&apos;s encoding in the mapping.</source>
        <translation>
            <numerusform>{n} etikett eller tekst i {file} er ikke gyldig {encoding} og ble lest som Windows-1252: {texts}. Kontroller at den leses riktig; hvis ikke, angi filens tegnkoding i koblingen.</numerusform>
            <numerusform>{n} etiketter eller tekster i {file} er ikke gyldig {encoding} og ble lest som Windows-1252: {texts}. Kontroller at de leses riktig; hvis ikke, angi filens tegnkoding i koblingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ClusterDesk could not read {file}: reading took longer than {seconds} seconds, so it was stopped. The file is damaged or too large to open safely; save it again as .xlsx or export the data as CSV.</source>
        <translation>ClusterDesk kunne ikke lese {file}: innlesingen tok mer enn {seconds} sekunder og ble stoppet. Filen er skadet eller for stor til å åpnes trygt; lagre den på nytt som .xlsx, eller eksporter dataene som CSV.</translation>
    </message>
    <message>
        <source>reading it asked for more memory than the {size} allowed, as damaged files do; the limit is a setting</source>
        <translation>innlesingen ba om mer minne enn de {size} som er tillatt, slik skadede filer gjør; grensen er en innstilling</translation>
    </message>
    <message>
        <source>the spreadsheet reader stopped on it</source>
        <translation>regnearkleseren stoppet på den</translation>
    </message>
    <message>
        <source>The survey file {file} does not exist. Check the name and the folder, or choose the file again.</source>
        <translation>Undersøkelsesfilen {file} finnes ikke. Kontroller navnet og mappen, eller velg filen på nytt.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a survey file. Choose the file inside.</source>
        <translation>{file} er en mappe, ikke en undersøkelsesfil. Velg filen som ligger i den.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it may be a pipe or a device). Save the survey as a file and choose that.</source>
        <translation>{file} er ikke en vanlig fil (det kan være en rørledning eller en enhet). Lagre undersøkelsen som en fil, og velg den.</translation>
    </message>
    <message>
        <source>ClusterDesk may not read {file} (permission denied). Copy the file to your own folder or ask for access.</source>
        <translation>ClusterDesk har ikke lov til å lese {file} (ingen tilgang). Kopier filen til din egen mappe, eller be om tilgang.</translation>
    </message>
    <message>
        <source>ClusterDesk could not read {file}: {error}. Check that the file is still there (and the drive connected), then try again.</source>
        <translation>ClusterDesk kunne ikke lese {file}: {error}. Kontroller at filen fortsatt finnes (og at stasjonen er tilkoblet), og prøv igjen.</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Åpner {name}</translation>
    </message>
    <message>
        <source>The header row of {file} must be 1 or more (rows are counted from 1), not {row}.</source>
        <translation>Overskriftsraden i {file} må være 1 eller mer (radene telles fra 1), ikke {row}.</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Leser {name}</translation>
    </message>
    <message>
        <source>Arranging the columns</source>
        <translation>Ordner kolonnene</translation>
    </message>
    <message>
        <source>The header was found on row {row}; the rows above it were skipped as titles.</source>
        <translation>Overskriften ble funnet på rad {row}; radene over ble hoppet over som titler.</translation>
    </message>
    <message>
        <source>Row {row} of {file} is empty, so the columns have no names. Choose the row that holds the questions.</source>
        <translation>Rad {row} i {file} er tom, så kolonnene har ingen navn. Velg raden som inneholder spørsmålene.</translation>
    </message>
    <message>
        <source>{file} has a header but no answers below it.</source>
        <translation>{file} har en overskrift, men ingen svar under den.</translation>
    </message>
    <message numerus="yes">
        <source>Read {n} rows</source>
        <translation>
            <numerusform>Leste {n} rad</numerusform>
            <numerusform>Leste {n} rader</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} ClusterDesk reads. Export only the survey&apos;s own columns, or raise the limit in the settings.</source>
        <translation>{file} er større enn de {limit} ClusterDesk leser. Eksporter bare undersøkelsens egne kolonner, eller hev grensen i innstillingene.</translation>
    </message>
    <message>
        <source>The last line of {file} (row {row}) ends without a line break and has {found} of {wanted} fields: the file looks cut off (an interrupted download, copy or export). Export or copy it again; the analysis uses the rows as they are.</source>
        <translation>Siste linje i {file} (rad {row}) slutter uten linjeskift og har {found} av {wanted} felt: filen ser avkuttet ut (en avbrutt nedlasting, kopiering eller eksport). Eksporter eller kopier den på nytt; analysen bruker radene slik de er.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has {n} fields where most rows have {usual}: the file is damaged, or not separated by &apos;{delimiter}&apos;. Open it in a spreadsheet program and export it again as CSV.</source>
        <translation>Rad {row} i {file} har {n} felt der de fleste radene har {usual}: filen er skadet, eller ikke skilt med «{delimiter}». Åpne den i et regnearkprogram og eksporter den på nytt som CSV.</translation>
    </message>
    <message numerus="yes">
        <source>{n} line(s) of {file} have fewer fields than the other rows, and look separated by &apos;{other}&apos; instead of &apos;{delimiter}&apos; (lines {rows}): their answers were read into the first column. Export the file again with one delimiter.</source>
        <translation>
            <numerusform>{n} linje i {file} har færre felt enn de andre radene og ser ut til å være skilt med «{other}» i stedet for «{delimiter}» (linje {rows}): svarene ble lest inn i første kolonne. Eksporter filen på nytt med ett skilletegn.</numerusform>
            <numerusform>{n} linjer i {file} har færre felt enn de andre radene og ser ut til å være skilt med «{other}» i stedet for «{delimiter}» (linjene {rows}): svarene ble lest inn i første kolonne. Eksporter filen på nytt med ett skilletegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}-{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message numerus="yes">
        <source>{n} row(s) of {file} were split over several lines by a line break inside an answer that is not in quotes (lines {rows}); each was joined again, the break read as a space. Check those answers; export the file again with quoted text if you can.</source>
        <translation>
            <numerusform>{n} rad i {file} ble delt over flere linjer av et linjeskift inne i et svar som ikke står i anførselstegn (linjene {rows}); den ble satt sammen igjen, og linjeskiftet lest som et mellomrom. Kontroller svaret; eksporter filen på nytt med tekst i anførselstegn hvis du kan.</numerusform>
            <numerusform>{n} rader i {file} ble delt over flere linjer av et linjeskift inne i et svar som ikke står i anførselstegn (linjene {rows}); hver ble satt sammen igjen, og linjeskiftet lest som et mellomrom. Kontroller svarene; eksporter filen på nytt med tekst i anførselstegn hvis du kan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>In the mapping, {where} must be a list of answers, not {values}.</source>
        <translation>I koblingen må {where} være en liste med svar, ikke {values}.</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>koblingen</translation>
    </message>
    <message>
        <source>{origin} is not a ClusterDesk mapping file (its &apos;format&apos; is not &apos;{format}&apos;). Save the mapping again from ClusterDesk.</source>
        <translation>{origin} er ikke en koblingsfil fra ClusterDesk («format» er ikke «{format}»). Lagre koblingen på nytt fra ClusterDesk.</translation>
    </message>
    <message>
        <source>{origin} was written by a newer ClusterDesk (format version {version}); update ClusterDesk to read it.</source>
        <translation>{origin} ble skrevet av en nyere ClusterDesk (formatversjon {version}); oppdater ClusterDesk for å lese den.</translation>
    </message>
    <message>
        <source>In the mapping, the grid of &apos;{role}&apos; must list columns per level, not {value}.</source>
        <translation>I koblingen må rutenettet for «{role}» liste kolonner per nivå, ikke {value}.</translation>
    </message>
    <message>
        <source>The mapping file &apos;{path}&apos;</source>
        <translation>Koblingsfilen «{path}»</translation>
    </message>
    <message>
        <source>The project file &apos;{path}&apos;</source>
        <translation>Prosjektfilen «{path}»</translation>
    </message>
    <message>
        <source>{file} does not exist. Check the path.</source>
        <translation>{file} finnes ikke. Kontroller stien.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} kan ikke leses ({error}).</translation>
    </message>
    <message>
        <source>{file} is not valid: the key &apos;{key}&apos; is written twice in the same {{...}} block, so it is unclear which value holds. Keep one of them. {fix}</source>
        <translation>{file} er ikke gyldig: nøkkelen «{key}» står to ganger i den samme {{...}}-blokken, så det er uklart hvilken verdi som gjelder. Behold én av dem. {fix}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}: {error}). {fix}</source>
        <translation>{file} er ikke gyldig JSON (linje {line}, kolonne {column}: {error}). {fix}</translation>
    </message>
    <message>
        <source>Fix it or save the mapping again from ClusterDesk.</source>
        <translation>Rett den, eller lagre koblingen på nytt fra ClusterDesk.</translation>
    </message>
    <message>
        <source>The mapping names an unknown role &apos;{role}&apos;. Known roles are: {known}.</source>
        <translation>Koblingen nevner et ukjent punkt, «{role}». Kjente punkter er: {known}.</translation>
    </message>
    <message>
        <source>No column is chosen for the required role &apos;{item}&apos; ({key}). Choose the column that holds it.</source>
        <translation>Ingen kolonne er valgt for det obligatoriske punktet «{item}». Velg kolonnen som inneholder det.</translation>
    </message>
    <message>
        <source>location answers</source>
        <translation>svarene om hvor</translation>
    </message>
    <message>
        <source>yes/no answers</source>
        <translation>ja/nei-svarene</translation>
    </message>
    <message>
        <source>Answer codes are given for &apos;{role}&apos;, which is not a location or yes/no role.</source>
        <translation>Det er gitt svarkoder for «{role}», som verken er et hvor-spørsmål eller et ja/nei-spørsmål.</translation>
    </message>
    <message>
        <source>answers of &apos;{item}&apos;</source>
        <translation>svarene på «{item}»</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a location code; use one of {codes}.</source>
        <translation>«{code}» er ikke en kode for hvor; bruk én av {codes}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a yes/no code; use one of {codes}.</source>
        <translation>«{code}» er ikke en ja/nei-kode; bruk én av {codes}.</translation>
    </message>
    <message>
        <source>Model &apos;{model}&apos; is unknown; use logit, probit or lpm.</source>
        <translation>Modellen «{model}» er ukjent; bruk logit, probit eller lpm.</translation>
    </message>
    <message>
        <source>Standard errors &apos;{se}&apos; are unknown; use model or robust.</source>
        <translation>Standardfeilene «{se}» er ukjente; bruk model eller robust.</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an innovation outcome; use one of {outcomes}.</source>
        <translation>«{outcome}» er ikke et innovasjonsutfall; bruk ett av {outcomes}.</translation>
    </message>
    <message>
        <source>The minimum number of answered factors must be 1 to {k}.</source>
        <translation>Minste antall besvarte faktorer må være fra 1 til {k}.</translation>
    </message>
    <message>
        <source>The non-regional maximum must be below the regional-cluster minimum (defaults: 2 and 4).</source>
        <translation>Maksimum for ikke-regional klynge må være lavere enn minimum for regional klynge (standard: 2 og 4).</translation>
    </message>
    <message>
        <source>&apos;{control}&apos; is not a control; use {controls}.</source>
        <translation>«{control}» er ikke en kontrollvariabel; bruk {controls}.</translation>
    </message>
    <message>
        <source>The file has none of the {total} columns the mapping uses ({columns} and {more} more are missing). Check that this is the right file and sheet, or map the columns again.</source>
        <translation>Filen har ingen av de {total} kolonnene koblingen bruker ({columns} og {more} til mangler). Kontroller at dette er riktig fil og ark, eller koble kolonnene på nytt.</translation>
    </message>
    <message>
        <source>The file has {n} of the {total} columns the mapping uses ({columns} and {more} more are missing). Check that this is the right file and sheet, or map the columns again.</source>
        <translation>Filen mangler {n} av de {total} kolonnene koblingen bruker ({columns} og {more} til). Kontroller at dette er riktig fil og ark, eller koble kolonnene på nytt.</translation>
    </message>
    <message>
        <source>The mapping uses column &apos;{column}&apos; for &apos;{item}&apos;, but the file has no such column. Pick the column again or check that this is the right file.</source>
        <translation>Koblingen bruker kolonnen «{column}» for «{item}», men filen har ingen slik kolonne. Velg kolonnen på nytt, eller kontroller at dette er riktig fil.</translation>
    </message>
    <message>
        <source>The answer &apos;{answer}&apos; is coded twice in the {what}: as &apos;{a}&apos; and as &apos;{b}&apos;. Keep one.</source>
        <translation>Svaret «{answer}» er kodet to ganger i {what}: som «{a}» og som «{b}». Behold én.</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; is chosen for both &apos;{first}&apos; and &apos;{second}&apos;. Each role needs its own column; choose the right one for each.</source>
        <translation>Kolonnen «{column}» er valgt for både «{first}» og «{second}». Hver rolle trenger sin egen kolonne; velg den riktige for hver.</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is now written &apos;{new}&apos;; using it.</source>
        <translation>{item}: kolonnen «{old}» skrives nå «{new}»; den brukes.</translation>
    </message>
    <message>
        <source>the data sheet has no firm ids</source>
        <translation>dataarket har ingen foretaks-ID</translation>
    </message>
    <message>
        <source>Table 1 shows no industry sectors and the model (Table 6) has no sector controls</source>
        <translation>tabell 1 viser ingen næringer, og modellen (tabell 6) har ingen kontroll for næring</translation>
    </message>
    <message>
        <source>Table 1 shows no position in a group of companies</source>
        <translation>tabell 1 viser ingen konsernposisjon</translation>
    </message>
    <message>
        <source>Table 1 shows no ownership and the model (Table 6) has no foreign-ownership control</source>
        <translation>tabell 1 viser ikke eierskap, og modellen (tabell 6) har ingen kontroll for utenlandsk eierskap</translation>
    </message>
    <message>
        <source>Table 1 shows no number of employees and the model (Table 6) has no size control</source>
        <translation>tabell 1 viser ikke antall ansatte, og modellen (tabell 6) har ingen kontroll for størrelse</translation>
    </message>
    <message>
        <source>Table 1 shows no share of employees with university education</source>
        <translation>tabell 1 viser ikke andelen ansatte med universitetsutdanning</translation>
    </message>
    <message>
        <source>Table 1 shows no R&amp;D expenditure and the model (Table 6) has no R&amp;D control</source>
        <translation>tabell 1 viser ikke FoU-utgifter, og modellen (tabell 6) har ingen kontroll for FoU</translation>
    </message>
    <message>
        <source>the model (Table 6) has no control for the manager&apos;s education</source>
        <translation>modellen (tabell 6) har ingen kontroll for lederens utdanning</translation>
    </message>
    <message>
        <source>every share is unweighted</source>
        <translation>alle andeler er uvektede</translation>
    </message>
    <message>
        <source>Tables 2, 4 and 5 have no figures for it and Table 6 no model of it</source>
        <translation>tabell 2, 4 og 5 har ingen tall for det, og tabell 6 ingen modell av det</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is not in this file and no column resembles it, so {what}. Choose it by hand or leave it out.</source>
        <translation>{item}: kolonnen «{old}» finnes ikke i denne filen, og ingen kolonne ligner på den, så {what}. Velg kolonnen selv, eller la punktet stå tomt.</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is not in this file, and no column is surely it ({columns} might be). It is required: choose it by hand.</source>
        <translation>{item}: kolonnen «{old}» finnes ikke i denne filen, og ingen kolonne er sikkert den ({columns} kan være det). Punktet er obligatorisk: velg kolonnen selv.</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is not in this file, and no column is surely it ({columns} might be), so {what}. Choose it by hand or leave it out.</source>
        <translation>{item}: kolonnen «{old}» finnes ikke i denne filen, og ingen kolonne er sikkert den ({columns} kan være det), så {what}. Velg kolonnen selv, eller la punktet stå tomt.</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is not in this file; using &apos;{new}&apos; instead, whose answers are last year&apos;s answers for it. Check that it is the same question.</source>
        <translation>{item}: kolonnen «{old}» finnes ikke i denne filen; «{new}» brukes i stedet, fordi svarene er fjorårets svar for punktet. Kontroller at det er det samme spørsmålet.</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is not in this file; using &apos;{new}&apos; instead ({likeness} alike, with last year&apos;s answers).</source>
        <translation>{item}: kolonnen «{old}» finnes ikke i denne filen; «{new}» brukes i stedet ({likeness} lik, med fjorårets svar).</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is not in this file; using &apos;{new}&apos; instead ({likeness} alike).</source>
        <translation>{item}: kolonnen «{old}» finnes ikke i denne filen; «{new}» brukes i stedet ({likeness} lik).</translation>
    </message>
    <message>
        <source>{item}: column &apos;{old}&apos; is not in this file and no column resembles it. It is required: choose it by hand.</source>
        <translation>{item}: kolonnen «{old}» finnes ikke i denne filen, og ingen kolonne ligner på den. Punktet er obligatorisk: velg kolonnen selv.</translation>
    </message>
    <message>
        <source>it is like &apos;{answer}&apos;</source>
        <translation>det ligner på «{answer}»</translation>
    </message>
    <message>
        <source>by its wording</source>
        <translation>ut fra ordlyden</translation>
    </message>
    <message numerus="yes">
        <source>New location answer &apos;{answer}&apos; ({n} firms in &apos;{column}&apos;) is not coded; code it by hand, until then it counts as missing.</source>
        <translation>
            <numerusform>Det nye svaret om hvor, «{answer}» ({n} foretak i «{column}»), er ikke kodet; gi det en betydning selv, til da teller det som manglende.</numerusform>
            <numerusform>Det nye svaret om hvor, «{answer}» ({n} foretak i «{column}»), er ikke kodet; gi det en betydning selv, til da teller det som manglende.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New yes/no answer &apos;{answer}&apos; ({n} firms in &apos;{column}&apos;) is not coded; code it by hand, until then it counts as missing.</source>
        <translation>
            <numerusform>Det nye ja/nei-svaret «{answer}» ({n} foretak i «{column}») er ikke kodet; gi det en betydning selv, til da teller det som manglende.</numerusform>
            <numerusform>Det nye ja/nei-svaret «{answer}» ({n} foretak i «{column}») er ikke kodet; gi det en betydning selv, til da teller det som manglende.</numerusform>
        </translation>
    </message>
    <message>
        <source>New location answer &apos;{answer}&apos; coded as {code} ({why}).</source>
        <translation>Det nye svaret om hvor, «{answer}», er kodet som {code} ({why}).</translation>
    </message>
    <message>
        <source>New yes/no answer &apos;{answer}&apos; coded as {code} ({why}).</source>
        <translation>Det nye ja/nei-svaret «{answer}» er kodet som {code} ({why}).</translation>
    </message>
    <message>
        <source>{item}: new category {names} added at the end.</source>
        <translation>{item}: den nye kategorien {names} er lagt til sist.</translation>
    </message>
    <message>
        <source>{item}: new categories {names} added at the end.</source>
        <translation>{item}: de nye kategoriene {names} er lagt til sist.</translation>
    </message>
    <message>
        <source>Ownership: new answer &apos;{answer}&apos; counted as foreign.</source>
        <translation>Eierskap: det nye svaret «{answer}» telles som utenlandsk.</translation>
    </message>
    <message>
        <source>Manager&apos;s education: new answer &apos;{answer}&apos; placed with &apos;{like}&apos;.</source>
        <translation>Lederens utdanning: det nye svaret «{answer}» er plassert sammen med «{like}».</translation>
    </message>
    <message>
        <source>Manager&apos;s education: new answer &apos;{answer}&apos; placed by its level.</source>
        <translation>Lederens utdanning: det nye svaret «{answer}» er plassert etter nivået sitt.</translation>
    </message>
    <message>
        <source>Manager&apos;s education: new answer &apos;{answer}&apos; is not in the order; place it by hand, until then it counts as missing.</source>
        <translation>Lederens utdanning: det nye svaret «{answer}» er ikke med i rekkefølgen; plasser det selv, til da teller det som manglende.</translation>
    </message>
    <message>
        <source>The saved mapping&apos;s sheet and header do not fit this file; {reason}</source>
        <translation>Arket og overskriften i den lagrede koblingen passer ikke til denne filen; {reason}</translation>
    </message>
    <message>
        <source>{origin} names an earlier wave to compare with but not its file (&apos;compare.base.path&apos; is missing). Compare again and save the project.</source>
        <translation>{origin} nevner en tidligere runde å sammenligne med, men ikke filen («compare.base.path» mangler). Sammenlign på nytt og lagre prosjektet.</translation>
    </message>
    <message>
        <source>The earlier wave&apos;s mapping inside {origin}</source>
        <translation>Koblingen til den tidligere runden i {origin}</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Prosjektet</translation>
    </message>
    <message>
        <source>{origin} is not a ClusterDesk project (its &apos;format&apos; is not &apos;{format}&apos;). Open it with Load mapping… if it is a mapping file.</source>
        <translation>{origin} er ikke et ClusterDesk-prosjekt («format» er ikke «{format}»). Åpne den med Hent kobling … hvis det er en koblingsfil.</translation>
    </message>
    <message>
        <source>{origin} was written by a newer ClusterDesk (project version {version}); update ClusterDesk to open it.</source>
        <translation>{origin} ble skrevet av en nyere ClusterDesk (prosjektversjon {version}); oppdater ClusterDesk for å åpne det.</translation>
    </message>
    <message>
        <source>{origin} does not say which survey file it analyses (&apos;source.path&apos; is missing). Open the survey and save the project again.</source>
        <translation>{origin} sier ikke hvilken undersøkelsesfil som analyseres («source.path» mangler). Åpne undersøkelsen, og lagre prosjektet på nytt.</translation>
    </message>
    <message>
        <source>The mapping inside {origin}</source>
        <translation>Koblingen i {origin}</translation>
    </message>
    <message>
        <source>Save the project again from ClusterDesk.</source>
        <translation>Lagre prosjektet på nytt fra ClusterDesk.</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nasjonal</translation>
    </message>
    <message>
        <source>international</source>
        <translation>internasjonal</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>regionen</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; ({key})</source>
        <translation>«{item}»</translation>
    </message>
    <message>
        <source>Six adjacent columns hold location answers but their headers do not say which factor they ask about; they were taken in the paper&apos;s order ({columns}). Check them against the questionnaire.</source>
        <translation>Seks kolonner ved siden av hverandre har svar om hvor, men overskriftene sier ikke hvilken faktor de spør om; de ble tatt i artikkelens rekkefølge ({columns}). Kontroller dem mot spørreskjemaet.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; looks like {item} ({sure}).</source>
        <translation>«{column}» ser ut som {item} ({sure}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; looks like {item} ({sure}) - not sure, please check.</source>
        <translation>«{column}» ser ut som {item} ({sure}) – usikkert, kontroller.</translation>
    </message>
    <message>
        <source>No column looks like {item}; choose it by hand.</source>
        <translation>Ingen kolonne ser ut som {item}; velg den selv.</translation>
    </message>
    <message>
        <source>The columns {columns} are a numbered block whose headers do not say what they ask; they were taken in the questionnaire&apos;s order ({roles}). Check them against the questionnaire.</source>
        <translation>Kolonnene {columns} er en nummerert blokk der overskriftene ikke sier hva de spør om; de ble tatt i spørreskjemaets rekkefølge ({roles}). Kontroller dem mot spørreskjemaet.</translation>
    </message>
    <message>
        <source>The yes/no columns {columns} are a numbered block whose headers do not say what they ask; they were taken in the questionnaire&apos;s order ({roles}). Check them against the questionnaire.</source>
        <translation>Ja/nei-kolonnene {columns} er en nummerert blokk der overskriftene ikke sier hva de spør om; de ble tatt i spørreskjemaets rekkefølge ({roles}). Kontroller dem mot spørreskjemaet.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; looks like the survey data.</source>
        <translation>Arket «{sheet}» ser ut til å inneholde dataene fra undersøkelsen.</translation>
    </message>
    <message>
        <source>The location answers are bare numbers without labels; they were guessed as {guess}. Check this against the questionnaire.</source>
        <translation>Svarene om hvor er bare tall uten etiketter; de ble gjettet som {guess}. Kontroller dette mot spørreskjemaet.</translation>
    </message>
    <message>
        <source>The yes/no answers are bare numbers without labels; they were guessed as {guess}. Check this against the questionnaire.</source>
        <translation>Ja/nei-svarene er bare tall uten etiketter; de ble gjettet som {guess}. Kontroller dette mot spørreskjemaet.</translation>
    </message>
    <message>
        <source>The location answer &apos;{answer}&apos; is taken as a missing-value code.</source>
        <translation>Svaret om hvor «{answer}» tolkes som en kode for manglende verdi.</translation>
    </message>
    <message>
        <source>The yes/no answer &apos;{answer}&apos; is taken as a missing-value code.</source>
        <translation>Ja/nei-svaret «{answer}» tolkes som en kode for manglende verdi.</translation>
    </message>
    <message numerus="yes">
        <source>The location answer &apos;{answer}&apos; ({n} firms) could not be read as {meanings} or missing; code it by hand.</source>
        <translation>
            <numerusform>Svaret om hvor «{answer}» ({n} foretak) kunne ikke leses som {meanings} eller mangler; gi det en betydning selv.</numerusform>
            <numerusform>Svaret om hvor «{answer}» ({n} foretak) kunne ikke leses som {meanings} eller mangler; gi det en betydning selv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The yes/no answer &apos;{answer}&apos; ({n} firms) could not be read as {meanings} or missing; code it by hand.</source>
        <translation>
            <numerusform>Ja/nei-svaret «{answer}» ({n} foretak) kunne ikke leses som {meanings} eller mangler; gi det en betydning selv.</numerusform>
            <numerusform>Ja/nei-svaret «{answer}» ({n} foretak) kunne ikke leses som {meanings} eller mangler; gi det en betydning selv.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Ownership answers counted as foreign: {answers}.</source>
        <translation>Eierskapssvar som telles som utenlandske: {answers}.</translation>
    </message>
    <message>
        <source>The manager&apos;s education is a number column and is used as it is.</source>
        <translation>Lederens utdanning er en tallkolonne og brukes som den er.</translation>
    </message>
    <message>
        <source>Manager&apos;s education, lowest first, in the order of the file&apos;s value codes: {levels}.</source>
        <translation>Lederens utdanning, lavest først, i rekkefølgen til filens verdikoder: {levels}.</translation>
    </message>
    <message>
        <source>Manager&apos;s education, lowest first, in the order of the numbers the answers start with: {levels}.</source>
        <translation>Lederens utdanning, lavest først, i rekkefølgen til tallene svarene begynner med: {levels}.</translation>
    </message>
    <message>
        <source>Manager&apos;s education, lowest first: {levels}.</source>
        <translation>Lederens utdanning, laveste nivå først: {levels}.</translation>
    </message>
    <message>
        <source>ClusterDesk knows no level for {answers}, so they were put last</source>
        <translation>ClusterDesk kjenner ikke noe nivå for {answers}, så de ble satt sist</translation>
    </message>
    <message>
        <source>some answers name the same level</source>
        <translation>noen svar nevner samme nivå</translation>
    </message>
    <message>
        <source>The order of the manager&apos;s education answers in &apos;{column}&apos; is a guess ({why}): {levels}. Check it against the questionnaire; it changes Table 6.</source>
        <translation>Rekkefølgen på svarene om lederens utdanning i «{column}» er gjettet ({why}): {levels}. Kontroller den mot spørreskjemaet; den endrer tabell 6.</translation>
    </message>
    <message>
        <source>The manager&apos;s education answers are ordered as the file numbers them ({levels}), which is not the usual order of these levels. Check it against the questionnaire; it changes Table 6.</source>
        <translation>Svarene om lederens utdanning er ordnet slik filen nummererer dem ({levels}), som ikke er den vanlige rekkefølgen for disse nivåene. Kontroller den mot spørreskjemaet; den endrer tabell 6.</translation>
    </message>
    <message>
        <source>The sheet looks empty; the first row is taken as the header.</source>
        <translation>Arket ser tomt ut; den første raden brukes som overskrift.</translation>
    </message>
    <message>
        <source>No row looks like column names; row {row}, the first with cells, is taken as the header.</source>
        <translation>Ingen rad ser ut som kolonnenavn; rad {row}, den første med innhold, brukes som overskrift.</translation>
    </message>
    <message>
        <source>Row {row} holds the column names</source>
        <translation>Rad {row} inneholder kolonnenavnene</translation>
    </message>
    <message>
        <source>row 1 is a title line</source>
        <translation>rad 1 er en tittellinje</translation>
    </message>
    <message>
        <source>rows 1-{n} are title lines</source>
        <translation>radene 1–{n} er tittellinjer</translation>
    </message>
    <message>
        <source>Rows {first}-{last} hold the header: a question text over sub-questions in row {first}, their names in row {last}</source>
        <translation>Radene {first}–{last} er overskriften: en spørsmålstekst over delspørsmål i rad {first}, navnene deres i rad {last}</translation>
    </message>
    <message>
        <source>rows {first}-{last} hold a survey tool&apos;s question texts and import ids (Qualtrics), so they are part of the header</source>
        <translation>radene {first}–{last} inneholder spørsmålstekster og import-ID-er fra et undersøkelsesverktøy (Qualtrics), så de hører til overskriften</translation>
    </message>
    <message>
        <source>row {row} holds question texts</source>
        <translation>rad {row} inneholder spørsmålstekster</translation>
    </message>
    <message>
        <source>a category role (region, sector, dependence, ownership)</source>
        <translation>en kategorirolle (region, sector, dependence, ownership)</translation>
    </message>
    <message>
        <source>not {role}</source>
        <translation>ikke {role}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>et heltall fra {low} til {high}</translation>
    </message>
    <message>
        <source>not {value}: the mapping has {k} location factors, so no firm can have more than {k} at one level</source>
        <translation>ikke {value}: koblingen har {k} lokaliseringsfaktorer, så ingen foretak kan ha flere enn {k} på ett nivå</translation>
    </message>
    <message>
        <source>below &apos;regional_min&apos; ({high})</source>
        <translation>under «regional_min» ({high})</translation>
    </message>
    <message>
        <source>not {value}: a firm would be a regional cluster and a non-regional one at once</source>
        <translation>ikke {value}: et foretak ville da være en regional og en ikke-regional klynge på én gang</translation>
    </message>
    <message>
        <source>a sheet name in quotes or a sheet number from 0</source>
        <translation>et arknavn i anførselstegn eller et arknummer fra 0</translation>
    </message>
    <message>
        <source>the name of an encoding, such as &quot;utf-8&quot; or &quot;cp1252&quot;</source>
        <translation>navnet på en tegnkoding, for eksempel &quot;utf-8&quot; eller &quot;cp1252&quot;</translation>
    </message>
    <message>
        <source>one character, such as &quot;;&quot; or &quot;\t&quot;</source>
        <translation>ett tegn, for eksempel &quot;;&quot; eller &quot;\t&quot;</translation>
    </message>
    <message>
        <source>a column name in quotes (tick grids, &quot;any_of&quot; and &quot;not_asked&quot; need &quot;version&quot;: 2)</source>
        <translation>et kolonnenavn i anførselstegn (avkrysningsrutenett, &quot;any_of&quot; og &quot;not_asked&quot; krever &quot;version&quot;: 2)</translation>
    </message>
    <message>
        <source>a column name in quotes</source>
        <translation>et kolonnenavn i anførselstegn</translation>
    </message>
    <message>
        <source>a column name or {&quot;any_of&quot;: [...]} (tick grids and &quot;not_asked&quot; are for location roles)</source>
        <translation>et kolonnenavn eller {&quot;any_of&quot;: [...]} (avkrysningsrutenett og &quot;not_asked&quot; gjelder lokaliseringsroller)</translation>
    </message>
    <message>
        <source>an object whose keys are levels (regional, national, international)</source>
        <translation>et objekt med nivåer som nøkler (regional, national, international)</translation>
    </message>
    <message>
        <source>not {level}</source>
        <translation>ikke {level}</translation>
    </message>
    <message>
        <source>at least one column at one level</source>
        <translation>minst én kolonne på ett nivå</translation>
    </message>
    <message>
        <source>absent (&quot;any_of&quot; is for yes/no roles)</source>
        <translation>utelatt (&quot;any_of&quot; gjelder ja/nei-roller)</translation>
    </message>
    <message>
        <source>a column name, {&quot;grid&quot;: ...}, {&quot;any_of&quot;: [...]} or {&quot;not_asked&quot;: true}</source>
        <translation>et kolonnenavn, {&quot;grid&quot;: ...}, {&quot;any_of&quot;: [...]} eller {&quot;not_asked&quot;: true}</translation>
    </message>
    <message>
        <source>a column no other role uses</source>
        <translation>en kolonne som ingen annen rolle bruker</translation>
    </message>
    <message>
        <source>not {column}, which &apos;{other}&apos; already uses: one column answers one question, so it can play one role only</source>
        <translation>ikke {column}, som «{other}» allerede bruker: én kolonne svarer på ett spørsmål, så den kan bare ha én rolle</translation>
    </message>
    <message>
        <source>each column at one level</source>
        <translation>hver kolonne på ett nivå</translation>
    </message>
    <message>
        <source>but {column} is at {a} and at {b}: a tick can put the factor at one level only</source>
        <translation>men {column} står både på {a} og på {b}: et kryss kan bare plassere faktoren på ett nivå</translation>
    </message>
    <message>
        <source>an object whose keys are location or yes/no roles</source>
        <translation>et objekt med lokaliserings- eller ja/nei-roller som nøkler</translation>
    </message>
    <message>
        <source>an object whose keys are {allowed}</source>
        <translation>et objekt med nøklene {allowed}</translation>
    </message>
    <message>
        <source>not {code}</source>
        <translation>ikke {code}</translation>
    </message>
    <message>
        <source>not {value}</source>
        <translation>ikke {value}</translation>
    </message>
    <message>
        <source>{origin} is not valid: &apos;{key}&apos; must be {expected}, {why}. Correct it in the file or save the mapping again from ClusterDesk.</source>
        <translation>{origin} er ikke gyldig: «{key}» må være {expected}, {why}. Rett det i filen, eller lagre koblingen på nytt fra ClusterDesk.</translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation>et objekt ({...})</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>tekst i anførselstegn</translation>
    </message>
    <message>
        <source>a whole number of at least {low} (without quotes)</source>
        <translation>et heltall på minst {low} (uten anførselstegn)</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} (without quotes)</source>
        <translation>et heltall fra {low} til {high} (uten anførselstegn)</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true eller false (uten anførselstegn)</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>en av {allowed}</translation>
    </message>
    <message>
        <source>a list of answers in [ ]</source>
        <translation>en liste med svar i [ ]</translation>
    </message>
    <message>
        <source>an answer (text or a number)</source>
        <translation>et svar (tekst eller et tall)</translation>
    </message>
    <message>
        <source>a list of column names in [ ]</source>
        <translation>en liste med kolonnenavn i [ ]</translation>
    </message>
    <message>
        <source>a list of at least {n} column names in [ ]</source>
        <translation>en liste med minst {n} kolonnenavn i [ ]</translation>
    </message>
    <message>
        <source>a list of {allowed} (each at most once)</source>
        <translation>en liste med {allowed} (hver høyst én gang)</translation>
    </message>
    <message>
        <source>The levels the survey asks must be one or more of regional, national and international, each once (the mapping gives {levels}).</source>
        <translation>Nivåene undersøkelsen spør om, må være ett eller flere av regionalt, nasjonalt og internasjonalt, hvert én gang (koblingen angir {levels}).</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is given in two ways (a column, a grid, several columns or not asked); keep one.</source>
        <translation>«{item}» er angitt på to måter (en kolonne, et rutenett, flere kolonner eller ikke spurt om); behold én.</translation>
    </message>
    <message>
        <source>Only a location factor can be a tick grid, not &apos;{role}&apos;.</source>
        <translation>Bare en lokaliseringsfaktor kan være et avkrysningsrutenett, ikke «{role}».</translation>
    </message>
    <message>
        <source>The grid of &apos;{item}&apos; has rule &apos;{rule}&apos;; use nearest or farthest.</source>
        <translation>Rutenettet for «{item}» har regelen «{rule}»; bruk nearest (nærmeste) eller farthest (fjerneste).</translation>
    </message>
    <message>
        <source>The grid of &apos;{item}&apos; lists columns for the {level} level, which the survey does not ask (levels: {levels}). Remove them or add the level.</source>
        <translation>Rutenettet for «{item}» lister kolonner for nivået {level}, som undersøkelsen ikke spør om (nivåer: {levels}). Fjern dem, eller legg til nivået.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; is in the grid of &apos;{item}&apos; at two levels ({a} and {b}); a tick can mean one level only.</source>
        <translation>Kolonnen «{column}» står i rutenettet for «{item}» på to nivåer ({a} og {b}); et kryss kan bare bety ett nivå.</translation>
    </message>
    <message>
        <source>The grid of &apos;{item}&apos; lists no column. Pick the columns of each level or mark the item as not asked.</source>
        <translation>Rutenettet for «{item}» lister ingen kolonne. Velg kolonnene for hvert nivå, eller merk punktet som ikke spurt om.</translation>
    </message>
    <message>
        <source>Only a yes/no role can be read from several columns, not &apos;{role}&apos;.</source>
        <translation>Bare et ja/nei-punkt kan leses fra flere kolonner, ikke «{role}».</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is to be read from several columns, but none is listed.</source>
        <translation>«{item}» skal leses fra flere kolonner, men ingen er listet.</translation>
    </message>
    <message>
        <source>Only a location factor can be marked as not asked, not &apos;{role}&apos;.</source>
        <translation>Bare en lokaliseringsfaktor kan merkes som ikke spurt om, ikke «{role}».</translation>
    </message>
    <message>
        <source>Names for codes can be given for {roles}, not &apos;{role}&apos;.</source>
        <translation>Navn på koder kan gis for {roles}, ikke «{role}».</translation>
    </message>
    <message>
        <source>Two codes of &apos;{item}&apos; are given the same name; give each its own.</source>
        <translation>To koder for «{item}» har fått samme navn; gi hver sitt eget.</translation>
    </message>
    <message>
        <source>&apos;Skipped means no&apos; applies to yes/no roles, not to &apos;{item}&apos;.</source>
        <translation>«Hoppet over betyr nei» gjelder ja/nei-punkter, ikke «{item}».</translation>
    </message>
    <message>
        <source>No location factor is asked: Tables 3 to 6 cannot be made (Tables 1 and 2 can).</source>
        <translation>Ingen lokaliseringsfaktor er spurt om: tabell 3 til 6 kan ikke lages (tabell 1 og 2 kan).</translation>
    </message>
    <message>
        <source>The location questions look like grids of tick boxes; they were read as {grids}. Check the columns of each level against the questionnaire.</source>
        <translation>Lokaliseringsspørsmålene ser ut som rutenett av avkrysningsbokser; de ble lest som {grids}. Kontroller kolonnene for hvert nivå mot spørreskjemaet.</translation>
    </message>
    <message>
        <source>No column was found for {items}; they were marked as not asked.</source>
        <translation>Ingen kolonne ble funnet for {items}; de ble merket som ikke spurt om.</translation>
    </message>
    <message>
        <source>The yes/no answers of {columns} are 1 and 2 without labels; 1 was taken as yes and 2 as no.</source>
        <translation>Ja/nei-svarene i {columns} er 1 og 2 uten etiketter; 1 ble tolket som ja og 2 som nei.</translation>
    </message>
    <message>
        <source>{codes} was taken as &apos;not asked&apos;, counted as no (as for firms without innovation activity).</source>
        <translation>{codes} ble tolket som «ikke spurt», talt som nei (som for foretak uten innovasjonsaktivitet).</translation>
    </message>
    <message>
        <source>Check this against the questionnaire.</source>
        <translation>Kontroller dette mot spørreskjemaet.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>A chart can be saved as .png, .svg or .pdf, not &apos;{name}&apos;. Choose one of those file types.</source>
        <translation>Et diagram kan lagres som .png, .svg eller .pdf, ikke som «{name}». Velg en av disse filtypene.</translation>
    </message>
    <message>
        <source>The chart &apos;{path}&apos; cannot be written ({error}). Check that the folder exists and that you may write there.</source>
        <translation>Diagrammet «{path}» kan ikke skrives ({error}). Kontroller at mappen finnes, og at du har lov til å skrive der.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist. Choose another folder for &apos;{name}&apos;.</source>
        <translation>Mappen «{folder}» finnes ikke. Velg en annen mappe for «{name}».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: the folder &apos;{folder}&apos; is read-only for you. Choose another folder.</source>
        <translation>«{name}» kan ikke skrives: du har bare lesetilgang til mappen «{folder}». Velg en annen mappe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in another program (Excel?). Close it and export again, or choose another name.</source>
        <translation>«{name}» er åpen i et annet program (Excel?). Lukk den og eksporter på nytt, eller velg et annet navn.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: you may not open the folder &apos;{folder}&apos;. Choose another folder.</source>
        <translation>«{name}» kan ikke skrives: du har ikke tilgang til mappen «{folder}». Velg en annen mappe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written: the disk is full. Free some disk space or choose another folder, and export again.</source>
        <translation>«{name}» kunne ikke skrives: disken er full. Frigjør plass eller velg en annen mappe, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: the disk of &apos;{folder}&apos; is read-only. Choose another folder.</source>
        <translation>«{name}» kan ikke skrives: disken til «{folder}» er skrivebeskyttet. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: a part of &apos;{folder}&apos; is a file, not a folder. Choose another folder.</source>
        <translation>«{name}» kan ikke skrives: en del av «{folder}» er en fil, ikke en mappe. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be written ({error}). Free some disk space or choose another folder, and export again.</source>
        <translation>«{name}» kunne ikke skrives ({error}). Frigjør diskplass eller velg en annen mappe, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder, not a file. Choose another name for the report.</source>
        <translation>«{name}» er en mappe, ikke en fil. Velg et annet navn på rapporten.</translation>
    </message>
    <message>
        <source>Report language &apos;{lang}&apos; is not available; use &apos;en&apos; (English) or &apos;nb&apos; (Norwegian bokmål).</source>
        <translation>Rapportspråket «{lang}» finnes ikke; bruk «en» (engelsk) eller «nb» (norsk bokmål).</translation>
    </message>
    <message>
        <source>The results file &apos;{path}&apos; cannot be written ({error}). Check that the folder exists and that you may write there.</source>
        <translation>Resultatfilen «{path}» kan ikke skrives ({error}). Kontroller at mappen finnes, og at du har lov til å skrive der.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in another program or may not be replaced. Close it and try again, or choose another name.</source>
        <translation>«{name}» er åpen i et annet program eller kan ikke erstattes. Lukk den og prøv igjen, eller velg et annet navn.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be replaced ({error}). Choose another folder or name.</source>
        <translation>«{name}» kunne ikke erstattes ({error}). Velg en annen mappe eller et annet navn.</translation>
    </message>
</context>
</TS>
