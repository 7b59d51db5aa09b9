using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>
/// Builds the clean text of one clause from lines of the source: trims each line, collapses runs of white space,
/// joins lines (with nothing between two CJK characters or after a slash, else one space), drops Markdown
/// footnote references (<c>[^4]</c>, kept as markers) and invisible characters, and records for every
/// character its offset in the source.
/// </summary>
internal sealed class CleanTextBuilder
{
    /// <summary>
    /// What <see cref="AppendLine"/> does not copy as it stands: white space other than the space (collapsed to one
    /// space), invisible characters (dropped), and '[' (which may open a footnote reference). Every other character,
    /// in any script, is copied in runs.
    /// </summary>
    private static readonly SearchValues<char> s_special = SearchValues.Create(Specials());

    private readonly string _source;
    private readonly Buffer _text = new();
    private readonly List<int> _markers = [];

    public CleanTextBuilder(string source) => _source = source;

    public bool IsEmpty => _text.Length == 0;

    /// <summary>True when the text so far ends as a clause does: comma, semicolon, full stop, colon (any script).</summary>
    public bool EndsClause
    {
        get
        {
            int i = _text.Length - 1;
            while (i >= 0 && _text[i] == ' ')
            {
                i--;
            }

            // A footnote marker glued after the punctuation ("Weapons,5") still ends the clause.
            int digits = i;
            while (i >= 0 && char.IsAsciiDigit(_text[i]) && digits - i < 3)
            {
                i--;
            }

            if (i < digits && (i < 0 || !IsClauseEnd(_text[i])))
            {
                i = digits;
            }

            return i >= 0 && IsClauseEnd(_text[i]);
        }
    }

    private static bool IsClauseEnd(char ch) => ch is ',' or '，' or ';' or '；' or '.' or '。' or ':' or '：' or '،' or '؛';

    public void AddMarker(int number) => _markers.Add(number);

    public void AppendLine(int start, int end)
    {
        while (start < end && IsSpace(_source[start]))
        {
            start++;
        }

        while (end > start && IsSpace(_source[end - 1]))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }

        if (_text.Length > 0 && !JoinsWithoutSpace(_text[^1], _source[start]))
        {
            Append(' ', Math.Max(0, start - 1));
        }

        // Every source character gives at most one clean one: make room once, then write without checks.
        _text.EnsureCapacity(_text.Length + (end - start));
        char[] chars = _text.Chars;
        int length = _text.Length;
        for (int i = start; i < end; i++)
        {
            char ch = _source[i];
            if (ch != ' ' && !s_special.Contains(ch))
            {
                // A run of characters other than white space, invisible ones and '[' (which may open a footnote
                // reference), with single spaces, from a character that is not a space: copied as it stands. It ends
                // before any such character, and at the second space of two, which the loop below then drops.
                var rest = _source.AsSpan(i, end - i);
                int run = IndexOfRunEnd(rest);
                run = run < 0 ? rest.Length : run;
                rest[..run].CopyTo(chars.AsSpan(length));
                _text.Map(length, i);
                length += run;
                i += run - 1;
                continue;
            }

            if (ch == '[' && TryMarkdownReference(i, end, out int number, out int referenceLength))
            {
                _markers.Add(number);
                i += referenceLength - 1;
                continue;
            }

            if (IsInvisible(ch))
            {
                continue;
            }

            if (IsSpace(ch))
            {
                if (length > 0 && chars[length - 1] != ' ')
                {
                    chars[length] = ' ';
                    _text.Map(length++, i);
                }

                continue;
            }

            chars[length] = ch;
            _text.Map(length++, i);
        }

