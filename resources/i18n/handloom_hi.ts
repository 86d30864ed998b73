<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name></name>
    <message>
        <source>Published {0}: {1}</source>
        <translation>{0} प्रकाशित हुआ: {1}</translation>
    </message>
    <message>
        <source>{0} is not published yet: {1} It stays queued in this project with everything it uploads, so nothing is lost; press Retry now under Push queue when you are online.</source>
        <translation>{0} अभी प्रकाशित नहीं हुआ: {1} यह अपनी सारी अपलोड सामग्री के साथ इस प्रोजेक्ट की कतार में बना रहता है, इसलिए कुछ नहीं खोता; ऑनलाइन होने पर &quot;भेजने की कतार&quot; के नीचे &quot;अभी फिर प्रयास करें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>it was not tried.</source>
        <translation>इसे आज़माया नहीं गया।</translation>
    </message>
    <message>
        <source>Nothing was waiting to be published.</source>
        <translation>प्रकाशन की प्रतीक्षा में कुछ नहीं था।</translation>
    </message>
</context>
<context>
    <name>AnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>उत्तर जनरेट करें</translation>
    </message>
    <message>
        <source>random</source>
        <translation>यादृच्छिक</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>समानांतर</translation>
    </message>
</context>
<context>
    <name>ArenaBoard</name>
    <message>
        <source>People&apos;s votes</source>
        <translation>लोगों के वोट</translation>
    </message>
    <message>
        <source>The judge&apos;s votes</source>
        <translation>निर्णायक के वोट</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>सभी वोट</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Strength of each model</source>
        <translation>हर मॉडल की क्षमता</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>लीडरबोर्ड</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Strength [95% interval]</source>
        <translation>क्षमता [95% अंतराल]</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>वोट</translation>
    </message>
    <message>
        <source>Won / lost / tie / both bad</source>
        <translation>जीते / हारे / बराबर / दोनों खराब</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>जीत दर</translation>
    </message>
    <message>
        <source>Judge&apos;s grade</source>
        <translation>निर्णायक का ग्रेड</translation>
    </message>
    <message>
        <source>How often each model beats each other</source>
        <translation>हर मॉडल दूसरे को कितनी बार हराता है</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>पंक्ति के मॉडल की स्तंभ के मॉडल पर जीत दर</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>सभी भाषाएँ</translation>
    </message>
    <message>
        <source>{0} ({1} votes)</source>
        <translation>{0} ({1} वोट)</translation>
    </message>
    <message>
        <source>No votes yet: vote on some answers or run the judge.</source>
        <translation>अभी कोई वोट नहीं: कुछ उत्तरों पर वोट दें या निर्णायक चलाएँ।</translation>
    </message>
    <message>
        <source>{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a model 1.0 above another wins about 73% of the time); the whiskers are 95% bootstrap intervals, given from {1} votes for a model on.</source>
        <translation>{0} तुलनाएँ। शक्ति Bradley–Terry लॉग-शक्ति है (0 औसत है; किसी दूसरे से 1.0 ऊपर का मॉडल लगभग 73% बार जीतता है); रेखाएँ 95% bootstrap अंतराल हैं, जो किसी मॉडल के {1} वोट होने पर दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>– (no votes)</source>
        <translation>– (कोई वोट नहीं)</translation>
    </message>
    <message>
        <source>{0:+.2f} (too few votes)</source>
        <translation>{0:+.2f} (बहुत कम वोट)</translation>
    </message>
    <message>
        <source>The judge contradicted itself on {0} of {1} pairs asked in both orders (counted as ties).</source>
        <translation>दोनों क्रमों में पूछे गए {1} जोड़ों में से {0} पर निर्णायक ने खुद का खंडन किया (बराबर गिने गए)।</translation>
    </message>
    <message>
        <source>{0} agrees with people on {1}% of {2} votes (Cohen&apos;s kappa {3}).</source>
        <translation>{0} {2} वोटों में से {1}% पर लोगों से सहमत है (Cohen का kappa {3})।</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled and their models hidden until you vote</source>
        <translation>सेट “{1}” का आइटम {0} · {2} पर वोट हुए, {3} बाकी · ब्लाइंड: उत्तर फेंटे जाते हैं और वोट देने तक उनके मॉडल छिपे रहते हैं</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>बायाँ</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>दायाँ</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>उत्तर {0}</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>बायाँ बेहतर है</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>दायाँ बेहतर है</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>बराबर</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>दोनों खराब हैं</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>अगला आइटम</translation>
    </message>
    <message>
        <source>{0} is best</source>
        <translation>उत्तर {0} सबसे अच्छा है</translation>
    </message>
    <message>
        <source>All as good</source>
        <translation>सभी बराबर अच्छे</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>सभी खराब हैं</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>आपने &lt;b&gt;{0}&lt;/b&gt; चुना।</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>आपने इसे बराबर कहा।</translation>
    </message>
    <message>
        <source>You found them all bad.</source>
        <translation>आपको सभी खराब लगे।</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No instructions yet</source>
        <translation>अभी कोई निर्देश नहीं</translation>
    </message>
