namespace PolicyAdvisor.Engine.Tests.Support;

public sealed record Guest(string Name, char Sex, int Hobby);

public sealed record LastSeat(int Seat);

public sealed record Context(string State);

public sealed record Count(int Value);

public sealed record Seating(int Id, int Pid, int Seat1, string Name1, int Seat2, string Name2, bool PathDone);

public sealed record SeatPath(int Id, string Name, int Seat);

public sealed record Chosen(int Id, string Name, int Hobby);

/// <summary>The OPS5 Miss Manners rules written with <see cref="RuleBuilder"/> (small sizes here; speed is measured in bench/).</summary>
public static class Manners
{
    public static EngineOptions Options() => new EngineOptions { NewestFactsFirst = true, MaxActivationsPerFire = 1_000_000 }
        .IdentifyBy<Context>(_ => "context")
        .IdentifyBy<Count>(_ => "count")
        .IdentifyBy<Seating>(s => s.Id);

    /// <summary>Guests with two hobbies each (one Guest fact per hobby), sexes alternating.</summary>
    public static object[] Facts(int guests)
    {
        var facts = new List<object>();
        for (var i = 0; i < guests; i++)
        {
            var sex = i % 2 == 0 ? 'm' : 'f';
            facts.Add(new Guest("g" + i, sex, (i % 3) + 1));
            facts.Add(new Guest("g" + i, sex, ((i + 1) % 3) + 1));
        }

        facts.Add(new LastSeat(guests));
        facts.Add(new Count(1));
        facts.Add(new Context("start"));
        return [.. facts];
    }

    public static RuleDefinition[] Rules() =>
    [
        new RuleBuilder("assign-first-seat")
            .Match<Context>("ctx", ctx => ctx.State == "start").Match<Guest>("g").Match<Count>("c")
            .Do(ctx =>
            {
                var (g, c) = ((Guest)ctx.Match["g"], (Count)ctx.Match["c"]);
                ctx.Insert(new Seating(c.Value, 0, 1, g.Name, 1, g.Name, true));
                ctx.Insert(new SeatPath(c.Value, g.Name, 1));
                ctx.Update(new Count(c.Value + 1));
                ctx.Update(new Context("assign-seats"));
            }).Build(),
        new RuleBuilder("find-seating")
            .Match<Context>("ctx", ctx => ctx.State == "assign-seats")
            .Match<Seating>("s", s => s.PathDone)
            .Match<Guest>("g1", (Guest g1, Seating s) => g1.Name == s.Name2)
            .Match<Guest>("g2", (Guest g2, Guest g1) => g2.Hobby == g1.Hobby && g2.Sex != g1.Sex)
            .Match<Count>("c")
            .Not<SeatPath>("p", (SeatPath p, Seating s, Guest g2) => p.Id == s.Id && p.Name == g2.Name)
            .Not<Chosen>("ch", (Chosen ch, Seating s, Guest g2, Guest g1) => ch.Id == s.Id && ch.Name == g2.Name && ch.Hobby == g1.Hobby)
            .Do(ctx =>
            {
                var (s, g1, g2, c) = ((Seating)ctx.Match["s"], (Guest)ctx.Match["g1"], (Guest)ctx.Match["g2"], (Count)ctx.Match["c"]);
                ctx.Insert(new Seating(c.Value, s.Id, s.Seat2, s.Name2, s.Seat2 + 1, g2.Name, false));
                ctx.Insert(new SeatPath(c.Value, g2.Name, s.Seat2 + 1));
                ctx.Insert(new Chosen(s.Id, g2.Name, g1.Hobby));
                ctx.Update(new Count(c.Value + 1));
                ctx.Update(new Context("make-path"));
            }).Build(),
        new RuleBuilder("make-path").Priority(1)
            .Match<Context>("ctx", ctx => ctx.State == "make-path")
            .Match<Seating>("s", s => !s.PathDone)
            .Match<SeatPath>("p", (SeatPath p, Seating s) => p.Id == s.Pid)
            .Not<SeatPath>("p2", (SeatPath p2, Seating s, SeatPath p) => p2.Id == s.Id && p2.Name == p.Name)
            .Do(ctx =>
            {
                var (s, p) = ((Seating)ctx.Match["s"], (SeatPath)ctx.Match["p"]);
                ctx.Insert(new SeatPath(s.Id, p.Name, p.Seat));
            }).Build(),
        new RuleBuilder("path-done")
            .Match<Context>("ctx", ctx => ctx.State == "make-path")
            .Match<Seating>("s", s => !s.PathDone)
            .Do(ctx =>
            {
                ctx.Update((Seating)ctx.Match["s"] with { PathDone = true });
                ctx.Update(new Context("check-done"));
            }).Build(),
        new RuleBuilder("are-we-done").Priority(1)
            .Match<Context>("ctx", ctx => ctx.State == "check-done")
            .Match<LastSeat>("l")
            .Match<Seating>("s", (Seating s, LastSeat l) => s.Seat2 == l.Seat)
            .Do(ctx => ctx.Update(new Context("print-results"))).Build(),
        new RuleBuilder("continue")
            .Match<Context>("ctx", ctx => ctx.State == "check-done")
            .Do(ctx => ctx.Update(new Context("assign-seats"))).Build(),
        new RuleBuilder("all-done")
            .Match<Context>("ctx", ctx => ctx.State == "print-results")
            .Do(ctx => ctx.Halt()).Build(),
    ];
}
