using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// Whether a printed number can be a Human Rights Council resolution: the Council has held some sixty sessions since
/// 2006 and adopts a few dozen resolutions a session, so "56/266" named near the Council is still an Assembly
/// resolution. Used where the organ comes from context rather than from the words right before the number.
/// </summary>
public static class CouncilNumbering
{
    public const int MaxSession = 65;

    public const int MaxNumber = 80;

    /// <summary>False when <paramref name="organ"/> is the Human Rights Council and the number cannot be one of its.</summary>
    public static bool Fits(Organ organ, Match token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (organ != Organ.HumanRightsCouncil || !token.Groups["slash"].Success)
        {
            return true;
        }

        string printed = token.Groups["slash"].Value;
        int slash = printed.IndexOf('/', StringComparison.Ordinal);
        return int.TryParse(printed.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int session)
            && int.TryParse(printed.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            && session <= MaxSession && number <= MaxNumber;
    }
}
