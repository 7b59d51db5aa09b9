using System.CommandLine;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Cli.Output;
using Lineage.Export;
using Lineage.Model;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage timeline SYMBOL [PATH...] --out file.svg</c>: the chain (or the series) of a resolution as an SVG picture.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var symbol = new Argument<string>("symbol") { Description = "The resolution: A/RES/62/42, 62/42, 49/75 E …" };
        var output = new Option<string?>("--out", "-o") { Description = "The SVG file to write (default: standard output)" };
        var series = new Option<bool>("--series") { Description = "Draw the series the resolution belongs to instead of its chain" };
        var options = new AnalysisOptions();
        var command = new Command("timeline", "The chain or series of a resolution as an SVG picture: years along one axis, resolutions as labelled marks linked by their citations");
        command.Arguments.Add(symbol);
        options.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(series);
        command.SetAction((parse, cancellationToken) =>
        {
            if (!options.TryRead(parse, context.Error, out _, out var relations))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var graph = parse.GetValue(series)
                ? options.Load(parse, context, out int code, cancellationToken)
                : options.LoadAround(parse, context, parse.GetValue(symbol), upstream: true, relations, out code, cancellationToken);
            if (graph is null)
            {
                return Task.FromResult(code);
            }

            if (AnalysisOptions.FindSymbol(parse.GetValue(symbol), graph, context.Error, out int found) is not { } root)
            {
                return Task.FromResult(Math.Max(code, found));
            }

            bool partsAsWorks = parse.GetValue(options.PartsAsWorks);
            bool inferred = !parse.GetValue(options.NoInferred);
            Timeline timeline;
            if (parse.GetValue(series))
            {
                var result = SeriesAnalysis.Compute(graph, new SeriesOptions { Relations = relations, PartsAsWorks = partsAsWorks, IncludeInferred = inferred });
                if (result.Containing(root) is not { } family)
                {
                    context.Error.WriteLine(DiagnosticCatalogue.Create(DiagnosticCodes.NotInSeries, LineageCli.Name, Messages.Format(Messages.NotInSeries, root.ShortForm)).ToString());
                    return Task.FromResult(ExitCodes.NotFound);
                }

                timeline = TimelineAnalysis.FromSeries(family);
            }
            else
            {
                timeline = TimelineAnalysis.FromChain(LineageChainAnalysis.Compute(graph, root, new ChainOptions
                {
                    Relations = relations,
                    MaxDepth = parse.GetValue(options.Depth),
                    PartsAsWorks = partsAsWorks,
                    IncludeInferred = inferred,
                })!);
            }

            string? path = parse.GetValue(output);
            if (path is null)
            {
                context.Output.Write(TimelineSvgWriter.ToSvg(timeline));
                return Task.FromResult(code);
            }

            try
            {
                string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
                using var sink = new AtomicFileSink(directory, Path.GetFileNameWithoutExtension(path));
                using (var stream = sink.Create(Path.GetExtension(path)))
                {
                    TimelineSvgWriter.Write(timeline, stream);
                }

                sink.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Task.FromResult(WriteFailure.Report(context.Error, path, "the timeline", e));
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {path}: {timeline.Title}, {Cells.Count(timeline.Marks.Length, "document", "documents")} from {timeline.FirstYear} to {timeline.LastYear}, {Cells.Count(timeline.Links.Length, "link", "links")}"));
            return Task.FromResult(code);
        });
        return command;
    }
}
