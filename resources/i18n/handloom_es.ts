<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Published {0}: {1}</source>
        <translation>Publicado {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not published yet: {1} It stays queued in this project with everything it uploads, so nothing is lost; press Retry now under Push queue when you are online.</source>
        <translation>{0} aún no está publicado: {1} Sigue en la cola de este proyecto con todo lo que sube, así que nada se pierde; pulsa «Reintentar ahora» en la cola de envíos cuando tengas conexión.</translation>
    </message>
    <message>
        <source>it was not tried.</source>
        <translation>no se intentó.</translation>
    </message>
    <message>
        <source>Nothing was waiting to be published.</source>
        <translation>No había nada esperando para publicarse.</translation>
    </message>
</context>
<context>
    <name>AnswersBox</name>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Generar respuestas</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En paralelo</translation>
    </message>
</context>
<context>
    <name>ArenaBoard</name>
    <message>
        <source>People&apos;s votes</source>
        <translation>Votos de las personas</translation>
    </message>
    <message>
        <source>The judge&apos;s votes</source>
        <translation>Votos del juez</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>Todos los votos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Strength of each model</source>
        <translation>Fuerza de cada modelo</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Strength [95% interval]</source>
        <translation>Fuerza [intervalo del 95 %]</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Won / lost / tie / both bad</source>
        <translation>Ganados / perdidos / empates / ambos malos</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de victorias</translation>
    </message>
    <message>
        <source>Judge&apos;s grade</source>
        <translation>Nota del juez</translation>
    </message>
    <message>
        <source>How often each model beats each other</source>
        <translation>Con qué frecuencia cada modelo gana a cada otro</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Win rate of the row&apos;s model against the column&apos;s</source>
        <translation>Tasa de victorias del modelo de la fila frente al de la columna</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>{0} ({1} votes)</source>
        <translation>{0} ({1} votos)</translation>
    </message>
    <message>
        <source>No votes yet: vote on some answers or run the judge.</source>
        <translation>Aún no hay votos: vota algunas respuestas o ejecuta el juez.</translation>
    </message>
    <message>
        <source>{0} comparisons. Strength is a Bradley–Terry log-strength (0 is average; a model 1.0 above another wins about 73% of the time); the whiskers are 95% bootstrap intervals, given from {1} votes for a model on.</source>
        <translation>{0} comparaciones. La fuerza es una log-fuerza de Bradley–Terry (0 es la media; un modelo 1,0 por encima de otro gana alrededor del 73 % de las veces); los bigotes son intervalos bootstrap del 95 %, dados a partir de {1} votos por modelo.</translation>
    </message>
    <message>
        <source>– (no votes)</source>
        <translation>– (sin votos)</translation>
    </message>
    <message>
        <source>{0:+.2f} (too few votes)</source>
        <translation>{0:+.2f} (muy pocos votos)</translation>
    </message>
    <message>
        <source>The judge contradicted itself on {0} of {1} pairs asked in both orders (counted as ties).</source>
        <translation>El juez se contradijo en {0} de {1} pares preguntados en ambos órdenes (contados como empates).</translation>
    </message>
    <message>
        <source>{0} agrees with people on {1}% of {2} votes (Cohen&apos;s kappa {3}).</source>
        <translation>{0} coincide con las personas en el {1} % de {2} votos (kappa de Cohen {3}).</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Item {0} of the set “{1}” · {2} voted, {3} to go · blind: the answers are shuffled and their models hidden until you vote</source>
        <translation>Elemento {0} del conjunto «{1}» · {2} votados, faltan {3} · a ciegas: las respuestas se barajan y sus modelos se ocultan hasta que votes</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>Respuesta {0}</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>La izquierda es mejor</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>La derecha es mejor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Ambas son malas</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <translation>Siguiente votación</translation>
    </message>
    <message>
        <source>{0} is best</source>
        <translation>La respuesta {0} es la mejor</translation>
    </message>
    <message>
        <source>All as good</source>
        <translation>Todas igual de buenas</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Todas son malas</translation>
    </message>
    <message>
        <source>You chose &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Elegiste &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Lo consideraste un empate.</translation>
    </message>
    <message>
        <source>You found them all bad.</source>
        <translation>Te parecieron todas malas.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No instructions yet</source>
        <translation>Aún no hay instrucciones</translation>
    </message>
</context>
<context>
    <name>BatchButtons</name>
    <message>
        <source>Write a batch file…</source>
        <translation>Escribir un archivo de lote…</translation>
    </message>
    <message>
        <source>Save what is still to do as a file for a GPU cluster (OpenAI&apos;s Batch API or vLLM&apos;s run_batch) instead of running it here</source>
        <translation>Guardar lo que falta por hacer en un archivo para un clúster de GPU (la API Batch de OpenAI o run_batch de vLLM) en lugar de hacerlo aquí</translation>
    </message>
    <message>
        <source>Read batch results…</source>
        <translation>Leer resultados de un lote…</translation>
    </message>
    <message>
        <source>Record the results file the cluster wrote; reading it again changes nothing</source>
        <translation>Registrar el archivo de resultados que escribió el clúster; leerlo otra vez no cambia nada</translation>
    </message>
    <message>
        <source>Write a batch file</source>
        <translation>Escribir un archivo de lote</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>Archivos de lote (*.jsonl)</translation>
    </message>
    <message>
        <source>Read batch results</source>
        <translation>Leer resultados de un lote</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to {0}.</source>
        <translation>
            <numerusform>Se escribió %Ln solicitud en {0}.</numerusform>
            <numerusform>Se escribieron %Ln solicitudes en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending; no file was written.</source>
        <translation>No hay nada pendiente; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>{0:,} recorded, {1:,} already here, {2:,} failed.</source>
        <translation>{0:,} registrados, {1:,} ya estaban, {2:,} fallidos.</translation>
    </message>
    <message>
        <source>Line {0:,} is cut off; the lines before it were recorded.</source>
        <translation>La línea {0:,} está cortada; se registraron las líneas anteriores.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>included</source>
        <translation>incluidas</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluidas</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>near duplicate</source>
        <translation>casi duplicado</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>datos personales</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>moderación</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>script</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>expresión regular</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncada</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>repetición</translation>
    </message>
    <message>
        <source>wrong language</source>
        <translation>idioma equivocado</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>negativa</translation>
    </message>
    <message>
        <source>template tokens</source>
        <translation>tokens de plantilla</translation>
    </message>
    <message>
        <source>chatter</source>
        <translation>palabrería</translation>
    </message>
    <message>
        <source>extra text</source>
        <translation>texto de más</translation>
    </message>
    <message>
        <source>copy of source</source>
        <translation>copia del original</translation>
    </message>
    <message>
        <source>copy of example</source>
        <translation>copia de un ejemplo</translation>
    </message>
    <message>
        <source>length ratio</source>
        <translation>proporción de longitud</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>rejected in review</source>
        <translation>rechazadas en la revisión</translation>
    </message>
    <message>
        <source>not the selected response</source>
        <translation>no es la respuesta elegida</translation>
    </message>
    <message>
        <source>not accepted in review</source>
        <translation>no aceptadas en la revisión</translation>
    </message>
    <message>
        <source>judge score below the minimum or missing</source>
        <translation>puntuación del juez por debajo del mínimo o ausente</translation>
    </message>
    <message>
        <source>language not chosen</source>
        <translation>idioma no elegido</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set.</source>
        <translation>Elige o crea un conjunto de evaluación.</translation>
    </message>
    <message>
        <source>Tick two to four models to compare.</source>
        <translation>Marca de dos a cuatro modelos para compararlos.</translation>
    </message>
    <message>
        <source>These models have not answered this set yet: Generate answers first.</source>
        <translation>Estos modelos aún no han respondido a este conjunto: primero usa «Generar respuestas».</translation>
    </message>
    <message>
        <source>You have voted on every item these models answered. The leaderboard has the result; other people can vote on the same set too.</source>
        <translation>Has votado todos los elementos que respondieron estos modelos. La clasificación tiene el resultado; otras personas también pueden votar el mismo conjunto.</translation>
    </message>
    <message>
        <source>Export the leaderboard</source>
        <translation>Exportar la clasificación</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the leaderboard to {0}.</source>
        <translation>Clasificación guardada en {0}.</translation>
    </message>
    <message>
        <source>Made the evaluation set “{0}”: {1}.</source>
        <translation>Conjunto de evaluación «{0}» creado: {1}.</translation>
    </message>
    <message>
        <source>Answering the prompts</source>
        <translation>Respondiendo a las instrucciones</translation>
    </message>
    <message>
        <source>Wrote {0} answers ({1} failed).</source>
        <translation>{0} respuestas escritas ({1} fallidas).</translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>Primero elige un modelo juez.</translation>
    </message>
    <message>
        <source>Judging the answers</source>
        <translation>Evaluando las respuestas</translation>
    </message>
    <message>
        <source>{0} gave {1} verdicts ({2} unreadable) and {3} grades; it contradicted itself on {4} of {5} pairs asked in both orders.</source>
        <translation>{0} dio {1} veredictos ({2} ilegibles) y {3} notas; se contradijo en {4} de {5} pares preguntados en ambos órdenes.</translation>
    </message>
    <message>
        <source>{0} is judging its own answers too, and judges tend to prefer their own; choose another judge for a fair comparison.</source>
        <translation>{0} también juzga sus propias respuestas, y los jueces tienden a preferir las suyas; elige otro juez para una comparación justa.</translation>
    </message>
    <message>
        <source>Cancelled; starting again continues where it stopped.</source>
        <translation>Cancelado; al empezar de nuevo continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Choose or make an evaluation set first.</source>
        <translation>Primero elige o crea un conjunto de evaluación.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Licence conflicts</source>
        <translation>Conflictos de licencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;The licences of {0} conflict.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publishing it may break the terms above. Publish anyway?</source>
        <translation>&lt;b&gt;Las licencias de {0} están en conflicto.&lt;/b&gt;&lt;ul&gt;{1}&lt;/ul&gt;Publicarlo puede incumplir los términos anteriores. ¿Publicar de todos modos?</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publicar de todos modos</translation>
    </message>
</context>
<context>
    <name>CurateControls</name>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>Duplicados exactos</translation>
    </message>
    <message>
        <source>Exclude repeats of an earlier instruction, keeping the first</source>
        <translation>Excluye las repeticiones de una instrucción anterior y conserva la primera</translation>
    </message>
    <message>
        <source>Near duplicates ≥</source>
        <translation>Casi duplicados ≥</translation>
    </message>
    <message>
        <source>Exclude instructions this similar to an earlier one (0.5–1)</source>
        <translation>Excluye las instrucciones así de parecidas a una anterior (0,5–1)</translation>
    </message>
    <message>
        <source>Near-duplicate similarity</source>
        <translation>Similitud de casi duplicados</translation>
    </message>
    <message>
        <source>Templates, groups ≥</source>
        <translation>Plantillas, grupos ≥</translation>
    </message>
    <message>
        <source>Exclude prompts filled into the same template this many times or more</source>
        <translation>Excluye las indicaciones rellenadas en la misma plantilla esta cantidad de veces o más</translation>
    </message>
    <message>
        <source>Smallest template group</source>
        <translation>Grupo de plantilla más pequeño</translation>
    </message>
    <message>
        <source>keep only, e.g. sw, yo, en</source>
        <translation>conservar solo, p. ej. sw, yo, en</translation>
    </message>
    <message>
        <source>Also exclude uncertain language labels (xx?)</source>
        <translation>Excluir también las etiquetas de idioma inseguras (xx?)</translation>
    </message>
    <message>
        <source>Exclude rows whose language the identifiers were not sure of; a language set by a person is always sure</source>
        <translation>Excluye las filas cuyo idioma los identificadores no tenían claro; un idioma asignado por una persona siempre es seguro</translation>
    </message>
    <message>
        <source>keep only, e.g. Latn, Ethi</source>
        <translation>conservar solo, p. ej. Latn, Ethi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>exclude matches, e.g. (?i)password</source>
        <translation>excluir coincidencias, p. ej. (?i)password</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>Mínimo de caracteres</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>Máximo de caracteres</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Escrituras</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Aplicar filtros</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Volver a incluir</translation>
    </message>
    <message>
        <source>Include again everything excluded for the chosen reason</source>
        <translation>Vuelve a incluir todo lo excluido por el motivo elegido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Excluida por</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>CuratePage</name>
    <message>
        <source>Search instructions…</source>
        <translation>Buscar instrucciones…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluidas</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <source>Any language label</source>
        <translation>Cualquier etiqueta de idioma</translation>
    </message>
    <message>
        <source>Sure labels</source>
        <translation>Etiquetas seguras</translation>
    </message>
    <message>
        <source>Uncertain labels (xx?)</source>
        <translation>Etiquetas inseguras (xx?)</translation>
    </message>
    <message>
        <source>Rows whose language the identifiers were sure of, or not sure of</source>
        <translation>Filas cuyo idioma los identificadores tenían claro, o no</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Cualquier motivo</translation>
    </message>
    <message>
        <source>Set language…</source>
        <translation>Fijar idioma…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Idiomas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, by reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;Excluidas, por motivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} of {1:,}</source>
        <translation>{0:,} de {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation>
            <numerusform>%Ln instrucción</numerusform>
            <numerusform>%Ln instrucciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the language of {0:,} instruction(s) to {1}.</source>
        <translation>Idioma de {0:,} instrucción(es) fijado en {1}.</translation>
    </message>
    <message>
        <source>{0:,} with an uncertain language label (xx?)</source>
        <translation>{0:,} con una etiqueta de idioma insegura (xx?)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) included</source>
        <translation>
            <numerusform>%Ln instrucción incluida</numerusform>
            <numerusform>%Ln instrucciones incluidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is excluded yet.</source>
        <translation>Aún no se ha excluido nada.</translation>
    </message>
    <message>
        <source>Set the language of the selected instructions by hand (Ctrl+Shift+L)</source>
        <translation>Fijar a mano el idioma de las instrucciones seleccionadas (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; instructions, &lt;b&gt;{1:,}&lt;/b&gt; included, {2:,} excluded, in {3:,} languages</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; instrucciones, &lt;b&gt;{1:,}&lt;/b&gt; incluidas, {2:,} excluidas, en {3:,} idiomas</translation>
    </message>
    <message>
        <source>{0:,} excluded as {1}</source>
        <translation>{0:,} excluidas por {1}</translation>
    </message>
    <message>
        <source>Curation finished: {0}.</source>
        <translation>Depuración terminada: {0}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>unos {0} min</translation>
    </message>
    <message>
        <source>about {0} h</source>
        <translation>unas {0} h</translation>
    </message>
    <message>
        <source>about {0} h {1} min</source>
        <translation>unas {0} h {1} min</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{0} was already imported on {1} ({2} instructions); tick “{3}” to import it a second time.</source>
        <translation>{0} ya se importó el {1} ({2} instrucciones); marca «{3}» para importarlo otra vez.</translation>
    </message>
    <message>
        <source>Paste a Hugging Face access token first.</source>
        <translation>Pega primero un token de acceso de Hugging Face.</translation>
    </message>
    <message>
        <source>The Hub did not accept this token; copy it again from the Access Tokens page of your Hugging Face settings. Nothing was stored.</source>
        <translation>El Hub no aceptó este token; cópialo de nuevo desde la página Access Tokens de tu configuración de Hugging Face. No se guardó nada.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached, so the token could not be checked and was not stored. Sign in again when this computer is online.</source>
        <translation>No se puede llegar al Hugging Face Hub, así que el token no se pudo comprobar y no se guardó. Vuelve a iniciar sesión cuando este ordenador tenga conexión.</translation>
    </message>
    <message>
        <source>{0} was already pulled on {1} ({2} instructions); to pull it a second time, tick “{3}” in “{4}”.</source>
        <translation>{0} ya se trajo el {1} ({2} instrucciones); para traerlo otra vez, marca «{3}» en «{4}».</translation>
    </message>
    <message>
        <source>An earlier pull of {0} stopped part way through, and the Hub now gives a newer revision; continuing would mix two versions of the dataset. To pull the new revision as a second copy (what the stopped pull imported stays), tick “{1}” in “{2}”.</source>
        <translation>Una descarga anterior de {0} se detuvo a medias y el Hub da ahora una revisión más nueva; continuar mezclaría dos versiones del conjunto de datos. Para traer la nueva revisión como segunda copia (lo que importó la descarga detenida se queda), marca «{1}» en «{2}».</translation>
    </message>
    <message>
        <source>No Hugging Face token: sign in with “{0}” on the Publish page.</source>
        <translation>No hay token de Hugging Face: inicia sesión con «{0}» en la página Publicar.</translation>
    </message>
</context>
<context>
    <name>EvalSetPanel</name>
    <message>
        <source>Evaluation set</source>
        <translation>Conjunto de evaluación</translation>
    </message>
    <message>
        <source>name of a new set</source>
        <translation>nombre de un conjunto nuevo</translation>
    </message>
    <message>
        <source>Held-out split of the instructions</source>
        <translation>Partición reservada de las instrucciones</translation>
    </message>
    <message>
        <source>Chosen subset (search)</source>
        <translation>Subconjunto elegido (búsqueda)</translation>
    </message>
    <message>
        <source>Prompts from a file</source>
        <translation>Indicaciones de un archivo</translation>
    </message>
    <message>
        <source>words the instructions contain</source>
        <translation>palabras que contienen las instrucciones</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Make the set</source>
        <translation>Crear el conjunto</translation>
    </message>
    <message>
        <source>&lt;b&gt;New set&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conjunto nuevo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>{0} ({1} prompts)</source>
        <translation>{0} ({1} indicaciones)</translation>
    </message>
    <message>
        <source>No evaluation set yet: make one below</source>
        <translation>Aún no hay conjunto de evaluación: crea uno abajo</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Evaluation prompts</source>
        <translation>Indicaciones de evaluación</translation>
    </message>
    <message>
        <source>Prompts (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;All files (*)</source>
        <translation>Indicaciones (*.jsonl *.json *.csv *.tsv *.txt *.parquet);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>EvalSets</name>
    <message>
        <source>{0} held-out instructions in {1}</source>
        <translation>{0} instrucciones reservadas en {1}</translation>
    </message>
    <message>
        <source>{0} held-out instructions</source>
        <translation>{0} instrucciones reservadas</translation>
    </message>
    <message>
        <source>{0} chosen instructions</source>
        <translation>{0} instrucciones elegidas</translation>
    </message>
    <message>
        <source>{0} instructions chosen by a filter</source>
        <translation>{0} instrucciones elegidas por un filtro</translation>
    </message>
    <message>
        <source>{0} prompts from {1}</source>
        <translation>{0} indicaciones de {1}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the dataset</source>
        <translation>Exportar el conjunto de datos</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The dataset, its card and its licence are written into this folder. Type a new folder&apos;s name to create it, or choose an empty folder.</source>
        <translation>El conjunto de datos, su ficha y su licencia se escriben en esta carpeta. Escribe el nombre de una carpeta nueva para crearla, o elige una carpeta vacía.</translation>
    </message>
    <message>
        <source>Export the dataset into…</source>
        <translation>Exportar el conjunto de datos a…</translation>
    </message>
    <message>
        <source>{0} already holds files, so the dataset goes into a new folder inside it, named above; change the name if you like.</source>
        <translation>{0} ya contiene archivos, así que el conjunto de datos va a una carpeta nueva dentro de ella, con el nombre de arriba; cámbialo si quieres.</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>Escribe la ruta completa de una carpeta, o elige una.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>{0} already holds files; choose an empty or new folder.</source>
        <translation>{0} ya contiene archivos; elige una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>The dataset goes into this empty folder.</source>
        <translation>El conjunto de datos va a esta carpeta vacía.</translation>
    </message>
    <message>
        <source>This folder will be created.</source>
        <translation>Se creará esta carpeta.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Parquet (the Hub&apos;s own format)</source>
        <translation>Parquet (el formato propio del Hub)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Arrow folder (datasets.load_from_disk)</source>
        <translation>Carpeta Arrow (datasets.load_from_disk)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln instrucción</numerusform><numerusform>%Ln instrucciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln respuesta</numerusform><numerusform>%Ln respuestas</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; not known</source>
        <translation>&lt;b&gt;Licencia:&lt;/b&gt; desconocida</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Licencia:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; {0} ({1})</source>
        <translation>&lt;b&gt;Licencia:&lt;/b&gt; {0} ({1})</translation>
    </message>
    <message>
        <source>{0} under {1}</source>
        <translation>{0} bajo {1}</translation>
    </message>
    <message>
        <source> from {0}</source>
        <translation> de {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Conflicto:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Nota:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing would be exported: no response passes the options.</source>
        <translation>No se exportaría nada: ninguna respuesta cumple las opciones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Languages:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Idiomas:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Dejado fuera:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing; every response to an included instruction.</source>
        <translation>&lt;b&gt;Dejado fuera:&lt;/b&gt; nada; todas las respuestas a instrucciones incluidas.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>Only the selected response of each instruction</source>
        <translation>Solo la respuesta seleccionada de cada instrucción</translation>
    </message>
    <message>
        <source>Only responses accepted in review</source>
        <translation>Solo las respuestas aceptadas en la revisión</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Cualquier puntuación</translation>
    </message>
    <message>
        <source>All languages, or codes such as sw, en</source>
        <translation>Todos los idiomas, o códigos como sw, en</translation>
    </message>
    <message>
        <source> % of instructions</source>
        <translation> % de las instrucciones</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>el nombre del proyecto</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Minimum judge score</source>
        <translation>Puntuación mínima del juez</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Partición de prueba</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nombre en la ficha</translation>
    </message>
</context>
<context>
    <name>ExportedBox</name>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Instruction files (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;All files (*)</source>
        <translation>Archivos de instrucciones (*.csv *.tsv *.json *.jsonl *.ndjson *.parquet *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Drop instruction files here (CSV, TSV, JSON, JSON lines, Parquet, text), or</source>
        <translation>Suelta aquí archivos de instrucciones (CSV, TSV, JSON, JSON Lines, Parquet, texto), o</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>or a Hugging Face dataset, e.g. CohereForAI/aya_dataset</source>
        <translation>o un conjunto de datos de Hugging Face, p. ej. CohereForAI/aya_dataset</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Choose instruction files</source>
        <translation>Elegir archivos de instrucciones</translation>
    </message>
</context>
<context>
    <name>FineTuneChanges</name>
    <message>
        <source>What the fine-tune changed</source>
        <translation>Qué cambió el entrenamiento</translation>
    </message>
    <message>
        <source>A model that compares each pair of answers, in both orders; without one only the answers are measured</source>
        <translation>Un modelo que compara cada par de respuestas, en los dos órdenes; sin juez solo se miden las respuestas</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Sin juez</translation>
    </message>
    <message>
        <source>Measure what it changed</source>
        <translation>Medir qué cambió</translation>
    </message>
    <message>
        <source>The base and the tuned model answer the instructions the run held out (and the judge compares them); stopped, it continues where it stopped</source>
        <translation>El modelo base y el modelo ajustado responden las instrucciones que el entrenamiento reservó (y el juez las compara); si se detiene, continúa donde se quedó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juez:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>End cleanly before the limit</source>
        <translation>Terminan bien antes del límite</translation>
    </message>
    <message>
        <source>Cut off at the limit</source>
        <translation>Cortadas en el límite</translation>
    </message>
    <message>
        <source>Repeat themselves</source>
        <translation>Se repiten</translation>
    </message>
    <message>
        <source>Mean length (tokens)</source>
        <translation>Longitud media (tokens)</translation>
    </message>
    <message>
        <source>A finished training run shows here what it changed on the instructions it held out.</source>
        <translation>Un entrenamiento terminado muestra aquí qué cambió en las instrucciones que reservó.</translation>
    </message>
    <message>
        <source>“{0}” held no instructions out, so nothing can show what it changed; train with a held-out fraction.</source>
        <translation>«{0}» no reservó ninguna instrucción, así que nada puede mostrar qué cambió; entrena con una parte reservada.</translation>
    </message>
    <message>
        <source>“{0}” has not been measured yet: press “Measure what it changed”.</source>
        <translation>«{0}» aún no se ha medido: pulsa «Medir qué cambió».</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” on %Ln held-out instruction(s), {1:,} tokens at most an answer: {2} before, {3} after.</source>
        <translation>
            <numerusform>«{0}» con %Ln instrucción reservada, {1:,} tokens como máximo por respuesta: {2} antes, {3} después.</numerusform>
            <numerusform>«{0}» con %Ln instrucciones reservadas, {1:,} tokens como máximo por respuesta: {2} antes, {3} después.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held-out loss: {0} at step {1:,}, {2} at step {3:,}.</source>
        <translation>Pérdida reservada: {0} en el paso {1:,}, {2} en el paso {3:,}.</translation>
    </message>
    <message>
        <source>No held-out loss was recorded.</source>
        <translation>No se registró ninguna pérdida reservada.</translation>
    </message>
    <message>
        <source>The judge {0} is a small model: its preferences are weak evidence of what changed.</source>
        <translation>El juez {0} es un modelo pequeño: sus preferencias son una prueba débil de lo que cambió.</translation>
    </message>
    <message>
        <source>Too few held-out instructions ({0:,}) for the shares or the interval to mean much; {1:,} or more are needed.</source>
        <translation>Demasiado pocas instrucciones reservadas ({0:,}) para que las proporciones o el intervalo signifiquen mucho; hacen falta {1:,} o más.</translation>
    </message>
    <message>
        <source>No judge compared the answers; choose one to learn which it prefers.</source>
        <translation>Ningún juez comparó las respuestas; elige uno para saber cuáles prefiere.</translation>
    </message>
    <message>
        <source>The judge gave no verdict on any pair.</source>
        <translation>El juez no dio ningún veredicto.</translation>
    </message>
    <message numerus="yes">
        <source>The judge {0} preferred the tuned model in {1} of %Ln comparison(s), each pair asked in both orders (95% interval {2} to {3}; won {4:,}, lost {5:,}, tied {6:,}).</source>
        <translation>
            <numerusform>El juez {0} prefirió el modelo ajustado en {1} de %Ln comparación, cada par preguntado en los dos órdenes (intervalo del 95 %: {2} a {3}; ganó {4:,}, perdió {5:,}, empató {6:,}).</numerusform>
            <numerusform>El juez {0} prefirió el modelo ajustado en {1} de %Ln comparaciones, cada par preguntado en los dos órdenes (intervalo del 95 %: {2} a {3}; ganó {4:,}, perdió {5:,}, empató {6:,}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Tokens per character, relative to English</source>
        <translation>Tokens por carácter, respecto al inglés</translation>
    </message>
    <message>
        <source>Tokens per word, relative to English</source>
        <translation>Tokens por palabra, respecto al inglés</translation>
    </message>
    <message>
        <source>Tokens for the same text, relative to English (decides the verdict)</source>
        <translation>Tokens para el mismo texto, respecto al inglés (decide el veredicto)</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Aún no hay mediciones</translation>
    </message>
    <message>
        <source>{model}, {language}: {tpc:.2f} tokens per character ({rc:.1f}× English), {tpw} tokens per word, {share:.0%} byte pieces; {n} instructions.</source>
        <translation>{model}, {language}: {tpc:.2f} tokens por carácter ({rc:.1f}× el inglés), {tpw} tokens por palabra, {share:.0%} piezas de bytes; {n} instrucciones.</translation>
    </message>
    <message>
        <source>Poor fit: {reason}.</source>
        <translation>Mal ajuste: {reason}.</translation>
    </message>
    <message>
        <source>no words to count</source>
        <translation>no hay palabras que contar</translation>
    </message>
    <message>
        <source>English (1×)</source>
        <translation>Inglés (1×)</translation>
    </message>
    <message>
        <source>poor fit from {:.0f}×</source>
        <translation>mal ajuste desde {:.0f}×</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>mal ajuste</translation>
    </message>
</context>
<context>
    <name>FitSection</name>
    <message>
        <source>&lt;b&gt;Tokenizer fit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ajuste del tokenizador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>How many tokens each model needs for each language of the project, compared with English, on up to 500 of the project&apos;s own instructions per language.</source>
        <translation>Cuántos tokens necesita cada modelo para cada idioma del proyecto, comparado con el inglés, sobre hasta 500 instrucciones propias del proyecto por idioma.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Measure the languages and models not measured yet</source>
        <translation>Medir los idiomas y modelos aún no medidos</translation>
    </message>
    <message>
        <source>Tokenizer fit per model and language</source>
        <translation>Ajuste del tokenizador por modelo e idioma</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Measuring {what} ({done} of {total})…</source>
        <translation>Midiendo {what} ({done} de {total})…</translation>
    </message>
    <message>
        <source>No included instructions with a language yet</source>
        <translation>Aún no hay instrucciones incluidas con idioma</translation>
    </message>
    <message>
        <source>Not measured yet: press Refresh</source>
        <translation>Sin medir: pulsa Actualizar</translation>
    </message>
    <message>
        <source>{model}: not measured ({why}).</source>
        <translation>{model}: sin medir ({why}).</translation>
    </message>
    <message>
        <source>{model} is a poor fit for {languages}.</source>
        <translation>{model} se ajusta mal a {languages}.</translation>
    </message>
    <message>
        <source>English reference: Handloom&apos;s own 60 English instructions (the project has too few in English).</source>
        <translation>Referencia en inglés: las 60 instrucciones en inglés propias de Handloom (el proyecto tiene muy pocas en inglés).</translation>
    </message>
    <message>
        <source>Hover a bar for its numbers and the reason.</source>
        <translation>Pasa el puntero sobre una barra para ver sus cifras y el motivo.</translation>
    </message>
    <message>
        <source>{n} measurements are missing.</source>
        <translation>Faltan {n} mediciones.</translation>
    </message>
</context>
<context>
    <name>GenerateForm</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Responses per instruction (the seed method keeps the best of 6)</source>
        <translation>Respuestas por instrucción (el método original conserva la mejor de 6)</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Secuencias que llama.cpp decodifica juntas</translation>
    </message>
    <message>
        <source>Requests in flight to the server</source>
        <translation>Peticiones simultáneas al servidor</translation>
    </message>
    <message>
        <source>variable holding the API key, if any</source>
        <translation>variable que contiene la clave de API, si la hay</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>A fixed seed makes the responses reproducible</source>
        <translation>Una semilla fija hace reproducibles las respuestas</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>todos los idiomas</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Only the first N included instructions</source>
        <translation>Solo las N primeras instrucciones incluidas</translation>
    </message>
    <message>
        <source>A system prompt for every request (optional)</source>
        <translation>Una indicación de sistema para cada petición (opcional)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Responses each</source>
        <translation>Respuestas por instrucción</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Concurrencia</translation>
    </message>
    <message>
        <source>API key from</source>
        <translation>Clave de API desde</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Indicación de sistema</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop now; Resume continues where it stopped</source>
        <translation>Detener ahora; Reanudar continúa donde se detuvo</translation>
    </message>
    <message>
        <source>Stop and forget this run (responses written stay)</source>
        <translation>Detener y olvidar esta ejecución (las respuestas escritas se conservan)</translation>
    </message>
    <message>
        <source>The CPUs are shared with other programs, so generation is slower until they finish.</source>
        <translation>Las CPU se comparten con otros programas, así que la generación irá más lenta hasta que terminen.</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>En escritura</translation>
    </message>
    <message>
        <source>Responses by instruction</source>
        <translation>Respuestas por instrucción</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Primero registra un modelo en la página Modelos.</translation>
    </message>
    <message>
        <source>There are no included instructions to answer with these settings.</source>
        <translation>No hay instrucciones incluidas que responder con estos ajustes.</translation>
    </message>
    <message>
        <source>All {0:,} responses with these settings are written.</source>
        <translation>Las {0:,} respuestas con estos ajustes están escritas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} responses with these settings still to write.</source>
        <translation>Faltan &lt;b&gt;{0:,}&lt;/b&gt; de {1:,} respuestas con estos ajustes.</translation>
    </message>
    <message>
        <source>Choose a model to generate with.</source>
        <translation>Elige un modelo con el que generar.</translation>
    </message>
    <message>
        <source>Writing responses</source>
        <translation>Escribiendo respuestas</translation>
    </message>
    <message>
        <source>Wrote {0:,} responses ({1:,} tokens, {2} tokens/s).</source>
        <translation>{0:,} respuestas escritas ({1:,} tokens, {2} tokens/s).</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Detenido por un error; Reanudar vuelve a intentar lo que falta.</translation>
    </message>
    <message>
        <source>Paused; Resume continues where it stopped.</source>
        <translation>En pausa; Reanudar continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Continue generating with {0} ({1}{2})</source>
        <translation>Seguir generando con {0} ({1}{2})</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>See the whole method at a glance: how many instructions reached each stage, what is running, and the next step.</source>
        <translation>Mira todo el método de un vistazo: cuántas instrucciones llegaron a cada etapa, qué se está ejecutando y el siguiente paso.</translation>
    </message>
    <message>
        <source>Bring in instructions people wrote: CSV, JSON Lines, Parquet or text files, or a Hugging Face dataset.</source>
        <translation>Trae instrucciones escritas por personas: archivos CSV, JSON Lines, Parquet o de texto, o un conjunto de datos de Hugging Face.</translation>
    </message>
    <message>
        <source>Drop unsafe, templated and duplicate instructions, and decide what happens to personal data.</source>
        <translation>Descarta las instrucciones peligrosas, de plantilla o duplicadas, y decide qué pasa con los datos personales.</translation>
    </message>
    <message>
        <source>Add the local GGUF models that answer, judge and get trained, or servers that run them.</source>
        <translation>Añade los modelos GGUF locales que responden, juzgan y se entrenan, o los servidores que los ejecutan.</translation>
    </message>
    <message>
        <source>If you like, translate the instructions into your language with a model.</source>
        <translation>Si quieres, traduce las instrucciones a tu idioma con un modelo.</translation>
    </message>
    <message>
        <source>Let a model answer every instruction, once or several times.</source>
        <translation>Haz que un modelo responda cada instrucción, una o varias veces.</translation>
    </message>
    <message>
        <source>Let a model score each response from 0 to 10 with its reasons, and keep the best one.</source>
        <translation>Haz que un modelo puntúe cada respuesta de 0 a 10 con sus razones, y quédate con la mejor.</translation>
    </message>
    <message>
        <source>Accept, reject or edit the instructions and responses yourself, from the keyboard.</source>
        <translation>Acepta, rechaza o edita tú mismo las instrucciones y respuestas, con el teclado.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the accepted pairs.</source>
        <translation>Ajusta un modelo con los pares aceptados.</translation>
    </message>
    <message>
        <source>Put the base and the tuned model side by side and vote without knowing which is which.</source>
        <translation>Pon el modelo base y el ajustado uno al lado del otro y vota sin saber cuál es cuál.</translation>
    </message>
    <message>
        <source>Export the dataset with its card, and send it to the Hugging Face Hub when you are online.</source>
        <translation>Exporta el conjunto de datos con su ficha y envíalo al Hub de Hugging Face cuando tengas conexión.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Handloom builds a dataset in stages, one page each, in this order. Open the demo project or a project of your own from the File menu, then go through the pages from the top of the sidebar; Ctrl+1 to Ctrl+0 go straight to a page.</source>
        <translation>Handloom construye un conjunto de datos por etapas, una página cada una, en este orden. Abre el proyecto de demostración o uno propio desde el menú Archivo y recorre las páginas desde arriba de la barra lateral; Ctrl+1 a Ctrl+0 llevan directamente a una página.</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Two columns: the term, its translation (a header row is skipped)</source>
        <translation>Dos columnas: el término y su traducción (se omite una fila de encabezado)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s) for {0}.</source>
        <translation>
            <numerusform>%Ln término para {0}.</numerusform>
            <numerusform>%Ln términos para {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln glossary term(s).</source>
        <translation>
            <numerusform>%Ln término del glosario importado.</numerusform>
            <numerusform>%Ln términos del glosario importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importar un glosario</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt)</source>
        <translation>Glosarios (*.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the Hugging Face Hub</source>
        <translation>Iniciar sesión en Hugging Face Hub</translation>
    </message>
    <message>
        <source>Publishing to the Hub needs an access token with write permission: create one on huggingface.co under Settings → Access Tokens and paste it here. Handloom checks it with the Hub and keeps it where the Hugging Face tools keep their login on this computer, never in the project.</source>
        <translation>Publicar en el Hub necesita un token de acceso con permiso de escritura: crea uno en huggingface.co, en Settings → Access Tokens, y pégalo aquí. Handloom lo comprueba con el Hub y lo guarda donde las herramientas de Hugging Face guardan su sesión en este ordenador, nunca en el proyecto.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in on this computer: pushes use the stored login.</source>
        <translation>Sesión iniciada en este ordenador: los envíos usan la sesión guardada.</translation>
    </message>
    <message>
        <source>The HF_TOKEN variable holds a token, and pushes use it; signing out here does not change it.</source>
        <translation>La variable HF_TOKEN contiene un token y los envíos lo usan; cerrar sesión aquí no lo cambia.</translation>
    </message>
    <message>
        <source>Not signed in: a push waits in the push queue until you sign in.</source>
        <translation>Sin sesión iniciada: un envío espera en la cola de envíos hasta que inicies sesión.</translation>
    </message>
    <message>
        <source>Checking the token with the Hub…</source>
        <translation>Comprobando el token con el Hub…</translation>
    </message>
    <message>
        <source>Signed in to the Hub as {0}.</source>
        <translation>Sesión iniciada en el Hub como {0}.</translation>
    </message>
    <message>
        <source>Signed in to the Hub.</source>
        <translation>Sesión iniciada en el Hub.</translation>
    </message>
    <message>
        <source>Signed out: the stored login was removed from this computer.</source>
        <translation>Sesión cerrada: se quitó la sesión guardada de este ordenador.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0, or who allowed its use</source>
        <translation>p. ej. CC-BY-4.0, o quién permitió su uso</translation>
    </message>
    <message>
        <source>detect per row</source>
        <translation>detectar por fila</translation>
    </message>
    <message>
        <source>Skip bad rows (and list their lines)</source>
        <translation>Omitir filas erróneas (y listar sus líneas)</translation>
    </message>
    <message>
        <source>Import even if imported before</source>
        <translation>Importar aunque ya se haya importado</translation>
    </message>
    <message>
        <source>Columns and options</source>
        <translation>Columnas y opciones</translation>
    </message>
    <message>
        <source>Licence of the data</source>
        <translation>Licencia de los datos</translation>
    </message>
    <message>
        <source>Language of every row</source>
        <translation>Idioma de todas las filas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose or drop a file to see its first rows here.</source>
        <translation>Elige o suelta un archivo para ver aquí sus primeras filas.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Leyendo las primeras filas…</translation>
    </message>
    <message>
        <source>This file cannot be previewed (see above).</source>
        <translation>No se puede mostrar una vista previa de este archivo (ver arriba).</translation>
    </message>
    <message>
        <source>The first {0} rows, read as {1}.</source>
        <translation>Las primeras {0} filas, leídas como {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Line(s)</source>
        <translation>
            <numerusform>Línea</numerusform>
            <numerusform>Líneas</numerusform>
        </translation>
    </message>
    <message>
        <source> {0} {1} could not be read; tick “Skip bad rows” to import the rest.</source>
        <translation> {0} {1}: no se pudo leer; marca «Omitir filas erróneas» para importar el resto.</translation>
    </message>
    <message>
        <source>Import cancelled; Resume (above) continues it.</source>
        <translation>Importación cancelada; Reanudar (arriba) la continúa.</translation>
    </message>
    <message>
        <source>The import stopped (see the message above).</source>
        <translation>La importación se detuvo (ver el mensaje de arriba).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Instruction column</source>
        <translation>Columna de instrucción</translation>
    </message>
    <message>
        <source>Language column</source>
        <translation>Columna de idioma</translation>
    </message>
    <message>
        <source>Author column</source>
        <translation>Columna de autor</translation>
    </message>
    <message>
        <source>Licence column</source>
        <translation>Columna de licencia</translation>
    </message>
    <message>
        <source>Row id column</source>
        <translation>Columna de id. de fila</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <source>Select an instruction to see it in full.</source>
        <translation>Selecciona una instrucción para verla completa.</translation>
    </message>
</context>
<context>
    <name>InstructionModel</name>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Excluida por</translation>
    </message>
    <message>
        <source>{0}: the language identifiers were not sure</source>
        <translation>{0}: los identificadores de idioma no estaban seguros</translation>
    </message>
</context>
<context>
    <name>InstructionTable</name>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>Wait for the running job to finish or cancel it first.</source>
        <translation>Espera a que termine la tarea en curso o cancélala primero.</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> en {0:,} de {1:,}</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Importing instructions</source>
        <translation>Importando instrucciones</translation>
    </message>
    <message>
        <source>Curating</source>
        <translation>Depurando</translation>
    </message>
    <message>
        <source>Writing follow-up questions</source>
        <translation>Escribiendo preguntas de seguimiento</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>Exportando el conjunto de datos</translation>
    </message>
    <message>
        <source>Publishing to the Hub</source>
        <translation>Publicando en el Hub</translation>
    </message>
    <message>
        <source>Importing from the Hub</source>
        <translation>Importando desde el Hub</translation>
    </message>
    <message>
        <source>Merging the other copy</source>
        <translation>Fusionando la otra copia</translation>
    </message>
    <message>
        <source>Writing the batch file</source>
        <translation>Escribiendo el archivo de lote</translation>
    </message>
    <message>
        <source>Recording batch results</source>
        <translation>Registrando los resultados del lote</translation>
    </message>
    <message>
        <source>Exporting the training run</source>
        <translation>Exportando el entrenamiento</translation>
    </message>
    <message>
        <source>Bringing back the training run</source>
        <translation>Trayendo de vuelta el entrenamiento</translation>
    </message>
    <message>
        <source>Lifting exclusions</source>
        <translation>Levantando exclusiones</translation>
    </message>
    <message>
        <source>Answering follow-up questions</source>
        <translation>Respondiendo preguntas de seguimiento</translation>
    </message>
    <message>
        <source>Judging follow-ups</source>
        <translation>Evaluando seguimientos</translation>
    </message>
    <message>
        <source>Curating: {0}</source>
        <translation>Depurando: {0}</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Flagging</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Preguntas de seguimiento</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Comparison answers</source>
        <translation>Respuestas de la comparación</translation>
    </message>
    <message>
        <source>Comparison judging</source>
        <translation>Evaluación de la comparación</translation>
    </message>
    <message>
        <source>Writing a batch file</source>
        <translation>Escritura de un archivo por lotes</translation>
    </message>
    <message>
        <source>Reading a batch file</source>
        <translation>Lectura de un archivo por lotes</translation>
    </message>
    <message>
        <source>Exporting a training run</source>
        <translation>Exportación de un entrenamiento</translation>
    </message>
    <message>
        <source>Tokenizer fit</source>
        <translation>Ajuste del tokenizador</translation>
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
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>JudgeBox</name>
    <message>
        <source>LLM judge</source>
        <translation>Juez LLM</translation>
    </message>
    <message>
        <source>Run the judge</source>
        <translation>Ejecutar el juez</translation>
    </message>
    <message>
        <source>Also grade each answer 1–10</source>
        <translation>Calificar también cada respuesta del 1 al 10</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modelo juez</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <source>Each pair is asked in both orders; contradictory verdicts count as ties.</source>
        <translation>Cada par se pregunta en ambos órdenes; los veredictos contradictorios cuentan como empates.</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>All responses</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Por idioma</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>There are no responses to judge yet: generate some first.</source>
        <translation>Aún no hay respuestas que juzgar: primero genera algunas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; responses judged, {1:,} unreadable, {2:,} not judged yet; &lt;b&gt;{3:,}&lt;/b&gt; selected.</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; respuestas juzgadas, {1:,} ilegibles, {2:,} sin juzgar; &lt;b&gt;{3:,}&lt;/b&gt; seleccionadas.</translation>
    </message>
    <message>
        <source>Judging responses</source>
        <translation>Evaluando respuestas</translation>
    </message>
    <message>
        <source>{0} (rubric v{1}) judged {2:,} responses, {3:,} unreadable, {4:,} empty scored 0; mean score {5}.</source>
        <translation>{0} (rúbrica v{1}) juzgó {2:,} respuestas, {3:,} ilegibles, {4:,} vacías puntuadas con 0; puntuación media {5}.</translation>
    </message>
    <message>
        <source>Cancelled; Judge again continues where it stopped.</source>
        <translation>Cancelado; Juzgar de nuevo continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} instructions have a selected response.</source>
        <translation>{0:,} de {1:,} instrucciones tienen una respuesta seleccionada.</translation>
    </message>
    <message>
        <source>Selected the best response for {0:,} of {1:,} instructions (score {2:g} or more; {3:,} accepted by a person).</source>
        <translation>Se seleccionó la mejor respuesta para {0:,} de {1:,} instrucciones (puntuación {2:g} o más; {3:,} aceptadas por una persona).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s), {0:,} kept at score {1:g} or more, {2:,} failed.</source>
        <translation>
            <numerusform>%Ln seguimiento, {0:,} conservados con puntuación {1:g} o más, {2:,} fallidos.</numerusform>
            <numerusform>%Ln seguimientos, {0:,} conservados con puntuación {1:g} o más, {2:,} fallidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Primero elige un modelo.</translation>
    </message>
</context>
<context>
    <name>JudgeRun</name>
    <message>
        <source>Judge the responses</source>
        <translation>Juzgar las respuestas</translation>
    </message>
    <message>
        <source>Room for the judge&apos;s rationale and score</source>
        <translation>Espacio para la justificación y la puntuación del juez</translation>
    </message>
    <message>
        <source>Only responses no judge has scored</source>
        <translation>Solo respuestas que ningún juez ha puntuado</translation>
    </message>
    <message>
        <source>Judge unreadable judgements again</source>
        <translation>Volver a juzgar los juicios ilegibles</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juzgar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modelo juez</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máximos</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Set language</source>
        <translation>Fijar idioma</translation>
    </message>
    <message numerus="yes">
        <source>Set the language of %n instruction(s). A language set here is kept: identifying languages again never changes it.</source>
        <translation>
            <numerusform>Fijar el idioma de %n instrucción. Un idioma fijado aquí se conserva: volver a identificar los idiomas nunca lo cambia.</numerusform>
            <numerusform>Fijar el idioma de %n instrucciones. Un idioma fijado aquí se conserva: volver a identificar los idiomas nunca lo cambia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>Escribe un idioma o su código</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>The loss curve appears here while a run trains.</source>
        <translation>La curva de pérdida aparece aquí mientras se entrena.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>paso {0}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>pérdida reservada</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Merge another copy…</source>
        <translation>&amp;Fusionar otra copia…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Handloom projects (*.handloom)</source>
        <translation>Proyectos de Handloom (*.handloom)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>{0} is in {1}</source>
        <translation>{0} está en {1}</translation>
    </message>
    <message>
        <source>Merge another copy</source>
        <translation>Fusionar otra copia</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read.

Put back its latest automatic backup, {1} (saved {2})? The damaged file is kept beside it; changes made since the backup are not in it.</source>
        <translation>{0} está dañado y no se puede leer.

¿Restaurar su copia de seguridad automática más reciente, {1} (guardada el {2})? El archivo dañado se conserva a su lado; los cambios hechos después de la copia no están en ella.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>¿Restaurar una copia de seguridad?</translation>
    </message>
    <message>
        <source>Restored {0} from {1}; the damaged file is kept as {2}.</source>
        <translation>{0} restaurado desde {1}; el archivo dañado se conserva como {2}.</translation>
    </message>
    <message>
        <source>{0} already exists; open it instead.</source>
        <translation>{0} ya existe; ábrelo en su lugar.</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>Creando {0}…</translation>
    </message>
    <message>
        <source>{0} — Handloom</source>
        <translation>{0} — Handloom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item.
What name should it use for you?</source>
        <translation>Handloom registra quién importó, revisó o cambió cada elemento.
¿Qué nombre debe usar para ti?</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Layout</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>a table of columns</source>
        <translation>una tabla de columnas</translation>
    </message>
    <message>
        <source>{0} (recognised from its columns)</source>
        <translation>{0} (reconocido por sus columnas)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {0}</source>
        <translation>Fusionar {0}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Checking what {0} would bring in… Nothing is changed until you press Merge.</source>
        <translation>Comprobando qué aportaría {0}… Nada cambia hasta que pulses Fusionar.</translation>
    </message>
    <message>
        <source>Merging {0}…</source>
        <translation>Fusionando {0}…</translation>
    </message>
    <message>
        <source>Merging {0} would do this. Press Merge to bring it in; the other file is only read.</source>
        <translation>Fusionar {0} haría esto. Pulsa Fusionar para incorporarlo; el otro archivo solo se lee.</translation>
    </message>
    <message>
        <source>{0} holds nothing this project lacks.</source>
        <translation>{0} no contiene nada que le falte a este proyecto.</translation>
    </message>
    <message>
        <source>Merged {0}.</source>
        <translation>{0} fusionado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This file cannot be merged; this project was left untouched.</source>
        <translation>Este archivo no se puede fusionar; este proyecto no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln trabajo</numerusform><numerusform>%Ln trabajos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln fuente</numerusform><numerusform>%Ln fuentes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>%Ln modelo</numerusform><numerusform>%Ln modelos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rubric(s)</source>
        <translation><numerusform>%Ln rúbrica</numerusform><numerusform>%Ln rúbricas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt template(s)</source>
        <translation><numerusform>%Ln plantilla de prompt</numerusform><numerusform>%Ln plantillas de prompt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln glossary term(s)</source>
        <translation><numerusform>%Ln término del glosario</numerusform><numerusform>%Ln términos del glosario</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s)</source>
        <translation><numerusform>%Ln instrucción</numerusform><numerusform>%Ln instrucciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exclusion(s)</source>
        <translation><numerusform>%Ln exclusión</numerusform><numerusform>%Ln exclusiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation><numerusform>%Ln traducción</numerusform><numerusform>%Ln traducciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln respuesta</numerusform><numerusform>%Ln respuestas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response flag(s)</source>
        <translation><numerusform>%Ln marca de respuesta</numerusform><numerusform>%Ln marcas de respuesta</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation><numerusform>%Ln pregunta de seguimiento</numerusform><numerusform>%Ln preguntas de seguimiento</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln judgement(s)</source>
        <translation><numerusform>%Ln juicio</numerusform><numerusform>%Ln juicios</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation><numerusform>%Ln revisión</numerusform><numerusform>%Ln revisiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training run(s)</source>
        <translation><numerusform>%Ln entrenamiento</numerusform><numerusform>%Ln entrenamientos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training measurement(s)</source>
        <translation><numerusform>%Ln medida de entrenamiento</numerusform><numerusform>%Ln medidas de entrenamiento</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln training row(s)</source>
        <translation><numerusform>%Ln fila de entrenamiento</numerusform><numerusform>%Ln filas de entrenamiento</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation set(s)</source>
        <translation><numerusform>%Ln conjunto de evaluación</numerusform><numerusform>%Ln conjuntos de evaluación</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation item(s)</source>
        <translation><numerusform>%Ln elemento de evaluación</numerusform><numerusform>%Ln elementos de evaluación</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation answer(s)</source>
        <translation><numerusform>%Ln respuesta de evaluación</numerusform><numerusform>%Ln respuestas de evaluación</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comparison vote(s)</source>
        <translation><numerusform>%Ln voto de comparación</numerusform><numerusform>%Ln votos de comparación</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer grade(s)</source>
        <translation><numerusform>%Ln nota de respuesta</numerusform><numerusform>%Ln notas de respuesta</numerusform></translation>
    </message>
    <message>
        <source>Renamed model “{0}” to “{1}”.</source>
        <translation>Se renombró el modelo «{0}» como «{1}».</translation>
    </message>
    <message>
        <source>Renamed training run “{0}” to “{1}”.</source>
        <translation>Se renombró el entrenamiento «{0}» como «{1}».</translation>
    </message>
    <message>
        <source>Renamed evaluation set “{0}” to “{1}”.</source>
        <translation>Se renombró el conjunto de evaluación «{0}» como «{1}».</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>• the response to “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• la respuesta a «{0}»: aquí {1} por {2}, allí {3} por {4} → ahora {5}</translation>
    </message>
    <message>
        <source>• the instruction “{0}”: here {1} by {2}, there {3} by {4} → now {5}</source>
        <translation>• la instrucción «{0}»: aquí {1} por {2}, allí {3} por {4} → ahora {5}</translation>
    </message>
    <message>
        <source>{0} {1}: here {2} by {3}, there {4} by {5} → now {6}</source>
        <translation>{0} {1}: aquí {2} por {3}, allí {4} por {5} → ahora {6}</translation>
    </message>
    <message>
        <source>Nothing new: everything is already here.</source>
        <translation>Nada nuevo: todo está ya aquí.</translation>
    </message>
    <message>
        <source>Would bring in {0}.</source>
        <translation>Traería {0}.</translation>
    </message>
    <message>
        <source>Brought in {0}.</source>
        <translation>Se trajo {0}.</translation>
    </message>
    <message>
        <source>The other file uses schema {0}; a temporary copy was upgraded and the file itself left untouched.</source>
        <translation>El otro archivo usa el esquema {0}; se actualizó una copia temporal y el archivo en sí no se tocó.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) made in both copies; the ones here were kept.</source>
        <translation><numerusform>%Ln elemento se hizo en ambas copias; se conservó el de aquí.</numerusform><numerusform>%Ln elementos se hicieron en ambas copias; se conservaron los de aquí.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s) generated in both copies differently; theirs were kept as extra samples.</source>
        <translation><numerusform>%Ln respuesta se generó de forma distinta en ambas copias; la suya se conservó como muestra adicional.</numerusform><numerusform>%Ln respuestas se generaron de forma distinta en ambas copias; las suyas se conservaron como muestras adicionales.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) undone in the other copy; undone here too.</source>
        <translation><numerusform>%Ln revisión se deshizo en la otra copia; también se deshizo aquí.</numerusform><numerusform>%Ln revisiones se deshicieron en la otra copia; también se deshicieron aquí.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) curated differently there; the curation here was kept.</source>
        <translation><numerusform>%Ln instrucción se depuró de otra forma allí; se conservó la depuración de aquí.</numerusform><numerusform>%Ln instrucciones se depuraron de otra forma allí; se conservó la depuración de aquí.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reviewed differently; both reviews are kept and the newest decides:</source>
        <translation><numerusform>%Ln elemento se revisó de forma distinta; se conservan ambas revisiones y decide la más reciente:</numerusform><numerusform>%Ln elementos se revisaron de forma distinta; se conservan ambas revisiones y decide la más reciente:</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{0}  (server)</source>
        <translation>{0}  (servidor)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>GGUF file</source>
        <translation>Archivo GGUF</translation>
    </message>
    <message>
        <source>GGUF + adapter</source>
        <translation>GGUF + adaptador</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>none: plain completion</source>
        <translation>ninguna: completado simple</translation>
    </message>
    <message>
        <source>plain completion</source>
        <translation>completado simple</translation>
    </message>
    <message>
        <source>instruction / response</source>
        <translation>instrucción / respuesta</translation>
    </message>
    <message>
        <source>Models write and judge the responses. Every project has the two bundled models; add a GGUF file from this computer, or a model on a server for bigger jobs.</source>
        <translation>Los modelos escriben y juzgan las respuestas. Todo proyecto tiene los dos modelos incluidos; añade un archivo GGUF de este ordenador, o un modelo en un servidor para tareas más grandes.</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>Modelos registrados</translation>
    </message>
    <message>
        <source>Add GGUF file…</source>
        <translation>Añadir archivo GGUF…</translation>
    </message>
    <message>
        <source>Add model on a server…</source>
        <translation>Añadir modelo en un servidor…</translation>
    </message>
    <message>
        <source>Run models on:</source>
        <translation>Ejecutar los modelos en:</translation>
    </message>
    <message>
        <source>Models loaded from now on use this; a job already running keeps its device.</source>
        <translation>Los modelos que se carguen a partir de ahora lo usan; una tarea ya en marcha conserva su dispositivo.</translation>
    </message>
    <message>
        <source>Finding out where models run…</source>
        <translation>Averiguando dónde se ejecutan los modelos…</translation>
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
        <translation>Los modelos se ejecutan en: la CPU con código {0} ({1} hilos); {2} no se usa.</translation>
    </message>
    <message>
        <source>Models run on: the CPU with {0} code ({1} threads) — no GPU found.</source>
        <translation>Los modelos se ejecutan en: la CPU con código {0} ({1} hilos) — no se encontró ninguna GPU.</translation>
    </message>
    <message>
        <source>{0}  (bundled)</source>
        <translation>{0}  (incluido)</translation>
    </message>
    <message numerus="yes">
        <source>context %Ln token(s)</source>
        <translation>
            <numerusform>contexto de %Ln token</numerusform>
            <numerusform>contexto de %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out where models run.</source>
        <translation>No se pudo averiguar dónde se ejecutan los modelos.</translation>
    </message>
    <message>
        <source>Models run on: {0}, every layer offloaded to the GPU.</source>
        <translation>Los modelos se ejecutan en: {0}, con todas las capas en la GPU.</translation>
    </message>
    <message>
        <source>This installation&apos;s llama.cpp has no GPU support, or found no GPU it can use. The CUDA and Vulkan editions use a GPU when there is one.</source>
        <translation>El llama.cpp de esta instalación no admite GPU o no encontró ninguna que pueda usar. Las ediciones CUDA y Vulkan usan la GPU cuando la hay.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s CPU code: {0}, chosen for this processor when Handloom starts.</source>
        <translation>Código de CPU de llama.cpp: {0}, elegido para este procesador al iniciar Handloom.</translation>
    </message>
    <message>
        <source>Could not save the choice: {0}</source>
        <translation>No se pudo guardar la elección: {0}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>la del servidor</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>la del propio modelo</translation>
    </message>
    <message>
        <source>The prompt format for a model whose file has no chat template</source>
        <translation>El formato de indicación para un modelo cuyo archivo no tiene plantilla de chat</translation>
    </message>
    <message>
        <source>{0} models registered.</source>
        <translation>{0} modelos registrados.</translation>
    </message>
    <message>
        <source>serves “{0}”</source>
        <translation>sirve «{0}»</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>Añadir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Say which model the server should run.</source>
        <translation>Indica qué modelo debe ejecutar el servidor.</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>{0}  (+ adapter)</source>
        <translation>{0}  (+ adaptador)</translation>
    </message>
    <message>
        <source>Models to compare (2–4)</source>
        <translation>Modelos que comparar (2–4)</translation>
    </message>
    <message>
        <source>GGUF models, tuned models (GGUF + adapter) and servers are added on the Models page.</source>
        <translation>Los modelos GGUF, los modelos ajustados (GGUF + adaptador) y los servidores se añaden en la página Modelos.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} prompts answered</source>
        <translation>{0}: {1} de {2} indicaciones respondidas</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Hide this hint</source>
        <translation>Ocultar esta sugerencia</translation>
    </message>
    <message>
        <source>This project is empty. Start by importing instructions: a file of instructions people wrote (CSV, JSON Lines, Parquet or text).</source>
        <translation>Este proyecto está vacío. Empieza importando instrucciones: un archivo de instrucciones escritas por personas (CSV, JSON Lines, Parquet o texto).</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>Ir a Importar</translation>
    </message>
    <message>
        <source>Go to Models</source>
        <translation>Ir a Modelos</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Ir al siguiente paso</translation>
    </message>
    <message>
        <source>This is the demo project, kept at {0}.</source>
        <translation>Este es el proyecto de demostración, guardado en {0}.</translation>
    </message>
    <message>
        <source>Next: filter out duplicates, templated prompts and personal data on the Curate page.</source>
        <translation>Siguiente: quita los duplicados, las indicaciones hechas con plantilla y los datos personales en la página Depurar.</translation>
    </message>
    <message>
        <source>Go to Curate</source>
        <translation>Ir a Depurar</translation>
    </message>
    <message>
        <source>Next: add a model on the Models page to answer the instructions.</source>
        <translation>Siguiente: añade un modelo en la página Modelos para responder las instrucciones.</translation>
    </message>
    <message>
        <source>Next: answer the instructions with a model on the Generate page.</source>
        <translation>Siguiente: responde las instrucciones con un modelo en la página Generar.</translation>
    </message>
    <message>
        <source>Go to Generate</source>
        <translation>Ir a Generar</translation>
    </message>
    <message>
        <source>Next: let a model judge the responses on the Judge page, or review them yourself on the Review page.</source>
        <translation>Siguiente: deja que un modelo juzgue las respuestas en la página Juzgar, o revísalas tú mismo en la página Revisar.</translation>
    </message>
    <message>
        <source>Go to Judge</source>
        <translation>Ir a Juzgar</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluidas</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traducidas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Juzgadas</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionadas</translation>
    </message>
    <message>
        <source>With a second turn</source>
        <translation>Con un segundo turno</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Filas de entrenamiento</translation>
    </message>
    <message>
        <source>A job is running. Watch it on its page.</source>
        <translation>Hay una tarea en curso. Síguela en su página.</translation>
    </message>
    <message>
        <source>A job stopped before the end. Resume it on its page.</source>
        <translation>Una tarea se detuvo antes de terminar. Reanúdala en su página.</translation>
    </message>
    <message>
        <source>Import the instructions people wrote.</source>
        <translation>Importa las instrucciones que escribieron las personas.</translation>
    </message>
    <message>
        <source>Filter out duplicates, templated prompts and personal data.</source>
        <translation>Quita los duplicados, las indicaciones hechas con plantilla y los datos personales.</translation>
    </message>
    <message>
        <source>Answer the included instructions with an open-weight model.</source>
        <translation>Responde las instrucciones incluidas con un modelo de pesos abiertos.</translation>
    </message>
    <message>
        <source>Have a judge model score the answers from 0 to 10.</source>
        <translation>Haz que un modelo juez puntúe las respuestas de 0 a 10.</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction.</source>
        <translation>Conserva la mejor respuesta de cada instrucción.</translation>
    </message>
    <message>
        <source>Fine-tune a model on the selected pairs.</source>
        <translation>Entrena un modelo con los pares seleccionados.</translation>
    </message>
    <message>
        <source>Compare the tuned model with other models.</source>
        <translation>Compara el modelo ajustado con otros modelos.</translation>
    </message>
    <message>
        <source>Publish the dataset and the model.</source>
        <translation>Publica el conjunto de datos y el modelo.</translation>
    </message>
    <message>
        <source>Watch the running job</source>
        <translation>Ver la tarea en curso</translation>
    </message>
    <message>
        <source>Resume the stopped job</source>
        <translation>Reanudar la tarea detenida</translation>
    </message>
    <message>
        <source>Import instructions</source>
        <translation>Importar instrucciones</translation>
    </message>
    <message>
        <source>Curate the instructions</source>
        <translation>Depurar las instrucciones</translation>
    </message>
    <message>
        <source>Generate answers</source>
        <translation>Generar respuestas</translation>
    </message>
    <message>
        <source>Judge the answers</source>
        <translation>Juzgar las respuestas</translation>
    </message>
    <message>
        <source>Select the best answers</source>
        <translation>Seleccionar las mejores respuestas</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Entrenar un modelo</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Comparar modelos</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>failed; Resume continues it</source>
        <translation>falló; Reanudar la continúa</translation>
    </message>
    <message>
        <source>stopped; Resume continues it</source>
        <translation>detenida; Reanudar la continúa</translation>
    </message>
    <message>
        <source>interrupted; Resume continues it</source>
        <translation>interrumpida; Reanudar la continúa</translation>
    </message>
    <message>
        <source>Run every stage of the method one after another, as a recipe: stopped or interrupted, it resumes at the stage where it stopped.</source>
        <translation>Ejecute todas las etapas del método una tras otra, como una receta: si se detiene o se interrumpe, se reanuda en la etapa donde se detuvo.</translation>
    </message>
    <message>
        <source>The recipe stopped. Resume continues it at the stage where it stopped.</source>
        <translation>La receta se detuvo. Reanudar la continúa en la etapa donde se detuvo.</translation>
    </message>
    <message>
        <source>Starting the recipe…</source>
        <translation>Iniciando la receta…</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Etapa {0} de {1}: {2}</translation>
    </message>
    <message>
        <source>The recipe “{0}” ran to its end.</source>
        <translation>La receta «{0}» llegó hasta el final.</translation>
    </message>
    <message>
        <source>From imported instructions to training rows</source>
        <translation>De las instrucciones importadas a las filas de entrenamiento</translation>
    </message>
    <message>
        <source>Open the page of this stage</source>
        <translation>Abrir la página de esta etapa</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>The seed method in one go</source>
        <translation>El método original de una vez</translation>
    </message>
    <message>
        <source>The recipe&apos;s current stage</source>
        <translation>La etapa actual de la receta</translation>
    </message>
    <message>
        <source>Run the seed method…</source>
        <translation>Ejecutar el método original…</translation>
    </message>
    <message>
        <source>Choose a recipe, see its plan, and run every stage one after another</source>
        <translation>Elija una receta, vea su plan y ejecute todas las etapas una tras otra</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current unit of work; Resume continues from there</source>
        <translation>Detener tras la unidad de trabajo actual; Reanudar continúa desde ahí</translation>
    </message>
    <message>
        <source>Resume the seed method</source>
        <translation>Reanudar el método original</translation>
    </message>
    <message>
        <source>Continue the recipe that stopped, at the stage where it stopped</source>
        <translation>Continuar la receta detenida, en la etapa donde se detuvo</translation>
    </message>
    <message>
        <source>Running: {0} ({1} of {2})</source>
        <translation>En curso: {0} ({1} de {2})</translation>
    </message>
    <message>
        <source>Stopped: {0} ({1})</source>
        <translation>Detenida: {0} ({1})</translation>
    </message>
    <message>
        <source>No job is running, and none stopped before its end.</source>
        <translation>No hay ninguna tarea en curso ni detenida antes de terminar.</translation>
    </message>
    <message>
        <source>Recipe “{0}”: {1}</source>
        <translation>Receta «{0}»: {1}</translation>
    </message>
    <message>
        <source>What {0} changed on {1} held-out instructions: answers that end cleanly {2} before, {3} after.</source>
        <translation>Lo que cambió {0} en {1} instrucciones reservadas: respuestas que terminan limpiamente, {2} antes y {3} después.</translation>
    </message>
    <message>
        <source>The judge preferred the tuned model in {0} of comparisons (95% interval {1} to {2}).</source>
        <translation>El juez prefirió el modelo ajustado en el {0} de las comparaciones (intervalo del 95 %: {1} a {2}).</translation>
    </message>
    <message>
        <source>Too few instructions or too weak a judge for these figures to mean much.</source>
        <translation>Hay muy pocas instrucciones o el juez es demasiado débil para que estas cifras signifiquen mucho.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Curate</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juzgar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{0} tokens/s</source>
        <translation>{0} tokens/s</translation>
    </message>
    <message>
        <source>{0} per second</source>
        <translation>{0} por segundo</translation>
    </message>
    <message>
        <source>{0} per minute</source>
        <translation>{0} por minuto</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Waiting for the other model job to finish…</source>
        <translation>Esperando a que termine el otro trabajo de modelo…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Cargando {0}…</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Choose the languages to see their prompt.</source>
        <translation>Elige los idiomas para ver su indicación.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <source>Must contain {text}; may use {glossary}, {source_language} and {target_language}</source>
        <translation>Debe contener {text}; puede usar {glossary}, {source_language} y {target_language}</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Back to the stored prompt</source>
        <translation>Volver a la indicación guardada</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Start again from Handloom&apos;s default prompt</source>
        <translation>Empezar de nuevo desde la indicación predeterminada de Handloom</translation>
    </message>
    <message>
        <source>Choose a model and the languages first.</source>
        <translation>Primero elige un modelo y los idiomas.</translation>
    </message>
    <message>
        <source>Prompt for {0} → {1}</source>
        <translation>Indicación para {0} → {1}</translation>
    </message>
    <message>
        <source>Handloom&apos;s default prompt (saved as version 1 on first use).</source>
        <translation>Indicación predeterminada de Handloom (se guarda como versión 1 al usarla por primera vez).</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>Versión {0}, guardada por {1} el {2}.</translation>
    </message>
    <message>
        <source>Saved version {0} of the {1} prompt.</source>
        <translation>Versión {0} de la indicación {1} guardada.</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the dataset into a new or empty folder you name or choose</source>
        <translation>Escribe el conjunto de datos en una carpeta nueva o vacía que nombres o elijas</translation>
    </message>
    <message>
        <source>Publish to the Hub…</source>
        <translation>Publicar en el Hub…</translation>
    </message>
    <message>
        <source>Publish model…</source>
        <translation>Publicar modelo…</translation>
    </message>
    <message>
        <source>Upload a model tuned in this project (its adapter)</source>
        <translation>Sube un modelo ajustado en este proyecto (su adaptador)</translation>
    </message>
    <message>
        <source>Pull from the Hub…</source>
        <translation>Traer del Hub…</translation>
    </message>
    <message>
        <source>Give Handloom a Hugging Face access token for publishing, or remove it</source>
        <translation>Da a Handloom un token de acceso de Hugging Face para publicar, o quítalo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Hugging Face sign-in…</source>
        <translation>Iniciar sesión en Hugging Face…</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Handloom uses your Hugging Face sign-in (“{0}” on the Publish page) or the HF_TOKEN variable; the token is never shown or saved in the project. Offline, the upload waits in this project&apos;s push queue.</source>
        <translation>Handloom usa tu sesión de Hugging Face («{0}» en la página Publicar) o la variable HF_TOKEN; el token nunca se muestra ni se guarda en el proyecto. Sin conexión, la subida espera en la cola de envíos de este proyecto.</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>propietario/nombre</translation>
    </message>
    <message>
        <source>Private repository (only you and your organisation see it)</source>
        <translation>Repositorio privado (solo lo ven tú y tu organización)</translation>
    </message>
    <message>
        <source>Tuned model</source>
        <translation>Modelo ajustado</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Repositorio del Hub</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>What goes into the dataset</source>
        <translation>Qué entra en el conjunto de datos</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>Cola de envíos</translation>
    </message>
    <message>
        <source>Wrote {0:,} rows ({1}) to {2} as {3}, with its dataset card and licence.</source>
        <translation>{0:,} filas ({1}) escritas en {2} como {3}, con su ficha y su licencia.</translation>
    </message>
    <message>
        <source>Publish the dataset</source>
        <translation>Publicar el conjunto de datos</translation>
    </message>
    <message>
        <source>The dataset is exported as Parquet with its card and licence, queued in this project, then uploaded to this Hub repository.</source>
        <translation>El conjunto de datos se exporta como Parquet con su ficha y su licencia, se pone en la cola de este proyecto y luego se sube a este repositorio del Hub.</translation>
    </message>
    <message>
        <source>Publish a tuned model</source>
        <translation>Publicar un modelo ajustado</translation>
    </message>
    <message>
        <source>The adapter (PEFT and GGUF) and a model card are queued in this project, then uploaded to this Hub repository.</source>
        <translation>El adaptador (PEFT y GGUF) y una ficha del modelo se ponen en la cola de este proyecto y luego se suben a este repositorio del Hub.</translation>
    </message>
    <message>
        <source>this dataset</source>
        <translation>este conjunto de datos</translation>
    </message>
    <message>
        <source>the model {0}</source>
        <translation>el modelo {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln instruction(s) from {0}.</source>
        <translation>
            <numerusform>%Ln instrucción importada de {0}.</numerusform>
            <numerusform>%Ln instrucciones importadas de {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPreview</name>
    <message>
        <source>What would be published</source>
        <translation>Qué se publicaría</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>Ficha del conjunto de datos</translation>
    </message>
    <message>
        <source>Counting what would go in…</source>
        <translation>Contando lo que entraría…</translation>
    </message>
    <message>
        <source>There is no card without rows to describe.</source>
        <translation>No hay ficha sin filas que describir.</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from the Hub</source>
        <translation>Traer del Hub</translation>
    </message>
    <message>
        <source>owner/name or owner/name:split</source>
        <translation>propietario/nombre o propietario/nombre:partición</translation>
    </message>
    <message>
        <source>taken from the dataset&apos;s card</source>
        <translation>tomada de la ficha del conjunto de datos</translation>
    </message>
    <message>
        <source>Hub dataset</source>
        <translation>Conjunto de datos del Hub</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Pull it again as a second copy</source>
        <translation>Traerlo otra vez como segunda copia</translation>
    </message>
    <message>
        <source>Import the dataset once more, beside what earlier pulls of it imported</source>
        <translation>Importa el conjunto de datos una vez más, junto a lo que importaron las descargas anteriores</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Traer</translation>
    </message>
    <message>
        <source>Import the instructions of a dataset on the Hugging Face Hub into this project (it needs a connection).</source>
        <translation>Importa las instrucciones de un conjunto de datos del Hugging Face Hub a este proyecto (necesita conexión).</translation>
    </message>
</context>
<context>
    <name>PushQueueView</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Repositorio del Hub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error, or where it went</source>
        <translation>Último error, o adónde fue</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privado)</translation>
    </message>
    <message>
        <source>Waiting to be pushed</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Try every waiting push again</source>
        <translation>Reintenta todos los envíos en espera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the selected push off the queue without sending it</source>
        <translation>Quita de la cola el envío seleccionado sin enviarlo</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>aún no intentado</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>Aún no se ha publicado nada de este proyecto.</translation>
    </message>
    <message>
        <source>{0:,} waiting to be sent; nothing is lost while offline.</source>
        <translation>{0:,} en espera de envío; nada se pierde sin conexión.</translation>
    </message>
    <message>
        <source>Everything queued has been published.</source>
        <translation>Todo lo que estaba en cola se ha publicado.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la &amp;dirección del enlace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Import the instructions</source>
        <translation>Importar las instrucciones</translation>
    </message>
    <message>
        <source>Filter duplicates, templated prompts and personal data</source>
        <translation>Filtrar duplicados, peticiones hechas con plantillas y datos personales</translation>
    </message>
    <message>
        <source>Translate the instructions</source>
        <translation>Traducir las instrucciones</translation>
    </message>
    <message>
        <source>Answer each instruction with the teacher model</source>
        <translation>Responder cada instrucción con el modelo maestro</translation>
    </message>
    <message>
        <source>Score every answer from 0 to 10 with the judge</source>
        <translation>Puntuar cada respuesta de 0 a 10 con el juez</translation>
    </message>
    <message>
        <source>Keep the best answer to each instruction</source>
        <translation>Conservar la mejor respuesta a cada instrucción</translation>
    </message>
    <message>
        <source>Add a second turn, kept at a high score</source>
        <translation>Añadir un segundo turno, conservado con una puntuación alta</translation>
    </message>
    <message>
        <source>Fine-tune the student model</source>
        <translation>Ajustar el modelo alumno</translation>
    </message>
    <message>
        <source>Measure what the fine-tune changed</source>
        <translation>Medir lo que cambió el ajuste</translation>
    </message>
    <message>
        <source>Quick look: a few instructions, in minutes</source>
        <translation>Vistazo rápido: unas pocas instrucciones, en minutos</translation>
    </message>
    <message>
        <source>The seed method, in English</source>
        <translation>El método original, en inglés</translation>
    </message>
    <message>
        <source>The seed method, translated into another language</source>
        <translation>El método original, traducido a otro idioma</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Run the seed method</source>
        <translation>Ejecutar el método original</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Receta:</translation>
    </message>
    <message>
        <source>The language to translate the instructions into: a code such as ja or sw, or its name</source>
        <translation>El idioma al que traducir las instrucciones: un código como ja o sw, o su nombre</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traducir al:</translation>
    </message>
    <message>
        <source>Teacher (writes the answers):</source>
        <translation>Maestro (escribe las respuestas):</translation>
    </message>
    <message>
        <source>Judge (scores them 0–10):</source>
        <translation>Juez (las puntúa de 0 a 10):</translation>
    </message>
    <message>
        <source>Student (fine-tuned):</source>
        <translation>Alumno (ajustado):</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entran</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>The recipe&apos;s plan</source>
        <translation>El plan de la receta</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Calculando el plan…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>In all {0}, at the speeds measured on this project.</source>
        <translation>En total {0}, a las velocidades medidas en este proyecto.</translation>
    </message>
    <message>
        <source>Times come from jobs this project has finished; a stage without one has no estimate yet (“?”).</source>
        <translation>Los tiempos salen de las tareas que este proyecto ha terminado; una etapa sin ninguna aún no tiene estimación («?»).</translation>
    </message>
</context>
<context>
    <name>ResponseBrowser</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Search instructions with responses…</source>
        <translation>Buscar instrucciones con respuestas…</translation>
    </message>
    <message>
        <source>Instructions with responses</source>
        <translation>Instrucciones con respuestas</translation>
    </message>
    <message>
        <source>Responses to the instruction</source>
        <translation>Respuestas a la instrucción</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Número de muestra</translation>
    </message>
    <message>
        <source>Selected as the best response</source>
        <translation>Seleccionada como la mejor respuesta</translation>
    </message>
    <message>
        <source>The response in full</source>
        <translation>La respuesta completa</translation>
    </message>
    <message>
        <source>Pick an instruction, then a response, to read it in full.</source>
        <translation>Elige una instrucción y luego una respuesta para leerla completa.</translation>
    </message>
    <message>
        <source>{0}

{1} responses from {2} models; language {3}</source>
        <translation>{0}

{1} respuestas de {2} modelos; idioma {3}</translation>
    </message>
    <message>
        <source> (the first ones; search to find others)</source>
        <translation> (las primeras; busca para encontrar otras)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instruction(s) with responses{0}</source>
        <translation>
            <numerusform>%Ln instrucción con respuestas{0}</numerusform>
            <numerusform>%Ln instrucciones con respuestas{0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>any verdict</source>
        <translation>cualquier veredicto</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisadas</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptadas</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazadas</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>cualquier estado</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluidas</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluidas</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>cualquier fuente</translation>
    </message>
    <message>
        <source>any flags</source>
        <translation>cualquier marca</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>con marcas</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>sin marcas</translation>
    </message>
    <message>
        <source>any model</source>
        <translation>cualquier modelo</translation>
    </message>
    <message>
        <source>Translations: chrF of the back-translation (0–100); responses: the judge&apos;s score</source>
        <translation>Traducciones: chrF de la retrotraducción (0–100); respuestas: la puntuación del juez</translation>
    </message>
    <message>
        <source>Translations only</source>
        <translation>Solo traducciones</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Revisando</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Puntuación desde</translation>
    </message>
    <message>
        <source>flag: {0}</source>
        <translation>marca: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>unknown language</source>
        <translation>idioma desconocido</translation>
    </message>
    <message>
        <source>Every response to this instruction</source>
        <translation>Todas las respuestas a esta instrucción</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nada que revisar.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traducción automática</translation>
    </message>
    <message>
        <source>Post-edit (E to edit)</source>
        <translation>Posedición (E para editar)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Response by {0} (E to edit)</source>
        <translation>Respuesta de {0} (E para editar)</translation>
    </message>
    <message>
        <source>Instruction (E to edit)</source>
        <translation>Instrucción (E para editar)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>modelo {0}</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ aceptada</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ rechazada</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; by {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; por {1}</translation>
    </message>
    <message>
        <source>rated {0} ({1})</source>
        <translation>calificada {0} ({1})</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>note: “{0}”</source>
        <translation>nota: «{0}»</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translation>{0} por {1} el {2}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{0}&lt;/s&gt; (undone)</source>
        <translation>&lt;s&gt;{0}&lt;/s&gt; (deshecho)</translation>
    </message>
    <message>
        <source>rated {0}</source>
        <translation>valorada con {0}</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>valorada</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>{0} → {1} by {2}</source>
        <translation>{0} → {1} por {2}</translation>
    </message>
    <message>
        <source>flags: {0}</source>
        <translation>marcas: {0}</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>sin marcas</translation>
    </message>
    <message>
        <source>back-translation chrF {0:.1f}: “{1}”</source>
        <translation>chrF de la retrotraducción {0:.1f}: «{1}»</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source> · score {0:.1f}</source>
        <translation> · puntuación {0:.1f}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>accept</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>edit (Ctrl+Enter saves, Esc cancels)</source>
        <translation>editar (Ctrl+Intro guarda, Esc cancela)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>calificar</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>back</source>
        <translation>atrás</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>Accept  A</source>
        <translation>Aceptar  A</translation>
    </message>
    <message>
        <source>Reject  R</source>
        <translation>Rechazar  R</translation>
    </message>
    <message>
        <source>Edit  E</source>
        <translation>Editar  E</translation>
    </message>
    <message>
        <source>Note  N</source>
        <translation>Nota  N</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Undo  Ctrl+Z</source>
        <translation>Deshacer  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>A note for this item; Enter saves, Esc cancels</source>
        <translation>Una nota para este elemento; Intro guarda, Esc cancela</translation>
    </message>
    <message>
        <source>Nothing to review with these filters.</source>
        <translation>No hay nada que revisar con estos filtros.</translation>
    </message>
    <message>
        <source>Open a project to review its instructions and responses.</source>
        <translation>Abre un proyecto para revisar sus instrucciones y respuestas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1:,} in this list</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1:,} en esta lista</translation>
    </message>
    <message>
        <source>This is the last item in the list.</source>
        <translation>Este es el último elemento de la lista.</translation>
    </message>
    <message>
        <source>Set your name before reviewing: every action records it.</source>
        <translation>Indica tu nombre antes de revisar: cada acción lo registra.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Saved the edit</source>
        <translation>Edición guardada</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Calificada</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>{0}. Ctrl+Z undoes it.</source>
        <translation>{0}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Undid the {0}.</source>
        <translation>Se deshizo: {0}.</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} reviewed</source>
        <translation>{0:,} de {1:,} revisadas</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Set your name…</source>
        <translation>Indicar tu nombre…</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Revisando como &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell Handloom your name to review&lt;/b&gt;: every accept, reject, edit, rating and note records who made it.</source>
        <translation>&lt;b&gt;Dile a Handloom tu nombre para revisar&lt;/b&gt;: cada aceptación, rechazo, edición, calificación y nota registra quién la hizo.</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <source>Version {0} of {1}, by {2}</source>
        <translation>Versión {0} de {1}, por {2}</translation>
    </message>
