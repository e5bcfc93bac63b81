using PolicyAdvisor.Advice.Situations;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// One scenario from rules/tests/*.yaml, resolved: the situation it names (or builds from <c>facts</c>) with its
/// <c>as_of</c>, <c>retract</c> and <c>set</c> already applied, and what the advice must then contain.
/// </summary>
/// <param name="Name">The test's name, unique across the tests folder.</param>
/// <param name="Situation">The situation to run, changes applied.</param>
/// <param name="Expect">What must (not) be concluded.</param>
/// <param name="File">Test file, as the loader was given it.</param>
/// <param name="Line">1-based line of the test.</param>
/// <param name="Column">1-based column of the test.</param>
public sealed record RuleTestCase(string Name, Situation Situation, RuleTestExpectation Expect, string File, int Line, int Column);
