<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Published {0}: {1}</source>
        <translation>Publié {0} : {1}</translation>
    </message>
    <message>
        <source>{0} is not published yet: {1} It stays queued in this project with everything it uploads, so nothing is lost; press Retry now under Push queue when you are online.</source>
        <translation>{0} n’est pas encore publié : {1} Il reste en file dans ce projet avec tout ce qu’il envoie, donc rien n’est perdu ; appuyez sur « Réessayer maintenant » sous File d’envoi une fois en ligne.</translation>
    </message>
    <message>
        <source>it was not tried.</source>
        <translation>il n’a pas été tenté.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be published.</source>
        <translation>Rien n’attendait d’être publié.</translation>
    </message>
</context>
<context>
    <name>AnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Générer les réponses</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En parallèle</translation>
    </message>
</context>
<context>
    <name>ArenaBoard</name>
    <message>
        <source>People&apos;s votes</source>
        <translation>Votes des personnes</translation>
    </message>
    <message>
        <source>The judge&apos;s votes</source>
        <translation>Votes du juge</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>Tous les votes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Strength of each model</source>
        <translation>Force de chaque modèle</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Strength [95% interval]</source>
        <translation>Force [intervalle à 95 %]</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Won / lost / tie / both bad</source>
        <translation>Gagnés / perdus / nuls / tous deux mauvais</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Judge&apos;s grade</source>
        <translation>Note du juge</translation>
    </message>
    <message>
        <source>How often each model beats each other</source>
        <translation>À quelle fréquence chaque modèle bat chaque autre</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>Taux de victoire du modèle de la ligne contre celui de la colonne</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>{0} ({1} votes)</source>
        <translation>{0} ({1} votes)</translation>
    </message>
    <message>
        <source>No votes yet: vote on some answers or run the judge.</source>
        <translation>Pas encore de votes : votez sur quelques réponses ou lancez le juge.</translation>
    </message>
    <message>
        <source>{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a model 1.0 above another wins about 73% of the time); the whiskers are 95% bootstrap intervals, given from {1} votes for a model on.</source>
        <translation>{0} comparaisons. La force est une log-force de Bradley–Terry (0 est la moyenne ; un modèle 1,0 au-dessus d&apos;un autre gagne environ 73 % du temps) ; les moustaches sont des intervalles bootstrap à 95 %, donnés à partir de {1} votes pour un modèle.</translation>
    </message>
    <message>
        <source>– (no votes)</source>
        <translation>– (aucun vote)</translation>
    </message>
    <message>
        <source>{0:+.2f} (too few votes)</source>
        <translation>{0:+.2f} (trop peu de votes)</translation>
    </message>
    <message>
        <source>The judge contradicted itself on {0} of {1} pairs asked in both orders (counted as ties).</source>
        <translation>Le juge s’est contredit sur {0} des {1} paires posées dans les deux ordres (comptées comme nulles).</translation>
    </message>
    <message>
        <source>{0} agrees with people on {1}% of {2} votes (Cohen&apos;s kappa {3}).</source>
        <translation>{0} est d’accord avec les personnes sur {1} % de {2} votes (kappa de Cohen {3}).</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled and their models hidden until you vote</source>
        <translation>Élément {0} de l’ensemble « {1} » · {2} votés, {3} restants · à l’aveugle : les réponses sont mélangées et leurs modèles cachés jusqu’à votre vote</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>Réponse {0}</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>Celle de gauche est meilleure</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>Celle de droite est meilleure</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Match nul</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Les deux sont mauvaises</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>Vote suivant</translation>
    </message>
    <message>
        <source>{0} is best</source>
        <translation>La réponse {0} est la meilleure</translation>
    </message>
    <message>
        <source>All as good</source>
        <translation>Toutes aussi bonnes</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Toutes sont mauvaises</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Vous avez choisi &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Vous avez déclaré un match nul.</translation>
    </message>
    <message>
        <source>You found them all bad.</source>
        <translation>Vous les avez trouvées toutes mauvaises.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No instructions yet</source>
        <translation>Pas encore d’instructions</translation>
    </message>
