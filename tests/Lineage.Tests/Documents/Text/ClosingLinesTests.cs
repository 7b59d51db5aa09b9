using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

/// <summary>The closing lines (meeting, adoption date) of plain text, and what is not one of them.</summary>
public class ClosingLinesTests
{
    private const string Body = """
        Naciones Unidas                                                              A/RES/69/120

        Resolución aprobada por la Asamblea General el 10 de diciembre de 2014

        69/120. Un título

        La Asamblea General,

        Recordando su resolución 68/100, de 11 de diciembre de 2013,

        1. Decide seguir examinando la cuestión, teniendo presente la decisión
        adoptada el 1 de febrero de 2002;

        """;

    [Fact]
    public void A_paragraph_ending_with_a_date_above_the_meeting_line_is_not_the_adoption_date()
    {
        var read = TextDocumentFactory.Create("A_RES_69_120.es.txt", DocumentFormat.PlainText, Body + "65a sesión plenaria\n10 de diciembre de 2014\n");
        Assert.NotNull(read.Document);
        var result = new ExtractorBuilder().UseAllLanguages().Build().Extract(read.Document);

        Assert.Equal(new DateOnly(2014, 12, 10), result.Document.Date);
        Assert.Contains(result.Citations, c => c.Target.Canonical == "A/RES/68/100" && c.Date == new DateOnly(2013, 12, 11));
        Assert.Contains(result.Document.Clauses, c => c.Site == CitationSite.Operative(1) && c.Text.Contains("2002", StringComparison.Ordinal));
    }

    /// <summary>Meeting lines of the six languages as the rendered corpus prints them, and written otherwise (case, wording).</summary>
    public static TheoryData<string> MeetingLines => new()
    {
        "45th plenary meeting",
        "45TH PLENARY MEETING",
        "Adopted at the 9405th meeting",
        "Adopted unanimously at the 9405th meeting",
        "ADOPTED AT THE 9405TH MEETING",
        "45e séance plénière",
        "45E SÉANCE PLÉNIÈRE",
        "45a sesión plenaria",
        "45A SESIÓN PLENARIA",
        "45‑е пленарное заседание",
        "45‑Е ПЛЕНАРНОЕ ЗАСЕДАНИЕ",
        "الجلسة العامة 45",
        "第45次全体会议",
    };

    [Theory]
    [MemberData(nameof(MeetingLines))]
    public void A_meeting_line_passes_the_search_that_runs_before_the_pattern(string line)
    {
        Assert.Matches(LayoutBuilder.MeetingLine(), line);
        Assert.True(LayoutBuilder.MayBeMeetingLine(line));
    }

    [Fact]
    public void Every_line_of_the_corpus_that_the_meeting_pattern_matches_passes_the_search_before_it()
    {
        int matched = 0;
        foreach (string file in Directory.EnumerateFiles(TestPaths.CorpusPath("sc-gold-en")).Concat(Directory.EnumerateFiles(TestPaths.CorpusPath("ga-80-en-pdftext"))).Append(TestPaths.Seed))
        {
            foreach (string line in File.ReadLines(file))
            {
                if (LayoutBuilder.MeetingLine().IsMatch(line))
                {
                    matched++;
                    Assert.True(LayoutBuilder.MayBeMeetingLine(line), line);
                }
            }
        }

        // The full corpus has hundreds of meeting lines; the fixtures in the repository (a clone with nothing beside it) a few.
        Assert.True(matched >= (TestPaths.HasCorpus ? 100 : 3), $"{matched} meeting lines");
    }
}