</context>
<context>
    <name>RunElsewhere</name>
    <message>
        <source>Export to train elsewhere…</source>
        <translation>Exportar para entrenar en otro lugar…</translation>
    </message>
    <message>
        <source>Write this run as a folder that trains on a rented GPU with Unsloth; bring the folder back afterwards</source>
        <translation>Escribir este entrenamiento como una carpeta que entrena en una GPU alquilada con Unsloth; trae la carpeta de vuelta después</translation>
    </message>
    <message>
        <source>Bring back a run…</source>
        <translation>Traer de vuelta un entrenamiento…</translation>
    </message>
    <message>
        <source>An empty folder for the run</source>
        <translation>Una carpeta vacía para el entrenamiento</translation>
    </message>
    <message>
        <source>The trained run&apos;s folder</source>
        <translation>La carpeta del entrenamiento terminado</translation>
    </message>
    <message>
        <source>Exported {0} to {1}: on the GPU machine, install requirements.txt and run run.py, then bring the folder back.</source>
        <translation>{0} exportado a {1}: en la máquina con GPU, instala requirements.txt y ejecuta run.py; luego trae la carpeta de vuelta.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back {0}: %Ln step(s), now a model to try.</source>
        <translation>
            <numerusform>{0} de vuelta: %Ln paso, ya es un modelo para probar.</numerusform>
            <numerusform>{0} de vuelta: %Ln pasos, ya es un modelo para probar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>Puntuaciones de 0 a 10</translation>
    </message>
    <message>
        <source>Responses per score: </source>
        <translation>Respuestas por puntuación: </translation>
    </message>
    <message>
        <source>{0:,} judged</source>
        <translation>{0:,} juzgadas</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Aún no hay puntuaciones</translation>
    </message>
