<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>Published {0}: {1}</source>
        <translation>{0} を公開しました：{1}</translation>
    </message>
    <message>
        <source>{0} is not published yet: {1} It stays queued in this project with everything it uploads, so nothing is lost; press Retry now under Push queue when you are online.</source>
        <translation>{0} はまだ公開されていません：{1} アップロードするものすべてと一緒にこのプロジェクトのキューに残るので、何も失われません。オンラインになったら「送信キュー」の「今すぐ再試行」を押してください。</translation>
    </message>
    <message>
        <source>it was not tried.</source>
        <translation>まだ試していません。</translation>
    </message>
    <message>
        <source>Nothing was waiting to be published.</source>
        <translation>公開を待っているものはありませんでした。</translation>
    </message>
</context>
<context>
    <name>AnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>回答を生成</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>並列数</translation>
    </message>
</context>
<context>
    <name>ArenaBoard</name>
    <message>
        <source>People&apos;s votes</source>
        <translation>人の投票</translation>
    </message>
    <message>
        <source>The judge&apos;s votes</source>
        <translation>評価モデルの投票</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>すべての投票</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>Strength of each model</source>
        <translation>各モデルの強さ</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Strength [95% interval]</source>
        <translation>強さ [95% 区間]</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Won / lost / tie / both bad</source>
        <translation>勝ち / 負け / 引き分け / どちらも悪い</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>勝率</translation>
    </message>
    <message>
        <source>Judge&apos;s grade</source>
        <translation>評価モデルの採点</translation>
    </message>
    <message>
        <source>How often each model beats each other</source>
        <translation>各モデルがほかのモデルに勝つ頻度</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>行のモデルが列のモデルに勝つ割合</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>{0} ({1} votes)</source>
        <translation>{0}（{1} 票）</translation>
    </message>
    <message>
        <source>No votes yet: vote on some answers or run the judge.</source>
        <translation>まだ投票がありません。回答に投票するか、評価モデルを実行してください。</translation>
    </message>
    <message>
        <source>{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a model 1.0 above another wins about 73% of the time); the whiskers are 95% bootstrap intervals, given from {1} votes for a model on.</source>
        <translation>{0} 件の比較。強さは Bradley–Terry の対数強度です（0 が平均。他より 1.0 高いモデルは約 73% の確率で勝ちます）。ひげは 95% ブートストラップ区間で、モデルへの投票が {1} 件以上のときに示します。</translation>
    </message>
    <message>
        <source>– (no votes)</source>
        <translation>– (投票なし)</translation>
    </message>
    <message>
        <source>{0:+.2f} (too few votes)</source>
        <translation>{0:+.2f} (投票が少なすぎます)</translation>
    </message>
    <message>
        <source>The judge contradicted itself on {0} of {1} pairs asked in both orders (counted as ties).</source>
        <translation>両方の順序で尋ねた {1} 組のうち {0} 組で評価モデルの判定が矛盾しました（引き分けとして数えます）。</translation>
    </message>
    <message>
        <source>{0} agrees with people on {1}% of {2} votes (Cohen&apos;s kappa {3}).</source>
        <translation>{0} は {2} 票のうち {1}% で人と一致しました（Cohen のカッパ {3}）。</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled and their models hidden until you vote</source>
        <translation>セット「{1}」の項目 {0} · 投票済み {2}、残り {3} · ブラインド：回答は並べ替えられ、投票するまでモデル名は隠されます</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>回答 {0}</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>左が良い</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>右が良い</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>どちらも悪い</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>次の投票へ</translation>
    </message>
    <message>
        <source>{0} is best</source>
        <translation>回答 {0} が最良</translation>
    </message>
    <message>
        <source>All as good</source>
        <translation>すべて同等</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>すべて悪い</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; を選びました。</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>引き分けにしました。</translation>
    </message>
    <message>
        <source>You found them all bad.</source>
        <translation>どちらも悪いとしました。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No instructions yet</source>
        <translation>まだ指示がありません</translation>
    </message>
