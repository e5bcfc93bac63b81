using System.Globalization;
using PolicyAdvisor.Benchmarks.Support;
using NRules;

namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>Console modes used by bench/peers/manners.sh: generate data, run the NRules rules, check a seating.</summary>
internal static class MannersCommands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>manners-gen --guests N [--seed S] [--hobbies H] --out PREFIX</c>: writes PREFIX.txt and PREFIX.clp.</summary>
    public static int Generate(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, "guests", "seed", "hobbies", "out");
        var list = GuestGenerator.Generate(options.Number("guests", 16), options.Number("seed", GuestGenerator.DefaultSeed), options.Number("hobbies", 3));
        var prefix = options.RequiredText("out");
        File.WriteAllText(prefix + ".txt", list.ToText());
        File.WriteAllText(prefix + ".clp", list.ToClips());
        output.WriteLine($"wrote {prefix}.txt and {prefix}.clp ({list.Names.Count} guests, {list.Guests.Count} guest facts)");
        return 0;
    }

    /// <summary>
    /// <c>manners [--guests N | --data FILE] [--runs R]</c>: compiles the rules, then per run creates a session,
    /// inserts the guests and fires. Prints the timings of the last run and its seating as SEAT lines.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, "guests", "data", "runs");
        var list = options.Text("data") is { } path ? GuestList.Parse(File.ReadAllText(path)) : GuestGenerator.Generate(options.Number("guests", 16));
        var clock = new CpuClock();
        var factory = MannersRules.Compile();
        var compileMs = clock.WallMs;
        MannersResult result = default;
        for (var run = Math.Max(1, options.Number("runs", 1)); run > 0; run--)
        {
            result = Solve(factory, list);
        }

        output.WriteLine(string.Create(Inv, $"COMPILE_MS {compileMs:F3}"));
        output.WriteLine(string.Create(Inv, $"ELAPSED_MS {result.Elapsed.TotalMilliseconds:F3}"));
        output.WriteLine(string.Create(Inv, $"CPU_MS {result.CpuMs:F3}"));
        output.WriteLine(string.Create(Inv, $"FIRED {result.Fired}"));
        foreach (var seat in result.Seats)
        {
            output.WriteLine(string.Create(Inv, $"SEAT {seat.Seat} {seat.Name}"));
        }

        return result.Seats.Count == list.Seats ? 0 : 1;
    }

    /// <summary><c>manners-check --data FILE --output FILE</c>: exit 0 and "valid" when the seating holds.</summary>
    public static int Check(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, "data", "output");
        var list = GuestList.Parse(File.ReadAllText(options.RequiredText("data")));
        var problems = SeatingValidator.Validate(list, SeatingValidator.ParseSeats(File.ReadAllText(options.RequiredText("output"))));
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine(problems.Count == 0 ? "valid" : $"invalid ({problems.Count} problems)");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>One timed solve: new session, insert every fact, fire to the end.</summary>
    public static MannersResult Solve(ISessionFactory factory, GuestList list)
    {
        var clock = new CpuClock();
        var session = factory.CreateSession();
        session.InsertAll(list.InitialFacts());
        var fired = session.Fire();
        var elapsed = TimeSpan.FromMilliseconds(clock.WallMs);
        var cpu = clock.CpuMs;
        var seats = session.Query<SeatAssignment>().OrderBy(s => s.Seat).ToList();
        return new MannersResult(elapsed, cpu, fired, seats);
    }
}
