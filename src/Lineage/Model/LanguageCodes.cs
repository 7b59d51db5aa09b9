namespace Lineage.Model;

/// <summary>Two-letter codes (ISO 639-1) for <see cref="Language"/>, as used on the command line and in exports.</summary>
public static class LanguageCodes
{
    /// <summary>All six official languages in code order.</summary>
    public static IReadOnlyList<Language> All { get; } =
        [Language.Arabic, Language.Chinese, Language.English, Language.Spanish, Language.French, Language.Russian];

    public static string ToCode(this Language language) => language switch
    {
        Language.Arabic => "ar",
        Language.Chinese => "zh",
        Language.English => "en",
        Language.French => "fr",
        Language.Russian => "ru",
        Language.Spanish => "es",
        _ => "und",
    };

    /// <summary>Reads "en", "EN", "eng", "English", "zh", "chi", "Chinese" and the like.</summary>
    public static bool TryParse(string? text, out Language language)
    {
        language = (text ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "AR" or "ARA" or "ARABIC" => Language.Arabic,
            "ZH" or "ZHO" or "CHI" or "CHINESE" or "ZH-CN" => Language.Chinese,
            "EN" or "ENG" or "ENGLISH" => Language.English,
            "FR" or "FRA" or "FRE" or "FRENCH" => Language.French,
            "RU" or "RUS" or "RUSSIAN" => Language.Russian,
            "ES" or "SPA" or "SPANISH" => Language.Spanish,
            _ => Language.Unknown,
        };
        return language != Language.Unknown;
    }

    public static Language Parse(string? text) =>
        TryParse(text, out var language) ? language : throw new FormatException($"'{text}' is not a UN language code (ar, en, es, fr, ru, zh).");
}
