namespace Lineage.Model;

/// <summary>The six official UN languages, plus <see cref="Unknown"/> for text Lineage cannot place.</summary>
public enum Language
{
    Unknown = 0,
    Arabic,
    Chinese,
    English,
    French,
    Russian,
    Spanish,
}
