using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// A realistic report for the Armenia–Azerbaijan baseline: two recommendations, a risk, a trade-off, an option
/// not recommended, assumptions, signposts, citations and a robustness summary. Text is our own wording.
/// </summary>
internal static class SampleReports
{
    private const string Situation = "seeds/situations/baseline.yaml";

    public static AdviceReport Baseline()
    {
        var agreement = Fact("agreement", "Agreement", [new("status", "initialled"), new("parties", "Armenia, Azerbaijan")], "high", ["dunbar-2026#3"], 6);
        var demand = Fact("constitution-demand", "Precondition", [new("demanded_by", "Azerbaijan"), new("subject", "constitution"), new("met", "false")], "high", ["unsigned-2025#10"], 14);
        var referendum = Fact("referendum", "Referendum", [new("held", "false"), new("planned_for", "2027")], "moderate", ["dunbar-2026#5"], 22);
        var route = Fact("transit-route", "Corridor", [new("status", "agreed in principle"), new("operator", "US-led consortium")], "moderate", ["jamestown-2025#2"], 30);
        var window = new FactRef("window-narrowing", "WindowNarrowing", [new("reason", "parliamentary election due in June 2026")], "moderate", ["dunbar-2026#4"], "rules/signing.rules.yaml", 41, "window-narrows-before-election");

        var windowRule = new RuleFiring("window-narrows-before-election", "The window for a deal narrows before the election", "assessment",
            "rules/signing.rules.yaml", 41, "An election in June 2026 could change who negotiates for Yerevan", [agreement], ["dunbar-2026#4"]);
        var planBRule = new RuleFiring("plan-b-sign-without-ratification", "Help the parties sign without ratifying while the constitution blocks ratification", "option",
            "rules/signing.rules.yaml", 12, "Baku will not ratify while the constitution demand stands, so signing first banks the text", [agreement, demand, window], ["dunbar-2026#9", "unsigned-2025#10"]);
        var routeRule = new RuleFiring("back-transit-route", "Back the transit route once its terms are agreed", "option",
            "rules/connectivity.rules.yaml", 8, "An agreed route gives both capitals a stake in keeping the peace", [route], ["jamestown-2025#2", "us-role-2025#3"]);
        var spoilerRule = new RuleFiring("russian-spoiler-after-signing", "Moscow may work to unsettle a Western-brokered signing", "risk",
            "rules/regional.rules.yaml", 20, "Russia keeps levers in both capitals and loses influence if the deal holds", [agreement], ["fraser-2025#4"]);
        var tradeoffRule = new RuleFiring("sign-now-or-wait-for-ratification", "Signing now against waiting for a ratified accord", "tradeoff",
            "rules/signing.rules.yaml", 60, "The sources weigh speed against durability differently", [agreement, demand], ["dunbar-2026#9", "unsigned-2025#12"]);

        var planB = new OptionInfo("plan-b-signing", "Help the parties sign now and leave ratification until the constitution is settled", ["US", "EU"],
            "Encourage signature of the initialled text while treating ratification as a later step tied to Armenia's constitutional process.",
            [new("Locks in the agreed text while the political opening lasts", ["dunbar-2026#9"])],
            [new("A signed but unratified text leaves the 2020 ceasefire statement in force", ["unsigned-2025#12"])]);
        var transit = new OptionInfo("transit-route-support", "Back the transit route across southern Armenia with finance and monitoring", ["US"],
            "Offer finance and a monitoring presence for the agreed route so that both sides gain from its operation.",
            [new("Gives the United States a lasting, practical stake in the settlement", ["us-role-2025#3"])],
            [new("Tehran and Moscow may read a US presence on the border as a provocation", ["jamestown-2025#6"])]);
        var forced = new OptionInfo("forced-constitution-change", "Press Yerevan to amend the constitution before any signature", ["US", "EU"],
            "Make Western support conditional on Armenia removing the constitutional language Baku objects to before signing.",
            [new("Meets Baku's stated condition directly", ["unsigned-2025#10"])],
            [new("Ties the deal to a referendum Yerevan does not plan before 2027", ["dunbar-2026#5"])]);

        var spoiler = new RiskItem("russian-spoiler", "Moscow may work to unsettle a Western-brokered signing", "high", ["plan-b-signing"], spoilerRule);

        return new AdviceReport(
            new SituationSummary("Baseline, early 2026", "2026-02-15", "Text initialled, Baku's constitutional demand unmet, election ahead.", Situation),
            [
                new RecommendationItem(planB, "strong", "moderate", [planBRule], [windowRule], [spoiler], ["dunbar-2026#4", "dunbar-2026#9", "unsigned-2025#10"]),
                new RecommendationItem(transit, "moderate", "moderate", [routeRule], [], [], ["jamestown-2025#2", "us-role-2025#3"]),
            ],
            [spoiler],
            [new TradeoffItem("sign-now-vs-ratified-accord", "Signing now against waiting for a ratified accord",
                [
                    new TradeoffSide("plan-b-signing", planB.Title, "A signature secured now survives a change of government better than an open text", ["dunbar-2026#9"]),
                    new TradeoffSide("ratified-accord", "Hold out for a ratified accord", "Only ratification replaces the 2020 statement as the legal basis of the peace", ["unsigned-2025#12"]),
                ],
                tradeoffRule)],
            [new NotRecommendedItem(forced,
                [new FailedPremise("press-constitution-change", "rules/signing.rules.yaml", 88, "exists Referendum where planned_for <= now.as_of.year", "referendum: planned_for=2027")])],
            [agreement, demand, referendum, route],
            [new SignpostItem("Plan B stops being advised once a referendum removes the constitutional claim", "plan-b-signing", "referendum", "held", "true")],
            [
                Citation("dunbar-2026#3", "The text was initialled at the summit and awaits signature", "A Fragile Peace", 2),
                Citation("dunbar-2026#4", "The coming election may reshape Armenia's negotiating team", "A Fragile Peace", 4),
                Citation("dunbar-2026#5", "The constitutional referendum has been pushed back to 2027", "A Fragile Peace", 5),
                Citation("dunbar-2026#9", "Western partners should bank progress by helping the parties sign", "Western Engagement Underwrites Stability", 3),
                new CitationItem("fraser-2025#4", "RUSI", "Callum Fraser", "not named in the text", "2025", "Regional Impact", 3, "Russia stands to lose leverage if the South Caucasus settles without it"),
                new CitationItem("jamestown-2025#2", "Jamestown Foundation", "not named in the text", "Strategic Snapshot: Implications of Peace Between Armenia and Azerbaijan", "August 2025", "Strategic Snapshot", 2, "The summit produced an outline for a US-backed transit route"),
                new CitationItem("jamestown-2025#6", "Jamestown Foundation", "not named in the text", "Strategic Snapshot: Implications of Peace Between Armenia and Azerbaijan", "August 2025", "Strategic Snapshot", 6, "Iran objects to any foreign presence on its northern border"),
                new CitationItem("unsigned-2025#10", "not named in the text", "not named in the text", "not named in the text", "mid-2025", "", 10, "Baku makes signature conditional on a change to Armenia's constitution"),
                new CitationItem("unsigned-2025#12", "not named in the text", "not named in the text", "not named in the text", "mid-2025", "", 12, "Until ratification the 2020 statement remains the governing document"),
                new CitationItem("us-role-2025#3", "not named in the text", "not named in the text", "not named in the text", "July 2025", "", 3, "A US role in the route would anchor Washington's interest in the outcome"),
            ],
            new Fingerprint("5d1c0f2a9b7e4c3d8a6f1e2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d", ["rules/signing.rules.yaml", "seeds/situations/baseline.yaml"]),
            new RobustnessSummary(64, "full-factorial",
                [
                    new OptionRobustness("plan-b-signing", planB.Title, 0.8125, 0.5, true),
                    new OptionRobustness("transit-route-support", transit.Title, 0.4375, 0.125, false),
                ]));
    }

    /// <summary>A report in which the rules recommend nothing and flag nothing.</summary>
    public static AdviceReport Empty() =>
        new(new SituationSummary("Empty", "2026-01-01", "Nothing asserted.", "seeds/situations/empty.yaml"),
            [], [], [], [], [], [], [], new Fingerprint(new string('a', 64), []));

    private static FactRef Fact(string id, string type, IReadOnlyList<FieldValue> fields, string confidence, IReadOnlyList<string> sources, int line) =>
        new(id, type, fields, confidence, sources, Situation, line, null);

    private static CitationItem Citation(string claim, string paraphrase, string section, int paragraph) =>
        new(claim, "RAND Europe (published courtesy of RAND)", "William Dunbar", "not named in the text", "early 2026", section, paragraph, paraphrase);
}
