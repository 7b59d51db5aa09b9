using Lineage.Documents;
using Lineage.Documents.Akn;
using Lineage.Model;

namespace Lineage.Tests.Documents.Akn;

/// <summary>The AKN4UN reader on real corpus files (United Nations, AKN4UN) and on hostile input.</summary>
public class AknDocumentReaderTests
{
    internal static string CorpusFile(string folder, string pattern)
    {
        string dir = TestPaths.CorpusPath(folder.Split('/'));
        return Assert.Single(Directory.GetFiles(dir, pattern));
    }

    internal static Document Read(string path)
    {
        var result = new AknDocumentReader().Read(path, ReaderOptions.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        return result.Document!;
    }

    // The Chinese text joins two preambular clauses that the other versions keep apart (33 containers, not 34).
    public static TheoryData<string, Language, string, string, string, int> Resolution78_53 => new()
    {
        { "Arabic", Language.Arabic, "نزع السلاح النووي", "إذ تشير", "الجلسة العامة 42", 34 },
        { "Chinese", Language.Chinese, "核裁军", "回顾", "第42次全体会议", 33 },
        { "English", Language.English, "Nuclear disarmament", "Recalling", "42nd plenary meeting", 34 },
        { "French", Language.French, "Désarmement nucléaire", "Rappelant", "42e séance plénière", 34 },
        { "Russian", Language.Russian, "Ядерное разоружение", "ссылаясь", "42‑е\u00A0пленарное заседание", 34 },
        { "Spanish", Language.Spanish, "Desarme nuclear", "Recordando", "42a sesión plenaria", 34 },
    };

    [Theory]
    [MemberData(nameof(Resolution78_53))]
    public void Identity_of_78_53_is_read_from_the_metadata_in_every_language(string folder, Language language, string title, string verb, string meeting, int preambular)
    {
        var document = Read(CorpusFile($"akn4un-ga/78/{folder}", "A_RES_78_53-*.xml"));

        Assert.Equal("A/RES/78/53", document.Symbol.Canonical);
        Assert.False(document.SymbolFromFileName);
        Assert.Equal(new DateOnly(2023, 12, 4), document.Date);
        Assert.Equal(language, document.Language);
        Assert.Equal(title, document.Title);
        Assert.Equal(meeting, document.Meeting);
        Assert.StartsWith(language == Language.Chinese ? "议程项目99" : language == Language.Arabic ? "البند 99" : string.Empty, document.Agenda);
        Assert.Contains("99", document.Agenda);
        Assert.Equal(["A/78/409"], document.Reports.Select(r => r.Canonical));
        Assert.Equal(DocumentFormat.Akn, document.Format);

        // Title line, the preambular clauses, 23 operative paragraphs, footnotes.
        Assert.Equal(CitationSite.Heading, document.Clauses[0].Site);
        Assert.Equal(title, document.Clauses[0].Text);
        var preamble = document.Clauses.Where(c => c.Site.Kind == SiteKind.Preamble).ToList();
        Assert.Equal(Enumerable.Range(1, preambular), preamble.Select(c => c.Site.Number!.Value));
        Assert.Equal(verb, preamble[0].MarkupVerb);
        Assert.StartsWith(verb, preamble[0].Text.TrimStart('\u200F'), StringComparison.OrdinalIgnoreCase);
        // (The Chinese markup puts its last preambular clause in the main body, unnumbered.)
        var operative = document.Clauses.Where(c => c.Site.Kind == SiteKind.Operative && c.Site.Number is not null).ToList();
        Assert.Equal(Enumerable.Range(1, 23), operative.Select(c => c.Site.Number!.Value));
        var footnotes = document.Clauses.Where(c => c.Site.Kind == SiteKind.Footnote).ToList();
        Assert.Equal(footnotes.Select(c => c.Site.Number!.Value).Order(), footnotes.Select(c => c.Site.Number!.Value));
        Assert.Equal(1, footnotes[0].Site.Number);

        // The first preambular clause links the series 49/75 … 77/65: 29 links, each at its number.
        var series = document.Links.Where(l => l.ClauseIndex == document.Clauses.IndexOf(preamble[0])).ToList();
        Assert.Equal(29, series.Count);
        Assert.Equal("A/RES/49/75", series[0].Target.Canonical);
        Assert.Equal("A/RES/77/65", series[^1].Target.Canonical);
        Assert.All(series, link =>
        {
            string printed = preamble[0].Text.Substring(link.Start, link.Length);
            Assert.StartsWith(link.Target.ShortForm, printed, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Footnotes_leave_the_clause_and_follow_it_with_their_marker_numbers()
    {
        var document = Read(CorpusFile("akn4un-ga/78/English", "A_RES_78_53-*.xml"));
        var bearing = document.Clauses.First(c => c.Site == CitationSite.Preamble(3));
        Assert.Equal([1, 2], bearing.FootnoteMarkers);
        Assert.Contains("Destruction of 1972 and the Convention", bearing.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Treaty Series", bearing.Text, StringComparison.Ordinal);
        int index = document.Clauses.IndexOf(bearing);
        Assert.Equal(CitationSite.Footnote(1), document.Clauses[index + 1].Site);
        Assert.Equal("United Nations, Treaty Series, vol. 1015, No. 14860.", document.Clauses[index + 1].Text);
        Assert.Equal(CitationSite.Footnote(2), document.Clauses[index + 2].Site);

        var note3 = document.Clauses.Single(c => c.Site == CitationSite.Footnote(3));
        Assert.Equal("Resolution S-10/2.", note3.Text);
        var link = document.Links.Single(l => document.Clauses[l.ClauseIndex] == note3);
        Assert.Equal("A/RES/S-10/2", link.Target.Canonical);
        Assert.Equal("S-10/2", note3.Text.Substring(link.Start, link.Length));
    }

    [Fact]
    public void Offsets_map_every_clause_and_link_back_to_the_document_text()
    {
        var document = Read(CorpusFile("akn4un-ga/78/English", "A_RES_78_53-*.xml"));
        foreach (var clause in document.Clauses)
        {
            Assert.Equal(clause.Text, document.Text.Substring(clause.SourceOffset(0), clause.Text.Length));
            Assert.Equal(clause.SourceOffset(0) + clause.Text.Length - 1, clause.SourceOffset(clause.Text.Length - 1));
        }

        Assert.Equal(string.Join('\n', document.Clauses.Select(c => c.Text)), document.Text);
        foreach (var link in document.Links)
        {
            var clause = document.Clauses[link.ClauseIndex];
            var (offset, length) = clause.SourceRange(link.Start, link.Length);
            Assert.True(clause.Text.AsSpan(link.Start, link.Length).SequenceEqual(document.Text.AsSpan(offset, length)));
        }

        var last = document.Links[^1];
        var span = document.SpanOf(document.Clauses[last.ClauseIndex].SourceOffset(last.Start), last.Length);
        Assert.Equal(document.Text.Take(span.Offset).Count(c => c == '\n') + 1, span.Line);
    }

    [Fact]
    public void Arabic_footnote_brackets_and_placeholders_are_not_left_in_the_text()
    {
        var document = Read(CorpusFile("akn4un-ga/78/Arabic", "A_RES_78_53-*.xml"));
        var bearing = document.Clauses.First(c => c.Site == CitationSite.Preamble(3));
        Assert.Equal([1, 2], bearing.FootnoteMarkers);
        Assert.DoesNotContain("()", bearing.Text, StringComparison.Ordinal);
        Assert.Equal("United Nations, Treaty Series, vol. 1015, No. 14860.", document.Clauses.Single(c => c.Site == CitationSite.Footnote(1)).Text);
    }

    [Fact]
    public void An_operative_number_left_in_the_text_becomes_the_paragraphs_number()
    {
        // S/RES/2659 (2022), Arabic: paragraph 39 has no <num>; its text opens with "39 -".
        var document = Read(CorpusFile("akn4un-sc/2022/Arabic", "S_RES_2659*.xml"));
        var paragraph = document.Clauses.Single(c => c.Site == new CitationSite(SiteKind.Operative, 39));
        Assert.StartsWith("يشير إلى القرار الذي اتخذه مجلس الأمن في قراره 2566", paragraph.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Clauses, c => c.Site.Kind == SiteKind.Operative && System.Text.RegularExpressions.Regex.IsMatch(c.Text, @"^\d{1,3} - "));
        Assert.Equal(Enumerable.Range(1, 49), document.Clauses.Where(c => c.Site.Kind == SiteKind.Operative && c.Site.Number is not null).Select(c => c.Site.Number!.Value).Distinct().Order().Take(49));

        const string Body = """<mainBody><paragraph><content><p>	7 -	<i>Decides</i> to remain seized of the matter; see <a href="https://undocs.org/en/A/RES/61/78">61/78</a>.</p></content></paragraph><paragraph><content><p>2023. A year is not a number.</p></content></paragraph></mainBody>""";
        string xml = $"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>{Body}</statement></akomaNtoso>""";
        var read = ReadString(xml, "/nowhere/A_RES_77_13-123E.xml").Document!;
        var seven = read.Clauses.Single(c => c.Site == new CitationSite(SiteKind.Operative, 7));
        Assert.Equal("Decides to remain seized of the matter; see 61/78.", seven.Text);
        var link = Assert.Single(read.Links);
        Assert.Equal("61/78", seven.Text.Substring(link.Start, link.Length));
        Assert.Contains(read.Clauses, c => c.Site == new CitationSite(SiteKind.Operative, null) && c.Text.StartsWith("2023.", StringComparison.Ordinal));
    }

    [Fact]
    public void Security_Council_resolution_takes_its_date_from_the_cover_page_when_FRBR_gives_none()
    {
        // FRBRWork says 0001-01-01; the cover page's adoption docDate says 27 January 2022.
        var document = Read(CorpusFile("akn4un-sc/2022/English", "S_RES_2618 (2022)-*.xml"));
        Assert.Equal("S/RES/2618(2022)", document.Symbol.Canonical);
        Assert.Equal(new DateOnly(2022, 1, 27), document.Date);
        Assert.Equal(Language.English, document.Language);
        Assert.Equal("8956th meeting", document.Meeting);
        Assert.Null(document.Title);
        Assert.Equal("Welcoming", document.Clauses[0].MarkupVerb);
        Assert.Contains(document.Links, l => l.Target.Canonical == "S/RES/1325(2000)");
        Assert.Contains(document.Links, l => l.Target.Canonical == "S/2021/1109" && l.Target.Kind == SymbolKind.Document);
    }

    [Fact]
    public void Arabic_Security_Council_date_is_read_from_words_when_the_attributes_give_none()
    {
        // Every date attribute says 0001-01-01; the text says "جلسته 8956 المعقودة في 27 كانون الثاني/يناير 2022".
        var document = Read(CorpusFile("akn4un-sc/2022/Arabic", "S_RES_2618 (2022)-*.xml"));
        Assert.Equal(new DateOnly(2022, 1, 27), document.Date);
        Assert.Equal(Language.Arabic, document.Language);
    }

    [Theory]
    [InlineData("جلسته 8956 المعقودة في 27 كانون الثاني/يناير 2022", "2022-01-27")]
    [InlineData("في 5 تشرين الأول/أكتوبر 2023", "2023-10-05")]
    [InlineData("جلسته 9076 المعقودة في 27 حزيران/ يونيه 2022", "2022-06-27")]
    [InlineData("at its 9000th meeting, on 1 March 2022", "2022-03-01")]
    [InlineData("31 شباط/فبراير 2022", null)]
    [InlineData("no date here", null)]
    public void Dates_in_words_are_read(string text, string? expected) =>
        Assert.Equal(expected, AknDocumentReader.DateInWords(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void File_of_several_parts_is_named_by_the_work_and_reads_both_parts()
    {
        var document = Read(CorpusFile("akn4un-ga/78/English", "A_RES_78_80AB-*.xml"));
        Assert.Equal("A/RES/78/80", document.Symbol.Canonical);
        Assert.Equal("45th plenary meeting", document.Meeting);
        Assert.Contains(document.Clauses, c => c.Text == "Information in the service of humanity");
        Assert.Contains(document.Clauses, c => c.Text == "United Nations global communications policies and activities");
        // Part A's sub-paragraphs (a)–(f) belong to its one operative paragraph.
        var urges = document.Clauses.First(c => c.Site.Kind == SiteKind.Operative);
        Assert.StartsWith("Urges all countries", urges.Text, StringComparison.Ordinal);
        Assert.Contains("(f) To provide full support", urges.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mislabelled_folder_does_not_override_the_FRBR_language()
    {
        // A French text filed under Russian/ in the corpus.
        var document = Read(CorpusFile("akn4un-ga/78/Russian", "A_RES_78_103-*F.xml"));
        Assert.Equal(Language.French, document.Language);
        Assert.Equal("A/RES/78/103", document.Symbol.Canonical);
    }

    public static TheoryData<string, string?> FrbrValues => new()
    {
        { "/akn/un/statement/deliberation/unga/2023-12-04/78-53/!main/", "A/RES/78/53" },
        { "/akn/un/statement/deliberation/unga/2023-12-19/78-183A/!main/", "A/RES/78/183A" },
        { "/akn/un/statement/deliberation/unga//78-41/!main/", "A/RES/78/41" },
        { "/akn/un/statement/deliberation/unsc/0001-01-01/2618-2022/!main/", "S/RES/2618(2022)" },
        { "/akn/un/statement/deliberation/unga/2023-12-04/ES-11-1/", "A/RES/ES-11/1" },
        { "/akn/un/statement/deliberation/other/2023-12-04/78-53/", null },
        { "not a uri", null },
    };

    [Theory]
    [MemberData(nameof(FrbrValues))]
    public void FRBR_work_uri_names_the_resolution(string value, string? expected)
    {
        bool ok = AknDocumentReader.TryFrbrSymbol(value, out var symbol);
        Assert.Equal(expected is not null, ok);
        if (expected is not null)
        {
            Assert.Equal(expected, symbol.Canonical);
        }
    }

    [Theory]
    [InlineData("A_RES_78_53-2324488E.xml", "A/RES/78/53")]
    [InlineData("A_RES_78_1_A.xml", "A/RES/78/1")]
    [InlineData("A_RES_78_183A-2326024E.xml", "A/RES/78/183A")]
    [InlineData("A_RES_78_80AB-2324937E.xml", "A/RES/78/80")]
    [InlineData("S_RES_2618 (2022)-2201005E.xml", "S/RES/2618(2022)")]
    [InlineData("S_RES_2687_E.xml", "S/RES/2687")]
    public void File_name_gives_the_symbol_as_a_last_resort(string name, string expected)
    {
        if (expected == "S/RES/2687")
        {
            // An SC file name without the year names no resolution.
            Assert.False(AknDocumentReader.TryFileNameSymbol(name, out _));
            return;
        }

        Assert.True(AknDocumentReader.TryFileNameSymbol(name, out var symbol));
        Assert.Equal(expected, symbol.Canonical);
    }

    [Fact]
    public void Symbol_falls_back_to_docNumber_then_file_name_with_a_warning()
    {
        const string body = """<preamble><container name="Recalling"><p>Recalling its resolution <a href="https://undocs.org/en/A/RES/61/78">61/78</a>,</p></container></preamble>""";
        string withDocNumber = $"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><coverPage><p><docNumber refersTo="#symbol">A/RES/77/12</docNumber></p></coverPage>{body}</statement></akomaNtoso>""";
        var fromDocNumber = ReadString(withDocNumber, "x.xml");
        Assert.Equal("A/RES/77/12", fromDocNumber.Document!.Symbol.Canonical);
        Assert.False(fromDocNumber.Document.SymbolFromFileName);
        Assert.Contains(fromDocNumber.Diagnostics, d => d.Code == DiagnosticCodes.NoDate);

        string bare = $"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>{body}</statement></akomaNtoso>""";
        var fromName = ReadString(bare, "/nowhere/A_RES_77_13-123E.xml");
        Assert.Equal("A/RES/77/13", fromName.Document!.Symbol.Canonical);
        Assert.True(fromName.Document.SymbolFromFileName);
        Assert.Contains(fromName.Diagnostics, d => d.Code == DiagnosticCodes.SymbolFromFileName && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("A/RES/61/78", Assert.Single(fromName.Document.Links).Target.Canonical);

        var none = ReadString(bare, "/nowhere/resolution.xml");
        Assert.False(none.Succeeded);
        Assert.Contains(none.Diagnostics, d => d.Code == DiagnosticCodes.NotAResolution && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void External_entity_is_rejected_without_being_resolved()
    {
        string secret = Path.Combine(Path.GetTempPath(), $"lineage-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            string xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE akomaNtoso [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement><preamble><container name="Recalling"><p>&xxe;</p></container></preamble></statement></akomaNtoso>
                """;
            var result = ReadString(xml, "xxe.xml");
            Assert.False(result.Succeeded);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.XmlDtd, diagnostic.Code);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.DoesNotContain("SECRET", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Entity_expansion_bomb_is_rejected_as_a_DTD()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"> ]>
            <akomaNtoso><statement><preamble><container name="x"><p>&lol3;</p></container></preamble></statement></akomaNtoso>
            """;
        var result = ReadString(xml, "bomb.xml");
        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.XmlDtd, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Malformed_XML_gives_a_diagnostic_with_the_line_not_an_exception()
    {
        const string xml = "<akomaNtoso>\n<statement>\n<preamble><container name=\"Recalling\"><p>Recalling</container>\n</statement></akomaNtoso>";
        var result = ReadString(xml, "broken.xml");
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.XmlMalformed, diagnostic.Code);
        Assert.Equal(3, diagnostic.Span!.Value.Line);
        Assert.StartsWith("broken.xml:3:", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_XML_and_missing_files_give_diagnostics()
    {
        var other = ReadString("<html><body/></html>", "page.xml");
        Assert.Equal(DiagnosticCodes.NotAkn, Assert.Single(other.Diagnostics).Code);

        var missing = new AknDocumentReader().Read(Path.Combine(Path.GetTempPath(), "no-such-dir-lineage", "A_RES_1_1.xml"), ReaderOptions.Default);
        Assert.False(missing.Succeeded);
        Assert.Equal(DiagnosticCodes.FileNotFound, Assert.Single(missing.Diagnostics).Code);

        var empty = ReadString(string.Empty, "empty.xml");
        Assert.Equal(DiagnosticCodes.XmlMalformed, Assert.Single(empty.Diagnostics).Code);
    }

    [Fact]
    public void CanRead_takes_XML_files_that_hold_an_akomaNtoso_element()
    {
        var reader = new AknDocumentReader();
        Assert.Equal("akn", reader.Name);
        Assert.True(reader.CanRead("a.xml", "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"x\">"u8));
        Assert.False(reader.CanRead("a.xml", "<html>"u8));
        Assert.False(reader.CanRead("a.txt", "<akomaNtoso>"u8));
    }

    private static ReadResult ReadString(string xml, string path)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return new AknDocumentReader().Read(stream, path);
    }
}
