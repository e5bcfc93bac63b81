namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// A what-if change or sweep request that does not fit the situation or schema. The message names what was
/// expected (the schema's choices), so a command line can show it as a usage error.
/// </summary>
public sealed class WhatIfInputException(string message) : Exception(message);