</context>
<context>
    <name>SelectionControls</name>
    <message>
        <source>Keep and select</source>
        <translation>Conservar y seleccionar</translation>
    </message>
    <message>
        <source>Leave out responses with this flag</source>
        <translation>Dejar fuera las respuestas con esta marca</translation>
    </message>
    <message>
        <source>Select best</source>
        <translation>Seleccionar la mejor</translation>
    </message>
    <message>
        <source>For each instruction mark its best response at the threshold or above as selected; a person&apos;s accept or reject in review comes first</source>
        <translation>Para cada instrucción, marca como seleccionada su mejor respuesta en el umbral o por encima; la aceptación o el rechazo de una persona en la revisión tiene prioridad</translation>
    </message>
    <message>
        <source>Longest answer to the follow-up question, in tokens</source>
        <translation>Respuesta más larga a la pregunta de seguimiento, en tokens</translation>
    </message>
    <message>
        <source>Write follow-ups</source>
        <translation>Escribir seguimientos</translation>
    </message>
    <message>
        <source>Add a second turn to every selected pair; keep it when the judge scores it at least the minimum</source>
        <translation>Añade un segundo turno a cada par seleccionado; se conserva si el juez le da al menos el mínimo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segundo turno&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Tokens de la respuesta</translation>
    </message>
    <message>
        <source>Keep at score</source>
        <translation>Conservar con puntuación</translation>
    </message>
    <message>
        <source>At &lt;b&gt;{0}&lt;/b&gt; or more: &lt;b&gt;{1:,}&lt;/b&gt; pairs remain, for {2:,} instructions ({3:,} judged).</source>
        <translation>Con &lt;b&gt;{0}&lt;/b&gt; o más: quedan &lt;b&gt;{1:,}&lt;/b&gt; pares, para {2:,} instrucciones ({3:,} juzgadas).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a model on a server</source>
        <translation>Añadir un modelo en un servidor</translation>
    </message>
    <message>
        <source>how Handloom should call it</source>
        <translation>cómo debe llamarlo Handloom</translation>
    </message>
    <message>
        <source>http://gpu-box:8080/v1</source>
        <translation>http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <source>One address per line; requests are spread over them and go to the others when one stops answering.</source>
        <translation>Una dirección por línea; las solicitudes se reparten entre ellas y pasan a las demás cuando una deja de responder.</translation>
    </message>
    <message>
        <source>the model name the server knows, e.g. qwen2.5-7b</source>
        <translation>el nombre del modelo que conoce el servidor, p. ej. qwen2.5-7b</translation>
    </message>
    <message>
        <source>e.g. Apache-2.0 (the dataset card lists it)</source>
        <translation>p. ej. Apache-2.0 (la ficha del conjunto de datos la menciona)</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server works: llama.cpp&apos;s llama-server, vLLM or Ollama. An API key is read from an environment variable when generating, never stored.</source>
        <translation>Sirve cualquier servidor compatible con OpenAI: llama-server de llama.cpp, vLLM u Ollama. La clave de API se lee de una variable de entorno al generar y nunca se guarda.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server addresses</source>
        <translation>Direcciones de los servidores</translation>
    </message>
    <message>
        <source>Requests at once per server</source>
        <translation>Solicitudes simultáneas por servidor</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modelo en el servidor</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>ServerTable</name>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>apartado</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Errors (retried)</source>
        <translation>Errores (reintentados)</translation>
    </message>
    <message>
        <source>Servers of the running job</source>
        <translation>Servidores de la tarea en curso</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>The name shown on your reviews</source>
        <translation>El nombre que aparece en tus revisiones</translation>
    </message>
    <message>
        <source>This name was set when Handloom was started and cannot be changed here.</source>
        <translation>Este nombre se fijó al iniciar Handloom y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Recorded on what you import, review, judge or vote on from now on.</source>
        <translation>Se registra a partir de ahora en lo que importes, revises, juzgues o votes.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Idioma del sistema ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Translations of the interface; your data is never translated.</source>
        <translation>Traducciones de la interfaz; tus datos nunca se traducen.</translation>
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
        <translation>Proyecto de demostración:</translation>
    </message>
    <message>
        <source>The new language applies when Handloom next starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Handloom.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Run the page&apos;s main action</source>
        <translation>&amp;Ejecutar la acción principal de la página</translation>
    </message>
    <message>
        <source>&amp;Search on this page</source>
        <translation>&amp;Buscar en esta página</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>&amp;Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menú</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>Campo siguiente / campo anterior</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Abrir un menú</translation>
    </message>
    <message>
        <source>the underlined letter</source>
        <translation>la letra subrayada</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Escribe para filtrar…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Responses being written</source>
        <translation>Respuestas en escritura</translation>
    </message>
    <message>
        <source>Responses appear here as they are written.</source>
        <translation>Las respuestas aparecen aquí a medida que se escriben.</translation>
    </message>
    <message>
        <source>&lt;i&gt;waiting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;esperando…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StrengthChart</name>
    <message>
        <source>no votes</source>
        <translation>sin votos</translation>
    </message>
    <message>
        <source>{0:+.2f} · too few votes for an interval ({1})</source>
        <translation>{0:+.2f} · muy pocos votos para un intervalo ({1})</translation>
    </message>
    <message numerus="yes">
        <source>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln vote(s)</source>
        <translation>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln voto</numerusform>
            <numerusform>{0:+.2f} [{1:+.2f}, {2:+.2f}] · %Ln votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: strength {1:+.2f}, 95% interval {2:+.2f} to {3:+.2f}, from %Ln vote(s)</source>
        <translation>
            <numerusform>{0}: fuerza {1:+.2f}, intervalo del 95 % de {2:+.2f} a {3:+.2f}, a partir de %Ln voto</numerusform>
            <numerusform>{0}: fuerza {1:+.2f}, intervalo del 95 % de {2:+.2f} a {3:+.2f}, a partir de %Ln votos</numerusform>
        </translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Aún no hay votos</translation>
    </message>
    <message>
        <source>{0}: {1} (a 95% interval needs more votes)</source>
        <translation>{0}: {1} (un intervalo del 95 % necesita más votos)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>Quick try (CPU, minutes)</source>
        <translation>Prueba rápida (CPU, minutos)</translation>
    </message>
    <message>
        <source>Consumer GPU (8 GB)</source>
        <translation>GPU doméstica (8 GB)</translation>
    </message>
    <message>
        <source>Gemma turns (&lt;start_of_turn&gt;)</source>
        <translation>Turnos de Gemma (&lt;start_of_turn&gt;)</translation>
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
        <translation>Esta base no tiene plantilla de chat; el modelo ajustado responderá en la elegida aquí</translation>
    </message>
    <message>
        <source>name of the tuned model</source>
        <translation>nombre del modelo ajustado</translation>
    </message>
    <message>
        <source>by epochs</source>
        <translation>por épocas</translation>
    </message>
    <message>
        <source>adapter only</source>
        <translation>solo el adaptador</translation>
    </message>
    <message>
        <source>merged GGUF, {0}</source>
        <translation>GGUF fusionado, {0}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Only pairs a person accepted</source>
        <translation>Solo pares que aceptó una persona</translation>
    </message>
    <message>
        <source>every language (or e.g. sw,en)</source>
        <translation>todos los idiomas (o p. ej. sw,en)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>Tuned model name</source>
        <translation>Nombre del modelo ajustado</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hiperparámetros</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rango de LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alfa de LoRA</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Acumulación de gradientes</translation>
    </message>
    <message>
        <source>Max length (tokens)</source>
        <translation>Longitud máxima (tokens)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Judge score at least</source>
        <translation>Puntuación del juez al menos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Reservados</translation>
    </message>
    <message>
        <source>Hugging Face folder…</source>
        <translation>Carpeta de Hugging Face…</translation>
    </message>
    <message>
        <source>Choose a Hugging Face model folder (with config.json)</source>
        <translation>Elige una carpeta de modelo de Hugging Face (con config.json)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Start training</source>
        <translation>Empezar a entrenar</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is kept and Resume continues from it</source>
        <translation>Detener tras el paso actual; se guarda un punto de control y Reanudar continúa desde él</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>No chosen pairs to train on yet: select the best responses on the Judge page or accept them on the Review page.</source>
        <translation>Aún no hay pares elegidos para entrenar: selecciona las mejores respuestas en la página Juzgar o acéptalas en la página Revisar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; conversations to train on, {1} held out ({2} with a second turn).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; conversaciones para entrenar, {1} reservadas ({2} con segundo turno).</translation>
    </message>
    <message>
        <source>{0} in evaluation sets are kept out.</source>
        <translation>Se dejan fuera {0} que están en conjuntos de evaluación.</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Deteniendo tras este paso y guardando un punto de control…</translation>
    </message>
    <message>
        <source>Choose a base model to train.</source>
        <translation>Elige un modelo base para entrenar.</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume continues from the last checkpoint.</source>
        <translation>Detenido por un error; Reanudar continúa desde el último punto de control.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues from the last checkpoint.</source>
        <translation>Cancelado; Reanudar continúa desde el último punto de control.</translation>
    </message>
    <message>
        <source>Continue training {0} ({1})</source>
        <translation>Seguir entrenando {0} ({1})</translation>
    </message>
