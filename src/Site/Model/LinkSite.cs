using Site.Corpus;
using Site.Project;
using Site.Translations;

namespace Site.Model;

/// <summary>Stage: joins the rendered documents with their topics, translations and neighbours into the model the templates read.</summary>
public static class LinkSite
{
    public static SiteModel Run(SiteConfig config, CorpusContent corpus, IReadOnlyList<RenderedDocument> messages, IReadOnlyList<RenderedDocument> resolutions,
        IReadOnlyList<Translation> translations, UiStrings fa, IReadOnlyDictionary<string, UiStrings> strings)
    {
        // One pass over the documents, not one per topic: at 10,000 documents and 20 topics the latter was most of
        // this stage, chasing each document's topics through the heap twenty times.
        var byTopic = corpus.Topics.ToDictionary(t => t.Slug, _ => new List<RenderedDocument>());
        foreach (var d in messages.Concat(resolutions))
            foreach (var t in d.Doc.Topics)
                if (byTopic.TryGetValue(t, out var list) && (list.Count == 0 || !ReferenceEquals(list[^1], d))) list.Add(d);
        var byId = translations.GroupBy(t => t.Original.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Translation>)g.OrderBy(t => config.Translations.IndexOf(t.Lang)).ToList());
        return new SiteModel(config, corpus.Collection, fa, strings, corpus.Topics, messages, resolutions,
            byTopic.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<RenderedDocument>)kv.Value), byId, translations);
    }

    /// <summary>A document's neighbours: previous and next in its series, and related documents of the other kind (sharing topics, most shared first).</summary>
    public static (RenderedDocument? Prev, RenderedDocument? Next, IReadOnlyList<RenderedDocument> Related) NeighboursOf(SiteModel site, RenderedDocument d)
    {
        var (series, others) = d.Doc is Message ? (site.Messages, site.Resolutions) : (site.Resolutions, site.Messages);
        int i = site.PositionOf(d);
        var topics = d.Doc.Topics.ToHashSet();
        // The fallback topic (the first, broad one) says little about relatedness: count it only when nothing else is shared.
        var broad = site.Topics.Count > 0 ? site.Topics[0].Slug : "";
        var related = others
            .Select(o => (Doc: o, Shared: o.Doc.Topics.Count(t => topics.Contains(t) && t != broad), Broad: o.Doc.Topics.Contains(broad) && topics.Contains(broad)))
            .Where(x => x.Shared > 0 || x.Broad)
            .OrderByDescending(x => x.Shared).ThenBy(x => x.Doc.Doc.Order)
            .Take(6).Select(x => x.Doc).ToList();
        return (i > 0 ? series[i - 1] : null, i + 1 < series.Count ? series[i + 1] : null, related);
    }
}
