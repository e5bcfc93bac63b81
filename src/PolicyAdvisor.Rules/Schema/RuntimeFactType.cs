namespace PolicyAdvisor.Rules;

/// <summary>A schema fact type together with the CLR class generated for it at run time.</summary>
internal sealed class RuntimeFactType
{
    // An instance with no values, copied by every Create: see RuntimeFact.With.
    private readonly RuntimeFact _prototype;

    private RuntimeFactType(FactTypeSpec spec, Type type)
    {
        Spec = spec;
        Type = type;
        _prototype = (RuntimeFact)Activator.CreateInstance(type)!;
    }

    /// <summary>The schema declaration.</summary>
    public FactTypeSpec Spec { get; }

    /// <summary>The generated class: a <see cref="RuntimeFact"/> with properties <c>id</c>, then the fields in order.</summary>
    public Type Type { get; }

    /// <summary>Generates the class for <paramref name="spec"/> in <paramref name="emitter"/>'s assembly.</summary>
    public static RuntimeFactType Create(FactTypeSpec spec, RuntimeFactEmitter emitter) => new(spec, emitter.Emit(spec));

    /// <summary>
    /// Creates an instance from an id and field values already of the right CLR types, in field order. The fact
    /// takes <paramref name="values"/> as its own: the caller must not change it afterwards.
    /// </summary>
    public object Create(string id, object?[] values) => _prototype.With(this, id, values);

    /// <summary>The fact's id.</summary>
    public string IdOf(object fact) => ((RuntimeFact)fact).Id;

    /// <summary>The fact's field values in field order (read-only: facts are immutable).</summary>
    public IReadOnlyList<object?> ValuesOf(object fact) => ((RuntimeFact)fact).Values;
}
