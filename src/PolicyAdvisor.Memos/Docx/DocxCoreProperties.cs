using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>
/// Writes docProps/core.xml by hand: the packaging library's own property support adds the relationship under a
/// random id and stamps times from the clock, and both would make two renders differ.
/// </summary>
internal static class DocxCoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(CoreFilePropertiesPart part, string title, string asOf)
    {
        var stamp = asOf + "T00:00:00Z";
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, title);
        xml.WriteElementString("dc", "creator", Dc, "PolicyAdvisor");
        xml.WriteElementString("cp", "lastModifiedBy", Cp, "PolicyAdvisor");
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(stamp);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