</context>
<context>
    <name>BatchButtons</name>
    <message>
        <source>Write a batch file…</source>
        <translation>बैच फ़ाइल लिखें…</translation>
    </message>
    <message>
        <source>Save what is still to do as a file for a GPU cluster (OpenAI&apos;s Batch API or vLLM&apos;s run_batch) instead of running it here</source>
        <translation>बचा हुआ काम यहाँ चलाने के बजाय GPU क्लस्टर के लिए एक फ़ाइल के रूप में सहेजें (OpenAI का Batch API या vLLM का run_batch)</translation>
    </message>
    <message>
        <source>Read batch results…</source>
        <translation>बैच के नतीजे पढ़ें…</translation>
    </message>
    <message>
        <source>Record the results file the cluster wrote; reading it again changes nothing</source>
        <translation>क्लस्टर की लिखी नतीजों की फ़ाइल दर्ज करें; इसे दोबारा पढ़ने से कुछ नहीं बदलता</translation>
    </message>
    <message>
        <source>Write a batch file</source>
        <translation>बैच फ़ाइल लिखें</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>बैच फ़ाइलें (*.jsonl)</translation>
    </message>
    <message>
        <source>Read batch results</source>
        <translation>बैच के नतीजे पढ़ें</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>%Ln अनुरोध {0} में लिखा गया।</numerusform>
            <numerusform>%Ln अनुरोध {0} में लिखे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending; no file was written.</source>
        <translation>कुछ भी बाकी नहीं है; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>{0:,} recorded, {1:,} already here, {2:,} failed.</source>
        <translation>{0:,} दर्ज हुए, {1:,} पहले से थे, {2:,} विफल रहे।</translation>
    </message>
    <message>
        <source>Line {0:,} is cut off; the lines before it were recorded.</source>
        <translation>पंक्ति {0:,} अधूरी कटी है; उससे पहले की पंक्तियाँ दर्ज हो गईं।</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>included</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>हटाए गए</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>लगभग दोहराव</translation>
    </message>
    <message>
        <source>template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>निजी जानकारी</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>मॉडरेशन</translation>
    </message>
    <message>
        <source>length</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>script</source>
        <translation>लिपि</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>रेगुलर एक्सप्रेशन</translation>
    </message>
    <message>
        <source>review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>खाली</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>अधूरा कटा</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>wrong language</source>
        <translation>गलत भाषा</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>इनकार</translation>
    </message>
    <message>
        <source>template tokens</source>
        <translation>टेम्पलेट टोकन</translation>
    </message>
    <message>
        <source>chatter</source>
        <translation>फ़ालतू बातें</translation>
    </message>
    <message>
        <source>extra text</source>
        <translation>अतिरिक्त पाठ</translation>
    </message>
    <message>
        <source>copy of source</source>
        <translation>स्रोत की नकल</translation>
    </message>
    <message>
        <source>copy of example</source>
        <translation>उदाहरण की नकल</translation>
    </message>
    <message>
        <source>length ratio</source>
        <translation>लंबाई अनुपात</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>test</source>
        <translation>परीक्षण</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>समीक्षा में अस्वीकृत</translation>
    </message>
    <message>
        <source>not the selected response</source>
        <translation>चुना गया उत्तर नहीं</translation>
    </message>
    <message>
        <source>not accepted in review</source>
        <translation>समीक्षा में स्वीकार नहीं</translation>
    </message>
    <message>
        <source>judge score below the minimum or missing</source>
        <translation>मूल्यांकन स्कोर न्यूनतम से कम या अनुपस्थित</translation>
    </message>
    <message>
        <source>language not chosen</source>
        <translation>भाषा चुनी नहीं गई</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Vote</source>
        <translation>वोट दें</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>लीडरबोर्ड</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set.</source>
        <translation>कोई मूल्यांकन सेट चुनें या बनाएँ।</translation>
    </message>
    <message>
        <source>Tick two to four models to compare.</source>
        <translation>तुलना के लिए दो से चार मॉडल चुनें।</translation>
    </message>
    <message>
        <source>These models have not answered this set yet: Generate answers first.</source>
        <translation>इन मॉडलों ने अभी इस सेट के उत्तर नहीं दिए: पहले &quot;उत्तर जनरेट करें&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>You have voted on every item these models answered. The leaderboard has the result; other people can vote on the same set too.</source>
        <translation>आपने उन सभी आइटम पर वोट दे दिया है जिनके उत्तर इन मॉडलों ने दिए। परिणाम लीडरबोर्ड में है; दूसरे लोग भी इसी सेट पर वोट दे सकते हैं।</translation>
    </message>
    <message>
        <source>Export the leaderboard</source>
        <translation>लीडरबोर्ड निर्यात करें</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the leaderboard to {0}.</source>
        <translation>लीडरबोर्ड {0} में सहेजा गया।</translation>
    </message>
    <message>
        <source>Made the evaluation set “{0}”: {1}.</source>
        <translation>मूल्यांकन सेट “{0}” बनाया गया: {1}।</translation>
    </message>
    <message>
        <source>Answering the prompts</source>
        <translation>प्रॉम्प्ट के उत्तर लिखे जा रहे हैं</translation>
    </message>
    <message>
        <source>Wrote {0} answers ({1} failed).</source>
        <translation>{0} उत्तर लिखे गए ({1} विफल)।</translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>पहले कोई निर्णायक मॉडल चुनें।</translation>
    </message>
    <message>
        <source>Judging the answers</source>
        <translation>उत्तरों का मूल्यांकन हो रहा है</translation>
    </message>
    <message>
        <source>{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on {4} of {5} pairs asked in both orders.</source>
        <translation>{0} ने {1} फ़ैसले ({2} अपठनीय) और {3} ग्रेड दिए; दोनों क्रमों में पूछे गए {5} जोड़ों में से {4} पर उसने खुद का खंडन किया।</translation>
    </message>
    <message>
        <source>{0} is judging its own answers too, and judges tend to prefer their own; choose another judge for a fair comparison.</source>
        <translation>{0} अपने ही उत्तरों का भी मूल्यांकन कर रहा है, और निर्णायक अपने उत्तरों को पसंद करते हैं; निष्पक्ष तुलना के लिए कोई दूसरा निर्णायक चुनें।</translation>
    </message>
    <message>
        <source>Cancelled; starting again continues where it stopped.</source>
        <translation>रद्द किया गया; फिर से शुरू करने पर जहाँ रुका था वहीं से जारी रहेगा।</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set first.</source>
        <translation>पहले कोई मूल्यांकन सेट चुनें या बनाएँ।</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Licence conflicts</source>
        <translation>लाइसेंस टकराव</translation>
    </message>
    <message>
        <source>&lt;b&gt;The licences of {0} conflict.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publishing it may break the terms above. Publish anyway?</source>
        <translation>&lt;b&gt;{0} के लाइसेंस आपस में टकराते हैं।&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;इसे प्रकाशित करने से ऊपर की शर्तें टूट सकती हैं। फिर भी प्रकाशित करें?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>फिर भी प्रकाशित करें</translation>
    </message>
</context>
<context>
    <name>CurateControls</name>
    <message>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>हूबहू दोहराव</translation>
    </message>
    <message>
        <source>Exclude repeats of an earlier instruction, keeping the first</source>
        <translation>किसी पहले के निर्देश के दोहराव हटाएँ, पहला रखें</translation>
    </message>
    <message>
        <source>Near duplicates ≥</source>
        <translation>लगभग दोहराव ≥</translation>
    </message>
    <message>
        <source>Exclude instructions this similar to an earlier one (0.5–1)</source>
        <translation>किसी पहले के निर्देश से इतने मिलते-जुलते निर्देश हटाएँ (0.5–1)</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>लगभग दोहराव की समानता</translation>
    </message>
    <message>
        <source>Templates, groups ≥</source>
        <translation>टेम्पलेट, समूह ≥</translation>
    </message>
    <message>
        <source>Exclude prompts filled into the same template this many times or more</source>
        <translation>एक ही टेम्पलेट में इतनी या अधिक बार भरे गए प्रॉम्प्ट हटाएँ</translation>
    </message>
    <message>
        <source>Smallest template group</source>
        <translation>सबसे छोटा टेम्पलेट समूह</translation>
    </message>
    <message>
        <source>keep only, e.g. sw, yo, en</source>
        <translation>केवल ये रखें, जैसे sw, yo, en</translation>
    </message>
    <message>
        <source>Also exclude uncertain language labels (xx?)</source>
        <translation>अनिश्चित भाषा लेबल (xx?) वाली पंक्तियाँ भी बाहर रखें</translation>
    </message>
    <message>
        <source>Exclude rows whose language the identifiers were not sure of; a language set by a person is always sure</source>
        <translation>वे पंक्तियाँ बाहर रखें जिनकी भाषा को लेकर पहचानकर्ता निश्चित नहीं थे; किसी व्यक्ति द्वारा तय की गई भाषा हमेशा निश्चित होती है</translation>
    </message>
    <message>
        <source>keep only, e.g. Latn, Ethi</source>
        <translation>केवल ये रखें, जैसे Latn, Ethi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <source>exclude matches, e.g. (?i)password</source>
        <translation>मेल खाने वाले हटाएँ, जैसे (?i)password</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>न्यूनतम अक्षर</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>अधिकतम अक्षर</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>लिपियाँ</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>निजी जानकारी</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>पैटर्न</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>फ़िल्टर लागू करें</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>फिर से शामिल करें</translation>
    </message>
    <message>
        <source>Include again everything excluded for the chosen reason</source>
        <translation>चुने गए कारण से हटाए गए सभी को फिर से शामिल करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>हटाने का कारण</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
</context>
<context>
    <name>CuratePage</name>
    <message>
        <source>Search instructions…</source>
        <translation>निर्देश खोजें…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>सभी भाषाएँ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>हटाए गए</translation>
    </message>
    <message>
        <source>Any language label</source>
        <translation>कोई भी भाषा लेबल</translation>
    </message>
    <message>
        <source>Sure labels</source>
        <translation>निश्चित लेबल</translation>
    </message>
    <message>
        <source>Uncertain labels (xx?)</source>
        <translation>अनिश्चित लेबल (xx?)</translation>
    </message>
    <message>
        <source>Rows whose language the identifiers were sure of, or not sure of</source>
        <translation>वे पंक्तियाँ जिनकी भाषा को लेकर पहचानकर्ता निश्चित थे, या नहीं थे</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>सभी स्रोत</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>कोई भी कारण</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>भाषा तय करें…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages&lt;/b&gt;</source>
        <translation>&lt;b&gt;भाषाएँ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, by reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;हटाए गए, कारण के अनुसार&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{1:,} में से {0:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>%Ln निर्देश</numerusform>
            <numerusform>%Ln निर्देश</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the language of {0:,} instruction(s) to {1}.</source>
        <translation>{0:,} निर्देशों की भाषा {1} तय की गई।</translation>
    </message>
    <message>
        <source>{0:,} with an uncertain language label (xx?)</source>
        <translation>{0:,} अनिश्चित भाषा लेबल (xx?) के साथ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>%Ln निर्देश शामिल</numerusform>
            <numerusform>%Ln निर्देश शामिल</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is excluded yet.</source>
        <translation>अभी कुछ भी हटाया नहीं गया।</translation>
    </message>
    <message>
        <source>Set the language of the selected instructions by hand (Ctrl+Shift+L)</source>
        <translation>चुने गए निर्देशों की भाषा हाथ से तय करें (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; included, {2:,} excluded, in {3:,} languages</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; निर्देश, &lt;b&gt;{1:,}&lt;/b&gt; शामिल, {2:,} हटाए गए, {3:,} भाषाओं में</translation>
    </message>
    <message>
        <source>{0:,} excluded as {1}</source>
        <translation>{0:,} &quot;{1}&quot; के रूप में हटाए गए</translation>
    </message>
    <message>
        <source>Curation finished: {0}.</source>
        <translation>छँटाई पूरी हुई: {0}।</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>एक मिनट से कम</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>लगभग {0} मिनट</translation>
    </message>
    <message>
        <source>about {0} h</source>
        <translation>लगभग {0} घंटे</translation>
    </message>
    <message>
        <source>about {0} h {1} min</source>
        <translation>लगभग {0} घंटे {1} मिनट</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second time.</source>
        <translation>{0} पहले ही {1} को आयात हो चुका है ({2} निर्देश); इसे दोबारा आयात करने के लिए “{3}” पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <source>Paste a Hugging Face access token first.</source>
        <translation>पहले Hugging Face एक्सेस टोकन चिपकाएँ।</translation>
    </message>
    <message>
        <source>The Hub did not accept this token; copy it again from the Access Tokens page of your Hugging Face settings. Nothing was stored.</source>
        <translation>Hub ने यह टोकन स्वीकार नहीं किया; इसे अपनी Hugging Face सेटिंग्स के Access Tokens पेज से फिर से कॉपी करें। कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached, so the token could not be checked and was not stored. Sign in again when this computer is online.</source>
        <translation>Hugging Face Hub तक पहुँचा नहीं जा सकता, इसलिए टोकन जाँचा नहीं जा सका और सहेजा नहीं गया। जब यह कंप्यूटर ऑनलाइन हो, फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” in “{4}”.</source>
        <translation>{0} पहले ही {1} को लाया जा चुका है ({2} निर्देश); इसे दोबारा लाने के लिए “{4}” में “{3}” पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <source>An earlier pull of {0} stopped part way through, and the Hub now gives a newer revision; continuing would mix two versions of the dataset. To pull the new revision as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.</source>
        <translation>{0} को लाने का पिछला प्रयास बीच में रुक गया था, और Hub अब एक नया संशोधन देता है; आगे बढ़ने से डेटासेट के दो संस्करण मिल जाएँगे। नए संशोधन को दूसरी प्रति के रूप में लाने के लिए (रुके हुए प्रयास ने जो आयात किया वह बना रहता है), “{2}” में “{1}” पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <source>No Hugging Face token: sign in with “{0}” on the Publish page.</source>
        <translation>कोई Hugging Face टोकन नहीं: प्रकाशित करें पेज पर “{0}” से साइन इन करें।</translation>
    </message>
</context>
<context>
    <name>EvalSetPanel</name>
    <message>
        <source>Evaluation set</source>
        <translation>मूल्यांकन सेट</translation>
    </message>
    <message>
        <source>name of a new set</source>
        <translation>नए सेट का नाम</translation>
    </message>
    <message>
        <source>Held-out split of the instructions</source>
        <translation>निर्देशों का अलग रखा गया हिस्सा</translation>
    </message>
    <message>
        <source>Chosen subset (search)</source>
        <translation>चुना गया उपसमूह (खोज)</translation>
    </message>
    <message>
        <source>Prompts from a file</source>
        <translation>किसी फ़ाइल के प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>words the instructions contain</source>
        <translation>निर्देशों में आने वाले शब्द</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <source>Make the set</source>
        <translation>सेट बनाएँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;New set&lt;/b&gt;</source>
        <translation>&lt;b&gt;नया सेट&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>{0} ({1} prompts)</source>
        <translation>{0} ({1} प्रॉम्प्ट)</translation>
    </message>
    <message>
        <source>No evaluation set yet: make one below</source>
        <translation>अभी कोई मूल्यांकन सेट नहीं: नीचे एक बनाएँ</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>कोई भी भाषा</translation>
    </message>
    <message>
        <source>Evaluation prompts</source>
        <translation>मूल्यांकन प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)</source>
        <translation>प्रॉम्प्ट (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>EvalSets</name>
    <message>
        <source>{0} held-out instructions in {1}</source>
        <translation>{1} में {0} अलग रखे गए निर्देश</translation>
    </message>
    <message>
        <source>{0} held-out instructions</source>
        <translation>{0} अलग रखे गए निर्देश</translation>
    </message>
    <message>
        <source>{0} chosen instructions</source>
        <translation>{0} चुने गए निर्देश</translation>
    </message>
    <message>
        <source>{0} instructions chosen by a filter</source>
        <translation>फ़िल्टर से चुने गए {0} निर्देश</translation>
    </message>
    <message>
        <source>{0} prompts from {1}</source>
        <translation>{1} से {0} प्रॉम्प्ट</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the dataset</source>
        <translation>डेटासेट निर्यात करें</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>निर्यात फ़ोल्डर</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <source>The dataset, its card and its licence are written into this folder. Type a new folder&apos;s name to create it, or choose an empty folder.</source>
        <translation>डेटासेट, उसका कार्ड और उसका लाइसेंस इस फ़ोल्डर में लिखे जाते हैं। नया फ़ोल्डर बनाने के लिए उसका नाम लिखें, या कोई ख़ाली फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Export the dataset into…</source>
        <translation>डेटासेट यहाँ निर्यात करें…</translation>
    </message>
    <message>
        <source>{0} already holds files, so the dataset goes into a new folder inside it, named above; change the name if you like.</source>
        <translation>{0} में पहले से फ़ाइलें हैं, इसलिए डेटासेट उसके अंदर एक नए फ़ोल्डर में जाएगा, जिसका नाम ऊपर लिखा है; चाहें तो नाम बदल दें।</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>किसी फ़ोल्डर का पूरा पथ लिखें, या कोई चुनें।</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} एक फ़ाइल है, फ़ोल्डर नहीं।</translation>
    </message>
    <message>
        <source>{0} already holds files; choose an empty or new folder.</source>
        <translation>{0} में पहले से फ़ाइलें हैं; कोई ख़ाली या नया फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The dataset goes into this empty folder.</source>
        <translation>डेटासेट इस ख़ाली फ़ोल्डर में जाएगा।</translation>
    </message>
    <message>
        <source>This folder will be created.</source>
        <translation>यह फ़ोल्डर बनाया जाएगा।</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Parquet (the Hub&apos;s own format)</source>
        <translation>Parquet (Hub का अपना प्रारूप)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Arrow folder (datasets.load_from_disk)</source>
        <translation>Arrow फ़ोल्डर (datasets.load_from_disk)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln पंक्ति</numerusform>
            <numerusform>%Ln पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln निर्देश</numerusform><numerusform>%Ln निर्देश</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln उत्तर</numerusform><numerusform>%Ln उत्तर</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;लाइसेंस:&lt;/b&gt; ज्ञात नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;लाइसेंस:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0} ({1})</source>
        <translation>&lt;b&gt;लाइसेंस:&lt;/b&gt; {0} ({1})</translation>
    </message>
    <message>
        <source>{0} under {1}</source>
        <translation>{0}, {1} के अंतर्गत</translation>
    </message>
    <message>
        <source> from {0}</source>
        <translation> {0} से</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;टकराव:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;ध्यान दें:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing would be exported: no response passes the options.</source>
        <translation>कुछ भी निर्यात नहीं होगा: कोई उत्तर विकल्पों पर खरा नहीं उतरता।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;भाषाएँ:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;छोड़े गए:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing; every response to an included instruction.</source>
        <translation>&lt;b&gt;छोड़े गए:&lt;/b&gt; कुछ नहीं; शामिल निर्देशों का हर उत्तर।</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>Only the selected response of each instruction</source>
        <translation>हर निर्देश का केवल चुना गया उत्तर</translation>
    </message>
    <message>
        <source>Only responses accepted in review</source>
        <translation>केवल समीक्षा में स्वीकृत उत्तर</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>कोई भी स्कोर</translation>
    </message>
    <message>
        <source>All languages, or codes such as sw, en</source>
        <translation>सभी भाषाएँ, या sw, en जैसे कोड</translation>
    </message>
    <message>
        <source> % of instructions</source>
        <translation> % निर्देश</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>प्रोजेक्ट का नाम</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Minimum judge score</source>
        <translation>निर्णायक का न्यूनतम स्कोर</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>परीक्षण हिस्सा</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>कार्ड पर नाम</translation>
    </message>
</context>
<context>
    <name>ExportedBox</name>
    <message>
        <source>Exported</source>
        <translation>निर्यात हो गया</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)</source>
        <translation>निर्देश फ़ाइलें (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or</source>
        <translation>निर्देश फ़ाइलें यहाँ छोड़ें (CSV, TSV, JSON, JSON Lines, Parquet, टेक्स्ट), या</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>फ़ाइलें चुनें…</translation>
    </message>
    <message>
        <source>or a Hugging Face dataset, e.g. CohereForAI/aya_dataset</source>
        <translation>या कोई Hugging Face डेटासेट, जैसे CohereForAI/aya_dataset</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>आयात की जाने वाली फ़ाइलें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>निकालें</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>अपने आप पहचानें</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Choose instruction files</source>
        <translation>निर्देश फ़ाइलें चुनें</translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message>
        <source>What the fine-tune changed</source>
        <translation>प्रशिक्षण ने क्या बदला</translation>
    </message>
    <message>
        <source>A model that compares each pair of answers, in both orders; without one only the answers are measured</source>
        <translation>एक मॉडल जो जवाबों की हर जोड़ी की दोनों क्रमों में तुलना करता है; उसके बिना केवल जवाब मापे जाते हैं</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>कोई निर्णायक नहीं</translation>
    </message>
    <message>
        <source>Measure what it changed</source>
        <translation>बदलाव मापें</translation>
    </message>
    <message>
        <source>The base and the tuned model answer the instructions the run held out (and the judge compares them); stopped, it continues where it stopped</source>
        <translation>आधार मॉडल और ट्यून किया गया मॉडल प्रशिक्षण द्वारा अलग रखे गए निर्देशों के जवाब देते हैं (और निर्णायक उनकी तुलना करता है); रोकने पर यह वहीं से आगे बढ़ता है जहाँ रुका था</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>निर्णायक:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>End cleanly before the limit</source>
        <translation>सीमा से पहले ठीक से खत्म होते हैं</translation>
    </message>
    <message>
        <source>Cut off at the limit</source>
        <translation>सीमा पर कट जाते हैं</translation>
    </message>
    <message>
        <source>Repeat themselves</source>
        <translation>खुद को दोहराते हैं</translation>
    </message>
    <message>
        <source>Mean length (tokens)</source>
        <translation>औसत लंबाई (टोकन)</translation>
    </message>
    <message>
        <source>A finished training run shows here what it changed on the instructions it held out.</source>
        <translation>पूरा हुआ प्रशिक्षण यहाँ दिखाता है कि उसने अलग रखे गए निर्देशों पर क्या बदला।</translation>
    </message>
    <message>
        <source>“{0}” held no instructions out, so nothing can show what it changed; train with a held-out fraction.</source>
        <translation>“{0}” ने कोई निर्देश अलग नहीं रखा, इसलिए कुछ भी नहीं दिखा सकता कि उसने क्या बदला; अलग रखे हिस्से के साथ प्रशिक्षण दें।</translation>
    </message>
    <message>
        <source>“{0}” has not been measured yet: press “Measure what it changed”.</source>
        <translation>“{0}” अभी मापा नहीं गया है: “बदलाव मापें” दबाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>“{0}” %Ln अलग रखे गए निर्देश पर, हर जवाब में अधिकतम {1:,} टोकन: पहले {2}, बाद में {3}।</numerusform>
            <numerusform>“{0}” %Ln अलग रखे गए निर्देशों पर, हर जवाब में अधिकतम {1:,} टोकन: पहले {2}, बाद में {3}।</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out loss: {0} at step {1:,}, {2} at step {3:,}.</source>
        <translation>अलग रखे डेटा की हानि: चरण {1:,} पर {0}, चरण {3:,} पर {2}।</translation>
    </message>
    <message>
        <source>No held-out loss was recorded.</source>
        <translation>अलग रखे डेटा की कोई हानि दर्ज नहीं हुई।</translation>
    </message>
    <message>
        <source>The judge {0} is a small model: its preferences are weak evidence of what changed.</source>
        <translation>निर्णायक {0} एक छोटा मॉडल है: उसकी पसंद बदलाव का कमज़ोर सबूत है।</translation>
    </message>
    <message>
        <source>Too few held-out instructions ({0:,}) for the shares or the interval to mean much; {1:,} or more are needed.</source>
        <translation>अलग रखे गए निर्देश बहुत कम हैं ({0:,}), इसलिए अनुपात या अंतराल का ज़्यादा मतलब नहीं; {1:,} या अधिक चाहिए।</translation>
    </message>
    <message>
        <source>No judge compared the answers; choose one to learn which it prefers.</source>
        <translation>किसी निर्णायक ने जवाबों की तुलना नहीं की; कौन-से जवाब उसे पसंद हैं, यह जानने के लिए एक चुनें।</translation>
    </message>
    <message>
        <source>The judge gave no verdict on any pair.</source>
        <translation>निर्णायक ने किसी भी जोड़ी पर फ़ैसला नहीं दिया।</translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>निर्णायक {0} ने %Ln तुलना में से {1} में ट्यून किए गए मॉडल को पसंद किया, हर जोड़ी दोनों क्रमों में पूछी गई (95% अंतराल {2} से {3}; जीत {4:,}, हार {5:,}, बराबरी {6:,})।</numerusform>
            <numerusform>निर्णायक {0} ने %Ln तुलनाओं में से {1} में ट्यून किए गए मॉडल को पसंद किया, हर जोड़ी दोनों क्रमों में पूछी गई (95% अंतराल {2} से {3}; जीत {4:,}, हार {5:,}, बराबरी {6:,})।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Tokens per character, relative to English</source>
        <translation>प्रति अक्षर टोकन, अंग्रेज़ी की तुलना में</translation>
    </message>
    <message>
        <source>Tokens per word, relative to English</source>
        <translation>प्रति शब्द टोकन, अंग्रेज़ी की तुलना में</translation>
    </message>
    <message>
        <source>Tokens for the same text, relative to English (decides the verdict)</source>
        <translation>उसी पाठ के लिए टोकन, अंग्रेज़ी की तुलना में (फ़ैसला इसी से)</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>अभी कोई माप नहीं</translation>
    </message>
    <message>
        <source>{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), {tpw} tokens per word, {share:.0%} byte pieces; {n} instructions.</source>
        <translation>{model}, {language}: प्रति अक्षर {tpc:.2f} टोकन (अंग्रेज़ी का {rc:.1f}×), प्रति शब्द {tpw} टोकन, {share:.0%} बाइट टुकड़े; {n} निर्देश।</translation>
    </message>
    <message>
        <source>Poor fit: {reason}.</source>
        <translation>खराब मेल: {reason}।</translation>
    </message>
    <message>
        <source>no words to count</source>
        <translation>गिनने के लिए कोई शब्द नहीं</translation>
    </message>
    <message>
        <source>English (1×)</source>
        <translation>अंग्रेज़ी (1×)</translation>
    </message>
    <message>
        <source>poor fit from {:.0f}×</source>
        <translation>{:.0f}× से खराब मेल</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>खराब मेल</translation>
    </message>
</context>
<context>
    <name>FitSection</name>
    <message>
        <source>&lt;b&gt;Tokenizer fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;टोकनाइज़र का मेल&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How many tokens each model needs for each language of the project, compared with English, on up to 500 of the project&apos;s own instructions per language.</source>
        <translation>प्रोजेक्ट की हर भाषा के लिए हर मॉडल को अंग्रेज़ी की तुलना में कितने टोकन चाहिए, प्रति भाषा प्रोजेक्ट के अपने अधिकतम 500 निर्देशों पर।</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Measure the languages and models not measured yet</source>
        <translation>जो भाषाएँ और मॉडल अभी नहीं मापे गए, उन्हें मापें</translation>
    </message>
    <message>
        <source>Tokenizer fit per model and language</source>
        <translation>मॉडल और भाषा के अनुसार टोकनाइज़र का मेल</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>माप जारी है…</translation>
    </message>
    <message>
        <source>Measuring {what} ({done} of {total})…</source>
        <translation>{what} मापा जा रहा है ({total} में से {done})…</translation>
    </message>
    <message>
        <source>No included instructions with a language yet</source>
        <translation>भाषा वाले कोई शामिल निर्देश अभी नहीं</translation>
    </message>
    <message>
        <source>Not measured yet: press Refresh</source>
        <translation>अभी मापा नहीं गया: &quot;ताज़ा करें&quot; दबाएँ</translation>
    </message>
    <message>
        <source>{model}: not measured ({why}).</source>
        <translation>{model}: मापा नहीं गया ({why})।</translation>
    </message>
    <message>
        <source>{model} is a poor fit for {languages}.</source>
        <translation>{model} का {languages} से मेल खराब है।</translation>
    </message>
    <message>
        <source>English reference: Handloom&apos;s own 60 English instructions (the project has too few in English).</source>
        <translation>अंग्रेज़ी संदर्भ: Handloom के अपने 60 अंग्रेज़ी निर्देश (प्रोजेक्ट में अंग्रेज़ी के बहुत कम हैं)।</translation>
    </message>
    <message>
        <source>Hover a bar for its numbers and the reason.</source>
        <translation>संख्याएँ और कारण देखने के लिए किसी पट्टी पर पॉइंटर रखें।</translation>
    </message>
    <message>
        <source>{n} measurements are missing.</source>
        <translation>{n} माप छूटे हुए हैं।</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Responses per instruction (the seed method keeps the best of 6)</source>
        <translation>हर निर्देश के उत्तर (मूल विधि 6 में से सबसे अच्छा रखती है)</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>llama.cpp द्वारा एक साथ डिकोड किए जाने वाले अनुक्रम</translation>
    </message>
    <message>
        <source>Requests in flight to the server</source>
        <translation>सर्वर को एक साथ भेजे जाने वाले अनुरोध</translation>
    </message>
    <message>
        <source>variable holding the API key, if any</source>
        <translation>API कुंजी वाला वेरिएबल, यदि हो</translation>
    </message>
    <message>
        <source>random</source>
        <translation>यादृच्छिक</translation>
    </message>
    <message>
        <source>A fixed seed makes the responses reproducible</source>
        <translation>तय सीड से उत्तर दोहराए जा सकते हैं</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>हर भाषा</translation>
    </message>
    <message>
        <source>all</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Only the first N included instructions</source>
        <translation>केवल पहले N शामिल निर्देश</translation>
    </message>
    <message>
        <source>A system prompt for every request (optional)</source>
        <translation>हर अनुरोध के लिए एक सिस्टम प्रॉम्प्ट (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Responses each</source>
        <translation>प्रति निर्देश उत्तर</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>समानांतर</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>समवर्तिता</translation>
    </message>
    <message>
        <source>API key from</source>
        <translation>API कुंजी कहाँ से</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <source>Stop now; Resume continues where it stopped</source>
        <translation>अभी रोकें; &quot;फिर शुरू करें&quot; जहाँ रुका था वहीं से जारी रखता है</translation>
    </message>
    <message>
        <source>Stop and forget this run (responses written stay)</source>
        <translation>इस रन को रोकें और भूल जाएँ (लिखे गए उत्तर बने रहते हैं)</translation>
    </message>
    <message>
        <source>The CPUs are shared with other programs, so generation is slower until they finish.</source>
        <translation>CPU अन्य प्रोग्रामों के साथ साझा हैं, इसलिए उनके समाप्त होने तक जनरेशन धीमा रहेगा।</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>लिखे जा रहे</translation>
    </message>
    <message>
        <source>Responses by instruction</source>
        <translation>निर्देश के अनुसार उत्तर</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>पहले मॉडल पेज पर कोई मॉडल पंजीकृत करें।</translation>
    </message>
    <message>
        <source>There are no included instructions to answer with these settings.</source>
        <translation>इन सेटिंग के साथ उत्तर देने के लिए कोई शामिल निर्देश नहीं है।</translation>
    </message>
    <message>
        <source>All {0:,} responses with these settings are written.</source>
        <translation>इन सेटिंग वाले सभी {0:,} उत्तर लिखे जा चुके हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} responses with these settings still to write.</source>
        <translation>इन सेटिंग वाले {1:,} में से &lt;b&gt;{0:,}&lt;/b&gt; उत्तर अभी लिखने बाकी हैं।</translation>
    </message>
    <message>
        <source>Choose a model to generate with.</source>
        <translation>जनरेट करने के लिए कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <source>Writing responses</source>
        <translation>जवाब लिखे जा रहे हैं</translation>
    </message>
    <message>
        <source>Wrote {0:,} responses ({1:,} tokens, {2} tokens/s).</source>
        <translation>{0:,} उत्तर लिखे गए ({1:,} टोकन, {2} टोकन/से.)।</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>एक त्रुटि से रुका; &quot;फिर शुरू करें&quot; छूटे हुए को फिर आज़माता है।</translation>
    </message>
    <message>
        <source>Paused; Resume continues where it stopped.</source>
        <translation>रोका गया; &quot;फिर शुरू करें&quot; जहाँ रुका था वहीं से जारी रखता है।</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>Continue generating with {0} ({1}{2})</source>
        <translation>{0} के साथ जनरेट करना जारी रखें ({1}{2})</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>See the whole method at a glance: how many instructions reached each stage, what is running, and the next step.</source>
        <translation>पूरी विधि एक नज़र में देखें: हर चरण तक कितने निर्देश पहुँचे, अभी क्या चल रहा है, और अगला कदम।</translation>
    </message>
    <message>
        <source>Bring in instructions people wrote: CSV, JSON Lines, Parquet or text files, or a Hugging Face dataset.</source>
        <translation>लोगों के लिखे निर्देश लाएँ: CSV, JSON Lines, Parquet या टेक्स्ट फ़ाइलें, या Hugging Face डेटासेट।</translation>
    </message>
    <message>
        <source>Drop unsafe, templated and duplicate instructions, and decide what happens to personal data.</source>
        <translation>असुरक्षित, साँचे वाले और दोहराए गए निर्देश हटाएँ, और तय करें कि निजी जानकारी का क्या हो।</translation>
    </message>
    <message>
        <source>Add the local GGUF models that answer, judge and get trained, or servers that run them.</source>
        <translation>स्थानीय GGUF मॉडल जोड़ें जो उत्तर देते हैं, मूल्यांकन करते हैं और प्रशिक्षित होते हैं, या उन्हें चलाने वाले सर्वर।</translation>
    </message>
    <message>
        <source>If you like, translate the instructions into your language with a model.</source>
        <translation>चाहें तो किसी मॉडल से निर्देशों का अपनी भाषा में अनुवाद करें।</translation>
    </message>
    <message>
        <source>Let a model answer every instruction, once or several times.</source>
        <translation>किसी मॉडल से हर निर्देश का उत्तर दिलवाएँ, एक बार या कई बार।</translation>
    </message>
    <message>
        <source>Let a model score each response from 0 to 10 with its reasons, and keep the best one.</source>
        <translation>किसी मॉडल से हर उत्तर को कारणों सहित 0 से 10 तक अंक दिलवाएँ, और सबसे अच्छा रखें।</translation>
    </message>
    <message>
        <source>Accept, reject or edit the instructions and responses yourself, from the keyboard.</source>
        <translation>निर्देशों और उत्तरों को ख़ुद स्वीकारें, अस्वीकारें या संपादित करें, कीबोर्ड से।</translation>
    </message>
    <message>
        <source>Fine-tune a model on the accepted pairs.</source>
        <translation>स्वीकृत जोड़ियों पर किसी मॉडल को फ़ाइन-ट्यून करें।</translation>
    </message>
    <message>
        <source>Put the base and the tuned model side by side and vote without knowing which is which.</source>
        <translation>मूल मॉडल और प्रशिक्षित मॉडल को साथ-साथ रखें और बिना जाने कि कौन-सा कौन है, वोट दें।</translation>
    </message>
    <message>
        <source>Export the dataset with its card, and send it to the Hugging Face Hub when you are online.</source>
        <translation>डेटासेट को उसके कार्ड के साथ निर्यात करें, और ऑनलाइन होने पर Hugging Face Hub पर भेजें।</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>Handloom builds a dataset in stages, one page each, in this order. Open the demo project or a project of your own from the File menu, then go through the pages from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page.</source>
        <translation>Handloom डेटासेट को चरणों में बनाता है, हर चरण का एक पेज, इसी क्रम में। फ़ाइल मेनू से डेमो प्रोजेक्ट या अपना प्रोजेक्ट खोलें, फिर साइडबार में ऊपर से पेजों पर आगे बढ़ें; Ctrl+1 से Ctrl+0 सीधे किसी पेज पर ले जाते हैं।</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary</source>
        <translation>शब्दावली</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>शब्द</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV आयात करें…</translation>
    </message>
    <message>
        <source>Two columns: the term, its translation (a header row is skipped)</source>
        <translation>दो स्तंभ: शब्द, उसका अनुवाद (शीर्षक पंक्ति छोड़ दी जाती है)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>निकालें</translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>{0} के लिए %Ln शब्द।</numerusform>
            <numerusform>{0} के लिए %Ln शब्द।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>%Ln शब्दावली शब्द आयात किया गया।</numerusform>
            <numerusform>%Ln शब्दावली शब्द आयात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>शब्दावली आयात करें</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>शब्दावलियाँ (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the Hugging Face Hub</source>
        <translation>Hugging Face Hub में साइन इन करें</translation>
    </message>
    <message>
        <source>Publishing to the Hub needs an access token with write permission: create one on huggingface.co under Settings → Access Tokens and paste it here. Handloom checks it with the Hub and keeps it where the Hugging Face tools keep their login on this computer, never in the project.</source>
        <translation>Hub पर प्रकाशित करने के लिए लिखने की अनुमति वाला एक्सेस टोकन चाहिए: huggingface.co पर Settings → Access Tokens में एक बनाएँ और यहाँ चिपकाएँ। Handloom उसे Hub से जाँचता है और वहीं रखता है जहाँ Hugging Face के टूल इस कंप्यूटर पर अपना लॉगिन रखते हैं, प्रोजेक्ट में कभी नहीं।</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>एक्सेस टोकन</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट करें</translation>
    </message>
    <message>
        <source>Signed in on this computer: pushes use the stored login.</source>
        <translation>इस कंप्यूटर पर साइन इन है: भेजने के लिए सहेजा गया लॉगिन इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>The HF_TOKEN variable holds a token, and pushes use it; signing out here does not change it.</source>
        <translation>HF_TOKEN वेरिएबल में एक टोकन है और भेजने के लिए वही इस्तेमाल होता है; यहाँ साइन आउट करने से वह नहीं बदलता।</translation>
    </message>
    <message>
        <source>Not signed in: a push waits in the push queue until you sign in.</source>
        <translation>साइन इन नहीं है: साइन इन करने तक अपलोड भेजने की कतार में इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Hub से टोकन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Signed in to the Hub as {0}.</source>
        <translation>Hub में {0} के रूप में साइन इन हो गया।</translation>
    </message>
    <message>
        <source>Signed in to the Hub.</source>
        <translation>Hub में साइन इन हो गया।</translation>
    </message>
    <message>
        <source>Signed out: the stored login was removed from this computer.</source>
        <translation>साइन आउट हो गया: सहेजा गया लॉगिन इस कंप्यूटर से हटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or who allowed its use</source>
        <translation>जैसे CC-BY-4.0, या जिसने इसके उपयोग की अनुमति दी</translation>
    </message>
    <message>
        <source>detect per row</source>
        <translation>हर पंक्ति के लिए पहचानें</translation>
    </message>
    <message>
        <source>Skip bad rows (and list their lines)</source>
        <translation>खराब पंक्तियाँ छोड़ें (और उनकी पंक्ति संख्याएँ दिखाएँ)</translation>
    </message>
    <message>
        <source>Import even if imported before</source>
        <translation>पहले आयात किया हो तब भी आयात करें</translation>
    </message>
    <message>
        <source>Columns and options</source>
        <translation>स्तंभ और विकल्प</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>डेटा का लाइसेंस</translation>
    </message>
    <message>
        <source>Language of every row</source>
        <translation>हर पंक्ति की भाषा</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Choose or drop a file to see its first rows here.</source>
        <translation>पहली पंक्तियाँ यहाँ देखने के लिए कोई फ़ाइल चुनें या छोड़ें।</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>पहली पंक्तियाँ पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>This file cannot be previewed (see above).</source>
        <translation>इस फ़ाइल का पूर्वावलोकन नहीं हो सकता (ऊपर देखें)।</translation>
    </message>
    <message>
        <source>The first {0} rows, read as {1}.</source>
        <translation>पहली {0} पंक्तियाँ, {1} के रूप में पढ़ी गईं।</translation>
    </message>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>पंक्ति</numerusform>
            <numerusform>पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source> {0} {1} could not be read; tick “Skip bad rows” to import the rest.</source>
        <translation> {0} {1} पढ़ी नहीं जा सकी; बाकी आयात करने के लिए “खराब पंक्तियाँ छोड़ें” चुनें।</translation>
    </message>
    <message>
        <source>Import cancelled; Resume (above) continues it.</source>
        <translation>आयात रद्द हुआ; ऊपर &quot;फिर शुरू करें&quot; इसे जारी रखता है।</translation>
    </message>
    <message>
        <source>The import stopped (see the message above).</source>
        <translation>आयात रुक गया (ऊपर का संदेश देखें)।</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Instruction column</source>
        <translation>निर्देश स्तंभ</translation>
    </message>
    <message>
        <source>Language column</source>
        <translation>भाषा स्तंभ</translation>
    </message>
    <message>
        <source>Author column</source>
        <translation>लेखक स्तंभ</translation>
    </message>
    <message>
        <source>Licence column</source>
        <translation>लाइसेंस स्तंभ</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>पंक्ति ID स्तंभ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <source>Select an instruction to see it in full.</source>
        <translation>पूरा देखने के लिए कोई निर्देश चुनें।</translation>
    </message>
</context>
<context>
    <name>InstructionModel</name>
    <message>
        <source>Instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>लिपि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>हटाने का कारण</translation>
    </message>
    <message>
        <source>{0}: the language identifiers were not sure</source>
        <translation>{0}: भाषा पहचानकर्ता निश्चित नहीं थे</translation>
    </message>
</context>
<context>
    <name>InstructionTable</name>
    <message>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Wait for the running job to finish or cancel it first.</source>
        <translation>चल रहे काम के पूरा होने तक रुकें या पहले उसे रद्द करें।</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर शुरू करें</translation>
    </message>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> {1:,} में से {0:,} पर</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Importing instructions</source>
        <translation>निर्देश आयात हो रहे हैं</translation>
    </message>
    <message>
        <source>Curating</source>
        <translation>छँटाई हो रही है</translation>
    </message>
    <message>
        <source>Writing follow-up questions</source>
        <translation>अनुवर्ती प्रश्न लिखे जा रहे हैं</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>डेटासेट निर्यात हो रहा है</translation>
    </message>
    <message>
        <source>Publishing to the Hub</source>
        <translation>Hub पर प्रकाशित हो रहा है</translation>
    </message>
    <message>
        <source>Importing from the Hub</source>
        <translation>Hub से आयात हो रहा है</translation>
    </message>
    <message>
        <source>Merging the other copy</source>
        <translation>दूसरी प्रति मिलाई जा रही है</translation>
    </message>
    <message>
        <source>Writing the batch file</source>
        <translation>बैच फ़ाइल लिखी जा रही है</translation>
    </message>
    <message>
        <source>Recording batch results</source>
        <translation>बैच के नतीजे दर्ज हो रहे हैं</translation>
    </message>
    <message>
        <source>Exporting the training run</source>
        <translation>प्रशिक्षण रन निर्यात हो रहा है</translation>
    </message>
    <message>
        <source>Bringing back the training run</source>
        <translation>प्रशिक्षण रन वापस लाया जा रहा है</translation>
    </message>
    <message>
        <source>Lifting exclusions</source>
        <translation>बहिष्करण हटाए जा रहे हैं</translation>
    </message>
    <message>
        <source>Answering follow-up questions</source>
        <translation>अनुवर्ती प्रश्नों के जवाब दिए जा रहे हैं</translation>
    </message>
    <message>
        <source>Judging follow-ups</source>
        <translation>अनुवर्ती जवाबों का मूल्यांकन हो रहा है</translation>
    </message>
    <message>
        <source>Curating: {0}</source>
        <translation>छँटाई हो रही है: {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>छँटाई</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>जनरेशन</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <source>Flagging</source>
        <translation>चिह्नित करना</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>अनुवर्ती प्रश्न</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Comparison answers</source>
        <translation>तुलना के उत्तर</translation>
    </message>
    <message>
        <source>Comparison judging</source>
        <translation>तुलना का मूल्यांकन</translation>
    </message>
    <message>
        <source>Writing a batch file</source>
        <translation>बैच फ़ाइल लिखना</translation>
    </message>
    <message>
        <source>Reading a batch file</source>
        <translation>बैच फ़ाइल पढ़ना</translation>
    </message>
    <message>
        <source>Exporting a training run</source>
        <translation>प्रशिक्षण रन निर्यात करना</translation>
    </message>
    <message>
        <source>Tokenizer fit</source>
        <translation>टोकनाइज़र का मेल</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1} का {0}</translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation>{0} {1}{2}।</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर शुरू करें</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>JudgeBox</name>
    <message>
        <source>LLM judge</source>
        <translation>LLM निर्णायक</translation>
    </message>
    <message>
        <source>Run the judge</source>
        <translation>निर्णायक चलाएँ</translation>
    </message>
    <message>
        <source>Also grade each answer 1–10</source>
        <translation>हर उत्तर को 1–10 ग्रेड भी दें</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>निर्णायक मॉडल</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Each pair is asked in both orders; contradictory verdicts count as ties.</source>
        <translation>हर जोड़ा दोनों क्रमों में पूछा जाता है; विरोधी फ़ैसले बराबर गिने जाते हैं।</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>All responses</source>
        <translation>सभी उत्तर</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>भाषा के अनुसार</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>मॉडल के अनुसार</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>There are no responses to judge yet: generate some first.</source>
        <translation>मूल्यांकन के लिए अभी कोई उत्तर नहीं: पहले कुछ जनरेट करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; responses judged, {1:,} unreadable, {2:,} not judged yet; &lt;b&gt;{3:,}&lt;/b&gt; selected.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; उत्तरों का मूल्यांकन हुआ, {1:,} अपठनीय, {2:,} का अभी नहीं; &lt;b&gt;{3:,}&lt;/b&gt; चुने गए।</translation>
    </message>
    <message>
        <source>Judging responses</source>
        <translation>जवाबों का मूल्यांकन हो रहा है</translation>
    </message>
    <message>
        <source>{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}.</source>
        <translation>{0} (रूब्रिक v{1}) ने {2:,} उत्तरों का मूल्यांकन किया, {3:,} अपठनीय, {4:,} खाली को 0 मिला; औसत स्कोर {5}।</translation>
    </message>
    <message>
        <source>Cancelled; Judge again continues where it stopped.</source>
        <translation>रद्द किया गया; फिर से मूल्यांकन करने पर जहाँ रुका था वहीं से जारी रहेगा।</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} instructions have a selected response.</source>
        <translation>{1:,} में से {0:,} निर्देशों का एक चुना गया उत्तर है।</translation>
    </message>
    <message>
        <source>Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person).</source>
        <translation>{1:,} में से {0:,} निर्देशों के लिए सबसे अच्छा उत्तर चुना गया (स्कोर {2:g} या अधिक; {3:,} किसी व्यक्ति द्वारा स्वीकृत)।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>%Ln अनुवर्ती, {0:,} स्कोर {1:g} या अधिक पर रखे गए, {2:,} विफल।</numerusform>
            <numerusform>%Ln अनुवर्ती, {0:,} स्कोर {1:g} या अधिक पर रखे गए, {2:,} विफल।</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>पहले कोई मॉडल चुनें।</translation>
    </message>
