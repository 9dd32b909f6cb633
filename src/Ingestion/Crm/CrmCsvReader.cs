// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Crm.Internal;
using SalesCognition.Ingestion.Csv;
using SalesCognition.Ingestion.Sources;

namespace SalesCognition.Ingestion.Crm;

/// <summary>
/// Reads CRM exports as CSV: an accounts table (<c>account, sector, revenue, employees, office_location</c>), a
/// product table (<c>product, series</c>) and a sales pipeline (<c>opportunity_id, product, account, deal_stage</c>).
/// The table is recognised by its header. Won deals become cases, lost deals cases marked lost, open deals
/// opportunities. A bad row is reported with its row number (the header is row 1) and skipped; good rows ingest.
/// Ingest a folder (accounts, then products, then the pipeline, in name order) so deals link to known accounts and
/// product spellings resolve to the catalog's names.
/// </summary>
public sealed class CrmCsvReader : ISourceReader
{
    /// <inheritdoc />
    public string Name => "crm-csv";

    /// <inheritdoc />
    public bool CanRead(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        return Path.GetExtension(input.Path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public ParsedSource Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var table = CsvTable.Parse(input.Text);
        if (table.Header.Count == 0)
        {
            var problem = table.Problems[0];
            throw new SourceFormatException($"{input.Path}: line {problem.Line}: {problem.Message}");
        }

        var parsed = PipelineTable.Matches(table) ? PipelineTable.Read(input, table)
            : AccountsTable.Matches(table) ? AccountsTable.Read(input, table)
            : ProductsTable.Matches(table) ? ProductsTable.Read(input, table)
            : null;
        if (parsed is not null)
        {
            var skipped = table.Problems.Select(p => new IngestionWarning(
                p.Location,
                $"{p.Message} The row was skipped."));
            return parsed with { Warnings = [.. skipped, .. parsed.Warnings] };
        }

        return new ParsedSource
        {
            Kind = SourceKinds.Cases,
            Title = Path.GetFileNameWithoutExtension(input.Path),
            Warnings =
            [
                new IngestionWarning("row 1", $"columns '{string.Join(", ", table.Header)}' are not a CRM table this reader knows " +
                    "(accounts, products or sales pipeline); nothing was taken from the file."),
            ],
        };
    }
}
