using System.Globalization;
using Scriban;
using Scriban.Runtime;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>
/// Builds the template context every memo template runs in: strict about names and members, bounded in loops,
/// recursion, string size and output, and stripped of the built-ins that read the clock or a random source.
/// </summary>
internal static class TemplateSandbox
{
    // Built-ins whose results change between runs; a memo must be byte-identical for identical inputs.
    private static readonly (string Object, string Member)[] NonDeterministic =
    [
        ("date", "now"),
        ("date", "utc_now"),
        ("math", "random"),
        ("math", "uuid"),
    ];

    /// <summary>A fresh, locked-down context reading includes through <paramref name="loader"/>.</summary>
    public static TemplateContext Create(MemoRendererOptions options, SandboxTemplateLoader loader, ScriptObject globals)
    {
        var context = new BudgetedTemplateContext(options.MemoryLimit)
        {
            StrictVariables = true,
            // With Scriban's default (relaxed) member access a misspelt member renders as empty text even under
            // StrictVariables; turning it off makes it an error with a position, so no field is lost silently.
            EnableRelaxedMemberAccess = false,
            EnableRelaxedIndexerAccess = false,
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            LimitToString = options.OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = options.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = options.RegexTimeout,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = loader,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);

        foreach (var (name, member) in NonDeterministic)
        {
            if (context.BuiltinObject[name] is ScriptObject builtin)
            {
                builtin.Remove(member);
            }
        }

        context.PushGlobal(globals);
        return context;
    }
}