</context>
<context>
    <name>JudgeRun</name>
    <message>
        <source>Judge the responses</source>
        <translation>उत्तरों का मूल्यांकन करें</translation>
    </message>
    <message>
        <source>Room for the judge&apos;s rationale and score</source>
        <translation>निर्णायक के तर्क और स्कोर के लिए जगह</translation>
    </message>
    <message>
        <source>Only responses no judge has scored</source>
        <translation>केवल वे उत्तर जिन्हें किसी निर्णायक ने स्कोर नहीं किया</translation>
    </message>
    <message>
        <source>Judge unreadable judgements again</source>
        <translation>अपठनीय मूल्यांकन फिर से करें</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>निर्णायक मॉडल</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>समानांतर</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Set language</source>
        <translation>भाषा तय करें</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>%n निर्देश की भाषा तय करें। यहाँ तय की गई भाषा बनी रहती है: भाषाओं को दोबारा पहचानने से वह कभी नहीं बदलती।</numerusform>
            <numerusform>%n निर्देशों की भाषा तय करें। यहाँ तय की गई भाषा बनी रहती है: भाषाओं को दोबारा पहचानने से वह कभी नहीं बदलती।</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>कोई भाषा या उसका कोड लिखें</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>The loss curve appears here while a run trains.</source>
        <translation>प्रशिक्षण के दौरान हानि-वक्र यहाँ दिखता है।</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>चरण {0}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>प्रशिक्षण हानि</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>अलग रखे डेटा की हानि</translation>
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
        <translation>पेज</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>नया प्रोजेक्ट(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>प्रोजेक्ट खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>हाल के प्रोजेक्ट(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>दूसरी प्रति मिलाएँ(&amp;M)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>फ़ोल्डर में दिखाएँ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>कोई हाल का प्रोजेक्ट नहीं</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>नया प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Handloom projects (*.handloom)</source>
        <translation>Handloom प्रोजेक्ट (*.handloom)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <source>{0} is in {1}</source>
        <translation>{0}, {1} में है</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>दूसरी प्रति मिलाएँ</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read.

Put back its latest automatic backup, {1} (saved {2})? The damaged file is kept beside it; changes made since the backup are not in it.</source>
        <translation>{0} खराब हो गई है और पढ़ी नहीं जा सकती।

क्या इसका सबसे नया स्वचालित बैकअप, {1} ({2} को सहेजा गया), वापस लगाएँ? खराब फ़ाइल उसके बगल में रखी रहेगी; बैकअप के बाद किए गए बदलाव उसमें नहीं हैं।</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>बैकअप से पुनर्स्थापित करें?</translation>
    </message>
    <message>
        <source>Restored {0} from {1}; the damaged file is kept as {2}.</source>
        <translation>{0} को {1} से पुनर्स्थापित किया गया; खराब फ़ाइल {2} के रूप में रखी गई है।</translation>
    </message>
    <message>
        <source>{0} already exists; open it instead.</source>
        <translation>{0} पहले से मौजूद है; इसके बजाय उसे खोलें।</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>{0} बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>{0} — Handloom</source>
        <translation>{0} — Handloom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item.
What name should it use for you?</source>
        <translation>Handloom दर्ज करता है कि हर आइटम किसने आयात किया, समीक्षा की या बदला।
आपके लिए कौन-सा नाम इस्तेमाल करे?</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Layout</source>
        <translation>संरचना</translation>
    </message>
    <message>
        <source>a table of columns</source>
        <translation>स्तंभों की तालिका</translation>
    </message>
    <message>
        <source>{0} (recognised from its columns)</source>
        <translation>{0} (स्तंभों से पहचाना गया)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {0}</source>
        <translation>{0} मिलाएँ</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>मिलाएँ</translation>
    </message>
    <message>
        <source>Checking what {0} would bring in… Nothing is changed until you press Merge.</source>
        <translation>जाँच रहे हैं कि {0} क्या लाएगा… &quot;मिलाएँ&quot; दबाने तक कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>{0} मिलाया जा रहा है…</translation>
    </message>
    <message>
        <source>Merging {0} would do this. Press Merge to bring it in; the other file is only read.</source>
        <translation>{0} को मिलाने से यह होगा। इसे लाने के लिए &quot;मिलाएँ&quot; दबाएँ; दूसरी फ़ाइल केवल पढ़ी जाती है।</translation>
    </message>
    <message>
        <source>{0} holds nothing this project lacks.</source>
        <translation>{0} में ऐसा कुछ नहीं जो इस प्रोजेक्ट में न हो।</translation>
    </message>
    <message>
        <source>Merged {0}.</source>
        <translation>{0} मिलाया गया।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>This file cannot be merged; this project was left untouched.</source>
        <translation>यह फ़ाइल मिलाई नहीं जा सकती; यह प्रोजेक्ट अपरिवर्तित रहा।</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln कार्य</numerusform><numerusform>%Ln कार्य</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln स्रोत</numerusform><numerusform>%Ln स्रोत</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>%Ln मॉडल</numerusform><numerusform>%Ln मॉडल</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>%Ln रूब्रिक</numerusform><numerusform>%Ln रूब्रिक</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>%Ln प्रॉम्प्ट टेम्पलेट</numerusform><numerusform>%Ln प्रॉम्प्ट टेम्पलेट</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>%Ln शब्दावली शब्द</numerusform><numerusform>%Ln शब्दावली शब्द</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln निर्देश</numerusform><numerusform>%Ln निर्देश</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exclusion(s)</source>
        <translation><numerusform>%Ln बहिष्करण</numerusform><numerusform>%Ln बहिष्करण</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation><numerusform>%Ln अनुवाद</numerusform><numerusform>%Ln अनुवाद</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln उत्तर</numerusform><numerusform>%Ln उत्तर</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>%Ln उत्तर चिह्न</numerusform><numerusform>%Ln उत्तर चिह्न</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>%Ln अनुवर्ती प्रश्न</numerusform><numerusform>%Ln अनुवर्ती प्रश्न</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>%Ln मूल्यांकन</numerusform><numerusform>%Ln मूल्यांकन</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln समीक्षा</numerusform><numerusform>%Ln समीक्षाएँ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>%Ln प्रशिक्षण रन</numerusform><numerusform>%Ln प्रशिक्षण रन</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>%Ln प्रशिक्षण माप</numerusform><numerusform>%Ln प्रशिक्षण माप</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>%Ln प्रशिक्षण पंक्ति</numerusform><numerusform>%Ln प्रशिक्षण पंक्तियाँ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>%Ln मूल्यांकन सेट</numerusform><numerusform>%Ln मूल्यांकन सेट</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>%Ln मूल्यांकन आइटम</numerusform><numerusform>%Ln मूल्यांकन आइटम</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>%Ln मूल्यांकन उत्तर</numerusform><numerusform>%Ln मूल्यांकन उत्तर</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>%Ln तुलना वोट</numerusform><numerusform>%Ln तुलना वोट</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>%Ln उत्तर ग्रेड</numerusform><numerusform>%Ln उत्तर ग्रेड</numerusform></translation>
    </message>
    <message>
        <source>Renamed model “{0}” to “{1}”.</source>
        <translation>मॉडल “{0}” का नाम बदलकर “{1}” किया गया।</translation>
    </message>
    <message>
        <source>Renamed training run “{0}” to “{1}”.</source>
        <translation>प्रशिक्षण रन “{0}” का नाम बदलकर “{1}” किया गया।</translation>
    </message>
    <message>
        <source>Renamed evaluation set “{0}” to “{1}”.</source>
        <translation>मूल्यांकन सेट “{0}” का नाम बदलकर “{1}” किया गया।</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>स्वीकार</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• “{0}” का उत्तर: यहाँ {2} द्वारा {1}, वहाँ {4} द्वारा {3} → अब {5}</translation>
    </message>
    <message>
        <source>• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• निर्देश “{0}”: यहाँ {2} द्वारा {1}, वहाँ {4} द्वारा {3} → अब {5}</translation>
    </message>
    <message>
        <source>{0} {1}: here {2} by {3}, there {4} by {5} → now {6}</source>
        <translation>{0} {1}: यहाँ {3} द्वारा {2}, वहाँ {5} द्वारा {4} → अब {6}</translation>
    </message>
    <message>
        <source>Nothing new: everything is already here.</source>
        <translation>कुछ नया नहीं: सब कुछ पहले से यहाँ है।</translation>
    </message>
    <message>
        <source>Would bring in {0}.</source>
        <translation>यह लाएगा: {0}।</translation>
    </message>
    <message>
        <source>Brought in {0}.</source>
        <translation>लाया गया: {0}।</translation>
    </message>
    <message>
        <source>The other file uses schema {0}; a temporary copy was upgraded and the file itself left untouched.</source>
        <translation>दूसरी फ़ाइल स्कीमा {0} का उपयोग करती है; एक अस्थायी प्रति अपग्रेड की गई और फ़ाइल को स्वयं नहीं छुआ गया।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>%Ln आइटम दोनों प्रतियों में बनाया गया; यहाँ वाला रखा गया।</numerusform><numerusform>%Ln आइटम दोनों प्रतियों में बनाए गए; यहाँ वाले रखे गए।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>%Ln उत्तर दोनों प्रतियों में अलग-अलग जनरेट हुआ; उनका उत्तर अतिरिक्त नमूने के रूप में रखा गया।</numerusform><numerusform>%Ln उत्तर दोनों प्रतियों में अलग-अलग जनरेट हुए; उनके उत्तर अतिरिक्त नमूनों के रूप में रखे गए।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>%Ln समीक्षा दूसरी प्रति में पूर्ववत की गई; यहाँ भी पूर्ववत की गई।</numerusform><numerusform>%Ln समीक्षाएँ दूसरी प्रति में पूर्ववत की गईं; यहाँ भी पूर्ववत की गईं।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>%Ln निर्देश वहाँ अलग ढंग से छाँटा गया; यहाँ की छँटाई रखी गई।</numerusform><numerusform>%Ln निर्देश वहाँ अलग ढंग से छाँटे गए; यहाँ की छँटाई रखी गई।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>%Ln आइटम की समीक्षा अलग-अलग हुई; दोनों समीक्षाएँ रखी गई हैं और सबसे नई तय करती है:</numerusform><numerusform>%Ln आइटम की समीक्षा अलग-अलग हुई; दोनों समीक्षाएँ रखी गई हैं और सबसे नई तय करती है:</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{0}  (server)</source>
        <translation>{0}  (सर्वर)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>आर्किटेक्चर</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>चैट टेम्पलेट</translation>
    </message>
    <message>
        <source>GGUF file</source>
        <translation>GGUF फ़ाइल</translation>
    </message>
    <message>
        <source>GGUF + adapter</source>
        <translation>GGUF + एडैप्टर</translation>
    </message>
    <message>
        <source>server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>none: plain completion</source>
        <translation>कोई नहीं: सादा कम्प्लीशन</translation>
    </message>
    <message>
        <source>plain completion</source>
        <translation>सादा कम्प्लीशन</translation>
    </message>
    <message>
        <source>instruction / response</source>
        <translation>निर्देश / उत्तर</translation>
    </message>
    <message>
        <source>Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs.</source>
        <translation>मॉडल उत्तर लिखते हैं और उनका मूल्यांकन करते हैं। हर प्रोजेक्ट में दो साथ आए मॉडल होते हैं; इस कंप्यूटर से कोई GGUF फ़ाइल जोड़ें, या बड़े कार्यों के लिए किसी सर्वर पर मॉडल।</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>पंजीकृत मॉडल</translation>
    </message>
    <message>
        <source>Add GGUF file…</source>
        <translation>GGUF फ़ाइल जोड़ें…</translation>
    </message>
    <message>
        <source>Add model on a server…</source>
        <translation>सर्वर पर मॉडल जोड़ें…</translation>
    </message>
    <message>
        <source>Run models on:</source>
        <translation>मॉडल यहाँ चलाएँ:</translation>
    </message>
    <message>
        <source>Models loaded from now on use this; a job already running keeps its device.</source>
        <translation>अब से लोड होने वाले मॉडल इसका उपयोग करेंगे; पहले से चल रहा कार्य अपने डिवाइस पर ही रहेगा।</translation>
    </message>
    <message>
        <source>Finding out where models run…</source>
        <translation>पता लगाया जा रहा है कि मॉडल कहाँ चलते हैं…</translation>
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
        <translation>मॉडल यहाँ चलते हैं: CPU, {0} कोड के साथ ({1} थ्रेड); {2} का उपयोग नहीं होता।</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads) — no GPU found.</source>
        <translation>मॉडल यहाँ चलते हैं: CPU, {0} कोड के साथ ({1} थ्रेड) — कोई GPU नहीं मिला।</translation>
    </message>
    <message>
        <source>{0}  (bundled)</source>
        <translation>{0}  (साथ में शामिल)</translation>
    </message>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>संदर्भ %Ln टोकन</numerusform>
            <numerusform>संदर्भ %Ln टोकन</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out where models run.</source>
        <translation>पता नहीं चल सका कि मॉडल कहाँ चलते हैं।</translation>
    </message>
    <message>
        <source>Models run on: {0}, every layer offloaded to the GPU.</source>
        <translation>मॉडल यहाँ चलते हैं: {0}, हर लेयर GPU पर भेजी गई।</translation>
    </message>
    <message>
        <source>This installation&apos;s llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.</source>
        <translation>इस इंस्टॉलेशन के llama.cpp में GPU समर्थन नहीं है, या उसे उपयोग योग्य कोई GPU नहीं मिला। CUDA और Vulkan संस्करण GPU होने पर उसका उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s CPU code: {0}, chosen for this processor when Handloom starts.</source>
        <translation>llama.cpp का CPU कोड: {0}, Handloom शुरू होने पर इस प्रोसेसर के लिए चुना गया।</translation>
    </message>
    <message>
        <source>Could not save the choice: {0}</source>
        <translation>चुनाव सहेजा नहीं जा सका: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>नहीं बताया गया</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>सर्वर का</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>मॉडल का अपना</translation>
    </message>
    <message>
        <source>The prompt format for a model whose file has no chat template</source>
        <translation>उस मॉडल के लिए प्रॉम्प्ट प्रारूप जिसकी फ़ाइल में चैट टेम्पलेट नहीं है</translation>
    </message>
    <message>
        <source>{0} models registered.</source>
        <translation>{0} मॉडल पंजीकृत।</translation>
    </message>
    <message>
        <source>serves “{0}”</source>
        <translation>“{0}” चलाता है</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>GGUF मॉडल जोड़ें</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF मॉडल (*.gguf);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Say which model the server should run.</source>
        <translation>बताएँ कि सर्वर को कौन-सा मॉडल चलाना है।</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>{0}  (+ adapter)</source>
        <translation>{0}  (+ एडैप्टर)</translation>
    </message>
    <message>
        <source>Models to compare (2–4)</source>
        <translation>तुलना के लिए मॉडल (2–4)</translation>
    </message>
    <message>
        <source>GGUF models, tuned models (GGUF + adapter) and servers are added on the Models page.</source>
        <translation>GGUF मॉडल, ट्यून किए गए मॉडल (GGUF + एडैप्टर) और सर्वर मॉडल पेज पर जोड़े जाते हैं।</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} prompts answered</source>
        <translation>{0}: {2} में से {1} प्रॉम्प्ट के उत्तर दिए गए</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Hide this hint</source>
        <translation>यह संकेत छिपाएँ</translation>
    </message>
    <message>
        <source>This project is empty. Start by importing instructions: a file of instructions people wrote (CSV, JSON Lines, Parquet or text).</source>
        <translation>यह प्रोजेक्ट ख़ाली है। निर्देश आयात करके शुरू करें: लोगों के लिखे निर्देशों की एक फ़ाइल (CSV, JSON Lines, Parquet या टेक्स्ट)।</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>आयात पर जाएँ</translation>
    </message>
    <message>
        <source>Go to Models</source>
        <translation>मॉडल पर जाएँ</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>अगले चरण पर जाएँ</translation>
    </message>
    <message>
        <source>This is the demo project, kept at {0}.</source>
        <translation>यह डेमो प्रोजेक्ट है, {0} में रखा है।</translation>
    </message>
    <message>
        <source>Next: filter out duplicates, templated prompts and personal data on the Curate page.</source>
        <translation>आगे: छाँटें पेज पर दोहराव, टेम्पलेट वाले प्रॉम्प्ट और निजी डेटा हटाएँ।</translation>
    </message>
    <message>
        <source>Go to Curate</source>
        <translation>छाँटें पर जाएँ</translation>
    </message>
    <message>
        <source>Next: add a model on the Models page to answer the instructions.</source>
        <translation>आगे: निर्देशों के उत्तर देने के लिए मॉडल पेज पर एक मॉडल जोड़ें।</translation>
    </message>
    <message>
        <source>Next: answer the instructions with a model on the Generate page.</source>
        <translation>आगे: जनरेट करें पेज पर किसी मॉडल से निर्देशों के उत्तर दिलवाएँ।</translation>
    </message>
    <message>
        <source>Go to Generate</source>
        <translation>जनरेट करें पर जाएँ</translation>
    </message>
    <message>
        <source>Next: let a model judge the responses on the Judge page, or review them yourself on the Review page.</source>
        <translation>आगे: मूल्यांकन पेज पर किसी मॉडल से उत्तरों का मूल्यांकन करवाएँ, या समीक्षा पेज पर ख़ुद उनकी समीक्षा करें।</translation>
    </message>
    <message>
        <source>Go to Judge</source>
        <translation>मूल्यांकन पर जाएँ</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Imported</source>
        <translation>आयात किए गए</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>अनुवादित</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>उत्तर दिए गए</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>मूल्यांकित</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>चुने गए</translation>
    </message>
    <message>
        <source>With a second turn</source>
        <translation>दूसरे टर्न के साथ</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>प्रशिक्षण पंक्तियाँ</translation>
    </message>
    <message>
        <source>A job is running. Watch it on its page.</source>
        <translation>एक कार्य चल रहा है। उसके पेज पर उसे देखें।</translation>
    </message>
    <message>
        <source>A job stopped before the end. Resume it on its page.</source>
        <translation>एक कार्य पूरा होने से पहले रुक गया। उसके पेज पर उसे फिर शुरू करें।</translation>
    </message>
    <message>
        <source>Import the instructions people wrote.</source>
        <translation>लोगों के लिखे निर्देश आयात करें।</translation>
    </message>
    <message>
        <source>Filter out duplicates, templated prompts and personal data.</source>
        <translation>दोहराव, टेम्पलेट वाले प्रॉम्प्ट और निजी डेटा हटाएँ।</translation>
    </message>
    <message>
        <source>Answer the included instructions with an open-weight model.</source>
        <translation>शामिल निर्देशों के उत्तर ओपन-वेट मॉडल से लिखवाएँ।</translation>
    </message>
    <message>
        <source>Have a judge model score the answers from 0 to 10.</source>
        <translation>निर्णायक मॉडल से उत्तरों को 0 से 10 तक स्कोर दिलवाएँ।</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction.</source>
        <translation>हर निर्देश का सबसे अच्छा उत्तर रखें।</translation>
    </message>
    <message>
        <source>Fine-tune a model on the selected pairs.</source>
        <translation>चुनी गई जोड़ियों पर एक मॉडल का प्रशिक्षण करें।</translation>
    </message>
    <message>
        <source>Compare the tuned model with other models.</source>
        <translation>ट्यून किए गए मॉडल की दूसरे मॉडलों से तुलना करें।</translation>
    </message>
    <message>
        <source>Publish the dataset and the model.</source>
        <translation>डेटासेट और मॉडल प्रकाशित करें।</translation>
    </message>
    <message>
        <source>Watch the running job</source>
        <translation>चल रहा कार्य देखें</translation>
    </message>
    <message>
        <source>Resume the stopped job</source>
        <translation>रुका हुआ कार्य फिर शुरू करें</translation>
    </message>
    <message>
        <source>Import instructions</source>
        <translation>निर्देश आयात करें</translation>
    </message>
    <message>
        <source>Curate the instructions</source>
        <translation>निर्देश छाँटें</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>उत्तर जनरेट करें</translation>
    </message>
    <message>
        <source>Judge the answers</source>
        <translation>उत्तरों का मूल्यांकन करें</translation>
    </message>
    <message>
        <source>Select the best answers</source>
        <translation>सबसे अच्छे उत्तर चुनें</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>मॉडल का प्रशिक्षण करें</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>मॉडलों की तुलना करें</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>प्रकाशित करें</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>failed; Resume continues it</source>
        <translation>विफल; फिर शुरू करें इसे आगे बढ़ाता है</translation>
    </message>
    <message>
        <source>stopped; Resume continues it</source>
        <translation>रुका हुआ; फिर शुरू करें इसे आगे बढ़ाता है</translation>
    </message>
    <message>
        <source>interrupted; Resume continues it</source>
        <translation>बाधित; फिर शुरू करें इसे आगे बढ़ाता है</translation>
    </message>
    <message>
        <source>Run every stage of the method one after another, as a recipe: stopped or interrupted, it resumes at the stage where it stopped.</source>
        <translation>विधि के सभी चरण एक के बाद एक, एक रेसिपी की तरह चलाएँ: रुकने या बाधित होने पर यह उसी चरण से फिर शुरू होती है जहाँ रुकी थी।</translation>
    </message>
    <message>
        <source>The recipe stopped. Resume continues it at the stage where it stopped.</source>
        <translation>रेसिपी रुक गई। फिर शुरू करें इसे उसी चरण से आगे बढ़ाता है जहाँ यह रुकी थी।</translation>
    </message>
    <message>
        <source>Starting the recipe…</source>
        <translation>रेसिपी शुरू हो रही है…</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>चरण {0}/{1}: {2}</translation>
    </message>
    <message>
        <source>The recipe “{0}” ran to its end.</source>
        <translation>रेसिपी “{0}” अंत तक चली।</translation>
    </message>
    <message>
        <source>From imported instructions to training rows</source>
        <translation>आयात किए गए निर्देशों से प्रशिक्षण पंक्तियों तक</translation>
    </message>
    <message>
        <source>Open the page of this stage</source>
        <translation>इस चरण का पेज खोलें</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>अगला कदम</translation>
    </message>
    <message>
        <source>The seed method in one go</source>
        <translation>मूल विधि एक ही बार में</translation>
    </message>
    <message>
        <source>The recipe&apos;s current stage</source>
        <translation>रेसिपी का वर्तमान चरण</translation>
    </message>
    <message>
        <source>Run the seed method…</source>
        <translation>मूल विधि चलाएँ…</translation>
    </message>
    <message>
        <source>Choose a recipe, see its plan, and run every stage one after another</source>
        <translation>एक रेसिपी चुनें, उसकी योजना देखें, और सभी चरण एक के बाद एक चलाएँ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop after the current unit of work; Resume continues from there</source>
        <translation>काम की वर्तमान इकाई के बाद रोकें; फिर शुरू करें वहीं से आगे बढ़ाता है</translation>
    </message>
    <message>
        <source>Resume the seed method</source>
        <translation>मूल विधि फिर शुरू करें</translation>
    </message>
    <message>
        <source>Continue the recipe that stopped, at the stage where it stopped</source>
        <translation>रुकी हुई रेसिपी को उसी चरण से आगे बढ़ाएँ जहाँ वह रुकी थी</translation>
    </message>
    <message>
        <source>Running: {0} ({1} of {2})</source>
        <translation>चल रहा है: {0} ({2} में से {1})</translation>
    </message>
    <message>
        <source>Stopped: {0} ({1})</source>
        <translation>रुका हुआ: {0} ({1})</translation>
    </message>
    <message>
        <source>No job is running, and none stopped before its end.</source>
        <translation>कोई कार्य नहीं चल रहा, और कोई भी पूरा होने से पहले नहीं रुका।</translation>
    </message>
    <message>
        <source>Recipe “{0}”: {1}</source>
        <translation>रेसिपी “{0}”: {1}</translation>
    </message>
    <message>
        <source>What {0} changed on {1} held-out instructions: answers that end cleanly {2} before, {3} after.</source>
        <translation>{0} ने {1} अलग रखे गए निर्देशों पर क्या बदला: साफ़ तरह से ख़त्म होने वाले उत्तर पहले {2}, बाद में {3}।</translation>
    </message>
    <message>
        <source>The judge preferred the tuned model in {0} of comparisons (95% interval {1} to {2}).</source>
        <translation>निर्णायक ने {0} तुलनाओं में ट्यून किए गए मॉडल को पसंद किया (95% अंतराल {1} से {2})।</translation>
    </message>
    <message>
        <source>Too few instructions or too weak a judge for these figures to mean much.</source>
        <translation>निर्देश बहुत कम हैं या निर्णायक बहुत कमज़ोर है, इसलिए इन आँकड़ों का ज़्यादा अर्थ नहीं है।</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Curate</source>
        <translation>छाँटें</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>जनरेट करें</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>प्रकाशित करें</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{0} tokens/s</source>
        <translation>{0} टोकन/से.</translation>
    </message>
    <message>
        <source>{0} per second</source>
        <translation>{0} प्रति सेकंड</translation>
    </message>
    <message>
        <source>{0} per minute</source>
        <translation>{0} प्रति मिनट</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Waiting for the other model job to finish…</source>
        <translation>दूसरे मॉडल कार्य के समाप्त होने की प्रतीक्षा हो रही है…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>मॉडल लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} लोड हो रहा है…</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} बाकी</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Choose the languages to see their prompt.</source>
        <translation>प्रॉम्प्ट देखने के लिए भाषाएँ चुनें।</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>नए संस्करण के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Must contain {text}; may use {glossary}, {source_language} and {target_language}</source>
        <translation>इसमें {text} होना चाहिए; {glossary}, {source_language} और {target_language} भी इस्तेमाल हो सकते हैं</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <source>Back to the stored prompt</source>
        <translation>सहेजे गए प्रॉम्प्ट पर लौटें</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Start again from Handloom&apos;s default prompt</source>
        <translation>Handloom के डिफ़ॉल्ट प्रॉम्प्ट से फिर शुरू करें</translation>
    </message>
    <message>
        <source>Choose a model and the languages first.</source>
        <translation>पहले कोई मॉडल और भाषाएँ चुनें।</translation>
    </message>
    <message>
        <source>Prompt for {0} → {1}</source>
        <translation>{0} → {1} के लिए प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Handloom&apos;s default prompt (saved as version 1 on first use).</source>
        <translation>Handloom का डिफ़ॉल्ट प्रॉम्प्ट (पहली बार इस्तेमाल पर संस्करण 1 के रूप में सहेजा जाता है)।</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>संस्करण {0}, {1} द्वारा {2} को सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved version {0} of the {1} prompt.</source>
        <translation>{1} प्रॉम्प्ट का संस्करण {0} सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Publish</source>
        <translation>प्रकाशित करें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Write the dataset into a new or empty folder you name or choose</source>
        <translation>डेटासेट को किसी नए या ख़ाली फ़ोल्डर में लिखें, जिसे आप नाम दें या चुनें</translation>
    </message>
    <message>
        <source>Publish to the Hub…</source>
        <translation>Hub पर प्रकाशित करें…</translation>
    </message>
    <message>
        <source>Publish model…</source>
        <translation>मॉडल प्रकाशित करें…</translation>
    </message>
    <message>
        <source>Upload a model tuned in this project (its adapter)</source>
        <translation>इस प्रोजेक्ट में ट्यून किया गया मॉडल (उसका एडैप्टर) अपलोड करें</translation>
    </message>
    <message>
        <source>Pull from the Hub…</source>
        <translation>Hub से लाएँ…</translation>
    </message>
    <message>
        <source>Give Handloom a Hugging Face access token for publishing, or remove it</source>
        <translation>प्रकाशित करने के लिए Handloom को Hugging Face एक्सेस टोकन दें, या उसे हटाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Hugging Face sign-in…</source>
        <translation>Hugging Face में साइन इन…</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, the upload waits in this project&apos;s push queue.</source>
        <translation>Handloom आपके Hugging Face साइन-इन (प्रकाशित करें पेज पर “{0}”) या HF_TOKEN वेरिएबल का उपयोग करता है; टोकन कभी दिखाया या प्रोजेक्ट में सहेजा नहीं जाता। ऑफ़लाइन होने पर अपलोड इस प्रोजेक्ट की भेजने की कतार में इंतज़ार करता है।</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>मालिक/नाम</translation>
    </message>
    <message>
        <source>Private repository (only you and your organisation see it)</source>
        <translation>निजी रिपॉज़िटरी (केवल आप और आपका संगठन देख सकते हैं)</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>ट्यून किया गया मॉडल</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Hub रिपॉज़िटरी</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>प्रकाशित करें</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>What goes into the dataset</source>
        <translation>डेटासेट में क्या जाएगा</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>भेजने की कतार</translation>
    </message>
    <message>
        <source>Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence.</source>
        <translation>{0:,} पंक्तियाँ ({1}) {2} में {3} के रूप में लिखी गईं, डेटासेट कार्ड और लाइसेंस के साथ।</translation>
    </message>
    <message>
        <source>Publish the dataset</source>
        <translation>डेटासेट प्रकाशित करें</translation>
    </message>
    <message>
        <source>The dataset is exported as Parquet with its card and licence, queued in this project, then uploaded to this Hub repository.</source>
        <translation>डेटासेट अपने कार्ड और लाइसेंस के साथ Parquet के रूप में निर्यात होता है, इस प्रोजेक्ट में कतार में लगता है, फिर इस Hub रिपॉज़िटरी पर अपलोड होता है।</translation>
    </message>
    <message>
        <source>Publish a tuned model</source>
        <translation>ट्यून किया गया मॉडल प्रकाशित करें</translation>
    </message>
    <message>
        <source>The adapter (PEFT and GGUF) and a model card are queued in this project, then uploaded to this Hub repository.</source>
        <translation>एडैप्टर (PEFT और GGUF) और एक मॉडल कार्ड इस प्रोजेक्ट में कतार में लगते हैं, फिर इस Hub रिपॉज़िटरी पर अपलोड होते हैं।</translation>
    </message>
    <message>
        <source>this dataset</source>
        <translation>यह डेटासेट</translation>
    </message>
    <message>
        <source>the model {0}</source>
        <translation>मॉडल {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>{0} से %Ln निर्देश आयात किया गया।</numerusform>
            <numerusform>{0} से %Ln निर्देश आयात किए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPreview</name>
    <message>
        <source>What would be published</source>
        <translation>क्या प्रकाशित होगा</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>डेटासेट कार्ड</translation>
    </message>
    <message>
        <source>Counting what would go in…</source>
        <translation>गिना जा रहा है कि क्या जाएगा…</translation>
    </message>
    <message>
        <source>There is no card without rows to describe.</source>
        <translation>बिना पंक्तियों के वर्णन करने को कोई कार्ड नहीं है।</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from the Hub</source>
        <translation>Hub से लाएँ</translation>
    </message>
    <message>
        <source>owner/name or owner/name:split</source>
        <translation>मालिक/नाम या मालिक/नाम:हिस्सा</translation>
    </message>
    <message>
        <source>taken from the dataset&apos;s card</source>
        <translation>डेटासेट के कार्ड से लिया गया</translation>
    </message>
    <message>
        <source>Hub dataset</source>
        <translation>Hub डेटासेट</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Pull it again as a second copy</source>
        <translation>इसे दूसरी प्रति के रूप में फिर से लाएँ</translation>
    </message>
    <message>
        <source>Import the dataset once more, beside what earlier pulls of it imported</source>
        <translation>डेटासेट को एक बार और आयात करें, पिछली बार लाए गए डेटा के साथ</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>लाएँ</translation>
    </message>
    <message>
        <source>Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection).</source>
        <translation>Hugging Face Hub के किसी डेटासेट के निर्देश इस प्रोजेक्ट में आयात करें (कनेक्शन ज़रूरी है)।</translation>
    </message>
