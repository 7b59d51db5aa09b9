using Lineage.Model;

namespace Lineage.Store;

/// <summary>
/// Parses each canonical symbol read from the store once, and shares one string for repeated values (file paths,
/// verbs, subjects): a graph load meets the same ones many times, and keeps them.
/// </summary>
internal sealed class SymbolCache
{
    private readonly Dictionary<string, DocumentSymbol> _symbols = new(StringComparer.Ordinal);
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>The one instance of <paramref name="text"/> this cache keeps.</summary>
    public string Share(string text)
    {
        if (_strings.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        _strings.Add(text);
        return text;
    }

    public DocumentSymbol Get(string canonical)
    {
        if (!_symbols.TryGetValue(canonical, out var symbol))
        {
            symbol = DocumentSymbol.Parse(canonical);
            _symbols[canonical] = symbol;
        }

        return symbol;
    }
}
