<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<!-- Written by resources/translations/update.py from clusterdesk.report.labels; do not edit. -->
<context>
    <name>Roles</name>
    <message>
        <source>Firm id</source>
        <translation>Foretaks-ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Industry sector</source>
        <translation>Næring</translation>
    </message>
    <message>
        <source>Dependence (capital group)</source>
        <translation>Konsernposisjon</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Eierskap</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Antall ansatte</translation>
    </message>
    <message>
        <source>% university educated</source>
        <translation>% med universitetsutdanning</translation>
    </message>
    <message>
        <source>% R&amp;D expenditure</source>
        <translation>% FoU-utgifter</translation>
    </message>
    <message>
        <source>Manager's education level</source>
        <translation>Lederens utdanningsnivå</translation>
    </message>
    <message>
        <source>Survey weight</source>
        <translation>Utvalgsvekt</translation>
    </message>
    <message>
        <source>Demanding customers</source>
        <translation>Krevende kunder</translation>
    </message>
    <message>
        <source>Advanced suppliers</source>
        <translation>Avanserte leverandører</translation>
    </message>
    <message>
        <source>Toughest competitors</source>
        <translation>Tøffeste konkurrenter</translation>
    </message>
    <message>
        <source>Most qualified employees</source>
        <translation>Mest kvalifiserte ansatte</translation>
    </message>
    <message>
        <source>Most relevant research institutions</source>
        <translation>Mest relevante forskningsinstitusjoner</translation>
    </message>
    <message>
        <source>Access to capital</source>
        <translation>Tilgang på kapital</translation>
    </message>
    <message>
        <source>New or significantly improved products</source>
        <translation>Nye eller vesentlig forbedrede produkter</translation>
    </message>
    <message>
        <source>New to market product innovation</source>
        <translation>Produktinnovasjon ny for markedet</translation>
    </message>
    <message>
        <source>New or significantly improved processes</source>
        <translation>Nye eller vesentlig forbedrede prosesser</translation>
    </message>
    <message>
        <source>New to industry process innovation</source>
        <translation>Prosessinnovasjon ny for næringen</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Product innovation</source>
        <translation>Produktinnovasjon</translation>
    </message>
    <message>
        <source>Radical product innovation</source>
        <translation>Radikal produktinnovasjon</translation>
    </message>
    <message>
        <source>Process innovation</source>
        <translation>Prosessinnovasjon</translation>
    </message>
    <message>
        <source>Radical process innovation</source>
        <translation>Radikal prosessinnovasjon</translation>
    </message>
</context>
<context>
    <name>Locations</name>
    <message>
        <source>Regional</source>
        <translation>Regionalt</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nasjonalt</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internasjonalt</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What's This?</source>
        <translation>Hva er dette?</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
</context>
</TS>
