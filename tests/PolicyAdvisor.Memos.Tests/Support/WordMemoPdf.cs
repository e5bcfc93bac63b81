using System.Text;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// The sample baseline memo as Word, laid out into pages by LibreOffice once for a whole test class (the one
/// conversion is the costly part), with the Markdown it was built from.
/// </summary>
public sealed class WordMemoPdf : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("memo-docx-pdf-").FullName;

    public WordMemoPdf()
    {
        var report = SampleReports.Baseline();
        Markdown = Encoding.UTF8.GetString(Render.Bytes(report, MemoFormat.Markdown));
        var docx = Path.Combine(_folder, "memo.docx");
        File.WriteAllBytes(docx, Render.Bytes(report, MemoFormat.Docx));
        Pages = PdfText.Read(LibreOffice.ConvertToPdf(docx));
    }

    /// <summary>The Markdown memo the Word memo was built from.</summary>
    public string Markdown { get; }

    /// <summary>The PDF's pages.</summary>
    public IReadOnlyList<PdfPage> Pages { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
