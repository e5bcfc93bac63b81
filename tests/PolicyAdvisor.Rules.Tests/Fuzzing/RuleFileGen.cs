using System.Text.Json;
using CsCheck;

namespace PolicyAdvisor.Rules.Tests.Fuzzing;

/// <summary>
/// Generators of random rule files for the good fixture's schema: mostly the right shape, with wrong names,
/// wrong types, missing parts and hostile conditions mixed in. Files are written as JSON, which is YAML, so the
/// generator controls structure without escaping worries; textual damage is added separately.
/// </summary>
internal static class RuleFileGen
{
    private static readonly string[] Fields = ["status", "signed_on", "parties", "met", "subject", "demanded_by", "weight", "reason", "statuz", "id", "count"];

    private static readonly string[] Bindings = ["agreement", "demand", "now", "open_demands", "later", "it"];

    private static readonly string[] Literals =
        ["\"signed\"", "\"initialled\"", "\"Azerbaijan\"", "1", "0", "2.5", "-1", "true", "false", "null", "'c'", "date(\"2026-01-01\")", "date(\"soon\")", "\"\""];

    // Attempts to leave the expression language; each must come back as a diagnostic.
    private static readonly string[] Hostile =
    [
        "Type.GetType(\"System.IO.File\")", "status.GetType().Assembly", "System.IO.File.ReadAllText(\"/etc/passwd\")",
        "System.Diagnostics.Process.Start(\"sh\")", "Environment.Exit(1)", "new(status as x)", "status.PadLeft(100000000)",
        "Regex.IsMatch(status, \"(a+)+$\")", "np(status)", "@0", "AppDomain.CurrentDomain", "string.Join(\",\", parties)",
        "parties.Select(p => p)", "parties[0]", "Activator.CreateInstance(\"x\")", "typeof(string)", "default(int)",
    ];

