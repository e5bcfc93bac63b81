using System.Globalization;
using System.Linq.Expressions;
using System.Text;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// The sharing key of an alpha condition: its text plus the values of its constants. Two closures over
/// different captured objects print the same text, so non-primitive constants are keyed by reference
/// (numbered in the order the compiler meets them, which keeps keys deterministic).
/// </summary>
internal sealed class ExpressionKey
{
    private readonly List<object> _references = [];

    /// <summary>Returns the key of <paramref name="expression"/>.</summary>
    public string For(LambdaExpression expression)
    {
        var builder = new StringBuilder(expression.ToString());
        foreach (var parameter in expression.Parameters)
        {
            builder.Append('|').Append(parameter.Type.FullName);
        }

        new ConstantCollector(this, builder).Visit(expression);
        return builder.ToString();
    }

    private int ReferenceNumber(object value)
    {
        for (var i = 0; i < _references.Count; i++)
        {
            if (ReferenceEquals(_references[i], value))
            {
                return i;
            }
        }

        _references.Add(value);
        return _references.Count - 1;
    }

    private sealed class ConstantCollector(ExpressionKey owner, StringBuilder builder) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node)
        {
            builder.Append('|');
            var value = node.Value;
            if (value is null || value is string || node.Type.IsPrimitive || node.Type.IsEnum || value is decimal)
            {
                builder.Append(node.Type.FullName).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("#ref").Append(owner.ReferenceNumber(value).ToString(CultureInfo.InvariantCulture));
            }

            return node;
        }
    }
}
