using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.En;

/// <summary>English: "Recalling also" … verbs, "15 December 1994" dates, "its resolutions 50/70 P of 12 December 1995, … and 61/78".</summary>
public sealed class EnglishRuleSet : IRuleSet
{
    public const string DatePattern =
        @"(?<d>\d{1,2})\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>\d{4})";

    public static RegexDateReader Dates { get; } = new(DatePattern, new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    });

    public string Name => "en";

    public Language Language => Language.English;

    public void Setup(ExtractorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetProfile(new LanguageProfile(Language)
        {
            Verbs = new VerbTable(Verbs(), [", and ", "; and ", " and ", ", ", "; "], ignoreCase: true),
            Dates = Dates,
            FootnoteLeads = [new VerbForm("See also", Relation.Refers), new VerbForm("See", Relation.Refers)],
            Meeting = new Regex(@"\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        });
        var rules = builder.Rules(Language);
        rules.Add(new DocumentSymbolRule());
        rules.Add(new EnglishReferenceRule());
    }

    private static IEnumerable<VerbForm> Verbs()
    {
        // Preambular (gerund) and operative (third person) forms of the verbs that cite.
        (string Gerund, string Operative, Relation Relation)[] verbs =
        [
            ("Recalling", "Recalls", Relation.Recalls),
            ("Reaffirming", "Reaffirms", Relation.Reaffirms),
            ("Reiterating", "Reiterates", Relation.Reaffirms),
            ("Affirming", "Affirms", Relation.Reaffirms),
            ("Bearing in mind", "Bears in mind", Relation.BearsInMind),
            ("Mindful", "Mindful", Relation.BearsInMind),
            ("Noting", "Notes", Relation.Notes),
            ("Noting with appreciation", "Notes with appreciation", Relation.Notes),
            ("Noting with concern", "Notes with concern", Relation.Notes),
            ("Noting with satisfaction", "Notes with satisfaction", Relation.Notes),
            ("Taking note", "Takes note", Relation.TakesNote),
            ("Taking note with appreciation", "Takes note with appreciation", Relation.TakesNote),
            ("Welcoming", "Welcomes", Relation.Welcomes),
            ("Recognizing", "Recognizes", Relation.Recognizes),
            ("Acknowledging", "Acknowledges", Relation.Acknowledges),
            ("Emphasizing", "Emphasizes", Relation.Emphasizes),
            ("Stressing", "Stresses", Relation.Emphasizes),
            ("Underlining", "Underlines", Relation.Emphasizes),
            ("Endorsing", "Endorses", Relation.Endorses),
            ("Approving", "Approves", Relation.Endorses),
            ("Deciding", "Decides", Relation.Decides),
            ("Requesting", "Requests", Relation.Requests),
            ("Calling upon", "Calls upon", Relation.CallsUpon),
            ("Calling for", "Calls for", Relation.CallsUpon),
            ("Urging", "Urges", Relation.Urges),
            ("Expressing", "Expresses", Relation.Expresses),
            ("Considering", "Considers", Relation.Considers),
            ("Having considered", "Having considered", Relation.Considers),
            ("Guided by", "Guided by", Relation.Guided),
            ("Inviting", "Invites", Relation.Requests),
            ("Encouraging", "Encourages", Relation.Cites),
            ("Deploring", "Deplores", Relation.Cites),
            ("Strongly deploring", "Strongly deplores", Relation.Cites),
            ("Condemning", "Condemns", Relation.Cites),
            ("Strongly condemning", "Strongly condemns", Relation.Cites),
            ("Declaring", "Declares", Relation.Decides),
            ("Determining", "Determines", Relation.Decides),
            ("Referring to", "Refers to", Relation.Refers),
            ("Having regard to", "Having regard to", Relation.Considers),
            ("Taking into account", "Takes into account", Relation.Considers),
            ("Taking into consideration", "Takes into consideration", Relation.Considers),
        ];
        string[] modifiers = ["also", "further", "in particular", "in this regard", "once again"];
        foreach (var (gerund, operative, relation) in verbs)
        {
            foreach (string form in new[] { gerund, operative }.Distinct())
            {
                yield return new VerbForm(form, relation);
                foreach (string modifier in modifiers)
                {
                    yield return new VerbForm(form + " " + modifier, relation);
                    yield return new VerbForm(char.ToUpperInvariant(modifier[0]) + modifier[1..] + " " + char.ToLowerInvariant(form[0]) + form[1..], relation);
                }
            }
        }
    }
}
