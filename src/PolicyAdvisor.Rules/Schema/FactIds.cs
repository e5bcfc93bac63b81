using System.Text;

namespace PolicyAdvisor.Rules;

/// <summary>Conventions for fact ids.</summary>
public static class FactIds
{
    /// <summary>The default id of a fact of <paramref name="typeName"/>: the name in kebab-case (WindowNarrowing → window-narrowing).</summary>
    public static string Default(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var text = new StringBuilder();
        for (var i = 0; i < typeName.Length; i++)
        {
            var c = typeName[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(typeName[i - 1]) || (i + 1 < typeName.Length && char.IsLower(typeName[i + 1]))))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
