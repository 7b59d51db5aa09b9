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
}
