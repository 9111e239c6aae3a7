using Microsoft.AspNetCore.Components;
using Site.Corpus;
using Site.Model;
using Site.Translations;

namespace Site.Render;

/// <summary>
/// A page component: it takes one parameter, its model. <see cref="PageRenderer"/> sets it by this interface's
/// member name, so a page cannot be laid out with a model of another type or a parameter it does not have.
/// </summary>
public interface IPage<TModel> : IComponent
{
    TModel Model { get; set; }
}

/// <summary>What every page's model carries: the page's context (the site, the page's path, its language).</summary>
public interface IPageModel
{
    PageContext Ctx { get; }
}

/// <summary>The Persian home page.</summary>
public sealed record HomePageModel(PageContext Ctx) : IPageModel;

/// <summary>An edition's home (&lt;lang&gt;/), in the edition's language.</summary>
public sealed record EditionHomePageModel(PageContext Ctx) : IPageModel;

/// <summary>One page of the list of all messages or all resolutions.</summary>
public sealed record ListPageModel(PageContext Ctx, string Heading, string? Intro, IReadOnlyList<RenderedDocument> Docs, Pager Pager) : IPageModel;

/// <summary>Every topic with its counts.</summary>
public sealed record TopicsIndexPageModel(PageContext Ctx) : IPageModel;

/// <summary>A topic's page: its messages on this page of the list (all resolutions on the first), and the counts.</summary>
public sealed record TopicPageModel(PageContext Ctx, Topic Topic, IReadOnlyList<RenderedDocument> Messages, IReadOnlyList<RenderedDocument> Resolutions, int MessageCount, Pager Pager) : IPageModel;

/// <summary>
/// A message or resolution page, in Persian or in an edition: the document, its neighbours, related documents and its
/// translations rendered (on an edition's page, that edition's alone).
/// </summary>
public sealed record DocumentPageModel(
    PageContext Ctx, RenderedDocument Doc, RenderedDocument? Prev, RenderedDocument? Next, IReadOnlyList<RenderedDocument> Related,
    IReadOnlyDictionary<string, IReadOnlyList<RenderedParagraph>> TranslationHtml) : IPageModel;

/// <summary>An about page, Persian or an edition's; it lists the site's downloads once they exist.</summary>
public sealed record AboutPageModel(PageContext Ctx) : IPageModel;

/// <summary>A search page, in the page's language.</summary>
public sealed record SearchPageModel(PageContext Ctx) : IPageModel;

/// <summary>One page of the table of translations by document.</summary>
public sealed record TranslationsIndexPageModel(PageContext Ctx, IReadOnlyList<RenderedDocument> Docs, Pager Pager) : IPageModel;

/// <summary>A source document as received, line by line; each document's lines grouped under its id, with a link to its page.</summary>
public sealed record SourcePageModel(PageContext Ctx, SourceDocument Source, IReadOnlyList<RenderedDocument> Docs) : IPageModel;

/// <summary>The page served for any missing address.</summary>
public sealed record NotFoundPageModel(PageContext Ctx) : IPageModel;

/// <summary>What changed, by date: in Persian every change; in a translation's language, the documents' and that language's.</summary>
public sealed record ChangesPageModel(PageContext Ctx, IReadOnlyList<Change> Changes) : IPageModel;

/// <summary>A translator's workbench page (translate/&lt;lang&gt;/&lt;id&gt;.html).</summary>
public sealed record WorkbenchPageModel(PageContext Ctx, WorkbenchContent Content) : IPageModel;
