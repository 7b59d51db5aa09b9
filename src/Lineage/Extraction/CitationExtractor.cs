using System.Collections.Immutable;
using System.Globalization;
using Lineage.Extraction.Rules;
using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>
/// Extracts citations from documents with the rule sets it was built with. Immutable and thread-safe: build once
/// (<see cref="ExtractorBuilder"/>), call <see cref="Extract"/> from any number of threads. Never throws on odd
/// text: problems come back as diagnostics.
/// </summary>
public sealed class CitationExtractor
{
    private readonly ImmutableDictionary<Language, LanguageRules> _languages;

    internal CitationExtractor(ImmutableDictionary<Language, LanguageRules> languages, ImmutableArray<IRuleSet> ruleSets, DateOnly asOf)
    {
        _languages = languages;
        RuleSets = ruleSets;
        AsOf = asOf;
    }

    /// <summary>The date the extraction reasons as of for undated documents (<see cref="ExtractorBuilder.AsOf"/>).</summary>
    public DateOnly AsOf { get; }

    /// <summary>The rule sets in registration order.</summary>
    public ImmutableArray<IRuleSet> RuleSets { get; }

    /// <summary>Languages this extractor has rules for.</summary>
    public IEnumerable<Language> Languages => _languages.Keys.Order();

    public bool Supports(Language language) => _languages.ContainsKey(language);

    /// <summary>The profile (verbs, dates) of <paramref name="language"/>, or null.</summary>
    public LanguageProfile? Profile(Language language) => _languages.GetValueOrDefault(language)?.Profile;

