using System.Text.RegularExpressions;
using Site.Project;

namespace Site.Corpus;

/// <summary>Everything in input/ that the site is made of, read and validated.</summary>
public sealed record CorpusContent(
    CollectionInfo Collection,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Message> Messages,
    IReadOnlyList<Resolution> Resolutions)
{
    public IEnumerable<Document> All => Messages.Concat<Document>(Resolutions);
}

/// <summary>
/// Reads input/: collection.yml, topics.yml, messages/*.md, resolutions/*.md. Every problem found is collected, so
/// one run names them all; then <see cref="SiteError"/> is thrown.
/// </summary>
public static partial class CorpusReader
{
    /// <summary>What was read from each document file, with the topics it was checked against (see <see cref="FileMemo{T}"/>).</summary>
    public sealed class Memo
    {
        internal FileMemo<(Document? Doc, IReadOnlyList<Diagnostic> Errors, string Topics)> Files { get; } = new();
        internal FileMemo<object?> Settings { get; } = new();
        internal FolderListings Listings { get; } = new();
    }

    /// <param name="memo">When given, a document file unchanged since the last read with the same memo is not read again.</param>
    /// <param name="unchanged">With <paramref name="memo"/>: the files the file system said nothing of since the last read, which need no look at all.</param>
    public static CorpusContent Read(string inputDir, string? displayRoot = null, Memo? memo = null, Unchanged? unchanged = null)
    {
        var errors = new List<Diagnostic>();
        string Show(string p) => Path.GetRelativePath(displayRoot ?? Path.GetDirectoryName(Path.GetFullPath(inputDir))!, p);
        // A setting that names some other folder ('input: /tmp') is one error, not one for each link found there.
        if (Directory.Exists(inputDir) && !new[] { "topics.yml", "collection.yml", Message.Folder, Resolution.Folder }.Any(n => Path.Exists(Path.Combine(inputDir, n))))
            throw new SiteError("statiq.config", 0, $"{Show(inputDir)} is not an input folder: it has no topics.yml, collection.yml, messages/ or resolutions/",
                "Point 'input:' in statiq.config at the folder with the messages and resolutions (the project's own is 'input').");
        // Links and special files first, and alone: what they would make of the rest is no help.
        if (ProjectFiles.Check(inputDir, Show, unchanged) is { Count: > 0 } strange) throw new SiteError(strange);

        var collection = Remember(Path.Combine(inputDir, "collection.yml"), p => ReadYaml<CollectionInfo>(p, Show, errors)) ?? new CollectionInfo();
        var topicsFile = Remember(Path.Combine(inputDir, "topics.yml"), p => ReadYaml<TopicsFile>(p, Show, errors));
        // With a memo, a file read without errors is kept (one with errors is read again, to report them again).
        T? Remember<T>(string path, Func<string, T?> read) where T : class
        {
            if (memo is null) return read(path);
            return (T?)memo.Settings.Get(path, kept => kept is not null, () => { var before = errors.Count; var v = read(path); return errors.Count == before ? v : null; },
                unchanged?.Holds(path) == true);
        }
        var topics = topicsFile?.Topics ?? [];
        if (topicsFile is not null) errors.AddRange(TopicProblems(topics, Path.Combine(inputDir, "topics.yml"), Show));
        // Without a readable topics.yml every document's topics would be unknown: one error says it all.
        var topicSlugs = topicsFile is null ? null : topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);

        var messages = ReadFolder<Message>(Path.Combine(inputDir, Message.Folder), Show, errors, topicSlugs, memo, unchanged);
        var resolutions = ReadFolder<Resolution>(Path.Combine(inputDir, Resolution.Folder), Show, errors, topicSlugs, memo, unchanged);

