using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Finds, in a compiled condition, what would fail each time it is evaluated, so that <c>rules check</c> reports
/// it with a position instead of a run ending without one: integer division by zero (PA0320), a part without
/// fields that throws when worked out, such as <c>Math.Abs(-2147483648)</c> (PA0321), and <c>AddDays</c> with a
/// negative or computed amount on a date field, which fails on a fact that leaves the field at its default,
/// 0001-01-01 (PA0322, a warning).
/// </summary>
internal static class ConditionHazards
{
    private static readonly HashSet<Type> Integral = [typeof(int), typeof(long), typeof(short), typeof(byte), typeof(uint), typeof(ulong), typeof(decimal)];

    /// <summary>Reports every hazard in <paramref name="body"/>; returns false when any is an error.</summary>
    public static bool Report(Expression body, ExpressionSource source, FactSchema schema, DiagnosticBag diagnostics)
    {
        var walker = new Walker(source, schema, diagnostics);
        walker.Visit(body);
        return !walker.Failed;
    }

    private sealed class Walker(ExpressionSource source, FactSchema schema, DiagnosticBag diagnostics) : ExpressionVisitor
    {
        private int _divisions;
        private int _addDays;
        private int _reported;

        public bool Failed { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is null or ConstantExpression or LambdaExpression || Parameters.In(node))
            {
                return base.Visit(node);
            }

            // A part with no fields or bindings in it has one value: work it out now. One that works out holds no
            // hazard further down; one that fails is reported at its innermost failing part.
            if (Evaluate(node) is not { } failure)
            {
                return node;
            }

            var reported = _reported;
            base.Visit(node);
            if (_reported == reported)
            {
                var at = node is MethodCallExpression { Method.DeclaringType: var owner } call && owner == typeof(Math)
                    ? source.Text.IndexOf("Math." + call.Method.Name, StringComparison.Ordinal)
                    : 0;
                Error(DiagnosticCodes.ExprAlwaysFails, $"this part has no fields in it and fails every time it is worked out: {failure.Message.TrimEnd('.')}", Math.Max(0, at));
            }

            return node;
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Divide or ExpressionType.Modulo)
            {
                var at = NextOf(node.NodeType == ExpressionType.Divide ? "/" : "%", ref _divisions);
                if (Integral.Contains(node.Type) && !Parameters.In(node.Right) && IsZero(node.Right))
                {
                    Error(DiagnosticCodes.ExprDivideByZero, "this divides a whole number by zero, which fails every time the condition is evaluated", at);
                }
            }

            return base.VisitBinary(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name == nameof(DateTime.AddDays) && node.Object is MemberExpression { Member: var member }
                && member.DeclaringType is { } owner && schema.SpecOf(owner)?.Field(member.Name) is { Kind: FieldKind.Date } spec)
            {
                var (line, column) = source.At(NextOf("AddDays", ref _addDays));
                if (Parameters.In(node.Arguments[0]) || !(ValueOf(node.Arguments[0]) is double days && days >= 0))
                {
                    diagnostics.Warning(
                        DiagnosticCodes.ExprDateDefault,
                        $"'{spec.Name}' holds 0001-01-01 when a fact leaves it out, and AddDays with a negative or computed amount then fails at run time; put the arithmetic on the other side (e.g. 'now.as_of.AddDays(30)'), or test the field first",
                        source.Node.File,
                        line,
                        column);
                }
            }

            return base.VisitMethodCall(node);
        }

        private void Error(string code, string message, int at)
        {
            source.Error(diagnostics, code, message, at);
            Failed = true;
            _reported++;
        }

        // The position of the n-th occurrence of an operator or name, counting in the order the tree is walked.
        private int NextOf(string text, ref int seen)
        {
            var at = -1;
            for (var i = 0; i <= seen; i++)
            {
                at = source.Text.IndexOf(text, at + 1, StringComparison.Ordinal);
                if (at < 0)
                {
                    return 0;
                }
            }

            seen++;
            return at;
        }

        private static bool IsZero(Expression expression) => ValueOf(expression) is { } value && Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) == 0;

        private static object? ValueOf(Expression expression)
        {
            try
            {
                return Run(expression);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }
        }

        private static Exception? Evaluate(Expression expression)
        {
            try
            {
                Run(expression);
                return null;
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is { } inner)
            {
                return inner;
            }
            catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException)
            {
                return e;
            }
        }

        private static object? Run(Expression expression) =>
            Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile(preferInterpretation: true)();
    }

    /// <summary>Whether an expression reads any parameter (a field of a fact or a binding).</summary>
    private sealed class Parameters : ExpressionVisitor
    {
        private bool _found;

        public static bool In(Expression expression)
        {
            var finder = new Parameters();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found = true;
            return node;
        }
    }
}
