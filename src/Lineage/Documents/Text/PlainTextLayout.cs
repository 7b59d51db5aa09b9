using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>
/// The language-independent layout of a resolution rendered as text (PDF text, Markdown from a PDF, HTML text):
/// page furniture dropped, footnote blocks and markers recognized, lines joined into clauses with an offset map
/// back to the original text, and the identity the heading gives (symbol, title, committee report).
/// </summary>
internal static partial class PlainTextLayout
{

    public static ReadResult Read(string path, DocumentFormat format, string text, ImmutableArray<int> pageStarts)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.EmptyDocument, path, Messages.EmptyDocument));
        }

        var lines = SplitLines(text);
        var frontMatter = format == DocumentFormat.Markdown ? FrontMatter.Read(text, lines) : FrontMatter.None;
        var language = LanguageDetector.Detect(text);
        if (language == Language.Unknown && frontMatter.Language is { } fromFront)
        {
            language = fromFront;
        }

        var builder = new LayoutBuilder(text, lines, pageStarts, frontMatter.BodyStartLine);
        var layout = builder.Build();
        GluedFootnoteMarkers.Apply(layout);

        // Identity: the heading's "62/42. 核裁军" line, else front matter, else the file name.
        var symbol = default(DocumentSymbol);
        string? title = null;
        bool fromFileName = false;
        foreach (var clause in layout.Heading)
        {
            if (TryReadSymbolLine(clause.Text, out symbol, out title))
            {
                break;
            }
        }

        if (symbol.IsEmpty && TopSymbol(text, lines, frontMatter.BodyStartLine) is { } top)
        {
            // "S/RES/2618 (2022)" printed alone at the top of the first page (the page-furniture pass takes it out of the
            // heading): a Security Council text has no other symbol line.
            symbol = top;
        }

        if (symbol.IsEmpty && frontMatter.Symbol is { } frontSymbol)
        {
            symbol = frontSymbol;
            title ??= frontMatter.Title;
        }

        var named = FileNameSymbol(path, out var fileLanguage);
        if (language == Language.Unknown && fileLanguage is { } lang)
        {
            language = lang;
        }

        if (symbol.IsEmpty && named is { } fallback)
        {
            symbol = fallback;
            fromFileName = true;
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.SymbolFromFileName, path, Messages.Format(Messages.SymbolFromFileName, symbol)));
        }
        else if (!symbol.IsEmpty && named is { } other && !other.Equals(symbol))
        {
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.SymbolDisagreesWithFileName, path, Messages.Format(Messages.SymbolDisagreesWithFileName, symbol, other)));
        }

        if (symbol.IsEmpty)
        {
            return new ReadResult(null, diagnostics.ToImmutable().Add(
                DiagnosticCatalogue.Create(DiagnosticCodes.NotAResolution, path, Messages.NotAResolution)));
        }

        if (layout.Body.Count == 0)
        {
            return new ReadResult(null, diagnostics.ToImmutable().Add(
                DiagnosticCatalogue.Create(DiagnosticCodes.NotAResolution, path, Messages.NotAResolutionNoClauses)));
        }

        var reports = Reports(layout.Heading);

        var document = new Document
        {
            Symbol = symbol,
            SymbolFromFileName = fromFileName,
            Title = title,
            Date = frontMatter.Date,
            Language = language,
            Reports = reports,
            Path = path,
            Format = format,
            Text = text,
            Clauses = [.. layout.Heading, .. layout.Body, .. layout.Footnotes, .. layout.Closing],
            PageStarts = pageStarts,
            KnownLineStarts = (text, LineStarts(text, lines)),
        };
        return new ReadResult(document, diagnostics.ToImmutable());
    }

    /// <summary>
    /// The committee reports the heading names ("[on the report of the Third Committee (A/78/481)]"), each once, in the
    /// order read. The pattern runs only on heading lines with an opening bracket (most have none).
    /// </summary>
    private static ImmutableArray<DocumentSymbol> Reports(List<Clause> heading)
    {
        List<DocumentSymbol>? reports = null;
        foreach (var clause in heading)
        {
            if (clause.Text.AsSpan().IndexOfAny('(', '（', '[') < 0)
            {
                continue;
            }

            for (var m = ReportPattern().Match(clause.Text); m.Success; m = m.NextMatch())
            {
                if (DocumentSymbol.TryParse(m.Groups["report"].Value, out var report) && !report.IsEmpty && !(reports ??= []).Contains(report))
                {
                    reports.Add(report);
                }
            }
        }

        return reports is null ? [] : [.. reports];
    }

    /// <summary>Reads "62/42. 核裁军", "80/24. Nuclear disarmament", "S-10/2. …", "2618 (2022)" heading lines.</summary>
    internal static bool TryReadSymbolLine(string line, out DocumentSymbol symbol, out string? title)
    {
        symbol = default;
        title = null;
        var m = GaSymbolLine().Match(line);
        if (m.Success && SymbolGrammar.TryParseReference(m.Groups["number"].Value, new ReferenceContext(Organ.GeneralAssembly), out symbol))
        {
            title = m.Groups["title"].Value.Trim().TrimEnd(':', ' ', '：');
            title = title.Length == 0 ? null : title;
            return true;
        }

        m = ScSymbolLine().Match(line);
        if (m.Success && SymbolGrammar.TryParseReference(m.Groups["number"].Value, new ReferenceContext(Organ.SecurityCouncil), out symbol))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// The resolution symbol printed alone on the first non-blank line of the text (<c>S/RES/2618 (2022)</c>,
    /// <c>A/RES/78/26</c>); null when that line is anything else.
    /// </summary>
    private static DocumentSymbol? TopSymbol(string text, List<(int Start, int End)> lines, int from)
    {
        for (int i = Math.Max(0, from); i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            return TopSymbolLine().IsMatch(line) && DocumentSymbol.TryParse(line, out var symbol) && symbol.IsResolution ? symbol : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:S/RES/\d{1,4}\s?\((?:19|20)\d\d\)|A/RES/(?:E?S-)?\d{1,3}/\d{1,4}(?:\s?[A-Z])?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TopSymbolLine();

    /// <summary>True when <paramref name="line"/> has the shape of a symbol line (a cheap test before <see cref="TryReadSymbolLine"/>).</summary>
    internal static bool IsSymbolLine(ReadOnlySpan<char> line) => GaSymbolLine().IsMatch(line) || ScSymbolLine().IsMatch(line);

    /// <summary>The symbol a UN-style file name gives (<see cref="FileNameIdentity"/>): <c>A_RES_62_42.zh.txt</c>, <c>S_RES_2719(2023)-EN.pdf</c>.</summary>
    internal static DocumentSymbol? FileNameSymbol(string path, out Language? language) =>
        FileNameIdentity.TryParse(path, out var symbol, out language) ? symbol : null;

    /// <summary>
    /// The offsets where the lines of <paramref name="text"/> start, from <paramref name="lines"/> (<see cref="SplitLines"/>),
    /// as <see cref="Document.SpanOf"/> counts them: 0, then after every '\n', the text's end included when the text ends
    /// with one (the empty line <see cref="SplitLines"/> leaves out).
    /// </summary>
    private static int[] LineStarts(string text, List<(int Start, int End)> lines)
    {
        bool endsWithBreak = text.Length > 0 && text[^1] == '\n';
        var starts = new int[Math.Max(1, lines.Count + (endsWithBreak ? 1 : 0))];
        for (int i = 0; i < lines.Count; i++)
        {
            starts[i] = lines[i].Start;
        }

        if (endsWithBreak)
        {
            starts[^1] = text.Length;
        }

        return starts;
    }

    /// <summary>
    /// The lines of <paramref name="text"/> (ends without the <c>\r</c> of <c>\r\n</c>; no empty line after a final
    /// <c>\n</c>). The line breaks of a vector of characters are found at once and walked as bits: an <c>IndexOf</c>
    /// call per line paid its start-up on every line (lines are 40-80 characters), 7% of the layout.
    /// </summary>
    internal static List<(int Start, int End)> SplitLines(string text)
    {
        // The lines counted first (one vectorized count): the list is made at its size and filled in place, not grown.
        int count = text.AsSpan().Count('\n') + 1;
        var lines = new List<(int Start, int End)>(count);
        CollectionsMarshal.SetCount(lines, count);
        var found = CollectionsMarshal.AsSpan(lines);
        int n = 0;
        int start = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            var newline = Vector256.Create((ushort)'\n');
            for (; i <= chars.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                uint breaks = Vector256.Equals(Vector256.Create(chars.Slice(i, Vector256<ushort>.Count)), newline).ExtractMostSignificantBits();
                while (breaks != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(breaks);
                    breaks &= breaks - 1;
                    found[n++] = (start, at > start && text[at - 1] == '\r' ? at - 1 : at);
                    start = at + 1;
                }
            }
        }

        while ((i = text.IndexOf('\n', Math.Max(i, start))) >= 0)
        {
            found[n++] = (start, i > start && text[i - 1] == '\r' ? i - 1 : i);
            start = i + 1;
        }

        if (start < text.Length)
        {
            found[n++] = (start, text.Length);
        }

        CollectionsMarshal.SetCount(lines, n);
        return lines;
    }

    /// <summary>
    /// "62/42. Title", Arabic "62/42 - عنوان", "S-10/2. Title", and before session 31 "3187 (XXVIII). Title" (a Roman
    /// session, part letters before it: "2602 C (XXIV). Title").
    /// </summary>
    [GeneratedRegex(@"^\s*(?<number>(?:E?S[-‑])?\d{1,3}/\d{1,4}(?:\s?[A-Z])?|\d{1,4}(?:\s?[A-Z])?\s?\((?:E?S[-‑])?[IVXLC]{1,7}\))\s*(?:[.．]|\s[-–]\s)\s*(?<title>\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GaSymbolLine();

    /// <summary>
    /// A Security Council heading: "Resolution 1540 (2004)" in the six languages ("Résolution", "Resolución", "Резолюция",
    /// "القرار", "第1540(2004)号决议"), or the symbol itself at the top ("S/RES/2618 (2022)").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:Resolution|Résolution|Resolución|Резолюция|القرار)\s+(?<number>\d{1,4}\s*[(（]\s*(?:19|20)\d\d\s*[)）]).*|S/RES/(?<number>\d{1,4}\s*[(（]\s*(?:19|20)\d\d\s*[)）])\s*|第?\s*(?<number>\d{1,4}\s*[(（]\s*(?:19|20)\d\d\s*[)）])\s*[.．]?\s*(?:号决议|Resolution\b.*)?\s*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScSymbolLine();

    [GeneratedRegex(@"[(（\[]\s*(?<report>[AS]/(?:C\.\d/)?\d{1,3}/(?:L\.)?\d{1,4}(?:/Add\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportPattern();
}