    private static readonly string[] Operators = ["==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "??", "in", "is", "as"];

    private static readonly string[] Types = ["Agreement", "Precondition", "WindowNarrowing", "Situation", "Recommendation", "Agremeent", "precondition", ""];

    /// <summary>A condition: a random tree of names, literals, operators, calls and hostile pieces.</summary>
    public static Gen<string> Condition => Expression(3);

    /// <summary>A whole rule file as text.</summary>
    public static Gen<string> File =>
        Gen.Frequency(
            (12, Rule.Array[0, 4].Select(rules => Object(("rules", Array(rules))))),
            (1, Rule.Array[0, 2].Select(rules => Object(("rulez", Array(rules))))),
            (1, Value));

    /// <summary>A rule file with textual damage: a span deleted, a YAML-special character inserted, or cut short.</summary>
    public static Gen<string> Damaged =>
        Gen.Select(File, Gen.Int[0, 2], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Char["{}[]:,'\"&*!|>#%@`\t\n-?"], Damage);

    private static Gen<string> Value => Gen.OneOf(
        Gen.OneOf("\"x\"", "1", "true", "null", "[]", "{}", "\"sign-now\"", "[\"test-2026#1\"]", "-3.5e300"),
        Gen.String[Gen.Char.AlphaNumeric, 0, 12].Select(Text));

    private static Gen<string> Rule => Gen.Select(
        Gen.Select(Gen.OneOf(Gen.OneOf("a-rule", "sign-while-demand-stands", "Bad Id", "", "x-1"), Gen.String[Gen.Char["a-z-"], 1, 10]),
            Gen.OneOf("assessment", "option", "risk", "tradeoff", "opinion"),
            Gen.OneOf(Gen.OneOf("50", "-1", "\"high\"", "1e9"), Gen.Int[0, 100].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        Premise.Array[0, 4],
        Action,
        Gen.OneOf(Gen.OneOf("[\"test-2026#1\"]", "[\"test-2026#9\"]", "[\"nobody#1\"]", "[]", "\"test-2026#2\""), Value),
        Gen.Int[0, 9],
        (head, premises, action, sources, drop) =>
        {
            (string, string)[] entries =
            [
                ("id", Text(head.Item1)), ("kind", Text(head.Item2)), ("title", Text("A generated rule")), ("priority", head.Item3),
                ("when", Array(premises)), ("then", action), ("sources", sources),
            ];

            // Now and then a key is missing or misspelt, as a hand-edited file would have it.
            return drop < entries.Length
                ? Object([.. entries.Take(drop), (drop % 2 == 0 ? entries[drop].Item1 + "s" : "wehn", entries[drop].Item2), .. entries.Skip(drop + 1)])
                : Object(entries);
        });

    private static Gen<string> Premise => Gen.Select(
        Gen.OneOf("binding", "not", "exists", "collect", "whom"),
        Gen.OneOf(Bindings),
        Gen.OneOf(Types),
        Condition.Array[0, 3],
        Condition,
        (kind, binding, type, conditions, having) =>
        {
            var where = conditions.Length == 1 ? Text(conditions[0]) : Array(conditions.Select(Text));
            return kind switch
            {
                "binding" => Object((binding, Text(type)), ("where", where)),
                "collect" => Object(("collect", Text(type)), ("into", Text(binding)), ("where", where), ("having", Text(having))),
                _ => Object((kind, Text(type)), ("where", where)),
            };
        });

    private static Gen<string> Because =>
        Gen.OneOf("plain reason", "{{ agreement.status }} holds", "{{ nobody.field }}", "{{ agreement.statuz }}", "{{ unclosed", "{{ demand.subject }} and {{ open_demands.count }}");

    private static Gen<string> Action => Gen.Select(
        Gen.Int[0, 5],
        Gen.OneOf("sign-now", "wait-for-ratification", "no-such-option"),
        Because,
        Value,
        (kind, target, because, odd) => kind switch
        {
            0 => Object(("recommend", Text(target)), ("strength", Text("strong")), ("because", Text(because))),
            1 => Object(("assert", Text("WindowNarrowing")), ("set", Object(("reason", Text(because)))), ("because", Text(because))),
            2 => Object(("risk", Text("a-risk")), ("severity", Text("high")), ("against", Array([Text(target)])), ("because", Text(because))),
            3 => Object(("tradeoff", Text("a-tradeoff")), ("between", Array([Side(target), Side("sign-now")])), ("because", Text(because))),
            4 => Object(("recommend", Text(target)), ("assert", Text("Agreement")), ("set", odd)),
            _ => odd,
        });

    private static Gen<string> Expression(int depth)
    {
        var atom = Gen.OneOf(
            Gen.OneOf(Fields),
            Gen.Select(Gen.OneOf(Bindings), Gen.OneOf(Fields), (b, f) => b + "." + f),
            Gen.OneOf(Literals),
            Gen.OneOf(Hostile));
        if (depth == 0)
        {
            return atom;
        }

        var inner = Expression(depth - 1);
        return Gen.Frequency(
            (3, atom),
            (3, Gen.Select(inner, Gen.OneOf(Operators), inner, (a, op, b) => $"{a} {op} {b}")),
            (1, inner.Select(a => "!" + a)),
            (1, inner.Select(a => "(" + a + ")")),
            (1, Gen.Select(inner, Gen.OneOf("Contains", "StartsWith", "EndsWith", "AddDays", "Count", "Length"), inner, (a, m, b) => $"{a}.{m}({b})")),
            (1, Gen.Select(Gen.OneOf("Math.Max", "Math.Min", "Math.Abs", "Math.Pow", "date"), inner, inner, (f, a, b) => $"{f}({a}, {b})")));
    }

    private static string Damage(string text, int how, double where, double length, char inserted)
    {
        var at = (int)(where * text.Length);
        return how switch
        {
            0 => text.Remove(at, (int)(length * (text.Length - at) / 4)),
            1 => text.Insert(at, inserted.ToString()),
            _ => text[..at],
        };
    }

    private static string Side(string option) => Object(("option", Text(option)), ("view", Text("a view")), ("sources", "[\"test-2026#1\"]"));

    private static string Text(string value) => JsonSerializer.Serialize(value);

    private static string Array(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string Object(params (string Key, string Value)[] entries) =>
        "{" + string.Join(", ", entries.Select(e => Text(e.Key) + ": " + e.Value)) + "}";
}
