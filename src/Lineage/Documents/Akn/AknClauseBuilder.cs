using System.Globalization;
using System.Text;
using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// Collects the text of one clause while the reader walks its XML: XML layout whitespace collapsed to single
/// spaces, links recorded as ranges of the clause text, footnotes moved out into clauses of their own.
/// </summary>
internal sealed class AknClauseBuilder(CitationSite site, string? verb)
{
    private readonly StringBuilder _text = new();
    private readonly List<LinkInProgress> _open = [];
    private bool _pendingSpace;

    public CitationSite Site { get; private set; } = site;

    public string? Verb { get; } = verb;

    public List<(string Href, int Start, int Length)> Links { get; } = [];

    public List<int> Markers { get; } = [];

    /// <summary>Where each of <see cref="Markers"/> stands: the index in the text before which its superscript is printed.</summary>
    public List<int> MarkerPositions { get; } = [];

    /// <summary>Footnotes whose markers stand in this clause, in order; they follow the clause in the document.</summary>
    public List<AknClauseBuilder> Footnotes { get; } = [];

    public int Length => _text.Length;

    public string Text => _text.ToString();

    /// <summary>Ends a block: the next text starts after one space.</summary>
    public void Space() => _pendingSpace = _text.Length > 0;

    public void Append(string text)
    {
        foreach (char ch in text)
        {
            if (ch is ' ' or '\t' or '\r' or '\n')
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            foreach (var link in _open)
            {
                link.Start ??= _text.Length;
            }

            _text.Append(ch);
        }
    }

    /// <summary>Drops a leading placeholder (Arabic footnotes open with <c>()</c>, where the PDF prints the marker).</summary>
    public void TrimLeading(string placeholder)
    {
        if (_open.Count > 0 || !Text.StartsWith(placeholder, StringComparison.Ordinal))
        {
            return;
        }

        int cut = placeholder.Length;
        if (cut < _text.Length && _text[cut] == ' ')
        {
            cut++;
        }

        RemoveStart(cut);
    }

    /// <summary>
    /// An operative paragraph whose number the markup leaves in the text (<c>&lt;p&gt;39 -\t…</c>, as Arabic files
    /// do where the other languages have <c>&lt;num&gt;</c>): the number becomes the site's and leaves the text.
    /// One to three digits (any script) followed by a dash or a full stop and a space; nothing else is touched.
    /// </summary>
    public void TakeLeadingNumber()
    {
        if (Site.Kind != SiteKind.Operative || Site.Number is not null || _open.Count > 0)
        {
            return;
        }

        int value = 0;
        int at = 0;
        while (at < _text.Length && at < 3 && CharUnicodeInfo.GetDecimalDigitValue(_text[at]) is int digit and >= 0)
        {
            value = (value * 10) + digit;
            at++;
        }

        if (at == 0 || value == 0)
        {
            return;
        }

        int mark = at < _text.Length && _text[at] == ' ' ? at + 1 : at;
        if (mark + 1 >= _text.Length || _text[mark] is not ('-' or '\u2013' or '.') || _text[mark + 1] != ' ')
        {
            return;
        }

        RemoveStart(mark + 2);
        Site = new CitationSite(SiteKind.Operative, value);
    }

    public void OpenLink(string href) => _open.Add(new LinkInProgress(href));

    /// <summary>Removes the first <paramref name="count"/> characters; links move with the text.</summary>
    private void RemoveStart(int count)
    {
        _text.Remove(0, count);
        for (int i = 0; i < Links.Count; i++)
        {
            var (href, start, length) = Links[i];
            Links[i] = (href, Math.Max(0, start - count), length);
        }

        for (int i = 0; i < MarkerPositions.Count; i++)
        {
            MarkerPositions[i] = Math.Max(0, MarkerPositions[i] - count);
        }
    }

    public void CloseLink()
    {
        var link = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        int start = link.Start ?? _text.Length;
        Links.Add((link.Href, start, _text.Length - start));
    }

    private sealed class LinkInProgress(string href)
    {
        public string Href { get; } = href;

        public int? Start { get; set; }
    }
}
