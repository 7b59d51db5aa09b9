using System.Buffers;
using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>
/// A language's citing verbs. <see cref="FindAll(string)"/> finds the clause's opening verb (after an operative number)
/// and verbs that start a new member of the clause after a connector ("…, and reaffirming", "并重申"); the
/// longest form wins ("Recalling also" over "Recalling").
/// </summary>
public sealed class VerbTable
{
    private readonly ImmutableArray<VerbForm> _forms;
    private readonly Dictionary<string, VerbForm> _byText;
    private readonly Dictionary<string, VerbForm>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<int, int[]> _lengthsByStart;
    private readonly ImmutableArray<string> _connectors;
    private readonly bool _ignoreCase;

    /// <summary>All the connectors at once, for one vectorized pass over a clause instead of one search per connector.</summary>
    private readonly SearchValues<string>? _anyConnector;

    /// <summary>
    /// The first words of the forms (their leading letters: <c>Rappelant</c>, <c>S</c> of <c>S’inspirant</c>), folded, for
    /// the case-blind table of a script without CJK letters: a verb matched at a place starts with the word printed there,
    /// whole, so a word that opens no form is passed over with one lookup instead of one per length (most words after a
    /// comma: <c>la</c>, <c>notamment</c>, <c>в</c>).
    /// </summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _openings;

    /// <summary>True when <see cref="_openings"/> was built.</summary>
    private readonly bool _hasOpenings;

    /// <summary>The forms keyed by their text upper-cased through <see cref="Key"/> (compared ordinally), for the case-blind table.</summary>
    private readonly Dictionary<string, VerbForm>.AlternateLookup<ReadOnlySpan<char>> _folded;


    /// <param name="forms">The verb forms.</param>
    /// <param name="connectors">Words after which a verb starts a new member of a clause (", and ", "并").</param>
    /// <param name="ignoreCase">Compare case-insensitively (Latin and Cyrillic scripts).</param>
    public VerbTable(IEnumerable<VerbForm> forms, IEnumerable<string> connectors, bool ignoreCase)
    {
        _forms = [.. forms.OrderByDescending(f => f.Text.Length)];
        _connectors = [.. connectors.OrderByDescending(c => c.Length)];
        _ignoreCase = ignoreCase;
        // Looked up by text, one try per distinct length (longest first), so the cost does not grow with the table.
        _byText = new Dictionary<string, VerbForm>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var form in _forms.Where(f => f.Text.Length > 0))
        {
            _byText.TryAdd(form.Text, form);
        }

        _lookup = _byText.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = new Dictionary<string, VerbForm>(StringComparer.Ordinal);
        foreach (var (text, form) in _byText)
        {
            folded.TryAdd(CaseFold.Fold(text), form);
        }

        _folded = folded.GetAlternateLookup<ReadOnlySpan<char>>();
        if (ignoreCase && _byText.Keys.All(t => !t.Any(CjkLike)))
        {
            var openings = new HashSet<string>(StringComparer.Ordinal);
            foreach (string text in _byText.Keys)
            {
                openings.Add(CaseFold.Fold(text[..WordLength(text, 0, text.Length)]));
            }

            _openings = openings.GetAlternateLookup<ReadOnlySpan<char>>();
            _hasOpenings = true;
        }

        string[] connectorValues = [.. _connectors.Where(c => c.Length > 0).Distinct()];
        _anyConnector = connectorValues.Length == 0 ? null
            : SearchValues.Create(connectorValues, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        _lengthsByStart = _byText.Keys.GroupBy(t => StartKey(Key(t[0]), t.Length > 1 ? Key(t[1]) : '\0'))
            .ToDictionary(g => g.Key, g => g.Select(t => t.Length).Distinct().OrderDescending().ToArray());
    }

    public static VerbTable Empty { get; } = new([], [], false);

    public IReadOnlyList<VerbForm> Forms => _forms;

    /// <summary>The connectors, longest first (for tests).</summary>
    internal IReadOnlyList<string> Connectors => _connectors;

    /// <summary>True when the table compares without case.</summary>
    internal bool IgnoresCase => _ignoreCase;

    /// <summary>The verb at <paramref name="position"/>, if one starts there and ends at a word boundary.</summary>
    public VerbForm? At(string text, int position)
    {
        if (position >= text.Length || !char.IsLetter(text[position]))
        {
            return null;
        }

        // Forms are grouped by their first two letters, so a word after a connector is compared only with the forms
        // it could start ("de", "la", "et" match none); a one-letter form ("请") sits under its letter alone.
        char first = Key(text[position]);
        if (position + 1 < text.Length && _lengthsByStart.TryGetValue(StartKey(first, Key(text[position + 1])), out var lengths)
            && Find(text, position, lengths) is { } form)
        {
            return form;
        }

        return _lengthsByStart.TryGetValue(StartKey(first, '\0'), out var single) ? Find(text, position, single) : null;
    }

