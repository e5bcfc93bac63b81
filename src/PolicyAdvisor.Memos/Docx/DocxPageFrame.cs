using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>
/// The header and footer of every page: the memo's marking centred at the top and at the foot, and under the
/// foot's marking "Page N of M" (Word fields, so the numbers are the ones of the reader's own pagination).
/// </summary>
internal static class DocxPageFrame
{
    private const string HeaderId = "rIdHeader";
    private const string FooterId = "rIdFooter";
    private const string FrameFontSize = "17";

    /// <summary>Adds the header (only with a marking) and the footer to <paramref name="main"/> and links them from <paramref name="section"/>.</summary>
    public static void AddTo(MainDocumentPart main, SectionProperties section, string? marking)
    {
        var footer = new Footer();
        if (marking is not null)
        {
            main.AddNewPart<HeaderPart>(HeaderId).Header = new Header(Centred(spaceAfter: "0", Bold(marking)));
            footer.Append(Centred(spaceAfter: "0", Bold(marking)));
        }

        footer.Append(Centred(spaceAfter: "0", Plain("Page "), Field("PAGE"), Plain(" of "), Field("NUMPAGES")));
        main.AddNewPart<FooterPart>(FooterId).Footer = footer;

        // The references lead the section properties, as the schema orders them.
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId });
        if (marking is not null)
        {
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId });
        }
    }

    private static Paragraph Centred(string spaceAfter, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = spaceAfter },
            new Justification { Val = JustificationValues.Center }));
        paragraph.Append(content);
        return paragraph;
    }

    private static Run Plain(string text) =>
        new(new RunProperties(new FontSize { Val = FrameFontSize }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Bold(string text) =>
        new(new RunProperties(new Bold(), new FontSize { Val = FrameFontSize }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    // A simple field with a placeholder result; the word processor computes the real number when it lays out pages.
    private static SimpleField Field(string instruction) =>
        new(Plain("1")) { Instruction = " " + instruction + " " };
}
