using Site.Corpus;
using Site.Project;
using Site.Translations;

namespace Site.Tests.Translations;

/// <summary>Builds translation files for tests: a scaffold of a real message with every slot filled.</summary>
public static class TranslationFixture
{
    public const string Id = "msg-015";

    public static (TempProject Project, string File) Filled(string name, Func<int, string>? paragraph = null, string extraFrontMatter = "")
    {
        var p = new TempProject(name);
        // Start from no translations, so the committed ones do not mix into these tests.
        if (Directory.Exists(p.PathOf("input/translations"))) Directory.Delete(p.PathOf("input/translations"), true);
        var config = SiteConfig.Load(p.Root);
        var corpus = CorpusReader.Read(config.InputDir, config.Root);
        var file = Scaffold.Create(config, corpus, Id, "en");
        var text = p.Read(file)
            .Replace("title: \"\"", "title: \"Message from Shoaleh Paydar\"")
            .Replace("author: \"\"", "author: \"Shoaleh Paydar\"")
            .Replace("translators: []", "translators: [Test Translator]" + extraFrontMatter);
        var lines = text.Split('\n').ToList();
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            var m = System.Text.RegularExpressions.Regex.Match(lines[i], @"^<!-- ¶(\d+) ");
            if (m.Success) lines.Insert(i + 2, paragraph?.Invoke(int.Parse(m.Groups[1].Value)) ?? $"English paragraph {m.Groups[1].Value}.");
        }
        p.Write(file, string.Join('\n', lines));
        return (p, file);
    }
}
