namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>One hobby of one guest: a guest with three hobbies is three facts, as in the original benchmark.</summary>
internal sealed record Guest(string Name, char Sex, int Hobby);
