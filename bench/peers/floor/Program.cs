// Whole-process floor for bench/timings.sh: what any memo of this design pays before doing its own work. It parses
// a command line, builds a DI container and a logger, reads one YAML situation, parses one Dynamic LINQ condition
// (configured as the rule language configures it), makes it the condition of one NRules rule whose action inserts a
// linked fact, compiles that rule, inserts the scalars read and fires, renders one Scriban template with a loop,
// hashes the input and prints the result. Each step is one small use of a library the issues require; none of
// PolicyAdvisor's own code runs.
using System.CommandLine;
using System.Linq.Expressions;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Scriban;
using Serilog;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

var situation = new Option<FileInfo>("--situation") { DefaultValueFactory = _ => new FileInfo("seeds/situations/baseline.yaml") };
var memo = new Command("memo") { situation };
memo.SetAction(parse =>
{
    using var services = new ServiceCollection()
        .AddSingleton<ILogger>(_ => new LoggerConfiguration().WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose).CreateLogger())
        .BuildServiceProvider();
    var log = services.GetRequiredService<ILogger>();

    var file = parse.GetValue(situation)!;
    var bytes = File.ReadAllBytes(file.FullName);
    var scalars = new List<string>();
    var parser = new Parser(new StringReader(System.Text.Encoding.UTF8.GetString(bytes)));
    while (parser.MoveNext())
    {
        if (parser.Current is Scalar scalar)
        {
            scalars.Add(scalar.Value);
        }
    }

    var config = new ParsingConfig
    {
        DisallowNewKeyword = true,
        IsCaseSensitive = true,
        SupportEnumerationsFromSystemNamespace = false,
        CustomTypeProvider = new NoCustomTypes(),
    };
    var condition = DynamicExpressionParser.ParseLambda(config, [Expression.Parameter(typeof(Fact), "fact")],
        typeof(bool), "fact.value.StartsWith(\"s\") && fact.length > 3");

    // One rule, built and compiled as the rule language builds its rules: the condition's parameter names the pattern.
    var rule = new RuleBuilder();
    rule.Name("floor");
    rule.LeftHandSide().Pattern(typeof(Fact), "fact").Condition(condition);
    Expression<Action<IContext, Fact>> action = (context, fact) => context.InsertLinked("match", new Match(fact.value));
    rule.RightHandSide().Action(action);
    var session = new RuleCompiler().Compile([rule.Build()]).CreateSession();
    session.InsertAll(scalars.Distinct(StringComparer.Ordinal).Select(s => new Fact(s, s.Length)));
    session.Fire();
    var matched = session.Query<Match>().Count();

    var template = Template.Parse("# {{ title }}\n{{ for s in items }}- {{ s | string.upcase }}\n{{ end }}fingerprint {{ hash }}\n");
    var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
    Console.Out.Write(template.Render(new { title = file.Name, items = scalars.Take(20), hash }));
    log.Debug("{Matched} of {Count} scalars matched", matched, scalars.Count);
    return 0;
});

return new RootCommand("floor") { memo }.Parse(args).Invoke();

/// <summary>A fact for the one condition.</summary>
internal sealed record Fact(string value, double length);

/// <summary>What the one rule concludes for a matching fact.</summary>
internal sealed record Match(string Value);

/// <summary>As in the rule language: no assembly scan for custom types on the first parse.</summary>
internal sealed class NoCustomTypes : IDynamicLinqCustomTypeProvider
{
    public HashSet<Type> GetCustomTypes() => [];

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    public Type? ResolveType(string typeName) => null;

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
