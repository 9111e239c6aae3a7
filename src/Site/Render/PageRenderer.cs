using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Site.Render;

/// <summary>
/// Renders Razor components (theme/) to static HTML with the framework's HtmlRenderer. The encoder lets every
/// Unicode range through, so Persian is written as text, not as &amp;#x…; escapes.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    /// <summary>
    /// HtmlRenderer keeps every root component it rendered (and its render tree) until it is disposed. A fresh one
    /// every few pages keeps memory flat on a large site, and gives the render-tree buffers back to the shared pool
    /// while they can still be reused: a large build allocates less, pauses less for the collector and peaks lower.
    /// Every 3 pages rather than 10: fewer trees outlive a collection, and at 10,000 documents the collector paused
    /// some 150 ms less (1, 2, 3, 5, 10 and 40 measured; bench/RESULTS.md).
    /// </summary>
    const int PagesPerRenderer = 3;

    readonly ServiceProvider services;
    HtmlRenderer renderer;
    int rendered;

    /// <summary>
    /// The page being written: one buffer per renderer, reused page after page (a renderer lays out one page at a
    /// time). While the page fits in its one chunk it is handed out as is, and no string is made of it.
    /// </summary>
    System.Text.StringBuilder buffer = new(PageCapacity);
    StringWriter page;
    const int PageCapacity = 64 * 1024;

    public PageRenderer()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        page = new StringWriter(buffer);
    }

    public async Task<string> RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent, TModel>(TModel model) where TComponent : IPage<TModel>
    {
        string? html = null;
        await RenderAsync<TComponent, TModel>(model, text => html = text.ToString());
        return html!;
    }

    /// <summary>
    /// Lays out a page from its model and hands its HTML to <paramref name="use"/>, which must be done with it when it returns: the
    /// text is this renderer's buffer, written over by the next page. Copying each page into a string of its own cost
    /// a noticeable share of the layout's time and of the build's allocations.
    /// </summary>
    public async Task RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent, TModel>(TModel model, Action<ReadOnlyMemory<char>> use) where TComponent : IPage<TModel>
    {
        // The one place a parameter is named: the page's model, by the name the interface gives it.
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(IPage<TModel>.Model)] = model });
        if (++rendered % PagesPerRenderer == 0)
        {
            await renderer.DisposeAsync();
            renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        }
        var r = renderer;
        await r.Dispatcher.InvokeAsync(async () =>
        {
            var output = await r.RenderComponentAsync<TComponent>(parameters);
            buffer.Clear();
            page.Write("<!DOCTYPE html>\n");
            output.WriteHtmlTo(page);
            page.Write('\n');
            ReadOnlyMemory<char> only = default;
            var chunks = 0;
            foreach (var chunk in buffer.GetChunks()) { only = chunk; chunks++; }
            if (chunks == 1) { use(only); return; }
            // Longer than the buffer: copied once, and the next buffer is made to hold a page this long in one piece.
            use(buffer.ToString().AsMemory());
            buffer = new System.Text.StringBuilder(Math.Max(PageCapacity, buffer.Length + buffer.Length / 4));
            page = new StringWriter(buffer);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
