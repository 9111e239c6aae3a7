using Site.Corpus;
using Site.Project;
using Site.Render;
using Site.Verify;

namespace Site.Pipeline;

/// <summary>
/// While the main thread starts the build (configuration, the first files), the other core is idle: it runs each
/// library's first, slow use once (code compiled on first use, caches filled), so the build's own first uses are
/// fast. Nothing it makes is kept.
/// </summary>
public static class WarmUp
{
    public static Task Start() => Task.Run(() =>
    {
        MarkdownText.Blocks("متن **پررنگ** و [پیوند](https://example.org/)\n\n- فهرست\n\n## عنوان\n", 1, html: true);
        Yaml.Read<MessageFrontMatter>(
            "id: m\nslug: m\nkind: message\norder: 1\ntitle: t\nauthor: a\nauthor_kind: person\nplace: p\n" +
            "date:\n  written: w\n  jalali: 1400-01-01\n  iso: 2021-03-21\ntopics:\n- a\nsource:\n  file: f\n  first_line: 1\n  last_line: 2\n", "warm-up");
        var page = VerifyOutput.Scan("a/b.html", "<html lang=\"fa\" dir=\"rtl\"><title>t</title><h1 id=\"y\">z</h1><a href=\"../x.html#p1\">z</a>");
        VerifyOutput.Check([page], p => p == "x.html", _ => ["p1"]);
        Text.PersianText.ParagraphHash("متن");
        var renderer = new PageRenderer();
        renderer.RenderAsync<Sample, string>("متن").GetAwaiter().GetResult();
        renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    });

    /// <summary>A component with a little of everything a page has: elements, attributes, text, markup, a child.</summary>
    sealed class Sample : Microsoft.AspNetCore.Components.ComponentBase, IPage<string>
    {
        [Microsoft.AspNetCore.Components.Parameter] public string Model { get; set; } = "";

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder b)
        {
            b.OpenElement(0, "html");
            b.AddAttribute(1, "lang", "fa");
            b.OpenElement(2, "p");
            b.AddAttribute(3, "class", "x");
            b.AddContent(4, Model);
            b.AddContent(5, (Microsoft.AspNetCore.Components.MarkupString)"<b>x</b>");
            b.CloseElement();
            if (Model.Length < 10)
            {
                b.OpenComponent<Sample>(6);
                b.AddComponentParameter(7, nameof(Model), Model + Model);
                b.CloseComponent();
            }
            b.CloseElement();
        }
    }
}
