using Lineage.Model;

namespace Lineage.Reporting;

/// <summary>
/// One mention behind a link: the citation as read (verb, relation, site, date given, language, file, page, line) and
/// the sentence it was read from, with the cited symbol's place in it (null when the sentence is not available).
/// </summary>
public sealed record ReportEvidence(Citation Citation, CitationEvidence? Sentence);
