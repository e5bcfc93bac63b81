using Scriban;
using Scriban.Syntax;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>
/// A template context with a memory budget: Scriban bounds loops, recursion and each string, but a template
/// can still fill a dictionary with thousands of large strings. Every node evaluation checks how many bytes
/// this thread has allocated since rendering started, and stops the template at that node (PA0708) once the
/// budget is spent.
/// </summary>
internal sealed class BudgetedTemplateContext(long memoryLimit) : TemplateContext
{
    // Scriban renders on the calling thread, so this thread's allocations are the template's.
    private readonly long _start = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>The message Scriban carries for a spent budget, matched by <see cref="TemplateErrors"/>.</summary>
    public const string LimitMessage = "exceeds MemoryLimit";

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var used = GC.GetAllocatedBytesForCurrentThread() - _start;
        if (used > memoryLimit && scriptNode is not null)
        {
            throw new ScriptRuntimeException(
                scriptNode.Span,
                $"The template allocated {used / (1024 * 1024)} MB, which {LimitMessage} ({memoryLimit / (1024 * 1024)} MB); build smaller strings or collections");
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }
}
