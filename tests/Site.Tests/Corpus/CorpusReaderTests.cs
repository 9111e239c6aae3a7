using Site.Corpus;
using Site.Project;

namespace Site.Tests.Corpus;

public class CorpusReaderTests
{
    static SiteError Fails(TempProject p) => Assert.Throws<SiteError>(() => CorpusReader.Read(p.PathOf("input"), p.Root));

    [Fact]
    public void The_committed_corpus_reads()
    {
        var c = CorpusReader.Read(Path.Combine(Paths.Root, "input"), Paths.Root);
        Assert.Equal(69, c.Messages.Count);
        Assert.Equal(28, c.Resolutions.Count);
        Assert.InRange(c.Topics.Count, 15, 30);
        Assert.All(c.All, d => Assert.NotEmpty(d.Paragraphs));
    }

    [Fact]
    public void Malformed_yaml_names_file_and_line()
    {
        var p = new TempProject("yaml");
        var file = p.Message("003");
        p.Write(file, p.Read(file).Replace("order: 3", "order: [3"));
        var e = Assert.Single(Fails(p).Errors);
        Assert.Equal(file, e.File);
        Assert.Equal(5, e.Line);
        Assert.False(string.IsNullOrWhiteSpace(e.Fix));
    }

    [Fact]
    public void Markdown_nested_too_deeply_in_a_body_names_file_and_line()
    {
        var p = new TempProject("deep-body");
        var file = p.Message("003");
        var text = p.Read(file);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal) + 5;
        var last = text.LastIndexOf("\n\n", StringComparison.Ordinal) + 2;
        var line = text[..last].Count(c => c == '\n') + 1;
        Assert.True(last > end);
        p.Write(file, text[..last] + new string('[', 256) + "x\n");
        var e = Assert.Single(Fails(p).Errors);
        Assert.Equal((file, line), (e.File, e.Line));
        Assert.Contains("nested more than", e.Problem);
    }

    [Theory]
    [InlineData("title: ", "'title' is missing")]
    [InlineData("slug: ", "'slug' is missing")]
    [InlineData("slug: Not A Slug", "not lower-case ASCII")]
    [InlineData("id: res-99", "the id 'res-99' is not a message's")]
    [InlineData("id: msg-4a", "the id 'msg-4a' is not a message's")]
    public void Missing_or_bad_fields(string replacement, string problem)
    {
        var p = new TempProject("field");
        var file = p.Message("004");
        var text = p.Read(file);
        var key = replacement.Split(':')[0];
        var old = text.Split('\n').First(l => l.StartsWith(key + ":"));
        p.Write(file, text.Replace(old, replacement));
        var e = Assert.Single(Fails(p).Errors);
        Assert.Equal(file, e.File);
        Assert.Contains(problem, e.Problem);
        Assert.Equal(text.Split('\n').ToList().IndexOf(old) + 1, e.Line);
    }

    [Fact]
    public void Unknown_field_and_unknown_topic_and_duplicate_slug()
    {
        var p = new TempProject("many");
        var a = p.Message("005"); var b = p.Message("006");
        p.Write(a, p.Read(a).Replace("kind: message", "kind: message\ncolour: red"));
        p.Write(b, p.Read(b).Replace("topics:\n-", "topics:\n- no-such-topic\n-"));
        var c = p.Message("007");
        var slugA = p.Read(p.Message("008")).Split('\n').First(l => l.StartsWith("slug:"));
        p.Write(c, string.Join('\n', p.Read(c).Split('\n').Select(l => l.StartsWith("slug:") ? slugA : l)));
        var errors = Fails(p).Errors;
        Assert.Contains(errors, e => e.File == a && e.Problem.Contains("unknown field 'colour'"));
        Assert.Contains(errors, e => e.File == b && e.Problem.Contains("unknown topic 'no-such-topic'"));
        Assert.Contains(errors, e => e.Problem.Contains("is used by") && e.Problem.Contains("slug"));
    }

    [Fact]
    public void A_topic_twice_a_topic_slug_that_is_no_address_and_a_topic_without_its_english_name()
    {
        var p = new TempProject("topics");
        var text = p.Read("input/topics.yml");
        var greetings = text[text.IndexOf("  - slug: greetings")..text.IndexOf("  - slug: party-and-revolution")];
        text = text.Replace(greetings, greetings + greetings.Replace("    en: Greetings and solidarity\n", ""));   // twice, the second without 'en'
        text = text.Replace("  - slug: party-and-revolution", "  - slug: ../../party and revolution");
        p.Write("input/topics.yml", text);
        var lines = text.Split('\n');
        int LineOf(string start, int nth = 0) => lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith(start)).ElementAt(nth).i + 1;
        var e = Fails(p);
        var topics = e.Errors.Where(x => x.File == "input/topics.yml").Select(x => (x.Line, x.Problem)).ToList();
        Assert.Equal([
            (LineOf("  - slug: greetings", 1), "the topic slug 'greetings' is there twice"),
            (LineOf("  - slug: greetings", 1), "the topic 'greetings' has no 'en' name"),
            (LineOf("  - slug: ../../"), "the topic slug '../../party and revolution' is not lower-case ASCII words joined by hyphens"),
        ], topics);
    }

    [Fact]
    public void An_order_or_number_given_twice_and_a_duplicate_of_itself_or_of_a_duplicate()
    {
        var p = new TempProject("numbering");
        var fifteen = p.Message("015");
        p.Write(fifteen, p.Read(fifteen).Replace("order: 15\n", "order: 14\n"));
        var second = Directory.GetFiles(p.PathOf("input/resolutions"), "02-*.md").Single();
        File.WriteAllText(second, File.ReadAllText(second).Replace("number: 2\n", "number: 1\n"));
        var twenty = p.Message("020");
        var twentyId = System.Text.RegularExpressions.Regex.Match(p.Read(twenty), "(?m)^id: (.*)$").Groups[1].Value;
        p.Write(twenty, p.Read(twenty).Replace("\nid: " + twentyId + "\n", $"\nid: {twentyId}\nduplicate_of: {twentyId}\n"));
        var e = Fails(p);
        Assert.Contains(e.Errors, x => x.File == fifteen && x.Problem.StartsWith("order 14 is given to input/messages/014-") && x.Line == p.Read(fifteen).Split('\n').ToList().FindIndex(l => l.StartsWith("order:")) + 1);
        Assert.Contains(e.Errors, x => x.File.EndsWith(Path.GetFileName(second)) && x.Problem.StartsWith("number 1 is given to input/resolutions/01-"));
        Assert.Contains(e.Errors, x => x.File == twenty && x.Problem == "duplicate_of names this message itself");
    }

    [Fact]
    public void A_file_without_front_matter()
    {
        var p = new TempProject("nofm");
        p.Write("input/messages/999-x.md", "just text\n");
        var e = Assert.Single(Fails(p).Errors);
        Assert.Equal(("input/messages/999-x.md", 1), (e.File, e.Line));
    }

    [Theory]
    [InlineData("iso: 2021-11-10", "iso: 2021-11-1", "is not a date written yyyy-mm-dd")]
    [InlineData("iso: 2021-11-10", "iso: 2021-02-30", "is not a date written yyyy-mm-dd")]
    [InlineData("iso: 2021-11-10", "iso: 2021-11-10T00:00", "is not a date written yyyy-mm-dd")]
    [InlineData("iso: 2021-11-10", "iso: 10-11-2021", "is not a date written yyyy-mm-dd")]
    [InlineData("jalali: 1400-08-19", "jalali: 1400-13-19", "is not written yyyy-mm or yyyy-mm-dd")]
    public void A_hand_edited_date_is_checked(string good, string bad, string problem)
    {
        var p = new TempProject("date");
        var file = p.Message("031");
        p.Write(file, p.Read(file).Replace(good, bad));
        var e = Assert.Single(Fails(p).Errors);
        Assert.Contains(problem, e.Problem);
        Assert.Equal(file, e.File);
    }
}
