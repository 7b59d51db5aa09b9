using System.Globalization;

namespace Lineage.Model;

/// <summary>
/// A place in a resolution: preambular paragraph N (counted from 1), operative paragraph N (as numbered),
/// or footnote N (as numbered).
/// </summary>
public readonly record struct CitationSite(SiteKind Kind, int? Number)
{
    public static CitationSite Preamble(int number) => new(SiteKind.Preamble, number);

    public static CitationSite Operative(int number) => new(SiteKind.Operative, number);

    public static CitationSite Footnote(int number) => new(SiteKind.Footnote, number);

    public static CitationSite Heading { get; } = new(SiteKind.Heading, null);

    /// <summary>The kind as a lower-case token: heading, preamble, operative, footnote.</summary>
    public string KindToken => Kind switch
    {
        SiteKind.Preamble => "preamble",
        SiteKind.Operative => "operative",
        SiteKind.Footnote => "footnote",
        _ => "heading",
    };

    /// <summary>"preamble 1", "operative 19", "footnote 7", "heading".</summary>
    public override string ToString() =>
        Number is null ? KindToken : string.Create(CultureInfo.InvariantCulture, $"{KindToken} {Number}");
}
