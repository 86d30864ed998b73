<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
<context>
    <name></name>
    <message>
        <source>Published {0}: {1}</source>
        <translation>Imechapishwa {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not published yet: {1} It stays queued in this project with everything it uploads, so nothing is lost; press Retry now under Push queue when you are online.</source>
        <translation>{0} bado haijachapishwa: {1} Inabaki kwenye foleni ya mradi huu pamoja na kila inachopakia, kwa hiyo hakuna kinachopotea; bonyeza Jaribu tena sasa chini ya Foleni ya kutuma ukiwa mtandaoni.</translation>
    </message>
    <message>
        <source>it was not tried.</source>
        <translation>haijajaribiwa.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be published.</source>
        <translation>Hakuna kilichokuwa kikisubiri kuchapishwa.</translation>
    </message>
</context>
<context>
    <name>AnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>Majibu</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Zalisha majibu</translation>
    </message>
    <message>
        <source>random</source>
        <translation>nasibu</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokeni za juu</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Joto</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Mbegu</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Sambamba</translation>
    </message>
</context>
<context>
    <name>ArenaBoard</name>
    <message>
        <source>People&apos;s votes</source>
        <translation>Kura za watu</translation>
    </message>
    <message>
        <source>The judge&apos;s votes</source>
        <translation>Kura za mwamuzi</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>Kura zote</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Hamisha CSV…</translation>
    </message>
    <message>
        <source>Strength of each model</source>
        <translation>Nguvu ya kila modeli</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Jedwali la viwango</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Strength [95% interval]</source>
        <translation>Nguvu [muda wa 95%]</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Kura</translation>
    </message>
    <message>
        <source>Won / lost / tie / both bad</source>
        <translation>Shinda / shindwa / sare / yote mabaya</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Kiwango cha ushindi</translation>
    </message>
    <message>
        <source>Judge&apos;s grade</source>
        <translation>Alama ya mwamuzi</translation>
    </message>
    <message>
        <source>How often each model beats each other</source>
        <translation>Mara ngapi kila modeli inashinda nyingine</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>Kiwango cha ushindi wa modeli ya safu mlalo dhidi ya ile ya safu wima</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Lugha zote</translation>
    </message>
    <message>
        <source>{0} ({1} votes)</source>
        <translation>{0} (kura {1})</translation>
    </message>
    <message>
        <source>No votes yet: vote on some answers or run the judge.</source>
        <translation>Bado hakuna kura: piga kura kwa baadhi ya majibu au endesha mwamuzi.</translation>
    </message>
    <message>
        <source>{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a model 1.0 above another wins about 73% of the time); the whiskers are 95% bootstrap intervals, given from {1} votes for a model on.</source>
        <translation>Ulinganisho {0}. Nguvu ni log-nguvu ya Bradley–Terry (0 ni wastani; modeli iliyo 1.0 juu ya nyingine hushinda takriban 73% ya mara); mistari ni muda wa bootstrap wa 95%, unaotolewa kuanzia kura {1} kwa modeli.</translation>
    </message>
    <message>
        <source>– (no votes)</source>
        <translation>– (hakuna kura)</translation>
    </message>
    <message>
        <source>{0:+.2f} (too few votes)</source>
        <translation>{0:+.2f} (kura chache mno)</translation>
    </message>
    <message>
        <source>The judge contradicted itself on {0} of {1} pairs asked in both orders (counted as ties).</source>
        <translation>Mwamuzi alijipinga katika jozi {0} kati ya {1} zilizoulizwa kwa mpangilio wote miwili (zimehesabiwa kuwa sare).</translation>
    </message>
    <message>
        <source>{0} agrees with people on {1}% of {2} votes (Cohen&apos;s kappa {3}).</source>
        <translation>{0} anakubaliana na watu katika {1}% ya kura {2} (kappa ya Cohen {3}).</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>Next</source>
        <translation>Inayofuata</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Agizo</translation>
    </message>
    <message>
        <source>Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled and their models hidden until you vote</source>
        <translation>Kipengee {0} cha seti “{1}” · {2} zimepigiwa kura, {3} zimebaki · bila kujua: majibu yamechanganywa na modeli zake zimefichwa hadi upige kura</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kushoto</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kulia</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>Jibu {0}</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>Kushoto ni bora</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>Kulia ni bora</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Sare</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Yote mawili ni mabaya</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>Kura inayofuata</translation>
    </message>
    <message>
        <source>{0} is best</source>
        <translation>Jibu {0} ni bora</translation>
    </message>
    <message>
        <source>All as good</source>
        <translation>Yote ni sawa</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Yote ni mabaya</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Ulichagua &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Uliita sare.</translation>
    </message>
    <message>
        <source>You found them all bad.</source>
        <translation>Uliona yote ni mabaya.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No instructions yet</source>
        <translation>Bado hakuna maagizo</translation>
    </message>
</context>
<context>
    <name>BatchButtons</name>
    <message>
        <source>Write a batch file…</source>
        <translation>Andika faili la kundi…</translation>
    </message>
    <message>
        <source>Save what is still to do as a file for a GPU cluster (OpenAI&apos;s Batch API or vLLM&apos;s run_batch) instead of running it here</source>
        <translation>Hifadhi kazi iliyobaki kama faili kwa kundi la GPU (Batch API ya OpenAI au run_batch ya vLLM) badala ya kuiendesha hapa</translation>
    </message>
    <message>
        <source>Read batch results…</source>
        <translation>Soma matokeo ya kundi…</translation>
    </message>
    <message>
        <source>Record the results file the cluster wrote; reading it again changes nothing</source>
        <translation>Rekodi faili la matokeo lililoandikwa na kundi la kompyuta; kulisoma tena hakubadilishi chochote</translation>
    </message>
    <message>
        <source>Write a batch file</source>
        <translation>Andika faili la kundi</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>Faili za kundi (*.jsonl)</translation>
    </message>
    <message>
        <source>Read batch results</source>
        <translation>Soma matokeo ya kundi</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>Ombi %Ln limeandikwa kwenye {0}.</numerusform>
            <numerusform>Maombi %Ln yameandikwa kwenye {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending; no file was written.</source>
        <translation>Hakuna kinachosubiri; hakuna faili lililoandikwa.</translation>
    </message>
    <message>
        <source>{0:,} recorded, {1:,} already here, {2:,} failed.</source>
        <translation>{0:,} yamerekodiwa, {1:,} yalikuwepo tayari, {2:,} yameshindwa.</translation>
    </message>
    <message>
        <source>Line {0:,} is cut off; the lines before it were recorded.</source>
        <translation>Mstari {0:,} umekatika; mistari iliyotangulia imerekodiwa.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>included</source>
        <translation>yamejumuishwa</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>yameondolewa</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>nakala</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>karibu nakala</translation>
    </message>
    <message>
        <source>template</source>
        <translation>kiolezo</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>data binafsi</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>udhibiti</translation>
    </message>
    <message>
        <source>length</source>
        <translation>urefu</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lugha</translation>
    </message>
    <message>
        <source>script</source>
        <translation>hati</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>ruwaza ya regex</translation>
    </message>
    <message>
        <source>review</source>
        <translation>ukaguzi</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>imekatizwa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>imeshindwa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>imeghairiwa</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tupu</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>imekatika</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>marudio</translation>
    </message>
    <message>
        <source>wrong language</source>
        <translation>lugha isiyo sahihi</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>kukataa</translation>
    </message>
    <message>
        <source>template tokens</source>
        <translation>tokeni za kiolezo</translation>
    </message>
    <message>
        <source>chatter</source>
        <translation>maneno ya ziada</translation>
    </message>
    <message>
        <source>extra text</source>
        <translation>maandishi ya ziada</translation>
    </message>
    <message>
        <source>copy of source</source>
        <translation>nakala ya chanzo</translation>
    </message>
    <message>
        <source>copy of example</source>
        <translation>nakala ya mfano</translation>
    </message>
    <message>
        <source>length ratio</source>
        <translation>uwiano wa urefu</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>kwenye foleni</translation>
    </message>
    <message>
        <source>running</source>
        <translation>inaendelea</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>imesitishwa</translation>
    </message>
    <message>
        <source>done</source>
        <translation>imekamilika</translation>
    </message>
    <message>
        <source>train</source>
        <translation>mafunzo</translation>
    </message>
    <message>
        <source>test</source>
        <translation>majaribio</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>yamekataliwa katika ukaguzi</translation>
    </message>
    <message>
        <source>not the selected response</source>
        <translation>si jibu lililochaguliwa</translation>
    </message>
    <message>
        <source>not accepted in review</source>
        <translation>hayajakubaliwa katika ukaguzi</translation>
    </message>
    <message>
        <source>judge score below the minimum or missing</source>
        <translation>alama ya tathmini chini ya kiwango cha chini au haipo</translation>
    </message>
    <message>
        <source>language not chosen</source>
        <translation>lugha haikuchaguliwa</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Vote</source>
        <translation>Piga kura</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Jedwali la viwango</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set.</source>
        <translation>Chagua au unda seti ya tathmini.</translation>
    </message>
    <message>
        <source>Tick two to four models to compare.</source>
        <translation>Weka alama kwenye modeli mbili hadi nne za kulinganisha.</translation>
    </message>
    <message>
        <source>These models have not answered this set yet: Generate answers first.</source>
        <translation>Modeli hizi bado hazijajibu seti hii: kwanza Zalisha majibu.</translation>
    </message>
    <message>
        <source>You have voted on every item these models answered. The leaderboard has the result; other people can vote on the same set too.</source>
        <translation>Umepiga kura kwa kila kipengee ambacho modeli hizi zilijibu. Jedwali la viwango lina matokeo; watu wengine pia wanaweza kupiga kura kwa seti hiyo hiyo.</translation>
    </message>
    <message>
        <source>Export the leaderboard</source>
        <translation>Hamisha jedwali la viwango</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the leaderboard to {0}.</source>
        <translation>Jedwali la viwango limehifadhiwa kwenye {0}.</translation>
    </message>
    <message>
        <source>Made the evaluation set “{0}”: {1}.</source>
        <translation>Seti ya tathmini “{0}” imeundwa: {1}.</translation>
    </message>
    <message>
        <source>Answering the prompts</source>
        <translation>Inajibu maagizo</translation>
    </message>
    <message>
        <source>Wrote {0} answers ({1} failed).</source>
        <translation>Majibu {0} yameandikwa ({1} yameshindwa).</translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>Kwanza chagua modeli ya mwamuzi.</translation>
    </message>
    <message>
        <source>Judging the answers</source>
        <translation>Inapima majibu</translation>
    </message>
    <message>
        <source>{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on {4} of {5} pairs asked in both orders.</source>
        <translation>{0} ametoa maamuzi {1} ({2} hayasomeki) na alama {3}; alijipinga katika jozi {4} kati ya {5} zilizoulizwa kwa mpangilio wote miwili.</translation>
    </message>
    <message>
        <source>{0} is judging its own answers too, and judges tend to prefer their own; choose another judge for a fair comparison.</source>
        <translation>{0} inatathmini pia majibu yake yenyewe, na waamuzi huwa wanapendelea majibu yao; chagua mwamuzi mwingine kwa ulinganisho wa haki.</translation>
    </message>
    <message>
        <source>Cancelled; starting again continues where it stopped.</source>
        <translation>Imeghairiwa; kuanza tena kunaendelea pale iliposimama.</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set first.</source>
        <translation>Kwanza chagua au unda seti ya tathmini.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Licence conflicts</source>
        <translation>Migongano ya leseni</translation>
    </message>
    <message>
        <source>&lt;b&gt;The licences of {0} conflict.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publishing it may break the terms above. Publish anyway?</source>
        <translation>&lt;b&gt;Leseni za {0} zinagongana.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Kuichapisha kunaweza kuvunja masharti yaliyo juu. Chapisha hata hivyo?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Chapisha hata hivyo</translation>
    </message>
</context>
<context>
    <name>CurateControls</name>
    <message>
        <source>Filters</source>
        <translation>Vichujio</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>Nakala kamili</translation>
    </message>
    <message>
        <source>Exclude repeats of an earlier instruction, keeping the first</source>
        <translation>Ondoa marudio ya agizo la awali, ukibakiza la kwanza</translation>
    </message>
    <message>
        <source>Near duplicates ≥</source>
        <translation>Karibu nakala ≥</translation>
    </message>
    <message>
        <source>Exclude instructions this similar to an earlier one (0.5–1)</source>
        <translation>Ondoa maagizo yanayofanana hivi na agizo la awali (0.5–1)</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>Ufanano wa karibu nakala</translation>
    </message>
    <message>
        <source>Templates, groups ≥</source>
        <translation>Violezo, vikundi ≥</translation>
    </message>
    <message>
        <source>Exclude prompts filled into the same template this many times or more</source>
        <translation>Ondoa vidokezo vilivyojazwa katika kiolezo kimoja mara hizi au zaidi</translation>
    </message>
    <message>
        <source>Smallest template group</source>
        <translation>Kikundi kidogo zaidi cha kiolezo</translation>
    </message>
    <message>
        <source>keep only, e.g. sw, yo, en</source>
        <translation>bakiza tu, k.m. sw, yo, en</translation>
    </message>
    <message>
        <source>Also exclude uncertain language labels (xx?)</source>
        <translation>Ondoa pia lebo za lugha zisizo na uhakika (xx?)</translation>
    </message>
    <message>
        <source>Exclude rows whose language the identifiers were not sure of; a language set by a person is always sure</source>
        <translation>Ondoa safu ambazo vitambuzi havikuwa na uhakika wa lugha yake; lugha iliyowekwa na mtu ina uhakika daima</translation>
    </message>
    <message>
        <source>keep only, e.g. Latn, Ethi</source>
        <translation>bakiza tu, k.m. Latn, Ethi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bakiza</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>exclude matches, e.g. (?i)password</source>
        <translation>ondoa yanayolingana, k.m. (?i)password</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>Herufi chache zaidi</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>Herufi nyingi zaidi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data binafsi</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Ruwaza</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Tumia vichujio</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Rudisha</translation>
    </message>
    <message>
        <source>Include again everything excluded for the chosen reason</source>
        <translation>Rudisha kila kilichoondolewa kwa sababu iliyochaguliwa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Imeondolewa kama</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bila kikomo</translation>
    </message>
</context>
<context>
    <name>CuratePage</name>
    <message>
        <source>Search instructions…</source>
        <translation>Tafuta maagizo…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Lugha zote</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Yaliyojumuishwa</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Yaliyoondolewa</translation>
    </message>
    <message>
        <source>Any language label</source>
        <translation>Lebo yoyote ya lugha</translation>
    </message>
    <message>
        <source>Sure labels</source>
        <translation>Lebo zenye uhakika</translation>
    </message>
    <message>
        <source>Uncertain labels (xx?)</source>
        <translation>Lebo zisizo na uhakika (xx?)</translation>
    </message>
    <message>
        <source>Rows whose language the identifiers were sure of, or not sure of</source>
        <translation>Safu ambazo vitambuzi vilikuwa na uhakika wa lugha yake, au havikuwa nao</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Vyanzo vyote</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Sababu yoyote</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>Weka lugha…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lugha&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, by reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yaliyoondolewa, kwa sababu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} kati ya {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>agizo %Ln</numerusform>
            <numerusform>maagizo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the language of {0:,} instruction(s) to {1}.</source>
        <translation>Lugha ya maagizo {0:,} imewekwa kuwa {1}.</translation>
    </message>
    <message>
        <source>{0:,} with an uncertain language label (xx?)</source>
        <translation>{0:,} zenye lebo ya lugha isiyo na uhakika (xx?)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>Agizo %Ln limejumuishwa</numerusform>
            <numerusform>Maagizo %Ln yamejumuishwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is excluded yet.</source>
        <translation>Bado hakuna kilichoondolewa.</translation>
    </message>
    <message>
        <source>Set the language of the selected instructions by hand (Ctrl+Shift+L)</source>
        <translation>Weka kwa mkono lugha ya maagizo yaliyochaguliwa (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; included, {2:,} excluded, in {3:,} languages</source>
        <translation>Maagizo &lt;b&gt;{0:,}&lt;/b&gt;, &lt;b&gt;{1:,}&lt;/b&gt; yamejumuishwa, {2:,} yameondolewa, katika lugha {3:,}</translation>
    </message>
    <message>
        <source>{0:,} excluded as {1}</source>
        <translation>{0:,} yameondolewa kama {1}</translation>
    </message>
    <message>
        <source>Curation finished: {0}.</source>
        <translation>Uchujaji umekamilika: {0}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>chini ya dakika moja</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>takriban dakika {0}</translation>
    </message>
    <message>
        <source>about {0} h</source>
        <translation>takriban saa {0}</translation>
    </message>
    <message>
        <source>about {0} h {1} min</source>
        <translation>takriban saa {0} na dakika {1}</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second time.</source>
        <translation>{0} ilishaingizwa tarehe {1} (maagizo {2}); weka alama kwenye “{3}” ili kuiingiza mara ya pili.</translation>
    </message>
    <message>
        <source>Paste a Hugging Face access token first.</source>
        <translation>Bandika kwanza tokeni ya ufikiaji ya Hugging Face.</translation>
    </message>
    <message>
        <source>The Hub did not accept this token; copy it again from the Access Tokens page of your Hugging Face settings. Nothing was stored.</source>
        <translation>Hub haikukubali tokeni hii; inakili tena kutoka ukurasa wa Access Tokens katika mipangilio yako ya Hugging Face. Hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached, so the token could not be checked and was not stored. Sign in again when this computer is online.</source>
        <translation>Hugging Face Hub haifikiki, kwa hiyo tokeni haikuweza kukaguliwa na haikuhifadhiwa. Ingia tena kompyuta hii ikiwa mtandaoni.</translation>
    </message>
    <message>
        <source>{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” in “{4}”.</source>
        <translation>{0} ilishavutwa tarehe {1} (maagizo {2}); ili kuivuta mara ya pili, weka alama kwenye “{3}” katika “{4}”.</translation>
    </message>
    <message>
        <source>An earlier pull of {0} stopped part way through, and the Hub now gives a newer revision; continuing would mix two versions of the dataset. To pull the new revision as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.</source>
        <translation>Uvutaji wa awali wa {0} ulisimama katikati, na sasa Hub inatoa toleo jipya zaidi; kuendelea kungechanganya matoleo mawili ya seti ya data. Ili kuvuta toleo jipya kama nakala ya pili (kilichoingizwa na uvutaji uliosimama kinabaki), weka alama kwenye “{1}” katika “{2}”.</translation>
    </message>
    <message>
        <source>No Hugging Face token: sign in with “{0}” on the Publish page.</source>
        <translation>Hakuna tokeni ya Hugging Face: ingia kwa “{0}” kwenye ukurasa wa Chapisha.</translation>
    </message>
</context>
<context>
    <name>EvalSetPanel</name>
    <message>
        <source>Evaluation set</source>
        <translation>Seti ya tathmini</translation>
    </message>
    <message>
        <source>name of a new set</source>
        <translation>jina la seti mpya</translation>
    </message>
    <message>
        <source>Held-out split of the instructions</source>
        <translation>Sehemu iliyotengwa ya maagizo</translation>
    </message>
    <message>
        <source>Chosen subset (search)</source>
        <translation>Sehemu iliyochaguliwa (utafutaji)</translation>
    </message>
    <message>
        <source>Prompts from a file</source>
        <translation>Vidokezo kutoka faili</translation>
    </message>
    <message>
        <source>words the instructions contain</source>
        <translation>maneno yaliyomo kwenye maagizo</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Chagua faili…</translation>
    </message>
    <message>
        <source>Make the set</source>
        <translation>Unda seti</translation>
    </message>
    <message>
        <source>&lt;b&gt;New set&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seti mpya&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Vidokezo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>{0} ({1} prompts)</source>
        <translation>{0} (vidokezo {1})</translation>
    </message>
    <message>
        <source>No evaluation set yet: make one below</source>
        <translation>Hakuna seti bado: unda moja hapa chini</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Lugha yoyote</translation>
    </message>
    <message>
        <source>Evaluation prompts</source>
        <translation>Vidokezo vya tathmini</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)</source>
        <translation>Vidokezo (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;Faili zote (*)</translation>
    </message>
</context>
<context>
    <name>EvalSets</name>
    <message>
        <source>{0} held-out instructions in {1}</source>
        <translation>maagizo {0} yaliyotengwa kwa lugha {1}</translation>
    </message>
    <message>
        <source>{0} held-out instructions</source>
        <translation>maagizo {0} yaliyotengwa</translation>
    </message>
    <message>
        <source>{0} chosen instructions</source>
        <translation>maagizo {0} yaliyochaguliwa</translation>
    </message>
    <message>
        <source>{0} instructions chosen by a filter</source>
        <translation>maagizo {0} yaliyochaguliwa kwa kichujio</translation>
    </message>
    <message>
        <source>{0} prompts from {1}</source>
        <translation>vidokezo {0} kutoka {1}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the dataset</source>
        <translation>Hamisha seti ya data</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Folda ya kuhamishia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>The dataset, its card and its licence are written into this folder. Type a new folder&apos;s name to create it, or choose an empty folder.</source>
        <translation>Seti ya data, kadi yake na leseni yake huandikwa kwenye folda hii. Andika jina la folda mpya ili iundwe, au chagua folda tupu.</translation>
    </message>
    <message>
        <source>Export the dataset into…</source>
        <translation>Hamisha seti ya data kwenda…</translation>
    </message>
    <message>
        <source>{0} already holds files, so the dataset goes into a new folder inside it, named above; change the name if you like.</source>
        <translation>{0} tayari ina faili, kwa hiyo seti ya data inaingia kwenye folda mpya ndani yake, yenye jina lililo juu; badilisha jina ukipenda.</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>Andika njia kamili ya folda, au uchague moja.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} ni faili, si folda.</translation>
    </message>
    <message>
        <source>{0} already holds files; choose an empty or new folder.</source>
        <translation>{0} tayari ina faili; chagua folda tupu au mpya.</translation>
    </message>
    <message>
        <source>The dataset goes into this empty folder.</source>
        <translation>Seti ya data inaingia kwenye folda hii tupu.</translation>
    </message>
    <message>
        <source>This folder will be created.</source>
        <translation>Folda hii itaundwa.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Parquet (the Hub&apos;s own format)</source>
        <translation>Parquet (muundo wa Hub wenyewe)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Arrow folder (datasets.load_from_disk)</source>
        <translation>Folda ya Arrow (datasets.load_from_disk)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>safu %Ln</numerusform>
            <numerusform>safu %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>agizo %Ln</numerusform><numerusform>maagizo %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>jibu %Ln</numerusform><numerusform>majibu %Ln</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;Leseni:&lt;/b&gt; haijulikani</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Leseni:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0} ({1})</source>
        <translation>&lt;b&gt;Leseni:&lt;/b&gt; {0} ({1})</translation>
    </message>
    <message>
        <source>{0} under {1}</source>
        <translation>{0} chini ya {1}</translation>
    </message>
    <message>
        <source> from {0}</source>
        <translation> kutoka {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Mgongano:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Kumbuka:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing would be exported: no response passes the options.</source>
        <translation>Hakuna kitakachohamishwa: hakuna jibu linalotimiza chaguo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Lugha:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Vilivyoachwa:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing; every response to an included instruction.</source>
        <translation>&lt;b&gt;Vilivyoachwa:&lt;/b&gt; hakuna; kila jibu la agizo lililojumuishwa.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>Only the selected response of each instruction</source>
        <translation>Jibu lililochaguliwa tu la kila agizo</translation>
    </message>
    <message>
        <source>Only responses accepted in review</source>
        <translation>Majibu yaliyokubaliwa katika ukaguzi tu</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Alama yoyote</translation>
    </message>
    <message>
        <source>All languages, or codes such as sw, en</source>
        <translation>Lugha zote, au misimbo kama sw, en</translation>
    </message>
    <message>
        <source> % of instructions</source>
        <translation> % ya maagizo</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>jina la mradi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <source>Minimum judge score</source>
        <translation>Alama ya chini ya mwamuzi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Sehemu ya majaribio</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Jina kwenye kadi</translation>
    </message>
</context>
<context>
    <name>ExportedBox</name>
    <message>
        <source>Exported</source>
        <translation>Imehamishwa</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Fungua folda</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)</source>
        <translation>Faili za maagizo (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or</source>
        <translation>Dondosha faili za maagizo hapa (CSV, TSV, JSON, JSON Lines, Parquet, maandishi), au</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Chagua faili…</translation>
    </message>
    <message>
        <source>or a Hugging Face dataset, e.g. CohereForAI/aya_dataset</source>
        <translation>au seti ya data ya Hugging Face, k.m. CohereForAI/aya_dataset</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Faili za kuingiza</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tambua yenyewe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <source>Choose instruction files</source>
        <translation>Chagua faili za maagizo</translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message>
        <source>What the fine-tune changed</source>
        <translation>Mafunzo yalibadilisha nini</translation>
    </message>
    <message>
        <source>A model that compares each pair of answers, in both orders; without one only the answers are measured</source>
        <translation>Modeli inayolinganisha kila jozi ya majibu, kwa mpangilio wote miwili; bila mwamuzi, majibu pekee ndiyo hupimwa</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Bila mwamuzi</translation>
    </message>
    <message>
        <source>Measure what it changed</source>
        <translation>Pima yaliyobadilika</translation>
    </message>
    <message>
        <source>The base and the tuned model answer the instructions the run held out (and the judge compares them); stopped, it continues where it stopped</source>
        <translation>Modeli ya msingi na modeli iliyoboreshwa zinajibu maagizo yaliyotengwa na mafunzo (na mwamuzi anayalinganisha); ikisimamishwa, inaendelea pale iliposimama</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Mwamuzi:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Kabla</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Baada</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Majibu</translation>
    </message>
    <message>
        <source>End cleanly before the limit</source>
        <translation>Yanaisha vizuri kabla ya kikomo</translation>
    </message>
    <message>
        <source>Cut off at the limit</source>
        <translation>Yamekatwa kwenye kikomo</translation>
    </message>
    <message>
        <source>Repeat themselves</source>
        <translation>Yanajirudia</translation>
    </message>
    <message>
        <source>Mean length (tokens)</source>
        <translation>Urefu wa wastani (tokeni)</translation>
    </message>
    <message>
        <source>A finished training run shows here what it changed on the instructions it held out.</source>
        <translation>Mafunzo yaliyokamilika yanaonyesha hapa yalichobadilisha kwenye maagizo yaliyotengwa.</translation>
    </message>
    <message>
        <source>“{0}” held no instructions out, so nothing can show what it changed; train with a held-out fraction.</source>
        <translation>“{0}” haikutenga maagizo yoyote, kwa hiyo hakuna kinachoweza kuonyesha ilichobadilisha; funza ukitenga sehemu ya data.</translation>
    </message>
    <message>
        <source>“{0}” has not been measured yet: press “Measure what it changed”.</source>
        <translation>“{0}” bado haijapimwa: bonyeza “Pima yaliyobadilika”.</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>“{0}” kwenye agizo %Ln lililotengwa, tokeni {1:,} kwa jibu zaidi: {2} kabla, {3} baada.</numerusform>
            <numerusform>“{0}” kwenye maagizo %Ln yaliyotengwa, tokeni {1:,} kwa jibu zaidi: {2} kabla, {3} baada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out loss: {0} at step {1:,}, {2} at step {3:,}.</source>
        <translation>Hasara ya data iliyotengwa: {0} katika hatua {1:,}, {2} katika hatua {3:,}.</translation>
    </message>
    <message>
        <source>No held-out loss was recorded.</source>
        <translation>Hakuna hasara ya data iliyotengwa iliyorekodiwa.</translation>
    </message>
    <message>
        <source>The judge {0} is a small model: its preferences are weak evidence of what changed.</source>
        <translation>Mwamuzi {0} ni modeli ndogo: mapendeleo yake ni ushahidi dhaifu wa kilichobadilika.</translation>
    </message>
    <message>
        <source>Too few held-out instructions ({0:,}) for the shares or the interval to mean much; {1:,} or more are needed.</source>
        <translation>Maagizo yaliyotengwa ni machache mno ({0:,}) kwa asilimia au kipindi kuwa na maana; yanahitajika {1:,} au zaidi.</translation>
    </message>
    <message>
        <source>No judge compared the answers; choose one to learn which it prefers.</source>
        <translation>Hakuna mwamuzi aliyelinganisha majibu; chagua mmoja ujue anapendelea yapi.</translation>
    </message>
    <message>
        <source>The judge gave no verdict on any pair.</source>
        <translation>Mwamuzi hakutoa uamuzi kwa jozi yoyote.</translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>Mwamuzi {0} alipendelea modeli iliyoboreshwa katika {1} ya ulinganisho %Ln, kila jozi ikiulizwa kwa mpangilio wote miwili (kipindi cha 95% {2} hadi {3}; ilishinda {4:,}, ilishindwa {5:,}, sare {6:,}).</numerusform>
            <numerusform>Mwamuzi {0} alipendelea modeli iliyoboreshwa katika {1} ya ulinganisho %Ln, kila jozi ikiulizwa kwa mpangilio wote miwili (kipindi cha 95% {2} hadi {3}; ilishinda {4:,}, ilishindwa {5:,}, sare {6:,}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Tokens per character, relative to English</source>
        <translation>Tokeni kwa kila herufi, ukilinganisha na Kiingereza</translation>
    </message>
    <message>
        <source>Tokens per word, relative to English</source>
        <translation>Tokeni kwa kila neno, ukilinganisha na Kiingereza</translation>
    </message>
    <message>
        <source>Tokens for the same text, relative to English (decides the verdict)</source>
        <translation>Tokeni za maandishi yale yale, ukilinganisha na Kiingereza (huamua matokeo)</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Bado hakuna vipimo</translation>
    </message>
    <message>
        <source>{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), {tpw} tokens per word, {share:.0%} byte pieces; {n} instructions.</source>
        <translation>{model}, {language}: tokeni {tpc:.2f} kwa kila herufi ({rc:.1f}× ya Kiingereza), tokeni {tpw} kwa kila neno, vipande vya baiti {share:.0%}; maagizo {n}.</translation>
    </message>
    <message>
        <source>Poor fit: {reason}.</source>
        <translation>Haifai vizuri: {reason}.</translation>
    </message>
    <message>
        <source>no words to count</source>
        <translation>hakuna maneno ya kuhesabu</translation>
    </message>
    <message>
        <source>English (1×)</source>
        <translation>Kiingereza (1×)</translation>
    </message>
    <message>
        <source>poor fit from {:.0f}×</source>
        <translation>haifai vizuri kuanzia {:.0f}×</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>haifai vizuri</translation>
    </message>
</context>
<context>
    <name>FitSection</name>
    <message>
        <source>&lt;b&gt;Tokenizer fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ufaaji wa tokenizer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How many tokens each model needs for each language of the project, compared with English, on up to 500 of the project&apos;s own instructions per language.</source>
        <translation>Kila modeli inahitaji tokeni ngapi kwa kila lugha ya mradi, ukilinganisha na Kiingereza, kwa hadi maagizo 500 ya mradi wenyewe kwa kila lugha.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Measure the languages and models not measured yet</source>
        <translation>Pima lugha na modeli ambazo bado hazijapimwa</translation>
    </message>
    <message>
        <source>Tokenizer fit per model and language</source>
        <translation>Ufaaji wa tokenizer kwa kila modeli na lugha</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Inapima…</translation>
    </message>
    <message>
        <source>Measuring {what} ({done} of {total})…</source>
        <translation>Inapima {what} ({done} kati ya {total})…</translation>
    </message>
    <message>
        <source>No included instructions with a language yet</source>
        <translation>Bado hakuna maagizo yaliyojumuishwa yenye lugha</translation>
    </message>
    <message>
        <source>Not measured yet: press Refresh</source>
        <translation>Bado haijapimwa: bonyeza Onyesha upya</translation>
    </message>
    <message>
        <source>{model}: not measured ({why}).</source>
        <translation>{model}: haijapimwa ({why}).</translation>
    </message>
    <message>
        <source>{model} is a poor fit for {languages}.</source>
        <translation>{model} haifai vizuri kwa {languages}.</translation>
    </message>
    <message>
        <source>English reference: Handloom&apos;s own 60 English instructions (the project has too few in English).</source>
        <translation>Rejea ya Kiingereza: maagizo 60 ya Kiingereza ya Handloom yenyewe (mradi una machache mno ya Kiingereza).</translation>
    </message>
    <message>
        <source>Hover a bar for its numbers and the reason.</source>
        <translation>Weka kiashiria juu ya mwambaa ili kuona namba zake na sababu.</translation>
    </message>
    <message>
        <source>{n} measurements are missing.</source>
        <translation>Vipimo {n} vinakosekana.</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>Responses per instruction (the seed method keeps the best of 6)</source>
        <translation>Majibu kwa kila agizo (mbinu asilia hubakiza bora kati ya 6)</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Mfuatano unaosimbuliwa pamoja na llama.cpp</translation>
    </message>
    <message>
        <source>Requests in flight to the server</source>
        <translation>Maombi yanayotumwa kwa seva kwa wakati mmoja</translation>
    </message>
    <message>
        <source>variable holding the API key, if any</source>
        <translation>kigeu kinachoshika ufunguo wa API, kama upo</translation>
    </message>
    <message>
        <source>random</source>
        <translation>nasibu</translation>
    </message>
    <message>
        <source>A fixed seed makes the responses reproducible</source>
        <translation>Mbegu isiyobadilika hufanya majibu yaweze kurudiwa</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>kila lugha</translation>
    </message>
    <message>
        <source>all</source>
        <translation>yote</translation>
    </message>
    <message>
        <source>Only the first N included instructions</source>
        <translation>Maagizo N ya kwanza yaliyojumuishwa tu</translation>
    </message>
    <message>
        <source>A system prompt for every request (optional)</source>
        <translation>Kidokezo cha mfumo kwa kila ombi (si lazima)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Responses each</source>
        <translation>Majibu kwa kila moja</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Sambamba</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Maombi kwa wakati mmoja</translation>
    </message>
    <message>
        <source>API key from</source>
        <translation>Ufunguo wa API kutoka</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokeni za juu</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Joto</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Mbegu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Maagizo</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Kidokezo cha mfumo</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <source>Stop now; Resume continues where it stopped</source>
        <translation>Simamisha sasa; Endelea huendelea pale iliposimama</translation>
    </message>
    <message>
        <source>Stop and forget this run (responses written stay)</source>
        <translation>Simamisha na usahau mzunguko huu (majibu yaliyoandikwa yanabaki)</translation>
    </message>
    <message>
        <source>The CPUs are shared with other programs, so generation is slower until they finish.</source>
        <translation>CPU zinatumiwa pamoja na programu nyingine, kwa hiyo uzalishaji ni wa polepole hadi zitakapomaliza.</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>Yanayoandikwa</translation>
    </message>
    <message>
        <source>Responses by instruction</source>
        <translation>Majibu kwa kila agizo</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Kwanza sajili modeli kwenye ukurasa wa Modeli.</translation>
    </message>
    <message>
        <source>There are no included instructions to answer with these settings.</source>
        <translation>Hakuna maagizo yaliyojumuishwa ya kujibu kwa mipangilio hii.</translation>
    </message>
    <message>
        <source>All {0:,} responses with these settings are written.</source>
        <translation>Majibu yote {0:,} kwa mipangilio hii yameandikwa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} responses with these settings still to write.</source>
        <translation>Majibu &lt;b&gt;{0:,}&lt;/b&gt; kati ya {1:,} kwa mipangilio hii bado hayajaandikwa.</translation>
    </message>
    <message>
        <source>Choose a model to generate with.</source>
        <translation>Chagua modeli ya kuzalisha nayo.</translation>
    </message>
    <message>
        <source>Writing responses</source>
        <translation>Inaandika majibu</translation>
    </message>
    <message>
        <source>Wrote {0:,} responses ({1:,} tokens, {2} tokens/s).</source>
        <translation>Majibu {0:,} yameandikwa (tokeni {1:,}, tokeni {2}/s).</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Imesimamishwa na hitilafu; Endelea hujaribu tena kilichokosekana.</translation>
    </message>
    <message>
        <source>Paused; Resume continues where it stopped.</source>
        <translation>Imesitishwa; Endelea huendelea pale iliposimama.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Imeghairiwa.</translation>
    </message>
    <message>
        <source>Continue generating with {0} ({1}{2})</source>
        <translation>Endelea kuzalisha kwa {0} ({1}{2})</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>See the whole method at a glance: how many instructions reached each stage, what is running, and the next step.</source>
        <translation>Ona mbinu nzima kwa mtazamo mmoja: maagizo mangapi yamefika kila hatua, kinachoendelea sasa, na hatua inayofuata.</translation>
    </message>
    <message>
        <source>Bring in instructions people wrote: CSV, JSON Lines, Parquet or text files, or a Hugging Face dataset.</source>
        <translation>Leta maagizo yaliyoandikwa na watu: faili za CSV, JSON Lines, Parquet au maandishi, au seti ya data ya Hugging Face.</translation>
    </message>
    <message>
        <source>Drop unsafe, templated and duplicate instructions, and decide what happens to personal data.</source>
        <translation>Ondoa maagizo yasiyo salama, ya kiolezo au yanayojirudia, na uamue kinachofanyika kwa data binafsi.</translation>
    </message>
    <message>
        <source>Add the local GGUF models that answer, judge and get trained, or servers that run them.</source>
        <translation>Ongeza modeli za GGUF za kwenye kompyuta zinazojibu, kutathmini na kufunzwa, au seva zinazoziendesha.</translation>
    </message>
    <message>
        <source>If you like, translate the instructions into your language with a model.</source>
        <translation>Ukipenda, tafsiri maagizo kwa lugha yako kwa kutumia modeli.</translation>
    </message>
    <message>
        <source>Let a model answer every instruction, once or several times.</source>
        <translation>Acha modeli ijibu kila agizo, mara moja au mara kadhaa.</translation>
    </message>
    <message>
        <source>Let a model score each response from 0 to 10 with its reasons, and keep the best one.</source>
        <translation>Acha modeli ipe kila jibu alama kutoka 0 hadi 10 pamoja na sababu zake, na ubaki na bora zaidi.</translation>
    </message>
    <message>
        <source>Accept, reject or edit the instructions and responses yourself, from the keyboard.</source>
        <translation>Kubali, kataa au hariri maagizo na majibu wewe mwenyewe, kwa kibodi.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the accepted pairs.</source>
        <translation>Funza modeli zaidi kwa jozi zilizokubaliwa.</translation>
    </message>
    <message>
        <source>Put the base and the tuned model side by side and vote without knowing which is which.</source>
        <translation>Weka modeli ya msingi na ile iliyofunzwa kando kwa kando na upige kura bila kujua ipi ni ipi.</translation>
    </message>
    <message>
        <source>Export the dataset with its card, and send it to the Hugging Face Hub when you are online.</source>
        <translation>Hamisha seti ya data pamoja na kadi yake, na uitume kwenye Hugging Face Hub ukiwa mtandaoni.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Kuanza</translation>
    </message>
    <message>
        <source>Handloom builds a dataset in stages, one page each, in this order. Open the demo project or a project of your own from the File menu, then go through the pages from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page.</source>
        <translation>Handloom hujenga seti ya data kwa hatua, ukurasa mmoja kwa kila hatua, kwa mpangilio huu. Fungua mradi wa mfano au mradi wako kutoka menyu ya Faili, kisha pitia kurasa kuanzia juu ya upau wa pembeni; Ctrl+1 hadi Ctrl+0 hufungua ukurasa moja kwa moja.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary</source>
        <translation>Faharasa</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Istilahi</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Ingiza CSV…</translation>
    </message>
    <message>
        <source>Two columns: the term, its translation (a header row is skipped)</source>
        <translation>Safu wima mbili: istilahi, na tafsiri yake (safu ya vichwa inarukwa)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>Istilahi %Ln ya {0}.</numerusform>
            <numerusform>Istilahi %Ln za {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>Istilahi %Ln ya faharasa imeingizwa.</numerusform>
            <numerusform>Istilahi %Ln za faharasa zimeingizwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Ingiza faharasa</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Faharasa (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the Hugging Face Hub</source>
        <translation>Ingia kwenye Hugging Face Hub</translation>
    </message>
    <message>
        <source>Publishing to the Hub needs an access token with write permission: create one on huggingface.co under Settings → Access Tokens and paste it here. Handloom checks it with the Hub and keeps it where the Hugging Face tools keep their login on this computer, never in the project.</source>
        <translation>Kuchapisha kwenye Hub kunahitaji tokeni ya ufikiaji yenye ruhusa ya kuandika: iunde kwenye huggingface.co chini ya Settings → Access Tokens na uibandike hapa. Handloom huikagua na Hub na kuihifadhi pale zana za Hugging Face huhifadhi kuingia kwao kwenye kompyuta hii, kamwe si kwenye mradi.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Tokeni ya ufikiaji</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Toka</translation>
    </message>
    <message>
        <source>Signed in on this computer: pushes use the stored login.</source>
        <translation>Umeingia kwenye kompyuta hii: utumaji hutumia kuingia kulikohifadhiwa.</translation>
    </message>
    <message>
        <source>The HF_TOKEN variable holds a token, and pushes use it; signing out here does not change it.</source>
        <translation>Kigeu cha HF_TOKEN kina tokeni, na utumaji huitumia; kutoka hapa hakuibadilishi.</translation>
    </message>
    <message>
        <source>Not signed in: a push waits in the push queue until you sign in.</source>
        <translation>Hujaingia: utumaji unasubiri kwenye foleni ya kutuma hadi uingie.</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Inakagua tokeni na Hub…</translation>
    </message>
    <message>
        <source>Signed in to the Hub as {0}.</source>
        <translation>Umeingia kwenye Hub kama {0}.</translation>
    </message>
    <message>
        <source>Signed in to the Hub.</source>
        <translation>Umeingia kwenye Hub.</translation>
    </message>
    <message>
        <source>Signed out: the stored login was removed from this computer.</source>
        <translation>Umetoka: kuingia kulikohifadhiwa kumeondolewa kwenye kompyuta hii.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Preview</source>
        <translation>Onyesho la awali</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or who allowed its use</source>
        <translation>k.m. CC-BY-4.0, au aliyeruhusu matumizi yake</translation>
    </message>
    <message>
        <source>detect per row</source>
        <translation>tambua kwa kila safu</translation>
    </message>
    <message>
        <source>Skip bad rows (and list their lines)</source>
        <translation>Ruka safu mbovu (na uorodheshe mistari yake)</translation>
    </message>
    <message>
        <source>Import even if imported before</source>
        <translation>Ingiza hata kama iliingizwa kabla</translation>
    </message>
    <message>
        <source>Columns and options</source>
        <translation>Safu wima na chaguo</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>Leseni ya data</translation>
    </message>
    <message>
        <source>Language of every row</source>
        <translation>Lugha ya kila safu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Choose or drop a file to see its first rows here.</source>
        <translation>Chagua au dondosha faili ili kuona safu zake za kwanza hapa.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Inasoma safu za kwanza…</translation>
    </message>
    <message>
        <source>This file cannot be previewed (see above).</source>
        <translation>Faili hii haiwezi kuonyeshwa (tazama juu).</translation>
    </message>
    <message>
        <source>The first {0} rows, read as {1}.</source>
        <translation>Safu {0} za kwanza, zimesomwa kama {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>Mstari</numerusform>
            <numerusform>Mistari</numerusform>
        </translation>
    </message>
    <message>
        <source> {0} {1} could not be read; tick “Skip bad rows” to import the rest.</source>
        <translation> {0} {1} haikuweza kusomwa; weka alama “Ruka safu mbovu” ili kuingiza zilizobaki.</translation>
    </message>
    <message>
        <source>Import cancelled; Resume (above) continues it.</source>
        <translation>Uingizaji umeghairiwa; Endelea (juu) unauendeleza.</translation>
    </message>
    <message>
        <source>The import stopped (see the message above).</source>
        <translation>Uingizaji umesimama (tazama ujumbe ulio juu).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Instruction column</source>
        <translation>Safu wima ya agizo</translation>
    </message>
    <message>
        <source>Language column</source>
        <translation>Safu wima ya lugha</translation>
    </message>
    <message>
        <source>Author column</source>
        <translation>Safu wima ya mwandishi</translation>
    </message>
    <message>
        <source>Licence column</source>
        <translation>Safu wima ya leseni</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>Safu wima ya kitambulisho</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <source>Select an instruction to see it in full.</source>
        <translation>Chagua agizo ili ulione lote.</translation>
    </message>
</context>
<context>
    <name>InstructionModel</name>
    <message>
        <source>Instruction</source>
        <translation>Agizo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Imeondolewa kama</translation>
    </message>
    <message>
        <source>{0}: the language identifiers were not sure</source>
        <translation>{0}: vitambuzi vya lugha havikuwa na uhakika</translation>
    </message>
</context>
<context>
    <name>InstructionTable</name>
    <message>
        <source>Instructions</source>
        <translation>Maagizo</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Wait for the running job to finish or cancel it first.</source>
        <translation>Subiri kazi inayoendelea imalizike au uighairi kwanza.</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Pause</source>
        <translation>Sitisha</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> katika {0:,} kati ya {1:,}</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Importing instructions</source>
        <translation>Inaingiza maagizo</translation>
    </message>
    <message>
        <source>Curating</source>
        <translation>Inachuja</translation>
    </message>
    <message>
        <source>Writing follow-up questions</source>
        <translation>Inaandika maswali ya kufuatilia</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>Inahamisha seti ya data</translation>
    </message>
    <message>
        <source>Publishing to the Hub</source>
        <translation>Inachapisha kwenye Hub</translation>
    </message>
    <message>
        <source>Importing from the Hub</source>
        <translation>Inaingiza kutoka Hub</translation>
    </message>
    <message>
        <source>Merging the other copy</source>
        <translation>Inaunganisha nakala nyingine</translation>
    </message>
    <message>
        <source>Writing the batch file</source>
        <translation>Inaandika faili la kundi</translation>
    </message>
    <message>
        <source>Recording batch results</source>
        <translation>Inarekodi matokeo ya kundi</translation>
    </message>
    <message>
        <source>Exporting the training run</source>
        <translation>Inahamisha mzunguko wa mafunzo</translation>
    </message>
    <message>
        <source>Bringing back the training run</source>
        <translation>Inarudisha mzunguko wa mafunzo</translation>
    </message>
    <message>
        <source>Lifting exclusions</source>
        <translation>Inarejesha vilivyoondolewa</translation>
    </message>
    <message>
        <source>Answering follow-up questions</source>
        <translation>Inajibu maswali ya kufuatilia</translation>
    </message>
    <message>
        <source>Judging follow-ups</source>
        <translation>Inapima majibu ya kufuatilia</translation>
    </message>
    <message>
        <source>Curating: {0}</source>
        <translation>Inachuja: {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Uchujaji</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Uzalishaji</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>Flagging</source>
        <translation>Kuweka alama</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Maswali ya kufuatilia</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Mafunzo</translation>
    </message>
    <message>
        <source>Comparison answers</source>
        <translation>Majibu ya ulinganisho</translation>
    </message>
    <message>
        <source>Comparison judging</source>
        <translation>Tathmini ya ulinganisho</translation>
    </message>
    <message>
        <source>Writing a batch file</source>
        <translation>Kuandika faili la kundi</translation>
    </message>
    <message>
        <source>Reading a batch file</source>
        <translation>Kusoma faili la kundi</translation>
    </message>
    <message>
        <source>Exporting a training run</source>
        <translation>Kuhamisha mzunguko wa mafunzo</translation>
    </message>
    <message>
        <source>Tokenizer fit</source>
        <translation>Ufaaji wa tokenizer</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} ya {1}</translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation>{0} {1}{2}.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>JudgeBox</name>
    <message>
        <source>LLM judge</source>
        <translation>Mwamuzi wa LLM</translation>
    </message>
    <message>
        <source>Run the judge</source>
        <translation>Endesha mwamuzi</translation>
    </message>
    <message>
        <source>Also grade each answer 1–10</source>
        <translation>Pia weka alama 1–10 kwa kila jibu</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modeli ya mwamuzi</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokeni za juu</translation>
    </message>
    <message>
        <source>Each pair is asked in both orders; contradictory verdicts count as ties.</source>
        <translation>Kila jozi huulizwa kwa mpangilio wote miwili; maamuzi yanayopingana huhesabiwa kuwa sare.</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>All responses</source>
        <translation>Majibu yote</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Kwa lugha</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>Kwa modeli</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Alama</translation>
    </message>
    <message>
        <source>There are no responses to judge yet: generate some first.</source>
        <translation>Bado hakuna majibu ya kutathmini: zalisha baadhi kwanza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; responses judged, {1:,} unreadable, {2:,} not judged yet; &lt;b&gt;{3:,}&lt;/b&gt; selected.</source>
        <translation>Majibu &lt;b&gt;{0:,}&lt;/b&gt; yametathminiwa, {1:,} hayasomeki, {2:,} bado hayajatathminiwa; &lt;b&gt;{3:,}&lt;/b&gt; yamechaguliwa.</translation>
    </message>
    <message>
        <source>Judging responses</source>
        <translation>Inapima majibu</translation>
    </message>
    <message>
        <source>{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}.</source>
        <translation>{0} (kigezo v{1}) ametathmini majibu {2:,}, {3:,} hayasomeki, {4:,} matupu yamepewa 0; alama ya wastani {5}.</translation>
    </message>
    <message>
        <source>Cancelled; Judge again continues where it stopped.</source>
        <translation>Imeghairiwa; Tathmini tena huendelea pale iliposimama.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} instructions have a selected response.</source>
        <translation>Maagizo {0:,} kati ya {1:,} yana jibu lililochaguliwa.</translation>
    </message>
    <message>
        <source>Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person).</source>
        <translation>Jibu bora limechaguliwa kwa maagizo {0:,} kati ya {1:,} (alama {2:g} au zaidi; {3:,} yamekubaliwa na mtu).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>Swali %Ln la kufuatilia, {0:,} yamebakizwa kwa alama {1:g} au zaidi, {2:,} yameshindwa.</numerusform>
            <numerusform>Maswali %Ln ya kufuatilia, {0:,} yamebakizwa kwa alama {1:g} au zaidi, {2:,} yameshindwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Kwanza chagua modeli.</translation>
    </message>
</context>
<context>
    <name>JudgeRun</name>
    <message>
        <source>Judge the responses</source>
        <translation>Tathmini majibu</translation>
    </message>
    <message>
        <source>Room for the judge&apos;s rationale and score</source>
        <translation>Nafasi ya sababu na alama ya mwamuzi</translation>
    </message>
    <message>
        <source>Only responses no judge has scored</source>
        <translation>Majibu ambayo hakuna mwamuzi ameyapa alama tu</translation>
    </message>
    <message>
        <source>Judge unreadable judgements again</source>
        <translation>Tathmini tena tathmini zisizosomeka</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modeli ya mwamuzi</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Sambamba</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokeni za juu</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Set language</source>
        <translation>Weka lugha</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>Weka lugha ya agizo %n. Lugha iliyowekwa hapa inabaki: kutambua lugha tena hakuibadilishi kamwe.</numerusform>
            <numerusform>Weka lugha ya maagizo %n. Lugha iliyowekwa hapa inabaki: kutambua lugha tena hakuibadilishi kamwe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>Andika lugha au msimbo wake</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>The loss curve appears here while a run trains.</source>
        <translation>Mkunjo wa hasara unaonekana hapa mafunzo yanapoendelea.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>hatua {0}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>hasara ya mafunzo</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>hasara ya data iliyotengwa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Handloom</source>
        <translation>Handloom</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Mradi &amp;mpya…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Fungua mradi…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fungua ya &amp;karibuni</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>&amp;Unganisha nakala nyingine…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Onyesha kwenye &amp;folda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>M&amp;ipangilio…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Hakuna miradi ya karibuni</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Mradi mpya</translation>
    </message>
    <message>
        <source>Handloom projects (*.handloom)</source>
        <translation>Miradi ya Handloom (*.handloom)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Fungua mradi</translation>
    </message>
    <message>
        <source>{0} is in {1}</source>
        <translation>{0} iko ndani ya {1}</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>Unganisha nakala nyingine</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read.

Put back its latest automatic backup, {1} (saved {2})? The damaged file is kept beside it; changes made since the backup are not in it.</source>
        <translation>{0} imeharibika na haiwezi kusomwa.

Irudishe nakala yake ya akiba ya hivi karibuni, {1} (iliyohifadhiwa {2})? Faili iliyoharibika itabaki kando yake; mabadiliko yaliyofanywa baada ya nakala hiyo hayamo.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Urejeshe nakala ya akiba?</translation>
    </message>
    <message>
        <source>Restored {0} from {1}; the damaged file is kept as {2}.</source>
        <translation>{0} imerejeshwa kutoka {1}; faili iliyoharibika imehifadhiwa kama {2}.</translation>
    </message>
    <message>
        <source>{0} already exists; open it instead.</source>
        <translation>{0} tayari ipo; ifungue badala yake.</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>Inaunda {0}…</translation>
    </message>
    <message>
        <source>{0} — Handloom</source>
        <translation>{0} — Handloom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item.
What name should it use for you?</source>
        <translation>Handloom hurekodi nani aliingiza, alikagua au alibadilisha kila kipengee.
Itumie jina gani kwako?</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Layout</source>
        <translation>Mpangilio</translation>
    </message>
    <message>
        <source>a table of columns</source>
        <translation>jedwali la safu wima</translation>
    </message>
    <message>
        <source>{0} (recognised from its columns)</source>
        <translation>{0} (imetambuliwa kutoka safu wima zake)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {0}</source>
        <translation>Unganisha {0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <source>Checking what {0} would bring in… Nothing is changed until you press Merge.</source>
        <translation>Inakagua {0} ingeleta nini… Hakuna kinachobadilika hadi ubonyeze Unganisha.</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>Inaunganisha {0}…</translation>
    </message>
    <message>
        <source>Merging {0} would do this. Press Merge to bring it in; the other file is only read.</source>
        <translation>Kuunganisha {0} kungefanya hivi. Bonyeza Unganisha kuileta; faili nyingine inasomwa tu.</translation>
    </message>
    <message>
        <source>{0} holds nothing this project lacks.</source>
        <translation>{0} haina chochote ambacho mradi huu haunacho.</translation>
    </message>
    <message>
        <source>Merged {0}.</source>
        <translation>{0} imeunganishwa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>This file cannot be merged; this project was left untouched.</source>
        <translation>Faili hii haiwezi kuunganishwa; mradi huu haujaguswa.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>kazi %Ln</numerusform><numerusform>kazi %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>chanzo %Ln</numerusform><numerusform>vyanzo %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>modeli %Ln</numerusform><numerusform>modeli %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>rubriki %Ln</numerusform><numerusform>rubriki %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>kiolezo cha maelekezo %Ln</numerusform><numerusform>violezo vya maelekezo %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>istilahi ya faharasa %Ln</numerusform><numerusform>istilahi za faharasa %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>agizo %Ln</numerusform><numerusform>maagizo %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exclusion(s)</source>
        <translation><numerusform>uondoaji %Ln</numerusform><numerusform>uondoaji %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation><numerusform>tafsiri %Ln</numerusform><numerusform>tafsiri %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>jibu %Ln</numerusform><numerusform>majibu %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>alama ya jibu %Ln</numerusform><numerusform>alama za majibu %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>swali la ufuatiliaji %Ln</numerusform><numerusform>maswali ya ufuatiliaji %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>tathmini %Ln</numerusform><numerusform>tathmini %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>ukaguzi %Ln</numerusform><numerusform>kaguzi %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>mzunguko wa mafunzo %Ln</numerusform><numerusform>mizunguko ya mafunzo %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>kipimo cha mafunzo %Ln</numerusform><numerusform>vipimo vya mafunzo %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>safu ya mafunzo %Ln</numerusform><numerusform>safu za mafunzo %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>seti ya tathmini %Ln</numerusform><numerusform>seti za tathmini %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>kipengele cha tathmini %Ln</numerusform><numerusform>vipengele vya tathmini %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>jibu la tathmini %Ln</numerusform><numerusform>majibu ya tathmini %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>kura ya ulinganisho %Ln</numerusform><numerusform>kura za ulinganisho %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>alama ya jibu la daraja %Ln</numerusform><numerusform>alama za majibu za daraja %Ln</numerusform></translation>
    </message>
    <message>
        <source>Renamed model “{0}” to “{1}”.</source>
        <translation>Modeli “{0}” imepewa jina jipya “{1}”.</translation>
    </message>
    <message>
        <source>Renamed training run “{0}” to “{1}”.</source>
        <translation>Mzunguko wa mafunzo “{0}” umepewa jina jipya “{1}”.</translation>
    </message>
    <message>
        <source>Renamed evaluation set “{0}” to “{1}”.</source>
        <translation>Seti ya tathmini “{0}” imepewa jina jipya “{1}”.</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>imekubaliwa</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>imekataliwa</translation>
    </message>
    <message>
        <source>• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• jibu la “{0}”: hapa {1} na {2}, kule {3} na {4} → sasa {5}</translation>
    </message>
    <message>
        <source>• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• agizo “{0}”: hapa {1} na {2}, kule {3} na {4} → sasa {5}</translation>
    </message>
    <message>
        <source>{0} {1}: here {2} by {3}, there {4} by {5} → now {6}</source>
        <translation>{0} {1}: hapa {2} na {3}, kule {4} na {5} → sasa {6}</translation>
    </message>
    <message>
        <source>Nothing new: everything is already here.</source>
        <translation>Hakuna jipya: kila kitu tayari kipo hapa.</translation>
    </message>
    <message>
        <source>Would bring in {0}.</source>
        <translation>Ingeleta {0}.</translation>
    </message>
    <message>
        <source>Brought in {0}.</source>
        <translation>Imeleta {0}.</translation>
    </message>
    <message>
        <source>The other file uses schema {0}; a temporary copy was upgraded and the file itself left untouched.</source>
        <translation>Faili lingine linatumia skima {0}; nakala ya muda imesasishwa na faili lenyewe halijaguswa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>Kipengele %Ln kilitengenezwa katika nakala zote mbili; cha hapa kimehifadhiwa.</numerusform><numerusform>Vipengele %Ln vilitengenezwa katika nakala zote mbili; vya hapa vimehifadhiwa.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>Jibu %Ln lilizalishwa tofauti katika nakala zote mbili; lao limehifadhiwa kama sampuli ya ziada.</numerusform><numerusform>Majibu %Ln yalizalishwa tofauti katika nakala zote mbili; yao yamehifadhiwa kama sampuli za ziada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>Ukaguzi %Ln ulitenguliwa katika nakala nyingine; umetenguliwa hapa pia.</numerusform><numerusform>Kaguzi %Ln zilitenguliwa katika nakala nyingine; zimetenguliwa hapa pia.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>Agizo %Ln lilichujwa tofauti kule; uchujaji wa hapa umehifadhiwa.</numerusform><numerusform>Maagizo %Ln yalichujwa tofauti kule; uchujaji wa hapa umehifadhiwa.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>Kipengele %Ln kilikaguliwa tofauti; kaguzi zote mbili zimehifadhiwa na ya karibuni zaidi ndiyo inaamua:</numerusform><numerusform>Vipengele %Ln vilikaguliwa tofauti; kaguzi zote mbili zimehifadhiwa na ya karibuni zaidi ndiyo inaamua:</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{0}  (server)</source>
        <translation>{0}  (seva)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Usanifu</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Vigezo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Ukadiriaji</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Kiolezo cha mazungumzo</translation>
    </message>
    <message>
        <source>GGUF file</source>
        <translation>Faili ya GGUF</translation>
    </message>
    <message>
        <source>GGUF + adapter</source>
        <translation>GGUF + adapta</translation>
    </message>
    <message>
        <source>server</source>
        <translation>seva</translation>
    </message>
    <message>
        <source>none: plain completion</source>
        <translation>hakuna: ukamilishaji wa kawaida</translation>
    </message>
    <message>
        <source>plain completion</source>
        <translation>ukamilishaji wa kawaida</translation>
    </message>
    <message>
        <source>instruction / response</source>
        <translation>agizo / jibu</translation>
    </message>
    <message>
        <source>Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs.</source>
        <translation>Modeli huandika na kutathmini majibu. Kila mradi una modeli mbili zilizojumuishwa; ongeza faili ya GGUF kutoka kompyuta hii, au modeli kwenye seva kwa kazi kubwa zaidi.</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>Modeli zilizosajiliwa</translation>
    </message>
    <message>
        <source>Add GGUF file…</source>
        <translation>Ongeza faili ya GGUF…</translation>
    </message>
    <message>
        <source>Add model on a server…</source>
        <translation>Ongeza modeli kwenye seva…</translation>
    </message>
    <message>
        <source>Run models on:</source>
        <translation>Endesha modeli kwenye:</translation>
    </message>
    <message>
        <source>Models loaded from now on use this; a job already running keeps its device.</source>
        <translation>Modeli zitakazopakiwa kuanzia sasa zitatumia hiki; kazi inayoendelea inabaki kwenye kifaa chake.</translation>
    </message>
    <message>
        <source>Finding out where models run…</source>
        <translation>Inatafuta modeli zinaendeshwa wapi…</translation>
    </message>
    <message>
        <source>GPU: {0}</source>
        <translation>GPU: {0}</translation>
    </message>
    <message>
        <source>CPU: {0}</source>
        <translation>CPU: {0}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads); {2} is not used.</source>
        <translation>Modeli zinaendeshwa kwenye: CPU kwa msimbo wa {0} (nyuzi {1}); {2} haitumiki.</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads) — no GPU found.</source>
        <translation>Modeli zinaendeshwa kwenye: CPU kwa msimbo wa {0} (nyuzi {1}) — hakuna GPU iliyopatikana.</translation>
    </message>
    <message>
        <source>{0}  (bundled)</source>
        <translation>{0}  (iliyojumuishwa)</translation>
    </message>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>muktadha wa tokeni %Ln</numerusform>
            <numerusform>muktadha wa tokeni %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out where models run.</source>
        <translation>Haikuweza kujua modeli zinaendeshwa wapi.</translation>
    </message>
    <message>
        <source>Models run on: {0}, every layer offloaded to the GPU.</source>
        <translation>Modeli zinaendeshwa kwenye: {0}, kila tabaka limehamishiwa GPU.</translation>
    </message>
    <message>
        <source>This installation&apos;s llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.</source>
        <translation>llama.cpp ya usakinishaji huu haina uwezo wa GPU, au haikupata GPU inayoweza kutumia. Matoleo ya CUDA na Vulkan hutumia GPU ikiwepo.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s CPU code: {0}, chosen for this processor when Handloom starts.</source>
        <translation>Msimbo wa CPU wa llama.cpp: {0}, uliochaguliwa kwa kichakataji hiki Handloom inapoanza.</translation>
    </message>
    <message>
        <source>Could not save the choice: {0}</source>
        <translation>Haikuweza kuhifadhi chaguo: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>haijatajwa</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>cha seva</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>cha modeli yenyewe</translation>
    </message>
    <message>
        <source>The prompt format for a model whose file has no chat template</source>
        <translation>Muundo wa kidokezo kwa modeli ambayo faili yake haina kiolezo cha mazungumzo</translation>
    </message>
    <message>
        <source>{0} models registered.</source>
        <translation>Modeli {0} zimesajiliwa.</translation>
    </message>
    <message>
        <source>serves “{0}”</source>
        <translation>inahudumia “{0}”</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>Ongeza modeli ya GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modeli za GGUF (*.gguf);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Inasoma {0}…</translation>
    </message>
    <message>
        <source>Say which model the server should run.</source>
        <translation>Taja modeli ambayo seva inapaswa kuendesha.</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>server</source>
        <translation>seva</translation>
    </message>
    <message>
        <source>{0}  (+ adapter)</source>
        <translation>{0}  (+ adapta)</translation>
    </message>
    <message>
        <source>Models to compare (2–4)</source>
        <translation>Modeli za kulinganisha (2–4)</translation>
    </message>
    <message>
        <source>GGUF models, tuned models (GGUF + adapter) and servers are added on the Models page.</source>
        <translation>Modeli za GGUF, modeli zilizoboreshwa (GGUF + adapta) na seva huongezwa kwenye ukurasa wa Modeli.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} prompts answered</source>
        <translation>{0}: vidokezo {1} kati ya {2} vimejibiwa</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Hide this hint</source>
        <translation>Ficha dokezo hili</translation>
    </message>
    <message>
        <source>This project is empty. Start by importing instructions: a file of instructions people wrote (CSV, JSON Lines, Parquet or text).</source>
        <translation>Mradi huu hauna kitu. Anza kwa kuingiza maagizo: faili ya maagizo yaliyoandikwa na watu (CSV, JSON Lines, Parquet au maandishi).</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>Nenda kwa Ingiza</translation>
    </message>
    <message>
        <source>Go to Models</source>
        <translation>Nenda kwa Modeli</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Nenda kwenye hatua inayofuata</translation>
    </message>
    <message>
        <source>This is the demo project, kept at {0}.</source>
        <translation>Huu ni mradi wa mfano, umehifadhiwa kwenye {0}.</translation>
    </message>
    <message>
        <source>Next: filter out duplicates, templated prompts and personal data on the Curate page.</source>
        <translation>Kinachofuata: ondoa nakala, vidokezo vya kiolezo na data binafsi kwenye ukurasa wa Chuja.</translation>
    </message>
    <message>
        <source>Go to Curate</source>
        <translation>Nenda kwa Chuja</translation>
    </message>
    <message>
        <source>Next: add a model on the Models page to answer the instructions.</source>
        <translation>Kinachofuata: ongeza modeli kwenye ukurasa wa Modeli ili ijibu maagizo.</translation>
    </message>
    <message>
        <source>Next: answer the instructions with a model on the Generate page.</source>
        <translation>Kinachofuata: jibu maagizo kwa modeli kwenye ukurasa wa Zalisha.</translation>
    </message>
    <message>
        <source>Go to Generate</source>
        <translation>Nenda kwa Zalisha</translation>
    </message>
    <message>
        <source>Next: let a model judge the responses on the Judge page, or review them yourself on the Review page.</source>
        <translation>Kinachofuata: acha modeli itathmini majibu kwenye ukurasa wa Tathmini, au uyakague wewe mwenyewe kwenye ukurasa wa Kagua.</translation>
    </message>
    <message>
        <source>Go to Judge</source>
        <translation>Nenda kwa Tathmini</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Imported</source>
        <translation>Yameingizwa</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Yamejumuishwa</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Yametafsiriwa</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Yamejibiwa</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Yametathminiwa</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Yamechaguliwa</translation>
    </message>
    <message>
        <source>With a second turn</source>
        <translation>Yenye zamu ya pili</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Safu za mafunzo</translation>
    </message>
    <message>
        <source>A job is running. Watch it on its page.</source>
        <translation>Kazi inaendelea. Ifuatilie kwenye ukurasa wake.</translation>
    </message>
    <message>
        <source>A job stopped before the end. Resume it on its page.</source>
        <translation>Kazi ilisimama kabla ya kumalizika. Iendeleze kwenye ukurasa wake.</translation>
    </message>
    <message>
        <source>Import the instructions people wrote.</source>
        <translation>Ingiza maagizo yaliyoandikwa na watu.</translation>
    </message>
    <message>
        <source>Filter out duplicates, templated prompts and personal data.</source>
        <translation>Ondoa nakala, vidokezo vya kiolezo na data binafsi.</translation>
    </message>
    <message>
        <source>Answer the included instructions with an open-weight model.</source>
        <translation>Jibu maagizo yaliyojumuishwa kwa modeli yenye uzito wazi.</translation>
    </message>
    <message>
        <source>Have a judge model score the answers from 0 to 10.</source>
        <translation>Mwache mwamuzi atoe alama kwa majibu kutoka 0 hadi 10.</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction.</source>
        <translation>Hifadhi jibu bora kwa kila agizo.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the selected pairs.</source>
        <translation>Funza modeli kwa jozi zilizochaguliwa.</translation>
    </message>
    <message>
        <source>Compare the tuned model with other models.</source>
        <translation>Linganisha modeli iliyoboreshwa na modeli nyingine.</translation>
    </message>
    <message>
        <source>Publish the dataset and the model.</source>
        <translation>Chapisha seti ya data na modeli.</translation>
    </message>
    <message>
        <source>Watch the running job</source>
        <translation>Fuatilia kazi inayoendelea</translation>
    </message>
    <message>
        <source>Resume the stopped job</source>
        <translation>Endeleza kazi iliyosimama</translation>
    </message>
    <message>
        <source>Import instructions</source>
        <translation>Ingiza maagizo</translation>
    </message>
    <message>
        <source>Curate the instructions</source>
        <translation>Chuja maagizo</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Zalisha majibu</translation>
    </message>
    <message>
        <source>Judge the answers</source>
        <translation>Tathmini majibu</translation>
    </message>
    <message>
        <source>Select the best answers</source>
        <translation>Chagua majibu bora</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Funza modeli</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Linganisha modeli</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>haijaanza</translation>
    </message>
    <message>
        <source>running</source>
        <translation>inaendelea</translation>
    </message>
    <message>
        <source>done</source>
        <translation>imekamilika</translation>
    </message>
    <message>
        <source>failed; Resume continues it</source>
        <translation>imeshindwa; Endeleza huiendeleza</translation>
    </message>
    <message>
        <source>stopped; Resume continues it</source>
        <translation>imesimama; Endeleza huiendeleza</translation>
    </message>
    <message>
        <source>interrupted; Resume continues it</source>
        <translation>imekatizwa; Endeleza huiendeleza</translation>
    </message>
    <message>
        <source>Run every stage of the method one after another, as a recipe: stopped or interrupted, it resumes at the stage where it stopped.</source>
        <translation>Endesha hatua zote za mbinu moja baada ya nyingine, kama mapishi: yakisimamishwa au kukatizwa, yanaendelea kwenye hatua yalipoishia.</translation>
    </message>
    <message>
        <source>The recipe stopped. Resume continues it at the stage where it stopped.</source>
        <translation>Mapishi yamesimama. Endeleza huyaendeleza kwenye hatua yalipoishia.</translation>
    </message>
    <message>
        <source>Starting the recipe…</source>
        <translation>Mapishi yanaanza…</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Hatua {0} kati ya {1}: {2}</translation>
    </message>
    <message>
        <source>The recipe “{0}” ran to its end.</source>
        <translation>Mapishi “{0}” yamefika mwisho.</translation>
    </message>
    <message>
        <source>From imported instructions to training rows</source>
        <translation>Kutoka maagizo yaliyoingizwa hadi safu za mafunzo</translation>
    </message>
    <message>
        <source>Open the page of this stage</source>
        <translation>Fungua ukurasa wa hatua hii</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Hatua inayofuata</translation>
    </message>
    <message>
        <source>The seed method in one go</source>
        <translation>Mbinu asilia kwa mkupuo mmoja</translation>
    </message>
    <message>
        <source>The recipe&apos;s current stage</source>
        <translation>Hatua ya sasa ya mapishi</translation>
    </message>
    <message>
        <source>Run the seed method…</source>
        <translation>Endesha mbinu asilia…</translation>
    </message>
    <message>
        <source>Choose a recipe, see its plan, and run every stage one after another</source>
        <translation>Chagua mapishi, tazama mpango wake, na uendeshe hatua zote moja baada ya nyingine</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Stop after the current unit of work; Resume continues from there</source>
        <translation>Simamisha baada ya kipande cha kazi cha sasa; Endeleza huendelea kutoka hapo</translation>
    </message>
    <message>
        <source>Resume the seed method</source>
        <translation>Endeleza mbinu asilia</translation>
    </message>
    <message>
        <source>Continue the recipe that stopped, at the stage where it stopped</source>
        <translation>Endeleza mapishi yaliyosimama, kwenye hatua yalipoishia</translation>
    </message>
    <message>
        <source>Running: {0} ({1} of {2})</source>
        <translation>Inaendelea: {0} ({1} kati ya {2})</translation>
    </message>
    <message>
        <source>Stopped: {0} ({1})</source>
        <translation>Imesimama: {0} ({1})</translation>
    </message>
    <message>
        <source>No job is running, and none stopped before its end.</source>
        <translation>Hakuna kazi inayoendelea, na hakuna iliyosimama kabla ya kumalizika.</translation>
    </message>
    <message>
        <source>Recipe “{0}”: {1}</source>
        <translation>Mapishi “{0}”: {1}</translation>
    </message>
    <message>
        <source>What {0} changed on {1} held-out instructions: answers that end cleanly {2} before, {3} after.</source>
        <translation>Kile {0} ilibadilisha kwa maagizo {1} yaliyowekwa kando: majibu yanayoisha vizuri {2} kabla, {3} baada.</translation>
    </message>
    <message>
        <source>The judge preferred the tuned model in {0} of comparisons (95% interval {1} to {2}).</source>
        <translation>Mwamuzi alipendelea modeli iliyoboreshwa katika {0} ya ulinganisho (kipindi cha 95% {1} hadi {2}).</translation>
    </message>
    <message>
        <source>Too few instructions or too weak a judge for these figures to mean much.</source>
        <translation>Maagizo ni machache mno au mwamuzi ni dhaifu mno kwa takwimu hizi kuwa na maana kubwa.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Curate</source>
        <translation>Chuja</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Zalisha</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Kagua</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Linganisha</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Funza</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Muhtasari</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{0} tokens/s</source>
        <translation>tokeni {0}/s</translation>
    </message>
    <message>
        <source>{0} per second</source>
        <translation>{0} kwa sekunde</translation>
    </message>
    <message>
        <source>{0} per minute</source>
        <translation>{0} kwa dakika</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Inaanza…</translation>
    </message>
    <message>
        <source>Waiting for the other model job to finish…</source>
        <translation>Inasubiri kazi nyingine ya modeli imalizike…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Inapakia modeli…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Inapakia {0}…</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>zimebaki {0}</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v kati ya %m</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Prompt</source>
        <translation>Kidokezo</translation>
    </message>
    <message>
        <source>Choose the languages to see their prompt.</source>
        <translation>Chagua lugha ili kuona kidokezo chake.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Hifadhi kama toleo jipya</translation>
    </message>
    <message>
        <source>Must contain {text}; may use {glossary}, {source_language} and {target_language}</source>
        <translation>Lazima kiwe na {text}; kinaweza kutumia {glossary}, {source_language} na {target_language}</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Back to the stored prompt</source>
        <translation>Rudi kwenye kidokezo kilichohifadhiwa</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Chaguo-msingi</translation>
    </message>
    <message>
        <source>Start again from Handloom&apos;s default prompt</source>
        <translation>Anza upya kutoka kidokezo chaguo-msingi cha Handloom</translation>
    </message>
    <message>
        <source>Choose a model and the languages first.</source>
        <translation>Kwanza chagua modeli na lugha.</translation>
    </message>
    <message>
        <source>Prompt for {0} → {1}</source>
        <translation>Kidokezo cha {0} → {1}</translation>
    </message>
    <message>
        <source>Handloom&apos;s default prompt (saved as version 1 on first use).</source>
        <translation>Kidokezo chaguo-msingi cha Handloom (kinahifadhiwa kama toleo 1 kinapotumiwa mara ya kwanza).</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>Toleo {0}, limehifadhiwa na {1} tarehe {2}.</translation>
    </message>
    <message>
        <source>Saved version {0} of the {1} prompt.</source>
        <translation>Toleo {0} la kidokezo cha {1} limehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Publish</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <source>Write the dataset into a new or empty folder you name or choose</source>
        <translation>Andika seti ya data kwenye folda mpya au tupu unayoipa jina au kuichagua</translation>
    </message>
    <message>
        <source>Publish to the Hub…</source>
        <translation>Chapisha kwenye Hub…</translation>
    </message>
    <message>
        <source>Publish model…</source>
        <translation>Chapisha modeli…</translation>
    </message>
    <message>
        <source>Upload a model tuned in this project (its adapter)</source>
        <translation>Pakia modeli iliyoboreshwa katika mradi huu (adapta yake)</translation>
    </message>
    <message>
        <source>Pull from the Hub…</source>
        <translation>Vuta kutoka Hub…</translation>
    </message>
    <message>
        <source>Give Handloom a Hugging Face access token for publishing, or remove it</source>
        <translation>Mpe Handloom tokeni ya ufikiaji ya Hugging Face kwa kuchapisha, au uiondoe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Hugging Face sign-in…</source>
        <translation>Kuingia Hugging Face…</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, the upload waits in this project&apos;s push queue.</source>
        <translation>Handloom hutumia kuingia kwako Hugging Face (“{0}” kwenye ukurasa wa Chapisha) au kigeu cha HF_TOKEN; tokeni haionyeshwi wala haihifadhiwi kwenye mradi. Bila mtandao, upakiaji unasubiri kwenye foleni ya kutuma ya mradi huu.</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>mmiliki/jina</translation>
    </message>
    <message>
        <source>Private repository (only you and your organisation see it)</source>
        <translation>Hazina ya faragha (wewe na shirika lako tu mnaiona)</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>Modeli iliyoboreshwa</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Hazina ya Hub</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Chapisha</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>What goes into the dataset</source>
        <translation>Kinachoingia kwenye seti ya data</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>Foleni ya kutuma</translation>
    </message>
    <message>
        <source>Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence.</source>
        <translation>Safu {0:,} ({1}) zimeandikwa kwenye {2} kama {3}, pamoja na kadi yake ya seti ya data na leseni.</translation>
    </message>
    <message>
        <source>Publish the dataset</source>
        <translation>Chapisha seti ya data</translation>
    </message>
    <message>
        <source>The dataset is exported as Parquet with its card and licence, queued in this project, then uploaded to this Hub repository.</source>
        <translation>Seti ya data inahamishwa kama Parquet pamoja na kadi na leseni yake, inawekwa foleni katika mradi huu, kisha inapakiwa kwenye hazina hii ya Hub.</translation>
    </message>
    <message>
        <source>Publish a tuned model</source>
        <translation>Chapisha modeli iliyoboreshwa</translation>
    </message>
    <message>
        <source>The adapter (PEFT and GGUF) and a model card are queued in this project, then uploaded to this Hub repository.</source>
        <translation>Adapta (PEFT na GGUF) na kadi ya modeli zinawekwa foleni katika mradi huu, kisha zinapakiwa kwenye hazina hii ya Hub.</translation>
    </message>
    <message>
        <source>this dataset</source>
        <translation>seti hii ya data</translation>
    </message>
    <message>
        <source>the model {0}</source>
        <translation>modeli {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>Agizo %Ln limeingizwa kutoka {0}.</numerusform>
            <numerusform>Maagizo %Ln yameingizwa kutoka {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPreview</name>
    <message>
        <source>What would be published</source>
        <translation>Kitakachochapishwa</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>Kadi ya seti ya data</translation>
    </message>
    <message>
        <source>Counting what would go in…</source>
        <translation>Inahesabu kitakachoingia…</translation>
    </message>
    <message>
        <source>There is no card without rows to describe.</source>
        <translation>Hakuna kadi bila safu za kueleza.</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from the Hub</source>
        <translation>Vuta kutoka Hub</translation>
    </message>
    <message>
        <source>owner/name or owner/name:split</source>
        <translation>mmiliki/jina au mmiliki/jina:sehemu</translation>
    </message>
    <message>
        <source>taken from the dataset&apos;s card</source>
        <translation>imechukuliwa kutoka kadi ya seti ya data</translation>
    </message>
    <message>
        <source>Hub dataset</source>
        <translation>Seti ya data ya Hub</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <source>Pull it again as a second copy</source>
        <translation>Ivute tena kama nakala ya pili</translation>
    </message>
    <message>
        <source>Import the dataset once more, beside what earlier pulls of it imported</source>
        <translation>Ingiza seti ya data mara nyingine, kando ya kilichoingizwa na uvutaji wa awali</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Vuta</translation>
    </message>
    <message>
        <source>Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection).</source>
        <translation>Ingiza maagizo ya seti ya data iliyo kwenye Hugging Face Hub katika mradi huu (inahitaji muunganisho).</translation>
    </message>
</context>
<context>
    <name>PushQueueView</name>
    <message>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Hazina ya Hub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Majaribio</translation>
    </message>
    <message>
        <source>Last error, or where it went</source>
        <translation>Hitilafu ya mwisho, au ilikokwenda</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Iliwekwa foleni</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>inasubiri</translation>
    </message>
    <message>
        <source>published</source>
        <translation>imechapishwa</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (faragha)</translation>
    </message>
    <message>
        <source>Waiting to be pushed</source>
        <translation>Zinasubiri kutumwa</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jaribu tena sasa</translation>
    </message>
    <message>
        <source>Try every waiting push again</source>
        <translation>Jaribu tena kila utumaji unaosubiri</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Take the selected push off the queue without sending it</source>
        <translation>Ondoa utumaji uliochaguliwa kwenye foleni bila kuutuma</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>bado haijajaribiwa</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Seti ya data</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>Bado hakuna kilichochapishwa kutoka mradi huu.</translation>
    </message>
    <message>
        <source>{0:,} waiting to be sent; nothing is lost while offline.</source>
        <translation>{0:,} zinasubiri kutumwa; hakuna kinachopotea ukiwa nje ya mtandao.</translation>
    </message>
    <message>
        <source>Everything queued has been published.</source>
        <translation>Kila kilichowekwa foleni kimechapishwa.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chagua Zote</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Onyesha Maelezo...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ficha Maelezo...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hifadhi Zote</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ndiyo kwa &amp;Zote</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>H&amp;apana kwa Zote</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Acha</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu Tena</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tumia</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Weka Upya</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rejesha Chaguo-msingi</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Nakili &amp;Anwani ya Kiungo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chagua Zote</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Import the instructions</source>
        <translation>Ingiza maagizo</translation>
    </message>
    <message>
        <source>Filter duplicates, templated prompts and personal data</source>
        <translation>Chuja nakala, maombi ya kiolezo na data binafsi</translation>
    </message>
    <message>
        <source>Translate the instructions</source>
        <translation>Tafsiri maagizo</translation>
    </message>
    <message>
        <source>Answer each instruction with the teacher model</source>
        <translation>Jibu kila agizo kwa modeli mwalimu</translation>
    </message>
    <message>
        <source>Score every answer from 0 to 10 with the judge</source>
        <translation>Pima kila jibu kutoka 0 hadi 10 kwa modeli tathmini</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction</source>
        <translation>Hifadhi jibu bora la kila agizo</translation>
    </message>
    <message>
        <source>Add a second turn, kept at a high score</source>
        <translation>Ongeza zamu ya pili, inayohifadhiwa ikipata alama ya juu</translation>
    </message>
    <message>
        <source>Fine-tune the student model</source>
        <translation>Boresha modeli mwanafunzi</translation>
    </message>
    <message>
        <source>Measure what the fine-tune changed</source>
        <translation>Pima kile ambacho uboreshaji ulibadilisha</translation>
    </message>
    <message>
        <source>Quick look: a few instructions, in minutes</source>
        <translation>Mtazamo wa haraka: maagizo machache, kwa dakika chache</translation>
    </message>
    <message>
        <source>The seed method, in English</source>
        <translation>Mbinu asilia, kwa Kiingereza</translation>
    </message>
    <message>
        <source>The seed method, translated into another language</source>
        <translation>Mbinu asilia, iliyotafsiriwa kwa lugha nyingine</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Run the seed method</source>
        <translation>Endesha mbinu asilia</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Mapishi:</translation>
    </message>
    <message>
        <source>The language to translate the instructions into: a code such as ja or sw, or its name</source>
        <translation>Lugha ya kutafsiri maagizo: msimbo kama ja au sw, au jina lake</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Tafsiri kwa:</translation>
    </message>
    <message>
        <source>Teacher (writes the answers):</source>
        <translation>Mwalimu (huandika majibu):</translation>
    </message>
    <message>
        <source>Judge (scores them 0–10):</source>
        <translation>Tathmini (hutoa alama 0–10):</translation>
    </message>
    <message>
        <source>Student (fine-tuned):</source>
        <translation>Mwanafunzi (huboreshwa):</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ndani</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Nje</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>The recipe&apos;s plan</source>
        <translation>Mpango wa mapishi</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Endesha</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Mpango unaandaliwa…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>imekamilika</translation>
    </message>
    <message>
        <source>In all {0}, at the speeds measured on this project.</source>
        <translation>Jumla {0}, kwa kasi zilizopimwa kwenye mradi huu.</translation>
    </message>
    <message>
        <source>Times come from jobs this project has finished; a stage without one has no estimate yet (“?”).</source>
        <translation>Muda unatokana na kazi ambazo mradi huu umemaliza; hatua isiyo na kazi iliyomalizika bado haina makadirio (“?”).</translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Mwisho</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bora</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Jibu</translation>
    </message>
    <message>
        <source>Search instructions with responses…</source>
        <translation>Tafuta maagizo yenye majibu…</translation>
    </message>
    <message>
        <source>Instructions with responses</source>
        <translation>Maagizo yenye majibu</translation>
    </message>
    <message>
        <source>Responses to the instruction</source>
        <translation>Majibu ya agizo</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Nambari ya sampuli</translation>
    </message>
    <message>
        <source>Selected as the best response</source>
        <translation>Limechaguliwa kama jibu bora</translation>
    </message>
    <message>
        <source>The response in full</source>
        <translation>Jibu lote</translation>
    </message>
    <message>
        <source>Pick an instruction, then a response, to read it in full.</source>
        <translation>Chagua agizo, kisha jibu, ili ulisome lote.</translation>
    </message>
    <message>
        <source>{0}

{1} responses from {2} models; language {3}</source>
        <translation>{0}

Majibu {1} kutoka modeli {2}; lugha {3}</translation>
    </message>
    <message>
        <source> (the first ones; search to find others)</source>
        <translation> (ya kwanza tu; tafuta ili kupata mengine)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>Agizo %Ln lenye majibu{0}</numerusform>
            <numerusform>Maagizo %Ln yenye majibu{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>any verdict</source>
        <translation>uamuzi wowote</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>bado hayajakaguliwa</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>yamekaguliwa</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>yamekubaliwa</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>yamekataliwa</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>hali yoyote</translation>
    </message>
    <message>
        <source>included</source>
        <translation>yamejumuishwa</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>yameondolewa</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Maagizo</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Majibu</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>lugha yoyote</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>chanzo chochote</translation>
    </message>
    <message>
        <source>any flags</source>
        <translation>alama yoyote</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>yenye alama</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>bila alama</translation>
    </message>
    <message>
        <source>any model</source>
        <translation>modeli yoyote</translation>
    </message>
    <message>
        <source>Translations: chrF of the back-translation (0–100); responses: the judge&apos;s score</source>
        <translation>Tafsiri: chrF ya tafsiri-rejea (0–100); majibu: alama ya mwamuzi</translation>
    </message>
    <message>
        <source>Translations only</source>
        <translation>Tafsiri tu</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Unakagua</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Alama kuanzia</translation>
    </message>
    <message>
        <source>flag: {0}</source>
        <translation>alama: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>unknown language</source>
        <translation>lugha isiyojulikana</translation>
    </message>
    <message>
        <source>Every response to this instruction</source>
        <translation>Kila jibu la agizo hili</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Hakuna cha kukagua.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Tafsiri ya mashine</translation>
    </message>
    <message>
        <source>Post-edit (E to edit)</source>
        <translation>Uhariri (E kuhariri)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Agizo</translation>
    </message>
    <message>
        <source>Response by {0} (E to edit)</source>
        <translation>Jibu la {0} (E kuhariri)</translation>
    </message>
    <message>
        <source>Instruction (E to edit)</source>
        <translation>Agizo (E kuhariri)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Jibu</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>kutoka {0}</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>modeli {0}</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ limekubaliwa</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ limekataliwa</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; by {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; na {1}</translation>
    </message>
    <message>
        <source>rated {0} ({1})</source>
        <translation>alama {0} ({1})</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>limehaririwa</translation>
    </message>
    <message>
        <source>note: “{0}”</source>
        <translation>dokezo: “{0}”</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation>{0} na {1} saa {2}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{0}&lt;/s&gt; (undone)</source>
        <translation>&lt;s&gt;{0}&lt;/s&gt; (imetenduliwa)</translation>
    </message>
    <message>
        <source>rated {0}</source>
        <translation>limepewa nyota {0}</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>limepewa nyota</translation>
    </message>
    <message>
        <source>note</source>
        <translation>dokezo</translation>
    </message>
    <message>
        <source>{0} → {1} by {2}</source>
        <translation>{0} → {1} na {2}</translation>
    </message>
    <message>
        <source>flags: {0}</source>
        <translation>alama: {0}</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>hakuna alama</translation>
    </message>
    <message>
        <source>back-translation chrF {0:.1f}: “{1}”</source>
        <translation>chrF ya tafsiri-rejea {0:.1f}: “{1}”</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>limekubaliwa</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>limekataliwa</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>bado halijakaguliwa</translation>
    </message>
    <message>
        <source> · score {0:.1f}</source>
        <translation> · alama {0:.1f}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>accept</source>
        <translation>imekubaliwa</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>imekataliwa</translation>
    </message>
    <message>
        <source>edit (Ctrl+Enter saves, Esc cancels)</source>
        <translation>hariri (Ctrl+Enter huhifadhi, Esc hughairi)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>weka alama</translation>
    </message>
    <message>
        <source>note</source>
        <translation>dokezo</translation>
    </message>
    <message>
        <source>back</source>
        <translation>nyuma</translation>
    </message>
    <message>
        <source>next</source>
        <translation>inayofuata</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>tendua</translation>
    </message>
    <message>
        <source>Accept  A</source>
        <translation>Kubali  A</translation>
    </message>
    <message>
        <source>Reject  R</source>
        <translation>Kataa  R</translation>
    </message>
    <message>
        <source>Edit  E</source>
        <translation>Hariri  E</translation>
    </message>
    <message>
        <source>Note  N</source>
        <translation>Dokezo  N</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Nyuma</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Inayofuata →</translation>
    </message>
    <message>
        <source>Undo  Ctrl+Z</source>
        <translation>Tendua  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A note for this item; Enter saves, Esc cancels</source>
        <translation>Dokezo la kipengee hiki; Enter huhifadhi, Esc hughairi</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>Hakuna cha kukagua kwa vichujio hivi.</translation>
    </message>
    <message>
        <source>Open a project to review its instructions and responses.</source>
        <translation>Fungua mradi ili kukagua maagizo na majibu yake.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:,} in this list</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1:,} katika orodha hii</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>Hiki ni kipengee cha mwisho katika orodha.</translation>
    </message>
    <message>
        <source>Set your name before reviewing: every action records it.</source>
        <translation>Weka jina lako kabla ya kukagua: kila kitendo hulirekodi.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Limekubaliwa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Limekataliwa</translation>
    </message>
    <message>
        <source>Saved the edit</source>
        <translation>Uhariri umehifadhiwa</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Limepewa alama</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Dokezo limewekwa</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z undoes it.</source>
        <translation>{0}. Ctrl+Z hulitendua.</translation>
    </message>
    <message>
        <source>Undid the {0}.</source>
        <translation>Imetendua: {0}.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} reviewed</source>
        <translation>{0:,} kati ya {1:,} vimekaguliwa</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Set your name…</source>
        <translation>Weka jina lako…</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Unakagua kama &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell Handloom your name to review&lt;/b&gt;: every accept, reject, edit, rating and note records who made it.</source>
        <translation>&lt;b&gt;Iambie Handloom jina lako ili kukagua&lt;/b&gt;: kila kukubali, kukataa, kuhariri, alama na dokezo hurekodi aliyefanya.</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Hifadhi kama toleo jipya</translation>
    </message>
    <message>
        <source>Version {0} of {1}, by {2}</source>
        <translation>Toleo {0} kati ya {1}, na {2}</translation>
    </message>
</context>
<context>
    <name>RunElsewhere</name>
    <message>
        <source>Export to train elsewhere…</source>
        <translation>Hamisha ili kufunzwa mahali pengine…</translation>
    </message>
    <message>
        <source>Write this run as a folder that trains on a rented GPU with Unsloth; bring the folder back afterwards</source>
        <translation>Andika mafunzo haya kama folda inayofunzwa kwenye GPU ya kukodi kwa Unsloth; rudisha folda baadaye</translation>
    </message>
    <message>
        <source>Bring back a run…</source>
        <translation>Rudisha mafunzo…</translation>
    </message>
    <message>
        <source>An empty folder for the run</source>
        <translation>Folda tupu kwa mafunzo</translation>
    </message>
    <message>
        <source>The trained run&apos;s folder</source>
        <translation>Folda ya mafunzo yaliyokamilika</translation>
    </message>
    <message>
        <source>Exported {0} to {1}: on the GPU machine, install requirements.txt and run run.py, then bring the folder back.</source>
        <translation>{0} imehamishwa kwenda {1}: kwenye mashine ya GPU, sakinisha requirements.txt na uendeshe run.py, kisha rudisha folda.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>{0} imerudishwa: hatua %Ln, sasa ni modeli ya kujaribu.</numerusform>
            <numerusform>{0} imerudishwa: hatua %Ln, sasa ni modeli ya kujaribu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>Alama kutoka 0 hadi 10</translation>
    </message>
    <message>
        <source>Responses per score: </source>
        <translation>Majibu kwa kila alama: </translation>
    </message>
    <message>
        <source>{0:,} judged</source>
        <translation>{0:,} yametathminiwa</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Bado hakuna alama</translation>
    </message>
</context>
<context>
    <name>SelectionControls</name>
    <message>
        <source>Keep and select</source>
        <translation>Bakiza na uchague</translation>
    </message>
    <message>
        <source>Leave out responses with this flag</source>
        <translation>Acha majibu yenye alama hii</translation>
    </message>
    <message>
        <source>Select best</source>
        <translation>Chagua bora</translation>
    </message>
    <message>
        <source>For each instruction mark its best response at the threshold or above as selected; a person&apos;s accept or reject in review comes first</source>
        <translation>Kwa kila agizo weka jibu lake bora lililo kwenye kiwango au juu yake kuwa limechaguliwa; kukubali au kukataa kwa mtu katika ukaguzi kunatangulia</translation>
    </message>
    <message>
        <source>Longest answer to the follow-up question, in tokens</source>
        <translation>Jibu refu zaidi kwa swali la kufuatilia, kwa tokeni</translation>
    </message>
    <message>
        <source>Write follow-ups</source>
        <translation>Andika maswali ya kufuatilia</translation>
    </message>
    <message>
        <source>Add a second turn to every selected pair; keep it when the judge scores it at least the minimum</source>
        <translation>Ongeza zamu ya pili kwa kila jozi iliyochaguliwa; ibakize mwamuzi akiipa angalau alama ya chini</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Kiwango</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Acha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zamu ya pili&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Imeandikwa na</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Tokeni za jibu</translation>
    </message>
    <message>
        <source>Keep at score</source>
        <translation>Bakiza kwa alama</translation>
    </message>
    <message>
        <source>At &lt;b&gt;{0}&lt;/b&gt; or more: &lt;b&gt;{1:,}&lt;/b&gt; pairs remain, for {2:,} instructions ({3:,} judged).</source>
        <translation>Kwa &lt;b&gt;{0}&lt;/b&gt; au zaidi: jozi &lt;b&gt;{1:,}&lt;/b&gt; zimebaki, kwa maagizo {2:,} ({3:,} yametathminiwa).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a model on a server</source>
        <translation>Ongeza modeli kwenye seva</translation>
    </message>
    <message>
        <source>how Handloom should call it</source>
        <translation>jinsi Handloom inavyopaswa kuiita</translation>
    </message>
    <message>
        <source>http://gpu-box:8080/v1</source>
        <translation>http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <source>One address per line; requests are spread over them and go to the others when one stops answering.</source>
        <translation>Anwani moja kwa kila mstari; maombi yanagawanywa kati yao na kwenda kwa mengine seva moja inapoacha kujibu.</translation>
    </message>
    <message>
        <source>the model name the server knows, e.g. qwen2.5-7b</source>
        <translation>jina la modeli ambalo seva inalijua, k.m. qwen2.5-7b</translation>
    </message>
    <message>
        <source>e.g. Apache-2.0 (the dataset card lists it)</source>
        <translation>k.m. Apache-2.0 (kadi ya seti ya data inaitaja)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server works: llama.cpp&apos;s llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored.</source>
        <translation>Seva yoyote inayooana na OpenAI inafaa: llama-server ya llama.cpp, vLLM au Ollama. Ufunguo wa API husomwa kutoka kigeu cha mazingira wakati wa kuzalisha, na hauhifadhiwi kamwe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>Anwani za seva</translation>
    </message>
    <message>
        <source>Requests at once per server</source>
        <translation>Maombi kwa wakati mmoja kwa kila seva</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modeli kwenye seva</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
</context>
<context>
    <name>ServerTable</name>
    <message>
        <source>working</source>
        <translation>inafanya kazi</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>haifanyi kazi</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>imewekwa kando</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>haitumiki</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Seva</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Majibu</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokeni/s</translation>
    </message>
    <message>
        <source>Errors (retried)</source>
        <translation>Hitilafu (zilizojaribiwa tena)</translation>
    </message>
    <message>
        <source>Servers of the running job</source>
        <translation>Seva za kazi inayoendelea</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>The name shown on your reviews</source>
        <translation>Jina linaloonyeshwa kwenye ukaguzi wako</translation>
    </message>
    <message>
        <source>This name was set when Handloom was started and cannot be changed here.</source>
        <translation>Jina hili liliwekwa Handloom ilipoanzishwa na haliwezi kubadilishwa hapa.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Jina lako:</translation>
    </message>
    <message>
        <source>Recorded on what you import, review, judge or vote on from now on.</source>
        <translation>Kuanzia sasa linaandikwa kwenye unachoingiza, kukagua, kutathmini au kupigia kura.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lugha ya kiolesura</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Lugha ya mfumo ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <source>Translations of the interface; your data is never translated.</source>
        <translation>Tafsiri za kiolesura; data yako haitafsiriwi kamwe.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Mandhari</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Mandhari:</translation>
    </message>
    <message>
        <source>Demo project:</source>
        <translation>Mradi wa mfano:</translation>
    </message>
    <message>
        <source>The new language applies when Handloom next starts.</source>
        <translation>Lugha mpya itatumika Handloom itakapoanzishwa tena.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Nenda</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Ukurasa &amp;unaofuata</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Ukurasa &amp;uliotangulia</translation>
    </message>
    <message>
        <source>&amp;Run the page&apos;s main action</source>
        <translation>&amp;Endesha kitendo kikuu cha ukurasa</translation>
    </message>
    <message>
        <source>&amp;Search on this page</source>
        <translation>&amp;Tafuta kwenye ukurasa huu</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>&amp;Ghairi kazi inayoendelea</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kuanza</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Njia za &amp;mkato za kibodi</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Kila mahali</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menyu</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(hakuna maelezo)</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>Sehemu inayofuata / sehemu iliyotangulia</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Fungua menyu</translation>
    </message>
    <message>
        <source>the underlined letter</source>
        <translation>herufi iliyopigiwa mstari</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Andika ili kuchuja…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Chuja njia za mkato</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Responses being written</source>
        <translation>Majibu yanayoandikwa</translation>
    </message>
    <message>
        <source>Responses appear here as they are written.</source>
        <translation>Majibu yanaonekana hapa yanapoandikwa.</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;inasubiri…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message>
        <source>no votes</source>
        <translation>hakuna kura</translation>
    </message>
    <message>
        <source>{0:+.2f} · too few votes for an interval ({1})</source>
        <translation>{0:+.2f} · kura chache mno kwa muda ({1})</translation>
    </message>
    <message numerus="yes">
        <source>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)</source>
        <translation>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · kura %Ln</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · kura %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote(s)</source>
        <translation>
            <numerusform>{0}: nguvu {1:+.2f}, muda wa 95% {2:+.2f} hadi {3:+.2f}, kutoka kura %Ln</numerusform>
            <numerusform>{0}: nguvu {1:+.2f}, muda wa 95% {2:+.2f} hadi {3:+.2f}, kutoka kura %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Bado hakuna kura</translation>
    </message>
    <message>
        <source>{0}: {1} (a 95% interval needs more votes)</source>
        <translation>{0}: {1} (muda wa 95% unahitaji kura zaidi)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow system</source>
        <translation>Fuata mfumo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Mwanga</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Giza</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Quick try (CPU, minutes)</source>
        <translation>Jaribio la haraka (CPU, dakika chache)</translation>
    </message>
    <message>
        <source>Consumer GPU (8 GB)</source>
        <translation>GPU ya kawaida (GB 8)</translation>
    </message>
    <message>
        <source>Gemma turns (&lt;start_of_turn&gt;)</source>
        <translation>Zamu za Gemma (&lt;start_of_turn&gt;)</translation>
    </message>
    <message>
        <source>ChatML (&lt;|im_start|&gt;)</source>
        <translation>ChatML (&lt;|im_start|&gt;)</translation>
    </message>
    <message>
        <source>### Instruction / ### Response</source>
        <translation>### Instruction / ### Response</translation>
    </message>
    <message>
        <source>This base has no chat template; the tuned model will answer in the one chosen here</source>
        <translation>Modeli hii ya msingi haina kiolezo cha mazungumzo; modeli iliyoboreshwa itajibu kwa kile kilichochaguliwa hapa</translation>
    </message>
    <message>
        <source>name of the tuned model</source>
        <translation>jina la modeli iliyoboreshwa</translation>
    </message>
    <message>
        <source>by epochs</source>
        <translation>kwa epoki</translation>
    </message>
    <message>
        <source>adapter only</source>
        <translation>adapta tu</translation>
    </message>
    <message>
        <source>merged GGUF, {0}</source>
        <translation>GGUF iliyounganishwa, {0}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>yoyote</translation>
    </message>
    <message>
        <source>Only pairs a person accepted</source>
        <translation>Jozi ambazo mtu alikubali tu</translation>
    </message>
    <message>
        <source>every language (or e.g. sw,en)</source>
        <translation>kila lugha (au k.m. sw,en)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Mpangilio tayari</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modeli ya msingi</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Kiolezo cha mazungumzo</translation>
    </message>
    <message>
        <source>Tuned model name</source>
        <translation>Jina la modeli iliyoboreshwa</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Vigezo vya mafunzo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoki</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Kasi ya kujifunza</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Daraja la LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alfa ya LoRA</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Ukubwa wa kundi</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Ulimbikizaji wa gradienti</translation>
    </message>
    <message>
        <source>Max length (tokens)</source>
        <translation>Urefu wa juu (tokeni)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Mbegu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Judge score at least</source>
        <translation>Alama ya mwamuzi angalau</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Iliyotengwa</translation>
    </message>
    <message>
        <source>Hugging Face folder…</source>
        <translation>Folda ya Hugging Face…</translation>
    </message>
    <message>
        <source>Choose a Hugging Face model folder (with config.json)</source>
        <translation>Chagua folda ya modeli ya Hugging Face (yenye config.json)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Start training</source>
        <translation>Anza mafunzo</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept and Resume continues from it</source>
        <translation>Simama baada ya hatua ya sasa; kituo cha ukaguzi kinahifadhiwa na Endelea huendelea kutoka hapo</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Hasara</translation>
    </message>
    <message>
        <source>No chosen pairs to train on yet: select the best responses on the Judge page or accept them on the Review page.</source>
        <translation>Bado hakuna jozi zilizochaguliwa za kufunza: chagua majibu bora kwenye ukurasa wa Tathmini au uyakubali kwenye ukurasa wa Kagua.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; conversations to train on, {1} held out ({2} with a second turn).</source>
        <translation>Mazungumzo &lt;b&gt;{0}&lt;/b&gt; ya kufunza, {1} yametengwa ({2} yenye zamu ya pili).</translation>
    </message>
    <message>
        <source>{0} in evaluation sets are kept out.</source>
        <translation>{0} yaliyo katika seti za tathmini yanaachwa nje.</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Inasimama baada ya hatua hii na kuhifadhi kituo cha ukaguzi…</translation>
    </message>
    <message>
        <source>Choose a base model to train.</source>
        <translation>Chagua modeli ya msingi ya kufunza.</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume continues from the last checkpoint.</source>
        <translation>Imesimamishwa na hitilafu; Endelea huendelea kutoka kituo cha ukaguzi cha mwisho.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from the last checkpoint.</source>
        <translation>Imeghairiwa; Endelea huendelea kutoka kituo cha ukaguzi cha mwisho.</translation>
    </message>
    <message>
        <source>Continue training {0} ({1})</source>
        <translation>Endelea kufunza {0} ({1})</translation>
    </message>
</context>
<context>
    <name>TrainStatus</name>
    <message>
        <source>step %v of %m</source>
        <translation>hatua %v kati ya %m</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>Inaanza mchakato wa mafunzo…</translation>
    </message>
    <message>
        <source>Continuing from the checkpoint at step {0}.</source>
        <translation>Inaendelea kutoka kituo cha ukaguzi cha hatua {0}.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {0}.</source>
        <translation>Kituo cha ukaguzi kimehifadhiwa katika hatua {0}.</translation>
    </message>
    <message>
        <source>4-bit QLoRA</source>
        <translation>QLoRA ya biti 4</translation>
    </message>
    <message>
        <source>16-bit LoRA</source>
        <translation>LoRA ya biti 16</translation>
    </message>
    <message>
        <source>32-bit LoRA</source>
        <translation>LoRA ya biti 32</translation>
    </message>
    <message>
        <source>Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)</source>
        <translation>Injini: {0} kwenye {1}, {2} (mazungumzo {3}, {4} yametengwa)</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2}</source>
        <translation>Hatua {0} kati ya {1}, hasara {2}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>zimebaki {0}</translation>
    </message>
    <message>
        <source>Done: {0} is registered and ready to generate.</source>
        <translation>Imekamilika: {0} imesajiliwa na iko tayari kuzalisha.</translation>
    </message>
    <message>
        <source>Loss {0} → {1}, held-out loss {2}</source>
        <translation>Hasara {0} → {1}, hasara ya data iliyotengwa {2}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <source>Runs</source>
        <translation>Mizunguko</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Msingi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Injini</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Hasara</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>Hasara ya data iliyotengwa</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Jaribu</translation>
    </message>
    <message>
        <source>Generate with the chosen tuned model</source>
        <translation>Zalisha kwa modeli iliyoboreshwa iliyochaguliwa</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Faili: {0}</translation>
    </message>