    public ExtractionResult Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!_languages.TryGetValue(document.Language, out var rules))
        {
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.NoRulesForLanguage, document.Path, Messages.Format(Messages.NoRulesForLanguage, document.Language.ToCode())));
            return new ExtractionResult(document, [], diagnostics.ToImmutable());
        }

        document = CompleteIdentity(document, rules.Profile);
        var clauses = document.Clauses;

        // A clause's verbs are read only when it (or a footnote it anchors) yields a citation, and only as far as its
        // last citation: each takes the nearest verb before it (a footnote's host, its first verb).
        var verbs = new IReadOnlyList<(int Position, VerbForm Form)>?[clauses.Length];
        var verbLimits = new int[clauses.Length];
        IReadOnlyList<(int Position, VerbForm Form)> VerbsOf(int index, int limit)
        {
            if (verbs[index] is { } known && (verbLimits[index] >= limit || known.Count > 0 && limit == FirstVerb))
            {
                return known;
            }

            verbLimits[index] = limit;
            return verbs[index] = clauses[index].Site.Kind == SiteKind.Heading ? [] : rules.Profile.Verbs.FindAll(clauses[index].Text, limit);
        }

        var anchors = FootnoteAnchors(clauses);
        var citations = ImmutableArray.CreateBuilder<Citation>();
        var numbers = new EarlierNumbers(clauses);
        var matches = new List<CitationMatch>();
        for (int i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            bool anchored = NumberAnchors.HasAnchor(clause.Text);
            if (!anchored && rules.AllNeedAnchor)
            {
                continue;
            }

            var context = new ClauseContext(document, clause, i, rules.Profile) { Numbers = numbers, AsOf = AsOf };
            matches.Clear();
            foreach (var rule in rules.Rules)
            {
                if (anchored || !rule.NeedsAnchor)
                {
                    matches.AddRange(rule.Match(context));
                }
            }

            if (matches.Count == 0)
            {
                continue;
            }

            var kept = RemoveOverlaps(matches).Where(m => !m.Target.Equals(document.Symbol)).ToList();
            int listed = kept.Count(m => m.Target.Kind != SymbolKind.Document);
            for (int ordinal = 0; ordinal < kept.Count; ordinal++)
            {
                var match = kept[ordinal];
                var (verb, relation, anchor) = VerbFor(match, clauses, i, VerbsOf, kept[^1].Start, anchors, rules.Profile);
                var (offset, length) = clause.SourceRange(match.Start, match.Length);
                var span = document.SpanOf(offset, length);
                var citation = new Citation(document.Symbol, match.Target, verb, relation, clause.Site, match.Date,
                    document.Language, span, document.Text.Substring(offset, length))
                {
                    Subject = match.Subject,
                    Anchor = anchor,
                    Ordinal = ordinal,
                    InList = listed > 1 && match.Target.Kind != SymbolKind.Document,
                };
                citations.Add(citation);
                CheckSession(citation, diagnostics);
            }
        }

        return new ExtractionResult(document, citations.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Adds the adoption date and meeting the closing lines give, where the reader had none.</summary>
    private static Document CompleteIdentity(Document document, LanguageProfile profile)
    {
        if (document.Date is not null && document.Meeting is not null)
        {
            return document;
        }

        var closing = document.Clauses.SkipWhile(c => c.Site.Kind == SiteKind.Heading).Where(c => c.Site.Kind == SiteKind.Heading).ToList();
        DateOnly? date = document.Date;
        string? meeting = document.Meeting;
        foreach (var clause in closing)
        {
            if (date is null && profile.Dates is { } dates)
            {
                foreach (var (_, _, found) in dates.FindAll(clause.Text))
                {
                    date = found;
                    break;
                }
            }

            if (meeting is null && profile.Meeting?.Match(clause.Text) is { Success: true } m)
            {
                meeting = m.Value.Trim();
            }
        }

        // Else the heading's own date ("Resolution 773 (1992) of 26 August 1992", "adopted … on 5 December 2007").
        if (date is null && profile.Dates is { } headingDates)
        {
            foreach (var clause in document.Clauses.TakeWhile(c => c.Site.Kind == SiteKind.Heading))
            {
                foreach (var (_, _, found) in headingDates.FindAll(clause.Text))
                {
                    date ??= found;
                }
            }
        }

        return document with { Date = date, Meeting = meeting };
    }

    /// <summary>
    /// The clause carrying each footnote's marker: the markers the layout found (on a line of their own, <c>[^4]</c>);
    /// else, for text that glued the marker to the word (<c>Weapons,5</c>), the first such glued number at or after the
    /// previous footnote's clause, since footnotes are numbered in reading order.
    /// </summary>
    private static Dictionary<int, int> FootnoteAnchors(ImmutableArray<Clause> clauses)
    {
        var anchors = new Dictionary<int, int>();
        var footnotes = new List<int>();
        for (int i = 0; i < clauses.Length; i++)
        {
            if (clauses[i].Site.Kind == SiteKind.Footnote)
            {
                if (clauses[i].Site.Number is int n)
                {
                    footnotes.Add(n);
                }

                continue;
            }

            foreach (int marker in clauses[i].FootnoteMarkers)
            {
                anchors.TryAdd(marker, i);
            }
        }

        int from = 0;
        foreach (int n in footnotes.Distinct().Order())
        {
            if (anchors.TryGetValue(n, out int known))
            {
                from = known;
                continue;
            }

            for (int i = from; i < clauses.Length; i++)
            {
                if (clauses[i].Site.Kind is SiteKind.Preamble or SiteKind.Operative && HasGluedMarker(clauses[i].Text, n))
                {
                    anchors[n] = i;
                    from = i;
                    break;
                }
            }
        }

        return anchors;
    }

    private static bool HasGluedMarker(string text, int number)
    {
        string digits = number.ToString(CultureInfo.InvariantCulture);
        int at = 0;
        while ((at = text.IndexOf(digits, at, StringComparison.Ordinal)) > 0)
        {
            char before = text[at - 1];
            int end = at + digits.Length;
            bool glued = char.IsLetter(before) || before is ',' or '.' or ';' or ':' or ')' or '”' or '’' or '"';
            bool ends = end == text.Length || !char.IsDigit(text[end]) && text[end] != '/';
            if (glued && ends)
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    /// <summary>The limit asked of a footnote's host clause: its first verb (all of them where it has none).</summary>
    private const int FirstVerb = int.MaxValue;

    /// <summary>
    /// The verb of a citation: the match's own, the nearest before it in its clause, or for a footnote its host clause's
    /// first. <c>verbs</c> gives a clause's verbs at or before a limit (<see cref="VerbTable.FindAll(string, int)"/>);
    /// <c>lastStart</c>, where the clause's last citation starts, is the limit asked for each citation of the clause.
    /// </summary>
    private static (string Verb, Relation Relation, CitationSite? Anchor) VerbFor(
        CitationMatch match, ImmutableArray<Clause> clauses, int index, Func<int, int, IReadOnlyList<(int Position, VerbForm Form)>> verbs,
        int lastStart, Dictionary<int, int> anchors, LanguageProfile profile)
    {
        var clause = clauses[index];
        if (match.LocalVerb is { } local)
        {
            return (Written(clause.Text, match.LocalVerbStart, local), local.Relation, null);
        }

        if (clause.Site.Kind == SiteKind.Footnote)
        {
            // A footnote citation takes the verb of the clause that carries its marker; else the footnote's own "See".
            CitationSite? anchor = null;
            if (clause.Site.Number is int n && anchors.TryGetValue(n, out int anchorIndex))
            {
                anchor = clauses[anchorIndex].Site;
                if (verbs(anchorIndex, FirstVerb) is { Count: > 0 } host)
                {
                    return (Written(clauses[anchorIndex].Text, host[0].Position, host[0].Form), host[0].Form.Relation, anchor);
                }
            }

            foreach (var lead in profile.FootnoteLeads.OrderByDescending(l => l.Text.Length))
            {
                if (clause.Text.StartsWith(lead.Text, StringComparison.OrdinalIgnoreCase))
                {
                    return (clause.Text[..lead.Text.Length], lead.Relation, anchor);
                }
            }

            return (string.Empty, Relation.Cites, anchor);
        }

        (int Position, VerbForm Form)? nearest = null;
        foreach (var verb in verbs(index, lastStart))
        {
            if (verb.Position <= match.Start)
            {
                nearest = verb;
            }
        }

        return nearest is { } v ? (Written(clause.Text, v.Position, v.Form), v.Form.Relation, null) : (string.Empty, Relation.Cites, null);
    }

    private static string Written(string text, int position, VerbForm form) =>
        text.Substring(position, Math.Min(form.Text.Length, text.Length - position));

    private static List<CitationMatch> RemoveOverlaps(List<CitationMatch> matches)
    {
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<CitationMatch>(matches.Count);
        int end = -1;
        int groupStart = -1;
        foreach (var match in matches)
        {
            // Several symbols from one printed reference (53/77 A and B) share its range: keep them all.
            if (match.Start == groupStart && kept.Count > 0 && kept[^1].Length == match.Length)
            {
                if (!kept.Exists(k => k.Start == match.Start && k.Target.Equals(match.Target)))
                {
                    kept.Add(match);
                }

                continue;
            }

            if (match.Start < end)
            {
                continue;
            }

            kept.Add(match);
            end = match.End;
            groupStart = match.Start;
        }

        return kept;
    }

    private static void CheckSession(Citation citation, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var target = citation.Target;
        if (citation.Date is not { } date || target.Organ != Organ.GeneralAssembly || target.SessionType != SessionType.Regular
            || target.Session is not int session || target.IsRomanSession)
        {
            return;
        }

        var opens = new DateOnly(1945 + session, 9, 1);
        var closes = new DateOnly(1945 + session + 1, 9, 30);
        if (date < opens || date > closes)
        {
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.DateInconsistentWithSession, citation.Span.File, Messages.Format(Messages.DateInconsistentWithSession,
                target.ShortForm, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), session, 1945 + session), citation.Span));
        }
    }
}
