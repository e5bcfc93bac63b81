namespace PolicyAdvisor.Rules.Tests.Yaml.Mutation;

/// <summary>
/// The public readers refuse null arguments up front, naming the argument, rather than failing later with a
/// NullReferenceException or (for a missing diagnostic bag on good input) not failing at all.
/// </summary>
public sealed class NullArgumentTests
{
    private static YamlMapping Map(string text) => (YamlMapping)GuardedYamlReader.ReadText(text, "f.yaml", new DiagnosticBag())!;

    [Fact]
    public void ReadFile_NullArguments_ThrowNamingTheArgument()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "pa-missing-" + Guid.NewGuid().ToString("N") + ".yaml");

        // Act and Assert
        Assert.Throws<ArgumentNullException>("path", () => GuardedYamlReader.ReadFile(null!, new DiagnosticBag()));
        Assert.Throws<ArgumentNullException>("diagnostics", () => GuardedYamlReader.ReadFile(missing, null!));
    }

    [Fact]
    public void ReadBytes_NullDiagnosticsOnInvalidUtf8_ThrowsNamingTheArgument()
    {
        // Arrange, Act and Assert
        Assert.Throws<ArgumentNullException>("diagnostics", () => GuardedYamlReader.ReadBytes([0xFF], "f.yaml", null!));
    }

    [Fact]
    public void ReadText_NullArguments_ThrowNamingTheArgument()
    {
        // Arrange, Act and Assert: good text would be read without ever touching the bag.
        Assert.Throws<ArgumentNullException>("text", () => GuardedYamlReader.ReadText(null!, "f.yaml", new DiagnosticBag()));
        Assert.Throws<ArgumentNullException>("diagnostics", () => GuardedYamlReader.ReadText("a: 1\n", "f.yaml", null!));
    }

    [Fact]
    public void MappingReaders_NullMap_ThrowNamingTheArgument()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act and Assert
        Assert.Throws<ArgumentNullException>("map", () => YamlReading.CheckKeys(null!, bag, "a rule", ["id"]));
        Assert.Throws<ArgumentNullException>("map", () => YamlReading.Scalar(null!, "id", bag));
        Assert.Throws<ArgumentNullException>("map", () => YamlReading.ScalarList(null!, "id", bag));
    }

    [Fact]
    public void NodeReaders_NullDiagnosticsOnGoodInput_ThrowNamingTheArgument()
    {
        // Arrange
        var map = Map("id: x\n");

        // Act and Assert
        Assert.Throws<ArgumentNullException>("diagnostics", () => map.CheckKeys(null!, "a rule", ["id"]));
        Assert.Throws<ArgumentNullException>("diagnostics", () => map.AsMapping(null!, "a rule"));
    }

    [Fact]
    public void ScalarReaders_NullScalar_ThrowNamingTheArgument()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act and Assert
        Assert.Throws<ArgumentNullException>("scalar", () => YamlReading.ToInt(null!, bag));
        Assert.Throws<ArgumentNullException>("scalar", () => YamlReading.ToNumber(null!, bag));
        Assert.Throws<ArgumentNullException>("scalar", () => YamlReading.ToBool(null!, bag));
        Assert.Throws<ArgumentNullException>("scalar", () => YamlReading.ToDate(null!, bag));
        Assert.Throws<ArgumentNullException>("scalar", () => YamlReading.ToChoice(null!, bag, ["a"], "'kind'"));
    }
}