</context>
<context>
    <name>PushQueueView</name>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Hub रिपॉज़िटरी</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Last error, or where it went</source>
        <translation>अंतिम त्रुटि, या कहाँ गया</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>कतार में लगा</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (निजी)</translation>
    </message>
    <message>
        <source>Waiting to be pushed</source>
        <translation>भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>अभी फिर प्रयास करें</translation>
    </message>
    <message>
        <source>Try every waiting push again</source>
        <translation>प्रतीक्षा में हर भेजने को फिर आज़माएँ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>निकालें</translation>
    </message>
    <message>
        <source>Take the selected push off the queue without sending it</source>
        <translation>चुने गए भेजने को बिना भेजे कतार से हटाएँ</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>अभी आज़माया नहीं</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>इस प्रोजेक्ट से अभी कुछ प्रकाशित नहीं हुआ।</translation>
    </message>
    <message>
        <source>{0:,} waiting to be sent; nothing is lost while offline.</source>
        <translation>{0:,} भेजे जाने की प्रतीक्षा में; ऑफ़लाइन रहने पर भी कुछ नहीं खोता।</translation>
    </message>
    <message>
        <source>Everything queued has been published.</source>
        <translation>कतार में रखा सब कुछ प्रकाशित हो गया।</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;हाँ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;नहीं</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुनः प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Import the instructions</source>
        <translation>निर्देश आयात करें</translation>
    </message>
    <message>
        <source>Filter duplicates, templated prompts and personal data</source>
        <translation>डुप्लिकेट, टेम्पलेट से बने प्रॉम्प्ट और निजी डेटा छाँटें</translation>
    </message>
    <message>
        <source>Translate the instructions</source>
        <translation>निर्देशों का अनुवाद करें</translation>
    </message>
    <message>
        <source>Answer each instruction with the teacher model</source>
        <translation>शिक्षक मॉडल से हर निर्देश का उत्तर लिखवाएँ</translation>
    </message>
    <message>
        <source>Score every answer from 0 to 10 with the judge</source>
        <translation>मूल्यांकक से हर उत्तर को 0 से 10 तक अंक दिलवाएँ</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction</source>
        <translation>हर निर्देश का सबसे अच्छा उत्तर रखें</translation>
    </message>
    <message>
        <source>Add a second turn, kept at a high score</source>
        <translation>दूसरा मोड़ जोड़ें, ऊँचे अंक पर ही रखा जाए</translation>
    </message>
    <message>
        <source>Fine-tune the student model</source>
        <translation>छात्र मॉडल को फ़ाइन-ट्यून करें</translation>
    </message>
    <message>
        <source>Measure what the fine-tune changed</source>
        <translation>मापें कि फ़ाइन-ट्यून ने क्या बदला</translation>
    </message>
    <message>
        <source>Quick look: a few instructions, in minutes</source>
        <translation>एक झलक: कुछ निर्देश, कुछ मिनटों में</translation>
    </message>
    <message>
        <source>The seed method, in English</source>
        <translation>मूल विधि, अंग्रेज़ी में</translation>
    </message>
    <message>
        <source>The seed method, translated into another language</source>
        <translation>मूल विधि, किसी दूसरी भाषा में अनुवाद के साथ</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Run the seed method</source>
        <translation>मूल विधि चलाएँ</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>रेसिपी:</translation>
    </message>
    <message>
        <source>The language to translate the instructions into: a code such as ja or sw, or its name</source>
        <translation>वह भाषा जिसमें निर्देशों का अनुवाद हो: ja या sw जैसा कोड, या उसका नाम</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>इसमें अनुवाद करें:</translation>
    </message>
    <message>
        <source>Teacher (writes the answers):</source>
        <translation>शिक्षक (उत्तर लिखता है):</translation>
    </message>
    <message>
        <source>Judge (scores them 0–10):</source>
        <translation>मूल्यांकक (0–10 अंक देता है):</translation>
    </message>
    <message>
        <source>Student (fine-tuned):</source>
        <translation>छात्र (फ़ाइन-ट्यून होता है):</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>In</source>
        <translation>अंदर</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>बाहर</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>The recipe&apos;s plan</source>
        <translation>रेसिपी की योजना</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>योजना बनाई जा रही है…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>In all {0}, at the speeds measured on this project.</source>
        <translation>कुल {0}, इस प्रोजेक्ट पर मापी गई गति से।</translation>
    </message>
    <message>
        <source>Times come from jobs this project has finished; a stage without one has no estimate yet (“?”).</source>
        <translation>समय उन कार्यों से आता है जो इस प्रोजेक्ट ने पूरे किए हैं; जिस चरण का कोई कार्य पूरा नहीं हुआ उसका अभी कोई अनुमान नहीं है (“?”)।</translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>सर्वश्रेष्ठ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Search instructions with responses…</source>
        <translation>उत्तरों वाले निर्देश खोजें…</translation>
    </message>
    <message>
        <source>Instructions with responses</source>
        <translation>उत्तरों वाले निर्देश</translation>
    </message>
    <message>
        <source>Responses to the instruction</source>
        <translation>निर्देश के उत्तर</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>नमूना संख्या</translation>
    </message>
    <message>
        <source>Selected as the best response</source>
        <translation>सर्वश्रेष्ठ उत्तर के रूप में चुना गया</translation>
    </message>
    <message>
        <source>The response in full</source>
        <translation>पूरा उत्तर</translation>
    </message>
    <message>
        <source>Pick an instruction, then a response, to read it in full.</source>
        <translation>पूरा पढ़ने के लिए कोई निर्देश, फिर कोई उत्तर चुनें।</translation>
    </message>
    <message>
        <source>{0}