</context>
<context>
    <name>BatchButtons</name>
    <message>
        <source>Write a batch file…</source>
        <translation>バッチファイルを書き出す…</translation>
    </message>
    <message>
        <source>Save what is still to do as a file for a GPU cluster (OpenAI&apos;s Batch API or vLLM&apos;s run_batch) instead of running it here</source>
        <translation>ここで実行する代わりに、残りの作業を GPU クラスター用のファイル（OpenAI の Batch API または vLLM の run_batch）として保存します</translation>
    </message>
    <message>
        <source>Read batch results…</source>
        <translation>バッチの結果を読み込む…</translation>
    </message>
    <message>
        <source>Record the results file the cluster wrote; reading it again changes nothing</source>
        <translation>クラスターが書いた結果ファイルを記録します。もう一度読み込んでも何も変わりません</translation>
    </message>
    <message>
        <source>Write a batch file</source>
        <translation>バッチファイルを書き出す</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>バッチファイル (*.jsonl)</translation>
    </message>
    <message>
        <source>Read batch results</source>
        <translation>バッチの結果を読み込む</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>%Ln 件のリクエストを {0} に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending; no file was written.</source>
        <translation>残っている作業はありません。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>{0:,} recorded, {1:,} already here, {2:,} failed.</source>
        <translation>{0:,} 件を記録、{1:,} 件は記録済み、{2:,} 件は失敗。</translation>
    </message>
    <message>
        <source>Line {0:,} is cut off; the lines before it were recorded.</source>
        <translation>{0:,} 行目が途中で切れています。それより前の行は記録しました。</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>included</source>
        <translation>含む</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>完全な重複</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>類似重複</translation>
    </message>
    <message>
        <source>template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>script</source>
        <translation>文字体系</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>途切れ</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>wrong language</source>
        <translation>言語違い</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>template tokens</source>
        <translation>テンプレートのトークン</translation>
    </message>
    <message>
        <source>chatter</source>
        <translation>余計な前置き</translation>
    </message>
    <message>
        <source>extra text</source>
        <translation>余分なテキスト</translation>
    </message>
    <message>
        <source>copy of source</source>
        <translation>原文のコピー</translation>
    </message>
    <message>
        <source>copy of example</source>
        <translation>例のコピー</translation>
    </message>
    <message>
        <source>length ratio</source>
        <translation>長さの比率</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>レビューで却下</translation>
    </message>
    <message>
        <source>not the selected response</source>
        <translation>選ばれた応答ではない</translation>
    </message>
    <message>
        <source>not accepted in review</source>
        <translation>レビューで未承認</translation>
    </message>
    <message>
        <source>judge score below the minimum or missing</source>
        <translation>評価スコアが最低値未満または未評価</translation>
    </message>
    <message>
        <source>language not chosen</source>
        <translation>選ばれていない言語</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set.</source>
        <translation>評価セットを選ぶか作成してください。</translation>
    </message>
    <message>
        <source>Tick two to four models to compare.</source>
        <translation>比較するモデルを 2～4 個選んでください。</translation>
    </message>
    <message>
        <source>These models have not answered this set yet: Generate answers first.</source>
        <translation>これらのモデルはまだこのセットに回答していません。先に「回答を生成」してください。</translation>
    </message>
    <message>
        <source>You have voted on every item these models answered. The leaderboard has the result; other people can vote on the same set too.</source>
        <translation>これらのモデルが回答したすべての項目に投票しました。結果はランキングにあります。ほかの人も同じセットに投票できます。</translation>
    </message>
    <message>
        <source>Export the leaderboard</source>
        <translation>ランキングを書き出す</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the leaderboard to {0}.</source>
        <translation>ランキングを {0} に保存しました。</translation>
    </message>
    <message>
        <source>Made the evaluation set “{0}”: {1}.</source>
        <translation>評価セット「{0}」を作成しました：{1}。</translation>
    </message>
    <message>
        <source>Answering the prompts</source>
        <translation>プロンプトに回答しています</translation>
    </message>
    <message>
        <source>Wrote {0} answers ({1} failed).</source>
        <translation>{0} 件の回答を書きました（失敗 {1} 件）。</translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>先に評価モデルを選んでください。</translation>
    </message>
    <message>
        <source>Judging the answers</source>
        <translation>回答を評価しています</translation>
    </message>
    <message>
        <source>{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on {4} of {5} pairs asked in both orders.</source>
        <translation>{0} は {1} 件の判定（読めないもの {2} 件）と {3} 件の採点を出しました。両方の順序で尋ねた {5} 組のうち {4} 組で判定が矛盾しました。</translation>
    </message>
    <message>
        <source>{0} is judging its own answers too, and judges tend to prefer their own; choose another judge for a fair comparison.</source>
        <translation>{0} は自分の回答も評価しています。評価モデルは自分の回答を好む傾向があるため、公平な比較には別の評価モデルを選んでください。</translation>
    </message>
    <message>
        <source>Cancelled; starting again continues where it stopped.</source>
        <translation>キャンセルしました。もう一度開始すると中断したところから続けます。</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set first.</source>
        <translation>先に評価セットを選ぶか作成してください。</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Licence conflicts</source>
        <translation>ライセンスの衝突</translation>
    </message>
    <message>
        <source>&lt;b&gt;The licences of {0} conflict.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publishing it may break the terms above. Publish anyway?</source>
        <translation>&lt;b&gt;{0} のライセンスが衝突しています。&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;公開すると上記の条件に反するおそれがあります。それでも公開しますか？</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>それでも公開</translation>
    </message>
</context>
<context>
    <name>CurateControls</name>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>完全な重複</translation>
    </message>
    <message>
        <source>Exclude repeats of an earlier instruction, keeping the first</source>
        <translation>先にある指示の繰り返しを除外し、最初のものを残します</translation>
    </message>
    <message>
        <source>Near duplicates ≥</source>
        <translation>類似重複 ≥</translation>
    </message>
    <message>
        <source>Exclude instructions this similar to an earlier one (0.5–1)</source>
        <translation>先にある指示とこの程度似ている指示を除外します（0.5～1）</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>類似重複の類似度</translation>
    </message>
    <message>
        <source>Templates, groups ≥</source>
        <translation>テンプレート、グループ ≥</translation>
    </message>
    <message>
        <source>Exclude prompts filled into the same template this many times or more</source>
        <translation>同じテンプレートにこの回数以上当てはめたプロンプトを除外します</translation>
    </message>
    <message>
        <source>Smallest template group</source>
        <translation>最小のテンプレートグループ</translation>
    </message>
    <message>
        <source>keep only, e.g. sw, yo, en</source>
        <translation>これだけ残す（例：sw, yo, en）</translation>
    </message>
    <message>
        <source>Also exclude uncertain language labels (xx?)</source>
        <translation>不確かな言語ラベル (xx?) の行も除外</translation>
    </message>
    <message>
        <source>Exclude rows whose language the identifiers were not sure of; a language set by a person is always sure</source>
        <translation>識別器が言語を確信できなかった行を除外します。人が設定した言語は常に確かなものとして扱います</translation>
    </message>
    <message>
        <source>keep only, e.g. Latn, Ethi</source>
        <translation>これだけ残す（例：Latn, Ethi）</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>伏せ字にする</translation>
    </message>
    <message>
        <source>exclude matches, e.g. (?i)password</source>
        <translation>一致するものを除外（例：(?i)password）</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>最少文字数</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>最大文字数</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>文字体系</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>フィルターを適用</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>再び含める</translation>
    </message>
    <message>
        <source>Include again everything excluded for the chosen reason</source>
        <translation>選んだ理由で除外されたものをすべて再び含めます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>除外理由</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
</context>
<context>
    <name>CuratePage</name>
    <message>
        <source>Search instructions…</source>
        <translation>指示を検索…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>含む</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Any language label</source>
        <translation>すべての言語ラベル</translation>
    </message>
    <message>
        <source>Sure labels</source>
        <translation>確かなラベル</translation>
    </message>
    <message>
        <source>Uncertain labels (xx?)</source>
        <translation>不確かなラベル (xx?)</translation>
    </message>
    <message>
        <source>Rows whose language the identifiers were sure of, or not sure of</source>
        <translation>識別器が言語を確信した行、または確信できなかった行</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべてのソース</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>言語を設定…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages&lt;/b&gt;</source>
        <translation>&lt;b&gt;言語&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, by reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;除外（理由別）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} / {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>%Ln 件の指示</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the language of {0:,} instruction(s) to {1}.</source>
        <translation>{0:,} 件の指示の言語を {1} に設定しました。</translation>
    </message>
    <message>
        <source>{0:,} with an uncertain language label (xx?)</source>
        <translation>不確かな言語ラベル (xx?) が {0:,} 件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>%Ln 件の指示を含めました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is excluded yet.</source>
        <translation>まだ何も除外されていません。</translation>
    </message>
    <message>
        <source>Set the language of the selected instructions by hand (Ctrl+Shift+L)</source>
        <translation>選択した指示の言語を手動で設定します (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; included, {2:,} excluded, in {3:,} languages</source>
        <translation>指示 &lt;b&gt;{0:,}&lt;/b&gt; 件、含む &lt;b&gt;{1:,}&lt;/b&gt; 件、除外 {2:,} 件、{3:,} 言語</translation>
    </message>
    <message>
        <source>{0:,} excluded as {1}</source>
        <translation>{0:,} 件を「{1}」として除外</translation>
    </message>
    <message>
        <source>Curation finished: {0}.</source>
        <translation>選別が終わりました：{0}。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>約{0}分</translation>
    </message>
    <message>
        <source>about {0} h</source>
        <translation>約{0}時間</translation>
    </message>
    <message>
        <source>about {0} h {1} min</source>
        <translation>約{0}時間{1}分</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second time.</source>
        <translation>{0} は {1} にすでに取り込まれています（指示 {2} 件）。もう一度取り込むには「{3}」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Paste a Hugging Face access token first.</source>
        <translation>まず Hugging Face のアクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The Hub did not accept this token; copy it again from the Access Tokens page of your Hugging Face settings. Nothing was stored.</source>
        <translation>Hub はこのトークンを受け付けませんでした。Hugging Face の設定の Access Tokens ページからもう一度コピーしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached, so the token could not be checked and was not stored. Sign in again when this computer is online.</source>
        <translation>Hugging Face Hub に接続できないため、トークンを確認できず、保存もしていません。このコンピューターがオンラインになったら、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” in “{4}”.</source>
        <translation>{0} は {1} にすでに取得されています（指示 {2} 件）。もう一度取得するには、「{4}」で「{3}」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>An earlier pull of {0} stopped part way through, and the Hub now gives a newer revision; continuing would mix two versions of the dataset. To pull the new revision as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.</source>
        <translation>{0} の以前の取得が途中で止まっており、Hub は現在より新しいリビジョンを返します。続けるとデータセットの二つの版が混ざります。新しいリビジョンを二つ目のコピーとして取得するには（止まった取得で取り込んだ分は残ります）、「{2}」で「{1}」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>No Hugging Face token: sign in with “{0}” on the Publish page.</source>
        <translation>Hugging Face のトークンがありません。公開ページの「{0}」でサインインしてください。</translation>
    </message>
</context>
<context>
    <name>EvalSetPanel</name>
    <message>
        <source>Evaluation set</source>
        <translation>評価セット</translation>
    </message>
    <message>
        <source>name of a new set</source>
        <translation>新しいセットの名前</translation>
    </message>
    <message>
        <source>Held-out split of the instructions</source>
        <translation>指示の保留分割</translation>
    </message>
    <message>
        <source>Chosen subset (search)</source>
        <translation>選んだ部分集合（検索）</translation>
    </message>
    <message>
        <source>Prompts from a file</source>
        <translation>ファイルのプロンプト</translation>
    </message>
    <message>
        <source>words the instructions contain</source>
        <translation>指示に含まれる語</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Make the set</source>
        <translation>セットを作成</translation>
    </message>
    <message>
        <source>&lt;b&gt;New set&lt;/b&gt;</source>
        <translation>&lt;b&gt;新しいセット&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>From</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>{0} ({1} prompts)</source>
        <translation>{0}（{1} 件のプロンプト）</translation>
    </message>
    <message>
        <source>No evaluation set yet: make one below</source>
        <translation>評価セットなし：下で作成してください</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Evaluation prompts</source>
        <translation>評価用プロンプト</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)</source>
        <translation>プロンプト (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>EvalSets</name>
    <message>
        <source>{0} held-out instructions in {1}</source>
        <translation>{1} の取り置き指示 {0} 件</translation>
    </message>
    <message>
        <source>{0} held-out instructions</source>
        <translation>取り置き指示 {0} 件</translation>
    </message>
    <message>
        <source>{0} chosen instructions</source>
        <translation>選んだ指示 {0} 件</translation>
    </message>
    <message>
        <source>{0} instructions chosen by a filter</source>
        <translation>フィルターで選んだ指示 {0} 件</translation>
    </message>
    <message>
        <source>{0} prompts from {1}</source>
        <translation>{1} のプロンプト {0} 件</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the dataset</source>
        <translation>データセットを書き出す</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>書き出し先フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>The dataset, its card and its licence are written into this folder. Type a new folder&apos;s name to create it, or choose an empty folder.</source>
        <translation>データセットとそのカード、ライセンスはこのフォルダーに書き出されます。新しいフォルダー名を入力すると作成されます。空のフォルダーを選ぶこともできます。</translation>
    </message>
    <message>
        <source>Export the dataset into…</source>
        <translation>データセットの書き出し先…</translation>
    </message>
    <message>
        <source>{0} already holds files, so the dataset goes into a new folder inside it, named above; change the name if you like.</source>
        <translation>{0} にはすでにファイルがあるため、データセットはその中の新しいフォルダー（上の名前）に書き出されます。名前は変えられます。</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>フォルダーのフルパスを入力するか、選んでください。</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} はファイルで、フォルダーではありません。</translation>
    </message>
    <message>
        <source>{0} already holds files; choose an empty or new folder.</source>
        <translation>{0} にはすでにファイルがあります。空のフォルダーか新しいフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The dataset goes into this empty folder.</source>
        <translation>データセットはこの空のフォルダーに書き出されます。</translation>
    </message>
    <message>
        <source>This folder will be created.</source>
        <translation>このフォルダーが作成されます。</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Parquet (the Hub&apos;s own format)</source>
        <translation>Parquet（Hub の標準形式）</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Arrow folder (datasets.load_from_disk)</source>
        <translation>Arrow フォルダー (datasets.load_from_disk)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln 件の指示</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln 件の応答</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;ライセンス：&lt;/b&gt;不明</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;ライセンス：&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0} ({1})</source>
        <translation>&lt;b&gt;ライセンス：&lt;/b&gt;{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} under {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source> from {0}</source>
        <translation>（{0} から）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;衝突：&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;注意：&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing would be exported: no response passes the options.</source>
        <translation>何も書き出されません。条件を満たす応答がありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;言語：&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;除外：&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing; every response to an included instruction.</source>
        <translation>&lt;b&gt;除外：&lt;/b&gt;なし。含まれる指示へのすべての応答が入ります。</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>Only the selected response of each instruction</source>
        <translation>各指示の選ばれた応答のみ</translation>
    </message>
    <message>
        <source>Only responses accepted in review</source>
        <translation>レビューで承認された応答のみ</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>どのスコアでも</translation>
    </message>
    <message>
        <source>All languages, or codes such as sw, en</source>
        <translation>すべての言語、または sw, en などのコード</translation>
    </message>
    <message>
        <source> % of instructions</source>
        <translation> % の指示</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>プロジェクトの名前</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Minimum judge score</source>
        <translation>評価スコアの下限</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>テスト分割</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>カードに載せる名前</translation>
    </message>
</context>
<context>
    <name>ExportedBox</name>
    <message>
        <source>Exported</source>
        <translation>書き出し完了</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)</source>
        <translation>指示ファイル (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or</source>
        <translation>指示ファイルをここにドロップ（CSV、TSV、JSON、JSON Lines、Parquet、テキスト）、または</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>or a Hugging Face dataset, e.g. CohereForAI/aya_dataset</source>
        <translation>または Hugging Face のデータセット（例：CohereForAI/aya_dataset）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Choose instruction files</source>
        <translation>指示ファイルを選ぶ</translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message>
        <source>What the fine-tune changed</source>
        <translation>学習で変わったこと</translation>
    </message>
    <message>
        <source>A model that compares each pair of answers, in both orders; without one only the answers are measured</source>
        <translation>回答の各ペアを両方の順序で比べるモデル。なしの場合は回答だけを測ります</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>評価モデルなし</translation>
    </message>
    <message>
        <source>Measure what it changed</source>
        <translation>変化を測る</translation>
    </message>
    <message>
        <source>The base and the tuned model answer the instructions the run held out (and the judge compares them); stopped, it continues where it stopped</source>
        <translation>ベースモデルと調整済みモデルが、学習で取り分けた指示に回答します（評価モデルが比較します）。止めても、止まったところから続きます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>評価モデル：</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>End cleanly before the limit</source>
        <translation>上限前にきちんと終わる</translation>
    </message>
    <message>
        <source>Cut off at the limit</source>
        <translation>上限で途切れる</translation>
    </message>
    <message>
        <source>Repeat themselves</source>
        <translation>繰り返しがある</translation>
    </message>
    <message>
        <source>Mean length (tokens)</source>
        <translation>平均の長さ（トークン）</translation>
    </message>
    <message>
        <source>A finished training run shows here what it changed on the instructions it held out.</source>
        <translation>学習が終わると、取り分けた指示で何が変わったかをここに表示します。</translation>
    </message>
    <message>
        <source>“{0}” held no instructions out, so nothing can show what it changed; train with a held-out fraction.</source>
        <translation>「{0}」は指示を取り分けなかったため、何が変わったかを示せません。取り分ける割合を決めて学習してください。</translation>
    </message>
    <message>
        <source>“{0}” has not been measured yet: press “Measure what it changed”.</source>
        <translation>「{0}」はまだ測っていません。「変化を測る」を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>「{0}」：取り分けた指示 %Ln 件、1 回答あたり最大 {1:,} トークン。前は {2}、後は {3}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out loss: {0} at step {1:,}, {2} at step {3:,}.</source>
        <translation>検証損失：ステップ {1:,} で {0}、ステップ {3:,} で {2}。</translation>
    </message>
    <message>
        <source>No held-out loss was recorded.</source>
        <translation>検証損失は記録されていません。</translation>
    </message>
    <message>
        <source>The judge {0} is a small model: its preferences are weak evidence of what changed.</source>
        <translation>評価モデル {0} は小さなモデルです。その好みは変化の弱い証拠にすぎません。</translation>
    </message>
    <message>
        <source>Too few held-out instructions ({0:,}) for the shares or the interval to mean much; {1:,} or more are needed.</source>
        <translation>取り分けた指示が少なすぎます（{0:,} 件）。割合や区間にほとんど意味がありません。{1:,} 件以上必要です。</translation>
    </message>
    <message>
        <source>No judge compared the answers; choose one to learn which it prefers.</source>
        <translation>回答を比較した評価モデルはありません。どちらを好むか知るには評価モデルを選んでください。</translation>
    </message>
    <message>
        <source>The judge gave no verdict on any pair.</source>
        <translation>評価モデルはどのペアにも判定を出しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>評価モデル {0} は %Ln 回の比較のうち {1} で調整済みモデルを選びました。各ペアは両方の順序で尋ねています（95% 区間 {2}〜{3}、勝ち {4:,}、負け {5:,}、引き分け {6:,}）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Tokens per character, relative to English</source>
        <translation>文字あたりのトークン数（英語比）</translation>
    </message>
    <message>
        <source>Tokens per word, relative to English</source>
        <translation>単語あたりのトークン数（英語比）</translation>
    </message>
    <message>
        <source>Tokens for the same text, relative to English (decides the verdict)</source>
        <translation>同じテキストのトークン数（英語比、判定に使用）</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>まだ測定結果がありません</translation>
    </message>
    <message>
        <source>{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), {tpw} tokens per word, {share:.0%} byte pieces; {n} instructions.</source>
        <translation>{model}、{language}：1 文字あたり {tpc:.2f} トークン（英語の {rc:.1f} 倍）、1 単語あたり {tpw} トークン、バイト片 {share:.0%}、指示 {n} 件。</translation>
    </message>
    <message>
        <source>Poor fit: {reason}.</source>
        <translation>相性が悪い：{reason}。</translation>
    </message>
    <message>
        <source>no words to count</source>
        <translation>数える単語がありません</translation>
    </message>
    <message>
        <source>English (1×)</source>
        <translation>英語（1 倍）</translation>
    </message>
    <message>
        <source>poor fit from {:.0f}×</source>
        <translation>{:.0f} 倍から相性が悪い</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>相性が悪い</translation>
    </message>
</context>
<context>
    <name>FitSection</name>
    <message>
        <source>&lt;b&gt;Tokenizer fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;トークナイザーの相性&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How many tokens each model needs for each language of the project, compared with English, on up to 500 of the project&apos;s own instructions per language.</source>
        <translation>プロジェクトの各言語について、各モデルが必要とするトークン数を英語と比べます。言語ごとにプロジェクト自身の指示を最大 500 件使います。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Measure the languages and models not measured yet</source>
        <translation>まだ測定していない言語とモデルを測定します</translation>
    </message>
    <message>
        <source>Tokenizer fit per model and language</source>
        <translation>モデルと言語ごとのトークナイザーの相性</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>測定しています…</translation>
    </message>
    <message>
        <source>Measuring {what} ({done} of {total})…</source>
        <translation>{what} を測定しています（{total} 件中 {done} 件）…</translation>
    </message>
    <message>
        <source>No included instructions with a language yet</source>
        <translation>言語が付いた含まれる指示がまだありません</translation>
    </message>
    <message>
        <source>Not measured yet: press Refresh</source>
        <translation>未測定：「更新」を押してください</translation>
    </message>
    <message>
        <source>{model}: not measured ({why}).</source>
        <translation>{model}：未測定（{why}）。</translation>
    </message>
    <message>
        <source>{model} is a poor fit for {languages}.</source>
        <translation>{model} は {languages} との相性が悪いです。</translation>
    </message>
    <message>
        <source>English reference: Handloom&apos;s own 60 English instructions (the project has too few in English).</source>
        <translation>英語の基準：Handloom 自身の英語の指示 60 件（プロジェクトの英語の指示が少なすぎるため）。</translation>
    </message>
    <message>
        <source>Hover a bar for its numbers and the reason.</source>
        <translation>棒にポインターを合わせると数値と理由が表示されます。</translation>
    </message>
    <message>
        <source>{n} measurements are missing.</source>
        <translation>{n} 件の測定が欠けています。</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Responses per instruction (the seed method keeps the best of 6)</source>
        <translation>指示ごとの応答数（元の手法は 6 個から最良を残します）</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>llama.cpp がまとめてデコードする系列数</translation>
    </message>
    <message>
        <source>Requests in flight to the server</source>
        <translation>サーバーへの同時リクエスト数</translation>
    </message>
    <message>
        <source>variable holding the API key, if any</source>
        <translation>API キーを入れた環境変数（あれば）</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>A fixed seed makes the responses reproducible</source>
        <translation>シードを固定すると応答を再現できます</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Only the first N included instructions</source>
        <translation>含まれる指示の最初の N 件だけ</translation>
    </message>
    <message>
        <source>A system prompt for every request (optional)</source>
        <translation>すべてのリクエストに付けるシステムプロンプト（任意）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Responses each</source>
        <translation>指示ごとの応答数</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>並列数</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <source>API key from</source>
        <translation>API キーの取得元</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop now; Resume continues where it stopped</source>
        <translation>今すぐ止めます。「再開」で止めたところから続けます</translation>
    </message>
    <message>
        <source>Stop and forget this run (responses written stay)</source>
        <translation>この実行を止めて破棄します（書かれた応答は残ります）</translation>
    </message>
    <message>
        <source>The CPUs are shared with other programs, so generation is slower until they finish.</source>
        <translation>CPU を他のプログラムと共有しているため、それらが終わるまで生成が遅くなります。</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Responses by instruction</source>
        <translation>指示ごとの応答</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>先に「モデル」ページでモデルを登録してください。</translation>
    </message>
    <message>
        <source>There are no included instructions to answer with these settings.</source>
        <translation>この設定で応答する含まれた指示がありません。</translation>
    </message>
    <message>
        <source>All {0:,} responses with these settings are written.</source>
        <translation>この設定の応答 {0:,} 件はすべて書かれています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} responses with these settings still to write.</source>
        <translation>この設定の応答 {1:,} 件のうち &lt;b&gt;{0:,}&lt;/b&gt; 件がまだです。</translation>
    </message>
    <message>
        <source>Choose a model to generate with.</source>
        <translation>生成に使うモデルを選んでください。</translation>
    </message>
    <message>
        <source>Writing responses</source>
        <translation>応答を書いています</translation>
    </message>
    <message>
        <source>Wrote {0:,} responses ({1:,} tokens, {2} tokens/s).</source>
        <translation>{0:,} 件の応答を書きました（{1:,} トークン、{2} トークン/秒）。</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>エラーで止まりました。「再開」で足りない分をやり直します。</translation>
    </message>
    <message>
        <source>Paused; Resume continues where it stopped.</source>
        <translation>一時停止しました。「再開」で止めたところから続けます。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Continue generating with {0} ({1}{2})</source>
        <translation>{0} で生成を続ける（{1}{2}）</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>See the whole method at a glance: how many instructions reached each stage, what is running, and the next step.</source>
        <translation>手法全体をひと目で確認できます。各段階に届いた指示の数、実行中の処理、次の一歩がわかります。</translation>
    </message>
    <message>
        <source>Bring in instructions people wrote: CSV, JSON Lines, Parquet or text files, or a Hugging Face dataset.</source>
        <translation>人が書いた指示を取り込みます。CSV、JSON Lines、Parquet、テキストのファイル、または Hugging Face のデータセットから。</translation>
    </message>
    <message>
        <source>Drop unsafe, templated and duplicate instructions, and decide what happens to personal data.</source>
        <translation>危険な指示、定型的な指示、重複した指示を除き、個人情報の扱いを決めます。</translation>
    </message>
    <message>
        <source>Add the local GGUF models that answer, judge and get trained, or servers that run them.</source>
        <translation>回答・評価・学習に使うローカルの GGUF モデル、またはそれを動かすサーバーを追加します。</translation>
    </message>
    <message>
        <source>If you like, translate the instructions into your language with a model.</source>
        <translation>必要なら、モデルで指示をあなたの言語に翻訳します。</translation>
    </message>
    <message>
        <source>Let a model answer every instruction, once or several times.</source>
        <translation>モデルにすべての指示へ 1 回または複数回回答させます。</translation>
    </message>
    <message>
        <source>Let a model score each response from 0 to 10 with its reasons, and keep the best one.</source>
        <translation>モデルに各回答を理由つきで 0〜10 点で評価させ、最良のものを残します。</translation>
    </message>
    <message>
        <source>Accept, reject or edit the instructions and responses yourself, from the keyboard.</source>
        <translation>指示と回答を自分で承認・却下・編集します。キーボードで操作できます。</translation>
    </message>
    <message>
        <source>Fine-tune a model on the accepted pairs.</source>
        <translation>承認されたペアでモデルをファインチューニングします。</translation>
    </message>
    <message>
        <source>Put the base and the tuned model side by side and vote without knowing which is which.</source>
        <translation>ベースモデルと学習後のモデルを並べ、どちらがどちらか分からないまま投票します。</translation>
    </message>
    <message>
        <source>Export the dataset with its card, and send it to the Hugging Face Hub when you are online.</source>
        <translation>データセットをカード付きで書き出し、オンラインのときに Hugging Face Hub へ送ります。</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Handloom builds a dataset in stages, one page each, in this order. Open the demo project or a project of your own from the File menu, then go through the pages from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page.</source>
        <translation>Handloom はデータセットを段階ごとに作ります。段階ごとに 1 ページあり、この順に進みます。ファイルメニューからデモプロジェクトか自分のプロジェクトを開き、サイドバーの上から順にページを進めてください。Ctrl+1〜Ctrl+0 で各ページへ直接移動できます。</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳語</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV を取り込む…</translation>
    </message>
    <message>
        <source>Two columns: the term, its translation (a header row is skipped)</source>
        <translation>2 列：用語とその訳語（見出し行は飛ばします）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>{0} の用語 %Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>用語を %Ln 件取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>用語集を取り込む</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>用語集 (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the Hugging Face Hub</source>
        <translation>Hugging Face Hub にサインイン</translation>
    </message>
    <message>
        <source>Publishing to the Hub needs an access token with write permission: create one on huggingface.co under Settings → Access Tokens and paste it here. Handloom checks it with the Hub and keeps it where the Hugging Face tools keep their login on this computer, never in the project.</source>
        <translation>Hub に公開するには書き込み権限のあるアクセストークンが必要です。huggingface.co の Settings → Access Tokens で作成し、ここに貼り付けてください。Handloom は Hub でトークンを確認し、Hugging Face のツールがこのコンピューターでログイン情報を保存する場所に保存します。プロジェクトには決して保存しません。</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Signed in on this computer: pushes use the stored login.</source>
        <translation>このコンピューターでサインイン済みです。送信には保存されたログインが使われます。</translation>
    </message>
    <message>
        <source>The HF_TOKEN variable holds a token, and pushes use it; signing out here does not change it.</source>
        <translation>HF_TOKEN 変数にトークンがあり、送信にはそれが使われます。ここでサインアウトしても変わりません。</translation>
    </message>
    <message>
        <source>Not signed in: a push waits in the push queue until you sign in.</source>
        <translation>サインインしていません。サインインするまで、送信は送信キューで待ちます。</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Hub でトークンを確認しています…</translation>
    </message>
    <message>
        <source>Signed in to the Hub as {0}.</source>
        <translation>{0} として Hub にサインインしました。</translation>
    </message>
    <message>
        <source>Signed in to the Hub.</source>
        <translation>Hub にサインインしました。</translation>
    </message>
    <message>
        <source>Signed out: the stored login was removed from this computer.</source>
        <translation>サインアウトしました。保存されたログインはこのコンピューターから削除されました。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or who allowed its use</source>
        <translation>例：CC-BY-4.0、または使用を許可した人</translation>
    </message>
    <message>
        <source>detect per row</source>
        <translation>行ごとに検出</translation>
    </message>
    <message>
        <source>Skip bad rows (and list their lines)</source>
        <translation>不正な行を飛ばす（その行番号を表示）</translation>
    </message>
    <message>
        <source>Import even if imported before</source>
        <translation>以前に取り込んでいても取り込む</translation>
    </message>
    <message>
        <source>Columns and options</source>
        <translation>列とオプション</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>データのライセンス</translation>
    </message>
    <message>
        <source>Language of every row</source>
        <translation>全行の言語</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Choose or drop a file to see its first rows here.</source>
        <translation>ファイルを選ぶかドロップすると、最初の行がここに表示されます。</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>最初の行を読み込んでいます…</translation>
    </message>
    <message>
        <source>This file cannot be previewed (see above).</source>
        <translation>このファイルはプレビューできません（上を参照）。</translation>
    </message>
    <message>
        <source>The first {0} rows, read as {1}.</source>
        <translation>最初の {0} 行（{1} として読み込み）。</translation>
    </message>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>行</numerusform>
        </translation>
    </message>
    <message>
        <source> {0} {1} could not be read; tick “Skip bad rows” to import the rest.</source>
        <translation> {0} {1} を読み込めませんでした。残りを取り込むには「不正な行を飛ばす」にチェックしてください。</translation>
    </message>
    <message>
        <source>Import cancelled; Resume (above) continues it.</source>
        <translation>取り込みをキャンセルしました。上の「再開」で続けられます。</translation>
    </message>
    <message>
        <source>The import stopped (see the message above).</source>
        <translation>取り込みが止まりました（上のメッセージを参照）。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Instruction column</source>
        <translation>指示の列</translation>
    </message>
    <message>
        <source>Language column</source>
        <translation>言語の列</translation>
    </message>
    <message>
        <source>Author column</source>
        <translation>作成者の列</translation>
    </message>
    <message>
        <source>Licence column</source>
        <translation>ライセンスの列</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>行 ID の列</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <source>Select an instruction to see it in full.</source>
        <translation>指示を選ぶと全文が表示されます。</translation>
    </message>
</context>
<context>
    <name>InstructionModel</name>
    <message>
        <source>Instruction</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>文字体系</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>除外理由</translation>
    </message>
    <message>
        <source>{0}: the language identifiers were not sure</source>
        <translation>{0}: 言語識別器は確信していません</translation>
    </message>
</context>
<context>
    <name>InstructionTable</name>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Wait for the running job to finish or cancel it first.</source>
        <translation>実行中のジョブが終わるのを待つか、先にキャンセルしてください。</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> （{1:,} 件中 {0:,} 件の時点）</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Importing instructions</source>
        <translation>指示を取り込んでいます</translation>
    </message>
    <message>
        <source>Curating</source>
        <translation>選別しています</translation>
    </message>
    <message>
        <source>Writing follow-up questions</source>
        <translation>フォローアップの質問を書いています</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>データセットを書き出しています</translation>
    </message>
    <message>
        <source>Publishing to the Hub</source>
        <translation>Hub に公開しています</translation>
    </message>
    <message>
        <source>Importing from the Hub</source>
        <translation>Hub から取り込んでいます</translation>
    </message>
    <message>
        <source>Merging the other copy</source>
        <translation>別のコピーを統合しています</translation>
    </message>
    <message>
        <source>Writing the batch file</source>
        <translation>バッチファイルを書き出しています</translation>
    </message>
    <message>
        <source>Recording batch results</source>
        <translation>バッチの結果を記録しています</translation>
    </message>
    <message>
        <source>Exporting the training run</source>
        <translation>訓練を書き出しています</translation>
    </message>
    <message>
        <source>Bringing back the training run</source>
        <translation>訓練を取り込んでいます</translation>
    </message>
    <message>
        <source>Lifting exclusions</source>
        <translation>除外を解除しています</translation>
    </message>
    <message>
        <source>Answering follow-up questions</source>
        <translation>フォローアップの質問に答えています</translation>
    </message>
    <message>
        <source>Judging follow-ups</source>
        <translation>フォローアップを評価しています</translation>
    </message>
    <message>
        <source>Curating: {0}</source>
        <translation>選別しています: {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>選別</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Flagging</source>
        <translation>フラグ付け</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>フォローアップの質問</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Comparison answers</source>
        <translation>比較の回答</translation>
    </message>
    <message>
        <source>Comparison judging</source>
        <translation>比較の評価</translation>
    </message>
    <message>
        <source>Writing a batch file</source>
        <translation>バッチファイルの書き出し</translation>
    </message>
    <message>
        <source>Reading a batch file</source>
        <translation>バッチファイルの読み込み</translation>
    </message>
    <message>
        <source>Exporting a training run</source>
        <translation>訓練の書き出し</translation>
    </message>
    <message>
        <source>Tokenizer fit</source>
        <translation>トークナイザーの相性</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation>{0} {1}{2}。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>JudgeBox</name>
    <message>
        <source>LLM judge</source>
        <translation>LLM 評価モデル</translation>
    </message>
    <message>
        <source>Run the judge</source>
        <translation>評価モデルを実行</translation>
    </message>
    <message>
        <source>Also grade each answer 1–10</source>
        <translation>各回答も 1～10 で採点する</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>評価モデル</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Each pair is asked in both orders; contradictory verdicts count as ties.</source>
        <translation>各組は両方の順序で尋ねます。矛盾する判定は引き分けとして数えます。</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>All responses</source>
        <translation>すべての応答</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>言語別</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>モデル別</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>There are no responses to judge yet: generate some first.</source>
        <translation>評価する応答がまだありません。先に生成してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; responses judged, {1:,} unreadable, {2:,} not judged yet; &lt;b&gt;{3:,}&lt;/b&gt; selected.</source>
        <translation>評価済みの応答 &lt;b&gt;{0:,}&lt;/b&gt; 件、読めないもの {1:,} 件、未評価 {2:,} 件。選択済み &lt;b&gt;{3:,}&lt;/b&gt; 件。</translation>
    </message>
    <message>
        <source>Judging responses</source>
        <translation>応答を評価しています</translation>
    </message>
    <message>
        <source>{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}.</source>
        <translation>{0}（ルーブリック v{1}）が {2:,} 件の応答を評価しました。読めないもの {3:,} 件、空で 0 点 {4:,} 件。平均スコア {5}。</translation>
    </message>
    <message>
        <source>Cancelled; Judge again continues where it stopped.</source>
        <translation>キャンセルしました。もう一度「評価」を押すと止めたところから続けます。</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} instructions have a selected response.</source>
        <translation>{1:,} 件の指示のうち {0:,} 件に選ばれた応答があります。</translation>
    </message>
    <message>
        <source>Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person).</source>
        <translation>{1:,} 件の指示のうち {0:,} 件で最良の応答を選びました（スコア {2:g} 以上。人が承認したもの {3:,} 件）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>フォローアップ %Ln 件、スコア {1:g} 以上で残したもの {0:,} 件、失敗 {2:,} 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>先にモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>JudgeRun</name>
    <message>
        <source>Judge the responses</source>
        <translation>応答を評価する</translation>
    </message>
    <message>
        <source>Room for the judge&apos;s rationale and score</source>
        <translation>評価モデルの理由とスコアのための余裕</translation>
    </message>
    <message>
        <source>Only responses no judge has scored</source>
        <translation>どの評価モデルも採点していない応答のみ</translation>
    </message>
    <message>
        <source>Judge unreadable judgements again</source>
        <translation>読めなかった評価をもう一度行う</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>評価モデル</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>並列数</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Set language</source>
        <translation>言語を設定</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>%n 件の指示の言語を設定します。ここで設定した言語は保持され、言語を識別し直しても変わりません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>言語名またはコードを入力</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>The loss curve appears here while a run trains.</source>
        <translation>学習中はここに損失曲線が表示されます。</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>ステップ {0}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>検証損失</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったもの(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>別のコピーを統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>Handloom projects (*.handloom)</source>
        <translation>Handloom プロジェクト (*.handloom)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>{0} is in {1}</source>
        <translation>{0} は {1} にあります</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>別のコピーを統合</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read.

Put back its latest automatic backup, {1} (saved {2})? The damaged file is kept beside it; changes made since the backup are not in it.</source>
        <translation>{0} は破損していて読み込めません。

最新の自動バックアップ {1}（{2} に保存）に戻しますか？ 破損したファイルはその隣に残されます。バックアップ以降の変更は含まれていません。</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>バックアップから復元しますか？</translation>
    </message>
    <message>
        <source>Restored {0} from {1}; the damaged file is kept as {2}.</source>
        <translation>{0} を {1} から復元しました。破損したファイルは {2} として残してあります。</translation>
    </message>
    <message>
        <source>{0} already exists; open it instead.</source>
        <translation>{0} はすでに存在します。代わりに開いてください。</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>{0} を作成しています…</translation>
    </message>
    <message>
        <source>{0} — Handloom</source>
        <translation>{0} — Handloom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item.
What name should it use for you?</source>
        <translation>Handloom は、各項目を誰が取り込み、レビューし、変更したかを記録します。
どの名前を使いますか？</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>a table of columns</source>
        <translation>列の表</translation>
    </message>
    <message>
        <source>{0} (recognised from its columns)</source>
        <translation>{0}（列から認識）</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {0}</source>
        <translation>{0} を統合</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Checking what {0} would bring in… Nothing is changed until you press Merge.</source>
        <translation>{0} から何が入るか確認しています… 「統合」を押すまで何も変更されません。</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>{0} を統合しています…</translation>
    </message>
    <message>
        <source>Merging {0} would do this. Press Merge to bring it in; the other file is only read.</source>
        <translation>{0} を統合すると次のようになります。「統合」を押すと取り込みます。もう一方のファイルは読み取るだけです。</translation>
    </message>
    <message>
        <source>{0} holds nothing this project lacks.</source>
        <translation>{0} にはこのプロジェクトにないものはありません。</translation>
    </message>
    <message>
        <source>Merged {0}.</source>
        <translation>{0} を統合しました。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This file cannot be merged; this project was left untouched.</source>
        <translation>このファイルは統合できません。このプロジェクトは変更されていません。</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln 件のジョブ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln 件のソース</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>%Ln 個のモデル</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>%Ln 件のルーブリック</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>%Ln 件のプロンプトテンプレート</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>%Ln 件の用語集の用語</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln 件の指示</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exclusion(s)</source>
        <translation><numerusform>%Ln 件の除外</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation><numerusform>%Ln 件の翻訳</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln 件の応答</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>%Ln 件の応答フラグ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>%Ln 件のフォローアップ質問</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>%Ln 件の評価</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln 件のレビュー</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>%Ln 回の学習</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>%Ln 件の学習の測定値</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>%Ln 行の学習データ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>%Ln 件の評価セット</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>%Ln 件の評価項目</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>%Ln 件の評価用回答</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>%Ln 件の比較投票</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>%Ln 件の回答の採点</numerusform></translation>
    </message>
    <message>
        <source>Renamed model “{0}” to “{1}”.</source>
        <translation>モデル「{0}」の名前を「{1}」に変えました。</translation>
    </message>
    <message>
        <source>Renamed training run “{0}” to “{1}”.</source>
        <translation>学習「{0}」の名前を「{1}」に変えました。</translation>
    </message>
    <message>
        <source>Renamed evaluation set “{0}” to “{1}”.</source>
        <translation>評価セット「{0}」の名前を「{1}」に変えました。</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• 「{0}」への応答: こちらは {2} が{1}、相手は {4} が{3} → 現在は{5}</translation>
    </message>
    <message>
        <source>• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• 指示「{0}」: こちらは {2} が{1}、相手は {4} が{3} → 現在は{5}</translation>
    </message>
    <message>
        <source>{0} {1}: here {2} by {3}, there {4} by {5} → now {6}</source>
        <translation>{0} {1}: こちらは {3} が{2}、相手は {5} が{4} → 現在は{6}</translation>
    </message>
    <message>
        <source>Nothing new: everything is already here.</source>
        <translation>新しいものはありません。すべてすでにここにあります。</translation>
    </message>
    <message>
        <source>Would bring in {0}.</source>
        <translation>取り込まれるもの: {0}。</translation>
    </message>
    <message>
        <source>Brought in {0}.</source>
        <translation>取り込みました: {0}。</translation>
    </message>
    <message>
        <source>The other file uses schema {0}; a temporary copy was upgraded and the file itself left untouched.</source>
        <translation>相手のファイルはスキーマ {0} を使っています。一時コピーを更新し、ファイル自体には手を加えていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>%Ln 件の項目が両方のコピーで作られていました。こちらのものを残しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>%Ln 件の応答が両方のコピーで異なって生成されていました。相手のものは追加のサンプルとして残しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>%Ln 件のレビューが相手のコピーで取り消されていました。こちらでも取り消しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>%Ln 件の指示が相手側で異なって整理されていました。こちらの整理を残しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>%Ln 件の項目のレビューが食い違っています。両方のレビューを残し、新しいほうが決めます:</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{0}  (server)</source>
        <translation>{0}  (サーバー)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <source>GGUF file</source>
        <translation>GGUF ファイル</translation>
    </message>
    <message>
        <source>GGUF + adapter</source>
        <translation>GGUF + アダプター</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>none: plain completion</source>
        <translation>なし：通常の補完</translation>
    </message>
    <message>
        <source>plain completion</source>
        <translation>通常の補完</translation>
    </message>
    <message>
        <source>instruction / response</source>
        <translation>指示／応答</translation>
    </message>
    <message>
        <source>Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs.</source>
        <translation>モデルは応答を書き、評価します。どのプロジェクトにも同梱の 2 つのモデルがあります。このコンピューターの GGUF ファイルか、大きなジョブ用にサーバー上のモデルを追加してください。</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>登録済みモデル</translation>
    </message>
    <message>
        <source>Add GGUF file…</source>
        <translation>GGUF ファイルを追加…</translation>
    </message>
    <message>
        <source>Add model on a server…</source>
        <translation>サーバー上のモデルを追加…</translation>
    </message>
    <message>
        <source>Run models on:</source>
        <translation>モデルの実行先:</translation>
    </message>
    <message>
        <source>Models loaded from now on use this; a job already running keeps its device.</source>
        <translation>これから読み込むモデルに適用されます。実行中のジョブは今のデバイスのままです。</translation>
    </message>
    <message>
        <source>Finding out where models run…</source>
        <translation>モデルの実行先を調べています…</translation>
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
        <translation>モデルの実行先: CPU({0} コード、{1} スレッド)。{2} は使いません。</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads) — no GPU found.</source>
        <translation>モデルの実行先: CPU({0} コード、{1} スレッド)— GPU は見つかりません。</translation>
    </message>
    <message>
        <source>{0}  (bundled)</source>
        <translation>{0}  （同梱）</translation>
    </message>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>コンテキスト %Ln トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out where models run.</source>
        <translation>モデルの実行先を調べられませんでした。</translation>
    </message>
    <message>
        <source>Models run on: {0}, every layer offloaded to the GPU.</source>
        <translation>モデルの実行先: {0}(全レイヤーを GPU にオフロード)。</translation>
    </message>
    <message>
        <source>This installation&apos;s llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.</source>
        <translation>このインストールの llama.cpp は GPU に対応していないか、使える GPU が見つかりませんでした。CUDA 版と Vulkan 版は GPU があれば使います。</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s CPU code: {0}, chosen for this processor when Handloom starts.</source>
        <translation>llama.cpp の CPU コード: {0}。Handloom の起動時にこのプロセッサに合わせて選ばれます。</translation>
    </message>
    <message>
        <source>Could not save the choice: {0}</source>
        <translation>選択を保存できませんでした: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>サーバーのもの</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>モデル自身のもの</translation>
    </message>
    <message>
        <source>The prompt format for a model whose file has no chat template</source>
        <translation>ファイルにチャットテンプレートがないモデル用のプロンプト形式</translation>
    </message>
    <message>
        <source>{0} models registered.</source>
        <translation>{0} 個のモデルが登録されています。</translation>
    </message>
    <message>
        <source>serves “{0}”</source>
        <translation>「{0}」を提供</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>GGUF モデルを追加</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Say which model the server should run.</source>
        <translation>サーバーが実行するモデルを指定してください。</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>{0}  (+ adapter)</source>
        <translation>{0}  (+ アダプター)</translation>
    </message>
    <message>
        <source>Models to compare (2–4)</source>
        <translation>比較するモデル（2～4）</translation>
    </message>
    <message>
        <source>GGUF models, tuned models (GGUF + adapter) and servers are added on the Models page.</source>
        <translation>GGUF モデル、調整済みモデル（GGUF + アダプター）、サーバーは「モデル」ページで追加します。</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} prompts answered</source>
        <translation>{0}：{2} 件中 {1} 件のプロンプトに回答済み</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Hide this hint</source>
        <translation>このヒントを隠す</translation>
    </message>
    <message>
        <source>This project is empty. Start by importing instructions: a file of instructions people wrote (CSV, JSON Lines, Parquet or text).</source>
        <translation>このプロジェクトは空です。まず指示を取り込みましょう。人が書いた指示のファイル（CSV、JSON Lines、Parquet、テキスト）を使えます。</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>取り込みへ</translation>
    </message>
    <message>
        <source>Go to Models</source>
        <translation>モデルへ</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>次のステップへ</translation>
    </message>
    <message>
        <source>This is the demo project, kept at {0}.</source>
        <translation>これはデモプロジェクトで、{0} に保存されています。</translation>
    </message>
    <message>
        <source>Next: filter out duplicates, templated prompts and personal data on the Curate page.</source>
        <translation>次に、選別ページで重複、テンプレート化されたプロンプト、個人情報を除外しましょう。</translation>
    </message>
    <message>
        <source>Go to Curate</source>
        <translation>選別へ</translation>
    </message>
    <message>
        <source>Next: add a model on the Models page to answer the instructions.</source>
        <translation>次に、モデルページでモデルを追加して指示に回答させましょう。</translation>
    </message>
    <message>
        <source>Next: answer the instructions with a model on the Generate page.</source>
        <translation>次に、生成ページでモデルに指示へ回答させます。</translation>
    </message>
    <message>
        <source>Go to Generate</source>
        <translation>生成へ</translation>
    </message>
    <message>
        <source>Next: let a model judge the responses on the Judge page, or review them yourself on the Review page.</source>
        <translation>次に、評価ページでモデルに回答を評価させるか、レビューページで自分でレビューします。</translation>
    </message>
    <message>
        <source>Go to Judge</source>
        <translation>評価へ</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>含む</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>翻訳済み</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>応答済み</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>評価済み</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <source>With a second turn</source>
        <translation>2ターン目あり</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>学習用の行</translation>
    </message>
    <message>
        <source>A job is running. Watch it on its page.</source>
        <translation>ジョブを実行中です。そのページで進み具合を確認できます。</translation>
    </message>
    <message>
        <source>A job stopped before the end. Resume it on its page.</source>
        <translation>ジョブが途中で止まりました。そのページで再開してください。</translation>
    </message>
    <message>
        <source>Import the instructions people wrote.</source>
        <translation>人が書いた指示を取り込みましょう。</translation>
    </message>
    <message>
        <source>Filter out duplicates, templated prompts and personal data.</source>
        <translation>重複、テンプレート化されたプロンプト、個人情報を除外しましょう。</translation>
    </message>
    <message>
        <source>Answer the included instructions with an open-weight model.</source>
        <translation>含む指示にオープンウェイトモデルで応答させましょう。</translation>
    </message>
    <message>
        <source>Have a judge model score the answers from 0 to 10.</source>
        <translation>評価モデルに応答を0〜10で採点させましょう。</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction.</source>
        <translation>各指示の最良の応答を残しましょう。</translation>
    </message>
    <message>
        <source>Fine-tune a model on the selected pairs.</source>
        <translation>選択したペアでモデルを学習させましょう。</translation>
    </message>
    <message>
        <source>Compare the tuned model with other models.</source>
        <translation>調整済みモデルを他のモデルと比較しましょう。</translation>
    </message>
    <message>
        <source>Publish the dataset and the model.</source>
        <translation>データセットとモデルを公開しましょう。</translation>
    </message>
    <message>
        <source>Watch the running job</source>
        <translation>実行中のジョブを見る</translation>
    </message>
    <message>
        <source>Resume the stopped job</source>
        <translation>止まったジョブを再開</translation>
    </message>
    <message>
        <source>Import instructions</source>
        <translation>指示を取り込む</translation>
    </message>
    <message>
        <source>Curate the instructions</source>
        <translation>指示を選別する</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>応答を生成する</translation>
    </message>
    <message>
        <source>Judge the answers</source>
        <translation>応答を評価する</translation>
    </message>
    <message>
        <source>Select the best answers</source>
        <translation>最良の応答を選ぶ</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>モデルを学習させる</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>モデルを比較する</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed; Resume continues it</source>
        <translation>失敗しました。「再開」で続行します</translation>
    </message>
    <message>
        <source>stopped; Resume continues it</source>
        <translation>停止しました。「再開」で続行します</translation>
    </message>
    <message>
        <source>interrupted; Resume continues it</source>
        <translation>中断されました。「再開」で続行します</translation>
    </message>
    <message>
        <source>Run every stage of the method one after another, as a recipe: stopped or interrupted, it resumes at the stage where it stopped.</source>
        <translation>手法のすべての段階を、レシピとして順に実行します。停止や中断があっても、止まった段階から再開します。</translation>
    </message>
    <message>
        <source>The recipe stopped. Resume continues it at the stage where it stopped.</source>
        <translation>レシピが停止しました。「再開」で止まった段階から続行します。</translation>
    </message>
    <message>
        <source>Starting the recipe…</source>
        <translation>レシピを開始しています…</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>段階 {0}/{1}: {2}</translation>
    </message>
    <message>
        <source>The recipe “{0}” ran to its end.</source>
        <translation>レシピ「{0}」が最後まで実行されました。</translation>
    </message>
    <message>
        <source>From imported instructions to training rows</source>
        <translation>取り込んだ指示から学習用の行まで</translation>
    </message>
    <message>
        <source>Open the page of this stage</source>
        <translation>この段階のページを開く</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>The seed method in one go</source>
        <translation>元の手法を一度に</translation>
    </message>
    <message>
        <source>The recipe&apos;s current stage</source>
        <translation>レシピの現在の段階</translation>
    </message>
    <message>
        <source>Run the seed method…</source>
        <translation>元の手法を実行…</translation>
    </message>
    <message>
        <source>Choose a recipe, see its plan, and run every stage one after another</source>
        <translation>レシピを選び、計画を確認して、すべての段階を順に実行します</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after the current unit of work; Resume continues from there</source>
        <translation>現在の作業単位の後で停止します。「再開」でそこから続行します</translation>
    </message>
    <message>
        <source>Resume the seed method</source>
        <translation>元の手法を再開</translation>
    </message>
    <message>
        <source>Continue the recipe that stopped, at the stage where it stopped</source>
        <translation>停止したレシピを、止まった段階から続行します</translation>
    </message>
    <message>
        <source>Running: {0} ({1} of {2})</source>
        <translation>実行中: {0}（{2}件中{1}件）</translation>
    </message>
    <message>
        <source>Stopped: {0} ({1})</source>
        <translation>停止: {0}（{1}）</translation>
    </message>
    <message>
        <source>No job is running, and none stopped before its end.</source>
        <translation>実行中のジョブも、途中で止まったジョブもありません。</translation>
    </message>
    <message>
        <source>Recipe “{0}”: {1}</source>
        <translation>レシピ「{0}」: {1}</translation>
    </message>
    <message>
        <source>What {0} changed on {1} held-out instructions: answers that end cleanly {2} before, {3} after.</source>
        <translation>{0}による変化（学習に使わなかった指示{1}件）: 制限内できれいに終わる応答は学習前{2}、学習後{3}。</translation>
    </message>
    <message>
        <source>The judge preferred the tuned model in {0} of comparisons (95% interval {1} to {2}).</source>
        <translation>評価モデルは比較の{0}で調整済みモデルを選びました（95%区間 {1}〜{2}）。</translation>
    </message>
    <message>
        <source>Too few instructions or too weak a judge for these figures to mean much.</source>
        <translation>指示が少なすぎるか評価モデルが弱すぎるため、これらの数値はあまり意味を持ちません。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Curate</source>
        <translation>選別</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{0} tokens/s</source>
        <translation>{0} トークン/秒</translation>
    </message>
    <message>
        <source>{0} per second</source>
        <translation>毎秒 {0}</translation>
    </message>
    <message>
        <source>{0} per minute</source>
        <translation>毎分 {0}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Waiting for the other model job to finish…</source>
        <translation>他のモデルジョブの終了を待っています…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} を読み込んでいます…</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>残り {0}</translation>
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
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Choose the languages to see their prompt.</source>
        <translation>言語を選ぶとプロンプトが表示されます。</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>新しい版として保存</translation>
    </message>
    <message>
        <source>Must contain {text}; may use {glossary}, {source_language} and {target_language}</source>
        <translation>{text} を含めてください。{glossary}、{source_language}、{target_language} も使えます</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Back to the stored prompt</source>
        <translation>保存済みのプロンプトに戻す</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Start again from Handloom&apos;s default prompt</source>
        <translation>Handloom の既定のプロンプトからやり直す</translation>
    </message>
    <message>
        <source>Choose a model and the languages first.</source>
        <translation>先にモデルと言語を選んでください。</translation>
    </message>
    <message>
        <source>Prompt for {0} → {1}</source>
        <translation>{0} → {1} のプロンプト</translation>
    </message>
    <message>
        <source>Handloom&apos;s default prompt (saved as version 1 on first use).</source>
        <translation>Handloom の既定のプロンプト（初回使用時に版 1 として保存）。</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>版 {0}、{1} が {2} に保存。</translation>
    </message>
    <message>
        <source>Saved version {0} of the {1} prompt.</source>
        <translation>{1} プロンプトの版 {0} を保存しました。</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Write the dataset into a new or empty folder you name or choose</source>
        <translation>名前を付けるか選んだ新しい（または空の）フォルダーにデータセットを書き出す</translation>
    </message>
    <message>
        <source>Publish to the Hub…</source>
        <translation>Hub に公開…</translation>
    </message>
    <message>
        <source>Publish model…</source>
        <translation>モデルを公開…</translation>
    </message>
    <message>
        <source>Upload a model tuned in this project (its adapter)</source>
        <translation>このプロジェクトで調整したモデル（アダプター）をアップロードします</translation>
    </message>
    <message>
        <source>Pull from the Hub…</source>
        <translation>Hub から取得…</translation>
    </message>
    <message>
        <source>Give Handloom a Hugging Face access token for publishing, or remove it</source>
        <translation>公開のために Hugging Face のアクセストークンを Handloom に渡す、または削除する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Hugging Face sign-in…</source>
        <translation>Hugging Face にサインイン…</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, the upload waits in this project&apos;s push queue.</source>
        <translation>Handloom は Hugging Face へのサインイン（公開ページの「{0}」）か HF_TOKEN 変数を使います。トークンが表示されたりプロジェクトに保存されたりすることはありません。オフラインのときは、アップロードはこのプロジェクトの送信キューで待ちます。</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>所有者/名前</translation>
    </message>
    <message>
        <source>Private repository (only you and your organisation see it)</source>
        <translation>非公開リポジトリ（あなたと組織だけが見られます）</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>調整済みモデル</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Hub リポジトリ</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>What goes into the dataset</source>
        <translation>データセットに入るもの</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>送信キュー</translation>
    </message>
    <message>
        <source>Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence.</source>
        <translation>{0:,} 行（{1}）を {3} 形式で {2} に書き出しました。データセットカードとライセンス付きです。</translation>
    </message>
    <message>
        <source>Publish the dataset</source>
        <translation>データセットを公開</translation>
    </message>
    <message>
        <source>The dataset is exported as Parquet with its card and licence, queued in this project, then uploaded to this Hub repository.</source>
        <translation>データセットはカードとライセンス付きの Parquet として書き出され、このプロジェクトのキューに入り、この Hub リポジトリにアップロードされます。</translation>
    </message>
    <message>
        <source>Publish a tuned model</source>
        <translation>調整済みモデルを公開</translation>
    </message>
    <message>
        <source>The adapter (PEFT and GGUF) and a model card are queued in this project, then uploaded to this Hub repository.</source>
        <translation>アダプター（PEFT と GGUF）とモデルカードがこのプロジェクトのキューに入り、この Hub リポジトリにアップロードされます。</translation>
    </message>
    <message>
        <source>this dataset</source>
        <translation>このデータセット</translation>
    </message>
    <message>
        <source>the model {0}</source>
        <translation>モデル {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>{0} から %Ln 件の指示を取り込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPreview</name>
    <message>
        <source>What would be published</source>
        <translation>公開される内容</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>データセットカード</translation>
    </message>
    <message>
        <source>Counting what would go in…</source>
        <translation>入る件数を数えています…</translation>
    </message>
    <message>
        <source>There is no card without rows to describe.</source>
        <translation>説明する行がないため、カードはありません。</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from the Hub</source>
        <translation>Hub から取得</translation>
    </message>
    <message>
        <source>owner/name or owner/name:split</source>
        <translation>所有者/名前 または 所有者/名前:分割</translation>
    </message>
    <message>
        <source>taken from the dataset&apos;s card</source>
        <translation>データセットのカードから取得</translation>
    </message>
    <message>
        <source>Hub dataset</source>
        <translation>Hub データセット</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Pull it again as a second copy</source>
        <translation>二つ目のコピーとしてもう一度取得する</translation>
    </message>
    <message>
        <source>Import the dataset once more, beside what earlier pulls of it imported</source>
        <translation>以前の取得で取り込んだ分とは別に、データセットをもう一度取り込む</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>取得</translation>
    </message>
    <message>
        <source>Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection).</source>
        <translation>Hugging Face Hub のデータセットの指示をこのプロジェクトに取り込みます（接続が必要です）。</translation>
    </message>
