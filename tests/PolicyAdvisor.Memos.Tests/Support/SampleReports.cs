using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// A realistic report for the Armenia–Azerbaijan baseline: one decision with a lead and a complementary action, a
/// risk, a settled trade-off, an option not recommended, assumptions, a signpost, an expired claim, the
/// bibliography and a robustness summary. Text is our own wording.
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

        var planB = new OptionInfo("plan-b-signing", "Help the parties sign now and leave ratification until the constitution is settled", "Sign now, ratify later", ["US", "EU"],
            "Encourage signature of the initialled text while treating ratification as a later step tied to Armenia's constitutional process.",
            [new("Locks in the agreed text while the political opening lasts", ["dunbar-2026#9"])],
            [new("A signed but unratified text leaves the 2020 ceasefire statement in force", ["unsigned-2025#12"])]);
        var transit = new OptionInfo("transit-route-support", "Back the transit route across southern Armenia with finance and monitoring", "Transit route support", ["US"],
            "Offer finance and a monitoring presence for the agreed route so that both sides gain from its operation.",
            [new("Gives the United States a lasting, practical stake in the settlement", ["us-role-2025#3"])],
            [new("Tehran and Moscow may read a US presence on the border as a provocation", ["jamestown-2025#6"])]);
        var forced = new OptionInfo("forced-constitution-change", "Press Yerevan to amend the constitution before any signature", "Forced charter change", ["US", "EU"],
            "Make Western support conditional on Armenia removing the constitutional language Baku objects to before signing.",
            [new("Meets Baku's stated condition directly", ["unsigned-2025#10"])],
            [new("Ties the deal to a referendum Yerevan does not plan before 2027", ["dunbar-2026#5"])]);

        var likely = new LikelihoodEstimate("likely", 0.675, "futures", "holds in 68% of the futures of agreement.status");
        var spoiler = new RiskItem("russian-spoiler", "Moscow may work to unsettle a Western-brokered signing",
            new LikelihoodEstimate("roughly even chance", 0.5, "realised", "referendum.outcome becomes rejected (roughly even chance)"),
            "high", "moderate", ["plan-b-signing"], spoilerRule, ["unsigned-2025#12"]);

        return new AdviceReport(
            new SituationSummary("Baseline, early 2026", "2026-02-15", "Text initialled, Baku's constitutional demand unmet, election ahead.", Situation),
            new BottomLine("signature", new DatedEvent("election", "date", "Armenia's parliamentary election", "2026-06-07", 112, ["transit-route-support"]), "russian-spoiler"),
            [
                new DecisionItem("signature", "How should we get the treaty signed?", true, "settled",
                    ["An election in June 2026 could change who negotiates for Yerevan"],
                    [new CourseStep("plan-b-signing", "lead", null), new CourseStep("transit-route-support", "alongside", null)],
                    [new ConsideredItem("forced-constitution-change", forced.Title, false, "Not advised on these facts: referendum: planned_for=2027 (rule press-constitution-change).", [])],
                    []),
            ],
            [
                new RecommendationItem(planB, "signature", "lead", "strong", likely, "moderate", ["dunbar-2026#9", "unsigned-2025#10"],
                    ["Baku will not ratify while the constitution demand stands, so signing first banks the text"], [planBRule], [windowRule], [spoiler], ["dunbar-2026#4", "dunbar-2026#9", "unsigned-2025#10"], []),
                new RecommendationItem(transit, "signature", "alongside", "moderate", LikelihoodEstimate.NotAssessed("none of the facts it rests on is uncertain in the situation"), "moderate",
                    ["jamestown-2025#2", "us-role-2025#3"], ["An agreed route gives both capitals a stake in keeping the peace"], [routeRule], [], [], ["jamestown-2025#2", "us-role-2025#3"], []),
            ],
            [spoiler],
            [new TradeoffItem("sign-now-vs-ratified-accord", "Signing now against waiting for a ratified accord",
                [
                    new TradeoffSide("plan-b-signing", planB.Title, "A signature secured now survives a change of government better than an open text", ["dunbar-2026#9"]),
                    new TradeoffSide("ratified-accord", "Hold out for a ratified accord", "Only ratification replaces the 2020 statement as the legal basis of the peace", ["unsigned-2025#12"]),
                ],
                tradeoffRule, true, "signature")],
            [new NotRecommendedItem(forced,
                [new FailedPremise("press-constitution-change", "rules/signing.rules.yaml", 88, "exists Referendum where planned_for <= now.as_of.year", "referendum: planned_for=2027")])],
            [agreement, demand, referendum, route],
            [new SignpostItem("referendum", "held", "true", "unlikely", ["plan-b-signing"], [], 1, "referendum held becomes true")],
            [new StaleItem("claim", "unsigned-2025#12", "2025-12-31", "Until ratification the 2020 statement remains the governing document", ["russian-spoiler"])],
            [
                new SourceItem("dunbar-2026", "William Dunbar", null, null, "RAND Europe (published courtesy of RAND)", "early 2026",
                [
                    Citation("dunbar-2026#3", "The text was initialled at the summit and awaits signature", "A Fragile Peace", 2),
                    Citation("dunbar-2026#4", "The coming election may reshape Armenia's negotiating team", "A Fragile Peace", 4),
                    Citation("dunbar-2026#5", "The constitutional referendum has been pushed back to 2027", "A Fragile Peace", 5),
                    Citation("dunbar-2026#9", "Western partners should bank progress by helping the parties sign", "Western Engagement Underwrites Stability", 3),
                ]),
                new SourceItem("fraser-2025", "Callum Fraser", null, null, "RUSI", "2025", [Citation("fraser-2025#4", "Russia stands to lose leverage if the South Caucasus settles without it", "Regional Impact", 3)]),
                new SourceItem("jamestown-2025", null, "the summaries name their own authors", "Strategic Snapshot: Implications of Peace Between Armenia and Azerbaijan", "Jamestown Foundation", "August 2025",
                [
                    Citation("jamestown-2025#2", "The summit produced an outline for a US-backed transit route", "Strategic Snapshot", 2),
                    Citation("jamestown-2025#6", "Iran objects to any foreign presence on its northern border", "Strategic Snapshot", 6),
                ]),
                new SourceItem("unsigned-2025", null, null, null, null, "mid-2025",
                [
                    Citation("unsigned-2025#10", "Baku makes signature conditional on a change to Armenia's constitution", string.Empty, 10),
                    new CitationItem("unsigned-2025#12", string.Empty, 12, "Until ratification the 2020 statement remains the governing document", "2025-12-31", true),
                ]),
                new SourceItem("us-role-2025", null, null, null, null, null, [Citation("us-role-2025#3", "A US role in the route would anchor Washington's interest in the outcome", string.Empty, 3)]),
            ],
            new Fingerprint("5d1c0f2a9b7e4c3d8a6f1e2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d", ["rules/signing.rules.yaml", "seeds/situations/baseline.yaml"]),
            new RobustnessSummary(64, "full-factorial", ["referendum.outcome (pending)"],
                [
                    new OptionRobustness("plan-b-signing", planB.Title, true, 0.8125, 0.5, true, null),
                    new OptionRobustness("transit-route-support", transit.Title, true, 0.0, 0.125, false, "Advised only while referendum outcome is pending; the futures cover only how that resolves, so they leave it out."),
                ]));
    }

    /// <summary>A report in which the rules recommend nothing and flag nothing.</summary>
    public static AdviceReport Empty() =>
        new(new SituationSummary("Empty", "2026-01-01", "Nothing asserted.", "seeds/situations/empty.yaml"),
            new BottomLine(null, null, null), [], [], [], [], [], [], [], [], [], new Fingerprint(new string('a', 64), []));

    private static FactRef Fact(string id, string type, IReadOnlyList<FieldValue> fields, string confidence, IReadOnlyList<string> sources, int line) =>
        new(id, type, fields, confidence, sources, Situation, line, null);

    private static CitationItem Citation(string claim, string paraphrase, string section, int paragraph) =>
        new(claim, section, paragraph, paraphrase, null, false);
}
