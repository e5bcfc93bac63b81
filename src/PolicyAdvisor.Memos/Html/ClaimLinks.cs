using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyAdvisor.Memos.Html;

/// <summary>
/// Turns every claim id the memo cites into a link to its entry under Citations, with the paraphrase as the
/// link's title (shown on hover); each entry gets the anchor the links point to.
/// </summary>
internal static partial class ClaimLinks
{
    /// <summary>The anchor of a claim's citation entry: <c>dunbar-2026#24</c> becomes <c>claim-dunbar-2026-24</c>.</summary>
    public static string Anchor(string claimId) => "claim-" + claimId.Replace('#', '-');

    /// <summary>Links the claim ids of <paramref name="document"/> that are in <paramref name="paraphrases"/>.</summary>
    public static void Apply(MarkdownDocument document, IReadOnlyDictionary<string, string> paraphrases)
    {
        var targets = new HashSet<Inline>();
        foreach (var item in document.Descendants<ListItemBlock>())
        {
            // A citation entry opens with the claim id in bold: it is the target, not a link.
            if (item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: EmphasisInline { FirstChild: LiteralInline literal } bold }
                && paraphrases.ContainsKey(literal.Content.ToString()))
            {
                item.GetAttributes().Id = Anchor(literal.Content.ToString());
                targets.Add(bold);
            }
        }

        var roots = document.Descendants<LeafBlock>().Where(b => b is not HeadingBlock && b.Inline is not null).Select(b => b.Inline!);
        foreach (var container in roots.SelectMany(r => r.Descendants<ContainerInline>().Prepend(r)).ToArray())
        {
            // Inside links, and in the bold id that opens a citation entry (the link target itself), nothing is linked.
            if (container is LinkInline || container.FindParentOfType<LinkInline>().Any() || targets.Contains(container))
            {
                continue;
            }

            LinkRuns(container, paraphrases);
        }
    }

    // Markdig may cut one run of text into several literals; the ids are looked for in each joined run.
    private static void LinkRuns(ContainerInline container, IReadOnlyDictionary<string, string> paraphrases)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (child is not LiteralInline)
            {
                child = child.NextSibling;
                continue;
            }

            var run = new List<LiteralInline>();
            for (var next = child; next is LiteralInline literal; next = next.NextSibling)
            {
                run.Add(literal);
            }

            child = run[^1].NextSibling;
            var text = string.Concat(run.Select(l => l.Content.ToString()));
            var matches = ClaimId().Matches(text).Where(m => paraphrases.ContainsKey(m.Value)).ToArray();
            if (matches.Length == 0)
            {
                continue;
            }

            Inline anchor = run[0];
            var at = 0;
            foreach (var match in matches)
            {
                anchor = InsertAfter(anchor, new LiteralInline(text[at..match.Index]));
                var link = new LinkInline("#" + Anchor(match.Value), paraphrases[match.Value]);
                link.AppendChild(new LiteralInline(match.Value));
                anchor = InsertAfter(anchor, link);
                at = match.Index + match.Length;
            }

            InsertAfter(anchor, new LiteralInline(text[at..]));
            foreach (var literal in run)
            {
                literal.Remove();
            }
        }
    }

    private static Inline InsertAfter(Inline anchor, Inline inline)
    {
        anchor.InsertAfter(inline);
        return inline;
    }

    [GeneratedRegex(@"[a-z0-9][a-z0-9-]*#[0-9]+")]
    private static partial Regex ClaimId();
}
