using NRules.Fluent.Dsl;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>A live seating reaches the last seat: print the result.</summary>
[Name("are_we_done")]
[Priority(MannersRules.Productive)]
internal sealed class AreWeDone : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        LastSeat l = null!;
        Seating s = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.CheckDone)
            .Match(() => l)
            .Match(() => s, x => !x.Dead, x => x.Seat2 == l.Seat);
        Then()
            .Do(context => context.Update(new Context(Phase.PrintResults)));
    }
}
