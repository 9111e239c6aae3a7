using Site.Project;
using Site.Translations;

namespace Site.Tests.Translations;

public class GlossaryTests
{
    static Glossary Of(string yaml)
    {
        var (g, problems) = Glossary.Parse(yaml, ["en", "ar"]);
        Assert.Empty(problems);
        return g;
    }

    const string Sample = """
        terms:
          - fa: کولبر
            en: [kolbar, cross-border porter]
            note: "Porters who carry goods across the border."
          - fa: نیشکر هفت‌تپه
            en: [Haft Tappeh]
          - fa: قرار
            en: resolution
          - fa: شورا
            en: [council]
        """;

    [Theory]
    [InlineData("کولبران زحمتکش کردستان", "کولبر")]                  // plural suffix
    [InlineData("كولبرها", "کولبر")]                                 // Arabic kaf, joined plural
    [InlineData("کارگران نیشکر هفت تپه", "نیشکر هفت‌تپه")]            // a space where the term has a ZWNJ
    [InlineData("کارگران نیشکر هفتتپه", "نیشکر هفت‌تپه")]             // joined
    [InlineData("شورای کارگران", "شورا")]                             // ezafe
    [InlineData("این قرار کنگره است", "قرار")]
    public void Finds_a_term_in_its_spelling_variants(string persian, string term) =>
        Assert.Contains(Of(Sample).FoundIn(persian), t => t.Fa == term);

    [Theory]
    [InlineData("قرارداد موقت", "قرار")]                              // another word that starts with the term
    [InlineData("برقراری عدالت", "قرار")]                             // the term inside another word
    [InlineData("نیشکر کشت می‌شود", "نیشکر هفت‌تپه")]                 // half of a two-word term
    public void Does_not_find_a_term_inside_other_words(string persian, string term) =>
        Assert.DoesNotContain(Of(Sample).FoundIn(persian), t => t.Fa == term);

    [Theory]
    [InlineData("The kolbars of Kurdistan", true)]
    [InlineData("A Kolbar was shot", true)]
    [InlineData("cross-border porters", true)]
    [InlineData("porters who carry loads", false)]
    [InlineData("kolbarism", false)]
    public void Finds_a_rendering_as_a_whole_word(string english, bool expected) =>
        Assert.Equal(expected, Glossary.HasRendering(english, ["kolbar", "cross-border porter"]));

    [Theory]
    [InlineData("نیشکر هفت تپه", "en", "Haft Tappeh")]   // a space for the ZWNJ
    [InlineData(" كولبر ", "en", "kolbar")]            // Arabic kaf, spaces round it: the preferred rendering
    [InlineData("کولبران", "en", null)]                // a term with a suffix is not the term itself
    [InlineData("کولبر کردستان", "en", null)]          // nor a phrase that holds it
    [InlineData("کولبر", "ar", null)]                  // no rendering in that language
    public void Gives_the_preferred_rendering_of_a_whole_term_only(string persian, string lang, string? expected) =>
        Assert.Equal(expected, Of(Sample).RenderingOf(persian, lang));

    /// <summary>
    /// Arabic attaches و ل ب to the word (للمؤتمر: ل with المؤتمر's alif dropped), and the check wants a whole word, so
    /// the glossary lists those forms too; a translator is shown the forms without them.
    /// </summary>
    [Fact]
    public void A_translator_is_shown_the_forms_without_an_attached_particle_and_the_check_finds_them_all()
    {
        var term = Assert.Single(Of("terms:\n  - fa: کنگره\n    en: [Congress]\n    ar: [المؤتمر, مؤتمر, للمؤتمر, والمؤتمر, بالمؤتمر, المؤتمرات, ولد]\n").Terms);
        Assert.Equal(["المؤتمر", "مؤتمر", "المؤتمرات", "ولد"], term.ShownIn("ar"));
        Assert.Equal(["Congress"], term.ShownIn("en"));
        Assert.True(Glossary.HasRendering("تحية للمؤتمر الثاني عشر", term.In("ar")));
        Assert.False(Glossary.HasRendering("تحية للمؤتمر الثاني عشر", term.ShownIn("ar")));
    }