</context>
<context>
    <name>PushQueueView</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Hub リポジトリ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Last error, or where it went</source>
        <translation>最後のエラー、または送信先</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー登録</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> （非公開）</translation>
    </message>
    <message>
        <source>Waiting to be pushed</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Try every waiting push again</source>
        <translation>待機中の送信をすべて再試行します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Take the selected push off the queue without sending it</source>
        <translation>選んだ送信を送らずにキューから外します</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>未試行</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>このプロジェクトからはまだ何も公開されていません。</translation>
    </message>
    <message>
        <source>{0:,} waiting to be sent; nothing is lost while offline.</source>
        <translation>{0:,} 件が送信待ちです。オフラインでも失われません。</translation>
    </message>
    <message>
        <source>Everything queued has been published.</source>
        <translation>キューにあったものはすべて公開されました。</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>詳細を表示...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>詳細を隠す...</translation>
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
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>すべてにはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>すべてにいいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>リンクの場所をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Import the instructions</source>
        <translation>指示を取り込む</translation>
    </message>
    <message>
        <source>Filter duplicates, templated prompts and personal data</source>
        <translation>重複、テンプレート由来のプロンプト、個人情報を除外する</translation>
    </message>
    <message>
        <source>Translate the instructions</source>
        <translation>指示を翻訳する</translation>
    </message>
    <message>
        <source>Answer each instruction with the teacher model</source>
        <translation>教師モデルで各指示に回答する</translation>
    </message>
    <message>
        <source>Score every answer from 0 to 10 with the judge</source>
        <translation>評価モデルで各回答を 0〜10 で採点する</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction</source>
        <translation>各指示の最良の回答を残す</translation>
    </message>
    <message>
        <source>Add a second turn, kept at a high score</source>
        <translation>2 ターン目を追加し、高得点のものだけ残す</translation>
    </message>
    <message>
        <source>Fine-tune the student model</source>
        <translation>生徒モデルをファインチューニングする</translation>
    </message>
    <message>
        <source>Measure what the fine-tune changed</source>
        <translation>ファインチューニングで何が変わったかを測る</translation>
    </message>
    <message>
        <source>Quick look: a few instructions, in minutes</source>
        <translation>お試し: 少数の指示を数分で</translation>
    </message>
    <message>
        <source>The seed method, in English</source>
        <translation>元の手法（英語）</translation>
    </message>
    <message>
        <source>The seed method, translated into another language</source>
        <translation>元の手法（別の言語に翻訳）</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Run the seed method</source>
        <translation>元の手法を実行</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>レシピ:</translation>
    </message>
    <message>
        <source>The language to translate the instructions into: a code such as ja or sw, or its name</source>
        <translation>指示の翻訳先の言語: ja や sw のようなコード、または言語名</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>翻訳先:</translation>
    </message>
    <message>
        <source>Teacher (writes the answers):</source>
        <translation>教師（回答を書く）:</translation>
    </message>
    <message>
        <source>Judge (scores them 0–10):</source>
        <translation>評価モデル（0〜10 で採点）:</translation>
    </message>
    <message>
        <source>Student (fine-tuned):</source>
        <translation>生徒（ファインチューニング対象）:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The recipe&apos;s plan</source>
        <translation>レシピの計画</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>計画を立てています…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>In all {0}, at the speeds measured on this project.</source>
        <translation>合計 {0}（このプロジェクトで測定した速度による）。</translation>
    </message>
    <message>
        <source>Times come from jobs this project has finished; a stage without one has no estimate yet (“?”).</source>
        <translation>時間はこのプロジェクトで完了したジョブから求めます。完了したジョブのない段階にはまだ見積もりがありません（「?」）。</translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了理由</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最良</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Search instructions with responses…</source>
        <translation>応答のある指示を検索…</translation>
    </message>
    <message>
        <source>Instructions with responses</source>
        <translation>応答のある指示</translation>
    </message>
    <message>
        <source>Responses to the instruction</source>
        <translation>指示への応答</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>サンプル番号</translation>
    </message>
    <message>
        <source>Selected as the best response</source>
        <translation>最良の応答として選択</translation>
    </message>
    <message>
        <source>The response in full</source>
        <translation>応答の全文</translation>
    </message>
    <message>
        <source>Pick an instruction, then a response, to read it in full.</source>
        <translation>指示を選び、次に応答を選ぶと全文が読めます。</translation>
    </message>
    <message>
        <source>{0}

