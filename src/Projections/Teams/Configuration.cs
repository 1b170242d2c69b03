using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.Teams;

public static class Configuration
{
    public static StoreOptions AddTeamProjections(this StoreOptions options)
    {
        options.Projections.Add<TeamProjection>(ProjectionLifecycle.Inline);
        return options;
    }
}
