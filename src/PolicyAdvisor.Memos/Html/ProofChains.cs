using System.Net;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Memos.Html;

/// <summary>
/// Puts each recommendation's proof chain where it is recommended: under the first list item before the
/// Citations heading that names the option's id in a code span, a closed <c>details</c> element opens to the
/// rules that drew it (file and line, rationale, matched facts) and the assessments beneath them.
/// </summary>
internal static class ProofChains
{
    /// <summary>Adds a proof chain to the body for every recommendation in <paramref name="report"/>.</summary>
    public static void Apply(MarkdownDocument document, AdviceReport report, IReadOnlyDictionary<string, string> paraphrases)
    {
        var byId = report.Recommendations.ToDictionary(r => r.Option.Id, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var citations = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Inline is { } inline && MemoMarkdown.PlainText(inline) == "Citations");
        foreach (var item in document.Descendants<ListItemBlock>().ToArray())
        {
            if (citations is not null && item.Line > citations.Line)
            {
                break;
            }

            var id = item.Descendants<CodeInline>().Select(c => c.Content).FirstOrDefault(byId.ContainsKey);
            if (id is not null && done.Add(id))
            {
                var block = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock };
                block.Lines = new StringLineGroup(Details(byId[id], paraphrases));
                item.Add(block);
            }
        }
    }

    private static string Details(RecommendationItem rec, IReadOnlyDictionary<string, string> paraphrases)
    {
        var html = new StringBuilder();
        html.Append("<details class=\"proof\"><summary>Proof chain</summary>\n<ul>\n");
        foreach (var rule in rec.Rules.Concat(rec.Assessments))
        {
            html.Append("<li>").Append(rule.Kind == "assessment" ? "Assessment " : "Rule ")
                .Append("<code>").Append(Encode(rule.RuleId)).Append("</code> (<code>").Append(Encode($"{rule.File}:{rule.Line}")).Append("</code>): ")
                .Append(Encode(rule.Rationale)).Append(". Claims: ").Append(Claims(rule.Sources, paraphrases)).Append(".\n<ul>\n");
            foreach (var fact in rule.Facts)
            {
                html.Append("<li>").Append(fact.DerivedBy is null ? "Fact " : "Derived fact ").Append("<code>").Append(Encode(fact.Id)).Append("</code>: ")
                    .Append(Encode(string.Join("; ", fact.Fields.Select(f => $"{f.Name}={f.Value}"))))
                    .Append(" (confidence ").Append(Encode(fact.Confidence)).Append(", <code>").Append(Encode($"{fact.File}:{fact.Line}")).Append("</code>)</li>\n");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("<li>Likelihood: ").Append(Encode(rec.Likelihood.Term)).Append(" (").Append(Encode(rec.Likelihood.Detail)).Append(").</li>\n");
        return html.Append("</ul>\n</details>").ToString();
    }

    private static string Claims(IReadOnlyList<string> ids, IReadOnlyDictionary<string, string> paraphrases) =>
        ids.Count == 0
            ? "none"
            : string.Join(", ", ids.Select(id => paraphrases.TryGetValue(id, out var text)
                ? $"<a href=\"#{ClaimLinks.Anchor(id)}\" title=\"{Encode(text)}\">{Encode(id)}</a>"
                : Encode(id)));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