</context>
<context>
    <name>TrainStatus</name>
    <message>
        <source>step %v of %m</source>
        <translation>paso %v de %m</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>Iniciando el proceso de entrenamiento…</translation>
    </message>
    <message>
        <source>Continuing from the checkpoint at step {0}.</source>
        <translation>Continuando desde el punto de control del paso {0}.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {0}.</source>
        <translation>Punto de control guardado en el paso {0}.</translation>
    </message>
    <message>
        <source>4-bit QLoRA</source>
        <translation>QLoRA de 4 bits</translation>
    </message>
    <message>
        <source>16-bit LoRA</source>
        <translation>LoRA de 16 bits</translation>
    </message>
    <message>
        <source>32-bit LoRA</source>
        <translation>LoRA de 32 bits</translation>
    </message>
    <message>
        <source>Backend: {0} on the {1}, {2} ({3} conversations, {4} held out)</source>
        <translation>Motor: {0} en {1}, {2} ({3} conversaciones, {4} reservadas)</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2}</source>
        <translation>Paso {0} de {1}, pérdida {2}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <source>Done: {0} is registered and ready to generate.</source>
        <translation>Hecho: {0} está registrado y listo para generar.</translation>
    </message>
    <message>
        <source>Loss {0} → {1}, held-out loss {2}</source>
        <translation>Pérdida {0} → {1}, pérdida reservada {2}</translation>
    </message>
