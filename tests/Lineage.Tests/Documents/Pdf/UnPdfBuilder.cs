using System.IO.Compression;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Lineage.Tests.Documents.Pdf;

/// <summary>
/// Builds PDFs laid out like the UN's (measured on <c>corpus/pdf/A_RES_73_6-EN.pdf</c>): masthead on page 1, 10 pt body at
/// x = 123.4 (first lines of paragraphs at 147.1), 12 pt line pitch, 6.5 pt raised footnote markers, footnotes in 8.5 pt
/// under a rule of underscores, job number and bar code at the foot of page 1, running symbol, job number and page
/// counter on continuation pages. Body lines are given as printed: a leading "¶" indents the line, "^N" is a footnote
/// marker N.
/// </summary>
internal sealed class UnPdfBuilder(string symbol, string job)
{
    private readonly List<(List<string> Lines, List<(int Number, string Text)> Footnotes)> _pages = [];

    public UnPdfBuilder Page(IEnumerable<string> lines, params (int Number, string Text)[] footnotes)
    {
        _pages.Add(([.. lines], [.. footnotes]));
        return this;
    }

    public byte[] Build()
    {
        using var builder = new PdfDocumentBuilder();
        var times = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        string jobDigits = job.Replace("-", string.Empty, StringComparison.Ordinal);
        for (int index = 0; index < _pages.Count; index++)
        {
            var page = builder.AddPage(PageSize.Letter);
            var (lines, footnotes) = _pages[index];
            double y;
            if (index == 0)
            {
                page.AddText("United Nations", 14, new PdfPoint(123.4, 734.2), times);
                var a = page.AddText("A", 20, new PdfPoint(492.8, 735.5), times);
                page.AddText(symbol[1..], 10, new PdfPoint(a[^1].EndBaseLine.X, 735.5), times);
                page.AddText("General Assembly", 20, new PdfPoint(123.4, 706), bold);
                page.AddText("Distr.: General", 10, new PdfPoint(397, 705), times);
                page.AddText(job + " (E) 021118", 10, new PdfPoint(65.4, 44), times);
                page.AddText("*" + jobDigits + "*", 12, new PdfPoint(65.4, 30), times);
                y = 660;
            }
            else
            {
                page.AddText(symbol, 8.5, new PdfPoint(index % 2 == 1 ? 60 : 509.6, 733), bold);
                page.AddText(job, 7, new PdfPoint(index % 2 == 1 ? 524.5 : 60, 38), times);
                page.AddText($"{index + 1}/{_pages.Count}", 8.5, new PdfPoint(index % 2 == 1 ? 60 : 540.9, 37), bold);
                y = 710;
            }

            foreach (string line in lines)
            {
                bool indent = line.StartsWith('¶');
                WriteLine(page, times, indent ? line[1..] : line, indent ? 147.1 : 123.4, y);
                y -= 12;
            }

            if (footnotes.Count > 0)
            {
                double fy = 60 + (11 * (footnotes.Count - 1));
                page.AddText("__________________", 8, new PdfPoint(99.6, fy + 18), bold);
                foreach (var (number, text) in footnotes)
                {
                    page.AddText(number.ToString(System.Globalization.CultureInfo.InvariantCulture), 5.5, new PdfPoint(117, fy + 3), times);
                    page.AddText(text, 8.5, new PdfPoint(123.4, fy), times);
                    fy -= 11;
                }
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose only page holds a picture and no text, like a scan.</summary>
    public static byte[] ImageOnly()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.Letter);
        page.AddPng(Png(40, 30), new PdfRectangle(100, 100, 500, 400));
        page.DrawRectangle(new PdfPoint(90, 90), 420, 320, 1, false);
        return builder.Build();
    }

    private static void WriteLine(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string line, double x, double y)
    {
        // "^N" puts a 6.5 pt marker N raised by 3.4 pt right after the preceding text, as UN PDFs print them.
        var parts = line.Split('^');
        double at = x;
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (i > 0)
            {
                int digits = part.TakeWhile(char.IsAsciiDigit).Count();
                var marker = page.AddText(part[..digits], 6.5, new PdfPoint(at, y + 3.4), font);
                at = marker[^1].EndBaseLine.X;
                part = part[digits..];
            }

            if (part.Length > 0)
            {
                var letters = page.AddText(part, 10, new PdfPoint(at, y), font);
                at = letters[^1].EndBaseLine.X;
            }
        }
    }

    /// <summary>A grey RGB PNG written by hand (signature, IHDR, zlib IDAT, IEND with CRCs).</summary>
    private static byte[] Png(int width, int height)
    {
        using var raw = new MemoryStream();
        for (int row = 0; row < height; row++)
        {
            raw.WriteByte(0);
            for (int column = 0; column < width * 3; column++)
            {
                raw.WriteByte(unchecked((byte)((row * 5) + column)));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian(data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian(unchecked((int)Crc32([.. typeBytes, .. data]))));
    }

    private static byte[] BigEndian(int value) => unchecked([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
