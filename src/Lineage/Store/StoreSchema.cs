namespace Lineage.Store;

/// <summary>
/// The store's tables, as plain SQLite any tool reads (the <c>sqlite3</c> shell, Python, R, Datasette): readable
/// column names, ISO dates as TEXT, lists as <c>;</c>-joined TEXT (as in the CSV export), booleans as 0/1. The
/// version is <c>PRAGMA user_version</c>; a store of another version is refused (see README, "The store").
/// </summary>
public static class StoreSchema
{
    /// <summary>The schema version this Lineage reads and writes (<c>PRAGMA user_version</c>).</summary>
    public const int Version = 3;

    /// <summary>The file name <c>lineage build</c> writes into its output folder.</summary>
    public const string FileName = "lineage.db";

    internal const string Create = """
        CREATE TABLE IF NOT EXISTS store_info (
            key   TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE IF NOT EXISTS documents (
            id             INTEGER PRIMARY KEY,
            path           TEXT NOT NULL UNIQUE,
            input_order    INTEGER NOT NULL,
            symbol         TEXT,
            language       TEXT,
            title          TEXT,
            date           TEXT,
            session        INTEGER,
            meeting        TEXT,
            format         TEXT NOT NULL,
            size           INTEGER NOT NULL,
            mtime          TEXT NOT NULL,
            content_hash   TEXT NOT NULL,
            read_at        TEXT NOT NULL,
            citation_count INTEGER NOT NULL,
            diagnostics    TEXT
        );
        CREATE INDEX IF NOT EXISTS documents_symbol ON documents(symbol);
        CREATE INDEX IF NOT EXISTS documents_order ON documents(input_order);
        CREATE TABLE IF NOT EXISTS sentences (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            text        TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sentences_document ON sentences(document_id);
        CREATE TABLE IF NOT EXISTS citation_rows (
            document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq              INTEGER NOT NULL,
            source           TEXT NOT NULL,
            target           TEXT NOT NULL,
            kind             TEXT NOT NULL,
            organ            TEXT NOT NULL,
            work             TEXT,
            verb             TEXT NOT NULL,
            relation         TEXT NOT NULL,
            site             TEXT NOT NULL,
            paragraph        INTEGER,
            anchor_site      TEXT,
            anchor_paragraph INTEGER,
            date             TEXT,
            subject          TEXT,
            language         TEXT NOT NULL,
            method           TEXT NOT NULL,
            ordinal          INTEGER NOT NULL,
            in_list          INTEGER NOT NULL,
            file             TEXT NOT NULL,
            offset           INTEGER NOT NULL,
            length           INTEGER NOT NULL,
            line             INTEGER NOT NULL,
            column           INTEGER NOT NULL,
            page             INTEGER,
            text             TEXT NOT NULL,
            sentence_id      INTEGER REFERENCES sentences(id),
            sentence_start   INTEGER,
            sentence_length  INTEGER,
            PRIMARY KEY (document_id, seq)
        ) WITHOUT ROWID;
        CREATE VIEW IF NOT EXISTS citations AS
            SELECT c.document_id, c.seq, c.source, c.target, c.kind, c.organ, c.work, c.verb, c.relation, c.site, c.paragraph,
                   c.anchor_site, c.anchor_paragraph, c.date, c.subject, c.language, c.method, c.ordinal, c.in_list, c.file,
                   c.offset, c.length, c.line, c.column, c.page, c.text,
                   s.text AS sentence, c.sentence_start, c.sentence_length
            FROM citation_rows c LEFT JOIN sentences s ON s.id = c.sentence_id;
        CREATE TABLE IF NOT EXISTS nodes (
            symbol    TEXT PRIMARY KEY,
            kind      TEXT NOT NULL,
            organ     TEXT,
            session   INTEGER,
            number    INTEGER,
            part      TEXT,
            year      INTEGER,
            title     TEXT,
            date      TEXT,
            languages TEXT,
            in_corpus INTEGER NOT NULL,
            subjects  TEXT
        );
        CREATE TABLE IF NOT EXISTS edges (
            source        TEXT NOT NULL,
            target        TEXT NOT NULL,
            type          TEXT NOT NULL,
            relation      TEXT NOT NULL,
            verb          TEXT,
            site          TEXT,
            date_given    TEXT,
            method        TEXT NOT NULL,
            inferred      INTEGER NOT NULL,
            inferred_from TEXT,
            mention_count INTEGER NOT NULL,
            languages     TEXT,
            PRIMARY KEY (source, target, relation, method, inferred)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS runs (
            id               INTEGER PRIMARY KEY,
            started_at       TEXT NOT NULL,
            finished_at      TEXT NOT NULL,
            lineage_version  TEXT NOT NULL,
            ruleset_version  TEXT NOT NULL,
            settings         TEXT NOT NULL,
            files            INTEGER NOT NULL,
            unchanged        INTEGER NOT NULL,
            new              INTEGER NOT NULL,
            changed          INTEGER NOT NULL,
            removed          INTEGER NOT NULL,
            failed           INTEGER NOT NULL,
            documents        INTEGER NOT NULL,
            citations        INTEGER NOT NULL,
            nodes            INTEGER NOT NULL,
            edges            INTEGER NOT NULL,
            inferred_edges   INTEGER NOT NULL,
            reason           TEXT
        );
        """;

    /// <summary>
    /// The citation rows that point at a sentence: deleting a file's sentences checks the foreign key through it, so a
    /// rebuild does not scan every citation per sentence. Kept through bulk loads (their deletes need it too).
    /// </summary>
    internal const string SentenceIndex = "CREATE INDEX IF NOT EXISTS citations_sentence ON citation_rows(sentence_id);";

    /// <summary>Indexes on the graph tables, made after they are filled (one sorted build is cheaper than upkeep per row).</summary>
    internal const string GraphIndexes = $"""
        CREATE INDEX IF NOT EXISTS edges_target ON edges(target, relation);
        {CitationIndexes}
        """;

    /// <summary>The indexes on the citation rows a bulk load drops and makes again once the rows are in.</summary>
    internal const string CitationIndexes = """
        CREATE INDEX IF NOT EXISTS citations_source_target ON citation_rows(source, target);
        CREATE INDEX IF NOT EXISTS citations_target ON citation_rows(target, date, subject, source);
        """;
}
