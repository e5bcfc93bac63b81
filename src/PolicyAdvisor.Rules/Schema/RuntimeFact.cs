using System.ComponentModel;
using System.Text;
using NRules.RuleModel;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Base of the fact classes generated from the schema at run time. It is public only because the generated
/// classes, which live in a dynamic assembly, derive from it; nothing here is for callers, who read facts through
/// <see cref="FactSchema"/>.
/// </summary>
/// <remarks>
/// A generated class adds one typed, read-only property per field (the names conditions use) over the values
/// kept here, and nothing else. Keeping storage, identity, equality and text in this one compiled class means a
/// fact type costs no per-type compiled delegate: reading an id or the values of any fact is a field read.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class RuntimeFact : IEquatable<RuntimeFact>, IIdentityProvider
{
    private RuntimeFactType _type = null!;
    private string _id = string.Empty;
    private FactIdentity _identity;
    private object?[] _values = [];

    /// <summary>Called by the generated classes only.</summary>
    protected RuntimeFact()
    {
    }

    /// <summary>The fact's id, for the generated <c>id</c> property.</summary>
    protected string IdValue => _id;

    /// <summary>The value of field <paramref name="index"/> (declaration order), for the generated properties.</summary>
    protected object? ValueAt(int index) => _values[index];

    internal string Id => _id;

    /// <summary>The field values in declaration order; never modified after construction.</summary>
    internal IReadOnlyList<object?> Values => _values;

    /// <summary>A new fact of this one's class. <paramref name="values"/> becomes the fact's own: do not keep it.</summary>
    /// <remarks>
    /// A shallow copy of a prototype instead of a constructor call: the generated class needs no factory, and
    /// building conclusions (on every firing) stays as cheap as a direct <c>new</c>.
    /// </remarks>
    internal RuntimeFact With(RuntimeFactType type, string id, object?[] values)
    {
        var fact = (RuntimeFact)MemberwiseClone();
        fact._type = type;
        fact._id = id;
        fact._identity = new FactIdentity(type, id);
        fact._values = values;
        return fact;
    }

    /// <summary>
    /// The fact's identity in an NRules session: its type and id, not its values, so a changed copy given to
    /// <c>ISession.Update</c> replaces the fact it copies, and two types may use the same id.
    /// </summary>
    object IIdentityProvider.GetIdentity() => _identity;

    /// <summary>Same type, id and field values.</summary>
    public bool Equals(RuntimeFact? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.GetType() != GetType() || !string.Equals(other._id, _id, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!Equals(_values[i], other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuntimeFact);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_id, StringComparer.Ordinal);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary><c>Type{id=..., field=value, list=[a, b]}</c>, for messages that name a fact (invariant text).</summary>
    public override string ToString()
    {
        var text = new StringBuilder(_type?.Spec.Name ?? GetType().Name).Append("{id=").Append(_id);
        var fields = _type?.Spec.Fields;
        for (var i = 0; fields is not null && i < fields.Count; i++)
        {
            var value = FactValues.Format(_values[i]);
            text.Append(", ").Append(fields[i].Name).Append('=').Append(fields[i].Kind == FieldKind.List ? $"[{value}]" : value);
        }

        return text.Append('}').ToString();
    }
}
