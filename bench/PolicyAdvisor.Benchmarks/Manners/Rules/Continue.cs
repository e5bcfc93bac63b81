using NRules.Fluent.Dsl;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>Not done yet (are_we_done outranks this): go back to assigning seats.</summary>
[Name("continue")]
[Priority(MannersRules.Fallback)]
internal sealed class Continue : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.CheckDone);
        Then()
            .Do(context => context.Update(new Context(Phase.AssignSeats)));
    }
}
