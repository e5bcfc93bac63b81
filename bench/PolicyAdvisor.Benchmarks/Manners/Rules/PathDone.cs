using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>The new seating's path is complete (make_path outranks this): check whether every seat is taken.</summary>
[Name("path_done")]
[Priority(MannersRules.Fallback)]
internal sealed class PathDone : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        Seating s = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.MakePath)
            .Match(() => s, x => !x.PathDone);
        Then()
            .Do(context => Finish(context, s));
    }

    private static void Finish(IContext context, Seating seating)
    {
        context.Update(seating with { PathDone = true });
        context.Update(new Context(Phase.CheckDone));
    }
}