        _text.Length = length;
    }

    /// <summary>Hands the buffers back to the shared pools; the builder starts empty if used again.</summary>
    public void Release()
    {
        _text.Release();
        _markers.Clear();
    }

    /// <summary>Empties the builder for the next clause (its buffers are kept).</summary>
    public CleanTextBuilder Reset()
    {
        _text.Clear();
        _markers.Clear();
        return this;
    }

    public Clause ToClause(CitationSite site)
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }

        return new Clause(site, _text.ToString(), new SourceRuns(_text.Runs()), _markers.Count == 0 ? [] : [.. _markers]);
    }

    private static string Specials()
    {
        var specials = new List<char> { '[' };
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (c != ' ' && (IsSpace((char)c) || IsInvisible((char)c)))
            {
                specials.Add((char)c);
            }
        }

        return new string([.. specials]);
    }

    /// <summary>
    /// The index of the first character of <see cref="s_special"/> in <paramref name="text"/>, or −1. The set's search
    /// values run vectorized only over ASCII and test every other character one by one (Chinese, Arabic and Russian text is
    /// all such characters); here a vector of characters is tested against the set's few ranges at once.
    /// </summary>
    internal static int IndexOfSpecial(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            for (; i <= chars.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var hit = Specials(Vector256.Create(chars.Slice(i, Vector256<ushort>.Count)));
                if (hit != Vector256<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits());
                }
            }
        }

        int rest = text[i..].IndexOfAny(s_special);
        return rest < 0 ? -1 : i + rest;
    }

    /// <summary>
    /// Where the run <see cref="AppendLine"/> copies as it stands ends in <paramref name="text"/>: the first character of
    /// <see cref="s_special"/> or the second space of the first two in a row, whichever comes first; −1 for neither. One
    /// pass: the spaces are found in the same vectors as the set (a search for the set, then one for two spaces, read
    /// the run twice).
    /// </summary>
    internal static int IndexOfRunEnd(ReadOnlySpan<char> text)
    {
        if (Vector512.IsHardwareAccelerated && text.Length >= Vector512<ushort>.Count)
        {
            // Lines of prose are 40-80 characters: 32 of them a vector here, where the machine has such vectors.
            return IndexOfRunEnd512(text);
        }

        int i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            uint spaceBefore = 0; // 1 when the lane before this vector's first holds a space
            for (; i <= chars.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.Create(chars.Slice(i, Vector256<ushort>.Count));
                uint spaces = Vector256.Equals(v, Vector256.Create((ushort)' ')).ExtractMostSignificantBits();
                uint hits = Specials(v).ExtractMostSignificantBits() | (spaces & ((spaces << 1) | spaceBefore));
                if (hits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(hits);
                }

                spaceBefore = (spaces >> (Vector256<ushort>.Count - 1)) & 1;
            }

            if (i < text.Length)
            {
                // The rest, shorter than a vector: the last vector of the text, its lanes before i (already read) masked
                // off, instead of a character at a time (a line's last characters, on every line).
                int last = chars.Length - Vector256<ushort>.Count;
                var v = Vector256.Create(chars.Slice(last, Vector256<ushort>.Count));
                uint spaces = Vector256.Equals(v, Vector256.Create((ushort)' ')).ExtractMostSignificantBits();
                spaceBefore = chars[last - 1] == ' ' ? 1u : 0u;
                uint hits = (Specials(v).ExtractMostSignificantBits() | (spaces & ((spaces << 1) | spaceBefore))) & (uint.MaxValue << (i - last));
                return hits != 0 ? last + BitOperations.TrailingZeroCount(hits) : -1;
            }

            return -1;
        }

        for (; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == ' ' ? i > 0 && text[i - 1] == ' ' : s_special.Contains(ch))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><see cref="IndexOfRunEnd"/> a vector of 32 characters at a time, for a text of at least 32.</summary>
    private static int IndexOfRunEnd512(ReadOnlySpan<char> text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        ulong spaceBefore = 0; // 1 when the lane before this vector's first holds a space
        int i = 0;
        for (; i <= chars.Length - Vector512<ushort>.Count; i += Vector512<ushort>.Count)
        {
            var v = Vector512.Create(chars.Slice(i, Vector512<ushort>.Count));
            ulong spaces = Vector512.Equals(v, Vector512.Create((ushort)' ')).ExtractMostSignificantBits();
            ulong hits = Specials(v).ExtractMostSignificantBits() | (spaces & ((spaces << 1) | spaceBefore));
            if (hits != 0)
            {
                return i + BitOperations.TrailingZeroCount(hits);
            }

            spaceBefore = (spaces >> (Vector512<ushort>.Count - 1)) & 1;
        }

        if (i < text.Length)
        {
            // The rest: the last vector of the text, its lanes before i (already read) masked off.
            int last = chars.Length - Vector512<ushort>.Count;
            var v = Vector512.Create(chars.Slice(last, Vector512<ushort>.Count));
            ulong spaces = Vector512.Equals(v, Vector512.Create((ushort)' ')).ExtractMostSignificantBits();
            spaceBefore = chars[last - 1] == ' ' ? 1UL : 0UL;
            ulong hits = (Specials(v).ExtractMostSignificantBits() | (spaces & ((spaces << 1) | spaceBefore))) & (ulong.MaxValue << (i - last));
            return hits != 0 ? last + BitOperations.TrailingZeroCount(hits) : -1;
        }

        return -1;
    }

    /// <summary><see cref="Specials(Vector256{ushort})"/> for 32 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Specials(Vector512<ushort> v) =>
        Vector512.LessThanOrEqual(v - Vector512.Create((ushort)0x0009), Vector512.Create((ushort)4))
        | Vector512.Equals(v, Vector512.Create((ushort)'['))
        | Vector512.Equals(v, Vector512.Create((ushort)0x0085))
        | Vector512.Equals(v, Vector512.Create((ushort)0x00A0))
        | Vector512.Equals(v, Vector512.Create((ushort)0x00AD))
        | Vector512.Equals(v, Vector512.Create((ushort)0x061C))
        | Vector512.Equals(v, Vector512.Create((ushort)0x1680))
        | Vector512.LessThanOrEqual(v - Vector512.Create((ushort)0x2000), Vector512.Create((ushort)0x0F))
        | Vector512.LessThanOrEqual(v - Vector512.Create((ushort)0x2028), Vector512.Create((ushort)0x07))
        | Vector512.LessThanOrEqual(v - Vector512.Create((ushort)0x205F), Vector512.Create((ushort)0x01))
        | Vector512.Equals(v, Vector512.Create((ushort)0x3000))
        | Vector512.Equals(v, Vector512.Create((ushort)0xFEFF));

    /// <summary>
    /// The lanes of <paramref name="v"/> that hold a character of <see cref="s_special"/>. Unsigned compares of v − low
    /// against high − low test a range; the set is U+0009–U+000D, '[', U+0085, U+00A0, U+00AD, U+061C, U+1680,
    /// U+2000–U+200F, U+2028–U+202F, U+205F–U+2060, U+3000 and U+FEFF.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Specials(Vector256<ushort> v) =>
        Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x0009), Vector256.Create((ushort)4))
        | Vector256.Equals(v, Vector256.Create((ushort)'['))
        | Vector256.Equals(v, Vector256.Create((ushort)0x0085))
        | Vector256.Equals(v, Vector256.Create((ushort)0x00A0))
        | Vector256.Equals(v, Vector256.Create((ushort)0x00AD))
        | Vector256.Equals(v, Vector256.Create((ushort)0x061C))
        | Vector256.Equals(v, Vector256.Create((ushort)0x1680))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x0F))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x2028), Vector256.Create((ushort)0x07))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x205F), Vector256.Create((ushort)0x01))
        | Vector256.Equals(v, Vector256.Create((ushort)0x3000))
        | Vector256.Equals(v, Vector256.Create((ushort)0xFEFF));

    /// <summary>True for the characters <see cref="AppendLine"/> does not copy as they stand (see <see cref="s_special"/>).</summary>
    internal static bool IsSpecial(char ch) => s_special.Contains(ch);

    internal static bool IsCjk(char ch) =>
        ch is (>= '\u3000' and <= '\u303F') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF')
        or '“' or '”' or '‘' or '’' or '《' or '》';

    private static bool JoinsWithoutSpace(char previous, char next) =>
        (IsCjk(previous) && IsCjk(next)) || previous == '/' || (previous is '-' or '\u2011' && char.IsLower(next));

    private static bool IsSpace(char ch) => IsWhiteSpace(ch) || ch == '\u3000';

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/> without the Unicode tables for the letters of other scripts (Chinese, Arabic,
    /// Russian text starts and ends its lines with them, and every line's ends are tested): above U+00FF only U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 are white space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhiteSpace(char ch) => ch <= '\u00FF'
        ? char.IsWhiteSpace(ch)
        : ch is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    /// <summary><paramref name="text"/> without the white space (<see cref="IsWhiteSpace"/>) it starts with.</summary>
    internal static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text[start..];
    }

    /// <summary><paramref name="text"/> without the white space (<see cref="IsWhiteSpace"/>) it starts and ends with.</summary>
    internal static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        text = TrimStart(text);
        int end = text.Length;
        while (end > 0 && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    private static bool IsInvisible(char ch) => ch is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u061C';

    private bool TryMarkdownReference(int at, int end, out int number, out int length)
    {
        number = 0;
        length = 0;
        if (at + 3 >= end || _source[at + 1] != '^')
        {
            return false;
        }

        int i = at + 2;
        while (i < end && char.IsAsciiDigit(_source[i]) && i - at < 6)
        {
            number = (number * 10) + (_source[i] - '0');
            i++;
        }

        if (i == at + 2 || i >= end || _source[i] != ']')
        {
            return false;
        }

        length = i - at + 1;
        return true;
    }

    private void Append(char ch, int offset)
    {
        _text.Append(ch, offset);
    }

    /// <summary>
    /// Characters in a growable array (a StringBuilder's indexer walks chunks) and their source offsets as runs (see
    /// <see cref="Clause"/>), rented from the shared pools: a document's clauses reuse them, and <see cref="Release"/>
    /// hands them back.
    /// </summary>
    private sealed class Buffer
    {
        private char[] _chars = [];
        private int[] _runs = [];
        private int _runCount;

        public int Length { get; set; }

        public char[] Chars => _chars;

        public char this[int index] => _chars[index];

        public char this[Index index] => _chars[index.GetOffset(Length)];

        public void EnsureCapacity(int capacity)
        {
            if (capacity > _chars.Length)
            {
                Grow(capacity);
            }
        }

        public void Append(char ch, int offset)
        {
            if (Length == _chars.Length)
            {
                Grow(Length + 1);
            }

            _chars[Length] = ch;
            Map(Length, offset);
            Length++;
        }

        /// <summary>
        /// Records that the character at <paramref name="index"/> (and those after it, until the next call) comes from
        /// <paramref name="offset"/>: a new run unless it continues the last one.
        /// </summary>
        public void Map(int index, int offset)
        {
            // Runs past the text's end were cut off (trailing spaces dropped).
            while (_runCount > 0 && _runs[2 * (_runCount - 1)] >= index)
            {
                _runCount--;
            }

            if (_runCount > 0)
            {
                int last = 2 * (_runCount - 1);
                if (_runs[last + 1] + (index - _runs[last]) == offset)
                {
                    return;
                }
            }

            if (2 * (_runCount + 1) > _runs.Length)
            {
                int[] runs = ArrayPool<int>.Shared.Rent(Math.Max(64, _runs.Length * 2));
                _runs.AsSpan(0, 2 * _runCount).CopyTo(runs);
                ReturnRuns();
                _runs = runs;
            }

            _runs[2 * _runCount] = index;
            _runs[(2 * _runCount) + 1] = offset;
            _runCount++;
        }

        public int[] Runs()
        {
            while (_runCount > 0 && _runs[2 * (_runCount - 1)] >= Length)
            {
                _runCount--;
            }

            return _runs.AsSpan(0, 2 * _runCount).ToArray();
        }

        public override string ToString() => new(_chars, 0, Length);

        public void Clear()
        {
            Length = 0;
            _runCount = 0;
        }

        public void Release()
        {
            Clear();
            if (_chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_chars);
            }

            ReturnRuns();
            _chars = [];
            _runs = [];
        }

        private void Grow(int capacity)
        {
            int size = Math.Max(Math.Max(capacity, _chars.Length * 2), 4096);
            char[] chars = ArrayPool<char>.Shared.Rent(size);
            _chars.AsSpan(0, Length).CopyTo(chars);
            if (_chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_chars);
            }

            _chars = chars;
        }

        private void ReturnRuns()
        {
            if (_runs.Length > 0)
            {
                ArrayPool<int>.Shared.Return(_runs);
            }
        }
    }
}