</context>
<context>
    <name>TrainingRuns</name>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>Pérdida reservada</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Generate with the chosen tuned model</source>
        <translation>Generar con el modelo ajustado elegido</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Archivos: {0}</translation>
    </message>
</context>
<context>
    <name>TranslateForm</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The language to translate into; type a code or a name</source>
        <translation>El idioma al que traducir; escribe un código o un nombre</translation>
    </message>
    <message>
        <source>every language but the target</source>
        <translation>todos los idiomas menos el de destino</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Only the first N originals</source>
        <translation>Solo los N primeros originales</translation>
    </message>
    <message>
        <source>Sequences decoded together by llama.cpp</source>
        <translation>Secuencias que llama.cpp decodifica juntas</translation>
    </message>
    <message>
        <source>Translate back and score (chrF)</source>
        <translation>Retrotraducir y puntuar (chrF)</translation>
    </message>
    <message>
        <source>Translate each translation back into its source language and compare it with the original: a rough quality estimate, at twice the time</source>
        <translation>Traduce cada traducción de vuelta a su idioma de origen y la compara con el original: una estimación aproximada de la calidad, en el doble de tiempo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>A</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
</context>
<context>
    <name>TranslatePage</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop now; translations written stay, Resume continues</source>
        <translation>Detener ahora; las traducciones escritas se conservan, Reanudar continúa</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Being written</source>
        <translation>En escritura</translation>
    </message>
    <message>
        <source>Register a model on the Models page first.</source>
        <translation>Primero registra un modelo en la página Modelos.</translation>
    </message>
    <message>
        <source>There are no included originals in other languages to translate.</source>
        <translation>No hay originales incluidos en otros idiomas que traducir.</translation>
    </message>
    <message>
        <source>All {0:,} chosen instructions are translated with this model.</source>
        <translation>Las {0:,} instrucciones elegidas están traducidas con este modelo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; of {1:,} instructions still to translate.</source>
        <translation>Faltan por traducir &lt;b&gt;{0:,}&lt;/b&gt; de {1:,} instrucciones.</translation>
    </message>
    <message>
        <source>Choose a model and the language to translate into.</source>
        <translation>Elige un modelo y el idioma al que traducir.</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>Traduciendo</translation>
    </message>
    <message>
        <source>, {0:,} back-translated</source>
        <translation>, {0:,} retrotraducidas</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln translation(s){0}; flags: {1}.</source>
        <translation>
            <numerusform>%Ln traducción escrita{0}; marcas: {1}.</numerusform>
            <numerusform>%Ln traducciones escritas{0}; marcas: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Stopped by an error; Resume retries what is missing.</source>
        <translation>Detenido por un error; Reanudar vuelve a intentar lo que falta.</translation>
    </message>
    <message>
        <source>Cancelled; Resume continues where it stopped.</source>
        <translation>Cancelado; Reanudar continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Continue translating into {0} with {1} ({2}{3})</source>
        <translation>Seguir traduciendo al {0} con {1} ({2}{3})</translation>
    </message>
