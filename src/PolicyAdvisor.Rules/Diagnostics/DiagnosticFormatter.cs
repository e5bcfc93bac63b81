using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyAdvisor.Rules;

/// <summary>Renders diagnostics for people (text with the offending line and a caret) and for tools (JSON).</summary>
public static class DiagnosticFormatter
{
    /// <summary>
    /// One block per diagnostic: <c>path(line,col): error PA0123: message</c>, then the source line and a caret
    /// under the column, then a summary line. <paramref name="sourceLines"/> returns a file's lines (default: read
    /// from disk); a file it cannot provide is printed without the excerpt.
    /// </summary>
    public static string FormatText(IEnumerable<Diagnostic> diagnostics, Func<string, IReadOnlyList<string>?>? sourceLines = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = sourceLines ?? ReadLines;
        var cache = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        var text = new StringBuilder();
        var errors = 0;
        var warnings = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                errors++;
            }
            else
            {
                warnings++;
            }

            text.Append(diagnostic.ToString()).Append('\n');
            if (diagnostic.Line < 1)
            {
                // A whole-file problem has no line to show, and the file may be one that must not be opened (a FIFO).
                continue;
            }

            if (!cache.TryGetValue(diagnostic.File, out var source))
            {
                source = lines(diagnostic.File);
                cache[diagnostic.File] = source;
            }

            if (source is not null && diagnostic.Line >= 1 && diagnostic.Line <= source.Count)
            {
                var line = source[diagnostic.Line - 1];
                text.Append("  ").Append(line).Append('\n');
                text.Append("  ").Append(Caret(line, diagnostic.Column)).Append('\n');
            }
        }

        text.Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)\n"));
        return text.ToString();
    }

    /// <summary>
    /// A JSON object <c>{ "errors": n, "warnings": n, "diagnostics": [ { file, line, column, severity, code,
    /// message } ] }</c>, indented, in the given order.
    /// </summary>
    public static string FormatJson(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var list = diagnostics.ToArray();
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("errors", list.Count(d => d.IsError));
            writer.WriteNumber("warnings", list.Count(d => !d.IsError));
            writer.WriteStartArray("diagnostics");
            foreach (var d in list)
            {
                writer.WriteStartObject();
                writer.WriteString("file", d.File);
                writer.WriteNumber("line", d.Line);
                writer.WriteNumber("column", d.Column);
                writer.WriteString("severity", d.IsError ? "error" : "warning");
                writer.WriteString("code", d.Code);
                writer.WriteString("message", d.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Caret(string line, int column)
    {
        // Keep tabs so the caret lines up under the same character in a terminal.
        var prefix = new StringBuilder();
        for (var i = 0; i < column - 1 && i < line.Length; i++)
        {
            prefix.Append(line[i] == '\t' ? '\t' : ' ');
        }

        for (var i = line.Length; i < column - 1; i++)
        {
            prefix.Append(' ');
        }

        return prefix.Append('^').ToString();
    }

    /// <summary>
    /// The lines of a source file for an excerpt, read like any input (a regular file of at most 5 MB, never a FIFO
    /// or device); null when it cannot be read.
    /// </summary>
    public static IReadOnlyList<string>? ReadLines(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = InputFile.Read(path, YamlLimits.Default.MaxFileBytes);
        if (read.Bytes is null)
        {
            return null;
        }

        var text = new UTF8Encoding(false).GetString(read.Bytes).TrimStart('\uFEFF');
        return text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
