using System.Linq.Expressions;
using System.Reflection;

namespace PolicyAdvisor.Rules;

/// <summary>
/// The authoritative check on a parsed condition: walks the whole tree and refuses every node kind, method,
/// member, conversion and constant type outside a short allow-list. The pre-check gives nicer positions; this
/// walk is what guarantees that no reflection, I/O, clock, random or allocation-heavy call gets through.
/// </summary>
internal sealed class AllowList(Func<Type, bool> isFactType) : ExpressionVisitor
{
    private static readonly HashSet<ExpressionType> Nodes =
    [
        ExpressionType.AndAlso, ExpressionType.OrElse, ExpressionType.Not, ExpressionType.And, ExpressionType.Or,
        ExpressionType.Equal, ExpressionType.NotEqual, ExpressionType.LessThan, ExpressionType.LessThanOrEqual,
        ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual, ExpressionType.Add, ExpressionType.Subtract,
        ExpressionType.Multiply, ExpressionType.Divide, ExpressionType.Modulo, ExpressionType.Negate,
        ExpressionType.UnaryPlus, ExpressionType.Conditional, ExpressionType.Constant, ExpressionType.Parameter,
        ExpressionType.MemberAccess, ExpressionType.Call, ExpressionType.Convert,
    ];

    private static readonly HashSet<Type> Values =
    [
        typeof(string), typeof(bool), typeof(double), typeof(float), typeof(decimal), typeof(int), typeof(long),
        typeof(DateTime), typeof(TimeSpan),
    ];

    private string? _refusal;

    /// <summary>Null when the tree is allowed, otherwise why it is not (for the author).</summary>
    public string? Check(Expression expression)
    {
        _refusal = null;
        Visit(expression);
        return _refusal;
    }

    /// <inheritdoc />
    public override Expression? Visit(Expression? node)
    {
        if (node is null || _refusal is not null)
        {
            return node;
        }

        if (!Nodes.Contains(node.NodeType))
        {
            return Refuse($"'{node.NodeType}' expressions are not allowed in conditions", node);
        }

        return base.Visit(node);
    }

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node) =>
        IsAllowed(node.Method) ? base.VisitMethodCall(node) : Refuse($"calling '{node.Method.Name}'{On(node.Method)} is not allowed in conditions", node);

    /// <inheritdoc />
    protected override Expression VisitMember(MemberExpression node)
    {
        var member = node.Member;
        var allowed = node.Expression is not null && member is PropertyInfo && member.DeclaringType is { } owner && (
            isFactType(owner)
            || (member.Name == "Count" && (IsFactList(owner) || owner == typeof(IReadOnlyCollection<object>)))
            || (member.Name == "Days" && owner == typeof(TimeSpan)));
        return allowed ? base.VisitMember(node) : Refuse($"'{member.Name}' is not allowed in conditions", node);
    }

    /// <inheritdoc />
    protected override Expression VisitBinary(BinaryExpression node) =>
        node.Method is null || IsOperator(node.Method) ? base.VisitBinary(node) : Refuse($"operator method '{node.Method.Name}' is not allowed", node);

    /// <inheritdoc />
    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.Method is not null && !IsOperator(node.Method))
        {
            return Refuse($"operator method '{node.Method.Name}' is not allowed", node);
        }

        return node.NodeType != ExpressionType.Convert || IsValue(node.Type) ? base.VisitUnary(node) : Refuse($"converting to {Words(node.Type)} is not allowed", node);
    }

    /// <inheritdoc />
    protected override Expression VisitConstant(ConstantExpression node) =>
        node.Value is null || IsValue(node.Type) ? node : Refuse($"a constant that is {Words(node.Type)} is not allowed", node);

    private static bool IsAllowed(MethodInfo method)
    {
        var owner = method.DeclaringType;
        var parameters = method.GetParameters();
        return (owner == typeof(string) && !method.IsStatic && method.Name is "Contains" or "StartsWith" or "EndsWith"
                && parameters.Length == 1 && parameters[0].ParameterType == typeof(string))
            || (owner == typeof(DateTime) && !method.IsStatic && method.Name == "AddDays")
            || (owner == typeof(Math) && method.Name is "Min" or "Max" or "Abs")
            || (owner == typeof(Enumerable) && method.Name == "Contains" && parameters.Length == 2)
            || (owner is not null && IsFactList(owner) && method.Name == "Contains");
    }

    private static bool IsOperator(MethodInfo method) =>
        method.Name.StartsWith("op_", StringComparison.Ordinal)
        && method.DeclaringType is { } owner && (owner == typeof(string) || owner == typeof(DateTime) || owner == typeof(TimeSpan) || owner == typeof(decimal));

    private static bool IsValue(Type type) => Values.Contains(Nullable.GetUnderlyingType(type) ?? type);

    private static bool IsFactList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FactList<>);

    // The allow-list has no schema; a schema class is still "a fact" to the reader, never its .NET name.
    private string Words(Type type) => isFactType(type) ? "a fact" : TypeWords.Describe(type);

    // " on text" for a method of a value the reader knows; nothing for helpers such as Enumerable, which are
    // .NET's and not the rule language's.
    private string On(MethodInfo method) =>
        method.DeclaringType is { } owner && (isFactType(owner) || TypeWords.IsKnown(owner)) ? $" on {Words(owner)}" : string.Empty;

    private Expression Refuse(string why, Expression node)
    {
        _refusal ??= why;
        return node;
    }
}
