using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// A small JSON Schema (2020-12) checker for the keywords docs/memo-schema.json uses: type, const, enum, required,
/// properties, additionalProperties: false, items, $ref to #/$defs, oneOf, pattern, minimum, maximum. A full
/// validator package is not available to the build, and an unknown keyword fails loudly instead of being skipped.
/// </summary>
internal sealed class SchemaChecker(JsonElement schemaRoot)
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "$ref", "oneOf", "pattern", "minimum", "maximum",
    ];

    /// <summary>Every violation, as "path: problem"; empty when the instance conforms.</summary>
    public IReadOnlyList<string> Check(JsonElement instance)
    {
        var problems = new List<string>();
        Check(schemaRoot, instance, "$", problems);
        return problems;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new NotSupportedException($"Schema keyword not supported by the checker. Keyword={keyword.Name}");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Replace("#/$defs/", string.Empty, StringComparison.Ordinal);
            Check(schemaRoot.GetProperty("$defs").GetProperty(name), instance, path, problems);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matching = oneOf.EnumerateArray().Count(alternative => new SchemaChecker(schemaRoot).Passes(alternative, instance));
            if (matching != 1)
            {
                problems.Add($"{path}: matches {matching} of the oneOf alternatives");
            }
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, instance))
        {
            problems.Add($"{path}: expected {type.GetRawText()}, found {instance.ValueKind}");
            return;
        }

        CheckValue(schema, instance, path, problems);
        if (instance.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, instance, path, problems);
        }
        else if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", problems);
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement instance)
    {
        var problems = new List<string>();
        Check(schema, instance, "$", problems);
        return problems.Count == 0;
    }

    private static void CheckValue(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            problems.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)))
        {
            problems.Add($"{path}: {instance.GetRawText()} is not one of {values.GetRawText()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && instance.ValueKind == JsonValueKind.String
            && !Regex.IsMatch(instance.GetString()!, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{path}: '{instance.GetString()}' does not match {pattern.GetString()}");
        }

        if (instance.ValueKind == JsonValueKind.Number)
        {
            var number = instance.GetDouble();
            if ((schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
                || (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble()))
            {
                problems.Add($"{path}: {number} is out of range");
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    problems.Add($"{path}: missing required '{name}'");
                }
            }
        }

        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in instance.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}", problems);
            }
            else if (closed)
            {
                problems.Add($"{path}: unexpected property '{property.Name}'");
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement instance) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => Is(t.GetString()!, instance))
            : Is(type.GetString()!, instance);

    private static bool Is(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        _ => throw new NotSupportedException($"Schema type not supported by the checker. Type={type}"),
    };
}
