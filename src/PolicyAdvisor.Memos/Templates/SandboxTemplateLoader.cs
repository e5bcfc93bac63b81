using System.Security.Cryptography;
using Scriban;
using Scriban.Parsing;
using PolicyAdvisor.Rules;
using Scriban.Runtime;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>
/// Resolves template names only inside one folder. Names are relative paths made of plain segments
/// (letters, digits, '.', '_', '-'), so absolute paths, '..' and drive letters never reach the file system;
/// symbolic links are followed only when their final target stays inside the folder. Files are read like every
/// other input (<see cref="InputFile"/>): only regular files, never more than a byte limit. Every file it loads is
/// recorded with its SHA-256, because the memo fingerprint covers the templates actually used.
/// </summary>
internal sealed class SandboxTemplateLoader : ITemplateLoader
{
    private readonly string _displayRoot;
    private readonly string _realRoot;
    private readonly long _maxBytes;
    private readonly SortedDictionary<string, string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _relativeByKey = new(StringComparer.Ordinal);

    /// <param name="root">The templates folder as the user gave it; error positions show paths under it.</param>
    /// <param name="maxBytes">The largest template file read.</param>
    public SandboxTemplateLoader(string root, long maxBytes)
    {
        _displayRoot = root.Replace('\\', '/').TrimEnd('/');
        _realRoot = RealPath.Of(root) ?? Path.GetFullPath(root);
        _maxBytes = maxBytes;
    }

    /// <summary>Relative path → lowercase hex SHA-256 of every template loaded so far, ordinal order.</summary>
    public IReadOnlyDictionary<string, string> Used => _used;

    /// <summary>The key (display path) Scriban uses for a relative template name.</summary>
    public string KeyFor(string relative) => _displayRoot.Length == 0 ? relative : _displayRoot + "/" + relative;

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!TryResolve(templateName, out var full, out var reason))
        {
            throw new IncludeRefusedException(callerSpan, $"Include '{templateName}' refused: {reason}.", MemoCodes.IncludeRefused);
        }

        var relative = Path.GetRelativePath(_realRoot, full).Replace('\\', '/');
        var key = KeyFor(relative);
        _relativeByKey[key] = relative;
        return key;
    }

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!_relativeByKey.TryGetValue(templatePath, out var relative))
        {
            throw new IncludeRefusedException(callerSpan, $"Template '{templatePath}' was not resolved by the sandbox.", MemoCodes.IncludeRefused);
        }

        try
        {
            return ReadRelative(relative);
        }
        catch (TemplateFileException e)
        {
            throw new IncludeRefusedException(callerSpan, $"Include '{relative}' refused: {e.Message}.", e.Code);
        }
    }

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    /// <summary>Reads a template by relative name (the entry template goes through here too) and records it.</summary>
    /// <exception cref="TemplateFileException">The name does not resolve to a regular file inside the folder within the size limit.</exception>
    public string ReadRelative(string relative)
    {
        if (!TryResolve(relative, out var full, out var reason))
        {
            throw new TemplateFileException(MemoCodes.TemplateMissing, $"Template '{relative}' cannot be used: {reason}.");
        }

        var read = InputFile.Read(full, _maxBytes, _realRoot);
        if (read.Bytes is null)
        {
            throw new TemplateFileException(read.Code!, read.Message!);
        }

        _used[relative] = Convert.ToHexStringLower(SHA256.HashData(read.Bytes));

        // Line endings are normalised so a template checked out with CRLF renders the same memo.
        return new System.Text.UTF8Encoding(false).GetString(read.Bytes).TrimStart('\uFEFF').Replace("\r\n", "\n");
    }

    private bool TryResolve(string name, out string full, out string reason)
    {
        full = string.Empty;
        var segments = name.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || !segment.All(IsPlain))
            {
                reason = "names must be relative paths of plain segments inside the templates folder";
                return false;
            }
        }

        var current = _realRoot;
        for (var i = 0; i < segments.Length; i++)
        {
            current = Path.Combine(current, segments[i]);
            var exists = i == segments.Length - 1 ? File.Exists(current) || Directory.Exists(current) : Directory.Exists(current);
            if (!exists)
            {
                reason = "no such file in the templates folder";
                return false;
            }

            current = RealPath.Of(current) ?? current;
            if (!RealPath.Contains(_realRoot, current))
            {
                reason = "it leads outside the templates folder";
                return false;
            }
        }

        if (Directory.Exists(current))
        {
            reason = "it is not a file";
            return false;
        }

        full = current;
        reason = string.Empty;
        return true;
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
