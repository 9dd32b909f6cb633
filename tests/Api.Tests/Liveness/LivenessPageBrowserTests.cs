// Copyright (c) SalesCognition. All rights reserved.

using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using SalesCognition.Api.Hosting;
using SalesCognition.Ingestion.Pipeline;
using SalesCognition.Testing;

namespace SalesCognition.Api.Tests.Liveness;

/// <summary>
/// The knowledge manager's page in headless Chromium against a real server on a loopback port: rows, prune with a
/// reason, the audit log, search without the entry, restore; and a screenshot. The browser may reach only loopback.
/// </summary>
public sealed class LivenessPageBrowserTests : IAsyncLifetime, IDisposable
{
    private const int Width = 1280;
    private const int Height = 900;

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly TempDirectory _folder = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _address;

    public async Task InitializeAsync()
    {
        if (!File.Exists(RequiresChromiumFactAttribute.ExecutablePath)
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        _app = ServerHost.Build(["http://127.0.0.1:0"], _folder.Combine("data"), verbose: false, builder =>
            builder.Services.Replace(
                ServiceDescriptor.Singleton<IEmbeddingGenerator<string, Embedding<float>>>(new HashingEmbeddingGenerator())));
        await _app.StartAsync();
        Assert.Empty((await _app.Services.GetRequiredService<IngestionPipeline>().IngestAsync([RepositoryPaths.Samples])).Failed);
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Assert.True(System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(_address.Host)));

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiresChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    [RequiresChromiumFact]
    public async Task Page_PruneWithReasonThenRestore_ShowsAuditAndLeavesThenReturnsToSearch()
    {
        using var http = new HttpClient { BaseAddress = _address };
        var target = (await SearchAsync(http, "audit log"))[0];
        var page = await OpenPageAsync();
        var row = page.Locator($"#entries tbody tr[data-entry-id='{target}']");

        var rowsBefore = await page.Locator("#entries tbody tr").CountAsync();
        await row.Locator("button.prune").ClickAsync();
        await page.Locator("#prune-confirm").ClickAsync();
        var emptyReasonError = await page.Locator("#prune-error").TextContentAsync();
        await page.Locator("#prune-reason").FillAsync("replaced by the 2025 audit guide");
        await page.Locator("#prune-confirm").ClickAsync();
        var pruneRecord = page
            .Locator("#audit tbody tr")
            .Filter(new() { HasText = "replaced by the 2025 audit guide" });
        await pruneRecord.WaitForAsync();
        var searchWhileArchived = await SearchAsync(http, "audit log");
        var visibleWhileArchived = await row.CountAsync();

        await page.Locator("#show-archived").CheckAsync();
        await row.Locator("button.restore").ClickAsync();
        await page.Locator("#audit tbody tr td.action").Filter(new() { HasText = "restore" }).WaitForAsync();
        await page.Locator("#audit tbody tr").Nth(1).WaitForAsync();
        var searchAfterRestore = await SearchAsync(http, "audit log");

        Assert.True(rowsBefore > 5, $"only {rowsBefore} rows");
        Assert.Equal("A reason is required.", emptyReasonError);
        Assert.Contains(target, await pruneRecord.Locator("td.ids").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("web-manager", await pruneRecord.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(target, searchWhileArchived);
        Assert.Equal(0, visibleWhileArchived);
        Assert.Equal(target, searchAfterRestore[0]);
        Assert.Equal("prune", await page.Locator("#audit tbody tr").Nth(1).Locator("td.action").TextContentAsync());
    }

    [RequiresChromiumFact]
    public async Task Page_SortAndSelect_OrdersRowsAndDrawsTheUsageChart()
    {
        using var http = new HttpClient { BaseAddress = _address };
        var target = (await SearchAsync(http, "MFA gateway"))[0];
        await _app!.Services.GetRequiredService<Retrieval.Liveness.LedgerUsageRecorder>().FlushAsync();
        var page = await OpenPageAsync();

        await page.Locator("#entries th[data-key='retrievedTotal']").ClickAsync();
        await page.Locator("#entries th[data-key='retrievedTotal']").ClickAsync();
        var sortedDescending = await page.Locator("#entries tbody tr td:nth-child(6)").AllTextContentsAsync();
        await page.Locator($"#entries tbody tr[data-entry-id='{target}'] td:nth-child(2)").ClickAsync();
        await page.Locator("#usage-chart rect").First.WaitForAsync();

        var counts = sortedDescending.Select(int.Parse).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.True(counts[0] >= 1);
        Assert.Equal(3, await page.Locator("#detail-terms li").CountAsync());
        Assert.Equal(1, await page.Locator("#usage-chart rect").CountAsync());
    }

    [RequiresChromiumFact]
    public async Task Page_Screenshot_IsANonBlankPngOfTheViewportSize()
    {
        var page = await OpenPageAsync();
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var path = Path.Combine(folder, "liveness-page.png");

        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Type = ScreenshotType.Png });

        Assert.True(File.Exists(path));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.True(DistinctPixelBytes(png) > 32, "the screenshot looks blank");
    }

    private async Task<IPage> OpenPageAsync()
    {
        var page = await _browser!.NewPageAsync(
            new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = Width, Height = Height } });

        // Only the test server may be reached: anything else is aborted before it leaves the browser.
        await page.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host == _address!.Host && new Uri(route.Request.Url).Port == _address.Port
                ? route.ContinueAsync()
                : route.AbortAsync());
        await page.GotoAsync(_address!.ToString());
        await page.Locator("#entries tbody tr").First.WaitForAsync();
        return page;
    }

    private static async Task<List<string>> SearchAsync(HttpClient http, string query)
    {
        var response = await http.PostAsJsonAsync("/v1/search", new { query, topK = 10 });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
    }

    /// <summary>
    /// How many different byte values the decompressed image data holds: a blank page has only a handful.
    /// </summary>
    private static int DistinctPixelBytes(byte[] png)
    {
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            if (System.Text.Encoding.ASCII.GetString(png, offset + 4, 4) == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        using var pixels = new MemoryStream();
        inflate.CopyTo(pixels);
        return pixels.ToArray().Distinct().Count();
    }
}
