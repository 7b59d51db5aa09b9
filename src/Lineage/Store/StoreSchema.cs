using System.Globalization;
using Lineage.Model;

namespace Lineage.Store;

/// <summary>
/// The store's tables, as plain SQLite any tool reads (the <c>sqlite3</c> shell, Python, R, Datasette): readable
/// column names, ISO dates as TEXT, lists as <c>;</c>-joined TEXT (as in the CSV export), booleans as 0/1. The
/// version is <c>PRAGMA user_version</c>; a store of another version is refused (see README, "The store").
/// </summary>
/// <remarks>
/// The citations are read through the <c>citations</c> view, which gives every field of the JSONL contract as text.
/// Underneath, <c>citation_rows</c> keeps what the view repeats per row as little as it can (a build of the whole
/// record writes 1.15 million rows, and each byte and text bound is paid for on the writer's thread): the closed sets
/// (kind, organ, relation, site, anchor site, method) as the small numbers of their enums, which the view spells out;
/// the file and the language as NULL when they are the document's (nearly always), which the view takes from
/// <c>documents</c>. <c>sentence_id</c> has no foreign key (schema 5): the writer drops a file's citation rows before
/// its sentences, and checking the key on each sentence deleted needed an index of every citation row by sentence
/// (1.15 million entries on the whole record, kept up on every row inserted) to find the rows still pointing at it.
/// </remarks>
public static class StoreSchema
{
    /// <summary>The schema version this Lineage reads and writes (<c>PRAGMA user_version</c>).</summary>
    public const int Version = 5;

    /// <summary>The file name <c>lineage build</c> writes into its output folder.</summary>
    public const string FileName = "lineage.db";

    internal static readonly string Create = $$"""
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
            kind             INTEGER NOT NULL,
            organ            INTEGER NOT NULL,
            work             TEXT,
            verb             TEXT NOT NULL,
            relation         INTEGER NOT NULL,
            site             INTEGER NOT NULL,
            paragraph        INTEGER,
            anchor_site      INTEGER,
            anchor_paragraph INTEGER,
            date             TEXT,
            subject          TEXT,
            language         TEXT,
            method           INTEGER NOT NULL,
            ordinal          INTEGER NOT NULL,
            in_list          INTEGER NOT NULL,
            file             TEXT,
            offset           INTEGER NOT NULL,
            length           INTEGER NOT NULL,
            line             INTEGER NOT NULL,
            column           INTEGER NOT NULL,
            page             INTEGER,
            text             TEXT NOT NULL,
            sentence_id      INTEGER,
            sentence_start   INTEGER,
            sentence_length  INTEGER,
            PRIMARY KEY (document_id, seq)
        ) WITHOUT ROWID;
        CREATE VIEW IF NOT EXISTS citations AS
            SELECT c.document_id, c.seq, c.source, c.target, {{Case("c.kind", Kinds)}} AS kind, {{Case("c.organ", Organs)}} AS organ,
                   c.work, c.verb, {{Case("c.relation", Relations)}} AS relation, {{Case("c.site", Sites)}} AS site, c.paragraph,
                   {{Case("c.anchor_site", Sites)}} AS anchor_site, c.anchor_paragraph, c.date, c.subject, ifnull(c.language, d.language) AS language,
                   {{Case("c.method", Methods)}} AS method, c.ordinal, c.in_list, ifnull(c.file, d.path) AS file,
                   c.offset, c.length, c.line, c.column, c.page, c.text,
                   s.text AS sentence, c.sentence_start, c.sentence_length
            FROM citation_rows c JOIN documents d ON d.id = c.document_id LEFT JOIN sentences s ON s.id = c.sentence_id;
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

    /// <summary>Indexes on the graph tables, made after they are filled (one sorted build is cheaper than upkeep per row).</summary>
    internal const string GraphIndexes = $"""
        CREATE INDEX IF NOT EXISTS edges_target ON edges(target, relation);
        {CitationIndexes}
        """;

    /// <summary>
    /// The indexes on the citation rows a bulk load drops and makes again once the rows are in: by target (what cites X,
    /// and what the citations say of a node). Citations by source need none of their own: a document's citations are
    /// its rows, found through <c>documents(symbol)</c> and the rows' key (a citation's source is its document's symbol).
    /// </summary>
    internal const string CitationIndexes = """
        CREATE INDEX IF NOT EXISTS citations_target ON citation_rows(target, date, subject, source);
        """;

    /// <summary>The codes of <c>citation_rows.kind</c> and what the view spells (the numbers of <see cref="SymbolKind"/>).</summary>
    private static IEnumerable<(int Code, string Token)> Kinds =>
        Enum.GetValues<SymbolKind>().Select(k => ((int)k, Serialization.CitationJsonWriter.Token(k)));

    /// <summary>The codes of <c>citation_rows.organ</c> (the numbers of <see cref="Model.Organ"/>).</summary>
    private static IEnumerable<(int Code, string Token)> Organs =>
        Enum.GetValues<Organ>().Select(o => ((int)o, Serialization.CitationJsonWriter.Token(o)));

    /// <summary>The codes of <c>citation_rows.relation</c> (the numbers of <see cref="Relation"/>).</summary>
    private static IEnumerable<(int Code, string Token)> Relations =>
        Enum.GetValues<Relation>().Select(r => ((int)r, r.ToToken()));

    /// <summary>The codes of <c>citation_rows.site</c> and <c>anchor_site</c> (the numbers of <see cref="SiteKind"/>).</summary>
    private static IEnumerable<(int Code, string Token)> Sites =>
        Enum.GetValues<SiteKind>().Select(k => ((int)k, new CitationSite(k, null).KindToken));

    /// <summary>The codes of <c>citation_rows.method</c> (the numbers of <see cref="CitationMethod"/>).</summary>
    private static IEnumerable<(int Code, string Token)> Methods =>
        Enum.GetValues<CitationMethod>().Select(m => ((int)m, m == CitationMethod.Markup ? "markup" : "text"));

    /// <summary>A CASE spelling out the codes of <paramref name="column"/> (NULL stays NULL).</summary>
    private static string Case(string column, IEnumerable<(int Code, string Token)> codes) =>
        $"CASE {column} {string.Join(' ', codes.Select(c => string.Create(CultureInfo.InvariantCulture, $"WHEN {c.Code} THEN '{c.Token}'")))} END";
}
