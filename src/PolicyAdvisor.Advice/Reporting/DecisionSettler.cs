using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Settles each decision: of the alternatives the rules advise, one leads. A preference of the decision that
/// holds on the facts settles a pair (and may turn the other into a later step); alternatives still open are
/// shown rather than settled only when a trade-off says the sources disagree on them; otherwise the stronger
/// case leads, then the likelier, then the better sourced, then the one the decision lists first.
/// </summary>
internal sealed class DecisionSettler(OptionCatalog catalog, IReadOnlySet<string> presentTypes)
{
    private static readonly string[] StrengthOrder = ["strong", "moderate", "weak"];
    private static readonly string[] ConfidenceOrder = ["high", "moderate", "low"];

    /// <summary>The decisions and the role each recommended option plays in its decision's course.</summary>
    public (IReadOnlyList<DecisionItem> Decisions, IReadOnlyDictionary<string, string> Roles) Settle(
        IReadOnlyDictionary<string, RecommendationItem> advised,
        IReadOnlyList<TradeoffItem> tradeoffs,
        IReadOnlyList<NotRecommendedItem> notRecommended,
        Func<RecommendationItem, IReadOnlyList<string>> whyNow)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var decisions = new List<DecisionItem>();
        foreach (var decision in catalog.Decisions)
        {
            var course = new List<CourseStep>();
            var considered = new List<ConsideredItem>();
            var alternatives = decision.Alternatives.Where(advised.ContainsKey).ToList();
            var beatenBy = new Dictionary<string, PreferenceSpec>(StringComparer.Ordinal);
            foreach (var preference in decision.Preferences.Where(p => alternatives.Contains(p.Option) && alternatives.Contains(p.Over) && p.While.All(presentTypes.Contains)))
            {
                beatenBy.TryAdd(preference.Over, preference);
            }

            var unbeaten = alternatives.Where(a => !beatenBy.ContainsKey(a)).ToList();
            if (unbeaten.Count == 0)
            {
                // Preferences that beat each other in a ring settle nothing; the ranking below decides.
                unbeaten = [.. alternatives];
                beatenBy.Clear();
            }

            var unsettled = tradeoffs.Any(t => t.Sides.All(s => unbeaten.Contains(s.OptionId)));
            if (unsettled)
            {
                course.AddRange(unbeaten.Select(o => new CourseStep(o, "either", null)));
            }
            else if (unbeaten.Count > 0)
            {
                var ranked = unbeaten.OrderBy(o => Rank(advised[o], decision)).ToArray();
                course.Add(new CourseStep(ranked[0], "lead", null));
                considered.AddRange(ranked.Skip(1).Select(o => new ConsideredItem(o, advised[o].Option.Title, true, WhyNot(advised[ranked[0]], advised[o]), [])));
            }

            foreach (var (over, preference) in alternatives.Where(beatenBy.ContainsKey).Select(a => (a, beatenBy[a])))
            {
                if (preference.Then is not null && course.Exists(c => c.OptionId == preference.Option))
                {
                    course.Add(new CourseStep(over, "later", preference.Then));
                }
                else
                {
                    considered.Add(new ConsideredItem(over, advised[over].Option.Title, true, preference.Because, []));
                }
            }

            course.AddRange(decision.Complementary.Where(advised.ContainsKey).Select(o => new CourseStep(o, "alongside", null)));
            considered.AddRange(decision.Options.Where(o => !advised.ContainsKey(o)).Select(o => NotAdvised(o, notRecommended)).OfType<ConsideredItem>());
            foreach (var step in course)
            {
                roles[step.OptionId] = step.Role;
            }

            foreach (var item in considered.Where(c => c.Advised))
            {
                roles[item.OptionId] = "not-chosen";
            }

            var status = course.Count == 0 ? "none" : unsettled ? "unsettled" : "settled";
            var why = course.SelectMany(c => whyNow(advised[c.OptionId])).Distinct(StringComparer.Ordinal).Take(2).ToArray();
            decisions.Add(new DecisionItem(decision.Id, decision.Question, decision.Declared, status, why, course, considered, []));
        }

        // A trade-off stays open when both its sides are taken at once, in one decision or across two (a later
        // step is settled by its sequence); it is shown under the decision of its first side.
        var atOnce = decisions.SelectMany(d => d.Course.Where(c => c.Role != "later").Select(c => c.OptionId)).ToHashSet(StringComparer.Ordinal);
        var open = tradeoffs.Where(t => t.Sides.All(s => atOnce.Contains(s.OptionId))).ToArray();
        decisions = decisions
            .Select(d => d with { Tensions = open.Where(t => catalog.DecisionOf(t.Sides[0].OptionId)?.Id == d.Id).Select(t => t.Id).Distinct(StringComparer.Ordinal).ToArray() })
            .ToList();
        return (decisions, roles);
    }

    // Stronger case first, then the likelier, then the better sourced, then the decision's own order.
    private static (int, double, int, int) Rank(RecommendationItem item, DecisionSpec decision) => (
        Array.IndexOf(StrengthOrder, item.Strength),
        -(item.Likelihood.Share ?? 0.5),
        Array.IndexOf(ConfidenceOrder, item.Confidence),
        decision.Alternatives.ToList().IndexOf(item.Option.Id));

    private static string WhyNot(RecommendationItem lead, RecommendationItem other)
    {
        var name = lead.Option.Short;
        if (lead.Strength != other.Strength)
        {
            return $"{name} has the stronger case ({lead.Strength} against {other.Strength}).";
        }

        if ((lead.Likelihood.Share ?? 0.5) != (other.Likelihood.Share ?? 0.5) && lead.Likelihood.Term != other.Likelihood.Term)
        {
            return $"{name} is likelier to stay right ({lead.Likelihood.Term} against {other.Likelihood.Term}).";
        }

        if (lead.Confidence != other.Confidence)
        {
            return $"{name} rests on firmer sources ({lead.Confidence} against {other.Confidence} confidence).";
        }

        return $"The case for both is as strong, as likely and as well sourced; the decision lists {name} first.";
    }

    private static ConsideredItem? NotAdvised(string optionId, IReadOnlyList<NotRecommendedItem> notRecommended)
    {
        var item = notRecommended.FirstOrDefault(n => n.Option.Id == optionId);
        if (item is null)
        {
            return null;
        }

        var reason = item.Reasons[0];
        var text = reason.RuleId.Length == 0
            ? "No rule recommends it."
            : $"Not advised on these facts: {(reason.Detail.StartsWith("but ", StringComparison.Ordinal) ? reason.Detail[4..] : reason.Detail)} (rule {reason.RuleId}).";
        return new ConsideredItem(optionId, item.Option.Title, false, text, []);
    }
}
