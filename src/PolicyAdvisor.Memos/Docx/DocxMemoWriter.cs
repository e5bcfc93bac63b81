namespace PolicyAdvisor.Memos.Docx;

/// <summary>Builds the Word memo from the Markdown memo.</summary>
internal static class DocxMemoWriter
{
    /// <summary>Writes the .docx package for <paramref name="markdown"/>.</summary>
    public static void Write(string markdown, string asOf, Stream output) =>
        throw new NotSupportedException("The Word format is not available yet.");
}
