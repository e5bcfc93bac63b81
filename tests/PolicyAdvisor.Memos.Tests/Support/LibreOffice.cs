namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// Headless LibreOffice Writer, to lay a Word memo out into pages the way a reader's word processor does. When
/// it or poppler's pdftotext is missing, the Debian packages are installed first (<see cref="DebianPackages"/>).
/// </summary>
internal static class LibreOffice
{
    private const string Executable = "/usr/bin/soffice";

    /// <summary>Converts <paramref name="docx"/> to a PDF next to it and returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx)
    {
        DebianPackages.EnsureInstalled([Executable, PdfText.PdfToText], "libreoffice-writer", "poppler-utils");
        var folder = Path.GetDirectoryName(docx)!;

        // A profile of its own, so that conversions running at once (or a desktop session) do not share one.
        var profile = Directory.CreateTempSubdirectory("memo-libreoffice-profile-").FullName;
        try
        {
            DebianPackages.RunChecked(Executable,
                ["--headless", "--norestore", "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--convert-to", "pdf", "--outdir", folder, docx],
                TimeSpan.FromMinutes(3));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }

        var pdf = Path.ChangeExtension(docx, ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException($"LibreOffice wrote no PDF. Docx={docx}");
    }
}
