"""The project file's schema as a ladder of named migrations.

Each migration runs in its own transaction (``sqlite_utils.Migrations``). ``PRAGMA
user_version`` mirrors the number applied so that a file written by a newer Handloom,
which knows migrations this code does not, is recognised and refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

MIGRATION_SET = "handloom"
Database = Any  # a sqlite_utils.Database; sqlite_utils is imported only when migrating
MIGRATIONS: list[Callable[[Any], None]] = []


def migration(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """Register a migration; the ladder runs in the order the functions are defined."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m0001_foundation(db: Database) -> None:
    """Settings, sources, instructions with reversible exclusions, jobs, and full-text search."""
    run_script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            config TEXT NOT NULL,
            state TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            total INTEGER NOT NULL DEFAULT 0,
            message TEXT,
            error TEXT,
            result TEXT,
            pid INTEGER,
            host TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT,
            updated_at TEXT
        );
        CREATE INDEX jobs_state ON jobs(state);
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            location TEXT NOT NULL,
            format TEXT NOT NULL,
            mapping TEXT,
            licence TEXT,
            language TEXT,
            state TEXT NOT NULL,
            rows_imported INTEGER NOT NULL DEFAULT 0,
            last_line INTEGER NOT NULL DEFAULT 0,
            skipped_lines TEXT,
            error TEXT,
            job_id TEXT REFERENCES jobs(id),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE instructions (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            original_text TEXT,
            redacted_from TEXT,
            language TEXT,
            language_origin TEXT,
            language_confidence REAL,
            script TEXT,
            source_id TEXT REFERENCES sources(id),
            source_line INTEGER,
            source_ref TEXT,
            licence TEXT,
            author TEXT,
            consent TEXT,
            provenance TEXT,
            parent_id TEXT REFERENCES instructions(id),
            dup_key TEXT,
            status TEXT NOT NULL DEFAULT 'included',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX instructions_status ON instructions(status);
        CREATE INDEX instructions_language ON instructions(language);
        CREATE INDEX instructions_source ON instructions(source_id, source_line);
        CREATE INDEX instructions_dup_key ON instructions(dup_key);
        CREATE INDEX instructions_parent ON instructions(parent_id);
        CREATE TABLE exclusions (
            instruction_id TEXT NOT NULL REFERENCES instructions(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            detail TEXT,
            job_id TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (instruction_id, reason)
        ) WITHOUT ROWID;
        CREATE INDEX exclusions_reason ON exclusions(reason);
        CREATE VIRTUAL TABLE instructions_fts USING fts5(
            text, content='instructions', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER instructions_fts_insert AFTER INSERT ON instructions BEGIN
            INSERT INTO instructions_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER instructions_fts_delete AFTER DELETE ON instructions BEGIN
            INSERT INTO instructions_fts(instructions_fts, rowid, text)
            VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER instructions_fts_update AFTER UPDATE OF text ON instructions BEGIN
            INSERT INTO instructions_fts(instructions_fts, rowid, text)
            VALUES ('delete', old.rowid, old.text);
            INSERT INTO instructions_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        """
    )


@migration
def m0002_models_and_responses(db: Database) -> None:
    """The model registry and generated responses, with full-text search over responses.

    A response is unique per (instruction, model, generation settings, sample number), so
    running the same generation again only fills in what is missing.
    """
    run_script(
        db,
        """
        CREATE TABLE models (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            path TEXT,
            size INTEGER,
            sha256 TEXT,
            architecture TEXT,
            parameters INTEGER,
            context_length INTEGER,
            quantisation TEXT,
            licence TEXT,
            languages TEXT,
            chat_template TEXT,
            template_choice TEXT,
            base_id TEXT REFERENCES models(id),
            adapter_path TEXT,
            endpoint TEXT,
            remote_model TEXT,
            bundled TEXT,
            metadata TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE responses (
            id TEXT PRIMARY KEY,
            instruction_id TEXT NOT NULL REFERENCES instructions(id) ON DELETE CASCADE,
            model_id TEXT NOT NULL REFERENCES models(id),
            job_id TEXT REFERENCES jobs(id),
            settings_key TEXT NOT NULL,
            sample_index INTEGER NOT NULL,
            text TEXT NOT NULL,
            settings TEXT NOT NULL,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            seconds REAL,
            first_token_seconds REAL,
            finish_reason TEXT,
            selected INTEGER NOT NULL DEFAULT 0,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (instruction_id, model_id, settings_key, sample_index)
        );
        CREATE INDEX responses_model ON responses(model_id, settings_key);
        CREATE INDEX responses_job ON responses(job_id);
        CREATE VIRTUAL TABLE responses_fts USING fts5(
            text, content='responses', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER responses_fts_insert AFTER INSERT ON responses BEGIN
            INSERT INTO responses_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER responses_fts_delete AFTER DELETE ON responses BEGIN
            INSERT INTO responses_fts(responses_fts, rowid, text)
            VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER responses_fts_update AFTER UPDATE OF text ON responses BEGIN
            INSERT INTO responses_fts(responses_fts, rowid, text)
            VALUES ('delete', old.rowid, old.text);
            INSERT INTO responses_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        """,
    )


@migration
def m0003_translation_and_review(db: Database) -> None:
    """Translations (an instruction with a parent), prompt templates, glossaries and reviews.

    A review is an append-only event: accepting, rejecting, editing, rating or noting an
    instruction or a response. The newest event of each kind decides; an edit keeps the
    text it replaced, and undo marks an event undone rather than deleting it.
    """
    run_script(
        db,
        """
        CREATE TABLE translations (
            instruction_id TEXT PRIMARY KEY REFERENCES instructions(id) ON DELETE CASCADE,
            original_id TEXT NOT NULL REFERENCES instructions(id),
            source_language TEXT,
            target_language TEXT NOT NULL,
            model_id TEXT REFERENCES models(id),
            job_id TEXT REFERENCES jobs(id),
            prompt TEXT,
            settings TEXT,
            machine_text TEXT NOT NULL,
            flags TEXT,
            back_translation TEXT,
            chrf REAL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (original_id, target_language, model_id)
        );
        CREATE INDEX translations_original ON translations(original_id);
        CREATE TABLE prompt_templates (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            source_language TEXT,
            target_language TEXT,
            text TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (kind, name, version)
        );
        CREATE TABLE glossary_terms (
            id TEXT PRIMARY KEY,
            source_language TEXT,
            target_language TEXT NOT NULL,
            source_term TEXT NOT NULL,
            target_term TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (source_language, target_language, source_term)
        );
        CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            action TEXT NOT NULL,
            rating INTEGER,
            note TEXT,
            previous_text TEXT,
            new_text TEXT,
            undone_at TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX reviews_target ON reviews(target_kind, target_id, created_at);
        CREATE INDEX reviews_reviewer ON reviews(created_by);
        """,
    )


@migration
def m0004_judging_and_selection(db: Database) -> None:
    """Rubrics, judgements (by a model or a person), rule-based flags and second turns."""
    run_script(
        db,
        """
        CREATE TABLE rubrics (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (name, version)
        );
        CREATE TABLE judgements (
            id TEXT PRIMARY KEY,
            response_id TEXT REFERENCES responses(id) ON DELETE CASCADE,
            followup_id TEXT,
            judge_model_id TEXT REFERENCES models(id),
            judge_person TEXT,
            rubric_id TEXT REFERENCES rubrics(id),
            score REAL NOT NULL,
            rationale TEXT,
            raw TEXT,
            settings TEXT,
            job_id TEXT REFERENCES jobs(id),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX judgements_response ON judgements(response_id);
        CREATE UNIQUE INDEX judgements_once ON judgements(response_id, judge_model_id, rubric_id)
            WHERE judge_model_id IS NOT NULL AND response_id IS NOT NULL;
        CREATE TABLE response_flags (
            response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
            flag TEXT NOT NULL,
            detail TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (response_id, flag)
        ) WITHOUT ROWID;
        CREATE TABLE followups (
            id TEXT PRIMARY KEY,
            response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
            model_id TEXT NOT NULL REFERENCES models(id),
            job_id TEXT REFERENCES jobs(id),
            user_text TEXT NOT NULL,
            assistant_text TEXT,
            score REAL,
            kept INTEGER NOT NULL DEFAULT 0,
            settings TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (response_id, model_id)
        );
        """,
    )


@migration
def m0005_training(db: Database) -> None:
    """Fine-tuning runs, their metrics and the exact rows each was trained on."""
    run_script(
        db,
        """
        CREATE TABLE trainings (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            base_model_id TEXT NOT NULL REFERENCES models(id),
            tuned_model_id TEXT REFERENCES models(id),
            job_id TEXT REFERENCES jobs(id),
            backend TEXT,
            config TEXT NOT NULL,
            output_dir TEXT,
            state TEXT NOT NULL,
            result TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE train_metrics (
            training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
            step INTEGER NOT NULL,
            loss REAL,
            eval_loss REAL,
            learning_rate REAL,
            tokens_per_second REAL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (training_id, step)
        ) WITHOUT ROWID;
        CREATE TABLE train_rows (
            training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
            response_id TEXT NOT NULL REFERENCES responses(id),
            followup_id TEXT,
            split TEXT NOT NULL,
            PRIMARY KEY (training_id, response_id)
        ) WITHOUT ROWID;
        """,
    )


@migration
def m0006_evaluation_and_arena(db: Database) -> None:
    """Evaluation sets, their answers per model, and arena votes by people or a judge."""
    run_script(
        db,
        """
        CREATE TABLE eval_sets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            description TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE eval_items (
            id TEXT PRIMARY KEY,
            eval_set_id TEXT NOT NULL REFERENCES eval_sets(id) ON DELETE CASCADE,
            instruction_id TEXT REFERENCES instructions(id),
            text TEXT NOT NULL,
            language TEXT,
            position INTEGER NOT NULL,
            UNIQUE (eval_set_id, position)
        );
        CREATE TABLE eval_answers (
            id TEXT PRIMARY KEY,
            eval_item_id TEXT NOT NULL REFERENCES eval_items(id) ON DELETE CASCADE,
            model_id TEXT NOT NULL REFERENCES models(id),
            settings_key TEXT NOT NULL,
            text TEXT NOT NULL,
            completion_tokens INTEGER,
            finish_reason TEXT,
            job_id TEXT REFERENCES jobs(id),
            created_at TEXT NOT NULL,
            UNIQUE (eval_item_id, model_id, settings_key)
        );
        CREATE TABLE arena_votes (
            id TEXT PRIMARY KEY,
            eval_item_id TEXT NOT NULL REFERENCES eval_items(id),
            model_a TEXT NOT NULL REFERENCES models(id),
            model_b TEXT NOT NULL REFERENCES models(id),
            shown_left TEXT NOT NULL,
            outcome TEXT NOT NULL,
            voter TEXT,
            judge_model_id TEXT REFERENCES models(id),
            judge_order TEXT,
            rationale TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX arena_votes_item ON arena_votes(eval_item_id);
        CREATE TABLE answer_grades (
            id TEXT PRIMARY KEY,
            eval_answer_id TEXT NOT NULL REFERENCES eval_answers(id) ON DELETE CASCADE,
            judge_model_id TEXT REFERENCES models(id),
            score REAL NOT NULL,
            rationale TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """,
    )


@migration
def m0007_export_and_publishing(db: Database) -> None:
    """Exports written, pushes waiting for a connection, and merges from other curators."""
    run_script(
        db,
        """
        CREATE TABLE exports (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            options TEXT NOT NULL,
            rows INTEGER NOT NULL,
            card TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE push_queue (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            repo_id TEXT NOT NULL,
            private INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            pushed_url TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE merges (
            id TEXT PRIMARY KEY,
            other_path TEXT NOT NULL,
            report TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """,
    )


@migration
def m0010_tokenizer_fit(db: Database) -> None:
    """Cached Tokenizer fit measurements (core/fit/cache.py), so the Models page opens fast."""
    run_script(
        db,
        """
        CREATE TABLE tokenizer_fit (
            model_sha256 TEXT NOT NULL,
            language TEXT NOT NULL,
            sample_size INTEGER NOT NULL,
            sample_hash TEXT NOT NULL,
            counts TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (model_sha256, language, sample_size, sample_hash)
        ) WITHOUT ROWID;
        """,
    )


@migration
def m0011_server_pools(db: Database) -> None:
    """A remote model's pool of endpoints, each with its concurrency, and each job's log.

    ``endpoint`` stays the pool's first address (what a merge recognises a model by); the
    log keeps what a person wants to see afterwards: retries, servers set aside, why it stopped.
    """
    run_script(
        db,
        """
        ALTER TABLE models ADD COLUMN endpoints TEXT;
        UPDATE models SET endpoints = json_array(json_object('url', endpoint, 'concurrency', 4))
        WHERE kind = 'remote' AND endpoint IS NOT NULL;
        CREATE TABLE job_log (
            job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX job_log_job ON job_log(job_id);
        """,
    )


@migration
def m0012_batch_files(db: Database) -> None:
    """Batch files written for a GPU cluster, and the lines of results that failed.

    A batch file's ``custom_id`` names the request's kind, model, settings and item; the
    settings it stands for are kept here, so that reading the results back records them
    exactly as a live run would have. A failed generation line is kept as a failure to retry
    (the next batch asks again); a failed judgement is a failed judgement, as in a live run.
    """
    run_script(
        db,
        """
        CREATE TABLE batch_settings (
            kind TEXT NOT NULL,
            model_id TEXT NOT NULL REFERENCES models(id),
            settings_key TEXT NOT NULL,
            settings TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (kind, model_id, settings_key)
        ) WITHOUT ROWID;
        CREATE TABLE batch_failures (
            custom_id TEXT PRIMARY KEY,
            error TEXT NOT NULL,
            job_id TEXT REFERENCES jobs(id),
            line INTEGER NOT NULL,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


@migration
def m0013_recipes(db: Database) -> None:
    """The recipes run on the project (``handloom recipe``) and each of their stages.

    A recipe keeps every setting it ran with and the models' file hashes; a stage keeps
    the job that ran it and its counts in and out, so that running the same recipe again
    continues at the first stage not done, and the cards can say how the data was made.
    """
    run_script(
        db,
        """
        CREATE TABLE recipes (
            id TEXT PRIMARY KEY,
            preset TEXT NOT NULL,
            settings TEXT NOT NULL,
            models TEXT NOT NULL,
            state TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE TABLE recipe_stages (
            recipe_id TEXT NOT NULL REFERENCES recipes(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            stage TEXT NOT NULL,
            job_id TEXT REFERENCES jobs(id),
            config TEXT NOT NULL,
            state TEXT NOT NULL,
            count_in INTEGER,
            count_out INTEGER,
            result TEXT,
            started_at TEXT,
            finished_at TEXT,
            PRIMARY KEY (recipe_id, position)
        ) WITHOUT ROWID;
        """,
    )


@migration
def m0014_language_labels(db: Database) -> None:
    """What a row's language label is worth: the uncertain mark, the variant a folded code
    leaves open (``ckb`` under ``ku``), and who set it by hand.

    Rows of older projects were labelled by an identifier that never said "unsure": they
    read as sure (0), as they were shown before.
    """
    run_script(
        db,
        """
        ALTER TABLE instructions ADD COLUMN language_uncertain INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE instructions ADD COLUMN language_variant TEXT;
        ALTER TABLE instructions ADD COLUMN language_set_by TEXT;
        ALTER TABLE instructions ADD COLUMN language_set_at TEXT;
        CREATE INDEX instructions_uncertain ON instructions(language)
            WHERE language_uncertain = 1;
        """,
    )


def run_script(db: Database, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``executescript`` would commit first and break the migration's atomicity, so the script
    is cut into complete statements (triggers included) and executed one by one.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"Incomplete SQL statement in migration: {pending.strip()[:80]}")


def known_migrations() -> list[str]:
    """Names of every migration this version of Handloom knows, in order."""
    return [fn.__name__ for fn in MIGRATIONS]


def apply(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations with ``sqlite_utils.Migrations``.

    sqlite_utils is imported here, not at start-up: it imports pandas when pandas is
    installed, which would cost the window a second before it appears.
    """
    from sqlite_utils import Database as SqliteUtilsDatabase
    from sqlite_utils import Migrations

    ladder = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS:
        ladder()(fn)
    ladder.apply(SqliteUtilsDatabase(conn))
