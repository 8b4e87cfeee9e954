<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English is the source language; this file holds only the plural forms of
     the "%n" strings (Qt's "Handling plurals"), so that 1 reads "1 unit".
     Strings that are not translated here keep their source text. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>nnlab::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n row, %1 column(s).</numerusform>
            <numerusform>%n rows, %1 column(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nnlab::SequenceCsvDialog</name>
    <message numerus="yes">
        <source>%n row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n row, %1 column(s).</numerusform>
            <numerusform>%n rows, %1 column(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nnlab::ExportMenu</name>
    <message numerus="yes">
        <source>Exported %n files to %1: %2</source>
        <translation>
            <numerusform>Exported %n file to %1: %2</numerusform>
            <numerusform>Exported %n files to %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nnlab::LayerStackView</name>
    <message numerus="yes">
        <source>%n filters</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nnlab::ReportContent</name>
    <message numerus="yes">
        <source>drawn by hand, %n points</source>
        <translation>
            <numerusform>drawn by hand, %n point</numerusform>
            <numerusform>drawn by hand, %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nnlab::ClassroomAction</name>
    <message numerus="yes">
        <source>&amp;Hide Controls for the Class (%n hidden)…</source>
        <translation>
            <numerusform>&amp;Hide Controls for the Class (%n hidden)…</numerusform>
            <numerusform>&amp;Hide Controls for the Class (%n hidden)…</numerusform>
        </translation>
    </message>
</context>
</TS>
