using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Publishes a file's <see cref="Shape"/> as a JSON Schema (draft 2020-12), the form YAML editors use to complete
/// keys and flag mistakes as the author types. The same shape is what the loader checks keys against.
/// </summary>
public static class JsonSchemaWriter
{
    /// <summary>The JSON Schema dialect written.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The schema text for <paramref name="file"/>, with '\n' line ends, the same bytes on every machine.</summary>
    public static string Write(ObjectShape file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Dialect);
            json.WriteString("title", file.Description);
            Body(json, file, file.Description);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Node(Utf8JsonWriter json, Shape shape, string description)
    {
        json.WriteStartObject();
        Body(json, shape, description);
        json.WriteEndObject();
    }

    private static void Body(Utf8JsonWriter json, Shape shape, string description)
    {
        json.WriteString("description", description);
        switch (shape)
        {
            case ObjectShape obj:
                json.WriteString("type", "object");
                json.WriteStartObject("properties");
                foreach (var key in obj.Keys)
                {
                    json.WritePropertyName(key.Name);
                    Node(json, key.Value, key.Description);
                }

                json.WriteEndObject();
                if (obj.PatternKeys is { } pattern)
                {
                    json.WriteStartObject("patternProperties");
                    json.WritePropertyName(pattern.Pattern);
                    Node(json, pattern.Value, pattern.Value.Description);
                    json.WriteEndObject();
                    json.WriteNumber("minProperties", 1);
                }

                Strings(json, "required", obj.Required);
                json.WriteBoolean("additionalProperties", false);
                break;
            case MapShape map:
                json.WriteString("type", "object");
                if (map.KeyPattern is null)
                {
                    json.WritePropertyName("additionalProperties");
                    Node(json, map.Value, map.Value.Description);
                }
                else
                {
                    json.WriteStartObject("patternProperties");
                    json.WritePropertyName(map.KeyPattern);
                    Node(json, map.Value, map.Value.Description);
                    json.WriteEndObject();
                    json.WriteBoolean("additionalProperties", false);
                }

                break;
            case ListShape list when list.SingleAllowed:
                json.WriteStartArray("anyOf");
                Node(json, list.Items, list.Items.Description);
                json.WriteStartObject();
                Array(json, list);
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case ListShape list:
                Array(json, list);
                break;
            case ValueShape value:
                Value(json, value);
                break;
            case OneOfShape oneOf:
                json.WriteStartArray("oneOf");
                foreach (var choice in oneOf.Choices)
                {
                    Node(json, choice, choice.Description);
                }

                json.WriteEndArray();
                break;
        }
    }

    private static void Array(Utf8JsonWriter json, ListShape list)
    {
        json.WriteString("type", "array");
        json.WritePropertyName("items");
        Node(json, list.Items, list.Items.Description);
    }

    private static void Value(Utf8JsonWriter json, ValueShape value)
    {
        switch (value.Kind)
        {
            case ValueKind.Text or ValueKind.Scalar:
                Strings(json, "type", ["string", "number", "boolean"]);
                break;
            case ValueKind.Name:
                json.WriteString("type", "string");
                break;
            case ValueKind.Integer:
                json.WriteString("type", "integer");
                break;
            case ValueKind.Boolean:
                json.WriteString("type", "boolean");
                break;
            case ValueKind.Date:
                json.WriteString("type", "string");
                json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                break;
        }

        if (value.Values.Count > 0)
        {
            Strings(json, "enum", value.Values);
        }

        if (value.Pattern is not null)
        {
            json.WriteString("pattern", value.Pattern);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
