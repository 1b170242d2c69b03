using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.Activity;

public static class Configuration
{
    public static StoreOptions AddActivityProjections(this StoreOptions options)
    {
        options.Projections.Add<ActivityProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ActivityEntry>()
            .Index(entry => entry.ClientId)
            .Index(entry => entry.RequestId)
            .Duplicate(entry => entry.At);
        return options;
    }
}