        // Duplicates are grouped only when there are any (10,000 documents are read at each save of the preview).
        foreach (var group in new List<Document>[] { [.. messages], [.. resolutions] }.Where(g => g.Select(d => d.Slug).Distinct().Count() < g.Count))
        {
            foreach (var dup in group.GroupBy(d => d.Slug).Where(g => g.Count() > 1))
                foreach (var d in dup.Skip(1))
                    errors.Add(new Diagnostic(d.Path, d.File.LineOf("slug"), $"the slug '{d.Slug}' is used by {dup.First().Path} too",
                        "Give this document a slug of its own (lower-case ASCII letters, digits and hyphens)."));
        }
        var all = messages.Concat<Document>(resolutions).ToList();
        foreach (var dup in all.Select(d => d.Id).Distinct().Count() == all.Count ? [] : all.GroupBy(d => d.Id).Where(g => g.Count() > 1))
            foreach (var d in dup.Skip(1))
                errors.Add(new Diagnostic(d.Path, d.File.LineOf("id"), $"the id '{d.Id}' is used by {dup.First().Path} too",
                    "Ids must be unique: give this document a new one."));
        // The order is the reader's "Message 14 of 69" and the position in every list; a resolution's number is its
        // name: each given twice, the site showed two of one and none of another.
        foreach (var (docs, key, what) in new (List<Document>, Func<Document, int>, string)[]
                 { ([.. messages], d => d.Order, "order"), ([.. resolutions], d => d.Order, "number") })
            if (docs.Select(key).Distinct().Count() < docs.Count)
                foreach (var dup in docs.GroupBy(key).Where(g => g.Count() > 1))
                    foreach (var d in dup.Skip(1))
                        errors.Add(new Diagnostic(d.Path, d.File.LineOf(what), $"{what} {dup.Key} is given to {dup.First().Path} too",
                            $"Give each {(d is Message ? "message" : "resolution")} its own {what} (the next free one is {docs.Max(key) + 1})."));
        var ids = messages.Select(m => m.Id).ToHashSet();
        foreach (var m in messages.Where(m => m.DuplicateOf is { } d && !ids.Contains(d)))
            errors.Add(new Diagnostic(m.Path, m.File.LineOf("duplicate_of"), $"duplicate_of names '{m.DuplicateOf}', which is no message's id",
                "Use the id of an existing message, or remove the field."));
        // A duplicate points at the message kept: never at itself, nor at one that is itself a duplicate (a loop, or a chain).
        var byId = messages.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var m in messages.Where(m => m.DuplicateOf is { } d && byId.TryGetValue(d, out var kept) && (kept == m || kept.DuplicateOf is not null)))
            errors.Add(new Diagnostic(m.Path, m.File.LineOf("duplicate_of"),
                m.DuplicateOf == m.Id ? "duplicate_of names this message itself" : $"duplicate_of names '{m.DuplicateOf}', which is itself a duplicate (of '{byId[m.DuplicateOf!].DuplicateOf}')",
                "Name the message that is kept, the one without duplicate_of."));

        if (errors.Count > 0) throw new SiteError(errors);
        return new CorpusContent(collection, topics,
            messages.OrderBy(m => m.Order).ToList(), resolutions.OrderBy(r => r.Order).ToList());
    }

    /// <summary>
    /// A topic's slug is its page's address, and its names are the pages' headings: each slug well formed and its own,
    /// each topic named in Persian and English (a duplicate stopped the build with no file named; a slug with '../'
    /// was stopped only by the output folder's last guard; a topic without 'en' made an empty link).
    /// </summary>
    static IEnumerable<Diagnostic> TopicProblems(List<Topic> topics, string path, Func<string, string> show)
    {
        string[]? lines = null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int LineOf(string slug, int nth)
        {
            lines ??= File.ReadAllLines(path);
            for (int i = 0, n = 0; i < lines.Length; i++)
                if (lines[i].TrimStart(' ', '-').StartsWith("slug:", StringComparison.Ordinal) && lines[i].Trim().EndsWith(slug, StringComparison.Ordinal) && n++ == nth) return i + 1;
            return 1;
        }
        foreach (var t in topics)
        {
            var nth = seen[t.Slug] = seen.GetValueOrDefault(t.Slug, -1) + 1;
            if (!IdPattern().IsMatch(t.Slug))
                yield return new Diagnostic(show(path), LineOf(t.Slug, nth), t.Slug.Length == 0 ? "a topic has no slug" : $"the topic slug '{t.Slug}' is not lower-case ASCII words joined by hyphens",
                    "Write it as the other topics' are, e.g. 'slug: women-and-equality': it is the address of the topic's page.");
            else if (nth > 0)
                yield return new Diagnostic(show(path), LineOf(t.Slug, nth), $"the topic slug '{t.Slug}' is there twice",
                    "Give each topic a slug of its own, or merge the two entries into one.");
            foreach (var (field, name) in new[] { ("fa", t.Fa), ("en", t.En) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)))
                yield return new Diagnostic(show(path), LineOf(t.Slug, nth), $"the topic '{t.Slug}' has no '{field}' name",
                    $"Add '{field}: …' under it: the topic's name on the {(field == "fa" ? "Persian" : "English")} pages.");
        }
    }

    static T? ReadYaml<T>(string path, Func<string, string> show, List<Diagnostic> errors) where T : class
    {
        if (Directory.Exists(path))
        {
            errors.Add(new Diagnostic(show(path), 0, "is a folder, not a file", $"Delete the folder and restore the file, e.g. 'git checkout -- {show(path)}'."));
            return null;
        }
        try { return Yaml.Read<T>(ProjectFiles.ReadText(path, show(path)), show(path)); }
        catch (SiteError e) { errors.AddRange(e.Errors); }
        catch (IOException e) { errors.Add(new Diagnostic(show(path), 1, "cannot be read: " + e.Message, "Check that the file exists and is readable.")); }
        catch (UnauthorizedAccessException e) { errors.Add(new Diagnostic(show(path), 1, "cannot be read: " + e.Message, "Check the file's permissions.")); }
        return null;
    }

    static List<T> ReadFolder<T>(string dir, Func<string, string> show, List<Diagnostic> errors, HashSet<string>? topics, Memo? memo, Unchanged? unchanged) where T : Document
    {
        var docs = new List<T>();
        if (!Directory.Exists(dir))
        {
            errors.Add(new Diagnostic(show(dir), 0, "the folder is missing", "Run the import command to create it (see README)."));
            return docs;
        }
        // Files are read in parallel; results and errors keep the files' order.
        (T? Doc, IReadOnlyList<Diagnostic> Errors) ReadOne(string path)
        {
            try { return ((T)ReadDocument<T>(path, show(path), topics), []); }
            catch (SiteError e) { return (null, e.Errors); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, [new Diagnostic(show(path), 1, "cannot be read: " + e.Message, "Check the file's permissions.")]);
            }
        }
        var checkedAgainst = topics is null ? "" : string.Join('\n', topics.Order(StringComparer.Ordinal));
        (T? Doc, IReadOnlyList<Diagnostic> Errors) Remembered(string path)
        {
            if (memo is null) return ReadOne(path);
            var (doc, errs, _) = memo.Files.Get(path, kept => kept.Topics == checkedAgainst, () => ReadOne(path) is var (d, e) ? (d, e, checkedAgainst) : default,
                unchanged?.Holds(path) == true);
            return ((T?)doc, errs);
        }
        var files = memo?.Listings.Files(dir, "*.md", recursive: false, unchanged) ?? FolderListings.List(dir, "*.md", recursive: false);
        // A document saved as .txt or .MD, or moved into a folder, would be missing with only its source lines to say so.
        var all = memo?.Listings.Files(dir, "*", recursive: false, unchanged) ?? FolderListings.List(dir, "*", recursive: false);
        if (all.Count != files.Count)
            foreach (var other in all.Except(files).Where(f => !ProjectFiles.IsLeftover(Path.GetFileName(f))))
                errors.Add(new Diagnostic(show(other), 0, $"is not read: only files named <name>.md directly in {show(dir)}/ are documents",
                    $"Rename it to end in '.md' (lower case), or move it out of {show(dir)}/."));
        foreach (var folder in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal).Where(d => !ProjectFiles.IsLeftover(Path.GetFileName(d))))
            errors.Add(new Diagnostic(show(folder), 0, $"is a folder: the files in it are not read (only those directly in {show(dir)}/ are)",
                $"Move its documents up into {show(dir)}/ and delete the folder."));
        var results = InParallel.Map(files, Remembered);
        foreach (var (doc, errs) in results) { if (doc is not null) docs.Add(doc); errors.AddRange(errs); }
        return docs;
    }

    /// <summary>Reads one file of the folder of <typeparamref name="T"/> (<see cref="Message"/> or <see cref="Resolution"/>).</summary>
    public static Document ReadDocument<T>(string path, string shown, HashSet<string>? topics) where T : Document
    {
        var file = FrontMatterFile.Parse(shown, ProjectFiles.ReadText(path, shown));
        var errors = new List<Diagnostic>();
        void Need(bool ok, string key, string problem, string fix) { if (!ok) errors.Add(new Diagnostic(shown, file.LineOf(key), problem, fix)); }

        MessageFrontMatter? message = null;
        ResolutionFrontMatter? resolution = null;
        string id, slug, title; List<string> docTopics; SourceRef source;
        if (typeof(T) == typeof(Message))
        {
            message = Yaml.Read<MessageFrontMatter>(file.Yaml, shown, file.YamlFirstLine);
            (id, slug, title, docTopics, source) = (message.Id, message.Slug, message.Title, message.Topics, message.Source);
            Need(message.Order > 0, "order", "'order' is missing or not a positive number", "Give the message's place in the collection, e.g. 'order: 12'.");
            Need(message.AuthorKind == AuthorKind.Unsigned || !string.IsNullOrWhiteSpace(message.Author), "author_kind",
                $"author_kind is '{message.AuthorKind.ToString().ToLowerInvariant()}' but there is no author", "Add 'author: …', or set 'author_kind: unsigned'.");
            Need(message.Kind == "message", "kind", $"kind is '{message.Kind}' in the messages folder", "Set 'kind: message'.");
            if (message.Date is { } date)
            {
                Need(date.Iso is null || date.IsoDate is not null,
                    "date", $"date iso '{date.Iso}' is not a date written yyyy-mm-dd", "Write it like 2021-11-10, or remove the iso line.");
                Need(date.Jalali is null || JalaliPattern().IsMatch(date.Jalali), "date", $"date jalali '{date.Jalali}' is not written yyyy-mm or yyyy-mm-dd",
                    "Write it like 1400-08-19 (month 01–12), or remove the jalali line.");
            }
        }
        else
        {
            resolution = Yaml.Read<ResolutionFrontMatter>(file.Yaml, shown, file.YamlFirstLine);
            (id, slug, title, docTopics, source) = (resolution.Id, resolution.Slug, resolution.Title, resolution.Topics, resolution.Source);
            Need(resolution.Number > 0, "number", "'number' is missing or not a positive number", "Give the resolution's number, e.g. 'number: 3'.");
            Need(resolution.Kind == "resolution", "kind", $"kind is '{resolution.Kind}' in the resolutions folder", "Set 'kind: resolution'.");
        }
        Need(!string.IsNullOrWhiteSpace(id), "id", "'id' is missing", "Add a stable id, e.g. 'id: msg-012'.");
        // The id says what the document is: translations, links and the workbench's addresses name it so.
        var prefix = message is not null ? "msg-" : "res-";
        Need(string.IsNullOrWhiteSpace(id) || (id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > 4 && id[4..].All(char.IsAsciiDigit)), "id",
            $"the id '{id}' is not a {(message is not null ? "message" : "resolution")}'s", $"Write it as {prefix} and a number, e.g. 'id: {prefix}012'.");
        Need(IdPattern().IsMatch(slug ?? ""), "slug", string.IsNullOrEmpty(slug) ? "'slug' is missing" : $"the slug '{slug}' is not lower-case ASCII words joined by hyphens",
            "Use lower-case ASCII letters, digits and hyphens, e.g. 'slug: raha-mobtaker'.");
        Need(!string.IsNullOrWhiteSpace(title), "title", "'title' is missing", "Add the title as it stands in the source.");
        Need(docTopics.Count > 0, "topics", "'topics' is missing or empty", "List at least one topic slug from input/topics.yml.");
        foreach (var t in docTopics.Where(t => topics is not null && !topics.Contains(t)))
            errors.Add(new Diagnostic(shown, file.LineOf("topics"), $"unknown topic '{t}'", "Use a slug listed in input/topics.yml, or add the topic there."));
        Need(!string.IsNullOrWhiteSpace(source.File) && source.FirstLine > 0 && source.LastLine >= source.FirstLine, "source",
            "'source' needs file, first_line and last_line", "Keep the source block the importer wrote (file and line range of the original).");
        if (errors.Count > 0) throw new SiteError(errors);

        // The body is kept as its paragraphs (text and HTML), not a third time as the file's text.
        List<Paragraph> body;
        try { body = MarkdownText.Blocks(file.Body, file.BodyFirstLine, html: true); }
        catch (MarkdownRefusedException e) { throw new SiteError(shown, e.Line, e.Problem, e.Fix); }
        return message is not null ? new Message(shown, file with { Body = "" }, body, message) : new Resolution(shown, file with { Body = "" }, body, resolution!);
    }

    [GeneratedRegex("^1[2-4][0-9]{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$")]
    private static partial Regex JalaliPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