{1} responses from {2} models; language {3}</source>
        <translation>{0}

{2} मॉडलों से {1} उत्तर; भाषा {3}</translation>
    </message>
    <message>
        <source> (the first ones; search to find others)</source>
        <translation> (केवल पहले वाले; दूसरों के लिए खोजें)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>उत्तरों वाले %Ln निर्देश{0}</numerusform>
            <numerusform>उत्तरों वाले %Ln निर्देश{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>any verdict</source>
        <translation>कोई भी फ़ैसला</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>अभी समीक्षा नहीं हुई</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>समीक्षा हो चुकी</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>included</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>हटाए गए</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>कोई भी भाषा</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>कोई भी स्रोत</translation>
    </message>
    <message>
        <source>any flags</source>
        <translation>कोई भी फ़्लैग</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>फ़्लैग वाले</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>बिना फ़्लैग</translation>
    </message>
    <message>
        <source>any model</source>
        <translation>कोई भी मॉडल</translation>
    </message>
    <message>
        <source>Translations: chrF of the back-translation (0–100); responses: the judge&apos;s score</source>
        <translation>अनुवाद: वापसी अनुवाद का chrF (0–100); उत्तर: निर्णायक का स्कोर</translation>
    </message>
    <message>
        <source>Translations only</source>
        <translation>केवल अनुवाद</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>स्कोर से</translation>
    </message>
    <message>
        <source>flag: {0}</source>
        <translation>फ़्लैग: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>unknown language</source>
        <translation>अज्ञात भाषा</translation>
    </message>
    <message>
        <source>Every response to this instruction</source>
        <translation>इस निर्देश के सभी उत्तर</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>समीक्षा के लिए कुछ नहीं।</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>मशीनी अनुवाद</translation>
    </message>
    <message>
        <source>Post-edit (E to edit)</source>
        <translation>पोस्ट-एडिट (संपादन के लिए E)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Response by {0} (E to edit)</source>
        <translation>{0} का उत्तर (संपादन के लिए E)</translation>
    </message>
    <message>
        <source>Instruction (E to edit)</source>
        <translation>निर्देश (संपादन के लिए E)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>{0} से</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>मॉडल {0}</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ स्वीकृत</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ अस्वीकृत</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; by {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, {1} द्वारा</translation>
    </message>
    <message>
        <source>rated {0} ({1})</source>
        <translation>रेटिंग {0} ({1})</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>संपादित</translation>
    </message>
    <message>
        <source>note: “{0}”</source>
        <translation>टिप्पणी: “{0}”</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation>{0}: {1}, {2}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{0}&lt;/s&gt; (undone)</source>
        <translation>&lt;s&gt;{0}&lt;/s&gt; (पूर्ववत)</translation>
    </message>
    <message>
        <source>rated {0}</source>
        <translation>{0} रेटिंग दी गई</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>रेटिंग दी गई</translation>
    </message>
    <message>
        <source>note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>{0} → {1} by {2}</source>
        <translation>{0} → {1}, {2} द्वारा</translation>
    </message>
    <message>
        <source>flags: {0}</source>
        <translation>फ़्लैग: {0}</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>कोई फ़्लैग नहीं</translation>
    </message>
    <message>
        <source>back-translation chrF {0:.1f}: “{1}”</source>
        <translation>वापसी अनुवाद chrF {0:.1f}: “{1}”</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>अभी समीक्षा नहीं हुई</translation>
    </message>
    <message>
        <source> · score {0:.1f}</source>
        <translation> · स्कोर {0:.1f}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>accept</source>
        <translation>स्वीकार</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>edit (Ctrl+Enter saves, Esc cancels)</source>
        <translation>संपादन (Ctrl+Enter सहेजता है, Esc रद्द करता है)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <source>note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>पूर्ववत</translation>
    </message>
    <message>
        <source>Accept  A</source>
        <translation>स्वीकार  A</translation>
    </message>
    <message>
        <source>Reject  R</source>
        <translation>अस्वीकार  R</translation>
    </message>
    <message>
        <source>Edit  E</source>
        <translation>संपादन  E</translation>
    </message>
    <message>
        <source>Note  N</source>
        <translation>टिप्पणी  N</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← पीछे</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>अगला →</translation>
    </message>
    <message>
        <source>Undo  Ctrl+Z</source>
        <translation>पूर्ववत  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A note for this item; Enter saves, Esc cancels</source>
        <translation>इस आइटम के लिए टिप्पणी; Enter सहेजता है, Esc रद्द करता है</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>इन फ़िल्टरों के साथ समीक्षा के लिए कुछ नहीं।</translation>
    </message>
    <message>
        <source>Open a project to review its instructions and responses.</source>
        <translation>निर्देशों और उत्तरों की समीक्षा के लिए कोई प्रोजेक्ट खोलें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:,} in this list</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · इस सूची में {1:,}</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>यह सूची का अंतिम आइटम है।</translation>
    </message>
    <message>
        <source>Set your name before reviewing: every action records it.</source>
        <translation>समीक्षा से पहले अपना नाम सेट करें: हर क्रिया उसे दर्ज करती है।</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकार किया</translation>
    </message>
    <message>
        <source>Saved the edit</source>
        <translation>संपादन सहेजा</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>रेटिंग दी</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>टिप्पणी जोड़ी</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z undoes it.</source>
        <translation>{0}। Ctrl+Z इसे पूर्ववत करता है।</translation>
    </message>
    <message>
        <source>Undid the {0}.</source>
        <translation>पूर्ववत किया: {0}।</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} reviewed</source>
        <translation>{1:,} में से {0:,} की समीक्षा हुई</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Set your name…</source>
        <translation>अपना नाम सेट करें…</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; के रूप में समीक्षा</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell Handloom your name to review&lt;/b&gt;: every accept, reject, edit, rating and note records who made it.</source>
        <translation>&lt;b&gt;समीक्षा के लिए Handloom को अपना नाम बताएँ&lt;/b&gt;: हर स्वीकार, अस्वीकार, संपादन, रेटिंग और टिप्पणी दर्ज करती है कि उसे किसने किया।</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>रूब्रिक</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>नए संस्करण के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Version {0} of {1}, by {2}</source>
        <translation>{1} में से संस्करण {0}, {2} द्वारा</translation>
    </message>
