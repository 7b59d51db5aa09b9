namespace Lineage.Model;

/// <summary>The part of a resolution a citation stands in.</summary>
public enum SiteKind
{
    /// <summary>Title, heading or closing lines.</summary>
    Heading = 0,
    Preamble,
    Operative,
    Footnote,
}
