using PolicyAdvisor.Advice.Reports;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>
/// Renders the Markdown memo from <c>memo.md.sbn</c> in the sandbox. Touches only Scriban, so the Markdown path
/// never loads Markdig or OpenXml.
/// </summary>
internal sealed class MarkdownMemoRenderer(MemoRendererOptions options)
{
    /// <summary>The entry template, relative to the templates folder.</summary>
    public const string EntryTemplate = "memo.md.sbn";

    // Stands in for the fingerprint during the discovery pass, before the templates used are known.
    private static readonly string PendingFingerprint = new('0', 64);

    /// <summary>Renders the memo and returns its Markdown.</summary>
    /// <exception cref="MemoTemplateException">A template is missing, malformed, or failed while rendering.</exception>
    public string Render(AdviceReport report)
    {
        // The fingerprint covers the templates actually used, which are known only once the includes have run:
        // a first pass discovers them, the second prints the fingerprint. Both passes see the same inputs.
        var discovery = new SandboxTemplateLoader(options.TemplatesDirectory, options.MaxTemplateBytes);
        RenderOnce(report, discovery, PendingFingerprint, PendingFingerprint);

        var templates = MemoFingerprint.OfTemplates(discovery.Used);
        var fingerprint = MemoFingerprint.Combine(report.Fingerprint.Value, templates);
        return RenderOnce(report, new SandboxTemplateLoader(options.TemplatesDirectory, options.MaxTemplateBytes), fingerprint, templates);
    }

    private string RenderOnce(AdviceReport report, SandboxTemplateLoader loader, string fingerprint, string templates)
    {
        var template = ParseEntry(loader);
        var context = TemplateSandbox.Create(options, loader, Globals(report, fingerprint, templates));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new MemoTemplateException(TemplateErrors.FromRuntime(exception));
        }
        catch (Exception exception) when (exception is not MemoTemplateException and not OutOfMemoryException)
        {
            throw new MemoTemplateException(
                [TemplateErrors.FromUnexpected(context.CurrentNode?.Span, loader.KeyFor(EntryTemplate), exception)]);
        }
    }

    private static Template ParseEntry(SandboxTemplateLoader loader)
    {
        string text;
        try
        {
            text = loader.ReadRelative(EntryTemplate);
        }
        catch (TemplateFileException exception)
        {
            throw new MemoTemplateException(
                [new MemoTemplateError(loader.KeyFor(EntryTemplate), 1, 1, exception.Code, exception.Message)]);
        }

        var template = Template.Parse(text, loader.KeyFor(EntryTemplate));
        return template.HasErrors ? throw new MemoTemplateException(TemplateErrors.FromParse(template.Messages)) : template;
    }

    private static ScriptObject Globals(AdviceReport report, string fingerprint, string templates)
    {
        var memo = new ScriptObject
        {
            ["fingerprint"] = fingerprint,
            ["report_fingerprint"] = report.Fingerprint.Value,
            ["templates_fingerprint"] = templates,
        };

        var md = new ScriptObject();
        md.Import("escape", new Func<string?, string>(MarkdownText.Escape));
        md.Import("cell", new Func<string?, string>(MarkdownText.Cell));
        md.Import("code", new Func<string?, string>(MarkdownText.Code));

        var globals = new ScriptObject();
        globals.SetValue("report", report, readOnly: true);
        globals.SetValue("memo", memo, readOnly: true);
        globals.SetValue("md", md, readOnly: true);
        return globals;
    }
}
