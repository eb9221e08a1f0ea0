import GRDB

/// The store's versioned schema: one ``DatabaseMigrator`` migration per version, written as
/// plain SQL that PostgreSQL also accepts after the few substitutions docs/STORE.md lists.
///
/// Portability rules (checked by `StoreSchemaTests`): only the types INTEGER, TEXT, BLOB and
/// DOUBLE PRECISION; every key and foreign key explicit and named columns only; no
/// AUTOINCREMENT, WITHOUT ROWID, STRICT, partial or expression indexes, triggers or views.
/// Timestamps are fixed-width ISO 8601 UTC text (they sort as they compare); JSON lives in TEXT.
/// Never edit a shipped migration: add a new one.
enum StoreSchema {
    /// Migration identifiers in order. A database that holds one not listed here is newer.
    static let versions = ["v1-documents", "v2-alignments", "v3-voices"]

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration(versions[0]) { db in try db.execute(sql: v1) }
        m.registerMigration(versions[1]) { db in try db.execute(sql: v2) }
        m.registerMigration(versions[2]) { db in try db.execute(sql: v3) }
        return m
    }

    /// Runs, documents, their sentences, per-encoder sentence vectors, and vectors of the clauses
    /// of long sentences (so that a quoted fragment finds the clause it translates).
    static let v1 = """
        CREATE TABLE runs (
            id              INTEGER PRIMARY KEY,
            command         TEXT NOT NULL,
            arguments       TEXT NOT NULL,
            started_at      TEXT NOT NULL,
            finished_at     TEXT,
            status          TEXT NOT NULL,
            items_added     INTEGER NOT NULL DEFAULT 0,
            items_updated   INTEGER NOT NULL DEFAULT 0,
            items_unchanged INTEGER NOT NULL DEFAULT 0,
            items_skipped   INTEGER NOT NULL DEFAULT 0,
            items_failed    INTEGER NOT NULL DEFAULT 0,
            message         TEXT
        );
        CREATE TABLE documents (
            id              INTEGER PRIMARY KEY,
            source          TEXT NOT NULL,
            original_id     TEXT NOT NULL,
            url             TEXT,
            language        TEXT NOT NULL,
            title           TEXT,
            author          TEXT,
            published       TEXT,
            text            TEXT NOT NULL,
            skip_reason     TEXT,
            metadata        TEXT NOT NULL,
            content_hash    TEXT NOT NULL,
            input_location  TEXT NOT NULL,
            sentence_count  INTEGER NOT NULL,
            ingested_at     TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            run_id          INTEGER REFERENCES runs (id) ON DELETE SET NULL,
            CONSTRAINT documents_source_original UNIQUE (source, original_id)
        );
        CREATE INDEX documents_published ON documents (published);
        CREATE TABLE sentences (
            document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            sentence_index  INTEGER NOT NULL,
            start_offset    INTEGER NOT NULL,
            end_offset      INTEGER NOT NULL,
            paragraph       INTEGER NOT NULL,
            kind            TEXT NOT NULL,
            text            TEXT NOT NULL,
            PRIMARY KEY (document_id, sentence_index)
        );
        CREATE TABLE embeddings (
            document_id     INTEGER NOT NULL,
            sentence_index  INTEGER NOT NULL,
            encoder         TEXT NOT NULL,
            dimension       INTEGER NOT NULL,
            vector          BLOB NOT NULL,
            PRIMARY KEY (document_id, sentence_index, encoder),
            FOREIGN KEY (document_id, sentence_index)
                REFERENCES sentences (document_id, sentence_index) ON DELETE CASCADE
        );
        CREATE INDEX embeddings_encoder ON embeddings (encoder);
        CREATE TABLE clause_embeddings (
            document_id     INTEGER NOT NULL,
            sentence_index  INTEGER NOT NULL,
            start_offset    INTEGER NOT NULL,
            end_offset      INTEGER NOT NULL,
            encoder         TEXT NOT NULL,
            dimension       INTEGER NOT NULL,
            vector          BLOB NOT NULL,
            PRIMARY KEY (document_id, sentence_index, encoder, start_offset, end_offset),
            FOREIGN KEY (document_id, sentence_index)
                REFERENCES sentences (document_id, sentence_index) ON DELETE CASCADE
        );
        """

    /// Sentence links between a translation and its originals, and the drift found on them.
    static let v2 = """
        CREATE TABLE alignments (
            id                    INTEGER PRIMARY KEY,
            run_id                INTEGER REFERENCES runs (id) ON DELETE SET NULL,
            translation_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            original_id           INTEGER REFERENCES documents (id) ON DELETE CASCADE,
            translation_sentences TEXT NOT NULL,
            original_sentences    TEXT NOT NULL,
            method                TEXT NOT NULL,
            score                 DOUBLE PRECISION NOT NULL,
            confidence            DOUBLE PRECISION,
            translation_start     INTEGER,
            translation_end       INTEGER,
            original_start        INTEGER,
            original_end          INTEGER,
            created_at            TEXT NOT NULL
        );
        CREATE INDEX alignments_translation ON alignments (translation_id);
        CREATE INDEX alignments_original ON alignments (original_id);
        CREATE TABLE findings (
            id              INTEGER PRIMARY KEY,
            alignment_id    INTEGER NOT NULL REFERENCES alignments (id) ON DELETE CASCADE,
            kind            TEXT NOT NULL,
            severity        DOUBLE PRECISION NOT NULL,
            message         TEXT NOT NULL,
            details         TEXT NOT NULL
        );
        CREATE INDEX findings_alignment ON findings (alignment_id);
        """

    /// Passages of a document in someone else's words (``Document/voices``: a tweet a post
    /// quotes), as a JSON array of {start, end, speaker}; NULL when it has none.
    static let v3 = """
        ALTER TABLE documents ADD COLUMN voices TEXT;
        """
}
