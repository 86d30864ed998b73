"""The project file's schema as a ladder of named migrations.

Each migration runs in its own transaction (``sqlite_utils.Migrations``). ``PRAGMA
user_version`` mirrors the number applied so that a file written by a newer Handloom,
which knows migrations this code does not, is recognised and refused.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

migrations = Migrations("handloom")


@migrations()
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


@migrations()
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
    return [m.name for m in migrations._migrations]
