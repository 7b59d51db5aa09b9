using Lineage.Documents;
using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

public class PlainTextLayoutTests(ITestOutputHelper output)
{
    private static Document ReadSeed()
    {
        var result = new TextDocumentReader().Read(TestPaths.Seed, ReaderOptions.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    [Fact]
    public void Dump_seed_layout()
    {
        var document = ReadSeed();
        foreach (var clause in document.Clauses)
        {
            output.WriteLine($"[{clause.Site}] markers={string.Join(",", clause.FootnoteMarkers)} {clause.Text}");
        }
    }
}
