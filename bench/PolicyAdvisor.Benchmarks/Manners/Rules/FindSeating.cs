using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PolicyAdvisor.Benchmarks.Manners.Rules;

/// <summary>
/// Extends the frontier (the newest live seating) by a guest of the other sex who shares a hobby with the guest in
/// its last seat, is not seated on its path yet, and was not tried from it through that hobby.
/// </summary>
[Name("find_seating")]
[Priority(MannersRules.Productive)]
internal sealed class FindSeating : Rule
{
    public override void Define()
    {
        Context ctx = null!;
        Seating s = null!;
        Guest g1 = null!;
        Guest g2 = null!;
        Count cnt = null!;
        When()
            .Match(() => ctx, c => c.State == Phase.AssignSeats)
            .Match(() => s, x => x.PathDone, x => !x.Dead)
            .Not<Seating>(newer => !newer.Dead, newer => newer.Id > s.Id)
            .Match(() => g1, g => g.Name == s.Name2)
            .Match(() => g2, g => g.Hobby == g1.Hobby && g.Sex != g1.Sex)
            .Match(() => cnt)
            .Not<SeatPath>(p => p.Id == s.Id && p.Name == g2.Name)
            .Not<Chosen>(c => c.Id == s.Id && c.Name == g2.Name && c.Hobby == g1.Hobby);
        Then()
            .Do(context => Extend(context, s, g1, g2, cnt));
    }

    private static void Extend(IContext context, Seating seating, Guest left, Guest right, Count count)
    {
        var id = count.Value;
        var seat = seating.Seat2 + 1;
        context.Insert(new Seating(id, seating.Id, seating.Seat2, seating.Name2, right.Name, seat, PathDone: false, Dead: false));
        context.Insert(new SeatPath(id, right.Name, seat));
        context.Insert(new Chosen(seating.Id, right.Name, left.Hobby));
        context.Update(new Count(id + 1));
        context.Update(new Context(Phase.MakePath));
    }
}