</context>
<context>
    <name>TranslateForm</name>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>The language to translate into; type a code or a name</source>
        <translation>Lugha ya kutafsiri kwenda; andika msimbo au jina</translation>
    </message>
    <message>
        <source>every language but the target</source>
        <translation>kila lugha isipokuwa lengwa</translation>
    </message>
    <message>
        <source>all</source>
        <translation>yote</translation>
    </message>
    <message>
        <source>Only the first N originals</source>
        <translation>Maandishi asilia N ya kwanza tu</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Mfuatano unaosimbuliwa pamoja na llama.cpp</translation>
    </message>
    <message>
        <source>Translate back and score (chrF)</source>
        <translation>Tafsiri kurudi na upe alama (chrF)</translation>
    </message>
    <message>
        <source>Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time</source>
        <translation>Tafsiri kila tafsiri kurudi katika lugha yake ya chanzo na uilinganishe na asilia: makadirio ya jumla ya ubora, kwa muda mara mbili</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Kwenda</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Maagizo</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Sambamba</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokeni za juu</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Joto</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <source>Stop now; translations written stay, Resume continues</source>
        <translation>Simamisha sasa; tafsiri zilizoandikwa zinabaki, Endelea huendeleza</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Kidokezo</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Faharasa</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>Yanayoandikwa</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Kwanza sajili modeli kwenye ukurasa wa Modeli.</translation>
    </message>
    <message>
        <source>There are no included originals in other languages to translate.</source>
        <translation>Hakuna maandishi asilia yaliyojumuishwa katika lugha nyingine ya kutafsiri.</translation>
    </message>
    <message>
        <source>All {0:,} chosen instructions are translated with this model.</source>
        <translation>Maagizo yote {0:,} yaliyochaguliwa yametafsiriwa kwa modeli hii.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} instructions still to translate.</source>
        <translation>Maagizo &lt;b&gt;{0:,}&lt;/b&gt; kati ya {1:,} bado hayajatafsiriwa.</translation>
    </message>
    <message>
        <source>Choose a model and the language to translate into.</source>
        <translation>Chagua modeli na lugha ya kutafsiri kwenda.</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Inatafsiri</translation>
    </message>
    <message>
        <source>, {0:,} back-translated</source>
        <translation>, {0:,} zimetafsiriwa kinyume</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>Tafsiri %Ln imeandikwa{0}; alama: {1}.</numerusform>
            <numerusform>Tafsiri %Ln zimeandikwa{0}; alama: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Imesimamishwa na hitilafu; Endelea hujaribu tena kilichokosekana.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues where it stopped.</source>
        <translation>Imeghairiwa; Endelea huendelea pale iliposimama.</translation>
    </message>
    <message>
        <source>Continue translating into {0} with {1} ({2}{3})</source>
        <translation>Endelea kutafsiri kwenda {0} kwa {1} ({2}{3})</translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alama</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Imehaririwa</translation>
    </message>
    <message>
        <source>every translation</source>
        <translation>kila tafsiri</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Onyesha</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Tafsiri ya mashine</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Maandishi ya sasa</translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation> (ya kwanza tu)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>Tafsiri %Ln{0}; alama zilizowekwa: {1:,}.</numerusform>
            <numerusform>Tafsiri %Ln{0}; alama zilizowekwa: {1:,}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>Bado hakuna tafsiri.</translation>
    </message>
    <message>
        <source>No translation has this flag.</source>
        <translation>Hakuna tafsiri yenye alama hii.</translation>
    </message>
    <message>
        <source>with any flag</source>
        <translation>yenye alama yoyote</translation>
    </message>
    <message>
        <source>without flags</source>
        <translation>bila alama</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The name shown on your reviews</source>
        <translation>Jina linaloonyeshwa kwenye ukaguzi wako</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Jina lako:</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item. You can change the name later in File ▸ Settings.</source>
        <translation>Handloom huandika nani aliingiza, alikagua au alibadilisha kila kipengee. Unaweza kubadilisha jina baadaye kwenye Faili ▸ Mipangilio.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Fungua mradi wa mfano</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Mradi mpya…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Fungua mradi…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Handloom&lt;/h2&gt;Build a dataset from instructions people really wrote: import them, answer them with a local model, review the answers, then train and compare. Tell Handloom your name, then begin with the demo project or a project of your own.</source>
        <translation>&lt;h2&gt;Karibu Handloom&lt;/h2&gt;Jenga seti ya data kutoka kwa maagizo yaliyoandikwa kweli na watu: yaingize, yajibu kwa modeli ya kwenye kompyuta, kagua majibu, kisha funza na linganisha. Iambie Handloom jina lako, kisha anza na mradi wa mfano au mradi wako mwenyewe.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;A project is one file that holds your instructions, responses and reviews.</source>
        <translation>&lt;h2&gt;Hakuna mradi uliofunguliwa&lt;/h2&gt;Mradi ni faili moja linalohifadhi maagizo, majibu na ukaguzi wako.</translation>
    </message>
    <message>
        <source>The demo project is kept at {0}</source>
        <translation>Mradi wa mfano umehifadhiwa kwenye {0}</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Andika jina lako kwanza.</translation>
    </message>