    [Fact]
    public void Names_the_terms_whose_rendering_a_translation_lacks()
    {
        var g = Of(Sample);
        var missing = g.MissingIn("کولبران و کارگران هفت تپه و شورا", "The porters and the Haft Tappeh workers and the council", "en").Select(t => t.Fa);
        Assert.Equal(["کولبر"], missing);
        Assert.Empty(g.MissingIn("کولبران", "the porters", "ar"));   // no agreed rendering in that language: nothing to miss
    }

    [Fact]
    public void Reports_each_problem_of_the_file_with_its_line()
    {
        var (_, problems) = Glossary.Parse("""
            terms:
              - fa: کولبر
                en: [kolbar]
              - en: [council]
              - fa: کولبر
                en: [porter]
              - fa: شورا
                de: [Rat]
            """, ["en"]);
        Assert.Collection(problems,
            p => { Assert.Equal(4, p.Line); Assert.Contains("no 'fa'", p.Problem); },
            p => { Assert.Equal(5, p.Line); Assert.Contains("twice (first on line 2)", p.Problem); },
            p => { Assert.Equal(8, p.Line); Assert.Contains("'de' is not a translation language", p.Problem); Assert.StartsWith("Give the renderings under a language of the site's, en ", p.Fix); });
    }

    [Fact]
    public void Malformed_yaml_is_a_problem_not_an_exception()
    {
        var (g, problems) = Glossary.Parse("terms:\n  - fa: [unclosed\n", ["en"]);
        Assert.Empty(g.Terms);
        Assert.Single(problems);
        Assert.Contains("not valid YAML", problems[0].Problem);
    }

    /// <summary>Brackets nested 200,000 deep (400 KB): YamlDotNet's scanner takes time in the square of the depth,
    /// and its node reader calls itself per level; refused at the level past the limit, in well under a second.</summary>
    [Fact]
    public void Yaml_nested_past_the_limit_is_a_problem_at_its_line_at_once()
    {
        var deep = new string('[', 200_000) + new string(']', 200_000);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (g, problems) = Glossary.Parse($"terms:\n  - fa: کنگره\n    en:\n      {deep}\n", ["en"]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Empty(g.Terms);
        var p = Assert.Single(problems);
        Assert.Equal(4, p.Line);
        Assert.Contains($"nested more than {Yaml.MaxDepth} levels deep", p.Problem);
        Assert.Contains("brackets", p.Fix);
        // The files the project has nest four levels: well inside the limit.
        var (ok, none) = Glossary.Parse("terms:\n  - fa: کنگره\n    en: [congress, congresses]\n", ["en"]);
        Assert.Empty(none);
        Assert.Single(ok.Terms);
    }
}

public class GlossaryCheckTests
{
    [Fact]
    public void Check_warns_at_the_paragraph_whose_translation_lacks_the_agreed_rendering()
    {
        // msg-015 greets «کنگره» in its first paragraph, and no other paragraph names it.
        var (p, file) = TranslationFixture.Filled("glossary-warns", n => n == 1 ? "Greetings to the meeting of the party" : $"English paragraph {n}.");
        p.Write("input/glossary.yml", "terms:\n  - fa: کنگره\n    en: [Congress]\n    note: \"The party's congress.\"\n");
        var findings = Site.Check.Checker.Run(Site.Project.SiteConfig.Load(p.Root));
        var w = Assert.Single(findings);
        Assert.True(w.IsWarning);
        Assert.Equal(file, w.File);
        Assert.Equal("Greetings to the meeting of the party", p.Read(file).Split('\n')[w.Line - 1]);
        Assert.Contains("paragraph 1:", w.Problem);
        Assert.Contains("«کنگره»", w.Problem);
        Assert.Contains("The party's congress.", w.Fix);

        p.Write(file, p.Read(file).Replace("Greetings to the meeting of the party", "Greetings to the Congress of the party"));
        Assert.Empty(Site.Check.Checker.Run(Site.Project.SiteConfig.Load(p.Root)));
    }

    [Fact]
    public void A_broken_glossary_is_an_error_naming_its_line()
    {
        var (p, _) = TranslationFixture.Filled("glossary-broken");
        p.Write("input/glossary.yml", "terms:\n  - fa: کنگره\n    de: [Kongress]\n");
        var e = Assert.Single(Site.Check.Checker.Run(Site.Project.SiteConfig.Load(p.Root)));
        Assert.False(e.IsWarning);
        Assert.Equal("input/glossary.yml", e.File);
        Assert.Equal(3, e.Line);
    }
}
