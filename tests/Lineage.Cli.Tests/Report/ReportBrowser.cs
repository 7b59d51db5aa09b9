using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Lineage.Cli.Tests.Report;

/// <summary>
/// Headless Debian Chromium driven by Playwright for .NET (its own browser download is never used). Every request
/// that is not file:// is aborted and recorded, so a test can assert that a report page asks the network for nothing.
/// </summary>
internal sealed class ReportBrowser : IAsyncDisposable
{
    /// <summary>The flags this machine's Chromium needs headless (.library/env/machines/dotnet.md).</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReportBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Requests that were not file:// (each was aborted).</summary>
    public ConcurrentQueue<string> Blocked { get; } = new();

    /// <summary>Where screenshots go: <c>artifacts/report/</c> at the repository root (CI keeps it; git ignores it).</summary>
    public static string Artifacts
    {
        get
        {
            string path = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "report");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>Launches Chromium; skips (or fails under CI) when /usr/bin/chromium is absent.</summary>
    public static async Task<ReportBrowser> LaunchAsync()
    {
        string chromium = Requires.Chromium();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = Flags });
        return new ReportBrowser(playwright, browser);
    }

    /// <summary>Opens a report file and waits until its layout has finished.</summary>
    public async Task<IPage> OpenAsync(string file, int width = 1600, int height = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                Blocked.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var errors = new ConcurrentQueue<string>();
        page.PageError += (_, error) => errors.Enqueue(error);
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.lineageReport && window.lineageReport.ready === true", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.Empty(errors);
        return page;
    }

    /// <summary>Saves a screenshot under <see cref="Artifacts"/> and checks it is not blank.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        string path = Path.Combine(Artifacts, name + ".png");
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        var image = PngImage.Decode(png);
        Assert.True(image.ForegroundShare > 0.02, $"{path} is blank: {image.ForegroundShare:P2} of its pixels differ from the background");
        Assert.True(image.DistinctColours > 16, $"{path} is nearly blank: {image.DistinctColours} colours");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