</context>
<context>
    <name>BatchButtons</name>
    <message>
        <source>Write a batch file…</source>
        <translation>Écrire un fichier de lot…</translation>
    </message>
    <message>
        <source>Save what is still to do as a file for a GPU cluster (OpenAI&apos;s Batch API or vLLM&apos;s run_batch) instead of running it here</source>
        <translation>Enregistrer ce qui reste à faire dans un fichier pour une grappe de GPU (l&apos;API Batch d&apos;OpenAI ou run_batch de vLLM) au lieu de le faire ici</translation>
    </message>
    <message>
        <source>Read batch results…</source>
        <translation>Lire les résultats d&apos;un lot…</translation>
    </message>
    <message>
        <source>Record the results file the cluster wrote; reading it again changes nothing</source>
        <translation>Enregistrer le fichier de résultats écrit par la grappe ; le relire ne change rien</translation>
    </message>
    <message>
        <source>Write a batch file</source>
        <translation>Écrire un fichier de lot</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>Fichiers de lot (*.jsonl)</translation>
    </message>
    <message>
        <source>Read batch results</source>
        <translation>Lire les résultats d&apos;un lot</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>%Ln requête écrite dans {0}.</numerusform>
            <numerusform>%Ln requêtes écrites dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending; no file was written.</source>
        <translation>Rien n&apos;est en attente ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>{0:,} recorded, {1:,} already here, {2:,} failed.</source>
        <translation>{0:,} enregistrés, {1:,} déjà présents, {2:,} en échec.</translation>
    </message>
    <message>
        <source>Line {0:,} is cut off; the lines before it were recorded.</source>
        <translation>La ligne {0:,} est tronquée ; les lignes précédentes ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>included</source>
        <translation>incluses</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclues</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>quasi-doublon</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle de texte</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>modération</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>script</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>expression régulière</translation>
    </message>
    <message>
        <source>review</source>
        <translation>relecture</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronquée</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>wrong language</source>
        <translation>mauvaise langue</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>template tokens</source>
        <translation>jetons de gabarit</translation>
    </message>
    <message>
        <source>chatter</source>
        <translation>bavardage</translation>
    </message>
    <message>
        <source>extra text</source>
        <translation>texte en trop</translation>
    </message>
    <message>
        <source>copy of source</source>
        <translation>copie de la source</translation>
    </message>
    <message>
        <source>copy of example</source>
        <translation>copie d’un exemple</translation>
    </message>
    <message>
        <source>length ratio</source>
        <translation>rapport de longueur</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>rejetées à la relecture</translation>
    </message>
    <message>
        <source>not the selected response</source>
        <translation>pas la réponse retenue</translation>
    </message>
    <message>
        <source>not accepted in review</source>
        <translation>non acceptées à la relecture</translation>
    </message>
    <message>
        <source>judge score below the minimum or missing</source>
        <translation>note du juge sous le minimum ou absente</translation>
    </message>
    <message>
        <source>language not chosen</source>
        <translation>langue non choisie</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set.</source>
        <translation>Choisissez ou créez un ensemble d’évaluation.</translation>
    </message>
    <message>
        <source>Tick two to four models to compare.</source>
        <translation>Cochez deux à quatre modèles à comparer.</translation>
    </message>
    <message>
        <source>These models have not answered this set yet: Generate answers first.</source>
        <translation>Ces modèles n’ont pas encore répondu à cet ensemble : lancez d’abord « Générer les réponses ».</translation>
    </message>
    <message>
        <source>You have voted on every item these models answered. The leaderboard has the result; other people can vote on the same set too.</source>
        <translation>Vous avez voté sur tous les éléments auxquels ces modèles ont répondu. Le classement donne le résultat ; d’autres personnes peuvent aussi voter sur le même ensemble.</translation>
    </message>
    <message>
        <source>Export the leaderboard</source>
        <translation>Exporter le classement</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the leaderboard to {0}.</source>
        <translation>Classement enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Made the evaluation set “{0}”: {1}.</source>
        <translation>Ensemble d’évaluation « {0} » créé : {1}.</translation>
    </message>
    <message>
        <source>Answering the prompts</source>
        <translation>Réponse aux consignes</translation>
    </message>
    <message>
        <source>Wrote {0} answers ({1} failed).</source>
        <translation>{0} réponses écrites ({1} en échec).</translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>Choisissez d’abord un modèle juge.</translation>
    </message>
    <message>
        <source>Judging the answers</source>
        <translation>Évaluation des réponses</translation>
    </message>
    <message>
        <source>{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on {4} of {5} pairs asked in both orders.</source>
        <translation>{0} a donné {1} verdicts ({2} illisibles) et {3} notes ; il s’est contredit sur {4} des {5} paires posées dans les deux ordres.</translation>
    </message>
    <message>
        <source>{0} is judging its own answers too, and judges tend to prefer their own; choose another judge for a fair comparison.</source>
        <translation>{0} juge aussi ses propres réponses, et les juges ont tendance à préférer les leurs ; choisissez un autre juge pour une comparaison équitable.</translation>
    </message>
    <message>
        <source>Cancelled; starting again continues where it stopped.</source>
        <translation>Annulé ; relancer reprend là où cela s’est arrêté.</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set first.</source>
        <translation>Choisissez ou créez d’abord un ensemble d’évaluation.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Licence conflicts</source>
        <translation>Conflits de licence</translation>
    </message>
    <message>
        <source>&lt;b&gt;The licences of {0} conflict.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publishing it may break the terms above. Publish anyway?</source>
        <translation>&lt;b&gt;Les licences de {0} sont en conflit.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publier pourrait enfreindre les conditions ci-dessus. Publier quand même ?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publier quand même</translation>
    </message>
</context>
<context>
    <name>CurateControls</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>Doublons exacts</translation>
    </message>
    <message>
        <source>Exclude repeats of an earlier instruction, keeping the first</source>
        <translation>Exclut les répétitions d’une instruction antérieure, en gardant la première</translation>
    </message>
    <message>
        <source>Near duplicates ≥</source>
        <translation>Quasi-doublons ≥</translation>
    </message>
    <message>
        <source>Exclude instructions this similar to an earlier one (0.5–1)</source>
        <translation>Exclut les instructions aussi proches d’une instruction antérieure (0,5–1)</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>Similarité des quasi-doublons</translation>
    </message>
    <message>
        <source>Templates, groups ≥</source>
        <translation>Modèles de texte, groupes ≥</translation>
    </message>
    <message>
        <source>Exclude prompts filled into the same template this many times or more</source>
        <translation>Exclut les prompts remplis dans le même modèle de texte au moins ce nombre de fois</translation>
    </message>
    <message>
        <source>Smallest template group</source>
        <translation>Plus petit groupe de modèle de texte</translation>
    </message>
    <message>
        <source>keep only, e.g. sw, yo, en</source>
        <translation>garder seulement, p. ex. sw, yo, en</translation>
    </message>
    <message>
        <source>Also exclude uncertain language labels (xx?)</source>
        <translation>Exclure aussi les étiquettes de langue incertaines (xx?)</translation>
    </message>
    <message>
        <source>Exclude rows whose language the identifiers were not sure of; a language set by a person is always sure</source>
        <translation>Exclure les lignes dont les identificateurs n’étaient pas sûrs de la langue ; une langue fixée par une personne est toujours sûre</translation>
    </message>
    <message>
        <source>keep only, e.g. Latn, Ethi</source>
        <translation>garder seulement, p. ex. Latn, Ethi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>exclude matches, e.g. (?i)password</source>
        <translation>exclure les correspondances, p. ex. (?i)password</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>Caractères min.</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>Caractères max.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Réinclure</translation>
    </message>
    <message>
        <source>Include again everything excluded for the chosen reason</source>
        <translation>Réinclut tout ce qui a été exclu pour le motif choisi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Exclue pour</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>CuratePage</name>
    <message>
        <source>Search instructions…</source>
        <translation>Rechercher des instructions…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluses</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>Any language label</source>
        <translation>Toute étiquette de langue</translation>
    </message>
    <message>
        <source>Sure labels</source>
        <translation>Étiquettes sûres</translation>
    </message>
    <message>
        <source>Uncertain labels (xx?)</source>
        <translation>Étiquettes incertaines (xx?)</translation>
    </message>
    <message>
        <source>Rows whose language the identifiers were sure of, or not sure of</source>
        <translation>Lignes dont les identificateurs étaient sûrs de la langue, ou non</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>Définir la langue…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Langues&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, by reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exclues, par motif&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} sur {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>%Ln instruction</numerusform>
            <numerusform>%Ln instructions</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the language of {0:,} instruction(s) to {1}.</source>
        <translation>Langue de {0:,} instruction(s) définie sur {1}.</translation>
    </message>
    <message>
        <source>{0:,} with an uncertain language label (xx?)</source>
        <translation>{0:,} avec une étiquette de langue incertaine (xx?)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>%Ln instruction incluse</numerusform>
            <numerusform>%Ln instructions incluses</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is excluded yet.</source>
        <translation>Rien n’est encore exclu.</translation>
    </message>
    <message>
        <source>Set the language of the selected instructions by hand (Ctrl+Shift+L)</source>
        <translation>Définir à la main la langue des instructions sélectionnées (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; included, {2:,} excluded, in {3:,} languages</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; incluses, {2:,} exclues, en {3:,} langues</translation>
    </message>
    <message>
        <source>{0:,} excluded as {1}</source>
        <translation>{0:,} exclues pour {1}</translation>
    </message>
    <message>
        <source>Curation finished: {0}.</source>
        <translation>Tri terminé : {0}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>environ {0} min</translation>
    </message>
    <message>
        <source>about {0} h</source>
        <translation>environ {0} h</translation>
    </message>
    <message>
        <source>about {0} h {1} min</source>
        <translation>environ {0} h {1} min</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second time.</source>
        <translation>{0} a déjà été importé le {1} ({2} instructions) ; cochez « {3} » pour l’importer une deuxième fois.</translation>
    </message>
    <message>
        <source>Paste a Hugging Face access token first.</source>
        <translation>Collez d’abord un jeton d’accès Hugging Face.</translation>
    </message>
    <message>
        <source>The Hub did not accept this token; copy it again from the Access Tokens page of your Hugging Face settings. Nothing was stored.</source>
        <translation>Le Hub n’a pas accepté ce jeton ; copiez-le à nouveau depuis la page Access Tokens de vos réglages Hugging Face. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached, so the token could not be checked and was not stored. Sign in again when this computer is online.</source>
        <translation>Le Hugging Face Hub est injoignable : le jeton n’a pas pu être vérifié et n’a pas été enregistré. Reconnectez-vous quand cet ordinateur sera en ligne.</translation>
    </message>
    <message>
        <source>{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” in “{4}”.</source>
        <translation>{0} a déjà été récupéré le {1} ({2} instructions) ; pour le récupérer une deuxième fois, cochez « {3} » dans « {4} ».</translation>
    </message>
    <message>
        <source>An earlier pull of {0} stopped part way through, and the Hub now gives a newer revision; continuing would mix two versions of the dataset. To pull the new revision as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.</source>
        <translation>Une récupération précédente de {0} s’est arrêtée en cours de route, et le Hub donne maintenant une révision plus récente ; continuer mélangerait deux versions du jeu de données. Pour récupérer la nouvelle révision en deuxième copie (ce que la récupération arrêtée a importé reste), cochez « {1} » dans « {2} ».</translation>
    </message>
    <message>
        <source>No Hugging Face token: sign in with “{0}” on the Publish page.</source>
        <translation>Aucun jeton Hugging Face : connectez-vous avec « {0} » sur la page Publier.</translation>
    </message>
</context>
<context>
    <name>EvalSetPanel</name>
    <message>
        <source>Evaluation set</source>
        <translation>Ensemble d’évaluation</translation>
    </message>
    <message>
        <source>name of a new set</source>
        <translation>nom d’un nouvel ensemble</translation>
    </message>
    <message>
        <source>Held-out split of the instructions</source>
        <translation>Partie réservée des instructions</translation>
    </message>
    <message>
        <source>Chosen subset (search)</source>
        <translation>Sous-ensemble choisi (recherche)</translation>
    </message>
    <message>
        <source>Prompts from a file</source>
        <translation>Prompts d’un fichier</translation>
    </message>
    <message>
        <source>words the instructions contain</source>
        <translation>mots contenus dans les instructions</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Make the set</source>
        <translation>Créer l’ensemble</translation>
    </message>
    <message>
        <source>&lt;b&gt;New set&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouvel ensemble&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>{0} ({1} prompts)</source>
        <translation>{0} ({1} prompts)</translation>
    </message>
    <message>
        <source>No evaluation set yet: make one below</source>
        <translation>Aucun jeu d’évaluation : créez-le ci-dessous</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Evaluation prompts</source>
        <translation>Prompts d’évaluation</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)</source>
        <translation>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>EvalSets</name>
    <message>
        <source>{0} held-out instructions in {1}</source>
        <translation>{0} instructions mises de côté en {1}</translation>
    </message>
    <message>
        <source>{0} held-out instructions</source>
        <translation>{0} instructions mises de côté</translation>
    </message>
    <message>
        <source>{0} chosen instructions</source>
        <translation>{0} instructions choisies</translation>
    </message>
    <message>
        <source>{0} instructions chosen by a filter</source>
        <translation>{0} instructions choisies par un filtre</translation>
    </message>
    <message>
        <source>{0} prompts from {1}</source>
        <translation>{0} prompts de {1}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the dataset</source>
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’export</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The dataset, its card and its licence are written into this folder. Type a new folder&apos;s name to create it, or choose an empty folder.</source>
        <translation>Le jeu de données, sa fiche et sa licence sont écrits dans ce dossier. Tapez le nom d’un nouveau dossier pour le créer, ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Export the dataset into…</source>
        <translation>Exporter le jeu de données dans…</translation>
    </message>
    <message>
        <source>{0} already holds files, so the dataset goes into a new folder inside it, named above; change the name if you like.</source>
        <translation>{0} contient déjà des fichiers : le jeu de données va dans un nouveau dossier à l’intérieur, nommé ci-dessus ; changez le nom si vous voulez.</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>Tapez le chemin complet d’un dossier, ou choisissez-en un.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>{0} already holds files; choose an empty or new folder.</source>
        <translation>{0} contient déjà des fichiers ; choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>The dataset goes into this empty folder.</source>
        <translation>Le jeu de données va dans ce dossier vide.</translation>
    </message>
    <message>
        <source>This folder will be created.</source>
        <translation>Ce dossier sera créé.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Parquet (the Hub&apos;s own format)</source>
        <translation>Parquet (le format propre au Hub)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Arrow folder (datasets.load_from_disk)</source>
        <translation>Dossier Arrow (datasets.load_from_disk)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln instruction</numerusform><numerusform>%Ln instructions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln réponse</numerusform><numerusform>%Ln réponses</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;Licence :&lt;/b&gt; inconnue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Licence :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0} ({1})</source>
        <translation>&lt;b&gt;Licence :&lt;/b&gt; {0} ({1})</translation>
    </message>
    <message>
        <source>{0} under {1}</source>
        <translation>{0} sous {1}</translation>
    </message>
    <message>
        <source> from {0}</source>
        <translation> de {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Conflit :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Remarque :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing would be exported: no response passes the options.</source>
        <translation>Rien ne serait exporté : aucune réponse ne satisfait les options.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Langues :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Laissé de côté :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing; every response to an included instruction.</source>
        <translation>&lt;b&gt;Laissé de côté :&lt;/b&gt; rien ; toutes les réponses aux instructions incluses.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>Only the selected response of each instruction</source>
        <translation>Seulement la réponse sélectionnée de chaque instruction</translation>
    </message>
    <message>
        <source>Only responses accepted in review</source>
        <translation>Seulement les réponses acceptées à la relecture</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <source>All languages, or codes such as sw, en</source>
        <translation>Toutes les langues, ou des codes comme sw, en</translation>
    </message>
    <message>
        <source> % of instructions</source>
        <translation> % des instructions</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>le nom du projet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Minimum judge score</source>
        <translation>Note minimale du juge</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Partie de test</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nom sur la fiche</translation>
    </message>
</context>
<context>
    <name>ExportedBox</name>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)</source>
        <translation>Fichiers d’instructions (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or</source>
        <translation>Déposez ici des fichiers d’instructions (CSV, TSV, JSON, JSON Lines, Parquet, texte), ou</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>or a Hugging Face dataset, e.g. CohereForAI/aya_dataset</source>
        <translation>ou un jeu de données Hugging Face, p. ex. CohereForAI/aya_dataset</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Choose instruction files</source>
        <translation>Choisir des fichiers d’instructions</translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message>
        <source>What the fine-tune changed</source>
        <translation>Ce que l’entraînement a changé</translation>
    </message>
    <message>
        <source>A model that compares each pair of answers, in both orders; without one only the answers are measured</source>
        <translation>Un modèle qui compare chaque paire de réponses, dans les deux ordres ; sans juge, seules les réponses sont mesurées</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Aucun juge</translation>
    </message>
    <message>
        <source>Measure what it changed</source>
        <translation>Mesurer ce qui a changé</translation>
    </message>
    <message>
        <source>The base and the tuned model answer the instructions the run held out (and the judge compares them); stopped, it continues where it stopped</source>
        <translation>Le modèle de base et le modèle affiné répondent aux instructions mises de côté par l’entraînement (et le juge les compare) ; interrompue, la mesure reprend là où elle s’était arrêtée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juge :</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>End cleanly before the limit</source>
        <translation>Se terminent proprement avant la limite</translation>
    </message>
    <message>
        <source>Cut off at the limit</source>
        <translation>Coupées à la limite</translation>
    </message>
    <message>
        <source>Repeat themselves</source>
        <translation>Se répètent</translation>
    </message>
    <message>
        <source>Mean length (tokens)</source>
        <translation>Longueur moyenne (jetons)</translation>
    </message>
    <message>
        <source>A finished training run shows here what it changed on the instructions it held out.</source>
        <translation>Un entraînement terminé montre ici ce qu’il a changé sur les instructions mises de côté.</translation>
    </message>
    <message>
        <source>“{0}” held no instructions out, so nothing can show what it changed; train with a held-out fraction.</source>
        <translation>« {0} » n’a mis aucune instruction de côté : rien ne peut montrer ce qu’il a changé ; entraînez avec une part mise de côté.</translation>
    </message>
    <message>
        <source>“{0}” has not been measured yet: press “Measure what it changed”.</source>
        <translation>« {0} » n’a pas encore été mesuré : appuyez sur « Mesurer ce qui a changé ».</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>« {0} » sur %Ln instruction mise de côté, {1:,} jetons au plus par réponse : {2} avant, {3} après.</numerusform>
            <numerusform>« {0} » sur %Ln instructions mises de côté, {1:,} jetons au plus par réponse : {2} avant, {3} après.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out loss: {0} at step {1:,}, {2} at step {3:,}.</source>
        <translation>Perte réservée : {0} à l’étape {1:,}, {2} à l’étape {3:,}.</translation>
    </message>
    <message>
        <source>No held-out loss was recorded.</source>
        <translation>Aucune perte réservée n’a été enregistrée.</translation>
    </message>
    <message>
        <source>The judge {0} is a small model: its preferences are weak evidence of what changed.</source>
        <translation>Le juge {0} est un petit modèle : ses préférences ne prouvent guère ce qui a changé.</translation>
    </message>
    <message>
        <source>Too few held-out instructions ({0:,}) for the shares or the interval to mean much; {1:,} or more are needed.</source>
        <translation>Trop peu d’instructions mises de côté ({0:,}) pour que les parts ou l’intervalle aient un sens ; il en faut {1:,} ou plus.</translation>
    </message>
    <message>
        <source>No judge compared the answers; choose one to learn which it prefers.</source>
        <translation>Aucun juge n’a comparé les réponses ; choisissez-en un pour savoir lesquelles il préfère.</translation>
    </message>
    <message>
        <source>The judge gave no verdict on any pair.</source>
        <translation>Le juge n’a rendu aucun verdict.</translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>Le juge {0} a préféré le modèle affiné dans {1} de %Ln comparaison, chaque paire posée dans les deux ordres (intervalle à 95 % : {2} à {3} ; gagnées {4:,}, perdues {5:,}, nulles {6:,}).</numerusform>
            <numerusform>Le juge {0} a préféré le modèle affiné dans {1} des %Ln comparaisons, chaque paire posée dans les deux ordres (intervalle à 95 % : {2} à {3} ; gagnées {4:,}, perdues {5:,}, nulles {6:,}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Tokens per character, relative to English</source>
        <translation>Jetons par caractère, par rapport à l’anglais</translation>
    </message>
    <message>
        <source>Tokens per word, relative to English</source>
        <translation>Jetons par mot, par rapport à l’anglais</translation>
    </message>
    <message>
        <source>Tokens for the same text, relative to English (decides the verdict)</source>
        <translation>Jetons pour le même texte, par rapport à l’anglais (décide du verdict)</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Pas encore de mesures</translation>
    </message>
    <message>
        <source>{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), {tpw} tokens per word, {share:.0%} byte pieces; {n} instructions.</source>
        <translation>{model}, {language} : {tpc:.2f} jetons par caractère ({rc:.1f}× l’anglais), {tpw} jetons par mot, {share:.0%} de morceaux d’octets ; {n} instructions.</translation>
    </message>
    <message>
        <source>Poor fit: {reason}.</source>
        <translation>Mauvaise adéquation : {reason}.</translation>
    </message>
    <message>
        <source>no words to count</source>
        <translation>aucun mot à compter</translation>
    </message>
    <message>
        <source>English (1×)</source>
        <translation>Anglais (1×)</translation>
    </message>
    <message>
        <source>poor fit from {:.0f}×</source>
        <translation>mauvaise adéquation à partir de {:.0f}×</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>mauvaise adéquation</translation>
    </message>
</context>
<context>
    <name>FitSection</name>
    <message>
        <source>&lt;b&gt;Tokenizer fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adéquation du tokeniseur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How many tokens each model needs for each language of the project, compared with English, on up to 500 of the project&apos;s own instructions per language.</source>
        <translation>Combien de jetons chaque modèle utilise pour chaque langue du projet, comparé à l’anglais, sur jusqu’à 500 instructions du projet par langue.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Measure the languages and models not measured yet</source>
        <translation>Mesurer les langues et modèles pas encore mesurés</translation>
    </message>
    <message>
        <source>Tokenizer fit per model and language</source>
        <translation>Adéquation du tokeniseur par modèle et par langue</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>Measuring {what} ({done} of {total})…</source>
        <translation>Mesure de {what} ({done} sur {total})…</translation>
    </message>
    <message>
        <source>No included instructions with a language yet</source>
        <translation>Pas encore d’instructions incluses avec une langue</translation>
    </message>
    <message>
        <source>Not measured yet: press Refresh</source>
        <translation>Pas encore mesuré : appuyez sur Actualiser</translation>
    </message>
    <message>
        <source>{model}: not measured ({why}).</source>
        <translation>{model} : non mesuré ({why}).</translation>
    </message>
    <message>
        <source>{model} is a poor fit for {languages}.</source>
        <translation>{model} convient mal à {languages}.</translation>
    </message>
    <message>
        <source>English reference: Handloom&apos;s own 60 English instructions (the project has too few in English).</source>
        <translation>Référence anglaise : les 60 instructions anglaises propres à Handloom (le projet en a trop peu en anglais).</translation>
    </message>
    <message>
        <source>Hover a bar for its numbers and the reason.</source>
        <translation>Survolez une barre pour voir ses chiffres et la raison.</translation>
    </message>
    <message>
        <source>{n} measurements are missing.</source>
        <translation>{n} mesures manquent.</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Responses per instruction (the seed method keeps the best of 6)</source>
        <translation>Réponses par instruction (la méthode d’origine garde la meilleure de 6)</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Séquences décodées ensemble par llama.cpp</translation>
    </message>
    <message>
        <source>Requests in flight to the server</source>
        <translation>Requêtes simultanées vers le serveur</translation>
    </message>
    <message>
        <source>variable holding the API key, if any</source>
        <translation>variable contenant la clé d’API, s’il y en a une</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>A fixed seed makes the responses reproducible</source>
        <translation>Une graine fixe rend les réponses reproductibles</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>toutes les langues</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Only the first N included instructions</source>
        <translation>Seulement les N premières instructions incluses</translation>
    </message>
    <message>
        <source>A system prompt for every request (optional)</source>
        <translation>Un prompt système pour chaque requête (facultatif)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Responses each</source>
        <translation>Réponses par instruction</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En parallèle</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Simultanéité</translation>
    </message>
    <message>
        <source>API key from</source>
        <translation>Clé d’API depuis</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop now; Resume continues where it stopped</source>
        <translation>Arrêter maintenant ; Reprendre continue là où cela s’est arrêté</translation>
    </message>
    <message>
        <source>Stop and forget this run (responses written stay)</source>
        <translation>Arrêter et oublier cette exécution (les réponses écrites restent)</translation>
    </message>
    <message>
        <source>The CPUs are shared with other programs, so generation is slower until they finish.</source>
        <translation>Les processeurs sont partagés avec d’autres programmes : la génération est plus lente jusqu’à ce qu’ils aient fini.</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>En cours d’écriture</translation>
    </message>
    <message>
        <source>Responses by instruction</source>
        <translation>Réponses par instruction</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Enregistrez d’abord un modèle dans la page Modèles.</translation>
    </message>
    <message>
        <source>There are no included instructions to answer with these settings.</source>
        <translation>Aucune instruction incluse à laquelle répondre avec ces paramètres.</translation>
    </message>
    <message>
        <source>All {0:,} responses with these settings are written.</source>
        <translation>Les {0:,} réponses avec ces paramètres sont écrites.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} responses with these settings still to write.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; réponses sur {1:,} restent à écrire avec ces paramètres.</translation>
    </message>
    <message>
        <source>Choose a model to generate with.</source>
        <translation>Choisissez un modèle pour générer.</translation>
    </message>
    <message>
        <source>Writing responses</source>
        <translation>Écriture des réponses</translation>
    </message>
    <message>
        <source>Wrote {0:,} responses ({1:,} tokens, {2} tokens/s).</source>
        <translation>{0:,} réponses écrites ({1:,} jetons, {2} jetons/s).</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Arrêté par une erreur ; Reprendre refait ce qui manque.</translation>
    </message>
    <message>
        <source>Paused; Resume continues where it stopped.</source>
        <translation>En pause ; Reprendre continue là où cela s’est arrêté.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Continue generating with {0} ({1}{2})</source>
        <translation>Continuer à générer avec {0} ({1}{2})</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>See the whole method at a glance: how many instructions reached each stage, what is running, and the next step.</source>
        <translation>Voyez toute la méthode d’un coup d’œil : combien d’instructions ont atteint chaque étape, ce qui tourne et la prochaine étape.</translation>
    </message>
    <message>
        <source>Bring in instructions people wrote: CSV, JSON Lines, Parquet or text files, or a Hugging Face dataset.</source>
        <translation>Importez des instructions écrites par des personnes : fichiers CSV, JSON Lines, Parquet ou texte, ou un jeu de données Hugging Face.</translation>
    </message>
    <message>
        <source>Drop unsafe, templated and duplicate instructions, and decide what happens to personal data.</source>
        <translation>Écartez les instructions dangereuses, répétitives ou en double, et décidez du sort des données personnelles.</translation>
    </message>
    <message>
        <source>Add the local GGUF models that answer, judge and get trained, or servers that run them.</source>
        <translation>Ajoutez les modèles GGUF locaux qui répondent, jugent et sont entraînés, ou les serveurs qui les font tourner.</translation>
    </message>
    <message>
        <source>If you like, translate the instructions into your language with a model.</source>
        <translation>Si vous le souhaitez, traduisez les instructions dans votre langue avec un modèle.</translation>
    </message>
    <message>
        <source>Let a model answer every instruction, once or several times.</source>
        <translation>Faites répondre un modèle à chaque instruction, une ou plusieurs fois.</translation>
    </message>
    <message>
        <source>Let a model score each response from 0 to 10 with its reasons, and keep the best one.</source>
        <translation>Faites noter chaque réponse de 0 à 10 par un modèle, avec ses raisons, et gardez la meilleure.</translation>
    </message>
    <message>
        <source>Accept, reject or edit the instructions and responses yourself, from the keyboard.</source>
        <translation>Acceptez, rejetez ou modifiez vous-même les instructions et les réponses, au clavier.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the accepted pairs.</source>
        <translation>Affinez un modèle sur les paires acceptées.</translation>
    </message>
    <message>
        <source>Put the base and the tuned model side by side and vote without knowing which is which.</source>
        <translation>Placez le modèle de base et le modèle affiné côte à côte et votez sans savoir lequel est lequel.</translation>
    </message>
    <message>
        <source>Export the dataset with its card, and send it to the Hugging Face Hub when you are online.</source>
        <translation>Exportez le jeu de données avec sa fiche, et envoyez-le sur le Hub Hugging Face quand vous êtes en ligne.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Handloom builds a dataset in stages, one page each, in this order. Open the demo project or a project of your own from the File menu, then go through the pages from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page.</source>
        <translation>Handloom construit un jeu de données par étapes, une page chacune, dans cet ordre. Ouvrez le projet de démonstration ou votre propre projet depuis le menu Fichier, puis parcourez les pages depuis le haut de la barre latérale ; Ctrl+1 à Ctrl+0 mènent directement à une page.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Two columns: the term, its translation (a header row is skipped)</source>
        <translation>Deux colonnes : le terme, sa traduction (une ligne d’en-tête est ignorée)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>%Ln terme pour {0}.</numerusform>
            <numerusform>%Ln termes pour {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>%Ln terme de glossaire importé.</numerusform>
            <numerusform>%Ln termes de glossaire importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Glossaires (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the Hugging Face Hub</source>
        <translation>Se connecter au Hugging Face Hub</translation>
    </message>
    <message>
        <source>Publishing to the Hub needs an access token with write permission: create one on huggingface.co under Settings → Access Tokens and paste it here. Handloom checks it with the Hub and keeps it where the Hugging Face tools keep their login on this computer, never in the project.</source>
        <translation>Publier sur le Hub demande un jeton d’accès avec droit d’écriture : créez-en un sur huggingface.co, dans Settings → Access Tokens, et collez-le ici. Handloom le vérifie auprès du Hub et le garde là où les outils Hugging Face gardent leur connexion sur cet ordinateur, jamais dans le projet.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Signed in on this computer: pushes use the stored login.</source>
        <translation>Connecté sur cet ordinateur : les envois utilisent la connexion enregistrée.</translation>
    </message>
    <message>
        <source>The HF_TOKEN variable holds a token, and pushes use it; signing out here does not change it.</source>
        <translation>La variable HF_TOKEN contient un jeton, que les envois utilisent ; se déconnecter ici ne le change pas.</translation>
    </message>
    <message>
        <source>Not signed in: a push waits in the push queue until you sign in.</source>
        <translation>Non connecté : un envoi attend dans la file d’envoi jusqu’à ce que vous vous connectiez.</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Vérification du jeton auprès du Hub…</translation>
    </message>
    <message>
        <source>Signed in to the Hub as {0}.</source>
        <translation>Connecté au Hub en tant que {0}.</translation>
    </message>
    <message>
        <source>Signed in to the Hub.</source>
        <translation>Connecté au Hub.</translation>
    </message>
    <message>
        <source>Signed out: the stored login was removed from this computer.</source>
        <translation>Déconnecté : la connexion enregistrée a été retirée de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or who allowed its use</source>
        <translation>p. ex. CC-BY-4.0, ou qui en a permis l’usage</translation>
    </message>
    <message>
        <source>detect per row</source>
        <translation>détecter par ligne</translation>
    </message>
    <message>
        <source>Skip bad rows (and list their lines)</source>
        <translation>Ignorer les lignes fautives (et lister leurs numéros)</translation>
    </message>
    <message>
        <source>Import even if imported before</source>
        <translation>Importer même si déjà importé</translation>
    </message>
    <message>
        <source>Columns and options</source>
        <translation>Colonnes et options</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>Licence des données</translation>
    </message>
    <message>
        <source>Language of every row</source>
        <translation>Langue de toutes les lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose or drop a file to see its first rows here.</source>
        <translation>Choisissez ou déposez un fichier pour voir ici ses premières lignes.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Lecture des premières lignes…</translation>
    </message>
    <message>
        <source>This file cannot be previewed (see above).</source>
        <translation>Ce fichier ne peut pas être prévisualisé (voir ci-dessus).</translation>
    </message>
    <message>
        <source>The first {0} rows, read as {1}.</source>
        <translation>Les {0} premières lignes, lues comme {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>Ligne</numerusform>
            <numerusform>Lignes</numerusform>
        </translation>
    </message>
    <message>
        <source> {0} {1} could not be read; tick “Skip bad rows” to import the rest.</source>
        <translation> {0} {1} : lecture impossible ; cochez « Ignorer les lignes fautives » pour importer le reste.</translation>
    </message>
    <message>
        <source>Import cancelled; Resume (above) continues it.</source>
        <translation>Import annulé ; Reprendre (ci-dessus) le poursuit.</translation>
    </message>
    <message>
        <source>The import stopped (see the message above).</source>
        <translation>L’import s’est arrêté (voir le message ci-dessus).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Instruction column</source>
        <translation>Colonne de l’instruction</translation>
    </message>
    <message>
        <source>Language column</source>
        <translation>Colonne de la langue</translation>
    </message>
    <message>
        <source>Author column</source>
        <translation>Colonne de l’auteur</translation>
    </message>
    <message>
        <source>Licence column</source>
        <translation>Colonne de la licence</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>Colonne de l’identifiant</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <source>Select an instruction to see it in full.</source>
        <translation>Sélectionnez une instruction pour la voir en entier.</translation>
    </message>
</context>
<context>
    <name>InstructionModel</name>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Exclue pour</translation>
    </message>
    <message>
        <source>{0}: the language identifiers were not sure</source>
        <translation>{0} : les identificateurs de langue n’étaient pas sûrs</translation>
    </message>
</context>
<context>
    <name>InstructionTable</name>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Wait for the running job to finish or cancel it first.</source>
        <translation>Attendez la fin de la tâche en cours ou annulez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> à {0:,} sur {1:,}</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Importing instructions</source>
        <translation>Import des instructions</translation>
    </message>
    <message>
        <source>Curating</source>
        <translation>Tri en cours</translation>
    </message>
    <message>
        <source>Writing follow-up questions</source>
        <translation>Écriture des questions de relance</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>Export du jeu de données</translation>
    </message>
    <message>
        <source>Publishing to the Hub</source>
        <translation>Publication sur le Hub</translation>
    </message>
    <message>
        <source>Importing from the Hub</source>
        <translation>Import depuis le Hub</translation>
    </message>
    <message>
        <source>Merging the other copy</source>
        <translation>Fusion de l&apos;autre copie</translation>
    </message>
    <message>
        <source>Writing the batch file</source>
        <translation>Écriture du fichier de lot</translation>
    </message>
    <message>
        <source>Recording batch results</source>
        <translation>Enregistrement des résultats du lot</translation>
    </message>
    <message>
        <source>Exporting the training run</source>
        <translation>Export de l’entraînement</translation>
    </message>
    <message>
        <source>Bringing back the training run</source>
        <translation>Retour de l’entraînement</translation>
    </message>
    <message>
        <source>Lifting exclusions</source>
        <translation>Levée des exclusions</translation>
    </message>
    <message>
        <source>Answering follow-up questions</source>
        <translation>Réponses aux questions de relance</translation>
    </message>
    <message>
        <source>Judging follow-ups</source>
        <translation>Évaluation des relances</translation>
    </message>
    <message>
        <source>Curating: {0}</source>
        <translation>Tri en cours : {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Flagging</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Questions de relance</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Comparison answers</source>
        <translation>Réponses de la comparaison</translation>
    </message>
    <message>
        <source>Comparison judging</source>
        <translation>Évaluation de la comparaison</translation>
    </message>
    <message>
        <source>Writing a batch file</source>
        <translation>Écriture d’un fichier de lot</translation>
    </message>
    <message>
        <source>Reading a batch file</source>
        <translation>Lecture d’un fichier de lot</translation>
    </message>
    <message>
        <source>Exporting a training run</source>
        <translation>Export d’un entraînement</translation>
    </message>
    <message>
        <source>Tokenizer fit</source>
        <translation>Adéquation du tokeniseur</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>{0} {1}{2}.</source>
        <translation>{0} {1}{2}.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>JudgeBox</name>
    <message>
        <source>LLM judge</source>
        <translation>Juge LLM</translation>
    </message>
    <message>
        <source>Run the judge</source>
        <translation>Lancer le juge</translation>
    </message>
    <message>
        <source>Also grade each answer 1–10</source>
        <translation>Noter aussi chaque réponse de 1 à 10</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modèle juge</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Each pair is asked in both orders; contradictory verdicts count as ties.</source>
        <translation>Chaque paire est posée dans les deux ordres ; des verdicts contradictoires comptent comme nuls.</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>All responses</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Par langue</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>There are no responses to judge yet: generate some first.</source>
        <translation>Pas encore de réponses à juger : générez-en d’abord.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; responses judged, {1:,} unreadable, {2:,} not judged yet; &lt;b&gt;{3:,}&lt;/b&gt; selected.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; réponses jugées, {1:,} illisibles, {2:,} pas encore jugées ; &lt;b&gt;{3:,}&lt;/b&gt; sélectionnées.</translation>
    </message>
    <message>
        <source>Judging responses</source>
        <translation>Évaluation des réponses</translation>
    </message>
    <message>
        <source>{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}.</source>
        <translation>{0} (grille v{1}) a jugé {2:,} réponses, {3:,} illisibles, {4:,} vides notées 0 ; note moyenne {5}.</translation>
    </message>
    <message>
        <source>Cancelled; Judge again continues where it stopped.</source>
        <translation>Annulé ; Juger à nouveau reprend là où cela s’est arrêté.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} instructions have a selected response.</source>
        <translation>{0:,} instructions sur {1:,} ont une réponse sélectionnée.</translation>
    </message>
    <message>
        <source>Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person).</source>
        <translation>Meilleure réponse sélectionnée pour {0:,} instructions sur {1:,} (note {2:g} ou plus ; {3:,} acceptées par une personne).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>%Ln relance, {0:,} gardées avec une note de {1:g} ou plus, {2:,} en échec.</numerusform>
            <numerusform>%Ln relances, {0:,} gardées avec une note de {1:g} ou plus, {2:,} en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Choisissez d’abord un modèle.</translation>
    </message>
</context>
<context>
    <name>JudgeRun</name>
    <message>
        <source>Judge the responses</source>
        <translation>Juger les réponses</translation>
    </message>
    <message>
        <source>Room for the judge&apos;s rationale and score</source>
        <translation>Place pour la justification et la note du juge</translation>
    </message>
    <message>
        <source>Only responses no judge has scored</source>
        <translation>Seulement les réponses qu’aucun juge n’a notées</translation>
    </message>
    <message>
        <source>Judge unreadable judgements again</source>
        <translation>Rejuger les jugements illisibles</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modèle juge</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En parallèle</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Set language</source>
        <translation>Définir la langue</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>Définir la langue de %n instruction. Une langue définie ici est conservée : identifier à nouveau les langues ne la change jamais.</numerusform>
            <numerusform>Définir la langue de %n instructions. Une langue définie ici est conservée : identifier à nouveau les langues ne la change jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>Saisissez une langue ou son code</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>The loss curve appears here while a run trains.</source>
        <translation>La courbe de perte apparaît ici pendant l’entraînement.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>étape {0}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d’entraînement</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>perte réservée</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>&amp;Fusionner une autre copie…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Handloom projects (*.handloom)</source>
        <translation>Projets Handloom (*.handloom)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>{0} is in {1}</source>
        <translation>{0} se trouve dans {1}</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>Fusionner une autre copie</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read.

Put back its latest automatic backup, {1} (saved {2})? The damaged file is kept beside it; changes made since the backup are not in it.</source>
        <translation>{0} est endommagé et ne peut pas être lu.

Remettre sa dernière sauvegarde automatique, {1} (enregistrée le {2}) ? Le fichier endommagé est conservé à côté ; les modifications faites depuis la sauvegarde n’y sont pas.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Restaurer une sauvegarde ?</translation>
    </message>
    <message>
        <source>Restored {0} from {1}; the damaged file is kept as {2}.</source>
        <translation>{0} restauré depuis {1} ; le fichier endommagé est conservé sous le nom {2}.</translation>
    </message>
    <message>
        <source>{0} already exists; open it instead.</source>
        <translation>{0} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>Création de {0}…</translation>
    </message>
    <message>
        <source>{0} — Handloom</source>
        <translation>{0} — Handloom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item.
What name should it use for you?</source>
        <translation>Handloom enregistre qui a importé, relu ou modifié chaque élément.
Quel nom doit-il utiliser pour vous ?</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Layout</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>a table of columns</source>
        <translation>un tableau de colonnes</translation>
    </message>
    <message>
        <source>{0} (recognised from its columns)</source>
        <translation>{0} (reconnu d’après ses colonnes)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {0}</source>
        <translation>Fusionner {0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Checking what {0} would bring in… Nothing is changed until you press Merge.</source>
        <translation>Vérification de ce que {0} apporterait… Rien ne change tant que vous n’appuyez pas sur Fusionner.</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>Fusion de {0}…</translation>
    </message>
    <message>
        <source>Merging {0} would do this. Press Merge to bring it in; the other file is only read.</source>
        <translation>Fusionner {0} ferait ceci. Appuyez sur Fusionner pour l’intégrer ; l’autre fichier est seulement lu.</translation>
    </message>
    <message>
        <source>{0} holds nothing this project lacks.</source>
        <translation>{0} ne contient rien qui manque à ce projet.</translation>
    </message>
    <message>
        <source>Merged {0}.</source>
        <translation>{0} fusionné.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This file cannot be merged; this project was left untouched.</source>
        <translation>Ce fichier ne peut pas être fusionné ; ce projet n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln tâche</numerusform><numerusform>%Ln tâches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln source</numerusform><numerusform>%Ln sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>%Ln modèle</numerusform><numerusform>%Ln modèles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>%Ln grille d’évaluation</numerusform><numerusform>%Ln grilles d’évaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>%Ln modèle de prompt</numerusform><numerusform>%Ln modèles de prompt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>%Ln terme du glossaire</numerusform><numerusform>%Ln termes du glossaire</numerusform></translation>
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
        <translation><numerusform>%Ln traduction</numerusform><numerusform>%Ln traductions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln réponse</numerusform><numerusform>%Ln réponses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>%Ln signalement de réponse</numerusform><numerusform>%Ln signalements de réponse</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>%Ln question de suivi</numerusform><numerusform>%Ln questions de suivi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>%Ln jugement</numerusform><numerusform>%Ln jugements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln relecture</numerusform><numerusform>%Ln relectures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>%Ln entraînement</numerusform><numerusform>%Ln entraînements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>%Ln mesure d’entraînement</numerusform><numerusform>%Ln mesures d’entraînement</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>%Ln ligne d’entraînement</numerusform><numerusform>%Ln lignes d’entraînement</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>%Ln jeu d’évaluation</numerusform><numerusform>%Ln jeux d’évaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>%Ln élément d’évaluation</numerusform><numerusform>%Ln éléments d’évaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>%Ln réponse d’évaluation</numerusform><numerusform>%Ln réponses d’évaluation</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>%Ln vote de comparaison</numerusform><numerusform>%Ln votes de comparaison</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>%Ln note de réponse</numerusform><numerusform>%Ln notes de réponse</numerusform></translation>
    </message>
    <message>
        <source>Renamed model “{0}” to “{1}”.</source>
        <translation>Modèle « {0} » renommé en « {1} ».</translation>
    </message>
    <message>
        <source>Renamed training run “{0}” to “{1}”.</source>
        <translation>Entraînement « {0} » renommé en « {1} ».</translation>
    </message>
    <message>
        <source>Renamed evaluation set “{0}” to “{1}”.</source>
        <translation>Jeu d’évaluation « {0} » renommé en « {1} ».</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• la réponse à « {0} » : ici {1} par {2}, là-bas {3} par {4} → désormais {5}</translation>
    </message>
    <message>
        <source>• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• l’instruction « {0} » : ici {1} par {2}, là-bas {3} par {4} → désormais {5}</translation>
    </message>
    <message>
        <source>{0} {1}: here {2} by {3}, there {4} by {5} → now {6}</source>
        <translation>{0} {1} : ici {2} par {3}, là-bas {4} par {5} → désormais {6}</translation>
    </message>
    <message>
        <source>Nothing new: everything is already here.</source>
        <translation>Rien de nouveau : tout est déjà ici.</translation>
    </message>
    <message>
        <source>Would bring in {0}.</source>
        <translation>Apporterait {0}.</translation>
    </message>
    <message>
        <source>Brought in {0}.</source>
        <translation>Apporté : {0}.</translation>
    </message>
    <message>
        <source>The other file uses schema {0}; a temporary copy was upgraded and the file itself left untouched.</source>
        <translation>L’autre fichier utilise le schéma {0} ; une copie temporaire a été mise à niveau et le fichier lui-même n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>%Ln élément a été créé dans les deux copies ; celui d’ici a été gardé.</numerusform><numerusform>%Ln éléments ont été créés dans les deux copies ; ceux d’ici ont été gardés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>%Ln réponse a été générée différemment dans les deux copies ; la leur a été gardée comme échantillon supplémentaire.</numerusform><numerusform>%Ln réponses ont été générées différemment dans les deux copies ; les leurs ont été gardées comme échantillons supplémentaires.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>%Ln relecture a été annulée dans l’autre copie ; annulée ici aussi.</numerusform><numerusform>%Ln relectures ont été annulées dans l’autre copie ; annulées ici aussi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>%Ln instruction a été triée autrement là-bas ; le tri d’ici a été gardé.</numerusform><numerusform>%Ln instructions ont été triées autrement là-bas ; le tri d’ici a été gardé.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>%Ln élément a été relu différemment ; les deux relectures sont gardées et la plus récente décide :</numerusform><numerusform>%Ln éléments ont été relus différemment ; les deux relectures sont gardées et la plus récente décide :</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{0}  (server)</source>
        <translation>{0}  (serveur)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Modèle de chat</translation>
    </message>
    <message>
        <source>GGUF file</source>
        <translation>Fichier GGUF</translation>
    </message>
    <message>
        <source>GGUF + adapter</source>
        <translation>GGUF + adaptateur</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>none: plain completion</source>
        <translation>aucun : complétion simple</translation>
    </message>
    <message>
        <source>plain completion</source>
        <translation>complétion simple</translation>
    </message>
    <message>
        <source>instruction / response</source>
        <translation>instruction / réponse</translation>
    </message>
    <message>
        <source>Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs.</source>
        <translation>Les modèles écrivent et jugent les réponses. Chaque projet a les deux modèles fournis ; ajoutez un fichier GGUF de cet ordinateur, ou un modèle sur un serveur pour les grosses tâches.</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <source>Add GGUF file…</source>
        <translation>Ajouter un fichier GGUF…</translation>
    </message>
    <message>
        <source>Add model on a server…</source>
        <translation>Ajouter un modèle sur un serveur…</translation>
    </message>
    <message>
        <source>Run models on:</source>
        <translation>Exécuter les modèles sur :</translation>
    </message>
    <message>
        <source>Models loaded from now on use this; a job already running keeps its device.</source>
        <translation>Les modèles chargés à partir de maintenant l’utilisent ; une tâche déjà en cours garde son appareil.</translation>
    </message>
    <message>
        <source>Finding out where models run…</source>
        <translation>Recherche de l’endroit où les modèles s’exécutent…</translation>
    </message>
    <message>
        <source>GPU: {0}</source>
        <translation>GPU : {0}</translation>
    </message>
    <message>
        <source>CPU: {0}</source>
        <translation>CPU : {0}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads); {2} is not used.</source>
        <translation>Les modèles s’exécutent sur : le CPU avec du code {0} ({1} threads) ; {2} n’est pas utilisé.</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads) — no GPU found.</source>
        <translation>Les modèles s’exécutent sur : le CPU avec du code {0} ({1} threads) — aucun GPU trouvé.</translation>
    </message>
    <message>
        <source>{0}  (bundled)</source>
        <translation>{0}  (fourni)</translation>
    </message>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>contexte de %Ln jeton</numerusform>
            <numerusform>contexte de %Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out where models run.</source>
        <translation>Impossible de savoir où les modèles s’exécutent.</translation>
    </message>
    <message>
        <source>Models run on: {0}, every layer offloaded to the GPU.</source>
        <translation>Les modèles s’exécutent sur : {0}, toutes les couches déchargées sur le GPU.</translation>
    </message>
    <message>
        <source>This installation&apos;s llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.</source>
        <translation>Le llama.cpp de cette installation ne prend pas en charge les GPU, ou n’a trouvé aucun GPU utilisable. Les éditions CUDA et Vulkan utilisent le GPU quand il y en a un.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s CPU code: {0}, chosen for this processor when Handloom starts.</source>
        <translation>Code CPU de llama.cpp : {0}, choisi pour ce processeur au démarrage de Handloom.</translation>
    </message>
    <message>
        <source>Could not save the choice: {0}</source>
        <translation>Impossible d’enregistrer le choix : {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>celui du serveur</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>celui du modèle</translation>
    </message>
    <message>
        <source>The prompt format for a model whose file has no chat template</source>
        <translation>Le format de prompt d’un modèle dont le fichier n’a pas de modèle de chat</translation>
    </message>
    <message>
        <source>{0} models registered.</source>
        <translation>{0} modèles enregistrés.</translation>
    </message>
    <message>
        <source>serves “{0}”</source>
        <translation>sert « {0} »</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>Ajouter un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Say which model the server should run.</source>
        <translation>Indiquez quel modèle le serveur doit exécuter.</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>{0}  (+ adapter)</source>
        <translation>{0}  (+ adaptateur)</translation>
    </message>
    <message>
        <source>Models to compare (2–4)</source>
        <translation>Modèles à comparer (2–4)</translation>
    </message>
    <message>
        <source>GGUF models, tuned models (GGUF + adapter) and servers are added on the Models page.</source>
        <translation>Les modèles GGUF, les modèles affinés (GGUF + adaptateur) et les serveurs s’ajoutent dans la page Modèles.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} prompts answered</source>
        <translation>{0} : {1} prompts sur {2} traités</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Hide this hint</source>
        <translation>Masquer cette astuce</translation>
    </message>
    <message>
        <source>This project is empty. Start by importing instructions: a file of instructions people wrote (CSV, JSON Lines, Parquet or text).</source>
        <translation>Ce projet est vide. Commencez par importer des instructions : un fichier d&apos;instructions écrites par des personnes (CSV, JSON Lines, Parquet ou texte).</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>Aller à Importer</translation>
    </message>
    <message>
        <source>Go to Models</source>
        <translation>Aller à Modèles</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>This is the demo project, kept at {0}.</source>
        <translation>Ceci est le projet de démonstration, enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Next: filter out duplicates, templated prompts and personal data on the Curate page.</source>
        <translation>Ensuite : écartez les doublons, les prompts tirés de modèles et les données personnelles dans la page Trier.</translation>
    </message>
    <message>
        <source>Go to Curate</source>
        <translation>Aller à Trier</translation>
    </message>
    <message>
        <source>Next: add a model on the Models page to answer the instructions.</source>
        <translation>Ensuite : ajoutez un modèle dans la page Modèles pour répondre aux instructions.</translation>
    </message>
    <message>
        <source>Next: answer the instructions with a model on the Generate page.</source>
        <translation>Ensuite : faites répondre un modèle aux instructions dans la page Générer.</translation>
    </message>
    <message>
        <source>Go to Generate</source>
        <translation>Aller à Générer</translation>
    </message>
    <message>
        <source>Next: let a model judge the responses on the Judge page, or review them yourself on the Review page.</source>
        <translation>Ensuite : faites juger les réponses par un modèle dans la page Juger, ou relisez-les vous-même dans la page Relire.</translation>
    </message>
    <message>
        <source>Go to Judge</source>
        <translation>Aller à Juger</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluses</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduites</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Jugées</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnées</translation>
    </message>
    <message>
        <source>With a second turn</source>
        <translation>Avec un second tour</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Lignes d’entraînement</translation>
    </message>
    <message>
        <source>A job is running. Watch it on its page.</source>
        <translation>Une tâche est en cours. Suivez-la sur sa page.</translation>
    </message>
    <message>
        <source>A job stopped before the end. Resume it on its page.</source>
        <translation>Une tâche s’est arrêtée avant la fin. Reprenez-la sur sa page.</translation>
    </message>
    <message>
        <source>Import the instructions people wrote.</source>
        <translation>Importez les instructions écrites par des personnes.</translation>
    </message>
    <message>
        <source>Filter out duplicates, templated prompts and personal data.</source>
        <translation>Écartez les doublons, les prompts tirés de modèles et les données personnelles.</translation>
    </message>
    <message>
        <source>Answer the included instructions with an open-weight model.</source>
        <translation>Répondez aux instructions incluses avec un modèle à poids ouverts.</translation>
    </message>
    <message>
        <source>Have a judge model score the answers from 0 to 10.</source>
        <translation>Faites noter les réponses de 0 à 10 par un modèle juge.</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction.</source>
        <translation>Gardez la meilleure réponse à chaque instruction.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the selected pairs.</source>
        <translation>Entraînez un modèle sur les paires sélectionnées.</translation>
    </message>
    <message>
        <source>Compare the tuned model with other models.</source>
        <translation>Comparez le modèle affiné à d’autres modèles.</translation>
    </message>
    <message>
        <source>Publish the dataset and the model.</source>
        <translation>Publiez le jeu de données et le modèle.</translation>
    </message>
    <message>
        <source>Watch the running job</source>
        <translation>Suivre la tâche en cours</translation>
    </message>
    <message>
        <source>Resume the stopped job</source>
        <translation>Reprendre la tâche arrêtée</translation>
    </message>
    <message>
        <source>Import instructions</source>
        <translation>Importer des instructions</translation>
    </message>
    <message>
        <source>Curate the instructions</source>
        <translation>Trier les instructions</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Générer des réponses</translation>
    </message>
    <message>
        <source>Judge the answers</source>
        <translation>Juger les réponses</translation>
    </message>
    <message>
        <source>Select the best answers</source>
        <translation>Sélectionner les meilleures réponses</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Entraîner un modèle</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Comparer des modèles</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed; Resume continues it</source>
        <translation>échouée ; Reprendre la continue</translation>
    </message>
    <message>
        <source>stopped; Resume continues it</source>
        <translation>arrêtée ; Reprendre la continue</translation>
    </message>
    <message>
        <source>interrupted; Resume continues it</source>
        <translation>interrompue ; Reprendre la continue</translation>
    </message>
    <message>
        <source>Run every stage of the method one after another, as a recipe: stopped or interrupted, it resumes at the stage where it stopped.</source>
        <translation>Lancez toutes les étapes de la méthode l’une après l’autre, sous forme de recette : arrêtée ou interrompue, elle reprend à l’étape où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>The recipe stopped. Resume continues it at the stage where it stopped.</source>
        <translation>La recette s’est arrêtée. Reprendre la continue à l’étape où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Starting the recipe…</source>
        <translation>Démarrage de la recette…</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Étape {0} sur {1} : {2}</translation>
    </message>
    <message>
        <source>The recipe “{0}” ran to its end.</source>
        <translation>La recette « {0} » est allée jusqu’au bout.</translation>
    </message>
    <message>
        <source>From imported instructions to training rows</source>
        <translation>Des instructions importées aux lignes d’entraînement</translation>
    </message>
    <message>
        <source>Open the page of this stage</source>
        <translation>Ouvrir la page de cette étape</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>The seed method in one go</source>
        <translation>La méthode d’origine d’un seul coup</translation>
    </message>
    <message>
        <source>The recipe&apos;s current stage</source>
        <translation>L’étape en cours de la recette</translation>
    </message>
    <message>
        <source>Run the seed method…</source>
        <translation>Lancer la méthode d’origine…</translation>
    </message>
    <message>
        <source>Choose a recipe, see its plan, and run every stage one after another</source>
        <translation>Choisissez une recette, voyez son plan et lancez toutes les étapes l’une après l’autre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop after the current unit of work; Resume continues from there</source>
        <translation>Arrêter après l’unité de travail en cours ; Reprendre continue à partir de là</translation>
    </message>
    <message>
        <source>Resume the seed method</source>
        <translation>Reprendre la méthode d’origine</translation>
    </message>
    <message>
        <source>Continue the recipe that stopped, at the stage where it stopped</source>
        <translation>Continuer la recette arrêtée, à l’étape où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>Running: {0} ({1} of {2})</source>
        <translation>En cours : {0} ({1} sur {2})</translation>
    </message>
    <message>
        <source>Stopped: {0} ({1})</source>
        <translation>Arrêtée : {0} ({1})</translation>
    </message>
    <message>
        <source>No job is running, and none stopped before its end.</source>
        <translation>Aucune tâche n’est en cours, et aucune ne s’est arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Recipe “{0}”: {1}</source>
        <translation>Recette « {0} » : {1}</translation>
    </message>
    <message>
        <source>What {0} changed on {1} held-out instructions: answers that end cleanly {2} before, {3} after.</source>
        <translation>Ce que {0} a changé sur {1} instructions mises de côté : réponses qui se terminent proprement, {2} avant, {3} après.</translation>
    </message>
    <message>
        <source>The judge preferred the tuned model in {0} of comparisons (95% interval {1} to {2}).</source>
        <translation>Le juge a préféré le modèle affiné dans {0} des comparaisons (intervalle à 95 % : {1} à {2}).</translation>
    </message>
    <message>
        <source>Too few instructions or too weak a judge for these figures to mean much.</source>
        <translation>Trop peu d’instructions ou un juge trop faible pour que ces chiffres veuillent dire grand-chose.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Curate</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juger</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{0} tokens/s</source>
        <translation>{0} jetons/s</translation>
    </message>
    <message>
        <source>{0} per second</source>
        <translation>{0} par seconde</translation>
    </message>
    <message>
        <source>{0} per minute</source>
        <translation>{0} par minute</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Waiting for the other model job to finish…</source>
        <translation>En attente de la fin de l’autre tâche de modèle…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Chargement de {0}…</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>encore {0}</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
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
        <translation>Choisissez les langues pour voir leur prompt.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Must contain {text}; may use {glossary}, {source_language} and {target_language}</source>
        <translation>Doit contenir {text} ; peut utiliser {glossary}, {source_language} et {target_language}</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Back to the stored prompt</source>
        <translation>Revenir au prompt enregistré</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Start again from Handloom&apos;s default prompt</source>
        <translation>Repartir du prompt par défaut de Handloom</translation>
    </message>
    <message>
        <source>Choose a model and the languages first.</source>
        <translation>Choisissez d’abord un modèle et les langues.</translation>
    </message>
    <message>
        <source>Prompt for {0} → {1}</source>
        <translation>Prompt pour {0} → {1}</translation>
    </message>
    <message>
        <source>Handloom&apos;s default prompt (saved as version 1 on first use).</source>
        <translation>Prompt par défaut de Handloom (enregistré comme version 1 à la première utilisation).</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>Version {0}, enregistrée par {1} le {2}.</translation>
    </message>
    <message>
        <source>Saved version {0} of the {1} prompt.</source>
        <translation>Version {0} du prompt {1} enregistrée.</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the dataset into a new or empty folder you name or choose</source>
        <translation>Écrire le jeu de données dans un dossier nouveau ou vide que vous nommez ou choisissez</translation>
    </message>
    <message>
        <source>Publish to the Hub…</source>
        <translation>Publier sur le Hub…</translation>
    </message>
    <message>
        <source>Publish model…</source>
        <translation>Publier un modèle…</translation>
    </message>
    <message>
        <source>Upload a model tuned in this project (its adapter)</source>
        <translation>Téléverse un modèle affiné dans ce projet (son adaptateur)</translation>
    </message>
    <message>
        <source>Pull from the Hub…</source>
        <translation>Récupérer depuis le Hub…</translation>
    </message>
    <message>
        <source>Give Handloom a Hugging Face access token for publishing, or remove it</source>
        <translation>Donner à Handloom un jeton d’accès Hugging Face pour publier, ou le retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hugging Face sign-in…</source>
        <translation>Connexion à Hugging Face…</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, the upload waits in this project&apos;s push queue.</source>
        <translation>Handloom utilise votre connexion Hugging Face (« {0} » sur la page Publier) ou la variable HF_TOKEN ; le jeton n’est jamais affiché ni enregistré dans le projet. Hors ligne, l’envoi attend dans la file d’envoi de ce projet.</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>propriétaire/nom</translation>
    </message>
    <message>
        <source>Private repository (only you and your organisation see it)</source>
        <translation>Dépôt privé (visible seulement par vous et votre organisation)</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>Modèle affiné</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Dépôt du Hub</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>What goes into the dataset</source>
        <translation>Ce qui entre dans le jeu de données</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>File d’envoi</translation>
    </message>
    <message>
        <source>Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence.</source>
        <translation>{0:,} lignes ({1}) écrites dans {2} au format {3}, avec leur fiche et leur licence.</translation>
    </message>
    <message>
        <source>Publish the dataset</source>
        <translation>Publier le jeu de données</translation>
    </message>
    <message>
        <source>The dataset is exported as Parquet with its card and licence, queued in this project, then uploaded to this Hub repository.</source>
        <translation>Le jeu de données est exporté en Parquet avec sa fiche et sa licence, mis en file dans ce projet, puis envoyé vers ce dépôt du Hub.</translation>
    </message>
    <message>
        <source>Publish a tuned model</source>
        <translation>Publier un modèle affiné</translation>
    </message>
    <message>
        <source>The adapter (PEFT and GGUF) and a model card are queued in this project, then uploaded to this Hub repository.</source>
        <translation>L’adaptateur (PEFT et GGUF) et une fiche de modèle sont mis en file dans ce projet, puis envoyés vers ce dépôt du Hub.</translation>
    </message>
    <message>
        <source>this dataset</source>
        <translation>ce jeu de données</translation>
    </message>
    <message>
        <source>the model {0}</source>
        <translation>le modèle {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>%Ln instruction importée depuis {0}.</numerusform>
            <numerusform>%Ln instructions importées depuis {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPreview</name>
    <message>
        <source>What would be published</source>
        <translation>Ce qui serait publié</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>Fiche du jeu de données</translation>
    </message>
    <message>
        <source>Counting what would go in…</source>
        <translation>Calcul de ce qui entrerait…</translation>
    </message>
    <message>
        <source>There is no card without rows to describe.</source>
        <translation>Il n&apos;y a pas de fiche sans lignes à décrire.</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from the Hub</source>
        <translation>Récupérer depuis le Hub</translation>
    </message>
    <message>
        <source>owner/name or owner/name:split</source>
        <translation>propriétaire/nom ou propriétaire/nom:partie</translation>
    </message>
    <message>
        <source>taken from the dataset&apos;s card</source>
        <translation>reprise de la fiche du jeu de données</translation>
    </message>
    <message>
        <source>Hub dataset</source>
        <translation>Jeu de données du Hub</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Pull it again as a second copy</source>
        <translation>Le récupérer à nouveau en deuxième copie</translation>
    </message>
    <message>
        <source>Import the dataset once more, beside what earlier pulls of it imported</source>
        <translation>Importer le jeu de données une fois de plus, à côté de ce que les récupérations précédentes ont importé</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection).</source>
        <translation>Importe dans ce projet les instructions d’un jeu de données du Hugging Face Hub (une connexion est nécessaire).</translation>
    </message>
</context>
<context>
    <name>PushQueueView</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Dépôt du Hub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error, or where it went</source>
        <translation>Dernière erreur, ou destination</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mis en file</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privé)</translation>
    </message>
    <message>
        <source>Waiting to be pushed</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try every waiting push again</source>
        <translation>Réessaie tous les envois en attente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected push off the queue without sending it</source>
        <translation>Retire l’envoi sélectionné de la file sans l’envoyer</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>pas encore tenté</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>Rien n’a encore été publié depuis ce projet.</translation>
    </message>
    <message>
        <source>{0:,} waiting to be sent; nothing is lost while offline.</source>
        <translation>{0:,} en attente d’envoi ; rien n’est perdu hors ligne.</translation>
    </message>
    <message>
        <source>Everything queued has been published.</source>
        <translation>Tout ce qui était en file a été publié.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on à tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Import the instructions</source>
        <translation>Importer les instructions</translation>
    </message>
    <message>
        <source>Filter duplicates, templated prompts and personal data</source>
        <translation>Filtrer les doublons, les requêtes tirées de modèles et les données personnelles</translation>
    </message>
    <message>
        <source>Translate the instructions</source>
        <translation>Traduire les instructions</translation>
    </message>
    <message>
        <source>Answer each instruction with the teacher model</source>
        <translation>Répondre à chaque instruction avec le modèle enseignant</translation>
    </message>
    <message>
        <source>Score every answer from 0 to 10 with the judge</source>
        <translation>Noter chaque réponse de 0 à 10 avec le juge</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction</source>
        <translation>Garder la meilleure réponse à chaque instruction</translation>
    </message>
    <message>
        <source>Add a second turn, kept at a high score</source>
        <translation>Ajouter un second tour, gardé s’il obtient une note élevée</translation>
    </message>
    <message>
        <source>Fine-tune the student model</source>
        <translation>Affiner le modèle élève</translation>
    </message>
    <message>
        <source>Measure what the fine-tune changed</source>
        <translation>Mesurer ce que l’affinage a changé</translation>
    </message>
    <message>
        <source>Quick look: a few instructions, in minutes</source>
        <translation>Aperçu rapide : quelques instructions, en quelques minutes</translation>
    </message>
    <message>
        <source>The seed method, in English</source>
        <translation>La méthode d’origine, en anglais</translation>
    </message>
    <message>
        <source>The seed method, translated into another language</source>
        <translation>La méthode d’origine, traduite dans une autre langue</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Run the seed method</source>
        <translation>Lancer la méthode d’origine</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Recette :</translation>
    </message>
    <message>
        <source>The language to translate the instructions into: a code such as ja or sw, or its name</source>
        <translation>La langue dans laquelle traduire les instructions : un code comme ja ou sw, ou son nom</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traduire en :</translation>
    </message>
    <message>
        <source>Teacher (writes the answers):</source>
        <translation>Enseignant (écrit les réponses) :</translation>
    </message>
    <message>
        <source>Judge (scores them 0–10):</source>
        <translation>Juge (les note de 0 à 10) :</translation>
    </message>
    <message>
        <source>Student (fine-tuned):</source>
        <translation>Élève (affiné) :</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>The recipe&apos;s plan</source>
        <translation>Le plan de la recette</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>In all {0}, at the speeds measured on this project.</source>
        <translation>En tout {0}, aux vitesses mesurées sur ce projet.</translation>
    </message>
    <message>
        <source>Times come from jobs this project has finished; a stage without one has no estimate yet (“?”).</source>
        <translation>Les durées viennent des tâches que ce projet a terminées ; une étape sans tâche terminée n’a pas encore d’estimation (« ? »).</translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleure</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Search instructions with responses…</source>
        <translation>Rechercher des instructions ayant des réponses…</translation>
    </message>
    <message>
        <source>Instructions with responses</source>
        <translation>Instructions avec réponses</translation>
    </message>
    <message>
        <source>Responses to the instruction</source>
        <translation>Réponses à l’instruction</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Numéro d’échantillon</translation>
    </message>
    <message>
        <source>Selected as the best response</source>
        <translation>Sélectionnée comme meilleure réponse</translation>
    </message>
    <message>
        <source>The response in full</source>
        <translation>La réponse en entier</translation>
    </message>
    <message>
        <source>Pick an instruction, then a response, to read it in full.</source>
        <translation>Choisissez une instruction, puis une réponse, pour la lire en entier.</translation>
    </message>
    <message>
        <source>{0}

{1} responses from {2} models; language {3}</source>
        <translation>{0}

{1} réponses de {2} modèles ; langue {3}</translation>
    </message>
    <message>
        <source> (the first ones; search to find others)</source>
        <translation> (les premières ; cherchez pour trouver les autres)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>%Ln instruction avec réponses{0}</numerusform>
            <numerusform>%Ln instructions avec réponses{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>any verdict</source>
        <translation>tout verdict</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>pas encore relues</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relues</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptées</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetées</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>tout état</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluses</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclues</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>toute langue</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>toute source</translation>
    </message>
    <message>
        <source>any flags</source>
        <translation>tout signalement</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalées</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>non signalées</translation>
    </message>
    <message>
        <source>any model</source>
        <translation>tout modèle</translation>
    </message>
    <message>
        <source>Translations: chrF of the back-translation (0–100); responses: the judge&apos;s score</source>
        <translation>Traductions : chrF de la rétrotraduction (0–100) ; réponses : la note du juge</translation>
    </message>
    <message>
        <source>Translations only</source>
        <translation>Traductions seulement</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Note de</translation>
    </message>
    <message>
        <source>flag: {0}</source>
        <translation>signalement : {0}</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>unknown language</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <source>Every response to this instruction</source>
        <translation>Toutes les réponses à cette instruction</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à relire.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traduction automatique</translation>
    </message>
    <message>
        <source>Post-edit (E to edit)</source>
        <translation>Post-édition (E pour modifier)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Response by {0} (E to edit)</source>
        <translation>Réponse de {0} (E pour modifier)</translation>
    </message>
    <message>
        <source>Instruction (E to edit)</source>
        <translation>Instruction (E pour modifier)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>modèle {0}</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ acceptée</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ rejetée</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; by {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; par {1}</translation>
    </message>
    <message>
        <source>rated {0} ({1})</source>
        <translation>noté {0} ({1})</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>note: “{0}”</source>
        <translation>note : « {0} »</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation>{0} par {1} le {2}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{0}&lt;/s&gt; (undone)</source>
        <translation>&lt;s&gt;{0}&lt;/s&gt; (annulé)</translation>
    </message>
    <message>
        <source>rated {0}</source>
        <translation>notée {0}</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>notée</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>{0} → {1} by {2}</source>
        <translation>{0} → {1} par {2}</translation>
    </message>
    <message>
        <source>flags: {0}</source>
        <translation>signalements : {0}</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>aucun signalement</translation>
    </message>
    <message>
        <source>back-translation chrF {0:.1f}: “{1}”</source>
        <translation>chrF de la rétrotraduction {0:.1f} : « {1} »</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>pas encore relue</translation>
    </message>
    <message>
        <source> · score {0:.1f}</source>
        <translation> · note {0:.1f}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>accept</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>edit (Ctrl+Enter saves, Esc cancels)</source>
        <translation>modifier (Ctrl+Entrée enregistre, Échap annule)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>back</source>
        <translation>précédent</translation>
    </message>
    <message>
        <source>next</source>
        <translation>suivant</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>Accept  A</source>
        <translation>Accepter  A</translation>
    </message>
    <message>
        <source>Reject  R</source>
        <translation>Rejeter  R</translation>
    </message>
    <message>
        <source>Edit  E</source>
        <translation>Modifier  E</translation>
    </message>
    <message>
        <source>Note  N</source>
        <translation>Note  N</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Undo  Ctrl+Z</source>
        <translation>Annuler  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A note for this item; Enter saves, Esc cancels</source>
        <translation>Une note pour cet élément ; Entrée enregistre, Échap annule</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>Rien à relire avec ces filtres.</translation>
    </message>
    <message>
        <source>Open a project to review its instructions and responses.</source>
        <translation>Ouvrez un projet pour relire ses instructions et ses réponses.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:,} in this list</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1:,} dans cette liste</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>C’est le dernier élément de la liste.</translation>
    </message>
    <message>
        <source>Set your name before reviewing: every action records it.</source>
        <translation>Indiquez votre nom avant de relire : chaque action l’enregistre.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Saved the edit</source>
        <translation>Modification enregistrée</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Notée</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z undoes it.</source>
        <translation>{0}. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Undid the {0}.</source>
        <translation>Annulé : {0}.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} reviewed</source>
        <translation>{0:,} sur {1:,} relues</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Set your name…</source>
        <translation>Indiquer votre nom…</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Relecture en tant que &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell Handloom your name to review&lt;/b&gt;: every accept, reject, edit, rating and note records who made it.</source>
        <translation>&lt;b&gt;Donnez votre nom à Handloom pour relire&lt;/b&gt; : chaque acceptation, rejet, modification, note et commentaire enregistre qui l’a fait.</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Version {0} of {1}, by {2}</source>
        <translation>Version {0} sur {1}, par {2}</translation>
    </message>
</context>
<context>
    <name>RunElsewhere</name>
    <message>
        <source>Export to train elsewhere…</source>
        <translation>Exporter pour entraîner ailleurs…</translation>
    </message>
    <message>
        <source>Write this run as a folder that trains on a rented GPU with Unsloth; bring the folder back afterwards</source>
        <translation>Écrire cet entraînement dans un dossier qui s&apos;entraîne sur un GPU loué avec Unsloth ; rapportez ensuite le dossier</translation>
    </message>
    <message>
        <source>Bring back a run…</source>
        <translation>Rapporter un entraînement…</translation>
    </message>
    <message>
        <source>An empty folder for the run</source>
        <translation>Un dossier vide pour l&apos;entraînement</translation>
    </message>
    <message>
        <source>The trained run&apos;s folder</source>
        <translation>Le dossier de l&apos;entraînement terminé</translation>
    </message>
    <message>
        <source>Exported {0} to {1}: on the GPU machine, install requirements.txt and run run.py, then bring the folder back.</source>
        <translation>{0} exporté dans {1} : sur la machine à GPU, installez requirements.txt et lancez run.py, puis rapportez le dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>{0} rapporté : %Ln étape, c&apos;est maintenant un modèle à essayer.</numerusform>
            <numerusform>{0} rapporté : %Ln étapes, c&apos;est maintenant un modèle à essayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>Notes de 0 à 10</translation>
    </message>
    <message>
        <source>Responses per score: </source>
        <translation>Réponses par note : </translation>
    </message>
    <message>
        <source>{0:,} judged</source>
        <translation>{0:,} jugées</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Pas encore de notes</translation>
    </message>
</context>
<context>
    <name>SelectionControls</name>
    <message>
        <source>Keep and select</source>
        <translation>Garder et sélectionner</translation>
    </message>
    <message>
        <source>Leave out responses with this flag</source>
        <translation>Laisser de côté les réponses portant ce signalement</translation>
    </message>
    <message>
        <source>Select best</source>
        <translation>Sélectionner la meilleure</translation>
    </message>
    <message>
        <source>For each instruction mark its best response at the threshold or above as selected; a person&apos;s accept or reject in review comes first</source>
        <translation>Pour chaque instruction, marque comme sélectionnée sa meilleure réponse au seuil ou au-dessus ; l’acceptation ou le rejet d’une personne à la relecture passe en premier</translation>
    </message>
    <message>
        <source>Longest answer to the follow-up question, in tokens</source>
        <translation>Réponse la plus longue à la question de relance, en jetons</translation>
    </message>
    <message>
        <source>Write follow-ups</source>
        <translation>Écrire les relances</translation>
    </message>
    <message>
        <source>Add a second turn to every selected pair; keep it when the judge scores it at least the minimum</source>
        <translation>Ajoute un second tour à chaque paire sélectionnée ; il est gardé si le juge lui donne au moins le minimum</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Second tour&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Jetons de la réponse</translation>
    </message>
    <message>
        <source>Keep at score</source>
        <translation>Garder à partir de</translation>
    </message>
    <message>
        <source>At &lt;b&gt;{0}&lt;/b&gt; or more: &lt;b&gt;{1:,}&lt;/b&gt; pairs remain, for {2:,} instructions ({3:,} judged).</source>
        <translation>À &lt;b&gt;{0}&lt;/b&gt; ou plus : il reste &lt;b&gt;{1:,}&lt;/b&gt; paires, pour {2:,} instructions ({3:,} jugées).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a model on a server</source>
        <translation>Ajouter un modèle sur un serveur</translation>
    </message>
    <message>
        <source>how Handloom should call it</source>
        <translation>comment Handloom doit l’appeler</translation>
    </message>
    <message>
        <source>http://gpu-box:8080/v1</source>
        <translation>http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <source>One address per line; requests are spread over them and go to the others when one stops answering.</source>
        <translation>Une adresse par ligne ; les requêtes sont réparties entre elles et passent aux autres quand l&apos;une ne répond plus.</translation>
    </message>
    <message>
        <source>the model name the server knows, e.g. qwen2.5-7b</source>
        <translation>le nom du modèle connu du serveur, p. ex. qwen2.5-7b</translation>
    </message>
    <message>
        <source>e.g. Apache-2.0 (the dataset card lists it)</source>
        <translation>p. ex. Apache-2.0 (la fiche du jeu de données l’indique)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server works: llama.cpp&apos;s llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored.</source>
        <translation>Tout serveur compatible OpenAI convient : llama-server de llama.cpp, vLLM ou Ollama. Une clé d’API est lue dans une variable d’environnement au moment de générer, jamais enregistrée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>Adresses des serveurs</translation>
    </message>
    <message>
        <source>Requests at once per server</source>
        <translation>Requêtes simultanées par serveur</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modèle sur le serveur</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ServerTable</name>
    <message>
        <source>working</source>
        <translation>au travail</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>mis de côté</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Jetons/s</translation>
    </message>
    <message>
        <source>Errors (retried)</source>
        <translation>Erreurs (réessayées)</translation>
    </message>
    <message>
        <source>Servers of the running job</source>
        <translation>Serveurs de la tâche en cours</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The name shown on your reviews</source>
        <translation>Le nom affiché sur vos relectures</translation>
    </message>
    <message>
        <source>This name was set when Handloom was started and cannot be changed here.</source>
        <translation>Ce nom a été fixé au démarrage de Handloom et ne peut pas être changé ici.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Recorded on what you import, review, judge or vote on from now on.</source>
        <translation>Inscrit désormais sur ce que vous importez, relisez, jugez ou votez.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Translations of the interface; your data is never translated.</source>
        <translation>Traductions de l’interface ; vos données ne sont jamais traduites.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Demo project:</source>
        <translation>Projet de démonstration :</translation>
    </message>
    <message>
        <source>The new language applies when Handloom next starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Handloom.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Run the page&apos;s main action</source>
        <translation>&amp;Lancer l’action principale de la page</translation>
    </message>
    <message>
        <source>&amp;Search on this page</source>
        <translation>&amp;Rechercher dans cette page</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>A&amp;nnuler la tâche en cours</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(pas de description)</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>Champ suivant / champ précédent</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Ouvrir un menu</translation>
    </message>
    <message>
        <source>the underlined letter</source>
        <translation>la lettre soulignée</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Tapez pour filtrer…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Responses being written</source>
        <translation>Réponses en cours d’écriture</translation>
    </message>
    <message>
        <source>Responses appear here as they are written.</source>
        <translation>Les réponses apparaissent ici au fur et à mesure de leur écriture.</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;en attente…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message>
        <source>no votes</source>
        <translation>aucun vote</translation>
    </message>
    <message>
        <source>{0:+.2f} · too few votes for an interval ({1})</source>
        <translation>{0:+.2f} · trop peu de votes pour un intervalle ({1})</translation>
    </message>
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
            <numerusform>{0} : force {1:+.2f}, intervalle à 95 % de {2:+.2f} à {3:+.2f}, sur %Ln vote</numerusform>
            <numerusform>{0} : force {1:+.2f}, intervalle à 95 % de {2:+.2f} à {3:+.2f}, sur %Ln votes</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Pas encore de votes</translation>
    </message>
    <message>
        <source>{0}: {1} (a 95% interval needs more votes)</source>
        <translation>{0} : {1} (un intervalle à 95 % demande plus de votes)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Quick try (CPU, minutes)</source>
        <translation>Essai rapide (CPU, minutes)</translation>
    </message>
    <message>
        <source>Consumer GPU (8 GB)</source>
        <translation>GPU grand public (8 Go)</translation>
    </message>
    <message>
        <source>Gemma turns (&lt;start_of_turn&gt;)</source>
        <translation>Tours Gemma (&lt;start_of_turn&gt;)</translation>
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
        <translation>Cette base n’a pas de modèle de chat ; le modèle affiné répondra dans celui choisi ici</translation>
    </message>
    <message>
        <source>name of the tuned model</source>
        <translation>nom du modèle affiné</translation>
    </message>
    <message>
        <source>by epochs</source>
        <translation>par époques</translation>
    </message>
    <message>
        <source>adapter only</source>
        <translation>adaptateur seul</translation>
    </message>
    <message>
        <source>merged GGUF, {0}</source>
        <translation>GGUF fusionné, {0}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toute</translation>
    </message>
    <message>
        <source>Only pairs a person accepted</source>
        <translation>Seulement les paires acceptées par une personne</translation>
    </message>
    <message>
        <source>every language (or e.g. sw,en)</source>
        <translation>toutes les langues (ou p. ex. sw,en)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Modèle de chat</translation>
    </message>
    <message>
        <source>Tuned model name</source>
        <translation>Nom du modèle affiné</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparamètres</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rang LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Accumulation de gradient</translation>
    </message>
    <message>
        <source>Max length (tokens)</source>
        <translation>Longueur max. (jetons)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Judge score at least</source>
        <translation>Note du juge au moins</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <source>Hugging Face folder…</source>
        <translation>Dossier Hugging Face…</translation>
    </message>
    <message>
        <source>Choose a Hugging Face model folder (with config.json)</source>
        <translation>Choisir un dossier de modèle Hugging Face (avec config.json)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Start training</source>
        <translation>Lancer l’entraînement</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept and Resume continues from it</source>
        <translation>Arrêter après l’étape en cours ; un point de contrôle est gardé et Reprendre continue à partir de lui</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>No chosen pairs to train on yet: select the best responses on the Judge page or accept them on the Review page.</source>
        <translation>Pas encore de paires choisies pour l’entraînement : sélectionnez les meilleures réponses dans la page Juger ou acceptez-les dans la page Relire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; conversations to train on, {1} held out ({2} with a second turn).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; conversations pour l’entraînement, {1} réservées ({2} avec un second tour).</translation>
    </message>
    <message>
        <source>{0} in evaluation sets are kept out.</source>
        <translation>{0} présentes dans des ensembles d’évaluation sont tenues à l’écart.</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Arrêt après cette étape et enregistrement d’un point de contrôle…</translation>
    </message>
    <message>
        <source>Choose a base model to train.</source>
        <translation>Choisissez un modèle de base à entraîner.</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume continues from the last checkpoint.</source>
        <translation>Arrêté par une erreur ; Reprendre continue depuis le dernier point de contrôle.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from the last checkpoint.</source>
        <translation>Annulé ; Reprendre continue depuis le dernier point de contrôle.</translation>
    </message>
    <message>
        <source>Continue training {0} ({1})</source>
        <translation>Continuer l’entraînement de {0} ({1})</translation>
    </message>
</context>
<context>
    <name>TrainStatus</name>
    <message>
        <source>step %v of %m</source>
        <translation>étape %v sur %m</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>Démarrage de l’entraînement…</translation>
    </message>
    <message>
        <source>Continuing from the checkpoint at step {0}.</source>
        <translation>Reprise depuis le point de contrôle de l’étape {0}.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {0}.</source>
        <translation>Point de contrôle enregistré à l’étape {0}.</translation>
    </message>
    <message>
        <source>4-bit QLoRA</source>
        <translation>QLoRA 4 bits</translation>
    </message>
    <message>
        <source>16-bit LoRA</source>
        <translation>LoRA 16 bits</translation>
    </message>
    <message>
        <source>32-bit LoRA</source>
        <translation>LoRA 32 bits</translation>
    </message>
    <message>
        <source>Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)</source>
        <translation>Moteur : {0} sur {1}, {2} ({3} conversations, {4} réservées)</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2}</source>
        <translation>Étape {0} sur {1}, perte {2}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>encore {0}</translation>
    </message>
    <message>
        <source>Done: {0} is registered and ready to generate.</source>
        <translation>Terminé : {0} est enregistré et prêt à générer.</translation>
    </message>
    <message>
        <source>Loss {0} → {1}, held-out loss {2}</source>
        <translation>Perte {0} → {1}, perte réservée {2}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>Perte réservée</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Generate with the chosen tuned model</source>
        <translation>Générer avec le modèle affiné choisi</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Fichiers : {0}</translation>
    </message>
