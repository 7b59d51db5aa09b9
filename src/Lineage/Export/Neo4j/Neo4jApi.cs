namespace Lineage.Export.Neo4j;

/// <summary>Which Neo4j HTTP API to write through (<c>../shared/NEO4J.md</c>).</summary>
public enum Neo4jApi
{
    /// <summary>Ask the server (<c>GET /</c>): the Query API if it lists <c>query</c>, else <c>transaction</c>, else 3.x <c>data</c>.</summary>
    Auto = 0,

    /// <summary>The Query API, <c>POST /db/{db}/query/v2</c> (5.19+, 2025.x, Aura).</summary>
    Query,

    /// <summary>The transactional endpoint of 4.x and 5.x, <c>POST /db/{db}/tx/commit</c>.</summary>
    Transaction,

    /// <summary>The transactional endpoint of 3.x, <c>POST /db/data/transaction/commit</c>.</summary>
    Legacy,
}
