using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>The memo's Word styles (body, headings, quote, code, table) and its A4 page.</summary>
internal static class DocxStyles
{
    public const string TableStyle = "MemoTable";
    public const string QuoteStyle = "Quote";
    public const string CodeStyle = "CodeBlock";
    public const string CodeCharStyle = "CodeChar";
    public const string BodyFont = "Georgia";
    public const string HeadingFont = "Arial";
    public const string CodeFont = "Consolas";
    private const string Ink = "13294B";
    private const int PageWidth = 11906;
    private const int SideMargin = 907;

    /// <summary>Width of the text column between the side margins, in twentieths of a point.</summary>
    public const int TextWidth = PageWidth - (2 * SideMargin);

    private const int TableFontHalfPoints = 18;

    /// <summary>One em of the table font, in twentieths of a point.</summary>
    public const int TableEm = TableFontHalfPoints * 10;

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "22" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl(), new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

        int[] sizes = [32, 26, 23, 22];
        for (var level = 1; level <= sizes.Length; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    new KeepNext(),
                    new KeepLines(),
                    new SpacingBetweenLines { Before = level == 1 ? "240" : "280", After = "100" },
                    new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(Fonts(HeadingFont), new Bold(), new Color { Val = Ink }, new FontSize { Val = sizes[level - 1].ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = Heading(level) });
        }

        styles.Append(
            new Style(
                new StyleName { Val = "Quote" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "567" }),
                new StyleRunProperties(new Italic()))
            { Type = StyleValues.Paragraph, StyleId = QuoteStyle },
            new Style(
                new StyleName { Val = "Code Block" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
                new StyleRunProperties(Fonts(CodeFont), new FontSize { Val = "18" }))
            { Type = StyleValues.Paragraph, StyleId = CodeStyle },
            new Style(new StyleName { Val = "Code Char" }, new StyleRunProperties(Fonts(CodeFont), new FontSize { Val = "19" }))
            { Type = StyleValues.Character, StyleId = CodeCharStyle },
            new Style(
                new StyleName { Val = "Memo Table" },
                new StyleRunProperties(new FontSize { Val = TableFontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "9AA3AD" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "9AA3AD" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "9AA3AD" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "9AA3AD" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "9AA3AD" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "9AA3AD" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = TableStyle });

        part.Styles = styles;
    }

    /// <summary>
    /// A4 with margins of about 18 mm at the top and 16 mm at the sides, matching the HTML print stylesheet; the
    /// foot has 22 mm so that the two footer lines (marking, page number) stand clear of the text.
    /// </summary>
    public static SectionProperties PageSetup() =>
        new(
            new PageSize { Width = PageWidth, Height = 16838U },
            new PageMargin { Top = 1021, Bottom = 1247, Left = SideMargin, Right = SideMargin, Header = 567U, Footer = 567U, Gutter = 0U });

    private static RunFonts Fonts(string name) => new() { Ascii = name, HighAnsi = name, ComplexScript = name, EastAsia = name };
}
