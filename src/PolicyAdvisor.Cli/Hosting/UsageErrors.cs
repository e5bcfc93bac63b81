using System.CommandLine;
using System.Text.RegularExpressions;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>
/// Turns System.CommandLine's parse errors into our own one-line messages: a misspelt command or option gets a
/// did-you-mean and nothing that follows from it, and no .NET type name reaches the user.
/// </summary>
internal static partial class UsageErrors
{
    private const string Help = "run 'policy-advisor --help' for usage";

    /// <summary>The lines to print (each without the 'policy-advisor: ' prefix), most useful first.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        if (parse.UnmatchedTokens.Count > 0)
        {
            // Everything else the parser says ("Required command was not provided", ...) follows from this token.
            return [Unmatched(parse.UnmatchedTokens[0], command, parse)];
        }

        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            var names = string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return [$"{Path(command, parse)} needs a command: one of {names}; {Help}."];
        }

        return parse.Errors.Select(e => Plain(e.Message)).Distinct(StringComparer.Ordinal).Select(m => $"{m.TrimEnd('.')}; {Help}.").ToArray();
    }

    /// <summary>
    /// A parser message with any CLR type name replaced by what the value should have been
    /// (<c>Cannot parse argument 'x' for option '--n' as expected type 'System.Nullable`1[System.Int64]'</c>
    /// becomes <c>--n: 'x' is not a whole number</c>).
    /// </summary>
    public static string Plain(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parse = CannotParse().Match(message);
        if (parse.Success)
        {
            return $"{parse.Groups["option"].Value}: '{parse.Groups["value"].Value}' is not {Kind(parse.Groups["type"].Value)}";
        }

        return ClrType().Replace(message, m => Kind(m.Groups[1].Value));
    }

    private static string Unmatched(string token, Command command, ParseResult parse)
    {
        var where = Path(command, parse);
        if (token.StartsWith('-'))
        {
            var options = OptionsOf(command, parse).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            return $"unknown option '{token}' for '{where}'{Suggest.DidYouMean(token, options)}; {Help}.";
        }

        if (command.Subcommands.Count > 0)
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
            var suggestion = Suggest.Closest(token, names);
            return suggestion is null
                ? $"unknown command '{token}'; '{where}' has: {string.Join(", ", names)}; {Help}."
                : $"unknown command '{token}'; did you mean '{suggestion}'? ({Help})";
        }

        return $"unexpected argument '{token}' for '{where}'; {Help}.";
    }

    private static IEnumerable<Option> OptionsOf(Command command, ParseResult parse)
    {
        // Recursive options (--rules, --verbose, ...) are declared on the root but apply to every command.
        var root = parse.RootCommandResult.Command;
        return command.Options.Concat(ReferenceEquals(root, command) ? [] : root.Options.Where(o => o.Recursive));
    }

    private static string Path(Command command, ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, ReferenceEquals(result.Command, parse.RootCommandResult.Command) ? "policy-advisor" : result.Command.Name);
        }

        return names.Count == 0 ? command.Name : string.Join(' ', names);
    }

    private static string Kind(string clrType)
    {
        var inner = NullableOf().Match(clrType) is { Success: true } nullable ? nullable.Groups[1].Value : clrType;
        return inner switch
        {
            "System.Int32" or "System.Int64" or "Int32" or "Int64" => "a whole number",
            "System.Double" or "System.Single" or "System.Decimal" or "Double" => "a number",
            "System.Boolean" or "Boolean" => "true or false",
            "System.DateTime" or "DateTime" => "a date (yyyy-MM-dd)",
            "System.IO.DirectoryInfo" or "DirectoryInfo" => "a folder",
            "System.IO.FileInfo" or "FileInfo" => "a file",
            _ => "a valid value",
        };
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.?$")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"'(System\.[A-Za-z0-9.`\[\]]+)'")]
    private static partial Regex ClrType();

    [GeneratedRegex(@"^System\.Nullable`1\[(.+)\]$")]
    private static partial Regex NullableOf();
}