{1} responses from {2} models; language {3}</source>
        <translation>{0}

{2} 個のモデルによる応答 {1} 件。言語 {3}</translation>
    </message>
    <message>
        <source> (the first ones; search to find others)</source>
        <translation> （最初のもののみ。ほかは検索してください）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>応答のある指示 %Ln 件{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>any verdict</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下済み</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>included</source>
        <translation>含む</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>すべてのソース</translation>
    </message>
    <message>
        <source>any flags</source>
        <translation>すべてのフラグ</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>フラグあり</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>フラグなし</translation>
    </message>
    <message>
        <source>any model</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>Translations: chrF of the back-translation (0–100); responses: the judge&apos;s score</source>
        <translation>翻訳：逆翻訳の chrF（0～100）。応答：評価モデルのスコア</translation>
    </message>
    <message>
        <source>Translations only</source>
        <translation>翻訳のみ</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>レビュー対象</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>スコア範囲</translation>
    </message>
    <message>
        <source>flag: {0}</source>
        <translation>フラグ：{0}</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>unknown language</source>
        <translation>不明な言語</translation>
    </message>
    <message>
        <source>Every response to this instruction</source>
        <translation>この指示へのすべての応答</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>レビューするものはありません。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message>
        <source>Post-edit (E to edit)</source>
        <translation>ポストエディット（E で編集）</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Response by {0} (E to edit)</source>
        <translation>{0} による応答（E で編集）</translation>
    </message>
    <message>
        <source>Instruction (E to edit)</source>
        <translation>指示（E で編集）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳語</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>{0} から</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>モデル {0}</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ 承認済み</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ 却下済み</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; by {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;（{1}）</translation>
    </message>
    <message>
        <source>rated {0} ({1})</source>
        <translation>評価 {0}（{1}）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>note: “{0}”</source>
        <translation>メモ：「{0}」</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation>{0}：{1}、{2}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{0}&lt;/s&gt; (undone)</source>
        <translation>&lt;s&gt;{0}&lt;/s&gt;（取り消し済み）</translation>
    </message>
    <message>
        <source>rated {0}</source>
        <translation>評価 {0}</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>{0} → {1} by {2}</source>
        <translation>{0} → {1}（{2}）</translation>
    </message>
    <message>
        <source>flags: {0}</source>
        <translation>フラグ：{0}</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>フラグなし</translation>
    </message>
    <message>
        <source>back-translation chrF {0:.1f}: “{1}”</source>
        <translation>逆翻訳 chrF {0:.1f}：「{1}」</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source> · score {0:.1f}</source>
        <translation> · スコア {0:.1f}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>edit (Ctrl+Enter saves, Esc cancels)</source>
        <translation>編集（Ctrl+Enter で保存、Esc で取り消し）</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Accept  A</source>
        <translation>承認  A</translation>
    </message>
    <message>
        <source>Reject  R</source>
        <translation>却下  R</translation>
    </message>
    <message>
        <source>Edit  E</source>
        <translation>編集  E</translation>
    </message>
    <message>
        <source>Note  N</source>
        <translation>メモ  N</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 戻る</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <source>Undo  Ctrl+Z</source>
        <translation>元に戻す  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A note for this item; Enter saves, Esc cancels</source>
        <translation>この項目へのメモ。Enter で保存、Esc で取り消し</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>このフィルターではレビューするものがありません。</translation>
    </message>
    <message>
        <source>Open a project to review its instructions and responses.</source>
        <translation>プロジェクトを開くと、指示と応答をレビューできます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:,} in this list</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · この一覧に {1:,} 件</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>これが一覧の最後の項目です。</translation>
    </message>
    <message>
        <source>Set your name before reviewing: every action records it.</source>
        <translation>レビューの前に名前を設定してください。すべての操作に記録されます。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認しました</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下しました</translation>
    </message>
    <message>
        <source>Saved the edit</source>
        <translation>編集を保存しました</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>評価しました</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>メモしました</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z undoes it.</source>
        <translation>{0}。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Undid the {0}.</source>
        <translation>{0}を元に戻しました。</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} reviewed</source>
        <translation>{1:,} 件中 {0:,} 件をレビュー済み</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Set your name…</source>
        <translation>名前を設定…</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; としてレビュー中</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell Handloom your name to review&lt;/b&gt;: every accept, reject, edit, rating and note records who made it.</source>
        <translation>&lt;b&gt;レビューするには名前を教えてください&lt;/b&gt;：承認、却下、編集、評価、メモのすべてに誰が行ったかが記録されます。</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>ルーブリック</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>新しい版として保存</translation>
    </message>
    <message>
        <source>Version {0} of {1}, by {2}</source>
        <translation>版 {0} / {1}、作成者 {2}</translation>
    </message>
