using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Reflection;

namespace PolicyAdvisor.Rules;

/// <summary>A schema fact type together with the CLR class generated for it at run time.</summary>
internal sealed class RuntimeFactType
{
    // Compiled on first use: a rule base declares more types than a run instantiates, and each compiled delegate
    // costs a JIT compilation at start-up. Racing threads may both compile; either result is correct.
    private Func<object?[], object>? _construct;
    private Func<object, string?>? _id;
    private Func<object, object?[]>? _values;

    private RuntimeFactType(FactTypeSpec spec, Type type)
    {
        Spec = spec;
        Type = type;
    }

    /// <summary>The schema declaration.</summary>
    public FactTypeSpec Spec { get; }

    /// <summary>The generated class: properties <c>id</c>, then the fields in order, then a discriminator.</summary>
    public Type Type { get; }

    /// <summary>Generates (or reuses, for an identical declaration) the class for <paramref name="spec"/>.</summary>
    public static RuntimeFactType Create(FactTypeSpec spec)
    {
        var properties = new List<DynamicProperty> { new("id", typeof(string)) };
        properties.AddRange(spec.Fields.Select(f => new DynamicProperty(f.Name, f.ClrType)));

        // The factory caches classes by their property list; the discriminator keeps two types with the same
        // fields apart, so that patterns never match facts of the other type.
        properties.Add(new DynamicProperty(DiscriminatorPrefix + spec.Name, typeof(bool)));
        return new RuntimeFactType(spec, DynamicClassFactory.CreateType(properties, createParameterCtor: true));
    }

    /// <summary>Prefix of the discriminator property, which expressions may not read.</summary>
    public const string DiscriminatorPrefix = "__type_";

    /// <summary>Creates an instance from an id and field values already of the right CLR types, in field order.</summary>
    public object Create(string id, IReadOnlyList<object?> values)
    {
        var arguments = new object?[values.Count + 2];
        arguments[0] = id;
        for (var i = 0; i < values.Count; i++)
        {
            arguments[i + 1] = values[i];
        }

        arguments[^1] = false;
        return (_construct ??= CompileConstructor(Type.GetConstructors().Single(c => c.GetParameters().Length > 0)))(arguments);
    }

    // Conclusions are built on every firing: ConstructorInfo.Invoke was 15% of a sweep scenario, a compiled
    // delegate that unboxes the argument array costs about as much as a direct `new`.
    private static Func<object?[], object> CompileConstructor(ConstructorInfo constructor)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = constructor.GetParameters().Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var body = Expression.Convert(Expression.New(constructor, parameters), typeof(object));
        return Expression.Lambda<Func<object?[], object>>(body, arguments).Compile();
    }

    /// <summary>The fact's id.</summary>
    public string IdOf(object fact) => (_id ??= CompileId())(fact) ?? string.Empty;

    /// <summary>The fact's field values in field order.</summary>
    public object?[] ValuesOf(object fact) => (_values ??= CompileValues())(fact);

    // The engine asks for ids on every insert and update: compiled getters instead of reflection.
    private Func<object, string?> CompileId()
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        return Expression.Lambda<Func<object, string?>>(Expression.Property(Expression.Convert(fact, Type), "id"), fact).Compile();
    }

    private Func<object, object?[]> CompileValues()
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var typed = Expression.Convert(fact, Type);
        var values = Spec.Fields.Select(f => (Expression)Expression.Convert(Expression.Property(typed, f.Name), typeof(object)));
        return Expression.Lambda<Func<object, object?[]>>(Expression.NewArrayInit(typeof(object), values), fact).Compile();
    }
}
