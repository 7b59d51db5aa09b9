using System.CommandLine;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Cli.Output;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage series [PATH...]</c>: the families of resolutions that renew one another year after year.</summary>
internal static class SeriesCommand
{
    public static Command Create(CliContext context)
    {
        var of = new Option<string?>("--of") { Description = "Also list, member by member, the series this resolution belongs to" };
        var minMembers = new Option<int>("--min-members") { Description = "Report families of at least this many members", DefaultValueFactory = _ => SeriesOptions.Default.MinMembers };
        var maxGap = new Option<int>("--max-gap") { Description = "The most sessions (or years) between two members", DefaultValueFactory = _ => SeriesOptions.Default.MaxGap };
        var options = new AnalysisOptions();
        var command = new Command("series", "Families of resolutions that renew one another year after year: first and last member, years covered and missing, a name from their titles");
        options.AddTo(command, depth: false);
        command.Options.Add(of);
        command.Options.Add(minMembers);
        command.Options.Add(maxGap);
        command.SetAction((parse, cancellationToken) =>
        {
            if (!options.TryRead(parse, context.Error, out var format, out var relations))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var graph = options.Load(parse, context, out int code, cancellationToken);
            if (graph is null)
            {
                return Task.FromResult(code);
            }

            Lineage.Model.DocumentSymbol? member = null;
            if (parse.GetValue(of) is { } text)
            {
                member = AnalysisOptions.FindSymbol(text, graph, context.Error, out int found);
                if (member is null)
                {
                    return Task.FromResult(Math.Max(code, found));
                }
            }

            var result = SeriesAnalysis.Compute(graph, new SeriesOptions
            {
                Relations = relations,
                PartsAsWorks = parse.GetValue(options.PartsAsWorks),
                IncludeInferred = !parse.GetValue(options.NoInferred),
                MinMembers = Math.Max(2, parse.GetValue(minMembers)),
                MaxGap = Math.Max(1, parse.GetValue(maxGap)),
            });
            var report = ToReport(result);
            if (member is { } symbol)
            {
                if (result.Containing(symbol) is { } series)
                {
                    AddMembers(report, series);
                }
                else
                {
                    report.Notes.Add($"{symbol.ShortForm} belongs to no series found.");
                }
            }

            ReportWriter.Write(report, format, context.Output);
            return Task.FromResult(code);
        });
        return command;
    }

    internal static Report ToReport(SeriesResult result)
    {
        var report = new Report("series", $"Series: {Cells.Count(result.Series.Length, "family", "families")} of resolutions renewing one another")
            .Fact("series", result.Series.Length);
        var table = report.Table("series", "name", "first", "last", "years", "members", "years_covered", "missing_years", "member_list");
        foreach (var series in result.Series)
        {
            table.Add(series.Name, series.First.Symbol.ShortForm, series.Last.Symbol.ShortForm, Span(series), series.Members.Length, series.Years.Length,
                new ReportList([.. series.MissingYears.Select(y => y.ToString(CultureInfo.InvariantCulture))]),
                new ReportList([.. series.Members.Select(m => m.Node.Symbol.ShortForm)]));
        }

        return report;
    }

    private static void AddMembers(Report report, Series series)
    {
        var table = report.Table("members", "member", "symbol", "printed", "date", "renews", "inferred", "title");
        int number = 0;
        foreach (var member in series.Members)
        {
            table.Add(++number, member.Node.Symbol.ToString(), member.Node.Symbol.ShortForm, Cells.Day(member.Node.Date),
                member.Renews?.Target.Symbol.ShortForm, member.Inferred, member.Node.Title);
        }
    }

    private static string Span(Series series) =>
        series.FirstYear is { } first && series.LastYear is { } last
            ? string.Create(CultureInfo.InvariantCulture, $"{first}–{last}")
            : string.Empty;
}
