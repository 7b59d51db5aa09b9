using System.CommandLine;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Cli.Output;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage rank [PATH...]</c>: the most cited documents by in-degree and PageRank, overall and per decade.</summary>
internal static class RankCommand
{
    public static Command Create(CliContext context)
    {
        var top = new Option<int>("--top", "-n") { Description = "How many documents each list shows", DefaultValueFactory = _ => RankOptions.Default.Top };
        var by = new Option<string>("--by") { Description = "Order by indegree (default) or pagerank", DefaultValueFactory = _ => "indegree" };
        var perDecade = new Option<bool>("--per-decade") { Description = "Also rank the documents adopted in each decade" };
        var options = new AnalysisOptions();
        var command = new Command("rank", "The most cited documents, by in-degree (distinct citing documents) and by PageRank, overall and per decade");
        options.AddTo(command, depth: false, inferred: false);
        command.Options.Add(top);
        command.Options.Add(by);
        command.Options.Add(perDecade);
        command.SetAction((parse, cancellationToken) =>
        {
            if (!options.TryRead(parse, context.Error, out var format, out var relations))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            string order = parse.GetValue(by)!.Trim().ToUpperInvariant();
            if (order is not ("INDEGREE" or "IN-DEGREE" or "PAGERANK"))
            {
                context.Error.WriteLine($"lineage: --by takes indegree or pagerank, not '{parse.GetValue(by)}'");
                return Task.FromResult(ExitCodes.Usage);
            }

            var graph = options.Load(parse, context, out int code, cancellationToken);
            if (graph is null)
            {
                return Task.FromResult(code);
            }

            var result = RankAnalysis.Compute(graph, new RankOptions
            {
                Relations = relations,
                PartsAsWorks = parse.GetValue(options.PartsAsWorks),
                Top = Math.Max(1, parse.GetValue(top)),
            });
            ReportWriter.Write(ToReport(result, order == "PAGERANK", parse.GetValue(perDecade)), format, context.Output);
            return Task.FromResult(code);
        });
        return command;
    }

    internal static Report ToReport(RankResult result, bool byPageRank, bool perDecade)
    {
        string order = byPageRank ? "PageRank" : "in-degree";
        var report = new Report("rank", string.Create(CultureInfo.InvariantCulture, $"Most cited by {order} ({result.CitedCount} documents cited at least once)"))
            .Fact("order", byPageRank ? "pagerank" : "indegree")
            .Fact("cited", result.CitedCount)
            .Fact("pagerank_iterations", result.Iterations);
        Add(report.Table("overall", Columns), byPageRank ? result.ByPageRank : result.ByInDegree);
        if (perDecade)
        {
            foreach (var decade in result.Decades)
            {
                Add(report.Table(string.Create(CultureInfo.InvariantCulture, $"{decade.Decade}s"), Columns), byPageRank ? decade.ByPageRank : decade.ByInDegree);
            }
        }

        if (!result.Converged)
        {
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"PageRank did not converge in {result.Iterations} iterations; scores are approximate."));
        }

        return report;
    }

    private static readonly string[] Columns = ["rank", "symbol", "printed", "year", "cited_by", "pagerank", "title"];

    private static void Add(ReportTable table, IEnumerable<RankedDocument> documents)
    {
        int rank = 0;
        foreach (var document in documents)
        {
            table.Add(++rank, document.Node.Symbol.ToString(), document.Node.Symbol.ShortForm, Chronology.YearOf(document.Node),
                document.InDegree, document.PageRank, document.Node.Title);
        }
    }
}
