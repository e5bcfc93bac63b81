using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Files;

public sealed class RealPathTests
{
    [Fact]
    public void Of_RelativeLinkThroughParent_ResolvesEverySegment()
    {
        using var folder = new TempFolder();
        var real = Directory.CreateDirectory(Path.Combine(folder.Root, "real")).FullName;
        Directory.CreateDirectory(Path.Combine(folder.Root, "links"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "links", "r"), "../real");

        var resolved = RealPath.Of(Path.Combine(folder.Root, "links", "r", "x.yaml"));

        Assert.Equal(Path.Combine(RealPath.Of(real)!, "x.yaml"), resolved);
    }

    [Theory]
    [InlineData("/a/b", "/a/b/c", true)]
    [InlineData("/a/b", "/a/bc", false)]
    [InlineData("/a/b", "/a/b", false)]
    [InlineData("/a/b/", "/a/b/c", true)]
    public void Contains_PrefixOnSegmentBoundary_Only(string root, string path, bool expected)
    {
        var inside = RealPath.Contains(root, path);

        Assert.Equal(expected, inside);
    }
}
