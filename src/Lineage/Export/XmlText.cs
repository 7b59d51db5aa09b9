using System.Text;
using System.Xml;

namespace Lineage.Export;

/// <summary>Helpers shared by the XML formats (GraphML, GEXF).</summary>
internal static class XmlText
{
    /// <summary>UTF-8 without BOM, two-space indent, <c>\n</c> line ends; the caller closes the stream.</summary>
    private static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    /// <summary>
    /// Writes one XML file of the export through <paramref name="sink"/> (atomically, as every export file is) and ends
    /// it with a line break after the root element, as text files end.
    /// </summary>
    public static Task WriteFile(ExportSink sink, string extension, Action<XmlWriter> write)
    {
        using var stream = sink.Create(extension);
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            write(writer);
        }

        stream.Write("\n"u8);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Text safe for XML 1.0: characters XML cannot carry (control characters from a PDF's text layer, lone
    /// surrogates) become U+FFFD, so a stray byte in a title never aborts an export.
    /// </summary>
    public static string Clean(string text)
    {
        int i = 0;
        while (i < text.Length && IsAllowed(text, i, out int width))
        {
            i += width;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        while (i < text.Length)
        {
            if (IsAllowed(text, i, out int width))
            {
                builder.Append(text, i, width);
                i += width;
            }
            else
            {
                builder.Append('\uFFFD');
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool IsAllowed(string text, int index, out int width)
    {
        char c = text[index];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                width = 2;
                return true;
            }

            return false;
        }

        return XmlConvert.IsXmlChar(c);
    }
}
