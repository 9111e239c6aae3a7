using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Site.Output;

/// <summary>XML documents as UTF-8 bytes without a byte-order mark (feeds, sitemap, EPUB files).</summary>
public static class XmlOutput
{
    public static byte[] Bytes(XDocument doc, bool indent)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Indent = indent, Encoding = new UTF8Encoding(false) })) doc.Save(w);
        return ms.ToArray();
    }
}
