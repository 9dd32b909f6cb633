// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;

namespace SalesCognition.Ingestion.Crm.Internal;

/// <summary>The deals of one account, summarised as the text of its deal-history entry.</summary>
internal sealed class AccountHistory
{
    private readonly List<Deal> _deals = [];

    public void Add(Deal deal) => _deals.Add(deal);

    public string Describe(string account)
    {
        var won = _deals.Where(d => d.Stage == "Won").ToList();
        var lost = _deals.Count(d => d.Stage == "Lost");
        var open = _deals.Count(d => d.IsOpen);
        var products = won.GroupBy(d => d.Product, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} x{g.Count()}"));
        var value = won.Sum(d => d.Value ?? 0);
        var closed = _deals.Where(d => d.Closed is not null).Select(d => d.Closed!.Value).DefaultIfEmpty().Max();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{account}: {won.Count} won deals ({string.Join(", ", products)}), worth {value:N0} USD; {lost} lost, {open} open.")
            + (closed == default ? "" : string.Create(
                CultureInfo.InvariantCulture,
                $" Last deal closed {closed:yyyy-MM-dd}."));
    }
}
