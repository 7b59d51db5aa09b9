using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lineage.Model;

namespace Lineage.Tests.Documents.Html;

/// <summary>
/// Builds the web pages of a resolution the tests read, from the text of its AKN4UN file (no HTML page is in the
/// corpus): an ODS-style page as Word exports it (MsoNormal paragraphs, <c>[1]</c> footnote references, footnotes in
/// <c>div id="ftn1"</c>), and an old un.org page (<c>ares51-45.htm</c> style: a masthead table and the text in
/// <c>&lt;pre&gt;</c>, typewriter footnotes <c>1/</c> under a rule). Also gives the answer key: the resolutions the AKN
/// markup links, and the footnote each link stands in.
/// </summary>
internal sealed partial class AknPages
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private AknPages(string symbol, List<string> paragraphs, List<string> notes, List<(DocumentSymbol Target, int? Footnote)> links)
    {
        Symbol = symbol;
        Paragraphs = paragraphs;
        Notes = notes;
        Links = links;
    }

    public string Symbol { get; }

    /// <summary>Paragraph texts with footnote markers written as <c>{{N}}</c>.</summary>
    public List<string> Paragraphs { get; }

    /// <summary>Footnote texts, footnote N at index N−1.</summary>
    public List<string> Notes { get; }

    /// <summary>Resolutions the markup links (<c>&lt;a href="https://undocs.org/…/A/RES/…"&gt;</c>), with the footnote they stand in.</summary>
    public List<(DocumentSymbol Target, int? Footnote)> Links { get; }

    public static AknPages Load(string path)
    {
        var root = XDocument.Load(path).Root!;
        var paragraphs = new List<string>();
        var notes = new List<string>();
        var links = new List<(DocumentSymbol, int?)>();
        foreach (var p in root.Descendants(Akn + "p"))
        {
            if (p.Ancestors(Akn + "authorialNote").Any() || p.Ancestors(Akn + "meta").Any())
            {
                continue;
            }

            var text = new StringBuilder();
            Write(p, text, notes, links, null);
            string paragraph = Collapse(text.ToString());
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        // A_RES_78_102-2324976E.xml → A/RES/78/102
        string symbol = Path.GetFileNameWithoutExtension(path).Split('-')[0].Replace('_', '/');
        return new AknPages(symbol, paragraphs, notes, links);
    }

    /// <summary>The page as UN ODS serves it: HTML exported from Word, with script, style and navigation around the text.</summary>
    public string OdsPage()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Resolution</title>\n")
            .Append("<style>p.MsoNormal { margin: 0 } .Recalling { font-style: italic }</style>\n")
            .Append("<script>var recalled = 'resolution 12/34 of 1 January 2000';</script></head>\n<body lang=EN-US>\n")
            .Append("<nav><a href=\"/\">Home</a> | <a href=\"/ga\">General Assembly resolution 99/99</a></nav>\n")
            .Append("<div class=WordSection1>\n");
        foreach (string paragraph in Paragraphs)
        {
            string body = WebUtility.HtmlEncode(paragraph);
            body = MarkerPattern().Replace(body, m =>
                $"<a style='mso-footnote-id:ftn{m.Groups[1].Value}' href=\"#_ftn{m.Groups[1].Value}\" name=\"_ftnref{m.Groups[1].Value}\" title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'>[{m.Groups[1].Value}]</span></span></a>");
            html.Append("<p class=MsoNormal><span lang=EN-GB>").Append(body).Append("</span></p>\n");
        }

        html.Append("</div>\n<div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width=\"33%\">\n");
        for (int i = 0; i < Notes.Count; i++)
        {
            html.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<div style='mso-element:footnote' id=ftn{i + 1}><p class=MsoFootnoteText><a style='mso-footnote-id:ftn{i + 1}' href=\"#_ftnref{i + 1}\" name=\"_ftn{i + 1}\" title=\"\"><span class=MsoFootnoteReference>[{i + 1}]</span></a> {WebUtility.HtmlEncode(Notes[i])}</p></div>\n");
        }

        html.Append("</div>\n<p style=\"display:none\">Recalling resolution 11/11</p></body></html>\n");
        return html.ToString();
    }

    /// <summary>The page as the old un.org site serves it: a masthead table, then the text in &lt;pre&gt; as typed.</summary>
    public string UnOrgPage()
    {
        var pre = new StringBuilder();
        foreach (string paragraph in Paragraphs)
        {
            string typed = MarkerPattern().Replace(paragraph, m => " " + m.Groups[1].Value + "/");
            foreach (string line in Wrap("      " + typed, 72))
            {
                pre.Append(line).Append('\n');
            }

            pre.Append('\n');
        }

        if (Notes.Count > 0)
        {
            pre.Append("                                _______________\n\n");
            for (int i = 0; i < Notes.Count; i++)
            {
                var lines = Wrap(System.Globalization.CultureInfo.InvariantCulture, $"     {i + 1}/  {Notes[i]}", 72);
                pre.Append(string.Join("\n", lines)).Append("\n\n");
            }
        }

        return "<html>\n<head>\n<title>" + Symbol + "</title>\n</head>\n<body bgcolor=\"#FFFFFF\">\n"
            + "<table width=\"100%\"><tr><td>United Nations</td><td align=right>" + WebUtility.HtmlEncode(Symbol) + "</td></tr>\n"
            + "<tr><td><b>General Assembly</b></td><td>Distr. GENERAL</td></tr></table>\n<hr>\n<pre>\n"
            + WebUtility.HtmlEncode(pre.ToString()) + "</pre>\n<hr>\n<p><a href=\"/documents/resga.htm\">Return to resolutions</a></p>\n</body>\n</html>\n";
    }

    /// <summary>The same text as plain paragraphs (blank lines between, markers on lines of their own, footnotes at the end).</summary>
    public string PlainText()
    {
        var text = new StringBuilder();
        foreach (string paragraph in Paragraphs)
        {
            text.Append(MarkerPattern().Replace(paragraph, m => "\n" + m.Groups[1].Value + "\n")).Append("\n\n");
        }

        text.Append(new string(' ', 40)).Append('\n');
        for (int i = 0; i < Notes.Count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}\n {Notes[i]}\n");
        }

        return text.ToString();
    }

    private static void Write(XElement element, StringBuilder text, List<string> notes, List<(DocumentSymbol, int?)> links, int? footnote)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement e && e.Name == Akn + "authorialNote")
            {
                var note = new StringBuilder();
                notes.Add(string.Empty);
                int number = notes.Count;
                foreach (var p in e.Elements(Akn + "p"))
                {
                    Write(p, note, notes, links, number);
                    note.Append(' ');
                }

                notes[number - 1] = Collapse(note.ToString());
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{{{{number}}}}}");
            }
            else if (node is XElement a && a.Name == Akn + "a")
            {
                string href = a.Attribute("href")?.Value ?? string.Empty;
                var m = UndocsLink().Match(href);
                if (m.Success && DocumentSymbol.TryParse(m.Groups["symbol"].Value, out var target) && target.Kind == SymbolKind.Resolution)
                {
                    links.Add((target, footnote));
                }

                Write(a, text, notes, links, footnote);
            }
            else if (node is XElement other)
            {
                Write(other, text, notes, links, footnote);
            }
        }
    }

    private static string Collapse(string text) => WhitespaceRun().Replace(text, " ").Trim();

    private static List<string> Wrap(IFormatProvider provider, FormattableString text, int width) => Wrap(text.ToString(provider), width);

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        int indent = text.Length - text.TrimStart().Length;
        var line = new StringBuilder(text[..indent]);
        foreach (string word in text.TrimStart().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 && line.ToString().Trim().Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    [GeneratedRegex(@"\{\{(\d+)\}\}")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"undocs\.org/(?:(?:en|fr|es|ru|zh|ar)/)?(?<symbol>[^?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex UndocsLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