</context>
<context>
    <name>RunElsewhere</name>
    <message>
        <source>Export to train elsewhere…</source>
        <translation>कहीं और प्रशिक्षण के लिए निर्यात करें…</translation>
    </message>
    <message>
        <source>Write this run as a folder that trains on a rented GPU with Unsloth; bring the folder back afterwards</source>
        <translation>इस प्रशिक्षण को एक फ़ोल्डर के रूप में लिखें जो किराए के GPU पर Unsloth से प्रशिक्षित होता है; बाद में फ़ोल्डर वापस लाएँ</translation>
    </message>
    <message>
        <source>Bring back a run…</source>
        <translation>प्रशिक्षण वापस लाएँ…</translation>
    </message>
    <message>
        <source>An empty folder for the run</source>
        <translation>प्रशिक्षण के लिए एक खाली फ़ोल्डर</translation>
    </message>
    <message>
        <source>The trained run&apos;s folder</source>
        <translation>पूरे हुए प्रशिक्षण का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Exported {0} to {1}: on the GPU machine, install requirements.txt and run run.py, then bring the folder back.</source>
        <translation>{0} को {1} में निर्यात किया गया: GPU मशीन पर requirements.txt इंस्टॉल करें और run.py चलाएँ, फिर फ़ोल्डर वापस लाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>{0} वापस आ गया: %Ln चरण, अब आज़माने के लिए एक मॉडल।</numerusform>
            <numerusform>{0} वापस आ गया: %Ln चरण, अब आज़माने के लिए एक मॉडल।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>0 से 10 तक स्कोर</translation>
    </message>
    <message>
        <source>Responses per score: </source>
        <translation>प्रति स्कोर उत्तर: </translation>
    </message>
    <message>
        <source>{0:,} judged</source>
        <translation>{0:,} का मूल्यांकन हुआ</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>अभी कोई स्कोर नहीं</translation>
    </message>
