using System.Globalization;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>Shares as whole percentages, the same on every machine ("97%").</summary>
internal static class Percent
{
    public static string Of(double share) =>
        Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
}
