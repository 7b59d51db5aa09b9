using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lineage.Evaluation;
using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// Reads the links an AKN4UN document's markup gives (<see cref="Document.Links"/>) through their known defects,
/// and turns them into citations marked <see cref="CitationMethod.Markup"/>, so that the graph keeps the edges the
/// UN's markup gives apart from those Lineage reads in the text.
/// </summary>
public static partial class MarkupLinks
{
    /// <summary>Every link of <paramref name="document"/>, read.</summary>
    public static ImmutableArray<MarkupLinkReading> Read(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Joined(document, document.Links).Select(link => Read(document, link))];
    }

    /// <summary>
    /// Links that split one reference into runs with the same href (<c>&lt;a&gt;23&lt;/a&gt;&lt;a&gt; &lt;/a&gt;&lt;a&gt;(&lt;/a&gt;&lt;a&gt;I&lt;/a&gt;&lt;a&gt;)&lt;/a&gt;</c>,
    /// <c>&lt;a&gt;364 B&lt;/a&gt;&lt;a&gt; &lt;/a&gt;&lt;a&gt;(IV)&lt;/a&gt;</c>), joined into one link: read apart, a run that is a bracket or a
    /// blank makes the Roman session's first letter a part letter (<c>23 (I)</c> read as <c>23 I</c>) or loses the letter
    /// printed in the run before it.
    /// </summary>
    internal static IEnumerable<MarkupLink> Joined(Document document, IEnumerable<MarkupLink> links)
    {
        MarkupLink? run = null;
        foreach (var link in links)
        {
            if (run is not null && run.ClauseIndex == link.ClauseIndex && string.Equals(run.Href, link.Href, StringComparison.OrdinalIgnoreCase)
                && Adjacent(document, run, link))
            {
                run = run with { Length = Math.Max(run.Length, link.Start + link.Length - run.Start) };
                continue;
            }

            if (run is not null)
            {
                yield return run;
            }

            run = link;
        }

        if (run is not null)
        {
            yield return run;
        }
    }

    /// <summary>
    /// Reads one link: a range href (<c>A/RES/78/254a-c</c>) names its parts; a General Assembly resolution whose
    /// href has no part letter but whose text shows one, inside the link or right after it (<c>49/75</c> E,
    /// <c>49/75 هاء</c>, <c>50/70 Р</c>), names that part.
    /// </summary>
    public static MarkupLinkReading Read(Document document, MarkupLink link)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(link);
        var target = link.Target;
        int start = link.Start;
        int length = link.Length;
        if (link.ClauseIndex >= document.Clauses.Length)
        {
            return new MarkupLinkReading(link, [target], null, start, length);
        }

        string text = document.Clauses[link.ClauseIndex].Text;
        start = Math.Clamp(start, 0, text.Length);
        int end = Math.Min(text.Length, start + length);

        // A link that covers part of the number ("<a>4</a>2/39 D", "<a>ES</a>‑10/15"): the reference is the whole number.
        while (end < text.Length && end > start && IsNumberChar(text[end]) && (IsNumberChar(text[end - 1]) || !char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        while (start > 0 && end > start && IsNumberChar(text[start - 1]) && IsNumberChar(text[start]))
        {
            start--;
        }

        if (!target.IsResolution || target.IsPart || target.Organ != Organ.GeneralAssembly)
        {
            return new MarkupLinkReading(link, [target], null, start, end - start);
        }

        var range = AknHref.PartRange(link.Href);

        // A link on the part letter alone: "364 <a>B</a> (IV)".
        if (range.Count == 0 && LetterOnlyPattern().IsMatch(text.AsSpan(start, end - start)) && start > 0 && char.IsDigit(text[SkipBack(text, start)]))
        {
            var (letter, _) = PartLetterScanner.Scan(text, start);
            if (letter.Count > 0)
            {
                return new MarkupLinkReading(link, [.. letter.Select(target.WithPart)], MarkupDefectKind.PartLetterMissingFromHref, start, end - start);
            }
        }

        // A link on the Roman session alone, the number and part letter before it: "364 B <a>(IV)</a>".
        if (range.Count == 0 && RomanOnlyPattern().IsMatch(text.AsSpan(start, end - start))
            && LetterBeforePattern().Match(text[..start]) is { Success: true } before)
        {
            var (letter, _) = PartLetterScanner.Scan(text, before.Groups["letter"].Index);
            if (letter.Count > 0)
            {
                return new MarkupLinkReading(link, [.. letter.Select(target.WithPart)], MarkupDefectKind.PartLetterMissingFromHref, before.Index, end - before.Index);
            }
        }

        // Inside the link: "2602 C (XXIV)", "49/75 E".
        var inside = InsideLetterPattern().Match(text, start, end - start);
        if (inside.Success)
        {
            var (letters, _) = PartLetterScanner.Scan(text, inside.Groups["letters"].Index);
            if (letters.Count > 0)
            {
                return new MarkupLinkReading(link, [.. letters.Select(target.WithPart)], range.Count > 0 ? null : MarkupDefectKind.PartLetterMissingFromHref, start, end - start);
            }
        }

        // After the link: "49/75</a> E", "49/75</a> A and B", "2200</a> A (XXI)". A range href ("a-c") gives way to the
        // letters the text prints ("54/237</a> C").
        var (after, afterEnd) = PartLetterScanner.Scan(text, end);
        if (after.Count > 0)
        {
            return new MarkupLinkReading(link, [.. after.Select(target.WithPart)], range.Count > 0 ? null : MarkupDefectKind.PartLetterOutsideLink, start, afterEnd - start);
        }

        if (range.Count > 0)
        {
            return new MarkupLinkReading(link, [.. range.Select(target.WithPart)], null, start, end - start);
        }

        return new MarkupLinkReading(link, [target], null, start, end - start);
    }

    /// <summary>True when <paramref name="next"/> starts where <paramref name="run"/> ends, or after blanks only.</summary>
    private static bool Adjacent(Document document, MarkupLink run, MarkupLink next)
    {
        int end = run.Start + run.Length;
        if (next.Start < run.Start || run.ClauseIndex >= document.Clauses.Length)
        {
            return false;
        }

        string text = document.Clauses[run.ClauseIndex].Text;
        for (int i = end; i < next.Start; i++)
        {
            if (i >= text.Length || !char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumberChar(char ch) => char.IsAsciiDigit(ch) || ch is '/' or '-' or '\u2011' or '\u2010' or '\u2013';

    private static int SkipBack(string text, int at)
    {
        at--;
        while (at > 0 && (text[at] == ' ' || text[at] == '\u00A0'))
        {
            at--;
        }

        return Math.Max(at, 0);
    }

    /// <summary>
    /// The links of <paramref name="document"/> as citations (method markup): one per target a link names, with the
    /// clause's markup verb and its relation, the site, and for footnotes the clause that carries the marker.
    /// </summary>
    public static ImmutableArray<Citation> ToCitations(Document document) => ToCitations(document, null);

    /// <summary>
    /// As <see cref="ToCitations(Document)"/>, normalizing the markup verb with <paramref name="extractor"/>'s verb table
    /// for the document's language where it has one (the same vocabulary as text citations), else with a built-in table.
    /// </summary>
    public static ImmutableArray<Citation> ToCitations(Document document, Extraction.CitationExtractor? extractor)
    {
        ArgumentNullException.ThrowIfNull(document);
        var verbs = extractor?.Profile(document.Language)?.Verbs;
        var citations = ImmutableArray.CreateBuilder<Citation>();
        var ordinals = new Dictionary<int, int>();
        var readings = Read(document);
        var perClause = readings.GroupBy(r => r.Link.ClauseIndex).ToDictionary(g => g.Key, g => g.Sum(r => r.Targets.Count));
        foreach (var reading in readings)
        {
            int index = reading.Link.ClauseIndex;
            if (index >= document.Clauses.Length)
            {
                continue;
            }

            var clause = document.Clauses[index];
            var anchor = clause.Site.Kind == SiteKind.Footnote ? AnchorOf(document, index) : null;
            string verb = clause.MarkupVerb ?? (anchor is { } a ? VerbAt(document, a) ?? string.Empty : string.Empty);
            var relation = clause.Site.Kind == SiteKind.Footnote ? Relation.Refers
                : verbs?.At(verb, 0) is { } form ? form.Relation
                : MarkupVerbs.Normalize(verb, document.Language);
            int length = Math.Max(0, Math.Min(reading.Length, clause.Text.Length - reading.Start));
            var (offset, sourceLength) = clause.SourceRange(reading.Start, length);
            string printed = clause.Text.Substring(Math.Min(reading.Start, clause.Text.Length), length);
            foreach (var target in reading.Targets)
            {
                int ordinal = ordinals.TryGetValue(index, out int n) ? n : 0;
                ordinals[index] = ordinal + 1;
                citations.Add(new Citation(document.Symbol, target, verb, relation, clause.Site, null, document.Language,
                    document.SpanOf(offset, sourceLength), printed)
                {
                    Method = CitationMethod.Markup,
                    Anchor = anchor?.Site,
                    Ordinal = ordinal,
                    InList = perClause[index] > 1,
                });
            }
        }

        return citations.ToImmutable();
    }

    /// <summary>The clause that carries the marker of the footnote at <paramref name="footnoteIndex"/> (the nearest before it).</summary>
    internal static Clause? AnchorOf(Document document, int footnoteIndex)
    {
        int? number = document.Clauses[footnoteIndex].Site.Number;
        for (int i = footnoteIndex - 1; i >= 0; i--)
        {
            var clause = document.Clauses[i];
            if (clause.Site.Kind != SiteKind.Footnote && number is int n && clause.FootnoteMarkers.Contains(n))
            {
                return clause;
            }
        }

        return null;
    }

    private static string? VerbAt(Document document, Clause anchor) => anchor.MarkupVerb;

    [GeneratedRegex(@"\d(?:\s*\(\s*[IVXLC]+\s*\))?[\s\u00A0]*(?<letters>\p{Lu}|\p{IsArabic}+)", RegexOptions.CultureInvariant)]
    private static partial Regex InsideLetterPattern();

    [GeneratedRegex(@"^\(\s*[IVXLC]+\s*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanOnlyPattern();

    [GeneratedRegex(@"\d+[\s\u00A0]*(?<letter>\p{Lu})[\s\u00A0]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterBeforePattern();

    [GeneratedRegex(@"^(?:\p{Lu}{1,2}|\p{IsArabic}+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterOnlyPattern();
}
