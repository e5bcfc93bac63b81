using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Engine;
using static PolicyAdvisor.Benchmarks.Support.Lhs;

namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>
/// Miss Manners as production rules: a depth-first search for a seating in which neighbours alternate sex and
/// share a hobby. The control fact <see cref="Context"/> steps through phases; within a phase, priority puts the
/// productive rule ahead of its fallback. The same rules, clause for clause, are in bench/peers/manners.clp.
/// </summary>
/// <remarks>
/// The original program leans on a recency conflict strategy to search depth first. Our agenda breaks ties by
/// declaration and arrival order instead, so the search order is stated in the rules: only the newest live
/// seating is extended, and a seating with no extension left is marked dead so the search backs up.
/// </remarks>
internal static class MannersRules
{
    private const int Productive = 1;
    private const int Fallback = 0;

    /// <summary>Manners fires far more than the default loop guard allows; the guard is not what is measured.</summary>
    public static EngineOptions Options() => new EngineOptions { MaxActivationsPerFire = int.MaxValue }
        .IdentifyBy<Context>(_ => nameof(Context))
        .IdentifyBy<Count>(_ => nameof(Count))
        .IdentifyBy<Seating>(s => s.Id);

    public static IReadOnlyList<RuleDefinition> Build() =>
    [
        new("assign_first_seat",
            [
                Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.Start),
                Pattern<Guest>("g"),
                Pattern<Count>("cnt"),
            ],
            AssignFirstSeat),
        new("find_seating",
            [
                .. Frontier(),
                Pattern<Guest>("g1", (Guest g1, Seating s) => g1.Name == s.Name2),
                Pattern<Guest>("g2", (Guest g2, Guest g1) => g2.Hobby == g1.Hobby && g2.Sex != g1.Sex),
                Pattern<Count>("cnt"),
                Not<SeatPath>("p", (SeatPath p, Seating s, Guest g2) => p.Id == s.Id && p.Name == g2.Name),
                Not<Chosen>("c", (Chosen c, Seating s, Guest g2, Guest g1) => c.Id == s.Id && c.Name == g2.Name && c.Hobby == g1.Hobby),
            ],
            FindSeating,
            Productive),
        new("backtrack",
            Frontier(),
            c => c.Update(Get<Seating>(c, "s") with { Dead = true }),
            Fallback),
        new("make_path",
            [
                Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.MakePath),
                Pattern<Seating>("s", (Seating s) => !s.PathDone),
                Pattern<SeatPath>("p", (SeatPath p, Seating s) => p.Id == s.Pid),
                Not<SeatPath>("q", (SeatPath q, Seating s, SeatPath p) => q.Id == s.Id && q.Name == p.Name),
            ],
            c => c.Insert(new SeatPath(Get<Seating>(c, "s").Id, Get<SeatPath>(c, "p").Name, Get<SeatPath>(c, "p").Seat)),
            Productive),
        new("path_done",
            [
                Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.MakePath),
                Pattern<Seating>("s", (Seating s) => !s.PathDone),
            ],
            c =>
            {
                c.Update(Get<Seating>(c, "s") with { PathDone = true });
                c.Update(new Context(Phase.CheckDone));
            },
            Fallback),
        new("are_we_done",
            [
                Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.CheckDone),
                Pattern<LastSeat>("l"),
                Pattern<Seating>("s", (Seating s, LastSeat l) => s.Seat2 == l.Seat && !s.Dead),
            ],
            c => c.Update(new Context(Phase.PrintResults)),
            Productive),
        new("continue",
            [Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.CheckDone)],
            c => c.Update(new Context(Phase.AssignSeats)),
            Fallback),
        new("print_results",
            [
                Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.PrintResults),
                Pattern<LastSeat>("l"),
                Pattern<Seating>("s", (Seating s, LastSeat l) => s.Seat2 == l.Seat && !s.Dead),
                Pattern<SeatPath>("p", (SeatPath p, Seating s) => p.Id == s.Id),
            ],
            PrintResult,
            Productive),
        new("all_done",
            [Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.PrintResults)],
            c => c.Halt(),
            Fallback),
    ];

    /// <summary>While seats are assigned, the newest seating that is complete and not dead: the only one extended or abandoned.</summary>
    private static RuleElement[] Frontier() =>
    [
        Pattern<Context>("ctx", (Context ctx) => ctx.State == Phase.AssignSeats),
        Pattern<Seating>("s", (Seating s) => s.PathDone && !s.Dead),
        Not<Seating>("newer", (Seating newer, Seating s) => newer.Id > s.Id && !newer.Dead),
    ];

    private static void AssignFirstSeat(IContext c)
    {
        var guest = Get<Guest>(c, "g");
        var id = Get<Count>(c, "cnt").Value;
        c.Insert(new Seating(id, 0, 1, guest.Name, guest.Name, 1, PathDone: true, Dead: false));
        c.Insert(new SeatPath(id, guest.Name, 1));
        c.Update(new Count(id + 1));
        c.Update(new Context(Phase.AssignSeats));
    }

    private static void FindSeating(IContext c)
    {
        var seating = Get<Seating>(c, "s");
        var left = Get<Guest>(c, "g1");
        var right = Get<Guest>(c, "g2");
        var id = Get<Count>(c, "cnt").Value;
        var seat = seating.Seat2 + 1;
        c.Insert(new Seating(id, seating.Id, seating.Seat2, seating.Name2, right.Name, seat, PathDone: false, Dead: false));
        c.Insert(new SeatPath(id, right.Name, seat));
        c.Insert(new Chosen(seating.Id, right.Name, left.Hobby));
        c.Update(new Count(id + 1));
        c.Update(new Context(Phase.MakePath));
    }

    private static void PrintResult(IContext c)
    {
        var path = Get<SeatPath>(c, "p");
        c.Insert(new SeatAssignment(path.Seat, path.Name));
        c.Retract(path);
    }

    private static T Get<T>(IContext c, string name) => (T)c.Match[name];
}
