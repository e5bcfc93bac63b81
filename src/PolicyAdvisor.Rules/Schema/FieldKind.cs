namespace PolicyAdvisor.Rules;

/// <summary>The type of a fact field as written in facts.yaml.</summary>
public enum FieldKind
{
    /// <summary>Text (CLR <see cref="System.String"/>).</summary>
    String,

    /// <summary>A number (CLR <see cref="double"/>).</summary>
    Number,

    /// <summary>True or false (CLR <see cref="bool"/>).</summary>
    Bool,

    /// <summary>A calendar date (CLR <see cref="DateTime"/>, date only).</summary>
    Date,

    /// <summary>One of a fixed list of words (CLR <see cref="System.String"/>).</summary>
    Enum,

    /// <summary>A list of one of the other kinds (CLR <see cref="FactList{T}"/>).</summary>
    List,
}
