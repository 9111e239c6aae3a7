using Microsoft.AspNetCore.Http;

namespace Site.Cli;

/// <summary>
/// The preview's live reload: each page it serves carries a small script that listens on <see cref="EventsPath"/>
/// (server-sent events) and reloads the page, at the same scroll position, once a rebuild has finished. The
/// script is added as the page is sent; the built site never has it.
/// </summary>
public sealed class LiveReload : IDisposable
{
    public const string EventsPath = "/_preview/events";

    /// <summary>Marks the script, so tests can tell a served page from a built one.</summary>
    public const string Marker = "data-preview-reload";

    int generation;
    TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly CancellationTokenSource stopping = new();

    /// <summary>A rebuild finished: every open page reloads.</summary>
    public void Rebuilt()
    {
        var done = Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously));
        Interlocked.Increment(ref generation);
        done.TrySetResult();
    }

    /// <summary>
    /// Sends the page with the script before &lt;/body&gt;, as bytes: the page is not decoded and encoded again (an
    /// editor's browser, or a script polling for a save, asks for it many times a second). The script knows which
    /// build it was served from: a rebuild that ends between the page's request and its listening still reloads it.
    /// </summary>
    public async Task SendAsync(HttpResponse response, byte[] html)
    {
        var script = System.Text.Encoding.UTF8.GetBytes("<script " + Marker + ">(function(){var g=" + Volatile.Read(ref generation) + ",k=\"preview-scroll:\"+location.pathname;"
            + "try{var y=sessionStorage.getItem(k);if(y!==null){sessionStorage.removeItem(k);addEventListener(\"load\",function(){scrollTo(0,+y)})}}catch(e){}"
            + "var s=new EventSource(\"" + EventsPath + "\");s.onmessage=function(e){if(+e.data!==g){s.close();"
            + "try{sessionStorage.setItem(k,String(scrollY))}catch(x){}location.reload()}}})()</script>");
        var at = html.AsSpan().LastIndexOf("</body>"u8);
        if (at < 0) at = html.Length;
        response.ContentLength = html.Length + script.Length;
        await response.Body.WriteAsync(html.AsMemory(0, at));
        await response.Body.WriteAsync(script);
        await response.Body.WriteAsync(html.AsMemory(at));
    }

    /// <summary>The event stream: the current build's number at once, then each new one.</summary>
    public async Task StreamAsync(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/event-stream";
        ctx.Response.Headers.CacheControl = "no-cache";
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted, stopping.Token);
        try
        {
            while (true)
            {
                var wait = Volatile.Read(ref next).Task;
                await ctx.Response.WriteAsync($"data: {Volatile.Read(ref generation)}\n\n", both.Token);
                await ctx.Response.Body.FlushAsync(both.Token);
                await wait.WaitAsync(both.Token);
            }
        }
        catch (OperationCanceledException) { /* the page went away, or the preview stops */ }
    }

    public void Dispose() { stopping.Cancel(); stopping.Dispose(); }
}