</context>
<context>
    <name>RunElsewhere</name>
    <message>
        <source>Export to train elsewhere…</source>
        <translation>別の場所で学習するために書き出す…</translation>
    </message>
    <message>
        <source>Write this run as a folder that trains on a rented GPU with Unsloth; bring the folder back afterwards</source>
        <translation>この学習を、レンタル GPU 上で Unsloth により学習するフォルダーとして書き出します。終わったらフォルダーを持ち帰ってください</translation>
    </message>
    <message>
        <source>Bring back a run…</source>
        <translation>学習を取り込む…</translation>
    </message>
    <message>
        <source>An empty folder for the run</source>
        <translation>学習用の空のフォルダー</translation>
    </message>
    <message>
        <source>The trained run&apos;s folder</source>
        <translation>学習を終えたフォルダー</translation>
    </message>
    <message>
        <source>Exported {0} to {1}: on the GPU machine, install requirements.txt and run run.py, then bring the folder back.</source>
        <translation>{0} を {1} に書き出しました。GPU マシンで requirements.txt をインストールして run.py を実行し、フォルダーを持ち帰ってください。</translation>
    </message>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>{0} を取り込みました：%Ln ステップ。試せるモデルになりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>0～10 のスコア</translation>
    </message>
    <message>
        <source>Responses per score: </source>
        <translation>スコアごとの応答数：</translation>
    </message>
    <message>
        <source>{0:,} judged</source>
        <translation>評価済み {0:,} 件</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>まだスコアがありません</translation>
    </message>
