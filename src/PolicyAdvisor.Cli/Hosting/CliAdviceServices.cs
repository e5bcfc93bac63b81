using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Cli.Knowledge;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>Registers the knowledge base, advisor and memo services.</summary>
internal static class CliAdviceServices
{
    /// <summary>Adds the services commands resolve.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<KnowledgeLoader>();
    }
}
