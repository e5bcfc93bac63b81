using System.Globalization;
using System.Text;

namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>
/// A Manners problem: the guests (one <see cref="Guest"/> fact per hobby) and the number of seats. Written as
/// plain text for our runner and as CLIPS deffacts, so both engines read the same data.
/// </summary>
internal sealed record GuestList(IReadOnlyList<Guest> Guests, int Seats)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Guest names in first-appearance order.</summary>
    public IReadOnlyList<string> Names => Guests.Select(g => g.Name).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The facts to insert for a run, in the same order as the CLIPS deffacts.</summary>
    public IEnumerable<object> InitialFacts()
    {
        foreach (var guest in Guests)
        {
            yield return guest;
        }

        yield return new LastSeat(Seats);
        yield return new Count(1);
        yield return new Context(Phase.Start);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Inv, $"last_seat {Seats}\n");
        foreach (var g in Guests)
        {
            text.Append(Inv, $"guest {g.Name} {g.Sex} {g.Hobby}\n");
        }

        return text.ToString();
    }

    public string ToClips()
    {
        var text = new StringBuilder("(deffacts manners-data\n");
        foreach (var g in Guests)
        {
            text.Append(Inv, $"  (guest (name {g.Name}) (sex {g.Sex}) (hobby {g.Hobby}))\n");
        }

        text.Append(Inv, $"  (last_seat (seat {Seats}))\n  (count (c 1))\n  (context (state start)))\n");
        return text.ToString();
    }

    /// <summary>Reads <see cref="ToText"/>'s format; throws <see cref="FormatException"/> naming the line on bad input.</summary>
    public static GuestList Parse(string text)
    {
        var guests = new List<Guest>();
        var seats = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts)
            {
                case []:
                    break;
                case ["last_seat", var n]:
                    seats = int.Parse(n, Inv);
                    break;
                case ["guest", var name, [var sex], var hobby]:
                    guests.Add(new Guest(string.Intern(name), sex, int.Parse(hobby, Inv)));
                    break;
                default:
                    throw new FormatException($"Unrecognised line. Line={i + 1} Text={lines[i]}");
            }
        }

        return new GuestList(guests, seats);
    }
}
