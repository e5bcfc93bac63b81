using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Memos.Json;

/// <summary>
/// Writes the report as JSON in the shape documented by <c>docs/memo-schema.json</c>: snake_case names in the
/// records' declaration order, <c>schema_version</c> first, two-space indentation, LF line ends.
/// </summary>
internal static class JsonMemoWriter
{
    /// <summary>The schema version; bump the major part on any breaking change to the shape.</summary>
    public const string SchemaVersion = "2.0";

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Memo text is full of dashes and quotes; escaping them as \uXXXX would make the file unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(AdviceReport report, Stream output)
    {
        var body = JsonSerializer.SerializeToElement(report, SerializerOptions);
        var writerOptions = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        using (var writer = new Utf8JsonWriter(output, writerOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schema_version", SchemaVersion);
            foreach (var property in body.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }
}
