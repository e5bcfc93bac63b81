namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>
/// Generates a Manners guest list the way the benchmark describes it: as many seats as guests, half of each
/// sex, and each guest with a few hobbies out of a small set. Seeded, so a size and seed always give the same list.
/// </summary>
internal static class GuestGenerator
{
    public const int DefaultSeed = 1991;

    public static GuestList Generate(int guests, int seed = DefaultSeed, int hobbies = 3, int minHobbies = 2, int maxHobbies = 3)
    {
        if (guests < 2 || guests % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(guests), guests, "Need an even number of guests, at least 2.");
        }

        var random = new Random(seed);
        var sexes = Enumerable.Range(0, guests).Select(i => i % 2 == 0 ? 'm' : 'f').ToArray();
        random.Shuffle(sexes);
        var facts = new List<Guest>();
        for (var i = 0; i < guests; i++)
        {
            var name = string.Intern($"n{i + 1}");
            var pool = Enumerable.Range(1, hobbies).ToArray();
            random.Shuffle(pool);
            var count = random.Next(minHobbies, maxHobbies + 1);
            foreach (var hobby in pool.Take(count).Order())
            {
                facts.Add(new Guest(name, sexes[i], hobby));
            }
        }

        return new GuestList(facts, guests);
    }
}
