namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// Headless Chromium for the HTML end-to-end tests. When /usr/bin/chromium is missing it installs the Debian
/// package first (<see cref="DebianPackages"/>).
/// </summary>
public sealed class Chromium
{
    private const string Executable = "/usr/bin/chromium";

    public Chromium() => DebianPackages.EnsureInstalled([Executable], "chromium");

    /// <summary>Loads <paramref name="file"/> and returns the DOM Chromium built from it, serialised.</summary>
    public string DumpDom(string file) => Run("--dump-dom", new Uri(file).AbsoluteUri);

    /// <summary>Prints <paramref name="file"/> to <paramref name="pdf"/> as a reader's "Save as PDF" would, without the browser's own header and footer.</summary>
    public void PrintToPdf(string file, string pdf) => Run("--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(file).AbsoluteUri);

    private static string Run(params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("memo-chromium-profile-").FullName;
        try
        {
            return DebianPackages.RunChecked(Executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, .. arguments,
            ], TimeSpan.FromMinutes(2));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
