using BenchmarkDotNet.Running;
using PolicyAdvisor.Benchmarks.Loading;
using PolicyAdvisor.Benchmarks.Manners;
using PolicyAdvisor.Benchmarks.Sessions;
using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Benchmarks.Synthetic;

// Console modes for the peer comparison; anything else goes to BenchmarkDotNet (e.g. --filter '*' --job short).
try
{
    var rest = args.Skip(1).ToArray();
    return args.FirstOrDefault() switch
    {
        "compilers-check" => CompilerCheckCommand.Run(rest, Console.Out),
        "load" => LoadCommand.Run(rest, Console.Out),
        "manners" => MannersCommands.Run(rest, Console.Out),
        "manners-gen" => MannersCommands.Generate(rest, Console.Out),
        "manners-check" => MannersCommands.Check(rest, Console.Out),
        "noop" => 0, // process start-up alone, subtracted from whole-process timings
        "session" => SessionCommand.Run(rest, Console.Out),
        "synthetic" => SyntheticCommand.Run(rest, Console.Out),
        _ => RunBenchmarks(args),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"usage: {e.Message}");
    return 2;
}
catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 3;
}

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(MannersCommands).Assembly).Run(args);
    return 0;
}
