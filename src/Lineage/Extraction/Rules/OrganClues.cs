using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// What the clause says of the organ of a number none was named for, in an Assembly text (the rules of
/// <see cref="KindFirstReferenceRule"/>), for rules that do not derive from it. <c>mentions</c> finds the principal organs
/// (group <c>organ</c>) and other bodies (group <c>foreign</c>) a clause names; <c>organOf</c> reads one (null: another body).
/// </summary>
public sealed class OrganClues(ClauseContext context, Regex mentions, Func<Match, Organ?> organOf)
{
    /// <summary>How close before "its resolution" the Council must be named for "its" to be the Council's.</summary>
    private const int OwnReach = 100;

    /// <summary>
    /// The clause's mentions read so far, with the organ each stands for: a clause of many numbers asks for the last
    /// mention before each, and each name was lowered and compared again for every one. Read lazily (only as far as
    /// the last number asked about) and once per clause.
    /// </summary>
    private readonly List<(int Index, int End, Organ? Organ)> _read = [];

    /// <summary>Where reading the mentions goes on from; null before the first question and after the last mention.</summary>
    private Match? _next;

    private bool _started;

    private IReadOnlyList<(int Position, VerbForm Form)>? _verbs;

    /// <summary>
    /// The organ of <paramref name="token"/>: <paramref name="named"/> when the text named one; else null when another
    /// body's: a year-numbered resolution after another body or after the Human Rights Council, which numbers by session
    /// ("the Commission … its resolution 2013/1"), an undated number in an Economic and Social Council report or just
    /// after another body; else, in an Assembly text, the Human Rights Council when its date, the clause or an earlier
    /// clause citing the same number says so; none (the host's). The same for every language (issue 11).
    /// </summary>
    public Organ? Implied(Match token, Organ named, bool own, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (named != Organ.None)
        {
            return named;
        }

        bool slash = token.Groups["slash"].Success;
        if (AssemblyNumbering.IsYearNumbered(token) && LastMentioned(token.Index, int.MaxValue) is null or Organ.HumanRightsCouncil)
        {
            // "2000/22" after "la Sous-Commission … a adopté": the functional commissions number by year too; so after
            // the Council ("la Commission des droits de l'homme et le Conseil des droits de l'homme …, la première par sa
            // résolution 1998/72") it is the Commission's.
            return null;
        }

        if (!own && date is null && slash && AssemblyNumbering.ReportBefore(context.Text, token.Index) is { } report)
        {
            // "Official Records of the Economic and Social Council, 2015, Supplement No. 7 (E/2015/27), chap. I, sect. C,
            // resolution 59/1": the commission's; the Assembly's Supplement No. 53 is the Human Rights Council's report.
            return report == Organ.EconomicAndSocialCouncil ? null : report;
        }

        if (!own && date is null && slash && ForeignJustBefore(token.Index))
        {
            // "par la Commission économique et sociale pour l'Asie et le Pacifique, à sa soixante-douzième session, de la
            // résolution 72/7": another body named just before an undated number adopted it.
            return null;
        }

        if (context.HostOrgan != Organ.GeneralAssembly)
        {
            return Organ.None;
        }

        // A special session of the Council (S-34/1) prints like one of the Assembly: only the clause can tell. The mark is
        // the "special" group, or "sp" when a rule captures it by a lookbehind.
        var mark = token.Groups["sp"].Success ? token.Groups["sp"] : token.Groups["special"];
        if (mark.Success)
        {
            return !IsEmergencyMark(mark.Value) && LastMentioned(token.Index, own ? OwnReach : int.MaxValue) == Organ.HumanRightsCouncil
                ? Organ.HumanRightsCouncil
                : Organ.None;
        }

        if (!slash || SessionOf(token) is not int session || session >= 1946)
        {
            return Organ.None;
        }

        if (date is { } d)
        {
            if (AssemblyNumbering.Sat(session, d))
            {
                return Organ.None;
            }

            if (AssemblyNumbering.CouncilByDate(token, d))
            {
                // "through its resolution 54/18 of 12 October 2023, the Human Rights Council submitted …".
                return Organ.HumanRightsCouncil;
            }
        }

        if (!AssemblyNumbering.CouncilCanHaveGiven(token, context))
        {
            return Organ.None;
        }

        if (own)
        {
            // "Its resolution" is the text's own unless the Council was named just before ("le Conseil … a décidé, dans
            // sa résolution 54/15").
            return LastMentioned(token.Index, OwnReach) == Organ.HumanRightsCouncil ? Organ.HumanRightsCouncil : Organ.None;
        }

        // "Recalls Human Rights Council resolutions 43/1 and 47/21, … the report … submitted pursuant to resolution 43/1".
        return LastMentioned(token.Index, int.MaxValue) == Organ.HumanRightsCouncil
            || AssemblyNumbering.EarlierNamed(context, token.Groups["slash"].Value, mentions, organOf) == Organ.HumanRightsCouncil
            ? Organ.HumanRightsCouncil
            : Organ.None;
    }

    /// <summary>True for the mark of an emergency special session: <c>ES</c>, Arabic <c>دإط</c> (الدورة الاستثنائية الطارئة).</summary>
    public static bool IsEmergencyMark(string mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return mark.StartsWith("ES", StringComparison.Ordinal) || mark.StartsWith("دإط", StringComparison.Ordinal);
    }

    /// <summary>
    /// The organ the clause names last before <paramref name="before"/>, at most <paramref name="reach"/> characters
    /// away: <see cref="Organ.None"/> when none, null when another body was named last.
    /// </summary>
    public Organ? LastMentioned(int before, int reach)
    {
        if (!_started)
        {
            _started = true;
            _next = mentions.Match(context.Text);
        }

        Organ? last = Organ.None;
        for (int i = 0; ; i++)
        {
            if (i == _read.Count)
            {
                if (_next is not { Success: true } mention || mention.Index >= before)
                {
                    break;
                }

                _read.Add((mention.Index, mention.Index + mention.Length, organOf(mention)));
                _next = mention.NextMatch();
            }

            var (index, end, organ) = _read[i];
            if (index >= before)
            {
                break;
            }

            last = before - end > reach ? Organ.None : organ;
        }

        return last;
    }

    /// <summary>True when another body is named last within <see cref="AssemblyNumbering.ForeignReach"/> before, with no citing verb between.</summary>
    private bool ForeignJustBefore(int before)
    {
        int from = Math.Max(0, before - AssemblyNumbering.ForeignReach - 120);
        Match? last = null;
        for (var mention = mentions.Match(context.Text, from, before - from); mention.Success; mention = mention.NextMatch())
        {
            last = mention;
        }

        if (last is null || !last.Groups["foreign"].Success || before - (last.Index + last.Length) > AssemblyNumbering.ForeignReach)
        {
            return false;
        }

        _verbs ??= context.Profile.Verbs.FindAll(context.Text);
        int after = last.Index + last.Length;
        return !_verbs.Any(v => v.Position > after && v.Position < before);
    }

    private static int? SessionOf(Match token)
    {
        string printed = token.Groups["slash"].Value;
        return int.TryParse(printed.AsSpan(0, printed.IndexOf('/', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture, out int session)
            ? session
            : null;
    }
}
