using System.CommandLine;
using System.Text;
using Lineage.Documents;
using Lineage.Extraction;
using Lineage.Model;
using Lineage.Pipeline;

namespace Lineage.Cli;

/// <summary>The options every command that reads resolutions shares: paths, <c>--lang</c>, <c>--encoding</c>, <c>--strict</c>.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files or folders (read recursively): .txt, .md, .pdf, .html, AKN4UN .xml",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Languages { get; } = new("--lang")
    {
        Description = "Rule sets to use, comma-separated (ar,en,es,fr,ru,zh); default all",
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "Encoding of text files when not UTF-8/UTF-16 with BOM (gb18030, big5, windows-1251, koi8-r, windows-1256, windows-1252)",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Treat warnings as errors (exit code 2)",
    };

    public void AddTo(Command command, bool pathsOptional = false)
    {
        if (pathsOptional)
        {
            Paths.Arity = ArgumentArity.ZeroOrMore;
        }

        command.Arguments.Add(Paths);
        command.Options.Add(Languages);
        command.Options.Add(Encoding);
        command.Options.Add(Strict);
    }

    /// <summary>Builds pipeline options from the parsed command line; null (with a message) when an option is wrong.</summary>
    public PipelineOptions? ToPipelineOptions(ParseResult parse, TextWriter error)
    {
        var builder = new ExtractorBuilder();
        string? languages = parse.GetValue(Languages);
        if (string.IsNullOrWhiteSpace(languages))
        {
            builder.UseAllLanguages();
        }
        else
        {
            foreach (string token in languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var ruleSet = ExtractorBuilderExtensions.BuiltInRuleSets.FirstOrDefault(r => string.Equals(r.Name, token, StringComparison.OrdinalIgnoreCase));
                if (ruleSet is null)
                {
                    error.WriteLine($"lineage: unknown language '{token}' (known: {string.Join(", ", ExtractorBuilderExtensions.BuiltInRuleSets.Select(r => r.Name))})");
                    return null;
                }

                builder.Use(ruleSet);
            }
        }

        Encoding? encoding = null;
        string? encodingName = parse.GetValue(Encoding);
        if (!string.IsNullOrWhiteSpace(encodingName) && !Documents.Encodings.TextDecoder.TryGetEncoding(encodingName, out encoding))
        {
            error.WriteLine($"lineage: unknown encoding '{encodingName}' (try gb18030, big5, windows-1251, koi8-r, windows-1256, windows-1252, utf-16le)");
            return null;
        }

        return PipelineOptions.Default with
        {
            Extractor = builder.Build(),
            Reader = ReaderOptions.Default with { Encoding = encoding },
        };
    }

    /// <summary>
    /// Writes warnings and errors to standard error, one line each; returns the exit code they call for. A file with an
    /// error gets only its errors: the warnings that led up to it (a guessed encoding, a missing end-of-file marker) are
    /// about text that is not used, and one problem is one line (issue 13).
    /// </summary>
    public static int Report(IEnumerable<Diagnostic> diagnostics, TextWriter error, bool strict)
    {
        int code = ExitCodes.Ok;
        var list = diagnostics.ToList();
        var failed = list.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in list)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info
                || (diagnostic.Severity == DiagnosticSeverity.Warning && failed.Contains(diagnostic.File)))
            {
                continue;
            }

            error.WriteLine(diagnostic.ToString());
            if (diagnostic.Severity == DiagnosticSeverity.Error || (strict && diagnostic.Severity == DiagnosticSeverity.Warning))
            {
                code = ExitCodes.InputErrors;
            }
        }

        return code;
    }
}
