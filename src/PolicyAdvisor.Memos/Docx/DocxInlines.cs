using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>How a run of text looks.</summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, bool Code = false, bool Strike = false, bool Underline = false);

/// <summary>Turns Markdown inlines (text, emphasis, code, links, line breaks) into Word runs.</summary>
internal static class DocxInlines
{
    /// <summary>The runs for <paramref name="container"/>, each carrying <paramref name="format"/> plus its own.</summary>
    public static IEnumerable<OpenXmlElement> Runs(ContainerInline? container, RunFormat format)
    {
        if (container is null)
        {
            yield break;
        }

        foreach (var inline in container)
        {
            foreach (var run in Runs(inline, format))
            {
                yield return run;
            }
        }
    }

    private static IEnumerable<OpenXmlElement> Runs(Inline inline, RunFormat format)
    {
        switch (inline)
        {
            case LiteralInline literal:
                return [Text(literal.Content.ToString(), format)];
            case CodeInline code:
                return [Text(code.Content, format with { Code = true })];
            case LineBreakInline lineBreak:
                return [lineBreak.IsHard ? Build(format, new Break()) : Text(" ", format)];
            case HtmlEntityInline entity:
                return [Text(entity.Transcoded.ToString(), format)];
            case HtmlInline html:
                return [Text(html.Tag, format)];
            case AutolinkInline autolink:
                return [Text(autolink.Url, format with { Underline = true })];
            case EmphasisInline emphasis:
                return Runs(emphasis, Emphasised(emphasis, format));
            case LinkInline link:
                return Link(link, format);
            case ContainerInline container:
                return Runs(container, format);
            default:
                // Any other leaf (an extension's inline) keeps its source text rather than vanishing.
                return [Text(inline.ToString() ?? string.Empty, format)];
        }
    }

    private static IEnumerable<OpenXmlElement> Link(LinkInline link, RunFormat format)
    {
        var runs = Runs((ContainerInline)link, format with { Underline = !link.IsImage }).ToList();
        var label = string.Concat(runs.Select(r => r.InnerText));
        if (!string.IsNullOrEmpty(link.Url) && !string.Equals(label, link.Url, StringComparison.Ordinal))
        {
            // A Word reader cannot follow the Markdown link, so the target is spelled out.
            runs.Add(Text(" (" + link.Url + ")", format));
        }

        return runs;
    }

    private static RunFormat Emphasised(EmphasisInline emphasis, RunFormat format) => emphasis.DelimiterChar switch
    {
        '*' or '_' when emphasis.DelimiterCount >= 2 => format with { Bold = true },
        '*' or '_' => format with { Italic = true },
        '~' when emphasis.DelimiterCount >= 2 => format with { Strike = true },
        _ => format,
    };

    /// <summary>A run of plain text in <paramref name="format"/>, spaces preserved.</summary>
    public static Run Text(string text, RunFormat format) =>
        Build(format, new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    // Plain text gets no run properties at all, rather than an empty element, so the package stays minimal.
    private static Run Build(RunFormat format, OpenXmlElement content) =>
        Properties(format) is { } properties ? new Run(properties, content) : new Run(content);

    private static RunProperties? Properties(RunFormat format)
    {
        if (format == default)
        {
            return null;
        }

        var properties = new RunProperties();
        if (format.Code)
        {
            properties.Append(new RunStyle { Val = DocxStyles.CodeCharStyle });
        }

        if (format.Bold)
        {
            properties.Append(new Bold());
        }

        if (format.Italic)
        {
            properties.Append(new Italic());
        }

        if (format.Strike)
        {
            properties.Append(new Strike());
        }

        if (format.Underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }

        return properties;
    }
}
