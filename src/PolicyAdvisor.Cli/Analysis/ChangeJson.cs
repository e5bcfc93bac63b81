using System.Text.Json;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>
/// Writes what-if and diff results as JSON for scripts and CI: snake_case keys in a fixed order, changes in the
/// order the text output lists them, so the same runs give the same bytes.
/// </summary>
internal static class ChangeJson
{
    /// <summary>The two sides being compared, as the reader should see them.</summary>
    /// <param name="Situation">Situation file, relative to the working folder when inside it.</param>
    /// <param name="Rules">Rules folder, likewise.</param>
    public sealed record Side(string Situation, string Rules);

    /// <summary>Writes a what-if: the situation, the edits (sets, then retractions, as the text lists them) and the changes.</summary>
    public static void WriteWhatIf(TextWriter output, Side situation, IReadOnlyList<string> sets, IReadOnlyList<string> retracts, IReadOnlyList<AdviceChange> changes, RuleBase rules) =>
        Write(output, "whatif", json =>
        {
            json.WriteString("situation", situation.Situation);
            json.WriteString("rules", situation.Rules);
            json.WriteStartArray("edits");
            foreach (var text in sets)
            {
                json.WriteStartObject();
                json.WriteString("set", text);
                json.WriteEndObject();
            }

            foreach (var text in retracts)
            {
                json.WriteStartObject();
                json.WriteString("retract", text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteChanges(json, changes, rules, rules);
        });

    /// <summary>
    /// Writes a diff of every situation between rules A and B: per situation its changes, and overall whether
    /// any changed.
    /// </summary>
    public static void WriteDiffAll(TextWriter output, string rulesA, string rulesB, IReadOnlyList<(string Situation, IReadOnlyList<AdviceChange> Changes)> situations, RuleBase before, RuleBase after) =>
        Write(output, "diff", json =>
        {
            json.WriteStartObject("a");
            json.WriteString("rules", rulesA);
            json.WriteEndObject();
            json.WriteStartObject("b");
            json.WriteString("rules", rulesB);
            json.WriteEndObject();
            json.WriteBoolean("changed", situations.Any(s => s.Changes.Count > 0));
            json.WriteStartArray("situations");
            foreach (var (situation, changes) in situations)
            {
                json.WriteStartObject();
                json.WriteString("situation", situation);
                WriteChanges(json, changes, before, after);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>Writes a diff between runs A and B.</summary>
    public static void WriteDiff(TextWriter output, Side a, Side b, IReadOnlyList<AdviceChange> changes, RuleBase before, RuleBase after) =>
        Write(output, "diff", json =>
        {
            WriteSide(json, "a", a);
            WriteSide(json, "b", b);
            WriteChanges(json, changes, before, after);
        });

    private static void Write(TextWriter output, string command, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            body(json);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteSide(Utf8JsonWriter json, string name, Side side)
    {
        json.WriteStartObject(name);
        json.WriteString("situation", side.Situation);
        json.WriteString("rules", side.Rules);
        json.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter json, IReadOnlyList<AdviceChange> changes, RuleBase before, RuleBase after)
    {
        json.WriteBoolean("changed", changes.Count > 0);
        json.WriteStartArray("changes");
        foreach (var change in ChangeWriter.InReadingOrder(changes))
        {
            json.WriteStartObject();
            json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
            json.WriteString("change", change.Change.ToString().ToLowerInvariant());
            json.WriteString("id", change.Id);
            json.WriteString("title", ChangeWriter.Title(change, before, after));
            WriteGrade(json, "before", change.Before);
            WriteGrade(json, "after", change.After);
            WriteGrade(json, "before_detail", change.BeforeDetail);
            WriteGrade(json, "after_detail", change.AfterDetail);
            json.WriteStartArray("rules");
            foreach (var rule in change.Rules)
            {
                json.WriteStringValue(rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteGrade(Utf8JsonWriter json, string name, string? grade)
    {
        if (grade is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, grade);
        }
    }
}
