using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// Reads Akoma Ntoso for the United Nations (AKN4UN) XML: the symbol, adoption date, language, title, agenda and
/// meeting from the metadata; the text clause by clause (preambular <c>&lt;container&gt;</c>s, operative
/// <c>&lt;paragraph&gt;</c>s, <c>&lt;authorialNote&gt;</c> footnotes, heading lines); and every
/// <c>&lt;a href="https://undocs.org/…"&gt;</c> link as a <see cref="MarkupLink"/>.
/// </summary>
/// <remarks>
/// The XML is read safely: DTDs are prohibited and no external resource is resolved, so a file with a DOCTYPE or
/// an external entity is rejected with a diagnostic. Malformed XML gives a diagnostic, never an exception.
/// <see cref="Document.Text"/> is the clause texts joined by line feeds; each clause maps its characters one to one
/// onto it. A file holding several parts (<c>A/RES/78/80 A-B</c>) is read as one document named by the work.
/// </remarks>
public sealed partial class AknDocumentReader : IDocumentReader
{
    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        MaxCharactersInDocument = 256L * 1024 * 1024,
    };

    private readonly AknMetadataIndex _metadata = new();

    public string Name => "akn";

    public DocumentFormat Format => DocumentFormat.Akn;

    /// <summary>XML files whose first bytes hold an <c>akomaNtoso</c> element.</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        string extension = Path.GetExtension(path);
        if (!extension.Equals(".xml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".akn", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return head.IndexOf("akomaNtoso"u8) >= 0 || Encoding.Unicode.GetString(head).Contains("akomaNtoso", StringComparison.Ordinal);
    }

    public ReadResult Read(string path, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ReadResult.Failed(ReadFailure.Of(path, e));
        }

        using (stream)
        {
            return Read(stream, path);
        }
    }

    /// <summary>Reads AKN4UN XML from <paramref name="stream"/>; <paramref name="path"/> names it in diagnostics and is the fallback for the symbol.</summary>
    public ReadResult Read(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        XDocument xml;
        try
        {
            using var reader = XmlReader.Create(stream, s_settings);
            xml = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            bool dtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase);
            var span = e.LineNumber > 0 ? new SourceSpan(path, 0, 0, e.LineNumber, Math.Max(e.LinePosition, 1)) : (SourceSpan?)null;
            return ReadResult.Failed(dtd
                ? DiagnosticCatalogue.Create(DiagnosticCodes.XmlDtd, path, Messages.XmlDtd, span)
                : DiagnosticCatalogue.Create(DiagnosticCodes.XmlMalformed, path, Messages.Format(Messages.XmlMalformed, e.Message), span));
        }
        catch (Exception e) when (e is IOException or DecoderFallbackException)
        {
            return ReadResult.Failed(ReadFailure.Of(path, e));
        }

        return Build(xml, path);
    }

    private ReadResult Build(XDocument xml, string path)
    {
        var diagnostics = new List<Diagnostic>();
        var root = xml.Root;
        if (root is null || root.Name.LocalName != "akomaNtoso")
        {
            return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.NotAkn, path, Messages.Format(Messages.NotAkn, root?.Name.LocalName ?? "none")));
        }

        var top = root.Elements().FirstOrDefault(e => e.Name.LocalName != "components");
        if (top is null)
        {
            return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.NotAkn, path, Messages.NotAknNoDocument));
        }

        var identification = Child(Child(top, "meta"), "identification");
        var work = Child(identification, "FRBRWork");

        bool fromFileName = false;
        if (!TryWorkSymbol(work, out var symbol) && !TryDocNumber(top, out symbol))
        {
            if (TryFileNameSymbol(path, out symbol))
            {
                fromFileName = true;
                diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.SymbolFromFileName, path, Messages.Format(Messages.SymbolFromFileName, symbol.Canonical)));
            }
            else
            {
                diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.NotAResolution, path, Messages.NotAResolutionAkn));
                return new ReadResult(null, [.. diagnostics]);
            }
        }

        var language = ReadLanguage(identification, path);
        if (language == Language.Unknown)
        {
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.NoLanguage, path, Messages.NoLanguage));
        }

        var metadata = _metadata.Find(path, symbol, diagnostics);
        var date = ReadDate(work, top) ?? metadata?.Date;
        if (date is null)
        {
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.NoDate, path, Messages.NoDate));
        }

        var body = new AknBodyReader();
        body.ReadDocument(top);
        if (root.Elements().FirstOrDefault(e => e.Name.LocalName == "components") is { } components)
        {
            foreach (var component in components.Elements())
            {
                foreach (var inner in component.Elements())
                {
                    body.ReadDocument(inner);
                }
            }
        }

        var (text, clauses, links) = Assemble(body.Clauses, path, diagnostics);
        var document = new Document
        {
            Symbol = symbol,
            SymbolFromFileName = fromFileName,
            Title = ReadTitle(top) ?? metadata?.Title,
            Date = date,
            Language = language,
            Meeting = ReadMeeting(root, top) ?? metadata?.Meeting,
            Reports = ReadReports(top),
            Agenda = ReadAgenda(top) ?? metadata?.Agenda,
            Path = path,
            Format = DocumentFormat.Akn,
            Text = text,
            Clauses = clauses,
            Links = links,
        };
        return new ReadResult(document, [.. diagnostics]);
    }

    private static (string Text, ImmutableArray<Clause> Clauses, ImmutableArray<MarkupLink> Links) Assemble(
        IReadOnlyList<AknClauseBuilder> builders, string path, List<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        var clauses = ImmutableArray.CreateBuilder<Clause>(builders.Count);
        var links = ImmutableArray.CreateBuilder<MarkupLink>();
        foreach (var builder in builders)
        {
            if (clauses.Count > 0)
            {
                text.Append('\n');
            }

            int start = text.Length;
            string clauseText = builder.Text;
            text.Append(clauseText);
            int[] runs = clauseText.Length == 0 ? [] : [0, start];
            int index = clauses.Count;
            clauses.Add(new Clause(builder.Site, clauseText, new SourceRuns(runs), [.. builder.Markers])
            {
                MarkupVerb = builder.Verb,
                FootnoteMarkerPositions = [.. builder.MarkerPositions.Select(p => Math.Min(p, clauseText.Length))],
            });
            foreach (var (href, linkStart, length) in builder.Links)
            {
                if (!AknHref.IsUndocs(href))
                {
                    continue;
                }

                if (AknHref.TryParseTarget(href, out var target))
                {
                    links.Add(new MarkupLink(href, target, index, linkStart, length));
                }
                else
                {
                    diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.UnreadableHref, path, Messages.Format(Messages.UnreadableHref, href)));
                }
            }
        }

        return (text.ToString(), clauses.ToImmutable(), links.ToImmutable());
    }

    /// <summary><c>/akn/un/statement/deliberation/unga/2023-12-04/78-53/</c> → <c>A/RES/78/53</c>; <c>…/unsc/…/2618-2022/</c> → <c>S/RES/2618(2022)</c>.</summary>
    internal static bool TryFrbrSymbol(string? value, out DocumentSymbol symbol)
    {
        symbol = default;
        var m = FrbrPattern().Match(value ?? string.Empty);
        if (!m.Success)
        {
            return false;
        }

        string number = m.Groups["number"].Value;
        return m.Groups["body"].Value.ToUpperInvariant() switch
        {
            "UNGA" => GaNumberPattern().Match(number) is { Success: true } ga
                && DocumentSymbol.TryParse($"A/RES/{ga.Groups["special"].Value}{ga.Groups["session"].Value}/{ga.Groups["number"].Value}{ga.Groups["part"].Value}", out symbol),
            "UNSC" => ScNumberPattern().Match(number) is { Success: true } sc
                && DocumentSymbol.TryParse($"S/RES/{sc.Groups["number"].Value}({sc.Groups["year"].Value})", out symbol),
            _ => false,
        };
    }

    private static bool TryWorkSymbol(XElement? work, out DocumentSymbol symbol)
    {
        symbol = default;
        return TryFrbrSymbol(Child(work, "FRBRthis")?.Attribute("value")?.Value, out symbol)
            || TryFrbrSymbol(Child(work, "FRBRuri")?.Attribute("value")?.Value, out symbol);
    }

    /// <summary><c>&lt;docNumber refersTo="#symbol"&gt;A/RES/78/53&lt;/docNumber&gt;</c>; for several parts (<c>A/RES/78/80 A-B</c>) the work.</summary>
    private static bool TryDocNumber(XElement top, out DocumentSymbol symbol)
    {
        symbol = default;
        foreach (var number in top.Descendants().Where(e => e.Name.LocalName == "docNumber"))
        {
            string text = number.Value.Trim();
            if (DocumentSymbol.TryParse(text, out symbol) && symbol.Kind != SymbolKind.Document)
            {
                return true;
            }

            var work = PartsSuffixPattern().Match(text);
            if (work.Success && DocumentSymbol.TryParse(work.Groups["work"].Value, out symbol) && symbol.Kind != SymbolKind.Document)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>A_RES_78_53-2324488E.xml</c>, <c>A_RES_78_1_A.xml</c>, <c>S_RES_2618 (2022)-2201005E.xml</c>.</summary>
    internal static bool TryFileNameSymbol(string path, out DocumentSymbol symbol)
    {
        symbol = default;
        var m = FileNamePattern().Match(Path.GetFileNameWithoutExtension(path));
        if (!m.Success)
        {
            return false;
        }

        string name = m.Groups["symbol"].Value.Replace('_', '/');
        if (SeveralPartsPattern().Match(name) is { Success: true } parts)
        {
            // A_RES_78_80AB: a file holding parts A and B is named by the work.
            name = parts.Groups["work"].Value;
        }

        return DocumentSymbol.TryParse(name, out symbol) && symbol.Kind != SymbolKind.Document;
    }

    private static Language ReadLanguage(XElement? identification, string path)
    {
        foreach (var element in identification?.Descendants() ?? [])
        {
            if (element.Name.LocalName == "FRBRlanguage" && LanguageCodes.TryParse(element.Attribute("language")?.Value, out var language))
            {
                return language;
            }
        }

        // The folder (English, Chinese …), then the language letter at the end of the file name (…2324488E.xml, …_E.xml).
        if (LanguageCodes.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))), out var fromFolder))
        {
            return fromFolder;
        }

        string name = Path.GetFileNameWithoutExtension(path);
        return name.Length > 0 ? name[^1] switch
        {
            'A' => Language.Arabic,
            'C' => Language.Chinese,
            'E' => Language.English,
            'F' => Language.French,
            'R' => Language.Russian,
            'S' => Language.Spanish,
            _ => Language.Unknown,
        } : Language.Unknown;
    }

    /// <summary>The adoption date: FRBRWork's <c>FRBRdate name="adoption"</c>, else the <c>docDate refersTo="#adoptionDate"</c>.</summary>
    private static DateOnly? ReadDate(XElement? work, XElement top)
    {
        foreach (var element in work?.Elements() ?? [])
        {
            if (element.Name.LocalName == "FRBRdate"
                && string.Equals(element.Attribute("name")?.Value, "adoption", StringComparison.Ordinal)
                && ParseDate(element.Attribute("date")?.Value) is { } date)
            {
                return date;
            }
        }

        foreach (var element in top.Descendants())
        {
            if (element.Name.LocalName == "docDate"
                && string.Equals(element.Attribute("refersTo")?.Value, "#adoptionDate", StringComparison.Ordinal)
                && ParseDate(element.Attribute("date")?.Value) is { } date)
            {
                return date;
            }
        }

        // Some versions leave the attribute at 0001-01-01 and give the date only in words
        // ("جلسته 8956 المعقودة في 27 كانون الثاني/يناير 2022").
        foreach (var element in top.Descendants())
        {
            if (element.Name.LocalName == "docDate"
                && string.Equals(element.Attribute("refersTo")?.Value, "#adoptionDate", StringComparison.Ordinal)
                && DateInWords(element.Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static readonly string[] s_arabicMonths =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    /// <summary>A date written out in Arabic (<c>27 كانون الثاني/يناير 2022</c>) or English (<c>27 January 2022</c>).</summary>
    internal static DateOnly? DateInWords(string text)
    {
        var m = DateInWordsPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        string month = m.Groups["month"].Value;
        int index = Array.IndexOf(s_arabicMonths, month);
        if (index < 0)
        {
            index = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, n => n.Length > 0 && string.Equals(n, month, StringComparison.OrdinalIgnoreCase));
        }

        int day = int.Parse(m.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return index >= 0 && year >= 1945 && day >= 1 && day <= DateTime.DaysInMonth(year, index + 1) ? new DateOnly(year, index + 1, day) : null;
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1945
            ? date
            : null;

    private static string? ReadTitle(XElement top)
    {
        var title = Child(top, "preface")?.Descendants().FirstOrDefault(e => e.Name.LocalName == "docTitle");
        return title is null ? null : Normalize(title.Value);
    }

    private static string? ReadAgenda(XElement top)
    {
        var cover = Child(top, "coverPage");
        string? item = Inline(cover, "agenda item");
        string? name = Inline(cover, "agenda item name");
        return item is not null && name is not null ? $"{item}: {name}" : item ?? name;
    }

    private static string? ReadMeeting(XElement root, XElement top)
    {
        var location = root.Descendants().Where(e => e.Name.LocalName == "conclusions")
            .SelectMany(e => e.Descendants()).FirstOrDefault(e => e.Name.LocalName == "location");
        return location is not null ? Normalize(location.Value) : Inline(Child(top, "coverPage"), "adoptionMeeting");
    }

    /// <summary>The committee report the resolution was adopted on (<c>&lt;step outcome="recommendedForAdoption" as="A/78/409"&gt;</c>).</summary>
    private static ImmutableArray<DocumentSymbol> ReadReports(XElement top)
    {
        var reports = ImmutableArray.CreateBuilder<DocumentSymbol>();
        foreach (var step in Child(Child(top, "meta"), "workflow")?.Elements() ?? [])
        {
            if (string.Equals(step.Attribute("outcome")?.Value, "recommendedForAdoption", StringComparison.Ordinal)
                && DocumentSymbol.TryParse(step.Attribute("as")?.Value ?? string.Empty, out var report)
                && !reports.Contains(report))
            {
                reports.Add(report);
            }
        }

        return reports.ToImmutable();
    }

    private static string? Inline(XElement? cover, string name)
    {
        var inline = cover?.Descendants().FirstOrDefault(e => e.Name.LocalName == "inline" && string.Equals(e.Attribute("name")?.Value, name, StringComparison.Ordinal));
        return inline is null ? null : Normalize(inline.Value);
    }

    private static string? Normalize(string text)
    {
        string normalized = string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return normalized.Length == 0 ? null : normalized;
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    [GeneratedRegex(@"(?<day>[0-9]{1,2})\s+(?:[^\d/\s]+\s+)*?(?:[^\d/\s]+/\s*)?(?<month>[^\d/\s]+)\s+(?<year>[0-9]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DateInWordsPattern();

    [GeneratedRegex(@"^/akn/[^/]+/[^/]+/[^/]+/(?<body>[A-Za-z]+)/[^/]*/(?<number>[^/!@]+)", RegexOptions.CultureInvariant)]
    private static partial Regex FrbrPattern();

    [GeneratedRegex(@"^(?:(?<special>E?S-))?(?<session>\d{1,3})-(?<number>\d{1,4})(?<part>[A-Z]?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GaNumberPattern();

    [GeneratedRegex(@"^(?<number>\d{1,5})-(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ScNumberPattern();

    [GeneratedRegex(@"^(?<symbol>[A-Za-z]+_.+?)(?:-\d+[A-Z]?|_[ACEFRS])?$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^(?<work>.+/\d+)(?:[A-Z]{2,}|\s*[A-Z]+-[A-Z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SeveralPartsPattern();

    [GeneratedRegex(@"^(?<work>\S+/\d+)\s*[A-Z]+(?:-[A-Z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartsSuffixPattern();
}
