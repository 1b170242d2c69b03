using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Milestone.Host.Health;

public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddMilestoneHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgresql", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapMilestoneHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
