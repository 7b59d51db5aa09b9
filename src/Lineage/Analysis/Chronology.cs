using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// When a document was adopted, as far as the graph tells: its date, else the year its symbol prints, else the year
/// its General Assembly session opened (session N opens in September of 1945 + N, <c>UN-SYMBOLS.md</c>).
/// </summary>
public static class Chronology
{
    /// <summary>The year of adoption, or null when neither the date, the symbol nor the session gives one.</summary>
    public static int? YearOf(DocumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Year ?? SessionYear(node.Symbol);
    }

    /// <summary>The year a regular General Assembly session opened (1945 + session), or null for other symbols.</summary>
    public static int? SessionYear(DocumentSymbol symbol) =>
        symbol.Organ == Organ.GeneralAssembly && symbol.SessionType == SessionType.Regular && symbol.Session is { } session && symbol.Kind != SymbolKind.Document
            ? 1945 + session
            : null;

    /// <summary>
    /// The dates a regular General Assembly session's resolutions may carry: from September of its year (January
    /// 1946 for the first session, which opened in London) to the end of September of the next year, as a session
    /// runs until the next one opens. Null for other symbols.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? SessionWindow(DocumentSymbol symbol)
    {
        if (SessionYear(symbol) is not { } year)
        {
            return null;
        }

        var first = year == 1946 ? new DateOnly(1946, 1, 1) : new DateOnly(year, 9, 1);
        return (first, new DateOnly(year + 1, 9, 30));
    }

    /// <summary>A sort key that puts documents in order of adoption: the date, else the first of January of the year; unknown last.</summary>
    public static DateOnly SortDate(DocumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Date ?? (YearOf(node) is { } year ? new DateOnly(year, 1, 1) : DateOnly.MaxValue);
    }

    /// <summary>Orders nodes by <see cref="SortDate"/>, then by symbol.</summary>
    public static IComparer<DocumentNode> Order { get; } = Comparer<DocumentNode>.Create((x, y) =>
    {
        int c = SortDate(x).CompareTo(SortDate(y));
        return c != 0 ? c : x.Symbol.CompareTo(y.Symbol);
    });
}
