using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using PolicyAdvisor.Memos.Html;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>
/// Builds the Word memo from the Markdown memo's syntax tree, with the memo's marking and page numbers in the header
/// and footer of every page. Every relationship id is given explicitly, the core
/// properties carry the situation's as-of date, and the zip is rewritten with fixed entry times, so the same
/// memo always yields the same bytes.
/// </summary>
internal static class DocxMemoWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    /// <summary>Writes the .docx package for <paramref name="markdown"/>.</summary>
    /// <param name="markdown">The rendered Markdown memo.</param>
    /// <param name="asOf">The situation's as-of date (yyyy-MM-dd): the document's created and modified date.</param>
    /// <param name="output">Where the package goes.</param>
    public static void Write(string markdown, string asOf, Stream output)
    {
        var pipeline = MemoMarkdown.Pipeline();
        var document = Markdown.Parse(markdown, pipeline);

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdDocument");
            DocxStyles.AddTo(main);
            var numbering = new DocxNumbering();
            var body = new Body();
            var marking = MemoMarkdown.Marking(document);
            new DocxBlocks(body, numbering).AddAll(document, marking);
            var section = DocxStyles.PageSetup();
            DocxPageFrame.AddTo(main, section, marking);
            body.Append(section);
            main.Document = new Document(body);
            numbering.AddTo(main);

            var core = word.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rIdCore");
            DocxCoreProperties.Write(core, MemoMarkdown.Title(document), asOf);
        }

        DeterministicZip.Normalize(package.ToArray(), output);
    }
}
