// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Crm.Internal;
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

        var table = CsvTable.Parse(input.Path, input.Text);
        if (PipelineTable.Matches(table))
        {
            return PipelineTable.Read(input, table);
        }

        if (AccountsTable.Matches(table))
        {
            return AccountsTable.Read(input, table);
        }

        if (ProductsTable.Matches(table))
        {
            return ProductsTable.Read(input, table);
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
