using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Tests.Rete;

/// <summary>
/// The head-insert lists on facts and tokens (owned tokens, blocked tokens, children, match records) share one
/// implementation: pushing puts the newest first, and removing from any position leaves a list walked completely
/// in both directions.
/// </summary>
public sealed class HeadListTests
{
    [Fact]
    public void Push_ThreeTokens_WalkedNewestFirst()
    {
        // Arrange
        var handle = new FactHandle("fact", 0);
        var tokens = Tokens(3);

        // Act
        foreach (var token in tokens)
        {
            HeadList<FactHandle, Token, OwnedLinks>.Push(handle, token);
        }

        // Assert
        Assert.Equal([tokens[2], tokens[1], tokens[0]], Forward(handle));
        Assert.Null(tokens[2].PreviousOwned);
    }

    [Theory]
    [InlineData(0, new[] { 4, 3, 2, 1 })] // the oldest: the list's tail
    [InlineData(2, new[] { 4, 3, 1, 0 })] // the middle
    [InlineData(4, new[] { 3, 2, 1, 0 })] // the newest: the list's head
    public void Remove_AtAnyPosition_RestStaysLinkedBothWays(int removed, int[] expected)
    {
        // Arrange
        var handle = new FactHandle("fact", 0);
        var tokens = Tokens(5);
        foreach (var token in tokens)
        {
            HeadList<FactHandle, Token, OwnedLinks>.Push(handle, token);
        }

        // Act
        HeadList<FactHandle, Token, OwnedLinks>.Remove(handle, tokens[removed]);

        // Assert
        var forward = Forward(handle);
        Assert.Equal(expected.Select(i => tokens[i]), forward);
        Assert.Null(forward[0].PreviousOwned);
        for (var i = 1; i < forward.Count; i++)
        {
            Assert.Same(forward[i - 1], forward[i].PreviousOwned);
        }
    }

    [Fact]
    public void Remove_EveryItem_EmptiesTheOwnerThenAcceptsNewOnes()
    {
        // Arrange
        var blocker = new FactHandle("fact", 0);
        var tokens = Tokens(2);
        HeadList<FactHandle, Token, BlockedLinks>.Push(blocker, tokens[0]);
        HeadList<FactHandle, Token, BlockedLinks>.Push(blocker, tokens[1]);

        // Act
        HeadList<FactHandle, Token, BlockedLinks>.Remove(blocker, tokens[1]);
        HeadList<FactHandle, Token, BlockedLinks>.Remove(blocker, tokens[0]);
        var emptied = blocker.FirstBlocked;
        HeadList<FactHandle, Token, BlockedLinks>.Push(blocker, tokens[1]);

        // Assert
        Assert.Null(emptied);
        Assert.Same(tokens[1], blocker.FirstBlocked);
        Assert.Null(tokens[1].NextInMemory);
        Assert.Null(tokens[1].PreviousInMemory);
    }

    private static Token[] Tokens(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new Token(null, null, [], null!))];

    private static List<Token> Forward(FactHandle handle)
    {
        var tokens = new List<Token>();
        for (var token = handle.FirstOwned; token is not null; token = token.NextOwned)
        {
            tokens.Add(token);
        }

        return tokens;
    }
}
