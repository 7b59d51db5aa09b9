using System.Globalization;
using Lineage.Graph;

namespace Lineage.Cli.Output;

/// <summary>How the analysis commands show documents and dates in report cells.</summary>
internal static class Cells
{
    public static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"49/75 E (1994-12-15)", or the printed symbol alone when the date is unknown.</summary>
    public static string Dated(DocumentNode node) => node.Date is { } date ? $"{node.Symbol.ShortForm} ({Day(date)})" : node.Symbol.ShortForm;

    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
