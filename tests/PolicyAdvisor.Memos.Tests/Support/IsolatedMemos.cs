using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// Loads the Memos assembly and its dependencies into a fresh, collectible load context, so a test can see which
/// assemblies one rendering pulls in (the test process itself has long since loaded all of them).
/// </summary>
internal sealed class IsolatedMemos : AssemblyLoadContext, IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly string _directory = AppContext.BaseDirectory;

    public IsolatedMemos()
        : base("isolated-memos", isCollectible: true)
    {
    }

    /// <summary>Names of the assemblies this context has loaded so far.</summary>
    public IReadOnlyList<string> Loaded => Assemblies.Select(a => a.GetName().Name ?? string.Empty).ToList();

    /// <summary>Renders <paramref name="report"/> through the isolated copy of the public API.</summary>
    public void Render(AdviceReport report, MemoFormat format, string templates)
    {
        var memos = LoadFromAssemblyPath(Path.Combine(_directory, "PolicyAdvisor.Memos.dll"));
        var advice = LoadFromAssemblyName(new AssemblyName("PolicyAdvisor.Advice"));

        // The report has to be an instance of the isolated AdviceReport type: a JSON round trip rebuilds it there.
        var reportType = advice.GetType(typeof(AdviceReport).FullName!, throwOnError: true)!;
        var isolatedReport = JsonSerializer.Deserialize(JsonSerializer.Serialize(report, Json), reportType, Json);
        var options = Activator.CreateInstance(memos.GetType(typeof(MemoRendererOptions).FullName!, true)!, templates);
        var renderer = Activator.CreateInstance(memos.GetType(typeof(MemoRenderer).FullName!, true)!, options)!;
        var isolatedFormat = Enum.Parse(memos.GetType(typeof(MemoFormat).FullName!, true)!, format.ToString());

        renderer.GetType().GetMethod(nameof(MemoRenderer.Render))!.Invoke(renderer, [isolatedReport, isolatedFormat, new MemoryStream()]);
    }

    public void Dispose() => Unload();

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(_directory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
