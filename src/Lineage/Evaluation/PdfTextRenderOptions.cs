namespace Lineage.Evaluation;

/// <summary>How <see cref="PdfTextRenderer"/> lays a resolution out: the seed of its choices, the line width and the page length.</summary>
public sealed record PdfTextRenderOptions
{
    /// <summary>The defaults <c>lineage eval --render pdf-text</c> uses (seed 12, about 90 characters a line, about 45 lines a page).</summary>
    public static PdfTextRenderOptions Default { get; } = new();

    /// <summary>Seeds every choice (line width, page length, furniture, file-name style) together with the document's symbol and language.</summary>
    public ulong Seed { get; init; } = 12;

    /// <summary>The widest line, in characters (a CJK character counts two); each document takes up to 8 fewer.</summary>
    public int LineWidth { get; init; } = 90;

    /// <summary>Lines a page holds, furniture and footnotes included; each page takes up to 3 more or fewer.</summary>
    public int PageLines { get; init; } = 45;
}
