using System.Globalization;
using Lineage.Documents;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Extraction;

/// <summary>A/RES/80/24 (English, Markdown from the PDF): its Recalling clause lists the whole series from 49/75 E.</summary>
public class EnglishSeriesTests
{
    private static ExtractionResult Read()
    {
        string path = TestPaths.CorpusPath("ga-80-en-pdftext", "A_RES_80_24.md");
        var read = new TextDocumentReader().Read(path, ReaderOptions.Default);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return new ExtractorBuilder().UseAllLanguages().Build().Extract(read.Document!);
    }

    [Fact]
    public void Recalling_clause_yields_49_75_E_through_79_50_with_dates()
    {
        var result = Read();
        Assert.Equal("A/RES/80/24", result.Document.Symbol.Canonical);
        Assert.Equal(new DateOnly(2025, 12, 3), result.Document.Date); // the front matter's date
        var series = result.Citations.Where(c => c.Site == CitationSite.Preamble(1)).ToList();

        string[] sessions = ["49/75E", "50/70P", "51/45O", "52/38L", "53/77X", "54/54P", "55/33T", "56/24R",
            "57/79", "58/56", "59/77", "60/70", "61/78", "62/42", "63/46", "64/53", "65/56", "66/51", "67/60", "68/47",
            "69/48", "70/52", "71/63", "72/38", "73/50", "74/45", "75/63", "76/46", "77/65", "78/53", "79/50"];
        Assert.Equal(sessions.Select(s => "A/RES/" + s), series.Select(c => c.Target.Canonical));
        Assert.Equal(new DateOnly(1994, 12, 15), series[0].Date);
        Assert.Equal(new DateOnly(2007, 12, 5), series.Single(c => c.Target.Canonical == "A/RES/62/42").Date);
        Assert.Equal(new DateOnly(2024, 12, 2), series[^1].Date);
        Assert.All(series, c =>
        {
            Assert.NotNull(c.Date);
            Assert.Equal("Recalling", c.Verb);
            Assert.Equal(Relation.Recalls, c.Relation);
            // Every date falls in its session (September of 1945+N to the next September).
            Assert.InRange(c.Date!.Value, new DateOnly(1945 + c.Target.Session!.Value, 9, 1), new DateOnly(1946 + c.Target.Session.Value, 9, 30));
        });
        Assert.Equal("on a step-by-step reduction of the nuclear threat", series[0].Subject);
        Assert.All(series.Skip(1), c => Assert.Equal("on nuclear disarmament", c.Subject));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DateInconsistentWithSession);
    }

    [Fact]
    public void Footnote_and_operative_references_are_found()
    {
        var result = Read();
        var targets = result.Citations.Select(c => c.Target.Canonical).ToHashSet();
        Assert.Contains("A/RES/S-10/2", targets);
        Assert.Contains("A/RES/50/245", targets);
        Assert.Contains("A/RES/55/2", targets);
        Assert.Contains("A/DEC/52/492", targets);
        Assert.Contains("A/51/218", targets);
        Assert.Equal("1998-09-08", result.Citations.Single(c => c.Target.Canonical == "A/DEC/52/492").Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
