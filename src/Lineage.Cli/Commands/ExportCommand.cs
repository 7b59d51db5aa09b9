using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lineage.Export;
using Lineage.Export.Csv;
using Lineage.Export.Neo4j;
using Lineage.Pipeline;

namespace Lineage.Cli.Commands;

/// <summary>
/// <c>lineage export FORMAT PATH... [--out DIR] [--name BASE]</c> writes the citation graph of the inputs in one
/// file format of <see cref="ExporterCatalog"/>; <c>lineage export neo4j PATH... --url URL</c> loads it into a
/// Neo4j server over HTTP, with the password from <c>NEO4J_PASSWORD</c> or a prompt (never an argument).
/// </summary>
internal static class ExportCommand
{
    /// <summary>The environment variable holding the Neo4j password.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    public static Command Create(CliContext context)
    {
        var command = new Command(
            "export",
            $"Write the citation graph of the inputs in a file format ({string.Join(", ", ExporterCatalog.Default.Names)}), or load it into Neo4j (`lineage export neo4j --help`)");
        var inputs = new InputOptions();
        var format = new Argument<string>("format") { Description = "The file format: " + string.Join(", ", ExporterCatalog.Default.Names) };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write into", DefaultValueFactory = _ => "." };
        var name = new Option<string>("--name") { Description = "Base name of the files written", DefaultValueFactory = _ => "lineage" };
        command.Arguments.Add(format);
        inputs.AddTo(command, store: true);
        command.Options.Add(output);
        command.Options.Add(name);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string formatName = parse.GetValue(format)!;
            if (!ExporterCatalog.Default.TryGet(formatName, out var exporter))
            {
                context.Error.WriteLine($"lineage: unknown format '{formatName}' (known: {string.Join(", ", ExporterCatalog.Default.Names)}, neo4j)");
                return ExitCodes.Usage;
            }

            var graph = inputs.LoadGraph(parse, context, [], out int code, cancellationToken);
            if (graph is null)
            {
                return code;
            }

            string directory = parse.GetValue(output)!;
            string baseName = parse.GetValue(name)!;
            try
            {
                foreach (string file in await ExporterCatalog.WriteFilesAsync(graph, exporter, directory, baseName, cancellationToken))
                {
                    context.Output.WriteLine($"Wrote {file}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return WriteFailure.Report(context.Error, directory, exporter.Name, e);
            }

            if (exporter is Neo4jAdminCsvExporter)
            {
                context.Output.WriteLine($"Import (Neo4j 5, database stopped, from {directory}): {Neo4jAdminCsvExporter.ImportCommand(baseName)}");
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Graph: {graph.NodeCount} nodes, {graph.EdgeCount} edges"));
            return code;
        });
        command.Subcommands.Add(CreateNeo4j(context));
        return command;
    }

    private static Command CreateNeo4j(CliContext context)
    {
        var inputs = new InputOptions();
        var url = new Option<string>("--url")
        {
            Description = "The server's HTTP or HTTPS URL",
            DefaultValueFactory = _ => "http://localhost:7474",
        };
        var database = new Option<string>("--database") { Description = "Database (Neo4j 4 and later)", DefaultValueFactory = _ => "neo4j" };
        var user = new Option<string>("--user") { Description = "User name", DefaultValueFactory = _ => "neo4j" };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction", DefaultValueFactory = _ => 10_000 };
        var api = new Option<string>("--api")
        {
            Description = "HTTP API: auto (discover), query (Query API), tx (4.x/5.x transactional endpoint), legacy (3.x)",
            DefaultValueFactory = _ => "auto",
        };
        api.AcceptOnlyFromAmong("auto", "query", "tx", "legacy");
        var command = new Command(
            "neo4j",
            $"Load the citation graph of the inputs into Neo4j over HTTP (password from ${PasswordVariable}, else a prompt); re-running completes an interrupted load without duplicates");
        inputs.AddTo(command, store: true);
        command.Options.Add(url);
        command.Options.Add(database);
        command.Options.Add(user);
        command.Options.Add(batchSize);
        command.Options.Add(api);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!inputs.TryGetStore(parse, context.Error, out _) || inputs.ToPipelineOptions(parse, context.Error) is null)
            {
                return ExitCodes.Usage;
            }

            string urlText = parse.GetValue(url)!;
            if (!Uri.TryCreate(urlText, UriKind.Absolute, out var server) || (server.Scheme != Uri.UriSchemeHttp && server.Scheme != Uri.UriSchemeHttps))
            {
                context.Error.WriteLine($"lineage: --url must be an http:// or https:// URL (Lineage talks to Neo4j over HTTP, not Bolt): {urlText}");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(batchSize) <= 0)
            {
                context.Error.WriteLine("lineage: --batch-size must be positive");
                return ExitCodes.Usage;
            }

            string? password = Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                password = PromptPassword(context, parse.GetValue(user)!, server);
                if (password is null)
                {
                    context.Error.WriteLine($"lineage: set {PasswordVariable} (standard input is not a terminal, so there is no prompt)");
                    return ExitCodes.Usage;
                }
            }

