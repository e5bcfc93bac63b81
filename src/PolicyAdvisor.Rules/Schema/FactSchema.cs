namespace PolicyAdvisor.Rules;

/// <summary>
/// The fact types of a rule base (built-ins first, then facts.yaml in declaration order) with their CLR classes
/// generated at run time, so that a new type or field needs no rebuild. Facts are immutable: change one with
/// <see cref="WithField"/>, which returns a copy with the same id.
/// </summary>
public sealed class FactSchema
{
    private readonly Dictionary<string, RuntimeFactType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, RuntimeFactType> _byType = [];

    /// <summary>Creates a schema from the built-in types plus <paramref name="declared"/> (already validated).</summary>
    public FactSchema(IEnumerable<FactTypeSpec> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var types = new List<FactTypeSpec>(BuiltInTypes.All);
        types.AddRange(declared.Where(t => !BuiltInTypes.IsBuiltIn(t.Name)));
        var emitter = new RuntimeFactEmitter();
        foreach (var spec in types)
        {
            var runtime = RuntimeFactType.Create(spec, emitter);
            _byName[spec.Name] = runtime;
            _byType[runtime.Type] = runtime;
        }

        Types = types;
    }

    /// <summary>Every fact type, built-ins first, then in declaration order.</summary>
    public IReadOnlyList<FactTypeSpec> Types { get; }

    /// <summary>The type named <paramref name="typeName"/>, or null.</summary>
    public FactTypeSpec? Find(string typeName) => _byName.TryGetValue(typeName, out var t) ? t.Spec : null;

    /// <summary>The CLR class of <paramref name="typeName"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such type.</exception>
    public Type RuntimeType(string typeName) => Runtime(typeName).Type;

    /// <summary>Whether <paramref name="fact"/> is an instance of one of this schema's types.</summary>
    public bool IsFact(object? fact) => fact is not null && _byType.ContainsKey(fact.GetType());

    /// <summary>The schema type of <paramref name="fact"/>.</summary>
    /// <exception cref="ArgumentException">Not a fact of this schema.</exception>
    public FactTypeSpec TypeOf(object fact) => Runtime(fact).Spec;

    /// <summary>The schema type name of <paramref name="fact"/>.</summary>
    public string TypeNameOf(object fact) => Runtime(fact).Spec.Name;

    /// <summary>The id of <paramref name="fact"/>.</summary>
    public string IdOf(object fact) => Runtime(fact).IdOf(fact);

    /// <summary>The fields of <paramref name="fact"/> and their values, in declaration order (without the id).</summary>
    public IReadOnlyList<(string Name, object? Value)> FieldsOf(object fact)
    {
        var runtime = Runtime(fact);
        var values = runtime.ValuesOf(fact);
        return runtime.Spec.Fields.Select((f, i) => (f.Name, values[i])).ToArray();
    }

    /// <summary>The value of one field (or <c>id</c>) of <paramref name="fact"/>.</summary>
    /// <exception cref="ArgumentException">No such field.</exception>
    public object? FieldValue(object fact, string field)
    {
        var runtime = Runtime(fact);
        if (string.Equals(field, "id", StringComparison.Ordinal))
        {
            return runtime.IdOf(fact);
        }

        var spec = runtime.Spec.Field(field) ?? throw new ArgumentException($"Fact type has no such field. Type={runtime.Spec.Name} Field={field}", nameof(field));
        return runtime.ValuesOf(fact)[spec.Order];
    }

    /// <summary>
    /// Creates a fact. Missing fields get their defaults ("", 0, false, <see cref="DateTime.MinValue"/>, empty list);
    /// numbers may be any numeric type, lists any sequence of the item type.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown type or field, a value of the wrong type, or an enum value not in the list.</exception>
    public object CreateFact(string typeName, string id, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(values);
        var runtime = _byName.TryGetValue(typeName, out var r) ? r : throw new ArgumentException($"Unknown fact type. Type={typeName}", nameof(typeName));
        foreach (var name in values.Keys)
        {
            if (runtime.Spec.Field(name) is null)
            {
                throw new ArgumentException($"Fact type has no such field. Type={typeName} Field={name}", nameof(values));
            }
        }

        var ordered = runtime.Spec.Fields
            .Select(f => values.TryGetValue(f.Name, out var v) ? FieldValueCoercion.FromClr(runtime.Spec, f, v) : f.DefaultValue)
            .ToArray();
        return runtime.Create(id, ordered);
    }

    /// <summary>A copy of <paramref name="fact"/> (same id) with one field changed.</summary>
    /// <exception cref="ArgumentException">No such field, or a value of the wrong type.</exception>
    public object WithField(object fact, string field, object? value)
    {
        var runtime = Runtime(fact);
        var spec = runtime.Spec.Field(field) ?? throw new ArgumentException($"Fact type has no such field. Type={runtime.Spec.Name} Field={field}", nameof(field));
        var values = runtime.ValuesOf(fact).ToArray();
        values[spec.Order] = FieldValueCoercion.FromClr(runtime.Spec, spec, value);
        return runtime.Create(runtime.IdOf(fact), values);
    }

    /// <summary>
    /// Converts a YAML value to <paramref name="field"/>'s CLR value: a scalar for single fields, a list (or one
    /// scalar) for list fields. Returns null after a positioned diagnostic when it does not fit.
    /// </summary>
    public object? ConvertValue(FieldSpec field, YamlNode node, DiagnosticBag diagnostics) =>
        FieldValueCoercion.FromYaml(field, node, diagnostics);

    /// <summary>Whether <paramref name="type"/> is one of this schema's generated classes.</summary>
    internal bool IsRuntimeType(Type type) => _byType.ContainsKey(type);

    /// <summary>The schema type of a generated class, or null.</summary>
    internal FactTypeSpec? SpecOf(Type type) => _byType.TryGetValue(type, out var r) ? r.Spec : null;

    private RuntimeFactType Runtime(string typeName) =>
        _byName.TryGetValue(typeName, out var r) ? r : throw new KeyNotFoundException($"Unknown fact type. Type={typeName}");

    private RuntimeFactType Runtime(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _byType.TryGetValue(fact.GetType(), out var r) ? r : throw new ArgumentException($"Not a fact of this schema. ClrType={fact.GetType()}", nameof(fact));
    }
}
