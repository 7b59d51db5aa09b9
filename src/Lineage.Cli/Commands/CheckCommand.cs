using System.CommandLine;
using Lineage.Analysis;
using Lineage.Cli.Output;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage check [PATH...]</c>: where the record contradicts itself, each finding with its evidence.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var kinds = new Option<string?>("--kind") { Description = "Checks to run, comma-separated (forward_citation, date_conflict, session_date, cycle, impossible_symbol, language_mismatch); default all" };
        var options = new AnalysisOptions(defaultRelations: "all");
        var command = new Command("check", "Anomalies: forward citations, conflicting dates, dates outside the session, citation loops, impossible symbols, language versions citing different sets");
        options.AddTo(command, depth: false, partsAsWorks: false, inferred: false);
        command.Options.Add(kinds);
        command.SetAction((parse, cancellationToken) =>
        {
            if (!options.TryRead(parse, context.Error, out var format, out var relations))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var selected = Enum.GetValues<AnomalyKind>().ToHashSet();
            if (parse.GetValue(kinds) is { } text)
            {
                selected.Clear();
                foreach (string token in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var kind = Enum.GetValues<AnomalyKind>().Where(k => string.Equals(k.ToToken(), token, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (kind.Count == 0)
                    {
                        context.Error.WriteLine($"lineage: unknown check '{token}' (known: {string.Join(", ", Enum.GetValues<AnomalyKind>().Select(k => k.ToToken()))})");
                        return Task.FromResult(ExitCodes.Usage);
                    }

                    selected.Add(kind[0]);
                }
            }

            var graph = options.Load(parse, context, out int code, cancellationToken, mentions: true);
            if (graph is null)
            {
                return Task.FromResult(code);
            }

            var anomalies = AnomalyAnalysis.Compute(graph, new CheckOptions { Relations = relations, Kinds = [.. selected] });
            ReportWriter.Write(ToReport(anomalies, graph.NodeCount), format, context.Output);
            return Task.FromResult(code);
        });
        return command;
    }

    internal static Report ToReport(IReadOnlyList<Anomaly> anomalies, int documents)
    {
        var report = new Report("check", $"Check of {Cells.Count(documents, "document", "documents")}: {Cells.Count(anomalies.Count, "anomaly", "anomalies")}")
            .Fact("anomalies", anomalies.Count);
        var table = report.Records("anomalies", "kind", "document", "message", "evidence");
        foreach (var anomaly in anomalies)
        {
            table.Add(anomaly.Kind.ToToken(), anomaly.Document.ToString(), anomaly.Message, new ReportList(anomaly.Evidence, "; "));
        }

        return report;
    }
}