            var graph = inputs.LoadGraph(parse, context, [], out int code, cancellationToken);
            if (graph is null)
            {
                return code;
            }

            var progress = context.OutputRedirected ? null : new TerminalProgress(context.Error);
            var options = new Neo4jExportOptions
            {
                Url = server,
                Database = parse.GetValue(database)!,
                User = parse.GetValue(user)!,
                Password = password,
                BatchSize = parse.GetValue(batchSize),
                Api = parse.GetValue(api) switch
                {
                    "query" => Neo4jApi.Query,
                    "tx" => Neo4jApi.Transaction,
                    "legacy" => Neo4jApi.Legacy,
                    _ => Neo4jApi.Auto,
                },
                Progress = progress,
            };
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            try
            {
                var export = await new Neo4jExporter(http, options).ExportAsync(graph, cancellationToken);
                progress?.Finish();
                var endpoint = export.Endpoint;
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Neo4j {endpoint.ServerVersion ?? "(version not given)"} via {ApiName(endpoint.Api)} {endpoint.CommitUri.AbsolutePath}"));
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Loaded {export.Progress.NodesWritten} nodes ({export.NodesCreated} new) and {export.Progress.RelationshipsWritten} relationships ({export.RelationshipsCreated} new) " +
                    $"in {export.Progress.Elapsed.TotalSeconds:F1} s ({export.Progress.RowsPerSecond:F0} rows/s)"));
                return code;
            }
            catch (Neo4jExportException e)
            {
                progress?.Finish();
                string reason = e.Progress is not null
                    ? e.Message + "; what was committed stays: run the same command again to complete it (nothing is duplicated)"
                    : e.Message;
                return WriteFailure.Report(context.Error, server.ToString(), "to Neo4j", new IOException(reason, e));
            }
        });
        return command;
    }

    private static string ApiName(Neo4jApi api) => api switch
    {
        Neo4jApi.Query => "Query API",
        Neo4jApi.Transaction => "transactional endpoint",
        _ => "3.x transactional endpoint",
    };

    /// <summary>
    /// Asks for the password on the terminal without echoing it. The one use of the console outside Program.cs: a
    /// secret must come from the terminal itself, not from standard output's writer. Null when there is no terminal.
    /// </summary>
    private static string? PromptPassword(CliContext context, string user, Uri server)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        context.Error.Write($"Neo4j password for {user} at {server}: ");
        context.Error.Flush();
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        context.Error.WriteLine();
        return password.ToString();
    }

    /// <summary>Rows/s on the terminal, rewritten in place at most four times a second.</summary>
    private sealed class TerminalProgress(TextWriter error) : IProgress<Neo4jExportProgress>
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();
        private bool _written;

        public void Report(Neo4jExportProgress value)
        {
            if (_written && _since.ElapsedMilliseconds < 250 && value.Phase != Neo4jExportPhase.Done)
            {
                return;
            }

            _since.Restart();
            _written = true;
            error.Write($"\r{value.Phase.ToString().ToLowerInvariant(),-13} {value}   ");
            error.Flush();
        }

        public void Finish()
        {
            if (_written)
            {
                error.WriteLine();
            }
        }
    }
}
