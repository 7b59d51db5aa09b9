using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>How the rule sets spell out their verb tables: each form with its "also / further" variants, each text once.</summary>
internal static class VerbForms
{
    /// <summary>
    /// Every variant of every form of <paramref name="verbs"/>, in order; a text met again (under the first relation
    /// that gave it) is left out.
    /// </summary>
    public static IEnumerable<VerbForm> Expand(
        IEnumerable<(string[] Forms, Relation Relation)> verbs, Func<string, IEnumerable<string>> variants, StringComparer comparer)
    {
        var seen = new HashSet<string>(comparer);
        foreach (var (forms, relation) in verbs)
        {
            foreach (string form in forms)
            {
                foreach (string variant in variants(form))
                {
                    if (seen.Add(variant))
                    {
                        yield return new VerbForm(variant, relation);
                    }
                }
            }
        }
    }

    /// <summary>The form alone, then followed by each modifier: "Recordando", "Recordando también".</summary>
    public static IEnumerable<string> Trailing(string form, IEnumerable<string> modifiers)
    {
        yield return form;
        foreach (string modifier in modifiers)
        {
            yield return form + " " + modifier;
        }
    }
}
