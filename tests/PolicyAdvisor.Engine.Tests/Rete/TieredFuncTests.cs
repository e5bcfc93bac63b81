using System.Linq.Expressions;
using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Tests.Rete;

public sealed class TieredFuncTests
{
    private static TieredFunc<bool> CandidateAbove(int limit)
    {
        var values = Expression.Parameter(typeof(object?[]), "values");
        var candidate = Expression.Parameter(typeof(object), "candidate");
        var body = Expression.GreaterThan(Expression.Convert(candidate, typeof(int)), Expression.Constant(limit));
        return new TieredFunc<bool>(Expression.Lambda<Func<object?[]?, object?, bool>>(body, values, candidate));
    }

    [Fact]
    public void Invoke_FewerCallsThanTheThreshold_StaysInterpreted()
    {
        var tiered = CandidateAbove(10);

        for (var i = 0; i < TieredFunc<bool>.CompileAfter - 1; i++)
        {
            tiered.Invoke(null, i);
        }

        Assert.False(tiered.IsCompiled);
    }

    [Fact]
    public void Invoke_ThresholdReached_CompilesAndKeepsTheResults()
    {
        var tiered = CandidateAbove(10);
        var results = new List<bool>();

        for (var i = 0; i < TieredFunc<bool>.CompileAfter + 20; i++)
        {
            results.Add(tiered.Invoke(null, i % 21));
        }

        Assert.True(tiered.IsCompiled);
        Assert.Equal(Enumerable.Range(0, results.Count).Select(i => i % 21 > 10), results);
    }

    [Fact]
    public void Invoke_ThrowingCondition_ThrowsTheSameExceptionInBothTiers()
    {
        var tiered = CandidateAbove(10);

        var interpreted = Record.Exception(() => tiered.Invoke(null, "not a number"));
        for (var i = 0; !tiered.IsCompiled; i++)
        {
            tiered.Invoke(null, i);
        }

        var compiled = Record.Exception(() => tiered.Invoke(null, "not a number"));
        Assert.IsType<InvalidCastException>(interpreted);
        Assert.IsType<InvalidCastException>(compiled);
    }
}
