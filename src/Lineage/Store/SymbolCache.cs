using Lineage.Model;

namespace Lineage.Store;

/// <summary>Parses each canonical symbol read from the store once (a graph load meets the same symbols many times).</summary>
internal sealed class SymbolCache
{
    private readonly Dictionary<string, DocumentSymbol> _symbols = new(StringComparer.Ordinal);

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
