using System.Reflection;
using System.Text.RegularExpressions;
using Lineage.Model;
using Lineage.Tests.Shared;

namespace Lineage.Tests.Model;

/// <summary>Issue 13: one code and one message per failure, from one catalogue; every problem is one line.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    [Fact]
    public void Every_code_in_the_library_is_declared_once()
    {
        var declared = typeof(Diagnostic).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && Code().IsMatch((string)f.GetRawConstantValue()!))
            .Select(f => (Code: (string)f.GetRawConstantValue()!, Name: $"{f.DeclaringType!.Name}.{f.Name}"))
            .ToList();

        Assert.True(declared.Count >= 40, $"only {declared.Count} codes found");
        var twice = declared.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.Name))}").ToList();
        Assert.True(twice.Count == 0, string.Join("\n", twice));
    }

    [Fact]
    public void Every_code_of_the_catalogue_has_its_messages_severity_and_label()
    {
        var messages = typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => f.Name).ToList();
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code =>
        {
            Assert.True(messages.Exists(m => m.StartsWith(code.Name, StringComparison.Ordinal)), $"DiagnosticCodes.{code.Name} has no Messages.{code.Name}…");
            string value = (string)code.GetRawConstantValue()!;
            Assert.True(DiagnosticCatalogue.Contains(value), $"{value} ({code.Name}) is not in DiagnosticCatalogue");
            Assert.NotEqual(value, DiagnosticCatalogue.Label(value));
        });

        // Every message belongs to one code (its name starts with the code's name): no message of no failure.
        var orphans = messages.Where(m => !codes.Exists(c => m.StartsWith(c.Name, StringComparison.Ordinal))).ToList();
        Assert.True(orphans.Count == 0, "messages of no code: " + string.Join(", ", orphans));
    }

    [Fact]
    public void A_diagnostic_gets_the_one_severity_of_its_code()
    {
        var unsure = DiagnosticCatalogue.Create(DiagnosticCodes.EncodingUnsure, "a.txt", "m");
        var missing = DiagnosticCatalogue.Create(DiagnosticCodes.FileNotFound, "a.txt", Messages.FileNotFound);

        Assert.Equal(DiagnosticSeverity.Warning, unsure.Severity);
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
        Assert.Throws<ArgumentException>(() => DiagnosticCatalogue.Create("LIN9999", "a.txt", "m"));
    }

    /// <summary>No source file but the catalogue spells a code, and diagnostics are made only through it (the store reads back stored ones).</summary>
    [Fact]
    public void Codes_and_diagnostics_come_only_from_the_catalogue()
    {
        string src = Path.Combine(TestPaths.RepositoryRoot, "src");
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            string text = File.ReadAllText(file);
            string code = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            if (relative != "Lineage/Model/DiagnosticCodes.cs" && QuotedLiteral().IsMatch(code))
            {
                offenders.Add($"{relative}: spells a LIN code");
            }

            if (relative is not ("Lineage/Model/DiagnosticCatalogue.cs" or "Lineage/Store/StoreValues.cs") && text.Contains("new Diagnostic(", StringComparison.Ordinal))
            {
                offenders.Add($"{relative}: makes a Diagnostic outside DiagnosticCatalogue.Create");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>Every code is emitted somewhere (a retired code is removed from <see cref="DiagnosticCodes"/>, not left to rot).</summary>
    [Fact]
    public void Every_code_is_used()
    {
        string src = Path.Combine(TestPaths.RepositoryRoot, "src");
        string all = string.Concat(Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal) && !f.EndsWith("DiagnosticCatalogue.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var unused = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => !all.Contains($"DiagnosticCodes.{f.Name}", StringComparison.Ordinal)).Select(f => f.Name).ToList();

        Assert.True(unused.Count == 0, "never emitted: " + string.Join(", ", unused));
    }

    /// <summary>The README's table of bad inputs names only codes of the catalogue.</summary>
    [Fact]
    public void The_readme_names_only_catalogued_codes()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var named = Literal().Matches(readme).Select(m => m.Value).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, code => Assert.True(DiagnosticCatalogue.Contains(code), $"README names {code}, which is not in the catalogue"));
    }

    public static TheoryData<string, string> Escapes => new()
    {
        { "new\nline.txt", @"new\nline.txt" },
        { "cr\rtab\t.txt", @"cr\rtab\t.txt" },
        { "esc\u001b[2J.txt", @"esc\x1B[2J.txt" },
        { "nel\u0085ls\u2028.txt", @"nel\x85ls\u2028.txt" },
        { "第 49/75 E 号决议.txt", "第 49/75 E 号决议.txt" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Control_characters_in_a_file_name_are_escaped_so_a_problem_is_one_line(string name, string shown)
    {
        var diagnostic = new Diagnostic(DiagnosticCodes.NotAResolution, DiagnosticSeverity.Error, Messages.NotAResolution, name);

        Assert.Equal($"{shown}: error LIN0004: {Messages.NotAResolution}", diagnostic.ToString());
    }

    [GeneratedRegex("^LIN[0-9]{4}$")]
    private static partial Regex Code();

    [GeneratedRegex("LIN[0-9]{4}")]
    private static partial Regex Literal();

    [GeneratedRegex("\"LIN[0-9]{4}\"")]
    private static partial Regex QuotedLiteral();
}
