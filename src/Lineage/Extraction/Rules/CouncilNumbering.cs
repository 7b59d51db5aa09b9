using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// Whether a number named next to the Human Rights Council can be one of its resolutions ("56/266" named near the
/// Council is still an Assembly resolution). Used where the organ comes from context rather than from the words right
/// before the number; the rule itself is <see cref="AssemblyNumbering.CouncilCanHaveGiven(Match, ClauseContext)"/>, the
/// same for every language.
/// </summary>
public static class CouncilNumbering
{
    /// <summary>False when <paramref name="organ"/> is the Human Rights Council and the number cannot be one of its.</summary>
    public static bool Fits(Organ organ, Match token, ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(token);
        return organ != Organ.HumanRightsCouncil || !token.Groups["slash"].Success || AssemblyNumbering.CouncilCanHaveGiven(token, context);
    }
}
