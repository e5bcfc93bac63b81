namespace PolicyAdvisor.Memos.Layout;

/// <summary>
/// The text of one table cell as a line breaker sees it: stretches that cannot break (a word, or the part of a
/// word up to a hyphen or slash), each with the space before it, in ems.
/// </summary>
internal sealed class CellText
{
    private readonly List<Stretch> _stretches = [];
    private double _current;
    private double _space;
    private bool _newLine;
    private double _line;
    private double _word;

    /// <summary>The widest stretch that cannot break.</summary>
    public double WidestStretch { get; private set; }

    /// <summary>The widest word (text between spaces).</summary>
    public double WidestWord { get; private set; }

    /// <summary>The widest line, set without wrapping.</summary>
    public double WidestLine { get; private set; }


    /// <summary>Adds text set in <paramref name="face"/>.</summary>
    public void Add(ReadOnlySpan<char> text, TextFace face)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var advance = TextWidth.Of(text.Slice(i, 1), face);
            _line += advance;
            if (char.IsWhiteSpace(text[i]))
            {
                EndWord();
                _space += advance;
                continue;
            }

            _current += advance;
            _word += advance;
            if (text[i] is '-' or '/')
            {
                EndStretch();
            }
        }
    }

    /// <summary>Starts a new line (a hard line break or a new paragraph).</summary>
    public void BreakLine()
    {
        EndWord();
        WidestLine = Math.Max(WidestLine, _line);
        _line = 0;
        _space = 0;
        _newLine = _stretches.Count > 0;
    }

    /// <summary>
    /// How many lines the text takes in a column <paramref name="width"/> ems wide, and how many breaks it has to
    /// make inside stretches wider than the column (a stretch three columns wide takes two).
    /// </summary>
    public (int Lines, int Broken) Lines(double width)
    {
        width = Math.Max(width, 1); // a column never gets narrower than about a letter
        var lines = 1;
        var broken = 0;
        var used = 0.0;
        foreach (var stretch in _stretches)
        {
            if (stretch.NewLine)
            {
                (lines, used) = (lines + 1, 0);
            }

            var needed = used > 0 ? stretch.Space + stretch.Width : stretch.Width;
            if (used > 0 && used + needed > width)
            {
                (lines, used, needed) = (lines + 1, 0, stretch.Width);
            }

            if (needed > width)
            {
                // Broken inside: it fills whole lines and ends on the last of them.
                var more = (int)Math.Ceiling(needed / width) - 1;
                (lines, used, broken) = (lines + more, needed - (more * width), broken + more);
                continue;
            }

            used += needed;
        }

        return (lines, broken);
    }

    private void EndStretch()
    {
        if (_current > 0)
        {
            _stretches.Add(new Stretch(_current, _space, _newLine));
            WidestStretch = Math.Max(WidestStretch, _current);
            (_space, _newLine) = (0, false);
        }

        _current = 0;
    }

    private void EndWord()
    {
        EndStretch();
        WidestWord = Math.Max(WidestWord, _word);
        _word = 0;
    }

    private readonly record struct Stretch(double Width, double Space, bool NewLine);
}
