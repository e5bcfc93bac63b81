using System.Text.RegularExpressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Names the values a condition works with in a rule author's words ("text", "a number", "an Agreement fact"),
/// never by their .NET type, and puts the right article before a name.
/// </summary>
public static partial class TypeWords
{
    /// <summary>What a value of <paramref name="type"/> is, with its article: <c>a date</c>, <c>an Agreement fact</c>.</summary>
    internal static string Describe(Type type, FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(schema);
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return schema.SpecOf(plain) is { } spec ? Fact(spec.Name) : Describe(plain);
    }

    /// <summary>What a value of a non-fact <paramref name="type"/> is: <c>text</c>, <c>a list of dates</c>.</summary>
    internal static string Describe(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(FactList<>))
        {
            return "a list of " + Plural(plain.GetGenericArguments()[0]);
        }

        return Describe(plain.Name);
    }

    /// <summary>A fact type named with its article: <c>an Agreement fact</c>.</summary>
    public static string Fact(string typeName) => $"{Article(typeName)} {typeName} fact";

    /// <summary><c>a</c> or <c>an</c>, by how <paramref name="word"/> is spelt (enough for type and field names).</summary>
    public static string Article(string word) =>
        word.Length > 0 && "AEIOUaeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>
    /// <paramref name="message"/> with every quoted .NET type name (<c>'System.TimeSpan'</c>,
    /// <c>'IReadOnlyList`1'</c>, a schema class) replaced by what it is in the rule language.
    /// </summary>
    internal static string Replace(string message, FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(schema);
        var runtime = schema.Types.ToDictionary(t => schema.RuntimeType(t.Name).Name, t => t.Name, StringComparer.Ordinal);
        return QuotedType().Replace(message, m =>
        {
            var name = m.Groups["name"].Value;
            if (runtime.TryGetValue(name, out var fact))
            {
                return Fact(fact);
            }

            var words = Describe(name);
            return words == name ? m.Value : words;
        });
    }

    /// <summary>Whether <see cref="Describe(Type)"/> has words for <paramref name="type"/> (not just its .NET name).</summary>
    internal static bool IsKnown(Type type) => Describe(type) != (Nullable.GetUnderlyingType(type) ?? type).Name;

    /// <summary>The names of the .NET types quoted in <paramref name="message"/>, in order, as <see cref="Replace"/> would show them.</summary>
    internal static IReadOnlyList<string> QuotedTypes(string message, FactSchema schema) =>
        QuotedType().Matches(message).Select(m => Replace(m.Value, schema)).Where(w => !w.StartsWith('\'')).ToArray();

    private static string Describe(string clrName) => clrName switch
    {
        "String" or "text" => "text",
        "Char" => "a single character",
        "Double" or "Int32" or "Int64" or "Single" or "Decimal" or "number" => "a number",
        "Boolean" or "bool" => "true/false",
        "DateTime" or "date" => "a date",
        "TimeSpan" => "a length of time (a date minus a date; use .Days)",
        "IReadOnlyList`1" or "IReadOnlyCollection`1" => "a collected list of facts",
        "FactList`1" or "List`1" or "IEnumerable`1" => "a list",
        "Nullable`1" => "an optional value",
        "Object" => "any value",
        _ => clrName,
    };

    private static string Plural(Type item) => (Nullable.GetUnderlyingType(item) ?? item).Name switch
    {
        "String" => "text",
        "Double" => "numbers",
        "Boolean" => "true/false values",
        "DateTime" => "dates",
        _ => "values",
    };

    // 'System.Collections.Generic.IReadOnlyList`1[[System.Object, ...]]' or 'TimeSpan' or 'Agreement': the last
    // name before any generic arguments.
    [GeneratedRegex(@"'(?:[A-Za-z_][A-Za-z0-9_]*\.)*(?<name>[A-Za-z_][A-Za-z0-9_]*(?:`\d+)?)(?:\[[^']*\])?'")]
    private static partial Regex QuotedType();
}
