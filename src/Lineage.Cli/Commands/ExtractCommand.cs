using System.CommandLine;
using System.Globalization;
using Lineage.Cli.Output;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Serialization;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage extract PATH... [--format table|jsonl]</c>: every citation, with provenance.</summary>
internal static class ExtractCommand
{
    /// <summary>Bytes of files whose output may wait for a slower file before them (about 50 MB of output held at most).</summary>
    private const long WaitingBytes = 256L << 20;

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

            // Files stream through: each file's lines are made on the worker that read it and written in input order
            // as soon as the files before it are done; no document is kept. JSON lines go to standard output as the
            // UTF-8 bytes the writer made (buffered, and flushed before a file's diagnostics so that the two streams
            // keep their order on a terminal).
            bool jsonl = parse.GetValue(format) == "jsonl";
            bool strict = parse.GetValue(inputs.Strict);
            int code = ExitCodes.Ok;
            using var bytes = jsonl && context.OutputBytes is { } stdout ? new BufferedStream(stdout, 1 << 16) : null;
            // A file's lines are about a fifth of its size (JSON of the 365 MB test set: 65 MB): while a large file is read,
            // the other cores go on with the files after it until those add up to WaitingBytes (their lines held meanwhile).
            foreach (var (block, diagnostics) in CorpusPipeline.Stream(parse.GetValue(inputs.Paths)!, o => (Render(o, jsonl), o.Diagnostics), options, cancellationToken: cancellationToken, waitingBytes: WaitingBytes))
            {
                switch (block)
                {
                    case RentedBytes lines:
                        if (bytes is not null)
                        {
                            bytes.Write(lines.Written);
                        }
                        else
                        {
                            context.Output.Write(System.Text.Encoding.UTF8.GetString(lines.Written));
                        }

                        lines.Dispose();
                        break;
                    case string text:
                        context.Output.Write(text);
                        break;
                }

                if (!diagnostics.IsDefaultOrEmpty)
                {
                    bytes?.Flush();
                    code = Math.Max(code, InputOptions.Report(diagnostics, context.Error, strict));
                }
            }

            bytes?.Flush();
            context.Output.Flush();
            return Task.FromResult(code);
        });
        return command;
    }

    /// <summary>One file's citations as JSON lines (UTF-8 bytes in a rented buffer) or as its block of the table (text); null when it has none.</summary>
    private static object? Render(DocumentOutcome outcome, bool jsonl)
    {
        if (outcome.Citations.IsDefaultOrEmpty)
        {
            return null;
        }

        if (jsonl)
        {
            var lines = new RentedBytes(outcome.Citations.Length * 512);
            CitationJsonWriter.WriteLines(outcome.Citations, lines);
            return lines;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteTable(outcome.Citations, writer);
        return writer.ToString();
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
