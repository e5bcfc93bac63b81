namespace PolicyAdvisor.Engine.Tests.Support;

public sealed record Order(int Id, int CustomerId, decimal Amount);

public sealed record Customer(int Id, string Name);

public sealed record Refund(int OrderId);

public sealed record Conclusion(string Text);

public sealed record Counter(int Id, int Value);

public abstract record Animal(string Name);

public sealed record Dog(string Name) : Animal(Name);

public sealed record Cat(string Name) : Animal(Name);
