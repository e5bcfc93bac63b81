using System.Linq.Expressions;

namespace PolicyAdvisor.Rules.Tests.Support;

/// <summary>Compiles single conditions against a small schema, as a rule's `where` would be.</summary>
internal sealed class ExpressionHarness
{
    public const string SchemaYaml = """
        types:
          Agreement:
            description: d
            fields:
              status: { type: enum, values: [negotiating, initialled, signed], description: d }
              signed_on: { type: date, description: d }
              parties: { type: list, items: string, description: d }
              weight: { type: number, description: d }
              met: { type: bool, description: d }
              subject: { type: string, description: d }
          Precondition:
            description: d
            fields:
              subject: { type: string, description: d }
        """;

    /// <summary>Creates a harness over <paramref name="schemaYaml"/>, which must define Agreement and Precondition.</summary>
    public ExpressionHarness(string schemaYaml = SchemaYaml)
    {
        var bag = new DiagnosticBag();
        Schema = FactSchemaLoader.Load(GuardedYamlReader.ReadText(schemaYaml, "facts.yaml", bag)!, bag);
        Assert.Empty(bag.Items);
        Compiler = new ExpressionCompiler(Schema);
    }

    public FactSchema Schema { get; }

    public ExpressionCompiler Compiler { get; }

    /// <summary>Compiles <paramref name="text"/> as a where-condition on Agreement, with `demand` (Precondition) bound earlier and `later` bound later (line 9).</summary>
    public (CompiledCondition? Condition, IReadOnlyList<Diagnostic> Diagnostics) Where(string text)
    {
        var bag = new DiagnosticBag();
        var scope = new ExpressionScope(
            Binding("agreement", "Agreement"),
            [Binding("demand", "Precondition")],
            new Dictionary<string, int> { ["later"] = 9 },
            IsHaving: false);
        var condition = Compiler.Compile(ExpressionSource.Of(Scalar(text)), scope, bag);
        return (condition, bag.Items);
    }

    /// <summary>Compiles <paramref name="text"/> as a having-condition over `items`.</summary>
    public (CompiledCondition? Condition, IReadOnlyList<Diagnostic> Diagnostics) Having(string text)
    {
        var bag = new DiagnosticBag();
        var list = new ScopeBinding("items", null, Expression.Parameter(typeof(IReadOnlyList<object>), "items"));
        var scope = new ExpressionScope(list, [Binding("demand", "Precondition")], new Dictionary<string, int>(), IsHaving: true);
        return (Compiler.Compile(ExpressionSource.Of(Scalar(text)), scope, bag), bag.Items);
    }

    /// <summary>The single error of a condition that must not compile.</summary>
    public Diagnostic Refused(string text)
    {
        var (condition, diagnostics) = Where(text);
        Assert.Null(condition);
        return Assert.Single(diagnostics);
    }

    /// <summary>Evaluates a condition that must compile on an Agreement built from <paramref name="fields"/>.</summary>
    public bool Evaluate(string text, Dictionary<string, object?> fields, string demandSubject = "constitution")
    {
        var (condition, diagnostics) = Where(text);
        Assert.Empty(diagnostics);
        var agreement = Schema.CreateFact("Agreement", "agreement", fields);
        var demand = Schema.CreateFact("Precondition", "demand", new Dictionary<string, object?> { ["subject"] = demandSubject });
        return condition!.Evaluate(agreement, new Dictionary<string, object> { ["demand"] = demand });
    }

    private static YamlScalar Scalar(string text) => new("x.rules.yaml", 3, 16, text, isPlain: true, isQuoted: false);

    private ScopeBinding Binding(string name, string type) =>
        new(name, Schema.Find(type), Expression.Parameter(Schema.RuntimeType(type), name));
}
