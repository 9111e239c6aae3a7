using Site.Import;

namespace Site.Tests.Import;

public class ResolutionSegmenterTests
{
    [Fact]
    public void Headings_start_with_ghatnameh_or_gharar_including_the_misspelled_and_the_numbered()
    {
        var text = " قطعنامه در مورد شرایط\nمتن یک\n\nقرار در مورد دو\nمتن دو\nفرار در محکومیت تجاوز\nمتن سه\n١٦- قرار پيشنهادى در حمايت از حق پناهندگى\n\nمتن چهار\n";
        var segs = ResolutionSegmenter.Segment(SourceText.Lines(text));
        Assert.Equal([(1, 2), (4, 5), (6, 7), (8, 10)], segs.Select(s => (s.FirstLine, s.LastLine)));
        Assert.Equal(16, ResolutionSegmenter.HeadingNumber(segs[3].Lines[0].Text));
        Assert.Contains("فرار", segs[2].StartReason);
    }

    [Fact]
    public void A_body_line_that_mentions_gharar_later_is_not_a_heading() =>
        Assert.Single(ResolutionSegmenter.Segment(SourceText.Lines("قرار در مورد یک\nکنگره قرار زیر را تصویب کرد\n")));

    [Fact]
    public void Text_before_the_first_heading_is_an_error() =>
        Assert.Throws<Site.Project.SiteError>(() => ResolutionSegmenter.Segment(SourceText.Lines("متن بی عنوان\nقرار در مورد یک\n")));
}