</context>
<context>
    <name>SelectionControls</name>
    <message>
        <source>Keep and select</source>
        <translation>残して選ぶ</translation>
    </message>
    <message>
        <source>Leave out responses with this flag</source>
        <translation>このフラグのある応答を除外します</translation>
    </message>
    <message>
        <source>Select best</source>
        <translation>最良を選ぶ</translation>
    </message>
    <message>
        <source>For each instruction mark its best response at the threshold or above as selected; a person&apos;s accept or reject in review comes first</source>
        <translation>各指示について、しきい値以上で最良の応答を選択済みにします。レビューでの人の承認・却下が優先されます</translation>
    </message>
    <message>
        <source>Longest answer to the follow-up question, in tokens</source>
        <translation>フォローアップの質問への回答の最大長（トークン）</translation>
    </message>
    <message>
        <source>Write follow-ups</source>
        <translation>フォローアップを書く</translation>
    </message>
    <message>
        <source>Add a second turn to every selected pair; keep it when the judge scores it at least the minimum</source>
        <translation>選ばれたすべての組に 2 ターン目を加え、評価モデルのスコアが下限以上なら残します</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>除外する</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;2 ターン目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>書き手</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>回答のトークン数</translation>
    </message>
    <message>
        <source>Keep at score</source>
        <translation>残すスコア</translation>
    </message>
    <message>
        <source>At &lt;b&gt;{0}&lt;/b&gt; or more: &lt;b&gt;{1:,}&lt;/b&gt; pairs remain, for {2:,} instructions ({3:,} judged).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; 以上：{2:,} 件の指示について &lt;b&gt;{1:,}&lt;/b&gt; 組が残ります（評価済み {3:,} 件）。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a model on a server</source>
        <translation>サーバー上のモデルを追加</translation>
    </message>
    <message>
        <source>how Handloom should call it</source>
        <translation>Handloom での呼び名</translation>
    </message>
    <message>
        <source>http://gpu-box:8080/v1</source>
        <translation>http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <source>One address per line; requests are spread over them and go to the others when one stops answering.</source>
        <translation>1 行に 1 つのアドレス。リクエストはそれらに振り分けられ、応答しなくなったサーバーの分はほかのサーバーに回ります。</translation>
    </message>
    <message>
        <source>the model name the server knows, e.g. qwen2.5-7b</source>
        <translation>サーバーが知っているモデル名（例：qwen2.5-7b）</translation>
    </message>
    <message>
        <source>e.g. Apache-2.0 (the dataset card lists it)</source>
        <translation>例：Apache-2.0（データセットカードに記載されます）</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server works: llama.cpp&apos;s llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored.</source>
        <translation>OpenAI 互換のサーバーならどれでも使えます：llama.cpp の llama-server、vLLM、Ollama。API キーは生成時に環境変数から読み、保存はしません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Requests at once per server</source>
        <translation>サーバーごとの同時リクエスト数</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>サーバー上のモデル</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>ServerTable</name>
    <message>
        <source>working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>一時除外</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>Errors (retried)</source>
        <translation>エラー（再試行）</translation>
    </message>
    <message>
        <source>Servers of the running job</source>
        <translation>実行中のジョブのサーバー</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>The name shown on your reviews</source>
        <translation>レビューに表示される名前</translation>
    </message>
    <message>
        <source>This name was set when Handloom was started and cannot be changed here.</source>
        <translation>この名前は Handloom の起動時に設定されたため、ここでは変更できません。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>あなたの名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Recorded on what you import, review, judge or vote on from now on.</source>
        <translation>これから取り込み・レビュー・評価・投票したものに記録されます。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>システムの言語（{0}）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Translations of the interface; your data is never translated.</source>
        <translation>画面表示の翻訳です。あなたのデータは翻訳されません。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T)：</translation>
    </message>
    <message>
        <source>Demo project:</source>
        <translation>デモプロジェクト：</translation>
    </message>
    <message>
        <source>The new language applies when Handloom next starts.</source>
        <translation>新しい言語は Handloom の次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>次のページ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>前のページ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run the page&apos;s main action</source>
        <translation>ページの主な操作を実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search on this page</source>
        <translation>このページで検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>実行中のジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>次の欄 / 前の欄</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>メニューを開く</translation>
    </message>
    <message>
        <source>the underlined letter</source>
        <translation>下線の付いた文字</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>入力して絞り込み…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>ショートカットを絞り込む</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Responses being written</source>
        <translation>書かれている応答</translation>
    </message>
    <message>
        <source>Responses appear here as they are written.</source>
        <translation>応答は書かれるたびにここに表示されます。</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;待機中…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message>
        <source>no votes</source>
        <translation>投票なし</translation>
    </message>
    <message>
        <source>{0:+.2f} · too few votes for an interval ({1})</source>
        <translation>{0:+.2f} · 区間を出すには投票が少なすぎます ({1})</translation>
    </message>
    <message numerus="yes">
        <source>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)</source>
        <translation>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln 票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote(s)</source>
        <translation>
            <numerusform>{0}：強さ {1:+.2f}、95% 区間 {2:+.2f}～{3:+.2f}、%Ln 票から</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>まだ投票がありません</translation>
    </message>
    <message>
        <source>{0}: {1} (a 95% interval needs more votes)</source>
        <translation>{0}: {1} (95% 区間にはさらに投票が必要です)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Quick try (CPU, minutes)</source>
        <translation>お試し（CPU、数分）</translation>
    </message>
    <message>
        <source>Consumer GPU (8 GB)</source>
        <translation>一般向け GPU（8 GB）</translation>
    </message>
    <message>
        <source>Gemma turns (&lt;start_of_turn&gt;)</source>
        <translation>Gemma のターン (&lt;start_of_turn&gt;)</translation>
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
        <translation>このベースにはチャットテンプレートがありません。調整済みモデルはここで選んだ形式で答えます</translation>
    </message>
    <message>
        <source>name of the tuned model</source>
        <translation>調整済みモデルの名前</translation>
    </message>
    <message>
        <source>by epochs</source>
        <translation>エポック単位</translation>
    </message>
    <message>
        <source>adapter only</source>
        <translation>アダプターのみ</translation>
    </message>
    <message>
        <source>merged GGUF, {0}</source>
        <translation>統合した GGUF、{0}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Only pairs a person accepted</source>
        <translation>人が承認した組のみ</translation>
    </message>
    <message>
        <source>every language (or e.g. sw,en)</source>
        <translation>すべての言語（または sw,en など）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <source>Tuned model name</source>
        <translation>調整済みモデルの名前</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>ハイパーパラメーター</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA ランク</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>LoRA アルファ</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>勾配累積</translation>
    </message>
    <message>
        <source>Max length (tokens)</source>
        <translation>最大長（トークン）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Judge score at least</source>
        <translation>評価スコアの下限</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>検証用</translation>
    </message>
    <message>
        <source>Hugging Face folder…</source>
        <translation>Hugging Face フォルダー…</translation>
    </message>
    <message>
        <source>Choose a Hugging Face model folder (with config.json)</source>
        <translation>Hugging Face のモデルフォルダーを選択（config.json を含むもの）</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Start training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept and Resume continues from it</source>
        <translation>現在のステップの後で止めます。チェックポイントが残り、「再開」でそこから続けます</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>No chosen pairs to train on yet: select the best responses on the Judge page or accept them on the Review page.</source>
        <translation>学習に使う選ばれた組がまだありません。「評価」ページで最良の応答を選ぶか、「レビュー」ページで承認してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; conversations to train on, {1} held out ({2} with a second turn).</source>
        <translation>学習に使う会話 &lt;b&gt;{0}&lt;/b&gt; 件、検証用 {1} 件（2 ターン目あり {2} 件）。</translation>
    </message>
    <message>
        <source>{0} in evaluation sets are kept out.</source>
        <translation>評価セットにある {0} 件は除外します。</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>このステップの後で止め、チェックポイントを保存しています…</translation>
    </message>
    <message>
        <source>Choose a base model to train.</source>
        <translation>学習するベースモデルを選んでください。</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume continues from the last checkpoint.</source>
        <translation>エラーで止まりました。「再開」で最後のチェックポイントから続けます。</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from the last checkpoint.</source>
        <translation>キャンセルしました。「再開」で最後のチェックポイントから続けます。</translation>
    </message>
    <message>
        <source>Continue training {0} ({1})</source>
        <translation>{0} の学習を続ける（{1}）</translation>
    </message>
