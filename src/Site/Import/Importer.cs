using Site.Corpus;
using Site.Text;

namespace Site.Import;

/// <summary>A document the importer made: where it goes, its front-matter, its paragraphs, and notes for the editors.</summary>
public sealed record ImportedDocument(string RelativePath, object FrontMatter, IReadOnlyList<string> Paragraphs, string Title, string? Author, IReadOnlyList<string> Topics, SourceRef Source, string? Doubt);

public sealed record ImportResult(CollectionInfo Collection, IReadOnlyList<ImportedDocument> Messages, IReadOnlyList<ImportedDocument> Resolutions)
{
    public IEnumerable<ImportedDocument> All => Messages.Concat(Resolutions);
}

/// <summary>Turns the two source documents into corpus documents (not yet written).</summary>
public static class Importer
{
    public static ImportResult Run(string messagesText, string messagesFile, string resolutionsText, string resolutionsFile, IReadOnlyList<Topic> topics)
    {
        var assigner = new TopicAssigner(topics);
        var (header, segments) = MessageSegmenter.Segment(SourceText.Lines(messagesText));
        var collection = new CollectionInfo
        {
            Title = header.ElementAtOrDefault(0)?.Text ?? "",
            Subtitle = header.ElementAtOrDefault(1)?.Text ?? "",
            Source = new SourceRef { File = messagesFile, FirstLine = header.FirstOrDefault()?.Number ?? 1, LastLine = header.LastOrDefault()?.Number ?? 1 },
        };

        var messages = new List<ImportedDocument>();
        var bodies = new List<IReadOnlyList<string>>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        int order = 0;
        foreach (var seg in segments)
        {
            order++;
            var facts = MessageAnalyzer.Analyze(seg);
            var paragraphs = seg.Content.Where(l => l.Number != facts.TitleLine).Select(l => l.Text).ToList();
            var dupIndex = DuplicateFinder.EarlierCopy(paragraphs, bodies);
            bodies.Add(paragraphs);
            // An unsigned message is named by its first words, which tell it apart better than "پیام به کنگره".
            var slugBase = Transliterator.Slug(facts.Author ?? paragraphs.FirstOrDefault() ?? facts.Title, facts.AuthorKind == AuthorKind.Person ? 3 : 4);
            var slug = Unique(string.IsNullOrEmpty(slugBase) ? "message" : slugBase, slugs);
            var id = $"msg-{order:000}";
            var source = new SourceRef { File = messagesFile, FirstLine = seg.FirstLine, LastLine = seg.LastLine, TitleLine = facts.TitleLine };
            var fm = new MessageFrontMatter
            {
                Id = id, Slug = slug, Order = order, Title = facts.Title, Author = facts.Author, AuthorKind = facts.AuthorKind,
                Place = facts.Place, Date = facts.Date, Topics = assigner.Assign(facts.Title, paragraphs), Source = source,
                DuplicateOf = dupIndex is int d ? $"msg-{d + 1:000}" : null,
            };
            var doubt = string.Join("; ", new[] { seg.Doubt, facts.Doubt, dupIndex is int x ? $"nearly repeats msg-{x + 1:000}" : null }.Where(s => s is not null));
            messages.Add(new ImportedDocument($"messages/{order:000}-{slug}.md", fm, paragraphs, fm.Title, fm.Author, fm.Topics, source, doubt.Length > 0 ? doubt : null));
        }

        var resolutions = new List<ImportedDocument>();
        slugs.Clear();
        int number = 0;
        foreach (var seg in ResolutionSegmenter.Segment(SourceText.Lines(resolutionsText)))
        {
            number++;
            var heading = seg.Content.First();
            var paragraphs = seg.Content.Skip(1).Select(l => l.Text).ToList();
            var written = ResolutionSegmenter.HeadingNumber(heading.Text);
            var slug = Unique(Transliterator.Slug(StripHeadingWords(heading.Text), 4, skipLinkWords: true), slugs);
            var source = new SourceRef { File = resolutionsFile, FirstLine = seg.FirstLine, LastLine = seg.LastLine, TitleLine = heading.Number };
            var fm = new ResolutionFrontMatter
            {
                Id = $"res-{number:00}", Slug = slug, Number = number, Title = heading.Text,
                Proposed = heading.Text.Contains("پیشنهاد", StringComparison.Ordinal) || heading.Text.Contains("پيشنهاد", StringComparison.Ordinal),
                Topics = assigner.Assign(heading.Text, paragraphs), Source = source,
            };
            string? doubt = seg.StartReason != "heading" ? seg.StartReason : null;
            if (written is int w && w != number) doubt = $"the heading says {w}, but it is resolution {number} in order";
            resolutions.Add(new ImportedDocument($"resolutions/{number:00}-{slug}.md", fm, paragraphs, fm.Title, null, fm.Topics, source, doubt));
        }
        return new ImportResult(collection, messages, resolutions);
    }

    /// <summary>"قرار در حمایت از پناهجویان افغانستانی" → "پناهجویان افغانستانی": the words that tell resolutions apart.</summary>
    static string StripHeadingWords(string heading)
    {
        var t = System.Text.RegularExpressions.Regex.Replace(PersianText.Normalize(heading), @"^[0-9۰-۹]+\s*-\s*", "");
        foreach (var p in new[] { "قطعنامه", "قرار", "فرار", "پیشنهادی", "پيشنهادى", "پیشنهادى" })
            if (t.StartsWith(p + " ", StringComparison.Ordinal)) t = t[(p.Length + 1)..];
        foreach (var p in new[] { "در مورد ", "درباره ", "در حمایت از ", "در حمايت از ", "در محکومیت ", "در مقابله با ", "علیه ", "در " })
            if (t.StartsWith(p, StringComparison.Ordinal)) { t = t[p.Length..]; break; }
        return t;
    }

    static string Unique(string slug, HashSet<string> used)
    {
        var s = slug; int n = 2;
        while (!used.Add(s)) s = $"{slug}-{n++}";
        return s;
    }
}
