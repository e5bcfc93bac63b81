using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>One word of a PDF page and its box, in points from the top left corner.</summary>
public sealed record PdfWord(double XMin, double YMin, double XMax, double YMax, string Text);

/// <summary>One page of a PDF: its size and its words, in reading order as poppler found them.</summary>
public sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    /// <summary>The words grouped into lines (same baseline, within half a point), top to bottom, each left to right.</summary>
    public IReadOnlyList<IReadOnlyList<PdfWord>> Lines() =>
        Words.GroupBy(w => Math.Round(w.YMax * 2) / 2)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<PdfWord>)g.OrderBy(w => w.XMin).ToList())
            .ToList();
}

/// <summary>Reads a PDF's words with their positions through poppler's <c>pdftotext -bbox</c>, in one call for every page.</summary>
internal static class PdfText
{
    public const string PdfToText = "/usr/bin/pdftotext";

    public static IReadOnlyList<PdfPage> Read(string pdf)
    {
        var xhtml = DebianPackages.RunChecked(PdfToText, ["-bbox", pdf, "-"], TimeSpan.FromMinutes(1));
        using var reader = XmlReader.Create(new StringReader(xhtml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        return document.Descendants().Where(e => e.Name.LocalName == "page")
            .Select((page, index) => new PdfPage(
                index + 1,
                Number(page, "width"),
                Number(page, "height"),
                page.Elements().Where(e => e.Name.LocalName == "word")
                    .Select(w => new PdfWord(Number(w, "xMin"), Number(w, "yMin"), Number(w, "xMax"), Number(w, "yMax"), w.Value))
                    .ToList()))
            .ToList();
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string?)element.Attribute(attribute) ?? "0", CultureInfo.InvariantCulture);
}