</context>
<context>
    <name>SelectionControls</name>
    <message>
        <source>Keep and select</source>
        <translation>रखें और चुनें</translation>
    </message>
    <message>
        <source>Leave out responses with this flag</source>
        <translation>इस फ़्लैग वाले उत्तर छोड़ दें</translation>
    </message>
    <message>
        <source>Select best</source>
        <translation>सर्वश्रेष्ठ चुनें</translation>
    </message>
    <message>
        <source>For each instruction mark its best response at the threshold or above as selected; a person&apos;s accept or reject in review comes first</source>
        <translation>हर निर्देश के लिए सीमा या उससे ऊपर के सबसे अच्छे उत्तर को चुना गया चिह्नित करें; समीक्षा में किसी व्यक्ति का स्वीकार या अस्वीकार पहले आता है</translation>
    </message>
    <message>
        <source>Longest answer to the follow-up question, in tokens</source>
        <translation>अनुवर्ती प्रश्न का सबसे लंबा उत्तर, टोकन में</translation>
    </message>
    <message>
        <source>Write follow-ups</source>
        <translation>अनुवर्ती लिखें</translation>
    </message>
    <message>
        <source>Add a second turn to every selected pair; keep it when the judge scores it at least the minimum</source>
        <translation>हर चुने गए जोड़े में दूसरा दौर जोड़ें; निर्णायक कम से कम न्यूनतम स्कोर दे तो उसे रखें</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;दूसरा दौर&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>उत्तर के टोकन</translation>
    </message>
    <message>
        <source>Keep at score</source>
        <translation>इस स्कोर पर रखें</translation>
    </message>
    <message>
        <source>At &lt;b&gt;{0}&lt;/b&gt; or more: &lt;b&gt;{1:,}&lt;/b&gt; pairs remain, for {2:,} instructions ({3:,} judged).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; या अधिक पर: {2:,} निर्देशों के लिए &lt;b&gt;{1:,}&lt;/b&gt; जोड़े बचते हैं ({3:,} का मूल्यांकन हुआ)।</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a model on a server</source>
        <translation>सर्वर पर मॉडल जोड़ें</translation>
    </message>
    <message>
        <source>how Handloom should call it</source>
        <translation>Handloom इसे किस नाम से पुकारे</translation>
    </message>
    <message>
        <source>http://gpu-box:8080/v1</source>
        <translation>http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <source>One address per line; requests are spread over them and go to the others when one stops answering.</source>
        <translation>हर पंक्ति में एक पता; अनुरोध इनमें बाँटे जाते हैं और किसी के जवाब देना बंद करने पर बाकियों को जाते हैं।</translation>
    </message>
    <message>
        <source>the model name the server knows, e.g. qwen2.5-7b</source>
        <translation>सर्वर जिस नाम से मॉडल को जानता है, जैसे qwen2.5-7b</translation>
    </message>
    <message>
        <source>e.g. Apache-2.0 (the dataset card lists it)</source>
        <translation>जैसे Apache-2.0 (डेटासेट कार्ड में लिखा जाता है)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server works: llama.cpp&apos;s llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored.</source>
        <translation>कोई भी OpenAI-संगत सर्वर चलेगा: llama.cpp का llama-server, vLLM या Ollama। API कुंजी जनरेट करते समय एक एनवायरनमेंट वेरिएबल से पढ़ी जाती है, कभी सहेजी नहीं जाती।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>सर्वर के पते</translation>
    </message>
    <message>
        <source>Requests at once per server</source>
        <translation>हर सर्वर पर एक साथ अनुरोध</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>सर्वर पर मॉडल</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
