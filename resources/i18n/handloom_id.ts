<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Published {0}: {1}</source>
        <translation>Diterbitkan {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not published yet: {1} It stays queued in this project with everything it uploads, so nothing is lost; press Retry now under Push queue when you are online.</source>
        <translation>{0} belum diterbitkan: {1} Kiriman tetap diantrekan di proyek ini bersama semua yang diunggahnya, jadi tidak ada yang hilang; tekan Coba lagi sekarang di bawah Antrean kirim saat Anda daring.</translation>
    </message>
    <message>
        <source>it was not tried.</source>
        <translation>belum dicoba.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be published.</source>
        <translation>Tidak ada yang menunggu untuk diterbitkan.</translation>
    </message>
</context>
<context>
    <name>AnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Hasilkan jawaban</translation>
    </message>
    <message>
        <source>random</source>
        <translation>acak</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Token maks.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Suhu</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Paralel</translation>
    </message>
</context>
<context>
    <name>ArenaBoard</name>
    <message>
        <source>People&apos;s votes</source>
        <translation>Suara orang</translation>
    </message>
    <message>
        <source>The judge&apos;s votes</source>
        <translation>Suara juri</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>Semua suara</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Strength of each model</source>
        <translation>Kekuatan setiap model</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Papan peringkat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Strength [95% interval]</source>
        <translation>Kekuatan [interval 95%]</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Won / lost / tie / both bad</source>
        <translation>Menang / kalah / seri / keduanya buruk</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Rasio menang</translation>
    </message>
    <message>
        <source>Judge&apos;s grade</source>
        <translation>Nilai juri</translation>
    </message>
    <message>
        <source>How often each model beats each other</source>
        <translation>Seberapa sering setiap model mengalahkan model lain</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>Rasio menang model baris melawan model kolom</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <source>{0} ({1} votes)</source>
        <translation>{0} ({1} suara)</translation>
    </message>
    <message>
        <source>No votes yet: vote on some answers or run the judge.</source>
        <translation>Belum ada suara: beri suara pada beberapa jawaban atau jalankan juri.</translation>
    </message>
    <message>
        <source>{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a model 1.0 above another wins about 73% of the time); the whiskers are 95% bootstrap intervals, given from {1} votes for a model on.</source>
        <translation>{0} perbandingan. Kekuatan adalah log-kekuatan Bradley–Terry (0 adalah rata-rata; model yang 1,0 di atas model lain menang sekitar 73% dari waktu); garis galat adalah interval bootstrap 95%, diberikan mulai dari {1} suara untuk sebuah model.</translation>
    </message>
    <message>
        <source>– (no votes)</source>
        <translation>– (belum ada suara)</translation>
    </message>
    <message>
        <source>{0:+.2f} (too few votes)</source>
        <translation>{0:+.2f} (terlalu sedikit suara)</translation>
    </message>
    <message>
        <source>The judge contradicted itself on {0} of {1} pairs asked in both orders (counted as ties).</source>
        <translation>Juri bertentangan dengan dirinya sendiri pada {0} dari {1} pasangan yang ditanyakan dalam kedua urutan (dihitung sebagai seri).</translation>
    </message>
    <message>
        <source>{0} agrees with people on {1}% of {2} votes (Cohen&apos;s kappa {3}).</source>
        <translation>{0} sepakat dengan orang pada {1}% dari {2} suara (kappa Cohen {3}).</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled and their models hidden until you vote</source>
        <translation>Butir {0} dari set “{1}” · {2} sudah dipilih, {3} lagi · buta: jawaban diacak dan modelnya disembunyikan sampai Anda memilih</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>Jawaban {0}</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>Kiri lebih baik</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>Kanan lebih baik</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Keduanya buruk</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>Butir berikutnya</translation>
    </message>
    <message>
        <source>{0} is best</source>
        <translation>Jawaban {0} terbaik</translation>
    </message>
    <message>
        <source>All as good</source>
        <translation>Semua sama baik</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Semuanya buruk</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Anda memilih &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Anda menyatakannya seri.</translation>
    </message>
    <message>
        <source>You found them all bad.</source>
        <translation>Menurut Anda semuanya buruk.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No instructions yet</source>
        <translation>Belum ada instruksi</translation>
    </message>
</context>
<context>
    <name>BatchButtons</name>
    <message>
        <source>Write a batch file…</source>
        <translation>Tulis berkas batch…</translation>
    </message>
    <message>
        <source>Save what is still to do as a file for a GPU cluster (OpenAI&apos;s Batch API or vLLM&apos;s run_batch) instead of running it here</source>
        <translation>Simpan pekerjaan yang tersisa sebagai berkas untuk klaster GPU (Batch API OpenAI atau run_batch vLLM) alih-alih menjalankannya di sini</translation>
    </message>
    <message>
        <source>Read batch results…</source>
        <translation>Baca hasil batch…</translation>
    </message>
    <message>
        <source>Record the results file the cluster wrote; reading it again changes nothing</source>
        <translation>Catat berkas hasil yang ditulis klaster; membacanya lagi tidak mengubah apa pun</translation>
    </message>
    <message>
        <source>Write a batch file</source>
        <translation>Tulis berkas batch</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>Berkas batch (*.jsonl)</translation>
    </message>
    <message>
        <source>Read batch results</source>
        <translation>Baca hasil batch</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>%Ln permintaan ditulis ke {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending; no file was written.</source>
        <translation>Tidak ada yang tertunda; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>{0:,} recorded, {1:,} already here, {2:,} failed.</source>
        <translation>{0:,} dicatat, {1:,} sudah ada, {2:,} gagal.</translation>
    </message>
    <message>
        <source>Line {0:,} is cut off; the lines before it were recorded.</source>
        <translation>Baris {0:,} terpotong; baris-baris sebelumnya sudah dicatat.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>included</source>
        <translation>disertakan</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>dikecualikan</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>hampir duplikat</translation>
    </message>
    <message>
        <source>template</source>
        <translation>templat</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>data pribadi</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>moderasi</translation>
    </message>
    <message>
        <source>length</source>
        <translation>panjang</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>script</source>
        <translation>aksara</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>ekspresi reguler</translation>
    </message>
    <message>
        <source>review</source>
        <translation>tinjauan</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>terputus</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>terpotong</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>pengulangan</translation>
    </message>
    <message>
        <source>wrong language</source>
        <translation>bahasa salah</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>penolakan</translation>
    </message>
    <message>
        <source>template tokens</source>
        <translation>token templat</translation>
    </message>
    <message>
        <source>chatter</source>
        <translation>obrolan tambahan</translation>
    </message>
    <message>
        <source>extra text</source>
        <translation>teks tambahan</translation>
    </message>
    <message>
        <source>copy of source</source>
        <translation>salinan sumber</translation>
    </message>
    <message>
        <source>copy of example</source>
        <translation>salinan contoh</translation>
    </message>
    <message>
        <source>length ratio</source>
        <translation>rasio panjang</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>antre</translation>
    </message>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>train</source>
        <translation>latih</translation>
    </message>
    <message>
        <source>test</source>
        <translation>uji</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>ditolak saat ditinjau</translation>
    </message>
    <message>
        <source>not the selected response</source>
        <translation>bukan respons terpilih</translation>
    </message>
    <message>
        <source>not accepted in review</source>
        <translation>tidak diterima saat ditinjau</translation>
    </message>
    <message>
        <source>judge score below the minimum or missing</source>
        <translation>skor penilai di bawah minimum atau tidak ada</translation>
    </message>
    <message>
        <source>language not chosen</source>
        <translation>bahasa tidak dipilih</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Vote</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Papan peringkat</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set.</source>
        <translation>Pilih atau buat set evaluasi.</translation>
    </message>
    <message>
        <source>Tick two to four models to compare.</source>
        <translation>Centang dua sampai empat model untuk dibandingkan.</translation>
    </message>
    <message>
        <source>These models have not answered this set yet: Generate answers first.</source>
        <translation>Model-model ini belum menjawab set ini: jalankan Hasilkan jawaban dulu.</translation>
    </message>
    <message>
        <source>You have voted on every item these models answered. The leaderboard has the result; other people can vote on the same set too.</source>
        <translation>Anda sudah memilih pada setiap butir yang dijawab model-model ini. Papan peringkat memuat hasilnya; orang lain juga bisa memilih pada set yang sama.</translation>
    </message>
    <message>
        <source>Export the leaderboard</source>
        <translation>Ekspor papan peringkat</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the leaderboard to {0}.</source>
        <translation>Papan peringkat disimpan ke {0}.</translation>
    </message>
    <message>
        <source>Made the evaluation set “{0}”: {1}.</source>
        <translation>Set evaluasi “{0}” dibuat: {1}.</translation>
    </message>
    <message>
        <source>Answering the prompts</source>
        <translation>Menjawab prompt</translation>
    </message>
    <message>
        <source>Wrote {0} answers ({1} failed).</source>
        <translation>Menulis {0} jawaban ({1} gagal).</translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>Pilih model juri dulu.</translation>
    </message>
    <message>
        <source>Judging the answers</source>
        <translation>Menilai jawaban</translation>
    </message>
    <message>
        <source>{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on {4} of {5} pairs asked in both orders.</source>
        <translation>{0} memberi {1} putusan ({2} tak terbaca) dan {3} nilai; bertentangan pada {4} dari {5} pasangan yang ditanyakan dalam kedua urutan.</translation>
    </message>
    <message>
        <source>{0} is judging its own answers too, and judges tend to prefer their own; choose another judge for a fair comparison.</source>
        <translation>{0} juga menilai jawabannya sendiri, dan juri cenderung menyukai jawabannya sendiri; pilih juri lain untuk perbandingan yang adil.</translation>
    </message>
    <message>
        <source>Cancelled; starting again continues where it stopped.</source>
        <translation>Dibatalkan; memulai lagi akan melanjutkan dari titik berhenti.</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set first.</source>
        <translation>Pilih atau buat set evaluasi dulu.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Licence conflicts</source>
        <translation>Konflik lisensi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The licences of {0} conflict.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publishing it may break the terms above. Publish anyway?</source>
        <translation>&lt;b&gt;Lisensi {0} saling bertentangan.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Menerbitkannya bisa melanggar ketentuan di atas. Tetap terbitkan?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Tetap terbitkan</translation>
    </message>
</context>
<context>
    <name>CurateControls</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>Duplikat persis</translation>
    </message>
    <message>
        <source>Exclude repeats of an earlier instruction, keeping the first</source>
        <translation>Kecualikan pengulangan instruksi sebelumnya, simpan yang pertama</translation>
    </message>
    <message>
        <source>Near duplicates ≥</source>
        <translation>Hampir duplikat ≥</translation>
    </message>
    <message>
        <source>Exclude instructions this similar to an earlier one (0.5–1)</source>
        <translation>Kecualikan instruksi yang semirip ini dengan instruksi sebelumnya (0,5–1)</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>Kemiripan hampir duplikat</translation>
    </message>
    <message>
        <source>Templates, groups ≥</source>
        <translation>Templat, kelompok ≥</translation>
    </message>
    <message>
        <source>Exclude prompts filled into the same template this many times or more</source>
        <translation>Kecualikan prompt yang diisikan ke templat yang sama sebanyak ini atau lebih</translation>
    </message>
    <message>
        <source>Smallest template group</source>
        <translation>Kelompok templat terkecil</translation>
    </message>
    <message>
        <source>keep only, e.g. sw, yo, en</source>
        <translation>simpan hanya, mis. sw, yo, en</translation>
    </message>
    <message>
        <source>Also exclude uncertain language labels (xx?)</source>
        <translation>Kecualikan juga label bahasa yang tidak pasti (xx?)</translation>
    </message>
    <message>
        <source>Exclude rows whose language the identifiers were not sure of; a language set by a person is always sure</source>
        <translation>Kecualikan baris yang bahasanya tidak dapat dipastikan oleh pengenal; bahasa yang ditetapkan seseorang selalu pasti</translation>
    </message>
    <message>
        <source>keep only, e.g. Latn, Ethi</source>
        <translation>simpan hanya, mis. Latn, Ethi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Kecualikan</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>exclude matches, e.g. (?i)password</source>
        <translation>kecualikan yang cocok, mis. (?i)password</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>Karakter paling sedikit</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>Karakter paling banyak</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Aksara</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Terapkan filter</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Sertakan lagi</translation>
    </message>
    <message>
        <source>Include again everything excluded for the chosen reason</source>
        <translation>Sertakan lagi semua yang dikecualikan karena alasan yang dipilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Dikecualikan sebagai</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
</context>
<context>
    <name>CuratePage</name>
    <message>
        <source>Search instructions…</source>
        <translation>Cari instruksi…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Status apa saja</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Disertakan</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Dikecualikan</translation>
    </message>
    <message>
        <source>Any language label</source>
        <translation>Label bahasa apa pun</translation>
    </message>
    <message>
        <source>Sure labels</source>
        <translation>Label pasti</translation>
    </message>
    <message>
        <source>Uncertain labels (xx?)</source>
        <translation>Label tidak pasti (xx?)</translation>
    </message>
    <message>
        <source>Rows whose language the identifiers were sure of, or not sure of</source>
        <translation>Baris yang bahasanya dipastikan oleh pengenal, atau tidak</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Semua sumber</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Alasan apa saja</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>Tetapkan bahasa…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bahasa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, by reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dikecualikan, menurut alasan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} dari {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>%Ln instruksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the language of {0:,} instruction(s) to {1}.</source>
        <translation>Bahasa {0:,} instruksi ditetapkan ke {1}.</translation>
    </message>
    <message>
        <source>{0:,} with an uncertain language label (xx?)</source>
        <translation>{0:,} dengan label bahasa tidak pasti (xx?)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>%Ln instruksi disertakan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is excluded yet.</source>
        <translation>Belum ada yang dikecualikan.</translation>
    </message>
    <message>
        <source>Set the language of the selected instructions by hand (Ctrl+Shift+L)</source>
        <translation>Tetapkan bahasa instruksi yang dipilih secara manual (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; included, {2:,} excluded, in {3:,} languages</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; instruksi, &lt;b&gt;{1:,}&lt;/b&gt; disertakan, {2:,} dikecualikan, dalam {3:,} bahasa</translation>
    </message>
    <message>
        <source>{0:,} excluded as {1}</source>
        <translation>{0:,} dikecualikan sebagai {1}</translation>
    </message>
    <message>
        <source>Curation finished: {0}.</source>
        <translation>Kurasi selesai: {0}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>kurang dari semenit</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>sekitar {0} mnt</translation>
    </message>
    <message>
        <source>about {0} h</source>
        <translation>sekitar {0} jam</translation>
    </message>
    <message>
        <source>about {0} h {1} min</source>
        <translation>sekitar {0} jam {1} mnt</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second time.</source>
        <translation>{0} sudah diimpor pada {1} ({2} instruksi); centang “{3}” untuk mengimpornya sekali lagi.</translation>
    </message>
    <message>
        <source>Paste a Hugging Face access token first.</source>
        <translation>Tempel token akses Hugging Face terlebih dahulu.</translation>
    </message>
    <message>
        <source>The Hub did not accept this token; copy it again from the Access Tokens page of your Hugging Face settings. Nothing was stored.</source>
        <translation>Hub tidak menerima token ini; salin lagi dari halaman Access Tokens di pengaturan Hugging Face Anda. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached, so the token could not be checked and was not stored. Sign in again when this computer is online.</source>
        <translation>Hugging Face Hub tidak dapat dijangkau, jadi token tidak dapat diperiksa dan tidak disimpan. Masuk lagi saat komputer ini online.</translation>
    </message>
    <message>
        <source>{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” in “{4}”.</source>
        <translation>{0} sudah ditarik pada {1} ({2} instruksi); untuk menariknya sekali lagi, centang “{3}” di “{4}”.</translation>
    </message>
    <message>
        <source>An earlier pull of {0} stopped part way through, and the Hub now gives a newer revision; continuing would mix two versions of the dataset. To pull the new revision as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.</source>
        <translation>Penarikan {0} sebelumnya berhenti di tengah jalan, dan Hub kini memberi revisi yang lebih baru; melanjutkan akan mencampur dua versi dataset. Untuk menarik revisi baru sebagai salinan kedua (yang sudah diimpor penarikan yang berhenti tetap ada), centang “{1}” di “{2}”.</translation>
    </message>
    <message>
        <source>No Hugging Face token: sign in with “{0}” on the Publish page.</source>
        <translation>Tidak ada token Hugging Face: masuk dengan “{0}” di halaman Terbitkan.</translation>
    </message>
</context>
<context>
    <name>EvalSetPanel</name>
    <message>
        <source>Evaluation set</source>
        <translation>Set evaluasi</translation>
    </message>
    <message>
        <source>name of a new set</source>
        <translation>nama set baru</translation>
    </message>
    <message>
        <source>Held-out split of the instructions</source>
        <translation>Bagian instruksi yang disisihkan</translation>
    </message>
    <message>
        <source>Chosen subset (search)</source>
        <translation>Subset pilihan (pencarian)</translation>
    </message>
    <message>
        <source>Prompts from a file</source>
        <translation>Prompt dari berkas</translation>
    </message>
    <message>
        <source>words the instructions contain</source>
        <translation>kata yang dimuat instruksi</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Make the set</source>
        <translation>Buat set</translation>
    </message>
    <message>
        <source>&lt;b&gt;New set&lt;/b&gt;</source>
        <translation>&lt;b&gt;Set baru&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>{0} ({1} prompts)</source>
        <translation>{0} ({1} prompt)</translation>
    </message>
    <message>
        <source>No evaluation set yet: make one below</source>
        <translation>Belum ada set evaluasi: buat satu di bawah</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Bahasa apa saja</translation>
    </message>
    <message>
        <source>Evaluation prompts</source>
        <translation>Prompt evaluasi</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)</source>
        <translation>Prompt (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>EvalSets</name>
    <message>
        <source>{0} held-out instructions in {1}</source>
        <translation>{0} instruksi yang disisihkan dalam {1}</translation>
    </message>
    <message>
        <source>{0} held-out instructions</source>
        <translation>{0} instruksi yang disisihkan</translation>
    </message>
    <message>
        <source>{0} chosen instructions</source>
        <translation>{0} instruksi terpilih</translation>
    </message>
    <message>
        <source>{0} instructions chosen by a filter</source>
        <translation>{0} instruksi yang dipilih dengan filter</translation>
    </message>
    <message>
        <source>{0} prompts from {1}</source>
        <translation>{0} prompt dari {1}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the dataset</source>
        <translation>Ekspor dataset</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>The dataset, its card and its licence are written into this folder. Type a new folder&apos;s name to create it, or choose an empty folder.</source>
        <translation>Dataset, kartunya, dan lisensinya ditulis ke folder ini. Ketik nama folder baru untuk membuatnya, atau pilih folder kosong.</translation>
    </message>
    <message>
        <source>Export the dataset into…</source>
        <translation>Ekspor dataset ke…</translation>
    </message>
    <message>
        <source>{0} already holds files, so the dataset goes into a new folder inside it, named above; change the name if you like.</source>
        <translation>{0} sudah berisi file, jadi dataset masuk ke folder baru di dalamnya, dengan nama di atas; ubah namanya jika mau.</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>Ketik jalur lengkap sebuah folder, atau pilih satu.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} adalah file, bukan folder.</translation>
    </message>
    <message>
        <source>{0} already holds files; choose an empty or new folder.</source>
        <translation>{0} sudah berisi file; pilih folder kosong atau baru.</translation>
    </message>
    <message>
        <source>The dataset goes into this empty folder.</source>
        <translation>Dataset masuk ke folder kosong ini.</translation>
    </message>
    <message>
        <source>This folder will be created.</source>
        <translation>Folder ini akan dibuat.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Parquet (the Hub&apos;s own format)</source>
        <translation>Parquet (format bawaan Hub)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Arrow folder (datasets.load_from_disk)</source>
        <translation>Folder Arrow (datasets.load_from_disk)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln instruksi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln respons</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;Lisensi:&lt;/b&gt; tidak diketahui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Lisensi:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0} ({1})</source>
        <translation>&lt;b&gt;Lisensi:&lt;/b&gt; {0} ({1})</translation>
    </message>
    <message>
        <source>{0} under {1}</source>
        <translation>{0} di bawah {1}</translation>
    </message>
    <message>
        <source> from {0}</source>
        <translation> dari {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Konflik:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Catatan:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing would be exported: no response passes the options.</source>
        <translation>Tidak ada yang akan diekspor: tidak ada respons yang memenuhi opsi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Bahasa:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Ditinggalkan:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing; every response to an included instruction.</source>
        <translation>&lt;b&gt;Ditinggalkan:&lt;/b&gt; tidak ada; setiap respons untuk instruksi yang disertakan.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>Only the selected response of each instruction</source>
        <translation>Hanya respons terpilih dari setiap instruksi</translation>
    </message>
    <message>
        <source>Only responses accepted in review</source>
        <translation>Hanya respons yang diterima saat tinjauan</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Skor apa saja</translation>
    </message>
    <message>
        <source>All languages, or codes such as sw, en</source>
        <translation>Semua bahasa, atau kode seperti sw, en</translation>
    </message>
    <message>
        <source> % of instructions</source>
        <translation> % dari instruksi</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>nama proyek</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Minimum judge score</source>
        <translation>Skor juri minimum</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Bagian uji</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nama di kartu</translation>
    </message>
</context>
<context>
    <name>ExportedBox</name>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)</source>
        <translation>Berkas instruksi (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or</source>
        <translation>Jatuhkan berkas instruksi di sini (CSV, TSV, JSON, JSON Lines, Parquet, teks), atau</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>or a Hugging Face dataset, e.g. CohereForAI/aya_dataset</source>
        <translation>atau dataset Hugging Face, mis. CohereForAI/aya_dataset</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Berkas untuk diimpor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Deteksi otomatis</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Choose instruction files</source>
        <translation>Pilih berkas instruksi</translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message>
        <source>What the fine-tune changed</source>
        <translation>Apa yang diubah pelatihan</translation>
    </message>
    <message>
        <source>A model that compares each pair of answers, in both orders; without one only the answers are measured</source>
        <translation>Model yang membandingkan setiap pasangan jawaban, dalam kedua urutan; tanpa juri hanya jawaban yang diukur</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Tanpa juri</translation>
    </message>
    <message>
        <source>Measure what it changed</source>
        <translation>Ukur perubahannya</translation>
    </message>
    <message>
        <source>The base and the tuned model answer the instructions the run held out (and the judge compares them); stopped, it continues where it stopped</source>
        <translation>Model dasar dan model hasil penyetelan menjawab instruksi yang disisihkan pelatihan (dan juri membandingkannya); jika dihentikan, lanjut dari titik berhenti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juri:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>End cleanly before the limit</source>
        <translation>Selesai dengan rapi sebelum batas</translation>
    </message>
    <message>
        <source>Cut off at the limit</source>
        <translation>Terpotong di batas</translation>
    </message>
    <message>
        <source>Repeat themselves</source>
        <translation>Mengulang diri</translation>
    </message>
    <message>
        <source>Mean length (tokens)</source>
        <translation>Panjang rata-rata (token)</translation>
    </message>
    <message>
        <source>A finished training run shows here what it changed on the instructions it held out.</source>
        <translation>Pelatihan yang selesai menunjukkan di sini apa yang diubahnya pada instruksi yang disisihkan.</translation>
    </message>
    <message>
        <source>“{0}” held no instructions out, so nothing can show what it changed; train with a held-out fraction.</source>
        <translation>“{0}” tidak menyisihkan instruksi, jadi tidak ada yang bisa menunjukkan perubahannya; latih dengan bagian yang disisihkan.</translation>
    </message>
    <message>
        <source>“{0}” has not been measured yet: press “Measure what it changed”.</source>
        <translation>“{0}” belum diukur: tekan “Ukur perubahannya”.</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>“{0}” pada %Ln instruksi sisihan, paling banyak {1:,} token per jawaban: {2} sebelum, {3} sesudah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out loss: {0} at step {1:,}, {2} at step {3:,}.</source>
        <translation>Loss data sisihan: {0} pada langkah {1:,}, {2} pada langkah {3:,}.</translation>
    </message>
    <message>
        <source>No held-out loss was recorded.</source>
        <translation>Tidak ada loss data sisihan yang tercatat.</translation>
    </message>
    <message>
        <source>The judge {0} is a small model: its preferences are weak evidence of what changed.</source>
        <translation>Juri {0} adalah model kecil: preferensinya bukti lemah tentang apa yang berubah.</translation>
    </message>
    <message>
        <source>Too few held-out instructions ({0:,}) for the shares or the interval to mean much; {1:,} or more are needed.</source>
        <translation>Instruksi sisihan terlalu sedikit ({0:,}) agar proporsi atau intervalnya bermakna; perlu {1:,} atau lebih.</translation>
    </message>
    <message>
        <source>No judge compared the answers; choose one to learn which it prefers.</source>
        <translation>Tidak ada juri yang membandingkan jawaban; pilih satu untuk tahu mana yang lebih disukainya.</translation>
    </message>
    <message>
        <source>The judge gave no verdict on any pair.</source>
        <translation>Juri tidak memberi putusan untuk pasangan mana pun.</translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>Juri {0} lebih memilih model hasil penyetelan pada {1} dari %Ln perbandingan, tiap pasangan ditanyakan dalam kedua urutan (interval 95% {2} sampai {3}; menang {4:,}, kalah {5:,}, seri {6:,}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Tokens per character, relative to English</source>
        <translation>Token per karakter, dibanding bahasa Inggris</translation>
    </message>
    <message>
        <source>Tokens per word, relative to English</source>
        <translation>Token per kata, dibanding bahasa Inggris</translation>
    </message>
    <message>
        <source>Tokens for the same text, relative to English (decides the verdict)</source>
        <translation>Token untuk teks yang sama, dibanding bahasa Inggris (menentukan putusan)</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Belum ada pengukuran</translation>
    </message>
    <message>
        <source>{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), {tpw} tokens per word, {share:.0%} byte pieces; {n} instructions.</source>
        <translation>{model}, {language}: {tpc:.2f} token per karakter ({rc:.1f}× bahasa Inggris), {tpw} token per kata, {share:.0%} potongan bita; {n} instruksi.</translation>
    </message>
    <message>
        <source>Poor fit: {reason}.</source>
        <translation>Kurang cocok: {reason}.</translation>
    </message>
    <message>
        <source>no words to count</source>
        <translation>tidak ada kata untuk dihitung</translation>
    </message>
    <message>
        <source>English (1×)</source>
        <translation>Inggris (1×)</translation>
    </message>
    <message>
        <source>poor fit from {:.0f}×</source>
        <translation>kurang cocok mulai {:.0f}×</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>kurang cocok</translation>
    </message>
</context>
<context>
    <name>FitSection</name>
    <message>
        <source>&lt;b&gt;Tokenizer fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kecocokan tokenizer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How many tokens each model needs for each language of the project, compared with English, on up to 500 of the project&apos;s own instructions per language.</source>
        <translation>Berapa token yang diperlukan setiap model untuk setiap bahasa proyek, dibanding bahasa Inggris, pada hingga 500 instruksi milik proyek per bahasa.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Measure the languages and models not measured yet</source>
        <translation>Ukur bahasa dan model yang belum diukur</translation>
    </message>
    <message>
        <source>Tokenizer fit per model and language</source>
        <translation>Kecocokan tokenizer per model dan bahasa</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mengukur…</translation>
    </message>
    <message>
        <source>Measuring {what} ({done} of {total})…</source>
        <translation>Mengukur {what} ({done} dari {total})…</translation>
    </message>
    <message>
        <source>No included instructions with a language yet</source>
        <translation>Belum ada instruksi yang disertakan dengan bahasa</translation>
    </message>
    <message>
        <source>Not measured yet: press Refresh</source>
        <translation>Belum diukur: tekan Segarkan</translation>
    </message>
    <message>
        <source>{model}: not measured ({why}).</source>
        <translation>{model}: belum diukur ({why}).</translation>
    </message>
    <message>
        <source>{model} is a poor fit for {languages}.</source>
        <translation>{model} kurang cocok untuk {languages}.</translation>
    </message>
    <message>
        <source>English reference: Handloom&apos;s own 60 English instructions (the project has too few in English).</source>
        <translation>Acuan bahasa Inggris: 60 instruksi bahasa Inggris milik Handloom (proyek ini terlalu sedikit memiliki instruksi bahasa Inggris).</translation>
    </message>
    <message>
        <source>Hover a bar for its numbers and the reason.</source>
        <translation>Arahkan penunjuk ke batang untuk melihat angka dan alasannya.</translation>
    </message>
    <message>
        <source>{n} measurements are missing.</source>
        <translation>{n} pengukuran belum ada.</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Responses per instruction (the seed method keeps the best of 6)</source>
        <translation>Respons per instruksi (metode asal menyimpan yang terbaik dari 6)</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Urutan yang didekode bersama oleh llama.cpp</translation>
    </message>
    <message>
        <source>Requests in flight to the server</source>
        <translation>Permintaan serentak ke server</translation>
    </message>
    <message>
        <source>variable holding the API key, if any</source>
        <translation>variabel yang memuat kunci API, jika ada</translation>
    </message>
    <message>
        <source>random</source>
        <translation>acak</translation>
    </message>
    <message>
        <source>A fixed seed makes the responses reproducible</source>
        <translation>Seed tetap membuat respons dapat diulang</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>setiap bahasa</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Only the first N included instructions</source>
        <translation>Hanya N instruksi pertama yang disertakan</translation>
    </message>
    <message>
        <source>A system prompt for every request (optional)</source>
        <translation>Prompt sistem untuk setiap permintaan (opsional)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Responses each</source>
        <translation>Respons masing-masing</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Paralel</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Konkurensi</translation>
    </message>
    <message>
        <source>API key from</source>
        <translation>Kunci API dari</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Token maks.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Suhu</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Stop now; Resume continues where it stopped</source>
        <translation>Berhenti sekarang; Lanjutkan meneruskan dari titik berhenti</translation>
    </message>
    <message>
        <source>Stop and forget this run (responses written stay)</source>
        <translation>Hentikan dan lupakan proses ini (respons yang sudah ditulis tetap ada)</translation>
    </message>
    <message>
        <source>The CPUs are shared with other programs, so generation is slower until they finish.</source>
        <translation>CPU dipakai bersama program lain, jadi pembuatan lebih lambat sampai program itu selesai.</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>Sedang ditulis</translation>
    </message>
    <message>
        <source>Responses by instruction</source>
        <translation>Respons per instruksi</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Daftarkan model di halaman Model dulu.</translation>
    </message>
    <message>
        <source>There are no included instructions to answer with these settings.</source>
        <translation>Tidak ada instruksi yang disertakan untuk dijawab dengan pengaturan ini.</translation>
    </message>
    <message>
        <source>All {0:,} responses with these settings are written.</source>
        <translation>Semua {0:,} respons dengan pengaturan ini sudah ditulis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} responses with these settings still to write.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; dari {1:,} respons dengan pengaturan ini belum ditulis.</translation>
    </message>
    <message>
        <source>Choose a model to generate with.</source>
        <translation>Pilih model untuk menghasilkan.</translation>
    </message>
    <message>
        <source>Writing responses</source>
        <translation>Menulis respons</translation>
    </message>
    <message>
        <source>Wrote {0:,} responses ({1:,} tokens, {2} tokens/s).</source>
        <translation>Menulis {0:,} respons ({1:,} token, {2} token/dtk).</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Berhenti karena galat; Lanjutkan mencoba lagi yang kurang.</translation>
    </message>
    <message>
        <source>Paused; Resume continues where it stopped.</source>
        <translation>Dijeda; Lanjutkan meneruskan dari titik berhenti.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Continue generating with {0} ({1}{2})</source>
        <translation>Lanjutkan menghasilkan dengan {0} ({1}{2})</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>See the whole method at a glance: how many instructions reached each stage, what is running, and the next step.</source>
        <translation>Lihat seluruh metode sekilas: berapa instruksi yang sampai di setiap tahap, apa yang sedang berjalan, dan langkah berikutnya.</translation>
    </message>
    <message>
        <source>Bring in instructions people wrote: CSV, JSON Lines, Parquet or text files, or a Hugging Face dataset.</source>
        <translation>Masukkan instruksi yang ditulis orang: berkas CSV, JSON Lines, Parquet atau teks, atau dataset Hugging Face.</translation>
    </message>
    <message>
        <source>Drop unsafe, templated and duplicate instructions, and decide what happens to personal data.</source>
        <translation>Buang instruksi yang tidak aman, bertemplat, atau duplikat, dan tentukan apa yang terjadi pada data pribadi.</translation>
    </message>
    <message>
        <source>Add the local GGUF models that answer, judge and get trained, or servers that run them.</source>
        <translation>Tambahkan model GGUF lokal yang menjawab, menilai, dan dilatih, atau server yang menjalankannya.</translation>
    </message>
    <message>
        <source>If you like, translate the instructions into your language with a model.</source>
        <translation>Jika mau, terjemahkan instruksi ke bahasa Anda dengan sebuah model.</translation>
    </message>
    <message>
        <source>Let a model answer every instruction, once or several times.</source>
        <translation>Biarkan model menjawab setiap instruksi, sekali atau beberapa kali.</translation>
    </message>
    <message>
        <source>Let a model score each response from 0 to 10 with its reasons, and keep the best one.</source>
        <translation>Biarkan model memberi skor 0 sampai 10 untuk setiap respons beserta alasannya, lalu simpan yang terbaik.</translation>
    </message>
    <message>
        <source>Accept, reject or edit the instructions and responses yourself, from the keyboard.</source>
        <translation>Terima, tolak, atau sunting sendiri instruksi dan respons, dengan papan ketik.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the accepted pairs.</source>
        <translation>Latih lanjut model dengan pasangan yang diterima.</translation>
    </message>
    <message>
        <source>Put the base and the tuned model side by side and vote without knowing which is which.</source>
        <translation>Sandingkan model dasar dan model hasil latihan, lalu beri suara tanpa tahu mana yang mana.</translation>
    </message>
    <message>
        <source>Export the dataset with its card, and send it to the Hugging Face Hub when you are online.</source>
        <translation>Ekspor dataset beserta kartunya, dan kirim ke Hugging Face Hub saat Anda daring.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <source>Handloom builds a dataset in stages, one page each, in this order. Open the demo project or a project of your own from the File menu, then go through the pages from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page.</source>
        <translation>Handloom membangun dataset secara bertahap, satu halaman per tahap, dengan urutan ini. Buka proyek demo atau proyek Anda sendiri dari menu Berkas, lalu ikuti halaman dari atas bilah samping; Ctrl+1 sampai Ctrl+0 langsung membuka sebuah halaman.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Istilah</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Two columns: the term, its translation (a header row is skipped)</source>
        <translation>Dua kolom: istilah, terjemahannya (baris judul dilewati)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>%Ln istilah untuk {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>%Ln istilah glosarium diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Impor glosarium</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Glosarium (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the Hugging Face Hub</source>
        <translation>Masuk ke Hugging Face Hub</translation>
    </message>
    <message>
        <source>Publishing to the Hub needs an access token with write permission: create one on huggingface.co under Settings → Access Tokens and paste it here. Handloom checks it with the Hub and keeps it where the Hugging Face tools keep their login on this computer, never in the project.</source>
        <translation>Menerbitkan ke Hub memerlukan token akses dengan izin tulis: buat satu di huggingface.co pada Settings → Access Tokens lalu tempel di sini. Handloom memeriksanya dengan Hub dan menyimpannya di tempat alat Hugging Face menyimpan login di komputer ini, tidak pernah di proyek.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Signed in on this computer: pushes use the stored login.</source>
        <translation>Sudah masuk di komputer ini: pengiriman memakai login yang tersimpan.</translation>
    </message>
    <message>
        <source>The HF_TOKEN variable holds a token, and pushes use it; signing out here does not change it.</source>
        <translation>Variabel HF_TOKEN berisi token, dan pengiriman memakainya; keluar di sini tidak mengubahnya.</translation>
    </message>
    <message>
        <source>Not signed in: a push waits in the push queue until you sign in.</source>
        <translation>Belum masuk: pengiriman menunggu di antrean kirim sampai Anda masuk.</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Memeriksa token dengan Hub…</translation>
    </message>
    <message>
        <source>Signed in to the Hub as {0}.</source>
        <translation>Masuk ke Hub sebagai {0}.</translation>
    </message>
    <message>
        <source>Signed in to the Hub.</source>
        <translation>Sudah masuk ke Hub.</translation>
    </message>
    <message>
        <source>Signed out: the stored login was removed from this computer.</source>
        <translation>Sudah keluar: login yang tersimpan dihapus dari komputer ini.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or who allowed its use</source>
        <translation>mis. CC-BY-4.0, atau siapa yang mengizinkan penggunaannya</translation>
    </message>
    <message>
        <source>detect per row</source>
        <translation>deteksi per baris</translation>
    </message>
    <message>
        <source>Skip bad rows (and list their lines)</source>
        <translation>Lewati baris rusak (dan tampilkan nomor barisnya)</translation>
    </message>
    <message>
        <source>Import even if imported before</source>
        <translation>Impor meskipun pernah diimpor</translation>
    </message>
    <message>
        <source>Columns and options</source>
        <translation>Kolom dan opsi</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>Lisensi data</translation>
    </message>
    <message>
        <source>Language of every row</source>
        <translation>Bahasa setiap baris</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose or drop a file to see its first rows here.</source>
        <translation>Pilih atau jatuhkan berkas untuk melihat baris pertamanya di sini.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Membaca baris pertama…</translation>
    </message>
    <message>
        <source>This file cannot be previewed (see above).</source>
        <translation>Berkas ini tidak dapat dipratinjau (lihat di atas).</translation>
    </message>
    <message>
        <source>The first {0} rows, read as {1}.</source>
        <translation>{0} baris pertama, dibaca sebagai {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>Baris</numerusform>
        </translation>
    </message>
    <message>
        <source> {0} {1} could not be read; tick “Skip bad rows” to import the rest.</source>
        <translation> {0} {1} tidak dapat dibaca; centang “Lewati baris rusak” untuk mengimpor sisanya.</translation>
    </message>
    <message>
        <source>Import cancelled; Resume (above) continues it.</source>
        <translation>Impor dibatalkan; Lanjutkan (di atas) meneruskannya.</translation>
    </message>
    <message>
        <source>The import stopped (see the message above).</source>
        <translation>Impor berhenti (lihat pesan di atas).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Instruction column</source>
        <translation>Kolom instruksi</translation>
    </message>
    <message>
        <source>Language column</source>
        <translation>Kolom bahasa</translation>
    </message>
    <message>
        <source>Author column</source>
        <translation>Kolom penulis</translation>
    </message>
    <message>
        <source>Licence column</source>
        <translation>Kolom lisensi</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>Kolom id baris</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <source>Select an instruction to see it in full.</source>
        <translation>Pilih instruksi untuk melihatnya secara lengkap.</translation>
    </message>
</context>
<context>
    <name>InstructionModel</name>
    <message>
        <source>Instruction</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Aksara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Dikecualikan sebagai</translation>
    </message>
    <message>
        <source>{0}: the language identifiers were not sure</source>
        <translation>{0}: pengenal bahasa tidak yakin</translation>
    </message>
</context>
<context>
    <name>InstructionTable</name>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Wait for the running job to finish or cancel it first.</source>
        <translation>Tunggu tugas yang berjalan selesai atau batalkan dulu.</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> pada {0:,} dari {1:,}</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Importing instructions</source>
        <translation>Mengimpor instruksi</translation>
    </message>
    <message>
        <source>Curating</source>
        <translation>Mengkurasi</translation>
    </message>
    <message>
        <source>Writing follow-up questions</source>
        <translation>Menulis pertanyaan lanjutan</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>Mengekspor dataset</translation>
    </message>
    <message>
        <source>Publishing to the Hub</source>
        <translation>Menerbitkan ke Hub</translation>
    </message>
    <message>
        <source>Importing from the Hub</source>
        <translation>Mengimpor dari Hub</translation>
    </message>
    <message>
        <source>Merging the other copy</source>
        <translation>Menggabungkan salinan lain</translation>
    </message>
    <message>
        <source>Writing the batch file</source>
        <translation>Menulis berkas batch</translation>
    </message>
    <message>
        <source>Recording batch results</source>
        <translation>Mencatat hasil batch</translation>
    </message>
    <message>
        <source>Exporting the training run</source>
        <translation>Mengekspor sesi pelatihan</translation>
    </message>
    <message>
        <source>Bringing back the training run</source>
        <translation>Membawa kembali sesi pelatihan</translation>
    </message>
    <message>
        <source>Lifting exclusions</source>
        <translation>Mencabut pengecualian</translation>
    </message>
    <message>
        <source>Answering follow-up questions</source>
        <translation>Menjawab pertanyaan lanjutan</translation>
    </message>
    <message>
        <source>Judging follow-ups</source>
        <translation>Menilai jawaban lanjutan</translation>
    </message>
    <message>
        <source>Curating: {0}</source>
        <translation>Mengkurasi: {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Kurasi</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Pembuatan</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Flagging</source>
        <translation>Penandaan</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Pertanyaan lanjutan</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Penerjemahan</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Comparison answers</source>
        <translation>Jawaban perbandingan</translation>
    </message>
    <message>
        <source>Comparison judging</source>
        <translation>Penilaian perbandingan</translation>
    </message>
    <message>
        <source>Writing a batch file</source>
        <translation>Menulis berkas batch</translation>
    </message>
    <message>
        <source>Reading a batch file</source>
        <translation>Membaca berkas batch</translation>
    </message>
    <message>
        <source>Exporting a training run</source>
        <translation>Mengekspor sesi pelatihan</translation>
    </message>
    <message>
        <source>Tokenizer fit</source>
        <translation>Kecocokan tokenizer</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} dari {1}</translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation>{0} {1}{2}.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>JudgeBox</name>
    <message>
        <source>LLM judge</source>
        <translation>Juri LLM</translation>
    </message>
    <message>
        <source>Run the judge</source>
        <translation>Jalankan juri</translation>
    </message>
    <message>
        <source>Also grade each answer 1–10</source>
        <translation>Beri juga nilai 1–10 untuk setiap jawaban</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Model juri</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Token maks.</translation>
    </message>
    <message>
        <source>Each pair is asked in both orders; contradictory verdicts count as ties.</source>
        <translation>Setiap pasangan ditanyakan dalam kedua urutan; putusan yang bertentangan dihitung seri.</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>All responses</source>
        <translation>Semua respons</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Per bahasa</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>Per model</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>There are no responses to judge yet: generate some first.</source>
        <translation>Belum ada respons untuk dinilai: hasilkan dulu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; responses judged, {1:,} unreadable, {2:,} not judged yet; &lt;b&gt;{3:,}&lt;/b&gt; selected.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; respons dinilai, {1:,} tak terbaca, {2:,} belum dinilai; &lt;b&gt;{3:,}&lt;/b&gt; terpilih.</translation>
    </message>
    <message>
        <source>Judging responses</source>
        <translation>Menilai respons</translation>
    </message>
    <message>
        <source>{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}.</source>
        <translation>{0} (rubrik v{1}) menilai {2:,} respons, {3:,} tak terbaca, {4:,} kosong diberi skor 0; skor rata-rata {5}.</translation>
    </message>
    <message>
        <source>Cancelled; Judge again continues where it stopped.</source>
        <translation>Dibatalkan; Nilai lagi meneruskan dari titik berhenti.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} instructions have a selected response.</source>
        <translation>{0:,} dari {1:,} instruksi memiliki respons terpilih.</translation>
    </message>
    <message>
        <source>Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person).</source>
        <translation>Memilih respons terbaik untuk {0:,} dari {1:,} instruksi (skor {2:g} atau lebih; {3:,} diterima oleh orang).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>%Ln lanjutan, {0:,} disimpan dengan skor {1:g} atau lebih, {2:,} gagal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Pilih model dulu.</translation>
    </message>
</context>
<context>
    <name>JudgeRun</name>
    <message>
        <source>Judge the responses</source>
        <translation>Nilai respons</translation>
    </message>
    <message>
        <source>Room for the judge&apos;s rationale and score</source>
        <translation>Ruang untuk alasan dan skor juri</translation>
    </message>
    <message>
        <source>Only responses no judge has scored</source>
        <translation>Hanya respons yang belum dinilai juri mana pun</translation>
    </message>
    <message>
        <source>Judge unreadable judgements again</source>
        <translation>Nilai lagi penilaian yang tak terbaca</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Model juri</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Paralel</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Token maks.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Set language</source>
        <translation>Tetapkan bahasa</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>Tetapkan bahasa %n instruksi. Bahasa yang ditetapkan di sini tetap disimpan: mengenali bahasa lagi tidak pernah mengubahnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>Ketik bahasa atau kodenya</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>The loss curve appears here while a run trains.</source>
        <translation>Kurva loss muncul di sini selama pelatihan berjalan.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>langkah {0}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>loss pelatihan</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>loss data sisihan</translation>
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
        <translation>Halaman</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Proyek &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>B&amp;uka proyek…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>&amp;Gabungkan salinan lain…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Tampilkan di &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Tidak ada proyek terakhir</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <source>Handloom projects (*.handloom)</source>
        <translation>Proyek Handloom (*.handloom)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <source>{0} is in {1}</source>
        <translation>{0} ada di {1}</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>Gabungkan salinan lain</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read.

Put back its latest automatic backup, {1} (saved {2})? The damaged file is kept beside it; changes made since the backup are not in it.</source>
        <translation>{0} rusak dan tidak dapat dibaca.

Kembalikan cadangan otomatis terbarunya, {1} (disimpan {2})? Berkas yang rusak tetap disimpan di sebelahnya; perubahan sejak cadangan itu tidak ada di dalamnya.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Pulihkan cadangan?</translation>
    </message>
    <message>
        <source>Restored {0} from {1}; the damaged file is kept as {2}.</source>
        <translation>{0} dipulihkan dari {1}; berkas yang rusak disimpan sebagai {2}.</translation>
    </message>
    <message>
        <source>{0} already exists; open it instead.</source>
        <translation>{0} sudah ada; buka saja.</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>Membuat {0}…</translation>
    </message>
    <message>
        <source>{0} — Handloom</source>
        <translation>{0} — Handloom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item.
What name should it use for you?</source>
        <translation>Handloom mencatat siapa yang mengimpor, meninjau, atau mengubah setiap butir.
Nama apa yang dipakai untuk Anda?</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>a table of columns</source>
        <translation>tabel kolom</translation>
    </message>
    <message>
        <source>{0} (recognised from its columns)</source>
        <translation>{0} (dikenali dari kolomnya)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {0}</source>
        <translation>Gabungkan {0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Checking what {0} would bring in… Nothing is changed until you press Merge.</source>
        <translation>Memeriksa apa yang akan dibawa {0}… Tidak ada yang berubah sampai Anda menekan Gabungkan.</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>Menggabungkan {0}…</translation>
    </message>
    <message>
        <source>Merging {0} would do this. Press Merge to bring it in; the other file is only read.</source>
        <translation>Menggabungkan {0} akan melakukan ini. Tekan Gabungkan untuk memasukkannya; berkas lainnya hanya dibaca.</translation>
    </message>
    <message>
        <source>{0} holds nothing this project lacks.</source>
        <translation>{0} tidak memuat apa pun yang belum ada di proyek ini.</translation>
    </message>
    <message>
        <source>Merged {0}.</source>
        <translation>{0} digabungkan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>This file cannot be merged; this project was left untouched.</source>
        <translation>Berkas ini tidak dapat digabungkan; proyek ini tidak diubah.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln tugas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln sumber</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>%Ln model</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>%Ln rubrik</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>%Ln templat prompt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>%Ln istilah glosarium</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln instruksi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exclusion(s)</source>
        <translation><numerusform>%Ln pengecualian</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation><numerusform>%Ln terjemahan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln respons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>%Ln penanda respons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>%Ln pertanyaan lanjutan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>%Ln penilaian</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln tinjauan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>%Ln putaran pelatihan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>%Ln pengukuran pelatihan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>%Ln baris pelatihan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>%Ln set evaluasi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>%Ln butir evaluasi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>%Ln jawaban evaluasi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>%Ln suara perbandingan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>%Ln nilai jawaban</numerusform></translation>
    </message>
    <message>
        <source>Renamed model “{0}” to “{1}”.</source>
        <translation>Model “{0}” diganti namanya menjadi “{1}”.</translation>
    </message>
    <message>
        <source>Renamed training run “{0}” to “{1}”.</source>
        <translation>Putaran pelatihan “{0}” diganti namanya menjadi “{1}”.</translation>
    </message>
    <message>
        <source>Renamed evaluation set “{0}” to “{1}”.</source>
        <translation>Set evaluasi “{0}” diganti namanya menjadi “{1}”.</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• respons untuk “{0}”: di sini {1} oleh {2}, di sana {3} oleh {4} → kini {5}</translation>
    </message>
    <message>
        <source>• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• instruksi “{0}”: di sini {1} oleh {2}, di sana {3} oleh {4} → kini {5}</translation>
    </message>
    <message>
        <source>{0} {1}: here {2} by {3}, there {4} by {5} → now {6}</source>
        <translation>{0} {1}: di sini {2} oleh {3}, di sana {4} oleh {5} → kini {6}</translation>
    </message>
    <message>
        <source>Nothing new: everything is already here.</source>
        <translation>Tidak ada yang baru: semuanya sudah ada di sini.</translation>
    </message>
    <message>
        <source>Would bring in {0}.</source>
        <translation>Akan membawa masuk {0}.</translation>
    </message>
    <message>
        <source>Brought in {0}.</source>
        <translation>Telah membawa masuk {0}.</translation>
    </message>
    <message>
        <source>The other file uses schema {0}; a temporary copy was upgraded and the file itself left untouched.</source>
        <translation>Berkas lain memakai skema {0}; salinan sementara ditingkatkan dan berkas itu sendiri tidak disentuh.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>%Ln butir dibuat di kedua salinan; yang ada di sini dipertahankan.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>%Ln respons dihasilkan berbeda di kedua salinan; milik mereka disimpan sebagai sampel tambahan.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>%Ln tinjauan dibatalkan di salinan lain; dibatalkan juga di sini.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>%Ln instruksi dikurasi berbeda di sana; kurasi di sini dipertahankan.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>%Ln butir ditinjau berbeda; kedua tinjauan disimpan dan yang terbaru menentukan:</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{0}  (server)</source>
        <translation>{0}  (server)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arsitektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Kuantisasi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Templat obrolan</translation>
    </message>
    <message>
        <source>GGUF file</source>
        <translation>Berkas GGUF</translation>
    </message>
    <message>
        <source>GGUF + adapter</source>
        <translation>GGUF + adaptor</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>none: plain completion</source>
        <translation>tidak ada: penyelesaian biasa</translation>
    </message>
    <message>
        <source>plain completion</source>
        <translation>penyelesaian biasa</translation>
    </message>
    <message>
        <source>instruction / response</source>
        <translation>instruksi / respons</translation>
    </message>
    <message>
        <source>Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs.</source>
        <translation>Model menulis dan menilai respons. Setiap proyek memiliki dua model bawaan; tambahkan berkas GGUF dari komputer ini, atau model di server untuk tugas yang lebih besar.</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>Model terdaftar</translation>
    </message>
    <message>
        <source>Add GGUF file…</source>
        <translation>Tambah berkas GGUF…</translation>
    </message>
    <message>
        <source>Add model on a server…</source>
        <translation>Tambah model di server…</translation>
    </message>
    <message>
        <source>Run models on:</source>
        <translation>Jalankan model di:</translation>
    </message>
    <message>
        <source>Models loaded from now on use this; a job already running keeps its device.</source>
        <translation>Model yang dimuat mulai sekarang memakai ini; tugas yang sedang berjalan tetap di perangkatnya.</translation>
    </message>
    <message>
        <source>Finding out where models run…</source>
        <translation>Mencari tahu di mana model berjalan…</translation>
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
        <translation>Model berjalan di: CPU dengan kode {0} ({1} thread); {2} tidak dipakai.</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads) — no GPU found.</source>
        <translation>Model berjalan di: CPU dengan kode {0} ({1} thread) — tidak ada GPU yang ditemukan.</translation>
    </message>
    <message>
        <source>{0}  (bundled)</source>
        <translation>{0}  (bawaan)</translation>
    </message>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>konteks %Ln token</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out where models run.</source>
        <translation>Tidak dapat mengetahui di mana model berjalan.</translation>
    </message>
    <message>
        <source>Models run on: {0}, every layer offloaded to the GPU.</source>
        <translation>Model berjalan di: {0}, semua lapisan dipindahkan ke GPU.</translation>
    </message>
    <message>
        <source>This installation&apos;s llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.</source>
        <translation>llama.cpp pada instalasi ini tidak mendukung GPU, atau tidak menemukan GPU yang dapat dipakai. Edisi CUDA dan Vulkan memakai GPU jika ada.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s CPU code: {0}, chosen for this processor when Handloom starts.</source>
        <translation>Kode CPU llama.cpp: {0}, dipilih untuk prosesor ini saat Handloom dimulai.</translation>
    </message>
    <message>
        <source>Could not save the choice: {0}</source>
        <translation>Tidak dapat menyimpan pilihan: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>milik server</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>milik model sendiri</translation>
    </message>
    <message>
        <source>The prompt format for a model whose file has no chat template</source>
        <translation>Format prompt untuk model yang berkasnya tidak memiliki templat obrolan</translation>
    </message>
    <message>
        <source>{0} models registered.</source>
        <translation>{0} model terdaftar.</translation>
    </message>
    <message>
        <source>serves “{0}”</source>
        <translation>menyajikan “{0}”</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>Tambah model GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Model GGUF (*.gguf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Membaca {0}…</translation>
    </message>
    <message>
        <source>Say which model the server should run.</source>
        <translation>Sebutkan model yang harus dijalankan server.</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>{0}  (+ adapter)</source>
        <translation>{0}  (+ adaptor)</translation>
    </message>
    <message>
        <source>Models to compare (2–4)</source>
        <translation>Model untuk dibandingkan (2–4)</translation>
    </message>
    <message>
        <source>GGUF models, tuned models (GGUF + adapter) and servers are added on the Models page.</source>
        <translation>Model GGUF, model hasil penyetelan (GGUF + adaptor), dan server ditambahkan di halaman Model.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} prompts answered</source>
        <translation>{0}: {1} dari {2} prompt terjawab</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Hide this hint</source>
        <translation>Sembunyikan petunjuk ini</translation>
    </message>
    <message>
        <source>This project is empty. Start by importing instructions: a file of instructions people wrote (CSV, JSON Lines, Parquet or text).</source>
        <translation>Proyek ini kosong. Mulailah dengan mengimpor instruksi: berkas berisi instruksi yang ditulis orang (CSV, JSON Lines, Parquet, atau teks).</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>Buka Impor</translation>
    </message>
    <message>
        <source>Go to Models</source>
        <translation>Buka Model</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Lanjut ke langkah berikutnya</translation>
    </message>
    <message>
        <source>This is the demo project, kept at {0}.</source>
        <translation>Ini proyek demo, disimpan di {0}.</translation>
    </message>
    <message>
        <source>Next: filter out duplicates, templated prompts and personal data on the Curate page.</source>
        <translation>Berikutnya: buang duplikat, prompt bertemplat, dan data pribadi di halaman Kurasi.</translation>
    </message>
    <message>
        <source>Go to Curate</source>
        <translation>Buka Kurasi</translation>
    </message>
    <message>
        <source>Next: add a model on the Models page to answer the instructions.</source>
        <translation>Berikutnya: tambahkan model di halaman Model untuk menjawab instruksi.</translation>
    </message>
    <message>
        <source>Next: answer the instructions with a model on the Generate page.</source>
        <translation>Berikutnya: jawab instruksi dengan model di halaman Hasilkan.</translation>
    </message>
    <message>
        <source>Go to Generate</source>
        <translation>Buka Hasilkan</translation>
    </message>
    <message>
        <source>Next: let a model judge the responses on the Judge page, or review them yourself on the Review page.</source>
        <translation>Berikutnya: biarkan model menilai respons di halaman Nilai, atau tinjau sendiri di halaman Tinjau.</translation>
    </message>
    <message>
        <source>Go to Judge</source>
        <translation>Buka Nilai</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Disertakan</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Diterjemahkan</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Dipilih</translation>
    </message>
    <message>
        <source>With a second turn</source>
        <translation>Dengan giliran kedua</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Baris pelatihan</translation>
    </message>
    <message>
        <source>A job is running. Watch it on its page.</source>
        <translation>Sebuah tugas sedang berjalan. Pantau di halamannya.</translation>
    </message>
    <message>
        <source>A job stopped before the end. Resume it on its page.</source>
        <translation>Sebuah tugas berhenti sebelum selesai. Lanjutkan di halamannya.</translation>
    </message>
    <message>
        <source>Import the instructions people wrote.</source>
        <translation>Impor instruksi yang ditulis orang.</translation>
    </message>
    <message>
        <source>Filter out duplicates, templated prompts and personal data.</source>
        <translation>Buang duplikat, prompt bertemplat, dan data pribadi.</translation>
    </message>
    <message>
        <source>Answer the included instructions with an open-weight model.</source>
        <translation>Jawab instruksi yang disertakan dengan model bobot terbuka.</translation>
    </message>
    <message>
        <source>Have a judge model score the answers from 0 to 10.</source>
        <translation>Minta model juri memberi skor 0 sampai 10 pada respons.</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction.</source>
        <translation>Simpan respons terbaik untuk tiap instruksi.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the selected pairs.</source>
        <translation>Latih model pada pasangan yang dipilih.</translation>
    </message>
    <message>
        <source>Compare the tuned model with other models.</source>
        <translation>Bandingkan model hasil penyetelan dengan model lain.</translation>
    </message>
    <message>
        <source>Publish the dataset and the model.</source>
        <translation>Terbitkan dataset dan modelnya.</translation>
    </message>
    <message>
        <source>Watch the running job</source>
        <translation>Pantau tugas yang berjalan</translation>
    </message>
    <message>
        <source>Resume the stopped job</source>
        <translation>Lanjutkan tugas yang berhenti</translation>
    </message>
    <message>
        <source>Import instructions</source>
        <translation>Impor instruksi</translation>
    </message>
    <message>
        <source>Curate the instructions</source>
        <translation>Kurasi instruksi</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Hasilkan respons</translation>
    </message>
    <message>
        <source>Judge the answers</source>
        <translation>Nilai respons</translation>
    </message>
    <message>
        <source>Select the best answers</source>
        <translation>Pilih respons terbaik</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Latih model</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Bandingkan model</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>failed; Resume continues it</source>
        <translation>gagal; Lanjutkan meneruskannya</translation>
    </message>
    <message>
        <source>stopped; Resume continues it</source>
        <translation>berhenti; Lanjutkan meneruskannya</translation>
    </message>
    <message>
        <source>interrupted; Resume continues it</source>
        <translation>terputus; Lanjutkan meneruskannya</translation>
    </message>
    <message>
        <source>Run every stage of the method one after another, as a recipe: stopped or interrupted, it resumes at the stage where it stopped.</source>
        <translation>Jalankan semua tahap metode satu demi satu, sebagai resep: jika dihentikan atau terputus, resep berlanjut dari tahap tempat ia berhenti.</translation>
    </message>
    <message>
        <source>The recipe stopped. Resume continues it at the stage where it stopped.</source>
        <translation>Resep berhenti. Lanjutkan meneruskannya dari tahap tempat ia berhenti.</translation>
    </message>
    <message>
        <source>Starting the recipe…</source>
        <translation>Memulai resep…</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Tahap {0} dari {1}: {2}</translation>
    </message>
    <message>
        <source>The recipe “{0}” ran to its end.</source>
        <translation>Resep “{0}” berjalan sampai selesai.</translation>
    </message>
    <message>
        <source>From imported instructions to training rows</source>
        <translation>Dari instruksi yang diimpor sampai baris pelatihan</translation>
    </message>
    <message>
        <source>Open the page of this stage</source>
        <translation>Buka halaman tahap ini</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>The seed method in one go</source>
        <translation>Metode asal sekaligus</translation>
    </message>
    <message>
        <source>The recipe&apos;s current stage</source>
        <translation>Tahap resep saat ini</translation>
    </message>
    <message>
        <source>Run the seed method…</source>
        <translation>Jalankan metode asal…</translation>
    </message>
    <message>
        <source>Choose a recipe, see its plan, and run every stage one after another</source>
        <translation>Pilih resep, lihat rencananya, lalu jalankan semua tahap satu demi satu</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stop after the current unit of work; Resume continues from there</source>
        <translation>Hentikan setelah satuan kerja saat ini; Lanjutkan meneruskan dari sana</translation>
    </message>
    <message>
        <source>Resume the seed method</source>
        <translation>Lanjutkan metode asal</translation>
    </message>
    <message>
        <source>Continue the recipe that stopped, at the stage where it stopped</source>
        <translation>Teruskan resep yang berhenti, dari tahap tempat ia berhenti</translation>
    </message>
    <message>
        <source>Running: {0} ({1} of {2})</source>
        <translation>Berjalan: {0} ({1} dari {2})</translation>
    </message>
    <message>
        <source>Stopped: {0} ({1})</source>
        <translation>Berhenti: {0} ({1})</translation>
    </message>
    <message>
        <source>No job is running, and none stopped before its end.</source>
        <translation>Tidak ada tugas yang berjalan, dan tidak ada yang berhenti sebelum selesai.</translation>
    </message>
    <message>
        <source>Recipe “{0}”: {1}</source>
        <translation>Resep “{0}”: {1}</translation>
    </message>
    <message>
        <source>What {0} changed on {1} held-out instructions: answers that end cleanly {2} before, {3} after.</source>
        <translation>Yang diubah {0} pada {1} instruksi yang disisihkan: respons yang berakhir dengan rapi {2} sebelum, {3} sesudah.</translation>
    </message>
    <message>
        <source>The judge preferred the tuned model in {0} of comparisons (95% interval {1} to {2}).</source>
        <translation>Juri lebih memilih model hasil penyetelan pada {0} perbandingan (interval 95% {1} sampai {2}).</translation>
    </message>
    <message>
        <source>Too few instructions or too weak a judge for these figures to mean much.</source>
        <translation>Instruksinya terlalu sedikit atau jurinya terlalu lemah sehingga angka ini kurang bermakna.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Curate</source>
        <translation>Kurasi</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Hasilkan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjau</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Terjemahkan</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Latih</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{0} tokens/s</source>
        <translation>{0} token/dtk</translation>
    </message>
    <message>
        <source>{0} per second</source>
        <translation>{0} per detik</translation>
    </message>
    <message>
        <source>{0} per minute</source>
        <translation>{0} per menit</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>Waiting for the other model job to finish…</source>
        <translation>Menunggu tugas model lainnya selesai…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Memuat model…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Memuat {0}…</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>sisa {0}</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v dari %m</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Choose the languages to see their prompt.</source>
        <translation>Pilih bahasanya untuk melihat prompt-nya.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Simpan sebagai versi baru</translation>
    </message>
    <message>
        <source>Must contain {text}; may use {glossary}, {source_language} and {target_language}</source>
        <translation>Harus memuat {text}; boleh memakai {glossary}, {source_language}, dan {target_language}</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Back to the stored prompt</source>
        <translation>Kembali ke prompt yang tersimpan</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Start again from Handloom&apos;s default prompt</source>
        <translation>Mulai lagi dari prompt bawaan Handloom</translation>
    </message>
    <message>
        <source>Choose a model and the languages first.</source>
        <translation>Pilih model dan bahasanya dulu.</translation>
    </message>
    <message>
        <source>Prompt for {0} → {1}</source>
        <translation>Prompt untuk {0} → {1}</translation>
    </message>
    <message>
        <source>Handloom&apos;s default prompt (saved as version 1 on first use).</source>
        <translation>Prompt bawaan Handloom (disimpan sebagai versi 1 saat pertama dipakai).</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>Versi {0}, disimpan oleh {1} pada {2}.</translation>
    </message>
    <message>
        <source>Saved version {0} of the {1} prompt.</source>
        <translation>Versi {0} dari prompt {1} disimpan.</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Write the dataset into a new or empty folder you name or choose</source>
        <translation>Tulis dataset ke folder baru atau kosong yang Anda namai atau pilih</translation>
    </message>
    <message>
        <source>Publish to the Hub…</source>
        <translation>Terbitkan ke Hub…</translation>
    </message>
    <message>
        <source>Publish model…</source>
        <translation>Terbitkan model…</translation>
    </message>
    <message>
        <source>Upload a model tuned in this project (its adapter)</source>
        <translation>Unggah model yang disetel di proyek ini (adaptornya)</translation>
    </message>
    <message>
        <source>Pull from the Hub…</source>
        <translation>Tarik dari Hub…</translation>
    </message>
    <message>
        <source>Give Handloom a Hugging Face access token for publishing, or remove it</source>
        <translation>Berikan token akses Hugging Face kepada Handloom untuk menerbitkan, atau hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Hugging Face sign-in…</source>
        <translation>Masuk ke Hugging Face…</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, the upload waits in this project&apos;s push queue.</source>
        <translation>Handloom memakai proses masuk Hugging Face Anda (“{0}” di halaman Terbitkan) atau variabel HF_TOKEN; token tidak pernah ditampilkan atau disimpan di proyek. Saat offline, unggahan menunggu di antrean kirim proyek ini.</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>pemilik/nama</translation>
    </message>
    <message>
        <source>Private repository (only you and your organisation see it)</source>
        <translation>Repositori privat (hanya Anda dan organisasi Anda yang dapat melihatnya)</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>Model hasil penyetelan</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Repositori Hub</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>What goes into the dataset</source>
        <translation>Apa yang masuk ke dataset</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>Antrean kirim</translation>
    </message>
    <message>
        <source>Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence.</source>
        <translation>Menulis {0:,} baris ({1}) ke {2} sebagai {3}, dengan kartu dataset dan lisensinya.</translation>
    </message>
    <message>
        <source>Publish the dataset</source>
        <translation>Terbitkan dataset</translation>
    </message>
    <message>
        <source>The dataset is exported as Parquet with its card and licence, queued in this project, then uploaded to this Hub repository.</source>
        <translation>Dataset diekspor sebagai Parquet dengan kartu dan lisensinya, diantrekan di proyek ini, lalu diunggah ke repositori Hub ini.</translation>
    </message>
    <message>
        <source>Publish a tuned model</source>
        <translation>Terbitkan model hasil penyetelan</translation>
    </message>
    <message>
        <source>The adapter (PEFT and GGUF) and a model card are queued in this project, then uploaded to this Hub repository.</source>
        <translation>Adaptor (PEFT dan GGUF) dan kartu model diantrekan di proyek ini, lalu diunggah ke repositori Hub ini.</translation>
    </message>
    <message>
        <source>this dataset</source>
        <translation>dataset ini</translation>
    </message>
    <message>
        <source>the model {0}</source>
        <translation>model {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>Mengimpor %Ln instruksi dari {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPreview</name>
    <message>
        <source>What would be published</source>
        <translation>Apa yang akan diterbitkan</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>Kartu dataset</translation>
    </message>
    <message>
        <source>Counting what would go in…</source>
        <translation>Menghitung apa yang akan masuk…</translation>
    </message>
    <message>
        <source>There is no card without rows to describe.</source>
        <translation>Tidak ada kartu tanpa baris untuk dijelaskan.</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from the Hub</source>
        <translation>Tarik dari Hub</translation>
    </message>
    <message>
        <source>owner/name or owner/name:split</source>
        <translation>pemilik/nama atau pemilik/nama:bagian</translation>
    </message>
    <message>
        <source>taken from the dataset&apos;s card</source>
        <translation>diambil dari kartu dataset</translation>
    </message>
    <message>
        <source>Hub dataset</source>
        <translation>Dataset Hub</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Pull it again as a second copy</source>
        <translation>Tarik lagi sebagai salinan kedua</translation>
    </message>
    <message>
        <source>Import the dataset once more, beside what earlier pulls of it imported</source>
        <translation>Impor dataset sekali lagi, di samping yang diimpor penarikan sebelumnya</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Tarik</translation>
    </message>
    <message>
        <source>Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection).</source>
        <translation>Impor instruksi dari dataset di Hugging Face Hub ke proyek ini (perlu koneksi).</translation>
    </message>
</context>
<context>
    <name>PushQueueView</name>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Repositori Hub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Last error, or where it went</source>
        <translation>Galat terakhir, atau tujuannya</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Diantrekan</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>published</source>
        <translation>diterbitkan</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
    <message>
        <source>Waiting to be pushed</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Coba lagi sekarang</translation>
    </message>
    <message>
        <source>Try every waiting push again</source>
        <translation>Coba lagi setiap kiriman yang menunggu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Take the selected push off the queue without sending it</source>
        <translation>Keluarkan kiriman terpilih dari antrean tanpa mengirimnya</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>belum dicoba</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>Belum ada yang diterbitkan dari proyek ini.</translation>
    </message>
    <message>
        <source>{0:,} waiting to be sent; nothing is lost while offline.</source>
        <translation>{0:,} menunggu dikirim; tidak ada yang hilang saat luring.</translation>
    </message>
    <message>
        <source>Everything queued has been published.</source>
        <translation>Semua yang diantrekan sudah diterbitkan.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
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
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk Semu&amp;a</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Import the instructions</source>
        <translation>Impor instruksi</translation>
    </message>
    <message>
        <source>Filter duplicates, templated prompts and personal data</source>
        <translation>Saring duplikat, prompt dari templat, dan data pribadi</translation>
    </message>
    <message>
        <source>Translate the instructions</source>
        <translation>Terjemahkan instruksi</translation>
    </message>
    <message>
        <source>Answer each instruction with the teacher model</source>
        <translation>Jawab setiap instruksi dengan model guru</translation>
    </message>
    <message>
        <source>Score every answer from 0 to 10 with the judge</source>
        <translation>Beri skor 0 sampai 10 pada setiap jawaban dengan model penilai</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction</source>
        <translation>Simpan jawaban terbaik untuk setiap instruksi</translation>
    </message>
    <message>
        <source>Add a second turn, kept at a high score</source>
        <translation>Tambahkan giliran kedua, disimpan jika skornya tinggi</translation>
    </message>
    <message>
        <source>Fine-tune the student model</source>
        <translation>Fine-tune model murid</translation>
    </message>
    <message>
        <source>Measure what the fine-tune changed</source>
        <translation>Ukur apa yang diubah oleh fine-tune</translation>
    </message>
    <message>
        <source>Quick look: a few instructions, in minutes</source>
        <translation>Sekilas: beberapa instruksi, dalam hitungan menit</translation>
    </message>
    <message>
        <source>The seed method, in English</source>
        <translation>Metode asal, dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>The seed method, translated into another language</source>
        <translation>Metode asal, diterjemahkan ke bahasa lain</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Run the seed method</source>
        <translation>Jalankan metode asal</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Resep:</translation>
    </message>
    <message>
        <source>The language to translate the instructions into: a code such as ja or sw, or its name</source>
        <translation>Bahasa tujuan terjemahan instruksi: kode seperti ja atau sw, atau namanya</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Terjemahkan ke:</translation>
    </message>
    <message>
        <source>Teacher (writes the answers):</source>
        <translation>Guru (menulis jawaban):</translation>
    </message>
    <message>
        <source>Judge (scores them 0–10):</source>
        <translation>Penilai (memberi skor 0–10):</translation>
    </message>
    <message>
        <source>Student (fine-tuned):</source>
        <translation>Murid (di-fine-tune):</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>The recipe&apos;s plan</source>
        <translation>Rencana resep</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Menyusun rencana…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>In all {0}, at the speeds measured on this project.</source>
        <translation>Seluruhnya {0}, pada kecepatan yang diukur di proyek ini.</translation>
    </message>
    <message>
        <source>Times come from jobs this project has finished; a stage without one has no estimate yet (“?”).</source>
        <translation>Waktu diambil dari tugas yang sudah diselesaikan proyek ini; tahap yang belum punya tugas selesai belum punya perkiraan (“?”).</translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Terbaik</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Search instructions with responses…</source>
        <translation>Cari instruksi yang memiliki respons…</translation>
    </message>
    <message>
        <source>Instructions with responses</source>
        <translation>Instruksi dengan respons</translation>
    </message>
    <message>
        <source>Responses to the instruction</source>
        <translation>Respons untuk instruksi</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Nomor sampel</translation>
    </message>
    <message>
        <source>Selected as the best response</source>
        <translation>Terpilih sebagai respons terbaik</translation>
    </message>
    <message>
        <source>The response in full</source>
        <translation>Respons selengkapnya</translation>
    </message>
    <message>
        <source>Pick an instruction, then a response, to read it in full.</source>
        <translation>Pilih instruksi, lalu respons, untuk membacanya secara lengkap.</translation>
    </message>
    <message>
        <source>{0}

{1} responses from {2} models; language {3}</source>
        <translation>{0}

{1} respons dari {2} model; bahasa {3}</translation>
    </message>
    <message>
        <source> (the first ones; search to find others)</source>
        <translation> (yang pertama saja; cari untuk menemukan yang lain)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>%Ln instruksi dengan respons{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>any verdict</source>
        <translation>putusan apa saja</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>belum ditinjau</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>sudah ditinjau</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>status apa saja</translation>
    </message>
    <message>
        <source>included</source>
        <translation>disertakan</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>dikecualikan</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>bahasa apa saja</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>sumber apa saja</translation>
    </message>
    <message>
        <source>any flags</source>
        <translation>tanda apa saja</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>bertanda</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>tanpa tanda</translation>
    </message>
    <message>
        <source>any model</source>
        <translation>model apa saja</translation>
    </message>
    <message>
        <source>Translations: chrF of the back-translation (0–100); responses: the judge&apos;s score</source>
        <translation>Terjemahan: chrF dari terjemahan balik (0–100); respons: skor juri</translation>
    </message>
    <message>
        <source>Translations only</source>
        <translation>Hanya terjemahan</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Meninjau</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Skor dari</translation>
    </message>
    <message>
        <source>flag: {0}</source>
        <translation>tanda: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>unknown language</source>
        <translation>bahasa tidak dikenal</translation>
    </message>
    <message>
        <source>Every response to this instruction</source>
        <translation>Setiap respons untuk instruksi ini</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Tidak ada yang perlu ditinjau.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Terjemahan mesin</translation>
    </message>
    <message>
        <source>Post-edit (E to edit)</source>
        <translation>Penyuntingan (E untuk menyunting)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Response by {0} (E to edit)</source>
        <translation>Respons oleh {0} (E untuk menyunting)</translation>
    </message>
    <message>
        <source>Instruction (E to edit)</source>
        <translation>Instruksi (E untuk menyunting)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>dari {0}</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>model {0}</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ diterima</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ ditolak</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; by {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; oleh {1}</translation>
    </message>
    <message>
        <source>rated {0} ({1})</source>
        <translation>dinilai {0} ({1})</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>disunting</translation>
    </message>
    <message>
        <source>note: “{0}”</source>
        <translation>catatan: “{0}”</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation>{0} oleh {1} pada {2}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{0}&lt;/s&gt; (undone)</source>
        <translation>&lt;s&gt;{0}&lt;/s&gt; (diurungkan)</translation>
    </message>
    <message>
        <source>rated {0}</source>
        <translation>dinilai {0}</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>dinilai</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>{0} → {1} by {2}</source>
        <translation>{0} → {1} oleh {2}</translation>
    </message>
    <message>
        <source>flags: {0}</source>
        <translation>tanda: {0}</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>tanpa tanda</translation>
    </message>
    <message>
        <source>back-translation chrF {0:.1f}: “{1}”</source>
        <translation>chrF terjemahan balik {0:.1f}: “{1}”</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>belum ditinjau</translation>
    </message>
    <message>
        <source> · score {0:.1f}</source>
        <translation> · skor {0:.1f}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>accept</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>edit (Ctrl+Enter saves, Esc cancels)</source>
        <translation>sunting (Ctrl+Enter menyimpan, Esc membatalkan)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>beri nilai</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>back</source>
        <translation>kembali</translation>
    </message>
    <message>
        <source>next</source>
        <translation>berikutnya</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>urungkan</translation>
    </message>
    <message>
        <source>Accept  A</source>
        <translation>Terima  A</translation>
    </message>
    <message>
        <source>Reject  R</source>
        <translation>Tolak  R</translation>
    </message>
    <message>
        <source>Edit  E</source>
        <translation>Sunting  E</translation>
    </message>
    <message>
        <source>Note  N</source>
        <translation>Catatan  N</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Berikutnya →</translation>
    </message>
    <message>
        <source>Undo  Ctrl+Z</source>
        <translation>Urungkan  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A note for this item; Enter saves, Esc cancels</source>
        <translation>Catatan untuk butir ini; Enter menyimpan, Esc membatalkan</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>Tidak ada yang perlu ditinjau dengan filter ini.</translation>
    </message>
    <message>
        <source>Open a project to review its instructions and responses.</source>
        <translation>Buka proyek untuk meninjau instruksi dan responsnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:,} in this list</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1:,} dalam daftar ini</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>Ini butir terakhir dalam daftar.</translation>
    </message>
    <message>
        <source>Set your name before reviewing: every action records it.</source>
        <translation>Tetapkan nama Anda sebelum meninjau: setiap tindakan mencatatnya.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Saved the edit</source>
        <translation>Suntingan disimpan</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z undoes it.</source>
        <translation>{0}. Ctrl+Z mengurungkannya.</translation>
    </message>
    <message>
        <source>Undid the {0}.</source>
        <translation>{0} diurungkan.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} reviewed</source>
        <translation>{0:,} dari {1:,} sudah ditinjau</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Set your name…</source>
        <translation>Tetapkan nama Anda…</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Meninjau sebagai &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell Handloom your name to review&lt;/b&gt;: every accept, reject, edit, rating and note records who made it.</source>
        <translation>&lt;b&gt;Beri tahu Handloom nama Anda untuk meninjau&lt;/b&gt;: setiap penerimaan, penolakan, suntingan, nilai, dan catatan mencatat siapa yang membuatnya.</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Simpan sebagai versi baru</translation>
    </message>
    <message>
        <source>Version {0} of {1}, by {2}</source>
        <translation>Versi {0} dari {1}, oleh {2}</translation>
    </message>
</context>
<context>
    <name>RunElsewhere</name>
    <message>
        <source>Export to train elsewhere…</source>
        <translation>Ekspor untuk dilatih di tempat lain…</translation>
    </message>
    <message>
        <source>Write this run as a folder that trains on a rented GPU with Unsloth; bring the folder back afterwards</source>
        <translation>Tulis pelatihan ini sebagai folder yang dilatih di GPU sewaan dengan Unsloth; bawa kembali foldernya sesudahnya</translation>
    </message>
    <message>
        <source>Bring back a run…</source>
        <translation>Bawa kembali pelatihan…</translation>
    </message>
    <message>
        <source>An empty folder for the run</source>
        <translation>Folder kosong untuk pelatihan</translation>
    </message>
    <message>
        <source>The trained run&apos;s folder</source>
        <translation>Folder pelatihan yang sudah selesai</translation>
    </message>
    <message>
        <source>Exported {0} to {1}: on the GPU machine, install requirements.txt and run run.py, then bring the folder back.</source>
        <translation>{0} diekspor ke {1}: di mesin GPU, pasang requirements.txt dan jalankan run.py, lalu bawa kembali foldernya.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>{0} sudah kembali: %Ln langkah, kini model yang bisa dicoba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>Skor dari 0 sampai 10</translation>
    </message>
    <message>
        <source>Responses per score: </source>
        <translation>Respons per skor: </translation>
    </message>
    <message>
        <source>{0:,} judged</source>
        <translation>{0:,} dinilai</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Belum ada skor</translation>
    </message>
</context>
<context>
    <name>SelectionControls</name>
    <message>
        <source>Keep and select</source>
        <translation>Simpan dan pilih</translation>
    </message>
    <message>
        <source>Leave out responses with this flag</source>
        <translation>Tinggalkan respons dengan tanda ini</translation>
    </message>
    <message>
        <source>Select best</source>
        <translation>Pilih yang terbaik</translation>
    </message>
    <message>
        <source>For each instruction mark its best response at the threshold or above as selected; a person&apos;s accept or reject in review comes first</source>
        <translation>Untuk setiap instruksi, tandai respons terbaiknya pada ambang atau di atasnya sebagai terpilih; penerimaan atau penolakan orang saat tinjauan didahulukan</translation>
    </message>
    <message>
        <source>Longest answer to the follow-up question, in tokens</source>
        <translation>Jawaban terpanjang untuk pertanyaan lanjutan, dalam token</translation>
    </message>
    <message>
        <source>Write follow-ups</source>
        <translation>Tulis lanjutan</translation>
    </message>
    <message>
        <source>Add a second turn to every selected pair; keep it when the judge scores it at least the minimum</source>
        <translation>Tambahkan giliran kedua ke setiap pasangan terpilih; simpan jika juri memberi skor paling tidak minimum</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Tinggalkan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Giliran kedua&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ditulis oleh</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Token jawaban</translation>
    </message>
    <message>
        <source>Keep at score</source>
        <translation>Simpan pada skor</translation>
    </message>
    <message>
        <source>At &lt;b&gt;{0}&lt;/b&gt; or more: &lt;b&gt;{1:,}&lt;/b&gt; pairs remain, for {2:,} instructions ({3:,} judged).</source>
        <translation>Pada &lt;b&gt;{0}&lt;/b&gt; atau lebih: tersisa &lt;b&gt;{1:,}&lt;/b&gt; pasangan, untuk {2:,} instruksi ({3:,} dinilai).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a model on a server</source>
        <translation>Tambah model di server</translation>
    </message>
    <message>
        <source>how Handloom should call it</source>
        <translation>cara Handloom memanggilnya</translation>
    </message>
    <message>
        <source>http://gpu-box:8080/v1</source>
        <translation>http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <source>One address per line; requests are spread over them and go to the others when one stops answering.</source>
        <translation>Satu alamat per baris; permintaan dibagi di antara mereka dan pindah ke yang lain bila satu berhenti menjawab.</translation>
    </message>
    <message>
        <source>the model name the server knows, e.g. qwen2.5-7b</source>
        <translation>nama model yang dikenal server, mis. qwen2.5-7b</translation>
    </message>
    <message>
        <source>e.g. Apache-2.0 (the dataset card lists it)</source>
        <translation>mis. Apache-2.0 (kartu dataset mencantumkannya)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server works: llama.cpp&apos;s llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored.</source>
        <translation>Server apa pun yang kompatibel dengan OpenAI bisa dipakai: llama-server dari llama.cpp, vLLM, atau Ollama. Kunci API dibaca dari variabel lingkungan saat menghasilkan, tidak pernah disimpan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>Requests at once per server</source>
        <translation>Permintaan sekaligus per server</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Model di server</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
</context>
<context>
    <name>ServerTable</name>
    <message>
        <source>working</source>
        <translation>bekerja</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>menganggur</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>disisihkan</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>tidak dipakai</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/dtk</translation>
    </message>
    <message>
        <source>Errors (retried)</source>
        <translation>Galat (diulang)</translation>
    </message>
    <message>
        <source>Servers of the running job</source>
        <translation>Server untuk tugas yang sedang berjalan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>The name shown on your reviews</source>
        <translation>Nama yang tampil pada tinjauan Anda</translation>
    </message>
    <message>
        <source>This name was set when Handloom was started and cannot be changed here.</source>
        <translation>Nama ini ditetapkan saat Handloom dijalankan dan tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>Recorded on what you import, review, judge or vote on from now on.</source>
        <translation>Mulai sekarang dicatat pada apa yang Anda impor, tinjau, nilai, atau pilih.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Bahasa sistem ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Translations of the interface; your data is never translated.</source>
        <translation>Terjemahan antarmuka; data Anda tidak pernah diterjemahkan.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Demo project:</source>
        <translation>Proyek demo:</translation>
    </message>
    <message>
        <source>The new language applies when Handloom next starts.</source>
        <translation>Bahasa baru berlaku saat Handloom dijalankan berikutnya.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Halaman &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Halaman &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Run the page&apos;s main action</source>
        <translation>&amp;Jalankan tindakan utama halaman</translation>
    </message>
    <message>
        <source>&amp;Search on this page</source>
        <translation>&amp;Cari di halaman ini</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>Batalkan &amp;tugas yang berjalan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Memulai</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>Kolom berikutnya / kolom sebelumnya</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Buka menu</translation>
    </message>
    <message>
        <source>the underlined letter</source>
        <translation>huruf yang bergaris bawah</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Ketik untuk menyaring…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Saring pintasan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Responses being written</source>
        <translation>Respons yang sedang ditulis</translation>
    </message>
    <message>
        <source>Responses appear here as they are written.</source>
        <translation>Respons muncul di sini saat ditulis.</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;menunggu…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message>
        <source>no votes</source>
        <translation>belum ada suara</translation>
    </message>
    <message>
        <source>{0:+.2f} · too few votes for an interval ({1})</source>
        <translation>{0:+.2f} · terlalu sedikit suara untuk interval ({1})</translation>
    </message>
    <message numerus="yes">
        <source>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)</source>
        <translation>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln suara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote(s)</source>
        <translation>
            <numerusform>{0}: kekuatan {1:+.2f}, interval 95% {2:+.2f} sampai {3:+.2f}, dari %Ln suara</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Belum ada suara</translation>
    </message>
    <message>
        <source>{0}: {1} (a 95% interval needs more votes)</source>
        <translation>{0}: {1} (interval 95% memerlukan lebih banyak suara)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Quick try (CPU, minutes)</source>
        <translation>Coba cepat (CPU, beberapa menit)</translation>
    </message>
    <message>
        <source>Consumer GPU (8 GB)</source>
        <translation>GPU konsumen (8 GB)</translation>
    </message>
    <message>
        <source>Gemma turns (&lt;start_of_turn&gt;)</source>
        <translation>Giliran Gemma (&lt;start_of_turn&gt;)</translation>
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
        <translation>Model dasar ini tidak punya templat obrolan; model hasil penyetelan akan menjawab dengan templat yang dipilih di sini</translation>
    </message>
    <message>
        <source>name of the tuned model</source>
        <translation>nama model hasil penyetelan</translation>
    </message>
    <message>
        <source>by epochs</source>
        <translation>per epoch</translation>
    </message>
    <message>
        <source>adapter only</source>
        <translation>adaptor saja</translation>
    </message>
    <message>
        <source>merged GGUF, {0}</source>
        <translation>GGUF gabungan, {0}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>apa saja</translation>
    </message>
    <message>
        <source>Only pairs a person accepted</source>
        <translation>Hanya pasangan yang diterima orang</translation>
    </message>
    <message>
        <source>every language (or e.g. sw,en)</source>
        <translation>setiap bahasa (atau mis. sw,en)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Praatur</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Model dasar</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Templat obrolan</translation>
    </message>
    <message>
        <source>Tuned model name</source>
        <translation>Nama model hasil penyetelan</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hiperparameter</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Laju pembelajaran</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rank LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Ukuran batch</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Akumulasi gradien</translation>
    </message>
    <message>
        <source>Max length (tokens)</source>
        <translation>Panjang maks. (token)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Judge score at least</source>
        <translation>Skor juri paling tidak</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Disisihkan</translation>
    </message>
    <message>
        <source>Hugging Face folder…</source>
        <translation>Folder Hugging Face…</translation>
    </message>
    <message>
        <source>Choose a Hugging Face model folder (with config.json)</source>
        <translation>Pilih folder model Hugging Face (berisi config.json)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Start training</source>
        <translation>Mulai pelatihan</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept and Resume continues from it</source>
        <translation>Berhenti setelah langkah ini; checkpoint disimpan dan Lanjutkan meneruskan darinya</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>No chosen pairs to train on yet: select the best responses on the Judge page or accept them on the Review page.</source>
        <translation>Belum ada pasangan terpilih untuk dilatih: pilih respons terbaik di halaman Nilai atau terima di halaman Tinjau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; conversations to train on, {1} held out ({2} with a second turn).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; percakapan untuk dilatih, {1} disisihkan ({2} dengan giliran kedua).</translation>
    </message>
    <message>
        <source>{0} in evaluation sets are kept out.</source>
        <translation>{0} yang ada di set evaluasi tidak diikutkan.</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Berhenti setelah langkah ini dan menyimpan checkpoint…</translation>
    </message>
    <message>
        <source>Choose a base model to train.</source>
        <translation>Pilih model dasar untuk dilatih.</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume continues from the last checkpoint.</source>
        <translation>Berhenti karena galat; Lanjutkan meneruskan dari checkpoint terakhir.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from the last checkpoint.</source>
        <translation>Dibatalkan; Lanjutkan meneruskan dari checkpoint terakhir.</translation>
    </message>
    <message>
        <source>Continue training {0} ({1})</source>
        <translation>Lanjutkan melatih {0} ({1})</translation>
    </message>
</context>
<context>
    <name>TrainStatus</name>
    <message>
        <source>step %v of %m</source>
        <translation>langkah %v dari %m</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>Memulai proses pelatihan…</translation>
    </message>
    <message>
        <source>Continuing from the checkpoint at step {0}.</source>
        <translation>Melanjutkan dari checkpoint di langkah {0}.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {0}.</source>
        <translation>Checkpoint disimpan di langkah {0}.</translation>
    </message>
    <message>
        <source>4-bit QLoRA</source>
        <translation>QLoRA 4-bit</translation>
    </message>
    <message>
        <source>16-bit LoRA</source>
        <translation>LoRA 16-bit</translation>
    </message>
    <message>
        <source>32-bit LoRA</source>
        <translation>LoRA 32-bit</translation>
    </message>
    <message>
        <source>Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)</source>
        <translation>Backend: {0} di {1}, {2} ({3} percakapan, {4} disisihkan)</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2}</source>
        <translation>Langkah {0} dari {1}, loss {2}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>sisa {0}</translation>
    </message>
    <message>
        <source>Done: {0} is registered and ready to generate.</source>
        <translation>Selesai: {0} sudah terdaftar dan siap dipakai untuk menghasilkan.</translation>
    </message>
    <message>
        <source>Loss {0} → {1}, held-out loss {2}</source>
        <translation>Loss {0} → {1}, loss data sisihan {2}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <source>Runs</source>
        <translation>Proses</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>Loss data sisihan</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Coba</translation>
    </message>
    <message>
        <source>Generate with the chosen tuned model</source>
        <translation>Hasilkan dengan model hasil penyetelan yang dipilih</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Berkas: {0}</translation>
    </message>
</context>
<context>
    <name>TranslateForm</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>The language to translate into; type a code or a name</source>
        <translation>Bahasa tujuan terjemahan; ketik kode atau nama</translation>
    </message>
    <message>
        <source>every language but the target</source>
        <translation>setiap bahasa kecuali bahasa tujuan</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Only the first N originals</source>
        <translation>Hanya N teks asli pertama</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Urutan yang didekode bersama oleh llama.cpp</translation>
    </message>
    <message>
        <source>Translate back and score (chrF)</source>
        <translation>Terjemahkan balik dan beri skor (chrF)</translation>
    </message>
    <message>
        <source>Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time</source>
        <translation>Terjemahkan setiap terjemahan kembali ke bahasa sumbernya dan bandingkan dengan aslinya: perkiraan kasar mutu, dengan waktu dua kali lipat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Paralel</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Token maks.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Suhu</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Stop now; translations written stay, Resume continues</source>
        <translation>Berhenti sekarang; terjemahan yang sudah ditulis tetap ada, Lanjutkan meneruskan</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>Sedang ditulis</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Daftarkan model di halaman Model dulu.</translation>
    </message>
    <message>
        <source>There are no included originals in other languages to translate.</source>
        <translation>Tidak ada teks asli yang disertakan dalam bahasa lain untuk diterjemahkan.</translation>
    </message>
    <message>
        <source>All {0:,} chosen instructions are translated with this model.</source>
        <translation>Semua {0:,} instruksi pilihan sudah diterjemahkan dengan model ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} instructions still to translate.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; dari {1:,} instruksi belum diterjemahkan.</translation>
    </message>
    <message>
        <source>Choose a model and the language to translate into.</source>
        <translation>Pilih model dan bahasa tujuan terjemahan.</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Menerjemahkan</translation>
    </message>
    <message>
        <source>, {0:,} back-translated</source>
        <translation>, {0:,} diterjemahkan balik</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>Menulis %Ln terjemahan{0}; tanda: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Berhenti karena galat; Lanjutkan mencoba lagi yang kurang.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues where it stopped.</source>
        <translation>Dibatalkan; Lanjutkan meneruskan dari titik berhenti.</translation>
    </message>
    <message>
        <source>Continue translating into {0} with {1} ({2}{3})</source>
        <translation>Lanjutkan menerjemahkan ke {0} dengan {1} ({2}{3})</translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <source>every translation</source>
        <translation>setiap terjemahan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Terjemahan mesin</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Teks saat ini</translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation> (yang pertama saja)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>%Ln terjemahan{0}; tanda muncul: {1:,}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>Belum ada terjemahan.</translation>
    </message>
    <message>
        <source>No translation has this flag.</source>
        <translation>Tidak ada terjemahan dengan tanda ini.</translation>
    </message>
    <message>
        <source>with any flag</source>
        <translation>dengan tanda apa pun</translation>
    </message>
    <message>
        <source>without flags</source>
        <translation>tanpa tanda</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The name shown on your reviews</source>
        <translation>Nama yang tampil pada tinjauan Anda</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item. You can change the name later in File ▸ Settings.</source>
        <translation>Handloom mencatat siapa yang mengimpor, meninjau, atau mengubah setiap item. Anda dapat mengubah nama nanti di Berkas ▸ Pengaturan.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Buka proyek demo</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Proyek baru…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Buka proyek…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Handloom&lt;/h2&gt;Build a dataset from instructions people really wrote: import them, answer them with a local model, review the answers, then train and compare. Tell Handloom your name, then begin with the demo project or a project of your own.</source>
        <translation>&lt;h2&gt;Selamat datang di Handloom&lt;/h2&gt;Bangun dataset dari instruksi yang benar-benar ditulis orang: impor, jawab dengan model lokal, tinjau jawabannya, lalu latih dan bandingkan. Beri tahu Handloom nama Anda, lalu mulai dengan proyek demo atau proyek Anda sendiri.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;A project is one file that holds your instructions, responses and reviews.</source>
        <translation>&lt;h2&gt;Tidak ada proyek yang terbuka&lt;/h2&gt;Proyek adalah satu berkas yang menyimpan instruksi, respons, dan tinjauan Anda.</translation>
    </message>
    <message>
        <source>The demo project is kept at {0}</source>
        <translation>Proyek demo disimpan di {0}</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Ketik nama Anda dulu.</translation>
    </message>
</context>
<context>
    <name>WinRateHeatmap</name>
    <message>
        <source>No votes yet</source>
        <translation>Belum ada suara</translation>
    </message>
    <message>
        <source>{0} and {1} have no votes yet</source>
        <translation>{0} dan {1} belum punya suara</translation>
    </message>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>{0} mengalahkan {1} dalam {2:.0f}% dari %Ln suara (seri dihitung setengah)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>Galat tak terduga ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>_JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>{0}: %Ln instruksi diimpor ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>; melewati %Ln baris rusak: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>instruction_detail</name>
    <message>
        <source>… {0} more characters are not shown here.</source>
        <translation>… {0} karakter lainnya tidak ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Aksara</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Diimpor oleh</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Diimpor pada</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Terjemahan dari</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Dikecualikan sebagai</translation>
    </message>
    <message>
        <source>Original text, as imported:</source>
        <translation>Teks asli, sebagaimana diimpor:</translation>
    </message>
    <message>
        <source>Before redaction:</source>
        <translation>Sebelum disensor:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Asal-usul:</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> pada {0:,} dari {1:,}</translation>
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
