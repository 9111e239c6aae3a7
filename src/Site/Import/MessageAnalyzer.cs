using System.Text.RegularExpressions;
using Site.Corpus;

namespace Site.Import;

/// <summary>What the analyzer reads off one message: title (and its line, when the title is a source line), sender, place, date.</summary>
public sealed record MessageFacts(string Title, int? TitleLine, string? Author, AuthorKind AuthorKind, string? Place, DateInfo? Date, string AuthorFrom, string? Doubt);

/// <summary>
/// Reads a message's title, sender, place and date. The sender is looked for, in this order: the signature at the end
/// (past slogans, closings and a date), a self-introduction at the top ("X هستم", or a name standing above the title),
/// and the title ("پیام X به کنگره").
/// </summary>
public static partial class MessageAnalyzer
{
    /// <summary>Places the documents name; longer, more specific names first.</summary>
    static readonly string[] Places =
    [
        "شهرک صنعتی حسن آباد", "شهرهای غربی کشور", "جنوب ایران", "شهرهای کردستان", "کردستان", "خوزستان", "اصفهان", "تبریز",
        "سقز", "تهران", "اهواز", "ترکیه", "آلمان",
    ];

    /// <summary>Words after a name that describe the sender (cut off the name, kept in the text).</summary>
    static readonly string[] Descriptors = [" کارگر", " معلم", " از ", " پدر", " مادر", " خواهر", " همسر", " عضو", " فعال", "،", ":", " (", " به کنگره", " به مناسبت"];

    public static MessageFacts Analyze(Segment segment)
    {
        var content = segment.Content.ToList();
        var titleLine = FindTitle(content);
        var (author, from) = Signature(content, titleLine) is { } sig ? (sig, "signature")
            : SelfIntroduction(content, titleLine) is { } intro ? (intro, "introduction")
            : titleLine is not null && FromTitle(titleLine.Text) is { } t ? (t, "title")
            : ((string?)null, "none");

        var kind = author is null ? AuthorKind.Unsigned
            : Cues.IsGroupName(author) || author.Contains(" و جمعی از", StringComparison.Ordinal) ? AuthorKind.Group : AuthorKind.Person;
        var date = content.TakeLast(4).Select(l => l.Words <= 8 ? Dates.Find(l.Text) : null).LastOrDefault(d => d is not null);
        var place = FindPlace(content, titleLine);
        var title = titleLine?.Text ?? MadeTitle(author, content);
        string? doubt = author is null ? "no sender found (unsigned?)" : from == "title" ? "sender read from the title" : null;
        return new MessageFacts(title, titleLine?.Number, author, kind, place, date, from, doubt);
    }

    /// <summary>The title: the first title-like line among the first three, with only short lines above it.</summary>
    static SourceLine? FindTitle(List<SourceLine> content)
    {
        for (int i = 0; i < Math.Min(3, content.Count); i++)
        {
            if (Cues.IsTitleLike(content[i])) return content[i];
            if (content[i].Words > 8) return null;
        }
        return null;
    }

    static string? Signature(List<SourceLine> content, SourceLine? title)
    {
        // Walk up from the end past slogans, closings and dates.
        int i = content.Count - 1;
        for (; i >= 0; i--)
        {
            var t = content[i].Text;
            if (content[i] == title) return null;
            // "زنده باد کنگره. حسن کارگر شهرداری": a slogan and the name on one line.
            if (Cues.IsSlogan(t) && t.LastIndexOf(". ", StringComparison.Ordinal) is int dot and > 0)
            {
                var tail = t[(dot + 2)..].Trim();
                if (tail.Split(' ').Length <= 5 && Cues.CanBeSignature(tail)) return Clean(tail);
            }
            if (Cues.IsSlogan(t) || Cues.IsClosing(t) && !t.StartsWith("با احترام ", StringComparison.Ordinal)) continue;
            if (content[i].Words <= 6 && Dates.Find(t) is { } d && t.Replace(d.Written, "").Trim(' ', '-', '،').Length == 0) continue;
            break;
        }
        if (i < 0) return null;
        var line = content[i].Text;
        if (line.StartsWith("با احترام ", StringComparison.Ordinal)) line = line["با احترام ".Length..];
        // "فرهاد دیلمی- آبان ۱۴۰۰": a name and a date on one line.
        if (Dates.Find(line) is { } date) line = line.Replace(date.Written, "").Trim(' ', '-', '،');
        // "مصطفی علی پور، پدر زنده یاد …": the name, then a description after a comma.
        if (line.Split('،')[0].Trim() is var head && head != line && head.Split(' ').Length <= 4 && Cues.CanBeSignature(head)) return Clean(head);
        // "جمعی از کارگران … تبریز به مناسبت دوازدهمین کنگره …": a group names itself in its first words.
        if (Cues.IsGroupName(line) && line.IndexOf(" به مناسبت", StringComparison.Ordinal) is int occasion and > 0) line = line[..occasion];
        if (line.Length == 0 || !Cues.CanBeSignature(line)) return null;
        if (content[i].Words > 12 && !Cues.IsGroupName(line)) return null;

        // Several group lines in a row sign together.
        if (Cues.IsGroupName(line))
        {
            var lines = new List<string> { line };
            for (int j = i - 1; j >= 0 && Cues.IsGroupName(content[j].Text) && content[j].Words <= 12 && content[j] != title; j--) lines.Insert(0, content[j].Text);
            return string.Join("، ", lines).TrimEnd('.');
        }
        return Clean(line);
    }

