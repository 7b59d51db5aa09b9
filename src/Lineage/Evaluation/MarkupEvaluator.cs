using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Lineage.Documents.Akn;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>
/// Measures a text extractor against the links of AKN4UN markup. Each document's text is extracted alone (its
/// links removed); the resolutions it cites are compared with those the links name, at the level of (citing
/// document, cited resolution), each language apart. Known markup defects are read through or set aside: part
/// letters outside the link, a target the markup links in at least <see cref="EvaluationOptions.MinimumLinkedLanguages"/>
/// language versions counts as linked in all, a target linked in other versions only, an href that disagrees with
/// the number it links. Also measures whether the language versions of each resolution yield the same targets.
/// </summary>
public sealed class MarkupEvaluator
{

    private readonly Func<Document, IEnumerable<Citation>> _extract;
    private readonly EvaluationOptions _options;

    /// <param name="extract">The extractor under test: document in, citations out (e.g. <c>d =&gt; extractor.Extract(d).Citations</c>).</param>
    /// <param name="options">Scoring options and bars.</param>
    public MarkupEvaluator(Func<Document, IEnumerable<Citation>> extract, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(extract);
        _extract = extract;
        _options = options ?? EvaluationOptions.Default;
    }

    /// <summary>Evaluates <paramref name="documents"/> (AKN4UN documents, with their links).</summary>
    /// <param name="documents">The documents, all language versions together.</param>
    /// <param name="diagnostics">Diagnostics from reading them, carried into the report.</param>
    public EvaluationReport Evaluate(IEnumerable<Document> documents, IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var report = new List<Diagnostic>(diagnostics ?? []);
        var unique = new List<Document>();
        var seen = new HashSet<(DocumentSymbol, Language)>();
        foreach (var document in documents.OrderBy(d => d.Symbol).ThenBy(d => d.Language).ThenBy(d => d.Path, StringComparer.Ordinal))
        {
            if (seen.Add((document.Symbol, document.Language)))
            {
                unique.Add(document);
            }
            else
            {
                report.Add(DiagnosticCatalogue.Create(DiagnosticCodes.DuplicateDocument, document.Path, Messages.Format(Messages.DuplicateDocument, document.Language.ToCode(), document.Symbol)));
            }
        }

        var versions = unique
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, _options.MaxDegreeOfParallelism))
            .Select(Prepare)
            .ToList();
        report.AddRange(versions.SelectMany(v => v.Diagnostics));

        var disagreements = new List<Disagreement>();
        var scores = new Dictionary<Language, (int Documents, Score Overall, int SetAside, Dictionary<SiteKind, Score> Sites)>();
        int resolutions = 0, agreeing = 0, markupAgreeing = 0;
        var disagreeing = ImmutableArray.CreateBuilder<ResolutionAgreement>();
        foreach (var group in versions.GroupBy(v => v.Document.Symbol))
        {
            var members = group.ToList();
            var linkedIn = new Dictionary<DocumentSymbol, HashSet<Language>>();
            foreach (var version in members)
            {
                foreach (var target in version.Markup.Keys)
                {
                    if (!linkedIn.TryGetValue(target, out var languages))
                    {
                        linkedIn[target] = languages = [];
                    }

                    languages.Add(version.Document.Language);
                }
            }

            var all = members;
            members = [.. members.Where(v => v.Scored)];
            foreach (var version in members)
            {
                var outcome = Score(version, all, linkedIn, disagreements);
                var language = version.Document.Language;
                var current = scores.TryGetValue(language, out var c) ? c : (Documents: 0, Overall: default(Score), SetAside: 0, Sites: new Dictionary<SiteKind, Score>());
                foreach (var (site, score) in outcome.Sites)
                {
                    current.Sites[site] = current.Sites.GetValueOrDefault(site) + score;
                }

                scores[language] = (current.Documents + 1, current.Overall + outcome.Overall, current.SetAside + outcome.SetAside, current.Sites);
            }

            if (members.Count >= 2)
            {
                resolutions++;
                var differences = Differences(members, v => v.Found.Keys);
                if (differences.IsEmpty)
                {
                    agreeing++;
                }
                else
                {
                    disagreeing.Add(new ResolutionAgreement(group.Key, [.. members.Select(v => v.Document.Language).OrderBy(LanguageOrder)], differences));
                }

                if (Differences(members, v => v.Markup.Keys).IsEmpty)
                {
                    markupAgreeing++;
                }
            }
        }

        var languageResults = scores
            .OrderBy(p => LanguageOrder(p.Key))
            .Select(p => new LanguageEvaluation(p.Key, p.Value.Documents, p.Value.Overall, p.Value.SetAside, p.Value.Sites.ToImmutableSortedDictionary()))
            .ToImmutableArray();
        return new EvaluationReport
        {
            Options = _options,
            Documents = versions.Count(v => v.Scored),
            Languages = languageResults,
            Total = languageResults.Aggregate(default(Score), (sum, l) => sum + l.Overall),
            Agreement = new AgreementResult(resolutions, agreeing, markupAgreeing, disagreeing.ToImmutable()),
            Disagreements = [.. disagreements
                .OrderBy(d => d.Category)
                .ThenBy(d => LanguageOrder(d.Language))
                .ThenBy(d => d.Source)
                .ThenBy(d => d.Target)
                .ThenBy(d => d.Defect)],
            Diagnostics = [.. report],
        };
    }

    /// <summary>
    /// Targets some versions yield and others do not, with the versions that yield them. A version whose text does not
    /// print the target's number at all (a translation that leaves the reference out) is not expected to yield it.
    /// </summary>
    private static ImmutableArray<(DocumentSymbol Target, ImmutableArray<Language> FoundIn)> Differences(
        List<Version> members, Func<Version, IEnumerable<DocumentSymbol>> targets)
    {
        var sets = members.Select(v => targets(v).ToHashSet()).ToList();
        var differences = ImmutableArray.CreateBuilder<(DocumentSymbol, ImmutableArray<Language>)>();
        foreach (var target in sets.SelectMany(t => t).Distinct().Order())
        {
            string? key = PrintedKey(target);
            bool missing = false;
            for (int i = 0; i < members.Count && !missing; i++)
            {
                missing = !sets[i].Contains(target) && (key is null || ContainsNumber(members[i].AsciiText, key));
            }

            if (missing)
            {
                differences.Add((target, [.. members.Where((_, i) => sets[i].Contains(target)).Select(v => v.Document.Language).OrderBy(LanguageOrder)]));
            }
        }

        return differences.ToImmutable();
    }

    private Version Prepare(Document document)
    {
        var diagnostics = new List<Diagnostic>();
        var readings = new List<LinkMention>();
        var markup = new Dictionary<DocumentSymbol, List<LinkMention>>();
        var invalid = new List<(DocumentSymbol, LinkMention, MarkupDefectKind, string)>();
        foreach (var reading in MarkupLinks.Read(document))
        {
            if (reading.Link.ClauseIndex >= document.Clauses.Length)
            {
                continue;
            }

            var clause = document.Clauses[reading.Link.ClauseIndex];
            int length = Math.Max(0, Math.Min(reading.Length, clause.Text.Length - reading.Start));
            var (offset, sourceLength) = clause.SourceRange(reading.Start, length);
            var mention = new LinkMention(reading, clause.Site, offset, sourceLength);
            readings.Add(mention);
            string? foreign = TargetValidity.ForeignPrefix(clause.Text, reading.Start);
            var dates = _options.Dates?.Invoke(document.Language);
            foreach (var target in reading.Targets)
            {
                if (!Counts(document, target))
                {
                    continue;
                }

                if (TargetValidity.WhyImpossible(target, document) is { } why)
                {
                    invalid.Add((target, mention, MarkupDefectKind.TargetCannotExist, $"href {reading.Link.Href}: {target} cannot exist: {why}"));
                }
                else if (dates is not null && TargetValidity.DateOutsideSession(clause.Text, reading.Start, reading.Start + length, target, dates) is { } dated)
                {
                    invalid.Add((target, mention, MarkupDefectKind.DateOutsideSession, $"href {reading.Link.Href}: {dated}"));
                }
                else if (foreign is not null)
                {
                    invalid.Add((target, mention, MarkupDefectKind.OtherBodysSymbol,
                        $"href {reading.Link.Href}: the number is part of another body's symbol (\"{foreign.Trim()}\" before it)"));
                }
                else
                {
                    Add(markup, target, mention);
                }
            }
        }

        var found = new Dictionary<DocumentSymbol, List<FoundMention>>();
        var other = new Dictionary<DocumentSymbol, List<FoundMention>>();
        bool scored = _options.Languages is null || _options.Languages.Contains(document.Language);
        try
        {
            if (!scored)
            {
                return new Version(document, readings, markup, invalid, found, other, diagnostics, false);
            }

            foreach (var citation in _extract(document with { Links = [] }))
            {
                var mention = new FoundMention(citation.Site, citation.Span.Offset, citation.Span.Length);
                if (Counts(document, citation.Target))
                {
                    Add(found, citation.Target, mention);
                }
                else if (citation.Target.Kind == SymbolKind.Decision)
                {
                    Add(other, citation.Target, mention);
                }
            }
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.ExtractorFailed, document.Path, Messages.Format(Messages.ExtractorFailed, e.GetType().Name, e.Message)));
        }

        return new Version(document, readings, markup, invalid, found, other, diagnostics, true);
    }

    /// <summary>Resolution targets count; a document citing itself (or its own parts) does not.</summary>
    private static bool Counts(Document document, DocumentSymbol target) =>
        target.IsResolution && target.Work != document.Symbol.Work;

    private Outcome Score(Version version, List<Version> members, Dictionary<DocumentSymbol, HashSet<Language>> linkedIn, List<Disagreement> disagreements)
    {
        var document = version.Document;
        var language = document.Language;
        int threshold = Math.Max(1, _options.MinimumLinkedLanguages);
        var gold = version.Markup.Keys.ToHashSet();
        foreach (var (target, languages) in linkedIn)
        {
            if (languages.Count >= threshold)
            {
                gold.Add(target);
            }
        }

        var setAside = new HashSet<DocumentSymbol>();
        var found = version.Found.Keys.ToHashSet();

        // Links to what cannot be the target (a number that cannot exist, another body's symbol): not in the answer key.
        foreach (var (target, link, defect, note) in version.Invalid)
        {
            if (!gold.Contains(target) && !found.Contains(target) && setAside.Add(target))
            {
                disagreements.Add(Make(DisagreementCategory.MarkupDefect, defect, version, target, link.Site, link.Offset, link.Length, note));
            }
        }

        // A link where Lineage reads another number: the href is wrong when the linked text prints Lineage's number and
        // not the href's, or when the versions that agree with Lineage outnumber those that agree with the href, or when
        // the href names a resolution where the text names a decision of the same number.
        foreach (var link in version.Links)
        {
            foreach (var (other, mentions) in version.Found.Concat(version.Decisions))
            {
                if (link.Reading.Targets.Any(t => t.Work == other.Work) || !mentions.Any(m => Overlaps(link, m)))
                {
                    continue;
                }

                string text = Digits(document.Text.Substring(link.Offset, Math.Min(link.Length, document.Text.Length - link.Offset)));
                if (PrintedKey(other) is not { } key)
                {
                    continue;
                }

                // Right-to-left typing prints "40/77" for 77/40; the href then follows the print.
                bool backToFront = !ContainsNumber(text, key) && BackToFront(key) is { } turned && ContainsNumber(text, turned);
                if (!backToFront && !ContainsNumber(text, key))
                {
                    continue;
                }

                var counted = link.Reading.Targets.Where(t => Counts(document, t)).ToList();
                if (counted.Count == 0 && !link.Reading.Targets.Any(t => t.Canonical.Contains("RES/", StringComparison.Ordinal)))
                {
                    // The link names another kind of document (UNEP/EA.5/Res.5 printed "5/5"): the href is not at fault.
                    continue;
                }

                bool decision = other.Kind == SymbolKind.Decision;

                // The text prints a special-session mark the href drops ("دإ-21/1" linked as A/HRC/RES/21/1, Lineage S-21/1).
                bool dropsMark = other.SessionType != SessionType.Regular && counted.Count > 0 && counted.All(t => t.SessionType == SessionType.Regular
                    && t.Organ == other.Organ && t.Session == other.Session && t.Number == other.Number && t.Kind == other.Kind);
                bool hrefPrinted = counted.Any(t => PrintedKey(t) is { } k && ContainsNumber(text, k));
                bool outvoted = gold.Contains(other) && counted.All(t => (linkedIn.GetValueOrDefault(t)?.Count ?? 0) < threshold);
                if (decision ? counted.Count == 0 || !counted.All(t => PrintedKey(t) == key) : hrefPrinted && !outvoted && !dropsMark)
                {
                    continue;
                }

                var mention = mentions.First(m => Overlaps(link, m));
                foreach (var wrong in counted.Where(t => gold.Contains(t) && !found.Contains(t) && setAside.Add(t)))
                {
                    disagreements.Add(backToFront
                        ? Make(DisagreementCategory.MarkupDefect, MarkupDefectKind.NumberPrintedBackToFront, version, wrong, link.Site, link.Offset, link.Length,
                            $"href {link.Reading.Link.Href} follows the text, which prints {BackToFront(key)} for {key}; Lineage reads {other} here")
                        : Make(DisagreementCategory.MarkupDefect, MarkupDefectKind.HrefDisagreesWithText, version, wrong, link.Site,
                            link.Offset, link.Length, $"href {link.Reading.Link.Href}; Lineage reads {other} here"));
                }

                if (!decision && !gold.Contains(other) && setAside.Add(other))
                {
                    disagreements.Add(Make(DisagreementCategory.MarkupDefect, MarkupDefectKind.HrefDisagreesWithText, version, other, mention.Site,
                        mention.Offset, mention.Length, $"the link here is {link.Reading.Link.Href}"));
                }
            }
        }

        // Lineage found it, no link here.
        foreach (var target in found.Where(t => !gold.Contains(t) && !setAside.Contains(t)).Order())
        {
            var mention = version.Found[target][0];
            if (linkedIn.TryGetValue(target, out var others) && others.Count > 0)
            {
                setAside.Add(target);
                disagreements.Add(Make(DisagreementCategory.MarkupDefect, MarkupDefectKind.LinkedInOtherLanguagesOnly, version, target, mention.Site,
                    mention.Offset, mention.Length, $"linked in {Codes(others)} only ({others.Count} of {members.Count} versions)"));
                continue;
            }

            string note = WorkNote(gold, target);
            disagreements.Add(Make(DisagreementCategory.FoundWithoutLink, null, version, target, mention.Site, mention.Offset, mention.Length,
                $"found by Lineage in {FoundInCount(members, target)} of {members.Count} versions{note}"));
        }

        // The markup gives it.
        foreach (var target in gold.Order())
        {
            if (setAside.Contains(target))
            {
                continue;
            }

            bool linkedHere = version.Markup.TryGetValue(target, out var links);
            var others = linkedIn.GetValueOrDefault(target) ?? [];
            if (found.Contains(target))
            {
                if (!linkedHere)
                {
                    var mention = version.Found[target][0];
                    disagreements.Add(Make(DisagreementCategory.MarkupDefect, MarkupDefectKind.LinkMissingInThisLanguage, version, target, mention.Site,
                        mention.Offset, mention.Length, $"not linked here; linked in {Codes(others)}"));
                }
                else if (links!.Select(l => l.Reading.Defect).FirstOrDefault(d => d is not null) is { } defect)
                {
                    var link = links!.First(l => l.Reading.Defect == defect);
                    disagreements.Add(Make(DisagreementCategory.MarkupDefect, defect, version, target, link.Site, link.Offset, link.Length,
                        $"href {link.Reading.Link.Href} read as {target}"));
                }

                continue;
            }

            if (linkedHere)
            {
                var link = links![0];
                string read = link.Reading.Defect is null ? string.Empty : $" (read as {target}: {link.Reading.Defect})";
                disagreements.Add(Make(DisagreementCategory.Missed, null, version, target, link.Site, link.Offset, link.Length,
                    $"href {link.Reading.Link.Href}{read}{WorkNote(found, target, "Lineage found")}"));
            }
            else
            {
                var (offset, length) = FindPrinted(document, target);
                if (offset < 0 && PrintedKey(target) is { } key && !ContainsNumber(version.AsciiText, key))
                {
                    // The translation does not cite it: the four-of-six rule has nothing to fill here.
                    setAside.Add(target);
                    disagreements.Add(Make(DisagreementCategory.MarkupDefect, MarkupDefectKind.NotPrintedInThisVersion, version, target, null, -1, 0,
                        $"linked in {Codes(others)} ({others.Count} of {members.Count} versions); this text does not print {key}"));
                    continue;
                }

                disagreements.Add(Make(DisagreementCategory.Missed, null, version, target, null, offset, length,
                    $"not linked here; linked in {Codes(others)} ({others.Count} of {members.Count} versions){WorkNote(found, target, "Lineage found")}"));
            }
        }

        // Scores, defects set aside.
        var overall = default(Score);
        var sites = new Dictionary<SiteKind, Score>();
        foreach (var target in gold.Union(found).Where(t => !setAside.Contains(t)))
        {
            bool inGold = gold.Contains(target);
            bool inFound = found.Contains(target);
            overall += new Score(inGold && inFound ? 1 : 0, !inGold ? 1 : 0, !inFound ? 1 : 0);
            var goldSites = inGold ? GoldSites(version, members, target) : [];
            var foundSites = inFound ? version.Found[target].Select(m => m.Site.Kind).ToHashSet() : [];
            foreach (var site in goldSites.Union(foundSites))
            {
                bool g = goldSites.Contains(site);
                bool f = foundSites.Contains(site);
                sites[site] = sites.GetValueOrDefault(site) + new Score(g && f ? 1 : 0, !g ? 1 : 0, !f ? 1 : 0);
            }
        }

        return new Outcome(overall, setAside.Count, sites);
    }

    /// <summary>Where the markup links the target: here, else in the versions that link it.</summary>
    private static HashSet<SiteKind> GoldSites(Version version, List<Version> members, DocumentSymbol target)
    {
        if (version.Markup.TryGetValue(target, out var links))
        {
            return [.. links.Select(l => l.Site.Kind)];
        }

        return [.. members.Where(m => m.Markup.ContainsKey(target)).SelectMany(m => m.Markup[target]).Select(l => l.Site.Kind)];
    }

    private static bool Overlaps(LinkMention link, FoundMention found) =>
        link.Offset < found.Offset + Math.Max(1, found.Length) && found.Offset < link.Offset + Math.Max(1, link.Length);

    /// <summary>The number as printed in any language: <c>49/75</c>, <c>1540</c>, <c>2373</c>, <c>1996/31</c>.</summary>
    internal static string? PrintedKey(DocumentSymbol target)
    {
        if (target.Number is not int number)
        {
            return null;
        }

        if (target.Organ == Organ.SecurityCouncil || target.IsRomanSession)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        int? first = target.Year ?? target.Session;
        return first is null ? null : string.Create(CultureInfo.InvariantCulture, $"{first}/{number}");
    }

    /// <summary>"77/40" as "40/77"; null for a key without a slash.</summary>
    private static string? BackToFront(string key)
    {
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? null : key[(slash + 1)..] + "/" + key[..slash];
    }

    private static bool ContainsNumber(string text, string key)
    {
        for (int at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !char.IsAsciiDigit(text[at - 1]);
            int end = at + key.Length;
            bool after = end >= text.Length || !char.IsAsciiDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every decimal digit (Arabic-Indic too) as ASCII.</summary>
    private static string AsciiDigits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                int digit = CharUnicodeInfo.GetDecimalDigitValue(source[i]);
                span[i] = digit >= 0 ? (char)('0' + digit) : source[i];
            }
        });

    /// <summary>The text with every decimal digit (Arabic-Indic too) as ASCII, spaces removed.</summary>
    private static string Digits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                continue;
            }

            int digit = CharUnicodeInfo.GetDecimalDigitValue(ch);
            builder.Append(digit >= 0 ? (char)('0' + digit) : ch);
        }

        return builder.ToString();
    }

    /// <summary>Where the target's number first stands in the text (for a target the markup links only in other versions).</summary>
    private static (int Offset, int Length) FindPrinted(Document document, DocumentSymbol target)
    {
        string? key = PrintedKey(target);
        if (key is null)
        {
            return (-1, 0);
        }

        for (int at = document.Text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !char.IsAsciiDigit(document.Text[at - 1]);
            int end = at + key.Length;
            bool after = end >= document.Text.Length || !char.IsAsciiDigit(document.Text[end]);
            if (before && after)
            {
                return (at, key.Length);
            }
        }

        return (-1, 0);
    }

    private static string WorkNote(HashSet<DocumentSymbol> set, DocumentSymbol target, string who = "the markup gives")
    {
        var related = set.Where(t => t != target && t.Work == target.Work).Order().ToList();
        return related.Count == 0 ? string.Empty : $"; {who} {string.Join(", ", related)}";
    }

    private static int FoundInCount(List<Version> members, DocumentSymbol target) => members.Count(m => m.Found.ContainsKey(target));

    private static string Codes(IEnumerable<Language> languages) =>
        string.Join(", ", languages.OrderBy(LanguageOrder).Select(l => l.ToCode()));

    internal static int LanguageOrder(Language language)
    {
        for (int i = 0; i < LanguageCodes.All.Count; i++)
        {
            if (LanguageCodes.All[i] == language)
            {
                return i;
            }
        }

        return LanguageCodes.All.Count;
    }

    private Disagreement Make(DisagreementCategory category, MarkupDefectKind? defect, Version version, DocumentSymbol target, CitationSite? site, int offset, int length, string note) =>
        new(category, defect, version.Document.Language, version.Document.Symbol, target, site, version.Document.Path,
            offset < 0 ? string.Empty : Snippet(version.Document.Text, offset, length, _options.SnippetRadius), note);

    /// <summary>The line of text around [offset, offset + length), the reference between ⟦ and ⟧.</summary>
    internal static string Snippet(string text, int offset, int length, int radius)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - offset);
        int lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.IndexOf('\n', offset + length);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        int from = Math.Max(lineStart, offset - radius);
        int to = Math.Min(lineEnd, offset + length + radius);
        var builder = new StringBuilder();
        if (from > lineStart)
        {
            builder.Append('…');
        }

        builder.Append(text, from, offset - from).Append('⟦').Append(text, offset, length).Append('⟧').Append(text, offset + length, to - offset - length);
        if (to < lineEnd)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static void Add<T>(Dictionary<DocumentSymbol, List<T>> map, DocumentSymbol key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private sealed record LinkMention(MarkupLinkReading Reading, CitationSite Site, int Offset, int Length);

    private sealed record FoundMention(CitationSite Site, int Offset, int Length);

    private sealed record Version(
        Document Document,
        List<LinkMention> Links,
        Dictionary<DocumentSymbol, List<LinkMention>> Markup,
        List<(DocumentSymbol Target, LinkMention Link, MarkupDefectKind Defect, string Note)> Invalid,
        Dictionary<DocumentSymbol, List<FoundMention>> Found,
        Dictionary<DocumentSymbol, List<FoundMention>> Decisions,
        List<Diagnostic> Diagnostics,
        bool Scored)
    {
        private string? _asciiText;

        /// <summary>The document text with every digit ASCII.</summary>
        public string AsciiText => _asciiText ??= AsciiDigits(Document.Text);
    }

    private sealed record Outcome(Score Overall, int SetAside, Dictionary<SiteKind, Score> Sites);
}
