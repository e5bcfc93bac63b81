using NRules.Fluent.Dsl;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>The frontier has no extension left (find_seating outranks this): mark it dead, so the search backs up.</summary>
[Name("backtrack")]
[Priority(MannersRules.Fallback)]
internal sealed class Backtrack : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        Seating s = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.AssignSeats)
            .Match(() => s, x => x.PathDone, x => !x.Dead)
            .Not<Seating>(newer => !newer.Dead, newer => newer.Id > s.Id);
        Then()
            .Do(context => context.Update(Dead(s)));
    }

    private static Seating Dead(Seating seating) => seating with { Dead = true };
}
