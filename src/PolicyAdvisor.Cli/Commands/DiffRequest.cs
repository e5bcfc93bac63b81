using PolicyAdvisor.Cli.Hosting;

namespace PolicyAdvisor.Cli.Commands;

/// <summary>
/// What a <c>diff</c> command line asks for: which rules folder each side uses (null: the default), and either
/// one situation per side or every situation.
/// </summary>
/// <param name="RulesA">Full path of A's rules folder, or null for --rules.</param>
/// <param name="RulesB">Full path of B's rules folder, or null for --rules.</param>
/// <param name="SituationA">A's situation (null: the baseline); unused when <paramref name="AllSituations"/>.</param>
/// <param name="SituationB">B's situation; unused when <paramref name="AllSituations"/>.</param>
/// <param name="AllSituations">Run every situation under both rules folders.</param>
internal sealed record DiffRequest(string? RulesA, string? RulesB, string? SituationA, string? SituationB, bool AllSituations)
{
    /// <summary>
    /// Reads the arguments: two existing folders are two rules folders; two other values are two situations
    /// (the same one twice is allowed and compares equal); rules folders with no situation mean every situation.
    /// </summary>
    public static DiffRequest From(string? first, string? second, DirectoryInfo? rulesA, DirectoryInfo? rulesB, CliEnvironment environment)
    {
        var folderA = first is null ? null : Folder(first, environment);
        var folderB = second is null ? null : Folder(second, environment);
        if (folderA is not null || folderB is not null)
        {
            if (folderA is null || folderB is null)
            {
                throw CliException.Usage($"'{(folderA is null ? second : first)}' is a folder: give two rules folders (diff OLD_RULES NEW_RULES) or two situations.");
            }

            if (rulesA is not null || rulesB is not null)
            {
                throw CliException.Usage("give the rules folders either as 'diff OLD NEW' or with --rules-a/--rules-b, not both.");
            }

            return new DiffRequest(folderA, folderB, null, null, AllSituations: true);
        }

        var locatedA = rulesA is null ? null : environment.Locate(rulesA, "rules");
        var locatedB = rulesB is null ? null : environment.Locate(rulesB, "rules");
        var twoRules = locatedA is not null || locatedB is not null;
        if (first is null && twoRules)
        {
            return new DiffRequest(locatedA, locatedB, null, null, AllSituations: true);
        }

        if (first is null || (second is null && !twoRules))
        {
            throw CliException.Usage("diff needs two things to compare: two situations (diff A B), two rules folders (diff OLD_RULES NEW_RULES), or --rules-a OLD --rules-b NEW.");
        }

        return new DiffRequest(locatedA, locatedB, first, second ?? first, AllSituations: false);
    }

    private static string? Folder(string value, CliEnvironment environment)
    {
        var full = Path.GetFullPath(value, environment.WorkingDirectory);
        return Directory.Exists(full) ? full : null;
    }
}
