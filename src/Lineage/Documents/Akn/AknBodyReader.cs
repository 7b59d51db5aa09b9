using System.Collections.Frozen;
using System.Globalization;
using System.Xml.Linq;
using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// Walks the body of an AKN4UN statement (preface, preamble, main body, attachments, components) and cuts it into
/// clauses: one per preambular <c>&lt;container&gt;</c> (or <c>&lt;crossHeading refersTo="#preamble"&gt;</c>), one per
/// operative <c>&lt;paragraph&gt;</c> with its sub-paragraphs, one per <c>&lt;authorialNote&gt;</c>, and heading lines.
/// </summary>
internal sealed class AknBodyReader
{
    private static readonly FrozenSet<string> s_blocks = new[]
    {
        "p", "content", "list", "intro", "point", "sublist", "wrapUp", "num", "blockList", "item", "listIntroduction",
        "table", "tr", "td", "th", "alinea", "subheading", "heading", "paragraph", "subparagraph", "blockContainer",
        "container", "crossHeading", "eol", "br", "img", "tblock", "section",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly List<AknClauseBuilder> _clauses = [];
    private int _preamble;
    private AknClauseBuilder? _lastOperative;

    /// <summary>The clauses read so far, footnotes placed after the clause that carries their marker.</summary>
    public IReadOnlyList<AknClauseBuilder> Clauses => _clauses;

    /// <summary>Reads a <c>statement</c>, <c>documentCollection</c>, <c>doc</c> or similar document element.</summary>
    public void ReadDocument(XElement document)
    {
        foreach (var child in document.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "preface":
                    ReadPreface(child);
                    break;
                case "preamble":
                    ReadPreamble(child);
                    break;
                case "mainBody":
                case "body":
                    ReadHierarchy(child);
                    break;
                case "attachments":
                case "components":
                    foreach (var holder in child.Elements())
                    {
                        foreach (var inner in holder.Elements())
                        {
                            ReadDocument(inner);
                        }
                    }

                    break;
                default:
                    // meta, coverPage, conclusions, collectionBody (references to the components): no clause text.
                    break;
            }
        }
    }

    private void ReadPreface(XElement preface)
    {
        foreach (var title in preface.Descendants().Where(e => e.Name.LocalName == "docTitle"))
        {
            var clause = new AknClauseBuilder(CitationSite.Heading, null);
            WalkChildren(title, clause);
            Add(clause);
        }
    }

