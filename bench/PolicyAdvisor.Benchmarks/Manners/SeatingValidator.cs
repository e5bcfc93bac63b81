using System.Globalization;

namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>
/// Checks a seating against its guest list: every seat 1..N filled once, every guest seated once, and each pair
/// of neighbours of opposite sex with a hobby in common. Engine-neutral: it reads <c>SEAT seat name</c> lines,
/// which both our runner and the CLIPS program print.
/// </summary>
internal static class SeatingValidator
{
    public static IReadOnlyList<SeatAssignment> ParseSeats(string output) =>
        output.Split('\n')
            .Select(line => line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts is ["SEAT", _, _])
            .Select(parts => new SeatAssignment(int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]))
            .ToList();

    /// <summary>Returns the problems found, empty when the seating is valid.</summary>
    public static IReadOnlyList<string> Validate(GuestList list, IReadOnlyList<SeatAssignment> seats)
    {
        var problems = new List<string>();
        var sex = list.Guests.GroupBy(g => g.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Sex, StringComparer.Ordinal);
        var hobbies = list.Guests.GroupBy(g => g.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Hobby).ToHashSet(), StringComparer.Ordinal);
        var bySeat = new string?[list.Seats + 1];
        foreach (var seat in seats)
        {
            if (seat.Seat < 1 || seat.Seat > list.Seats)
            {
                problems.Add($"Seat out of range. Seat={seat.Seat}");
            }
            else if (bySeat[seat.Seat] is not null)
            {
                problems.Add($"Seat filled twice. Seat={seat.Seat}");
            }
            else if (!sex.ContainsKey(seat.Name))
            {
                problems.Add($"Unknown guest. Name={seat.Name}");
            }
            else
            {
                bySeat[seat.Seat] = seat.Name;
            }
        }

        for (var i = 1; i <= list.Seats; i++)
        {
            if (bySeat[i] is null)
            {
                problems.Add($"Seat empty. Seat={i}");
            }
        }

        foreach (var missing in sex.Keys.Where(name => !seats.Any(s => s.Name == name)).Order(StringComparer.Ordinal))
        {
            problems.Add($"Guest not seated. Name={missing}");
        }

        foreach (var twice in seats.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Guest seated more than once. Name={twice.Key}");
        }

        for (var i = 1; i < list.Seats; i++)
        {
            if (bySeat[i] is { } a && bySeat[i + 1] is { } b)
            {
                if (sex[a] == sex[b])
                {
                    problems.Add($"Neighbours of the same sex. Seats={i},{i + 1}");
                }

                if (!hobbies[a].Overlaps(hobbies[b]))
                {
                    problems.Add($"Neighbours share no hobby. Seats={i},{i + 1}");
                }
            }
        }

        return problems;
    }
}
