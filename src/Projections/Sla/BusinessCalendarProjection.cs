using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.Sla;

namespace Milestone.Projections.Sla;

/// <summary>Each business calendar's current version as a document.</summary>
public sealed partial class BusinessCalendarProjection : SingleStreamProjection<BusinessCalendarDefinition, Guid>
{
    public override BusinessCalendarDefinition? Evolve(BusinessCalendarDefinition? snapshot, Guid id, IEvent e) =>
        BusinessCalendarDefinition.Evolve(snapshot, e.Data);
}
