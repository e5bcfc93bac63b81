using Microsoft.Extensions.DependencyInjection;
using NRules;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Cli.Knowledge;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>
/// Registers the knowledge base and what is built from it: the NRules session factory compiled from the rules
/// and the advisor that runs situations on it. Both load the rule base on first resolution, so commands that
/// never run a session (rules check, sources list) never compile one.
/// </summary>
internal static class CliAdviceServices
{
    /// <summary>Adds the services commands resolve.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<KnowledgeLoader>();
        services.AddSingleton(provider => provider.GetRequiredService<KnowledgeLoader>().Knowledge);
        services.AddSingleton(provider => provider.GetRequiredService<KnowledgeBase>().Advisor);
        services.AddSingleton<ISessionFactory>(provider => provider.GetRequiredService<KnowledgeBase>().RuleBase.SessionFactory!);
    }
}
