using System.Collections.Immutable;
using Lineage.Extraction.Rules;
using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>
/// Assembles a <see cref="CitationExtractor"/>: each <see cref="IRuleSet"/> registers its language profile and
/// rules here (<c>new ExtractorBuilder().UseEnglish().UseChinese().Build()</c>). The built extractor is immutable
/// and thread-safe.
/// </summary>
public sealed class ExtractorBuilder
{
    private readonly Dictionary<Language, LanguageProfile> _profiles = [];
    private readonly Dictionary<Language, List<ICitationRule>> _rules = [];
    private readonly List<IRuleSet> _ruleSets = [];
    private DateOnly _asOf = AssemblyNumbering.DefaultAsOf;

    /// <summary>The rule sets registered so far, in order.</summary>
    public IReadOnlyList<IRuleSet> RuleSets => _ruleSets;

    /// <summary>Registers a rule set (it calls back <see cref="SetProfile"/> and <see cref="Rules"/>).</summary>
    public ExtractorBuilder Use(IRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (_ruleSets.Exists(r => r.Name == ruleSet.Name))
        {
            return this;
        }

        _ruleSets.Add(ruleSet);
        ruleSet.Setup(this);
        return this;
    }

    /// <summary>
    /// The date to reason as of for documents with no date of their own (which sessions the Human Rights Council can
    /// have held by then); by default <see cref="AssemblyNumbering.DefaultAsOf"/>, never the clock, so that a run gives
    /// the same citations on any day.
    /// </summary>
    public ExtractorBuilder AsOf(DateOnly date)
    {
        _asOf = date;
        return this;
    }

    public ExtractorBuilder SetProfile(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profiles[profile.Language] = profile;
        return this;
    }

    /// <summary>The ordered rule list of <paramref name="language"/>, to add to or reorder.</summary>
    public List<ICitationRule> Rules(Language language)
    {
        if (!_rules.TryGetValue(language, out var list))
        {
            _rules[language] = list = [];
        }

        return list;
    }

    /// <summary>Inserts <paramref name="rule"/> before the first rule of type <typeparamref name="TRule"/> (or last).</summary>
    public ExtractorBuilder InsertBefore<TRule>(Language language, ICitationRule rule)
        where TRule : ICitationRule
    {
        var list = Rules(language);
        int index = list.FindIndex(r => r is TRule);
        list.Insert(index < 0 ? list.Count : index, rule);
        return this;
    }

    public CitationExtractor Build()
    {
        var languages = _profiles.Keys.Union(_rules.Keys).ToImmutableDictionary(
            language => language,
            language => new LanguageRules(
                _profiles.GetValueOrDefault(language) ?? new LanguageProfile(language),
                [.. _rules.GetValueOrDefault(language) ?? []]));
        return new CitationExtractor(languages, [.. _ruleSets], _asOf);
    }
}
