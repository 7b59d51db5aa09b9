using System.Globalization;
using System.Text;

namespace Lineage.Model;

/// <summary>
/// Text that goes on one line of a terminal: a file name or message with a line break or another control character
/// in it (<c>new\nline.txt</c>) is shown with the character escaped (<c>new\nline.txt</c> as six characters), so every
/// problem stays one line of standard error and every table row one line.
/// </summary>
public static class DiagnosticText
{
    /// <summary>
    /// <paramref name="text"/> with C0 and C1 control characters, DEL and the Unicode line and paragraph separators
    /// escaped: <c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\xNN</c> or <c>\uNNNN</c>. Other text is unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfControl(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!IsControl(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }

        return escaped.ToString();
    }

    private static int IndexOfControl(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsControl(char c) => c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029';
}
