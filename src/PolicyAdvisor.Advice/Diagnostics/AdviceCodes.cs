namespace PolicyAdvisor.Advice;

/// <summary>Diagnostic codes owned by the Advice layer: PA05xx situations, PA06xx rule tests.</summary>
public static class AdviceCodes
{
    /// <summary>A situation names a fact type the schema does not have, or one only rules may assert.</summary>
    public const string UnknownFactType = "PA0501";

    /// <summary>Two facts of a situation share an id.</summary>
    public const string DuplicateFactId = "PA0502";

    /// <summary>A fact sets a field its type does not have.</summary>
    public const string UnknownField = "PA0503";

    /// <summary>Confidence is not low, moderate or high.</summary>
    public const string BadConfidence = "PA0504";

    /// <summary>An uncertain field's likelihood is not a phrase of the estimative scale.</summary>
    public const string BadLikelihood = "PA0506";

    /// <summary>extends names a missing situation, or situations extend each other in a cycle.</summary>
    public const string BadExtends = "PA0507";

    /// <summary>retract or set names a fact the situation does not have.</summary>
    public const string UnknownFact = "PA0508";

    /// <summary>An uncertain value's <c>realises</c> names a risk no rule raises.</summary>
    public const string UnknownRealisedRisk = "PA0509";

    /// <summary>A fact gives both <c>until</c> and <c>expires</c>.</summary>
    public const string TwoValidityKeys = "PA0510";

    /// <summary>The situation offers more single changes than the signpost search may try (a budget).</summary>
    public const string SignpostBudget = "PA0516";

    /// <summary>The report would hold more entries than its budget.</summary>
    public const string ReportBudget = "PA0517";

    /// <summary>A fact gives no claim it rests on.</summary>
    public const string NoSources = "PA0520";

    /// <summary>A rule test is malformed.</summary>
    public const string BadTest = "PA0601";

    /// <summary>A rule test expects an option, risk, trade-off or type that the rule base does not know.</summary>
    public const string UnknownExpectation = "PA0602";

    /// <summary>A rule test names a situation that is not in the situations folder.</summary>
    public const string UnknownTestSituation = "PA0603";

    /// <summary>A rule test's <c>set</c> or <c>retract</c> names a fact or field the situation does not have.</summary>
    public const string UnknownTestFact = "PA0604";

    /// <summary>Two rule tests share a name, so their results could not be told apart.</summary>
    public const string DuplicateTestName = "PA0605";

    /// <summary>Warning: a rule test expects nothing, so it cannot fail.</summary>
    public const string EmptyExpectation = "PA0606";

    /// <summary>Warning: a test built only from <c>facts</c> gives no <c>as_of</c>, so dates are compared with 0001-01-01.</summary>
    public const string NoTestDate = "PA0607";

    /// <summary>The rule tests folder is missing or holds no test file.</summary>
    public const string NoTests = "PA0608";
}
