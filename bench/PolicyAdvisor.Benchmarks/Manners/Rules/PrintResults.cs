using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>Turns each seat on the complete seating's path into a result line, one firing per seat.</summary>
[Name("print_results")]
[Priority(MannersRules.Productive)]
internal sealed class PrintResults : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        LastSeat l = null!;
        Seating s = null!;
        SeatPath p = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.PrintResults)
            .Match(() => l)
            .Match(() => s, x => !x.Dead, x => x.Seat2 == l.Seat)
            .Match(() => p, x => x.Id == s.Id);
        Then()
            .Do(context => Print(context, p));
    }

    private static void Print(IContext context, SeatPath path)
    {
        context.Insert(new SeatAssignment(path.Seat, path.Name));
        context.Retract(path);
    }
}
