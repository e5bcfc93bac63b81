namespace PolicyAdvisor.Rules.Tests.Support;

/// <summary>Builds facts of the good fixture's schema.</summary>
internal sealed class FixtureFacts(FactSchema schema)
{
    public object Situation(string asOf = "2026-02-15") =>
        schema.CreateFact("Situation", "situation", new Dictionary<string, object?> { ["title"] = "Test", ["as_of"] = DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture) });

    public object Agreement(string status, string signedOn = "2025-09-01") =>
        schema.CreateFact("Agreement", "agreement", new Dictionary<string, object?>
        {
            ["status"] = status,
            ["signed_on"] = DateTime.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture),
            ["parties"] = new[] { "Armenia", "Azerbaijan" },
        });

    public object Precondition(string id, string by, string subject, bool met) =>
        schema.CreateFact("Precondition", id, new Dictionary<string, object?> { ["demanded_by"] = by, ["subject"] = subject, ["met"] = met, ["weight"] = 1 });
}
