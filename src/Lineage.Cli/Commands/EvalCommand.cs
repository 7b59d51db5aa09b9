using System.CommandLine;
using System.Globalization;
using System.Text;
using Lineage.Documents;
using Lineage.Documents.Akn;
using Lineage.Evaluation;
using Lineage.Model;

namespace Lineage.Cli.Commands;

/// <summary>
/// <c>lineage eval FOLDER... [--render akn|pdf-text] [--out report.md] [--format markdown|json] [--min-precision 0.99]
/// [--min-recall 0.99] [--min-agreement 0.99]</c>: measures the text extractor against the links of AKN4UN markup, on the
/// markup's own text or on each document rendered as text copied out of its PDF.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        inputs.Paths.Description = "AKN4UN files or folders (read recursively for *.xml), all language versions together";
        var output = new Option<FileInfo?>("--out") { Description = "Write the full report (every disagreement with its snippet) to this file" };
        var format = new Option<string>("--format")
        {
            Description = "Format of the full report: markdown or json (json goes to standard output when --out is not given)",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "json");
        var render = new Option<string>("--render")
        {
            Description = "The text extracted from: akn (the markup's text) or pdf-text (each document rendered as text copied out of its PDF, read by the plain-text reader under its UN download name)",
            DefaultValueFactory = _ => "akn",
        };
        render.AcceptOnlyFromAmong("akn", "pdf-text");
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the pdf-text rendering (line widths, page lengths, furniture, file names)",
            DefaultValueFactory = _ => PdfTextRenderOptions.Default.Seed,
        };
        var minPrecision = Fraction("--min-precision", "Lowest precision each language must reach (0-1)", 0.99);
        var minRecall = Fraction("--min-recall", "Lowest recall each language must reach (0-1)", 0.99);
        var minAgreement = Fraction("--min-agreement", "Lowest share of resolutions whose language versions agree (0-1)", 0.99);
        var minLinked = new Option<int>("--min-linked-languages")
        {
            Description = "A target linked in at least this many language versions counts as linked in all",
            DefaultValueFactory = _ => 4,
        };
        minLinked.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--min-linked-languages must be at least 1");
            }
        });

        var command = new Command("eval", "Measure citation extraction against the links of AKN4UN markup (precision, recall, cross-language agreement)");
        inputs.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        var renderedOut = new Option<DirectoryInfo?>("--write-rendered") { Description = "With --render pdf-text: also write each rendering into this folder under its UN download name" };
        command.Options.Add(render);
        command.Options.Add(renderedOut);
        command.Options.Add(seed);
        command.Options.Add(minPrecision);
        command.Options.Add(minRecall);
        command.Options.Add(minAgreement);
        command.Options.Add(minLinked);
        command.SetAction((parse, cancellationToken) =>
        {
            var pipeline = inputs.ToPipelineOptions(parse, context.Error);
            if (pipeline is null)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var files = new List<string>();
            var diagnostics = new List<Diagnostic>();
            foreach (string path in parse.GetValue(inputs.Paths)!)
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*.xml", SearchOption.AllDirectories));
                }
                else if (File.Exists(path))
                {
                    files.Add(path);
                }
                else
                {
                    diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.FileNotFound, path, Messages.FileNotFound));
                }
            }

            files.Sort(StringComparer.Ordinal);
            var reader = new AknDocumentReader();
            var reads = files
                .AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .WithDegreeOfParallelism(Math.Max(1, pipeline.MaxDegreeOfParallelism))
                .Select(file => reader.Read(file, pipeline.Reader))
                .ToList();
            diagnostics.AddRange(reads.SelectMany(r => r.Diagnostics));
            var extractor = pipeline.Extractor;
            var options = new EvaluationOptions
            {
                MinimumPrecision = parse.GetValue(minPrecision),
                MinimumRecall = parse.GetValue(minRecall),
                MinimumAgreement = parse.GetValue(minAgreement),
                MinimumLinkedLanguages = parse.GetValue(minLinked),
                Languages = [.. extractor.Languages],
                MaxDegreeOfParallelism = pipeline.MaxDegreeOfParallelism,
                Dates = language => extractor.Profile(language)?.Dates,
            };
            var renderer = new PdfTextRenderer(PdfTextRenderOptions.Default with { Seed = parse.GetValue(seed) });
            var extract = parse.GetValue(render) == "pdf-text"
                ? RenderedTextExtraction.PdfText(extractor, renderer)
                : d => extractor.Extract(d).Citations;
            if (parse.GetValue(renderedOut) is { } folder && !WriteRenderings(folder, reads.Select(r => r.Document).OfType<Document>(), renderer, context.Error))
            {
                return Task.FromResult(ExitCodes.OutputFailure);
            }

            var report = new MarkupEvaluator(extract, options)
                .Evaluate(reads.Where(r => r.Document is not null).Select(r => r.Document!), diagnostics);

            bool json = parse.GetValue(format) == "json";
            var target = parse.GetValue(output);
            if (target is null && json)
            {
                using var stream = new MemoryStream();
                EvaluationReportWriter.WriteJson(report, stream);
                context.Output.Write(Encoding.UTF8.GetString(stream.ToArray()));
                context.Output.Write('\n');
            }
            else
            {
                EvaluationReportWriter.WriteSummary(report, context.Output);
            }

            context.Output.Flush();
            if (target is not null && !TryWrite(target, report, json, context.Error))
            {
                return Task.FromResult(ExitCodes.OutputFailure);
            }

            bool strict = parse.GetValue(inputs.Strict);
            int inputCode = InputOptions.Report(diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info), context.Error, strict);
            return Task.FromResult(!report.MeetsBars ? ExitCodes.BelowBars : inputCode);
        });
        return command;
    }

    private static Option<double> Fraction(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be between 0 and 1 (got {value})"));
            }
        });
        return option;
    }

    private static bool WriteRenderings(DirectoryInfo folder, IEnumerable<Document> documents, PdfTextRenderer renderer, TextWriter error)
    {
        try
        {
            folder.Create();
            foreach (var document in documents)
            {
                var rendering = renderer.Render(document);
                File.WriteAllText(Path.Combine(folder.FullName, rendering.FileName), rendering.Text, new UTF8Encoding(false));
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"lineage: cannot write renderings into {folder.FullName}: {e.Message}");
            return false;
        }
    }

    /// <summary>Writes the report to a temporary file beside the target and renames it, so no half-written report is left.</summary>
    private static bool TryWrite(FileInfo target, EvaluationReport report, bool json, TextWriter error)
    {
        string temporary = Path.Combine(target.DirectoryName ?? ".", $".{target.Name}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (json)
                {
                    EvaluationReportWriter.WriteJson(report, stream);
                }
                else
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
                    EvaluationReportWriter.WriteMarkdown(report, writer);
                }
            }

            File.Move(temporary, target.FullName, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _ = WriteFailure.Report(error, target.FullName, "the report", e);
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the target was not touched.
            }

            return false;
        }
    }
}
