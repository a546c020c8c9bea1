<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClusterDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do regional clusters make firms more innovative? ClusterDesk reproduces the tables of Gjelsvik&apos;s study for your own firm survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>ClusterDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, the wizard and the result tabs. The language of an exported workbook is chosen when you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you start ClusterDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