</context>
<context>
    <name>ServerTable</name>
    <message>
        <source>working</source>
        <translation>काम कर रहा है</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>खाली</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>अलग रखा गया</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>उपयोग में नहीं</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>टोकन/से</translation>
    </message>
    <message>
        <source>Errors (retried)</source>
        <translation>त्रुटियाँ (दोबारा कोशिश)</translation>
    </message>
    <message>
        <source>Servers of the running job</source>
        <translation>चल रहे कार्य के सर्वर</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <source>The name shown on your reviews</source>
        <translation>आपकी समीक्षाओं पर दिखने वाला नाम</translation>
    </message>
    <message>
        <source>This name was set when Handloom was started and cannot be changed here.</source>
        <translation>यह नाम Handloom शुरू होते समय तय किया गया था और यहाँ बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>आपका नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Recorded on what you import, review, judge or vote on from now on.</source>
        <translation>अब से आप जो आयात, समीक्षा, मूल्यांकन या वोट करें, उस पर दर्ज होता है।</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>इंटरफ़ेस की भाषा</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>सिस्टम की भाषा ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Translations of the interface; your data is never translated.</source>
        <translation>इंटरफ़ेस के अनुवाद; आपके डेटा का कभी अनुवाद नहीं होता।</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम(&amp;T):</translation>
    </message>
    <message>
        <source>Demo project:</source>
        <translation>डेमो प्रोजेक्ट:</translation>
    </message>
    <message>
        <source>The new language applies when Handloom next starts.</source>
        <translation>नई भाषा Handloom के अगली बार शुरू होने पर लागू होगी।</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>अगला पेज(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>पिछला पेज(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run the page&apos;s main action</source>
        <translation>पेज की मुख्य क्रिया चलाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search on this page</source>
        <translation>इस पेज पर खोजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>चल रहा कार्य रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>शुरुआत(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>हर जगह</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>मेनू</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(कोई विवरण नहीं)</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>अगला फ़ील्ड / पिछला फ़ील्ड</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>कोई मेनू खोलें</translation>
    </message>
    <message>
        <source>the underlined letter</source>
        <translation>रेखांकित अक्षर</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>फ़िल्टर करने के लिए लिखें…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>शॉर्टकट फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Responses being written</source>
        <translation>लिखे जा रहे उत्तर</translation>
    </message>
    <message>
        <source>Responses appear here as they are written.</source>
        <translation>उत्तर लिखे जाते ही यहाँ दिखते हैं।</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;प्रतीक्षा…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message>
        <source>no votes</source>
        <translation>कोई वोट नहीं</translation>
    </message>
    <message>
        <source>{0:+.2f} · too few votes for an interval ({1})</source>
        <translation>{0:+.2f} · अंतराल के लिए बहुत कम वोट ({1})</translation>
    </message>
    <message numerus="yes">
        <source>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)</source>
        <translation>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln वोट</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln वोट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote(s)</source>
        <translation>
            <numerusform>{0}: क्षमता {1:+.2f}, 95% अंतराल {2:+.2f} से {3:+.2f}, %Ln वोट से</numerusform>
            <numerusform>{0}: क्षमता {1:+.2f}, 95% अंतराल {2:+.2f} से {3:+.2f}, %Ln वोटों से</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>अभी कोई वोट नहीं</translation>
    </message>
    <message>
        <source>{0}: {1} (a 95% interval needs more votes)</source>
        <translation>{0}: {1} (95% अंतराल के लिए और वोट चाहिए)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Quick try (CPU, minutes)</source>
        <translation>जल्दी आज़माएँ (CPU, कुछ मिनट)</translation>
    </message>
    <message>
        <source>Consumer GPU (8 GB)</source>
        <translation>सामान्य GPU (8 GB)</translation>
    </message>
    <message>
        <source>Gemma turns (&lt;start_of_turn&gt;)</source>
        <translation>Gemma टर्न (&lt;start_of_turn&gt;)</translation>
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
        <translation>इस बेस में चैट टेम्पलेट नहीं है; ट्यून किया गया मॉडल यहाँ चुने गए टेम्पलेट में उत्तर देगा</translation>
    </message>
    <message>
        <source>name of the tuned model</source>
        <translation>ट्यून किए गए मॉडल का नाम</translation>
    </message>
    <message>
        <source>by epochs</source>
        <translation>एपॉक के अनुसार</translation>
    </message>
    <message>
        <source>adapter only</source>
        <translation>केवल एडैप्टर</translation>
    </message>
    <message>
        <source>merged GGUF, {0}</source>
        <translation>मिलाया गया GGUF, {0}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Only pairs a person accepted</source>
        <translation>केवल वे जोड़े जिन्हें किसी व्यक्ति ने स्वीकार किया</translation>
    </message>
    <message>
        <source>every language (or e.g. sw,en)</source>
        <translation>हर भाषा (या जैसे sw,en)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>प्रीसेट</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>बेस मॉडल</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>चैट टेम्पलेट</translation>
    </message>
    <message>
        <source>Tuned model name</source>
        <translation>ट्यून किए गए मॉडल का नाम</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>हाइपरपैरामीटर</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>लर्निंग रेट</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA रैंक</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>LoRA अल्फ़ा</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>बैच आकार</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>ग्रेडिएंट संचय</translation>
    </message>
    <message>
        <source>Max length (tokens)</source>
        <translation>अधिकतम लंबाई (टोकन)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Judge score at least</source>
        <translation>निर्णायक का स्कोर कम से कम</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>अलग रखे गए</translation>
    </message>
    <message>
        <source>Hugging Face folder…</source>
        <translation>Hugging Face फ़ोल्डर…</translation>
    </message>
    <message>
        <source>Choose a Hugging Face model folder (with config.json)</source>
        <translation>Hugging Face मॉडल फ़ोल्डर चुनें (config.json वाला)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Start training</source>
        <translation>प्रशिक्षण शुरू करें</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept and Resume continues from it</source>
        <translation>मौजूदा चरण के बाद रोकें; एक चेकपॉइंट रखा जाता है और &quot;फिर शुरू करें&quot; वहीं से जारी रखता है</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>हानि</translation>
    </message>
    <message>
        <source>No chosen pairs to train on yet: select the best responses on the Judge page or accept them on the Review page.</source>
        <translation>प्रशिक्षण के लिए अभी कोई चुना गया जोड़ा नहीं: मूल्यांकन पेज पर सर्वश्रेष्ठ उत्तर चुनें या समीक्षा पेज पर उन्हें स्वीकार करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; conversations to train on, {1} held out ({2} with a second turn).</source>
        <translation>प्रशिक्षण के लिए &lt;b&gt;{0}&lt;/b&gt; बातचीत, {1} अलग रखी गईं ({2} दूसरे दौर के साथ)।</translation>
    </message>
    <message>
        <source>{0} in evaluation sets are kept out.</source>
        <translation>मूल्यांकन सेटों में मौजूद {0} बाहर रखे गए हैं।</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>इस चरण के बाद रोक रहे हैं और चेकपॉइंट सहेज रहे हैं…</translation>
    </message>
    <message>
        <source>Choose a base model to train.</source>
        <translation>प्रशिक्षण के लिए कोई बेस मॉडल चुनें।</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume continues from the last checkpoint.</source>
        <translation>एक त्रुटि से रुका; &quot;फिर शुरू करें&quot; अंतिम चेकपॉइंट से जारी रखता है।</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from the last checkpoint.</source>
        <translation>रद्द किया गया; &quot;फिर शुरू करें&quot; अंतिम चेकपॉइंट से जारी रखता है।</translation>
    </message>
    <message>
        <source>Continue training {0} ({1})</source>
        <translation>{0} का प्रशिक्षण जारी रखें ({1})</translation>
    </message>
</context>
<context>
    <name>TrainStatus</name>
    <message>
        <source>step %v of %m</source>
        <translation>चरण %v / %m</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>प्रशिक्षण प्रक्रिया शुरू हो रही है…</translation>
    </message>
    <message>
        <source>Continuing from the checkpoint at step {0}.</source>
        <translation>चरण {0} के चेकपॉइंट से जारी।</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {0}.</source>
        <translation>चरण {0} पर चेकपॉइंट सहेजा गया।</translation>
    </message>
    <message>
        <source>4-bit QLoRA</source>
        <translation>4-बिट QLoRA</translation>
    </message>
    <message>
        <source>16-bit LoRA</source>
        <translation>16-बिट LoRA</translation>
    </message>
    <message>
        <source>32-bit LoRA</source>
        <translation>32-बिट LoRA</translation>
    </message>
    <message>
        <source>Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)</source>
        <translation>बैकएंड: {1} पर {0}, {2} ({3} बातचीत, {4} अलग रखी गईं)</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2}</source>
        <translation>चरण {0} / {1}, हानि {2}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} बाकी</translation>
    </message>
    <message>
        <source>Done: {0} is registered and ready to generate.</source>
        <translation>पूरा हुआ: {0} पंजीकृत है और जनरेट करने के लिए तैयार है।</translation>
    </message>
    <message>
        <source>Loss {0} → {1}, held-out loss {2}</source>
        <translation>हानि {0} → {1}, अलग रखे डेटा की हानि {2}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <source>Runs</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>बेस</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>बैकएंड</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>हानि</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>अलग रखे डेटा की हानि</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>आज़माएँ</translation>
    </message>
    <message>
        <source>Generate with the chosen tuned model</source>
        <translation>चुने गए ट्यून किए गए मॉडल से जनरेट करें</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>फ़ाइलें: {0}</translation>
    </message>
</context>
<context>
    <name>TranslateForm</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>The language to translate into; type a code or a name</source>
        <translation>जिस भाषा में अनुवाद करना है; कोड या नाम लिखें</translation>
    </message>
    <message>
        <source>every language but the target</source>
        <translation>लक्ष्य के अलावा हर भाषा</translation>
    </message>
    <message>
        <source>all</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Only the first N originals</source>
        <translation>केवल पहले N मूल पाठ</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>llama.cpp द्वारा एक साथ डिकोड किए जाने वाले अनुक्रम</translation>
    </message>
    <message>
        <source>Translate back and score (chrF)</source>
        <translation>वापस अनुवाद करें और स्कोर दें (chrF)</translation>
    </message>
    <message>
        <source>Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time</source>
        <translation>हर अनुवाद को उसकी स्रोत भाषा में वापस अनुवाद करके मूल से तुलना करें: गुणवत्ता का मोटा अनुमान, दोगुने समय में</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>किसमें</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>समानांतर</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <source>Stop now; translations written stay, Resume continues</source>
        <translation>अभी रोकें; लिखे गए अनुवाद बने रहते हैं, &quot;फिर शुरू करें&quot; जारी रखता है</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>शब्दावली</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>लिखे जा रहे</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>पहले मॉडल पेज पर कोई मॉडल पंजीकृत करें।</translation>
    </message>
    <message>
        <source>There are no included originals in other languages to translate.</source>
        <translation>अनुवाद के लिए दूसरी भाषाओं में कोई शामिल मूल पाठ नहीं है।</translation>
    </message>
    <message>
        <source>All {0:,} chosen instructions are translated with this model.</source>
        <translation>चुने गए सभी {0:,} निर्देश इस मॉडल से अनुवादित हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} instructions still to translate.</source>
        <translation>{1:,} में से &lt;b&gt;{0:,}&lt;/b&gt; निर्देशों का अनुवाद बाकी है।</translation>
    </message>
    <message>
        <source>Choose a model and the language to translate into.</source>
        <translation>कोई मॉडल और अनुवाद की भाषा चुनें।</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>अनुवाद हो रहा है</translation>
    </message>
    <message>
        <source>, {0:,} back-translated</source>
        <translation>, {0:,} का पश्च-अनुवाद</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>%Ln अनुवाद लिखा गया{0}; फ़्लैग: {1}।</numerusform>
            <numerusform>%Ln अनुवाद लिखे गए{0}; फ़्लैग: {1}।</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>एक त्रुटि से रुका; &quot;फिर शुरू करें&quot; छूटे हुए को फिर आज़माता है।</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues where it stopped.</source>
        <translation>रद्द किया गया; &quot;फिर शुरू करें&quot; जहाँ रुका था वहीं से जारी रखता है।</translation>
    </message>
    <message>
        <source>Continue translating into {0} with {1} ({2}{3})</source>
        <translation>{1} के साथ {0} में अनुवाद जारी रखें ({2}{3})</translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>फ़्लैग</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>संपादित</translation>
    </message>
    <message>
        <source>every translation</source>
        <translation>हर अनुवाद</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>मशीनी अनुवाद</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>वर्तमान पाठ</translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation> (केवल पहले वाले)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>%Ln अनुवाद{0}; लगे फ़्लैग: {1:,}।</numerusform>
            <numerusform>%Ln अनुवाद{0}; लगे फ़्लैग: {1:,}।</numerusform>
        </translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>अभी कोई अनुवाद नहीं।</translation>
    </message>
    <message>
        <source>No translation has this flag.</source>
        <translation>किसी अनुवाद पर यह फ़्लैग नहीं है।</translation>
    </message>
    <message>
        <source>with any flag</source>
        <translation>किसी भी फ़्लैग के साथ</translation>
    </message>
    <message>
        <source>without flags</source>
        <translation>बिना फ़्लैग</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The name shown on your reviews</source>
        <translation>आपकी समीक्षाओं पर दिखने वाला नाम</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>आपका नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item. You can change the name later in File ▸ Settings.</source>
        <translation>Handloom दर्ज करता है कि हर चीज़ किसने आयात की, समीक्षा की या बदली। आप बाद में फ़ाइल ▸ सेटिंग में नाम बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>डेमो प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>नया प्रोजेक्ट…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>प्रोजेक्ट खोलें…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Handloom&lt;/h2&gt;Build a dataset from instructions people really wrote: import them, answer them with a local model, review the answers, then train and compare. Tell Handloom your name, then begin with the demo project or a project of your own.</source>
        <translation>&lt;h2&gt;Handloom में आपका स्वागत है&lt;/h2&gt;लोगों के सचमुच लिखे निर्देशों से डेटासेट बनाएँ: उन्हें आयात करें, स्थानीय मॉडल से उनके उत्तर दिलवाएँ, उत्तरों की समीक्षा करें, फिर प्रशिक्षण दें और तुलना करें। Handloom को अपना नाम बताएँ, फिर डेमो प्रोजेक्ट या अपने प्रोजेक्ट से शुरू करें।</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;A project is one file that holds your instructions, responses and reviews.</source>
        <translation>&lt;h2&gt;कोई प्रोजेक्ट खुला नहीं है&lt;/h2&gt;प्रोजेक्ट एक फ़ाइल है जिसमें आपके निर्देश, उत्तर और समीक्षाएँ रहती हैं।</translation>
    </message>
    <message>
        <source>The demo project is kept at {0}</source>
        <translation>डेमो प्रोजेक्ट {0} में रखा है</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>पहले अपना नाम लिखें।</translation>
    </message>
</context>
<context>
    <name>WinRateHeatmap</name>
    <message>
        <source>No votes yet</source>
        <translation>अभी कोई वोट नहीं</translation>
    </message>
    <message>
        <source>{0} and {1} have no votes yet</source>
        <translation>{0} और {1} के अभी कोई वोट नहीं</translation>
    </message>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>{0} ने %Ln वोट में से {2:.0f}% में {1} को हराया (बराबरी आधी गिनी जाती है)</numerusform>
            <numerusform>{0} ने %Ln वोटों में से {2:.0f}% में {1} को हराया (बराबरी आधी गिनी जाती है)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>अप्रत्याशित त्रुटि ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>_JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>{0}: %Ln निर्देश आयात किया गया ({1})</numerusform>
            <numerusform>{0}: %Ln निर्देश आयात किए गए ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>; %Ln खराब पंक्ति छोड़ी गई: {0}</numerusform>
            <numerusform>; %Ln खराब पंक्तियाँ छोड़ी गईं: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>कुछ भी आयात नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>instruction_detail</name>
    <message>
        <source>… {0} more characters are not shown here.</source>
        <translation>… बाकी {0} अक्षर यहाँ नहीं दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>लिपि</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>आयातकर्ता</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>आयात का समय</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>इसका अनुवाद</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>हटाने का कारण</translation>
    </message>
    <message>
        <source>Original text, as imported:</source>
        <translation>मूल पाठ, जैसा आयात हुआ:</translation>
    </message>
    <message>
        <source>Before redaction:</source>
        <translation>छिपाने से पहले:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>उत्पत्ति:</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> {1:,} में से {0:,} पर</translation>
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
