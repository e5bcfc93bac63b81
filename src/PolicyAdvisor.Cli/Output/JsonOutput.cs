using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyAdvisor.Cli.Output;

/// <summary>
/// How the CLI's own JSON outputs (sweep, what-if, diff) are written: indented for people reading them in a
/// terminal or a review, and without escaping non-ASCII text, so place names and quotes stay readable.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The writer options every CLI JSON output uses.</summary>
    public static JsonWriterOptions Options => new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
