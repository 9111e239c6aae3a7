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
    readonly ServiceProvider services;
    readonly HtmlRenderer renderer;

    public PageRenderer()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return "<!DOCTYPE html>\n" + output.ToHtmlString() + "\n";
        });

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
