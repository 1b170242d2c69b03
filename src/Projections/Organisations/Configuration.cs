using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.Organisations;

public static class Configuration
{
    public static StoreOptions AddOrganisationProjections(this StoreOptions options)
    {
        options.Projections.Add<ClientOrganisationDetailsProjection>(ProjectionLifecycle.Inline);
        return options;
    }
}