</context>
<context>
    <name>TrainStatus</name>
    <message>
        <source>step %v of %m</source>
        <translation>ステップ %v / %m</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>学習プロセスを開始しています…</translation>
    </message>
    <message>
        <source>Continuing from the checkpoint at step {0}.</source>
        <translation>ステップ {0} のチェックポイントから続けます。</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {0}.</source>
        <translation>ステップ {0} でチェックポイントを保存しました。</translation>
    </message>
    <message>
        <source>4-bit QLoRA</source>
        <translation>4 ビット QLoRA</translation>
    </message>
    <message>
        <source>16-bit LoRA</source>
        <translation>16 ビット LoRA</translation>
    </message>
    <message>
        <source>32-bit LoRA</source>
        <translation>32 ビット LoRA</translation>
    </message>
    <message>
        <source>Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)</source>
        <translation>バックエンド：{1} 上の {0}、{2}（会話 {3} 件、検証用 {4} 件）</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2}</source>
        <translation>ステップ {0} / {1}、損失 {2}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>残り {0}</translation>
    </message>
    <message>
        <source>Done: {0} is registered and ready to generate.</source>
        <translation>完了：{0} は登録済みで、生成に使えます。</translation>
    </message>
    <message>
        <source>Loss {0} → {1}, held-out loss {2}</source>
        <translation>損失 {0} → {1}、検証損失 {2}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>試す</translation>
    </message>
    <message>
        <source>Generate with the chosen tuned model</source>
        <translation>選んだ調整済みモデルで生成</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>ファイル：{0}</translation>
    </message>
