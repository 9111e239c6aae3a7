using Site.Model;
using Site.Project;

namespace Site.Downloads;

/// <summary>
/// The downloads every whole build makes (the books, the offline copy, the checksums), site-relative. A text may link
/// to them: check, a build of pages only and the preview count them as there, as the whole build will make them.
/// (The Kiwix copies are left out: a machine without zimwriterfs makes none.)
/// </summary>
public static class DownloadNames
{
    public static IReadOnlySet<string> Of(SiteConfig config) =>
        config.Translations.Prepend("fa").Select(Epub.NameFor).Append(OfflineCopy.Name).Append(Checksums.SumsName).Select(Urls.Download).ToHashSet(StringComparer.Ordinal);
}
