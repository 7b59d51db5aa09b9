namespace Lineage.Cli.Output;

/// <summary>How an analysis command writes its report: an aligned table for reading, or JSON, CSV, Markdown for other tools.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
    Markdown,
}
