using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lineage.Documents.Html;

/// <summary>
/// The visible text of an HTML page of a resolution, in the shape <see cref="Text.TextDocumentFactory"/> reads: one
/// line per block (paragraph, heading, list item, table cell) with a blank line between blocks; <c>&lt;pre&gt;</c> text
/// as printed; script, style, navigation and hidden elements dropped; footnote markers (<c>&lt;sup&gt;1&lt;/sup&gt;</c>,
/// Word's <c>&lt;a href="#_ftn1"&gt;[1]&lt;/a&gt;</c>, the typewriter <c>1/</c> of the UN's old pages) on a line of their own;
/// and the footnotes (Word's <c>id="ftn1"</c>, <c>id="fn1"</c>, <c>role="doc-endnote"</c>, or the <c>1/</c> notes under a
/// rule in old pages) after a rule line of spaces at the end, each as <c>N</c> then <c> text</c>.
/// </summary>
public static partial class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "nav", "form", "button", "select", "option", "textarea",
        "iframe", "svg", "canvas", "object", "embed", "map", "audio", "video",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
        "thead", "tbody", "tfoot", "caption", "blockquote", "center", "section", "article", "aside", "main", "header",
        "footer", "address", "figure", "figcaption", "hr", "body", "html", "pre", "fieldset", "details", "summary",
    };

    /// <summary>Extracts the visible text of <paramref name="html"/>.</summary>
    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var writer = new Writer();
        var footnotes = new SortedDictionary<int, string>();
        if (document.Body is { } body)
        {
            CollectFootnotes(body, footnotes);
            writer.Walk(body);
        }

        string text = writer.ToString();
        foreach (var (number, note) in writer.PreFootnotes)
        {
            footnotes.TryAdd(number, note);
        }

        if (footnotes.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text);
        result.Append(Pdf.PdfTextExtractor.FootnoteRule).Append('\n');
        foreach (var (number, note) in footnotes)
        {
            result.Append(number.ToString(CultureInfo.InvariantCulture)).Append("\n ").Append(note).Append('\n');
        }

        return result.ToString();
    }

    /// <summary>Finds footnote definitions, takes their text, and removes them from the page so the body walk skips them.</summary>
    private static void CollectFootnotes(IElement body, SortedDictionary<int, string> footnotes)
    {
        var definitions = new List<(IElement Element, int Number)>();
        foreach (var element in body.QuerySelectorAll("[id], [role]"))
        {
            string role = element.GetAttribute("role") ?? string.Empty;
            var id = FootnoteId().Match(element.Id ?? string.Empty);
            if (id.Success && !IsMarkerElement(element))
            {
                definitions.Add((element, int.Parse(id.Groups["n"].Value, CultureInfo.InvariantCulture)));
            }
            else if (role is "doc-endnote" or "doc-footnote" && LeadingNumber(element.TextContent) is { } n)
            {
                definitions.Add((element, n));
            }
        }

        // Word names the note's back link, not its container: <p><a name="_ftn1" href="#_ftnref1">[1]</a> text</p>.
        foreach (var anchor in body.QuerySelectorAll("a[name]"))
        {
            var name = FootnoteId().Match(anchor.GetAttribute("name") ?? string.Empty);
            if (name.Success && !name.Value.Contains("ref", StringComparison.OrdinalIgnoreCase) && anchor.ParentElement is { } parent
                && !definitions.Any(d => d.Element.Contains(anchor)))
            {
                definitions.Add((parent.LocalName == "sup" || parent.LocalName == "span" ? parent.Closest("p, li, div") ?? parent : parent,
                    int.Parse(name.Groups["n"].Value, CultureInfo.InvariantCulture)));
            }
        }

        foreach (var (element, number) in definitions)
        {
            if (element.Parent is null || footnotes.ContainsKey(number))
            {
                continue;
            }

            var writer = new Writer { InFootnote = true };
            writer.Walk(element);
            string note = Collapse(writer.ToString());
            note = LeadingMarker().Replace(note, string.Empty, 1);
            footnotes[number] = note;
            element.Remove();
        }
    }

    private static bool IsMarkerElement(IElement element) =>
        element.LocalName is "a" or "sup" or "span" && (element.TextContent.Trim().Length <= 5);

    private static int? LeadingNumber(string text)
    {
        var m = LeadingMarker().Match(text.TrimStart());
        return m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The footnote number a marker element shows: "1", "[1]", "(1)", "1/"; null when it is not a marker.</summary>
    private static int? MarkerNumber(IElement element)
    {
        string text = element.TextContent.Trim();
        var m = MarkerText().Match(text);
        if (!m.Success)
        {
            return null;
        }

        int n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (element.LocalName == "sup")
        {
            return n;
        }

        string href = element.GetAttribute("href") ?? string.Empty;
        return element.LocalName == "a" && href.StartsWith('#') && FootnoteId().IsMatch(href[1..]) ? n : null;
    }

    [GeneratedRegex(@"^_?(?:ftn|fn|footnote|note|endnote|edn)[-_:]?(?:ref[-_:]?)?(?<n>[0-9]{1,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteId();

    [GeneratedRegex(@"^[\[(]?(?<n>[0-9]{1,3})[\])/]?$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerText();

    [GeneratedRegex(@"^\s*[\[(]?(?<n>[0-9]{1,3})[\])/.]?(?=\s|$)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>Old UN pages mark footnotes like a typewriter: "… was launched, 1/".</summary>
    [GeneratedRegex(@"(?:(?<=\S)[ \t]+|^[ \t]*)(?<n>[0-9]{1,2})/(?=[ \t]*$|[ \t]+\S|[,.;:)])", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex TypewriterMarker();

    [GeneratedRegex(@"^[ \t]*(?<n>[0-9]{1,2})/[ \t]+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TypewriterNote();

    [GeneratedRegex(@"^[ \t]*_{5,}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnderscoreRule();

    /// <summary>Walks the DOM writing lines.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _line = new();
        private bool _afterMarker;
        private bool _blockStart = true;

        public bool InFootnote { get; init; }

        /// <summary>Footnotes found as typewriter notes under a rule inside <c>&lt;pre&gt;</c>.</summary>
        public List<(int Number, string Text)> PreFootnotes { get; } = [];

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        AppendInline(text.Data);
                        break;
                    case IElement element:
                        Element(element);
                        break;
                }
            }
        }

        public override string ToString()
        {
            EndBlock();
            return _text.ToString();
        }

        private void Element(IElement element)
        {
            string name = element.LocalName;
            if (Skipped.Contains(name) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
                || (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || element.GetAttribute("role") == "navigation")
            {
                return;
            }

            if (name == "br")
            {
                EndLine();
                return;
            }

            if (!InFootnote && MarkerNumber(element) is { } marker)
            {
                // As in text taken from PDFs: the marker on a line of its own, the sentence going on below it (after a
                // space when the page has one there).
                EndLine();
                _text.Append(marker.ToString(CultureInfo.InvariantCulture)).Append('\n');
                _afterMarker = true;
                return;
            }

            if (name == "pre")
            {
                EndBlock();
                Pre(element.TextContent);
                return;
            }

            bool block = Blocks.Contains(name);
            if (block)
            {
                EndBlock();
            }

            Walk(element);
            if (block)
            {
                EndBlock();
            }
        }

        private void AppendInline(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0')
                {
                    if ((_line.Length > 0 || _afterMarker) && (_line.Length == 0 || _line[^1] != ' '))
                    {
                        _line.Append(' ');
                    }
                }
                else
                {
                    _line.Append(c);
                }
            }
        }

        /// <summary>Preformatted text: lines as printed; typewriter markers and the notes under the rule rewritten.</summary>
        private void Pre(string data)
        {
            string text = data.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ');
            var lines = text.Split('\n');
            int rule = Array.FindLastIndex(lines, l => UnderscoreRule().IsMatch(l));
            bool notes = rule >= 0 && lines.Skip(rule + 1).Any(l => TypewriterNote().IsMatch(l));
            int end = notes ? rule : lines.Length;
            var body = string.Join("\n", lines[..end]).TrimEnd();
            body = TypewriterMarker().Replace(body, m =>
                (m.Index == 0 || body[m.Index - 1] == '\n' ? string.Empty : "\n") + m.Groups["n"].Value + "\n");
            foreach (string line in body.Split('\n'))
            {
                _text.Append(line.TrimEnd()).Append('\n');
            }

            _text.Append('\n');
            if (!notes)
            {
                return;
            }

            (int Number, StringBuilder Text)? current = null;
            foreach (string line in lines.Skip(rule + 1))
            {
                var note = TypewriterNote().Match(line);
                if (note.Success)
                {
                    if (current is { } done)
                    {
                        PreFootnotes.Add((done.Number, Collapse(done.Text.ToString())));
                    }

                    current = (int.Parse(note.Groups["n"].Value, CultureInfo.InvariantCulture), new StringBuilder(note.Groups["text"].Value));
                }
                else if (current is { } open && line.Trim().Length > 0)
                {
                    open.Text.Append(' ').Append(line.Trim());
                }
            }

            if (current is { } last)
            {
                PreFootnotes.Add((last.Number, Collapse(last.Text.ToString())));
            }
        }

        private void EndLine()
        {
            // A block's first line is indented by one space, as a paragraph's first line is in text taken from PDFs;
            // the text after a footnote marker keeps the space the page has there.
            string line = _line.ToString().Trim();
            if (line.Length > 0)
            {
                bool indent = _afterMarker ? _line[0] == ' ' : _blockStart;
                _text.Append(indent ? " " : string.Empty).Append(line).Append('\n');
                _blockStart = false;
            }

            _line.Clear();
            _afterMarker = false;
        }

        private void EndBlock()
        {
            EndLine();
            _blockStart = true;
            if (_text.Length > 0 && !(_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n'))
            {
                _text.Append('\n');
            }
        }
    }
}
