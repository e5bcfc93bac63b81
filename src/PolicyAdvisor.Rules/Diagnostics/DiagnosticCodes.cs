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

    /// <summary>A quoted value not closed on its line (reported where it opens).</summary>
    public const string UnclosedQuote = "PA0014";

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

    /// <summary>Run time: the rules kept firing past the firing budget (a cycle of rules re-deriving their premises).</summary>
    public const string RuleLoop = "PA0213";

    /// <summary>Run time: working memory grew past the fact budget.</summary>
    public const string FactBudget = "PA0214";

    /// <summary>Run time: a rule built a derived text (id, reason, field) past the size budget.</summary>
    public const string DerivedValueTooLarge = "PA0215";

    /// <summary>Run time: a condition or action failed (division by zero, a date out of range...).</summary>
    public const string RunFailed = "PA0216";

    /// <summary>Run time: the rules matched more combinations of facts than the match budget allows.</summary>
    public const string MatchBudget = "PA0217";

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

    /// <summary>A condition compares an option field (<c>option</c>, <c>against</c>, <c>options</c>) with text that is no option id.</summary>
    public const string ExprUnknownOption = "PA0311";

    /// <summary>A condition compares a risk, trade-off or rule field with text that no rule concludes or is.</summary>
    public const string ExprUnknownId = "PA0312";

    /// <summary>Warning: a condition compares a fact's <c>id</c> with text that no situation or rule test gives a fact of that type.</summary>
    public const string ExprUnknownFactId = "PA0313";

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

    /// <summary>Decision id declared twice.</summary>
    public const string DuplicateDecision = "PA0405";

    /// <summary>A decision lists an option id the catalog does not declare.</summary>
    public const string UnknownDecisionOption = "PA0406";

    /// <summary>An option is listed twice, in one decision or in two.</summary>
    public const string OptionInTwoDecisions = "PA0407";

    /// <summary>Warning: an option belongs to no decision, so the memo gives it a one-option decision of its own.</summary>
    public const string OptionInNoDecision = "PA0408";

    /// <summary>A preference names an option that is not an alternative of its decision, or prefers an option over itself.</summary>
    public const string BadPreference = "PA0409";

    /// <summary>A preference's <c>while</c> names a fact type the schema does not have.</summary>
    public const string UnknownPreferenceType = "PA0410";

    /// <summary>An option text uses a <c>{{ }}</c> expression other than the as-of date ones, or leaves one open.</summary>
    public const string UnknownTextExpression = "PA0411";

    /// <summary>A claim gives both <c>until</c> and <c>expires</c>.</summary>
    public const string TwoValidityKeys = "PA0412";
}
