namespace PolicyAdvisor.Rules.Tests.Support;

/// <summary>Paths of the fixture rule sets copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string GoodRules => Path.Combine(Root, "good", "rules");

    public static string GoodSources => Path.Combine(Root, "good", "sources");
}
