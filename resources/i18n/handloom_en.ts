<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CuratePage</name>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>%Ln instruction</numerusform>
            <numerusform>%Ln instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>%Ln instruction included</numerusform>
            <numerusform>%Ln instructions included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>%Ln instruction</numerusform>
            <numerusform>%Ln instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>%Ln term for {0}.</numerusform>
            <numerusform>%Ln terms for {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>Imported %Ln glossary term.</numerusform>
            <numerusform>Imported %Ln glossary terms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>Line</numerusform>
            <numerusform>Lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>%Ln follow-up, {0:,} kept at score {1:g} or more, {2:,} failed.</numerusform>
            <numerusform>%Ln follow-ups, {0:,} kept at score {1:g} or more, {2:,} failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>Imported %Ln instruction from {0}.</numerusform>
            <numerusform>Imported %Ln instructions from {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>%Ln instruction with responses{0}</numerusform>
            <numerusform>%Ln instructions with responses{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>Wrote %Ln translation{0}; flags: {1}.</numerusform>
            <numerusform>Wrote %Ln translations{0}; flags: {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>%Ln translation{0}; flags raised: {1:,}.</numerusform>
            <numerusform>%Ln translations{0}; flags raised: {1:,}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>{0}: %Ln instruction imported ({1})</numerusform>
            <numerusform>{0}: %Ln instructions imported ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>; skipped %Ln bad line: {0}</numerusform>
            <numerusform>; skipped %Ln bad lines: {0}</numerusform>
        </translation>
    </message>
</context>
</TS>
