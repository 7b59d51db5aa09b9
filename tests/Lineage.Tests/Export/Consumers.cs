using System.Diagnostics;
using System.Text.Json;

namespace Lineage.Tests.Export;

/// <summary>
/// Runs the real consumers: <c>/usr/bin/python3 tests/consumers/load.py</c> (NetworkX, igraph) and
/// <c>node tests/consumers/load.js</c> (Cytoscape.js, graphology), and command-line tools (xmllint, dot). Each
/// requirement is checked first through <see cref="Requires"/>.
/// </summary>
internal static class Consumers
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "consumers");

    /// <summary>What a Python consumer (<c>networkx-graphml</c>, <c>igraph-graphml</c>, <c>networkx-gexf</c>, <c>networkx-csv</c>) loaded.</summary>
    public static LoadedGraph Python(string consumer, params string[] files)
    {
        Requires.Python(consumer.StartsWith("igraph", StringComparison.Ordinal) ? "igraph" : "networkx");
        var (stdout, _) = Run(Requires.PythonPath, [Path.Combine(Folder, "load.py"), consumer, .. files]);
        return LoadedGraph.Parse(stdout);
    }

    /// <summary>What a JavaScript consumer (<c>cytoscape</c>, <c>graphology-gexf</c>, <c>graphology-graphml</c>) loaded.</summary>
    public static LoadedGraph Node(string consumer, string file)
    {
        string node = Requires.Tool("node");
        string package = consumer switch
        {
            "cytoscape" => "cytoscape",
            "graphology-gexf" => "graphology-gexf",
            _ => "graphology-graphml",
        };
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", package)))
        {
            Requires.Missing($"npm package {package} is not installed in tests/consumers (run scripts/install-test-deps.sh)");
        }

        var (stdout, _) = Run(node, [Path.Combine(Folder, "load.js"), consumer, file], Folder);
        return LoadedGraph.Parse(stdout);
    }

    /// <summary>Runs a program; fails the test with its standard error when it exits with a non-zero code.</summary>
    public static (string Stdout, string Stderr) Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? TestPaths.RepositoryRoot,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', info.ArgumentList)} did not finish in 180 s");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
        }

        return (stdout.Result, stderr.Result);
    }
}

/// <summary>A graph as a consumer loaded it: ids, and attributes normalized to text.</summary>
internal sealed record LoadedGraph(IReadOnlyList<LoadedNode> Nodes, IReadOnlyList<LoadedEdge> Edges, JsonElement Graph)
{
    public static LoadedGraph Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray()
            .Select(n => new LoadedNode(n.GetProperty("id").GetString()!, Attributes(n)))
            .ToList();
        var edges = root.GetProperty("edges").EnumerateArray()
            .Select(e => new LoadedEdge(e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, Attributes(e)))
            .ToList();
        return new LoadedGraph(nodes, edges, root.GetProperty("graph").Clone());
    }

    private static Dictionary<string, string> Attributes(JsonElement element) =>
        element.GetProperty("attrs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
}

internal sealed record LoadedNode(string Id, IReadOnlyDictionary<string, string> Attributes);

internal sealed record LoadedEdge(string Source, string Target, IReadOnlyDictionary<string, string> Attributes);
