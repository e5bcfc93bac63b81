using System.Buffers;
using System.Text;
using System.Text.Unicode;
using YamlDotNet.Core;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree with positions, in front of any deserializer:
/// the file size, nesting depth, alias count, alias expansion and scalar length are bounded, invalid UTF-8 and
/// syntax errors become positioned diagnostics, and nothing throws on bad input.
/// </summary>
public static class GuardedYamlReader
{
    /// <summary>
    /// Reads a file through <paramref name="reader"/> (which records it for the fingerprint; a throwaway one when
    /// null): only a regular file, inside <paramref name="folder"/> when given, of at most
    /// <see cref="YamlLimits.MaxFileBytes"/>. Returns null (with diagnostics) when it cannot be read or is not valid YAML.
    /// </summary>
    public static YamlNode? ReadFile(string path, DiagnosticBag diagnostics, YamlLimits? limits = null, InputReader? reader = null, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        limits ??= YamlLimits.Default;
        var bytes = (reader ?? new InputReader()).Read(path, diagnostics, limits.MaxFileBytes, folder);
        return bytes is null ? null : ReadBytes(bytes, DisplayPath(path), diagnostics, limits);
    }

    /// <summary>Reads UTF-8 bytes (a leading byte-order mark is skipped) as the content of <paramref name="file"/>.</summary>
    public static YamlNode? ReadBytes(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        limits ??= YamlLimits.Default;
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, $"file is {bytes.Length} bytes; the limit is {limits.MaxFileBytes}", file, 0, 0);
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, column) = PositionAfter(chars.AsSpan(0, written));
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, "the file is not valid UTF-8 here; save it as UTF-8", file, line, column);
            return null;
        }

        return ReadText(new string(chars, 0, written), file, diagnostics, limits);
    }

    /// <summary>Reads YAML text as the content of <paramref name="file"/>.</summary>
    public static YamlNode? ReadText(string text, string file, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        limits ??= YamlLimits.Default;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, "the file is empty", file, 0, 0);
            return null;
        }

        var builder = new YamlTreeBuilder(new Parser(new StringReader(text)), file, limits, diagnostics, text);
        return builder.ReadDocument();
    }

    /// <summary>The path as shown in diagnostics: forward slashes, otherwise as given.</summary>
    public static string DisplayPath(string path) => path.Replace('\\', '/');

    private static (int Line, int Column) PositionAfter(ReadOnlySpan<char> text)
    {
        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