</context>
<context>
    <name>TranslateForm</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The language to translate into; type a code or a name</source>
        <translation>La langue vers laquelle traduire ; tapez un code ou un nom</translation>
    </message>
    <message>
        <source>every language but the target</source>
        <translation>toutes les langues sauf la cible</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Only the first N originals</source>
        <translation>Seulement les N premiers originaux</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Séquences décodées ensemble par llama.cpp</translation>
    </message>
    <message>
        <source>Translate back and score (chrF)</source>
        <translation>Rétrotraduire et noter (chrF)</translation>
    </message>
    <message>
        <source>Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time</source>
        <translation>Retraduit chaque traduction dans sa langue source et la compare à l’original : une estimation grossière de la qualité, pour deux fois plus de temps</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En parallèle</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop now; translations written stay, Resume continues</source>
        <translation>Arrêter maintenant ; les traductions écrites restent, Reprendre continue</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>En cours d’écriture</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Enregistrez d’abord un modèle dans la page Modèles.</translation>
    </message>
    <message>
        <source>There are no included originals in other languages to translate.</source>
        <translation>Aucun original inclus dans d’autres langues à traduire.</translation>
    </message>
    <message>
        <source>All {0:,} chosen instructions are translated with this model.</source>
        <translation>Les {0:,} instructions choisies sont traduites avec ce modèle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} instructions still to translate.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; instructions sur {1:,} restent à traduire.</translation>
    </message>
    <message>
        <source>Choose a model and the language to translate into.</source>
        <translation>Choisissez un modèle et la langue vers laquelle traduire.</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Traduction en cours</translation>
    </message>
    <message>
        <source>, {0:,} back-translated</source>
        <translation>, {0:,} retraduites</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>%Ln traduction écrite{0} ; signalements : {1}.</numerusform>
            <numerusform>%Ln traductions écrites{0} ; signalements : {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Arrêté par une erreur ; Reprendre refait ce qui manque.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues where it stopped.</source>
        <translation>Annulé ; Reprendre continue là où cela s’est arrêté.</translation>
    </message>
    <message>
        <source>Continue translating into {0} with {1} ({2}{3})</source>
        <translation>Continuer à traduire vers {0} avec {1} ({2}{3})</translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>every translation</source>
        <translation>toutes les traductions</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traduction automatique</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation> (les premières)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>%Ln traduction{0} ; signalements levés : {1:,}.</numerusform>
            <numerusform>%Ln traductions{0} ; signalements levés : {1:,}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>Pas encore de traductions.</translation>
    </message>
    <message>
        <source>No translation has this flag.</source>
        <translation>Aucune traduction n’a ce signalement.</translation>
    </message>
    <message>
        <source>with any flag</source>
        <translation>avec un signalement</translation>
    </message>
    <message>
        <source>without flags</source>
        <translation>sans signalement</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The name shown on your reviews</source>
        <translation>Le nom affiché sur vos relectures</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item. You can change the name later in File ▸ Settings.</source>
        <translation>Handloom enregistre qui a importé, relu ou modifié chaque élément. Vous pourrez changer ce nom plus tard dans Fichier ▸ Paramètres.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Handloom&lt;/h2&gt;Build a dataset from instructions people really wrote: import them, answer them with a local model, review the answers, then train and compare. Tell Handloom your name, then begin with the demo project or a project of your own.</source>
        <translation>&lt;h2&gt;Bienvenue dans Handloom&lt;/h2&gt;Construisez un jeu de données à partir d&apos;instructions réellement écrites par des personnes : importez-les, faites-y répondre un modèle local, relisez les réponses, puis entraînez et comparez. Indiquez votre nom à Handloom, puis commencez avec le projet de démonstration ou un projet à vous.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;A project is one file that holds your instructions, responses and reviews.</source>
        <translation>&lt;h2&gt;Aucun projet n&apos;est ouvert&lt;/h2&gt;Un projet est un fichier unique qui contient vos instructions, vos réponses et vos relectures.</translation>
    </message>
    <message>
        <source>The demo project is kept at {0}</source>
        <translation>Le projet de démonstration est enregistré dans {0}</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Saisissez d&apos;abord votre nom.</translation>
    </message>
</context>
<context>
    <name>WinRateHeatmap</name>
    <message>
        <source>No votes yet</source>
        <translation>Pas encore de votes</translation>
    </message>
    <message>
        <source>{0} and {1} have no votes yet</source>
        <translation>{0} et {1} n’ont pas encore de votes</translation>
    </message>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>{0} a battu {1} dans {2:.0f} % de %Ln vote (les nuls comptent pour moitié)</numerusform>
            <numerusform>{0} a battu {1} dans {2:.0f} % de %Ln votes (les nuls comptent pour moitié)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>Erreur inattendue ({0}) : {1}</translation>
    </message>
</context>
<context>
    <name>_JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>{0} : %Ln instruction importée ({1})</numerusform>
            <numerusform>{0} : %Ln instructions importées ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>; %Ln ligne fautive ignorée : {0}</numerusform>
            <numerusform>; %Ln lignes fautives ignorées : {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>instruction_detail</name>
    <message>
        <source>… {0} more characters are not shown here.</source>
        <translation>… {0} caractères de plus ne sont pas affichés ici.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traduction de</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Exclue pour</translation>
    </message>
    <message>
        <source>Original text, as imported:</source>
        <translation>Texte original, tel qu’importé :</translation>
    </message>
    <message>
        <source>Before redaction:</source>
        <translation>Avant le masquage :</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Provenance :</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> à {0:,} sur {1:,}</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>ko</translation>
    </message>
</context>
</TS>
