using System.Reflection;
using System.Text.RegularExpressions;
using Lineage.Model;

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
    public void Every_code_of_the_catalogue_has_its_message()
    {
        var messages = typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.True(messages.Contains(code.Name), $"DiagnosticCodes.{code.Name} has no Messages.{code.Name}"));
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
}
