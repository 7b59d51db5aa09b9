using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lineage.Documents;
using Lineage.Documents.Pdf;
using Lineage.Documents.Text;
using Lineage.Model;
using Lineage.Tests.Export;

namespace Lineage.Tests.Documents.Text;

/// <summary>
/// Pins what the plain-text layout makes of every raw-text file of the corpus (ga-80-en-pdftext, sc-gold-en, the
/// three PDFs) and of the seed: identity, diagnostics, and every clause with its site, text, footnote markers and
/// offset map. The golden file holds one digest per file, so a change shows which files it touched; speed work
/// on the layout must leave it unchanged, a deliberate change to the layout is reviewed and accepted with
/// <c>LINEAGE_ACCEPT=1</c>.
/// </summary>
public class RawTextLayoutTests
{
    [Fact]
    public void Layout_of_every_raw_text_file_is_unchanged()
    {
        var files = new[] { "ga-80-en-pdftext", "sc-gold-en", "pdf" }
            .SelectMany(folder => Directory.EnumerateFiles(TestPaths.FullCorpusPath(folder)))
            .Where(f => Path.GetExtension(f) is ".md" or ".txt" or ".pdf")
            .Append(TestPaths.Seed)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 900, $"only {files.Count} raw-text files found");

        var pdf = new PdfDocumentReader();
        var text = new TextDocumentReader();
        var digests = new StringBuilder();
        foreach (string file in files)
        {
            var result = Path.GetExtension(file) == ".pdf" ? pdf.Read(file, ReaderOptions.Default) : text.Read(file, ReaderOptions.Default);
            digests.Append(Path.GetFileName(file)).Append(' ').Append(Digest(result)).Append('\n');
        }

        GoldenFile.Verify(nameof(RawTextLayoutTests), digests.ToString(), "txt");
    }

    [Fact]
    public void The_digest_sees_a_change_of_one_offset()
    {
        string source = "Resolution adopted by the General Assembly\n\n73/8. A title\n\nThe General Assembly,\n\nRecalling its resolution 72/1,\n";
        var result = TextDocumentFactory.Create("A_RES_73_8.en.txt", DocumentFormat.PlainText, source);
        var shifted = TextDocumentFactory.Create("A_RES_73_8.en.txt", DocumentFormat.PlainText, source.Replace("\nRecalling", "\n Recalling", StringComparison.Ordinal));
        Assert.Equal(
            result.Document!.Clauses.Select(c => c.ToString()),
            shifted.Document!.Clauses.Select(c => c.ToString()));
        Assert.NotEqual(Digest(result), Digest(shifted));
    }

    /// <summary>SHA-256 (first 16 hex digits) of everything the layout decided for one file.</summary>
    private static string Digest(ReadResult result)
    {
        var dump = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            dump.Append(CultureInfo.InvariantCulture, $"diagnostic {diagnostic.Code} {diagnostic.Severity}\n");
        }

        if (result.Document is { } document)
        {
            dump.Append(CultureInfo.InvariantCulture,
                $"document {document.Symbol.Canonical} {document.SymbolFromFileName} {document.Language} {document.Date:yyyy-MM-dd} [{string.Join(",", document.Reports.Select(r => r.Canonical))}] {document.Title}\n");
            foreach (var clause in document.Clauses)
            {
                dump.Append(CultureInfo.InvariantCulture, $"{clause.Site} [{string.Join(",", clause.FootnoteMarkers)}] {clause.Text}\n");
                for (int i = 0; i < clause.Text.Length; i++)
                {
                    dump.Append(clause.SourceOffset(i).ToString(CultureInfo.InvariantCulture)).Append(',');
                }

                dump.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dump.ToString())))[..16].ToLowerInvariant();
    }
}
