using System.Text.Json;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Cli.Output;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>Writes a sweep as JSON with snake_case keys, in a fixed key and list order (byte-stable for a seed).</summary>
internal static class SweepJson
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/>.</summary>
    public static void Write(SweepResult result, string situationFile, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("situation", situationFile);
        json.WriteString("method", result.MethodName);
        json.WriteNumber("scenarios", result.Scenarios);
        json.WriteNumber("seed", result.Seed);
        json.WriteNumber("robust_share", result.RobustShare);
        json.WriteNumber("robust_risk_share", result.RobustRiskShare);
        json.WriteStartArray("uncertainties");
        foreach (var d in result.Dimensions)
        {
            StartField(json, d.FactId, d.Field);
            json.WriteString("stated", d.LabelAt(d.Values.Count));
            json.WriteStartArray("values");
            for (var i = 0; i < d.Values.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("value", d.Labels[i]);
                json.WriteString("likelihood", d.Likelihoods[i].Words);
                json.WriteNumber("weight", Round(d.Weights[i]));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("options");
        foreach (var o in result.Options)
        {
            json.WriteStartObject();
            json.WriteString("id", o.OptionId);
            json.WriteString("title", o.Title);
            json.WriteBoolean("advised_as_stated", o.StatedRecommended);
            json.WriteNumber("recommended_share", Round(o.RecommendedShare));
            json.WriteNumber("risk_share", Round(o.RiskShare));
            json.WriteBoolean("robust", o.Robust);
            json.WriteStartArray("share_by_value");
            for (var d = 0; d < result.Dimensions.Count; d++)
            {
                for (var v = 0; v < result.Dimensions[d].Values.Count; v++)
                {
                    json.WriteStartObject();
                    json.WriteString("uncertainty", result.Dimensions[d].Name);
                    json.WriteString("value", result.Dimensions[d].Labels[v]);
                    if (o.ShareByValue[d][v] is { } share)
                    {
                        json.WriteNumber("share", Round(share));
                    }
                    else
                    {
                        json.WriteNull("share");
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("signposts");
        foreach (var s in result.Signposts)
        {
            StartFlip(json, s.OptionId, s.Lost);
            json.WriteStartArray("when");
            foreach (var c in s.Conditions)
            {
                StartField(json, c.FactId, c.Field);
                json.WriteString("value", c.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("text", s.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("boxes");
        foreach (var b in result.Boxes)
        {
            StartFlip(json, b.OptionId, b.Lost);
            json.WriteStartArray("restrictions");
            foreach (var r in b.Restrictions)
            {
                StartField(json, r.FactId, r.Field);
                json.WriteStartArray("values");
                foreach (var value in r.Values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("density", Round(b.Density));
            json.WriteNumber("coverage", Round(b.Coverage));
            json.WriteNumber("mass", Round(b.Mass));
            json.WriteString("text", b.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The word for the change a signpost or box describes.</summary>
    public static string ChangeName(bool lost) => lost ? "stops-being-advised" : "becomes-advised";

    private static void StartFlip(Utf8JsonWriter json, string optionId, bool lost)
    {
        json.WriteStartObject();
        json.WriteString("option", optionId);
        json.WriteString("change", ChangeName(lost));
    }

    private static void StartField(Utf8JsonWriter json, string factId, string field)
    {
        json.WriteStartObject();
        json.WriteString("fact", factId);
        json.WriteString("field", field);
    }

    /// <summary>Six decimals: enough for shares, and free of last-bit noise in the output.</summary>
    public static double Round(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
