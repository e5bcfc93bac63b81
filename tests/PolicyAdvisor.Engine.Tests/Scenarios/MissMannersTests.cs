using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Scenarios;

public sealed class MissMannersTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void Fire_MannersGuests_SeatsEveryoneAlternatingSexWithSharedHobbies(int guests)
    {
        // Arrange
        var session = RuleCompiler.Compile(Manners.Rules(), Manners.Options()).CreateSession();
        session.InsertAll(Manners.Facts(guests));

        // Act
        session.Fire();

        // Assert
        var last = session.Query<Seating>().Single(s => s.Seat2 == guests);
        var seats = session.Query<SeatPath>().Where(p => p.Id == last.Id).OrderBy(p => p.Seat).Select(p => p.Name).ToArray();
        Assert.Equal(guests, seats.Distinct().Count());
        var hobbies = session.Query<Guest>().ToLookup(g => g.Name, g => g.Hobby);
        var sex = session.Query<Guest>().GroupBy(g => g.Name).ToDictionary(g => g.Key, g => g.First().Sex);
        for (var i = 1; i < seats.Length; i++)
        {
            Assert.NotEqual(sex[seats[i - 1]], sex[seats[i]]);
            Assert.NotEmpty(hobbies[seats[i - 1]].Intersect(hobbies[seats[i]]));
        }

        Assert.Equal("print-results", session.Query<Context>().Single().State);
    }
}
