namespace Lineage.Export.Gexf;

/// <summary>Which GEXF namespace to write.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3 (<c>http://gexf.net/1.3</c>): Gephi 0.9+, graphology; edge <c>kind</c> for parallel edges of different types.</summary>
    Gexf13 = 0,

    /// <summary>GEXF 1.2draft (<c>http://www.gexf.net/1.2draft</c>): the only one NetworkX 2.8's <c>read_gexf</c> reads.</summary>
    Gexf12Draft,
}
