namespace Lineage.Model;

/// <summary>
/// The sentence behind a citation: the clause it was read from, as the extractor saw it (lines joined, page
/// furniture removed), and where the reference stands in it, so a reader can be shown the words with the cited
/// symbol highlighted. Kept with the citation in the store; shown by <c>lineage report</c>.
/// </summary>
/// <param name="Sentence">The clause text (at most <see cref="MaxLength"/> characters, cut around the reference).</param>
/// <param name="Start">Index of the reference in <paramref name="Sentence"/>.</param>
/// <param name="Length">Length of the reference in <paramref name="Sentence"/>.</param>
public readonly record struct CitationEvidence(string Sentence, int Start, int Length)
{
    /// <summary>The longest sentence kept; a longer clause is cut to this around the reference.</summary>
    public const int MaxLength = 1200;

    /// <summary>
    /// The clause of <paramref name="document"/> that holds <paramref name="citation"/>'s source range, or, for a
    /// citation no clause holds (markup links), the text around its offset. Null when the offset is outside the text.
    /// </summary>
    public static CitationEvidence? Of(Document document, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(citation);
        int offset = citation.Span.Offset;
        int length = Math.Max(citation.Span.Length, 0);
        if (offset < 0 || offset > document.Text.Length)
        {
            return null;
        }

        foreach (var clause in document.Clauses)
        {
            if (clause.Text.Length == 0)
            {
                continue;
            }

            int first = clause.SourceOffset(0);
            int last = clause.SourceOffset(clause.Text.Length - 1);
            if (offset < first || offset > last)
            {
                continue;
            }

            // The clause text maps each character to the source; the reference is the characters whose source falls in its range.
            int start = -1;
            int end = -1;
            for (int i = 0; i < clause.Text.Length; i++)
            {
                int source = clause.SourceOffset(i);
                if (source >= offset && source < offset + Math.Max(length, 1))
                {
                    if (start < 0)
                    {
                        start = i;
                    }

                    end = i + 1;
                }
            }

            if (start >= 0)
            {
                return Cut(clause.Text, start, end - start);
            }
        }

        // No clause holds it: the source text around the offset, to the nearest blank line either side.
        int from = document.Text.LastIndexOf("\n\n", Math.Max(offset - 1, 0), Math.Min(offset, 600), StringComparison.Ordinal);
        from = from < 0 ? Math.Max(0, offset - 600) : from + 2;
        int to = document.Text.IndexOf("\n\n", Math.Min(offset + length, document.Text.Length), StringComparison.Ordinal);
        to = to < 0 || to - offset > 600 ? Math.Min(document.Text.Length, offset + length + 600) : to;
        length = Math.Min(length, document.Text.Length - offset);
        return Cut(document.Text[from..to], offset - from, length);
    }

    /// <summary>
    /// <see cref="Of(Document, Citation)"/> for every citation of one document, in their order, with the same results:
    /// a clause whose offset map never goes back (the usual case) finds the reference by binary search instead of a
    /// walk over the whole clause per citation (a list of fifty references in one long clause walked it fifty times).
    /// </summary>
    public static CitationEvidence?[] OfAll(Document document, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(citations);
        var clauses = document.Clauses;
        var ordered = new bool[clauses.Length];
        for (int c = 0; c < clauses.Length; c++)
        {
            ordered[c] = clauses[c].MapNeverGoesBack();
        }

        var found = new CitationEvidence?[citations.Count];
        for (int k = 0; k < citations.Count; k++)
        {
            var citation = citations[k];
            ArgumentNullException.ThrowIfNull(citation, nameof(citations));
            found[k] = FindOrdered(document, citation, ordered) ?? Of(document, citation);
        }

        return found;
    }

    /// <summary>The evidence from the first clause that holds the citation's range, when that clause's map never goes back; else null (the caller walks).</summary>
    private static CitationEvidence? FindOrdered(Document document, Citation citation, bool[] ordered)
    {
        int offset = citation.Span.Offset;
        int length = Math.Max(citation.Span.Length, 0);
        if (offset < 0 || offset > document.Text.Length)
        {
            return null;
        }

        var clauses = document.Clauses;
        for (int c = 0; c < clauses.Length; c++)
        {
            var clause = clauses[c];
            if (clause.Text.Length == 0 || offset < clause.SourceOffset(0) || offset > clause.SourceOffset(clause.Text.Length - 1))
            {
                continue;
            }

            if (!ordered[c])
            {
                return null;
            }

            // The characters whose source falls in [offset, offset + max(length, 1)) are one run of a map that never goes back.
            int start = LowerBound(clause, offset);
            int end = LowerBound(clause, offset + Math.Max(length, 1));
            if (start < end)
            {
                return Cut(clause.Text, start, end - start);
            }
        }

        return null;
    }

    /// <summary>The first index of <paramref name="clause"/> whose source offset is at least <paramref name="value"/>.</summary>
    private static int LowerBound(Clause clause, int value)
    {
        int low = 0;
        int high = clause.Text.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (clause.SourceOffset(middle) < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static CitationEvidence Cut(string text, int start, int length)
    {
        if (text.Length <= MaxLength)
        {
            return new CitationEvidence(text, start, length);
        }

        int keep = MaxLength;
        int from = Math.Clamp(start + (length / 2) - (keep / 2), 0, text.Length - keep);
        return new CitationEvidence(text.Substring(from, keep), start - from, Math.Min(length, keep - (start - from)));
    }
}
