using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Corpus;

/// <summary>One configured YamlDotNet reader and writer for every file the project reads (front-matter, topics, config).</summary>
public static class Yaml
{
    public static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(LowerCaseNamingConvention.Instance)
        .Build();

    public static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(LowerCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .DisableAliases()
        .Build();

    /// <summary>
    /// Reads <paramref name="yaml"/> as <typeparamref name="T"/>; a YAML error becomes a <see cref="SiteError"/> that
    /// names the file and the line in the file (the YAML block starts at <paramref name="firstLine"/>).
    /// </summary>
    public static T Read<T>(string yaml, string file, int firstLine = 1)
    {
        try
        {
            return Reader.Deserialize<T>(yaml) ?? throw new SiteError(file, firstLine, "the YAML is empty", "Fill in the fields the file needs.");
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)Math.Max(0, e.Start.Line - 1);
            var what = e.InnerException?.Message ?? e.Message;
            // YamlDotNet says "Property 'x' not found on type ..." for an unknown key: make that plain.
            if (what.Contains("not found on type", StringComparison.Ordinal))
            {
                var key = what.Split('\'').ElementAtOrDefault(1) ?? "?";
                throw new SiteError(file, line, $"unknown field '{key}'", "Check the spelling of the field name, or remove it.");
            }
            throw new SiteError(file, line, "the YAML cannot be read: " + FirstSentence(what),
                "Check the indentation and quoting on that line; text that contains ':' or starts with a quote needs to be put in quotes.");
        }
    }

    private static string FirstSentence(string s)
    {
        var i = s.IndexOf(". ", StringComparison.Ordinal);
        return (i > 0 ? s[..i] : s).Trim().TrimEnd('.');
    }
}