</context>
<context>
    <name>WinRateHeatmap</name>
    <message>
        <source>No votes yet</source>
        <translation>Bado hakuna kura</translation>
    </message>
    <message>
        <source>{0} and {1} have no votes yet</source>
        <translation>{0} na {1} bado hawana kura</translation>
    </message>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>{0} alimshinda {1} katika {2:.0f}% ya kura %Ln (sare huhesabiwa nusu)</numerusform>
            <numerusform>{0} alimshinda {1} katika {2:.0f}% ya kura %Ln (sare huhesabiwa nusu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>Hitilafu isiyotarajiwa ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>_JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>{0}: agizo %Ln limeingizwa ({1})</numerusform>
            <numerusform>{0}: maagizo %Ln yameingizwa ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>; mstari mbovu %Ln umerukwa: {0}</numerusform>
            <numerusform>; mistari mibovu %Ln imerukwa: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Hakuna kilichoingizwa.</translation>
    </message>
</context>
<context>
    <name>instruction_detail</name>
    <message>
        <source>… {0} more characters are not shown here.</source>
        <translation>… Herufi {0} zaidi hazionyeshwi hapa.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Mstari</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Mwandishi</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imeingizwa na</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Imeingizwa saa</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Tafsiri ya</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Imeondolewa kama</translation>
    </message>
    <message>
        <source>Original text, as imported:</source>
        <translation>Maandishi asilia, kama yalivyoingizwa:</translation>
    </message>
    <message>
        <source>Before redaction:</source>
        <translation>Kabla ya kufichwa:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Asili:</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> katika {0:,} kati ya {1:,}</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
</context>
</TS>
