using System.CommandLine;
using System.Globalization;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Serialization;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage extract PATH... [--format table|jsonl]</c>: every citation, with provenance.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format")
        {
            Description = "table (readable) or jsonl (one JSON object per citation; see README)",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("extract", "Extract the citations of resolutions, with where each was read");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = inputs.ToPipelineOptions(parse, context.Error);
            if (options is null)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var result = CorpusPipeline.Run(parse.GetValue(inputs.Paths)!, options, cancellationToken: cancellationToken);
            var citations = result.Outcomes.SelectMany(o => o.Citations);
            if (parse.GetValue(format) == "jsonl")
            {
                using var stream = new MemoryStream();
                CitationJsonWriter.WriteLines(citations, stream);
                context.Output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                WriteTable(citations, context.Output);
            }

            context.Output.Flush();
            return Task.FromResult(InputOptions.Report(result.AllDiagnostics, context.Error, parse.GetValue(inputs.Strict)));
        });
        return command;
    }

    private static void WriteTable(IEnumerable<Citation> citations, TextWriter output)
    {
        foreach (var group in citations.GroupBy(c => c.Span.File))
        {
            var first = group.First();
            output.WriteLine($"{DiagnosticText.Escape(group.Key)} ({first.Source}, {first.Language.ToCode()})");
            foreach (var c in group)
            {
                string date = c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
                string where = c.Anchor is { } anchor ? $"{c.Site} (in {anchor})" : c.Site.ToString();
                string verb = c.Verb.Length == 0 ? "-" : c.Verb;
                string text = DiagnosticText.Escape(c.Text.ReplaceLineEndings(" "));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c.Span.Line,5}:{c.Span.Column,-4} {where,-26} {verb} ({c.Relation.ToToken()})  {c.Target}  {date}  \"{text}\""));
            }
        }
    }
}