    private void ReadPreamble(XElement preamble)
    {
        foreach (var child in preamble.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "formula":
                    break;
                case "container":
                    ReadPreambular(child, child.Attribute("name")?.Value);
                    break;
                default:
                    if (HasLetters(child))
                    {
                        ReadPreambular(child, null);
                    }

                    break;
            }
        }
    }

    private void ReadPreambular(XElement element, string? verb)
    {
        verb ??= LeadingItalic(element);
        var clause = new AknClauseBuilder(CitationSite.Preamble(++_preamble), string.IsNullOrWhiteSpace(verb) ? null : verb.Trim());
        WalkChildren(element, clause);
        Add(clause);
    }

    /// <summary>A main body, section, part or chapter: headings, preambular cross-headings, paragraphs, nested levels.</summary>
    private void ReadHierarchy(XElement level)
    {
        AknClauseBuilder? heading = null;
        foreach (var child in level.Elements())
        {
            string name = child.Name.LocalName;
            if (name is "num" or "heading" or "subheading")
            {
                heading ??= new AknClauseBuilder(CitationSite.Heading, null);
                heading.Space();
                WalkChildren(child, heading);
                continue;
            }

            if (heading is not null)
            {
                Add(heading);
                heading = null;
            }

            switch (name)
            {
                case "paragraph":
                    ReadParagraph(child);
                    break;
                case "crossHeading":
                    if (string.Equals(child.Attribute("refersTo")?.Value, "#preamble", StringComparison.Ordinal))
                    {
                        ReadPreambular(child, null);
                    }
                    else
                    {
                        ReadBlock(child, CitationSite.Heading);
                    }

                    break;
                case "section" or "part" or "chapter" or "title" or "division" or "subsection" or "hcontainer" or "article":
                    ReadHierarchy(child);
                    break;
                case "p":
                    if (HasLetters(child))
                    {
                        ReadBlock(child, CitationSite.Heading);
                    }

                    break;
                default:
                    if (HasLetters(child))
                    {
                        ReadBlock(child, new CitationSite(SiteKind.Operative, null));
                    }

                    break;
            }
        }

        if (heading is not null)
        {
            Add(heading);
        }
    }

    private void ReadParagraph(XElement paragraph)
    {
        var num = paragraph.Elements().FirstOrDefault(e => e.Name.LocalName == "num");
        string numText = num is null ? string.Empty : num.Value.Trim();
        int? number = ParseNumber(numText);
        var headings = paragraph.Elements().Where(e => e.Name.LocalName is "heading" or "subheading").ToList();
        var body = paragraph.Elements().Where(e => e.Name.LocalName is not ("num" or "heading" or "subheading")).ToList();

        if (headings.Count > 0)
        {
            var heading = new AknClauseBuilder(CitationSite.Heading, null);
            if (body.Count == 0 || number is null)
            {
                heading.Append(numText);
                heading.Space();
            }

            foreach (var element in headings)
            {
                heading.Space();
                WalkChildren(element, heading);
            }

            Add(heading);
        }

        if (body.Count == 0)
        {
            return;
        }

        if (headings.Count == 0 && number is null && _lastOperative is { } parent && IsSubParagraphNumber(numText))
        {
            // "(a) To cooperate …" marked up as a paragraph of its own: a sub-paragraph of the paragraph before it.
            int notes = parent.Footnotes.Count;
            parent.Space();
            parent.Append(numText);
            parent.Space();
            foreach (var element in body)
            {
                Walk(element, parent);
            }

            foreach (var note in parent.Footnotes.Skip(notes))
            {
                _clauses.Add(note);
                AddFootnotes(note);
            }

            return;
        }

        var clause = new AknClauseBuilder(new CitationSite(SiteKind.Operative, number), LeadingItalic(body[0]));
        if (number is null && numText.Length > 0 && headings.Count == 0)
        {
            // "(a)", "A.": a number that is not an operative paragraph number stays in the text.
            clause.Append(numText);
            clause.Space();
        }

        foreach (var element in body)
        {
            Walk(element, clause);
        }

        if (number is null && numText.Length == 0)
        {
            clause.TakeLeadingNumber();
        }

        Add(clause);
        _lastOperative = clause;
    }

    /// <summary><c>(a)</c>, <c>a)</c>, <c>(iv)</c>, <c>(أ)</c>: the number of a sub-paragraph.</summary>
    private static bool IsSubParagraphNumber(string text) =>
        text.Length is > 1 and < 8 && (text[0] == '(' || text[^1] == ')') && text.Trim('(', ')').All(char.IsLetter);

    private void ReadBlock(XElement element, CitationSite site)
    {
        var clause = new AknClauseBuilder(site, null);
        Walk(element, clause);
        Add(clause);
    }

    private void Add(AknClauseBuilder clause)
    {
        _lastOperative = null;
        if (clause.Length > 0 || clause.Links.Count > 0)
        {
            _clauses.Add(clause);
        }

        AddFootnotes(clause);
    }

    private void AddFootnotes(AknClauseBuilder clause)
    {
        foreach (var note in clause.Footnotes)
        {
            _clauses.Add(note);
            AddFootnotes(note);
        }
    }

    private static void Walk(XElement element, AknClauseBuilder clause)
    {
        string name = element.Name.LocalName;
        switch (name)
        {
            case "authorialNote" or "note":
                int marker = ParseMarker(element.Attribute("marker")?.Value);
                clause.Markers.Add(marker);
                clause.MarkerPositions.Add(clause.Length);
                var note = new AknClauseBuilder(CitationSite.Footnote(marker), null);
                WalkChildren(element, note);
                note.TrimLeading("()");
                clause.Footnotes.Add(note);
                return;
            case "a":
                clause.OpenLink(element.Attribute("href")?.Value ?? string.Empty);
                WalkChildren(element, clause);
                clause.CloseLink();
                return;
            case "sup" when IsMarkerBracket(element):
                return;
            case "meta" or "decoration" or "img":
                clause.Space();
                return;
            default:
                break;
        }

        bool block = s_blocks.Contains(name);
        if (block)
        {
            clause.Space();
        }

        WalkChildren(element, clause);
        if (block)
        {
            clause.Space();
        }
    }

    private static void WalkChildren(XElement element, AknClauseBuilder clause)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    clause.Append(text.Value);
                    break;
                case XElement child:
                    Walk(child, clause);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Arabic texts print footnote markers in brackets: <c>&lt;sup&gt;(&lt;/sup&gt;&lt;authorialNote/&gt;&lt;sup&gt;)&lt;/sup&gt;</c>.</summary>
    private static bool IsMarkerBracket(XElement sup)
    {
        string text = sup.Value.Trim();
        if (text == "(")
        {
            return sup.ElementsAfterSelf().FirstOrDefault()?.Name.LocalName == "authorialNote";
        }

        if (text == ")")
        {
            return sup.ElementsBeforeSelf().LastOrDefault()?.Name.LocalName == "authorialNote";
        }

        return false;
    }

    /// <summary>The italic words that open a clause ("Recalling", "Reaffirms"), where the markup gives no name.</summary>
    private static string? LeadingItalic(XElement element)
    {
        foreach (var node in element.DescendantNodes())
        {
            switch (node)
            {
                case XText text when text.Value.Any(char.IsLetter):
                    return null;
                case XElement { Name.LocalName: "span" } span
                    when (span.Attribute("class")?.Value ?? string.Empty).Contains("italic", StringComparison.Ordinal):
                    string words = string.Join(' ', span.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    return words.Length > 0 ? words : null;
                case XElement { Name.LocalName: "a" or "authorialNote" }:
                    return null;
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>Operative paragraph numbers: <c>1.</c>, Arabic <c>1 -</c>; null for letters and Roman numerals.</summary>
    internal static int? ParseNumber(string text)
    {
        int value = 0;
        bool any = false;
        foreach (char ch in text)
        {
            if (char.IsLetter(ch))
            {
                return null;
            }

            int digit = CharUnicodeInfo.GetDecimalDigitValue(ch);
            if (digit >= 0)
            {
                if (value > 100_000)
                {
                    return null;
                }

                value = (value * 10) + digit;
                any = true;
            }
        }

        return any ? value : null;
    }

    /// <summary>Footnote markers are numbers; a <c>*</c> footnote gets 0.</summary>
    private static int ParseMarker(string? marker) => ParseNumber(marker ?? string.Empty) ?? 0;

    private static bool HasLetters(XElement element) => element.Value.Any(char.IsLetter);
}
