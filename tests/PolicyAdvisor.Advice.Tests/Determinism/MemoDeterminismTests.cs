using System.Globalization;
using CsCheck;
using PolicyAdvisor.Memos;

namespace PolicyAdvisor.Advice.Tests.Determinism;

/// <summary>
/// Same inputs, same memo bytes: whatever order the situation lists its facts in, and whatever culture the
/// process runs under. In memory through the Advice and Memos APIs, so a few dozen renders stay fast.
/// </summary>
public sealed class MemoDeterminismTests
{
    private static readonly Lazy<ShippedMemo> Shipped = new(ShippedMemo.Load);

    [Fact]
    public void Render_BaselineFactsInAnyOrder_SameMarkdownBytes()
    {
        // Arrange
        var shipped = Shipped.Value;
        var expected = shipped.Render(shipped.Baseline, MemoFormat.Markdown);
        var facts = shipped.Baseline.Facts;
        var permutations = Gen.Int[0, int.MaxValue].Array[facts.Count].Select(keys => keys.Zip(facts).OrderBy(p => p.First).Select(p => p.Second).ToArray());

        // Act and Assert
        permutations.Sample(
            order => Assert.Equal(expected, shipped.Render(shipped.Baseline with { Facts = order }, MemoFormat.Markdown)),
            iter: 24,
            threads: 1,
            print: order => string.Join(", ", order.Select(f => f.Id)));
    }

    [Fact]
    public void Render_BaselineFactsReversed_SameJsonBytes()
    {
        var shipped = Shipped.Value;
        var expected = shipped.Render(shipped.Baseline, MemoFormat.Json);

        var reversed = shipped.Render(shipped.Baseline with { Facts = [.. shipped.Baseline.Facts.Reverse()] }, MemoFormat.Json);

        Assert.Equal(expected, reversed);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("hy-AM")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("ja-JP")]
    public void Render_UnderAnotherCulture_SameBytesAsInvariant(string name)
    {
        // Arrange
        var shipped = Shipped.Value;
        var culture = CultureInfo.GetCultureInfo(name);
        Assert.NotEqual(CultureInfo.InvariantCulture.NumberFormat.NumberDecimalSeparator + CultureInfo.InvariantCulture.DateTimeFormat.ShortDatePattern,
            culture.NumberFormat.NumberDecimalSeparator + culture.DateTimeFormat.ShortDatePattern);
        var expected = InCulture(CultureInfo.InvariantCulture, () => Render(shipped));

        // Act
        var actual = InCulture(culture, () => Render(shipped));

        // Assert
        Assert.Equal(expected, actual);
    }

    private static byte[] Render(ShippedMemo shipped) =>
        [.. shipped.Render(shipped.Baseline, MemoFormat.Markdown), .. shipped.Render(shipped.Baseline, MemoFormat.Json)];

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