</context>
<context>
    <name>TranslationList</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>every translation</source>
        <translation>todas las traducciones</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traducción automática</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation> (las primeras)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s){0}; flags raised: {1:,}.</source>
        <translation>
            <numerusform>%Ln traducción{0}; marcas levantadas: {1:,}.</numerusform>
            <numerusform>%Ln traducciones{0}; marcas levantadas: {1:,}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>Aún no hay traducciones.</translation>
    </message>
    <message>
        <source>No translation has this flag.</source>
        <translation>Ninguna traducción tiene esta marca.</translation>
    </message>
    <message>
        <source>with any flag</source>
        <translation>con alguna marca</translation>
    </message>
    <message>
        <source>without flags</source>
        <translation>sin marcas</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The name shown on your reviews</source>
        <translation>El nombre que aparece en tus revisiones</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Handloom records who imported, reviewed or changed each item. You can change the name later in File ▸ Settings.</source>
        <translation>Handloom registra quién importó, revisó o cambió cada elemento. Puedes cambiar el nombre más tarde en Archivo ▸ Ajustes.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Abrir el proyecto de demostración</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Handloom&lt;/h2&gt;Build a dataset from instructions people really wrote: import them, answer them with a local model, review the answers, then train and compare. Tell Handloom your name, then begin with the demo project or a project of your own.</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a Handloom&lt;/h2&gt;Construye un conjunto de datos a partir de instrucciones que escribieron personas de verdad: impórtalas, respóndelas con un modelo local, revisa las respuestas y luego entrena y compara. Dile a Handloom tu nombre y empieza con el proyecto de demostración o con uno propio.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;A project is one file that holds your instructions, responses and reviews.</source>
        <translation>&lt;h2&gt;No hay ningún proyecto abierto&lt;/h2&gt;Un proyecto es un solo archivo que guarda tus instrucciones, respuestas y revisiones.</translation>
    </message>
    <message>
        <source>The demo project is kept at {0}</source>
        <translation>El proyecto de demostración está guardado en {0}</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Escribe primero tu nombre.</translation>
    </message>
