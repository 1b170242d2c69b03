using JasperFx.Events.Projections;
using Marten;
using Milestone.Domain.Sla;

namespace Milestone.Projections.Sla;

public static class Configuration
{
    public static StoreOptions AddSlaProjections(this StoreOptions options)
    {
        options.Projections.Add<SlaClockProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<SlaPolicyProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<BusinessCalendarProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<SlaComplianceProjection>(ProjectionLifecycle.Async);
        options.Schema.For<SlaComplianceRow>().Index(row => row.ClientId).Index(row => row.Month);
        options.Schema.For<SlaClock>()
            .Duplicate(clock => clock.RequestId, configure: index => index.IsUnique = true)
            .Duplicate(clock => clock.Standing)
            .Duplicate(clock => clock.NextDueAt);
        options.Schema.For<SlaFollowing>().UseOptimisticConcurrency(true);
        return options;
    }
}