    static string? SelfIntroduction(List<SourceLine> content, SourceLine? title)
    {
        foreach (var l in content.Take(4))
        {
            var m = IntroducesSelf().Match(l.Text);
            if (m.Success) return m.Groups["name"].Value.Trim();
        }
        // A name standing above the title (e.g. "حمید صداقت", then the title).
        if (title is not null && content.IndexOf(title) is > 0 and var ti)
        {
            var above = content.Take(ti).FirstOrDefault(l => l.Words is >= 2 and <= 3 && Cues.CanBeSignature(l.Text) && !Cues.IsTitleLike(l) && !Cues.IsOpening(l));
            if (above is not null) return above.Text;
        }
        // A name on the line right after the title (e.g. "پیام به کنگره", then "یاشار سهندی").
        if (title is not null && content.IndexOf(title) is var k && k + 1 < content.Count)
        {
            var next = content[k + 1];
            if (next.Words is >= 2 and <= 3 && Cues.CanBeSignature(next.Text) && !Cues.IsOpening(next) && !Cues.IsTitleLike(next)) return next.Text;
        }
        return null;
    }

    /// <summary>"پیام رها مبتکر معلمی از ایران" → "رها مبتکر"; "پیام جمعی از کارگران روزمزد تهران" → the group; "پیام به کنگره" → none.</summary>
    public static string? FromTitle(string title)
    {
        var t = title.Trim();
        if (t.StartsWith("پیامی", StringComparison.Ordinal)) return null;
        if (t.StartsWith("پیام ", StringComparison.Ordinal)) t = t[5..];
        else if (!t.StartsWith("از طرف ", StringComparison.Ordinal)) return null;
        foreach (var p in new[] { "از طرف ", "از " }) if (t.StartsWith(p, StringComparison.Ordinal)) { t = t[p.Length..]; break; }
        if (t.StartsWith("به ", StringComparison.Ordinal) || t.StartsWith("و ", StringComparison.Ordinal) || t.Length == 0) return null;
        if (t.StartsWith("یک ", StringComparison.Ordinal) && !Cues.IsGroupName(t["یک ".Length..])) return null; // "پیام یک مادر": a description, not a name
        if (t.StartsWith("یک ", StringComparison.Ordinal)) t = t["یک ".Length..];
        if (Cues.IsGroupName(t) || t.Contains(" و جمعی از", StringComparison.Ordinal)) return Cut(t, [" به کنگره", " به مناسبت", ":"]).Trim();
        if (t.StartsWith("کارگر", StringComparison.Ordinal)) return null; // "پیام کارگر پاکبان": a description
        return Clean(t);
    }

    /// <summary>Cuts descriptions off a name: "مهدی کشاورز از اصفهان" → "مهدی کشاورز"; group names are kept whole.</summary>
    static string Clean(string name)
    {
        name = name.Trim(' ', '-', '،', ':', '!', '.');
        if (name.Length < 2) return name;
        if (Cues.IsGroupName(name) || name.StartsWith("یک ", StringComparison.Ordinal) && name.Split(' ').Length <= 5 && !name.Contains(" از ", StringComparison.Ordinal)) return name;
        var cut = Cut(name, Descriptors).Trim();
        return cut.Length > 0 ? cut : name;
    }

    static string Cut(string text, IEnumerable<string> at)
    {
        int best = text.Length;
        foreach (var a in at)
        {
            var i = text.IndexOf(a, 1, StringComparison.Ordinal);
            if (i > 0 && i < best) best = i;
        }
        return text[..best];
    }

    static string? FindPlace(List<SourceLine> content, SourceLine? title)
    {
        var where = new List<string>();
        if (title is not null) where.Add(title.Text);
        where.AddRange(content.Take(2).Select(l => l.Text));
        where.AddRange(content.TakeLast(3).Where(l => l.Words <= 20).Select(l => l.Text));
        foreach (var text in where)
            foreach (var p in Places)
                if (text.Contains(p, StringComparison.Ordinal)) return p;
        return where.Any(t => t.Contains("از ایران", StringComparison.Ordinal)) ? "ایران" : null;
    }

    static string MadeTitle(string? author, List<SourceLine> content)
    {
        if (author is not null) return "پیام " + (author.Length > 60 ? author[..60].Trim() + "…" : author);
        var words = content[0].Text.Split(' ');
        return words.Length <= 8 ? content[0].Text : string.Join(' ', words.Take(8)) + "…";
    }

    [GeneratedRegex(@"^(?:با سلام،? )?(?:من )?(?<name>\S+ \S+)(?: \([^)]*\))? هستم")]
    private static partial Regex IntroducesSelf();
}
