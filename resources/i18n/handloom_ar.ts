<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>Published {0}: {1}</source>
        <translation>نُشر {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not published yet: {1} It stays queued in this project with everything it uploads, so nothing is lost; press Retry now under Push queue when you are online.</source>
        <translation>لم يُنشر {0} بعد: {1} يبقى في قائمة الانتظار في هذا المشروع مع كل ما يرفعه، فلا يضيع شيء؛ اضغط «أعد المحاولة الآن» تحت قائمة انتظار الإرسال عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>it was not tried.</source>
        <translation>لم تُجرَّب المحاولة.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be published.</source>
        <translation>لم يكن هناك شيء ينتظر النشر.</translation>
    </message>
</context>
<context>
    <name>AnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>توليد الإجابات</translation>
    </message>
    <message>
        <source>random</source>
        <translation>عشوائي</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>أقصى عدد من الرموز</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>التوازي</translation>
    </message>
</context>
<context>
    <name>ArenaBoard</name>
    <message>
        <source>People&apos;s votes</source>
        <translation>أصوات الناس</translation>
    </message>
    <message>
        <source>The judge&apos;s votes</source>
        <translation>أصوات الحَكَم</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>كل الأصوات</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Strength of each model</source>
        <translation>قوة كل نموذج</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>لوحة الترتيب</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Strength [95% interval]</source>
        <translation>القوة [فترة 95%]</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Won / lost / tie / both bad</source>
        <translation>فوز / خسارة / تعادل / كلاهما سيئ</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نسبة الفوز</translation>
    </message>
    <message>
        <source>Judge&apos;s grade</source>
        <translation>درجة الحَكَم</translation>
    </message>
    <message>
        <source>How often each model beats each other</source>
        <translation>كم مرة يتغلب كل نموذج على الآخر</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>نسبة فوز نموذج الصف على نموذج العمود</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>{0} ({1} votes)</source>
        <translation>‏{0} ({1} صوتًا)</translation>
    </message>
    <message>
        <source>No votes yet: vote on some answers or run the judge.</source>
        <translation>لا أصوات بعد: صوّت على بعض الإجابات أو شغّل الحَكَم.</translation>
    </message>
    <message>
        <source>{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a model 1.0 above another wins about 73% of the time); the whiskers are 95% bootstrap intervals, given from {1} votes for a model on.</source>
        <translation>‏{0} مقارنة. القوة هي لوغاريتم قوة Bradley–Terry (‏0 هو المتوسط؛ النموذج الذي يزيد 1.0 على آخر يفوز في نحو 73% من المرات)؛ والشعيرات فترات bootstrap بنسبة 95%، تُعطى ابتداءً من {1} صوتًا للنموذج.</translation>
    </message>
    <message>
        <source>– (no votes)</source>
        <translation>– (لا أصوات)</translation>
    </message>
    <message>
        <source>{0:+.2f} (too few votes)</source>
        <translation>{0:+.2f} (أصوات قليلة جدًا)</translation>
    </message>
    <message>
        <source>The judge contradicted itself on {0} of {1} pairs asked in both orders (counted as ties).</source>
        <translation>ناقض الحَكَم نفسه في {0} من {1} زوجًا سُئل عنها بالترتيبين (احتُسبت تعادلًا).</translation>
    </message>
    <message>
        <source>{0} agrees with people on {1}% of {2} votes (Cohen&apos;s kappa {3}).</source>
        <translation>يتفق {0} مع الناس في {1}% من {2} صوتًا (كابا كوهين {3}).</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>التعليمة</translation>
    </message>
    <message>
        <source>Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled and their models hidden until you vote</source>
        <translation>العنصر {0} من المجموعة «{1}» · صُوّت على {2}، وبقي {3} · تصويت أعمى: الإجابات مخلوطة ونماذجها مخفية حتى تصوّت</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>اليسار</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>اليمين</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>الإجابة {0}</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>اليسار أفضل</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>اليمين أفضل</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>كلاهما سيئ</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>العنصر التالي</translation>
    </message>
    <message>
        <source>{0} is best</source>
        <translation>الإجابة {0} هي الأفضل</translation>
    </message>
    <message>
        <source>All as good</source>
        <translation>كلها متساوية</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>كلها سيئة</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>اخترت &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>اعتبرته تعادلًا.</translation>
    </message>
    <message>
        <source>You found them all bad.</source>
        <translation>وجدتها كلها سيئة.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No instructions yet</source>
        <translation>لا تعليمات بعد</translation>
    </message>
</context>
<context>
    <name>BatchButtons</name>
    <message>
        <source>Write a batch file…</source>
        <translation>كتابة ملف دفعة…</translation>
    </message>
    <message>
        <source>Save what is still to do as a file for a GPU cluster (OpenAI&apos;s Batch API or vLLM&apos;s run_batch) instead of running it here</source>
        <translation>احفظ ما تبقى من العمل في ملف لعنقود معالجات رسومية (واجهة Batch من OpenAI أو run_batch من vLLM) بدلًا من تشغيله هنا</translation>
    </message>
    <message>
        <source>Read batch results…</source>
        <translation>قراءة نتائج الدفعة…</translation>
    </message>
    <message>
        <source>Record the results file the cluster wrote; reading it again changes nothing</source>
        <translation>سجّل ملف النتائج الذي كتبه العنقود؛ قراءته مرة أخرى لا تغيّر شيئًا</translation>
    </message>
    <message>
        <source>Write a batch file</source>
        <translation>كتابة ملف دفعة</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>ملفات الدفعات (*.jsonl)</translation>
    </message>
    <message>
        <source>Read batch results</source>
        <translation>قراءة نتائج الدفعة</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>لم يُكتب أي طلب في {0}.</numerusform>
            <numerusform>كُتب طلب واحد في {0}.</numerusform>
            <numerusform>كُتب طلبان في {0}.</numerusform>
            <numerusform>كُتبت %Ln طلبات في {0}.</numerusform>
            <numerusform>كُتب %Ln طلبًا في {0}.</numerusform>
            <numerusform>كُتب %Ln طلب في {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending; no file was written.</source>
        <translation>لا شيء معلّق؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>{0:,} recorded, {1:,} already here, {2:,} failed.</source>
        <translation>سُجّل {0:,}، و{1:,} موجود من قبل، و{2:,} فشل.</translation>
    </message>
    <message>
        <source>Line {0:,} is cut off; the lines before it were recorded.</source>
        <translation>السطر {0:,} مقطوع؛ سُجّلت الأسطر التي قبله.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>included</source>
        <translation>مضمّنة</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>شبه تكرار</translation>
    </message>
    <message>
        <source>template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <source>length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>script</source>
        <translation>نظام الكتابة</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>مقطوعة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>مقطوعة</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>wrong language</source>
        <translation>لغة خاطئة</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>template tokens</source>
        <translation>رموز القالب</translation>
    </message>
    <message>
        <source>chatter</source>
        <translation>كلام زائد</translation>
    </message>
    <message>
        <source>extra text</source>
        <translation>نص إضافي</translation>
    </message>
    <message>
        <source>copy of source</source>
        <translation>نسخة من المصدر</translation>
    </message>
    <message>
        <source>copy of example</source>
        <translation>نسخة من مثال</translation>
    </message>
    <message>
        <source>length ratio</source>
        <translation>نسبة الطول</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تمت</translation>
    </message>
    <message>
        <source>train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>مرفوضة في المراجعة</translation>
    </message>
    <message>
        <source>not the selected response</source>
        <translation>ليست الاستجابة المختارة</translation>
    </message>
    <message>
        <source>not accepted in review</source>
        <translation>لم تُقبل في المراجعة</translation>
    </message>
    <message>
        <source>judge score below the minimum or missing</source>
        <translation>درجة التحكيم دون الحد الأدنى أو غائبة</translation>
    </message>
    <message>
        <source>language not chosen</source>
        <translation>لغة غير مختارة</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Vote</source>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>لوحة الترتيب</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set.</source>
        <translation>اختر مجموعة تقييم أو أنشئ واحدة.</translation>
    </message>
    <message>
        <source>Tick two to four models to compare.</source>
        <translation>حدّد من نموذجين إلى أربعة للمقارنة.</translation>
    </message>
    <message>
        <source>These models have not answered this set yet: Generate answers first.</source>
        <translation>لم تُجب هذه النماذج عن هذه المجموعة بعد: شغّل «توليد الإجابات» أولًا.</translation>
    </message>
    <message>
        <source>You have voted on every item these models answered. The leaderboard has the result; other people can vote on the same set too.</source>
        <translation>صوّتّ على كل عنصر أجابت عنه هذه النماذج. النتيجة في لوحة الترتيب، ويمكن لآخرين التصويت على المجموعة نفسها أيضًا.</translation>
    </message>
    <message>
        <source>Export the leaderboard</source>
        <translation>تصدير لوحة الترتيب</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the leaderboard to {0}.</source>
        <translation>حُفظت لوحة الترتيب في {0}.</translation>
    </message>
    <message>
        <source>Made the evaluation set “{0}”: {1}.</source>
        <translation>أُنشئت مجموعة التقييم «⁨{0}⁩»: ⁨{1}⁩.</translation>
    </message>
    <message>
        <source>Answering the prompts</source>
        <translation>الإجابة عن المطالبات</translation>
    </message>
    <message>
        <source>Wrote {0} answers ({1} failed).</source>
        <translation>كُتبت {0} إجابة (فشلت {1}).</translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>اختر نموذج الحَكَم أولًا.</translation>
    </message>
    <message>
        <source>Judging the answers</source>
        <translation>تحكيم الإجابات</translation>
    </message>
    <message>
        <source>{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on {4} of {5} pairs asked in both orders.</source>
        <translation>أصدر {0} {1} حكمًا ({2} غير مقروء) و{3} درجة؛ وناقض نفسه في {4} من {5} زوجًا سُئل عنها بالترتيبين.</translation>
    </message>
    <message>
        <source>{0} is judging its own answers too, and judges tend to prefer their own; choose another judge for a fair comparison.</source>
        <translation>‏{0} يحكّم إجاباته هو أيضًا، والحُكّام يميلون إلى تفضيل إجاباتهم؛ اختر حَكَمًا آخر لمقارنة عادلة.</translation>
    </message>
    <message>
        <source>Cancelled; starting again continues where it stopped.</source>
        <translation>أُلغي؛ البدء من جديد يكمل من حيث توقف.</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set first.</source>
        <translation>اختر مجموعة تقييم أو أنشئ واحدة أولًا.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Licence conflicts</source>
        <translation>تعارض التراخيص</translation>
    </message>
    <message>
        <source>&lt;b&gt;The licences of {0} conflict.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publishing it may break the terms above. Publish anyway?</source>
        <translation>&lt;b&gt;تتعارض تراخيص {0}.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;قد يخالف نشرها الشروط أعلاه. أتنشر على أي حال؟</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>انشر على أي حال</translation>
    </message>
</context>
<context>
    <name>CurateControls</name>
    <message>
        <source>Filters</source>
        <translation>المرشحات</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>التكرارات التامة</translation>
    </message>
    <message>
        <source>Exclude repeats of an earlier instruction, keeping the first</source>
        <translation>استبعد تكرارات تعليمة سابقة مع إبقاء الأولى</translation>
    </message>
    <message>
        <source>Near duplicates ≥</source>
        <translation>شبه التكرارات ≥</translation>
    </message>
    <message>
        <source>Exclude instructions this similar to an earlier one (0.5–1)</source>
        <translation>استبعد التعليمات التي تشبه تعليمة سابقة بهذا القدر (0.5–1)</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>تشابه شبه التكرارات</translation>
    </message>
    <message>
        <source>Templates, groups ≥</source>
        <translation>القوالب، مجموعات ≥</translation>
    </message>
    <message>
        <source>Exclude prompts filled into the same template this many times or more</source>
        <translation>استبعد الموجّهات المعبأة في القالب نفسه هذا العدد من المرات أو أكثر</translation>
    </message>
    <message>
        <source>Smallest template group</source>
        <translation>أصغر مجموعة قالب</translation>
    </message>
    <message>
        <source>keep only, e.g. sw, yo, en</source>
        <translation>أبقِ فقط، مثل sw, yo, en</translation>
    </message>
    <message>
        <source>Also exclude uncertain language labels (xx?)</source>
        <translation>استبعد أيضًا تسميات اللغة غير المؤكدة (xx?)</translation>
    </message>
    <message>
        <source>Exclude rows whose language the identifiers were not sure of; a language set by a person is always sure</source>
        <translation>استبعد الصفوف التي لم تكن أدوات التعرّف متأكدة من لغتها؛ اللغة التي يحددها شخص مؤكدة دائمًا</translation>
    </message>
    <message>
        <source>keep only, e.g. Latn, Ethi</source>
        <translation>أبقِ فقط، مثل Latn, Ethi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>exclude matches, e.g. (?i)password</source>
        <translation>استبعد ما يطابق، مثل (?i)password</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>أقل عدد من الأحرف</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>أكبر عدد من الأحرف</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>أنظمة الكتابة</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>تطبيق المرشحات</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>إعادة التضمين</translation>
    </message>
    <message>
        <source>Include again everything excluded for the chosen reason</source>
        <translation>أعد تضمين كل ما استُبعد للسبب المختار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
</context>
<context>
    <name>CuratePage</name>
    <message>
        <source>Search instructions…</source>
        <translation>ابحث في التعليمات…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>مضمّنة</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>Any language label</source>
        <translation>أي تسمية لغة</translation>
    </message>
    <message>
        <source>Sure labels</source>
        <translation>تسميات مؤكدة</translation>
    </message>
    <message>
        <source>Uncertain labels (xx?)</source>
        <translation>تسميات غير مؤكدة (xx?)</translation>
    </message>
    <message>
        <source>Rows whose language the identifiers were sure of, or not sure of</source>
        <translation>الصفوف التي كانت أدوات التعرّف متأكدة من لغتها أو غير متأكدة منها</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>أي سبب</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>تعيين اللغة…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages&lt;/b&gt;</source>
        <translation>&lt;b&gt;اللغات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, by reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;المستبعدة حسب السبب&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} من {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>تعليمات: %Ln</numerusform>
            <numerusform>تعليمات: %Ln</numerusform>
            <numerusform>تعليمات: %Ln</numerusform>
            <numerusform>تعليمات: %Ln</numerusform>
            <numerusform>تعليمات: %Ln</numerusform>
            <numerusform>تعليمات: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the language of {0:,} instruction(s) to {1}.</source>
        <translation>عُيّنت لغة {0:,} من التعليمات إلى {1}.</translation>
    </message>
    <message>
        <source>{0:,} with an uncertain language label (xx?)</source>
        <translation>{0:,} بتسمية لغة غير مؤكدة (xx?)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>لم تُضمَّن أي تعليمة</numerusform>
            <numerusform>تعليمة واحدة مضمّنة</numerusform>
            <numerusform>تعليمتان مضمّنتان</numerusform>
            <numerusform>%Ln تعليمات مضمّنة</numerusform>
            <numerusform>%Ln تعليمةً مضمّنة</numerusform>
            <numerusform>%Ln تعليمة مضمّنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is excluded yet.</source>
        <translation>لم يُستبعد شيء بعد.</translation>
    </message>
    <message>
        <source>Set the language of the selected instructions by hand (Ctrl+Shift+L)</source>
        <translation>عيّن لغة التعليمات المحددة يدويًا (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; included, {2:,} excluded, in {3:,} languages</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; تعليمة، &lt;b&gt;{1:,}&lt;/b&gt; مضمّنة، {2:,} مستبعدة، في {3:,} لغة</translation>
    </message>
    <message>
        <source>{0:,} excluded as {1}</source>
        <translation>{0:,} مستبعدة بسبب {1}</translation>
    </message>
    <message>
        <source>Curation finished: {0}.</source>
        <translation>انتهت التنقية: {0}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>نحو {0} د</translation>
    </message>
    <message>
        <source>about {0} h</source>
        <translation>نحو {0} س</translation>
    </message>
    <message>
        <source>about {0} h {1} min</source>
        <translation>نحو {0} س {1} د</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second time.</source>
        <translation>سبق استيراد {0} في {1} ({2} تعليمات)؛ فعّل ”{3}“ لاستيراده مرة ثانية.</translation>
    </message>
    <message>
        <source>Paste a Hugging Face access token first.</source>
        <translation>الصق رمز وصول من Hugging Face أولًا.</translation>
    </message>
    <message>
        <source>The Hub did not accept this token; copy it again from the Access Tokens page of your Hugging Face settings. Nothing was stored.</source>
        <translation>لم يقبل Hub هذا الرمز؛ انسخه مرة أخرى من صفحة Access Tokens في إعدادات Hugging Face. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached, so the token could not be checked and was not stored. Sign in again when this computer is online.</source>
        <translation>يتعذّر الوصول إلى Hugging Face Hub، لذا لم يمكن التحقق من الرمز ولم يُحفظ. سجّل الدخول مرة أخرى عندما يتصل هذا الحاسوب بالإنترنت.</translation>
    </message>
    <message>
        <source>{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” in “{4}”.</source>
        <translation>سبق سحب {0} في {1} ({2} تعليمات)؛ لسحبه مرة ثانية، فعّل ”{3}“ في ”{4}“.</translation>
    </message>
    <message>
        <source>An earlier pull of {0} stopped part way through, and the Hub now gives a newer revision; continuing would mix two versions of the dataset. To pull the new revision as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.</source>
        <translation>توقّف سحب سابق لـ {0} في منتصفه، ويعطي Hub الآن مراجعة أحدث؛ المتابعة ستخلط نسختين من مجموعة البيانات. لسحب المراجعة الجديدة كنسخة ثانية (يبقى ما استورده السحب المتوقف)، فعّل ”{1}“ في ”{2}“.</translation>
    </message>
    <message>
        <source>No Hugging Face token: sign in with “{0}” on the Publish page.</source>
        <translation>لا يوجد رمز Hugging Face: سجّل الدخول عبر ”{0}“ في صفحة النشر.</translation>
    </message>
</context>
<context>
    <name>EvalSetPanel</name>
    <message>
        <source>Evaluation set</source>
        <translation>مجموعة التقييم</translation>
    </message>
    <message>
        <source>name of a new set</source>
        <translation>اسم مجموعة جديدة</translation>
    </message>
    <message>
        <source>Held-out split of the instructions</source>
        <translation>جزء محجوز من التعليمات</translation>
    </message>
    <message>
        <source>Chosen subset (search)</source>
        <translation>مجموعة فرعية مختارة (بحث)</translation>
    </message>
    <message>
        <source>Prompts from a file</source>
        <translation>موجّهات من ملف</translation>
    </message>
    <message>
        <source>words the instructions contain</source>
        <translation>كلمات تحتويها التعليمات</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <source>Make the set</source>
        <translation>أنشئ المجموعة</translation>
    </message>
    <message>
        <source>&lt;b&gt;New set&lt;/b&gt;</source>
        <translation>&lt;b&gt;مجموعة جديدة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>الموجّهات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>{0} ({1} prompts)</source>
        <translation>‏{0} ({1} موجّهًا)</translation>
    </message>
    <message>
        <source>No evaluation set yet: make one below</source>
        <translation>لا مجموعة تقييم بعد: أنشئ واحدة أدناه</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Evaluation prompts</source>
        <translation>موجّهات التقييم</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)</source>
        <translation>الموجّهات (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>EvalSets</name>
    <message>
        <source>{0} held-out instructions in {1}</source>
        <translation>‏{0} تعليمات محجوزة باللغة {1}</translation>
    </message>
    <message>
        <source>{0} held-out instructions</source>
        <translation>‏{0} تعليمات محجوزة</translation>
    </message>
    <message>
        <source>{0} chosen instructions</source>
        <translation>‏{0} تعليمات مختارة</translation>
    </message>
    <message>
        <source>{0} instructions chosen by a filter</source>
        <translation>‏{0} تعليمات اختيرت بمرشّح</translation>
    </message>
    <message>
        <source>{0} prompts from {1}</source>
        <translation>‏{0} موجّهات من {1}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the dataset</source>
        <translation>تصدير مجموعة البيانات</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The dataset, its card and its licence are written into this folder. Type a new folder&apos;s name to create it, or choose an empty folder.</source>
        <translation>تُكتب مجموعة البيانات وبطاقتها وترخيصها في هذا المجلد. اكتب اسم مجلد جديد لإنشائه، أو اختر مجلدًا فارغًا.</translation>
    </message>
    <message>
        <source>Export the dataset into…</source>
        <translation>تصدير مجموعة البيانات إلى…</translation>
    </message>
    <message>
        <source>{0} already holds files, so the dataset goes into a new folder inside it, named above; change the name if you like.</source>
        <translation>يحتوي {0} على ملفات بالفعل، لذا تذهب مجموعة البيانات إلى مجلد جديد داخله، اسمه مكتوب أعلاه؛ غيّر الاسم إن شئت.</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>اكتب المسار الكامل لمجلد، أو اختر واحدًا.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>‏{0} ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>{0} already holds files; choose an empty or new folder.</source>
        <translation>يحتوي {0} على ملفات بالفعل؛ اختر مجلدًا فارغًا أو جديدًا.</translation>
    </message>
    <message>
        <source>The dataset goes into this empty folder.</source>
        <translation>تذهب مجموعة البيانات إلى هذا المجلد الفارغ.</translation>
    </message>
    <message>
        <source>This folder will be created.</source>
        <translation>سيُنشأ هذا المجلد.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Parquet (the Hub&apos;s own format)</source>
        <translation>‏Parquet (صيغة Hub نفسها)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Arrow folder (datasets.load_from_disk)</source>
        <translation>مجلد Arrow ‏(datasets.load_from_disk)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;الترخيص:&lt;/b&gt; غير معروف</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;الترخيص:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0} ({1})</source>
        <translation>&lt;b&gt;الترخيص:&lt;/b&gt; {0} ({1})</translation>
    </message>
    <message>
        <source>{0} under {1}</source>
        <translation>‏{0} بموجب {1}</translation>
    </message>
    <message>
        <source> from {0}</source>
        <translation> من {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;تعارض:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;ملاحظة:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Nothing would be exported: no response passes the options.</source>
        <translation>لن يُصدَّر شيء: لا استجابة تستوفي الخيارات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;اللغات:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;المستبعد:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing; every response to an included instruction.</source>
        <translation>&lt;b&gt;المستبعد:&lt;/b&gt; لا شيء؛ كل استجابة لتعليمة مضمّنة.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>Only the selected response of each instruction</source>
        <translation>الاستجابة المختارة فقط لكل تعليمة</translation>
    </message>
    <message>
        <source>Only responses accepted in review</source>
        <translation>الاستجابات المقبولة في المراجعة فقط</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>أي درجة</translation>
    </message>
    <message>
        <source>All languages, or codes such as sw, en</source>
        <translation>كل اللغات، أو رموز مثل sw, en</translation>
    </message>
    <message>
        <source> % of instructions</source>
        <translation> % من التعليمات</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Minimum judge score</source>
        <translation>أدنى درجة من الحَكَم</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>جزء الاختبار</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>الاسم على البطاقة</translation>
    </message>
</context>
<context>
    <name>ExportedBox</name>
    <message>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)</source>
        <translation>ملفات التعليمات (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or</source>
        <translation>أفلت ملفات التعليمات هنا (CSV وTSV وJSON وJSON Lines وParquet ونص)، أو</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>اختر ملفات…</translation>
    </message>
    <message>
        <source>or a Hugging Face dataset, e.g. CohereForAI/aya_dataset</source>
        <translation>أو مجموعة بيانات من Hugging Face، مثل CohereForAI/aya_dataset</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Choose instruction files</source>
        <translation>اختر ملفات التعليمات</translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message>
        <source>What the fine-tune changed</source>
        <translation>ما الذي غيّره التدريب</translation>
    </message>
    <message>
        <source>A model that compares each pair of answers, in both orders; without one only the answers are measured</source>
        <translation>نموذج يقارن كل زوج من الإجابات بالترتيبين؛ ومن دونه تُقاس الإجابات وحدها</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>بلا حَكَم</translation>
    </message>
    <message>
        <source>Measure what it changed</source>
        <translation>قِس ما تغيّر</translation>
    </message>
    <message>
        <source>The base and the tuned model answer the instructions the run held out (and the judge compares them); stopped, it continues where it stopped</source>
        <translation>يجيب النموذج الأساسي والنموذج المضبوط عن التعليمات التي حجزها التدريب (ويقارن الحَكَم بينها)؛ وإذا أُوقف يستأنف من حيث توقف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>الحَكَم:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>End cleanly before the limit</source>
        <translation>تنتهي بسلاسة قبل الحد</translation>
    </message>
    <message>
        <source>Cut off at the limit</source>
        <translation>تُقطع عند الحد</translation>
    </message>
    <message>
        <source>Repeat themselves</source>
        <translation>تكرّر نفسها</translation>
    </message>
    <message>
        <source>Mean length (tokens)</source>
        <translation>متوسط الطول (رموز)</translation>
    </message>
    <message>
        <source>A finished training run shows here what it changed on the instructions it held out.</source>
        <translation>يُظهر هنا التدريبُ المكتمل ما غيّره في التعليمات التي حجزها.</translation>
    </message>
    <message>
        <source>“{0}” held no instructions out, so nothing can show what it changed; train with a held-out fraction.</source>
        <translation>لم يحجز «{0}» أي تعليمات، فلا شيء يُظهر ما غيّره؛ درّب مع جزء محجوز.</translation>
    </message>
    <message>
        <source>“{0}” has not been measured yet: press “Measure what it changed”.</source>
        <translation>لم يُقَس «{0}» بعد: اضغط «قِس ما تغيّر».</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>‏«{0}» على %Ln تعليمة محجوزة، {1:,} رمزًا على الأكثر للإجابة: {2} قبل، و{3} بعد.</numerusform>
            <numerusform>‏«{0}» على %Ln تعليمة محجوزة، {1:,} رمزًا على الأكثر للإجابة: {2} قبل، و{3} بعد.</numerusform>
            <numerusform>‏«{0}» على %Ln تعليمتين محجوزتين، {1:,} رمزًا على الأكثر للإجابة: {2} قبل، و{3} بعد.</numerusform>
            <numerusform>‏«{0}» على %Ln تعليمات محجوزة، {1:,} رمزًا على الأكثر للإجابة: {2} قبل، و{3} بعد.</numerusform>
            <numerusform>‏«{0}» على %Ln تعليمة محجوزة، {1:,} رمزًا على الأكثر للإجابة: {2} قبل، و{3} بعد.</numerusform>
            <numerusform>‏«{0}» على %Ln تعليمة محجوزة، {1:,} رمزًا على الأكثر للإجابة: {2} قبل، و{3} بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out loss: {0} at step {1:,}, {2} at step {3:,}.</source>
        <translation>خسارة البيانات المحجوزة: {0} عند الخطوة {1:,}، و{2} عند الخطوة {3:,}.</translation>
    </message>
    <message>
        <source>No held-out loss was recorded.</source>
        <translation>لم تُسجَّل أي خسارة للبيانات المحجوزة.</translation>
    </message>
    <message>
        <source>The judge {0} is a small model: its preferences are weak evidence of what changed.</source>
        <translation>الحَكَم {0} نموذج صغير: تفضيلاته دليل ضعيف على ما تغيّر.</translation>
    </message>
    <message>
        <source>Too few held-out instructions ({0:,}) for the shares or the interval to mean much; {1:,} or more are needed.</source>
        <translation>التعليمات المحجوزة أقل من أن تعني النسب أو المجال شيئًا يُذكر ({0:,})؛ يلزم {1:,} أو أكثر.</translation>
    </message>
    <message>
        <source>No judge compared the answers; choose one to learn which it prefers.</source>
        <translation>لم يقارن أي حَكَم بين الإجابات؛ اختر حَكَمًا لتعرف أيها يفضّل.</translation>
    </message>
    <message>
        <source>The judge gave no verdict on any pair.</source>
        <translation>لم يُصدر الحَكَم حكمًا في أي زوج.</translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>فضّل الحَكَم {0} النموذج المضبوط في {1} من %Ln مقارنة، وقد طُرح كل زوج بالترتيبين (مجال الثقة 95% من {2} إلى {3}؛ فاز {4:,}، وخسر {5:,}، وتعادل {6:,}).</numerusform>
            <numerusform>فضّل الحَكَم {0} النموذج المضبوط في {1} من %Ln مقارنة، وقد طُرح كل زوج بالترتيبين (مجال الثقة 95% من {2} إلى {3}؛ فاز {4:,}، وخسر {5:,}، وتعادل {6:,}).</numerusform>
            <numerusform>فضّل الحَكَم {0} النموذج المضبوط في {1} من %Ln مقارنتين، وقد طُرح كل زوج بالترتيبين (مجال الثقة 95% من {2} إلى {3}؛ فاز {4:,}، وخسر {5:,}، وتعادل {6:,}).</numerusform>
            <numerusform>فضّل الحَكَم {0} النموذج المضبوط في {1} من %Ln مقارنات، وقد طُرح كل زوج بالترتيبين (مجال الثقة 95% من {2} إلى {3}؛ فاز {4:,}، وخسر {5:,}، وتعادل {6:,}).</numerusform>
            <numerusform>فضّل الحَكَم {0} النموذج المضبوط في {1} من %Ln مقارنة، وقد طُرح كل زوج بالترتيبين (مجال الثقة 95% من {2} إلى {3}؛ فاز {4:,}، وخسر {5:,}، وتعادل {6:,}).</numerusform>
            <numerusform>فضّل الحَكَم {0} النموذج المضبوط في {1} من %Ln مقارنة، وقد طُرح كل زوج بالترتيبين (مجال الثقة 95% من {2} إلى {3}؛ فاز {4:,}، وخسر {5:,}، وتعادل {6:,}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Tokens per character, relative to English</source>
        <translation>الرموز لكل حرف، مقارنة بالإنجليزية</translation>
    </message>
    <message>
        <source>Tokens per word, relative to English</source>
        <translation>الرموز لكل كلمة، مقارنة بالإنجليزية</translation>
    </message>
    <message>
        <source>Tokens for the same text, relative to English (decides the verdict)</source>
        <translation>الرموز للنص نفسه، مقارنة بالإنجليزية (يحدد الحكم)</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>لا قياسات بعد</translation>
    </message>
    <message>
        <source>{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), {tpw} tokens per word, {share:.0%} byte pieces; {n} instructions.</source>
        <translation>‏{model}، {language}: {tpc:.2f} رمزًا لكل حرف ({rc:.1f}× الإنجليزية)، {tpw} رمزًا لكل كلمة، {share:.0%} قطع بايت؛ {n} تعليمة.</translation>
    </message>
    <message>
        <source>Poor fit: {reason}.</source>
        <translation>ملاءمة ضعيفة: {reason}.</translation>
    </message>
    <message>
        <source>no words to count</source>
        <translation>لا كلمات لعدّها</translation>
    </message>
    <message>
        <source>English (1×)</source>
        <translation>الإنجليزية (1×)</translation>
    </message>
    <message>
        <source>poor fit from {:.0f}×</source>
        <translation>ملاءمة ضعيفة بدءًا من {:.0f}×</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>ملاءمة ضعيفة</translation>
    </message>
</context>
<context>
    <name>FitSection</name>
    <message>
        <source>&lt;b&gt;Tokenizer fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;ملاءمة المُجزِّئ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How many tokens each model needs for each language of the project, compared with English, on up to 500 of the project&apos;s own instructions per language.</source>
        <translation>كم رمزًا يحتاج كل نموذج لكل لغة في المشروع مقارنة بالإنجليزية، على ما يصل إلى 500 من تعليمات المشروع نفسه لكل لغة.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Measure the languages and models not measured yet</source>
        <translation>قِس اللغات والنماذج التي لم تُقَس بعد</translation>
    </message>
    <message>
        <source>Tokenizer fit per model and language</source>
        <translation>ملاءمة المُجزِّئ لكل نموذج ولغة</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>جارٍ القياس…</translation>
    </message>
    <message>
        <source>Measuring {what} ({done} of {total})…</source>
        <translation>جارٍ قياس {what} ({done} من {total})…</translation>
    </message>
    <message>
        <source>No included instructions with a language yet</source>
        <translation>لا توجد تعليمات مضمّنة ذات لغة بعد</translation>
    </message>
    <message>
        <source>Not measured yet: press Refresh</source>
        <translation>لم يُقَس بعد: اضغط «تحديث»</translation>
    </message>
    <message>
        <source>{model}: not measured ({why}).</source>
        <translation>‏{model}: لم يُقَس ({why}).</translation>
    </message>
    <message>
        <source>{model} is a poor fit for {languages}.</source>
        <translation>‏{model} ملاءمته ضعيفة لـ {languages}.</translation>
    </message>
    <message>
        <source>English reference: Handloom&apos;s own 60 English instructions (the project has too few in English).</source>
        <translation>المرجع الإنجليزي: تعليمات Handloom الإنجليزية الستون (في المشروع القليل جدًا بالإنجليزية).</translation>
    </message>
    <message>
        <source>Hover a bar for its numbers and the reason.</source>
        <translation>مرّر المؤشر فوق عمود لترى أرقامه والسبب.</translation>
    </message>
    <message>
        <source>{n} measurements are missing.</source>
        <translation>تنقص {n} قياسات.</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Responses per instruction (the seed method keeps the best of 6)</source>
        <translation>الاستجابات لكل تعليمة (تحتفظ الطريقة الأصلية بأفضل 6)</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>التسلسلات التي يفك llama.cpp ترميزها معًا</translation>
    </message>
    <message>
        <source>Requests in flight to the server</source>
        <translation>الطلبات المتزامنة إلى الخادم</translation>
    </message>
    <message>
        <source>variable holding the API key, if any</source>
        <translation>المتغير الذي يحمل مفتاح API، إن وُجد</translation>
    </message>
    <message>
        <source>random</source>
        <translation>عشوائي</translation>
    </message>
    <message>
        <source>A fixed seed makes the responses reproducible</source>
        <translation>البذرة الثابتة تجعل الاستجابات قابلة للتكرار</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>كل لغة</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Only the first N included instructions</source>
        <translation>أول N من التعليمات المضمّنة فقط</translation>
    </message>
    <message>
        <source>A system prompt for every request (optional)</source>
        <translation>موجّه نظام لكل طلب (اختياري)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Responses each</source>
        <translation>الاستجابات لكل تعليمة</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>التوازي</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>التزامن</translation>
    </message>
    <message>
        <source>API key from</source>
        <translation>مفتاح API من</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>أقصى عدد من الرموز</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Stop now; Resume continues where it stopped</source>
        <translation>أوقف الآن؛ «استئناف» يكمل من حيث توقف</translation>
    </message>
    <message>
        <source>Stop and forget this run (responses written stay)</source>
        <translation>أوقف هذا التشغيل وانسه (تبقى الاستجابات المكتوبة)</translation>
    </message>
    <message>
        <source>The CPUs are shared with other programs, so generation is slower until they finish.</source>
        <translation>تتشارك وحدات المعالجة المركزية مع برامج أخرى، لذا يكون التوليد أبطأ حتى تنتهي.</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>قيد الكتابة</translation>
    </message>
    <message>
        <source>Responses by instruction</source>
        <translation>الاستجابات حسب التعليمة</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>سجّل نموذجًا في صفحة النماذج أولًا.</translation>
    </message>
    <message>
        <source>There are no included instructions to answer with these settings.</source>
        <translation>لا توجد تعليمات مضمّنة للإجابة عنها بهذه الإعدادات.</translation>
    </message>
    <message>
        <source>All {0:,} responses with these settings are written.</source>
        <translation>كُتبت كل الاستجابات البالغة {0:,} بهذه الإعدادات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} responses with these settings still to write.</source>
        <translation>بقي &lt;b&gt;{0:,}&lt;/b&gt; من {1:,} استجابة بهذه الإعدادات للكتابة.</translation>
    </message>
    <message>
        <source>Choose a model to generate with.</source>
        <translation>اختر نموذجًا للتوليد.</translation>
    </message>
    <message>
        <source>Writing responses</source>
        <translation>كتابة الردود</translation>
    </message>
    <message>
        <source>Wrote {0:,} responses ({1:,} tokens, {2} tokens/s).</source>
        <translation>كُتبت {0:,} استجابة ({1:,} رمزًا، {2} رمزًا/ث).</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>توقف بسبب خطأ؛ «استئناف» يعيد محاولة الناقص.</translation>
    </message>
    <message>
        <source>Paused; Resume continues where it stopped.</source>
        <translation>متوقف مؤقتًا؛ «استئناف» يكمل من حيث توقف.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Continue generating with {0} ({1}{2})</source>
        <translation>متابعة التوليد باستخدام {0} ({1}{2})</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>See the whole method at a glance: how many instructions reached each stage, what is running, and the next step.</source>
        <translation>اطّلع على الطريقة كلها بنظرة واحدة: كم تعليمة بلغت كل مرحلة، وما الذي يعمل الآن، والخطوة التالية.</translation>
    </message>
    <message>
        <source>Bring in instructions people wrote: CSV, JSON Lines, Parquet or text files, or a Hugging Face dataset.</source>
        <translation>أدخِل تعليمات كتبها أشخاص: ملفات CSV أو JSON Lines أو Parquet أو نصوص، أو مجموعة بيانات من Hugging Face.</translation>
    </message>
    <message>
        <source>Drop unsafe, templated and duplicate instructions, and decide what happens to personal data.</source>
        <translation>استبعد التعليمات غير الآمنة والقالبية والمكررة، وقرّر ما يحدث للبيانات الشخصية.</translation>
    </message>
    <message>
        <source>Add the local GGUF models that answer, judge and get trained, or servers that run them.</source>
        <translation>أضف نماذج GGUF المحلية التي تجيب وتُحكِّم وتُدرَّب، أو الخوادم التي تشغّلها.</translation>
    </message>
    <message>
        <source>If you like, translate the instructions into your language with a model.</source>
        <translation>إن شئت، ترجم التعليمات إلى لغتك باستخدام نموذج.</translation>
    </message>
    <message>
        <source>Let a model answer every instruction, once or several times.</source>
        <translation>دع نموذجًا يجيب عن كل تعليمة، مرة واحدة أو عدة مرات.</translation>
    </message>
    <message>
        <source>Let a model score each response from 0 to 10 with its reasons, and keep the best one.</source>
        <translation>دع نموذجًا يمنح كل إجابة درجة من 0 إلى 10 مع أسبابه، واحتفظ بالأفضل.</translation>
    </message>
    <message>
        <source>Accept, reject or edit the instructions and responses yourself, from the keyboard.</source>
        <translation>اقبل التعليمات والإجابات أو ارفضها أو عدّلها بنفسك، من لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the accepted pairs.</source>
        <translation>درّب نموذجًا تدريبًا دقيقًا على الأزواج المقبولة.</translation>
    </message>
    <message>
        <source>Put the base and the tuned model side by side and vote without knowing which is which.</source>
        <translation>ضع النموذج الأساسي والنموذج المدرَّب جنبًا إلى جنب وصوّت دون أن تعرف أيهما أيهما.</translation>
    </message>
    <message>
        <source>Export the dataset with its card, and send it to the Hugging Face Hub when you are online.</source>
        <translation>صدّر مجموعة البيانات مع بطاقتها، وأرسلها إلى Hugging Face Hub حين تكون متصلًا.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Handloom builds a dataset in stages, one page each, in this order. Open the demo project or a project of your own from the File menu, then go through the pages from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page.</source>
        <translation>يبني Handloom مجموعة البيانات على مراحل، لكل مرحلة صفحة، بهذا الترتيب. افتح المشروع التجريبي أو مشروعًا خاصًا بك من قائمة ملف، ثم تنقّل بين الصفحات من أعلى الشريط الجانبي؛ وتنقلك Ctrl+1 إلى Ctrl+0 إلى الصفحة مباشرة.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Two columns: the term, its translation (a header row is skipped)</source>
        <translation>عمودان: المصطلح وترجمته (يُتخطى صف العناوين)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>لا مصطلحات لـ {0}.</numerusform>
            <numerusform>مصطلح واحد لـ {0}.</numerusform>
            <numerusform>مصطلحان لـ {0}.</numerusform>
            <numerusform>%Ln مصطلحات لـ {0}.</numerusform>
            <numerusform>%Ln مصطلحًا لـ {0}.</numerusform>
            <numerusform>%Ln مصطلح لـ {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مصطلح من المسرد.</numerusform>
            <numerusform>استُورد مصطلح واحد من المسرد.</numerusform>
            <numerusform>استُورد مصطلحان من المسرد.</numerusform>
            <numerusform>استُوردت %Ln مصطلحات من المسرد.</numerusform>
            <numerusform>استُورد %Ln مصطلحًا من المسرد.</numerusform>
            <numerusform>استُورد %Ln مصطلح من المسرد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>استيراد مسرد</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>المسارد (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the Hugging Face Hub</source>
        <translation>تسجيل الدخول إلى Hugging Face Hub</translation>
    </message>
    <message>
        <source>Publishing to the Hub needs an access token with write permission: create one on huggingface.co under Settings → Access Tokens and paste it here. Handloom checks it with the Hub and keeps it where the Hugging Face tools keep their login on this computer, never in the project.</source>
        <translation>يحتاج النشر على Hub إلى رمز وصول بصلاحية الكتابة: أنشئ واحدًا على huggingface.co من ⁦Settings → Access Tokens⁩ والصقه هنا. يتحقق Handloom منه مع Hub ويحفظه حيث تحفظ أدوات Hugging Face تسجيل دخولها على هذا الحاسوب، وليس في المشروع أبدًا.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Signed in on this computer: pushes use the stored login.</source>
        <translation>مسجَّل الدخول على هذا الحاسوب: تستخدم عمليات الإرسال تسجيل الدخول المحفوظ.</translation>
    </message>
    <message>
        <source>The HF_TOKEN variable holds a token, and pushes use it; signing out here does not change it.</source>
        <translation>يحمل المتغير HF_TOKEN رمزًا، وتستخدمه عمليات الإرسال؛ تسجيل الخروج هنا لا يغيّره.</translation>
    </message>
    <message>
        <source>Not signed in: a push waits in the push queue until you sign in.</source>
        <translation>لم تسجّل الدخول: يبقى الإرسال في قائمة انتظار الإرسال حتى تسجّل الدخول.</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>جارٍ التحقق من الرمز مع Hub…</translation>
    </message>
    <message>
        <source>Signed in to the Hub as {0}.</source>
        <translation>تم تسجيل الدخول إلى Hub باسم {0}.</translation>
    </message>
    <message>
        <source>Signed in to the Hub.</source>
        <translation>تم تسجيل الدخول إلى Hub.</translation>
    </message>
    <message>
        <source>Signed out: the stored login was removed from this computer.</source>
        <translation>تم تسجيل الخروج: أُزيل تسجيل الدخول المحفوظ من هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or who allowed its use</source>
        <translation>مثل CC-BY-4.0، أو من أذن باستخدامها</translation>
    </message>
    <message>
        <source>detect per row</source>
        <translation>اكتشاف لكل صف</translation>
    </message>
    <message>
        <source>Skip bad rows (and list their lines)</source>
        <translation>تخطَّ الصفوف التالفة (واعرض أرقام أسطرها)</translation>
    </message>
    <message>
        <source>Import even if imported before</source>
        <translation>استورد حتى لو استُورد من قبل</translation>
    </message>
    <message>
        <source>Columns and options</source>
        <translation>الأعمدة والخيارات</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>ترخيص البيانات</translation>
    </message>
    <message>
        <source>Language of every row</source>
        <translation>لغة كل الصفوف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose or drop a file to see its first rows here.</source>
        <translation>اختر ملفًا أو أفلته لترى صفوفه الأولى هنا.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>جارٍ قراءة الصفوف الأولى…</translation>
    </message>
    <message>
        <source>This file cannot be previewed (see above).</source>
        <translation>لا يمكن معاينة هذا الملف (انظر أعلاه).</translation>
    </message>
    <message>
        <source>The first {0} rows, read as {1}.</source>
        <translation>أول {0} صفًا، مقروءة بصيغة {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>الأسطر</numerusform>
            <numerusform>السطر</numerusform>
            <numerusform>السطران</numerusform>
            <numerusform>الأسطر</numerusform>
            <numerusform>الأسطر</numerusform>
            <numerusform>الأسطر</numerusform>
        </translation>
    </message>
    <message>
        <source> {0} {1} could not be read; tick “Skip bad rows” to import the rest.</source>
        <translation> ‏{0} {1}: تعذرت القراءة؛ حدّد «تخطَّ الصفوف التالفة» لاستيراد الباقي.</translation>
    </message>
    <message>
        <source>Import cancelled; Resume (above) continues it.</source>
        <translation>أُلغي الاستيراد؛ «استئناف» (أعلاه) يكمله.</translation>
    </message>
    <message>
        <source>The import stopped (see the message above).</source>
        <translation>توقف الاستيراد (انظر الرسالة أعلاه).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Instruction column</source>
        <translation>عمود التعليمة</translation>
    </message>
    <message>
        <source>Language column</source>
        <translation>عمود اللغة</translation>
    </message>
    <message>
        <source>Author column</source>
        <translation>عمود المؤلف</translation>
    </message>
    <message>
        <source>Licence column</source>
        <translation>عمود الترخيص</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>عمود معرّف الصف</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <source>Select an instruction to see it in full.</source>
        <translation>اختر تعليمة لتراها كاملة.</translation>
    </message>
</context>
<context>
    <name>InstructionModel</name>
    <message>
        <source>Instruction</source>
        <translation>التعليمة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>نظام الكتابة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <source>{0}: the language identifiers were not sure</source>
        <translation>‏{0}: لم تكن أدوات التعرّف على اللغة متأكدة</translation>
    </message>
</context>
<context>
    <name>InstructionTable</name>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Wait for the running job to finish or cancel it first.</source>
        <translation>انتظر حتى تنتهي المهمة الجارية أو ألغها أولًا.</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> عند {0:,} من {1:,}</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Importing instructions</source>
        <translation>جارٍ استيراد التعليمات</translation>
    </message>
    <message>
        <source>Curating</source>
        <translation>جارٍ التنقية</translation>
    </message>
    <message>
        <source>Writing follow-up questions</source>
        <translation>جارٍ كتابة أسئلة المتابعة</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>جارٍ تصدير مجموعة البيانات</translation>
    </message>
    <message>
        <source>Publishing to the Hub</source>
        <translation>جارٍ النشر على Hub</translation>
    </message>
    <message>
        <source>Importing from the Hub</source>
        <translation>جارٍ الاستيراد من Hub</translation>
    </message>
    <message>
        <source>Merging the other copy</source>
        <translation>جارٍ دمج النسخة الأخرى</translation>
    </message>
    <message>
        <source>Writing the batch file</source>
        <translation>جارٍ كتابة ملف الدفعة</translation>
    </message>
    <message>
        <source>Recording batch results</source>
        <translation>جارٍ تسجيل نتائج الدفعة</translation>
    </message>
    <message>
        <source>Exporting the training run</source>
        <translation>جارٍ تصدير جولة التدريب</translation>
    </message>
    <message>
        <source>Bringing back the training run</source>
        <translation>جارٍ إعادة جولة التدريب</translation>
    </message>
    <message>
        <source>Lifting exclusions</source>
        <translation>جارٍ رفع الاستبعادات</translation>
    </message>
    <message>
        <source>Answering follow-up questions</source>
        <translation>جارٍ الإجابة عن أسئلة المتابعة</translation>
    </message>
    <message>
        <source>Judging follow-ups</source>
        <translation>جارٍ تحكيم المتابعات</translation>
    </message>
    <message>
        <source>Curating: {0}</source>
        <translation>جارٍ التنقية: {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>التنقية</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>التوليد</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <source>Flagging</source>
        <translation>وضع العلامات</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>أسئلة المتابعة</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Comparison answers</source>
        <translation>إجابات المقارنة</translation>
    </message>
    <message>
        <source>Comparison judging</source>
        <translation>تحكيم المقارنة</translation>
    </message>
    <message>
        <source>Writing a batch file</source>
        <translation>كتابة ملف دفعة</translation>
    </message>
    <message>
        <source>Reading a batch file</source>
        <translation>قراءة ملف دفعة</translation>
    </message>
    <message>
        <source>Exporting a training run</source>
        <translation>تصدير جولة تدريب</translation>
    </message>
    <message>
        <source>Tokenizer fit</source>
        <translation>ملاءمة المُجزِّئ</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>‏{0} لـ {1}</translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation>{0} {1}{2}.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>JudgeBox</name>
    <message>
        <source>LLM judge</source>
        <translation>حَكَم LLM</translation>
    </message>
    <message>
        <source>Run the judge</source>
        <translation>شغّل الحَكَم</translation>
    </message>
    <message>
        <source>Also grade each answer 1–10</source>
        <translation>قيّم أيضًا كل إجابة من ١ إلى ١٠</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>نموذج الحَكَم</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>أقصى عدد من الرموز</translation>
    </message>
    <message>
        <source>Each pair is asked in both orders; contradictory verdicts count as ties.</source>
        <translation>يُسأل عن كل زوج بالترتيبين؛ والأحكام المتناقضة تُحتسب تعادلًا.</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>All responses</source>
        <translation>كل الاستجابات</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>حسب اللغة</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>حسب النموذج</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>There are no responses to judge yet: generate some first.</source>
        <translation>لا توجد استجابات للتحكيم بعد: ولّد بعضها أولًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; responses judged, {1:,} unreadable, {2:,} not judged yet; &lt;b&gt;{3:,}&lt;/b&gt; selected.</source>
        <translation>حُكّمت &lt;b&gt;{0:,}&lt;/b&gt; استجابة، {1:,} غير مقروءة، {2:,} لم تُحكَّم بعد؛ &lt;b&gt;{3:,}&lt;/b&gt; مختارة.</translation>
    </message>
    <message>
        <source>Judging responses</source>
        <translation>تحكيم الردود</translation>
    </message>
    <message>
        <source>{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}.</source>
        <translation>حكّم {0} (المعيار v{1}) {2:,} استجابة، {3:,} غير مقروءة، {4:,} فارغة نالت 0؛ متوسط الدرجة {5}.</translation>
    </message>
    <message>
        <source>Cancelled; Judge again continues where it stopped.</source>
        <translation>أُلغي؛ التحكيم مجددًا يكمل من حيث توقف.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} instructions have a selected response.</source>
        <translation>لدى {0:,} من {1:,} تعليمة استجابة مختارة.</translation>
    </message>
    <message>
        <source>Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person).</source>
        <translation>اختيرت أفضل استجابة لـ {0:,} من {1:,} تعليمة (درجة {2:g} أو أكثر؛ {3:,} قبلها شخص).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>لا متابعات، احتُفظ بـ {0:,} بدرجة {1:g} أو أكثر، فشلت {2:,}.</numerusform>
            <numerusform>متابعة واحدة، احتُفظ بـ {0:,} بدرجة {1:g} أو أكثر، فشلت {2:,}.</numerusform>
            <numerusform>متابعتان، احتُفظ بـ {0:,} بدرجة {1:g} أو أكثر، فشلت {2:,}.</numerusform>
            <numerusform>%Ln متابعات، احتُفظ بـ {0:,} بدرجة {1:g} أو أكثر، فشلت {2:,}.</numerusform>
            <numerusform>%Ln متابعةً، احتُفظ بـ {0:,} بدرجة {1:g} أو أكثر، فشلت {2:,}.</numerusform>
            <numerusform>%Ln متابعة، احتُفظ بـ {0:,} بدرجة {1:g} أو أكثر، فشلت {2:,}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>اختر نموذجًا أولًا.</translation>
    </message>
</context>
<context>
    <name>JudgeRun</name>
    <message>
        <source>Judge the responses</source>
        <translation>تحكيم الاستجابات</translation>
    </message>
    <message>
        <source>Room for the judge&apos;s rationale and score</source>
        <translation>مساحة لتعليل الحَكَم ودرجته</translation>
    </message>
    <message>
        <source>Only responses no judge has scored</source>
        <translation>الاستجابات التي لم يقيّمها أي حَكَم فقط</translation>
    </message>
    <message>
        <source>Judge unreadable judgements again</source>
        <translation>أعد تحكيم الأحكام غير المقروءة</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>تحكيم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>نموذج الحَكَم</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>التوازي</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>أقصى عدد من الرموز</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Set language</source>
        <translation>تعيين اللغة</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>عيّن لغة %n من التعليمات. اللغة المعيّنة هنا تبقى: إعادة التعرّف على اللغات لا تغيّرها أبدًا.</numerusform>
            <numerusform>عيّن لغة تعليمة واحدة (%n). اللغة المعيّنة هنا تبقى: إعادة التعرّف على اللغات لا تغيّرها أبدًا.</numerusform>
            <numerusform>عيّن لغة تعليمتين (%n). اللغة المعيّنة هنا تبقى: إعادة التعرّف على اللغات لا تغيّرها أبدًا.</numerusform>
            <numerusform>عيّن لغة %n تعليمات. اللغة المعيّنة هنا تبقى: إعادة التعرّف على اللغات لا تغيّرها أبدًا.</numerusform>
            <numerusform>عيّن لغة %n تعليمة. اللغة المعيّنة هنا تبقى: إعادة التعرّف على اللغات لا تغيّرها أبدًا.</numerusform>
            <numerusform>عيّن لغة %n تعليمة. اللغة المعيّنة هنا تبقى: إعادة التعرّف على اللغات لا تغيّرها أبدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>اكتب لغة أو رمزها</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>The loss curve appears here while a run trains.</source>
        <translation>يظهر منحنى الخسارة هنا أثناء التدريب.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>الخطوة {0}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>خسارة البيانات المحجوزة</translation>
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
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;حديثًا</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>&amp;دمج نسخة أخرى…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في الم&amp;جلد</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>لا مشاريع حديثة</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Handloom projects (*.handloom)</source>
        <translation>مشاريع Handloom ‏(*.handloom)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>{0} is in {1}</source>
        <translation>‏{0} موجود في {1}</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>دمج نسخة أخرى</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read.

Put back its latest automatic backup, {1} (saved {2})? The damaged file is kept beside it; changes made since the backup are not in it.</source>
        <translation>‏{0} تالف ولا يمكن قراءته.

هل تريد استعادة أحدث نسخة احتياطية تلقائية منه، {1} (حُفظت في {2})؟ يُحتفظ بالملف التالف بجانبها؛ التغييرات التي أُجريت بعد النسخة الاحتياطية ليست فيها.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>استعادة نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>Restored {0} from {1}; the damaged file is kept as {2}.</source>
        <translation>استُعيد {0} من {1}؛ ويُحتفظ بالملف التالف باسم {2}.</translation>
    </message>
    <message>
        <source>{0} already exists; open it instead.</source>
        <translation>‏{0} موجود بالفعل؛ افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>جارٍ إنشاء {0}…</translation>
    </message>
    <message>
        <source>{0} — Handloom</source>
        <translation>{0} — Handloom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item.
What name should it use for you?</source>
        <translation>يسجّل Handloom من استورد كل عنصر أو راجعه أو غيّره.
ما الاسم الذي يستخدمه لك؟</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Layout</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>a table of columns</source>
        <translation>جدول من الأعمدة</translation>
    </message>
    <message>
        <source>{0} (recognised from its columns)</source>
        <translation>‏{0} (تُعرّف من أعمدته)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {0}</source>
        <translation>دمج {0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Checking what {0} would bring in… Nothing is changed until you press Merge.</source>
        <translation>جارٍ التحقق مما سيجلبه {0}… لن يتغير شيء حتى تضغط «دمج».</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>جارٍ دمج {0}…</translation>
    </message>
    <message>
        <source>Merging {0} would do this. Press Merge to bring it in; the other file is only read.</source>
        <translation>دمج {0} سيفعل ما يلي. اضغط «دمج» لجلبه؛ الملف الآخر يُقرأ فقط.</translation>
    </message>
    <message>
        <source>{0} holds nothing this project lacks.</source>
        <translation>لا يحوي {0} شيئًا ينقص هذا المشروع.</translation>
    </message>
    <message>
        <source>Merged {0}.</source>
        <translation>دُمج {0}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This file cannot be merged; this project was left untouched.</source>
        <translation>لا يمكن دمج هذا الملف؛ بقي هذا المشروع دون تغيير.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>مهام: %Ln</numerusform><numerusform>مهام: %Ln</numerusform><numerusform>مهام: %Ln</numerusform><numerusform>مهام: %Ln</numerusform><numerusform>مهام: %Ln</numerusform><numerusform>مهام: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>مصادر: %Ln</numerusform><numerusform>مصادر: %Ln</numerusform><numerusform>مصادر: %Ln</numerusform><numerusform>مصادر: %Ln</numerusform><numerusform>مصادر: %Ln</numerusform><numerusform>مصادر: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>نماذج: %Ln</numerusform><numerusform>نماذج: %Ln</numerusform><numerusform>نماذج: %Ln</numerusform><numerusform>نماذج: %Ln</numerusform><numerusform>نماذج: %Ln</numerusform><numerusform>نماذج: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>معايير تقييم: %Ln</numerusform><numerusform>معايير تقييم: %Ln</numerusform><numerusform>معايير تقييم: %Ln</numerusform><numerusform>معايير تقييم: %Ln</numerusform><numerusform>معايير تقييم: %Ln</numerusform><numerusform>معايير تقييم: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>قوالب موجِّهات: %Ln</numerusform><numerusform>قوالب موجِّهات: %Ln</numerusform><numerusform>قوالب موجِّهات: %Ln</numerusform><numerusform>قوالب موجِّهات: %Ln</numerusform><numerusform>قوالب موجِّهات: %Ln</numerusform><numerusform>قوالب موجِّهات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>مصطلحات المسرد: %Ln</numerusform><numerusform>مصطلحات المسرد: %Ln</numerusform><numerusform>مصطلحات المسرد: %Ln</numerusform><numerusform>مصطلحات المسرد: %Ln</numerusform><numerusform>مصطلحات المسرد: %Ln</numerusform><numerusform>مصطلحات المسرد: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform><numerusform>تعليمات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exclusion(s)</source>
        <translation><numerusform>استبعادات: %Ln</numerusform><numerusform>استبعادات: %Ln</numerusform><numerusform>استبعادات: %Ln</numerusform><numerusform>استبعادات: %Ln</numerusform><numerusform>استبعادات: %Ln</numerusform><numerusform>استبعادات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation><numerusform>ترجمات: %Ln</numerusform><numerusform>ترجمات: %Ln</numerusform><numerusform>ترجمات: %Ln</numerusform><numerusform>ترجمات: %Ln</numerusform><numerusform>ترجمات: %Ln</numerusform><numerusform>ترجمات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform><numerusform>استجابات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>وسوم استجابات: %Ln</numerusform><numerusform>وسوم استجابات: %Ln</numerusform><numerusform>وسوم استجابات: %Ln</numerusform><numerusform>وسوم استجابات: %Ln</numerusform><numerusform>وسوم استجابات: %Ln</numerusform><numerusform>وسوم استجابات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>أسئلة متابعة: %Ln</numerusform><numerusform>أسئلة متابعة: %Ln</numerusform><numerusform>أسئلة متابعة: %Ln</numerusform><numerusform>أسئلة متابعة: %Ln</numerusform><numerusform>أسئلة متابعة: %Ln</numerusform><numerusform>أسئلة متابعة: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>أحكام: %Ln</numerusform><numerusform>أحكام: %Ln</numerusform><numerusform>أحكام: %Ln</numerusform><numerusform>أحكام: %Ln</numerusform><numerusform>أحكام: %Ln</numerusform><numerusform>أحكام: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>مراجعات: %Ln</numerusform><numerusform>مراجعات: %Ln</numerusform><numerusform>مراجعات: %Ln</numerusform><numerusform>مراجعات: %Ln</numerusform><numerusform>مراجعات: %Ln</numerusform><numerusform>مراجعات: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>جولات تدريب: %Ln</numerusform><numerusform>جولات تدريب: %Ln</numerusform><numerusform>جولات تدريب: %Ln</numerusform><numerusform>جولات تدريب: %Ln</numerusform><numerusform>جولات تدريب: %Ln</numerusform><numerusform>جولات تدريب: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>قياسات تدريب: %Ln</numerusform><numerusform>قياسات تدريب: %Ln</numerusform><numerusform>قياسات تدريب: %Ln</numerusform><numerusform>قياسات تدريب: %Ln</numerusform><numerusform>قياسات تدريب: %Ln</numerusform><numerusform>قياسات تدريب: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>صفوف تدريب: %Ln</numerusform><numerusform>صفوف تدريب: %Ln</numerusform><numerusform>صفوف تدريب: %Ln</numerusform><numerusform>صفوف تدريب: %Ln</numerusform><numerusform>صفوف تدريب: %Ln</numerusform><numerusform>صفوف تدريب: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>مجموعات تقييم: %Ln</numerusform><numerusform>مجموعات تقييم: %Ln</numerusform><numerusform>مجموعات تقييم: %Ln</numerusform><numerusform>مجموعات تقييم: %Ln</numerusform><numerusform>مجموعات تقييم: %Ln</numerusform><numerusform>مجموعات تقييم: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>عناصر تقييم: %Ln</numerusform><numerusform>عناصر تقييم: %Ln</numerusform><numerusform>عناصر تقييم: %Ln</numerusform><numerusform>عناصر تقييم: %Ln</numerusform><numerusform>عناصر تقييم: %Ln</numerusform><numerusform>عناصر تقييم: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>إجابات تقييم: %Ln</numerusform><numerusform>إجابات تقييم: %Ln</numerusform><numerusform>إجابات تقييم: %Ln</numerusform><numerusform>إجابات تقييم: %Ln</numerusform><numerusform>إجابات تقييم: %Ln</numerusform><numerusform>إجابات تقييم: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>أصوات مقارنة: %Ln</numerusform><numerusform>أصوات مقارنة: %Ln</numerusform><numerusform>أصوات مقارنة: %Ln</numerusform><numerusform>أصوات مقارنة: %Ln</numerusform><numerusform>أصوات مقارنة: %Ln</numerusform><numerusform>أصوات مقارنة: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>درجات إجابات: %Ln</numerusform><numerusform>درجات إجابات: %Ln</numerusform><numerusform>درجات إجابات: %Ln</numerusform><numerusform>درجات إجابات: %Ln</numerusform><numerusform>درجات إجابات: %Ln</numerusform><numerusform>درجات إجابات: %Ln</numerusform></translation>
    </message>
    <message>
        <source>Renamed model “{0}” to “{1}”.</source>
        <translation>أُعيدت تسمية النموذج «{0}» إلى «{1}».</translation>
    </message>
    <message>
        <source>Renamed training run “{0}” to “{1}”.</source>
        <translation>أُعيدت تسمية جولة التدريب «{0}» إلى «{1}».</translation>
    </message>
    <message>
        <source>Renamed evaluation set “{0}” to “{1}”.</source>
        <translation>أُعيدت تسمية مجموعة التقييم «{0}» إلى «{1}».</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• الاستجابة على «{0}»: هنا {1} من {2}، وهناك {3} من {4} ← الآن {5}</translation>
    </message>
    <message>
        <source>• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• التعليمة «{0}»: هنا {1} من {2}، وهناك {3} من {4} ← الآن {5}</translation>
    </message>
    <message>
        <source>{0} {1}: here {2} by {3}, there {4} by {5} → now {6}</source>
        <translation>‏{0} {1}: هنا {2} من {3}، وهناك {4} من {5} ← الآن {6}</translation>
    </message>
    <message>
        <source>Nothing new: everything is already here.</source>
        <translation>لا جديد: كل شيء موجود هنا بالفعل.</translation>
    </message>
    <message>
        <source>Would bring in {0}.</source>
        <translation>سيُجلب: {0}.</translation>
    </message>
    <message>
        <source>Brought in {0}.</source>
        <translation>جُلب: {0}.</translation>
    </message>
    <message>
        <source>The other file uses schema {0}; a temporary copy was upgraded and the file itself left untouched.</source>
        <translation>يستخدم الملف الآخر المخطط {0}؛ رُقّيت نسخة مؤقتة وبقي الملف نفسه دون تغيير.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>عناصر أُنشئت في النسختين: %Ln؛ أُبقي على ما هنا.</numerusform><numerusform>عناصر أُنشئت في النسختين: %Ln؛ أُبقي على ما هنا.</numerusform><numerusform>عناصر أُنشئت في النسختين: %Ln؛ أُبقي على ما هنا.</numerusform><numerusform>عناصر أُنشئت في النسختين: %Ln؛ أُبقي على ما هنا.</numerusform><numerusform>عناصر أُنشئت في النسختين: %Ln؛ أُبقي على ما هنا.</numerusform><numerusform>عناصر أُنشئت في النسختين: %Ln؛ أُبقي على ما هنا.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>استجابات وُلِّدت في النسختين بشكل مختلف: %Ln؛ أُبقي على استجاباتهم عيّناتٍ إضافية.</numerusform><numerusform>استجابات وُلِّدت في النسختين بشكل مختلف: %Ln؛ أُبقي على استجاباتهم عيّناتٍ إضافية.</numerusform><numerusform>استجابات وُلِّدت في النسختين بشكل مختلف: %Ln؛ أُبقي على استجاباتهم عيّناتٍ إضافية.</numerusform><numerusform>استجابات وُلِّدت في النسختين بشكل مختلف: %Ln؛ أُبقي على استجاباتهم عيّناتٍ إضافية.</numerusform><numerusform>استجابات وُلِّدت في النسختين بشكل مختلف: %Ln؛ أُبقي على استجاباتهم عيّناتٍ إضافية.</numerusform><numerusform>استجابات وُلِّدت في النسختين بشكل مختلف: %Ln؛ أُبقي على استجاباتهم عيّناتٍ إضافية.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>مراجعات أُلغيت في النسخة الأخرى: %Ln؛ أُلغيت هنا أيضًا.</numerusform><numerusform>مراجعات أُلغيت في النسخة الأخرى: %Ln؛ أُلغيت هنا أيضًا.</numerusform><numerusform>مراجعات أُلغيت في النسخة الأخرى: %Ln؛ أُلغيت هنا أيضًا.</numerusform><numerusform>مراجعات أُلغيت في النسخة الأخرى: %Ln؛ أُلغيت هنا أيضًا.</numerusform><numerusform>مراجعات أُلغيت في النسخة الأخرى: %Ln؛ أُلغيت هنا أيضًا.</numerusform><numerusform>مراجعات أُلغيت في النسخة الأخرى: %Ln؛ أُلغيت هنا أيضًا.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>تعليمات نُقِّحت هناك بشكل مختلف: %Ln؛ أُبقي على التنقية هنا.</numerusform><numerusform>تعليمات نُقِّحت هناك بشكل مختلف: %Ln؛ أُبقي على التنقية هنا.</numerusform><numerusform>تعليمات نُقِّحت هناك بشكل مختلف: %Ln؛ أُبقي على التنقية هنا.</numerusform><numerusform>تعليمات نُقِّحت هناك بشكل مختلف: %Ln؛ أُبقي على التنقية هنا.</numerusform><numerusform>تعليمات نُقِّحت هناك بشكل مختلف: %Ln؛ أُبقي على التنقية هنا.</numerusform><numerusform>تعليمات نُقِّحت هناك بشكل مختلف: %Ln؛ أُبقي على التنقية هنا.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>عناصر رُوجعت بشكل مختلف: %Ln؛ أُبقي على المراجعتين والأحدث هي التي تحسم:</numerusform><numerusform>عناصر رُوجعت بشكل مختلف: %Ln؛ أُبقي على المراجعتين والأحدث هي التي تحسم:</numerusform><numerusform>عناصر رُوجعت بشكل مختلف: %Ln؛ أُبقي على المراجعتين والأحدث هي التي تحسم:</numerusform><numerusform>عناصر رُوجعت بشكل مختلف: %Ln؛ أُبقي على المراجعتين والأحدث هي التي تحسم:</numerusform><numerusform>عناصر رُوجعت بشكل مختلف: %Ln؛ أُبقي على المراجعتين والأحدث هي التي تحسم:</numerusform><numerusform>عناصر رُوجعت بشكل مختلف: %Ln؛ أُبقي على المراجعتين والأحدث هي التي تحسم:</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{0}  (server)</source>
        <translation>‏{0}  (خادم)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>البنية المعمارية</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>قالب المحادثة</translation>
    </message>
    <message>
        <source>GGUF file</source>
        <translation>ملف GGUF</translation>
    </message>
    <message>
        <source>GGUF + adapter</source>
        <translation>‏GGUF + مُحوِّل</translation>
    </message>
    <message>
        <source>server</source>
        <translation>خادم</translation>
    </message>
    <message>
        <source>none: plain completion</source>
        <translation>لا شيء: إكمال عادي</translation>
    </message>
    <message>
        <source>plain completion</source>
        <translation>إكمال عادي</translation>
    </message>
    <message>
        <source>instruction / response</source>
        <translation>تعليمة / استجابة</translation>
    </message>
    <message>
        <source>Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs.</source>
        <translation>النماذج تكتب الاستجابات وتحكّمها. في كل مشروع النموذجان المرفقان؛ أضف ملف GGUF من هذا الحاسوب، أو نموذجًا على خادم للمهام الأكبر.</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>النماذج المسجّلة</translation>
    </message>
    <message>
        <source>Add GGUF file…</source>
        <translation>إضافة ملف GGUF…</translation>
    </message>
    <message>
        <source>Add model on a server…</source>
        <translation>إضافة نموذج على خادم…</translation>
    </message>
    <message>
        <source>Run models on:</source>
        <translation>تشغيل النماذج على:</translation>
    </message>
    <message>
        <source>Models loaded from now on use this; a job already running keeps its device.</source>
        <translation>تستخدم النماذج التي تُحمَّل من الآن هذا الخيار؛ أما المهمة الجارية فتبقى على جهازها.</translation>
    </message>
    <message>
        <source>Finding out where models run…</source>
        <translation>جارٍ معرفة أين تعمل النماذج…</translation>
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
        <translation>تعمل النماذج على: CPU بتعليمات {0} ({1} خيوط)؛ ولا يُستخدم {2}.</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads) — no GPU found.</source>
        <translation>تعمل النماذج على: CPU بتعليمات {0} ({1} خيوط) — لم يُعثر على GPU.</translation>
    </message>
    <message>
        <source>{0}  (bundled)</source>
        <translation>‏{0}  (مرفق)</translation>
    </message>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>السياق لا رموز</numerusform>
            <numerusform>السياق رمز واحد</numerusform>
            <numerusform>السياق رمزان</numerusform>
            <numerusform>السياق %Ln رموز</numerusform>
            <numerusform>السياق %Ln رمزًا</numerusform>
            <numerusform>السياق %Ln رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out where models run.</source>
        <translation>تعذّرت معرفة أين تعمل النماذج.</translation>
    </message>
    <message>
        <source>Models run on: {0}, every layer offloaded to the GPU.</source>
        <translation>تعمل النماذج على: {0}، وكل الطبقات منقولة إلى GPU.</translation>
    </message>
    <message>
        <source>This installation&apos;s llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.</source>
        <translation>نسخة llama.cpp في هذا التثبيت لا تدعم GPU، أو لم تجد GPU يمكنها استخدامه. إصدارا CUDA وVulkan يستخدمان GPU إن وُجد.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s CPU code: {0}, chosen for this processor when Handloom starts.</source>
        <translation>تعليمات CPU في llama.cpp: {0}، اختيرت لهذا المعالج عند بدء Handloom.</translation>
    </message>
    <message>
        <source>Could not save the choice: {0}</source>
        <translation>تعذّر حفظ الاختيار: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>قالب الخادم</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>قالب النموذج نفسه</translation>
    </message>
    <message>
        <source>The prompt format for a model whose file has no chat template</source>
        <translation>صيغة الموجّه لنموذج لا يحوي ملفه قالب محادثة</translation>
    </message>
    <message>
        <source>{0} models registered.</source>
        <translation>‏{0} نموذجًا مسجّلًا.</translation>
    </message>
    <message>
        <source>serves “{0}”</source>
        <translation>يقدّم «{0}»</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>إضافة نموذج GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>نماذج GGUF ‏(*.gguf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>جارٍ قراءة {0}…</translation>
    </message>
    <message>
        <source>Say which model the server should run.</source>
        <translation>حدّد النموذج الذي يجب أن يشغّله الخادم.</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>server</source>
        <translation>خادم</translation>
    </message>
    <message>
        <source>{0}  (+ adapter)</source>
        <translation>‏{0}  (+ مُحوِّل)</translation>
    </message>
    <message>
        <source>Models to compare (2–4)</source>
        <translation>النماذج المراد مقارنتها (٢–٤)</translation>
    </message>
    <message>
        <source>GGUF models, tuned models (GGUF + adapter) and servers are added on the Models page.</source>
        <translation>تُضاف نماذج GGUF والنماذج المضبوطة (GGUF + مُحوِّل) والخوادم في صفحة النماذج.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} prompts answered</source>
        <translation>‏{0}: أُجيب عن {1} من {2} موجّهًا</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Hide this hint</source>
        <translation>إخفاء هذا التلميح</translation>
    </message>
    <message>
        <source>This project is empty. Start by importing instructions: a file of instructions people wrote (CSV, JSON Lines, Parquet or text).</source>
        <translation>هذا المشروع فارغ. ابدأ باستيراد التعليمات: ملف من تعليمات كتبها أشخاص (CSV أو JSON Lines أو Parquet أو نص).</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>انتقل إلى الاستيراد</translation>
    </message>
    <message>
        <source>Go to Models</source>
        <translation>انتقل إلى النماذج</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>انتقل إلى الخطوة التالية</translation>
    </message>
    <message>
        <source>This is the demo project, kept at {0}.</source>
        <translation>هذا هو المشروع التجريبي، محفوظ في {0}.</translation>
    </message>
    <message>
        <source>Next: filter out duplicates, templated prompts and personal data on the Curate page.</source>
        <translation>التالي: استبعد التكرارات والموجّهات المبنية على قوالب والبيانات الشخصية في صفحة التنقية.</translation>
    </message>
    <message>
        <source>Go to Curate</source>
        <translation>انتقل إلى التنقية</translation>
    </message>
    <message>
        <source>Next: add a model on the Models page to answer the instructions.</source>
        <translation>التالي: أضف نموذجًا في صفحة النماذج ليجيب عن التعليمات.</translation>
    </message>
    <message>
        <source>Next: answer the instructions with a model on the Generate page.</source>
        <translation>التالي: أجب عن التعليمات بنموذج في صفحة التوليد.</translation>
    </message>
    <message>
        <source>Go to Generate</source>
        <translation>انتقل إلى التوليد</translation>
    </message>
    <message>
        <source>Next: let a model judge the responses on the Judge page, or review them yourself on the Review page.</source>
        <translation>التالي: دع نموذجًا يُحكِّم الإجابات في صفحة التحكيم، أو راجعها بنفسك في صفحة المراجعة.</translation>
    </message>
    <message>
        <source>Go to Judge</source>
        <translation>انتقل إلى التحكيم</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>مضمّنة</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>مترجمة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>مُجاب عنها</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>محكّمة</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>مختارة</translation>
    </message>
    <message>
        <source>With a second turn</source>
        <translation>مع دور ثانٍ</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>صفوف التدريب</translation>
    </message>
    <message>
        <source>A job is running. Watch it on its page.</source>
        <translation>مهمة قيد التشغيل. تابعها في صفحتها.</translation>
    </message>
    <message>
        <source>A job stopped before the end. Resume it on its page.</source>
        <translation>توقفت مهمة قبل نهايتها. استأنفها في صفحتها.</translation>
    </message>
    <message>
        <source>Import the instructions people wrote.</source>
        <translation>استورد التعليمات التي كتبها الناس.</translation>
    </message>
    <message>
        <source>Filter out duplicates, templated prompts and personal data.</source>
        <translation>استبعد التكرارات والموجّهات المبنية على قوالب والبيانات الشخصية.</translation>
    </message>
    <message>
        <source>Answer the included instructions with an open-weight model.</source>
        <translation>أجب عن التعليمات المضمّنة بنموذج مفتوح الأوزان.</translation>
    </message>
    <message>
        <source>Have a judge model score the answers from 0 to 10.</source>
        <translation>دع الحَكَم يمنح الاستجابات درجة من 0 إلى 10.</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction.</source>
        <translation>احتفظ بأفضل استجابة لكل تعليمة.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the selected pairs.</source>
        <translation>درّب نموذجًا على الأزواج المختارة.</translation>
    </message>
    <message>
        <source>Compare the tuned model with other models.</source>
        <translation>قارن النموذج المضبوط بنماذج أخرى.</translation>
    </message>
    <message>
        <source>Publish the dataset and the model.</source>
        <translation>انشر مجموعة البيانات والنموذج.</translation>
    </message>
    <message>
        <source>Watch the running job</source>
        <translation>تابع المهمة الجارية</translation>
    </message>
    <message>
        <source>Resume the stopped job</source>
        <translation>استأنف المهمة المتوقفة</translation>
    </message>
    <message>
        <source>Import instructions</source>
        <translation>استيراد التعليمات</translation>
    </message>
    <message>
        <source>Curate the instructions</source>
        <translation>تنقية التعليمات</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>توليد الاستجابات</translation>
    </message>
    <message>
        <source>Judge the answers</source>
        <translation>تحكيم الاستجابات</translation>
    </message>
    <message>
        <source>Select the best answers</source>
        <translation>اختيار أفضل الاستجابات</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>تدريب نموذج</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>مقارنة النماذج</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تمت</translation>
    </message>
    <message>
        <source>failed; Resume continues it</source>
        <translation>فشلت؛ «استئناف» يكملها</translation>
    </message>
    <message>
        <source>stopped; Resume continues it</source>
        <translation>توقفت؛ «استئناف» يكملها</translation>
    </message>
    <message>
        <source>interrupted; Resume continues it</source>
        <translation>انقطعت؛ «استئناف» يكملها</translation>
    </message>
    <message>
        <source>Run every stage of the method one after another, as a recipe: stopped or interrupted, it resumes at the stage where it stopped.</source>
        <translation>شغّل كل مراحل الطريقة واحدة بعد الأخرى كوصفة: إذا توقفت أو انقطعت تُستأنف من المرحلة التي توقفت عندها.</translation>
    </message>
    <message>
        <source>The recipe stopped. Resume continues it at the stage where it stopped.</source>
        <translation>توقفت الوصفة. «استئناف» يكملها من المرحلة التي توقفت عندها.</translation>
    </message>
    <message>
        <source>Starting the recipe…</source>
        <translation>بدء الوصفة…</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>المرحلة {0} من {1}: {2}</translation>
    </message>
    <message>
        <source>The recipe “{0}” ran to its end.</source>
        <translation>اكتملت الوصفة «{0}» حتى نهايتها.</translation>
    </message>
    <message>
        <source>From imported instructions to training rows</source>
        <translation>من التعليمات المستوردة إلى صفوف التدريب</translation>
    </message>
    <message>
        <source>Open the page of this stage</source>
        <translation>افتح صفحة هذه المرحلة</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>The seed method in one go</source>
        <translation>الطريقة الأصلية دفعة واحدة</translation>
    </message>
    <message>
        <source>The recipe&apos;s current stage</source>
        <translation>المرحلة الحالية من الوصفة</translation>
    </message>
    <message>
        <source>Run the seed method…</source>
        <translation>شغّل الطريقة الأصلية…</translation>
    </message>
    <message>
        <source>Choose a recipe, see its plan, and run every stage one after another</source>
        <translation>اختر وصفة، واطّلع على خطتها، وشغّل كل المراحل واحدة بعد الأخرى</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop after the current unit of work; Resume continues from there</source>
        <translation>أوقف بعد وحدة العمل الحالية؛ «استئناف» يكمل من هناك</translation>
    </message>
    <message>
        <source>Resume the seed method</source>
        <translation>استئناف الطريقة الأصلية</translation>
    </message>
    <message>
        <source>Continue the recipe that stopped, at the stage where it stopped</source>
        <translation>أكمل الوصفة المتوقفة من المرحلة التي توقفت عندها</translation>
    </message>
    <message>
        <source>Running: {0} ({1} of {2})</source>
        <translation>قيد التشغيل: {0} ({1} من {2})</translation>
    </message>
    <message>
        <source>Stopped: {0} ({1})</source>
        <translation>متوقفة: {0} ({1})</translation>
    </message>
    <message>
        <source>No job is running, and none stopped before its end.</source>
        <translation>لا توجد مهمة قيد التشغيل، ولم تتوقف أي مهمة قبل نهايتها.</translation>
    </message>
    <message>
        <source>Recipe “{0}”: {1}</source>
        <translation>الوصفة «{0}»: {1}</translation>
    </message>
    <message>
        <source>What {0} changed on {1} held-out instructions: answers that end cleanly {2} before, {3} after.</source>
        <translation>ما غيّره {0} على {1} من التعليمات المحجوزة: الاستجابات التي تنتهي بشكل سليم {2} قبل، و{3} بعد.</translation>
    </message>
    <message>
        <source>The judge preferred the tuned model in {0} of comparisons (95% interval {1} to {2}).</source>
        <translation>فضّل الحَكَم النموذج المضبوط في {0} من المقارنات (فترة 95% من {1} إلى {2}).</translation>
    </message>
    <message>
        <source>Too few instructions or too weak a judge for these figures to mean much.</source>
        <translation>التعليمات قليلة جدًا أو الحَكَم ضعيف جدًا لتكون لهذه الأرقام دلالة كبيرة.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Curate</source>
        <translation>التنقية</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>التوليد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>تحكيم</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{0} tokens/s</source>
        <translation>‏{0} رمزًا/ث</translation>
    </message>
    <message>
        <source>{0} per second</source>
        <translation>‏{0} في الثانية</translation>
    </message>
    <message>
        <source>{0} per minute</source>
        <translation>‏{0} في الدقيقة</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Waiting for the other model job to finish…</source>
        <translation>في انتظار انتهاء مهمة النموذج الأخرى…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>جارٍ تحميل {0}…</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>بقي {0}</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>‏%v من %m</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Prompt</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <source>Choose the languages to see their prompt.</source>
        <translation>اختر اللغات لترى موجّهها.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>حفظ كإصدار جديد</translation>
    </message>
    <message>
        <source>Must contain {text}; may use {glossary}, {source_language} and {target_language}</source>
        <translation>يجب أن يحتوي على {text}؛ ويمكن أن يستخدم {glossary} و{source_language} و{target_language}</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Back to the stored prompt</source>
        <translation>العودة إلى الموجّه المحفوظ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source>Start again from Handloom&apos;s default prompt</source>
        <translation>ابدأ من جديد من موجّه Handloom الافتراضي</translation>
    </message>
    <message>
        <source>Choose a model and the languages first.</source>
        <translation>اختر نموذجًا واللغات أولًا.</translation>
    </message>
    <message>
        <source>Prompt for {0} → {1}</source>
        <translation>موجّه {0} ‏←‏ {1}</translation>
    </message>
    <message>
        <source>Handloom&apos;s default prompt (saved as version 1 on first use).</source>
        <translation>موجّه Handloom الافتراضي (يُحفظ كإصدار ١ عند أول استخدام).</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>الإصدار {0}، حفظه {1} في {2}.</translation>
    </message>
    <message>
        <source>Saved version {0} of the {1} prompt.</source>
        <translation>حُفظ الإصدار {0} من موجّه {1}.</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Publish</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Write the dataset into a new or empty folder you name or choose</source>
        <translation>اكتب مجموعة البيانات في مجلد جديد أو فارغ تسمّيه أو تختاره</translation>
    </message>
    <message>
        <source>Publish to the Hub…</source>
        <translation>النشر على Hub…</translation>
    </message>
    <message>
        <source>Publish model…</source>
        <translation>نشر نموذج…</translation>
    </message>
    <message>
        <source>Upload a model tuned in this project (its adapter)</source>
        <translation>ارفع نموذجًا مضبوطًا في هذا المشروع (مُحوِّله)</translation>
    </message>
    <message>
        <source>Pull from the Hub…</source>
        <translation>السحب من Hub…</translation>
    </message>
    <message>
        <source>Give Handloom a Hugging Face access token for publishing, or remove it</source>
        <translation>أعطِ Handloom رمز وصول من Hugging Face للنشر، أو أزِله</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Hugging Face sign-in…</source>
        <translation>تسجيل الدخول إلى Hugging Face…</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, the upload waits in this project&apos;s push queue.</source>
        <translation>يستخدم Handloom تسجيل دخولك إلى Hugging Face (”{0}“ في صفحة النشر) أو المتغير HF_TOKEN؛ لا يُعرض الرمز أبدًا ولا يُحفظ في المشروع. دون اتصال، ينتظر الرفع في قائمة انتظار الإرسال لهذا المشروع.</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>المالك/الاسم</translation>
    </message>
    <message>
        <source>Private repository (only you and your organisation see it)</source>
        <translation>مستودع خاص (لا يراه إلا أنت ومؤسستك)</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>النموذج المضبوط</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>مستودع Hub</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>النشر</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>What goes into the dataset</source>
        <translation>ما يدخل في مجموعة البيانات</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>قائمة انتظار الإرسال</translation>
    </message>
    <message>
        <source>Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence.</source>
        <translation>كُتب {0:,} صفًا ({1}) في {2} بصيغة {3}، مع بطاقة مجموعة البيانات وترخيصها.</translation>
    </message>
    <message>
        <source>Publish the dataset</source>
        <translation>نشر مجموعة البيانات</translation>
    </message>
    <message>
        <source>The dataset is exported as Parquet with its card and licence, queued in this project, then uploaded to this Hub repository.</source>
        <translation>تُصدَّر مجموعة البيانات بصيغة Parquet مع بطاقتها وترخيصها، وتوضع في قائمة الانتظار في هذا المشروع، ثم تُرفع إلى مستودع Hub هذا.</translation>
    </message>
    <message>
        <source>Publish a tuned model</source>
        <translation>نشر نموذج مضبوط</translation>
    </message>
    <message>
        <source>The adapter (PEFT and GGUF) and a model card are queued in this project, then uploaded to this Hub repository.</source>
        <translation>يوضع المُحوِّل (PEFT وGGUF) وبطاقة النموذج في قائمة الانتظار في هذا المشروع، ثم يُرفعان إلى مستودع Hub هذا.</translation>
    </message>
    <message>
        <source>this dataset</source>
        <translation>مجموعة البيانات هذه</translation>
    </message>
    <message>
        <source>the model {0}</source>
        <translation>النموذج {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>لم تُستورد أي تعليمة من {0}.</numerusform>
            <numerusform>استُوردت تعليمة واحدة من {0}.</numerusform>
            <numerusform>استُوردت تعليمتان من {0}.</numerusform>
            <numerusform>استُوردت %Ln تعليمات من {0}.</numerusform>
            <numerusform>استُوردت %Ln تعليمةً من {0}.</numerusform>
            <numerusform>استُوردت %Ln تعليمة من {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPreview</name>
    <message>
        <source>What would be published</source>
        <translation>ما سيُنشر</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>بطاقة مجموعة البيانات</translation>
    </message>
    <message>
        <source>Counting what would go in…</source>
        <translation>جارٍ عدّ ما سيدخل…</translation>
    </message>
    <message>
        <source>There is no card without rows to describe.</source>
        <translation>لا توجد بطاقة دون صفوف تصفها.</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from the Hub</source>
        <translation>السحب من Hub</translation>
    </message>
    <message>
        <source>owner/name or owner/name:split</source>
        <translation>المالك/الاسم أو المالك/الاسم:الجزء</translation>
    </message>
    <message>
        <source>taken from the dataset&apos;s card</source>
        <translation>مأخوذ من بطاقة مجموعة البيانات</translation>
    </message>
    <message>
        <source>Hub dataset</source>
        <translation>مجموعة بيانات Hub</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Pull it again as a second copy</source>
        <translation>اسحبه مرة أخرى كنسخة ثانية</translation>
    </message>
    <message>
        <source>Import the dataset once more, beside what earlier pulls of it imported</source>
        <translation>استورد مجموعة البيانات مرة أخرى، بجانب ما استوردته عمليات السحب السابقة</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection).</source>
        <translation>استورد تعليمات مجموعة بيانات على Hugging Face Hub إلى هذا المشروع (يتطلب اتصالًا).</translation>
    </message>
</context>
<context>
    <name>PushQueueView</name>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>مستودع Hub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Last error, or where it went</source>
        <translation>آخر خطأ، أو وجهته</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>وُضع في الانتظار</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (خاص)</translation>
    </message>
    <message>
        <source>Waiting to be pushed</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <source>Try every waiting push again</source>
        <translation>أعد محاولة كل إرسال منتظر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Take the selected push off the queue without sending it</source>
        <translation>أزل الإرسال المحدد من قائمة الانتظار دون إرساله</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>لم يُجرَّب بعد</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>لم يُنشر شيء من هذا المشروع بعد.</translation>
    </message>
    <message>
        <source>{0:,} waiting to be sent; nothing is lost while offline.</source>
        <translation>{0:,} في انتظار الإرسال؛ لا يضيع شيء دون اتصال.</translation>
    </message>
    <message>
        <source>Everything queued has been published.</source>
        <translation>نُشر كل ما كان في قائمة الانتظار.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>إظهار التفاصيل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>إخفاء التفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إجهاض</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>نسخ &amp;موقع الرابط</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Import the instructions</source>
        <translation>استورد التعليمات</translation>
    </message>
    <message>
        <source>Filter duplicates, templated prompts and personal data</source>
        <translation>رشّح التكرارات والطلبات المبنية على قوالب والبيانات الشخصية</translation>
    </message>
    <message>
        <source>Translate the instructions</source>
        <translation>ترجم التعليمات</translation>
    </message>
    <message>
        <source>Answer each instruction with the teacher model</source>
        <translation>أجب عن كل تعليمة بالنموذج المعلّم</translation>
    </message>
    <message>
        <source>Score every answer from 0 to 10 with the judge</source>
        <translation>قيّم كل إجابة من 0 إلى 10 بالنموذج الحَكَم</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction</source>
        <translation>احتفظ بأفضل إجابة لكل تعليمة</translation>
    </message>
    <message>
        <source>Add a second turn, kept at a high score</source>
        <translation>أضف دورًا ثانيًا يُحتفظ به عند درجة عالية</translation>
    </message>
    <message>
        <source>Fine-tune the student model</source>
        <translation>اضبط النموذج الطالب</translation>
    </message>
    <message>
        <source>Measure what the fine-tune changed</source>
        <translation>قِس ما غيّره الضبط</translation>
    </message>
    <message>
        <source>Quick look: a few instructions, in minutes</source>
        <translation>نظرة سريعة: بضع تعليمات في دقائق</translation>
    </message>
    <message>
        <source>The seed method, in English</source>
        <translation>الطريقة الأصلية بالإنجليزية</translation>
    </message>
    <message>
        <source>The seed method, translated into another language</source>
        <translation>الطريقة الأصلية مترجمةً إلى لغة أخرى</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Run the seed method</source>
        <translation>شغّل الطريقة الأصلية</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>الوصفة:</translation>
    </message>
    <message>
        <source>The language to translate the instructions into: a code such as ja or sw, or its name</source>
        <translation>اللغة التي تُترجم إليها التعليمات: رمز مثل ja أو sw، أو اسمها</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>ترجم إلى:</translation>
    </message>
    <message>
        <source>Teacher (writes the answers):</source>
        <translation>المعلّم (يكتب الإجابات):</translation>
    </message>
    <message>
        <source>Judge (scores them 0–10):</source>
        <translation>الحَكَم (يقيّمها من 0 إلى 10):</translation>
    </message>
    <message>
        <source>Student (fine-tuned):</source>
        <translation>الطالب (يُضبط):</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>In</source>
        <translation>الداخل</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>الخارج</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>The recipe&apos;s plan</source>
        <translation>خطة الوصفة</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>حساب الخطة…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تمت</translation>
    </message>
    <message>
        <source>In all {0}, at the speeds measured on this project.</source>
        <translation>المجموع {0}، بالسرعات المقيسة في هذا المشروع.</translation>
    </message>
    <message>
        <source>Times come from jobs this project has finished; a stage without one has no estimate yet (“?”).</source>
        <translation>الأوقات مأخوذة من المهام التي أنهاها هذا المشروع؛ المرحلة التي لم تُنهَ لها مهمة لا تقدير لها بعد («?»).</translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>الأفضل</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الاستجابة</translation>
    </message>
    <message>
        <source>Search instructions with responses…</source>
        <translation>ابحث في التعليمات التي لها استجابات…</translation>
    </message>
    <message>
        <source>Instructions with responses</source>
        <translation>التعليمات التي لها استجابات</translation>
    </message>
    <message>
        <source>Responses to the instruction</source>
        <translation>الاستجابات للتعليمة</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>رقم العينة</translation>
    </message>
    <message>
        <source>Selected as the best response</source>
        <translation>اختيرت كأفضل استجابة</translation>
    </message>
    <message>
        <source>The response in full</source>
        <translation>الاستجابة كاملة</translation>
    </message>
    <message>
        <source>Pick an instruction, then a response, to read it in full.</source>
        <translation>اختر تعليمة ثم استجابة لقراءتها كاملة.</translation>
    </message>
    <message>
        <source>{0}

{1} responses from {2} models; language {3}</source>
        <translation>‏{0}

{1} استجابة من {2} نموذجًا؛ اللغة {3}</translation>
    </message>
    <message>
        <source> (the first ones; search to find others)</source>
        <translation> (الأولى فقط؛ ابحث لتجد غيرها)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>لا تعليمات لها استجابات{0}</numerusform>
            <numerusform>تعليمة واحدة لها استجابات{0}</numerusform>
            <numerusform>تعليمتان لهما استجابات{0}</numerusform>
            <numerusform>%Ln تعليمات لها استجابات{0}</numerusform>
            <numerusform>%Ln تعليمةً لها استجابات{0}</numerusform>
            <numerusform>%Ln تعليمة لها استجابات{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>any verdict</source>
        <translation>أي حكم</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>لم تُراجع بعد</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>included</source>
        <translation>مضمّنة</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الاستجابات</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <source>any flags</source>
        <translation>أي علامة</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>عليها علامة</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>بلا علامة</translation>
    </message>
    <message>
        <source>any model</source>
        <translation>أي نموذج</translation>
    </message>
    <message>
        <source>Translations: chrF of the back-translation (0–100); responses: the judge&apos;s score</source>
        <translation>الترجمات: chrF للترجمة العكسية (0–100)؛ الاستجابات: درجة الحَكَم</translation>
    </message>
    <message>
        <source>Translations only</source>
        <translation>الترجمات فقط</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>الدرجة من</translation>
    </message>
    <message>
        <source>flag: {0}</source>
        <translation>علامة: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>unknown language</source>
        <translation>لغة غير معروفة</translation>
    </message>
    <message>
        <source>Every response to this instruction</source>
        <translation>كل استجابة لهذه التعليمة</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>لا شيء للمراجعة.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>الترجمة الآلية</translation>
    </message>
    <message>
        <source>Post-edit (E to edit)</source>
        <translation>التحرير اللاحق (E للتحرير)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>التعليمة</translation>
    </message>
    <message>
        <source>Response by {0} (E to edit)</source>
        <translation>استجابة {0} (E للتحرير)</translation>
    </message>
    <message>
        <source>Instruction (E to edit)</source>
        <translation>التعليمة (E للتحرير)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الاستجابة</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>من {0}</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>النموذج {0}</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ مقبولة</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ مرفوضة</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; by {1}</source>
        <translation>&lt;b&gt;‏{0}&lt;/b&gt; بواسطة {1}</translation>
    </message>
    <message>
        <source>rated {0} ({1})</source>
        <translation>التقييم {0} ({1})</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>محرَّرة</translation>
    </message>
    <message>
        <source>note: “{0}”</source>
        <translation>ملاحظة: «{0}»</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation>‏{0} بواسطة {1} في {2}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{0}&lt;/s&gt; (undone)</source>
        <translation>&lt;s&gt;‏{0}&lt;/s&gt; (تم التراجع)</translation>
    </message>
    <message>
        <source>rated {0}</source>
        <translation>قُيّمت {0}</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>قُيّمت</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>{0} → {1} by {2}</source>
        <translation>‏{0} ‏←‏ {1} بواسطة {2}</translation>
    </message>
    <message>
        <source>flags: {0}</source>
        <translation>العلامات: {0}</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>لا علامات</translation>
    </message>
    <message>
        <source>back-translation chrF {0:.1f}: “{1}”</source>
        <translation>‏chrF للترجمة العكسية {0:.1f}: «{1}»</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رُفضت</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>لم تُراجع بعد</translation>
    </message>
    <message>
        <source> · score {0:.1f}</source>
        <translation> · الدرجة {0:.1f}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>edit (Ctrl+Enter saves, Esc cancels)</source>
        <translation>تحرير (Ctrl+Enter يحفظ، Esc يلغي)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Accept  A</source>
        <translation>قبول  A</translation>
    </message>
    <message>
        <source>Reject  R</source>
        <translation>رفض  R</translation>
    </message>
    <message>
        <source>Edit  E</source>
        <translation>تحرير  E</translation>
    </message>
    <message>
        <source>Note  N</source>
        <translation>ملاحظة  N</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>→ السابق</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>التالي ←</translation>
    </message>
    <message>
        <source>Undo  Ctrl+Z</source>
        <translation>تراجع  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A note for this item; Enter saves, Esc cancels</source>
        <translation>ملاحظة لهذا العنصر؛ Enter يحفظ، Esc يلغي</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>لا شيء للمراجعة بهذه المرشحات.</translation>
    </message>
    <message>
        <source>Open a project to review its instructions and responses.</source>
        <translation>افتح مشروعًا لمراجعة تعليماته واستجاباته.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:,} in this list</source>
        <translation>&lt;b&gt;‏{0}&lt;/b&gt; · {1:,} في هذه القائمة</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>هذا آخر عنصر في القائمة.</translation>
    </message>
    <message>
        <source>Set your name before reviewing: every action records it.</source>
        <translation>عيّن اسمك قبل المراجعة: كل إجراء يسجّله.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رُفضت</translation>
    </message>
    <message>
        <source>Saved the edit</source>
        <translation>حُفظ التحرير</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>قُيّمت</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>سُجّلت الملاحظة</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z undoes it.</source>
        <translation>‏{0}. Ctrl+Z يتراجع عنه.</translation>
    </message>
    <message>
        <source>Undid the {0}.</source>
        <translation>تم التراجع: {0}.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} reviewed</source>
        <translation>رُوجع {0:,} من {1:,}</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Set your name…</source>
        <translation>عيّن اسمك…</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>المراجعة باسم &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell Handloom your name to review&lt;/b&gt;: every accept, reject, edit, rating and note records who made it.</source>
        <translation>&lt;b&gt;أخبر Handloom باسمك لتراجع&lt;/b&gt;: كل قبول ورفض وتحرير وتقييم وملاحظة يسجّل من قام به.</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>معيار التقييم</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>حفظ كإصدار جديد</translation>
    </message>
    <message>
        <source>Version {0} of {1}, by {2}</source>
        <translation>الإصدار {0} من {1}، بواسطة {2}</translation>
    </message>
</context>
<context>
    <name>RunElsewhere</name>
    <message>
        <source>Export to train elsewhere…</source>
        <translation>تصدير للتدريب في مكان آخر…</translation>
    </message>
    <message>
        <source>Write this run as a folder that trains on a rented GPU with Unsloth; bring the folder back afterwards</source>
        <translation>اكتب هذا التدريب كمجلد يتدرّب على معالج رسومي مستأجر باستخدام Unsloth؛ ثم أعد المجلد بعد ذلك</translation>
    </message>
    <message>
        <source>Bring back a run…</source>
        <translation>إعادة تدريب…</translation>
    </message>
    <message>
        <source>An empty folder for the run</source>
        <translation>مجلد فارغ للتدريب</translation>
    </message>
    <message>
        <source>The trained run&apos;s folder</source>
        <translation>مجلد التدريب المكتمل</translation>
    </message>
    <message>
        <source>Exported {0} to {1}: on the GPU machine, install requirements.txt and run run.py, then bring the folder back.</source>
        <translation>صُدّر {0} إلى {1}: على جهاز المعالج الرسومي ثبّت requirements.txt وشغّل run.py، ثم أعد المجلد.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>أُعيد {0}: لا خطوات، وأصبح نموذجًا يمكن تجربته.</numerusform>
            <numerusform>أُعيد {0}: خطوة واحدة، وأصبح نموذجًا يمكن تجربته.</numerusform>
            <numerusform>أُعيد {0}: خطوتان، وأصبح نموذجًا يمكن تجربته.</numerusform>
            <numerusform>أُعيد {0}: %Ln خطوات، وأصبح نموذجًا يمكن تجربته.</numerusform>
            <numerusform>أُعيد {0}: %Ln خطوةً، وأصبح نموذجًا يمكن تجربته.</numerusform>
            <numerusform>أُعيد {0}: %Ln خطوة، وأصبح نموذجًا يمكن تجربته.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>الدرجات من 0 إلى 10</translation>
    </message>
    <message>
        <source>Responses per score: </source>
        <translation>الاستجابات لكل درجة: </translation>
    </message>
    <message>
        <source>{0:,} judged</source>
        <translation>{0:,} محكَّمة</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>لا درجات بعد</translation>
    </message>
</context>
<context>
    <name>SelectionControls</name>
    <message>
        <source>Keep and select</source>
        <translation>الإبقاء والاختيار</translation>
    </message>
    <message>
        <source>Leave out responses with this flag</source>
        <translation>استبعد الاستجابات التي تحمل هذه العلامة</translation>
    </message>
    <message>
        <source>Select best</source>
        <translation>اختيار الأفضل</translation>
    </message>
    <message>
        <source>For each instruction mark its best response at the threshold or above as selected; a person&apos;s accept or reject in review comes first</source>
        <translation>لكل تعليمة، علِّم أفضل استجابة لها عند العتبة أو فوقها كمختارة؛ قبول الشخص أو رفضه في المراجعة يأتي أولًا</translation>
    </message>
    <message>
        <source>Longest answer to the follow-up question, in tokens</source>
        <translation>أطول إجابة عن سؤال المتابعة، بالرموز</translation>
    </message>
    <message>
        <source>Write follow-ups</source>
        <translation>كتابة المتابعات</translation>
    </message>
    <message>
        <source>Add a second turn to every selected pair; keep it when the judge scores it at least the minimum</source>
        <translation>أضف دورًا ثانيًا لكل زوج مختار؛ ويُحتفظ به إذا منحه الحَكَم الحد الأدنى على الأقل</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;الدور الثاني&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>كتبه</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>رموز الإجابة</translation>
    </message>
    <message>
        <source>Keep at score</source>
        <translation>الإبقاء عند الدرجة</translation>
    </message>
    <message>
        <source>At &lt;b&gt;{0}&lt;/b&gt; or more: &lt;b&gt;{1:,}&lt;/b&gt; pairs remain, for {2:,} instructions ({3:,} judged).</source>
        <translation>عند &lt;b&gt;{0}&lt;/b&gt; أو أكثر: يبقى &lt;b&gt;{1:,}&lt;/b&gt; زوجًا، لـ {2:,} تعليمة ({3:,} محكَّمة).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a model on a server</source>
        <translation>إضافة نموذج على خادم</translation>
    </message>
    <message>
        <source>how Handloom should call it</source>
        <translation>الاسم الذي يناديه به Handloom</translation>
    </message>
    <message>
        <source>http://gpu-box:8080/v1</source>
        <translation>http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <source>One address per line; requests are spread over them and go to the others when one stops answering.</source>
        <translation>عنوان واحد في كل سطر؛ تُوزَّع الطلبات عليها وتنتقل إلى الأخرى عندما يتوقف أحدها عن الرد.</translation>
    </message>
    <message>
        <source>the model name the server knows, e.g. qwen2.5-7b</source>
        <translation>اسم النموذج الذي يعرفه الخادم، مثل qwen2.5-7b</translation>
    </message>
    <message>
        <source>e.g. Apache-2.0 (the dataset card lists it)</source>
        <translation>مثل Apache-2.0 (تذكره بطاقة مجموعة البيانات)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server works: llama.cpp&apos;s llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored.</source>
        <translation>أي خادم متوافق مع OpenAI يصلح: llama-server من llama.cpp أو vLLM أو Ollama. يُقرأ مفتاح API من متغير بيئة عند التوليد، ولا يُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>عناوين الخوادم</translation>
    </message>
    <message>
        <source>Requests at once per server</source>
        <translation>الطلبات المتزامنة لكل خادم</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>النموذج على الخادم</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
</context>
<context>
    <name>ServerTable</name>
    <message>
        <source>working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>خامل</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>مُنحّى جانبًا</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>غير مستخدم</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>رموز/ث</translation>
    </message>
    <message>
        <source>Errors (retried)</source>
        <translation>الأخطاء (أُعيدت محاولتها)</translation>
    </message>
    <message>
        <source>Servers of the running job</source>
        <translation>خوادم المهمة الجارية</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>The name shown on your reviews</source>
        <translation>الاسم الذي يظهر على مراجعاتك</translation>
    </message>
    <message>
        <source>This name was set when Handloom was started and cannot be changed here.</source>
        <translation>حُدِّد هذا الاسم عند تشغيل Handloom ولا يمكن تغييره هنا.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Recorded on what you import, review, judge or vote on from now on.</source>
        <translation>يُسجَّل من الآن فصاعدًا على ما تستورده أو تراجعه أو تحكّمه أو تصوّت عليه.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>لغة النظام ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Translations of the interface; your data is never translated.</source>
        <translation>ترجمات الواجهة؛ بياناتك لا تُترجم أبدًا.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Demo project:</source>
        <translation>المشروع التجريبي:</translation>
    </message>
    <message>
        <source>The new language applies when Handloom next starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Handloom في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Run the page&apos;s main action</source>
        <translation>&amp;شغّل الإجراء الرئيسي للصفحة</translation>
    </message>
    <message>
        <source>&amp;Search on this page</source>
        <translation>&amp;ابحث في هذه الصفحة</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>أ&amp;لغِ المهمة الجارية</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>ال&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(بلا وصف)</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>الحقل التالي / الحقل السابق</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>افتح قائمة</translation>
    </message>
    <message>
        <source>the underlined letter</source>
        <translation>الحرف الذي تحته خط</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>اكتب للتصفية…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Responses being written</source>
        <translation>الاستجابات قيد الكتابة</translation>
    </message>
    <message>
        <source>Responses appear here as they are written.</source>
        <translation>تظهر الاستجابات هنا أثناء كتابتها.</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;في الانتظار…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message>
        <source>no votes</source>
        <translation>لا أصوات</translation>
    </message>
    <message>
        <source>{0:+.2f} · too few votes for an interval ({1})</source>
        <translation>{0:+.2f} · أصوات قليلة جدًا لحساب فترة ({1})</translation>
    </message>
    <message numerus="yes">
        <source>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)</source>
        <translation>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · لا أصوات</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · صوت واحد</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · صوتان</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln أصوات</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln صوتًا</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln صوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote(s)</source>
        <translation>
            <numerusform>‏{0}: القوة {1:+.2f}، فترة 95% من {2:+.2f} إلى {3:+.2f}، من لا أصوات</numerusform>
            <numerusform>‏{0}: القوة {1:+.2f}، فترة 95% من {2:+.2f} إلى {3:+.2f}، من صوت واحد</numerusform>
            <numerusform>‏{0}: القوة {1:+.2f}، فترة 95% من {2:+.2f} إلى {3:+.2f}، من صوتان</numerusform>
            <numerusform>‏{0}: القوة {1:+.2f}، فترة 95% من {2:+.2f} إلى {3:+.2f}، من %Ln أصوات</numerusform>
            <numerusform>‏{0}: القوة {1:+.2f}، فترة 95% من {2:+.2f} إلى {3:+.2f}، من %Ln صوتًا</numerusform>
            <numerusform>‏{0}: القوة {1:+.2f}، فترة 95% من {2:+.2f} إلى {3:+.2f}، من %Ln صوت</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>لا أصوات بعد</translation>
    </message>
    <message>
        <source>{0}: {1} (a 95% interval needs more votes)</source>
        <translation>‏{0}: {1} (فترة 95% تحتاج إلى أصوات أكثر)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Quick try (CPU, minutes)</source>
        <translation>تجربة سريعة (CPU، دقائق)</translation>
    </message>
    <message>
        <source>Consumer GPU (8 GB)</source>
        <translation>‏GPU منزلي (8 غ.ب)</translation>
    </message>
    <message>
        <source>Gemma turns (&lt;start_of_turn&gt;)</source>
        <translation>أدوار Gemma ‏(&lt;start_of_turn&gt;)</translation>
    </message>
    <message>
        <source>ChatML (&lt;|im_start|&gt;)</source>
        <translation>ChatML ‏(&lt;|im_start|&gt;)</translation>
    </message>
    <message>
        <source>### Instruction / ### Response</source>
        <translation>### Instruction / ### Response</translation>
    </message>
    <message>
        <source>This base has no chat template; the tuned model will answer in the one chosen here</source>
        <translation>لا يملك هذا الأساس قالب محادثة؛ سيجيب النموذج المضبوط بالقالب المختار هنا</translation>
    </message>
    <message>
        <source>name of the tuned model</source>
        <translation>اسم النموذج المضبوط</translation>
    </message>
    <message>
        <source>by epochs</source>
        <translation>حسب الحقب</translation>
    </message>
    <message>
        <source>adapter only</source>
        <translation>المُحوِّل فقط</translation>
    </message>
    <message>
        <source>merged GGUF, {0}</source>
        <translation>‏GGUF مدمج، {0}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>Only pairs a person accepted</source>
        <translation>الأزواج التي قبلها شخص فقط</translation>
    </message>
    <message>
        <source>every language (or e.g. sw,en)</source>
        <translation>كل اللغات (أو مثل sw,en)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>الإعداد المسبق</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>قالب المحادثة</translation>
    </message>
    <message>
        <source>Tuned model name</source>
        <translation>اسم النموذج المضبوط</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>المعاملات الفائقة</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>الحقب</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>معدل التعلّم</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>رتبة LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>ألفا LoRA</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>تجميع التدرّجات</translation>
    </message>
    <message>
        <source>Max length (tokens)</source>
        <translation>أقصى طول (بالرموز)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Judge score at least</source>
        <translation>درجة الحَكَم على الأقل</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>المحجوزة</translation>
    </message>
    <message>
        <source>Hugging Face folder…</source>
        <translation>مجلد Hugging Face…</translation>
    </message>
    <message>
        <source>Choose a Hugging Face model folder (with config.json)</source>
        <translation>اختر مجلد نموذج Hugging Face (يحوي config.json)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Start training</source>
        <translation>ابدأ التدريب</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept and Resume continues from it</source>
        <translation>توقّف بعد الخطوة الحالية؛ تُحفظ نقطة استئناف و«استئناف» يكمل منها</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>No chosen pairs to train on yet: select the best responses on the Judge page or accept them on the Review page.</source>
        <translation>لا أزواج مختارة للتدريب بعد: اختر أفضل الاستجابات في صفحة التحكيم أو اقبلها في صفحة المراجعة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; conversations to train on, {1} held out ({2} with a second turn).</source>
        <translation>&lt;b&gt;‏{0}&lt;/b&gt; محادثة للتدريب، {1} محجوزة ({2} بدور ثانٍ).</translation>
    </message>
    <message>
        <source>{0} in evaluation sets are kept out.</source>
        <translation>تُستبعد {0} موجودة في مجموعات التقييم.</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>جارٍ التوقف بعد هذه الخطوة وحفظ نقطة استئناف…</translation>
    </message>
    <message>
        <source>Choose a base model to train.</source>
        <translation>اختر نموذجًا أساسيًا للتدريب.</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume continues from the last checkpoint.</source>
        <translation>توقف بسبب خطأ؛ «استئناف» يكمل من آخر نقطة استئناف.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from the last checkpoint.</source>
        <translation>أُلغي؛ «استئناف» يكمل من آخر نقطة استئناف.</translation>
    </message>
    <message>
        <source>Continue training {0} ({1})</source>
        <translation>متابعة تدريب {0} ({1})</translation>
    </message>
</context>
<context>
    <name>TrainStatus</name>
    <message>
        <source>step %v of %m</source>
        <translation>الخطوة %v من %m</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>جارٍ بدء عملية التدريب…</translation>
    </message>
    <message>
        <source>Continuing from the checkpoint at step {0}.</source>
        <translation>متابعة من نقطة الاستئناف عند الخطوة {0}.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {0}.</source>
        <translation>حُفظت نقطة استئناف عند الخطوة {0}.</translation>
    </message>
    <message>
        <source>4-bit QLoRA</source>
        <translation>‏QLoRA بـ 4 بتات</translation>
    </message>
    <message>
        <source>16-bit LoRA</source>
        <translation>‏LoRA بـ 16 بتًا</translation>
    </message>
    <message>
        <source>32-bit LoRA</source>
        <translation>‏LoRA بـ 32 بتًا</translation>
    </message>
    <message>
        <source>Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)</source>
        <translation>المحرّك: {0} على {1}، {2} ({3} محادثة، {4} محجوزة)</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2}</source>
        <translation>الخطوة {0} من {1}، الخسارة {2}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>بقي {0}</translation>
    </message>
    <message>
        <source>Done: {0} is registered and ready to generate.</source>
        <translation>تم: {0} مسجّل وجاهز للتوليد.</translation>
    </message>
    <message>
        <source>Loss {0} → {1}, held-out loss {2}</source>
        <translation>الخسارة {0} ← {1}، خسارة البيانات المحجوزة {2}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <source>Runs</source>
        <translation>التشغيلات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>المحرّك</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>خسارة البيانات المحجوزة</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>جرّبه</translation>
    </message>
    <message>
        <source>Generate with the chosen tuned model</source>
        <translation>ولّد باستخدام النموذج المضبوط المختار</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>الملفات: {0}</translation>
    </message>
</context>
<context>
    <name>TranslateForm</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The language to translate into; type a code or a name</source>
        <translation>اللغة المراد الترجمة إليها؛ اكتب رمزًا أو اسمًا</translation>
    </message>
    <message>
        <source>every language but the target</source>
        <translation>كل لغة عدا اللغة الهدف</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Only the first N originals</source>
        <translation>أول N من النصوص الأصلية فقط</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>التسلسلات التي يفك llama.cpp ترميزها معًا</translation>
    </message>
    <message>
        <source>Translate back and score (chrF)</source>
        <translation>ترجم عكسيًا وقيّم (chrF)</translation>
    </message>
    <message>
        <source>Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time</source>
        <translation>ترجم كل ترجمة عائدًا إلى لغتها المصدر وقارنها بالأصل: تقدير تقريبي للجودة، في ضعف الوقت</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>التوازي</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>أقصى عدد من الرموز</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Stop now; translations written stay, Resume continues</source>
        <translation>أوقف الآن؛ تبقى الترجمات المكتوبة، و«استئناف» يكمل</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>قيد الكتابة</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>سجّل نموذجًا في صفحة النماذج أولًا.</translation>
    </message>
    <message>
        <source>There are no included originals in other languages to translate.</source>
        <translation>لا توجد نصوص أصلية مضمّنة بلغات أخرى لترجمتها.</translation>
    </message>
    <message>
        <source>All {0:,} chosen instructions are translated with this model.</source>
        <translation>تُرجمت كل التعليمات المختارة البالغة {0:,} بهذا النموذج.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} instructions still to translate.</source>
        <translation>بقي &lt;b&gt;{0:,}&lt;/b&gt; من {1:,} تعليمة للترجمة.</translation>
    </message>
    <message>
        <source>Choose a model and the language to translate into.</source>
        <translation>اختر نموذجًا واللغة المراد الترجمة إليها.</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>جارٍ الترجمة</translation>
    </message>
    <message>
        <source>, {0:,} back-translated</source>
        <translation>، ‏{0:,} مترجمة عكسيًا</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>لم تُكتب أي ترجمة{0}؛ العلامات: {1}.</numerusform>
            <numerusform>كُتبت ترجمة واحدة{0}؛ العلامات: {1}.</numerusform>
            <numerusform>كُتبت ترجمتان{0}؛ العلامات: {1}.</numerusform>
            <numerusform>كُتبت %Ln ترجمات{0}؛ العلامات: {1}.</numerusform>
            <numerusform>كُتبت %Ln ترجمةً{0}؛ العلامات: {1}.</numerusform>
            <numerusform>كُتبت %Ln ترجمة{0}؛ العلامات: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>توقف بسبب خطأ؛ «استئناف» يعيد محاولة الناقص.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues where it stopped.</source>
        <translation>أُلغي؛ «استئناف» يكمل من حيث توقف.</translation>
    </message>
    <message>
        <source>Continue translating into {0} with {1} ({2}{3})</source>
        <translation>متابعة الترجمة إلى {0} باستخدام {1} ({2}{3})</translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>محرَّرة</translation>
    </message>
    <message>
        <source>every translation</source>
        <translation>كل ترجمة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>الترجمة الآلية</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation> (الأولى فقط)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>لا ترجمات{0}؛ العلامات المرفوعة: {1:,}.</numerusform>
            <numerusform>ترجمة واحدة{0}؛ العلامات المرفوعة: {1:,}.</numerusform>
            <numerusform>ترجمتان{0}؛ العلامات المرفوعة: {1:,}.</numerusform>
            <numerusform>%Ln ترجمات{0}؛ العلامات المرفوعة: {1:,}.</numerusform>
            <numerusform>%Ln ترجمةً{0}؛ العلامات المرفوعة: {1:,}.</numerusform>
            <numerusform>%Ln ترجمة{0}؛ العلامات المرفوعة: {1:,}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>لا ترجمات بعد.</translation>
    </message>
    <message>
        <source>No translation has this flag.</source>
        <translation>لا توجد ترجمة تحمل هذه العلامة.</translation>
    </message>
    <message>
        <source>with any flag</source>
        <translation>بأي علامة</translation>
    </message>
    <message>
        <source>without flags</source>
        <translation>بلا علامات</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The name shown on your reviews</source>
        <translation>الاسم الذي يظهر على مراجعاتك</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item. You can change the name later in File ▸ Settings.</source>
        <translation>يسجّل Handloom من استورد كل عنصر أو راجعه أو غيّره. يمكنك تغيير الاسم لاحقًا من ملف ▸ الإعدادات.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>افتح المشروع التجريبي</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Handloom&lt;/h2&gt;Build a dataset from instructions people really wrote: import them, answer them with a local model, review the answers, then train and compare. Tell Handloom your name, then begin with the demo project or a project of your own.</source>
        <translation>&lt;h2&gt;مرحبًا بك في Handloom&lt;/h2&gt;ابنِ مجموعة بيانات من تعليمات كتبها أشخاص حقًا: استوردها، وأجب عنها بنموذج محلي، وراجع الإجابات، ثم درّب وقارن. أخبر Handloom باسمك، ثم ابدأ بالمشروع التجريبي أو بمشروع خاص بك.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;A project is one file that holds your instructions, responses and reviews.</source>
        <translation>&lt;h2&gt;لا يوجد مشروع مفتوح&lt;/h2&gt;المشروع ملف واحد يحفظ تعليماتك وإجاباتك ومراجعاتك.</translation>
    </message>
    <message>
        <source>The demo project is kept at {0}</source>
        <translation>المشروع التجريبي محفوظ في {0}</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>اكتب اسمك أولًا.</translation>
    </message>
</context>
<context>
    <name>WinRateHeatmap</name>
    <message>
        <source>No votes yet</source>
        <translation>لا أصوات بعد</translation>
    </message>
    <message>
        <source>{0} and {1} have no votes yet</source>
        <translation>لا أصوات بعد لـ {0} و{1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>تغلّب {0} على {1} في {2:.0f}% من لا أصوات (التعادل يُحسب نصفًا)</numerusform>
            <numerusform>تغلّب {0} على {1} في {2:.0f}% من صوت واحد (التعادل يُحسب نصفًا)</numerusform>
            <numerusform>تغلّب {0} على {1} في {2:.0f}% من صوتان (التعادل يُحسب نصفًا)</numerusform>
            <numerusform>تغلّب {0} على {1} في {2:.0f}% من %Ln أصوات (التعادل يُحسب نصفًا)</numerusform>
            <numerusform>تغلّب {0} على {1} في {2:.0f}% من %Ln صوتًا (التعادل يُحسب نصفًا)</numerusform>
            <numerusform>تغلّب {0} على {1} في {2:.0f}% من %Ln صوت (التعادل يُحسب نصفًا)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>خطأ غير متوقع ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>_JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>‏{0}: لم تُستورد أي تعليمة ({1})</numerusform>
            <numerusform>‏{0}: استُوردت تعليمة واحدة ({1})</numerusform>
            <numerusform>‏{0}: استُوردت تعليمتان ({1})</numerusform>
            <numerusform>‏{0}: استُوردت %Ln تعليمات ({1})</numerusform>
            <numerusform>‏{0}: استُوردت %Ln تعليمةً ({1})</numerusform>
            <numerusform>‏{0}: استُوردت %Ln تعليمة ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>؛ لم يُتخطَّ أي سطر تالف: {0}</numerusform>
            <numerusform>؛ تُخطّي سطر تالف واحد: {0}</numerusform>
            <numerusform>؛ تُخطّي سطران تالفان: {0}</numerusform>
            <numerusform>؛ تُخطّيت %Ln أسطر تالفة: {0}</numerusform>
            <numerusform>؛ تُخطّي %Ln سطرًا تالفًا: {0}</numerusform>
            <numerusform>؛ تُخطّي %Ln سطر تالف: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>instruction_detail</name>
    <message>
        <source>… {0} more characters are not shown here.</source>
        <translation>… بقية النص ({0} حرفًا) غير معروضة هنا.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>نظام الكتابة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>استورده</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>وقت الاستيراد</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <source>Original text, as imported:</source>
        <translation>النص الأصلي كما استُورد:</translation>
    </message>
    <message>
        <source>Before redaction:</source>
        <translation>قبل الإخفاء:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>المصدر:</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> عند {0:,} من {1:,}</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>GB</source>
        <translation>غ.ب</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>م.ب</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>ك.ب</translation>
    </message>
</context>
</TS>
