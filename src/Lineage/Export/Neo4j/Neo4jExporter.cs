using System.Diagnostics;
using Lineage.Graph;

namespace Lineage.Export.Neo4j;

/// <summary>
/// Loads a <see cref="CitationGraph"/> into Neo4j over HTTP: discovers the API, creates the uniqueness constraint on
/// <c>(:Document {symbol})</c>, then merges node batches and relationship batches (<see cref="Neo4jCypher"/>), one
/// transaction each. Stops at the first permanent error with <see cref="Neo4jExportException"/> (the server's code and
/// message, and how far it got); what was committed stays, and running the same export again completes it with
/// nothing duplicated (nodes are merged on <c>symbol</c>, relationships on source, target, type and <c>method</c>).
/// </summary>
public sealed class Neo4jExporter
{
    /// <summary>Codes that mean the constraint is already there (re-runs on 4.0, whose syntax has no IF NOT EXISTS).</summary>
    private static readonly HashSet<string> AlreadyExists = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        "Neo.ClientError.Schema.ConstraintAlreadyExists",
    };

    private readonly HttpClient _http;
    private readonly Neo4jExportOptions _options;

    public Neo4jExporter(HttpClient http, Neo4jExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        _http = http;
        _options = options;
    }

    public async Task<Neo4jExportResult> ExportAsync(CitationGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var client = new Neo4jHttpClient(_http, _options);
        var clock = Stopwatch.StartNew();
        var progress = new Neo4jExportProgress(Neo4jExportPhase.Discovery, 0, graph.NodeCount, 0, graph.EdgeCount, 0, TimeSpan.Zero);
        var endpoint = await client.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        _options.Progress?.Report(progress);

        long nodesCreated = 0;
        long relationshipsCreated = 0;
        try
        {
            progress = progress with { Phase = Neo4jExportPhase.Constraint };
            await CreateConstraintAsync(client, endpoint, cancellationToken).ConfigureAwait(false);
            progress = progress with { Statements = 1, Elapsed = clock.Elapsed };

            // Nodes before relationships. The body of the next statement is built while the server runs the current one.
            using var statements = Neo4jCypher.NodeBatches(graph, _options.BatchSize)
                .Concat(Neo4jCypher.RelationshipBatches(graph, _options.BatchSize)).GetEnumerator();
            var current = Next(statements, endpoint);
            while (current is { } item)
            {
                var (statement, body) = item;
                progress = progress with { Phase = statement.Phase };
                var sending = client.RunAsync(endpoint, body, cancellationToken);
                var next = Next(statements, endpoint);
                var result = await sending.ConfigureAwait(false);
                long merged = result.Rows.Count > 0 && result.Rows[0].Count > 0 && result.Rows[0][0].TryGetInt64(out long count) ? count : -1;
                if (merged != statement.Rows)
                {
                    throw new Neo4jExportException(
                        "Lineage.RowsNotMerged",
                        $"the server merged {merged} of {statement.Rows} {statement.Phase.ToString().ToLowerInvariant()} rows (a relationship's documents are missing from the database?)",
                        null);
                }

                nodesCreated += result.NodesCreated;
                relationshipsCreated += result.RelationshipsCreated;
                progress = statement.Phase == Neo4jExportPhase.Nodes
                    ? progress with { NodesWritten = progress.NodesWritten + statement.Rows }
                    : progress with { RelationshipsWritten = progress.RelationshipsWritten + statement.Rows };
                progress = progress with { Statements = progress.Statements + 1, Elapsed = clock.Elapsed };
                _options.Progress?.Report(progress);
                current = next;
            }
        }
        catch (Neo4jExportException e) when (e.Progress is null)
        {
            throw new Neo4jExportException(e.Code, e.ServerMessage, progress with { Elapsed = clock.Elapsed }, e.InnerException ?? e);
        }

        progress = progress with { Phase = Neo4jExportPhase.Done, Elapsed = clock.Elapsed };
        _options.Progress?.Report(progress);
        return new Neo4jExportResult(endpoint, progress, nodesCreated, relationshipsCreated);
    }

    private static (Neo4jStatement Statement, byte[] Body)? Next(IEnumerator<Neo4jStatement> statements, Neo4jEndpoint endpoint) =>
        statements.MoveNext() ? (statements.Current, Neo4jPayload.Create(endpoint.Api, statements.Current)) : null;

    private static async Task CreateConstraintAsync(Neo4jHttpClient client, Neo4jEndpoint endpoint, CancellationToken cancellationToken)
    {
        try
        {
            await client.RunAsync(endpoint, Neo4jCypher.Constraint(endpoint), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jExportException e) when (AlreadyExists.Contains(e.Code))
        {
            // Already there: nothing to do.
        }
    }
}
