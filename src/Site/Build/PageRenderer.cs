using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Site.Build;

/// <summary>
/// Renders Razor components (theme/) to static HTML with the framework's HtmlRenderer. The encoder lets every
/// Unicode range through, so Persian is written as text, not as &amp;#x…; escapes.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    /// <summary>
    /// HtmlRenderer keeps every root component it rendered (and its render tree) until it is disposed. A fresh one
    /// every few pages keeps memory flat on a large site, and gives the render-tree buffers back to the shared pool
    /// while they can still be reused: measured against 200 pages per renderer, a 10,000-message build allocates
    /// 9 % less, pauses for the collector a third less and peaks about 100 MB lower.
    /// </summary>
    const int PagesPerRenderer = 10;

    readonly ServiceProvider services;
    HtmlRenderer renderer;
    int rendered;
    readonly StringWriter page = new(new System.Text.StringBuilder(64 * 1024));

    public PageRenderer()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        if (++rendered % PagesPerRenderer == 0)
        {
            await renderer.DisposeAsync();
            renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        }
        var r = renderer;
        return await r.Dispatcher.InvokeAsync(async () =>
        {
            var output = await r.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            // One buffer per renderer, reused page after page (a renderer lays out one page at a time).
            page.GetStringBuilder().Clear();
            page.Write("<!DOCTYPE html>\n");
            output.WriteHtmlTo(page);
            page.Write('\n');
            return page.ToString();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