</context>
<context>
    <name>TranslateForm</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The language to translate into; type a code or a name</source>
        <translation>翻訳先の言語。コードか名前を入力してください</translation>
    </message>
    <message>
        <source>every language but the target</source>
        <translation>翻訳先以外のすべての言語</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Only the first N originals</source>
        <translation>最初の N 件の原文だけ</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>llama.cpp がまとめてデコードする系列数</translation>
    </message>
    <message>
        <source>Translate back and score (chrF)</source>
        <translation>逆翻訳して採点（chrF）</translation>
    </message>
    <message>
        <source>Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time</source>
        <translation>各翻訳を元の言語に訳し戻して原文と比べます。品質のおおまかな目安になりますが、時間は 2 倍かかります</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>翻訳先</translation>
    </message>
    <message>
        <source>From</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>並列数</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop now; translations written stay, Resume continues</source>
        <translation>今すぐ止めます。書かれた翻訳は残り、「再開」で続けます</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>先に「モデル」ページでモデルを登録してください。</translation>
    </message>
    <message>
        <source>There are no included originals in other languages to translate.</source>
        <translation>ほかの言語で含まれている原文がないため、翻訳するものがありません。</translation>
    </message>
    <message>
        <source>All {0:,} chosen instructions are translated with this model.</source>
        <translation>選んだ指示 {0:,} 件はすべてこのモデルで翻訳済みです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} instructions still to translate.</source>
        <translation>指示 {1:,} 件のうち &lt;b&gt;{0:,}&lt;/b&gt; 件がまだ翻訳されていません。</translation>
    </message>
    <message>
        <source>Choose a model and the language to translate into.</source>
        <translation>モデルと翻訳先の言語を選んでください。</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>翻訳しています</translation>
    </message>
    <message>
        <source>, {0:,} back-translated</source>
        <translation>、逆翻訳 {0:,} 件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>%Ln 件の翻訳を書きました{0}。フラグ：{1}。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>エラーで止まりました。「再開」で足りない分をやり直します。</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues where it stopped.</source>
        <translation>キャンセルしました。「再開」で止めたところから続けます。</translation>
    </message>
    <message>
        <source>Continue translating into {0} with {1} ({2}{3})</source>
        <translation>{1} で {0} への翻訳を続ける（{2}{3}）</translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳語</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>every translation</source>
        <translation>すべての翻訳</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>機械翻訳</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>現在のテキスト</translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation> （最初のもののみ）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>翻訳 %Ln 件{0}。立ったフラグ：{1:,} 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>まだ翻訳がありません。</translation>
    </message>
    <message>
        <source>No translation has this flag.</source>
        <translation>このフラグのある翻訳はありません。</translation>
    </message>
    <message>
        <source>with any flag</source>
        <translation>フラグあり</translation>
    </message>
    <message>
        <source>without flags</source>
        <translation>フラグなし</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The name shown on your reviews</source>
        <translation>レビューに表示される名前</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>あなたの名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item. You can change the name later in File ▸ Settings.</source>
        <translation>Handloom は、各項目を誰が取り込み、レビューし、変更したかを記録します。名前はあとからファイル ▸ 設定で変更できます。</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>デモプロジェクトを開く</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新しいプロジェクト…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>プロジェクトを開く…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Handloom&lt;/h2&gt;Build a dataset from instructions people really wrote: import them, answer them with a local model, review the answers, then train and compare. Tell Handloom your name, then begin with the demo project or a project of your own.</source>
        <translation>&lt;h2&gt;Handloom へようこそ&lt;/h2&gt;人が実際に書いた指示からデータセットを作ります。指示を取り込み、ローカルモデルで回答させ、回答をレビューし、学習させて比較します。まず名前を入力し、デモプロジェクトか自分のプロジェクトから始めてください。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;A project is one file that holds your instructions, responses and reviews.</source>
        <translation>&lt;h2&gt;開いているプロジェクトはありません&lt;/h2&gt;プロジェクトは、指示・回答・レビューをまとめて保存する 1 つのファイルです。</translation>
    </message>
    <message>
        <source>The demo project is kept at {0}</source>
        <translation>デモプロジェクトは {0} に保存されています</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>先に名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>WinRateHeatmap</name>
    <message>
        <source>No votes yet</source>
        <translation>まだ投票がありません</translation>
    </message>
    <message>
        <source>{0} and {1} have no votes yet</source>
        <translation>{0} と {1} にはまだ投票がありません</translation>
    </message>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>{0} は %Ln 票のうち {2:.0f}% で {1} に勝ちました（引き分けは半分）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>予期しないエラー（{0}）：{1}</translation>
    </message>
</context>
<context>
    <name>_JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>{0}：%Ln 件の指示を取り込みました（{1}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>。不正な行 %Ln 行を飛ばしました：{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込まれませんでした。</translation>
    </message>
</context>
<context>
    <name>instruction_detail</name>
    <message>
        <source>… {0} more characters are not shown here.</source>
        <translation>… 残りの {0} 文字はここには表示されません。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>文字体系</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>取り込んだ人</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>取り込み日時</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>翻訳元</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>除外理由</translation>
    </message>
    <message>
        <source>Original text, as imported:</source>
        <translation>取り込んだままの元のテキスト：</translation>
    </message>
    <message>
        <source>Before redaction:</source>
        <translation>伏せ字にする前：</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>由来：</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> （{1:,} 件中 {0:,} 件の時点）</translation>
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
