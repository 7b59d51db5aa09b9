using Lineage.Documents;
using Lineage.Documents.Text;
using Lineage.Extraction;

namespace Lineage.Tests.Extraction;

public class DumpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("seed")]
    [InlineData("ga-80-en-pdftext/A_RES_80_24.md")]
    public void Dump(string which)
    {
        string path = which == "seed" ? TestPaths.Seed : TestPaths.CorpusPath(which.Split('/'));
        var read = new TextDocumentReader().Read(path, ReaderOptions.Default);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var result = new ExtractorBuilder().UseAllLanguages().Build().Extract(read.Document!);
        var d = result.Document;
        output.WriteLine($"{d.Symbol} {d.Title} {d.Date} {d.Meeting} {d.Language} reports={string.Join(",", d.Reports)}");
        foreach (var c in result.Citations)
        {
            output.WriteLine($"{c.Site,-14} {c.Anchor,-12} {c.Verb,-8} {c.Relation,-10} {c.Target,-22} {c.Date} [{c.Subject}] @{c.Span.Offset}+{c.Span.Length} L{c.Span.Line} '{c.Text.Replace("\n", "\\n")}'");
        }

        foreach (var diag in result.Diagnostics.Concat(read.Diagnostics))
        {
            output.WriteLine(diag.ToString());
        }
    }
}
