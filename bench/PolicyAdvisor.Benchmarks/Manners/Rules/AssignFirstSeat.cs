using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>At the start, any guest takes seat 1: the root seating of the search.</summary>
[Name("assign_first_seat")]
internal sealed class AssignFirstSeat : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        Guest g = null!;
        Count cnt = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.Start)
            .Match(() => g)
            .Match(() => cnt);
        Then()
            .Do(context => Seat(context, g, cnt));
    }

    private static void Seat(IContext context, Guest guest, Count count)
    {
        var id = count.Value;
        context.Insert(new Seating(id, 0, 1, guest.Name, guest.Name, 1, PathDone: true, Dead: false));
        context.Insert(new SeatPath(id, guest.Name, 1));
        context.Update(new Count(id + 1));
        context.Update(new Context(Phase.AssignSeats));
    }
}
