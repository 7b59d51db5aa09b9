using System.Security.Cryptography;
using System.Text.Json;
using Lineage.Reporting;

namespace Lineage.Tests.Reporting;

/// <summary>
/// The JavaScript embedded in report pages is what src/Lineage/Reporting/web/package-lock.json pins (issue 14):
/// assets.json names each file's package and version, the lockfile pins the same versions, the embedded bytes hash
/// as assets.json says, the libraries print those versions, and, where <c>npm ci</c> has run, the bytes are the
/// package's own. Refresh with scripts/update-report-assets.sh.
/// </summary>
public sealed class ReportAssetsTests
{
    private static readonly string Reporting = Path.Combine(TestPaths.RepositoryRoot, "src", "Lineage", "Reporting");

    private static JsonElement Manifest => JsonDocument.Parse(ReportAssets.Read(ReportAssets.Manifest)).RootElement;

    private static JsonElement Lockfile => JsonDocument.Parse(File.ReadAllText(Path.Combine(Reporting, "web", "package-lock.json"))).RootElement;

    public static TheoryData<string> Files => new(Manifest.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()!));

    [Fact]
    public void Every_package_embedded_or_bundled_is_at_the_version_the_lockfile_pins()
    {
        var packages = Lockfile.GetProperty("packages");
        var named = Manifest.GetProperty("files").EnumerateArray().Concat(Manifest.GetProperty("bundled").EnumerateArray()).ToList();
        Assert.Equal(4, named.Count);
        foreach (var entry in named)
        {
            string package = entry.GetProperty("package").GetString()!;
            Assert.True(packages.TryGetProperty("node_modules/" + package, out var locked), $"{package} is not in the lockfile");
            Assert.Equal(locked.GetProperty("version").GetString(), entry.GetProperty("version").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Embedded_file_has_the_hash_assets_json_records(string file)
    {
        var entry = Manifest.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);
        byte[] embedded = System.Text.Encoding.UTF8.GetBytes(ReportAssets.Read(file));
        Assert.Equal(entry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(embedded)));
        Assert.Equal(embedded, File.ReadAllBytes(Path.Combine(Reporting, "Assets", file)));
    }

    [Fact]
    public void Libraries_announce_the_pinned_versions()
    {
        var packages = Lockfile.GetProperty("packages");
        string Version(string package) => packages.GetProperty("node_modules/" + package).GetProperty("version").GetString()!;
        Assert.Contains($"version=\"{Version("cytoscape")}\"", ReportAssets.Read(ReportAssets.Cytoscape), StringComparison.Ordinal);

        // cytoscape-dagre's dist bundles dagre and graphlib, which carry their versions; its own banner is not kept up to date.
        string dagre = ReportAssets.Read(ReportAssets.CytoscapeDagre);
        Assert.Contains($"version:\"{Version("@dagrejs/dagre")}\"", dagre, StringComparison.Ordinal);
        Assert.Contains($"=\"{Version("@dagrejs/graphlib")}\"", dagre, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Embedded_file_is_byte_for_byte_the_installed_package_file_when_node_modules_is_present(string file)
    {
        var entry = Manifest.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);
        string package = Path.Combine(Reporting, "web", "node_modules", entry.GetProperty("package").GetString()!);
        if (!Directory.Exists(package))
        {
            Requires.Missing($"{package} is absent (scripts/install-test-deps.sh runs npm ci there); the hash test above still holds the pin");
        }

        string version = JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json"))).RootElement.GetProperty("version").GetString()!;
        Assert.Equal(entry.GetProperty("version").GetString(), version);
        Assert.Equal(File.ReadAllBytes(Path.Combine(package, entry.GetProperty("source").GetString()!)), File.ReadAllBytes(Path.Combine(Reporting, "Assets", file)));
    }

    [Fact]
    public void Licence_notices_name_every_package_in_the_page()
    {
        string licences = ReportAssets.Read(ReportAssets.Licences);
        foreach (string package in (string[])["cytoscape", "cytoscape-dagre", "@dagrejs/dagre", "@dagrejs/graphlib"])
        {
            Assert.Contains($"== {package} ", licences, StringComparison.Ordinal);
        }

        Assert.Equal(4, licences.Split("Permission is hereby granted, free of charge").Length - 1);
    }
}
