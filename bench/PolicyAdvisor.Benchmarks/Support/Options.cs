using System.Globalization;

namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>The <c>--name value</c> pairs of a console mode; unknown or missing values are usage errors.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Options()
    {
    }

    public static Options Parse(IReadOnlyList<string> args, params string[] known)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !known.Contains(name, StringComparer.Ordinal) || i + 1 >= args.Count)
            {
                throw new UsageException($"Unexpected argument. Argument={args[i]} Known=--{string.Join(" --", known)}");
            }

            options._values[name] = args[++i];
        }

        return options;
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string RequiredText(string name) => Text(name) ?? throw new UsageException($"Missing option. Option=--{name}");

    public int Number(string name, int fallback) =>
        Text(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"Not a number. Option=--{name} Value={text}")
            : fallback;
}
