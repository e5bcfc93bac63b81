using NRules.Fluent.Dsl;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>Every seat is printed (print_results outranks this): stop.</summary>
[Name("all_done")]
[Priority(MannersRules.Fallback)]
internal sealed class AllDone : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.PrintResults);
        Then()
            .Do(context => context.Halt());
    }
}
