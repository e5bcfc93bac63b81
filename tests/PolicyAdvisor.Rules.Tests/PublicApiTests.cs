using System.Reflection;

namespace PolicyAdvisor.Rules.Tests;

/// <summary>The Rules layer's public surface is a contract with Advice: changes must be deliberate.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedSnapshot()
    {
        var actual = Describe(typeof(RuleBase).Assembly);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PublicApi.approved.txt");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi.received.txt"), actual);

        // On an intended change, copy bin/.../PublicApi.received.txt over Fixtures/PublicApi.approved.txt.
        Assert.Equal(File.ReadAllText(approvedPath), actual);
    }

    private static string Describe(Assembly assembly)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(type.FullName!);
            lines.AddRange(type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m.DeclaringType == type)
                .Select(m => "  " + m.MemberType + " " + m)
                .Order(StringComparer.Ordinal));
        }

        return string.Join("\n", lines) + "\n";
    }
}
