using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>
/// Word list definitions: one bullet list shared by every bulleted list, and one numbering instance per ordered
/// list so that each ordered list restarts at its own first number.
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private const int Levels = 4;

    // A bullet needs little room; a number needs room for "10." or "100." and a gap before the text, or the text
    // runs into it.
    private const int BulletHanging = 357;
    private const int NumberHanging = 567;
    private readonly List<(int NumId, int Start)> _ordered = [];

    /// <summary>The numbering instance of bulleted lists.</summary>
    public int Bullets => 1;

    /// <summary>A fresh numbering instance for one ordered list starting at <paramref name="start"/>.</summary>
    public int NewOrdered(int start)
    {
        var id = _ordered.Count + 2;
        _ordered.Add((id, start));
        return id;
    }

    /// <summary>Indentation, in twentieths of a point, of list level <paramref name="level"/>.</summary>
    public static int IndentOf(int level) => 567 * (level + 1);

    public void AddTo(MainDocumentPart main)
    {
        var numbering = new Numbering(Abstract(BulletAbstract, NumberFormatValues.Bullet, BulletHanging, level => "\u2022"),
            Abstract(DecimalAbstract, NumberFormatValues.Decimal, NumberHanging, level => "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + "."));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = Bullets });
        foreach (var (id, start) in _ordered)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 })
            { NumberID = id });
        }

        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, int hanging, Func<int, string> text)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < Levels; level++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text(level) },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Number, Position = IndentOf(level) }),
                    new Indentation
                    {
                        Left = IndentOf(level).ToString(CultureInfo.InvariantCulture),
                        Hanging = hanging.ToString(CultureInfo.InvariantCulture),
                    }))
            { LevelIndex = level });
        }

        return abstractNum;
    }
}