</context>
<context>
    <name>WinRateHeatmap</name>
    <message>
        <source>No votes yet</source>
        <translation>Aún no hay votos</translation>
    </message>
    <message>
        <source>{0} and {1} have no votes yet</source>
        <translation>{0} y {1} aún no tienen votos</translation>
    </message>
    <message numerus="yes">
        <source>{0} beat {1} in {2:.0f}% of %Ln vote(s) (ties count half)</source>
        <translation>
            <numerusform>{0} ganó a {1} en el {2:.0f} % de %Ln voto (los empates cuentan la mitad)</numerusform>
            <numerusform>{0} ganó a {1} en el {2:.0f} % de %Ln votos (los empates cuentan la mitad)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error ({0}): {1}</source>
        <translation>Error inesperado ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>_JobBox</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>import_page</name>
    <message numerus="yes">
        <source>{0}: %Ln instruction(s) imported ({1})</source>
        <translation>
            <numerusform>{0}: %Ln instrucción importada ({1})</numerusform>
            <numerusform>{0}: %Ln instrucciones importadas ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln bad line(s): {0}</source>
        <translation>
            <numerusform>; se omitió %Ln línea errónea: {0}</numerusform>
            <numerusform>; se omitieron %Ln líneas erróneas: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
</context>
<context>
    <name>instruction_detail</name>
    <message>
        <source>… {0} more characters are not shown here.</source>
        <translation>… Otros {0} caracteres no se muestran aquí.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importado por</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Importado el</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traducción de</translation>
    </message>
    <message>
        <source>Excluded as</source>
        <translation>Excluida por</translation>
    </message>
    <message>
        <source>Original text, as imported:</source>
        <translation>Texto original, tal como se importó:</translation>
    </message>
    <message>
        <source>Before redaction:</source>
        <translation>Antes de ocultar:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Procedencia:</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source> at {0:,} of {1:,}</source>
        <translation> en {0:,} de {1:,}</translation>
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