    private VerbForm? Find(string text, int position, int[] lengths)
    {
        // Case-blind: the text is upper-cased once through the same table as the keys and looked up ordinally, instead of
        // hashing it without case once per length (the slow path for any letter beyond ASCII). A letter whose folding the
        // table may not share with the comparison without case (beyond Latin and Cyrillic) takes the comparison itself.
        int span = Math.Min(lengths[0], text.Length - position);
        if (_hasOpenings && span <= FoldLimit)
        {
            // A form that matches here starts with the word printed here, whole: its letters are the text's (folded, they
            // compare equal, and no letter folds to a space or a mark), and a form that is all letters ends where the
            // text's word does (a word character after it is refused below). The word alone is folded for this look, so
            // a word that opens no form ("de", "la" after a comma) costs its own few letters, not the longest form's.
            int word = WordLength(text, position, Math.Min(text.Length, position + lengths[0] + 1));
            if (word > lengths[0])
            {
                return null;
            }

            Span<char> opening = stackalloc char[word];
            if (CaseFold.TryFold(text.AsSpan(position, word), opening) && !_openings.Contains(opening))
            {
                return null;
            }
        }

        Span<char> folded = _ignoreCase && span <= FoldLimit ? stackalloc char[span] : [];
        bool foldable = _ignoreCase && span <= FoldLimit && CaseFold.TryFold(text.AsSpan(position, span), folded);
        foreach (int length in lengths)
        {
            int end = position + length;
            if (end <= text.Length
                && (end == text.Length || !char.IsLetter(text[end - 1]) || !IsWordChar(text[end]))
                && (foldable
                    ? _folded.TryGetValue(folded[..length], out var form) && text.AsSpan(position, length).Equals(form.Text, StringComparison.OrdinalIgnoreCase)
                    : _lookup.TryGetValue(text.AsSpan(position, length), out form)))
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>The longest text folded on the stack (the longest verb form is far shorter).</summary>
    private const int FoldLimit = 256;

    /// <summary>Verb occurrences in a clause: (position, form), in order.</summary>
    public IReadOnlyList<(int Position, VerbForm Form)> FindAll(string text) => FindAll(text, int.MaxValue);

    /// <summary>
    /// The verb occurrences of <see cref="FindAll(string)"/> at or before <paramref name="limit"/>, in order: a citation
    /// takes the nearest verb before it, so the clause after its last citation (often most of it) need not be searched.
    /// The connectors are searched as far as a verb after one can still start by the limit, which finds the same
    /// occurrences there (each search goes on from the verb the previous one found, as before).
    /// </summary>
    public IReadOnlyList<(int Position, VerbForm Form)> FindAll(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int, VerbForm)>();
        int last = Math.Min(limit, text.Length);
        int start = SkipNumbering(text);
        if (start <= last && At(text, start) is { } first)
        {
            found.Add((start, first));
        }

        var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (_anyConnector is null)
        {
            found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            return found;
        }

        // One pass over the clause for every connector at once. Each connector's occurrences are taken as its own search took
        // them, the next one from where the verb after the last began; so where that search skipped an occurrence (inside
        // the spaces after the previous), this pass skips it too (next[k]).
        Span<int> next = _connectors.Length <= 16 ? stackalloc int[_connectors.Length] : new int[_connectors.Length];
        next.Fill(start);
        var clause = text.AsSpan();
        int from = start;
        while (from < last)
        {
            int hit = clause[from..last].IndexOfAny(_anyConnector);
            if (hit < 0)
            {
                break;
            }

            int at = from + hit;
            for (int k = 0; k < _connectors.Length; k++)
            {
                string connector = _connectors[k];
                if (at < next[k] || connector.Length == 0 || at + connector.Length > last
                    || !clause.Slice(at, connector.Length).Equals(connector, comparison))
                {
                    continue;
                }

                int verbAt = at + connector.Length;
                while (verbAt < text.Length && text[verbAt] == ' ')
                {
                    verbAt++;
                }

                // A place another connector already found is not read again (", et " and " et " end at the same verb).
                if (verbAt <= last && !Holds(found, verbAt) && At(text, verbAt) is { } form)
                {
                    found.Add((verbAt, form));
                }

                next[k] = verbAt;
            }

            from = at + 1;
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    /// <summary>True when a verb was already found at <paramref name="position"/> (a loop: no closure per connector hit).</summary>
    private static bool Holds(List<(int, VerbForm)> found, int position)
    {
        foreach (var (at, _) in found)
        {
            if (at == position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index after an operative number and its dot ("19. ", "19 - ").</summary>
    public static int SkipNumbering(string text)
    {
        int i = 0;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        int digits = i;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i == digits || i >= text.Length || text[i] is not ('.' or '．' or '-' or '–'))
        {
            return digits;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static int StartKey(char first, char second) => (first << 16) | second;

    /// <summary>A letter upper-cased for the start keys (a table: <see cref="char.ToUpperInvariant"/> asks ICU for each).</summary>
    private char Key(char ch) => !_ignoreCase ? ch : CaseFold.Upper(ch);

    /// <summary>How many letters (not CJK ones) follow <paramref name="start"/>, no further than <paramref name="end"/>.</summary>
    private static int WordLength(string text, int start, int end)
    {
        int at = start;
        while (at < end && char.IsLetter(text[at]) && !CjkLike(text[at]))
        {
            at++;
        }

        return at - start;
    }

    private static bool IsWordChar(char ch) => char.IsLetterOrDigit(ch) && !CjkLike(ch);

    private static bool CjkLike(char ch) => ch is >= '\u3000' and <= '\u9FFF';
}
