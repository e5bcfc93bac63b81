using NRules.Fluent.Dsl;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>Copies each guest of the parent seating's path onto the new seating's path, one firing per guest.</summary>
[Name("make_path")]
[Priority(MannersRules.Productive)]
internal sealed class MakePath : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        Seating s = null!;
        SeatPath p = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.MakePath)
            .Match(() => s, x => !x.PathDone)
            .Match(() => p, x => x.Id == s.Pid)
            .Not<SeatPath>(q => q.Id == s.Id && q.Name == p.Name);
        Then()
            .Do(context => context.Insert(new SeatPath(s.Id, p.Name, p.Seat)));
    }
}
