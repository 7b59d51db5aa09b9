using System.Collections.Immutable;
using Lineage.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Lineage.Documents.Pdf;

/// <summary>
/// Takes the text of a PDF page by page with PdfPig, using positions and font sizes: letters become runs, runs become
/// printed lines, small raised digits become footnote markers, UN page furniture (running header, job number, page
/// counter, bar code) is removed, and the footnotes under the rule at the page foot become a footnote block. The result
/// (<see cref="PdfText"/>) is the text shape <see cref="Text.TextDocumentFactory"/> reads. Never throws on bad input:
/// encrypted, damaged and image-only files give an error diagnostic.
/// </summary>
public static class PdfTextExtractor
{
    /// <summary>The rule line written before a page's footnotes (as in the seed: a line of spaces).</summary>
    public static readonly string FootnoteRule = new(' ', 59);

    /// <summary>A file with at least this many pages per core has its pages read on several cores.</summary>
    internal const int PagesPerWorker = 8;

    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    /// <summary>Reads the PDF at <paramref name="path"/>.</summary>
    public static PdfText Extract(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(ReadFailure.Of(path, e));
        }

        return Extract(bytes, path);
    }

    /// <summary>Reads a PDF held in memory; <paramref name="path"/> names it in diagnostics.</summary>
    public static PdfText Extract(byte[] bytes, string path) => Extract(bytes, path, Environment.ProcessorCount);

    /// <summary>
    /// Reads a PDF held in memory with up to <paramref name="maxWorkers"/> threads: a long file's pages are shared out
    /// among them (one <see cref="PdfDocument"/> each, as PdfPig's are not thread-safe), so that one large file does not
    /// hold a single core while the others wait. The result does not depend on <paramref name="maxWorkers"/>.
    /// </summary>
    internal static PdfText Extract(byte[] bytes, string path, int maxWorkers)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);
        if (bytes.Length == 0)
        {
            return Failed(DiagnosticCatalogue.Create(DiagnosticCodes.PdfDamaged, path, Messages.PdfDamagedEmpty));
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            return Failed(DiagnosticCatalogue.Create(DiagnosticCodes.PdfDamaged, path, Messages.PdfDamagedNoHeader));
        }

        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        if (bytes.AsSpan(Math.Max(0, bytes.Length - 2048)).IndexOf("%%EOF"u8) < 0)
        {
            warnings.Add(DiagnosticCatalogue.Create(DiagnosticCodes.PdfTruncated, path, Messages.PdfTruncated));
        }

        try
        {
            using var document = PdfDocument.Open(bytes, Options);
            return Extract(document, bytes, path, warnings, maxWorkers);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Failed(DiagnosticCatalogue.Create(DiagnosticCodes.PdfEncrypted, path, Messages.PdfEncrypted));
        }
        catch (Exception e)
        {
            return Failed([.. warnings, DiagnosticCatalogue.Create(DiagnosticCodes.PdfDamaged, path, Messages.Format(Messages.PdfDamaged, OneLine(e.Message)))]);
        }
    }

    /// <summary>True when the print leaves a space between two runs of one line.</summary>
    internal static bool HasSpace(PdfRun left, PdfRun right) => right.Left - left.Right > 0.12 * Math.Min(left.Size, right.Size);

    private static PdfText Extract(PdfDocument document, byte[] bytes, string path, ImmutableArray<Diagnostic>.Builder diagnostics, int maxWorkers)
    {
        int pageCount = document.NumberOfPages;
        var read = new PdfPageRuns[pageCount];
        var failures = new string?[pageCount];
        int workers = Math.Max(1, Math.Min(maxWorkers, pageCount / PagesPerWorker));
        if (workers == 1)
        {
            ReadPages(document, 0, 1, read, failures);
        }
        else
        {
            // Worker 0 reads with the document already open, the others each open their own; pages are dealt out in turn.
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
            {
                if (worker == 0)
                {
                    ReadPages(document, worker, workers, read, failures);
                    return;
                }

                using var own = PdfDocument.Open(bytes, Options);
                ReadPages(own, worker, workers, read, failures);
            });
        }

        var pages = new List<PdfPageRuns>(read);
        for (int i = 0; i < pageCount; i++)
        {
            if (failures[i] is { } failure)
            {
                diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.PdfPageFailed, path, Messages.Format(Messages.PdfPageFailed, i + 1, failure)));
            }
        }

        if (pages.All(p => p.Runs.Count == 0))
        {
            if (diagnostics.Any(d => d.Code == DiagnosticCodes.PdfPageFailed))
            {
                diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.PdfDamaged, path, Messages.PdfDamagedNoPage));
            }
            else
            {
                diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.PdfNoText, path, Messages.Format(Messages.PdfNoText, pageCount)));
            }

            return new PdfText(string.Empty, [], pageCount, [], diagnostics.ToImmutable());
        }

        foreach (var page in pages.Where(p => p.Runs.Count == 0 && !diagnostics.Any(d => d.Code == DiagnosticCodes.PdfPageFailed && d.Message.StartsWith(Messages.Format("page {0} ", p.Number), StringComparison.Ordinal))))
        {
            diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.PdfPageNoText, path, Messages.Format(Messages.PdfPageNoText, page.Number)));
        }

        var layout = new PdfLayout(pages);
        var (text, pageStarts, furniture, printedLines) = layout.Render();
        return new PdfText(text, pageStarts, pageCount, furniture, diagnostics.ToImmutable()) { PrintedLineStarts = printedLines };
    }

    /// <summary>Reads pages <paramref name="first"/> + k × <paramref name="step"/> (0-based) into <paramref name="pages"/>; a page that fails is left empty and its reason kept.</summary>
    private static void ReadPages(PdfDocument document, int first, int step, PdfPageRuns[] pages, string?[] failures)
    {
        for (int index = first; index < pages.Length; index += step)
        {
            int number = index + 1;
            try
            {
                var page = document.GetPage(number);
                pages[index] = new PdfPageRuns(number, page.Width, page.Height, ReadRuns(page));
            }
            catch (Exception e)
            {
                failures[index] = OneLine(e.Message);
                pages[index] = new PdfPageRuns(number, 612, 792, []);
            }
        }
    }

    /// <summary>Groups the page's horizontal letters, in content order, into runs.</summary>
    private static List<PdfRun> ReadRuns(Page page)
    {
        var letters = page.Letters;
        var runs = new List<PdfRun>(letters.Count / 4);
        var text = new System.Text.StringBuilder();
        double left = 0;
        double right = 0;
        double baseline = 0;
        double size = 0;
        bool barCode = false;
        bool open = false;

        void Close()
        {
            if (open && text.Length > 0)
            {
                runs.Add(new PdfRun(text.ToString(), left, right, baseline, size, barCode));
            }

            text.Clear();
            open = false;
        }

        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.Value.Length == 0)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                Close();
                continue;
            }

            double letterSize = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            double x = letter.StartBaseLine.X;
            double end = Math.Max(letter.EndBaseLine.X, x + (letter.Width > 0 ? letter.Width : 0));
            double y = letter.StartBaseLine.Y;
            bool together = open
                && Math.Abs(letterSize - size) < 0.05
                && Math.Abs(y - baseline) < 0.3
                && x >= right - (0.5 * size)
                && x - right < 0.12 * size;
            if (!together)
            {
                Close();
                left = x;
                baseline = y;
                size = letterSize;
                barCode = letter.FontName?.Contains("barcode", StringComparison.OrdinalIgnoreCase) == true;
                open = true;
            }

            text.Append(letter.Value);
            right = Math.Max(right, end);
            if (!together)
            {
                right = end;
            }
        }

        Close();
        return runs;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static PdfText Failed(params Diagnostic[] diagnostics) => new(string.Empty, [], 0, [], [.. diagnostics]);
}
