using NRules;
using NRules.Fluent;
using PolicyAdvisor.Benchmarks.Manners.Rules;
using PolicyAdvisor.Benchmarks.Support;

namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>
/// Miss Manners as NRules fluent rules (<c>Manners/Rules/</c>): a depth-first search for a seating in which
/// neighbours alternate sex and share a hobby. The control fact <see cref="Context"/> steps through phases; within a
/// phase, priority puts the productive rule ahead of its fallback. The same rules, clause for clause, are in
/// bench/peers/manners.clp.
/// </summary>
/// <remarks>
/// The original program leans on a recency conflict strategy to search depth first. NRules breaks ties between
/// activations of equal priority first in, first out, so the search order is stated in the rules: only the newest
/// live seating is extended, and a seating with no extension left is marked dead so the search backs up.
/// </remarks>
internal static class MannersRules
{
    /// <summary>The priority of the rule that makes progress within a phase.</summary>
    public const int Productive = 1;

    /// <summary>The priority of the rule that moves on when nothing productive is left.</summary>
    public const int Fallback = 0;

    /// <summary>The rules in the order of bench/peers/manners.clp.</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(AssignFirstSeat), typeof(FindSeating), typeof(Backtrack), typeof(MakePath), typeof(PathDone),
        typeof(AreWeDone), typeof(Continue), typeof(PrintResults), typeof(AllDone),
    ];

    /// <summary>
    /// Loads the fluent rules and compiles them. The control facts and seatings are records updated by copy, so
    /// they are identified by key: one <see cref="Context"/>, one <see cref="Count"/>, a seating by its id.
    /// </summary>
    public static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(Types).PrivateTypes());
        var compiler = new RuleCompiler()
            .IdentifyBy<Context, int>(_ => 0)
            .IdentifyBy<Count, int>(_ => 0)
            .IdentifyBy<Seating, int>(s => s.Id);
        return compiler.Compile(repository.GetRules());
    }
}
