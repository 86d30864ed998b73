<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchButtons</name>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %Ln request to {0}.</numerusform>
            <numerusform>Wrote %Ln requests to {0}.</numerusform>
        </translation>
    </message>
</context>
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
        <translation><numerusform>%Ln instruction</numerusform><numerusform>%Ln instructions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln response</numerusform><numerusform>%Ln responses</numerusform></translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>“{0}” on %Ln held-out instruction, {1:,} tokens at most an answer: {2} before, {3} after.</numerusform>
            <numerusform>“{0}” on %Ln held-out instructions, {1:,} tokens at most an answer: {2} before, {3} after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>The judge {0} preferred the tuned model in {1} of %Ln comparison, each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</numerusform>
            <numerusform>The judge {0} preferred the tuned model in {1} of %Ln comparisons, each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</numerusform>
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
    <name>LanguageDialog</name>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>Set the language of %n instruction. A language set here is kept: identifying languages again never changes it.</numerusform>
            <numerusform>Set the language of %n instructions. A language set here is kept: identifying languages again never changes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln job</numerusform><numerusform>%Ln jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln source</numerusform><numerusform>%Ln sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>%Ln model</numerusform><numerusform>%Ln models</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>%Ln rubric</numerusform><numerusform>%Ln rubrics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>%Ln prompt template</numerusform><numerusform>%Ln prompt templates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>%Ln glossary term</numerusform><numerusform>%Ln glossary terms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln instruction</numerusform><numerusform>%Ln instructions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exclusion(s)</source>
        <translation><numerusform>%Ln exclusion</numerusform><numerusform>%Ln exclusions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation><numerusform>%Ln translation</numerusform><numerusform>%Ln translations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln response</numerusform><numerusform>%Ln responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>%Ln response flag</numerusform><numerusform>%Ln response flags</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>%Ln follow-up</numerusform><numerusform>%Ln follow-ups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>%Ln judgement</numerusform><numerusform>%Ln judgements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln review</numerusform><numerusform>%Ln reviews</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>%Ln training run</numerusform><numerusform>%Ln training runs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>%Ln training measurement</numerusform><numerusform>%Ln training measurements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>%Ln training row</numerusform><numerusform>%Ln training rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>%Ln evaluation set</numerusform><numerusform>%Ln evaluation sets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>%Ln evaluation item</numerusform><numerusform>%Ln evaluation items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>%Ln evaluation answer</numerusform><numerusform>%Ln evaluation answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>%Ln comparison vote</numerusform><numerusform>%Ln comparison votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>%Ln answer grade</numerusform><numerusform>%Ln answer grades</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>%Ln item was made in both copies; the ones here were kept.</numerusform><numerusform>%Ln items were made in both copies; the ones here were kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>%Ln response was generated in both copies differently; theirs were kept as extra samples.</numerusform><numerusform>%Ln responses were generated in both copies differently; theirs were kept as extra samples.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>%Ln review was undone in the other copy; undone here too.</numerusform><numerusform>%Ln reviews were undone in the other copy; undone here too.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>%Ln instruction was curated differently there; the curation here was kept.</numerusform><numerusform>%Ln instructions were curated differently there; the curation here was kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>%Ln item was reviewed differently; both reviews are kept and the newest decides:</numerusform><numerusform>%Ln items were reviewed differently; both reviews are kept and the newest decides:</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>context %Ln token</numerusform>
            <numerusform>context %Ln tokens</numerusform>
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
    <name>RunElsewhere</name>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>Brought back {0}: %Ln step, now a model to try.</numerusform>
            <numerusform>Brought back {0}: %Ln steps, now a model to try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message numerus="yes">
        <source>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)</source>
        <translation>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote(s)</source>
        <translation>
            <numerusform>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote</numerusform>
            <numerusform>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln votes</numerusform>
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
    <name>WinRateHeatmap</name>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>{0} beat {1} in {2:.0f}% of %Ln vote (ties count half)</numerusform>
            <numerusform>{0} beat {1} in {2:.0f}% of %Ln votes (ties count half)</numerusform>
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
