namespace PolicyAdvisor.Rules;

/// <summary>
/// Diagnostic codes owned by the Rules layer. PA00xx YAML and files, PA01xx fact schema, PA02xx rules,
/// PA03xx expressions, PA04xx options and sources. docs/rule-language.md explains each one.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>YAML syntax error.</summary>
    public const string Syntax = "PA0001";

    /// <summary>File larger than the limit.</summary>
    public const string FileTooLarge = "PA0002";

    /// <summary>Empty file.</summary>
    public const string EmptyFile = "PA0003";

    /// <summary>File is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "PA0004";

    /// <summary>Nesting deeper than the limit.</summary>
    public const string TooDeep = "PA0005";

    /// <summary>Too many aliases, alias expansion too large, or a value too long.</summary>
    public const string TooLarge = "PA0006";

    /// <summary>Duplicate key in a mapping.</summary>
    public const string DuplicateKey = "PA0007";

    /// <summary>Unsupported YAML (several documents, a list or mapping as a key).</summary>
    public const string Unsupported = "PA0008";

    /// <summary>File or folder missing or unreadable.</summary>
    public const string FileMissing = "PA0009";

    /// <summary>Unknown key.</summary>
    public const string UnknownKey = "PA0010";

    /// <summary>An input path names a device, FIFO, socket or folder, not a regular file.</summary>
    public const string NotRegularFile = "PA0017";

    /// <summary>A file read from a folder is a symbolic link (or lies under one) whose target is outside that folder.</summary>
    public const string LinkLeavesFolder = "PA0018";

    /// <summary>Missing required key.</summary>
    public const string MissingKey = "PA0011";

    /// <summary>Wrong shape: a mapping, list or value was expected.</summary>
    public const string WrongShape = "PA0012";

    /// <summary>A value of the wrong type or outside its allowed set.</summary>
    public const string BadValue = "PA0013";

    /// <summary>Invalid fact type name.</summary>
    public const string BadTypeName = "PA0101";

    /// <summary>Fact type declared twice or clashing with a built-in type.</summary>
    public const string DuplicateType = "PA0102";

    /// <summary>Invalid or reserved field name.</summary>
    public const string BadFieldName = "PA0103";

    /// <summary>Unknown field type (kind).</summary>
    public const string UnknownFieldKind = "PA0104";

    /// <summary>Enum without values, or values on a non-enum field.</summary>
    public const string EnumValues = "PA0105";

    /// <summary>List without a valid item type.</summary>
    public const string ListItems = "PA0106";

    /// <summary>Unknown field of a fact type (in facts or <c>set</c>).</summary>
    public const string UnknownField = "PA0107";

    /// <summary>A field value does not fit the field's type.</summary>
    public const string FieldValue = "PA0108";

    /// <summary>An enum value that is not in the field's list.</summary>
    public const string EnumValue = "PA0109";

    /// <summary>Duplicate rule id.</summary>
    public const string DuplicateRule = "PA0201";

    /// <summary>Id not in kebab-case.</summary>
    public const string BadId = "PA0202";

    /// <summary>Unknown fact type.</summary>
    public const string UnknownType = "PA0203";

    /// <summary>Invalid or duplicate binding name.</summary>
    public const string BadBinding = "PA0204";

    /// <summary>Malformed premise in <c>when</c>.</summary>
    public const string BadPremise = "PA0205";

    /// <summary><c>then</c> without exactly one action.</summary>
    public const string BadAction = "PA0206";

    /// <summary>Unknown option id.</summary>
    public const string UnknownOption = "PA0207";

    /// <summary>Unknown claim id.</summary>
    public const string UnknownClaim = "PA0208";

    /// <summary><c>assert</c> of a type that is not derived.</summary>
    public const string NotDerived = "PA0209";

    /// <summary>Error in a <c>{{ binding.field }}</c> template.</summary>
    public const string BadTemplate = "PA0210";

    /// <summary>A trade-off without exactly two sides.</summary>
    public const string BadTradeoff = "PA0211";

    /// <summary>The engine refused the compiled rule.</summary>
    public const string EngineRefused = "PA0212";

    /// <summary>Warning: rule without sources.</summary>
    public const string NoSources = "PA0220";

    /// <summary>Warning: option that no rule recommends.</summary>
    public const string UnusedOption = "PA0221";

    /// <summary>Warning: fact type that no rule uses.</summary>
    public const string UnusedType = "PA0222";

    /// <summary>Warning: claim that no rule, option or situation uses.</summary>
    public const string UnusedClaim = "PA0223";

    /// <summary>Warning: no rule files found.</summary>
    public const string NoRules = "PA0224";

    /// <summary>Warning: a derived type can re-derive itself through rules (an assert cycle).</summary>
    public const string AssertCycle = "PA0240";

    /// <summary>Warning: a rule matches every combination of more patterns than the threshold that no condition links.</summary>
    public const string CrossProduct = "PA0241";

    /// <summary>Expression syntax error.</summary>
    public const string ExprSyntax = "PA0301";

    /// <summary>Unknown field in an expression.</summary>
    public const string ExprUnknownField = "PA0302";

    /// <summary>Unknown name in an expression.</summary>
    public const string ExprUnknownName = "PA0303";

    /// <summary>Binding used before the premise that binds it.</summary>
    public const string ExprBindingOrder = "PA0304";

    /// <summary>Method, member or construct outside the allow-list.</summary>
    public const string ExprNotAllowed = "PA0305";

    /// <summary>Type mismatch.</summary>
    public const string ExprType = "PA0306";

    /// <summary>Enum literal not among the field's values.</summary>
    public const string ExprEnumValue = "PA0307";

    /// <summary>Condition is not true/false.</summary>
    public const string ExprNotBool = "PA0308";

    /// <summary>Invalid date literal.</summary>
    public const string ExprDate = "PA0309";

    /// <summary>Expression too long or too deeply nested.</summary>
    public const string ExprTooComplex = "PA0310";

    /// <summary>Integer division or remainder by zero in a condition.</summary>
    public const string ExprDivideByZero = "PA0320";

    /// <summary>A part of a condition without fields that fails whenever it is worked out.</summary>
    public const string ExprAlwaysFails = "PA0321";

    /// <summary>Warning: AddDays with a negative or computed amount on a date field that may hold its default.</summary>
    public const string ExprDateDefault = "PA0322";

    /// <summary>Duplicate option id.</summary>
    public const string DuplicateOption = "PA0401";

    /// <summary>Duplicate source or claim id.</summary>
    public const string DuplicateClaim = "PA0402";

    /// <summary>Claim id that does not start with its source id and '#'.</summary>
    public const string BadClaimId = "PA0403";

    /// <summary>Claim locator section not among the source's sections.</summary>
    public const string UnknownSection = "PA0404";
}
